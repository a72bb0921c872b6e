"""Generate the generated part of the reference catalog: states, places and base facts.

Run from anywhere (this is the ``make catalog`` step; paths are resolved from this file):

    .venv/bin/python scripts/build_catalog.py           # rewrite the three files
    .venv/bin/python scripts/build_catalog.py --check   # exit 1 if any file is out of date

Writes, deterministically (rdflib's sorted Turtle):

- ``graph/states.ttl``: the 193 UN member states, the two UN observer states (Palestine,
  the Holy See / Vatican City), Kosovo, Taiwan and the Soviet Union (a former state, with
  ``schema:dissolutionDate``), as ``dg:State`` with labels in en, bg and ru; and the
  territories of ``scripts/catalog_extra/territories.csv`` (below), typed ``dg:State`` and
  ``dg:Territory``. Names come from pycountry (ISO 3166-1: codes, English names, official names)
  and babel (CLDR territory names in en, bg, ru); ``scripts/catalog_extra/states_extra.csv``
  adds what the libraries lack: UN status, Wikidata ids, preferred-label overrides,
  common alternative names, official names in bg/ru, abbreviations and demonyms.
  Official names in bg/ru are otherwise derived from the English official name by the
  prefix table ``scripts/catalog_extra/official_patterns.csv``.

  Territories. A territory is in the catalog when it has its own ISO 3166-1 code, is not a
  UN member or observer, is inhabited, and is admitted in its own right (a member,
  associate member or own delegation, not represented by its sovereign) by at least one
  international body: the regional organizations OECS, CARICOM, the Pacific Islands Forum,
  the Pacific Community, the British-Irish Council and the (inter-parliamentary) Nordic
  Council, the UN regional commissions ECLAC and ESCAP (associate members), or the WTO and
  APEC. Those are the bodies whose members news names as actors ("Montserrat and Anguilla
  signed"), so a territory that no body admits (Gibraltar, the Falklands, Réunion, Saint
  Martin) stays out. ``territories.csv`` gives each one's sovereign state
  (``dg:territoryOf``; for the Cook Islands and Niue, the state in free association, New
  Zealand), the bodies that admit it (written into ``rdfs:comment``), and only the names
  pycountry and CLDR lack or spell with abbreviations and brackets (CLDR's Russian "о-ва",
  "(САР)"): labels otherwise come from the libraries as for states, with no bg/ru official
  names derived. Jersey meets the test but is left out: its name is the end of "New
  Jersey" and "Jersey City". French Guiana (an ECLAC associate member only) is kept a
  place in France, as news names it ("France, whose overseas department of French Guiana
  borders Brazil, will take part": read as a state, it took part itself). Western Sahara
  is left out too: the AU admits the Sahrawi Republic, a state that claims the territory,
  not the territory itself. Wikidata ids only where the project had them (Hong Kong's came
  with it from places.csv, the Cook Islands' and Niue's with their rows from
  states_extra.csv); none is guessed.
- ``graph/places.ttl``: capitals of those states (``dg:capitalOf``, ``dg:locatedIn``),
  meeting venues and regions, from ``scripts/catalog_extra/places.csv``.
- ``graph/facts.ttl``: base facts from every CSV in ``../shared/reference`` (relative to
  the repository root), each as a direct triple plus a ``dg:Claim`` with its date,
  ``prov:wasDerivedFrom`` the row's source and ``rdfs:comment`` its note. Table relations
  are mapped by ``scripts/catalog_extra/relations.csv`` (an unmapped relation is an error,
  so every new relation gets a deliberate decision); names resolve through the states data
  and ``scripts/catalog_extra/names.csv``; ``excluded_rows.csv`` lists rows left out on
  purpose. A ``party_to`` row dated on the day the table says the treaty was signed
  (its ``signed_at`` row) is an original signature (``dg:signed``); later ones are
  accessions (``dg:accededTo``). A date written as ``A/B`` (two candidate dates) is kept
  in the comment only.

Wikidata ids in ``reference/wikidata_qids.csv`` are checked against (or fill in) those of
states and places.

Every English name of a state or place with "Saint " in it is also written the way English
texts shorten it, "St. " and "St " ("St. Kitts and Nevis", "St Lucia", "St. John's"), as
alternative labels; the curated files (organizations, agreements, ...) are not touched.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pycountry
from babel import Locale
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

REPO = Path(__file__).resolve().parents[1]
EXTRA = REPO / "scripts" / "catalog_extra"
REFERENCE = REPO.parent / "shared" / "reference"
GRAPH_DIR = REPO / "graph"

BASE = "https://w3id.org/diplograph/"
DG = Namespace(BASE + "ontology#")
STATE = Namespace(BASE + "id/state/")
ORG = Namespace(BASE + "id/org/")
AGREEMENT = Namespace(BASE + "id/agreement/")
PLACE = Namespace(BASE + "id/place/")
REFCLAIM = Namespace(BASE + "claim/ref/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
PREFIXES = {"state": STATE, "org": ORG, "agreement": AGREEMENT, "place": PLACE}

LANGS = ("en", "bg", "ru")
UNCLEAN = re.compile(r"[(),&]| - |\bSAR\b|САР|(?:^| )о-ва?\b")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HEADER = "# Generated by scripts/build_catalog.py from {sources}. Do not edit by hand.\n"


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV file as dicts, values stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def split(value: str, sep: str = "|") -> list[str]:
    return [part.strip() for part in value.split(sep) if part.strip()]


def variants(name: str, lang: str) -> list[str]:
    """Spelling variants texts use: ASCII apostrophe for ’, and е for ё in Russian."""
    out = [name]
    if "’" in name:
        out.append(name.replace("’", "'"))
    if lang == "ru" and "ё" in name:
        out.append(name.replace("ё", "е"))
    return out


SAINT = re.compile(r"\bSaint (?=[A-Z])")


def saint_forms(names: Iterable[str]) -> list[str]:
    """The 'St.' and 'St' spellings English texts use for 'Saint' in a name: 'St. Kitts and Nevis',
    'St Kitts and Nevis', 'St. Petersburg' (each name's Saint written short everywhere at once)."""
    return [SAINT.sub(short, name) for name in names if SAINT.search(name) for short in ("St. ", "St ")]


def typed_date(value: str) -> Literal | None:
    """xsd:date, xsd:gYearMonth or xsd:gYear by precision; None when not one date."""
    if not DATE.match(value):
        return None
    kind = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=kind)


def curie(value: str) -> URIRef:
    prefix, _, local = value.partition(":")
    if prefix not in PREFIXES or not local:
        raise ValueError(f"not a catalog IRI: {value!r}")
    return PREFIXES[prefix][local]


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, ns in {"dg": DG, **PREFIXES, "refclaim": REFCLAIM, "wd": WD,
                       "skos": SKOS, "owl": OWL, "prov": PROV, "dcterms": DCTERMS,
                       "schema": SCHEMA}.items():
        graph.bind(prefix, ns)
    return graph


# ---------------------------------------------------------------------------
# Labels of one entity
# ---------------------------------------------------------------------------

@dataclass
class Labels:
    """Preferred and alternative names per language, and other name-like values."""

    pref: dict[str, str] = field(default_factory=dict)
    alt: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    abbreviation: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    demonym: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    dropped: set[str] = field(default_factory=set)

    def add_alt(self, lang: str, names: Iterable[str]) -> None:
        for name in names:
            for form in variants(name, lang):
                if form != self.pref.get(lang) and form not in self.alt[lang] + [*self.dropped]:
                    self.alt[lang].append(form)

    def add_to(self, graph: Graph, subject: URIRef) -> None:
        for lang in LANGS:
            self.add_alt(lang, variants(self.pref[lang], lang)[1:])
            if lang == "en":
                self.add_alt(lang, saint_forms([self.pref[lang], *self.alt[lang]]))
            graph.add((subject, SKOS.prefLabel, Literal(self.pref[lang], lang=lang)))
            for name in self.alt[lang]:
                graph.add((subject, SKOS.altLabel, Literal(name, lang=lang)))
            for name in self.abbreviation[lang]:
                graph.add((subject, DG.abbreviation, Literal(name, lang=lang)))
            for name in self.demonym[lang]:
                graph.add((subject, DG.demonym, Literal(name, lang=lang)))


def add_wikidata(graph: Graph, subject: URIRef, qid: str) -> None:
    if qid:
        if not re.fullmatch(r"Q\d+", qid):
            raise ValueError(f"{subject}: bad Wikidata id {qid!r}")
        graph.add((subject, DG.wikidata, Literal(qid)))
        graph.add((subject, OWL.sameAs, WD[qid]))


# ---------------------------------------------------------------------------
# States
# ---------------------------------------------------------------------------

TERRITORIES = {lang: Locale(lang).territories for lang in LANGS}


def uninvert(name: str) -> str:
    """ISO's 'Korea, Republic of' as 'Republic of Korea'; other comma names unchanged."""
    head, sep, tail = name.partition(", ")
    if sep and re.search(r"\bof( the)?$", tail, re.IGNORECASE):
        return re.sub(r"^the ", "", f"{tail} {head}", flags=re.IGNORECASE)
    return name


def english_names(country: object | None, babel_en: str) -> list[str]:
    """Candidate English names, most preferred first: ISO common, ISO name, official, CLDR."""
    names: list[str] = []
    if country is not None:
        names += [getattr(country, "common_name", ""), uninvert(country.name),
                  re.sub(r"^the ", "", getattr(country, "official_name", "") or "")]
    names.append(babel_en)
    return [name for name in dict.fromkeys(names) if name and not UNCLEAN.search(name)]


def official_name(row: dict[str, str], lang: str, english: str, base: str,
                  patterns: list[dict[str, str]]) -> str:
    """bg/ru official name: the table's override, '-' for none, else derived by prefix."""
    given = row[f"official_{lang}"]
    if given:
        return "" if given == "-" else given
    if not english or UNCLEAN.search(base):
        return ""
    for pattern in patterns:
        if english.startswith(pattern["en_prefix"] + " "):
            return f"{pattern[f'{lang}_prefix']} {base}"
    return ""


def iso_country(iso3: str) -> object | None:
    """pycountry's record of a current (ISO 3166-1) or former (ISO 3166-3) country."""
    return pycountry.countries.get(alpha_3=iso3) or pycountry.historic_countries.get(alpha_3=iso3)


def state_labels(row: dict[str, str], patterns: list[dict[str, str]]) -> Labels:
    country = iso_country(row["iso3"])
    iso2 = row["iso2"] or country.alpha_2
    cldr = {lang: TERRITORIES[lang].get(iso2, "") for lang in LANGS}
    english = english_names(country, cldr["en"])
    labels = Labels(dropped=set(split(row["drop"])))
    labels.pref["en"] = row["pref_en"] or english[0]
    for lang in ("bg", "ru"):
        labels.pref[lang] = row[f"pref_{lang}"] or cldr[lang]
    if not all(labels.pref.values()):
        raise ValueError(f"{row['iso3']}: no name in some language; give pref_* in states_extra.csv")
    labels.add_alt("en", english + split(row["alt_en"]))
    official_en = re.sub(r"^the ", "", getattr(country, "official_name", "") or "")
    for lang in ("bg", "ru"):
        clean_cldr = [] if UNCLEAN.search(cldr[lang]) or not cldr[lang] else [cldr[lang]]
        official = official_name(row, lang, official_en, labels.pref[lang], patterns)
        labels.add_alt(lang, clean_cldr + split(row[f"alt_{lang}"]) + ([official] if official else []))
    for lang in LANGS:
        labels.abbreviation[lang] = split(row[f"abbr_{lang}"])
        labels.demonym[lang] = split(row[f"demonym_{lang}"])
    return labels


# What a territories.csv row leaves out: no official names derived (the English official name of a
# territory is kept as an English alternative name only), no bg/ru abbreviations, never dissolved.
TERRITORY_DEFAULTS = {"iso2": "", "status": "territory", "official_bg": "-", "official_ru": "-",
                      "abbr_bg": "", "abbr_ru": "", "drop": "", "dissolved": ""}


def territory_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """territories.csv rows as states_extra.csv rows (status ``territory``), checked: each names
    the organizations that admit it (``basis``) and its sovereign state."""
    out = []
    for row in rows:
        if not row["basis"] or not row["territory_of"]:
            raise ValueError(f"territories.csv {row['iso3']}: give basis and territory_of")
        out.append({**TERRITORY_DEFAULTS, **row})
    return out


def add_territory(graph: Graph, iri: URIRef, row: dict[str, str], known: set[str]) -> None:
    """dg:Territory, the sovereign (dg:territoryOf) and, as a comment, who admits it."""
    if row["territory_of"] not in known:
        raise ValueError(f"territory {row['iso3']}: unknown state {row['territory_of']}")
    graph.add((iri, RDF.type, DG.Territory))
    graph.add((iri, DG.territoryOf, STATE[row["territory_of"].lower()]))
    graph.add((iri, RDFS.comment, Literal(f"Not a UN member; admitted in its own right by: {row['basis']}.",
                                          lang="en")))


def build_states(rows: list[dict[str, str]], patterns: list[dict[str, str]],
                 qids: dict[str, str]) -> tuple[Graph, dict[str, URIRef]]:
    """The states graph and an index of English names (casefolded) to state IRIs."""
    graph, index = new_graph(), {}
    known = {row["iso3"] for row in rows if row["status"] != "territory"}
    for row in rows:
        iri = STATE[row["iso3"].lower()]
        labels = state_labels(row, patterns)
        graph.add((iri, RDF.type, DG.State))
        if row["status"] == "territory":
            add_territory(graph, iri, row, known)
        graph.add((iri, SKOS.notation, Literal(row["iso3"])))
        labels.add_to(graph, iri)
        add_wikidata(graph, iri, checked_qid(labels.pref["en"], row["wikidata"], qids))
        if row["dissolved"]:
            graph.add((iri, SCHEMA.dissolutionDate, typed_date(row["dissolved"])))
        for name in [labels.pref["en"], *labels.alt["en"]]:
            index.setdefault(name.casefold(), iri)
    return graph, index


def checked_qid(name: str, ours: str, reference: dict[str, str]) -> str:
    """Our Wikidata id, checked against the reference table (which fills a gap)."""
    theirs = reference.get(name, "")
    if ours and theirs and ours != theirs:
        raise ValueError(f"{name}: Wikidata id {ours} disagrees with reference {theirs}")
    return ours or theirs


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

def build_places(rows: list[dict[str, str]], states: set[str], qids: dict[str, str]) -> Graph:
    graph = new_graph()
    for row in rows:
        iri = PLACE[row["slug"]]
        labels = Labels(pref={lang: row[lang] for lang in LANGS})
        for lang in LANGS:
            labels.add_alt(lang, split(row[f"alt_{lang}"]))
        graph.add((iri, RDF.type, DG.Place))
        labels.add_to(graph, iri)
        add_wikidata(graph, iri, checked_qid(row["en"], row["wikidata"], qids))
        for iso3, prop in place_links(row):
            if iso3 not in states:
                raise ValueError(f"place {row['slug']}: unknown state {iso3}")
            graph.add((iri, prop, STATE[iso3.lower()]))
        if row["note"]:
            graph.add((iri, RDFS.comment, Literal(row["note"], lang="en")))
    return graph


def place_links(row: dict[str, str]) -> Iterator[tuple[str, URIRef]]:
    """(ISO3, property) pairs: capitalOf, and locatedIn (the capital's state by default)."""
    if row["capital_of"]:
        yield row["capital_of"], DG.seatOf if row["kind"] == "seat" else DG.capitalOf
    located = row["located_in"] or row["capital_of"]
    if located and located != "-":
        yield located, DG.locatedIn


# ---------------------------------------------------------------------------
# Base facts
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Fact:
    subject: URIRef
    relation: str
    obj: URIRef
    date: str
    time: str
    source: str
    comments: tuple[str, ...]
    tables: tuple[str, ...]

    @property
    def key(self) -> tuple[str, ...]:
        return (self.subject, self.relation, self.obj, self.date, self.source)

    def merged(self, other: Fact) -> Fact:
        """The same fact read twice (same source): one claim, both tables and notes."""
        return Fact(self.subject, self.relation, self.obj, self.date, self.time, self.source,
                    tuple(dict.fromkeys(self.comments + other.comments)),
                    tuple(dict.fromkeys(self.tables + other.tables)))


class Resolver:
    """English names in the reference tables to catalog IRIs (and a note on the name)."""

    def __init__(self, states: dict[str, URIRef], names: list[dict[str, str]]) -> None:
        self.names = {row["name"].casefold(): curie(row["iri"]) for row in names}
        self.notes = {row["name"].casefold(): row["note"] for row in names if row["note"]}
        self.states = states

    def __call__(self, name: str, table: str) -> URIRef:
        key = name.casefold()
        found = self.names.get(key) or self.states.get(key)
        if found is None:
            raise ValueError(f"{table}: no catalog entity named {name!r}; add it to names.csv")
        return found

    def note(self, name: str) -> list[str]:
        """'West Germany: …' when names.csv explains how a table name maps to the IRI."""
        note = self.notes.get(name.casefold())
        return [f"as {name}: {note}"] if note else []


def treaty_signing_dates(rows: list[dict[str, str]]) -> dict[str, str]:
    """Object name -> signing date, from a table's ``signed_at`` rows."""
    return {row["entity"]: row["date"] for row in rows if row["relation"] == "signed_at"}


def fact_relation(row: dict[str, str], spec: dict[str, str], signing: dict[str, str]) -> str:
    """The dg relation; a ``party_to`` dated on the treaty's signing day is a signature."""
    if row["relation"] == "party_to" and row["date"] and signing.get(row["object"]) == row["date"]:
        return "signed"
    return spec["dg_relation"]


def row_facts(row: dict[str, str], table: str, spec: dict[str, str], resolve: Resolver,
              signing: dict[str, str]) -> Iterator[Fact]:
    if spec["direction"] == "inverse":
        subjects, target = split(row["object"], ";"), row["entity"]
    else:
        subjects, target = split(row["entity"], ";"), row["object"]
    if not target:
        return  # agreement-level row (signing or entry into force with no party named)
    obj = curie(spec["object"]) if spec["object"] else resolve(target, table)
    comments = [spec["comment"], row["note"], *resolve.note(target)]
    if row["date"] and not DATE.match(row["date"]):
        comments.append(f"date in source: {row['date']}")
    for name in subjects:
        yield Fact(resolve(name, table), fact_relation(row, spec, signing), obj, row["date"],
                   spec["time"], row["source_url"],
                   tuple(dict.fromkeys(c for c in comments + resolve.note(name) if c)), (table,))


def reference_facts(tables: list[Path], mapping: dict[str, dict[str, str]], resolve: Resolver,
                    excluded: set[tuple[str, ...]]) -> list[Fact]:
    """Facts of every table, one per (subject, relation, object, date, source)."""
    facts: dict[tuple[str, ...], Fact] = {}
    for path in tables:
        rows = read_csv(path)
        signing = treaty_signing_dates(rows)
        for row in rows:
            if (path.name, row["entity"], row["relation"], row["object"]) in excluded:
                continue
            spec = mapping.get(row["relation"])
            if spec is None:
                raise ValueError(f"{path.name}: relation {row['relation']!r} is not in relations.csv")
            if not spec["dg_relation"]:
                continue
            for fact in row_facts(row, path.name, spec, resolve, signing):
                facts[fact.key] = facts[fact.key].merged(fact) if fact.key in facts else fact
    return list(facts.values())


def local(iri: URIRef) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def unique(names: list[str], facts: list[Fact], suffix) -> list[str]:
    """Append ``suffix(fact)`` to every name that is not unique yet."""
    counts: dict[str, int] = defaultdict(int)
    for name in names:
        counts[name] += 1
    return [f"{name}-{suffix(fact)}".rstrip("-") if counts[name] > 1 else name
            for name, fact in zip(names, facts)]


def claim_names(facts: list[Fact]) -> list[str]:
    """Claim local names '{object}-{subject}-{relation}', made unique by date, then table."""
    names = [f"{local(f.obj)}-{local(f.subject)}-{f.relation}" for f in facts]
    names = unique(names, facts, lambda f: re.sub(r"[^0-9-]", "", f.date.replace("/", "-")))
    names = unique(names, facts, lambda f: Path(f.tables[0]).stem.replace("_", "-"))
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate claim names: {sorted(n for n in names if names.count(n) > 1)}")
    return names


def build_facts(facts: list[Fact]) -> Graph:
    graph = new_graph()
    for name, fact in zip(claim_names(facts), facts):
        if not fact.source.startswith("http"):
            raise ValueError(f"{fact.tables[0]}: the row behind {name} has no source URL")
        predicate, claim = DG[fact.relation], REFCLAIM[name]
        graph.add((fact.subject, predicate, fact.obj))
        for prop, value in ((RDF.type, DG.Claim), (RDF.subject, fact.subject),
                            (RDF.predicate, predicate), (RDF.object, fact.obj),
                            (PROV.wasDerivedFrom, URIRef(fact.source))):
            graph.add((claim, prop, value))
        when = typed_date(fact.date)
        if when is not None:
            graph.add((claim, DG[fact.time], when))
        for table in fact.tables:
            graph.add((claim, DCTERMS.source, Literal(f"shared/reference/{table}")))
        if fact.comments:
            graph.add((claim, RDFS.comment, Literal("; ".join(fact.comments), lang="en")))
    return graph


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

def reference_qids() -> dict[str, str]:
    rows = read_csv(REFERENCE / "wikidata_qids.csv")
    return {row["entity"]: row["object"] for row in rows if re.fullmatch(r"Q\d+", row["object"])}


def build_all() -> dict[str, str]:
    """File name -> Turtle text of the three generated files."""
    qids = reference_qids()
    state_rows = read_csv(EXTRA / "states_extra.csv") + territory_rows(read_csv(EXTRA / "territories.csv"))
    states, index = build_states(state_rows, read_csv(EXTRA / "official_patterns.csv"), qids)
    places = build_places(read_csv(EXTRA / "places.csv"), {r["iso3"] for r in state_rows}, qids)
    mapping = {row["relation"]: row for row in read_csv(EXTRA / "relations.csv")}
    excluded = {(r["table"], r["entity"], r["relation"], r["object"])
                for r in read_csv(EXTRA / "excluded_rows.csv")}
    tables = sorted(REFERENCE.glob("*.csv"))
    facts = reference_facts(tables, mapping, Resolver(index, read_csv(EXTRA / "names.csv")), excluded)
    extra = "scripts/catalog_extra/"
    return {
        "states.ttl": render(states, f"pycountry, babel (CLDR), {extra}states_extra.csv and "
                                     f"{extra}territories.csv"),
        "places.ttl": render(places, f"{extra}places.csv"),
        "facts.ttl": render(build_facts(facts), "shared/reference/*.csv"),
    }


def render(graph: Graph, sources: str) -> str:
    return HEADER.format(sources=sources) + "\n" + graph.serialize(format="turtle")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, text in build_all().items():
        path = GRAPH_DIR / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"out of date: {', '.join(stale)} (run scripts/build_catalog.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The reference catalog as the extractor sees it: entities, their names in every
language, abbreviations, demonyms, offices held and where places lie.

The source of truth is Turtle under ``graph/`` (see the ontology for the terms); this
module reads it once per process into plain objects.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS

from .errors import OntologyError
from .models import ENTITY_TYPES, Entity
from .namespaces import DG
from .resources import data_dir

LANG_ORDER = ("en", "bg", "ru")


@dataclass(frozen=True)
class Tenure:
    role: str
    office_of: str
    start: str | None = None
    end: str | None = None


@dataclass
class CatalogEntity:
    iri: str
    type: str
    names: dict[str, list[str]] = field(default_factory=dict)   # lang -> names, preferred first
    abbreviations: list[str] = field(default_factory=list)
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    family_names: list[str] = field(default_factory=list)
    wikidata: str | None = None
    tenures: list[Tenure] = field(default_factory=list)
    located_in: list[str] = field(default_factory=list)   # where a place lies; a territory's sovereign state
    capital_of: str | None = None     # the state a capital or seat stands for ("Washington left", "the Kremlin said")
    is_capital: bool = False          # a capital city (dg:capitalOf), not a seat of government or a parliament
    part_of: str | None = None        # the organization an organ belongs to (the European Council: the EU)

    @property
    def label(self) -> str:
        for lang in LANG_ORDER:
            if self.names.get(lang):
                return self.names[lang][0]
        return self.iri.rsplit("/", 1)[-1]

    def all_names(self) -> list[str]:
        seen: dict[str, None] = {}
        for lang in LANG_ORDER:
            for n in self.names.get(lang, []):
                seen.setdefault(n, None)
        for n in self.abbreviations:
            seen.setdefault(n, None)
        return list(seen)

    def to_entity(self) -> Entity:
        label = self.label
        return Entity(iri=self.iri, label=label, type=self.type,
                      labels=tuple(n for n in self.all_names() if n != label), wikidata=self.wikidata)


@dataclass(frozen=True)
class Fact:
    """A reference fact's dates (graph/facts.ttl): when a state joined, acceded, signed ..."""

    at: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass
class Catalog:
    entities: dict[str, CatalogEntity]
    facts: dict[tuple[str, str, str], Fact] = field(default_factory=dict)  # (subject, relation, object)
    _resolved: dict[str, Entity] = field(default_factory=dict, repr=False, compare=False)
    _capitals: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _organs: Mapping[str, Entity | None] | None = field(default=None, repr=False, compare=False)

    def get(self, iri: str) -> CatalogEntity | None:
        return self.entities.get(iri)

    def entity(self, iri: str) -> Entity:
        """The (frozen, shared) Entity of a catalog IRI, built once."""
        ent = self._resolved.get(iri)
        if ent is None:
            ent = self._resolved[iri] = self.entities[iri].to_entity()
        return ent

    def capital(self, state: str) -> str | None:
        """The capital city of a state (dg:capitalOf), not a seat of government such as the Kremlin."""
        if not self._capitals:
            self._capitals.update({e.capital_of: e.iri for e in self.entities.values() if e.is_capital and e.capital_of})
        return self._capitals.get(state)

    def organs(self) -> Mapping[str, Entity | None]:
        """The bodies that belong to another (dcterms:isPartOf: commissions, councils, organs), each with the
        whole body it is part of (followed up to the outermost the catalog knows; None when it knows none)."""
        if self._organs is None:
            wholes: dict[str, Entity | None] = {}
            for e in self.entities.values():
                if not e.part_of:
                    continue
                whole, seen = e.part_of, {e.iri}
                while whole in self.entities and whole not in seen:
                    outer = self.entities[whole].part_of
                    if not outer:
                        break
                    seen.add(whole)
                    whole = outer
                wholes[e.iri] = self.entity(whole) if whole in self.entities else None
            object.__setattr__(self, "_organs", MappingProxyType(wholes))
        return self._organs  # type: ignore[return-value]

    def within(self, inner: str, outer: str) -> bool:
        """Whether place `inner` lies in `outer` (transitively, by dg:locatedIn)."""
        seen, todo = set(), [inner]
        while todo:
            cur = todo.pop()
            if cur == outer:
                return True
            if cur in seen:
                continue
            seen.add(cur)
            ent = self.entities.get(cur)
            if ent:
                todo.extend(ent.located_in)
        return False


def _text(lit) -> tuple[str, str]:
    return str(lit), (lit.language or "en") if isinstance(lit, Literal) else "en"


def catalog_from_graph(g: Graph) -> Catalog:
    """Build the catalog from an RDF graph holding graph/*.ttl."""
    ents: dict[str, CatalogEntity] = {}
    for typ in ENTITY_TYPES:
        for s in g.subjects(RDF.type, DG[typ]):
            if isinstance(s, URIRef):
                ents.setdefault(str(s), CatalogEntity(iri=str(s), type=typ))
    for iri, ent in ents.items():
        s = URIRef(iri)
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for lit in sorted(g.objects(s, prop), key=str):
                name, lang = _text(lit)
                names = ent.names.setdefault(lang[:2], [])
                if name not in names:
                    names.append(name)
        for lit in g.objects(s, DG.abbreviation):
            if str(lit) not in ent.abbreviations:
                ent.abbreviations.append(str(lit))
        for lit in g.objects(s, DG.demonym):
            name, lang = _text(lit)
            ent.demonyms.setdefault(lang[:2], []).append(name)
        ent.family_names = sorted({str(x) for x in g.objects(s, DG.familyName)})
        qid = g.value(s, DG.wikidata)
        if qid is None:
            same = [str(o) for o in g.objects(s, OWL.sameAs) if "wikidata.org/entity/Q" in str(o)]
            qid = same[0].rsplit("/", 1)[-1] if same else None
        ent.wikidata = str(qid) if qid else None
        ent.located_in = [str(o) for o in g.objects(s, DG.locatedIn)] + [str(o) for o in g.objects(s, DG.capitalOf)] \
            + [str(o) for o in g.objects(s, DG.territoryOf)]  # Nuuk lies in Greenland, and so in Denmark
        capital = g.value(s, DG.capitalOf) or g.value(s, DG.seatOf) or g.value(s, DG.parliamentOf)  # "Moscow",
        # "the Kremlin" said; "Госдума ратифицировала": the state
        ent.capital_of = str(capital) if capital is not None else None
        ent.is_capital = g.value(s, DG.capitalOf) is not None
        parent = g.value(s, DCTERMS.isPartOf)
        ent.part_of = str(parent) if parent is not None else None
        for t in g.objects(s, DG.holds):
            role, office = g.value(t, DG.role), g.value(t, DG.officeOf)
            if role is not None and office is not None:
                start, end = g.value(t, DG.start), g.value(t, DG.end)
                ent.tenures.append(Tenure(str(role), str(office), str(start) if start else None,
                                          str(end) if end else None))
        # the preferred label of each language first
        for lit in g.objects(s, SKOS.prefLabel):
            name, lang = _text(lit)
            names = ent.names.get(lang[:2], [])
            if name in names:
                names.remove(name)
                names.insert(0, name)
    _spell_out_wholes(ents)
    _un_prefixed(ents)
    return Catalog(ents, _facts(g))


def _un_prefixed(ents: dict[str, CatalogEntity]) -> None:
    """An English name that opens with "United Nations" is also written with its abbreviation: "the U.N. Conference
    on Trade and Development", "the UN Human Rights Council"."""
    for ent in ents.values():
        names = ent.names.get("en", [])
        for name in list(names):
            if name.startswith("United Nations ") and len(name) > len("United Nations "):
                rest = name[len("United Nations "):]
                for short in (f"U.N. {rest}", f"UN {rest}"):
                    if short not in names:
                        names.append(short)


def _spell_out_wholes(ents: dict[str, CatalogEntity]) -> None:
    """An organ named with its body's abbreviation is named with the body's names too: "Изпълнителния съвет на
    ОЗХО" is also "Изпълнителния съвет на Организацията за забрана на химическите оръжия" (each name of the body
    in the organ name's language; the forms that fit no text simply match nothing)."""
    for ent in ents.values():
        whole = ents.get(ent.part_of) if ent.part_of else None
        if whole is None or not whole.abbreviations:
            continue
        for lang, names in ent.names.items():
            spelled = [name[:-len(abbr)] + full for name in names for abbr in whole.abbreviations
                       if name.endswith(" " + abbr) for full in whole.names.get(lang, ())]
            names.extend(x for x in dict.fromkeys(spelled) if x not in names)


def _facts(g: Graph) -> dict[tuple[str, str, str], Fact]:
    """The dated reference facts, by (subject, relation name, object); of two sources that
    disagree, the earlier date."""
    out: dict[tuple[str, str, str], Fact] = {}
    for c in g.subjects(RDF.type, DG.Claim):
        subj, pred, obj = g.value(c, RDF.subject), g.value(c, RDF.predicate), g.value(c, RDF.object)
        if subj is None or pred is None or obj is None:
            continue
        dates = {k: g.value(c, DG[k]) for k in ("at", "start", "end")}
        fact = Fact(**{k: str(v) if v is not None else None for k, v in dates.items()})
        if fact == Fact():
            continue
        key = (str(subj), str(pred).rsplit("#", 1)[-1], str(obj))
        old = out.get(key)
        if old is None or (fact.at or fact.start or "") < (old.at or old.start or ""):
            out[key] = fact
    return out


def catalog_files(folder: Path | None = None) -> list[Path]:
    folder = folder or data_dir("graph")
    return sorted(folder.glob("*.ttl"))


@lru_cache(maxsize=4)
def load_catalog(folder: str | None = None) -> Catalog:
    """The catalog from ``graph/*.ttl`` (read once per process)."""
    g = Graph()
    for path in catalog_files(Path(folder) if folder else None):
        try:
            g.parse(path, format="turtle")
        except Exception as e:  # rdflib raises several parser exception types
            raise OntologyError(f"{path}: catalog file is not valid Turtle ({e})") from None
    return catalog_from_graph(g)

"""Checks on the hand-curated catalog files.

graph/organizations.ttl, graph/agreements.ttl, graph/people.ttl and
graph/initiatives.ttl are written by hand; these tests read them with rdflib only
and hold them to the catalog conventions: minimum coverage, one preferred label per
language, well-formed office targets and Wikidata ids, and a few known facts.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, XSD, Graph, Literal, Namespace, URIRef

GRAPH_DIR = Path(__file__).resolve().parents[1] / "graph"
DG = Namespace("https://w3id.org/diplograph/ontology#")
ID = "https://w3id.org/diplograph/id/"
STATE = Namespace(ID + "state/")
ORG = Namespace(ID + "org/")
AGREEMENT = Namespace(ID + "agreement/")
PERSON = Namespace(ID + "person/")
INITIATIVE = Namespace(ID + "initiative/")
WD = Namespace("http://www.wikidata.org/entity/")
LANGS = ("en", "bg", "ru")

# file name -> (class, IRI namespace, minimum number of entities)
CURATED = {
    "organizations.ttl": (DG.Organization, ORG, 160),
    "agreements.ttl": (DG.Agreement, AGREEMENT, 250),
    "people.ttl": (DG.Person, PERSON, 130),
    "initiatives.ttl": (DG.Initiative, INITIATIVE, 15),
}
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
STATE_IRI = re.compile(re.escape(str(STATE)) + r"[a-z]{3}")
ORG_IRI = re.compile(re.escape(str(ORG)) + SLUG.pattern)
QID = re.compile(r"Q[1-9][0-9]*")
DATE_TYPES = {XSD.date, XSD.gYear, XSD.gYearMonth}


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    return {name: Graph().parse(GRAPH_DIR / name) for name in CURATED}


@pytest.fixture(scope="module")
def catalog(graphs: dict[str, Graph]) -> Graph:
    merged = Graph()
    for graph in graphs.values():
        merged += graph
    return merged


def entities(graph: Graph, cls: URIRef) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)}


def labels(graph: Graph, subject: URIRef, prop: URIRef, lang: str) -> list[str]:
    return [str(o) for o in graph.objects(subject, prop) if isinstance(o, Literal) and o.language == lang]


@pytest.mark.parametrize("name", sorted(CURATED))
def test_minimum_coverage(graphs: dict[str, Graph], name: str) -> None:
    cls, _, minimum = CURATED[name]
    assert len(entities(graphs[name], cls)) >= minimum


@pytest.mark.parametrize("name", sorted(CURATED))
def test_entities_sit_in_their_namespace_with_a_slug(graphs: dict[str, Graph], name: str) -> None:
    cls, namespace, _ = CURATED[name]
    bad = [
        str(s) for s in entities(graphs[name], cls)
        if not str(s).startswith(str(namespace)) or not SLUG.fullmatch(str(s)[len(str(namespace)):])
    ]
    assert bad == []


@pytest.mark.parametrize("name", sorted(CURATED))
def test_exactly_one_preferred_label_per_language(graphs: dict[str, Graph], name: str) -> None:
    cls, _, _ = CURATED[name]
    graph = graphs[name]
    bad = [
        (str(s), lang, labels(graph, s, SKOS.prefLabel, lang))
        for s in entities(graph, cls)
        for lang in LANGS
        if len(labels(graph, s, SKOS.prefLabel, lang)) != 1
    ]
    assert bad == []


@pytest.mark.parametrize("name", sorted(CURATED))
def test_no_label_in_an_unexpected_language_or_without_one(graphs: dict[str, Graph], name: str) -> None:
    graph = graphs[name]
    bad = [
        (str(s), str(o)) for prop in (SKOS.prefLabel, SKOS.altLabel, DG.abbreviation, DG.familyName)
        for s, o in graph.subject_objects(prop)
        if not isinstance(o, Literal) or o.language not in LANGS or not str(o).strip()
    ]
    assert bad == []


@pytest.mark.parametrize("name", sorted(CURATED))
def test_bulgarian_and_russian_labels_are_cyrillic(graphs: dict[str, Graph], name: str) -> None:
    cls, _, _ = CURATED[name]
    graph = graphs[name]
    bad = [
        (str(s), lang, label)
        for s in entities(graph, cls)
        for lang in ("bg", "ru")
        for label in labels(graph, s, SKOS.prefLabel, lang)
        if not re.search("[А-Яа-яЁё]", label)
    ]
    # Names the Bulgarian and Russian press write in Latin script (AUKUS in Russian).
    assert {(s.rsplit("/", 1)[1], lang) for s, lang, _ in bad} <= {("aukus", "ru")}


@pytest.mark.parametrize("name", sorted(CURATED))
def test_no_two_entities_share_a_label_in_one_language(graphs: dict[str, Graph], name: str) -> None:
    graph = graphs[name]
    owners: dict[tuple[str, str | None], set[URIRef]] = defaultdict(set)
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        for s, o in graph.subject_objects(prop):
            owners[(str(o).casefold(), o.language)].add(s)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_every_office_target_is_a_state_or_organization_iri(catalog: Graph) -> None:
    targets = set(catalog.objects(None, DG.officeOf))
    assert targets
    bad = [str(t) for t in targets if not (STATE_IRI.fullmatch(str(t)) or ORG_IRI.fullmatch(str(t)))]
    assert bad == []


def test_organization_office_targets_are_in_the_catalog(catalog: Graph) -> None:
    orgs = entities(catalog, DG.Organization)
    targets = {t for t in catalog.objects(None, DG.officeOf) if str(t).startswith(str(ORG))}
    assert targets - orgs == set()


def test_every_tenure_has_role_office_and_dated_start(catalog: Graph) -> None:
    tenures = set(catalog.objects(None, DG.holds))
    assert len(tenures) >= 130
    for tenure in tenures:
        assert (tenure, RDF.type, DG.Tenure) in catalog
        assert len(list(catalog.objects(tenure, DG.role))) == 1, tenure
        assert len(list(catalog.objects(tenure, DG.officeOf))) == 1, tenure
        starts = list(catalog.objects(tenure, DG.start))
        assert len(starts) == 1 and starts[0].datatype in DATE_TYPES, tenure
        for end in catalog.objects(tenure, DG.end):
            assert end.datatype in DATE_TYPES
            assert str(end) >= str(starts[0]), tenure


def test_every_person_holds_an_office(catalog: Graph) -> None:
    assert [str(p) for p in entities(catalog, DG.Person) if not set(catalog.objects(p, DG.holds))] == []


def test_agreement_dates_are_typed_and_ordered(catalog: Graph) -> None:
    for agreement in entities(catalog, DG.Agreement):
        signed = list(catalog.objects(agreement, DG.signedDate))
        in_force = list(catalog.objects(agreement, DG.inForceDate))
        assert len(signed) <= 1 and len(in_force) <= 1, agreement
        for value in signed + in_force:
            assert value.datatype in DATE_TYPES, agreement
        if signed and in_force:
            assert str(signed[0])[:4] <= str(in_force[0])[:4], agreement


def test_wikidata_ids_are_well_formed_and_match_same_as(catalog: Graph) -> None:
    for subject, qid in catalog.subject_objects(DG.wikidata):
        assert QID.fullmatch(str(qid)), subject
        assert (subject, URIRef("http://www.w3.org/2002/07/owl#sameAs"), WD[str(qid)]) in catalog


def test_no_two_entities_share_a_wikidata_id(catalog: Graph) -> None:
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for subject, qid in catalog.subject_objects(DG.wikidata):
        owners[str(qid)].add(subject)
    assert {q: s for q, s in owners.items() if len(s) > 1} == {}


def test_proposers_are_people_states_or_organizations(catalog: Graph) -> None:
    proposers = set(catalog.objects(None, DG.proposedBy))
    assert proposers
    kinds = (str(PERSON), str(STATE), str(ORG))
    assert [str(p) for p in proposers if not str(p).startswith(kinds)] == []
    people = entities(catalog, DG.Person)
    assert {p for p in proposers if str(p).startswith(str(PERSON))} <= people


# ---------------------------------------------------------------- spot checks


def test_asean(catalog: Graph) -> None:
    asean = ORG.asean
    assert Literal("АСЕАН", lang="bg") in set(catalog.objects(asean, DG.abbreviation))
    assert Literal("АСЕАН", lang="ru") in set(catalog.objects(asean, DG.abbreviation))
    assert labels(catalog, asean, SKOS.prefLabel, "bg") == ["Асоциация на страните от Югоизточна Азия"]
    assert "Ассоциация стран Юго-Восточной Азии" in labels(catalog, asean, SKOS.altLabel, "ru")
    assert str(catalog.value(asean, DG.wikidata)) == "Q7768"


@pytest.mark.parametrize(
    ("slug", "qid", "abbreviations"),
    [
        ("eaeu", "Q4173083", {("EAEU", "en"), ("EEU", "en"), ("ЕАИС", "bg"), ("ЕАЭС", "ru")}),
        ("sco", "Q485207", {("SCO", "en"), ("ШОС", "bg"), ("ШОС", "ru")}),
        ("osce", "Q81299", {("OSCE", "en"), ("ОССЕ", "bg"), ("ОБСЕ", "ru")}),
        ("cis", "Q7779", {("CIS", "en"), ("ОНД", "bg"), ("СНГ", "ru")}),
        ("csto", "Q318693", {("CSTO", "en"), ("ОДКБ", "ru")}),
        ("brics", "Q243630", {("BRICS", "en"), ("БРИКС", "ru")}),
        ("nato", "Q7184", {("NATO", "en"), ("НАТО", "bg"), ("НАТО", "ru")}),
        ("un", "Q1065", {("UN", "en"), ("ООН", "bg"), ("ООН", "ru")}),
    ],
)
def test_major_organizations(catalog: Graph, slug: str, qid: str, abbreviations: set[tuple[str, str]]) -> None:
    found = {(str(o), o.language) for o in catalog.objects(ORG[slug], DG.abbreviation)}
    assert abbreviations <= found
    assert str(catalog.value(ORG[slug], DG.wikidata)) == qid


def test_tac(catalog: Graph) -> None:
    tac = AGREEMENT.tac
    assert labels(catalog, tac, SKOS.prefLabel, "bg") == ["Договор за приятелство и сътрудничество в Югоизточна Азия"]
    assert "Договора за приятелство и сътрудничество в Югоизточна Азия" in labels(catalog, tac, SKOS.altLabel, "bg")
    assert labels(catalog, tac, SKOS.prefLabel, "ru") == ["Договор о дружбе и сотрудничестве в Юго-Восточной Азии"]
    assert Literal("TAC", lang="en") in set(catalog.objects(tac, DG.abbreviation))
    assert catalog.value(tac, DG.signedDate) == Literal("1976-02-24", datatype=XSD.date)


def test_npt_abbreviations(catalog: Graph) -> None:
    found = {(str(o), o.language) for o in catalog.objects(AGREEMENT.npt, DG.abbreviation)}
    assert {("NPT", "en"), ("ДНЯО", "ru")} <= found


def test_required_agreement_slugs_exist(catalog: Graph) -> None:
    required = {"tac", "un-charter", "npt", "eaeu-treaty", "collective-security-treaty", "asean-charter", "sco-charter"}
    assert {AGREEMENT[s] for s in required} <= entities(catalog, DG.Agreement)


def tenures(graph: Graph, person: URIRef) -> list[dict[str, object]]:
    return [
        {
            "role": str(graph.value(t, DG.role)),
            "office": graph.value(t, DG.officeOf),
            "start": graph.value(t, DG.start),
            "end": graph.value(t, DG.end),
        }
        for t in graph.objects(person, DG.holds)
    ]


def test_lavrov_is_russian_foreign_minister(catalog: Graph) -> None:
    lavrov = PERSON["sergey-lavrov"]
    assert labels(catalog, lavrov, SKOS.prefLabel, "bg") == ["Сергей Лавров"]
    assert {"role": "foreign minister", "office": STATE.rus,
            "start": Literal("2004-03-09", datatype=XSD.date), "end": None} in tenures(catalog, lavrov)


def test_putin_is_current_president(catalog: Graph) -> None:
    current = [t for t in tenures(catalog, PERSON["vladimir-putin"]) if t["end"] is None]
    assert [(t["role"], t["office"]) for t in current] == [("president", STATE.rus)]


def test_transliterations(catalog: Graph) -> None:
    assert labels(catalog, PERSON["xi-jinping"], SKOS.prefLabel, "bg") == ["Си Дзинпин"]
    assert labels(catalog, PERSON["xi-jinping"], SKOS.prefLabel, "ru") == ["Си Цзиньпин"]
    assert labels(catalog, PERSON["antonio-guterres"], SKOS.prefLabel, "bg") == ["Антонио Гутериш"]
    assert labels(catalog, PERSON["antonio-guterres"], SKOS.prefLabel, "ru") == ["Антониу Гутерриш"]


def test_us_president_since_2025(catalog: Graph) -> None:
    current = [
        (person, t) for person in entities(catalog, DG.Person) for t in tenures(catalog, person)
        if t["office"] == STATE.usa and t["role"] == "president" and t["end"] is None
    ]
    assert [(p, t["start"]) for p, t in current] == [(PERSON["donald-trump"], Literal("2025-01-20", datatype=XSD.date))]


def test_eurasian_security_initiative(catalog: Graph) -> None:
    initiative = INITIATIVE["eurasian-security-architecture"]
    assert "евразийска рамка за сигурност" in labels(catalog, initiative, SKOS.altLabel, "bg")
    assert labels(catalog, initiative, SKOS.prefLabel, "ru") == ["евразийская архитектура безопасности"]
    assert {PERSON["vladimir-putin"], STATE.rus} <= set(catalog.objects(initiative, DG.proposedBy))


@pytest.mark.parametrize(("slug", "bg", "ru", "abbreviation"), [
    ("ctbt", "Договора за забрана на ядрените опити", "Договор о всеобъемлющем запрещении ядерных испытаний", ("ДВЗЯО", "bg")),
    ("budapest-convention", "Будапещенската конвенция", "Будапештская конвенция", None),
    ("refugee-convention", "Конвенцията за статута на бежанците", "Конвенция о статусе беженцев", None),
    ("tfeu", "Договора за функционирането на Европейския съюз", "Договор о функционировании Европейского союза", ("ДФЕС", "bg")),
])
def test_treaty_names_in_each_language(catalog: Graph, slug: str, bg: str, ru: str, abbreviation) -> None:
    names = {(str(o), o.language) for p in (SKOS.prefLabel, SKOS.altLabel) for o in catalog.objects(AGREEMENT[slug], p)}
    assert (bg, "bg") in names and (ru, "ru") in names
    if abbreviation:
        assert abbreviation in {(str(o), o.language) for o in catalog.objects(AGREEMENT[slug], DG.abbreviation)}

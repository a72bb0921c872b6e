"""Checks on the generated catalog files graph/states.ttl, graph/places.ttl, graph/facts.ttl.

They are written by scripts/build_catalog.py; these tests read them with rdflib only.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

GRAPH_DIR = Path(__file__).resolve().parents[1] / "graph"
DG = Namespace("https://w3id.org/diplograph/ontology#")
STATE = Namespace("https://w3id.org/diplograph/id/state/")
PLACE = Namespace("https://w3id.org/diplograph/id/place/")
AGREEMENT = Namespace("https://w3id.org/diplograph/id/agreement/")
REFCLAIM = Namespace("https://w3id.org/diplograph/claim/ref/")
SCHEMA = Namespace("https://schema.org/")
LANGS = ("en", "bg", "ru")


@pytest.fixture(scope="module")
def states() -> Graph:
    return Graph().parse(GRAPH_DIR / "states.ttl")


@pytest.fixture(scope="module")
def places() -> Graph:
    return Graph().parse(GRAPH_DIR / "places.ttl")


@pytest.fixture(scope="module")
def facts() -> Graph:
    return Graph().parse(GRAPH_DIR / "facts.ttl")


def pref_labels(graph: Graph, subject: URIRef, lang: str) -> list[str]:
    return [str(o) for o in graph.objects(subject, SKOS.prefLabel) if o.language == lang]


def test_at_least_195_states(states: Graph) -> None:
    assert len(set(states.subjects(RDF.type, DG.State))) >= 195


@pytest.mark.parametrize("lang", LANGS)
def test_every_state_has_one_pref_label_per_language(states: Graph, lang: str) -> None:
    wrong = [s for s in states.subjects(RDF.type, DG.State) if len(pref_labels(states, s, lang)) != 1]
    assert wrong == []


def test_state_iris_are_lowercase_iso_codes(states: Graph) -> None:
    for state in states.subjects(RDF.type, DG.State):
        code = str(state).rsplit("/", 1)[-1]
        assert len(code) == 3 and code.isalpha() and code.islower(), state


@pytest.mark.parametrize(("state", "lang", "label"), [
    ("rus", "bg", "Русия"), ("rus", "ru", "Россия"), ("rus", "en", "Russia"),
    ("lao", "bg", "Лаос"), ("lao", "ru", "Лаос"), ("lao", "en", "Laos"),
    ("usa", "en", "United States"), ("chn", "bg", "Китай"), ("bgr", "bg", "България"),
])
def test_pref_label_spot_checks(states: Graph, state: str, lang: str, label: str) -> None:
    assert pref_labels(states, STATE[state], lang) == [label]


@pytest.mark.parametrize(("state", "lang", "label"), [
    ("rus", "bg", "Руската федерация"), ("rus", "ru", "Российская Федерация"),
    ("chn", "ru", "Китайская Народная Республика"), ("usa", "bg", "САЩ"),
    ("gbr", "bg", "Обединеното кралство"), ("prk", "ru", "КНДР"), ("lao", "en", "Lao PDR"),
])
def test_alt_label_spot_checks(states: Graph, state: str, lang: str, label: str) -> None:
    assert (STATE[state], SKOS.altLabel, Literal(label, lang=lang)) in states


def test_spot_check_abbreviations_and_demonyms(states: Graph) -> None:
    assert (STATE.usa, DG.abbreviation, Literal("США", lang="ru")) in states
    assert (STATE.are, DG.abbreviation, Literal("ОАЕ", lang="bg")) in states
    assert (STATE.rus, DG.demonym, Literal("руски", lang="bg")) in states
    assert (STATE.chn, DG.demonym, Literal("китайский", lang="ru")) in states


def test_demonyms_for_at_least_80_states(states: Graph) -> None:
    with_all = [s for s in states.subjects(RDF.type, DG.State)
                if {o.language for o in states.objects(s, DG.demonym)} >= set(LANGS)]
    assert len(with_all) >= 80


@pytest.mark.parametrize(("state", "qid"), [("rus", "Q159"), ("lao", "Q819"), ("chn", "Q148"),
                                            ("usa", "Q30"), ("bgr", "Q219")])
def test_state_wikidata(states: Graph, state: str, qid: str) -> None:
    assert states.value(STATE[state], DG.wikidata) == Literal(qid)


def test_wikidata_ids_are_unique(states: Graph, places: Graph) -> None:
    qids = [str(o) for g in (states, places) for o in g.objects(None, DG.wikidata)]
    assert len(qids) == len(set(qids))


def test_every_capital_belongs_to_a_known_state(states: Graph, places: Graph) -> None:
    known = set(states.subjects(RDF.type, DG.State))
    capitals = list(places.subject_objects(DG.capitalOf))
    assert capitals
    assert [(p, s) for p, s in capitals if s not in known] == []


def test_every_current_sovereign_state_has_a_capital(states: Graph, places: Graph) -> None:
    current = set(states.subjects(RDF.type, DG.State)) - set(states.subjects(SCHEMA.dissolutionDate, None))
    sovereign = current - set(states.subjects(RDF.type, DG.Territory))
    assert len(sovereign) == 197   # the 193 UN members, Palestine, the Holy See, Kosovo and Taiwan
    assert sovereign - set(places.objects(None, DG.capitalOf)) == set()


# ---------------------------------------------------------------------------
# Territories (scripts/catalog_extra/territories.csv)
# ---------------------------------------------------------------------------

def territories(states: Graph) -> set[URIRef]:
    return set(states.subjects(RDF.type, DG.Territory))


@pytest.mark.parametrize(("code", "sovereign", "en", "bg", "ru"), [
    ("msr", "gbr", "Montserrat", "Монтсерат", "Монтсеррат"),
    ("aia", "gbr", "Anguilla", "Ангуила", "Ангилья"),
    ("vgb", "gbr", "British Virgin Islands", "Британски Вирджински острови", "Британские Виргинские острова"),
    ("mtq", "fra", "Martinique", "Мартиника", "Мартиника"),
    ("glp", "fra", "Guadeloupe", "Гваделупа", "Гваделупа"),
    ("ncl", "fra", "New Caledonia", "Нова Каледония", "Новая Каледония"),
    ("pyf", "fra", "French Polynesia", "Френска Полинезия", "Французская Полинезия"),
    ("grl", "dnk", "Greenland", "Гренландия", "Гренландия"),
    ("fro", "dnk", "Faroe Islands", "Фарьорски острови", "Фарерские острова"),
    ("ala", "fin", "Åland Islands", "Оландски острови", "Аландские острова"),
    ("pri", "usa", "Puerto Rico", "Пуерто Рико", "Пуэрто-Рико"),
    ("vir", "usa", "United States Virgin Islands", "Американски Вирджински острови", "Американские Виргинские острова"),
    ("abw", "nld", "Aruba", "Аруба", "Аруба"),
    ("hkg", "chn", "Hong Kong", "Хонконг", "Гонконг"),
    ("mac", "chn", "Macao", "Макао", "Макао"),
    ("cok", "nzl", "Cook Islands", "Острови Кук", "Острова Кука"),
    ("niu", "nzl", "Niue", "Ниуе", "Ниуэ"),
])
def test_territory_spot_checks(states: Graph, code: str, sovereign: str, en: str, bg: str, ru: str) -> None:
    state = STATE[code]
    assert {(state, RDF.type, DG.State), (state, RDF.type, DG.Territory),
            (state, DG.territoryOf, STATE[sovereign])} <= set(states.triples((state, None, None)))
    assert [pref_labels(states, state, lang) for lang in LANGS] == [[en], [bg], [ru]]


def test_every_territory_acts_as_a_state_names_its_sovereign_and_who_admits_it(states: Graph) -> None:
    found = territories(states)
    assert len(found) >= 30
    sovereign = set(states.subjects(RDF.type, DG.State)) - found
    for territory in found:
        assert (territory, RDF.type, DG.State) in states
        assert [s for s in states.objects(territory, DG.territoryOf)] in ([s] for s in sovereign), territory
        comment = str(states.value(territory, RDFS.comment))
        assert comment.startswith("Not a UN member; admitted in its own right by: "), territory
    assert set(states.subjects(DG.territoryOf, None)) == found


def test_territory_labels_are_written_out(states: Graph) -> None:
    """CLDR's Russian abbreviations ("о-ва", "о-в") and bracketed qualifiers are not names texts use."""
    bad = [str(o) for t in territories(states) for p in (SKOS.prefLabel, SKOS.altLabel)
           for o in states.objects(t, p) if re.search(r"о-ва?\b|[()&]|\bSAR China|, САР", str(o))]
    assert bad == []


def test_un_members_and_observers_are_not_territories(states: Graph) -> None:
    for code in ("gbr", "fra", "dnk", "chn", "nzl", "pse", "vat", "twn", "xkx", "kna", "lca", "atg"):
        assert (STATE[code], RDF.type, DG.Territory) not in states, code


def test_territories_left_out(states: Graph, places: Graph) -> None:
    """Jersey (the end of "New Jersey"), Western Sahara (the AU admits the Sahrawi Republic) and
    territories no body admits are not states; French Guiana is a place in France."""
    for code in ("jey", "esh", "gib", "flk", "reu", "maf", "guf"):
        assert (STATE[code], RDF.type, DG.State) not in states, code
    assert (PLACE["french-guiana"], DG.locatedIn, STATE.fra) in places


def test_places_of_territories(places: Graph) -> None:
    assert (PLACE.nuuk, DG.capitalOf, STATE.grl) in places
    assert (PLACE.ilulissat, DG.locatedIn, STATE.grl) in places
    assert (PLACE["hong-kong"], RDF.type, DG.Place) not in places   # a territory now: state:hkg


# ---------------------------------------------------------------------------
# "St." for "Saint"
# ---------------------------------------------------------------------------

def test_every_saint_name_has_its_st_spellings(states: Graph, places: Graph) -> None:
    checked = 0
    for graph in (states, places):
        for subject, _, label in graph.triples((None, SKOS.prefLabel, None)):
            if label.language != "en" or "Saint " not in str(label):
                continue
            for short in ("St. ", "St "):
                assert (subject, SKOS.altLabel, Literal(str(label).replace("Saint ", short), lang="en")) in graph
            checked += 1
    assert checked >= 6


@pytest.mark.parametrize(("subject", "label"), [
    (STATE.kna, "St. Kitts and Nevis"), (STATE.kna, "St Kitts and Nevis"), (STATE.lca, "St. Lucia"),
    (STATE.vct, "St. Vincent and the Grenadines"), (STATE.vct, "St Vincent and the Grenadines"),
    (PLACE["saint-petersburg"], "St. Petersburg"), (PLACE["saint-johns"], "St John's"),
    (PLACE["saint-georges"], "St. George's"),
])
def test_st_spot_checks(states: Graph, places: Graph, subject: URIRef, label: str) -> None:
    assert (subject, SKOS.altLabel, Literal(label, lang="en")) in states + places


def test_former_states_are_marked(states: Graph) -> None:
    assert str(states.value(STATE.sun, SCHEMA.dissolutionDate)) == "1991-12-26"
    assert (STATE.sun, DG.abbreviation, Literal("СССР", lang="ru")) in states


def test_places_are_located_in_known_states(states: Graph, places: Graph) -> None:
    known = set(states.subjects(RDF.type, DG.State))
    assert [(p, s) for p, s in places.subject_objects(DG.locatedIn) if s not in known] == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_place_has_one_pref_label_per_language(places: Graph, lang: str) -> None:
    wrong = [p for p in places.subjects(RDF.type, DG.Place) if len(pref_labels(places, p, lang)) != 1]
    assert wrong == []


def test_at_least_60_places_besides_capitals(places: Graph) -> None:
    capitals = set(places.subjects(DG.capitalOf, None))
    assert len(set(places.subjects(RDF.type, DG.Place)) - capitals) >= 60


def test_vientiane(places: Graph) -> None:
    assert (PLACE.vientiane, DG.capitalOf, STATE.lao) in places
    assert pref_labels(places, PLACE.vientiane, "bg") == ["Виентян"]
    assert (PLACE.vientiane, SKOS.altLabel, Literal("Вьентян", lang="ru")) in places \
        or pref_labels(places, PLACE.vientiane, "ru") == ["Вьентьян"]
    assert places.value(PLACE.vientiane, DG.wikidata) == Literal("Q9326")


def claims(facts: Graph) -> list[URIRef]:
    return list(facts.subjects(RDF.type, DG.Claim))


def test_facts_are_not_empty(facts: Graph) -> None:
    assert len(claims(facts)) > 200


def test_every_claim_has_a_source(facts: Graph) -> None:
    assert [c for c in claims(facts) if facts.value(c, PROV.wasDerivedFrom) is None] == []


def test_every_claim_has_its_direct_triple(facts: Graph) -> None:
    missing = []
    for claim in claims(facts):
        triple = tuple(facts.value(claim, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        if None in triple or triple not in facts:
            missing.append(claim)
    assert missing == []


def test_claim_dates_are_typed(facts: Graph) -> None:
    allowed = {XSD.date, XSD.gYearMonth, XSD.gYear}
    for prop in (DG.at, DG.start, DG.end):
        assert {o.datatype for o in facts.objects(None, prop)} <= allowed


def test_facts_use_catalog_states(states: Graph, facts: Graph) -> None:
    known = set(states.subjects(RDF.type, DG.State))
    used = {s for c in claims(facts) for s in facts.objects(c, RDF.subject) if str(s).startswith(str(STATE))}
    assert used - known == set()


def test_russia_acceded_to_tac_in_2004(facts: Graph) -> None:
    claim = REFCLAIM["tac-rus-accededTo"]
    assert (STATE.rus, DG.accededTo, AGREEMENT.tac) in facts
    assert facts.value(claim, RDF.subject) == STATE.rus
    assert facts.value(claim, RDF.predicate) == DG.accededTo
    assert facts.value(claim, RDF.object) == AGREEMENT.tac
    assert str(facts.value(claim, DG.at)).startswith("2004")


def test_original_tac_signatories_signed(facts: Graph) -> None:
    assert (STATE.idn, DG.signed, AGREEMENT.tac) in facts
    assert (STATE.idn, DG.accededTo, AGREEMENT.tac) not in facts

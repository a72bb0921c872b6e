from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic, graph_diff
from rdflib.namespace import RDF, SKOS, XSD

from conftest import ID, LEAGUE, MINISTER, RURITANIA, TREATY, make_extraction, sentence, TEXT
from diplograph.errors import OntologyError
from diplograph.models import Article, Claim, Extraction, When
from diplograph.namespaces import DG, PROV
from diplograph.rdfmap import claim_iri, date_literal, extraction_to_graph, label_language

EXPECTED_ONE_CLAIM = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/diplograph/article/test-doc> a dg:Article ;
    dg:docId "test-doc" ; dcterms:language "en" ; dcterms:title "Ministers meet"@en ;
    dg:url <https://example.org/news/1> ; dg:outlet "Example News" ;
    dcterms:date "2024-07-26"^^xsd:date .

<ACTIVITY> a dg:ExtractionActivity ; dg:extractorVersion "9.9" ;
    prov:used <https://w3id.org/diplograph/article/test-doc> .

<CLAIM> a dg:Claim ;
    rdf:subject <https://w3id.org/diplograph/id/state/xru> ;
    rdf:predicate dg:accededTo ;
    rdf:object <https://w3id.org/diplograph/id/agreement/test-treaty-of-lakes> ;
    dg:at "2004"^^xsd:gYear ;
    dg:modality "asserted" ;
    dg:confidence "0.9"^^xsd:decimal ;
    dg:evidenceText "Ruritania acceded to the Treaty of Lakes in 2004" ;
    dg:evidenceStart 88 ; dg:evidenceEnd 136 ;
    prov:wasDerivedFrom <https://w3id.org/diplograph/article/test-doc> ;
    prov:wasGeneratedBy <ACTIVITY> .

<https://w3id.org/diplograph/id/state/xru> dg:accededTo <https://w3id.org/diplograph/id/agreement/test-treaty-of-lakes> ;
    a dg:State ; skos:prefLabel "Ruritania"@en, "Руритания"@und ;
    dg:wikidata "Q1" ; owl:sameAs <http://www.wikidata.org/entity/Q1> .

<https://w3id.org/diplograph/id/agreement/test-treaty-of-lakes> a dg:Agreement ;
    skos:prefLabel "Treaty of Lakes"@en, "Договор за езерата"@und .
"""


def one_claim_extraction() -> Extraction:
    full = make_extraction()
    return Extraction(full.article, [full.claims[0]])


def test_one_claim_maps_to_the_expected_graph() -> None:
    extraction = one_claim_extraction()
    graph = extraction_to_graph(extraction, extractor_version="9.9")
    activity = next(graph.subjects(RDF.type, DG.ExtractionActivity))
    text = EXPECTED_ONE_CLAIM.replace("<CLAIM>", f"<{claim_iri(extraction.claims[0])}>")
    expected = Graph().parse(data=text.replace("<ACTIVITY>", f"<{activity}>"), format="turtle")
    _, only_got, only_expected = graph_diff(graph, expected)
    assert isomorphic(graph, expected), (only_got.serialize(format="nt"), only_expected.serialize(format="nt"))


def test_mapping_is_deterministic(extraction: Extraction) -> None:
    first = extraction_to_graph(extraction, extractor_version="1")
    second = extraction_to_graph(make_extraction(), extractor_version="1")
    assert set(first) == set(second)


def test_evidence_offsets_and_text_agree(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, extractor_version="1")
    for claim in graph.subjects(RDF.type, DG.Claim):
        start, end = int(graph.value(claim, DG.evidenceStart)), int(graph.value(claim, DG.evidenceEnd))
        assert TEXT[start:end] == str(graph.value(claim, DG.evidenceText))


def test_only_asserted_claims_get_a_direct_triple(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, extractor_version="1")
    league, treaty = URIRef(LEAGUE.iri), URIRef(TREATY.iri)
    assert (league, DG.signed, treaty) not in graph
    negated = [c for c in graph.subjects(DG.modality, Literal("negated"))]
    assert len(negated) == 1 and graph.value(negated[0], RDF.predicate) == DG.signed
    assert (URIRef(RURITANIA.iri), DG.partnerOf, URIRef(LEAGUE.iri)) in graph


def test_role_and_dates_are_typed(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, extractor_version="1")
    official = next(c for c in graph.subjects(RDF.predicate, DG.officialOf))
    assert graph.value(official, DG.role) == Literal("foreign minister")
    assert graph.value(official, RDF.subject) == URIRef(MINISTER.iri)
    located = next(c for c in graph.subjects(RDF.predicate, DG.locatedIn))
    assert graph.value(located, DG.at) == Literal("2024-07-26", datatype=XSD.date)


def test_claim_iri_is_stable_and_depends_on_evidence(extraction: Extraction) -> None:
    claim = extraction.claims[0]
    moved = Claim(claim.doc, claim.subject, claim.relation, claim.object, sentence(TEXT, "Ruritania"), claim.when)
    assert claim_iri(claim) == claim_iri(make_extraction().claims[0])
    assert claim_iri(claim) != claim_iri(moved)
    assert str(claim_iri(claim)).startswith("https://w3id.org/diplograph/claim/")


def test_repeated_claims_are_stored_once(extraction: Extraction) -> None:
    doubled = Extraction(extraction.article, extraction.claims + extraction.claims)
    graph = extraction_to_graph(doubled, extractor_version="1")
    assert len(list(graph.subjects(RDF.type, DG.Claim))) == len(extraction.claims)


def test_catalog_entities_are_not_described_again() -> None:
    catalog_entity = RURITANIA.__class__(ID + "state/rus", "Russia", "State", in_catalog=True)
    base = make_extraction()
    claim = Claim(base.article.doc, catalog_entity, "partnerOf", LEAGUE, base.claims[1].evidence)
    graph = extraction_to_graph(Extraction(base.article, [claim]), extractor_version="1")
    assert (URIRef(catalog_entity.iri), RDF.type, DG.State) not in graph
    assert (URIRef(LEAGUE.iri), RDF.type, DG.Organization) in graph


def test_new_entity_labels_are_tagged_by_article_language() -> None:
    base = make_extraction(lang="bg")
    graph = extraction_to_graph(base, extractor_version="1")
    labels = set(graph.objects(URIRef(RURITANIA.iri), SKOS.prefLabel))
    assert labels == {Literal("Ruritania", lang="en"), Literal("Руритания", lang="bg")}
    assert set(graph.objects(URIRef(LEAGUE.iri), SKOS.altLabel)) == {Literal("NL", lang="en")}


@pytest.mark.parametrize(("name", "article_lang", "tag"), [
    ("Русия", "bg", "bg"), ("Россия", "ru", "ru"), ("Russia", "bg", "en"), ("Russia", "en", "en"),
    ("Россия", "en", "und"), ("2024", "ru", "ru"),
])
def test_label_language(name: str, article_lang: str, tag: str) -> None:
    assert label_language(name, article_lang) == tag


@pytest.mark.parametrize(("value", "datatype"), [
    ("2004", XSD.gYear), ("2004-11", XSD.gYearMonth), ("2004-11-29", XSD.date),
])
def test_dates_are_typed_by_precision(value: str, datatype: URIRef) -> None:
    assert date_literal(value) == Literal(value, datatype=datatype)


@pytest.mark.parametrize("value", ["29.11.2004", "2004/11", "", "November 2004"])
def test_bad_dates_are_refused(value: str) -> None:
    with pytest.raises(OntologyError, match="is not YYYY, YYYY-MM or YYYY-MM-DD"):
        date_literal(value)


def test_a_bad_relation_name_is_refused(extraction: Extraction) -> None:
    claim = extraction.claims[0]
    bad = Claim(claim.doc, claim.subject, "member of", claim.object, claim.evidence)
    with pytest.raises(OntologyError, match="relation 'member of' is not a valid relation name"):
        extraction_to_graph(Extraction(extraction.article, [bad]), extractor_version="1")


def test_an_article_without_metadata_still_maps() -> None:
    article = Article(doc="bare", text="x", lang="ru", date="около 2004")
    graph = extraction_to_graph(Extraction(article, []), extractor_version="1")
    node = URIRef("https://w3id.org/diplograph/article/bare")
    assert (node, RDF.type, DG.Article) in graph
    assert graph.value(node, URIRef("http://purl.org/dc/terms/date")) is None
    assert len(list(graph.subjects(PROV.used, node))) == 1


def test_when_fields_map_to_start_and_end(extraction: Extraction) -> None:
    claim = extraction.claims[1]
    spanned = Claim(claim.doc, claim.subject, claim.relation, claim.object, claim.evidence,
                    When(start="2021", end="2025-12"))
    graph = extraction_to_graph(Extraction(extraction.article, [spanned]), extractor_version="1")
    node = claim_iri(spanned)
    assert graph.value(node, DG.start) == Literal("2021", datatype=XSD.gYear)
    assert graph.value(node, DG.end) == Literal("2025-12", datatype=XSD.gYearMonth)
    assert graph.value(node, DG.at) is None

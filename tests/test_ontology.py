"""The ontology (ontology/diplograph.ttl) and its SHACL shapes (ontology/shapes.ttl).

Checks that the ontology covers the claims contract (shared/contract/relations.tsv):
one labelled object property per relation with the contract's domain and range, one
class per entity type; and that the shapes accept a well-formed claim graph and reject
broken ones with a message that names the problem.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "diplograph.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
RELATIONS_TSV = ROOT.parent / "shared" / "contract" / "relations.tsv"

DG = Namespace("https://w3id.org/diplograph/ontology#")
DGSH = Namespace("https://w3id.org/diplograph/shapes#")
ONTOLOGY_IRI = URIRef("https://w3id.org/diplograph/ontology")
LANGUAGES = ("en", "bg", "ru")
ENTITY_TYPES = ("State", "Organization", "Agreement", "Person", "Event", "Place", "Initiative", "Position")


def read_relations() -> list[dict[str, str]]:
    """The contract's relation rows, or [] when the shared folder is not beside the repository."""
    if not RELATIONS_TSV.is_file():
        return []
    with RELATIONS_TSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


RELATIONS = read_relations()
RELATION_IDS = [r["relation"] for r in RELATIONS]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def class_set(graph: Graph, node) -> set[str]:
    """Local names of a named class or of the members of an owl:unionOf class."""
    if isinstance(node, URIRef):
        return {node.removeprefix(str(DG))}
    members = graph.value(node, OWL.unionOf)
    assert members is not None, f"{node} is neither a named class nor a union"
    return {m.removeprefix(str(DG)) for m in Collection(graph, members)}


def literals_by_language(graph: Graph, subject, predicate) -> dict[str | None, list[str]]:
    out: dict[str | None, list[str]] = {}
    for value in graph.objects(subject, predicate):
        assert isinstance(value, Literal)
        out.setdefault(value.language, []).append(str(value))
    return out


# ---------------------------------------------------------------------------
# The ontology
# ---------------------------------------------------------------------------

def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.creator) == Literal("diplograph")
    assert set(literals_by_language(ontology, ONTOLOGY_IRI, DCTERMS.title)) >= set(LANGUAGES)


def test_contract_is_readable() -> None:
    if not RELATIONS:
        pytest.skip(f"{RELATIONS_TSV} not found")
    assert len(RELATIONS) == 16
    assert {"relation", "domain", "range"} <= set(RELATIONS[0])


@pytest.mark.parametrize("name", RELATION_IDS)
def test_relation_is_labelled_object_property(ontology: Graph, name: str) -> None:
    prop = DG[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology, f"dg:{name} is not an owl:ObjectProperty"
    assert ontology.value(prop, RDFS.domain) is not None, f"dg:{name} has no rdfs:domain"
    assert ontology.value(prop, RDFS.range) is not None, f"dg:{name} has no rdfs:range"
    for predicate in (RDFS.label, RDFS.comment):
        languages = literals_by_language(ontology, prop, predicate)
        assert set(languages) >= set(LANGUAGES), f"dg:{name} {predicate} lacks a language"


@pytest.mark.parametrize("row", RELATIONS, ids=RELATION_IDS)
def test_relation_domain_and_range_follow_contract(ontology: Graph, row: dict[str, str]) -> None:
    prop = DG[row["relation"]]
    assert class_set(ontology, ontology.value(prop, RDFS.domain)) == set(row["domain"].split("|"))
    assert class_set(ontology, ontology.value(prop, RDFS.range)) == set(row["range"].split("|"))


def test_partner_of_is_symmetric(ontology: Graph) -> None:
    assert (DG.partnerOf, RDF.type, OWL.SymmetricProperty) in ontology


@pytest.mark.parametrize("name", ENTITY_TYPES)
def test_entity_type_has_class(ontology: Graph, name: str) -> None:
    assert (DG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", ["State", "Organization", "Person"])
def test_actors(ontology: Graph, name: str) -> None:
    assert (DG[name], RDFS.subClassOf, DG.Actor) in ontology


def test_a_territory_is_a_state_of_a_sovereign_state(ontology: Graph) -> None:
    assert (DG.Territory, RDFS.subClassOf, DG.State) in ontology
    assert ontology.value(DG.territoryOf, RDFS.domain) == DG.Territory
    assert ontology.value(DG.territoryOf, RDFS.range) == DG.State
    assert (DG.territoryOf, RDF.type, OWL.FunctionalProperty) in ontology


def test_provenance_alignment(ontology: Graph) -> None:
    assert (DG.Claim, RDFS.subClassOf, RDF.Statement) in ontology
    assert (DG.Claim, RDFS.subClassOf, PROV.Entity) in ontology
    assert (DG.Article, RDFS.subClassOf, PROV.Entity) in ontology
    assert (DG.ExtractionActivity, RDFS.subClassOf, PROV.Activity) in ontology


def declared_terms(ontology: Graph) -> set[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDFS.Datatype)
    return {s for kind in kinds for s in ontology.subjects(RDF.type, kind)
            if isinstance(s, URIRef) and s.startswith(str(DG))}


def test_every_term_has_labels_and_comments_in_three_languages(ontology: Graph) -> None:
    terms = declared_terms(ontology)
    assert len(terms) > 40
    missing = [f"{term.removeprefix(str(DG))} {predicate.fragment}@{lang}"
               for term in sorted(terms) for predicate in (RDFS.label, RDFS.comment)
               for lang in LANGUAGES if lang not in literals_by_language(ontology, term, predicate)]
    assert missing == []


def test_terms_used_by_the_data_are_declared(ontology: Graph) -> None:
    used = ("wikidata abbreviation demonym familyName capitalOf holds role officeOf start end at "
            "signedDate inForceDate proposedBy confidence evidenceText evidenceStart evidenceEnd "
            "modality reportedBy extractorVersion docId language outlet url mentionCount territoryOf Territory").split()
    assert {u for u in used if DG[u] not in declared_terms(ontology)} == set()


def test_terms_used_by_shapes_are_declared(ontology: Graph, shapes: Graph) -> None:
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(str(DG))}
    assert used - declared_terms(ontology) == set()


# ---------------------------------------------------------------------------
# The shapes follow the contract
# ---------------------------------------------------------------------------

def test_claim_predicates_are_the_contract_relations(shapes: Graph) -> None:
    if not RELATIONS:
        pytest.skip(f"{RELATIONS_TSV} not found")
    allowed = Collection(shapes, shapes.value(DGSH.ClaimPredicate, SH["in"]))
    assert {p.removeprefix(str(DG)) for p in allowed} == set(RELATION_IDS)


def shape_classes(shapes: Graph, target, name: str) -> set[str]:
    """Classes a domain/range shape accepts for the subjects or objects of dg:name."""
    found = set()
    for shape in shapes.subjects(target, DG[name]):
        found |= {c.removeprefix(str(DG)) for c in shapes.objects(shape, SH["class"])}
        for alternatives in shapes.objects(shape, SH["or"]):
            for alt in Collection(shapes, alternatives):
                found |= {c.removeprefix(str(DG)) for c in shapes.objects(alt, SH["class"])}
    return found


@pytest.mark.parametrize("row", RELATIONS, ids=RELATION_IDS)
def test_domain_and_range_shapes_follow_contract(shapes: Graph, row: dict[str, str]) -> None:
    name = row["relation"]
    assert shape_classes(shapes, SH.targetSubjectsOf, name) == set(row["domain"].split("|"))
    assert shape_classes(shapes, SH.targetObjectsOf, name) == set(row["range"].split("|"))


# ---------------------------------------------------------------------------
# Validation of claim graphs
# ---------------------------------------------------------------------------

VALID = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix state: <https://w3id.org/diplograph/id/state/> .
@prefix org: <https://w3id.org/diplograph/id/org/> .
@prefix agreement: <https://w3id.org/diplograph/id/agreement/> .
@prefix person: <https://w3id.org/diplograph/id/person/> .
@prefix place: <https://w3id.org/diplograph/id/place/> .
@prefix event: <https://w3id.org/diplograph/id/event/> .
@prefix claim: <https://w3id.org/diplograph/claim/> .
@prefix article: <https://w3id.org/diplograph/article/> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

state:rus a dg:State ;
    skos:prefLabel "Russia"@en , "Русия"@bg , "Россия"@ru ;
    skos:altLabel "Russian Federation"@en , "Руската федерация"@bg ;
    dg:abbreviation "РФ"@ru ;
    dg:demonym "Russian"@en , "руски"@bg ;
    dg:wikidata "Q159" ; owl:sameAs wd:Q159 .
org:asean a dg:Organization ;
    skos:prefLabel "Association of Southeast Asian Nations"@en , "АСЕАН"@bg ;
    dg:abbreviation "ASEAN"@en ;
    dg:locatedIn place:jakarta .
agreement:tac a dg:Agreement ;
    skos:prefLabel "Treaty of Amity and Cooperation in Southeast Asia"@en ;
    dg:signedDate "1976-02-24"^^xsd:date .
person:sergey-lavrov a dg:Person ;
    skos:prefLabel "Sergey Lavrov"@en , "Сергей Лавров"@bg ;
    dg:familyName "Lavrov"@en ;
    dg:holds [ a dg:Tenure ; dg:role "foreign minister" ; dg:officeOf state:rus ;
               dg:start "2004-03-09"^^xsd:date ] .
place:jakarta a dg:Place ; skos:prefLabel "Jakarta"@en .
state:grl a dg:State , dg:Territory ; skos:prefLabel "Greenland"@en ; dg:territoryOf state:dnk .
state:dnk a dg:State ; skos:prefLabel "Denmark"@en .
place:vientiane a dg:Place ; skos:prefLabel "Vientiane"@en .
event:meeting a dg:Event ; skos:prefLabel "Russia-ASEAN Foreign Ministers' Meeting 2024"@en .

state:rus dg:accededTo agreement:tac ; dg:partnerOf org:asean .
event:meeting dg:locatedIn place:vientiane .
person:sergey-lavrov dg:participatedIn event:meeting ; dg:officialOf state:rus .

<https://w3id.org/diplograph/claim/ref/tac-rus-accededTo> a dg:Claim ;
    rdf:subject state:rus ; rdf:predicate dg:accededTo ; rdf:object agreement:tac ;
    dg:at "2004-11-29"^^xsd:date ;
    prov:wasDerivedFrom <https://example.org/tac-parties> ;
    rdfs:comment "From the table of parties." .

claim:c1 a dg:Claim ;
    rdf:subject state:rus ; rdf:predicate dg:accededTo ; rdf:object agreement:tac ;
    dg:at "2004"^^xsd:gYear ;
    dg:confidence 0.9 ; dg:modality "asserted" ;
    dg:evidenceText "присъединяването на Русия" ; dg:evidenceStart 10 ; dg:evidenceEnd 35 ;
    prov:wasDerivedFrom article:doc1 ;
    prov:wasGeneratedBy [ a dg:ExtractionActivity ; dg:extractorVersion "0.1.0" ] .

claim:c2 a dg:Claim ;
    rdf:subject person:sergey-lavrov ; rdf:predicate dg:officialOf ; rdf:object state:rus ;
    dg:role "foreign minister" ; dg:start "2004-03"^^xsd:gYearMonth ;
    dg:confidence 0.75 ; dg:modality "reported" ; dg:reportedBy org:asean ;
    prov:wasDerivedFrom article:doc1 .

claim:c3 a dg:Claim ;
    rdf:subject event:meeting ; rdf:predicate dg:locatedIn ; rdf:object place:vientiane ;
    dg:at "2024-07-26"^^xsd:date ; dg:confidence 0.8 ; dg:modality "asserted" ;
    dg:evidenceText "Виентян" ; dg:evidenceStart 0 ; dg:evidenceEnd 7 ;
    prov:wasDerivedFrom article:doc1 .

article:doc1 a dg:Article ;
    dg:docId "doc1" ; dcterms:title "АСЕАН – ключов партньор" ; dg:url <https://example.org/asean> ;
    dg:outlet "Example" ; dcterms:date "2024-07-26"^^xsd:date ; dcterms:language "bg" .
"""

# (id, text in VALID, its replacement, expected sh:resultPath or None, words of the expected message)
BROKEN = [
    ("missing-subject", 'claim:c1 a dg:Claim ;\n    rdf:subject state:rus ;', "claim:c1 a dg:Claim ;",
     RDF.subject, "rdf:subject"),
    ("confidence-1.5", "dg:confidence 0.9", "dg:confidence 1.5", DG.confidence, "between 0 and 1"),
    ("modality-maybe", 'dg:confidence 0.9 ; dg:modality "asserted"', 'dg:confidence 0.9 ; dg:modality "maybe"',
     DG.modality, "dg:modality"),
    ("gyear-as-string", '"2004"^^xsd:gYear', '"2004"', DG.at, "xsd:gYear"),
    ("evidence-start-after-end", "dg:evidenceStart 10 ; dg:evidenceEnd 35",
     "dg:evidenceStart 40 ; dg:evidenceEnd 15", DG.evidenceStart, "not greater than dg:evidenceEnd"),
    ("article-without-docid", 'dg:docId "doc1" ;', "", DG.docId, "dg:docId"),
    ("negative-offset", "dg:evidenceStart 0 ; dg:evidenceEnd 7", "dg:evidenceStart -7 ; dg:evidenceEnd 0",
     DG.evidenceStart, "non-negative"),
    ("evidence-length", "dg:evidenceEnd 35", "dg:evidenceEnd 36", None, "exactly that slice"),
    ("evidence-partial", "dg:evidenceStart 0 ; dg:evidenceEnd 7", "dg:evidenceStart 0", None, "comes whole"),
    ("unknown-relation", "rdf:predicate dg:officialOf", "rdf:predicate dg:friendOf", RDF.predicate,
     "contract relations"),
    ("two-dates", 'dg:at "2004"^^xsd:gYear', 'dg:at "2004"^^xsd:gYear , "2005"^^xsd:gYear', DG.at, "at most one"),
    ("no-source", "prov:wasDerivedFrom <https://example.org/tac-parties> ;", "", PROV.wasDerivedFrom,
     "source"),
    ("article-language", 'dcterms:language "bg"', 'dcterms:language "de"', DCTERMS.language, '"bg"'),
    ("article-no-language", ' ; dcterms:language "bg"', "", None, "language"),
    ("two-english-labels", '"Jakarta"@en', '"Jakarta"@en , "Djakarta"@en', SKOS.prefLabel, "English"),
    ("no-label", 'skos:prefLabel "Vientiane"@en', 'rdfs:label "Vientiane"@en', SKOS.prefLabel, "prefLabel"),
    ("bad-qid", 'dg:wikidata "Q159"', 'dg:wikidata "159"', DG.wikidata, "Q[0-9]+"),
    ("sameas-mismatch", "owl:sameAs wd:Q159", "owl:sameAs wd:Q160", None, "disagrees with dg:wikidata"),
    ("tenure-without-role", 'dg:role "foreign minister" ; dg:officeOf', "dg:officeOf", DG.role, "dg:role"),
    ("member-of-agreement", "dg:partnerOf org:asean", "dg:memberOf agreement:tac", None,
     "object of dg:memberOf"),
    ("official-not-person", "person:sergey-lavrov dg:participatedIn event:meeting ; dg:officialOf state:rus",
     "person:sergey-lavrov dg:participatedIn event:meeting . state:rus dg:officialOf state:rus",
     None, "subject of dg:officialOf"),
    ("reporter-not-actor", "dg:reportedBy org:asean", "dg:reportedBy agreement:tac", DG.reportedBy, "actor"),
    ("territory-not-typed-state", "state:grl a dg:State , dg:Territory", "state:grl a dg:Territory", None,
     "typed both dg:Territory and dg:State"),
    ("sovereign-without-territory-type", 'state:dnk a dg:State ; skos:prefLabel "Denmark"@en .',
     'state:dnk a dg:State ; skos:prefLabel "Denmark"@en ; dg:territoryOf state:rus .', None,
     "only a territory has dg:territoryOf"),
    ("territory-of-a-territory", "dg:territoryOf state:dnk", "dg:territoryOf state:grl", DG.territoryOf,
     "not itself a dg:Territory"),
    ("two-sovereigns", "dg:territoryOf state:dnk", "dg:territoryOf state:dnk , state:rus", DG.territoryOf,
     "at most one dg:territoryOf"),
]


def check(data: str, shapes: Graph) -> tuple[bool, list[tuple[str, str]]]:
    """Validate Turtle text; return conformance and (result path, message) pairs."""
    graph = Graph().parse(data=data, format="turtle")
    conforms, report, _ = validate(graph, shacl_graph=shapes)
    results = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        messages = " | ".join(str(m) for m in report.objects(result, SH.resultMessage))
        results.append(("" if path is None else str(path), messages))
    return bool(conforms), results


def test_valid_graph_conforms(shapes: Graph) -> None:
    conforms, results = check(VALID, shapes)
    assert conforms, results


def test_valid_graph_conforms_with_the_ontology_and_rdfs_inference(ontology: Graph, shapes: Graph) -> None:
    graph = Graph().parse(data=VALID, format="turtle")
    conforms, _, text = validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, text


def test_reference_fact_needs_no_evidence(shapes: Graph) -> None:
    head = VALID.split("state:rus a dg:State")[0]
    claim = """
        state:rus a dg:State ; skos:prefLabel "Russia"@en .
        agreement:tac a dg:Agreement ; skos:prefLabel "TAC"@en .
        <https://w3id.org/diplograph/claim/ref/x> a dg:Claim ;
            rdf:subject state:rus ; rdf:predicate dg:accededTo ; rdf:object agreement:tac ;
            dg:at "2004-11-29"^^xsd:date ; prov:wasDerivedFrom <https://example.org/table> ;
            rdfs:comment "note" ."""
    conforms, results = check(head + claim, shapes)
    assert conforms, results


@pytest.mark.parametrize("old, new, path, words", [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_broken_graph_is_reported(shapes: Graph, old: str, new: str, path: URIRef | None, words: str) -> None:
    assert VALID.count(old) == 1, f"fixture text not unique: {old!r}"
    conforms, results = check(VALID.replace(old, new), shapes)
    assert not conforms
    matching = [(p, m) for p, m in results if words in m and (path is None or p == str(path))]
    assert matching, results

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from conftest import LEAGUE, MINISTER, RURITANIA, TREATY, make_extraction
from diplograph.errors import QueryError
from diplograph.query import list_queries, load_query, resolve_entity, run_query
from diplograph.rdfmap import extraction_to_graph
from diplograph.results import cell_text, compact_iri, format_result
from diplograph.sparql import bind_values, where_brace
from diplograph.store import Store, open_store

LIBRARY = ("accessions", "meetings", "partners")


@pytest.fixture
def filled(any_store: Store) -> Store:
    any_store.replace_article("test-doc", extraction_to_graph(make_extraction(), extractor_version="1"))
    return any_store


# -- the library ---------------------------------------------------------------------

def test_the_library_holds_the_three_queries() -> None:
    assert set(LIBRARY) <= set(list_queries())


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_every_query_documents_itself(name: str) -> None:
    spec = load_query(name)
    assert spec.text.startswith("# Question: ") and spec.question
    assert spec.example.startswith(f"diplograph query {name}")
    for parameter in spec.parameters:
        assert parameter.description
        assert f"{parameter.name}=" in spec.example or not parameter.required


def test_declared_parameters_are_parsed() -> None:
    (treaty,) = load_query("accessions").parameters
    assert (treaty.name, treaty.kind, treaty.required, treaty.entity_types) == ("treaty", "Agreement", True,
                                                                                ("Agreement",))
    actor, year = load_query("meetings").parameters
    assert not actor.required and actor.entity_types == ("State", "Organization", "Person")
    assert (year.name, year.kind, year.required, year.entity_types) == ("year", "year", False, None)


# -- answers on both engines ---------------------------------------------------------------

def test_accessions_lists_parties_with_dates_and_sources(filled: Store) -> None:
    rows = list(run_query(filled, "accessions", treaty="Treaty of Lakes"))
    assert len(rows) == 1          # the negated signature is left out
    row = rows[0].asdict()
    assert (str(row["party"]), str(row["relation"]), str(row["date"]), str(row["doc"])) == (
        "Ruritania", "accededTo", "2004", "test-doc")
    assert row["url"] == URIRef("https://example.org/news/1") and row["partyIri"] == URIRef(RURITANIA.iri)


def test_partners_are_found_in_both_directions(filled: Store) -> None:
    of_league = [r.asdict() for r in run_query(filled, "partners", actor="Northern League")]
    of_ruritania = [r.asdict() for r in run_query(filled, "partners", actor="ruritania")]
    assert [str(r["partner"]) for r in of_league] == ["Ruritania"]
    assert [str(r["partner"]) for r in of_ruritania] == ["Northern League"]
    assert str(of_league[0]["source"]) == "test-doc"


def test_meetings_give_date_place_participants_and_source(filled: Store) -> None:
    (row,) = [r.asdict() for r in run_query(filled, "meetings")]
    assert str(row["meeting"]) == "Vientiane ministerial meeting"
    assert str(row["date"]) == "2024-07-26" and str(row["place"]) == "Lakeside"
    assert set(str(row["participants"]).split("; ")) == {"Ivan Petrov", "Ruritania"}
    assert str(row["sources"]) == "test-doc"


def test_meetings_filter_by_participant(filled: Store) -> None:
    assert len(list(run_query(filled, "meetings", actor="Ivan Petrov"))) == 1
    assert list(run_query(filled, "meetings", actor="Northern League")) == []


def test_a_query_file_runs_by_path(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "count.rq"
    path.write_text("# Question: How many claims?\n"
                    "SELECT (COUNT(?c) AS ?n) WHERE { ?c <http://www.w3.org/ns/prov#wasDerivedFrom> "
                    "<https://w3id.org/diplograph/article/test-doc> }\n")
    assert int(next(iter(run_query(filled, str(path))))[0]) == 7


# -- parameters -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Treaty of Lakes", "treaty of lakes", "  Treaty   of Lakes ", "Договор за езерата",
                                  TREATY.iri, "agreement:test-treaty-of-lakes"])
def test_entities_resolve_by_any_label_iri_or_prefixed_name(filled: Store, name: str) -> None:
    assert resolve_entity(filled, name) == URIRef(TREATY.iri)


def test_resolution_respects_the_allowed_types(filled: Store) -> None:
    assert resolve_entity(filled, "NL", types=("Organization",)) == URIRef(LEAGUE.iri)
    with pytest.raises(QueryError, match="^no State is named 'NL' in the catalog or the stored articles.$"):
        resolve_entity(filled, "NL", types=("State",))


def test_catalog_labels_resolve(memory_store: Store) -> None:
    assert resolve_entity(memory_store, "Treaty of Amity and Cooperation in Southeast Asia") == \
        URIRef("https://w3id.org/diplograph/id/agreement/tac")
    assert resolve_entity(memory_store, "ASEAN") == URIRef("https://w3id.org/diplograph/id/org/asean")
    assert resolve_entity(memory_store, "асеан") == URIRef("https://w3id.org/diplograph/id/org/asean")


@pytest.mark.parametrize("backend", ["memory", "rdflib"])
def test_catalog_labels_outrank_article_labels_whatever_their_case_and_spacing(backend: str) -> None:
    with open_store(backend=backend) as store:
        store.update('PREFIX skos: <http://www.w3.org/2004/02/skos/core#> '
                     'PREFIX dg: <https://w3id.org/diplograph/ontology#> '
                     'INSERT DATA { GRAPH <https://w3id.org/diplograph/graph/article/x> {'
                     ' <urn:finland-club> a dg:Organization ; skos:prefLabel "FINLAND"@en .'
                     ' <urn:atlantis> a dg:Place ; skos:altLabel "Lost   City of\\tAtlantis" . } }')
        assert resolve_entity(store, "finland") == URIRef("https://w3id.org/diplograph/id/state/fin")
        # the catalog's Finland is a State: for an Organization the article's label is the one
        assert resolve_entity(store, "Finland", types=("Organization",)) == URIRef("urn:finland-club")
        assert resolve_entity(store, "lost city of ATLANTIS") == URIRef("urn:atlantis")
        with pytest.raises(QueryError, match="^no entity is named 'City of Atlantis'"):
            resolve_entity(store, "City of Atlantis")


def test_an_ambiguous_name_is_refused(filled: Store) -> None:
    filled.update('INSERT DATA { GRAPH <https://w3id.org/diplograph/graph/article/x> {'
                  ' <urn:a> <http://www.w3.org/2004/02/skos/core#prefLabel> "Twin"@en .'
                  ' <urn:b> <http://www.w3.org/2004/02/skos/core#prefLabel> "twin"@en . } }')
    with pytest.raises(QueryError, match="^'Twin' names several entities \\(urn:a, urn:b\\); pass one IRI instead.$"):
        resolve_entity(filled, "Twin")


def test_an_unknown_query_is_named(memory_store: Store) -> None:
    with pytest.raises(QueryError, match="^unknown query 'acessions'; known queries: .*accessions"):
        run_query(memory_store, "acessions")


def test_a_missing_query_file_is_named(memory_store: Store) -> None:
    with pytest.raises(QueryError, match="^query file nowhere/q.rq not found.$"):
        run_query(memory_store, "nowhere/q.rq")


def test_an_unknown_parameter_is_named(memory_store: Store) -> None:
    with pytest.raises(QueryError, match="^query 'accessions' has no parameter 'treat'; it takes: treaty.$"):
        run_query(memory_store, "accessions", treat="TAC")


def test_a_required_parameter_must_be_given(memory_store: Store) -> None:
    with pytest.raises(QueryError, match="^query 'accessions' needs --param treaty="):
        run_query(memory_store, "accessions")


def test_unknown_entities_are_reported(filled: Store) -> None:
    with pytest.raises(QueryError, match="^no Agreement is named 'Treaty of Nowhere'"):
        run_query(filled, "accessions", treaty="Treaty of Nowhere")


def test_parameter_values_cannot_inject_sparql(filled: Store) -> None:
    hostile = 'x" } } ; DROP ALL ; SELECT * { ?s ?p "'
    with pytest.raises(QueryError, match="^no Agreement is named"):
        run_query(filled, "accessions", treaty=hostile)
    assert filled.articles() == ["test-doc"]


# -- VALUES binding ----------------------------------------------------------------------------

def test_values_open_the_where_clause() -> None:
    query = 'SELECT ?x WHERE { ?x ?p "{not this}" }'
    bound = bind_values(query, {"p": URIRef("urn:p"), "n": Literal('say "hi"')})
    assert bound == 'SELECT ?x WHERE { VALUES (?p ?n) { (<urn:p> "say \\"hi\\"") }  ?x ?p "{not this}" }'


@pytest.mark.parametrize("query", [
    "# a { in a comment\nSELECT * WHERE { ?s ?p ?o }",
    "PREFIX x: <urn:{odd}>\nSELECT * WHERE { ?s ?p ?o }",
    "SELECT * { ?s ?p ?o }",
    "ASK WHERE\n  { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_the_where_brace_is_found(query: str) -> None:
    assert query[where_brace(query):].startswith("{ ?s ?p ?o }")


def test_values_go_to_the_first_where_so_a_subquery_can_take_them() -> None:
    query = "SELECT ?x ?label { { SELECT ?x WHERE { ?x ?p ?o } } OPTIONAL { ?x ?q ?label } }"
    bound = bind_values(query, {"p": URIRef("urn:p")})
    assert bound == "SELECT ?x ?label { { SELECT ?x WHERE { VALUES (?p) { (<urn:p>) }  ?x ?p ?o } } OPTIONAL { ?x ?q ?label } }"


def test_bad_bindings_are_refused() -> None:
    with pytest.raises(QueryError, match="is not a valid SPARQL variable name"):
        bind_values("SELECT * { ?s ?p ?o }", {"bad name": Literal("x")})
    with pytest.raises(QueryError, match="is not a valid IRI"):
        bind_values("SELECT * { ?s ?p ?o }", {"s": URIRef("urn:a b>")})


# -- formatting --------------------------------------------------------------------------------

def test_table_output_is_aligned_and_compact(filled: Store) -> None:
    text = format_result(run_query(filled, "accessions", treaty="Treaty of Lakes"), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["party", "relation", "date", "doc", "title", "url", "partyIri"]
    assert lines[2].startswith("Ruritania  accededTo  2004  test-doc  Ministers meet  https://example.org/news/1")
    assert lines[2].endswith("state:xru") and lines[-1] == "(1 row)"


def test_csv_and_json_use_the_w3c_formats(filled: Store) -> None:
    as_csv = list(csv.DictReader(io.StringIO(format_result(run_query(filled, "partners", actor="NL"), "csv"))))
    assert as_csv[0]["partner"] == "Ruritania" and as_csv[0]["partnerIri"] == RURITANIA.iri
    as_json = json.loads(format_result(run_query(filled, "meetings"), "json"))
    assert as_json["head"]["vars"][:3] == ["meeting", "date", "place"]
    assert as_json["results"]["bindings"][0]["place"]["value"] == "Lakeside"


def test_ask_and_unknown_formats(filled: Store) -> None:
    assert format_result(filled.query("ASK { ?s a dg:Claim }"), "table") == "yes"
    with pytest.raises(QueryError, match="^unknown result format 'xml'; known formats: table, csv, json.$"):
        format_result(filled.query("ASK { ?s a dg:Claim }"), "xml")
    with pytest.raises(QueryError, match="^CSV output needs a SELECT query"):
        format_result(filled.query("ASK { ?s a dg:Claim }"), "csv")


def test_cells_and_iris_are_shown_compactly() -> None:
    assert compact_iri(MINISTER.iri) == "person:test-ivan-petrov"
    assert compact_iri("urn:x") == "urn:x"
    assert cell_text(Literal("two\n lines")) == "two lines" and cell_text(None) == ""

"""The query library: every query parses, documents itself and answers a small corpus right.

The corpus is two hand-made articles about fictional actors (so the answers do not
depend on graph/*.ttl) plus reference facts added to the catalog graph; the same
checks run on both engines (rdflib's, through the memory backend, and Oxigraph).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD

from diplograph.errors import QueryError
from diplograph.models import Article, Claim, Entity, Evidence, Extraction, When
from diplograph.namespaces import CATALOG_GRAPH, DG
from diplograph.query import list_queries, load_query, run_query
from diplograph.rdfmap import extraction_to_graph
from diplograph.store import Store, open_store

ID = "https://w3id.org/diplograph/id/"
REFERENCE_URL = URIRef("https://example.org/reference/table.csv")

RURITANIA = Entity(ID + "state/xru", "Ruritania", "State", labels=("Руритания",), in_catalog=False)
FREEDONIA = Entity(ID + "state/xfr", "Freedonia", "State", labels=("Фридония",), in_catalog=False)
SYLVANIA = Entity(ID + "state/xsy", "Sylvania", "State", in_catalog=True)
LEAGUE = Entity(ID + "org/test-northern-league", "Northern League", "Organization", labels=("NL",),
                in_catalog=False)
TREATY = Entity(ID + "agreement/test-treaty-of-lakes", "Treaty of Lakes", "Agreement",
                labels=("Договор за езерата",), in_catalog=False)
DECLARATION = Entity(ID + "agreement/test-lakes-declaration", "Lakes Declaration", "Agreement", in_catalog=False)
MEETING = Entity(ID + "event/test-vientiane-2024", "Lakeside ministerial meeting", "Event", in_catalog=False)
CITY = Entity(ID + "place/test-lakeside", "Lakeside", "Place", in_catalog=False)
MINISTER = Entity(ID + "person/test-ivan-petrov", "Ivan Petrov", "Person", labels=("Иван Петров",),
                  in_catalog=False)

TEXT_A = ("On 26 July in Lakeside the foreign ministers of Ruritania and the Northern League met. "
          "Ruritania acceded to the Treaty of Lakes in 2004. Ruritania and the Northern League are partners. "
          "The League never signed the treaty.")
TEXT_B = ("Ruritania joined the Northern League in 2010 and Freedonia in 2015; Freedonia left it in 2023. "
          "The meeting in Lakeside adopted the Lakes Declaration. Ruritania and the League are partners.")


def _evidence(text: str, fragment: str) -> Evidence:
    start = text.index(fragment)
    return Evidence(fragment, start, start + len(fragment))


def article_a() -> Extraction:
    doc, text = "a-2024", TEXT_A
    met, acceded, partners = (_evidence(text, s) for s in (
        "On 26 July in Lakeside the foreign ministers of Ruritania and the Northern League met",
        "Ruritania acceded to the Treaty of Lakes in 2004", "Ruritania and the Northern League are partners"))
    article = Article(doc=doc, text=text, lang="en", date="2024-07-26", title="Ministers meet",
                      url="https://example.org/news/a", outlet="Example News", source=f"{doc}.txt")
    return Extraction(article, [
        Claim(doc, RURITANIA, "accededTo", TREATY, acceded, When(at="2004"), confidence=0.9),
        Claim(doc, RURITANIA, "partnerOf", LEAGUE, partners),
        Claim(doc, MEETING, "locatedIn", CITY, met, When(at="2024-07-26")),
        Claim(doc, MINISTER, "participatedIn", MEETING, met),
        Claim(doc, RURITANIA, "participatedIn", MEETING, met),
        Claim(doc, MINISTER, "officialOf", RURITANIA, met, role="foreign minister"),
        Claim(doc, LEAGUE, "signed", TREATY, _evidence(text, "The League never signed the treaty"),
              modality="negated"),
    ])


def article_b() -> Extraction:
    doc, text = "b-2025", TEXT_B
    joined = _evidence(text, "Ruritania joined the Northern League in 2010 and Freedonia in 2015")
    left = _evidence(text, "Freedonia left it in 2023")
    adopted = _evidence(text, "The meeting in Lakeside adopted the Lakes Declaration")
    partners = _evidence(text, "Ruritania and the League are partners")
    article = Article(doc=doc, text=text, lang="en", date="2025-01-10", title="League grows",
                      url="https://example.org/news/b", outlet="Other Wire", source=f"{doc}.txt")
    return Extraction(article, [
        Claim(doc, RURITANIA, "memberOf", LEAGUE, joined, When(start="2010")),
        Claim(doc, FREEDONIA, "memberOf", LEAGUE, joined, When(start="2015")),
        Claim(doc, FREEDONIA, "withdrewFrom", LEAGUE, left, When(at="2023")),
        Claim(doc, MEETING, "adopted", DECLARATION, adopted),
        Claim(doc, LEAGUE, "partnerOf", RURITANIA, partners),
    ])


def reference_graph() -> Graph:
    """Base facts as the catalog stores them: a direct triple plus a dg:Claim with its source."""
    graph = Graph()
    sylvania = URIRef(SYLVANIA.iri)
    graph.add((sylvania, RDF.type, DG.State))
    graph.add((sylvania, SKOS.prefLabel, Literal("Sylvania", lang="en")))
    graph.add((sylvania, SKOS.prefLabel, Literal("Силвания", lang="bg")))
    facts = [
        ("ref-syl-member", SYLVANIA, "memberOf", LEAGUE, {"start": ("2000", XSD.gYear), "end": ("2020", XSD.gYear)}),
        ("ref-rur-member", RURITANIA, "memberOf", LEAGUE, {"start": ("2010", XSD.gYear)}),
        ("ref-rur-tol", RURITANIA, "accededTo", TREATY, {"at": ("2005-03-01", XSD.date)}),
    ]
    for name, subject, relation, obj, dates in facts:
        node = URIRef(f"https://w3id.org/diplograph/claim/ref/{name}")
        graph.add((URIRef(subject.iri), DG[relation], URIRef(obj.iri)))
        graph.add((node, RDF.type, DG.Claim))
        graph.add((node, RDF.subject, URIRef(subject.iri)))
        graph.add((node, RDF.predicate, DG[relation]))
        graph.add((node, RDF.object, URIRef(obj.iri)))
        graph.add((node, PROV.wasDerivedFrom, REFERENCE_URL))
        for field, (value, datatype) in dates.items():
            graph.add((node, DG[field], Literal(value, datatype=datatype)))
    minister, tenure = URIRef(MINISTER.iri), URIRef(ID + "tenure/test-petrov-fm")
    graph.add((minister, DG.holds, tenure))
    graph.add((tenure, RDF.type, DG.Tenure))
    graph.add((tenure, DG.role, Literal("foreign minister")))
    graph.add((tenure, DG.officeOf, URIRef(RURITANIA.iri)))
    graph.add((tenure, DG.start, Literal("2019", datatype=XSD.gYear)))
    return graph


def fill(store: Store) -> Store:
    """Store the two articles and add the reference facts to the catalog graph."""
    for extraction in (article_a(), article_b()):
        store.replace_article(extraction.article.doc, extraction_to_graph(extraction, extractor_version="test"))
    catalog = store.named_graph(str(CATALOG_GRAPH))
    for triple in reference_graph():
        catalog.add(triple)
    return store


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("corpus") / "store"
    with open_store(str(path), backend=request.param) as store:
        yield fill(store)


def rows(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    result = run_query(store, name, **params)
    names = [str(v) for v in result.vars or []]
    return [{n: "" if row[n] is None else str(row[n]) for n in names} for row in result]


# -- the library as files ----------------------------------------------------------------

def test_the_library_has_at_least_fifteen_queries() -> None:
    assert len(list_queries()) >= 15


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_every_query_documents_its_question_parameters_and_example(name: str) -> None:
    spec = load_query(name)
    assert spec.question.endswith("?"), name
    assert spec.example.startswith(f"diplograph query {name}"), name
    for parameter in spec.parameters:
        assert f"?{parameter.name}" in spec.text, (name, parameter.name)
        assert parameter.description
    for parameter in (p for p in spec.parameters if p.required):
        assert f"{parameter.name}=" in spec.example, (name, parameter.name)


EXAMPLE_PARAMS = {
    "accessions": {"treaty": "Treaty of Lakes"}, "treaty-timeline": {"treaty": "Договор за езерата"},
    "partners": {"actor": "Ruritania"}, "partners-by-year": {"actor": "Руритания"},
    "members-at": {"organization": "NL", "date": "2019"}, "state-memberships": {"state": "Freedonia"},
    "outlet-claims": {"actor": "Ruritania"}, "claims-about": {"entity": "Ivan Petrov"},
    "article-claims": {"doc": "a-2024"}, "connection": {"from": "Freedonia", "to": "Ivan Petrov"},
    "first-seen": {"from": "2024"},
}


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_every_query_runs_on_both_engines(corpus: Store, name: str) -> None:
    result = run_query(corpus, name, **EXAMPLE_PARAMS.get(name, {}))
    assert result.type == "SELECT"
    assert list(result), f"{name} found nothing in the test corpus"


# -- answers -------------------------------------------------------------------------------

def test_members_at_a_date_uses_reference_facts_articles_and_withdrawals(corpus: Store) -> None:
    in_2019 = {r["member"] for r in rows(corpus, "members-at", organization="Northern League", date="2019-06-01")}
    assert in_2019 == {"Sylvania", "Ruritania", "Freedonia"}
    in_2024 = {r["member"] for r in rows(corpus, "members-at", organization="NL", date="2024-06")}
    assert in_2024 == {"Ruritania"}
    in_2005 = {r["member"] for r in rows(corpus, "members-at", organization="NL", date="2005")}
    assert in_2005 == {"Sylvania"}


def test_members_now_by_default(corpus: Store) -> None:
    assert {r["member"] for r in rows(corpus, "members-at", organization="NL")} == {"Ruritania"}


def test_treaty_timeline_counts_per_year_and_relation(corpus: Store) -> None:
    table = {(r["year"], r["relation"]): r for r in rows(corpus, "treaty-timeline", treaty="Treaty of Lakes")}
    assert set(table) == {("2004", "accededTo"), ("2005", "accededTo")}
    assert table[("2004", "accededTo")]["sources"] == "a-2024"
    assert table[("2005", "accededTo")]["sources"] == "reference"
    assert table[("2004", "accededTo")]["parties"] == "1"


def test_partners_by_year_counts_articles(corpus: Store) -> None:
    found = {(r["partner"], r["year"], r["articles"]) for r in rows(corpus, "partners-by-year", actor="NL")}
    assert found == {("Ruritania", "2024", "1"), ("Ruritania", "2025", "1")}


def test_partners_in_one_year(corpus: Store) -> None:
    # the year of the article stating the partnership (a-2024 and b-2025 both do)
    assert [r["source"] for r in rows(corpus, "partners", actor="NL", year="2025")] == ["b-2025"]
    assert [r["source"] for r in rows(corpus, "partners", actor="Ruritania", year="2024")] == ["a-2024"]
    assert rows(corpus, "partners", actor="NL", year="2019") == []
    found = [(r["partner"], r["year"], r["articles"]) for r in rows(corpus, "partners-by-year", actor="NL", year="2024")]
    assert found == [("Ruritania", "2024", "1")]
    assert rows(corpus, "partners-by-year", actor="NL", year="2019") == []
    with pytest.raises(QueryError, match="must be a year"):
        rows(corpus, "partners-by-year", actor="NL", year="24")


def test_meeting_documents(corpus: Store) -> None:
    [row] = rows(corpus, "meeting-documents")
    assert row["documents"] == "Lakes Declaration"
    assert row["date"] == "2024-07-26"
    assert row["place"] == "Lakeside"
    assert set(row["participants"].split("; ")) == {"Ruritania", "Ivan Petrov"}
    # held in 2024 (its locatedIn claim), though the article stating the document is of 2025
    assert rows(corpus, "meeting-documents", year="2024") == [row]
    assert rows(corpus, "meeting-documents", year="2025") == []
    # actor: the meetings it took part in (Ruritania and Ivan Petrov did, Freedonia did not)
    assert rows(corpus, "meeting-documents", year="2024", actor="Ruritania") == [row]
    assert rows(corpus, "meeting-documents", actor="Ivan Petrov") == [row]
    assert rows(corpus, "meeting-documents", actor="Freedonia") == []
    assert [r["event"] for r in rows(corpus, "meetings", year="2024")] == [row["event"]]
    assert rows(corpus, "meetings", actor="Ruritania", year="2023") == []
    with pytest.raises(QueryError, match="must be a year"):
        rows(corpus, "meetings", year="24")
    with pytest.raises(QueryError, match="must be a year"):
        rows(corpus, "meeting-documents", year="2024-07")


def test_officials_from_tenures_and_articles(corpus: Store) -> None:
    found = {(r["official"], r["role"], r["of"], r["from"], r["sources"])
             for r in rows(corpus, "officials", actor="Ruritania")}
    assert found == {("Ivan Petrov", "foreign minister", "Ruritania", "2019", "catalog"),
                     ("Ivan Petrov", "foreign minister", "Ruritania", "", "a-2024")}


def test_state_memberships_list_joining_and_leaving(corpus: Store) -> None:
    found = {(r["organization"], r["status"], r["since"]) for r in rows(corpus, "state-memberships", state="Freedonia")}
    assert found == {("Northern League", "memberOf", "2015"), ("Northern League", "withdrewFrom", "2023")}


def test_outlet_claims_per_outlet(corpus: Store) -> None:
    found = {(r["source"], r["relation"], r["direction"], r["other"], r["modality"])
             for r in rows(corpus, "outlet-claims", actor="Northern League")}
    assert ("Example News", "signed", "→", "Treaty of Lakes", "negated") in found
    assert ("Other Wire", "memberOf", "←", "Freedonia", "asserted") in found
    only = rows(corpus, "outlet-claims", actor="NL", outlet="other wire")
    assert only and {r["source"] for r in only} == {"Other Wire"}


def test_catalog_contradictions(corpus: Store) -> None:
    found = {(r["kind"], r["subject"], r["relation"], r["object"], r["articleYear"], r["catalogYears"])
             for r in rows(corpus, "catalog-contradictions")}
    assert found == {
        ("different year", "Ruritania", "accededTo", "Treaty of Lakes", "2004", "2005"),
        ("not in catalog", "Freedonia", "memberOf", "Northern League", "2015", ""),
    }
    # by the year the article was published: each row in exactly one of them
    by_year = {year: rows(corpus, "catalog-contradictions", year=year) for year in ("2024", "2025", "2019")}
    assert by_year["2019"] == []
    assert sorted(map(str, by_year["2024"] + by_year["2025"])) == sorted(map(str, rows(corpus, "catalog-contradictions")))
    assert by_year["2024"] and by_year["2025"]


def test_single_source_claims(corpus: Store) -> None:
    found = {(r["subject"], r["relationName"], r["object"]) for r in rows(corpus, "single-source")}
    assert ("Freedonia", "memberOf", "Northern League") in found
    assert ("Ruritania", "memberOf", "Northern League") not in found   # the catalog holds it
    assert ("Ruritania", "accededTo", "Treaty of Lakes") not in found
    partners = {(r["subject"], r["object"]) for r in rows(corpus, "single-source", relation="partnerOf")}
    assert partners == {("Ruritania", "Northern League"), ("Northern League", "Ruritania")}
    assert rows(corpus, "single-source", relation="dg:partnerOf") == rows(corpus, "single-source", relation="partnerOf")
    with pytest.raises(QueryError, match="must be a relation name"):
        rows(corpus, "single-source", relation="partner of")
    with pytest.raises(QueryError, match="must be an entity type"):
        rows(corpus, "top-actors", type="Country")


def test_connection_finds_the_shortest_chain(corpus: Store) -> None:
    found = rows(corpus, "connection", **{"from": "Freedonia", "to": "Ruritania"})
    assert found[0]["hops"] == "2" and "1" not in {r["hops"] for r in found}
    assert all(" Northern League " in r["path"] and r["via2"] == "" for r in found)
    assert "Freedonia —memberOf→ Northern League ←memberOf— Ruritania" in {r["path"] for r in found}
    assert len(found) == len({r["path"] for r in found}) == 6   # each chain once (via2 left unbound)
    three = rows(corpus, "connection", **{"from": "Freedonia", "to": "Ivan Petrov"})
    assert three and {r["hops"] for r in three} == {"3"}


def test_first_seen_in_a_range(corpus: Store) -> None:
    in_2025 = {r["entityName"] for r in rows(corpus, "first-seen", **{"from": "2025-01"})}
    assert in_2025 == {"Freedonia", "Lakes Declaration"}
    in_2024 = {r["entityName"] for r in rows(corpus, "first-seen", **{"from": "2024", "to": "2024-12"})}
    assert "Ruritania" in in_2024 and "Freedonia" not in in_2024


def test_claims_about_a_person_named_in_another_language(corpus: Store) -> None:
    found = {(r["relation"], r["direction"], r["other"]) for r in rows(corpus, "claims-about", entity="Иван Петров")}
    assert found == {("officialOf (foreign minister)", "→", "Ruritania"),
                     ("participatedIn", "→", "Lakeside ministerial meeting")}


def test_article_claims_in_text_order(corpus: Store) -> None:
    found = rows(corpus, "article-claims", doc="b-2025")
    assert [r["relation"] for r in found][:3] == ["memberOf", "memberOf", "withdrewFrom"]
    assert found[-1]["relation"] == "partnerOf"


def test_withdrawals(corpus: Store) -> None:
    [row] = rows(corpus, "withdrawals", **{"from": "NL"})
    assert (row["who"], row["date"], row["sources"]) == ("Freedonia", "2023", "b-2025")


def test_new_entities_leave_out_the_catalog(corpus: Store) -> None:
    found = {r["names"].split("; ")[0].split("@")[0] for r in rows(corpus, "new-entities", type="State")}
    assert "Sylvania" not in found
    assert {"Ruritania", "Freedonia"} <= {n for r in rows(corpus, "new-entities", type="state")
                                         for n in (x.split("@")[0] for x in r["names"].split("; "))}


def test_top_actors(corpus: Store) -> None:
    found = rows(corpus, "top-actors", type="State")
    assert found[0]["actor"] == "Ruritania" and found[0]["articles"] == "2"
    assert {r["actor"] for r in rows(corpus, "top-actors", type="State", since="2025")} == {"Ruritania", "Freedonia"}


def test_parameters_are_bound_as_terms_not_text(corpus: Store) -> None:
    hostile = 'x" } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o . FILTER("'
    assert rows(corpus, "article-claims", doc=hostile) == []
    assert corpus.has_article("a-2024")


def test_unknown_entity_is_a_query_error(corpus: Store) -> None:
    with pytest.raises(QueryError, match="no Organization is named 'Atlantis'"):
        run_query(corpus, "members-at", organization="Atlantis")


def test_the_cli_lists_the_queries_with_their_questions(runner, tmp_path: Path) -> None:
    from diplograph.cli import cli

    result = runner.invoke(cli, ["queries"])
    assert result.exit_code == 0, result.output
    for name in list_queries():
        assert name in result.output
    assert load_query("connection").question in result.output

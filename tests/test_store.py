from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from conftest import RURITANIA, make_extraction
from diplograph import reference
from diplograph.errors import QueryError, StoreError
from diplograph.namespaces import CATALOG_GRAPH, DCTERMS, DG, FACTS_GRAPH, MEETINGS_GRAPH, MONTHLY_GRAPH, ONTOLOGY_GRAPH, PARTNERS_GRAPH, SUMMARY_GRAPH, article_graph
from diplograph.rdfmap import extraction_to_graph
from diplograph.reference import ReferenceGraph
from diplograph.store import BACKENDS, Store, open_store, register_backend


def article(doc: str = "test-doc") -> Graph:
    return extraction_to_graph(make_extraction(doc), extractor_version="1")


def test_a_new_store_holds_the_reference_graphs(any_store: Store) -> None:
    for name in (CATALOG_GRAPH, ONTOLOGY_GRAPH):
        assert any_store.reference_version(URIRef(name)).startswith("sha256:")
    assert any_store.articles() == []
    assert any_store.quad_count() == len(any_store)


def test_replacing_an_article_twice_never_duplicates(any_store: Store) -> None:
    def summary_size() -> int:
        return len(any_store.named_graph(SUMMARY_GRAPH)) + len(any_store.named_graph(MONTHLY_GRAPH)) + \
            len(any_store.named_graph(FACTS_GRAPH)) + len(any_store.named_graph(MEETINGS_GRAPH)) + \
            len(any_store.named_graph(PARTNERS_GRAPH))

    before, summary_before = any_store.quad_count(), summary_size()
    any_store.replace_article("test-doc", article())
    once = any_store.quad_count()
    any_store.replace_article("test-doc", article())
    assert any_store.quad_count() == once > before
    # the article's triples, its dg:countedIn triples (one per entity it names), its dg:heldInYear
    # triples (one per dated asserted locatedIn claim) and the summary's nodes
    stored = any_store.named_graph(article_graph("test-doc"))
    counted = list(stored.triples((None, DG.countedIn, None)))
    held = list(stored.triples((None, DG.heldInYear, None)))
    assert len(stored) == len(article()) + len(counted) + len(held) and counted
    summary = summary_size() - summary_before
    assert once - before == len(stored) + summary and summary > 0
    assert any_store.articles() == ["test-doc"]


def test_replace_swaps_the_old_content_out(any_store: Store) -> None:
    any_store.replace_article("test-doc", article())
    smaller = Graph()
    smaller.add((URIRef(RURITANIA.iri), DG.partnerOf, URIRef("https://w3id.org/diplograph/id/state/abc")))
    any_store.replace_article("test-doc", smaller)
    assert len(any_store.named_graph(article_graph("test-doc"))) == 1


def test_articles_are_kept_apart_and_removed_one_by_one(any_store: Store) -> None:
    any_store.replace_article("a", article("a"))
    any_store.replace_article("b/с кирилицей", article("b/с кирилицей"))
    assert any_store.articles() == ["a", "b/с кирилицей"]
    assert any_store.has_article("b/с кирилицей") and not any_store.has_article("c")
    assert any_store.remove_article("a") is True
    assert any_store.remove_article("a") is False
    assert any_store.articles() == ["b/с кирилицей"]


def test_queries_see_the_union_of_graphs(any_store: Store) -> None:
    any_store.replace_article("test-doc", article())
    rows = list(any_store.query("SELECT ?o WHERE { ?s dg:accededTo ?o }", {"s": URIRef(RURITANIA.iri)}))
    assert rows == [(URIRef("https://w3id.org/diplograph/id/agreement/test-treaty-of-lakes"),)]
    assert any_store.query("ASK { GRAPH ?g { ?s a dg:Article } }").askAnswer


def test_a_sparql_syntax_error_is_a_query_error(any_store: Store) -> None:
    with pytest.raises(QueryError, match="^SPARQL syntax error at line 1, column 2[0-9].$"):
        any_store.query("SELECT ?x WHERE { ?x ")
    with pytest.raises(QueryError, match="^SPARQL syntax error at line 2, column "):
        any_store.query("SELECT ?x\nWHERE { ?x ?y ?z ")


def test_update_runs_sparql_update(any_store: Store) -> None:
    g = URIRef(article_graph("manual"))
    any_store.update(f'INSERT DATA {{ GRAPH <{g}> {{ <urn:x> <urn:p> "1" }} }}')
    assert any_store.articles() == ["manual"]
    with pytest.raises(QueryError, match="^the update failed"):
        any_store.update("INSERT DATA { oops")


def test_data_survives_reopening(tmp_path: Path) -> None:
    path = str(tmp_path / "kg")
    with open_store(path) as store:
        store.replace_article("test-doc", article())
        count = store.quad_count()
    with open_store(path) as store:
        assert store.quad_count() == count
        assert store.articles() == ["test-doc"]


def test_a_failed_write_leaves_the_old_graph(disk_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    disk_store.replace_article("test-doc", article())
    count = disk_store.quad_count()
    monkeypatch.setattr(Graph, "serialize", lambda self, **kw: "<broken")
    with pytest.raises(StoreError, match="^cannot write graph <https://w3id.org/diplograph/graph/article/test-doc>"):
        disk_store.replace_article("test-doc", article())
    assert disk_store.quad_count() == count


def test_reference_graphs_reload_when_their_files_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = tmp_path / "catalog.ttl"
    catalog.write_text('<urn:a> <urn:label> "one" .\n', encoding="utf-8")
    monkeypatch.setattr("diplograph.store.reference_graphs",
                        lambda: [ReferenceGraph(URIRef(CATALOG_GRAPH), (catalog,))])
    path = str(tmp_path / "kg")
    with open_store(path) as store:
        first = store.reference_version(URIRef(CATALOG_GRAPH))
        assert store.sync_reference() == []          # unchanged: nothing reloaded
    catalog.write_text('<urn:a> <urn:label> "two" .\n<urn:b> <urn:label> "three" .\n', encoding="utf-8")
    with open_store(path) as store:
        assert store.reference_version(URIRef(CATALOG_GRAPH)) != first
        labels = {str(o) for o in store.named_graph(CATALOG_GRAPH).objects(None, URIRef("urn:label"))}
        assert labels == {"two", "three"}
        assert store.quad_count() == 4               # two triples, the version and the summary's version


def test_a_broken_reference_file_is_an_ontology_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    monkeypatch.setattr("diplograph.store.reference_graphs",
                        lambda: [ReferenceGraph(URIRef(CATALOG_GRAPH), (broken,))])
    with pytest.raises(Exception, match="cannot load the packaged graph https://w3id.org/diplograph/graph/catalog"):
        open_store(str(tmp_path / "kg"))


def test_the_packaged_reference_files_are_found() -> None:
    graphs = reference.reference_graphs()
    assert [g.name for g in graphs] == [URIRef(CATALOG_GRAPH), URIRef(ONTOLOGY_GRAPH)]
    assert all(p.suffix == ".ttl" for g in graphs for p in g.files)
    assert all(p.name != "shapes.ttl" for p in graphs[1].files)


def test_an_unknown_backend_is_named() -> None:
    with pytest.raises(StoreError, match="^unknown store backend 'bsddb'; known backends: memory, oxigraph, rdflib, remote$"):
        open_store(backend="bsddb")


def test_backends_can_be_registered() -> None:
    register_backend("scratch", "diplograph.backends.rdflib_memory:RdflibMemoryStore")
    try:
        with open_store(backend="scratch") as store:
            assert store.backend == "rdflib"
    finally:
        BACKENDS.pop("scratch")


def test_the_rdflib_engine_answers_the_core_queries() -> None:
    """The store contract and the three core queries do not depend on Oxigraph."""
    from diplograph.query import run_query

    with open_store(backend="rdflib") as store:
        store.replace_article("test-doc", article())
        store.replace_article("test-doc", article())
        assert store.articles() == ["test-doc"]
        assert [str(r.party) for r in run_query(store, "accessions", treaty="Treaty of Lakes")] == ["Ruritania"]
        assert [str(r.partner) for r in run_query(store, "partners", actor="NL")] == ["Ruritania"]
        assert [str(r.place) for r in run_query(store, "meetings", actor="Ivan Petrov")] == ["Lakeside"]
        assert store.remove_article("test-doc") and store.articles() == []


def test_rdflib_joins_by_lookup_give_the_rows_of_its_own_joins() -> None:
    """The rdflib backend evaluates a join whose second part only looks triples up with each
    row's values (rdflib's lazy join): the rows are those rdflib's own plan gives."""
    from rdflib import Dataset
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    from diplograph.backends.rdflib_memory import _join_by_lookup

    def joins(node: object) -> list[bool]:
        found = [bool(node.get("lazy"))] if getattr(node, "name", None) == "Join" else []
        children = node.values() if hasattr(node, "values") else node if isinstance(node, list) else []
        return found + [lazy for child in children for lazy in joins(child)]

    dataset = Dataset(default_union=True)
    for doc in ("test-doc", "other-doc"):
        graph = dataset.graph(URIRef(article_graph(doc)))
        for triple in article(doc):
            graph.add(triple)
    text = ("SELECT ?g ?claim ?o ?extra WHERE { VALUES ?p { rdf:subject rdf:object } VALUES ?extra { 1 2 } "
            "GRAPH ?g { ?claim ?p ?o } { ?o a ?type } UNION { ?o skos:prefLabel ?type } "
            "OPTIONAL { ?claim dg:confidence ?c } FILTER(?extra = 1 || BOUND(?c)) }")
    query = translateQuery(parseQuery(text), None, {"rdf": RDF, "skos": SKOS, "dg": DG})
    own = {tuple(row) for row in dataset.query(query)}
    before = joins(query.algebra)
    _join_by_lookup(query.algebra)
    assert joins(query.algebra).count(True) > before.count(True)   # some join now looks up
    assert {tuple(row) for row in dataset.query(query)} == own
    assert {str(g) for g, *_ in own} == {str(article_graph("test-doc")), str(article_graph("other-doc"))}
    assert {str(extra) for *_, extra in own} == {"1", "2"}


def test_a_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("x")
    with pytest.raises(StoreError, match=f"^cannot open the store at {path}: it is a file, not a directory.$"):
        open_store(str(path))


def test_a_path_under_a_file_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    path = tmp_path / "notes.txt" / "kg"
    with pytest.raises(StoreError, match=f"^cannot create the store at {path}: Not a directory.$"):
        open_store(str(path))


def test_a_folder_of_other_files_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("x")
    with pytest.raises(StoreError, match="the directory holds other files, not a store"):
        open_store(str(tmp_path))


def test_a_store_in_use_is_refused(disk_store: Store) -> None:
    with pytest.raises(StoreError, match="is in use by another process"):
        open_store(disk_store.path)


def test_a_store_locked_by_another_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, pyoxigraph
        store = pyoxigraph.Store({str(path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=f"^the store at {path} is in use by another process; "):
            open_store(str(path))
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def test_the_version_triple_lives_in_its_graph(memory_store: Store) -> None:
    version = memory_store.reference_version(URIRef(CATALOG_GRAPH))
    assert (URIRef(CATALOG_GRAPH), DCTERMS.hasVersion, Literal(version)) in memory_store.named_graph(CATALOG_GRAPH)

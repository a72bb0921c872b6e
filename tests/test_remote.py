"""The remote store: the store, query and CLI tests again, over a real Oxigraph server on 127.0.0.1.

The servers are `oxigraph serve` processes (PyPI package `oxigraph`) started here; the
store talks to them through the SPARQL 1.1 Query, Update and Graph Store protocols.
"""
from __future__ import annotations

import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import URIRef

from conftest import REPO
from diplograph.backends.remote import Endpoints, SparqlClient, is_remote
from diplograph.cli import cli
from diplograph.errors import QueryError, StoreError
from diplograph.namespaces import CATALOG_GRAPH, ONTOLOGY_GRAPH, SUMMARY_GRAPH, article_graph
from diplograph.store import Store, open_store
from test_queries_library import (  # noqa: F401  (the library-query tests, on the remote `corpus` below)
    fill, test_article_claims_in_text_order, test_catalog_contradictions, test_claims_about_a_person_named_in_another_language,
    test_connection_finds_the_shortest_chain, test_every_query_runs_on_both_engines, test_first_seen_in_a_range,
    test_meeting_documents, test_members_at_a_date_uses_reference_facts_articles_and_withdrawals,
    test_members_now_by_default, test_new_entities_leave_out_the_catalog, test_officials_from_tenures_and_articles,
    test_outlet_claims_per_outlet, test_parameters_are_bound_as_terms_not_text, test_partners_by_year_counts_articles,
    test_single_source_claims, test_state_memberships_list_joining_and_leaving, test_top_actors,
    test_treaty_timeline_counts_per_year_and_relation, test_unknown_entity_is_a_query_error, test_withdrawals)
from test_query import (  # noqa: F401  (run again on the remote `any_store` below)
    filled, test_a_query_file_runs_by_path, test_accessions_lists_parties_with_dates_and_sources,
    test_an_ambiguous_name_is_refused, test_ask_and_unknown_formats, test_csv_and_json_use_the_w3c_formats,
    test_entities_resolve_by_any_label_iri_or_prefixed_name, test_meetings_filter_by_participant,
    test_meetings_give_date_place_participants_and_source, test_parameter_values_cannot_inject_sparql,
    test_partners_are_found_in_both_directions, test_resolution_respects_the_allowed_types,
    test_table_output_is_aligned_and_compact, test_unknown_entities_are_reported)
from test_store import (  # noqa: F401
    article, test_a_new_store_holds_the_reference_graphs, test_a_sparql_syntax_error_is_a_query_error,
    test_articles_are_kept_apart_and_removed_one_by_one, test_queries_see_the_union_of_graphs,
    test_replace_swaps_the_old_content_out, test_replacing_an_article_twice_never_duplicates,
    test_update_runs_sparql_update)

ARTICLES = REPO / "examples" / "articles"
REFERENCE = {str(CATALOG_GRAPH), str(ONTOLOGY_GRAPH)}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def oxigraph_executable() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if found is None:
        pytest.fail("the `oxigraph` server is not installed (PyPI package oxigraph, in the test dependencies)")
    return found


class Servers:
    """`oxigraph serve` processes on free ports, each with its own data directory."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self.tmp_path_factory = tmp_path_factory
        self.running: dict[str, subprocess.Popen[bytes]] = {}

    def start(self) -> str:
        """A new server's URL, once it answers."""
        port, location = free_port(), self.tmp_path_factory.mktemp("oxigraph")
        process = subprocess.Popen([oxigraph_executable(), "serve", "--location", str(location),
                                    "--bind", f"127.0.0.1:{port}"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        url = f"http://127.0.0.1:{port}"
        self.running[url] = process
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/", timeout=2):
                    return url
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {process.stderr.read().decode() if process.stderr else ''}")
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not answer at {url}")
                time.sleep(0.05)

    def stop(self, url: str) -> None:
        process = self.running.pop(url)
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    started = Servers(tmp_path_factory)
    yield started
    for url in list(started.running):
        started.stop(url)


@pytest.fixture(scope="session")
def oxigraph_server(servers: Servers) -> str:
    return servers.start()


def clear(url: str) -> None:
    """Drop every graph but the reference graphs (loading those takes most of a fresh store's time)."""
    client = SparqlClient(Endpoints.from_url(url))
    names = [str(row[0]) for row in client.query("SELECT ?g WHERE { GRAPH ?g { } }")]
    drops = [f"DROP GRAPH <{name}>" for name in names if name not in REFERENCE]
    client.update(" ; ".join(["CLEAR DEFAULT", *drops]))
    client.close()


@pytest.fixture
def remote(oxigraph_server: str) -> str:
    """The session server's URL, holding no article."""
    clear(oxigraph_server)
    return oxigraph_server


@pytest.fixture
def any_store(remote: str) -> Iterator[Store]:
    with open_store(remote) as store:
        yield store


@pytest.fixture(scope="module")
def corpus(servers: Servers) -> Iterator[Store]:
    with open_store(servers.start()) as store:
        yield fill(store)


# -- the same CLI answers as the embedded store ---------------------------------------------

@pytest.fixture(scope="module")
def demo(servers: Servers, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, str]:
    """The demo articles ingested into an embedded store and into a server; the server's first summary."""
    embedded, url = str(tmp_path_factory.mktemp("embedded") / "kg"), servers.start()
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(ARTICLES), "--store", embedded]).exit_code == 0
    first = runner.invoke(cli, ["ingest", str(ARTICLES), "--store", url])
    assert first.exit_code == 0, first.output
    return embedded, url, first.stdout


def quads(stdout: str) -> str:
    return stdout.splitlines()[1].rpartition(": ")[2]


def test_ingest_and_reingest_keep_the_embedded_quad_count(demo: tuple[str, str, str], runner: CliRunner) -> None:
    embedded, url, first = demo
    assert first.startswith("Ingested 6 articles: ")
    with open_store(embedded) as store:
        assert quads(first) == f"{store.quad_count():,} quads."
    again = runner.invoke(cli, ["ingest", str(ARTICLES), "--store", url])
    assert again.exit_code == 0 and again.stdout.startswith("Ingested 6 articles (6 replaced): ")
    assert quads(again.stdout) == quads(first)
    assert again.stdout.split(": ")[1].split(",")[0] == first.split(": ")[1].split(",")[0]  # the same claims


@pytest.mark.parametrize("args", [["accessions", "--param", "treaty=TAC"], ["partners", "--param", "actor=ASEAN"],
                                  ["meetings"], ["top-actors"]])
def test_queries_answer_as_on_the_embedded_store(demo: tuple[str, str, str], runner: CliRunner,
                                                 args: list[str]) -> None:
    embedded, url, _ = demo
    answers = [runner.invoke(cli, ["query", *args, "--format", "csv", "--store", where]) for where in (embedded, url)]
    assert [a.exit_code for a in answers] == [0, 0], answers[1].output
    assert sorted(answers[1].stdout.splitlines()) == sorted(answers[0].stdout.splitlines())
    assert len(answers[1].stdout.splitlines()) > 1


def test_stats_entities_and_export_match(demo: tuple[str, str, str], runner: CliRunner) -> None:
    embedded, url, _ = demo
    stats = [json.loads(runner.invoke(cli, ["stats", "--format", "json", "--store", w]).stdout) for w in (embedded, url)]
    assert stats[1].pop("backend") == "remote" and stats[0].pop("backend") == "oxigraph"
    assert stats[1] == stats[0] and stats[1]["articles"] == 6
    for command in (["entities", "--format", "csv"], ["export", "--format", "csv"]):
        outputs = [runner.invoke(cli, [*command, "--store", where]).stdout for where in (embedded, url)]
        assert sorted(outputs[1].splitlines()) == sorted(outputs[0].splitlines()), command


def test_view_and_validate(demo: tuple[str, str, str], runner: CliRunner, tmp_path: Path) -> None:
    embedded, url, _ = demo
    out = tmp_path / "view.html"
    views = [runner.invoke(cli, ["view", "--store", w, "--out", str(out)]) for w in (embedded, url)]
    assert views[1].exit_code == 0, views[1].output
    assert views[1].stdout.split("(")[1] == views[0].stdout.split("(")[1]  # same entities and relations
    assert "<html" in out.read_text(encoding="utf-8").lower()
    # pySHACL takes 20 s over the packaged shapes on either store; one shape shows the remote graphs reach it.
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dg: <https://w3id.org/diplograph/ontology#> .\n"
                      "<urn:shape> a sh:NodeShape ; sh:targetClass dg:Article ; "
                      "sh:property [ sh:path dg:docId ; sh:maxCount 0 ] .\n", encoding="utf-8")
    valid = runner.invoke(cli, ["validate", "--store", url, "--shapes", str(shapes)])
    assert valid.exit_code == 1 and "6 violations" in valid.output  # one per article: each has its doc id


# -- writing -------------------------------------------------------------------------------------

def test_an_article_and_its_summary_are_written_with_one_update(any_store: Store,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[tuple[str, str]] = []
    original = SparqlClient._send

    def spy(self: SparqlClient, method: str, url: str, *args: object, **kwargs: object) -> object:
        sent.append((method, url))
        return original(self, method, url, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SparqlClient, "_send", spy)
    for _ in range(2):  # written, then replaced
        sent.clear()
        any_store.replace_article("doc/1", article("doc/1"))
        writes = [(method, url) for method, url in sent if url != any_store.endpoints.query]
        assert writes == [("POST", any_store.endpoints.update)]   # reads (the summary's old values) go to /query
    assert any_store.articles() == ["doc/1"]
    summary = any_store.named_graph(str(SUMMARY_GRAPH))
    assert len(summary) > 1 and len(any_store.named_graph(article_graph("doc/1"))) > len(article("doc/1"))


def test_reference_graphs_reload_when_their_version_differs(any_store: Store, remote: str) -> None:
    count = any_store.quad_count()
    version = any_store.reference_version(URIRef(CATALOG_GRAPH))
    any_store.update(f'DELETE WHERE {{ GRAPH <{CATALOG_GRAPH}> {{ <{CATALOG_GRAPH}> ?p ?v }} }} ; '
                     f'INSERT DATA {{ GRAPH <{CATALOG_GRAPH}> {{ <{CATALOG_GRAPH}> '
                     f'<http://purl.org/dc/terms/hasVersion> "sha256:old" . <urn:stale> <urn:p> 1 }} }}')
    with open_store(remote, read_only=True) as again:
        assert again.reference_version(URIRef(CATALOG_GRAPH)) == version
        assert again.quad_count() == count
        assert not again.query("ASK { <urn:stale> ?p ?o }").askAnswer


def test_a_read_only_store_refuses_writes(any_store: Store, remote: str) -> None:
    with open_store(remote, read_only=True) as reader, pytest.raises(StoreError, match="opened read-only"):
        reader.replace_article("x", article("x"))


def test_the_default_graph_is_the_union_only_when_asked(any_store: Store, remote: str) -> None:
    assert any_store.query("ASK { ?s a dg:State }").askAnswer
    with open_store(remote + "/?union=no") as plain:
        assert not plain.query("ASK { ?s a dg:State }").askAnswer
        assert plain.query("ASK { GRAPH ?g { ?s a dg:State } }").askAnswer


def test_explicit_endpoints(any_store: Store, remote: str) -> None:
    url = remote + "/?layout=fuseki&query=/query&update=/update&data=/store&union=yes"
    with open_store(url) as store:
        store.replace_article("x", article("x"))
        assert store.articles() == ["x"] and store.quad_count() == any_store.quad_count()


# -- URLs and errors --------------------------------------------------------------------------------

def test_endpoints_from_the_store_url() -> None:
    oxigraph = Endpoints.from_url("http://kg.example:7878", env={})
    assert (oxigraph.query, oxigraph.update, oxigraph.data, oxigraph.union_parameter) == (
        "http://kg.example:7878/query", "http://kg.example:7878/update", "http://kg.example:7878/store", True)
    fuseki = Endpoints.from_url("https://kg.example/fuseki/ds/", env={})
    assert (fuseki.query, fuseki.update, fuseki.data, fuseki.union_parameter) == (
        "https://kg.example/fuseki/ds/sparql", "https://kg.example/fuseki/ds/update",
        "https://kg.example/fuseki/ds/data", False)
    graphdb = Endpoints.from_url("http://u:p%40ss@db:7200/repositories/kg?timeout=5", env={})
    assert (graphdb.query, graphdb.update, graphdb.data, graphdb.timeout) == (
        "http://db:7200/repositories/kg", "http://db:7200/repositories/kg/statements",
        "http://db:7200/repositories/kg/rdf-graphs/service", 5.0)
    assert graphdb.headers["Authorization"] == "Basic dTpwQHNz"  # u:p@ss
    env = {"DIPLOGRAPH_SPARQL_QUERY": "http://other/sparql", "DIPLOGRAPH_SPARQL_TOKEN": "t0k"}
    explicit = Endpoints.from_url("http://h:1/?data=/gsp&layout=oxigraph", env=env)
    assert (explicit.query, explicit.data, explicit.headers["Authorization"]) == (
        "http://other/sparql", "http://h:1/gsp", "Bearer t0k")
    assert is_remote("HTTPS://x") and not is_remote("./kg") and not is_remote(None)
    for bad, message in (("http://h/?layout=virtuoso", "unknown layout 'virtuoso'"),
                         ("http://h/?timeout=-1", "positive number"), ("http://h/?nope=1", "unknown parameter 'nope'")):
        with pytest.raises(StoreError, match=message):
            Endpoints.from_url(bad, env={})


def error_line(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(cli, list(args))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1, result.output
    return result.output.strip()


def test_a_server_that_is_down_is_one_line(runner: CliRunner) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    expected = f"Error: cannot reach the SPARQL server at {url}/query: connection refused."
    assert error_line(runner, "stats", "--store", url) == expected
    assert error_line(runner, "query", "accessions", "--param", "treaty=TAC", "--store", url) == expected
    assert error_line(runner, "ingest", str(ARTICLES / "en-demo-1-asean-ministers-kuala-lumpur.txt"),
                      "--store", url) == expected


def test_bad_urls_and_answers_are_one_line(runner: CliRunner, oxigraph_server: str) -> None:
    line = error_line(runner, "stats", "--store", oxigraph_server + "/nothing/here?layout=oxigraph")
    assert line.startswith(f"Error: no SPARQL query endpoint at {oxigraph_server}/nothing/here/query (HTTP 404)")
    assert error_line(runner, "stats", "--store", oxigraph_server + "?bogus=1").startswith(
        "Error: unknown parameter 'bogus' in the store URL")


class WebPage(http.server.BaseHTTPRequestHandler):
    """A web server that is not a SPARQL endpoint: every request gets an HTML page."""

    def do_POST(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(b"<html><body>Welcome</body></html>")

    def log_message(self, *args: object) -> None:
        pass


def test_a_web_page_is_not_a_sparql_endpoint(runner: CliRunner) -> None:
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), WebPage) as web:
        threading.Thread(target=web.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{web.server_address[1]}"
        assert error_line(runner, "stats", "--store", url) == (
            f"Error: the server at {url}/query answered with text/html, not SPARQL results; "
            "is it a SPARQL query endpoint?")
        web.shutdown()


def test_a_server_that_never_answers_times_out(runner: CliRunner) -> None:
    with socket.socket() as silent:  # accepts connections (backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        assert error_line(runner, "stats", "--store", url + "?timeout=0.3") == \
            f"Error: the SPARQL server at {url}/query did not answer within 0.3 s."


def test_a_server_stopping_midway_is_a_store_error(servers: Servers) -> None:
    url = servers.start()
    with open_store(url) as store:
        servers.stop(url)
        with pytest.raises(StoreError, match=f"^cannot reach the SPARQL server at {url}/query"):
            store.quad_count()
        with pytest.raises(StoreError, match=f"^cannot reach the SPARQL server at {url}/(query|update)"):
            store.replace_article("x", article("x"))


def test_failures_on_the_server_name_it(any_store: Store) -> None:
    where = any_store.endpoints.query.rpartition("/")[0]
    # Oxigraph fails a SERVICE call after it has started the answer: the results are cut short.
    with pytest.raises(StoreError, match=f"^the SPARQL server at {where}/query sent results that cannot be read"):
        any_store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    with pytest.raises(StoreError, match=rf"^the SPARQL server at {where}/update failed the update request "
                                         r"\(HTTP 500\): The port 1 is not allowed"):
        any_store.update("LOAD <http://127.0.0.1:1/data.ttl>")

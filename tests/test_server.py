"""`diplograph serve` over real HTTP: the SPARQL 1.1 Protocol, the query page and the limits.

Each server is a real `python -m diplograph serve` process on 127.0.0.1 over a store
holding the demo articles; requests go through http.client, which sends paths as
given (so traversal attempts reach the server unnormalised).
"""
from __future__ import annotations

import csv
import http.client
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from click.testing import CliRunner
from rdflib import Graph

from conftest import REPO
from diplograph.cli import cli

TOKEN = "test-token-7f3a"
ARTICLES = REPO / "examples" / "articles"
SPARQL_JSON = "application/sparql-results+json"
STATES = "SELECT ?s WHERE { ?s a dg:State } ORDER BY ?s LIMIT 5"
RUS = "https://w3id.org/diplograph/id/state/rus"
COUNT_ARTICLES = ('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } '
                  'FILTER STRSTARTS(STR(?g), "https://w3id.org/diplograph/graph/article/") }')


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> dict:
        return json.loads(self.body)


@dataclass
class Server:
    port: int
    process: subprocess.Popen[bytes]
    store: Path

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None,
                timeout: float = 30) -> Answer:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        finally:
            connection.close()

    def query(self, sparql: str, accept: str = SPARQL_JSON, **params: str) -> Answer:
        return self.request("GET", "/sparql?" + urlencode({"query": sparql, **params}), headers={"Accept": accept})

    def form(self, headers: dict[str, str] | None = None, **fields: str) -> Answer:
        return self.request("POST", "/sparql", urlencode(fields).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(store: Path, log: Path, *options: str) -> Server:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "DIPLOGRAPH_TOKEN": TOKEN}
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "diplograph", "serve", "--store", str(store),
                                    "--port", str(port), *options], stdout=out, stderr=subprocess.STDOUT, env=env)
    server = Server(port, process, store)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            if server.request("GET", "/queries", timeout=5).status == 200:
                return server
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the server did not answer within 60 s:\n" + log.read_text())


def _stop(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the demo articles, built once by a real ingest (copied for a server that changes it)."""
    path = tmp_path_factory.mktemp("serve") / "demo"
    built = subprocess.run([sys.executable, "-m", "diplograph", "ingest", str(ARTICLES), "--store", str(path)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    return path


@pytest.fixture(scope="module")
def server(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Updates allowed with the token; small result and body limits."""
    store = tmp_path_factory.mktemp("rw") / "kg"
    shutil.copytree(demo_store, store)
    started = _start(store, store.parent / "serve.log", "--allow-update", "--max-results", "50",
                     "--max-body", "20000", "--timeout", "20")
    yield started
    _stop(started)


@pytest.fixture(scope="module")
def read_only(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Read-only, one worker, a 2 s time limit, one origin allowed by CORS, SERVICE allowed."""
    started = _start(demo_store, tmp_path_factory.mktemp("ro") / "serve.log", "--timeout", "2", "--workers", "1",
                     "--cors", "https://yasgui.example", "--allow-service")
    yield started
    _stop(started)


# -- formats ----------------------------------------------------------------------------
def _states(answer: Answer, media_type: str) -> list[str]:
    if media_type == SPARQL_JSON:
        data = answer.json()
        assert data["head"]["vars"] == ["s"]
        return [row["s"]["value"] for row in data["results"]["bindings"]]
    if media_type == "application/sparql-results+xml":
        ns = "{http://www.w3.org/2005/sparql-results#}"
        return [uri.text or "" for uri in ET.fromstring(answer.body).iter(f"{ns}uri")]
    rows = list(csv.reader(io.StringIO(answer.text), delimiter="\t" if "tab" in media_type else ","))
    assert rows[0] == (["?s"] if "tab" in media_type else ["s"])
    return [row[0].strip("<>") for row in rows[1:]]


@pytest.mark.parametrize("media_type", [SPARQL_JSON, "application/sparql-results+xml", "text/csv",
                                        "text/tab-separated-values"])
def test_select_answers_in_each_format_by_content_negotiation(server: Server, media_type: str) -> None:
    answer = server.query(STATES, accept=f"text/html;q=0.5, {media_type}, */*;q=0.1")
    assert answer.status == 200, answer.text
    assert answer.headers["content-type"].split(";")[0] == media_type
    states = _states(answer, media_type)
    assert len(states) == 5 and states == sorted(states) and all("/id/state/" in s for s in states)


def test_a_format_parameter_overrides_accept_and_json_is_the_default(server: Server) -> None:
    assert server.query(STATES, accept="text/csv", format="tsv").headers["content-type"].startswith(
        "text/tab-separated-values")
    assert server.query(STATES, accept="*/*").headers["content-type"].startswith(SPARQL_JSON)
    assert server.request("GET", "/sparql?" + urlencode({"query": STATES})).headers["content-type"].startswith(
        SPARQL_JSON)


def test_ask_answers_a_boolean(server: Server) -> None:
    assert server.query(f"ASK {{ <{RUS}> a dg:State }}").json()["boolean"] is True
    assert server.query("ASK { <urn:none> ?p ?o }").json()["boolean"] is False
    assert server.query(f"ASK {{ <{RUS}> ?p ?o }}", accept="text/csv").text.split() == ["_askResult", "true"]


@pytest.mark.parametrize(("media_type", "rdflib_format"), [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml")])
def test_construct_and_describe_answer_rdf(server: Server, media_type: str, rdflib_format: str) -> None:
    construct = f"CONSTRUCT {{ <{RUS}> ?p ?o }} WHERE {{ <{RUS}> ?p ?o FILTER(!isBlank(?o)) }}"
    answer = server.query(construct, accept=media_type)
    assert answer.status == 200, answer.text
    assert answer.headers["content-type"].split(";")[0] == media_type
    graph = Graph().parse(data=answer.body, format=rdflib_format)
    reference = Graph().parse(data=server.query(construct, accept="application/n-triples").body, format="nt")
    assert len(graph) > 10 and set(graph) == set(reference)
    described = Graph().parse(data=server.query(f"DESCRIBE <{RUS}>", accept=media_type).body, format=rdflib_format)
    assert len(described) > 0 and all(str(s) == RUS for s in described.subjects())


def test_post_forms_and_query_bodies_answer_like_get(server: Server) -> None:
    expected = server.query(STATES).json()
    assert server.form(query=STATES, headers={"Accept": SPARQL_JSON}).json() == expected
    body = server.request("POST", "/sparql", STATES.encode(), {"Content-Type": "application/sparql-query"})
    assert body.status == 200 and body.json() == expected
    charset = server.request("POST", "/sparql", STATES.encode(),
                             {"Content-Type": "application/sparql-query; charset=UTF-8", "Accept": "text/csv"})
    assert charset.status == 200 and charset.text.splitlines()[0] == "s"


# -- errors ------------------------------------------------------------------------------
def test_a_syntax_error_is_a_400_with_one_line(server: Server) -> None:
    answer = server.query("SELECT ?s WHERE { ?s ?p }")
    assert answer.status == 400
    assert re.fullmatch(r"Error: SPARQL syntax error at line 1, column \d+\.\n", answer.text)
    assert server.form(query="SELEC * {}").status == 400


@pytest.mark.parametrize(("method", "path", "headers", "body", "status"), [
    ("GET", "/sparql?" + urlencode({"query": STATES}), {"Accept": "image/png"}, None, 406),
    ("GET", "/sparql?" + urlencode({"query": f"DESCRIBE <{RUS}>"}), {"Accept": "text/csv"}, None, 406),
    ("GET", "/sparql?" + urlencode({"query": STATES, "format": "pdf"}), {}, None, 406),
    ("GET", "/sparql", {}, None, 400),
    ("GET", "/sparql?" + urlencode({"query": STATES}) + "&" + urlencode({"query": STATES}), {}, None, 400),
    ("POST", "/sparql", {"Content-Type": "text/plain"}, STATES.encode(), 415),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, b"\xff\xfe", 400),
    ("PUT", "/sparql", {}, b"", 405),
    ("DELETE", "/sparql", {}, None, 405),
    ("GET", "/sparql?" + urlencode({"update": "DROP ALL"}), {}, None, 400),
])
def test_bad_requests_get_their_status(server: Server, method: str, path: str, headers: dict[str, str],
                                       body: bytes | None, status: int) -> None:
    answer = server.request(method, path, body, headers)
    assert answer.status == status, answer.text
    if status != 405:
        assert answer.text.startswith("Error: ") and answer.text.count("\n") == 1


def test_named_graph_parameters(server: Server) -> None:
    ontology = "https://w3id.org/diplograph/graph/ontology"
    everything = int(server.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").json()["results"]["bindings"][0]["n"]["value"])
    answer = server.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", **{"default-graph-uri": ontology})
    assert answer.status == 200, answer.text
    only = int(answer.json()["results"]["bindings"][0]["n"]["value"])
    assert 0 < only < everything
    refused = server.query(STATES, **{"named-graph-uri": ontology})
    assert refused.status == 400 and "named-graph-uri" in refused.text
    two = server.request("GET", "/sparql?" + urlencode([("query", STATES), ("default-graph-uri", ontology),
                                                        ("default-graph-uri", RUS)]))
    assert two.status == 400


# -- updates --------------------------------------------------------------------------------
INSERT = 'INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:b> "inserted" } }'
INSERTED = 'ASK { <urn:test:a> <urn:test:b> "inserted" }'


def test_updates_need_the_bearer_token(server: Server) -> None:
    assert server.form(update=INSERT).status == 403
    assert server.form(update=INSERT, headers={"Authorization": "Bearer wrong-token"}).status == 403
    assert server.form(update=INSERT, headers={"Authorization": TOKEN}).status == 403
    assert server.query(INSERTED).json()["boolean"] is False
    done = server.request("POST", "/sparql", INSERT.encode(), {"Content-Type": "application/sparql-update",
                                                              "Authorization": f"Bearer {TOKEN}"})
    assert done.status == 204, done.text
    assert server.query(INSERTED).json()["boolean"] is True  # the workers reopen the store after an update
    bad = server.form(update="INSERT DATA { <urn:x> ", headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status == 400 and bad.text.startswith("Error: the update failed")


def test_a_read_only_server_refuses_updates_even_with_the_token(read_only: Server) -> None:
    answer = read_only.form(update=INSERT, headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status == 403 and "--allow-update" in answer.text
    assert read_only.query(INSERTED).json()["boolean"] is False


def test_only_the_listed_origins_may_read_from_other_pages(read_only: Server, server: Server) -> None:
    path = "/sparql?" + urlencode({"query": STATES})
    allowed = read_only.request("GET", path, headers={"Origin": "https://yasgui.example"})
    assert allowed.status == 200 and allowed.headers["access-control-allow-origin"] == "https://yasgui.example"
    assert "x-diplograph-truncated" in allowed.headers["access-control-expose-headers"].lower()
    preflight = read_only.request("OPTIONS", "/sparql", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status == 200 and "POST" in preflight.headers["access-control-allow-methods"]
    other = read_only.request("GET", path, headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    assert "access-control-allow-origin" not in server.request("GET", path, headers={"Origin": "https://yasgui.example"}).headers


def test_allow_update_without_a_token_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["serve", "--allow-update"], env={"DIPLOGRAPH_TOKEN": ""})
    assert result.exit_code == 2 and "--token" in result.output


def test_a_taken_port_is_a_one_line_error(server: Server) -> None:
    result = subprocess.run([sys.executable, "-m", "diplograph", "serve", "--store", str(server.store), "--port",
                             str(server.port)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]  # one line, no "Serving …"
    assert result.stderr.startswith(f"Error: cannot listen on 127.0.0.1:{server.port}: ")
    assert "Traceback" not in result.stderr


# -- limits -----------------------------------------------------------------------------------
def test_a_body_over_the_limit_is_a_413(server: Server) -> None:
    padding = "#" + "x" * 30_000 + "\n"
    answer = server.request("POST", "/sparql", (padding + STATES).encode(), {"Content-Type": "application/sparql-query"})
    assert answer.status == 413 and "20,000 byte limit" in answer.text
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)  # no Content-Length: chunked
    try:
        connection.request("POST", "/sparql", body=iter([padding.encode()] * 2),
                           headers={"Content-Type": "application/sparql-query"}, encode_chunked=True)
        assert connection.getresponse().status == 413
    finally:
        connection.close()
    long_get = server.query(padding + STATES)
    assert long_get.status == 414 and "--max-body" in long_get.text
    assert server.query(STATES).status == 200


def test_results_are_cut_at_the_limit_and_say_so(server: Server) -> None:
    answer = server.query("SELECT * WHERE { ?s ?p ?o }")
    assert len(answer.json()["results"]["bindings"]) == 50
    assert answer.headers["x-diplograph-truncated"] == "50"
    graph = server.query("CONSTRUCT WHERE { ?s ?p ?o }", accept="application/n-triples")
    assert len(graph.text.strip().splitlines()) == 50 and graph.headers["x-diplograph-truncated"] == "50"
    small = server.query(STATES)
    assert len(small.json()["results"]["bindings"]) == 5 and "x-diplograph-truncated" not in small.headers


def test_a_runaway_query_is_stopped_and_the_server_keeps_answering(read_only: Server) -> None:
    started = time.monotonic()
    answer = read_only.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert answer.status == 503 and "2 s limit" in answer.text
    assert time.monotonic() - started < 10
    again = read_only.query(f"ASK {{ <{RUS}> ?p ?o }}")  # answered by the replacement worker
    assert again.status == 200 and again.json()["boolean"] is True


def test_service_clauses_are_refused_unless_allowed(server: Server, read_only: Server) -> None:
    with socket.socket() as listener:  # an address the server must not be made to contact
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        for query in (f"SELECT * {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                      f"SELECT * {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
                      f"select * {{ service silent <{target}> {{ ?s ?p ?o }} }}"):
            answer = server.query(query)
            assert answer.status == 403 and "--allow-service" in answer.text
        with pytest.raises(TimeoutError):
            listener.accept()
    assert server.query('SELECT ?service WHERE { ?service ?p "SERVICE" } LIMIT 1').status == 200
    federated = read_only.query(f"SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{server.port}/sparql> "
                                f"{{ ?s a <https://w3id.org/diplograph/ontology#State> }} }} LIMIT 3")
    assert federated.status == 200, federated.text
    assert len(federated.json()["results"]["bindings"]) == 3


# -- files --------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [
    "/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/..%2f..%2fpyproject.toml",
    "/static/%2E%2E/server.py", "/static/../server.py", "/../pyproject.toml", "/static//etc/passwd",
    "/static/%2fetc%2fpasswd", "/pyproject.toml", "/static/../../../../../../etc/passwd"])
def test_no_file_outside_the_static_folder_is_served(server: Server, path: str) -> None:
    answer = server.request("GET", path)
    assert answer.status == 404, (path, answer.status, answer.body[:200])
    assert b"[project]" not in answer.body and b"root:" not in answer.body and b"import" not in answer.body


def test_a_foreign_host_name_is_refused_on_loopback(server: Server) -> None:
    assert server.request("GET", "/", headers={"Host": "attacker.example"}).status == 400
    assert server.request("GET", "/", headers={"Host": f"localhost:{server.port}"}).status == 200


# -- the query page and the library ----------------------------------------------------------------
def test_the_query_page_loads_with_its_assets(server: Server) -> None:
    page = server.request("GET", "/")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    assert "<textarea" in page.text and 'src="static/app.js"' in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset, kind in (("app.js", "javascript"), ("app.css", "text/css")):
        answer = server.request("GET", f"/static/{asset}")
        assert answer.status == 200 and kind in answer.headers["content-type"]


def test_queries_lists_the_library_and_runs_a_query_like_the_cli(server: Server) -> None:
    from diplograph.query import list_queries

    listing = server.request("GET", "/queries").json()
    assert [q["name"] for q in listing] == list(list_queries())
    partners = next(q for q in listing if q["name"] == "partners")
    assert partners["question"] and partners["text"].startswith("#")
    assert [p["name"] for p in partners["parameters"]] == ["actor", "year"]
    answer = server.request("GET", "/queries/partners?" + urlencode({"actor": "АСЕАН", "format": "csv"}))
    assert answer.status == 200, answer.text
    cli_csv = subprocess.run([sys.executable, "-m", "diplograph", "query", "partners", "--param", "actor=АСЕАН",
                              "--format", "csv", "--store", str(server.store)], capture_output=True, text=True)
    assert cli_csv.returncode == 0, cli_csv.stderr
    assert answer.text.strip().splitlines() == cli_csv.stdout.strip().splitlines() and "Australia" in answer.text
    missing = server.request("GET", "/queries/accessions")
    assert missing.status == 400 and "treaty" in missing.text
    assert server.request("GET", "/queries/" + quote("no-such-query")).status == 404


def _browser_dom(server: Server, path: str, profile: Path) -> str:
    """The page's DOM after its scripts ran, from headless Chromium."""
    result = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--virtual-time-budget=15000",
                             f"--user-data-dir={profile}", "--dump-dom", f"http://127.0.0.1:{server.port}{path}"],
                            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_the_page_lists_the_library_and_runs_a_linked_query_in_a_browser(server: Server, tmp_path: Path) -> None:
    page = _browser_dom(server, "/?" + urlencode({"name": "partners", "actor": "ASEAN"}), tmp_path / "a")
    assert 'data-name="partners"' in page and 'data-name="accessions"' in page
    table = page.split('id="result-table"', 1)[1].split("</table>", 1)[0]
    assert "<th>partner</th>" in table and "Australia" in table and "https://w3id.org/diplograph/id/state/aus" in table
    error = _browser_dom(server, "/?" + urlencode({"query": "SELECT ?s WHERE { ?s ?p }"}), tmp_path / "b")
    assert re.search(r'<p id="message" class="error">Error: SPARQL syntax error at line 1', error)


# -- concurrency -----------------------------------------------------------------------------------
def test_queries_answer_while_an_ingest_writes_the_store(tmp_path: Path) -> None:
    from test_parallel import write_corpus

    n = 500
    corpus = write_corpus(tmp_path / "corpus.jsonl", n)
    served = _start(tmp_path / "kg", tmp_path / "serve.log", "--allow-update")
    try:
        ingest = subprocess.Popen([sys.executable, "-m", "diplograph", "ingest", str(corpus), "--store",
                                   str(tmp_path / "kg")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        counts, answered_while_running, tried_update = [], 0, False
        while ingest.poll() is None:
            answer = served.query(COUNT_ARTICLES)
            assert answer.status == 200, answer.text
            counts.append(int(answer.json()["results"]["bindings"][0]["n"]["value"]))
            answered_while_running += ingest.poll() is None
            if counts[-1] > 0 and not tried_update:  # the ingest is writing: it holds the store's lock
                tried_update = True
                update = served.form(update=INSERT, headers={"Authorization": f"Bearer {TOKEN}"})
                if update.status == 204:  # only if the ingest had just let go of the lock, finishing
                    assert ingest.wait(10) == 0 and counts[-1] > n // 2, counts
                else:
                    assert update.status == 503 and "in use by another process" in update.text, update.text
            time.sleep(0.2)
        out, err = ingest.communicate()
        assert ingest.returncode == 0, err.decode()
        assert answered_while_running >= 3 and counts == sorted(counts), counts
        assert any(0 < count < n for count in counts), counts  # saw the ingest part-way
        time.sleep(1.5)  # the workers reopen the store at least every second
        final = served.query(COUNT_ARTICLES).json()["results"]["bindings"][0]["n"]["value"]
        assert int(final) == n
    finally:
        _stop(served)


# -- the protocol's pure parts ---------------------------------------------------------------------
@pytest.mark.parametrize(("accept", "graph", "expected"), [
    (None, False, SPARQL_JSON),
    ("*/*", True, "text/turtle"),
    ("text/csv;q=0.5, application/sparql-results+xml", False, "application/sparql-results+xml"),
    ("text/*", False, "text/csv"),
    ("text/*;q=0.3, text/tab-separated-values", False, "text/tab-separated-values"),
    ("*/*;q=0.1, application/sparql-results+json;q=0", False, "application/sparql-results+xml"),
    ("application/json", False, SPARQL_JSON),
    ("application/json", True, "application/ld+json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", False, "application/sparql-results+xml"),
    ("application/n-triples;q=0.2, text/turtle;q=0.1", True, "application/n-triples"),
    ("text/plain", True, "application/n-triples"),
])
def test_negotiation_honours_q_values_wildcards_and_aliases(accept: str | None, graph: bool, expected: str) -> None:
    from diplograph.protocol import negotiate

    assert negotiate(accept, None, graph) == expected


@pytest.mark.parametrize("accept", ["image/png", "text/csv;q=0, */*;q=0", "application/sparql-results+json;q=abc"])
def test_negotiation_refuses_what_it_cannot_offer(accept: str) -> None:
    from diplograph.protocol import ProtocolError, negotiate

    with pytest.raises(ProtocolError) as refused:
        negotiate(accept, None, False)
    assert refused.value.status == 406


@pytest.mark.parametrize(("sparql", "found"), [
    ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("select * { service silent <http://x/> {} }", True),
    ("SELECT * {SERVICE<http://x/>{?s ?p ?o}}", True),
    ("SELECT * { \\u0053ERVICE <http://x/> {} }", True),
    ('SELECT * { ?s ?p "a#b" . SERVICE <http://x/> {} }', True),
    ('SELECT * { ?s ?p "SERVICE" }', False),
    ('SELECT * { ?s ?p """a " SERVICE""" }', False),
    ("SELECT * { ?s ?p ?o } # SERVICE <http://x/>", False),
    ("SELECT ?service { ?service ?p $SERVICE }", False),
    ("PREFIX service: <http://s/> SELECT * { ?s service:x ex:SERVICE }", False),
    ("SELECT * { <http://x/SERVICE> ?p ?o }", False),
])
def test_service_clauses_are_found_outside_strings_iris_and_comments(sparql: str, found: bool) -> None:
    from diplograph.protocol import uses_service

    assert uses_service(sparql) is found

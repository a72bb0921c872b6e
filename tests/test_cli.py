from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD

from conftest import SEED, make_extraction, quad_count
from diplograph.cli import cli
from diplograph.namespaces import DG
from diplograph.rdfmap import extraction_to_graph
from diplograph.store import open_store

TAC = "Treaty of Amity and Cooperation in Southeast Asia"
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="the shared seed article is not available")


def fill(path: str) -> None:
    with open_store(path) as store:
        store.replace_article("test-doc", extraction_to_graph(make_extraction(), extractor_version="1"))


def test_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["--version"]).output.startswith("diplograph, version ")
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0 and "ingest" in result.output


# -- ingest -----------------------------------------------------------------------------------

@needs_seed
def test_ingest_prints_a_summary_and_is_idempotent(runner: CliRunner, store_path: str) -> None:
    first = runner.invoke(cli, ["ingest", str(SEED), "--store", store_path])
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("Ingested 1 article: ")
    once = quad_count(store_path)
    second = runner.invoke(cli, ["ingest", str(SEED), "--store", store_path])
    assert second.exit_code == 0 and second.stdout.startswith("Ingested 1 article (1 replaced): ")
    assert f"Store {store_path}: {once:,} quads." in second.stdout
    assert quad_count(store_path) == once


@needs_seed
def test_query_accessions_lists_russia_2004_from_the_seed(runner: CliRunner, store_path: str) -> None:
    runner.invoke(cli, ["ingest", str(SEED), "--store", store_path])
    result = runner.invoke(cli, ["query", "accessions", "--param", f"treaty={TAC}", "--store", store_path,
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = [line.split(",") for line in result.stdout.splitlines()]
    assert rows[0][:4] == ["party", "relation", "date", "doc"]
    assert ["Russia", "accededTo", "2004", SEED.stem] in [row[:4] for row in rows]


def test_ingest_reads_jsonl_from_stdin(runner: CliRunner, store_path: str) -> None:
    record = {"id": "stdin-1", "text": "Finland joined NATO on 4 April 2023, becoming its 31st member.",
              "date": "2023-04-04", "lang": "en"}
    result = runner.invoke(cli, ["ingest", "-", "--store", store_path], input=json.dumps(record) + "\n")
    assert result.exit_code == 0, result.output
    with open_store(store_path) as store:
        assert store.articles() == ["stdin-1"]


def test_ingest_needs_a_path(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ingest"])
    assert result.exit_code == 2 and "Missing argument 'PATHS...'" in result.stderr


# -- extract ----------------------------------------------------------------------------------

@needs_seed
def test_extract_prints_contract_lines(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and all(line["doc"] == SEED.stem for line in lines)
    assert all({"subject", "relation", "object", "when", "role", "evidence", "confidence"} <= set(line) for line in lines)
    assert all("modality" not in line for line in lines)           # only asserted claims are printed
    with_mentions = runner.invoke(cli, ["extract", str(SEED), "--mentions"])
    kinds = [json.loads(line).get("kind") for line in with_mentions.stdout.splitlines()]
    assert "mention" in kinds and kinds.count("mention") == len(kinds) - len(lines)


@needs_seed
def test_extract_turtle_is_what_ingest_stores(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "--format", "turtle"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="turtle")
    with open_store(backend="memory") as store:
        from diplograph.ingest import ingest

        ingest([str(SEED)], store=store)
        stored = store.named_graph(f"https://w3id.org/diplograph/graph/article/{SEED.stem}")
        # the store adds one dg:countedIn triple per entity the article names, for its summary, and
        # a dg:heldInYear triple per dated asserted locatedIn claim
        counted = {t for t in plain(stored) if t[1] == DG.countedIn}
        held = {t for t in plain(stored) if t[1] == DG.heldInYear}
        named = {o for p in (RDF.subject, RDF.object) for o in graph.objects(None, p)}
        located = {c for c in graph.subjects(RDF.predicate, DG.locatedIn)
                   if graph.value(c, DG.at) is not None and str(graph.value(c, DG.modality)) == "asserted"}
        assert plain(graph) == plain(stored) - counted - held and len(counted) == len(named) > 0
        assert {t[0] for t in held} == located


def plain(graph: Graph) -> set[tuple[object, object, object]]:
    """Triples with xsd:string literals as simple literals (RDF 1.1 makes them the same)."""
    def term(t: object) -> object:
        return Literal(str(t)) if isinstance(t, Literal) and t.datatype == XSD.string else t
    return {(term(s), term(p), term(o)) for s, p, o in graph}


# -- query ------------------------------------------------------------------------------------

def test_query_without_a_name_lists_the_library(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query"])
    assert result.exit_code == 0
    names = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert {"accessions", "partners", "meetings"} <= set(names)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(runner: CliRunner, store_path: str, fmt: str) -> None:
    fill(store_path)
    result = runner.invoke(cli, ["query", "partners", "-p", "actor=Northern League", "--format", fmt,
                                 "--store", store_path])
    assert result.exit_code == 0, result.output
    assert "Ruritania" in result.stdout
    if fmt == "json":
        assert json.loads(result.stdout)["head"]["vars"][0] == "partner"


def test_query_a_file(runner: CliRunner, store_path: str, tmp_path: Path) -> None:
    fill(store_path)
    path = tmp_path / "articles.rq"
    path.write_text("SELECT ?doc WHERE { ?a <https://w3id.org/diplograph/ontology#docId> ?doc }")
    result = runner.invoke(cli, ["query", str(path), "--store", store_path])
    assert result.exit_code == 0 and "test-doc" in result.stdout


def test_a_param_without_equals_is_a_usage_error(runner: CliRunner, store_path: str) -> None:
    result = runner.invoke(cli, ["query", "accessions", "--param", "treaty", "--store", store_path])
    assert result.exit_code == 2
    assert "Invalid value for '--param' / '-p': 'treaty' is not name=value." in result.stderr


def test_query_parameter_errors_are_one_line(runner: CliRunner, store_path: str) -> None:
    fill(store_path)
    result = runner.invoke(cli, ["query", "accessions", "--param", "treaty=Treaty of Nowhere", "--store", store_path])
    assert result.exit_code == 1
    assert result.stderr == ("Error: no Agreement is named 'Treaty of Nowhere' in the catalog "
                             "or the stored articles.\n")


# -- stats, validate, view ----------------------------------------------------------------------

def test_stats_json_has_the_documented_keys(runner: CliRunner, store_path: str) -> None:
    fill(store_path)
    result = runner.invoke(cli, ["stats", "--format", "json", "--store", store_path])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert {"articles", "claims", "entities", "quads"} <= set(counts)
    assert counts["articles"] == 1 and counts["claims"] == 7 and counts["asserted_claims"] == 6
    assert counts["quads"] == quad_count(store_path)


def test_stats_table(runner: CliRunner, store_path: str) -> None:
    fill(store_path)
    result = runner.invoke(cli, ["stats", "--store", store_path])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["articles", "1"]


def test_validate_reports_and_fails_on_violations(runner: CliRunner, store_path: str, tmp_path: Path) -> None:
    fill(store_path)
    shapes = tmp_path / "strict.ttl"
    shapes.write_text("""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix dg: <https://w3id.org/diplograph/ontology#> .
        <urn:S> a sh:NodeShape ; sh:targetClass dg:Article ;
            sh:property [ sh:path dg:docId ; sh:minCount 2 ; sh:message "Two ids, please." ] .""")
    result = runner.invoke(cli, ["validate", "--shapes", str(shapes), "--store", store_path])
    assert result.exit_code == 1
    assert "Two ids, please." in result.stdout
    assert result.stderr.startswith("Error: The store does not conform to the shapes in strict.ttl: 1 violations")


def test_validate_passes_a_conforming_store(runner: CliRunner, store_path: str, tmp_path: Path) -> None:
    fill(store_path)
    shapes = tmp_path / "loose.ttl"
    shapes.write_text("""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix dg: <https://w3id.org/diplograph/ontology#> .
        <urn:S> a sh:NodeShape ; sh:targetClass dg:Article ; sh:property [ sh:path dg:docId ; sh:minCount 1 ] .""")
    result = runner.invoke(cli, ["validate", "--shapes", str(shapes), "--store", store_path])
    assert result.exit_code == 0 and result.stdout.startswith("The store conforms to the shapes in loose.ttl")


def test_view_writes_an_offline_page(runner: CliRunner, store_path: str, tmp_path: Path) -> None:
    fill(store_path)
    out = tmp_path / "views" / "view.html"
    result = runner.invoke(cli, ["view", "--out", str(out), "--store", store_path])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Wrote {out} (")
    page = out.read_text(encoding="utf-8")
    assert "Ruritania" in page and '<script src="http' not in page


def test_the_store_option_reads_the_environment(runner: CliRunner, store_path: str) -> None:
    fill(store_path)
    result = runner.invoke(cli, ["stats", "--format", "json"], env={"DIPLOGRAPH_STORE": store_path})
    assert result.exit_code == 0 and json.loads(result.stdout)["articles"] == 1


@pytest.mark.parametrize("dateline, outlet", [
    ("Джакарта, 12 юли (БТА) - Саудитска Арабия стана страна по договора.", "БТА"),
    ("ASTANA, July 4. /EurAsia Wire/. Belarus became a member.", "EurAsia Wire"),
    ("МИНСК, 27 июня (Корр. ТАСС) – Заседание прошло сегодня.", "ТАСС"),
    ("Belarus became a member of the Shanghai Cooperation Organisation (SCO) in 2024.", None),
])
def test_a_wire_storys_outlet_is_read_from_its_dateline(tmp_path, dateline, outlet):
    from diplograph.reader import read_article

    path = tmp_path / "a.txt"
    path.write_text(f"Title of the article here\n\n1 July 2024\n\n{dateline}\n", encoding="utf-8")
    assert read_article(path).outlet == outlet


@pytest.mark.parametrize("head, date", [
    ("GENEVA, Aug. 21, 2024 — The Union of the Comoros became the 165th member of the WTO.", "2024-08-21"),
    ("Женева, 21 август 2024 г. (БТА) - Коморските острови станаха член на СТО.", "2024-08-21"),
    ("Ministry for Foreign Affairs of Finland — Press release — 11 June 2025", "2025-06-11"),
    ("Прессъобщение на Патентното ведомство на Република България, 10 юли 2025 г.", "2025-07-10"),
    ("ASTANA, July 4. Belarus became a member of the SCO.", None),
], ids=["en-dateline", "bg-dateline", "en-trailing", "bg-trailing", "no-year"])
def test_an_article_without_a_date_line_takes_the_date_its_dateline_or_a_header_line_ends_with(tmp_path, head, date):
    from diplograph.reader import read_article

    path = tmp_path / "a.txt"
    path.write_text(f"Title of the article here\n\n{head}\n\nMore text follows in the body.\n", encoding="utf-8")
    assert read_article(path).date == date

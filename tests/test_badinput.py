"""Bad input (issue 2, item 9): one clear line naming the input and the problem, a
non-zero exit, and a store that holds exactly what it held before."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import make_extraction, quad_count
from diplograph import reader
from diplograph.cli import cli
from diplograph.query import list_queries
from diplograph.rdfmap import extraction_to_graph
from diplograph.store import open_store

GOOD = "Finland joined NATO on 4 April 2023, becoming the alliance's 31st member, officials said in Brussels.\n"


@pytest.fixture
def filled_store(store_path: str) -> str:
    with open_store(store_path) as store:
        store.replace_article("test-doc", extraction_to_graph(make_extraction(), extractor_version="1"))
    return store_path


def ingest_fails(runner: CliRunner, store: str, path: Path, message: str) -> None:
    """`diplograph ingest path` exits 1 with exactly `Error: message` and leaves the store as it was."""
    before = quad_count(store)
    result = runner.invoke(cli, ["ingest", str(path), "--store", store])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {message}\n"
    assert quad_count(store) == before


def test_an_empty_file(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    ingest_fails(runner, filled_store, path, f"{path}: empty file")


def test_a_file_of_blanks_is_empty_too(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t\n")
    ingest_fails(runner, filled_store, path, f"{path}: empty file")


def test_a_binary_file(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    ingest_fails(runner, filled_store, path, f"{path}: binary file, not text")


def test_a_file_that_is_not_utf8(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "cp1251.txt"
    path.write_bytes("Русия се присъедини към договора през 2004 г.".encode("cp1251"))
    ingest_fails(runner, filled_store, path, f"{path}: not UTF-8 text (invalid byte at offset 0)")


def test_a_truncated_file(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes("Русия и АСЕАН подписаха съвместно изявление.".encode("utf-8")[:-2])
    ingest_fails(runner, filled_store, path, f"{path}: not UTF-8 text (truncated at the end)")


def test_a_truncated_jsonl_record(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text('{"id": "cut-1", "text": "Finland joined NA', encoding="utf-8")
    ingest_fails(runner, filled_store, path, f"{path}:1: not JSON (Unterminated string starting at at column 25)")


def test_a_huge_file(runner: CliRunner, filled_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_BYTES", 1_000)
    path = tmp_path / "huge.txt"
    path.write_text(GOOD * 20, encoding="utf-8")
    size = path.stat().st_size
    ingest_fails(runner, filled_store, path, f"{path}: file too large ({size:,} bytes; the limit is 1,000)")


def test_html_without_text(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><div></div></body></html>",
                    encoding="utf-8")
    ingest_fails(runner, filled_store, path, f"{path}: HTML page has no article text")


def test_a_jsonl_line_that_is_not_json(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("{id: 1, text: 'single quotes'}\n", encoding="utf-8")
    ingest_fails(runner, filled_store, path,
                 f"{path}:1: not JSON (Expecting property name enclosed in double quotes at column 2)")


def test_a_missing_file(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    ingest_fails(runner, filled_store, tmp_path / "nowhere.txt", f"{tmp_path / 'nowhere.txt'}: no such file")


def test_in_a_batch_the_bad_input_is_skipped_and_listed(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "good-1", "text": GOOD, "lang": "en", "date": "2023-04-04"})
    corpus.write_text(f"{good}\nnot json at all\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["ingest", str(corpus), str(empty), "--store", filled_store])
    assert result.exit_code == 1
    assert result.stdout.startswith("Ingested 1 article: ")
    assert f"Skipped 2 inputs:\n  {corpus}:2: not JSON (Expecting value at column 1)\n  {empty}: empty file\n" \
        in result.stdout
    assert result.stderr == "Error: 2 inputs were skipped (listed above).\n"
    with open_store(filled_store) as store:
        assert store.articles() == ["good-1", "test-doc"]


def test_an_unknown_query_name(runner: CliRunner, filled_store: str) -> None:
    before = quad_count(filled_store)
    result = runner.invoke(cli, ["query", "acessions", "--store", filled_store])
    assert result.exit_code == 1
    assert result.stderr == f"Error: unknown query 'acessions'; known queries: {', '.join(list_queries())}.\n"
    assert quad_count(filled_store) == before


def test_a_sparql_syntax_error(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.rq"
    path.write_text("# Question: broken?\nSELECT ?x WHERE { ?x ", encoding="utf-8")
    before = quad_count(filled_store)
    result = runner.invoke(cli, ["query", str(path), "--store", filled_store])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: SPARQL syntax error at line 2, column 22.\n"
    assert quad_count(filled_store) == before


def test_a_store_path_under_a_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    store = tmp_path / "notes.txt" / "kg"
    result = runner.invoke(cli, ["stats", "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot create the store at {store}: Not a directory.\n"


def test_a_store_path_that_is_a_file(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "notes.txt"
    store.write_text("keep me")
    result = runner.invoke(cli, ["ingest", str(tmp_path), "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot open the store at {store}: it is a file, not a directory.\n"
    assert store.read_text() == "keep me"


def test_a_store_in_a_read_only_place(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["stats", "--store", "/proc/diplograph-store"])
    assert result.exit_code == 1
    assert result.stderr == "Error: cannot create the store at /proc/diplograph-store: No such file or directory.\n"


def test_a_store_held_by_another_writer(runner: CliRunner, filled_store: str, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Austria joined the European Union in 1995.\n")
    with open_store(filled_store):
        result = runner.invoke(cli, ["ingest", str(article), "--store", filled_store])
        reader = runner.invoke(cli, ["stats", "--store", filled_store])  # readers open it read-only
    assert result.exit_code == 1
    assert result.stderr == (f"Error: the store at {filled_store} is in use by another process; "
                             "wait for it to finish or pass another --store.\n")
    assert reader.exit_code == 0 and "articles" in reader.output

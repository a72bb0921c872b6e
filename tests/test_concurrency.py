"""Concurrency on one embedded store, with real processes.

While an ingest holds the store, read commands (query, stats) keep answering from a
read-only view, and a second writer is refused at once with a one-line lock error
(exit 1), leaving the store as the first writer makes it.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplograph.store import open_store
from test_parallel import article_quads, dg, write_corpus

N = 1500


def _wait_for_articles(path: Path, process: subprocess.Popen[bytes], at_least: int) -> None:
    from test_crash import _stored_articles

    deadline = time.monotonic() + 60
    while _stored_articles(path) < at_least and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    assert process.poll() is None, "the ingest ended before the readers ran"


@pytest.fixture
def ingesting(tmp_path: Path):
    """A store at tmp_path/kg with an ingest of N articles running into it."""
    corpus = write_corpus(tmp_path / "corpus.jsonl", N)
    store = tmp_path / "kg"
    process = subprocess.Popen([sys.executable, "-m", "diplograph", "ingest", str(corpus), "--store", str(store)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for_articles(store, process, 50)
        yield store, corpus, process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def test_queries_answer_and_a_second_writer_is_refused_while_an_ingest_runs(
        ingesting: tuple[Path, Path, subprocess.Popen[bytes]]) -> None:
    """One ingest of N articles serves both claims (each took a whole ingest of its own)."""
    store, corpus, process = ingesting
    # a second writer is refused at once, with a one-line lock error
    started = time.monotonic()
    second = dg("ingest", str(corpus), "--store", str(store), check=False)
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert lines == [f"Error: the store at {store} is in use by another process; "
                     "wait for it to finish or pass another --store."]
    assert time.monotonic() - started < 15  # process start-up; the lock itself is not waited for
    # read commands keep answering from a read-only view, seeing more articles each time
    counts, while_running = [], 0
    for _ in range(3):
        result = dg("stats", "--format", "json", "--store", str(store))
        counts.append(json.loads(result.stdout)["articles"])
        query = dg("query", "meetings", "--format", "csv", "--store", str(store), check=False)
        assert query.returncode == 0, query.stderr
        assert any(city in query.stdout for city in ("Vienna", "Paris", "Berlin", "Tokyo", "Hanoi", "Cairo"))
        if process.poll() is not None:
            break
        while_running += 1
    assert while_running >= 1, "the ingest finished before a reader was done; make the corpus larger"
    assert counts == sorted(counts) and 50 <= counts[0] < N
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    assert f"Ingested {N} articles".encode() in out
    assert json.loads(dg("stats", "--format", "json", "--store", str(store)).stdout)["articles"] == N
    # the store is as the first writer made it, and its lock is released when the writer ends
    graphs = article_quads(store)
    assert len(graphs) == N and all(graphs.values())
    with open_store(str(store)) as opened:
        assert len(opened.articles()) == N

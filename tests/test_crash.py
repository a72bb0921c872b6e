"""Crash safety: an ingest killed with SIGKILL leaves every article whole or absent.

A real `python -m diplograph ingest` of 1,000 generated articles is killed part-way;
the store must open, hold each article graph exactly as an uninterrupted run wrote it
(or not at all), and a rerun must end with the same quads as the uninterrupted run.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from diplograph.store import open_store
from test_parallel import article_quads, dg, write_corpus

N = 1000


def _stored_articles(path: Path) -> int:
    """How many article graphs a reader sees now (0 while the store is being created)."""
    try:
        store = ox.Store.read_only(str(path))
    except (OSError, RuntimeError):  # not created yet, or being created
        return 0
    count = sum(1 for g in store.named_graphs() if g.value.startswith("https://w3id.org/diplograph/graph/article/"))
    del store
    return count


def test_an_ingest_killed_midway_loses_nothing_it_committed(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", N)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    dg("ingest", str(corpus), "--store", str(clean))
    expected = article_quads(clean)
    assert len(expected) == N

    process = subprocess.Popen([sys.executable, "-m", "diplograph", "ingest", str(corpus), "--store", str(crashed)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _stored_articles(crashed) < 150 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    with open_store(str(crashed)) as store:  # opens (and takes the lock) after the crash
        assert store.quad_count() > 0
    found = article_quads(crashed)
    assert 0 < len(found) < N, "the ingest was not killed part-way"
    for graph, quads in found.items():
        assert quads == expected[graph], f"{graph} is not as an uninterrupted run wrote it"

    rerun = dg("ingest", str(corpus), "--store", str(crashed))
    assert f"Ingested {N} articles ({len(found)} replaced)" in rerun.stdout
    assert article_quads(crashed) == expected
    assert len(ox.Store.read_only(str(crashed))) == len(ox.Store.read_only(str(clean)))

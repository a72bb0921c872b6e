"""`ingest --workers N`: extraction in N processes, the same graph as one process, in order.

Also holds the helpers the crash, concurrency and Dask tests share: the generated
corpus of `benchmarks/ingest.py`, running the real CLI, and reading a store's article
graphs as sets of quads.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import REPO, fake_extractor
from diplograph.errors import ExtractionError
from diplograph.ingest import IngestSummary, extractor_version, iter_ingest
from diplograph.models import Article, Extraction
from diplograph.namespaces import article_graph
from diplograph.rdfmap import extraction_to_graph
from diplograph.parallel import iter_parallel_ingest, pool_map, prepare, with_time_limit
from diplograph.store import Store, open_store

ARTICLE_GRAPHS = "https://w3id.org/diplograph/graph/article/"
DATA = REPO / "tests" / "data" / "articles"


def _benchmark_module():
    spec = importlib.util.spec_from_file_location("diplograph_ingest_benchmark", REPO / "benchmarks" / "ingest.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    """`n` generated bg/ru/en articles as JSON Lines (see benchmarks/ingest.py)."""
    return _benchmark_module().write_corpus(path, n, seed)


def dg(*args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real `python -m diplograph` in a new process."""
    result = subprocess.run([sys.executable, "-m", "diplograph", *args], capture_output=True, text=True,
                            timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    if check and result.returncode != 0:
        raise AssertionError(f"diplograph {' '.join(args)} exited {result.returncode}:\n{result.stderr}{result.stdout}")
    return result


def article_quads(path: str | Path) -> dict[str, set[str]]:
    """doc graph IRI -> its quads (as N-Quads lines), read without the store's lock."""
    store = ox.Store.read_only(str(path))
    graphs: dict[str, set[str]] = {}
    for quad in store:
        name = quad.graph_name
        if isinstance(name, ox.NamedNode) and name.value.startswith(ARTICLE_GRAPHS):
            graphs.setdefault(name.value, set()).add(str(quad))
    del store
    return graphs


def test_workers_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 150)
    one, two = tmp_path / "one", tmp_path / "two"
    serial = dg("ingest", str(DATA), str(corpus), "--store", str(one))
    parallel = dg("ingest", str(DATA), str(corpus), "--store", str(two), "--workers", "2")
    assert serial.stdout == parallel.stdout.replace(str(two), str(one))
    expected = len(list(DATA.glob("*.txt"))) + 150
    assert f"Ingested {expected} articles" in serial.stdout
    graphs = article_quads(one)
    assert len(graphs) == expected and graphs == article_quads(two)
    assert len(ox.Store.read_only(str(one))) == len(ox.Store.read_only(str(two)))


def test_results_come_back_in_input_order(memory_store: Store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 60)
    seen = [r.doc for r in iter_parallel_ingest([str(corpus)], store=memory_store, workers=2,
                                                extractor=fake_extractor, batch=3)]
    assert seen == [f"gen-{i:07d}" for i in range(60)] == memory_store.articles()


def _fails_on_odd(article: Article) -> Extraction:
    if int(article.doc[-1]) % 2:
        raise ExtractionError(f"{article.source}: odd article")
    return fake_extractor(article)


def test_a_failing_article_is_skipped_and_the_rest_written(memory_store: Store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 10)
    summary = IngestSummary()
    seen = [r.doc for r in iter_parallel_ingest([str(corpus)], store=memory_store, summary=summary, workers=2,
                                                extractor=_fails_on_odd, batch=2)]
    assert seen == [f"gen-{i:07d}" for i in range(0, 10, 2)]
    assert [(s.source, s.reason) for s in summary.skipped] == [(f"{corpus}:{i + 1}", "odd article")
                                                               for i in range(1, 10, 2)]


def _spins(article: Article) -> Extraction:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and "slow" in article.text:
        pass
    return fake_extractor(article)


def test_an_article_over_the_time_bound_is_skipped(memory_store: Store, tmp_path: Path) -> None:
    (tmp_path / "a-slow.txt").write_text("This slow article about Austria and Japan never ends.\n")
    (tmp_path / "b-fast.txt").write_text("This article about Austria and Japan is quick.\n")
    summary = IngestSummary()
    started = time.monotonic()
    done = [r.doc for r in iter_ingest([str(tmp_path)], store=memory_store, summary=summary, extractor=_spins,
                                       time_limit=0.5)]
    assert time.monotonic() - started < 10
    assert done == ["b-fast"] and memory_store.articles() == ["b-fast"]
    assert summary.skipped[0].source.endswith("a-slow.txt")
    assert "time bound of 0.5 s" in summary.skipped[0].reason


def test_the_time_bound_also_holds_in_worker_processes(tmp_path: Path) -> None:
    articles = [Article(doc=f"d{i}", text=("slow " if i == 1 else "") + "Austria and Japan met.", lang="en")
                for i in range(3)]
    started = time.monotonic()
    out = list(pool_map(articles, workers=2, extractor=_spins, time_limit=0.5, batch=1))
    assert time.monotonic() - started < 15
    assert [p.doc for p in out] == ["d0", "d1", "d2"]
    assert [p.error is None for p in out] == [True, False, True]
    assert "time bound" in (out[1].error or "")


def test_prepare_maps_like_the_serial_ingest(memory_store: Store) -> None:
    article = Article(doc="doc-1", text="Austria and Japan met.", lang="en", source="doc-1.txt")
    prepared = prepare(article, fake_extractor)
    assert prepared.error is None and prepared.claims == 7 and len(prepared.new) == 6
    memory_store.replace_article_ntriples("doc-1", prepared.ntriples)
    with open_store(backend="memory") as direct:
        direct.replace_article("doc-1", extraction_to_graph(fake_extractor(article), extractor_version=extractor_version()))
        assert memory_store.named_graph(article_graph("doc-1")).isomorphic(direct.named_graph(article_graph("doc-1")))


def test_no_time_bound_leaves_the_extractor_alone() -> None:
    assert with_time_limit(fake_extractor, None) is fake_extractor
    assert with_time_limit(fake_extractor, 0) is fake_extractor


@pytest.mark.parametrize("workers", ["0", "-1"])
def test_workers_must_be_positive(workers: str, tmp_path: Path) -> None:
    result = dg("ingest", str(DATA), "--store", str(tmp_path / "kg"), "--workers", workers, check=False)
    assert result.returncode == 2 and "--workers" in result.stderr

"""`ingest --dask ADDRESS`: extraction on a Dask distributed cluster, the same graph as one process.

The test starts a `distributed.LocalCluster` of two worker processes on 127.0.0.1
and points the real CLI at its scheduler, as one would at a cluster of machines.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import fake_extractor
from diplograph.ingest import IngestSummary
from diplograph.models import Article
from diplograph.parallel import dask_map, iter_parallel_ingest
from diplograph.store import Store
from test_parallel import DATA, _fails_on_odd, article_quads, dg, write_corpus

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as local:
        yield local


def test_a_dask_ingest_stores_what_one_process_stores(cluster: object, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 120)
    one, on_dask = tmp_path / "one", tmp_path / "dask"
    serial = dg("ingest", str(DATA), str(corpus), "--store", str(one))
    distributed_run = dg("ingest", str(DATA), str(corpus), "--store", str(on_dask),
                         "--dask", cluster.scheduler_address)  # type: ignore[attr-defined]
    assert distributed_run.stdout == serial.stdout.replace(str(one), str(on_dask))
    graphs = article_quads(one)
    assert len(graphs) == len(list(DATA.glob("*.txt"))) + 120 and graphs == article_quads(on_dask)


def test_results_are_written_in_input_order_with_few_in_flight(cluster: object, memory_store: Store,
                                                                tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", 40)
    summary = IngestSummary()
    with distributed.Client(cluster) as client:
        seen = [r.doc for r in iter_parallel_ingest([str(corpus)], store=memory_store, summary=summary,
                                                    dask=client, extractor=_fails_on_odd, batch=3)]
    assert seen == [f"gen-{i:07d}" for i in range(0, 40, 2)] == memory_store.articles()
    assert [s.reason for s in summary.skipped] == ["odd article"] * 20


def test_in_flight_batches_are_bounded(cluster: object) -> None:
    pulled = []

    def articles() -> Iterator[Article]:
        for i in range(30):
            pulled.append(i)
            yield Article(doc=f"d{i:02d}", text="Austria and Japan met.", lang="en")

    with distributed.Client(cluster) as client:
        stream = dask_map(articles(), address=client, extractor=fake_extractor, batch=2, in_flight=3)
        first = next(stream)
        assert first.doc == "d00" and len(pulled) <= 2 * 4  # 3 batches in flight, plus the one being filled
        rest = list(stream)
    assert [p.doc for p in [first, *rest]] == [f"d{i:02d}" for i in range(30)]


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    result = dg("ingest", str(DATA), "--store", str(tmp_path / "kg"), "--dask", "tcp://127.0.0.1:1", check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in result.stderr

"""Ingest with extraction spread over processes or a Dask cluster, writing in order.

Extraction (reading rules, lemmatising, linking) is the costly part of ingesting and
needs nothing from the store, so it can run anywhere; writing stays in the calling
process, one article per transaction, in input order. Each engine turns an ordered
stream of articles into an ordered stream of `Prepared` results:

- `pool_map`: N local processes (multiprocessing, "forkserver" start so that the
  store's RocksDB threads are never forked), batches of articles, at most a few
  batches in flight, so memory does not grow with the corpus;
- `dask_map`: a Dask distributed cluster (`distributed.Client(address)`); batches are
  submitted with a bounded number in flight, collected with `as_completed` and put
  back in input order before they are written.

Every article gets a time bound (`with_time_limit`): an extraction that runs over
it is stopped and the article reported as skipped. The bound is enforced with
SIGALRM, so it applies where extraction runs in a process's main thread (the CLI,
pool workers); Dask runs tasks in worker threads, where no alarm can stop them, so on
a cluster the bound is not enforced.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from .errors import DiplographError, ExtractionError, StoreError
from .ingest import ArticleResult, Extractor, IngestSummary, Skipped, SkipHandler, _known, _reason, extractor_version
from .models import Article
from .store import Store

DEFAULT_TIME_LIMIT = 60.0   # seconds of extraction per article
DEFAULT_BATCH = 8           # articles per task sent to a worker
IN_FLIGHT_PER_WORKER = 4    # batches queued or running per worker


@dataclass(frozen=True)
class Prepared:
    """One article, extracted and mapped to N-Triples, ready to be written (or why not)."""

    doc: str
    source: str
    ntriples: str = ""
    claims: int = 0
    new: tuple[str, ...] = ()
    error: str | None = None


# -- the time bound ------------------------------------------------------------------------
class _Overtime(BaseException):
    """Raised inside the extractor by the alarm; a BaseException so that `except Exception`
    in extraction code does not swallow it."""


def with_time_limit(extractor: Extractor, seconds: float | None) -> Extractor:
    """`extractor`, stopped with ExtractionError after `seconds` of one article.

    Only in a main thread on a system with SIGALRM; elsewhere `extractor` runs unbounded.
    The alarm repeats every 50 ms after the bound, so that an interruption that lands
    where Python cannot raise it (a finalizer, a callback) is followed by another.
    """
    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer"):
        return extractor

    def bounded(article: Article) -> Any:
        if threading.current_thread() is not threading.main_thread():
            return extractor(article)
        armed = [True]

        def alarm(signum: int, frame: Any) -> None:
            if armed[0]:
                raise _Overtime()

        previous = signal.signal(signal.SIGALRM, alarm)
        try:
            signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
            try:
                return extractor(article)
            finally:  # an alarm landing here is caught below, and none is raised after it
                armed[0] = False
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _Overtime:
            raise ExtractionError(f"extraction ran over its time bound of {seconds:g} s; skipped") from None
        finally:
            signal.signal(signal.SIGALRM, previous)

    return bounded


# -- extraction of one article, wherever it runs -----------------------------------------------
def prepare(article: Article, extractor: Extractor | None = None, time_limit: float | None = DEFAULT_TIME_LIMIT) -> Prepared:
    """Extract `article` and map it to N-Triples; never raises for a bad article."""
    from .rdfmap import extraction_to_graph, new_entities

    if extractor is None:
        from .extract import extract as extractor
    source = article.source or article.doc
    try:
        extraction = with_time_limit(extractor, time_limit)(article)
        graph = extraction_to_graph(extraction, extractor_version=extractor_version())
    except DiplographError as exc:
        return Prepared(article.doc, source, error=_reason(str(exc), source))
    except Exception as exc:  # an extractor bug must not end a batch
        return Prepared(article.doc, source, error=f"extraction failed ({type(exc).__name__}: {exc})")
    body = graph.serialize(format="nt") if len(graph) else ""
    return Prepared(article.doc, source, body, len(extraction.claims), tuple(e.iri for e in new_entities(extraction)))


def prepare_batch(batch: list[Article], extractor: Extractor | None = None,
                  time_limit: float | None = DEFAULT_TIME_LIMIT) -> list[Prepared]:
    """`prepare` over a batch (the unit of work sent to a worker)."""
    return [prepare(article, extractor, time_limit) for article in batch]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


# -- engines -------------------------------------------------------------------------------------
def _warm_up(extractor: Extractor | None) -> None:
    """Load the catalog and lexicons once per worker, before the first timed article."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    if extractor is None:
        from .extract import get_extractor

        get_extractor()


def pool_map(articles: Iterable[Article], *, workers: int, extractor: Extractor | None = None,
             time_limit: float | None = DEFAULT_TIME_LIMIT, batch: int = DEFAULT_BATCH) -> Iterator[Prepared]:
    """`prepare` over `articles` in `workers` processes, in input order, with bounded memory."""
    context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                          else "spawn")
    pending: deque[Any] = deque()
    limit = max(2, workers * IN_FLIGHT_PER_WORKER)
    with context.Pool(workers, initializer=_warm_up, initargs=(extractor,)) as pool:
        for chunk in _batches(articles, batch):
            pending.append(pool.apply_async(prepare_batch, (chunk, extractor, time_limit)))
            while len(pending) >= limit:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def dask_map(articles: Iterable[Article], *, address: str | Any, extractor: Extractor | None = None,
             time_limit: float | None = DEFAULT_TIME_LIMIT, batch: int = DEFAULT_BATCH,
             in_flight: int | None = None) -> Iterator[Prepared]:
    """`prepare` over `articles` on a Dask distributed cluster, yielded in input order.

    Args:
        address: the scheduler's address ("tcp://host:8786"), or a `distributed.Client`.
        in_flight: batches submitted and not yet written (default: 4 per worker thread).
    """
    try:
        from distributed import Client, as_completed
    except ImportError:  # pragma: no cover - depends on the installation
        raise StoreError("--dask needs the distributed package: pip install 'dask[distributed]'") from None
    own = not isinstance(address, Client)
    try:
        client = Client(address, timeout="10s") if own else address
    except (OSError, TimeoutError) as exc:
        raise StoreError(f"cannot reach the Dask scheduler at {address}: {str(exc).splitlines()[0]}") from None
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = in_flight or max(2, threads * IN_FLIGHT_PER_WORKER)
        chunks = _batches(articles, batch)
        by_index: dict[int, list[Prepared]] = {}
        chunk_of: dict[int, list[Article]] = {}
        futures = as_completed(with_results=False)
        submitted = next_out = 0
        key_index: dict[str, int] = {}

        def submit() -> bool:
            nonlocal submitted
            chunk = next(chunks, None)
            if chunk is None:
                return False
            future = client.submit(prepare_batch, chunk, extractor, time_limit, pure=False)
            key_index[future.key] = submitted
            chunk_of[submitted] = chunk
            futures.add(future)
            submitted += 1
            return True

        while len(key_index) < limit and submit():
            pass
        for future in futures:
            index = key_index.pop(future.key)
            chunk = chunk_of.pop(index)
            try:
                by_index[index] = future.result()
            except Exception as exc:  # a lost worker or an unpicklable result: report the batch
                reason = f"extraction failed on the cluster ({type(exc).__name__}: {exc})"
                by_index[index] = [Prepared(a.doc, a.source or a.doc, error=reason) for a in chunk]
            while next_out in by_index:
                yield from by_index.pop(next_out)
                next_out += 1
            while len(key_index) + len(by_index) < limit and submit():
                pass
    finally:
        if own:
            client.close()


# -- writing -------------------------------------------------------------------------------------
def write_prepared(prepared: Iterable[Prepared], *, store: Store, summary: IngestSummary,
                   on_skip: SkipHandler) -> Iterator[ArticleResult]:
    """Write each prepared article as its own graph, in order (one transaction each)."""
    for item in prepared:
        if item.error is not None:
            on_skip(item.source, item.error)
            continue
        new = [iri for iri in item.new if not _known(store, iri)]
        replaced = store.has_article(item.doc)
        store.replace_article_ntriples(item.doc, item.ntriples)
        result = ArticleResult(item.doc, item.source, item.claims, len(new), replaced)
        summary.add(result)
        yield result


def iter_parallel_ingest(inputs: Sequence[str], *, store: Store, summary: IngestSummary | None = None,
                         on_skip: SkipHandler | None = None, extractor: Extractor | None = None,
                         workers: int = 2, dask: str | Any | None = None,
                         time_limit: float | None = DEFAULT_TIME_LIMIT,
                         batch: int = DEFAULT_BATCH) -> Iterator[ArticleResult]:
    """Like `diplograph.ingest.iter_ingest`, with extraction in `workers` processes or on the
    Dask cluster at `dask`; the stored graphs are the same as a one-process ingest's."""
    from .reader import iter_articles

    summary = summary if summary is not None else IngestSummary()

    def skip(source: str, reason: str) -> None:
        summary.skipped.append(Skipped(source, reason))
        if on_skip is not None:
            on_skip(source, reason)

    articles = iter_articles(list(inputs), on_skip=skip)
    if dask is not None:
        prepared = dask_map(articles, address=dask, extractor=extractor, time_limit=time_limit, batch=batch)
    else:
        prepared = pool_map(articles, workers=max(1, workers), extractor=extractor, time_limit=time_limit,
                            batch=batch)
    yield from write_prepared(prepared, store=store, summary=summary, on_skip=skip)


def default_workers() -> int:
    """The CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


__all__ = ["DEFAULT_TIME_LIMIT", "Prepared", "dask_map", "default_workers", "iter_parallel_ingest", "pool_map",
           "prepare", "prepare_batch", "with_time_limit", "write_prepared"]

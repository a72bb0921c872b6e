"""Read articles, extract their claims and store each as its own named graph.

Streaming: one article is read, extracted, mapped and written before the next is
read, so a corpus never has to fit in memory. An input that cannot be read or
extracted is reported through `on_skip(source, reason)` and skipped; the store is
written one article at a time, atomically, so it keeps exactly what it held for
every article that failed.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef

from .errors import DiplographError
from .models import Article, Extraction
from .rdfmap import extraction_to_graph, new_entities
from .store import Store

Extractor = Callable[[Article], Extraction]
SkipHandler = Callable[[str, str], None]


@dataclass(frozen=True)
class Skipped:
    """An input (file, JSON Lines record, article) that was left out, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class ArticleResult:
    """What ingesting one article did."""

    doc: str
    source: str | None
    claims: int
    new_entities: int
    replaced: bool


@dataclass
class IngestSummary:
    """Totals of one ingest run."""

    articles: int = 0
    replaced: int = 0
    claims: int = 0
    new_entities: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def add(self, result: ArticleResult) -> None:
        self.articles += 1
        self.replaced += int(result.replaced)
        self.claims += result.claims
        self.new_entities += result.new_entities

    def to_json(self) -> dict[str, Any]:
        return {"articles": self.articles, "replaced": self.replaced, "claims": self.claims,
                "new_entities": self.new_entities,
                "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped]}


def ingest(inputs: Sequence[str], *, store: Store, progress: Callable[[ArticleResult], None] | None = None,
           on_skip: SkipHandler | None = None, extractor: Extractor | None = None,
           time_limit: float | None = 60.0) -> IngestSummary:
    """Ingest files, folders, globs or "-" (JSON Lines on stdin) into `store`.

    Args:
        inputs: what to read, as `diplograph.reader.iter_articles` takes it.
        store: an open store; each article replaces its own named graph.
        progress: called after each article is stored.
        on_skip: called with (source, reason) for every input left out.
        extractor: the extraction function (default: `diplograph.extract.extract`).
        time_limit: seconds of extraction per article before it is skipped (None: no bound).

    Returns:
        The totals, with every skipped input and its reason.
    """
    summary = IngestSummary()
    for result in iter_ingest(inputs, store=store, summary=summary, on_skip=on_skip, extractor=extractor,
                              time_limit=time_limit):
        if progress is not None:
            progress(result)
    return summary


def iter_ingest(inputs: Sequence[str], *, store: Store, summary: IngestSummary | None = None,
                on_skip: SkipHandler | None = None, extractor: Extractor | None = None,
                time_limit: float | None = 60.0) -> Iterator[ArticleResult]:
    """Like `ingest`, but yield each article's result as soon as it is stored.

    An article whose extraction runs over `time_limit` seconds is skipped (see
    `diplograph.parallel.with_time_limit`); None or 0 means no bound.
    """
    from .parallel import with_time_limit

    summary = summary if summary is not None else IngestSummary()
    extract = with_time_limit(extractor or _default_extractor(), time_limit)

    def skip(source: str, reason: str) -> None:
        summary.skipped.append(Skipped(source, reason))
        if on_skip is not None:
            on_skip(source, reason)

    from .reader import iter_articles

    for article in iter_articles(list(inputs), on_skip=skip):
        result = ingest_article(article, store=store, extractor=extract, on_skip=skip)
        if result is not None:
            summary.add(result)
            yield result


def ingest_article(article: Article, *, store: Store, extractor: Extractor,
                   on_skip: SkipHandler) -> ArticleResult | None:
    """Extract one article and replace its graph; None (and `on_skip`) when extraction fails."""
    extraction = try_extract(article, extractor, on_skip)
    if extraction is None:
        return None
    try:
        graph = extraction_to_graph(extraction, extractor_version=extractor_version())
    except DiplographError as exc:
        on_skip(article.source or article.doc, str(exc))
        return None
    new = [e.iri for e in new_entities(extraction) if not _known(store, e.iri)]
    replaced = store.has_article(article.doc)
    store.replace_article(article.doc, graph)
    return ArticleResult(article.doc, article.source, len(extraction.claims), len(new), replaced)


def try_extract(article: Article, extractor: Extractor, on_skip: SkipHandler) -> Extraction | None:
    """`extractor(article)`, or None after reporting to `on_skip` why it failed."""
    source = article.source or article.doc
    try:
        return extractor(article)
    except DiplographError as exc:
        on_skip(source, _reason(str(exc), source))
    except Exception as exc:  # an extractor bug must not end a batch; report it and go on
        on_skip(source, f"extraction failed ({type(exc).__name__}: {exc})")
    return None


def extractor_version() -> str:
    """The version recorded on every extraction activity: the package's, plus the extractor's own."""
    from . import __version__

    try:
        extract_module = importlib.import_module("diplograph.extract")
    except ImportError:
        return __version__
    own = getattr(extract_module, "EXTRACTOR_VERSION", None) or getattr(extract_module, "__version__", None)
    return f"{__version__}+{own}" if own else __version__


def _default_extractor() -> Extractor:
    from .extract import extract

    return extract


def _known(store: Store, iri: str) -> bool:
    return bool(store.query("ASK { ?entity a ?type }", {"entity": URIRef(iri)}).askAnswer)


def _reason(message: str, source: str) -> str:
    return message[len(source) + 2:] if message.startswith(source + ": ") else message

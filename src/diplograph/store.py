"""The knowledge-graph store: one named graph per article, plus the reference graphs.

Layout (RDF 1.1 datasets, https://www.w3.org/TR/rdf11-datasets/):

- `https://w3id.org/diplograph/graph/catalog`: the packaged catalog (`graph/*.ttl`);
- `https://w3id.org/diplograph/graph/ontology`: the ontology (`ontology/*.ttl`);
- `https://w3id.org/diplograph/graph/article/<doc>`: everything one article says;
- `https://w3id.org/diplograph/graph/summary` and `…/graph/summary-monthly`: counts per
  entity, in all and per month, `…/graph/summary-facts`: articles per asserted fact, and
  `…/graph/summary-meetings`: each meeting's years and adopted documents, and
  `…/graph/summary-partners`: articles per actor, partner and year of publication, kept by
  every article write (`diplograph.summary`).

The default graph is the union of all named graphs, so queries can use plain triple
patterns and reach for `GRAPH ?g` only when they need to know which article said what.

Backends are picked by name from `BACKENDS` (a plain registry, as in rdflib's
`plugin.register`), and imported only when used: "oxigraph" (on disk, the default),
"memory" (Oxigraph in memory, for tests), "rdflib" (rdflib's pure-Python store and
SPARQL engine) and "remote" (any SPARQL 1.1 server over HTTP, picked for http(s):// paths).
"""
from __future__ import annotations

import importlib
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier

from .errors import OntologyError, QueryError, StoreError
from .namespaces import DCTERMS, PREFIXES, article_graph, doc_of_graph
from .reference import ReferenceGraph, reference_graphs
from .sparql import bind_values, term_n3
from .summary import Contribution, SummaryWrite, article_update, contribution_of_graph, contribution_of_ntriples, \
    mark_if_empty, plain, plan, stored_contribution

DEFAULT_STORE_PATH = "./diplograph-data"

BACKENDS: dict[str, str] = {
    "oxigraph": "diplograph.backends.oxigraph:OxigraphStore",
    "memory": "diplograph.backends.oxigraph:OxigraphMemoryStore",
    "rdflib": "diplograph.backends.rdflib_memory:RdflibMemoryStore",
    "remote": "diplograph.backends.remote:RemoteStore",
}


def register_backend(name: str, target: str) -> None:
    """Make a backend available to `open_store` as "module.path:ClassName"."""
    BACKENDS[name] = target


def open_store(path: str | None = DEFAULT_STORE_PATH, *, backend: str = "oxigraph", read_only: bool = False) -> Store:
    """Open (creating if needed) a store and bring its reference graphs up to date.

    Args:
        path: the store's directory (ignored by the in-memory backends), or the
            http(s):// URL of a SPARQL 1.1 server, which picks the "remote" backend.
        backend: a name in `BACKENDS`.
        read_only: open for reading only, without taking the store's lock, so that a
            writer (an ingest) may hold it meanwhile; the store is then read as it was
            when opened. A store whose reference graphs are out of date is opened for
            writing to update them, unless another process holds it.

    Raises:
        StoreError: the backend is unknown, or the store cannot be opened or written.
    """
    if backend == "oxigraph" and path and re.match(r"^https?://", str(path), re.IGNORECASE):
        backend = "remote"
    try:
        target = BACKENDS[backend]
    except KeyError:
        raise StoreError(f"unknown store backend {backend!r}; known backends: {', '.join(sorted(BACKENDS))}") from None
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if read_only and getattr(cls, "can_read_only", False):
        reader = _open_reader(cls, path)
        if reader is not None:
            return reader
    store: Store = cls(path)
    try:
        store.sync_reference()
        mark_if_empty(store)
    except BaseException:
        store.close()
        raise
    return store


def _open_reader(cls: type[Store], path: str | None) -> Store | None:
    """A read-only store, or None when there is no store there yet."""
    try:
        reader = cls(path, read_only=True)
    except StoreError:
        return None  # no store there yet: open it for writing, which creates it
    if all(reader.reference_version(ref.name) == ref.version for ref in reference_graphs()):
        return reader
    reader.close()  # out of date: update it, unless a writer holds it
    try:
        return open_store(path, backend=cls.backend)
    except StoreError as exc:
        if "in use by another process" not in str(exc):
            raise
        return cls(path, read_only=True)


class Store(ABC):
    """An RDF dataset of article graphs and reference graphs, spoken to through rdflib."""

    backend: str = ""
    can_read_only: bool = False

    def __init__(self, path: str | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.dataset: Dataset = self._open()
        for prefix, namespace in PREFIXES.items():
            self.dataset.bind(prefix, namespace, override=True)

    # -- what each backend provides -------------------------------------------------
    @abstractmethod
    def _open(self) -> Dataset:
        """The backend's dataset, with its default graph the union of the named graphs."""

    @abstractmethod
    def _replace_graph(self, name: URIRef, graph: Graph) -> None:
        """Replace named graph `name` with the triples of `graph` in one transaction."""

    @abstractmethod
    def _load_reference(self, reference: ReferenceGraph) -> None:
        """Replace a reference graph with the content of its files."""

    @abstractmethod
    def quad_count(self) -> int:
        """How many quads the store holds, all graphs together."""

    def close(self) -> None:
        """Release the store (and, on disk, its lock)."""
        self.dataset.close()

    # -- articles ----------------------------------------------------------------------
    def replace_article(self, doc: str, graph: Graph) -> None:
        """Store `graph` as article `doc`'s named graph, replacing what it held, atomically.

        The summary graph's counts for the entities the old and new versions name change
        in the same update (see `diplograph.summary`).
        """
        self._write_article(doc, graph.serialize(format="nt") if len(graph) else "", contribution_of_graph(graph))

    def replace_article_ntriples(self, doc: str, ntriples: str) -> None:
        """Like `replace_article`, from the graph's N-Triples (as extraction workers send it)."""
        self._write_article(doc, ntriples, contribution_of_ntriples(ntriples) if ntriples.strip() else None)

    def remove_article(self, doc: str) -> bool:
        """Drop article `doc`'s graph (and its part of the summary); False when the store did not hold it."""
        if not self.has_article(doc):
            return False
        self._write_article(doc, "", None)
        return True

    def _write_article(self, doc: str, ntriples: str, new: Contribution | None) -> None:
        name = article_graph(doc)
        self._store_article(name, ntriples, plan(self, name, stored_contribution(self, name), new))

    def _store_article(self, name: str, ntriples: str, write: SummaryWrite) -> None:
        """Replace graph `name` (an IRI) with `ntriples` and apply the summary's `write`, in one update."""
        self.update(article_update(name, ntriples, write))

    def _compact(self) -> None:
        """Reorganise storage after a bulk rewrite (the summary's); nothing to do by default."""

    def _insert_nquads(self, nquads: str) -> None:
        """Add quads given as N-Quads (`diplograph.summary.summarize` writes through this)."""
        self.dataset.parse(data=nquads, format="nquads")

    def has_article(self, doc: str) -> bool:
        """Whether the store holds a graph for article `doc`."""
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(article_graph(doc))}).askAnswer)

    def articles(self) -> list[str]:
        """The doc ids of the stored articles, sorted."""
        docs = (doc_of_graph(str(context.identifier)) for context in dataset_graphs(self.dataset))
        return sorted(doc for doc in docs if doc is not None)

    def select_n3(self, sparql: str) -> list[tuple[str | None, ...]]:
        """The rows of a SELECT query with their terms in N-Triples syntax (None: unbound).

        For internal queries whose terms are compared and written back as text (the summary's).
        """
        return [tuple(None if term is None else plain(term.n3()) for term in row)  # type: ignore[union-attr]
                for row in self.query(sparql)]

    def ntriples_in(self, graph: str, *, subjects: Iterable[str] | None = None,
                    predicates: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
        """The triples of named graph `graph` (an IRI) with one of `subjects` and one of
        `predicates` (terms in N-Triples syntax; None: any), in N-Triples syntax.

        Every article write reads the summary through this, so backends answer it without
        the SPARQL engine where they can.
        """
        values = "".join(f"VALUES ?{var} {{ {' '.join(terms)} }} "
                         for var, terms in (("s", subjects), ("p", predicates)) if terms is not None)
        rows = self.select_n3(f"SELECT ?s ?p ?o WHERE {{ {values}GRAPH {term_n3(URIRef(graph))} {{ ?s ?p ?o }} }}")
        return [(s, p, o) for s, p, o in rows]  # type: ignore[misc]

    def named_graph(self, name: str) -> Graph:
        """A view of one named graph (reading it does not create it)."""
        return Graph(store=self.dataset.store, identifier=URIRef(name), namespace_manager=self.dataset.namespace_manager)

    # -- SPARQL ------------------------------------------------------------------------
    def query(self, sparql: str, init_bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a SPARQL query over the union of all graphs.

        Args:
            sparql: a SELECT, ASK, CONSTRUCT or DESCRIBE query.
            init_bindings: variable name -> RDF term, bound through a VALUES block
                opening the WHERE clause (see `diplograph.sparql.bind_values`).

        Raises:
            QueryError: the query does not parse or cannot be evaluated.
        """
        sparql = bind_values(sparql, init_bindings or {})
        try:
            result = self._evaluate(sparql)
            if result.type == "SELECT":  # evaluate now, so that errors surface here
                # rdflib answers an aggregate query that matched nothing with one empty row
                result.bindings = [row for row in result.bindings if any(v is not None for v in row.values())]
            return result
        except QueryError:
            raise
        except Exception as exc:  # the engines raise SyntaxError, ParseException, ValueError …
            if isinstance(exc, SyntaxError) or type(exc).__name__ == "ParseException":
                raise QueryError(syntax_error_message(exc)) from exc
            raise QueryError(f"the query failed: {_first_line(exc)}") from exc

    def _evaluate(self, sparql: str) -> Result:
        """The result of a query text whose parameters are bound (the backend's engine)."""
        return self.dataset.query(sparql)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (in one transaction on the oxigraph backend)."""
        try:
            self.dataset.update(sparql)
        except Exception as exc:
            raise QueryError(f"the update failed: {_first_line(exc)}") from exc

    def __len__(self) -> int:
        return self.quad_count()

    # -- reference graphs ----------------------------------------------------------------
    def sync_reference(self) -> list[str]:
        """Reload each reference graph whose packaged files changed; returns the reloaded names."""
        reloaded = []
        for reference in reference_graphs():
            version = reference.version
            if self.reference_version(reference.name) == version:
                continue
            try:
                self._load_reference(reference)
            except (SyntaxError, ValueError) as exc:
                raise OntologyError(f"cannot load the packaged graph {reference.name}: {_first_line(exc)}") from exc
            self.named_graph(reference.name).add((reference.name, DCTERMS.hasVersion, Literal(version)))
            reloaded.append(str(reference.name))
        return reloaded

    def reference_version(self, name: URIRef) -> str | None:
        """The content hash a reference graph was loaded from, or None if never loaded."""
        versions = list(self.named_graph(name).objects(name, DCTERMS.hasVersion))
        return str(versions[0]) if len(versions) == 1 else None

    # -- context manager ---------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.path or ':memory:'}>"


def syntax_error_message(exc: BaseException) -> str:
    """Where a SPARQL text fails to parse, from Oxigraph's ("error at 1:22: …") or pyparsing's message."""
    text = str(exc)
    found = re.search(r"error at (\d+):(\d+)", text) or re.search(r"line:(\d+), col:(\d+)", text)
    if found:
        return f"SPARQL syntax error at line {found.group(1)}, column {found.group(2)}."
    return f"SPARQL syntax error: {_first_line(exc)}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def dataset_graphs(dataset: Dataset) -> Iterator[Graph]:
    """The dataset's graphs (rdflib renamed `contexts` to `graphs` in 7.1)."""
    graphs = getattr(dataset, "graphs", None) or dataset.contexts
    return iter(graphs())

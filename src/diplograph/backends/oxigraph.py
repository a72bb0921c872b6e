"""On-disk backend: an embedded Oxigraph (RocksDB) store, spoken to through oxrdflib (queries
run on pyoxigraph itself, their results made into rdflib terms by `_TermCache`).

Writes of article graphs go straight to pyoxigraph: `DROP SILENT GRAPH <g> ;
INSERT DATA { GRAPH <g> { … } }` (with the summary graph's changes) is one SPARQL
Update, which Oxigraph applies in a single transaction, so a reader never sees an
article half replaced and a failed write leaves the old graph in place. Measured on 100 graphs of 300 triples, this
path (1.0 s) is as fast as rdflib's per-triple `Graph.add` (0.9 s) and faster than
`Dataset.addN` (1.3 s), and it is the only one of the three that is atomic.
Reference graphs are loaded with `pyoxigraph.Store.load`, which parses Turtle in Rust.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from oxrdflib.store import OxigraphStore as _RdflibOxigraph
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Node

from ..errors import QueryError, StoreError
from ..namespaces import PREFIXES
from ..reference import ReferenceGraph
from ..store import Store
from ..summary import SummaryWrite, article_update, plain

_ROCKSDB_MARKERS = ("CURRENT", "LOCK", "IDENTITY")


class OxigraphStore(Store):
    """A store in a directory on disk; one process at a time may hold it."""

    backend = "oxigraph"
    can_read_only = True
    flush_every = 1000  # article writes between flushes of the write buffer to table files

    def _open(self) -> Dataset:
        if not self.path:
            raise StoreError("the oxigraph backend needs a store path (use --store PATH).")
        self._ox = _open_read_only(Path(self.path)) if self.read_only else _open_oxigraph(Path(self.path))
        return Dataset(store=_RdflibOxigraph(store=self._ox), default_union=True)

    def _replace_graph(self, name: URIRef, graph: Graph) -> None:
        self._store_article(str(name), graph.serialize(format="nt") if len(graph) else "", SummaryWrite())

    def _store_article(self, name: str, ntriples: str, write: SummaryWrite) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only.")
        # Flushing now and then keeps the write-ahead log short, so that a reader opening
        # the store read-only meanwhile does not replay a long log.
        self._writes = getattr(self, "_writes", 0) + 1
        if self._writes % self.flush_every == 0:
            self._ox.flush()
        try:
            self._ox.update(article_update(name, ntriples, write))
        except (OSError, SyntaxError, ValueError) as exc:  # nothing was written: the update is one transaction
            raise StoreError(f"cannot write graph <{name}> to the store at {self.path}: "
                             f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc

    def _evaluate(self, sparql: str) -> Result:
        """Oxigraph's answer as rdflib's Result, as oxrdflib makes it, with each distinct term
        converted once (a 5M-quad listing of thousands of rows spent 15-20% of its time making
        the same relation, entity and datatype IRIs over and over)."""
        answer = self._ox.query(sparql, use_default_graph_as_union=True, prefixes=dict(self.dataset.namespaces()))
        convert = _TermCache()
        if isinstance(answer, ox.QueryBoolean):
            out = Result("ASK")
            out.askAnswer = bool(answer)
        elif isinstance(answer, ox.QuerySolutions):
            out = Result("SELECT")
            out.vars = [Variable(v.value) for v in answer.variables]
            out.bindings = [dict(zip(out.vars, map(convert, solution))) for solution in answer]
        else:
            out = Result("CONSTRUCT")
            out.graph = Graph()
            out.graph += ((convert(t.subject), convert(t.predicate), convert(t.object)) for t in answer)
        return out

    def select_n3(self, sparql: str) -> list[tuple[str | None, ...]]:
        try:
            result = self._ox.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"the query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") \
                from exc
        width = len(result.variables)
        return [tuple(None if row[i] is None else plain(str(row[i])) for i in range(width)) for row in result]

    def ntriples_in(self, graph: str, *, subjects: Iterable[str] | None = None,
                    predicates: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
        name = ox.NamedNode(graph)
        found = []
        for s in [ox.NamedNode(t[1:-1]) for t in subjects] if subjects is not None else [None]:
            for p in [ox.NamedNode(t[1:-1]) for t in predicates] if predicates is not None else [None]:
                for quad in self._ox.quads_for_pattern(s, p, None, name):
                    found.append((str(quad.subject), str(quad.predicate), plain(str(quad.object))))
        return found

    def _compact(self) -> None:
        # A rewrite of the summary leaves its old quads as tombstones in the RocksDB tables;
        # until they are compacted away every query reads slower (30-50% at 5M quads).
        self._ox.optimize()

    def _insert_nquads(self, nquads: str) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only.")
        self._ox.load(input=nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def _load_reference(self, reference: ReferenceGraph) -> None:
        graph = ox.NamedNode(str(reference.name))
        self._ox.remove_graph(graph)
        for path in reference.files:
            self._ox.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=graph)

    def quad_count(self) -> int:
        return len(self._ox)

    def close(self) -> None:
        if hasattr(self, "_ox"):
            if not self.read_only:
                self._ox.flush()
            del self._ox
        super().close()


class OxigraphMemoryStore(OxigraphStore):
    """Oxigraph in memory: the same engine as on disk, gone when the object goes (for tests)."""

    backend = "memory"
    can_read_only = False

    def _open(self) -> Dataset:
        self._ox = ox.Store()
        return Dataset(store=_RdflibOxigraph(store=self._ox), default_union=True)

    def close(self) -> None:
        if hasattr(self, "_ox"):
            del self._ox
        Store.close(self)


class _TermCache(dict[object, Node | None]):
    """Oxigraph terms -> rdflib terms, each made once (rdflib's Literal and URIRef constructors
    check and normalize their value, which costs more than the lookup); a literal's datatype
    IRI is one of these terms too."""

    def __call__(self, term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Node | None:
        if term is None:
            return None
        found = self.get(term)
        if found is None:
            found = self[term] = self._convert(term)
        return found

    def _convert(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return Literal(term.value, lang=term.language)
            return Literal(term.value, datatype=self(term.datatype))
        raise QueryError(f"the query answered with a term rdflib cannot hold: {term!r}")


def _open_oxigraph(path: Path) -> ox.Store:
    """Open the RocksDB directory, turning each way it can fail into one clear StoreError."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"cannot open the store at {path}: it is a file, not a directory.")
    if path.is_dir() and any(path.iterdir()) and not any((path / m).exists() for m in _ROCKSDB_MARKERS):
        raise StoreError(f"cannot open the store at {path}: the directory holds other files, not a store.")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the store at {path}: {exc.strerror or exc}.") from exc
    if not os.access(path, os.W_OK | os.X_OK):
        raise StoreError(f"cannot open the store at {path}: the directory is not writable.")
    try:
        return ox.Store(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"the store at {path} is in use by another process; "
                             "wait for it to finish or pass another --store.") from exc
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc


def _open_read_only(path: Path) -> ox.Store:
    """Open an existing store for reading, without its lock (a writer may hold it)."""
    if not path.is_dir() or not any((path / m).exists() for m in _ROCKSDB_MARKERS):
        raise StoreError(f"there is no store at {path}.")
    # While a writer compacts, a table file listed in the manifest a reader just read may be
    # gone by the time the reader opens it (RocksDB then reports "Corruption ... No such
    # file"); the store itself is fine, so try again on the newer manifest.
    for attempt in range(20):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:  # RuntimeError: also a store still being created
            if attempt == 19:
                raise StoreError(f"cannot open the store at {path} for reading: "
                                 f"{str(exc).splitlines()[0]}") from exc
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")

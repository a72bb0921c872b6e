"""In-memory backend on rdflib's pure-Python "Memory" store and SPARQL engine.

It shows that the store contract and the core queries do not depend on Oxigraph
(any rdflib store can stand in); rdflib's engine is much slower on large joins and
property paths, so the other backends are the ones to use for real work.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node
from rdflib.util import from_n3

from ..reference import ReferenceGraph
from ..store import Store, dataset_graphs
from ..summary import SummaryWrite, plain

# Parsed reference graphs, by content hash, shared by every memory store of the process.
_PARSED: dict[str, Graph] = {}


class RdflibMemoryStore(Store):
    """A store that lives as long as the Python object, queried by rdflib's engine."""

    backend = "rdflib"

    def _open(self) -> Dataset:
        return Dataset(store="Memory", default_union=True)

    def _replace_graph(self, name: URIRef, graph: Graph) -> None:
        self.dataset.remove_graph(name)
        if len(graph):
            target = self.dataset.graph(name)
            self.dataset.addN((s, p, o, target) for s, p, o in graph)

    def _store_article(self, name: str, ntriples: str, write: SummaryWrite) -> None:
        # rdflib's SPARQL parser is slow on large INSERT DATA blocks: change the graphs directly.
        graph = Graph()
        if ntriples.strip():
            graph.parse(data=ntriples, format="nt")
            for triple in write.sightings:
                graph.add(_terms(triple))
        self._replace_graph(URIRef(name), graph)
        for *triple, graph in write.removed:
            self.dataset.graph(from_n3(graph)).remove(_terms(triple))  # type: ignore[arg-type]
        for *triple, graph in write.added:
            self.dataset.graph(from_n3(graph)).add(_terms(triple))  # type: ignore[arg-type]

    def ntriples_in(self, graph: str, *, subjects: Iterable[str] | None = None,
                    predicates: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
        view = self.named_graph(graph)
        return [(s.n3(), p.n3(), plain(o.n3()))
                for subject in ([from_n3(t) for t in subjects] if subjects is not None else [None])
                for predicate in ([from_n3(t) for t in predicates] if predicates is not None else [None])
                for s, p, o in view.triples((subject, predicate, None))]

    def _load_reference(self, reference: ReferenceGraph) -> None:
        version = reference.version
        if version not in _PARSED:
            parsed = Graph()
            for path in reference.files:
                parsed.parse(path, format="ox-turtle")
            _PARSED[version] = parsed
        self._replace_graph(reference.name, _PARSED[version])

    def articles(self) -> list[str]:
        return [doc for doc in super().articles() if self.has_article(doc)]

    def quad_count(self) -> int:
        return sum(len(context) for context in dataset_graphs(self.dataset))


def _terms(triple: tuple[str, ...]) -> tuple[Node, Node, Node]:
    return tuple(from_n3(term) for term in triple)  # type: ignore[return-value]

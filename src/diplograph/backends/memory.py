"""In-memory backend on rdflib's "Memory" store, for tests and notebooks.

Queries run on rdflib's own SPARQL engine, so the query library is exercised on a
second engine besides Oxigraph.
"""
from __future__ import annotations

from rdflib import Dataset, Graph, URIRef

from ..reference import ReferenceGraph
from ..store import Store, dataset_graphs

# Parsed reference graphs, by content hash, shared by every memory store of the process.
_PARSED: dict[str, Graph] = {}


class MemoryStore(Store):
    """A store that lives as long as the Python object."""

    backend = "memory"

    def _open(self) -> Dataset:
        return Dataset(store="Memory", default_union=True)

    def _replace_graph(self, name: URIRef, graph: Graph) -> None:
        self.dataset.remove_graph(name)
        if len(graph):
            target = self.dataset.graph(name)
            self.dataset.addN((s, p, o, target) for s, p, o in graph)

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

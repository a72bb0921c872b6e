"""In-memory backend on rdflib's pure-Python "Memory" store and SPARQL engine.

It shows that the store contract and the core queries do not depend on Oxigraph
(any rdflib store can stand in); rdflib's engine is much slower on large joins and
property paths, so the other backends are the ones to use for real work.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Result
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

    def _evaluate(self, sparql: str) -> Result:
        query = translateQuery(parseQuery(sparql), None, dict(self.dataset.namespaces()))
        _join_by_lookup(query.algebra)
        return self.dataset.query(query)

    def _store_article(self, name: str, ntriples: str, write: SummaryWrite) -> None:
        # rdflib's SPARQL parser is slow on large INSERT DATA blocks: change the graphs directly.
        graph = Graph()
        if ntriples.strip():
            graph.parse(data=ntriples, format="nt")
            for triple in write.sightings:
                graph.add(_terms(triple))
        self._replace_graph(URIRef(name), graph)
        for *spo, name_of in write.removed:
            self.dataset.graph(from_n3(name_of)).remove(_terms(spo))  # type: ignore[arg-type]
        for *spo, name_of in write.added:
            self.dataset.graph(from_n3(name_of)).add(_terms(spo))  # type: ignore[arg-type]

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


# rdflib's engine evaluates the second part of a join on its own, without the first part's
# values, as soon as the first part holds another join (algebra.analyse): a pattern that
# follows a VALUES block, or one join after another, then reads every quad it could match
# (the whole store for `GRAPH ?g { ?s ?p ?o }`) and compares each with every row so far.
# When that part only looks triples up (basic graph patterns, in a GRAPH, a UNION or a join
# of such, or a VALUES block), looking it up with each row's values gives the same rows:
# the join is marked lazy, which rdflib then does. A subquery, FILTER, OPTIONAL, BIND or
# MINUS there is left as it was (the values of the rows could change what they give).
def _looks_up(part: object) -> bool:
    if not isinstance(part, CompValue):
        return False
    if part.name == "BGP":
        return True
    if part.name == "Graph":
        return _looks_up(part.p)
    if part.name in ("Join", "Union"):
        return _looks_up(part.p1) and _looks_up(part.p2)
    return part.name == "ToMultiSet" and isinstance(part.p, CompValue) and part.p.name == "values"


def _join_by_lookup(node: object) -> None:
    if isinstance(node, CompValue):
        if node.name == "Join" and not node.get("lazy") and _looks_up(node.p2):
            node["lazy"] = True
        for value in node.values():
            _join_by_lookup(value)
    elif isinstance(node, list):
        for value in node:
            _join_by_lookup(value)

"""Check the store against the SHACL shapes (W3C SHACL, https://www.w3.org/TR/shacl/) with pySHACL.

The data graph is the union of the catalog and all article graphs, so that a claim's
subject in an article graph is checked with the type the catalog gives it; the
ontology graph goes in as pySHACL's `ont_graph` (class hierarchy, no inference by default).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from .errors import OntologyError
from .namespaces import ONTOLOGY_GRAPH, SH
from .reference import shapes_file
from .store import Store

_UNION_WITHOUT_ONTOLOGY = f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }}"""


@dataclass(frozen=True)
class ValidationReport:
    """pySHACL's verdict: whether the data conforms, the text report and the counts."""

    conforms: bool
    text: str
    violations: int
    warnings: int
    triples: int
    shapes: Path
    results: Graph

    def summary(self) -> str:
        verdict = "conforms to" if self.conforms else "does not conform to"
        return (f"The store {verdict} the shapes in {self.shapes.name}: {self.violations} violations, "
                f"{self.warnings} warnings in {self.triples:,} triples.")


def validate_store(store: Store, *, shapes: str | Path | None = None, inference: str = "none") -> ValidationReport:
    """Validate the store's catalog and article graphs against SHACL shapes.

    Args:
        store: an open store.
        shapes: a shapes file (default: the packaged `ontology/shapes.ttl`).
        inference: pySHACL's inference option ("none", "rdfs", "owlrl", "both").

    Raises:
        OntologyError: there are no shapes, or the shapes file does not parse.
    """
    import pyshacl

    path = Path(shapes) if shapes is not None else shapes_file()
    if path is None or not path.is_file():
        raise OntologyError(f"no SHACL shapes found ({path or 'ontology/shapes.ttl'}).")
    try:
        shapes_graph = Graph().parse(path, format="turtle")
    except Exception as exc:
        raise OntologyError(f"cannot read the shapes in {path}: {str(exc).splitlines()[0]}") from exc
    data = store.query(_UNION_WITHOUT_ONTOLOGY).graph or Graph()
    ontology = Graph() + store.named_graph(str(ONTOLOGY_GRAPH))
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes_graph, ont_graph=ontology or None,
                                               inference=inference, advanced=True, allow_warnings=True)
    return ValidationReport(bool(conforms), str(text), _count(results, SH.Violation), _count(results, SH.Warning),
                            len(data), path, results)


def _count(results: Graph, severity: URIRef) -> int:
    return sum(1 for r in results.subjects(RDF.type, SH.ValidationResult)
               if (r, SH.resultSeverity, severity) in results)

"""The packaged reference data every store holds: the catalog and the ontology.

`graph/*.ttl` goes into the named graph `…/graph/catalog`, `ontology/*.ttl` (less the
SHACL shapes, which `validate` reads itself) into `…/graph/ontology`. Each graph also
records the SHA-256 of the files it was loaded from, as `<graph> dcterms:hasVersion
"sha256:…"`, so a store reloads a graph exactly when the packaged files changed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from .namespaces import CATALOG_GRAPH, ONTOLOGY_GRAPH
from .resources import data_dir

SHAPES_FILE = "shapes.ttl"
LOADER_VERSION = "1"      # bump to force every store to reload its reference graphs


@dataclass(frozen=True)
class ReferenceGraph:
    """One named graph of packaged Turtle files and the hash of their content."""

    name: URIRef
    files: tuple[Path, ...]

    @property
    def version(self) -> str:
        digest = hashlib.sha256(LOADER_VERSION.encode())
        for path in self.files:
            digest.update(path.name.encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
        return "sha256:" + digest.hexdigest()


def reference_graphs() -> list[ReferenceGraph]:
    """The catalog and ontology graphs, with the files each is loaded from."""
    ontology = tuple(p for p in _turtle_files("ontology") if p.name != SHAPES_FILE)
    return [
        ReferenceGraph(URIRef(CATALOG_GRAPH), _turtle_files("graph")),
        ReferenceGraph(URIRef(ONTOLOGY_GRAPH), ontology),
    ]


def shapes_file() -> Path | None:
    """`ontology/shapes.ttl`, or None when the package ships no shapes."""
    path = data_dir("ontology") / SHAPES_FILE
    return path if path.is_file() else None


def _turtle_files(folder: str) -> tuple[Path, ...]:
    return tuple(sorted(data_dir(folder).glob("*.ttl")))

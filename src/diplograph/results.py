"""Render SPARQL results as an aligned text table, CSV or JSON.

CSV and JSON are rdflib's serializers of the W3C formats (SPARQL 1.1 Query Results
CSV and TSV Formats, https://www.w3.org/TR/sparql11-results-csv-tsv/, and JSON
Format, https://www.w3.org/TR/sparql11-results-json/); the table is for people:
IRIs shortened to the project's prefixes, literals shown by their value.
Renderers are registered by name in `RESULT_FORMATS`, built-ins included.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TypedDict

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from .errors import QueryError
from .namespaces import PREFIXES


class Renderer(TypedDict):
    name: str
    render: Callable[[Result], str]


def render_table(result: Result) -> str:
    """Plain aligned columns, one row per solution; yes/no for ASK; Turtle for graphs."""
    if result.type == "ASK":
        return "yes" if result.askAnswer else "no"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return _graph(result).serialize(format="turtle")
    variables = list(result.vars or [])
    header = [str(v) for v in variables]
    rows = [[cell_text(solution.get(v)) for v in variables] for solution in result.bindings]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = [_line(header, widths), _line(["-" * w for w in widths], widths)]
    lines += [_line(row, widths) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def render_csv(result: Result) -> str:
    if result.type != "SELECT":
        raise QueryError("CSV output needs a SELECT query; use --format table or json.")
    return (result.serialize(format="csv") or b"").decode("utf-8")


def render_json(result: Result) -> str:
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return _graph(result).serialize(format="json-ld")
    return (result.serialize(format="json") or b"").decode("utf-8")


RESULT_FORMATS: dict[str, Renderer] = {
    r["name"]: r for r in (
        Renderer(name="table", render=render_table),
        Renderer(name="csv", render=render_csv),
        Renderer(name="json", render=render_json),
    )
}


def format_result(result: Result, fmt: str = "table") -> str:
    """`result` rendered by the renderer registered as `fmt`.

    Raises:
        QueryError: `fmt` is not a registered format, or does not fit the result.
    """
    renderer = RESULT_FORMATS.get(fmt)
    if renderer is None:
        raise QueryError(f"unknown result format {fmt!r}; known formats: {', '.join(RESULT_FORMATS)}.")
    return renderer["render"](result)


def cell_text(term: Node | None) -> str:
    """A term as a table cell: a prefixed name for IRIs, the value for literals, '' for unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return compact_iri(term)
    if isinstance(term, Literal):
        return " ".join(str(term).split())
    return str(term)


def compact_iri(iri: str) -> str:
    """`state:rus` for `https://w3id.org/diplograph/id/state/rus`, the IRI itself otherwise."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(best):
            best, name = namespace, prefix
    return f"{name}:{iri[len(best):]}" if best else str(iri)


def _graph(result: Result) -> Graph:
    graph = result.graph if result.graph is not None else Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def _line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(cells, widths)).rstrip()

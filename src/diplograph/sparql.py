"""Bind query parameters as RDF terms through a VALUES block (SPARQL 1.1, section 10.2).

Oxigraph's own substitutions only reach projected variables, and rdflib's
`initBindings` are engine-specific; a `VALUES` block opening the WHERE clause means
the same on both engines. Each value goes in as an RDF term serialised by rdflib
(`Node.n3()`, which escapes literals and refuses malformed IRIs), never as raw text.

The block opens the first `WHERE {` of the text. A query whose parameters should narrow
a subquery (so that names are joined only onto the rows it keeps) writes its outer
SELECT without the optional WHERE keyword: the subquery's WHERE is then the first.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from .errors import QueryError

_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_WHERE = re.compile(r"WHERE\s*$", re.IGNORECASE)


def bind_values(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    """`sparql` with a `VALUES (?a ?b) { (term term) }` block opening its WHERE clause.

    Raises:
        QueryError: a variable name or term cannot be bound, or the query has no WHERE group.
    """
    if not bindings:
        return sparql
    names = list(bindings)
    for name in names:
        if not _VARIABLE.match(name):
            raise QueryError(f"{name!r} is not a valid SPARQL variable name.")
    terms = " ".join(term_n3(bindings[name]) for name in names)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }} "
    position = where_brace(sparql)
    return sparql[: position + 1] + block + sparql[position + 1:]


def term_n3(term: Identifier) -> str:
    """An RDF term in SPARQL syntax."""
    if isinstance(term, BNode):
        raise QueryError("a blank node cannot be bound as a query parameter.")
    if isinstance(term, URIRef | Literal):
        try:
            return term.n3()
        except Exception as exc:
            raise QueryError(f"{str(term)!r} is not a valid IRI.") from exc
    raise QueryError(f"{term!r} is not an RDF term.")


def where_brace(sparql: str) -> int:
    """Index of the `{` that opens the query's WHERE clause (outside strings, IRIs, comments)."""
    first = None
    for index in _code_braces(sparql):
        if _WHERE.search(sparql[:index]):
            return index
        if first is None:
            first = index
    if first is None or re.search(r"\bCONSTRUCT\b|\bDESCRIBE\b", sparql, re.IGNORECASE):
        raise QueryError("the query has no WHERE clause to bind parameters in.")
    return first


def _code_braces(text: str) -> list[int]:
    """Positions of `{` that are SPARQL syntax, not inside a comment, string or IRI."""
    found, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            i = _skip_to(text, i, "\n")
        elif ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            i = _skip_string(text, i + len(quote), quote)
        elif ch == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", text[i:]):
            i = _skip_to(text, i, ">")
        else:
            if ch == "{":
                found.append(i)
            i += 1
    return found


def _skip_to(text: str, start: int, stop: str) -> int:
    end = text.find(stop, start + 1)
    return len(text) if end < 0 else end + 1


def _skip_string(text: str, i: int, quote: str) -> int:
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text.startswith(quote, i):
            return i + len(quote)
        else:
            i += 1
    return i

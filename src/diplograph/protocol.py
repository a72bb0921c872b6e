"""The SPARQL 1.1 Protocol's evaluation side: content negotiation, limits and serialisation.

`diplograph serve` answers HTTP requests in a front process and evaluates them in
worker processes (see `diplograph.server`); this module is what a worker runs. A
request arrives as a `Job`, leaves as a `Reply` (status, media type, body bytes), so
only plain data crosses the process boundary.

Formats (https://www.w3.org/TR/sparql11-protocol/ section 2.1.6):

- SELECT and ASK: SPARQL JSON, XML, CSV and TSV results (rdflib's serializers, and a
  TSV writer here, since rdflib has none: https://www.w3.org/TR/sparql11-results-csv-tsv/);
- CONSTRUCT and DESCRIBE: Turtle, N-Triples, JSON-LD and RDF/XML.

The format is picked from the `Accept` header (q-values and wildcards honoured), or
forced with a `format=` parameter. A result longer than the row limit is cut at the
limit, and the reply says so in its `X-Diplograph-Truncated` header.
"""
from __future__ import annotations

import hmac
import itertools
import re
from dataclasses import dataclass, field
from typing import Literal as Kind
from urllib.parse import parse_qsl

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result, ResultRow
from rdflib.term import Identifier

from .errors import DiplographError, QueryError, StoreError
from .namespaces import PREFIXES
from .store import Store, open_store, syntax_error_message

# media type -> (rdflib serializer name, short name for `format=`)
RESULT_TYPES: dict[str, tuple[str, str]] = {
    "application/sparql-results+json": ("json", "json"),
    "application/sparql-results+xml": ("xml", "xml"),
    "text/csv": ("csv", "csv"),
    "text/tab-separated-values": ("tsv", "tsv"),
}
GRAPH_TYPES: dict[str, tuple[str, str]] = {
    "text/turtle": ("turtle", "turtle"),
    "application/n-triples": ("nt", "ntriples"),
    "application/ld+json": ("json-ld", "jsonld"),
    "application/rdf+xml": ("xml", "rdfxml"),
}
# Other names clients send for the same formats.
_ALIASES: dict[str, str] = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
}
_GRAPH_ALIASES: dict[str, str] = {
    "application/json": "application/ld+json",
    "application/xml": "application/rdf+xml",
    "text/xml": "application/rdf+xml",
}
_FORMAT_NAMES: dict[str, str] = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples",
                                 "json-ld": "jsonld", "rdf": "rdfxml", "rdf+xml": "rdfxml"}
TRUNCATED_HEADER = "X-Diplograph-Truncated"


class ProtocolError(DiplographError):
    """A request the endpoint refuses, with the HTTP status that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Job:
    """One request for a worker: a query, an update or a library query, with its limits."""

    kind: Kind["query", "update", "named"]
    text: str                                   # the SPARQL text, or the library query's name
    accept: str = "*/*"
    fmt: str | None = None                      # a `format=` parameter
    default_graph: str | None = None            # a `default-graph-uri`
    params: dict[str, str] = field(default_factory=dict)
    max_results: int = 0                        # 0: no limit
    generation: int = 0                         # bumped by the server after each update


@dataclass
class Reply:
    """What a worker answers: the HTTP status, media type, body and extra headers."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", f"Error: {message}\n".encode())


def error_status(exc: DiplographError) -> int:
    """The HTTP status for a library error: 400 for bad queries, 503 for a busy store."""
    if isinstance(exc, ProtocolError):
        return exc.status
    if isinstance(exc, StoreError):
        return 503 if "in use by another process" in str(exc) else 500
    if isinstance(exc, QueryError) and str(exc).startswith("unknown query"):
        return 404
    return 400 if isinstance(exc, QueryError) else 500


def negotiate(accept: str | None, fmt: str | None, graph: bool) -> str:
    """The media type to answer in, from a `format=` name or the Accept header.

    Raises:
        ProtocolError: 406, when no format on offer is acceptable (or `format=` is unknown).
    """
    offered = GRAPH_TYPES if graph else RESULT_TYPES
    if fmt:
        name = _FORMAT_NAMES.get(fmt.lower(), fmt.lower())
        if graph and name == "json":
            name = "jsonld"
        for media_type, (_, short) in offered.items():
            if short == name or media_type == fmt.lower():
                return media_type
        names = ", ".join(short for _, short in offered.values())
        raise ProtocolError(406, f"format {fmt!r} does not fit this query's result; use one of: {names}.")
    aliases = {**_ALIASES, **_GRAPH_ALIASES} if graph else _ALIASES
    ranges = _parse_accept(accept or "*/*")
    qualities = [(_quality(media_type, ranges, aliases), -order, media_type)
                 for order, media_type in enumerate(offered)]
    q, _, best = max(qualities)
    if q <= 0:
        kinds = ", ".join(offered)
        raise ProtocolError(406, f"cannot answer in any of the accepted types ({accept}); this query's result "
                                 f"comes as {kinds}.")
    return best


def _parse_accept(accept: str) -> list[tuple[str, float]]:
    """(media range, q) pairs of an Accept header; a malformed q-value reads as 0."""
    ranges = []
    for part in accept.split(","):
        media_range, *params = (piece.strip() for piece in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        if media_range:
            ranges.append((media_range.lower(), q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]], aliases: dict[str, str]) -> float:
    """The q-value of the most specific media range matching `media_type` (RFC 9110, 12.5.1)."""
    best, q = -1, 0.0
    for media_range, range_q in ranges:
        if media_range == media_type or aliases.get(media_range) == media_type:
            specificity = 2
        elif media_range.endswith("/*") and media_type.startswith(media_range[:-1]):
            specificity = 1
        elif media_range in ("*/*", "*"):
            specificity = 0
        else:
            continue
        if specificity > best:
            best, q = specificity, range_q
    return q


# -- requests ------------------------------------------------------------------------------
def authorized(token: str | None, authorization: str | None) -> bool:
    """Whether `Authorization: Bearer <token>` carries `token` (compared in constant time)."""
    if not token or not authorization:
        return False
    scheme, _, credentials = authorization.strip().partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(credentials.strip().encode(), token.encode())


def protocol_job(method: str, params: list[tuple[str, str]], content_type: str,
                 body: bytes, accept: str, max_results: int = 0) -> Job:
    """The Job a /sparql request asks for (SPARQL 1.1 Protocol, sections 2.1 and 2.2).

    Raises:
        ProtocolError: 400 for a malformed request, 415 for a body type the protocol lacks.
    """
    media_type = content_type.split(";")[0].strip().lower()
    fields = list(params)
    text_field = None
    if method == "POST":
        if media_type == "application/x-www-form-urlencoded":
            fields += parse_qsl(_decode(body), keep_blank_values=True)
        elif media_type in ("application/sparql-query", "application/sparql-update"):
            text_field = ("query" if media_type.endswith("query") else "update", _decode(body))
        else:
            raise ProtocolError(415, "POST a form (application/x-www-form-urlencoded) or a SPARQL body "
                                     "(application/sparql-query or application/sparql-update).")
    values: dict[str, list[str]] = {}
    for name, value in fields:
        values.setdefault(name, []).append(value)
    if text_field:
        if "query" in values or "update" in values:
            raise ProtocolError(400, "send the SPARQL text either in the body or as a parameter, not both.")
        values[text_field[0]] = [text_field[1]]
    if "query" in values and "update" in values:
        raise ProtocolError(400, "send either query= or update=, not both.")
    for name in ("using-graph-uri", "using-named-graph-uri", "named-graph-uri"):
        if name in values:
            raise ProtocolError(400, f"the {name} parameter is not supported; name graphs in the SPARQL text "
                                     "(GRAPH <iri> { … }) instead.")
    kind = "update" if "update" in values else "query"
    if kind == "update" and method != "POST":
        raise ProtocolError(400, "updates must be sent with POST.")
    texts = values.get(kind, [])
    if len(texts) != 1 or not texts[0].strip():
        raise ProtocolError(400, f"send exactly one non-empty {kind}= parameter (or a SPARQL body).")
    graphs = values.get("default-graph-uri", [])
    if len(graphs) > 1:
        raise ProtocolError(400, "only one default-graph-uri is supported (the default graph is the union "
                                 "of all graphs when none is given).")
    formats = values.get("format", [])
    return Job(kind, texts[0], accept=accept or "*/*", fmt=formats[0] if formats else None,  # type: ignore[arg-type]
               default_graph=graphs[0] if graphs else None, max_results=max_results)


# Strings, IRIs and comments, in the order a SPARQL lexer meets them; what is left is keywords,
# names and punctuation.
_NOT_CODE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                       r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def uses_service(sparql: str) -> bool:
    """Whether a query or update has a SERVICE clause, which makes the engine send HTTP requests.

    Code point escapes are read first (SPARQL 1.1 Query, section 19.2), then strings, IRIs and
    comments are set aside, so `"SERVICE"` or `# SERVICE` do not count and `\\u0053ERVICE` does.
    """
    def unescape(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else ""

    code = _NOT_CODE.sub(" ", _ESCAPE.sub(unescape, sparql))
    return _SERVICE.search(code) is not None


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8.") from None


# -- results ------------------------------------------------------------------------------
def is_graph(result: Result) -> bool:
    """Whether a result is a graph (CONSTRUCT, DESCRIBE) rather than solutions or a boolean."""
    return result.type in ("CONSTRUCT", "DESCRIBE")


def limit_result(result: Result, max_results: int) -> tuple[Result, bool]:
    """The result cut to `max_results` rows or triples (0: no limit), and whether it was cut.

    Solutions are read lazily, so a long result is not read past the limit.
    """
    if max_results <= 0 or result.type == "ASK":
        return result, False
    if is_graph(result):
        graph = result.graph if result.graph is not None else Graph()
        if len(graph) <= max_results:
            return result, False
        cut = Graph()
        cut += itertools.islice(iter(graph), max_results)
        limited = Result(result.type)
        limited.graph = cut
        return limited, True
    rows = [row for row in itertools.islice(iter(result), max_results + 1) if isinstance(row, ResultRow)]
    variables = list(result.vars or [])
    limited = Result("SELECT")
    limited.vars = variables
    limited.bindings = [{v: term for v, term in zip(variables, row) if isinstance(term, Identifier)}
                        for row in rows[:max_results]]
    return limited, len(rows) > max_results


def serialize(result: Result, media_type: str) -> bytes:
    """`result` in the format of `media_type` (one that `negotiate` chose for it)."""
    if is_graph(result):
        graph = result.graph if result.graph is not None else Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, override=True, replace=True)
        text = graph.serialize(format=GRAPH_TYPES[media_type][0])
        return text.encode("utf-8") if isinstance(text, str) else text
    name = RESULT_TYPES[media_type][0]
    if name == "tsv":
        return _tsv(result).encode("utf-8")
    if name == "csv" and result.type == "ASK":
        return f"_askResult\r\n{'true' if result.askAnswer else 'false'}\r\n".encode()
    return result.serialize(format=name) or b""


def _tsv(result: Result) -> str:
    """SPARQL TSV results: terms in Turtle syntax, a `?var` header, tab-separated."""
    if result.type == "ASK":
        return f"?_askResult\n{'true' if result.askAnswer else 'false'}\n"
    variables = list(result.vars or [])
    lines = ["\t".join(f"?{v}" for v in variables)]
    for row in result.bindings:
        lines.append("\t".join(_tsv_term(row.get(v)) for v in variables))
    return "\n".join(lines) + "\n"


def _tsv_term(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, URIRef | Literal):
        return term.n3().replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return str(term)


def answer(result: Result, job: Job) -> Reply:
    """The reply for a query's result: negotiated, limited, serialised."""
    media_type = negotiate(job.accept, job.fmt, is_graph(result))
    limited, truncated = limit_result(result, job.max_results)
    headers = {TRUNCATED_HEADER: str(job.max_results)} if truncated else {}
    charset = "" if media_type.startswith("application/sparql-results+xml") else "; charset=utf-8"
    return Reply(200, media_type + charset, serialize(limited, media_type), headers)


def evaluate(store: Store, job: Job) -> Reply:
    """Run a query or a library query (`job.kind` "query" or "named") and answer it."""
    if job.kind == "named":
        from .query import run_query

        result = run_query(store, job.text, **job.params)
    else:
        result = run_sparql(store, job.text, job.default_graph)
    try:
        return answer(result, job)
    except DiplographError:
        raise
    except Exception as exc:  # the engine fails while the solutions are read
        raise QueryError(f"the query failed: {_first_line(exc)}") from exc


def run_sparql(store: Store, sparql: str, default_graph: str | None = None) -> Result:
    """Run a query as sent over the protocol, its solutions read lazily.

    The default graph is the union of all graphs, or the one graph `default_graph`
    names (the protocol's `default-graph-uri`).

    Raises:
        QueryError: the query does not parse or cannot be evaluated.
    """
    target = store.named_graph(default_graph) if default_graph else store.dataset
    try:
        return target.query(sparql)
    except Exception as exc:  # the engines raise SyntaxError, ParseException, ValueError …
        if isinstance(exc, SyntaxError) or type(exc).__name__ == "ParseException":
            raise QueryError(syntax_error_message(exc)) from exc
        raise QueryError(f"the query failed: {_first_line(exc)}") from exc


def run_update(store_path: str, sparql: str) -> Reply:
    """Apply a SPARQL Update to the store, opened for writing just for it (one transaction)."""
    with open_store(store_path) as store:
        store.update(sparql)
    return Reply(204, "text/plain", b"")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


__all__ = ["Job", "Reply", "ProtocolError", "negotiate", "limit_result", "serialize", "answer", "error_status",
           "evaluate", "run_sparql", "run_update", "protocol_job", "authorized", "uses_service",
           "RESULT_TYPES", "GRAPH_TYPES", "TRUNCATED_HEADER"]

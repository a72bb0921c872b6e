"""Run the SPARQL queries of `queries/` by name, with parameters bound as RDF terms.

Each `queries/<name>.rq` opens with a comment header that documents it and declares
its parameters::

    # Question: Which states acceded to a treaty, when, and according to which article?
    # Parameter: treaty (Agreement, required) — an IRI, a name in any language or an abbreviation
    # Example: diplograph query accessions --param treaty="TAC"

A parameter's kind is an entity type (or several, `State|Organization`, or `entity`
for any), `relation` (a contract relation's name, bound as its dg: property, so that
the engine reads the claims through the predicate index), `type` (an entity type's
name in any case, bound as its dg: class, for the same reason), `string`, `date`, `year`
(four digits, bound as an xsd:gYear literal) or `integer`. Entity parameters are resolved through the
labels of the catalog and of the stored articles (any language, case-insensitive),
then bound with a VALUES block (SPARQL 1.1, section 10.2), never pasted into the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD
from rdflib.query import Result
from rdflib.term import Identifier

from .errors import QueryError
from .models import ENTITY_TYPES
from .namespaces import CATALOG_GRAPH, DG, PREFIXES, SUMMARY_GRAPH
from .rdfmap import date_literal
from .resources import data_dir, internal_query
from .results import RESULT_FORMATS, format_result
from .store import Store
from .summary import require_summary

_PARAMETER = re.compile(r"^#\s*Parameter:\s*([A-Za-z_]\w*)\s*\(([^)]*)\)\s*[—–-]+\s*(.*)$")
_HEADER = re.compile(r"^#\s*(Question|Example):\s*(.*)$")
_LITERAL_KINDS = ("string", "date", "year", "integer", "relation", "type")

__all__ = ["QuerySpec", "Parameter", "list_queries", "load_query", "run_query", "resolve_entity",
           "format_result", "RESULT_FORMATS"]


@dataclass(frozen=True)
class Parameter:
    """One declared parameter of a query."""

    name: str
    kind: str              # "Agreement", "State|Organization", "entity", "relation", "type", "string", "date", "year",
    #                        "integer"
    required: bool
    description: str

    @property
    def entity_types(self) -> tuple[str, ...] | None:
        """The allowed entity types, () for any entity, None for a literal parameter."""
        if self.kind in _LITERAL_KINDS:
            return None
        return () if self.kind == "entity" else tuple(self.kind.split("|"))


@dataclass(frozen=True)
class QuerySpec:
    """A query of the library: its text and what its header declares."""

    name: str
    path: Path
    text: str
    question: str
    example: str
    parameters: tuple[Parameter, ...]

    @classmethod
    def from_file(cls, path: Path) -> QuerySpec:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read the query file {path}: {exc}") from exc
        header = {m.group(1): m.group(2).strip() for m in map(_HEADER.match, text.splitlines()) if m}
        parameters = tuple(_parse_parameter(m, path) for m in map(_PARAMETER.match, text.splitlines()) if m)
        return cls(path.stem, path, text, header.get("Question", ""), header.get("Example", ""), parameters)


def _parse_parameter(match: re.Match[str], path: Path) -> Parameter:
    name, spec, description = match.groups()
    flags = [part.strip() for part in spec.split(",")]
    kind = flags[0]
    for part in kind.split("|"):
        if part not in (*ENTITY_TYPES, "entity", *_LITERAL_KINDS):
            raise QueryError(f"{path.name}: parameter {name!r} has unknown kind {part!r}.")
    return Parameter(name, kind, "required" in flags[1:], description.strip())


def list_queries() -> dict[str, Path]:
    """The library's queries: name -> .rq file."""
    return {path.stem: path for path in sorted(data_dir("queries").glob("*.rq"))}


def load_query(name_or_path: str | Path) -> QuerySpec:
    """A library query by name ("accessions"), or any .rq file by path.

    Raises:
        QueryError: no query has that name, or the file cannot be read.
    """
    text = str(name_or_path)
    if text.endswith(".rq") or "/" in text or "\\" in text:
        path = Path(text)
        if not path.is_file():
            raise QueryError(f"query file {text} not found.")
        return QuerySpec.from_file(path)
    queries = list_queries()
    if text not in queries:
        known = ", ".join(queries) or "none"
        raise QueryError(f"unknown query {text!r}; known queries: {known}.")
    return QuerySpec.from_file(queries[text])


def run_query(store: Store, name_or_path: str | Path, **params: str) -> Result:
    """Run a library query (or a .rq file) over the store.

    Args:
        store: an open store.
        name_or_path: a query name from `list_queries()` or the path of a .rq file.
        **params: parameter values as text; entity parameters may be IRIs, prefixed
            names (`state:rus`) or names in any language.

    Raises:
        QueryError: unknown query or parameter, a missing required parameter, an
            entity no label names, a query that reads the summary graph of a store
            that has none whole yet, or a query that fails.
    """
    spec = load_query(name_or_path)
    bindings = bind_parameters(store, spec, params)
    if str(SUMMARY_GRAPH) in spec.text or "dg:heldInYear" in spec.text:   # the summary's, or triples it derives
        require_summary(store, f"query {spec.name!r}")
    try:
        return store.query(spec.text, bindings)
    except QueryError as exc:
        raise QueryError(f"{name_or_path}: {exc}") from exc


def bind_parameters(store: Store, spec: QuerySpec, params: dict[str, str]) -> dict[str, Identifier]:
    """RDF terms for the given parameter values, checked against the query's header."""
    declared = {p.name: p for p in spec.parameters}
    for name in params:
        if name not in declared:
            takes = ", ".join(declared) or "no parameters"
            raise QueryError(f"query {spec.name!r} has no parameter {name!r}; it takes: {takes}.")
    for parameter in spec.parameters:
        if parameter.required and not params.get(parameter.name):
            raise QueryError(f"query {spec.name!r} needs --param {parameter.name}=… ({parameter.description}).")
    return {name: _term(store, declared[name], value) for name, value in params.items() if value != ""}


def _term(store: Store, parameter: Parameter, value: str) -> Identifier:
    if parameter.kind == "string":
        return Literal(value)
    if parameter.kind == "integer":
        if not re.fullmatch(r"-?\d+", value.strip()):
            raise QueryError(f"parameter {parameter.name!r} must be an integer, not {value!r}.")
        return Literal(int(value))
    if parameter.kind == "relation":
        name = value.strip().removeprefix("dg:").removeprefix(str(DG))
        if not re.fullmatch(r"[a-z][A-Za-z]*", name):
            raise QueryError(f"parameter {parameter.name!r} must be a relation name such as memberOf, not {value!r}.")
        return DG[name]
    if parameter.kind == "type":
        types = {t.lower(): t for t in ENTITY_TYPES}
        if value.strip().lower() not in types:
            raise QueryError(f"parameter {parameter.name!r} must be an entity type ({', '.join(ENTITY_TYPES)}), "
                             f"not {value!r}.")
        return DG[types[value.strip().lower()]]
    if parameter.kind == "year":
        if not re.fullmatch(r"\d{4}", value.strip()):
            raise QueryError(f"parameter {parameter.name!r} must be a year (four digits, e.g. 2024), not {value!r}.")
        return Literal(value.strip(), datatype=XSD.gYear)
    if parameter.kind == "date":
        try:
            return date_literal(value.strip())
        except Exception:
            raise QueryError(f"parameter {parameter.name!r} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), "
                             f"not {value!r}.") from None
    return resolve_entity(store, value, types=parameter.entity_types or ())


_LABEL_RANKS = ((SKOS.prefLabel, 0), (SKOS.altLabel, 1), (DG.abbreviation, 2), (RDFS.label, 3))


def resolve_entity(store: Store, value: str, *, types: tuple[str, ...] = ()) -> URIRef:
    """The entity a parameter names: an IRI, a prefixed name or a label in any language.

    Catalog labels win over labels seen in articles, preferred labels over alternative
    labels over abbreviations. Matching ignores case and runs of whitespace.

    Raises:
        QueryError: no entity (of the allowed types) has that name, or several do.
    """
    text = " ".join(value.split())
    direct = _as_iri(text)
    if direct is not None:
        return direct
    candidates = _label_matches(store, text.lower(), {DG[t] for t in types})
    what = " or ".join(types) if types else "entity"
    if not candidates:
        raise QueryError(f"no {what} is named {value!r} in the catalog or the stored articles.")
    best = min(candidates.values())
    winners = sorted(e for e, r in candidates.items() if r == best)
    if len(winners) > 1:
        raise QueryError(f"{value!r} names several entities ({', '.join(winners)}); pass one IRI instead.")
    return winners[0]


def _label_matches(store: Store, needle: str, allowed: set[URIRef]) -> dict[URIRef, tuple[int, int]]:
    """Entities (of the allowed types, if any) with a label equal to `needle`, case and spacing ignored, ranked.

    The catalog graph is read first: when it names an allowed entity, no article label
    can outrank it (catalog labels rank first), so the article graphs are read only for
    names the catalog does not hold. Same answer as reading every label, in a fraction
    of the time on large stores.
    """
    catalog = _matches_in(store, needle, CATALOG_GRAPH)
    if types_allowed := _of_types(store, catalog, allowed):
        return types_allowed
    return _of_types(store, _matches_in(store, needle, None), allowed)


def _of_types(store: Store, found: dict[URIRef, tuple[int, int]], allowed: set[URIRef]) -> dict[URIRef, tuple[int, int]]:
    if not allowed:
        return found
    return {e: r for e, r in found.items() if allowed & set(store.dataset.objects(e, RDF.type))}


def _matches_in(store: Store, needle: str, graph: URIRef | None) -> dict[URIRef, tuple[int, int]]:
    """Entities with a label equal to `needle` in one graph (or any), with their best rank.

    On SPARQL engines that evaluate natively (Oxigraph, remote servers) one query
    (queries/lookup/label-candidates.rq) narrows the labels to those holding the
    needle's longest word; rdflib's engine is slow at such a FILTER, so on it the
    label triples are read directly. Either way Python makes the exact comparison.
    """
    found: dict[URIRef, tuple[int, int]] = {}
    ranks = dict(_LABEL_RANKS)

    def consider(entity: object, predicate: object, label: object, name: object) -> None:
        if isinstance(entity, URIRef) and isinstance(label, Literal) and predicate in ranks and \
                " ".join(str(label).split()).lower() == needle:
            rank = (0 if name == CATALOG_GRAPH else 1, ranks[predicate])
            found[entity] = min(rank, found.get(entity, rank))

    if store.backend == "rdflib":
        for predicate, _ in _LABEL_RANKS:
            for entity, _, label, context in store.dataset.quads((None, predicate, None, graph)):
                consider(entity, predicate, label, getattr(context, "identifier", context))
        return found
    bindings: dict[str, Identifier] = {"word": Literal(max(needle.split(), key=len, default=""))}
    if graph is not None:
        bindings["g"] = graph
    for row in store.query(_lookup_query("label-candidates"), bindings):
        consider(row.entity, row.predicate, row.label, row.g)
    return found


def _lookup_query(name: str) -> str:
    """The text of queries/lookup/<name>.rq (internal queries, not listed by `diplograph queries`)."""
    return internal_query("lookup", name)


def _as_iri(text: str) -> URIRef | None:
    if re.match(r"^https?://\S+$", text):
        return URIRef(text)
    prefix, colon, local = text.partition(":")
    if colon and prefix in PREFIXES and re.fullmatch(r"[\w.-]+", local):
        return URIRef(PREFIXES[prefix] + local)
    return None

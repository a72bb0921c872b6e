"""What a view shows: the claims of the store as a networkx graph, filtered.

Every edge is one (subject, relation, object) that at least one source asserts; it
carries the list of those sources: for an article claim, its evidence sentence,
doc id, title, outlet, URL and dates; for a reference fact of the catalog, the URL of
the table it comes from. Nodes carry the entity's type, its labels in every language
and its Wikidata id. The graph is a networkx `MultiDiGraph` keyed by relation name
(https://networkx.org/documentation/stable/reference/classes/multidigraph.html).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.query import Result

from ..errors import DiplographError
from ..models import ENTITY_TYPES
from ..namespaces import CATALOG_GRAPH, DGI, GRAPH
from ..query import resolve_entity, run_query
from ..results import compact_iri
from ..store import Store

RELATIONS = ("memberOf", "observerOf", "dialoguePartnerOf", "partnerOf", "signed", "ratified", "accededTo",
             "partyTo", "withdrewFrom", "participatedIn", "locatedIn", "adopted", "officialOf", "proposed",
             "chairOf", "appliedFor")

_ARTICLE_CLAIMS = f"""
SELECT ?s ?p ?o ?text ?doc ?title ?url ?outlet ?published ?at ?start ?end WHERE {{
  GRAPH ?g {{
    ?claim a dg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dg:modality "asserted" ;
           prov:wasDerivedFrom ?article .
    ?article dg:docId ?doc .
    OPTIONAL {{ ?claim dg:evidenceText ?text }}
    OPTIONAL {{ ?claim dg:at ?at }} OPTIONAL {{ ?claim dg:start ?start }} OPTIONAL {{ ?claim dg:end ?end }}
    OPTIONAL {{ ?article dcterms:title ?title }} OPTIONAL {{ ?article dg:url ?url }}
    OPTIONAL {{ ?article dg:outlet ?outlet }} OPTIONAL {{ ?article dcterms:date ?published }}
  }}
  FILTER(STRSTARTS(STR(?g), "{GRAPH['article/']}"))
}}"""

_REFERENCE_CLAIMS = f"""
SELECT ?s ?p ?o ?note ?from ?at ?start ?end WHERE {{
  GRAPH <{CATALOG_GRAPH}> {{
    ?claim a dg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL {{ ?claim rdfs:comment ?note }} OPTIONAL {{ ?claim prov:wasDerivedFrom ?from }}
    OPTIONAL {{ ?claim dg:at ?at }} OPTIONAL {{ ?claim dg:start ?start }} OPTIONAL {{ ?claim dg:end ?end }}
  }}
}}"""

_LABELS = """
SELECT ?node ?type ?p ?label ?wikidata WHERE {
  VALUES ?node { %s }
  ?node a ?type . FILTER(STRSTARTS(STR(?type), "https://w3id.org/diplograph/ontology#"))
  OPTIONAL { VALUES ?p { skos:prefLabel skos:altLabel dg:abbreviation } ?node ?p ?label . }
  OPTIONAL { ?node dg:wikidata ?wikidata . }
}"""


@dataclass(frozen=True)
class Source:
    """One source behind an edge: an article claim or a reference fact of the catalog."""

    kind: str                      # "article" or "reference"
    text: str = ""                 # the evidence sentence, or the reference table's note
    doc: str = ""                  # the article's doc id ("" for reference facts)
    title: str = ""
    url: str = ""                  # the article's URL, or the reference table's source
    outlet: str = ""
    published: str = ""            # the article's date
    at: str = ""
    start: str = ""
    end: str = ""

    @property
    def span(self) -> tuple[str, str] | None:
        """The time the claim covers as (first day, last day), else the article's date; None if undated."""
        first = self.start or self.at or self.end or self.published
        last = self.end or self.at or self.start or self.published
        if not first:
            return None
        return _first_day(first), _last_day(last)

    def to_json(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


@dataclass(frozen=True)
class ViewFilter:
    """Which claims a view keeps: relation names and a time window (ISO dates, any precision)."""

    relations: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    reference: bool = False        # also draw the catalog's reference facts

    def __post_init__(self) -> None:
        unknown = [r for r in self.relations if r not in RELATIONS]
        if unknown:
            raise DiplographError(f"unknown relation {', '.join(map(repr, unknown))}; "
                                  f"known relations: {', '.join(RELATIONS)}.")
        for bound in (self.since, self.until):
            if bound is not None and not _is_date(bound):
                raise DiplographError(f"{bound!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD).")

    def keeps(self, relation: str, source: Source) -> bool:
        if self.relations and relation not in self.relations:
            return False
        if self.since is None and self.until is None:
            return True
        span = source.span
        if span is None:
            return False
        return (self.since is None or span[1] >= _first_day(self.since)) and \
               (self.until is None or span[0] <= _last_day(self.until))


@dataclass
class _Claims:
    edges: dict[tuple[URIRef, str, URIRef], list[Source]] = field(default_factory=lambda: defaultdict(list))

    def add(self, s: Any, p: Any, o: Any, source: Source, keep: ViewFilter) -> None:
        relation = str(p).rsplit("#", 1)[-1]
        if isinstance(s, URIRef) and isinstance(o, URIRef) and keep.keeps(relation, source):
            self.edges[(s, relation, o)].append(source)


def to_networkx(store: Store, entity: str | None = None, *, depth: int = 1,
                relations: Iterable[str] = (), since: str | None = None, until: str | None = None,
                reference: bool = False) -> nx.MultiDiGraph:
    """The entities and asserted relations of the store as a networkx graph.

    Args:
        store: an open store.
        entity: keep only this entity's neighbourhood (IRI, prefixed name, or a name
            or abbreviation in any language).
        depth: how many hops around `entity` to keep.
        relations: keep only these relations (contract names, e.g. "memberOf").
        since: keep only claims whose time (or, undated, their article's date) reaches
            this date or later (YYYY, YYYY-MM or YYYY-MM-DD).
        until: keep only claims whose time starts on or before this date.
        reference: also draw the catalog's reference facts (memberships, treaty parties).

    Returns:
        A MultiDiGraph keyed by entity IRI; see `build_graph` for the attributes.

    Raises:
        DiplographError: unknown relation, a malformed date, or an entity that takes
            part in no kept claim.
    """
    keep = ViewFilter(tuple(relations), since, until, reference)
    graph = build_graph(store, keep)
    if entity is not None:
        graph = ego_network(store, graph, entity, depth=depth)
    return graph


def view_graph(store: Store, *, entity: str | None = None, depth: int = 1, query: str | None = None,
               params: Mapping[str, str] | None = None, relations: Iterable[str] = (), since: str | None = None,
               until: str | None = None, reference: bool = False) -> nx.MultiDiGraph:
    """What `diplograph view` draws: the whole graph, a query's result, or either around one entity.

    Args:
        store: an open store.
        entity: keep only this entity's neighbourhood (a name in any language, IRI or abbreviation).
        depth: how many hops around `entity` to keep.
        query: draw the result of this library query (or .rq file) instead of the whole graph.
        params: the query's parameters (name -> value).
        relations, since, until, reference: which claims to keep (see `to_networkx`).
    """
    if query is not None:
        graph = query_network(store, query, params, relations=relations, since=since, until=until,
                              reference=reference)
        return ego_network(store, graph, entity, depth=depth) if entity is not None else graph
    if params:
        raise DiplographError("--param needs --query: parameters belong to a library query.")
    return to_networkx(store, entity, depth=depth, relations=relations, since=since, until=until,
                       reference=reference)


def build_graph(store: Store, keep: ViewFilter = ViewFilter()) -> nx.MultiDiGraph:
    """All kept claims as a graph.

    Nodes have: label, type, labels ({lang: [names]}), wikidata, claims (how many
    sources name the node). Edges (key = relation) have: relation, sources (list of
    `Source`), weight (how many sources) and docs (distinct article doc ids).
    """
    claims = _Claims()
    for s, p, o, text, doc, title, url, outlet, published, at, start, end in _rows(store.query(_ARTICLE_CLAIMS)):
        claims.add(s, p, o, Source("article", _s(text), _s(doc), _s(title), _s(url), _s(outlet), _s(published),
                                   _s(at), _s(start), _s(end)), keep)
    if keep.reference:
        for s, p, o, note, origin, at, start, end in _rows(store.query(_REFERENCE_CLAIMS)):
            claims.add(s, p, o, Source("reference", _s(note), url=_s(origin), at=_s(at), start=_s(start),
                                       end=_s(end)), keep)
    graph = nx.MultiDiGraph()
    for (s, relation, o), sources in claims.edges.items():
        unique = list(dict.fromkeys(sources))
        graph.add_edge(s, o, key=relation, relation=relation, sources=unique, weight=len(unique),
                       docs=sorted({x.doc for x in unique if x.doc}))
    describe_nodes(store, graph)
    return graph


def ego_network(store: Store, graph: nx.MultiDiGraph, entity: str, *, depth: int = 1) -> nx.MultiDiGraph:
    """The part of `graph` within `depth` hops of `entity` (edges in either direction)."""
    focus = resolve_entity(store, entity)
    if focus not in graph:
        raise DiplographError(f"{entity!r} ({compact_iri(focus)}) takes part in no claim of this view.")
    ego = nx.ego_graph(graph, focus, radius=depth, undirected=True)
    ego.graph["focus"] = focus
    return ego


def query_network(store: Store, name: str, params: Mapping[str, str] | None = None, *,
                  relations: Iterable[str] = (), since: str | None = None, until: str | None = None,
                  reference: bool = False) -> nx.MultiDiGraph:
    """The result of a library query drawn as a network.

    The entities the result names (and the entities its parameters name) become the
    nodes; the kept claims among them become the edges. An entity with no claim
    among the others (an event of the `meetings` query, say) brings its direct
    neighbours along, so that it is not drawn alone.
    """
    params = dict(params or {})
    result = run_query(store, name, **params)
    named = set(result_entities(result))
    for value in params.values():
        try:
            named.add(resolve_entity(store, value))
        except DiplographError:
            continue  # a literal parameter (a date, a number), not an entity
    graph = build_graph(store, ViewFilter(tuple(relations), since, until, reference))
    named &= set(graph.nodes)
    keep = set(named)
    for node in named:
        if not any(other in named for other in nx.all_neighbors(graph, node) if other != node):
            keep.update(nx.all_neighbors(graph, node))
    view = graph.subgraph(keep).copy()
    view.graph["query"] = name
    return view


def result_entities(result: Result) -> list[URIRef]:
    """The entity IRIs (…/id/…) a SELECT or CONSTRUCT result names, in order of appearance."""
    rows: Iterable[Iterable[Any]] = (cast(Iterable[Iterable[Any]], result.graph)
                                     if result.type in ("CONSTRUCT", "DESCRIBE") else _rows(result))
    if result.type == "ASK":
        rows = []
    found: dict[URIRef, None] = {}
    for row in rows:
        for term in row:
            if isinstance(term, URIRef) and str(term).startswith(str(DGI)):
                found.setdefault(term, None)
    return list(found)


def describe_nodes(store: Store, graph: nx.MultiDiGraph) -> None:
    """Set type, label, labels by language and Wikidata id on every node of `graph`."""
    types: dict[URIRef, set[str]] = defaultdict(set)
    labels: dict[URIRef, dict[str, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))
    preferred: dict[URIRef, dict[str, str]] = defaultdict(dict)
    wikidata: dict[URIRef, str] = {}
    iris = [node for node in graph if isinstance(node, URIRef)]
    rows = _rows(store.query(_LABELS % " ".join(node.n3() for node in iris))) if iris else []
    for node, rdf_type, predicate, label, qid in rows:
        types[node].add(str(rdf_type).rsplit("#", 1)[-1])
        if qid is not None:
            wikidata[node] = str(qid)
        if isinstance(label, Literal):
            lang = label.language or "und"
            labels[node][lang][str(label)] = None
            if str(predicate).endswith("prefLabel"):
                preferred[node].setdefault(lang, str(label))
    for node, data in graph.nodes(data=True):
        type_name = next((t for t in ENTITY_TYPES if t in types[node]), "Entity")
        pref = preferred[node]
        by_lang = {lang: _ordered(pref.get(lang), names) for lang, names in sorted(labels[node].items())}
        label = pref.get("en") or next(iter(pref.values()), None) or _first(by_lang) or compact_iri(node)
        data.update(label=label, type=type_name, labels=by_lang, wikidata=wikidata.get(node, ""),
                    claims=sum(d["weight"] for *_, d in graph.in_edges(node, data=True))
                    + sum(d["weight"] for *_, d in graph.out_edges(node, data=True)))


def _rows(result: Result) -> list[Any]:
    """A SELECT result's rows, typed loosely: each unpacks into its variables' terms."""
    return list(cast(Iterable[Any], result))


def _ordered(first: str | None, names: dict[str, None]) -> list[str]:
    rest = [n for n in names if n != first]
    return [first, *rest] if first else rest


def _first(by_lang: dict[str, list[str]]) -> str | None:
    return next((names[0] for names in by_lang.values() if names), None)


def _s(term: Any) -> str:
    return "" if term is None else str(term)


def _is_date(text: str) -> bool:
    import re

    return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text))


def _first_day(date: str) -> str:
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10] if len(date) == 7 else date[:10]


def _last_day(date: str) -> str:
    return (date + "-12-31")[:10] if len(date) == 4 else (date + "-31")[:10] if len(date) == 7 else date[:10]

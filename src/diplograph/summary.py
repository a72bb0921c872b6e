"""The summary graph: per entity, how many stored articles and claims name it, in all and
per month of publication, and when it was first seen.

Why: "which entities were first named in a date range" or "which actors were named most
since 2024" aggregate every claim of the store, seconds at millions of quads; read from
the summary they touch a few small nodes per entity.

Layout, in graph https://w3id.org/diplograph/graph/summary (terms in ontology/diplograph.ttl):

- `summary:KEY` (KEY: the first 24 hex digits of the SHA-256 of the entity's IRI), the
  entity's totals: dg:entity, dg:articleCount, dg:claimCount, dg:assertedArticleCount,
  dg:assertedClaimCount and dg:firstSeen (the earliest publication date, when one is dated);
- `summary:KEY/MONTH`: the same over the articles published in one month (dg:month,
  "2024-07", or "2024" for articles dated to the year); undated articles count only in
  the totals;
- in each dated article's own graph, `<article> dg:countedIn <summary:KEY/MONTH>` for
  every entity it names: which monthly summaries count it (read when the article that
  held a month's earliest date goes away, and by queries that need part of a month).

An entity is named by an article when it is the rdf:subject or rdf:object of a claim the
article graph derives (prov:wasDerivedFrom) from its dg:Article, of any modality; asserted
claims are also counted apart.

Upkeep: every write of an article through `Store` (ingest, re-ingest, removal) reads what
the stored version contributed, applies the difference to the nodes it touches and writes
them in the same update as the article graph, so the summary is right on every backend
after any sequence of writes by one writer. `summarize` rebuilds it for a whole store
(stores written before it existed, or after SPARQL updates that changed article graphs);
the version triple it writes last tells the queries that read the summary that it is whole.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError
from .namespaces import DCTERMS, DG, PROV, RDF, SUMMARY, SUMMARY_GRAPH, XSD
from .resources import data_dir
from .sparql import bind_rows, term_n3

SUMMARY_VERSION = "1"   # of the layout above; a store summarized with another one is summarized again
_COUNTS = (DG.articleCount, DG.claimCount, DG.assertedArticleCount, DG.assertedClaimCount)

__all__ = ["Contribution", "SummaryWrite", "SUMMARY_VERSION", "contribution_of", "contribution_of_ntriples",
           "stored_contribution", "plan", "summarize", "has_summary", "mark_if_empty", "article_update",
           "totals_node", "month_node"]


# -- what one article contributes ------------------------------------------------------------
@dataclass(frozen=True)
class Contribution:
    """What one article graph adds to the summary: its date and, per entity it names, the
    number of its claims that name it and how many of those are asserted."""

    article: URIRef | None
    date: Literal | None
    entities: dict[URIRef, tuple[int, int]] = field(default_factory=dict)

    @property
    def month(self) -> str | None:
        return month_of(self.date)


def month_of(date: Literal | None) -> str | None:
    """The month key of a publication date: "2024-07" (or "2024" for a year)."""
    return None if date is None else str(date)[:7]


def contribution_of(triples: Iterable[tuple[Node, Node, Node]]) -> Contribution | None:
    """The contribution of an article graph given as triples (None: it holds no dg:Article)."""
    articles: set[Node] = set()
    dates: dict[Node, list[Literal]] = {}
    derived: dict[Node, set[Node]] = {}
    named: dict[Node, set[URIRef]] = {}
    asserted: set[Node] = set()
    for s, p, o in triples:
        if p == RDF.type and o == DG.Article:
            articles.add(s)
        elif p == DCTERMS.date and isinstance(o, Literal):
            dates.setdefault(s, []).append(o)
        elif p == PROV.wasDerivedFrom:
            derived.setdefault(s, set()).add(o)
        elif (p == RDF.subject or p == RDF.object) and isinstance(o, URIRef):
            named.setdefault(s, set()).add(o)
        elif p == DG.modality and _is_asserted(o):
            asserted.add(s)
    if not articles:
        return None
    counts: dict[URIRef, list[int]] = {}
    for claim, entities in named.items():
        if not derived.get(claim, set()) & articles:
            continue
        for entity in entities:
            tally = counts.setdefault(entity, [0, 0])
            tally[0] += 1
            tally[1] += claim in asserted
    article_dates = [d for a in articles for d in dates.get(a, [])]
    article = min(articles, key=str)
    return Contribution(article if isinstance(article, URIRef) else None,
                        min(article_dates, key=str) if article_dates else None,
                        {e: (n, a) for e, (n, a) in counts.items()})


def contribution_of_ntriples(ntriples: str) -> Contribution | None:
    """`contribution_of` an article graph given as N-Triples (as extraction workers send it)."""
    import pyoxigraph as ox

    wanted = {str(p) for p in (RDF.type, DCTERMS.date, PROV.wasDerivedFrom, RDF.subject, RDF.object, DG.modality)}
    triples = []
    for triple in ox.parse(input=ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
        if triple.predicate.value in wanted:
            triples.append((_term(triple.subject), URIRef(triple.predicate.value), _term(triple.object)))
    return contribution_of(triples)


def _term(term: object) -> Node:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=None if term.datatype.value == str(XSD.string) else term.datatype.value)
    return Literal(str(term))  # a blank node: never an article, claim or entity of the summary


def _is_asserted(term: Node) -> bool:
    return isinstance(term, Literal) and term.language is None and str(term) == "asserted" and \
        term.datatype in (None, XSD.string)


def stored_contribution(store: object, name: URIRef) -> Contribution | None:
    """What the stored graph `name` contributes now (None when the store does not hold it)."""
    return _contributions(store.query(_query("contributions"), {"g": name})).get(name)  # type: ignore[attr-defined]


def _contributions(rows: Iterable[object]) -> dict[URIRef, Contribution]:
    """Contributions by graph, from rows of queries/summary/contributions.rq."""
    by_graph: dict[URIRef, Contribution] = {}
    for row in rows:
        g, article, date, entity, claims, asserted = row  # type: ignore[misc]
        held = by_graph.get(g)
        if held is None or (date is not None and (held.date is None or str(date) < str(held.date))):
            # one article and date per article graph; the earliest date if there are more
            held = by_graph[g] = Contribution(article, date, held.entities if held else {})
        held.entities.setdefault(entity, (int(claims), int(asserted)))
    return by_graph


# -- the summary's nodes ----------------------------------------------------------------------
def entity_key(entity: str) -> str:
    return hashlib.sha256(str(entity).encode("utf-8")).hexdigest()[:24]


def totals_node(entity: str) -> URIRef:
    """The node with an entity's totals."""
    return SUMMARY[entity_key(entity)]


def month_node(entity: str, month: str) -> URIRef:
    """The node with an entity's counts for one month of publication."""
    return SUMMARY[f"{entity_key(entity)}/{month}"]


@dataclass
class Counts:
    """The values of one summary node."""

    entity: URIRef
    month: str | None
    articles: int = 0
    claims: int = 0
    asserted_articles: int = 0
    asserted_claims: int = 0
    first: Literal | None = None

    def add(self, sign: int, claims: int, asserted: int) -> None:
        self.articles = max(0, self.articles + sign)
        self.claims = max(0, self.claims + sign * claims)
        self.asserted_articles = max(0, self.asserted_articles + sign * (asserted > 0))
        self.asserted_claims = max(0, self.asserted_claims + sign * asserted)

    def see(self, date: Literal | None) -> None:
        if date is not None and (self.first is None or str(date) < str(self.first)):
            self.first = date

    def triples(self, node: URIRef) -> Iterator[tuple[Node, Node, Node]]:
        yield node, DG.entity, self.entity
        if self.month is not None:
            yield node, DG.month, Literal(self.month)
        for predicate, value in zip(_COUNTS, (self.articles, self.claims, self.asserted_articles,
                                               self.asserted_claims), strict=True):
            yield node, predicate, Literal(value)
        if self.first is not None:
            yield node, DG.firstSeen, self.first


@dataclass(frozen=True)
class SummaryWrite:
    """The summary's part of one article write: the nodes it replaces and their new triples
    (in the summary graph), and the article's dg:countedIn triples (in its own graph)."""

    nodes: tuple[URIRef, ...] = ()
    triples: tuple[tuple[Node, Node, Node], ...] = ()
    sightings: tuple[tuple[Node, Node, Node], ...] = ()


def plan(store: object, name: URIRef, old: Contribution | None, new: Contribution | None) -> SummaryWrite:
    """The summary nodes that replacing `old` by `new` in graph `name` changes, with their new values.

    Reads the nodes' current values (one query) and, only when the article that held an
    earliest date goes away, the other dates of that month or entity.
    """
    touched: dict[URIRef, tuple[URIRef, str | None]] = {}
    parts: dict[URIRef, list[tuple[int, int, int, Literal | None]]] = {}
    for sign, contribution in ((-1, old), (1, new)):
        if contribution is None:
            continue
        for entity, (claims, asserted) in contribution.entities.items():
            for node, month in _nodes_of(entity, contribution.month):
                touched[node] = (entity, month)
                parts.setdefault(node, []).append((sign, claims, asserted, contribution.date))
    sightings = tuple((new.article, DG.countedIn, month_node(e, new.month))
                      for e in new.entities) if new and new.article is not None and new.month else ()
    if not touched:
        return SummaryWrite(sightings=sightings)
    current = _read_nodes(store, list(touched))
    result: dict[URIRef, Counts] = {}
    # monthly nodes first: an entity's first sighting may be recomputed from them
    for node in sorted(touched, key=lambda n: touched[n][1] is None):
        entity, month = touched[node]
        counts = current.get(node) or Counts(entity, month)
        gone = added = None
        for sign, claims, asserted, date in parts[node]:
            counts.add(sign, claims, asserted)
            gone, added = (date, added) if sign < 0 else (gone, date)
        if counts.articles == 0:
            continue
        if gone is not None and counts.first is not None and str(gone) == str(counts.first) and \
                (added is None or str(added) > str(gone)):
            counts.first = None   # the article that held it goes: look at the others
            if month is not None:
                for date in _cell_dates(store, node, name):
                    counts.see(date)
            else:
                for cell, first in _entity_months(store, entity).items():
                    if cell not in touched:
                        counts.see(first)
                for other in result.values():
                    if other.entity == entity and other.month is not None:
                        counts.see(other.first)
        counts.see(added)
        result[node] = counts
    triples = tuple(t for node, counts in result.items() for t in counts.triples(node))
    return SummaryWrite(tuple(touched), triples, sightings)


def _nodes_of(entity: URIRef, month: str | None) -> list[tuple[URIRef, str | None]]:
    """The nodes an article of this month that names `entity` counts in: totals, and its month's."""
    return [(totals_node(entity), None)] + ([(month_node(entity, month), month)] if month else [])


def _read_nodes(store: object, nodes: list[URIRef]) -> dict[URIRef, Counts]:
    found: dict[URIRef, dict[URIRef, Node]] = {}
    for node, predicate, value in store.query(bind_rows(_query("nodes"), "node", nodes)):  # type: ignore[attr-defined]
        found.setdefault(node, {})[predicate] = value
    counts = {}
    for node, values in found.items():
        entity = values.get(DG.entity)
        if not isinstance(entity, URIRef):
            continue
        month = values.get(DG.month)
        numbers = [int(values[p]) if isinstance(values.get(p), Literal) else 0 for p in _COUNTS]
        first = values.get(DG.firstSeen)
        counts[node] = Counts(entity, None if month is None else str(month), *numbers,
                              first=first if isinstance(first, Literal) else None)
    return counts


def _cell_dates(store: object, cell: URIRef, excluding: URIRef) -> list[Literal]:
    rows = store.query(_query("cell-dates"), {"cell": cell, "except": excluding})  # type: ignore[attr-defined]
    return [row[0] for row in rows if isinstance(row[0], Literal)]


def _entity_months(store: object, entity: URIRef) -> dict[URIRef, Literal]:
    rows = store.query(_query("entity-months"), {"entity": entity})  # type: ignore[attr-defined]
    return {row[0]: row[1] for row in rows if isinstance(row[1], Literal)}


# -- writing --------------------------------------------------------------------------------
def article_update(name: URIRef, ntriples: str, write: SummaryWrite) -> str:
    """One SPARQL Update that replaces graph `name` with `ntriples` and applies `write`."""
    graph = term_n3(name)
    parts = [f"DROP SILENT GRAPH {graph}"]
    body = ntriples.strip()
    if body:
        sightings = "\n".join(_nt(t) for t in write.sightings)
        parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n{sightings}\n}} }}")
    summary = term_n3(SUMMARY_GRAPH)
    if write.nodes:
        nodes = " ".join(term_n3(node) for node in write.nodes)
        parts.append(f"DELETE {{ GRAPH {summary} {{ ?node ?p ?o }} }} WHERE {{ VALUES ?node {{ {nodes} }} "
                     f"GRAPH {summary} {{ ?node ?p ?o }} }}")
    if write.triples:
        parts.append(f"INSERT DATA {{ GRAPH {summary} {{\n{chr(10).join(_nt(t) for t in write.triples)}\n}} }}")
    return " ;\n".join(parts)


def _nt(triple: tuple[Node, Node, Node]) -> str:
    return " ".join(term_n3(term) for term in triple) + " ."  # type: ignore[arg-type]


# -- whole stores -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SummaryStats:
    """What `summarize` wrote."""

    articles: int
    entities: int
    nodes: int
    quads: int


def summarize(store: object, *, chunk: int = 50_000) -> SummaryStats:
    """Recompute the summary graph and the articles' dg:countedIn triples of a whole store.

    Not one transaction: the version triple is removed first and written last, so an
    interrupted run leaves a store whose queries ask for `summarize` again.
    """
    if getattr(store, "read_only", False):
        raise StoreError("the summary cannot be written: the store was opened read-only.")
    contributions = _contributions(store.query(_query("contributions")))  # type: ignore[attr-defined]
    nodes: dict[URIRef, Counts] = {}
    sightings: list[str] = []
    for name, contribution in contributions.items():
        month = contribution.month
        article = contribution.article if month else None
        for entity, (claims, asserted) in contribution.entities.items():
            for node, key in _nodes_of(entity, month):
                counts = nodes.get(node) or nodes.setdefault(node, Counts(entity, key))
                counts.add(1, claims, asserted)
                counts.see(contribution.date)
            if article is not None:
                sightings.append(f"{term_n3(article)} {term_n3(DG.countedIn)} {term_n3(month_node(entity, month))} "
                                 f"{term_n3(name)} .")
    summary = term_n3(SUMMARY_GRAPH)
    store.update(f"DROP SILENT GRAPH {summary}")  # type: ignore[attr-defined]
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?article {term_n3(DG.countedIn)} ?cell }} }}")  # type: ignore[attr-defined]
    quads = [f"{_nt(t)[:-2]} {summary} ." for node, counts in nodes.items() for t in counts.triples(node)]
    written = len(quads) + len(sightings)
    for batch in (quads, sightings):
        for start in range(0, len(batch), chunk):
            store._insert_nquads("\n".join(batch[start:start + chunk]))  # type: ignore[attr-defined]
    _mark(store)
    return SummaryStats(len(contributions), sum(1 for c in nodes.values() if c.month is None), len(nodes), written + 1)


def has_summary(store: object) -> bool:
    """Whether the store's summary is whole (written by `summarize`, or kept since the store was empty)."""
    return bool(store.query(_query("summarized"), {"version": Literal(SUMMARY_VERSION)}).askAnswer)  # type: ignore[attr-defined]


def mark_if_empty(store: object) -> None:
    """Mark the summary of a store without articles as whole (it is: there is nothing to count)."""
    if has_summary(store):
        return
    if not store.query(_query("any-article")).askAnswer:  # type: ignore[attr-defined]
        store.update(f"DROP SILENT GRAPH {term_n3(SUMMARY_GRAPH)}")  # type: ignore[attr-defined]
        _mark(store)


def _mark(store: object) -> None:
    summary = term_n3(SUMMARY_GRAPH)
    store.update(f"INSERT DATA {{ GRAPH {summary} {{ {summary} {term_n3(DCTERMS.hasVersion)} "  # type: ignore[attr-defined]
                 f"{term_n3(Literal(SUMMARY_VERSION))} }} }}")


def require_summary(store: object, what: str) -> None:
    """Raise QueryError when `what` needs the summary and the store does not have it whole."""
    if not has_summary(store):
        raise QueryError(f"{what} reads the summary graph, which this store does not have yet (it was written "
                         "before diplograph kept one, or changed by SPARQL updates); run "
                         "`diplograph summarize --store …` once.")


def _query(name: str) -> str:
    path = data_dir("queries") / "summary" / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read the summary query {path}: {exc}") from exc

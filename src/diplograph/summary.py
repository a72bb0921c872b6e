"""The summary graph: per entity, how many stored articles and claims name it, in all and
per month of publication, and when it was first seen.

Why: "which entities were first named in a date range" or "which actors were named most
since 2024" aggregate every claim of the store, seconds at millions of quads; read from
the summary they touch a few small nodes per entity.

Layout (terms in ontology/diplograph.ttl):

- in graph https://w3id.org/diplograph/graph/summary, `summary:KEY` (KEY: the first 24
  hex digits of the SHA-256 of the entity's IRI), the entity's totals: dg:entity,
  dg:articleCount, dg:claimCount, dg:assertedArticleCount, dg:assertedClaimCount and
  dg:firstSeen (the earliest publication date, when one is dated);
- in graph https://w3id.org/diplograph/graph/summary-monthly, `summary:KEY/MONTH`: the
  same over the articles published in one month (dg:month, "2024-07", or "2024" for
  articles dated to the year); undated articles count only in the totals. Two graphs,
  so that a query over every entity's totals reads only those. The monthly graph also
  lists each entity's months on its totals node (`summary:KEY dg:seenInMonth "2024-07"`),
  so that a query for the months since a date reads them in one index scan;
- in each dated article's own graph, `<article> dg:countedIn <summary:KEY/MONTH>` for
  every entity it names: which monthly summaries count it (read when the article that
  held a month's earliest date goes away, and by queries that need part of a month);
- in each article's own graph, `<claim> dg:heldInYear "2024"^^xsd:gYear` for every
  asserted locatedIn claim of the graph with a dg:at whose text starts with a year: the
  claims that place a meeting in a year, found by one index lookup (meeting-documents
  and meetings with a year). Being in the article's graph, it goes and comes with it;
- in graph https://w3id.org/diplograph/graph/summary-facts, `summary:fact/KEY` (KEY: the
  first 24 hex digits of the SHA-256 of "SUBJECT PREDICATE OBJECT", the three IRIs
  separated by spaces, so that a query builds it with SHA256), per asserted claim's
  subject, relation and object: dg:assertedArticleCount, the number of article graphs
  with an asserted claim of it derived from their dg:Article (single-source reads which
  facts one article states). Only the count: rdf:subject and the like on the node would
  make it look like a claim to the queries that read claims in the union of the graphs;
- in graph https://w3id.org/diplograph/graph/summary-meetings, the meeting index:
  `summary:meeting/KEY` (KEY as for the entity's totals) per event that is the subject of
  an asserted adopted claim or of a dg:heldInYear claim: dg:entity, dg:adoptionCount (the
  documents adopted at it, counted once per article graph that states one in an asserted
  claim derived from its dg:Article; absent when none) and one dg:meetingYear per year a
  dg:heldInYear claim places it in; `summary:meeting/KEY/YEAR`: dg:heldClaimCount, how
  many dg:heldInYear claims place it in that year (so that the year goes when the last of
  them does). meeting-documents picks its meetings there (the ones held in a year that
  have a document) with one index scan of a small graph, where it read every claim that
  places a meeting in the year, most of them meetings without a document;
- in graph https://w3id.org/diplograph/graph/summary-partners, the partner index:
  `summary:partners/KEY/PARTNERKEY/YEAR` (the keys of the two entities' totals; YEAR the
  first four characters of the article's dcterms:date, "undated" for an article without
  one) per actor, partner and year of publication of the articles with an asserted
  partnerOf or dialoguePartnerOf claim between the two (either direction, derived from the
  graph's dg:Article; once for each of the two as the actor): dg:entity (the actor),
  dg:partner, dg:publishedYear ("2024", "" when undated), dg:partnershipArticleCount (the
  articles stating either relation) and one dg:statedRelation ("partnerOf") per relation
  stated, with the count of articles per relation on `…/YEAR/RELATION`
  (dg:partnershipArticleCount, so that the relation goes when its last article does).
  partners-by-year reads its rows there (one per partner and year) instead of every
  article that states a partnership.

An entity is named by an article when it is the rdf:subject or rdf:object of a claim the
article graph derives (prov:wasDerivedFrom) from its dg:Article, of any modality; asserted
claims are also counted apart.

Upkeep: every write of an article through `Store` (ingest, re-ingest, removal) reads what
the stored version contributed, applies the difference to the nodes it touches and writes
the changed triples in the same update as the article graph, so the summary stays right on
every backend through any sequence of writes by one writer (concurrent writers to a remote
server may lose each other's counts: see the README). `summarize` rebuilds it for a whole
store (stores written before it existed, or after SPARQL updates of article graphs); the
version triple it writes last tells the queries that read the summary that it is whole.

Terms are handled here in N-Triples syntax (`<iri>`, `"5"^^<…#integer>`): the backends
produce and parse that fastest, and every write of an article goes through this code.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph

from .errors import QueryError, StoreError
from .namespaces import (DCTERMS, DG, FACTS_GRAPH, MEETINGS_GRAPH, MONTHLY_GRAPH, PARTNERS_GRAPH, PROV, RDF, SUMMARY,
                         SUMMARY_GRAPH, XSD)
from .resources import internal_query

SUMMARY_VERSION = "5"   # of the layout above; a store summarized with another one must be summarized again

Triple = tuple[str, str, str]   # in N-Triples syntax
Quad = tuple[str, str, str, str]
_TOTALS_IN, _MONTHS_IN, _FACTS_IN = f"<{SUMMARY_GRAPH}>", f"<{MONTHLY_GRAPH}>", f"<{FACTS_GRAPH}>"
_MEETINGS_IN, _PARTNERS_IN = f"<{MEETINGS_GRAPH}>", f"<{PARTNERS_GRAPH}>"

_TYPE, _DATE, _DERIVED = RDF.type.n3(), DCTERMS.date.n3(), PROV.wasDerivedFrom.n3()
_SUBJECT, _OBJECT, _MODALITY, _ARTICLE = RDF.subject.n3(), RDF.object.n3(), DG.modality.n3(), DG.Article.n3()
_PREDICATE, _AT, _LOCATED_IN = RDF.predicate.n3(), DG.at.n3(), DG.locatedIn.n3()
_CONTRIBUTING = (RDF.type, DCTERMS.date, PROV.wasDerivedFrom, RDF.subject, RDF.object, DG.modality, RDF.predicate,
                 DG.at)
_ENTITY, _MONTH, _FIRST, _COUNTED = DG.entity.n3(), DG.month.n3(), DG.firstSeen.n3(), DG.countedIn.n3()
_SEEN_IN_MONTH, _HELD_IN_YEAR = DG.seenInMonth.n3(), DG.heldInYear.n3()
_ADOPTED, _ADOPTIONS, _HELD_CLAIMS = DG.adopted.n3(), DG.adoptionCount.n3(), DG.heldClaimCount.n3()
_MEETING_YEAR = DG.meetingYear.n3()
_PARTNERSHIPS = {DG.partnerOf.n3(): "partnerOf", DG.dialoguePartnerOf.n3(): "dialoguePartnerOf"}
_PARTNER, _PUBLISHED_YEAR, _STATED = DG.partner.n3(), DG.publishedYear.n3(), DG.statedRelation.n3()
_PARTNERSHIP_ARTICLES = DG.partnershipArticleCount.n3()
_YEAR = re.compile(r"^\d{4}")
_COUNTS = tuple(p.n3() for p in (DG.articleCount, DG.claimCount, DG.assertedArticleCount, DG.assertedClaimCount))
_INTEGER = f"^^{XSD.integer.n3()}"
_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(\^\^<[^>]*>|@[A-Za-z0-9-]+)?$')
_STRING_TYPE = f"^^{XSD.string.n3()}"
_MONTH_KEY = re.compile(r"^\d{4}(-\d{2})?$")
_IRI = re.compile(r'^<[^\s<>"{}|^`\\]*>$')

__all__ = ["Contribution", "SummaryWrite", "SummaryStats", "SUMMARY_VERSION", "contribution_of",
           "contribution_of_graph", "contribution_of_ntriples", "stored_contribution", "plan", "article_update",
           "summarize", "has_summary", "mark_if_empty", "require_summary", "totals_node", "month_node", "fact_node",
           "meeting_node", "partner_node"]


def lexical(term: str) -> str:
    """The lexical form of a literal in N-Triples syntax (the text of an IRI for an IRI)."""
    if term.startswith("<"):
        return term[1:-1]
    found = _LITERAL.match(term)
    return found.group(1).encode("utf-8").decode("unicode_escape") if found and "\\" in found.group(1) \
        else found.group(1) if found else term


def plain(term: str) -> str:
    """A literal typed xsd:string written without its datatype, as rdflib and Oxigraph write it."""
    return term[: -len(_STRING_TYPE)] if term.endswith(_STRING_TYPE) else term


# -- what one article contributes ------------------------------------------------------------
@dataclass(frozen=True)
class Contribution:
    """What one article graph adds to the summary: its dg:Article and date and, per entity
    it names, the number of its claims that name it and how many of those are asserted."""

    article: str | None
    date: str | None
    entities: dict[str, tuple[int, int]] = field(default_factory=dict)
    held: frozenset[tuple[str, str]] = frozenset()   # (claim, "2024"): the graph's dated asserted locatedIn claims
    facts: frozenset[Triple] = frozenset()   # (subject, predicate, object) of its asserted claims, IRIs
    meetings: frozenset[tuple[str, str, str]] = frozenset()   # (claim, event, "2024") of `held`, with the claim's subject
    # (actor, partner, "partnerOf", "2024"): its asserted partnerOf and dialoguePartnerOf facts, each
    # way round, by the year of the article's date ("" undated)
    partners: frozenset[tuple[str, str, str, str]] = frozenset()

    def adoptions(self) -> dict[str, int]:
        """Per event, how many documents this article says were adopted at it (asserted claims)."""
        found: dict[str, int] = {}
        for s, p, _ in self.facts:
            if p == _ADOPTED:
                found[s] = found.get(s, 0) + 1
        return found

    def held_years(self) -> dict[tuple[str, str], int]:
        """Per (event, year), how many of this graph's claims place the event in that year."""
        found: dict[tuple[str, str], int] = {}
        for _, event, year in self.meetings:
            found[(event, year)] = found.get((event, year), 0) + 1
        return found

    @property
    def month(self) -> str | None:
        """The month key of the publication date: "2024-07" (or "2024" for a year)."""
        return None if self.date is None else _month(self.date)


def contribution_of(triples: Iterable[Triple]) -> Contribution | None:
    """The contribution of an article graph given as triples (None: it holds no dg:Article)."""
    articles: set[str] = set()
    dates: dict[str, list[str]] = {}
    derived: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}
    asserted: set[str] = set()
    subjects: dict[str, set[str]] = {}
    objects: dict[str, set[str]] = {}
    predicates: dict[str, set[str]] = {}
    located: set[str] = set()
    at: dict[str, set[str]] = {}
    for s, p, o in triples:
        if p == _TYPE:
            if o == _ARTICLE:
                articles.add(s)
        elif p == _DATE:
            if o.startswith('"'):
                dates.setdefault(s, []).append(o)
        elif p == _DERIVED:
            derived.setdefault(s, set()).add(o)
        elif p == _SUBJECT or p == _OBJECT:
            if o.startswith("<"):
                named.setdefault(s, set()).add(o)
                (subjects if p == _SUBJECT else objects).setdefault(s, set()).add(o)
        elif p == _MODALITY and plain(o) == '"asserted"':
            asserted.add(s)
        elif p == _PREDICATE:
            if o.startswith("<"):
                predicates.setdefault(s, set()).add(o)
            if o == _LOCATED_IN:
                located.add(s)
        elif p == _AT and o.startswith('"'):
            at.setdefault(s, set()).add(o)
    if not articles:
        return None
    meetings = frozenset((claim, event, year) for claim in located & asserted for event in subjects.get(claim, ())
                         for year in map(_year, at.get(claim, ())) if year is not None)
    held = frozenset((claim, year) for claim, _, year in meetings)
    counts: dict[str, list[int]] = {}
    for claim, entities in named.items():
        if derived.get(claim, set()) & articles:
            for entity in entities:
                tally = counts.setdefault(entity, [0, 0])
                tally[0] += 1
                tally[1] += claim in asserted
    article_dates = [d for a in articles for d in dates.get(a, [])]
    article = min(articles)
    facts = frozenset((s, p, o) for claim in asserted if derived.get(claim, set()) & articles
                      for s in subjects.get(claim, ()) for p in predicates.get(claim, ()) for o in objects.get(claim, ()))
    years = {lexical(d)[:4] for d in article_dates} or {""}
    partners = frozenset((a, b, _PARTNERSHIPS[p], year) for s, p, o in facts if p in _PARTNERSHIPS and s != o
                         for a, b in ((s, o), (o, s)) for year in years)
    return Contribution(article if article.startswith("<") else None,
                        min(article_dates, key=lexical) if article_dates else None,
                        {e: (n, a) for e, (n, a) in counts.items()}, held, facts, meetings, partners)


def _year(date: str) -> str | None:
    """The year a dg:at literal starts with ("2024" of "2024-05-03"), as meeting queries read it."""
    text = lexical(date)
    return text[:4] if _YEAR.match(text) else None


def _held(claim: str, year: str) -> Triple:
    return claim, _HELD_IN_YEAR, _year_literal(year)


def contribution_of_graph(graph: Graph) -> Contribution | None:
    """`contribution_of` an rdflib graph."""
    return contribution_of((s.n3(), p.n3(), o.n3()) for p in _CONTRIBUTING for s, _, o in graph.triples((None, p, None)))


def contribution_of_ntriples(ntriples: str) -> Contribution | None:
    """`contribution_of` an article graph given as N-Triples (as extraction workers send it)."""
    import pyoxigraph as ox

    wanted = {str(p) for p in _CONTRIBUTING}
    return contribution_of((str(t.subject), str(t.predicate), plain(str(t.object)))
                           for t in ox.parse(input=ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
                           if t.predicate.value in wanted)


def stored_contribution(store: object, name: str) -> Contribution | None:
    """What the stored graph `name` (an IRI) contributes now (None when the store does not hold it)."""
    return contribution_of(store.ntriples_in(name, predicates=[p.n3() for p in _CONTRIBUTING]))  # type: ignore[attr-defined]


def _month(date: str) -> str | None:
    """The month key of a date literal ("2024-07", "2024"); None when it is no ISO date."""
    key = lexical(date)[:7]
    return key if _MONTH_KEY.match(key) else None


# -- the summary's nodes ----------------------------------------------------------------------
def _key(entity: str) -> str:
    return hashlib.sha256(lexical(entity).encode("utf-8")).hexdigest()[:24]


def totals_node(entity: str) -> str:
    """The node with an entity's totals (`entity` and the result in N-Triples syntax)."""
    return f"<{SUMMARY}{_key(entity)}>"


def month_node(entity: str, month: str) -> str:
    """The node with an entity's counts for one month of publication."""
    return f"<{SUMMARY}{_key(entity)}/{month}>"


def fact_node(fact: Triple) -> str:
    """The node with the count of articles stating an asserted (subject, predicate, object)."""
    key = hashlib.sha256(" ".join(lexical(t) for t in fact).encode("utf-8")).hexdigest()[:24]
    return f"<{SUMMARY}fact/{key}>"


def meeting_node(event: str, year: str | None = None) -> str:
    """The meeting index's node of an event (with a year: its count of claims placing it then)."""
    return f"<{SUMMARY}meeting/{_key(event)}{'' if year is None else '/' + year}>"


def partner_node(actor: str, partner: str, year: str, relation: str | None = None) -> str:
    """The partner index's node of an actor, a partner and a year of publication ("" undated;
    with a relation: its count of articles for that relation)."""
    return (f"<{SUMMARY}partners/{_key(actor)}/{_key(partner)}/{year or 'undated'}"
            f"{'' if relation is None else '/' + relation}>")


def _partner_tallies(contributions: Iterable[Contribution]) -> tuple[dict[tuple[str, str, str], int],
                                                                     dict[tuple[str, str, str, str], int]]:
    """Articles per (actor, partner, year) and per (actor, partner, year, relation)."""
    cells: dict[tuple[str, str, str], int] = {}
    relations: dict[tuple[str, str, str, str], int] = {}
    for contribution in contributions:
        for a, b, relation, year in contribution.partners:
            relations[(a, b, year, relation)] = relations.get((a, b, year, relation), 0) + 1
        for cell in {(a, b, year) for a, b, _, year in contribution.partners}:
            cells[cell] = cells.get(cell, 0) + 1
    return cells, relations


def _partner_cell(cell: tuple[str, str, str], count: int, relations: Iterable[str]) -> list[Quad]:
    actor, partner, year = cell
    node = partner_node(actor, partner, year)
    return [(node, _ENTITY, actor, _PARTNERS_IN), (node, _PARTNER, partner, _PARTNERS_IN),
            (node, _PUBLISHED_YEAR, f'"{year}"', _PARTNERS_IN),
            (node, _PARTNERSHIP_ARTICLES, f'"{count}"{_INTEGER}', _PARTNERS_IN)] + \
        [(node, _STATED, f'"{r}"', _PARTNERS_IN) for r in sorted(relations)]


def _partner_quads(cells: dict[tuple[str, str, str], int],
                   relations: dict[tuple[str, str, str, str], int]) -> list[Quad]:
    """The whole partner index from its counts (`summarize`)."""
    stated: dict[tuple[str, str, str], list[str]] = {}
    quads = []
    for (a, b, year, relation), n in sorted(relations.items()):
        stated.setdefault((a, b, year), []).append(relation)
        quads.append((partner_node(a, b, year, relation), _PARTNERSHIP_ARTICLES, f'"{n}"{_INTEGER}', _PARTNERS_IN))
    for cell, n in sorted(cells.items()):
        quads += _partner_cell(cell, n, stated.get(cell, ()))
    return quads


def _plan_partners(store: object, old: Contribution | None, new: Contribution | None) -> tuple[set[Quad], set[Quad]]:
    """The partner index's triples that replacing `old` by `new` removes and adds."""
    if (old.partners if old is not None else frozenset()) == (new.partners if new is not None else frozenset()):
        return set(), set()
    old_cells, old_relations = _partner_tallies([old] if old is not None else [])
    new_cells, new_relations = _partner_tallies([new] if new is not None else [])
    cells = {c: new_cells.get(c, 0) - old_cells.get(c, 0) for c in old_cells.keys() | new_cells.keys()}
    relations = {k: new_relations.get(k, 0) - old_relations.get(k, 0) for k in old_relations.keys() | new_relations.keys()}
    nodes = sorted({partner_node(*c) for c in cells} | {partner_node(*k) for k in relations})
    before = {(s, p, plain(o), _PARTNERS_IN) for s, p, o in store.ntriples_in(str(PARTNERS_GRAPH), subjects=nodes)}  # type: ignore[attr-defined]
    values = {s: int(lexical(o)) for s, p, o, _ in before if p == _PARTNERSHIP_ARTICLES}
    stated = {(s, lexical(o)) for s, p, o, _ in before if p == _STATED}
    after = set()
    for key, change in relations.items():
        node, cell = partner_node(*key), partner_node(*key[:3])
        count = max(0, values.get(node, 0) + change)
        if count:
            after.add((node, _PARTNERSHIP_ARTICLES, f'"{count}"{_INTEGER}', _PARTNERS_IN))
            stated.add((cell, key[3]))
        else:
            stated.discard((cell, key[3]))
    for cell, change in cells.items():
        node = partner_node(*cell)
        count = max(0, values.get(node, 0) + change)
        if count:
            after |= set(_partner_cell(cell, count, (r for n, r in stated if n == node)))
    return before - after, after - before


def _year_literal(year: str) -> str:
    return f'"{year}"^^{XSD.gYear.n3()}'


def _plan_meetings(store: object, old: Contribution | None, new: Contribution | None) -> tuple[set[Quad], set[Quad]]:
    """The meeting index's triples that replacing `old` by `new` removes and adds."""
    adoptions: dict[str, int] = {}
    years: dict[tuple[str, str], int] = {}
    for sign, contribution in ((-1, old), (1, new)):
        if contribution is not None:
            for event, n in contribution.adoptions().items():
                adoptions[event] = adoptions.get(event, 0) + sign * n
            for key, n in contribution.held_years().items():
                years[key] = years.get(key, 0) + sign * n
    adoptions = {e: n for e, n in adoptions.items() if n}
    years = {k: n for k, n in years.items() if n}
    if not adoptions and not years:
        return set(), set()
    events = set(adoptions) | {e for e, _ in years}
    nodes = sorted({meeting_node(e) for e in events} | {meeting_node(e, y) for e, y in years})
    before = {(s, p, plain(o), _MEETINGS_IN) for s, p, o in store.ntriples_in(str(MEETINGS_GRAPH), subjects=nodes)}  # type: ignore[attr-defined]
    values = {(s, p): o for s, p, o, _ in before if p in (_ADOPTIONS, _HELD_CLAIMS)}
    after = set(before)
    for (event, year), change in years.items():
        node, cell = meeting_node(event), meeting_node(event, year)
        old_count = int(lexical(values[(cell, _HELD_CLAIMS)])) if (cell, _HELD_CLAIMS) in values else 0
        count = max(0, old_count + change)
        after -= {(cell, _HELD_CLAIMS, values.get((cell, _HELD_CLAIMS), ""), _MEETINGS_IN),
                  (node, _MEETING_YEAR, _year_literal(year), _MEETINGS_IN)}
        if count:
            after |= {(cell, _HELD_CLAIMS, f'"{count}"{_INTEGER}', _MEETINGS_IN),
                      (node, _MEETING_YEAR, _year_literal(year), _MEETINGS_IN)}
    for event, change in adoptions.items():
        node = meeting_node(event)
        old_count = int(lexical(values[(node, _ADOPTIONS)])) if (node, _ADOPTIONS) in values else 0
        count = max(0, old_count + change)
        after.discard((node, _ADOPTIONS, values.get((node, _ADOPTIONS), ""), _MEETINGS_IN))
        if count:
            after.add((node, _ADOPTIONS, f'"{count}"{_INTEGER}', _MEETINGS_IN))
    for event in events:   # dg:entity while the node holds anything else
        node = meeting_node(event)
        entity = (node, _ENTITY, event, _MEETINGS_IN)
        if any(s == node and p != _ENTITY for s, p, _, _ in after):
            after.add(entity)
        else:
            after.discard(entity)
    return before - after, after - before


def _meeting_quads(adoptions: dict[str, int], years: dict[tuple[str, str], int]) -> list[Quad]:
    """The whole meeting index from its counts (`summarize`)."""
    quads = [(meeting_node(e), _ADOPTIONS, f'"{n}"{_INTEGER}', _MEETINGS_IN) for e, n in sorted(adoptions.items())]
    for (event, year), n in sorted(years.items()):
        quads += [(meeting_node(event, year), _HELD_CLAIMS, f'"{n}"{_INTEGER}', _MEETINGS_IN),
                  (meeting_node(event), _MEETING_YEAR, _year_literal(year), _MEETINGS_IN)]
    events = set(adoptions) | {e for e, _ in years}
    return quads + [(meeting_node(e), _ENTITY, e, _MEETINGS_IN) for e in sorted(events)]


def _fact_quads(fact: Triple, count: int) -> list[Quad]:
    # the count only: rdf:subject/predicate/object on the node would make it look like a claim to
    # every query that reads claims in the default graph (the union of the graphs)
    return [(fact_node(fact), _COUNTS[2], f'"{count}"{_INTEGER}', _FACTS_IN)]


def _plan_facts(store: object, old: Contribution | None, new: Contribution | None) -> tuple[set[Quad], set[Quad]]:
    """The fact nodes' triples that replacing `old` by `new` removes and adds."""
    gone = old.facts if old is not None else frozenset()
    came = new.facts if new is not None else frozenset()
    changed = gone ^ came
    if not changed:
        return set(), set()
    nodes = {fact_node(f): f for f in changed}
    before = {(s, p, plain(o), _FACTS_IN) for s, p, o in store.ntriples_in(str(FACTS_GRAPH), subjects=sorted(nodes))}  # type: ignore[attr-defined]
    counts = {s: int(lexical(o)) for s, p, o, _ in before if p == _COUNTS[2]}
    after = set()
    for node, fact in nodes.items():
        count = counts.get(node, 0) + (fact in came) - (fact in gone)
        if count > 0:
            after |= set(_fact_quads(fact, count))
    return before - after, after - before


def _nodes_of(entity: str, month: str | None) -> list[tuple[str, str | None]]:
    """The nodes an article of this month that names `entity` counts in: the totals, and its month's."""
    return [(totals_node(entity), None)] + ([(month_node(entity, month), month)] if month else [])


@dataclass
class Counts:
    """The values of one summary node."""

    entity: str
    month: str | None
    articles: int = 0
    claims: int = 0
    asserted_articles: int = 0
    asserted_claims: int = 0
    first: str | None = None   # a date literal

    def add(self, sign: int, claims: int, asserted: int) -> None:
        self.articles = max(0, self.articles + sign)
        self.claims = max(0, self.claims + sign * claims)
        self.asserted_articles = max(0, self.asserted_articles + sign * (asserted > 0))
        self.asserted_claims = max(0, self.asserted_claims + sign * asserted)

    def see(self, date: str | None) -> None:
        if date is not None and (self.first is None or lexical(date) < lexical(self.first)):
            self.first = date

    def quads(self, node: str) -> list[Quad]:
        """The node's triples, in the summary graph (totals) or the monthly one."""
        return [(s, p, o, _TOTALS_IN if self.month is None else _MONTHS_IN) for s, p, o in self.triples(node)]

    def triples(self, node: str) -> list[Triple]:
        found = [(node, _ENTITY, self.entity)]
        if self.month is not None:
            found.append((node, _MONTH, f'"{self.month}"'))
        for predicate, value in zip(_COUNTS, (self.articles, self.claims, self.asserted_articles,
                                               self.asserted_claims), strict=True):
            found.append((node, predicate, f'"{value}"{_INTEGER}'))
        if self.first is not None:
            found.append((node, _FIRST, self.first))
        return found


def _read_counts(quads: Iterable[Quad]) -> dict[str, Counts]:
    found: dict[str, dict[str, str]] = {}
    for node, predicate, value, _ in quads:
        found.setdefault(node, {})[predicate] = value
    counts = {}
    for node, values in found.items():
        entity = values.get(_ENTITY)
        if entity is None:
            continue
        month = values.get(_MONTH)
        numbers = [int(lexical(values[p])) if p in values else 0 for p in _COUNTS]
        counts[node] = Counts(entity, None if month is None else lexical(month), *numbers, first=values.get(_FIRST))
    return counts


@dataclass(frozen=True)
class SummaryWrite:
    """The summary's part of one article write: the summary graph's triples it removes and
    adds, and the article's dg:countedIn triples (in its own graph)."""

    removed: tuple[Quad, ...] = ()
    added: tuple[Quad, ...] = ()
    sightings: tuple[Triple, ...] = ()


def plan(store: object, name: str, old: Contribution | None, new: Contribution | None) -> SummaryWrite:
    """The summary triples that replacing `old` by `new` in graph `name` (an IRI) removes and adds.

    Reads the touched nodes' current values and, only when the article that held an
    earliest date goes away, the other dates of that month or entity.
    """
    touched: dict[str, tuple[str, str | None]] = {}
    parts: dict[str, list[tuple[int, int, int, str | None]]] = {}
    for sign, contribution in ((-1, old), (1, new)):
        if contribution is None:
            continue
        for entity, (claims, asserted) in contribution.entities.items():
            for node, month in _nodes_of(entity, contribution.month):
                touched[node] = (entity, month)
                parts.setdefault(node, []).append((sign, claims, asserted, contribution.date))
    sightings = tuple((new.article, _COUNTED, month_node(e, new.month)) for e in new.entities) \
        if new is not None and new.article is not None and new.month else ()
    if new is not None:
        sightings += tuple(_held(claim, year) for claim, year in sorted(new.held))
    fact_removed, fact_added = _plan_facts(store, old, new)
    meeting_removed, meeting_added = _plan_meetings(store, old, new)
    partner_removed, partner_added = _plan_partners(store, old, new)
    fact_removed |= meeting_removed | partner_removed
    fact_added |= meeting_added | partner_added
    if not touched:
        return SummaryWrite(tuple(sorted(fact_removed)), tuple(sorted(fact_added)), sightings)
    before = set()
    for graph, monthly in ((SUMMARY_GRAPH, False), (MONTHLY_GRAPH, True)):
        nodes = [node for node, (_, month) in touched.items() if (month is not None) == monthly]
        if nodes:
            before |= {(s, p, plain(o), f"<{graph}>") for s, p, o in store.ntriples_in(str(graph), subjects=nodes)}  # type: ignore[attr-defined]
    current = _read_counts(before)
    result: dict[str, Counts] = {}
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
        if gone is not None and counts.first is not None and lexical(gone) == lexical(counts.first) and \
                (added is None or lexical(added) > lexical(gone)):
            counts.first = None   # the article that held it goes: look at the others
            if month is not None:
                for date in _cell_dates(store, node, name):
                    counts.see(date)
            else:
                for cell, first in _entity_months(store, entity):
                    if cell not in touched:
                        counts.see(first)
                for other in result.values():
                    if other.entity == entity and other.month is not None:
                        counts.see(other.first)
        counts.see(added)
        result[node] = counts
    after = {q for node, counts in result.items() for q in counts.quads(node)}
    removed, added = before - after, after - before
    for node, (entity, month) in touched.items():  # the month index on the totals node
        if month is not None and (node in current) != (node in result):
            (removed if node in current else added).add(_month_index(entity, month))
    return SummaryWrite(tuple(sorted(removed | fact_removed)), tuple(sorted(added | fact_added)), sightings)


def _month_index(entity: str, month: str) -> Quad:
    return totals_node(entity), _SEEN_IN_MONTH, f'"{month}"', _MONTHS_IN


def _cell_dates(store: object, cell: str, excluding: str) -> list[str]:
    rows = store.select_n3(_with(_query("cell-dates"), cell=cell, excluding=f"<{excluding}>"))  # type: ignore[attr-defined]
    return [row[0] for row in rows if row[0] is not None]


def _entity_months(store: object, entity: str) -> list[tuple[str, str]]:
    rows = store.select_n3(_with(_query("entity-months"), entity=entity))  # type: ignore[attr-defined]
    return [(row[0], row[1]) for row in rows if row[1] is not None]


def _with(sparql: str, **iris: str) -> str:
    """`sparql` with `$name` replaced by IRIs (checked to be one IRI each): constants in the
    patterns let Oxigraph read them through its indexes, where a VALUES block is joined later."""
    for name, iri in iris.items():
        if not _IRI.match(iri):
            raise QueryError(f"not an IRI: {iri!r}")
        sparql = sparql.replace(f"${name}", iri)
    return sparql


# -- writing --------------------------------------------------------------------------------
def article_update(name: str, ntriples: str, write: SummaryWrite) -> str:
    """One SPARQL Update that replaces graph `name` (an IRI) with `ntriples` and applies `write`."""
    graph = f"<{name}>"
    parts = [f"DROP SILENT GRAPH {graph}"]
    body = ntriples.strip()
    if body:
        parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n{_lines(write.sightings)}\n}} }}")
    if write.removed:
        parts.append(f"DELETE DATA {{ {_graphs(write.removed)} }}")
    if write.added:
        parts.append(f"INSERT DATA {{ {_graphs(write.added)} }}")
    return " ;\n".join(parts)


def _lines(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{s} {p} {o} ." for s, p, o in triples)


def _graphs(quads: Iterable[Quad]) -> str:
    by_graph: dict[str, list[Triple]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(g, []).append((s, p, o))
    return " ".join(f"GRAPH {g} {{\n{_lines(triples)}\n}}" for g, triples in by_graph.items())


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
    interrupted run leaves a store whose summary queries ask for `summarize` again.
    """
    if getattr(store, "read_only", False):
        raise StoreError("the summary cannot be written: the store was opened read-only.")
    contributions: dict[str, Contribution] = {}
    for g, article, date, entity, claims, asserted in store.select_n3(_query("contributions")):  # type: ignore[attr-defined]
        held = contributions.get(g)
        if held is None or (date is not None and (held.date is None or lexical(date) < lexical(held.date))):
            # one article and date per article graph; the earliest date if there are more
            held = contributions[g] = Contribution(article, date, held.entities if held else {})
        held.entities.setdefault(entity, (int(lexical(claims)), int(lexical(asserted))))
    nodes: dict[str, Counts] = {}
    sightings: list[str] = []
    for g, contribution in contributions.items():
        month = contribution.month
        for entity, (claims, asserted) in contribution.entities.items():
            for node, key in _nodes_of(entity, month):
                counts = nodes.get(node) or nodes.setdefault(node, Counts(entity, key))
                counts.add(1, claims, asserted)
                counts.see(contribution.date)
            if month and contribution.article is not None:
                sightings.append(f"{contribution.article} {_COUNTED} {month_node(entity, month)} {g} .")
    meetings = {(g, claim, event, year) for g, claim, event, at in store.select_n3(_query("meeting-years"))  # type: ignore[attr-defined]
                if at is not None and event is not None and (year := _year(at)) is not None}
    sightings += [" ".join(_held(claim, year)) + f" {g} ." for g, claim, year in sorted({(g, c, y) for g, c, _, y in meetings})]
    held_years: dict[tuple[str, str], int] = {}
    for _, _, event, year in meetings:
        held_years[(event, year)] = held_years.get((event, year), 0) + 1
    facts: dict[Triple, int] = {}
    for s, p, o, n in store.select_n3(_query("facts")):  # type: ignore[attr-defined]
        if s is not None and p is not None and o is not None and n is not None:
            facts[(s, p, o)] = int(lexical(n))
    adoptions: dict[str, int] = {}
    for (s, p, _), n in facts.items():
        if p == _ADOPTED:
            adoptions[s] = adoptions.get(s, 0) + n
    partner_cells, partner_relations = _partner_tallies(_partner_contributions(store))
    store.update(f"DROP SILENT GRAPH {_TOTALS_IN} ; DROP SILENT GRAPH {_MONTHS_IN} ; "  # type: ignore[attr-defined]
                 f"DROP SILENT GRAPH {_FACTS_IN} ; DROP SILENT GRAPH {_MEETINGS_IN} ; DROP SILENT GRAPH {_PARTNERS_IN}")
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?article {_COUNTED} ?cell }} }}")  # type: ignore[attr-defined]
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?claim {_HELD_IN_YEAR} ?year }} }}")  # type: ignore[attr-defined]
    quads = [" ".join(q) + " ." for node, counts in nodes.items() for q in counts.quads(node)]
    quads += [" ".join(q) + " ." for fact, count in sorted(facts.items()) for q in _fact_quads(fact, count)]
    quads += [" ".join(_month_index(c.entity, c.month)) + " ." for c in nodes.values() if c.month is not None]
    quads += [" ".join(q) + " ." for q in _meeting_quads(adoptions, held_years)]
    quads += [" ".join(q) + " ." for q in _partner_quads(partner_cells, partner_relations)]
    for batch in (quads, sightings):
        for start in range(0, len(batch), chunk):
            store._insert_nquads("\n".join(batch[start:start + chunk]))  # type: ignore[attr-defined]
    _mark(store)
    store._compact()  # type: ignore[attr-defined]
    entities = sum(1 for c in nodes.values() if c.month is None)
    return SummaryStats(len(contributions), entities, len(nodes), len(quads) + len(sightings) + 1)


def _partner_contributions(store: object) -> list[Contribution]:
    """Per article graph, its partner facts (`Contribution.partners`), from the `partner-years` rows."""
    facts: dict[str, set[Triple]] = {}
    years: dict[str, set[str]] = {}
    for g, s, p, o, date in store.select_n3(_query("partner-years")):  # type: ignore[attr-defined]
        if s is None or p not in _PARTNERSHIPS or o is None or s == o:
            continue
        facts.setdefault(g, set()).add((s, p, o))
        years.setdefault(g, set())
        if date is not None:
            years[g].add(lexical(date)[:4])
    return [Contribution(None, None, partners=frozenset(
        (a, b, _PARTNERSHIPS[p], year) for s, p, o in triples for a, b in ((s, o), (o, s))
        for year in (years[g] or {""}))) for g, triples in facts.items()]


def has_summary(store: object) -> bool:
    """Whether the store's summary is whole (written by `summarize`, or kept since the store was empty)."""
    from rdflib import Literal

    return bool(store.query(_query("summarized"), {"version": Literal(SUMMARY_VERSION)}).askAnswer)  # type: ignore[attr-defined]


def mark_if_empty(store: object) -> None:
    """Mark the summary of a store without articles as whole (there is nothing to count)."""
    if not has_summary(store) and not store.query(_query("any-article")).askAnswer:  # type: ignore[attr-defined]
        store.update(f"DROP SILENT GRAPH {_TOTALS_IN} ; DROP SILENT GRAPH {_MONTHS_IN} ; "  # type: ignore[attr-defined]
                     f"DROP SILENT GRAPH {_FACTS_IN} ; DROP SILENT GRAPH {_MEETINGS_IN} ; DROP SILENT GRAPH {_PARTNERS_IN}")
        _mark(store)


def _mark(store: object) -> None:
    summary = f"<{SUMMARY_GRAPH}>"
    store.update(f'INSERT DATA {{ GRAPH {summary} {{ {summary} {DCTERMS.hasVersion.n3()} "{SUMMARY_VERSION}" }} }}')  # type: ignore[attr-defined]


def require_summary(store: object, what: str) -> None:
    """Raise QueryError when `what` reads the summary and the store's is not whole."""
    if not has_summary(store):
        raise QueryError(f"{what} reads the summary graph, which this store does not have whole (it was written "
                         "before diplograph kept one, or article graphs were changed by SPARQL updates); run "
                         "`diplograph summarize --store …` once.")


def _query(name: str) -> str:
    return internal_query("summary", name)

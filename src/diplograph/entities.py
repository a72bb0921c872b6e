"""Which entities the stored articles name, and how often: the catalog's to-do list.

An entity counts in an article when the article's named graph names it in a claim
(as `rdf:subject`, `rdf:object` or `dg:reportedBy`) or records a `dg:mentionCount`
for it. Its mentions in that article are the recorded `dg:mentionCount` where the
graph has one, else the number of claims that name it. *Unlinked* entities are those
the catalog graph does not type: names the extractor met but could not link, which
get their IRI from the normalised name (see `rdfmap.add_entity`); events, which the
catalog never holds, are left out of that list unless asked for by type.

Counting runs as SPARQL through the store (one aggregate query, then one query for
the names and types of the entities listed), so it works on any backend.

    >>> from diplograph.entities import entity_frequencies
    >>> for row in entity_frequencies(store, unlinked=True, limit=20):
    ...     print(row.articles, row.mentions, row.label, row.example)
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

from rdflib import Literal, URIRef

from .errors import QueryError
from .models import ENTITY_TYPES
from .namespaces import CATALOG_GRAPH, DG, GRAPH, doc_of_graph
from .results import compact_iri
from .sparql import term_n3
from .store import Store

__all__ = ["EntityFrequency", "entity_frequencies", "format_frequencies", "FREQUENCY_FORMATS"]

_ARTICLE_GRAPHS = str(GRAPH["article/"])
CATALOG_LESS_TYPES = ("Event",)   # the catalog holds none: each meeting is its article's own entity
_DETAIL_BATCH = 400

_COUNTS = """
SELECT ?entity (COUNT(?g) AS ?articles) (SUM(?n) AS ?mentions) (MIN(STR(?g)) AS ?example) WHERE {{
  {{
    SELECT ?entity ?g (COUNT(DISTINCT ?claim) AS ?claims) (MAX(COALESCE(?counted, -1)) AS ?recorded) WHERE {{
      GRAPH ?g {{
        {{ ?claim a dg:Claim ; rdf:subject|rdf:object|dg:reportedBy ?entity . }}
        UNION {{ ?entity dg:mentionCount ?counted . }}
      }}
      FILTER(STRSTARTS(STR(?g), "{articles}"))
    }} GROUP BY ?entity ?g
  }}
  BIND(IF(?recorded >= 0, ?recorded, ?claims) AS ?n)
  {filters}
}}
GROUP BY ?entity
ORDER BY DESC(?articles) DESC(?mentions) ?entity
{limit}"""

_UNLINKED = "FILTER NOT EXISTS {{ GRAPH <{catalog}> {{ ?entity a ?catalogType }} }}"
_OF_TYPE = "FILTER EXISTS {{ ?entity a ?wanted . VALUES ?wanted {{ {types} }} }}"

_DETAILS = """
SELECT ?entity ?type ?wikidata ?linked WHERE {{
  VALUES ?entity {{ {entities} }}
  OPTIONAL {{ ?entity a ?type . VALUES ?type {{ {types} }} }}
  OPTIONAL {{ ?entity dg:wikidata ?wikidata }}
  BIND(EXISTS {{ GRAPH <{catalog}> {{ ?entity a ?anyType }} }} AS ?linked)
}}"""

_NAMES = """
SELECT ?entity ?label ?preferred WHERE {{
  VALUES ?entity {{ {entities} }}
  {{ ?entity skos:prefLabel ?label . BIND(true AS ?preferred) }}
  UNION {{ ?entity skos:altLabel ?label . BIND(false AS ?preferred) }}
}}"""


@dataclass(frozen=True)
class EntityFrequency:
    """How often the stored articles name one entity.

    Attributes:
        iri: the entity's IRI.
        type: its contract type ("State", "Person", …), or None if untyped.
        label: its English preferred label if it has one, else a preferred label as
            an article wrote it.
        names: every other label it has (catalog and articles, any language).
        articles: how many article graphs name it.
        mentions: its mentions summed over those articles.
        example: the doc id of one article that names it.
        linked: whether the catalog holds it.
        wikidata: its Wikidata id, where known.
    """

    iri: str
    type: str | None
    label: str
    names: tuple[str, ...]
    articles: int
    mentions: int
    example: str | None
    linked: bool
    wikidata: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "type": self.type, "label": self.label, "names": list(self.names),
                "articles": self.articles, "mentions": self.mentions, "example": self.example,
                "linked": self.linked, "wikidata": self.wikidata}


def entity_frequencies(store: Store, *, unlinked: bool = False, types: Sequence[str] = (),
                       limit: int | None = None) -> list[EntityFrequency]:
    """The entities named in the stored articles, most widespread first.

    Ordered by number of articles, then mentions, then IRI.

    Args:
        store: an open store.
        unlinked: only entities the catalog does not hold; unless `types` says
            otherwise, not events either, which are each article's own.
        types: only entities of these contract types (e.g. ("Person",)); any case.
        limit: at most this many entities; None for all.

    Raises:
        QueryError: an unknown type, a limit below 1, or a query that fails.
    """
    if unlinked and not types:
        types = [t for t in ENTITY_TYPES if t not in CATALOG_LESS_TYPES]
    type_terms = _type_terms(types)
    if limit is not None and limit < 1:
        raise QueryError(f"the limit must be a positive number, not {limit}.")
    filters = []
    if unlinked:
        filters.append(_UNLINKED.format(catalog=CATALOG_GRAPH))
    if type_terms:
        filters.append(_OF_TYPE.format(types=" ".join(term_n3(t) for t in type_terms)))
    sparql = _COUNTS.format(articles=_ARTICLE_GRAPHS, filters="\n  ".join(filters),
                            limit=f"LIMIT {limit}" if limit is not None else "")
    counts = [(URIRef(row[0]), int(row[1]), int(row[2]), doc_of_graph(str(row[3])))
              for row in store.query(sparql) if row[0] is not None]
    details = _details(store, [entity for entity, *_ in counts])
    return [_frequency(entity, articles, mentions, example, details.get(entity, {}))
            for entity, articles, mentions, example in counts]


def _type_terms(types: Iterable[str]) -> list[URIRef]:
    known = {t.lower(): t for t in ENTITY_TYPES}
    terms = []
    for name in types:
        if name.lower() not in known:
            raise QueryError(f"unknown entity type {name!r}; known types: {', '.join(ENTITY_TYPES)}.")
        terms.append(DG[known[name.lower()]])
    return terms


def _details(store: Store, entities: list[URIRef]) -> dict[URIRef, dict[str, Any]]:
    """Type, Wikidata id, catalog membership and labels of each listed entity."""
    found: dict[URIRef, dict[str, Any]] = {}
    types = " ".join(f"dg:{t}" for t in ENTITY_TYPES)
    for start in range(0, len(entities), _DETAIL_BATCH):
        values = " ".join(term_n3(e) for e in entities[start:start + _DETAIL_BATCH])
        for entity, rdf_type, wikidata, linked in store.query(
                _DETAILS.format(entities=values, types=types, catalog=CATALOG_GRAPH)):
            info = found.setdefault(entity, {"types": set(), "wikidata": set(), "labels": {}})
            if rdf_type is not None:
                info["types"].add(str(rdf_type).rsplit("#", 1)[-1])
            if wikidata is not None:
                info["wikidata"].add(str(wikidata))
            info["linked"] = bool(linked is not None and linked.toPython())
        for entity, label, preferred in store.query(_NAMES.format(entities=values)):
            info = found.setdefault(entity, {"types": set(), "wikidata": set(), "labels": {}})
            rank = 0 if preferred.toPython() else 1
            previous = info["labels"].get(label)
            info["labels"][label] = rank if previous is None else min(previous, rank)
    return found


def _frequency(entity: URIRef, articles: int, mentions: int, example: str | None,
               info: dict[str, Any]) -> EntityFrequency:
    labels: dict[Literal, int] = info.get("labels", {})
    ordered = sorted(labels, key=lambda lit: (labels[lit], lit.language != "en", lit.language or "", str(lit)))
    names = list(dict.fromkeys(" ".join(str(lit).split()) for lit in ordered))
    label = names[0] if names else compact_iri(entity)
    types = sorted(info.get("types", ()), key=ENTITY_TYPES.index)
    wikidata = sorted(info.get("wikidata", ()))
    return EntityFrequency(iri=str(entity), type=types[0] if types else None, label=label,
                           names=tuple(names[1:]), articles=articles, mentions=mentions, example=example,
                           linked=bool(info.get("linked")), wikidata=wikidata[0] if wikidata else None)


# -- output ------------------------------------------------------------------------------
_COLUMNS = ("articles", "mentions", "type", "label", "entity", "example")


def _cells(row: EntityFrequency, *, short: bool) -> list[str]:
    entity = compact_iri(row.iri) if short else row.iri
    return [str(row.articles), str(row.mentions), row.type or "", row.label, entity, row.example or ""]


def render_table(rows: Sequence[EntityFrequency]) -> str:
    """Aligned columns for people; catalog entities are marked with * when both kinds show."""
    mark = any(r.linked for r in rows) and not all(r.linked for r in rows)
    cells = [_cells(r, short=True) for r in rows]
    if mark:
        for cell, row in zip(cells, rows):
            cell[3] = ("* " if row.linked else "  ") + cell[3]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(_COLUMNS)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(_COLUMNS, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.rjust(w) if i < 2 else c.ljust(w) for i, (c, w) in enumerate(zip(cell, widths))).rstrip()
              for cell in cells]
    footer = f"({len(rows)} entit{'y' if len(rows) == 1 else 'ies'}"
    lines.append(footer + ("; * = in the catalog)" if mark else ")"))
    return "\n".join(lines)


def render_csv(rows: Sequence[EntityFrequency]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*_COLUMNS, "linked", "wikidata", "names"])
    for row in rows:
        writer.writerow([*_cells(row, short=False), str(row.linked).lower(), row.wikidata or "",
                         "; ".join(row.names)])
    return out.getvalue()


def render_json(rows: Sequence[EntityFrequency]) -> str:
    return json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2)


class FrequencyRenderer(TypedDict):
    name: str
    render: Callable[[Sequence[EntityFrequency]], str]


FREQUENCY_FORMATS: dict[str, FrequencyRenderer] = {
    r["name"]: r for r in (
        FrequencyRenderer(name="table", render=render_table),
        FrequencyRenderer(name="csv", render=render_csv),
        FrequencyRenderer(name="json", render=render_json),
    )
}


def format_frequencies(rows: Sequence[EntityFrequency], fmt: str = "table") -> str:
    """`rows` rendered by the renderer registered as `fmt` (table, csv or json).

    Raises:
        QueryError: `fmt` is not a registered format.
    """
    renderer = FREQUENCY_FORMATS.get(fmt)
    if renderer is None:
        raise QueryError(f"unknown format {fmt!r}; known formats: {', '.join(FREQUENCY_FORMATS)}.")
    return renderer["render"](rows)

"""Counts that describe a store: articles, claims, entities, quads."""
from __future__ import annotations

from typing import Any

from rdflib import Variable

from .models import ENTITY_TYPES
from .namespaces import CATALOG_GRAPH, GRAPH
from .store import Store

_ARTICLE_GRAPHS = str(GRAPH["article/"])

_CLAIMS = f"""
SELECT (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?asserted) AS ?assertedClaims) WHERE {{
  GRAPH ?g {{ ?claim a dg:Claim . OPTIONAL {{ ?claim dg:modality "asserted" . BIND(?claim AS ?asserted) }} }}
  FILTER(STRSTARTS(STR(?g), "{_ARTICLE_GRAPHS}"))
}}"""

_REFERENCE_CLAIMS = f"""
SELECT (COUNT(DISTINCT ?claim) AS ?claims) WHERE {{ GRAPH <{CATALOG_GRAPH}> {{ ?claim a dg:Claim }} }}"""

_ENTITIES = """
SELECT ?type (COUNT(DISTINCT ?entity) AS ?n) WHERE {{
  VALUES ?type {{ {types} }}
  ?entity a ?type .
}} GROUP BY ?type"""


def store_stats(store: Store) -> dict[str, Any]:
    """Counts for `diplograph stats`.

    Returns:
        articles, claims (in article graphs), asserted_claims, reference_claims (the
        catalog's base facts), entities (of the contract types, catalog and new),
        entities_by_type, quads and backend.
    """
    claims = next(iter(store.query(_CLAIMS)), None)
    reference = next(iter(store.query(_REFERENCE_CLAIMS)), None)
    types = " ".join(f"dg:{t}" for t in ENTITY_TYPES)
    by_type = {t: 0 for t in ENTITY_TYPES}
    for row in store.query(_ENTITIES.format(types=types)).bindings:
        by_type[str(row[Variable("type")]).rsplit("#", 1)[-1]] = int(row[Variable("n")])
    return {
        "articles": len(store.articles()),
        "claims": _int(claims, 0),
        "asserted_claims": _int(claims, 1),
        "reference_claims": _int(reference, 0),
        "entities": sum(by_type.values()),
        "entities_by_type": by_type,
        "quads": store.quad_count(),
        "backend": store.backend,
    }


def _int(row: Any, index: int) -> int:
    return int(row[index]) if row is not None and row[index] is not None else 0

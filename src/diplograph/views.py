"""Network views of the graph: a networkx graph of what the articles say, and a pyvis page.

`to_networkx` builds the direct triples of the asserted article claims as an rdflib
graph and converts it with rdflib's own `rdflib_to_networkx_multidigraph`
(rdflib/extras/external_graph_libs.py); nodes carry label, type and colour, edges the
relation and the evidence sentences. `render_html` writes a self-contained pyvis page
(vis-network inlined, no CDN), so it opens offline.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

from .errors import DiplographError
from .namespaces import GRAPH
from .query import resolve_entity
from .results import compact_iri
from .store import Store

TYPE_COLOURS = {
    "State": "#4e79a7", "Organization": "#f28e2b", "Agreement": "#59a14f", "Person": "#e15759",
    "Event": "#b07aa1", "Place": "#76b7b2", "Initiative": "#edc948", "Position": "#9c755f",
}
UNKNOWN_COLOUR = "#bab0ac"

_CLAIMS = f"""
SELECT ?s ?p ?o ?evidence ?doc WHERE {{
  GRAPH ?g {{
    ?claim a dg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dg:modality "asserted" ;
           prov:wasDerivedFrom ?article .
    ?article dg:docId ?doc .
    OPTIONAL {{ ?claim dg:evidenceText ?evidence }}
  }}
  FILTER(STRSTARTS(STR(?g), "{GRAPH['article/']}"))
}}"""

_NODES = """
SELECT ?node (SAMPLE(?type) AS ?nodeType) (MIN(?en) AS ?english) (MIN(?any) AS ?other) WHERE {
  ?node a ?type . FILTER(STRSTARTS(STR(?type), "https://w3id.org/diplograph/ontology#"))
  OPTIONAL { ?node skos:prefLabel ?en . FILTER(LANG(?en) = "en") }
  OPTIONAL { ?node skos:prefLabel ?any . }
} GROUP BY ?node"""


def to_networkx(store: Store, entity: str | None = None, *, depth: int = 1) -> nx.MultiDiGraph:
    """The entities and asserted relations of the stored articles as a networkx graph.

    Args:
        store: an open store.
        entity: limit the view to this entity's neighbourhood (IRI, name or abbreviation).
        depth: how many hops around `entity` to keep.

    Returns:
        A MultiDiGraph keyed by entity IRI; nodes have label, type, color and title
        (tooltip), edges have relation, label and title (evidence and source docs).
    """
    triples, evidence = _article_claims(store)
    graph = rdflib_to_networkx_multidigraph(triples, edge_attrs=lambda s, p, o: _edge(p, evidence[(s, p, o)]))
    if entity is not None:
        focus = resolve_entity(store, entity)
        if focus not in graph:
            raise DiplographError(f"{entity!r} ({compact_iri(focus)}) takes part in no claim of the stored articles.")
        graph = nx.ego_graph(graph, focus, radius=depth, undirected=True)
    _describe_nodes(store, graph)
    return graph


def _article_claims(store: Store) -> tuple[Graph, dict[tuple[Any, Any, Any], list[tuple[str, str]]]]:
    triples = Graph()
    evidence: dict[tuple[Any, Any, Any], list[tuple[str, str]]] = defaultdict(list)
    for s, p, o, text, doc in store.query(_CLAIMS):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            triples.add((s, p, o))
            evidence[(s, p, o)].append((str(text or ""), str(doc)))
    return triples, evidence


def _edge(predicate: Any, sources: list[tuple[str, str]]) -> dict[str, Any]:
    relation = str(predicate).rsplit("#", 1)[-1]
    lines = [f"{text} [{doc}]" if text else f"[{doc}]" for text, doc in sorted(set(sources))]
    return {"relation": relation, "label": relation, "title": "\n".join(lines), "weight": len(sources)}


def _describe_nodes(store: Store, graph: nx.MultiDiGraph) -> None:
    described = {node: (rdf_type, english, other) for node, rdf_type, english, other in store.query(_NODES)
                 if node in graph}
    for node in graph.nodes:
        rdf_type, english, other = described.get(node, (None, None, None))
        type_name = str(rdf_type).rsplit("#", 1)[-1] if rdf_type is not None else "Entity"
        label = str(english or other or compact_iri(node))
        graph.nodes[node].update(label=label, type=type_name, color=TYPE_COLOURS.get(type_name, UNKNOWN_COLOUR),
                                 title=f"{label}\n{type_name}\n{node}")


def render_html(graph: nx.MultiDiGraph, out: str | Path, *, title: str = "diplograph") -> Path:
    """Write `graph` as an interactive HTML page that works offline; returns its path."""
    from pyvis.network import Network

    network = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    for node, data in graph.nodes(data=True):
        network.add_node(str(node), label=data.get("label", str(node)), title=data.get("title", str(node)),
                         color=data.get("color", UNKNOWN_COLOUR), shape="dot", size=12 + 3 * graph.degree(node))
    for source, target, data in graph.edges(data=True):
        network.add_edge(str(source), str(target), label=data.get("label", ""), title=data.get("title", ""),
                         arrows="to")
    network.toggle_physics(True)
    page = _offline(network.generate_html(), title)
    path = Path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise DiplographError(f"cannot write the view to {path}: {exc.strerror or exc}.") from exc
    return path


def _offline(page: str, title: str) -> str:
    """Drop pyvis's CDN stylesheet and script tags (Bootstrap, styling only) and set the title."""
    page = re.sub(r"<link[^>]*href=\"https?://[^\"]*\"[^>]*/?>", "", page, flags=re.S)
    page = re.sub(r"<script[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>", "", page, flags=re.S)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    return page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)

"""How entity types and relations look in a view: colours, shapes, sizes, and the legend."""
from __future__ import annotations

import html
import math
from collections import Counter

import networkx as nx

# Type name -> (colour, vis-network shape). The shapes draw their label below the node.
TYPE_STYLES: dict[str, tuple[str, str]] = {
    "State": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "hexagon"),
    "Agreement": ("#59a14f", "square"),
    "Person": ("#e15759", "triangle"),
    "Event": ("#b07aa1", "star"),
    "Place": ("#76b7b2", "diamond"),
    "Initiative": ("#edc948", "triangleDown"),
    "Position": ("#9c755f", "dot"),
}
UNKNOWN_STYLE = ("#bab0ac", "dot")

RELATION_COLOURS: dict[str, str] = {
    "memberOf": "#1f77b4", "observerOf": "#aec7e8", "dialoguePartnerOf": "#17becf", "partnerOf": "#2ca02c",
    "signed": "#98df8a", "ratified": "#bcbd22", "accededTo": "#8c564b", "partyTo": "#c49c94",
    "withdrewFrom": "#d62728", "participatedIn": "#9467bd", "locatedIn": "#7f7f7f", "adopted": "#e377c2",
    "officialOf": "#ff7f0e", "proposed": "#f7b6d2", "chairOf": "#ffbb78", "appliedFor": "#c5b0d5",
}
UNKNOWN_RELATION_COLOUR = "#999999"

SIZE_BY = ("degree", "claims")


def type_style(type_name: str) -> tuple[str, str]:
    """(colour, shape) of an entity type."""
    return TYPE_STYLES.get(type_name, UNKNOWN_STYLE)


def relation_colour(relation: str) -> str:
    return RELATION_COLOURS.get(relation, UNKNOWN_RELATION_COLOUR)


def node_size(graph: nx.MultiDiGraph, node: object, size_by: str = "degree") -> float:
    """A node's radius in pixels: grows with the square root of its degree or claim count."""
    if size_by not in SIZE_BY:
        from ..errors import DiplographError

        raise DiplographError(f"unknown node size {size_by!r}; choose one of {', '.join(SIZE_BY)}.")
    measure = graph.degree(node) if size_by == "degree" else graph.nodes[node].get("claims", 0)
    return round(min(10 + 5 * math.sqrt(measure), 70), 1)


def legend_html(graph: nx.MultiDiGraph) -> str:
    """The legend: one line per entity type and per relation drawn, with its count."""
    types = Counter(data.get("type", "Entity") for _, data in graph.nodes(data=True))
    relations = Counter(key for *_, key in graph.edges(keys=True))
    rows = ['<div class="dg-legend-title">Entities</div>']
    for type_name, count in sorted(types.items(), key=lambda item: (-item[1], item[0])):
        colour, shape = type_style(type_name)
        rows.append(f'<div class="dg-legend-row" data-type="{html.escape(type_name)}">{_swatch(shape, colour)}'
                    f'<span>{html.escape(type_name)}</span><span class="dg-count">{count}</span></div>')
    if relations:
        rows.append('<div class="dg-legend-title">Relations</div>')
    for relation, count in sorted(relations.items(), key=lambda item: (-item[1], item[0])):
        colour = relation_colour(relation)
        rows.append(f'<div class="dg-legend-row" data-relation="{html.escape(relation)}">'
                    f'<svg width="18" height="12"><line x1="1" y1="6" x2="17" y2="6" stroke="{colour}" '
                    f'stroke-width="3"/></svg><span>{html.escape(relation)}</span>'
                    f'<span class="dg-count">{count}</span></div>')
    return '<div id="dg-legend" role="region" aria-label="Legend">' + "".join(rows) + "</div>"


def _swatch(shape: str, colour: str) -> str:
    figures = {
        "dot": '<circle cx="7" cy="7" r="6"/>',
        "square": '<rect x="1" y="1" width="12" height="12"/>',
        "diamond": '<polygon points="7,0 14,7 7,14 0,7"/>',
        "triangle": '<polygon points="7,1 13,13 1,13"/>',
        "triangleDown": '<polygon points="1,1 13,1 7,13"/>',
        "hexagon": '<polygon points="3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7"/>',
        "star": '<polygon points="7,0 8.8,5 14,5 9.8,8.2 11.4,13.5 7,10.3 2.6,13.5 4.2,8.2 0,5 5.2,5"/>',
    }
    return f'<svg width="14" height="14" fill="{colour}">{figures.get(shape, figures["dot"])}</svg>'

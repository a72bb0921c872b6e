"""Interactive network views of the graph (networkx + pyvis), usable offline.

`to_networkx` and `query_network` build what a view shows (`network.py`);
`render_html` writes it as one HTML page (`page.py`) with a layout computed in
Python (`layout.py`), a legend (`style.py`) and HTML tooltips (`tips.py`).
"""
from __future__ import annotations

from .layout import layout_positions
from .network import (RELATIONS, Source, ViewFilter, build_graph, ego_network, query_network, result_entities,
                      to_networkx, view_graph)
from .page import PHYSICS_LIMIT, page_html, render_html
from .style import RELATION_COLOURS, SIZE_BY, TYPE_STYLES
from .inline import inline

__all__ = [
    "view_graph", "to_networkx", "query_network", "build_graph", "ego_network", "result_entities", "ViewFilter", "Source",
    "RELATIONS", "render_html", "page_html", "inline", "layout_positions", "PHYSICS_LIMIT", "TYPE_STYLES",
    "RELATION_COLOURS", "SIZE_BY",
]

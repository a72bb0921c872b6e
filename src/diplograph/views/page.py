"""Write a view as one HTML page with pyvis (vis-network), usable offline.

pyvis renders its own template with vis-network and tom-select inlined
(`cdn_resources="in_line"`), with its search box (`select_menu`) and filter menu
(`filter_menu`). This module then drops the only remote assets pyvis still links
(Bootstrap, used for styling), adds the title, the legend, the tooltips and a small
script, and checks that no script or stylesheet is left to fetch from the network.
Positions are computed in Python (`layout.py`); physics is switched off beyond
`PHYSICS_LIMIT` nodes so that views are interactive as soon as they are drawn.
Views of more than `LARGE` nodes keep their tooltips out of the page, in scripts of
`TIPS_CHUNK` tooltips each in a folder beside it (`<name>.tips/`), which the page
loads when a node or edge of that chunk is first pointed at: the page stays small,
and no script of many megabytes blocks the browser while the reader works.
"""
from __future__ import annotations

import html
import json
import math
import re
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import DiplographError
from .layout import layout_positions
from .style import legend_html, node_size, relation_colour, type_style
from .tips import edge_dates, edge_tip, node_tip

PHYSICS_LIMIT = 200     # nodes; larger views are drawn with physics off (their layout is precomputed)
LARGE = 500             # nodes; larger views load their tooltips on demand from `<name>.tips/`
TIPS_CHUNK = 500        # tooltips per script in `<name>.tips/`
_REMOTE = re.compile(r"<(?:script|link)\b[^>]*(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I)


def render_html(graph: nx.MultiDiGraph, out: str | Path, *, title: str = "diplograph", size_by: str = "degree",
                physics: bool | None = None) -> Path:
    """Write `graph` as an interactive HTML page that works offline; returns its path.

    Args:
        graph: a view graph (`to_networkx`, `query_network`).
        out: the HTML file to write (its folder is created).
        title: the page's title and heading.
        size_by: "degree" or "claims": what a node's size grows with.
        physics: let vis-network move the nodes; default: only up to `PHYSICS_LIMIT` nodes.

    Raises:
        DiplographError: the file cannot be written.
    """
    path = Path(out)
    large = graph.number_of_nodes() > LARGE
    tips_dir = path.with_name(path.stem + ".tips") if large else None
    page = page_html(graph, title=title, size_by=size_by, physics=physics, tips_dir=tips_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise DiplographError(f"cannot write the view to {path}: {exc.strerror or exc}.") from exc
    return path


def page_html(graph: nx.MultiDiGraph, *, title: str = "diplograph", size_by: str = "degree",
              physics: bool | None = None, tips_dir: Path | None = None) -> str:
    """The HTML page of a view (see `render_html`).

    Args:
        tips_dir: write the tooltips to scripts in this folder beside the page, each
            loaded when one of its nodes or edges is first pointed at (large views),
            instead of inlining them.
    """
    from pyvis.network import Network

    physics = graph.number_of_nodes() <= PHYSICS_LIMIT if physics is None else physics
    network = Network(height="calc(100vh - 130px)", width="100%", directed=True, select_menu=True,
                      filter_menu=True, cdn_resources="in_line", heading="")
    large = graph.number_of_nodes() > LARGE
    node_ids, tips = _add_nodes(network, graph, size_by)
    edge_tips = _add_edges(network, graph, node_ids, large=large)
    network.options = _options(physics, large=large)
    data: dict[str, Any] = {"nodes": tips, "edges": edge_tips, "focus": node_ids.get(graph.graph.get("focus"))}
    if tips_dir is not None:
        write_tip_chunks(tips_dir, tips, edge_tips)
        data.update(nodes={}, edges={}, external=f"{tips_dir.name}/", chunk=TIPS_CHUNK)
    page = network.generate_html()
    return _finish(page, graph, title, data, node_ids, large=large)


def write_tip_chunks(folder: Path, node_tips: dict[str, str], edge_tips: dict[str, str]) -> list[Path]:
    """Write tooltips as scripts of `TIPS_CHUNK` each: `n0.js` holds nodes n0…n499, `e3.js` edges e1500…

    Each script calls `diplographTips(chunk, kind, {id: html})`, which view.js defines;
    scripts (unlike fetch) load from file:// pages. Chunks of an earlier view are removed.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.js"):
            old.unlink()
        written = []
        for prefix, kind, tips in (("n", "nodes", node_tips), ("e", "edges", edge_tips)):
            chunks: dict[int, dict[str, str]] = {}
            for key, tip in tips.items():
                chunks.setdefault(int(key[1:]) // TIPS_CHUNK, {})[key] = tip
            for number, part in chunks.items():
                name = f"{prefix}{number}"
                payload = json.dumps(part, ensure_ascii=False)
                target = folder / f"{name}.js"
                target.write_text(f"diplographTips({json.dumps(name)}, {json.dumps(kind)}, {payload});\n",
                                  encoding="utf-8")
                written.append(target)
    except OSError as exc:
        raise DiplographError(f"cannot write the view's tooltips to {folder}: {exc.strerror or exc}.") from exc
    return written


def _add_nodes(network: Any, graph: nx.MultiDiGraph, size_by: str) -> tuple[dict[Any, str], dict[str, str]]:
    positions = layout_positions(graph)
    ids: dict[Any, str] = {}
    tips: dict[str, str] = {}
    for index, (node, data) in enumerate(graph.nodes(data=True)):
        node_id = ids[node] = f"n{index}"   # short ids keep large pages small; the IRI is in the tooltip
        colour, shape = type_style(data.get("type", "Entity"))
        x, y = positions[node]
        entry = {"id": node_id, "label": data.get("label", node_id), "type": data.get("type", "Entity"),
                 "shape": shape, "color": colour, "size": node_size(graph, node, size_by),
                 "x": round(x, 1), "y": round(y, 1)}
        network.nodes.append(entry)
        network.node_ids.append(node_id)
        network.node_map[node_id] = entry
        tips[node_id] = node_tip(node, data, graph.degree(node))
    return ids, tips


def _add_edges(network: Any, graph: nx.MultiDiGraph, ids: dict[Any, str], *, large: bool) -> dict[str, str]:
    """Edges coloured by relation; small views also label them and draw arrows (large ones say so in tooltips)."""
    tips: dict[str, str] = {}
    parallel: dict[frozenset[Any], int] = {}
    for index, (source, target, key, data) in enumerate(graph.edges(keys=True, data=True)):
        edge_id = f"e{index}"
        pair = frozenset((source, target))
        rank = parallel[pair] = parallel.get(pair, -1) + 1
        sources = data.get("sources", [])
        entry: dict[str, Any] = {
            "id": edge_id, "from": ids[source], "to": ids[target], "relation": key, "color": relation_colour(key),
            "width": round(1 + math.log2(max(data.get("weight", 1), 1)), 2),
        }
        if not large:
            entry.update(label=key, arrows="to", sources=data.get("weight", len(sources)), dates=edge_dates(sources))
        if rank:
            entry["smooth"] = {"enabled": True, "type": "curvedCW" if rank % 2 else "curvedCCW",
                               "roundness": 0.15 * ((rank + 1) // 2)}
        network.edges.append(entry)
        tips[edge_id] = edge_tip(graph.nodes[source].get("label", ids[source]), key,
                                 graph.nodes[target].get("label", ids[target]), sources)
    return tips


def _options(physics: bool, *, large: bool) -> dict[str, Any]:
    return {
        "physics": {"enabled": physics, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 120, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": physics, "iterations": 150, "fit": True}},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "multiselect": True},
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"smooth": False, "font": {"size": 10, "align": "middle", "color": "#555555"},
                  "arrows": {"to": {"enabled": not large, "scaleFactor": 0.5}},
                  "scaling": {"label": {"drawThreshold": 7}}},
    }


def _finish(page: str, graph: nx.MultiDiGraph, title: str, data: dict[str, Any], ids: dict[Any, str], *,
            large: bool) -> str:
    page = re.sub(r"<link\b[^>]*href=\"https?://[^\"]*\"[^>]*/?>", "", page, flags=re.S)
    page = re.sub(r"<script\b[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>", "", page, flags=re.S)
    page = re.sub(r"<center>\s*<h1>\s*</h1>\s*</center>", "", page)
    page, options = _search_options(page, graph, ids, defer=large)
    data["search"] = options
    page = page.replace("Select a Node by ID", "Search an entity…")
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="en">', 1)
    head = (f"<title>{html.escape(title)}</title>\n<style>{_asset('view.css')}</style>\n")
    page = page.replace("<head>", "<head>\n" + head, 1)
    summary = (f"{graph.number_of_nodes():,} entities, {graph.number_of_edges():,} relations, "
               f"{sum(d.get('weight', 0) for *_, d in graph.edges(data=True)):,} sources")
    header = (f'<div id="dg-header"><h1>{html.escape(title)}</h1>'
              f'<span class="dg-summary">{summary}</span></div>')
    page = re.sub(r"<body>", "<body>\n" + header, page, count=1)
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    tail = (f"{legend_html(graph)}\n<div id=\"dg-tooltip\" role=\"tooltip\"></div>\n"
            f"<script type=\"application/json\" id=\"dg-data\">{payload}</script>\n"
            f"<script>{_asset('view.js')}</script>\n</body>")
    page = _replace_last(page, "</body>", tail)
    if _REMOTE.search(page):
        raise DiplographError("the view still links a remote script or stylesheet; it would not work offline.")
    return page


def _search_options(page: str, graph: nx.MultiDiGraph, ids: dict[Any, str], *,
                    defer: bool) -> tuple[str, list[list[str]]]:
    """pyvis lists node ids in its search box; list each entity's label and type instead.

    With `defer`, the options leave the page's markup and are handed to the search
    box once the network is drawn (tom-select reads thousands of options slowly).
    """
    labels = {ids[node]: f"{data.get('label', ids[node])} ({data.get('type', 'Entity')})"
              for node, data in graph.nodes(data=True)}
    start = page.find('id="select-node"')
    end = page.find("</select>", start)
    if start < 0 or end < 0:
        return page, []
    if defer:
        block = re.sub(r'<option value="[^"]*">[^<]*</option>', "", page[start:end])
        return page[:start] + block + page[end:], sorted(([i, t] for i, t in labels.items()), key=lambda x: x[1])

    def option(match: re.Match[str]) -> str:
        value = html.unescape(match.group(1))
        return f'<option value="{match.group(1)}">{html.escape(labels.get(value, value))}</option>'

    block = re.sub(r'<option value="([^"]*)">[^<]*</option>', option, page[start:end])
    return page[:start] + block + page[end:], []


def _replace_last(text: str, old: str, new: str) -> str:
    head, found, rest = text.rpartition(old)
    return head + new + rest if found else text + new


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")

"""A static HTML report of the store that can be sent as a folder and read offline.

`write_report` writes into one folder: `index.html` (graph statistics, top
entities, claims by relation and by year, the most connected actors, claims that
disagree with the reference catalog, single-source claims), the plots as PNG files
(matplotlib, drawn without a display) and interactive views in `views/`: the whole
graph and the ego network of each of the most connected actors. Everything it links
is in the folder; nothing is fetched from the network.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from . import __version__
from .analysis import catalog_check, claims, claims_by_relation, claims_by_year, most_connected, query_frame
from .errors import DiplographError
from .results import compact_iri
from .stats import store_stats
from .store import Store

ACTOR_TYPES = ("State", "Organization", "Person")   # who counts as an actor in the report

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px auto; max-width: 1100px;
       padding: 0 16px; color: #222; }
h1 { margin-bottom: 4px; } .meta { color: #666; margin-top: 0; }
h2 { border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 32px; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; }
.stats td:first-child { color: #555; }
img { max-width: 100%; border: 1px solid #eee; }
.views li { margin: 4px 0; } .note { color: #666; font-size: 13px; }
"""


@dataclass
class Report:
    """What `write_report` wrote: the index page, the plots and the views (paths)."""

    index: Path
    plots: list[Path] = field(default_factory=list)
    views: list[Path] = field(default_factory=list)


def write_report(store: Store, out: str | Path, *, top: int = 5, title: str = "diplograph report") -> Report:
    """Write the report of `store` into the folder `out` (created; files of an earlier report replaced).

    Args:
        store: an open store.
        out: the folder to write.
        top: how many of the most connected actors get their own view.
        title: the page's title.

    Raises:
        DiplographError: the folder cannot be written.
    """
    folder = Path(out)
    try:
        (folder / "views").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DiplographError(f"cannot write the report to {folder}: {exc.strerror or exc}.") from exc
    from .views import ego_network, render_html, to_networkx

    report = Report(index=folder / "index.html")
    graph = to_networkx(store)
    connected = most_connected(store, max(top, 10), types=ACTOR_TYPES, graph=graph)
    every = claims(store, reference=True)
    asserted = every[every["kind"] == "article"]
    by_relation, by_year = claims_by_relation(store, table=asserted), claims_by_year(store, table=asserted)
    check = catalog_check(store, table=every)
    disagreements = check[check["verdict"].isin(["different year", "not in catalog"])]
    report.plots += _plot_relations(by_relation, folder / "claims-by-relation.png")
    report.plots += _plot_years(by_year, folder / "claims-by-year.png")
    view_links: list[tuple[str, str]] = []
    if graph.number_of_nodes():
        report.views.append(render_html(graph, folder / "views" / "graph.html", title=f"{title}: the whole graph"))
        view_links.append(("The whole graph", "views/graph.html"))
    for row in connected.head(top).itertuples():
        name = _slug(row.iri)
        ego = ego_network(store, graph, row.iri, depth=1)
        report.views.append(render_html(ego, folder / "views" / f"{name}.html", title=f"{title}: {row.actor}"))
        view_links.append((f"{row.actor} ({row.type}) and its neighbours", f"views/{name}.html"))
    page = _page(store, title, connected, by_relation, by_year, disagreements, report, view_links)
    try:
        report.index.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise DiplographError(f"cannot write the report to {report.index}: {exc.strerror or exc}.") from exc
    return report


def _page(store: Store, title: str, connected: pd.DataFrame, by_relation: pd.DataFrame, by_year: pd.DataFrame,
          disagreements: pd.DataFrame, report: Report, views: list[tuple[str, str]]) -> str:
    stats = store_stats(store)
    types = stats.pop("entities_by_type", {})
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [f"<h1>{html.escape(title)}</h1>",
             f'<p class="meta">Written {stamp} by diplograph {html.escape(__version__)}.</p>',
             "<h2>The graph</h2>", _stats_table(stats, types)]
    parts += ["<h2>Interactive views</h2>"]
    if views:
        parts.append('<ul class="views">' + "".join(f'<li><a href="{html.escape(link)}">{html.escape(text)}</a></li>'
                                                    for text, link in views) + "</ul>")
        parts.append('<p class="note">Hover a node or an edge for its names, dates, evidence and sources.</p>')
    else:
        parts.append('<p class="note">The store holds no claims to draw.</p>')
    parts += ["<h2>Top entities</h2>", '<p class="note">Named in the most articles (then claims).</p>',
              _table(_top_entities(store))]
    parts += ["<h2>Claims by relation</h2>", _image(report, "claims-by-relation.png"),
              _table(by_relation.reset_index())]
    parts += ["<h2>Claims by year</h2>", '<p class="note">The year of the claim, else of its article.</p>',
              _image(report, "claims-by-year.png")]
    if not by_year.empty:
        parts.append(_table(by_year.sum(axis=1).rename("claims").reset_index()))
    parts += ["<h2>Most connected actors</h2>",
              '<p class="note">States, organizations and people, by distinct neighbours in the articles\' '
              'claims; centralities from networkx over the whole graph.</p>',
              _table(connected.drop(columns=["iri"]))]
    parts += ["<h2>Claims that disagree with the reference catalog</h2>",
              '<p class="note">Memberships and treaty acts the catalog holds with another year, or does not '
              'hold although it lists others of the same kind for that organization or treaty.</p>',
              _table(disagreements.drop(columns=["subject_iri", "object_iri"]).head(100))]
    parts += ["<h2>Claims only one article makes</h2>",
              _table(_drop_iris(query_frame(store, "single-source")).head(50))]
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
            f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _stats_table(stats: dict[str, Any], types: dict[str, int]) -> str:
    rows = [(key.replace("_", " "), value) for key, value in stats.items()]
    rows += [(f"entities: {name}", count) for name, count in types.items()]
    cells = "".join(f"<tr><td>{html.escape(str(k))}</td><td class=\"num\">"
                    f"{f'{v:,}' if isinstance(v, int) else html.escape(str(v))}</td></tr>" for k, v in rows)
    return f'<table class="stats">{cells}</table>'


def _top_entities(store: Store) -> pd.DataFrame:
    table = query_frame(store, "top-actors")
    return table.drop(columns=["entity"]).head(15) if not table.empty else table


def _drop_iris(table: pd.DataFrame) -> pd.DataFrame:
    return table[[c for c in table.columns if not c.endswith("Iri")]]


def _table(table: pd.DataFrame) -> str:
    if table.empty:
        return '<p class="note">None.</p>'
    return str(table.to_html(index=False, escape=True, border=0, na_rep="", float_format=lambda x: f"{x:g}"))


def _image(report: Report, name: str) -> str:
    if not any(p.name == name for p in report.plots):
        return '<p class="note">No data to plot.</p>'
    return f'<p><img src="{name}" alt="{html.escape(name[:-4].replace("-", " "))}"></p>'


def _plot_relations(by_relation: pd.DataFrame, path: Path) -> list[Path]:
    if by_relation.empty:
        return []
    figure, ax = _figure(height=0.35 * len(by_relation) + 1.2)
    series = by_relation["claims"].iloc[::-1]
    ax.barh(list(series.index), list(series.values), color="#4e79a7")
    ax.set_xlabel("asserted claims")
    return [_save(figure, path)]


def _plot_years(by_year: pd.DataFrame, path: Path) -> list[Path]:
    if by_year.empty:
        return []
    from .views.style import relation_colour

    figure, ax = _figure(height=4)
    bottom = [0] * len(by_year)
    for relation in by_year.columns:
        values = list(by_year[relation])
        ax.bar(list(by_year.index), values, bottom=bottom, label=relation, color=relation_colour(relation))
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("asserted claims")
    ax.tick_params(axis="x", rotation=90)
    ax.legend(fontsize=8, ncol=2, frameon=False)
    return [_save(figure, path)]


def _figure(height: float) -> tuple[Any, Any]:
    from matplotlib.figure import Figure    # no pyplot: no display, no global state

    figure = Figure(figsize=(9, max(height, 2.5)), dpi=100)
    return figure, figure.add_subplot()


def _save(figure: Any, path: Path) -> Path:
    figure.tight_layout()
    try:
        figure.savefig(path, format="png")
    except OSError as exc:
        raise DiplographError(f"cannot write the plot {path}: {exc.strerror or exc}.") from exc
    return path


def _slug(iri: str) -> str:
    return re.sub(r"[^\w.-]+", "-", compact_iri(iri).replace(":", "-")).strip("-") or "entity"

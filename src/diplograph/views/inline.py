"""Show a view inside a Jupyter notebook: the page in an iframe (`srcdoc`), so it needs no server."""
from __future__ import annotations

import html
from pathlib import Path

import networkx as nx


class InlineView:
    """A view page that Jupyter displays inline (rich display protocol, `_repr_html_`)."""

    def __init__(self, page: str, *, height: int = 600) -> None:
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" style="width:100%;height:{self.height}px;'
                f'border:1px solid #ddd" sandbox="allow-scripts allow-popups"></iframe>')

    def save(self, path: str | Path) -> Path:
        target = Path(path)
        target.write_text(self.page, encoding="utf-8")
        return target


def inline(view: nx.MultiDiGraph | str | Path, *, title: str = "diplograph", height: int = 600) -> InlineView:
    """A view (a graph, or the path of a written page) ready to display in a notebook cell."""
    if isinstance(view, nx.Graph):
        from .page import page_html

        return InlineView(page_html(view, title=title), height=height)
    return InlineView(Path(view).read_text(encoding="utf-8"), height=height)

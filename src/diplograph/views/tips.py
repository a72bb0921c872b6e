"""The tooltips of a view, as HTML: an entity's names and Wikidata link, an edge's sources."""
from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from ..results import compact_iri
from .network import Source

LANGUAGE_NAMES = {"en": "English", "bg": "Bulgarian", "ru": "Russian"}
MAX_SOURCES = 12        # sources listed in an edge's tooltip; the rest are counted


def node_tip(node: Any, data: dict[str, Any], degree: int) -> str:
    """The entity's label and type, its names in every language, Wikidata link and IRI."""
    parts = [f'<div class="dg-tip-head"><b>{escape(data.get("label", str(node)))}</b> '
             f'<span class="dg-type">{escape(data.get("type", "Entity"))}</span></div>']
    labels: dict[str, list[str]] = data.get("labels") or {}
    if labels:
        rows = "".join(f"<tr><th>{escape(LANGUAGE_NAMES.get(lang, lang))}</th>"
                       f"<td>{escape('; '.join(names))}</td></tr>" for lang, names in _by_language(labels))
        parts.append(f'<table class="dg-names">{rows}</table>')
    qid = data.get("wikidata")
    if qid:
        parts.append(f'<div>Wikidata: <a href="https://www.wikidata.org/wiki/{escape(qid)}" target="_blank" '
                     f'rel="noopener">{escape(qid)}</a></div>')
    parts.append(f'<div class="dg-iri"><a href="{escape(str(node))}" target="_blank" rel="noopener">'
                 f'{escape(compact_iri(str(node)))}</a></div>')
    parts.append(f'<div class="dg-meta">{degree} relation{"s" if degree != 1 else ""}, '
                 f'{data.get("claims", 0)} source claim{"s" if data.get("claims", 0) != 1 else ""}</div>')
    return "".join(parts)


def edge_tip(source_label: str, relation: str, target_label: str, sources: Iterable[Source]) -> str:
    """The relation, its dates and each source: evidence sentence, article (linked) or reference table."""
    sources = list(sources)
    parts = [f'<div class="dg-tip-head">{escape(source_label)} <b class="dg-rel">{escape(relation)}</b> '
             f'{escape(target_label)}</div>']
    dates = edge_dates(sources)
    if dates:
        parts.append(f'<div class="dg-dates">{escape(dates)}</div>')
    items = [f"<li>{_source_html(source)}</li>" for source in sources[:MAX_SOURCES]]
    more = len(sources) - MAX_SOURCES
    if more > 0:
        items.append(f"<li>… and {more} more source{'s' if more != 1 else ''}</li>")
    parts.append(f'<ol class="dg-sources">{"".join(items)}</ol>')
    return "".join(parts)


def edge_dates(sources: Iterable[Source]) -> str:
    """The distinct times the sources give, e.g. "at 2004-11-29; since 2015"."""
    seen: dict[str, None] = {}
    for source in sources:
        if source.start and source.end:
            seen[f"{source.start} – {source.end}"] = None
        elif source.start:
            seen[f"since {source.start}"] = None
        elif source.end:
            seen[f"until {source.end}"] = None
        if source.at:
            seen[f"at {source.at}"] = None
    return "; ".join(seen)


def _source_html(source: Source) -> str:
    quote = f'<q class="dg-evidence">{escape(source.text)}</q>' if source.kind == "article" and source.text else ""
    if source.kind == "reference":
        note = f" ({escape(source.text)})" if source.text else ""
        link = _link(source.url, "reference table") if source.url else "reference table"
        return f'<span class="dg-ref">Reference fact: {link}{note}</span>'
    name = source.title or source.doc
    details = ", ".join(x for x in (source.outlet, source.published) if x)
    article = _link(source.url, name) if source.url else escape(name)
    suffix = f" ({escape(details)})" if details else ""
    return f'{quote}<div class="dg-article">— {article}{suffix} <span class="dg-doc">[{escape(source.doc)}]</span></div>'


def _link(url: str, text: str) -> str:
    return f'<a href="{escape(url)}" target="_blank" rel="noopener">{escape(text)}</a>'


def _by_language(labels: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    order = {"en": 0, "bg": 1, "ru": 2}
    return sorted(labels.items(), key=lambda item: (order.get(item[0], 3), item[0]))

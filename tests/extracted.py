"""Shared helpers of the extraction tests: run the default extractor on a short text."""
from __future__ import annotations

from diplograph.extract import extract
from diplograph.models import Article


def claims(text: str, lang: str, date: str = "2025-09-10", headline: bool = False) -> list:
    """The claims extracted from one short article (every modality); with `headline`, its first line
    is the article's title."""
    title = text.split("\n", 1)[0] if headline else None
    return extract(Article(doc="t", text=text, lang=lang, date=date, title=title)).claims


def pairs(found: list, relation: str) -> set[tuple[str, str]]:
    """(subject label, object label) of the asserted claims of one relation."""
    return {(c.subject.label, c.object.label) for c in found if c.relation == relation and c.modality == "asserted"}

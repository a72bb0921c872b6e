"""Shared helpers of the extraction tests: run the default extractor on a short text."""
from __future__ import annotations

from diplograph.extract import extract
from diplograph.models import Article


def claims(text: str, lang: str, date: str = "2025-09-10") -> list:
    """The claims extracted from one short article (every modality)."""
    return extract(Article(doc="t", text=text, lang=lang, date=date)).claims


def pairs(found: list, relation: str) -> set[tuple[str, str]]:
    """(subject label, object label) of the asserted claims of one relation."""
    return {(c.subject.label, c.object.label) for c in found if c.relation == relation and c.modality == "asserted"}

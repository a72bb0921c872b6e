"""Extractors by name (a registry, as rdflib's plugins are), and `extract()`.

    >>> from diplograph.extract import extract
    >>> extraction = extract(article)            # the default, rule-based extractor
"""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from ..errors import DiplographError
from ..models import Article, Extraction
from .base import Extractor

# name -> "module:Class", imported on first use
EXTRACTORS: dict[str, str] = {"rules": "diplograph.extract.rules:RulesExtractor"}
_instances: dict[str, Extractor] = {}


def register(name: str, target: str) -> None:
    """Make an extractor available by name ("package.module:Class")."""
    EXTRACTORS[name] = target
    _instances.pop(name, None)


def get_extractor(name: str = "rules") -> Extractor:
    """The (cached) extractor registered under `name`."""
    if name not in _instances:
        try:
            target = EXTRACTORS[name]
        except KeyError:
            raise DiplographError(f"unknown extractor {name!r}; known: {', '.join(sorted(EXTRACTORS))}") from None
        module, _, cls = target.partition(":")
        factory: Callable[[], Extractor] = getattr(import_module(module), cls)
        _instances[name] = factory()
    return _instances[name]


def extract(article: Article, *, extractor: str = "rules") -> Extraction:
    """Claims and mentions of one article."""
    return get_extractor(extractor).extract(article)


__all__ = ["EXTRACTORS", "Extractor", "extract", "get_extractor", "register"]

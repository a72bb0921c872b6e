"""Catalog names that hold commas (extract/punctuated.py): each expression is tried only where
the text holds its probe word, so the probe must never miss a name the expression finds."""
from __future__ import annotations

import pytest

from diplograph.catalog import load_catalog
from diplograph.extract.punctuated import _patterns, punctuated_names
from diplograph.text import tokenize


def _comma_names(catalog, lang: str) -> list[tuple[str, str]]:
    """(name, iri) for every catalog name an expression of `lang` reads as a whole."""
    by_iri: dict[str, list] = {}
    for _, _, pattern, iri in _patterns(catalog, lang):
        by_iri.setdefault(iri, []).append(pattern)
    return [(name, iri) for iri, patterns in by_iri.items() for name in catalog.entities[iri].all_names()
            if any(p.fullmatch(name) for p in patterns)]


@pytest.mark.parametrize("lang", ["bg", "ru", "en"])
def test_every_comma_name_is_found_however_it_is_spaced_and_bracketed(lang):
    catalog = load_catalog()
    names = _comma_names(catalog, lang)
    assert len(names) >= 5
    for name, iri in names:
        first, rest = name.split(" ", 1)
        spaced = f"{first}  {rest.replace(' ', chr(10), 1)}"   # white space of other kinds between the words
        for text in (f"Today, {name} met.", f"Today ({spaced}). More", f"«{name.upper()}», said."):
            found = punctuated_names(text, tokenize(text, lang), catalog, lang)
            assert iri in {m.entity.iri for m in found}, (lang, text)


def test_a_text_without_the_probe_word_is_not_read():
    catalog = load_catalog()
    name, iri = _comma_names(catalog, "en")[0]
    text = f"Today, {name.rsplit(',', 1)[0]} met."   # the name cut at its last comma
    assert iri not in {m.entity.iri for m in punctuated_names(text, tokenize(text, "en"), catalog, "en")}

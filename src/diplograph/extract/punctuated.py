"""Catalog names that hold commas: "United Nations Educational, Scientific and Cultural
Organization", "Договора за приятелство, добросъседство и сътрудничество". The word-by-word
catalog look-up stops at a comma (a comma ends a name everywhere else), so these names are
found as written, the first word allowed its Bulgarian or Russian endings ("Договора",
"Договором"), and handed to the overlap resolution, where the longer name wins.

Few texts hold such a name, so each expression is tried only where the text holds one of its
words: a word between two others of the name (the one with the comma, else the longest) is a
whole piece of the text between white space, looked up in the set of the text's pieces; a
name of two words needs its second anywhere in the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from ..catalog import Catalog
from ..text import Token
from .mentions import Mention

_PATTERNS: Final[dict[tuple[int, str], list[tuple[str, bool, re.Pattern[str], str]]]] = {}


def _probe(rest: str) -> tuple[str, bool]:
    """A word the text must hold (in lower case) for the name whose words after the first are
    `rest` to be there, and whether it stands between white space on both sides (then it is a
    whole piece of the text: the expression puts `\\s+` around every word but the last)."""
    inner = rest.split()[:-1]
    if inner:
        return max(inner, key=lambda w: ("," in w, len(w))).lower(), True
    return rest.split(",")[0].split()[-1].lower(), False


def _patterns(catalog: Catalog, lang: str) -> list[tuple[str, bool, re.Pattern[str], str]]:
    """One expression per comma name of the catalog, with its probe (built once per catalog and language)."""
    key = (id(catalog), lang)
    found = _PATTERNS.get(key)
    if found is None:
        found = []
        for ent in catalog.entities.values():
            names = ent.all_names()
            for name in names:
                rest = name.partition(" ")[2]
                if "," not in name or any(n.partition(" ")[2] != rest and n.partition(" ")[2].startswith(rest)
                                          for n in names):
                    continue  # ("Договор за приятелство, добросъседство и сътрудничество": many treaties' name)
                first, _, rest = name.partition(" ")
                head = re.escape(first if lang == "en" or len(first) < 5 else first[:-1]) + \
                    (r"" if lang == "en" or len(first) < 5 else r"\w{0,3}")
                tail = r"\s+".join(re.escape(w) for w in rest.split())
                probe, whole = _probe(rest)
                found.append((probe, whole, re.compile(rf"(?<!\w){head}\s+{tail}(?!\w)", re.IGNORECASE), ent.iri))
        _PATTERNS[key] = found
    return found


def punctuated_names(text: str, tokens: list[Token], catalog: Catalog, lang: str) -> list[Mention]:
    """Mentions of the catalog's comma names, wherever the text writes one."""
    if "," not in text:
        return []
    out: list[Mention] = []
    starts: list[int] = []   # the tokens' offsets, read only once a name is found (few texts hold one)
    ends: list[int] = []
    low = text.lower()
    pieces = set(low.split())
    for probe, whole, pattern, iri in _patterns(catalog, lang):
        if probe not in (pieces if whole else low):
            continue
        for m in pattern.finditer(text):
            if not starts:
                starts, ends = [t.start for t in tokens], [t.end for t in tokens]
            i, j = bisect_left(starts, m.start()), bisect_right(ends, m.end())
            if i < j:
                out.append(Mention(i, j, m.start(), m.end(), catalog.entity(iri), "catalog"))
    return out

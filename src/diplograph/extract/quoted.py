"""Things named by a title in quotes: "формата \"СНГ плюс\"", "an initiative titled \"Uniting the
Americas for Mental Health\"", "съвместно изявление под надслов \"Стратегическо партньорство ...\"".
The noun before the quotes (or before "titled") says whether the title names an initiative or a
document; the title is the thing's name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from ..text import Token
from .lexicon import Lexicon, words_of
from .mentions import Mention, new_entity

_QUOTED_RE: Final = re.compile(r"[«\"“„]([^«»\"“”„\n]{2,120}?)[»\"”“]")
_MAX_WORDS: Final = 12


def quoted_names(text: str, tokens: list[Token], lex: Lexicon) -> list[Mention]:
    """Mentions of the initiatives and documents named by a quoted title after a noun that says what
    they are; quoted speech and quoted names of known things are left alone."""
    if not any(q in text for q in "«\"“„"):
        return []
    words = words_of(tokens)
    starts: list[int] = []   # ascending: a title's first token is found by bisection (read at the first quote)
    out = []
    for m in _QUOTED_RE.finditer(text):
        if not starts:
            starts = [t.start for t in tokens]
        first = _token_from(starts, tokens, m.start(1))
        if first is None or first == 0:
            continue
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].end <= m.end(1):
            last += 1
        if last - first + 1 > _MAX_WORDS or not tokens[first].text[:1].isupper():
            continue  # a quotation, not a title
        typ = _named_kind(text, tokens, words, first, lex)
        if typ is None:
            continue
        name = m.group(1).strip()
        out.append(Mention(first, last + 1, tokens[first].start, tokens[last].end, new_entity(name, typ, lex.lang), "new"))
    return out


def _token_from(starts: list[int], tokens: list[Token], offset: int) -> int | None:
    """The token that starts at character `offset`, if one does."""
    k = bisect_left(starts, offset)
    return k if k < len(starts) and starts[k] == offset else None


def _named_kind(text: str, tokens: list[Token], words: list[str], first: int, lex: Lexicon) -> str | None:
    """The type the noun before a title gives it, looking past "titled"/"под надслов" (None: no such noun)."""
    k = first
    for a, b, _ in lex.quoted_titled.find(words, max(0, first - 4), first):
        if b == first:
            k = a
    for a, b, cue in lex.quoted_kinds.find(words, max(0, k - 3), k):
        if b == k or (b == k - 1 and words[k - 1] in ("the", "a", "an")):
            x = a - 1
            while x > 0 and text[tokens[x - 1].end:tokens[x].start] == "-":
                x -= 1  # "Куала-лумпурскую": the hyphenated word's first part
            if a > 0 and tokens[x].is_cap and not tokens[x].is_upper and words[a - 1] not in _NOT_NAMES:
                return None  # "Куала-лумпурскую декларацию \"АСЕАН 2045 ...\"": named already, the quote is a subtitle
            return cue.value
    return None


_NOT_NAMES: Final = {"the", "a", "an"}

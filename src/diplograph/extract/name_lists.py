"""Enumerations inside a name: "Treaty on Permanent Good-Neighbourliness, Friendship and
Cooperation", "Конвенцията за забрана на използването, складирането, производството и трансфера
на ... мини". A name reader stops at a comma; this says whether the comma goes on inside the name.
"""
from __future__ import annotations

from typing import Final

from ..text import Token

_AND: Final = {"and", "и"}
_VERB_END: Final = {"ru": ("ли", "ла", "ло", "ил", "ал", "ял", "ел", "ет", "ит", "ют", "ят", "ут"),
             "bg": ("ха", "яха", "аха", "иха", "ше", "ла", "ли", "ло", "ва", "ат", "ят")}
_MAX_ITEMS: Final = 6
_MAX_ITEM_WORDS: Final = 3


def enumeration_end(text: str, tokens: list[Token], words: list[str], k: int, lang: str,
                    stop: set[int]) -> int | None:
    """Where a list that starts at token k (after ", ") and closes with "and X"/"и X" ends, when
    every item is a name word (capitalised in English, a noun in Bulgarian and Russian) and no
    item runs into a mention of its own (`stop`); None when the words after the comma are no such
    list ("..., Russia said", "..., обсъдиха ...")."""
    x, items, closing = k, 0, False
    while x < len(tokens) and items < _MAX_ITEMS:
        y = x
        while y < len(tokens) and y - x < _MAX_ITEM_WORDS and y not in stop and _item_word(tokens[y], words[y], lang) \
                and (y == x or text[tokens[y - 1].end:tokens[y].start] in (" ", "-")):
            y += 1
        if y == x:
            return None
        items += 1
        if closing:
            return y
        if y >= len(tokens):
            return None
        gap = text[tokens[y - 1].end:tokens[y].start]
        if gap.strip() == "," and "\n" not in gap:
            x = y
        elif gap == " " and words[y] in _AND:
            x, closing = y + 1, True
        else:
            return None
    return None


def _item_word(tok: Token, word: str, lang: str) -> bool:
    if lang == "en":
        return tok.is_cap and not tok.is_upper
    return tok.text.islower() and len(word) > 3 and not word.endswith(_VERB_END.get(lang, ()))

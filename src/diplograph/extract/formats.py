"""Formats and groupings told by punctuation. Dialogue formats: "the ASEAN–GCC summit",
"срещата Русия – АСЕАН": two actors joined by a dash next to a meeting noun name a standing
format between them, which makes them partners. Member lists: "Осемте държави от ОПЕК+, които
... - Саудитска Арабия, Русия, Ирак ...", "the eight OPEC+ countries: ...": the states listed
after the dash or colon are members of the organization.
"""
from __future__ import annotations

import re
from typing import Final

from ..models import When
from .common import ACTOR, Found, _actor_list, opens_list
from .context import Context

_DASH_RE: Final = re.compile(r"^\s*[-–—]\s*$")
_NEAR: Final = 3  # tokens between the meeting noun and the pair, at most ("the second ASEAN–GCC summit")


def formats(ctx: Context) -> list[Found]:
    out: list[Found] = []
    text = ctx.article.text
    for s, heads in ctx.lex.event_heads.by_sentence(ctx.words, ctx.sent_tokens).items():
        ms = [m for m in ctx.mentions_in(s) if m.entity.type in ACTOR and m.source != "demonym"]
        for left, right in zip(ms, ms[1:]):
            if left.entity.iri == right.entity.iri or not _DASH_RE.match(text[left.end:right.start]):
                continue
            if not any(0 <= left.i - y <= _NEAR or 0 <= x - right.j <= _NEAR for x, y, _ in heads):
                continue
            if _negated(ctx, s, left.i):
                continue
            out.append(Found(left.entity, "partnerOf", right.entity, s, When(), confidence=0.7))
    return out


def _negated(ctx: Context, s: int, i: int) -> bool:
    """"the cancelled EU–China summit" still names the format; only a negated clause is left out."""
    lo = ctx.sent_tokens[s][0]
    return bool(ctx.lex.negation.find(ctx.words, max(lo, i - 3), i))


_COUNTRIES: Final = {"countries", "states", "nations", "members", "държави", "държавите", "страни", "страните", "членки",
              "членките", "страны", "государства", "государств", "стран", "члены", "членов"}
_OF: Final = {"of", "from", "in", "от", "на", "в", "из"}


def member_lists(ctx: Context) -> list[Found]:
    """"Осемте държави от ОПЕК+, които прилагат ... - Саудитска Арабия, Русия ...": memberOf."""
    out: list[Found] = []
    text, words = ctx.article.text, ctx.words
    for s, (lo, hi) in enumerate(ctx.sent_tokens):
        ms = ctx.mentions_in(s)
        for org in ms:
            if org.entity.type != "Organization" or org.source == "demonym" or org.i - 2 < lo:
                continue
            if not ((words[org.i - 1] in _OF and words[org.i - 2] in _COUNTRIES) or
                    (org.j < hi and words[org.j] in _COUNTRIES)):  # "държави от ОПЕК+", "the OPEC+ countries"
                continue
            start = org.j + (1 if org.j < hi and words[org.j] in _COUNTRIES else 0)
            states = [m for m in ms if m.i >= start and m.entity.type == "State" and m.source != "demonym"]
            if not states:
                continue
            first = states[0]
            gap = text[ctx.tokens[start - 1].end:first.start] if start > 0 else ""
            if not opens_list(gap) or any(
                    m.entity.type in ACTOR for m in ms if start <= m.i < first.i):
                continue
            listed = _actor_list(ms, first, {"State"}, ctx)
            if len(listed) < 2:
                continue
            out += [Found(m.entity, "memberOf", org.entity, s, When(), confidence=0.7) for m in listed]
    return out

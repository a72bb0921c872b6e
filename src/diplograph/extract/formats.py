"""Dialogue formats: "the ASEAN–GCC summit", "срещата Русия – АСЕАН", "Russia-Africa forum",
"министерска среща АСЕАН-Русия". Two actors joined by a dash next to a meeting noun name a
standing format between them, which makes them partners (partnerOf), whatever the meeting.
"""
from __future__ import annotations

import re

from ..models import When
from .common import ACTOR, Found
from .context import Context

_DASH_RE = re.compile(r"^\s*[-–—]\s*$")
_NEAR = 3  # tokens between the meeting noun and the pair, at most ("the second ASEAN–GCC summit")


def formats(ctx: Context) -> list[Found]:
    out: list[Found] = []
    text = ctx.article.text
    for s, (lo, hi) in enumerate(ctx.sent_tokens):
        heads = ctx.lex.event_heads.find(ctx.words, lo, hi)
        if not heads:
            continue
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

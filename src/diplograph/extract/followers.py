"""Acts done again by another: "Lithuania, Latvia and Estonia withdrew from the Ottawa Convention.
Finland followed suit in April." The states before the cue do what the sentence before told,
on their own date (else the one before's); the same sentence's case ("X left in 2020, and Russia
followed suit in 2021") is gapping, told by relations.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..models import When
from .common import Found
from .context import Context
from .timing import _as_when, _modality

_ACTS: Final = {"withdrewFrom", "accededTo", "signed", "ratified", "memberOf", "appliedFor", "adopted"}


def followers(ctx: Context, found: list[Found]) -> list[Found]:
    """Claims for those who "followed suit", copied from the acts of the sentence before."""
    out: list[Found] = []
    for s, cues in ctx.lex.follow.by_sentence(ctx.words, ctx.sent_tokens).items():
        if s == 0:
            continue
        a = cues[0][0]
        if any(f.sentence == s and f.relation in _ACTS for f in found):
            continue  # the sentence tells its own act (gapping)
        acts = [f for f in found if f.sentence == s - 1 and f.relation in _ACTS]
        actors = [m for m in ctx.mentions_in(s) if m.j <= a and m.entity.type in ("State", "Organization")
                  and m.source != "demonym"]
        if not acts or not actors:
            continue
        times = [t for t in ctx.times_in(s) if ctx.tokens[a].start <= t.start]
        modality = _modality(ctx, s, actors[0].i, a, acts[0].relation)
        seen = set()
        for f in acts:
            when = _as_when(times[0], f.relation) if times else f.when
            for m in actors:
                key = (m.entity.iri, f.relation, f.object.iri)
                if key not in seen and m.entity.iri != f.subject.iri:
                    seen.add(key)
                    out.append(replace(f, subject=m.entity, sentence=s, when=when or When(),
                                       modality=modality if modality != "asserted" else f.modality,
                                       confidence=f.confidence - 0.1))
    return out

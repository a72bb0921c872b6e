"""Speakers at the event an article reports. A wire on a meeting quotes those who took part:
"Ukrainian Foreign Minister Andrii Sybiha said ...", "WHO Director-General Tedros told delegates
...". A person quoted after the lead event is told, whose state or body takes part in it, took
part too; a quote from someone whose side is not among the participants (a spokesman in a
capital) does not say so.
"""
from __future__ import annotations

from typing import Final

from ..models import When
from .common import Found
from .context import Context


_AWAY: Final = {"spokesperson", "ambassador"}  # they speak for their side from where they are


def quoted_participants(ctx: Context, found: list[Found]) -> list[Found]:
    """participatedIn claims for quoted officials of the lead event's participants."""
    if not ctx.events or ctx.events[0].sentence > 4:
        return []
    event = ctx.events[0]
    taking_part = {f.subject.iri for f in found if f.relation == "participatedIn" and f.object.iri == event.entity.iri
                   and f.modality == "asserted"}
    if not taking_part:
        return []
    offices: dict[str, set[str]] = {}
    for f in found:
        if f.relation == "officialOf" and f.modality == "asserted" and f.role not in _AWAY:
            offices.setdefault(f.subject.iri, set()).add(f.object.iri)
    out: list[Found] = []
    for s in range(event.sentence + 1, len(ctx.sent_tokens)):
        other = ctx.sentence_event.get(s)
        if other is not None and other is not event:
            continue  # the sentence tells of another meeting
        lo, hi = ctx.sent_tokens[s]
        said = ctx.lex.report.find(ctx.words, lo, hi)
        if not said:
            continue
        first_cue = said[0][0]
        for m in ctx.mentions_in(s):
            if m.entity.type != "Person" or m.i > first_cue or m.entity.iri in taking_part:
                continue
            if offices.get(m.entity.iri, set()) & taking_part:
                taking_part.add(m.entity.iri)
                out.append(Found(m.entity, "participatedIn", event.entity, s, When(), confidence=0.6))
    return out


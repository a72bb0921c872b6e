"""Who signs at an event took part in it: "The agreement was signed at a ceremony in Rio. Swiss
Economy Minister Guy Parmelin ... signed for EFTA." The ministers who sign are at the ceremony,
though no sentence says they attended. A signing on another day (or one of years before) is not.
"""
from __future__ import annotations

from ..models import When
from .common import Found
from .context import Context

_NEAR = 3  # sentences after the event's own: further on, the article has moved on


def signers_attend(ctx: Context, found: list[Found]) -> list[Found]:
    """participatedIn claims for the people who signed at the event their sentence speaks of."""
    if not ctx.events:
        return []
    have = {(f.subject.iri, f.object.iri) for f in found if f.relation == "participatedIn"}
    out: list[Found] = []
    for f in found:
        if f.relation != "signed" or f.modality != "asserted" or f.subject.type != "Person":
            continue
        ev = ctx.event_for(f.sentence)
        if ev is None or (f.subject.iri, ev.entity.iri) in have:
            continue
        told = max(k for k, e in ctx.sentence_event.items() if k <= f.sentence and e is ev)
        at, day = f.when.at or "", ev.at or ""
        if f.sentence - told > _NEAR or not at or not day or not (at.startswith(day) or day.startswith(at)):
            continue  # signed on a day of its own (or on none the article tells): not at this event
        have.add((f.subject.iri, ev.entity.iri))
        out.append(Found(f.subject, "participatedIn", ev.entity, f.sentence, When(),
                         confidence=f.confidence - 0.1, reported_by=f.reported_by))
    return out

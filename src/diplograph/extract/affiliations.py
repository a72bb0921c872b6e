"""People tied to a state by the form of their name: "Brazil's Luiz Inacio Lula da Silva",
"New Zealand's Christopher Luxon", "his counterparts Gerardo Werthein of Argentina and Mario
Lubetkin of Uruguay". In news of diplomacy such a person speaks or acts for the state; but
"Russia's Alexei Navalny" does not, so the sentence must speak of offices (a role word, "the
leaders", "counterparts"), or the catalog must know the person held an office of that state.
"""
from __future__ import annotations

from typing import Final

from ..catalog import Tenure
from ..models import When
from .common import Found
from .context import Context
from .mentions import Mention

_OF: Final = {"of", "от", "из"}
# offices held in a body, not for a state: "Executive Secretary Elias Magosi of Botswana" is his nationality
_BODY_OFFICES: Final = {"secretary-general", "director-general", "director", "executive secretary", "commissioner",
                 "european commissioner", "high representative", "president of the european commission"}
_POSSESSIVE: Final = ("'s ", "’s ")


def affiliated_officials(ctx: Context) -> list[Found]:
    """officialOf for "State's Person" and "Person of State" where the sentence is about office holders."""
    ms = ctx.mentions
    text = ctx.article.text
    pairs: list[tuple[Mention, Mention]] = []  # (person, state)
    for x, y in zip(ms, ms[1:]):
        gap = text[x.end:y.start]
        if x.entity.type == "State" and y.entity.type == "Person" and gap[:3] in _POSSESSIVE and \
                all(w[:1].isupper() for w in gap[3:].split()) and len(gap[3:].split()) <= 2:
            pairs.append((y, x))  # "Argentina's Javier Milei", "Denmark's Prime Minister Mette Frederiksen"
        elif x.entity.type == "Person" and y.entity.type == "State" and y.i == x.j + 1 and ctx.words[x.j] in _OF and \
                (y.j >= len(ctx.words) or ctx.words[y.j] not in _OF):
            pairs.append((x, y))  # "Gerardo Werthein of Argentina"
    if not pairs:
        return []
    from .officials import _tenure
    out: list[Found] = []
    by_sentence: dict[int, list[tuple[Mention, Mention, Tenure | None]]] = {}
    for person, state in pairs:
        s = ctx.sentence_of_token(person.i)
        if person.i < state.i:
            lo, hi = ctx.sent_tokens[s]
            roles = {cue.value for _, _, cue in ctx.lex.roles.find(ctx.words, lo, hi)}
            if roles & _BODY_OFFICES and not roles & ctx.lex.state_offices:
                continue  # "appointed Feridun Sinirlioğlu of Türkiye as the new OSCE Secretary General"
        by_sentence.setdefault(s, []).append((person, state, _tenure(ctx, person.entity, state.entity)))
    for s, found in by_sentence.items():
        lo, hi = ctx.sent_tokens[s]
        offices = any(t is not None for _, _, t in found) or bool(ctx.lex.roles.find(ctx.words, lo, hi)) or \
            bool(ctx.lex.collective.find(ctx.words, lo, hi))
        for person, state, tenure in found:
            if tenure is not None or offices:
                out.append(Found(person.entity, "officialOf", state.entity, s, When(),
                                 role=tenure.role if tenure is not None else None, confidence=0.8 if tenure else 0.7))
    return out

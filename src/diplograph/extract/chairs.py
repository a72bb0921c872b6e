"""Leaders act for their states. Rotating chairmanships are held by states: "the Brazilian
presidency of the G20", "бразильского председательства в G20", and "Председательствующий в ЕАЭС
Президент Беларуси Александр Лукашенко" (the leader chairs on behalf of his state, so the state
chairs too); a treaty a president or minister signs is signed by the state, and one a body's head
signs by the body.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Final

from .common import Found
from .context import Context
from .timing import _modality, _when

# offices whose holder chairs a body on behalf of the state
_LEADS_STATE: Final = {"president", "prime minister", "king", "chancellor", "head", "foreign minister"}
_LINKS: Final = {"of", "in", "over", "на", "в", "във", "над"}
# offices whose holder signs for the body: its head
_HEADS_BODY: Final = {"secretary-general", "director-general", "president", "chairman", "head", "executive secretary",
                      "president of the european commission"}
# any minister signs for his state ("Министърът на отбраната ... подписа споразумение"); these speak, not sign
_NOT_FOR_STATE: Final = {"spokesperson"}


def state_chairs(ctx: Context, found: list[Found]) -> list[Found]:
    """chairOf claims for the states behind the chairs found, and for demonym chairmanships."""
    out: list[Found] = []
    offices: dict[str, list[Found]] = {}
    heads: dict[str, list[Found]] = {}  # (a body's head signs for it: "signed by CERN Director-General Fabiola Gianotti")
    for f in found:
        if f.relation == "officialOf" and f.object.type == "State" and f.role not in _NOT_FOR_STATE:
            offices.setdefault(f.subject.iri, []).append(f)
        elif f.relation == "officialOf" and f.object.type == "Organization" and f.role in _HEADS_BODY and \
                f.object.in_catalog:  # (not "генеральный секретарь ЦК КПСС": a party's organ the catalog lacks)
            heads.setdefault(f.subject.iri, []).append(f)
    for f in found:
        if f.subject.type == "Person" and ((f.relation == "chairOf" and f.object.type == "Organization") or
                                           f.relation == "signed"):
            held = [o for o in offices.get(f.subject.iri, []) if f.relation == "signed" or o.role in _LEADS_STATE or o.role is None]
            if f.relation == "signed" and not held:
                held = heads.get(f.subject.iri, [])
            states = [o.object for o in held[:1]] or _catalog_state(ctx, f.subject.iri)
            for state in states:
                out.append(replace(f, subject=state, confidence=f.confidence - 0.05))
    out += _demonym_chairs(ctx)
    return out


def _catalog_state(ctx: Context, person: str) -> list:
    """The state a leader the catalog knows held office in on the article's day ("Xi and Putin signed
    a joint statement": Russia too, though the article names no office of Putin's)."""
    ent = ctx.catalog.get(person)
    day = ctx.article.date or ""
    for t in reversed(ent.tenures if ent is not None else ()):
        office = ctx.catalog.entities.get(t.office_of)
        if t.role in _LEADS_STATE and office is not None and office.type == "State" and \
                (not day or ((t.start or "") <= day and (not t.end or day <= t.end))):
            return [ctx.catalog.entity(t.office_of)]
    return []


def _demonym_chairs(ctx: Context) -> list[Found]:
    """"the Brazilian presidency of the G20", "бразильского председательства в G20"."""
    out: list[Found] = []
    for s, found in ctx.lex.triggers.by_sentence(ctx.words, ctx.sent_tokens).items():
        cues = [(a, b) for a, b, cue in found if cue.value == "chair"]
        if not cues:
            continue
        hi = ctx.sent_tokens[s][1]
        ms = ctx.mentions_in(s)
        for a, b in cues:
            state = next((m for m in ms if m.source == "demonym" and m.entity.type == "State" and
                          (m.j == a or (m.j == a - 1 and ctx.words[a - 1] == "the"))), None)
            if state is None:
                continue
            k = b
            while k < hi and k - b < 2 and ctx.words[k] in _LINKS | {"the"}:
                k += 1
            body = next((m for m in ms if m.i == k and m.entity.type == "Organization" and m.source != "demonym"), None)
            if body is None or k == b:
                continue
            out.append(Found(state.entity, "chairOf", body.entity, s, _when(ctx, s, a, "chairOf", "at"),
                             confidence=0.7, modality=_modality(ctx, s, a, a, "chairOf")))
    return out

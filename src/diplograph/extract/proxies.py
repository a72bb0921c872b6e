"""Who acts for a state when the sentence names someone else: its parliament ("the Turkish
parliament ratified"), its leader signing a ratification law, the state a chair is handed to
("handed over the presidency to Milei", "передал председательство Аргентине") and "whose country".
"""
from __future__ import annotations

import re
from typing import Final

from .common import _PREPOSITIONS, _clause_start
from .context import Context
from .mentions import Mention


def _leaders_state(ctx: Context, ms: list[Mention], s: int, a: int) -> Mention | None:
    """The state of the leader who signs a ratification law: named in his office ("Президент России"),
    else the one the catalog says he leads."""
    lo = _clause_start(ctx, s, a)
    people = [m for m in ms if m.entity.type == "Person" and lo <= m.i and m.j <= a]
    if not people:
        return None
    states = [m for m in ms if m.entity.type == "State" and m.source != "demonym" and lo <= m.i and m.j <= people[-1].i]
    if states:
        return states[-1]
    ent = ctx.catalog.get(people[-1].entity.iri)
    for t in reversed(ent.tenures if ent is not None else ()):
        if t.role in ("president", "prime minister", "king", "chancellor") and t.office_of in ctx.catalog.entities:
            p = people[-1]
            return Mention(p.i, p.j, p.start, p.end, ctx.catalog.entity(t.office_of), "anaphor", True)
    return None


_PARLIAMENT: Final = ("parliament", "lawmakers", "legislature", "senate", "congress", "duma", "parlament", "парламент",
               "народното събрание", "сенат", "дума", "депутат", "rada", "рада", "knesset", "кнесет", "bundestag", "бундестаг")


def _parliament_state(ctx: Context, s: int, a: int) -> Mention | None:
    """A parliament that ratifies acts for its state: the state named right by the parliament word."""
    lo = ctx.sent_tokens[s][0]
    for k in range(a - 1, max(lo, a - 12) - 1, -1):
        if ctx.words[k].startswith(_PARLIAMENT):
            near = [m for m in ctx.mentions if m.entity.type == "State" and lo <= m.i and abs(m.i - k) <= 3]
            if near:
                m = near[0]
                return m if m.source != "demonym" else Mention(m.i, m.j, m.start, m.end, m.entity, "catalog", True)
    return None


_HAND_OVER: Final = ("handed", "hand over", "hands", "handing", "passed", "passes", "transferred", "предаде", "предава",
              "предаде председателството", "передал", "передала", "передаст", "передает")


def _handed_to(ctx: Context, ms: list[Mention], s: int, a: int, b: int) -> Mention | None:
    """"handed over the chairmanship to China", "предаде председателството на Финландия": the next chair."""
    lo, hi = ctx.sent_tokens[s]
    window = " ".join(ctx.words[max(lo, a - 8):a])  # ("handed over the bloc's rotating pro tempore presidency")
    if not any(h in window for h in _HAND_OVER):
        return None
    for k in range(b, min(hi, b + 4)):
        if ctx.words[k] in ("to", "на", "к"):  # (a state, or the leader who takes it over: "to Milei")
            return next((m for m in ms if m.i == k + 1 and m.entity.type in ("State", "Person") and m.source != "demonym"),
                        None)
    if ctx.lex.lang == "ru":  # "передал временное председательство Аргентине": the dative, no preposition
        return next((m for m in ms if b <= m.i <= b + 2 and m.entity.type == "State" and m.source != "demonym" and
                     ctx.words[m.j - 1].endswith(("е", "и", "у", "ю")) and
                     all(w not in _PREPOSITIONS for w in ctx.words[b:m.i])), None)
    return None


_WHOSE: Final = ("whose country", "чиято страна", "чья страна", "страна которого", "страна которой")
_WHOSE_RE: Final = re.compile("|".join(map(re.escape, _WHOSE)))


def _whose_country(ctx: Context, ms: list[Mention], s: int, a: int) -> Mention | None:
    """The state of the person before "whose country" / "чиято страна" just before the cue."""
    lo = ctx.sent_tokens[s][0]
    window = " ".join(ctx.words[max(lo, a - 8):a])  # ("whose country holds the rotating G7 presidency")
    if _WHOSE_RE.search(window) is None:
        return None
    people = [m for m in ms if m.j <= a and m.entity.type == "Person"]
    if not people:
        return None
    person = people[-1]
    near = [m for m in ms if person.i - 8 <= m.i < person.i and m.entity.type == "State" and m.i >= lo]
    if near:
        return near[-1]
    ent = ctx.catalog.entities.get(person.entity.iri)
    states = [t.office_of for t in reversed(ent.tenures)] if ent else []
    state = next((x for x in states if x in ctx.catalog.entities and ctx.catalog.entities[x].to_entity().type == "State"), None)
    if state is None:
        return None
    return Mention(person.i, person.j, person.start, person.end, ctx.catalog.entity(state), "catalog", True)

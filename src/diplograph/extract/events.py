"""Meetings, summits and visits, and where places lie: which event a sentence tells about
(a new one or one already told), its name, place and date, who took part, and locatedIn
claims for places and organizations ("Vientiane, Laos", "the Moscow-based Commission").
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from ..dates import days_between, month_names
from ..models import Entity, When
from ..namespaces import DGI
from ..text import tokenize
from .common import AND_WORDS, Found, _PREPOSITIONS, _gap, _main_event, seat_state, secretariat_of
from .agents import _PARTICIPLE
from .context import Context, Event, dated_aside
from .coreference import _name_keys
from .lexicon import lexicon, words_of
from .mentions import Mention, is_adjective, new_entity
from .timing import _in_dateline, _in_name, _in_relative

def _event_iri(doc: str, n: int) -> str:
    return f"{_doc_digest(doc)}-{n}"


@lru_cache(maxsize=256)
def _doc_digest(doc: str) -> str:
    """The IRI stem of an article's events (hashed once per article, not per event)."""
    return f"{DGI}event/{hashlib.sha1(doc.encode()).hexdigest()[:10]}"


def events(ctx: Context) -> list[Found]:
    """Meetings, summits and visits: where and when, and who took part."""
    lex = ctx.lex
    # (only the sentences that hold an event noun or verb, or a word for taking part, can tell of one)
    by_head = lex.event_heads.by_sentence(ctx.words, ctx.sent_tokens)
    by_verb = lex.event_verbs.by_sentence(ctx.words, ctx.sent_tokens)
    by_part = _taking_part(ctx, lex.participate.by_sentence(ctx.words, ctx.sent_tokens))
    generic = lex.words["generic_event"]
    for s in sorted(by_head.keys() | by_verb.keys()):
        lo, hi = ctx.sent_tokens[s]
        heads = [h for h in by_head.get(s, ()) if not _verb_form(ctx, h[0]) and
                 not (h[0] > lo and ctx.words[h[0] - 1] in _PRESS)  # a news conference is no diplomatic event
                 and not (h[0] > lo and ctx.words[h[0] - 1] in generic)  # "в подобна среща": any such, none held
                 and not lex.proposal_verbs.find(ctx.words, max(lo, h[0] - 4), h[0])  # "proposed a business forum":
                 # a thing proposed, no meeting held
                 and (h[1] >= hi or lex.process_after.match_at(ctx.words, h[1]) is None)]  # "разговори за
        # присъединяване": a process
        verbs = by_verb.get(s, [])
        if heads:  # "ministers met in Antalya ahead of the alliance's summit in The Hague", "Радев във Вилнюс: …
            # преди срещата в Хага": another one, not the event told of
            heads = [h for h in heads if not lex.before_event.find(ctx.words, max(lo, h[0] - 7), h[0])]
        if heads:  # "Хагската конференция по международно частно право": a standing body named a conference
            bodies = [m for m in ctx.mentions_in(s) if m.entity.type == "Organization" and m.source == "catalog" and
                      m.j - m.i >= 3]
            heads = [h for h in heads if not any(m.i <= h[0] < m.j and ctx.words[m.j - 1] not in lex.words["meeting_words"]
                                                 and _ordinal_before(ctx, m.i) is None for m in bodies)]
            # (but "the first U.N. Conference on Trade and Development in Geneva in 1964": a session of it)
        if not heads and not verbs:
            continue
        ms = ctx.mentions_in(s)
        cue_at = [x for x, _, _ in heads + verbs]
        near = [m for m in ms if any(abs(m.i - x) <= 8 or 0 < m.i - x <= 14 for x in cue_at)]
        lead = not ctx.events or (len(ctx.events) == 1 and ctx.events[0].sentence == title_sentence(ctx))
        anaphoric = bool(heads) and bool(ctx.events) and _anaphoric(ctx, heads[0][0])
        if anaphoric:  # "В срещата участва Лавров - … войната в Украйна през 2022 г.": only the head's own words
            near = [m for m in ms if abs(m.i - heads[0][0]) <= 5]
        place = _place_before_where(ctx, ms, lo, cue_at) or _locative_place(ctx, near)
        if place is None and lead and s <= 4 and heads and not anaphoric:
            place = _locative_place(ctx, [m for m in ms if m.i > heads[0][0]])  # a long name between noun and place
        if place is None or place.entity.type == "State":
            dateline = _dateline_place(ctx) if lead and s <= 4 else None
            # the lead's dateline city, else a venue the catalog lacks ("в Бюргеншток", "at Ta' Qali")
            place = dateline or _new_venue(ctx, s, cue_at) or place
        place = _visited_capital(ctx, place, heads, verbs)  # "визит Путина в Монголию": held in Ulaanbaatar
        told = _event_date(ctx, s, cue_at)
        at = _first_day(ctx, s, cue_at, told)
        if anaphoric and at is not None and not any(abs(ctx.token_at(t.start) - heads[0][0]) <= 6 for t in ctx.times_in(s)):
            at = None
        main = _main_event(ctx) if ctx.events else None
        same_days = at is not None and main is not None and main.at is not None and _days_apart(at, main.at) <= 2 \
            and len(heads) == 1 and not verbs and not lex.before_event.find(ctx.words, max(lo, heads[0][0] - 4), heads[0][0])
        if heads and main and _anaphoric(ctx, heads[0][0]) and place is None and at is None and \
                not _part_of_event(ctx, heads[0][0]) and _kind(ctx.words[heads[0][0]]) not in _kinds_told(ctx, main):
            main = _told_before(ctx, s, heads[0][0]) or main  # "Заседанието" after "церемонията": another event
        redated = heads and main is not None and main.defaulted and at is not None and main.at is not None and \
            at <= main.at and _days_apart(at, main.at) <= 3 and (
                ((_anaphoric(ctx, heads[0][0]) or heads[0][0] == lo) and
                 (place is None or main.place is None or place.entity.iri == main.place.entity.iri)) or
                (place is not None and main.place is not None and place.entity.iri == main.place.entity.iri and
                 _kind(ctx.words[heads[0][0]]) == _kind(main.entity.label)))
        # (the lead's event told again by name at its venue: "The 49th Regular Meeting … opened in Montego Bay on Sunday")
        if redated and main is not None:  # "Встреча, прошедшая во вторник в Пекине" after a lead dated only by the news day: its day
            ev = main
            ev.at, ev.defaulted = at, False
            if place is not None and ev.place is None:
                ev.place = place
            _better_label(ctx, ev, heads[0][0], hi)
        elif heads and main and ((_part_of_event(ctx, heads[0][0]) and place is None) or
                                 (_anaphoric(ctx, heads[0][0]) and place is None and (at is None or same_days))):
            ev = main  # "the meeting", "срещата", "в първия ден на срещата, в събота": the event already told about
            if same_days and at is not None and ev.at is not None and at < ev.at:
                ev.at = at  # a meeting of several days is dated by its first
            _better_label(ctx, ev, heads[0][0], hi)
        else:
            lead = not ctx.events or (len(ctx.events) == 1 and ctx.events[0].sentence == title_sentence(ctx))
            if place is None and s <= 4 and lead:
                place = _dateline_place(ctx)
            defaulted = at is None and not ctx.events and s <= 4
            if defaulted:
                at = ctx.article.date  # the lead's event, told without a date: the news day
            merged = _merge_event(ctx, s, place, at, heads, told)
            if merged is None:
                continue
            ev = merged
            if defaulted and ev.at == at and len(ctx.events) == 1:
                ev.defaulted = True
            elif not defaulted and at is not None and ev.at == at:
                ev.defaulted = False  # ("24 сентября в Нью-Йорке состоялась встреча": the headline's event, dated)
        ctx.sentence_event[s] = ev
        if heads and not verbs and s not in by_part and ev.sentence != s and not redated:
            continue  # the event is only named here ("at the summit, X said"): handled below
        states = bool(verbs) or s in by_part
        if s in lex.negation.by_sentence(ctx.words, ctx.sent_tokens) or _absence_told(ctx, s):
            ms = [m for m in ms if not _stayed_away(ctx, s, m)]  # (no negation, no trip called off: none stayed away)
        ms = _not_topics(ctx, s, _in_cue_clauses(ctx, s, ms, cue_at + [x for x, _, _ in by_part.get(s, ())]))
        _add_participants(ctx, ev, s, ms, place, states=states)
    for s in sorted(by_part.keys() | by_head.keys()):  # "The meeting was attended by ...", "В Казан присъстваха ..."
        lo, hi = ctx.sent_tokens[s]   # (a sentence with no event noun speaks at no event: `_speaking_at`)
        if s in ctx.sentence_event and ctx.sentence_event[s].sentence == s:
            continue
        found = by_part.get(s, [])
        if found and all(lex.negation.find(ctx.words, max(lo, x - 2), x) for x, _, _ in found):
            continue  # "никой американски представител няма да участва"
        cue = bool(found)
        if cue or _speaking_at(ctx, s):
            here = _event_here(ctx, s)
            if here is not None and s not in ctx.sentence_event and _dated_elsewhen(ctx, s, here, [x for x, _, _ in found]):
                continue  # "статус специально приглашенного гостя был отозван у Минска в 1997 году": not this event
            if here is not None:
                present = _not_topics(ctx, s, _cue_clause(ctx, s, found))
                if _absence_told(ctx, s):
                    present = [m for m in present if not _stayed_away(ctx, s, m)]  # "… after President Maduro cancelled
                _add_participants(ctx, here, s, present, here.place, states=cue)  # his trip"
                for x, _, _ in found:  # "Африканский союз участвовал во встрече": a body takes part too
                    orgs = [m for m in ctx.mentions_in(s) if m.entity.type == "Organization" and m.j <= x and x - m.j <= 1
                            and m.source != "demonym"]
                    if orgs:
                        here.participants.setdefault(orgs[-1].entity.iri, (orgs[-1].entity, s))
    out: list[Found] = []
    for ev in ctx.events:
        modality = "hypothetical" if _next_one(ctx, ev) else "asserted"  # "the next summit will be in Vilnius"
        if ev.place is not None and ev.place.entity.iri != ev.entity.iri:
            out.append(Found(ev.entity, "locatedIn", ev.place.entity, ev.sentence, When(at=ev.at), confidence=0.75,
                             modality=modality))
        elif len(words_of(tokenize(ev.entity.label, ctx.lex.lang))) < 3:
            continue  # neither a place nor a telling name: too vague to keep
        for ent, s in ev.participants.values():
            conf = 0.8 if ent.type == "Person" else 0.6
            out.append(Found(ent, "participatedIn", ev.entity, s, When(), confidence=conf, modality=modality))
    return out


_KINDS: Final = (("ceremony", ("церемон", "ceremon")), ("visit", ("визит", "посещени", "visit")))


def _kind(text: str) -> str:
    """What kind of event a noun or a label names: a ceremony, a visit, or a meeting of some sort."""
    low = text.lower()
    return next((kind for kind, stems in _KINDS if any(stem in low for stem in stems)), "meeting")


def _kinds_told(ctx: Context, ev: Event) -> set[str]:
    """The kinds of event the sentence that told of `ev` names ("at a ceremony during the summit": both)."""
    lo, hi = ctx.sent_tokens[ev.sentence]
    return {_kind(ev.entity.label)} | {_kind(ctx.words[x]) for x, _, _ in ctx.lex.event_heads.find(ctx.words, lo, hi)}


def _told_before(ctx: Context, s: int, head: int) -> Event | None:
    """The event of another kind an anaphoric noun names: the last one of its kind, else one held
    where and when the sentence before says ("... взето на 12 декември от Съвета в Брюксел.
    Заседанието беше ръководено от ...")."""
    kind = _kind(ctx.words[head])
    same = [ev for ev in ctx.events if _kind(ev.entity.label) == kind]
    if same:
        return same[-1]
    if s == 0:
        return None
    prev = ctx.mentions_in(s - 1)
    place = _locative_place(ctx, prev)
    days = [t.at for t in ctx.times_in(s - 1) if t.kind == "point" and t.at and len(t.at) == 10]
    if place is None or not days:
        return None
    return _merge_event(ctx, s, place, days[0], [(head, head + 1, None)])


def _cue_clause(ctx: Context, s: int, found) -> list[Mention]:
    """The sentence's mentions in the parts, between semicolons, that hold a participation cue
    ("… sent a delegation led by its ambassador; Thailand and Bosnia are also observers": not them)."""
    ms = ctx.mentions_in(s)
    text = ctx.article.text
    cuts = [i for i in range(ctx.sent_tokens[s][0] + 1, ctx.sent_tokens[s][1])
            if ";" in text[ctx.tokens[i - 1].end:ctx.tokens[i].start]]
    if not cuts or not found:
        return ms
    bounds = [ctx.sent_tokens[s][0], *cuts, ctx.sent_tokens[s][1]]
    parts = [(x, y) for x, y in zip(bounds, bounds[1:]) if any(x <= a < y for a, _, _ in found)]
    return [m for m in ms if any(x <= m.i < y for x, y in parts)]


def _taking_part(ctx: Context, by_part: dict) -> dict:
    """The cues of taking part that tell someone took part: not one asked for ("молба за участие") or
    suspended ("suspending Israel's participation"), in a
    body's work rather than at an event ("участието им в дейността на съюза"), nor refused or stopped
    ("отказва да участва", "преустанови участието си"): the words just before or after say so."""
    asked, work = ctx.lex.words["participation_asked"], ctx.lex.words["participation_in_work"]
    out = {}
    for s, cues in by_part.items():
        lo, hi = ctx.sent_tokens[s]
        kept = [(x, y, c) for x, y, c in cues
                if not any(w in asked for w in ctx.words[max(lo, x - 3):x]) and
                not (y + 1 < hi and " ".join(ctx.words[y:y + 2]) in work) and
                not (y + 2 < hi and " ".join(ctx.words[y + 1:y + 3]) in work) and
                not ctx.lex.negation.find(ctx.words, max(lo, x - 2), x)]
        if kept:
            out[s] = kept
    return out


def _absence_told(ctx: Context, s: int) -> bool:
    """Whether sentence s calls a trip off or tells of an invitation ("cancelled his trip", "by inviting …"): someone
    named there may not have come (`_stayed_away` tells who)."""
    lo, hi = ctx.sent_tokens[s]
    return s in ctx.lex.called_off.by_sentence(ctx.words, ctx.sent_tokens) or \
        any(w in ctx.lex.words["inviting"] for w in ctx.words[lo:hi])


def _stayed_away(ctx: Context, s: int, m: Mention) -> bool:
    """Whether the sentence says the actor did not take part: "Lula, who did not attend the ceremony",
    "Путин не участвовал в саммите" (a negation, then a verb of taking part, right after the name)."""
    hi = ctx.sent_tokens[s][1]
    starts = [m.j]
    text, tokens = ctx.article.text, ctx.tokens
    if m.j < hi and text[m.end:tokens[m.j].start].strip() == ",":  # "Afghanistan, one of the organization's
        past = next((k for k in range(m.j + 1, min(hi, m.j + 10)) if "," in text[tokens[k - 1].end:tokens[k].start]), None)
        if past is not None:  # members, was not represented": past the apposition too
            starts.append(past)
    if m.i > 0 and ctx.words[m.i - 1] in ctx.lex.words["inviting"]:
        return True  # "by inviting Mohamed Hamdan Daglo … to the summit": asked to come, not said to have come
    for j in starts:
        if any(all(w in _BETWEEN_NAME_AND_NOT for w in ctx.words[j:a]) for a, _, _ in ctx.lex.called_off.find(ctx.words, j, min(hi, j + 3))):
            return True  # "President Nicolas Maduro cancelled his trip"
        for a, b, _ in ctx.lex.negation.find(ctx.words, j, min(hi, j + 5)):
            if not all(w in _BETWEEN_NAME_AND_NOT for w in ctx.words[j:a]):
                continue  # "переговоры с Си Цзиньпином, в заседаниях лидеров участия не принимал": another's
            if ctx.lex.participate.find(ctx.words, b, min(hi, b + 3)) or \
                    ctx.lex.event_verbs.find(ctx.words, b, min(hi, b + 3)):
                return True
    return False


_BETWEEN_NAME_AND_NOT: Final = {"who", "which", "has", "have", "had", "did", "does", "was", "were", "also", "however", "itself",
                         "който", "която", "които", "също", "обаче", "который", "которая", "которые", "также", "однако"}


def _event_here(ctx: Context, s: int) -> Event | None:
    """The event a participation sentence speaks of: one held where the sentence says
    ("В Казан присъстваха ..."), else the one it names, else the article's lead event."""
    lo, hi = ctx.sent_tokens[s]
    places = {m.entity.iri for m in ctx.mentions_in(s) if m.i > lo and ctx.words[m.i - 1] in ctx.lex.locative}
    for ev in ctx.events:
        if ev.place is not None and ev.place.entity.iri in places:
            return ev
    if s in ctx.sentence_event:
        return ctx.sentence_event[s]
    told = ctx.sentence_event.get(s - 1)
    if told is not None and told.sentence == s - 1 and not (ctx.article.date and dated_aside(told.at, ctx.article.date)):
        return told  # "Накануне Министр провел в Нью-Йорке встречу … В ней приняли участие …": the one just told
    if ctx.events and ctx.events[0].sentence <= 4:
        return ctx.events[0]
    return ctx.event_for(s)


_PARTS: Final = ("closing", "opening", "plenary", "final", "first", "second", "заключителн", "откриващ", "пленарн",
          "закрывающ", "открывающ", "пленарн", "итогов")


def _part_of_event(ctx: Context, i: int) -> bool:
    """"the closing session", "пленарното заседание": a part of the event already told about."""
    return i > 0 and ctx.words[i - 1].startswith(_PARTS)


def _verb_form(ctx: Context, i: int) -> bool:
    """"visited", "meeting with" is a noun but "met" is not: English -ed forms are verbs, not event names."""
    return ctx.lex.lang == "en" and ctx.words[i].endswith("ed")


def _add_participants(ctx: Context, ev: Event, s: int, ms: list[Mention], place: Mention | None,
                      states: bool = True) -> None:
    negated = ctx.lex.negation.find(ctx.words, *ctx.sent_tokens[s])
    stood_in = ctx.lex.instead.find(ctx.words, *ctx.sent_tokens[s]) + ctx.lex.behalf.find(ctx.words, *ctx.sent_tokens[s])
    hosts = tuple(ctx.lex.words["hosts"])
    delegations = ctx.lex.words["delegations"]
    for m in ms:
        if m.entity.type not in ("Person", "State") or \
                (m.source == "demonym" and not (m.j < len(ctx.words) and ctx.words[m.j] in delegations)):
            continue  # (a demonym names no participant, but "българската делегация на сесията" names its state)
        if m.entity.type == "State" and not states:
            continue
        if place is not None and (m.entity.iri == place.entity.iri or ctx.catalog.within(place.entity.iri, m.entity.iri)) \
                and not any(w.startswith(hosts) for w in ctx.words[m.j:m.j + 2]):
            continue  # (where it took place is no participant; but "Kazakhstan hosted the summit in Astana" is)
        if negated and any(abs(m.i - a) <= 4 for a, _, _ in negated):
            continue  # "did not travel to", "не пътува до"
        if stood_in and any(0 <= m.i - b <= 3 for _, b, _ in stood_in):
            continue  # "led the delegation in place of President Vladimir Putin"
        if any(w in ctx.lex.words["asked_whether"] for w in ctx.words[ctx.sent_tokens[s][0]:m.i]):
            continue  # "Не беше ясно дали съседна Руанда … е изпратила делегация": asked about, not told
        ev.participants.setdefault(m.entity.iri, (m.entity, s))


def _seat(ctx: Context, m: Mention) -> Mention | None:
    """The city a body sits in, for a meeting "at U.N. headquarters", "в штаб-квартире ООН", "в
    централата на НАТО": the body with a word for its seat right after it, or before it after a
    locative; the place the catalog gives (None when it gives none)."""
    words, lex = ctx.words, ctx.lex
    after = m.j < len(words) and lex.headquarters.match_at(words, m.j) is not None and \
        m.i > 0 and words[m.i - 1] in lex.locative
    before = False
    if not after:
        k = m.i - 1 if m.i > 0 and words[m.i - 1] in ("на", "of", "the") else m.i
        k = k - 1 if k > 0 and words[k - 1] == "of" else k
        found = lex.headquarters.find(words, max(0, k - 3), k)
        before = bool(found) and found[-1][1] == k and found[-1][0] > 0 and \
            (words[found[-1][0] - 1] in lex.locative or (found[-1][0] > 1 and words[found[-1][0] - 1] == "the" and
                                                          words[found[-1][0] - 2] in lex.locative))
    if not (after or before):
        return None
    ent = ctx.catalog.entities.get(m.entity.iri)
    seat = next((p for p in (ent.located_in if ent else ()) if ctx.catalog.entities.get(p) is not None and
                 ctx.catalog.entities[p].type == "Place"), None)
    if seat is None:
        return None
    return Mention(m.i, m.j, m.start, m.end, ctx.catalog.entity(seat), "catalog")


def _dated_elsewhen(ctx: Context, s: int, ev: Event, cues: list[int]) -> bool:
    """Whether every clause of a participation cue, in a sentence with no event of its own, is dated
    only away from the event's date (a date in an insertion about someone does not count:
    "Венгрию, которая … с 2018 года, представлял Виктор Орбан"; an undated cue's clause speaks of the event:
    "Домакин на форума е Науседа, а …, за когото това е първото участие … след встъпването му на 26 май")."""
    if not cues:
        return False
    if not ev.at:  # (an undated visit told in passing, "след посещение във Вашингтон", is no dated gathering's)
        return _kind(ev.entity.label) == "visit" and any(t.at for t in ctx.times_in(s))
    lo, hi = ctx.sent_tokens[s]
    text, tokens = ctx.article.text, ctx.tokens
    stamped = [(ctx.token_at(t.start), t.at) for t in ctx.times_in(s) if t.at]
    for x in cues:
        a = x
        while a > lo and "," not in text[tokens[a - 1].end:tokens[a].start]:
            a -= 1
        b = x + 1
        while b < hi and "," not in text[tokens[b - 1].end:tokens[b].start]:
            b += 1
        times = [at for k, at in stamped if a <= k < b]
        if not times or not all(dated_aside(at, ev.at) and not at.startswith(ev.at) and not ev.at.startswith(at)
                                for at in times):
            return False
    return True


def _in_cue_clauses(ctx: Context, s: int, ms: list[Mention], cues: list[int]) -> list[Mention]:
    """The mentions of the clauses, between semicolons, that tell of the event: "Russia … sent a
    delegation led by its ambassador; Thailand and Bosnia and Herzegovina are also observers"
    names no participant after the semicolon."""
    lo, hi = ctx.sent_tokens[s]
    text, tokens = ctx.article.text, ctx.tokens
    cuts = [k for k in range(lo + 1, hi) if ";" in text[tokens[k - 1].end:tokens[k].start]]
    if not cuts:
        return ms
    bounds = [lo, *cuts, hi]
    keep = [(x, y) for x, y in zip(bounds, bounds[1:]) if any(x <= c < y for c in cues)]
    return [m for m in ms if any(x <= m.i < y for x, y in keep)]


_TOPIC_WORDS: Final = 14  # tokens after "the situation" that may list what it is in


def _not_topics(ctx: Context, s: int, ms: list[Mention]) -> list[Mention]:
    """The mentions that are not what was talked about: "обмен мнениями по … ситуацию в секторе Газа,
    в Сирии, Ливии, Судане и Йемене" names no participant."""
    lo, hi = ctx.sent_tokens[s]
    ms = _not_dashed_sides(ctx, _not_range_ends(ctx, ms))
    found = ctx.lex.topic.find(ctx.words, lo, hi)
    if not found:
        return ms
    text, tokens = ctx.article.text, ctx.tokens
    spans = []
    for _, b, _ in found:
        k = b
        while k < min(hi, b + _TOPIC_WORDS) and not (k > b and any(c in text[tokens[k - 1].end:tokens[k].start] for c in ";—")):
            k += 1
        spans.append((b, k))
    return [m for m in ms if not any(x <= m.i < y for x, y in spans)]


def _not_range_ends(ctx: Context, ms: list[Mention]) -> list[Mention]:
    """The mentions that do not end a stretch of land: "на всем побережье от Сенегала до Анголы", "from Senegal to
    Angola", "от Сенегал до Ангола" name where, not who took part."""
    words = ctx.words
    ends: set[int] = set()
    for x, y in zip(ms, ms[1:]):
        if x.i > 0 and words[x.i - 1] in _RANGE_FROM and y.i == x.j + 1 and words[x.j] in _RANGE_TO:
            ends |= {x.i, y.i}
    return [m for m in ms if m.i not in ends] if ends else ms


_RANGE_FROM: Final = {"from", "от"}
_RANGE_TO: Final = {"to", "до"}


def _not_dashed_sides(ctx: Context, ms: list[Mention]) -> list[Mention]:
    """Without the states joined by a hyphen before a word that names no event ("as Israel-Iran war rages",
    "the Russia-Ukraine conflict"): the sides of what is talked about; "the EU-Central Asia summit" keeps them."""
    text, out = ctx.article.text, []
    for x, m in enumerate(ms):
        nxt = ms[x + 1] if x + 1 < len(ms) else None
        prev = ms[x - 1] if x > 0 else None
        pair = (nxt if nxt is not None and text[m.end:nxt.start] in ("-", "–") else
                m if prev is not None and text[prev.end:m.start] in ("-", "–") else None)
        if pair is not None and m.entity.type == "State" and pair.j < len(ctx.words) and \
                ctx.lex.event_heads.match_at(ctx.words, pair.j) is None:
            continue
        out.append(m)
    return out


def _speaking_at(ctx: Context, s: int) -> bool:
    """"Speaking at the session, Putin said ...", "На срещата Лавров заяви ...": a speaker at the event."""
    lo, hi = ctx.sent_tokens[s]
    heads = ctx.lex.event_heads.find(ctx.words, lo, hi)
    return bool(heads) and _anaphoric(ctx, heads[0][0]) and bool(ctx.lex.report.find(ctx.words, lo, hi))


def _dateline_place(ctx: Context) -> Mention | None:
    """"MONTEVIDEO, Dec 6 —", "Йоханесбург, 23 ноември (БТА)": where the news was filed."""
    text = ctx.article.text
    for m in ctx.mentions:
        if m.entity.type == "Place" and m.source != "demonym":
            line_start = text.rfind("\n", 0, m.start) + 1
            if not text[line_start:m.start].strip() and text[m.end:m.end + 2].lstrip().startswith(","):
                return m
        if ctx.sentence_of_token(m.i) > 4:
            break
    return _new_dateline_place(ctx)


# "СИРИУС (Краснодарский край), 9 ноября.", "TA' QALI, Malta, Dec 5": a city in capitals opening a
# line, a region in brackets or a comma after it, then the date
_DATELINE_RE: Final = re.compile(r"^([A-ZА-ЯЁ][A-ZА-ЯЁ'’.\- ]{2,30}?)(?:\s*\([^)\n]{1,40}\))?,\s*[^\n]{0,40}?\d", re.M)


def _new_dateline_place(ctx: Context) -> Mention | None:
    """A dateline city the catalog lacks: a new place named as the dateline writes it (in title case)."""
    text = ctx.article.text
    if not ctx.sentences or len(ctx.sentences) < 2:
        return None
    m = _DATELINE_RE.search(text, 0, ctx.sentences[min(4, len(ctx.sentences) - 1)][1])
    if m is None or ctx.mentions_starting(m.start(1), m.end(1)):
        return None
    i, j = ctx.token_at(m.start(1)), ctx.token_at(m.end(1) - 1) + 1
    name = " ".join(w.capitalize() for w in m.group(1).split())
    return Mention(i, j, m.start(1), m.end(1), new_entity(name, "Place", ctx.lex.lang), "new")


_DEMONSTRATIVE: Final = {"this", "that", "the", "same", "тази", "този", "това", "същата", "същия", "същото", "эта", "этой", "этом",
                  "эту", "данной", "данная", "той", "тот", "та", "же"}  # ("at the same summit", "на том же саммите")


def _anaphoric(ctx: Context, i: int) -> bool:
    """"тази конференция", "the meeting", "срещата": an event already told about."""
    if i > 0 and ctx.words[i - 1] in _DEMONSTRATIVE:
        return True
    if ctx.lex.lang == "ru":  # no articles: "на саммите", "во встрече", "в работе саммита", "по итогам встречи"
        return i > 0 and (ctx.words[i - 1] in ("на", "в", "во") or ctx.words[i - 1] in ctx.lex.words["event_frames"])  # speak of the
        # event told about
    word = ctx.words[i]
    return ctx.lex.lang == "bg" and (word.endswith(("та", "то", "ът", "ят")) or
                                     (word.endswith(("а", "я")) and word[:-1] in ctx.lex.words["definite_masculine_heads"]))


_DEADLINE: Final = {"до", "until", "by", "through", "till", "since", "от", "с", "со", "след", "after", "before", "преди", "после"}


def _event_date(ctx: Context, s: int, cue_at: list[int]) -> str | None:
    """The date nearest the event's cue, skipping deadlines ("до 2035 г.", "until 2030")."""
    best, dist = None, 10**9
    times = ctx.times_in(s)
    if not times:
        return None
    named = [(m.start, m.end) for m in ctx.mentions_in(s) if m.proper and m.source in ("catalog", "new", "abbr")]
    for t in times:
        i = ctx.token_at(t.start)
        if t.kind == "anniversary" or (not t.span and any(x <= t.start < y for x, y in named)) or _in_name(ctx, t) \
                or _in_dateline(ctx, t) \
                or (cue_at and _in_relative(ctx, min(cue_at), t) and
                    not ctx.lex.event_verbs.find(ctx.words, min(cue_at), i)):
            continue  # "the summit …, which will host the next meeting in 2025": not the summit's date (but
            # "срещи …, които се провеждат от 8 до 17 юли": the clause tells when they are held)
        if i > 0 and ctx.words[i - 1] in _DEADLINE:
            continue
        if t.at and len(t.at) == 4 and not t.span and _year_of_something_else(ctx, s, i, cue_at):
            continue
        value = t.at or (t.span[0] if t.span else None)
        if t.span and len(t.span[0]) == 4:
            continue  # a span of years is a period, not an event's day
        d = min(abs(i - x) for x in cue_at) if cue_at else 0
        if value and d < dist:
            best, dist = value, d
    return best


def _first_day(ctx: Context, s: int, cue_at: list[int], day: str | None) -> str | None:
    """The first day of an event of several days told on the day it ended ("wrapped up a two-day
    meeting in Istanbul on Sunday", "Двудневното заседание … завърши днес"): the event's date."""
    if not day or len(day) != 10 or not cue_at:
        return day
    lo, hi = ctx.sent_tokens[s]
    head = min(cue_at)
    length = ctx.lex.event_days.find(ctx.words, max(lo, head - 3), head)
    if not length or not ctx.lex.event_ended.find(ctx.words, lo, hi):
        return day
    from datetime import date, timedelta
    try:
        return (date.fromisoformat(day) - timedelta(days=int(length[-1][2].value) - 1)).isoformat()
    except ValueError:
        return day


_COMPLEMENT: Final = {"that", "where", "че", "където", "что", "чтобы", "где", "как"}


def _year_of_something_else(ctx: Context, s: int, i: int, cue_at: list[int]) -> bool:
    """A bare year that dates something else: a treaty's ("Договор 1949 года", "the 1968 NPT"),
    a goal's ("курс на 2045 год"), or what a reported clause tells ("напомнил, что организация
    была создана в 2001 году")."""
    words, text = ctx.words, ctx.article.text
    if ctx.lex.lang == "ru" and i > 0 and words[i - 1] == "на":
        return True
    if any(words[k].endswith(_PARTICIPLE_ENDS) for k in range(max(0, i - 3), i)) and \
            not any(abs(k - x) <= 3 for x in cue_at for k in range(max(0, i - 3), i)):
        return True  # "стратегическому партнерству, провозглашенному в 2018 году": the partnership's year
    for m in ctx.mentions_in(s):
        if m.entity.type in ("Agreement", "Organization") and (m.j == i or m.i == i + 1 or
                                                                (m.j == i - 1 and words[i - 1] in ("от", "of"))):
            return True
    if cue_at:
        a = min(cue_at)
        lo, hi = (a, i) if a < i else (i, a)
        return any(words[k] in _COMPLEMENT and "," in text[ctx.tokens[k - 1].end:ctx.tokens[k].start]
                   for k in range(lo + 1, hi))
    return False


def _new_venue(ctx: Context, s: int, cue_at: list[int]) -> Mention | None:
    """A capitalised name after "в/in/at" near the event noun that no mention covers: a venue
    the catalog does not hold, as a new place."""
    lo, hi = ctx.sent_tokens[s]
    taken = ctx.covered_tokens()
    months = month_names()
    for x in cue_at:
        for k in range(x + 1, min(hi, x + 10)):
            if not _after_locative(ctx, k) or k in taken:
                continue
            j = k
            while j < hi and j - k < 3 and ctx.tokens[j].is_cap and j not in taken and \
                    ctx.words[j] not in months and ctx.lex.heads.match_at(ctx.words, j) is None and \
                    ctx.lex.roles.match_at(ctx.words, j) is None and ctx.lex.event_heads.match_at(ctx.words, j) is None:
                j += 1
            if j > k and (j == hi or not ctx.tokens[j].is_cap):
                name = ctx.article.text[ctx.tokens[k].start:ctx.tokens[j - 1].end]
                return Mention(k, j, ctx.tokens[k].start, ctx.tokens[j - 1].end,
                               new_entity(name, "Place", ctx.lex.lang), "new")
    return None


def _document_act_before(ctx: Context, k: int) -> bool:
    """Whether token k is a participle of signing or adopting set off after a document ("…, signed in",
    "…, подписанного в", "…, приет в"): the place after it is where that act was done."""
    cue = ctx.lex.triggers.match_at(ctx.words, k)
    if cue is None or cue.value not in ("sign", "adopt", "ratify") or "," not in ctx.article.text[ctx.tokens[k - 1].end:ctx.tokens[k].start]:
        return False
    w = ctx.words[k]
    return w.endswith("ed") if ctx.lex.lang == "en" else bool(_PARTICIPLE.search(w))


def _after_locative(ctx: Context, i: int) -> bool:
    """Whether "в/in/at" comes right before token i, or before a lower-case adjective of a country
    right before it ("в шотландском Глазго", "в японском Кумамото")."""
    words = ctx.words
    if words[i - 1] in ctx.lex.locative:
        return True
    if i > 1 and words[i - 2] in ctx.lex.locative and ctx.tokens[i - 1].text.islower() and \
            is_adjective(words[i - 1], ctx.lex.lang) and words[i - 1][:1].isalpha() and ctx.lex.lang != "en":
        return True
    towns = ctx.lex.words["town_nouns"]  # ("в колумбийском курортном поселке Баия-Малага", "in the coastal town of …")
    k = i - 1
    while k > 0 and i - k <= 4 and ctx.tokens[k].text.islower() and words[k] not in ctx.lex.locative:
        k -= 1
    between = words[k + 1:i]
    return k < i - 1 and words[k] in ctx.lex.locative and any(w in towns for w in between) and \
        (ctx.lex.lang == "en" or all(w in towns or is_adjective(w, ctx.lex.lang) for w in between))


def _speaks_for_state(ctx: Context, m: Mention) -> bool:
    """A seat of government (not a capital) followed by a verb of saying: "В Кремле объясняли", "At the
    White House, officials said"."""
    if seat_state(ctx, m) is None:
        return False
    return bool(ctx.lex.report.find(ctx.words, m.j, min(len(ctx.words), m.j + 3))) or \
        any(w.startswith(_SAYING) for w in ctx.words[m.j:m.j + 3])


_SAYING: Final = ("объясня", "сообща", "заявля", "отмеча", "говор", "said", "say", "explain", "заявява", "обясня")


def _visited_capital(ctx: Context, place: Mention | None, heads, verbs) -> Mention | None:
    """A visit to a country takes place in its capital, as far as the article says."""
    if place is None or place.entity.type != "State":
        return place
    visit = any(_kind(ctx.words[x]) == "visit" for x, _, _ in heads) or \
        any(ctx.words[x] in _VISITED for x, _, _ in verbs) or (place.i > 0 and ctx.words[place.i - 1] in _VISITED)
    capital = ctx.catalog.capital(place.entity.iri) if visit else None
    if capital is None:
        return place
    return Mention(place.i, place.j, place.start, place.end, ctx.catalog.entity(capital), "catalog", place.proper)


def _place_before_where(ctx: Context, ms: list[Mention], lo: int, cue_at: list[int]) -> Mention | None:
    """"Biden arrived in Hanoi from New Delhi, where he attended the G20 summit": an event told in a relative
    clause opened by "where" after a place took place there, not where the main clause is."""
    first = min(cue_at)
    text = ctx.article.text
    for k in range(first - 1, lo, -1):
        if ctx.words[k] in ctx.lex.words["where"] and "," in text[ctx.tokens[k - 1].end:ctx.tokens[k].start]:
            return next((m for m in ms if m.j == k and m.entity.type in ("Place", "State") and m.source != "demonym"),
                        None)
    return None


def _locative_place(ctx: Context, ms: list[Mention]) -> Mention | None:
    best = None
    for m in ms:
        if m.entity.type == "Organization" and m.source != "demonym":
            seat = _seat(ctx, m)
            if seat is not None and (best is None or best.entity.type == "State"):
                best = seat  # "at U.N. headquarters": where the body sits
            continue
        if m.entity.type not in ("Place", "State") or m.source == "demonym":
            continue
        if _speaks_for_state(ctx, m):
            continue  # "В Кремле объясняли, что ...": the government speaking, not where a meeting was
        if m.i > 1 and _document_act_before(ctx, m.i - 2):
            continue  # "the anniversary of the SADC Treaty, signed in Windhoek in 1992": where the treaty was signed
        if ctx.lex.topic.find(ctx.words, max(ctx.sent_tokens[ctx.sentence_of_token(m.i)][0], m.i - 6), m.i):
            continue  # "обмен мнениями по … ситуацию в секторе Газа, в Сирии": what was talked about, not where
        if m.entity.type == "State":
            city = _capital_named_by_its_state(ctx, m)
            if city is not None:
                best = city  # "в столице Алжира", "in the capital of Rwanda": the capital the catalog knows
                continue
        capital = _capital_of(ctx, m) if m.entity.type == "Place" else None
        if capital is not None:
            k = capital[1] - (1 if capital[1] > 0 and ctx.words[capital[1] - 1] == "the" else 0)
            if k > 0 and _after_locative(ctx, k):
                best = m  # "в столицата на Руанда Кигали", "in the capital of Rwanda, Kigali": the city
                continue
        if m.i > 0 and (_after_locative(ctx, m.i) or ctx.words[m.i - 1] in _VISITED or
                        (ctx.words[m.i - 1] == "to" and m.i > 1 and ctx.words[m.i - 2] in _TRIP)):
            if best is None or (best.entity.type == "State" and m.entity.type == "Place") or \
                    (best.j + 1 == m.i and seat_state(ctx, best) is not None and m.entity.type == "Place"):
                best = m  # ("a visit to Beijing": where the visit took place; "в Госдепартаменте в Вашингтоне": the
                # city a seat of government is told in)
    return best


_NEXT_RE: Final = re.compile(r"(?:\bnext|\bupcoming|\bforthcoming|следващ\w*|предстоящ\w*|следующ\w*|очередн\w* саммит\w* (?:пройдет|состоится))\W+(?:\w+\W+){0,2}$",
                      re.IGNORECASE)


def _next_one(ctx: Context, ev: Event) -> bool:
    """Whether the event is told as a coming one ("the alliance's next summit", "следващата среща на върха")."""
    a, b = ctx.sentences[ev.sentence]
    text = ctx.article.text
    at = text.find(ev.entity.label, a, b)
    if at > a and _NEXT_RE.search(text[max(a, at - 40):at]) is not None:
        return True
    if at < 0 or ev.at is None or ctx.article.date is None or ev.at[:10] <= ctx.article.date[:len(ev.at)]:
        return False  # (only an event dated after the news day is told as one to come)
    lo, _ = ctx.sent_tokens[ev.sentence]
    head = ctx.token_at(at)
    return bool(ctx.lex.hypothetical.find(ctx.words, lo, head))  # "вопрос будет обсуждаться на саммите в июле"


_PARTICIPLE_ENDS: Final = ("нному", "нной", "нного", "нным", "нный", "нная", "нное", "вшему", "вшей", "вшего", "вшим",
                    "вший", "вшая", "proclaimed", "established", "launched", "обявено", "обявена",
                    "създадено", "създадена", "провъзгласено")
_PRESS: Final = {"news", "press", "пресс", "прес", "брифинг"}
_TRIP: Final = {"visit", "visits", "trip", "tour", "journey"}
# "посети Япония", "посетил Пекин", "visited Beijing": the place visited is the verb's object
_VISITED: Final = {"visited", "посети", "посетиха", "посетил", "посетила", "посетили", "посетит", "посетят"}


def title_sentence(ctx: Context) -> int | None:
    """The sentence that holds the article's headline, if it is in the text."""
    title = (ctx.article.title or "").strip()
    at = ctx.article.text.find(title) if title else -1
    if at < 0:
        return None
    return next((k for k, (a, b) in enumerate(ctx.sentences) if a <= at < b), None)


def _merge_event(ctx: Context, s: int, place: Mention | None, at: str | None, heads,
                 told: str | None = None) -> Event | None:
    """The event a sentence tells of: one told before, else a new one. `told` is the day the
    sentence gives when `at` is the first day of several ("завърши днес двудневната среща")."""
    if place is None and at is None and ctx.events:
        return _main_event(ctx)  # "участвовавший в саммите": no place or date of its own
    title = title_sentence(ctx)
    if ctx.events and ctx.events[0].sentence == title and s != title and len(ctx.events) == 1 and \
            at is not None and (ctx.events[0].at in (at, told) or _undated_headline(ctx, ctx.events[0], place, at, s, heads)):
        ev = ctx.events[0]  # the headline's event told again in the lead: one event, the lead's place and date
        if place is not None and (ev.place is None or ev.place.entity.type == "State" or place.entity.type != "State"):
            ev.place = place
        ev.at = at
        return ev
    bare = _bare_head(ctx, s, heads) if place is None and at is not None else None  # (read only where it is used)
    number = _ordinal_before(ctx, heads[0][0]) if heads else None
    kind = _kind(ctx.words[heads[0][0]]) if heads else "meeting"
    for ev in reversed(ctx.events):
        if number is not None and ev.ordinal is not None and number != ev.ordinal:
            continue  # "на Пятом Каспийском саммите" … "Шестого Каспийского саммита": two of a series
        if at is not None and ev.at is None and place is None and _kind(ev.entity.label) == "visit" != kind:
            continue  # "… се събраха на 12 февруари" after "след посещение във Вашингтон": a meeting of its own day
        same_place = place is None or ev.place is None or ev.place.entity.iri == place.entity.iri or \
            ctx.catalog.within(place.entity.iri, ev.place.entity.iri) or ctx.catalog.within(ev.place.entity.iri, place.entity.iri)
        same_time = at is None or ev.at is None or at.startswith(ev.at) or ev.at.startswith(at) or \
            (bare is not None and _stems(ev.entity.label) & {bare} and _days_apart(at, ev.at) <= 7)
        # ("Сессия проходила с 4 по 7 ноября" after "на 92-й сессии в Глазго" of 7 November: that session)
        if same_place and same_time and (place is None or at is None or s - ev.sentence <= 3):
            if place is not None and (ev.place is None or ev.place.entity.type == "State" and place.entity.type == "Place"):
                ev.place = place
            if at and (ev.at is None or len(at) > len(ev.at)):
                ev.at = at
            return ev
    if (place is None and at is None) or (place is None and not heads):
        return None
    if place is None and at and ctx.events and ctx.events[0].place is not None and ctx.events[0].at and \
            _days_apart(at, ctx.events[0].at) <= 2:
        place = ctx.events[0].place  # "on the sidelines of the summit, Putin held talks with Xi": the same city
    lo, hi = ctx.sent_tokens[s]
    if heads:
        label = _event_label(ctx, heads[0][0], hi)
    else:  # "Putin met Xi in Moscow": named by what and where
        label = " ".join(x for x in ("meeting", place and f"in {place.entity.label}", at and f"({at})") if x)
    ent = Entity(iri=_event_iri(ctx.article.doc, len(ctx.events)), label=label, type="Event", in_catalog=False)
    ev = Event(ent, s, at, place, ordinal=number)
    ctx.events.append(ev)
    return ev


_ROMAN_RE: Final = re.compile(r"^[ivxlc]+$")
_NUMBERED_RE: Final = re.compile(r"^(\d+)(?:st|nd|rd|th|-?[а-я]{1,3})?$")


def _ordinal_before(ctx: Context, a: int) -> int | None:
    """The number in a series told within three words before an event noun: "Fifth", "Пятом", "шестата",
    "16th", "12-й", "XVI" (an adjective of place may stand between: "Пятом Каспийском саммите")."""
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    stems = ctx.lex.ordinals
    for k in range(a - 1, max(lo, a - 3) - 1, -1):
        w = ctx.words[k]
        numbered = _NUMBERED_RE.match(w)
        if numbered is not None and k + 1 < len(ctx.words) and ctx.tokens[k].text[:1].isdigit():
            return int(numbered.group(1))
        if _ROMAN_RE.match(w) and ctx.tokens[k].text.isupper():
            return _roman(w)
        number = next((n for stem, n in stems if w.startswith(stem)), None)
        if number is not None:
            return number
    return None


def _roman(w: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for k, ch in enumerate(w):
        v = values[ch]
        total += -v if k + 1 < len(w) and values[w[k + 1]] > v else v
    return total


_JOINERS: Final = {"на", "of", "the", "в", "във", "in", "at", "for", "on", "de", "и", "and", "по", "от", "за", "о",
            "с", "со", "между", "between", "върха", "высшем", "уровне", "-", "–"}


_NO_BRIDGE: Final = _PREPOSITIONS | _DEMONSTRATIVE | {"a", "an", "as", "while", "when", "after", "before", "since", "than", "but", "or",
                                                "his", "her", "its", "their", "our", "my", "used", "made", "paid", "held", "said"}   # words that do not join a name to the event noun




def _event_label(ctx: Context, a: int, hi: int) -> str:
    """The event's name as the text gives it: the head, the names before it that qualify it
    ("47th ASEAN Summit", "саммит ШОС") and the chain of names after it ("заседание на
    Министерския съвет на ОССЕ в Малта"), cut after its last name word."""
    text, toks = ctx.article.text, ctx.tokens
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    by_end, by_start, demonyms = ctx.name_edges()
    start = a
    while start > lo and not _gap(text, toks[start - 1], toks[start]):
        m = by_end.get(start)
        prev = toks[start - 1]
        bridge = next((x for x in (1, 2) if start - x - 1 >= lo and all(toks[y].text.islower() and ctx.words[y] not in
                                                                        _NO_BRIDGE
                                                                        for y in range(start - x, start))
                       and (toks[start - x - 1].is_cap and start - x - 1 > lo or by_end.get(start - x) is not None)
                       and ctx.words[start - x - 1] not in _DEMONSTRATIVE), None)
        if m is None and bridge and ctx.lex.lang == "en" and not any(_gap(text, toks[y - 1], toks[y]) for y in range(start - bridge, start)):
            start -= bridge  # "COP21 climate conference", "NATO foreign ministers' meeting"
            if by_end.get(start) is None:
                start -= 1  # the capitalised word the bridge leads to
            continue
        if m is not None and m.entity.type in ("Organization", "State", "Place"):
            start = m.i
        elif prev.text[:1].isdigit() or (prev.is_cap and start - 1 > lo and ctx.words[start - 1] not in _DEMONSTRATIVE and
                                         (toks[a].is_cap or (ctx.lex.lang != "en" and is_adjective(prev.text, ctx.lex.lang) and
                                                             not any(d in text[toks[start - 2].end:prev.start] for d in "-–—:")))):
            # ("на Пятом Каспийском саммите": capitalised adjectives before a lower-case head name it too; not one
            # capitalised as the first word after a dateline's dash: "(БТА) - Двудневната среща")
            start -= 1  # "47th ASEAN Summit", "World Health Assembly"
        else:
            break
    timed = ctx.time_tokens()
    end, k, loose, locative = a + 1, a + 1, 0, None
    while k < hi and k - a <= 16 and not _gap(text, toks[k - 1], toks[k]) and k not in timed:
        m = by_start.get(k)
        if (m is not None and m.entity.type == "Person") or k in demonyms:
            break  # "meetings in the Malaysian capital": the adjective starts another phrase
        if m is not None and m.entity.type == "Agreement" and ctx.words[k - 1] in AND_WORDS:
            break  # "Декларацията от срещата на върха за … и Босфорското изявление": another document, not the name
        if m is not None:
            if m.entity.type in ("Place", "State") and ctx.words[k - 1] in ctx.lex.locative and locative is None:
                locative = k - 1
            k = end = m.j
            loose = 0
            continue
        w, tok = ctx.words[k], toks[k]
        if w in ctx.lex.locative and locative is None and k + 1 < hi and (toks[k + 1].is_cap or
                                                                        ctx.words[k + 1] == "the"):
            locative = k  # "47th ASEAN Summit at the Kuala Lumpur Convention Centre"
        if tok.is_cap or w in ("върха", "уровне") or (tok.text[:1].isdigit() and
                                                      text[toks[k - 1].end:tok.start] in ("", "-", "‑")):
            k = end = k + 1
            loose = 0
        elif w in _JOINERS or (loose < 2 and k > a and ctx.words[k - 1] in _JOINERS):
            k += 1
            loose += w not in _JOINERS
        elif ctx.lex.lang == "ru" and k == end and loose == 0 and k + 1 < hi and toks[k + 1].is_cap and \
                ctx.lex.collective.match_at(ctx.words, k) is None and ctx.lex.roles.match_at(ctx.words, k) is None and \
                is_adjective(w, "ru"):  # (not a verb: "на саммите в Яунде приняли Кодекс")
            # (not "на саммите главы Азербайджана, Ирана …": the heads who met there)
            k += 1  # "заседание Высшего ..." is caught by the capital; a lower-case genitive adjective before it
            loose += 1
        else:
            break
    named = any(toks[x].is_cap for x in range(start, locative or end) if x != a) and (locative or 0) > a
    if named and locative is not None:
        end = locative  # "Саммит ШОС в Тяньцзине" -> "Саммит ШОС": the place is stated apart
    return text[toks[start].start:toks[end - 1].end]


def _better_label(ctx: Context, ev: Event, a: int, hi: int) -> None:
    label = _event_label(ctx, a, hi)
    if len(label) > len(ev.entity.label) and len(ev.entity.label.split()) < 3:
        ev.entity = Entity(iri=ev.entity.iri, label=label, type="Event", in_catalog=False)


def _undated_headline(ctx: Context, ev: Event, place: Mention | None, at: str, s: int, heads) -> bool:
    """"Премьеры встретились в Варшаве" over "провели во вторник в Варшаве встречу": a headline that
    gives no date of its own took the news day; the lead's date, within the week before, is the event's.
    So too a headline naming the event as the lead does ("О заседании Совета министров …" over "12
    декабря в Стамбуле состоялось заседание Совета министров …")."""
    if ev.at is None or ctx.times_in(ev.sentence) or not (0 <= _days_apart(at, ev.at) <= 7) or at > ev.at:
        return False
    if any(e is ev and k != ev.sentence for k, e in ctx.sentence_event.items()):
        return False  # the lead has told it already ("Накануне, 9 октября, в Душанбе прошел второй саммит": another)
    label = _event_label(ctx, heads[0][0], ctx.sent_tokens[s][1]) if heads else None
    same_venue = place is not None and ev.place is not None and ev.place.entity.iri == place.entity.iri and \
        label is not None and _kind(label) == _kind(ev.entity.label)
    if not ev.entity.label.startswith("meeting ") and not same_venue and \
            not (label is not None and _stems(ev.entity.label) == _stems(label)):
        return False  # (a meeting the headline tells by its verb, by the lead's name, or an event of the lead's
        # kind and venue: "Astana summit" over "the China-Central Asia Summit in the Kazakh capital on Tuesday")
    return place is None or ev.place is None or ev.place.entity.iri == place.entity.iri


def _bare_head(ctx: Context, s: int, heads) -> str | None:
    """The word beginning of an event told by its head noun alone ("Сессия проходила …", "The summit
    opened …"), which may be an event named before; None for a fuller name."""
    if not heads:
        return None
    label = _event_label(ctx, heads[0][0], ctx.sent_tokens[s][1]).lower().split()
    label = [w for w in label if w not in ("the", "this")]
    return label[0][:5] if len(label) == 1 else None


def _stems(label: str) -> set[str]:
    """The word beginnings of an event's name, for names told in two grammatical cases."""
    return {w[:5] for w in label.lower().split()}


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates of day precision (a large number when either is coarser)."""
    days = days_between(a, b)
    return 10**6 if days is None else abs(days)


_CITY_OF: Final = {"city", "town", "capital", "of", "the", "град", "града", "градът", "столица", "столицата", "город", "городе",
            "города", "столице", "столицы"}


def _capital_of(ctx: Context, place: Mention) -> tuple[Mention, int] | None:
    """The state in "в столицата на Руанда Кигали", "в столице Руанды Кигали", "in the capital of
    Rwanda, Kigali", named right before the place after a word for a capital or city, and where that
    word stands."""
    text = ctx.article.text
    state = next((m for m in ctx.mentions_at(max(0, place.i - 4), place.i)
                  if m.j <= place.i and text[m.end:place.start].strip() in ("", ",")), None)
    if state is None or state.entity.type != "State" or state.source == "demonym" or state.i < 1:
        return None
    k = _capital_word_before(ctx, state)
    return (state, k) if k is not None else None


def _capital_word_before(ctx: Context, state: Mention) -> int | None:
    """Where the word for a capital stands right before a state ("столицата на Руанда", "the capital of
    Rwanda", "столице Алжира"; only "на"/"of"/"the" between), or None."""
    k = state.i
    while k > 0 and ctx.words[k - 1] in ("на", "of", "the"):
        k -= 1
    return k - 1 if k > 0 and ctx.words[k - 1] in ctx.lex.words["capital"] else None


def _capital_named_by_its_state(ctx: Context, state: Mention) -> Mention | None:
    """The capital in "в столице Алжира", "в столицата на Руанда", "in the capital of Rwanda" (a locative, a word
    for a capital, the state, and no city's name after it), as the catalog knows it."""
    k = _capital_word_before(ctx, state)
    if k is None or k < 1 or not _after_locative(ctx, k - (ctx.words[k - 1] == "the")):
        return None
    if any(m.i in (state.j, state.j + 1) and m.entity.type == "Place" for m in ctx.mentions_at(state.j, state.j + 2)):
        return None  # "в столицата на Руанда Кигали": the city is named (`_capital_of`)
    capital = ctx.catalog.capital(state.entity.iri)
    return None if capital is None else Mention(state.i, state.j, state.start, state.end, ctx.catalog.entity(capital),
                                                "catalog", state.proper)


def _demonym_places(ctx: Context) -> list[Found]:
    """"в китайском Тяньцзине", "the Russian city of Kazan", "болгарским Русе": a place named
    with the adjective of the state it lies in."""
    out = []
    ms = ctx.mentions
    towns = ctx.lex.words["town_nouns"]
    for x, y in zip(ms, ms[1:]):
        if x.entity.type == "State" and y.entity.type == "Place" and y.i - x.j <= 3 and \
                not re.search(r"[,.;()]", ctx.article.text[x.end:y.start]) and (
                    (x.source == "demonym" and all(w in _CITY_OF or w in towns or
                                                   (is_adjective(w, ctx.lex.lang) and ctx.tokens[k].text.islower())
                                                   for k, w in enumerate(ctx.words[x.j:y.i], x.j))) or
                    (x.source != "demonym" and y.i == x.j + 1 and ctx.words[x.j] == "s")):
            # ("в колумбийском курортном поселке Баия-Малага", "southern Italy's Apulia region")
            out.append(Found(y.entity, "locatedIn", x.entity, ctx.sentence_of_token(y.i), When(), confidence=0.75))
    return out


def places(ctx: Context) -> list[Found]:
    """"Vientiane, Laos": a place followed by the state it lies in; "the Beijing-based
    secretariat": where an organization sits."""
    out = _based(ctx) + _demonym_places(ctx)
    ms = ctx.mentions
    for m in ms:
        if m.entity.type == "Place" and m.source != "demonym":
            capital = _capital_of(ctx, m)
            if capital is not None:  # "в столицата на Руанда Кигали": Kigali lies in Rwanda
                out.append(Found(m.entity, "locatedIn", capital[0].entity, ctx.sentence_of_token(m.i), When(),
                                 confidence=0.75))
            held = ctx.catalog.entities.get(m.entity.iri)
            if m.source == "described" and held is not None and held.capital_of in ctx.catalog.entities:
                out.append(Found(m.entity, "locatedIn", ctx.catalog.entity(held.capital_of), ctx.sentence_of_token(m.i),
                                 When(), confidence=0.75))  # "in the Swiss capital": Bern lies in Switzerland
    for a, b in zip(ms, ms[1:]):
        if a.entity.type == "Place" and b.entity.type == "State" and b.i == a.j and b.source != "demonym":
            gap = ctx.article.text[a.end:b.start]
            if gap.strip() in (",", "(") :
                out.append(Found(a.entity, "locatedIn", b.entity, ctx.sentence_of_token(a.i), When(), confidence=0.8))
        if a.entity.type == "Place" and a.source == "new" and b.entity.type in ("Place", "State") and \
                b.source == "catalog" and b.i == a.j + 1 and ctx.words[a.j] in ("in", "в", "във"):
            out.append(Found(a.entity, "locatedIn", b.entity, ctx.sentence_of_token(a.i), When(), confidence=0.75))
            # ("in Masdar City in Abu Dhabi": the town the catalog lacks lies in the place after it)
    return out


def seats_of_secretariats(ctx: Context, found: list[Found]) -> list[Found]:
    """"the Jakarta-based ASEAN Secretariat", "Секретариатът на СзС се намира в Барселона": a body's
    secretariat sits at its headquarters, so the body the catalog has it belong to is located there too."""
    words = tuple(lexicon("en").words["secretariat"])  # (the catalog's labels, English)
    out = []
    for f in found:
        if f.relation != "locatedIn" or f.subject.type != "Organization":
            continue
        ent = ctx.catalog.entities.get(f.subject.iri)
        if ent is not None and ent.part_of and ent.part_of in ctx.catalog.entities and \
                any(w.startswith(words) for w in f.subject.label.lower().split()):
            out.append(replace(f, subject=ctx.catalog.entity(ent.part_of), confidence=f.confidence - 0.05))
        elif ent is None:
            body = secretariat_of(ctx, f.subject.label)
            if body is not None:  # "Секретариатът на СзС е със седалище в Барселона": a name the catalog lacks
                out.append(replace(f, subject=body, confidence=f.confidence - 0.05))
    return out


def _same_head(ctx: Context, before: list[Mention], k: int) -> Mention | None:
    """The last body named before whose name holds the one capitalised word at k, when that word
    is all the name there is ("the Moscow-based Commission said")."""
    if k + 1 < len(ctx.tokens) and ctx.tokens[k + 1].is_cap and \
            ctx.article.text[ctx.tokens[k].end:ctx.tokens[k + 1].start] == " ":
        return None  # ("the Moscow-based Economic Commission": a longer name)
    head = ctx.tokens[k].key[:5]
    return next((x for x in reversed(before) if f" {head}" in " " + _name_keys(x.entity, ctx.lex.lang).replace("\n", " ")), None)


def _based(ctx: Context) -> list[Found]:
    """"the Moscow-based Commission", "the Shanghai-based lender set up by ...": the organization
    named right after, else the one the sentence (or the one before it) last named."""
    out = []
    text = ctx.article.text
    for m in ctx.mentions:
        if m.entity.type != "Place" or not re.match(r"-based\b", text[m.end:m.end + 6]):
            continue
        s = ctx.sentence_of_token(m.i)
        after = [x for x in ctx.mentions if m.j < x.i <= m.j + 1 and x.entity.type == "Organization"]  # right after "based"
        before = [x for x in ctx.mentions if x.j <= m.i and x.entity.type == "Organization" and
                  ctx.sentence_of_token(x.i) >= s - 1 and x.source != "demonym"]
        if not after and m.j + 1 < len(ctx.tokens) and ctx.tokens[m.j + 1].is_cap:
            earlier = [x for x in ctx.mentions if x.j <= m.i and x.entity.type == "Organization" and x.source != "demonym"]
            named = _same_head(ctx, earlier, m.j + 1)  # "the Moscow-based Commission": the commission named
            if named is not None:                     # before ("the Eurasian Economic Commission")
                out.append(Found(named.entity, "locatedIn", m.entity, s, When(), confidence=0.7))
            continue  # else a name the catalog lacks, not the last body named
        org = after[0] if after and after[0].source != "anaphor" else (before[-1] if before else None)
        if after and after[0].source == "anaphor":
            org = after[0]
        elif not after and m.j + 1 < len(ctx.tokens):
            earlier = [x for x in ctx.mentions if x.j <= m.i and x.entity.type == "Organization" and x.source != "demonym"]
            org = _same_head(ctx, earlier, m.j + 1) or org  # "the Geneva-based association": the association
        if org is not None:
            out.append(Found(org.entity, "locatedIn", m.entity, s, When(), confidence=0.75))
    return out

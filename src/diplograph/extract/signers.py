"""Acts done at an event: who signs at it or chairs it took part in it ("The agreement was signed at a ceremony
in Rio. Swiss Economy Minister Guy Parmelin ... signed for EFTA."), and what a body adopts at its
meeting the meeting adopted ("Комитет министров на внеочередном заседании принял резолюцию"). A
signing or an adoption on another day (or years before) is not the event's.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..dates import days_between
from ..models import When
from .common import Found
from .context import Context, Event
from .agents import _inner
from .documents import document_entity
from .mentions import Mention

_NEAR: Final = 3  # sentences after the event's own: further on, the article has moved on


def signers_attend(ctx: Context, found: list[Found]) -> list[Found]:
    """participatedIn claims for the people who signed at the event their sentence speaks of, and for the states
    that signed at the event told in the same sentence."""
    if not ctx.events:
        return []
    have = {(f.subject.iri, f.object.iri) for f in found if f.relation == "participatedIn"}
    out: list[Found] = []
    for f in found:
        if f.relation != "signed" or f.modality != "asserted" or f.subject.type not in ("Person", "State"):
            continue
        ev = ctx.event_for(f.sentence)
        if f.subject.type == "State" and (ev is None or ctx.sentence_event.get(f.sentence) is not ev):
            continue  # (a state signs at the event its own sentence tells of: "в Истанбул ръководителите на
            # единадесет държави – … – подписаха Декларацията от срещата на върха …")
        at = f.when.at or ""
        if ev is None or not _same_day(at, ev.at) or \
                f.sentence - max(k for k, e in ctx.sentence_event.items() if k <= f.sentence and e is ev) > _NEAR:
            ev = _signing_told_after(ctx, f.sentence, at)  # signed on a day of its own: not at this event
        if ev is None or (f.subject.iri, ev.entity.iri) in have:
            continue
        have.add((f.subject.iri, ev.entity.iri))
        out.append(Found(f.subject, "participatedIn", ev.entity, f.sentence, When(),
                         confidence=f.confidence - 0.1, reported_by=f.reported_by))
    return out


def _same_day(at: str, day: str | None) -> bool:
    return bool(at and day) and (at.startswith(day or "") or (day or "").startswith(at))


def _signing_told_after(ctx: Context, s: int, at: str) -> Event | None:
    """The event the next sentence or the one after places the signing at: "Путин и Лукашенко подписаха
    днес в Минск Договора ... Документът беше подписан по време на заседание на Висшия държавен съвет",
    on the signing's day (a sentence that names a signing and an event of another day tells of another)."""
    for k in (s + 1, s + 2):
        ev = ctx.sentence_event.get(k)
        if ev is None or k >= len(ctx.sent_tokens):
            continue
        lo, hi = ctx.sent_tokens[k]
        if _same_day(at, ev.at) and any(c.value == "sign" for _, _, c in ctx.lex.triggers.find(ctx.words, lo, hi)):
            return ev
    return None


def chairs_attend(ctx: Context, found: list[Found]) -> list[Found]:
    """participatedIn claims for the people who chaired an event: "opened on Sunday under the
    chairmanship of Prime Minister Andrew Holness", "Сопредседателями встречи выступили …"."""
    have = {(f.subject.iri, f.object.iri) for f in found if f.relation == "participatedIn"}
    out: list[Found] = []
    for f in found:
        if f.relation != "chairOf" or f.modality != "asserted" or f.subject.type != "Person" or \
                f.object.type != "Event" or (f.subject.iri, f.object.iri) in have:
            continue
        have.add((f.subject.iri, f.object.iri))
        out.append(Found(f.subject, "participatedIn", f.object, f.sentence, When(), confidence=f.confidence - 0.1,
                         reported_by=f.reported_by))
    return out


def on_event_day(at: str | None, day: str | None) -> bool:
    """Whether an act dated `at` falls on an event's day (`day`), one told less precisely, or up to
    three days after it (a meeting of several days is dated by its first: "приеха днес … в края на
    двудневната среща")."""
    at, day = at or "", day or ""
    return _same_day(at, day) or (bool(at and day) and 0 < (days_between(day, at) or 0) <= 3)


def adopted_at_event(ctx: Context, found: list[Found]) -> list[Found]:
    """adopted claims for the event a sentence tells of, when a body adopts there on its day, or its leaders sign a
    document there ("Leaders and envoys of the ACTO signed the Belem Declaration at the end of the first day of a
    two-day summit": the summit adopted it)."""
    out: list[Found] = []
    have = {(f.subject.iri, f.object.iri) for f in found if f.relation == "adopted"}
    for f in found:
        if f.modality != "asserted" or f.subject.type != "Organization":
            continue
        if f.relation == "signed" and f.object.type == "Agreement" and _leaders_of(ctx, f):
            pass  # (the body's leaders signed: the event adopted it, as a body adopting there does)
        elif f.relation != "adopted":
            continue
        ev = ctx.sentence_event.get(f.sentence)
        if ev is None or (ev.entity.iri, f.object.iri) in have:
            continue
        if not on_event_day(f.when.at, ev.at):
            continue
        have.add((ev.entity.iri, f.object.iri))
        out.append(Found(ev.entity, "adopted", f.object, f.sentence, f.when, confidence=f.confidence - 0.1,
                         reported_by=f.reported_by))
    return out


def _leaders_of(ctx: Context, f: Found) -> bool:
    """Whether the body of a claim is named, in its sentence, right after a collective noun and "of" ("Leaders and
    envoys of the Amazon Cooperation Treaty Organization signed …")."""
    lo = ctx.sent_tokens[f.sentence][0]
    body = next((m for m in ctx.mentions_in(f.sentence) if m.entity.iri == f.subject.iri), None)
    if body is None or body.i < lo + 2 or (ctx.words[body.i - 1] not in ("of", "на", "the") and ctx.lex.lang != "ru"):
        return False
    return bool(ctx.lex.collective.find(ctx.words, max(lo, body.i - 5), body.i))


def event_documents(ctx: Context, found: list[Found]) -> list[Found]:
    """adopted claims for a document named as an event's own: "The summit's final communique called on …",
    "Итоговое коммюнике саммита призвало …", "окончателната декларация от срещата": the event the sentence speaks
    of adopted it."""
    have = {(f.subject.iri, f.object.iri) for f in found if f.relation == "adopted"}
    words, text = ctx.words, ctx.article.text
    out: list[Found] = []
    for s, (lo, hi) in enumerate(ctx.sent_tokens):
        ev = ctx.event_for(s)
        if ev is None:
            continue
        for k, e, _ in ctx.lex.documents.find(words, lo, hi):
            if not _of_the_event(ctx, k, e, lo, hi):
                continue
            start = k - 1 if k > lo and words[k - 1] in ctx.lex.words["own_documents"] else k
            told = next((m for m in ctx.mentions_in(s) if m.i <= k < m.j and m.entity.type == "Agreement" and m.proper
                         and m.source != "generic"), None)  # (a name read there; else named from its kind)
            entity = told.entity if told is not None else document_entity(
                ctx.article.doc, text[ctx.tokens[start].start:ctx.tokens[e - 1].end], ())
            if (ev.entity.iri, entity.iri) in have:
                continue
            have.add((ev.entity.iri, entity.iri))
            out.append(Found(ev.entity, "adopted", entity, s, When(at=ev.at), confidence=0.65))
    return out


def _of_the_event(ctx: Context, k: int, e: int, lo: int, hi: int) -> bool:
    """Whether the document noun at tokens k..e belongs to an event noun: "the summit's final communique" (before it,
    with "'s"), "коммюнике саммита", "декларацията от срещата", "the final declaration of the summit" (after it)."""
    words, heads = ctx.words, ctx.lex.event_heads
    own = k > lo and words[k - 1] in ctx.lex.words["own_documents"]
    x = k - 1 if own else k
    if x - 2 >= lo and words[x - 1] == "s" and heads.match_at(words, x - 2) is not None:
        return True  # "the summit's final communique"
    if not own:
        return False  # (only a final document is the event's own: not "в рамките на срещата")
    y = e
    while y < min(hi, e + 3) and words[y] in _OF_EVENT:
        y += 1
    return y < hi and (y > e or ctx.lex.lang == "ru") and heads.match_at(words, y) is not None


_OF_EVENT: Final = {"of", "from", "the", "на", "от"}


def original_parties(ctx: Context, found: list[Found]) -> list[Found]:
    """States that "became its parties" with no date of their own, right after a sentence telling the treaty was
    signed on a day ("14 мая 1955 года в Варшаве руководители восьми государств подписали Договор … Его участниками
    стали Албания, Болгария …"), signed it that day: they are its first parties, no accession."""
    out: list[Found] = []
    for f in found:
        s = f.sentence
        if f.relation not in ("accededTo", "partyTo") or f.object.type != "Agreement" or s == 0 or ctx.times_in(s) or \
                any(w.startswith(_JOINED_LATER) for w in ctx.words[slice(*ctx.sent_tokens[s])]):
            out.append(f)  # ("Позднее к ним присоединились Марокко и Судан": joined later, acceded)
            continue
        lo, hi = ctx.sent_tokens[s - 1]
        told = any(m.entity.iri == f.object.iri for m in ctx.mentions_in(s - 1))
        signing = any(c.value == "sign" for _, _, c in ctx.lex.triggers.find(ctx.words, lo, hi))
        day = next((t.at for t in ctx.times_in(s - 1) if t.at and len(t.at) >= 7), None)
        if not (told and signing and day):
            out.append(f)
        elif f.relation == "partyTo":
            out.append(replace(f, when=When(start=day)))  # a party from that day
        else:
            out.append(replace(f, relation="signed", when=When(at=day)))
    return out


# words that tell joining later, an accession: "присоединились", "joined", "позднее", "later"
_JOINED_LATER: Final = ("присоедин", "присъедин", "join", "acced", "вступ", "встъп", "позднее", "позже", "later",
                        "по-късно", "впоследствии", "впоследствие", "subsequently")


def _founded_by_signing(ctx: Context, s: int, doc: Mention) -> Mention | None:
    """The body a sentence tells was founded (its name, a few words, then a verb of founding) before the document
    signed in it, or right after it by a participle: "The OECS was created …, when seven governments signed the
    Treaty of Basseterre", "подписали … Хартию Липтако-Гурма, учредив Альянс государств Сахеля (АГС)"."""
    lo, hi = ctx.sent_tokens[s]
    for a, b, cue in ctx.lex.triggers.find(ctx.words, lo, hi):
        if cue.value != "found":
            continue
        if a < doc.i:
            body = next((m for m in reversed(ctx.mentions_in(s)) if m.j <= a and a - m.j <= _FOUNDED_NEAR and
                         m.entity.type == "Organization"), None)
            if body is not None and not any(m.entity.type == "Organization" for m in ctx.mentions_in(s) if body.j <= m.i < a):
                return body
        elif doc.j <= a <= doc.j + 1 or (a <= doc.j + 3 and all(w in ctx.lex.words["by_which"] for w in ctx.words[doc.j:a])):
            # ("подписаха Пакта за балканско съгласие, с който създадоха Балканската антанта": by which they founded it)
            # "подписали … Хартию Липтако-Гурма, учредив Альянс государств Сахеля": the
            body = next((m for m in ctx.mentions_in(s) if b <= m.i <= b + 1), None)  # body founded by the signing
            if body is not None and body.entity.type == "Organization":
                return body
    return None


_FOUNDED_NEAR: Final = 3  # tokens between a body and its verb of founding ("was officially created")


def charter_founders(ctx: Context, found: list[Found]) -> list[Found]:
    """States that sign a body's founding document are its members from that day: "лидерите на Бангладеш, Бутан,
    Индия … подписаха в Дака Хартата на Южноазиатската асоциация за регионално сътрудничество", "signed the Treaty
    establishing the East African Community" (a charter, statute or treaty of setting up, naming the body)."""
    have = {(f.subject.iri, f.object.iri) for f in found if f.relation == "memberOf"}
    founding = tuple(ctx.lex.words["founding_documents"])
    out: list[Found] = []
    for f in found:
        if f.relation != "signed" or f.modality != "asserted" or f.subject.type != "State" or f.object.type != "Agreement":
            continue
        doc = next((m for m in ctx.mentions_in(f.sentence) if m.entity.iri == f.object.iri), None)
        if doc is None:
            continue
        label = f.object.label.lower()
        if not label.startswith(founding) and not ctx.lex.creation.find(ctx.words, doc.i, doc.j):
            body = _founded_by_signing(ctx, f.sentence, doc)  # "The OECS was created on June 18, 1981, when seven
            # governments signed the Treaty of Basseterre": the body the sentence says the signing founded
        else:
            body = next((m for m in _inner(ctx, doc) if m.entity.type == "Organization"), None) or \
                _founded_by_signing(ctx, f.sentence, doc)
        if body is None or (f.subject.iri, body.entity.iri) in have:
            continue
        have.add((f.subject.iri, body.entity.iri))
        start = f.when.at or f.when.start
        out.append(Found(f.subject, "memberOf", body.entity, f.sentence, When(start=start), confidence=f.confidence - 0.1,
                         reported_by=f.reported_by))
    return out

"""The rule-based extractor: catalog-linked mentions, cue words and argument types.

For each sentence it finds relation cues (lexicon/triggers.toml), picks the subject and
object among the sentence's mentions by the relation's domain and range and by word
order, expands coordinated lists, reads negation, hedging and reported speech before
the cue, and attaches the nearest time expression (explicit or implied).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..catalog import Catalog, load_catalog
from ..dates import TimeExpr, find_times, month_names
from ..models import Article, Claim, Entity, Evidence, Extraction, Mention as OutMention, When
from ..namespaces import DGI
from ..text import sentences, tokenize
from .context import Context, Event
from .lexicon import lexicon, words_of
from .mentions import (Mention, abbreviation_definitions, anaphor_mentions, catalog_mentions, head_mentions,
                       new_entity, resolve_overlaps)

ACTOR = {"State", "Organization"}
POINT_RELATIONS = {"accededTo", "signed", "ratified", "adopted", "withdrewFrom", "appliedFor", "proposed", "chairOf", "locatedIn"}
START_RELATIONS = {"memberOf", "observerOf", "dialoguePartnerOf", "partnerOf"}
_COORD = {"and", "и", "или", "or", "as", "well", "както", "също", "а", "также", "&", "along", "заедно", "наряду"}
_BY = {"by", "от", "со", "стороны", "страна"}


@dataclass
class Found:
    subject: Entity
    relation: str
    object: Entity
    sentence: int
    when: When
    role: str | None = None
    confidence: float = 0.7
    modality: str = "asserted"
    reported_by: Entity | None = None


class RulesExtractor:
    """Extract claims with hand-written, language-aware rules over catalog-linked mentions."""

    name = "rules"

    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()

    def extract(self, article: Article) -> Extraction:
        ctx = self.context(article)
        found: list[Found] = []
        found += officials(ctx)
        found += events(ctx)
        found += places(ctx)
        found += relations(ctx)
        claims = to_claims(ctx, found)
        return Extraction(article=article, claims=claims, mentions=out_mentions(ctx, claims))

    def context(self, article: Article) -> Context:
        text, lang = article.text, article.lang
        lex = lexicon(lang)
        tokens = tokenize(text, lang)
        spans = sentences(text)
        sent_tokens, k = [], 0
        for a, b in spans:
            while k < len(tokens) and tokens[k].start < a:
                k += 1
            lo = k
            while k < len(tokens) and tokens[k].end <= b:
                k += 1
            sent_tokens.append((lo, k))
        ctx = Context(article, self.catalog, lex, tokens, words_of(tokens), spans, sent_tokens)
        first = {lo for lo, _ in sent_tokens}
        found = _place_named_documents(text, tokens, catalog_mentions(text, tokens, self.catalog, lang), lex)
        covered = {k for m in found for k in range(m.i, m.j) if m.source != "demonym"}
        found += head_mentions(text, tokens, covered, lex, first)
        found = resolve_overlaps(found)
        found += abbreviation_definitions(text, found, tokens)
        found = resolve_overlaps(found)
        found += anaphor_mentions(tokens, found, lex)
        ctx.mentions = resolve_overlaps(found)
        ctx.times = find_times(text, lang, article.date)
        return ctx


def _place_named_documents(text: str, tokens, found: list[Mention], lex) -> list[Mention]:
    """"Astana Declaration", "Tianjin Declaration", "Minsk Agreements": a place the catalog knows
    naming a document the catalog lacks; the document, not the place, is meant."""
    out = []
    words = words_of(tokens)
    for m in found:
        h = m.j
        if m.entity.type == "Place" and m.source == "catalog" and h < len(tokens) and tokens[h].is_cap and \
                not _gap(text, tokens[h - 1], tokens[h]):
            cue = lex.heads.match_at(words, h)
            if cue is not None and cue.value in ("Agreement", "Initiative"):
                name = text[tokens[m.i].start:tokens[h].end]
                out.append(Mention(m.i, h + 1, m.start, tokens[h].end, new_entity(name, cue.value, lex.lang), "new"))
                continue
        out.append(m)
    return out


# --- officials -------------------------------------------------------------------

def officials(ctx: Context) -> list[Found]:
    """officialOf from role phrases next to a person ("външния министър Сергей Лавров")."""
    out: list[Found] = []
    by_start = {m.i: m for m in ctx.mentions}
    added: list[Mention] = []
    timed, time_at = {}, {}
    for t in ctx.times:
        i = ctx.token_at(t.start)
        timed[i] = max(ctx.token_at(max(t.start, t.end - 1)) + 1, i + 1)
        time_at[i] = t
    for s, (lo, hi) in enumerate(ctx.sent_tokens):
        for a, b, cue in ctx.lex.roles.find(ctx.words, lo, hi):
            office: Entity | None = None
            inner = [m for m in ctx.mentions if a <= m.i and m.j <= b and m.entity.type in ACTOR and m.source != "demonym"]
            if inner:
                office = inner[-1].entity  # "председателя на Европейската комисия": the body is in the role's name
            for d in (1, 2, 3) if office is None else ():
                demonym = by_start.get(a - d)
                if demonym and demonym.i >= lo and demonym.entity.type in ACTOR and \
                        (demonym.j == a or (demonym.j == a - 1 and ctx.words[a - 1] in ("s", "му", "си"))):
                    office = demonym.entity  # "руският президент", "Denmark's Permanent Representative"
                    break
            k, person, tenure_time = b, None, None
            while k < hi and k - b <= (12 if office is not None or k > b + 2 else 6):
                if k in timed:
                    tenure_time = time_at[k]
                    k = timed[k]  # "Временный премьер Мали с 1991 по 1992 годы Сумана Сакко"
                    continue
                m = by_start.get(k)
                if m is not None:
                    if m.entity.type == "Person":
                        person = m
                        break
                    if m.entity.type in ACTOR and office is None:
                        office = m.entity
                    k = m.j
                    continue
                tok = ctx.tokens[k]
                if ctx.words[k].rstrip(".") in _TITLES or (len(tok.text) == 1 and tok.is_cap and
                                                           ctx.article.text[tok.end:tok.end + 1] == "."):
                    k += 1  # "Dr Tedros Adhanom Ghebreyesus", "принц Абдулазиз"
                    continue
                if office is None and k == b + (ctx.words[b] in ("на", "of", "the")):
                    body = _unknown_body(ctx, k, hi, by_start)
                    if body is not None:
                        office, k = body.entity, body.j  # "глава ФТС", "гендиректор «Газпрома»"
                        continue
                if tok.is_cap and not tok.is_upper:
                    if ctx.lex.heads.match_at(ctx.words, k) is not None or \
                            (k + 1 < hi and ctx.words[k + 1] in ("of", "на")):
                        k += 1  # "Chairman of the Board of the ... Commission X": a body's name, not a person
                        continue
                    person = _new_person(ctx, k, hi, by_start)
                    early = _appositive_person(ctx, a, by_start)
                    if early is not None and early.source != "new":
                        person = None  # "Simon Stiell, executive secretary of UN Climate Change": the person is before
                    if person:
                        added.append(person)
                    break
                if ctx.words[k] in ("на", "of", "the", "и", "and") or tok.is_upper or \
                        (tok.text.islower() and ctx.article.text[ctx.tokens[k - 1].end:tok.start].strip() in ("", "-")):
                    k += 1
                    continue
                break
            appositive = False
            if person is None:
                person = _appositive_person(ctx, a, by_start)
                appositive = person is not None
                if person is not None and person.source == "new":
                    added.append(person)
            if person is None:
                continue
            role = cue.value
            if role == "counterpart":  # "беларуският му колега Александър Лукашенко"
                tenure = _tenure(ctx, person.entity, office)
                if office is None or tenure is None:
                    continue
                role = tenure.role
            if appositive and office is None:
                inside = [m for m in by_start.values() if person.j <= m.i and m.j <= a and m.entity.type in ACTOR]
                office = inside[-1].entity if inside else _office_after(ctx, b, hi, by_start)
            if role in ("minister", "chairman", "head") and office is None:
                continue
            if office is None:
                office = _office_from_catalog(ctx, person.entity, role)
            if office is None and role not in ("minister", "chairman", "head"):
                office = _office_nearby(ctx, lo, a, by_start)
            if office is None:
                continue
            when = When(start=tenure_time.span[0], end=tenure_time.span[1]) if tenure_time and tenure_time.span else When()
            out.append(Found(person.entity, "officialOf", office, s, when, role=role, confidence=0.85))
    if added:
        ctx.mentions = resolve_overlaps(ctx.mentions + added)
    return out + _possessive_officials(ctx)


def _unknown_body(ctx: Context, k: int, hi: int, by_start: dict[int, Mention]) -> Mention | None:
    """An organization the catalog lacks, right after a role: an abbreviation ("ФТС", "ODS") or a
    quoted name ("«Газпрома»", "\"Роскомнадзора\"")."""
    text, toks = ctx.article.text, ctx.tokens
    tok = toks[k]
    if tok.is_upper and 2 <= len(tok.text) <= 7 and tok.text.isalpha() and k not in by_start:
        return Mention(k, k + 1, tok.start, tok.end, new_entity(tok.text, "Organization", ctx.lex.lang), "new")
    before = text[toks[k - 1].end:tok.start] if k > 0 else ""
    if any(q in before for q in "«\"“„") and tok.is_cap:
        j = k
        while j < hi and j - k < 5 and not any(q in text[toks[j].end:toks[j].end + 1] for q in "»\"”“"):
            j += 1
        if j < hi and j - k < 5:
            name = text[tok.start:toks[j].end]
            return Mention(k, j + 1, tok.start, toks[j].end, new_entity(name, "Organization", ctx.lex.lang), "new")
    return None


def _tenure(ctx: Context, person: Entity, office: Entity | None):
    ent = ctx.catalog.entities.get(person.iri)
    if ent is None or office is None:
        return None
    return next((t for t in reversed(ent.tenures) if t.office_of == office.iri), None)


def _possessive_officials(ctx: Context) -> list[Found]:
    """"Brazil's Luiz Inacio Lula da Silva", "Argentina's Javier Milei": a state's own leader,
    when the catalog knows the person held an office of that state."""
    out = []
    ms = ctx.mentions
    text = ctx.article.text
    for x, y in zip(ms, ms[1:]):
        gap = text[x.end:y.start]
        if x.entity.type == "State" and y.entity.type == "Person" and gap[:3] in ("'s ", "’s ") and \
                all(w[:1].isupper() for w in gap[3:].split()) and len(gap[3:].split()) <= 2:
            tenure = _tenure(ctx, y.entity, x.entity)
            if tenure is not None:
                out.append(Found(y.entity, "officialOf", x.entity, ctx.sentence_of_token(y.i), When(),
                                 role=tenure.role, confidence=0.8))
    return out


_FORMER = {"former", "the", "a", "an", "new", "бивш", "бившия", "бившият", "бивша", "бившата", "бывший", "бывшего", "экс",
           "нов", "новия", "новият", "новый", "нового"}


def _appositive_person(ctx: Context, a: int, by_start: dict[int, Mention]) -> Mention | None:
    """"Mark Rutte, former prime minister of the Netherlands": the person before the role."""
    k = a
    text = ctx.article.text
    ends = {m.j: m for m in by_start.values()}
    while k > 0 and a - k < 7 and text[ctx.tokens[k - 1].end:ctx.tokens[k].start].strip() != ",":
        m = ends.get(k)
        w = ctx.words[k - 1]
        if w in _AS and k > 1:
            person = _person_before_as(ctx, k - 1, ends)
            if person is not None:
                return person  # "appointed Feridun Sinirlioğlu of Türkiye as the new OSCE Secretary General"
        if m is not None and m.entity.type in ACTOR and m.source != "demonym" and m.i < k:
            k = m.i  # "as the new OSCE Secretary General": the body before the role
        elif m is None and w == "s" and ends.get(k - 1) is not None and ends[k - 1].entity.type in ACTOR:
            k = ends[k - 1].i  # "Wopke Hoekstra, the European Union's climate commissioner"
        elif w in _FORMER or (ctx.tokens[k - 1].text.islower() and a - k < 2 and w != "s"):
            k -= 1
        else:
            return None
    if k == 0 or text[ctx.tokens[k - 1].end:ctx.tokens[k].start].strip() != ",":
        return None
    for m in by_start.values():
        if m.j == k and m.entity.type == "Person":
            return m
    if k - 1 in {x for m in by_start.values() for x in range(m.i, m.j)}:
        return None
    lo = ctx.sent_tokens[ctx.sentence_of_token(k - 1)][0]
    first = k
    while first > lo and k - first < 3 and ctx.tokens[first - 1].is_cap and not ctx.tokens[first - 1].is_upper:
        first -= 1
    if k - first >= 2 and (first == lo or text[ctx.tokens[first - 1].end:ctx.tokens[first].start].strip() or
                           ctx.tokens[first - 1].text.islower()):
        person = _new_person(ctx, first, k, by_start)  # "Wopke Hoekstra, the European Union's climate commissioner"
        if person is not None and person.j == k:
            return person
    return None


_AS = {"as", "за", "като"}


def _person_before_as(ctx: Context, k: int, ends: dict[int, Mention]) -> Mention | None:
    """The person right before "as"/"за" (token k), skipping an "of <State>" that says where he is from."""
    m = ends.get(k)
    if m is not None and m.entity.type == "State" and m.i >= 2 and ctx.words[m.i - 1] in ("of", "от"):
        m = ends.get(m.i - 1)
    return m if m is not None and m.entity.type == "Person" else None


def _office_after(ctx: Context, b: int, hi: int, by_start: dict[int, Mention]) -> Entity | None:
    k = b
    while k < hi and k - b <= 3:
        m = by_start.get(k)
        if m is not None and m.entity.type in ACTOR:
            return m.entity
        if ctx.words[k] not in ("на", "of", "the"):
            return None
        k += 1
    return None


def _office_nearby(ctx: Context, lo: int, a: int, by_start: dict[int, Mention]) -> Entity | None:
    """The state the sentence is about, just before the role ("Латвия ... беше представена от министъра")."""
    cands = [m for m in by_start.values() if lo <= m.i and m.j <= a and a - m.j <= 16 and m.entity.type == "State"
             and m.source != "demonym"]
    return cands[-1].entity if cands else None


def _new_person(ctx: Context, k: int, hi: int, by_start: dict[int, Mention]) -> Mention | None:
    if ctx.lex.roles.match_at(ctx.words, k) is not None or ctx.lex.heads.match_at(ctx.words, k) is not None or \
            ctx.words[k] in month_names() or ctx.lex.event_heads.match_at(ctx.words, k) is not None:
        return None  # "Deputy Prime Minister", "Office", "Chairpersonship" are not people
    j = k
    while j < hi and j - k < 4 and j not in by_start and (j == k or ctx.lex.roles.match_at(ctx.words, j) is None) and (
            (ctx.tokens[j].is_cap and not ctx.tokens[j].is_upper) or
            (j > k and ctx.words[j] in _NAME_PARTICLES and j + 1 < hi and ctx.tokens[j + 1].is_cap)):
        if j > k and ctx.article.text[ctx.tokens[j - 1].end:ctx.tokens[j].start] not in (" ", "\u00a0", "-"):
            break
        j += 1
    if j - k < 2 and not (ctx.lex.lang == "en" and j - k == 1):
        return None if j - k < 1 else (None if ctx.lex.lang != "ru" else _single(ctx, k))
    name = ctx.article.text[ctx.tokens[k].start:ctx.tokens[j - 1].end]
    return Mention(k, j, ctx.tokens[k].start, ctx.tokens[j - 1].end, new_entity(name, "Person", ctx.lex.lang), "new")


_TITLES = {"dr", "prof", "mr", "mrs", "ms", "sir", "dame", "prince", "princess", "sheikh", "д-р", "доктор", "проф",
           "г-н", "г-жа", "господин", "госпожа", "принц", "принцеса", "принцесса", "шейх", "господин", "г"}
_NAME_PARTICLES = {"ал", "al", "el", "ел", "бин", "bin", "ибн", "ibn", "фон", "von", "дер", "der", "van", "ван", "де",
                   "de", "da", "да", "дос", "dos", "ла", "la", "ле", "le", "ди", "di", "аль", "бен", "ben"}


def _single(ctx: Context, k: int) -> Mention | None:
    return None


def _office_from_catalog(ctx: Context, person: Entity, role: str) -> Entity | None:
    ent = ctx.catalog.get(person.iri)
    if ent is None or not ent.tenures:
        return None
    fitting = [t for t in ent.tenures if t.role == role] or ent.tenures
    iri = fitting[-1].office_of
    return ctx.catalog.entity(iri) if iri in ctx.catalog.entities else None


# --- events ----------------------------------------------------------------------

def _event_iri(doc: str, n: int) -> str:
    return f"{DGI}event/{hashlib.sha1(doc.encode()).hexdigest()[:10]}-{n}"


def events(ctx: Context) -> list[Found]:
    """Meetings, summits and visits: where and when, and who took part."""
    lex = ctx.lex
    for s, (lo, hi) in enumerate(ctx.sent_tokens):
        heads = [h for h in lex.event_heads.find(ctx.words, lo, hi) if not _verb_form(ctx, h[0])]
        verbs = lex.event_verbs.find(ctx.words, lo, hi)
        if not heads and not verbs:
            continue
        ms = ctx.mentions_in(s)
        cue_at = [x for x, _, _ in heads + verbs]
        near = [m for m in ms if any(abs(m.i - x) <= 8 or 0 < m.i - x <= 14 for x in cue_at)]
        lead = not ctx.events or (len(ctx.events) == 1 and ctx.events[0].sentence == _title_sentence(ctx))
        anaphoric = bool(heads) and bool(ctx.events) and _anaphoric(ctx, heads[0][0])
        if anaphoric:  # "В срещата участва Лавров - … войната в Украйна през 2022 г.": only the head's own words
            near = [m for m in ms if abs(m.i - heads[0][0]) <= 5]
        place = _locative_place(ctx, near)
        if place is None and lead and s <= 4 and heads and not anaphoric:
            place = _locative_place(ctx, [m for m in ms if m.i > heads[0][0]])  # a long name between noun and place
        if place is None or place.entity.type == "State":
            dateline = _dateline_place(ctx) if lead and s <= 4 else None
            # the lead's dateline city, else a venue the catalog lacks ("в Бюргеншток", "at Ta' Qali")
            place = dateline or _new_venue(ctx, s, cue_at) or place
        at = _event_date(ctx, s, cue_at)
        if anaphoric and at is not None and not any(abs(ctx.token_at(t.start) - heads[0][0]) <= 6 for t in ctx.times_in(s)):
            at = None
        main = _main_event(ctx) if ctx.events else None
        same_days = at is not None and main is not None and main.at is not None and _days_apart(at, main.at) <= 2 \
            and len(heads) == 1 and not verbs
        if heads and main and (_part_of_event(ctx, heads[0][0]) or
                               (_anaphoric(ctx, heads[0][0]) and place is None and (at is None or same_days))):
            ev = main  # "the meeting", "срещата", "в първия ден на срещата, в събота": the event already told about
            if same_days and at < ev.at:
                ev.at = at  # a meeting of several days is dated by its first
            _better_label(ctx, ev, heads[0][0], hi)
        else:
            lead = not ctx.events or (len(ctx.events) == 1 and ctx.events[0].sentence == _title_sentence(ctx))
            if place is None and s <= 4 and lead:
                place = _dateline_place(ctx)
            if at is None and not ctx.events and s <= 4:
                at = ctx.article.date  # the lead's event, told without a date: the news day
            ev = _merge_event(ctx, s, place, at, heads)
            if ev is None:
                continue
        ctx.sentence_event[s] = ev
        if heads and not verbs and not lex.participate.find(ctx.words, lo, hi) and ev.sentence != s:
            continue  # the event is only named here ("at the summit, X said"): handled below
        states = bool(verbs) or bool(lex.participate.find(ctx.words, lo, hi))
        _add_participants(ctx, ev, s, ms, place, states=states)
    for s, (lo, hi) in enumerate(ctx.sent_tokens):  # "The meeting was attended by ...", "В Казан присъстваха ..."
        if s in ctx.sentence_event and ctx.sentence_event[s].sentence == s:
            continue
        found = lex.participate.find(ctx.words, lo, hi)
        if found and all(lex.negation.find(ctx.words, max(lo, x - 2), x) for x, _, _ in found):
            continue  # "никой американски представител няма да участва"
        cue = bool(found)
        if cue or _speaking_at(ctx, s):
            ev = _event_here(ctx, s)
            if ev is not None:
                _add_participants(ctx, ev, s, ctx.mentions_in(s), ev.place, states=cue)
                for x, _, _ in found:  # "Африканский союз участвовал во встрече": a body takes part too
                    orgs = [m for m in ctx.mentions_in(s) if m.entity.type == "Organization" and m.j <= x and x - m.j <= 1
                            and m.source != "demonym"]
                    if orgs:
                        ev.participants.setdefault(orgs[-1].entity.iri, (orgs[-1].entity, s))
    out: list[Found] = []
    for ev in ctx.events:
        if ev.place is not None:
            out.append(Found(ev.entity, "locatedIn", ev.place.entity, ev.sentence, When(at=ev.at), confidence=0.75))
        elif len(words_of(tokenize(ev.entity.label, ctx.lex.lang))) < 3:
            continue  # neither a place nor a telling name: too vague to keep
        for ent, s in ev.participants.values():
            conf = 0.8 if ent.type == "Person" else 0.6
            out.append(Found(ent, "participatedIn", ev.entity, s, When(), confidence=conf))
    return out


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
    if ctx.events and ctx.events[0].sentence <= 4:
        return ctx.events[0]
    return ctx.event_for(s)


_PARTS = ("closing", "opening", "plenary", "final", "first", "second", "заключителн", "откриващ", "пленарн",
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
    for m in ms:
        if m.entity.type not in ("Person", "State") or m.source == "demonym":
            continue
        if m.entity.type == "State" and not states:
            continue
        if place is not None and (m.entity.iri == place.entity.iri or ctx.catalog.within(place.entity.iri, m.entity.iri)):
            continue
        if negated and any(abs(m.i - a) <= 4 for a, _, _ in negated):
            continue  # "did not travel to", "не пътува до"
        ev.participants.setdefault(m.entity.iri, (m.entity, s))


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
    return None


_DEMONSTRATIVE = {"this", "that", "the", "тази", "този", "това", "същата", "эта", "этой", "этом", "эту", "данной", "данная",
                  "той", "тот", "та"}


def _anaphoric(ctx: Context, i: int) -> bool:
    """"тази конференция", "the meeting", "срещата": an event already told about."""
    if i > 0 and ctx.words[i - 1] in _DEMONSTRATIVE:
        return True
    if ctx.lex.lang == "ru":  # no articles: "на саммите", "во встрече" speak of the event told about
        return i > 0 and ctx.words[i - 1] in ("на", "в", "во")
    return ctx.lex.lang == "bg" and ctx.words[i].endswith(("та", "то", "ът", "ят"))


_DEADLINE = {"до", "until", "by", "through", "till", "since", "от", "с", "со", "след", "after", "before", "преди", "после"}


def _event_date(ctx: Context, s: int, cue_at: list[int]) -> str | None:
    """The date nearest the event's cue, skipping deadlines ("до 2035 г.", "until 2030")."""
    best, dist = None, 10**9
    named = [(m.start, m.end) for m in ctx.mentions_in(s) if m.proper and m.source in ("catalog", "new", "abbr")]
    for t in ctx.times_in(s):
        if t.kind == "anniversary" or (not t.span and any(x <= t.start < y for x, y in named)) or _in_name(ctx, t) \
                or (cue_at and _in_relative(ctx, min(cue_at), t)):
            continue  # "the summit …, which will host the next meeting in 2025": not the summit's date
        i = ctx.token_at(t.start)
        if i > 0 and ctx.words[i - 1] in _DEADLINE:
            continue
        value = t.at or (t.span[0] if t.span else None)
        if t.span and len(t.span[0]) == 4:
            continue  # a span of years is a period, not an event's day
        d = min(abs(i - x) for x in cue_at) if cue_at else 0
        if value and d < dist:
            best, dist = value, d
    return best


def _new_venue(ctx: Context, s: int, cue_at: list[int]) -> Mention | None:
    """A capitalised name after "в/in/at" near the event noun that no mention covers: a venue
    the catalog does not hold, as a new place."""
    lo, hi = ctx.sent_tokens[s]
    taken = {k for m in ctx.mentions for k in range(m.i, m.j)}
    months = month_names()
    for x in cue_at:
        for k in range(x + 1, min(hi, x + 10)):
            if ctx.words[k - 1] not in ctx.lex.locative or k in taken:
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


def _locative_place(ctx: Context, ms: list[Mention]) -> Mention | None:
    best = None
    for m in ms:
        if m.entity.type not in ("Place", "State") or m.source == "demonym":
            continue
        if m.i > 0 and ctx.words[m.i - 1] in ctx.lex.locative:
            if best is None or (best.entity.type == "State" and m.entity.type == "Place"):
                best = m
    return best


def _title_sentence(ctx: Context) -> int | None:
    """The sentence that holds the article's headline, if it is in the text."""
    title = (ctx.article.title or "").strip()
    at = ctx.article.text.find(title) if title else -1
    if at < 0:
        return None
    return next((k for k, (a, b) in enumerate(ctx.sentences) if a <= at < b), None)


def _main_event(ctx: Context) -> Event:
    """The event the article reports (told in its lead), else the last one named."""
    return ctx.events[0] if ctx.events[0].sentence <= 4 else ctx.events[-1]


def _merge_event(ctx: Context, s: int, place: Mention | None, at: str | None, heads) -> Event | None:
    if place is None and at is None and ctx.events:
        return _main_event(ctx)  # "участвовавший в саммите": no place or date of its own
    title = _title_sentence(ctx)
    if ctx.events and ctx.events[0].sentence == title and s != title and len(ctx.events) == 1 and \
            at is not None and ctx.events[0].at == at:
        ev = ctx.events[0]  # the headline's event told again in the lead: one event, the lead's place
        if place is not None and (ev.place is None or ev.place.entity.type == "State" or place.entity.type != "State"):
            ev.place = place
        return ev
    for ev in reversed(ctx.events):
        same_place = place is None or ev.place is None or ev.place.entity.iri == place.entity.iri or \
            ctx.catalog.within(place.entity.iri, ev.place.entity.iri) or ctx.catalog.within(ev.place.entity.iri, place.entity.iri)
        same_time = at is None or ev.at is None or at.startswith(ev.at) or ev.at.startswith(at)
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
    ev = Event(ent, s, at, place)
    ctx.events.append(ev)
    return ev


_JOINERS = {"на", "of", "the", "в", "във", "in", "at", "for", "on", "de", "и", "and", "по", "от", "за", "о",
            "с", "со", "между", "between", "върха", "высшем", "уровне", "-", "–"}


def _event_label(ctx: Context, a: int, hi: int) -> str:
    """The event's name as the text gives it: the head, the names before it that qualify it
    ("47th ASEAN Summit", "саммит ШОС") and the chain of names after it ("заседание на
    Министерския съвет на ОССЕ в Малта"), cut after its last name word."""
    text, toks = ctx.article.text, ctx.tokens
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    by_end = {m.j: m for m in ctx.mentions if m.source != "demonym" and m.proper}
    by_start = {m.i: m for m in ctx.mentions if m.source != "demonym" and m.proper}
    demonyms = {m.i for m in ctx.mentions if m.source == "demonym"}
    start = a
    while start > lo and not _gap(text, toks[start - 1], toks[start]):
        m = by_end.get(start)
        prev = toks[start - 1]
        bridge = next((x for x in (1, 2) if start - x - 1 >= lo and all(toks[y].text.islower() and ctx.words[y] not in
                                                                        _PREPOSITIONS | _DEMONSTRATIVE | {"a", "an"}
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
        elif prev.text[:1].isdigit() or (prev.is_cap and toks[a].is_cap and start - 1 > lo and
                                         ctx.words[start - 1] not in _DEMONSTRATIVE):
            start -= 1  # "47th ASEAN Summit", "World Health Assembly"
        else:
            break
    timed = {ctx.token_at(t.start) for t in ctx.times}
    end, k, loose, locative = a + 1, a + 1, 0, None
    while k < hi and k - a <= 16 and not _gap(text, toks[k - 1], toks[k]) and k not in timed:
        m = by_start.get(k)
        if (m is not None and m.entity.type == "Person") or k in demonyms:
            break  # "meetings in the Malaysian capital": the adjective starts another phrase
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
        elif ctx.lex.lang == "ru" and k == end and loose == 0 and k + 1 < hi and toks[k + 1].is_cap:
            k += 1  # "заседание Высшего ..." is caught by the capital; a lower-case genitive adjective before it
            loose += 1
        else:
            break
    named = any(toks[x].is_cap for x in range(start, locative or end) if x != a) and (locative or 0) > a
    if named:
        end = locative  # "Саммит ШОС в Тяньцзине" -> "Саммит ШОС": the place is stated apart
    return text[toks[start].start:toks[end - 1].end]


def _gap(text: str, left, right) -> bool:
    """Punctuation between two tokens that ends a name (a comma, a full stop, a colon, a bracket)."""
    between = text[left.end:right.start]
    return any(ch in between for ch in ",.;:!?()\"«»“”\n")


def _better_label(ctx: Context, ev: Event, a: int, hi: int) -> None:
    label = _event_label(ctx, a, hi)
    if len(label) > len(ev.entity.label) and len(ev.entity.label.split()) < 3:
        ev.entity = Entity(iri=ev.entity.iri, label=label, type="Event", in_catalog=False)


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO dates of day precision (a large number when either is coarser)."""
    from datetime import date
    if len(a) != 10 or len(b) != 10:
        return 10**6
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 10**6


_CITY_OF = {"city", "town", "capital", "of", "the", "град", "града", "градът", "столица", "столицата", "город", "городе",
            "города", "столице", "столицы"}


def _demonym_places(ctx: Context) -> list[Found]:
    """"в китайском Тяньцзине", "the Russian city of Kazan", "болгарским Русе": a place named
    with the adjective of the state it lies in."""
    out = []
    ms = ctx.mentions
    for x, y in zip(ms, ms[1:]):
        if x.source == "demonym" and x.entity.type == "State" and y.entity.type == "Place" and \
                y.i - x.j <= 3 and all(w in _CITY_OF for w in ctx.words[x.j:y.i]) and \
                not re.search(r"[,.;()]", ctx.article.text[x.end:y.start]):
            out.append(Found(y.entity, "locatedIn", x.entity, ctx.sentence_of_token(y.i), When(), confidence=0.75))
    return out


def places(ctx: Context) -> list[Found]:
    """"Vientiane, Laos": a place followed by the state it lies in; "the Beijing-based
    secretariat": where an organization sits."""
    out = _based(ctx) + _demonym_places(ctx)
    ms = ctx.mentions
    for a, b in zip(ms, ms[1:]):
        if a.entity.type == "Place" and b.entity.type == "State" and b.i == a.j:
            gap = ctx.article.text[a.end:b.start]
            if gap.strip() in (",", "(") :
                out.append(Found(a.entity, "locatedIn", b.entity, ctx.sentence_of_token(a.i), When(), confidence=0.8))
    return out


def _based(ctx: Context) -> list[Found]:
    """"the Moscow-based Commission", "the Shanghai-based lender set up by ...": the organization
    named right after, else the one the sentence (or the one before it) last named."""
    out = []
    text = ctx.article.text
    for m in ctx.mentions:
        if m.entity.type != "Place" or not re.match(r"-based\b", text[m.end:m.end + 6]):
            continue
        s = ctx.sentence_of_token(m.i)
        after = [x for x in ctx.mentions if m.j < x.i <= m.j + 3 and x.entity.type == "Organization"]
        before = [x for x in ctx.mentions if x.j <= m.i and x.entity.type == "Organization" and
                  ctx.sentence_of_token(x.i) >= s - 1 and x.source != "demonym"]
        org = after[0] if after and after[0].source != "anaphor" else (before[-1] if before else None)
        if after and after[0].source == "anaphor":
            org = after[0]
        if org is not None:
            out.append(Found(org.entity, "locatedIn", m.entity, s, When(), confidence=0.75))
    return out


# --- relations -------------------------------------------------------------------

def relations(ctx: Context) -> list[Found]:
    out: list[Found] = []
    for s, (lo, hi) in enumerate(ctx.sent_tokens):
        trig = ctx.lex.triggers.find(ctx.words, lo, hi)
        if not trig:
            continue
        present = {c.value for _, _, c in trig}
        blocked = {b for g in present for b in ctx.lex.groups[g].get("blocks", [])}
        ms = [m for m in ctx.mentions_in(s)]
        inside = {k: m for m in ms if m.proper and m.source != "anaphor" for k in range(m.i, m.j)}
        for a, b, cue in trig:
            group = cue.value
            if group in blocked:
                continue
            if a in inside and group != "party":
                host = inside[a]
                if group == "partner" and host.entity.type == "Agreement":
                    # "Plan of Action ... Strategic Partnership between ASEAN and Russia": the name states it
                    out += _partners(ctx, s, _inner(ctx, host), a, b)
                continue  # "Gulf Cooperation Council" is a name, not a cooperation
            if group == "partner" and a > 0 and ctx.words[a - 1] in ("в", "във") and \
                    ctx.words[a].startswith(("связ", "отношени", "връзк")):
                continue  # "в связи с", "в отношении", "във връзка с": idioms, not ties
            if group == "partner":
                out += _partners(ctx, s, ms, a, b)
            elif group == "party" and ctx.words[a] in ("between", "между"):
                out += _between(ctx, s, ms, a, b)
            else:
                out += _typed(ctx, s, ms, a, b, group)
    return out


def _actor_list(ms: list[Mention], anchor: Mention, types: set[str], ctx: Context) -> list[Mention]:
    """The anchor and the mentions coordinated with it ("Laos, Myanmar and Cambodia")."""
    idx = ms.index(anchor)
    group = [anchor]
    for step in (-1, 1):
        k = idx
        while 0 <= k + step < len(ms):
            nxt = ms[k + step]
            lo, hi = (nxt.j, ms[k].i) if step == -1 else (ms[k].j, nxt.i)
            between = ctx.words[lo:hi]
            gap = ctx.article.text[(nxt.end if step == -1 else ms[k].end):(ms[k].start if step == -1 else nxt.start)]
            lo_, hi_ = min(lo, hi), max(lo, hi)
            skip = {x for a, c, _ in ctx.lex.roles.find(ctx.words, lo_, hi_) for x in range(a, c)}
            skip |= {x for m in ms if m.source == "demonym" and lo_ <= m.i < hi_ for x in range(m.i, m.j)}
            if nxt.entity.type in types and nxt.source != "demonym" and len(between) <= 6 and \
                    all(w in _COORD or lo + x in skip or w in ("на", "of", "the") for x, w in enumerate(between)) and \
                    (between or "," in gap) and any(w in _COORD for w in between) | ("," in gap):
                group.append(nxt)
                k += step
            else:
                break
    return sorted(group, key=lambda m: m.i)


_PREPOSITIONS = {"in", "at", "to", "from", "of", "on", "near", "в", "във", "на", "от", "до", "из", "при", "към", "с", "со",
                 "к", "по", "за", "около"}


_SIDE = {"side", "government", "authorities", "delegation", "страна", "сторона", "стороны", "правителство", "власти",
         "правительство", "делегация", "делегацията", "властите"}


def _metonyms(ctx: Context, ms: list[Mention]) -> list[Mention]:
    """"Washington left the treaty", "Москва ратифицира договора": a capital acting stands for its state."""
    out = []
    for m in ms:
        if m.source == "demonym" and m.entity.type == "State" and m.j < len(ctx.words) and ctx.words[m.j] in _SIDE:
            out.append(Mention(m.i, m.j + 1, m.start, ctx.tokens[m.j].end, m.entity, "metonym", True))
            continue  # "Белорусская сторона выдвинула идею", "the Russian side"
        ent = ctx.catalog.entities.get(m.entity.iri) if m.entity.type == "Place" else None
        if ent is not None and ent.capital_of and ent.capital_of in ctx.catalog.entities and \
                (m.i == 0 or ctx.words[m.i - 1] not in _PREPOSITIONS) and m.source != "demonym" and \
                ctx.article.text[m.end:m.end + 1] != "-":  # "the Vienna-based OPEC" is a place
            out.append(Mention(m.i, m.j, m.start, m.end, ctx.catalog.entity(ent.capital_of), "metonym", m.proper))
        else:
            out.append(m)
    return out


def _typed(ctx: Context, s: int, ms: list[Mention], a: int, b: int, group: str) -> list[Found]:
    ms = _metonyms(ctx, ms)
    spec = ctx.lex.groups[group]
    if group == "chair" and ctx.lex.roles.match_at(ctx.words, a) is not None and _person_follows(ctx, b):
        return []  # "the chairman of the Commission Ursula von der Leyen": an office, told by officials()
    not_near = tuple(spec.get("not_near", ()))
    if not_near and any(w.startswith(not_near) for w in ctx.words[max(lo_of(ctx, s), a - 2):b + 2]):
        return []  # "membership talks with Ukraine", "поканата за членство": not (yet) a member
    rels = spec["relations"]
    ranges = set().union(*(ctx.lex.relations[r][1] for r in rels))
    usable = [m for m in ms if m.source != "demonym" and (m.proper or m.entity.type in ("Agreement", "Initiative"))]
    after = [m for m in usable if m.i >= b and m.i - b <= 12 and m.entity.type in ranges and
             not (m.j < len(ctx.words) and ctx.words[m.j] in _MEMBERS_OF)]  # "the BRICS nations" are states
    before = [m for m in usable if m.j <= a and a - m.j <= 6 and m.entity.type in ranges]
    obj = after[0] if after else (before[-1] if before else None)
    handover = _handed_to(ctx, ms, s, a, b) if group == "chair" else None
    if handover is not None:
        target = obj if obj is not None and obj.entity.type == "Organization" else _topic_org(ctx, s, a)
        if target is None:
            return []
        when = _when(ctx, s, a, "chairOf", "became")
        return [Found(handover.entity, "chairOf", target.entity, s, When(start=when.at or when.start),
                      confidence=0.75, modality=_modality(ctx, s, handover.i, a, "chairOf"))]
    if obj is None and spec.get("implicit_org"):
        obj = _topic_org(ctx, s, a)  # "Iran was admitted exactly a year ago": to the organization the article is about
    if obj is None:
        return []
    rel = next(r for r in rels if obj.entity.type in ctx.lex.relations[r][1])
    domain = ctx.lex.relations[rel][0]
    false = spec.get("false_objects", {}).get(ctx.lex.lang, [])
    if false and obj.i >= b and any(ctx.words[k].startswith(tuple(false)) for k in range(b, min(obj.i, b + 3))):
        return []  # "signed a law withdrawing the ratification of the treaty"
    role_ends = {y for _, y, _ in ctx.lex.roles.find(ctx.words, lo_of(ctx, s), ctx.sent_tokens[s][1])}
    subj_cands = [m for m in usable if m.entity.type in domain and m is not obj and m.entity.iri != obj.entity.iri and
                  not (m.entity.type == "Organization" and m.j < len(ctx.words) and ctx.words[m.j] in _MEMBERS_OF) and
                  not (group != "hq" and m.entity.type != "Person" and
                       (m.i in role_ends or (m.i - 1 in role_ends and ctx.words[m.i - 1] in ("на", "of"))))]
    passive = _passive_agents(ctx, ms, b, domain)
    if not passive and spec.get("passive_object") and _passive_voice(ctx, a):
        if false and any(ctx.words[k].startswith(tuple(false)) for k in range(max(lo_of(ctx, s), a - 8), a)):
            return []  # "Федеральный закон о денонсации договора был подписан …": the law was signed
        prior = [m for m in usable if m.j <= a and a - m.j <= 8 and m.entity.type in ranges]
        if prior:
            obj = prior[-1]
            rel = next(r for r in rels if obj.entity.type in ctx.lex.relations[r][1])
        passive = _instrumental_agents(ctx, ms, b, domain) or _parties_named(ctx, ms, obj, domain) or \
            _along_with(ctx, ms, b, domain)  # "подписан от 35 държави, сред които и България"
        if not passive:
            domain = domain & {"Event"}  # "the treaty was signed in Paris": no signer named here
            if not domain:
                return []
            subj_cands = []
    if passive:
        prior = [m for m in usable if m.j <= a and a - m.j <= 6 and m.entity.type in ranges]
        if prior:
            obj = prior[-1]
            rel = next(r for r in rels if obj.entity.type in ctx.lex.relations[r][1])
    listed = _colon_list(ctx, ms, b, domain)
    if listed:
        prior = [m for m in usable if m.j <= a and a - m.j <= 8 and m.entity.type in ranges]
        later = [m for m in usable if m.i >= listed[-1].j and m.entity.type in ranges]
        topic = _topic_org(ctx, s, a) if not prior and not later and spec.get("implicit_org") else None
        if not prior and not later and topic is None:
            return []
        obj, passive = (prior[-1] if prior else later[0] if later else topic), listed
        rel = next(r for r in rels if obj.entity.type in ctx.lex.relations[r][1])
    subj = passive[0] if passive else _genitive(ctx, subj_cands, b, obj)
    clause = _clause_start(ctx, s, a)
    if a - clause <= 1:
        clause = lo_of(ctx, s)  # "Russia signed the statute in 2000 but withdrew ...": the subject is shared
    pre = _before_relative(ctx, subj_cands, a) or [m for m in subj_cands if clause <= m.i and m.j <= a and a - m.j <= 12]
    if subj is None and not pre and "State" in domain:
        group = _plural_antecedent(ctx, s, a)
        if group:
            subj = group[0]
            ms = sorted(set(ms) | set(group), key=lambda m: m.i)
    if subj is None and not pre and "State" in domain:
        subj = _pronoun_subject(ctx, s, a)  # "Она является также членом Лиги арабских государств": the state before
    if subj is None and obj.j <= a:
        inverted = [m for m in subj_cands if b <= m.i <= b + 2 and
                    all(w in ("также", "и", "още", "also", "now") for w in ctx.words[b:m.i])]
        if inverted:
            subj = inverted[0]  # "в ФСЭГ входят также Алжир, Боливия …": the verb before its subjects
    if subj is None and pre:
        subj = pre[-1]
    if subj is None and "Event" in domain and ctx.event_for(s) is not None:
        subj = None
    elif subj is None and not ctx.lex.collective.find(ctx.words, max(lo_of(ctx, s), a - 4), a):
        text = ctx.article.text  # ("The leaders signed …": the leaders are the subject, not a name after)
        post = [m for m in subj_cands if m.i >= b and m.i - b <= 12 and
                (obj.i < b or m.i < obj.i or (m.i - obj.j <= 8 and "," not in text[obj.end:m.start]) or
                 ctx.words[m.i - 1] in _COPULA)]
        if post:
            subj = post[0]  # "членом ШОС стала Белоруссия"; not "членов совета проголосовали «за», Великобритания …"
    if subj is not None and spec.get("collective_to_event") and ctx.event_for(s) is not None and \
            subj.entity.type != "Event" and ctx.lex.collective.find(ctx.words, max(lo_of(ctx, s), subj.i - 5), subj.i):
        subj = None  # "the leaders of the NATO states adopted a declaration": the summit did
    if subj is None and group == "sign" and obj.entity.type == "Agreement" and ctx.event_for(s) is not None and \
            ctx.lex.collective.find(ctx.words, max(lo_of(ctx, s), a - 4), a):
        ev = ctx.event_for(s)  # "The leaders signed the Astana Declaration": the summit adopted it
        when = _when(ctx, s, a, "adopted", "at")
        return [Found(ev.entity, "adopted", oe.entity, s, when, confidence=0.7,
                      modality=_modality(ctx, s, a, a, "adopted")) for oe in _actor_list(ms, obj, {"Agreement"}, ctx)]
    if subj is None and group == "ratify":
        subj = _parliament_state(ctx, s, a)  # "the Turkish parliament ratified", "парламентът на Унгария ратифицира"
    whose = _whose_country(ctx, ms, s, a)
    if whose is not None:
        subj = whose  # "Tokayev, whose country has held the rotating chairmanship": Kazakhstan
    subjects: list[Entity]
    subj_ms: list[Mention] = []
    if subj is not None:
        if passive and subj is passive[0] and len(passive) > 1:
            subj_ms = list(passive)  # the agents as found ("от министър-председателя на Армения X, президента на …")
        else:
            subj_ms = _actor_list(ms, subj, domain, ctx) if subj in ms else [subj]
        subjects = [m.entity for m in subj_ms]
    elif "Event" in domain and ctx.event_for(s) is not None:
        subjects = [ctx.event_for(s).entity]
        subj = None
    else:
        return []
    obj_ms = _actor_list(ms, obj, {obj.entity.type}, ctx) if obj in ms else [obj]
    objects = [m.entity for m in obj_ms]
    modality = _modality(ctx, s, subj.i if subj else a, a, rel)
    if modality == "asserted" and obj.i > b and ctx.lex.negation.find(ctx.words, b, obj.i):
        modality = "negated"  # "четыре страны, не являющиеся членами ЕС"
    kind = spec.get("time", "at")
    if kind == "start" and any(w.startswith(_BECOME) for w in ctx.words[max(lo_of(ctx, s), a - 4):a] +
                               ctx.words[b:min(b + 3, ctx.sent_tokens[s][1])]):
        kind = "became"  # "Belarus on Thursday became a full-fledged member": a dated event, not a state
    when = _when(ctx, s, a, rel, kind)
    speaker = _speaker(ctx, s, ms)
    conf = 0.75 + (0.1 if obj.source in ("catalog", "abbr") else 0) + (0.05 if subj and subj.source in ("catalog", "abbr") else 0)
    out = []
    for se in subjects:
        for oe in objects:
            if se.iri != oe.iri:
                out.append(Found(se, rel, oe, s, when, confidence=conf, modality=modality, reported_by=speaker))
    along = _along_with(ctx, ms, obj_ms[-1].j if obj_ms else b, domain)
    if subj_ms and subj_ms[-1].i > b:
        along += _along_with(ctx, ms, subj_ms[-1].j, domain)  # "signed … by OPEC and ten producers, including Russia"
    out += [Found(m.entity, rel, oe, s, when, confidence=conf - 0.1, modality=modality, reported_by=speaker)
            for m in along for oe in objects if m.entity.iri != oe.iri and m.entity.iri not in {x.iri for x in subjects}]
    if subj_ms and len(objects) == 1 and modality == "asserted":
        last = max(m.j for m in subj_ms + obj_ms + [Mention(a, b, 0, 0, obj.entity, "cue")])
        for ents, t in _gapped(ctx, s, last, domain):
            w = _as_when(t, rel)
            out += [Found(e, rel, objects[0], s, w, confidence=conf - 0.1, reported_by=speaker)
                    for e in ents if e.iri != objects[0].iri]
    return out


_CONTRAST = {"а", "но", "but", "while", "whereas", "однако", "обаче", "ала"}
_COPULA = {"is", "are", "remains", "became", "е", "са", "остава", "остават", "стана", "станаха", "остается", "остаются",
           "является", "являются", "стала", "стал", "стали"}
_SUBORDINATE = {"как", "когда", "где", "когато", "където", "when", "after", "because", "since", "before", "макар",
                "although", "though", "хотя", "въпреки", "despite"}
_BUT = {"but", "но", "обаче", "однако", "whereas"}  # a clause boundary even without a comma


def _clause_start(ctx: Context, s: int, a: int) -> int:
    """The first token of the clause that holds token a: after ", а/но/but/while"."""
    lo = ctx.sent_tokens[s][0]
    text = ctx.article.text
    for k in range(a - 1, lo, -1):
        between = text[ctx.tokens[k - 1].end:ctx.tokens[k].start]
        if ("," in between and (ctx.words[k] in _CONTRAST or ctx.words[k] in _SUBORDINATE)) or ctx.words[k] in _BUT:
            return k
    return lo


_GAP_SPLIT = re.compile(r"\s*[,;]\s*(?:(?:а|и|and|while|whereas)\s+)?|\s+(?:а|and|while|whereas)\s+")


_ALONG = ("together with", "along with", "alongside", "including", "among them", "заедно с", "заедно със", "наред с",
          "включително", "сред които и", "сред които", "сред тях", "вместе с", "наряду с", "в том числе",
          "среди которых")


def _along_with(ctx: Context, ms: list[Mention], k: int, domain: set[str]) -> list[Mention]:
    """"… са страни по СВПД от 2015 г., заедно с Иран, Русия и Китай": more subjects after the object."""
    hi = ctx.sent_tokens[ctx.sentence_of_token(max(0, k - 1))][1]
    window = " ".join(ctx.words[k:min(hi, k + 12)])
    phrase = next((p for p in _ALONG if p in window), None)
    if phrase is None:
        return []
    start = k + window[:window.index(phrase)].count(" ") + len(phrase.split())
    first = next((m for m in ms if start <= m.i <= start + 1 and m.entity.type in domain and m.source != "demonym"), None)
    return _actor_list(ms, first, domain, ctx) if first else []


def _gapped(ctx: Context, s: int, after: int, domain: set[str]) -> list[tuple[list[Entity], TimeExpr]]:
    """Gapping: "Финландия се присъедини към НАТО през април 2023 г., а Швеция - през март
    2024 г.", "joined in 2017, and Iran in 2023": the verb left out, a new actor and date."""
    lo, hi = ctx.sent_tokens[s]
    if after >= hi:
        return []
    text = ctx.article.text
    start, end = ctx.tokens[after].start, ctx.sentences[s][1]
    trig = {x for x, _, _ in ctx.lex.triggers.find(ctx.words, after, hi)}
    out = []
    pos = start
    for piece in _GAP_SPLIT.split(text[start:end]):
        p0 = text.index(piece, pos) if piece else pos
        p1 = p0 + len(piece)
        pos = p1
        if not piece.strip():
            continue
        toks = [k for k in range(after, hi) if p0 <= ctx.tokens[k].start < p1]
        times = [t for t in ctx.times if p0 <= t.start < p1 and t.kind != "anniversary"]
        actors = [m for m in ctx.mentions if p0 <= m.start < p1 and m.entity.type in domain and m.source != "demonym"]
        if not toks or len(toks) > 9 or not times or not actors or trig & set(toks):
            if out or p0 > start:
                break
            continue  # the rest of the cue's own clause
        out.append(([m.entity for m in actors], times[0]))
    return out


_PLURAL_DET = {"the", "these", "those", "all", "both", "двете", "трите", "четирите", "петте", "шестте", "всички", "тези",
               "все", "обе", "оба", "эти", "этих", "двух", "трех", "пяти", "шести"}
_PLURAL_NOUN = {"countries", "states", "nations", "members", "страни", "държави", "страните", "държавите", "страны",
                "государства", "государств", "стран", "членки"}


def _person_follows(ctx: Context, b: int) -> bool:
    """A person named within a few words after a role phrase (past "of the X")."""
    hi = ctx.sent_tokens[ctx.sentence_of_token(b)][1]
    return any(m.entity.type == "Person" and b <= m.i <= b + 8 and m.i < hi for m in ctx.mentions)


_PARLIAMENT = ("parliament", "lawmakers", "legislature", "senate", "congress", "duma", "parlament", "парламент",
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


_HAND_OVER = ("handed over", "hand over", "hands over", "passed", "passes", "transferred", "предаде", "предава",
              "предаде председателството", "передал", "передала", "передаст", "передает")


def _handed_to(ctx: Context, ms: list[Mention], s: int, a: int, b: int) -> Mention | None:
    """"handed over the chairmanship to China", "предаде председателството на Финландия": the next chair."""
    lo, hi = ctx.sent_tokens[s]
    window = " ".join(ctx.words[max(lo, a - 4):a])
    if not any(h in window for h in _HAND_OVER):
        return None
    for k in range(b, min(hi, b + 4)):
        if ctx.words[k] in ("to", "на", "к"):
            return next((m for m in ms if m.i == k + 1 and m.entity.type == "State" and m.source != "demonym"), None)
    return None


_WHOSE = ("whose country", "чиято страна", "чья страна", "страна которого", "страна которой")


def _whose_country(ctx: Context, ms: list[Mention], s: int, a: int) -> Mention | None:
    """The state of the person before "whose country" / "чиято страна" just before the cue."""
    lo = ctx.sent_tokens[s][0]
    window = " ".join(ctx.words[max(lo, a - 5):a])
    if not any(w in window for w in _WHOSE):
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


_PRONOUNS = {"она", "он", "оно", "тя", "той", "то", "it", "she", "he"}


def _pronoun_subject(ctx: Context, s: int, a: int) -> Mention | None:
    """A pronoun opening the cue's clause stands for the state the previous sentence spoke of."""
    lo = _clause_start(ctx, s, a)
    words = [w for w in ctx.words[lo:a] if w not in ("также", "и", "also", "още", "вече", "уже")]
    if not words or words[0] not in _PRONOUNS or s == 0:
        return None
    a0, b0 = ctx.sent_tokens[s - 1]
    states = [m for m in ctx.mentions if a0 <= m.i < b0 and m.entity.type == "State" and m.source != "demonym"]
    if not states:
        return None
    m = states[0]  # the subject of the sentence before is most often named first
    return Mention(m.i, m.j, m.start, m.end, m.entity, "anaphor", True)


def _plural_antecedent(ctx: Context, s: int, a: int) -> list[Mention]:
    """"the five countries began their terms as members", "все шесть государств уже присоединились":
    the list of states named just before."""
    lo = ctx.sent_tokens[s][0]
    words = ctx.words
    for k in range(a - 1, max(lo, a - 12) - 1, -1):
        if words[k] in _PLURAL_NOUN and any(words[x] in _PLURAL_DET for x in range(max(lo, k - 3), k)):
            first = lo if s == 0 else ctx.sent_tokens[s - 1][0]
            states = [m for m in ctx.mentions if first <= m.i < k and m.entity.type == "State" and m.source != "demonym"]
            for m in reversed(states):
                group = _actor_list(states, m, {"State"}, ctx)
                if len(group) >= 2:
                    return group
            return []
    return []


def _topic_org(ctx: Context, s: int, a: int) -> Mention | None:
    """The organization the text is about at this point: the one named most often so far
    (the latest of those on a tie), as a stand-in mention at the cue."""
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    cue_char = ctx.tokens[a].start
    for m in ctx.mentions:
        if m.start >= cue_char:
            break
        if m.entity.type == "Organization" and m.source != "demonym":
            counts[m.entity.iri] = counts.get(m.entity.iri, 0) + 1
            last[m.entity.iri] = m
    if not counts:
        return None
    best = max(counts, key=lambda iri: (counts[iri], last[iri].start))
    m = last[best]
    return Mention(a, a, m.start, m.end, m.entity, "topic", True)


_BY_AGENT = {"by", "от"}
_RELATIVE = {"which", "who", "that", "която", "който", "които", "което", "който", "который", "которая", "которые",
             "которое", "которой", "которого"}


def _colon_list(ctx: Context, ms: list[Mention], b: int, domain: set[str]) -> list[Mention]:
    """"the five permanent members: China, France, ...", "Пет нови непостоянни членки - Бахрейн,
    Колумбия ...": a list right after a colon or a dash."""
    text = ctx.article.text
    for m in ms:
        if m.i >= b and m.i - b <= 3 and m.entity.type in domain and m.source != "demonym":
            gap = text[ctx.tokens[b - 1].end:m.start]
            if ":" in gap or any(d in gap for d in (" - ", " – ", " — ", "—", "–")):
                return _actor_list(ms, m, domain, ctx)
            return []
    return []


def _before_relative(ctx: Context, cands: list[Mention], a: int) -> list[Mention]:
    """"Литва, Латвия и Полша, които граничат с Беларус и са членки на НАТО": the antecedent
    of a relative clause that holds the cue."""
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    for r in range(a - 1, max(lo, a - 20) - 1, -1):
        if ctx.words[r] in _RELATIVE:
            before = [m for m in cands if m.j <= r and r - m.j <= 1]
            return before
    return []


_BE = {"was", "were", "been", "being", "is", "are", "be", "беше", "бе", "бяха", "са", "е", "был", "была", "было", "были", "будет"}
_PARTICIPLE = re.compile(r"(?:ан|ен|ян|ят|ет|ит)(?:а|о|и|ы)?$")


def lo_of(ctx: Context, s: int) -> int:
    return ctx.sent_tokens[s][0]


def _passive_voice(ctx: Context, a: int) -> bool:
    """"was signed", "беше подписан", "подписана", "был ратифицирован": the cue is passive."""
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    if ctx.lex.lang in ("bg", "ru") and _PARTICIPLE.search(ctx.words[a]):
        return True
    return any(ctx.words[k] in _BE for k in range(max(lo, a - 2), a)) and ctx.words[a].endswith("ed")


_INSTRUMENTAL = ("ом", "ем", "ём", "ой", "ей", "ою", "ею", "ами", "ями", "ым", "им")


def _instrumental_agents(ctx: Context, ms: list[Mention], b: int, domain: set[str]) -> list[Mention]:
    """Russian passive agents in the instrumental case: "подписан ... Арменией, Казахстаном",
    "подписанный Владимиром Путиным и Ким Чен Ыном"."""
    if ctx.lex.lang != "ru":
        return []
    hi = ctx.sent_tokens[ctx.sentence_of_token(b)][1]
    for m in ms:
        if b <= m.i < hi and m.i - b <= 10 and m.entity.type in domain and m.source != "demonym":
            if ctx.words[m.j - 1].endswith(_INSTRUMENTAL):
                return [x for x in _actor_list(ms, m, domain, ctx) if ctx.words[x.j - 1].endswith(_INSTRUMENTAL)]
    return []


def _parties_named(ctx: Context, ms: list[Mention], obj: Mention, domain: set[str]) -> list[Mention]:
    """"Споразумението за асоцииране между Украйна и ЕС, подписано ...": the parties its name gives."""
    k = next((x for x in range(obj.i, obj.j) if ctx.words[x] in ("между", "between")), None)
    if k is not None:
        return [m for m in _inner(ctx, obj) if m.entity.type in domain and m.i > k]
    k = obj.j
    if k < len(ctx.words) and ctx.words[k] in ("между", "between"):
        nxt = [m for m in ms if m.i > k and m.i - k <= 2 and m.entity.type in domain and m.source != "demonym"]
        return _actor_list(ms, nxt[0], domain, ctx) if nxt else []
    return []


def _passive_agents(ctx: Context, ms: list[Mention], b: int, domain: set[str]) -> list[Mention]:
    """"подписан през 1987 г. от Роналд Рейгън и Михаил Горбачов", "signed by X": the agents."""
    hi = ctx.sent_tokens[ctx.sentence_of_token(b)][1]
    k = b
    while k < hi and k - b <= 8 and ctx.words[k] not in _BY_AGENT:
        k += 1
    if k >= hi or ctx.words[k] not in _BY_AGENT or (ctx.words[k] == "от" and ctx.lex.lang != "bg"):
        return []
    roles = {x for a, c, _ in ctx.lex.roles.find(ctx.words, k + 1, min(hi, k + 8)) for x in range(a, c)}
    if "Person" in domain and roles and min(roles) == k + 1:
        # "подписана от министър-председателя на Армения Никол Пашинян, президента на Азербайджан
        # Илхам Алиев и ...": the people named after their offices
        people = [m for m in ms if k < m.i < min(hi, k + 30) and m.entity.type == "Person" and m.source != "demonym"]
        if people:
            return people
    for m in ms:
        if m.i > k and m.entity.type in domain and m.source != "demonym":
            if m.j < hi and m.entity.type == "Organization" and ctx.words[m.j] in _MEMBERS_OF:
                return []  # "set up by the BRICS nations": its members, not the bloc
            if all(x in roles or ctx.words[x] in ("на", "of", "the") for x in range(k + 1, m.i)):
                return _actor_list(ms, m, domain, ctx)
            return []
    return []


_MEMBERS_OF = {"nations", "countries", "states", "members", "governments", "leaders", "членки", "държави", "страни",
               "страны", "государства", "государств", "стран"}


_GENITIVE_LINKS = {"на", "of", "the", "от", "страна"}


def _genitive(ctx: Context, cands: list[Mention], b: int, obj: Mention) -> Mention | None:
    """The actor right after a nominal cue: "присъединяването на Русия към", "accession of
    Russia to", "initiative of President Putin", "присоединение России к"."""
    for m in cands:
        if m.i < b or m.i > obj.i:
            continue
        gap = range(b, m.i)
        if len(gap) > 4:
            return None
        roles = {k for x, y, _ in ctx.lex.roles.find(ctx.words, b, m.i) for k in range(x, y)}
        if all(ctx.words[k] in _GENITIVE_LINKS or k in roles for k in gap) and \
                (gap or ctx.lex.lang == "ru") and (not gap or ctx.words[b] in _GENITIVE_LINKS or b in roles):
            return m
        return None
    return None


def _partners(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found]:
    status = _partners_of(ctx, s, ms, a, b)
    if status is not None:
        return status
    clause = _clause_start(ctx, s, a)
    ms = [m for m in ms if m.i >= clause]  # "Украйна и Грузия не участват, макар че Грузия е партньор на НАТО"
    actors = [m for m in ms if m.entity.type in ACTOR and abs((m.i if m.i >= b else a) - (m.i if m.i >= b else m.j)) <= 10
              and (m.i >= b and m.i - b <= 10 or m.j <= a and a - m.j <= 10)]
    seen, uniq = set(), []
    for m in actors:
        if m.entity.iri not in seen:
            seen.add(m.entity.iri)
            uniq.append(m)
    if len(uniq) < 2:
        return []
    listed = {m.entity.iri for m in _actor_list(ms, uniq[0], ACTOR, ctx)}
    if len(listed) == len(uniq) and (uniq[-1].j <= a or (uniq[0].i >= b and ctx.words[a] in _PARTNERS)):
        return []  # "Belarus, Bolivia and Cuba became partners", "partners include X, Y": of someone else
    anchor = uniq[0]
    modality = _modality(ctx, s, anchor.i, a, "partnerOf")
    when = _when(ctx, s, a, "partnerOf", "start")
    speaker = _speaker(ctx, s, ms)
    return [Found(anchor.entity, "partnerOf", m.entity, s, when, confidence=0.7, modality=modality, reported_by=speaker)
            for m in uniq[1:]]


_OF = {"of", "the", "на", "its", "its'"}
_PARTNERS = {"partners", "партньори", "партньорите", "партнеры", "партнеров", "партнерами", "партнёры", "партнёров",
             "партнёрами"}  # plural nouns: a list after them is of partners, not of partners of each other


def _partners_of(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found] | None:
    """"the grouping's dialogue partners, including China, Japan ...", "В число партнеров
    организации входят Монголия, Турция ...": partner status in an organization."""
    if not ctx.words[a].endswith(("s", "и", "ов", "ами", "ите")):
        return None  # a plural noun: "partners", "партньори", "партнеров", "партнерами"
    org = next((m for m in ms if m.entity.type == "Organization" and m.source != "demonym" and
                b <= m.i <= b + 2 and all(w in _OF for w in ctx.words[b:m.i])), None)
    if org is None:
        org = next((m for m in ms if m.entity.type == "Organization" and m.j in (a, a - 1) and
                    (m.j == a or ctx.words[a - 1] == "s")), None)
    if org is None and ctx.words[a] in _PARTNERS:
        listed = [m for m in ms if m.entity.type == "State" and m.j <= a and a - m.j <= 3 and m.source != "demonym"]
        group = _actor_list(ms, listed[-1], {"State"}, ctx) if listed else []
        org = _topic_org(ctx, s, a) if len(group) >= 2 else None
        if org is not None:  # "Belarus, Bolivia … became partners on Jan. 1": of the article's bloc
            when = _when(ctx, s, a, "dialoguePartnerOf", "start")
            return [Found(m.entity, "dialoguePartnerOf", org.entity, s, when, confidence=0.65,
                          modality=_modality(ctx, s, group[0].i, a, "dialoguePartnerOf")) for m in group]
    if org is None:
        return None
    after = [m for m in ms if m.entity.type == "State" and m.i >= max(b, org.j) and m.source != "demonym"]
    before = [m for m in ms if m.entity.type == "State" and m.j <= a and a - m.j <= 8 and m.source != "demonym"]
    states = _actor_list(ms, after[0], {"State"}, ctx) if after else (_actor_list(ms, before[-1], {"State"}, ctx)
                                                                       if before else [])
    if not states:
        return None
    modality = _modality(ctx, s, states[0].i, a, "dialoguePartnerOf")
    when = _when(ctx, s, a, "dialoguePartnerOf", "start")
    return [Found(m.entity, "dialoguePartnerOf", org.entity, s, when, confidence=0.7, modality=modality)
            for m in states]


def _inner(ctx: Context, host: Mention) -> list[Mention]:
    """Catalog names inside a longer name, e.g. the parties in an agreement's title."""
    inner = catalog_mentions(ctx.article.text, ctx.tokens[host.i + 1:host.j], ctx.catalog, ctx.lex.lang)
    return [Mention(m.i + host.i + 1, m.j + host.i + 1, m.start, m.end, m.entity, m.source) for m in inner]


def _between(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found]:
    """"a plan between X and Y" (also when the name itself holds the "between" phrase)."""
    docs = [m for m in ms if m.entity.type == "Agreement" and (m.j <= a and a - m.j <= 3 or m.i < a < m.j)]
    if not docs:
        return []
    doc = docs[-1]
    if doc.i < a < doc.j:  # the parties are inside the name: match them on their own
        ms = _inner(ctx, doc)
    actors = [m for m in ms if m.entity.type in ACTOR and m.i >= b and m.i - b <= 2 and m.source != "demonym"]
    if not actors:
        return []
    docs = [doc]
    parties = _actor_list(ms, actors[0], ACTOR, ctx)
    when = _when(ctx, s, a, "partyTo", "span")
    return [Found(p.entity, "partyTo", docs[-1].entity, s, when, confidence=0.75) for p in parties]


# --- modality, time, speaker -----------------------------------------------------

def _modality(ctx: Context, s: int, subj_i: int, a: int, rel: str) -> str:
    lo = max(ctx.sent_tokens[s][0], min(subj_i, a) - 2, a - 6)
    if ctx.lex.negation.find(ctx.words, lo, a + 1):
        return "negated"
    window = ctx.words[max(ctx.sent_tokens[s][0], a - 6):a + 1]
    if any(w.startswith(_REMAIN) for w in window):
        return "asserted"  # "will remain on the Council", "ще остане страна по": a state that goes on
    if rel not in ("partnerOf", "locatedIn") and \
            ctx.lex.hypothetical.find(ctx.words, max(ctx.sent_tokens[s][0], a - 6), a + 1):
        return "hypothetical"
    return "asserted"


_REMAIN = ("remain", "остане", "остава", "останат", "остават", "останется", "остается", "останутся", "остаются")


def _speaker(ctx: Context, s: int, ms: list[Mention]) -> Entity | None:
    lo, hi = ctx.sent_tokens[s]
    cues = ctx.lex.report.find(ctx.words, lo, hi)
    if not cues:
        return None
    a = cues[0][0]
    people = [m for m in ms if m.entity.type in ("Person", "State", "Organization") and m.source != "demonym"]
    before = [m for m in people if m.j <= a and a - m.j <= 8]
    after = [m for m in people if m.i >= cues[0][1] and m.i - cues[0][1] <= 4]
    pick = before[-1] if before else (after[0] if after else None)
    return pick.entity if pick else None


def _in_name(ctx: Context, t: TimeExpr) -> bool:
    """"ASEAN Community Vision 2045", "Agenda 2030": a bare year right after a capitalised word
    that is not a month is part of a name."""
    text = ctx.article.text[t.start:t.end]
    if not text.isdigit():
        return False
    i = ctx.token_at(t.start)
    if i == 0:
        return False
    prev = ctx.tokens[i - 1]
    return prev.is_cap and prev.end + 1 >= t.start and ctx.words[i - 1].rstrip(".") not in month_names() and \
        ctx.words[i - 1] not in _PREPOSITIONS and len(prev.text) > 2 and i - 1 not in _sentence_starts(ctx)


def _sentence_starts(ctx: Context) -> set[int]:
    return {lo for lo, _ in ctx.sent_tokens}


def _when(ctx: Context, s: int, a: int, rel: str, kind: str) -> When:
    named = [(m.start, m.end) for m in ctx.mentions_in(s) if m.proper and m.source in ("catalog", "new", "abbr")]
    times = [t for t in ctx.times_in(s) if t.span or not (any(x <= t.start < y for x, y in named) or _in_name(ctx, t))]
    trig_char = ctx.tokens[a].start
    anniv = [t for t in times if t.kind == "anniversary" and t.end <= trig_char and trig_char - t.end <= 40]
    if anniv:
        return _as_when(anniv[-1], rel)
    cands = [t for t in times if t.kind != "anniversary"]
    if cands:
        lo, hi = _clause_chars(ctx, s, a)
        inside = [t for t in cands if lo <= t.start < hi]
        text = ctx.article.text
        after = [t for t in inside if t.start >= trig_char and "," not in text[trig_char:t.start]]
        if kind == "start":  # "a member since 2015", "от 2010 г.": a state's date follows its cue or says "since"
            pool = after or [t for t in inside if _starts(ctx, t, a)]
            if not pool:
                return When()
        else:
            pool = after if after and rel in _AFTER_FIRST else (inside or [t for t in cands if not _in_relative(ctx, a, t)])
        if not pool:
            return _fallback_when(ctx, s, rel, kind, a)  # the sentence's dates belong to other acts
        best = min(pool, key=lambda t: abs(t.start - trig_char))
        if _ends(ctx, best) and not best.span:
            return When(end=best.at)  # "остават непостоянни членки до края на 2026 г."
        return _as_when(best, rel, _starts(ctx, best, a))
    return _fallback_when(ctx, s, rel, kind, a)


def _in_relative(ctx: Context, a: int, t: TimeExpr) -> bool:
    """A date after the cue inside a relative clause (", която се присъедини … през 2004 г.") is that clause's."""
    i = ctx.token_at(t.start)
    text = ctx.article.text
    return any(ctx.words[k] in _RELATIVE and "," in text[ctx.tokens[k - 1].end:ctx.tokens[k].start]
               for k in range(a + 1, i))


def _fallback_when(ctx: Context, s: int, rel: str, kind: str, a: int | None = None) -> When:
    """No date in the cue's clause: a dated act is the event's or the news day's; a state has none.
    An event named only after the cue ("…, which will host the next meeting in 2025") is not the act's."""
    if rel in POINT_RELATIONS or kind == "became":
        ev = ctx.event_for(s)
        if ev is not None and ev.sentence == s and a is not None and ctx.events:
            lo, hi = ctx.sentences[s]
            at = ctx.article.text.find(ev.entity.label, lo, hi)
            if at > ctx.tokens[a].start:
                ev = _main_event(ctx)
        if ev is not None and ev.at:
            return _as_when(TimeExpr(0, 0, "point", ev.at), rel)
        if ctx.article.date:
            return _as_when(TimeExpr(0, 0, "point", ctx.article.date), rel)
    return When()


def _as_when(t: TimeExpr, rel: str, starts: bool = False) -> When:
    if t.span:
        return When(start=t.span[0], end=t.span[1])
    if rel in START_RELATIONS or rel == "partyTo" or (starts and rel in ("chairOf", "officialOf")):
        return When(start=t.at)
    return When(at=t.at)


_SINCE = {"since", "from", "с", "со", "от", "начиная"}
_TAKE_OVER = ("took over", "takes over", "take over", "assumed", "assumes", "handed over", "пое", "поема", "поеме",
              "перешло", "перешл", "переходит", "перейдет", "принял", "приняла", "приема", "has held", "holds")


def _starts(ctx: Context, t: TimeExpr, a: int) -> bool:
    """"since 2015", "от 1 януари", "took over the presidency on Jan. 1": the time opens a period."""
    i = ctx.token_at(t.start)
    if i > 0 and ctx.words[i - 1] in _SINCE:
        return True
    lo, hi = ctx.sent_tokens[ctx.sentence_of_token(a)]
    window = " ".join(ctx.words[max(lo, a - 6):min(hi, a + 3)])
    return any(w in window for w in _TAKE_OVER)


_BECOME = ("became", "become", "becomes", "becoming", "received", "receives", "obtained", "granted", "получи", "получава",
           "получил", "получила", "получили", "получат", "предоставил", "предоставлен", "предоставен", "стана", "станаха", "стане", "станат", "стала", "стал", "стали",
           "станет", "станут", "становится", "становятся")
_AFTER_FIRST = START_RELATIONS | {"chairOf", "withdrewFrom", "ratified", "accededTo", "signed", "appliedFor"}
_UNTIL = {"until", "till", "through", "до", "по"}


def _ends(ctx: Context, t: TimeExpr) -> bool:
    """"until the end of 2025", "до края на 2026 г.", "до конца 2025 года": the time closes a period."""
    if ctx.article.text[t.start:t.end].lower().startswith(("до ", "until", "till", "by the end", "к концу")):
        return True
    i = ctx.token_at(t.start)
    before = ctx.words[max(0, i - 3):i]
    return bool(before) and (before[-1] in _UNTIL or any(w in _UNTIL for w in before[-3:-1]) and
                             before[-1] in ("края", "конца", "end", "the", "of"))


def _clause_chars(ctx: Context, s: int, a: int) -> tuple[int, int]:
    """The characters of the clause that holds token a, bounded by ", а/но/but/while", ";"
    and the neighbouring relation cues, so a date of another clause is not taken."""
    lo, hi = ctx.sent_tokens[s]
    text = ctx.article.text
    start = ctx.tokens[_clause_start(ctx, s, a)].start
    end = ctx.sentences[s][1]
    cues = [x for x, _, _ in ctx.lex.triggers.find(ctx.words, lo, hi)]
    before = [x for x in cues if x < a]
    after = [x for x in cues if x > a + 2]  # "withdrew its signature": one act, not the next clause
    if before:
        start = max(start, ctx.tokens[before[-1]].end)
    if after:
        end = min(end, ctx.tokens[after[0]].start)
    for k in range(a + 1, hi):
        between = text[ctx.tokens[k - 1].end:ctx.tokens[k].start]
        if ";" in between or ctx.words[k] in _BUT or ("," in between and (
                ctx.words[k] in _CONTRAST or ctx.words[k] in _RELATIVE or ctx.words[k] in ("что", "че", "което", "which"))):
            end = min(end, ctx.tokens[k].start)
            break
    for k in range(a - 1, lo, -1):
        if ";" in text[ctx.tokens[k - 1].end:ctx.tokens[k].start]:
            start = max(start, ctx.tokens[k].start)
            break
    return start, end


# --- output ----------------------------------------------------------------------

def to_claims(ctx: Context, found: list[Found]) -> list[Claim]:
    text = ctx.article.text
    seen: dict[tuple[str, str, str], Claim] = {}
    for f in found:
        key = (f.subject.iri, f.relation, f.object.iri)
        if f.relation == "partnerOf" and key[0] > key[2]:
            key = (key[2], key[1], key[0])
        a, b = ctx.sentences[f.sentence]
        claim = Claim(doc=ctx.article.doc, subject=f.subject, relation=f.relation, object=f.object,
                      evidence=Evidence(text[a:b], a, b), when=f.when, role=f.role,
                      confidence=f.confidence, modality=f.modality, reported_by=f.reported_by)
        old = seen.get(key)
        if old is None or (old.modality != "asserted" and claim.modality == "asserted") or \
                (old.modality == claim.modality and not old.when and claim.when):
            seen[key] = claim
    return list(seen.values())


def out_mentions(ctx: Context, claims: list[Claim]) -> list[OutMention]:
    """Every recognised mention, and the event nouns of the events the claims speak of."""
    kept = {c.subject.iri for c in claims} | {c.object.iri for c in claims}
    events = [m for m in ctx.event_mentions() if m.entity.iri in kept]
    found = [m for m in ctx.mentions if m.proper or m.source == "anaphor"] + events
    return [OutMention(ctx.article.doc, m.start, m.end, ctx.article.text[m.start:m.end], m.entity)
            for m in sorted(found, key=lambda m: m.start)]

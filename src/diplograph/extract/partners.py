"""Partners and parties: "strategic partnership between ASEAN and Russia", "partners of the
bloc: ...", "between A and B" (partyTo), with national parliaments never anybody's partner.
"""
from __future__ import annotations

import re
from typing import Final

from .antecedents import _COUNT, _PLURAL_DET, _PLURAL_NOUN, _group_named, _two_sides, _plural_antecedent, _pronoun_subject, _topic_org, plural_bodies
from .agents import _inner
from .clauses import _coordinated_verb
from .common import ACTOR, AND_WORDS, QUALITY as _QUALITY, Found, _PREPOSITIONS, _actor_list, _clause_start, phrase_at
from .context import Context
from .documents import _AUXILIARIES, _LINKS, _description_end, document_entity, proposed_initiative, unnamed_document
from .mentions import Mention, catalog_mentions, new_entity
from ..models import When
from .timing import _BECOME, _modality, _speaker, _when, own_times


def _stands_for_state(ctx: Context, m: Mention) -> bool:
    ent = ctx.catalog.entities.get(m.entity.iri)
    return ent is not None and ent.capital_of is not None


def _partners(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found]:
    status = _partners_of(ctx, s, ms, a, b) or _became_partner(ctx, s, ms, a, b) or _partners_in(ctx, s, ms, a, b)
    if status is not None:
        return status
    relative = _with_which(ctx, s, ms, a)
    if relative is not None:
        return relative
    if _describes_a_body(ctx, ms, a):
        return []  # "AUKUS, a trilateral security partnership": what the body is, not a tie of its own
    clause = _clause_start(ctx, s, a)
    ms = [m for m in ms if m.i >= clause]  # "Украйна и Грузия не участват, макар че Грузия е партньор на НАТО"
    ms = [m for m in ms if not (m.entity.type == "Organization" and _stands_for_state(ctx, m))]  # not a parliament
    frames = [k for k in range(clause, b + 12) if k < len(ctx.words) and ctx.words[k] in _FRAME and
              not (k > 0 and ctx.words[k - 1] in _FRAME_OWNERS)]  # ("в его рамках группа": the frame is filled)
    if frames:  # "взаимодействие в рамках АСЕАН и БРИКС", "cooperation within the SCO": where, not with whom
        ms = [m for m in ms if not any(f < m.i <= f + 3 and all(w in _FRAME_LINKS for w in ctx.words[f + 1:m.i])
                                       for f in frames) and not _in_framed_list(ctx, ms, m, frames)]
    withs = [m for m in ms if b <= m.i <= b + 4 and _after_with(ctx, m) and m.entity.type in ACTOR and
             m.source != "demonym"]
    tied = _ties_with(ctx, s, ms, a, clause, withs[0]) if withs else None
    if tied is not None:  # "трите страни … задълбочиха връзките си с Русия": the clause's subject and who comes after "с"
        return tied
    actors = [m for m in ms if m.entity.type in ACTOR and abs((m.i if m.i >= b else a) - (m.i if m.i >= b else m.j)) <= 10
              and (m.i >= b and m.i - b <= 10 or m.j <= a and a - m.j <= 10)]
    seen, uniq = set(), []
    for m in actors:
        if m.entity.iri not in seen:
            seen.add(m.entity.iri)
            uniq.append(m)
    if len(uniq) == 1 and uniq[0].j <= a:
        group = _plural_after(ctx, s, b)  # "Beijing has strategic partnerships with all five Central Asian states"
        uniq += [m for m in group if m.entity.iri != uniq[0].entity.iri]
    bodies = plural_bodies(ctx, s, a) if not [m for m in uniq if m.source not in ("anaphor", "generic")] else []
    if len({m.entity.iri for m in bodies}) >= 2:  # "Трите общности работят заедно": each of the bodies named before
        named = list({m.entity.iri: m for m in bodies}.values())  # with each other
        when, modality = _when(ctx, s, a, "partnerOf", "start"), _modality(ctx, s, a, a, "partnerOf")
        return [Found(x.entity, "partnerOf", y.entity, s, when, confidence=0.65, modality=modality,
                      reported_by=_speaker(ctx, s, ms)) for n, x in enumerate(named) for y in named[n + 1:]]
    pair = (_two_after(ctx, s, b) or _between_them(ctx, s, a, b)) if not uniq else []
    if pair:  # "Отношения двух стран опираются на …", "cooperation between the two countries": the pair named before
        return [Found(pair[0].entity, "partnerOf", pair[1].entity, s, _when(ctx, s, a, "partnerOf", "start"),
                      confidence=0.65, modality=_modality(ctx, s, a, a, "partnerOf"), reported_by=_speaker(ctx, s, ms))]
    if len(uniq) < 2 or (withs and all(m.i >= b for m in uniq)):
        return []  # ("The juntas have cut ties with France and turned to Russia": the clause's subject unknown, not
        # France and Russia each other's)
    listed = {m.entity.iri for m in _actor_list(ms, uniq[0], ACTOR, ctx)}
    if len(listed) == len(uniq) and ctx.words[a] in ctx.lex.words["partner_plurals"] and \
            (uniq[-1].j <= a or uniq[0].i >= b) and \
            not (len(uniq) == 2 and uniq[-1].j <= a and
                 any(w.startswith(_QUALITY) for w in ctx.words[max(ctx.sent_tokens[s][0], a - 2):a])):
        return []  # "Belarus, Bolivia and Cuba became partners", "partners include X, Y": of someone else
        # (but "Bulgaria and Japan established a strategic partnership", "Saudi Arabia and Iran restored
        # relations", "България и Азербайджан са стратегически партньори": of each other)
    anchor = uniq[0]
    modality = _modality(ctx, s, anchor.i, a, "partnerOf")
    when = _when(ctx, s, a, "partnerOf", "start")
    if any(w.startswith(_ended(ctx)) for w in ctx.words[b:min(ctx.sent_tokens[s][1], b + 3)]):
        when = When()  # "to restore diplomatic relations severed in 2016": when the old ties ended, not began
    speaker = _speaker(ctx, s, ms)
    return [Found(anchor.entity, "partnerOf", m.entity, s, when, confidence=0.7, modality=modality, reported_by=speaker)
            for m in uniq[1:]]


def _two_after(ctx: Context, s: int, b: int) -> list[Mention]:
    """"relations between the two countries", "отношенията между двете държави", "Отношения двух стран": the two
    states a count of two and a plural noun right after a ties cue stand for (the last pair named before)."""
    hi = ctx.sent_tokens[s][1]
    for k in range(b, min(hi - 1, b + 3)):
        if _COUNT.get(ctx.words[k]) == 2 and ctx.words[k + 1] in _PLURAL_NOUN:
            pair = _group_named(ctx, s, k + 1)
            return pair if len(pair) == 2 else []
    return []


def _between_them(ctx: Context, s: int, a: int, b: int) -> list[Mention]:
    """"в 2018 году отношения между ними были выведены на уровень стратегического партнерства", "relations between
    them": the two actors (states, or a state and a body) named before the pronoun."""
    lo = _clause_start(ctx, s, a)
    for k in range(lo, min(ctx.sent_tokens[s][1] - 1, b + 3)):
        if ctx.words[k] in ctx.lex.words["between"] and ctx.words[k + 1] in ctx.lex.words["them"]:
            return _two_sides(ctx, s, k, bodies_too=True)
    return []


def _with_which(ctx: Context, s: int, ms: list[Mention], a: int) -> list[Found] | None:
    """"… Kazakhstan and Uzbekistan, with which Bulgaria cooperates", "…, с които ведомството си сътрудничи", "…, с
    которыми Болгария сотрудничает": the relative's antecedents (the list right before it) are partners of the
    relative clause's subject. None when no such relative opens the cue's clause."""
    words, lo = ctx.words, ctx.sent_tokens[s][0]
    k = next((x for x in range(a - 2, max(lo, a - 6), -1) if phrase_at(ctx, "with_which", x)), None)
    if k is None:
        return None
    subj = next((m for m in ms if k + 2 <= m.i and m.j <= a and m.entity.type in ACTOR and m.source != "demonym"), None)
    last = next((m for m in reversed(ms) if m.j <= k and m.entity.type in ACTOR and m.source != "demonym"), None)
    if subj is None or last is None or ctx.article.text[last.end:ctx.tokens[k].start].strip() != ",":
        return []  # (a relative whose antecedent or subject is not an actor: no tie between the names around it)
    when = _when(ctx, s, a, "partnerOf", "start")
    modality = _modality(ctx, s, subj.i, a, "partnerOf")
    return [Found(subj.entity, "partnerOf", m.entity, s, when, confidence=0.7, modality=modality)
            for m in _actor_list(ms, last, ACTOR, ctx) if m.entity.iri != subj.entity.iri]


_WITH_WORDS: Final = {"с", "със", "со", "with"}


def _ties_with(ctx: Context, s: int, ms: list[Mention], a: int, clause: int, other: Mention) -> list[Found] | None:
    """Ties of the clause's subject with the actors after "with": the subject is the last actor
    before the cue that is not itself after "with", else the plural noun that opens the clause
    ("трите страни"); a tie ended ("прекратиха сътрудничеството с Франция") is negated."""
    others = _actor_list(ms, other, ACTOR, ctx)
    of = [m for m in ms if a < m.i and m.j <= other.i and m.entity.type in ACTOR and m.source != "demonym"]
    before = of[-1:] or [m for m in ms if clause <= m.i and m.j <= a and a - m.j <= 10 and m.entity.type in ACTOR and
                         m.source != "demonym" and not _after_with(ctx, m)]
    cue_ends = {y for _, y, _ in ctx.lex.triggers.find(ctx.words, clause, a)}
    objects = {m.entity.iri for m in before if m.i > 0 and (ctx.words[m.i - 1] in _PREPOSITIONS or m.i in cue_ends)}
    # (after a preposition or another cue: "член на АСЕАН", "членом АСЕАН", and its "(АСЕАН)")
    if not of and before and before[-1].entity.iri in objects:
        subjects = [m for m in ms if clause <= m.i and m.j <= a and m.entity.type in ACTOR and m.source != "demonym" and
                    not _after_with(ctx, m) and m.entity.iri not in objects]
        before = subjects[-1:] or before  # "Виетнам е член на АСЕАН … и поддържа … партньорство с Китай": Vietnam's
    shared = _coordinated_verb(ctx, s, a - 1) if not of and a > 0 else None
    if shared is not None:  # "The GCC already has an agreement with EFTA, …, and is expanding cooperation with
        first = [m for m in ms if ctx.sent_tokens[s][0] <= m.i and m.j <= shared and m.entity.type in ACTOR and
                 m.source != "demonym" and not _after_with(ctx, m)]  # ASEAN": the subject of the first verb
        before = first[:1] or before
    # ("връзките на АСЕАН с Евразийския икономически съюз": the one whose ties they are, between)
    anchors = _actor_list(ms, before[-1], ACTOR, ctx) if before else _plural_antecedent(ctx, s, a)
    if not anchors:  # "Все три государства … свернули сотрудничество с Францией и развивают … взаимодействие с Россией":
        joint = next((k for k in range(a - 1, max(clause, a - 5), -1) if ctx.words[k] in AND_WORDS), None)
        anchors = _plural_antecedent(ctx, s, joint) if joint is not None else []  # the first verb's plural subject
    if not anchors:
        return None  # ("He praised the defence cooperation with France": the general reading decides)
    modality = _modality(ctx, s, anchors[0].i, a, "partnerOf")
    lo = max(ctx.sent_tokens[s][0], a - 3)
    ended, ended_words = _ended(ctx), ctx.lex.words["ties_ended_words"]
    if modality == "asserted" and any(w.startswith(ended) or w in ended_words for w in ctx.words[lo:a]):
        modality = "negated"
    when = _when(ctx, s, a, "partnerOf", "start")
    speaker = _speaker(ctx, s, ms)
    return [Found(x.entity, "partnerOf", y.entity, s, when, confidence=0.7, modality=modality, reported_by=speaker)
            for x in anchors for y in others if x.entity.iri != y.entity.iri]



def _ended(ctx: Context) -> tuple[str, ...]:
    """The word beginnings that end ties (triggers.toml `ties_ended`), as the prefixes `str.startswith` takes."""
    return ctx._cached("ties_ended", ctx.lex.words, lambda: tuple(sorted(ctx.lex.words["ties_ended"])))


def _after_with(ctx: Context, m: Mention) -> bool:
    """Whether "with"/"с" (and at most an article) comes right before the mention."""
    k = m.i - 1
    if k >= 0 and ctx.words[k] in ("the", "a", "an"):
        k -= 1
    return k >= 0 and ctx.words[k] in _WITH_WORDS


def _plural_after(ctx: Context, s: int, b: int) -> list[Mention]:
    """The states a plural noun right after the cue stands for ("with all five Central Asian states",
    "с двете страни")."""
    hi = ctx.sent_tokens[s][1]
    for k in range(b, min(hi, b + 7)):
        if ctx.words[k] in _PLURAL_NOUN and any(ctx.words[x] in _PLURAL_DET for x in range(max(b, k - 4), k)):
            return _group_named(ctx, s, k)
    return []


_FRAME: Final = {"рамках", "рамките", "within", "framework", "линии", "линия", "through", "чрез", "посредством"}
_FRAME_LINKS: Final = {"на", "of", "the", "по"}
_FRAME_OWNERS: Final = {"его", "её", "ее", "их", "its", "their"}


def _in_framed_list(ctx: Context, ms: list[Mention], m: Mention, frames: list[int]) -> bool:
    """Whether m is listed with one named right after a framing word ("в рамках АСЕАН и БРИКС")."""
    heads = [x for x in ms if any(f < x.i <= f + 3 and all(w in _FRAME_LINKS for w in ctx.words[f + 1:x.i]) for f in frames)]
    return any(m in _actor_list(ms, h, ACTOR, ctx) for h in heads)


_OF: Final = {"of", "the", "на", "its"}


_APPOSITION_RE: Final = re.compile(r",\s+(?:a|an|the|един|една|одно|одна)\s+[^\W\d][\w\s-]*", re.IGNORECASE)


def _describes_a_body(ctx: Context, ms: list[Mention], a: int) -> bool:
    """Whether the cue ends an appositive description of the body just named ("AUKUS, a trilateral
    security partnership under which ...")."""
    cue_start = ctx.tokens[a].start
    body = next((m for m in reversed(ms) if m.j <= a and m.entity.type == "Organization" and m.source != "demonym"), None)
    if body is None or a - body.j > 5:
        return False
    between = ctx.article.text[body.end:cue_start]
    return _APPOSITION_RE.fullmatch(between + "x") is not None and between.strip(", ").islower()


def _partners_in(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found] | None:
    """"Australia, the United Kingdom and the United States have been partners in AUKUS": members of
    the grouping, not a partnership of each with the others."""
    if b >= len(ctx.words) or ctx.words[b] != "in" or not ctx.words[a].endswith("s"):
        return None
    body = next((m for m in ms if m.entity.type == "Organization" and m.source != "demonym" and
                 b < m.i <= b + 2), None)
    before = [m for m in ms if m.entity.type == "State" and m.j <= a and m.source != "demonym"]
    if body is None or not before:
        return None
    members = _actor_list(ms, before[0], {"State"}, ctx)
    when = _when(ctx, s, a, "memberOf", "start")
    modality = _modality(ctx, s, members[0].i, a, "memberOf")
    return [Found(m.entity, "memberOf", body.entity, s, when, confidence=0.65, modality=modality) for m in members]


def _became_partner(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found] | None:
    """"Казахстан стал партнером БРИКС", "became a BRICS partner country": a status in the body, as the
    contract's dialoguePartnerOf (partner countries), not ties between two actors."""
    lo = ctx.sent_tokens[s][0]
    if not any(w.startswith(_BECOME) for w in ctx.words[max(lo, a - 3):a]):
        return None
    org = next((m for m in ms if m.entity.type == "Organization" and m.source != "demonym" and
                (b <= m.i <= b + 1 or m.j in (a, a - 1))), None)
    state = next((m for m in reversed(ms) if m.entity.type == "State" and m.source != "demonym" and m.j <= a), None)
    if org is None or state is None:
        return None
    when = _when(ctx, s, a, "dialoguePartnerOf", "became")
    return [Found(state.entity, "dialoguePartnerOf", org.entity, s, When(start=when.at or when.start),
                  confidence=0.7, modality=_modality(ctx, s, state.i, a, "dialoguePartnerOf"))]


def _partners_of(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found] | None:
    """"the grouping's dialogue partners, including China, Japan ...", "В число партнеров
    организации входят Монголия, Турция ...": partner status in an organization."""
    if not ctx.words[a].endswith(("s", "и", "ов", "ами", "ам", "ите")):
        return None  # a plural noun: "partners", "партньори", "партнеров", "партнерами", "партнерам"
    partner_noun = ctx.words[b - 1] in ctx.lex.words["partner_plurals"]   # (not "връзките на АСЕАН с …": ties, told by `_ties_with`)
    org = next((m for m in ms if m.entity.type == "Organization" and m.source != "demonym" and
                b <= m.i <= b + 2 and all(w in _OF for w in ctx.words[b:m.i])), None)
    if org is None:
        org = next((m for m in ms if m.entity.type == "Organization" and m.j in (a, a - 1) and
                    (m.j == a or ctx.words[a - 1] == "s")), None)
    if org is None and ctx.words[a] in ctx.lex.words["partner_plurals"]:
        listed = [m for m in ms if m.entity.type == "State" and m.j <= a and a - m.j <= 3 and m.source != "demonym"]
        group = _actor_list(ms, listed[-1], {"State"}, ctx) if listed else []
        org = _topic_org(ctx, s, a) if len(group) >= 2 else None
        if org is not None:  # "Belarus, Bolivia … became partners on Jan. 1": of the article's bloc
            when = _when(ctx, s, a, "dialoguePartnerOf", "start")
            return [Found(m.entity, "dialoguePartnerOf", org.entity, s, when, confidence=0.65,
                          modality=_modality(ctx, s, group[0].i, a, "dialoguePartnerOf")) for m in group]
    if org is None:
        return None
    # (states, and bodies too: "партньорите на „Три морета“ са САЩ, Германия и Европейската комисия")
    after = [m for m in ms if m.entity.type in (ACTOR if partner_noun else ("State",)) and m.i >= max(b, org.j) and
             m.source != "demonym" and m.entity.iri != org.entity.iri]
    before = [m for m in ms if m.entity.type == "State" and m.j <= a and a - m.j <= 8 and m.source != "demonym"]
    states = _actor_list(ms, after[0], set(ACTOR) if partner_noun else {"State"}, ctx) if after else (_actor_list(ms, before[-1], {"State"}, ctx)
                                                                        if before else [])
    states = [m for m in states if m.entity.iri != org.entity.iri]
    if not states:
        return None
    # a roster of the body's partners is a status it grants ("партньори на обединението са Беларус, Боливия …", "В число
    # партнеров организации входят Монголия …"), and so is joining them ("Нигерия се присъедини към партньорите на
    # БРИКС"); states said to be its partners have ties with it, as one state has ("Австралия и Нова Зеландия са
    # партньори на алианса", like "Грузия е партньор на НАТО"), and so have "стратегическите партньори на „Три морета“ са …"
    quality = any(ctx.words[k].startswith(_QUALITY) for k in range(max(0, a - 2), a))
    joined = any(c.value == "join" for _, _, c in ctx.lex.triggers.find(ctx.words, max(ctx.sent_tokens[s][0], a - 4), a))
    rel = "dialoguePartnerOf" if (after or joined) and not quality else "partnerOf"
    modality = _modality(ctx, s, states[0].i, a, rel)
    when = _when(ctx, s, a, rel, "start")
    own = own_times(ctx, s, a, states, rel)  # (", а от миналата година – и Япония")
    return [Found(m.entity, rel, org.entity, s, own.get(m.entity.iri, when), confidence=0.7, modality=modality)
            for m in states]





def _between(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found]:
    """"a plan between X and Y" (also when the name itself holds the "between" phrase)."""
    docs = [m for m in ms if m.entity.type == "Agreement" and (m.j <= a and a - m.j <= 3 or m.i < a < m.j)]
    if not docs:
        return []
    doc = docs[-1]
    if _negotiated(ctx, doc):
        return []  # "the talks on the agreement between the EU and Mercosur": no parties while it is negotiated
    if doc.i < a < doc.j:  # the parties are inside the name: match them on their own
        ms = _inner(ctx, doc)
    actors = [m for m in ms if m.entity.type in ACTOR and m.i >= b and m.i - b <= 2 and m.source != "demonym"]
    if not actors:
        return []
    parties = _actor_list(ms, actors[0], ACTOR, ctx)
    if _signing_of(ctx, s, doc):  # "подписание Соглашения о ... между ЕАЭС и ОАЭ, а также Временного
        when = _when(ctx, s, a, "signed", "at")  # соглашения о торговле между ЕАЭС и Монголией": both signed
        return [Found(p.entity, "signed", doc.entity, s, when, confidence=0.7) for p in parties]
    when = _when(ctx, s, a, "partyTo", "span")
    return [Found(p.entity, "partyTo", doc.entity, s, when, confidence=0.75) for p in parties]


_DASHES: Final = ("-", "–", "—")


def dash_parties(ctx: Context) -> list[Found]:
    """"пътна карта ЕС – CELAC", "the EU-Ukraine Association Agreement", "соглашение о свободной торговле
    ЕАЭС – Иран": two sides joined by a dash in a document's name, or right after its head, are its parties
    (none while it is negotiated: "talks on an EU-Mercosur agreement")."""
    text = ctx.article.text
    out: list[Found] = []
    for s, (lo, hi) in enumerate(ctx.sentences):
        if not any(d in text[lo:hi] for d in _DASHES):
            continue
        ms = ctx.mentions_in(s)
        docs = [m for m in ms if m.entity.type == "Agreement" and m.source != "anaphor"]
        if not docs and ctx.lex.lang != "en":
            continue
        sides = [m for m in ms if m.entity.type in ACTOR and m.source != "demonym"]
        sides += [m for d in docs if any(x in text[max(0, d.start - 2):d.end] for x in _DASHES)
                  for m in _named_in(ctx, d) if m.entity.type in ACTOR]  # ("EU-Ukraine Association Agreement")
        sides.sort(key=lambda m: m.i)
        for x, y in zip(sides, sides[1:]):
            if y.i != x.j or text[x.end:y.start].strip() not in _DASHES or x.entity.iri == y.entity.iri:
                continue
            doc = next((d for d in docs if d.j == x.i or d.i <= x.i < y.j <= d.j or d.i in (y.i, y.j)), None) or \
                _head_after(ctx, s, x, y)
            if doc is None or _negotiated(ctx, doc):
                continue
            when = _when(ctx, s, doc.i, "partyTo", "span")
            out += [Found(m.entity, "partyTo", doc.entity, s, when, confidence=0.7,
                          modality=_modality(ctx, s, m.i, doc.i, "partyTo")) for m in (x, y)]
    return out


def draft_sponsors(ctx: Context) -> list[Found]:
    """"проект резолюции США и Японии", "проекта на резолюция на САЩ", "the United States' draft resolution":
    the states a draft belongs to put it forward."""
    out: list[Found] = []
    drafts = ctx.lex.words["drafts"]
    for k in [x for x, w in enumerate(ctx.words) if w in drafts]:  # (one pass over the words, not a loop per sentence)
        s = ctx.sentence_of_token(k)
        doc = unnamed_document(ctx, s, k, None)
        if doc is None or doc.i != k:
            continue
        ms = ctx.mentions_in(s)
        after = [m for m in ms if doc.i < m.i <= doc.j + 1 and m.entity.type == "State" and m.source != "demonym" and
                 (ctx.words[m.i - 1] in ("на", "of") or ctx.lex.lang == "ru") and
                 all(ctx.words[x] not in _PREPOSITIONS or ctx.words[x] in ("на", "of") for x in range(doc.i + 1, m.i))]
        # (the owners after a draft's noun may stand inside the name its description gives: "проекта на резолюция
        # на САЩ и Япония за космоса", so not `_owner_after`, which looks right after the noun)
        owner = None if after else _owner_before(ctx, ms, k, ("State",), demonyms=False)
        sponsors = _actor_list(ms, after[0], {"State"}, ctx) if after else ([owner] if owner else [])
        if not sponsors:
            continue
        when = _when(ctx, s, k, "proposed", "at")
        out += [Found(m.entity, "proposed", doc.entity, s, when, confidence=0.65,
                      modality=_modality(ctx, s, m.i, k, "proposed")) for m in sponsors]
    return out


def owned_agreements(ctx: Context) -> list[Found]:
    """"Kazakhstan's Enhanced Partnership and Cooperation Agreement with the EU", "споразумението … на Казахстан с
    ЕС", "соглашение … Казахстана с ЕС": the agreement's owner and the one it is held "with" are its parties."""
    out: list[Found] = []
    for s in range(len(ctx.sentences)):
        ms = ctx.mentions_in(s)
        hi = ctx.sent_tokens[s][1]
        for doc in ms:
            if doc.entity.type != "Agreement" or doc.source in ("demonym", "anaphor") or _negotiated(ctx, doc):
                continue
            owner = _owner_before(ctx, ms, doc.i, tuple(ACTOR), demonyms=False)
            if owner is None and ctx.lex.lang != "en":
                owner = _owner_after(ctx, ms, doc.j - 1, hi, tuple(ACTOR))
            end = owner.j if owner is not None and owner.i > doc.i else doc.j
            other = next((m for m in ms if m.i in (end + 1, end + 2) and m.entity.type in ACTOR and
                          m.source != "demonym" and _after_with(ctx, m)), None)
            if owner is None or other is None or owner.entity.iri == other.entity.iri:
                continue
            when = _when(ctx, s, doc.i, "partyTo", "span")
            modality = _modality(ctx, s, min(owner.i, doc.i), doc.i, "partyTo")
            out += [Found(m.entity, "partyTo", doc.entity, s, when, confidence=0.65, modality=modality)
                    for m in (owner, other)]
    return out


def ties_resting_on(ctx: Context, found: list[Found]) -> list[Found]:
    """"Отношения двух стран опираются на Договор об основах …", "Relations between the EU and the GCC are based on
    the 1988 Cooperation Agreement": the two whose ties (a partner claim of the sentence) rest on an agreement named
    right after "based on" are its parties."""
    out: list[Found] = []
    for f in found:
        if f.relation != "partnerOf" or f.modality != "asserted":
            continue
        lo, hi = ctx.sent_tokens[f.sentence]
        k = next((x for x in range(lo, hi - 1) if phrase_at(ctx, "rests_on", x)), None)
        if k is None:
            continue
        doc = next((m for m in ctx.mentions_at(k + 2, min(hi, k + 5)) if m.entity.type == "Agreement" and
                    m.source != "demonym"), None)
        if doc is None or not all(w in ctx.lex.words["before_a_document"] or w.isdigit() for w in ctx.words[k + 2:doc.i]):
            continue
        out += [Found(e, "partyTo", doc.entity, f.sentence, When(), confidence=0.65, modality="asserted")
                for e in (f.subject, f.object)]
    return out


_OWNER_WORDS: Final = 4    # tokens from a proposal's noun to its owner's name, at most ("предложението на руския президент Путин")
_OWNER_TYPES: Final = ("State", "Person", "Organization")


def proposal_owners(ctx: Context) -> list[Found]:
    """"Предложението на Путин", "предложение Бразилии о налогообложении", "френското предложение", "Brazil's
    proposal for a tax": whose a proposal is put it forward. The proposal is named from its noun to its owner
    or to the end of the description after it. ("a proposal to create …" is the proposing rule's: the thing
    to be created is what is proposed.)"""
    out: list[Found] = []
    nouns, made = ctx.lex.words["proposals"], ctx.lex.words["proposal_made"]
    words, text = ctx.words, ctx.article.text
    for k in [x for x, w in enumerate(words) if w in nouns]:
        s = ctx.sentence_of_token(k)
        lo, hi = ctx.sent_tokens[s]
        if ctx.lex.initiated_at(words, k):
            continue  # ("По предложение на министър Георгиев двете страни ще организират форум": the forum is it)
        ms = ctx.mentions_in(s)
        if ctx.lex.creation.find(words, k + 1, min(hi, k + 4)):
            created = proposed_initiative(ctx, s, k + 1)  # "Предложението за създаване на фонд …, внесено от Мароко"
            agent = _proposed_by(ctx, ms, created.j, hi) if created is not None else None
            if created is not None and agent is not None:
                out.append(Found(agent.entity, "proposed", created.entity, s, _when(ctx, s, k, "proposed", "at"),
                                 confidence=0.6, modality=_modality(ctx, s, agent.i, k, "proposed")))
            continue  # (else "a proposal to create …" is the proposing rule's: the thing to be created is proposed)
        owner = _owner_after(ctx, ms, k, hi, _OWNER_TYPES) if not any(w in made for w in words[max(lo, k - 3):k]) \
            else None
        before = owner is None
        if owner is None:
            owner = _owner_before(ctx, ms, k, _OWNER_TYPES, demonyms=True, attributive=True)
        if owner is None:
            continue
        person = next((m for m in ms if m.i == owner.j and m.entity.type == "Person"), None)
        if not before and owner.entity.type == "State" and person is not None:
            owner = person  # "предложение президента России Владимира Путина": the president's
        first, last = (owner.i if before else k), (k + 1 if before else owner.j)
        if not before and owner.source == "demonym":
            last += 1  # ("предложението на руската страна за …": the side's noun too)
        end = last
        if last < hi and words[last] in _LINKS.get(ctx.lex.lang, ()):
            end = _description_end(ctx, last, hi)  # "предложение Бразилии о более эффективном налогообложении"
            end = next((x for x in range(last, end) if words[x] in _AUXILIARIES), end)  # (not "… was welcomed")
        created = proposed_initiative(ctx, s, last)  # ("предложение российской стороны о создании газового хаба":
        if created is not None:                      # the hub)
            out.append(Found(owner.entity, "proposed", created.entity, s, _when(ctx, s, k, "proposed", "at"),
                             confidence=0.6))
            continue
        name = text[ctx.tokens[first].start:ctx.tokens[end - 1].end]
        short = text[ctx.tokens[first].start:ctx.tokens[last - 1].end]  # ("European Union proposal")
        # (owned, the proposal was made: "Скопие отхвърли френското предложение" rejects it, France still made it)
        out.append(Found(owner.entity, "proposed", new_entity(name, "Initiative", ctx.lex.lang,
                                                              (short,) if short != name else ()), s,
                         _when(ctx, s, k, "proposed", "at"), confidence=0.6))
    return out


def owned_proposal(ctx: Context, s: int, k: int) -> bool:
    """Whether the proposal noun at token k has an owner named right before or after it ("a European Union
    proposal to …", "предложение Бразилии о …"): `proposal_owners` reads it."""
    ms = ctx.mentions_in(s)
    return _owner_before(ctx, ms, k, _OWNER_TYPES, demonyms=True, attributive=True) is not None or \
        _owner_after(ctx, ms, k, ctx.sent_tokens[s][1], _OWNER_TYPES) is not None


def _proposed_by(ctx: Context, ms: list[Mention], after: int, hi: int) -> Mention | None:
    """The actor a proposal was "submitted by" ("внесено от Мароко", "внесенное Марокко"), right after its
    description (ending at token `after`)."""
    phrases = ctx.lex.words["proposal_by"]
    for x in range(after, min(hi, after + 3)):
        for n in (2, 1):
            if " ".join(ctx.words[x:x + n]) in phrases:
                return next((m for m in ms if m.i in (x + n, x + n + 1) and m.entity.type in _OWNER_TYPES and
                             m.source != "demonym"), None)
    return None


def _owner_after(ctx: Context, ms: list[Mention], k: int, hi: int, types: tuple[str, ...]) -> Mention | None:
    """Whose the noun ending at token k is, named after it: "на"/"of"/"by" and a name (an office before it
    may come between: "предложението на руския президент Путин"), or a Russian genitive right after
    ("предложение Бразилии", "проект резолюции США")."""
    words = ctx.words
    if k + 1 >= hi:
        return None
    linked = words[k + 1] in ctx.lex.words["owner_links"]
    if not linked and ctx.lex.lang != "ru":
        return None
    start = k + 2 if linked else k + 1
    if start >= hi:
        return None
    side = next((m for m in ms if m.i == start + (words[start] == "the") and m.source == "demonym" and
                 m.entity.type in types and m.j < hi and words[m.j] in ctx.lex.words["side"]), None)
    if side is not None:
        return side  # "предложението на руската страна", "предложение российской стороны": the state
    for m in ms:
        if start <= m.i <= start + _OWNER_WORDS and m.entity.type in types and m.source != "demonym":
            between = range(start, m.i)
            if all(words[x] in ("the",) or ctx.lex.roles.match_at(words, x) is not None or ctx.tokens[x].is_cap or
                   any(r.i <= x < r.j for r in ms if r.source == "demonym") or _in_role(ctx, x, start)
                   for x in between) and not _GAP_RE.search(ctx.article.text, ctx.tokens[k].end, m.start):
                return m if ctx.lex.lang != "ru" or linked or m.i == start or words[start] not in _PREPOSITIONS else None
            return None
    return None


def _owner_before(ctx: Context, ms: list[Mention], k: int, types: tuple[str, ...], demonyms: bool,
                  attributive: bool = False) -> Mention | None:
    """Whose the noun at token k is, named right before it: "Brazil's proposal", "the United States' draft",
    (`demonyms`) "френското предложение", or (`attributive`, English) "a European Union proposal"."""
    text = ctx.article.text
    owner = next((m for m in ms if m.j == k and m.entity.type in types and
                  ((demonyms and m.source == "demonym") or text[m.end:m.end + 2] in ("'s", "’s", "' ") or
                   (attributive and ctx.lex.lang == "en" and m.proper and text[m.end:ctx.tokens[k].start] == " "))),
                 None)
    if owner is None and k >= 2 and ctx.words[k - 1] == "s":   # ("Brazil ’ s proposal": the "s" a token)
        owner = next((m for m in ms if m.j == k - 1 and m.entity.type in types), None)
    return owner


def _in_role(ctx: Context, x: int, start: int) -> bool:
    return any(a <= x < b for a, b, _ in ctx.lex.roles.find(ctx.words, start, x + 1))


_GAP_RE: Final = re.compile(r"[,;:()\n—–]")


def _negotiated(ctx: Context, doc: Mention) -> bool:
    """Whether the document is told as the subject of talks ("преговорите по споразумението …"): still
    negotiated, it has no parties yet."""
    return any(w in ctx.lex.words["negotiations"] for w in ctx.words[max(0, doc.i - 3):doc.i])


def _named_in(ctx: Context, host: Mention) -> list[Mention]:
    """Catalog names inside a document's name, read apart on each side of a dash ("EU-Ukraine
    Association Agreement": the EU and Ukraine, not the agreement itself again)."""
    text = ctx.article.text
    cuts = [host.i] + [k for k in range(host.i + 1, host.j)
                       if text[ctx.tokens[k - 1].end:ctx.tokens[k].start].strip() in _DASHES] + [host.j]
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        out += [Mention(m.i + lo, m.j + lo, m.start, m.end, m.entity, m.source)
                for m in catalog_mentions(text, ctx.tokens[lo:hi], ctx.catalog, ctx.lex.lang)]
    return out


def _head_after(ctx: Context, s: int, x: Mention, y: Mention) -> Mention | None:
    """"the EU-CELAC Roadmap", "a US-China trade deal": a document's head noun right after the two sides
    (English puts them before it); the document is named from the first side to the head."""
    found = ctx.lex.documents.find(ctx.words, y.j, min(ctx.sent_tokens[s][1], y.j + 3))
    if ctx.lex.lang != "en" or not found:
        return None
    k, end, _ = found[0]
    if any(not ctx.tokens[t].text.isalpha() for t in range(y.j, k)):
        return None
    name = ctx.article.text[x.start:ctx.tokens[end - 1].end]
    return Mention(x.i, end, x.start, ctx.tokens[end - 1].end, document_entity(ctx.article.doc, name, ()), "unnamed",
                   proper=False)


def _signing_of(ctx: Context, s: int, doc: Mention) -> bool:
    """Whether the document is the object of a signing told before it in its sentence, alone or as the
    next of a list of documents (no other act's cue between)."""
    lo = ctx.sent_tokens[s][0]
    names = [(m.i, m.j) for m in ctx.mentions_in(s) if m.entity.type == "Agreement" and m.j <= doc.i]
    cues = [c for c in ctx.lex.triggers.find(ctx.words, lo, doc.i) if c[2].value not in ("party", "partner")
            and not any(i <= c[0] < j for i, j in names)]  # (a cue inside a document's name, "between", no act)
    return bool(cues) and cues[-1][2].value == "sign"


def _agreement_with(ctx: Context, s: int, ms: list[Mention], a: int, b: int) -> list[Found]:
    """"The GCC already has a free trade agreement with EFTA", "ЕАЕС има споразумение за свободна търговия със
    Сърбия", "У ЕАЭС есть соглашение … с Сербией": the holder and the ones after "with" are parties to the
    agreement, and partners. Only with an agreement right after the verb and actors right after "with"."""
    hi = ctx.sent_tokens[s][1]
    if _WITH_WORDS.isdisjoint(ctx.words[b:hi]):
        return []  # ("has" is common: most sentences with it tell no agreement with anybody)
    doc = next((m for m in ms if m.entity.type == "Agreement" and b <= m.i <= b + 4 and m.source != "demonym"), None)
    if doc is None:
        doc = unnamed_document(ctx, s, b, None)  # "has a free trade agreement with …": named by its kind
    if doc is None or doc.entity.type != "Agreement":
        return []
    end = doc.i + 1
    while end < hi and end - doc.j < 6 and ctx.words[end] not in _WITH_WORDS:
        end += 1  # ("соглашение о свободной торговле с Сербией": past the description, or inside it)
    other = next((m for m in ms if m.i in (end + 1, end + 2) and m.entity.type in ACTOR and _after_with(ctx, m) and
                  m.source != "demonym"), None)
    if other is None:
        return []
    clause = _clause_start(ctx, s, a)
    owner_at = a - 1 if ctx.lex.lang == "ru" else a
    holders = [m for m in ms if clause <= m.i and m.j <= owner_at and a - m.j <= 4 and m.entity.type in ACTOR and
               m.source != "demonym" and not _after_with(ctx, m)]
    if not holders:
        it = _pronoun_subject(ctx, s, a)  # "it has long had a Visiting Forces Agreement with the United States"
        if it is None:
            return []
        holders = [it]
    holder = holders[-1]
    others = [m for m in _actor_list(ms, other, ACTOR, ctx) if m.entity.iri != holder.entity.iri]
    modality = _modality(ctx, s, holder.i, a, "partyTo")
    if ctx.lex.negation.find(ctx.words, b, max(b + 1, doc.i + 1)):
        modality = "negated"  # "Russia has no agreement with the EU"
    when = _when(ctx, s, a, "partyTo", "span")
    speaker = _speaker(ctx, s, ms)
    out: list[Found] = []
    while True:
        out += [Found(x.entity, "partyTo", doc.entity, s, when, confidence=0.65, modality=modality, reported_by=speaker)
                for x in [holder, *others]]
        out += [Found(holder.entity, "partnerOf", y.entity, s, When(), confidence=0.6, modality=modality,
                      reported_by=speaker) for y in others]
        held = _held_next(ctx, s, ms, max((m.j for m in others), default=other.j))  # (the other may be the holder)
        if held is None:
            return out
        doc, other = held  # "… a Visiting Forces Agreement with the United States, concluded in 1998, and a
        others = [m for m in _actor_list(ms, other, ACTOR, ctx) if m.entity.iri != holder.entity.iri]  # Status of
        when = When()  # Visiting Forces Agreement with Australia": the holder's too (the date was the first's)


_HELD_GAP: Final = 8  # tokens from one agreement's partners to the next agreement held, at most


def _held_next(ctx: Context, s: int, ms: list[Mention], after: int) -> tuple[Mention, Mention] | None:
    """The next agreement of a coordinated list of agreements held "with" someone, and its first partner:
    a coordinating word, then the agreement, "with" and an actor."""
    hi = ctx.sent_tokens[s][1]
    doc = next((m for m in ms if m.entity.type == "Agreement" and after <= m.i <= after + _HELD_GAP and
                m.source not in ("demonym", "anaphor")), None)
    if doc is None:
        return None
    coord = next((x for x in range(doc.i - 1, after - 1, -1) if ctx.words[x] in ctx.lex.words["coordinating"]), None)
    if coord is None or ctx.lex.triggers.find(ctx.words, coord, doc.i):
        return None  # ("…, and signed a treaty with …": another act; ", concluded in 1998, and": the first's)
    end = doc.j
    if end >= hi or ctx.words[end] not in _WITH_WORDS:
        return None
    other = next((m for m in ms if m.i in (end + 1, end + 2) and m.entity.type in ACTOR and _after_with(ctx, m) and
                  m.source != "demonym"), None)
    return (doc, other) if other is not None else None


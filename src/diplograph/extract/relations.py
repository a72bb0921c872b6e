"""Relations between actors from cue words: for each cue, the subject and object by the
relation's domain and range and by word order, through lists, passives, relative clauses,
pronouns and gapping; partner and party claims; metonyms ("Washington" for its state).
"""
from __future__ import annotations

from collections.abc import Callable, Set as AbstractSet

import re
from dataclasses import replace
from operator import attrgetter
from typing import Final

from ..dates import term_years
from ..models import Entity, When
from .agents import (_MEMBERS_OF, _before_relative, _colon_list, _genitive, _inner, _instrumental_agents,
                     _officials_after, _parties_named, _passive_agents, _passive_voice, agent_follows)
from .antecedents import _COUNT, _PLURAL_NOUN, plural_bodies, _about_a_treaty, _person_pronoun_subject, _plural_antecedent, _pronoun_subject, _relative_object, _topic_org, _two_people
from .clauses import (_ALONG_RE, _IT, _MEMBERSHIP, _OBJECT_PRONOUNS, _TOWARD, _NEW_CLAUSE_RE, _OF_MEMBERS, _after_preposition, _along_with, _coordinated_verb,
                      _modifies_a_document,
                      _counterparties, _described_spans, _followed_by, _gapped, _names_a_document, _own_relative, _presided_event, _pronoun_object,
                      _SUBJECT_PRONOUNS, _pronoun_patient, _singular_relative, _whole_body)
from .common import (AND_WORDS, OF_WORDS, QUALITY, Found, _INSERTION_OPENERS, _after_dateline, _PREPOSITIONS, _RELATIVE, _SUBORDINATE, _actor_list, _before_token, _clause_start,
                     insertion_end, lo_of, opens_list, phrase_at)
from .coreference import _name_keys
from .context import Context, Event
from .documents import final_document, proposal_before, proposal_on, proposed_initiative, proposed_object, unnamed_document
from .lexicon import WordPrefixes
from .mentions import Mention, is_adjective
from .partners import (_agreement_with, _between, _partners, dash_parties, draft_sponsors, owned_agreements, owned_proposal,
                       proposal_owners, ties_resting_on)
from .proxies import _handed_to, _leaders_state, _parliament_state, _whose_country
from .signers import on_event_day
from .timing import _BECOME, _TAKE_OVER_RE, _as_when, _modality, _speaker, _when, own_times


_LIKE: Final = {"like", "подобно"}
_AS_TOO: Final = {("как", "и"), ("както", "и"), ("as", "does"), ("подобно", "на")}
_BECOMES: Final = WordPrefixes(_BECOME)
_WITH: Final = frozenset({"с", "със", "со", "with"})
_POSSESSED: Final = frozenset({"whose", "their", "its", "чиито", "чийто", "чиято", "техните", "чьи", "чей", "их", "своих"})
_INTO: Final = {"в", "във", "во", "к", "ко", "към", "по", "into"}  # ("союзники по НАТО": the allies act)


def relations(ctx: Context) -> list[Found]:
    out: list[Found] = []
    for s, trig in ctx.lex.triggers.by_sentence(ctx.words, ctx.sent_tokens).items():
        lo, hi = ctx.sent_tokens[s]
        blockers = [(x, ctx.lex.groups[c.value].get("blocks", []), ctx.lex.groups[c.value].get("block_span", 10**6))
                    for x, _, c in trig]
        blockers = [(x, bl, span) for x, bl, span in blockers if bl]
        ms = ctx.mentions_in(s)   # (a list of its own)
        inside = {k: m for m in ms if m.proper and m.source != "anaphor" for k in range(m.i, m.j)}
        for a, b, cue in trig:
            group = cue.value
            if blockers and any(group in bl and abs(x - a) <= span and not _own_relative(ctx, x, a) and
                                _clause_start(ctx, s, max(x, a)) <= min(x, a) for x, bl, span in blockers) and \
                    not _short_apposition(ctx, s, a):
                continue  # "left the union it was a member of": one act; but ", of which it has been a member" is told apart
            if ctx.lex.lang == "en" and a > lo and ctx.tokens[a].is_cap and not ctx.tokens[a].is_upper and \
                    b < hi and ctx.tokens[b].is_cap and ctx.tokens[a - 1].is_cap and \
                    ctx.tokens[b - 1].is_cap:  # (not "The OSCE Secretariat is based in Vienna")
                continue  # "the Quad-at-Sea Ship Observer Mission": a word of a name the catalog lacks
            if a in inside and group != "party":
                host = inside[a]
                if group == "partner" and host.entity.type == "Agreement":
                    # "Plan of Action ... Strategic Partnership between ASEAN and Russia": the name states it
                    out += _partners(ctx, s, _inner(ctx, host), a, b)
                continue  # "Gulf Cooperation Council" is a name, not a cooperation
            if group == "partner" and a > 0 and ctx.words[a - 1] in ("в", "във") and \
                    ctx.words[a].startswith(("связ", "отношени", "връзк")):
                continue  # "в связи с", "в отношении", "във връзка с": idioms, not ties
            if group == "partner" and _dialogue_after(ctx, ms, b):
                out += _typed(ctx, s, ms, a, b, "dialogue")  # "партнером ШОС по диалогу": the status, split
            elif group == "partner":
                out += _partners(ctx, s, _metonyms(ctx, ms, _WITH), a, b)  # "сотрудничество с Москвой"
            elif group == "party" and ctx.words[a] in ("between", "между"):
                out += _between(ctx, s, ms, a, b)
            elif group == "join" and b - a > 1 and ctx.words[b - 1] in _INTO and b < hi and ctx.tokens[b].is_cap and \
                    not any(m.i == b and m.entity.type in ("Organization", "Agreement") for m in ms) and \
                    ctx.lex.anaphora.match_at(ctx.words, b) is None and ctx.lex.heads.match_at(ctx.words, b) is None and \
                    (verb := next((c for x, _, c in ctx.lex.triggers.find(ctx.words[a:b - 1])  # (the verb alone)
                                   if x == 0 and c.value == "adopt"), None)) is not None:
                # "приеха в Кьолн Пакта за стабилност": adopted in a town, no one admitted into anything
                out += _typed(ctx, s, ms, a, a + len(verb.words), "adopt")
            else:
                out += _typed(ctx, s, ms, a, b, group)
    for s, held in ctx.lex.possess.by_sentence(ctx.words, ctx.sent_tokens).items():
        for a, b, _ in held:  # "The GCC has a free trade agreement with EFTA"
            out += _agreement_with(ctx, s, ctx.mentions_in(s), a, b)
    out += ties_resting_on(ctx, out) + _initiatives_taken(ctx) + _members_listed(ctx)
    return out + dash_parties(ctx) + draft_sponsors(ctx) + proposal_owners(ctx) + owned_agreements(ctx)




def _unread_object(ctx: Context, s: int, b: int) -> bool:
    """Whether the words right after a cue name what it acts on by a noun no mention was read for: "(from) the
    court", "съда", "от договора" (a body or treaty referred to whose antecedent is unknown)."""
    hi = ctx.sent_tokens[s][1]
    k = b
    openers = ctx.lex.words["object_openers"]
    while k < hi and k - b < 3 and ctx.words[k] in openers:
        k += 1
    if k >= hi:
        return False
    cue = ctx.lex.anaphora.match_at(ctx.words, k) or ctx.lex.heads.match_at(ctx.words, k)
    if cue is None and k > b and ctx.words[k - 1] == "the":
        cue = ctx.lex.anaphora.match_at(ctx.words, k - 1)  # ("the court": English anaphors hold their article)
    return cue is not None and not any(m.i <= k < m.j for m in ctx.mentions_in(s))


_INITIATED_GAP: Final = 8  # tokens from a founding verb to "at the initiative of", at most


def _initiative_owners(ctx: Context, usable: list[Mention], end: int) -> list[Mention]:
    """Whose initiative an "at the initiative of" phrase ending at token `end` names: the actors listed right
    after it, a person rather than the state before his name ("по инициативе первого президента Казахстана
    Нурсултана Назарбаева": the president)."""
    first = next((m for m in usable if end <= m.i <= end + 4 and m.entity.type in ("State", "Person", "Organization")), None)
    if first is None:
        return []
    person = next((m for m in usable if m.i == first.j and m.entity.type == "Person"), None)
    if first.entity.type == "State" and person is not None:
        first = person
    return _actor_list(usable, first, {"State", "Person", "Organization"}, ctx)


def _initiated(ctx: Context, s: int, usable: list[Mention], a: int, b: int) -> list[Found] | None:
    """"Форматът беше създаден … по инициатива на президента Клаус Йоханис и на Дуда", "СВМДА было создано по
    инициативе … Назарбаева", "founded in 2015 at the initiative of Romania and Poland": who took the initiative
    proposed the body created (the passive's subject, else the body the text is about); None when no such
    phrase follows the verb."""
    hi = ctx.sent_tokens[s][1]
    end = next((y for x, y, _ in ctx.lex.initiated_by.find(ctx.words, b, hi) if x < b + _INITIATED_GAP), None)
    if end is None:
        return None
    owners = _initiative_owners(ctx, usable, end)
    if not owners:
        return []
    before = [m for m in ctx.mentions_in(s - 1) if m.entity.type == "Organization" and m.proper] if s > 0 else []
    body = next((m for m in reversed(usable) if _clause_start(ctx, s, a) <= m.i and m.j <= a and
                 m.entity.type == "Organization"), None) or (before[0] if before else None) or _topic_org(ctx, s, a)
    # ("Букурещката деветка обединява … Форматът беше създаден": the body the sentence before opened with)
    if body is None:
        return []
    when = _when(ctx, s, a, "proposed", "at")
    return [Found(m.entity, "proposed", body.entity, s, when, confidence=0.7,
                  modality=_modality(ctx, s, m.i, a, "proposed")) for m in owners if m.entity.iri != body.entity.iri]




def _members_listed(ctx: Context) -> list[Found]:
    """"Страны Тихоокеанского альянса – Колумбия, Мексика, Перу и Чили – подписали …", "the Pacific Alliance
    countries – Colombia, Mexico, Peru and Chile –", "Страните от алианса: …": a body's countries, then a list after
    a dash or colon, are its members."""
    out: list[Found] = []
    nouns, links = ctx.lex.words["member_nouns"], ctx.lex.words["member_noun_links"]
    if not nouns.intersection(ctx.words):
        return out
    text = ctx.article.text
    for s in range(len(ctx.sentences)):
        ms = ctx.mentions_in(s)
        for org in ms:
            if org.entity.type != "Organization" or org.source == "demonym":
                continue
            if org.j < len(ctx.words) and ctx.words[org.j] in nouns:
                head = org.j + 1  # "the Pacific Alliance countries – …"
            elif (org.i > 0 and ctx.words[org.i - 1] in nouns) or \
                    (org.i > 1 and ctx.words[org.i - 1] in links and ctx.words[org.i - 2] in nouns):
                head = org.j  # "Страны Тихоокеанского альянса – …", "Страните от алианса – …"
            else:
                continue
            first = next((m for m in ms if m.i >= head and m.entity.type == "State" and m.source != "demonym"), None)
            if first is None or first.i - head > 1 or not opens_list(text[ctx.tokens[head - 1].end:first.start]):
                continue
            listed = _actor_list(ms, first, {"State"}, ctx)
            if len(listed) < 2:
                continue
            modality = _modality(ctx, s, first.i, first.i, "memberOf")
            out += [Found(m.entity, "memberOf", org.entity, s, When(), confidence=0.7, modality=modality) for m in listed]
    return out


_NEW_THINGS: Final = ("new", "generic", "unnamed")  # how a mention of something the text brings in was found


def _initiatives_taken(ctx: Context) -> list[Found]:
    """"По инициатива на Рамафоса през годината работи и независим експертен комитет …", "At the initiative of
    Kazakhstan, the ministers set up a working group …": whose initiative opens a clause proposed the new body,
    initiative or document the clause then names (not one the catalog knows: "По инициатива на Русия ШОС прие …" is
    no proposal of the SCO). A founding verb right before the phrase is `_initiated`'s."""
    out: list[Found] = []
    for s, found in ctx.lex.initiated_by.by_sentence(ctx.words, ctx.sent_tokens).items():
        lo, hi = ctx.sent_tokens[s]
        usable = ctx.mentions_in(s)
        for x, y, _ in found:
            if any(c.value == "found" and x - b < _INITIATED_GAP for _, b, c in
                   ctx.lex.triggers.find(ctx.words, max(lo, x - _INITIATED_GAP), x)):
                continue
            owners = _initiative_owners(ctx, usable, y)
            if not owners:
                continue
            end = max(m.j for m in owners)
            thing = next((m for m in usable if m.i >= end and m.source in _NEW_THINGS and
                          m.entity.type in ("Organization", "Initiative", "Agreement")), None)
            if thing is None:
                continue
            when = _when(ctx, s, x, "proposed", "at")
            out += [Found(m.entity, "proposed", thing.entity, s, when, confidence=0.65,
                          modality=_modality(ctx, s, x, x, "proposed")) for m in owners]
    return out


def _dialogue_after(ctx: Context, ms: list[Mention], b: int) -> bool:
    """"партнером ШОС по диалогу", "партньор на ШОС по диалога": a body's name between "partner" and "in
    dialogue" splits the status's name."""
    body = next((m for m in ms if b <= m.i <= b + 1 and m.entity.type == "Organization"), None)
    return body is not None and phrase_at(ctx, "in_dialogue", body.j)




# "Лидеры государств - членов ШОС подписали ...", "leaders of the member states of the EU": the states act,
# not the organization after the word for its members
def _metonyms(ctx: Context, ms: list[Mention], through: frozenset[str] = frozenset()) -> list[Mention]:
    """"Washington left the treaty", "Москва ратифицира договора": a capital acting stands for its state
    (not after a preposition, "in Moscow", unless one in `through`: "сотрудничество с Москвой")."""
    out = []
    for m in ms:
        if m.source == "demonym" and m.entity.type == "State" and m.j < len(ctx.words) and ctx.words[m.j] in ctx.lex.words["speaks_for_state"]:
            out.append(Mention(m.i, m.j + 1, m.start, ctx.tokens[m.j].end, m.entity, "metonym", True))
            continue  # "Белорусская сторона выдвинула идею", "the Russian side"
        ent = ctx.catalog.entities.get(m.entity.iri) if m.entity.type in ("Place", "Organization") else None
        if ent is not None and ent.capital_of and ent.capital_of in ctx.catalog.entities and \
                (m.i == 0 or _word_before_place(ctx, m.i) not in _PREPOSITIONS or ctx.words[m.i - 1] in through or
                 _genitive_na(ctx, m.i)) and \
                m.source != "demonym" and (m.j >= len(ctx.words) or ctx.lex.event_heads.match_at(ctx.words, m.j) is None) and \
                ctx.article.text[m.end:m.end + 1] != "-":  # "the Vienna-based OPEC", "Delhi summit": a place
            out.append(Mention(m.i, m.j, m.start, m.end, ctx.catalog.entity(ent.capital_of), "metonym", m.proper))
        else:
            out.append(m)
    return out


def _place_before_where(ctx: Context, usable: list[Mention], s: int, a: int) -> Mention | None:
    """The place a clause opened by "where"/"където"/"где" after a comma speaks of: the one named right
    before the comma."""
    lo = lo_of(ctx, s)
    r = next((k for k in range(a - 1, max(lo, a - 8) - 1, -1) if ctx.words[k] in ctx.lex.words["where"]), None)
    if r is None or "," not in ctx.article.text[ctx.tokens[r - 1].end:ctx.tokens[r].start]:
        return None
    return next((m for m in usable if m.j == r and m.entity.type in ("Place", "State")), None)


def _unaside(ctx: Context, between: str) -> str:
    """The text between two words without an aside set off by commas ("имеют, в частности, США и Япония",
    "are, in particular, …"): the words of the `asides` list and their commas."""
    if "," not in between:
        return between
    for aside in ctx.lex.words["asides"]:
        between = between.replace(f", {aside},", " ")
    return between


_ACTS_ON_DOCUMENTS: Final = {"sign", "ratify", "withdraw", "leave", "adopt", "propose"}
_OFFICE_LINKS: Final = {"to", "at", "of", "на", "при", "к"}


def _of_an_office(ctx: Context, m: Mention, role_ends: set[int]) -> bool:
    """Whether a body is named as the one an office serves ("the U.S. ambassador to the United Nations",
    "генералния секретар на ООН"): part of a person's title, not what an act is done to."""
    k = m.i - 1 if m.i > 0 and ctx.words[m.i - 1] == "the" else m.i
    return k > 0 and ctx.words[k - 1] in _OFFICE_LINKS and (k - 1) in role_ends


def _genitive_na(ctx: Context, i: int) -> bool:
    """"решението на Ереван", "позицията на Москва": Bulgarian "на" after a noun marks whose it is (a
    city's name after it stands for its state), not where (Bulgarian says "в Ереван" for that)."""
    return ctx.lex.lang == "bg" and i > 1 and ctx.words[i - 1] == "на" and ctx.tokens[i - 2].text.isalpha() and \
        ctx.words[i - 2] not in _PREPOSITIONS and not ctx.tokens[i - 2].is_cap




def _word_before_place(ctx: Context, i: int) -> str:
    """The word before a place's name, read past "the (Lithuanian) capital" before it: "in" for "in the
    Lithuanian capital Vilnius" (the place is where, not who)."""
    k = i - 1
    if k >= 0 and ctx.words[k] in ctx.lex.words["capital"]:
        for x in range(k - 1, max(-1, k - 4), -1):
            if ctx.words[x] in _PREPOSITIONS:
                return ctx.words[x]
    return ctx.words[k] if k >= 0 else ""


def _sentence_view(ctx: Context, s: int, ms: list[Mention]) -> tuple[list[Mention], list[Mention], set[int]]:
    """The sentence's mentions with metonyms read, those that can be a claim's argument, and
    the tokens where role phrases end: the same for every cue of the sentence, so worked out
    once for the list `relations` holds for it."""
    hit = ctx._index.get("typed_sentence")
    if hit is not None and hit[0] is ms:
        return hit[1]
    read = _metonyms(ctx, ms)
    usable = [m for m in read if m.source != "demonym" and (m.proper or m.entity.type in ("Agreement", "Initiative"))]
    role_ends = {y for _, y, _ in ctx.lex.roles.find(ctx.words, lo_of(ctx, s), ctx.sent_tokens[s][1])}
    view = (read, usable, role_ends)
    ctx._index["typed_sentence"] = (ms, view)
    return view


_KIND_WORDS_BEFORE: Final = 3  # "представи Инвестиционната програма „Глобален портал“": the kind before the name


def _of_a_kind(ctx: Context, obj: Mention, b: int, kinds: list[str]) -> bool:
    """Whether an object is of one of `kinds` (word beginnings): its name says so, or the words right
    before it do."""
    lo = max(b, obj.i - _KIND_WORDS_BEFORE) if obj.i >= b else obj.i
    head = " ".join(obj.entity.label.lower().split()[:3])  # (its head: not "доклад за изпълнението на пътната карта")
    said = " " + " ".join(ctx.words[lo:min(obj.j, obj.i + 3)]) + " " + head
    return any(" " + k in said for k in kinds)


def _joins_a_status(ctx: Context, s: int, a: int, b: int) -> bool:
    """Whether what a joining verb (ending at token b) joins is a status's holders: a cue of dialogue partners,
    observers or partners (plural) right after it, or right after the body named there ("joins Indian Ocean bloc's
    dialogue partners", "присоединилась к партнерам БРИКС"); not one further on ("joined NATO, while Sweden …")."""
    hi = min(ctx.sent_tokens[s][1], b + 9)
    body = next((m for m in ctx.mentions_at(b, hi) if m.i <= b + 2 and m.entity.type == "Organization"), None)
    near = (body.j if body is not None else b) + 2
    return any(x <= near and (c.value in ("dialogue", "observer") or (c.value == "partner" and ctx.words[y - 1] in ctx.lex.words["partner_plurals"]))
               for x, y, c in ctx.lex.triggers.find(ctx.words, b, hi))


def _inside_insertion(ctx: Context, clause: int, m: Mention, a: int) -> bool:
    """Whether `m` lies inside a relative or participle phrase set off by commas (`insertion_end`), opened at the
    last comma before it and closing before the cue at a: what the phrase tells of, not who acts (not
    "Mozambique, which was admitted in 1995, and Rwanda, …, which joined": a comma between)."""
    k = _after_last_comma(ctx, clause, m.i)
    if k is None or k == m.i:
        return False
    end = insertion_end(ctx, k, a)
    if end is None and ctx.words[k] in ctx.lex.words["apposition_openers"] and k > clause:
        text = ctx.article.text
        end = next((x for x in range(m.j, a + 1) if "," in text[ctx.tokens[x - 1].end:ctx.tokens[x].start]), None)
        # ("Turkey, a NATO member, has been a dialogue partner": an apposition closed before the cue)
    return end is not None and m.j <= end and not (end < a and ctx.words[end] in _INSERTION_OPENERS)
    # (not "…, a body created in 2021 by Antigua and Barbuda and Tuvalu, whose prime ministers signed": the cue is
    # in a relative clause of the names inside)


def _in_relative_after(ctx: Context, b: int, m: Mention) -> bool:
    """Whether `m` lies in a relative clause opened by a comma after token b and not yet closed by another comma:
    the relative's own subject or object, not the main clause's."""
    k = _after_last_comma(ctx, b - 1, m.i)
    return k is not None and (ctx.words[k] in _RELATIVE or (k + 1 < m.i and ctx.words[k + 1] in _RELATIVE))


def _after_last_comma(ctx: Context, lo: int, i: int) -> int | None:
    """The token right after the last comma before token i (a comma right before i counts), after token lo."""
    text = ctx.article.text
    return next((x for x in range(i, max(lo, 0), -1) if "," in text[ctx.tokens[x - 1].end:ctx.tokens[x].start]), None)


def _object_then_and(ctx: Context, m: Mention, a: int) -> bool:
    """Whether `m` is the object of a preposition other than a genitive link ("из ИКАО", not "на Ереван"),
    followed before the cue at a by "and" opening a second verb phrase: the cue's subject is the first verb's."""
    k = m.i - 1 if m.i > 0 and ctx.words[m.i - 1] != "the" else m.i - 2
    return k >= 0 and ctx.words[k] in _PREPOSITIONS and ctx.words[k] not in OF_WORDS and \
        any(w in ctx.lex.words["coordinating"] for w in ctx.words[m.j:a])


def _denied_outright(ctx: Context, s: int, a: int, having: list[str]) -> bool:
    """Whether a negation stands right before the cue at a, or before a verb of `having` right before it ("has no
    obligations", "няма задължения", "не несет обязательств"): what is denied is the cue's noun itself, not
    something done with it ("is not complying with its obligations")."""
    k = a - 1 if a > 0 and ctx.words[a - 1] in having else a
    lo = lo_of(ctx, s)
    return k > lo and any(y == k for _, y, _ in ctx.lex.negation.find(ctx.words, max(lo, k - 3), k))


def _granted_to(ctx: Context, usable: list[Mention], s: int, a: int, b: int) -> list[Mention]:
    """"The SCO granted dialogue partner status to Saudi Arabia, Egypt and Qatar", "предостави статут на наблюдател на
    Саудитска Арабия", "предоставил статус партнера по диалогу Саудовской Аравии": after a verb of granting, the
    states the status goes to (after "to"/"на", or right after the cue) hold it."""
    lo, hi = ctx.sent_tokens[s]
    if not any(w in ctx.lex.words["grant_verbs"] for w in ctx.words[max(lo, a - 4):a]):
        return []
    k = b
    while k < min(hi, b + 3) and ctx.words[k] in ctx.lex.words["granted_to"]:
        k += 1
    first = next((m for m in usable if m.i == k and m.entity.type == "State" and m.source != "demonym"), None)
    return _actor_list(usable, first, {"State"}, ctx) if first is not None else []


def _short_apposition(ctx: Context, s: int, a: int) -> bool:
    """Whether the cue at token a stands in a short apposition set off by commas after a name ("Turkey, a NATO member,
    has been a dialogue partner", "Турция, членка на НАТО, е …"): a thing told of its own, blocked by no other cue."""
    lo, hi = ctx.sent_tokens[s]
    opens = _after_last_comma(ctx, max(lo, a - _APPOSITION - 1), a)
    closes = next((k for k in range(a + 1, min(hi, a + _APPOSITION + 1)) if "," in _before_token(ctx, k)), None)
    return opens is not None and closes is not None and \
        any(m.j == opens and m.source != "demonym" for m in ctx.mentions_in(s))  # (set off after a name)


_APPOSITION: Final = 4  # tokens from a cue to either comma of a short apposition


def _adopted_by_noun(ctx: Context, s: int, usable: list[Mention], b: int) -> list[Found]:
    """"Совещание завершилось … принятием Пномпеньской декларации и плана действий", "the summit ended with the
    adoption of …": the documents right after the noun were adopted by the sentence's event (no state of the
    sentence adopted them: "в столице Камбоджи")."""
    ev = ctx.sentence_event.get(s)
    if ev is None:
        return []
    first = next((m for m in usable if b <= m.i <= b + 2 and m.entity.type == "Agreement"), None)
    if first is not None:
        docs = _actor_list(usable, first, {"Agreement"}, ctx)
    else:
        described = unnamed_document(ctx, s, b, None) or final_document(ctx, s, b)
        docs = [described] if described is not None else []
    when = _when(ctx, s, b - 1, "adopted", "at")
    return [Found(ev.entity, "adopted", m.entity, s, when, confidence=0.7, modality=_modality(ctx, s, b - 1, b - 1, "adopted"))
            for m in docs]


def _of_a_body(ctx: Context, s: int, a: int, b: int) -> bool:
    """Whether the cue's noun is of a body named right after it ("стран - участниц механизма сотрудничества
    Меконг-Ланьцан", "участник ШОС"): a member's word, no party to a document further on."""
    hi = ctx.sent_tokens[s][1]
    if ctx.words[b - 1] in ctx.lex.words["listing_ends"]:
        return False  # "has 50 parties, including the EU, …": the parties listed, a body among them
    if b < hi and (head := ctx.lex.heads.match_at(ctx.words, b)) is not None and head.value == "Organization":
        return True  # (a body named by its kind: "участниц механизма сотрудничества …")
    first = next((m for m in ctx.mentions_at(b, min(hi, b + 3)) if m.source != "demonym"), None)
    return first is not None and first.entity.type == "Organization" and first.i <= b + 2


def _counted(ctx: Context, s: int, a: int, b: int) -> bool:
    """Whether the cue is counted ("has 15 full members and five associate members", "пет асоциирани членове"): a
    body's make-up, told of no one."""
    lo = ctx.sent_tokens[s][0]
    return any(ctx.words[k].isdigit() or ctx.words[k] in _COUNT for k in range(max(lo, a - 2), a))


def _used_as_noun(ctx: Context, s: int, a: int, b: int) -> bool:
    """Whether a cue that may be a verb or a plural noun ("groups") is a noun here: not right after an
    organization's name or after a comma that closes an insertion after it."""
    if ctx.words[a] not in ctx.lex.words["verb_or_noun"]:
        return False
    if a == 0:
        return True
    if "," in ctx.article.text[ctx.tokens[a - 1].end:ctx.tokens[a].start]:
        return False
    end = ctx.tokens[a - 1].end
    return not any(m.j == a and m.entity.type == "Organization" for m in ctx.mentions_ending(end, end))


def _founding_date(ctx: Context, iri: str) -> str | None:
    """The day (or month, or year) the article says a body was founded on: a time right after a founding cue or
    just before it ("учредена на 17 юли 1996 г.", "founded in 2001", "в 2001 году создан"), in a sentence that
    names the body (read once per article and body)."""
    key = ("founded", iri)
    hit = ctx._index.get(key)
    if hit is None:
        day = None
        for s, found in ctx.lex.triggers.by_sentence(ctx.words, ctx.sent_tokens).items():
            cues = [(a, b) for a, b, c in found if c.value == "found" and any(
                m.entity.iri == iri and _founded_there(ctx, m, a, b) for m in ctx.mentions_in(s))]
            if not cues:
                continue
            for t in ctx.times_in(s):
                x, y = ctx.token_at(t.start), ctx.token_at(max(t.start, t.end - 1)) + 1
                if t.kind == "point" and t.at and any(0 <= x - b <= 4 or 0 <= a - y <= 3 for a, b in cues):
                    day = t.at
                    break
            if day is not None:
                break
        hit = ctx._index[key] = (day,)
    return hit[0]


def _founded_there(ctx: Context, m: Mention, a: int, b: int) -> bool:
    """Whether the founding cue at tokens a..b founds the body named by `m`: named just before it ("X was founded",
    "X, founded in"), or right after it ("founded X"), and not inside another body's name ("the Parliamentary
    Assembly of the Black Sea Economic Cooperation, founded …") nor as an agent ("set up by the BRICS nations")."""
    k = m.i - 1 if m.i > 0 and ctx.words[m.i - 1] != "the" else m.i - 2
    if k >= 0 and (ctx.words[k] in OF_WORDS or ctx.words[k] in _BY):
        return False
    return (m.j <= a and a - m.j <= 8) or (m.i >= b and m.i - b <= 2)


def _among_others(ctx: Context, s: int, a: int, b: int) -> bool:
    """"В число (стратегических) партнеров организации входят Монголия …": those listed are partners, not
    members ("в число членов" is a membership)."""
    return any(ctx.words[k] in ctx.lex.words["number_of"] and k + 1 < len(ctx.words) and
               not ctx.words[k + 1].startswith(_MEMBERSHIP) for k in range(max(lo_of(ctx, s), a - 8), a))


def _described_thing(ctx: Context, s: int, a: int, b: int) -> bool:
    """"the proposed treaty", "their proposed plan": a thing so described, no act told here."""
    return a > lo_of(ctx, s) and ctx.words[a - 1] in ctx.lex.words["determiners"]


def _initiative_of(ctx: Context, s: int, a: int, b: int) -> bool:
    """"создано по инициативе Назарбаева", "at the initiative of": whose initiative is told by the founding
    verb (`_initiated`), not a proposal of its own."""
    return ctx.lex.initiated_at(ctx.words, a)


def _attended_as(ctx: Context, s: int, a: int, b: int) -> bool:
    """"Бразилия присъства само като наблюдател", "attended as an observer": a role at a meeting, no status
    in a body."""
    return a > 0 and ctx.words[a - 1] in ctx.lex.words["as_role"] and \
        bool(ctx.lex.participate.find(ctx.words, max(lo_of(ctx, s), a - 5), a))


def _document_subject(ctx: Context, s: int, a: int, b: int) -> bool:
    """"протокол о вступлении Швеции в НАТО", "Sweden's accession protocol": what a document is about."""
    return _names_a_document(ctx, a, b)


def _typed(ctx: Context, s: int, ms: list[Mention], a: int, b: int, group: str) -> list[Found]:
    ms, usable, role_ends = _sentence_view(ctx, s, ms)
    spec = ctx.lex.groups[group]
    info = ctx.lex.trigger_groups[group]
    passed = _passed_from_to(ctx, usable, s, b) if group == "chair" else None
    if group == "chair" and ctx.lex.roles.match_at(ctx.words, a) is not None and _person_follows(ctx, b) and \
            passed is None and not (b < len(ctx.words) and ctx.words[b] in ctx.lex.words["passed_from"]):
        # ("Председательство перешло от Киргизии к Азербайджану"; "took over the NAM's chairmanship from Azerbaijan's
        # President Ilham Aliyev": the one it was taken from, no office holder)
        return []  # "the chairman of the Commission Ursula von der Leyen": an office, told by officials()
    if any(_SKIPS[name](ctx, s, a, b) for name in info.skip_when):
        return []  # the group's own readings of a cue that makes no claim (triggers.toml `skip_when`)
    if group == "found":
        initiated = _initiated(ctx, s, usable, a, b)
        if initiated is not None:
            return initiated
    not_near = info.not_near
    if not_near and info.near.any_of(ctx.words[max(lo_of(ctx, s), a - spec.get("not_near_back", 3)):b + 2]):
        return []  # "membership talks with Ukraine", "поканата за членство": not (yet) a member
    needs = spec.get("needs_after", {}).get(ctx.lex.lang)
    if needs and not any(w in needs for w in ctx.words[max(lo_of(ctx, s), a - 4):min(b + 4, ctx.sent_tokens[s][1])]):
        return []  # "Мексика вышла на первую строчку": leaving is "из" something ("из МУС вышла Бурунди")
    rels = info.relations
    if a > 0 and " ".join(ctx.words[a - 1:a + 1]) in ctx.lex.words["by_accession"]:
        return []  # "joined by accession in 2018": how the verb before joined, no act of its own
    if group == "propose" and ctx.words[a] in ctx.lex.words["proposals"] and owned_proposal(ctx, s, a):
        return []  # "a European Union proposal to lower …": whose it is, read by partners.proposal_owners
    if group == "adopt" and any(ctx.words[x] in ctx.lex.words["proposals"] and owned_proposal(ctx, s, x)
                                for x in range(b, min(ctx.sent_tokens[s][1], b + 5))):
        return []  # "approved a European Union proposal to …": a proposal approved, no document named before
    if group == "adopt" and ctx.words[a] in ctx.lex.words["adoption_nouns"]:
        return _adopted_by_noun(ctx, s, usable, b)
    if a > 0 and ctx.words[a - 1] in spec.get("described_before", {}).get(ctx.lex.lang, ()):
        return []  # "the goal, agreed under the Kunming-Montreal framework": what the treaty holds, no party
    if group == "party" and ctx.words[a] == "under" and \
            any(c.value == "found" for _, _, c in ctx.lex.triggers.find(ctx.words, lo_of(ctx, s), a)):
        rels = ("signed",)  # "founded in 1991 by Argentina, Brazil ... under the Treaty of Asuncion": its founders signed it
    ranges = info.ranges
    if group in _ACTS_ON_DOCUMENTS:  # ("уведомиха генералния секретар на ООН, че се оттеглят от …": not the UN)
        usable = [m for m in usable if not _of_an_office(ctx, m, role_ends)]
    after = [m for m in usable if m.i >= b and m.i - b <= 12 and m.entity.type in ranges and
             not (m.j < len(ctx.words) and ctx.words[m.j] in _MEMBERS_OF)]  # "the BRICS nations" are states
    before = [m for m in usable if m.j <= a and a - m.j <= 6 and m.entity.type in ranges and
              not (group == "member" and m.entity.type == "Agreement" and ctx.words[a].startswith(_MEMBERSHIP)) and
              not (m.j < a and ctx.words[m.j] in _MEMBERS_OF) and  # ("other NATO allies suspended its operation")
              not _own_relative(ctx, m.i, a)]  # ("Литва, която е членка на НАТО, обсъжда оттегляне от …": not NATO)
    # ("В заключителната декларация не се споменава членството на Украйна": not the declaration's party)
    if agent_follows(ctx, b):
        after = []  # "a resolution put forward by Russia, which …, the Budapest Convention": the patient is before
    if b < ctx.sent_tokens[s][1] and ctx.words[b] in ctx.lex.words["listing_ends"]:
        after = []  # "It now counts more than 160 members, including the European Union": those listed are no body
    member_state = group == "member" and b < len(ctx.words) and ctx.words[b] in ctx.lex.words["member_of_body"] and \
        bool(before) and before[-1].j == a
    if member_state:
        after = []  # "the only U.N. member state that is not a party to the Convention": a member of the UN
    contrast = next((k for k in range(b, min(ctx.sent_tokens[s][1] - 1, b + 12)) if ctx.words[k] in ctx.lex.words["contrast"]
                     and "," in ctx.article.text[ctx.tokens[k - 1].end:ctx.tokens[k].start] and
                     ctx.lex.negation.match_at(ctx.words, k + 1) is None and ctx.words[k + 1] not in _VERB_AFTER_BUT), None)
    if contrast is not None:  # "настоява за пълноправно членство, но съответните промени в Хелзинкското споразумение
        after = [m for m in after if m.i < contrast]  # не са одобрени": the clause after "but" has its own subject and
        # objects (not "подписали, но не са ратифицирали конвенцията": the verbs share the object)
    if group in ("propose", "present"):  # ("proposed to NATO", "внесли в ООН": the addressee; a body proposed is one the catalog lacks)
        after = [m for m in after if m.entity.type != "Organization" or m.source == "new"]
        before = [m for m in before if m.entity.type != "Organization" or (
            (m.source == "new" or _passive_voice(ctx, a) or (m.source == "anaphor" and not m.entity.in_catalog)) and
            ctx.lex.documents.match_at(ctx.words, m.j) is None)]  # ("Инициативу Лула выдвинул": the new alliance)
        # (but "the Three Seas Initiative, proposed by Poland": the patient; not "a General Assembly resolution
        # put forward by Russia", where the body names the document)
    if group == "member" and ctx.words[a].startswith("вход") and not (b < len(ctx.words) and ctx.words[b] in ("в", "во")):
        into = [m for m in before + [m for m in usable if _clause_start(ctx, s, a) <= m.i and m.j <= a and
                                     m.entity.type in ranges]
                if m.i > 0 and (ctx.words[m.i - 1] in ("в", "во") or
                                (ctx.words[m.i - 1] == "состав" and m.i > 1 and ctx.words[m.i - 2] in ("в", "во")))]
        # ("В состав СБЕР входят Дания, …, а также Европейская комиссия": the body after "в состав")
        if into:  # "в группу из региональных объединений входит только Европейский союз": the group is joined
            after, before = [], [into[-1]]
    if after and group == "adopt" and _new_document_noun(ctx, after[0], b):
        after = []  # "принял резолюцию": a resolution of its own, not the programme named before
    unread = group in ("leave", "withdraw", "join") and _unread_object(ctx, s, b)
    if unread:
        before = []  # "notified the UN of its withdrawal from the court", "first EU member state to leave the
        # court": the act's own object follows, one no name was read for; not the body before (nor one after)
        after = [m for m in after if "," not in ctx.article.text[ctx.tokens[b - 1].end:m.start]]
    if after and b + 1 < len(ctx.words) and ctx.words[b] in _TOWARD and ctx.words[b + 1] in _OBJECT_PRONOUNS and \
            after[0].i > b + 1:
        pointed = _pronoun_object(ctx, s, a, b, ranges, direct=group in _DIRECT_ACTS)
        if pointed is not None:  # "официально вышла из нее в знак протеста против … пяти стран договора": the body
            after = [pointed]    # the pronoun stands for, not a name further on
    obj = after[0] if after else (before[-1] if before else None)
    if after and after[0].entity.type == "Organization":
        doc = next((m for m in usable if m.i == after[0].j and m.entity.type == "Agreement" and m.entity.type in ranges), None)
        if doc is not None:
            obj = doc  # "joined the OPEC+ Charter of Cooperation": the charter, the body only names it
    if after and before and "," in ctx.article.text[ctx.tokens[b - 1].end:after[0].start] and \
            "," not in ctx.article.text[before[-1].end:ctx.tokens[a].start]:
        obj = before[-1]  # "имеет в ООН статус государства-наблюдателя, не являющегося членом организации"
    if group == "hq":
        where = _place_before_where(ctx, usable, s, a)
        if where is not None:  # "във Виена, където е седалището на ОССЕ", "Vienna, where the OSCE has its headquarters"
            obj, after = where, []
    relative_obj = _relative_object(ctx, usable, s, a, b, ranges) if not after and not unread else None
    obj = relative_obj or obj  # "the NPT, to which Russia is a party"
    participle_doc: Mention | None = None
    more_objects: list[Mention] = []  # a second proposal after "and": "proposed a business forum and an energy centre"
    if spec.get("unnamed_object") and not is_adjective(ctx.words[b - 1], ctx.lex.lang):  # not "подписания днес договор"
        doc = unnamed_document(ctx, s, b, obj if obj is not None and obj.i >= b else None, info.false_objects)
        if doc is not None:
            obj = doc  # "приеха декларация", "adopted a package of amendments to the IHR"
            ms = sorted([*ms, doc], key=attrgetter("i"))
    elif spec.get("unnamed_object"):
        doc = participle_doc = _participle_document(ctx, s, usable, b)
        if doc is not None:
            obj = doc  # "внесенный Россией проект резолюции": the draft the participle describes
            ms = sorted([*ms, doc], key=attrgetter("i"))
    if spec.get("creates"):
        made = proposed_initiative(ctx, s, b)
        if made is None and (obj is None or obj.i > b + 3):
            made = proposed_object(ctx, s, a, b, any_verb=group == "present")  # "Modi proposed a BIMSTEC business forum"
        if made is None and group == "propose" and (obj is None or obj.i < a or obj.i > b + 3):
            made = proposal_on(ctx, s, a, b)  # "внесе в СТО предложение за постепенно намаляване на …"
        if made is not None and made.source == "unnamed":
            obj = made  # "предложил создать зерновую биржу БРИКС", "proposal to build a new architecture"
            ms = sorted([*ms, made], key=attrgetter("i"))
            also = _and_another_proposal(ctx, s, a, made)
            if also is not None:
                more_objects.append(also)
        elif made is not None:
            obj = made
    if group == "chair" and ctx.words[a].startswith(_CO):
        co = _co_chairs(ctx, s, usable, a, b)
        if co:
            return co
    if group == "chair" and (ctx.words[a] in _UNDER or ctx.words[b - 1] in _BY or agent_follows(ctx, b) or
                             (b < ctx.sent_tokens[s][1] and ctx.words[b] in _BY and _passive_voice(ctx, b - 1)) or
                             (b + 1 < ctx.sent_tokens[s][1] and ctx.words[b] == "over" and ctx.words[b + 1] == "by")):
        # ("was presided over by Kazakhstan's ambassador, Akan Rakhmetullin")
        return _chaired_by(ctx, s, usable, a, b)  # "под председательством президента Рахмона", "ръководено от"
    if group == "chair":
        presided = _presided_event(ctx, s, b)
        if presided is not None and _for_a_year(ctx, s, b):
            body = _topic_org(ctx, s, a)  # "страна которого председательствует в форуме в 2025 году": the body's
            presided = _whole_body(ctx, body) if body is not None else presided  # rotating chair, for the year
        if presided is not None:
            obj = presided  # "Председательствовавший на саммите G20 президент Лула", "presided over the summit"
    organ = group == "chair" and obj is not None and obj.entity.type == "Organization" and \
        obj.entity.label.rsplit(" ", 1)[-1].lower() in ctx.lex.words["executive_organs"]
    # ("chairperson of the African Union Commission": its head, an office (officialOf); but "Canada holds the
    # rotating chair of the CPTPP Commission": a state's chair)
    if passed is not None:  # "Председательство перешло от Киргизии к Азербайджану", "passed from Kyrgyzstan to ...":
        target = obj if obj is not None and obj.entity.type in ("Organization", "Event") else _topic_org(ctx, s, a)
        if target is None:  # the one ends its chair the day the other begins
            return []
        passer, taker = passed
        when = _when(ctx, s, a if passer is not None and passer.i < taker.i - 2 and not _in_relative_after(ctx, b, passer)
                     else taker.i - 2, "chairOf", "at")  # (the verb of passing dates it: "в 2024 году перейдет к …")
        day = when.at or when.start
        mod = _modality(ctx, s, (passer or taker).i, a, "chairOf")
        return [Found(m.entity, "chairOf", target.entity, s, When(end=day) if m is passer else When(start=day),
                      confidence=0.75, modality=mod) for m in (passer, taker) if m is not None]
    handover = _handed_to(ctx, ms, s, a, b) if group == "chair" else None
    if handover is not None:
        target = obj if obj is not None and obj.entity.type == "Organization" else _topic_org(ctx, s, a)
        if target is None:
            return []
        when = _when(ctx, s, a, "chairOf", "became")
        day = when.at or when.start
        out = [Found(handover.entity, "chairOf", target.entity, s, When(start=day),
                     confidence=0.75, modality=_modality(ctx, s, handover.i, a, "chairOf"))]
        clause = _clause_start(ctx, s, a)
        givers = [m for m in usable if clause <= m.i and m.j <= a and a - m.j <= 6 and m.entity.type in ("State", "Person")
                  and m.entity.iri != handover.entity.iri and m.source != "demonym"]
        if givers:  # "Thailand handed over the chairmanship of the grouping to Bangladesh": Thailand's ends that day
            out.append(Found(givers[-1].entity, "chairOf", target.entity, s, When(end=day), confidence=0.7,
                             modality=_modality(ctx, s, givers[-1].i, a, "chairOf")))
        return out
    if spec.get("adjacent") and (obj is None or obj.i != b or obj.entity.type != "Organization"):
        return []  # "е в НАТО": only with the organization right after the cue
    if obj is None:
        obj = _pronoun_object(ctx, s, a, b, ranges, direct=group in _DIRECT_ACTS,  # "към него се присъединиха"
                              possessive=group == "party" or (group == "sign" and ctx.words[a].startswith(_SIGNATORY)) or
                              (group in ("found", "member") and a > 0 and ctx.words[a - 1] in ctx.lex.words["its"] and
                               b < len(ctx.words) and ctx.words[b] in _COPULAS))
        # ("Its founders were Côte d'Ivoire, Upper Volta …": the body told before)
    if obj is None and spec.get("passive_object") and _passive_voice(ctx, a):
        obj = _pronoun_patient(ctx, s, a, ranges) or _patient_before_insertion(ctx, usable, s, a, ranges)
        # ("Тя беше подписана през 1936 г. от Турция", "The ECO Trade Agreement, signed in 2003, has been ratified by")
        if obj is None and group == "propose":
            obj = proposal_before(ctx, s, a)  # "The idea of a special court was first proposed by Ukraine"
            if obj is not None:
                ms = sorted([*ms, obj], key=attrgetter("i"))
    if obj is None and (ctx.words[b - 1] in ctx.lex.words["listing_ends"] or
                        (b < ctx.sent_tokens[s][1] and ctx.words[b] in ctx.lex.words["listing_ends"])):
        obj = _pronoun_patient(ctx, s, a, ranges)  # ("It now counts more than 160 members, including the EU")  # "It has 50 parties, among them the EU …": the treaty told before
    implicit = False
    gathering = None
    if group == "withdraw" and ctx.words[a] in ctx.lex.words["leaving"] and \
            not ctx.lex.words["without"].isdisjoint(ctx.words[b:min(ctx.sent_tokens[s][1], b + 14)]):
        return []  # "leaving the nearly 200 parties to the Convention … without an agreement": no one left anything
    if group == "party" and ctx.words[a] == "under" and b < len(ctx.words) and ctx.words[b] in ctx.lex.words["under_whose"]:
        return []  # "a new fund under the authority of the convention's parties": whose authority, no party
    if group == "withdraw" and ctx.words[a].startswith(tuple(ctx.lex.words["suspend_words"])) and \
            ctx.lex.event_heads.find(ctx.words, max(lo_of(ctx, s), a - 6), min(ctx.sent_tokens[s][1], b + 3)):
        return []  # "biodiversity talks in Colombia were suspended", "suspended the session": a meeting paused, no one left
    if group == "member" and ctx.words[b - 1] == "to" and b < len(ctx.words) and ctx.words[b] in ctx.lex.words["office_verbs"]:
        return []  # "Brazil's Carvalho elected to head UN seabed authority": an office, no membership
    if group == "member" and ctx.words[a] in ctx.lex.words["gathers"]:
        clause = _clause_start(ctx, s, a)  # "Организацията за черноморско икономическо сътрудничество, създадена
        gathering = next((m for m in usable if clause <= m.i < a and m.entity.type == "Organization"  # …, обединява …":
                          and not _after_preposition(ctx, m)), None)  # the body the clause is about (not "членки
        obj = gathering or obj  # на ЕС" after the verb: "Инициативата обединява 13 държави членки на ЕС: …")
        if gathering is None and ctx.words[a] in ctx.lex.words["gathers_named"]:
            return []  # "joins a group that already includes China …": no body named, none to guess
    bare = obj is None and spec.get("implicit_when_bare") and _bare(ctx, s, b, spec.get("bare_next", {}).get(ctx.lex.lang))
    if bare:
        obj = _told_before(ctx, s, a, ranges, group)  # "the INF Treaty collapsed after the United States pulled out"
    if obj is None and ((ctx.words[a] in ctx.lex.words["treaty_verbs"] and _bare(ctx, s, b)) or
                        " ".join(ctx.words[b:b + 2]) in ctx.lex.words["by_accession"]):
        since = ctx.sent_tokens[max(0, s - 3)][0]  # "…, when Timor-Leste joined it; South Sudan acceded in 2012",
        obj = next((m for m in reversed(ctx.mentions) if since <= m.i and m.j <= a and m.entity.type == "Agreement" and
                    "Agreement" in ranges and not _modifies_a_document(ctx, m)), None)  # "joined by accession in
        # 2018": acceding with no object is to the treaty last told of (in this sentence or the three before)
    if obj is None and (spec.get("implicit_org") or (bare and "Organization" in ranges)) and \
            not ctx.words[a].startswith(_MEMBERSHIP) and (group != "chair" or ctx.words[b - 1] in ctx.lex.words["chair_nouns"]):
        obj = _topic_org(ctx, s, a)  # "Iran was admitted exactly a year ago": to the organization the article is about
        if obj is not None and b < len(ctx.words) and ctx.words[b] in ("a", "an") and \
                not any(m.i in (b + 1, b + 2) for m in usable) and \
                not ctx.times_starting(ctx.tokens[b].start, ctx.tokens[b].end):  # (not "admitted a year ago")
            obj = None  # "joins a group that already includes …": something the text brings in, not the article's body
        implicit = obj is not None
        if obj is not None and group == "apply":
            obj = None if _about_a_treaty(ctx, obj, a) else _whole_body(ctx, obj)  # "the European Council decided ... Georgia got candidate status": the EU's
    if obj is None:
        return []
    kinds = spec.get("object_kinds", {}).get(ctx.lex.lang)
    if kinds:
        if not _of_a_kind(ctx, obj, b, kinds):
            return []  # "presented its annual report": only a plan, a programme, a concept … presented is proposed
        titled = next((m for m in usable if m.i == obj.j and m.proper and m.entity.type in ("Initiative", "Agreement")),
                      None)
        obj = titled or obj  # "Инвестиционната програма „Глобален портал“": the kind, then the name
    rel = next((r for r in rels if obj.entity.type in ctx.lex.relations[r][1]), None)
    if rel is None:
        return []  # (an object some reading above put in place that none of the group's relations takes)
    if group == "dialogue" and any(ctx.words[k].startswith(QUALITY) for k in range(max(0, a - 2), a)):
        rel = "partnerOf"  # "the strategic partners of the initiative are …": a partnership, not a status
    domain = ctx.lex.relations[rel][0]
    if organ:
        domain = domain & {"State"}
    if group == "member" and a > 0 and ctx.words[a - 1] in _PLURAL_NOUN:
        domain = domain & {"State"}  # "обединява 13 държави членки на ЕС": states are the members, not the body before
    false = info.false_objects
    if false and obj.i >= b and any(ctx.words[k].startswith(false) for k in range(b, min(obj.i, b + 3))):
        return []  # "signed a law withdrawing the ratification of the treaty"
    cue_at = ctx.tokens[a].start
    described = [(x, y) for x, y in _described_spans(ctx, ms) if not x <= cue_at < y]  # (the cue told inside: it acts)
    excepted, besides = _cue_ends(ctx, s, "excepted"), _cue_ends(ctx, s, "besides")
    lo_s = ctx.sent_tokens[s][0]
    told_from = _after_dateline(ctx, lo_s, ctx.sent_tokens[s][1]) if \
        ctx.article.text[ctx.tokens[lo_s].end:ctx.tokens[lo_s].end + 1] == "," else lo_s  # ("KINGSTON, Aug 2
    # (Reuters) - Member states of the ISA": where the wire was filed, no member)
    subj_cands = [m for m in usable if m.entity.type in domain and m is not obj and m.entity.iri != obj.entity.iri and
                  m.i >= told_from and
                  not any(x <= m.start < y for x, y in described) and
                  not (m.j == obj.i and obj.entity.type == "Agreement" and m.entity.type == "Organization") and
                  not (m.entity.type == "Organization" and m.j < len(ctx.words) and ctx.words[m.j] in _MEMBERS_OF) and
                  not (m.entity.type == "Organization" and m.i > 0 and ctx.words[m.i - 1] in _OF_MEMBERS and m.j <= a) and
                  not (group == "member" and m.entity.type == "Organization" and m.j <= a and b < len(ctx.words) and
                       ctx.words[b] in ctx.lex.words["member_of_body"] and
                       not any(x.entity.type != "Organization" for x in usable if m.j <= x.i < a)) and
                  m.i not in excepted and m.i not in besides and
                  not (group != "chair" and m.i > 0 and ctx.words[m.i - 1] in _INTO) and  # "вступления Швеции в НАТО"
                  not (group != "hq" and m.entity.type != "Person" and
                       (m.i in role_ends or (m.i - 1 in role_ends and ctx.words[m.i - 1] in ("на", "of"))))]
    giver = _taken_from(ctx, usable, s, a, b) if group == "chair" else None
    if giver is not None:  # "took over as Chair-in-Office from Britain", "пое председателството от Киргизстан"
        subj_cands = [m for m in subj_cands if m.i != giver.i]
    passive: list[Mention] = _passive_agents(ctx, ms, b, domain) if giver is None else []
    if not passive and group == "found" and ctx.words[b - 1] in _BY:
        subj_cands = [m for m in subj_cands if m.i >= b]  # "the lender set up by the BRICS nations": its founders
        # are the agents after "by", not a state before ("Indonesia may join the NDB, the lender set up by …")
    if passive and group == "found":
        by_at = next((k for k in range(passive[0].i - 1, b - 1, -1) if ctx.words[k] in _BY), b)
        if any(c.value != group for _, _, c in ctx.lex.triggers.find(ctx.words, b, by_at)):
            return []  # "set up in 1992 and co-chaired by France, Russia and the United States": the agents of
            # the other verb, no founders (but "signed but not ratified by Egypt" shares its agents)
    if not passive and spec.get("passive_object") and _passive_voice(ctx, a) and participle_doc is None:
        if false and any(ctx.words[k].startswith(false) for k in range(max(lo_of(ctx, s), a - 8), a)):
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
        prior = [m for m in usable if m.j <= a and a - m.j <= 6 and m.entity.type in ranges and
                 ctx.lex.documents.match_at(ctx.words, m.j) is None]  # (not "a General Assembly resolution …")
        if prior:
            obj = prior[-1]
            rel = next(r for r in rels if obj.entity.type in ctx.lex.relations[r][1])
    listed = _colon_list(ctx, ms, b, domain)
    if listed:
        prior = [gathering] if gathering is not None else \
            [m for m in usable if b <= m.i and m.j <= listed[0].i and m.entity.type in ranges] or \
            [m for m in usable if m.j <= a and a - m.j <= 8 and m.entity.type in ranges]  # "members of the SCO:"
        later = [m for m in usable if m.i >= listed[-1].j and m.entity.type in ranges]
        topic = _topic_org(ctx, s, a) if not prior and not later and spec.get("implicit_org") else None
        if not prior and not later and topic is None:
            return []
        chosen = prior[-1] if prior else later[0] if later else topic
        assert chosen is not None   # (neither prior, later nor topic: returned above)
        obj, passive = chosen, listed
        like = [m for m in subj_cands if lo_of(ctx, s) <= m.i < a and m.i > 0 and  # "are, like China, members of …: …"
                (ctx.words[m.i - 1] in _LIKE or (m.i > 1 and (ctx.words[m.i - 2], ctx.words[m.i - 1]) in _AS_TOO))]
        passive = like + [m for m in listed if m not in like]
        rel = next(r for r in rels if obj.entity.type in ctx.lex.relations[r][1])
    if not passive and spec.get("granted"):
        passive = _granted_to(ctx, usable, s, a, b)  # "granted dialogue partner status to Saudi Arabia, Egypt and Qatar"
    if not passive and group == "sign" and obj.j <= a:
        passive = _officials_after(ctx, ms, b)  # "Документ подписали глава … Мали полковник Ассими Гоита, президент …"
    if not passive and group == "sign" and obj.source == "unnamed" and obj.i >= b and \
            not any(_clause_start(ctx, s, a) <= m.i and m.j <= a for m in subj_cands):
        passive = _parties_named(ctx, ms, obj, domain)  # "welcomed the signing of a memorandum between Bulgaria and
        # Armenia": with no signer before the cue, the parties the document's name gives
    subj = passive[0] if passive else _genitive(ctx, subj_cands, b, obj)
    clause = _clause_start(ctx, s, a)
    if a - clause <= 1:
        clause = lo_of(ctx, s)  # "Russia signed the statute in 2000 but withdrew ...": the subject is shared
    antecedent = _before_relative(ctx, subj_cands, a)
    pre = antecedent or [m for m in subj_cands if clause <= m.i and m.j <= a and
                         (a - m.j <= 12 or a - (insertion_end(ctx, m.j, a) or 0) <= 10) and
                         not (m.j < obj.i <= m.j + 3 and ctx.words[m.j] in ctx.lex.words["possessive_relative"])]
    # ("…, чийто учредителен договор подписват": whose the object is, not who signs it; but "Украйна, чийто
    # парламент ратифицира документа" ratified it)
    along_before: list[Mention] = []
    if pre and not antecedent:
        along_before = [m for m in pre if _listed_along(ctx, clause, m)]
        pre = [m for m in pre if not _inside_insertion(ctx, clause, m, a) and m not in along_before]  # "Участники саммита ФСЭГ,
        # прошедшего в субботу в столице Алжира, приняли …": not Algeria, told inside the participle phrase
    if pre and not antecedent and any(y == a and x > pre[-1].j and not _POSSESSED.intersection(ctx.words[max(0, x - 2):x])
                                      for x, y, _ in ctx.lex.collective.find(ctx.words, max(lo_of(ctx, s), a - 3), a)):
        pre = []  # "Paraguay handed the presidency to Uruguay, and the leaders adopted a communique": the leaders'
        # (not "Tuvalu, whose prime ministers signed": the states' own)
    if relative_obj is not None and relative_obj.j <= a and \
            any(w in _IT for w in ctx.words[relative_obj.j:a]):  # "Yerevan was preparing to leave the EAEU,
        leading = [m for m in subj_cands if lo_of(ctx, s) <= m.i and m.j <= relative_obj.i]  # of which it has
        pre = leading[:1] or pre  # been a member since 2015": "it" is the sentence's state
    shared = _coordinated_verb(ctx, s, a)
    if shared is not None and ctx.lex.collective.find(ctx.words, lo_of(ctx, s), shared):
        shared, pre = None, []  # "Лидеры государств - членов ШОС ... подписали ... и утвердили": the leaders
    if shared is not None and subj is None:
        leading = [m for m in subj_cands if lo_of(ctx, s) <= m.i and m.j <= shared and
                   not _after_preposition(ctx, m) and not (m.i > 0 and ctx.words[m.i - 1] in _UNDER)]
        # ("Under Cuba, which held the chair, the group met in Havana and adopted …": the group, not Cuba)
        if leading:  # "Iran became a member of the SCO in 2023 and joined BRICS in 2024": Iran joined
            pre = [leading[0]]
    antecedents: list[Mention] = []
    if subj is None and "Person" in domain:
        antecedents = _two_people(ctx, s, a)  # "the two leaders signed a free trade agreement"
        if antecedents:
            subj, pre = antecedents[0], []
            ms = sorted(set(ms) | set(antecedents), key=attrgetter("i"))
    if subj is None and not pre and group == "adopt" and "Organization" in domain:
        subj = _members_act(ctx, s, a)  # "In 1977 the members adopted a permanent constitution": the body, not the
        # states last listed
    if subj is None and not pre and "Organization" in domain:
        antecedents = plural_bodies(ctx, s, a)  # "Трите общности работят заедно": the three bodies named before
        if antecedents:
            subj = antecedents[0]
            ms = sorted(set(ms) | set(antecedents), key=attrgetter("i"))
    if subj is None and "State" in domain and not any(m.entity.type == "State" for m in pre):
        antecedents = _plural_antecedent(ctx, s, a)  # (also past bodies before: "members of the EAEU and the
        # CSTO, and all five republics except Turkmenistan belong to the SCO")
        if antecedents:  # ("except Turkmenistan": not that one)
            left_out = {m.entity.iri for m in ms if m.i in _cue_ends(ctx, s, "excepted")}
            antecedents = [m for m in antecedents if m.entity.iri not in left_out]
        if antecedents:
            subj = antecedents[0]
            ms = sorted(set(ms) | set(antecedents), key=attrgetter("i"))
    if subj is None and not pre and "Person" in domain:
        subj = _person_pronoun_subject(ctx, s, a)  # "Той предложи създаването на регионална мрежа": the man before
    if subj is None and not pre and "State" in domain:
        subj = _pronoun_subject(ctx, s, a)  # "Она является также членом Лиги арабских государств": the state before
    if subj is None and obj.j <= a:
        inverted = [m for m in subj_cands if b <= m.i <= b + 2 and
                    all(w in ("также", "и", "още", "also", "now") for w in ctx.words[b:m.i]) and
                    not any(c in ctx.article.text[ctx.tokens[b - 1].end:m.start] for c in ";:")]
        # (not "Pakistan … is not a member; India has blocked its bid": a new clause's subject)
        if inverted:
            subj = inverted[0]  # "в ФСЭГ входят также Алжир, Боливия …": the verb before its subjects
    if subj is None and b + 1 < ctx.sent_tokens[s][1] and ctx.words[b] in ctx.lex.words["became_before_subject"]:
        after_verb = [m for m in subj_cands if m.i == b + 1]
        if after_verb:  # "После распада Чехословакии ее членами стали Чехия и Словакия": the ones after the verb
            subj, pre = after_verb[0], []
    owner = None
    if subj is None and not pre and group == "hq" and a > lo_of(ctx, s) and ctx.words[a - 1] in ctx.lex.words["its"]:
        owner = _last_body(ctx, s, a)  # "The ECO was founded in 1985. Its secretariat is in Tehran."
        subj = owner
    if subj is None and not pre and group == "hq" and _bare_secretariat(ctx, s, a):
        subj = _topic_org(ctx, s, a)  # "The secretariat, based in Gaborone, will …": the body the article is about
    if subj is None and pre and a > 1 and ctx.words[a - 1] in _POSSESSIVE:
        owner = next((m for m in pre if m.j == a - 2), None)  # "…, and Moscow announced its withdrawal": the one
        subj = owner or pre[0]  # right before the verb, alone; "Hungary notified the UN of its withdrawal": the
        # clause's subject
    if subj is None and len(pre) > 1 and shared is None and _object_then_and(ctx, pre[-1], a):
        free = [m for m in pre if not _after_preposition(ctx, m)]
        pre = free[:1] or pre  # "Москва не намерена выходить из ИКАО и продолжит выполнять обязательства по …":
        # Moscow, not the body after "из"
    if subj is None and pre:
        subj = pre[-1]
        text = ctx.article.text
        for first in pre[:-1]:  # "Russia, a dialogue partner of ASEAN since 1996, acceded …": not ASEAN
            between = text[first.end:ctx.tokens[a].start]
            if between.count(",") == 2 and between.lstrip().startswith(",") and \
                    between.rstrip().endswith(",") and first.j < pre[-1].i:
                subj = first
                break
    if subj is None and group == "ratify":
        subj = _parliament_state(ctx, s, a) or _leaders_state(ctx, ms, s, a)  # "the Turkish parliament ratified",
        # "Путин подписал закон о ратификации договора": the state whose parliament or leader ratifies
    if subj is None:
        subj = _among(ctx, [m for m in subj_cands if m.i >= obj.j], s, max(b, obj.j))  # "Статут на наблюдател … имат няколко държави, сред които Индия и Бразилия"
    if subj is None and "Event" in domain and ctx.event_for(s) is not None:
        subj = None
    elif subj is None and not (a > 0 and ctx.words[a - 1] in _POSSESSIVE and
                               not (b < len(ctx.words) and ctx.words[b] in _COPULAS and group in ("found", "member"))) and \
            not ctx.lex.collective.find(ctx.words, max(lo_of(ctx, s), a - 4), a):  # ("Its founders were …": after it)
        text = ctx.article.text  # ("The leaders signed …": the leaders are the subject, not a name after)
        post = [m for m in subj_cands if m.i >= b and m.i - b <= 12 and not obj.i <= m.i < obj.j and
                not _in_relative_after(ctx, b, m) and  # ("Председательство, которое осуществлял Казахстан, перешло к России")
                not any(ctx.words[k] in _SUBORDINATE and "," in ctx.article.text[ctx.tokens[k - 1].end:ctx.tokens[k].start]
                        for k in range(b, m.i)) and  # (not "обединява 46 държави, след като … Русия беше изключена")
                m.i < _contrast_subject(ctx, subj_cands, b, ctx.sent_tokens[s][1]) and
                (group == "chair" or not _after_preposition(ctx, m)) and  # ("закон о ратификации договора с Ираном":
                # not Iran; but "председательство перейдет к Казахстану" names the next chair)
                (obj.i < b or m.i < obj.i or (m.i - obj.j <= 8 and "," not in _unaside(ctx, text[obj.end:m.start])) or
                 ctx.words[m.i - 1] in _COPULA) and
                not (ctx.lex.lang == "en" and "," in text[ctx.tokens[b - 1].end:m.start] and
                     ctx.words[m.i - 1] not in _COPULA)]  # ("None of NATO's 32 members has joined, and U.S. allies
        # Japan …": English tells no subject after its verb across a comma)
        if post:
            subj = post[0]  # "членом ШОС стала Белоруссия"; not "членов совета проголосовали «за», Великобритания …"
    if member_state and subj is not None and subj.i > a:
        return []  # "the first national of a CARICOM member state to lead the organization": the state is unnamed
    if subj is not None and spec.get("collective_to_event") and (lead_event := ctx.event_for(s)) is not None and \
            subj.entity.type != "Event":
        named = [m for m in ms if m.entity.iri == subj.entity.iri and m.j <= subj.i and subj.i - m.j <= 1]
        lead = named[-1].i if named else subj.i  # ("Leaders of the Bay of Bengal Initiative … (BIMSTEC)": the name
        if (ctx.lex.collective.find(ctx.words, max(lo_of(ctx, s), lead - 5), lead) or
                (antecedents and subj is antecedents[0])) and \
                _on_its_day(ctx, s, a, lead_event, year=True, obj=obj):  # before its abbreviation; "По итогам
            # встречи стороны приняли Пекинскую декларацию": the sides named before, at the meeting)
            subj = None  # "the leaders of the NATO states adopted a declaration": the summit did (but "лидерите
            # на Г-7 приеха на 12 юли миналата година" a year before this summit: the G7 did)
    if subj is None and group == "sign" and obj.entity.type == "Agreement" and (ev := ctx.event_for(s)) is not None and \
            ctx.lex.collective.find(ctx.words, max(lo_of(ctx, s), a - 4), a) and _on_its_day(ctx, s, a, ev):
        # "The leaders signed the Astana Declaration": the summit adopted it
        when = _when(ctx, s, a, "adopted", "at")
        return [Found(ev.entity, "adopted", oe.entity, s, when, confidence=0.7,
                      modality=_modality(ctx, s, a, a, "adopted"))
                for oe in (_actor_list(ms, obj, {"Agreement"}, ctx) if obj in ms else [obj])]  # (an anaphor, a document
        # named only by its kind, is no mention of the sentence's list)
    if subj is not None and subj.entity.type == "Organization" and "Event" in domain:
        subj = _event_named_by(ctx, s, subj, a) or subj  # "Саммит ШОС утвердил", "Delhi summit adopts": the summit
    behalf = None
    if subj is not None and subj.j <= a and "Person" in domain and _on_behalf(ctx, subj):
        person = next((m for m in subj_cands if b <= m.i <= b + 8 and m.entity.type == "Person"), None)
        if person is not None:  # "От името на Обединеното кралство документа подписа министърът … Шабана Махмуд":
            behalf, subj = subj, person  # the minister signed, for the state
    whose = _whose_country(ctx, ms, s, a)
    if whose is not None:
        subj = whose  # "Tokayev, whose country has held the rotating chairmanship": Kazakhstan
    subjects: list[Entity]
    subj_ms: list[Mention] = []
    if subj is not None:
        if passive and subj is passive[0] and len(passive) > 1:
            subj_ms = list(passive)  # the agents as found ("от министър-председателя на Армения X, президента на …")
        elif antecedents and subj is antecedents[0]:
            subj_ms = antecedents  # "the two countries": each state it stands for, listed or not
        elif subj is whose or subj is owner:
            subj_ms = [subj]  # "чиято страна": that one state, not the people listed with its leader
        else:
            subj_ms = _actor_list(ms, subj, domain, ctx) if subj in ms else [subj]
            if antecedent and subj in antecedent:  # "Монголия, которая была наблюдателем, Турция, ...": not the
                subj_ms = [m for m in subj_ms if m.i <= subj.i]  # states listed after the clause
                if _singular_relative(ctx, subj.j, a):
                    subj_ms = [subj]  # "Китай, Япония … и Русия, която се присъедини": Russia alone
            if not _after_preposition(ctx, subj):  # "members of the EAEU and of the CSTO, and Belarus joined":
                subj_ms = [m for m in subj_ms if m.i >= subj.i or not _after_preposition(ctx, m) or  # not the CSTO
                           not _NEW_CLAUSE_RE.search(ctx.article.text[m.end:subj.start])]
        subjects = [m.entity for m in subj_ms]
    elif "Event" in domain and (event := ctx.event_for(s)) is not None and \
            _on_its_day(ctx, s, a, event, year=True, obj=obj):
        subjects = [event.entity]
        subj = None
    elif "Event" in domain and ctx.event_for(s) is not None:
        body = _collective_body(ctx, ms, s, a)  # "лидерите на Г-7 приеха на 12 юли миналата година": not at this
        if body is None:  # summit, the G7's leaders
            return []
        subjects, subj = [body.entity], body
    elif "Organization" in domain and (body := _members_act(ctx, s, a)) is not None:
        subjects, subj = [body.entity], body  # "In 1977 the members adopted a permanent constitution": the body did
    else:
        return []
    if obj in ms:
        obj_ms = _actor_list(ms, obj, {obj.entity.type}, ctx)
    elif obj.source == "unnamed" and not any(m.i < obj.j and obj.i < m.j for m in ms):
        obj_ms = _actor_list(sorted([*ms, obj], key=lambda m: m.i), obj, {obj.entity.type}, ctx)  # ("утвердили
        # Программу сотрудничества …, Концепцию … и Декларацию …": a document named by its kind, then named ones)
    else:
        obj_ms = [obj]
    obj_ms += more_objects
    objects = [m.entity for m in obj_ms]
    if len(objects) > 1:   # "members of NATO and the European Union": neither is the other's member
        listed_iris = {o.iri for o in objects}
        subjects = [x for x in subjects if x.iri not in listed_iris]
        if not subjects:
            return []
    modality = _modality(ctx, s, subj.i if subj else a, a, rel)
    if modality == "negated" and spec.get("holds_when_negated") and \
            not _denied_outright(ctx, s, a, spec.get("denied_by", {}).get(ctx.lex.lang, [])):
        modality = "asserted"  # ("is not complying with its obligations under the NPT": a party all the same)
    if modality == "asserted" and obj.i > b and any(not ctx.lex.triggers.find(ctx.words, y, obj.i)
                                                    for _, y, _ in ctx.lex.negation.find(ctx.words, b, obj.i)):
        modality = "negated"  # "четыре страны, не являющиеся членами ЕС"; not "подписали, но не ратифицировали его"
    kind = spec.get("time", "at")
    if group == "sign" and ctx.words[a].startswith(_SIGNATORY) and not ctx.times_in(s):
        kind = "none"  # "among its first signatories": a status, not a signing on the news day
    became = _BECOMES.any_of(ctx.words[max(lo_of(ctx, s), a - 4):a]) or \
        _BECOMES.any_of(ctx.words[b:min(b + 3, ctx.sent_tokens[s][1])])
    if became and rel == "memberOf" and any(w in ctx.lex.words["first"] for w in ctx.words[max(lo_of(ctx, s), a - 4):a]) and \
            any(w in ctx.lex.words["to_do"] for w in ctx.words[b:min(b + 8, ctx.sent_tokens[s][1])]):
        became, kind = False, "none"  # "became the first EU member state to leave the court", "стана първата
        # държава членка на ЕС, която напуска съда": a member long since, first to do something else
    if became and kind in ("start", "span"):
        kind = "became"  # "Belarus on Thursday became a full-fledged member": a dated event, not a state
    when = _when(ctx, s, a, rel, kind, (obj.start, obj.end) if obj.source == "unnamed" else None) \
        if kind != "none" else When()
    if rel == "chairOf" and when.at and obj.entity.type == "Organization" and not when.start and not when.end:
        when = When(start=when.at)  # a body's chair held from that day ("Iraq took over the chairmanship on …")
    if group == "member" and rel == "memberOf" and not when.start and obj.entity.type == "Organization" and \
            any(w in ctx.lex.words["first"] for w in ctx.words[max(lo_of(ctx, s), a - 2):a]):
        dated = [t for t in ctx.times_in(s) if t.end <= ctx.tokens[a].start and (t.at or t.span)]
        if dated:  # "The plan was launched on July 1, 1951, with Australia, … as its first members": from that day
            span = dated[-1].span
            when = When(start=dated[-1].at or (span[0] if span else None))
    if group == "found" and rel == "memberOf" and not when.start and obj.entity.type == "Organization":
        when = When(start=_founding_date(ctx, obj.entity.iri))  # "Основателки са Ангола, Бразилия …" after
        # "Общността беше учредена на 17 юли 1996 г.": its founders are members from that day
    if when.start and not when.end and rel in ("memberOf", "chairOf"):
        hit = ctx._index.get(("term_years", s))   # (read once per sentence)
        if hit is None:
            hit = ctx._index[("term_years", s)] = (term_years(ctx.article.text[ctx.sentences[s][0]:ctx.sentences[s][1]],
                                                              ctx.lex.lang),)
        years = hit[0]
        if years:  # "began their two-year terms on 1 January 2026": members until 2027; "took over the chairmanship
            # on 27 August 2023 for the next two years": until 2025
            whole_years = when.start[4:] in ("", "-01", "-01-01")
            when = When(start=when.start, end=str(int(when.start[:4]) + years - (1 if whole_years else 0)))
    speaker = _speaker(ctx, s, ms)
    conf = 0.75 + (0.1 if obj.source in ("catalog", "abbr") else 0) + (0.05 if subj and subj.source in ("catalog", "abbr") else 0)
    own_dates = own_times(ctx, s, a, subj_ms, rel) if kind != "none" and len(subj_ms) > 1 else {}
    if when in own_dates.values():
        when = When()  # ("подписаха Русия и Китай, а през 2020 г. и Индия": 2020 is India's alone)
    out = []
    for se in subjects:
        se_when = own_dates.get(se.iri, when)
        for oe in objects:
            if se.iri != oe.iri:
                out.append(Found(se, rel, oe, s, se_when, confidence=conf, modality=modality, reported_by=speaker))
    along = [x for m in ms if m.i in besides and m.entity.type in domain for x in _actor_list(ms, m, domain, ctx)] \
        if subjects else []  # "Помимо США, договор подписали … Египет": the United States too
    along += along_before if subjects else []  # "обе страны вместе с Тунисом, Алжиром и Ливией входят в …"
    along += [] if implicit else _along_with(ctx, ms, max(b, obj_ms[-1].j) if obj_ms else b, domain)  # (not "with the
    # backing of the United States and Brazil" after a body the sentence does not name)
    if subj_ms and subj_ms[-1].i > b:
        along += _along_with(ctx, ms, subj_ms[-1].j, domain)  # "signed … by OPEC and ten producers, including Russia"
    out += [Found(m.entity, rel, oe, s, when, confidence=conf - 0.1, modality=modality, reported_by=speaker)
            for m in along for oe in objects if m.entity.iri != oe.iri and m.entity.iri not in {x.iri for x in subjects}]
    if behalf is not None and behalf.entity.iri not in {x.iri for x in subjects}:
        out += [Found(behalf.entity, rel, oe, s, when, confidence=conf - 0.1, modality=modality, reported_by=speaker)
                for oe in objects if behalf.entity.iri != oe.iri]
    if giver is not None and giver.entity.iri not in {x.iri for x in subjects}:
        day = when.start or when.at  # the one it was taken from held it until that day
        person = _givers_person(ctx, usable, giver)
        held = [giver] if person is None else [giver, person]
        out += [Found(g.entity, rel, oe, s, When(end=day), confidence=conf - 0.1, modality=modality,
                      reported_by=speaker) for g in held for oe in objects if g.entity.iri != oe.iri]
    told = {x.iri for x in subjects} | {m.entity.iri for m in along}
    out += [Found(m.entity, rel, oe, s, When(), confidence=conf - 0.1, modality=modality, reported_by=speaker)
            for m in _followed_by(ctx, ms, max(b, obj_ms[-1].j) if obj_ms else b, domain)
            for oe in objects if m.entity.iri not in told and m.entity.iri != oe.iri]
    sides = spec.get("counterparty", {}).get(ctx.lex.lang)
    if sides and subjects and obj.entity.type == "Agreement" and obj.i >= b:
        out += [Found(m.entity, rel, obj.entity, s, when, confidence=conf - 0.1, modality=modality, reported_by=speaker)
                for m in _counterparties(ctx, ms, obj, obj_ms[-1].j, tuple(sides),
                                         domain if any(x.type == "Person" for x in subjects) else domain - {"Person"})
                if m.entity.iri not in told]  # "signed a free trade agreement with Argentina": Argentina signed it
        # (and a person signing "with" a person: "Шойгу подписал инициативу с министром … Хулуси Акаром")
    if became and rel == "partyTo":  # "станаха пълноправни членки на Шенгенското пространство": they acceded
        out = [replace(f, became=True) for f in out]  # (unless the article tells they ratified it: rules)
        out += [Found(f.subject, "accededTo", f.object, s, When(at=f.when.start or f.when.at), confidence=f.confidence,
                      modality=f.modality, reported_by=f.reported_by, became=True) for f in list(out)]
    if subj_ms and len(objects) == 1 and modality == "asserted":
        last = max(m.j for m in subj_ms + obj_ms + [Mention(a, b, 0, 0, obj.entity, "cue")])
        label = obj.entity.label
        if obj.source in ("unnamed", "generic", "new") and ctx.article.text.startswith(label, obj.start):
            # "протокол о вступлении Швеции в НАТО": the document's description is no gapped clause
            last = max(last, ctx.token_at(obj.start + len(label) - 1) + 1)
        rel_ranges = ctx.lex.relations[rel][1]
        for ents, t, as_object in _gapped(ctx, s, last, domain | rel_ranges):
            w = _as_when(t, rel)
            if as_object:  # "България е член на НАТО от 2004 г. и на ЕС от 2007 г.": the same subject, another object
                out += [Found(se, rel, e, s, w, confidence=conf - 0.1, reported_by=speaker)
                        for e in ents if e.type in rel_ranges for se in subjects if se.iri != e.iri]
            else:
                out += [Found(e, rel, objects[0], s, w, confidence=conf - 0.1, reported_by=speaker)
                        for e in ents if e.iri != objects[0].iri and e.type in domain]
    return out


_POSSESSIVE: Final = {"its", "their", "his", "her", "своего", "своей", "своих", "свое", "своё", "си", "своя", "своето"}


_COPULA: Final = {"is", "are", "remains", "became", "е", "са", "остава", "остават", "стана", "станаха", "остается", "остаются",
           "является", "являются", "стала", "стал", "стали"}


_NP_OPENERS: Final = {"когато", "когда", "when", "the", "by", "от", "и", "and", "a", "all", "всички", "все"}
_COPULAS: Final = {"са", "е", "are", "is", "were", "was", "являются", "является", "стали", "станаха", "become", "became"}




_VERB_AFTER_BUT: Final = {"са", "е", "бяха", "беше", "is", "are", "was", "were", "has", "have", "had", "did", "does",
                          "был", "была", "были", "было"}


def _contrast_subject(ctx: Context, cands: list[Mention], b: int, hi: int) -> int:
    """Where a contrasting clause with a subject of its own begins after token b ("внесе предложение …, но ЕС и Индия не
    го подкрепиха": the EU and India did not propose it; but "подписали, но не ратифицировали Египет, Израиль" share
    the verb's subjects); `hi` when none does."""
    for k in range(b, hi):
        if ctx.words[k] in ctx.lex.words["contrast"] and "," in ctx.article.text[ctx.tokens[k - 1].end:ctx.tokens[k].start] \
                and any(m.i in (k + 1, k + 2) for m in cands):
            return k
    return hi


def _on_behalf(ctx: Context, m: Mention) -> bool:
    """Whether the mention follows "on behalf of" / "от името на" / "от имени" (lexicon `behalf`): for
    whom, not who."""
    return any(y == m.i for _, y, _ in ctx.lex.behalf.find(ctx.words, max(0, m.i - 3), m.i))


def _taken_from(ctx: Context, usable: list[Mention], s: int, a: int, b: int) -> Mention | None:
    """The state or person a chair was taken over from ("took over as the Commonwealth's Chair-in-Office
    from Britain", "пое председателството на ОТГ от Киргизстан", "принял председательство у Киргизии")."""
    lo, hi = ctx.sent_tokens[s]
    if _TAKE_OVER_RE.search(" ".join(ctx.words[max(lo, a - 6):a])) is None:
        return None  # (the words of taking a chair over that also make its date a start, timing._TAKE_OVER)
    for k in range(b, min(hi - 1, b + 6)):
        if ctx.words[k] in ctx.lex.words["passed_from"]:
            return next((m for m in usable if m.i == k + 1 and m.entity.type in ("State", "Person") and
                         m.source != "demonym"), None)
    return None


def _givers_person(ctx: Context, usable: list[Mention], giver: Mention) -> Mention | None:
    """The person named right after the state a chair was taken from, by an office ("from Burundi's President
    Evariste Ndayishimiye"): he held it too."""
    if giver.entity.type != "State":
        return None
    def title(x: int) -> bool:  # "'s", "the", an office or a capitalised title word
        return ctx.words[x] in ("s", "the") or ctx.tokens[x].is_cap or ctx.lex.roles.match_at(ctx.words, x) is not None
    return next((m for m in usable if giver.j < m.i <= giver.j + 4 and m.entity.type == "Person" and
                 all(map(title, range(giver.j, m.i)))), None)


def _passed_from_to(ctx: Context, usable: list[Mention], s: int, b: int) -> tuple[Mention | None, Mention] | None:
    """"перешло от Киргизии к Азербайджану", "passed from Kyrgyzstan to Azerbaijan", "премина от X към Y":
    the chair that ends and the one that begins; "Председательство в Совещании, которое осуществляет Казахстан, в
    2024 году перейдет к Азербайджану": a verb of passing and "to" alone name who begins, the holder told in a
    relative clause after the cue ends."""
    hi = ctx.sent_tokens[s][1]
    at = {m.i: m for m in usable if m.entity.type in ("State", "Person") and m.source != "demonym"}
    for k in range(b, min(hi - 3, b + 12)):  # ("Председательство в ШОС на период 2025-2026 годов перешло от Китая к …")
        if ctx.words[k] in ctx.lex.words["passed_from"] and k + 1 in at:
            giver = at[k + 1]
            if giver.j < hi and ctx.words[giver.j] in ctx.lex.words["passed_to"] and giver.j + 1 in at:
                return giver, at[giver.j + 1]
    verb = next((k for k in range(b, min(hi - 2, b + 20)) if ctx.words[k] in ctx.lex.words["passing_verbs"] and
                 ctx.words[k + 1] in ctx.lex.words["passed_to"] and k + 2 in at), None)
    if verb is None:
        return None
    holder = next((m for m in usable if b <= m.i and m.j <= verb and m.i in at and _in_relative_after(ctx, b, m)), None)
    return holder, at[verb + 2]


def _event_named_by(ctx: Context, s: int, org: Mention, a: int) -> Mention | None:
    """The sentence's event when its noun stands with the organization as the act's subject: right
    before it ("Саммит ШОС"), right after it ("the SCO summit") or right before the cue ("as Delhi
    summit adopts")."""
    ev = ctx.sentence_event.get(s)
    if ev is None:
        return None
    for x, y, _ in ctx.lex.event_heads.find(ctx.words, lo_of(ctx, s), a):
        if y == org.i or x == org.j or (org.j <= x and a - y <= 1):
            return Mention(x, y, ctx.tokens[x].start, ctx.tokens[y - 1].end, ev.entity, "event")
    return None


def _members_as_subject(ctx: Context, s: int, a: int, b: int) -> bool:
    """Whether a plural member noun opens a noun phrase that is a clause's subject or an agent ("когато
    членките на ОПЕК и десет държави подписаха", "signed by the members of NATO and the Warsaw Pact"),
    with no copula to make it a predicate ("членки на групата са Египет ...")."""
    lo, hi = ctx.sent_tokens[s]
    if a == lo or not ctx.words[a].endswith(("s", "и", "ы", "ите", "ов")) or ctx.words[a - 1] not in _NP_OPENERS:
        return False
    if ctx.words[a - 1] in ("the", "a", "all", "всички", "все", "и", "also") and a - 1 > lo and ctx.words[a - 2] in _COPULAS:
        return False  # "are all members of", "са всички членки на", "са и членки на" (are also members)
    return not any(w in _COPULAS for w in ctx.words[b:min(hi, b + 8)])


def _new_document_noun(ctx: Context, m: Mention, b: int) -> bool:
    """A bare Russian document noun right after an adopting verb ("принял резолюцию") names a new
    document when the entity it was resolved to is not called by that noun."""
    if ctx.lex.lang != "ru" or m.source != "anaphor" or m.i != b:
        return False
    return f" {ctx.tokens[m.i].key[:5]}" not in " " + _name_keys(m.entity, "ru").replace("\n", " ")


def _cue_ends(ctx: Context, s: int, table: str) -> set[int]:
    """Where the sentence's "except"/"кроме"/"с изключение на" (table "excepted") or "besides"/"помимо"
    (table "besides") cues end, worked out once per sentence: an actor there is not the subject."""
    hit = ctx._index.get(table)
    if hit is not None and hit[0] == s:
        return hit[1]
    lo, hi = ctx.sent_tokens[s]
    ends = {y for _, y, _ in getattr(ctx.lex, table).find(ctx.words, lo, hi)}
    ctx._index[table] = (s, ends)
    return ends


def _and_another_proposal(ctx: Context, s: int, a: int, made: Mention) -> Mention | None:
    """"Modi proposed a BIMSTEC business forum and a new energy centre in Bengaluru": a second thing proposed,
    read as the first was, after "and" and an article (so "… and said" or "и заяви" start no proposal)."""
    k = made.j
    if k + 2 >= ctx.sent_tokens[s][1] or ctx.words[k] not in AND_WORDS or \
            (ctx.lex.lang == "en" and ctx.words[k + 1] not in _ARTICLES):
        return None
    also = proposed_object(ctx, s, a, k + 1, any_verb=True)
    return also if also is not None and also.source == "unnamed" else None


_ARTICLES: Final = {"a", "an", "the"}


def _bare_secretariat(ctx: Context, s: int, a: int) -> bool:
    """Whether the clause before an hq cue opens with a bare "the secretariat" / "Секретариатът" (no body named
    after it): "The secretariat, based in Gaborone, will prepare …"."""
    lo = _clause_start(ctx, s, a)
    if lo > ctx.sent_tokens[s][0]:
        return False
    k = lo + 1 if ctx.words[lo] in ("the",) else lo
    own = tuple(ctx.lex.words["secretariat"])
    return k < a and ctx.words[k].startswith(own) and k + 1 < len(ctx.tokens) and not ctx.tokens[k + 1].is_cap and \
        ctx.words[k + 1] not in OF_WORDS and not any(m.i in (k + 1, k + 2) for m in ctx.mentions_in(s))
    # (not "Секретариатът на договора": a treaty's secretariat, not the body the article is about)


def _listed_along(ctx: Context, clause: int, m: Mention) -> bool:
    """Whether a mention before the cue is one of a list after "вместе с"/"along with" ("хотя обе страны вместе с
    Тунисом, Алжиром и Ливией входят в САМ": those are added by `_along_with`, the subject is before them)."""
    text = ctx.article.text
    last = None
    for found in _ALONG_RE.finditer(text, ctx.tokens[clause].start, m.start):
        last = found
    if last is None:
        return False
    start = ctx.token_at(last.end())
    named = {k for x in ctx.mentions if start <= x.i and x.j <= m.i for k in range(x.i, x.j)}
    return all(ctx.words[k] in ("и", "and", "с", "со", "със") or k in named for k in range(start, m.i))


def _participle_document(ctx: Context, s: int, usable: list[Mention], b: int) -> Mention | None:
    """"внесенный Россией проект резолюции", "внесеният от Русия проект на резолюция": a participle cue before its
    agent describes the document named by its kind right after that agent."""
    k = b + 1 if b < ctx.sent_tokens[s][1] and ctx.words[b] in _BY else b
    agent = next((m for m in usable if m.i == k and m.entity.type in ("State", "Organization", "Person")), None)
    if agent is None or (k == b and ctx.lex.lang != "ru") or not ctx.lex.documents.find(ctx.words, agent.j, agent.j + 1):
        return None  # (only Russian names the agent with no word before it, in the instrumental; the document's
        # kind comes right after the agent: "договор, подписанный Россией и Ираном" describes the treaty before)
    return unnamed_document(ctx, s, agent.j, None)


def _bare(ctx: Context, s: int, b: int, next_words: list[str] | None = None) -> bool:
    """Whether a verb stands without an object: the clause ends or a date follows ("Qatar left in
    2019", "Катар напусна през 2019 г."), or a phrase the group names ("signed for EFTA")."""
    hi = ctx.sent_tokens[s][1]
    if b >= hi or _CLAUSE_END_RE.match(ctx.article.text, ctx.tokens[b - 1].end):
        return True
    if next_words and any(" ".join(ctx.words[b:b + len(p.split())]) == p for p in next_words):
        return True
    return ctx.words[b] in _BARE_NEXT and any(ctx.token_at(t.start) in (b, b + 1) for t in ctx.times_in(s))


def _told_before(ctx: Context, s: int, a: int, ranges: AbstractSet[str], group: str = "") -> Mention | None:
    """The treaty or body a bare verb leaves: the last one named before it in its sentence, else in
    the sentence before."""
    for k in (s, s - 1, s - 2):
        if k < 0:
            break
        if k == s - 2 and not any(c.value == group for _, _, c in ctx.lex.triggers.find(ctx.words, *ctx.sent_tokens[s - 1])):
            break  # two sentences back only through a sentence that tells the same act ("… signed for EFTA.")
        named = [m for m in ctx.mentions_in(k) if m.entity.type in ranges and m.source != "demonym" and
                 (m.proper or m.entity.type == "Agreement") and (k < s or m.j <= a) and not _modifies_a_document(ctx, m)]
        if named and group in _ACTS_ON_DOCUMENTS:
            offices = {y for _, y, _ in ctx.lex.roles.find(ctx.words, *ctx.sent_tokens[k])}
            named = [m for m in named if not _of_an_office(ctx, m, offices)]  # ("ambassador to the United Nations")
        if named and k < s:
            opener = ctx.sent_tokens[k][0]
            lead = next((m for m in named if m.i <= opener + 1), None)
            if lead is not None and lead.entity.type == "Agreement":
                return lead  # "The CFE Treaty was signed … by the members of NATO and the Warsaw Pact. Moscow
                # suspended its participation": the treaty the sentence before was about, not the last name in it
        if named:
            return named[-1]
    return None


_BARE_NEXT: Final = {"in", "on", "last", "earlier", "later", "the", "that", "през", "в", "во", "на", "миналата", "миналия", "същата"}
_INSERTION_SPAN: Final = 16  # tokens from a passive verb's patient to the verb across an insertion, at most


def _patient_before_insertion(ctx: Context, usable: list[Mention], s: int, a: int, ranges) -> Mention | None:
    """The patient of a passive verb before an insertion set off by commas: "The ECO Trade Agreement,
    signed in Islamabad in 2003, has been ratified by …", "Договорът, подписан през 2003 г., беше
    ратифициран от …": the name right before the first comma, with only auxiliaries after the second."""
    text, tokens = ctx.article.text, ctx.tokens
    lo = lo_of(ctx, s)
    for m in reversed(usable):
        if m.j > a or a - m.j > _INSERTION_SPAN or m.i < lo:
            continue
        if m.entity.type not in ranges or m.j >= a or "," not in text[tokens[m.j - 1].end:tokens[m.j].start]:
            continue
        closes = [k for k in range(m.j + 2, a + 1) if "," in text[tokens[k - 1].end:tokens[k].start]]
        if closes and all(ctx.words[k] in ctx.lex.words["passive_aux"] for k in range(closes[-1], a)):
            return m
        return None
    return None


_CLAUSE_END_RE: Final = re.compile(r"\s*[,.;:]")
# acts whose direct object pronoun is a treaty told of before ("signed it"); "approved it" may be anything
_DIRECT_ACTS: Final = {"sign", "ratify", "withdraw", "leave", "join"}
_SIGNATORY: Final = ("signator", "подписант")  # nouns of signing: "its original signatories"
_CO: Final = ("co", "съпредседател", "сопредседател")  # ("co-chaired": "co" is a word of its own)
_UNDER: Final = {"under", "под"}
_BY: Final = {"by", "от"}


def _on_its_day(ctx: Context, s: int, a: int, ev: Event, year: bool = False, obj: Mention | None = None) -> bool:
    """Whether the act at cue a is told on the event's day (with `year`, in its year), or with no date
    of its own ("the allies signed the protocols in Brussels in July 2022" is not done at a ceremony in
    Washington in 2024; "лидерите на Г-7 приеха на 12 юли миналата година" not at this year's summit)."""
    if ev.sentence == s:
        return True  # the event named in the act's own sentence: "adopted … at the COP21 climate conference in Paris"
    own = _when(ctx, s, a, "adopted", "at", named_by=(obj.start, obj.end) if obj is not None else None).at
    if own is None or ev.at is None or own == ctx.article.date:  # (a year inside the document's words is its own:
        return True  # "a decision confirming that Switzerland will hold the Chairpersonship in 2026")
    return own[:4] == ev.at[:4] if year else on_event_day(own, ev.at)


def _members_act(ctx: Context, s: int, a: int) -> Mention | None:
    """The body the text is about, when its members act with no body named ("the members adopted a permanent
    constitution", "членките приеха нов устав", "члены организации утвердили"): the word for members right before
    the cue, no body named with it, no meeting told of."""
    lo = lo_of(ctx, s)
    k = a - 1
    if k < lo or ctx.words[k] not in ctx.lex.words["members_word"]:
        return None
    if any(m.j == k or m.i == k + 1 for m in ctx.mentions_in(s)):
        return None  # ("the NATO members adopted", "членките на ЕС": the body is named)
    return _topic_org(ctx, s, a)


def _collective_body(ctx: Context, ms: list[Mention], s: int, a: int) -> Mention | None:
    """The body whose leaders or members act, named right after the collective word before the cue
    ("лидерите на Г-7 приеха", "the leaders of the G7 adopted")."""
    for x, y, _ in ctx.lex.collective.find(ctx.words, max(lo_of(ctx, s), a - 8), a):
        k = y + 1 if y < a and ctx.words[y] in ("на", "of") else y
        k += 1 if k < a and ctx.words[k] == "the" else 0
        body = next((m for m in ms if m.i == k and m.entity.type == "Organization"), None)
        if body is not None:
            return body
    return None


def _among(ctx: Context, subj_cands: list[Mention], s: int, b: int) -> Mention | None:
    """The first name of a list after "among them"/"сред които"/"в том числе" that follows the cue:
    who the plural noun before it stands for."""
    hi = ctx.sent_tokens[s][1]
    found = ctx.lex.among.find(ctx.words, b, min(hi, b + 10))
    if not found:
        return None
    y = found[0][1]
    return next((m for m in subj_cands if y <= m.i <= y + 2), None)


def _for_a_year(ctx: Context, s: int, b: int) -> bool:
    """Whether a chair cue is dated by a year just after it ("председательствует в форуме в 2025 году",
    "chairs the forum in 2025"): a chairmanship held for the year, not a meeting chaired."""
    return any(t.at and len(t.at) == 4 and 0 <= ctx.token_at(t.start) - b <= 5 for t in ctx.times_in(s))


def _last_body(ctx: Context, s: int, a: int) -> Mention | None:
    """The organization named last before token a, in its sentence or the one before ("Its secretariat")."""
    first = ctx.sent_tokens[max(0, s - 1)][0]
    bodies = [m for m in ctx.mentions if first <= m.i and m.j <= a and m.entity.type == "Organization" and
              m.source != "demonym" and m.proper]
    lo = ctx.sent_tokens[s][0]
    if s > 0 and ctx.words[lo] in _SUBJECT_PRONOUNS and not any(lo <= m.i for m in bodies):
        opener = next((m for m in bodies if m.i <= first + 2), None)  # "The UPU was established … and became a
        if opener is not None:  # specialized agency of the United Nations. It has its headquarters …": the UPU, the
            return opener       # sentence before opened with it
    return bodies[-1] if bodies else None


def _co_chairs(ctx: Context, s: int, usable: list[Mention], a: int, b: int) -> list[Found]:
    """"Сопредседателями встречи выступили министр … Ван И и глава МИД Колумбии Лаура Сарабия",
    "Съпредседатели на срещата бяха …", "Co-chairs of the meeting were …": the people named after the
    verb chair the event named after the cue."""
    event = _presided_event(ctx, s, b)
    if event is None and b < len(ctx.words) and ctx.lex.event_heads.match_at(ctx.words, b) is not None and \
            (told := ctx.event_for(s)) is not None:  # ("Сопредседателями встречи": the event in the genitive, no preposition)
        event = Mention(b, b + 1, ctx.tokens[b].start, ctx.tokens[b].end, told.entity, "event", True)
    if event is None:
        return []
    hi = ctx.sent_tokens[s][1]
    verb = next((k for k in range(event.j, min(hi, event.j + 4)) if ctx.words[k] in ctx.lex.words["co_chair_verbs"]), None)
    if verb is None:
        return []
    chairs = [m for m in usable if verb < m.i and m.i - verb <= 24 and m.entity.type == "Person" and
              _clause_start(ctx, s, m.i) <= a]
    modality = _modality(ctx, s, a, a, "chairOf")
    return [Found(m.entity, "chairOf", event.entity, s, When(), confidence=0.75, modality=modality) for m in chairs]




def _chaired_by(ctx: Context, s: int, usable: list[Mention], a: int, b: int) -> list[Found]:
    """"Заседание прошло под председательством президента Казахстана Токаева", "under the chairmanship
    of Malta's Foreign Minister": the person named after the cue chairs the sentence's event (or,
    in "It was co-chaired by …", the event the sentence before told of)."""
    ev = ctx.event_for(s) if s in ctx.sentence_event else None
    if ev is None and s > 0 and s - 1 in ctx.sentence_event and ctx.sentence_event[s - 1].sentence == s - 1 and \
            ctx.words[lo_of(ctx, s)] in _IT:
        ev = ctx.sentence_event[s - 1]
    after = [m for m in usable if b <= m.i and (m.i <= b + 10 and m.entity.type == "State" or  # ("от върховния
             m.i <= b + 20 and m.entity.type == "Person")]  # представител на ЕС по въпросите на … Кая Калас")
    chair = next((m for m in after if m.entity.type == "Person"), after[0] if after else None)
    if ev is None and chair is not None and agent_follows(ctx, b):
        return _body_chaired_by(ctx, s, usable, a, b, chair)
    if ev is None or chair is None:
        return []
    modality = _modality(ctx, s, a, a, "chairOf")
    chairs = [chair] + ([m for m in usable if m.i > chair.j and m.entity.type == "Person" and m.i - b <= 24 and
                         ctx.words[m.i - 1] not in OF_WORDS and "и" in ctx.words[chair.j:m.i] + ["и"] and
                         _clause_start(ctx, s, m.i) <= a]  # "съпредседателствана от Шарл Мишел и емира на Катар шейх Тамим"
                        if ctx.words[a].startswith(_CO) else [])
    out = [Found(c.entity, "chairOf", ev.entity, s, When(), confidence=0.75, modality=modality) for c in chairs]
    body = next((m for m in usable if m.j <= a and m.entity.type == "Organization"), None)
    if body is not None:  # "Саммит ШОС под председательством Китая": the body's rotating chair too
        out.append(Found(chair.entity, "chairOf", _whole_body(ctx, body).entity, s, _when(ctx, s, a, "chairOf", "at"),
                         confidence=0.6, modality=modality))
    return out


def _body_chaired_by(ctx: Context, s: int, usable: list[Mention], a: int, b: int, first: Mention) -> list[Found]:
    """"the Minsk Group, the mediation format set up in 1992 and co-chaired by France, Russia and the United
    States", "a negotiating body co-chaired by Precious Matsoso of South Africa and Anne-Claire Amprou of France": no
    meeting told, the agents chair the body named last before the cue (people rather than the states they are of)."""
    body = next((m for m in reversed(usable) if m.j <= a and m.entity.type == "Organization" and
                 m.source != "demonym"), None)
    if body is None:
        return []
    typ = first.entity.type
    if typ == "Person":
        chairs = [m for m in usable if m.i >= first.i and m.i - b <= 24 and m.entity.type == "Person" and
                  _clause_start(ctx, s, m.i) <= a]
    else:
        chairs = _actor_list(usable, first, {"State"}, ctx)
    modality = _modality(ctx, s, a, a, "chairOf")
    return [Found(m.entity, "chairOf", body.entity, s, When(), confidence=0.7, modality=modality)
            for m in chairs if m.entity.iri != body.entity.iri]


def _person_follows(ctx: Context, b: int) -> bool:
    """A person named within a few words after a role phrase (past "of the X")."""
    hi = ctx.sent_tokens[ctx.sentence_of_token(b)][1]
    return any(m.entity.type == "Person" and m.i < hi for m in ctx.mentions_at(b, b + 9))


# the readings a trigger group may name in `skip_when` (triggers.toml): each tells, from the cue at tokens
# a..b of sentence s, that the cue makes no claim of the group here
_SKIPS: Final[dict[str, Callable[[Context, int, int, int], bool]]] = {
    "among_others": _among_others,
    "described_thing": _described_thing,
    "initiative_of": _initiative_of,
    "attended_as": _attended_as,
    "joins_a_status": _joins_a_status,
    "document_subject": _document_subject,
    "members_as_subject": _members_as_subject,
    "used_as_noun": _used_as_noun,
    "counted": _counted,
    "of_a_body": _of_a_body,
}

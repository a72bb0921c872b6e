"""Subjects told before or around a cue rather than beside it: pronouns ("Она является членом"),
plural antecedents ("the five countries", "двете държави"), "whose country chairs", and the
organization an article is about when a membership cue names none.
"""
from __future__ import annotations

from collections.abc import Set as AbstractSet

from operator import attrgetter
from typing import Final

from .common import _PREPOSITIONS, _RELATIVE, _actor_list, _clause_start
from .clauses import _after_preposition
from .context import Context
from .coreference import tally
from .mentions import Mention


_PRONOUNS: Final = {"она", "он", "оно", "тя", "той", "то", "it", "she", "he"}


def _person_pronoun_subject(ctx: Context, s: int, a: int) -> Mention | None:
    """A pronoun for a man opening the cue's clause ("he", "той", "он": states are mostly "it" or feminine) stands
    for the person the sentence before named first ("Георгиев участва в срещата. Той предложи създаването на …")."""
    lo = _clause_start(ctx, s, a)
    words = [w for w in ctx.words[lo:a] if w not in ("также", "и", "also", "още", "вече", "уже")]
    if not words or words[0] not in ctx.lex.words["he"] or s == 0:
        return None
    a0, b0 = ctx.sent_tokens[s - 1]
    people = [m for m in ctx.mentions if a0 <= m.i < b0 and m.entity.type == "Person"]
    if not people:
        return None
    m = people[0]
    return Mention(m.i, m.j, m.start, m.end, m.entity, "anaphor", True)


def _pronoun_subject(ctx: Context, s: int, a: int) -> Mention | None:
    """A pronoun opening the cue's clause stands for the state the previous sentence spoke of (or, for a
    clause after the first of its sentence, the state its sentence named first: "For the Philippines, …;
    it has long had a Visiting Forces Agreement with …")."""
    lo = _clause_start(ctx, s, a)
    words = [w for w in ctx.words[lo:a] if w not in ("также", "и", "also", "още", "вече", "уже")]
    if not words or words[0] not in _PRONOUNS:
        return None
    own = ctx.sent_tokens[s][0]
    if lo > own:
        here = [m for m in ctx.mentions_in(s) if m.j <= lo and m.entity.type == "State" and m.source != "demonym"]
        if here:
            m = here[0]
            return Mention(m.i, m.j, m.start, m.end, m.entity, "anaphor", True)
    if s == 0:
        return None
    a0, b0 = ctx.sent_tokens[s - 1]
    states = [m for m in ctx.mentions if a0 <= m.i < b0 and m.entity.type == "State" and m.source != "demonym"]
    if not states:
        return None
    m = states[0]  # the subject of the sentence before is most often named first
    return Mention(m.i, m.j, m.start, m.end, m.entity, "anaphor", True)


_PLURAL_DET: Final = {"the", "these", "those", "all", "both", "двете", "трите", "четирите", "петте", "шестте", "всички", "тези",
               "все", "обе", "оба", "эти", "этих", "двух", "трех", "пяти", "шести"}
_PLURAL_NOUN: Final = {"countries", "states", "nations", "members", "republics", "governments", "страни", "държави", "страните",
                "държавите", "републики", "републиките", "правителства", "правителствата", "страны", "государства",
                "государств", "стран", "членки", "республики", "республик", "правительства", "правительств"}


def _plural_antecedent(ctx: Context, s: int, a: int) -> list[Mention]:
    """"the five countries began their terms as members", "все шесть государств уже присоединились":
    the list of states named just before."""
    lo = ctx.sent_tokens[s][0]
    words = ctx.words
    for k in range(a - 1, max(lo, a - 12) - 1, -1):
        if (words[k] in _SIDES or (words[k] in ctx.lex.words["bare_countries"] and a - k == 1 and
                                   not any(words[x] in _PLURAL_DET or words[x] in _COUNT for x in range(max(lo, k - 3), k)))) and \
                _opens_clause(ctx, s, k) and \
                not any(words[x] in _COUNT and _COUNT[words[x]] != 2 for x in range(max(lo, k - 3), k)):
            return _two_sides(ctx, s, k)
        if words[k] in _PLURAL_NOUN and any(words[x] in _PLURAL_DET or words[x] in _COUNT for x in range(max(lo, k - 3), k)) and \
                _opens_clause(ctx, s, k):
            return _group_named(ctx, s, k)
        if words[k] in _COUNT and k > lo and words[k - 1] in _ALL and k + 1 < a and words[k + 1] in _AUXILIARY and \
                _opens_clause(ctx, s, k):
            return _group_named(ctx, s, k + 1)  # "All three have signed the treaty": the three states named before
        if words[k] in _PEOPLE_COUNT and k + 1 < a + 1 and _opens_clause(ctx, s, k):
            return _group_named(ctx, s, k + 1)  # "четиримата обявиха идеята": the four states (their leaders) named before
        if words[k] in _BOTH and k + 1 < a and words[k + 1] in _AUXILIARY:
            return _group_named(ctx, s, k + 1)  # "the commitments both have as members of NATO": the two named before
        if words[k] in ctx.lex.words["they"] and _opens_clause(ctx, s, k) and a - k <= 3:
            return _group_named(ctx, s, k)  # "… напуснаха ЕКОВАС. През юли те подписаха договор": the states named before
    return []



def plural_bodies(ctx: Context, s: int, a: int) -> list[Mention]:
    """"Трите общности работят заедно", "the two organizations signed", "обе организации": the bodies a plural noun for
    bodies with a count or determiner before the cue stands for (the last list of that many named in this sentence or
    the three before)."""
    lo, words = ctx.sent_tokens[s][0], ctx.words
    for k in range(a - 1, max(lo, a - 6) - 1, -1):
        if words[k] not in ctx.lex.words["body_plurals"] or \
                not any(words[x] in _PLURAL_DET or words[x] in _COUNT for x in range(max(lo, k - 3), k)) or \
                not _opens_clause(ctx, s, k):
            continue
        n = next((_COUNT[words[x]] for x in range(max(lo, k - 3), k) if words[x] in _COUNT), None)
        first = ctx.sent_tokens[max(0, s - 3)][0]
        bodies = [m for m in ctx.mentions if first <= m.i < k and m.entity.type == "Organization" and m.source != "demonym"]
        for m in reversed(bodies):
            group = _actor_list(bodies, m, {"Organization"}, ctx)
            if len({x.entity.iri for x in group}) >= 2 and (n is None or len({x.entity.iri for x in group}) == n):
                return group
        return []
    return []


_ALL: Final = {"all", "всички", "все", "и"}  # ("И трите са подписали")
_BOTH: Final = {"both", "двете", "обе", "оба"}
_AUXILIARY: Final = {"have", "had", "are", "were", "са", "бяха", "били"}


def _group_named(ctx: Context, s: int, k: int) -> list[Mention]:
    """The states a plural noun at k stands for ("the five countries", "all five Central Asian states"):
    the last list of that many states named before, else the states the article names most."""
    lo, words = ctx.sent_tokens[s][0], ctx.words
    n = next((_COUNT[words[x]] for x in range(max(lo, k - 4), k) if words[x] in _COUNT), None)
    for back in (1, 2, 3):  # the sentence before first, then up to three back
        first = ctx.sent_tokens[max(0, s - back)][0]
        states = [m for m in ctx.mentions if first <= m.i < k and m.entity.type == "State" and m.source != "demonym"]
        for m in reversed(states):
            group = _actor_list(states, m, {"State"}, ctx)
            if n is None and _after_preposition(ctx, group[0]):
                continue  # "те подписват" after "… заедно с Франция, Италия и ФРГ": not those the act was along with
            if len(group) >= 2 and (n is None or len(group) == n):
                return _protagonists(ctx, k, n, group) or group
        if s - back <= 0:
            break
    if n is None and s > 0 and k <= ctx.sent_tokens[s][0] + 4:
        first, last = ctx.sent_tokens[s - 1]  # "Трите държави са сред основателките … През 1985 г. те подписват": the
        told = _plural_antecedent(ctx, s - 1, min(first + 3, last))  # states the sentence before opened with
        if told:
            return told
    if n is not None and n > 2:
        states = [m for m in ctx.mentions if m.i < ctx.sent_tokens[max(0, s - 3)][0] and m.entity.type == "State" and
                  m.source != "demonym"]
        for m in reversed(states):  # "Белгия, Нидерландия и Люксембург отбелязват …" in the lead, "Трите държави са сред
            group = _actor_list(states, m, {"State"}, ctx)  # основателките на НАТО" paragraphs later: the last list
            if len(group) == n:  # of exactly that many, however far back
                return group
    return (_most_named_states(ctx, k, n) if n else []) or (_two_sides(ctx, s, k) if n == 2 else [])


# "the sides", "Стороны подписали", "Двете страни": the two states the talks were between
_SIDES: Final = {"sides", "стороны", "сторони", "страните"}


def _opens_clause(ctx: Context, s: int, k: int) -> bool:
    """"Стороны подписали", "The two sides signed": the plural noun is the clause's subject (only
    determiners before it), not "преговорите с двете държави"."""
    lo = ctx.sent_tokens[s][0]
    d = next((x for x in range(max(lo, k - 3), k + 1) if ctx.words[x] in _PLURAL_DET or ctx.words[x] in _COUNT), k)
    if d > lo + 1 and ctx.words[d - 1] in ("на", "of") and \
            any(y == d - 1 for _, y, _ in ctx.lex.collective.find(ctx.words, max(lo, d - 4), d - 1)):
        return True  # "Лидерите на трите държави подписаха", "the leaders of the three states signed": the states act
    return d == lo or ctx.words[d - 1] not in _PREPOSITIONS


def _two_sides(ctx: Context, s: int, k: int, bodies_too: bool = False) -> list[Mention]:
    """"Путин провел переговоры с президентом Казахстана ... Стороны подписали соглашение": the two
    states named in this sentence before the word or in the one or two before it (demonyms too)."""
    for back in (0, 1, 2):
        if s - back < 0:
            break
        first, last = ctx.sent_tokens[s - back]
        end = k if back == 0 else last
        found: dict[str, Mention] = {}
        bodies: dict[str, Mention] = {}
        for m in ctx.mentions:
            if not first <= m.i < end:
                continue
            if m.entity.type == "Person":  # "Putin held talks with ...": the state he leads
                state = _state_of(ctx, m)
                if state is not None and state.iri not in found:
                    found[state.iri] = Mention(m.i, m.j, m.start, m.end, state, "anaphor", True)
            elif m.entity.type == "State" and m.entity.iri not in found:
                found[m.entity.iri] = m
            elif m.entity.type == "Organization" and m.source in ("catalog", "abbr"):
                bodies.setdefault(m.entity.iri, m)
        if bodies_too and len(found) == 1 and len(bodies) == 1:
            found.update(bodies)  # "Brazil became an Associate Member State of CERN after the agreement signed by the two
            # sides": a state and a body (as agents; "Страните приеха решения" are a treaty's parties, not a pair)
        if len(found) == 2:
            return [Mention(m.i, m.j, m.start, m.end, m.entity, "anaphor", True) for m in found.values()]
        if found:
            return []
    return []


def _state_of(ctx: Context, person: Mention):
    """The state a person of the catalog holds (or last held) an office of."""
    ent = ctx.catalog.get(person.entity.iri)
    if ent is None:
        return None
    for t in reversed(ent.tenures):
        office = ctx.catalog.entities.get(t.office_of)
        if office is not None and office.type == "State":
            return ctx.catalog.entity(t.office_of)
    return None


def _protagonists(ctx: Context, before: int, n: int | None, group: list[Mention]) -> list[Mention]:
    """"Кипър ... и Ирландия остават извън пространството. Двете държави са членки на ЕС от 2007 г.":
    when the states listed just before are each named once so far, and the article's n most named
    states clearly lead it, "the two countries" are those."""
    if n is None:
        return []
    counts, _ = tally(ctx.mentions, "State", before)
    if any(counts.get(m.entity.iri, 0) >= 2 for m in group):
        return []
    top = _most_named_states(ctx, before, n)
    return top if top and all(counts[m.entity.iri] >= 3 for m in top) else []


def _most_named_states(ctx: Context, before: int, n: int) -> list[Mention]:
    """"Двете държави" with no list nearby: the n states the article has named most often so far
    (each at least twice, and clearly more often than the next)."""
    counts, last = tally(ctx.mentions, "State", before)
    ranked = sorted(counts, key=lambda iri: -counts[iri])
    if len(ranked) < n or counts[ranked[n - 1]] < 2 or (len(ranked) > n and counts[ranked[n]] >= counts[ranked[n - 1]]):
        return []
    return sorted((last[iri] for iri in ranked[:n]), key=attrgetter("i"))


# "the two countries", "двете държави", "обе страны": how many the list must name
_COUNT: Final = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "четырех": 4,
          "двете": 2, "трите": 3, "четирите": 4, "петте": 5, "шестте": 6,
          "обе": 2, "оба": 2, "двух": 2, "трех": 3, "пяти": 5, "шести": 6, "двамата": 2, "тримата": 3, "четиримата": 4,
          "петимата": 5, "шестимата": 6}
# Bulgarian numerals for people that stand alone as the subject: "Във Варна четиримата обявиха идеята …"
_PEOPLE_COUNT: Final = {"двамата", "тримата", "четиримата", "петимата", "шестимата"}


def _topic_org(ctx: Context, s: int, a: int) -> Mention | None:
    """The organization the text is about at this point: the one named most often so far
    (the latest of those on a tie), as a stand-in mention at the cue."""
    counts, last = tally(ctx.mentions, "Organization", a)
    if not counts:
        return None
    best = max(counts, key=lambda iri: (counts[iri], last[iri].start))
    m = last[best]
    return Mention(a, a, m.start, m.end, m.entity, "topic", True)


def _about_a_treaty(ctx: Context, org: Mention, a: int) -> bool:
    """Whether the text so far names an agreement more often than the organization it seems to be
    about: "China and Taiwan both applied" in a story on the CPTPP applied to the pact, not the EU."""
    counts, _ = tally(ctx.mentions, "Agreement", a)
    orgs, _ = tally(ctx.mentions, "Organization", a)
    return bool(counts) and max(counts.values()) > orgs.get(org.entity.iri, 0)


_REL_PREPOSITION: Final = {"to", "of", "по", "на", "к", "в"}  # "to which", "по който", "к которому"


def _relative_object(ctx: Context, usable: list[Mention], s: int, a: int, b: int, ranges: AbstractSet[str]) -> Mention | None:
    """"the NPT, to which both Russia and the United States are parties", "Римский статут, участниками
    которого являются ...": the object is the name the relative clause hangs on, the subjects are
    inside the clause (between the pronoun and the cue, or after a cue that precedes the pronoun)."""
    lo = ctx.sent_tokens[s][0]
    words, text, tokens = ctx.words, ctx.article.text, ctx.tokens
    for k in [*range(a - 1, max(lo, a - 10), -1), b]:
        if k >= len(words) or words[k] not in _RELATIVE:
            continue
        first = k - 1 if k - 1 > lo and words[k - 1] in _REL_PREPOSITION else k
        if k == b:
            first = a - 1 if a - 1 > lo and words[a - 1] in _REL_PREPOSITION else a  # ", участниками которого"
        if first <= lo or "," not in text[tokens[first - 1].end:tokens[first].start]:
            return None
        host = [m for m in usable if m.j == first and m.entity.type in ranges]
        if not host:  # "Съвместната декларация в подкрепа на Украйна, към която България се присъедини":
            host = [m for m in usable if m.j < first and first - m.j <= 6 and m.entity.type in ranges and  # the name
                    "," not in text[m.end:tokens[first - 1].end] and _describes(words, m.j, first)][-1:]  # with the
            # words that describe it (a phrase after a preposition, no clause: "протокола да бъде отложено …, което")
        return host[0] if host else None
    return None


def _describes(words: list[str], lo: int, hi: int) -> bool:
    """Whether words[lo:hi] are a phrase describing the name before them: opened by a preposition, with no
    verb of a clause of their own in it."""
    return (words[lo] in _PREPOSITIONS or words[lo] in _LINKING) and not any(w in _CLAUSE_WORDS for w in words[lo:hi])


_LINKING: Final = {"between", "между", "for", "о", "об", "against", "срещу", "против"}
_CLAUSE_WORDS: Final = {"да", "че", "что", "чтобы", "that", "to", "бъде", "be", "been", "е", "са", "is", "are", "был", "была"}


_LEADERS: Final = {"leaders", "ministers", "presidents", "лидери", "лидерите", "министри", "министрите", "президенти",
            "президентите", "лидеры", "лидера", "министры", "министра", "президенты", "президента"}
_TWO: Final = {"two", "both", "двамата", "двете", "двата", "оба", "обе", "два"}


def _two_people(ctx: Context, s: int, a: int) -> list[Mention]:
    """"the two leaders signed", "двамата лидери подписаха", "оба лидера подписали": the last two people
    named before (in this sentence or the one before)."""
    lo = ctx.sent_tokens[s][0]
    k = next((x for x in range(a - 1, max(lo - 1, a - 4), -1) if ctx.words[x] in _LEADERS), None)
    if k is None or not any(ctx.words[x] in _TWO for x in range(max(lo, k - 2), k)):
        return []
    first = ctx.sent_tokens[max(0, s - 1)][0]
    people: dict[str, Mention] = {}
    for m in sorted((m for m in ctx.mentions if first <= m.i and m.j <= k and m.entity.type == "Person"),
                    key=lambda m: m.i, reverse=True):
        people.setdefault(m.entity.iri, m)
        if len(people) == 2:
            break
    return sorted(people.values(), key=attrgetter("i")) if len(people) == 2 else []

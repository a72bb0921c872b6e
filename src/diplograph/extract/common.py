"""What the rule modules share: a found claim (`Found`), the actor types and relation kinds,
coordinated lists of actors, where a name or a clause ends, and which event an article reports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

from ..dates import TimeExpr
from ..models import Entity, When
from .context import Context, Event
from .mentions import ABBR_DEF_RE, ACTIVE_PARTICIPLE_RE, Mention

ACTOR: Final = {"State", "Organization"}
POINT_RELATIONS: Final = {"accededTo", "signed", "ratified", "adopted", "withdrewFrom", "appliedFor", "proposed", "chairOf", "locatedIn"}
START_RELATIONS: Final = {"memberOf", "observerOf", "dialoguePartnerOf", "partnerOf"}
# adjectives that make "partners of X" a partnership rather than a status X grants ("strategic partners")
QUALITY: Final = ("strateg", "стратег", "key", "ключов", "main", "главн", "основн", "close", "closest", "близк", "важн",
           "important", "reliable", "надежд", "надежн", "trusted", "privileged", "привилегир")
_COORD: Final = {"and", "и", "или", "or", "as", "well", "както", "също", "а", "также", "&", "along", "заедно", "наряду", "ни", "nor",
                  "neither"}  # ("ни Марокко, ни Мавритания": a list too)
_BY: Final = {"by", "от", "со", "стороны", "страна"}


@dataclass(init=False)
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
    became: bool = False  # told as becoming a party ("стала участником"): an accession, or entry into force

    # (written out, not generated: compiled, it is a direct C call, as `mentions.Mention.__init__`)
    def __init__(self, subject: Entity, relation: str, object: Entity, sentence: int, when: When,
                 role: str | None = None, confidence: float = 0.7, modality: str = "asserted",
                 reported_by: Entity | None = None, became: bool = False) -> None:
        self.subject = subject
        self.relation = relation
        self.object = object
        self.sentence = sentence
        self.when = when
        self.role = role
        self.confidence = confidence
        self.modality = modality
        self.reported_by = reported_by
        self.became = became


def _main_event(ctx: Context) -> Event:
    """The event the article reports (told in its lead), else the last one named."""
    return ctx.events[0] if ctx.events[0].sentence <= 4 else ctx.events[-1]


def opens_list(gap: str) -> bool:
    """Whether the text before a name opens a list of names: a colon or a dash ("members: China,
    France …", "Осемте държави от ОПЕК+, които … - Саудитска Арабия, Русия …")."""
    return ":" in gap or any(d in gap for d in (" - ", " – ", " — ", "—", "–"))


def _gap(text: str, left, right) -> bool:
    """Punctuation between two tokens that ends a name (a comma, a full stop, a colon, a bracket)."""
    return _GAP_MARK_RE.search(text, left.end, right.start) is not None


_GAP_MARK_RE: Final = re.compile(r'[,.;:!?()"«»“”\n]')


def _actor_list(ms: list[Mention], anchor: Mention, types: set[str], ctx: Context) -> list[Mention]:
    """The anchor and the mentions coordinated with it ("Laos, Myanmar and Cambodia")."""
    idx = ms.index(anchor)
    group = [anchor]
    for step in (-1, 1):
        k = idx
        while 0 <= k + step < len(ms):
            if step == 1:
                past = _past_relative(ctx, ms, k)  # "Монголия, которая с 2004 года была наблюдателем при ШОС, Турция"
                if past is not None and ms[past].entity.type in types and ms[past].source != "demonym":
                    group.append(ms[past])
                    k = past
                    continue
            if step == 1:
                after = _past_aside(ctx, ms, k)  # "Евросоюз (через Евратом), Китай, Индия": past the aside
                if after is not None:
                    if ms[after].entity.type in types and ms[after].source != "demonym":
                        group.append(ms[after])
                        k = after
                        continue
                    break
            nxt = ms[k + step]
            if nxt.entity.iri == ms[k].entity.iri and \
                    ABBR_DEF_RE.fullmatch(ctx.article.text, (ms[k] if step == 1 else nxt).end,
                                             (nxt if step == 1 else ms[k]).end + 1):
                k += step  # "the Association of Southeast Asian Nations (ASEAN), …": the same body, in brackets
                continue
            if step == 1 and nxt.entity.type == "State" and "Person" in types and k + 2 < len(ms) and \
                    ms[k + 2].entity.type == "Person" and ms[k + 2].i == nxt.j and ms[k].entity.type == "Person" and \
                    ctx.lex.roles.find(ctx.words, ms[k].j, nxt.i) and \
                    _only_links(ctx, ms, ctx.words[ms[k].j:nxt.i], ms[k].j, nxt.i) and \
                    any(w in _COORD for w in ctx.words[ms[k].j:nxt.i]):
                group.append(ms[k + 2])  # "Путин и тогдашний президент Монголии Халтмаагийн Баттулга": the person
                k += 2
                continue
            if step == -1 and nxt.entity.type == "State" and nxt.source != "demonym" and "Person" in types and \
                    k >= 2 and nxt.j == ms[k].i and ms[k].entity.type == "Person" and \
                    ms[k - 2].entity.type == "Person" and ctx.lex.roles.find(ctx.words, ms[k - 2].j, nxt.i) and \
                    _only_links(ctx, ms, ctx.words[ms[k - 2].j:nxt.i], ms[k - 2].j, nxt.i) and \
                    any(w in _COORD for w in ctx.words[ms[k - 2].j:nxt.i]):
                group.append(ms[k - 2])  # "Касым-Жомарт Токаев и президент Узбекистана Шавкат Мирзиёев": the person
                k -= 2                   # before the other's title, not his state
                continue
            if (nxt.source == "demonym" or (step == -1 and _title_of(ctx, ms, nxt, ms[k]))) and \
                    0 <= k + 2 * step < len(ms) and ms[k + 2 * step].source != "demonym":
                far = ms[k + 2 * step]  # "Guy Parmelin and Norwegian Trade Minister Cecilie Myrseth", "…, Iceland's
                if far.entity.type in types and _titled_member(ctx, ms, ms[k], nxt, far, step):  # Foreign Minister X"
                    group.append(far)
                    k += 2 * step
                    continue
                break
            lo, hi = (nxt.j, ms[k].i) if step == -1 else (ms[k].j, nxt.i)
            left = ms[k] if step == 1 else nxt   # ("the Association of Southeast Asian Nations (ASEAN), the
            paren = ABBR_DEF_RE.match(ctx.article.text, left.end)  # Pacific Islands Forum and …": its abbreviation
            if paren is not None:                 # in brackets is no word between the two)
                while lo < hi and ctx.tokens[lo].start < paren.end():
                    lo += 1
            between = ctx.words[lo:hi]
            if step == 1 and between in (["of"], ["from"]) and ms[k].entity.type == "Person" and \
                    nxt.entity.type == "State" and nxt.source != "demonym":
                if nxt.entity.type in types:  # "Gerardo Werthein of Argentina, Ruben Ramirez Lezcano of Paraguay":
                    group.append(nxt)         # the list goes on past each one's state
                k += 1
                continue
            if step == -1 and between in (["of"], ["from"]) and ms[k].entity.type == "State" and \
                    ms[k].source != "demonym" and nxt.entity.type == "Person":
                if nxt.entity.type in types:  # "President William Tolbert of Liberia and President Siaka Stevens of
                    group.append(nxt)         # Sierra Leone signed": back from a state to its person, and on
                k -= 1
                continue
            if step == 1 and nxt.entity.type not in types and ms[k].entity.type == "Agreement" and \
                    1 <= len(between) <= 2 and all(w in ctx.lex.words["document_topic_links"] for w in between):
                k += 1  # "Декларацията от срещата на върха за Черноморско икономическо сътрудничество и Босфорското
                continue  # изявление": a body the document is about ends its name, the list goes on after it
            gap = ctx.article.text[(nxt.end if step == -1 else ms[k].end):(ms[k].start if step == -1 else nxt.start)]
            if nxt.entity.type in types and nxt.source != "demonym" and len(between) <= 6 and \
                    (_only_links(ctx, ms, between, lo, hi) or (step == 1 and _links_with_time(ctx, lo, hi)) or
                     (step == 1 and _repeated_preposition(ctx, between, ms[k]))) and \
                    (between or "," in gap) and any(w in _COORD for w in between) | ("," in gap) and \
                    not (between == ["а"] and "," in gap):  # ", а Индия, Пакистан и КНДР его даже не подписали":
                # a contrast opens a clause of its own
                group.append(nxt)
                k += step
            else:
                break
    return sorted(group, key=attrgetter("i"))


_ASIDE_RE: Final = re.compile(r"\s*\(([^()]{1,60})\)(\s*,\s*|\s+(?:и|and|та)\s+)")


def _past_aside(ctx: Context, ms: list[Mention], k: int) -> int | None:
    """The index of the list member after a remark in brackets that follows ms[k] and names something of its own
    ("Евросоюз (через Евратом), Китай"), or None when no such remark comes next (an abbreviation in brackets is
    the same name, read elsewhere)."""
    text = ctx.article.text
    aside = _ASIDE_RE.match(text, ms[k].end)
    if aside is None or ABBR_DEF_RE.match(text, ms[k].end):
        return None
    j = k + 1
    while j < len(ms) and ms[j].start < aside.end(1):
        j += 1
    return j if j < len(ms) and j > k + 1 and ms[j].start == aside.end() else None


def _repeated_preposition(ctx: Context, between: list[str], prev: Mention) -> bool:
    """Whether the words between two list members are "and" and the preposition the first member had: "a party
    to the NPT and to the Treaty of Rarotonga", "в ЕС и в НАТО", "к договору и к протоколу"."""
    words = [w for w in between if w != "the" and w not in _CORRELATIVE]
    if len(words) != 2 or words[0] not in _COORD or _VARIANT.get(words[1], words[1]) not in _PREPOSITIONS:
        return False
    before = [w for w in ctx.words[max(0, prev.i - 2):prev.i] if w != "the"]
    return bool(before) and _VARIANT.get(before[-1], before[-1]) == _VARIANT.get(words[1], words[1])


_CORRELATIVE: Final = {"така", "так"}   # "както с Китай, така и със САЩ", "как с Китаем, так и с США"
_VARIANT: Final = {"със": "с", "со": "с", "във": "в", "во": "в"}   # one preposition's forms before some sounds


def _links_with_time(ctx: Context, lo: int, hi: int) -> bool:
    """Whether words lo..hi, between two list members, are links around a time: the first member's own
    ("Катар през 2019 г. и Еквадор": a preposition, the time, one "and", no comma) or the next one's, added
    later (", а от миналата година – и Япония", "and since last year also Japan"). (Gapped clauses, "Китай -
    през юни 2021 г., а САЩ - през …", are told by the act's rule, each with its time.)"""
    if added_time(ctx, lo, hi) is not None:
        return True
    if hi - lo < 2:
        return False
    t = trailing_time(ctx, lo, hi)
    if t is None:
        return False
    year = ctx.lex.words["year_words"]
    after = [w for x, w in enumerate(ctx.words[lo:hi], lo)
             if ctx.tokens[x].start >= t.end and w not in year and w not in ("the", "a", "an")]
    if len(after) == 2 and after[1] in OF_WORDS and \
            not ctx.times_starting(ctx.tokens[hi].start, ctx.tokens[min(hi + _OWN_TIME_NEAR, len(ctx.tokens) - 1)].end):
        after = after[:1]  # "основателките на НАТО през 1949 г. и на Европейската общност …": the preposition repeated
        # (but "член на НАТО от 2004 г. и на ЕС от 2007 г.": a gapped clause with its own time, read by its rule)
    gap = ctx.article.text[t.end:ctx.tokens[hi].start]
    if not after:   # "Программу … на 2026-2028 годы, Концепцию …": a comma after the time (and its "years")
        return gap.count(",") == 1 and not any(c in gap for c in ";–—")
    return len(after) == 1 and after[0] in _COORD and after[0] not in _CONTRAST and not any(c in gap for c in ",;–—-")


_OWN_TIME_NEAR: Final = 8  # tokens after a list member within which a time is its own


def added_time(ctx: Context, lo: int, hi: int) -> TimeExpr | None:
    """The time told between two list members (words lo..hi) when it adds the second one later (", а от
    миналата година – и Япония", "and since last year also Japan"): the member's own start."""
    if hi - lo < 3 or ctx.words[hi - 1] not in ctx.lex.words["also"] or ctx.words[lo] not in _COORD:
        return None  # (", а от …", "and since …": not "Катар през 2019 г. и Еквадор", the time of the one before)
    times = ctx.times_starting(ctx.tokens[lo].start, ctx.tokens[hi - 1].start)
    if not times:
        return None
    since, year = ctx.lex.words["since"], ctx.lex.words["year_words"]
    rest = [w for x, w in enumerate(ctx.words[lo:hi - 1], lo)
            if not any(t.start <= ctx.tokens[x].start < t.end for t in times) and w not in year]
    return times[-1] if len(rest) <= 3 and all(w in _COORD or w in since for w in rest) else None


def phrase_at(ctx: Context, name: str, k: int) -> bool:
    """Whether words k and k+1 are one of the two-word phrases of the lexicon's `name` list ("based on", "с
    които", "led by"): the rules that read such a phrase before or after a cue ask here."""
    return k + 1 < len(ctx.words) and f"{ctx.words[k]} {ctx.words[k + 1]}" in ctx.lex.words[name]


def trailing_time(ctx: Context, lo: int, hi: int) -> TimeExpr | None:
    """The time right after a list member (whose phrase ends at token lo), before token hi (the next member):
    "Катар през 2019 г. и Еквадор през 2020 г." (at most a preposition between)."""
    if lo >= hi:
        return None
    times = ctx.times_starting(ctx.tokens[lo].start, ctx.tokens[min(lo + 2, hi - 1)].start + 1)
    if not times or (hi < len(ctx.tokens) and times[0].end > ctx.tokens[hi].start):
        return None
    lead = [w for x, w in enumerate(ctx.words[lo:hi], lo) if ctx.tokens[x].start < times[0].start]
    return times[0] if len(lead) <= 1 and all(w in ctx.lex.words["since"] for w in lead) else None


def _titled_member(ctx: Context, ms: list[Mention], cur: Mention, title: Mention, far: Mention, step: int) -> bool:
    """Whether `far` is the next list member past `title`, a demonym or possessive state that opens a
    member's title: only a comma or "and" between the two members' phrases, only office words in the title."""
    left, right = (far, title) if step == -1 else (cur, title)  # the link lies before the title
    lo, hi = left.j, right.i
    link = ctx.words[lo:hi]
    gap = ctx.article.text[ctx.tokens[lo - 1].end:ctx.tokens[hi].start] if hi > lo else ctx.article.text[left.end:right.start]
    if len(link) > 3 or not _only_links(ctx, ms, link, lo, hi) or not (any(w in _COORD for w in link) or "," in gap):
        return False
    owner = cur if step == -1 else far  # the person the title belongs to
    words = ctx.words[title.j:owner.i]
    return not words or words[0] == "s" or _only_links(ctx, ms, words, title.j, owner.i)


def _title_of(ctx: Context, ms: list[Mention], state: Mention, person: Mention) -> bool:
    """Whether a state names the office of the person after it: "Liechtenstein's Foreign Minister Sabine
    Monauni" (a possessive and an office, nothing else, between)."""
    if person.entity.type != "Person" or ctx.article.text[state.end:state.end + 2] not in ("'s", "’s"):
        return False
    between = ctx.words[state.j:person.i]
    return bool(between) and between[0] == "s" and _only_links(ctx, ms, between[1:], state.j + 1, person.i)


def _past_relative(ctx: Context, ms: list[Mention], k: int) -> int | None:
    """The index in `ms` of the list member after a relative clause on ms[k] (", которая ... , Турция"),
    when one follows it: the clause is at most 15 words and ends at a comma."""
    cur = ms[k]
    text = ctx.article.text
    if cur.j >= len(ctx.words) or ctx.words[cur.j] not in _RELATIVE or "," not in text[cur.end:ctx.tokens[cur.j].start]:
        return None
    end = text.find(",", ctx.tokens[cur.j].end)
    if end < 0 or end - ctx.tokens[cur.j].end > 120:
        return None
    for x in range(k + 1, len(ms)):
        if ms[x].start > end:
            gap = text[end:ms[x].start]
            return x if not gap.strip(" ,") else None
    return None


# "X and his North Macedonian counterpart Y", "Лавров и его египетский коллега": the owner's pronoun
_THEIR: Final = {"his", "her", "its", "their", "неговият", "нейният", "техният", "неговия", "нейния", "техния", "его", "ее", "её",
          "их", "своим", "своей", "своего", "своему",
          "му", "ѝ", "й", "им", "си"}  # Bulgarian clitics: "беларуският му колега Александър Лукашенко"


# "Путин и тогдашний президент Монголии ...", "and then Prime Minister ...": a time word in a title
_THEN: Final = {"then", "former", "current", "тогдашний", "тогдашнего", "тогдашним", "тогдашнему", "бывший", "бывшего",
         "нынешний", "нынешнего", "тогавашния", "тогавашният", "тогавашните", "бившия", "бившият", "настоящия"}


def _only_links(ctx: Context, ms: list[Mention], between: list[str], lo: int, hi: int) -> bool:
    """Whether the words between two list members (from token lo) are only conjunctions,
    "of"/"на"/"the", role phrases and demonyms (the last two looked up only when needed)."""
    loose = [x for x, w in enumerate(between) if not (w in _COORD or w in ("на", "of", "the") or w in _THEIR or
                                                       w in _THEN)]
    if not loose:
        return True
    lo_, hi_ = min(lo, hi), max(lo, hi)
    skip = {x for a, c, _ in ctx.lex.roles.find(ctx.words, lo_, hi_) for x in range(a, c)}
    skip |= {x for m in ms if m.source == "demonym" and lo_ <= m.i < hi_ for x in range(m.i, m.j)}
    for x in range(hi_ - 1, lo_ - 1, -1):  # "Norwegian Trade Minister": a capitalised word before a role is its title
        if x not in skip and x + 1 in skip and ctx.tokens[x].is_cap and x + 1 < hi_:
            skip.add(x)
    return all(lo + x in skip for x in loose)


# the joining words of two names: "X and Y", "X of Y"
AND_WORDS: Final = {"and", "и"}
OF_WORDS: Final = {"of", "на"}

_PREPOSITIONS: Final = {"in", "at", "to", "from", "of", "on", "near", "в", "във", "на", "от", "до", "из", "при", "към", "с", "со",
                 "к", "по", "за", "около"}


_CONTRAST: Final = {"а", "но", "but", "while", "whereas", "однако", "обаче", "ала"}


_SUBORDINATE: Final = {"как", "когда", "где", "когато", "където", "като", "when", "after", "because", "since", "before", "макар",
                "although", "though", "хотя", "въпреки", "despite", "след", "преди", "после", "докато", "защото",
                "потому", "поскольку"}
_BUT: Final = {"but", "но", "обаче", "однако", "whereas"}  # a clause boundary even without a comma


def _clause_start(ctx: Context, s: int, a: int) -> int:
    """The first token of the clause that holds token a: after ", а/но/but/while", or after a semicolon."""
    lo = ctx.sent_tokens[s][0]
    for k in range(a - 1, lo, -1):
        if ";" in _before_token(ctx, k):
            return k
        if ((ctx.words[k] in _CONTRAST or ctx.words[k] in _SUBORDINATE) and "," in _before_token(ctx, k)) or \
                (ctx.words[k] in _BUT and not _after_first_phrase(ctx, lo, k)):
            return k
        if ctx.words[k] in ("and", "и") and k + 1 < a and (ctx.words[k + 1] in _IT or ctx.words[k + 1] in ctx.lex.he_she) and \
                "," in _before_token(ctx, k):
            return k  # "… war between Iran and Israel, and he used his speech to thank ECO members": a clause of his
    return lo


def _after_first_phrase(ctx: Context, lo: int, k: int) -> bool:
    """Whether token k comes right after a name that opens the sentence: "Аржентина обаче остава член …",
    "Россия, однако, …" (a "however" after the subject, no clause of its own)."""
    return ctx.words[k] in ctx.lex.words["postpositive"] and any(m.i == lo and m.j == k for m in ctx.mentions_at(lo, lo + 1))


_IT: Final = {"it", "they", "тя", "те", "той", "она", "они", "он"}  # subject pronouns


def seat_state(ctx: Context, m: Mention) -> Entity | None:
    """The state a seat of government stands for ("the Kremlin", "State Department", "Белия дом"); None for any
    other mention, a capital city among them ("Moscow" is a place events happen in)."""
    ent = ctx.catalog.entities.get(m.entity.iri) if m.entity.type == "Place" else None
    if ent is None or not ent.capital_of or ent.is_capital or ent.capital_of not in ctx.catalog.entities:
        return None
    return ctx.catalog.entity(ent.capital_of)


def secretariat_of(ctx: Context, label: str) -> Entity | None:
    """The body a secretariat the catalog lacks belongs to: the organization the article names by the words after
    "Secretariat of"/"Секретариатът на" ("Секретариатът на СзС": the Union for the Mediterranean); None for a label
    that names no secretariat."""
    if not label.lower().startswith(tuple(ctx.lex.words["secretariat"])):
        return None
    rest = label.split(None, 1)[1] if " " in label else ""
    first, _, tail = rest.partition(" ")
    if first.lower() in ("of", "на", "the"):
        rest = tail
    if not rest:
        return None
    return next((m.entity for m in ctx.mentions if m.entity.type == "Organization" and m.proper and
                 m.entity.in_catalog and ctx.article.text[m.start:m.end] == rest), None)


def _before_token(ctx: Context, k: int) -> str:
    """The text between token k-1 and token k (spaces and punctuation)."""
    return ctx.article.text[ctx.tokens[k - 1].end:ctx.tokens[k].start]


_RELATIVE: Final = {"which", "who", "that", "която", "който", "които", "което", "който", "который", "которая", "которые",
             "которое", "которой", "которого"}


# words that open an insertion between a subject and its verb: a relative or a participle clause
_INSERTION_OPENERS: Final = _RELATIVE | {"whose", "having", "чийто", "чиято", "чието", "чиито", "чей", "чья", "чьё", "чьи"}


# Russian past active participles of stems ending in a consonant: "прошедшего", "приведшей" (not "высшего")
_CONSONANT_PARTICIPLE_RE: Final = re.compile(r"[дтз]ш(?:ий|ая|ее|ие|его|ей|им|их|ую|ем|ими)$")


def _past_participle(ctx: Context, k: int) -> bool:
    """Whether word k is a past participle opening a phrase of its own: English "-ed" or irregular ("held",
    "hosted", "led"), Bulgarian "състояла се", "проведена" (a reflexive or passive past form)."""
    w = ctx.words[k]
    if ctx.lex.lang == "en":  # (an adjunct right after it: "held on Saturday", not the main verb "announced the …")
        return (w.endswith("ed") or w in ctx.lex.words["irregular_participles"]) and k + 1 < len(ctx.words) and \
            ctx.words[k + 1] in ctx.lex.words["participle_adjuncts"]
    if ctx.lex.lang == "bg":
        reflexive = w.endswith(("ла", "ло", "ли", "ал", "ял", "ил")) and k + 1 < len(ctx.words) and ctx.words[k + 1] == "се"
        return reflexive or bool(_BG_PASSIVE_RE.search(w))
    return False


_BG_PASSIVE_RE: Final = re.compile(r"(?:ен|ан|ян|ит)(?:а|о|и)$")  # "проведена", "организирано", "открити"


def insertion_end(ctx: Context, m_j: int, a: int) -> int | None:
    """"Украина, ратифицировавшая Римский статут в августе прошлого года, с 1 января стала …", "Ukraine,
    which ratified the statute last August, became …": where a relative or participle clause set off by
    commas right after a name (ending at token m_j) closes before token a, else None."""
    if m_j >= a or "," not in _before_token(ctx, m_j):
        return None
    first = ctx.words[m_j]
    if first not in _INSERTION_OPENERS and not ACTIVE_PARTICIPLE_RE.search(first) and \
            not _CONSONANT_PARTICIPLE_RE.search(first) and not _past_participle(ctx, m_j) and \
            not (m_j + 1 < a and ctx.words[m_j + 1] in _RELATIVE and ctx.lex.lang != "en"):
        return None  # (a relative pronoun second: "Секретариат СИТЕС, работу которого обеспечивает ЮНЕП, находится …")
    closes = [k for k in range(m_j + 2, a + 1) if "," in _before_token(ctx, k)]
    return closes[-1] if closes else None


def lo_of(ctx: Context, s: int) -> int:
    return ctx.sent_tokens[s][0]


def _after_dateline(ctx: Context, lo: int, hi: int) -> int:
    """The first token after a dateline that opens a sentence ("HAMBURG, Germany, May 21 (World Wire) - The
    tribunal …": the place of filing is not what the sentence is about); `lo` when there is none."""
    if lo >= hi or not ctx.tokens[lo].is_upper:
        return lo
    text = ctx.article.text
    for k in range(lo + 1, min(hi, lo + 14)):
        if any(d in text[ctx.tokens[k - 1].end:ctx.tokens[k].start] for d in (" - ", " – ", " — ", "—")):
            return k
    return lo

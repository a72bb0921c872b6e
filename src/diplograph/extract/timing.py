"""When, how sure and on whose word: the time a claim holds (a point, a start, an end or a
span, from the cue's own clause, else the event's or the news day), its modality (asserted,
negated, hypothetical) and the speaker who reports it.
"""
from __future__ import annotations

from typing import Final

import re
from bisect import bisect_left

from ..dates import TimeExpr, month_names, today_words
from ..models import Entity, When
from .common import (AND_WORDS, POINT_RELATIONS, START_RELATIONS, _BUT, _CONTRAST, _PREPOSITIONS, _RELATIVE, _before_token,
                     _clause_start, _main_event, added_time, trailing_time)
from .context import Context
from .lexicon import WordPrefixes
from .mentions import ACTIVE_PARTICIPLE_RE, Mention, is_adjective

def _modality(ctx: Context, s: int, subj_i: int, a: int, rel: str) -> str:
    lo = max(ctx.sent_tokens[s][0], min(subj_i, a) - 3, a - 6)  # ("не се споменава членството на Украйна")
    if _kept_up(ctx, s, a):
        return "asserted"  # "would not give up its ties with Russia", "няма да се откаже от партньорството"
    if any(not _negation_ends(ctx, y, a) for _, y, _ in ctx.lex.negation.find(ctx.words, lo, a + 1)):
        return "negated"
    if a < subj_i <= a + 8 and any(not ctx.lex.triggers.find(ctx.words, y, subj_i)
                                   for _, y, _ in ctx.lex.negation.find(ctx.words, a + 1, subj_i)):
        return "negated"  # the subject after its verb: "Страни по нея не са също САЩ, Русия и Украйна" (not
        # another verb's negation: "подписали, но не ратифицировали Китай, Египет …")
    if a + 2 < ctx.sent_tokens[s][1] and ctx.words[a + 1] in ctx.lex.words["not_after"] and \
            ctx.words[a + 2] in ctx.lex.words["was_after"]:
        return "negated"  # "Совместное заявление принято не было", "договор подписан не был": the negation after it
    if (subj_i < a or ctx.words[a].endswith(ctx.lex.noun_ends)) and _negated_after(ctx, s, a):
        return "negated"  # (a noun cue's actor after it too: "О присоединении Белоруссии к ЕС речь пока не идет")
    if ctx.lex.obligation.find(ctx.words, max(ctx.sent_tokens[s][0], a - 3), a):
        return "hypothetical"  # "обязан сотрудничать с судом", "is obliged to cooperate": what must be, ties too
    if _REMAINS.any_of(ctx.words[max(ctx.sent_tokens[s][0], a - 6):a + 1]):
        return "asserted"  # "will remain on the Council", "ще остане страна по": a state that goes on
    if rel not in ("partnerOf", "locatedIn") and any(
            not _month_may(ctx, x) and not _in_a_name(ctx, s, x)
            for x, _, _ in ctx.lex.hypothetical.find(ctx.words, max(ctx.sent_tokens[s][0], a - 6), a + 1)):
        return "hypothetical"
    if rel not in ("partnerOf", "locatedIn") and ctx.words[a].endswith(ctx.lex.noun_ends) and _hedged_after(ctx, s, a):
        return "hypothetical"  # "вступление Азербайджана в БРИКС потребует консенсуса": a noun cue, its verb hedged
    return "asserted"


def _in_a_name(ctx: Context, s: int, x: int) -> bool:
    """Whether the hedging word at x is a word of a name ("the Joint Comprehensive Plan of Action, concluded …"),
    not a verb of intent."""
    return any(m.i <= x < m.j and m.proper for m in ctx.mentions_in(s))


def _hedged_after(ctx: Context, s: int, a: int) -> bool:
    """A noun cue whose verb comes after it, in one run of words, says what may or must happen, not what
    did: "вступление Азербайджана в БРИКС потребует консенсуса", "Sweden's accession would require …"."""
    hi = min(ctx.sent_tokens[s][1], a + 8)
    for x, _, _ in ctx.lex.hypothetical.find(ctx.words, a + 1, hi):
        return _one_run(ctx, a, x) and not _month_may(ctx, x)
    return False


_AND: Final = {"и", "and", "а"}


def _kept_up(ctx: Context, s: int, a: int) -> bool:
    """A negated verb of giving up right before the cue ("would not give up its ties with", "не се отказва от
    партньорството"): the negations cancel, the tie or status goes on."""
    lo = max(ctx.sent_tokens[s][0], a - 6)
    give_up = ctx.lex.words["give_up"]
    return any(any(w in give_up for w in ctx.words[y:min(y + 3, a)]) for _, y, _ in ctx.lex.negation.find(ctx.words, lo, a))


def _negated_after(ctx: Context, s: int, a: int) -> bool:
    """"Ханой … заявку на вступление в объединение пока не подавал": a noun cue whose verb comes after it,
    negated, in one run of words (no comma, conjunction or relative word between, and the negated word
    no cue of its own)."""
    hi = min(ctx.sent_tokens[s][1], a + 8)
    for x, y, _ in ctx.lex.negation.find(ctx.words, a + 1, hi):
        return _one_run(ctx, a, x) and not ctx.lex.triggers.find(ctx.words, x, min(hi, y + 2))
    return False


def _one_run(ctx: Context, a: int, x: int) -> bool:
    """Whether the words from a cue at a to a word at x are one run: no comma, conjunction or relative word
    between (the word at x is the cue's own verb, not one of another clause)."""
    return not (any(ctx.words[k] in _AND or ctx.words[k] in _BUT or ctx.words[k] in _RELATIVE for k in range(a + 1, x)) or
                "," in ctx.article.text[ctx.tokens[a].end:ctx.tokens[x].start])


def _negation_ends(ctx: Context, y: int, a: int) -> bool:
    """Whether a negation ending at token y stops before the cue at a: a verb phrase of its own and
    "и" come between ("не продлили свое участие и вышли из договора"), not just a verb ("не подписа
    и ратифицира"), or the cue is a participle after the negated verb: "не принял внесенный Россией проект" (the
    draft was put forward)."""
    return any(ctx.words[k] in _AND and k - y >= 3 for k in range(y, a)) or (
        y < a and is_adjective(ctx.words[a], ctx.lex.lang) and bool(ctx.lex.triggers.find(ctx.words, y, a))) or \
        _in_closed_relative(ctx, y, a)


def _in_closed_relative(ctx: Context, y: int, a: int) -> bool:
    """Whether the negation ending at token y lies in a relative clause set off by commas that closes before the cue
    at a: "Switzerland, which is not an EU member but has been a party since 1982, had tabled a proposal"."""
    text, tokens = ctx.article.text, ctx.tokens
    if y >= a or "," not in text[tokens[y - 1].end:tokens[a].start]:
        return False
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    for k in range(y - 1, max(lo, y - 8), -1):
        if "," in text[tokens[k - 1].end:tokens[k].start]:
            return ctx.words[k] in _RELATIVE
    return False


def _month_may(ctx: Context, x: int) -> bool:
    """"In May, the Assembly adopted ...": the month, not the modal verb."""
    tok = ctx.tokens[x]
    if ctx.words[x] != "may" or not tok.text[:1].isupper():
        return False
    lo = ctx.sent_tokens[ctx.sentence_of_token(x)][0]
    return x > lo or (x + 1 < len(ctx.tokens) and ctx.tokens[x + 1].text[:1].isdigit())


_REMAIN: Final = ("remain", "остане", "остава", "останат", "остават", "останется", "остается", "останутся", "остаются")
_REMAINS: Final = WordPrefixes(_REMAIN)


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
    if i + 1 < len(ctx.tokens) and ctx.tokens[i].end + 1 >= ctx.tokens[i + 1].start and \
            any(m.i == i + 1 and m.proper and m.entity.type == "Agreement" for m in ctx.mentions_at(i + 1, i + 2)):
        return True  # "the 1968 Nuclear Non-Proliferation Treaty": the year it names it by
    prev = ctx.tokens[i - 1]
    return prev.is_cap and prev.end + 1 >= t.start and ctx.words[i - 1].rstrip(".") not in month_names() and \
        ctx.words[i - 1] not in _PREPOSITIONS and len(prev.text) > 2 and \
        ctx.sent_tokens[ctx.sentence_of_token(i - 1)][0] != i - 1  # not a sentence's first word


# acts done on a document, on a day: a range of years it runs for ("за периода 2025-2028 г.") is not their date
_DOCUMENT_ACTS: Final = {"signed", "ratified", "adopted", "accededTo", "proposed"}


def _when(ctx: Context, s: int, a: int, rel: str, kind: str, named_by: tuple[int, int] | None = None) -> When:
    """The claim's date from the cue's clause; `named_by` is the character span of an object whose
    description holds a date of its own ("a strategy until 2035")."""
    times = _dated_times(ctx, s, rel in ("signed", "adopted"))
    if named_by is not None:
        x, y = named_by
        times = [t for t in times if t.span or not x <= t.start < y]
    trig_char = ctx.tokens[a].start
    anniv = [t for t in times if t.kind == "anniversary" and t.end <= trig_char and trig_char - t.end <= 40]
    if not anniv:
        anniv = [t for t in times if t.kind == "anniversary" and _anniversary_of(ctx, s, t, rel)]
    if anniv:
        year = anniv[-1].at or ""
        finer = [t for t in times if t.kind == "point" and t.at and year and t.at.startswith(year) and len(t.at) > len(year)]
        if finer:  # "the 52nd anniversary of the Treaty of Chaguaramas, signed on July 4, 1973": the day told
            return _as_when(finer[0], rel)
        return _as_when(anniv[-1], rel)
    cands = [t for t in times if t.kind != "anniversary"]
    if rel in _DOCUMENT_ACTS:
        period, horizon = ctx.lex.words["period"], ctx.lex.words["horizon"]
        cands = [t for t in cands if not (ctx.token_at(t.start) > 0 and (
            (t.span and ctx.words[ctx.token_at(t.start) - 1] in period) or ctx.words[ctx.token_at(t.start) - 1] in horizon))]
        # ("Концепцию военного сотрудничества до 2030 года": the document's horizon, not when it was adopted)
    if cands:
        state = kind == "span"  # (a state told in a relative clause is dated there only; an act's date may
        lo, hi = _clause_chars(ctx, s, a, state)  # come after it: "…, която се е оттеглила от договора, е Северна
        # Корея - Пхенян обяви излизането си през януари 2003 г.")
        inside = [t for t in cands if lo <= t.start < hi and not (t.start > trig_char and _in_relative(ctx, a, t))]
        # (not a date in a relative or participle phrase after the cue: "…, вспыхнувшего в июле")
        text = ctx.article.text
        after = [t for t in inside if t.start >= trig_char and "," not in text[trig_char:t.start]]
        if kind == "start":  # "a member since 2015", "от 2010 г.": a state's date follows its cue or says "since"
            pool = after or [t for t in inside if _starts(ctx, t, a)]
            if not pool and rel == "partnerOf" and _ties_begun(ctx, s, a):
                pool = [t for t in inside if t.start < trig_char]  # "In 2018 relations were upgraded to a strategic
                # partnership": the date the partnership began
            if not pool:
                return When()
        else:
            pool = after if after and rel in _AFTER_FIRST else (inside or (
                [] if state and _set_off_relative(ctx, s, a) is not None else
                [t for t in cands if not _in_relative(ctx, a, t)]))
            since = [t for t in after if _starts(ctx, t, a)] if kind == "span" else []
            if since:  # "ratified it in 2023 and is a party to it since 21 December 2023": the party's own date
                pool = since
        if not pool:
            return _fallback_when(ctx, s, rel, kind, a)  # the sentence's dates belong to other acts
        own = [t for t in pool if not _nearer_cue(ctx, s, a, t)]
        if not own and kind != "start":
            own = [t for t in cands if t.start > trig_char and not _nearer_cue(ctx, s, a, t) and not _in_relative(ctx, a, t)]
        if own:
            pool = own  # "Хорватия, вступившая в ЕС в 2013 году, присоединилась ... 1 января 2023 года"
        elif all(_another_subjects(ctx, s, a, t) for t in pool):
            return _fallback_when(ctx, s, rel, kind, a)  # "handed over the presidency to Milei, and Argentina will
            # chair Mercosur for the first half of 2025": the other clause's date
        best = min(pool, key=lambda t: abs(t.start - trig_char))
        finer = [t for t in cands if t.at and best.at and t.at.startswith(best.at) and len(t.at) > len(best.at) and
                 0 < t.start - best.end <= 3]
        if finer:
            best = finer[0]  # "два года назад, 1 января 2023 года": the same time, told precisely
        if kind == "span" and not best.span and \
                ctx.article.text[best.start:best.end].lower() in today_words(ctx.lex.lang):
            return When()  # "Today more than 75 states are parties to it": where things stand, not since when
        if (kind == "end" or _ends(ctx, best)) and not best.span:
            return When(end=best.at)  # "остават непостоянни членки до края на 2026 г.", "whose terms ended on …"
        return _as_when(best, rel, _starts(ctx, best, a))
    return _fallback_when(ctx, s, rel, kind, a)


def _dated_times(ctx: Context, s: int, acts: bool) -> list[TimeExpr]:
    """The times of sentence s that may date a claim: not a year inside a name nor a dateline's
    filing date. The same for every cue of the sentence, so read once per sentence (and again
    when the mentions change); `acts`: a signing or adoption, where an anaphor's year dates the
    document ("the 1994 investment pact"), not what is done to it later."""
    def read() -> list[TimeExpr]:
        times = ctx.times_in(s)
        if not times:   # (the names are read only where there is a time they might hold)
            return times
        kinds = ("catalog", "new", "abbr") if acts else ("catalog", "new", "abbr", "anaphor")
        named = [(m.start, m.end) for m in ctx.mentions_in(s) if m.proper and m.source in kinds]
        return [t for t in times if (t.span or not (any(x <= t.start < y for x, y in named) or _in_name(ctx, t)))
                and not _in_dateline(ctx, t)]
    return ctx._cached(("dated_times", s, acts), ctx.mentions, read)


def _cue_tokens(ctx: Context, s: int) -> list[int]:
    """Where the relation cues of sentence s begin (read once per sentence: the dating of every
    claim there asks)."""
    hit = ctx._index.get(("cues", s))
    if hit is None:
        lo, hi = ctx.sent_tokens[s]
        hit = ctx._index[("cues", s)] = [x for x, _, _ in ctx.lex.triggers.find(ctx.words, lo, hi)]
    return hit


def _nearer_cue(ctx: Context, s: int, a: int, t: TimeExpr) -> bool:
    """Whether another cue of the sentence, in the same stretch between commas, is nearer to the
    date than this one: the date is that act's."""
    hit = _cue_tokens(ctx, s)
    if len(hit) < 2:
        return False
    i = ctx.token_at(t.start)
    marks = ctx._cached("marks", ctx.article.text, lambda: [m.start() for m in _MARK_RE.finditer(ctx.article.text)])
    tokens = ctx.tokens

    def apart(x: int) -> bool:  # a comma, colon or dash between the cue and the date
        lo, hi = (x, i) if x < i else (i, x)
        end = tokens[lo].end
        k = bisect_left(marks, end)
        return k < len(marks) and marks[k] < tokens[hi].start
    mine_apart = apart(a)
    return any(x != a and not apart(x) and (mine_apart or abs(i - x) < abs(i - a)) for x in hit)


def _another_subjects(ctx: Context, s: int, a: int, t: TimeExpr) -> bool:
    """Whether the time lies after a comma, "and"/"и"/"а" and a name that opens a clause of its own between the cue and
    it (", and Argentina will chair … in 2025"): that clause's subject, and its date."""
    i = ctx.token_at(t.start)
    if i <= a:
        return False
    named = {m.i for m in ctx.mentions_in(s) if m.source != "demonym"}
    return any(ctx.words[k] in _CLAUSE_AND and k + 1 in named and "," in _before_token(ctx, k) for k in range(a + 1, i - 1))


_CLAUSE_AND: Final = AND_WORDS | {"а"}  # ("…, а Аржентина ще …")
_MARK_RE: Final = re.compile(r"[,:;—–]")
_DATELINE_TAIL: Final = re.compile(r"[^\n]{0,30}?\s[-—–]\s")


def _in_dateline(ctx: Context, t: TimeExpr) -> bool:
    """"JAKARTA/BRASILIA, Jan 7 (Global Wire) - ...", "Ню Йорк, 2 януари (БТА) - ...": the filing date of a
    dateline is the news day, not the date of what the sentence tells."""
    text = ctx.article.text
    line = text.rfind("\n", 0, t.start) + 1
    head = text[line:t.start]
    return len(head) <= 45 and "," in head and head[:1].isupper() and _DATELINE_TAIL.match(text, t.end) is not None


def _anniversary_of(ctx: Context, s: int, t: TimeExpr, rel: str) -> bool:
    """"the tenth anniversary of the signing of the Treaty, concluded in Astana by ...": an anniversary
    of an act of this relation dates every claim of the relation in the sentence."""
    i = ctx.token_at(max(t.start, t.end - 1)) + 1
    hi = min(ctx.sent_tokens[s][1], i + 4)
    return any(rel in ctx.lex.groups[cue.value]["relations"] for _, _, cue in ctx.lex.triggers.find(ctx.words, i, hi))


def _in_relative(ctx: Context, a: int, t: TimeExpr) -> bool:
    """A date after the cue inside a relative clause (", която се присъедини … през 2004 г.") is that clause's."""
    i = ctx.token_at(t.start)
    text = ctx.article.text
    words = ctx.words
    participle = _PARTICIPLE_RE.get(ctx.lex.lang)
    actor_ends = ctx._cached("actor_ends", ctx.mentions, lambda: {m.j for m in ctx.mentions if m.entity.type in
                                                                  ("State", "Person", "Organization")}) \
        if participle else set()
    return any((words[k] in _RELATIVE or (participle is not None and participle.search(words[k]) is not None and
                                          "," in text[ctx.tokens[k - 1].end:ctx.tokens[k].start] and
                                          k not in actor_ends)) and  # ("КНДР, заявившая об этом в 2003 году": its act)
               ("," in text[ctx.tokens[k - 1].end:ctx.tokens[k].start] or
                (words[k - 1] in _REL_PREP and k - 1 > a and "," in text[ctx.tokens[k - 2].end:ctx.tokens[k - 1].start]))
               for k in range(a + 1, i))


# a past participle right after a comma opens a phrase of its own, dated there: "… конфликт по границата, избухнал
# през юли", "… конфликта, вспыхнувшего в июле"
_PARTICIPLE_RE: Final = {"bg": re.compile(r"[аяиеъ]л[аои]?$"), "ru": ACTIVE_PARTICIPLE_RE}


_REL_PREP: Final = {"с", "със", "в", "във", "по", "на", "за", "от", "by", "in", "under", "with", "of", "о", "об", "со"}  # ", с което"


def _fallback_when(ctx: Context, s: int, rel: str, kind: str, a: int | None = None) -> When:
    """No date in the cue's clause: a dated act is the event's or the news day's; a state has none.
    An event named only after the cue ("…, which will host the next meeting in 2025") is not the act's."""
    if a is not None and (_perfect(ctx, a) or _then_not(ctx, a)):
        return When()  # "has been signed but not ratified by", "са подписали, но не са ратифицирали": a state, undated
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


_PERFECT: Final = {"has", "have", "had", "been", "са", "е", "бяха"}


def _perfect(ctx: Context, a: int) -> bool:
    """Whether the cue is a perfect ("have signed", "has been ratified", "са подписали"): what holds now,
    not an act of the news day."""
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    return a > lo and ctx.words[a - 1] in _PERFECT


def _then_not(ctx: Context, a: int) -> bool:
    """Whether the cue is followed by a negated act ("подписали, но не ратифицировали", "signed but
    never ratified"): the pair tells where a state stands, not what it did on the news day."""
    hi = min(ctx.sent_tokens[ctx.sentence_of_token(a)][1], a + 5)
    return any(ctx.lex.triggers.find(ctx.words, y, min(hi, y + 2)) for _, y, _ in ctx.lex.negation.find(ctx.words, a + 1, hi))


def _as_when(t: TimeExpr, rel: str, starts: bool = False) -> When:
    if t.span:
        return When(start=t.span[0], end=t.span[1])
    if rel in START_RELATIONS or rel == "partyTo" or (starts and rel in ("chairOf", "officialOf")):
        return When(start=t.at)
    return When(at=t.at)


_SINCE: Final = {"since", "from", "с", "со", "от", "начиная"}
_TAKE_OVER: Final = ("took over", "takes over", "take over", "taking over", "assumed", "assumes", "handed over", "пое", "поема",
              "поеме", "перешло", "перешл", "переходит", "перейдет", "принял", "приняла", "принимает", "перенял",
              "переняла", "приема", "has held", "holds")
_TAKE_OVER_RE: Final = re.compile("|".join(map(re.escape, _TAKE_OVER)))   # any of them inside the window


def _ties_begun(ctx: Context, s: int, a: int) -> bool:
    """Whether a verb of establishing or raising ties comes near the ties cue at a ("established a strategic
    partnership", "отношения … были выведены на уровень стратегического партнерства")."""
    begun = tuple(ctx.lex.words["ties_begun"])
    lo, hi = ctx.sent_tokens[s]
    return any(w.startswith(begun) for w in ctx.words[max(lo, a - 8):min(hi, a + 8)])  # ("relations … were upgraded to")


def _starts(ctx: Context, t: TimeExpr, a: int) -> bool:
    """"since 2015", "от 1 януари", "took over the presidency on Jan. 1": the time opens a period."""
    i = ctx.token_at(t.start)
    if i > 0 and ctx.words[i - 1] in _SINCE:
        return True
    lo, hi = ctx.sent_tokens[ctx.sentence_of_token(a)]
    window = " ".join(ctx.words[max(lo, a - 6):min(hi, a + 3)])
    return _TAKE_OVER_RE.search(window) is not None


_BECOME: Final = ("became", "become", "becomes", "becoming", "received", "receives", "obtained", "granted", "получи", "получава",
           "получил", "получила", "получили", "получат", "предоставил", "предоставлен", "предоставен", "стана", "станаха", "стане", "станат", "стала", "стал", "стали",
           "станет", "станут", "становится", "становятся", "став", "ставши", "ставайки")
_AFTER_FIRST: Final = START_RELATIONS | {"chairOf", "withdrewFrom", "ratified", "accededTo", "signed", "appliedFor"}
_UNTIL: Final = {"until", "till", "through", "до", "по"}


def _ends(ctx: Context, t: TimeExpr) -> bool:
    """"until the end of 2025", "до края на 2026 г.", "до конца 2025 года": the time closes a period."""
    if ctx.article.text[t.start:t.end].lower().startswith(("до ", "until", "till", "by the end", "к концу")):
        return True
    i = ctx.token_at(t.start)
    before = ctx.words[max(0, i - 3):i]
    return bool(before) and (before[-1] in _UNTIL or any(w in _UNTIL for w in before[-3:-1]) and
                             before[-1] in ("края", "конца", "end", "the", "of"))


def _set_off_relative(ctx: Context, s: int, a: int) -> tuple[int, int] | None:
    """Where a relative clause holding token a, opened and closed by commas, begins and ends (its
    first token, the token after its closing comma); None when the cue is in no such clause."""
    lo, hi = ctx.sent_tokens[s]
    first = next((k for k in range(a, max(lo, a - 5), -1) if "," in _before_token(ctx, k)), None)
    if first is None or not any(ctx.words[k] in _RELATIVE for k in range(first, min(a + 2, hi))):
        return None  # (", которые являются", ", участниками которой являются", ", to which it is a party")
    close = next((k for k in range(a + 1, hi) if "," in _before_token(ctx, k)), None)
    return None if close is None else (first, close)


def _clause_chars(ctx: Context, s: int, a: int, relative: bool = False) -> tuple[int, int]:
    """The characters of the clause that holds token a, bounded by ", а/но/but/while", ";"
    and the neighbouring relation cues, so a date of another clause is not taken; with `relative`,
    also by the commas of a relative clause that holds it."""
    lo, hi = ctx.sent_tokens[s]
    start = ctx.tokens[_clause_start(ctx, s, a)].start
    end = ctx.sentences[s][1]
    bounds = _set_off_relative(ctx, s, a) if relative else None
    if bounds is not None:  # "През 2023 г. България и съюзниците, които са страни по него, спряха": a
        start, end = ctx.tokens[bounds[0]].start, ctx.tokens[bounds[1]].start  # relative clause set off by commas
    cues = _cue_tokens(ctx, s)
    before = [x for x in cues if x < a]
    after = [x for x in cues if x > a + 2]  # "withdrew its signature": one act, not the next clause
    if before:
        start = max(start, ctx.tokens[before[-1]].end)
    if after:
        end = min(end, ctx.tokens[after[0]].start)
    # the text between two tokens is read only where it can matter: before a word that opens a
    # clause after a comma, or anywhere when the sentence holds a ";"
    semicolon = ";" in ctx.article.text[ctx.sentences[s][0]:ctx.sentences[s][1]]
    for k in range(a + 1, hi):
        w = ctx.words[k]
        if w in _BUT:
            end = min(end, ctx.tokens[k].start)
            break
        opens = w in _CONTRAST or w in _RELATIVE or w in ("что", "че", "което", "which")
        if semicolon or opens:
            between = _before_token(ctx, k)
            if ";" in between or ("," in between and opens):
                end = min(end, ctx.tokens[k].start)
                break
    for k in range(a - 1, lo, -1) if semicolon else ():
        if ";" in _before_token(ctx, k):
            start = max(start, ctx.tokens[k].start)
            break
    return start, end


def own_times(ctx: Context, s: int, a: int, listed: list[Mention], rel: str) -> dict[str, When]:
    """The own dates of list members, by IRI: one added later (", а от миналата година – и Япония"), or each of
    two or more with its time right after it ("Катар през 2019 г. и Еквадор през 2020 г.", or after a colon that
    names them again: "All three ratified the statute: Mali in August 2000, Niger in April 2002 and …")."""
    out = {}
    colon = ctx.article.text.find(":", ctx.tokens[a].end, ctx.sentences[s][1])
    if colon >= 0:
        iris = {m.entity.iri for m in listed}
        again = [m for m in ctx.mentions_in(s) if m.start > colon and m.entity.iri in iris and m.source != "demonym"]
        if len(again) >= 2:
            listed = again
    for prev, m in zip(listed, listed[1:]):
        t = added_time(ctx, prev.j, m.i)
        if t is not None and (t.at or t.span):
            out[m.entity.iri] = _as_when(t, rel)
    if out:
        return out
    ends = [m.i for m in listed[1:]] + [ctx.sent_tokens[s][1]]
    trailing = [(m, trailing_time(ctx, m.j, hi)) for m, hi in zip(listed, ends)]
    if sum(t is not None for _, t in trailing) < 2:
        return out
    pending: list[Mention] = []
    for m, t in trailing:  # ("admitted Bangladesh and the UAE in 2021 and Egypt in 2023": 2021 for the first two)
        pending.append(m)
        if t is not None and (t.at or t.span):
            out.update((x.entity.iri, _as_when(t, rel)) for x in pending)
            pending = []
    return out

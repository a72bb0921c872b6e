"""Find and normalise time expressions in bg, ru and en news to ISO 8601.

Explicit dates ("26 юли 2024", "12.03.2023", "March 12, 2023"), years and year spans
("2021-2025 г."), and dates implied by the publication date: relative words ("last
year", "в прошлом году"), weekdays ("on Tuesday", "във вторник"), dates without a year,
anniversaries ("the 20th anniversary", "20-годишнината", "20-летие") and "N years ago".
Month and weekday names come from CLDR through babel; relative phrases from
``lexicon/dates.toml``.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

from babel.dates import get_day_names, get_month_names

from .text import Token
from .wordscan import Scanner

LANGS: Final = ("en", "bg", "ru")


@dataclass(init=False, unsafe_hash=True)
class TimeExpr:
    """A time expression found at text[start:end] (never changed once made)."""

    start: int
    end: int
    kind: str                 # "point", "span", "anniversary"
    at: str | None = None     # ISO for points (and the implied year for anniversaries)
    span: tuple[str, str] | None = None

    # (written out, not generated: compiled, it is a direct C call, as `extract.mentions.Mention.__init__`)
    def __init__(self, start: int, end: int, kind: str, at: str | None = None, span: tuple[str, str] | None = None) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.at = at
        self.span = span


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return tomllib.loads(resources.files("diplograph.lexicon").joinpath("dates.toml").read_text("utf-8"))


@lru_cache(maxsize=8)
def _term_patterns(lang: str) -> list[tuple[int, re.Pattern[str]]]:
    terms = _lexicon().get(lang, {}).get("term_years", {})
    return [(int(n), re.compile(rf"(?<!\w)(?:{'|'.join(p)})", re.IGNORECASE)) for n, p in terms.items()]


def term_years(text: str, lang: str) -> int | None:
    """The length in years of a term the text tells ("began their two-year terms",
    "двугодишния си мандат", "двухлетний срок"), if any."""
    for n, pattern in _term_patterns(lang):
        if pattern.search(text):
            return n
    return None


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Lower-case month names and abbreviations of en, bg, ru (all cases news use) -> 1..12."""
    names: dict[str, int] = {}
    for lang in LANGS:
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                for n, name in get_month_names(width, context=ctx, locale=lang).items():
                    name = name.lower().rstrip(".")
                    if len(name) >= 3:
                        names[name] = n
                    if lang == "ru" and width == "wide" and ctx == "stand-alone":  # prepositional: в марте, в мае
                        names[(name[:-1] if name[-1] in "ьй" else name) + "е"] = n
    names.pop("мая", None)
    names["мая"] = 5
    return names


@lru_cache(maxsize=8)
def today_words(lang: str) -> frozenset[str]:
    """The words for the news day itself ("today", "днес", "сегодня"): a present state told with
    them ("today 75 states are parties") says where things stand, not when they began."""
    return frozenset(_lexicon().get(lang, {}).get("day_offset", {}).get("0", []))


@lru_cache(maxsize=1)
def weekday_names() -> dict[str, int]:
    """Lower-case weekday names (with the accusative forms "среду", "пятницу") -> 0=Monday."""
    out: dict[str, int] = {}
    order = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    for lang in LANGS:
        for n, name in get_day_names("wide", context="format", locale=lang).items():
            name = name.lower()
            out[name] = n
            if lang == "ru" and name.endswith("а"):
                out[name[:-1] + "у"] = n
    assert len(order) == 7
    return out


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    mon = _alt(month_names())
    yr = r"((?:1[89]|20)\d{2})"
    ysuf = r"(?:\s*(?:г\.|год(?:а|у)?\b|година\b|года\b))?"
    pats = [
        ("iso", rf"\b{yr}-(\d{{2}})-(\d{{2}})\b"),
        ("dmy_num", rf"\b(\d{{1,2}})\.(\d{{1,2}})\.{yr}\b{ysuf}"),
        ("slash", rf"\b(\d{{1,2}})/(\d{{1,2}})/{yr}\b"),
        ("range_dm", rf"\b(\d{{1,2}})\s*[-–—]\s*(\d{{1,2}})\s+({mon})\.?(?:,?\s+{yr})?\b{ysuf}"),
        ("dmy", rf"\b(\d{{1,2}})(?:st|nd|rd|th|-?(?:ти|ви|ри|ми|го|е))?\s+(?:of\s+)?({mon})\.?(?:,?\s+{yr})?\b{ysuf}"),
        ("mdy", rf"\b({mon})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{yr}\b)?"),
        ("my", rf"\b({mon})\.?\s+(?:of\s+)?{yr}\b{ysuf}"),
        ("half", rf"\b(first|second|първото|първата|второто|втората|первом|первой|втором|второй|первое|второе|первая|вторая)\s+"
                 rf"(?:half|полугодие|половина|полугодии|половине|полугодия)\s+(?:of\s+(?:the\s+year\s+)?|на\s+)?{yr}\b{ysuf}"),
        ("edge", rf"\b(?:(?:at|by|from|until|till|to)\s+the\s+(start|beginning|end)\s+of|(?:в|от|до)\s+(началото|края)\s+на|"
                 rf"(?:в|с|до|к)\s+(начале|начала|конце|конца))\s+{yr}\b{ysuf}"),
        ("year_range", rf"\b{yr}\s*(?:[-–—/]|\s(?:to|до|по)\s)\s*((?:1[89]|20)\d{{2}}|\d{{2}})\b{ysuf}"),
        ("last_mon", rf"\b(?:last|миналия|миналата|предишния)\s+({mon})\b"),
        ("mon_last_year", rf"\b(?:в|во|през)\s+({mon})\s+(?:прошлого|миналата|предходната)\s+год\w*"),
        ("mon", rf"\b(?:in|през|в|во)\s+({mon})\b"),
        ("year", rf"\b{yr}\b(?![.,]\d)(?!\s*(?:долар|евро|лев|руб|dollar|euro|%|млн|млрд|million|billion|души|человек|people))"),
    ]
    return [(k, re.compile(p, re.IGNORECASE)) for k, p in pats]


@lru_cache(maxsize=8)
def _relative(lang: str) -> list[tuple[str, int, re.Pattern[str]]]:
    lex = _lexicon().get(lang, {})
    out: list[tuple[str, int, re.Pattern[str]]] = []
    for unit in ("year_offset", "month_offset", "week_offset", "day_offset"):
        for off, phrases in lex.get(unit, {}).items():
            out.append((unit, int(off), re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})(?!\w)", re.IGNORECASE)))
    for kind in ("anniversary", "years_ago", "days_ago", "years_later"):
        for p in lex.get(kind, []):
            out.append((kind, 0, re.compile(rf"(?<!\w){p}", re.IGNORECASE)))
    for years, phrases in lex.get("anniversary_words", {}).items():
        out.append(("anniversary_words", int(years), re.compile(rf"(?<!\w)(?:{'|'.join(phrases)})", re.IGNORECASE)))
    for p in lex.get("range_words", []):
        out.append(("range_words", 0, re.compile(rf"(?<!\w){p}(?!\w)", re.IGNORECASE)))
    out.append(("same_day", 0, _SAME_DAY_RE))
    out.append(("same_year", 0, _SAME_YEAR_ALONE_RE))
    days = _alt(weekday_names())
    before = _alt(lex.get("weekday_before", []))
    after = _alt(lex.get("weekday_after", []))
    if before:
        out.append(("weekday_before", 0, re.compile(rf"(?<!\w)(?:{before})\s+({days})(?!\w)", re.IGNORECASE)))
    if after:
        out.append(("weekday_after", 0, re.compile(rf"(?<!\w)(?:{after})\s+({days})(?!\w)", re.IGNORECASE)))
    out.append(("weekday_bare", 0, re.compile(rf"(?<!\w)({days})(?!\w)", re.IGNORECASE)))
    return out


@lru_cache(maxsize=8)
def _scanner(lang: str) -> Scanner:
    """The explicit patterns, then the language's relative ones: one scan of the text finds
    the words either kind can begin with (each pattern still gets the matches ``finditer``
    would give); the explicit patterns that begin with a number are tried only at the numbers
    `_Numbers` lets through."""
    numbers = _Numbers()
    return Scanner([pat for _, pat in _patterns()] + [pat for _, _, pat in _relative(lang)], numbers, numbers.guarded)


_YEAR_LEADS: Final = ("18", "19", "20")   # (a year of the patterns: (?:1[89]|20)\d{2})
_DASHES: Final = "-–—"


class _Numbers:
    """Which explicit patterns beginning with a number can match at a number of the text (a token
    starting with a digit), told from the token, the character after it and the words that follow:
    a necessary condition for each, so a pattern left out would not have matched there. A year
    (four digits from 1800 to 2099) can begin "iso" (a dash after it), "year_range" (white space,
    a dash or a slash after it, a number one or two words on) and "year"; a day (one or two digits)
    "dmy_num" (a dot after it), "slash" (a slash after it) and "range_dm" (white space or a dash after
    it, then a day and a month name); a day, maybe with "st", "-ти" and the like, "dmy" (a month name
    one to three words on: "5 May", "5th of May", "5-ти май"). A month name is a whole word in these
    patterns (white space before it, a word boundary after it), and the text the scanner reads with
    tokens folds case as `str.lower` does."""

    def __init__(self) -> None:
        at = {kind: n for n, (kind, _) in enumerate(_patterns())}
        self.iso: int = at["iso"]
        self.dmy_num: int = at["dmy_num"]
        self.slash: int = at["slash"]
        self.range_dm: int = at["range_dm"]
        self.dmy: int = at["dmy"]
        self.year_range: int = at["year_range"]
        self.year: int = at["year"]
        self.guarded: frozenset[int] = frozenset((self.iso, self.dmy_num, self.slash, self.range_dm, self.dmy,
                                                  self.year_range, self.year))
        self.months: frozenset[str] = frozenset(month_names())

    def __call__(self, text: str, tokens: list[Token], k: int) -> list[int]:
        tok = tokens[k]
        word = tok.text
        size = len(word)
        after = text[tok.end] if tok.end < len(text) else ""
        out: list[int] = []
        if size == 4 and word.isdigit():
            if word[:2] in _YEAR_LEADS:
                if after == "-":
                    out.append(self.iso)
                if after and (after.isspace() or after in _DASHES or after == "/") and \
                        any(t.text[0] in "0123456789" for t in tokens[k + 1:k + 3]):
                    out.append(self.year_range)
                out.append(self.year)
            return out
        if size <= 2 and word.isdigit():
            if after == ".":
                out.append(self.dmy_num)
            elif after == "/":
                out.append(self.slash)
            elif after and (after.isspace() or after in _DASHES) and k + 2 < len(tokens) and \
                    len(tokens[k + 1].text) <= 2 and tokens[k + 1].text.isdigit() and \
                    tokens[k + 2].text.lower() in self.months:
                out.append(self.range_dm)
        for t in tokens[k + 1:k + 4]:
            if t.text.lower() in self.months:
                out.append(self.dmy)
                break
        return out


def parse_iso(value: str | None) -> dt.date | None:
    """A date for a full ISO date string; None for partial or missing values."""
    if not value or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _year_for(month: int, day: int | None, pub: dt.date | None) -> int | None:
    """The year of a date written without one: the publication year, or the one before
    when that would put it far after publication."""
    if pub is None:
        return None
    try:
        guess = dt.date(pub.year, month, day or 1)
    except ValueError:
        return pub.year
    return pub.year - 1 if (guess - pub).days > 180 else pub.year


def find_times(text: str, lang: str, pub: str | None, start: int = 0, end: int | None = None,
               tokens: list[Token] | None = None) -> list[TimeExpr]:
    """Every time expression in text[start:end], earliest first, overlaps resolved to the longest.
    `tokens`, the words of the whole text (`text.tokenize`), spare finding them again."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    pub_date = parse_iso(pub)
    pub_year = int(pub[:4]) if pub and pub[:4].isdigit() else None
    found: list[TimeExpr] = []
    patterns = _patterns()
    scanned = _scanner(lang).run(chunk, tokens if start == 0 and end == len(text) else None)
    for (kind, _), hits in zip(patterns, scanned[:len(patterns)]):
        for m in hits:
            expr = _explicit(kind, m, pub_date)
            if expr:
                found.append(_time(m.start() + start, m.end() + start, expr))
    yearless = [t for t in found if t.kind == "point" and t.at and not re.search(r"(?:1[89]|20)\d{2}", text[t.start:t.end])]
    for (kind, off, _), hits in zip(_relative(lang), scanned[len(patterns):]):
        for m in hits:
            expr = _implied(kind, off, m, pub_date, pub_year, lang)
            if expr:
                found.append(_time(m.start() + start, m.end() + start, expr))
            if kind == "year_offset" and pub_year:
                found += _with_year(text, yearless, m.start() + start, m.end() + start, pub_year + off)
    out = _joined_ranges(text, _same_day([_same_year(text, _day_range(text, t, start)) for t in _longest(found)],
                                         pub_date, text))
    return [_coming(text, t, pub_date, lang) for t in out] if pub_date else out


def _time(start: int, end: int, expr: tuple) -> TimeExpr:
    """The time at [start, end) that (kind, at[, span]) tells (compiled, a direct call: `TimeExpr(…, *expr)`
    goes through the generic call)."""
    return TimeExpr(start, end, expr[0], expr[1], expr[2] if len(expr) > 2 else None)


_SENTENCE_START_RE: Final = re.compile(r"[.!?]\s|\n")


def _coming(text: str, t: TimeExpr, pub: dt.date, lang: str) -> TimeExpr:
    """"will host COP30 in November" (in January): a month written without a year that the news day
    put in the year before is the coming one when its sentence speaks of the future."""
    if t.kind != "point" or not t.at or len(t.at) < 7 or int(t.at[:4]) != pub.year - 1 or \
            _YEAR_RE.search(text, t.start, t.end):
        return t
    lo = max((m.end() for m in _SENTENCE_START_RE.finditer(text, max(0, t.start - 300), t.start)), default=0)
    future = _lexicon().get(lang, {}).get("future", [])
    if not future or not re.search(rf"(?<!\w)(?:{'|'.join(future)})(?!\w)", text[lo:t.start], re.IGNORECASE):
        return t
    return TimeExpr(t.start, t.end, t.kind, f"{pub.year}{t.at[4:]}", t.span)


_SAME_DAY_RE: Final = re.compile(r"(?<!\w)(?:on )?(?:the same day|that same day|that day|"
                          r"в тот же день|в этот же день|в тот день|"
                          r"(?:в |на )?същия ден|в същия ден|същия ден|"
                          r"at the same time|around the same time|по същото време)(?!\w)", re.IGNORECASE)
_SAME_TIME: Final = ("time", "време")  # "Israel left the agency at the same time": the last date, whatever its precision


def _same_day(found: list[TimeExpr], pub: dt.date | None, text: str = "") -> list[TimeExpr]:
    """"signed the same day", "в тот же день": the last full date written before it, else the news day;
    "at the same time": the last date written before it."""
    out: list[TimeExpr] = []
    for t in found:
        if t.kind in ("same_year", "years_later"):  # "China signed the same year", "Canada followed a year later":
            if out and out[-1].end > t.start:  # the year of the last date written before it (and N on)
                continue  # ("in July of the same year": read with the month already)
            years = [x.at[:4] for x in out if x.at] or _YEAR_RE.findall(text, 0, t.start)
            if not years:
                continue
            later = int(t.at) if t.kind == "years_later" and t.at and t.at.isdigit() else 0
            t = TimeExpr(t.start, t.end, "point", str(int(years[-1]) + later))
        if t.kind == "same_day":
            loose = text[t.start:t.end].lower().endswith(_SAME_TIME)
            days = [x.at for x in out if x.kind == "point" and x.at and (loose or len(x.at) == 10)]
            at = days[-1] if days else (pub.isoformat() if pub else None)
            if at is None:
                continue
            t = TimeExpr(t.start, t.end, "point", at)
        out.append(t)
    return out


_SAME_YEAR_ALONE_RE: Final = re.compile(r"(?<!\w)(?:(?:in |later |earlier )?(?:that|the) same year|later that year|"
                                 r"(?:в |през )?същата година|в том же году|в тот же год)(?!\w)", re.IGNORECASE)
_SAME_YEAR_RE: Final = re.compile(r"\s*,?\s*(?:того же года|of the same year|the same year|of that year|that year|същата година|"
                           r"на същата година|той же год|тогоже года)", re.IGNORECASE)
_YEAR_RE: Final = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _same_year(text: str, t: TimeExpr) -> TimeExpr:
    """"в июле того же года", "in July of the same year": the year last written before it."""
    if t.kind != "point" or not t.at or len(t.at) < 7:
        return t
    m = _SAME_YEAR_RE.match(text, t.end)
    if m is None:
        return t
    years = _YEAR_RE.findall(text, 0, t.start)
    if not years:
        return t
    return TimeExpr(t.start, m.end(), "point", f"{years[-1]}{t.at[4:]}")


_FIRST_DAY_RE: Final = re.compile(r"(?:(?:from|от|с)\s+)?(?<!\d)(\d{1,2})\s*(?:[-–—]|\s(?:to|до|по)\s)\s*$", re.IGNORECASE)


def _day_range(text: str, t: TimeExpr, lo: int) -> TimeExpr:
    """"22-24 октомври миналата година", "from 5 to 6 December": a day told just before a dated day
    starts a span of days (the day parsed is its last)."""
    if t.kind != "point" or not t.at or len(t.at) != 10:
        return t
    w0 = max(lo, t.start - 12)
    m = _FIRST_DAY_RE.search(text[w0:t.start])
    if m is None:
        return t
    first = int(m.group(1))
    if not 1 <= first < int(t.at[8:]):
        return t
    return TimeExpr(w0 + m.start(), t.end, "span", None, (f"{t.at[:8]}{first:02d}", t.at))


_RANGE_LINK_RE: Final = re.compile(r"\s*(?:[-–—]|to|until|till|through|до|по)\s*$", re.IGNORECASE)
_RANGE_OPEN_RE: Final = re.compile(r"(?:from|от|с|со)\s+$", re.IGNORECASE)


def _joined_ranges(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """"с 23 сентября по 3 октября", "from 30 June to 2 July", "от 8 юни до 10 юли": two days joined as the first
    and last of one span (the first opened by "from"/"с"/"от", the link between them only "to"/"по"/"до"/a dash)."""
    out: list[TimeExpr] = []
    k = 0
    while k < len(times):
        t = times[k]
        nxt = times[k + 1] if k + 1 < len(times) else None
        if nxt is not None and t.kind == nxt.kind == "point" and t.at and nxt.at and len(t.at) == len(nxt.at) >= 7 and \
                t.at < nxt.at and _RANGE_LINK_RE.fullmatch(text[t.end:nxt.start]) and \
                _RANGE_OPEN_RE.search(text[max(0, t.start - 6):t.start]):
            out.append(TimeExpr(t.start, nxt.end, "span", None, (t.at, nxt.at)))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def _with_year(text: str, yearless: list[TimeExpr], a: int, b: int, year: int) -> list[TimeExpr]:
    """"10 юни миналата година", "в июле прошлого года", "December 1 last year": a day or month
    whose year is given by a relative phrase right after it."""
    out = []
    for t in yearless:
        if t.end <= a and not text[t.end:a].strip(" ,") and t.at:
            out.append(TimeExpr(t.start, b, "point", f"{year}{t.at[4:]}"))
    return out


def _explicit(kind: str, m: re.Match[str], pub: dt.date | None):
    g = m.groups()
    months = month_names()
    y: int | None
    if kind == "iso":
        v = _iso(int(g[0]), int(g[1]), int(g[2]))
        return ("point", v) if v else None
    if kind == "dmy_num":
        v = _iso(int(g[2]), int(g[1]), int(g[0]))
        return ("point", v) if v else None
    if kind == "slash":  # "26/10/2025"; "10/26/2025" when the day cannot be first
        a, b, y = int(g[0]), int(g[1]), int(g[2])
        day, month = (b, a) if b > 12 >= a else (a, b)
        v = _iso(y, month, day)
        return ("point", v) if v else None
    if kind in ("dmy", "range_dm"):
        d = int(g[0])
        mon = months[g[-2].lower().rstrip(".")]
        y = int(g[-1]) if g[-1] else _year_for(mon, d, pub)
        if y is None:
            return None
        if kind == "range_dm":
            first_day, last_day = _iso(y, mon, d), _iso(y, mon, int(g[1]))
            return ("span", None, (first_day, last_day)) if first_day and last_day else None
        v = _iso(y, mon, d)
        return ("point", v) if v else None
    if kind == "mdy":
        mon, d = months[g[0].lower().rstrip(".")], int(g[1])
        y = int(g[2]) if g[2] else _year_for(mon, d, pub)
        v = _iso(y, mon, d) if y else None
        return ("point", v) if v else None
    if kind == "my":
        return ("point", _iso(int(g[1]), months[g[0].lower().rstrip(".")]))
    if kind == "last_mon":
        if pub is None:
            return None
        mon = months[(g[0] or g[1]).lower().rstrip(".")]
        return ("point", _iso(pub.year if mon < pub.month else pub.year - 1, mon))
    if kind == "mon_last_year":  # "в июле прошлого года": July of the year before publication
        return ("point", _iso(pub.year - 1, months[g[0].lower().rstrip(".")])) if pub else None
    if kind == "mon":
        mon = months[g[0].lower().rstrip(".")]
        y = _year_for(mon, None, pub)
        return ("point", _iso(y, mon)) if y else None
    if kind == "year_range":
        a = int(g[0])
        b = int(g[1]) if len(g[1]) == 4 else (a // 100) * 100 + int(g[1])
        return ("span", None, (str(a), str(b))) if b > a else None
    if kind == "half":
        year, first = g[1], g[0].lower().startswith(("first", "перв", "първ"))
        return ("span", None, (f"{year}-01", f"{year}-06") if first else (f"{year}-07", f"{year}-12"))
    if kind == "edge":
        word = next(x for x in g[:-1] if x).lower()
        start = word in ("start", "beginning", "началото", "начале", "начала")
        return ("point", f"{g[-1]}-01" if start else f"{g[-1]}-12")
    if kind == "year":
        return ("point", g[0])
    return None


def _implied(kind: str, off: int, m: re.Match[str], pub: dt.date | None, pub_year: int | None, lang: str = ""):
    if kind == "year_offset":
        return ("point", str(pub_year + off)) if pub_year else None
    if kind == "month_offset":
        if pub is None:
            return None
        month = pub.month + off
        year = pub.year + (month - 1) // 12
        return ("point", _iso(year, (month - 1) % 12 + 1))
    if kind == "week_offset":
        week = _week(pub, off) if pub else None
        return ("point", week) if week else None
    if kind == "day_offset":
        return ("point", (pub + dt.timedelta(days=off)).isoformat()) if pub else None
    if kind in ("same_day", "same_year"):
        return (kind, None)
    if kind == "years_later":  # "Canada followed a year later": counted on from the last year written (below)
        n = _count(m.group(1), lang) if m.group(1) else 1
        return ("years_later", str(n)) if n and 0 < n < 100 else None
    if kind == "days_ago":
        n = _count(m.group(1), lang)
        return ("point", (pub - dt.timedelta(days=n)).isoformat()) if pub and n and n <= 31 else None
    if kind == "anniversary_words":
        return ("anniversary", str(pub_year - off)) if pub_year else None
    if kind == "years_ago":
        n = _count(m.group(1), lang)
        if not pub_year or not n or not 0 < n < 300:
            return None
        if pub and m.string[max(0, m.start() - 9):m.start()].rstrip().lower().endswith(_EXACTLY):
            try:  # "ровно пять лет назад", "exactly five years ago": that very day
                return ("point", pub.replace(year=pub.year - n).isoformat())
            except ValueError:
                return ("point", str(pub_year - n))
        return ("point", str(pub_year - n))
    if kind == "anniversary":
        n = int(m.group(1))
        if not pub_year or not 0 < n < 300:
            return None
        return ("anniversary", str(pub_year - n))
    if kind == "range_words":
        return ("span", None, (m.group(1), m.group(2)))
    if kind.startswith("weekday"):
        if pub is None:
            return None
        wd = weekday_names()[m.group(1).lower()]
        delta = (pub.weekday() - wd) % 7
        day = pub - dt.timedelta(days=delta) if kind != "weekday_after" else pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
        return ("point", day.isoformat())
    return None


_EXACTLY: Final = ("ровно", "exactly", "точно")


def _week(pub: dt.date, off: int) -> str | None:
    """A week counted from the news day ("last week", "миналата седмица") as finely as it is
    known: its month when Monday to Sunday (up to the news day for this week) fall in one month,
    else its year, else nothing."""
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=off)
    last = min(monday + dt.timedelta(days=6), pub) if off == 0 else monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (last.year, last.month):
        return _iso(monday.year, monday.month)
    return str(monday.year) if monday.year == last.year else None


def _count(word: str, lang: str) -> int | None:
    """A small number in digits or in words of the language's `numbers` table ("nine", "девятью")."""
    if word.isdigit():
        return int(word)
    return _lexicon().get(lang, {}).get("numbers", {}).get(word.lower())


def _longest(found: list[TimeExpr]) -> list[TimeExpr]:
    found.sort(key=lambda t: (t.start, -(t.end - t.start), -len(t.at or "")))  # (the same words: the finer date)
    out: list[TimeExpr] = []
    for t in found:
        if out and t.start < out[-1].end:
            if (t.end - t.start) > (out[-1].end - out[-1].start):
                out[-1] = t
            continue
        out.append(t)
    return out


def parse_date(text: str, lang: str | None = None, pub: str | None = None) -> str | None:
    """The ISO date of a date line: a line that is a date, maybe with a time, a weekday or a
    place around it ("26 юли 2024", "March 12, 2023 14:05", "26 December 2024, 17:40, St Petersburg")."""
    line = text.strip().rstrip(".").strip()
    if len(line) > 80 or len(line.split()) > 10:
        lead = _LEAD_END.search(line, 8)  # "ЖЕНЕВА, 30 августа 2024 года. Восточный Тимор ...": the
        line = line[:lead.start()].strip() if lead else ""  # lead's first words are the dateline
    if not line or len(line) > 80 or len(line.split()) > 10:
        return None
    for lg in ([lang] if lang else []) + list(LANGS):
        times = [t for t in find_times(line, lg, pub) if t.kind == "point" and t.at and len(t.at) >= 7]
        if not times:
            continue
        before = line[:times[0].start].split()
        dateline = before and line[:times[0].start].rstrip().endswith(",") and len(before) <= 6 and \
            all(w.strip("/(")[:1].isupper() or w in _PLACE_LINKS for w in before)  # "TA' QALI, Malta, 6 December
        if (times[0].start <= 12 and len(before) <= 1) or dateline:           # 2024", "Antigua and Barbuda,"
            return times[0].at
        last = times[-1]  # "Сообщение для СМИ МИД России, 13 декабря 2024 года": a full date that ends the line
        if last.at is not None and len(last.at) == 10 and not line[last.end:].strip(" ,.:—–-0123456789гhоа") and \
                line[:last.start].rstrip().endswith((",", "—", "–", "|", "-")):
            return last.at
    return None


_LEAD_END: Final = re.compile(r"\.\s|\s[-—–]\s|\s\(")
_PLACE_LINKS: Final = {"and", "и", "of", "de", "da", "del", "la", "на"}


def days_between(first: str, then: str) -> int | None:
    """Days from one ISO day to another (negative when `then` is earlier); None when either is
    coarser than a day or no valid date."""
    if len(first) != 10 or len(then) != 10:
        return None
    try:
        return (dt.date.fromisoformat(then) - dt.date.fromisoformat(first)).days
    except ValueError:
        return None

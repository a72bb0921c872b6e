"""Run many word-anchored regular expressions over one text fast, with the same matches.

The date finder runs some twenty patterns over every article; most of them begin at a
word boundary with a digit or with one of a few words ("in", "през", a month name).
Python's ``re`` tries such a pattern at every position of the text. Here each pattern is
read once (its parse tree) for the words a match can begin with; the text's words are
listed once; and the pattern is tried only where such a word starts, left to right, each
try after the end of the last match, as ``finditer`` does. Where the analysis cannot
tell (a pattern that may start inside a word, or with anything), or where the text holds
characters whose case folding ``str.lower`` does not mirror, the plain ``finditer`` runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable

    from .text import Token

try:  # Python 3.11+
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

# Texts in these scripts fold case one character to one (Latin-1, Latin Extended-A and
# -B as in "Erdoğan", Cyrillic, general punctuation, currency signs), and their only
# decimal digits are 0-9. Left out: "İ" (two characters in lower case), and "ı" and "ſ",
# which a case-insensitive pattern's "i" and "s" match though `str.lower` keeps them.
_UNSAFE: Final = re.compile(r"[^\x00-\xff\u0100-\u012f\u0132-\u017e\u0180-\u024f\u0400-\u04ff\u2000-\u206f\u20a0-\u20bf]")
_WORD: Final = re.compile(r"\w+")
_DIGIT: Final = "\\d"
_ANY: Final = ""   # a match may begin with any whole word (then `_second` tells where: `_any_word`)
_ONE_WORD_CHAR: Final = [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])]


@dataclass(frozen=True)
class Starts:
    """The words a pattern's matches can begin with: a digit, exact words, word prefixes."""

    digit: bool
    words: frozenset[str]
    prefixes: tuple[str, ...]

    def fits(self, word: str) -> bool:
        if self.digit and word[0] in "0123456789":
            return True
        return word in self.words or (bool(self.prefixes) and word.startswith(self.prefixes))


def _is_word_char(c: int) -> bool:
    return bool(_WORD.fullmatch(chr(c)))


def _non_word_item(op, av) -> bool:
    """An item that consumes exactly non-word characters (a space, a dot, a dash)."""
    if op is C.LITERAL:
        return not _is_word_char(av)
    if op is C.IN:
        return all((o is C.CATEGORY and a in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD)) or
                   (o is C.LITERAL and not _is_word_char(a)) for o, a in av)
    return False


def _word_ends(items: list) -> bool:
    """Whether what follows a run of letters makes that run a whole word."""
    for k, (op, av) in enumerate(items):
        if op is C.AT and av in (C.AT_BOUNDARY, C.AT_END, C.AT_END_STRING):
            return True
        if op is C.ASSERT_NOT and av[0] == 1 and list(av[1]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])]:
            return True
        if _non_word_item(op, av):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _, body = av
            body = list(body)
            if body and all(_non_word_item(o, a) for o, a in body):
                if lo >= 1:
                    return True
                continue  # an optional "." or space: look past it
        if op is C.SUBPATTERN:
            return _word_ends(list(av[-1]) + items[k + 1:])
        if op is C.BRANCH:
            return all(_word_ends(list(alt) + items[k + 1:]) for alt in av[1])
        return False
    return False


def _is_space_item(op, av) -> bool:
    """An item that consumes exactly white space (a space, ``\\s``)."""
    if op is C.LITERAL:
        return chr(av).isspace()
    if op is C.IN:
        return all((o is C.CATEGORY and a == C.CATEGORY_SPACE) or (o is C.LITERAL and chr(a).isspace()) for o, a in av)
    return False


def _second(items: list) -> Starts | None:
    """The words that can follow a whole first word when only white space (at least one
    character of it) may stand between them ("в прошлом году", "in\\s+(May|June)"), or
    None when that cannot be told."""
    k, spaced = 0, False
    while k < len(items):
        op, av = items[k]
        if _is_space_item(op, av):
            spaced = True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[2] and all(_is_space_item(o, a) for o, a in av[2]):
            spaced = spaced or av[0] >= 1
        else:
            break
        k += 1
    if not spaced:
        return None
    found = _first(items[k:], True)
    if not found or any(w != _DIGIT and w[0] == _ANY for w in found):
        return None   # (any word may follow: "преди (\\w+) дни")
    return _starts(found)


def _starts(found: set) -> Starts:
    return Starts(digit=_DIGIT in found,
                  words=frozenset(w[0] for w in found if w != _DIGIT and w[1]),
                  prefixes=tuple(sorted({w[0] for w in found if w != _DIGIT and not w[1]})))


def _first(items: list, bounded: bool) -> set | None:
    """Starting words of a sequence of parse items: {_DIGIT, (word, exact, next)} or None;
    `next` is what the word after a whole word can begin with (`_second`), or None."""
    for k, (op, av) in enumerate(items):
        rest = items[k + 1:]
        if op is C.AT and av == C.AT_BOUNDARY:
            bounded = True
            continue
        if op is C.ASSERT_NOT and av[0] == -1 and list(av[1]) == [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])]:
            bounded = True
            continue
        if op is C.SUBPATTERN:
            return _first(list(av[-1]) + rest, bounded)
        if op is C.BRANCH:
            out: set = set()
            for alt in av[1]:
                got = _first(list(alt) + rest, bounded)
                if got is None:
                    return None
                out |= got
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            got = _first(list(av[2]) + rest, bounded)   # an optional part ("(?:on )?the same day"):
            after = _first(rest, bounded)               # a match begins with it or with what follows
            return None if got is None or after is None else got | after
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and bounded and list(av[2]) == _ONE_WORD_CHAR:
            # any whole word ("(\\w+) days ago"): only the next word can narrow where to try
            nxt = _second(rest) if _word_ends(rest) else None
            return None if nxt is None else {(_ANY, True, nxt)}
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            got = _first(list(av[2]), bounded)   # what the first repetition starts with
            return None if got is None else {x if x == _DIGIT else (x[0], False, None) for x in got}
        if not bounded:
            return None
        if op is C.IN and av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            return {_DIGIT}
        if op is C.LITERAL and chr(av).isdigit():
            return {_DIGIT}
        if op is C.LITERAL and _is_word_char(av):
            found = _word_from(items[k:])
            return None if any(not w for w, _, _ in found) else found
        return None
    return None


def _word_from(items: list) -> set:
    """The words (or word beginnings) a sequence of parse items spells from its start:
    {(letters, whole word, `_second` of a whole one)}. Groups and alternatives are read
    through: the parser moves the letters all alternatives begin with before them
    ("п(?:ятидесят…|олувеков…)"), which would otherwise leave one letter to go by."""
    run = []
    for j in range(len(items)):
        o, a = items[j]
        if o is C.LITERAL and _is_word_char(a) and not chr(a).isdigit():
            run.append(chr(a).lower())
        else:
            break
    else:
        j = len(items)
    head, rest = "".join(run), items[j:]
    if rest and rest[0][0] in (C.SUBPATTERN, C.BRANCH):
        op, av = rest[0]
        alts = [list(av[-1])] if op is C.SUBPATTERN else [list(alt) for alt in av[1]]
        return {(head + w, whole, nxt) for alt in alts for w, whole, nxt in _word_from(alt + rest[1:])}
    whole = _word_ends(rest)
    return {(head, whole, _second(rest) if whole else None)}


def starts_of(pattern: re.Pattern[str]) -> Starts | None:
    """The words any match of `pattern` begins with, or None when that cannot be told."""
    if pattern.flags & re.VERBOSE or not pattern.flags & re.UNICODE:
        return None
    try:
        items = list(P.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern just runs in full
        return None
    found = _first(items, False)
    return _starts(found) if found and not any(w != _DIGIT and w[0] == _ANY for w in found) else None


def _any_word(pattern: re.Pattern[str]) -> tuple[Starts, ...] | None:
    """For a pattern whose matches begin with any whole word ("(\\w+) дни по-рано"), what the
    word after it must begin with (a space between them); None for other patterns."""
    if pattern.flags & re.VERBOSE or not pattern.flags & re.UNICODE:
        return None
    try:
        found = _first(list(P.parse(pattern.pattern, pattern.flags)), False)
    except Exception:  # noqa: BLE001 - an unreadable pattern just runs in full
        return None
    if not found or not all(w != _DIGIT and w[0] == _ANY for w in found):
        return None
    return tuple(w[2] for w in found)


def _followers(pattern: re.Pattern[str]) -> dict[str, tuple[Starts, ...]]:
    """For the whole words a match of `pattern` can begin with, what the next word must
    begin with when every reading of that first word names one (a word left out: any)."""
    try:
        found = _first(list(P.parse(pattern.pattern, pattern.flags)), False) or set()
    except Exception:  # noqa: BLE001 - an unreadable pattern just runs in full
        return {}
    out: dict[str, list[Starts] | None] = {}
    for w in found:
        if w == _DIGIT or not w[1]:
            continue
        if w[2] is None:
            out[w[0]] = None
        elif w[0] not in out:
            out[w[0]] = [w[2]]
        elif (seen := out[w[0]]) is not None:
            seen.append(w[2])
    return {w: tuple(nxt) for w, nxt in out.items() if nxt is not None}


def _trigger(exact: set[str], digit: bool, prefixes: set[str]) -> re.Pattern[str] | None:
    """One expression that finds, in lower-cased text, just the whole words some pattern
    can begin with (a word starting with a digit, one of the exact words, a word with one
    of the prefixes), so the scan loops over those few words in Python, not over all.
    The words are written as a tree of shared beginnings ("a(?:pr(?:il)?|t)"): the
    regex engine tries alternatives one by one, and a flat list of a hundred words
    would be tried in full at every position."""
    branches = []
    if digit:
        branches.append(r"[0-9]\w*")
    if exact:
        branches.append(_tree(exact) + r"(?!\w)")
    if prefixes:
        branches.append(_tree(prefixes) + r"\w*")
    return re.compile(r"(?<!\w)(?:" + "|".join(branches) + ")") if branches else None


def _tree(words: set[str]) -> str:
    """A regex matching exactly `words`, written as a tree of their shared beginnings."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def write(node: dict) -> str:
        alts = [re.escape(ch) + write(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:   # a word ends here, and longer ones go on
            body = f"(?:{body})?"
        return body

    return "(?:" + write(root) + ")"


class _Plans(dict):
    """Word form as written -> (patterns to try there, (pattern, what the next word must
    begin with) pairs), or None when no pattern can begin with it; filled on first sight."""

    def __init__(self, scanner: Scanner) -> None:
        super().__init__()
        self.scanner = scanner

    def __missing__(self, form: str):
        word = form.lower()
        plan = self[form] = self.scanner._plan(word if word[0] not in "0123456789" else "0")
        return plan


class Scanner:
    """A list of patterns, each tried only where a word it can begin with starts (and,
    where a pattern's first word is a whole word and a space follows, only before a word
    its second can be; a pattern that may begin with any word, only before a word its
    second can be)."""

    _MEMO_LIMIT: Final = 50_000   # word forms and pairs remembered (then forgotten, to keep memory flat)

    def __init__(self, patterns: list[re.Pattern[str]],
                 numbers: Callable[[str, list[Token], int], list[int]] | None = None,
                 guarded: frozenset[int] = frozenset()) -> None:
        """`numbers`, given the text, its tokens and the index of a number among them, tells which of
        the patterns in `guarded` (patterns that begin with a digit) can match there, from the words
        around it; the others are tried at every number. (Used only with tokens: `run(text, tokens)`.)"""
        self.patterns = patterns
        self.numbers = numbers
        self.guarded = guarded if numbers is not None else frozenset()
        self.exact: dict[str, list[int]] = {}
        self.digit: list[int] = []
        self.prefix: list[tuple[str, int]] = []
        self.full: list[int] = []
        self.any_word: dict[int, tuple[Starts, ...]] = {}   # pattern -> what the word after its first must begin with
        self.follow: dict[tuple[str, int], tuple[Starts, ...]] = {}   # (first word, pattern) -> next word's starts
        for n, pat in enumerate(patterns):
            starts = starts_of(pat)
            if starts is None:
                after = _any_word(pat)
                if after:
                    self.any_word[n] = after
                else:
                    self.full.append(n)
                continue
            if starts.digit:
                self.digit.append(n)
            for w in starts.words:
                self.exact.setdefault(w, []).append(n)
            self.prefix += [(p, n) for p in starts.prefixes]
            self.follow.update(((w, n), nxt) for w, nxt in _followers(pat).items())
        self.trigger = _trigger(set(self.exact), bool(self.digit), {p for p, _ in self.prefix})
        self._memo: dict[str, tuple[int, ...]] = {}
        self._plans = _Plans(self)
        self._pairs: dict[tuple[str, str], tuple[int, ...]] = {}

    def _patterns_for(self, word: str) -> tuple[int, ...]:
        """The patterns a match of which can begin with `word` (remembered per word)."""
        found = self._memo.get(word)
        if found is None:
            got = list(self.exact.get(word, ()))
            if self.digit and word[0] in "0123456789":
                got += self.digit
            got += [n for p, n in self.prefix if word.startswith(p)]
            if len(self._memo) > self._MEMO_LIMIT:
                self._memo = {}
            found = self._memo[word] = tuple(dict.fromkeys(got))
        return found

    def _plan(self, word: str) -> tuple[tuple[int, ...], tuple[tuple[int, tuple[Starts, ...]], ...], tuple[int, ...],
                                        bool] | None:
        """`_patterns_for(word)` split into those to try wherever `word` stands and those to try
        only before a fitting next word; the patterns that may begin with any word, to try
        at the word before this one; and whether `numbers` tells which of the guarded patterns to
        try (at a number; they are then left out of the first)."""
        every = self._patterns_for(word)
        before = tuple(n for n, nxt in self.any_word.items() if any(st.fits(word) for st in nxt))
        if not every and not before:
            return None
        free = [n for n in every if self.follow.get((word, n)) is None or
                (self.digit and word[0] in "0123456789" and n in self.digit) or
                any(word.startswith(p) for p, m in self.prefix if m == n)]
        bound = tuple((n, self.follow[(word, n)]) for n in every if n not in free)
        numeric = bool(self.guarded) and word[0] in "0123456789"
        if numeric:
            free = [n for n in free if n not in self.guarded]
        return tuple(free), bound, before, numeric

    def run(self, text: str, tokens: list[Token] | None = None) -> list[list[re.Match[str]]]:
        """For each pattern, in order, the matches ``finditer`` would give. `tokens`, the words
        of `text` with their offsets (`text.tokenize`), spare reading the text for them."""
        if not text.isascii() and _UNSAFE.search(text):   # (ASCII is safe: told without reading it)
            return [list(p.finditer(text)) for p in self.patterns]
        out: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        for n in self.full if tokens is not None else [*self.full, *self.any_word]:
            out[n] = list(self.patterns[n].finditer(text))
        if tokens is not None:
            where = self._where_tokens(text, tokens)
        elif self.trigger is not None:
            where = self._where_text(text)
        else:
            return out
        texts = repeat(text)
        for n, positions in where.items():
            pos, found = 0, out[n]
            # tried at every position in C; a match starting inside the last one kept is
            # dropped here, where finditer would not have tried it
            for hit in filter(None, map(self.patterns[n].match, texts, positions)):
                if hit.start() < pos:
                    continue
                found.append(hit)
                pos = hit.end() if hit.end() > hit.start() else hit.end() + 1
        return out

    def _where_text(self, text: str) -> dict[int, list[int]]:
        """Pattern -> the positions to try it at, ascending, from the trigger expression."""
        by_word: dict[str, list[int]] = {}   # where each word some pattern can begin with starts
        assert self.trigger is not None   # (`run` asks only then)
        for m in self.trigger.finditer(text.lower()):
            word = m.group()
            if word[0] in "0123456789":
                word = "0"   # every number starts the same patterns: those that begin with a digit
            got = by_word.get(word)
            if got is None:
                by_word[word] = [m.start()]
            else:
                got.append(m.start())
        where: dict[int, list[int]] = {}
        for word, starts in by_word.items():
            for n in self._patterns_for(word):
                got = where.get(n)
                if got is None:
                    where[n] = starts.copy()
                else:
                    got += starts
        for positions in where.values():
            positions.sort()
        return where

    def _where_tokens(self, text: str, tokens: list[Token]) -> dict[int, list[int]]:
        """Pattern -> the positions to try it at, ascending, from the tokens: the words of the
        (case-safe) text are those of its lower-case form, at the same offsets."""
        plans = self._plans
        if len(plans) > self._MEMO_LIMIT:
            plans = self._plans = _Plans(self)
        if len(self._pairs) > self._MEMO_LIMIT:
            self._pairs = {}
        pairs = self._pairs
        where: dict[int, list[int]] = {}     # in token order: each list comes out ascending
        last = len(tokens) - 1
        for k in range(len(tokens)):   # (a plain loop: compiled, cheaper than mapping the look-up over the words)
            plan = plans[tokens[k].text]
            if plan is None:
                continue
            free, bound, before, numeric = plan
            at = tokens[k].start
            if before and k and text[tokens[k - 1].end:at].isspace():
                for n in before:   # ("(\\w+) days ago" at "nine", before "days")
                    got = where.get(n)
                    if got is None:
                        where[n] = [tokens[k - 1].start]
                    else:
                        got.append(tokens[k - 1].start)
            for n in free:
                got = where.get(n)
                if got is None:
                    where[n] = [at]
                else:
                    got.append(at)
            if numeric and self.numbers is not None:
                for n in self.numbers(text, tokens, k):   # (a digit-led pattern only where the words after fit it)
                    got = where.get(n)
                    if got is None:
                        where[n] = [at]
                    else:
                        got.append(at)
            if not bound or k == last:
                continue
            nxt = tokens[k + 1]
            if not text[tokens[k].end:nxt.start].isspace():
                continue   # only white space may stand between the two words
            pair = (tokens[k].text, nxt.text)
            fit = pairs.get(pair)
            if fit is None:
                word = nxt.text.lower()
                fit = pairs[pair] = tuple(n for n, starts in bound if any(st.fits(word) for st in starts))
            for n in fit:
                got = where.get(n)
                if got is None:
                    where[n] = [at]
                else:
                    got.append(at)
        return where

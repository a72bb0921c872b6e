"""Tokens, sentences and matching keys for Bulgarian, Russian and English news text.

Names are matched on *keys*: a lower-cased token with its inflectional endings cut
(Snowball's Porter2 for English; for Bulgarian and Russian a suffix stripper whose
endings live in ``lexicon/stems.toml``), so "Договора"/"Договорът"/"Договор" and
"Лаврова"/"Лавровым"/"Лавров" meet on one key.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache
from importlib import resources
from collections.abc import Iterator
from typing import Final

import snowballstemmer

WORD_RE: Final = re.compile(r"\w+", re.UNICODE)
# A sentence ends at the space after ".!?…" (and a closing quote) before a capital, a digit or
# an opening quote, and at every line break; the break is the whole run of white space.
# Written to begin with what every such break begins with (a space or a quote), so the
# regex engine jumps between those characters instead of trying every position; it gives
# the matches of (?<=[.!?…])["»”']?\s+(?=["«„“(]?[A-ZА-ЯЁ0-9])|\s*\n\s*
_SENT_AHEAD: Final = r"(?=[\"«„“(]?[A-ZА-ЯЁ0-9])"
_SENT_END_RE: Final = re.compile(r"[\"»”'\s](?:(?<=[.!?…][\"»”'])\s+" + _SENT_AHEAD + r"|(?<=[.!?…]\s)\s*" + _SENT_AHEAD +
                          r"|(?<=\n)\s*|(?<=\s)\s*\n\s*)")
# A break begins right after ".!?…" or where a run of white space holding a line break begins:
# those few places are found first (each mark by `str.find`), and the expression is tried only
# there (`_sentence_breaks`).
_BREAK_MARKS: Final = ".!?…\n"
_ABBREV_BEFORE_DOT: Final = re.compile(r"(?:\b(?:г|гг|ул|т\.е|др|проф|д-р|акад|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|etc|e\.g|i\.e|U\.S|[A-ZА-Я])\.)$")


class Token:
    """One word of a text: character offsets, the word as written, its matching key, and
    whether it begins with a capital (`is_cap`) or is an upper-case word of two letters or
    more (`is_upper`).

    A plain class with its ``__init__`` written out: compiled (`diplograph.compiled`), a native
    class, whose fields the rules read as C values (the offsets as C integers) and which
    `tokenize` builds with one direct call; as a named tuple each token was three tuples made
    and its offsets boxed ints read through tuple indexing. The two flags are fields, not
    properties, because the rules ask them thousands of times an article: they are worked out
    once per word form (`_new_form`). Tokens are compared by identity (no rule compares two)."""

    start: int
    end: int
    text: str
    key: str
    is_cap: bool
    is_upper: bool

    def __init__(self, start: int, end: int, text: str, key: str, is_cap: bool, is_upper: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = key
        self.is_cap = is_cap
        self.is_upper = is_upper

    def __repr__(self) -> str:
        return (f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r}, key={self.key!r}, "
                f"is_cap={self.is_cap!r}, is_upper={self.is_upper!r})")


@lru_cache(maxsize=1)
def _suffixes() -> dict[str, tuple[str, ...]]:
    raw = tomllib.loads(resources.files("diplograph.lexicon").joinpath("stems.toml").read_text("utf-8"))
    return {lang: tuple(sorted(v["suffixes"], key=len, reverse=True)) for lang, v in raw.items()}


@lru_cache(maxsize=1)
def _name_rules() -> tuple[dict[int, str], tuple[str, ...]]:
    raw = tomllib.loads(resources.files("diplograph.lexicon").joinpath("stems.toml").read_text("utf-8"))["names"]
    table = {ord(pair[0]): pair[1:] for pair in raw["transliteration"]}
    table.update({ord(pair[0].upper()): pair[1:] for pair in raw["transliteration"]})
    return table, tuple(sorted(raw["suffixes"], key=len, reverse=True))


_EN: Final = snowballstemmer.stemmer("english")
# Latin letters with diacritics fold to their base letter ("Inácio" = "Inacio", "Peña" = "Pena"):
# wires drop accents that the catalog keeps. Cyrillic letters are left alone ("й" is no "и").
_LATIN_FOLD: Final = {cp: unicodedata.normalize("NFKD", chr(cp))[0] for cp in range(0xC0, 0x250)
               if unicodedata.normalize("NFKD", chr(cp))[0].isascii() and unicodedata.normalize("NFKD", chr(cp))[0].isalpha()}
_LATIN_FOLD.update({ord(a): b for a, b in zip("ŁłØøĐđĦħŦŧ", "LlOoDdHhTt")})


def fold_latin(word: str) -> str:
    """`word` with Latin diacritics removed (remembered per word form, up to a bound: the
    name matcher asks for the same Cyrillic words over and over, and `translate` reads
    every letter)."""
    if word.isascii():
        return word
    global _FOLDED
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) > 100_000:
            _FOLDED = {}   # replaced, not cleared: another thread may be reading it
        folded = _FOLDED[word] = word.translate(_LATIN_FOLD)
    return folded


_FOLDED: dict[str, str] = {}


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """The matching key of one word in language `lang` (lower case, endings cut)."""
    w = fold_latin(word.lower().replace("ё", "е"))
    if not w.isalpha():
        return w
    if w.isascii():
        return _EN.stemWord(w)
    return _cut_endings(w, _suffixes().get(lang) or _suffixes()["ru"])


def _cut_endings(w: str, suffixes) -> str:
    """Cut listed endings, longest listed first, while at least three letters remain."""
    changed = True
    while changed and len(w) > 3:
        changed = False
        for suf in suffixes:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                w = w[: -len(suf)]
                changed = True
                break
    return w


def norm(word: str) -> str:
    """A word as the cue tables match it: lower case, "ё" as "е"."""
    return word.lower().replace("ё", "е")


class _Form:
    """What every token of one word form carries: the form (the one string object all its tokens
    share), its matching key, `is_cap`, `is_upper`, and its `norm`."""

    text: str
    key: str
    is_cap: bool
    is_upper: bool
    norm: str

    def __init__(self, text: str, key: str, is_cap: bool, is_upper: bool, norm: str) -> None:
        self.text = text
        self.key = key
        self.is_cap = is_cap
        self.is_upper = is_upper
        self.norm = norm


def _new_form(forms: dict[str, _Form], word: str, lang: str) -> _Form:
    """Word form -> its `_Form`, worked out on first sight of a form and kept in `forms` (one
    language's). One look-up per token gives every field after its offsets; and the form kept is
    the one object every token of that form then carries, so the other tables keyed by word forms
    compare it by identity, without reading its letters again."""
    entry = forms[word] = _Form(word, stem(word, lang), word[:1].isupper(), len(word) > 1 and word.isupper(), norm(word))
    return entry


_FORMS: Final[dict[str, dict[str, _Form]]] = {}
_FORMS_LIMIT: Final = 200_000   # word forms remembered per language (then forgotten, to keep memory flat)
_LAST_NORMS: tuple = ()   # (tokens, their norms) of the last text tokenized


# characters no word holds, that stick to words in running text (punctuation, quotes, brackets,
# dashes): stripped from a piece between white space, they leave its one word if it has one
_NOT_WORD_ENDS: Final = ",.:;!?\"'()«»„“”…-–—[]"


def tokenize(text: str, lang: str, offset: int = 0) -> list[Token]:
    """Word tokens with character offsets into `text` (plus `offset`): the matches of `WORD_RE`.

    The words are read from the pieces of the text between white space (``split``, in C), which no
    word crosses: a piece that is one word once the punctuation at its ends is stripped
    (`_NOT_WORD_ENDS`) gives that word, either a form already seen (every key of the forms is one
    whole word) or all word characters (``isalnum``: a word character, "_" aside); any other piece
    ("ASEAN-Russia", "Г-20", "snake_case") is split by `WORD_RE`. Each word's offset is where it next
    occurs in the text, from the end of the word before (only characters that are no word
    characters lie between, so no earlier place can hold it); the other fields come from a
    per-language dict of word forms (`_new_form`) and make a `Token` with the offsets. The tokens'
    norms (`norm`) come from the same look-up and are kept for `norms_of`. (`tests/test_text.py`
    compares the tokens with the matches of ``WORD_RE.finditer``.)"""
    global _LAST_NORMS
    forms = _FORMS.get(lang)
    if forms is None or len(forms) > _FORMS_LIMIT:
        forms = _FORMS[lang] = {}   # replaced, not cleared: another thread may be reading it
    tokens: list[Token] = []
    norms: list[str] = []
    at = 0
    for piece in text.split():
        word = piece.strip(_NOT_WORD_ENDS)
        if not word:
            continue   # (punctuation only)
        form = forms.get(word)
        if form is None:
            if not word.isalnum():
                for part in WORD_RE.findall(piece):
                    at = _add_token(text, part, at, offset, forms, lang, tokens, norms)
                continue
            form = _new_form(forms, word, lang)
        start = text.find(word, at)
        at = start + len(word)
        tokens.append(Token(start + offset, at + offset, form.text, form.key, form.is_cap, form.is_upper))
        norms.append(form.norm)
    _LAST_NORMS = (tokens, norms)
    return tokens


def _add_token(text: str, word: str, at: int, offset: int, forms: dict[str, _Form], lang: str, tokens: list[Token],
               norms: list[str]) -> int:
    """The token of `word` next found in `text` from `at` on, added to `tokens` (its norm to `norms`);
    returns where it ends."""
    form = forms.get(word)
    if form is None:
        form = _new_form(forms, word, lang)
    start = text.find(word, at)
    end = start + len(word)
    tokens.append(Token(start + offset, end + offset, form.text, form.key, form.is_cap, form.is_upper))
    norms.append(form.norm)
    return end


def index_left(values: list[int], x: int) -> int:
    """`bisect.bisect_left` on a list of ints: compiled, a loop on C integers, not a call through
    the generic path with a comparison of objects at each step."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def index_right(values: list[int], x: int) -> int:
    """`bisect.bisect_right` on a list of ints (see `index_left`)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def norms_of(tokens: list[Token]) -> list[str] | None:
    """The norms of the tokens `tokenize` returned last (None for any other list): read with
    the keys, so the cue tables' words cost no look-up of their own."""
    last = _LAST_NORMS
    if last and last[0] is tokens and len(last[1]) == len(tokens):
        return last[1]
    return None


def name_key(name: str, lang: str) -> tuple[str, ...]:
    """The key sequence of a multi-word name."""
    return tuple(stem(w, lang) for w in WORD_RE.findall(name))


@lru_cache(maxsize=50_000)
def _name_word(word: str) -> str:
    table, suffixes = _name_rules()
    return _cut_endings(word.translate(table).lower(), suffixes)


def entity_key(name: str) -> tuple[str, ...]:
    """The key of a name the catalog lacks, the same in every language: Cyrillic written
    in Latin letters by one scheme and endings cut, so a new person or organization named
    in a Bulgarian and a Russian article (or in Latin letters) meets on one IRI."""
    return tuple(_name_word(w) for w in WORD_RE.findall(name))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences; paragraph breaks always end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _sentence_breaks(text):
        if "\n" not in m.group() and _ABBREV_BEFORE_DOT.search(text[max(0, m.start() - 8):m.start()]) and \
                not _year_ends_sentence(text, start, m.start()):
            continue
        _add_span(text, start, m.start(), spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _sentence_breaks(text: str) -> Iterator[re.Match[str]]:
    """The matches `_SENT_END_RE.finditer(text)` gives. A match begins right after ".!?…" or at
    the first white space of a run that holds a line break, and ends where its run of white
    space ends; so the expression is tried only at those places, left to right, each after
    the end of the last match, as ``finditer`` would (`tests/test_text.py` compares them)."""
    places: list[int] = []
    for mark in _BREAK_MARKS:   # (a search per mark, in C: a regular expression read each character in turn)
        found = text.find(mark)
        while found >= 0:
            if mark != "\n":
                places.append(found + 1)
            else:
                at = found
                while at > 0 and text[at - 1].isspace():
                    at -= 1
                places.append(at)
            found = text.find(mark, found + 1)
    end = 0
    for at in sorted(set(places)) if len(places) > 1 else places:
        if at < end:
            continue
        m = _SENT_END_RE.match(text, at)
        if m is not None:
            end = m.end()
            yield m


_YEAR_ABBREV: Final = re.compile(r"\d{4}\s?гг?\.$")
_LONG_CLAUSE: Final = 7  # words before "2024 г." in a sentence that has said more than a fronted date


def _year_ends_sentence(text: str, start: int, dot: int) -> bool:
    """"... ратифицира статута през август 2024 г. Днес Украйна ...": "г." after a year ends the
    sentence when a capitalised word follows and the sentence already said something; a fronted
    date ("През 2017 г. България ...") does not."""
    if not _YEAR_ABBREV.search(text[max(start, dot - 9):dot]):
        return False
    after = _NEXT_WORD_RE.match(text, dot + 1)
    if after and after.group(1).lower() in _OPENERS:
        return True  # "… на среща на върха в Париж на 13 юли 2008 г. В Барселона участва …": no object starts so
    tail = text[max(start, dot - 60):dot]
    verb = _DATE_AFTER_VERB.search(tail)
    if verb is not None and _CLITIC_OBJECT_RE.search(tail[:verb.start()]):
        return True  # "Страната я ратифицира през 2011 г. Договорът …": the verb has its object already
    if len(text[start:dot].split()) < _LONG_CLAUSE:
        return False
    return not _FRONTED_IN_CLAUSE.search(tail) and verb is None


_CLITIC_OBJECT_RE: Final = re.compile(r"(?:^|\s)(?:го|я|ги)\s+(?:е\s+|са\s+)?$")


_NEXT_WORD_RE: Final = re.compile(r"\s*(\w+)")
# words that open a sentence, never an object after a date: prepositions, conjunctions, pronouns
_OPENERS: Final = frozenset({"в", "във", "во", "на", "през", "от", "с", "със", "според", "но", "а", "и", "той", "тя", "те",
                      "това", "тогава", "след", "при", "по", "за", "до", "още", "вече", "после", "однако", "это",
                      "он", "она", "они", "когда", "также", "кроме", "освен"})


# "…, но през юли 2018 г. Конституционният съд реши", "след като през март 2022 г. Русия беше
# изключена", "че от 1 февруари 2024 г. Армения е страна": a date that opens a clause of its own
# (after a comma or a conjunction, nothing else before it) is followed by that clause's subject
_FRONTED_IN_CLAUSE: Final = re.compile(
    r"(?:,|\b(?:че|но|като|когато|ако|а|что|но|когда|если|после того как|поскольку))\s+"
    r"(?:още\s+|уже\s+)?(?:през|от|в|във|на|до|с|со|к)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?\d{4}\s?гг?\.$")


# "Мали, Буркина Фасо и Нигер създадоха през септември 2023 г. Алианса …": a date right after a past
# verb (a Bulgarian aorist, a Russian past form), or after the place that follows it ("подписаха в Бамако
# на 16 септември 2023 г. Хартата"), sits between the verb and its object
_DATE_AFTER_VERB: Final = re.compile(
    r"(?<!\bв )(?<!\bна )(?<!\bот )(?<!\bза )(?<!\bс )(?<!\bпо )"  # (a noun after a preposition: "влезе в сила на …")
    r"\b\w{2,}(?:ха|ира|писа|ли|ла|ло)\s+(?:(?:в|във|во)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?\s+)?"
    r"(?:през|от|в|във|на|до|с)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?\d{4}\s?гг?\.$")


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))

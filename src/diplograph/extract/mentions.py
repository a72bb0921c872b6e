"""Recognise and link entity mentions in one article.

Four sources, in order of trust: names from the catalog (any language, any inflection,
matched on stem keys), abbreviations defined in the article ("... Организация (ШОС)"),
new names built around head nouns ("Всеобхватния план за действие", "the Comprehensive
Plan of Action"), and anaphors ("Асоциацията", "the bloc", "договора") that point back
to the last fitting entity.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from operator import attrgetter, gt
from typing import Final

from ..dates import month_names, weekday_names
from ..catalog import Catalog
from ..models import Entity
from ..namespaces import ENTITY_NAMESPACES
from ..text import WORD_RE, Token, entity_key, fold_latin, name_key, tokenize
from .lexicon import Lexicon, words_of
from .name_lists import enumeration_end

_NAME_GAP_RE: Final = re.compile(r"[\s\-–—'’&/+]*")  # ("ASEAN+3": a plus joins a name's words too)
# (" – ", " - ": a dash between spaces opens an apposition or a clause in a new name)
_SPACED_DASH_RE: Final = re.compile(r"\s[\-–—]+\s")
_PERSON_GAP_RE: Final = re.compile(r"[ \u00a0\-]+")
_ADJ_END: Final = {
    "bg": ("ски", "ска", "ско", "ските", "ската", "ското", "ския", "ският", "ен", "ния", "ната", "ното", "ните", "на", "но", "ни",
           "ия", "ият", "ата", "ото", "ите", "ен", "ена", "ено", "ени", "вен", "вна", "вно", "ален", "ална", "ално", "ални"),
    "ru": ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ых", "их", "ым", "им", "ую", "юю", "ыми", "ими",
           "ском", "ном", "щем", "чем", "шем", "жем"),  # ("о всеобъемлющем стратегическом партнерстве")
}
# short adjectives the endings cannot tell from nouns: "обща декларация", "нова стратегия"
_SHORT_ADJ: Final = {"bg": frozenset({"обща", "общо", "общи", "нова", "ново", "нови"})}
# adverbs with an adjective's ending: "включително Кигалийското изменение" names no "включително …"
_ADVERBS: Final = {"bg": frozenset({"включително", "именно", "главно", "особено", "предимно", "единствено", "вероятно",
                             "евентуално", "окончателно", "официално", "съответно", "предварително", "първоначално"}),
            "ru": frozenset({"включая", "именно", "окончательно", "официально", "соответственно"})}
_AND: Final = {"и", "and"}
# links after which only a capitalised word continues a name ("Договор в Москве" is no name)
_LOOSE_LINKS: Final = {"в", "във", "во", "с", "със", "in", "at", "on", "to"}
# words that start a phrase of their own after a head noun ("за първи път", "for the first time")
_NOT_IN_NAMES: Final = {"първи", "втори", "трети", "пореден", "последен", "път", "първия", "време", "година", "години",
                 "год", "году", "года", "раз", "впервые", "first", "second", "last", "time", "year",
                 "подписания", "подписване", "signature",  # "открытия договора для подписания": opened for signing
                 # the sides told before, by their count: "… между министерствата на двете държави"
                 "двете", "двата", "двамата", "трите", "тримата", "четирите", "двух", "обеих", "обоих", "трех", "трёх"}

_NAME_LINKS: Final = {
    "en": {"of", "on", "for", "and", "in", "the", "between", "to", "against"},
    "bg": {"за", "на", "и", "в", "във", "от", "между", "относно", "по", "срещу", "с"},
    "ru": {"о", "об", "по", "и", "в", "во", "на", "между", "для", "против", "с"},
}


@dataclass(init=False)
class Mention:
    """A recognised entity at tokens [i, j) and characters [start, end). Never changed once made
    (a changed mention is a new one, `dataclasses.replace`); hashed and compared by its fields."""

    i: int
    j: int
    start: int
    end: int
    entity: Entity
    source: str            # "catalog", "abbr", "new", "anaphor", "demonym", "generic"
    proper: bool = True

    # Written out, not generated: compiled, a generated __init__ (frozen: one object.__setattr__ per
    # field) is a Python function called through the type; this one is a direct C call with typed
    # arguments (an article makes hundreds of mentions).
    def __init__(self, i: int, j: int, start: int, end: int, entity: Entity, source: str, proper: bool = True) -> None:
        self.i = i
        self.j = j
        self.start = start
        self.end = end
        self.entity = entity
        self.source = source
        self.proper = proper

    # (as the dataclass would generate them, written out for the same reason: the rules compare
    # mentions in lists, `list.index` and sets)
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention) or type(other) is not type(self):
            return NotImplemented
        return self.i == other.i and self.j == other.j and self.start == other.start and self.end == other.end \
            and self.entity == other.entity and self.source == other.source and self.proper == other.proper

    def __hash__(self) -> int:
        return hash((self.i, self.j, self.start, self.end, self.entity, self.source, self.proper))


@dataclass
class CatalogIndex:
    """Key sequences of every catalog name, for one article language: first key ->
    (keys, iri, the name's words in lower case), longest names first."""

    names: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    demonym_phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # "Sri Lankan"
    family: dict[str, tuple[str, str]] = field(default_factory=dict)    # key -> (iri, surname)
    given: set[str] = field(default_factory=set)   # keys of the first names of the catalog's people
    dotted: frozenset[str] = frozenset()   # first letters of dotted abbreviations ("U" of "U.N.", "U.S.")
    _keys: frozenset[str] | None = field(default=None, repr=False)
    _buckets: dict[tuple[str, str | None], tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]] = \
        field(default_factory=dict, repr=False)

    def lookup_keys(self) -> frozenset[str]:
        """Every key a catalog mention can begin with (names, family names, demonyms)."""
        if self._keys is None:
            self._keys = frozenset(self.names) | frozenset(self.family) | frozenset(self.demonyms) | \
                frozenset(self.demonym_phrases)
        return self._keys

    def bucket(self, first: str, second: str | None) -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...]:
        """The names whose first key is `first` and whose second key (if they have one) is
        `second`, longest first: the others cannot match there (remembered, up to a bound; as
        tuples of strings, which the garbage collector stops reading)."""
        pair = (first, second)
        found = self._buckets.get(pair)
        if found is None:
            if len(self._buckets) > 100_000:
                self._buckets = {}
            found = self._buckets[pair] = tuple([e for e in self.names[first] if len(e[0]) == 1 or e[0][1] == second])
        return found


def _names_toml() -> dict:
    import tomllib
    from importlib import resources
    return tomllib.loads(resources.files("diplograph.lexicon").joinpath("names.toml").read_text("utf-8"))


def _given_names() -> dict[str, list[str]]:
    """lexicon/names.toml: first names that open a person's name."""
    return _names_toml()["given"]


_PARTICLES_TOML: Final = _names_toml()["particles"]
NAME_PARTICLES: Final[frozenset[str]] = frozenset(_PARTICLES_TOML["words"])  # "фон дер", "bin", "da"
NAME_ARTICLES: Final[frozenset[str]] = frozenset(_PARTICLES_TOML["articles"])  # "аш-", "ас-", only before a hyphen


def hyphened_article(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k is the Arabic article joined by a hyphen to the capitalised word after it."""
    return k + 1 < len(tokens) and tokens[k].text.lower() in NAME_ARTICLES and tokens[k + 1].is_cap and \
        text[tokens[k].end:tokens[k + 1].start] == "-"


_RU_GENITIVE: Final = ("а", "я", "ы", "и", "ов", "ев", "ей")  # noun endings of the genitive ("военного сотрудничества")

_TYPE_RANK: Final = {"State": 0, "Organization": 1, "Agreement": 2, "Person": 3, "Place": 4, "Initiative": 5, "Event": 6, "Position": 7}


_INDEXES: Final[dict[tuple[int, str], CatalogIndex]] = {}


_FLEETING_RE: Final = re.compile(r"[бвгджзклмнпрстфхцчшщ][ео][бвгджзклмнпрстфхцчшщ]$")


def _fleeting(keys: tuple[str, ...], lang: str) -> tuple[tuple[str, ...], ...]:
    """A Russian one-word name whose last vowel drops when it is inflected ("Египет", "Египта"):
    the key without it as well."""
    if lang != "ru" or len(keys) != 1 or not _FLEETING_RE.search(keys[0]) or len(keys[0]) < 5:
        return ()
    return ((keys[0][:-2] + keys[0][-1],),)


def catalog_index(catalog: Catalog, lang: str) -> CatalogIndex:
    """Build (once per catalog and language) the stem-key index of all names."""
    key = (id(catalog), lang)
    idx = _INDEXES.get(key)
    if idx is not None:
        return idx
    idx = CatalogIndex()
    ents = sorted(catalog.entities.values(), key=lambda e: (_TYPE_RANK.get(e.type, 9), e.iri))
    for ent in ents:
        for name in ent.all_names():
            if name in ent.abbreviations or (name.isupper() and len(name) <= 8 and " " not in name):
                idx.abbreviations.setdefault(name, ent.iri)
                continue
            keys = name_key(name, lang)
            if not keys:
                continue
            surface = tuple(_fold(w) for w in WORD_RE.findall(name))
            for keys in (keys, *_fleeting(keys, lang)):
                if keys[0] != name_key(name, lang)[0]:
                    surface = keys  # ("египт": the inflected forms' stem is what they are checked on)
                bucket = idx.names.setdefault(keys[0], [])
                if not any(k == keys and s == surface for k, _, s in bucket):
                    bucket.append((keys, ent.iri, surface))
        for names in ent.demonyms.values():
            for d in names:
                keys = name_key(d, lang)
                if len(keys) == 1:
                    idx.demonyms.setdefault(keys[0], ent.iri)
                elif keys:
                    idx.demonym_phrases.setdefault(keys[0], []).append((keys, ent.iri))
        for fam in ent.family_names:
            keys = name_key(fam, lang)
            if len(keys) == 1:
                idx.family.setdefault(keys[0], (ent.iri, _fold(fam)))
        if ent.type == "Person":
            for name in ent.all_names():
                words = WORD_RE.findall(name)
                if len(words) >= 2 and words[0][:1].isupper() and len(words[0]) > 2:
                    idx.given.add(name_key(words[0], lang)[0])
    idx.dotted = frozenset(a[0] for a in idx.abbreviations if _DOTTED_RE.fullmatch(a))
    for bucket in idx.names.values():
        bucket.sort(key=lambda kv: -len(kv[0]))
    for names in _given_names().values():
        idx.given.update(name_key(n, lang)[0] for n in names)
    _INDEXES[key] = idx
    return idx


_DETERMINERS: Final = {"the", "a", "an", "this", "that", "these", "those", "its", "their"}
_DOTTED_RE: Final = re.compile(r"(?:[A-ZА-ЯЁ]\.){2,4}")  # "U.N.", "U.S.", "E.U."


def _gap_ok(text: str, a: Token, b: Token) -> bool:
    """Words of one name: spaces, hyphens and the like between them, never a line break."""
    gap = text[a.end:b.start]
    if gap == " ":
        return True   # (most gaps: told without the expression)
    if gap[:1] == "." and a.end - a.start <= 3 and text[a.start:a.start + 1].isupper() and \
            (a.end - a.start == 1 or not text[a.start:a.end].isupper()):
        gap = gap[1:]  # "St. John's", "Mt. Athos": an abbreviated word of the name or an initial
        # ("Joseph R. Biden"; not an abbreviation ending a sentence: "в ВТО. Группа")
    return _NAME_GAP_RE.fullmatch(gap) is not None and "\n" not in gap


def _new_name_gap_ok(text: str, a: Token, b: Token) -> bool:
    """Words of one name the catalog lacks: a dash between spaces opens an apposition ("Кернската група – коалиция на
    …"), though the catalog's names may hold one ("Форум стран - экспортеров газа")."""
    return _gap_ok(text, a, b) and _SPACED_DASH_RE.search(text[a.end:b.start]) is None


def _fold(word: str) -> str:
    return fold_latin(word.lower().replace("ё", "е"))


_VOWELS_SOFT: Final = set("аеиоуыэюяёъьйaeiouy")
_CASE_ENDINGS: Final = {"", "а", "я", "у", "ю", "ом", "ем", "ём", "е", "и", "ой", "ей", "ы", "ам", "ами", "ах", "ът", "ия",
                 "ым", "ыми", "ых", "ь"}  # ("Путиным", "Меркель" for the Bulgarian "Меркел"; not "-ов": "Косов" is
# another surname than "Кос", "Петров" than "Петр")


def _plausible(surface: str, name: str) -> bool:
    """Whether a one-word name matched on its stem key is plausibly an inflected form:
    at most the name's last letter may change ("Швеция" -> "Швеции", "Лавров" ->
    "Лаврова", "Москва" -> "Москве"), so a stem shared by two names ("Русия" and the city
    "Русе") does not link one to the other."""
    if surface.isascii():  # English names do not inflect: "Cooperation" is not "Cooper"
        return surface == name
    if len(name) <= 3:  # "Рим" -> "Риме", "Римом"
        return surface.startswith(name) and len(surface) - len(name) <= 2 and surface[len(name):] in _CASE_ENDINGS
    if name[-1] not in _VOWELS_SOFT:  # "Амман" -> "Аммане", "Амманом"; but "Амано" is no form of "Аман"
        return surface.startswith(name) and surface[len(name):] in _CASE_ENDINGS
    return surface.startswith(name[:-1]) and (len(surface) >= len(name) or name.endswith(("ы", "и")))
    # (not "Само", "itself", for "Самоа"; but "Филиппин" is the genitive of "Филиппины")


def catalog_mentions(text: str, tokens: list[Token], catalog: Catalog, lang: str) -> list[Mention]:
    idx = catalog_index(catalog, lang)
    out: list[Mention] = []
    abbreviations, names, family, demonyms = idx.abbreviations, idx.names, idx.family, idx.demonyms
    keys = idx.lookup_keys()
    folded = words_of(tokens)   # the same list the rules get: computed once per token list
    # only tokens whose key starts a name, a family name or a demonym, or that are an
    # abbreviation, can begin a mention: find those first, then walk them in order
    dotted, dotted_at = idx.dotted, set()
    maybe = [i for i, tok in enumerate(tokens) if tok.key in keys or tok.text in abbreviations or tok.text in dotted or
             (text[tok.end:tok.end + 1] == "-" and i + 1 < len(tokens) and
              text[tok.start:tokens[i + 1].end] in abbreviations)]  # ("Г-7", "Г-20": an abbreviation of two tokens)
    nxt, n = 0, len(tokens)
    buckets = idx._buckets   # (`bucket` written out for the pairs it has answered)
    for i in maybe:
        if i < nxt:
            continue
        tok = tokens[i]
        key = tok.key
        best: tuple[int, str, str] | None = None
        abbr = abbreviations.get(tok.text)
        hyphened = abbreviations.get(text[tok.start:tokens[i + 1].end]) if not abbr and i + 1 < n and \
            text[tok.end:tok.end + 1] == "-" else None
        if hyphened:
            out.append(Mention(i, i + 2, tok.start, tokens[i + 1].end, catalog.entity(hyphened), "abbr"))
            nxt = i + 2
            continue
        if abbr:
            best = (1, abbr, "abbr")
            counted = i + 1 < n and text[tok.end:tok.end + 1] == "+" and tokens[i + 1].start == tok.end + 1 and \
                tokens[i + 1].text.isdigit()
            plus = abbreviations.get(tok.text + "+" + tokens[i + 1].text) if counted else \
                abbreviations.get(tok.text + "+") if text[tok.end:tok.end + 1] == "+" else None
            if plus and counted:  # "ASEAN+3": the body and its partners, a format of its own
                out.append(Mention(i, i + 2, tok.start, tokens[i + 1].end, catalog.entity(plus), "abbr"))
                nxt = i + 2
                continue
            if plus:  # "ОПЕК+", "OPEC+": the wider format, not the organization
                out.append(Mention(i, i + 1, tok.start, tok.end + 1, catalog.entity(plus), "abbr"))
                nxt = i + 1
                continue
        elif tok.text in dotted:
            found_dots = _DOTTED_RE.match(text, tok.start)
            abbr = abbreviations.get(found_dots.group(0)) if found_dots else None
            letters = found_dots.group(0).count(".") if found_dots else 0
            if abbr and found_dots and i + letters <= n and all(len(tokens[i + k].text) == 1 for k in range(letters)):
                dotted_at.add(i)
                out.append(Mention(i, i + letters, tok.start, found_dots.end(), catalog.entity(abbr), "abbr"))
                nxt = i + letters   # "U.N.", "U.S.": the letters are tokens of their own
                continue
        if key in names:
            pair = (key, tokens[i + 1].key if i + 1 < n else None)
            bucket = buckets.get(pair)
            if bucket is None:
                bucket = idx.bucket(*pair)
                buckets = idx._buckets
        else:
            bucket = None
        if bucket:   # (empty for half the tokens asked: a word that starts only longer names)
            found = _best_name(text, tokens, folded, i, bucket, best[0] if best else 0)
            if found is not None:
                best = found
        if best is None and key in family and tok.is_cap and \
                _standalone(text, tokens, i, bool(out) and out[-1].j == i and out[-1].entity.type != "Person"):
            iri, surname = family[key]
            if _plausible(fold_latin(folded[i]), surname):
                best = (1, iri, "catalog")
        if best is not None:
            m, iri, src = best
            out.append(Mention(i, i + m, tok.start, tokens[i + m - 1].end, catalog.entity(iri), src))
            nxt = i + m
            continue
        phrase = next(((len(ks), iri) for ks, iri in idx.demonym_phrases.get(key, ()) if i + len(ks) <= n and
                       all(tokens[i + x].key == k for x, k in enumerate(ks))), None)
        if phrase is not None:  # "Sri Lankan President …", "South African": a demonym of more than one word
            m, iri = phrase
            out.append(Mention(i, i + m, tok.start, tokens[i + m - 1].end, catalog.entity(iri), "demonym", proper=False))
            nxt = i + m
        elif key in demonyms and not tok.is_upper:
            out.append(Mention(i, i + 1, tok.start, tok.end, catalog.entity(demonyms[key]), "demonym", proper=False))
    if dotted_at:
        out = _dotted_prefixes(_dotted_names(text, tokens, out, dotted_at, catalog, lang), dotted_at, tokens)
    return out


def _dotted_names(text: str, tokens: list[Token], out: list[Mention], dotted_at: set[int], catalog: Catalog,
                  lang: str) -> list[Mention]:
    """"the U.N. Environment Programme", "the U.S. Virgin Islands": a dotted abbreviation that begins a longer name the
    catalog knows with the abbreviation written without dots ("UN Environment Programme") names that."""
    n = len(tokens)
    for x, m in enumerate(out):
        if m.i not in dotted_at or m.j >= n or not tokens[m.j].is_cap or (x + 1 < len(out) and out[x + 1].i == m.j) or \
                (m.i > 0 and _ORDINAL_RE.fullmatch(tokens[m.i - 1].text.lower()) is not None):
            continue  # ("the first U.N. Conference on Trade and Development in Geneva in 1964": a session, an event)
        end = tokens[min(n, m.j + _DOTTED_NAME_WORDS) - 1].end
        undotted = text[m.start:m.end].replace(".", "")
        sub = undotted + text[m.end:end]
        inner = catalog_mentions(sub, tokenize(sub, lang), catalog, lang)
        if inner and inner[0].i == 0 and inner[0].j > 1 and inner[0].entity.type in ("Organization", "Agreement", "State"):
            j = m.j + inner[0].j - 1
            out[x] = Mention(m.i, j, m.start, tokens[j - 1].end, inner[0].entity, "catalog")
    return resolve_overlaps(out) if any(m.i in dotted_at and m.source == "catalog" for m in out) else out


_ORDINAL_RE: Final = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next")
_DOTTED_NAME_WORDS: Final = 6  # tokens after a dotted abbreviation read for a longer name


def _dotted_prefixes(out: list[Mention], dotted_at: set[int], tokens: list[Token]) -> list[Mention]:
    """"U.N. Human Rights Council": a dotted abbreviation of a body right before a name the catalog
    knows is part of that name, as "UN" is in "UN Security Council"; before another capitalised word
    ("U.N. Framework Convention …", "U.N. Secretary-General") it begins a longer name and names no
    body of its own ("at U.N. headquarters" does)."""
    merged: list[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.i in dotted_at and prev.j == m.i and prev.entity.type == "Organization" and \
                m.entity.type in ("Organization", "Agreement", "Event") and m.source != "demonym":
            merged[-1] = Mention(prev.i, m.j, prev.start, m.end, m.entity, m.source, m.proper)
        else:
            merged.append(m)
    return [m for m in merged if not (m.i in dotted_at and m.entity.type == "Organization" and m.j - m.i <= 4 and
                                      m.j < len(tokens) and tokens[m.j].is_cap and
                                      not any(x.i == m.j for x in merged))]


def _best_name(text: str, tokens: list[Token], folded: list[str], i: int,
               bucket: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...],
               shorter_than: int) -> tuple[int, str, str] | None:
    """The catalog name at token i: the longest that matches; among names of that length, one
    written exactly as in the text, else the first (by type) whose match is plausible.
    `bucket` holds the names whose first key is token i's and whose second (if any) is the
    next token's, longest first; `folded` is the tokens' words in lower case."""
    n, tok = len(tokens), tokens[i]
    cap = tok.text[:1].isupper()
    length, stem_match = 0, None
    joined = -1          # how many tokens from i on are joined as one name's words (read once, when first needed)
    folds: tuple[str, ...] = ()
    for keys, iri, surface in bucket:
        m = len(keys)
        if m < length or m <= shorter_than:
            break
        if m == 1:
            if not cap or (len(tok.text) < 3 and not tok.is_upper):
                continue
            words: tuple[str, ...] | list[str] = (fold_latin(folded[i]),)
        else:
            if i + m > n:
                continue
            if m > 2 and not _keys_from(tokens, i, keys, 2):
                continue
            if joined < 0:
                top = min(len(bucket[0][0]), n - i)
                joined = 1
                while joined < top and _gap_ok(text, tokens[i + joined - 1], tokens[i + joined]):
                    joined += 1
                folds = tuple(map(fold_latin, folded[i:i + joined]))
            if m > joined:
                continue
            words = folds[:m]
            if any(len(w) + 3 < len(x) for w, x in zip(words, surface)):
                continue  # "секретар на АСЕАН" is not "Секретариата на АСЕАН" (endings cut too deep)
        if words == surface:
            return (m, iri, "catalog")
        if stem_match is None and (m > 1 or _plausible(words[0], surface[0] if surface else "")):
            stem_match, length = (m, iri, "catalog"), m
        elif stem_match is None:
            length = m
    return stem_match


def _keys_from(tokens: list[Token], i: int, keys: tuple[str, ...], x: int) -> bool:
    """Whether the tokens from i + x on have keys[x:] as their keys (i + len(keys) <= len(tokens))."""
    for k in range(x, len(keys)):
        if tokens[i + k].key != keys[k]:
            return False
    return True


def _standalone(text: str, tokens: list[Token], i: int, after_name: bool = False) -> bool:
    """A surname alone, not part of a longer name ("Ким" in "Као Ким Хоурн" is not Kim Jong Un); a
    place or a state's name right before it is no first name ("в Улан-Баторе Путин")."""
    before = i > 0 and not after_name and tokens[i - 1].is_cap and text[tokens[i - 1].end:tokens[i].start] == " "
    if not before and i > 1 and tokens[i - 1].text.lower() in NAME_PARTICLES and tokens[i - 2].is_cap:
        before = True  # "Закариас да Коща", "Ursula von der …": a particle after a first name joins them
    after = i + 1 < len(tokens) and tokens[i + 1].is_cap and text[tokens[i].end:tokens[i + 1].start] == " "
    return not before and not after


def new_entity(name: str, typ: str, lang: str, extra: tuple[str, ...] = ()) -> Entity:
    """A stable entity for a name the catalog lacks: its IRI, in the namespace of its type,
    hashes the name's language-neutral key (`entity_key`), so articles in any language
    that name it alike meet on one node. (Entities are frozen: one is built per name and
    reused, up to a bound.)"""
    memo = (name, typ, lang, tuple(extra))
    found = _NEW_ENTITIES.get(memo)
    if found is None:
        if len(_NEW_ENTITIES) > 50_000:
            _NEW_ENTITIES.clear()
        found = _NEW_ENTITIES[memo] = _new_entity(name, typ, lang, tuple(extra))
    return found


_NEW_ENTITIES: Final[dict[tuple[str, str, str, tuple[str, ...]], Entity]] = {}


def _new_entity(name: str, typ: str, lang: str, extra: tuple[str, ...]) -> Entity:
    keys = " ".join(entity_key(name))
    slug = re.sub(r"\W+", "-", keys).strip("-")[:60] or "x"
    digest = hashlib.sha1(f"{typ}|{keys}".encode()).hexdigest()[:8]
    iri = f"{ENTITY_NAMESPACES[typ]}{slug}-{digest}"
    labels = tuple(dict.fromkeys(x for x in extra if x and x != name))
    return Entity(iri=iri, label=name, type=typ, labels=labels, in_catalog=False)


def is_adjective(word: str, lang: str) -> bool:
    """A word whose ending marks an adjective (Bulgarian and Russian; never in English).
    Russian verbal nouns in -ние/-тие/-вие ("действие", "решение", "участие") are not."""
    w = word.lower()
    if len(w) <= 4:
        return w in _SHORT_ADJ.get(lang, ())
    if w in _ADVERBS.get(lang, ()):
        return False
    return w.endswith(_ADJ_END.get(lang, ())) and not (lang == "ru" and (
        w.endswith(_RU_NOUN_END) or (w.endswith("ном") and w[-4] in "аеиоуыэюяё")))  # "членом", "законом" are nouns


_RU_NOUN_END: Final = ("ение", "ание", "тие", "вие", "ствие", "жие")


def head_mentions(text: str, tokens: list[Token], covered: set[int], lex: Lexicon,
                  sent_first: set[int], places: frozenset[int] = frozenset()) -> list[Mention]:
    """New names around head nouns (treaty, organization, initiative ...). `places`: where the
    catalog's places and states begin ("декларация в Брюксел": where it was adopted, not its name)."""
    words = words_of(tokens)
    lang = lex.lang
    out: list[Mention] = []
    role_starts = {a for a, _, _ in lex.roles.find(words)}
    months, weekdays = month_names(), weekday_names()
    for a, b, cue in lex.heads.find(words):
        if a in covered:
            continue
        if b < len(tokens) and tokens[b].is_cap and lex.heads.match_at(words, b) is not None:
            continue  # "ASEAN Community Vision": the last head noun decides what the name is
        typ = cue.value
        if typ == "Initiative" and lex.initiated_at(words, a):
            continue  # "по инициативе первого президента": whose initiative, no name
        if typ == "Organization" and b == a + 1 and words[a] in lex.words["state_institutions"] and \
                not tokens[a].is_cap and a > 0 and tokens[a - 1].is_cap:
            continue  # "the Turkish parliament": the state, by its adjective (a demonym), not a body of its own
        lo = a
        if lang == "en" and a > 0 and a - 1 in covered and tokens[a - 1].is_upper and len(tokens[a - 1].text) > 1 and \
                tokens[a].is_cap and typ == "Agreement" and _new_name_gap_ok(text, tokens[a - 1], tokens[a]):
            lo = a - 1  # "the CBSS Vision for …", "the IORA Outlook on …": a body's abbreviation opens its document's name
        while lo > 0 and lo - 1 not in covered and a - lo < 4 and _new_name_gap_ok(text, tokens[lo - 1], tokens[lo]):
            prev = tokens[lo - 1]
            if words[lo - 1] in _DETERMINERS or ACTIVE_PARTICIPLE_RE.search(words[lo - 1]):
                break  # "The treaty was signed …": an anaphor, not a name; "ратифицировавший Конвенцию …": an act
            if lang != "en" and lo >= 2 and words[lo - 2] in _IN and (not tokens[a].is_cap or
                                                                      not is_adjective(words[lo - 1], lang)):
                break  # "подписали в Люблине совместную декларацию", "приеха в Кьолн Пакта за стабилност": where it
                # was signed, not the declaration's name (a name takes the place's adjective: "Кьолнския пакт")
            if (prev.is_cap and (lo - 1) not in sent_first) or (lang == "en" and prev.is_cap) or (
                    is_adjective(prev.text, lang) and not (prev.text.islower() and tokens[a].is_cap and a not in sent_first)):
                lo -= 1  # (a lower-case adjective before a capitalised head describes the name, not part of it:
                # "российско-американского Соглашения об утилизации плутония")
            elif words[lo - 1] in lex.words["inner_links"] and lo >= 2 and tokens[lo].is_cap and \
                    tokens[lo - 2].is_cap and lo - 2 not in covered and words[lo - 2] not in _DETERMINERS and \
                    _new_name_gap_ok(text, tokens[lo - 2], tokens[lo - 1]):
                lo -= 2  # "a Status of Visiting Forces Agreement", "the Enhanced Partnership and Cooperation
                # Agreement": "of"/"and" between capitalised words of the name
            else:
                break
        hi = b
        links = _NAME_LINKS.get(lang, set())
        k, two = b, False
        if lang != "en" and not any(tokens[x].is_cap for x in range(lo, b)) and b < len(tokens) and tokens[b].is_cap and \
                (b + 1 >= len(tokens) or not _new_name_gap_ok(text, tokens[b], tokens[b + 1]) or tokens[b + 1].is_cap or
                 words[b + 1] in NAME_PARTICLES):
            k = len(tokens)  # "секретар на общността Закариас да Коща": a lower-case noun, then a person's name
        while k < len(tokens) and k not in covered and k not in role_starts and k - b < 10:
            if not _new_name_gap_ok(text, tokens[k - 1], tokens[k]):
                listed = enumeration_end(text, tokens, words, k, lang, covered) if \
                    k > b + 1 and text[tokens[k - 1].end:tokens[k].start] == ", " and \
                    any(words[x] in links for x in range(b, k)) else None
                if listed is None:
                    break
                k = hi = listed  # "Treaty on Permanent Good-Neighbourliness, Friendship and Cooperation"
                continue
            w = words[k]
            nxt = k + 2 if k + 2 < len(tokens) and words[k + 1] in _DETERMINERS else k + 1
            if w in _AND and nxt < len(tokens) and tokens[nxt].is_cap and \
                    lex.heads.find(words, nxt, min(len(words), nxt + 3)):
                two = True
                break  # "Пекинскую декларацию и Совместный план действий", "the BIMSTEC Charter and the CBSS
                # Declaration": two documents, not one name
            if w in _NOT_IN_NAMES or w in lex.words["town_nouns"] or \
                    (w.isdigit() and k > b and (words[k - 1] in _LOOSE_LINKS or words[k - 1] in links)) or \
                    (w.isdigit() and k + 1 < len(words) and words[k + 1].rstrip(".") in months) or \
                    (k > b and words[k - 1] in links and (w.rstrip(".") in months or w in weekdays)):
                break  # "за първи път", "договор в 1968 году", "протокол ... в январе": a phrase after the name
            if lang == "en" and w == "in" and lo == a and not tokens[a].is_cap:
                break  # "has its secretariat in Ebene": a lower-case head and where it is, no name
            if w in links and _hyphened_word(text, tokens, k):
                break  # "Секретариат Совета по-прежнему находится …": an adverb, no link of the name
            if w in links or tokens[k].is_cap or (lang != "en" and (is_adjective(w, lang) or w.isdigit())):
                k += 1
                if w not in links:
                    hi = k
            elif lang != "en" and k > b and words[k - 1] in links and words[k - 1] not in _LOOSE_LINKS and \
                    not (words[k - 1] in ("и",) and (k - 1 == b or w.endswith(_PAST_VERB_END.get(lang, ())))):
                k += 1  # ("соглашение и приняли": a verb after "и" starts a clause, not a name's word; nor does
                # a lower-case word right after the head and "и": "участником договора и обязан сотрудничать")
                hi = k
            elif lang != "en" and k > b and is_adjective(words[k - 1], lang) and len(w) > 3 and \
                    ((k > b + 1 and _after_link_adjectives(words, k, b, links, lang)) or
                     (tokens[k - 1].is_cap and not tokens[k - 1].is_upper and k - 1 not in sent_first and k - 1 > b and
                      (lang != "ru" or words[k - 1].endswith(_RU_GENITIVE_ADJECTIVE))) or  # "о создании Диалогового
                     # форума": a capitalised adjective opens a name, its noun follows in lower case (not an agent's
                     # "протокола Национальным парламентом")
                     (lang == "ru" and typ == "Agreement" and all(is_adjective(x, lang) for x in words[b:k]) and
                      w.endswith(_RU_GENITIVE))):  # ("Концепцию военного сотрудничества": a document's genitive)
                k += 1  # "соглашение о свободной торговле", "договор о всеобъемлющем стратегическом партнерстве"
                hi = k
            else:
                break
        short_hi = min(hi, b + 2) if hi > b and words[b] in links else b
        if short_hi < hi and short_hi < len(tokens) and words[short_hi - 1] in links:
            short_hi += 1
        short_hi = min(short_hi, hi)
        proper = any(tokens[x].is_cap and x not in sent_first for x in range(lo, hi)) or (
            lang == "en" and tokens[lo].is_cap)
        if max(hi, b) - lo < 2:
            continue  # a bare head noun is an anaphor or a common noun, not a name
        short = text[tokens[lo].start:tokens[max(short_hi, b) - 1].end]
        full = text[tokens[lo].start:tokens[hi - 1].end]
        longest_end = hi if two or (hi == b and hi + 1 < len(tokens) and words[hi] in _LOOSE_LINKS and hi + 1 in places) \
            else _through_names(text, tokens, words, hi, links, lang)
        longest = text[tokens[lo].start:tokens[longest_end - 1].end]
        # the longest reading names it best ("соглашение о свободной торговле между ЕАЭС и Ираном" is not
        # the one with Vietnam); the shorter readings stay as labels for matching
        ent = new_entity(longest, typ, lang, (full, short))
        out.append(Mention(lo, max(hi, b), tokens[lo].start, tokens[max(hi, b) - 1].end, ent,
                           "new" if proper else "generic", proper=proper))
    return out


_IN: Final = {"in", "at", "в", "във", "во"}


def towns_before_states(text: str, tokens: list[Token], found: list[Mention], lang: str) -> list[Mention]:
    """"in Nice, France", "в Монтего Бей, Ямайка", "в Ницце (Франция)", "in Masdar City in Abu Dhabi": capitalised
    words after "in" (or a dateline's upper-case words opening a line), set off before a state or place the catalog
    knows (or "in" before it), name a town there the catalog lacks."""
    covered = {k for m in found for k in range(m.i, m.j)}
    out: list[Mention] = []
    for m in found:
        gap = text[tokens[m.i - 1].end:m.start] if m.i >= 2 else ""
        if m.entity.type not in ("State", "Place") or m.source != "catalog" or m.i < 2 or \
                not (gap in (", ", " (") or (gap == " " and tokens[m.i - 1].text.lower() in _IN and m.i >= 3)):
            continue
        if gap == " ":  # "headquartered in Masdar City in Abu Dhabi": a town the catalog lacks, then the city it is in
            m = Mention(m.i - 1, m.j, tokens[m.i - 1].start, m.end, m.entity, m.source)
        lo = m.i
        while lo > 0 and m.i - lo < 3 and lo - 1 not in covered and tokens[lo - 1].is_cap and \
                (lo == m.i or text[tokens[lo - 1].end:tokens[lo].start] in (" ", "-")):
            lo -= 1
        dateline = lo < m.i and all(tokens[k].is_upper for k in range(lo, m.i)) and \
            (tokens[lo].start == 0 or text[tokens[lo].start - 1] == "\n")
        if lo == m.i or not (dateline or (lo > 0 and tokens[lo - 1].text.lower() in _IN)):
            continue  # ("MONTEGO BAY, Jamaica (Caribbean Wire) —": a dateline's town)
        name = text[tokens[lo].start:tokens[m.i - 1].end]
        name = name.title() if name.isupper() else name  # ("MONTEGO BAY": "Montego Bay")
        out.append(Mention(lo, m.i, tokens[lo].start, tokens[m.i - 1].end, new_entity(name, "Place", lang), "new",
                           proper=True))
    return out


def capitals_described(tokens: list[Token], found: list[Mention], catalog: Catalog, lex: Lexicon) -> list[Mention]:
    """"in the Swiss capital", "в камерунската столица", "в египетской столице": a state's adjective and the word for a
    capital name that state's capital (the catalog's)."""
    words = words_of(tokens)
    out: list[Mention] = []
    for m in found:
        if m.source != "demonym" or m.j >= len(tokens) or words[m.j] not in lex.words["capital_only"]:
            continue
        capital = catalog.capital(m.entity.iri)
        if capital is not None and capital in catalog.entities:
            lo = m.i - 1 if m.i > 0 and words[m.i - 1] == "the" else m.i  # (the place right after "in", as a name is)
            out.append(Mention(lo, m.j + 1, tokens[lo].start, tokens[m.j].end, catalog.entity(capital), "described",
                               proper=True))
    return out


def towns_after_nouns(text: str, tokens: list[Token], found: list[Mention], lex: Lexicon) -> list[Mention]:
    """"в колумбийском курортном поселке Баия-Малага", "in the coastal town of Bahia Malaga", "в курортния град
    Созопол": capitalised words right after a noun for a town (and "of" in English), none of them covered by a
    mention, name a place the catalog lacks."""
    words = words_of(tokens)
    covered = {k for m in found for k in range(m.i, m.j)}
    nouns = lex.words["town_nouns"]
    out: list[Mention] = []
    for k, w in enumerate(words):
        if w not in nouns:
            continue
        lo = k + 2 if k + 2 < len(tokens) and words[k + 1] == "of" else k + 1
        hi = lo
        while hi < len(tokens) and hi - lo < 3 and hi not in covered and tokens[hi].is_cap and not tokens[hi].is_upper and \
                (hi == lo or text[tokens[hi - 1].end:tokens[hi].start] in (" ", "-")) and \
                lex.heads.match_at(words, hi) is None:
            hi += 1
        if hi == lo or (hi < len(tokens) and tokens[hi].is_cap and text[tokens[hi - 1].end:tokens[hi].start] == " "):
            continue
        name = text[tokens[lo].start:tokens[hi - 1].end]
        out.append(Mention(lo, hi, tokens[lo].start, tokens[hi - 1].end, new_entity(name, "Place", lex.lang), "new",
                           proper=True))
        covered.update(range(lo, hi))
    return out


# active participles and gerunds in -вш-: "подписавший", "ратифицировавшая", "вернувшись"
ACTIVE_PARTICIPLE_RE: Final = re.compile(r"вш(?:ий|ая|ее|ие|его|ей|им|их|ую|ем|ими|ись)$")
_PAST_VERB_END: Final = {"ru": ("ли", "ла", "ло", "ил", "ал", "ял", "ел"), "bg": ("ха", "яха", "аха", "иха", "ше", "ла", "ли", "ло")}


def _after_link_adjectives(words: list[str], k: int, b: int, links: set[str], lang: str) -> bool:
    """Whether the words before k, back to a link word after the head, are all adjectives."""
    x = k - 1
    while x > b and is_adjective(words[x], lang):
        x -= 1
    return x < k - 1 and words[x] in links


def _through_names(text: str, tokens: list[Token], words: list[str], hi: int, links: set[str], lang: str = "") -> int:
    """Where a name ends when names inside it are read as part of it: "Рамковата конвенция
    на Съвета на Европа за изкуствения интелект" (for labels only; mentions stay apart)."""
    k, end = hi, hi
    while k < len(tokens) and k - hi < 14 and _new_name_gap_ok(text, tokens[k - 1], tokens[k]):
        w = words[k]
        if w.isdigit() or w in _NOT_IN_NAMES or (words[k - 1] in links and (w.rstrip(".") in month_names() or
                                                                              w in weekday_names())):
            break  # "асоциацията от 1996 г.", "Declaration of Cooperation in December": a date, not part of the name
        if w in links and _hyphened_word(text, tokens, k):
            break  # ("по-прежнему": an adverb)
        if w in _IN and _abbreviation_next(tokens, words, k + 1):
            break  # "the Cairns Group in the WTO", "Кернската група в СТО": the body it sits in, not part of its name
        if w in links or tokens[k].is_cap or (lang != "en" and len(w) > 3 and words[k - 1] in links and not (
                words[k - 1] == "и" and w.endswith(_PAST_VERB_END.get(lang, ())))) or is_adjective(w, "") or \
                (lang == "ru" and end == k and k >= hi and len(w) > 3 and w.endswith(_RU_GENITIVE_RUN) and
                 not w.endswith(_PAST_VERB_END["ru"])):
            k += 1  # (a Russian name goes on in the genitive: "Декларацию о сотрудничестве в области обеспечения
            if w not in links:  # региональной энергетической безопасности")
                end = k
        else:
            break
    return end


def _hyphened_word(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k is joined to the next by a hyphen ("по-прежнему", "по-русски"): one word, not a preposition."""
    return k + 1 < len(tokens) and text[tokens[k].end:tokens[k + 1].start] == "-" and tokens[k].text.islower()


def _abbreviation_next(tokens: list[Token], words: list[str], k: int) -> bool:
    """Whether an abbreviation (all capitals, "the" allowed before it) comes at token k."""
    if k < len(words) and words[k] == "the":
        k += 1
    return k < len(tokens) and tokens[k].is_upper and len(tokens[k].text) > 1


_RU_GENITIVE_ADJECTIVE: Final = ("ого", "его", "ых", "их")
_RU_GENITIVE_RUN: Final = ("ения", "ания", "ия", "ости", "ства", "ции", "ой", "ей", "ого", "его", "ых", "их")


# ("СзС", "ЕврАзЭС": lower-case letters inside, with at least two capitals)
ABBR_DEF_RE: Final = re.compile(r"\s*\(\s*#?([A-ZА-ЯЁ](?=[\w\-]*[A-ZА-ЯЁ0-9])[A-ZА-ЯЁa-zа-яё0-9\-]{1,9})\s*\)")


def abbreviation_definitions(text: str, mentions: list[Mention], tokens: list[Token], lang: str = "en") -> list[Mention]:
    """"Name (ABBR)" teaches ABBR for this article; returns the later uses of ABBR. An abbreviation after a list of
    states it cannot stand for ("форума Индия - Бразилия - ЮАР (ИБСА)") names a body of its own, the grouping."""
    learned: dict[str, Entity] = {}
    named_so: list[Mention] = []
    for n, m in enumerate(mentions):
        if m.source == "generic" and m.entity.type in ("Organization", "Agreement") and tokens[m.i].is_cap and \
                (d := ABBR_DEF_RE.match(text, m.end)) is not None and d.group(1) not in learned and \
                fold_latin(text[m.start:m.start + 1].lower()) == fold_latin(d.group(1)[:1].lower()):
            learned[d.group(1)] = m.entity  # "Регионалният съвет за сътрудничество (РСС)" opening a sentence: a name,
            named_so.append(Mention(m.i, m.j, m.start, m.end, m.entity, "new"))  # its abbreviation says so
        elif m.source in ("catalog", "new", "abbr"):
            d = ABBR_DEF_RE.match(text, m.end)
            if d and d.group(1) not in learned:
                named = _abbreviated(text, mentions, n, d.group(1))
                if named is not None:
                    learned[d.group(1)] = named.entity
                elif m.entity.type == "State" and n > 0 and mentions[n - 1].entity.type == "State" and \
                        m.start - mentions[n - 1].end <= 4:
                    learned[d.group(1)] = new_entity(d.group(1), "Organization", lang)
    if not learned:
        return []
    taken = {k for m in mentions for k in range(m.i, m.j)}
    out = named_so
    for i, tok in enumerate(tokens):
        if i not in taken and tok.text in learned:
            out.append(Mention(i, i + 1, tok.start, tok.end, learned[tok.text], "abbr"))
    return out


def _abbreviated(text: str, mentions: list[Mention], n: int, abbr: str) -> Mention | None:
    """The name an abbreviation in brackets stands for: the mention right before it, unless its
    first letter is not the abbreviation's and a name of a body that begins with it opens the phrase
    ("Съвета за сътрудничество на арабските държави от Персийския залив (ССЗ)": the council, not the gulf).
    None when a state, place or person before it begins with another letter and no such body is named: "Диалогового
    форума Индия - Бразилия - ЮАР (ИБСА)" abbreviates the forum, not South Africa."""
    m = mentions[n]
    if fold_latin(text[m.start:m.start + 1].lower()) == fold_latin(abbr[:1].lower()):
        return m
    for earlier in reversed(mentions[max(0, n - 3):n]):
        if earlier.entity.type in ("Organization", "Agreement") and earlier.j >= m.i - 6 and \
                fold_latin(text[earlier.start:earlier.start + 1].lower()) == fold_latin(abbr[:1].lower()):
            return earlier
    return None if m.entity.type in ("State", "Place", "Person") else m


_RANK: Final = {"catalog": 0, "abbr": 0, "described": 0, "anaphor": 1, "new": 2, "demonym": 3, "generic": 4}
_FIRST, _END = attrgetter("i"), attrgetter("j")


def resolve_overlaps(mentions: list[Mention], resolved: int = 0) -> list[Mention]:
    """Keep, where mentions overlap, the catalog one, else the longest.

    `resolved`: the first that many mentions are a list this function returned (no two of them
    overlap), the rest were added to it. Then only the added ones and those they overlap are
    weighed against each other: a mention that overlaps none of the added ones is kept whatever
    the order (it can lose only to a mention it overlaps), and the others meet no other. The
    answer is the same; it is told apart from the whole sort when every mention spans a token.

    (The order is read from tuples built in one comprehension, their last item the mention's
    place in the list, so ties keep the list's order as a stable sort by key would.)"""
    if 0 < resolved < len(mentions) and all(map(gt, map(_END, mentions), map(_FIRST, mentions))):   # (j > i: in C)
        added = mentions[resolved:]
        mark = bytearray(max(map(_END, mentions)))   # 1 where an added mention is
        for m in added:
            mark[m.i:m.j] = b"\x01" * (m.j - m.i)
        kept: list[Mention] = []
        weighed: list[Mention] = []
        for m in mentions[:resolved]:
            (weighed if 1 in mark[m.i:m.j] else kept).append(m)
        kept += _resolve(weighed + added)   # (in the list's order: ties fall as in the whole sort)
        kept.sort(key=_FIRST)               # (every start differs: none of them overlap)
        return kept
    return _resolve(mentions)


def _resolve(mentions: list[Mention]) -> list[Mention]:
    rank = _RANK.get
    order = sorted([(rank(m.source, 5), m.i - m.j, m.i, n) for n, m in enumerate(mentions)])
    chosen: list[Mention] = []
    taken = bytearray(max(map(_END, mentions), default=0))   # 1 where a kept mention is
    for _, _, _, n in order:
        m = mentions[n]
        i, j = m.i, m.j
        if j == i + 1:   # most mentions are one word: no slice to cut
            if taken[i]:
                continue
            taken[i] = 1
        elif 1 in taken[i:j]:
            continue
        elif j > i:
            taken[i:j] = b"\x01" * (j - i)
        chosen.append(m)
    chosen.sort(key=_FIRST)
    return chosen


def with_entity(m: Mention, entity: Entity) -> Mention:
    return replace(m, entity=entity)

"""Compiled cue tables from ``diplograph/lexicon/*.toml``.

A cue is a sequence of word patterns matched on consecutive tokens. A pattern ending
in "*" matches any word it begins; patterns of five letters or more match as
prefixes too; shorter ones must match the whole word ("not" is not "nothing").
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Final

from ..text import Token, index_left, index_right, norm, norms_of


_norm = norm


@dataclass(frozen=True)
class Cue:
    words: tuple[str, ...]
    value: str            # what the cue stands for (group, role, type …)


def _word_ok(pattern: str, word: str) -> bool:
    """A cue word fits: "word*" any word it starts, "word=" only itself, else a prefix from five letters on."""
    if pattern.endswith("="):
        return word == pattern[:-1]
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if len(pattern) >= 5:
        return word.startswith(pattern)
    return word == pattern


class CueTable:
    """Finds cues in a token list; the longest cue at a position wins.

    The rules ask for the cues of one sentence after another of the same article, so a
    table matches a word list once, at every position, and answers each ``find`` from
    that result. What a word can start is remembered per word form: the first one-word
    cue it fits, and the longer cues it may begin, longest first (among cues of one
    length, the first listed wins), so most positions are settled without a loop.
    """

    _MEMO_LIMIT: Final = 100_000   # word forms remembered per table (then forgotten, to keep memory flat)

    def __init__(self, cues: list[Cue]) -> None:
        self.by_first: dict[str, list[Cue]] = {}
        for cue in cues:
            first = cue.words[0].rstrip("*=")
            key = first[:5] if len(first) >= 5 else first
            self.by_first.setdefault(key, []).append(cue)
        for lst in self.by_first.values():
            lst.sort(key=lambda c: (-len(c.words), -sum(map(len, c.words))))
        self._starts: dict[str, tuple[Cue | None, tuple[Cue, ...]] | None] = {}
        self._fitting: set[str] = set()        # the remembered words that start some cue
        self._last: tuple[list[str], int, list[int], dict[int, Cue]] | None = None
        self._pairs: dict[tuple[str, str], tuple[Cue, ...]] = {}
        self._group: tuple[CueGroup, int] | None = None   # (the group that reads lists for it, its place there)
        self._by: tuple | None = None    # (words, length, spans, count, `by_sentence`'s answer) for the last list

    def _starting(self, w: str) -> tuple[Cue | None, tuple[Cue, ...]] | None:
        """(the first one-word cue `w` fits, the longer cues it may begin, longest first)."""
        cands = [c for k in range(1, min(5, len(w)) + 1) for c in self.by_first.get(w[:k], ())
                 if _word_ok(c.words[0], w)]
        if not cands:
            return None
        single = next((c for c in cands if len(c.words) == 1), None)
        longer = tuple(sorted((c for c in cands if len(c.words) > 1), key=lambda c: -len(c.words)))
        return single, longer

    def _candidates(self, w: str) -> tuple[Cue | None, tuple[Cue, ...]] | None:
        try:
            return self._starts[w]
        except KeyError:
            pass
        found = self._starting(w)
        if len(self._starts) >= self._MEMO_LIMIT:
            self._starts, self._fitting = {}, set()  # replaced, not cleared: a thread reading the old one keeps it whole
        self._starts[w] = found
        if found is not None:
            self._fitting.add(w)
        return found

    def match_at(self, words: list[str], i: int) -> Cue | None:
        found = self._candidates(words[i])
        if found is None:
            return None
        single, longer = found
        return self._longer_at(words, i, longer) or single if longer else single

    def _longer_at(self, words: list[str], i: int, longer: tuple[Cue, ...]) -> Cue | None:
        """The first of `longer` (cues whose first word fits words[i]) that fits from i on;
        which of them the next word fits is remembered per pair of words."""
        size = len(words)
        if i + 1 >= size:
            return None
        pair = (words[i], words[i + 1])   # `longer` follows from words[i]
        fit = self._pairs.get(pair)
        if fit is None:
            if len(self._pairs) >= self._MEMO_LIMIT:
                self._pairs = {}
            fit = self._pairs[pair] = tuple(c for c in longer if _word_ok(c.words[1], words[i + 1]))
        for cue in fit:
            n = len(cue.words)
            if i + n > size:
                continue
            for j in range(2, n):
                if not _word_ok(cue.words[j], words[i + j]):
                    break
            else:
                return cue
        return None

    def _all(self, words: list[str]) -> tuple[list[int], dict[int, Cue]]:
        """Positions where a cue starts, and the longest cue there, for the whole list."""
        last = self._last
        if last is not None and last[0] is words and last[1] == len(words):
            return last[2], last[3]
        if self._group is not None:
            group, slot = self._group
            return group.index(words)[slot]
        uniq, where = _positions(words)
        starts = self._starts
        new = uniq.difference(starts)
        fitting = self._fitting
        if len(starts) + len(new) > self._MEMO_LIMIT:
            self._starts, self._fitting = starts, fitting = {}, set()
            new = uniq
        for w in new:
            found = starts[w] = self._starting(w)
            if found is not None:
                fitting.add(w)
        at: dict[int, Cue] = {}
        for w in uniq & fitting:
            entry = starts[w]
            assert entry is not None   # a fitting word starts some cue
            single, longer = entry
            if longer:
                for i in where[w]:
                    cue = self._longer_at(words, i, longer) or single
                    if cue is not None:
                        at[i] = cue
            else:
                assert single is not None   # with no longer cue, the word is a one-word cue
                for i in where[w]:
                    at[i] = single
        positions = sorted(at)
        self._last = (words, len(words), positions, at)
        return positions, at

    def find(self, words: list[str], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Cue]]:
        """(first token, end token, cue) of every cue in words[lo:hi], left to right."""
        last = self._last
        if last is not None and last[0] is words and last[1] == len(words):
            positions, at = last[2], last[3]
        else:
            positions, at = self._all(words)
        k = index_left(positions, lo) if lo else 0
        if hi is None:
            hi = len(words)
        if k == len(positions) or positions[k] >= hi:
            return []   # most sentences hold no cue of a table: answered without a loop
        out = []
        nxt = lo
        for k in range(k, len(positions)):
            i = positions[k]
            if i >= hi:
                break
            if i < nxt:
                continue
            cue = at[i]
            end = i + len(cue.words)
            if end <= hi:
                out.append((i, end, cue))
                nxt = end
        return out


    def by_sentence(self, words: list[str], spans: list[tuple[int, int]]) -> dict[int, list[tuple[int, int, Cue]]]:
        """Sentence -> what ``find`` gives for its token span [lo, hi), for the sentences where
        that is not empty, in sentence order: the rules that look at every sentence for a
        table's cues visit only these (kept per word list and spans; the lists are shared, so
        read only)."""
        last = self._by
        if last is not None and last[0] is words and last[1] == len(words) and last[2] is spans and last[3] == len(spans):
            return last[4]
        positions, _ = self._all(words)
        firsts = [lo for lo, _ in spans]
        out: dict[int, list[tuple[int, int, Cue]]] = {}
        for s in sorted({index_right(firsts, i) - 1 for i in positions}):
            if s >= 0:
                lo, hi = spans[s]
                found = self.find(words, lo, hi)
                if found:
                    out[s] = found
        self._by = (words, len(words), spans, len(spans), out)
        return out


_BEYOND_PAIR: Final[tuple] = ((-1, None),)   # marks a pair whose cues need the words after it


class CueGroup:
    """The cue tables of one language, which the rules ask about the same word list one
    after another: the list is read once for all of them. Which tables a word form starts
    a cue in is remembered per form (up to a bound), so an article costs two set
    operations over its distinct words and a look at the few words that start a cue,
    not two set operations per table."""

    def __init__(self, tables: list[CueTable]) -> None:
        self.tables = tables
        for slot, table in enumerate(tables):
            table._group = (self, slot)
        # word form -> ((table's place, first one-word cue, longer cues), ...) for the tables it starts a cue in
        self._starts: dict[str, tuple[tuple[int, Cue | None, tuple[Cue, ...]], ...]] = {}
        self._fitting: set[str] = set()        # the remembered words that start a cue in some table
        # (word, next word or None) -> ((table's place, the cue found there), ...), where the pair decides it
        self._pairs: dict[tuple[str, str | None], tuple[tuple[int, Cue], ...]] = {}
        self._answers: dict[tuple[tuple[int, Cue], ...], tuple[tuple[int, Cue], ...]] = {}   # each answer once
        # first letters (one to five) -> (table's place, cue) for every table, in each table's own order:
        # a word form met for the first time is looked up here once, not in each table in turn
        self._by_first: dict[str, list[tuple[int, Cue]]] = {}
        for slot, table in enumerate(tables):
            for key, cues in table.by_first.items():
                self._by_first.setdefault(key, []).extend((slot, c) for c in cues)

    def _starting(self, w: str) -> tuple[tuple[int, Cue | None, tuple[Cue, ...]], ...]:
        """(table's place, first one-word cue, longer cues longest first) for each table in which
        `w` starts a cue, in table order: what each table's `CueTable._starting` gives, read in one
        pass over the cues that begin with `w`'s first letters."""
        by_first = self._by_first
        cands: dict[int, list[Cue]] = {}
        for k in range(1, min(5, len(w)) + 1):
            for slot, c in by_first.get(w[:k], ()):
                if _word_ok(c.words[0], w):
                    cands.setdefault(slot, []).append(c)
        out = []
        for slot in sorted(cands):
            fit = cands[slot]
            single = next((c for c in fit if len(c.words) == 1), None)
            longer = tuple(sorted((c for c in fit if len(c.words) > 1), key=lambda c: -len(c.words)))
            out.append((slot, single, longer))
        return tuple(out)

    @staticmethod
    def _pair_cues(entries: tuple[tuple[int, Cue | None, tuple[Cue, ...]], ...],
                   nxt: str | None) -> tuple[tuple[int, Cue], ...]:
        """The cue each table finds at a word followed by `nxt` (None: the list ends), when those
        two words decide it: no cue of three words or more fits them so far. Else `_BEYOND_PAIR`."""
        out = []
        for slot, single, longer in entries:
            fit = [c for c in longer if _word_ok(c.words[1], nxt)] if longer and nxt is not None else []
            if any(len(c.words) > 2 for c in fit):
                return _BEYOND_PAIR
            cue = fit[0] if fit else single   # the first of the longest that fit, as `CueTable._longer_at` picks
            if cue is not None:
                out.append((slot, cue))
        return tuple(out)

    def index(self, words: list[str]) -> list[tuple[list[int], dict[int, Cue]]]:
        """For each table: the positions where a cue starts, and the longest cue there (each
        table also keeps its own answer, for the next ``find`` on the same list)."""
        starts, fitting, tables = self._starts, self._fitting, self.tables
        uniq = set(words)
        new = uniq.difference(starts)
        if len(starts) + len(new) > CueTable._MEMO_LIMIT:
            self._starts, self._fitting = starts, fitting = {}, set()  # replaced, not cleared (threads)
            new = uniq
        for w in new:
            found = starts[w] = self._starting(w)
            if found:
                fitting.add(w)
        fits = fitting.intersection(uniq)
        ats: list[dict[int, Cue]] = [{} for _ in tables]
        pairs = self._pairs
        if len(pairs) > CueTable._MEMO_LIMIT:
            self._pairs, self._answers = pairs, _ = {}, {}
        last = len(words) - 1
        for i in range(len(words)):   # left to right: positions come sorted
            if words[i] not in fits:
                continue
            pair = (words[i], words[i + 1] if i < last else None)
            decided = pairs.get(pair)
            if decided is None:
                decided = self._pair_cues(starts[pair[0]], pair[1])
                # answers repeat: one object for each, so the memo adds no objects the garbage
                # collector must keep reading (an answer holds cues, which it tracks)
                decided = pairs[pair] = self._answers.setdefault(decided, decided)
            if decided is not _BEYOND_PAIR:
                for slot, cue in decided:
                    ats[slot][i] = cue
                continue
            for slot, single, longer in starts[words[i]]:
                best = (tables[slot]._longer_at(words, i, longer) or single) if longer else single
                if best is not None:
                    ats[slot][i] = best
        size = len(words)
        out = [(list(at), at) for at in ats]
        for table, (positions, at) in zip(tables, out):
            table._last = (words, size, positions, at)
        return out


_CUE_WORD_RE: Final = re.compile(r"[\w*=]+")


def _cues(phrases: list[str], value: str) -> list[Cue]:
    out = []
    for phrase in phrases:
        words = tuple(_norm(w) for w in _CUE_WORD_RE.findall(phrase))
        if words:
            out.append(Cue(words, value))
    return out


def _load(name: str) -> dict:
    return tomllib.loads(resources.files("diplograph.lexicon").joinpath(name).read_text("utf-8"))


class WordPrefixes(dict):
    """Word -> whether it begins with one of `prefixes`; the rules test the same few words
    near every cue against lists of thirty beginnings, so the answer is kept per word form
    (up to a bound)."""

    _MEMO_LIMIT: Final = 50_000

    def __init__(self, prefixes) -> None:
        super().__init__()
        self.prefixes = tuple(prefixes)

    def __missing__(self, word: str) -> bool:
        if len(self) > self._MEMO_LIMIT:
            self.clear()
        found = self[word] = word.startswith(self.prefixes)
        return found

    def any_of(self, words: list[str]) -> bool:
        """Whether one of `words` begins with one of the prefixes."""
        return any(map(self.__getitem__, words))


@dataclass(frozen=True)
class TriggerGroup:
    """What the rules need of one trigger group of triggers.toml, read once per language
    rather than at every cue: its relations, the object types they take, and its word lists."""

    relations: tuple[str, ...]
    ranges: frozenset[str]              # the object types any of its relations takes
    not_near: tuple[str, ...]           # word beginnings that make a cue no claim ("membership talks")
    false_objects: tuple[str, ...]      # this language's: "signed a law withdrawing ..."
    skip_when: tuple[str, ...] = ()     # readings that make a cue no claim (relations._SKIPS)
    near: WordPrefixes = field(default_factory=lambda: WordPrefixes(()), compare=False)   # tests `not_near`


def _trigger_group(spec: dict, relations: dict[str, tuple[set[str], set[str]]], lang: str) -> TriggerGroup:
    rels = tuple(spec["relations"])
    return TriggerGroup(relations=rels, ranges=frozenset().union(*(relations[r][1] for r in rels)),
                        not_near=tuple(spec.get("not_near", ())),
                        false_objects=tuple(spec.get("false_objects", {}).get(lang, ())),
                        skip_when=tuple(spec.get("skip_when", ())),
                        near=WordPrefixes(spec.get("not_near", ())))


@dataclass
class Lexicon:
    lang: str
    groups: dict[str, dict]
    relations: dict[str, tuple[set[str], set[str]]]
    triggers: CueTable
    negation: CueTable
    hypothetical: CueTable
    obligation: CueTable
    report: CueTable
    event_heads: CueTable
    event_verbs: CueTable
    participate: CueTable
    collective: CueTable
    before_event: CueTable
    process_after: CueTable   # words after a talks noun that make it a process ("accession talks"), no meeting
    called_off: CueTable      # a visit called off right after the name ("Maduro cancelled his trip")
    instead: CueTable
    behalf: CueTable
    possess: CueTable
    topic: CueTable
    event_days: CueTable
    event_ended: CueTable
    headquarters: CueTable
    follow: CueTable
    excepted: CueTable
    besides: CueTable
    among: CueTable
    locative: set[str]
    roles: CueTable
    heads: CueTable
    anaphora: CueTable
    documents: CueTable
    known_as: CueTable
    quoted_titled: CueTable
    quoted_kinds: CueTable
    headed_by: CueTable
    bodies: CueTable
    became: CueTable
    possessive: frozenset[str]
    he_she: frozenset[str]
    deputy: frozenset[str]
    phrase_ends: frozenset[str]
    not_names: frozenset[str]
    default_office: dict[str, str]
    home_state: str | None
    home_phrases: CueTable
    in_office_since: CueTable
    words: dict[str, frozenset[str]]
    state_offices: frozenset[str]
    creation: CueTable
    protocols: CueTable
    proposal_verbs: CueTable
    proposal_carriers: CueTable
    proposal_ends: CueTable
    proposal_not_first: frozenset[str]
    proposal_not_first_ends: tuple[str, ...]
    proposal_clause_after: frozenset[str]
    initiated_by: CueTable      # "at the initiative of", "по предложение на": whose initiative, not a proposal of its own
    noun_ends: tuple[str, ...]  # endings of nouns of action ("вступление", "accession")
    trigger_groups: dict[str, TriggerGroup] = field(default_factory=dict)
    ordinals: tuple[tuple[str, int], ...] = ()  # word beginnings of ordinal numbers and their numbers, longest first

    def initiated_at(self, words: list[str], k: int) -> bool:
        """Whether word k is inside an "at the initiative of" phrase ("по инициативе Назарбаева", "on the
        proposal of Chile"): the phrase tells whose initiative, so its noun is no proposal or name of its own."""
        return any(x <= k < y for x, y, _ in self.initiated_by.find(words, max(0, k - 3), min(len(words), k + 4)))


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    trig = _load("triggers.toml")
    role_file = _load("roles.toml")
    roles = role_file["roles"]
    heads = _load("heads.toml")
    groups = trig["groups"]
    trig_cues = [c for g, spec in groups.items() for c in _cues(spec.get(lang, []), g)]
    mod = trig["modality"]
    ev = trig["events"]
    head_cues = [c for typ in ("Agreement", "Organization", "Initiative") for c in _cues(heads[typ].get(lang, []), typ)]
    ana = heads["anaphora"]
    ana_cues = [c for typ, spec in ana.items() for c in _cues(spec.get(lang, []), typ)]
    lex = Lexicon(
        lang=lang,
        groups=groups,
        relations={r: (set(d), set(rg)) for r, (d, rg) in trig["relations"].items()},
        triggers=CueTable(trig_cues),
        negation=CueTable(_cues(mod["negation"].get(lang, []), "neg")),
        hypothetical=CueTable(_cues(mod["hypothetical"].get(lang, []), "hyp")),
        obligation=CueTable(_cues(mod.get("obligation", {}).get(lang, []), "must")),
        report=CueTable(_cues(mod["report"].get(lang, []), "report")),
        event_heads=CueTable(_cues(ev["heads"].get(lang, []), "Event")),
        event_verbs=CueTable(_cues(ev["verbs"].get(lang, []), "Event")),
        participate=CueTable(_cues(ev["participate"].get(lang, []), "participate")),
        collective=CueTable(_cues(ev.get("collective", {}).get(lang, []), "collective")),
        before_event=CueTable(_cues(ev.get("before", {}).get(lang, []), "before")),
        process_after=CueTable(_cues(ev.get("process", {}).get(lang, []), "process")),
        instead=CueTable(_cues(ev.get("instead", {}).get(lang, []), "instead")),
        called_off=CueTable(_cues(ev.get("called_off", {}).get(lang, []), "called_off")),
        behalf=CueTable(_cues(ev.get("behalf", {}).get(lang, []), "behalf")),
        possess=CueTable(_cues(ev.get("possess", {}).get(lang, []), "possess")),
        topic=CueTable(_cues(ev.get("topic", {}).get(lang, []), "topic")),
        event_days=CueTable([c for n, phrases in ev.get("days", {}).get(lang, {}).items() for c in _cues(phrases, n)]),
        event_ended=CueTable(_cues(ev.get("ended", {}).get(lang, []), "ended")),
        headquarters=CueTable(_cues(ev.get("headquarters", {}).get(lang, []), "hq")),
        follow=CueTable(_cues(mod.get("follow", {}).get(lang, []), "follow")),
        excepted=CueTable(_cues(mod.get("except", {}).get(lang, []), "except")),
        besides=CueTable(_cues(mod.get("besides", {}).get(lang, []), "besides")),
        among=CueTable(_cues(mod.get("among", {}).get(lang, []), "among")),
        locative=set(ev["locative"].get(lang, [])),
        roles=CueTable([c for role, phrases in roles.items() for c in _cues(phrases, role)]),
        heads=CueTable(head_cues),
        anaphora=CueTable(ana_cues),
        documents=CueTable(_cues(heads["documents"].get(lang, []), "Agreement")),
        known_as=CueTable(_cues(heads["known_as"].get(lang, []), "known_as")),
        quoted_titled=CueTable(_cues(heads["quoted"]["titled"].get(lang, []), "titled")),
        quoted_kinds=CueTable([c for typ in ("Initiative", "Agreement")
                               for c in _cues(heads["quoted"][typ].get(lang, []), typ)]),
        headed_by=CueTable(_cues(role_file.get("headed_by", {}).get(lang, []), "head")),
        bodies=CueTable(_cues(role_file.get("bodies", {}).get(lang, []), "Organization")),
        became=CueTable(_cues(role_file.get("became", {}).get(lang, []), "became")),
        possessive=frozenset(_norm(w) for w in role_file.get("possessive", {}).get(lang, [])),
        he_she=frozenset(_norm(w) for w in role_file.get("he_she", {}).get(lang, [])),
        deputy=frozenset(_norm(w) for w in role_file.get("deputy", {}).get(lang, [])),
        phrase_ends=frozenset(_norm(w) for w in role_file.get("phrase_ends", {}).get(lang, [])),
        not_names=frozenset(role_file.get("not_names", {}).get(lang, [])),
        default_office=dict(role_file.get("default_office", {})),
        home_state=role_file.get("home_state", {}).get(lang),
        home_phrases=CueTable(_cues(role_file.get("home_phrases", {}).get(lang, []), "home")),
        in_office_since=CueTable(_cues(role_file.get("in_office_since", {}).get(lang, []), "since")),
        words={name: frozenset(by_lang.get(lang, ())) for name, by_lang in trig.get("words", {}).items()},
        state_offices=frozenset(role_file.get("state_offices", {}).get("roles", ())),
        creation=CueTable(_cues(heads["creation"].get(lang, []), "creation")),
        protocols=CueTable(_cues(heads["protocols"].get(lang, []), "protocol")),
        proposal_verbs=CueTable(_cues(heads["proposal"]["verbs"].get(lang, []), "verb")),
        proposal_carriers=CueTable(_cues(heads["proposal"]["carriers"].get(lang, []), "carrier")),
        proposal_ends=CueTable(_cues(heads["proposal"]["ends"].get(lang, []), "end")),
        proposal_not_first=frozenset(_norm(w) for w in heads["proposal"]["not_first"].get(lang, [])),
        proposal_not_first_ends=tuple(heads["proposal"]["not_first_ends"].get(lang, [])),
        proposal_clause_after=frozenset(heads["proposal"]["clause_after"].get(lang, [])),
        initiated_by=CueTable(_cues(groups["found"].get("initiated_by", {}).get(lang, []), "initiated_by")),
        noun_ends=tuple(trig.get("words", {}).get("noun_ends", {}).get(lang, ())),
    )
    CueGroup([v for v in (getattr(lex, f.name) for f in fields(lex)) if isinstance(v, CueTable)])   # (in field order)
    lex.trigger_groups = {g: _trigger_group(spec, lex.relations, lang) for g, spec in groups.items()}
    lex.ordinals = tuple(sorted(((stem, n + 1) for n, stem in enumerate(trig.get("ordinals", {}).get(lang, []))),
                                key=lambda pair: -len(pair[0])))
    return lex


class _Norms(dict):
    """Word form -> the lower-case word the cue tables match, filled on first sight."""

    def __missing__(self, word: str) -> str:
        norm = self[word] = _norm(word)
        return norm


_NORMS = _Norms()
_LAST_WORDS: tuple = ()  # (tokens, length, words) of the last list asked about


def words_of(tokens: list[Token]) -> list[str]:
    """The lower-case words the cue tables match (word forms remembered, up to a bound).

    The mention finders and the rules ask for the words of the same token list in turn:
    they get the same list back, so the tables' per-list indexes are built once."""
    global _NORMS, _LAST_WORDS
    last = _LAST_WORDS
    if last and last[0] is tokens and last[1] == len(tokens):
        return last[2]
    words = norms_of(tokens)   # (the tokens just made: their norms came with them)
    if words is None:
        norms = _NORMS
        if len(norms) > 200_000:
            norms = _NORMS = _Norms()   # replaced, not cleared: another thread may be reading it
        words = [norms[tok.text] for tok in tokens]
    _LAST_WORDS = (tokens, len(tokens), words)
    return words


_POSITIONS: Final[list] = []   # (words, length, uniq, word -> positions) of the last few lists seen


def _positions(words: list[str]) -> tuple[set[str], dict[str, list[int]]]:
    """Where each word of a list stands, shared by all tables asked about the same list."""
    for last in _POSITIONS:
        if last[0] is words and last[1] == len(words):
            return last[2], last[3]
    where: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        where.setdefault(w, []).append(i)
    uniq = set(where)
    _POSITIONS[:] = [(words, len(words), uniq, where), *_POSITIONS[:3]]
    return uniq, where

"""What the rules see of one article: tokens, sentences, mentions, times and events."""
from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from operator import itemgetter

from ..catalog import Catalog
from ..dates import TimeExpr, days_between
from ..models import Article, Entity
from ..text import Token, index_left, index_right
from .lexicon import Lexicon
from .mentions import Mention


@dataclass
class Event:
    entity: Entity
    sentence: int
    at: str | None = None
    place: Mention | None = None
    participants: dict[str, tuple[Entity, int]] = field(default_factory=dict)  # iri -> (entity, sentence)
    defaulted: bool = False  # dated by the news day, the lead telling no date of its own
    ordinal: int | None = None  # its number in a series, as told: "the Fifth Caspian Summit", "XVI саммит"


@dataclass
class Context:
    article: Article
    catalog: Catalog
    lex: Lexicon
    tokens: list[Token]
    words: list[str]
    sentences: list[tuple[int, int]]            # character spans
    sent_tokens: list[tuple[int, int]]          # token index spans
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentence_event: dict[int, Event] = field(default_factory=dict)

    # The rules ask these per sentence and per token many times over one article: the
    # answers come from indexes built on first use (and rebuilt when `mentions` or `times`
    # is replaced or grows).
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def _cached(self, name: Hashable, source: object, build):
        hit = self._index.get(name)
        size = len(source) if hasattr(source, "__len__") else 0
        if hit is None or hit[0] is not source or hit[1] != size:
            hit = (source, size, build())
            self._index[name] = hit
        return hit[2]

    def sentence_of_token(self, i: int) -> int:
        # the checks of `_cached` written out: this is asked hundreds of times per article
        hit = self._index.get("sent_starts")
        spans = self.sent_tokens
        if hit is None or hit[0] is not spans or hit[1] != len(spans):
            hit = self._index["sent_starts"] = (spans, len(spans), [a for a, _ in spans])
        k = index_right(hit[2], i) - 1
        return k if k > 0 else 0

    def mentions_in(self, s: int) -> list[Mention]:
        hit = self._index.get("mentions")
        mentions = self.mentions
        if hit is None or hit[0] is not mentions or hit[1] != len(mentions):
            by_sentence: dict[int, list[Mention]] = {}
            spans = self.sent_tokens
            firsts = [a for a, _ in spans]
            for m in mentions:   # (`_sentence_holding`, written out: the index is rebuilt as mentions are added)
                k = index_right(firsts, m.i) - 1
                if k < 0:
                    k = 0
                lo, hi = spans[k] if spans else (0, 0)
                by_sentence.setdefault(k if lo <= m.i < hi else -1, []).append(m)
            hit = self._index["mentions"] = (mentions, len(mentions), by_sentence)
        found = hit[2].get(s)
        return list(found) if found else []

    def _sentence_holding(self, i: int) -> int:
        """The sentence whose token span holds token i (-1 for none)."""
        s = self.sentence_of_token(i)
        lo, hi = self.sent_tokens[s] if self.sent_tokens else (0, 0)
        return s if lo <= i < hi else -1

    def times_in(self, s: int) -> list[TimeExpr]:
        a, b = self.sentences[s]
        return self.times_starting(a, b)

    def times_starting(self, a: int, b: int) -> list[TimeExpr]:
        """The times that start at characters [a, b), in list order."""
        hit = self._index.get("times")
        times = self.times
        if hit is None or hit[0] is not times or hit[1] != len(times):
            at = [t.start for t in times]
            starts: list[int] | None = at if at == sorted(at) else None
            hit = self._index["times"] = (times, len(times), starts)
        starts = hit[2]
        if starts is not None:
            return times[index_left(starts, a):index_left(starts, b)]
        return [t for t in times if a <= t.start < b]

    def mentions_starting(self, a: int, b: int) -> list[Mention]:
        """The mentions that start at characters [a, b), in list order: a slice of the list when
        it is ordered by start (as resolved mentions are), not a pass over every mention."""
        mentions = self.mentions
        hit = self._index.get("mention_starts")
        if hit is None or hit[0] is not mentions or hit[1] != len(mentions):
            at = [m.start for m in mentions]
            starts: list[int] | None = at if at == sorted(at) else None
            hit = self._index["mention_starts"] = (mentions, len(mentions), starts)
        starts = hit[2]
        if starts is None:
            return [m for m in mentions if a <= m.start < b]
        return mentions[index_left(starts, a):index_left(starts, b)]

    def mentions_at(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose first token is in [lo, hi), in list order: a slice of the list when
        it is ordered by first token (as resolved mentions are), not a pass over every mention."""
        mentions = self.mentions
        hit = self._index.get("mention_firsts")
        if hit is None or hit[0] is not mentions or hit[1] != len(mentions):
            at = [m.i for m in mentions]
            firsts: list[int] | None = at if at == sorted(at) else None
            hit = self._index["mention_firsts"] = (mentions, len(mentions), firsts)
        firsts = hit[2]
        if firsts is None:
            return [m for m in mentions if lo <= m.i < hi]
        return mentions[index_left(firsts, lo):index_left(firsts, hi)]

    def mentions_ending(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that end at characters [lo, hi], in list order."""
        mentions = self.mentions
        hit = self._index.get("mention_ends")
        if hit is None or hit[0] is not mentions or hit[1] != len(mentions):
            by_end: dict[int, list[tuple[int, Mention]]] = {}
            for n, m in enumerate(mentions):
                by_end.setdefault(m.end, []).append((n, m))
            hit = self._index["mention_ends"] = (mentions, len(mentions), by_end)
        by_end = hit[2]
        found = [x for end in range(lo, hi + 1) for x in by_end.get(end, ())]
        if len(found) > 1:
            found.sort(key=itemgetter(0))
        return [m for _, m in found]

    def token_at(self, char: int) -> int:
        hit = self._index.get("token_starts")
        tokens = self.tokens
        if hit is None or hit[0] is not tokens or hit[1] != len(tokens):
            hit = self._index["token_starts"] = (tokens, len(tokens), [t.start for t in tokens])
        k = index_right(hit[2], char) - 1
        return k if k > 0 else 0

    def covered_tokens(self) -> set[int]:
        """The tokens some mention covers."""
        return self._cached("covered", self.mentions, lambda: {k for m in self.mentions for k in range(m.i, m.j)})

    def name_edges(self) -> tuple[dict[int, Mention], dict[int, Mention], set[int]]:
        """Proper names (demonyms aside) by the token after their end and by their first token,
        and the first tokens of demonyms."""
        def build() -> tuple[dict[int, Mention], dict[int, Mention], set[int]]:
            names = [m for m in self.mentions if m.source != "demonym" and m.proper]
            return ({m.j: m for m in names}, {m.i: m for m in names},
                    {m.i for m in self.mentions if m.source == "demonym"})
        return self._cached("name_edges", self.mentions, build)

    def time_tokens(self) -> set[int]:
        """The tokens where time expressions start."""
        return self._cached("time_tokens", self.times, lambda: {self.token_at(t.start) for t in self.times})

    def event_mentions(self) -> list[Mention]:
        """The event nouns ("the summit", "срещата на върха", "встречи") of sentences that tell
        about an event, each linked to that event; none where an entity mention is."""
        taken = self.covered_tokens()
        out = []
        for s, ev in sorted(self.sentence_event.items()):
            lo, hi = self.sent_tokens[s]
            for a, b, _ in self.lex.event_heads.find(self.words, lo, hi):
                if taken.isdisjoint(range(a, b)):
                    out.append(Mention(a, b, self.tokens[a].start, self.tokens[b - 1].end, ev.entity, "event"))
        return out

    def event_for(self, s: int) -> Event | None:
        """The event a sentence talks about: its own, else the last one before it, unless that one
        was told in passing, dated away from the news day ("на срещата в Букурещ през 2023 г."), and
        an event of the news day was told before it ("Участниците приеха съвместна декларация")."""
        if s in self.sentence_event:
            return self.sentence_event[s]
        before = [e for k, e in self.sentence_event.items() if k < s]
        if not before:
            return None
        pub = self.article.date
        if pub and dated_aside(before[-1].at, pub):
            current = [e for e in before if not dated_aside(e.at, pub)]
            if current:
                return current[-1]
        return before[-1]


def dated_aside(at: str | None, pub: str) -> bool:
    """Whether a date (an event's) lies away from the news day: another day more than a week off, or
    another month or year at the precision it is told."""
    if not at:
        return False
    if len(at) == 10 and len(pub) >= 10:
        days = days_between(at, pub[:10])
        return days is not None and abs(days) > 7
    return at != pub[:len(at)]

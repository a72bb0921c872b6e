"""What the rules see of one article: tokens, sentences, mentions, times and events."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..catalog import Catalog
from ..dates import TimeExpr
from ..models import Article, Entity
from ..text import Token
from .lexicon import Lexicon
from .mentions import Mention


@dataclass
class Event:
    entity: Entity
    sentence: int
    at: str | None = None
    place: Mention | None = None
    participants: dict[str, tuple[Entity, int]] = field(default_factory=dict)  # iri -> (entity, sentence)


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

    def sentence_of_token(self, i: int) -> int:
        starts = [a for a, _ in self.sent_tokens]
        return max(0, bisect.bisect_right(starts, i) - 1)

    def mentions_in(self, s: int) -> list[Mention]:
        lo, hi = self.sent_tokens[s]
        return [m for m in self.mentions if lo <= m.i < hi]

    def times_in(self, s: int) -> list[TimeExpr]:
        a, b = self.sentences[s]
        return [t for t in self.times if a <= t.start < b]

    def token_at(self, char: int) -> int:
        starts = [t.start for t in self.tokens]
        return max(0, bisect.bisect_right(starts, char) - 1)

    def event_mentions(self) -> list[Mention]:
        """The event nouns ("the summit", "срещата на върха", "встречи") of sentences that tell
        about an event, each linked to that event; none where an entity mention is."""
        taken = {k for m in self.mentions for k in range(m.i, m.j)}
        out = []
        for s, ev in sorted(self.sentence_event.items()):
            lo, hi = self.sent_tokens[s]
            for a, b, _ in self.lex.event_heads.find(self.words, lo, hi):
                if not any(k in taken for k in range(a, b)):
                    out.append(Mention(a, b, self.tokens[a].start, self.tokens[b - 1].end, ev.entity, "event"))
        return out

    def event_for(self, s: int) -> Event | None:
        """The event a sentence talks about: its own, else the last one before it."""
        if s in self.sentence_event:
            return self.sentence_event[s]
        before = [e for k, e in self.sentence_event.items() if k < s]
        return before[-1] if before else None

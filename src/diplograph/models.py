"""Plain data the pipeline passes along: articles, entities, mentions and claims.

The JSON shapes of `Claim.to_json` and `Mention.to_json` are the ones fixed by the
claims contract (shared/contract/README.md).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .frozen import quick_init

ENTITY_TYPES = ("State", "Organization", "Agreement", "Person", "Event", "Place", "Initiative", "Position")
MODALITIES = ("asserted", "negated", "hypothetical", "reported")


@dataclass(frozen=True)
class Article:
    """One news article as read from a file, an HTML page or a JSON Lines record."""

    doc: str
    text: str
    lang: str
    date: str | None = None          # ISO publication date, YYYY[-MM[-DD]]
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str | None = None        # where it was read from (path or "<stdin>")


@quick_init
@dataclass(frozen=True)
class Entity:
    """An entity as the extractor resolved it: catalog-linked or new."""

    iri: str
    label: str
    type: str
    labels: tuple[str, ...] = ()
    wikidata: str | None = None
    in_catalog: bool = True

    def to_json(self, with_labels: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"iri": self.iri, "label": self.label, "type": self.type}
        if with_labels:
            out["labels"] = list(self.labels)
        if self.wikidata:
            out["wikidata"] = self.wikidata
        return out


@quick_init
@dataclass(frozen=True)
class When:
    at: str | None = None
    start: str | None = None
    end: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"at": self.at, "start": self.start, "end": self.end}

    def __bool__(self) -> bool:
        return bool(self.at or self.start or self.end)


@quick_init
@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int


@quick_init
@dataclass(frozen=True)
class Mention:
    doc: str
    start: int
    end: int
    text: str
    entity: Entity

    def to_json(self) -> dict[str, Any]:
        return {"kind": "mention", "doc": self.doc, "start": self.start, "end": self.end,
                "text": self.text, "entity": self.entity.to_json(with_labels=False)}


@quick_init
@dataclass(frozen=True)
class Claim:
    """subject -relation-> object, with time, role, evidence and how it was asserted."""

    doc: str
    subject: Entity
    relation: str
    object: Entity
    evidence: Evidence
    when: When = field(default_factory=When)
    role: str | None = None
    confidence: float = 0.8
    modality: str = "asserted"
    reported_by: Entity | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc": self.doc,
            "subject": self.subject.to_json(),
            "relation": self.relation,
            "object": self.object.to_json(),
            "when": self.when.to_json(),
            "role": self.role,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start, "end": self.evidence.end},
            "confidence": round(self.confidence, 3),
        }
        if self.modality != "asserted":
            out["modality"] = self.modality
        if self.reported_by is not None:
            out["reported_by"] = self.reported_by.to_json(with_labels=False)
        return out


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def entities(self) -> dict[str, Entity]:
        seen: dict[str, Entity] = {}
        for m in self.mentions:
            seen.setdefault(m.entity.iri, m.entity)
        for c in self.claims:
            seen.setdefault(c.subject.iri, c.subject)
            seen.setdefault(c.object.iri, c.object)
        return seen

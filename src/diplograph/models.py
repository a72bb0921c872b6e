"""Plain data the pipeline passes along: articles, entities, mentions and claims.

The JSON shapes of `Claim.to_json` and `Mention.to_json` are the ones fixed by the
claims contract (shared/contract/README.md).

The module is compiled with mypyc (`diplograph.compiled`): its classes are then native classes,
whose attributes the compiled rules read directly instead of through a generic look-up. Their
``__init__`` is written out, not generated: the generated one of a frozen dataclass is a Python
function that sets each field with ``object.__setattr__``, while a written one is a C function
that sets the fields directly (the ``# type: ignore[misc]``: mypy does not let a frozen class assign
its own fields). Frozen they stay for every other code (assigning a field raises
`dataclasses.FrozenInstanceError`), and equality, hashing, ``repr`` and `dataclasses.replace` are the
dataclass's. Run as Python (``DIPLOGRAPH_PURE=1``, or no compiler), `quick_init` puts a Python
``__init__`` with the same parameters in place of the written one, which a frozen class refuses.
``__reduce__`` (the class called with the fields) pickles and copies them either way: a native
class has no ``__dict__`` for the default pickling to read or set (`diplograph.parallel` sends
articles to other processes and Dask workers).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .frozen import quick_init

ENTITY_TYPES = ("State", "Organization", "Agreement", "Person", "Event", "Place", "Initiative", "Position")
MODALITIES = ("asserted", "negated", "hypothetical", "reported")


@dataclass(frozen=True, init=False)
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

    def __init__(self, doc: str, text: str, lang: str, date: str | None = None, title: str | None = None,
                 url: str | None = None, outlet: str | None = None, source: str | None = None) -> None:
        self.doc = doc  # type: ignore[misc]
        self.text = text  # type: ignore[misc]
        self.lang = lang  # type: ignore[misc]
        self.date = date  # type: ignore[misc]
        self.title = title  # type: ignore[misc]
        self.url = url  # type: ignore[misc]
        self.outlet = outlet  # type: ignore[misc]
        self.source = source  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return Article, (self.doc, self.text, self.lang, self.date, self.title, self.url, self.outlet, self.source)


@dataclass(frozen=True, init=False)
class Entity:
    """An entity as the extractor resolved it: catalog-linked or new."""

    iri: str
    label: str
    type: str
    labels: tuple[str, ...] = ()
    wikidata: str | None = None
    in_catalog: bool = True

    def __init__(self, iri: str, label: str, type: str, labels: tuple[str, ...] = (), wikidata: str | None = None,
                 in_catalog: bool = True) -> None:
        self.iri = iri  # type: ignore[misc]
        self.label = label  # type: ignore[misc]
        self.type = type  # type: ignore[misc]
        self.labels = labels  # type: ignore[misc]
        self.wikidata = wikidata  # type: ignore[misc]
        self.in_catalog = in_catalog  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return Entity, (self.iri, self.label, self.type, self.labels, self.wikidata, self.in_catalog)

    def to_json(self, with_labels: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"iri": self.iri, "label": self.label, "type": self.type}
        if with_labels:
            out["labels"] = list(self.labels)
        if self.wikidata:
            out["wikidata"] = self.wikidata
        return out


@dataclass(frozen=True, init=False)
class When:
    at: str | None = None
    start: str | None = None
    end: str | None = None

    def __init__(self, at: str | None = None, start: str | None = None, end: str | None = None) -> None:
        self.at = at  # type: ignore[misc]
        self.start = start  # type: ignore[misc]
        self.end = end  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return When, (self.at, self.start, self.end)

    def to_json(self) -> dict[str, str | None]:
        return {"at": self.at, "start": self.start, "end": self.end}

    def __bool__(self) -> bool:
        return bool(self.at or self.start or self.end)


@dataclass(frozen=True, init=False)
class Evidence:
    text: str
    start: int
    end: int

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text  # type: ignore[misc]
        self.start = start  # type: ignore[misc]
        self.end = end  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return Evidence, (self.text, self.start, self.end)


@dataclass(frozen=True, init=False)
class Mention:
    doc: str
    start: int
    end: int
    text: str
    entity: Entity

    def __init__(self, doc: str, start: int, end: int, text: str, entity: Entity) -> None:
        self.doc = doc  # type: ignore[misc]
        self.start = start  # type: ignore[misc]
        self.end = end  # type: ignore[misc]
        self.text = text  # type: ignore[misc]
        self.entity = entity  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return Mention, (self.doc, self.start, self.end, self.text, self.entity)

    def to_json(self) -> dict[str, Any]:
        return {"kind": "mention", "doc": self.doc, "start": self.start, "end": self.end,
                "text": self.text, "entity": self.entity.to_json(with_labels=False)}


@dataclass(frozen=True, init=False)
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

    # (`when` left out is a new `When()`, as the field's factory gives)
    def __init__(self, doc: str, subject: Entity, relation: str, object: Entity, evidence: Evidence,
                 when: When | None = None, role: str | None = None, confidence: float = 0.8,
                 modality: str = "asserted", reported_by: Entity | None = None) -> None:
        self.doc = doc  # type: ignore[misc]
        self.subject = subject  # type: ignore[misc]
        self.relation = relation  # type: ignore[misc]
        self.object = object  # type: ignore[misc]
        self.evidence = evidence  # type: ignore[misc]
        self.when = When() if when is None else when  # type: ignore[misc]
        self.role = role  # type: ignore[misc]
        self.confidence = confidence  # type: ignore[misc]
        self.modality = modality  # type: ignore[misc]
        self.reported_by = reported_by  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return Claim, (self.doc, self.subject, self.relation, self.object, self.evidence, self.when, self.role,
                       self.confidence, self.modality, self.reported_by)

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


# (run as Python, a frozen class refuses the written __init__'s assignments: see the module's text)
for _frozen in (Article, Entity, When, Evidence, Mention, Claim):
    quick_init(_frozen)


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def __reduce__(self) -> tuple[Any, ...]:
        return Extraction, (self.article, self.claims, self.mentions)

    @property
    def entities(self) -> dict[str, Entity]:
        seen: dict[str, Entity] = {}
        for m in self.mentions:
            seen.setdefault(m.entity.iri, m.entity)
        for c in self.claims:
            seen.setdefault(c.subject.iri, c.subject)
            seen.setdefault(c.object.iri, c.object)
        return seen

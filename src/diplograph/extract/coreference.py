"""Coreference within an article: definite nouns ("the Association", "договора", "the
document") resolved to the entity of their type the article has named before, preferring one
named with the same noun, or for "the document" the one it names most.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from itertools import compress, count
from operator import attrgetter
from typing import Final

from ..models import Entity
from ..text import Token, name_key
from .lexicon import Cue, Lexicon, words_of
from .mentions import Mention, is_adjective, with_entity


_RECENT_BODY: Final = 40  # tokens back to a new body "the initiative" may stand for
_INITIATIVE_HEADS: Final = {"initi", "иници"}  # (the first five letters of "initiative", "инициатива", "инициативата")
_ORGAN_NEAR: Final = 40  # tokens back to an organ whose whole body "the organization" stands for


def anaphor_mentions(tokens: list[Token], mentions: list[Mention], lex: Lexicon,
                     organs: Mapping[str, Entity | None] = MappingProxyType({}),
                     in_titles: Sequence[Mention] = (), text: str = "") -> list[Mention]:
    """Generic definite nouns resolved to the last entity of their type mentioned before; "the
    organization" is a whole body, not one of the `organs` (the catalog's part_of: a commission).
    `in_titles`: bodies named inside a document's title, told before like the mentions; `text` the article's
    (an organ gives its whole body only within its paragraph)."""
    words = words_of(tokens)
    cues = lex.anaphora.find(words)
    if lex.lang == "en":
        cues = sorted(cues + _modified_definites(tokens, words, lex), key=lambda c: c[0])
    # "конвенцията в рамките на един парламентарен мандат", "the treaty within a year": a definite noun
    # read with the phrase after it is the anaphor, not a description of a new document
    definite = {b - 1 for _, b, _ in cues} if lex.lang in _DEFINITE_LANGS else set()
    # ("Секретариатът на организацията": a definite noun inside a common noun's phrase is one too)
    spans = {(a, b) for a, b, _ in cues}  # ("самой конвенции": a generic phrase that is a cue whole refers back)
    described = [m for m in mentions if not (m.source == "generic" and (not definite.isdisjoint(range(m.i, m.j)) or
                                                                        (m.i, m.j) in spans))]
    taken = {k for m in described for k in range(m.i, m.j)}
    # (a document or initiative named by a description, "меморандум за създаване на ...", is one too)
    ordered = sorted([m for m in described if (m.proper or m.entity.type in ("Agreement", "Initiative")) and
                      m.source not in ("demonym", "anaphor")] + list(in_titles), key=attrgetter("i"))
    of_type: dict[str, list[Mention]] = {}   # (each cue reads only the mentions of its type)
    for m in ordered:
        of_type.setdefault(m.entity.type, []).append(m)
    out: list[Mention] = []
    for a, b, cue in cues:
        if not taken.isdisjoint(range(a, b)):
            continue
        if a > 0 and tokens[a - 1].is_cap and not tokens[a - 1].is_upper and tokens[a].text.islower() and \
                is_adjective(tokens[a - 1].text, lex.lang):
            continue  # "Верховным судом", "Европейският съюз": the noun ends a name, it refers to nothing
        typ = cue.value
        if typ == "Person":
            continue  # persons are resolved by role, see relations
        if typ == "Agreement" and lex.protocols.match_at(words, a) is not None:
            continue  # "подписали протокол к соглашению": a document of its own, attached to the one told before
        if typ == "Agreement" and words[b - 1] in _GENERIC_DOC and a > 0 and words[a - 1] in lex.words["own_documents"]:
            continue  # "принятием итогового документа", "the final document": a document of its own kind, not the one told
        head = tokens[b - 1].key[:5]
        best = same_head = named_so = None
        told = of_type.get(typ, [])
        if typ == "Initiative":  # "Инициативата" after "инициативата „Три морета“": a body named an initiative;
            # "подписал инициативу" after "Черноморская инициатива": an agreement so named
            bodies = [m for t in ("Organization", "Agreement") for m in of_type.get(t, ())
                      if head in _name_keys(m.entity, lex.lang)]
            told = sorted(told + bodies, key=attrgetter("i")) if bodies else told
            if not any(m.i < a for m in told) and head in _INITIATIVE_HEADS:  # "… създадоха съвместна противоминна
                # група. Инициативата беше …" (but not "Идея его создания" after "специальный фонд": an idea is no body)
                told = [m for m in described if m.entity.type == "Organization" and m.source in ("new", "generic")
                        and m.j <= a and a - m.j <= _RECENT_BODY][-1:]  # предложена от Турция": the body just brought in
        for m in told:
            if m.i >= a:
                break
            if typ == "Organization" and words[b - 1] not in _GENERIC_ORG and \
                    head not in _name_keys(m.entity, lex.lang):
                continue  # "the Association" names the last association, not just any organization
            if typ == "Organization" and words[b - 1] in _GENERIC_ORG and words[a] not in lex.words["these"] and \
                    f" {tokens[b - 1].key} " in f" {_name_keys(m.entity, lex.lang)} ".replace("\n", " "):
                named_so = m  # "Кернската група … в СТО … Групата внесе": the body whose name has the noun, not the last one
                # (but "that grouping", "тази група": the one just named)
            if typ == "Organization" and words[b - 1] in _GENERIC_ORG and m.entity.iri in organs:
                whole = organs[m.entity.iri]  # "Седалището на организацията": the African Union, not its Commission
                if whole is not None and a - m.j <= _ORGAN_NEAR and "\n" not in text[m.end:tokens[a].start]:
                    # an organ named just before, in the paragraph, gives the body it is part of:
                    best = with_entity(m, whole)  # "Комитет министров Совета Европы прекратил членство России в организации"
                continue
            if typ == "Agreement" and not m.proper and words[b - 1] not in _GENERIC_DOC and \
                    head not in _name_keys(m.entity, lex.lang):
                continue  # "договора" is not the "съвместно изявление" told of just before: another kind
            best = m
            if typ == "Agreement" and head in _name_keys(m.entity, lex.lang):
                same_head = m  # "Соглашение" after "Соглашение об адаптации ДОВСЕ": not the ДОВСЕ inside it
        if typ == "Agreement" and words[b - 1] in _GENERIC_DOC:
            best = _most_named(sorted(ordered + out, key=attrgetter("i")), a, typ) or best  # "the document":
            # the one the article is about (named, or referred to, most often before it)
        best = named_so or best
        if typ == "Organization" and words[b - 1] in _ORGANIZATION_NOUNS and best is not None:
            # (an organ's name tells of its whole: "Комитета на министрите на Съвета на Европа" names the Council too)
            told = [_as_whole(m, organs) for m in ordered + out]
            if words[b - 1] not in _GENERIC_ORG:  # ("Съюзът" after "Африканският съюз … Г-20": a union, not the G20)
                told = [m for m in told if head in _name_keys(m.entity, lex.lang)]
            top = _most_named([m for m in sorted(told, key=lambda m: m.i) if m.entity.iri not in organs], a, typ)
            if top is not None and _named_times(told, top, a) >= 2 * _named_times(told, best, a) and \
                    (words[b - 1] not in _BLOC_NOUNS or a - best.j > _BLOC_NEAR or
                     _SENTENCE_END_RE.search(text, best.end, tokens[a].start) is not None):
                best = top  # "членки на Съвета на Европа и ЕС, ... в организацията": the one the text is about (but
                # "the European Union's climate commissioner said the bloc …": a bloc just named is that one)
        best = same_head or best
        if best is not None and typ == "Agreement" and _described_otherwise(words, b, best, lex):
            own = next((m for m in mentions if m.i == a and m.source == "generic" and m.entity.type == typ), None)
            if own is not None:  # "Споразумението за стратегическо партньорство в областта на … енергия беше
                out.append(own)  # подписано …" after another agreement: a document of its own, named by what it is about
                continue
        if best is not None:
            out.append(Mention(a, b, tokens[a].start, tokens[b - 1].end, best.entity, "anaphor"))
    return out


def _described_otherwise(words: list[str], b: int, antecedent: Mention, lex: Lexicon) -> bool:
    """Whether a document noun is followed by "за"/"on"/"о" and words of a subject the antecedent's names do not
    hold: it names another document by what it is about."""
    if b + 2 >= len(words) or words[b] not in lex.words["document_topic_links"]:
        return False
    told = [w[:5] for w in words[b + 1:b + 4] if len(w) > 3]
    keys = _name_keys(antecedent.entity, lex.lang)
    return len(told) >= 2 and not any(t in keys for t in told)


def home_mentions(tokens: list[Token], mentions: list[Mention], lex: Lexicon, catalog) -> list[Mention]:
    """"Страната ни", "наша страна": the outlet's own state (roles.toml home_state), where no name is."""
    home = lex.home_state
    if home is None or home not in catalog.entities:
        return []
    taken = {k for m in mentions for k in range(m.i, m.j)}
    return [Mention(a, b, tokens[a].start, tokens[b - 1].end, catalog.entity(home), "anaphor")
            for a, b, _ in lex.home_phrases.find(words_of(tokens)) if taken.isdisjoint(range(a, b))]


def _modified_definites(tokens: list[Token], words: list[str], lex: Lexicon) -> list:
    """"the 1994 investment pact", "the landmark treaty": "the", a few lower-case words or a year, and a
    noun that refers back on its own ("the pact")."""
    out = []
    size = len(words)
    # (only two to four words after a "the" can end such a phrase)
    ends = sorted({k for x in compress(count(), map(_THE.__eq__, words)) for k in (x + 2, x + 3, x + 4) if k < size})
    nouns: dict[str, Cue | None] = {}   # word -> the two-word cue "the <word>" it ends, if any
    for k in ends:
        noun = words[k]
        if noun not in nouns:
            cue = lex.anaphora.match_at(["the", noun], 0)
            nouns[noun] = cue if cue is not None and len(cue.words) == 2 else None
        cue = nouns[noun]
        if cue is None:
            continue  # (most words end no such phrase: the words before them are not read)
        for d in (2, 3, 4):
            if k - d < 0 or words[k - d] != "the":
                continue
            between = range(k - d + 1, k)
            if all((tokens[x].text.islower() and words[x] not in _NOT_MODIFIERS and not words[x].endswith("est"))
                   or tokens[x].text.isdigit() for x in between):  # (not "the largest agreement ever")
                out.append((k - d, k + 1, cue))
            break
    return out


_THE: Final = "the"


_NOT_MODIFIERS: Final = {"of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "that", "which", "is", "was", "are",
                  "were", "has", "have", "had", "be", "been", "a", "an", "the", "new", "first", "next", "other", "same",
                  "only", "main", "most", "ever", "such", "this", "that", "these", "those"}
_DEFINITE_LANGS: Final = {"bg", "en"}  # languages whose nouns say when they are definite


def known_as(text: str, tokens: list[Token], mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """"Конвенцията за забрана на използването, складирането ..., известна като Отавската конвенция":
    the long name read only in part is the entity of the short one it is known as."""
    words = words_of(tokens)
    cues = lex.known_as.find(words)
    if not cues:
        return mentions
    by_start = {m.i: m for m in mentions}
    relinked = {}
    for a, b, _ in cues:
        k = b + (b < len(words) and words[b] == "the")
        short = by_start.get(k)
        if short is None or short.entity.type not in _NAMED_TYPES or a == 0 or \
                "," not in text[tokens[a - 1].end:tokens[a].start]:
            continue
        before = [m for m in mentions if m.j <= a and a - m.j <= 40 and m.entity.type == short.entity.type]
        if not before or before[-1].source != "new" or any(p in text[before[-1].end:tokens[a].start] for p in _BREAKS):
            continue
        relinked[id(before[-1])] = with_entity(before[-1], short.entity)
    return [relinked.get(id(m), m) for m in mentions]


_NAMED_TYPES: Final = frozenset({"Agreement", "Organization", "Initiative"})
_BREAKS: Final = (". ", "; ", "\n", "(", ")")


_NAME_KEYS: Final[dict[tuple[str, str, tuple[str, ...]], str]] = {}


def _name_keys(entity: Entity, lang: str) -> str:
    """The keys of all names of an entity, one name per line: a key prefix is in this
    text exactly when it is in the keys of one of the names (remembered, up to a bound)."""
    memo = (lang, entity.label, entity.labels)
    found = _NAME_KEYS.get(memo)
    if found is None:
        if len(_NAME_KEYS) > 20_000:
            _NAME_KEYS.clear()
        found = _NAME_KEYS[memo] = "\n".join(" ".join(name_key(nm, lang)) for nm in (entity.label, *entity.labels))
    return found


_GENERIC_DOC: Final = {"document", "deal", "документа", "документът", "документ", "сделката", "сделка", "сделки"}


def tally(ordered: list[Mention], typ: str, before: int) -> tuple[dict[str, int], dict[str, Mention]]:
    """How often each entity of this type is named before token `before` (mentions in text order,
    demonyms left out), and its last mention there: what "the document", "the two countries",
    an unnamed organization refer to is the entity the article keeps naming."""
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    for m in ordered:
        if m.i >= before:
            break
        if m.entity.type == typ and m.source != "demonym":
            counts[m.entity.iri] = counts.get(m.entity.iri, 0) + 1
            last[m.entity.iri] = m
    return counts, last


def _as_whole(m: Mention, organs: Mapping[str, Entity | None]) -> Mention:
    """The mention of an organ as one of the body it is part of (when the catalog knows that body)."""
    whole = organs.get(m.entity.iri)
    return m if whole is None else with_entity(m, whole)


def _named_times(ms: list[Mention], m: Mention, before: int) -> int:
    return sum(1 for x in ms if x.entity.iri == m.entity.iri and x.i < before)


def _most_named(ordered: list[Mention], before: int, typ: str) -> Mention | None:
    """The entity of this type named most often before token `before` (the later on a tie)."""
    counts, last = tally(ordered, typ, before)
    if not counts:
        return None
    top = max(counts.values())
    return max((last[iri] for iri, n in counts.items() if n == top), key=attrgetter("i"))


_BLOC_NOUNS: Final = {"bloc", "блока", "блокът", "блок", "union", "съюза", "съюзът", "союз", "союза"}
# "the organization", "the bloc" (not "the alliance"): the body the text is about when it was named far more often
# than the one named last (for "the bloc", unless a bloc was named just before it: `_BLOC_NEAR`)
_ORGANIZATION_NOUNS: Final = {"organization", "organisation", "организацията", "организации", "организация"} | _BLOC_NOUNS
_BLOC_NEAR: Final = 12  # tokens: a bloc named this close before "the bloc", in its sentence, is the one meant
_SENTENCE_END_RE: Final = re.compile(r"[.!?]\s")
_GENERIC_ORG: Final = {"organization", "organisation", "bloc", "alliance", "grouping", "group", "agency", "body", "организацията", "блока",
                "блокът", "алиансът", "алианса", "групата", "обединението", "организация", "организации", "блок",
                "альянс", "альянса", "объединение", "объединения"}

"""How a sentence's clauses place a cue's arguments: relative clauses (", of which it has been a
member", "Русия, която се присъедини"), coordinated verbs that share a subject, object pronouns
("към него"), gapping ("..., а Швеция - през март 2024 г.", "together with X"), documents that
a cue only describes ("протокол о вступлении Швеции") and objects after a preposition.
"""
from __future__ import annotations

from collections.abc import Set as AbstractSet

import re
from typing import Final

from ..dates import TimeExpr
from ..models import Entity
from .common import _IT, _PREPOSITIONS, _RELATIVE, _THEIR, _actor_list, lo_of
from .context import Context
from .mentions import Mention


def _described_spans(ctx: Context, ms: list[Mention]) -> list[tuple[int, int]]:
    """Where documents named by a description lie ("протокол о вступлении Швеции в НАТО"): the states
    in them are what the document is about, not who acts."""
    text = ctx.article.text
    out = []
    for m in ms:
        if m.entity.type == "Agreement" and m.source in ("generic", "unnamed", "new"):
            label = m.entity.label
            end = m.start + len(label) if text.startswith(label, m.start) else m.end
            if m.source == "new" and end <= m.end:
                continue  # (a name read whole: the names in it are its words; "Съвместната декларация в подкрепа
                # на Украйна", read longer than its mention, describes Ukraine)
            if not any(w in label.lower().split() for w in ("между", "between")):  # (parties named: they act)
                out.append((m.start, end))
    return out


def _presided_event(ctx: Context, s: int, b: int) -> Mention | None:
    """The event a chair cue presides over, when an event noun follows it ("на саммите", "over the
    meeting", "на срещата"): the event the sentence tells of."""
    k = b
    while k < min(len(ctx.words), b + 5) and (ctx.words[k] in ("на", "at", "over", "the", "в", "во", "of") or
                                              (k > b and ctx.words[k] in ctx.lex.words["event_modifiers"]) or
                                              ctx.words[k][:1].isdigit() or
                                              (k > b and ctx.words[k - 1].isdigit() and ctx.words[k] in ctx.lex.words["ordinal_ends"])):
        k += 1  # ("who chaired the one-day meeting", "председательствовал на внеочередном саммите", "председателства
        # 11-ата среща на върха": an ordinal)
    if (k == b and ctx.lex.lang == "en") or k >= len(ctx.words) or ctx.lex.event_heads.match_at(ctx.words, k) is None:
        return None
    ev = ctx.event_for(s)
    if ev is None:
        return None
    tok = ctx.tokens[k]
    return Mention(k, k + 1, tok.start, tok.end, ev.entity, "event", True)


def _whole_body(ctx: Context, m: Mention) -> Mention:
    """The organization an organ belongs to (a state applies to the EU, not to the European Council)."""
    ent = ctx.catalog.entities.get(m.entity.iri)
    if ent is None or not ent.part_of or ent.part_of not in ctx.catalog.entities:
        return m
    return Mention(m.i, m.j, m.start, m.end, ctx.catalog.entity(ent.part_of), m.source, m.proper)


_OBJECT_PRONOUNS: Final = {"него", "нея", "нему", "ней", "нее", "неё", "it", "them", "тях", "ним", "нем", "нём", "них"}


# direct object pronouns, right after the verb or (Bulgarian clitics) right before it
_OBJECT_AFTER: Final = {"en": {"it"}, "ru": {"его", "её", "ее"}}
_OBJECT_BEFORE: Final = {"bg": {"го", "я"}, "ru": {"его", "её", "ее"}}  # ("Ее также ратифицировали Азербайджан, …")
_BETWEEN_OBJECT: Final = {"също", "вече", "също така", "также", "тоже", "уже", "затем"}  # "Ее также ратифицировали"
_OWNER_BEFORE: Final = {"ru": {"его", "её", "ее"}, "en": {"its"}}  # "является его участницей", "its signatories"
_AFTER_ONLY: Final = {"нее", "неё"}  # object pronouns read only after the cue
_TOWARD: Final = {"към", "к", "to", "в", "във", "from", "от", "из", "по"}


def _pronoun_object(ctx: Context, s: int, a: int, b: int, ranges: AbstractSet[str], direct: bool = True,
                    possessive: bool = False) -> Mention | None:
    """"… а миналата година към него се присъединиха ОАЕ", "к нему присоединились Алжир и Уругвай",
    "acceded to it", "е страна по него" (the cue ends with its preposition), and with `possessive` "является
    его участницей": the object pronoun stands for the last treaty or body named before it."""
    words = ctx.words
    spots = [(b, b + 1), (a - 2, a - 1), (a - 3, a - 2), (b - 1, b), (a, a + 1)]  # (a cue that opens with them: "по нея са страни")
    if any(x < len(words) and words[x].startswith(("участ", "particip")) for x in (b, b + 1)):
        spots += [(b + 1, b + 2), (b + 2, b + 3)]  # "приостановила участие в нем", "suspended its participation in it"
    at = next((p for t, p in spots if 0 <= t and p < len(words) and words[t] in _TOWARD and words[p] in _OBJECT_PRONOUNS
               and (p > a or words[p] not in _AFTER_ONLY)), None)  # ("В нее входят Иран …" after "ФСЭГ, который
    # называют «газовой ОПЕК»": read by the body told of; but "вышла из нее": the one named before)
    owners = _OWNER_BEFORE.get(ctx.lex.lang, ())
    if at is None and possessive:  # ("its ten original signatories": a count and adjectives between)
        at = next((k for k in range(a - 1, max(-1, a - 4), -1) if words[k] in owners), None)
    back = 1  # sentences before this one where the antecedent may be named
    if at is None and direct:  # "signed it", "го ратифицира", "ратифицировала его": the direct object
        lang = ctx.lex.lang
        if b < len(words) and words[b] in _OBJECT_AFTER.get(lang, ()):
            at = b
        elif a > 0 and words[a - 1] in _OBJECT_BEFORE.get(lang, ()):
            at = a - 1
        elif a > 1 and words[a - 1] in _BETWEEN_OBJECT and words[a - 2] in _OBJECT_BEFORE.get(lang, ()):
            at = a - 2
        back = 3  # ("It was designed to protect investors. Russia signed it in 1994": further back)
    if at is None:
        return None
    first = ctx.sent_tokens[max(0, s - back)][0]
    before = [m for m in ctx.mentions if first <= m.i and m.j <= at and m.entity.type in ranges
              and m.source != "demonym" and (m.proper or m.entity.type == "Agreement") and not _modifies_a_document(ctx, m)]
    if not before:
        return None
    named = [m for m in before if m.proper] or [
        m for m in ctx.mentions if m.j <= at and m.proper and m.entity.type in ranges and m.source != "demonym"]
    agreeing = [m for m in (named or before) if _agrees(ctx, words[at], m)]
    if not agreeing:
        return None
    m = agreeing[-1]  # "го ратифицира": the convention named, not "a human rights treaty" told of ("В него входят …"
    # after "Генеральной Ассамблее ООН": not the assembly, a feminine noun)
    return Mention(at, at + 1, ctx.tokens[at].start, ctx.tokens[at].end, m.entity, "anaphor", True)


# third-person pronouns by gender (Bulgarian and Russian): a masculine or neuter one never stands for a body or treaty
# whose name's head noun is feminine, nor a feminine one for a masculine or neuter head
_NOT_FEMININE: Final = {"него", "нему", "нем", "нём"}
_FEMININE: Final = {"нея", "нее", "неё", "ней"}
_ADJECTIVE_ENDS: Final = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ски", "ска", "ско", "ния", "ият")
_FEMININE_ENDS: Final = ("а", "я", "ост", "ст")


def _agrees(ctx: Context, pronoun: str, m: Mention) -> bool:
    """Whether a pronoun's gender fits the head noun of the antecedent's name in the article's language (the
    catalog's preferred name: "ЭСЦАГ" is "Экономическое сообщество …", neuter; "ООН" an "Организация")."""
    if pronoun not in _NOT_FEMININE and pronoun not in _FEMININE:
        return True
    ent = ctx.catalog.entities.get(m.entity.iri)
    names = ent.names.get(ctx.lex.lang, []) if ent is not None else []
    name = names[0] if names else ctx.article.text[m.start:m.end]
    head = next((w for w in name.lower().split() if w.isalpha() and not w.endswith(_ADJECTIVE_ENDS)), None)
    if head is None or head.endswith("ь") or len(head) < 3 or head.isupper():
        return True  # (an abbreviation or a soft sign: the gender is not told by the ending)
    feminine = head.endswith(_FEMININE_ENDS)
    return feminine if pronoun in _FEMININE else not feminine


def _modifies_a_document(ctx: Context, m: Mention) -> bool:
    """Whether a body's name only qualifies the document noun after it ("the first U.N. treaty to achieve universal
    ratification … when Timor-Leste joined it": the treaty, not the UN)."""
    return m.entity.type != "Agreement" and m.j < len(ctx.words) and ctx.lex.documents.match_at(ctx.words, m.j) is not None


_SUBJECT_PRONOUNS: Final = {"it", "тя", "то", "той", "она", "оно", "он"}


def _pronoun_patient(ctx: Context, s: int, a: int, ranges: AbstractSet[str]) -> Mention | None:
    """"Тя беше подписана през 1936 г. от Турция, България ...", "It was signed in 1994 by ...": the
    pronoun that opens a passive sentence is the treaty or body named last before it."""
    lo = ctx.sent_tokens[s][0]
    if ctx.words[lo] not in _SUBJECT_PRONOUNS or a - lo > _PRONOUN_TO_CUE:
        return None
    first = ctx.sent_tokens[max(0, s - 3)][0]
    before = [m for m in ctx.mentions if first <= m.i and m.j <= lo and m.entity.type in ranges and m.proper
              and m.source != "demonym"]
    if not before:
        return None
    tok = ctx.tokens[lo]
    return Mention(lo, lo + 1, tok.start, tok.end, before[-1].entity, "anaphor", True)


_PRONOUN_TO_CUE: Final = 6  # tokens from an opening pronoun to its cue ("It now counts more than 160 members")
_SINGULAR_RELATIVE: Final = {"който", "която", "което", "който", "который", "которая", "которое"}


def _singular_relative(ctx: Context, after: int, a: int) -> bool:
    """Whether the relative clause holding the cue opens with a singular pronoun (Bulgarian and Russian)."""
    return any(ctx.words[k] in _SINGULAR_RELATIVE for k in range(after, min(a, after + 3)))


_NEW_CLAUSE_RE: Final = re.compile(r"[,;]\s*(?:and|but|while|и|а|но)\s", re.IGNORECASE)


def _after_preposition(ctx: Context, m: Mention) -> bool:
    """Whether a mention follows a preposition (with "the" between): an object, not a subject. A
    name's abbreviation in brackets counts as the name ("of the Collective … Organization (CSTO)")."""
    named = next((x for x in ctx.mentions_ending(m.start - 3, m.start) if x.entity.iri == m.entity.iri and x.j <= m.i),
                 None)
    if named is not None:
        m = named
    k = m.i - 1
    if k >= 0 and ctx.words[k] == "the":
        k -= 1
    return k >= 0 and ctx.words[k] in _PREPOSITIONS


def _own_relative(ctx: Context, x: int, a: int) -> bool:
    """Whether a relative clause opened after a comma separates the cues at `a` and `x` ("preparing to
    leave the EAEU, of which it has been a member since 2015", "В число партнеров входят Монголия, которая
    была первым наблюдателем ..."): each tells its own act."""
    text = ctx.article.text
    early, late = min(x, a), max(x, a)
    for k in range(max(1, early - 8), late + 1):
        if ctx.words[k] in _RELATIVE:
            first = k - 1 if ctx.words[k - 1] in ("of", "to", "in", "на", "в", "по", "к") else k
            if "," in text[ctx.tokens[first - 1].end:ctx.tokens[first].start] and \
                    (k > early or "," in text[ctx.tokens[early].end:ctx.tokens[late].start]):
                return True  # (or the earlier cue in a clause set off by commas: "Литва, която е членка на
                # НАТО и на ЕС, обсъжда оттегляне от …")
    return False


_MEMBERSHIP: Final = ("membership", "членств", "членство")




_OF_MEMBERS: Final = {"членов", "члены", "членове", "членовете", "членки", "членките", "членок", "участников", "участниц", "members"}


_ABOUT: Final = {"о", "об", "за", "on", "of", "относно"}


_DOCUMENT_WORDS: Final = {"документ", "документа", "документът", "документи", "документы", "documents", "document", "instrument",
                   "instruments"}  # ("документ о присоединении", "instrument of accession")


_NOUN_CUES: Final = {"accession", "withdrawal", "exit", "entry", "membership", "admission"}


def _names_a_document(ctx: Context, a: int, b: int) -> bool:
    """Whether the cue is what a document is about: "протокол о вступлении", "протокола за
    присъединяване", "accession protocol", "the protocol on the accession of ..."."""
    words, docs = ctx.words, ctx.lex.documents
    if b < len(words) and words[b - 1] in _NOUN_CUES and docs.match_at(words, b) is not None:
        return True  # "accession protocol", "accession treaty" (not "напусна Договора": a verb and its object)
    k = a - 1
    if k >= 1 and words[k] in ("the",):
        k -= 1
    return k >= 1 and words[k] in _ABOUT and (docs.match_at(words, k - 1) is not None or words[k - 1] in _DOCUMENT_WORDS)


_COORDINATORS: Final = {"and", "и", "а", "but", "но", "then"}


_VERB_ADVERBS: Final = {"се", "си", "also", "later", "subsequently", "then", "още", "по-късно", "впоследствии", "затем", "также",
                 "позже", "официално", "officially", "formally", "официально",
                 "го", "я", "ги"}  # (a Bulgarian object clitic before the verb: "подписа ДТО … и го ратифицира")
# a copula before a noun cue ("and has been a party to it", "и е страна по него", "и является его участницей")
_BEFORE_NOUN_CUE: Final = {"is", "are", "has", "have", "been", "a", "an", "remains", "remain", "е", "са", "остава", "остават",
           "является", "являются", "остается", "остаются", "его", "её", "ее"}


def _coordinated_verb(ctx: Context, s: int, a: int) -> int | None:
    """The token of "and"/"и"/", а" when the cue's verb is coordinated with an earlier one and has no
    subject of its own ("... and joined BRICS in 2024", ", а в январе 2024 года присоединился к БРИКС")."""
    lo = lo_of(ctx, s)
    spans = [(t.start, t.end) for t in ctx.times_in(s)]
    k = a - 1
    while k > lo:
        w = ctx.words[k]
        tok = ctx.tokens[k]
        if any(x <= tok.start < y for x, y in spans) or w in _VERB_ADVERBS or w in _BEFORE_NOUN_CUE or \
                (w in _PREPOSITIONS and any(x <= ctx.tokens[k + 1].start < y for x, y in spans)):
            k -= 1
            continue
        break
    if k <= lo or ctx.words[k] not in _COORDINATORS or k == a - 1 and ctx.words[a].endswith("ing"):
        return None
    return k


_GAP_SPLIT: Final = re.compile(r"\s*[,;]\s*(?:(?:а|и|and|while|whereas)\s+)?|\s+(?:а|and|while|whereas)\s+"
                        r"|\s+и\s+(?=(?:на|в|във|към|к|из)\s)")  # ("член на НАТО от 2004 г. и на ЕС от 2007 г.")


_ALONG: Final = ("together with", "along with", "alongside", "including", "among them", "заедно с", "заедно със", "наред с",
          "включително", "сред които и", "сред които", "сред тях", "вместе с", "наряду с", "в том числе",
          "среди которых")
_ALONG_RE: Final = re.compile("|".join(map(re.escape, _ALONG)))


_FOLLOWED_BY: Final = ("followed by", "последвана от", "последван от", "последвано от", "последвани от", "а за ней", "а за ним")


def _after_phrase(ctx: Context, k: int, phrases: tuple[str, ...], quick: re.Pattern[str] | None = None
                  ) -> tuple[int, int] | None:
    """The token right after the first of `phrases` in the twelve words from token k, and the end of
    the sentence; None when none is there (`quick`, one expression for all of them, says so first)."""
    hi = ctx.sent_tokens[ctx.sentence_of_token(max(0, k - 1))][1]
    window = " ".join(ctx.words[k:min(hi, k + 12)])
    if quick is not None and quick.search(window) is None:
        return None   # (most windows hold none of them: one search says so)
    phrase = next((p for p in phrases if p in window), None)
    if phrase is None:
        return None
    return k + window[:window.index(phrase)].count(" ") + len(phrase.split()), hi


def _actors_from(ctx: Context, ms: list[Mention], start: int, domain: set[str]) -> list[Mention]:
    """The actor list that begins at token start (or the one after it)."""
    first = next((m for m in ms if start <= m.i <= start + 1 and m.entity.type in domain and m.source != "demonym"), None)
    return _actor_list(ms, first, domain, ctx) if first else []


def _followed_by(ctx: Context, ms: list[Mention], k: int, domain: set[str]) -> list[Mention]:
    """"Palau ratified it in January 2024, followed by Chile": Chile did the same, later (no date of
    its own here)."""
    found = _after_phrase(ctx, k, _FOLLOWED_BY)
    return _actors_from(ctx, ms, found[0], domain) if found else []


def _along_with(ctx: Context, ms: list[Mention], k: int, domain: set[str]) -> list[Mention]:
    """"… са страни по СВПД от 2015 г., заедно с Иран, Русия и Китай": more subjects after the object."""
    found = _after_phrase(ctx, k, _ALONG, _ALONG_RE)
    if found is None:
        return []
    start, hi = found
    while start < hi and ctx.words[start] in _THEIR:  # "alongside his counterparts Gerardo Werthein of Argentina"
        start += 1
        cue = ctx.lex.roles.match_at(ctx.words, start)
        start += len(cue.words) if cue is not None else 0
    return _actors_from(ctx, ms, start, domain)


def _gapped(ctx: Context, s: int, after: int, domain: set[str]) -> list[tuple[list[Entity], TimeExpr, bool]]:
    """Gapping: "Финландия се присъедини към НАТО през април 2023 г., а Швеция - през март
    2024 г.", "joined in 2017, and Iran in 2023": the verb left out, a new actor and date."""
    lo, hi = ctx.sent_tokens[s]
    if after >= hi:
        return []
    text = ctx.article.text
    start, end = ctx.tokens[after].start, ctx.sentences[s][1]
    # every piece lies in text[start:end]: the tokens, times and actors there, read once (a piece
    # past the cue's own clause needs a time and an actor: without either there, there is none)
    in_times = [t for t in ctx.times_starting(start, end) if t.kind != "anniversary"]
    if not in_times:
        return []
    in_actors = [m for m in ctx.mentions_starting(start, end) if m.entity.type in domain and m.source != "demonym"]
    if not in_actors:
        return []
    trig = {x for x, _, _ in ctx.lex.triggers.find(ctx.words, after, hi)}
    in_toks = [(k, ctx.tokens[k].start) for k in range(after, hi) if start <= ctx.tokens[k].start < end]
    out: list[tuple[list[Entity], TimeExpr, bool]] = []
    pos = start
    for piece in _GAP_SPLIT.split(text[start:end]):
        p0 = text.index(piece, pos) if piece else pos
        p1 = p0 + len(piece)
        pos = p1
        if not piece.strip():
            continue
        toks = [k for k, at in in_toks if p0 <= at < p1]
        times = [t for t in in_times if p0 <= t.start < p1]
        actors = [m for m in in_actors if p0 <= m.start < p1]
        reported = bool(toks) and bool(ctx.lex.report.find(ctx.words, toks[0], toks[-1] + 1))
        if not toks or len(toks) > 9 or not times or not actors or trig & set(toks) or reported:
            if out or p0 > start:
                break
            continue  # the rest of the cue's own clause
        if ctx.words[toks[0]] in _PREPOSITIONS and (actors[0].i == toks[0] + 1 or
                                                    (actors[0].i == toks[0] + 2 and ctx.words[toks[0] + 1] == "the")):
            out.append(([m.entity for m in actors], times[0], True))  # "... и на ЕС от 2007 г.": another object
        else:
            out.append(([m.entity for m in actors], times[0], False))
    return out


_TITLE_WORDS: Final = 8  # tokens of a title between "with" and the person it names, at most


def _counterparties(ctx: Context, ms: list[Mention], doc: Mention, after: int, words: tuple[str, ...],
                    domain: set[str]) -> list[Mention]:
    """"signed a free trade agreement with Argentina, Brazil …", "подписа меморандум с Азербайджан":
    the other side of the agreement signed it too. The "with" stands inside the document's words
    or right after them; the side follows it, or after a description and a comma ("with a
    Southeast Asian country, Singapore")."""
    hi = ctx.sent_tokens[ctx.sentence_of_token(doc.i)][1]
    k = next((k for k in range(doc.i + 1, min(hi, max(doc.j, after) + 1)) if ctx.words[k] in words), None)
    if k is None:
        return []
    if "Person" in domain and k + 1 < hi and ctx.lex.roles.match_at(ctx.words, k + 1) is not None:
        person = next((m for m in ms if k < m.i <= k + _TITLE_WORDS and m.entity.type == "Person"), None)
        if person is not None and all(m.entity.type in ("State", "Organization") for m in ms
                                      if k < m.i < person.i and m is not doc):
            return _actor_list(ms, person, {"Person"}, ctx)  # "с министром обороны Турции Хулуси Акаром": the
            # person the title is his (not the state inside it)
    first = next((m for m in ms if k < m.i <= k + 6 and m.entity.type in domain and m.source != "demonym"), None)
    if first is None or any(k < m.i < first.i for m in ms if m is not doc):
        return []
    gap = ctx.article.text[ctx.tokens[k].end:first.start]
    if first.i > k + 2 and not gap.rstrip().endswith(","):
        return []  # "with the participation of Russia": not a side of the agreement
    return _actor_list(ms, first, domain, ctx)

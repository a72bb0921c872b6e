"""Documents and initiatives an article names only by what they are: "proposed creating a BRICS
grain exchange", "предложи създаването на международна група", and documents by their kind: "the leaders adopted a declaration",
"приеха решение за ...", "приняла резолюцию, в которой ...". The noun phrase after an
adopting or signing verb names an agreement of this article: its IRI is scoped to the
article (two articles' "declaration" are not one document), its label is the phrase as
written, and the shorter readings (head with its adjectives, the head alone) stay as labels.
"""
from __future__ import annotations

import hashlib
import re
from typing import Final

from ..models import Entity
from ..namespaces import ENTITY_NAMESPACES
from .context import Context
from .mentions import Mention, is_adjective, new_entity

# words after a document's head that carry its description on ("decision confirming that ...",
# "resolution granting ...", "решение за ...", "соглашение о ...")
_LINKS: Final = {
    "en": {"of", "on", "for", "to", "about", "between", "with", "against", "regarding", "concerning", "by"},
    "bg": {"за", "на", "относно", "по", "между", "с", "със", "срещу", "от"},
    "ru": {"о", "об", "по", "между", "с", "со", "против", "для"},
}
# a Russian noun or adjective in the genitive goes on without a preposition ("стратегию развития
# ШОС", "Заявление Совета коллективной безопасности")
_GENITIVE_ENDS: Final = ("ия", "ии", "ого", "его", "ой", "ей", "ых", "их", "ов", "ев", "ства", "ения", "ания", "ета", "ата",
                  "нта", "ра", "ла", "да")  # ("проект документа", "план совета")
# a relative clause that describes the document: "решение, с което ...", "a resolution, by which ..."
_RELATIVE_OPENERS: Final = {"с", "в", "по", "by", "in", "under", "with", "според", "със"}
# words that end a description: a relative clause or a new clause begins
_STOPS: Final = {"which", "who", "that", "where", "when", "while", "but", "and", "as", "after", "before", "by",
          "който", "която", "което", "които", "където", "когато", "но", "а", "и", "след", "като",
          "который", "которая", "которое", "которые", "которой", "которую", "где", "когда", "но", "а", "и", "после"}
# a preposition before a date ends a description: "a declaration on security in 2024" was adopted
# in 2024, while "the strategy until 2035" names the document's own horizon
_DATE_PREPOSITIONS: Final = {"in", "on", "at", "през", "в", "във", "на", "во"}
_AUXILIARIES: Final = {"was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "беше", "бяха", "бе", "е", "са",
                "был", "была", "было", "были", "будет"}
_COMPLEMENTIZERS: Final = {"that", "че", "да", "что", "чтобы"}  # "a decision confirming that X will chair in 2026"
_DETERMINERS: Final = {"a", "an", "the", "its", "their", "his", "her", "new", "first"}
_CLAUSE_END_RE: Final = re.compile(r"[,;:()\"«»“”\n—–]")  # (a full stop inside a sentence ends "г.", "U.S.")
_SPAN: Final = 6        # tokens between the verb and the document's head, at most
_DESCRIPTION: Final = 14  # tokens of description after the head, at most


def unnamed_document(ctx: Context, s: int, b: int, obj: Mention | None, avoid: tuple[str, ...] = ()) -> Mention | None:
    """The document after the cue ending at token b when the clause names it only by its kind,
    or None. A named agreement before that head (`obj`) keeps its place; one inside the
    description ("amendments to the International Health Regulations") does not."""
    hi_sent = ctx.sent_tokens[s][1]
    text = ctx.article.text
    found = ctx.lex.documents.find(ctx.words, b, min(hi_sent, b + _SPAN))
    if not found:
        return _document_before(ctx, s, b, obj)
    k, head_end, _ = found[0]
    if obj is not None and b <= obj.i <= k:
        return None
    if any(_CLAUSE_END_RE.search(text[ctx.tokens[x - 1].end:ctx.tokens[x].start]) for x in range(b, k + 1) if x > 0):
        return None  # "adopted, in a statement, ...": not the verb's object
    if avoid and ctx.words[k].startswith(avoid):
        return None  # "signed a law": not an agreement
    if k > 0 and ctx.words[k - 1] in ctx.lex.words["these"]:
        return None  # "подписали эти протоколы много лет назад": documents told of before, no new one
    if any(m.i <= k < m.j and m.source != "generic" and not (m.source == "anaphor" and obj is None and m.i == b)
           for m in ctx.mentions_in(s)):
        return None  # a name or an anaphor the mention finders already read (not a common noun's phrase)
    lang = ctx.lex.lang
    if lang == "en" and "s" in ctx.words[b:k]:
        return None  # "ratified the country's accession protocol": a document told of before, not a new one
    lo = k
    named = {x for m in ctx.mentions_in(s) if m.proper and (lang != "en" or m.entity.type == "Place")
             for x in range(m.i, m.j)}  # ("подписаха в София протокола": not the document's word; "the OAS Charter" is)
    while lo - 1 >= b and lo - 1 not in named and (is_adjective(ctx.words[lo - 1], lang) or
                            (lang == "en" and ctx.words[lo - 1] not in _DETERMINERS and
                             (any(ctx.words[d] in _DETERMINERS for d in range(b, lo - 1)) or
                              all(ctx.tokens[d].text.isalpha() and ctx.tokens[d].text.islower() and
                                  ctx.words[d] not in _STOPS for d in range(b, lo))))):
        lo -= 1  # "a new joint declaration", "ratifies comprehensive strategic partnership treaty"
    short_end = head_end
    end = _description_end(ctx, head_end, hi_sent)
    relative = _relative_end(ctx, end, hi_sent)
    if ctx.words[k] in ctx.lex.words["vague_documents"] and relative is None and \
            (end == head_end or " ".join(ctx.words[head_end:head_end + 2]) in ctx.lex.words["vague_after"] or
             ctx.words[head_end] in ctx.lex.words["vague_after"]):
        return None  # "adopted the relevant decision", "приняла решение о том, что …", "пакет": nothing named (but
        # "прие решение, с което председателството … се поверява на Швейцария" tells what it holds)
    first_stop = _description_end(ctx, head_end, hi_sent, stop_at_coordination=True)
    spans = [first_stop, end, short_end]  # the reading up to "and" names it; the longer one is a label
    if relative is not None:
        spans.append(relative)
    names = [text[ctx.tokens[lo].start:ctx.tokens[e - 1].end] for e in spans]
    names.append(text[ctx.tokens[k].start:ctx.tokens[head_end - 1].end])
    name = names[0]
    labels = tuple(dict.fromkeys(n for n in names[1:] if n != name))
    alike = _named_alike(ctx, k, end)
    if alike is None and lo == k and end == head_end:
        alike = _told_unnamed(ctx, k)  # "signed the agreement" after "an agreement on …" was told
    return _remembered(ctx, Mention(lo, end, ctx.tokens[lo].start, ctx.tokens[end - 1].end,
                                    alike if alike is not None else document_entity(ctx.article.doc, name, labels),
                                    "unnamed", proper=False))


_STEM: Final = 5         # letters of a word that stand for its forms ("гаранции", "гаранциите"; "security", "securities")
_DESCRIBING: Final = 2   # words besides the head a description needs before it can be told as a named agreement's


def _stems(words: list[str], lo: int, hi: int) -> set[str]:
    return {w[:_STEM] for w in words[lo:hi] if len(w) > 3 and w.isalpha()}


def described_named(ctx: Context) -> None:
    """Read each agreement the article names only by its kind, in lower case, as the named agreement
    it describes (`_named_alike`): a headline's "договор за гаранции за сигурност" is the treaty the
    text names in full."""
    for x, m in enumerate(ctx.mentions):
        if m.source == "generic" and m.entity.type == "Agreement":
            alike = _named_alike(ctx, m.i, m.j)
            if alike is not None:
                ctx.mentions[x] = Mention(m.i, m.j, m.start, m.end, alike, m.source, m.proper)


def _named_alike(ctx: Context, k: int, end: int) -> Entity | None:
    """The named agreement of the article that a document told by its kind describes: every word of
    the description is a word of the name ("Путин и Лукашенко подписаха договор за гаранции за сигурност"
    in a headline, "Договора за гаранциите за сигурност в рамките на Съюзната държава" in the text).
    One such agreement only; a description of fewer than two words besides its head tells too little."""
    words = _stems(ctx.words, k, end)
    if len(words) < _DESCRIBING + 1:
        return None
    named = ctx._cached("named_agreements", ctx.mentions, lambda: [
        (m.entity, _stems(ctx.words, m.i, m.j)) for m in ctx.mentions
        if m.proper and m.entity.type == "Agreement" and m.source != "anaphor"])
    alike = {e.iri: e for e, stems in named if words <= stems}
    return next(iter(alike.values())) if len(alike) == 1 else None


def _document_before(ctx: Context, s: int, b: int, obj: Mention | None) -> Mention | None:
    """The object told before its verb at the start of the clause ("Проект резолюции внесли ОАЭ",
    "Меморандума подписаха министрите"): a document whose description runs up to the verb."""
    lo_sent, hi_sent = ctx.sent_tokens[s]
    a = b - 1
    while a > lo_sent and ctx.lex.triggers.match_at(ctx.words, a - 1) is not None and a > b - 3:
        a -= 1
    while a > lo_sent and ctx.words[a - 1] in _AUXILIARIES:
        a -= 1  # "A memorandum … was signed by …"
    found = ctx.lex.documents.find(ctx.words, max(lo_sent, a - _DESCRIPTION - 2), a)
    if not found or obj is not None:
        return None
    k, head_end, _ = found[0]
    start = k - 1 if k > lo_sent and ctx.words[k - 1] in _DETERMINERS else k
    end = _description_end(ctx, head_end, a)
    reduced = end == a and ctx.lex.lang == "en" and b < hi_sent and (
        (a == b - 1 and ctx.words[a].endswith("ed") and ctx.words[b] in ("at", "by", "on", "in", "during")) or
        ctx.words[b] == "by")  # "in a joint statement adopted at the meeting", "a resolution put forward by Russia"
    if start != lo_sent and not reduced and \
            not _CLAUSE_END_RE.search(ctx.article.text[ctx.tokens[start - 1].end:ctx.tokens[start].start]):
        return None  # only a clause's first words: "..., and the declaration was adopted" is another rule's
    if end != a and not _subject_between(ctx, end, a):
        return None
    if any(m.i <= k < m.j for m in ctx.mentions_in(s)):
        return None
    text = ctx.article.text
    if reduced:  # "a 2019 General Assembly resolution put forward by …": the words that describe it before its head
        while k > lo_sent and ctx.words[k - 1] not in _DETERMINERS and \
                (ctx.tokens[k - 1].is_cap or ctx.words[k - 1].isdigit()) and \
                not _CLAUSE_END_RE.search(text[ctx.tokens[k - 2].end:ctx.tokens[k - 1].start] if k > 1 else ""):
            k -= 1
    name = text[ctx.tokens[k].start:ctx.tokens[end - 1].end]
    head = text[ctx.tokens[k].start:ctx.tokens[head_end - 1].end]
    labels = (head,) if head != name else ()
    told = _told_unnamed(ctx, k) if name == head else None
    return _remembered(ctx, Mention(k, end, ctx.tokens[k].start, ctx.tokens[end - 1].end,
                                    told or document_entity(ctx.article.doc, name, labels), "unnamed", proper=False))


def final_document(ctx: Context, s: int, b: int) -> Mention | None:
    """"принятием итогового документа", "the adoption of a final document": a document named by what it closes."""
    hi = ctx.sent_tokens[s][1]
    k = b
    while k < min(hi, b + 2) and ctx.words[k] in ("of", "a", "the"):
        k += 1
    if k + 1 >= hi or ctx.words[k] not in ctx.lex.words["own_documents"] or \
            ctx.words[k + 1] not in ctx.lex.words["document_nouns"]:
        return None
    name = ctx.article.text[ctx.tokens[k].start:ctx.tokens[k + 1].end]
    return Mention(k, k + 2, ctx.tokens[k].start, ctx.tokens[k + 1].end, document_entity(ctx.article.doc, name, ()),
                   "unnamed", proper=False)


def _told_unnamed(ctx: Context, k: int) -> Entity | None:
    """The document the article named only by its kind before, of the same kind as the bare noun at token k: "Brazil
    and CERN signed an agreement on associate membership … The agreement was signed by …" (one document)."""
    stem = ctx.words[k][:_STEM]
    return next((e for head, e in reversed(ctx._index.get("unnamed_docs", [])) if head == stem), None)


def _remembered(ctx: Context, m: Mention) -> Mention:
    """`m`, a document named by its kind, kept for the bare nouns that refer to it later (`_told_unnamed`)."""
    heads = ctx.lex.documents.find(ctx.words, m.i, m.j)
    if heads:
        ctx._index.setdefault("unnamed_docs", []).append((ctx.words[heads[0][0]][:_STEM], m.entity))
    return m


def _subject_between(ctx: Context, end: int, verb: int) -> bool:
    """Whether the words from `end` to the verb are its subject: an office and what qualifies it
    ("министры торговли единогласно")."""
    found = ctx.lex.roles.match_at(ctx.words, end)
    return found is not None and verb - end <= 5


def _description_end(ctx: Context, head_end: int, hi: int, stop_at_coordination: bool = False) -> int:
    """Where the description after a document's head ends: at the clause's end, at a relative
    pronoun, or (for the shorter reading) at "and" too."""
    lang = ctx.lex.lang
    words, text = ctx.words, ctx.article.text
    k = head_end
    if k >= hi:
        return head_end
    first = words[k]
    if not (first in _LINKS.get(lang, ()) or (lang == "en" and first.endswith("ing") and len(first) > 5) or
            (lang == "ru" and first not in _STOPS and first.endswith(_GENITIVE_ENDS))):
        return head_end
    end = head_end
    dated = {ctx.token_at(t.start) for t in ctx.times_in(ctx.sentence_of_token(head_end - 1))}
    while k < hi and k - head_end < _DESCRIPTION:
        if _CLAUSE_END_RE.search(text[ctx.tokens[k - 1].end:ctx.tokens[k].start]):
            break
        w = words[k]
        if w in _DATE_PREPOSITIONS and (k + 1 in dated or k in dated) and \
                not any(x in _COMPLEMENTIZERS for x in words[head_end:k]):
            break
        if k in dated and k > head_end and words[k - 1] not in _LINKS.get(lang, ()) and not w.isdigit():
            break  # "an accession roadmap for Jakarta last year": the act's date, not the document's
        if w in _STOPS and (stop_at_coordination or w not in ("and", "и", "that")):
            break
        if lang != "en" and w.endswith(_PLURAL_PAST.get(lang, ())):
            break  # "Внесенный Россией проект резолюции поддержали 12 стран": the clause's verb after its object
        if lang != "en" and k > head_end + 1 and ctx.lex.roles.match_at(words, k) is not None and \
                words[k - 1] not in _LINKS.get(lang, ()):
            break  # "Решение о принятии обеих стран министры торговли одобрили": the subject, not the document
        k += 1
        if w not in _LINKS.get(lang, ()):
            end = k
    return end


# plural past verbs (a clause's verb, no word of a description): "поддержали", "одобрили", "подкрепиха"
_PLURAL_PAST: Final = {"ru": ("али", "или", "яли", "ыли"), "bg": ("аха", "яха", "иха", "еха", "оха")}


def _relative_end(ctx: Context, end: int, hi: int) -> int | None:
    """The end of a relative clause right after the document ("решение, с което председателството
    ... се поверява на Швейцария"), for a longer reading of its name; None when none follows."""
    k = end
    if k >= hi or "," not in ctx.article.text[ctx.tokens[k - 1].end:ctx.tokens[k].start]:
        return None
    if not (ctx.words[k] in _STOPS and ctx.words[k] not in ("and", "и", "but", "но", "а") or
            (ctx.words[k] in _RELATIVE_OPENERS and k + 1 < hi and ctx.words[k + 1] in _STOPS)):
        return None
    k += 1
    while k < hi and k - end < _DESCRIPTION and \
            not _CLAUSE_END_RE.search(ctx.article.text[ctx.tokens[k - 1].end:ctx.tokens[k].start]):
        k += 1
    return k


def document_entity(doc: str, name: str, labels: tuple[str, ...]) -> Entity:
    """An agreement known only from this article: the IRI hashes the article and the phrase."""
    slug = re.sub(r"\W+", "-", name.lower()).strip("-")[:50] or "document"
    digest = hashlib.sha1(f"{doc}|{name}".encode()).hexdigest()[:8]
    return Entity(iri=f"{ENTITY_NAMESPACES['Agreement']}{slug}-{digest}", label=name, type="Agreement",
                  labels=labels, in_catalog=False)


_INITIATIVE_WORDS: Final = 12  # tokens of an initiative's description, at most
_BEFORE_CREATION: Final = 3    # tokens between the proposing verb and the creation word ("proposed to partners to create")


def proposed_initiative(ctx: Context, s: int, b: int) -> Mention | None:
    """What a proposal creates, when the proposing verb (ending at token b) is followed by a
    word of making ("proposal to build a new architecture of security in Eurasia", "предложил
    создать зерновую биржу БРИКС"): the phrase after it, as an initiative named as written."""
    hi = ctx.sent_tokens[s][1]
    found = ctx.lex.creation.find(ctx.words, b, min(hi, b + _BEFORE_CREATION + 1))
    if not found:
        return None
    _, lo, _ = found[0]
    text, words = ctx.article.text, ctx.words
    if lo < hi and words[lo] in ("a", "an", "the"):
        lo += 1
    if lo >= hi or _CLAUSE_END_RE.search(text[ctx.tokens[lo - 1].end:ctx.tokens[lo].start]):
        return None
    inside = [m for m in ctx.mentions_in(s) if m.i == lo and m.entity.type in ("Initiative", "Agreement")]
    if inside and inside[0].proper:
        return inside[0]  # "proposed creating the Global Biofuels Alliance": a name already read
    named_at = [m for m in ctx.mentions_in(s) if m.i <= lo < m.j and m.proper]
    report = ctx.lex.report
    k, end, short = lo, lo, None
    while k < hi and k - lo < _INITIATIVE_WORDS:
        if k > lo and _CLAUSE_END_RE.search(text[ctx.tokens[k - 1].end:ctx.tokens[k].start]):
            break
        w = words[k]
        if w in _STOPS and k > lo:
            if short is None:
                short = end
            if w not in ("and", "и") or (k + 1 < hi and (report.match_at(words, k + 1) is not None or
                                                          words[k + 1].endswith("ed"))):
                break  # "... in Eurasia and said the organization ...": a new clause
        k += 1
        end = k
    if end - lo < 2:
        return None
    if any(m.j >= (short or end) for m in named_at):
        return None  # "proposed creating the SCO Development Bank": a body, not an initiative (but "setting up
        # an ECO climate and environment fund" is one: the body only names it)
    name = text[ctx.tokens[lo].start:ctx.tokens[end - 1].end]
    labels = (text[ctx.tokens[lo].start:ctx.tokens[short - 1].end],) if short and short - lo >= 2 else ()
    return Mention(lo, end, ctx.tokens[lo].start, ctx.tokens[end - 1].end,
                   new_entity(name, "Initiative", ctx.lex.lang, labels), "unnamed", proper=False)


_PROPOSAL_WORDS: Final = 8  # tokens of a proposal's description after its verb, at most
_PROPOSAL_CLAUSE_END_RE: Final = re.compile(r"[,;:()\n—–]")  # quotes may sit inside: a "Friends of the CTBT" outreach


def proposed_object(ctx: Context, s: int, a: int, b: int, any_verb: bool = False) -> Mention | None:
    """The proposal itself as the direct object of a proposing verb at tokens [a, b) ("Modi
    proposed a BIMSTEC business forum", "предложи нов формат за диалог", "выдвинула идею
    Евразийской хартии …"): a name already read there, or an initiative named as written.
    Only verbs of the lexicon's `proposal` table (or any, for `any_verb`: a verb of presenting,
    whose object the caller checks): "the proposed treaty" or "a proposal" name no object this way."""
    lex = ctx.lex
    cue = lex.proposal_verbs.match_at(ctx.words, a)
    lo_s, hi = ctx.sent_tokens[s]
    if (not any_verb and (cue is None or a + len(cue.words) != b)) or (a > lo_s and ctx.words[a - 1] in _DETERMINERS):
        return None
    words, tokens, text = ctx.words, ctx.tokens, ctx.article.text
    k = b
    carrier = lex.proposal_carriers.match_at(words, k) if k < hi else None
    if carrier is not None:
        k += len(carrier.words)  # "the idea of a special court": the court is what is proposed
    while k < hi and words[k] in _DETERMINERS and words[k] not in ("new", "first"):
        k += 1
    if k < hi and lex.creation.match_at(words, k) is not None:
        return None  # "proposed setting up …": what is to be made is read by `proposed_initiative`
    if k >= hi or words[k] in lex.proposal_not_first or words[k] in _STOPS or not tokens[k].text[0].isalpha() or \
            words[k].endswith(lex.proposal_not_first_ends) or \
            any(_PROPOSAL_CLAUSE_END_RE.search(text[tokens[x - 1].end:tokens[x].start]) for x in range(b, k + 1)):
        return None
    lo = k
    mentions = ctx.mentions_in(s)
    dated = {ctx.token_at(t.start) for t in ctx.times_in(s)}
    end, short = lo, None
    while k < hi and k - lo < _PROPOSAL_WORDS:
        if _proposal_ends_at(ctx, k, lo, dated):
            break
        w = words[k]
        if k > lo and short is None and w in _LINKS.get(lex.lang, ()):
            short = end  # "a new energy centre in Bengaluru": "new energy centre" is a label too
        k += 1
        end = k
    if end < hi and words[end] in lex.proposal_clause_after:
        return None  # "предложи въпросът да бъде решен …": the subject of what is proposed
    named = next((m for m in mentions if m.i == lo and m.proper), None)
    if named is not None and named.j >= end:
        return named if named.entity.type in ("Initiative", "Agreement") else None  # a name read whole
    if any(m.i < lo < m.j or (m.i <= lo and m.j > end) for m in mentions):
        return None
    if end - lo < 1 or (end - lo == 1 and not is_adjective(words[lo], lex.lang) and tokens[lo].text.islower() and
                        len(words[lo]) < 4):
        return None
    name = _QUOTES_RE.sub("", text[tokens[lo].start:tokens[end - 1].end]).strip()
    labels = (_QUOTES_RE.sub("", text[tokens[lo].start:tokens[short - 1].end]).strip(),) if short and short > lo else ()
    return Mention(lo, end, tokens[lo].start, tokens[end - 1].end,
                   new_entity(name, "Initiative", lex.lang, labels), "unnamed", proper=False)


_QUOTES_RE: Final = re.compile(r"[\"«»“”„]")


def _proposal_ends_at(ctx: Context, k: int, lo: int, dated: set[int]) -> bool:
    """Whether a proposal's description (from token lo) ends before token k: a clause mark, a date or its preposition,
    a stop word or one of the lexicon's words that end it (an addressee, a time, a purpose)."""
    words, tokens = ctx.words, ctx.tokens
    if k > lo and _PROPOSAL_CLAUSE_END_RE.search(ctx.article.text[tokens[k - 1].end:tokens[k].start]):
        return True
    w = words[k]
    return k in dated or (w in _DATE_PREPOSITIONS and k + 1 in dated) or \
        (k > lo and (w in _STOPS or ctx.lex.proposal_ends.match_at(words, k) is not None))
_NOUN_AFTER_VERB: Final = 4  # tokens from a proposing verb to the noun "proposal" ("внесе в СТО предложение")


def proposal_on(ctx: Context, s: int, a: int, b: int) -> Mention | None:
    """A proposal named by what it is about, when the proposing cue is the noun itself ("внесе в СТО предложение за
    постепенно намаляване на вътрешната подкрепа", "a proposal to phase out farm subsidies", "предложение о
    сокращении пошлин"): the noun and its topic up to the clause's end, an initiative named as written (no
    name read there: "a proposal on the Pact for the Future" is that pact's). The cue at [a, b) is the noun or a verb
    the noun follows closely ("submitted to the WTO a proposal to …")."""
    lex, words, tokens, text = ctx.lex, ctx.words, ctx.tokens, ctx.article.text
    hi = ctx.sent_tokens[s][1]
    a = next((k for k in range(a, min(hi, b + _NOUN_AFTER_VERB + 1)) if words[k] in lex.words["proposals"]), hi)
    if a + 2 >= hi or \
            _PROPOSAL_CLAUSE_END_RE.search(text[tokens[a].end:tokens[a + 1].start]):
        return None
    link = words[a + 1]
    if not (link in lex.words["document_topic_links"] and link not in ("the", "на", "of")) and \
            not (link == "to" and words[a + 2] not in _DETERMINERS and tokens[a + 2].text.islower()):
        return None  # ("a proposal to the WTO": whom it went to)
    lo = k = a + 2
    dated = {ctx.token_at(t.start) for t in ctx.times_in(s)}
    while k < hi and k - lo < _PROPOSAL_WORDS and not _proposal_ends_at(ctx, k, lo, dated):
        k += 1
    if k - lo < 2 or any(m.proper and lo <= m.i < k for m in ctx.mentions_in(s)):
        return None
    name = _QUOTES_RE.sub("", text[tokens[a].start:tokens[k - 1].end]).strip()
    topic = _QUOTES_RE.sub("", text[tokens[lo].start:tokens[k - 1].end]).strip()
    return Mention(a, k, tokens[a].start, tokens[k - 1].end, new_entity(name, "Initiative", lex.lang, (topic,)),
                   "unnamed", proper=False)


def proposal_before(ctx: Context, s: int, a: int) -> Mention | None:
    """The thing proposed, told before a passive proposing verb when no name was read there: "The idea of a special
    court was first proposed by Ukraine", "Идеята за специален трибунал беше предложена от Украйна" (the words from
    the sentence's start, past a carrier such as "the idea of", to the auxiliaries before the verb)."""
    lo, words, tokens, text = ctx.sent_tokens[s][0], ctx.words, ctx.tokens, ctx.article.text
    end = a
    while end > lo and (words[end - 1] in ctx.lex.words["passive_aux"] or words[end - 1] in ctx.lex.words["at_first"]):
        end -= 1
    k = lo
    carrier = ctx.lex.proposal_carriers.match_at(words, k)
    if carrier is None:
        return None  # (only a carried proposal: a bare "The corridor was proposed by …" names nothing new)
    k += len(carrier.words)
    while k < end and words[k] in _DETERMINERS and words[k] not in ("new", "first"):
        k += 1
    if not 2 <= end - k <= _PROPOSAL_WORDS or any(_PROPOSAL_CLAUSE_END_RE.search(text[tokens[x - 1].end:tokens[x].start])
                                                  for x in range(k + 1, end)):
        return None
    if any(m.i < end and k < m.j and m.proper for m in ctx.mentions_in(s)):
        return None  # a name read there is the object already
    name = _QUOTES_RE.sub("", text[tokens[k].start:tokens[end - 1].end]).strip()
    return Mention(k, end, tokens[k].start, tokens[end - 1].end, new_entity(name, "Initiative", ctx.lex.lang), "unnamed",
                   proper=False)

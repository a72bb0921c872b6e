"""The rule-based extractor: catalog-linked mentions, cue words and argument types.

For each sentence it finds relation cues (lexicon/triggers.toml), picks the subject and
object among the sentence's mentions by the relation's domain and range and by word
order, expands coordinated lists, reads negation, hedging and reported speech before
the cue, and attaches the nearest time expression (explicit or implied).

This module builds the context and turns what the rules found into claims; the rules
themselves are in officials.py, events.py, relations.py (with agents.py, antecedents.py,
clauses.py, partners.py and proxies.py), coreference.py, people.py, documents.py, formats.py,
chairs.py, speakers.py, followers.py, signers.py and timing.py (shared parts in common.py).
"""
from __future__ import annotations

from dataclasses import replace
from operator import attrgetter
from typing import Final

from ..catalog import Catalog, load_catalog
from ..dates import find_times
from ..models import Article, Claim, Evidence, Extraction, Mention as OutMention, When
from ..text import index_left, index_right, sentences, tokenize
from .common import Found, _gap
from .context import Context
from .documents import described_named
from .events import events, places, seats_of_secretariats, title_sentence
from .chairs import state_chairs
from .coreference import anaphor_mentions, home_mentions, known_as
from .punctuated import punctuated_names
from .quoted import quoted_names
from .followers import followers
from .timing import _as_when
from .formats import formats, member_lists
from .lexicon import lexicon, words_of
from .mentions import (Mention, abbreviation_definitions, catalog_mentions, head_mentions, hyphened_article, is_adjective,
                       new_entity, resolve_overlaps, towns_after_nouns, towns_before_states, capitals_described)
from .officials import officials
from .people import (family_first_names, listed_people, people_of_states, possessed_people, person_anaphors, person_mentions,
                     surname_mentions, titled_people)
from .relations import relations
from .signers import adopted_at_event, chairs_attend, charter_founders, event_documents, original_parties, signers_attend
from .speakers import quoted_participants

class RulesExtractor:
    """Extract claims with hand-written, language-aware rules over catalog-linked mentions."""

    name = "rules"

    def __init__(self, catalog: Catalog | None = None) -> None:
        self.catalog = catalog or load_catalog()

    def extract(self, article: Article) -> Extraction:
        ctx = self.context(article)
        found: list[Found] = []
        surname_mentions(ctx)  # "председатель ЧСДП Соботка": a person named in full before, for the offices
        found += officials(ctx)
        surname_mentions(ctx)  # "Луис Лакалье Поу ... Лакалье Поу": the person met before
        person_anaphors(ctx, found)  # "the Russian leader": the person met before, for the rules below
        found += events(ctx)
        found += places(ctx)
        found += relations(ctx)
        found += formats(ctx)
        found += member_lists(ctx)
        found += seats_of_secretariats(ctx, found)  # "the Jakarta-based ASEAN Secretariat": ASEAN sits there
        found += state_chairs(ctx, found)
        found += quoted_participants(ctx, found)
        found += followers(ctx, found)
        found += signers_attend(ctx, found)
        found += chairs_attend(ctx, found)
        found += adopted_at_event(ctx, found)
        found += event_documents(ctx, found)  # "The summit's final communique called on …"
        found += charter_founders(ctx, found)  # "… подписаха в Дака Хартата на Южноазиатската асоциация …"
        found = original_parties(ctx, found)  # "… подписали Договор … Его участниками стали Албания, …"
        found = [f for f in found if not _part_as_member(ctx, f)]
        claims = to_claims(ctx, found)
        return Extraction(article=article, claims=claims, mentions=out_mentions(ctx, claims))

    def context(self, article: Article) -> Context:
        text, lang = article.text, article.lang
        lex = lexicon(lang)
        tokens = tokenize(text, lang)
        spans = sentences(text)
        starts, ends = [t.start for t in tokens], [t.end for t in tokens]   # both ascending
        sent_tokens, k = [], 0
        for a, b in spans:
            lo = max(k, index_left(starts, a))       # the first token from k on that starts in the sentence
            k = max(lo, index_right(ends, b))        # and the first after it that ends past the sentence
            sent_tokens.append((lo, k))
        ctx = Context(article, self.catalog, lex, tokens, words_of(tokens), spans, sent_tokens)
        ctx._index["token_starts"] = (tokens, len(tokens), starts)   # what Context.token_at would build
        first = {lo for lo, _ in sent_tokens}
        found = [m for m in catalog_mentions(text, tokens, self.catalog, lang)  # ("ас-Судани" is no Sudan)
                 if not (m.i > 0 and hyphened_article(text, tokens, m.i - 1))]
        found = _place_named_documents(text, tokens, found, lex)
        found += punctuated_names(text, tokens, self.catalog, lang)  # "… Educational, Scientific and Cultural …"
        found = _protocols_to(text, tokens, found, lex)
        found = _former_names(text, tokens, found, lex)  # "Верхняя Вольта (ныне Буркина-Фасо)": Burkina Faso
        found = _documents_of_bodies(text, tokens, found, lex)
        covered = {k for m in found for k in range(m.i, m.j) if m.source != "demonym"}
        where = frozenset(m.i for m in found if m.source == "catalog" and m.entity.type in ("Place", "State"))
        found += head_mentions(text, tokens, covered, lex, first, where)
        found = _bodies_named_by_places(text, tokens, found, lex)  # "the OSCE Minsk Group": a body, not Minsk
        titles = quoted_names(text, tokens, lex)  # "формата \"СНГ плюс\"", "an initiative titled \"…\"": the
        if titles:                                 # title is the name, known names inside it are its words
            whole = {(m.i, m.j) for m in found if m.source == "catalog"}  # (a title the catalog knows whole is
            titles = [t for t in titles if (t.i, t.j) not in whole]         # that: "инициативата „Три морета“")
            found = [m for m in found if not any(t.i <= m.i and m.j <= t.j for t in titles)] + titles
        found = resolve_overlaps(found)
        covered = {k for m in found for k in range(m.i, m.j) if m.source != "demonym"}
        # (resolving a resolved list changes nothing: only what a step adds is resolved again)
        places = frozenset(m.i for m in found if m.j == m.i + 1 and m.source == "catalog" and m.entity.type in ("Place", "State"))
        one_word_people = frozenset(m.i for m in found if m.j == m.i + 1 and m.source == "catalog" and m.entity.type == "Person")
        named = {k for m in found for k in range(m.i, m.j) if m.source not in ("demonym", "new", "generic")}
        added = person_mentions(text, tokens, named, self.catalog, lang, lex, places, one_word_people)  # "Роналд Рейгън"
        added += family_first_names(text, tokens, named | {k for m in added for k in range(m.i, m.j)}, lex)  # "Ms. KAMIKAWA Yoko"
        if added:
            person_starts = {p.i for p in added}  # "Santiago Pena": a person, not the city; "Фидель Кастро", not Castries
            surnames = {p.i + 1 for p in added if p.j > p.i + 1}
            found = _trim_before_people([m for m in found if not ((m.i in person_starts or m.i in surnames) and m.i in places)
                                         and not (m.i in surnames and m.i in one_word_people)],  # "Dennis Francis": not
                                        added, text, tokens, lang)  # the pope the catalog calls "Francis"
        added = added + possessed_people(text, tokens, found + added, lex)  # "New Zealand's Christopher Luxon"
        added = added + people_of_states(text, tokens, found + added, lex)  # "Precious Matsoso of South Africa"
        added = added + titled_people(text, tokens, found + added, lex)  # "Executive Director Ghada Waly"
        added = added + listed_people(text, tokens, found + added, lex)  # "..., Ангел Тълвар и Яшар Гюлер"
        added = added + abbreviation_definitions(text, found + added, tokens, lang)
        added = added + towns_before_states(text, tokens, found + added, lang)  # "in Nice, France"
        added = added + towns_after_nouns(text, tokens, found + added, lex)  # "в курортном поселке Баия-Малага"
        added = added + capitals_described(tokens, found + added, self.catalog, lex)  # "in the Swiss capital"
        if added:
            found = resolve_overlaps(found + added, resolved=len(found))
        found = known_as(text, tokens, found, lex)  # "..., известна като Отавската конвенция"
        home = home_mentions(tokens, found, lex, self.catalog)  # "Страната ни е член на СзС"
        if home:
            found = sorted(found + home, key=attrgetter("i"))
        added = anaphor_mentions(tokens, found, lex, self.catalog.organs(), _bodies_in_titles(text, tokens, found, self.catalog, lang),
                                 text=text)
        ctx.mentions = resolve_overlaps(found + added, resolved=len(found)) if added else found
        described_named(ctx)  # "подписаха договор за гаранции за сигурност": the treaty named in full
        ctx.times = find_times(text, lang, article.date, tokens=tokens)
        return ctx


def _part_as_member(ctx: Context, f: Found) -> bool:
    """A body the catalog holds as part of another is no member of it ("the ASEAN+3 grouping - the ten members of
    ASEAN plus …": the format is ASEAN's, not one of its members)."""
    if f.relation != "memberOf" or f.subject.type != "Organization":
        return False
    ent = ctx.catalog.entities.get(f.subject.iri)
    return ent is not None and ent.part_of == f.object.iri


def _bodies_in_titles(text: str, tokens, found: list[Mention], catalog, lang: str) -> list[Mention]:
    """Organizations the catalog knows named inside a catalog agreement's title ("Рамковата конвенция
    на Съвета на Европа за ...", "Конвенция ООН против коррупции"): not mentions of their own, but
    named there for "the organization" that follows."""
    out = []
    for m in found:
        if m.source == "catalog" and m.entity.type == "Agreement" and m.j - m.i > 2:
            for inner in catalog_mentions(text, tokens[m.i + 1:m.j], catalog, lang):
                if inner.entity.type == "Organization":
                    out.append(Mention(inner.i + m.i + 1, inner.j + m.i + 1, inner.start, inner.end, inner.entity, "catalog"))
    return out


def _trim_before_people(found: list[Mention], people: list[Mention], text: str, tokens, lang: str) -> list[Mention]:
    """"глава Международного фонда Доминик Стросс-Кан": a name read around a head noun ends where a
    person's name begins (the fund is "Международного фонда"); what is left of one word goes."""
    out = []
    for m in found:
        cut = min((p.i for p in people if m.i < p.i < m.j or (p.i <= m.i < p.j)), default=None)
        if cut is None or m.source not in ("new", "generic"):
            out.append(m)
        elif cut - m.i >= 2:
            name = text[tokens[m.i].start:tokens[cut - 1].end]
            out.append(Mention(m.i, cut, m.start, tokens[cut - 1].end, new_entity(name, m.entity.type, lang), m.source, m.proper))
    return out


def _place_named_documents(text: str, tokens, found: list[Mention], lex) -> list[Mention]:
    """"Astana Declaration", "Tianjin Declaration", "Minsk Agreements", "the SADC Treaty": a place (or, in
    English, a body) the catalog knows naming a document the catalog lacks; the document is meant."""
    out = []
    words = words_of(tokens)
    starts = {m.i for m in found if m.source == "catalog"}
    for m in found:
        h = m.j
        body = m.entity.type == "Organization" and lex.lang == "en" and m.source in ("catalog", "abbr") and \
            h not in starts  # ("OPEC+ Charter of Cooperation": the charter is the catalog's own name)
        if (m.entity.type == "Place" and m.source == "catalog" or body) and h < len(tokens) and tokens[h].is_cap and \
                not _gap(text, tokens[h - 1], tokens[h]) and (m.i == 0 or words[m.i - 1] not in lex.locative):
            cue = lex.heads.match_at(words, h)  # ("the SADC Treaty", "the BIMSTEC Agreement": a body's own document)
            if cue is not None and cue.value in (("Agreement",) if body else ("Agreement", "Initiative")):
                end = h + 1
                while body and end < len(tokens) and (words[end] in _TITLE_LINKS or tokens[end].is_cap) and \
                        not _gap(text, tokens[end - 1], tokens[end]) and \
                        not (words[end] == "and" and lex.heads.find(words, end + 1, min(len(words), end + 4))):
                    end += 1  # "the BIMSTEC Agreement on Maritime Transport Cooperation": its title goes on (not
                    # into "… Charter and the CBSS Declaration": another document)
                while end > h + 1 and words[end - 1] in _TITLE_LINKS:
                    end -= 1
                name = text[tokens[m.i].start:tokens[end - 1].end]
                out.append(Mention(m.i, end, m.start, tokens[end - 1].end, new_entity(name, cue.value, lex.lang), "new"))
                continue
        if lex.lang == "en" and m.entity.type == "Place" and m.source == "catalog" and m.i >= 2 and \
                words[m.i - 1] == "of" and tokens[m.i - 2].is_cap and not _gap(text, tokens[m.i - 2], tokens[m.i - 1]):
            cue = lex.heads.match_at(words, m.i - 2)
            if cue is not None and cue.value == "Agreement" and not any(x.i <= m.i - 2 < x.j for x in found):
                lo = m.i - 2  # "the Treaty of Basseterre", "the Revised Treaty of Chaguaramas": the document the place
                while lo > 0 and tokens[lo - 1].is_cap and words[lo - 1] not in _TITLE_LINKS and \
                        not _gap(text, tokens[lo - 1], tokens[lo]) and not any(x.i <= lo - 1 < x.j for x in found):
                    lo -= 1  # names (its capitalised words before the head too)
                name = text[tokens[lo].start:m.end]
                out.append(Mention(lo, m.j, tokens[lo].start, m.end, new_entity(name, cue.value, lex.lang), "new"))
                continue
        out.append(m)
    titled = [(m.i, m.j) for m in out if m.source == "new" and m.j - m.i > 2]
    if not titled:
        return out
    # a place inside the title is a word of its name: "the CBSS Vision for the Baltic Sea Region"
    return [m for m in out if not (m.source == "catalog" and any(i < m.i and m.j <= j for i, j in titled))]


def _former_names(text: str, tokens, found: list[Mention], lex) -> list[Mention]:
    """"Верхняя Вольта (ныне Буркина-Фасо)", "Dahomey (now Benin)", "Цейлон (днес Шри Ланка)": capitalised words the
    catalog lacks, then a state named in brackets after a word for "now", name that state (the brackets with it)."""
    words = words_of(tokens)
    now = lex.words["now_called"]
    covered = {k for m in found for k in range(m.i, m.j)}
    out: list[Mention] = []
    drop: set[int] = set()
    for m in found:
        k = m.i - 1  # the word for "now" right before the state, "(" before it, ")" after the state
        if m.entity.type != "State" or m.source != "catalog" or k < 1 or words[k] not in now or \
                text[tokens[k - 1].end:tokens[k].start].strip() != "(" or not text[m.end:].lstrip().startswith(")"):
            continue
        lo = k
        while lo > 0 and k - lo < 3 and lo - 1 not in covered and tokens[lo - 1].is_cap and \
                (lo == k or text[tokens[lo - 1].end:tokens[lo].start] in (" ", "-")):
            lo -= 1
        if lo == k:
            continue
        end = text.index(")", m.end) + 1
        out.append(Mention(lo, m.j, tokens[lo].start, end, m.entity, "catalog"))
        drop.add(id(m))
    return sorted([m for m in found if id(m) not in drop] + out, key=attrgetter("i")) if out else found


def _protocols_to(text: str, tokens, found: list[Mention], lex) -> list[Mention]:
    """"the protocols to the Pelindaba Treaty", "протоколы к Пелиндабскому договору", "the Kigali Amendment
    to the Montreal Protocol": a protocol or amendment named by the treaty the catalog knows is a document
    of its own, its name running from the protocol's first word (capitalised words and adjectives before
    it included) to the treaty's last."""
    words = words_of(tokens)
    starts: dict[int, Mention] = {}
    for m in found:   # (the longest name the catalog knows there: "договору о зоне, свободной …, в Африке")
        if m.entity.type == "Agreement" and m.source in ("catalog", "abbr") and (m.i not in starts or m.j > starts[m.i].j):
            starts[m.i] = m
    if not starts:
        return found
    out, drop = [], set()
    for a, b, _ in lex.protocols.find(words):
        k = b
        while k < len(tokens) and k - b < 2 and k not in starts and (tokens[k].is_cap or is_adjective(words[k], lex.lang)):
            k += 1  # "протоколы к Пелиндабскому договору о зоне …": the catalog's name begins at "договору"
        treaty = starts.get(k)
        if treaty is None or b == 0:
            continue
        lo = a
        while lo > 0 and a - lo < 3 and not _gap(text, tokens[lo - 1], tokens[lo]) and \
                words[lo - 1] not in ("the", "a", "an") and (tokens[lo - 1].is_cap or is_adjective(words[lo - 1], lex.lang)) and \
                not any(x.i <= lo - 1 < x.j for x in found):
            lo -= 1  # "the Kigali Amendment to …", "Допълнителния протокол към …"
        out.append(_new_document(text, tokens, lo, treaty.j, lex.lang))
        drop.add(id(treaty))
        other = starts.get(treaty.j + 1) if treaty.j < len(words) and words[treaty.j] in ("и", "and") else None
        if other is not None:  # "Протоколы к Договору Тлателолко и Договору Раротонга": a protocol to each
            name = text[tokens[lo].start:tokens[b - 1].end] + " " + text[other.start:other.end]
            out.append(Mention(other.i, other.j, other.start, other.end, new_entity(name, "Agreement", lex.lang), "new"))
            drop.add(id(other))
    return _in_place_of(found, out, drop)


def _documents_of_bodies(text: str, tokens, found: list[Mention], lex) -> list[Mention]:
    """"Конвенцията на ОИСР", "Конвенция ОЭСР", "the OECD Convention": an agreement named by its kind and the
    body the catalog knows that it belongs to is a name of its own (also opening a sentence), not the body."""
    words = words_of(tokens)
    orgs = {m.i: m for m in found if m.entity.type == "Organization" and m.source in ("catalog", "abbr")}
    if not orgs:
        return found
    ends = {m.j: m for m in orgs.values()}
    taken = {k for m in found if m.entity.type == "Agreement" for k in range(m.i, m.j)}
    out, drop = [], set()
    for a, b, cue in lex.heads.find(words):
        if cue.value != "Agreement" or not tokens[a].is_cap or a in taken or b - a != 1:
            continue
        k = b + (b < len(words) and words[b] in ("на", "of", "за", "on", "о", "об"))
        k += k < len(words) and words[k] == "the"
        org = orgs.get(k) if k > b or lex.lang == "ru" else None
        if org is not None:
            lo, hi = a, org.j  # "Конвенцията на ОИСР", "Устав ШОС"
        elif lex.lang == "en" and a in ends and text[ends[a].end:tokens[a].start] == " ":
            org = ends[a]
            lo, hi = org.i, b  # "the OECD Convention"
        else:
            continue
        out.append(_new_document(text, tokens, lo, hi, lex.lang))
        drop.add(id(org))
    return _in_place_of(found, out, drop)


def _bodies_named_by_places(text: str, tokens, found: list[Mention], lex) -> list[Mention]:
    """"the OSCE Minsk Group", "the Lima Group", "the Helsinki Commission" (English): a place the catalog knows
    right before a capitalised head noun of a body names the body, not where it is (the place's mention goes)."""
    if lex.lang != "en":
        return found
    words = words_of(tokens)
    taken = {k for m in found if m.entity.type == "Organization" and m.source in ("catalog", "abbr") for k in range(m.i, m.j)}
    out, drop = [], set()
    for p in found:
        if p.entity.type != "Place" or p.source != "catalog" or p.j >= len(tokens) or not tokens[p.j].is_cap or \
                p.j in taken or text[p.end:tokens[p.j].start] != " ":
            continue
        head = lex.heads.match_at(words, p.j)
        if head is None or head.value != "Organization" or any(m.i == p.j and m.source != "demonym" for m in found
                                                               if m.entity.type != "Organization"):
            continue
        end = p.j + len(head.words)
        out.append(Mention(p.i, end, p.start, tokens[end - 1].end,
                           new_entity(text[p.start:tokens[end - 1].end], "Organization", lex.lang), "new"))
        drop.add(id(p))
    return _in_place_of(found, out, drop)


def _new_document(text: str, tokens, lo: int, hi: int, lang: str) -> Mention:
    """A document named by tokens lo..hi, around a name the catalog knows (`_protocols_to`, `_documents_of_bodies`)."""
    return Mention(lo, hi, tokens[lo].start, tokens[hi - 1].end,
                   new_entity(text[tokens[lo].start:tokens[hi - 1].end], "Agreement", lang), "new")


def _in_place_of(found: list[Mention], out: list[Mention], drop: set[int]) -> list[Mention]:
    """`found` with the new mentions `out` in place of the catalog names they took in (ids in `drop`) and of
    anything else inside them."""
    if not out:
        return found
    spans = [(x.i, x.j) for x in out]
    kept = [x for x in found if id(x) not in drop and not any(i <= x.i < j for i, j in spans)]
    return sorted(kept + out, key=lambda x: x.i)


_TITLE_LINKS: Final = {"on", "of", "for", "and", "the"}
_ONE_ACT: Final = {"signed", "ratified", "adopted"}
_MORE_SPECIFIC: Final = {"signed", "ratified", "accededTo"}  # acts that say more than being a party


def _left_ends_membership(ctx: Context, found: list[Found]) -> list[Found]:
    """"Mali … were among the founders of the community in 1975 … officially ceased to be members today":
    a membership the article dates by its start ends on the day the member left; a state that left an
    organization was its member until then, told or not (the contract's memberOf ends on the day of leaving)."""
    left = {(f.subject.iri, f.object.iri): f for f in found
            if f.relation == "withdrewFrom" and f.modality == "asserted" and f.when.at}
    if not left:
        return found
    out = []
    members = set()
    for f in found:
        gone = left.get((f.subject.iri, f.object.iri)) if f.relation == "memberOf" and f.modality == "asserted" else None
        if gone is not None:
            members.add((f.subject.iri, f.object.iri))
            day = gone.when.at or ""
            if f.when.start and not f.when.end and f.when.start < day:
                f = replace(f, when=When(start=f.when.start, end=day))
        out.append(f)
    suspended = tuple(ctx.lex.words["suspension"])
    for key, f in left.items():
        lo, hi = ctx.sent_tokens[f.sentence]
        if any(w.startswith(suspended) for w in ctx.words[lo:hi]):
            continue  # "froze its participation in the CSTO": still a member
        if key not in members and f.subject.type == "State" and f.object.type == "Organization":
            out.append(Found(f.subject, "memberOf", f.object, f.sentence, When(end=f.when.at), confidence=0.6,
                             reported_by=f.reported_by))
    return out


def _entry_into_force(found: list[Found]) -> list[Found]:
    """"Украина, ратифицировавшая Римский статут, с 1 января стала его участником": a state that
    ratified becomes a party when the treaty enters into force for it, which is no accession (the act of a
    state that did not sign); its becoming a party is the start of its partyTo."""
    ratified = {(f.subject.iri, f.object.iri) for f in found if f.relation == "ratified" and f.modality == "asserted"}
    out = []
    for f in found:
        if f.became and (f.subject.iri, f.object.iri) in ratified:
            if f.relation == "accededTo":
                continue
        elif f.relation == "partyTo" and f.became:
            f = replace(f, became=False)  # (no ratification told: the accession says it, as before)
        out.append(f)
    return out


def _same_act_dates(ctx: Context, found: list[Found]) -> list[Found]:
    """"Иран и МААЕ подписаха вчера ... споразумение. Документът беше подписан от ... Гроси": a later
    sentence that tells more of the same signing without a date of its own keeps the first one's date
    (not the news day's)."""
    first: dict[tuple[str, str], tuple[int, When]] = {}
    for f in found:
        if f.relation in _ONE_ACT and f.when and f.modality == "asserted" and ctx.times_in(f.sentence):
            key = (f.relation, f.object.iri)
            if key not in first or f.sentence < first[key][0]:
                first[key] = (f.sentence, f.when)
    for f in found:  # "Черноморская инициатива была подписана … 22 июля 2022 года. Шойгу подписал инициативу с …":
        key = (f.relation, f.object.iri)  # the passive without an agent, just before, dates the act
        if f.relation in _ONE_ACT and key not in first and not ctx.times_in(f.sentence):
            told = _dated_passive_before(ctx, f)
            if told is not None:
                first[key] = told
    if not first:
        return found
    title = title_sentence(ctx)  # the headline tells the act before the body dates it
    out = []
    for f in found:
        got = first.get((f.relation, f.object.iri))
        if got is not None and (got[0] < f.sentence or f.sentence == title) and got[1] != f.when and \
                not ctx.times_in(f.sentence):
            f = replace(f, when=got[1])
        out.append(f)
    return out


_ACT_GROUPS: Final = {"signed": "sign", "ratified": "ratify", "adopted": "adopt"}


def _dated_passive_before(ctx: Context, f: Found) -> tuple[int, When] | None:
    """The sentence just before an undated act that names the same document (or none other), a cue of the
    same act and one date ("Пакет документов был подписан в Стамбуле 22 июля 2022 года"), with that date."""
    k = f.sentence - 1
    if k < 0:
        return None
    times = ctx.times_in(k)
    lo, hi = ctx.sent_tokens[k]
    if len(times) != 1 or any(m.entity.type == "Agreement" and m.proper and m.source != "anaphor" and
                              m.entity.iri != f.object.iri for m in ctx.mentions_in(k)) or \
            not any(c.value == _ACT_GROUPS[f.relation] for _, _, c in ctx.lex.triggers.find(ctx.words, lo, hi)):
        return None
    return k, _as_when(times[0], f.relation)


def to_claims(ctx: Context, found: list[Found]) -> list[Claim]:
    text = ctx.article.text
    found = _left_ends_membership(ctx, _same_act_dates(ctx, _entry_into_force(found)))
    seen: dict[tuple[str, str, str], Found] = {}   # the claims are built for the kept ones only
    title = title_sentence(ctx)
    from_title: set[tuple[str, str, str]] = set()
    for f in found:
        key = (f.subject.iri, f.relation, f.object.iri)
        if f.relation == "partnerOf" and key[0] > key[2]:
            key = (key[2], key[1], key[0])
        old = seen.get(key)
        if old is None or (old.modality != "asserted" and f.modality == "asserted") or \
                (old.modality == f.modality and not old.when and f.when) or \
                (key in from_title and f.sentence != title and old.modality == f.modality and f.when):
            seen[key] = f  # (a headline tells no date of its own: the body's claim tells it)
            if f.sentence == title:
                from_title.add(key)
            else:
                from_title.discard(key)
    acts: dict[tuple[str, str, int], set[str | None]] = {}
    for f in found:
        if f.relation in _MORE_SPECIFIC and f.modality == "asserted":
            acts.setdefault((f.subject.iri, f.object.iri, f.sentence), set()).add(f.when.at or f.when.start)
    claims = []
    seen_as = _seen_as(ctx)
    built: dict = {}
    for f in map(lambda f: _past_act(ctx, f), seen.values()):
        dates = acts.get((f.subject.iri, f.object.iri, f.sentence))
        if f.relation == "partyTo" and dates is not None and not f.became and \
                not (f.when.start and f.when.start not in dates):
            continue  # the contract: partyTo only "when no more specific act is stated" (here, in the same sentence;
            # "ratified it in October 2023 and is a party to it since 1 February 2024" tells both)
        a, b = ctx.sentences[f.sentence]
        claims.append(_reference_dates(ctx, Claim(
            doc=ctx.article.doc, subject=_with_seen(f.subject, seen_as, built), relation=f.relation,
            object=_with_seen(f.object, seen_as, built),
            evidence=Evidence(text[a:b], a, b), when=f.when, role=f.role, confidence=f.confidence,
            modality=f.modality, reported_by=f.reported_by)))
    return claims


def _seen_as(ctx: Context) -> dict[str, list[str]]:
    """The names each entity was written with in the article ("Госдумы", "Пескова", "Лакалье Поу"):
    the contract's `labels` hold every name the project "knows or saw"; a demonym, a common noun
    told again ("министърът") or a phrase with lower-case words is no name."""
    text, toks = ctx.article.text, ctx.tokens
    out: dict[str, list[str]] = {}
    for m in ctx.mentions:
        if m.source in ("demonym", "generic") or not m.proper or \
                not all(toks[k].is_cap or toks[k].is_upper for k in range(m.i, m.j)):
            continue
        name = " ".join(text[m.start:m.end].split())
        forms = out.setdefault(m.entity.iri, [])
        if name not in forms:
            forms.append(name)
    return out


def _with_seen(ent, seen_as: dict[str, list[str]], built: dict):
    """A catalog entity with the names the article wrote it with added to its labels (a new entity's
    labels are the graph's names for it, built where it was found); built once per entity (`built`)."""
    if not ent.in_catalog:
        return ent
    done = built.get(ent.iri)
    if done is None:
        more = [n for n in seen_as.get(ent.iri, ()) if n != ent.label and n not in ent.labels]
        done = built[ent.iri] = replace(ent, labels=ent.labels + tuple(more)) if more else ent
    return done


_ACTS: Final = {"signed", "ratified", "adopted", "accededTo", "withdrewFrom", "appliedFor", "proposed"}


def _past_act(ctx: Context, f: Found) -> Found:
    """"In May, the General Assembly adopted a resolution" in a January article: an act told as done
    happened last May, not next; the year, when the sentence does not write it, goes back one."""
    at, day = f.when.at, ctx.article.date or ""
    if f.relation not in _ACTS or f.modality != "asserted" or not at or len(at) < 7 or not day or at[:len(day)] <= day[:len(at)]:
        return f
    a, b = ctx.sentences[f.sentence]
    if at[:4] in ctx.article.text[a:b]:
        return f
    return replace(f, when=When(at=f"{int(at[:4]) - 1}{at[4:]}"))


_FACT_START: Final = {"memberOf", "observerOf", "dialoguePartnerOf"}
_FACT_AT: Final = {"accededTo", "signed", "ratified"}
_FACTS: Final = _FACT_START | _FACT_AT


def _reference_dates(ctx: Context, claim: Claim) -> Claim:
    """An asserted claim the article leaves undated takes the reference catalog's date for the
    same fact ("Armenia, a member of the EAEU" -> since 2015), as a reader who knows would."""
    if claim.when or claim.modality != "asserted" or claim.relation not in _FACTS:
        return claim
    fact = ctx.catalog.facts.get((claim.subject.iri, claim.relation, claim.object.iri))
    if fact is None:
        return claim
    if claim.relation in _FACT_START:
        when = When(start=fact.start or fact.at, end=fact.end)
    else:
        when = When(at=fact.at or fact.start)
    return replace(claim, when=when)


def out_mentions(ctx: Context, claims: list[Claim]) -> list[OutMention]:
    """Every recognised mention, and the event nouns of the events the claims speak of."""
    kept = {c.subject.iri for c in claims} | {c.object.iri for c in claims}
    events = [m for m in ctx.event_mentions() if m.entity.iri in kept]
    found = [m for m in ctx.mentions if m.proper or m.source == "anaphor"] + events
    doc, text = ctx.article.doc, ctx.article.text
    return [OutMention(doc, m.start, m.end, text[m.start:m.end], m.entity) for m in sorted(found, key=attrgetter("start"))]

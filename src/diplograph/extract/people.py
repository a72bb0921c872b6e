"""People named in full or again by their office. A first name the catalog's people bear (or
lexicon/names.toml lists) and capitalised words after it name a person the catalog lacks
("Роналд Рейгън"). An office named again: "the Russian leader", "руският президент", "министърът",
"российский лидер". Such a phrase, with no name beside it, points back to the last person
before it who holds that office (of that state, when a demonym says which), as told by this
article's officialOf claims or by the catalog's tenures.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from itertools import compress, count
from operator import attrgetter
from types import MappingProxyType
from typing import Final

from ..catalog import Catalog
from ..text import Token
from .common import OF_WORDS, Found
from .context import Context
from .lexicon import Lexicon, words_of
from .mentions import NAME_PARTICLES, Mention, _gap_ok, catalog_index, hyphened_article, new_entity, resolve_overlaps


# offices a "leader" holds: "the Russian leader" is its president, prime minister or king
_LEADER: Final = {"president", "prime minister", "king", "chancellor", "head"}
_LEADER_WORDS: Final = {"leader", "лидер", "лидерът", "лидера", "лидером", "лидеру", "лидерът"}
_PLURAL: Final = {"en": ("s",), "bg": ("ите", "ове", "ята"), "ru": ("ы", "ами", "ов")}
# Bulgarian definite endings: "министърът", "президентът", "премиерът" refer back
_DEFINITE: Final = ("ът", "ят")


def person_anaphors(ctx: Context, officials: list[Found]) -> None:
    """Add to `ctx.mentions` the office phrases that name a person met before."""
    offices: dict[str, set[tuple[str, str]]] = {}
    for f in officials:
        if f.relation == "officialOf" and f.role:
            offices.setdefault(f.subject.iri, set()).add((f.role, f.object.iri))
    persons = sorted((m for m in ctx.mentions if m.entity.type == "Person" and m.source != "anaphor"), key=attrgetter("i"))
    if not persons:
        return
    by_end = {m.j: m for m in ctx.mentions if m.source == "demonym" and m.entity.type == "State"}
    taken = {k for m in ctx.mentions if m.entity.type == "Person" for k in range(m.i, m.j)}
    added = []
    # (only the sentences that hold a role phrase or a word for a leader hold an office phrase)
    leaders = _leader_words(ctx)
    visit = set(ctx.lex.roles.by_sentence(ctx.words, ctx.sent_tokens))
    for k in leaders:
        s = ctx.sentence_of_token(k)
        if ctx.sent_tokens[s][0] <= k < ctx.sent_tokens[s][1]:
            visit.add(s)
    for s in sorted(visit):
        lo, hi = ctx.sent_tokens[s]
        for a, b, role in _office_phrases(ctx, lo, hi, leaders):
            if not taken.isdisjoint(range(a, min(hi, b + 3))) or (a - 1 in taken):
                continue  # a name beside the office: told by officials()
            if any(w.endswith(_PLURAL.get(ctx.lex.lang, ())) and w != "affairs" for w in (ctx.words[a], ctx.words[b - 1])):
                continue  # "the leaders of Russia, Belarus and Kazakhstan": not one person
            demonym = by_end.get(a)
            start = demonym.i if demonym is not None else a
            if demonym is None and not _definite(ctx, a, b):
                continue  # "a minister", "министри": not one known person
            state = demonym.entity.iri if demonym is not None else None
            person = _last_holder(ctx, persons, start, role, state, offices)
            if person is not None:
                added.append(Mention(start, b, ctx.tokens[start].start, ctx.tokens[b - 1].end, person.entity, "anaphor"))
    if added:
        ctx.mentions = resolve_overlaps(ctx.mentions + added, resolved=len(ctx.mentions))


def _office_phrases(ctx: Context, lo: int, hi: int, leaders: list[int]) -> list[tuple[int, int, str]]:
    """Role phrases in tokens [lo, hi) and the words for a leader outside them (`leaders`: where
    those words stand in the article, `_leader_words`)."""
    out = [(a, b, cue.value) for a, b, cue in ctx.lex.roles.find(ctx.words, lo, hi) if cue.value != "counterpart"]
    covered = {k for a, b, _ in out for k in range(a, b)}
    out += [(k, k + 1, "leader") for k in leaders[bisect_left(leaders, lo):bisect_left(leaders, hi)] if k not in covered]
    return out


def _leader_words(ctx: Context) -> list[int]:
    """Where the words for a leader stand in the article, in order."""
    return list(compress(count(), map(_LEADER_WORDS.__contains__, ctx.words)))


def _definite(ctx: Context, a: int, b: int) -> bool:
    """"the minister", "министърът": a definite office phrase (Russian has no article: only with a demonym)."""
    lang = ctx.lex.lang
    if lang == "en":
        return a > 0 and ctx.words[a - 1] == "the"
    if lang == "bg":
        return ctx.words[b - 1].endswith(_DEFINITE)
    return False


def _last_holder(ctx: Context, persons: list[Mention], before: int, role: str, state: str | None,
                 offices: dict[str, set[tuple[str, str]]]) -> Mention | None:
    for m in reversed(persons):
        if m.i >= before:
            continue
        held = set(offices.get(m.entity.iri, ()))
        ent = ctx.catalog.get(m.entity.iri)
        if ent is not None:
            held |= {(t.role, t.office_of) for t in ent.tenures}
        for r, office in held:
            if (r == role or (role in ("leader", "head") and r in _LEADER) or
                    (role == "minister" and r.endswith("minister"))) and \
                    (state is None or office == state):
                return m
    return None


def person_mentions(text: str, tokens: list[Token], covered: set[int], catalog: Catalog, lang: str,
                    lex: Lexicon, places: frozenset[int] = frozenset(), people: frozenset[int] = frozenset()) -> list[Mention]:
    """People the catalog lacks, named in full: a first name the catalog's people bear, then one
    or two capitalised words ("Роналд Рейгън", "Михаила Горбачёва", "Santiago Pena"), each a
    new person whose IRI is the same across articles and languages. A first name that is also a
    one-word place (`places`: "Santiago", "Israel") starts a name only with a surname after it; a surname that is
    a place or a person the catalog knows by one word (`people`: "Francis") is read as part of the name ("Фидель
    Кастро", "Dennis Francis")."""
    given = catalog_index(catalog, lang).given
    words = words_of(tokens)
    out: list[Mention] = []
    n, nxt = len(tokens), 0
    # only a token whose key is a first name can start a name: those are picked first (the
    # rest of the test is read only for them), then walked in order
    for i in [k for k, tok in enumerate(tokens) if tok.key in given]:
        if i < nxt:
            continue
        tok = tokens[i]
        if (i in covered and i not in places) or not tok.is_cap or tok.is_upper or i + 1 >= n:
            continue
        if i in places and (i + 1 in covered or not tokens[i + 1].is_cap or words[i - 1:i] in _PLACE_BEFORE):
            continue  # "Santiago de Chile", "in Santiago", "министъра … на Йордания Айман Сафади": the place
        j = i + 1
        while j < n and j - i <= 3 and (j not in covered or (j == i + 1 and (j in places or (j in people and i not in covered)))) and \
                _gap_ok(text, tokens[j - 1], tokens[j]) and \
                (text[tokens[j - 1].end:tokens[j].start] in (" ", "\u00a0", "-") or _after_initial(text, tokens[j - 1], j - 1 > i)) and (
                    (tokens[j].is_cap and not tokens[j].is_upper and words[j] not in lex.not_names and
                     lex.roles.match_at(words, j) is None and lex.heads.match_at(words, j) is None) or
                    (words[j] in NAME_PARTICLES and j + 1 < n and tokens[j + 1].is_cap) or
                    hyphened_article(text, tokens, j)):
            j += 1
        while j > i + 1 and words[j - 1] in NAME_PARTICLES:
            j -= 1
        if j - i >= 2:
            out.append(_person_at(text, tokens, i, j, lang))
            nxt = j
    initialled = _initialled(text, tokens, covered, lex, catalog_index(catalog, lang).abbreviations)
    if initialled:  # ("Б.Абдель Аты": the initial's, not a name of its own from the first name "Абдель")
        out = [m for m in out if not any(p.i <= m.i < p.j for p in initialled)]
    return out + initialled


def family_first_names(text: str, tokens: list[Token], covered: set[int], lex: Lexicon) -> list[Mention]:
    """"Ms. KAMIKAWA Yoko", "Mr. KIHARA Minoru": after an honorific, a family name in capitals and then
    the given name (as Japanese government texts write them) name a person, "Yoko Kamikawa"."""
    out: list[Mention] = []
    honorifics = lex.words["honorifics"]
    for k in range(1, len(tokens) - 1):
        tok, given = tokens[k], tokens[k + 1]
        if tok.is_upper and len(tok.text) >= 3 and tok.text.isalpha() and given.is_cap and not given.is_upper and \
                tokens[k - 1].text.lower() in honorifics and text[tok.end:given.start] == " " and \
                k not in covered and k + 1 not in covered:
            name = f"{given.text} {tok.text.title()}"
            out.append(Mention(k, k + 2, tok.start, given.end, new_entity(name, "Person", lex.lang, (text[tok.start:given.end],)),
                               "new"))
    return out


def _after_initial(text: str, tok: Token, inside: bool) -> bool:
    """Whether `tok` is a middle initial inside a name, read past its full stop: "Enrique A. Manalo",
    "Joseph R. Biden"."""
    return inside and len(tok.text) == 1 and tok.text.isupper() and text[tok.end:tok.end + 2] == ". "


# prepositions after which a one-word place stays a place even before capitalised words
_PLACE_BEFORE: Final = (["of"], ["in"], ["from"], ["в"], ["във"], ["на"], ["от"], ["из"], ["во"])


def _initialled(text: str, tokens: list[Token], covered: set[int], lex: Lexicon,
                abbreviations: Mapping[str, str] = MappingProxyType({})) -> list[Mention]:
    """"Б.Абдель Аты", "С. Лавров", "J. Smith": one or two initials, each a capital letter and a full
    stop, then a surname of one or two capitalised words. Agency wires name people so; the initials
    are part of the name, not the end of the word before ("министр Египта Б.Абдель Аты")."""
    out: list[Mention] = []
    words = words_of(tokens)
    n, k = len(tokens), 0
    # a name starts only at a one-letter capital: those tokens are picked first and the walk
    # jumps from one to the next (the rest of the test is read only there)
    for i in [x for x, tok in enumerate(tokens) if len(tok.text) == 1 and tok.text.isupper()]:
        if i < k or i >= n - 1:
            continue
        k = i
        while k < n - 1 and len(tokens[k].text) == 1 and tokens[k].text.isupper() and \
                text[tokens[k].end:tokens[k].end + 1] == "." and tokens[k + 1].start - tokens[k].end <= 2:
            k += 1  # the initials
        if k == i or text[tokens[i].start:tokens[k - 1].end + 1] in abbreviations:
            continue  # ("the first U.N. Conference on Trade and Development": the UN, not initials)
        j = k
        while j < n and j - k < 2 and tokens[j].is_cap and not tokens[j].is_upper and len(tokens[j].text) > 1 and \
                j not in covered and words[j] not in lex.not_names and lex.roles.match_at(words[j:j + 1], 0) is None and \
                (j == k or text[tokens[j - 1].end:tokens[j].start] == " "):
            j += 1
        if j > k and not any(x in covered for x in range(i, j)) and \
                not (j < n and lex.heads.match_at(words[k:j + 1], j - k) is not None) and \
                not any(lex.heads.match_at(words[k:j], x) is not None for x in range(j - k)):
            # ("U.N. Framework Convention": the words before a name's head are no surname)
            name = text[tokens[k].start:tokens[j - 1].end]  # (the surname names it: "Абдель Аты" told again)
            out.append(Mention(i, j, tokens[i].start, tokens[j - 1].end, new_entity(name, "Person", lex.lang), "new"))
            k = j
        else:
            k += 1
    return out


def _name_run(text: str, tokens: list[Token], words: list[str], covered: set[int], lex: Lexicon, i: int) -> int:
    """Where the capitalised words from token i that may be a person's name end: at most three, one
    space apart, none covered by a mention, an office, a body's head or a title word."""
    j, n = i, len(tokens)
    while j < n and j - i < 3 and j not in covered and tokens[j].is_cap and not tokens[j].is_upper and \
            words[j] not in lex.not_names and lex.roles.match_at(words, j) is None and \
            lex.heads.match_at(words, j) is None and (j == i or text[tokens[j - 1].end:tokens[j].start] == " "):
        j += 1
    return j


def _whole_name(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens i..j are a whole name: two words at least, no capitalised word right after."""
    return j - i >= 2 and not (j < len(tokens) and tokens[j].is_cap and text[tokens[j - 1].end:tokens[j].start] == " ")


def _person_at(text: str, tokens: list[Token], i: int, j: int, lang: str) -> Mention:
    """A person the catalog lacks, named by tokens i..j (a new entity of that name)."""
    name = text[tokens[i].start:tokens[j - 1].end]
    return Mention(i, j, tokens[i].start, tokens[j - 1].end, new_entity(name, "Person", lang), "new")


def _covered(found: list[Mention]) -> set[int]:
    """The tokens a name cannot run over: those of the mentions found (a demonym's word can open a name)."""
    return {k for m in found for k in range(m.i, m.j) if m.source != "demonym"}


def possessed_people(text: str, tokens: list[Token], found: list[Mention], lex: Lexicon) -> list[Mention]:
    """"New Zealand's Christopher Luxon", "Fiji's Sitiveni Rabuka": two or three capitalised words
    after a state's possessive, none of them an office, a body's head or a title word, name a person
    though no first name is known."""
    if lex.lang != "en":
        return []
    words = words_of(tokens)
    covered = _covered(found)
    out: list[Mention] = []
    n = len(tokens)
    for m in found:
        if m.entity.type != "State" or m.j + 1 >= n or words[m.j] != "s" or text[m.end:m.end + 3] not in ("'s ", "’s "):
            continue
        i = m.j + 1
        j = _name_run(text, tokens, words, covered, lex, i)
        if not _whole_name(text, tokens, i, j):
            continue
        out.append(_person_at(text, tokens, i, j, lex.lang))
    return out


def people_of_states(text: str, tokens: list[Token], found: list[Mention], lex: Lexicon) -> list[Mention]:
    """"co-chaired by Precious Matsoso of South Africa and …", "Salman Al Farisi of Indonesia": two or three
    capitalised words, none an office, a body's head or a title word, right before "of" and a state the catalog
    knows name a person of that state, though no first name is known (English; after a lower-case word or a comma,
    so not the end of a longer name)."""
    if lex.lang != "en":
        return []
    words = words_of(tokens)
    covered = _covered(found)
    out: list[Mention] = []
    for m in found:
        if m.entity.type != "State" or m.source != "catalog" or m.i < 3 or words[m.i - 1] != "of":
            continue
        end = m.i - 1
        for i in (end - 3, end - 2):
            if i < 1 or _name_run(text, tokens, words, covered, lex, i) != end or not _whole_name(text, tokens, i, end):
                continue
            if tokens[i - 1].is_cap and text[tokens[i - 1].end:tokens[i].start] == " ":
                continue  # (part of a longer capitalised run)
            out.append(_person_at(text, tokens, i, end, lex.lang))
            covered.update(range(i, end))
            break
    return out


def titled_people(text: str, tokens: list[Token], found: list[Mention], lex: Lexicon) -> list[Mention]:
    """"UNODC Executive Director Ghada Waly told …", "Forum Secretary General Baron Waqa, …", "Исполнительный секретарь
    РКИК ООН Саймон Стилл": two or three capitalised words right after an office (and the bodies or states named
    after it), none of them an office, a head or a title word, name a person though no first name is known. In
    English the office is written with capitals, as titles before names are."""
    words = words_of(tokens)
    covered = _covered([m for m in found if not (m.entity.type == "Person" and m.source == "new")])
    # (a name found from a first name inside a longer one is read over: "President Ismail Omar Guelleh", not "Omar …")
    starts = {m.i: m for m in found if m.entity.type in ("Organization", "State", "Agreement") and m.source != "demonym"}
    out: list[Mention] = []
    for x, y, _ in lex.roles.find(words):
        if lex.lang == "en" and not all(tokens[k].is_cap for k in range(x, y) if words[k] not in NAME_PARTICLES):
            continue  # ("the executive director Ghada Waly" is no title: lower case in English)
        i = y
        while (i in starts and starts[i].j - i <= 4) or (i + 1 in starts and words[i] in OF_WORDS):
            i = starts[i].j if i in starts else starts[i + 1].j  # "секретарь РКИК ООН Саймон Стилл",
            # "министър-председателят на Пакистан Шехбаз Шариф"
        j = _name_run(text, tokens, words, covered, lex, i)
        if i in covered or not _whole_name(text, tokens, i, j) or text[tokens[i - 1].end:tokens[i].start] != " " or \
                text[tokens[j - 1].end:tokens[j - 1].end + 2].strip().startswith("("):
            continue  # ("председатель Халк Маслахаты (народного совета)": a body's name explained, no person)
        out.append(_person_at(text, tokens, i, j, lex.lang))
        covered.update(range(i, j))
    return out


def listed_people(text: str, tokens: list[Token], found: list[Mention], lex: Lexicon) -> list[Mention]:
    """"министрите Тодор Тагарев, Ангел Тълвар и Яшар Гюлер": two or three capitalised words that
    continue a list of people name a person too, though no first name is known."""
    words = words_of(tokens)
    covered = _covered(found)
    out: list[Mention] = []
    n = len(tokens)
    states = {m.i: m for m in found if m.entity.type == "State" and m.source != "demonym"}
    for m in sorted((m for m in found if m.entity.type == "Person"), key=attrgetter("i")):
        i = m.j
        while i + 1 < n:
            if words[i] in ("of", "from") and i + 1 in states:
                i = states[i + 1].j  # "Gerardo Werthein of Argentina, Ruben Ramirez Lezcano of Paraguay and ..."
                if i >= n:
                    break
            gap = text[tokens[i - 1].end:tokens[i].start].strip()
            if words[i] in ("и", "and") and gap in ("", ","):
                i += 1
                if i >= n or text[tokens[i - 1].end:tokens[i].start].strip():
                    break  # (an "and" that ends the text names no one)
            elif gap != ",":
                break
            j = _name_run(text, tokens, words, covered, lex, i)
            if not _whole_name(text, tokens, i, j):
                break
            out.append(_person_at(text, tokens, i, j, lex.lang))
            covered.update(range(i, j))
            i = j
    return out




def _initials_to_names(ctx: Context, keys: list[str], surnames: dict[tuple[str, ...], Mention]) -> None:
    """"Сергей Дарькин ... С.Дарькин": a surname after initials is the person named in full."""
    text, out, changed = ctx.article.text, [], False
    for m in ctx.mentions:
        if m.entity.type == "Person" and not m.entity.in_catalog and text[m.start + 1:m.start + 2] == ".":
            k = m.i
            while k < m.j and len(ctx.tokens[k].text) == 1:
                k += 1
            person = surnames.get(tuple(keys[k:m.j]))
            if person is not None and person.entity.iri != m.entity.iri:
                m, changed = Mention(m.i, m.j, m.start, m.end, person.entity, "anaphor", True), True
        out.append(m)
    if changed:
        ctx.mentions = out


def surname_mentions(ctx: Context) -> None:
    """A person the catalog lacks named again by surname ("Луис Лакалье Поу ... Лакалье Поу,
    председательствовавший ..."): the later words are that person (added to `ctx.mentions`)."""
    text = ctx.article.text
    people = [m for m in ctx.mentions if m.entity.type == "Person" and not m.entity.in_catalog and m.j - m.i >= 2
              and text[m.start + 1:m.start + 2] != "."]  # (not "С.Дарькин": initials are no first name)
    if not people:
        return
    keys = [tok.key for tok in ctx.tokens]
    surnames: dict[tuple[str, ...], Mention] = {}
    for m in people:
        surnames.setdefault(tuple(keys[m.i + 1:m.j]), m)  # all but the first name
    for m in people:
        if m.j - m.i >= 3:
            surnames.setdefault((keys[m.j - 1],), m)  # the last name alone: "Ismail Omar Guelleh … Guelleh took over"
    _initials_to_names(ctx, keys, surnames)
    taken = {k for m in ctx.mentions if m.source != "demonym" for k in range(m.i, m.j)}
    first_of = min(m.i for m in people)
    added = []
    for size in sorted({len(k) for k in surnames}, reverse=True):
        firsts = {k[0] for k in surnames if len(k) == size}   # (only where a surname of this size can begin)
        for i in range(first_of + 1, len(keys) - size + 1):
            if keys[i] not in firsts:
                continue
            key = tuple(keys[i:i + size])
            person = surnames.get(key)
            if person is None or person.i >= i or not taken.isdisjoint(range(i, i + size)) or \
                    not all(ctx.tokens[k].is_cap for k in range(i, i + size)):
                continue
            added.append(Mention(i, i + size, ctx.tokens[i].start, ctx.tokens[i + size - 1].end, person.entity, "anaphor", True))
            taken.update(range(i, i + size))
    if added:
        ctx.mentions = resolve_overlaps(ctx.mentions + added, resolved=len(ctx.mentions))

"""Who acts in a passive or nominal phrase: "signed by X and Y", "подписан от ...", "подписан
Арменией, Казахстаном" (instrumental), "the five permanent members: China, France ...", "the
accession of Russia to ...", "together with", and the subject of a relative clause.
"""
from __future__ import annotations

import re
from typing import Final

from .common import AND_WORDS, OF_WORDS, _PREPOSITIONS, _RELATIVE, _actor_list, opens_list
from .context import Context
from .documents import _PLURAL_PAST
from .antecedents import _COUNT, _PLURAL_DET, _PLURAL_NOUN, _SIDES, _group_named, _two_sides
from .mentions import Mention, catalog_mentions


_BY_AGENT: Final = {"by", "от"}
# a place, a time or the circumstances end a list of signatories: "... и Рафаел Гроси в присъствието
# на ...", "... and Kim Jong Un in Pyongyang on June 19"
# words before an office in a list of signatories: "by the then presidents", "от тогавашните президенти"
_BEFORE_OFFICE: Final = {"the", "then", "former", "тогавашния", "тогавашните", "тогавашният", "бившия", "бившите", "бившият",
                  "тогдашним", "тогдашними", "бывшим", "бывшими"}
_LIST_ENDS: Final = {"in", "on", "at", "during", "after", "before", "while", "в", "във", "при", "след", "преди", "по", "во"}


def _colon_list(ctx: Context, ms: list[Mention], b: int, domain: set[str]) -> list[Mention]:
    """"the five permanent members: China, France, ...", "Пет нови непостоянни членки - Бахрейн,
    Колумбия ...": a list right after a colon or a dash."""
    text = ctx.article.text
    for m in ms:
        if m.i >= b and m.i - b <= 3 and m.entity.type in domain and m.source != "demonym":
            gap = text[ctx.tokens[b - 1].end:m.start]
            if opens_list(gap):
                return _actor_list(ms, m, domain, ctx)
            if m.entity.type == "Organization" and ctx.words[m.i - 1] in ("of", "на", "the", "at", "in", "в", "во", "при"):
                return _list_after_body(ctx, ms, m, domain)  # "members of the SCO (SCO): Kazakhstan, ..."
            return []
    return []


def _list_after_body(ctx: Context, ms: list[Mention], body: Mention, domain: set[str]) -> list[Mention]:
    """The list that a colon or dash opens right after the body a cue names (its abbreviation in
    brackets between): "are members of the Shanghai Cooperation Organisation (SCO): Kazakhstan, ..."."""
    text = ctx.article.text
    nxt = next((m for m in ms if m.i >= body.j and m.entity.type in domain and m.source != "demonym" and
                m.entity.iri != body.entity.iri), None)
    if nxt is None or nxt.i - body.j > 4:
        return []
    gap = re.sub(r"\s*\([^()]{1,12}\)", "", text[body.end:nxt.start])
    return _actor_list(ms, nxt, domain, ctx) if opens_list(gap) else []


def _before_relative(ctx: Context, cands: list[Mention], a: int) -> list[Mention]:
    """"Литва, Латвия и Полша, които граничат с Беларус и са членки на НАТО": the antecedent
    of a relative clause that holds the cue."""
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    for r in range(a - 1, max(lo, a - 20) - 1, -1):
        if ctx.words[r] in _RELATIVE:
            before = [m for m in cands if m.j <= r and r - m.j <= 1]
            if before and ctx.words[r] in ctx.lex.words["plural_relative"] and before[-1].i > lo + 1 and \
                    ctx.words[before[-1].i - 1] in _PREPOSITIONS and before[-1].entity.type == "Organization":
                return _heads_before(ctx, cands, before[-1].i - 1)  # "България и останалите съюзници от НАТО, които
            return before  # са страни по него": the allies, not NATO
    return []



def _heads_before(ctx: Context, cands: list[Mention], p: int) -> list[Mention]:
    """The names joined by "и"/"and" to the plural noun before the preposition at p."""
    text = ctx.article.text
    return [m for m in cands if m.j < p and p - m.j <= 4 and ctx.words[m.j] in _AND and
            "," not in text[m.end:ctx.tokens[p].start]]


_AND: Final = {"и", "and"}


_BE: Final = {"was", "were", "been", "being", "is", "are", "be", "беше", "бе", "бяха", "са", "е", "был", "была", "было", "были", "будет"}
_PARTICIPLE: Final = re.compile(r"(?:ан|ен|ян|ят|ет|ит)(?:а|о|и|ы)?$"
                         r"|(?:ан|ен|ян|ят|ет|ит)(?:ия|ият|ата|ото|ите)$"   # "подписания", "подписаното"
                         r"|(?:анн|енн|ённ|янн)(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ому|ыми)$")  # "подписанное"


def _passive_voice(ctx: Context, a: int) -> bool:
    """"was signed", "беше подписан", "подписана", "был ратифицирован": the cue is passive."""
    lo = ctx.sent_tokens[ctx.sentence_of_token(a)][0]
    if ctx.lex.lang in ("bg", "ru") and _PARTICIPLE.search(ctx.words[a]):
        return True
    if not ctx.words[a].endswith("ed"):
        return False
    if a > lo and a + 1 < len(ctx.words) and ctx.words[a + 1] in _ADJUNCT_OPENERS and \
            "," in ctx.article.text[ctx.tokens[a - 1].end:ctx.tokens[a].start]:
        return True  # "The summit, chaired by Thai Prime Minister …", "The ECO Trade Agreement, signed in
        # Islamabad in 2003, …": a participle set off after its noun (not "China, a partner since 1990, signed a pact")
    if a > lo and ctx.lex.documents.match_at(ctx.words, a - 1) is not None and \
            ctx.article.text[ctx.tokens[a - 1].end:ctx.tokens[a].start] == " ":
        return True  # "UNASUR was founded by a treaty signed in Brasília": a participle right after its document
    return any(ctx.words[k] in _BE for k in range(max(lo, a - 2), a))


def agent_follows(ctx: Context, b: int) -> bool:
    """Whether the word right after a cue (ending at token b) opens its agent ("a resolution put forward by
    Russia", "signed by"): then the cue's patient is before it, not after. Only a marker that says nothing else
    counts (English "by"; Bulgarian "от" is also "from", the Russian agent has no word of its own)."""
    return b < len(ctx.words) and ctx.words[b] in ctx.lex.words["agent_marker"]


_ADJUNCT_OPENERS: Final = {"by", "in", "on", "at", "during", "last", "earlier", "between"}  # after a passive participle
_INSTRUMENTAL: Final = ("ом", "ем", "ём", "ой", "ей", "ою", "ею", "ью", "ами", "ями", "ым", "им")  # ("Беларусью")


def _instrumental_agents(ctx: Context, ms: list[Mention], b: int, domain: set[str]) -> list[Mention]:
    """Russian passive agents in the instrumental case: "подписан ... Арменией, Казахстаном",
    "подписанный Владимиром Путиным и Ким Чен Ыном"."""
    if ctx.lex.lang != "ru":
        return []
    s = ctx.sentence_of_token(b)
    hi = ctx.sent_tokens[s][1]
    k = next((x for x in range(b, min(hi - 1, b + 3)) if ctx.words[x] in ctx.lex.words["both_by"]), None)
    if k is not None and ctx.words[k + 1] in ctx.lex.words["sides_by"]:
        return _two_sides(ctx, s, k, bodies_too=True)  # "ратифицирован обеими странами": the pair told before
    for m in ms:
        if b <= m.i < hi and m.i - b <= 10 and m.entity.type in domain and m.source != "demonym":
            if ctx.words[m.j - 1].endswith(_INSTRUMENTAL):
                return [x for x in _actor_list(ms, m, domain, ctx) if ctx.words[x.j - 1].endswith(_INSTRUMENTAL) or
                        ctx.tokens[x.j - 1].is_upper]  # (an abbreviation does not decline: "Китаем, США, Францией")
            if m.entity.type == "State" and m.i > b and ctx.words[m.i - 1] in ctx.lex.words["leaders_by"]:
                return _actor_list(ms, m, {"State"}, ctx)  # "создана … лидерами Польши, Чехословакии и Венгрии"
    return []




def _parties_named(ctx: Context, ms: list[Mention], obj: Mention, domain: set[str]) -> list[Mention]:
    """"Споразумението за асоцииране между Украйна и ЕС, подписано ...": the parties its name gives."""
    k = next((x for x in range(obj.i, obj.j) if ctx.words[x] in ("между", "between")), None)
    if k is not None:
        inner = [m for m in _inner(ctx, obj) if m.entity.type in domain and m.i > k]
        for x, y, cue in ctx.lex.anaphora.find(ctx.words, k + 1, obj.j):  # "between the Union and Iran"
            before = [m for m in ctx.mentions if m.j <= obj.i and m.entity.type == cue.value and cue.value in domain
                      and m.proper and m.source != "demonym"]
            if before:
                m = before[-1]
                inner.append(Mention(x, y, ctx.tokens[x].start, ctx.tokens[y - 1].end, m.entity, "anaphor", True))
        if obj.j < len(ctx.words) and ctx.words[obj.j] in ("and", "и"):  # "between the Union and Iran": the name
            nxt = [m for m in ms if m.i == obj.j + 1 and m.entity.type in domain and m.source != "demonym"]
            inner += _actor_list(ms, nxt[0], domain, ctx) if nxt else []  # was read up to "the Union"
        if not inner:  # "Меморандума о взаимопонимании между Правительством | Российской Федерации и Лигой …": the
            nxt = [m for m in ms if obj.j <= m.i <= obj.j + 1 and m.entity.type in domain and m.source != "demonym"]
            inner = _actor_list(ms, nxt[0], domain, ctx) if nxt else []  # name was read up to an office word
        return inner
    k = obj.j
    if k < len(ctx.words) and ctx.words[k] in ("между", "between"):
        nxt = [m for m in ms if m.i > k and m.i - k <= 2 and m.entity.type in domain and m.source != "demonym"]
        return _actor_list(ms, nxt[0], domain, ctx) if nxt else []
    return _owner_and_other(ctx, ms, obj, domain)


_WITH: Final = {"with", "с", "със", "со"}


def _owner_and_other(ctx: Context, ms: list[Mention], obj: Mention, domain: set[str]) -> list[Mention]:
    """"The EAEU's free trade agreement with Vietnam, signed in 2015", "Соглашение ЕАЭС … с Вьетнамом,
    подписанное …": the body whose agreement it is and the one it is with."""
    text, words = ctx.article.text, ctx.words
    w = next((x for x in range(obj.i + 1, min(len(words), obj.j + 1)) if words[x] in _WITH), None)
    other = next((m for m in ms if w is not None and m.i == w + 1 and m.entity.type in domain and
                  m.source != "demonym"), None)
    if other is None or w is None:
        return []
    owner = next((m for m in ms if m.j <= obj.i and obj.i - m.j <= 3 and m.entity.type in domain and
                  text[m.end:m.end + 2] in ("'s", "’s")), None) or \
        next((m for m in ms if obj.i < m.i < w and m.entity.type in domain and m.source != "demonym" and
              (words[m.i - 1] in ("на", "of") or m.i == obj.i + 1)), None)  # "Споразумението на ЕАИС …", "Соглашение ЕАЭС"
    return [owner, other] if owner is not None and owner.entity.iri != other.entity.iri else []


_FOLLOWED: Final = ("followed", "последван", "последвана", "последвано", "последвани")


def _passive_agents(ctx: Context, ms: list[Mention], b: int, domain: set[str]) -> list[Mention]:
    """"подписан през 1987 г. от Роналд Рейгън и Михаил Горбачов", "signed by X": the agents."""
    hi = ctx.sent_tokens[ctx.sentence_of_token(b)][1]
    k = b - 1 if b > 0 and ctx.words[b - 1] in _BY_AGENT else b  # ("основан от X": the cue ends with its agent's word)
    while k < hi and k - b <= 8 and ctx.words[k] not in _BY_AGENT:
        k += 1
    if k >= hi or ctx.words[k] not in _BY_AGENT or (ctx.words[k] == "от" and ctx.lex.lang != "bg"):
        return []
    if k > b and ctx.words[k - 1].startswith(_FOLLOWED):
        return []  # "ratified it in January, followed by Chile": who did it next, not its agent
    if k > b + 1 and "," in ctx.article.text[ctx.tokens[b - 1].end:ctx.tokens[k].start] and \
            ctx.lex.triggers.find(ctx.words, b, k):
        return []  # "The ECO Trade Agreement, signed in Islamabad in 2003, has been ratified by …": the nearer verb's
    sides = k + 1
    while sides < min(hi, k + 3) and ctx.words[sides] in _SIDES_BEFORE:
        sides += 1  # ("by the two sides", "от двете страни")
    if sides < hi and ctx.words[sides] in _SIDES:
        return _two_sides(ctx, ctx.sentence_of_token(b), k, bodies_too=True)  # "the agreement signed by the two sides": the pair told
    counted = next((x for x in range(k + 1, min(hi, k + 4)) if ctx.words[x] in _PLURAL_NOUN), None)
    if counted is not None and any(ctx.words[x] in _COUNT for x in range(k + 1, counted)) and \
            all(ctx.words[x] in _COUNT or ctx.words[x] in _PLURAL_DET for x in range(k + 1, counted)):
        return _group_named(ctx, ctx.sentence_of_token(b), counted)  # "подписан … от четирите държави": the four
        # states named before
    roles = {x for a, c, _ in ctx.lex.roles.find(ctx.words, k + 1, min(hi, k + 8)) for x in range(a, c)}
    demonyms = {x for d in ms if d.source == "demonym" and k < d.i < hi for x in range(d.i, d.j)}
    lead = k + 1
    honorifics = ctx.lex.words["honorifics"]
    bodies = {m.i: m.j for m in ms if m.entity.type == "Organization" and m.source != "demonym" and m.j in roles}
    while lead < hi and (lead in demonyms or ctx.words[lead] in _BEFORE_OFFICE or ctx.words[lead] in honorifics or
                         lead in bodies):
        lead = bodies.get(lead, lead + 1)  # "by Russian President Vladimir Putin and the DPRK's leader Kim Jong Un",
        # "by Ms. KAMIKAWA Yoko", "by CERN Director-General Fabiola Gianotti" (the office's body before it)
    if "Person" in domain and roles and min(roles) == lead:
        # "подписана от министър-председателя на Армения Никол Пашинян, президента на Азербайджан
        # Илхам Алиев и ...": the people named after their offices
        cut = next((x for x in range(k + 1, min(hi, k + 30)) if ctx.words[x] in _LIST_ENDS), min(hi, k + 30))
        people = [m for m in ms if k < m.i < cut and m.entity.type == "Person" and m.source != "demonym"]
        if people:
            return people
    for m in ms:
        if m.i > k and m.entity.type in domain and m.source != "demonym":
            if m.j < hi and m.entity.type == "Organization" and ctx.words[m.j] in _MEMBERS_OF:
                return []  # "set up by the BRICS nations": its members, not the bloc
            demonyms = {x for d in ms if d.source == "demonym" and k < d.i < m.i for x in range(d.i, d.j)}
            if all(x in roles or x in demonyms or ctx.words[x] in ("на", "of", "the") or ctx.words[x] in honorifics
                   for x in range(k + 1, m.i)):
                return _actor_list(ms, m, domain, ctx)  # ("signed by Russian President Vladimir Putin and …")
            return []
    return []


def _officials_after(ctx: Context, ms: list[Mention], b: int) -> list[Mention]:
    """"Документ подписали глава переходного правительства Мали полковник Ассими Гоита, президент Буркина-Фасо
    капитан Ибрагим Траоре и …": an office right after the verb opens its subjects, the people named after their
    offices (the verb before its subjects, the object before the verb)."""
    hi = ctx.sent_tokens[ctx.sentence_of_token(b)][1]
    roles = ctx.lex.roles.find(ctx.words, b, min(hi, b + 40))
    if b >= hi or not roles or roles[0][0] != b:
        return []
    opens = {a for a, _, _ in roles} | {m.i for m in ms if m.entity.type == "Person"}
    text, tokens = ctx.article.text, ctx.tokens
    cut = next((x for x in range(b + 1, min(hi, b + 40)) if "," in text[tokens[x - 1].end:tokens[x].start] and
                x not in opens and ctx.words[x] not in AND_WORDS), min(hi, b + 40))
    # (the list ends at a comma that opens no office and no name: ", принимавший встречу")
    return [m for m in ms if b < m.i < cut and m.entity.type == "Person" and m.source != "demonym"]


_SIDES_BEFORE: Final = {"the", "both", "two", "двете", "две"}  # (after "by", "от": English and Bulgarian)
_MEMBERS_OF: Final = {"nations", "countries", "states", "members", "governments", "leaders", "allies", "членки", "държави", "страни",
               "страны", "государства", "государств", "стран"}


_GENITIVE_LINKS: Final = {"на", "of", "the", "от", "страна"}
_RU_PREPOSITIONS: Final = {"на", "от"}


def _genitive(ctx: Context, cands: list[Mention], b: int, obj: Mention) -> Mention | None:
    """The actor right after a nominal cue: "присъединяването на Русия към", "accession of
    Russia to", "initiative of President Putin", "присоединение России к". After a verb (a Bulgarian plural
    past, "внесоха на Конференцията"; Russian has no "на" of a genitive: "внесли на Конференции") the body
    named is where the act took place, not its actor."""
    lang, verb = ctx.lex.lang, ctx.words[b - 1]
    if lang == "bg" and verb.endswith(_PLURAL_PAST["bg"]):
        return None  # "внесоха", "подписаха", "приеха"
    for m in cands:
        if m.i < b or (m.i > obj.i and not (obj.i < b and ctx.words[b] in OF_WORDS and obj.entity.type in ("Place", "State"))):
            continue  # (a place named before a noun cue leaves the names after its "of": "Виена, където е
            # седалището на ОССЕ"; not after a verb: "signed the Astana Declaration and endorsed the SCO Initiative")
        gap = range(b, m.i)
        if len(gap) > 4:
            return None
        roles = {k for x, y, _ in ctx.lex.roles.find(ctx.words, b, m.i) for k in range(x, y)}
        if all((ctx.words[k] in _GENITIVE_LINKS and not (lang == "ru" and ctx.words[k] in _RU_PREPOSITIONS)) or k in roles
               for k in gap) and \
                (gap or ctx.lex.lang == "ru") and (not gap or ctx.words[b] in _GENITIVE_LINKS or b in roles):
            return m
        return None
    return None


def _inner(ctx: Context, host: Mention) -> list[Mention]:
    """Catalog names inside a longer name, e.g. the parties in an agreement's title."""
    inner = catalog_mentions(ctx.article.text, ctx.tokens[host.i + 1:host.j], ctx.catalog, ctx.lex.lang)
    return [Mention(m.i + host.i + 1, m.j + host.i + 1, m.start, m.end, m.entity, m.source) for m in inner]

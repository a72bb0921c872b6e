"""Who holds which office: officialOf claims from role phrases next to a person ("външния
министър Сергей Лавров", "Mark Rutte, former prime minister of the Netherlands", "Brazil's
Lula"), with the office's state or body found in the phrase, nearby or in the catalog.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..dates import month_names
from ..catalog import Tenure
from ..models import Entity, When
from .agents import _MEMBERS_OF, _PARTICIPLE
from .antecedents import _COUNT, _PLURAL_NOUN, _most_named_states, _topic_org
from .coreference import tally
from .common import ACTOR, Found, _after_dateline, _clause_start, phrase_at, seat_state, secretariat_of
from .affiliations import _BODY_OFFICES, affiliated_officials
from .context import Context
from .mentions import NAME_PARTICLES, Mention, hyphened_article, is_adjective, new_entity, resolve_overlaps


def officials(ctx: Context) -> list[Found]:
    """officialOf from role phrases next to a person ("външния министър Сергей Лавров")."""
    out: list[Found] = []
    by_start = {m.i: _seat_as_state(ctx, m) for m in ctx.mentions}
    added: list[Mention] = []
    timed, time_at = {}, {}
    for t in ctx.times:
        i = ctx.token_at(t.start)
        timed[i] = max(ctx.token_at(max(t.start, t.end - 1)) + 1, i + 1)
        time_at[i] = t
    for s, roles in ctx.lex.roles.by_sentence(ctx.words, ctx.sent_tokens).items():
        lo, hi = ctx.sent_tokens[s]
        advisers = {y for _, y, c in roles if c.value == "adviser"}
        for a, b, cue in roles:
            if a in advisers:
                continue  # "Советник президента США по национальной безопасности": the adviser's office, no president
            if ctx.words[a].endswith(_OFFICE_NOUN_END) or "ствов" in ctx.words[a]:  # "председательствовавший"; not "председатель правительства"
                continue  # "председателството", "председательство": the office itself, not its holder
            if ctx.lex.lang == "en" and b < hi and ctx.words[b - 1].endswith(_PLURAL_ROLE) and \
                    ctx.tokens[b].text.islower() and ctx.words[b] not in ("of", "the") and b not in by_start:
                continue  # "APEC leaders adopt … as Biden, Xi hold …": officials in the plural, then a verb, name no one
            office: Entity | None = None
            inner = [m for m in ctx.mentions_at(lo, b) if a < m.j <= b and m.entity.type in ACTOR and m.source != "demonym"]
            # ("European Commission President": the body's name ends inside the role's "Commission President")
            if inner:
                office = inner[-1].entity  # "председателя на Европейската комисия": the body is in the role's name
            for d in (1, 2, 3) if office is None else ():
                demonym = by_start.get(a - d)
                if demonym and demonym.i >= lo and demonym.entity.type in ACTOR and \
                        "," not in ctx.article.text[demonym.end:ctx.tokens[a].start] and \
                        (ctx.lex.lang == "en" or demonym.source == "demonym") and \
                        (demonym.j == a or (demonym.j == a - 1 and ctx.words[a - 1] in ("s", "му", "си")) or
                         (ctx.lex.lang == "en" and demonym.source == "demonym" and
                          all(ctx.tokens[x].text.islower() for x in range(demonym.j, a))) or
                         (ctx.lex.lang == "en" and demonym.j < a and ctx.words[demonym.j] == "s" and a - demonym.j <= 3 and
                          all(ctx.tokens[x].text.islower() for x in range(demonym.j + 1, a)))):
                    # ("Bangladesh's interim leader Muhammad Yunus": lower-case words between)
                    office = demonym.entity  # "руският президент", "Denmark's Permanent Representative",
                    break                    # "Chinese foreign ministry spokesman"
            its = a - 1 if a > lo and ctx.words[a - 1] in ctx.lex.words["its"] else \
                a - 2 if a > lo + 1 and ctx.words[a - 2] in ctx.lex.words["its"] and ctx.words[a - 1] in ctx.lex.words["office_time_words"] else None
            if office is None and its is not None:
                office = _owner(ctx, s, its)  # "Estonia takes over. Its foreign minister, Margus Tsahkna, …", "its new
                # president Masato Kanda"
            k, person, tenure_time = b, None, None
            body_state: Entity | None = None  # the state in a body's name: "Совета безопасности РФ"
            offices: list[Entity] = []  # "президентите на Русия и Беларус Путин и Лукашенко": one office each
            while k < hi and k - b <= (12 if office is not None or k > b + 2 else 6):
                if office is None and ctx.words[k].startswith(_MEMBER_WORDS):
                    break  # "глава полноправного члена объединения": the head of a member, not of the bloc
                if k in timed:
                    tenure_time = time_at[k]
                    k = timed[k]  # "Временный премьер Мали с 1991 по 1992 годы Сумана Сакко"
                    continue
                m = by_start.get(k)
                if office is None and k == _after_of(ctx, b, hi) and \
                        (m is None or m.source == "demonym") and _whole_role_word(ctx, b, cue):
                    body = _named_body(ctx, k, hi, by_start)
                    if body is not None:
                        office, k = body.entity, body.j  # "вице-президент Иранской национальной газовой компании"
                        body_state = next((x.entity for x in ctx.mentions_at(body.i, body.j) if x.entity.type == "State"
                                           and x.source != "demonym" and x.i > body.i), None)
                        continue
                if m is not None:
                    if m.entity.type == "Person":
                        if k > b and "," in ctx.article.text[ctx.tokens[b - 1].end:m.start] and \
                                _appositive_person(ctx, a, by_start) is not None:
                            break  # "Maria Telalian as Director of ODIHR, Christophe Kamp as ...": hers, not his
                        person = m
                        break
                    if m.entity.type in ACTOR and office is None:
                        office = m.entity
                    if m.entity.type in ACTOR and (not offices or offices[-1].type == m.entity.type):
                        offices.append(m.entity)
                    k = m.j
                    continue
                tok = ctx.tokens[k]
                if ctx.words[k].rstrip(".") in _TITLES or (len(tok.text) == 1 and tok.is_cap and
                                                           ctx.article.text[tok.end:tok.end + 1] == "."):
                    k += 1  # "Dr Tedros Adhanom Ghebreyesus", "принц Абдулазиз"
                    continue
                if office is None and k == b + (ctx.words[b] in ("на", "of", "the")):
                    body = _unknown_body(ctx, k, hi, by_start)
                    if body is not None:
                        office, k = body.entity, body.j  # "глава ФТС", "гендиректор «Газпрома»"
                        owner = by_start.get(k)
                        if owner is not None and owner.entity.type == "State" and owner.source != "demonym":
                            office, k = owner.entity, owner.j  # "представитель МИД России": a state's body the catalog
                            # lacks speaks for the state
                        continue
                if tok.is_cap and not tok.is_upper:
                    if ctx.lex.heads.match_at(ctx.words, k) is not None or ctx.words[k] in ctx.lex.not_names or \
                            (k + 1 < hi and ctx.words[k + 1] in ("of", "на")) or \
                            (k + 1 in by_start and by_start[k + 1].entity.type in ("Organization", "State") and
                             by_start[k + 1].source != "demonym"):
                        k += 1  # "Chairman of the Board of the ... Commission X", "Председателя Коллегии Евразийской
                        # экономической комиссии", "премьер Госсовета КНР Ли Цян": a body's name, not a person
                        continue
                    person = _new_person(ctx, k, hi, by_start)
                    gloss = _glossed(ctx, person, hi) if person is not None else None
                    if gloss is not None:
                        k = gloss  # "председатель Халк Маслахаты (народного совета) Гурбангулы Бердымухамедов":
                        continue   # a body's name glossed in brackets, then the person
                    early = _appositive_person(ctx, a, by_start) if k > b else None  # (not "…, Namibia's
                    if early is not None:  # President Netumbo Nandi-Ndaitwah": the name right after the office is his)
                        person = None  # "Simon Stiell, executive secretary of UN Climate Change": the person is before
                    if person:
                        added.append(person)
                    break
                if office is None and tok.text.islower() and k + 1 < hi:
                    noun = ctx.lex.bodies.match_at(ctx.words, k)
                    body = _unknown_body(ctx, k + len(noun.words), hi, by_start) if noun is not None and \
                        k + len(noun.words) < hi else None
                    if body is not None:  # "гендиректор компании «Стройтрансгаз»", "председателят на партия „Възраждане“"
                        office, k = body.entity, body.j
                        continue
                if office is not None and ctx.article.text[ctx.tokens[k - 1].end:tok.start].strip() == ",":
                    more = next((y for x, y, _ in ctx.lex.roles.find(ctx.words, k, min(hi, k + 6)) if x == k), None)
                    if more is not None:
                        k = more  # "председатель КНР, генеральный секретарь ЦК КПК Си Цзиньпин": both his
                        continue
                if ctx.words[k] in _CLAUSE_WORDS or ctx.lex.report.match_at(ctx.words, k) is not None or \
                        _past_verb(ctx, k):
                    break  # "the Russian leader said that Oreshnik missiles …": a clause of his, not a name;
                    # "Президент России тепло поздравил Мигеля Диас-Канеля": the person after the verb is its object
                if k > b and tok.text.islower() and ctx.words[k - 1] not in ("и", "and") and \
                        ctx.lex.roles.match_at(ctx.words, k) is not None and \
                        any(ctx.tokens[x].text.islower() and by_start.get(x) is None and
                            ctx.lex.roles.match_at(ctx.words, x) is None and not is_adjective(ctx.words[x], ctx.lex.lang) and
                            ctx.lex.became.match_at(ctx.words, x) is None and  # ("генсеком является министр X": his)
                            ctx.words[x] not in ("на", "of", "the") for x in range(b, k)):
                    break  # "на выборах генерального секретаря ООН его поддержит президент РФ Дмитрий Медведев":
                    # the name after a second office, past words of a clause, is that office's
                if office is None and ctx.words[k] in ctx.lex.phrase_ends:
                    break  # "спецпредставителя главы государства по вопросам … СНГ X": no head of the CIS
                if ctx.words[k] in ("на", "of", "the", "и", "and") or tok.is_upper or \
                        (tok.text.islower() and ctx.article.text[ctx.tokens[k - 1].end:tok.start].strip() in ("", "-")):
                    k += 1
                    continue
                break
            appositive = False
            if person is None:
                person = _became_person(ctx, a, b, lo, by_start)
                appositive = person is not None
            if person is None:
                person = _appositive_person(ctx, a, by_start)
                appositive = person is not None
                if person is not None and person.source == "new":
                    added.append(person)
            if person is None:
                continue
            named_role: str = cue.value
            if a > lo and ctx.words[a - 1] in ctx.lex.deputy and not named_role.startswith(("deputy", "vice")) and \
                    named_role != "counterpart":
                named_role = "deputy " + named_role  # "Заместитель министра обороны России": a deputy defence minister
            role: str | None = named_role
            if role == "counterpart":  # "беларуският му колега Александър Лукашенко"
                if office is None or office.type != "State":
                    continue
                tenure = _tenure(ctx, person.entity, office)
                role = tenure.role if tenure is not None else None  # (an office of that state; which, unsaid)
            if appositive and office is None:
                inside = [m for m in by_start.values() if person.j <= m.i and m.j <= a and m.entity.type in ACTOR]
                office = inside[-1].entity if inside else _office_after(ctx, b, hi, by_start)
            if role == "minister" and office is None and not appositive:
                office = _home_government(ctx, b)  # "Министърът на околната среда и водите Манол Генов"
            if role in ("minister", "chairman", "head") and office is None:
                continue
            if office is None and role in ctx.lex.default_office and ctx.lex.default_office[role] in ctx.catalog.entities:
                office = ctx.catalog.entity(ctx.lex.default_office[role])  # "Еврокомисарят ...": the Commission
            if office is None:
                office = _office_from_catalog(ctx, person.entity, role)
            if office is None and not appositive:
                pairs = _offices_of_the_two(ctx, s, b, person, hi, by_start)
                if pairs:  # "вътрешните министри на двете държави Атанас Илков и Каталин Предою"
                    out += [Found(p.entity, "officialOf", st.entity, s, When(), role=role, confidence=0.7) for p, st in pairs]
                    continue
            if office is None and a > lo and ctx.words[a - 1] in ctx.lex.possessive:
                office = _possessor(ctx, lo, a, by_start)  # "Малайзия …, заявил её премьер-министр"
            if office is None and person.j + 1 < hi and ctx.words[person.j] in ("of", "от", "из") and \
                    role not in _BODY_OFFICES:  # (not "Executive Secretary Elias Magosi of Botswana": his nationality)
                after = by_start.get(person.j + 1)  # "President Siaka Stevens of Sierra Leone": his state follows him
                if after is not None and after.entity.type == "State" and after.source != "demonym":
                    office = after.entity
            if office is None and role not in ("minister", "chairman", "head"):
                office = _office_nearby(ctx, lo, a, by_start)
            if office is None and role in _BODY_OFFICES and not appositive and (a == lo or not ctx.tokens[a - 1].is_cap) \
                    and not any(m.entity.type == "Agreement" for m in ctx.mentions_in(s) if b <= m.i <= b + 2):
                # (not "Исполнительный секретарь Минаматской конвенции …": the treaty's secretariat)
                topic = _topic_org(ctx, s, a)  # "Director-General Francesco La Camera told the session": an office held
                office = topic.entity if topic is not None else None  # in a body, unnamed: the body the text is about
            if office is None:
                continue
            if office.type != "State" and role in ctx.lex.state_offices:
                office = _office_from_catalog(ctx, person.entity, role)  # not "МУС премьер-министр Виктор Орбан"
                if office is None or office.type != "State":
                    continue
            when = When(start=tenure_time.span[0], end=tenure_time.span[1]) if tenure_time and tenure_time.span else When()
            out.append(Found(person.entity, "officialOf", office, s, when, role=role, confidence=0.85))
            if body_state is not None and office.type == "Organization" and office.iri != body_state.iri:
                # an official of a state's body is one of that state too (as `_of_the_whole` says for the catalog's)
                out.append(Found(person.entity, "officialOf", body_state, s, when, role=role, confidence=0.7))
            if len(offices) > 1 and not appositive and offices[0] == office:
                for other, its_office in zip(_listed_persons(ctx, person, len(offices), hi, by_start, added), offices[1:]):
                    out.append(Found(other.entity, "officialOf", its_office, s, when, role=role, confidence=0.8))
            elif len(offices) == 1 and not appositive and ctx.words[b - 1].endswith(_PLURAL_ROLE):
                for other, its_office in _paired_people(ctx, person, hi, by_start, added):
                    out.append(Found(other.entity, "officialOf", its_office, s, when, role=role, confidence=0.8))
            elif len(offices) <= 1 and not appositive and ctx.words[b - 1].endswith(_PLURAL_ROLE):
                for other in _coordinated_people(ctx, person, hi, by_start):  # "тогавашните президенти Дмитрий
                    known_office = _office_from_catalog(ctx, other.entity, role)  # Медведев и Барак Обама"
                    if known_office is not None:
                        out.append(Found(other.entity, "officialOf", known_office, s, when, role=role, confidence=0.75))
    if added:
        ctx.mentions = resolve_overlaps(ctx.mentions + added, resolved=len(ctx.mentions))
    out = [_in_office_since(ctx, f) for f in out]
    in_bodies = {(f.subject.iri, f.sentence) for f in out if f.object.type == "Organization"}
    affiliated = [f for f in affiliated_officials(ctx) if (f.subject.iri, f.sentence) not in in_bodies]
    # ("read out by its president, Tomas Heidar of Iceland": the office is the tribunal's, Iceland his nationality)
    led = _leaders_before(ctx)
    if led:
        told = {(g.subject.iri, g.object.iri): n for n, g in enumerate(out)}
        for f in led:
            n = told.get((f.subject.iri, f.object.iri))
            if n is None:
                out.append(f)
            elif f.when.start and not (out[n].when.start or out[n].when.at):
                out[n] = replace(out[n], when=f.when)  # "Director-General La Camera …; he has led IRENA since 2019"
    found = _presiding_leaders(ctx, out + affiliated + _heads_of_bodies(ctx) + _leaders_by_place(ctx))
    found += _predecessors(ctx, found)
    found = [_secretariats_body(ctx, f) for f in found]
    return found + _of_the_whole(ctx, found)


def _secretariats_body(ctx: Context, f: Found) -> Found:
    """An official of a secretariat the catalog lacks is one of the body it serves ("Главният изпълнителен директор
    на секретариата на КРМ Аноулак Китикун": of the Mekong River Commission)."""
    if f.object.type != "Organization" or f.object.in_catalog:
        return f
    body = secretariat_of(ctx, f.object.label)
    return replace(f, object=body) if body is not None else f


def _predecessors(ctx: Context, found: list[Found]) -> list[Found]:
    """"Dominguez will take office on Jan. 1, succeeding Kitack Lim of South Korea", "сменя на поста Йенс
    Столтенберг", "сменит на этом посту X": the person succeeded held the office the successor is said to hold
    in the article (the successor's role and body)."""
    out: list[Found] = []
    verbs = ctx.lex.words["succeeding"]
    if not verbs.intersection(ctx.words):
        return out
    held: dict[str, list[Found]] = {}
    for f in found:
        if f.relation == "officialOf" and f.role:
            held.setdefault(f.subject.iri, []).append(f)
    if not held:
        return out
    for s in range(len(ctx.sentences)):
        lo, hi = ctx.sent_tokens[s]
        ks = [k for k in range(lo, hi) if ctx.words[k] in verbs]
        if not ks:
            continue
        ms = ctx.mentions_in(s)
        for k in ks:
            successor = next((m.entity.iri for m in reversed(ms) if m.j <= k and m.entity.type == "Person" and
                              m.entity.iri in held), None)
            if successor is None and ctx.words[lo] in ctx.lex.words["person_pronouns"]:  # "Той смени Йенс Столтенберг": the one
                successor = next((f.subject.iri for f in found if f.sentence == s - 1 and  # holding an office
                                  f.subject.iri in held), None)  # in the sentence before
            gone = next((m for m in ms if k < m.i <= k + 6 and m.entity.type == "Person"), None)
            if successor is None or gone is None or gone.entity.iri == successor:
                continue
            for f in held[successor]:  # (no end day: "will take office on Jan. 1" is often read
                out.append(Found(gone.entity, "officialOf", f.object, s, When(), role=f.role,  # as the past one)
                                 confidence=0.65))
    return out


def _leaders_by_place(ctx: Context) -> list[Found]:
    """"The juntas, led by Captain Ibrahim Traore in Burkina Faso, General Assimi Goita in Mali and …", "водени от X в
    Мали": after "led by", each person followed by "in" and a state heads that state."""
    out: list[Found] = []
    words = ctx.words
    firsts = {p.split(" ", 1)[0] for p in ctx.lex.words["led_by"]}
    if not firsts.intersection(words):
        return out
    for k in range(len(words) - 1):
        if words[k] not in firsts or not phrase_at(ctx, "led_by", k):
            continue
        b, s = k + 2, ctx.sentence_of_token(k)
        hi = ctx.sent_tokens[s][1]
        ms = ctx.mentions_in(s)
        at = {m.i: m for m in ms if m.entity.type == "State" and m.source != "demonym"}
        for m in ms:
            if m.i < b or m.i - b > 30 or m.entity.type != "Person" or m.j + 1 >= hi:
                continue
            if words[m.j] in ctx.lex.locative and m.j + 1 in at:
                out.append(Found(m.entity, "officialOf", at[m.j + 1].entity, s, When(), role="head", confidence=0.7))
    return out


_LEADING: Final = {"president", "prime minister", "king", "chancellor", "head"}


def _in_office_since(ctx: Context, f: Found) -> Found:
    """The office dated by a clause set off after its holder: "Matthias Cormann, who has led the organization
    since June 2021,", "който ръководи организацията от юни 2021 г.", "возглавляющий … с 2016 года"."""
    if f.when.start or f.when.end or f.when.at:
        return f
    person = next((m for m in ctx.mentions_in(f.sentence) if m.entity.iri == f.subject.iri), None)
    if person is None:
        return f
    text, tokens = ctx.article.text, ctx.tokens
    hi = ctx.sent_tokens[f.sentence][1]
    if person.j >= hi or "," not in text[person.end:tokens[person.j].start]:
        return f
    def segment_end(start: int) -> int:
        return next((k for k in range(start + 1, min(hi, start + 16)) if "," in text[tokens[k - 1].end:tokens[k].start]), hi)
    begin, end = person.j, segment_end(person.j)
    if not ctx.lex.in_office_since.find(ctx.words, begin, end) and end < hi:
        begin, end = end, segment_end(end)  # (past an apposition: "Марк Рюте, бивш премиер на Нидерландия, който
        # оглавява организацията от 1 октомври миналата година")
    if not ctx.lex.in_office_since.find(ctx.words, begin, end):
        return f
    times = [t for t in ctx.times_in(f.sentence) if tokens[begin].start <= t.start < tokens[end - 1].end and
             (t.at or t.span)]
    if not times:
        return f
    first, span = times[0], times[0].span
    day = first.at or (span[0] if span else None)
    return replace(f, when=When(start=day))


def _home_government(ctx: Context, b: int) -> Entity | None:
    """The outlet's own state, for a minister named by a portfolio in lower case and nothing else
    ("Министърът на околната среда и водите", "министр природных ресурсов"); None in English."""
    home = ctx.lex.home_state
    words, tokens = ctx.words, ctx.tokens
    if home is None or home not in ctx.catalog.entities or b + 1 >= len(words):
        return None
    k = b + 1 if words[b] in ("на", "of") else b
    if not tokens[k].text.islower() or k == b and ctx.lex.lang != "ru":
        return None  # (Russian names the portfolio in the genitive, without a preposition)
    if _most_told_state(ctx) != home:
        return None  # an article about another country's cabinet: "Министр сельского хозяйства — Йосимаса Хаяси"
    return ctx.catalog.entity(home)


def _most_told_state(ctx: Context) -> str | None:
    """The state the article names most often."""
    counts, _ = tally(ctx.mentions, "State", len(ctx.tokens))
    return max(counts, key=counts.__getitem__) if counts else None


def _presiding_leaders(ctx: Context, found: list[Found]) -> list[Found]:
    """"Председателят на ИКОВАС, нигерийският президент Бола Тинубу": the chairman of a body of states
    who leads a state of his own holds its rotating chair (chairOf), he is no official of its staff."""
    leaders = {(f.subject.iri, f.sentence) for f in found if f.relation == "officialOf" and
               f.object.type == "State" and f.role in _LEADING}
    if not leaders:
        return found
    return [replace(f, relation="chairOf", role=None) if f.relation == "officialOf" and f.role == "chairman" and
            f.object.type == "Organization" and (f.subject.iri, f.sentence) in leaders else f for f in found]


def _of_the_whole(ctx: Context, found: list[Found]) -> list[Found]:
    """An official of an organ is an official of the body it belongs to ("President of the European
    Commission" is an official of the EU): the catalog's part_of."""
    out = []
    for f in found:
        ent = ctx.catalog.entities.get(f.object.iri) if f.relation == "officialOf" else None
        if ent is not None and ent.part_of and ent.part_of in ctx.catalog.entities:
            out.append(replace(f, object=ctx.catalog.entity(ent.part_of), confidence=f.confidence * 0.8))
        elif ent is not None and ent.type == "Organization" and ent.capital_of in ctx.catalog.entities:
            # "председатель Госдумы Вячеслав Володин": a parliament's or a ministry's official is one of its state
            out.append(replace(f, object=ctx.catalog.entity(ent.capital_of), confidence=f.confidence * 0.8))
    return out


def _heads_of_bodies(ctx: Context) -> list[Found]:
    """"the New Development Bank, headed by former Brazilian President Dilma Rousseff", "Суд,
    расположенный в Гааге, возглавляет японский судья Томоко Аканэ": the person heads the body."""
    out: list[Found] = []
    for s, cues in ctx.lex.headed_by.by_sentence(ctx.words, ctx.sent_tokens).items():
        hi = ctx.sent_tokens[s][1]
        ms = ctx.mentions_in(s)
        for a, b, _ in cues:
            person = next((m for m in ms if b <= m.i <= b + 6 and m.entity.type == "Person"), None) or \
                _first_new_person(ctx, ms, b, hi)
            if person is None or any(m.entity.type in ACTOR and m.source != "demonym" and b <= m.i < person.i
                                     and m.entity.type != "State" for m in ms):
                continue  # "led by Russia's delegation ...": no person right after the verb
            body = next((m for m in reversed(ms) if m.j <= a and a - m.j <= 25 and m.entity.type == "Organization"
                         and m.source != "demonym" and not (m.j < hi and ctx.words[m.j] in _MEMBERS_OF)), None)
            if body is None:
                continue
            start = _clause_start(ctx, s, body.i)
            since = next((t for t in ctx.times_in(s) if ctx.tokens[start].start <= t.start < person.end and
                          (t.at or t.span) and {ctx.words[ctx.token_at(t.start)], ctx.words[ctx.token_at(t.start) - 1]} &
                          ctx.lex.words["since_words"]), None)  # ("а от 2019 г. организацията се ръководи от …")
            when = When(start=since.at or (since.span[0] if since.span else None)) if since is not None else When()
            out.append(Found(person.entity, "officialOf", body.entity, s, when, role="head", confidence=0.7))
    return out


def _leaders_before(ctx: Context) -> list[Found]:
    """"Косов возглавляет правление МИБ с 2012 года", "La Camera … has led IRENA since 2019": the person before a
    verb of leading heads the body right after it (a lower-case word for its board between), from the time after."""
    out: list[Found] = []
    verbs = ctx.lex.words["lead_verbs"]
    text, words = ctx.article.text, ctx.words
    for s, (lo, hi) in enumerate(ctx.sent_tokens):
        for k in range(lo + 1, hi - 1):
            if words[k] not in verbs or words[k + 1] in ("by", "от"):
                continue
            ms = ctx.mentions_in(s)
            person = next((m for m in reversed(ms) if m.j <= k and m.source != "demonym" and
                           m.entity.type in ("Person", "State", "Organization")), None)
            if person is None or person.entity.type != "Person" or k - person.j > _LEADER_GAP or \
                    any(words[x] in ctx.lex.words["possessive_relative"] for x in range(person.j, k)):
                continue  # (not "Prince Abdulaziz bin Salman, whose country leads OPEC+": his country does)
            body = next((m for m in ms if k < m.i <= k + 3 and m.source != "demonym"), None)
            if body is None or body.entity.type != "Organization" or \
                    any(not ctx.tokens[x].text.islower() or "," in text[ctx.tokens[x - 1].end:ctx.tokens[x].start]
                        for x in range(k + 1, body.i)):
                continue
            since = next((t for t in ctx.times_in(s) if ctx.tokens[body.j - 1].end <= t.start and (t.at or t.span) and
                          {words[ctx.token_at(t.start)], words[ctx.token_at(t.start) - 1]} & ctx.lex.words["since_words"]),
                         None)
            when = When(start=since.at or (since.span[0] if since.span else None)) if since is not None else When()
            out.append(Found(person.entity, "officialOf", body.entity, s, when, role="head", confidence=0.7))
    return out


_LEADER_GAP: Final = 12  # tokens from the person to the verb (an apposition between: "La Camera, a former …, has led")


def _offices_of_the_two(ctx: Context, s: int, b: int, person: Mention, hi: int,
                        by_start: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """"the interior ministers of the two countries, A and B": "the two countries" are the states
    most named so far, in the order the article first named them, and each person holds the office for
    the state in the same place of the list."""
    between = ctx.words[b:person.i]
    n = next((_COUNT[w] for w in between if w in _COUNT), None)
    if n is None or not any(w in _PLURAL_NOUN for w in between):
        return []
    people = [person, *_coordinated_people(ctx, person, hi, by_start)]
    states = _most_named_states(ctx, b, n)
    if len(people) != n or len(states) != n:
        return []
    states.sort(key=lambda m: next(x.i for x in ctx.mentions if x.entity.iri == m.entity.iri))
    return list(zip(people, states))


def _first_new_person(ctx: Context, ms: list[Mention], b: int, hi: int) -> Mention | None:
    """A person the catalog lacks, named within a few words after b ("японский судья Томоко Аканэ")."""
    taken = {k for m in ms for k in range(m.i, m.j)}
    by_start = {m.i: m for m in ms}
    for k in range(b, min(hi, b + 6)):
        if k not in taken and ctx.tokens[k].is_cap and not ctx.tokens[k].is_upper:
            return _new_person(ctx, k, hi, by_start)
    return None


def _glossed(ctx: Context, name: Mention, hi: int) -> int | None:
    """The token after a bracketed lower-case gloss that follows a name ("Халк Маслахаты (народного
    совета)"): the name is a body's, explained, not a person's; None when no gloss follows."""
    text = ctx.article.text
    if not text[name.end:name.end + 2].lstrip().startswith("("):
        return None
    k = name.j
    if k >= hi or not ctx.tokens[k].text.islower():
        return None
    while k < hi and ")" not in text[ctx.tokens[k - 1].end:ctx.tokens[k].start]:
        k += 1
    return k if k < hi else None


def _seat_as_state(ctx: Context, m: Mention) -> Mention:
    """A seat of government stands for its state where an office is told ("State Department spokeswoman Tammy
    Bruce", "представитель Госдепартамента", "Kremlin spokesman"); a capital city does not ("the Moscow mayor")."""
    state = seat_state(ctx, m)
    return m if state is None else Mention(m.i, m.j, m.start, m.end, state, "metonym", m.proper)


def _unknown_body(ctx: Context, k: int, hi: int, by_start: dict[int, Mention]) -> Mention | None:
    """An organization the catalog lacks, right after a role: an abbreviation ("ФТС", "ODS") or a
    quoted name ("«Газпрома»", "\"Роскомнадзора\"")."""
    text, toks = ctx.article.text, ctx.tokens
    tok = toks[k]
    if tok.is_upper and 2 <= len(tok.text) <= 7 and tok.text.isalpha() and k not in by_start:
        return Mention(k, k + 1, tok.start, tok.end, new_entity(tok.text, "Organization", ctx.lex.lang), "new")
    before = text[toks[k - 1].end:tok.start] if k > 0 else ""
    if any(q in before for q in "«\"“„") and tok.is_cap:
        j = k
        while j < hi and j - k < 5 and not any(q in text[toks[j].end:toks[j].end + 1] for q in "»\"”“"):
            j += 1
        if j < hi and j - k < 5:
            name = text[tok.start:toks[j].end]
            return Mention(k, j + 1, tok.start, toks[j].end, new_entity(name, "Organization", ctx.lex.lang), "new")
    return None


def _after_of(ctx: Context, b: int, hi: int) -> int:
    """The token after "of", "of the", "на" right after an office ending at b."""
    k = b
    while k < hi and k - b < 2 and ctx.words[k] in ("на", "of", "the"):
        k += 1
    return k


def _whole_role_word(ctx: Context, b: int, cue) -> bool:
    """Whether the role's last word is the cue's word, not a longer word it begins ("Ministerial Council"
    is no minister's council); inflected endings count in bg and ru."""
    if ctx.lex.lang != "en":
        return True
    pattern = cue.words[-1].rstrip("*=")
    return ctx.words[b - 1] in (pattern, pattern + "s")


def _named_body(ctx: Context, k: int, hi: int, by_start: dict[int, Mention]) -> Mention | None:
    """A body the catalog lacks, named right after an office by a capitalised phrase around a body noun
    (`roles.toml` `[bodies]`): "Иранской национальной газовой компании", "Ассоциации театров кукол XXI
    века", "Asian Football Confederation", "Министерства объединения Южной Кореи". The name runs from a
    capitalised word through the noun, then on over lower-case genitive words, numerals and places the
    catalog knows; a capitalised word the catalog does not know after the noun begins the holder's name."""
    text, toks, words, lang = ctx.article.text, ctx.tokens, ctx.words, ctx.lex.lang
    if not toks[k].is_cap or toks[k].is_upper:
        return None
    j, head = k, None
    while j < hi and j - k < 6 and head is None:
        if j > k and text[toks[j - 1].end:toks[j].start] not in (" ", "-"):
            return None
        m = by_start.get(j)
        if m is not None and m.source != "demonym" and m.entity.type in ("Person", "Organization"):
            return None  # (a body the catalog knows: the rules after this one read it)
        cue = ctx.lex.bodies.match_at(words, j)
        if cue is not None:
            head = j + len(cue.words)
            break
        joined = text[toks[j].end:toks[j + 1].start] == "-" if j + 1 < hi else False  # "Торгово-промышленной"
        if not (is_adjective(words[j], lang) or toks[j].is_cap or joined or (m is not None and m.source == "demonym")):
            return None
        if lang != "en" and not is_adjective(words[j], lang) and not joined and (m is None or m.source != "demonym"):
            return None  # ("Коллегии Евразийской …": in bg and ru only adjectives come before the noun)
        j += 1
    if head is None or not any(toks[x].is_cap for x in range(k, head)):
        return None
    if lang == "en" and not all(toks[x].is_cap for x in range(k, head)):
        return None
    after = _after_of(ctx, head, hi)
    if after > head and after < hi and by_start.get(after) is not None and \
            by_start[after].entity.type == "Organization" and by_start[after].source != "demonym":
        return None  # "Chairman of the Board of the Eurasian Economic Commission": an organ of a known body
    end = j = head
    while j < hi and j - head < 5:
        if text[toks[j - 1].end:toks[j].start] not in (" ", "-"):
            break
        m = by_start.get(j)
        if m is not None:
            if m.entity.type == "Organization" and m.source != "demonym":
                return None  # "Комиссии Африканского союза": an organ of a body the catalog knows
            if m.entity.type not in ("State", "Place") or m.source == "demonym":
                break
            end = j = m.j  # "Торгово-промышленной палаты России", "Министерства объединения Южной Кореи"
            continue
        tok, w = toks[j], words[j]
        if tok.is_cap and not tok.is_upper and (ctx.lex.roles.match_at(words, j) is not None or
                                                ctx.lex.bodies.match_at(words, j) is not None):
            j += 1
            end = j  # "Совета Министров РФ": a capitalised word of the name, not the holder's
            continue
        if tok.is_upper and (w.isalpha() or w.isdigit()) and len(w) <= 5 and j + 1 < hi and toks[j + 1].text.islower():
            j += 1  # "XXI века"
            continue
        if lang == "en" and w == "of" and j + 1 < hi and toks[j + 1].is_cap and by_start.get(j + 1) is None and \
                j + 2 < hi and ctx.lex.bodies.match_at(words, j + 2) is None and toks[j + 2].text.islower():
            end = j = j + 2  # "Bank of England"
            continue
        if lang != "en" and tok.text.islower() and tok.text.isalpha() and len(w) > 3 and \
                not w.endswith(_PAST_VERB) and ctx.lex.report.match_at(words, j) is None:
            j += 1
            end = j  # "Ассоциации театров кукол", "Духовного управления мусульман"
            continue
        break
    name = text[toks[k].start:toks[end - 1].end]
    return Mention(k, end, toks[k].start, toks[end - 1].end, new_entity(name, "Organization", lang), "new")


# past-tense verb endings: a verb after an office and its body ends the phrase ("Президент России тепло
# поздравил Мигеля Диас-Канеля": the person after the verb is its object, not the president)
_PAST_VERB: Final = ("ил", "ал", "ял", "ел", "ула", "ила", "ала", "яла", "ела", "или", "али", "яли", "ели", "лся", "лась", "лись")


def _past_verb(ctx: Context, k: int) -> bool:
    """A lower-case past-tense verb at token k (Russian and English endings; Bulgarian ones are too
    like nouns and adjectives to tell)."""
    w, tok = ctx.words[k], ctx.tokens[k]
    if not tok.text.islower() or len(w) <= 4 or w in _TITLES or ctx.lex.became.match_at(ctx.words, k) is not None:
        return False  # ("Новым премьером стал лидер консерваторов Дэвид Кэмерон": the office is the holder's)
    if ctx.lex.lang == "ru":
        return w.endswith(_PAST_VERB) and not is_adjective(w, "ru")
    return ctx.lex.lang == "en" and w.endswith("ed")


def _tenure(ctx: Context, person: Entity, office: Entity | None) -> Tenure | None:
    ent = ctx.catalog.entities.get(person.iri)
    if ent is None or office is None:
        return None
    return next((t for t in reversed(ent.tenures) if t.office_of == office.iri), None)


_FORMER: Final = {"former", "the", "a", "an", "new", "бивш", "бившия", "бившият", "бивша", "бившата", "бывший", "бывшего", "экс",
           "нов", "новия", "новият", "новый", "нового"}


def _mentions_by_end(ctx: Context, by_start: dict[int, Mention], people: bool) -> dict[int, Mention]:
    """`by_start`'s mentions (only people's, if `people`) by the token after their end: built once
    per `by_start` (which `officials` reads only), not at every role phrase."""
    name = "ends_people" if people else "ends"
    hit = ctx._index.get(name)
    if hit is None or hit[0] is not by_start:
        ends = {m.j: m for m in by_start.values() if not people or m.entity.type == "Person"}
        hit = ctx._index[name] = (by_start, ends)   # (holding `by_start`: its id is not reused meanwhile)
    return hit[1]


def _appositive_person(ctx: Context, a: int, by_start: dict[int, Mention]) -> Mention | None:
    """"Mark Rutte, former prime minister of the Netherlands": the person before the role."""
    k = a
    text = ctx.article.text
    ends = _mentions_by_end(ctx, by_start, False)
    while k > 0 and a - k < 7 and text[ctx.tokens[k - 1].end:ctx.tokens[k].start].strip() != "," and \
            not _dashed(ctx, k, a):
        m = ends.get(k)
        w = ctx.words[k - 1]
        if w in _AS and k > 1:
            person = _person_before_as(ctx, k - 1, ends)
            if person is not None:
                return person  # "appointed Feridun Sinirlioğlu of Türkiye as the new OSCE Secretary General"
        if k > 2 and (ctx.words[k - 2], w) in _IN_POST:
            person = _person_before_as(ctx, k - 2, ends)
            if person is not None:
                return person  # "утвердил Джину Хаспел на посту директора ЦРУ", "в качестве министра"
        if m is not None and m.entity.type in ACTOR and m.source != "demonym" and m.i < k:
            if any(d in text[m.end:ctx.tokens[k].start] for d in (" - ", " – ", " — ")):
                return None  # "…, Туркмению - председатель Халк Маслахаты …": a gapped clause of its own
            k = m.i  # "as the new OSCE Secretary General": the body before the role
        elif m is not None and m.source == "demonym" and m.i < k:
            k = m.i  # "Audrey Azoulay, a former French culture minister"
        elif m is None and w == "s" and ends.get(k - 1) is not None and ends[k - 1].entity.type in ACTOR:
            k = ends[k - 1].i  # "Wopke Hoekstra, the European Union's climate commissioner"
        elif w in _FORMER or (ctx.tokens[k - 1].text.islower() and a - k < 2 and w != "s" and not w.endswith(_GERUND)):
            k -= 1
        else:
            return None
    if k == 0 or (text[ctx.tokens[k - 1].end:ctx.tokens[k].start].strip() != "," and not _dashed(ctx, k, a)):
        return None
    if ctx.words[k] in _CONJUNCTIONS:
        return None  # "не экс-премьер Ян Фишер, а глава МИД …": another person's office
    for m in by_start.values():
        if m.j == k and m.entity.type == "Person":
            return m
    if k - 1 in {x for m in by_start.values() for x in range(m.i, m.j)}:
        return None
    lo = ctx.sent_tokens[ctx.sentence_of_token(k - 1)][0]
    first = k
    in_role = {x for a_, y, _ in ctx.lex.roles.find(ctx.words, max(lo, k - 8), k) for x in range(a_, y)}
    while first > lo and k - first < 3 and ctx.tokens[first - 1].is_cap and not ctx.tokens[first - 1].is_upper and \
            first - 1 not in in_role:
        first -= 1  # (not "General Audrey Azoulay" out of "Director-General Audrey Azoulay")
    titled = first - 1 in in_role
    if k - first >= 2 and (first == lo or text[ctx.tokens[first - 1].end:ctx.tokens[first].start].strip() or
                           ctx.tokens[first - 1].text.islower() or titled):
        person = _new_person(ctx, first, k, by_start)  # "Wopke Hoekstra, the European Union's climate commissioner"
        if person is not None and person.j == k:
            return person
    return None


def _dashed(ctx: Context, k: int, a: int) -> bool:
    """"Джанни Инфантино — новый президент ФИФА", "Синдзо Абэ — премьер-министр Японии": a dash before
    token k opens an apposition to the name before it, when only "former", "new" or adjectives stand
    between the dash and the office at a (not "… — заявил министр", a clause of its own)."""
    if k == 0 or ctx.article.text[ctx.tokens[k - 1].end:ctx.tokens[k].start] not in (" — ", " – ", " - "):
        return False
    return all(w in _FORMER or is_adjective(w, ctx.lex.lang) for w in ctx.words[k:a])


_AS: Final = {"as", "за", "като"}
# a gerund between a person and an office starts a clause of its own: "заявил Блинкен, вручая шведскому
# премьеру ...", "said Blinken, handing the Swedish premier ...": the office is another person's
_GERUND: Final = ("ing", "ая", "яя", "уя", "ив", "ав", "ев", "йки")
_INSTRUMENTAL_ROLE: Final = ("ем", "ём", "ом", "ой", "ым", "ей")


def _became_person(ctx: Context, a: int, b: int, lo: int, by_start: dict[int, Mention]) -> Mention | None:
    """The person a verb of holding or taking an office names before the office (`roles.toml`
    `[became]`): "Ли Куан Ю стал первым премьер-министром Сингапура", "Ana Brnabić became prime
    minister of Serbia", "Майка Помпео, который стал госсекретарем США" (the person before "который");
    "утвердил Мигеля Диаса-Канеля председателем Госсовета": the person named right before an office in
    the instrumental."""
    ends = _mentions_by_end(ctx, by_start, True)
    words, toks, text = ctx.words, ctx.tokens, ctx.article.text
    cues = {y: x for x, y, _ in ctx.lex.became.find(ctx.words, max(lo, a - 8), a)}
    bodies = {m.j: m for m in by_start.values() if m.entity.type == "Organization" and m.source != "demonym"}
    k, verb = a, None
    while k > lo and a - k < 6 and not text[toks[k - 1].end:toks[k].start].strip():
        if k in cues:
            verb = cues[k]
            break
        if k == a and k in bodies:
            k = bodies[k].i  # "Mark Rutte became NATO Secretary General": the body's name before the office
            continue
        w = words[k - 1]
        if not (w in _FORMER or w in _AS or is_adjective(w, ctx.lex.lang) or
                (ctx.lex.lang == "en" and toks[k - 1].text.islower() and "the" in words[max(lo, k - 3):k])):
            break
        k -= 1  # "стал первым чернокожим президентом", "беше избран за президент", "became the first black president"
    if verb is not None:
        k = verb
        while k > lo and verb - k < 4 and toks[k - 1].text.islower() and words[k - 1] not in _WHO and \
                words[k - 1] not in ctx.lex.he_she and not text[toks[k - 1].end:toks[k].start].strip() and ends.get(k) is None:
            k -= 1  # "который сегодня был назначен", "who was later elected"
        if k > lo and words[k - 1] in ctx.lex.he_she:
            return _told_person(ctx, k - 1)  # "В 2009 году он был назначен генеральным секретарем …"
        if k > lo and words[k - 1] in _WHO:
            m = ends.get(k - 1)
            if m is not None and "," in text[m.end:toks[k - 1].start]:
                return m
            return None
        m = ends.get(k)
        if m is not None and not text[m.end:toks[k].start].strip():
            return m
        return None
    m = ends.get(a)
    if m is not None and ctx.lex.lang == "ru" and ctx.words[b - 1].endswith(_INSTRUMENTAL_ROLE) and \
            not ctx.article.text[m.end:ctx.tokens[a].start].strip():
        return m
    return None


def _told_person(ctx: Context, k: int) -> Mention | None:
    """The person "he"/"she" at token k stands for: the first named in its sentence before it, else
    the first named in the nearest sentence before that names one (the one the text tells of)."""
    s = ctx.sentence_of_token(k)
    for t in range(s, max(-1, s - 3), -1):
        lo, hi = ctx.sent_tokens[t]
        people = [m for m in ctx.mentions_at(lo, min(hi, k)) if m.entity.type == "Person"]
        if people:
            return min(people, key=lambda m: m.i)
    return None


_WHO: Final = {"который", "которая", "who", "който", "която"}
_IN_POST: Final = {("на", "посту"), ("на", "пост"), ("в", "должности"), ("в", "качестве"), ("на", "поста"), ("на", "длъжността"),
            ("в", "качеството"), ("в", "ролята")}


def _person_before_as(ctx: Context, k: int, ends: dict[int, Mention]) -> Mention | None:
    """The person right before "as"/"за" (token k), skipping an "of <State>" that says where he is from;
    a name the catalog lacks when two or three capitalised words end there ("утвердил Джину Хаспел на посту")."""
    m = ends.get(k)
    if m is not None and m.entity.type == "State" and m.i >= 2 and ctx.words[m.i - 1] in ("of", "от"):
        m = ends.get(m.i - 1)
    if m is None and k >= 2:
        lo = ctx.sent_tokens[ctx.sentence_of_token(k - 1)][0]
        first = k
        while first > lo and k - first < 3:
            tok = ctx.tokens[first - 1]
            if not tok.is_cap or tok.is_upper or ctx.words[first - 1] in ctx.lex.not_names or \
                    (first < k and ctx.article.text[tok.end:ctx.tokens[first].start] != " "):
                break
            first -= 1
        if k - first >= 2 and first > lo and not any(m2.i <= x < m2.j for m2 in ends.values() for x in range(first, k)):
            name = ctx.article.text[ctx.tokens[first].start:ctx.tokens[k - 1].end]
            return Mention(first, k, ctx.tokens[first].start, ctx.tokens[k - 1].end,
                           new_entity(name, "Person", ctx.lex.lang), "new")
    return m if m is not None and m.entity.type == "Person" else None


def _office_after(ctx: Context, b: int, hi: int, by_start: dict[int, Mention]) -> Entity | None:
    k = b
    while k < hi and k - b <= 3:
        m = by_start.get(k)
        if m is not None and m.entity.type in ACTOR:
            return m.entity
        if ctx.words[k] not in ("на", "of", "the"):
            return None
        k += 1
    return None


def _office_nearby(ctx: Context, lo: int, a: int, by_start: dict[int, Mention]) -> Entity | None:
    """The state the sentence is about, just before the role ("Латвия ... беше представена от министъра")."""
    cands = [m for m in by_start.values() if lo <= m.i and m.j <= a and a - m.j <= 16 and m.entity.type == "State"
             and m.source != "demonym"]
    return cands[-1].entity if cands else None


def _possessor(ctx: Context, lo: int, a: int, by_start: dict[int, Mention]) -> Entity | None:
    """The state "its"/"её"/"нейният" before an office refers to: the one the sentence opens with
    as its subject (the first named before the office), not the last one named
    ("Малайзия не хочет конфликтовать с Китаем …, заявил её премьер-министр")."""
    cands = [m for m in by_start.values() if lo <= m.i and m.j <= a and m.entity.type == "State" and m.source != "demonym"]
    return min(cands, key=lambda m: m.i).entity if cands else None


_PLURAL_ROLE: Final = ("ents", "ers", "ors", "енти", "ентите", "енты", "ентов", "ентами", "ове", "овете", "ри", "рите", "ры", "ров", "рами")


def _coordinated_people(ctx: Context, first: Mention, hi: int, by_start: dict[int, Mention]) -> list[Mention]:
    """The people named right after `first`, joined by commas and "and"."""
    out, k = [], first.j
    text, tokens = ctx.article.text, ctx.tokens
    while k < hi:
        while k < hi and ctx.words[k] in ("и", "and"):
            k += 1
        at = k
        while k < hi and len(tokens[k].text) == 1 and tokens[k].is_cap and text[tokens[k].end:tokens[k].end + 1] == ".":
            k += 1  # "президентами В.В.Путиным и М.Пезешкианом": the initials before a name
        m = by_start.get(k)
        if m is None or m.entity.type != "Person" or text[tokens[at - 1].end:tokens[at].start].strip() not in ("", ","):
            break
        out.append(m)
        k = m.j
    return out


def _paired_people(ctx: Context, first: Mention, hi: int, by_start: dict[int, Mention],
                   added: list[Mention]) -> list[tuple[Mention, Entity]]:
    """"президенты Азербайджана Ильхам Алиев, Белоруссии Александр Лукашенко и Казахстана Касым-Жомарт
    Токаев": after a plural office, each further state is followed by its own holder."""
    out: list[tuple[Mention, Entity]] = []
    text, k = ctx.article.text, first.j
    while k < hi:
        if text[ctx.tokens[k - 1].end:ctx.tokens[k].start].strip() not in ("", ","):
            break
        while k < hi and ctx.words[k] in ("и", "and", "на", "of"):
            k += 1
        state = by_start.get(k)
        if state is None or state.entity.type != "State" or state.source == "demonym" or state.j >= hi:
            break
        person = by_start.get(state.j)
        if person is None and ctx.tokens[state.j].is_cap:
            person = _new_person(ctx, state.j, hi, by_start)
            if person is not None:
                added.append(person)
        if person is None or person.entity.type != "Person" or text[state.end:person.start].strip():
            break
        out.append((person, state.entity))
        k = person.j
    return out


_MEMBER_WORDS: Final = ("член", "member")
_CLAUSE_WORDS: Final = {"that", "че", "что", "which", "who", "който", "която", "который", "которая"}
_CONJUNCTIONS: Final = {"а", "и", "но", "или", "and", "but", "or", "while", "whereas", "однако", "обаче"}
_OFFICE_NOUN_END: Final = ("ство", "ството", "ства", "ству", "ством", "стве", "ship", "ships")


def _listed_persons(ctx: Context, first: Mention, n: int, hi: int, by_start: dict[int, Mention],
                    added: list[Mention]) -> list[Mention]:
    """The persons coordinated after `first` ("Владимир Путин и Александр Лукашенко"), when there
    are exactly n in all (one per office listed before them); otherwise none."""
    persons, k = [first], first.j
    while len(persons) < n and k < hi:
        while k < hi and ctx.words[k] in ("и", "and"):
            k += 1
        if k >= hi:
            break
        m = by_start.get(k)
        if m is None and ctx.tokens[k].is_cap:
            m = _new_person(ctx, k, hi, by_start)
            if m is not None:
                added.append(m)
        if m is None or m.entity.type != "Person":
            break
        persons.append(m)
        k = m.j
    if len(persons) != n or (k < hi and ctx.words[k] in ("и", "and") and k + 1 < hi and
                             by_start.get(k + 1) is not None and by_start[k + 1].entity.type == "Person"):
        return []
    return persons[1:]


def _new_person(ctx: Context, k: int, hi: int, by_start: dict[int, Mention]) -> Mention | None:
    if ctx.lex.roles.match_at(ctx.words, k) is not None or ctx.lex.heads.match_at(ctx.words, k) is not None or \
            ctx.words[k] in month_names() or ctx.lex.event_heads.match_at(ctx.words, k) is not None:
        return None  # "Deputy Prime Minister", "Office", "Chairpersonship" are not people
    if k > 0 and ctx.words[k - 1] in ctx.lex.locative and ctx.words[k - 1] != "при":
        return None  # "summit closes in Montego Bay": a place
    j = k
    while j < hi and j - k < 4 and j not in by_start and (j == k or ctx.lex.roles.match_at(ctx.words, j) is None) and (
            (ctx.tokens[j].is_cap and not ctx.tokens[j].is_upper) or
            (j > k and ctx.words[j] in NAME_PARTICLES and j + 1 < hi and ctx.tokens[j + 1].is_cap) or
            (j > k and hyphened_article(ctx.article.text, ctx.tokens, j) and j + 1 < hi)):
        if j > k and ctx.article.text[ctx.tokens[j - 1].end:ctx.tokens[j].start] not in (" ", "\u00a0", "-"):
            break
        j += 1
    if j - k < 2 and not (ctx.lex.lang == "en" and j - k == 1 and ctx.words[k] not in ctx.lex.not_names):
        return None if j - k < 1 else (None if ctx.lex.lang != "ru" else _single(ctx, k))
    name = ctx.article.text[ctx.tokens[k].start:ctx.tokens[j - 1].end]
    return Mention(k, j, ctx.tokens[k].start, ctx.tokens[j - 1].end, new_entity(name, "Person", ctx.lex.lang), "new")


_TITLES: Final = {"dr", "prof", "mr", "mrs", "ms", "sir", "dame", "prince", "princess", "sheikh", "д-р", "доктор", "проф",
           "г-н", "г-жа", "господин", "госпожа", "принц", "принцеса", "принцесса", "шейх", "г",
           "генерал", "адмирал", "маршал", "полковник", "полковника", "генерала"}


def _single(ctx: Context, k: int) -> Mention | None:
    return None


def _office_from_catalog(ctx: Context, person: Entity, role: str | None) -> Entity | None:
    ent = ctx.catalog.get(person.iri)
    if ent is None or not ent.tenures:
        return None
    fitting = [t for t in ent.tenures if t.role == role] or ent.tenures
    iri = fitting[-1].office_of
    return ctx.catalog.entity(iri) if iri in ctx.catalog.entities else None


def _owner(ctx: Context, s: int, at: int) -> Entity | None:
    """The state or body a possessive pronoun before an office stands for: the first named in its
    sentence, else the first the sentence before names (most often the subject: "Malaysia will not
    quarrel with China, its defence minister said"; "the tribunal's judges, read out by its president"); in a list,
    the one right before it ("санкции против банка, его председателя правления": the bank's)."""
    listed = next((m for m in ctx.mentions_ending(ctx.tokens[at].start - 3, ctx.tokens[at].start)
                   if m.j == at and m.entity.type in ("State", "Organization") and m.source != "demonym" and
                   ctx.article.text[m.end:ctx.tokens[at].start].strip() == ","), None)
    if listed is not None and at + 1 < ctx.sent_tokens[s][1] and not ctx.lex.report.find(ctx.words, at - 1, at + 1):
        return listed.entity
    for lo, hi in ((ctx.sent_tokens[s][0], at), ctx.sent_tokens[s - 1] if s > 0 else (0, 0)):
        lo = _after_opening_phrase(ctx, _after_dateline(ctx, lo, hi), hi)
        first = next((m for m in ctx.mentions if lo <= m.i and m.j <= hi and m.entity.type in ("State", "Organization")
                      and m.source != "demonym"), None)
        if first is not None:
            return first.entity
    return None


def _after_opening_phrase(ctx: Context, lo: int, hi: int) -> int:
    """The first token after a phrase that opens a sentence with a participle or preposition and ends at a comma
    ("Founded in Mauritius in March 1997, the association …": the subject comes after it); `lo` when there is none."""
    first = ctx.words[lo] if lo < hi else ""
    if not (first in ctx.lex.words["opening_prepositions"] or (ctx.lex.lang == "en" and first.endswith("ed")) or
            (ctx.lex.lang != "en" and _PARTICIPLE.search(first))) or ctx.mentions_at(lo, lo + 1):
        return lo  # (not a name that opens the sentence: "United States officials said …")
    text = ctx.article.text
    return next((k for k in range(lo + 1, min(hi, lo + 15)) if "," in text[ctx.tokens[k - 1].end:ctx.tokens[k].start]), lo)

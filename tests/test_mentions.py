"""`diplograph extract --mentions`: mention lines in the shape the claims contract fixes
(shared/contract/README.md, "Mentions"), on the seed and on development articles in
Bulgarian, Russian and English, and the linking they show."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.catalog import load_catalog
from diplograph.cli import cli
from diplograph.namespaces import ENTITY_NAMESPACES

REPO = Path(__file__).parents[1]
SEED = REPO.parent / "shared" / "seeds" / "000_1f55047d0c190573.txt"
ARTICLES = REPO / "tests" / "data" / "articles"
DEV = ["bg-02-balgaria-shengen", "bg-03-nato-hag-sreshta", "ru-05-sweden-joins-nato",
       "ru-11-schengen-bulgaria-romania", "en-02-finland-joins-nato", "en-06-timor-leste-joins-asean"]
CONTRACT_TYPES = {"State", "Organization", "Agreement", "Person", "Event", "Place", "Initiative", "Position"}
ID = "https://w3id.org/diplograph/id/"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared/ is not beside the repository")


def _paths() -> list[Path]:
    return [SEED, *(ARTICLES / f"{name}.txt" for name in DEV)]


@pytest.fixture(scope="module")
def lines() -> list[dict]:
    """Every line `extract --mentions` prints for the seed and the six dev articles (one run)."""
    result = CliRunner().invoke(cli, ["extract", "--mentions", *map(str, _paths())])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


@pytest.fixture(scope="module")
def mentions(lines: list[dict]) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        if line.get("kind") == "mention":
            by_doc[line["doc"]].append(line)
    return by_doc


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """The articles' text as read from the file, which the offsets point into."""
    return {path.stem: path.read_bytes().decode("utf-8-sig") for path in _paths()}


def _linked(mentions: list[dict], text: str) -> set[str]:
    return {m["entity"]["iri"] for m in mentions if m["text"] == text}


def test_every_article_has_mentions_and_claims(lines, mentions):
    assert set(mentions) == {path.stem for path in _paths()}
    claim_docs = {line["doc"] for line in lines if "kind" not in line}
    assert claim_docs == set(mentions)
    assert all(line.get("kind", "claim") in ("claim", "mention") for line in lines)


def test_mention_lines_have_the_contract_shape(mentions, texts):
    for doc, found in mentions.items():
        for m in found:
            assert set(m) == {"kind", "doc", "start", "end", "text", "entity"}, m
            assert isinstance(m["start"], int) and isinstance(m["end"], int)
            assert 0 <= m["start"] < m["end"] <= len(texts[doc]), m
            assert texts[doc][m["start"]:m["end"]] == m["text"], m
            entity = m["entity"]
            assert {"iri", "label", "type"} <= set(entity) <= {"iri", "label", "type", "wikidata"}, m
            assert entity["type"] in CONTRACT_TYPES, m
            assert entity["iri"].startswith(ID) and entity["label"].strip(), m
            assert entity.get("wikidata") is None or re.fullmatch(r"Q[1-9]\d*", entity["wikidata"]), m


def test_mentions_are_not_repeated(mentions):
    for found in mentions.values():
        keys = [(m["start"], m["end"], m["entity"]["iri"]) for m in found]
        assert len(keys) == len(set(keys))


def test_catalog_entities_carry_their_label_type_and_wikidata(mentions):
    catalog = load_catalog()
    for found in mentions.values():
        for m in found:
            known = catalog.get(m["entity"]["iri"])
            if known is None:
                continue
            entity = known.to_entity()
            assert (m["entity"]["label"], m["entity"]["type"]) == (entity.label, entity.type), m
            assert m["entity"].get("wikidata") == entity.wikidata, m


@pytest.mark.parametrize(("doc", "text", "iri", "wikidata"), [
    ("000_1f55047d0c190573", "Русия", "state/rus", "Q159"),
    ("000_1f55047d0c190573", "Лаос", "state/lao", "Q819"),
    ("000_1f55047d0c190573", "Виентян", "place/vientiane", "Q9326"),
    ("000_1f55047d0c190573", "Сергей Лавров", "person/sergey-lavrov", "Q58217"),
    ("000_1f55047d0c190573", "Асоциацията на страните от Югоизточна Азия", "org/asean", "Q7768"),
    ("000_1f55047d0c190573", "Договора за приятелство и сътрудничество в Югоизточна Азия", "agreement/tac", None),
    ("bg-03-nato-hag-sreshta", "Хага", "place/the-hague", "Q36600"),
    ("bg-03-nato-hag-sreshta", "Марк Рюте", "person/mark-rutte", "Q57792"),
    ("ru-05-sweden-joins-nato", "Швеции", "state/swe", "Q34"),                 # inflected
    ("ru-05-sweden-joins-nato", "Организацию Североатлантического договора", "org/nato", "Q7184"),
    ("ru-05-sweden-joins-nato", "Виктором Орбаном", "person/viktor-orban", "Q57641"),
    ("en-02-finland-joins-nato", "Russia", "state/rus", "Q159"),
    ("en-06-timor-leste-joins-asean", "Treaty of Amity and Cooperation in Southeast Asia", "agreement/tac", None),
    ("en-06-timor-leste-joins-asean", "TAC", "agreement/tac", None),          # abbreviation
])
def test_known_names_are_linked(mentions, doc, text, iri, wikidata):
    found = [m for m in mentions[doc] if m["text"] == text]
    assert found, f"{text!r} is not recognised in {doc}"
    assert {m["entity"]["iri"] for m in found} == {ID + iri}
    assert {m["entity"].get("wikidata") for m in found} == {wikidata}


def test_one_entity_across_languages_and_inflections(mentions):
    russia = ID + "state/rus"
    forms = {m["text"] for found in mentions.values() for m in found if m["entity"]["iri"] == russia}
    assert {"Русия", "Russia", "России"} <= forms
    nato = {m["text"] for found in mentions.values() for m in found if m["entity"]["iri"] == ID + "org/nato"}
    assert {"НАТО", "NATO", "альянса", "алианса"} <= nato


def test_anaphors_point_back_to_their_entity(mentions):
    asean = _linked(mentions["en-06-timor-leste-joins-asean"], "the Association")
    assert asean == {ID + "org/asean"}
    assert _linked(mentions["en-06-timor-leste-joins-asean"], "the treaty") == {ID + "agreement/tac"}
    assert _linked(mentions["bg-03-nato-hag-sreshta"], "Алиансът") == {ID + "org/nato"}


def test_a_new_name_gets_one_stable_iri_in_two_articles(mentions):
    """Names the catalog lacks meet on one node across articles and languages."""
    bg = _linked(mentions["bg-02-balgaria-shengen"], "Герхард Карнер")
    ru = _linked(mentions["ru-11-schengen-bulgaria-romania"], "Герхард Карнер")
    assert bg == ru and len(bg) == 1 and next(iter(bg)).startswith(ID + "person/")


def test_a_new_name_meets_across_bulgarian_and_russian(mentions):
    bg = _linked(mentions["bg-02-balgaria-shengen"], "Атанас Илков")
    ru = _linked(mentions["ru-11-schengen-bulgaria-romania"], "Атанас Илков")
    assert bg == ru


@pytest.mark.parametrize("doc", ["bg-02-balgaria-shengen", "ru-11-schengen-bulgaria-romania"])
def test_ruse_is_the_city_not_russia(mentions, doc):
    assert _linked(mentions[doc], "Русе") == {ID + "place/ruse"}


def test_new_entities_use_the_namespace_of_their_type(mentions):
    for found in mentions.values():
        for m in found:
            assert m["entity"]["iri"].startswith(str(ENTITY_NAMESPACES[m["entity"]["type"]])), m


def test_no_mention_spans_a_line_break(mentions):
    for found in mentions.values():
        for m in found:
            assert "\n" not in m["text"], m


@pytest.mark.parametrize(("text", "lang", "iri"), [
    ("Министрите се срещнаха в Русе.", "bg", "place/ruse"),            # not Русия: a city of its own
    ("Встреча прошла в Русе.", "ru", "place/ruse"),
    ("Нигерия и Нигер подписаха споразумение.", "bg", "state/nga"),   # not Niger, whose stem it shares
    ("Малта пое председателството.", "bg", "state/mlt"),              # not Mali
    ("Визит Эммануэля Макрона в Пекин.", "ru", "person/emmanuel-macron"),  # the common ru spelling
    ("Эммануэль Макрон прибыл в Пекин.", "ru", "person/emmanuel-macron"),
    ("Переговоры прошли в Швеции.", "ru", "state/swe"),               # inflected forms still link
    ("Встреча прошла в Риме.", "ru", "place/rome"),
])
def test_names_link_to_the_entity_they_spell(text, lang, iri):
    from diplograph.extract import extract
    from diplograph.models import Article

    first = [m for m in extract(Article(doc="x", text=text, lang=lang)).mentions if m.entity.type != "Event"][0]
    assert first.entity.iri == ID + iri, (first.text, first.entity.iri)


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Встреча прошла в Белом зале.", "ru", "Белом"),      # a white hall, not Belém
    ("Виктор Черномырдин прибыл в Киев.", "ru", "Виктор"),  # a first name, not the city of Victoria
    ("Это самые важные переговоры.", "ru", "Сам"),
])
def test_a_shared_stem_alone_does_not_link(text, lang, word):
    from diplograph.extract import extract
    from diplograph.models import Article

    found = extract(Article(doc="x", text=text, lang=lang)).mentions
    assert not [m for m in found if m.text.startswith(word) and m.entity.in_catalog], found


def test_the_white_house_is_the_seat_not_belem():
    from diplograph.extract import extract
    from diplograph.models import Article

    found = extract(Article(doc="x", text="Встреча прошла в Белом доме.", lang="ru")).mentions
    assert [(m.text, m.entity.label) for m in found if m.entity.type == "Place"] == [("Белом доме", "White House")]


def test_event_nouns_are_linked_to_their_event():
    """Context.event_mentions: the nouns of sentences that tell about an event."""
    from diplograph.extract import get_extractor
    from diplograph.extract.rules import events
    from diplograph.models import Article

    text = "Sergey Lavrov met ASEAN foreign ministers in Vientiane on 26 July. The meeting lasted two hours."
    ctx = get_extractor().context(Article(doc="x", text=text, lang="en", date="2024-07-26"))
    events(ctx)
    found = ctx.event_mentions()
    assert found and {m.entity.type for m in found} == {"Event"}
    assert "meeting" in {text[m.start:m.end] for m in found}
    assert {m.entity.iri for m in found} == {ev.entity.iri for ev in ctx.events}


def test_mentions_output_has_events(mentions):
    assert any(m["entity"]["type"] == "Event" for found in mentions.values() for m in found)


def test_resolving_resolved_mentions_changes_nothing():
    """The extractor resolves overlaps again only when a step adds mentions; that relies on a
    resolved list coming back unchanged (same mentions, same order)."""
    from diplograph.extract import get_extractor
    from diplograph.extract.mentions import catalog_mentions, head_mentions, resolve_overlaps
    from diplograph.extract.lexicon import lexicon
    from diplograph.reader import read_article
    from diplograph.text import tokenize

    extractor = get_extractor()
    overlapping = 0
    for path in sorted(ARTICLES.glob("*.txt"))[:12]:
        article = read_article(path)
        tokens = tokenize(article.text, article.lang)
        raw = catalog_mentions(article.text, tokens, extractor.catalog, article.lang)
        raw += head_mentions(article.text, tokens, set(), lexicon(article.lang), set())
        once = resolve_overlaps(raw)
        overlapping += len(once) < len(raw)   # the raw list overlaps: there is something to resolve
        assert resolve_overlaps(once) == once
        ctx = extractor.context(article)
        assert resolve_overlaps(ctx.mentions) == ctx.mentions
    assert overlapping >= 10   # (most articles' raw mentions overlap: the check is not vacuous)


def test_resolving_added_mentions_weighs_only_the_overlapped():
    """`resolve_overlaps(resolved + added, resolved=len(resolved))` weighs only the added mentions and
    those they overlap; the answer must be the whole sort's, ties and order included. Random
    spans, sources and lengths on a few tokens, so overlaps and ties are common."""
    import random

    from diplograph.extract.mentions import Mention, resolve_overlaps
    from diplograph.models import Entity

    rng = random.Random(7)
    sources = ["catalog", "abbr", "anaphor", "new", "demonym", "generic", "event"]
    entities = [Entity(iri=f"urn:x:{n}", label=str(n), type="State") for n in range(5)]

    def some(count: int) -> list[Mention]:
        out = []
        for _ in range(count):
            i = rng.randrange(30)
            j = i + rng.choice([1, 1, 1, 2, 3, 5])
            out.append(Mention(i, j, i * 5, j * 5, rng.choice(entities), rng.choice(sources)))
        return out

    compared = 0
    for _ in range(3000):
        head = resolve_overlaps(some(rng.randrange(1, 25)))
        added = some(rng.randrange(1, 6))
        whole = resolve_overlaps(head + added)
        assert resolve_overlaps(head + added, resolved=len(head)) == whole
        compared += len(whole)
    assert compared > 3000


def test_dotted_abbreviations_name_their_entities():
    from diplograph.extract import extract
    from diplograph.models import Article
    text = "The U.S. envoy met the U.N. chief in the U.K. after the U.N. Human Rights Council session."
    found = extract(Article(doc="t", text=text, lang="en", date="2025-03-07")).mentions
    named = {(text[m.start:m.end], m.entity.label) for m in found}
    assert {("U.S.", "United States"), ("U.N.", "United Nations"), ("U.K.", "United Kingdom"),
            ("U.N. Human Rights Council", "United Nations Human Rights Council")} <= named


@pytest.mark.parametrize("text, lang", [
    ("Countries ended a weeklong meeting at U.N. headquarters on Friday.", "en"),
    ("Заседание прошло в штаб-квартире ООН в пятницу.", "ru"),
    ("The meeting was held at the headquarters of the United Nations on Friday.", "en"),
])
def test_a_meeting_at_a_bodys_headquarters_is_held_where_it_sits(text, lang):
    from extracted import claims
    found = claims(text, lang, "2025-03-07")
    assert {c.object.label for c in found if c.relation == "locatedIn" and c.subject.type == "Event"} == {"New York"}


def test_an_abbreviation_with_lower_case_letters_is_learned_and_our_country_is_the_outlets_state():
    from extracted import claims, pairs
    text = ("Министрите на държавите от Съюза за Средиземноморието (СзС) се събраха днес в Барселона. Европейският "
            "съюз е съпредседател. Страната ни е член на СзС от основаването на организацията.")
    assert ("Bulgaria", "Union for the Mediterranean") in pairs(claims(text, "bg"), "memberOf")


@pytest.mark.parametrize("lang,text,town,state", [
    ("en", "The UN Ocean Conference opened in Nice, France, on Monday.", "Nice", "France"),
    ("bg", "Конференцията на ООН за океаните започна в Ница, Франция, в понеделник.", "Ница", "France"),
    ("ru", "Конференция ООН по океану открылась в Ницце (Франция) в понедельник.", "Ницце", "France"),
    ("en", "Free movement agreed\n\nMONTEGO BAY, Jamaica (Caribbean Wire) — Four states agreed on free movement.",
     "Montego Bay", "Jamaica"),
])
def test_a_town_the_catalog_lacks_set_off_before_its_state_is_a_place_in_that_state(lang, text, town, state):
    from extracted import claims
    assert (town, state) in {(c.subject.label, c.object.label) for c in claims(text, lang) if c.relation == "locatedIn"}


def test_a_lower_case_adjective_before_a_capitalised_document_head_is_no_word_of_its_name():
    from extracted import claims
    text = ("Государственная дума приняла закон о денонсации российско-американского Соглашения об утилизации "
            "плутония.")
    docs = {c.object.label for c in claims(text, "ru") if c.object.type == "Agreement"}
    assert docs and not any("американск" in d for d in docs)


def test_an_abbreviation_written_with_a_hyphen_is_one_mention():
    from diplograph.extract import extract
    from diplograph.models import Article
    text = "Лидерите на Г-20 приеха декларация. Г-7 подкрепи Украйна."
    found = {(text[m.start:m.end], m.entity.label) for m in extract(Article(doc="t", text=text, lang="bg")).mentions}
    assert {("Г-20", "Group of Twenty"), ("Г-7", "Group of Seven")} <= found


@pytest.mark.parametrize("text, body", [
    ("The OSCE Minsk Group is co-chaired by France, Russia and the United States.", "OSCE Minsk Group"),
    ("Canada hosted a meeting of the Lima Group on Monday.", "Lima Group"),
])
def test_a_place_before_a_bodys_capitalised_head_names_the_body(text, body):
    from diplograph.extract import get_extractor
    from diplograph.models import Article

    ctx = get_extractor().context(Article(doc="x", text=text, lang="en", date="2025-09-01"))
    named = {text[m.start:m.end]: m.entity.type for m in ctx.mentions}
    assert named.get(body) == "Organization" and body.split()[0] not in named


def test_a_weekday_after_a_name_is_not_part_of_it():
    from diplograph.extract import get_extractor
    from diplograph.models import Article
    text = "The bill was passed by the National Assembly on Wednesday and signed by the president."
    ctx = get_extractor().context(Article(doc="t", text=text, lang="en", date="2025-02-14"))
    assert [m.entity.label for m in ctx.mentions if m.entity.type == "Organization"] == ["National Assembly"]


@pytest.mark.parametrize("lang,text,person,body", [
    ("bg", "Изпълнителният секретар на общността Закариас да Коща представи доклада.", "Закариас да Коща", None),
    ("ru", "В работе саммита участвовал генеральный секретарь организации Кубанычбек Омуралиев.", "Кубанычбек Омуралиев",
     None),
])
def test_a_lower_case_noun_before_a_persons_name_does_not_take_the_name_in(lang, text, person, body):
    from diplograph.extract import extract
    from diplograph.models import Article
    found = extract(Article(doc="t", text=text, lang=lang, date="2025-02-14")).mentions
    people = [m.text for m in found if m.entity.type == "Person"]
    assert people == [person]  # (and not António Costa by a surname after a particle)
    assert not [m for m in found if m.entity.type == "Organization" and person.split()[0] in m.entity.label]


@pytest.mark.parametrize("text,names", [
    ("Ministers endorsed the CBSS Vision for the Baltic Sea Region beyond 2030.", ["CBSS Vision for the Baltic Sea Region"]),
    ("Ministers endorsed the BIMSTEC Charter and the CBSS Declaration on Security.",
     ["BIMSTEC Charter", "CBSS Declaration on Security"]),
    ("The meeting endorsed the IORA Outlook on the Indo-Pacific.", ["IORA Outlook on the Indo-Pacific"]),
])
def test_a_bodys_document_titled_with_a_place_or_followed_by_another_is_one_name_each(text, names):
    from diplograph.extract import get_extractor
    from diplograph.models import Article
    ctx = get_extractor().context(Article(doc="t", text=text, lang="en", date="2025-05-20"))
    assert [text[m.start:m.end] for m in ctx.mentions if m.entity.type == "Agreement"] == names


def test_a_russian_documents_name_goes_on_in_the_genitive():
    from diplograph.extract import get_extractor
    from diplograph.models import Article
    text = ("Главы государств утвердили Декларацию о сотрудничестве в области обеспечения региональной энергетической "
            "безопасности, которую подписали все участники.")
    ctx = get_extractor().context(Article(doc="t", text=text, lang="ru", date="2025-10-10"))
    labels = [m.entity.label for m in ctx.mentions if m.entity.type == "Agreement"]
    assert labels == ["Декларацию о сотрудничестве в области обеспечения региональной энергетической безопасности"]


@pytest.mark.parametrize("lang,text", [
    ("bg", "България беше избрана за член на Изпълнителния съвет на Организацията за забрана на химическите оръжия."),
    ("en", "Bulgaria was elected to the Executive Council of the Organisation for the Prohibition of Chemical Weapons."),
])
def test_an_organ_named_with_its_whole_bodys_name_spelled_out_is_the_organ(lang, text):
    from diplograph.extract import get_extractor
    from diplograph.models import Article
    ctx = get_extractor().context(Article(doc="t", text=text, lang=lang, date="2025-11-27"))
    assert [m.entity.label for m in ctx.mentions if m.entity.type == "Organization"] == ["Executive Council of the OPCW"]


def test_a_mechanism_is_a_body_an_idea_is_none_and_sanya_is_not_sanaa():
    from diplograph.extract import get_extractor
    from diplograph.models import Article
    text = ("Китай выделил 300 миллионов долларов в специальный фонд механизма. Механизм Меконг-Ланьцан был официально "
            "запущен на первой встрече лидеров в китайском городе Санья 23 марта 2016 года. Идея его создания была "
            "выдвинута Таиландом.")
    ctx = get_extractor().context(Article(doc="t", text=text, lang="ru", date="2018-01-10"))
    got = {text[m.start:m.end]: m.entity.label for m in ctx.mentions if m.entity.type in ("Organization", "Place")}
    assert got.get("Механизм Меконг-Ланьцан") == "Механизм Меконг-Ланьцан"
    assert got.get("Санья") == "Sanya" and "Идея" not in got


@pytest.mark.parametrize("lang,text,name", [
    ("bg", "Домакин на форума беше президентът Карлос Вила Нова.", "Карлос Вила Нова"),
    ("ru", "Генеральным секретарем организации является колумбиец Хуан Карлос Салазар.", "Хуан Карлос Салазар"),
    ("en", "The agreement was signed by Director-General Fabiola Gianotti.", "Fabiola Gianotti"),
])
def test_common_first_names_open_a_persons_name(lang, text, name):
    from diplograph.extract import get_extractor
    from diplograph.models import Article
    ctx = get_extractor().context(Article(doc="t", text=text, lang=lang, date="2023-08-27"))
    assert name in {text[m.start:m.end] for m in ctx.mentions if m.entity.type == "Person"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a territory whose name opens with a demonym is the territory, not "British" = the United Kingdom
    ("The British Virgin Islands became an associate member in 1984 and Anguilla in 1995.", "en",
     [("British Virgin Islands", "state/vgb"), ("Anguilla", "state/aia")]),
    ("Martinique and Guadeloupe joined, and the United States Virgin Islands, American Samoa and BVI did not.", "en",
     [("Martinique", "state/mtq"), ("Guadeloupe", "state/glp"),
      ("the United States Virgin Islands", "state/vir"), ("American Samoa", "state/asm"), ("BVI", "state/vgb")]),
    ("New Caledonia, French Polynesia, Greenland, the Faroe Islands, Hong Kong and Macau.", "en",
     [("New Caledonia", "state/ncl"), ("French Polynesia", "state/pyf"), ("Greenland", "state/grl"),
      ("Faroe Islands", "state/fro"), ("Hong Kong", "state/hkg"), ("Macau", "state/mac")]),
    ("В съвета са представени Фарьорските острови, Гренландия и Оландските острови.", "bg",
     [("Фарьорските острови", "state/fro"), ("Гренландия", "state/grl"), ("Оландските острови", "state/ala")]),
    ("Монтсерат и Британските Вирджински острови; ГУАМ и Гуам.", "bg",
     [("Монтсерат", "state/msr"), ("Британските Вирджински острови", "state/vgb"), ("ГУАМ", "org/guam"),
      ("Гуам", "state/gum")]),
    ("Министр иностранных дел Гренландии встретился с делегациями Фарерских островов и Пуэрто-Рико.", "ru",
     [("Гренландии", "state/grl"), ("Фарерских островов", "state/fro"), ("Пуэрто-Рико", "state/pri")]),
    # "St." and "St" for "Saint" in the names of states and places
    ("Montserrat, St. Kitts and Nevis and St. Vincent and the Grenadines signed.", "en",
     [("Montserrat", "state/msr"), ("St. Kitts and Nevis", "state/kna"),
      ("St. Vincent and the Grenadines", "state/vct")]),
    ("St Lucia and St Kitts and Nevis met in St. Petersburg, then in St John's and St. George's.", "en",
     [("St Lucia", "state/lca"), ("St Kitts and Nevis", "state/kna"), ("St. Petersburg", "place/saint-petersburg"),
      ("St John's", "place/saint-johns"), ("St. George's", "place/saint-georges")]),
])
def test_territories_and_short_saints_are_named(text, lang, expected):
    from diplograph.extract import extract
    from diplograph.models import Article

    found = extract(Article(doc="x", text=text, lang=lang, date="2021-06-18")).mentions
    assert [(m.text, m.entity.iri) for m in found if m.entity.type != "Event"] == \
        [(name, ID + iri) for name, iri in expected]


def test_a_territory_lies_within_its_sovereign_state():
    """A place in a territory still lies in the sovereign state (for the host of a meeting in Nuuk),
    and a territory's capital stands for the territory."""
    catalog = load_catalog()
    assert catalog.within(ID + "place/nuuk", ID + "state/grl") and catalog.within(ID + "place/nuuk", ID + "state/dnk")
    assert catalog.within(ID + "state/hkg", ID + "state/chn") and not catalog.within(ID + "state/dnk", ID + "state/grl")
    assert catalog.capital(ID + "state/grl") == ID + "place/nuuk"
    assert catalog.get(ID + "state/vgb").type == "State"

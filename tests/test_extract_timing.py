"""Dates of acts: the same act told twice, dates that belong to another act, relative and anaphoric
dates, terms, datelines.
"""
from __future__ import annotations

import pytest

from extracted import claims as _claims


def _signed(claims) -> dict[str, object]:
    return {c.subject.label: c.when.at for c in claims if c.relation == "signed" and c.modality == "asserted"}


def test_a_later_sentence_about_the_same_signing_keeps_its_date():
    text = ("Иран и Международната агенция за атомна енергия подписаха вчера в Кайро споразумение за инспекциите. "
            "Документът беше подписан от иранския министър на външните работи Абас Арагчи и генералния директор "
            "на агенцията Рафаел Гроси.")
    signed = _signed(_claims(text, "bg"))
    assert signed["Rafael Grossi"] == "2025-09-09"
    assert signed["Iran"] == "2025-09-09"


def test_a_later_sentence_with_a_date_of_its_own_keeps_it():
    text = ("Russia and Iran signed the treaty in Moscow on January 17. "
            "The treaty was signed by Vladimir Putin on January 20.")
    assert _signed(_claims(text, "en", "2025-02-01"))["Vladimir Putin"] == "2025-01-20"


def test_a_date_inside_another_acts_clause_is_that_acts():
    text = "Хорватия, вступившая в ЕС в 2013 году, присоединилась к шенгенской зоне два года назад, 1 января 2023 года."
    claims = _claims(text, "ru", "2025-01-01")
    when = {c.relation: c.when for c in claims if c.subject.label == "Croatia"}
    assert when["accededTo"].at == "2023-01-01"
    assert when["memberOf"].start == "2013"


def test_a_dated_act_after_a_colon_keeps_its_own_date():
    text = "Прецеденты выхода есть: в 2017 году из МУС вышла Бурунди, а в 2019 году - Филиппины."
    claims = _claims(text, "ru", "2025-01-01")
    assert {c.subject.label: c.when.at for c in claims if c.relation == "withdrewFrom"}["Burundi"] == "2017"


def test_years_ago_in_words():
    from diplograph.dates import find_times
    for lang, phrase in (("en", "two years ago"), ("bg", "преди две години"), ("ru", "два года назад")):
        assert [t.at for t in find_times(f"It happened {phrase}.", lang, "2025-03-01")] == ["2023"]


def test_an_organizations_seat_has_no_date_and_needs_its_own_name():
    claims = _claims("The Eurasian Economic Union met. The Moscow-based Commission, the Union's permanent regulatory "
                     "body, is preparing a report. Седалището на МААЕ е във Виена.", "en")
    located = [c for c in claims if c.relation == "locatedIn"]
    assert not any(c.object.label == "Moscow" for c in located)
    bg = [c for c in _claims("Седалището на МААЕ е във Виена.", "bg") if c.relation == "locatedIn"]
    assert [(c.subject.label, c.object.label, c.when.at) for c in bg] == [("International Atomic Energy Agency", "Vienna", None)]


def test_a_month_after_a_name_is_not_part_of_it():
    claims = _claims("The Declaration of Cooperation was signed in Vienna by Russia and OPEC members in December 2016.", "en")
    assert {c.object.label for c in claims if c.relation == "signed"} == {"Declaration of Cooperation"}


def test_a_term_told_by_its_length_ends_with_it():
    text = ("Пет нови непостоянни членки - Бахрейн, Колумбия, Демократична република Конго, Латвия и Либерия - "
            "започнаха от 1 януари двугодишния си мандат в Съвета за сигурност на ООН.")
    terms = {(c.subject.label, c.when.start, c.when.end) for c in _claims(text, "bg", "2026-01-02") if c.relation == "memberOf"}
    assert ("Latvia", "2026-01-01", "2027") in terms


@pytest.mark.parametrize("lang,text", [
    ("bg", "За тригодишен мандат от 1 януари 2024 г. в Съвета по правата на човека бяха избрани още Бразилия, Бурунди "
           "и Китай."),
    ("en", "Brazil, Burundi and China were elected to the Human Rights Council for three-year terms starting on "
           "1 January 2024."),
    ("ru", "Бразилия, Бурунди и Китай были избраны в Совет ООН по правам человека на трехлетний срок с 1 января 2024 года."),
])
def test_states_elected_to_a_body_are_its_members_for_the_term_told(lang, text):
    members = {(c.subject.label, c.when.start, c.when.end) for c in _claims(text, lang, "2023-10-10")
               if c.relation == "memberOf"}
    assert members == {(state, "2024-01-01", "2026") for state in ("Brazil", "Burundi", "China")}


def test_a_month_told_as_past_in_a_january_article_is_last_years():
    claims = _claims("In May, the General Assembly adopted a resolution granting Palestine additional rights.", "en", "2025-01-02")
    assert [(c.modality, c.when.at) for c in claims if c.relation == "adopted"] == [("asserted", "2024-05")]


def test_a_datelines_date_is_the_news_day_and_a_reporting_clause_no_gapping():
    text = ("JAKARTA/BRASILIA, Jan 7 (Global Wire) - Indonesia has officially become a full member of the BRICS group "
            "of major emerging economies, Brazil's government said on Monday.")
    members = {(c.subject.label, c.when.start) for c in _claims(text, "en", "2025-01-07") if c.relation == "memberOf"}
    assert members == {("Indonesia", "2025-01-06")}


def test_a_relative_date_after_a_documents_description_is_not_part_of_its_name():
    claims = _claims("The OECD adopted an accession roadmap for Jakarta last year.", "en", "2025-01-07")
    assert {(c.object.label, c.when.at) for c in claims if c.relation == "adopted"} == {("accession roadmap for Jakarta", "2024")}


@pytest.mark.parametrize("text, lang", [
    ("The treaty has been signed but not ratified by Egypt, Israel, Iran and China.", "en"),
    ("Египет и Израел са подписали договора, но не са го ратифицирали.", "bg"),
])
def test_a_perfect_states_what_holds_and_takes_no_news_day(text, lang):
    signed = [c for c in _claims(text, lang, "2024-05-01") if c.relation == "signed" and c.modality == "asserted"]
    assert signed and all(c.when.at is None for c in signed)


def test_a_bodys_chair_taken_over_on_a_day_starts_that_day():
    from extracted import claims
    text = "Ирак пое ротационното председателство на Арабската лига на 17 май 2025 г."
    chairs = [c for c in claims(text, "bg", "2025-05-17") if c.relation == "chairOf" and c.subject.label == "Iraq"]
    assert chairs and chairs[0].when.start == "2025-05-17" and chairs[0].when.at is None


def test_an_anniversary_gives_way_to_the_day_the_sentence_tells_in_its_year():
    from extracted import claims
    text = ("The summit coincided with the 52nd anniversary of the Treaty of Chaguaramas, signed on July 4, 1973, in "
            "Trinidad by Barbados, Guyana, Jamaica and Trinidad and Tobago.")
    signed = [c for c in claims(text, "en", "2025-07-08") if c.relation == "signed" and c.subject.label == "Barbados"]
    assert signed and signed[0].when.at == "1973-07-04"


def test_leaving_ends_a_membership_the_article_dates_by_its_start():
    from extracted import claims
    text = ("Мали, Буркина Фасо и Нигер официално престанаха днес да бъдат членове на ИКОВАС. Трите държави бяха сред "
            "основателите на общността през 1975 г.")
    members = [c for c in claims(text, "bg", "2025-01-29") if c.relation == "memberOf" and c.subject.label == "Mali"]
    assert members and (members[0].when.start, members[0].when.end) == ("1975", "2025-01-29")


@pytest.mark.parametrize("text, lang, modality", [
    ("Эксперты отмечают, что вступление Казахстана в ОЭСР потребует консенсуса всех членов.", "ru", "hypothetical"),
    ("Kazakhstan's accession to the OECD would require the approval of all members.", "en", "hypothetical"),
    ("Вступление Казахстана в ВТО состоялось в ноябре 2015 года.", "ru", "asserted"),
], ids=["ru-requires", "en-would-require", "ru-took-place"])
def test_a_noun_cue_whose_verb_is_hedged_tells_no_membership(text, lang, modality):
    members = [c for c in _claims(text, lang, "2025-06-02") if c.relation == "memberOf"]
    assert [c.modality for c in members] == [modality]


def test_the_first_member_state_to_do_something_else_did_not_become_a_member_that_day():
    text = "Унгария стана първата държава членка на ЕС, която напуска съда."
    members = [c for c in _claims(text, "bg", "2025-06-02") if c.relation == "memberOf"]
    assert members and all(c.when.start != "2025-06-02" for c in members)


@pytest.mark.parametrize("text, lang", [
    ("Tokayev said Kazakhstan would not give up its ties with Russia and China.", "en"),
    ("България няма да се откаже от стратегическото партньорство с Азербайджан.", "bg"),
], ids=["en", "bg"])
def test_a_tie_not_given_up_goes_on(text, lang):
    partners = [c for c in _claims(text, lang, "2025-06-02") if c.relation == "partnerOf"]
    assert partners and all(c.modality == "asserted" for c in partners)


@pytest.mark.parametrize("lang,text,start", [
    ("bg", "Общността на португалоезичните страни беше учредена на 17 юли 1996 г. в Лисабон. Основателки са Ангола, "
           "Бразилия и Португалия.", "1996-07-17"),
    ("en", "The Gas Exporting Countries Forum was founded in 2001. Russia is one of the founders of the forum.", "2001"),
])
def test_founders_are_members_from_the_day_the_article_says_the_body_was_founded(lang, text, start):
    from extracted import claims
    found = [c for c in claims(text, lang, "2025-06-02") if c.relation == "memberOf"]
    assert found and {c.when.start for c in found} == {start}


def test_a_body_founded_by_another_gives_the_other_no_founding_date():
    from extracted import claims
    text = ("BRICS was formed by Brazil, Russia, India and China. Indonesia may join the New Development Bank, the "
            "lender set up by the BRICS nations in 2015.")
    found = claims(text, "en", "2025-06-02")
    assert "2015" not in {c.when.start for c in found if c.relation == "memberOf" and c.object.label == "BRICS"}
    assert not [c for c in found if c.subject.label == "Indonesia" and c.modality == "asserted"]  # (not a founder)


@pytest.mark.parametrize("lang,text,start,end", [
    ("bg", "Сао Томе, 27 август 2023 (БТА) – Сао Томе и Принсипи пое днес ротационното председателство на Общността на "
           "португалоезичните страни (CPLP) за следващите две години.", "2023-08-27", "2025"),
    ("en", "COLOMBO, Oct 11 - Sri Lanka on Wednesday took over the chairmanship of the Indian Ocean Rim Association for "
           "the next two years.", "2023-10-11", "2025"),
])
def test_a_chair_taken_for_a_number_of_years_ends_with_them(lang, text, start, end):
    chairs = {(c.when.start, c.when.end) for c in _claims(text, lang, start) if c.relation == "chairOf"}
    assert chairs == {(start, end)}


def test_a_date_after_and_and_another_subject_is_that_clauses():
    text = ("At the end of the summit in Montevideo on Friday, Lacalle Pou handed over the bloc's rotating pro tempore "
            "presidency to Milei, and Argentina will chair Mercosur for the first half of 2025.")
    chairs = {(c.subject.label, c.when.start) for c in _claims(text, "en", "2024-12-06")
              if c.relation == "chairOf" and c.modality == "asserted"}
    assert ("Javier Milei", "2024-12-06") in chairs


@pytest.mark.parametrize("lang,text", [
    ("en", "Mercosur was founded by Argentina, Brazil, Paraguay and Uruguay in 1991."),
    ("bg", "Меркосур беше основан от Аржентина, Бразилия, Парагвай и Уругвай през 1991 г."),
    ("ru", "Меркосур был основан Аргентиной, Бразилией, Парагваем и Уругваем в 1991 году."),
])
def test_founders_listed_before_the_founding_date_are_members_from_it(lang, text):
    members = {(c.subject.label, c.when.start) for c in _claims(text, lang, "2024-07-09") if c.relation == "memberOf"}
    assert members == {(s, "1991") for s in ("Argentina", "Brazil", "Paraguay", "Uruguay")}


def test_becoming_a_member_in_a_gerund_takes_the_main_clauses_date():
    text = "Советский Союз присоединился к Чикагской конвенции в ноябре 1970 года, став членом ИКАО."
    members = {(c.subject.label, c.when.start) for c in _claims(text, "ru", "2024-09-01") if c.relation == "memberOf"}
    assert members == {("Soviet Union", "1970-11")}


@pytest.mark.parametrize("lang,text", [
    ("bg", "Премиерът на Тайланд Анутин Чарнвиракул и камбоджанският премиер Хун Манет подписаха съвместна декларация за "
           "прекратяване на конфликта по границата, избухнал през юли."),
    ("ru", "Премьер Таиланда Анутин Чанвиракун и премьер Камбоджи Хун Манет подписали совместную декларацию о прекращении "
           "конфликта на границе, вспыхнувшего в июле."),
])
def test_a_date_in_a_participle_phrase_after_a_comma_is_that_phrases(lang, text):
    signed = {c.when.at for c in _claims(text, lang, "2025-10-26") if c.relation == "signed"}
    assert signed == {"2025-10-26"}


@pytest.mark.parametrize("lang,text,start", [
    ("bg", "Генералният секретар на НАТО Марк Рюте, бивш премиер на Нидерландия, който оглавява организацията от "
           "1 октомври 2024 г., нарече решението скок напред.", "2024-10-01"),
    ("ru", "Генеральный секретарь ФСЭГ Мохамед Хамель, занимающий этот пост с 1 января 2024 года, назвал саммит "
           "историческим.", "2024-01-01"),
])
def test_an_office_dated_by_a_clause_past_an_apposition(lang, text, start):
    starts = {c.when.start for c in _claims(text, lang, "2025-06-25")
              if c.relation == "officialOf" and c.object.type == "Organization"}
    assert starts == {start}

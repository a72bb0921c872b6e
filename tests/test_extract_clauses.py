"""How clauses place a cue's arguments: relative clauses, shared subjects, object pronouns, 'the two
countries', 'the sides', followers.
"""
from __future__ import annotations

import pytest

from extracted import claims as _claims, pairs


def _parties(claims) -> set[tuple[str, str]]:
    return {(c.subject.label, c.object.label) for c in claims if c.relation == "partyTo" and c.modality == "asserted"}


def test_parties_named_inside_a_relative_clause_on_the_treaty():
    npt = "Treaty on the Non-Proliferation of Nuclear Weapons"
    en = _claims("What remains is the 1968 Nuclear Non-Proliferation Treaty (NPT), to which both Russia and the "
                 "United States are parties.", "en")
    assert {("Russia", npt), ("United States", npt)} <= _parties(en)
    assert all(c.when.start is None for c in en if c.relation == "partyTo")  # 1968 names the treaty
    rome = "Rome Statute of the International Criminal Court"
    ru = _claims("Ситуацию обсуждали в контексте Римского статута, участниками которого являются Монголия и Таджикистан.", "ru")
    assert {("Mongolia", rome), ("Tajikistan", rome)} <= _parties(ru)


def test_a_relative_clause_without_its_own_subject_names_no_party():
    claims = _claims("Russia, which is a party to the Rome Statute, did not comment.", "en")
    assert not any(s == "Russia" and o != "Rome Statute of the International Criminal Court" for s, o in _parties(claims))


def test_the_two_countries_are_the_articles_protagonists_not_a_passing_pair():
    text = ("България и Румъния станаха пълноправни членки на Шенгенското пространство. България и Румъния чакаха "
            "повече от десетилетие. Премиерите на България и Румъния приветстваха решението. От държавите - членки на "
            "ЕС, извън пространството остават Кипър, който не е изпълнил условията, и Ирландия, която не желае да "
            "участва. Двете държави са членки на ЕС от 1 януари 2007 г.")
    members = {(c.subject.label, c.when.start) for c in _claims(text, "bg", "2025-01-01")
               if c.relation == "memberOf" and c.object.label == "European Union"}
    assert {("Bulgaria", "2007-01-01"), ("Romania", "2007-01-01")} <= members
    assert not any(start == "2007-01-01" for s, start in members if s in ("Cyprus", "Ireland"))


@pytest.mark.parametrize("text, lang, states", [
    ("Президент России Владимир Путин провел переговоры с президентом Казахстана Касым-Жомартом Токаевым в Астане. "
     "Стороны подписали соглашение о стратегическом партнерстве.", "ru", {"Russia", "Kazakhstan"}),
    ("Putin held talks with Kazakh President Tokayev in Astana. The two sides signed a strategic partnership agreement.",
     "en", {"Russia", "Kazakhstan"}),
    ("Президентът Румен Радев разговаря с унгарския премиер Виктор Орбан. Двете страни подписаха меморандум за "
     "енергийно сътрудничество.", "bg", {"Bulgaria", "Hungary"}),
])
def test_the_sides_that_sign_are_the_two_states_of_the_talks(text, lang, states):
    assert {c.subject.label for c in _claims(text, lang) if c.relation == "signed"} == states


def test_two_countries_named_after_a_preposition_are_not_a_subject():
    text = ("Европейският съюз започна преговорите за присъединяване с Украйна и Молдова. "
            "Рамките за преговорите с двете държави бяха одобрени от държавите членки миналия петък.")
    assert not [c for c in _claims(text, "bg") if c.relation == "memberOf" and c.modality == "asserted"]


def test_an_object_past_a_comma_does_not_outrank_one_in_the_cues_clause():
    text = ("С ноября 2012 года Палестина имеет в ООН статус государства-наблюдателя, не являющегося членом "
            "организации, - таким же статусом обладает Святой Престол.")
    claims = [c for c in _claims(text, "ru") if c.relation == "observerOf" and c.subject.label == "Palestine"]
    assert [(c.object.label, c.modality, c.when.start) for c in claims] == [("United Nations", "asserted", "2012-11")]


def test_leaders_of_member_states_are_not_the_organization():
    text = ("Лидеры государств - членов ШОС подписали Астанинскую декларацию по итогам саммита в столице Казахстана "
            "и утвердили стратегию развития организации.")
    claims = _claims(text, "ru")
    assert not [c for c in claims if c.subject.label == "Shanghai Cooperation Organisation" and c.relation in ("signed", "adopted")]
    assert {c.subject.type for c in claims if c.relation == "adopted"} == {"Event"}


def test_a_second_verb_shares_the_first_ones_subject():
    for text, lang in (("Iran became a full member of the SCO in July 2023 and joined BRICS in January 2024.", "en"),
                       ("Иран стал полноправным членом ШОС в июле 2023 года, а в январе 2024 года присоединился к БРИКС.", "ru"),
                       ("Иран стана член на ШОС през юли 2023 г. и се присъедини към БРИКС през януари 2024 г.", "bg")):
        members = {(c.subject.label, c.object.label, c.when.start) for c in _claims(text, lang) if c.relation == "memberOf"}
        assert ("Iran", "BRICS", "2024-01") in members, lang
        assert not any(s == "Shanghai Cooperation Organisation" for s, _, _ in members)


def test_a_denied_plan_to_leave_and_a_membership_in_a_relative_clause():
    text = ("Pashinyan dismissed suggestions that Yerevan was preparing to leave the Eurasian Economic Union, "
            "of which it has been a member since 2015.")
    claims = _claims(text, "en")
    assert not [c for c in claims if c.relation == "withdrewFrom" and c.modality == "asserted"]
    assert ("Armenia", "Eurasian Economic Union", "2015") in {
        (c.subject.label, c.object.label, c.when.start) for c in claims if c.relation == "memberOf" and c.modality == "asserted"}


def test_a_membership_only_mentioned_before_an_application_is_no_claim():
    text = ("Лидерите приеха декларация. В заключителната декларация обаче не се споменава членството на Украйна, "
            "която подаде молба за присъединяване към алианса през септември 2022 г.")
    claims = _claims(text, "bg", "2025-06-26")
    assert not [c for c in claims if c.subject.label == "Ukraine" and c.relation in ("memberOf", "partyTo")
                and c.modality == "asserted"]


def test_a_list_goes_on_past_a_relative_clause_that_tells_only_of_its_antecedent():
    text = ("Саммит ШОС прошел в Тяньцзине. В число партнеров организации входят также Монголия, которая с 2004 года "
            "была первым наблюдателем при ШОС, Турция, Египет, Катар и Саудовская Аравия.")
    claims = _claims(text, "ru", "2025-09-02")
    partners = {c.subject.label for c in claims if c.relation == "dialoguePartnerOf"}
    observers = {c.subject.label for c in claims if c.relation == "observerOf"}
    assert {"Mongolia", "Turkey", "Egypt", "Qatar", "Saudi Arabia"} <= partners
    assert observers == {"Mongolia"}


@pytest.mark.parametrize("text, lang", [
    ("Washington left the Open Skies Treaty in November 2020. Russia followed suit in December 2021.", "en"),
    ("США вышли из Договора по открытому небу в ноябре 2020 года. Россия последовала их примеру в декабре 2021 года.", "ru"),
    ("САЩ напуснаха Договора за открито небе през ноември 2020 г. Русия последва примера им през декември 2021 г.", "bg"),
])
def test_who_followed_suit_did_the_act_of_the_sentence_before_on_its_own_date(text, lang):
    left = {c.subject.label: c.when.at for c in _claims(text, lang) if c.relation == "withdrewFrom"}
    assert left == {"United States": "2020-11", "Russia": "2021-12"}


def test_an_object_pronoun_is_the_treaty_before_and_a_singular_relative_is_one_state():
    text = ("Сред страните по договора за приятелство и сътрудничество в Югоизточна Азия са Китай, Япония, Индия, САЩ и "
            "Русия, която се присъедини към него през 2004 г., а миналата година към него се присъединиха и Обединените "
            "арабски емирства, Катар и Оман.")
    claims = _claims(text, "bg", "2024-07-26")
    acceded = {c.subject.label: c.when.at for c in claims if c.relation == "accededTo"}
    assert acceded == {"Russia": "2004", "United Arab Emirates": "2023", "Qatar": "2023", "Oman": "2023"}
    assert not [c for c in claims if c.relation == "memberOf"]
    ru = _claims("Россия присоединилась к Договору о дружбе и сотрудничестве в Юго-Восточной Азии в 2004 году. "
                 "На церемонии в Куала-Лумпуре к нему присоединились Алжир и Уругвай.", "ru", "2025-07-11")
    assert {"Algeria", "Uruguay"} <= {c.subject.label for c in ru if c.relation == "accededTo"}


def test_a_body_named_as_an_object_before_a_new_clause_is_not_a_subject():
    text = ("Putin and Lukashenko met in Minsk. Both countries are members of the Eurasian Economic Union and of the "
            "Collective Security Treaty Organization (CSTO), and Belarus joined the Shanghai Cooperation Organisation "
            "as a full member in July.")
    members = {(c.subject.label, c.object.label) for c in _claims(text, "en", "2024-12-07") if c.relation == "memberOf"}
    assert ("Belarus", "Shanghai Cooperation Organisation") in members
    assert not any(s == "Collective Security Treaty Organization" for s, _ in members)
    assert {("Russia", "Eurasian Economic Union"), ("Belarus", "Collective Security Treaty Organization")} <= members


@pytest.mark.parametrize("text, lang", [
    ("България е член на НАТО от 2004 г. и на ЕС от 2007 г.", "bg"),
    ("Bulgaria has been a member of NATO since 2004 and of the EU since 2007.", "en"),
])
def test_a_gapped_clause_with_a_preposition_gives_the_same_subject_another_object(text, lang):
    members = {(c.subject.label, c.object.label, c.when.start) for c in _claims(text, lang) if c.relation == "memberOf"}
    assert members == {("Bulgaria", "North Atlantic Treaty Organization", "2004"), ("Bulgaria", "European Union", "2007")}


@pytest.mark.parametrize("text, lang", [
    ("Казахстан с 1 января 2025 года стал партнером БРИКС.", "ru"),
    ("Kazakhstan became a BRICS partner country on January 1, 2025.", "en"),
])
def test_becoming_a_blocs_partner_is_partner_status(text, lang):
    assert {(c.subject.label, c.relation, c.object.label) for c in _claims(text, lang) if c.subject.label == "Kazakhstan"} \
        == {("Kazakhstan", "dialoguePartnerOf", "BRICS")}


@pytest.mark.parametrize("text, lang, signers", [
    ("Prime Minister Keir Starmer met Indian Prime Minister Narendra Modi in London on Thursday, and the two leaders "
     "signed a free trade agreement.", "en", {"Keir Starmer", "Narendra Modi", "United Kingdom", "India"}),
    ("Президентът Румен Радев се срещна с Виктор Орбан. Двамата лидери подписаха декларация за сътрудничество.", "bg",
     {"Rumen Radev", "Viktor Orbán", "Bulgaria", "Hungary"}),
])
def test_the_two_leaders_are_the_two_people_just_named(text, lang, signers):
    assert {c.subject.label for c in _claims(text, lang) if c.relation == "signed"} == signers


def test_the_organization_is_the_one_the_text_is_about_not_one_named_once_in_passing():
    text = ("Съветът на Европа прие конвенцията. Съветът на Европа обединява 46 държави. "
            "В преговорите участваха всички държави членки на Съвета на Европа и ЕС, както и държавите с "
            "наблюдателен статут в организацията – САЩ, Канада и Япония.")
    observers = {(c.subject.label, c.object.label) for c in _claims(text, "bg") if c.relation == "observerOf"}
    assert observers == {("United States", "Council of Europe"), ("Canada", "Council of Europe"),
                         ("Japan", "Council of Europe")}


@pytest.mark.parametrize("text, lang", [
    ("Рамковата конвенция на Съвета на Европа за изкуствения интелект беше открита за подписване. В преговорите "
     "участваха и държавите с наблюдателен статут в организацията – САЩ, Канада и Япония.", "bg"),
    ("Конвенция Совета Европы о предупреждении терроризма открыта для подписания. В переговорах участвовали и "
     "государства со статусом наблюдателя в организации – США, Канада и Япония.", "ru"),
])
def test_a_body_named_in_a_treaty_title_is_told_of_for_the_organization(text, lang):
    # the body inside the catalog title counts as named: "организацията" is the Council, not the EU named last
    observers = {o for s, o in pairs(_claims(text, lang), "observerOf")}
    assert observers == {"Council of Europe"}


def test_the_agency_is_the_organization_told_of():
    text = ("The United States will leave UNESCO at the end of 2026. Trump announced another withdrawal in 2017. "
            "Israel left the agency at the same time.")
    assert ("Israel", "United Nations Educational, Scientific and Cultural Organization") in {
        (c.subject.label, c.object.label) for c in _claims(text, "en") if c.relation == "withdrewFrom"}


@pytest.mark.parametrize("lang,text,name", [
    ("en", "The United States will leave the United Nations Educational, Scientific and Cultural Organization.",
     "United Nations Educational, Scientific and Cultural Organization"),
    ("bg", "Бойко Борисов и Зоран Заев подписаха Договора за приятелство, добросъседство и сътрудничество между "
           "България и Северна Македония.",
     "Treaty of Friendship, Good-Neighbourliness and Cooperation between Bulgaria and North Macedonia"),
])
def test_a_catalog_name_that_holds_commas_is_found_whole(lang, text, name):
    from diplograph.extract import extract
    from diplograph.models import Article
    found = {m.entity.label for m in extract(Article(doc="t", text=text, lang=lang, date="2025-01-01")).mentions}
    assert name in found


def test_a_comma_name_many_treaties_share_is_no_catalog_treaty():
    from diplograph.extract import extract
    from diplograph.models import Article
    text = "Русия и Виетнам подписаха Договора за приятелство, добросъседство и сътрудничество в Ханой."
    found = {m.entity.in_catalog for m in extract(Article(doc="t", text=text, lang="bg", date="2025-01-01")).mentions
             if m.entity.type == "Agreement"}
    assert found == {False}


def test_an_expelled_state_left_and_a_subordinate_clause_gives_no_subject_to_the_main_verb():
    text = "Съветът на Европа обединява 46 държави, след като през март 2022 г. Русия беше изключена от него."
    found = [c for c in _claims(text, "bg") if c.modality == "asserted" and c.subject.label == "Russia"]
    assert "withdrewFrom" in {c.relation for c in found}
    assert all(c.when.end == "2022-03" for c in found if c.relation == "memberOf")  # a member only until it left


@pytest.mark.parametrize("lang,text", [
    ("bg", "Министрите се срещнаха в рамките на инициативата „Три морета“. Инициативата обединява 13 държави "
           "членки на Европейския съюз: Австрия, България, Полша и Чехия."),
    ("en", "The ministers met within the Three Seas Initiative. The initiative brings together 13 member states of "
           "the European Union: Austria, Bulgaria, Poland and Czechia."),
])
def test_a_body_that_gathers_member_states_of_another_has_them_as_members(lang, text):
    """The quoted title the catalog knows whole stays the catalog's body, "the initiative" is that body,
    and "обединява държави членки на ЕС: …" lists the initiative's members (the EU's as well), not the
    initiative as a member of the EU."""
    members = pairs(_claims(text, lang), "memberOf")
    assert {s for s, o in members if o == "Three Seas Initiative"} == {"Austria", "Bulgaria", "Poland", "Czechia"}
    assert ("Three Seas Initiative", "European Union") not in members

"""One act told over several sentences, and signatories named in lists."""
from __future__ import annotations

import pytest

from diplograph.extract import extract
from diplograph.models import Article


def _claims(text: str, lang: str, date: str = "2025-09-10") -> list:
    return extract(Article(doc="t", text=text, lang=lang, date=date)).claims


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


def test_a_list_of_people_goes_on_past_first_names_the_project_does_not_know():
    text = "Меморандумът подписаха министрите на отбраната Тодор Тагарев, Ангел Тълвар и Яшар Гюлер, и това е първият случай."
    assert {"Тодор Тагарев", "Ангел Тълвар", "Яшар Гюлер"} <= set(_signed(_claims(text, "bg")))


def test_a_list_continues_only_after_a_person():
    text = "Министърът Тодор Тагарев посети Варна, Бургас и Стара Загора."
    people = {c.subject.label for c in _claims(text, "bg") if c.subject.type == "Person"}
    assert "Стара Загора" not in people


def test_a_signing_by_two_leaders_is_not_part_of_the_documents_name():
    text = ("Trump witnessed the signing of a joint declaration by Thai Prime Minister Anutin Charnvirakul and "
            "Cambodian Prime Minister Hun Manet.")
    claims = [c for c in _claims(text, "en") if c.relation == "signed"]
    assert {c.object.label for c in claims} == {"joint declaration"}
    assert {"Anutin Charnvirakul", "Hun Manet", "Thailand", "Cambodia"} <= {c.subject.label for c in claims}


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


def test_a_first_name_that_is_also_a_city_starts_a_persons_name_only_with_a_surname():
    text = ("The Mercosur summit was held in Montevideo on December 6. Brazil's Luiz Inacio Lula da Silva, "
            "Argentina's Javier Milei and Paraguay's Santiago Pena also attended. The leaders meet next in Santiago.")
    result = extract(Article(doc="t", text=text, lang="en", date="2024-12-07"))
    people = {c.subject.label for c in result.claims if c.relation == "participatedIn" and c.subject.type == "Person"}
    assert "Santiago Pena" in people
    assert [m.entity.type for m in result.mentions if m.text == "Santiago"] == ["Place"]


def _offices(text: str, lang: str) -> set[tuple[str, str]]:
    return {(c.subject.label, c.object.label) for c in _claims(text, lang) if c.relation == "officialOf"}


def test_an_office_only_states_have_does_not_go_to_the_body_named_before_it():
    offices = _offices("О намерении покинуть МУС премьер-министр Виктор Орбан объявил еще 3 апреля.", "ru")
    assert ("Viktor Orbán", "International Criminal Court") not in offices
    assert ("Viktor Orbán", "Hungary") in offices


def test_an_office_after_a_gerund_is_another_persons():
    text = "\"Хорошие вещи приходят к тем, кто ждет\", - заявил Блинкен, вручая шведскому премьеру подтверждение."
    assert not any(office == "Sweden" for _, office in _offices(text, "ru"))


def test_two_offices_before_one_name_are_both_his():
    text = "11 марта Председатель ОБСЕ, министр иностранных дел Швейцарии Дидье Буркхальтер заявил, что ОБСЕ готова к диалогу."
    offices = _offices(text, "ru")
    assert {("Дидье Буркхальтер", "Switzerland"),
            ("Дидье Буркхальтер", "Organization for Security and Co-operation in Europe")} <= offices


def test_a_signing_says_more_than_being_a_party():
    text = "Соглашение о свободной торговле между ЕАЭС и Ираном, подписанное в декабре 2023 года в Санкт-Петербурге, вступит в силу 15 мая."
    claims = _claims(text, "ru")
    assert ("Iran", "signed") in {(c.subject.label, c.relation) for c in claims}
    assert not _parties(claims)


def test_a_party_stated_in_a_sentence_of_its_own_stays_a_party():
    text = ("Украйна ратифицира Римския статут през август 2024 г. "
            "Днес Украйна е страна по Римския статут на Международния наказателен съд.")
    assert ("Ukraine", "Rome Statute of the International Criminal Court") in _parties(_claims(text, "bg"))


def test_the_two_countries_are_the_articles_protagonists_not_a_passing_pair():
    text = ("България и Румъния станаха пълноправни членки на Шенгенското пространство. България и Румъния чакаха "
            "повече от десетилетие. Премиерите на България и Румъния приветстваха решението. От държавите - членки на "
            "ЕС, извън пространството остават Кипър, който не е изпълнил условията, и Ирландия, която не желае да "
            "участва. Двете държави са членки на ЕС от 1 януари 2007 г.")
    members = {(c.subject.label, c.when.start) for c in _claims(text, "bg", "2025-01-01")
               if c.relation == "memberOf" and c.object.label == "European Union"}
    assert {("Bulgaria", "2007-01-01"), ("Romania", "2007-01-01")} <= members
    assert not any(start == "2007-01-01" for s, start in members if s in ("Cyprus", "Ireland"))


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


def test_an_accession_only_discussed_is_no_membership():
    for text, lang in (("The two ministers discussed Georgia's accession to the OECD.", "en"),
                       ("Двамата обсъдиха присъединяването на България към ОИСР.", "bg"),
                       ("Министры обсудили присоединение Армении к ОЭСР.", "ru")):
        assert not [c for c in _claims(text, lang) if c.relation in ("memberOf", "accededTo") and c.modality == "asserted"]


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


def test_a_common_word_is_not_a_shorter_countrys_name():
    result = extract(Article(doc="t", text="Само соглашение было принято в Париже. Делегация Филиппин поддержала текст.",
                             lang="ru", date="2025-01-01"))
    labels = {m.text: m.entity.label for m in result.mentions}
    assert "Само" not in labels
    assert labels.get("Филиппин") == "Philippines"


def test_a_person_named_after_a_bodys_head_noun_is_a_person():
    result = extract(Article(doc="t", text="На встрече выступили участницы группы Pussy Riot Мария Алехина и Надежда Толоконникова.",
                             lang="ru", date="2025-01-01"))
    people = {m.text for m in result.mentions if m.entity.type == "Person"}
    assert {"Мария Алехина", "Надежда Толоконникова"} <= people


def test_a_hyphenated_surname_and_a_body_named_before_it():
    result = extract(Article(doc="t", text="По сообщению газет, глава Международного фонда Доминик Стросс-Кан арестован в Нью-Йорке.",
                             lang="ru", date="2011-05-15"))
    people = {m.text for m in result.mentions if m.entity.type == "Person"}
    assert "Доминик Стросс-Кан" in people
    assert ("Доминик Стросс-Кан", "Международного фонда") in {
        (c.subject.label, c.object.label) for c in result.claims if c.relation == "officialOf"}


def test_an_object_past_a_comma_does_not_outrank_one_in_the_cues_clause():
    text = ("С ноября 2012 года Палестина имеет в ООН статус государства-наблюдателя, не являющегося членом "
            "организации, - таким же статусом обладает Святой Престол.")
    claims = [c for c in _claims(text, "ru") if c.relation == "observerOf" and c.subject.label == "Palestine"]
    assert [(c.object.label, c.modality, c.when.start) for c in claims] == [("United Nations", "asserted", "2012-11")]


def test_a_noun_in_nom_is_not_an_adjective():
    from diplograph.extract.mentions import is_adjective
    assert not is_adjective("членом", "ru") and not is_adjective("законом", "ru")
    assert is_adjective("национальном", "ru") and is_adjective("северном", "ru")


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


@pytest.mark.parametrize("text, lang, state", [
    ("Турецкий парламент ратифицировал протокол о вступлении Швеции в НАТО в январе.", "ru", "Turkey"),
    ("Унгарският парламент ратифицира протокола за присъединяване на Швеция към НАТО през февруари.", "bg", "Hungary"),
])
def test_a_parliament_ratifies_for_its_state_and_the_document_is_not_an_accession(text, lang, state):
    claims = _claims(text, lang)
    assert {(c.subject.label, c.relation) for c in claims if c.modality == "asserted"} == {(state, "ratified")}
    assert not any(c.object.label.endswith(("январе", "февруари")) for c in claims)


def test_a_month_after_a_name_is_not_part_of_it():
    claims = _claims("The Declaration of Cooperation was signed in Vienna by Russia and OPEC members in December 2016.", "en")
    assert {c.object.label for c in claims if c.relation == "signed"} == {"Declaration of Cooperation"}


def test_a_leader_the_catalog_knows_signs_for_his_state():
    claims = _claims("Xi and Putin signed a joint statement on deepening their comprehensive partnership.", "en", "2024-05-16")
    assert {"China", "Russia"} <= {c.subject.label for c in claims if c.relation == "signed"}


@pytest.mark.parametrize("text, lang", [
    ("Ереван заморозил участие в ОДКБ в феврале 2024 года.", "ru"),
    ("Armenia has frozen its participation in the CSTO.", "en"),
    ("Армения замрази участието си в ОДКБ.", "bg"),
])
def test_a_frozen_participation_is_a_suspension(text, lang):
    assert ("Armenia", "Collective Security Treaty Organization") in {
        (c.subject.label, c.object.label) for c in _claims(text, lang) if c.relation == "withdrewFrom"}


def test_supporting_an_accession_is_no_membership():
    text = "Министър Георгиев подчерта, че страната ни подкрепя присъединяването на Украйна към ЕС."
    assert not [c for c in _claims(text, "bg") if c.relation == "memberOf" and c.modality == "asserted"]


@pytest.mark.parametrize("text, lang, place", [
    ("Hungarian Prime Minister Viktor Orban paid an official visit to Beijing on Tuesday, where he met Chinese "
     "President Xi Jinping.", "en", "Beijing"),
    ("Президент Белоруссии Александр Лукашенко посетил Пекин в понедельник.", "ru", "Beijing"),
])
def test_a_visit_takes_place_where_it_goes(text, lang, place):
    claims = _claims(text, lang, "2024-05-08")
    events = {c.subject.iri: c.object.label for c in claims if c.relation == "locatedIn" and c.subject.type == "Event"}
    assert list(events.values()) == [place]
    assert any(c.relation == "participatedIn" and c.subject.type == "Person" and c.object.iri in events for c in claims)


@pytest.mark.parametrize("text, lang", [
    ("Bulgaria and Japan established a strategic partnership in 2010.", "en"),
    ("България и Япония отбелязват 15 години от установяването на стратегическо партньорство.", "bg"),
])
def test_two_states_before_a_partnership_are_each_others_partners(text, lang):
    claims = [c for c in _claims(text, lang, "2025-03-01") if c.relation == "partnerOf"]
    assert [({c.subject.label, c.object.label}, c.when.start) for c in claims] == [({"Bulgaria", "Japan"}, "2010")]


def test_states_that_became_partners_are_a_blocs_not_each_others():
    text = "BRICS leaders met in Kazan. Belarus, Bolivia and Cuba became partners on January 1."
    assert not [c for c in _claims(text, "en") if c.relation == "partnerOf" and c.subject.type == c.object.type == "State"]


def test_offices_in_a_list_of_leaders_and_an_office_named_after_a_body_in_russian():
    text = ("На саммите присутствовали президент Аргентины Хавьер Милей, президент Парагвая Сантьяго Пенья и "
            "президент Боливии Луис Арсе. В Минске на заседании Высшего государственного совета Союзного государства "
            "президенты России и Беларуси Владимир Путин и Александр Лукашенко подписали договор.")
    offices = _offices(text, "ru")
    assert ("Javier Milei", "Paraguay") not in offices
    assert {("Сантьяго Пенья", "Paraguay"), ("Vladimir Putin", "Russia"), ("Alexander Lukashenko", "Belarus")} <= offices
    assert ("Vladimir Putin", "Union State of Russia and Belarus") not in offices


def test_external_affairs_minister_is_a_foreign_minister():
    claims = _claims("India was represented by External Affairs Minister Subrahmanyam Jaishankar.", "en")
    assert [(c.subject.label, c.object.label, c.role) for c in claims if c.relation == "officialOf"] == [
        ("Subrahmanyam Jaishankar", "India", "foreign minister")]


def test_the_eus_foreign_policy_chief_holds_an_eu_office():
    claims = _claims("EU foreign policy chief Kaja Kallas welcomed the agreement.", "en")
    assert [(c.object.label, c.role) for c in claims if c.relation == "officialOf"] == [("European Union", "high representative")]


def test_then_presidents_sign_and_hold_their_offices():
    text = "Договорът беше подписан през 2010 г. от тогавашните президенти Дмитрий Медведев и Барак Обама."
    claims = _claims(text, "bg")
    assert {("Dmitry Medvedev", "Russia"), ("Barack Obama", "United States")} <= {
        (c.subject.label, c.object.label) for c in claims if c.relation == "officialOf"}
    assert {"Dmitry Medvedev", "Barack Obama", "Russia", "United States"} <= {
        c.subject.label for c in claims if c.relation == "signed"}


def test_a_name_ending_in_a_consonant_takes_only_case_endings():
    result = extract(Article(doc="t", text="Ушёл из жизни генеральный директор МАГАТЭ Юкия Амано. Путиным было сказано иное.",
                             lang="ru", date="2019-07-22"))
    assert not [m for m in result.mentions if m.entity.label == "Amman"]
    assert "Vladimir Putin" in {m.entity.label for m in result.mentions}
    assert ("Юкия Амано", "International Atomic Energy Agency") in {
        (c.subject.label, c.object.label) for c in result.claims if c.relation == "officialOf"}


def test_who_became_an_office_and_an_office_in_the_instrumental():
    text = ("Джина Хаспел сменила на посту главы ЦРУ Майка Помпео, который стал госсекретарем США. "
            "Парламент Кубы утвердил Мигеля Диаса-Канеля председателем Государственного совета Кубы.")
    offices = _offices(text, "ru")
    assert ("Mike Pompeo", "United States") in offices
    assert any(p.startswith("Мигеля Диаса-Канеля") for p, _ in offices)


def test_a_term_told_by_its_length_ends_with_it():
    text = ("Пет нови непостоянни членки - Бахрейн, Колумбия, Демократична република Конго, Латвия и Либерия - "
            "започнаха от 1 януари двугодишния си мандат в Съвета за сигурност на ООН.")
    terms = {(c.subject.label, c.when.start, c.when.end) for c in _claims(text, "bg", "2026-01-02") if c.relation == "memberOf"}
    assert ("Latvia", "2026-01-01", "2027") in terms


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


def test_an_official_of_a_participant_quoted_after_the_lead_takes_part():
    text = ("The OSCE Ministerial Council met in Malta on 5 December. Ukraine and Finland took part. "
            "Ukrainian Foreign Minister Andrii Sybiha said Russia's war was the gravest violation of the Helsinki principles. "
            "Kremlin spokesman Dmitry Peskov said Moscow would not comment.")
    people = {c.subject.label for c in _claims(text, "en", "2024-12-06") if c.relation == "participatedIn"}
    assert "Andrii Sybiha" in people
    assert "Dmitry Peskov" not in people


def test_a_state_a_document_is_about_does_not_sign_it():
    text = ("Турецкий парламент ратифицировал протокол о вступлении Швеции только в январе, после чего документ "
            "подписал президент Реджеп Тайип Эрдоган.")
    signers = {c.subject.label for c in _claims(text, "ru") if c.relation == "signed"}
    assert "Sweden" not in signers
    assert {"Recep Tayyip Erdoğan", "Turkey"} <= signers


def test_a_list_goes_on_past_a_relative_clause_that_tells_only_of_its_antecedent():
    text = ("Саммит ШОС прошел в Тяньцзине. В число партнеров организации входят также Монголия, которая с 2004 года "
            "была первым наблюдателем при ШОС, Турция, Египет, Катар и Саудовская Аравия.")
    claims = _claims(text, "ru", "2025-09-02")
    partners = {c.subject.label for c in claims if c.relation == "dialoguePartnerOf"}
    observers = {c.subject.label for c in claims if c.relation == "observerOf"}
    assert {"Mongolia", "Turkey", "Egypt", "Qatar", "Saudi Arabia"} <= partners
    assert observers == {"Mongolia"}


def test_a_new_person_named_again_by_surname_and_a_chair_handed_over():
    text = ("Саммит МЕРКОСУР прошел в Монтевидео. Принимал саммит президент Уругвая Луис Лакалье Поу. "
            "Лакалье Поу, председательствовавший в объединении во втором полугодии, передал временное председательство "
            "Аргентине.")
    result = extract(Article(doc="t", text=text, lang="ru", date="2024-12-07"))
    assert [m.entity.label for m in result.mentions if m.text == "Лакалье Поу"] == ["Луис Лакалье Поу"]
    chairs = {(c.subject.label, c.object.label) for c in result.claims if c.relation == "chairOf"}
    assert ("Argentina", "Mercosur") in chairs
    assert not any(c.relation == "officialOf" and c.object.label == "Mercosur" for c in result.claims)


def test_a_chair_who_presides_over_the_summit_chairs_the_event():
    text = "Председательствовавший на саммите G20 в Рио-де-Жанейро президент Бразилии Луис Инасиу Лула да Силва открыл встречу."
    chairs = {(c.subject.label, c.object.type) for c in _claims(text, "ru", "2024-11-19") if c.relation == "chairOf"}
    assert ("Luiz Inácio Lula da Silva", "Event") in chairs


def test_a_month_told_as_past_in_a_january_article_is_last_years():
    claims = _claims("In May, the General Assembly adopted a resolution granting Palestine additional rights.", "en", "2025-01-02")
    assert [(c.modality, c.when.at) for c in claims if c.relation == "adopted"] == [("asserted", "2024-05")]


def test_a_verb_followed_by_a_treaty_is_not_a_documents_name():
    claims = _claims("Вашингтон напусна Договора за открито небе, а Русия последва примера му през декември 2021 г.", "bg")
    assert {"United States", "Russia"} <= {c.subject.label for c in claims if c.relation == "withdrewFrom"}


def test_a_joint_declaration_is_no_joining():
    text = ("The African Union was admitted as a permanent member of the Group of Twenty on Saturday, at a summit that "
            "produced a joint declaration despite divisions over the war in Ukraine.")
    assert {c.subject.label for c in _claims(text, "en") if c.relation == "memberOf"} == {"African Union"}


@pytest.mark.parametrize("text, lang", [
    ("Washington left the Open Skies Treaty in November 2020. Russia followed suit in December 2021.", "en"),
    ("США вышли из Договора по открытому небу в ноябре 2020 года. Россия последовала их примеру в декабре 2021 года.", "ru"),
    ("САЩ напуснаха Договора за открито небе през ноември 2020 г. Русия последва примера им през декември 2021 г.", "bg"),
])
def test_who_followed_suit_did_the_act_of_the_sentence_before_on_its_own_date(text, lang):
    left = {c.subject.label: c.when.at for c in _claims(text, lang) if c.relation == "withdrewFrom"}
    assert left == {"United States": "2020-11", "Russia": "2021-12"}


def test_states_that_formed_an_organization_are_its_founding_members():
    text = "Мали, Буркина Фасо и Нигер създадоха Алианса на държавите от Сахел през септември 2023 г."
    members = {(c.subject.label, c.when.start) for c in _claims(text, "bg", "2025-01-30") if c.relation == "memberOf"}
    assert members == {("Mali", "2023-09"), ("Burkina Faso", "2023-09"), ("Niger", "2023-09")}


@pytest.mark.parametrize("text, lang", [
    ("Burkina Faso, Mali and Niger formed the Alliance of Sahel States in September 2023.", "en"),
    ("Мали, Буркина-Фасо и Нигер создали Альянс государств Сахеля в сентябре 2023 года.", "ru"),
])
def test_the_sahel_alliance_is_one_catalog_organization(text, lang):
    assert {c.object.label for c in _claims(text, lang, "2025-01-30") if c.relation == "memberOf"} == {"Alliance of Sahel States"}


def test_a_candidacy_told_after_an_organ_is_for_its_organization():
    text = ("Брюксел, 15 декември (БТА) - Европейският съвет реши да започне преговори за присъединяване с Украйна и "
            "Молдова. Грузия получи статут на страна кандидат.")
    assert ("Georgia", "European Union") in {(c.subject.label, c.object.label)
                                            for c in _claims(text, "bg", "2023-12-15") if c.relation == "appliedFor"}


def test_bodies_named_as_the_framework_of_cooperation_are_not_partners():
    assert not [c for c in _claims("Министры обсудили вопросы взаимодействия в рамках АСЕАН и БРИКС.", "ru")
                if c.relation == "partnerOf"]
    pairs = {frozenset((c.subject.label, c.object.label)) for c in
             _claims("Russia and China agreed to deepen cooperation within the SCO and BRICS.", "en") if c.relation == "partnerOf"}
    assert pairs == {frozenset(("Russia", "China"))}


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


def test_what_an_official_said_is_not_a_name_and_a_news_conference_no_event():
    claims = _claims("Speaking at a news conference, the Russian leader said that Oreshnik missile systems could be "
                     "deployed in Belarus.", "en")
    assert not [c for c in claims if c.relation == "officialOf"]
    assert not [c for c in claims if c.subject.type == "Event" and "conference" in c.subject.label]


def test_a_country_counting_on_signing_has_not_joined():
    text = "Еще одна европейская страна, Финляндия, рассчитывает подписать документ о присоединении на саммите АСЕАН в октябре."
    assert not [c for c in _claims(text, "ru") if c.modality == "asserted" and c.relation in ("memberOf", "signed", "accededTo")]


def test_a_body_named_as_an_object_before_a_new_clause_is_not_a_subject():
    text = ("Putin and Lukashenko met in Minsk. Both countries are members of the Eurasian Economic Union and of the "
            "Collective Security Treaty Organization (CSTO), and Belarus joined the Shanghai Cooperation Organisation "
            "as a full member in July.")
    members = {(c.subject.label, c.object.label) for c in _claims(text, "en", "2024-12-07") if c.relation == "memberOf"}
    assert ("Belarus", "Shanghai Cooperation Organisation") in members
    assert not any(s == "Collective Security Treaty Organization" for s, _ in members)
    assert {("Russia", "Eurasian Economic Union"), ("Belarus", "Collective Security Treaty Organization")} <= members


def test_attending_as_an_observer_is_no_observer_status():
    claims = _claims("Срещата на Съвета на Европа беше в Страсбург. Бразилия присъства само като наблюдател.", "bg")
    assert not [c for c in claims if c.relation == "observerOf"]
    observers = _claims("В работе совета участвовали представители государств-наблюдателей – Узбекистана, Кубы и Ирана "
                        "в Евразийском экономическом союзе.", "ru")
    assert {"Uzbekistan", "Cuba", "Iran"} <= {c.subject.label for c in observers if c.relation == "observerOf"}


def test_joining_a_bodys_charter_is_acceding_to_the_charter():
    claims = _claims("Brazil has joined the OPEC+ Charter of Cooperation, a forum for dialogue among oil producers.", "en")
    assert ("Brazil", "accededTo", "Charter of Cooperation") in {(c.subject.label, c.relation, c.object.label) for c in claims}
    assert not any(c.subject.label == "OPEC Plus" for c in claims)


def test_schengen_alone_names_the_area():
    claims = _claims("Хърватия, която се присъедини към ЕС през 2013 г., стана член на Шенген от 1 януари 2023 г.", "bg")
    assert ("Croatia", "accededTo", "Schengen Agreement", "2023-01-01") in {
        (c.subject.label, c.relation, c.object.label, c.when.at) for c in claims}


def test_a_datelines_date_is_the_news_day_and_a_reporting_clause_no_gapping():
    text = ("JAKARTA/BRASILIA, Jan 7 (Global Wire) - Indonesia has officially become a full member of the BRICS group "
            "of major emerging economies, Brazil's government said on Monday.")
    members = {(c.subject.label, c.when.start) for c in _claims(text, "en", "2025-01-07") if c.relation == "memberOf"}
    assert members == {("Indonesia", "2025-01-06")}


def test_a_coming_meeting_is_not_told_as_held():
    claims = _claims("Leaders met in The Hague on Tuesday. The alliance's next summit will be held in Ankara in 2026.", "en")
    held = {c.object.label for c in claims if c.relation == "locatedIn" and c.subject.type == "Event" and c.modality == "asserted"}
    assert "Ankara" not in held


def test_the_parties_a_name_gives_past_its_end_and_through_an_anaphor():
    text = ("The Eurasian Economic Union met in Moscow. The Free Trade Agreement between the Union and Iran was "
            "signed in St Petersburg a year ago.")
    assert {"Eurasian Economic Union", "Iran"} <= {c.subject.label for c in _claims(text, "en", "2024-12-26")
                                                  if c.relation == "signed"}


@pytest.mark.parametrize("text, lang", [
    ("Президент России Владимир Путин подписал закон о ратификации договора о всеобъемлющем стратегическом "
     "партнерстве с Ираном.", "ru"),
    ("President Vladimir Putin signed a law ratifying the comprehensive strategic partnership treaty with North Korea.", "en"),
])
def test_a_leader_signing_a_ratification_law_ratifies_for_his_state(text, lang):
    ratified = {c.subject.label for c in _claims(text, lang, "2025-04-21") if c.relation == "ratified"}
    assert ratified == {"Russia"}


def test_a_revoked_ratification_is_none():
    claims = _claims("Putin signed a law revoking Russia's ratification of the Comprehensive Nuclear-Test-Ban Treaty.", "en")
    assert not [c for c in claims if c.relation == "ratified" and c.modality == "asserted"]


def test_a_meeting_that_ended_without_a_declaration_adopted_none():
    text = ("Двудневното заседание на Министерския съвет на ОССЕ завърши днес в Малта без приета обща политическа "
            "декларация.")
    assert not [c for c in _claims(text, "bg", "2024-12-06") if c.relation == "adopted" and c.modality == "asserted"]


def test_a_relative_date_after_a_documents_description_is_not_part_of_its_name():
    claims = _claims("The OECD adopted an accession roadmap for Jakarta last year.", "en", "2025-01-07")
    assert {(c.object.label, c.when.at) for c in claims if c.relation == "adopted"} == {("accession roadmap for Jakarta", "2024")}

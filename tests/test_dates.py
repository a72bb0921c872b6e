"""Time expressions of every shape, normalised against the publication date."""
from __future__ import annotations

import pytest

from diplograph.dates import find_times, parse_date
from diplograph.text import tokenize

PUB = "2024-07-26"  # a Friday


@pytest.mark.parametrize("line, iso", [
    ("26 юли 2024", "2024-07-26"),
    ("26.07.2024", "2024-07-26"),
    ("12 марта 2023 года", "2023-03-12"),
    ("March 12, 2023", "2023-03-12"),
    ("2023-03-12 14:05", "2023-03-12"),
    ("Tuesday, 5 March 2024", "2024-03-05"),
    ("26/10/2025 04:51 PM", "2025-10-26"),
    ("TA' QALI, Malta, 6 December 2024", "2024-12-06"),
    ("10/26/2025", "2025-10-26"),
    ("ST. JOHN'S, Antigua and Barbuda, June 27, 2025", "2025-06-27"),
    ("ЖЕНЕВА, 30 августа 2024 года. Восточный Тимор в пятницу официально стал 166-м членом Всемирной торговой "
     "организации.", "2024-08-30"),
    ("СОФИЯ, 3 март 2025 г. - Министрите на отбраната на страните от НАТО се срещнаха днес в Брюксел, "
     "за да обсъдят помощта.", "2025-03-03"),
    ("Сообщение для СМИ МИД России, 13 декабря 2024 года", "2024-12-13"),
    ("Press release, Ministry for Foreign Affairs — 5 June 2025", "2025-06-05"),
])
def test_date_lines(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", ["Министерска среща на Русия и АСЕАН в Лаос 2024 г.", "", "АНАЛИЗИ > СТАТИИ",
                                  "Премьеры встретились в Варшаве 12 декабря 2024 года",
                                  "Министрите на страните от НАТО се срещнаха на 3 март 2025 г. в Брюксел, за да "
                                  "обсъдят помощта за Украйна. Срещата продължи два часа."])
def test_lines_that_are_not_dates(line):
    assert parse_date(line) is None


@pytest.mark.parametrize("text, lang, kind, value", [
    ("по повод 20-годишнината от присъединяването", "bg", "anniversary", "2004"),
    ("the 30th anniversary of the treaty", "en", "anniversary", "1994"),
    ("к 75-летию Победы", "ru", "anniversary", "1949"),
    ("the country marked the tenth anniversary of the signing", "en", "anniversary", "2014"),
    ("по повод двадесетата годишнина от присъединяването", "bg", "anniversary", "2004"),
    ("к пятнадцатой годовщине подписания", "ru", "anniversary", "2009"),
    ("к пятой годовщине подписания", "ru", "anniversary", "2019"),
    ("в 2017 г. страната", "bg", "point", "2017"),
    ("от 1 януари 2015 г.", "bg", "point", "2015-01-01"),
    ("last year", "en", "point", "2023"),
    ("миналата година", "bg", "point", "2023"),
    ("в прошлом году", "ru", "point", "2023"),
    ("next year", "en", "point", "2025"),
    ("last Tuesday", "en", "point", "2024-07-23"),
    ("във вторник", "bg", "point", "2024-07-23"),
    ("в среду", "ru", "point", "2024-07-24"),
    ("earlier this month", "en", "point", "2024-07"),
    ("в марте", "ru", "point", "2024-03"),
    ("on 1 July", "en", "point", "2024-07-01"),
    ("20 years ago", "en", "point", "2004"),
    ("a year ago", "en", "point", "2023-07"),
    ("преди година", "bg", "point", "2023-07"),
    ("год назад", "ru", "point", "2023-07"),
    ("nine days earlier", "en", "point", "2024-07-17"),
    ("преди три дни", "bg", "point", "2024-07-23"),
    ("девятью днями ранее", "ru", "point", "2024-07-17"),
    ("5 дней назад", "ru", "point", "2024-07-21"),
    ("at a conference last week in New York", "en", "point", "2024-07"),
    ("миналата седмица в Брюксел", "bg", "point", "2024-07"),
    ("на прошлой неделе в Москве", "ru", "point", "2024-07"),
    ("earlier this week", "en", "point", "2024-07"),
    ("на следующей неделе", "ru", "point", "2024"),  # 29 July to 4 August
])
def test_points(text, lang, kind, value):
    times = find_times(text, lang, PUB)
    assert [(t.kind, t.at) for t in times] == [(kind, value)]


@pytest.mark.parametrize("text, lang, span", [
    ("през 2021-2025 г.", "bg", ("2021", "2025")),
    ("2021–2025", "en", ("2021", "2025")),
    ("с 2021 по 2025 год", "ru", ("2021", "2025")),
    ("from 2019 to 2023", "en", ("2019", "2023")),
])
def test_spans(text, lang, span):
    times = find_times(text, lang, PUB)
    assert [t.span for t in times] == [span]


def test_offsets_point_into_the_text():
    text = "Лидерите се срещнаха на 26 юли 2024 г. във Виентян."
    (t,) = find_times(text, "bg", PUB)
    assert text[t.start:t.end].startswith("26 юли 2024")


def test_a_date_without_year_far_ahead_is_last_years():
    assert [t.at for t in find_times("on 28 December", "en", "2024-01-10")] == ["2023-12-28"]
    assert [t.at for t in find_times("on 15 October", "en", "2024-07-26")] == ["2024-10-15"]


def test_money_is_not_a_year():
    assert find_times("a loan of 2000 dollars", "en", PUB) == []


def test_no_publication_date_means_no_implied_dates():
    assert find_times("last year", "en", None) == []


@pytest.mark.parametrize("text, lang, value", [
    ("подписа конвенцията на 10 юни миналата година", "bg", "2023-06-10"),
    ("в июле прошлого года на саммите", "ru", "2023-07"),
    ("has held the presidency since December 1 last year", "en", "2023-12-01"),
    ("joined at the start of 2024", "en", "2024-01"),
    ("в началото на 2016 г.", "bg", "2016-01"),
    ("до конца 2025 года", "ru", "2025-12"),
])
def test_a_day_or_month_dated_by_the_words_around_it(text, lang, value):
    """The year of "10 юни миналата година" is the year before publication, not the next 10 June."""
    (found,) = find_times(text, lang, PUB)
    assert found.at == value


@pytest.mark.parametrize("text, lang, span", [
    ("през първото полугодие на 2024 г.", "bg", ("2024-01", "2024-06")),
    ("през втората половина на 2024 г.", "bg", ("2024-07", "2024-12")),
    ("во втором полугодии 2024 года", "ru", ("2024-07", "2024-12")),
    ("for the first half of 2025", "en", ("2025-01", "2025-06")),
])
def test_half_years_are_spans(text, lang, span):
    (found,) = find_times(text, lang, PUB)
    assert found.kind == "span" and found.span == span


def _scanner_cases() -> list[str]:
    from pathlib import Path

    folder = Path(__file__).parent / "data" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return texts + [
        "В МАРТЕ 2024 Г. и во вторник, 3-5 июня 2023; в прошлом году. 12.03.2023г",
        "last Tuesday, March 12, 2023; the 30th anniversary; 2021–2025; from 2015 to 2020",
        "от 1 януари 2015 г. миналата година, по-рано тази година, във вторник",
        "İstanbul ᲂктябрь 2020 ſeptember K 2024 ١٢ мая 2024",            # folding the fast path leaves to re
        "x2024 _2024 2024x мая2024 юли, юли. 5-ти юли",
        "Erdoğan and Łukašenka met on 12 March 2024, in May 2023; Ștefan last Tuesday; ǅ 2021–2025",
        "İN MAY 2024, ın May 2023, ſince March 2020",                     # letters `str.lower` does not fold as re does
        "в прошлом году, в  прошлом году, в, прошлом году; в\nпрошлом году; в прошлый вторник, во вторник, "
        "в втором полугодии 2024 года; in   May; in-May; the previous year; last\tyear; 5 - 7 мая; 3 —5 мая",
        # patterns that may begin with any word, or with an optional word: tried before their second word
        "nine days ago, Nine  days earlier, 3 DAYS before, x-ten days ago, ten\ndays ago, days ago; on the same day, "
        "On that day, that same day, the same day; девятью днями ранее, три дня назад, пять дней раньше, двумя\tдня ранее; "
        "три дни по-рано, Пет дни по-рано, преди три дни; в тот же день, в същия ден, на същия ден, същия ден",
    ]


@pytest.mark.parametrize("lang", ["bg", "ru", "en"])
def test_word_scanner_finds_what_finditer_finds(lang):
    """The date patterns run only where a word they can start with begins; the matches
    must be those of a full scan."""
    from diplograph.dates import _patterns, _relative, _scanner
    from diplograph.wordscan import Scanner

    explicit, relative = [p for _, p in _patterns()], [p for _, _, p in _relative(lang)]
    assert _scanner(lang).patterns == explicit + relative   # the one scan find_times runs
    for patterns in (explicit, relative, explicit + relative):
        scanner = Scanner(patterns)
        assert not scanner.full   # every pattern tried only where its words can begin
        for text in _scanner_cases():
            expected = [[m.span() for m in p.finditer(text)] for p in patterns]
            assert [[m.span() for m in hits] for hits in scanner.run(text)] == expected
            # from the tokens, where a pattern's first word needs a fitting second word
            tokens = tokenize(text, lang)
            assert [[m.span() for m in hits] for hits in scanner.run(text, tokens)] == expected


@pytest.mark.parametrize("lang", ["bg", "ru", "en"])
def test_number_patterns_tried_only_where_the_words_after_fit_find_what_finditer_finds(lang):
    """The explicit patterns that begin with a number are tried at a number only where the character
    and the words after it can continue them (`dates._Numbers`); the matches must be those of a full
    scan, on the cases above and on random runs of numbers, month names and the words and marks
    between them."""
    import random

    from diplograph.dates import _scanner, month_names

    scanner = _scanner(lang)
    assert scanner.numbers is not None and len(scanner.guarded) == 7
    rng = random.Random(20261130)
    words = ["5", "12", "123", "2024", "1999", "1700", "05", "1st", "5th", "5ти", "ти", "ви", "е", "of", "to", "до",
             "по", "г", "года", "people", "x", "Май", "MAY", "may", "Sept"] + rng.sample(sorted(month_names()), 25)
    marks = [" ", "  ", "\n", "\t", "-", " - ", "–", " — ", "—", ".", "/", ",", ", ", "", " of ", ". ", "г. "]
    edges = ["5-ти of May 2024", "12 -ви\tof\nмай", "2021 to 2025, 2021 до 25, 1999/2000, 3 — 5 мая, 3-5 май 2024 г.",
             "2024-03-12, 12.03.2024 г., 12/03/2024, 1st of June, 5th May, 1е мая", "5 people, 2024 people, 12 %"]
    texts = _scanner_cases() + edges + ["".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(1, 7)))
                                for _ in range(3000)]
    matched = 0
    for text in texts:
        expected = [[m.span() for m in p.finditer(text)] for p in scanner.patterns]
        assert [[m.span() for m in hits] for hits in scanner.run(text, tokenize(text, lang))] == expected, text
        matched += sum(len(expected[n]) for n in scanner.guarded)
    assert matched > 1000   # (the random runs hold many dates of the guarded kinds)


def test_word_scanner_reads_second_words():
    """The words a pattern's first word can be followed by are read through groups and
    the alternatives the parser splits off a shared first letter."""
    import re

    from diplograph.wordscan import Scanner, _followers, starts_of

    pat = re.compile(r"(?<!\w)(?:в прошлый|в прошлую|во|в)\s+(вторник|среду)(?!\w)", re.IGNORECASE)
    assert starts_of(pat).words == {"в", "во"} and not starts_of(pat).prefixes
    (after,) = _followers(pat)["во"]
    assert after.words == {"вторник", "среду"}
    assert {w for st in _followers(pat)["в"] for w in st.words} == {"прошлый", "прошлую", "вторник", "среду"}
    half = re.compile(r"(?<!\w)(?:пятидесят\w+ годовщин\w*|полувеков\w+ юбиле\w*)", re.IGNORECASE)
    assert starts_of(half).prefixes == ("полувеков", "пятидесят")   # not "п"
    text = "В прошлый вторник и во вторник, в среду, в пятницу и в прошлую среду"
    scanner = Scanner([pat])
    assert [m.group() for m in scanner.run(text, tokenize(text, "ru"))[0]] == [m.group() for m in pat.finditer(text)]


def test_a_day_before_a_dated_day_starts_a_span_of_days():
    from diplograph.dates import find_times
    cases = [("bg", "на 22-24 октомври миналата година", ("2024-10-22", "2024-10-24")),
             ("en", "from 5 to 6 December", ("2024-12-05", "2024-12-06")),
             ("ru", "с 5 по 7 июня", ("2025-06-05", "2025-06-07"))]
    for lang, text, span in cases:
        assert [t.span for t in find_times(text, lang, "2025-03-01")] == [span], text
    assert [t.at for t in find_times("on 5 December", "en", "2025-03-01")] == ["2024-12-05"]


def test_the_same_year_is_the_year_last_written():
    from diplograph.dates import find_times
    text = "Заявки подали в мае 2022 года. Протоколы подписали в июле того же года."
    assert [t.at for t in find_times(text, "ru", "2024-03-07")] == ["2022-05", "2022-07"]


@pytest.mark.parametrize("text, lang, day", [
    ("The ministers met on 26 February. In a separate order signed the same day, Trump acted.", "en", "2024-02-26"),
    ("Решение одобрили 26 февраля. В тот же день вице-премьер подписал протокол.", "ru", "2024-02-26"),
    ("Министрите се срещнаха на 26 февруари. Същия ден България подписа протокола.", "bg", "2024-02-26"),
])
def test_the_same_day_is_the_last_full_date_before_it(text, lang, day):
    times = find_times(text, lang, PUB)
    assert [t.at for t in times] == [day, day]


@pytest.mark.parametrize("text, lang", [
    ("Finland signed the treaty on 3 December 1997. Sweden signed the same year, and Norway later that year.", "en"),
    ("Договор подписали 3 декабря 1997 года. Швеция подписала его в том же году.", "ru"),
    ("Договорът беше подписан на 3 декември 1997 г. Швеция го подписа през същата година.", "bg"),
])
def test_the_same_year_alone_is_the_year_last_written_before_it(text, lang):
    times = find_times(text, lang, PUB)
    assert times[0].at == "1997-12-03" and [t.at for t in times[1:]] and all(t.at == "1997" for t in times[1:])


@pytest.mark.parametrize("text, lang, iso", [
    ("Brazil will host COP30 in November in Belem.", "en", "2025-11"),
    ("Brazil hosted a summit in November.", "en", "2024-11"),
    ("Саммит пройдет в ноябре в Белене.", "ru", "2025-11"),
    ("Срещата ще се състои през ноември.", "bg", "2025-11"),
])
def test_a_month_without_a_year_in_a_sentence_about_the_future_is_the_coming_one(text, lang, iso):
    assert [t.at for t in find_times(text, lang, "2025-01-21")] == [iso]


def test_word_scanner_reads_optional_and_any_first_words():
    """An optional first word ("(?:on )?the same day") adds its words to those after it; a
    pattern that may begin with any word ("(\\w+) days ago") is tried only before its second."""
    import re

    from diplograph.wordscan import Scanner, _any_word, starts_of

    same = re.compile(r"(?<!\w)(?:on )?(?:the same day|that day|(?:в |на )?същия ден)(?!\w)", re.IGNORECASE)
    assert starts_of(same).words == {"on", "the", "that", "в", "на", "същия"}
    ago = re.compile(r"(?<!\w)(\w+) (?:дня|дней) назад", re.IGNORECASE)
    assert starts_of(ago) is None and [st.words for st in _any_word(ago)] == [{"дня", "дней"}]
    assert _any_word(re.compile(r"(?<!\w)преди (\w+) дни", re.IGNORECASE)) is None   # begins with "преди"
    text = "Три дня назад, пять\tдней назад и 5 дней назад; дня назад"
    scanner = Scanner([ago, same])
    assert not scanner.full
    found = [m.group() for m in scanner.run(text, tokenize(text, "ru"))[0]]
    assert found == [m.group() for m in ago.finditer(text)] == ["Три дня назад", "5 дней назад"]   # (a tab is no " ")


def test_at_the_same_time_is_the_last_date_written_before_whatever_its_precision():
    from diplograph.dates import find_times
    text = "The withdrawal took effect at the end of 2018. Israel left the agency at the same time."
    got = [t.at for t in find_times(text, "en", "2025-07-22") if t.kind == "point"]
    assert got[-1] == got[0] and got[0].startswith("2018")


@pytest.mark.parametrize("lang,text,at", [
    ("ru", "который ровно пять лет назад подписали", "2019-09-03"),
    ("en", "signed exactly five years ago", "2019-09-03"),
    ("en", "signed ten years ago", "2014"),
    ("bg", "подписан преди пет години", "2019"),
])
def test_years_ago_in_words_and_exactly_that_day(lang, text, at):
    from diplograph.dates import find_times
    assert [t.at for t in find_times(text, lang, "2024-09-03") if t.kind == "point"] == [at]


@pytest.mark.parametrize("pub, text, lang, value", [
    ("2024-07-03", "last week", "en", "2024-06"),             # 24 to 30 June
    ("2024-08-07", "миналата седмица", "bg", "2024"),         # 29 July to 4 August: only the year is known
    ("2024-07-03", "на этой неделе", "ru", "2024-07"),        # Monday 1 July up to the news day
    ("2024-01-03", "last week", "en", "2023-12"),             # 25 to 31 December of the year before
    ("2025-01-08", "last week", "en", None),                  # 30 December to 5 January: not even the year
])
def test_a_week_is_dated_as_finely_as_it_is_known(pub, text, lang, value):
    assert [t.at for t in find_times(text, lang, pub)] == ([value] if value else [])


@pytest.mark.parametrize("lang,text,span", [
    ("ru", "Ассамблея проходила с 23 сентября по 3 октября в Монреале.", ("2025-09-23", "2025-10-03")),
    ("en", "The meeting ran from 30 June to 2 July 2025.", ("2025-06-30", "2025-07-02")),
    ("bg", "Срещите се провеждат от 8 юни до 10 юли.", ("2025-06-08", "2025-07-10")),
    ("en", "The treaty applies from 1 January 2025 to 31 December 2030.", ("2025-01-01", "2030-12-31")),
])
def test_two_days_joined_by_from_and_to_are_one_span(lang, text, span):
    assert [t.span for t in find_times(text, lang, "2025-10-10")] == [span]


def test_a_month_that_year_is_in_the_year_last_written():
    text = "In 2019 the United States threatened to leave. Members met in Geneva in September that year."
    assert [t.at for t in find_times(text, "en", "2021-08-26")] == ["2019", "2019-09"]


@pytest.mark.parametrize("lang,text,later", [
    ("en", "Britain withdrew in 1991, and Canada followed a year later.", "1992"),
    ("en", "It was founded in 1948. Two years later it moved.", "1950"),
    ("bg", "Великобритания се оттегли през 1991 г., а Канада я последва година по-късно.", "1992"),
    ("ru", "В 2001 году создали ШОС, а через пять лет – еще одну организацию.", "2006"),
])
def test_years_later_count_on_from_the_year_last_written(lang, text, later):
    assert [t.at for t in find_times(text, lang, "2026-07-01")][-1] == later


def test_a_year_after_what_follows_is_not_counted_from_the_year_before():
    text = "В 2025 году США уведомили ООН. Выход вступил в силу ровно через год после того, как Вашингтон уведомил ООН."
    assert [t.at for t in find_times(text, "ru", "2026-01-28")] == ["2025"]

"""text.py's fast paths give what their plain readings give (they were rewritten for speed)."""
from __future__ import annotations

import bisect
import random
import re

import pytest

from diplograph.text import _SENT_END_RE, WORD_RE, _sentence_breaks, index_left, index_right, sentences, tokenize

# the sentence-break expression as first written; _SENT_END_RE is an equivalent that the
# regex engine can skip through
_PLAIN_SENT_END = re.compile(r"(?<=[.!?…])[\"»”']?\s+(?=[\"«„“(]?[A-ZА-ЯЁ0-9])|\s*\n\s*")
_PIECES = [".", "!", "?", "…", '"', "»", "”", "'", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\r", "A", "a", "Я", "я",
           "Ё", "(", "«", "„", "“", "0", "7", "г.", "Mr.", "word", "Слово"]


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 25))) for _ in range(count)]


def test_sentence_breaks_are_those_of_the_plain_expression():
    texts = _random_texts(5000, 7) + [
        'Он сказал: "Да." Потом ушёл.\n\nНов абзац. (Скоби) тук.',
        "Mr. Smith arrived.  «Quote» follows!  \n  And then 2024 came… Next.",
        "'. \n 'x", ".' \n A", "a.\u00a0B", "…»  Б",
    ]
    for text in texts:
        plain = [m.span() for m in _PLAIN_SENT_END.finditer(text)]
        assert [m.span() for m in _SENT_END_RE.finditer(text)] == plain
        assert [m.span() for m in _sentence_breaks(text)] == plain   # (tried only where a break can begin)


def test_sentences_cover_the_text_between_breaks():
    text = "Първо изречение. Второ изречение!\nТрето, с г. съкращение. Четвърто"
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == ["Първо изречение.", "Второ изречение!", "Трето, с г. съкращение.", "Четвърто"]


def test_token_offsets_are_the_word_spans():
    for text in _random_texts(2000, 11) + ["", "   ", "Русия и САЩ, 2024 г.", "-word- (два) три"]:
        for offset in (0, 17):
            tokens = tokenize(text, "bg", offset)
            assert [(t.start, t.end, t.text) for t in tokens] == \
                [(m.start() + offset, m.end() + offset, m.group()) for m in WORD_RE.finditer(text)]


# words glued to punctuation, joined by dashes or "_", with combining marks, odd digits and dotted capitals:
# `tokenize` reads most words from the pieces between white space, and must find what WORD_RE finds
_WORDY_PIECES = [" ", "  ", "\n", "\u00a0", "\u2009", ",", ".", "-", "–", "—", "_", "(", ")", "«", "»", "„", "“", '"', "'",
                 "…", ":", "[", "]", "/", "%", "+", "İstanbul", "ſ", "\u0301", "²", "½", "٣", "Ⅻ", "2024", "г.", "Г-20",
                 "ASEAN-Russia", "snake_case", "ёлка", "САЩ", "word", "Слово", "a", "Я"]


def test_tokens_are_the_matches_of_the_word_expression_around_any_punctuation():
    rng = random.Random(23)
    texts = ["".join(rng.choice(_WORDY_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    texts += ["«Г-20», (ASEAN-Russia) и snake_case.", "—да—нет— …Ёлка… İstanbul'da", "_a_ __ -", "x\u0301y, z\u0301."]
    for text in texts * 2:   # (the second time every form is one seen before)
        for lang in ("ru", "en"):
            tokens = tokenize(text, lang, 5)
            assert [(t.start, t.end, t.text) for t in tokens] == \
                [(m.start() + 5, m.end() + 5, m.group()) for m in WORD_RE.finditer(text)]


def test_a_year_abbreviation_ends_a_sentence_that_said_something_before_it():
    text = ("Двете държави са членки на ЕС от 1 януари 2007 г. България, която е в НАТО от 2004 г., "
            "се стреми да приеме еврото. През 2017 г. България председателства Съвета на ЕС.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "Двете държави са членки на ЕС от 1 януари 2007 г.",
        "България, която е в НАТО от 2004 г., се стреми да приеме еврото.",
        "През 2017 г. България председателства Съвета на ЕС."]


@pytest.mark.parametrize("sentences_as_written", [
    # a date between a verb and its object, after the verb's place too
    ["Трите държави от Централна Азия подписаха през май 2019 г. Споразумението за транзит.",
     "Москва и Минск создали в декабре 1999 г. Союзное государство.",
     "Законопроектът беше приет на първо четене през 2019 г.", "Парламентът ще гласува отново."],
    ["Лидерите на трите държави подписаха в Бамако на 16 септември 2023 г. Хартата от Липтако-Гурма."],
    # a capitalised preposition or pronoun after the year opens a sentence
    ["Страната е член от основаването на организацията на среща на върха в Париж на 13 юли 2008 г.",
     "В Барселона участва и министърът.", "Роден е през 1960 г.", "В София завършва право."],
    # a verb with its object clitic before it has no object after the date; a noun after a preposition is no verb
    ["Страната я ратифицира през 2011 г.",
     "Договорът, приет в Дъблин през май 2008 г., забранява касетъчните боеприпаси."],
    ["Конвенцията влезе в сила на 1 март 1999 г.", "Литва я ратифицира през 2003 г."],
])
def test_a_year_abbreviation_ends_a_sentence_where_the_words_around_it_end_one(sentences_as_written):
    text = " ".join(sentences_as_written)
    assert [text[a:b] for a, b in sentences(text)] == sentences_as_written


def test_the_city_abbreviation_and_a_fronted_date_do_not_end_a_sentence():
    text = "Встреча прошла в г. Москва в присутствии министров. В 2024 г. Россия председательствовала в БРИКС."
    assert len(sentences(text)) == 2


def test_tokens_norms_come_with_them():
    """`tokenize` reads each word's key and norm in one look-up; the cue tables' words
    (`words_of`) are those norms, for the list just made and for any other."""
    from diplograph.extract.lexicon import words_of
    from diplograph.text import norm, norms_of, stem

    text = "Съвместната ЁЛКА и ёлка; ASEAN-Russia, Ещё 2024 г."
    tokens = tokenize(text, "ru")
    assert norms_of(tokens) == [w.lower().replace("ё", "е") for w in WORD_RE.findall(text)]
    assert [t.key for t in tokens] == [stem(w, "ru") for w in WORD_RE.findall(text)]
    assert words_of(tokens) == [norm(t.text) for t in tokens]
    copy = list(tokens)
    assert norms_of(copy) is None and words_of(copy) == [norm(t.text) for t in tokens]


def test_a_date_that_opens_a_clause_after_a_comma_or_conjunction_ends_no_sentence():
    from diplograph.text import sentences
    for text in ("Унгария подписа конвенцията през април 2016 г., но през юли 2018 г. Конституционният съд реши, "
                 "че тя противоречи на основния закон.",
                 "Организацията обединява 46 държави, след като през март 2022 г. Русия беше изключена от нея."):
        assert len(sentences(text)) == 1
    text = "България ратифицира статута през август 2024 г. Днес Украйна също е страна по него."
    assert len(sentences(text)) == 2



def test_index_left_and_right_are_bisect_on_ints():
    rng = random.Random(11)
    for _ in range(2000):
        values = sorted(rng.randint(-5, 30) for _ in range(rng.randint(0, 12)))
        x = rng.randint(-7, 32)
        assert index_left(values, x) == bisect.bisect_left(values, x)
        assert index_right(values, x) == bisect.bisect_right(values, x)

"""The cue tables' shortcuts give what the plain reading gives."""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from diplograph.extract.lexicon import CueTable, lexicon, words_of
from diplograph.reader import read_article
from diplograph.text import sentences, tokenize

ARTICLES = Path(__file__).parent / "data" / "articles"


def _sentence_tokens(text: str, tokens) -> list[tuple[int, int]]:
    out = []
    for a, b in sentences(text):
        inside = [k for k, t in enumerate(tokens) if a <= t.start and t.end <= b]
        out.append((inside[0], inside[-1] + 1) if inside else (0, 0))
    return out


def test_cues_by_sentence_are_those_find_gives_for_each_sentence():
    """`CueTable.by_sentence` lists, for every sentence that holds a cue of the table, what
    `find` gives for that sentence; the sentences it leaves out hold none."""
    for path in sorted(ARTICLES.glob("*.txt"))[::3]:
        article = read_article(path)
        tokens = tokenize(article.text, article.lang)
        words = words_of(tokens)
        spans = _sentence_tokens(article.text, tokens)
        lex = lexicon(article.lang)
        for table in (v for v in (getattr(lex, f.name) for f in fields(lex)) if isinstance(v, CueTable)):
            expected = {s: table.find(words, lo, hi) for s, (lo, hi) in enumerate(spans) if table.find(words, lo, hi)}
            got = table.by_sentence(words, spans)
            assert got == expected and list(got) == sorted(got), (path.name, table)
            assert table.by_sentence(words, spans) is got   # kept for the same list


def test_a_new_word_form_starts_the_cues_each_table_finds_for_it():
    """`CueGroup` reads which tables a word form starts a cue in from one index of all the tables'
    first words; that is what asking each table in turn (`CueTable._starting`) gives, for the words
    of the articles and for every cue's own first word, whole, cut short and lengthened."""
    for lang in ("bg", "ru", "en"):
        lex = lexicon(lang)
        group = lex.triggers._group[0]
        forms = {w for path in sorted(ARTICLES.glob(f"{lang}*.txt"))
                 for w in words_of(tokenize(read_article(path).text, lang))}
        for table in group.tables:
            for cues in table.by_first.values():
                for cue in cues:
                    first = cue.words[0].rstrip("*=")
                    forms |= {first, first[:-1], first[:3], first + "ия", first + "s"}
        assert len(forms) > 1000
        hits = 0
        for w in sorted(forms):
            plain = tuple((slot, *hit) for slot, table in enumerate(group.tables) if (hit := table._starting(w)) is not None)
            assert group._starting(w) == plain, (lang, w)
            hits += bool(plain)
        assert hits > 100, lang   # (many of them start some cue: the test is not of empty answers only)


def test_the_word_lists_of_the_lexicon_are_read_per_language():
    from diplograph.extract.lexicon import lexicon
    assert "its" in lexicon("en").words["its"] and "its" not in lexicon("bg").words["its"]
    assert "столицата" in lexicon("bg").words["capital"] and "выступили" in lexicon("ru").words["co_chair_verbs"]


def test_words_inside_an_at_the_initiative_of_phrase_are_known_by_the_lexicon():
    cases = [("ru", "создано по инициативе Назарбаева", "инициативе", True),
             ("bg", "по предложение на министъра", "предложение", True),
             ("en", "founded on the proposal of Chile", "proposal", True),
             ("en", "the proposal of Chile was adopted", "proposal", False),
             ("ru", "инициативе Назарбаева посвящен форум", "инициативе", False)]
    for lang, text, word, inside in cases:
        words = text.lower().split()
        assert lexicon(lang).initiated_at(words, words.index(word)) is inside, text


def test_every_skip_reading_a_trigger_group_names_is_one_the_rules_know():
    from diplograph.extract.relations import _SKIPS
    named = {name for lang in ("bg", "en", "ru") for info in lexicon(lang).trigger_groups.values() for name in info.skip_when}
    assert named and named <= set(_SKIPS)
    assert set(_SKIPS) <= named  # a reading no group names is dead code

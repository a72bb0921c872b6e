"""The cue tables' shortcuts give what the plain reading gives."""
from __future__ import annotations

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
        for table in (v for v in vars(lex).values() if isinstance(v, CueTable)):
            expected = {s: table.find(words, lo, hi) for s, (lo, hi) in enumerate(spans) if table.find(words, lo, hi)}
            got = table.by_sentence(words, spans)
            assert got == expected and list(got) == sorted(got), (path.name, table)
            assert table.by_sentence(words, spans) is got   # kept for the same list

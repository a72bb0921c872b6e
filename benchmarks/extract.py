"""Throughput and memory of `diplograph.extract.extract` on a stream of generated articles.

Builds N synthetic articles of about 3,000 characters each, a mix of Bulgarian, Russian
and English, by sampling sentences from the development and example articles and
putting other names of the same type and language where their entity names stood
(so the stream is not the same few articles over and over). Generation is seeded and
happens before timing, as does loading the catalog and building its per-language
indexes. Then all articles are extracted in this one process, and a table shows
throughput and memory at every quarter of the stream: peak RSS that stays flat means
no per-article state is kept.

    python benchmarks/extract.py                    # 1,000 articles
    python benchmarks/extract.py --articles 200 --profile
    python benchmarks/extract.py --profile --sort tottime
    python benchmarks/extract.py --articles 300 --repeat 3   # best of three passes

"articles/s" divides by wall-clock time; "per CPU-s" by the CPU time of this process,
which is what to compare between two builds on a machine other jobs share.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import random
import re
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from diplograph.extract import extract, get_extractor  # noqa: E402
from diplograph.models import Article  # noqa: E402
from diplograph.reader import read_article  # noqa: E402

SOURCES = (REPO / "tests" / "data" / "articles", REPO / "examples" / "articles")
LANGS = ("bg", "ru", "en")
SLOT_TYPES = ("State", "Organization", "Person", "Place")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”]?\s+(?=[\"«“(]?[A-ZА-ЯЁ0-9])")


@dataclass(frozen=True)
class Template:
    """A sentence with holes where entity names stood: text parts around (type) slots."""

    parts: tuple[str, ...]      # len(parts) == len(slots) + 1
    slots: tuple[str, ...]

    def fill(self, rng: random.Random, names: dict[str, list[str]]) -> str:
        out = [self.parts[0]]
        for slot, part in zip(self.slots, self.parts[1:]):
            out += [rng.choice(names[slot]), part]
        return "".join(out)


@dataclass
class Corpus:
    """Sentence templates and name pools per language, from the source articles."""

    templates: dict[str, list[Template]]
    names: dict[str, dict[str, list[str]]]


def source_articles() -> list[Article]:
    paths = sorted(p for folder in SOURCES for p in folder.glob("*.txt"))
    return [read_article(p) for p in paths]


def build_corpus(articles: Sequence[Article]) -> Corpus:
    """Split each source article into sentences and cut the recognised names out of them."""
    templates: dict[str, list[Template]] = defaultdict(list)
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for article in articles:
        slots = [m for m in extract(article).mentions if _is_slot(m.text, m.entity.type)]
        for start, end in _sentences(article.text):
            inside = sorted((m for m in slots if start <= m.start and m.end <= end), key=lambda m: m.start)
            inside = _non_overlapping(inside)
            if len(article.text[start:end]) < 40:
                continue
            parts, cursor = [], start
            for m in inside:
                parts.append(article.text[cursor:m.start])
                cursor = m.end
                names[article.lang][m.entity.type].add(m.text)
            parts.append(article.text[cursor:end])
            templates[article.lang].append(Template(tuple(parts), tuple(m.entity.type for m in inside)))
    pools = {lang: {t: sorted(found) for t, found in by_type.items()} for lang, by_type in names.items()}
    return Corpus(dict(templates), pools)


def _is_slot(text: str, entity_type: str) -> bool:
    return entity_type in SLOT_TYPES and text[:1].isupper() and "\n" not in text and len(text.split()) <= 6


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for gap in _SENTENCE_END.finditer(paragraph.group()):
            yield start, paragraph.start() + gap.start()
            start = paragraph.start() + gap.end()
        if start < paragraph.end():
            yield start, paragraph.end()


def _non_overlapping(mentions: list) -> list:
    kept, last_end = [], -1
    for m in mentions:
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return kept


def generate(corpus: Corpus, count: int, *, chars: int, seed: int) -> list[Article]:
    """`count` articles of just under `chars` characters, in paragraphs of three sentences."""
    rng = random.Random(seed)
    articles = []
    for number in range(count):
        lang = rng.choice(LANGS)
        sentences: list[str] = []
        length = 0
        while length < chars:
            sentence = rng.choice(corpus.templates[lang]).fill(rng, corpus.names[lang])
            sentences.append(sentence)
            length += len(sentence) + 1
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        text = "\n\n".join(paragraphs)[:chars].rsplit(None, 1)[0]   # cut at the last word that fits
        date = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        articles.append(Article(doc=f"synthetic-{number:04d}", text=text, lang=lang, date=date))
    return articles


def rss_now_mb() -> float | None:
    """Resident set size now (Linux /proc), or None elsewhere."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10   # bytes on macOS, KiB on Linux


def warm_up(corpus: Corpus) -> None:
    """Load the catalog and build each language's index before the clock starts."""
    get_extractor()
    for lang in LANGS:
        extract(Article(doc=f"warm-up-{lang}", text=corpus.templates[lang][0].fill(random.Random(0), corpus.names[lang]),
                        lang=lang, date="2024-01-01"))


Row = tuple[int, float, float, int, int, float, float | None]


def run(articles: Sequence[Article], checkpoints: set[int]) -> list[Row]:
    """Extract every article; at each checkpoint, (articles, wall s, CPU s, claims, mentions, peak, now).

    CPU time (this process only) is the figure to compare between builds: on a shared
    machine the wall clock also counts the time other processes held the core."""
    rows = []
    claims = mentions = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for done, article in enumerate(articles, 1):
        extraction = extract(article)
        claims += len(extraction.claims)
        mentions += len(extraction.mentions)
        del extraction
        if done in checkpoints:
            rows.append((done, time.perf_counter() - start, time.process_time() - cpu_start, claims, mentions,
                         peak_rss_mb(), rss_now_mb()))
    return rows


def print_table(rows: Sequence[Row]) -> None:
    print(f"{'articles':>8}  {'seconds':>8}  {'articles/s':>10}  {'CPU s':>7}  {'per CPU-s':>9}  {'claims':>7}  "
          f"{'mentions':>8}  {'peak RSS MB':>11}  {'RSS now MB':>10}")
    for done, seconds, cpu, claims, mentions, peak, now in rows:
        now_text = f"{now:>10.1f}" if now is not None else f"{'-':>10}"
        print(f"{done:>8}  {seconds:>8.2f}  {done / seconds:>10.1f}  {cpu:>7.2f}  {done / cpu:>9.1f}  {claims:>7}  "
              f"{mentions:>8}  {peak:>11.1f}  {now_text}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="how many articles (default 1000)")
    parser.add_argument("--chars", type=int, default=3000, help="characters per article (default 3000)")
    parser.add_argument("--seed", type=int, default=20240726, help="random seed of the generator")
    parser.add_argument("--repeat", type=int, default=1,
                        help="extract the stream this many times and show the pass with the least CPU time")
    parser.add_argument("--profile", action="store_true", help="run under cProfile; print the top 25 functions")
    parser.add_argument("--sort", choices=("cumulative", "tottime"), default="cumulative",
                        help="how --profile ranks functions (default cumulative)")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.chars < 100 or args.repeat < 1:
        parser.error("--articles and --repeat must be at least 1 and --chars at least 100")

    started = time.perf_counter()
    corpus = build_corpus(source_articles())
    warm_up(corpus)
    articles = generate(corpus, args.articles, chars=args.chars, seed=args.seed)
    lengths = [len(a.text) for a in articles]
    by_lang = {lang: sum(a.lang == lang for a in articles) for lang in LANGS}
    print(f"{len(articles)} articles ({', '.join(f'{n} {lang}' for lang, n in by_lang.items())}), "
          f"{min(lengths)}-{max(lengths)} characters (mean {sum(lengths) / len(lengths):,.0f}); "
          f"templates {sum(len(t) for t in corpus.templates.values())}; "
          f"set-up (catalog, corpus) {time.perf_counter() - started:.1f} s; "
          f"peak RSS before extraction {peak_rss_mb():.1f} MB")
    checkpoints = {max(1, round(args.articles * q / 4)) for q in (1, 2, 3, 4)}
    gc.collect()
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    rows = min((run(articles, checkpoints) for _ in range(args.repeat)), key=lambda r: r[-1][2])
    if profiler:
        profiler.disable()
    print_table(rows)
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(25)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Ingest benchmark: N generated bg/ru/en articles into the embedded store.

    .venv/bin/python benchmarks/ingest.py                  # 100,000 articles, 2 workers
    .venv/bin/python benchmarks/ingest.py --n 10000 --workers 1
    .venv/bin/python benchmarks/ingest.py --n 2000 --compare   # 1 worker, then 2; prints the speed-up

The corpus is generated on the fly into a JSON Lines file (streamed, never held in
memory) and ingested with the library's ingest (one process) or parallel ingest
(N processes). At each checkpoint (10k, 50k, 100k, or 10%/50%/100% of a smaller N)
it prints articles/s and quads/s since the start, the store's quads, the parent's
current and peak RSS and the workers' current RSS, so one can see that memory
stays flat as N grows.

`generate_articles(n, seed)` is also used by the tests (crash, concurrency, parallel).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

# (English, Bulgarian, Russian nominative, Russian genitive)
STATES = [
    ("Austria", "Австрия", "Австрия", "Австрии"), ("Japan", "Япония", "Япония", "Японии"),
    ("France", "Франция", "Франция", "Франции"), ("Germany", "Германия", "Германия", "Германии"),
    ("India", "Индия", "Индия", "Индии"), ("Brazil", "Бразилия", "Бразилия", "Бразилии"),
    ("Vietnam", "Виетнам", "Вьетнам", "Вьетнама"), ("Egypt", "Египет", "Египет", "Египта"),
    ("Turkey", "Турция", "Турция", "Турции"), ("Mongolia", "Монголия", "Монголия", "Монголии"),
    ("Indonesia", "Индонезия", "Индонезия", "Индонезии"), ("Kazakhstan", "Казахстан", "Казахстан", "Казахстана"),
    ("Serbia", "Сърбия", "Сербия", "Сербии"), ("Greece", "Гърция", "Греция", "Греции"),
]
# (English, Bulgarian "in X", Russian "in X")
CITIES = [
    ("Vienna", "във Виена", "в Вене"), ("Paris", "в Париж", "в Париже"), ("Berlin", "в Берлин", "в Берлине"),
    ("Tokyo", "в Токио", "в Токио"), ("Hanoi", "в Ханой", "в Ханое"), ("Cairo", "в Кайро", "в Каире"),
    ("Ankara", "в Анкара", "в Анкаре"), ("Jakarta", "в Джакарта", "в Джакарте"),
]
# (English, Bulgarian object form, Russian accusative)
ORGS = [
    ("the European Union", "Европейския съюз", "Европейский союз"), ("NATO", "НАТО", "НАТО"),
    ("ASEAN", "АСЕАН", "АСЕАН"), ("the Shanghai Cooperation Organisation", "ШОС", "ШОС"),
    ("the World Trade Organization", "Световната търговска организация", "Всемирную торговую организацию"),
]
AGREEMENTS = [("the Paris Agreement", "Парижкото споразумение", "Парижское соглашение")]
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
           "ноември", "декември"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
}
TOPICS = {
    "en": ["trade", "energy security", "climate policy", "migration", "transport links", "cultural exchange"],
    "bg": ["търговията", "енергийната сигурност", "климата", "миграцията", "транспорта", "културния обмен"],
    "ru": ["торговлю", "энергетическую безопасность", "климат", "миграцию", "транспорт", "культурный обмен"],
}


def _article(i: int, rng: random.Random) -> dict[str, str]:
    lang = ("en", "bg", "ru")[i % 3]
    a, b = rng.sample(STATES, 2)
    city = rng.choice(CITIES)
    org = rng.choice(ORGS)
    agreement = rng.choice(AGREEMENTS)
    topic = rng.choice(TOPICS[lang])
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    joined = rng.randint(1990, 2014)
    m = MONTHS[lang][month - 1]
    if lang == "en":
        title = f"Ministers of {a[0]} and {b[0]} meet in {city[0]}"
        text = (f"{title}\n\n{day} {m} {year}\n\n"
                f"On {day} {m} {year} in {city[0]} the foreign ministers of {a[0]} and {b[0]} met to discuss {topic}. "
                f"{a[0]} joined {org[0]} in {joined}. {b[0]} signed {agreement[0]} in {year - 1}. "
                f"The talks in {city[0]} lasted two days, and the ministers agreed to meet again next year.")
    elif lang == "bg":
        title = f"Министрите на {a[1]} и {b[1]} се срещнаха {city[1]}"
        text = (f"{title}\n\n{day} {m} {year}\n\n"
                f"На {day} {m} {year} г. {city[1]} външните министри на {a[1]} и {b[1]} се срещнаха, "
                f"за да обсъдят {topic}. {a[1]} се присъедини към {org[1]} през {joined} г. "
                f"{b[1]} подписа {agreement[1]} през {year - 1} г. Разговорите продължиха два дни.")
    else:
        title = f"Министры {a[3]} и {b[3]} встретились {city[2]}"
        text = (f"{title}\n\n{day} {m} {year}\n\n"
                f"{day} {m} {year} года {city[2]} министры иностранных дел {a[3]} и {b[3]} обсудили {topic}. "
                f"{a[2]} вступила в {org[2]} в {joined} году. {b[2]} подписала {agreement[2]} в {year - 1} году. "
                f"Переговоры продолжались два дня.")
    return {"id": f"gen-{i:07d}", "lang": lang, "date": f"{year}-{month:02d}-{day:02d}", "title": title,
            "text": text}


def generate_articles(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """`n` reproducible article records (id, lang, date, title, text), bg/ru/en in turn."""
    rng = random.Random(seed)
    for i in range(n):
        yield _article(i, rng)


def write_corpus(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write `n` generated articles as JSON Lines to `path`, one at a time."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as out:
        for record in generate_articles(n, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _rss_mb(pid: int | None = None) -> float:
    try:
        import psutil

        return psutil.Process(pid).memory_info().rss / 2**20
    except Exception:
        return float("nan")


def _workers_rss_mb() -> float:
    try:
        import psutil

        return sum(child.memory_info().rss for child in psutil.Process().children(recursive=True)) / 2**20
    except Exception:
        return float("nan")


def checkpoints(n: int) -> list[int]:
    marks = [m for m in (10_000, 50_000, 100_000) if m <= n]
    if n >= 100_000:
        return sorted(set(marks + [n]))
    return sorted({max(1, n // 10), max(1, n // 2), n})


def run(n: int, workers: int, store_dir: Path, corpus: Path, *, quiet: bool = False) -> float:
    """Ingest `corpus` into a new store at `store_dir`; print the checkpoint table; return articles/s."""
    from diplograph.ingest import IngestSummary, iter_ingest
    from diplograph.parallel import iter_parallel_ingest
    from diplograph.store import open_store

    marks = checkpoints(n)
    summary = IngestSummary()
    with open_store(str(store_dir)) as store:
        base = store.quad_count()
        if workers > 1:
            steps = iter_parallel_ingest([str(corpus)], store=store, summary=summary, workers=workers)
        else:
            from diplograph.extract import get_extractor

            get_extractor()  # load the catalog before the clock starts, as the workers do in their initializer
            steps = iter_ingest([str(corpus)], store=store, summary=summary)
        if not quiet:
            print(f"{'articles':>9} {'seconds':>8} {'articles/s':>10} {'quads':>11} {'quads/s':>9} "
                  f"{'RSS MB':>7} {'peak MB':>8} {'workers MB':>10}")
        start = time.perf_counter()
        done = 0
        rate = 0.0
        for _ in steps:
            done += 1
            if done in marks:
                elapsed = time.perf_counter() - start
                quads = store.quad_count() - base
                rate = done / elapsed
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                if not quiet:
                    print(f"{done:>9,} {elapsed:>8.1f} {rate:>10.1f} {quads:>11,} {quads / elapsed:>9,.0f} "
                          f"{_rss_mb():>7.0f} {peak:>8.0f} {_workers_rss_mb():>10.0f}", flush=True)
        elapsed = time.perf_counter() - start
    if summary.skipped and not quiet:
        print(f"skipped {len(summary.skipped)} articles, e.g. {summary.skipped[0]}")
    return done / elapsed if elapsed else rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles to generate and ingest")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes (1: in the ingesting process)")
    parser.add_argument("--compare", action="store_true", help="run with 1 worker, then --workers; print the speed-up")
    parser.add_argument("--dir", help="where to put the corpus and the store (default: a temporary folder)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", args.n, args.seed)
        print(f"{args.n:,} generated articles ({corpus.stat().st_size / 2**20:.1f} MB of JSON Lines), "
              f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
        runs = [1, args.workers] if args.compare else [args.workers]
        rates = []
        for workers in runs:
            print(f"\n== {workers} worker{'s' if workers > 1 else ''}")
            rates.append(run(args.n, workers, Path(tmp) / f"store-{workers}", corpus))
        if args.compare and len(rates) == 2:
            print(f"\nspeed-up with {args.workers} workers: {rates[1] / rates[0]:.2f}x "
                  f"({rates[0]:.1f} -> {rates[1]:.1f} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

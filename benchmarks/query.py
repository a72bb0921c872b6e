"""Query benchmark: every library query on stores of 1M and 5M quads, embedded Oxigraph vs rdflib.

    .venv/bin/python benchmarks/query.py                          # 1M and 5M quads; rdflib up to 1M
    .venv/bin/python benchmarks/query.py --sizes 1000000 --repeat 7
    .venv/bin/python benchmarks/query.py --sizes 200000 --skip-rdflib-above 0   # Oxigraph only

The graphs are shaped like the ones `ingest` writes: each generated article goes through
the library's own RDF mapping (`rdfmap.extraction_to_graph`), so it holds the dg:Article,
the prov:Activity, ~5 claims (each a direct triple and a dg:Claim with subject, predicate,
object, dates, role, modality, confidence, evidence sentence and offsets, provenance)
and the new entities it names, with labels in the article's language (bg, ru or en) and
English, next to the packaged catalog and ontology. Actors are drawn from the catalog
with a skewed (Zipf-like) distribution, as in news, so Russia, ASEAN, NATO or Sergey Lavrov
turn up in many articles. The articles are skipped by the extractor: generating them
directly is what makes a 5M-quad graph take minutes, not hours. They are cached as
N-Quads in the temp directory and bulk-loaded; the summary graphs (which ingest keeps)
are then computed with `diplograph.summary.summarize`, timed with the loading. rdflib's
store gets a copy of every quad of the Oxigraph store, its summary included.

Each query runs as `diplograph query` runs it, in two timed steps: resolving its
parameters (names looked up among the labels, on the embedded store) and the SPARQL
query with the terms bound, every row read. The parameters are those of its header's
Example line (a few replaced by values that exist in the generated graph); a query whose
Example narrows it with a year is also timed without it (`WIDER`), as a row of
its own. Printed per
size: rows, median milliseconds of each step (the query's also as CPU time, which other
processes on a shared machine do not stretch), the query's on rdflib and the ratio
rdflib/Oxigraph; a query of the embedded store over 1 s median (wall clock) is flagged.
"""
from __future__ import annotations

import argparse
import random
import shlex
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from diplograph.catalog import load_catalog
from diplograph.errors import QueryError
from diplograph.models import Article, Claim, Entity, Evidence, Extraction, When
from diplograph.namespaces import article_graph
from diplograph.query import bind_parameters, list_queries, load_query
from diplograph.rdfmap import extraction_to_graph
from diplograph.store import Store, open_store
from diplograph.summary import summarize

ID = "https://w3id.org/diplograph/id/"
QUADS_PER_ARTICLE = 98  # measured on the generated articles (the demo articles have ~220 each)
SLOW_MS = 1000.0
DONE = ".built"  # a file named after a kept store (--keep-stores) plus this marks it complete
LONG_RUN_S = 10.0  # a query slower than this on its first run is not repeated
# Actors that should be frequent (the queries' examples name them), most frequent first.
FREQUENT = ["state/rus", "org/asean", "state/chn", "state/usa", "org/nato", "state/fin", "org/eu", "state/ind",
            "person/sergey-lavrov", "agreement/tac", "agreement/cfe-treaty", "org/sco", "state/tur"]
OUTLETS = ["TASS", "RIA Novosti", "BTA", "Reuters", "AP", "Dnevnik", "Kommersant", "The Diplomat", "Euractiv",
           "Interfax", "bTV", "Nikkei Asia"]
ROLES = ["foreign minister", "prime minister", "president", "ambassador", "secretary-general", "spokesperson"]
WORDS = {"en": ["summit", "talks", "forum", "ministerial meeting", "visit", "conference"],
         "bg": ["среща на върха", "разговори", "форум", "министерска среща", "посещение", "конференция"],
         "ru": ["саммит", "переговоры", "форум", "министерская встреча", "визит", "конференция"]}
GIVEN = {"en": ["Anna", "Ivan", "Maria", "Peter", "Elena", "Nikolai"], "bg": ["Анна", "Иван", "Мария", "Петър", "Елена", "Николай"],
         "ru": ["Анна", "Иван", "Мария", "Пётр", "Елена", "Николай"]}
FAMILY = {"en": ["Petrov", "Ivanova", "Georgiev", "Smirnov", "Dimitrova", "Kovalev"],
          "bg": ["Петров", "Иванова", "Георгиев", "Смирнов", "Димитрова", "Ковальов"],
          "ru": ["Петров", "Иванова", "Георгиев", "Смирнов", "Димитрова", "Ковалёв"]}
# Parameters for the generated graph where a header's example names what it does not hold.
OVERRIDES = {"article-claims": {"doc": "bench-0000042"}}
# Rows timed besides the Example's: the same query without the parameter that narrows it
# (a year, an outlet, a first sighting), reported as rows of their own.
WIDER = {"meeting-documents": [{"year": "2024"}, {}], "catalog-contradictions": [{}], "meetings": [{"actor": "Sergey Lavrov"}],
         "outlet-claims": [{"actor": "ASEAN"}], "claims-about": [{"entity": "Сергей Лавров"}],
         "single-source": [{"relation": "partnerOf"}], "new-entities": [{"type": "Person"}],
         "partners": [{"actor": "ASEAN"}], "partners-by-year": [{"actor": "Russia"}]}


class Pools:
    """Catalog entities by type, weighted so that a few are frequent."""

    def __init__(self) -> None:
        catalog = load_catalog()
        by_type: dict[str, list[Entity]] = {}
        for iri in [ID + f for f in FREQUENT] + sorted(catalog.entities):
            entity = catalog.entities.get(iri)
            if entity is not None and all(e.iri != iri for e in by_type.get(entity.type, [])):
                by_type.setdefault(entity.type, []).append(entity.to_entity())
        self.by_type = by_type
        self.weights = {t: [1.0 / (rank + 1) for rank in range(len(es))] for t, es in by_type.items()}

    def pick(self, rng: random.Random, *types: str) -> Entity:
        kind = rng.choice(types)
        return rng.choices(self.by_type[kind], self.weights[kind])[0]


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def synthetic_extraction(i: int, rng: random.Random, pools: Pools) -> Extraction:
    """One article's extraction: a meeting with its participants and place, plus 2-4 other claims."""
    lang = ("en", "bg", "ru")[i % 3]
    date = _date(rng)
    doc = f"bench-{i:07d}"
    a, b = pools.pick(rng, "State", "State", "Organization"), pools.pick(rng, "State")
    place = pools.pick(rng, "Place")
    word = rng.randrange(len(WORDS[lang]))
    event = Entity(f"{ID}event/bench-{i}", f"{WORDS[lang][word]} {a.label} – {b.label} {date[:4]}", "Event",
                   labels=(f"{WORDS['en'][word]} of {a.label} and {b.label} {date[:4]}",), in_catalog=False)
    sentence = (f"On {date} in {place.label} the delegations of {a.label} and {b.label} met to discuss trade, "
                f"energy security and the situation in the region.")
    title = f"{a.label} and {b.label}: {WORDS[lang][word]} in {place.label}"
    article = Article(doc=doc, text=sentence, lang=lang, date=date, title=title,
                      url=f"https://news{i % 50}.example.org/{date[:4]}/{doc}", outlet=rng.choice(OUTLETS))

    def evidence(k: int) -> Evidence:
        return Evidence(sentence, 200 * k, 200 * k + len(sentence))

    claims = [Claim(doc, event, "locatedIn", place, evidence(0), When(at=date)),
              Claim(doc, a, "participatedIn", event, evidence(0), When(at=date)),
              Claim(doc, b, "participatedIn", event, evidence(0), When(at=date))]
    for k in range(1, rng.randint(3, 5)):
        kind = rng.random()
        year = str(rng.randint(1990, 2025))
        modality = "negated" if rng.random() < 0.05 else "hypothetical" if rng.random() < 0.05 else "asserted"
        if kind < 0.3:
            claims.append(Claim(doc, a, "partnerOf", pools.pick(rng, "State", "Organization"), evidence(k),
                                modality=modality))
        elif kind < 0.5:
            claims.append(Claim(doc, pools.pick(rng, "State"), "memberOf", pools.pick(rng, "Organization"),
                                evidence(k), When(start=year), modality=modality))
        elif kind < 0.7:
            relation = rng.choice(["accededTo", "signed", "ratified", "partyTo", "withdrewFrom"])
            claims.append(Claim(doc, pools.pick(rng, "State"), relation, pools.pick(rng, "Agreement"), evidence(k),
                                When(at=year), modality=modality, confidence=0.9))
        elif kind < 0.85:
            person = pools.pick(rng, "Person") if rng.random() < 0.6 else Entity(
                f"{ID}person/bench-{i}-{k}", f"{rng.choice(GIVEN[lang])} {rng.choice(FAMILY[lang])}", "Person",
                labels=(f"{rng.choice(GIVEN['en'])} {rng.choice(FAMILY['en'])}",), in_catalog=False)
            claims.append(Claim(doc, person, "officialOf", a, evidence(k), When(at=date[:7]), role=rng.choice(ROLES)))
            claims.append(Claim(doc, person, "participatedIn", event, evidence(k), When(at=date)))
        else:
            document = Entity(f"{ID}agreement/bench-{i}-{k}", f"Declaration of {place.label} {date[:4]}", "Agreement",
                              in_catalog=False)
            claims.append(Claim(doc, event, "adopted", document, evidence(k), When(at=date)))
    return Extraction(article, claims)


def write_articles(path: Path, articles: int, seed: int) -> None:
    """The generated articles' graphs as N-Quads (one named graph each), written as they are made."""
    rng, pools = random.Random(seed), Pools()
    with path.open("w", encoding="utf-8") as out:
        for i in range(articles):
            graph = extraction_to_graph(synthetic_extraction(i, rng, pools), extractor_version="bench")
            name = f" <{article_graph(f'bench-{i:07d}')}> .\n"
            out.write("".join(line[:-2] + name for line in graph.serialize(format="nt").splitlines() if line))


def corpus_file(quads: int, seed: int, cache: Path) -> tuple[Path, int]:
    """The cached N-Quads of about `quads` article quads, and its article count."""
    articles = max(1, quads // QUADS_PER_ARTICLE)
    path = cache / f"diplograph-query-bench-{articles}-{seed}.nq"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".part")
        write_articles(partial, articles, seed)
        partial.rename(path)
        print(f"  generated {articles:,} articles in {time.perf_counter() - started:.0f} s -> {path}", flush=True)
    return path, articles


def embedded_store(nquads: Path, directory: Path) -> Store:
    """An on-disk store: the articles bulk-loaded by Oxigraph, then the reference graphs.

    Bulk loading bypasses `Store`, so the summary graphs are computed afterwards, as
    `diplograph summarize` does for a store written before they existed.
    """
    bulk = ox.Store(str(directory))
    bulk.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    bulk.optimize()
    del bulk
    store = open_store(str(directory))
    summarize(store)
    return store


def rdflib_store(embedded: Store) -> Store:
    """rdflib's in-memory store with every quad of the embedded one, its summary included.

    The summary is copied, not computed again: `summarize` on rdflib's engine grows with the
    quads times the graphs (it evaluates `GRAPH ?g` in every graph in turn, and its memory
    store tests each match's graph), hours at 1M quads; the same articles give the same summary.
    """
    store = open_store(backend="rdflib")
    rows = embedded.select_n3("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.dataset.parse(data="\n".join(f"{s} {p} {o} {g} ." for s, p, o, g in rows), format="nquads")
    return store


def benchmark_params() -> dict[str, dict[str, str]]:
    """Each library query's parameters: its Example line's, or an override."""
    params = {}
    for name in list_queries():
        if name in OVERRIDES:
            params[name] = OVERRIDES[name]
            continue
        words = shlex.split(load_query(name).example)
        pairs = [words[k + 1] for k, word in enumerate(words[:-1]) if word in ("--param", "-p")]
        params[name] = dict(pair.split("=", 1) for pair in pairs)
    return params


def time_query(store: Store, name: str, params: dict[str, str], repeat: int) -> tuple[int, float, float, float, int]:
    """Rows, median milliseconds resolving the parameters and running the query (wall clock and
    this process's CPU time), and the runs timed.

    Resolving is `bind_parameters` (names looked up among the labels); the query is
    `Store.query` with the terms bound, every row read. The first run warms caches up;
    when it takes over `LONG_RUN_S` it is the only one. The CPU time is the figure to compare
    on a shared machine: other processes on the same cores stretch the wall clock, not it.
    """
    spec = load_query(name)

    def once() -> tuple[int, float, float, float]:
        started = time.perf_counter()
        bindings = bind_parameters(store, spec, params)
        resolved, cpu = time.perf_counter(), time.process_time()
        rows = len(list(store.query(spec.text, bindings)))
        return (rows, (resolved - started) * 1000, (time.perf_counter() - resolved) * 1000,
                (time.process_time() - cpu) * 1000)

    rows, resolve, query, cpu = once()
    if resolve + query > LONG_RUN_S * 1000:
        return rows, resolve, query, cpu, 1
    runs = [once() for _ in range(repeat)]
    return (rows, statistics.median(r[1] for r in runs), statistics.median(r[2] for r in runs),
            statistics.median(r[3] for r in runs), repeat)


def run_size(quads: int, args: argparse.Namespace) -> Iterator[str]:
    nquads, articles = corpus_file(quads, args.seed, args.cache)
    params = benchmark_params()
    with tempfile.TemporaryDirectory(prefix="diplograph-query-bench-") as tmp:
        started = time.perf_counter()
        kept = args.keep_stores / f"{nquads.stem}-kg" if args.keep_stores else None
        if kept is not None and kept.with_name(kept.name + DONE).exists():
            embedded, how = open_store(str(kept)), f"reopened {kept} in"
        else:
            embedded, how = embedded_store(nquads, kept or Path(tmp) / "kg"), "loaded and summarized in"
            if kept is not None:
                kept.with_name(kept.name + DONE).write_text("built by benchmarks/query.py\n")
        loaded = time.perf_counter() - started
        total = embedded.quad_count()
        use_rdflib = quads <= args.skip_rdflib_above
        other = None
        if use_rdflib:
            started = time.perf_counter()
            other = rdflib_store(embedded)
            rdflib_loaded = time.perf_counter() - started
        yield (f"\n{total:,} quads ({articles:,} articles + catalog, ontology and summary); {how} {loaded:.0f} s "
               f"(Oxigraph)" + (f", {rdflib_loaded:.0f} s (rdflib)" if use_rdflib else
                                f"; rdflib skipped above {args.skip_rdflib_above:,} quads (--skip-rdflib-above)"))
        yield (f"median of {args.repeat} runs after a warm-up; resolve: parameters looked up among the labels; "
               f"query: the SPARQL with the terms bound, every row read (wall clock; cpu: this process's CPU time)\n")
        yield (f"{'query':<22} {'parameters':<32} {'rows':>6} {'resolve ms':>10} {'oxigraph ms':>11} {'cpu ms':>8} "
               f"{'rdflib ms':>10} {'ratio':>7}")
        slow = []
        timed = [(name, p) for name in args.queries or list_queries()
                 for p in [params[name]] + [w for w in WIDER.get(name, []) if w != params[name]]]
        for name, query_params in timed:
            shown = " ".join(f"{k}={v}" for k, v in query_params.items())
            shown = shown if len(shown) <= 32 else shown[:31] + "…"
            try:
                rows, resolve, fast, cpu, runs = time_query(embedded, name, query_params, args.repeat)
            except QueryError as exc:
                yield f"{name:<22} {shown:<32} error: {exc}"
                continue
            if fast > SLOW_MS:
                slow.append(f"{name} ({shown})" if shown else name)
            cells = f"{'':>10} {'':>7}"
            if other is not None:
                try:
                    other_rows, _, reference, _, other_runs = time_query(other, name, query_params, args.repeat)
                    mark = "" if other_rows == rows else f" (rdflib: {other_rows:,} rows)"
                    mark += "" if other_runs > 1 else " (rdflib: 1 run)"
                    cells = f"{reference:>10.1f} {reference / max(fast, 0.01):>6.1f}x{mark}"
                except QueryError as exc:
                    cells = f"{'error':>10} {'':>7} (rdflib: {str(exc).partition(': ')[2][:60]})"
            yield (f"{name:<22} {shown:<32} {rows:>6,} {resolve:>10.1f} {fast:>11.1f} {cpu:>8.1f} {cells}"
                   + ("  SLOW" if fast > SLOW_MS else ""))
        yield (f"\nover {SLOW_MS:.0f} ms on Oxigraph: {', '.join(slow)}" if slow else
               f"\nevery query under {SLOW_MS:.0f} ms median on the embedded Oxigraph store")
        embedded.close()
        if other is not None:
            other.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=lambda text: [int(float(s)) for s in text.split(",")],
                        default=[1_000_000, 5_000_000], help="comma-separated quad counts (default 1000000,5000000)")
    parser.add_argument("--skip-rdflib-above", type=int, default=1_000_000, metavar="QUADS",
                        help="time rdflib only on graphs up to this size (default 1000000; it needs ~1.5 GB per 1M)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (default 5)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()),
                        help="where the generated N-Quads are kept between runs")
    parser.add_argument("--keep-stores", type=Path, metavar="DIR",
                        help="build each size's Oxigraph store in DIR and keep it; a later run with the same "
                             "DIR, size and seed reopens it instead of loading again")
    parser.add_argument("--queries", nargs="*", help="only these library queries")
    args = parser.parse_args(argv)
    for quads in args.sizes:
        for line in run_size(quads, args):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

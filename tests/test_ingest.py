from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED, fake_extractor
from diplograph.errors import ExtractionError
from diplograph.ingest import IngestSummary, ingest, iter_ingest
from diplograph.models import Article, Extraction
from diplograph.query import run_query
from diplograph.store import Store

ARTICLE = "Ruritania and the Northern League agreed to expand their partnership in Vientiane on Friday.\n"


def write(folder: Path, name: str, text: str | bytes) -> str:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return str(path)


def test_articles_are_ingested_and_counted(memory_store: Store, tmp_path: Path) -> None:
    write(tmp_path, "one.txt", ARTICLE)
    write(tmp_path, "two.txt", ARTICLE)
    seen: list[str] = []
    summary = ingest([str(tmp_path)], store=memory_store, extractor=fake_extractor, progress=lambda r: seen.append(r.doc))
    assert (summary.articles, summary.replaced, summary.claims, summary.skipped) == (2, 0, 14, [])
    assert summary.new_entities == 6          # first seen in 'one'; 'two' adds none
    assert seen == ["one", "two"] and memory_store.articles() == ["one", "two"]


def test_ingesting_again_replaces_and_keeps_the_quad_count(memory_store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "one.txt", ARTICLE)
    ingest([path], store=memory_store, extractor=fake_extractor)
    once = memory_store.quad_count()
    again = ingest([path], store=memory_store, extractor=fake_extractor)
    assert memory_store.quad_count() == once
    assert (again.articles, again.replaced, again.new_entities) == (1, 1, 0)


def test_bad_inputs_are_skipped_with_reasons(memory_store: Store, tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", ARTICLE)
    empty = write(tmp_path, "empty.txt", "")
    reported: list[tuple[str, str]] = []
    summary = ingest([good, empty, str(tmp_path / "missing.txt")], store=memory_store,
                     extractor=fake_extractor, on_skip=lambda s, r: reported.append((s, r)))
    assert summary.articles == 1
    assert reported == [(empty, "empty file"), (str(tmp_path / "missing.txt"), "no such file")]
    assert [(s.source, s.reason) for s in summary.skipped] == reported


def test_jsonl_records_stream_one_by_one(memory_store: Store, tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"rec-{i}", "text": ARTICLE, "date": "2024-07-26"}) for i in range(3)]
    corpus = write(tmp_path, "corpus.jsonl", "\n".join(lines[:2] + ["{not json"] + lines[2:]) + "\n")
    steps = iter_ingest([corpus], store=memory_store, extractor=fake_extractor)
    first = next(steps)
    assert first.doc == "rec-0" and memory_store.articles() == ["rec-0"]   # stored before the next is read
    rest = list(steps)
    assert [r.doc for r in rest] == ["rec-1", "rec-2"]


def test_a_failing_extraction_skips_only_that_article(memory_store: Store, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE)

    def flaky(article: Article) -> Extraction:
        if article.doc == "a":
            raise ExtractionError(f"{article.source}: ran over its time bound")
        if article.doc == "b":
            raise RuntimeError("boom")
        return fake_extractor(article)

    write(tmp_path, "c.txt", ARTICLE)
    summary = ingest([str(tmp_path)], store=memory_store, extractor=flaky)
    assert summary.articles == 1 and memory_store.articles() == ["c"]
    assert [(Path(s.source).name, s.reason) for s in summary.skipped] == [
        ("a.txt", "ran over its time bound"), ("b.txt", "extraction failed (RuntimeError: boom)")]


def test_a_failed_article_keeps_what_the_store_held(memory_store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    ingest([path], store=memory_store, extractor=fake_extractor)
    before = memory_store.quad_count()

    def failing(article: Article) -> Extraction:
        raise ExtractionError("no luck")

    summary = ingest([path], store=memory_store, extractor=failing)
    assert summary.articles == 0 and memory_store.quad_count() == before and memory_store.has_article("a")


def test_summary_to_json() -> None:
    summary = IngestSummary(articles=2, claims=5)
    assert summary.to_json() == {"articles": 2, "replaced": 0, "claims": 5, "new_entities": 0, "skipped": []}


# -- end to end, with the real extractor --------------------------------------------------------

needs_seed = pytest.mark.skipif(not SEED.is_file(), reason="the shared seed article is not available")


@needs_seed
def test_the_seed_twice_gives_the_same_quads(memory_store: Store) -> None:
    first = ingest([str(SEED)], store=memory_store)
    once = memory_store.quad_count()
    second = ingest([str(SEED)], store=memory_store)
    assert memory_store.quad_count() == once
    assert first.articles == second.articles == 1 and first.claims == second.claims > 0


@needs_seed
def test_the_seed_says_russia_acceded_to_tac_in_2004(memory_store: Store) -> None:
    ingest([str(SEED)], store=memory_store)
    rows = [r.asdict() for r in run_query(memory_store, "accessions",
                                          treaty="Treaty of Amity and Cooperation in Southeast Asia")]
    russia = [r for r in rows if str(r["partyIri"]) == "https://w3id.org/diplograph/id/state/rus"]
    assert russia and str(russia[0]["party"]) == "Russia"
    assert str(russia[0]["date"]) == "2004" and str(russia[0]["doc"]) == SEED.stem

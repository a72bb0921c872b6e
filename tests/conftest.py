"""Small shared fixtures: stores, a hand-made extraction, a fake extractor, a CLI runner."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.models import Article, Claim, Entity, Evidence, Extraction, When
from diplograph.store import Store, open_store

REPO = Path(__file__).parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_1f55047d0c190573.txt"
ID = "https://w3id.org/diplograph/id/"

TEXT = ("On 26 July in Vientiane the foreign ministers of Ruritania and the Northern League met. "
        "Ruritania acceded to the Treaty of Lakes in 2004. Ruritania and the Northern League are partners.")


# The test files that take longest, longest first (real ingests in other processes, real
# servers, the summary on every backend). They run before the others: pytest-xdist (`-n 2`,
# `--dist loadfile` in pyproject.toml) hands out whole files in this order, so the long ones
# start at once on both workers and the many short files fill in behind them, instead of one
# long file starting last while the other worker has nothing left to do.
LONGEST_FIRST = ("test_summary.py", "test_parallel.py", "test_dask.py", "test_concurrency.py", "test_crash.py",
                 "test_server.py", "test_remote.py", "test_query.py", "test_browser.py", "test_export.py",
                 "test_notebooks.py", "test_store.py", "test_badinput.py", "test_queries_library.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: k for k, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))   # stable: each file keeps its order


def sentence(text: str, fragment: str) -> Evidence:
    start = text.index(fragment)
    return Evidence(fragment, start, start + len(fragment))


# Entities that no catalog holds, so the tests do not depend on graph/*.ttl.
RURITANIA = Entity(ID + "state/xru", "Ruritania", "State", labels=("Руритания",), wikidata="Q1", in_catalog=False)
LEAGUE = Entity(ID + "org/test-northern-league", "Northern League", "Organization", labels=("NL",), in_catalog=False)
TREATY = Entity(ID + "agreement/test-treaty-of-lakes", "Treaty of Lakes", "Agreement",
                labels=("Договор за езерата",), in_catalog=False)
MEETING = Entity(ID + "event/test-vientiane-2024", "Vientiane ministerial meeting", "Event", in_catalog=False)
CITY = Entity(ID + "place/test-lakeside", "Lakeside", "Place", in_catalog=False)
MINISTER = Entity(ID + "person/test-ivan-petrov", "Ivan Petrov", "Person", in_catalog=False)


def make_extraction(doc: str = "test-doc", *, lang: str = "en", negated: bool = True) -> Extraction:
    """A small extraction with accession, partnership, a meeting and one negated claim."""
    article = Article(doc=doc, text=TEXT, lang=lang, date="2024-07-26", title="Ministers meet",
                      url="https://example.org/news/1", outlet="Example News", source=f"{doc}.txt")
    s1 = sentence(TEXT, TEXT.split(". ")[0])
    s2 = sentence(TEXT, "Ruritania acceded to the Treaty of Lakes in 2004")
    s3 = sentence(TEXT, "Ruritania and the Northern League are partners")
    claims = [
        Claim(doc, RURITANIA, "accededTo", TREATY, s2, When(at="2004"), confidence=0.9),
        Claim(doc, RURITANIA, "partnerOf", LEAGUE, s3),
        Claim(doc, MEETING, "locatedIn", CITY, s1, When(at="2024-07-26")),
        Claim(doc, MINISTER, "participatedIn", MEETING, s1),
        Claim(doc, RURITANIA, "participatedIn", MEETING, s1),
        Claim(doc, MINISTER, "officialOf", RURITANIA, s1, role="foreign minister"),
    ]
    if negated:
        claims.append(Claim(doc, LEAGUE, "signed", TREATY, s2, modality="negated"))
    return Extraction(article, claims)


def fake_extractor(article: Article) -> Extraction:
    """Stands in for the rule-based extractor: the same claims for every article."""
    extraction = make_extraction(article.doc, lang=article.lang)
    return Extraction(article, [c for c in extraction.claims])


@pytest.fixture
def memory_store() -> Iterator[Store]:
    with open_store(backend="memory") as store:
        yield store


@pytest.fixture
def disk_store(tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "store")) as store:
        yield store


@pytest.fixture(params=["memory", "oxigraph"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with open_store(str(tmp_path / "store"), backend=request.param) as store:
        yield store


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    return str(tmp_path / "kg")


def quad_count(path: str) -> int:
    """The quads of the on-disk store at `path` (opened and closed again)."""
    with open_store(path) as store:
        return store.quad_count()

"""`diplograph report`: a static HTML report of the demo graph, and of an empty store."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import REPO
from diplograph.cli import cli
from diplograph.errors import DiplographError
from diplograph.ingest import ingest
from diplograph.report import write_report
from diplograph.store import Store, open_store

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("demo") / "kg")
    with open_store(path) as store:
        ingest([str(REPO / "examples" / "articles")], store=store)
    return path


@pytest.fixture(scope="module")
def demo(demo_path: str) -> Iterator[Store]:
    with open_store(demo_path, read_only=True) as store:
        yield store


def test_report_holds_statistics_plots_tables_and_views(demo: Store, tmp_path: Path) -> None:
    report = write_report(demo, tmp_path / "report", top=3)
    page = report.index.read_text(encoding="utf-8")
    for heading in ("The graph", "Interactive views", "Top entities", "Claims by relation", "Claims by year",
                    "Most connected actors", "Claims that disagree with the reference catalog",
                    "Claims only one article makes"):
        assert f"<h2>{heading}</h2>" in page
    assert [p.name for p in report.plots] == ["claims-by-relation.png", "claims-by-year.png"]
    assert all(p.read_bytes().startswith(PNG) for p in report.plots)
    names = [p.name for p in report.views]
    assert len(names) == 4 and names[0] == "graph.html"
    assert all(re.fullmatch(r"(state|org|person)-[\w.-]+\.html", n) for n in names[1:]), names   # actors only
    for link in re.findall(r'(?:href|src)="([^"]+)"', page):
        assert not link.startswith(("http:", "https:", "//")), link
        assert (report.index.parent / link).is_file(), link
    assert "Russia" in page and "Association of Southeast Asian Nations" in page
    assert re.search(r"<td>articles</td><td class=\"num\">6</td>", page)


def test_report_of_an_empty_store(memory_store: Store, tmp_path: Path) -> None:
    report = write_report(memory_store, tmp_path / "empty")
    page = report.index.read_text(encoding="utf-8")
    assert report.plots == [] and report.views == []
    assert "The store holds no claims to draw." in page and "No data to plot." in page


def test_report_into_an_unwritable_place(demo: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DiplographError, match="cannot write the report to"):
        write_report(demo, blocker / "report")


def test_report_command(runner, demo_path: str, tmp_path: Path) -> None:
    out = tmp_path / "r"
    result = runner.invoke(cli, ["report", "--store", demo_path, "--out", str(out), "--top", "1",
                                 "--title", "Weekly <report>"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out / 'index.html'} (2 plots, 2 views).\n"
    assert "<title>Weekly &lt;report&gt;</title>" in (out / "index.html").read_text(encoding="utf-8")
    blocked = tmp_path / "blocked"
    blocked.write_text("x")
    result = runner.invoke(cli, ["report", "--store", demo_path, "--out", str(blocked / "r")])
    assert result.exit_code == 1 and result.output.startswith("Error: cannot write the report to")

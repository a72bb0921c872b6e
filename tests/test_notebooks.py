"""The analyst notebooks run top to bottom on the demo graph (nbclient, a real Python kernel)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (pip install -e . --group test)")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (pip install -e . --group test)")

from conftest import REPO  # noqa: E402

NOTEBOOKS = REPO / "notebooks"
NAMES = sorted(path.name for path in NOTEBOOKS.glob("*.ipynb"))


def outputs(book: object, kind: str) -> list[str]:
    """Every output of this MIME type, in cell order."""
    found = []
    for cell in book.cells:  # type: ignore[attr-defined]
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if kind in data:
                found.append(data[kind])
    return found


def run(name: str) -> object:
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(book, timeout=180, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()     # raises CellExecutionError, naming the cell, if any cell fails
    return book


def tables_with_rows(book: object) -> list[str]:
    return [html for html in outputs(book, "text/html")
            if "<table" in html and re.search(r"<tbody>\s*<tr", html)]


def test_there_are_at_least_three_notebooks() -> None:
    assert {"organization-world.ipynb", "treaty-timeline.ipynb", "outlets-and-claims.ipynb"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_stored_without_outputs(name: str) -> None:
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    for cell in book.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: clear the outputs before committing"


def test_organization_world_notebook() -> None:
    book = run("organization-world.ipynb")
    assert len(tables_with_rows(book)) >= 3                        # members, partners, claims (at least)
    assert "Indonesia" in "".join(outputs(book, "text/html"))
    views = [html for html in outputs(book, "text/html") if html.startswith("<iframe srcdoc=")]
    assert len(views) == 1 and "vis.Network" in views[0]


def test_treaty_timeline_notebook() -> None:
    book = run("treaty-timeline.ipynb")
    assert outputs(book, "image/png"), "the timeline plot"
    html = "".join(outputs(book, "text/html"))
    assert len(tables_with_rows(book)) >= 3 and "agrees" in html and "Saudi Arabia" in html


def test_outlets_and_claims_notebook() -> None:
    book = run("outlets-and-claims.ipynb")
    assert outputs(book, "image/png")
    assert len(tables_with_rows(book)) >= 4
    assert "evidence" in "".join(outputs(book, "text/html"))

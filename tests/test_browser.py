"""Views and the report opened in real headless Chromium (Debian's chromium, driven by playwright).

The pages are generated from a store built from examples/articles/ (and, for scale,
from a synthetic graph) and opened through file:// URLs. A screenshot of each page
is saved under tests/artifacts/browser/ (git-ignored; CI can keep it).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e . --group test)")

from conftest import REPO  # noqa: E402
from diplograph.ingest import ingest  # noqa: E402
from diplograph.report import write_report  # noqa: E402
from diplograph.store import Store, open_store  # noqa: E402
from diplograph.views import render_html, view_graph  # noqa: E402
from diplograph.views.browser import (chromium_path, counts, headless_chromium, hover, open_view,  # noqa: E402
                                      time_to_interactive)
from diplograph.views.synthetic import synthetic_network  # noqa: E402

if chromium_path() is None:
    pytest.skip("no Chromium at /usr/bin/chromium (CI's .ci/run apt-installs Debian's chromium); "
                "browser tests skipped", allow_module_level=True)

ARTIFACTS = REPO / "tests" / "artifacts" / "browser"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(str(tmp_path_factory.mktemp("demo") / "kg")) as store:
        ingest([str(EXAMPLES)], store=store)
        yield store


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with headless_chromium() as running:
        yield running


@pytest.fixture(scope="module")
def pages(demo: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Any]]:
    """The demo views: path and the graph each draws."""
    out = tmp_path_factory.mktemp("views")
    specs = {
        "whole": {},
        "asean": {"entity": "АСЕАН", "depth": 1},
        "memberships": {"relations": ("memberOf", "partyTo", "accededTo"), "since": "1990"},
        "meetings": {"query": "meetings"},
    }
    written = {}
    for name, spec in specs.items():
        graph = view_graph(demo, **spec)
        written[name] = (render_html(graph, out / f"{name}.html", title=f"diplograph: {name}"), graph)
    return written


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    print(f"screenshot: {path}")
    return path


def evidence_sentences(graph: Any) -> set[str]:
    return {" ".join(s.text.split()) for *_, data in graph.edges(data=True) for s in data["sources"] if s.text}


@pytest.mark.parametrize("name", ["whole", "asean", "memberships", "meetings"])
def test_view_draws_every_node_and_edge_offline(browser: Any, pages: dict, name: str) -> None:
    path, graph = pages[name]
    page = open_view(browser, path)
    try:
        found = counts(page)
        assert (found["nodes"], found["edges"]) == (graph.number_of_nodes(), graph.number_of_edges())
        assert found["nodes"] > 1 and found["ink"] > 500, found        # the canvas is not blank
        assert page.diplograph_errors == []
        assert all(url.startswith("file:") for url in page.diplograph_requests), page.diplograph_requests
        assert page.locator("#dg-legend").is_visible()
        types = {data["type"] for _, data in graph.nodes(data=True)}
        legend_types = set(page.eval_on_selector_all("#dg-legend [data-type]", "rows => rows.map(r => r.dataset.type)"))
        assert legend_types == types
        screenshot(page, f"view-{name}")
    finally:
        page.close()


def test_edge_tooltip_shows_its_evidence_sentence(browser: Any, pages: dict) -> None:
    path, graph = pages["whole"]
    page = open_view(browser, path)
    try:
        tip = hover(page, "edge")
        edge = page.evaluate("id => edges.get(id)", tip["id"])
        text = " ".join(tip["text"].split())
        assert edge["relation"] in text
        assert any(sentence in text for sentence in evidence_sentences(graph)), text
        assert 'class="dg-evidence"' in tip["html"] and 'class="dg-article"' in tip["html"]
        screenshot(page, "tooltip-edge")
        node_tip = hover(page, "node")
        assert "w3id.org" in node_tip["html"] or "dg-iri" in node_tip["html"]
        assert re.search(r"\d+ relations?, \d+ source claims?", node_tip["text"])
    finally:
        page.close()


def test_legend_hides_and_shows_a_type(browser: Any, pages: dict) -> None:
    path, graph = pages["whole"]
    people = sum(1 for _, d in graph.nodes(data=True) if d["type"] == "Person")
    assert people
    page = open_view(browser, path)
    try:
        hidden = "() => nodes.get({filter: n => n.hidden === true}).length"
        page.click('#dg-legend [data-type="Person"]')
        assert page.evaluate(hidden) == people
        page.click('#dg-legend [data-type="Person"]')
        assert page.evaluate(hidden) == 0
    finally:
        page.close()


def test_search_box_selects_an_entity(browser: Any, pages: dict) -> None:
    path, _ = pages["whole"]
    page = open_view(browser, path)
    try:
        page.locator("#select-node-ts-control").locator("xpath=..").click()   # tom-select's box around the input
        page.keyboard.type("Malaysia")
        option = page.wait_for_selector(".ts-dropdown .option:has-text('Malaysia (State)')")
        option.click()  # (not Enter: under load the keypress can come before tom-select marks the option active)
        page.wait_for_function("network.getSelectedNodes().length > 0")
        selected = page.evaluate("network.getSelectedNodes().map(id => nodes.get(id).label)")
        assert "Malaysia" in selected
    finally:
        page.close()


def test_ego_view_opens_on_its_entity(browser: Any, pages: dict) -> None:
    path, graph = pages["asean"]
    page = open_view(browser, path)
    try:
        page.wait_for_function("network.getSelectedNodes().length === 1")
        label = page.evaluate("nodes.get(network.getSelectedNodes()[0]).label")
        assert label == graph.nodes[graph.graph["focus"]]["label"] == "Association of Southeast Asian Nations"
    finally:
        page.close()


def test_large_synthetic_view_becomes_interactive(browser: Any, tmp_path: Path) -> None:
    graph = synthetic_network(1200)
    path = render_html(graph, tmp_path / "large.html", title="synthetic 1,200")
    assert len(list((tmp_path / "large.tips").glob("*.js"))) > 2    # tooltips in chunks beside the page
    timing = time_to_interactive(browser, path)
    assert (timing.nodes, timing.edges) == (graph.number_of_nodes(), graph.number_of_edges())
    assert timing.drawn <= timing.interactive < 20, timing    # generous: the benchmark holds the real target
    page = open_view(browser, path)
    try:
        page.wait_for_function("document.getElementById('select-node').tomselect.options "
                               "&& Object.keys(document.getElementById('select-node').tomselect.options).length "
                               f">= {graph.number_of_nodes()}")   # and tom-select's own empty option
        assert "Synthetic evidence sentence" in hover(page, "edge")["text"]
        screenshot(page, "view-synthetic-1200")
        assert page.diplograph_errors == []
    finally:
        page.close()


def test_report_page_shows_its_plots_and_links_working_views(browser: Any, demo: Store, tmp_path: Path) -> None:
    report = write_report(demo, tmp_path / "report", top=2)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    try:
        page.goto(report.index.resolve().as_uri(), wait_until="load")
        images = page.evaluate("Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.naturalHeight])")
        assert len(images) == 2 and all(done and width > 300 and height > 100 for done, width, height in images)
        links = page.eval_on_selector_all(".views a", "links => links.map(a => a.href)")
        assert len(links) == 3
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        page.click(".views a >> nth=1")                       # the first actor's ego view
        page.wait_for_function('document.body.dataset.ready === "1"')
        assert page.evaluate("network.body.data.nodes.length") > 1
        assert page.evaluate("network.getSelectedNodes().length") == 1
    finally:
        page.close()

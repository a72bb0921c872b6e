"""Views: what the network holds, its filters, the page it writes and the `view` command."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from conftest import ID, TEXT, make_extraction
from diplograph.errors import DiplographError
from diplograph.rdfmap import extraction_to_graph
from diplograph.store import Store, open_store
from diplograph.views import (ViewFilter, layout_positions, page_html, query_network, render_html, to_networkx,
                              view_graph)
from diplograph.views.layout import grid_layout

RURITANIA, LEAGUE, TREATY = ID + "state/xru", ID + "org/test-northern-league", ID + "agreement/test-treaty-of-lakes"
MEETING, MINISTER = ID + "event/test-vientiane-2024", ID + "person/test-ivan-petrov"


def fill(store: Store, *docs: str) -> Store:
    for doc in docs or ("test-doc",):
        store.replace_article(doc, extraction_to_graph(make_extraction(doc), extractor_version="test"))
    return store


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with open_store(backend="memory") as memory:  # loading the catalog takes seconds: once per module
        yield fill(memory, "doc-a", "doc-b")


def edge(graph: nx.MultiDiGraph, s: str, relation: str, o: str) -> dict:
    from rdflib import URIRef

    return graph.edges[URIRef(s), URIRef(o), relation]


def test_edges_carry_their_evidence_and_article(store: Store) -> None:
    graph = to_networkx(store)
    data = edge(graph, RURITANIA, "accededTo", TREATY)
    source = min(data["sources"], key=lambda s: s.doc)
    assert source.text == "Ruritania acceded to the Treaty of Lakes in 2004"
    assert (source.doc, source.outlet, source.url, source.at) == ("doc-a", "Example News",
                                                                  "https://example.org/news/1", "2004")


def test_negated_claims_are_not_drawn(store: Store) -> None:
    graph = to_networkx(store)
    assert not any(key == "signed" for *_, key in graph.edges(keys=True))


def test_nodes_carry_type_labels_by_language_and_wikidata(store: Store) -> None:
    from rdflib import URIRef

    node = to_networkx(store).nodes[URIRef(RURITANIA)]
    assert node["type"] == "State" and node["label"] == "Ruritania" and node["wikidata"] == "Q1"
    assert node["labels"] == {"en": ["Ruritania"], "und": ["Руритания"]}  # Cyrillic in an English article


def test_two_articles_make_one_edge_with_two_sources(store: Store) -> None:
    graph = to_networkx(store)
    data = edge(graph, RURITANIA, "partnerOf", LEAGUE)
    assert data["weight"] == 2 and data["docs"] == ["doc-a", "doc-b"]


def test_relation_filter(store: Store) -> None:
    graph = to_networkx(store, relations=["partnerOf", "accededTo"])
    assert {key for *_, key in graph.edges(keys=True)} == {"partnerOf", "accededTo"}


def test_time_window_uses_the_claim_date_then_the_article_date(store: Store) -> None:
    old = {key for *_, key in to_networkx(store, until="2010").edges(keys=True)}
    assert old == {"accededTo"}  # dated 2004; the others fall back to the article's 2024-07-26
    recent = {key for *_, key in to_networkx(store, since="2024-07").edges(keys=True)}
    assert "accededTo" not in recent and "partnerOf" in recent
    assert to_networkx(store, since="2025").number_of_edges() == 0


@pytest.mark.parametrize("bad, message", [
    ({"relations": ("friendOf",)}, "unknown relation 'friendOf'; known relations: memberOf,"),
    ({"since": "July 2024"}, "'July 2024' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)."),
])
def test_filter_errors_name_the_bad_value(bad: dict, message: str) -> None:
    with pytest.raises(DiplographError, match=re.escape(message)):
        ViewFilter(**bad)


def test_ego_network_resolves_names_in_any_language(store: Store) -> None:
    graph = to_networkx(store, "Руритания", depth=1)
    assert {str(n) for n in graph} == {RURITANIA, TREATY, LEAGUE, MEETING, MINISTER}
    assert str(graph.graph["focus"]) == RURITANIA
    wider = to_networkx(store, "Treaty of Lakes", depth=2)
    assert str(next(iter(wider.graph.values()))) == TREATY and len(wider) == 5


def test_ego_network_of_an_entity_without_claims(store: Store) -> None:
    with pytest.raises(DiplographError, match="takes part in no claim of this view"):
        to_networkx(store, "Ruritania", relations=["memberOf"])


def test_query_network_draws_the_result_and_its_neighbours(store: Store) -> None:
    graph = query_network(store, "meetings")
    assert str(MEETING) in {str(n) for n in graph}
    assert {key for *_, key in graph.edges(keys=True)} >= {"participatedIn", "locatedIn"}
    assert graph.graph["query"] == "meetings"


def test_params_need_a_query(store: Store) -> None:
    with pytest.raises(DiplographError, match="--param needs --query"):
        view_graph(store, params={"actor": "Ruritania"})


def test_page_works_offline_and_holds_legend_tooltips_and_labels(store: Store) -> None:
    page = page_html(to_networkx(store), title="Ruritania <test>")
    assert not re.search(r"<(script|link)\b[^>]*(src|href)=\"?(https?:)?//", page)
    assert "<title>Ruritania &lt;test&gt;</title>" in page
    assert 'id="dg-legend"' in page and 'data-type="State"' in page and 'data-relation="accededTo"' in page
    assert "vis.Network" in page and "TomSelect" in page
    data = json.loads(re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', page, re.S)
                      .group(1).replace("<\\/", "</"))
    assert any("Ruritania acceded to the Treaty of Lakes in 2004" in tip for tip in data["edges"].values())
    assert any("https://www.wikidata.org/wiki/Q1" in tip for tip in data["nodes"].values())
    assert '>Ruritania (State)</option>' in page


def test_render_html_writes_the_page(store: Store, tmp_path: Path) -> None:
    path = render_html(to_networkx(store), tmp_path / "deep" / "view.html")
    assert path.is_file() and "</html>" in path.read_text(encoding="utf-8")


def test_render_html_reports_an_unwritable_path(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DiplographError, match="cannot write the view to"):
        render_html(to_networkx(store), blocker / "view.html")


def test_large_views_switch_physics_off() -> None:
    graph = nx.MultiDiGraph()
    for i in range(600):
        graph.add_node(f"n{i}", label=f"n{i}", type="State")
        graph.add_edge(f"n{i}", f"n{i // 3}", key="partnerOf", relation="partnerOf", sources=[], weight=1)
    page = page_html(graph)
    assert '"physics": {"enabled": false' in page


def test_grid_layout_spreads_nodes_deterministically() -> None:
    graph = nx.barabasi_albert_graph(800, 1, seed=3)
    first, second = grid_layout(graph, iterations=20), grid_layout(graph, iterations=20)
    assert first == second
    points = {(round(x), round(y)) for x, y in first.values()}
    assert len(points) > 780
    assert all(abs(x) < 1e5 and abs(y) < 1e5 for x, y in first.values())


def test_layout_of_tiny_graphs() -> None:
    assert layout_positions(nx.Graph()) == {}
    assert layout_positions(nx.path_graph(1)) == {0: (0.0, 0.0)}
    assert len(layout_positions(nx.path_graph(5))) == 5


def test_view_command_writes_the_page(runner, store_path: str, tmp_path: Path) -> None:
    from diplograph.cli import cli

    with open_store(store_path) as disk:
        fill(disk)
    out = tmp_path / "v.html"
    result = runner.invoke(cli, ["view", "--store", store_path, "--entity", "Руритания", "-r", "partnerOf,accededTo",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out} (3 entities, 2 relations).\n"
    result = runner.invoke(cli, ["view", "--store", store_path, "--query", "meetings", "--out", str(out)])
    assert result.exit_code == 0 and "entities" in result.output


def test_view_command_errors(runner, store_path: str, tmp_path: Path) -> None:
    from diplograph.cli import cli

    result = runner.invoke(cli, ["view", "--store", store_path, "--relation", "friendOf", "--out",
                                 str(tmp_path / "v.html")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown relation 'friendOf'; known relations: memberOf,")


def test_large_views_load_their_tooltips_in_chunks_beside_the_page(tmp_path: Path) -> None:
    from diplograph.views.page import LARGE, TIPS_CHUNK
    from diplograph.views.synthetic import synthetic_network

    graph = synthetic_network(LARGE + 100)
    folder = tmp_path / "big.tips"
    folder.mkdir()
    (folder / "n99.js").write_text("stale")
    path = render_html(graph, tmp_path / "big.html")
    page = path.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="dg-data">(.*?)</script>', page, re.S).group(1).replace("<\\/", "</"))
    assert (data["external"], data["chunk"], data["nodes"], data["edges"]) == ("big.tips/", TIPS_CHUNK, {}, {})
    found: dict[str, dict[str, str]] = {"nodes": {}, "edges": {}}
    for script in folder.glob("*.js"):
        call = re.fullmatch(r'diplographTips\("([ne]\d+)", "(nodes|edges)", (.*)\);\n', script.read_text("utf-8"), re.S)
        assert call and call.group(1) == script.stem, script
        part = json.loads(call.group(3))
        assert all(int(key[1:]) // TIPS_CHUNK == int(script.stem[1:]) for key in part)
        found[call.group(2)].update(part)
    assert len(found["nodes"]) == graph.number_of_nodes() and len(found["edges"]) == graph.number_of_edges()
    assert not (folder / "n99.js").exists()
    assert any("Synthetic evidence sentence" in tip for tip in found["edges"].values())
    assert "Synthetic evidence sentence" not in page

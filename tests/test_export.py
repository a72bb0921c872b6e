"""Exports: RDF round-trips, Gephi networks with attributes, one CSV row per claim."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef

from diplograph.cli import cli
from diplograph.errors import DiplographError
from diplograph.export import CLAIM_COLUMNS, EXPORT_FORMATS, claims_network, export_store
from diplograph.namespaces import CATALOG_GRAPH, article_graph
from diplograph.store import Store, open_store
from test_queries_library import FREEDONIA, LEAGUE, RURITANIA, fill


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with open_store(backend="memory") as opened:
        yield fill(opened)


def test_trig_and_nquads_keep_every_named_graph(store: Store) -> None:
    expected = {str(row[0]): int(row[1]) for row in store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    assert {str(article_graph("a-2024")), str(article_graph("b-2025")), str(CATALOG_GRAPH)} <= set(expected)
    for fmt in ("trig", "nquads"):
        dataset = Dataset()
        dataset.parse(data=export_store(store, format=fmt), format=fmt)
        found = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
        assert found == expected, fmt


def test_trig_uses_the_project_prefixes(store: Store) -> None:
    text = export_store(store, format="trig")
    assert "@prefix org: <https://w3id.org/diplograph/id/org/> ." in text
    assert "org1:" not in text


def test_turtle_is_the_union(store: Store) -> None:
    graph = Graph().parse(data=export_store(store, format="turtle"), format="turtle")
    assert (URIRef(FREEDONIA.iri), URIRef("https://w3id.org/diplograph/ontology#memberOf"), URIRef(LEAGUE.iri)) in graph


def test_jsonld_parses(store: Store) -> None:
    dataset = Dataset()
    dataset.parse(data=export_store(store, format="jsonld"), format="json-ld")
    assert len(dataset) > 0 or sum(len(g) for g in dataset.contexts()) > 0


def test_network_has_types_labels_and_dates(store: Store) -> None:
    network = claims_network(store)
    assert network.nodes[RURITANIA.iri]["type"] == "State"
    assert network.nodes[RURITANIA.iri]["label"] == "Ruritania"
    edge = network.get_edge_data(FREEDONIA.iri, LEAGUE.iri)["withdrewFrom"]
    assert edge["first_date"] == "2023" and edge["docs"] == "b-2025"
    member = network.get_edge_data(RURITANIA.iri, LEAGUE.iri)["memberOf"]
    assert member["claims"] == 2 and member["docs"] == "b-2025; reference"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_formats_read_back(store: Store, fmt: str, tmp_path: Path) -> None:
    path = Path(export_store(store, format=fmt, out=tmp_path / f"kg.{fmt}"))
    ET.parse(path)  # well-formed XML
    network = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    labels = {data.get("label") for _, data in network.nodes(data=True)}
    assert {"Ruritania", "Freedonia", "Northern League"} <= labels
    assert any(data.get("first_date") == "2015" for *_, data in network.edges(data=True))


def test_csv_is_one_row_per_claim_with_provenance(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export_store(store, format="csv"))))
    assert tuple(rows[0]) == CLAIM_COLUMNS
    articles = [r for r in rows if r["doc"]]
    assert len(articles) == 12
    negated = [r for r in articles if r["modality"] == "negated"]
    assert len(negated) == 1 and negated[0]["outlet"] == "Example News"
    assert negated[0]["evidence"] == "The League never signed the treaty"
    reference = [r for r in rows if r["source"] == "https://example.org/reference/table.csv"]
    assert {r["relation"] for r in reference} == {"memberOf", "accededTo"}


def test_unknown_format(store: Store) -> None:
    with pytest.raises(DiplographError, match="unknown export format 'dot'"):
        export_store(store, format="dot")
    assert set(EXPORT_FORMATS) == {"trig", "nquads", "turtle", "jsonld", "graphml", "gexf", "csv"}


def test_cli_export_writes_a_file(runner, tmp_path: Path) -> None:
    path = str(tmp_path / "kg")
    with open_store(path) as opened:
        fill(opened)
    out = tmp_path / "claims.csv"
    result = runner.invoke(cli, ["export", "--format", "csv", "--out", str(out), "--store", path])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(",".join(CLAIM_COLUMNS))
    bad = runner.invoke(cli, ["export", "--format", "dot", "--store", path])
    assert bad.exit_code == 2

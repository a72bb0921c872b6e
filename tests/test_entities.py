"""Entity frequencies over the stored articles (`diplograph entities [--unlinked]`)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from conftest import CITY, ID, LEAGUE, MEETING, MINISTER, RURITANIA, TREATY, make_extraction, sentence
from rdflib import Literal, URIRef

from diplograph.cli import cli
from diplograph.entities import entity_frequencies, format_frequencies
from diplograph.errors import QueryError
from diplograph.models import Claim, Entity, Extraction
from diplograph.namespaces import DG
from diplograph.rdfmap import extraction_to_graph
from diplograph.store import Store, open_store

RUSSIA = Entity(ID + "state/rus", "Russia", "State", labels=("Русия",), wikidata="Q159")


def _store_article(store: Store, doc: str, *, with_russia: bool = False, mention_counts: dict | None = None) -> None:
    extraction = make_extraction(doc)
    if with_russia:
        text = extraction.article.text
        evidence = sentence(text, "Ruritania and the Northern League are partners")
        extraction = Extraction(extraction.article, [*extraction.claims,
                                                     Claim(doc, RUSSIA, "partnerOf", LEAGUE, evidence),
                                                     Claim(doc, RUSSIA, "memberOf", LEAGUE, evidence)])
    graph = extraction_to_graph(extraction, extractor_version="test")
    for entity, count in (mention_counts or {}).items():
        graph.add((URIRef(entity.iri), DG.mentionCount, Literal(count)))
    store.replace_article(doc, graph)


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Two stored articles, one naming a catalog entity, one recording a mention count; read-only."""
    with open_store(str(tmp_path_factory.mktemp("store")), backend=request.param) as store:
        _store_article(store, "doc-a", with_russia=True)
        _store_article(store, "doc-b", mention_counts={CITY: 5})
        yield store


def _by_iri(rows):
    return {row.iri: row for row in rows}


def test_unlinked_lists_new_names_by_articles_with_type_and_example(filled):
    rows = entity_frequencies(filled, unlinked=True)
    found = _by_iri(rows)
    assert RUSSIA.iri not in found
    assert {RURITANIA.iri, LEAGUE.iri, TREATY.iri, MINISTER.iri} <= set(found)
    ruritania = found[RURITANIA.iri]
    assert (ruritania.type, ruritania.label, ruritania.articles) == ("State", "Ruritania", 2)
    assert ruritania.example == "doc-a"
    assert ruritania.linked is False
    assert ruritania.wikidata == "Q1"
    assert "Руритания" in ruritania.names
    assert all(not row.linked for row in rows)


def test_mentions_count_the_claims_that_name_an_entity(filled):
    found = _by_iri(entity_frequencies(filled, unlinked=True))
    # per article: accession, partnership, participation, office (the negated claim names only League, Treaty)
    assert found[RURITANIA.iri].mentions == 2 * 4
    assert found[TREATY.iri].mentions == 2 * 2


def test_order_is_articles_then_mentions(filled):
    rows = entity_frequencies(filled, unlinked=True)
    keys = [(-row.articles, -row.mentions) for row in rows]
    assert keys == sorted(keys)
    assert rows[0].iri == RURITANIA.iri


def test_overall_listing_includes_catalog_entities(filled):
    found = _by_iri(entity_frequencies(filled))
    russia = found[RUSSIA.iri]
    assert russia.linked is True
    assert (russia.label, russia.type, russia.articles, russia.mentions) == ("Russia", "State", 1, 2)
    assert russia.wikidata == "Q159"
    assert {"Русия", "Россия"} <= set(russia.names)   # catalog names in every language
    assert found[RURITANIA.iri].linked is False


def test_unlinked_leaves_out_events_unless_asked_for(filled):
    assert MEETING.iri not in _by_iri(entity_frequencies(filled, unlinked=True))
    assert [row.iri for row in entity_frequencies(filled, unlinked=True, types=["Event"])] == [MEETING.iri]
    assert MEETING.iri in _by_iri(entity_frequencies(filled))


def test_type_filter_and_limit(filled):
    people = entity_frequencies(filled, unlinked=True, types=["person"])
    assert [row.iri for row in people] == [MINISTER.iri]
    both = entity_frequencies(filled, types=("State", "Organization"))
    assert {row.type for row in both} == {"State", "Organization"}
    assert len(entity_frequencies(filled, unlinked=True, limit=2)) == 2


def test_recorded_mention_counts_win_over_claims(filled):
    city = _by_iri(entity_frequencies(filled, unlinked=True))[CITY.iri]
    assert (city.articles, city.mentions) == (2, 1 + 5)   # one claim in doc-a, a count of 5 in doc-b


def test_no_entity_of_a_type(filled):
    assert entity_frequencies(filled, types=["Initiative"]) == []


def test_bad_arguments_are_query_errors(filled):
    with pytest.raises(QueryError, match="unknown entity type 'Country'"):
        entity_frequencies(filled, types=["Country"])
    with pytest.raises(QueryError, match="the limit must be a positive number, not 0"):
        entity_frequencies(filled, limit=0)
    with pytest.raises(QueryError, match="unknown format 'xml'"):
        format_frequencies([], "xml")


def test_formats(filled):
    rows = entity_frequencies(filled)
    table = format_frequencies(rows, "table")
    assert table.splitlines()[0].split() == ["articles", "mentions", "type", "label", "entity", "example"]
    assert "state:xru" in table and "* Russia" in table
    assert table.endswith(f"({len(rows)} entities; * = in the catalog)")
    parsed = list(csv.DictReader(io.StringIO(format_frequencies(rows, "csv"))))
    assert parsed[0]["entity"] == RURITANIA.iri and parsed[0]["linked"] == "false"
    assert json.loads(format_frequencies(rows, "json"))[0]["label"] == "Ruritania"


def test_cli_unlinked(runner, store_path):
    with open_store(store_path) as store:
        _store_article(store, "doc-a", with_russia=True)
        _store_article(store, "doc-b")
    result = runner.invoke(cli, ["entities", "--unlinked", "--store", store_path, "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert listed[0]["iri"] == RURITANIA.iri and listed[0]["articles"] == 2
    assert RUSSIA.iri not in {row["iri"] for row in listed}
    result = runner.invoke(cli, ["entities", "--store", store_path, "-n", "1", "--type", "state"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2].split()[:5] == ["2", "8", "State", "Ruritania", "state:xru"]


def test_cli_rejects_a_bad_limit(runner, store_path):
    result = runner.invoke(cli, ["entities", "--limit", "0", "--store", store_path])
    assert result.exit_code == 2
    assert "Invalid value for '--limit' / '-n': 0 is not in the range x>=1." in result.output

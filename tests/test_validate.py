from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import make_extraction
from diplograph.errors import OntologyError
from diplograph.rdfmap import extraction_to_graph
from diplograph.reference import shapes_file
from diplograph.store import Store, open_store
from diplograph.validate import validate_store

SMALL_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dg: <https://w3id.org/diplograph/ontology#> .
<urn:ArticleShape> a sh:NodeShape ; sh:targetClass dg:Article ;
    sh:property [ sh:path dg:docId ; sh:minCount 1 ; sh:message "An article needs a dg:docId." ] .
"""


@pytest.fixture
def articles_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """A store holding only article graphs: no catalog, no ontology."""
    monkeypatch.setattr("diplograph.store.reference_graphs", lambda: [])
    with open_store(backend="memory") as store:
        yield store


def test_mapped_extractions_conform_to_the_project_shapes(articles_only: Store) -> None:
    if shapes_file() is None:
        pytest.skip("ontology/shapes.ttl is not there yet")
    articles_only.replace_article("test-doc", extraction_to_graph(make_extraction(), extractor_version="1"))
    report = validate_store(articles_only)
    assert report.conforms, report.text
    assert report.violations == 0 and report.triples > 50


def test_violations_are_counted_and_reported(articles_only: Store, tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(SMALL_SHAPES, encoding="utf-8")
    articles_only.update('INSERT DATA { GRAPH <https://w3id.org/diplograph/graph/article/x> {'
                         ' <urn:a> a <https://w3id.org/diplograph/ontology#Article> } }')
    report = validate_store(articles_only, shapes=shapes)
    assert not report.conforms and report.violations == 1 and report.warnings == 0
    assert "An article needs a dg:docId." in report.text
    # two triples: the article's and the version triple of the (empty) store's summary graph
    assert report.summary() == "The store does not conform to the shapes in shapes.ttl: 1 violations, 0 warnings in 2 triples."


def test_a_conforming_store_says_so(articles_only: Store, tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(SMALL_SHAPES, encoding="utf-8")
    articles_only.replace_article("test-doc", extraction_to_graph(make_extraction(), extractor_version="1"))
    report = validate_store(articles_only, shapes=shapes)
    assert report.conforms and report.summary().startswith("The store conforms to the shapes in shapes.ttl: 0 violations")


def test_missing_or_broken_shapes_are_ontology_errors(articles_only: Store, tmp_path: Path) -> None:
    with pytest.raises(OntologyError, match="^no SHACL shapes found"):
        validate_store(articles_only, shapes=tmp_path / "none.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    with pytest.raises(OntologyError, match=f"^cannot read the shapes in {broken}: "):
        validate_store(articles_only, shapes=broken)

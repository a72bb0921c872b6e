"""The analysis API: DataFrames from the store, checked on hand-made articles and on the demo graph."""
from __future__ import annotations

from collections.abc import Iterator
import pandas as pd
import pytest

import diplograph
from conftest import ID, REPO, sentence
from diplograph import analysis
from diplograph.errors import DiplographError, QueryError
from diplograph.ingest import ingest
from diplograph.models import Article, Claim, Entity, Extraction, When
from diplograph.rdfmap import extraction_to_graph
from diplograph.store import Store, open_store

TAC = Entity(ID + "agreement/tac", "Treaty of Amity and Cooperation in Southeast Asia", "Agreement")
ASEAN = Entity(ID + "org/asean", "Association of Southeast Asian Nations", "Organization")
SAUDI = Entity(ID + "state/sau", "Saudi Arabia", "State")
JAPAN = Entity(ID + "state/jpn", "Japan", "State")
CHAD = Entity(ID + "state/tcd", "Chad", "State")
MALAYSIA = Entity(ID + "state/mys", "Malaysia", "State")
SUMMIT = Entity(ID + "event/test-summit", "Test summit", "Event", in_catalog=False)
TEXT = ("Saudi Arabia acceded to the Treaty of Amity in 2023. Japan acceded to it in 1990. "
        "Chad acceded to it in 2021. Japan is a party to the treaty. Malaysia took part in the test summit. "
        "Japan did not sign the treaty.")


def article(doc: str, outlet: str, claims: list[tuple[Entity, str, Entity, str, str | None]],
            negated: tuple[Entity, str, Entity, str] | None = None) -> Extraction:
    found = [Claim(doc, s, relation, o, sentence(TEXT, fragment), When(at=at)) for s, relation, o, fragment, at in claims]
    if negated:
        s, relation, o, fragment = negated
        found.append(Claim(doc, s, relation, o, sentence(TEXT, fragment), modality="negated"))
    return Extraction(Article(doc=doc, text=TEXT, lang="en", date="2024-05-01", title=doc, outlet=outlet), found)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(str(tmp_path_factory.mktemp("analysis") / "kg")) as made:
        for extraction in (
            article("a1", "Wire One", [
                (SAUDI, "accededTo", TAC, "Saudi Arabia acceded to the Treaty of Amity in 2023", "2023"),
                (JAPAN, "accededTo", TAC, "Japan acceded to it in 1990", "1990"),
                (MALAYSIA, "participatedIn", SUMMIT, "Malaysia took part in the test summit", None),
            ], negated=(JAPAN, "signed", TAC, "Japan did not sign the treaty")),
            article("a2", "Wire Two", [
                (SAUDI, "accededTo", TAC, "Saudi Arabia acceded to the Treaty of Amity in 2023", "2023"),
                (CHAD, "accededTo", TAC, "Chad acceded to it in 2021", "2021"),
                (JAPAN, "partyTo", TAC, "Japan is a party to the treaty", None),
            ]),
        ):
            made.replace_article(extraction.article.doc, extraction_to_graph(extraction, extractor_version="test"))
        yield made


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(str(tmp_path_factory.mktemp("demo") / "kg")) as built:
        ingest([str(REPO / "examples" / "articles")], store=built)
        yield built


def test_claims_table_keeps_asserted_article_claims_with_year_and_source(store: Store) -> None:
    table = analysis.claims(store)
    assert len(table) == 6 and set(table["kind"]) == {"article"}
    assert "signed" not in set(table["relation"])                       # the negated claim
    saudi = table[(table["subject_label"] == "Saudi Arabia")]
    assert sorted(saudi["source"]) == ["Wire One", "Wire Two"] and set(saudi["year"]) == {"2023"}
    party = table[table["relation"] == "partyTo"].iloc[0]
    assert party["year"] == "2024"                                      # undated: the article's date
    everything = analysis.claims(store, reference=True, modality=None)
    assert "signed" in set(everything["relation"]) and (everything["kind"] == "reference").sum() > 100


def test_treaty_timeline_checks_each_act_against_the_catalog(store: Store) -> None:
    timeline = analysis.treaty_timeline(store, "TAC")
    assert timeline.iri == TAC.iri and timeline.name == TAC.label
    verdicts = {(row.party, row.relation): (row.verdict, row.catalog_years) for row in timeline.check.itertuples()}
    assert verdicts[("Saudi Arabia", "accededTo")] == ("agrees", "2023")
    assert verdicts[("Japan", "accededTo")] == ("different year", "2004")
    assert verdicts[("Chad", "accededTo")] == ("not in catalog", "")
    assert verdicts[("Japan", "partyTo")] == ("agrees", "2004")
    assert len(timeline.check) == 5                                     # Saudi Arabia twice: two articles
    assert timeline.by_year.loc["2023", "articles"] == 1                # one party, however many articles
    assert timeline.by_year.loc["2004", "catalog"] >= 4                 # Japan, Korea, Pakistan, Russia
    assert list(timeline.by_year.index) == sorted(timeline.by_year.index)


def test_treaty_timeline_plot(store: Store) -> None:
    import matplotlib

    matplotlib.use("Agg")
    ax = analysis.plot_treaty_timeline(analysis.treaty_timeline(store, "Договор за приятелство и сътрудничество "
                                                                       "в Югоизточна Азия"))
    assert ax.get_title() == f"{TAC.label}: parties by year"
    assert len(ax.patches) >= 2 * 10 and ax.get_legend() is not None


def test_relations_by_source_and_outlet_claims(store: Store) -> None:
    counts = analysis.relations_by_source(store)
    assert counts.loc["Wire One", "accededTo"] == 2 and counts.loc["Wire Two", "partyTo"] == 1
    rows = analysis.outlet_claims(store)
    assert {"source", "doc", "relation", "evidence"} <= set(rows.columns) and len(rows) == 6


def test_single_source_claims_leave_out_claims_two_articles_make(store: Store) -> None:
    single = analysis.single_source_claims(store, relation="accededTo")
    assert set(single["subject"]) == {"Chad"}   # Saudi Arabia: two articles; Japan: a reference fact too
    assert set(analysis.single_source_claims(store, actor="Chad")["relationName"]) == {"accededTo"}


def test_evidence_for_a_subject_named_in_any_language(store: Store) -> None:
    rows = analysis.evidence(store, subject="Япония", relation="accededTo")
    assert list(rows["evidence"]) == ["Japan acceded to it in 1990"]


def test_counts_by_relation_and_year(store: Store) -> None:
    by_relation = analysis.claims_by_relation(store)
    assert by_relation.loc["accededTo", "claims"] == 4 and by_relation.loc["accededTo", "articles"] == 2
    by_year = analysis.claims_by_year(store)
    assert by_year.loc["2023", "accededTo"] == 2 and by_year.loc["2024", "participatedIn"] == 1


def test_most_connected_ranks_by_distinct_neighbours(store: Store) -> None:
    top = analysis.most_connected(store, 3)
    assert top.iloc[0]["actor"] == TAC.label and top.iloc[0]["degree"] == 3
    assert top.iloc[0]["type"] == "Agreement" and 0 < top.iloc[0]["degree_centrality"] <= 1
    assert list(top.columns) == ["actor", "type", "degree", "claims", "degree_centrality", "betweenness", "iri"]


def test_organization_world_on_the_demo_graph(demo: Store) -> None:
    world = analysis.organization_world(demo, "АСЕАН")
    assert world.iri == ASEAN.iri
    assert {"Indonesia", "Malaysia", "Thailand"} <= set(world.members["member"])
    assert len(world.partners) > 5 and "reference" in set(world.partners["source"])
    assert not world.claims.empty
    assert set(world.meetings.columns) >= {"meeting", "date", "present"}
    assert all(isinstance(x, str) and x for x in world.meetings["present"])


def test_demo_graph_tables_are_not_empty(demo: Store) -> None:
    assert not analysis.relations_by_source(demo).empty
    assert not analysis.claims_by_year(demo).empty
    timeline = analysis.treaty_timeline(demo, "TAC")
    assert (timeline.check["verdict"] == "agrees").any()
    assert analysis.most_connected(demo, 5)["degree"].is_monotonic_decreasing


def test_frame_converts_terms_and_refuses_ask(store: Store) -> None:
    table = analysis.query_frame(store, "top-actors")
    assert table["articles"].dtype.kind == "i" and isinstance(table["entity"].iloc[0], str)
    with pytest.raises(DiplographError, match="ASK result has no table"):
        analysis.frame(store.query("ASK { ?s ?p ?o }"))


def test_unknown_names_are_query_errors(store: Store) -> None:
    with pytest.raises(QueryError):
        analysis.treaty_timeline(store, "Treaty of Nowhere")


def test_the_package_exports_the_analysis_api() -> None:
    for name in ("organization_world", "treaty_timeline", "outlet_claims", "single_source_claims", "most_connected",
                 "write_report"):
        assert callable(getattr(diplograph, name)), name
    assert diplograph.claims_frame is analysis.claims


def test_tables_are_dataframes(store: Store) -> None:
    assert isinstance(diplograph.query_frame(store, "top-actors"), pd.DataFrame)


def test_catalog_check_covers_every_checked_relation(store: Store) -> None:
    check = analysis.catalog_check(store)
    assert set(check["relation"]) == {"accededTo", "partyTo"}          # participatedIn is not checked
    chad = check[check["subject"] == "Chad"].iloc[0]
    assert (chad["verdict"], chad["object_iri"]) == ("not in catalog", TAC.iri)
    assert set(analysis.catalog_check(store, relations=["memberOf"])["verdict"]) == set()

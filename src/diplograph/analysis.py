"""The store as pandas DataFrames: what notebooks and the report analyse.

Every function reads an open store through the query library (`queries/*.rq`), the
claims table of `diplograph export --format csv` (`export.claim_rows`) or the view
graph (`views.to_networkx`), so a notebook, the report and the command line see the
same answers. Tables hold plain Python values: IRIs and dates as strings, counts as
integers. Plots are matplotlib figures the caller may show or save.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import pandas as pd
from rdflib import Literal, URIRef
from rdflib.query import Result

from .errors import DiplographError
from .query import resolve_entity, run_query
from .store import Store

if TYPE_CHECKING:  # matplotlib is imported only when a plot is drawn
    from matplotlib.axes import Axes

TREATY_ACTS = ("signed", "ratified", "accededTo", "partyTo")
_ACT_RANK = {"partyTo": 0, "signed": 1, "ratified": 2, "accededTo": 3}
_NUMERIC = (int, float)

__all__ = ["frame", "query_frame", "claims", "claims_frame", "organization_world", "OrganizationWorld", "treaty_timeline",
           "TreatyTimeline", "plot_treaty_timeline", "outlet_claims", "relations_by_source",
           "single_source_claims", "catalog_check", "claims_by_relation", "claims_by_year", "most_connected", "evidence",
           "TREATY_ACTS"]


def frame(result: Result) -> pd.DataFrame:
    """A SELECT result as a DataFrame, one column per variable (IRIs and dates as text, numbers as numbers)."""
    if result.type != "SELECT":
        raise DiplographError(f"a {result.type} result has no table; use a SELECT query.")
    columns = [str(v) for v in result.vars or []]
    rows = [[_value(binding.get(var)) for var in result.vars or []] for binding in result.bindings]
    return pd.DataFrame(rows, columns=columns)


def query_frame(store: Store, name: str, **params: str) -> pd.DataFrame:
    """Run a library query (or a .rq file) with parameters and return its table."""
    return frame(run_query(store, name, **params))


def claims(store: Store, *, reference: bool = False, modality: str | None = "asserted") -> pd.DataFrame:
    """One row per claim of the article graphs (and, with `reference`, the catalog's reference facts).

    Columns are those of `diplograph export --format csv` plus: kind ("article" or
    "reference"), year (of the claim's time, else of its article's date; "" if
    undated) and source (the article's outlet, else its doc id; "reference" for facts).

    Args:
        modality: keep only claims of this modality ("asserted", "negated", …); None keeps all.
    """
    from .export import CLAIM_COLUMNS, claim_rows

    table = pd.DataFrame(claim_rows(store), columns=list(CLAIM_COLUMNS))
    table["kind"] = table["graph"].map(lambda g: "article" if "/graph/article/" in g else "reference")
    if not reference:
        table = table[table["kind"] == "article"]
    if modality is not None:
        table = table[(table["kind"] == "reference") | (table["modality"] == modality)]
    when = table["at"].where(table["at"] != "", table["start"])
    when = when.where(when != "", table["published"])
    table = table.assign(year=when.str[:4],
                         source=table["outlet"].where(table["outlet"] != "", table["doc"]))
    table.loc[table["kind"] == "reference", "source"] = "reference"
    return table.reset_index(drop=True)


claims_frame = claims     # the name `diplograph` exports it under


@dataclass
class OrganizationWorld:
    """An organization's members, partners, meetings and everything articles claim about it."""

    iri: str
    members: pd.DataFrame       # members today: catalog and articles (`members-at`)
    partners: pd.DataFrame      # partners and dialogue partners (`partners`)
    meetings: pd.DataFrame      # meetings it or one of its members took part in (`meetings`), with who
    claims: pd.DataFrame        # every relation the articles state about it (`claims-about`)


def organization_world(store: Store, organization: str) -> OrganizationWorld:
    """Members, partners, meetings and claims of an organization named in any language.

    Raises:
        QueryError: no entity has that name.
    """
    iri = str(resolve_entity(store, organization))
    members = query_frame(store, "members-at", organization=iri)
    insiders = {iri, *members["memberIri"]}
    table = claims(store)
    present = table[(table["relation"] == "participatedIn") & table["subject"].isin(insiders)]
    who = present.groupby("object")["subject_label"].agg(lambda names: "; ".join(sorted(set(names))))
    meetings = query_frame(store, "meetings")
    meetings = meetings[meetings["event"].isin(who.index)]
    meetings = meetings.assign(present=meetings["event"].map(who)).reset_index(drop=True)
    return OrganizationWorld(iri=iri, members=members, partners=query_frame(store, "partners", actor=iri),
                             meetings=meetings, claims=query_frame(store, "claims-about", entity=iri))


@dataclass
class TreatyTimeline:
    """A treaty's acts (signature, ratification, accession, party) by year, from articles and catalog."""

    iri: str
    name: str
    acts: pd.DataFrame          # one row per act: party, relation, year, kind, source, evidence
    by_year: pd.DataFrame       # index year; columns "articles" and "catalog": parties with an act that year
    check: pd.DataFrame         # each act the articles state, with the catalog's years and a verdict


def treaty_timeline(store: Store, treaty: str, *, relations: Iterable[str] = TREATY_ACTS) -> TreatyTimeline:
    """When which parties signed, ratified or acceded to a treaty, and whether the catalog agrees.

    Each act an article states gets a verdict from `catalog_check`: "agrees",
    "different year", "not in catalog" or "catalog silent".
    """
    iri = str(resolve_entity(store, treaty))
    kept = tuple(relations)
    table = claims(store, reference=True)
    acts = table[(table["object"] == iri) & table["relation"].isin(kept)]
    acts = acts.assign(party=acts["subject_label"].where(acts["subject_label"] != "", acts["subject"]))
    acts = acts[["party", "relation", "year", "kind", "source", "evidence", "subject"]].sort_values(
        ["year", "party", "relation", "kind"]).reset_index(drop=True)
    dated = acts[acts["year"] != ""].drop_duplicates(["subject", "year", "kind"])
    by_year = pd.crosstab(dated["year"], dated["kind"].map({"article": "articles", "reference": "catalog"}))
    by_year = by_year.reindex(columns=["articles", "catalog"], fill_value=0).sort_index()
    by_year.columns.name = None
    names = table.loc[table["object"] == iri, "object_label"]
    name = next((n for n in names if n), iri.rsplit("/", 1)[-1])
    check = catalog_check(store, relations=kept, table=table[table["object"] == iri])
    check = check.drop(columns=["object", "object_iri", "subject_iri"]).rename(columns={"subject": "party"})
    return TreatyTimeline(iri, name, acts, by_year, check)


CHECKED = ("memberOf", "observerOf", "dialoguePartnerOf", "signed", "ratified", "accededTo", "partyTo",
           "withdrewFrom")


def catalog_check(store: Store, *, relations: Iterable[str] = CHECKED, table: pd.DataFrame | None = None,
                  ) -> pd.DataFrame:
    """Each asserted article claim of these relations beside the catalog's reference facts, with a verdict.

    Verdicts: "agrees" (the catalog holds the fact, in the same year or one of them
    undated; for partyTo, any signature, ratification, accession or party fact of the
    subject on that treaty), "different year", "not in catalog" (the catalog holds
    facts of this relation for the object, not for this subject) and "catalog silent"
    (it holds none for the object: it cannot tell).

    Args:
        table: `claims(store, reference=True)`, if already at hand.
    """
    table = claims(store, reference=True) if table is None else table
    kept = set(relations)
    table = table[table["relation"].isin(kept | ({"signed", "ratified", "accededTo"} if "partyTo" in kept else set()))]
    reference = table[table["kind"] == "reference"]
    years: dict[tuple[str, str, str], set[str]] = {}
    for fact in reference.itertuples():
        years.setdefault((fact.subject, fact.relation, fact.object), set()).add(fact.year)
        if fact.relation in TREATY_ACTS:
            years.setdefault((fact.subject, "partyTo", fact.object), set()).add(fact.year)
    covered = set(zip(reference["relation"], reference["object"]))
    rows = []
    for act in table[(table["kind"] == "article") & table["relation"].isin(kept)].itertuples():
        known = years.get((act.subject, act.relation, act.object))
        listed = sorted(y for y in known or () if y)
        if known is not None:
            verdict = "agrees" if act.relation == "partyTo" or not act.year or not listed or act.year in listed \
                else "different year"
        elif (act.relation, act.object) in covered:
            verdict = "not in catalog"
        else:
            verdict = "catalog silent"
        rows.append({"subject": act.subject_label or act.subject, "relation": act.relation,
                     "object": act.object_label or act.object, "article_year": act.year,
                     "catalog_years": "; ".join(listed), "verdict": verdict, "source": act.source,
                     "evidence": act.evidence, "subject_iri": act.subject, "object_iri": act.object})
    return pd.DataFrame(rows, columns=["subject", "relation", "object", "article_year", "catalog_years", "verdict",
                                       "source", "evidence", "subject_iri", "object_iri"])


def plot_treaty_timeline(timeline: TreatyTimeline, *, title: str | None = None, ax: Axes | None = None) -> Axes:
    """Bars of parties per year: what the catalog holds beside what the articles say."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(10, 3.5))
    data = timeline.by_year
    if data.empty:
        ax.text(0.5, 0.5, "no dated acts", ha="center", va="center", transform=ax.transAxes)
    else:
        data.rename(columns={"articles": "articles say", "catalog": "reference catalog"}).plot.bar(
            ax=ax, color=["#e15759", "#4e79a7"], width=0.8)
        ax.set_xlabel("year")
    ax.set_ylabel("parties")
    ax.set_title(title or f"{timeline.name}: parties by year")
    cast(Any, ax.figure).tight_layout()
    return ax


def outlet_claims(store: Store) -> pd.DataFrame:
    """Every asserted article claim with who says it: source (outlet, else doc id), doc, date and evidence."""
    table = claims(store)
    return table[["source", "doc", "published", "subject_label", "relation", "object_label", "year", "evidence",
                  "subject", "object"]].rename(columns={"subject_label": "subject_name",
                                                        "object_label": "object_name"}).reset_index(drop=True)


def relations_by_source(store: Store) -> pd.DataFrame:
    """How many claims of each relation each source asserts (sources as rows, relations as columns)."""
    table = claims(store)
    if table.empty:
        return pd.DataFrame()
    return table.groupby(["source", "relation"]).size().unstack(fill_value=0).sort_index()


def single_source_claims(store: Store, *, relation: str | None = None, actor: str | None = None) -> pd.DataFrame:
    """Claims only one article makes, with no other article and no reference fact behind them."""
    params = {k: v for k, v in (("relation", relation), ("actor", actor)) if v is not None}
    return query_frame(store, "single-source", **params)


def evidence(store: Store, subject: str | None = None, relation: str | None = None,
             object: str | None = None) -> pd.DataFrame:
    """The evidence sentences behind claims, filtered by subject and object (any name) and relation."""
    table = claims(store)
    for column, name in (("subject", subject), ("object", object)):
        if name is not None:
            table = table[table[column] == str(resolve_entity(store, name))]
    if relation is not None:
        table = table[table["relation"] == relation]
    return table[["subject_label", "relation", "object_label", "year", "source", "evidence"]].reset_index(drop=True)


def claims_by_relation(store: Store, *, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Asserted article claims per relation, with the number of articles stating each, most frequent first."""
    table = claims(store) if table is None else table
    grouped = table.groupby("relation").agg(claims=("claim", "nunique"), articles=("doc", "nunique"))
    return grouped.sort_values(["claims", "articles"], ascending=False)


def claims_by_year(store: Store, *, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Asserted article claims per year (of the claim, else of its article) and relation."""
    table = claims(store) if table is None else table
    table = table[table["year"] != ""]
    if table.empty:
        return pd.DataFrame()
    return table.groupby(["year", "relation"]).size().unstack(fill_value=0).sort_index()


def most_connected(store: Store, n: int = 10, *, types: Iterable[str] | None = None, graph: Any = None) -> pd.DataFrame:
    """The actors with the most distinct neighbours in the articles' claims, with centrality measures.

    Columns: actor, type, degree (distinct neighbours), claims (sources naming it),
    degree_centrality and betweenness (networkx, on the undirected graph; sampled
    from 500 nodes on graphs of more than 2,000), iri.

    Args:
        types: keep only entities of these types (e.g. "State", "Organization", "Person");
            centralities are still computed on the whole graph.
        graph: a view graph to use instead of the store's (`to_networkx`).
    """
    import networkx as nx

    from .views import to_networkx

    view = graph if graph is not None else to_networkx(store)
    simple = nx.Graph(view)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    if simple.number_of_nodes() == 0:
        return pd.DataFrame(columns=["actor", "type", "degree", "claims", "degree_centrality", "betweenness", "iri"])
    centrality = nx.degree_centrality(simple)
    sample = 500 if simple.number_of_nodes() > 2000 else None
    betweenness = nx.betweenness_centrality(simple, k=sample, seed=7 if sample else None)
    rows = [{"actor": view.nodes[node].get("label", str(node)), "type": view.nodes[node].get("type", ""),
             "degree": simple.degree(node), "claims": view.nodes[node].get("claims", 0),
             "degree_centrality": round(centrality[node], 4), "betweenness": round(betweenness[node], 4),
             "iri": str(node)} for node in simple]
    table = pd.DataFrame(rows).sort_values(["degree", "claims", "actor"], ascending=[False, False, True])
    if types is not None:
        table = table[table["type"].isin(list(types))]
    return table.head(n).reset_index(drop=True)


def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, _NUMERIC) and not isinstance(value, bool) else str(term)
    if isinstance(term, URIRef):
        return str(term)
    return str(term)

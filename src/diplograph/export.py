"""Export the store for other tools: RDF datasets, Gephi networks and a claims table.

Formats, registered by name in `EXPORT_FORMATS`:

- `trig`, `nquads` (RDF 1.1 TriG and N-Quads, https://www.w3.org/TR/trig/,
  https://www.w3.org/TR/n-quads/): every named graph, articles and reference graphs;
- `turtle`, `jsonld`: the union of the graphs (Turtle) or the dataset (JSON-LD 1.1);
- `graphml`, `gexf`: the network of entities and asserted relations for Gephi
  (GraphML, http://graphml.graphdrawing.org/; GEXF 1.2, https://gexf.net/), with
  type, labels in en/bg/ru and Wikidata id on the nodes, relation, dates, number of
  claims and source articles on the edges;
- `csv`: one row per claim (article claims and the catalog's reference facts) with
  its provenance: source article or reference URL, outlet, date, evidence sentence.

Everything is read through `Store.query`, so every backend exports the same way.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import TypedDict

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.namespace import NamespaceManager

from .errors import DiplographError
from .namespaces import PREFIXES
from .store import Store

__all__ = ["EXPORT_FORMATS", "export_store", "claims_network", "CLAIM_COLUMNS"]


class Exporter(TypedDict):
    name: str
    render: Callable[[Store], str]


_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"

_CLAIMS = """
SELECT ?claim ?graph ?subject ?relation ?object ?modality ?confidence ?at ?start ?end ?role
       ?doc ?source ?outlet ?published ?evidence ?evidenceStart ?evidenceEnd ?note
WHERE {
  GRAPH ?g {
    ?claim a dg:Claim ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
    OPTIONAL { ?claim dg:modality ?modality }
    OPTIONAL { ?claim dg:confidence ?confidence }
    OPTIONAL { ?claim dg:at ?at }
    OPTIONAL { ?claim dg:start ?start }
    OPTIONAL { ?claim dg:end ?end }
    OPTIONAL { ?claim dg:role ?role }
    OPTIONAL { ?claim dg:evidenceText ?evidence }
    OPTIONAL { ?claim dg:evidenceStart ?evidenceStart }
    OPTIONAL { ?claim dg:evidenceEnd ?evidenceEnd }
    OPTIONAL { ?claim rdfs:comment ?note }
    OPTIONAL { ?claim prov:wasDerivedFrom ?from .
               OPTIONAL { ?from dg:docId ?doc }
               OPTIONAL { ?from dg:url ?url }
               OPTIONAL { ?from dg:outlet ?outlet }
               OPTIONAL { ?from dcterms:date ?published } }
  }
  BIND(STR(?g) AS ?graph)
  BIND(STRAFTER(STR(?predicate), "#") AS ?relation)
  BIND(COALESCE(?url, ?from) AS ?source)
}
ORDER BY ?graph ?evidenceStart ?claim"""

CLAIM_COLUMNS = ("claim", "graph", "subject", "subject_label", "relation", "object", "object_label", "modality",
                 "confidence", "at", "start", "end", "role", "doc", "source", "outlet", "published", "evidence",
                 "evidence_start", "evidence_end", "note")

_ENTITIES = """
SELECT ?entity (SAMPLE(?rdfType) AS ?type) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?bg) AS ?labelBg)
       (SAMPLE(?ru) AS ?labelRu) (SAMPLE(?qid) AS ?wikidata)
WHERE {
  ?entity a ?rdfType . FILTER(STRSTARTS(STR(?rdfType), STR(dg:)) && ?rdfType != dg:Claim)
  OPTIONAL { ?entity skos:prefLabel ?en . FILTER(LANG(?en) = "en") }
  OPTIONAL { ?entity skos:prefLabel ?bg . FILTER(LANG(?bg) = "bg") }
  OPTIONAL { ?entity skos:prefLabel ?ru . FILTER(LANG(?ru) = "ru") }
  OPTIONAL { ?entity dg:wikidata ?qid }
}
GROUP BY ?entity"""


def _dataset(store: Store) -> Dataset:
    # Only the core prefixes: rdflib's default set binds `org:` to the W3C organization
    # ontology, which would push the project's `org:` to an invented `org1:`.
    dataset = Dataset()
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    dataset.addN((s, p, o, dataset.graph(g)) for s, p, o, g in store.query(_QUADS))
    return dataset


def _union(store: Store) -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in store.query(_QUADS):
        graph.add((s, p, o))
    return graph


def _text(value: object) -> str:
    return "" if value is None else str(value)


def claim_rows(store: Store) -> list[dict[str, str]]:
    """One dict per claim (article claims and reference facts), keyed by `CLAIM_COLUMNS`."""
    labels = {str(row[0]): _text(row[2] or row[3] or row[4]) for row in store.query(_ENTITIES)}
    found = []
    for row in store.query(_CLAIMS):
        values = {str(var): _text(row[var]) for var in row.labels}
        values["subject_label"] = labels.get(values["subject"], "")
        values["object_label"] = labels.get(values["object"], "")
        values["evidence_start"] = values.pop("evidenceStart", "")
        values["evidence_end"] = values.pop("evidenceEnd", "")
        found.append({column: values.get(column, "") for column in CLAIM_COLUMNS})
    return found


def _csv(store: Store) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(claim_rows(store))
    return buffer.getvalue()


def claims_network(store: Store) -> nx.MultiDiGraph:
    """Entities and asserted (or reference) relations: one edge per subject, relation and object.

    Nodes carry `label`, `type`, `label_en`, `label_bg`, `label_ru`, `wikidata`; edges carry
    `relation`, `claims`, `docs`, `first_date` and `last_date` (ISO 8601, as precise as known).
    """
    network = nx.MultiDiGraph()
    entities = {str(row[0]): row for row in store.query(_ENTITIES)}
    edges: dict[tuple[str, str, str], dict[str, object]] = {}
    for row in claim_rows(store):
        if row["modality"] not in ("", "asserted"):
            continue
        key = (row["subject"], row["relation"], row["object"])
        edge = edges.setdefault(key, {"claims": 0, "docs": set(), "dates": set()})
        edge["claims"] = int(edge["claims"]) + 1  # type: ignore[call-overload]
        edge["docs"].add(row["doc"] or "reference")  # type: ignore[attr-defined]
        edge["dates"].update(d for d in (row["at"], row["start"], row["end"]) if d)  # type: ignore[attr-defined]
    for (subject, relation, obj), edge in edges.items():
        for node in (subject, obj):
            if node not in network:
                network.add_node(node, **_node(node, entities.get(node)))
        dates = sorted(edge["dates"])  # type: ignore[call-overload]
        network.add_edge(subject, obj, key=relation, relation=relation, label=relation, claims=edge["claims"],
                         docs="; ".join(sorted(edge["docs"])),  # type: ignore[call-overload]
                         first_date=dates[0] if dates else "", last_date=dates[-1] if dates else "")
    return network


def _node(iri: str, row: object) -> dict[str, str]:
    values = [_text(v) for v in row] if row is not None else [iri, "", "", "", "", ""]  # type: ignore[attr-defined]
    _, rdf_type, en, bg, ru, qid = values
    return {"label": en or bg or ru or iri, "type": rdf_type.rsplit("#", 1)[-1] if rdf_type else "Entity",
            "label_en": en, "label_bg": bg, "label_ru": ru, "wikidata": qid, "iri": iri}


def _graphml(store: Store) -> str:
    return "\n".join(nx.generate_graphml(claims_network(store))) + "\n"


def _gexf(store: Store) -> str:
    return "\n".join(nx.generate_gexf(claims_network(store))) + "\n"


EXPORT_FORMATS: dict[str, Exporter] = {
    e["name"]: e for e in (
        Exporter(name="trig", render=lambda s: _dataset(s).serialize(format="trig")),
        Exporter(name="nquads", render=lambda s: _dataset(s).serialize(format="nquads")),
        Exporter(name="turtle", render=lambda s: _union(s).serialize(format="turtle")),
        Exporter(name="jsonld", render=lambda s: _dataset(s).serialize(format="json-ld")),
        Exporter(name="graphml", render=_graphml),
        Exporter(name="gexf", render=_gexf),
        Exporter(name="csv", render=_csv),
    )
}


def export_store(store: Store, *, format: str, out: str | Path | None = None) -> str:
    """The store in `format`; written to `out` when given (then the path is returned).

    Raises:
        DiplographError: unknown format, or `out` cannot be written.
    """
    exporter = EXPORT_FORMATS.get(format)
    if exporter is None:
        raise DiplographError(f"unknown export format {format!r}; known formats: {', '.join(EXPORT_FORMATS)}.")
    text = exporter["render"](store)
    if out is None:
        return text
    path = Path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DiplographError(f"cannot write the export to {path}: {exc.strerror or exc}.") from exc
    return str(path)


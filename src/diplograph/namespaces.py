"""IRI namespaces used across diplograph (the ontology documents each term)."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/diplograph/"
DG = Namespace(BASE + "ontology#")
DGI = Namespace(BASE + "id/")          # entities (catalog and extracted)
CLAIM = Namespace(BASE + "claim/")     # claim resources
ARTICLE = Namespace(BASE + "article/")  # source articles
GRAPH = Namespace(BASE + "graph/")     # named graphs
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
ORG = Namespace("http://www.w3.org/ns/org#")
TIME = Namespace("http://www.w3.org/2006/time#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")

ACTIVITY = Namespace(BASE + "activity/")  # extraction runs (prov:Activity)
SUMMARY = Namespace(BASE + "summary/")    # nodes of the summary graph (dg:EntitySummary)

# One namespace per entity type; the local name is the type's slug (IRI design).
ENTITY_NAMESPACES: dict[str, Namespace] = {
    "State": Namespace(BASE + "id/state/"),
    "Organization": Namespace(BASE + "id/org/"),
    "Agreement": Namespace(BASE + "id/agreement/"),
    "Person": Namespace(BASE + "id/person/"),
    "Place": Namespace(BASE + "id/place/"),
    "Event": Namespace(BASE + "id/event/"),
    "Initiative": Namespace(BASE + "id/initiative/"),
    "Position": Namespace(BASE + "id/position/"),
}

# Prefixes bound in every graph diplograph writes or queries.
PREFIXES: dict[str, str] = {
    "dg": str(DG),
    "state": BASE + "id/state/",
    "org": BASE + "id/org/",
    "agreement": BASE + "id/agreement/",
    "person": BASE + "id/person/",
    "place": BASE + "id/place/",
    "event": BASE + "id/event/",
    "initiative": BASE + "id/initiative/",
    "position": BASE + "id/position/",
    "claim": str(CLAIM),
    "article": str(ARTICLE),
    "activity": BASE + "activity/",
    "wd": str(WD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
}

CATALOG_GRAPH = GRAPH["catalog"]
ONTOLOGY_GRAPH = GRAPH["ontology"]
SUMMARY_GRAPH = GRAPH["summary"]            # entity totals (diplograph.summary)
MONTHLY_GRAPH = GRAPH["summary-monthly"]    # entity counts per month of publication
FACTS_GRAPH = GRAPH["summary-facts"]        # per asserted (subject, relation, object): the articles stating it
MEETINGS_GRAPH = GRAPH["summary-meetings"]  # per meeting: the years it was held in, and its adopted documents
PARTNERS_GRAPH = GRAPH["summary-partners"]  # per actor, partner and year of publication: the articles stating it


def article_graph(doc: str) -> str:
    """The named graph that holds everything one article says."""
    from urllib.parse import quote

    return GRAPH["article/" + quote(doc, safe="")]


def article_iri(doc: str) -> str:
    """The dg:Article resource of one article (its doc id, percent-encoded)."""
    from urllib.parse import quote

    return ARTICLE[quote(doc, safe="")]


def doc_of_graph(graph_iri: str) -> str | None:
    """The doc id whose article graph is `graph_iri`, or None for other graphs."""
    from urllib.parse import unquote

    prefix = str(GRAPH["article/"])
    return unquote(graph_iri[len(prefix):]) if str(graph_iri).startswith(prefix) else None


__all__ = [
    "BASE", "DG", "DGI", "CLAIM", "ARTICLE", "GRAPH", "WD", "WDT", "ORG", "TIME", "SCHEMA", "SH",
    "ACTIVITY", "SUMMARY", "ENTITY_NAMESPACES", "PREFIXES",
    "CATALOG_GRAPH", "ONTOLOGY_GRAPH", "SUMMARY_GRAPH", "MONTHLY_GRAPH", "FACTS_GRAPH", "MEETINGS_GRAPH", "PARTNERS_GRAPH", "article_graph", "article_iri", "doc_of_graph",
    "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD",
]

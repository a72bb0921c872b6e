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

CATALOG_GRAPH = GRAPH["catalog"]
ONTOLOGY_GRAPH = GRAPH["ontology"]


def article_graph(doc: str) -> str:
    """The named graph that holds everything one article says."""
    from urllib.parse import quote

    return GRAPH["article/" + quote(doc, safe="")]


__all__ = [
    "BASE", "DG", "DGI", "CLAIM", "ARTICLE", "GRAPH", "WD", "WDT", "ORG", "TIME", "SCHEMA", "SH",
    "CATALOG_GRAPH", "ONTOLOGY_GRAPH", "article_graph",
    "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD",
]

"""diplograph: news about international relations (bg, ru, en) as an RDF knowledge graph.

The public API, one entry point per job::

    from diplograph import open_store, ingest, run_query, format_result
    with open_store("./diplograph-data") as store:
        ingest(["examples/articles"], store=store)
        print(format_result(run_query(store, "accessions", treaty="TAC"), "table"))

Names are imported on first use (PEP 562), so `import diplograph` stays cheap.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .compiled import use_source_if_needed

use_source_if_needed()   # DIPLOGRAPH_PURE=1, or sources edited since they were compiled: run them from source

try:
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("diplograph")
except PackageNotFoundError:  # running from a source checkout without install
    __version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # data model
    "Article": "models", "Claim": "models", "Entity": "models", "Evidence": "models",
    "Extraction": "models", "Mention": "models", "When": "models",
    # errors
    "DiplographError": "errors", "InputError": "errors", "ExtractionError": "errors",
    "OntologyError": "errors", "QueryError": "errors", "StoreError": "errors",
    # reading (lead's modules; extraction: `from diplograph.extract import extract`)
    "read_article": "reader", "iter_articles": "reader", "load_catalog": "catalog",
    # the graph
    "extraction_to_graph": "rdfmap",
    "Store": "store", "open_store": "store", "register_backend": "store", "BACKENDS": "store",
    "store_stats": "stats",
    "ingest": "ingest", "iter_ingest": "ingest", "IngestSummary": "ingest",
    "run_query": "query", "format_result": "query", "list_queries": "query", "resolve_entity": "query",
    "to_networkx": "views", "render_html": "views",
    # analysis: pandas tables and plots, and the static report
    "query_frame": "analysis", "claims_frame": "analysis", "organization_world": "analysis",
    "treaty_timeline": "analysis", "plot_treaty_timeline": "analysis", "outlet_claims": "analysis",
    "relations_by_source": "analysis", "single_source_claims": "analysis", "evidence": "analysis",
    "claims_by_relation": "analysis", "claims_by_year": "analysis", "most_connected": "analysis",
    "catalog_check": "analysis", "write_report": "report",
    "validate_store": "validate", "ValidationReport": "validate",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # for type checkers and IDEs; at run time names load lazily
    from .errors import (DiplographError, ExtractionError, InputError, OntologyError, QueryError,
                         StoreError)
    from .ingest import IngestSummary, ingest, iter_ingest
    from .models import Article, Claim, Entity, Evidence, Extraction, Mention, When
    from .query import format_result, list_queries, resolve_entity, run_query
    from .rdfmap import extraction_to_graph
    from .stats import store_stats
    from .store import BACKENDS, Store, open_store, register_backend
    from .validate import ValidationReport, validate_store
    from .views import render_html, to_networkx
    from .analysis import (catalog_check, claims_by_relation, claims_by_year, claims_frame, evidence, most_connected,
                           organization_world, outlet_claims, plot_treaty_timeline, query_frame,
                           relations_by_source, single_source_claims, treaty_timeline)
    from .report import write_report

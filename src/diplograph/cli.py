"""The `diplograph` command: a thin click layer over the library.

Each command parses its options, makes one library call and formats the result.
Domain errors become `click.ClickException` ("Error: …", exit 1); bad usage exits 2.
"""
from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from . import __version__
from .errors import DiplographError
from .models import ENTITY_TYPES
from .store import DEFAULT_STORE_PATH, Store

F = TypeVar("F", bound=Callable[..., Any])


def domain_errors(func: F) -> F:
    """Turn the library's errors into one-line click errors (exit 1)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DiplographError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def store_option(func: F) -> F:
    """The shared `--store PATH|URL` option (env DIPLOGRAPH_STORE)."""
    return click.option("--store", "store_path", default=DEFAULT_STORE_PATH, show_default=True,
                        envvar="DIPLOGRAPH_STORE", type=click.Path(dir_okay=True, file_okay=True),
                        help="Directory of the on-disk store, or the http(s):// URL of a SPARQL 1.1 server "
                             "(see 'Remote store' in the README).")(func)


def format_option(*choices: str, default: str) -> Callable[[F], F]:
    """A shared `--format` option over the given choices."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


@contextmanager
def opened(path: str, *, read_only: bool = False) -> Iterator[Store]:
    """The store at `path`; read_only=True reads it even while an ingest holds it."""
    from .store import open_store

    with open_store(path, read_only=read_only) as store:
        yield store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
def cli() -> None:
    """Turn news about international relations (bg, ru, en) into an RDF knowledge graph.

    \b
    Example:
        diplograph ingest examples/articles/
        diplograph query accessions --param treaty=TAC
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", "-w", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Extract in this many processes (the store is still written in input order).")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on the Dask distributed cluster whose scheduler is at ADDRESS (tcp://host:8786).")
@click.option("--time-limit", type=click.FloatRange(0), default=60.0, show_default=True, metavar="SECONDS",
              help="Skip an article whose extraction takes longer (0: no limit).")
@store_option
@domain_errors
def ingest(paths: tuple[str, ...], store_path: str, workers: int, dask_address: str | None,
           time_limit: float) -> None:
    """Read articles, extract their claims and store each article as its own named graph.

    PATHS are files (.txt, .html, .jsonl), folders, glob patterns or "-" for JSON
    Lines on stdin. Re-ingesting an article replaces its graph. Inputs that cannot be
    read are skipped and listed; the command then exits with status 1.

    \b
    Example:
        diplograph ingest examples/articles/
        diplograph ingest 'corpus/*.jsonl' --store ./kg
        diplograph ingest big.jsonl --workers 4
        diplograph ingest big.jsonl --dask tcp://scheduler:8786
        cat articles.jsonl | diplograph ingest -
    """
    from .ingest import IngestSummary, iter_ingest

    summary = IngestSummary()
    with opened(store_path) as store:
        if workers > 1 or dask_address:
            from .parallel import iter_parallel_ingest

            steps = iter_parallel_ingest(list(paths), store=store, summary=summary, workers=workers,
                                         dask=dask_address, time_limit=time_limit)
        else:
            steps = iter_ingest(list(paths), store=store, summary=summary, time_limit=time_limit)
        with click.progressbar(steps, label="Ingesting", file=sys.stderr, hidden=not sys.stderr.isatty(),
                               item_show_func=lambda r: r.doc if r else None) as bar:
            for _ in bar:
                pass
        quads = store.quad_count()
    _echo_summary(summary, store_path, quads)


def _echo_summary(summary: Any, store_path: str, quads: int) -> None:
    s = "" if summary.articles == 1 else "s"
    replaced = f" ({summary.replaced} replaced)" if summary.replaced else ""
    click.echo(f"Ingested {summary.articles} article{s}{replaced}: {summary.claims} claims, "
               f"{summary.new_entities} new entities.")
    click.echo(f"Store {store_path}: {quads:,} quads.")
    if summary.skipped:
        click.echo(f"Skipped {len(summary.skipped)} input{'s' if len(summary.skipped) != 1 else ''}:")
        for item in summary.skipped:
            click.echo(f"  {item.source}: {item.reason}")
        _raise_skipped(summary.skipped)


def _raise_skipped(skipped: list[Any]) -> None:
    if len(skipped) == 1:
        raise click.ClickException(f"{skipped[0].source}: {skipped[0].reason}")
    raise click.ClickException(f"{len(skipped)} inputs were skipped (listed above).")


@cli.command()
@click.argument("files", nargs=-1, required=True)
@format_option("jsonl", "turtle", default="jsonl")
@click.option("--mentions", is_flag=True, help="Also print one line per entity mention (jsonl only).")
@domain_errors
def extract(files: tuple[str, ...], fmt: str, mentions: bool) -> None:
    """Print the claims of articles without storing them.

    jsonl prints one line per asserted claim in the claims-contract shape (and,
    with --mentions, one line per entity mention); turtle prints the RDF that
    `ingest` would store.

    \b
    Example:
        diplograph extract article.txt
        diplograph extract article.txt --format turtle
        diplograph extract corpus.jsonl --mentions > claims.jsonl
    """
    from .extract import extract as run_extractor
    from .ingest import Skipped, extractor_version, try_extract
    from .rdfmap import extraction_to_graph, new_graph
    from .reader import iter_articles

    skipped: list[Skipped] = []

    def skip(source: str, reason: str) -> None:
        skipped.append(Skipped(source, reason))

    merged = new_graph()
    for article in iter_articles(list(files), on_skip=skip):
        extraction = try_extract(article, run_extractor, skip)
        if extraction is None:
            continue
        if fmt == "turtle":
            merged += extraction_to_graph(extraction, extractor_version=extractor_version())
            continue
        for line in _jsonl_lines(extraction, mentions):
            click.echo(line)
    if fmt == "turtle":
        click.echo(merged.serialize(format="turtle"), nl=False)
    if skipped:
        for item in skipped:
            click.echo(f"skipped {item.source}: {item.reason}", err=True)
        _raise_skipped(skipped)


def _jsonl_lines(extraction: Any, mentions: bool) -> Iterator[str]:
    for claim in extraction.claims:
        if claim.modality == "asserted":
            yield json.dumps(claim.to_json(), ensure_ascii=False)
    if mentions:
        for mention in extraction.mentions:
            yield json.dumps(mention.to_json(), ensure_ascii=False)


@cli.command()
@click.option("--unlinked", is_flag=True, help="Only names the catalog does not hold (candidates for it).")
@click.option("--type", "-t", "types", multiple=True, type=click.Choice(ENTITY_TYPES, case_sensitive=False),
              help="Only entities of this type; repeat for several.")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=50, show_default=True,
              help="How many entities to list.")
@click.option("--all", "no_limit", is_flag=True, help="List every entity (ignores --limit).")
@format_option("table", "csv", "json", default="table")
@store_option
@domain_errors
def entities(unlinked: bool, types: tuple[str, ...], limit: int, no_limit: bool, fmt: str, store_path: str) -> None:
    """List the entities the stored articles name, by number of articles, then mentions.

    With --unlinked, only the names the extractor could not link to the catalog,
    with their type and an example article, so the catalog can grow where the
    articles need it (events, which the catalog never holds, only with --type
    Event). In the table, * marks catalog entities.

    \b
    Example:
        diplograph entities
        diplograph entities --unlinked
        diplograph entities --unlinked --type Person --type Organization --format csv
        diplograph entities --unlinked --all --format json --store ./kg
    """
    from .entities import entity_frequencies, format_frequencies

    with opened(store_path, read_only=True) as store:
        rows = entity_frequencies(store, unlinked=unlinked, types=types, limit=None if no_limit else limit)
    click.echo(format_frequencies(rows, fmt), nl=fmt != "csv")


def _parse_params(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    parsed = {}
    for value in values:
        name, eq, text = value.partition("=")
        if not eq or not name.strip():
            raise click.BadParameter(f"{value!r} is not name=value.", ctx=ctx, param=param)
        parsed[name.strip()] = text
    return parsed


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, callback=_parse_params, metavar="NAME=VALUE",
              help="A query parameter; repeat for several. Entities may be named in any language.")
@format_option("table", "csv", "json", default="table")
@store_option
@domain_errors
def query(name: str | None, params: dict[str, str], fmt: str, store_path: str) -> None:
    """Run a query of the library by NAME, or a SPARQL file (FILE.rq); without NAME, list the library.

    \b
    Example:
        diplograph query
        diplograph query accessions --param treaty="Treaty of Amity and Cooperation in Southeast Asia"
        diplograph query partners --param actor=ASEAN --format csv
        diplograph query meetings --format json
        diplograph query my-question.rq
    """
    from .query import format_result, list_queries, load_query, run_query

    if name is None:
        for query_name in list_queries():
            spec = load_query(query_name)
            click.echo(f"{query_name}: {spec.question}")
        return
    load_query(name)  # an unknown name fails before the store is opened
    with opened(store_path, read_only=True) as store:
        click.echo(format_result(run_query(store, name, **params), fmt))


def _split_relations(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name.strip() for value in values for name in value.split(",") if name.strip())


@cli.command()
@click.option("--entity", "-e", help="Show only this entity's neighbourhood (IRI, name in any language, abbreviation).")
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Hops around --entity.")
@click.option("--relation", "-r", "relations", multiple=True, callback=_split_relations, metavar="NAMES",
              help="Only these relations, comma-separated or repeated (e.g. memberOf,partnerOf).")
@click.option("--since", metavar="DATE", help="Only claims that hold on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only claims that hold on or before DATE.")
@click.option("--query", "-q", "query_name", metavar="NAME", help="Draw the result of a library query (or a .rq file).")
@click.option("--param", "-p", "params", multiple=True, callback=_parse_params, metavar="NAME=VALUE",
              help="A parameter of --query; repeat for several.")
@click.option("--reference", is_flag=True, help="Also draw the catalog's reference facts (memberships, treaty parties).")
@click.option("--size", "size_by", type=click.Choice(["degree", "claims"]), default="degree", show_default=True,
              help="What a node's size grows with.")
@click.option("--out", "-o", default="out/view.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@store_option
@domain_errors
def view(entity: str | None, depth: int, relations: tuple[str, ...], since: str | None, until: str | None,
         query_name: str | None, params: dict[str, str], reference: bool, size_by: str, out: str,
         store_path: str) -> None:
    """Write an interactive network of the stored claims as an HTML page (works offline).

    Nodes are coloured and shaped by type (see the legend), edges labelled by
    relation; hovering shows an entity's names and Wikidata link, or an edge's
    dates, evidence sentences and source articles. Large views open with a
    precomputed layout and physics off.

    \b
    Example:
        diplograph view
        diplograph view --entity ASEAN --out asean.html
        diplograph view --entity "Сергей Лавров" --depth 2
        diplograph view --relation memberOf,partnerOf --since 2022 --until 2024
        diplograph view --query partners --param actor=ASEAN --out asean-partners.html
    """
    from .views import render_html, view_graph

    with opened(store_path, read_only=True) as store:
        graph = view_graph(store, entity=entity, depth=depth, query=query_name, params=params,
                           relations=relations, since=since, until=until, reference=reference)
    title = "diplograph" + "".join(f": {part}" for part in (query_name, entity) if part)
    path = render_html(graph, out, title=title, size_by=size_by)
    click.echo(f"Wrote {path} ({graph.number_of_nodes()} entities, {graph.number_of_edges()} relations).")


@cli.command()
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), help="A SHACL file other than the packaged shapes.")
@store_option
@domain_errors
def validate(shapes: str | None, store_path: str) -> None:
    """Check the store (catalog and article graphs) against the SHACL shapes.

    Prints pySHACL's report and exits 1 when the store does not conform.

    \b
    Example:
        diplograph validate
        diplograph validate --store ./kg
    """
    from .validate import validate_store

    with opened(store_path, read_only=True) as store:
        report = validate_store(store, shapes=shapes)
    if not report.conforms:
        click.echo(report.text)
        raise click.ClickException(report.summary())
    click.echo(report.summary())


@cli.command()
@format_option("table", "json", default="table")
@store_option
@domain_errors
def stats(fmt: str, store_path: str) -> None:
    """Count the store's articles, claims, entities and quads.

    \b
    Example:
        diplograph stats
        diplograph stats --format json
    """
    from .stats import store_stats

    with opened(store_path, read_only=True) as store:
        counts = store_stats(store)
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
        return
    by_type = counts.pop("entities_by_type")
    for key, value in counts.items():
        click.echo(f"{key:<17} {value:>10,}" if isinstance(value, int) else f"{key:<17} {value:>10}")
    for type_name, count in by_type.items():
        click.echo(f"  {type_name:<15} {count:>10,}")


@cli.command()
@store_option
@domain_errors
def summarize(store_path: str) -> None:
    """Recompute the summary graph (articles and claims per entity and month) of a whole store.

    Ingest keeps the summary up to date; run this once for a store written before
    diplograph kept one, or after SPARQL updates that changed article graphs. Queries
    that read the summary (first-seen, top-actors, new-entities) ask for it then.

    \b
    Example:
        diplograph summarize --store ./kg
    """
    from .summary import summarize as recompute

    with opened(store_path) as store:
        done = recompute(store)
    click.echo(f"Summarized {done.articles:,} articles: {done.entities:,} entities in {done.nodes:,} summary nodes "
               f"({done.quads:,} quads).")


@cli.command(name="queries")
@click.option("--verbose", "-v", is_flag=True, help="Also show each query's parameters and example.")
@domain_errors
def queries_command(verbose: bool) -> None:
    """List the named queries of the library with the question each answers.

    \b
    Example:
        diplograph queries
        diplograph queries --verbose
    """
    from .query import list_queries, load_query

    for name in list_queries():
        spec = load_query(name)
        click.echo(f"{name}: {spec.question}")
        if verbose:
            for parameter in spec.parameters:
                need = "required" if parameter.required else "optional"
                click.echo(f"    --param {parameter.name}=…  ({parameter.kind}, {need}) {parameter.description}")
            if spec.example:
                click.echo(f"    e.g. {spec.example}")


@cli.command(name="export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["trig", "nquads", "turtle", "jsonld", "graphml", "gexf", "csv"]),
              help="trig/nquads/jsonld: every named graph; turtle: their union; graphml/gexf: the network "
                   "for Gephi; csv: one row per claim with its provenance.")
@click.option("--out", "-o", type=click.Path(dir_okay=False), help="The file to write (default: standard output).")
@store_option
@domain_errors
def export_command(fmt: str, out: str | None, store_path: str) -> None:
    """Export the store as RDF, as a network for Gephi, or as a table of claims.

    \b
    Example:
        diplograph export --format trig --out kg.trig
        diplograph export --format gexf --out kg.gexf
        diplograph export --format csv > claims.csv
    """
    from .export import export_store

    with opened(store_path) as store:
        written = export_store(store, format=fmt, out=out)
    if out is None:
        click.echo(written, nl=False)
    else:
        click.echo(f"Wrote {written}.", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; another than 127.0.0.1 opens the endpoint to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port to listen on.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (only with the bearer --token).")
@click.option("--token", envvar="DIPLOGRAPH_TOKEN", metavar="TOKEN",
              help="The bearer token updates must send (env DIPLOGRAPH_TOKEN, which keeps it out of `ps`).")
@click.option("--timeout", type=click.FloatRange(0.1), default=30.0, show_default=True, metavar="SECONDS",
              help="Stop a query (or update) that runs longer; the client gets a 503.")
@click.option("--max-results", type=click.IntRange(0), default=10_000, show_default=True, metavar="N",
              help="Cut results after N rows or triples (0: no limit); the reply then has an X-Diplograph-Truncated header.")
@click.option("--max-body", type=click.IntRange(1), default=1_048_576, show_default=True, metavar="BYTES",
              help="Refuse request bodies larger than this (413).")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Query worker processes (queries run in parallel up to this many).")
@click.option("--allow-service", is_flag=True,
              help="Let queries use SERVICE (federated query), which makes the server send HTTP requests.")
@click.option("--cors", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. https://yasgui.triply.cc) query the endpoint; repeatable.")
@store_option
@domain_errors
def serve(host: str, port: int, allow_update: bool, token: str | None, timeout: float, max_results: int,
          max_body: int, workers: int, allow_service: bool, cors_origins: tuple[str, ...], store_path: str) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/sparql) with a query page (/), until Ctrl-C.

    Read-only unless started with --allow-update and a --token that updates must send
    as 'Authorization: Bearer TOKEN'. Queries see new articles while an ingest writes
    the same store.

    \b
    Example:
        diplograph serve
        diplograph serve --store ./kg --port 8000 --timeout 10 --max-results 5000
        diplograph serve --allow-update --token "$(openssl rand -hex 16)"
        diplograph serve --cors https://yasgui.triply.cc
    """
    from .server import ServerConfig, serve as run_server

    if allow_update and not token:
        raise click.UsageError("--allow-update needs --token TOKEN (or DIPLOGRAPH_TOKEN).")
    config = ServerConfig(store_path=store_path, host=host, port=port, allow_update=allow_update, token=token,
                          timeout=timeout, max_results=max_results, max_body=max_body, workers=workers,
                          allow_service=allow_service, cors_origins=list(cors_origins))
    mode = "read-write with the bearer token" if allow_update else "read-only"
    run_server(config, on_ready=lambda url: click.echo(
        f"Serving {store_path} ({mode}) at {url} (SPARQL endpoint: {url}sparql); Ctrl-C stops.", err=True))


@cli.command(name="report")
@click.option("--out", "-o", default="out/report", show_default=True, type=click.Path(file_okay=False),
              help="The folder to write (index.html, plots, views/).")
@click.option("--top", type=click.IntRange(0, 50), default=5, show_default=True,
              help="How many of the most connected actors get their own view.")
@click.option("--title", default="diplograph report", show_default=True, help="The report's title.")
@store_option
@domain_errors
def report_command(out: str, top: int, title: str, store_path: str) -> None:
    """Write a static HTML report of the store: statistics, plots, tables and views (works offline).

    The folder gets index.html (graph statistics, top entities, claims by relation
    and by year, the most connected actors, disagreements with the reference
    catalog, single-source claims), the plots as PNG files and interactive views
    of the whole graph and of the most connected actors in views/.

    \b
    Example:
        diplograph report
        diplograph report --out out/report --top 8 --store ./kg
    """
    from .report import write_report

    with opened(store_path, read_only=True) as store:
        written = write_report(store, out, top=top, title=title)
    click.echo(f"Wrote {written.index} ({len(written.plots)} plots, {len(written.views)} views).")

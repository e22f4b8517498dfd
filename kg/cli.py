"""The `kg` command line: thin functions that call the library and print."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import KGError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Knowledge graphs from United Nations reports on peace and disarmament.")


def fail(message: str) -> None:
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(2)


def run(action):
    """Call `action`; a user's mistake becomes one line on stderr and exit status 2."""
    try:
        return action()
    except KGError as error:
        fail(str(error))


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Report files (.txt, .pdf, .html, .docx), folders or globs.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Graph file: .ttl .nt .nq .trig .jsonld")] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help="Oxigraph store folder (made if new); a rebuild loads only new or changed reports.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="SPARQL 1.1 query URL of a server to load into.")] = None,
    update_endpoint: Annotated[Optional[str], typer.Option("--update-endpoint", help="Its SPARQL Update URL, when not the query URL with 'update' for 'query'.")] = None,
    graph_store: Annotated[Optional[str], typer.Option("--graph-store", help="Load by Graph Store Protocol PUT to this URL instead of SPARQL Update.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Processes that extract in parallel (0: one per core for 100 reports or more).")] = 0,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Extract on a Dask cluster: a scheduler address, or 'local'.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One line per report as it is loaded.")] = False,
) -> None:
    """Read reports and write their knowledge graph to a file, a store or a SPARQL server.

    One named graph per report, in a graph file (-o), an Oxigraph store folder (--store) or a
    SPARQL 1.1 server (--endpoint). Into a store or server, reports already there unchanged
    are skipped, so a build that was stopped finishes when run again.

    Examples: kg build A-76-97.zh.txt -o graph.ttl
              kg build reports/ --store kg-store --jobs 4
              kg build 'reports/*.txt' --endpoint http://127.0.0.1:7878/query
              kg build reports/ --store kg-store --dask tcp://scheduler:8786
    """
    from kg.corpus import build_corpus, check_jobs
    from kg.store import store_class
    from kg.store.files import check_folder
    from kg.store.formats import RdfFormat

    def tell(result, what: str) -> None:
        name = getattr(result, "report", result.source)
        typer.echo(f"{what} {name} from {result.source}", err=True)

    def action():
        targets = [flag for flag, value in (("-o", output), ("--store", store_dir), ("--endpoint", endpoint)) if value]
        if len(targets) != 1:
            raise KGError("say where the graph goes with one of -o FILE, --store DIR or --endpoint URL")
        if output:
            RdfFormat.from_path(output)  # refuse a bad extension or folder before reading anything
            check_folder(output)
            store = store_class("memory")()
        elif store_dir:
            store = store_class("oxigraph")(store_dir)
        else:
            store = store_class("endpoint")(endpoint, update_url=update_endpoint, graph_store_url=graph_store)
        with store:
            summary = build_corpus(inputs, store, jobs=check_jobs(jobs) if jobs else None, dask=dask,
                                   progress=sys.stderr.isatty(), on_report=tell if verbose else None)
            for message in summary.warnings + summary.duplicates:
                typer.echo(f"kg: warning: {message}", err=True)
            if summary.failures:
                for failure in summary.failures[:-1]:
                    typer.echo(f"kg: error: {failure.message}", err=True)
                kept = "nothing written" if output else "the other reports are loaded; run again after fixing"
                raise KGError(f"{summary.failures[-1].message} ({len(summary.failures)} of "
                              f"{summary.reports} reports could not be read; {kept})")
            if output:
                quads = store.save(output)
                typer.echo(f"wrote {output} ({quads} triples in {summary.loaded} report graphs)", err=True)
            else:
                typer.echo(f"{store_dir or endpoint}: {summary.loaded} reports loaded "
                           f"({summary.triples} triples), {summary.skipped} unchanged", err=True)

    run(action)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A shipped query name (see --list) or a .rq file.")] = "",
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="Graph file to query.")] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help="Oxigraph store folder to query.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="SPARQL 1.1 query URL to query.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
    list_queries: Annotated[bool, typer.Option("--list", help="List the shipped queries.")] = False,
) -> None:
    """Run a SPARQL query over a graph file, a store folder or a SPARQL server.

    Examples: kg query activities --graph graph.ttl --format csv
              kg query partners --store kg-store
              kg query document --endpoint http://127.0.0.1:7878/query
    """
    from kg.errors import QueryError
    from kg.query import find_query, query_names, run_query
    from kg.store import open_store

    if list_queries:
        typer.echo("\n".join(query_names()))
        return

    def action():
        if not name:
            raise KGError("give a query name or a .rq file; `kg query --list` shows the names")
        sparql = find_query(name)
        store = open_store(store_dir=store_dir, endpoint=endpoint, graph=graph)
        try:
            result = run_query(store, sparql)
        except QueryError as error:  # the runner sees only the SPARQL text, not where it came from
            raise KGError(f"{name}: {error}; fix the query and run it again") from error
        sys.stdout.write(result.render(fmt).rstrip("\n") + "\n")

    run(action)


@app.command()
def serve(
    store_dir: Annotated[Path, typer.Option("--store", help="Oxigraph store folder to serve.")],
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (0 picks a free one).")] = 7878,
    writable: Annotated[bool, typer.Option("--writable", help="Accept SPARQL Update and Graph Store PUT/DELETE.")] = False,
) -> None:
    """Serve a store folder as a SPARQL endpoint with a query page, on 127.0.0.1.

    Read-only unless --writable. Ctrl-C stops it.

    Example: kg serve --store kg-store --port 7878   (then open http://127.0.0.1:7878/)
    """
    from kg.errors import GraphError
    from kg.store.embedded import OxigraphStore
    from kg.store.server import serve as start_server

    def action():
        with OxigraphStore(store_dir, read_only=not writable) as store:
            try:
                server = start_server(store, port=port, writable=writable)
            except OSError as error:
                raise GraphError(f"port {port}: cannot listen on it ({error.strerror}); "
                                 f"pick another with --port") from error
            mode = "read-write" if writable else "read-only"
            typer.echo(f"serving {store_dir} ({mode}) at {server.url} ; SPARQL endpoint "
                       f"{server.url}query ; Ctrl-C stops")
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                pass
            finally:
                server.server_close()

    run(action)


@app.command()
def demo(
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the graph.")] = Path("out/sample.ttl"),
) -> None:
    """Build the graph of the bundled sample report and print a summary.

    Example: kg demo -o out/sample.ttl
    """
    from kg.paths import SAMPLE_REPORT
    from kg.pipeline import build_dataset
    from kg.query import QueryResult, find_query, run_query
    from kg.store.files import write_dataset
    from kg.store.memory import to_oxigraph

    def action():
        output.parent.mkdir(parents=True, exist_ok=True)
        dataset = build_dataset([SAMPLE_REPORT])
        write_dataset(dataset, output)
        store = to_oxigraph(dataset)
        counts = {name: len(run_query(store, find_query(name)).rows)
                  for name in ("entities", "activities", "activity_links", "contributions", "finance", "staffing")}
        doc = run_query(store, find_query("document")).as_dicts()[0]
        typer.echo(f"report {doc['symbol']} ({doc['language']}), {doc['period_start']} to {doc['period_end']}")
        typer.echo("  " + ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items()))
        activities = run_query(store, find_query("activities"))
        shown = ("paragraph", "start", "end", "type", "modality", "participants", "label")
        typer.echo(QueryResult(shown, tuple(tuple(row[c] for c in shown) for row in activities.as_dicts()))
                   .to_table(width=40))
        command = sys.argv[0] if "/" in sys.argv[0] else "kg"  # as the user called it: .venv/bin/kg
        typer.echo(f"graph written to {output} ({len(dataset)} triples); try:\n"
                   f"  {command} query partners --graph {output}")

    run(action)


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="Graph file to check.")],
) -> None:
    """Check a graph: SHACL shapes, and the arithmetic of each trust-fund statement.

    Example: kg validate graph.ttl
    """
    from kg.validate import validate_graph

    def action():
        report = validate_graph(graph)
        typer.echo(report.text)
        if not report.ok:
            raise typer.Exit(1)

    run(action)


def _view_filter(relation: str, since: Optional[int], until: Optional[int], min_weight: int,
                 focus: Optional[str] = None):
    from kg.views import ViewFilter

    relations = tuple(r.strip() for r in relation.split(",") if r.strip())
    return ViewFilter(relations=relations, since=since, until=until, min_weight=min_weight, focus=focus)


RELATION_HELP = "Roles that count, comma-separated: organizer, funder, participant, beneficiary."


@app.command()
def viz(
    graph: Annotated[Path, typer.Option("--graph", "-g", help="Graph file to draw.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="HTML page to write (default: VIEW.html).")] = None,
    view: Annotated[str, typer.Option("--view", help="partners, bipartite or funding")] = "partners",
    focus: Annotated[Optional[str], typer.Option("--focus", help="Key of one organisation or country: draw it and its neighbours.")] = None,
    relation: Annotated[str, typer.Option("--relation", help=RELATION_HELP)] = "organizer,funder,participant,beneficiary",
    since: Annotated[Optional[int], typer.Option("--since", min=1000, max=9999, help="First year kept (YYYY).")] = None,
    until: Annotated[Optional[int], typer.Option("--until", min=1000, max=9999, help="Last year kept (YYYY).")] = None,
    min_weight: Annotated[int, typer.Option("--min-weight", help="Drop links weaker than N shared activities.")] = 1,
) -> None:
    """Draw a network of the graph as one self-contained HTML page (opens offline).

    partners: who worked with whom (line width: activities shared).
    bipartite: organisations and countries around the activities.
    funding: funders to what they funded.

    Example: kg viz --graph graph.ttl -o partners.html --relation organizer,funder --since 2020
    """
    from kg.views import draw_page

    def action():
        filters = _view_filter(relation, since, until, min_weight, focus)
        page = draw_page(graph, output or Path(f"{view}.html"), view=view, filters=filters)
        typer.echo(f"wrote {page.path} ({page.nodes} nodes, {page.edges} links, "
                   f"{page.size / 1024:.0f} KB)", err=True)

    run(action)


@app.command()
def network(
    graph: Annotated[Path, typer.Option("--graph", "-g", help="Graph file to measure.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (everything) or csv (one row per node)")] = "table",
    export: Annotated[Optional[Path], typer.Option("--export", help="Write the network for Gephi or Cytoscape: .graphml or .gexf")] = None,
    relation: Annotated[str, typer.Option("--relation", help=RELATION_HELP)] = "organizer,funder,participant,beneficiary",
    since: Annotated[Optional[int], typer.Option("--since", min=1000, max=9999, help="First year kept (YYYY).")] = None,
    until: Annotated[Optional[int], typer.Option("--until", min=1000, max=9999, help="Last year kept (YYYY).")] = None,
    min_weight: Annotated[int, typer.Option("--min-weight", help="Drop links weaker than N shared activities.")] = 1,
    top: Annotated[int, typer.Option("--top", help="How many of the strongest partnerships to list.")] = 10,
) -> None:
    """Measure the partners network, or export it for Gephi and Cytoscape.

    Prints centrality, communities (greedy modularity) and the strongest partnerships.
    --format csv prints one row per organisation or country; --export writes a file instead.

    Example: kg network --graph graph.ttl --export partners.graphml
    """
    from kg.views import analyse, build_network, export_network

    def action():
        partners = build_network(graph, "partners", _view_filter(relation, since, until, min_weight))
        summary = analyse(partners, strongest=top)
        if export is not None:
            export_network(partners, export, summary=summary)
            typer.echo(f"wrote {export} ({partners.number_of_nodes()} nodes, "
                       f"{partners.number_of_edges()} links)", err=True)
            return
        sys.stdout.write(summary.render(fmt).rstrip("\n") + "\n")

    run(action)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()

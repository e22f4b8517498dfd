"""The `kg` command line: thin functions that call the library and print."""
from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Annotated, Optional

# A command makes its modules, patterns and reference data once and keeps them to its end; the
# cycle collector's default pace (a pass per 700 new objects) walks them over and over, a tenth
# of a cold Russian `kg build`. Passes every 20,000 objects, as batch tools do (mypy: 200,000).
gc.set_threshold(20_000, 10, 10)

# typer imports rich (and markdown-it) to draw help and usage errors in boxes: a third of a cold
# `kg build`. A build asked for no help draws nothing, so there typer does without it (a usage
# error is then printed as click prints it); every other command keeps it.
_PLAIN_BUILD = sys.argv[1:2] == ["build"] and not {"--help", "-h"} & set(sys.argv)
if _PLAIN_BUILD:
    sys.modules.setdefault("rich", None)  # an import of rich now fails, and typer takes it as absent

import typer  # noqa: E402

from kg.errors import KGError  # noqa: E402

SETTINGS = dict(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)


class _App(typer.Typer):
    """typer reads the signature and type hints of every command when it starts (a twentieth of
    a cold `kg build`): a build asked for no help makes its own command only."""

    def __call__(self, *args, **kwargs):
        if not _PLAIN_BUILD:
            return _one_line_usage_errors(super().__call__, *args, **kwargs)
        only = typer.Typer(**SETTINGS)
        only.registered_commands = [command for command in self.registered_commands if command.callback is build]
        only.callback()(_no_options)  # a group still, so that `build` is a command's name, not an input
        return _one_line_usage_errors(typer.Typer.__call__.__get__(only), *args, **kwargs)


def _one_line_usage_errors(call, *args, **kwargs):
    """Run the command line; a usage error (an unknown option or command, a bad value for an
    option) is one `kg: error:` line and exit status 2, as every other mistake is, instead of
    click's usage block."""
    import click

    try:
        code = call(*args, standalone_mode=False, **kwargs)
    except click.UsageError as error:
        if type(error).__name__ == "NoArgsIsHelpError":  # click 8.2: `kg` alone shows the help
            error.show()
            sys.exit(error.exit_code)
        command = error.ctx.command_path if error.ctx is not None else "kg"
        typer.echo(f"kg: error: {error.format_message().rstrip('.')} (see `{command} --help`)", err=True)
        sys.exit(2)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.Abort:  # Ctrl-C
        typer.echo("kg: stopped", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def _no_options() -> None:
    """Knowledge graphs from United Nations reports on peace and disarmament."""


app = _App(**SETTINGS, help="Knowledge graphs from United Nations reports on peace and disarmament.")


def fail(message: str) -> None:
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(2)


def run(action):
    """Call `action`; a user's mistake, or a refusal of the system (a full disk, a file that
    cannot be read or written), becomes one line on stderr and exit status 2."""
    try:
        return action()
    except KGError as error:
        fail(str(error))
    except BrokenPipeError:  # the reader stopped early (`kg query ... | head`): no error, as for any Unix tool
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the flush at exit must not fail too
        raise typer.Exit(141)  # 128 + SIGPIPE, what a tool killed by the signal reports
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        fail(f"{where}{error.strerror or error}")


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help="Report files (.txt, .pdf, .html, .docx, .doc, .rtf, .odt, .wpd), folders or globs; - reads one report from standard input.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Graph file: .ttl .nt .nq .trig .jsonld .rdf; - writes to standard output.")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="Graph format when the extension does not say it, or for -o -: ttl, nt, nq, trig, jsonld, xml (default for -: nq).")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="File name for the report read from standard input (its extension gives its type; the name is recorded as its source).")] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help="Oxigraph store folder (made if new); a rebuild loads only new or changed reports.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="SPARQL 1.1 query URL of a server to load into.")] = None,
    update_endpoint: Annotated[Optional[str], typer.Option("--update-endpoint", help="Its SPARQL Update URL, when not the query URL with 'update' for 'query'.")] = None,
    graph_store: Annotated[Optional[str], typer.Option("--graph-store", help="Load by Graph Store Protocol PUT to this URL instead of SPARQL Update.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Processes that extract in parallel (0: one per core for 100 reports or more).")] = 0,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Extract on a Dask cluster: a scheduler address, or 'local'.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One line per report as it is loaded.")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="Remove from the store the reports no input gives any more (deleted files, changed symbols).")] = False,
) -> None:
    """Read reports and write their knowledge graph to a file, a store or a SPARQL server.

    One named graph per report, in a graph file (-o), an Oxigraph store folder (--store) or a
    SPARQL 1.1 server (--endpoint). Into a store or server, reports already there unchanged
    are skipped, so a build that was stopped finishes when run again.

    Example: kg build A-76-97.zh.txt -o graph.ttl

    Example: kg build - -o - --format ttl < A-76-97.zh.txt

    Example: kg build reports/ --store kg-store --jobs 4

    Example: kg build 'reports/*.txt' --endpoint http://127.0.0.1:7878/query

    Example: kg build reports/ --store kg-store --dask tcp://scheduler:8786

    Example: kg build reports/ --store kg-store --prune   (drops reports deleted from reports/)
    """
    import tempfile

    from kg.corpus import build_corpus, check_jobs
    from kg.output import is_stream, spool_input
    from kg.store import store_class
    from kg.store.files import check_output

    def tell(result, what: str) -> None:
        name = getattr(result, "report", result.source)
        typer.echo(f"{what} {name} from {result.source}", err=True)

    def action():
        targets = [flag for flag, value in (("-o", output), ("--store", store_dir), ("--endpoint", endpoint)) if value]
        choices = "-o FILE, --store DIR or --endpoint URL"
        if not targets:
            raise KGError(f"say where the graph goes with one of {choices}")
        if len(targets) > 1:
            raise KGError(f"{' and '.join(targets)} each say where the graph goes; give only one of {choices}")
        if prune and output:
            raise KGError("--prune removes reports from a store; a graph file (-o) is written anew each time")
        if fmt and not output:
            raise KGError("--format is the format of a graph file; give it with -o FILE")
        if inputs.count("-") > 1:
            raise KGError("standard input (-) holds one report; give - once")
        if name and "-" not in inputs:
            raise KGError("--name names the report read from standard input; give - among the inputs")
        if "-" in inputs:
            with tempfile.TemporaryDirectory(prefix="kg-stdin-") as folder:
                spooled = spool_input(Path(folder), name)
                return build_to([str(spooled) if item == "-" else item for item in inputs],
                                (str(spooled), name or "standard input"))
        return build_to(inputs, None)

    def build_to(paths: list[str], spooled: Optional[tuple[str, str]]):
        def said(message: str) -> str:  # the spool file is named as the user knows it
            return message.replace(spooled[0], spooled[1]) if spooled else message

        if output:
            graph_format = check_output(output, fmt)  # refuse before reading anything
            store = store_class("memory")()
        elif store_dir:
            store = store_class("oxigraph")(store_dir)
        else:
            store = store_class("endpoint")(endpoint, update_url=update_endpoint, graph_store_url=graph_store)
        with store:
            summary = build_corpus(paths, store, jobs=check_jobs(jobs) if jobs else None, dask=dask,
                                   progress=sys.stderr.isatty(), on_report=tell if verbose else None,
                                   prune=prune)
            for message in summary.warnings + summary.duplicates:
                typer.echo(f"kg: warning: {said(message)}", err=True)
            if summary.failures:
                _tell_stale(summary, store_dir or endpoint)
                for failure in summary.failures[:-1]:
                    typer.echo(f"kg: error: {said(failure.message)}", err=True)
                if summary.reports == 1:  # the message says it all
                    nothing = "nothing written" if output else "nothing loaded"
                    raise KGError(f"{said(summary.failures[-1].message)} ({nothing})")
                kept = "nothing written" if output else "the other reports are loaded; run again after fixing"
                raise KGError(f"{said(summary.failures[-1].message)} ({len(summary.failures)} of "
                              f"{summary.reports} reports could not be read; {kept})")
            if output:
                statements = store.save(output, graph_format)
                where = "standard output" if is_stream(output) else output
                # a report graph is one language version: a report in six languages is six graphs
                reports = f"{summary.loaded} report graph{'s' if summary.loaded != 1 else ''}"
                kind = "quads" if graph_format.has_graphs else "triples, their union"
                typer.echo(f"wrote {where} ({reports}; {statements} {kind})", err=True)
            else:
                typer.echo(f"{store_dir or endpoint}: {summary.loaded} reports loaded "
                           f"({summary.triples} triples), {summary.skipped} unchanged", err=True)
                _tell_stale(summary, store_dir or endpoint)

    run(action)


def _tell_stale(summary, where) -> None:
    """One line on the reports a store holds that no input gives any more."""
    from kg.store.prune import report_name

    if not summary.stale:
        return
    names = ", ".join(report_name(graph) for graph in summary.stale[:5])
    names += ", ..." if len(summary.stale) > 5 else ""
    count = f"{len(summary.stale)} report{'s' if len(summary.stale) > 1 else ''}"
    if summary.failures:  # the error line that follows says the rest
        typer.echo(f"kg: warning: {where}: {count} not among the inputs ({names}) kept: "
                   f"nothing is pruned while a report cannot be read", err=True)
    elif summary.pruned:
        typer.echo(f"{where}: pruned {count} no input gives any more ({names})", err=True)
    else:
        typer.echo(f"kg: warning: {where}: {count} in the store not among the inputs ({names}); "
                   f"`--prune` removes what no input gives, `kg remove SYMBOL --store DIR` one report", err=True)


@app.command()
def remove(
    symbols: Annotated[list[str], typer.Argument(help="Report symbols (A/76/97: every language), SYMBOL/LANG (A/76/97/zh) or graph IRIs.")],
    store_dir: Annotated[Optional[Path], typer.Option("--store", help="Oxigraph store folder to remove from.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="SPARQL 1.1 query URL of a writable server.")] = None,
    update_endpoint: Annotated[Optional[str], typer.Option("--update-endpoint", help="Its SPARQL Update URL, when not the query URL with 'update' for 'query'.")] = None,
) -> None:
    """Remove reports (their named graphs) from a store or server.

    Example: kg remove A/76/97 --store kg-store   (every language version)

    Example: kg remove A/76/97/fr --store kg-store   (the French version only)
    """
    from kg.store import store_class
    from kg.store.prune import graphs_of_report, remove_reports, report_name
    from kg.store.summary import refresh_summary

    def action():
        if store_dir and endpoint:
            raise KGError("--store and --endpoint each say where the reports are; give only one")
        if not (store_dir or endpoint):
            raise KGError("say where the reports are with one of --store DIR or --endpoint URL")
        if endpoint:
            store = store_class("endpoint")(endpoint, update_url=update_endpoint)
        elif not (store_dir / "CURRENT").exists():
            raise KGError(f"{store_dir}: no store here; give the folder of a `kg build --store`")
        else:
            store = store_class("oxigraph")(store_dir)
        with store:
            graphs = list(dict.fromkeys(g for symbol in symbols for g in graphs_of_report(store, symbol)))
            count = remove_reports(store, graphs)
            if count:
                refresh_summary(store)
        typer.echo(f"{store_dir or endpoint}: removed {count} report graph{'s' if count > 1 else ''} "
                   f"({', '.join(report_name(g) for g in graphs)})", err=True)

    run(action)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A shipped query name (see --list) or a .rq file.")] = "",
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="Graph file to query (- reads it from standard input).")] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help="Oxigraph store folder to query.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="SPARQL 1.1 query URL to query.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json or xml (the W3C SPARQL result formats)")] = "table",
    list_queries: Annotated[bool, typer.Option("--list", help="List the shipped queries, their purpose and parameters.")] = False,
    params: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE for a parameter the query declares; repeat for more values.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", min=0, help="At most N rows.")] = None,
    offset: Annotated[Optional[int], typer.Option("--offset", min=0, help="Skip the first N rows.")] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Table: show every cell and IRI whole.")] = False,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Let the query fetch other SPARQL servers (SERVICE).")] = False,
) -> None:
    """Run a SPARQL query over a graph file, a store folder or a SPARQL server.

    Example: kg query activities --graph graph.ttl --format csv

    Example: kg build report.txt -o - | kg query activities --graph -

    Example: kg query partners --store kg-store --param org=EU --param year=2021

    Example: kg query document --endpoint http://127.0.0.1:7878/query --format json

    Example: kg query entities --graph graph.ttl --limit 20 --offset 40
    """
    from kg.errors import QueryError
    from kg.query import (bind_parameters, describe_queries, find_query, parse_assignments,
                          read_header, select, with_paging, write_solutions)
    from kg.query.results import FORMATS
    from kg.store import open_store

    if list_queries:
        for query_name, described in describe_queries():
            typer.echo(f"{query_name:<26}{described.purpose}")
            for parameter in described.parameters:
                kind = "" if parameter.type == "string" else f" ({parameter.type})"
                kind += " (required)" if parameter.required else ""
                typer.echo(f"{'':<28}--param {parameter.name}=…{kind}  {parameter.description}")
        return

    def action():
        if not name:
            raise KGError("give a query name or a .rq file; `kg query --list` shows the names")
        if fmt not in FORMATS:  # the user's flag, not the query, is at fault
            raise KGError(f"unknown output format '{fmt}'; use one of {', '.join(FORMATS)}")
        text_of_query = find_query(name)
        try:
            sparql = bind_parameters(read_header(text_of_query), parse_assignments(params or []))
            sparql = with_paging(sparql, limit=limit, offset=offset)
        except QueryError as error:
            raise KGError(f"{name}: {error}") from error
        store = open_store(store_dir=store_dir, endpoint=endpoint, graph=graph)
        try:
            write_solutions(select(store, sparql, allow_service=allow_service), fmt, sys.stdout, wide=wide)
        except QueryError as error:  # the runner sees only the SPARQL text, not where it came from
            raise KGError(f"{name}: {error}; fix the query and run it again") from error

    run(action)


@app.command()
def serve(
    store_dir: Annotated[Path, typer.Option("--store", help="Oxigraph store folder to serve.")],
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0 picks a free one).")] = 7878,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; other than loopback, the network can read the store.")] = "127.0.0.1",
    writable: Annotated[bool, typer.Option("--writable", help="Accept SPARQL Update and Graph Store PUT/POST/DELETE.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds a query may run before it is stopped.")] = 10.0,
    max_queries: Annotated[int, typer.Option("--max-queries", min=1, max=64, help="Queries that may run at once.")] = 2,
    allow_service: Annotated[bool, typer.Option("--allow-service", help="Allow SERVICE (federated queries that fetch other URLs).")] = False,
) -> None:
    """Serve a store folder as a SPARQL 1.1 endpoint with a query page, on 127.0.0.1.

    Read-only unless --writable. Ctrl-C stops it.

    Example: kg serve --store kg-store --port 7878   (then open http://127.0.0.1:7878/)
    """
    from kg.errors import GraphError
    from kg.store.embedded import OxigraphStore
    from kg.store.server import LOOPBACK, ServeOptions
    from kg.store.server import serve as start_server

    def action():
        if host not in LOOPBACK:
            typer.echo(f"kg: warning: listening on {host}: anyone who can reach this address can "
                       f"read the store{' and change it' if writable else ''}", err=True)
        options = ServeOptions(host=host, port=port, writable=writable, timeout=timeout,
                               max_queries=max_queries, allow_service=allow_service)
        with OxigraphStore(store_dir, read_only=not writable) as store:
            try:
                server = start_server(store, options)
            except OSError as error:
                raise GraphError(f"{host}:{port}: cannot listen there ({error.strerror or error}); "
                                 f"pick another --port or --host") from error
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
    from kg.output import is_stream
    from kg.store.files import check_output, write_dataset
    from kg.store.memory import to_oxigraph

    def action():
        if not is_stream(output):
            output.parent.mkdir(parents=True, exist_ok=True)
        graph_format = check_output(output)  # before the work
        dataset = build_dataset([SAMPLE_REPORT])
        write_dataset(dataset, output, graph_format)
        store = to_oxigraph(dataset)
        counts = {name: len(run_query(store, find_query(name)).rows)
                  for name in ("entities", "activities", "activity_links", "contributions", "finance", "staffing")}
        doc = run_query(store, find_query("document")).as_dicts()[0]
        say = (lambda text: typer.echo(text, err=True)) if is_stream(output) else typer.echo  # the graph has stdout
        say(f"report {doc['symbol']} ({doc['language']}), {doc['period_start']} to {doc['period_end']}")
        say("  " + ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items()))
        activities = run_query(store, find_query("activities"))
        shown = ("paragraph", "start", "end", "type", "modality", "participants", "label")
        say(QueryResult(shown, tuple(tuple(row[c] for c in shown) for row in activities.as_dicts()))
                   .to_table(width=40))
        command = sys.argv[0] if "/" in sys.argv[0] else "kg"  # as the user called it: .venv/bin/kg
        say(f"graph written to {output} ({len(dataset)} triples); try:\n"
                   f"  {command} query partners --graph {output}")

    run(action)


@app.command()
def validate(
    graph_file: Annotated[Optional[Path], typer.Argument(help="Graph file to check (- reads it from standard input).")] = None,
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="Graph file to check.")] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help="Oxigraph store folder to check.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="SPARQL 1.1 query URL to check.")] = None,
) -> None:
    """Check a graph: SHACL shapes, and the arithmetic of each trust-fund statement.

    Example: kg validate graph.ttl

    Example: kg validate --store kg-store
    """
    from kg.validate import validate_graph, validate_store

    def action():
        if graph_file is not None and graph is not None:
            raise KGError("give the graph file once, as an argument or with --graph")
        path = graph_file or graph
        if path is not None and not (store_dir or endpoint):
            report = validate_graph(path)
        else:
            report = validate_store(_open(path, store_dir, endpoint))
        typer.echo(report.text)
        if not report.ok:
            raise typer.Exit(1)

    run(action)


def _open(graph: Optional[Path], store_dir: Optional[Path], endpoint: Optional[str]):
    """The store a view reads: a graph file, an Oxigraph folder or a SPARQL endpoint (one of them)."""
    from kg.store import open_store

    return open_store(store_dir=store_dir, endpoint=endpoint, graph=graph)


def _scope(store, centre: Optional[str], report: Optional[str]):
    """The report symbols a view is narrowed to (None: all)."""
    if not centre and not report:
        return None
    from kg.views.scope import narrow, read_reports

    return narrow(read_reports(store), centre=centre, report=report)


GRAPH_HELP = "Graph file to read."
STORE_HELP = "Oxigraph store folder to read."
ENDPOINT_HELP = "SPARQL 1.1 query URL to read."
CENTRE_HELP = "Only the reports about this centre (its key: UNRCPD, UNREC, UNLIREC)."
REPORT_HELP = "Only this report (its symbol, e.g. A/76/97)."


def _view_filter(relation: str, since: Optional[int], until: Optional[int], min_weight: int,
                 focus: Optional[str] = None, reports: Optional[frozenset] = None):
    from kg.views import ViewFilter

    relations = tuple(r.strip() for r in relation.split(",") if r.strip())
    return ViewFilter(relations=relations, since=since, until=until, min_weight=min_weight, focus=focus,
                      reports=reports)


RELATION_HELP = "Roles that count, comma-separated: organizer, funder, participant, beneficiary."


@app.command()
def viz(
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="Graph file to draw.")] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help=STORE_HELP)] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help=ENDPOINT_HELP)] = None,
    centre: Annotated[Optional[str], typer.Option("--centre", help=CENTRE_HELP)] = None,
    report: Annotated[Optional[str], typer.Option("--report", help=REPORT_HELP)] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="HTML page to write (default: VIEW.html; - writes it to standard output).")] = None,
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

    Example: kg viz --store kg-store --centre UNREC --since 2019 --until 2021
    """
    from kg.output import check_writable, is_stream
    from kg.views import draw_page

    def action():
        target = output or Path(f"{view}.html")
        check_writable(target)  # before the graph is read
        store = _open(graph, store_dir, endpoint)
        filters = _view_filter(relation, since, until, min_weight, focus, _scope(store, centre, report))
        page = draw_page(store, target, view=view, filters=filters)
        where = "the page to standard output" if is_stream(target) else page.path
        typer.echo(f"wrote {where} ({page.nodes} nodes, {page.edges} links, "
                   f"{page.size / 1024:.0f} KB)", err=True)

    run(action)


@app.command()
def network(
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="Graph file to measure.")] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help=STORE_HELP)] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help=ENDPOINT_HELP)] = None,
    centre: Annotated[Optional[str], typer.Option("--centre", help=CENTRE_HELP)] = None,
    report: Annotated[Optional[str], typer.Option("--report", help=REPORT_HELP)] = None,
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
    from kg.output import check_writable
    from kg.views import analyse, build_network, export_network
    from kg.views.exports import ExportFormat

    def action():
        if export is not None:
            ExportFormat.from_path(export)
            check_writable(export)  # before the graph is read
        store = _open(graph, store_dir, endpoint)
        filters = _view_filter(relation, since, until, min_weight, reports=_scope(store, centre, report))
        partners = build_network(store, "partners", filters)
        summary = analyse(partners, strongest=top)
        if export is not None:
            export_network(partners, export, summary=summary)
            typer.echo(f"wrote {export} ({partners.number_of_nodes()} nodes, "
                       f"{partners.number_of_edges()} links)", err=True)
            return
        sys.stdout.write(summary.render(fmt).rstrip("\n") + "\n")

    run(action)


@app.command()
def compare(
    a: Annotated[str, typer.Argument(help="One side: a report symbol, a year, a centre or CENTRE:YEAR.")],
    b: Annotated[str, typer.Argument(help="The other side, likewise.")],
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help=GRAPH_HELP)] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help=STORE_HELP)] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help=ENDPOINT_HELP)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write a page with the two networks side by side.")] = None,
    relation: Annotated[str, typer.Option("--relation", help="Roles that make a partnership, comma-separated: organizer, funder, participant, beneficiary.")] = "organizer,funder",
    section: Annotated[Optional[str], typer.Option("--section", help="Only partner, partnership, funder, instrument or beneficiary rows.")] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Table: show every cell whole.")] = False,
) -> None:
    """Compare two editions: partnerships, funders, instruments and beneficiaries that appeared,
    ended or continued, each with the paragraphs that say so on each side.

    Example: kg compare UNRCPD:2021 UNRCPD:2022 --graph corpus.ttl

    Example: kg compare A/76/97 A/77/120 --store kg-store --format csv

    Example: kg compare 2021 2022 --endpoint http://127.0.0.1:7878/query --html changes.html
    """
    from kg.output import check_writable, is_stream
    from kg.views.compare import SECTIONS, compare as compare_editions

    def action():
        relations = _view_filter(relation, None, None, 1).relations  # refuses an unknown role first
        if section is not None and section not in SECTIONS:
            raise KGError(f"unknown section '{section}'; use one of {', '.join(SECTIONS)}")
        if fmt not in ("table", "csv", "json"):
            raise KGError(f"unknown output format '{fmt}'; use table, csv or json")
        if is_stream(html):
            raise KGError("--html -: the table goes to standard output; give the page a file name")
        if html is not None and html.suffix.lower() not in (".html", ".htm"):
            raise KGError(f"{html}: the page is HTML; give a file name ending in .html")
        if html is not None:
            check_writable(html)
        comparison = compare_editions(_open(graph, store_dir, endpoint), a, b, relations=relations)
        if section is not None:
            from dataclasses import replace

            comparison = replace(comparison, changes=tuple(comparison.rows(section)))
        if html is not None:
            from kg.views.compare_page import write_compare_page

            size = write_compare_page(comparison, html)
            typer.echo(f"wrote {html} ({size / 1024:.0f} KB)", err=True)
        sys.stdout.write(comparison.render(fmt, wide=wide).rstrip("\n") + "\n")

    run(action)


@app.command()
def timeline(
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help=GRAPH_HELP)] = None,
    store_dir: Annotated[Optional[Path], typer.Option("--store", help=STORE_HELP)] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help=ENDPOINT_HELP)] = None,
    by: Annotated[str, typer.Option("--by", help="centre, type, instrument or partner")] = "centre",
    per: Annotated[str, typer.Option("--per", help="year or month (where the dates give the month)")] = "year",
    focus: Annotated[Optional[str], typer.Option("--focus", help="Only one group: a partner's, centre's or instrument's key, or a type.")] = None,
    centre: Annotated[Optional[str], typer.Option("--centre", help=CENTRE_HELP)] = None,
    report: Annotated[Optional[str], typer.Option("--report", help=REPORT_HELP)] = None,
    since: Annotated[Optional[int], typer.Option("--since", min=1000, max=9999, help="First year kept (YYYY).")] = None,
    until: Annotated[Optional[int], typer.Option("--until", min=1000, max=9999, help="Last year kept (YYYY).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
    plot: Annotated[Optional[Path], typer.Option("--plot", help="Also draw it: a .png or .svg file (needs matplotlib, the plot extra).")] = None,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write a page with the plot and the table.")] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Table: show every cell whole.")] = False,
) -> None:
    """Activities per year (or month) by centre, type, instrument or partner.

    Example: kg timeline --graph corpus.ttl --by type

    Example: kg timeline --store kg-store --by partner --focus EU --plot eu.png

    Example: kg timeline --graph corpus.ttl --per month --centre UNRCPD --html timeline.html
    """
    from kg.output import check_writable, is_stream
    from kg.views.timeline import build_timeline

    def action():
        if since is not None and until is not None and since > until:
            raise KGError(f"--since {since} is after --until {until}")
        if fmt not in ("table", "csv", "json"):
            raise KGError(f"unknown output format '{fmt}'; use table, csv or json")
        if is_stream(plot) or is_stream(html):
            raise KGError("the table goes to standard output; give the plot and the page file names")
        if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
            raise KGError(f"{plot}: the plot is written as .png or .svg; give one of those extensions")
        if html is not None and html.suffix.lower() not in (".html", ".htm"):
            raise KGError(f"{html}: the page is HTML; give a file name ending in .html")
        for path in (plot, html):
            if path is not None:
                check_writable(path)
        store = _open(graph, store_dir, endpoint)
        result = build_timeline(store, by=by, per=per, focus=focus, reports=_scope(store, centre, report),
                                since=since, until=until)
        years = f"years {since or '…'}–{until or '…'}" if since or until else ""
        scope = " · ".join(part for part in (centre, report, focus and f"{by} {focus}", years) if part)
        title = f"Activities per {per} by {by}" + (f" ({scope})" if scope else "")
        if plot is not None:
            from kg.views.plot import write_plot

            size = write_plot(result, plot, title=title)
            typer.echo(f"wrote {plot} ({size / 1024:.0f} KB)", err=True)
        if html is not None:
            from kg.views.timeline_page import write_timeline_page

            size = write_timeline_page(result, html, title=title)
            typer.echo(f"wrote {html} ({size / 1024:.0f} KB)", err=True)
        sys.stdout.write(result.render(fmt, wide=wide).rstrip("\n") + "\n")

    run(action)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()

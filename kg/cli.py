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
    inputs: Annotated[list[str], typer.Argument(help="Report files (.txt, .pdf), folders or globs.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Graph file: .ttl .nt .nq .trig .jsonld")],
) -> None:
    """Read reports and write their knowledge graph.

    Example: kg build A-76-97.zh.txt -o graph.ttl
    """
    from kg.pipeline import build_dataset
    from kg.store.files import write_dataset
    from kg.store.formats import RdfFormat

    def action():
        RdfFormat.from_path(output)  # refuse a bad extension before reading anything
        dataset = build_dataset(inputs)
        write_dataset(dataset, output)
        typer.echo(f"wrote {output} ({len(dataset)} triples)", err=True)

    run(action)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A shipped query name (see --list) or a .rq file.")] = "",
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g", help="Graph file to query.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
    list_queries: Annotated[bool, typer.Option("--list", help="List the shipped queries.")] = False,
) -> None:
    """Run a SPARQL query over a graph.

    Example: kg query activities --graph graph.ttl --format csv
    """
    from kg.query import find_query, query_names, run_query
    from kg.store.files import load_into_oxigraph

    if list_queries:
        typer.echo("\n".join(query_names()))
        return

    def action():
        if not name:
            raise KGError("give a query name or a .rq file; `kg query --list` shows the names")
        if graph is None:
            raise KGError("give the graph to query with --graph FILE")
        sparql = find_query(name)
        store = load_into_oxigraph(graph)
        try:
            result = run_query(store, sparql)
        except KGError as error:  # the runner sees only the SPARQL text, not where it came from
            raise KGError(f"{name}: {error}; fix the query and run it again") from error
        sys.stdout.write(result.render(fmt).rstrip("\n") + "\n")

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
    from kg.query import find_query, run_query
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
        typer.echo(run_query(store, find_query("activities")).to_table(width=28))
        typer.echo(f"graph written to {output} ({len(dataset)} triples); try:\n"
                   f"  kg query partners --graph {output}")

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

"""One SPARQL request answered: run the query on a pyoxigraph store over the dataset the request
names, and serialise the result in the format the client accepts. Runs in a query worker
(kg/store/workers.py) or, for a writable server, in the server itself."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.store.protocol import GRAPH_TYPES, RESULT_TYPES, declares_dataset, negotiate, uses_service


@dataclass(frozen=True)
class QueryRequest:
    sparql: str
    accept: str = ""
    default_graphs: tuple[str, ...] = ()  # default-graph-uri parameters
    named_graphs: tuple[str, ...] = ()  # named-graph-uri parameters
    allow_service: bool = False


@dataclass(frozen=True)
class Answer:
    status: int
    media: str
    body: bytes = field(repr=False)


def plain(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def answer(store, request: QueryRequest) -> Answer:
    """The HTTP answer to a query request; never raises for anything the query does."""
    import pyoxigraph

    if uses_service(request.sparql) and not request.allow_service:
        return plain(400, "SERVICE is off on this server (it would make it fetch other URLs); "
                          "start it with --allow-service to allow federated queries")
    # the union of the report graphs is the default dataset only when the request names none
    options: dict = {}
    if request.default_graphs or request.named_graphs:
        options["default_graph"] = [pyoxigraph.NamedNode(g) for g in request.default_graphs] or None
        if request.named_graphs:
            options["named_graphs"] = [pyoxigraph.NamedNode(g) for g in request.named_graphs]
    elif not declares_dataset(request.sparql):
        options["use_default_graph_as_union"] = True
    try:
        result = store.query(request.sparql, **{k: v for k, v in options.items() if v is not None})
    except SyntaxError as error:
        return plain(400, f"the query does not parse: {error}")
    except ValueError as error:  # a graph IRI that is not an IRI
        return plain(400, f"bad request: {error}")
    graph = isinstance(result, pyoxigraph.QueryTriples)
    table = GRAPH_TYPES if graph else RESULT_TYPES
    media = negotiate(request.accept, list(table))
    if media is None:
        return plain(406, f"cannot answer in {request.accept}; ask for one of {', '.join(table)}")
    try:
        if graph:
            body = pyoxigraph.serialize(result, format=getattr(pyoxigraph.RdfFormat, table[media]))
        else:
            body = result.serialize(format=getattr(pyoxigraph.QueryResultsFormat, table[media]))
    except (OSError, RuntimeError, ValueError, TypeError) as error:  # raised while evaluating
        return plain(500, f"the query failed while running: {error}")
    return Answer(200, f"{media}; charset=utf-8" if media.startswith("text/") else media, body or b"")

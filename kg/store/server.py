"""`kg serve`: an Oxigraph folder served on 127.0.0.1 as a SPARQL endpoint, with a query page.

    GET  /                       a page to type a query (or pick a shipped one) and see the rows
    GET|POST /query              SPARQL 1.1 Protocol; the default graph is the union of the reports
    POST /update                 SPARQL 1.1 Update                     (only with --writable)
    PUT|POST|DELETE /store?graph=IRI  Graph Store Protocol, one transaction (only with --writable)

So `kg build ... --endpoint http://127.0.0.1:PORT/query` loads into a writable server, and
`kg query NAME --endpoint ...` reads from either kind.
"""
from __future__ import annotations

import html
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.store.base import as_nquads
from kg.store.embedded import OxigraphStore

RESULT_TYPES = {  # media type -> pyoxigraph.QueryResultsFormat name
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {"application/n-triples": "N_TRIPLES", "text/turtle": "TURTLE",
               "application/n-quads": "N_QUADS"}


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store: OxigraphStore, port: int, *, writable: bool) -> None:
        self.store = store
        self.writable = writable
        super().__init__(("127.0.0.1", port), SparqlHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        pass  # one line per request would drown the terminal; errors still answer the client

    # --- routes ---------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path, params = self._target()
        if path == "/":
            self._page(params)
        elif path in ("/query", "/sparql") and "query" in params:
            self._query(params["query"])
        else:
            self._error(HTTPStatus.NOT_FOUND, "try / for the query page or /query?query=...")

    def do_POST(self) -> None:  # noqa: N802
        path, params = self._target()
        body = self._body()
        kind = self.headers.get("Content-Type", "").split(";")[0].strip()
        if kind == "application/x-www-form-urlencoded":
            params.update(self._form(body))
        if path in ("/query", "/sparql"):
            sparql = body.decode("utf-8") if kind == "application/sparql-query" else params.get("query")
            if sparql is None:
                return self._error(HTTPStatus.BAD_REQUEST, "no query: send query=... or application/sparql-query")
            return self._query(sparql)
        if path == "/store":
            graph = self._graph_param()
            if graph is None:
                return None
            if kind not in GRAPH_TYPES:
                return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"send one of {', '.join(GRAPH_TYPES)}")
            return self._post_to_graph(graph, body, kind)
        if path == "/update":
            update = body.decode("utf-8") if kind == "application/sparql-update" else params.get("update")
            if update is None:
                return self._error(HTTPStatus.BAD_REQUEST, "no update: send update=... or application/sparql-update")
            return self._writing(lambda: self.server.store.oxigraph.update(update))
        self._error(HTTPStatus.NOT_FOUND, "POST to /query or /update")

    def do_PUT(self) -> None:  # noqa: N802
        graph = self._graph_param()
        if graph is None:
            return
        kind = self.headers.get("Content-Type", "application/n-triples").split(";")[0].strip()
        body = self._body()
        if kind not in GRAPH_TYPES:
            return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"send one of {', '.join(GRAPH_TYPES)}")
        self._writing(lambda: self.server.store.replace_graph(graph, _as_ntriples(body, kind)),
                      created=True)

    def _post_to_graph(self, graph: str, body: bytes, kind: str) -> None:
        """Graph Store POST: add the triples to the graph, keeping what it has."""
        import pyoxigraph

        quads = as_nquads(_as_ntriples(body, kind), graph)
        self._writing(lambda: self.server.store.oxigraph.load(quads, format=pyoxigraph.RdfFormat.N_QUADS))

    def do_DELETE(self) -> None:  # noqa: N802
        graph = self._graph_param()
        if graph is not None:
            self._writing(lambda: self.server.store.remove_graph(graph))

    # --- helpers --------------------------------------------------------------------------
    def _query(self, sparql: str) -> None:
        import pyoxigraph

        try:
            result = self.server.store.query(sparql)
        except SyntaxError as error:
            return self._error(HTTPStatus.BAD_REQUEST, f"the query does not parse: {error}")
        accept = self.headers.get("Accept", "")
        if isinstance(result, pyoxigraph.QueryTriples):
            return self._send(HTTPStatus.OK, "application/n-triples",
                              result.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES))
        media = next((m for m in RESULT_TYPES if m in accept), "application/sparql-results+json")
        data = result.serialize(format=getattr(pyoxigraph.QueryResultsFormat, RESULT_TYPES[media]))
        self._send(HTTPStatus.OK, media, data)

    def _writing(self, action, *, created: bool = False) -> None:
        if not self.server.writable:
            return self._error(HTTPStatus.FORBIDDEN, "this server is read-only; start it with "
                                                     "`kg serve --store DIR --writable` to load into it")
        try:
            action()
        except SyntaxError as error:
            return self._error(HTTPStatus.BAD_REQUEST, f"cannot parse the request: {error}")
        self._send(HTTPStatus.CREATED if created else HTTPStatus.NO_CONTENT, "text/plain", b"")

    def _page(self, params: dict[str, str]) -> None:
        from kg.query import find_query, query_names, run_query
        from kg.errors import QueryError

        names = query_names()
        sparql = params.get("query") or (find_query(params["name"]) if params.get("name") in names else "")
        table = ""
        if sparql.strip():
            try:
                table = _html_table(run_query(self.server.store, sparql))
            except QueryError as error:
                table = f"<p class=error>{html.escape(str(error))}</p>"
        links = " ".join(f'<a href="/?name={n}">{n}</a>' for n in names)
        mode = "read-write" if self.server.writable else "read-only"
        page = PAGE.format(links=links, query=html.escape(sparql or DEFAULT_QUERY), table=table, mode=mode)
        self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8"))

    def _target(self) -> tuple[str, dict[str, str]]:
        parts = urllib.parse.urlsplit(self.path)
        return parts.path, dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))

    def _graph_param(self) -> str | None:
        path, params = self._target()
        if path != "/store" or not params.get("graph"):
            self._error(HTTPStatus.BAD_REQUEST, "name the graph: /store?graph=IRI")
            return None
        return params["graph"]

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    @staticmethod
    def _form(body: bytes) -> dict[str, str]:
        return dict(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _as_ntriples(body: bytes, media: str) -> str:
    import pyoxigraph

    if media == "application/n-triples":
        return body.decode("utf-8")
    fmt = getattr(pyoxigraph.RdfFormat, GRAPH_TYPES[media])
    triples = (quad.triple for quad in pyoxigraph.parse(body, format=fmt))
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")


def _html_table(result) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in result.columns)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                   for row in result.rows)
    return f"<p>{len(result.rows)} rows</p><table><tr>{head}</tr>{rows}</table>"


def serve(store: OxigraphStore, *, port: int = 7878, writable: bool = False) -> SparqlServer:
    """A server on 127.0.0.1:`port` (0 picks a free one); call `serve_forever()` on it."""
    return SparqlServer(store, port, writable=writable)


DEFAULT_QUERY = "SELECT ?report ?symbol WHERE { ?report a <https://w3id.org/unkg/ontology#Report> ; <http://purl.org/dc/terms/identifier> ?symbol } LIMIT 20"
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>unkg SPARQL</title>
<style>body{{font-family:sans-serif;margin:1.5em}}textarea{{width:100%;height:12em;font-family:monospace}}
table{{border-collapse:collapse;font-size:90%}}td,th{{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}}
.error{{color:#b00}}</style></head>
<body><h1>unkg SPARQL <small>({mode})</small></h1>
<p>Shipped queries: {links}</p>
<form method="get" action="/"><textarea name="query">{query}</textarea><br><button>Run</button>
 &nbsp;The endpoint for programs is <code>/query</code>.</form>
{table}
</body></html>
"""

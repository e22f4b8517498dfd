"""`kg serve`: an Oxigraph folder served as a SPARQL 1.1 endpoint, with a query page.

    GET  /                       a page to type a query (or pick a shipped one) and see the rows
    GET  /query                  without a query: the service description (SPARQL 1.1 SD)
    GET|POST /query              SPARQL 1.1 Protocol, content negotiated; the default graph is the
                                 union of the reports unless the request names a dataset
                                 (default-graph-uri, named-graph-uri, FROM)
    POST /update                 SPARQL 1.1 Update                     (only with --writable)
    PUT|POST|DELETE /store?graph=IRI  Graph Store Protocol, one transaction (only with --writable)

So `kg build ... --endpoint http://127.0.0.1:PORT/query` loads into a writable server, and
`kg query NAME --endpoint ...` reads from either kind. Queries run in worker processes that are
ended when a query outlives --timeout (kg/store/workers.py); a writable server has one, which
makes its writes too (one process may write to a store), so its queries run one at a time.

What a web page the user visits could make it do is bounded: requests must name this server in
`Host` (no DNS rebinding), a cross-site `Origin` may not write, `SERVICE` (fetching other URLs)
is off unless --allow-service, bodies and the time a client may take to send them are limited.
"""
from __future__ import annotations

import html
import json
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kg.store.answers import Answer, QueryRequest
from kg.store.embedded import OxigraphStore
from kg.store.protocol import BODY_TYPES, GRAPH_TYPES, is_update, negotiate
from kg.store.workers import QueryWorkers, WriteRequest

MAX_BODY = 256 * 1024 * 1024  # bytes a request may send (a Graph Store load of a big corpus)
MAX_QUERY = 1024 * 1024  # characters of a query or update
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    writable: bool = False
    timeout: float = 10.0  # seconds a query may run
    max_queries: int = 2  # queries running at once
    allow_service: bool = False
    client_timeout: float = 30.0  # seconds a client may take to send its request


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # Python's default of 5 resets clients under load

    def __init__(self, store: OxigraphStore, options: ServeOptions) -> None:
        self.store = store
        self.options = options
        self.writable = options.writable
        if options.writable:  # the one worker that writes needs the lock this process holds
            store.close()
        self.workers = QueryWorkers(store.folder, size=options.max_queries, timeout=options.timeout,
                                    writable=options.writable)
        try:
            super().__init__((options.host, options.port), SparqlHandler)
        except OSError:
            self.close_workers()
            raise

    @property
    def url(self) -> str:
        host = self.server_address[0]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.server_address[1]}/"

    def run_query(self, request: QueryRequest) -> Answer:
        return self.workers.run(request)

    def write(self, request: WriteRequest) -> Answer:
        return self.workers.run(request)

    def allowed_hosts(self) -> set[str]:
        port = self.server_address[1]
        names = set(LOOPBACK) | {self.options.host}
        return {f"{n}:{port}" for n in names} | {f"[{n}]:{port}" for n in names if ":" in n} | names

    def close_workers(self) -> None:
        self.workers.close()

    def server_close(self) -> None:
        super().server_close()
        self.close_workers()


class BadRequest(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds a client may take to send its request; then the socket is closed

    def setup(self) -> None:
        self.timeout = self.server.options.client_timeout  # the socket's, set by setup()
        super().setup()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        pass  # one line per request would drown the terminal; errors still answer the client

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except BadRequest as error:
            self.close_connection = True
            self._error(error.status, str(error))
        except TimeoutError:
            self.close_connection = True

    # --- routes ---------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._guard()
        path, params = self._target()
        if path == "/":
            self._page(params)
        elif path in ("/query", "/sparql") and "query" in params:
            self._query(params["query"][-1], params)
        elif path in ("/query", "/sparql"):
            self._description()
        else:
            self._error(HTTPStatus.NOT_FOUND, "try / for the query page or /query?query=...")

    def do_POST(self) -> None:  # noqa: N802
        self._guard(writes=True)
        path, params = self._target()
        kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if path in ("/update", "/store") and not self.server.writable:
            self.close_connection = True  # the body is not read: refused before it is parsed
            return self._read_only()
        body = self._body()
        if kind == "application/x-www-form-urlencoded":
            for key, values in self._form(body).items():
                params.setdefault(key, []).extend(values)
        if path in ("/query", "/sparql"):
            sparql = _text(body) if kind == "application/sparql-query" else (params.get("query") or [None])[-1]
            if sparql is None:
                return self._error(HTTPStatus.BAD_REQUEST, "no query: send query=... or application/sparql-query")
            return self._query(sparql, params)
        if path == "/store":
            graph = self._graph_param()
            if kind not in BODY_TYPES:
                return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"send one of {', '.join(BODY_TYPES)}")
            return self._post_to_graph(graph, body, kind)
        if path == "/update":
            update = _text(body) if kind == "application/sparql-update" else (params.get("update") or [None])[-1]
            if update is None:
                return self._error(HTTPStatus.BAD_REQUEST, "no update: send update=... or application/sparql-update")
            return self._writing(lambda: WriteRequest("update", text=update))
        self._error(HTTPStatus.NOT_FOUND, "POST to /query or /update")

    def do_PUT(self) -> None:  # noqa: N802
        self._guard(writes=True)
        if not self.server.writable:
            self.close_connection = True
            return self._read_only()
        graph = self._graph_param()
        kind = self.headers.get("Content-Type", "application/n-triples").split(";")[0].strip().lower()
        body = self._body()
        if kind not in BODY_TYPES:
            return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"send one of {', '.join(BODY_TYPES)}")
        self._writing(lambda: WriteRequest("replace", graph, _as_ntriples(body, kind)))

    def do_DELETE(self) -> None:  # noqa: N802
        self._guard(writes=True)
        if not self.server.writable:
            return self._read_only()
        graph = self._graph_param()
        self._writing(lambda: WriteRequest("remove", graph))

    def _post_to_graph(self, graph: str, body: bytes, kind: str) -> None:
        """Graph Store POST: add the triples to the graph, keeping what it has."""
        self._writing(lambda: WriteRequest("add", graph, _as_ntriples(body, kind)))

    # --- helpers --------------------------------------------------------------------------
    def _guard(self, *, writes: bool = False) -> None:
        """Refuse requests that name another host (DNS rebinding) and cross-site writes."""
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.allowed_hosts():
            raise BadRequest(HTTPStatus.FORBIDDEN, f"this server answers only as {self.server.url} "
                                                   f"(the request named host '{host}')")
        origin = self.headers.get("Origin")
        if writes and origin and urllib.parse.urlsplit(origin).netloc.lower() not in self.server.allowed_hosts():
            raise BadRequest(HTTPStatus.FORBIDDEN, "requests from other web sites may only read")

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        if len(sparql) > MAX_QUERY:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the query is over {MAX_QUERY} characters")
        if is_update(sparql):
            return self._error(HTTPStatus.BAD_REQUEST, "this is an update; send it to /update")
        request = QueryRequest(sparql, self.headers.get("Accept", ""),
                               tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])),
                               self.server.options.allow_service)
        done = self.server.run_query(request)
        self._send(HTTPStatus(done.status), done.media, done.body)

    def _description(self) -> None:
        """The SPARQL 1.1 Service Description of this endpoint, in a graph format the client takes."""
        import pyoxigraph

        media = negotiate(self.headers.get("Accept"), list(GRAPH_TYPES))
        if media is None:
            return self._error(HTTPStatus.NOT_ACCEPTABLE, f"ask for one of {', '.join(GRAPH_TYPES)}")
        turtle = SERVICE_DESCRIPTION.format(endpoint=self.server.url + "query")
        triples = [quad.triple for quad in pyoxigraph.parse(turtle.encode(), format=pyoxigraph.RdfFormat.TURTLE)]
        body = pyoxigraph.serialize(triples, format=getattr(pyoxigraph.RdfFormat, GRAPH_TYPES[media]))
        self._send(HTTPStatus.OK, media, body)

    def _writing(self, request) -> None:
        """Make the write `request()` gives (the body parsed here) and send what the store says."""
        if not self.server.writable:
            return self._read_only()
        try:
            change = request()
        except (SyntaxError, ValueError, UnicodeDecodeError) as error:
            return self._error(HTTPStatus.BAD_REQUEST, f"cannot parse the request: {error}")
        done = self.server.write(change)
        self._send(HTTPStatus(done.status), done.media, done.body)

    def _read_only(self) -> None:
        self._error(HTTPStatus.FORBIDDEN, "this server is read-only; start it with "
                                          "`kg serve --store DIR --writable` to load into it")

    def _page(self, params: dict[str, list[str]]) -> None:
        from kg.query import find_query, query_names

        names = query_names()
        name = (params.get("name") or [""])[-1]
        sparql = (params.get("query") or [""])[-1] or (find_query(name) if name in names else "")
        table = ""
        if sparql.strip():
            done = self.server.run_query(QueryRequest(sparql, "application/sparql-results+json",
                                                      allow_service=self.server.options.allow_service))
            table = (_html_table(json.loads(done.body)) if done.status == 200 and not is_update(sparql)
                     else f"<p class=error>{html.escape(done.body.decode('utf-8', 'replace'))}</p>")
        links = " ".join(f'<a href="/?name={html.escape(n)}">{html.escape(n)}</a>' for n in names)
        mode = "read-write" if self.server.writable else "read-only"
        page = PAGE.format(links=links, query=html.escape(sparql or DEFAULT_QUERY), table=table, mode=mode)
        self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8"))

    def _target(self) -> tuple[str, dict[str, list[str]]]:
        parts = urllib.parse.urlsplit(self.path)
        try:
            return parts.path, urllib.parse.parse_qs(parts.query, keep_blank_values=True, errors="strict")
        except UnicodeDecodeError as error:
            raise BadRequest(HTTPStatus.BAD_REQUEST, "the URL is not UTF-8") from error

    def _graph_param(self) -> str:
        path, params = self._target()
        if path != "/store" or not params.get("graph"):
            raise BadRequest(HTTPStatus.BAD_REQUEST, "name the graph: /store?graph=IRI")
        return params["graph"][-1]

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as error:
            raise BadRequest(HTTPStatus.BAD_REQUEST, "Content-Length is not a number") from error
        if length < 0:
            raise BadRequest(HTTPStatus.BAD_REQUEST, "Content-Length is negative")
        if length > MAX_BODY:
            raise BadRequest(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the body is over {MAX_BODY} bytes")
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            raise BadRequest(HTTPStatus.BAD_REQUEST, "the body is shorter than its Content-Length")
        return body

    @staticmethod
    def _form(body: bytes) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(_text(body), keep_blank_values=True)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Vary", "Accept")
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadRequest(HTTPStatus.BAD_REQUEST, f"the body is not UTF-8 (byte {error.start})") from error


def _as_ntriples(body: bytes, media: str) -> str:
    import pyoxigraph

    if media == "application/n-triples":
        return _text(body)
    fmt = getattr(pyoxigraph.RdfFormat, BODY_TYPES[media])
    triples = (quad.triple for quad in pyoxigraph.parse(body, format=fmt))
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")


def _html_table(results: dict) -> str:
    """SPARQL JSON results as an HTML table, every value escaped."""
    if "boolean" in results:
        return f"<p>{'yes' if results['boolean'] else 'no'}</p>"
    columns = results["head"]["vars"]
    bindings = results["results"]["bindings"]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(row.get(c, {}).get('value', ''))}</td>" for c in columns)
                   + "</tr>" for row in bindings)
    return f"<p>{len(bindings)} rows</p><table><tr>{head}</tr>{rows}</table>"


def serve(store: OxigraphStore, options: ServeOptions) -> SparqlServer:
    """A server as `options` say (port 0 picks a free one); call `serve_forever()` on it."""
    return SparqlServer(store, options)


SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
[] a sd:Service ; sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
    fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:RDF_XML, fmt:JSON-LD, fmt:N-Quads, fmt:TriG ;
  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""


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

"""A store behind any SPARQL 1.1 server, `--endpoint URL`.

Queries go by the SPARQL 1.1 Protocol (POST, results as SPARQL JSON, read back into
`pyoxigraph.QuerySolutions`). A report's graph is replaced either by the Graph Store Protocol
(`PUT ?graph=IRI`, when a graph store URL is given) or by one SPARQL Update request
(`DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`), which servers such as
Oxigraph, Fuseki and GraphDB run as one transaction. Entity descriptions are added to the
shared entities graph (`kg.store.base.ENTITIES_GRAPH`) in the same request, or by a Graph
Store POST just before the PUT.

The canonical queries expect the default graph to be the union of the named graphs. Each
query asks for that with Oxigraph's `union-default-graph` parameter; other servers ignore the
parameter and must be set up that way (see docs/scale.md).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from kg.errors import GraphError, QueryError
from kg.store.base import ENTITIES_GRAPH, GraphStore, replacing_update

RESULTS_JSON = "application/sparql-results+json"
GRAPH_TYPES = ("application/n-triples", "text/turtle", "application/n-quads")


def sibling_url(url: str, name: str) -> str:
    """`http://host/query` -> `http://host/update` (Oxigraph, Fuseki); other URLs stay as they are."""
    parts = urllib.parse.urlsplit(url)
    head, _, last = parts.path.rpartition("/")
    if last not in ("query", "sparql"):
        return url
    return urllib.parse.urlunsplit(parts._replace(path=f"{head}/{name}"))


class EndpointStore(GraphStore):
    name = "endpoint"

    def __init__(self, url: str, *, update_url: str | None = None,
                 graph_store_url: str | None = None, timeout: float = 300.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise GraphError(f"{url}: not an HTTP URL; give the SPARQL endpoint as http://HOST:PORT/PATH")
        self.url = url
        self.update_url = update_url or sibling_url(url, "update")
        self.graph_store_url = graph_store_url
        self.timeout = timeout

    def query(self, sparql: str, *, use_default_graph_as_union: bool = True):
        import pyoxigraph

        url = self.url
        if use_default_graph_as_union:
            url += ("&" if "?" in url else "?") + "union-default-graph"
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        accept = f"{RESULTS_JSON}, application/n-triples;q=0.9, text/turtle;q=0.8"
        content_type, data = self._send("POST", url, body, {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, what="query")
        if content_type.startswith(RESULTS_JSON) or content_type.startswith("application/json"):
            return pyoxigraph.parse_query_results(data, format=pyoxigraph.QueryResultsFormat.JSON)
        if content_type.startswith(GRAPH_TYPES):
            fmt = pyoxigraph.RdfFormat.from_media_type(content_type.split(";")[0])
            return [quad.triple for quad in pyoxigraph.parse(data, format=fmt)]
        raise GraphError(f"{self.url}: the endpoint answered with '{content_type}', "
                         f"not SPARQL results; is this the query URL?")

    def replace_graph(self, graph: str, ntriples: str, *, entities: str = "") -> None:
        if not self.graph_store_url:
            self.update(replacing_update(graph, ntriples, entities))
            return
        # Two requests: the entity triples first, so a stop between them leaves only triples
        # that loading the report again adds anyway.
        if entities:
            self._send("POST", self._graph_url(ENTITIES_GRAPH), entities.encode("utf-8"),
                       {"Content-Type": "application/n-triples"}, what="load")
        self._send("PUT", self._graph_url(graph), ntriples.encode("utf-8"),
                   {"Content-Type": "application/n-triples"}, what="load")

    def remove_graph(self, graph: str) -> None:
        if self.graph_store_url:
            try:
                self._send("DELETE", self._graph_url(graph), None, {}, what="remove")
            except GraphError as error:
                if "(404" not in str(error):
                    raise
            return
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def update(self, sparql_update: str) -> None:
        """Send a SPARQL 1.1 Update to the update URL."""
        self._send("POST", self.update_url, sparql_update.encode("utf-8"),
                   {"Content-Type": "application/sparql-update"}, what="update")

    def _graph_url(self, graph: str) -> str:
        separator = "&" if "?" in self.graph_store_url else "?"
        return f"{self.graph_store_url}{separator}{urllib.parse.urlencode({'graph': graph})}"

    def _send(self, method: str, url: str, body: bytes | None, headers: dict[str, str], *,
              what: str) -> tuple[str, bytes]:
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip().splitlines()
            message = (f"{_as_given(url)}: the server refused the {what} "
                       f"({error.code}: {detail[0][:300] if detail else error.reason})")
            if what == "query" and error.code == 400:
                raise QueryError(message) from error
            raise GraphError(message) from error
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise GraphError(f"{_as_given(url)}: cannot reach the SPARQL server ({reason}); is it running?") from error


def _as_given(url: str) -> str:
    """The URL as the user gave it, without the parameter `query` adds for Oxigraph."""
    return url.replace("?union-default-graph", "").replace("&union-default-graph", "")

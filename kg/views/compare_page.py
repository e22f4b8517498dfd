"""A comparison as one self-contained page: the partners network of each side, side by side,
links and parties coloured by what changed (vis-network inlined, nothing fetched, as `kg viz`)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from kg.views.compare import Comparison
from kg.views.errors import ViewError
from kg.output import write_atomically
from kg.views.page import FONT, OPTIONS, TEMPLATES, _check_self_contained, _decorated, _vis_network_js

COLOURS = {"appeared": "#2ca02c", "ended": "#d62728", "continued": "#9aa3ad"}
LEGEND = (("appeared", COLOURS["appeared"], "appeared in B"),
          ("ended", COLOURS["ended"], "ended after A"),
          ("continued", COLOURS["continued"], "on both sides (line width: activities shared)"))


def render_compare_page(comparison: Comparison, *, title: str = "") -> str:
    """The HTML text of the page."""
    changes = {(c.section, c.key): c for c in comparison.changes}
    sides = []
    for side_id, side, network in (("a", comparison.a, comparison.network_a),
                                   ("b", comparison.b, comparison.network_b)):
        nodes, edges = _drawn(network, side.centres, changes, side_id) if network.number_of_nodes() else ([], [])
        sides.append({"id": side_id, "heading": f"{side_id.upper()}: {side.description}",
                      "nodes": nodes, "edges": edges})
    if not any(side["nodes"] for side in sides):
        raise ViewError("neither side has a partnership to draw; the table (kg compare) still lists the changes")
    html = _template().render(
        title=title or f"{comparison.a.label} compared with {comparison.b.label}",
        legend=LEGEND, sides=sides, sides_data=sides, options=OPTIONS,
        font_css=Markup(FONT), vis_js=Markup(_vis_network_js()))
    _check_self_contained(html)
    return html


def write_compare_page(comparison: Comparison, path: str | Path, *, title: str = "") -> int:
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ViewError(f"{path}: the page is HTML; give a file name ending in .html")
    return write_atomically(path, render_compare_page(comparison, title=title).encode("utf-8"))


def _drawn(network: nx.Graph, centres: frozenset[str], changes: dict, side_id: str) -> tuple[list, list]:
    """vis-network nodes and edges of one side, coloured by change."""
    drawn = _decorated(network, "partners")
    for u, v, data in drawn.edges(data=True):
        change = _change_of(u, v, centres, changes)
        if change is not None:
            data["color"] = {"color": COLOURS[change.change], "highlight": "#333333", "hover": "#333333"}
            data["status"] = change.change
            data["tooltip"]["lines"].append(
                f"{change.change}: {change.count_a} shared in A, {change.count_b} in B")
    for key, data in drawn.nodes(data=True):
        change = changes.get(("partner", key))
        if change is not None and change.change in ("appeared", "ended"):
            data["color"]["border"] = COLOURS[change.change]
            data["borderWidth"] = 4
            data["status"] = change.change
            data["tooltip"]["lines"].append(f"partner of the centre: {change.change}")
    pyvis_network = Network(height="100%", width="100%", cdn_resources="in_line")
    pyvis_network.from_nx(drawn)
    return pyvis_network.nodes, pyvis_network.edges


def _change_of(u: str, v: str, centres: frozenset[str], changes: dict):
    in_centre = [k for k in (u, v) if k in centres]
    if len(in_centre) == 1:
        return changes.get(("partner", v if u in centres else u))
    first, second = sorted((u, v))
    return changes.get(("partnership", f"{first} + {second}"))


@lru_cache(maxsize=1)
def _template():
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True).get_template("compare.html")

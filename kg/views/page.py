"""A network as one self-contained HTML page: networkx -> pyvis -> our template, vis-network inlined.

The page loads nothing from the internet: no CDN, no web font, no stylesheet; it opens from
disk. pyvis turns the networkx graph into vis-network's nodes and edges; the page is our own
template because pyvis's one links Bootstrap from a CDN. Names reach the page as JSON data and
are drawn by vis-network on a canvas (labels) or put into the DOM with `textContent` (tooltips),
so a name is shown as text and never run.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from kg.views.errors import ViewError
from kg.views.kinds import ALL_KINDS, Kind, kind_named
from kg.views.names import node_name, node_names
from kg.views.networks import Evidence
from kg.output import is_stream, write_atomically

TEMPLATES = Path(__file__).resolve().parent / "templates"
FONT = '"Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", Arial, sans-serif'
MOST_ITEMS = 10      # facts in one tooltip, so that it fits a laptop's screen
SENTENCE_CHARS = 120

OPTIONS = {
    "autoResize": True,
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "nodes": {
        "borderWidth": 1,
        "font": {"face": FONT, "size": 14, "color": "#222222", "strokeWidth": 3, "strokeColor": "#ffffff"},
        "widthConstraint": {"maximum": 180},
    },
    "edges": {"color": {"color": "#8d99a6", "highlight": "#333333", "hover": "#333333", "opacity": 0.8},
              "smooth": False, "selectionWidth": 2},
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": False},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -120, "centralGravity": 0.01,
                             "springLength": 140, "springConstant": 0.06, "avoidOverlap": 0.8},  # partners
        "stabilization": {"enabled": True, "iterations": 500, "updateInterval": 50, "fit": True},
    },
}

# Many activity nodes each with their own crowd: shorter springs keep the labels large enough to read.
BIPARTITE_FORCES = {"gravitationalConstant": -60, "springLength": 80}

LINK_LEGEND = {
    "partners": "line width: activities shared",
    "bipartite": "line: takes part in the activity",
    "funding": "arrow width: funding statements",
}


def render_page(network: nx.Graph, *, title: str, subtitle: str = "", view: str = "partners") -> str:
    """The HTML text of the page that draws `network` (a graph from kg.views.networks)."""
    if network.number_of_nodes() == 0:
        raise ViewError("the network is empty: nothing in the graph matches; "
                        "widen --since/--until or --relation, or lower --min-weight")
    drawn = _decorated(network, view)
    pyvis_network = Network(height="100%", width="100%", directed=network.is_directed(),
                            cdn_resources="in_line")
    pyvis_network.from_nx(drawn)
    kinds_drawn = {data["kind"] for _, data in network.nodes(data=True)}
    html = _template().render(
        title=title,
        subtitle=subtitle,
        nodes=pyvis_network.nodes,
        edges=pyvis_network.edges,
        options=_options(view),
        font_css=Markup(FONT),
        vis_js=Markup(_vis_network_js()),
        legend=[kind for kind in ALL_KINDS if kind.name in kinds_drawn],
        link_legend=LINK_LEGEND.get(view, "line width: weight"),
    )
    _check_self_contained(html)
    return html


def write_page(network: nx.Graph, path: str | Path, *, title: str, subtitle: str = "",
               view: str = "partners") -> int:
    """Write the page to `path` whole or not at all; returns its size in bytes."""
    if not is_stream(path) and Path(path).suffix.lower() not in (".html", ".htm"):
        raise ViewError(f"{path}: the page is HTML; give a file name ending in .html (or - for standard output)")
    html = render_page(network, title=title, subtitle=subtitle, view=view)
    return write_atomically(path, html.encode("utf-8"))


def _options(view: str) -> dict:
    if view != "bipartite":
        return OPTIONS
    forces = {**OPTIONS["physics"]["forceAtlas2Based"], **BIPARTITE_FORCES}
    return {**OPTIONS, "physics": {**OPTIONS["physics"], "forceAtlas2Based": forces}}


def _decorated(network: nx.Graph, view: str) -> nx.Graph:
    """A copy of the network with what vis-network draws: label, colour, shape, size, width, tooltip."""
    drawn = nx.DiGraph() if network.is_directed() else nx.Graph()
    degrees = dict(network.degree())
    most = max(degrees.values()) or 1
    for key, data in network.nodes(data=True):
        kind = kind_named(data["kind"])
        focus = bool(data.get("focus"))
        size = 10 + 22 * math.sqrt(degrees[key] / most) + (8 if focus else 0)
        drawn.add_node(
            key,
            label=_label(key, data),
            shape=kind.shape,
            color={"background": kind.colour, "border": "#111111" if focus else _darker(kind.colour),
                   "highlight": {"background": kind.colour, "border": "#111111"},
                   "hover": {"background": kind.colour, "border": "#111111"}},
            size=size,
            borderWidth=4 if focus else 1,
            kind=kind.name,
            tooltip=_node_tooltip(key, data, kind, degrees[key]),
            **({"font": {"size": 18}} if focus else {}),
        )
    for a, b, data in network.edges(data=True):
        weight = data.get("weight", 1)
        # pyvis's from_nx turns an edge's "weight" into vis-network's "width", as is.
        drawn.add_edge(a, b, weight=round(1 + 2.2 * math.log2(weight), 2), count=weight,
                       tooltip=_edge_tooltip(network, a, b, data, view))
    return drawn


def _label(key: str, data: dict) -> str:
    return node_names(key, data, "\n")


def _node_tooltip(key: str, data: dict, kind: Kind, degree: int) -> dict:
    title = node_names(key, data)
    lines = [data["description"]] if data.get("description") else []
    lines.append(f"{kind.legend} · {key} · {degree} link{'s' if degree != 1 else ''}")
    return {"title": title, "lines": lines, "items": _items(data["evidence"])}


def _edge_tooltip(network: nx.Graph, a: str, b: str, data: dict, view: str) -> dict:
    arrow = " → " if network.is_directed() else " — "
    title = _short_name(network, a) + arrow + _short_name(network, b)
    weight = data.get("weight", 1)
    if view == "funding":
        line = f"{weight} funding statement{'s' if weight != 1 else ''}"
    elif view == "bipartite":
        line = data.get("roles", "")
    else:
        line = f"{weight} shared activit{'ies' if weight != 1 else 'y'}"
    return {"title": title, "lines": [line], "items": _items(data["evidence"])}


def _items(evidence: list[Evidence]) -> list[dict]:
    items = [{"text": e.what, "source": e.source, "sentence": _shorten(e.sentence)}
             for e in evidence[:MOST_ITEMS]]
    if len(evidence) > MOST_ITEMS:
        items.append({"text": f"… and {len(evidence) - MOST_ITEMS} more", "source": "", "sentence": ""})
    return items


def _short_name(network: nx.Graph, key: str) -> str:
    return node_name(key, network.nodes[key])


def _shorten(text: str) -> str:
    return text if len(text) <= SENTENCE_CHARS else text[:SENTENCE_CHARS - 1] + "…"


def _darker(colour: str) -> str:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{int(c * 0.7):02x}" for c in (red, green, blue))


def kind_icon(kind: Kind) -> Markup:
    """A 16x16 SVG of the kind's shape in its colour, for the legend (fixed values, no user text)."""
    fill = f'fill="{kind.colour}" stroke="{_darker(kind.colour)}"'
    shapes = {
        "dot": f'<circle cx="8" cy="8" r="6" {fill}/>',
        "diamond": f'<polygon points="8,1 15,8 8,15 1,8" {fill}/>',
        "square": f'<rect x="2" y="2" width="12" height="12" {fill}/>',
        "triangle": f'<polygon points="8,1 15,14 1,14" {fill}/>',
        "triangleDown": f'<polygon points="1,2 15,2 8,15" {fill}/>',
        "star": f'<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6" {fill}/>',
        "hexagon": f'<polygon points="4,2 12,2 15,8 12,14 4,14 1,8" {fill}/>',
        "box": f'<rect x="1" y="4" width="14" height="8" rx="2" {fill}/>',
        "ellipse": f'<ellipse cx="8" cy="8" rx="7" ry="4.5" {fill}/>',
    }
    return Markup(shapes[kind.shape])


@lru_cache(maxsize=1)
def _template():
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
    environment.globals["kind_icon"] = kind_icon
    return environment.get_template("network.html")


@lru_cache(maxsize=1)
def _vis_network_js() -> str:
    """The vis-network script that pyvis ships (the newest version it has), ready to inline."""
    library = resources.files("pyvis") / "lib"
    versions = sorted((p for p in library.iterdir() if p.name.startswith("vis-")),
                      key=lambda p: tuple(int(n) for n in re.findall(r"\d+", p.name)))
    script = (versions[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    # The source map would only be fetched by developer tools, but no reference should leave the page.
    script = re.sub(r"//# sourceMappingURL=\S+", "", script)
    if re.search(r"</script", script, re.IGNORECASE):
        raise RuntimeError("vis-network.min.js holds '</script' and cannot be inlined as is")
    return script


REMOTE = re.compile(r"""<(?:script|img|iframe)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//"""
                    r"""|<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?//"""
                    r"""|@import|url\(\s*["']?(?:https?:)?//""", re.IGNORECASE)


def _check_self_contained(html: str) -> None:
    """A page that would reach the network is a bug in this module, not the user's mistake."""
    found = REMOTE.search(html)
    if found:
        excerpt = html[found.start():found.start() + 80]
        raise RuntimeError(f"the page refers to a remote resource: {excerpt!r}")

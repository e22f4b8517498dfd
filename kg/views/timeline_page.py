"""A timeline as one self-contained page: the plot inlined as SVG (its text drawn as paths, so no
font or script is needed) above the table of counts."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from kg.views.errors import ViewError
from kg.output import write_atomically
from kg.views.page import FONT, TEMPLATES, _check_self_contained
from kg.views.plot import figure_bytes, timeline_figure
from kg.views.timeline import Timeline


def render_timeline_page(timeline: Timeline, *, title: str = "", subtitle: str = "") -> str:
    if not timeline.rows:
        raise ViewError("no activity matches; widen --since/--until, --centre or --focus")
    title = title or f"Activities per {timeline.per} by {timeline.by}"
    svg = figure_bytes(timeline_figure(timeline, title=title), "svg").decode("utf-8")
    svg = svg[svg.index("<svg"):]  # the XML declaration and doctype cannot sit inside HTML
    columns, rows = timeline.pivot()
    names = timeline.names()
    columns = [columns[0]] + [names.get(c, c) for c in columns[1:-1]] + [columns[-1]]
    html = _template().render(title=title, subtitle=subtitle, plot=Markup(svg), columns=columns,
                              rows=rows, font_css=Markup(FONT))
    _check_self_contained(html)
    return html


def write_timeline_page(timeline: Timeline, path: str | Path, *, title: str = "", subtitle: str = "") -> int:
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ViewError(f"{path}: the page is HTML; give a file name ending in .html")
    return write_atomically(path, render_timeline_page(timeline, title=title, subtitle=subtitle).encode("utf-8"))


@lru_cache(maxsize=1)
def _template():
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True).get_template("timeline.html")

"""A timeline drawn with matplotlib: stacked bars, one per period, one colour per group.

matplotlib is an optional dependency (the `plot` extra) imported here only, when a plot is asked
for: the tables and every other command work without it. Pyplot is not used, so drawing leaves
no global figure state behind (and a notebook's own backend alone).
"""
from __future__ import annotations

import io
from pathlib import Path

from kg.views.errors import ViewError
from kg.output import write_atomically
from kg.views.timeline import UNDATED, Timeline

MOST_GROUPS = 12  # more colours than this cannot be told apart; the rest are summed as "others"
FONTS = ["Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "DejaVu Sans"]
PLOT_FORMATS = (".png", ".svg")


def timeline_figure(timeline: Timeline, *, title: str = ""):
    """A matplotlib Figure of the timeline (undated activities left out)."""
    try:
        from matplotlib.figure import Figure
    except ImportError as error:
        raise ViewError('plots need matplotlib: pip install -e ".[plot]"') from error
    import matplotlib

    periods = [p for p in timeline.periods if p != UNDATED]
    if not periods:
        raise ViewError("no dated activity to plot; the table (--format) still lists them")
    groups = timeline.groups
    shown, rest = groups[:MOST_GROUPS], groups[MOST_GROUPS:]
    names = timeline.names()
    with matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": FONTS,
                                "svg.fonttype": "path", "svg.hashsalt": "unkg"}):
        figure = Figure(figsize=(max(6.0, 0.55 * len(periods) + 3.5), 4.2), dpi=100, layout="constrained")
        axes = figure.add_subplot()
        colours = matplotlib.colormaps["tab20"].colors
        bottom = [0] * len(periods)
        series = [(names.get(g, g), [timeline.count(p, g) for p in periods]) for g in shown]
        if rest:
            series.append((f"{len(rest)} others", [sum(timeline.count(p, g) for g in rest) for p in periods]))
        for index, (label, heights) in enumerate(series):
            axes.bar(periods, heights, bottom=bottom, label=_short(label), color=colours[(2 * index) % 20
                     if index < 10 else (2 * index + 1) % 20], edgecolor="white", linewidth=0.6)
            bottom = [b + h for b, h in zip(bottom, heights)]
        axes.set_ylabel("activities")
        axes.set_xlabel(timeline.per)
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.spines[["top", "right"]].set_visible(False)
        if len(periods) > 8:
            axes.tick_params(axis="x", labelrotation=45)
        axes.legend(title=timeline.by, fontsize=8, title_fontsize=9, frameon=False,
                    loc="upper left", bbox_to_anchor=(1.01, 1.0))
        axes.set_title(title or f"Activities per {timeline.per} by {timeline.by}", fontsize=11)
    return figure


def figure_bytes(figure, fmt: str) -> bytes:
    """The figure as PNG or SVG bytes (no date in the metadata, so a rerun writes the same file)."""
    out = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {}
    figure.savefig(out, format=fmt, metadata=metadata)
    return out.getvalue()


def write_plot(timeline: Timeline, path: str | Path, *, title: str = "") -> int:
    """Write the plot to `path`, PNG or SVG by its extension; returns its size in bytes."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PLOT_FORMATS:
        raise ViewError(f"{path}: the plot is written as .png or .svg; give one of those extensions")
    return write_atomically(path, figure_bytes(timeline_figure(timeline, title=title), suffix[1:]))


def _short(label: str, most: int = 40) -> str:
    return label if len(label) <= most else label[:most - 1] + "…"

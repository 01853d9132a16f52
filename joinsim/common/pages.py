"""The one way to lay out a page: every HTML page joinsim writes (a run's report, a comparison, a sweep, the living
documentation) is a Jinja2 template of ``joinsim/common/templates/`` that extends ``layout.html`` (one style, one
header, one footer). Values are escaped for HTML by Jinja2 itself (autoescape); links to files of a report are relative
(``./A/report.html``), never taken as they are from a file name. Plots are matplotlib figures inlined as PNG, each
with a title, axis labels with units, and an ``alt`` text saying what it shows (``image``)."""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("joinsim.common", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def plotting():
    """matplotlib, drawing to PNG (no screen), in the pages' style; imported on first use (about half a second)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"figure.dpi": 90, "axes.titlesize": 11, "axes.titleweight": "bold", "axes.labelsize": 9,
                         "xtick.labelsize": 8, "ytick.labelsize": 8, "legend.fontsize": 8, "axes.grid": True,
                         "grid.alpha": 0.3, "axes.spines.top": False, "axes.spines.right": False})
    return plt


def image(fig, alt: str) -> Markup:
    """A matplotlib figure as an inline PNG with its ``alt`` text (what the plot shows, for a screen reader)."""
    plt = plotting()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode()
    return Markup(f'<img alt="{escape(alt)}" src="data:image/png;base64,{data}">')


def plot_text(value: Any) -> str:
    """A value as matplotlib shows it literally ('$' would start its maths mode)."""
    return str(value).replace("$", r"\$")

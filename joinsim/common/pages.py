"""The one way to lay out a page: every HTML page joinsim writes (a run's report, a comparison, a sweep, the living
documentation) is a Jinja2 template of ``joinsim/common/templates/`` that extends ``layout.html`` (one style, one
header, one footer). Values are escaped for HTML by Jinja2 itself (autoescape); links to files of a report are relative
(``./A/report.html``), never taken as they are from a file name. Plots are matplotlib figures inlined as PNG, each
with a title, axis labels with units, and an ``alt`` text saying what it shows (``image``)."""

from __future__ import annotations

import base64
import functools
import io
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from markupsafe import Markup, escape

if TYPE_CHECKING:  # (matplotlib is imported on first use)
    from matplotlib.typing import RcKeyType


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("joinsim.common", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


# The pages' matplotlib style, applied only while a page's plots are drawn (``drawn``): joinsim never changes
# matplotlib's global state (its backend, its rcParams, pyplot's figures), so an analyst's own plots in a notebook
# look and show as before.
STYLE: dict[RcKeyType, Any] = {
    "figure.dpi": 90, "axes.titlesize": 11, "axes.titleweight": "bold", "axes.labelsize": 9, "xtick.labelsize": 8,
    "ytick.labelsize": 8, "legend.fontsize": 8, "axes.grid": True, "grid.alpha": 0.3, "axes.spines.top": False,
    "axes.spines.right": False}

P = ParamSpec("P")
R = TypeVar("R")


def drawn(function: Callable[P, R]) -> Callable[P, R]:
    """A function that draws plots for a page: it runs in the pages' style (``matplotlib.rc_context``), and
    matplotlib's settings are as they were when it returns."""
    @functools.wraps(function)
    def in_style(*args: P.args, **kwargs: P.kwargs) -> R:
        import matplotlib  # (imported on first use: about half a second)

        with matplotlib.rc_context(STYLE):
            return function(*args, **kwargs)

    return in_style


def subplots(nrows: int = 1, ncols: int = 1, **kwargs: Any) -> tuple[Any, Any]:
    """A new figure and its axes (as ``pyplot.subplots``), made without pyplot: no window, no figure kept by
    matplotlib, any backend. ``figsize`` in inches."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=kwargs.pop("figsize", None))
    return figure, figure.subplots(nrows, ncols, **kwargs)


def image(fig, alt: str) -> Markup:
    """A matplotlib figure as an inline PNG with its ``alt`` text (what the plot shows, for a screen reader)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
    data = base64.b64encode(buffer.getvalue()).decode()
    return Markup(f'<img alt="{escape(alt)}" src="data:image/png;base64,{data}">')


def plot_text(value: Any) -> str:
    """A value as matplotlib shows it literally ('$' would start its maths mode)."""
    return str(value).replace("$", r"\$")

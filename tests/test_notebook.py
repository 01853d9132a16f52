"""The example notebook (docs/analysis.ipynb) runs from top to bottom, so that it never rots, and it is committed
with its outputs, so that it reads as a worked example where people browse it: the outputs it holds are those it
gives (volatile parts aside: temporary folders and timings), and every plot cell drew its plot. It is how an analyst
uses the simulator from Python: simulate, calibrate a pilot into a forecast, compare, which assumption matters most,
a grid, and extending the SimPy model. `python tests/update_docs.py --notebook` runs it again and saves its
outputs."""

from __future__ import annotations

import nbformat
from update_docs import NOTEBOOK, executed_notebook, shown_outputs


def test_the_example_notebook_runs_and_shows_what_it_gives(tmp_path):
    notebook = executed_notebook(tmp_path)
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "2,000 users per replication, 5 replications" in text
    assert "blocked users asked" in text and "report.html" in text and "hangs most on" in text
    plotting = [cell for cell in notebook.cells if cell.cell_type == "code" and ".plot(" in cell.source]
    assert plotting and all(any("image/png" in o.get("data", {}) for o in cell.outputs) for cell in plotting), \
        "a plot cell drew no plot"
    committed = nbformat.read(NOTEBOOK, as_version=4)
    assert shown_outputs(committed) == shown_outputs(notebook), \
        "docs/analysis.ipynb's outputs are not those it gives: run .venv/bin/python tests/update_docs.py --notebook"

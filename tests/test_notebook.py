"""The example notebook (docs/analysis.ipynb) runs from top to bottom, so that it never rots: it is how an analyst
uses the simulator from Python (joinsim.sim.simulate, compare, sweep, and extending the SimPy model)."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "analysis.ipynb"


def test_the_example_notebook_runs(tmp_path):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
                   ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "2,000 users per replication, 5 replications" in text
    assert "blocked users asked" in text and "report.html" in text

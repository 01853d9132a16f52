"""The house's floors (``[tool.importlinter]`` in pyproject.toml), checked by import-linter over the import graph of
the package as it is installed: ``joinsim`` with ``model/``, ``sim/``, ``steps/`` and ``livingdoc/`` laid inside it
by setuptools' package directories. The folders are copied into that layout first, because import-linter finds a
package's modules on disk, under the package's own folder."""

import ast
import subprocess
import sys
from pathlib import Path

from helpers import ROOT, installed_layout


def lint_imports(layout: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "lint-imports"), str(ROOT / "pyproject.toml"),
                           "--no-cache"], cwd=layout, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(layout)})


def test_the_floors_point_one_way(tmp_path):
    result = lint_imports(installed_layout(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout and "5 kept" in result.stdout, result.stdout


def test_the_check_sees_an_arrow_that_runs_back_up(tmp_path):
    """The contract is not empty: an import of the simulator from the model breaks it."""
    layout = installed_layout(tmp_path)
    (layout / "joinsim/model/money.py").write_text("import joinsim.sim.config\n"
                                                   + (layout / "joinsim/model/money.py").read_text())
    result = lint_imports(layout)
    assert result.returncode != 0 and "joinsim.model.money -> joinsim.sim.config" in result.stdout, result.stdout


def test_only_the_front_doors_import_inside_functions():
    """A project module is imported at the top of the module that needs it, where the reader (and the import
    contract) sees it; only the command line and the Python API defer theirs, for start-up time (measured in
    cli.py's docstring)."""
    deferred = {}
    for folder in ("joinsim", "model", "sim", "steps", "livingdoc"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                    for node in ast.walk(function):
                        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("joinsim") or \
                                isinstance(node, ast.Import) and any(a.name.startswith("joinsim") for a in node.names):
                            deferred.setdefault(str(path.relative_to(ROOT)), []).append(node.lineno)
    assert set(deferred) <= {"joinsim/cli.py", "joinsim/__init__.py"}, deferred

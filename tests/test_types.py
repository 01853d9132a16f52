"""The types of the model and the simulator (``[tool.mypy]`` in pyproject.toml), checked by mypy over the package as
it is installed: mypy, like import-linter, finds a package's modules on disk under the package's own folder, and
cannot follow the package directories of an editable install (``joinsim.sim`` is the folder ``sim/``). Its errors
are shown with the repository's paths (``sim/x.py``, not ``joinsim/sim/x.py``).

mypy's cache (``.mypy_cache/`` at the top of the repository) keeps a second run to a second or two: a module is
checked again only when its text, or the text of a module it uses, changed."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, installed_layout, repository_path

from joinsim.sim.migration import Streams

PACKAGES = ("joinsim.model", "joinsim.sim")  # (and what they import of the project: joinsim.common)


def mypy(layout: Path) -> subprocess.CompletedProcess:
    """mypy over ``PACKAGES`` in ``layout``; its report with the repository's paths."""
    packages = [argument for package in PACKAGES for argument in ("-p", package)]
    done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
                           "--cache-dir", str(ROOT / ".mypy_cache"), "--no-color-output", *packages],
                          cwd=layout, capture_output=True, text=True, timeout=600)
    report = re.sub(r"^([\w/]+\.py)(?=:)", lambda m: repository_path(m.group(1)), done.stdout, flags=re.M)
    return subprocess.CompletedProcess(done.args, done.returncode, report, done.stderr)


def test_the_model_and_the_simulator_type_check(tmp_path):
    result = mypy(installed_layout(tmp_path))
    if result.returncode != 0 or not result.stdout.startswith("Success: no issues found"):
        pytest.fail(f"mypy over {', '.join(PACKAGES)} (exit {result.returncode}):\n{result.stdout}{result.stderr}",
                    pytrace=False)


def test_the_check_sees_a_type_error(tmp_path):
    """The check is not empty: a type error in the model is found, and shown where it is in the repository."""
    layout = installed_layout(tmp_path)
    money = layout / "joinsim/model/money.py"
    lines = money.read_text().count("\n")
    money.write_text(money.read_text() + '\n\ndef _broken() -> int:\n    return 1 + "cents"\n')
    result = mypy(layout)
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(rf"^model/money\.py:{lines + 4}: error: .*\[operator\]$", result.stdout, flags=re.M), \
        result.stdout


def test_the_paths_shown_are_the_repository_s():
    assert repository_path("joinsim/sim/runner.py") == "sim/runner.py"
    assert repository_path("joinsim/model/money.py") == "model/money.py"
    assert repository_path("joinsim/common/pages.py") == "joinsim/common/pages.py"
    assert repository_path("joinsim/cli.py") == "joinsim/cli.py"


def test_every_random_stream_is_declared():
    """``Streams`` makes an attribute per activity at run time; the type checker knows them by their declarations,
    which must name the same activities."""
    assert set(Streams.__annotations__) == set(Streams.ACTIVITIES)


def test_every_ignored_type_error_is_named_and_explained():
    """A ``# type: ignore`` names the error it ignores and says why, after it on its line or on the comment line
    above it; there are few."""
    unexplained, ignores = [], 0
    for folder in ("model", "sim", "joinsim"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, 1):
                if "type: ignore" not in line:
                    continue
                ignores += 1
                if not re.search(r"# type: ignore\[[\w-]+(, [\w-]+)*\]( +# \S|$)", line) or (
                        line.endswith("]") and not lines[number - 2].lstrip().startswith("#")):
                    unexplained.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not unexplained, "\n".join(unexplained)
    assert ignores <= 10, f"{ignores} ignored type errors: fix them rather than ignore them"

"""Fixtures shared by the tests (their plain helpers are in ``helpers.py``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_SELECTION = "@rule-ACC-5"  # a rule in the three languages, with a background (make test runs every scenario once)


@pytest.fixture
def home(tmp_path) -> Path:
    """A user's own folder, outside the repository: the working folder of every command."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def spec_run(tmp_path_factory) -> Path:
    """``joinsim spec --tags @rule-ACC-5`` run once for the tests that read its living documentation and CI
    artefacts (tests/test_livingdoc.py, tests/test_ci_artefacts.py, tests/test_sources.py)."""
    out = tmp_path_factory.mktemp("spec") / "spec"
    done = subprocess.run([sys.executable, "-m", "joinsim", "spec", "--tags", SPEC_SELECTION, "--quiet", "--out",
                           str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out

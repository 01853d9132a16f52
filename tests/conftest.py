"""Fixtures shared by the tests (their plain helpers are in ``helpers.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path) -> Path:
    """A user's own folder, outside the repository: the working folder of every command."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder

"""joinsim as it is installed: one top-level name, ``joinsim``, that nothing in an analyst's folder shadows, and a
wheel (a non-editable install) that runs, documents the specification given its feature files, and says in one line
what it needs when it is not given them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import JOINSIM, ROOT, TIMEOUT, cucumber_json_errors, joinsim, write

SHADOW = "raise ImportError('the analyst\\'s own {name} was imported instead of joinsim\\'s')\n"


@pytest.fixture
def analysts_folder(home) -> Path:
    """A notebook's working folder holding ``model.py``, ``sim/`` and ``steps.py`` of its own."""
    write(home / "model.py", SHADOW.format(name="model.py"))
    (home / "sim").mkdir()
    write(home / "sim" / "__init__.py", SHADOW.format(name="sim/"))
    write(home / "steps.py", SHADOW.format(name="steps.py"))
    write(home / "livingdoc.py", SHADOW.format(name="livingdoc.py"))
    return home


def test_an_analysts_model_py_and_sim_folder_shadow_nothing(analysts_folder):
    python = subprocess.run([sys.executable, "-c", "from joinsim import simulate; "
                             "print(simulate(users=100).summary['users'])"],
                            cwd=analysts_folder, capture_output=True, text=True, timeout=TIMEOUT)
    assert python.returncode == 0 and python.stdout.strip() == "100", python.stderr
    run = joinsim(analysts_folder, "run", "--users", "100", "--quiet")
    assert run.returncode == 0, run.stderr
    assert (analysts_folder / "reports" / "default" / "report.html").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """joinsim built as a wheel and installed (not editable) into a folder of its own: the package's files only."""
    build = tmp_path_factory.mktemp("wheel")
    source = build / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"].values():
        shutil.copytree(ROOT / folder, source / folder, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    built = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(build / "dist"), str(source)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    site = build / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(site),
                                *map(str, (build / "dist").glob("*.whl"))], capture_output=True, text=True,
                               timeout=600)
    assert installed.returncode == 0, installed.stderr
    return site


def from_wheel(site: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    """``joinsim ARGS`` of the wheel (its console script, on the interpreter of the test's environment)."""
    return subprocess.run([str(site / "bin" / "joinsim"), *args], cwd=home, capture_output=True, text=True,
                          timeout=TIMEOUT, env={**os.environ, "PYTHONPATH": str(site)})


def test_the_wheel_installs_one_top_level_name(wheel):
    assert sorted(p.name for p in wheel.iterdir() if not p.name.endswith(".dist-info")) == ["bin", "joinsim"]
    assert (wheel / "joinsim" / "common" / "templates" / "layout.html").is_file()


def test_the_installed_wheel_runs_and_documents_the_specification_it_is_given(wheel, analysts_folder):
    home = analysts_folder
    where = subprocess.run([sys.executable, "-c",
                            "import joinsim.model, joinsim.sim.api; print(joinsim.model.__file__)"], cwd=home,
                           capture_output=True, text=True, timeout=TIMEOUT,
                           env={**os.environ, "PYTHONPATH": str(wheel)})
    assert where.returncode == 0 and where.stdout.strip().startswith(str(wheel)), where.stdout + where.stderr
    run = from_wheel(wheel, home, "run", "--users", "100", "--quiet", "--out", "run")
    assert run.returncode == 0 and (home / "run" / "report.html").is_file(), run.stderr
    missing = from_wheel(wheel, home, "spec", "--quiet")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1, missing.stderr
    assert "installed without the repository's features/" in missing.stderr and "--features DIR" in missing.stderr
    assert not (home / "reports" / "spec").exists()
    spec = from_wheel(wheel, home, "spec", "--features", str(ROOT / "features"), "--tags", "@rule-PRE-2",
                      "--quiet", "--out", "spec")
    assert spec.returncode == 0, spec.stdout + spec.stderr
    assert {p.name for p in (home / "spec").iterdir()} >= {"index.html", "cucumber.json", "junit.xml",
                                                          "messages.ndjson", "rules.json"}
    report = json.loads((home / "spec" / "cucumber.json").read_text(encoding="utf-8"))
    assert report and not cucumber_json_errors(report), cucumber_json_errors(report)[:5]
    cases = ET.parse(home / "spec" / "junit.xml").getroot().iter("testcase")
    assert {c.get("classname") for c in cases} == {f"{lang}.prerequisites.PRE-2" for lang in ("en", "fr", "nl")}
    steps = from_wheel(wheel, home, "steps")
    assert steps.returncode == 0 and '"{email}" has a free account' in steps.stdout


def test_spec_run_from_the_repository_finds_its_features_without_being_told(home):
    done = joinsim(home, "spec", "--tags", "@rule-PRE-2", "--quiet", "--out", "spec")
    assert done.returncode == 0 and (home / "spec" / "index.html").is_file(), done.stdout + done.stderr
    assert JOINSIM.is_file()

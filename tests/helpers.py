"""Helpers shared by the tests: files written and read back, joinsim run the way users run it (the installed
console script from a folder outside the repository, with a timeout) or in this process (for checks of bad input,
where the console script adds nothing but its start-up time), and the package copied into its installed layout (for
the tools that read it from disk: import-linter, mypy)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

from joinsim.cli import main

ROOT = Path(__file__).resolve().parent.parent
JOINSIM = Path(sys.executable).with_name("joinsim")
TIMEOUT = 180  # seconds: a command that takes longer hangs


# The installed package's folders (pyproject's package-dir): "joinsim.sim" is the folder "sim", and so on.
PACKAGE_DIRS: dict[str, str] = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]


def installed_layout(into: Path) -> Path:
    """The package as the wheel lays it out (``PACKAGE_DIRS``), copied under ``into``."""
    for package, folder in sorted(PACKAGE_DIRS.items()):  # "joinsim" first, then its subpackages inside it
        shutil.copytree(ROOT / folder, into / package.replace(".", "/"), dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return into


def repository_path(installed: str) -> str:
    """Where a file of the installed layout is in the repository: ``joinsim/sim/x.py`` -> ``sim/x.py``."""
    package = max((p for p in PACKAGE_DIRS if installed.startswith(p.replace(".", "/") + "/")), key=len, default=None)
    if package is None:
        return installed
    return PACKAGE_DIRS[package].rstrip("/") + installed[len(package):]


def write(path: Path, text: str | bytes) -> Path:
    """A file with this text (UTF-8) or these bytes."""
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, by its relative path, with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def visible(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if not p.name.startswith(".")}


def hidden(folder: Path) -> list[str]:
    """The hidden entries of ``folder`` (a working folder left behind would be one)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def run_spec_apart(out: Path, features: Path, tests: Path | None = None, tags: str | None = None,
                   timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """``joinsim.livingdoc.spec.run_spec`` (the living documentation of ``features`` into ``out``; ``tests``: a test
    module binding them, else run_spec writes its own) in a Python process of its own; its exit code is run_spec's,
    or 128 + the signal when the run is interrupted."""
    given = "None" if tests is None else f"Path({str(tests)!r})"
    script = ("import sys; from pathlib import Path; from joinsim.livingdoc.spec import run_spec\n"
              f"try: sys.exit(run_spec(Path({str(out)!r}), tags={tags!r}, quiet=True, tests={given},"
              f" features_dir=Path({str(features)!r})))\n"
              "except KeyboardInterrupt as exc: sys.exit(128 + exc.signum)\n")
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def joinsim(home: Path, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    """The installed console script, run from ``home``."""
    return subprocess.run([str(JOINSIM), *args], cwd=home, capture_output=True, text=True, timeout=timeout)


def cli(home: Path, *args: str, timeout: int = TIMEOUT) -> subprocess.CompletedProcess:
    """The same command run in this process, from ``home``; a command still running after ``timeout`` seconds is
    stopped (SIGALRM) and the test fails with ``subprocess.TimeoutExpired``, as with the console script."""
    def expired(_signum, _frame):
        raise subprocess.TimeoutExpired(["joinsim", *args], timeout)

    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(home)
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(timeout)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    except SystemExit as exc:  # (argparse's own errors)
        code = exc.code
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        os.chdir(cwd)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def refused(done: subprocess.CompletedProcess, *words: str) -> str:
    """The command exited with 2 and printed one line naming what, where and what is allowed, and no traceback
    (nor anything on standard output); returns that line."""
    assert done.returncode == 2, (done.returncode, done.stdout[-2000:], done.stderr[-2000:])
    assert done.stderr.startswith("joinsim: error: ") and done.stderr.count("\n") == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and done.stdout == "", done.stdout[-2000:]
    for word in words:
        assert word in done.stderr, (word, done.stderr)
    return done.stderr


CUCUMBER_JSON_SCHEMA = ROOT / "tests" / "data" / "cucumber-json-schema" / "cucumber-ruby.json"


def cucumber_json_errors(report: object) -> list[str]:
    """Where ``report`` breaks the Cucumber project's JSON schema of cucumber-ruby's output (vendored, see
    tests/data/cucumber-json-schema/README.md): one line each, empty when it is valid."""
    import json

    import jsonschema

    validator = jsonschema.Draft7Validator(json.loads(CUCUMBER_JSON_SCHEMA.read_text(encoding="utf-8")))
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"
            for error in validator.iter_errors(report)]

"""The model, compiled for the simulator: the very files of ``model/``, turned into C extension modules by mypyc.

The rules live in ``model/`` and only there; this module holds none. It compiles those files, unchanged, into a
build folder of the environment, ``<venv>/joinsim-model/<key>/``, where ``key`` is the SHA-256 of the model's
source files and of the Python version. A build is used only for the exact sources it was made from: once a file
of ``model/`` changes (a rule edited, broken on purpose to see a scenario fail...), the build no longer matches and
the simulator runs the plain Python model (the same results, slower) until the model is compiled again, by
``joinsim compile-model``, ``make install``, ``make run`` or ``make test``.

Which model runs is chosen by the environment variable ``JOINSIM_MODEL``:
- ``auto`` (default): the compiled build when one matches the sources, otherwise plain Python;
- ``python``: always plain Python;
- ``compiled``: the matching build, or an error when there is none.
``run.json`` says which one ran. The scenarios of ``features/`` run on plain Python; ``tests/test_compiled_model.py``
runs them, the unit tests and the invariants on the build too, and compares the simulator's reports of both.

Two modules stay plain Python inside the build: ``errors`` (its classes are made at import time) and ``_frozen``
(it writes ``__init__`` methods at import time); ``__init__`` only imports.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sim.config import ConfigError

ENV = "JOINSIM_MODEL"
MODES = ("auto", "python", "compiled")
COMPILED = ("account", "calendar", "events", "money", "service")
FORMAT = "1"  # bumped when the way builds are made changes, so that older builds are not used


class BuildError(RuntimeError):
    """The model could not be compiled (no C compiler, mypyc missing, a type error mypyc refuses)."""


def source_dir() -> Path:
    """The folder of the ``model`` package as it would be imported (sources, not a build)."""
    spec = importlib.util.find_spec("model")
    if spec is None or spec.origin is None:
        raise BuildError("the 'model' package cannot be found")
    return Path(spec.origin).parent


def source_key(folder: Path) -> str:
    """SHA-256 of the model's Python files (names and bytes), the Python version and the build format."""
    digest = hashlib.sha256(f"{FORMAT}|{sys.implementation.cache_tag}|{sys.version}".encode())
    for path in sorted(folder.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def builds_root() -> Path:
    return Path(sys.prefix) / "joinsim-model"


def find_build(folder: Path | None = None) -> Path | None:
    """The build made from the sources in ``folder`` (default: the ``model`` package), or None."""
    target = builds_root() / source_key(folder or source_dir())
    return target if (target / "manifest.json").is_file() else None


def build(force: bool = False) -> tuple[Path, bool]:
    """Compile the model unless a build of the current sources exists; returns (build folder, compiled now).
    The build is made in a temporary folder and renamed into place whole; builds of older sources are removed."""
    source = source_dir()
    key = source_key(source)
    root = builds_root()
    target = root / key
    if not force and find_build(source) is not None:
        return target, False
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="joinsim-mypyc-") as tmp:
        work = Path(tmp)
        package = work / "model"
        package.mkdir()
        for path in sorted(source.glob("*.py")):
            shutil.copyfile(path, package / path.name)
        command = [sys.executable, "-m", "mypyc", *(f"model/{name}.py" for name in COMPILED)]
        try:
            done = subprocess.run(command, cwd=work, capture_output=True, text=True)
        except OSError as error:
            raise BuildError(f"cannot run mypyc: {error}") from None
        if done.returncode != 0:
            output = (done.stdout + done.stderr).strip().splitlines()
            raise BuildError("mypyc failed (exit {}):\n{}".format(done.returncode, "\n".join(output[-25:])))
        staging = Path(tempfile.mkdtemp(prefix=f".{key[:16]}.tmp-", dir=root))
        staging.chmod(0o755)
        try:
            (staging / "model").mkdir()
            for path in sorted(package.iterdir()):
                if path.suffix in (".py", ".so", ".pyd"):
                    shutil.copyfile(path, staging / "model" / path.name)
            for path in sorted(work.iterdir()):  # mypyc's shared runtime library sits beside the package
                if path.suffix in (".so", ".pyd"):
                    shutil.copyfile(path, staging / path.name)
            manifest = {"key": key, "python": sys.version, "mypy": _mypy_version(), "compiled": list(COMPILED),
                        "seconds": round(time.perf_counter() - started, 1)}
            (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
            if target.exists():
                shutil.rmtree(target)
            os.rename(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    for old in root.iterdir():  # (builds of sources that are no longer there)
        if old.name != key:
            shutil.rmtree(old, ignore_errors=True)
    return target, True


def _mypy_version() -> str:
    try:
        from mypy.version import __version__
    except ImportError:
        return "unknown"
    return __version__


def mode() -> str:
    chosen = os.environ.get(ENV, "auto") or "auto"
    if chosen not in MODES:
        raise ConfigError(f"environment variable {ENV}={chosen!r}: allowed {', '.join(MODES)}")
    return chosen


def activate() -> str:
    """Before the first import of ``model``: put the matching build first on the import path, as ``JOINSIM_MODEL``
    says. Returns the model this process runs, 'compiled' or 'python' (once ``model`` is imported, it stays)."""
    if "model" in sys.modules:
        return in_use()
    chosen = mode()
    if chosen == "python":
        return "python"
    found = find_build()
    if found is None:
        if chosen == "compiled":
            raise ConfigError(f"{ENV}=compiled, but model/ has no up-to-date compiled build: "
                              "`joinsim compile-model` builds it")
        return "python"
    sys.path.insert(0, str(found))
    importlib.invalidate_caches()
    return "compiled"


def in_use() -> str:
    """'compiled' or 'python': which model this process has imported (or will import)."""
    service = sys.modules.get("model.service")
    if service is None:
        return "compiled" if mode() != "python" and find_build() is not None else "python"
    return "python" if (service.__file__ or "").endswith(".py") else "compiled"


def describe() -> dict[str, str]:
    """For run.json: which model ran, and the key of its sources."""
    return {"model": in_use(), "model_sources_sha256": source_key(source_dir())}


def notice() -> str | None:
    """A line for the user when the plain Python model runs although the compiled one was wanted (stale build)."""
    if in_use() == "python" and mode() == "auto":
        return ("joinsim: running the plain Python model (model/ has no up-to-date compiled build; "
                "same results, about 1.6x slower): `joinsim compile-model` compiles it")
    return None

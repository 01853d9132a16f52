"""The compiled build for the simulator: the very files of ``model/`` and the simulator's per-user loop
(``sim/replication.py``), turned into C extension modules by mypyc. Same code, same results, faster.

The rules live in ``model/`` and only there; this module holds none. It compiles those files, unchanged, into a
build folder of the environment, ``<venv>/joinsim-model/<key>/``, where ``key`` is the SHA-256 of the source
files (``model/*.py`` and the ``sim/`` files mypyc reads: ``SIM_SOURCES``) and of the Python version. A build is
used only for the exact sources it was made from: once one of them changes (a rule edited, or broken on purpose
to see its scenarios fail), the build no longer matches and the simulator runs the plain Python code (the same
results, slower) until it is compiled again, by ``joinsim compile-model``, ``make install``, ``make run`` or
``make test``.

Which code runs is chosen by the environment variable ``JOINSIM_MODEL``:
- ``auto`` (default): the compiled build when one matches the sources, otherwise plain Python;
- ``python``: always plain Python;
- ``compiled``: the matching build, or an error when there is none.
``run.json`` says which one ran. The scenarios of ``features/`` run on plain Python; ``tests/test_compiled_model.py``
runs them, the unit tests and the invariants on the build too, and compares the simulator's reports of both.

How it is loaded (``activate``, called by ``sim.engine`` before the first import of either): the build folder goes
first on ``sys.path``, where its ``model`` package hides the source one, and its ``sim`` folder (which holds only
``replication``) goes first on the ``sim`` package's own search path, ``sim.__path__``.

Two modules of the model stay plain Python inside the build: ``errors`` (its classes are made at import time) and
``_frozen`` (it writes ``__init__`` methods at import time); ``__init__`` only imports.
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
COMPILED = ("model/account.py", "model/calendar.py", "model/events.py", "model/money.py", "model/service.py",
            "sim/replication.py")
SIM_SOURCES = ("__init__.py", "config.py", "population.py", "replication.py")  # what mypyc reads of sim/
FORMAT = "2"  # bumped when the way builds are made changes, so that older builds are not used


class BuildError(RuntimeError):
    """The code could not be compiled (no C compiler, mypyc missing, a type error mypyc refuses)."""


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise BuildError(f"the {name!r} package cannot be found")
    return Path(spec.origin).parent


def source_files(model_dir: Path | None = None, sim_dir: Path | None = None) -> dict[str, Path]:
    """The files a build is made from, by their path in the build ("model/service.py", "sim/replication.py"...)."""
    model_dir = model_dir or _package_dir("model")
    sim_dir = sim_dir or Path(__file__).resolve().parent
    files = {f"model/{path.name}": path for path in sorted(model_dir.glob("*.py"))}
    files.update({f"sim/{name}": sim_dir / name for name in SIM_SOURCES})
    return files


def source_key(files: dict[str, Path]) -> str:
    """SHA-256 of the source files (names and bytes), the Python version and the build format."""
    digest = hashlib.sha256(f"{FORMAT}|{sys.implementation.cache_tag}|{sys.version}".encode())
    for name, path in sorted(files.items()):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def builds_root() -> Path:
    return Path(sys.prefix) / "joinsim-model"


def find_build(model_dir: Path | None = None, sim_dir: Path | None = None) -> Path | None:
    """The build made from the current sources (or those in the folders given), or None."""
    target = builds_root() / source_key(source_files(model_dir, sim_dir))
    return target if (target / "manifest.json").is_file() else None


def build(force: bool = False) -> tuple[Path, bool]:
    """Compile unless a build of the current sources exists; returns (build folder, compiled now). The build is
    made in a temporary folder and renamed into place whole; builds of older sources are removed."""
    files = source_files()
    key = source_key(files)
    root = builds_root()
    target = root / key
    if not force and find_build() is not None:
        return target, False
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="joinsim-mypyc-") as tmp:
        work = Path(tmp)
        for name, path in files.items():
            (work / name).parent.mkdir(exist_ok=True)
            shutil.copyfile(path, work / name)
        try:
            done = subprocess.run([sys.executable, "-m", "mypyc", *COMPILED], cwd=work, capture_output=True,
                                  text=True)
        except OSError as error:
            raise BuildError(f"cannot run mypyc: {error}") from None
        if done.returncode != 0:
            output = (done.stdout + done.stderr).strip().splitlines()
            raise BuildError("mypyc failed (exit {}):\n{}".format(done.returncode, "\n".join(output[-25:])))
        staging = Path(tempfile.mkdtemp(prefix=f".{key[:16]}.tmp-", dir=root))
        try:
            staging.chmod(0o755)
            (staging / "model").mkdir()
            (staging / "sim").mkdir()
            for path in sorted((work / "model").iterdir()):  # the package, compiled modules and plain ones
                if path.suffix in (".py", ".so", ".pyd"):
                    shutil.copyfile(path, staging / "model" / path.name)
            for path in sorted((work / "sim").iterdir()):  # only the compiled module: the rest comes from sim/
                if path.suffix in (".so", ".pyd"):
                    shutil.copyfile(path, staging / "sim" / path.name)
            for path in sorted(work.iterdir()):  # mypyc's shared library of the build, beside the packages
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
    """Before the first import of ``model`` and ``sim.replication``: put the matching build first on their import
    paths, as ``JOINSIM_MODEL`` says. Returns what this process runs, 'compiled' or 'python' (what is imported
    stays imported)."""
    if "model" in sys.modules or "sim.replication" in sys.modules:
        return in_use()
    chosen = mode()
    if chosen == "python":
        return "python"
    found = find_build()
    if found is None:
        if chosen == "compiled":
            raise ConfigError(f"{ENV}=compiled, but there is no up-to-date compiled build of model/ and "
                              "sim/replication.py: `joinsim compile-model` builds it")
        return "python"
    import sim

    sys.path.insert(0, str(found))
    sim.__path__.insert(0, str(found / "sim"))
    importlib.invalidate_caches()
    return "compiled"


def _loaded(module: str) -> str | None:
    loaded = sys.modules.get(module)
    if loaded is None:
        return None
    return "python" if (loaded.__file__ or "").endswith(".py") else "compiled"


def in_use() -> str:
    """'compiled' or 'python': what this process has imported (or, before any import, will import)."""
    found = {_loaded("model.service"), _loaded("sim.replication")} - {None}
    if not found:
        return "compiled" if mode() != "python" and find_build() is not None else "python"
    return found.pop() if len(found) == 1 else "mixed"


def describe() -> dict[str, str]:
    """For run.json: which code ran (model/ and sim/replication.py), and the key of their sources."""
    return {"model": in_use(), "model_sources_sha256": source_key(source_files())}


def notice() -> str | None:
    """A line for the user when plain Python runs although the compiled build was wanted (a stale build)."""
    if in_use() != "compiled" and mode() == "auto":
        return ("joinsim: running the plain Python model (no up-to-date compiled build of model/ and "
                "sim/replication.py; the same results, slower): `joinsim compile-model` compiles them")
    return None

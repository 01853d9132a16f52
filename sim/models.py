"""The model a run simulates: ``joinsim.sim.migration.Migration`` (the default) or an analyst's subclass of it, such as
one where Billing settles paid invoices slowly. A model travels to the workers that run the replications **by
reference**, the text ``"package.module:Class"``: a task carries the reference, and the worker imports the class
(``resolve``), never receives it by value.

    reference(SlowBilling)                 # 'slowbilling:SlowBilling', checked: a subclass of Migration
    reference("slowbilling:SlowBilling")   # the same, imported here first (the working folder is importable)
    resolve("slowbilling:SlowBilling")     # in a worker: the class

A class that only this process can see (defined in a notebook or a script, whose module is ``__main__``, or inside a
function) has a reference no other interpreter can import. It runs in this process and in local worker processes
forked from it (Linux), which share what this process defined; for Dask workers and spawned processes it is
refused before any work, in one line (``check_travels``): put it in a module they can import instead.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable

from joinsim.common.errors import UsageError
from joinsim.sim.migration import Migration
from joinsim.sim.pool import sees_this_process

DEFAULT = "joinsim.sim.migration:Migration"
ALLOWED = ("allowed package.module:Class naming a subclass of joinsim.sim.migration.Migration, importable from the "
           "installed packages or the working folder")
ON_WORKERS = ("allowed a model every worker can import: install its module on the workers, or start `dask worker` "
              "with its folder on PYTHONPATH")

_ONLY_HERE: dict[str, type] = {}  # classes only this process (and its forks) can see, by their reference


def reference(model: type | str | None, what: str = "model") -> str:
    """The reference ``"module:qualname"`` of a model given as a class or as a reference (None: the default),
    checked here: it imports and names a subclass of ``Migration``; else a ``UsageError`` naming ``what`` (the flag
    or the argument), the value and what is allowed."""
    if model is None:
        return DEFAULT
    if isinstance(model, str):
        working_folder_importable()
        written, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # (a bad model leaves no __pycache__ behind)
        try:
            return _reference_of(_import(model, what, ALLOWED), model)
        finally:
            sys.dont_write_bytecode = written
    if not isinstance(model, type) or not issubclass(model, _migration()):
        raise UsageError(f"{what} = {_shown(model)} is invalid: {_kind(model)}, not a subclass of "
                         "joinsim.sim.migration.Migration; allowed a subclass of it, or its reference "
                         "'package.module:Class'")
    return _reference_of(model, f"{model.__module__}:{model.__qualname__}")


def resolve(ref: str) -> type:
    """The model class of a reference: in a worker, imported by its module; a class only this process can see,
    as registered by ``reference`` (in this process, or in a worker forked from it)."""
    if ref in _ONLY_HERE:
        return _ONLY_HERE[ref]
    return _import(ref, "model", ON_WORKERS)


def name(ref: str) -> str:
    """The model as a person reads it: ``slowbilling.SlowBilling``."""
    return ref.replace(":", ".", 1)


def describe(ref: str) -> str:
    """The model and what it is, for a page: ``slowbilling.SlowBilling (a subclass of
    joinsim.sim.migration.Migration)``."""
    if ref == DEFAULT:
        return f"{name(ref)} (the default)"
    return f"{name(ref)} (a subclass of joinsim.sim.migration.Migration)"


def check_travels(references: Iterable[str], executor: str, workers: int) -> None:
    """Refuse, before any work, a model only this process can see when the tasks run elsewhere (Dask workers, or
    local processes that are spawned rather than forked): they import a model by its reference."""

    if sees_this_process(executor, workers):
        return
    for ref in references:
        if ref in _ONLY_HERE:
            module, _, qualname = ref.partition(":")
            where = ("inside a function" if "<locals>" in qualname else
                     "in __main__ (a notebook or a script)" if module == "__main__" else
                     f"in this process only (module {module} now holds another {qualname})")
            elsewhere = "Dask workers" if executor == "dask" else "spawned worker processes"
            raise UsageError(f"model {name(ref)} is defined {where}, so {elsewhere} cannot import it by its reference "
                             f"{ref!r}: allowed a class of a module they can import (e.g. slowbilling.py in the "
                             "working folder: model='slowbilling:SlowBilling'), or executor='local'")


def on_workers(references: Iterable[str]) -> Callable[[], None]:
    """What ``joinsim.sim.pool`` runs on every Dask worker before any task: each model imports there (else a
    UsageError)."""
    return functools.partial(_importable, tuple(dict.fromkeys(references)))


def _importable(references: tuple[str, ...]) -> None:
    for ref in references:
        resolve(ref)


def working_folder_importable() -> None:
    """The working folder is importable, as with ``python -m`` (a console script's own folder is put first on
    ``sys.path`` instead). It is searched after the installed packages, so that a file there (``model.py``) never
    hides one of joinsim's own packages from a worker. Local and Dask worker processes started afterwards inherit
    ``sys.path``."""
    try:
        folder = os.getcwd()
    except OSError:  # (the working folder was removed)
        return
    if folder not in sys.path and "" not in sys.path:
        sys.path.append(folder)


# ------------------------------------------------------------------------------------------------ internals
def _migration() -> type:

    return Migration


def _reference_of(model: type, given: str) -> str:
    """The class's own ``module:qualname`` (or else the reference given) when another interpreter can import it back;
    a class none could (defined in ``__main__``, inside a function, or replaced in its module since) is kept for this
    process and the workers forked from it."""
    own = f"{model.__module__}:{model.__qualname__}"
    for ref in dict.fromkeys((own, given)):
        if _portable(ref, model):
            return ref
    _ONLY_HERE[own] = model
    return own


def _portable(ref: str, model: type) -> bool:
    module, _, qualname = ref.partition(":")
    if module == "__main__" or "<locals>" in qualname:
        return False
    try:
        return _import(ref, "model", ALLOWED) is model
    except UsageError:
        return False


def _import(ref: str, what: str, allowed: str) -> type:
    def bad(reason: str) -> UsageError:
        return UsageError(f"{what} {ref[:120]!r} is invalid: {reason}; {allowed}")

    module_name, colon, qualname = ref.partition(":")
    if not colon or not module_name.strip() or not qualname.strip():
        raise bad("no ':' between the module and the class" if not colon else "the module or the class is missing")
    ended = _ends_the_process(module_name)
    if ended:
        raise bad(ended)
    try:
        found = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            raise bad(f"no module named {exc.name!r}") from None
        raise bad(f"importing {module_name} failed: {_one_line(exc)}") from None
    except (Exception, SystemExit) as exc:  # (the module's own code failed: a syntax error, an exception, exit())
        raise bad(f"importing {module_name} failed: {_one_line(exc)}") from None
    for part in qualname.split("."):
        try:
            found = getattr(found, part)
        except AttributeError:
            raise bad(f"module {module_name} has no {qualname!r}") from None
    if not isinstance(found, type) or not issubclass(found, _migration()):
        raise bad(f"{name(ref)} is {_kind(found)}, not a subclass of joinsim.sim.migration.Migration")
    return found


def _ends_the_process(module_name: str) -> str:
    """Whether importing the module ends the process that imports it (``os._exit``, a crash): tried first in a
    forked child, its output discarded, so that such a module cannot end joinsim silently with exit code 0. Only
    for a module not imported yet, from a process without other threads (forking one with threads may deadlock)."""
    if module_name in sys.modules or not hasattr(os, "fork") or threading.active_count() > 1:
        return ""
    try:
        spec = importlib.util.find_spec(module_name)
    except (ImportError, ValueError):
        return ""  # (the import itself below says what is wrong)
    if spec is None:
        return ""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: import, say so, and leave without any clean-up of the parent's
        os.close(read)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        try:
            importlib.import_module(module_name)
        except BaseException:  # noqa: BLE001 (the parent imports it again and says what failed)
            pass
        os.write(write, b"imported")
        os._exit(0)
    os.close(write)
    try:
        said = b""
        while chunk := os.read(read, 64):
            said += chunk
        _, status = os.waitpid(pid, 0)
    except BaseException:  # (interrupted while the module loops: the child goes too)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    finally:
        os.close(read)
    if said == b"imported":
        return ""
    how = (f"exit code {os.waitstatus_to_exitcode(status)}" if os.WIFEXITED(status)
           else f"signal {signal.Signals(os.WTERMSIG(status)).name}")
    return f"importing {module_name} ended the process ({how})"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def _shown(value: object) -> str:
    if isinstance(value, type):
        return f"{value.__module__}.{value.__qualname__}"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _kind(value: object) -> str:
    """What a value is, in words: ``a class``, ``a function``, ``a str``."""
    if isinstance(value, type):
        return "a class"
    kind = type(value).__name__
    return f"a {kind}" if kind[:1].lower() not in "aeiou" else f"an {kind}"

"""Output folders that are never half written and never overwrite what is not a joinsim report.

A run writes into a hidden sibling ``.<name>.tmp-<pid>-<random>`` and swaps it into place at the end
(one atomic ``renameat2(RENAME_EXCHANGE)`` on Linux; elsewhere two renames with Ctrl-C held back
in between). Ctrl-C or a killed process therefore leaves the complete previous report or none. A hidden
folder left by a killed run is removed by the next run into the same parent folder."""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from sim.config import ConfigError

# A folder holding one of these is a previous joinsim report, which a new run may replace.
MARKERS = ("summary.json", "run.json", "comparison.json")
_TMP = re.compile(r"^\.(?P<name>.+)\.tmp-(?P<pid>\d+)-")


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT) or SIGTERM: the CLI prints one line and exits with 128 + the signal number."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signum)
        self.signum = signum


def is_previous_run(folder: Path) -> bool:
    return any((folder / marker).is_file() for marker in MARKERS)


def check_out_dir(out: Path, flag: str = "--out") -> None:
    """Refuse, before anything is written, an output folder that replacing would lose data from."""
    out = Path(out)
    allowed = "allowed a new folder, an empty folder, or the folder of a previous joinsim run (replaced atomically)"
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise ConfigError(f"output folder {flag} = {str(out)!r} exists and is not a folder: {allowed}")
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise ConfigError(f"output folder {flag} = {str(out)!r} is inside {str(parent)!r}, which is a file: "
                                  f"{allowed}")
            break
    if out.is_dir():
        try:
            empty = not any(out.iterdir())
        except OSError as exc:
            raise ConfigError(f"output folder {flag} = {str(out)!r} cannot be read ({exc.strerror}): "
                              f"{allowed}") from None
        if not empty and not is_previous_run(out):
            raise ConfigError(f"output folder {flag} = {str(out)!r} exists and is not a previous joinsim run "
                              f"(no {' or '.join(MARKERS)} in it): {allowed}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(out: Path) -> list[Path]:
    """Remove the hidden working folders that runs killed while writing ``out`` left behind."""
    removed = []
    parent = Path(out).parent
    if not parent.is_dir():
        return removed
    for path in parent.glob(f".{glob_escape(Path(out).name)}.tmp-*"):
        match = _TMP.match(path.name)
        if match and match["name"] == Path(out).name and not _alive(int(match["pid"])):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def new_tmp(out: Path) -> Path:
    """A hidden working folder next to ``out`` (same file system, so the final rename is atomic)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(out)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=out.parent))


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM back during a few renames; deliver them afterwards (as ``Interrupted``)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        previous[signum] = signal.signal(signum, lambda n, _frame: received.append(n))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if received:
            raise Interrupted(received[0])


@contextlib.contextmanager
def interrupts_ignored() -> Iterator[None]:
    """Clean-up after an interruption must not itself be interrupted by a second Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux ``renameat2``); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def publish(tmp: Path, out: Path) -> None:
    """Move the finished working folder ``tmp`` to ``out``, replacing a previous report atomically.
    Afterwards ``tmp`` no longer exists (the previous report, if any, has been removed)."""
    tmp, out = Path(tmp), Path(out)
    os.chmod(tmp, 0o755)
    leftover = None
    try:
        with interrupts_held():
            check_out_dir(out)  # again: something may have appeared there while the run was running
            if out.is_dir():
                if _exchange(tmp, out):
                    leftover = tmp  # now holds the previous report
                else:
                    leftover = tmp.with_name(tmp.name + "-previous")
                    os.replace(out, leftover)
                    os.replace(tmp, out)
            else:
                os.replace(tmp, out)
    finally:
        if leftover is not None:
            with interrupts_ignored():
                shutil.rmtree(leftover, ignore_errors=True)


def discard(*paths: Path) -> None:
    with interrupts_ignored():
        for path in paths:
            shutil.rmtree(path, ignore_errors=True)

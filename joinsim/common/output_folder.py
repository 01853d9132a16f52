"""The one way a command writes its output folder: ``joinsim run``, ``compare``, ``sweep``, ``spec`` and any
future command, and the Python API (``joinsim.sim.simulate(...).report(path)``) too.

    with output_folder.writing(out, command="run", flag="--out") as work:
        ...  # write the files into the folder ``work``
    # leaving the block normally publishes ``work`` at ``out``, in one atomic step

What it promises:

1. **Nobody's folder is lost.** Before any work starts, ``out`` must be new, empty, or a previous output of the
   *same* command: a folder holding the stamp ``.joinsim-output.json`` (which only this module writes) and nothing
   but the files that stamp lists. Any other folder is refused (``UsageError``, with the reason), and left as it
   is. So are paths that cannot be an output folder: the current folder or one that contains it, the home
   folder, a symbolic link, a file, a path with a NUL character or longer than the system allows.
2. **Never half-written.** The files are written into a hidden working folder beside ``out`` (on the same file
   system), made before the work starts, so an unwritable or full destination is refused before the work.
   On success the working folder and ``out`` are swapped in one atomic rename (Linux ``renameat2`` with
   ``RENAME_EXCHANGE``; a plain rename when ``out`` does not exist yet), and the previous output is removed.
   On an error, Ctrl-C or SIGTERM the working folder is removed; ``out`` still holds the complete previous
   output, or nothing.
3. **Leftovers of a killed command are cleaned, live ones never.** After ``kill -9`` the hidden working folder
   stays; the next command writing beside it removes it. A working folder is live while the process writing it
   holds an ``flock`` on it, which the kernel releases when that process dies: unlike a process id, this also
   holds for processes in another PID namespace (a container).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import json
import os
import re
import secrets
import shutil
import signal
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from joinsim.common.errors import Interrupted, UsageError

STAMP = ".joinsim-output.json"
MAX_STAMP_BYTES = 1 << 20
MAX_LISTED_ENTRIES = 100_000  # a previous output holds a few dozen files; a folder with more is not one
MAX_PATH_BYTES = 4000  # Linux's PATH_MAX is 4096, with room for the hidden working folder's longer name
MAX_NAME_BYTES = 200  # NAME_MAX is 255, with room for ".<name>.joinsim-<command>-<pid>-<random>"
ALLOWED = "allowed a new folder, an empty folder, or a previous output of the same joinsim command"


# --------------------------------------------------------------------------------------------- checks
def check(out: str | Path, command: str, flag: str = "--out") -> Path:
    """Refuse, before any work, an output folder that writing would lose data from; returns it as a Path."""
    shown = f"output folder {flag} = {_show(out)}"
    text = os.fspath(out)
    if "\0" in text:
        raise UsageError(f"{shown} contains a NUL character: allowed a folder path")
    if not text.strip():
        raise UsageError(f"{shown} is empty: allowed a folder path")
    for place, char in enumerate(os.path.abspath(text)):  # (as pyarrow and the pages will write it: UTF-8 text)
        if "\udc80" <= char <= "\udcff":
            raise UsageError(f"{shown} is not UTF-8 (the byte {ord(char) - 0xdc00:#04x} at character {place + 1} of "
                             "its full path): allowed a folder path in UTF-8")
        if unicodedata.category(char) in ("Cc", "Cs", "Cf"):  # (Cf: invisible ones, a bidi override reverses)
            raise UsageError(f"{shown} contains the control character U+{ord(char):04X} at character {place + 1} "
                             "of its full path: allowed printable, visible characters")
    raw = os.fsencode(text)
    if len(raw) > MAX_PATH_BYTES:
        raise UsageError(f"{shown[:80]}… is {len(raw):,} bytes long: allowed a path of at most "
                         f"{MAX_PATH_BYTES:,} bytes")
    path = Path(text)
    if any(len(os.fsencode(part)) > MAX_NAME_BYTES for part in path.parts):
        raise UsageError(f"{_show(out)[:80]}…: a folder name in {flag} is longer than {MAX_NAME_BYTES} bytes: "
                         f"allowed names of at most {MAX_NAME_BYTES} bytes")
    resolved = Path(os.path.abspath(text))
    cwd = Path.cwd()
    if resolved == cwd or resolved in cwd.parents:
        raise UsageError(f"{shown} is the current folder or contains it: allowed a new folder, such as "
                         f"{flag} reports/my-run")
    if resolved == Path.home() or resolved == Path(resolved.anchor):
        raise UsageError(f"{shown} is {'the home folder' if resolved == Path.home() else 'the root folder'}: "
                         f"allowed a new folder inside it")
    if path.is_symlink():
        raise UsageError(f"{shown} is a symbolic link: {ALLOWED}")
    for parent in resolved.parents:
        if parent.exists() or parent.is_symlink():
            if not parent.is_dir():
                raise UsageError(f"{shown} is inside {_show(parent)}, which is a file: {ALLOWED}")
            break
    if path.exists() and not path.is_dir():
        raise UsageError(f"{shown} exists and is not a folder: {ALLOWED}")
    if path.is_dir() and os.path.ismount(path):
        raise UsageError(f"{shown} is a mount point, which cannot be replaced: allowed a new folder inside it")
    if path.is_dir():
        _check_previous_output(path, command, shown)
    return path


def _show(path: str | Path) -> str:
    return repr(os.fspath(path))


def _entries(folder: Path, shown: str) -> list[str]:
    """Every file and folder under ``folder``, as relative paths (folders end with '/'), at most a bounded number."""
    found: list[str] = []
    try:
        for root, dirs, files in os.walk(folder, onerror=_raise):
            rel = Path(root).relative_to(folder)
            for name in sorted(dirs):
                found.append(f"{(rel / name).as_posix()}/")
            for name in sorted(files):
                found.append((rel / name).as_posix())
            if len(found) > MAX_LISTED_ENTRIES:
                raise UsageError(f"{shown} holds more than {MAX_LISTED_ENTRIES:,} files, so it is not a previous "
                                 f"joinsim output: {ALLOWED}")
    except OSError as exc:
        raise UsageError(f"{shown} cannot be read ({exc.strerror}): {ALLOWED}") from None
    return found


def _raise(error: OSError) -> None:
    raise error


def read_stamp(folder: Path) -> dict | None:
    """The stamp of a previous output, or None if the folder has none (or an unreadable one)."""
    stamp = folder / STAMP
    try:
        if stamp.is_symlink() or not stamp.is_file() or stamp.stat().st_size > MAX_STAMP_BYTES:
            return None
        found = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (isinstance(found, dict) and found.get("written_by") == "joinsim" and isinstance(found.get("command"), str)
            and isinstance(found.get("files"), list) and all(isinstance(f, str) for f in found["files"])):
        return None
    return found


def _check_previous_output(folder: Path, command: str, shown: str) -> None:
    entries = _entries(folder, shown)
    if not entries:
        return
    stamp = read_stamp(folder)
    if stamp is None:
        raise UsageError(f"{shown} exists and is not a previous joinsim output (it has no {STAMP} stamp): {ALLOWED}")
    if stamp["command"] != command:
        raise UsageError(f"{shown} is the output of `joinsim {stamp['command']}`, not of `joinsim {command}`: "
                         f"{ALLOWED}")
    written = set(stamp["files"]) | {STAMP}
    foreign = [entry for entry in entries if entry not in written]
    if foreign:
        more = f" and {len(foreign) - 1} more" if len(foreign) > 1 else ""
        raise UsageError(f"{shown} holds {foreign[0]!r}{more}, which joinsim did not write there: {ALLOWED}")


# ------------------------------------------------------------------------------------------- writing
@contextlib.contextmanager
def writing(out: str | Path, command: str, flag: str = "--out", needs_bytes: int = 0) -> Iterator[Path]:
    """Check ``out``, make the hidden working folder beside it and yield it; publish it on a normal exit,
    remove it otherwise. ``needs_bytes``: a rough size of the output, refused at once if the disk has less."""
    out = check(out, command, flag)
    work, lock = _new_work_folder(out, command, flag)
    try:
        if needs_bytes:
            _check_space(work, needs_bytes, out, flag)
        try:
            yield work
            _publish(work, out, command, flag)
        except OSError as exc:  # a full disk, a folder made read-only meanwhile...: one line, nothing left
            where = exc.filename if exc.filename else out
            raise UsageError(f"output folder {flag} = {_show(out)} could not be written ({exc.strerror}: "
                             f"{_show(where)}); nothing was written") from None
    except BaseException:
        discard(work)
        raise
    finally:
        os.close(lock)


def _new_work_folder(out: Path, command: str, flag: str) -> tuple[Path, int]:
    shown = f"output folder {flag} = {_show(out)}"
    parent = Path(os.path.abspath(out)).parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        clean_stale(out)
        work = parent / f".{out.name}.joinsim-{command}-{os.getpid()}-{secrets.token_hex(4)}"
        work.mkdir()
    except OSError as exc:
        raise UsageError(f"{shown} cannot be written ({exc.strerror}): allowed a folder in a place you can "
                         "write to") from None
    lock = os.open(work, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    fcntl.flock(lock, fcntl.LOCK_EX)  # (held until this process closes it or dies)
    try:
        probe = work / ".joinsim-probe"
        probe.write_bytes(b"joinsim")
        probe.unlink()
    except OSError as exc:
        os.close(lock)
        discard(work)
        raise UsageError(f"{shown} cannot be written ({exc.strerror}): allowed a folder in a place you can "
                         "write to") from None
    return work, lock


def _check_space(work: Path, needs: int, out: Path, flag: str) -> None:
    free = shutil.disk_usage(work).free
    if free < needs:
        raise UsageError(f"output folder {flag} = {_show(out)}: the disk has {free / 1e6:,.0f} MB free and this "
                         f"output needs about {needs / 1e6:,.0f} MB: allowed a folder on a disk with room for it")


def clean_stale(out: Path) -> list[Path]:
    """Remove the hidden working folders that killed commands left beside ``out`` (never a live one, and never a
    folder whose name only looks like one: the name must be exactly what ``_new_work_folder`` makes)."""
    removed: list[Path] = []
    parent = Path(os.path.abspath(out)).parent
    if not parent.is_dir():
        return removed
    made_by_joinsim = re.compile(re.escape(f".{out.name}.joinsim-") + r"[a-z]+-\d+-[0-9a-f]{8}(-previous)?")
    try:
        candidates = [entry for entry in os.scandir(parent) if made_by_joinsim.fullmatch(entry.name)]
    except OSError:
        return removed
    for entry in candidates:
        path = Path(entry.path)
        if entry.is_symlink() or not entry.is_dir():
            continue
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # held: a command is writing it
        finally:
            os.close(fd)  # (releases the lock just taken)
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _files(folder: Path) -> list[str]:
    return [entry for entry in _entries(folder, _show(folder)) if entry != STAMP]


def _publish(work: Path, out: Path, command: str, flag: str) -> None:
    stamp = {"written_by": "joinsim", "command": command, "files": _files(work)}
    (work / STAMP).write_text(json.dumps(stamp, indent=1) + "\n", encoding="utf-8")
    umask = os.umask(0)
    os.umask(umask)
    for root, dirs, _ in os.walk(work):  # mkdtemp-like folders are 0700: give them the usual mode
        for name in dirs:
            os.chmod(Path(root) / name, 0o777 & ~umask)
    os.chmod(work, 0o777 & ~umask)
    old = None
    with interrupts_held():
        check(out, command, flag)  # again: something may have been put there while the command ran
        if out.is_dir():
            if _exchange(work, out):
                old = work  # (now holds the previous output)
            else:  # no atomic exchange on this system: two renames, with signals held back in between
                old = work.with_name(work.name + "-previous")
                os.rename(out, old)
                os.rename(work, out)
        else:
            os.rename(work, out)
    if old is not None:
        discard(old)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux ``renameat2``); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def discard(*paths: Path) -> None:
    """Remove working folders; a second Ctrl-C does not interrupt the clean-up."""
    with interrupts_ignored():
        for path in paths:
            shutil.rmtree(path, ignore_errors=True)


# ------------------------------------------------------------------------------------------- signals
@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM back during a few renames; deliver them afterwards (as ``Interrupted``)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {signum: signal.signal(signum, lambda n, _frame: received.append(n))
                for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if received:
            raise Interrupted(received[0])


@contextlib.contextmanager
def interrupts_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, signal.SIG_IGN) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)

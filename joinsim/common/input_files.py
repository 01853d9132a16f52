"""Input files (configs, sweep files, rosters) are opened one way: only a regular file is read, never a pipe, a
device or a socket (a named pipe without a writer would wait for ever; ``/dev/zero`` would never end), and a read
error is one line naming the file."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from joinsim.common.errors import UsageError


def shown(path: str | Path) -> str:
    """A path as a message shows it: quoted, with control characters escaped (a file name can hold any)."""
    return repr(os.fspath(path))


def printable(text: str) -> str:
    """Text for a terminal: control characters (an escape sequence, a newline) written escaped, as in Python."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def open_regular(path: str | Path, what: str, allowed: str) -> BinaryIO:
    """``path`` opened for reading in binary, if it is a regular file; otherwise one ``UsageError``."""
    text = os.fspath(path)
    if "\0" in text:
        raise UsageError(f"{what} {shown(path)[:200]} contains a NUL character: allowed a file path")
    try:
        mode = os.stat(text).st_mode
    except FileNotFoundError:
        raise UsageError(f"{what} {shown(path)} not found") from None
    except OSError as exc:
        raise UsageError(f"{what} {shown(path)} cannot be read: {exc.strerror}") from None
    if stat.S_ISDIR(mode):
        raise UsageError(f"{what} {shown(path)} is a folder: allowed {allowed}")
    if not stat.S_ISREG(mode):
        raise UsageError(f"{what} {shown(path)} is not a regular file (a pipe, a device or a socket): allowed "
                         f"{allowed}")
    try:
        return open(text, "rb")  # noqa: SIM115  (the caller closes it)
    except OSError as exc:
        raise UsageError(f"{what} {shown(path)} cannot be read: {exc.strerror}") from None

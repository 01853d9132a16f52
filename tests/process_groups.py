"""The processes still alive in a process group, read from /proc: how the end-to-end tests check that a command's
worker processes did not outlive it (shared by test_end_to_end.py and test_sweep.py)."""

from __future__ import annotations

from pathlib import Path


def alive_in_group(pgid: int) -> list[int]:
    """The PIDs of the processes of group ``pgid`` that are not zombies."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append(int(entry.name))
    return found

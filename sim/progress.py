"""The one progress bar: tqdm on standard error when it is a terminal, nothing otherwise (logs and CI stay clean).
``--quiet`` switches it off; it never hides results."""

from __future__ import annotations

import sys


class Progress:
    """``with Progress(total, "replication", "replications") as bar: bar.advance(1)``."""

    def __init__(self, total: int, unit: str, description: str, enabled: bool = True) -> None:
        self.bar = None
        if enabled and total > 0 and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=unit, desc=description, leave=False, file=sys.stderr)

    def advance(self, steps: int = 1, note: str | None = None) -> None:
        if self.bar is not None:
            self.bar.update(steps)
            if note:
                self.bar.set_postfix_str(note, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

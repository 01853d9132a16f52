"""Bad input: the command line prints the message as one line, ``joinsim: error: …``, and exits with code 2.

A message names what is wrong, where (the field, flag, file or line) and what is allowed. Nothing is written
when one is raised before the work starts, and nothing half-written is left when one is raised later."""

from __future__ import annotations


class UsageError(Exception):
    """Bad flags, configuration, input file or output folder (exit code 2)."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT) or SIGTERM: the command line prints one line and exits with 128 + the signal number.

    ``pending``: the signal received, until the command ends. A simulation checks it between two of its steps
    (``joinsim.sim.migration.Migration.run``): the exception raised inside a user's journey is caught by SimPy as
    that process's failure, and the next journey would start before SimPy raised it, so a journey that never yields
    (an analyst's model in a loop) would swallow one signal after another."""

    pending = 0

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class ModelFailed(Exception):
    """An analyst's model (``--model``) raised while it ran: the command line prints one line and exits with 1."""

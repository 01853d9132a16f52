"""Runs the joinsim command line with one function made to pause at a known point, so that a test can interrupt
or kill the command there whatever the speed of the machine (a test never races a running simulation).

    python tests/paused_joinsim.py MODULE:FUNCTION MARKER [joinsim arguments...]

When ``MODULE.FUNCTION`` is first called (in this process or in a worker process forked from it), the file
``MARKER`` is written and the call waits two minutes before it goes on; the test signals the command meanwhile.
"""

import importlib
import os
import sys
import time
from pathlib import Path

target, marker, *argv = sys.argv[1:]
module_name, function = target.split(":")
module = importlib.import_module(module_name)
original = getattr(module, function)


def paused(*args, **kwargs):
    Path(marker).write_text(str(os.getpid()))
    time.sleep(120)
    return original(*args, **kwargs)


setattr(module, function, paused)

from joinsim.cli import main  # noqa: E402  (after the patch)

sys.exit(main(argv))

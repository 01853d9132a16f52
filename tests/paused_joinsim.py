"""Runs the joinsim command line with one function made to pause at a known point, so that a test can interrupt
or kill the command there whatever the speed of the machine (a test never races a running simulation).

    python tests/paused_joinsim.py MODULE:FUNCTION MARKER [joinsim arguments...]
    python tests/paused_joinsim.py MODULE:CLASS.METHOD MARKER [joinsim arguments...]

The first call of the function (in this process or in any worker process forked from it: the first to create
``MARKER.taken``) writes the file ``MARKER`` (its process id) and waits two minutes before it goes on; the test
signals the command meanwhile. Later calls go straight on.
"""

import functools
import importlib
import os
import sys
import time
from pathlib import Path

target, marker, *argv = sys.argv[1:]
module_name, attribute = target.split(":")
owner = importlib.import_module(module_name)
*path, function = attribute.split(".")
for name in path:
    owner = getattr(owner, name)
original = getattr(owner, function)


@functools.wraps(original)  # (the same signature: pytest passes a hook the arguments it names)
def paused(*args, **kwargs):
    try:
        os.close(os.open(f"{marker}.taken", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return original(*args, **kwargs)
    Path(marker).write_text(str(os.getpid()))
    time.sleep(120)
    return original(*args, **kwargs)


setattr(owner, function, paused)

from joinsim.cli import main  # noqa: E402  (after the patch)

sys.exit(main(argv))

"""The ``joinsim`` command-line tool and the plumbing its commands share.

- ``joinsim.cli``: the commands (``run``, ``compare``, ``sweep``, ``spec``, ``steps``, ``config``), registered
  explicitly, each a thin layer over the simulator (``sim``) or the living documentation (``livingdoc``);
- ``joinsim.output_folder``: the one way any command writes its output folder (never half-written, never over a
  folder joinsim did not write);
- ``joinsim.errors``: ``UsageError``, bad input that the command line prints as one line (exit 2).

Nothing here imports ``sim`` or ``livingdoc`` at import time, so that they can use this plumbing.
"""

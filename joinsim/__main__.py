"""``python -m joinsim``: the same as the ``joinsim`` console script."""

from joinsim.cli import console

console()

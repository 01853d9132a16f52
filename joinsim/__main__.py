"""``python -m joinsim``: the same as the ``joinsim`` console script."""

import sys

from joinsim.cli import main

sys.exit(main())

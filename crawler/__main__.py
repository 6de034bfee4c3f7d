"""``python -m crawler``: the `crawler` command."""

import sys

from .cli import main

sys.exit(main())

"""``python -m crawler.cli``: the `crawler` command."""

import sys

from . import main

sys.exit(main())

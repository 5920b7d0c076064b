"""``python -m jogg_desktop``: the command line (see :mod:`jogg_desktop.cli`)."""

import sys

from jogg_desktop.cli import main

sys.exit(main())

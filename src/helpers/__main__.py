"""``python -m helpers`` entry point."""

import sys

from helpers.cli.cli import main

sys.exit(main())

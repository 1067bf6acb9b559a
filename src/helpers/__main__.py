"""``python -m helpers`` entry point."""

import sys

from helpers.cli.main import main

sys.exit(main())

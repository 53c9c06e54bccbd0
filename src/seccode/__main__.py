"""``python -m seccode``."""

import sys

from seccode.cli import main

sys.exit(main())

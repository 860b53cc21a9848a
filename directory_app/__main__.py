"""`python -m directory_app` runs the same entry point as `ngo-directory`."""

import sys

from directory_app.app import main

sys.exit(main())

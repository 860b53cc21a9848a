"""`python -m directory_app` runs the same entry point as `ngo-directory`."""

import sys

from directory_app.app import main

# Guarded: a child process started with spawn (vCard reading, exchange/parallel_read.py)
# imports this module again and must not start a second app.
if __name__ == "__main__":
    sys.exit(main())

"""The one API that reads and writes the directory. Plain Python; the GUI and CLI both use it."""

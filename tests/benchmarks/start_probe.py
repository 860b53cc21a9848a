"""Start the real app on a directory file and quit as soon as its main window is shown.

    python tests/benchmarks/start_probe.py DIRECTORY_FILE

Runs `directory_app.app.main(["--db", FILE])` unchanged, with `QApplication.exec` wrapped so
that the first turn of the event loop (after the window's show and first paint events) checks
that a main window is visible, prints MAIN_WINDOW_SHOWN (or NO_MAIN_WINDOW) and quits. The
benchmark times this whole process from the outside, as a user waits for it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

_exec = QApplication.exec


def _exec_until_shown(*_args):
    def shown() -> None:
        visible = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMainWindow) and w.isVisible()]
        print("MAIN_WINDOW_SHOWN" if visible else "NO_MAIN_WINDOW", flush=True)
        QApplication.quit()

    QTimer.singleShot(0, shown)
    return _exec()


QApplication.exec = _exec_until_shown

if __name__ == "__main__":
    from directory_app.app import main

    sys.exit(main(["--db", sys.argv[1]]))

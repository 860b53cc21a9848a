"""Running long work (imports, exports, prints, big queries) off the GUI thread.

The work is a plain function taking the core's two callbacks, `progress(done, total)` and
`cancelled() -> bool`; `Task` runs it on Qt's thread pool and reports through signals, which
Qt delivers on the GUI thread. `run_with_progress` adds a progress dialog with Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)
    #: The work returned normally, with its result.
    finished = Signal(object)
    #: The work raised; the message is the exception's text, meant for the user.
    failed = Signal(str)
    #: The work stopped because it was cancelled.
    cancelled = Signal()
    #: Always emitted last, whatever the outcome.
    done = Signal()


class Task(QRunnable):
    def __init__(self, work: Work):
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; Qt must not delete it under us
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # any failure is reported in words; nothing escapes the thread
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            # The core's contract: cancelled work leaves nothing behind, so its result is void.
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        self.signals.done.emit()


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they are done."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(self, work: Work) -> Task:
        task = Task(work)
        self._running.add(task)
        task.signals.done.connect(lambda: self._running.discard(task),
                                  Qt.ConnectionType.QueuedConnection)
        self._pool.start(task)
        return task

    def run_with_progress(self, parent: QWidget, label: str, work: Work) -> Task:
        """Start `work` with a modal progress dialog whose Cancel cancels it."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        task = self.start(work)
        dialog.canceled.connect(task.cancel)

        def on_progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)

        task.signals.progress.connect(on_progress)
        task.signals.done.connect(dialog.close)
        task.signals.done.connect(dialog.deleteLater)
        return task

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @property
    def running(self) -> int:
        return len(self._running)

"""Running long work (imports, exports, prints, big queries) off the GUI thread.

The work is a plain function taking the core's two callbacks, `progress(done, total)` and
`cancelled() -> bool`; `Task` runs it on Qt's thread pool and reports through signals, which
Qt delivers on the GUI thread. `run_with_progress` adds a progress dialog with Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, Signal
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
        # The work is let go once it has run: its closure may hold a directory (and so an
        # encrypted file's passphrase) that the window has closed since.
        work, self._work = self._work, None
        try:
            result = work(self._progress, self._cancel.is_set)
        except Exception as exc:  # any failure is reported in words; nothing escapes the thread
            if self._cancel.is_set():
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.failed, str(exc) or exc.__class__.__name__)
        else:
            # The core's contract: cancelled work leaves nothing behind, so its result is void.
            if self._cancel.is_set():
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.finished, result)
        self._emit(self.signals.done)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progress, done, total)

    @staticmethod
    def _emit(signal, *args) -> None:
        # When the window closes while the work runs (the app quitting), Qt deletes the signals'
        # object first: there is no one left to tell, and a traceback on the console helps no one.
        try:
            signal.emit(*args)
        except RuntimeError:
            pass


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they are done."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(self, work: Work, *, finished: Callable[[Any], None] | None = None,
              failed: Callable[[str], None] | None = None,
              cancelled: Callable[[], None] | None = None,
              progress: Callable[[int, int], None] | None = None,
              done: Callable[[], None] | None = None) -> Task:
        """Run `work` on the pool. The handlers are connected before it starts: a signal
        emitted before anyone listens is lost, and quick work can finish at once."""
        task = Task(work)
        for signal, handler in ((task.signals.finished, finished), (task.signals.failed, failed),
                                (task.signals.cancelled, cancelled),
                                (task.signals.progress, progress), (task.signals.done, done)):
            if handler is not None:
                signal.connect(handler)
        self._running.add(task)
        task.signals.done.connect(lambda: self._running.discard(task),
                                  Qt.ConnectionType.QueuedConnection)
        self._pool.start(task)
        return task

    def run_with_progress(self, parent: QWidget, label: str, work: Work,
                          **handlers: Callable[..., None] | None) -> Task:
        """Start `work` with a modal progress dialog whose Cancel cancels it."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        user_progress = handlers.pop("progress", None)
        user_done = handlers.pop("done", None)

        def on_progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if user_progress is not None:
                user_progress(done, total)

        def on_done() -> None:
            dialog.close()
            dialog.deleteLater()
            if user_done is not None:
                user_done()

        task = self.start(work, progress=on_progress, done=on_done, **handlers)
        dialog.canceled.connect(task.cancel)
        return task

    def cancel_all(self) -> None:
        """Ask every running task to stop (work that honours cancel leaves nothing behind)."""
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @property
    def running(self) -> int:
        return len(self._running)


_RUNNING: set[KeptThread] = set()


class KeptThread(QThread):
    """A QThread whose Python object lives from `start()` until its thread has ended, whatever
    happens to the window that started it: a QThread collected while its thread runs takes the
    whole process down (a closed import wizard's plan thread did, now and then, in the tests)."""

    def start(self) -> None:
        _RUNNING.add(self)
        self.finished.connect(self._forget, Qt.ConnectionType.QueuedConnection)
        super().start()

    def _forget(self) -> None:
        self.wait()             # `finished` comes just before the thread's very end
        _RUNNING.discard(self)

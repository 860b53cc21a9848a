"""Locking an encrypted directory after a spell without input.

`IdleWatcher` watches the application's keyboard and mouse input and emits `idle` after the
configured minutes. `IdleLock` then hides the window, closes the directory (the key leaves
memory with the engine) and asks for the passphrase before anything shows again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from directory_app.store.database import PassphraseNeeded, StoreError, open_directory
from directory_app.ui.opening import ask_passphrase, busy_cursor

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._timer.timeout.connect(self.idle)
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def stop(self) -> None:
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)

    def restart(self) -> None:
        self._timer.start()


class IdleLock(QObject):
    """Lock `window` (which has `directory` and `set_directory`) when the user is away."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, minutes: float):
        super().__init__(window)
        self.window = window
        self.watcher = IdleWatcher(minutes, self)
        self.watcher.idle.connect(self.lock)
        self.is_locked = False

    def lock(self) -> None:
        directory = self.window.directory
        if self.is_locked or not directory.encrypted:
            return
        self.is_locked = True
        self._path, self._read_only = directory.path, directory.read_only
        self.window.hide()
        directory.close()
        self.locked.emit()
        self.unlock()

    def unlock(self) -> None:
        retry = False
        while True:
            key = ask_passphrase(None, self._path, wrong=retry)
            if key is None:
                QApplication.instance().quit()
                return
            try:
                with busy_cursor():
                    directory = open_directory(self._path, key=key, read_only=self._read_only,
                                               exclusive=not self._read_only)
                break
            except PassphraseNeeded:
                retry = True
            except StoreError as exc:
                QMessageBox.critical(None, self.tr("Cannot open the directory"), str(exc))
                QApplication.instance().quit()
                return
        self.window.set_directory(directory)
        self.window.show()
        self.is_locked = False
        self.watcher.restart()
        self.unlocked.emit()

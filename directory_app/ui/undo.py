"""Undo and Redo through the change log.

A `BatchCommand` stands for one change-log batch. Undo reverts the batch (`history.revert`), which
is itself logged as a new batch; Redo reverts that revert. Because everything lives in the change
log, History can still show and revert these batches after a restart.

Writes run *before* the command is pushed (`run_and_push`): QUndoStack.push calls `redo()` from
C++, where a Python exception cannot reach the caller, so a refused save must fail earlier, in
the dialog that can show why. An undo or redo that meets a conflict cannot raise either; it
reports through `UndoNotifier.failed` and the command leaves the stack (nothing was changed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from directory_app.services.entries import Entries
from directory_app.services.history import RevertConflict, batch_changes, revert


class UndoNotifier(QObject):
    """Tells the window that the directory changed (refresh views) or an undo was refused."""

    changed = Signal()
    failed = Signal(str)


class BatchCommand(QUndoCommand):
    """One change-log batch on the undo stack."""

    def __init__(self, entries: Entries, text: str, batch: str,
                 notifier: UndoNotifier | None = None):
        super().__init__(text)
        self.entries = entries
        self.batch = batch  # the batch whose effect is currently in the directory
        self.undo_batch: str | None = None  # the revert that undid it, while undone
        self.notifier = notifier
        self.error = ""
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the write already ran in run_and_push
            self._pushed = True
            return
        if self.undo_batch is not None:
            self._apply(lambda: revert(self.entries, self.undo_batch), redo=True)

    def undo(self) -> None:
        self._apply(lambda: revert(self.entries, self.batch), redo=False)

    def _apply(self, work: Callable[[], str], *, redo: bool) -> None:
        try:
            new_batch = work()
        except RevertConflict as exc:
            self.error = str(exc)
            self.setObsolete(True)
            if self.notifier is not None:
                self.notifier.failed.emit(self.error)
            return
        if redo:
            self.batch, self.undo_batch = new_batch, None
        else:
            self.undo_batch = new_batch
        if self.notifier is not None:
            self.notifier.changed.emit()


def run_and_push(stack: QUndoStack, entries: Entries, text: str, write: Callable[[], str],
                 notifier: UndoNotifier | None = None) -> str:
    """Run `write` (which returns its batch id) and push it as one undoable step.

    Exceptions from `write` (ValidationError, RevertConflict) reach the caller; nothing is pushed.
    A write that changed nothing is not pushed either (there would be nothing to undo).
    """
    batch = write()
    if not batch_changes(entries.directory, batch):
        return batch
    command = BatchCommand(entries, text, batch, notifier)
    stack.push(command)
    if notifier is not None:
        notifier.changed.emit()
    return batch


def push_revert(stack: QUndoStack, entries: Entries, text: str, batch: str,
                notifier: UndoNotifier | None = None) -> str:
    """Revert an earlier batch (e.g. from History after a restart) as an undoable step."""
    return run_and_push(stack, entries, text, lambda: revert(entries, batch), notifier)


def mark_verified(stack: QUndoStack, entries: Entries, org_id: int, text: str,
                  notifier: UndoNotifier | None = None) -> str:
    """Set an organisation's last verification to today, as one undoable step."""
    return run_and_push(stack, entries, text,
                        lambda: entries.update_org(org_id, last_verified=date.today()).batch,
                        notifier)

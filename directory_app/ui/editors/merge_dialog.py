"""Merging two organisations or two people: a side-by-side choice per field, then one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.validation import ValidationError
from directory_app.services.entries import Entries
from directory_app.services.history import RevertConflict
from directory_app.services.merge import (
    merge_orgs,
    merge_people,
    org_merge_preview,
    person_merge_preview,
)
from directory_app.ui import labels
from directory_app.ui.undo import UndoNotifier, run_and_push


def _vocabulary_label(field: str, value):
    """A kind, status, privacy or consent in the window's words ("ngo" reads "NGO")."""
    choices = {"kind": labels.org_kinds, "status": labels.statuses,
               "privacy": labels.privacy_levels, "consent": labels.consents}.get(field)
    return choices().get(value, value) if choices and isinstance(value, str) else value


class MergeDialog(QDialog):
    """Merge `other_id` into `keep_id` (organisations, or people with `people=True`)."""

    def __init__(self, entries: Entries, stack: QUndoStack, keep_id: int, other_id: int,
                 parent: QWidget | None = None, *, people: bool = False,
                 notifier: UndoNotifier | None = None):
        super().__init__(parent)
        self.entries = entries
        self.stack = stack
        self.people = people
        self.notifier = notifier
        self.batch: str | None = None
        self.setWindowTitle(self.tr("Merge people") if people else
                            self.tr("Merge organisations"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.moves = QLabel(self)
        self.moves.setWordWrap(True)
        self.swap_button = QPushButton(self.tr("&Keep the other one instead"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.moves)
        layout.addWidget(self.swap_button)
        layout.addWidget(self.buttons)
        self.swap_button.clicked.connect(lambda: self.show_pair(self.other_id, self.keep_id))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 520)
        self.show_pair(keep_id, other_id)

    def _moved(self, what: str, n: int) -> str:
        """"3 contact points": a count with its noun, in the plural form the language needs."""
        texts = {"contact points": lambda: self.tr("%n contact point(s)", "", n),
                 "other names": lambda: self.tr("%n other name(s)", "", n),
                 "people's roles": lambda: self.tr("%n person's role(s)", "", n),
                 "publications": lambda: self.tr("%n publication(s)", "", n),
                 "offices": lambda: self.tr("%n office(s)", "", n),
                 "relations": lambda: self.tr("%n relation(s)", "", n),
                 "regions": lambda: self.tr("%n region(s)", "", n),
                 "focus areas": lambda: self.tr("%n focus area(s)", "", n),
                 "roles": lambda: self.tr("%n role(s)", "", n)}
        return texts[what]() if what in texts else f"{n} {what}"

    def show_pair(self, keep_id: int, other_id: int) -> None:
        self.keep_id, self.other_id = keep_id, other_id
        preview = (person_merge_preview if self.people else org_merge_preview)(
            self.entries.directory, keep_id, other_id)
        self.preview = preview
        title = "display_name" if self.people else "name"
        self.heading.setText(self.tr("“%1” will be kept; “%2” will be merged into it and then "
                                     "deleted. Choose which value to keep where they differ.")
                             .replace("%1", preview.keep[title])
                             .replace("%2", preview.other[title]))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        names = labels.field_names()
        for column, text in enumerate((self.tr("Field"), self.tr("Kept entry"),
                                       self.tr("Other entry"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self.grid_host), 0, column)
        for row, field in enumerate(preview.differing, start=1):
            group = QButtonGroup(self.grid_host)
            empty = self.tr("(empty)")
            shown = [_short(_vocabulary_label(field, preview.keep[field])),
                     _short(_vocabulary_label(field, preview.other[field]))]
            keep = QRadioButton(shown[0] or empty, self.grid_host)
            other = QRadioButton(shown[1] or empty, self.grid_host)
            for button, value, text in ((keep, preview.keep[field], shown[0]),
                                        (other, preview.other[field], shown[1])):
                whole = _vocabulary_label(field, value)       # in full, and in words
                button.setToolTip(str(whole if whole is not None else ""))
                button.setAccessibleName(f"{names.get(field, field)}: {text}")
                group.addButton(button)
            keep.setChecked(True)
            if preview.keep[field] in (None, "") and preview.other[field] not in (None, ""):
                other.setChecked(True)  # an empty field takes the other side's value
            self.grid.addWidget(QLabel(names.get(field, field), self.grid_host), row, 0)
            self.grid.addWidget(keep, row, 1)
            self.grid.addWidget(other, row, 2)
            self.choices[field] = (keep, other)
        self.grid.setRowStretch(len(preview.differing) + 1, 1)
        if not preview.differing:
            self.grid.addWidget(QLabel(self.tr("The two entries agree on every field."),
                                       self.grid_host), 1, 0, 1, 3)
        parts = [self._moved(k, n) for k, n in preview.moves.items() if n]
        text = self.tr("Moves to the kept entry: %1.").replace(
            "%1", ", ".join(parts) if parts else self.tr("nothing"))
        duplicates = sum(preview.duplicates.values())
        if duplicates:
            text += " " + self.tr("%n identical contact point(s) will not be doubled.", "",
                                  duplicates)
        self.moves.setText(text)

    def use_other(self) -> list[str]:
        return [field for field, (_keep, other) in self.choices.items() if other.isChecked()]

    def choose_other(self, field: str) -> None:
        self.choices[field][1].setChecked(True)

    def merge(self) -> bool:
        title = "display_name" if self.people else "name"
        text = self.tr("Merge “%1” into “%2”").replace(
            "%1", self.preview.other[title]).replace("%2", self.preview.keep[title])
        action = merge_people if self.people else merge_orgs
        fields = self.use_other()
        try:
            self.batch = run_and_push(
                self.stack, self.entries, text,
                lambda: action(self.entries, self.keep_id, self.other_id, fields), self.notifier)
        except (ValidationError, RevertConflict) as exc:
            QMessageBox.warning(self, self.tr("Not merged"),
                                self.tr("Nothing was changed: %1").replace("%1", str(exc)))
            return False
        self.accept()
        return True


def _short(value: Any, limit: int = 70) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"

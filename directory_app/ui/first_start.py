"""The offer shown when the window opens on an empty directory: sample, import, or empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from directory_app.services.sample import load_sample

if TYPE_CHECKING:
    from directory_app.ui.main_window import MainWindow

SAMPLE, IMPORT, EMPTY = "sample", "import", "empty"


class FirstStartDialog(QDialog):
    """Asks how to begin. `choice` is SAMPLE, IMPORT or EMPTY after the dialog closes."""

    def __init__(self, can_import: bool, parent=None):
        super().__init__(parent)
        self.choice = EMPTY
        self.setWindowTitle(self.tr("Welcome to NGO Directory"))
        text = QLabel(self.tr(
            "<p><b>This directory is empty.</b></p>"
            "<p>You can load the sample handbook (Amnesty International - Russia, Memorial, "
            "the Moscow Helsinki Group and their partners) to look around, import your own "
            "list from a CSV or vCard file, or start with an empty directory.</p>"), self)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.sample_button = QPushButton(self.tr("Load the &Sample Handbook"), self)
        self.import_button = QPushButton(self.tr("&Import a File…"), self)
        self.import_button.setEnabled(can_import)
        if not can_import:
            self.import_button.setToolTip(self.tr("Importing is not available in this build."))
        self.empty_button = QPushButton(self.tr("Start &Empty"), self)
        for button, choice in ((self.sample_button, SAMPLE), (self.import_button, IMPORT),
                               (self.empty_button, EMPTY)):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            button.setAccessibleName(button.text().replace("&", ""))
        self.sample_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        # Wide enough for the three buttons side by side, however long they are in this language.
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(520, buttons.sizeHint().width() + margins.left()
                                 + margins.right()))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def directory_is_empty(window: MainWindow) -> bool:
    return window.queries.is_empty()


def apply_choice(window: MainWindow, choice: str) -> None:
    if choice == SAMPLE:
        load_sample(window.entries)
        window.refresh()
    elif choice == IMPORT and window.window_actions.import_file.isEnabled():
        window.window_actions.import_file.trigger()


def offer_first_start(window: MainWindow) -> str | None:
    """If the window's directory is empty, ask how to begin and do it; returns the choice."""
    if not directory_is_empty(window):
        return None
    dialog = FirstStartDialog(window.window_actions.import_file.isEnabled(), window)
    dialog.exec()
    apply_choice(window, dialog.choice)
    return dialog.choice

"""Preferences: the window's language (more settings, such as an idle lock, come later)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from directory_app.ui import settings as ui_settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        # Language names are written in their own language, as users look for them.
        for code, name in (("system", self.tr("System default")), ("en", "English"),
                           ("ru", "Русский")):
            self.language.addItem(name, code)
        current = ui_settings.language(settings)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("A new language is used from the next start."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        ui_settings.set_language(self.settings, self.language.currentData())
        self.settings.sync()
        super().accept()

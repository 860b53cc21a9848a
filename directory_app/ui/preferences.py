"""Preferences: the window's language, and when an encrypted directory locks itself."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
)

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
        self.idle_lock = QSpinBox(self)
        self.idle_lock.setRange(1, 240)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setAccessibleName(self.tr("Lock an encrypted directory after"))
        self.idle_lock.setValue(ui_settings.idle_lock_minutes(settings))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Lock an encrypted directory after &no input for:"), self.idle_lock)
        form.addRow(buttons)

    def accept(self) -> None:
        ui_settings.set_language(self.settings, self.language.currentData())
        ui_settings.set_idle_lock_minutes(self.settings, self.idle_lock.value())
        self.settings.sync()
        super().accept()

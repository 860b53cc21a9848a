"""Choosing the passphrase of a new encrypted directory: typed twice, long enough, the same."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from directory_app.store.crypto import MIN_PASSPHRASE


class NewPassphraseDialog(QDialog):
    def __init__(self, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Encrypted Directory"))
        intro = QLabel(self.tr(
            "%1 will be encrypted with this passphrase. Without it nobody can open the file "
            "or its backups, not even you: keep it somewhere safe.").replace("%1", file_name))
        intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit, name in ((self.first, self.tr("Passphrase")),
                           (self.second, self.tr("Passphrase again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.textChanged.connect(self._check)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._check()

    def problem(self) -> str:
        """What is wrong with the passphrase typed so far, in words; empty when it will do."""
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE))
        if first != second:
            return self.tr("The two passphrases are not the same.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        typed = bool(self.first.text() or self.second.text())
        self.message.setText(problem if typed else "")
        self.ok_button.setEnabled(not problem)

    def passphrase(self) -> str:
        return self.first.text()

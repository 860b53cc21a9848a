"""The CSV export dialog: rows, columns, privacy ceiling, encoding, delimiter, file.

The caller gives the scope (whole directory, a region, the current search or a selection); the
export itself (`exchange.csv_export.export_csv`) runs on a worker thread with Cancel.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from directory_app.exchange.csv_export import (
    ROW_KINDS,
    ExportOptions,
    ExportResult,
    available_columns,
    export_csv,
)
from directory_app.exchange.profiles import profile_for_privacy
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory


class ExportThread(QThread):
    progressed = Signal(int, int)
    finished_with = Signal(object)       # ExportResult, or None when cancelled
    failed = Signal(str)

    def __init__(self, directory: Directory, path: Path, scope: Scope, options: ExportOptions):
        super().__init__()
        self.args = (directory, path, scope, options)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = export_csv(*self.args, progress=self.progressed.emit,
                                cancelled=self._cancel.is_set)
        except Exception as exc:  # shown to the user in words; nothing escapes the thread
            self.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            self.finished_with.emit(result)


class ExportDialog(QDialog):
    def __init__(self, directory: Directory, scope: Scope | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export as CSV"))
        self.directory = directory
        self.scope = scope or Scope()
        self.result: ExportResult | None = None
        self.thread: ExportThread | None = None

        self.rows = QComboBox()
        for kind, label in zip(ROW_KINDS, (self.tr("One row per person in an organisation "
                                                   "(complete)"),
                                           self.tr("One row per organisation"),
                                           self.tr("One row per person")), strict=True):
            self.rows.addItem(label, kind)
        self.privacy = QComboBox()
        for level, label in (("public", self.tr("Public only")),
                             ("internal", self.tr("Up to internal")),
                             ("confidential", self.tr("Everything, confidential too"))):
            self.privacy.addItem(label, level)
        self.warning = QLabel(self.tr("This file will contain information that is not public. "
                                      "Share it only with people allowed to see it."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a00")
        self.encoding = QComboBox()
        for enc, label in (("utf-8", "UTF-8"), ("utf-8-sig", self.tr("UTF-8 with BOM (Excel)")),
                           ("cp1251", "Windows-1251")):
            self.encoding.addItem(label, enc)
        self.delimiter = QComboBox()
        for char, label in ((",", self.tr("comma")), (";", self.tr("semicolon")),
                            ("\t", self.tr("tab"))):
            self.delimiter.addItem(label, char)
        self.columns = QListWidget()
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Entries:"), QLabel(self.scope.describe()))
        form.addRow(self.tr("Rows:"), self.rows)
        form.addRow(self.tr("Privacy:"), self.privacy)
        form.addRow("", self.warning)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Delimiter:"), self.delimiter)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit)
        file_row.addWidget(browse)
        form.addRow(self.tr("File:"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Columns:")))
        layout.addWidget(self.columns)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.rows.currentIndexChanged.connect(self._fill_columns)
        self.privacy.currentIndexChanged.connect(self._privacy_changed)
        self._fill_columns()
        self._privacy_changed()

    def _fill_columns(self) -> None:
        self.columns.clear()
        for name in available_columns(self.rows.currentData()):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.columns.addItem(item)

    def _privacy_changed(self) -> None:
        self.warning.setVisible(self.privacy.currentData() != "public")

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export as CSV"), "export.csv",
                                              "CSV (*.csv)")
        if name:
            self.path_edit.setText(name)

    def chosen_columns(self) -> list[str]:
        return [self.columns.item(i).text() for i in range(self.columns.count())
                if self.columns.item(i).checkState() == Qt.CheckState.Checked]

    def set_columns(self, names: list[str]) -> None:
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names
                               else Qt.CheckState.Unchecked)

    def options(self) -> ExportOptions:
        return ExportOptions(rows=self.rows.currentData(), columns=self.chosen_columns(),
                             encoding=self.encoding.currentData(),
                             delimiter=self.delimiter.currentData(),
                             profile=profile_for_privacy(self.privacy.currentData()))

    def start(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.message.setText(self.tr("Choose a file to write."))
            return
        if not self.chosen_columns():
            self.message.setText(self.tr("Choose at least one column."))
            return
        self.result = None
        self.message.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.thread = ExportThread(self.directory, Path(path), self.scope, self.options())
        self.thread.progressed.connect(self._progressed)
        self.thread.finished_with.connect(self._done)
        self.thread.failed.connect(self._failed)
        self.thread.start()

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _finish(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.message.setText(text)

    def _done(self, result: ExportResult | None) -> None:
        self.result = result
        if result is None:
            self._finish(self.tr("Export cancelled; no file was written."))
        else:
            self._finish(self.tr("Exported %n row(s) to ", "", result.rows) + str(result.path))

    def _failed(self, message: str) -> None:
        self._finish(self.tr("Nothing was written: ") + message)

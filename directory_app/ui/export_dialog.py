"""The export dialog: CSV (rows, columns, encoding, delimiter) or vCard (3.0 or 4.0; one file,
a folder or a zip of one file per card), with the privacy ceiling and the file.

The caller gives the scope (whole directory, a region, the current search or a selection); the
export itself (`exchange.csv_export.export_csv`, `exchange.vcard_export.export_vcard`) runs on a
worker thread with Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from directory_app.exchange import vcard_export
from directory_app.exchange.csv_export import (
    ROW_KINDS,
    ExportOptions,
    available_columns,
    export_csv,
)
from directory_app.exchange.profiles import profile_for_privacy
from directory_app.exchange.scope import Scope
from directory_app.exchange.vcard_write import ExportCancelled
from directory_app.store.database import Directory
from directory_app.ui.labels import scope_text
from directory_app.ui.worker import KeptThread

CSV, VCARD = "csv", "vcard"
PAGE_CSV, PAGE_VCARD = range(2)


class ExportThread(KeptThread):
    progressed = Signal(int, int)
    finished_with = Signal(object)       # the export's result, or None when cancelled
    failed = Signal(str)

    def __init__(self, work: Callable[..., Any]):
        """`work(progress=..., cancelled=...)` writes the export (returns None if cancelled)."""
        super().__init__()
        self.work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.work(progress=self.progressed.emit, cancelled=self._cancel.is_set)
        except ExportCancelled:
            self.finished_with.emit(None)
        except Exception as exc:  # shown to the user in words; nothing escapes the thread
            self.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            self.finished_with.emit(result)


class ExportDialog(QDialog):
    def __init__(self, directory: Directory, scope: Scope | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.directory = directory
        self.scope = scope or Scope()
        self.result: Any = None
        self.thread: ExportThread | None = None

        self.format = QComboBox()
        self.format.addItem(self.tr("CSV (spreadsheets, mail merge)"), CSV)
        self.format.addItem(self.tr("vCard (phones, address books)"), VCARD)
        self.format.setAccessibleName(self.tr("Format"))
        self.version = QComboBox()
        self.version.addItem(self.tr("vCard 3.0 (widest support)"), "3.0")
        self.version.addItem(self.tr("vCard 4.0"), "4.0")
        self.version.setAccessibleName(self.tr("vCard version"))
        self.layout_choice = QComboBox()
        for layout, label in zip(vcard_export.LAYOUTS, (
                self.tr("All cards in one .vcf file"),
                self.tr("One file per card, in a new folder"),
                self.tr("One file per card, in a zip archive")), strict=True):
            self.layout_choice.addItem(label, layout)
        self.layout_choice.setAccessibleName(self.tr("Files"))

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
        self.columns.setAccessibleName(self.tr("Columns"))
        self.privacy.setAccessibleName(self.tr("Privacy"))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar()
        self.progress.hide()  # an empty bar before any export reads as a broken text field
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Entries:"), QLabel(scope_text(self.scope)))
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Privacy:"), self.privacy)
        form.addRow("", self.warning)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit)
        file_row.addWidget(browse)
        self.file_label = QLabel(self.tr("F&ile:"))
        self.file_label.setBuddy(self.path_edit)
        form.addRow(self.file_label, file_row)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._csv_page())
        self.pages.addWidget(self._vcard_page())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.rows.currentIndexChanged.connect(self._fill_columns)
        self.privacy.currentIndexChanged.connect(self._privacy_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.layout_choice.currentIndexChanged.connect(self._format_changed)
        self._fill_columns()
        self._privacy_changed()

    def _csv_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Rows:"), self.rows)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Delimiter:"), self.delimiter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Columns:")))
        layout.addWidget(self.columns)
        return page

    def _vcard_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Files:"), self.layout_choice)
        note = QLabel(self.tr("Organisations become company cards; people their own cards with "
                              "organisation and role. People the profile names only by role "
                              "get no card."))
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def chosen_format(self) -> str:
        return self.format.currentData()

    def _format_changed(self) -> None:
        vcard = self.chosen_format() == VCARD
        self.pages.setCurrentIndex(PAGE_VCARD if vcard else PAGE_CSV)
        layout = self.layout_choice.currentData()
        self.file_label.setText(self.tr("Folder:") if vcard and layout == "folder"
                                else self.tr("File:"))
        path = self.path_edit.text().strip()
        if path:   # keep the name the user chose, with the suffix of the format
            suffix = ".csv" if not vcard else {"file": ".vcf", "zip": ".zip"}.get(layout, "")
            self.path_edit.setText(str(Path(path).with_suffix(suffix)))

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
        layout = self.layout_choice.currentData()
        if self.chosen_format() == CSV:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export as CSV"), "export.csv",
                                                  "CSV (*.csv)")
        elif layout == "folder":
            name = QFileDialog.getExistingDirectory(self, self.tr("An empty folder for the cards"))
        elif layout == "zip":
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export as vCards"),
                                                  "contacts.zip", self.tr("Zip archive (*.zip)"))
        else:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export as vCards"),
                                                  "contacts.vcf", "vCard (*.vcf)")
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

    def _work(self, path: Path) -> Callable[..., Any]:
        if self.chosen_format() == CSV:
            return partial(export_csv, self.directory, path, self.scope, self.options())
        return partial(vcard_export.export_vcard, self.directory, path,
                       profile=profile_for_privacy(self.privacy.currentData()),
                       scope=self.scope, version=self.version.currentData(),
                       layout=self.layout_choice.currentData())

    def start(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            self.message.setText(self.tr("Choose a file to write."))
            return
        if self.chosen_format() == CSV and not self.chosen_columns():
            self.message.setText(self.tr("Choose at least one column."))
            return
        self.result = None
        self.message.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.thread = ExportThread(self._work(Path(path)))
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

    def _done(self, result: Any) -> None:
        self.result = result
        if result is None:
            self._finish(self.tr("Export cancelled; no file was written."))
        elif isinstance(result, vcard_export.ExportResult):
            self._finish(self.tr("Exported %n card(s) to ", "", result.cards) + str(result.target))
        else:
            self._finish(self.tr("Exported %n row(s) to ", "", result.rows) + str(result.path))

    def _failed(self, message: str) -> None:
        self._finish(self.tr("Nothing was written: ") + message)

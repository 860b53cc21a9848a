"""The import wizard: file → encoding and delimiter → columns → dry run → commit → report.

It drives `exchange.pipeline` and nothing else, so any format works: CSV files get the encoding
and column pages; a reader registered in `readers` (suffix → `ImportSource` factory, e.g. vCard)
goes straight to the dry run. The dry run and the commit run on a worker thread; Cancel leaves
the directory as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from directory_app.exchange.choices import DUPLICATE_CHOICES
from directory_app.exchange.csv_format import all_targets
from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.csv_mapping import (
    ColumnMap,
    Mapping,
    guess_mapping,
    list_presets,
    load_preset,
    mapping_from_preset,
    save_preset,
)
from directory_app.exchange.csv_read import DELIMITER_NAMES, CsvSource
from directory_app.exchange.pipeline import (
    ImportOptions,
    ImportReport,
    ImportSource,
    run_import,
    write_rejects,
)
from directory_app.exchange.vcard_import import VcardImport
from directory_app.store.database import Directory
from directory_app.ui.labels import import_target
from directory_app.ui.worker import KeptThread

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r", "cp1252", "cp866",
             "shift_jis", "iso8859-5", "mac-cyrillic"]
PAGE_FILE, PAGE_FORMAT, PAGE_MAPPING, PAGE_PLAN, PAGE_COMMIT = range(5)
# Formats other than CSV: file suffix → import source (they skip the encoding and column pages).
OTHER_READERS: dict[str, Callable[[Path], ImportSource]] = {
    ".vcf": VcardImport, ".vcard": VcardImport, ".zip": VcardImport,
}


class ImportThread(KeptThread):
    """Runs `run_import` off the GUI thread; `cancel()` makes the pipeline roll back."""

    progressed = Signal(int, int)
    finished_with = Signal(object)        # ImportReport
    failed = Signal(str)

    def __init__(self, directory: Directory, source: ImportSource, options: ImportOptions,
                 *, dry_run: bool):
        super().__init__()
        self.directory, self.source, self.options = directory, source, options
        self.dry_run = dry_run
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            report = run_import(self.directory, self.source, self.options,
                                dry_run=self.dry_run, keep_records=self.dry_run,
                                progress=self.progressed.emit, cancelled=self._cancel.is_set)
        except Exception as exc:  # shown to the user in words; nothing escapes the thread
            self.failed.emit(str(exc) or exc.__class__.__name__)
        else:
            self.finished_with.emit(report)


translate = QCoreApplication.translate


# The core's words, written out in full calls so that lupdate finds them (a tr() of a variable,
# or a helper wrapping translate(), is never picked up, so never translated).
def delimiter_names() -> dict[str, str]:
    return {",": translate("ImportPlan", "comma"),
            ";": translate("ImportPlan", "semicolon"),
            "\t": translate("ImportPlan", "tab"),
            "|": translate("ImportPlan", "vertical bar")}


def duplicate_choices() -> dict[str, str]:
    return {"skip": translate("ImportPlan", "skip"),
            "update": translate("ImportPlan", "update"),
            "new": translate("ImportPlan", "add as new"),
            "merge": translate("ImportPlan", "merge")}


def plan_statuses() -> dict[str, str]:
    return {"new": translate("ImportPlan", "new"),
            "update": translate("ImportPlan", "update"),
            "duplicate": translate("ImportPlan", "duplicate"),
            "error": translate("ImportPlan", "error")}


class ImportWizard(QWizard):
    def __init__(self, directory: Directory, path: Path | str | None = None, parent=None,
                 readers: dict[str, Callable[[Path], ImportSource]] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.directory = directory
        self.readers = readers if readers is not None else dict(OTHER_READERS)
        self.csv: CsvSource | None = None
        self.mapping: Mapping | None = None
        self.plan_report: ImportReport | None = None
        self.report: ImportReport | None = None
        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.plan_page = PlanPage(self)
        self.commit_page = CommitPage(self)
        for page_id, page in enumerate((self.file_page, self.format_page, self.mapping_page,
                                        self.plan_page, self.commit_page)):
            self.setPage(page_id, page)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
        # The mapping and plan pages are tables of several columns: room to read them.
        self.setMinimumSize(640, 480)
        self.resize(860, 620)

    # -- shared state -------------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return Path(self.file_page.path_edit.text().strip())

    @property
    def is_csv(self) -> bool:
        return self.path.suffix.lower() in CSV_SUFFIXES

    def source(self) -> ImportSource:
        if self.is_csv:
            fmt = self.csv.format
            return CsvImport(self.path, encoding=fmt.encoding, delimiter=fmt.delimiter,
                             mapping=self.mapping)
        return self.readers[self.path.suffix.lower()](self.path)

    def options(self) -> ImportOptions:
        return self.plan_page.options()


class ImportPlan(QObject):
    """The import report's summary. A QObject of the strings' context, because
    `pyside6-lupdate` gives a string plural forms only in a `self.tr(text, "", n)` call."""

    def summary(self, report: ImportReport) -> str:
        if report.cancelled:
            return self.tr("Import of %1 cancelled: nothing was changed.").replace(
                "%1", report.source)
        head = (self.tr("Would import %1:") if report.dry_run else
                self.tr("Imported %1:")).replace("%1", report.source)
        c = report.counts
        parts = [self.tr("%n new", "", c["new"]),
                 self.tr("%n updated", "", c["updated"]),
                 self.tr("%n likely duplicate(s)", "", c["duplicates"]) + " "
                 + self.tr("(%n skipped)", "", c["skipped"]),
                 self.tr("%n with errors", "", c["errors"]),
                 self.tr("%n warning(s)", "", c["warnings"])]
        records = self.tr("%n record(s)", "", c["records"])
        text = f"{head} {records} — {', '.join(parts)}."
        if report.unlisted:     # a big file: the counts are exact, the list holds its start
            text += " " + self.tr("The first %n are listed.", "", len(report.items))
        return text


def report_summary(report: ImportReport) -> str:
    """`ImportReport.summary` in the window's language (the core keeps English for the CLI)."""
    return ImportPlan().summary(report)


def buddy_label(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (Alt+letter) focuses `widget`, which it also names for screen
    readers."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&File:"), self.path_edit))
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), "", self.tr("Spreadsheets and address books "
                                                 "(*.csv *.tsv *.txt *.vcf *.vcard *.zip);;"
                                                 "All files (*)"))
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:
        return self.wiz.path.is_file()

    def validatePage(self) -> bool:
        wiz = self.wiz
        if not wiz.is_csv and wiz.path.suffix.lower() not in wiz.readers:
            self.message.setText(self.tr("This kind of file cannot be imported."))
            return False
        try:
            if wiz.is_csv:
                wiz.csv = CsvSource(wiz.path)
            else:
                wiz.readers[wiz.path.suffix.lower()](wiz.path)   # refuses a wrong file now
        except Exception as exc:  # ExchangeError: the reason in words
            self.message.setText(str(exc))
            return False
        return True

    def nextId(self) -> int:
        return PAGE_FORMAT if self.wiz.is_csv else PAGE_PLAN


class FormatPage(QWizardPage):
    """Encoding and delimiter, each detected and overridable, with a live preview."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Encoding and delimiter"))
        self.encoding = QComboBox()
        self.encoding.setEditable(True)
        self.encoding.addItems(ENCODINGS)
        self.delimiter = QComboBox()
        for char, name in DELIMITER_NAMES.items():
            self.delimiter.addItem(delimiter_names().get(char, name), char)
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.message = QLabel()
        form = QHBoxLayout()
        form.addWidget(buddy_label(self.tr("&Encoding:"), self.encoding))
        form.addWidget(self.encoding)
        form.addWidget(buddy_label(self.tr("&Delimiter:"), self.delimiter))
        form.addWidget(self.delimiter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        self.encoding.currentTextChanged.connect(self.reload)
        self.delimiter.currentIndexChanged.connect(self.reload)
        self._loading = False

    def initializePage(self) -> None:
        fmt = self.wiz.csv.format
        self._loading = True
        self.encoding.setCurrentText(fmt.encoding)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(fmt.delimiter)))
        self._loading = False
        self.reload()

    def reload(self) -> None:
        if self._loading:
            return
        try:
            self.wiz.csv = CsvSource(self.wiz.path, encoding=self.encoding.currentText(),
                                     delimiter=self.delimiter.currentData())
            rows = self.wiz.csv.preview(20)
            self.message.setText("")
        except Exception as exc:  # a wrong encoding or delimiter: say why, keep the old table
            self.message.setText(str(exc))
            return
        _fill(self.preview, rows[0], rows[1:])

    def isComplete(self) -> bool:
        return not self.message.text()


class MappingPage(QWizardPage):
    """Which field each column fills; known headers are mapped already; presets."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.presets = QComboBox()
        self.presets.activated.connect(self._apply_preset)
        save = QPushButton(self.tr("&Save as preset…"))
        save.clicked.connect(self._ask_preset_name)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First value"),
                                              self.tr("Goes to")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        self.table.setAccessibleName(self.tr("Columns and where they go"))
        row.addWidget(buddy_label(self.tr("&Preset:"), self.presets))
        row.addWidget(self.presets)
        row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.targets = all_targets()

    def initializePage(self) -> None:
        self.presets.clear()
        self.presets.addItem(self.tr("(detected)"), None)
        for name in list_presets():
            self.presets.addItem(name, name)
        self._show(guess_mapping(self.wiz.csv.header))

    def _apply_preset(self) -> None:
        name = self.presets.currentData()
        header = self.wiz.csv.header
        self._show(mapping_from_preset(header, load_preset(name)) if name
                   else guess_mapping(header))

    def _show(self, mapping: Mapping) -> None:
        header = self.wiz.csv.header
        first = next(iter(self.wiz.csv.rows()), None)
        self.table.setRowCount(len(header))
        self._specs = [c.to_spec() if c else None for c in mapping.columns]
        for i, name in enumerate(header):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            self.table.setItem(i, 1, QTableWidgetItem(first.cells[i] if first else ""))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Where “%1” goes").replace("%1", name))
            combo.addItem(self.tr("(kept as an extra property)"), None)
            for target in self.targets:
                combo.addItem(import_target(target), target)
            column = mapping.columns[i]
            if column is not None:
                if combo.findData(column.target) < 0:
                    combo.addItem(import_target(column.target), column.target)
                combo.setCurrentIndex(combo.findData(column.target))
            self.table.setCellWidget(i, 2, combo)
        self.own = mapping.own

    def mapping(self) -> Mapping:
        columns: list[ColumnMap | None] = []
        for i, spec in enumerate(self._specs):
            target = self.table.cellWidget(i, 2).currentData()
            if target is None:
                columns.append(None)
            elif spec is not None and ColumnMap.parse(spec).target == target:
                columns.append(ColumnMap.parse(spec))    # keeps labels and label columns
            else:
                columns.append(ColumnMap.parse(target))
        return Mapping(self.wiz.csv.header, columns, own=self.own)

    def set_target(self, column: str, target: str | None) -> None:
        row = self.wiz.csv.header.index(column)
        combo = self.table.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData(target) if target else 0)

    def _ask_preset_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save preset"), self.tr("Name:"))
        if ok and name.strip():
            self.save_preset(name.strip())

    def save_preset(self, name: str) -> None:
        fmt = self.wiz.csv.format
        save_preset(name, self.mapping(), encoding=fmt.encoding, delimiter=fmt.delimiter)
        if self.presets.findData(name) < 0:
            self.presets.addItem(name, name)

    def validatePage(self) -> bool:
        self.wiz.mapping = self.mapping()
        return any(self.wiz.mapping.columns)


class PlanPage(QWizardPage):
    """The dry run: counts, and each record with its status; duplicates get a choice."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("What will happen"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.default_choice = QComboBox()
        for choice in DUPLICATE_CHOICES:
            self.default_choice.addItem(duplicate_choices()[choice], choice)
        self.country = QLineEdit("RU")
        self.country.setMaxLength(2)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Status"),
                                              self.tr("What"), self.tr("Problems"),
                                              self.tr("If duplicate")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        self.table.setAccessibleName(self.tr("Records and what happens to them"))
        row.addWidget(buddy_label(self.tr("Likely &duplicates:"), self.default_choice))
        row.addWidget(self.default_choice)
        row.addWidget(buddy_label(self.tr("Phone &country:"), self.country))
        row.addWidget(self.country)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.thread: ImportThread | None = None
        self.default_choice.currentIndexChanged.connect(self.initializePage)

    def options(self) -> ImportOptions:
        choices = {}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 4)
            if combo is not None:
                choices[int(self.table.item(row, 0).text())] = combo.currentData()
        return ImportOptions(on_duplicate=self.default_choice.currentData(),
                             country=self.country.text().strip().upper() or "RU",
                             choices=choices)

    def initializePage(self) -> None:
        self.wiz.plan_report = None
        self.summary.setText(self.tr("Reading the file…"))
        self.table.setRowCount(0)
        options = ImportOptions(on_duplicate=self.default_choice.currentData(),
                                country=self.country.text().strip().upper() or "RU")
        try:
            source = self.wiz.source()
        except Exception as exc:  # the reader's reason, in words
            self.summary.setText(str(exc))
            return
        if self.thread is not None:
            self.thread.cancel()            # a plan for other choices: its answer is not needed
        self.thread = thread = ImportThread(self.wiz.directory, source, options, dry_run=True)
        thread.finished_with.connect(lambda report: self._show(report, thread))
        thread.failed.connect(lambda message: self._failed(message, thread))
        thread.start()

    def _failed(self, message: str, thread: ImportThread) -> None:
        if thread is self.thread:
            self.summary.setText(message)

    def _show(self, report: ImportReport, thread: ImportThread) -> None:
        if thread is not self.thread:
            return
        self.wiz.plan_report = report
        self.summary.setText(report_summary(report))
        self.table.setRowCount(len(report.items))
        for row, item in enumerate(report.items):
            problems = "; ".join(f"{p.column}: {p.reason}" if p.column else p.reason
                                 for p in item.errors + item.warnings)
            status = plan_statuses().get(item.status, item.status)
            for col, text in enumerate((str(item.position), status,
                                        "; ".join(filter(None, (item.summary, item.match))),
                                        problems)):
                self.table.setItem(row, col, QTableWidgetItem(text))
            if item.status in ("duplicate", "update"):
                combo = QComboBox()
                for choice in DUPLICATE_CHOICES:
                    combo.addItem(duplicate_choices()[choice], choice)
                combo.setCurrentIndex(combo.findData(item.action))
                self.table.setCellWidget(row, 4, combo)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.plan_report is not None


class CommitPage(QWizardPage):
    """The commit on a worker thread, with progress and Cancel, then the report."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.rejects_button = QPushButton(self.tr("Save rejected records…"))
        self.rejects_button.clicked.connect(self._ask_rejects)
        self.rejects_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.result)
        layout.addWidget(self.rejects_button)
        self.thread: ImportThread | None = None
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.wiz.report = None
        total = self.wiz.plan_report.counts["records"] if self.wiz.plan_report else 0
        options = self.wiz.options()
        options.total = total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.result.setText(self.tr("Backing up, then importing…"))
        self.thread = ImportThread(self.wiz.directory, self.wiz.source(), options,
                                   dry_run=False)
        self.thread.progressed.connect(lambda done, _total: self.progress.setValue(done))
        self.thread.finished_with.connect(self._done)
        self.thread.failed.connect(self._failed)
        self.thread.start()

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()

    def _done(self, report: ImportReport) -> None:
        self.wiz.report = report
        self.cancel_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.result.setText(report_summary(report))
        self.rejects_button.setEnabled(bool(report.rejected))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.result.setText(self.tr("The import failed and nothing was changed: ") + message)

    def _ask_rejects(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected records"),
                                              "rejected.csv", "CSV (*.csv)")
        if name:
            write_rejects(self.wiz.report, name)

    def isComplete(self) -> bool:
        return self.wiz.report is not None or (self.thread is not None
                                                and self.thread.isFinished())


def _fill(table: QTableWidget, header: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(header)
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells[: len(header)]):
            table.setItem(r, c, QTableWidgetItem(cell))

"""File > Print draft: options, a live preview, the system print dialog and export to a file.

The draft (the directory read through the scope and the publication profile) is built in a
worker thread with a progress bar and Cancel; exports and printing run there too, so the window
stays responsive. The preview lays out only the draft's first PREVIEW_ENTRIES entries: the
preview widget paints every page on the GUI thread (about 1.5 s per 1,000 entries), so a
10,000-entry draft would freeze the window for half a minute.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QThread, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.printing.build import DraftOptions, PrintCancelled
from directory_app.exchange.printing.jobs import (
    DraftRequest,
    export_draft,
    export_labels,
    make_draft,
)
from directory_app.exchange.printing.labels import SHEETS
from directory_app.exchange.printing.model import Draft
from directory_app.exchange.printing.pdf import PagedDraft, PageSetup, PrintedPages, page_layout
from directory_app.exchange.profiles import profile_for_privacy
from directory_app.exchange.scope import Scope, ScopeError
from directory_app.store.database import Directory
from directory_app.ui.labels import scope_text

FORMAT_FILTERS = {"pdf": "PDF (*.pdf)", "odt": "OpenDocument text (*.odt)",
                  "docx": "Word document (*.docx)", "html": "Web page (*.html)"}
PREVIEW_ENTRIES = 150     # about 55 pages, laid out and painted in a quarter of a second


def first_part(draft: Draft, limit: int) -> Draft:
    """The draft cut after its first `limit` printed entries (cross-references ride along)."""
    sections, count = [], 0
    for section in draft.sections:
        if count >= limit:
            break
        kept = []
        for entry in section.entries:
            if not entry.xref:
                if count >= limit:
                    break
                count += 1
            kept.append(entry)
        sections.append(replace(section, entries=kept))
    return replace(draft, sections=sections)


def print_on(printer: QPrinter, draft: Draft, setup: PageSetup, *,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> PrintedPages:
    """Lay out and paint the whole draft on `printer` (run in a worker thread: Qt allows
    painting on a QPrinter off the GUI thread); a cancel aborts the print job."""
    paged = PagedDraft(draft, printer, setup)
    result = paged.prepare(None, cancelled)
    painter = QPainter(printer)
    try:
        paged.paint(painter, progress, cancelled)
    except PrintCancelled:
        printer.abort()
        raise
    finally:
        painter.end()
    return result


class PrintWorker(QThread):
    """Runs one job function off the GUI thread; `cancel()` stops it at the next check."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, job: Callable[..., object], parent=None):
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._job(progress=self.progressed.emit, cancelled=self._cancel.is_set)
        except PrintCancelled:
            self.was_cancelled.emit()
        except (ExchangeError, ScopeError, OSError) as exc:
            self.failed.emit(str(exc))
        else:
            self.succeeded.emit(result)


class PrintDialog(QDialog):
    draft_ready = Signal()
    export_finished = Signal(object)     # DraftWritten or LabelsWritten; None if cancelled/failed
    printed = Signal(object)             # PrintedPages of a finished print job

    def __init__(self, directory: Directory, scope: Scope | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self.scope = scope or Scope()
        self.draft: Draft | None = None
        self.preview_draft: Draft | None = None
        self.worker: PrintWorker | None = None
        self._cancelled_text = ""
        self.setWindowTitle(self.tr("Print draft"))
        self.printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self.printer.setFullPage(True)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint_preview)
        self._build_ui()
        self.resize(900, 760)
        self.rebuild()

    # -- widgets ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.title = QLineEdit(DraftOptions.title)
        self.privacy = QComboBox()
        self.privacy.addItem(self.tr("Public fields only"), "public")
        self.privacy.addItem(self.tr("Internal fields too (marked on every page)"), "internal")
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.format = QComboBox()
        for key in FORMAT_FILTERS:
            self.format.addItem(key.upper(), key)
        self.sheet = QComboBox()
        titles = {"3x8": self.tr("A4, 3 × 8 labels of 70 × 37 mm"),
                  "5160": self.tr("Letter, Avery 5160 (3 × 10, 2⅝ × 1 in)"),
                  "dl": self.tr("DL envelopes (220 × 110 mm), address in the window")}
        for key, sheet in SHEETS.items():
            self.sheet.addItem(titles.get(key, sheet.title), key)
        for widget, name in ((self.title, self.tr("Title")), (self.privacy, self.tr("Privacy")),
                             (self.page_size, self.tr("Page size")),
                             (self.format, self.tr("Export format")),
                             (self.sheet, self.tr("Label sheet")),
                             (self.preview, self.tr("Preview"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Scope:"), QLabel(scope_text(self.scope)))
        form.addRow(self.tr("Pri&vacy:"), self.privacy)
        form.addRow(self.tr("Page si&ze:"), self.page_size)
        form.addRow(self.tr("Export &format:"), self.format)
        form.addRow(self.tr("La&bel sheet:"), self.sheet)
        self.update_button = QPushButton(self.tr("&Update preview"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.export_button = QPushButton(self.tr("&Export…"))
        self.labels_button = QPushButton(self.tr("&Labels…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.status = QLabel()
        self.update_button.clicked.connect(self.rebuild)
        self.print_button.clicked.connect(self.print_draft)
        self.export_button.clicked.connect(self._ask_export)
        self.labels_button.clicked.connect(self._ask_labels)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        for widget in (self.update_button, self.print_button, self.export_button,
                       self.labels_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addLayout(busy)
        layout.addLayout(buttons)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for widget in (self.update_button, self.print_button, self.export_button,
                       self.labels_button):
            widget.setEnabled(not busy and (widget in (self.update_button, self.labels_button)
                                            or self.draft is not None))

    def request(self) -> DraftRequest:
        options = DraftOptions(title=self.title.text().strip() or DraftOptions.title)
        return DraftRequest(self.scope, profile_for_privacy(self.privacy.currentData()),
                            options, self.page_size.currentText())

    # -- jobs -----------------------------------------------------------------------------
    def _start(self, job, on_success, cancelled_text: str = "") -> None:
        """Run `job` in the worker; `cancelled_text` is what a Cancel leaves behind."""
        self._cancelled_text = cancelled_text or self.tr("Cancelled; nothing was written.")
        self.worker = PrintWorker(job, self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(on_success)
        self.worker.failed.connect(self._on_failed)
        self.worker.was_cancelled.connect(self._on_cancelled)
        self.worker.finished.connect(lambda: self._set_busy(False))
        self.progress.setRange(0, 0)
        self._set_busy(True)
        self.worker.start()

    @Slot()
    def rebuild(self) -> None:
        """Build the draft again with the current options (in the worker thread)."""
        request = self.request()
        self.draft = self.preview_draft = None
        self.status.setText(self.tr("Building the draft…"))
        self._start(lambda **kw: make_draft(self.directory, request, **kw), self._on_draft,
                    self.tr("Cancelled: there is no preview. “Update preview” builds it again."))

    def export_to(self, out: Path, fmt: str) -> None:
        """Write the draft to `out` in `fmt` (in the worker thread) and audit it."""
        request, draft = self.request(), self.draft
        self.status.setText(self.tr("Writing %1…").replace("%1", str(out)))
        self._start(lambda **kw: export_draft(self.directory, request, out, fmt, draft=draft,
                                              **kw), self._on_exported)

    def export_labels_to(self, out: Path, sheet_key: str) -> None:
        """Write address labels for the scope (in the worker thread) and audit them."""
        profile = profile_for_privacy(self.privacy.currentData())
        self.status.setText(self.tr("Writing %1…").replace("%1", str(out)))
        self._start(lambda **kw: export_labels(self.directory, self.scope, profile, sheet_key,
                                               out, **kw), self._on_exported)

    @Slot()
    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def done(self, result: int) -> None:
        """Closing stops a running job first: a thread must not outlive its dialog."""
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait()
        super().done(result)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(object)
    def _on_draft(self, draft: Draft) -> None:
        self.draft = draft
        self.preview_draft = first_part(draft, PREVIEW_ENTRIES)
        self.printer.setPageLayout(page_layout(PageSetup(size=self.page_size.currentText())))
        total, shown = len(draft.entries()), len(self.preview_draft.entries())
        text = self.tr("%n organisation(s).", "", total)
        if shown < total:
            text += " " + self.tr("The preview shows the first %n; printing and export include "
                                  "them all.", "", shown)
        self.status.setText(text)
        self.preview.updatePreview()
        self.draft_ready.emit()

    @Slot(object)
    def _on_exported(self, done) -> None:
        self.status.setText(self.tr("Wrote %1.").replace("%1", str(done.out)))
        self.export_finished.emit(done)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.status.setText(message)
        self.export_finished.emit(None)

    @Slot()
    def _on_cancelled(self) -> None:
        self.status.setText(self._cancelled_text)
        self.export_finished.emit(None)

    # -- preview, printing, export ----------------------------------------------------------
    @Slot(QPrinter)
    def _paint_preview(self, printer: QPrinter) -> None:
        if self.preview_draft is None:
            return
        paged = PagedDraft(self.preview_draft, printer,
                           PageSetup(size=self.page_size.currentText()))
        paged.prepare()
        painter = QPainter(printer)
        try:
            paged.paint(painter)
        finally:
            painter.end()

    @Slot()
    def print_draft(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_now()

    def print_now(self) -> None:
        """Print the whole draft on the chosen printer, in the worker thread."""
        draft, setup = self.draft, PageSetup(size=self.page_size.currentText())
        if draft is None:
            return
        self.status.setText(self.tr("Printing…"))
        self._start(lambda **kw: print_on(self.printer, draft, setup, **kw), self._on_printed,
                    self.tr("Printing cancelled; the print job was withdrawn."))

    @Slot(object)
    def _on_printed(self, result: PrintedPages) -> None:
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", result.pages))
        self.printed.emit(result)

    @Slot()
    def _ask_labels(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Print labels"), "labels.pdf",
                                              FORMAT_FILTERS["pdf"])
        if name:
            self.export_labels_to(Path(name), self.sheet.currentData())

    @Slot()
    def _ask_export(self) -> None:
        fmt = self.format.currentData()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export draft"),
                                              f"draft.{fmt}", FORMAT_FILTERS[fmt])
        if not name:
            return
        try:
            self.export_to(Path(name), fmt)
        except ExchangeError as exc:
            QMessageBox.warning(self, self.tr("Export draft"), str(exc))

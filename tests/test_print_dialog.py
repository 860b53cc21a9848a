"""The print-draft dialog, standalone: preview, export off the GUI thread, cancel."""

from __future__ import annotations

import pytest

from directory_app.exchange.audit import list_exports
from directory_app.exchange.printing.jobs import DraftRequest, export_draft
from directory_app.exchange.profiles import PUBLIC_HANDBOOK
from directory_app.exchange.scope import Scope
from directory_app.ui.print_dialog import PrintDialog, PrintWorker


@pytest.fixture
def dialog(qtbot, sample, directory):
    widget = PrintDialog(directory, Scope(region="NIS > Russia"))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.draft is not None, timeout=10_000)
    return widget


def test_preview_shows_the_draft(dialog, qtbot):
    assert len(dialog.draft.entries()) == 9
    qtbot.waitUntil(lambda: dialog.preview.pageCount() > 3, timeout=10_000)
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_export_in_worker_thread_and_audit(dialog, qtbot, tmp_path, directory):
    out = tmp_path / "draft.docx"
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000) as blocker:
        dialog.export_to(out, "docx")
    assert blocker.args[0].organisations == 9 and out.stat().st_size > 1000
    assert list_exports(directory)[0]["format"] == "print-docx"


def test_internal_option_rebuilds_a_marked_draft(dialog, qtbot):
    dialog.privacy.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.draft_ready, timeout=10_000):
        dialog.update_button.click()
    assert dialog.draft.internal


def test_cancelled_worker_writes_nothing(qtbot, sample, directory, tmp_path):
    out = tmp_path / "draft.pdf"
    request = DraftRequest(Scope(), PUBLIC_HANDBOOK)
    worker = PrintWorker(lambda **kw: export_draft(directory, request, out, "pdf", **kw))
    worker.cancel()
    with qtbot.waitSignal(worker.was_cancelled, timeout=10_000):
        worker.start()
    worker.wait()
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_closing_while_building_stops_the_worker(qtbot, sample, directory):
    widget = PrintDialog(directory)
    qtbot.addWidget(widget)
    widget.reject()
    assert widget.worker is not None and not widget.worker.isRunning()


def test_labels_for_the_scope(dialog, qtbot, tmp_path):
    from tests.printing_helpers import pdf_pages

    out = tmp_path / "labels.pdf"
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("5160"))
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000) as blocker:
        dialog.export_labels_to(out, dialog.sheet.currentData())
    done = blocker.args[0]
    assert (done.sheet, done.pages) == ("5160", 1) and done.labels >= 1
    assert any("121019 Moscow" in line for line in pdf_pages(out)[0])


def test_first_part_keeps_the_first_entries_in_order(dialog):
    from directory_app.ui.print_dialog import first_part

    part = first_part(dialog.draft, 3)
    assert [e.org_id for e in part.entries()] == [e.org_id for e in dialog.draft.entries()[:3]]
    assert len(dialog.draft.entries()) == 9          # the full draft is left whole


def test_a_large_draft_previews_its_first_part_and_prints_whole(qtbot, sample, directory,
                                                                tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from directory_app.exchange.printing.pdf import PagedDraft, PageSetup
    from directory_app.ui import print_dialog

    monkeypatch.setattr(print_dialog, "PREVIEW_ENTRIES", 2)
    widget = PrintDialog(directory, Scope(region="NIS > Russia"))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.draft is not None, timeout=10_000)
    assert len(widget.preview_draft.entries()) == 2
    assert "first 2" in widget.status.text() and "9 organisations" in widget.status.text()
    widget.preview.updatePreview()
    full = PagedDraft(widget.draft, widget.printer, PageSetup()).prepare().pages
    assert 0 < widget.preview.pageCount() < full

    out = tmp_path / "printed.pdf"
    widget.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    widget.printer.setOutputFileName(str(out))
    with qtbot.waitSignal(widget.printed, timeout=20_000) as blocker:
        widget.print_now()
        assert widget.cancel_button.isVisibleTo(widget)    # the job runs in the worker
    assert blocker.args[0].pages == full and out.stat().st_size > 1000
    assert str(full) in widget.status.text()


def test_cancelling_the_preview_build_says_there_is_no_preview(qtbot, sample, directory,
                                                               monkeypatch):
    import time

    from directory_app.exchange.printing.build import PrintCancelled
    from directory_app.ui import print_dialog

    def slow_draft(_directory, _request, progress=None, cancelled=None):
        while not cancelled():
            time.sleep(0.01)
        raise PrintCancelled()

    monkeypatch.setattr(print_dialog, "make_draft", slow_draft)
    widget = PrintDialog(directory)
    qtbot.addWidget(widget)
    assert widget.status.text() == "Building the draft…"
    assert widget.cancel_button.isVisibleTo(widget)
    with qtbot.waitSignal(widget.worker.finished, timeout=10_000):
        widget.cancel_button.click()
    assert "no preview" in widget.status.text() and "written" not in widget.status.text()
    assert not widget.cancel_button.isVisibleTo(widget) and widget.update_button.isEnabled()

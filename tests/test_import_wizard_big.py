"""The import wizard on a big file (offscreen): a bounded preview, and Cancel midway."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from directory_app.exchange import pipeline  # noqa: E402
from directory_app.store import integrity  # noqa: E402
from directory_app.ui.import_wizard import PAGE_COMMIT, PAGE_PLAN, ImportWizard  # noqa: E402
from tests.benchmarks.bench_bigcsv import make_file  # noqa: E402
from tests.test_big_import import snapshot  # noqa: E402


def test_cancel_on_a_big_file_changes_nothing(qtbot, directory, sample, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "KEEP_AT_MOST", 200)
    path = tmp_path / "big.csv"
    rows = make_file(path, 16 * 2**20)
    before = snapshot(directory)
    wizard = ImportWizard(directory, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_PLAN
    qtbot.waitUntil(lambda: wizard.plan_report is not None, timeout=60_000)
    # the preview lists the first rows; the summary counts all of them
    assert wizard.plan_page.table.rowCount() == 200
    assert wizard.plan_page.table.item(0, 0).text() == "1"
    assert f"{rows} records — {rows} new" in wizard.plan_page.summary.text()
    assert "The first 200 are listed." in wizard.plan_page.summary.text()
    wizard.next()
    assert wizard.currentId() == PAGE_COMMIT
    page = wizard.commit_page
    assert page.progress.maximum() == rows
    qtbot.waitUntil(lambda: page.progress.value() >= 500, timeout=60_000)   # midway
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=60_000)
    assert wizard.report.cancelled
    assert "nothing was changed" in page.result.text()
    assert not page.cancel_button.isEnabled()
    assert snapshot(directory) == before
    assert integrity.check(directory) == []

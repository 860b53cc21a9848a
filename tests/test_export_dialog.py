"""The export dialog on real widgets (offscreen)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from directory_app.exchange.scope import Scope  # noqa: E402
from directory_app.ui.export_dialog import ExportDialog  # noqa: E402


def make(qtbot, directory, scope=None):
    dialog = ExportDialog(directory, scope)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def finished(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10_000)


def test_export_with_chosen_columns_encoding_and_delimiter(qtbot, directory, sample, tmp_path):
    dialog = make(qtbot, directory)
    dialog.rows.setCurrentIndex(dialog.rows.findData("organisations"))
    assert dialog.columns.count() == 40
    dialog.set_columns(["Organisation", "City"])
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
    path = tmp_path / "out.csv"
    dialog.path_edit.setText(str(path))
    dialog.start()
    finished(qtbot, dialog)
    assert dialog.result is not None and dialog.result.rows == 15
    lines = path.read_bytes().decode("cp1251").splitlines()
    assert lines[0] == "Organisation;City" and len(lines) == 16
    assert "Exported 15 row" in dialog.message.text()


def test_privacy_warning_and_scope(qtbot, directory, sample, tmp_path):
    dialog = make(qtbot, directory, Scope(query="memorial"))
    assert dialog.warning.isHidden()
    dialog.privacy.setCurrentIndex(dialog.privacy.findData("confidential"))
    assert not dialog.warning.isHidden()
    dialog.path_edit.setText(str(tmp_path / "m.csv"))
    dialog.start()
    finished(qtbot, dialog)
    assert dialog.result.rows >= 1
    text = (tmp_path / "m.csv").read_text(encoding="utf-8")
    assert "Memorial Human Rights Centre" in text and "Amnesty" not in text


def test_unencodable_characters_are_reported(qtbot, directory, entries, tmp_path):
    entries.create_org(name="Ελληνική Ένωση")
    dialog = make(qtbot, directory)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))
    dialog.path_edit.setText(str(tmp_path / "g.csv"))
    dialog.start()
    finished(qtbot, dialog)
    assert "Nothing was written" in dialog.message.text() and "U+0395" in dialog.message.text()
    assert not (tmp_path / "g.csv").exists()

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


def _vcard(dialog, version="3.0", layout="file"):
    dialog.format.setCurrentIndex(dialog.format.findData("vcard"))
    dialog.version.setCurrentIndex(dialog.version.findData(version))
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(layout))


def test_vcard_export_one_file_through_the_profile(qtbot, directory, sample, tmp_path):
    import vobject

    dialog = make(qtbot, directory, Scope(query="memorial"))
    dialog.path_edit.setText(str(tmp_path / "m.csv"))
    _vcard(dialog, "4.0")
    assert dialog.pages.currentIndex() == 1 and not dialog.columns.isVisible()
    assert dialog.path_edit.text().endswith("m.vcf")        # the suffix follows the format
    assert dialog.warning.isHidden()
    dialog.privacy.setCurrentIndex(dialog.privacy.findData("internal"))
    assert not dialog.warning.isHidden()                     # the same warning as for CSV
    dialog.privacy.setCurrentIndex(dialog.privacy.findData("public"))
    dialog.start()
    finished(qtbot, dialog)
    assert "card" in dialog.message.text()
    cards = list(vobject.readComponents((tmp_path / "m.vcf").read_text(encoding="utf-8")))
    assert cards and all(c.version.value == "4.0" for c in cards)
    names = [c.fn.value for c in cards]
    assert "Memorial Human Rights Centre" in names and not any("Amnesty" in n for n in names)
    assert dialog.result.cards == len(cards)
    from directory_app.exchange.audit import list_exports

    assert list_exports(directory)[0]["format"].startswith("vcard 4.0")


@pytest.mark.parametrize("layout", ["folder", "zip"])
def test_vcard_export_one_file_per_card(qtbot, directory, sample, tmp_path, layout):
    import zipfile

    dialog = make(qtbot, directory)
    _vcard(dialog, "3.0", layout)
    target = tmp_path / ("cards" if layout == "folder" else "cards.zip")
    dialog.path_edit.setText(str(target))
    assert dialog.file_label.text() == ("Folder:" if layout == "folder" else "File:")
    dialog.start()
    finished(qtbot, dialog)
    names = (sorted(p.name for p in target.iterdir()) if layout == "folder"
             else sorted(zipfile.ZipFile(target).namelist()))
    assert len(names) == dialog.result.cards >= 15
    assert all(n.endswith(".vcf") and "/" not in n for n in names)


def test_vcard_export_cancel_leaves_nothing(qtbot, directory, sample, tmp_path, monkeypatch):
    from directory_app.exchange import vcard_export

    original = vcard_export.gather
    dialog = make(qtbot, directory)

    def slow_gather(*args, **kwargs):
        # Cancel is pressed while the entries are still being read.
        assert dialog.thread._cancel.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(vcard_export, "gather", slow_gather)
    _vcard(dialog)
    dialog.path_edit.setText(str(tmp_path / "all.vcf"))
    dialog.start()
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    finished(qtbot, dialog)
    assert dialog.result is None and "cancelled" in dialog.message.text()
    assert not any(p.suffix in (".vcf", ".part") or p.name.startswith(".vcard")
                   for p in tmp_path.iterdir())

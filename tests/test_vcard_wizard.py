"""The import wizard with vCard files: straight to the dry run, then the commit."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from directory_app.ui.import_wizard import PAGE_COMMIT, PAGE_PLAN, ImportWizard  # noqa: E402

CARDS = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Олег Орлов\r\nN:Орлов;Олег;Петрович;;\r\n"
         "ORG:Мемориал\r\nTITLE:председатель\r\nTEL;TYPE=CELL:+7 916 123-45-67\r\n"
         "EMAIL:orlov@memo.ru\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Агора\r\nORG:Агора\r\n"
         "TEL:+7 843 123-45-67\r\nEND:VCARD\r\n")


def counts(directory):
    with directory.begin() as conn:
        return [conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("organisation", "person", "affiliation", "contactpoint")]


def test_vcard_goes_from_file_to_plan_to_commit(qtbot, directory, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    wizard = ImportWizard(directory, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PAGE_PLAN
    qtbot.waitUntil(lambda: wizard.plan_report is not None, timeout=10_000)
    assert wizard.plan_report.counts["new"] == 2 and wizard.plan_report.format == "vcard"
    assert counts(directory) == [0, 0, 0, 0]
    wizard.next()
    assert wizard.currentId() == PAGE_COMMIT
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert counts(directory) == [2, 1, 1, 3]


def test_a_file_that_is_no_vcard_is_explained(qtbot, directory, tmp_path):
    path = tmp_path / "notes.vcf"
    path.write_text("just some notes", encoding="utf-8")
    wizard = ImportWizard(directory, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == 0
    assert "not a vCard file" in wizard.file_page.message.text()

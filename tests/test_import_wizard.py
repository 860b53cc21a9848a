"""The import wizard on real widgets (offscreen): every page, choices, commit and cancel."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from directory_app.exchange.csv_mapping import list_presets  # noqa: E402
from directory_app.ui.import_wizard import (  # noqa: E402
    PAGE_COMMIT,
    PAGE_FORMAT,
    PAGE_MAPPING,
    PAGE_PLAN,
    ImportWizard,
)

TEXT = ("Название;Телефон;Город;Контактное лицо;Заметка\r\n"
        "Мемориал;+7 495 225-31-18;Москва;Орлов Олег;x\r\n"
        "Агора;+7 843 123-45-67;Казань;Чиков Павел;y\r\n")


def counts(directory):
    with directory.begin() as conn:
        return [conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("organisation", "person", "contactpoint", "importbatch")]


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(TEXT.encode("cp1251"))
    return path


def start(qtbot, directory, path):
    wizard = ImportWizard(directory, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PAGE_FORMAT
    return wizard


def wait_plan(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.plan_report is not None, timeout=10_000)


def test_pages_from_file_to_report(qtbot, directory, csv_file):
    wizard = start(qtbot, directory, csv_file)
    page = wizard.format_page
    assert page.encoding.currentText() == "cp1251" and page.delimiter.currentData() == ";"
    assert page.preview.rowCount() == 2 and page.preview.item(0, 0).text() == "Мемориал"
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))        # live preview
    assert page.preview.columnCount() == 1
    page.delimiter.setCurrentIndex(page.delimiter.findData(";"))
    assert page.preview.columnCount() == 5
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    mapping = wizard.mapping_page
    assert mapping.table.cellWidget(0, 2).currentData() == "org.name"
    assert mapping.table.cellWidget(4, 2).currentData() is None       # unknown: kept as extra
    mapping.set_target("Заметка", "org.notes")
    mapping.save_preset("Волонтёры")
    assert "Волонтёры" in list_presets()
    wizard.next()
    assert wizard.currentId() == PAGE_PLAN
    wait_plan(qtbot, wizard)
    assert wizard.plan_report.counts["new"] == 2
    assert wizard.plan_page.table.rowCount() == 2
    assert counts(directory) == [0, 0, 0, 0]                          # the dry run wrote nothing
    wizard.next()
    assert wizard.currentId() == PAGE_COMMIT
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert "Imported list.csv: 2 records" in wizard.commit_page.result.text()
    assert counts(directory) == [2, 2, 4, 1]          # a phone and a city each
    with directory.begin() as conn:
        notes = sorted(r[0] for r in conn.exec_driver_sql("SELECT notes FROM organisation"))
    assert notes == ["x", "y"]


def test_per_record_duplicate_choice(qtbot, directory, entries, csv_file):
    entries.create_org(name="Мемориал", notes="old")
    wizard = start(qtbot, directory, csv_file)
    wizard.next()
    wizard.mapping_page.set_target("Заметка", "org.notes")
    wizard.next()
    wait_plan(qtbot, wizard)
    table = wizard.plan_page.table
    assert table.item(0, 1).text() == "duplicate" and table.cellWidget(1, 4) is None
    combo = table.cellWidget(0, 4)
    combo.setCurrentIndex(combo.findData("update"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    with directory.begin() as conn:
        rows = conn.exec_driver_sql("SELECT name, notes FROM organisation ORDER BY id").all()
    assert [tuple(r) for r in rows] == [("Мемориал", "x"), ("Агора", "y")]


def test_cancel_leaves_the_directory_as_it_was(qtbot, directory, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("Название;Телефон\n" + "".join(
        f"Организация {n};+7 495 123-45-{n % 90 + 10}\n" for n in range(3000)),
        encoding="utf-8")
    wizard = start(qtbot, directory, path)
    wizard.next()
    wizard.next()
    wait_plan(qtbot, wizard)
    wizard.next()
    wizard.commit_page.cancel()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20_000)
    assert wizard.report.cancelled
    assert "nothing was changed" in wizard.commit_page.result.text()
    assert counts(directory) == [0, 0, 0, 0]


def test_bad_file_is_explained_on_the_first_page(qtbot, directory, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 4)
    wizard = ImportWizard(directory, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == 0
    assert "binary file" in wizard.file_page.message.text()


def test_vcard_goes_straight_to_the_dry_run(qtbot, directory, tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Иван Петров\r\nN:Петров;Иван;;;\r\n"
                    "ORG:Мемориал\r\nTEL:+7 495 225-31-18\r\nEND:VCARD\r\n", encoding="utf-8")
    wizard = ImportWizard(directory, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == PAGE_PLAN
    wait_plan(qtbot, wizard)
    assert wizard.plan_report.counts["records"] == 1
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
    assert counts(directory)[:2] == [1, 1]

"""Counts read as words in both languages: "1 organisation", "2 organisations", and in Russian
"1 организация", "2 организации", "5 организаций" (Qt's plural forms, never "(s)")."""

from __future__ import annotations

import pytest

from directory_app.services.impact import DeletionImpact
from directory_app.ui.editors.delete import delete_box
from directory_app.ui.import_wizard import ImportWizard
from directory_app.ui.main_window import MainWindow
from directory_app.ui.settings import app_settings
from directory_app.ui.translations import install_translators, remove_translators
from tests.test_editors import _collect_widgets  # noqa: F401 - frees closed dialogs after each test


@pytest.fixture
def russian(qapp):
    translators = install_translators(qapp, "ru")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def window(qtbot, directory, sample):
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.navigator.counts_ready)
    return w


def hit_count(window, key: str) -> str:
    """The hit count shown once the navigator item `key` is chosen."""
    assert window.navigator.select_key(key)
    return window.search_bar.hits.text()


def test_english_hit_count_says_organisation_and_organisations(window):
    # In the sample: 1 local group, 2 resource centres, 5 NGOs, 11 people.
    assert hit_count(window, "kind:local_group") == "1 organisation"
    assert hit_count(window, "kind:resource_centre") == "2 organisations"
    assert hit_count(window, "kind:ngo") == "5 organisations"
    assert hit_count(window, "people") == "11 people"


def test_russian_hit_count_has_all_three_forms(russian, window):
    assert hit_count(window, "kind:local_group") == "1 организация"
    assert hit_count(window, "kind:resource_centre") == "2 организации"
    assert hit_count(window, "kind:ngo") == "5 организаций"
    assert hit_count(window, "people") == "11 человек"


def delete_lines(impact: DeletionImpact) -> list[str]:
    """The bullet lines of the delete question's "This also deletes:" list."""
    box = delete_box(None, impact)
    text = box.informativeText()
    box.deleteLater()
    return [line.removeprefix("• ") for line in text.splitlines() if line.startswith("• ")]


def test_english_delete_question_counts_in_words():
    assert delete_lines(DeletionImpact("Memorial", offices=["Perm"], contact_points=1,
                                       publications=1, people_left_without_organisation=1)) == [
        "1 office: Perm", "1 contact point", "1 publication",
        "1 person will remain in the directory with no organisation"]
    assert delete_lines(DeletionImpact("Memorial", offices=["Perm", "Tver"], contact_points=2,
                                       publications=2, people_left_without_organisation=2)) == [
        "2 offices: Perm, Tver", "2 contact points", "2 publications",
        "2 people will remain in the directory with no organisation"]


def test_russian_delete_question_counts_in_words(russian):
    lines = {n: delete_lines(DeletionImpact("Мемориал", contact_points=n, other_names=n))
             for n in (1, 2, 5, 21)}
    assert lines == {1: ["1 контакт", "1 другое название"],
                     2: ["2 контакта", "2 других названия"],
                     5: ["5 контактов", "5 других названий"],
                     21: ["21 контакт", "21 другое название"]}


def import_summary(qtbot, directory, path, rows: int) -> str:
    lines = "".join(f"Group {i};+7 495 225-31-{i:02d}\n" for i in range(rows))
    path.write_text("Organisation;Phone\n" + lines, encoding="utf-8")
    wizard = ImportWizard(directory, path)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.plan_report is not None, timeout=10_000)
    return wizard.plan_page.summary.text()


def test_english_import_report_counts_in_words(qtbot, directory, tmp_path):
    one = import_summary(qtbot, directory, tmp_path / "one.csv", 1)
    assert one.startswith("Would import one.csv: 1 record — 1 new, 0 updated, "
                          "0 likely duplicates (0 skipped), 0 with errors, 0 warnings.")
    two = import_summary(qtbot, directory, tmp_path / "two.csv", 2)
    assert two.startswith("Would import two.csv: 2 records — 2 new,")


def test_russian_import_report_counts_in_words(qtbot, russian, directory, tmp_path):
    two = import_summary(qtbot, directory, tmp_path / "two.csv", 2)
    assert two.startswith("Будет импортировано из two.csv: 2 записи — 2 новые, 0 обновлено")
    five = import_summary(qtbot, directory, tmp_path / "five.csv", 5)
    assert five.startswith("Будет импортировано из five.csv: 5 записей — 5 новых,")


def test_a_system_language_without_a_catalogue_gets_english_plurals(qapp, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QLocale

    from directory_app.ui import translations

    monkeypatch.setattr(translations, "locale_for",
                        lambda _language: QLocale(QLocale.Language.German, QLocale.Country.Germany))
    remove_translators(qapp, translations.installed_translators())   # the English of the test
    assert QCoreApplication.translate("SearchBar", "%n organisation(s)", "", 2) == \
        "2 organisation(s)"
    installed = install_translators(qapp, "system")
    try:
        assert QCoreApplication.translate("SearchBar", "%n organisation(s)", "", 2) == \
            "2 organisations"
    finally:
        remove_translators(qapp, installed)


@pytest.mark.parametrize("language, forms", [("en", 2), ("ru", 3)])
def test_every_count_has_all_its_plural_forms(language, forms):
    import xml.etree.ElementTree as ET

    from directory_app import paths

    tree = ET.parse(paths.translations_dir() / f"ngo_directory_{language}.ts")
    plural = [m for m in tree.iter("message") if m.get("numerus") == "yes"]
    assert len(plural) >= 40
    for message in plural:
        texts = [f.text or "" for f in message.find("translation").iter("numerusform")]
        source = message.findtext("source")
        assert len(texts) == forms and all("%n" in t for t in texts), source
        assert not any(marker in t for t in texts for marker in ("(s)", "(es)")), source
        assert message.find("translation").get("type") is None, source

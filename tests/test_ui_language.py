"""Preferences > Language applies at once: the window retranslates itself, nothing restarts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from directory_app.ui import preferences
from directory_app.ui import settings as ui_settings
from directory_app.ui.main_window import MainWindow
from directory_app.ui.settings import app_settings
from directory_app.ui.translations import installed_translators, remove_translators
from tests.ui_helpers import row_named


@pytest.fixture
def window(qtbot, qapp, directory, sample):
    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    yield w
    remove_translators(qapp, installed_translators())   # later tests run in English


def choose_language(monkeypatch, window, code):
    def exec_(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.accept()
        return 1

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", exec_)
    window.window_actions.preferences.trigger()


def test_switching_to_russian_in_preferences_applies_at_once(qtbot, window, monkeypatch):
    w = window
    w.org_view.selectRow(row_named(w.org_model, "Amnesty International - Russia"))
    selected = w.selected_org_ids()
    assert w.menus.file_menu.title() == "&File"

    choose_language(monkeypatch, w, "ru")
    assert ui_settings.language(w.settings) == "ru"
    qtbot.waitUntil(lambda: w.menus.file_menu.title() == "&Файл", timeout=5000)
    assert [m.title() for m in (w.menus.edit_menu, w.menus.view_menu, w.menus.help_menu)] == [
        "&Правка", "&Вид", "&Справка"]
    assert w.window_actions.quit.text() == "В&ыход"
    assert w.window_actions.copy_vcard.text() == "Копировать как vCard"
    assert w.window_actions.new_encrypted_directory.text() == "Новый &зашифрованный справочник…"
    assert w.org_model.headerData(0, Qt.Orientation.Horizontal) == "Название"
    assert w.navigator.item_for("all").text(0) == "Все организации"
    assert w.search_bar.hits.text() == "15 организаций"
    assert "Издания" in w.details.toPlainText()
    assert w.undo_action in w.menus.edit_menu.actions()
    assert w.undo_action.text().startswith("&Отменить")
    assert w.selected_org_ids() == selected          # the selection survives the switch

    choose_language(monkeypatch, w, "en")
    qtbot.waitUntil(lambda: w.menus.file_menu.title() == "&File", timeout=5000)
    assert w.org_model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert w.search_bar.hits.text() == "15 organisations"


def test_the_same_language_again_changes_nothing(qtbot, window, monkeypatch):
    ui_settings.set_language(window.settings, "en")
    before = installed_translators()
    choose_language(monkeypatch, window, "en")
    assert installed_translators() == before
    assert window.menus.file_menu.title() == "&File"


def test_every_string_of_the_russian_catalogue_is_translated():
    import xml.etree.ElementTree as ET

    from directory_app import paths

    tree = ET.parse(paths.translations_dir() / "ngo_directory_ru.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_a_closed_window_ignores_a_language_change(qtbot, qapp, directory, sample):
    from directory_app.ui.translations import switch_language

    w = MainWindow(directory, app_settings())
    qtbot.addWidget(w)
    w.show()
    w.close()
    directory.path.unlink()          # as the sample's temporary copy is, once its window shuts
    directory.close()
    try:
        switch_language(qapp, "ru")
        qtbot.wait(50)               # a retranslation would fail reading the vanished file
        assert w.menus.file_menu.title() == "&File"
    finally:
        remove_translators(qapp, installed_translators())


def test_export_and_print_scope_in_the_window_language(qapp):
    from directory_app.exchange.scope import Scope
    from directory_app.ui.labels import scope_text
    from directory_app.ui.translations import install_translators

    assert scope_text(Scope()) == "the whole directory"
    assert scope_text(Scope(query="memorial", kind="ngo")) == 'kind NGO, search “memorial”'
    translators = install_translators(qapp, "ru")
    try:
        assert scope_text(Scope()) == "весь справочник"
        assert scope_text(Scope(ids=(1, 2), region="NIS")) == "регион NIS, выбраны 2 записи"
    finally:
        remove_translators(qapp, translators)

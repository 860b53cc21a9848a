"""Start-up, language, settings, files, first start, clipboard and privacy in the window."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from directory_app import app as app_main
from directory_app.store.database import open_directory
from directory_app.ui import application, first_start
from directory_app.ui import settings as ui_settings
from directory_app.ui.main_window import MainWindow
from directory_app.ui.settings import app_settings
from directory_app.ui.translations import install_translators, remove_translators
from tests.ui_helpers import row_named


@pytest.fixture
def make_window(qtbot):
    def make(directory):
        w = MainWindow(directory, app_settings())
        qtbot.addWidget(w)
        return w
    return make


@pytest.fixture
def russian(qapp):
    translators = install_translators(qapp, "ru")
    yield translators
    remove_translators(qapp, translators)


def test_settings_live_in_the_config_folder(tmp_path):
    from directory_app import paths

    s = app_settings()
    assert Path(s.fileName()).parent == paths.config_dir()
    assert str(tmp_path) in s.fileName()


def test_window_starts_in_russian(russian, make_window, directory, sample):
    assert russian, "the Russian catalogue was not found in resources/translations"
    w = make_window(directory)
    titles = [m.title() for m in (w.menus.file_menu, w.menus.edit_menu, w.menus.view_menu,
                                  w.menus.help_menu)]
    assert titles == ["&Файл", "&Правка", "&Вид", "&Справка"]
    assert w.org_model.headerData(0, w.org_view.horizontalHeader().orientation()) == "Название"
    assert w.search_bar.hits.text() == "15 организаций"
    assert w.navigator.item_for("all").text(0) == "Все организации"
    w.org_view.selectRow(row_named(w.org_model, "Amnesty International - Russia"))
    assert "Издания" in w.details.toPlainText()
    assert w.window_actions.quit.text() == "В&ыход"


def test_language_from_settings_is_used_at_start(qapp, monkeypatch, tmp_path):
    ui_settings.set_language(app_settings(), "ru")
    seen = {}

    def loop(app):
        window = next(w for w in app.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        seen["menu"] = window.menus.file_menu.title()
        window.close()
        return 0

    monkeypatch.setattr(first_start, "offer_first_start", lambda window: None)
    assert application.run_gui(tmp_path / "ru.sqlite", load_sample=True, event_loop=loop) == 0
    assert seen["menu"] == "&Файл"
    # run_gui removes its translators again: a later window is English
    assert QApplication.translate("WindowMenus", "&File") == "&File"


def test_geometry_columns_and_splitter_persist(qtbot, make_window, directory, sample):
    w = make_window(directory)
    w.show()
    qtbot.waitExposed(w)
    w.resize(701, 503)  # within the offscreen screen (800 x 600), or restoring clamps it
    w.org_view.horizontalHeader().resizeSection(0, 321)
    w.splitter.setSizes([150, 600, 361])
    w.close()
    again = make_window(directory)
    assert (again.size().width(), again.size().height()) == (701, 503)
    assert again.org_view.horizontalHeader().sectionSize(0) == 321
    assert isinstance(app_settings().value("window/splitter"), QByteArray)


def test_recent_files_remembered_and_reopened(qtbot, make_window, directory, tmp_path):
    w = make_window(directory)
    w.navigator.select_key("kind:ngo")
    other = tmp_path / "other.sqlite"
    open_directory(other).close()
    assert w.files.open_path(other)
    assert w.directory.path == other.resolve()
    assert w.navigator.current_target().key == "all"  # the old file's filter is dropped
    assert w.org_model.total == 0
    assert ui_settings.recent_files(app_settings())[0] == other.resolve()
    w.menus.recent_menu.aboutToShow.emit()
    entries = [a for a in w.menus.recent_menu.actions() if a.data()]
    assert entries == []  # only the open file is known so far, and it is not offered again
    ui_settings.add_recent_file(app_settings(), directory.path)
    w.menus.recent_menu.aboutToShow.emit()
    entry = next(a for a in w.menus.recent_menu.actions() if a.data())
    entry.trigger()
    assert w.directory.path == directory.path
    w.directory.close()


def test_opening_a_bad_file_says_why(qtbot, make_window, directory, tmp_path, monkeypatch):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    w = make_window(directory)
    assert not w.files.open_path(bad)
    assert "not a directory file" in shown[0]
    assert w.directory is directory


def test_run_gui_on_a_bad_file_shows_a_message(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert application.run_gui(bad, event_loop=lambda app: 0) == 1
    assert "bad.sqlite" in shown[0]


def test_first_start_offers_the_sample(qtbot, make_window, directory, monkeypatch):
    w = make_window(directory)
    offered = {}

    def fake_exec(dialog):
        offered["import_enabled"] = dialog.import_button.isEnabled()
        dialog.sample_button.click()
        return 1

    monkeypatch.setattr(first_start.FirstStartDialog, "exec", fake_exec)
    assert first_start.offer_first_start(w) == first_start.SAMPLE
    assert offered["import_enabled"] is False  # no importer wired in yet: not offered
    assert w.org_model.total == 15
    assert first_start.offer_first_start(w) is None  # not empty any more: no offer


def test_first_start_can_start_empty(qtbot, make_window, directory, monkeypatch):
    w = make_window(directory)
    monkeypatch.setattr(first_start.FirstStartDialog, "exec",
                        lambda d: d.empty_button.click() or 1)
    assert first_start.offer_first_start(w) == first_start.EMPTY
    assert w.org_model.total == 0
    assert "empty" in w.empty_label.text()


def test_command_line_sample_opens_a_window_on_a_fresh_copy(qapp, monkeypatch):
    seen = {}

    def loop(app):
        window = next(w for w in app.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        seen.update(rows=window.org_model.total, path=window.directory.path,
                    title=window.windowTitle())
        window.close()
        return 0

    monkeypatch.setattr(application, "_exec", loop)
    assert app_main.main(["--sample"]) == 0
    assert seen["rows"] == 15
    assert "Sample" in seen["title"]
    assert not seen["path"].exists()  # the temporary copy is gone afterwards


def test_copy_emails_and_handbook_text_follow_the_profile(qtbot, make_window, directory,
                                                          entries):
    org = entries.create_org(name="Civic Assistance").id
    entries.add_contact(org_id=org, kind="email", value="office@civic.example")
    entries.add_contact(org_id=org, kind="email", value="staff@civic.example",
                        privacy="internal")
    entries.add_contact(org_id=org, kind="phone", value="+7 495 111-22-33",
                        privacy="confidential")
    w = make_window(directory)
    w.org_view.selectRow(0)
    w.window_actions.copy_emails.trigger()
    assert QGuiApplication.clipboard().text() == "office@civic.example"
    w.window_actions.copy_handbook.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Civic Assistance") and "staff@" not in text and "111-22" not in text
    w.window_actions.profile_actions["partners"].trigger()
    w.window_actions.copy_emails.trigger()
    assert QGuiApplication.clipboard().text() == "office@civic.example, staff@civic.example"


def test_non_public_items_marked_and_confidential_hidden(qtbot, make_window, directory,
                                                         entries):
    org = entries.create_org(name="Civic Assistance").id
    entries.add_contact(org_id=org, kind="phone", value="+7 495 111-22-33", privacy="internal")
    entries.add_contact(org_id=org, kind="phone", value="+7 495 999-88-77",
                        privacy="confidential")
    person = entries.create_person(display_name="Svetlana Gannushkina", privacy="internal").id
    entries.affiliate(person, org, "Chair")
    w = make_window(directory)
    w.org_view.selectRow(0)
    text = w.details.toPlainText()
    assert "111-22-33" in text and "internal" in text
    assert "Svetlana Gannushkina" in text
    assert "999-88-77" not in text
    w.window_actions.show_confidential.setChecked(True)
    text = w.details.toPlainText()
    assert "999-88-77" in text and "confidential" in text
    w.window_actions.show_confidential.setChecked(False)
    assert "999-88-77" not in w.details.toPlainText()


def test_controls_have_accessible_names_and_tab_order(qtbot, make_window, directory, sample):
    w = make_window(directory)
    for widget in (w.search_bar.edit, w.navigator, w.org_view, w.people_view, w.details,
                   w.search_bar.hits):
        assert widget.accessibleName()
    order, widget = [], w.search_bar.edit
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisibleTo(w):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:3] == [w.navigator, w.org_view, w.details]


def test_about_shows_the_version(qtbot, make_window, directory, monkeypatch):
    from directory_app import __version__

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    w = make_window(directory)
    w.window_actions.about.trigger()
    assert __version__ in shown[0]


def test_backup_now_runs_off_the_gui_thread(qtbot, make_window, directory):
    from directory_app.store.backup import list_backups

    w = make_window(directory)
    w.window_actions.backup_now.trigger()
    qtbot.waitUntil(lambda: bool(list_backups(directory.path)), timeout=5000)
    qtbot.waitUntil(lambda: "Backup saved" in w.statusBar().currentMessage(), timeout=5000)


def test_preferences_store_the_language(qtbot, make_window, directory):
    from directory_app.ui.preferences import PreferencesDialog

    w = make_window(directory)
    dialog = PreferencesDialog(w.settings, w)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()
    assert ui_settings.language(app_settings()) == "ru"


def test_a_file_in_use_elsewhere_is_refused_in_words(qtbot, make_window, directory, tmp_path,
                                                     monkeypatch):
    other = tmp_path / "shared.sqlite"
    holder = open_directory(other, exclusive=True)
    shown = []
    # The user is told it is in use and offered read-only; they decline here.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: shown.append(a[2])
                        or QMessageBox.StandardButton.Cancel)
    try:
        w = make_window(directory)
        assert not w.files.open_path(other)
        assert "another window" in shown[0] and w.directory is directory
    finally:
        holder.close()
    assert w.files.open_path(other)
    assert w.directory.path == other.resolve()
    w.directory.close()


def test_an_encrypted_directory_asks_for_its_passphrase(qtbot, make_window, directory, tmp_path,
                                                       monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from directory_app.store.connect import encryption_available

    if not encryption_available()[0]:
        pytest.skip("SQLCipher is not installed")
    secret = tmp_path / "secret.sqlite"
    open_directory(secret, key="correct horse battery").close()
    monkeypatch.delenv("NGO_DIRECTORY_PASSPHRASE", raising=False)
    answers = iter([("wrong passphrase", True), ("correct horse battery", True)])
    prompts = []

    def get_text(parent, title, label, echo):
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    w = make_window(directory)
    assert w.files.open_path(secret)
    assert w.directory.path == secret.resolve() and w.directory.encrypted
    assert len(prompts) == 2 and "did not open" in prompts[1]
    w.directory.close()


def test_the_window_freezes_its_start_up_objects_once_shown(qapp, monkeypatch, tmp_path):
    seen = {}

    def loop(app):
        app.processEvents()   # the freeze is queued behind the first paint
        seen["frozen"] = gc.get_freeze_count()
        window = next(w for w in app.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        window.close()
        return 0

    monkeypatch.setattr(first_start, "offer_first_start", lambda window: None)
    gc.unfreeze()
    try:
        assert application.run_gui(tmp_path / "g.sqlite", load_sample=True, event_loop=loop) == 0
    finally:
        gc.unfreeze()
    assert seen["frozen"] > 0


def test_a_directory_the_window_closed_leaves_memory_after_the_freeze(qtbot, make_window,
                                                                       tmp_path):
    import weakref

    from directory_app.memory import freeze_start_up_objects

    first = open_directory(tmp_path / "first.sqlite")
    engine = weakref.ref(first.engine)   # holds an encrypted file's passphrase in a closure
    w = make_window(first)
    del first
    freeze_start_up_objects()            # as run_gui does once the window is shown
    w.set_directory(open_directory(tmp_path / "second.sqlite"))
    qtbot.waitUntil(lambda: engine() is None, timeout=2000)
    assert gc.get_freeze_count() > 0     # what is still alive is frozen again
    w.directory.close()

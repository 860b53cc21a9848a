"""What a look at every dialog in English and Russian turned up: words instead of codes,
empty states that say something, room to read, names and shortcuts for the controls."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from directory_app.store import backup
from directory_app.ui.backups_dialog import BackupsDialog
from directory_app.ui.editors.history_view import HistoryView
from directory_app.ui.editors.merge_dialog import MergeDialog
from directory_app.ui.editors.org_editor import OrgEditor
from directory_app.ui.editors.person_editor import PersonEditor
from directory_app.ui.export_dialog import ExportDialog
from directory_app.ui.import_wizard import ImportWizard
from directory_app.ui.main_window import MainWindow
from directory_app.ui.print_dialog import PrintDialog
from directory_app.ui.settings import app_settings
from directory_app.ui.translations import install_translators, remove_translators
from tests.test_editors import _collect_widgets  # noqa: F401 - frees closed dialogs after each test

CSV = "Организация;Телефон\nМемориал;+7 495 225-31-17\n"


@pytest.fixture
def russian(qapp):
    translators = install_translators(qapp, "ru")
    yield
    remove_translators(qapp, translators)


def open_wizard(qtbot, directory, path, text=CSV, pages=0):
    """The import wizard on `path` (written with `text`), moved on by `pages` pages."""
    path.write_text(text, encoding="utf-8")
    wizard = ImportWizard(directory, path)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(pages):
        wizard.next()
    return wizard


@pytest.fixture
def stack(qtbot):
    return QUndoStack()


def test_merge_shows_kinds_in_words_not_codes(qtbot, sample, entries, stack):
    dialog = MergeDialog(entries, stack, sample["ai-russia"], sample["rapid-reaction"])
    qtbot.addWidget(dialog)
    keep, other = dialog.choices["kind"]
    assert {keep.text(), other.text()} == {"NGO", "Resource centre"}
    assert "ngo" not in keep.accessibleName() + other.accessibleName()


def test_history_lines_read_as_russian(qtbot, russian, sample, entries, stack):
    view = HistoryView(entries, stack, org_id=sample["agora"])
    qtbot.addWidget(view)
    title = view.tree.topLevelItem(0).text(1)
    assert title.startswith("Организация (добавлено): Agora")


def test_backups_say_why_in_the_window_language(qtbot, russian, sample, directory):
    backup.make_backup(directory, reason="before-import")
    backup.make_backup(directory, reason="before-undo-import-7")
    window = MainWindow(directory, app_settings())
    qtbot.addWidget(window)
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    reasons = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert reasons == {"Перед импортом", "Перед отменой импорта 7"}


def test_import_wizard_has_room_and_russian_choices(qtbot, russian, directory, tmp_path):
    wizard = open_wizard(qtbot, directory, tmp_path / "list.csv")
    assert wizard.width() >= 800 and wizard.height() >= 600
    wizard.next()
    delimiters = [wizard.format_page.delimiter.itemText(i)
                  for i in range(wizard.format_page.delimiter.count())]
    assert "точка с запятой" in delimiters and "semicolon" not in delimiters
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan_report is not None, timeout=10_000)
    plan = wizard.plan_page
    assert plan.default_choice.currentText() == "пропустить"
    assert plan.table.item(0, 1).text() == "новая"


def test_contacts_tab_without_contacts_says_so_instead_of_errors(qtbot, sample, entries, stack):
    editor = OrgEditor(entries, stack, sample["agora"])
    qtbot.addWidget(editor)
    contacts = editor.contacts
    assert contacts.contacts() == []
    assert contacts.form_area.isHidden() and not contacts.empty_note.isHidden()
    assert "Add contact point" in contacts.empty_note.text()
    contacts.add_button.click()
    assert not contacts.form_area.isHidden() and contacts.empty_note.isHidden()
    contacts.remove_button.click()
    assert contacts.form_area.isHidden()


def test_person_roles_fields_say_what_goes_in_them(qtbot, entries, stack):
    editor = PersonEditor(entries, stack)
    qtbot.addWidget(editor)
    assert editor.new_org.edit.placeholderText() and editor.new_role.placeholderText()


def test_people_tab_calls_a_person_s_name_imya(qtbot, russian, sample, entries, stack):
    editor = OrgEditor(entries, stack, sample["agora"])
    qtbot.addWidget(editor)
    header = editor.people.table.table.horizontalHeaderItem(0).text()
    assert header == "Имя"


def test_print_dialog_controls_have_names_and_shortcuts(qtbot, sample, directory):
    dialog = PrintDialog(directory)
    qtbot.addWidget(dialog)
    for widget in (dialog.title, dialog.privacy, dialog.page_size, dialog.format, dialog.sheet,
                   dialog.preview):
        assert widget.accessibleName()
    for button in (dialog.update_button, dialog.print_button, dialog.export_button,
                   dialog.labels_button):
        assert "&" in button.text()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {dialog.title, dialog.privacy, dialog.page_size, dialog.format, dialog.sheet} <= buddies
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10_000)


def test_export_dialog_shows_no_empty_bar_before_an_export(qtbot, sample, directory, tmp_path):
    dialog = ExportDialog(directory)
    qtbot.addWidget(dialog)
    assert dialog.progress.isHidden()
    assert dialog.path_edit.accessibleName() and dialog.privacy.accessibleName()
    assert dialog.file_label.buddy() is dialog.path_edit
    dialog.path_edit.setText(str(tmp_path / "out.csv"))
    dialog.start()
    assert not dialog.progress.isHidden()
    qtbot.waitUntil(lambda: dialog.thread is None or dialog.thread.isFinished(), timeout=10_000)


def test_mapping_page_names_destinations_in_words(qtbot, russian, directory, tmp_path):
    wizard = open_wizard(qtbot, directory, tmp_path / "list.csv",
                         "Name,E-mail Address\nMemorial,info@memo.example\n", pages=2)
    combo = wizard.mapping_page.table.cellWidget(1, 2)
    assert combo.currentData().endswith(".email")
    assert combo.currentText().endswith(": Эл. почта")
    assert not combo.currentText().startswith(("org.", "person."))
    assert combo.accessibleName()


def _focus_order(start, wanted):
    """The widgets of `wanted` in the order Tab reaches them from `start`."""
    order, widget = [], start
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget in wanted and widget not in order:
            order.append(widget)
        if widget is start:
            break
    return order


def test_tab_follows_the_general_form_top_to_bottom(qtbot, sample, entries, stack):
    editor = OrgEditor(entries, stack, sample["agora"])
    qtbot.addWidget(editor)
    form = [editor.name.edit, editor.other_names.table, editor.kind, editor.status,
            editor.founded_year.edit, *editor.text_fields.values(),
            *editor.long_fields.values(), editor.tags]
    assert _focus_order(editor.name.edit, set(form)) == form[1:] + form[:1]
    assert all(field.tabChangesFocus() for field in editor.long_fields.values())


def test_import_wizard_fields_have_labels_with_shortcuts(qtbot, directory, tmp_path):
    wizard = open_wizard(qtbot, directory, tmp_path / "list.csv")
    pages = (wizard.file_page, wizard.format_page, wizard.mapping_page, wizard.plan_page)
    buddies = {label.buddy() for page in pages for label in page.findChildren(QLabel)
               if "&" in label.text()}
    assert {wizard.file_page.path_edit, wizard.format_page.encoding,
            wizard.format_page.delimiter, wizard.mapping_page.presets,
            wizard.plan_page.default_choice, wizard.plan_page.country} <= buddies
    for widget in (wizard.file_page.path_edit, wizard.format_page.preview,
                   wizard.mapping_page.table, wizard.plan_page.table):
        assert widget.accessibleName()


def test_empty_tables_say_how_to_fill_them(qtbot, sample, entries, stack):
    editor = OrgEditor(entries, stack, sample["agora"])
    qtbot.addWidget(editor)
    people = editor.people.table
    assert people.rows == [] and not people.empty_note.isHidden()
    assert "Add person" in people.empty_note.text() and not people.remove_button.isEnabled()
    editor.people.add_person("Anna", "Director")
    assert people.empty_note.isHidden() and people.remove_button.isEnabled()
    people.table.setCurrentCell(0, 0)
    people.remove_selected()
    assert not people.empty_note.isHidden()
    assert not editor.publications.empty_note.isHidden()
    assert editor.other_names.empty_note.isHidden()          # has rows, and no note of its own
    person = PersonEditor(entries, stack)
    qtbot.addWidget(person)
    assert "Add role" in person.roles.empty_note.text() and not person.roles.empty_note.isHidden()


def test_import_summary_is_in_the_window_language(qtbot, russian, directory, tmp_path):
    wizard = open_wizard(qtbot, directory, tmp_path / "list %2.csv", pages=3)
    qtbot.waitUntil(lambda: wizard.plan_report is not None, timeout=10_000)
    text = wizard.plan_page.summary.text()
    assert text.startswith("Будет импортировано из list %2.csv: 1 запись — 1 новая, "
                           "0 обновлено, 0 вероятных дубликатов (0 пропущено)")


def test_merge_counts_what_moves_in_russian_plurals(qtbot, russian, entries, stack):
    org = entries.create_org(name="Memorial").id
    keep = entries.create_person(display_name="Oleg Orlov").id
    other = entries.create_person(display_name="O. Orlov").id
    entries.affiliate(other, org, "Chair")
    for value in ("a@memo.example", "b@memo.example", "c@memo.example"):
        entries.add_contact(person_id=other, kind="email", value=value)
    dialog = MergeDialog(entries, stack, keep, other, people=True)
    qtbot.addWidget(dialog)
    assert "3 контакта" in dialog.moves.text() and "1 роль" in dialog.moves.text()


def test_label_sheets_are_named_in_russian(qtbot, russian, sample, directory):
    dialog = PrintDialog(directory)
    qtbot.addWidget(dialog)
    names = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
    assert names[0] == "A4, 3 × 8 наклеек 70 × 37 мм" and len(names) == 3
    assert dialog.sheet.itemData(0) == "3x8"
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10_000)


def test_remove_new_office_only_offered_for_a_new_office(qtbot, sample, entries, stack):
    editor = OrgEditor(entries, stack, sample["ai-russia"])
    qtbot.addWidget(editor)
    offices = editor.offices
    assert not offices.remove_button.isEnabled()
    offices.list.setCurrentRow(0)                       # a stored office
    assert not offices.remove_button.isEnabled()
    offices.name.setText("Kazan group")
    offices.add_button.click()
    offices.list.setCurrentRow(offices.list.count() - 1)
    assert offices.remove_button.isEnabled()
    offices.remove_button.click()
    assert [o["name"] for o in offices.new_offices()] == []

"""The editors on real widgets (pytest-qt, offscreen): save, undo, validation, paste, merge,
history and delete."""

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from directory_app.ui.editors.delete import delete_box, delete_org
from directory_app.ui.editors.history_view import HistoryView
from directory_app.ui.editors.merge_dialog import MergeDialog
from directory_app.ui.editors.org_editor import OrgEditor
from directory_app.ui.editors.person_editor import PersonEditor
from directory_app.ui.undo import UndoNotifier, run_and_push
from tests.test_history import stable


@pytest.fixture(autouse=True)
def _collect_widgets():
    """Free the closed dialogs now: their Python side holds many references to None, and a
    later collection in the middle of tests/test_stack.py would upset its reference count."""
    yield
    gc.collect()


@pytest.fixture
def stack(qtbot):
    return QUndoStack()


@pytest.fixture
def no_dialogs(monkeypatch):
    """Warnings that would block an offscreen test are recorded instead."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


def open_org(qtbot, entries, stack, org_id=None):
    editor = OrgEditor(entries, stack, org_id)
    qtbot.addWidget(editor)
    return editor


def phones(queries, org_id):
    return [c["value"] for c in queries.org_detail(org_id)["contacts"] if c["kind"] == "phone"]


def test_edit_phone_save_undo_redo(qtbot, sample, entries, queries, stack):
    org = sample["ai-russia"]
    old = phones(queries, org)
    editor = open_org(qtbot, entries, stack, org)
    row = next(i for i, c in enumerate(editor.contacts.contacts()) if c["kind"] == "phone")
    editor.contacts.select(row)
    editor.contacts.number.edit.clear()
    qtbot.keyClicks(editor.contacts.number.edit, "+7 495 111-22-33")
    assert "+74951112233" in editor.contacts.number.message.text()  # E.164 shown
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert phones(queries, org) == ["+7 495 111-22-33"]
    assert stack.count() == 1 and "Amnesty" in stack.undoText()
    stack.undo()
    assert phones(queries, org) == old
    stack.redo()
    assert phones(queries, org) == ["+7 495 111-22-33"]


def test_undo_restores_everything_one_save_changed(qtbot, sample, entries, queries, stack):
    org = sample["memorial"]
    before = stable(queries.org_detail(org))
    editor = open_org(qtbot, entries, stack, org)
    editor.name.setText("Memorial (renamed)")
    editor.tags.setText("archives, rehabilitation")
    editor.publications.add_row({"title": "Bulletin"})
    editor.people.add_person("Oleg Orlov", "Chair")
    editor.mark_verified_today()
    assert editor.save()
    assert queries.org_detail(org)["name"] == "Memorial (renamed)"
    stack.undo()
    assert stable(queries.org_detail(org)) == before


def test_saving_unchanged_form_pushes_nothing(qtbot, sample, entries, stack):
    editor = open_org(qtbot, entries, stack, sample["ai-russia"])
    assert editor.save() and stack.count() == 0


def test_invalid_email_is_explained_and_blocks_save(qtbot, sample, entries, stack):
    editor = open_org(qtbot, entries, stack, sample["memorial"])
    editor.show()
    editor.tabs.setCurrentIndex(1)  # Offices and contact points
    qtbot.mouseClick(editor.contacts.add_button, Qt.MouseButton.LeftButton)
    editor.contacts.kind.set_value("email")
    qtbot.keyClicks(editor.contacts.email.edit, "info(at)memo")
    message = editor.contacts.email.message
    assert message.isVisible() and "e-mail address" in message.text()
    assert not editor.save_button.isEnabled()
    assert not editor.save()  # nothing saved half-valid
    editor.contacts.email.setText("info@memo.ru")
    assert not message.isVisible() and editor.save_button.isEnabled()


def test_required_name_and_year_messages(qtbot, entries, stack):
    editor = open_org(qtbot, entries, stack)
    assert not editor.save_button.isEnabled()  # a new organisation has no name yet
    assert "required" in editor.name.message.text()
    editor.name.setText("Agora")
    assert editor.save_button.isEnabled()
    editor.founded_year.setText("19x2")
    assert "year" in editor.founded_year.message.text() and not editor.save_button.isEnabled()


def test_paste_handbook_entry_prefills_new_org(qtbot, shared_dir, entries, queries, stack):
    text = next((shared_dir / "seeds").glob("002_*.txt")).read_text(encoding="utf-8")
    editor = open_org(qtbot, entries, stack)
    assert editor.paste_button.isVisibleTo(editor)
    editor.apply_pasted_text(text)
    assert editor.name.text() == "Amnesty International - Russia"
    contacts = editor.contacts.contacts()
    assert ("phone", "095-291-29-04") in [(c["kind"], c["value"]) for c in contacts]
    assert ("fax", "095-291-29-04") in [(c["kind"], c["value"]) for c in contacts]
    address = next(c for c in contacts if c["kind"] == "address")
    assert (address["po_box"], address["postal_code"]) == ("PO Box 212", "121019")
    assert [(p["display_name"], p["role"]) for p in editor.people.rows()] == [
        ("Boris Suvorov", "Contact"), ("Asya Lashizeva", "Contact")]
    offices = editor.offices.new_offices()
    assert offices[0]["contacts"][0]["value"] == "812-247-40-46"
    assert offices[1]["people"] == [{"name": "Eric Klazerstein", "role": "Coordinator"}]
    assert "withheld" in editor.banner.text()

    assert editor.save()
    detail = queries.org_detail(editor.org_id)
    spb = next(o for o in detail["offices"] if o["name"] == "St. Petersburg")
    assert spb["people"][0]["display_name"] == "Anatoly Chezlov"
    assert [c["value"] for c in spb["contacts"] if c["kind"] == "phone"] == ["812-247-40-46"]
    stack.undo()
    assert queries.org_detail(editor.org_id) is None


def test_relation_picked_by_name(qtbot, sample, entries, queries, stack):
    editor = open_org(qtbot, entries, stack, sample["agora"])
    tab = editor.relations
    assert tab.other.edit.completer().model().rowCount() >= 10
    tab.other.setText("No such organisation")
    assert "pick one" in tab.other.message.text()
    tab.kind.set_value("member_of")
    tab.other.setText("Memorial Human Rights Centre")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert editor.save()
    relations = queries.org_detail(sample["agora"])["relations"]
    assert ("member_of", sample["memorial"]) in [(r["kind"], r["other_id"]) for r in relations]


def test_person_editor_privacy_contact_and_undo(qtbot, sample, entries, queries, stack):
    person = queries.org_detail(sample["ai-russia"])["people"][0]
    before = queries.person_detail(person["person_id"])
    editor = PersonEditor(entries, stack, person["person_id"])
    qtbot.addWidget(editor)
    editor.privacy.set_value("confidential")
    assert "confidential" in editor.marker.text()
    editor.consent.set_value("given")
    editor.consent_date.setText("2026-11-01")
    editor.contacts.add_contact({"kind": "email", "value": "boris@example.org",
                                 "privacy": "internal"})
    assert "internal" in editor.contacts.list.item(editor.contacts.list.count() - 1).text()
    assert editor.save()
    after = queries.person_detail(person["person_id"])
    assert after["privacy"] == "confidential" and after["consent"] == "given"
    assert [c["value"] for c in after["contacts"]][-1] == "boris@example.org"
    stack.undo()
    assert stable(queries.person_detail(person["person_id"])) == stable(before)


def test_merge_two_duplicates_and_undo(qtbot, entries, queries, stack):
    with entries.transaction():
        a = entries.create_org(name="Agora Association").id
        b = entries.create_org(name="Agora Human Rights Association", founded_year=2005).id
        entries.add_contact(org_id=a, kind="phone", value="843 123 45 67")
        entries.add_contact(org_id=b, kind="email", value="info@agora.example")
        p1 = entries.create_person(display_name="Pavel Chikov").id
        p2 = entries.create_person(display_name="Ramil Akhmetgaliev").id
        entries.affiliate(p1, a, "Chair")
        entries.affiliate(p2, b, "Lawyer")
    before = (stable(queries.org_detail(a)), stable(queries.org_detail(b)))
    dialog = MergeDialog(entries, stack, a, b)
    qtbot.addWidget(dialog)
    assert set(dialog.choices) == {"name", "founded_year"}
    assert dialog.choices["founded_year"][1].isChecked()  # empty side takes the other's value
    dialog.choose_other("name")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    kept = queries.org_detail(a)
    assert queries.org_detail(b) is None
    assert kept["name"] == "Agora Human Rights Association" and kept["founded_year"] == 2005
    assert {c["value"] for c in kept["contacts"]} == {"843 123 45 67", "info@agora.example"}
    assert {p["display_name"] for p in kept["people"]} == {"Pavel Chikov", "Ramil Akhmetgaliev"}
    stack.undo()
    assert (stable(queries.org_detail(a)), stable(queries.org_detail(b))) == before


def test_history_lists_changes_and_reverts_after_restart(qtbot, sample, entries, queries,
                                                         directory, no_dialogs):
    from directory_app.services.entries import Entries

    org = sample["memorial"]
    first = entries.update_org(org, size="large").batch
    # A new session: fresh services and an empty undo stack; the change log is all there is.
    later_entries, stack = Entries(directory), QUndoStack()
    view = HistoryView(later_entries, stack, org_id=org)
    qtbot.addWidget(view)
    top = view.tree.topLevelItem(0)
    assert "Size" in top.text(1) and top.child(0).text(2) == "“” → “large”"
    view.select_batch(first)
    assert view.revert_selected()
    assert queries.org_detail(org)["size"] == ""
    assert view.tree.topLevelItem(1).text(2) == "reverted"
    stack.undo()  # the revert itself is undoable
    assert queries.org_detail(org)["size"] == "large"

    entries.update_org(org, size="very large")
    view.refresh()
    view.select_batch(first)
    assert not view.revert_selected()
    assert "changed again" in view.last_error and no_dialogs
    assert queries.org_detail(org)["size"] == "very large"


def test_undo_that_conflicts_is_reported_not_applied(qtbot, sample, entries, queries, stack):
    org = sample["memorial"]
    notifier = UndoNotifier()
    run_and_push(stack, entries, "size", lambda: entries.update_org(org, size="large").batch,
                 notifier)
    entries.update_org(org, size="later edit")  # made outside the stack
    with qtbot.waitSignal(notifier.failed) as blocker:
        stack.undo()
    assert "changed again" in blocker.args[0]
    assert queries.org_detail(org)["size"] == "later edit" and stack.count() == 0


def test_delete_asks_with_impact_and_is_undoable(qtbot, sample, entries, queries, stack):
    org = sample["ai-russia"]
    before = stable(queries.org_detail(org))
    from directory_app.services.impact import deletion_impact

    box = delete_box(None, deletion_impact(entries.directory, org))
    qtbot.addWidget(box)
    assert "Amnesty International - Russia" in box.text()
    assert "office" in box.informativeText() and "contact point" in box.informativeText()
    assert not delete_org(None, entries, stack, org, ask=lambda *_: False)
    assert queries.org_detail(org) is not None
    assert delete_org(None, entries, stack, org, ask=lambda *_: True)
    assert queries.org_detail(org) is None
    stack.undo()
    assert stable(queries.org_detail(org)) == before


def test_new_person_with_role_and_undo(qtbot, sample, entries, queries, stack):
    editor = PersonEditor(entries, stack)
    qtbot.addWidget(editor)
    assert not editor.save_button.isEnabled()
    editor.name_fields["given_name"].setText("Lyudmila")
    editor.name_fields["family_name"].setText("Alekseeva")
    assert editor.display_name.text() == "Lyudmila Alekseeva" and editor.save_button.isEnabled()
    editor.new_org.setText("Moscow Helsinki Group")
    editor.new_role.setText("Chair")
    qtbot.mouseClick(editor.add_role_button, Qt.MouseButton.LeftButton)
    assert editor.save()
    person = queries.person_detail(editor.person_id)
    assert [(a["org_id"], a["role"]) for a in person["affiliations"]] == [(sample["mhg"], "Chair")]
    stack.undo()
    assert queries.person_detail(editor.person_id) is None


def test_merge_people_in_dialog(qtbot, entries, queries, stack):
    org = entries.create_org(name="Memorial").id
    keep = entries.create_person(given_name="Oleg", family_name="Orlov").id
    other = entries.create_person(display_name="O. Orlov", notes="Chair of the board").id
    entries.affiliate(other, org, "Chair")
    dialog = MergeDialog(entries, stack, keep, other, people=True)
    qtbot.addWidget(dialog)
    assert "1 role" in dialog.moves.text()
    assert dialog.choices["notes"][1].isChecked()
    assert dialog.merge()
    assert queries.person_detail(keep)["affiliations"][0]["role"] == "Chair"
    stack.undo()
    assert queries.person_detail(other)["notes"] == "Chair of the board"


def test_new_office_under_a_parent(qtbot, sample, entries, queries, stack):
    editor = OrgEditor(entries, stack, parent_org_id=sample["memorial"])
    qtbot.addWidget(editor)
    editor.name.setText("Memorial Perm")
    assert editor.save()
    assert queries.org_detail(editor.org_id)["parent"]["id"] == sample["memorial"]


def test_editors_speak_russian(qtbot, qapp, sample, entries, stack):
    from PySide6.QtCore import QLocale, QTranslator

    from directory_app import paths

    translator = QTranslator()
    russian = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    assert translator.load(russian, "ngo_directory", "_", str(paths.translations_dir()))
    qapp.installTranslator(translator)
    try:
        editor = open_org(qtbot, entries, stack, sample["memorial"])
        assert editor.tabs.tabText(1) == "Отделения и контакты"
        editor.contacts.add_contact({"kind": "email", "value": "x@"})
        assert "Это не адрес эл. почты" in editor.contacts.email.message.text()
        assert editor.kind.currentText() == "НКО"
    finally:
        qapp.removeTranslator(translator)


def test_mark_verified_in_one_step_and_person_history(qtbot, sample, entries, queries, stack):
    from datetime import date

    from directory_app.ui.undo import mark_verified

    org = sample["memorial"]
    before = queries.org_detail(org)["last_verified"]
    mark_verified(stack, entries, org, "Mark verified")
    assert queries.org_detail(org)["last_verified"] == date.today().isoformat()
    mark_verified(stack, entries, org, "Mark verified")  # nothing changes: nothing to undo
    assert stack.count() == 1
    stack.undo()
    assert queries.org_detail(org)["last_verified"] == before

    person = queries.org_detail(sample["ai-russia"])["people"][0]
    entries.update_affiliation(person["affiliation_id"], role="Press contact")
    view = HistoryView(entries, stack, person_id=person["person_id"])
    qtbot.addWidget(view)
    assert "Role" in view.tree.topLevelItem(0).text(1)


def test_role_and_privacy_edited_in_people_table(qtbot, sample, entries, queries, stack):
    org = sample["ai-russia"]
    editor = open_org(qtbot, entries, stack, org)
    table = editor.people.table
    table.table.item(0, 1).setText("Press contact")
    table.table.cellWidget(0, 2).set_value("confidential")
    assert "confidential" in table.table.item(0, 3).text()  # the marker follows the selector
    assert editor.save()
    person = queries.org_detail(org)["people"][0]
    assert (person["role"], person["privacy"]) == ("Press contact", "confidential")

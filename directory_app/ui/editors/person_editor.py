"""The person editor: names, consent with its date, privacy, contact points and roles.

Like the organisation editor, a save is one batch pushed onto the given QUndoStack.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.validation import ValidationError
from directory_app.services.entries import Entries
from directory_app.services.queries import Queries
from directory_app.ui import labels
from directory_app.ui.editors.contacts import ContactsEditor
from directory_app.ui.editors.fields import (
    CheckedLineEdit,
    ChoiceCombo,
    FormState,
    date_check,
    required,
)
from directory_app.ui.editors.org_tabs import RowTable
from directory_app.ui.editors.org_writer import CONTACT_VALUES
from directory_app.ui.undo import UndoNotifier, run_and_push

NAME_FIELDS = ("given_name", "patronymic", "family_name")


def write_person(entries: Entries, person_id: int | None, values: dict[str, Any],
                 contacts: list[dict[str, Any]], removed_contacts: list[int],
                 roles: list[dict[str, Any]], removed_roles: list[dict[str, Any]]
                 ) -> tuple[str, int]:
    """Write a person editor's form in one batch; returns (batch, person id)."""
    with entries.transaction() as batch:
        if person_id is None:
            person_id = entries.create_person(**values).id
        else:
            entries.update_person(person_id, **values)
        for contact_id in removed_contacts:
            entries.delete_contact(contact_id)
        for order, contact in enumerate(contacts):
            clean = {k: contact.get(k) or "" for k in CONTACT_VALUES}
            clean["privacy"] = clean["privacy"] or "public"
            clean["sort_order"] = order
            if contact.get("id"):
                entries.update_contact(contact["id"], **clean)
            else:
                entries.add_contact(person_id=person_id, **clean)
        for row in removed_roles:
            entries.remove_affiliation(row["id"])
        for row in roles:
            if row.get("id") is None:
                entries.affiliate(person_id, row["org_id"], row["role"].strip())
            elif row["role"] != row.get("stored_role"):
                entries.update_affiliation(row["id"], role=row["role"].strip())
    return batch, person_id


class PersonEditor(QDialog):
    """Edit one person (or create one when `person_id` is None)."""

    saved = Signal(int)

    def __init__(self, entries: Entries, stack: QUndoStack, person_id: int | None = None,
                 parent: QWidget | None = None, *, notifier: UndoNotifier | None = None):
        super().__init__(parent)
        self.entries = entries
        self.stack = stack
        self.person_id = person_id
        self.notifier = notifier
        self.queries = Queries(entries.directory)
        self.state = FormState(self)
        self.setWindowTitle(self.tr("New person") if person_id is None
                            else self.tr("Edit person"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.contacts = ContactsEditor(self)
        self.tabs.addTab(self.contacts, self.tr("Contact points"))
        self.tabs.addTab(self._roles_tab(), self.tr("Organisations and roles"))
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.contacts.changed.connect(self.state.refresh)
        self.roles.changed.connect(self.state.refresh)
        self.state.add_check(lambda: self.contacts.is_valid())
        self.state.changed.connect(self._validity_changed)
        self.resize(700, 520)
        if person_id is not None:
            self.load(person_id)
        self.state.refresh()

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        titles = {"given_name": self.tr("Given name:"), "patronymic": self.tr("Patronymic:"),
                  "family_name": self.tr("Family name:")}
        self.name_fields = {}
        for key in NAME_FIELDS:
            edit = QLineEdit(page)
            edit.setAccessibleName(titles[key].rstrip(":"))
            edit.textChanged.connect(self._suggest_display_name)
            form.addRow(titles[key], edit)
            self.name_fields[key] = edit
        self.display_name = self.state.watch(
            CheckedLineEdit(required(self.tr("The display name")), parent=page))
        self.display_name.setAccessibleName(self.tr("Display name"))
        self.consent = ChoiceCombo(labels.consents(), page)
        self.consent.setAccessibleName(self.tr("Consent to be listed"))
        self.consent_date = self.state.watch(CheckedLineEdit(date_check, parent=page))
        self.consent_date.setAccessibleName(self.tr("Date of consent"))
        self.consent_date.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.consent_today = QPushButton(self.tr("&Today"), page)
        self.consent_today.clicked.connect(
            lambda: self.consent_date.setText(date.today().isoformat()))
        self.privacy = ChoiceCombo(labels.privacy_levels(), page)
        self.privacy.setAccessibleName(self.tr("Privacy"))
        self.marker = QLabel(page)
        self.privacy.currentIndexChanged.connect(
            lambda _i: self.marker.setText(labels.private_marker(self.privacy.value())))
        self.notes = QPlainTextEdit(page)
        self.notes.setAccessibleName(self.tr("Notes"))
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent)
        consent_row.addWidget(self.consent_date, 1)
        consent_row.addWidget(self.consent_today)
        privacy_row = QHBoxLayout()
        privacy_row.addWidget(self.privacy)
        privacy_row.addWidget(self.marker, 1)
        form.addRow(self.tr("&Display name:"), self.display_name)
        form.addRow(self.tr("Consent:"), consent_row)
        form.addRow(self.tr("Privacy:"), privacy_row)
        form.addRow(self.tr("Notes:"), self.notes)
        self._display_touched = False
        self.display_name.edit.textEdited.connect(lambda _t: setattr(self, "_display_touched",
                                                                     True))
        return page

    def _roles_tab(self) -> QWidget:
        page = QWidget(self)
        self.ids_by_name: dict[str, int] = {}
        for org_id, name in self.queries.org_names():
            self.ids_by_name.setdefault(name, org_id)
        self.roles = RowTable([self.tr("Organisation"), self.tr("Role")], ["org_name", "role"],
                              {}, page, readonly_stored=("org_name",))
        self.roles.table.setAccessibleName(self.tr("Organisations and roles"))
        self.roles.set_empty_text(self.tr("Not linked to any organisation yet: type an "
                                          "organisation's name and the role below and press "
                                          "“Add role”."))
        self.roles.add_button.hide()
        self.new_org = CheckedLineEdit(self._check_org, parent=page)
        self.new_org.setAccessibleName(self.tr("Organisation"))
        completer = QCompleter(sorted(self.ids_by_name), page)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.new_org.edit.setCompleter(completer)
        self.new_org.edit.setPlaceholderText(self.tr("Start typing an organisation's name"))
        self.new_role = QLineEdit(page)
        self.new_role.setAccessibleName(self.tr("Role"))
        self.new_role.setPlaceholderText(self.tr("Role, e.g. Director"))
        self.add_role_button = QPushButton(self.tr("Add &role"), page)
        self.add_role_button.clicked.connect(self._add_role)
        row = QHBoxLayout()
        row.addWidget(self.new_org, 2)
        row.addWidget(self.new_role, 1)
        row.addWidget(self.add_role_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.roles)
        layout.addLayout(row)
        return page

    def _check_org(self, text: str) -> str:
        if not text.strip() or text.strip() in self.ids_by_name:
            return ""
        return self.tr("No organisation of this name; pick one from the list.")

    def _add_role(self) -> None:
        name = self.new_org.text().strip()
        if name in self.ids_by_name:
            self.roles.add_row({"org_id": self.ids_by_name[name], "org_name": name,
                                "role": self.new_role.text().strip()})
            self.new_org.setText("")
            self.new_role.clear()

    def _suggest_display_name(self) -> None:
        if self._display_touched:
            return
        parts = [self.name_fields[k].text().strip() for k in NAME_FIELDS]
        self.display_name.setText(" ".join(p for p in parts if p))

    def load(self, person_id: int) -> None:
        person = self.queries.person_detail(person_id)
        if person is None:
            raise ValidationError("person_id", f"there is no person with id {person_id}")
        for key, edit in self.name_fields.items():
            edit.setText(person[key] or "")
        self.display_name.setText(person["display_name"])
        self._display_touched = True
        self.consent.set_value(person["consent"])
        value = person["consent_date"]
        self.consent_date.setText(value.isoformat() if hasattr(value, "isoformat")
                                  else str(value or ""))
        self.privacy.set_value(person["privacy"])
        self.marker.setText(labels.private_marker(person["privacy"]))
        self.notes.setPlainText(person["notes"] or "")
        self.contacts.set_contacts(person["contacts"])
        self.roles.set_rows([{"id": a["id"], "org_id": a["org_id"], "org_name": a["org_name"],
                              "role": a["role"], "stored_role": a["role"]}
                             for a in person["affiliations"]])

    def _validity_changed(self, valid: bool) -> None:
        self.save_button.setEnabled(valid)
        self.problems.setText("" if valid else self.tr("Correct the marked fields to save."))

    def values(self) -> dict[str, Any]:
        values = {k: e.text() for k, e in self.name_fields.items()}
        values.update(display_name=self.display_name.text(), consent=self.consent.value(),
                      consent_date=self.consent_date.text().strip(),
                      privacy=self.privacy.value(), notes=self.notes.toPlainText())
        return values

    def save(self) -> bool:
        if not self.state.is_valid():
            return False
        values = self.values()
        text = (self.tr("Add “%1”") if self.person_id is None else self.tr("Edit “%1”")).replace(
            "%1", values["display_name"].strip())
        result: dict[str, int] = {}

        def write() -> str:
            batch, result["id"] = write_person(
                self.entries, self.person_id, values, self.contacts.contacts(),
                self.contacts.removed_ids(), self.roles.rows, self.roles.removed)
            return batch
        try:
            run_and_push(self.stack, self.entries, text, write, self.notifier)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("Nothing was saved: %1").replace("%1", str(exc)))
            return False
        self.person_id = result["id"]
        self.saved.emit(self.person_id)
        self.accept()
        return True

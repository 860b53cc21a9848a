"""The organisation editor: a dialog with tabs, checked fields, paste-to-prefill and one undo step.

Saving writes every difference in one `entries.transaction()` batch and pushes it onto the
QUndoStack it was given, so one Undo restores everything the save changed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from directory_app.domain.validation import ValidationError
from directory_app.exchange.text_extract import OrgDraft, extract
from directory_app.services.entries import Entries
from directory_app.services.queries import Queries
from directory_app.ui import labels
from directory_app.ui.editors.contacts import CONTACT_COLUMNS, ContactsEditor
from directory_app.ui.editors.fields import (
    CheckedLineEdit,
    ChoiceCombo,
    FormState,
    date_check,
    required,
    year_check,
)
from directory_app.ui.editors.org_tabs import OfficesList, PeopleTab, RelationsTab, RowTable
from directory_app.ui.editors.org_writer import OrgForm, write_org
from directory_app.ui.editors.regions import RegionPicker
from directory_app.ui.undo import UndoNotifier, run_and_push

TEXT_FIELDS = ("size", "meeting_rhythm", "languages")  # one-line fields of the General tab
LONG_FIELDS = ("description", "mission", "history", "activities")  # paragraphs on it


class PasteDialog(QDialog):
    """Asks for a block of text to recognise."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste text"))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Text to recognise"))
        self.text.setPlaceholderText(self.tr("Paste a handbook entry or the text of a web page."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The editor fills in what it recognises; "
                                        "check everything before saving."), self))
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class OrgEditor(QDialog):
    """Edit one organisation (or create one when `org_id` is None)."""

    saved = Signal(int)
    open_org_requested = Signal(int)
    open_person_requested = Signal(int)

    def __init__(self, entries: Entries, stack: QUndoStack, org_id: int | None = None,
                 parent: QWidget | None = None, *, parent_org_id: int | None = None,
                 notifier: UndoNotifier | None = None):
        super().__init__(parent)
        self.entries = entries
        self.stack = stack
        self.org_id = org_id
        self.parent_org_id = parent_org_id
        self.notifier = notifier
        self.queries = Queries(entries.directory)  # editors see every privacy level
        self.detail: dict[str, Any] = {}
        self.state = FormState(self)
        self.setWindowTitle(self.tr("New organisation") if org_id is None
                            else self.tr("Edit organisation"))
        self.tabs = QTabWidget(self)
        # The General tab scrolls: with the region tree it is taller than a small screen.
        general = QScrollArea(self)
        general.setWidgetResizable(True)
        general.setFrameShape(QFrame.Shape.NoFrame)
        general.setWidget(self._general_tab())
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self._offices_tab(), self.tr("Offices and contact points"))
        self.people = PeopleTab(self)
        self.tabs.addTab(self.people, self.tr("People"))
        self.relations = RelationsTab(self.queries.org_names(), org_id, self)
        self.tabs.addTab(self.relations, self.tr("Partners and networks"))
        self.publications = RowTable(
            [self.tr("Title"), self.tr("Frequency"), self.tr("Language"), self.tr("Description")],
            ["title", "frequency", "language", "description"], {}, self)
        self.publications.table.setAccessibleName(self.tr("Publications"))
        self.publications.set_empty_text(self.tr("No publications yet: “Add” gives a row to fill "
                                                 "in."))
        self.tabs.addTab(self.publications, self.tr("Publications"))
        self.tabs.addTab(self._source_tab(), self.tr("Source and verification"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.tabs.addTab(self.notes, self.tr("Notes"))

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.paste_button = QPushButton(self.tr("&Paste text…"), self)
        self.paste_button.setVisible(org_id is None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.paste_button)
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)

        self.paste_button.clicked.connect(self._ask_paste)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.contacts, self.people, self.relations, self.publications,
                       self.offices):
            widget.changed.connect(self.state.refresh)
        self.people.open_person_requested.connect(self.open_person_requested)
        self.offices.open_org_requested.connect(self.open_org_requested)
        self.state.add_check(lambda: not self._list_problems())
        self.state.changed.connect(self._validity_changed)
        self.resize(820, 620)
        if org_id is not None:
            self.load(org_id)
        self.state.refresh()

    # -- tabs ---------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = self.state.watch(CheckedLineEdit(required(self.tr("The name")), parent=page))
        self.name.setAccessibleName(self.tr("Name"))
        # Created in the order the form shows them: Tab follows creation order.
        self.other_names = RowTable([self.tr("Other name"), self.tr("Kind"), self.tr("Language")],
                                    ["name", "kind", "language"],
                                    {"kind": labels.name_kinds()}, page)
        self.other_names.table.setAccessibleName(self.tr("Other names"))
        self.other_names.table.setMaximumHeight(110)
        self.kind = ChoiceCombo(labels.org_kinds(), page)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.status = ChoiceCombo(labels.statuses(), page)
        self.status.setAccessibleName(self.tr("Status"))
        self.founded_year = self.state.watch(CheckedLineEdit(year_check, parent=page))
        self.founded_year.setAccessibleName(self.tr("Founded in"))
        self.text_fields = {k: QLineEdit(page) for k in TEXT_FIELDS}
        self.long_fields = {k: QPlainTextEdit(page) for k in LONG_FIELDS}
        self.tags = QLineEdit(page)
        self.tags.setAccessibleName(self.tr("Focus areas"))
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        titles = {"size": self.tr("Size:"), "meeting_rhythm": self.tr("Meetings:"),
                  "languages": self.tr("Languages:"), "description": self.tr("Description:"),
                  "mission": self.tr("Mission:"), "history": self.tr("History:"),
                  "activities": self.tr("Activities:")}
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Other names:"), self.other_names)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Founded in:"), self.founded_year)
        for key, widget in {**self.text_fields, **self.long_fields}.items():
            widget.setAccessibleName(titles[key].rstrip(":"))
            if isinstance(widget, QPlainTextEdit):
                widget.setMaximumHeight(80)
                widget.setTabChangesFocus(True)  # Tab moves on in a form; no tab characters
            form.addRow(titles[key], widget)
        form.addRow(self.tr("Focus areas:"), self.tags)
        self.regions = RegionPicker(self.queries.region_tree(), page)
        self.regions.tree.setMaximumHeight(110)
        form.addRow(self.tr("Regions:"), self.regions)
        self.other_names.changed.connect(self.state.refresh)
        return page

    def _offices_tab(self) -> QWidget:
        page = QWidget(self)
        self.contacts = ContactsEditor(page)
        self.offices = OfficesList(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contacts, 3)
        layout.addWidget(self.offices, 1)
        return page

    def _source_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.source = QLineEdit(page)
        self.source.setAccessibleName(self.tr("Source"))
        self.source_date = self.state.watch(CheckedLineEdit(date_check, parent=page))
        self.source_date.setAccessibleName(self.tr("Date of the source"))
        self.source_date.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.last_verified = QLabel(page)
        self.last_verified.setAccessibleName(self.tr("Last verified"))
        self.verify_button = QPushButton(self.tr("Mark as &verified today"), page)
        self.verify_button.clicked.connect(self.mark_verified_today)
        self._verified: date | None = None
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Date of the source:"), self.source_date)
        form.addRow(self.tr("Last verified:"), self.last_verified)
        form.addRow("", self.verify_button)
        return page

    # -- loading ------------------------------------------------------------------------------
    def load(self, org_id: int) -> None:
        detail = self.queries.org_detail(org_id)
        if detail is None:
            raise ValidationError("org_id", f"there is no organisation with id {org_id}")
        self.detail = detail
        self.name.setText(detail["name"])
        self.kind.set_value(detail["kind"])
        self.status.set_value(detail["status"])
        self.founded_year.setText(str(detail["founded_year"] or ""))
        for key, widget in self.text_fields.items():
            widget.setText(detail[key] or "")
        for key, widget in self.long_fields.items():
            widget.setPlainText(detail[key] or "")
        self.notes.setPlainText(detail["notes"] or "")
        self.source.setText(detail["source"] or "")
        self.source_date.setText(_iso(detail["source_date"]))
        self._set_verified(_as_date(detail["last_verified"]))
        self.tags.setText(", ".join(detail["tags"]))
        self.regions.set_region_ids([r["id"] for r in detail["regions"]])
        self.other_names.set_rows(detail["other_names"])
        self.contacts.set_contacts(detail["contacts"])
        self.people.set_people(detail["people"])
        self.relations.set_relations(detail["relations"])
        self.publications.set_rows(detail["publications"])
        self.offices.set_offices(detail["offices"])

    def _set_verified(self, when: date | None) -> None:
        self._verified = when
        self.last_verified.setText(when.isoformat() if when else self.tr("never"))

    def mark_verified_today(self) -> None:
        self._set_verified(date.today())

    # -- paste --------------------------------------------------------------------------------
    def _ask_paste(self) -> None:
        dialog = PasteDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_pasted_text(dialog.text.toPlainText())

    def apply_pasted_text(self, text: str) -> OrgDraft:
        """Pre-fill the form from pasted text; the user reviews before saving."""
        draft = extract(text)
        if draft.name and not self.name.text().strip():
            self.name.setText(draft.name)
        if draft.description and not self.long_fields["description"].toPlainText().strip():
            self.long_fields["description"].setPlainText(draft.description)
        if draft.source and not self.source.text().strip():
            self.source.setText(draft.source)
        for contact in draft.contacts:
            self.contacts.add_contact(_contact_dict(contact))
        for person in draft.people:
            self.people.add_person(person.name, person.role)
        for office in draft.offices:
            self.offices.add_office({
                "name": office.name, "city": office.city,
                "contacts": [_contact_dict(c) for c in office.contacts],
                "people": [{"name": p.name, "role": p.role} for p in office.people]})
        for publication in draft.publications:
            self.publications.add_row({"title": publication.title,
                                       "description": publication.description})
        found = len(draft.all_contacts()) + len(draft.all_people()) + len(draft.offices)
        note = self.tr("Recognised %n item(s) (contact points, people, offices); check them "
                       "before saving.", "", found)
        if draft.withheld_emails:
            note += " " + self.tr("%n e-mail address(es) were withheld by the source "
                                  "(“[email protected]”); add them by hand.", "",
                                  draft.withheld_emails)
        self.banner.setText(note)
        self.banner.show()
        self.state.refresh()
        return draft

    # -- saving -------------------------------------------------------------------------------
    def _list_problems(self) -> list[str]:
        problems = []
        if self.contacts.problems():
            problems.append(self.tr("A contact point is incomplete or invalid (marked ⚠)."))
        problems += self.people.problems()
        if any(not r["title"].strip() for r in self.publications.rows):
            problems.append(self.tr("Every publication needs a title."))
        if any(not r["name"].strip() for r in self.other_names.rows):
            problems.append(self.tr("An other name is empty."))
        return problems

    def _validity_changed(self, valid: bool) -> None:
        self.save_button.setEnabled(valid)
        problems = self._list_problems()
        if not valid and not problems:
            problems = [self.tr("Correct the fields marked in red to save.")]
        self.problems.setText(" ".join(problems))

    def form(self) -> OrgForm:
        values = {"name": self.name.text(), "kind": self.kind.value(),
                  "status": self.status.value(), "founded_year": self.founded_year.text().strip(),
                  "notes": self.notes.toPlainText(), "source": self.source.text(),
                  "source_date": self.source_date.text().strip(),
                  "last_verified": self._verified}
        values.update({k: w.text() for k, w in self.text_fields.items()})
        values.update({k: w.toPlainText() for k, w in self.long_fields.items()})
        if self.org_id is None and self.parent_org_id is not None:
            values["parent_id"] = self.parent_org_id
        return OrgForm(
            org_id=self.org_id, values=values,
            other_names=[{k: r[k] for k in ("name", "kind", "language")}
                         for r in self.other_names.rows],
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            regions=self.regions.region_ids(),
            contacts=self.contacts.contacts(), removed_contacts=self.contacts.removed_ids(),
            people=self.people.rows(), removed_people=self.people.removed(),
            relations=self.relations.rows(), removed_relations=self.relations.removed(),
            publications=[{k: r[k] for k in ("title", "frequency", "language", "description")}
                          for r in self.publications.rows],
            new_offices=self.offices.new_offices())

    def save(self) -> bool:
        """Write the form as one undoable step; False (with the reason shown) if refused."""
        if not self.state.is_valid():
            return False
        form = self.form()
        text = (self.tr("Add “%1”") if self.org_id is None else self.tr("Edit “%1”")).replace(
            "%1", form.values["name"].strip())
        result: dict[str, int] = {}

        def write() -> str:
            batch, result["id"] = write_org(self.entries, form)
            return batch
        try:
            run_and_push(self.stack, self.entries, text, write, self.notifier)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("Nothing was saved: %1").replace("%1", str(exc)))
            return False
        self.org_id = result["id"]
        self.saved.emit(self.org_id)
        self.accept()
        return True


def _contact_dict(contact) -> dict[str, Any]:
    return {k: getattr(contact, k, "") for k in CONTACT_COLUMNS if hasattr(contact, k)}


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])

"""Editing a list of contact points, with fields that fit each kind of contact.

The list holds plain dicts with the columns of `ContactPoint` (plus `id` for stored ones); the
form beside it edits the selected one in place. Addresses get street, PO box, postal code, city,
region and country; phones, faxes and hotlines a number with its normalised form shown;
e-mail and web addresses their checked value; messengers a service and a handle.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from directory_app.ui import labels
from directory_app.ui.editors.fields import (
    CheckedLineEdit,
    ChoiceCombo,
    all_of,
    email_check,
    phone_check,
    phone_hint,
    required,
    url_check,
)

translate = QCoreApplication.translate
ADDRESS_FIELDS = ("street", "po_box", "postal_code", "city", "region", "country")
CONTACT_COLUMNS = ("kind", "label", "value", "service", *ADDRESS_FIELDS, "privacy")
MESSENGERS = ("Skype", "Telegram", "WhatsApp", "Signal", "Viber", "ICQ")
_PAGES = {"address": 0, "phone": 1, "fax": 1, "hotline": 1, "email": 2, "website": 3,
          "messenger": 4}


def blank_contact(kind: str = "phone") -> dict[str, Any]:
    return {"id": None, **{c: "" for c in CONTACT_COLUMNS}, "kind": kind, "privacy": "public"}


def contact_problem(contact: dict[str, Any]) -> str:
    """Why a contact cannot be saved ("" when it can)."""
    kind, value = contact["kind"], contact.get("value") or ""
    if kind == "address":
        if not any(contact.get(k) for k in (*ADDRESS_FIELDS, "value")):
            return translate("ContactsEditor",
                             "An address needs at least a street, PO box or city.")
        return ""
    if not value.strip():
        return translate("ContactsEditor", "The value is required.")
    if kind in ("phone", "fax", "hotline"):
        return phone_check(value)
    if kind == "email":
        return email_check(value)
    if kind == "website":
        return url_check(value)
    return ""


def contact_summary(contact: dict[str, Any]) -> str:
    kind = labels.contact_kinds().get(contact["kind"], contact["kind"])
    if contact["kind"] == "address":
        text = ", ".join(contact.get(k) for k in ("postal_code", "city", "street", "po_box")
                         if contact.get(k)) or contact.get("value", "")
    elif contact["kind"] == "messenger":
        text = f"{contact.get('service') or ''} {contact.get('value') or ''}".strip()
    else:
        text = contact.get("value", "")
    marker = labels.private_marker(contact.get("privacy", "public"))
    warn = "⚠ " if contact_problem(contact) else ""
    return f"{warn}{kind}: {text}" + (f"  [{marker}]" if marker else "")


class ContactsEditor(QWidget):
    """A list of contact points and a form for the selected one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._contacts: list[dict[str, Any]] = []
        self._removed: list[int] = []
        self._loading = False
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Contact points"))
        self.add_button = QPushButton(self.tr("&Add contact point"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.kind = ChoiceCombo(labels.contact_kinds(), self)
        self.kind.setAccessibleName(self.tr("Kind of contact"))
        self.privacy = ChoiceCombo(labels.privacy_levels(), self)
        self.privacy.setAccessibleName(self.tr("Privacy of the contact point"))
        self.label = QLineEdit(self)
        self.label.setAccessibleName(self.tr("Label"))
        self.pages = QStackedWidget(self)
        self._build_pages()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Privacy:"), self.privacy)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.pages)
        right.addStretch(1)
        self.form_area = QWidget(self)
        self.form_area.setLayout(right)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addWidget(self.form_area, 3)
        # With no contact point chosen the form stays hidden: a blank, greyed form would show
        # "required" messages about a contact that does not exist.
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_note, 3)

        self.list.currentRowChanged.connect(self._load_current)
        self.add_button.clicked.connect(lambda: self.add_contact(blank_contact()))
        self.remove_button.clicked.connect(self.remove_current)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.privacy.currentIndexChanged.connect(lambda _i: self._store("privacy",
                                                                        self.privacy.value()))
        self.label.textChanged.connect(lambda t: self._store("label", t))
        self._load_current(-1)

    def _build_pages(self) -> None:
        address = QWidget(self)
        form = QFormLayout(address)
        self.address_fields: dict[str, QLineEdit] = {}
        names = {"street": self.tr("Street:"), "po_box": self.tr("PO box:"),
                 "postal_code": self.tr("Postal code:"), "city": self.tr("City:"),
                 "region": self.tr("Region:"), "country": self.tr("Country:")}
        for key in ADDRESS_FIELDS:
            edit = QLineEdit(address)
            edit.setAccessibleName(names[key].rstrip(":"))
            edit.textChanged.connect(lambda text, k=key: self._store(k, text))
            form.addRow(names[key], edit)
            self.address_fields[key] = edit
        self.number = CheckedLineEdit(all_of(required(self.tr("The number")), phone_check),
                                      phone_hint, self)
        self.number.setAccessibleName(self.tr("Number"))
        self.email = CheckedLineEdit(all_of(required(self.tr("The address")), email_check),
                                     parent=self)
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.website = CheckedLineEdit(all_of(required(self.tr("The address")), url_check),
                                       parent=self)
        self.website.setAccessibleName(self.tr("Web address"))
        messenger = QWidget(self)
        mform = QFormLayout(messenger)
        self.service = QComboBox(messenger)
        self.service.setEditable(True)
        self.service.addItems(MESSENGERS)
        self.service.setAccessibleName(self.tr("Messenger service"))
        self.handle = CheckedLineEdit(required(self.tr("The handle")), parent=messenger)
        self.handle.setAccessibleName(self.tr("Handle"))
        mform.addRow(self.tr("Service:"), self.service)
        mform.addRow(self.tr("Handle:"), self.handle)
        self.service.currentTextChanged.connect(lambda t: self._store("service", t))
        for title, edit in ((self.tr("Number:"), self.number), (self.tr("E-mail:"), self.email),
                            (self.tr("Web address:"), self.website)):
            page = QWidget(self)
            QFormLayout(page).addRow(title, edit)
            edit.textChanged.connect(lambda t: self._store("value", t))
            self.pages.addWidget(page)
        self.handle.textChanged.connect(lambda t: self._store("value", t))
        self.pages.insertWidget(0, address)
        self.pages.addWidget(messenger)

    # -- data -------------------------------------------------------------------------------
    def set_contacts(self, contacts: list[dict[str, Any]]) -> None:
        self._contacts = [{**blank_contact(), **{k: (v if v is not None else "")
                                                 for k, v in c.items()}} for c in contacts]
        self._removed = []
        self.list.clear()
        for contact in self._contacts:
            self.list.addItem(QListWidgetItem(contact_summary(contact)))
        self.list.setCurrentRow(0 if self._contacts else -1)
        self._load_current(self.list.currentRow())

    def contacts(self) -> list[dict[str, Any]]:
        return [dict(c) for c in self._contacts]

    def removed_ids(self) -> list[int]:
        return list(self._removed)

    def add_contact(self, contact: dict[str, Any]) -> None:
        self._contacts.append({**blank_contact(), **contact})
        self.list.addItem(QListWidgetItem(contact_summary(self._contacts[-1])))
        self.list.setCurrentRow(len(self._contacts) - 1)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        removed = self._contacts.pop(row)
        if removed.get("id"):
            self._removed.append(removed["id"])
        self.list.takeItem(row)
        self._load_current(self.list.currentRow())
        self.changed.emit()

    def problems(self) -> list[str]:
        return [p for p in (contact_problem(c) for c in self._contacts) if p]

    def is_valid(self) -> bool:
        return not self.problems()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    # -- form -------------------------------------------------------------------------------
    def _current(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def _load_current(self, _row: int) -> None:
        contact = self._current()
        self.form_area.setEnabled(contact is not None)
        self.form_area.setVisible(contact is not None)
        self.empty_note.setVisible(contact is None)
        self.remove_button.setEnabled(contact is not None)
        if contact is None:
            self.empty_note.setText(
                self.tr("No contact points yet: “Add contact point” adds a phone, e-mail, "
                        "web address or postal address.") if not self._contacts
                else self.tr("Choose a contact point in the list to edit it."))
            return
        self._loading = True
        try:
            self.kind.set_value(contact["kind"])
            self.privacy.set_value(contact.get("privacy") or "public")
            self.label.setText(contact.get("label", ""))
            for key, edit in self.address_fields.items():
                edit.setText(contact.get(key, ""))
            for edit in (self.number, self.email, self.website, self.handle):
                edit.setText(contact.get("value", ""))
            self.service.setCurrentText(contact.get("service", ""))
            self.pages.setCurrentIndex(_PAGES[contact["kind"]])
        finally:
            self._loading = False

    def _kind_changed(self, _index: int) -> None:
        contact = self._current()
        if contact is None or self._loading:
            return
        contact["kind"] = self.kind.value()
        self.pages.setCurrentIndex(_PAGES[contact["kind"]])
        self._loading = True
        for edit in (self.number, self.email, self.website, self.handle):
            edit.setText(contact.get("value", ""))
        self._loading = False
        self._refresh_item()

    def _store(self, key: str, value: str) -> None:
        contact = self._current()
        if contact is None or self._loading:
            return
        contact[key] = value
        self._refresh_item()

    def _refresh_item(self) -> None:
        row = self.list.currentRow()
        item = self.list.item(row)
        if item is not None:
            item.setText(contact_summary(self._contacts[row]))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
        self.changed.emit()

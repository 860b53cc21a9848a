"""The list tabs of the organisation editor: other names, people, partners, publications, offices.

Each tab holds plain dicts (stored rows keep their `id`) and reports what the user removed, so the
editor can write only the differences in its one save batch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directory_app.ui import labels
from directory_app.ui.editors.fields import CheckedLineEdit, ChoiceCombo


class RowTable(QWidget):
    """A table of text columns plus optional combo columns, with Add and Remove buttons."""

    changed = Signal()

    def __init__(self, headers: list[str], keys: list[str], combos: dict[str, dict[str, str]],
                 parent: QWidget | None = None, *, readonly_stored: tuple[str, ...] = ()):
        super().__init__(parent)
        self.keys = keys
        self.combos = combos
        self.readonly_stored = readonly_stored
        self.rows: list[dict[str, Any]] = []
        self.removed: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(keys), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty_note = QLabel(self)   # says what to do while the table is empty
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: palette(placeholder-text);")
        self.empty_note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._item_changed)
        self._rows_changed()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows, self.removed = [], []
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row, emit=False)
        self._rows_changed()

    def set_empty_text(self, text: str) -> None:
        self.empty_note.setText(text)
        self._rows_changed()

    def _rows_changed(self) -> None:
        """The note shows, and Remove is offered, only when they apply."""
        self.empty_note.setVisible(not self.rows and bool(self.empty_note.text()))
        self.remove_button.setEnabled(bool(self.rows))

    def add_row(self, row: dict[str, Any], *, emit: bool = True) -> None:
        row = {"id": None, **{k: "" for k in self.keys}, **row}
        self.rows.append(row)
        index = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(index)
        for column, key in enumerate(self.keys):
            if key in self.combos:
                combo = ChoiceCombo(self.combos[key], self.table)
                combo.set_value(row[key] or next(iter(self.combos[key])))
                row[key] = combo.value()
                combo.currentIndexChanged.connect(
                    lambda _i, r=row, k=key, c=combo: self._combo_changed(r, k, c))
                self.table.setCellWidget(index, column, combo)
            else:
                item = QTableWidgetItem(str(row[key] if row[key] is not None else ""))
                if row["id"] is not None and key in self.readonly_stored:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        self._rows_changed()
        if emit:
            self.table.setCurrentCell(index, 0)
            self.changed.emit()

    def remove_selected(self) -> None:
        index = self.table.currentRow()
        if index < 0:
            return
        row = self.rows.pop(index)
        if row["id"] is not None:
            self.removed.append(row)
        self.table.removeRow(index)
        self._rows_changed()
        self.changed.emit()

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _combo_changed(self, row: dict[str, Any], key: str, combo: ChoiceCombo) -> None:
        row[key] = combo.value()
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        key = self.keys[item.column()]
        self.rows[item.row()][key] = item.text()
        self.changed.emit()


class PeopleTab(QWidget):
    """People and their roles in this organisation, each with a privacy selector and marker."""

    changed = Signal()
    open_person_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = RowTable([self.tr("Name"), self.tr("Role"), self.tr("Privacy"),
                               self.tr("Shown")], ["display_name", "role", "privacy", "marker"],
                              {"privacy": labels.privacy_levels()}, self,
                              readonly_stored=("display_name", "marker"))
        self.table.table.setAccessibleName(self.tr("People and roles"))
        self.table.set_empty_text(self.tr("No people listed yet: type a name and a role below "
                                          "and press “Add person”."))
        self.table.add_button.hide()  # people are added through the fields below
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Name of a new person"))
        self.new_name.setAccessibleName(self.tr("Name of a new person"))
        self.new_role = QLineEdit(self)
        self.new_role.setPlaceholderText(self.tr("Role, e.g. Director"))
        self.new_role.setAccessibleName(self.tr("Role of the new person"))
        self.add_button = QPushButton(self.tr("Add &person"), self)
        self.edit_button = QPushButton(self.tr("&Edit person…"), self)
        row = QHBoxLayout()
        for widget in (self.new_name, self.new_role, self.add_button, self.edit_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add_typed)
        self.edit_button.clicked.connect(self._open_current)
        self.table.changed.connect(self._refresh_markers)
        self.table.changed.connect(self.changed)

    def set_people(self, people: list[dict[str, Any]]) -> None:
        self.table.set_rows([{"id": p["affiliation_id"], "person_id": p["person_id"],
                              "display_name": p["display_name"], "role": p["role"],
                              "privacy": p["privacy"], "stored_role": p["role"],
                              "stored_privacy": p["privacy"]} for p in people])
        self._refresh_markers()

    def add_person(self, name: str, role: str = "", privacy: str = "internal") -> None:
        self.table.add_row({"person_id": None, "display_name": name.strip(), "role": role,
                            "privacy": privacy})

    def rows(self) -> list[dict[str, Any]]:
        return self.table.rows

    def removed(self) -> list[dict[str, Any]]:
        return self.table.removed

    def problems(self) -> list[str]:
        return [self.tr("Every person needs a name.")
                for r in self.table.rows if not r["display_name"].strip()][:1]

    def _add_typed(self) -> None:
        if self.new_name.text().strip():
            self.add_person(self.new_name.text(), self.new_role.text().strip())
            self.new_name.clear()
            self.new_role.clear()

    def _open_current(self) -> None:
        index = self.table.table.currentRow()
        if 0 <= index < len(self.table.rows) and self.table.rows[index].get("person_id"):
            self.open_person_requested.emit(self.table.rows[index]["person_id"])

    def _refresh_markers(self) -> None:
        table = self.table.table
        table.blockSignals(True)
        for index, row in enumerate(self.table.rows):
            item = table.item(index, 3)
            if item is not None:
                item.setText(labels.private_marker(row["privacy"]) or self.tr("public"))
        table.blockSignals(False)


class RelationsTab(QWidget):
    """Partners and networks; the other organisation is picked with a completer over names."""

    changed = Signal()

    def __init__(self, names: list[tuple[int, str]], own_id: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.own_id = own_id
        self.ids_by_name = {}
        for org_id, name in names:
            if org_id != own_id:
                self.ids_by_name.setdefault(name, org_id)
        self.table = RowTable([self.tr("Relation"), self.tr("Organisation"), self.tr("Note"),
                               self.tr("Direction")], ["kind", "other_name", "note", "direction"],
                              {"kind": labels.relation_kinds()}, self,
                              readonly_stored=("other_name", "direction"))
        self.table.table.setAccessibleName(self.tr("Partners and networks"))
        self.table.set_empty_text(self.tr("No partners or networks yet: choose the relation and "
                                          "the organisation below and press “Add relation”."))
        self.table.add_button.hide()
        self.kind = ChoiceCombo(labels.relation_kinds(), self)
        self.kind.setAccessibleName(self.tr("Kind of relation"))
        self.other = CheckedLineEdit(self._check_name, parent=self)
        self.other.setAccessibleName(self.tr("Related organisation"))
        self.other.edit.setPlaceholderText(self.tr("Start typing an organisation's name"))
        completer = QCompleter(sorted(self.ids_by_name), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.other.edit.setCompleter(completer)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note on the relation"))
        self.add_button = QPushButton(self.tr("Add &relation"), self)
        form = QFormLayout()
        form.addRow(self.tr("Relation:"), self.kind)
        form.addRow(self.tr("Organisation:"), self.other)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow("", self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        self.add_button.clicked.connect(self._add_typed)
        self.table.changed.connect(self.changed)

    def _check_name(self, text: str) -> str:
        if not text.strip() or text.strip() in self.ids_by_name:
            return ""
        return self.tr("No organisation of this name; pick one from the list.")

    def set_relations(self, relations: list[dict[str, Any]]) -> None:
        direction = {"outgoing": self.tr("from this one"), "incoming": self.tr("to this one")}
        self.table.set_rows([{**r, "direction": direction[r["direction"]],
                              "outgoing": r["direction"] == "outgoing",
                              "stored": (r["kind"], r["note"])} for r in relations])

    def _add_typed(self) -> None:
        name = self.other.text().strip()
        if name not in self.ids_by_name:
            self.other.setText(name)
            return
        self.table.add_row({"kind": self.kind.value(), "other_name": name,
                            "other_id": self.ids_by_name[name], "note": self.note.text().strip(),
                            "direction": self.tr("from this one"), "outgoing": True})
        self.other.setText("")
        self.note.clear()

    def rows(self) -> list[dict[str, Any]]:
        return self.table.rows

    def removed(self) -> list[dict[str, Any]]:
        return self.table.removed


class OfficesList(QWidget):
    """Offices of the organisation: stored ones open in their own editor; new ones are created
    (with the contact points and people pasted for them) when the organisation is saved."""

    changed = Signal()
    open_org_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.offices: list[dict[str, Any]] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Offices"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name of a new office"))
        self.name.setAccessibleName(self.tr("Name of a new office"))
        self.add_button = QPushButton(self.tr("Add &office"), self)
        self.remove_button = QPushButton(self.tr("Re&move new office"), self)
        row = QHBoxLayout()
        for widget in (self.name, self.add_button, self.remove_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Offices (double-click a stored one to edit it):"), self))
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._add_typed)
        self.remove_button.clicked.connect(self._remove_new)
        self.list.itemDoubleClicked.connect(self._open)
        self.list.currentRowChanged.connect(self._current_changed)
        self._current_changed(-1)

    def set_offices(self, offices: list[dict[str, Any]]) -> None:
        self.offices = []
        self.list.clear()
        for office in offices:
            self.add_office({"id": office["id"], "name": office["name"]}, emit=False)

    def add_office(self, office: dict[str, Any], *, emit: bool = True) -> None:
        office = {"id": None, "city": "", "contacts": [], "people": [], **office}
        self.offices.append(office)
        text = office["name"]
        details = [c.get("value") or c.get("city") or "" for c in office["contacts"]]
        details += [f"{p['name']} ({p['role']})" if p.get("role") else p["name"]
                    for p in office["people"]]
        if office["id"] is None:
            text = self.tr("%1 (new)").replace("%1", text)
        if details:
            text += " — " + "; ".join(d for d in details if d)
        self.list.addItem(text)
        if emit:
            self.changed.emit()

    def new_offices(self) -> list[dict[str, Any]]:
        return [o for o in self.offices if o["id"] is None]

    def _add_typed(self) -> None:
        if self.name.text().strip():
            self.add_office({"name": self.name.text().strip()})
            self.name.clear()

    def _remove_new(self) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.offices) and self.offices[index]["id"] is None:
            self.offices.pop(index)
            self.list.takeItem(index)
            self.changed.emit()

    def _current_changed(self, index: int) -> None:
        """Only an office added in this editor can be removed here (stored ones are deleted
        in their own editor)."""
        self.remove_button.setEnabled(0 <= index < len(self.offices)
                                      and self.offices[index]["id"] is None)

    def _open(self, _item) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.offices) and self.offices[index]["id"] is not None:
            self.open_org_requested.emit(self.offices[index]["id"])

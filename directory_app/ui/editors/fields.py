"""Form fields that say what is wrong, next to the field, while the user types.

A `CheckedLineEdit` runs a check on every change and shows the reason in words beneath the box;
`FormState` collects the fields of a dialog so its Save button is enabled only when all are valid.
The checks reuse the domain rules (`domain.validation`) and phrase their answers through Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from directory_app.domain.validation import (
    ValidationError,
    check_email,
    check_url,
    normalise_phone,
)

Check = Callable[[str], str]  # returns "" when the text is acceptable, else the reason


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checks", text)


def required(what: str) -> Check:
    def check(text: str) -> str:
        return "" if text.strip() else _tr("%1 is required.").replace("%1", what)
    return check


def email_check(text: str) -> str:
    if not text.strip():
        return ""
    try:
        check_email(text)
    except ValidationError:
        return _tr("This is not an e-mail address; expected something like name@example.org.")
    return ""


def url_check(text: str) -> str:
    if not text.strip():
        return ""
    try:
        check_url(text)
    except ValidationError:
        return _tr("This is not a web address; expected something like example.org.")
    return ""


def phone_check(text: str) -> str:
    if not text.strip():
        return ""
    if sum(ch.isdigit() for ch in text) < 5:
        return _tr("A phone number needs at least five digits.")
    if any(ch.isalpha() for ch in text.replace("ext", "").replace("доб", "")):
        return _tr("A phone number may contain digits, spaces, +, - and brackets only.")
    return ""


def phone_hint(text: str, region: str = "RU") -> str:
    """The normalised (E.164) form of a phone, or a note that it could not be normalised."""
    if not text.strip() or phone_check(text):
        return ""
    result = normalise_phone(text, region)
    if result.e164:
        return _tr("Stored as %1").replace("%1", result.e164)
    return _tr("Kept as written: it could not be read as an international number.")


def year_check(text: str) -> str:
    if not text.strip():
        return ""
    if not text.strip().isdigit() or not 1800 <= int(text) <= date.today().year + 1:
        return _tr("Expected a year such as 1992.")
    return ""


def date_check(text: str) -> str:
    if not text.strip():
        return ""
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return _tr("Expected a date as YYYY-MM-DD, for example 1996-03-01.")
    return ""


def all_of(*checks: Check) -> Check:
    def check(text: str) -> str:
        return next((msg for msg in (c(text) for c in checks) if msg), "")
    return check


class CheckedLineEdit(QWidget):
    """A line edit with its check and a message line beneath it (hidden while valid)."""

    validityChanged = Signal(bool)
    textChanged = Signal(str)

    def __init__(self, check: Check | None = None, hint: Check | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._check = check or (lambda _text: "")
        self._hint = hint
        self._valid = True
        self.edit = QLineEdit(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldMessage")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.edit.textChanged.connect(self._changed)
        self.edit.editingFinished.connect(lambda: self._changed(self.edit.text()))
        self.setFocusProxy(self.edit)
        self._changed("")

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)
        self._changed(text)

    def setCheck(self, check: Check | None, hint: Check | None = None) -> None:  # noqa: N802
        self._check = check or (lambda _text: "")
        self._hint = hint
        self._changed(self.edit.text())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def is_valid(self) -> bool:
        return self._valid

    def _changed(self, text: str) -> None:
        problem = self._check(text)
        note = problem or (self._hint(text) if self._hint else "")
        self.message.setText(note)
        self.message.setVisible(bool(note))
        self.message.setStyleSheet("color: #b00020;" if problem else "color: palette(mid);")
        self.edit.setProperty("invalid", bool(problem))
        valid = not problem
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        self.textChanged.emit(text)


class ChoiceCombo(QComboBox):
    """A combo box over {stored value: label} that reads and writes the stored value."""

    def __init__(self, choices: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        for value, label in choices.items():
            self.addItem(label, value)

    def value(self) -> str:
        return self.currentData()

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index < 0:  # a value the list does not know: keep it rather than lose it
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class FormState(QObject):
    """Validity of a whole form: the fields it watches plus any extra checks (e.g. lists)."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._fields: list[CheckedLineEdit] = []
        self._extra: list[Callable[[], bool]] = []

    def watch(self, field: CheckedLineEdit) -> CheckedLineEdit:
        self._fields.append(field)
        field.validityChanged.connect(lambda _valid: self.refresh())
        return field

    def add_check(self, check: Callable[[], bool]) -> None:
        self._extra.append(check)

    def is_valid(self) -> bool:
        return all(f.is_valid() for f in self._fields) and all(c() for c in self._extra)

    def refresh(self) -> None:
        self.changed.emit(self.is_valid())

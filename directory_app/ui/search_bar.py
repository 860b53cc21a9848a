"""The search field: filters as you type (debounced) and shows the number of hits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

DEBOUNCE_MS = 150


class SearchBar(QWidget):
    #: The query to apply, emitted once typing pauses (or at once on Enter).
    queryChanged = Signal(str)
    #: Enter was pressed: the user wants to go to the results.
    accepted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(280)
        self.hits = QLabel(self)
        self.hits.setMinimumWidth(110)
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._emit)
        self.edit.returnPressed.connect(self.accepted)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.hits)
        self.setFocusProxy(self.edit)

    def retranslate(self) -> None:
        """The placeholder and names in the current language (the count is the window's)."""
        self.edit.setPlaceholderText(self.tr("Search names, people, places, phones… (Ctrl+F)"))
        self.edit.setAccessibleName(self.tr("Search"))
        self.hits.setAccessibleName(self.tr("Number of results"))

    @property
    def text(self) -> str:
        return self.edit.text().strip()

    def clear(self) -> None:
        self.edit.clear()
        self._emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.edit.text():
            self.clear()
            return
        super().keyPressEvent(event)

    def show_count(self, count: int, exact: bool = True) -> None:
        """Show the hit count ("Found: 1000+" when `exact` is False: at least `count`); when a
        search finds nothing, say so plainly."""
        if count == 0 and self.text:
            self.hits.setText(self.tr("No results"))
            self.hits.setStyleSheet("color: #b00020; font-weight: bold;")
            return
        # "Found: 3" rather than "3 found" needs no plural forms in either language.
        if not exact:       # only searches are counted up to a cap
            text = self.tr("Found: %1+")
        else:
            text = self.tr("Found: %1") if self.text else self.tr("Entries: %1")
        self.hits.setText(text.replace("%1", str(count)))
        self.hits.setStyleSheet("")

    def _emit(self) -> None:
        self._timer.stop()
        self.queryChanged.emit(self.text)

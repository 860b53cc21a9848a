"""The search field: filters as you type (debounced) and shows the number of hits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QWidget

from directory_app.ui.paged_model import COUNT_CAP

DEBOUNCE_MS = 150


def text_field_width(edit: QLineEdit, text: str) -> int:
    """The width at which `edit` shows `text` whole, with room for its clear button."""
    # QLineEdit's size hint is 17 "x" plus its margins and frame; the clear button, when shown,
    # takes the small icon size + 6 plus a quarter icon of margin (QLineEditPrivate's
    # sideWidgetParameters), and the hint counts it only while it shows.
    metrics = edit.fontMetrics()
    frame = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    icon = edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit)
    button = icon + 6 + icon // 4 if edit.isClearButtonEnabled() and not edit.text() else 0
    return metrics.horizontalAdvance(text) + frame + button + 2


class SearchBar(QWidget):
    #: The query to apply, emitted once typing pauses (or at once on Enter).
    queryChanged = Signal(str)
    #: Enter was pressed: the user wants to go to the results.
    accepted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.hits = QLabel(self)
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
        """The hint, tooltip and names in the current language (the count is the window's);
        the field and the count are made wide enough for them in this language."""
        hint = self.tr("Search names, places, phones… (Ctrl+F)")
        self.edit.setPlaceholderText(hint)
        self.edit.setToolTip(self.tr("Search names, people, places, phones and e-mail "
                                     "addresses, in Latin or Cyrillic letters (Ctrl+F)"))
        self.edit.setAccessibleName(self.tr("Search"))
        self.hits.setAccessibleName(self.tr("Number of results"))
        self.edit.setMinimumWidth(text_field_width(self.edit, hint))
        # The widest count a big directory shows, so the field does not jump as counts change.
        widest = max((self._count_text(count, exact, people)
                      for count, exact in ((188_888, True), (COUNT_CAP, False))
                      for people in (False, True)), key=self.hits.fontMetrics().horizontalAdvance)
        bold = QFont(self.hits.font())
        bold.setBold(True)
        self.hits.setMinimumWidth(max(self.hits.fontMetrics().horizontalAdvance(widest),
                                      QFontMetrics(bold).horizontalAdvance(self.tr("No results")))
                                  + 2 * self.hits.margin() + 4)

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

    def show_count(self, count: int, exact: bool = True, people: bool = False) -> None:
        """Show the hit count, of organisations or of `people` ("1000+ organisations" when
        `exact` is False: at least `count`); when a search finds nothing, say so plainly."""
        if count == 0 and self.text:
            self.hits.setText(self.tr("No results"))
            self.hits.setStyleSheet("color: #b00020; font-weight: bold;")
            return
        self.hits.setText(self._count_text(count, exact, people))
        self.hits.setStyleSheet("")

    def _count_text(self, count: int, exact: bool, people: bool) -> str:
        if people:
            return (self.tr("%n person(s)", "", count) if exact
                    else self.tr("%n+ person(s)", "", count))
        return (self.tr("%n organisation(s)", "", count) if exact
                else self.tr("%n+ organisation(s)", "", count))

    def _emit(self) -> None:
        self._timer.stop()
        self.queryChanged.emit(self.text)

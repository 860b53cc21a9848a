"""The results table's view: entries dragged out of it become `.vcf` files.

The view knows nothing of the directory: the window gives it `cards_for_drag`, which returns
the vCards of the selected entries (already through the copy profile), and `mime_for_cards`
turns them into what a file manager, a mail client or an address book accepts: `text/vcard`
and file URLs of `.vcf` files written at drag start into a temporary folder of the window.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QDrag, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget

from directory_app.exchange.vcard_write import NamedCard, safe_file_name

VCARD_MIME = "text/vcard"
# Rows a model loads after a re-query beyond those in sight (the view fetches more as it scrolls).
FIRST_PAGE_SPARE = 20
_drag_root: Path | None = None


def drag_folder() -> Path:
    """The app's temporary folder for dragged cards, removed when the app quits (a drop has
    copied the files by then; removing them earlier could pull them from under a slow one)."""
    global _drag_root
    if _drag_root is None or not _drag_root.is_dir():
        _drag_root = Path(tempfile.mkdtemp(prefix="ngo-directory-drag-"))
        atexit.register(shutil.rmtree, _drag_root, True)
    return _drag_root


def mime_for_cards(cards: list[NamedCard], folder: Path) -> QMimeData:
    """`text/vcard` with every card, plus one `.vcf` file per card in a new folder under
    `folder` (a new one per drag: names never clash with an earlier drag's files)."""
    target = Path(tempfile.mkdtemp(prefix="drag-", dir=folder))
    used: set[str] = set()
    urls = []
    for card in cards:
        path = target / safe_file_name(card.name, used)
        path.write_text(card.text, encoding="utf-8", newline="")
        urls.append(QUrl.fromLocalFile(str(path)))
    mime = QMimeData()
    text = "".join(card.text for card in cards)
    mime.setData(VCARD_MIME, text.encode("utf-8"))
    mime.setData("text/x-vcard", text.encode("utf-8"))
    mime.setUrls(urls)
    return mime


class ResultsView(QTableView):
    """A results table whose selected rows can be dragged out as vCards."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cards_for_drag: Callable[[], list[NamedCard]] | None = None
        self._press: QPoint | None = None
        self._dragged = False   # until the button is released: no drag-selecting after a drag
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        # Rows Select All loads before selecting (the window sets it one above its copy limit):
        # a copy of "all" is then complete, or refused with a pointer to File > Export, never
        # a silent copy of only the rows that happened to be loaded.
        self.select_all_rows = 0
        # The column widths the window set as defaults (see `column_widths`).
        self.default_widths: list[int] = []

    def selectAll(self) -> None:
        """Select every row, loading rows first up to `select_all_rows`."""
        model, root = self.model(), QModelIndex()
        while (model is not None and model.rowCount(root) < self.select_all_rows
               and model.canFetchMore(root)):
            model.fetchMore(root)
        super().selectAll()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Tell a paged model how many rows fill the view, so a search loads no more."""
        super().resizeEvent(event)
        model = self.model()
        if hasattr(model, "set_first_page_size"):
            row = max(1, self.verticalHeader().defaultSectionSize())
            model.set_first_page_size(self.viewport().height() // row + 1 + FIRST_PAGE_SPARE)

    def drag_mime_data(self) -> QMimeData | None:
        """What a drag of the current selection carries; None when nothing may leave."""
        cards = self.cards_for_drag() if self.cards_for_drag is not None else []
        if not cards:
            return None
        return mime_for_cards(cards, drag_folder())

    # The table models do not flag their items drag-enabled (they are shared, read-only lists),
    # so Qt's own drag start never fires: a press on a selected row and a move past the drag
    # distance start one here. A press elsewhere still drag-selects as usual.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press, self._dragged = None, False
        index = self.indexAt(event.position().toPoint())
        if (event.button() == Qt.MouseButton.LeftButton and index.isValid()
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.selectionModel().isRowSelected(index.row())):
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        held = event.buttons() & Qt.MouseButton.LeftButton
        if held and self._dragged:
            return
        if self._press is None or not held:
            super().mouseMoveEvent(event)
            return
        moved = (event.position().toPoint() - self._press).manhattanLength()
        if moved >= QApplication.startDragDistance():
            self._press, self._dragged = None, True
            self.startDrag(Qt.DropAction.CopyAction)
            self.setState(QAbstractItemView.State.NoState)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press, self._dragged = None, False
        super().mouseReleaseEvent(event)

    def startDrag(self, supported: Qt.DropAction) -> None:
        mime = self.drag_mime_data()
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)

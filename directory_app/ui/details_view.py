"""The details pane: the selected entry in handbook style, with links and browser-like history."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser

from directory_app.services.queries import Queries
from directory_app.ui import details_html

ORG, PERSON = "org", "person"


@dataclass(frozen=True)
class EntryRef:
    kind: str  # ORG or PERSON
    id: int


class DetailsView(QTextBrowser):
    """Shows one organisation or person; `org:<id>`/`person:<id>` links open the linked entry."""

    #: The entry now shown (None when the pane is empty).
    entryShown = Signal(object)
    #: Back or Forward became available or unavailable.
    historyChanged = Signal()

    def __init__(self, queries: Queries, parent=None):
        super().__init__(parent)
        self._queries = queries
        self._back: list[EntryRef] = []
        self._forward: list[EntryRef] = []
        self._current: EntryRef | None = None
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Entry details"))
        self.anchorClicked.connect(self._follow)
        self._show_placeholder()

    # -- what is shown ------------------------------------------------------------------------
    @property
    def current(self) -> EntryRef | None:
        return self._current

    def set_queries(self, queries: Queries) -> None:
        """Read through other queries (another file, another privacy ceiling) and redraw."""
        self._queries = queries
        self.reload()

    def show_entry(self, ref: EntryRef | None) -> None:
        """Show `ref` and record the previous entry for Back (like following a link)."""
        if ref == self._current:
            return
        if self._current is not None:
            self._back.append(self._current)
        self._forward.clear()
        self._display(ref)

    def show_org(self, org_id: int) -> None:
        self.show_entry(EntryRef(ORG, org_id))

    def show_person(self, person_id: int) -> None:
        self.show_entry(EntryRef(PERSON, person_id))

    def reset(self) -> None:
        """Forget history and show nothing (a different file was opened)."""
        self._back.clear()
        self._forward.clear()
        self._display(None)

    def reload(self) -> None:
        self._display(self._current)

    # -- history ------------------------------------------------------------------------------
    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def go_back(self) -> None:
        if self._back:
            if self._current is not None:
                self._forward.append(self._current)
            self._display(self._back.pop())

    def go_forward(self) -> None:
        if self._forward:
            if self._current is not None:
                self._back.append(self._current)
            self._display(self._forward.pop())

    # -- internals ----------------------------------------------------------------------------
    def _display(self, ref: EntryRef | None) -> None:
        html = None
        if ref is not None and ref.kind == ORG:
            org = self._queries.org_detail(ref.id)
            html = details_html.org_html(org) if org else None
        elif ref is not None and ref.kind == PERSON:
            person = self._queries.person_detail(ref.id)
            if person and self._queries.ceiling.allows(person.get("privacy", "internal")):
                html = details_html.person_html(person)
        if html is None:
            ref = None
            self._show_placeholder()
        else:
            self.setHtml(html)
        self._current = ref
        self.entryShown.emit(ref)
        self.historyChanged.emit()

    def _show_placeholder(self) -> None:
        self.setHtml(details_html.empty_html(self.tr("Select an entry to see its details.")))

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in (ORG, PERSON):
            try:
                entry_id = int(url.path())
            except ValueError:
                return
            self.show_entry(EntryRef(scheme, entry_id))
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

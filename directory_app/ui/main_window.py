"""The main window: navigator, results table, details pane, search, menus and settings.

Editing is wired in from `ui/editors/`: the window owns `undo_stack` (Edit > Undo/Redo are made
from it) and exposes disabled actions in `window_actions` (`new_organisation`, `new_person`,
`edit_current`, `delete_current`, `merge_selected`, `mark_verified`, `show_history`; also
`import_file`, `export_file`, `print_draft` for the exchange dialogs). An editor connects to an
action's `triggered`, enables it, reads `current_entry()` / `selected_org_ids()` /
`selected_person_ids()`, writes through `entries` and pushes its command on `undo_stack`. The
window re-reads whatever it shows whenever the undo stack moves, and on `refresh()`.
(`window_actions`, not `actions`: QWidget.actions() must stay what Qt says it is.)
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
)

from directory_app import __version__, paths
from directory_app.domain.enums import Privacy
from directory_app.exchange.vcard_export import entry_cards
from directory_app.exchange.vcard_write import NamedCard
from directory_app.memory import forget_closed_objects
from directory_app.services.entries import Entries
from directory_app.services.queries import PersonFilter, Queries
from directory_app.store.database import Directory
from directory_app.ui import clipboard, column_widths, window_state
from directory_app.ui import settings as ui_settings
from directory_app.ui.actions import WindowActions, WindowMenus
from directory_app.ui.details_view import ORG, PERSON, DetailsView, EntryRef
from directory_app.ui.files import FileController
from directory_app.ui.navigator import ALL, PEOPLE, Navigator, NavTarget
from directory_app.ui.org_table_model import OrgTableModel
from directory_app.ui.people_table_model import PeopleTableModel
from directory_app.ui.results_view import VCARD_MIME, ResultsView
from directory_app.ui.search_bar import SearchBar
from directory_app.ui.translations import switch_language
from directory_app.ui.worker import TaskRunner

PAGE_ORGS, PAGE_PEOPLE, PAGE_EMPTY = range(3)
NAVIGATOR_WIDTH, NAVIGATOR_WIDTH_MAX = 235, 300
# Copying or dragging builds its text on the GUI thread (about 1 ms an entry): above this many
# entries the window points to File > Export, which writes a file with progress and Cancel.
COPY_LIMIT = 2000


class MainWindow(QMainWindow):
    #: Another directory file is now open (after File > New, Open, Open Recent).
    directoryChanged = Signal(object)

    def __init__(self, directory: Directory, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else ui_settings.app_settings()
        self.directory = directory
        self.entries = Entries(directory)
        self.queries = Queries(directory, ceiling=Privacy.INTERNAL)
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self._target: NavTarget = ALL
        self._retranslate_due = False
        self._closed = False

        self.search_bar = SearchBar(self)
        self.navigator = Navigator(self.queries, self.tasks, self)
        self.org_model = OrgTableModel(self.queries, parent=self)
        self.people_model = PeopleTableModel(self.queries, parent=self)
        self.org_view = self._make_view(self.org_model, self.tr("Organisations"))
        self.people_view = self._make_view(self.people_model, self.tr("People"))
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No results"))
        self.results = QStackedWidget(self)
        for widget in (self.org_view, self.people_view, self.empty_label):
            self.results.addWidget(widget)
        self.details = DetailsView(self.queries, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        for widget in (self.navigator, self.results, self.details):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.navigator_default = self._navigator_width()
        self.splitter.setSizes([self.navigator_default, 800, 365])
        self.setCentralWidget(self.splitter)

        self.window_actions = WindowActions(self)
        self.undo_action, self.redo_action = self._undo_actions()
        self.menus = WindowMenus(self, self.window_actions, self.undo_action, self.redo_action,
                                 self.search_bar)
        self.files = FileController(self)
        self.setTabOrder(self.search_bar, self.navigator)
        self.setTabOrder(self.navigator, self.org_view)
        self.setTabOrder(self.org_view, self.people_view)
        self.setTabOrder(self.people_view, self.details)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self._connect()
        self._restore_settings()
        self._update_title()
        self._apply_filter()

    # -- building -----------------------------------------------------------------------------
    def _undo_actions(self) -> tuple[QAction, QAction]:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        return undo, redo

    def _navigator_width(self) -> int:
        """The navigator's first width: its labels (kinds, regions) whole in this language, within
        reason; its counts come in later, so their column is reckoned at four digits."""
        nav = self.navigator
        digits = nav.fontMetrics().horizontalAdvance("0000")
        wanted = nav.sizeHintForColumn(0) + digits + 2 * nav.frameWidth() + 8
        return min(max(wanted, NAVIGATOR_WIDTH), NAVIGATOR_WIDTH_MAX)

    def follow_navigator_default(self, previous: int, sizes: list[int] | None = None) -> None:
        """The navigator takes its width for the current language, unless the user gave it
        another than `previous` (the default until now); the results table gives or takes.
        `sizes`: the splitter's, when it is not laid out yet (its own are then not known)."""
        wanted = self._navigator_width()
        sizes = sizes or self.splitter.sizes()
        if sizes[0] == previous and wanted != previous and sizes[1] + previous - wanted > 0:
            self.splitter.setSizes([wanted, sizes[1] + previous - wanted, *sizes[2:]])
        self.navigator_default = wanted

    def _make_view(self, model, name: str) -> ResultsView:
        view = ResultsView(self)
        view.select_all_rows = COPY_LIMIT + 1
        view.cards_for_drag = self._cards_for_drag
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos, v=view: self.menus.results_menu(self).exec(v.viewport().mapToGlobal(pos)))
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.default_widths = column_widths.default_widths(view, model is self.people_model)
        column_widths.apply_defaults(view, view.default_widths)
        header.setStretchLastSection(True)
        # Sorting happens in SQL: the model re-queries (see PagedSqlModel.sort).
        view.setSortingEnabled(True)
        return view

    def _connect(self) -> None:
        a = self.window_actions
        self.search_bar.queryChanged.connect(lambda _q: self._apply_filter())
        self.search_bar.accepted.connect(self.go_to_results)
        self.navigator.targetChosen.connect(self._on_target)
        for model in (self.org_model, self.people_model):
            # A capped count ("1000+") made exact once the table is scrolled near its end.
            model.countChanged.connect(lambda _n, m=model: self._on_count(m))
        for view in (self.org_view, self.people_view):
            view.selectionModel().currentRowChanged.connect(self._on_current_row)
            view.activated.connect(lambda _index: self.window_actions.edit_current.trigger())
        self.details.historyChanged.connect(self._update_history_actions)
        self.undo_stack.indexChanged.connect(lambda _i: self.refresh())

        self.files.connect_actions(a, self.menus.recent_menu)
        a.quit.triggered.connect(self.close)
        a.copy_emails.triggered.connect(self.copy_emails)
        a.copy_handbook.triggered.connect(self.copy_handbook)
        a.copy_vcard.triggered.connect(self.copy_vcard)
        a.find.triggered.connect(self.focus_search)
        a.preferences.triggered.connect(self.show_preferences)
        a.back.triggered.connect(self.details.go_back)
        a.forward.triggered.connect(self.details.go_forward)
        a.show_confidential.toggled.connect(self.set_show_confidential)
        a.refresh.triggered.connect(self.refresh)
        a.user_guide.triggered.connect(self.show_user_guide)
        a.user_guide.setEnabled(self._user_guide_path() is not None)
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))

    # -- language -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if (event.type() == QEvent.Type.LanguageChange and not self._retranslate_due
                and not self._closed):
            # Qt sends one event per translator removed or installed: retranslate once.
            self._retranslate_due = True
            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window in the current language (after Preferences > Language)."""
        self._retranslate_due = False
        if self._closed:   # closed since the change: its file may be gone already
            return
        self.window_actions.retranslate()
        self.menus.retranslate()
        self.files.retranslate()
        self.search_bar.retranslate()
        # QUndoStack's actions keep the prefix they were made with: make them anew.
        undo, redo = self._undo_actions()
        for old, new in ((self.undo_action, undo), (self.redo_action, redo)):
            self.menus.edit_menu.insertAction(old, new)
            self.menus.edit_menu.removeAction(old)
            old.deleteLater()
        self.undo_action, self.redo_action = undo, redo
        self.org_view.setAccessibleName(self.tr("Organisations"))
        self.people_view.setAccessibleName(self.tr("People"))
        self.empty_label.setAccessibleName(self.tr("No results"))
        self._update_title()
        # Navigator, table headers and kinds, the count and the details pane are re-read; the
        # table's selection is put back.
        view = self.active_view()
        selected = self._selected_ids(view)
        self.refresh()
        for table in (self.org_view, self.people_view):
            table.default_widths = column_widths.follow_language(
                table, table is self.people_view, table.default_widths)
        self.follow_navigator_default(self.navigator_default)
        model, selection = view.model(), view.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for entry_id in selected:
            row = model.row_of_id(entry_id)
            if row is not None:
                selection.select(model.index(row, 0), flags)

    # -- what is shown -----------------------------------------------------------------------
    @property
    def people_mode(self) -> bool:
        return self._target.mode == PEOPLE

    def active_view(self) -> QTableView:
        return self.people_view if self.people_mode else self.org_view

    def _on_target(self, target: NavTarget) -> None:
        self._target = target
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Re-query the active table for the navigator's choice and the search text."""
        query = self.search_bar.text
        if self.people_mode:
            self.people_model.set_filter(PersonFilter(query=query))
            model = self.people_model
        else:
            self.org_model.set_filter(replace(self._target.org_filter, query=query))
            model = self.org_model
        self.search_bar.show_count(model.total, model.total_exact, self.people_mode)
        self._show_results_page(model.total, query)

    def _on_count(self, model) -> None:
        if model is self.active_view().model():
            self.search_bar.show_count(model.total, model.total_exact,
                                       model is self.people_model)

    def _show_results_page(self, total: int, query: str) -> None:
        if total:
            self.results.setCurrentIndex(PAGE_PEOPLE if self.people_mode else PAGE_ORGS)
            return
        if query:
            text = self.tr("Nothing matches “%1”.\nTry fewer or shorter words; "
                           "names can be typed in Latin or Cyrillic letters.").replace("%1", query)
        elif self.queries.count_orgs() == 0:
            text = self.tr("The directory is empty.\nUse File > Import, or add an organisation.")
        else:
            text = self.tr("Nothing is listed here.")
        self.empty_label.setText(text)
        self.results.setCurrentIndex(PAGE_EMPTY)

    def _on_current_row(self, current, _previous) -> None:
        if not current.isValid():
            return
        model = current.model()
        entry_id = model.row_id(current.row())
        if entry_id is not None:
            kind = PERSON if model is self.people_model else ORG
            self.details.show_entry(EntryRef(kind, entry_id))

    def _update_history_actions(self) -> None:
        self.window_actions.back.setEnabled(self.details.can_go_back())
        self.window_actions.forward.setEnabled(self.details.can_go_forward())

    def refresh(self) -> None:
        """Re-read everything shown (after an edit, an import, an undo)."""
        self.navigator.refresh()
        self._apply_filter()
        self.details.reload()

    def set_show_confidential(self, show: bool) -> None:
        ceiling = Privacy.CONFIDENTIAL if show else Privacy.INTERNAL
        self.queries = Queries(self.directory, ceiling=ceiling)
        for part in (self.navigator, self.org_model, self.people_model, self.details):
            part.set_queries(self.queries)
        self._apply_filter()

    def go_to_results(self) -> None:
        """From the search field to the first result (Enter), which the details then show."""
        view = self.active_view()
        if view.model().rowCount() and self.results.currentWidget() is view:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not view.selectionModel().hasSelection():
                view.selectRow(0)

    def focus_search(self) -> None:
        self.search_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.edit.selectAll()

    # -- selection, for copying and for the editors -------------------------------------------
    def current_entry(self) -> EntryRef | None:
        """The entry in the details pane (what Edit, Delete and History act on)."""
        return self.details.current

    def _selected_ids(self, view: QTableView) -> list[int]:
        model = view.model()
        rows = sorted(index.row() for index in view.selectionModel().selectedRows())
        return [i for i in (model.row_id(r) for r in rows) if i is not None]

    def selected_org_ids(self) -> list[int]:
        return [] if self.people_mode else self._selected_ids(self.org_view)

    def selected_person_ids(self) -> list[int]:
        return self._selected_ids(self.people_view) if self.people_mode else []

    def _ids_or_current(self, kind: str) -> list[int]:
        ids = self.selected_person_ids() if kind == PERSON else self.selected_org_ids()
        current = self.current_entry()
        if not ids and current is not None and current.kind == kind:
            ids = [current.id]
        return ids

    def _too_many_to_copy(self, count: int, *, ask: bool = True) -> bool:
        """True (and the user told so, and offered File > Export) above COPY_LIMIT entries."""
        if count <= COPY_LIMIT:
            return False
        text = self.tr("More than %n entries are selected: copying so many at once would hold "
                       "up the window. File > Export writes them to a file, with progress and "
                       "Cancel.", "", COPY_LIMIT)
        self.statusBar().showMessage(text, 10000)
        export = self.window_actions.export_file
        if ask and export.isEnabled() and self.ask_export(text):
            export.trigger()
        return True

    def ask_export(self, text: str) -> bool:
        """Asks whether to open File > Export instead (replaced in tests)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Too many entries to copy"),
                          text, QMessageBox.StandardButton.Cancel, self)
        export = box.addButton(self.tr("&Export…"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        return box.clickedButton() is export

    def copy_emails(self) -> None:
        orgs, people = self._ids_or_current(ORG), self._ids_or_current(PERSON)
        if self._too_many_to_copy(len(orgs) + len(people)):
            return
        full = Queries(self.directory, ceiling=Privacy.CONFIDENTIAL)
        text = clipboard.bcc_line(full, self.window_actions.copy_profile(),
                                  org_ids=orgs, person_ids=people)
        self._to_clipboard(text, self.tr("No e-mail addresses to copy under the chosen profile."))

    def copy_handbook(self) -> None:
        orgs = self._ids_or_current(ORG)
        if self._too_many_to_copy(len(orgs)):
            return
        full = Queries(self.directory, ceiling=Privacy.CONFIDENTIAL)
        text = clipboard.handbook_entries(full, self.window_actions.copy_profile(), orgs)
        self._to_clipboard(text, self.tr("Select an organisation to copy."))

    def selected_cards(self) -> list[NamedCard]:
        """vCards of the selection (or the entry shown), through the profile chosen for copying."""
        return entry_cards(self.directory, self.window_actions.copy_profile(),
                           org_ids=tuple(self._ids_or_current(ORG)),
                           person_ids=tuple(self._ids_or_current(PERSON)))

    def _cards_for_drag(self) -> list[NamedCard]:
        """What a drag carries; nothing above COPY_LIMIT (a modal question mid-drag would
        confuse, so the status bar says why)."""
        count = len(self._ids_or_current(ORG)) + len(self._ids_or_current(PERSON))
        return [] if self._too_many_to_copy(count, ask=False) else self.selected_cards()

    def copy_vcard(self) -> None:
        count = len(self._ids_or_current(ORG)) + len(self._ids_or_current(PERSON))
        if self._too_many_to_copy(count):
            return
        cards = self.selected_cards()
        if not cards:
            self.statusBar().showMessage(
                self.tr("Nothing to copy: select an entry the chosen profile lets out."), 5000)
            return
        mime = QMimeData()
        text = "".join(card.text for card in cards)
        mime.setText(text)
        mime.setData(VCARD_MIME, text.encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)
        self.statusBar().showMessage(self.tr("Copied to the clipboard."), 3000)

    def _to_clipboard(self, text: str, nothing: str) -> None:
        if not text:
            self.statusBar().showMessage(nothing, 5000)
            return
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Copied to the clipboard."), 3000)

    # -- files ----------------------------------------------------------------------------------
    def set_directory(self, directory: Directory) -> None:
        """Show another open directory; the previous one is closed."""
        old = self.directory
        self.directory = directory
        self.entries = Entries(directory)
        self.undo_stack.clear()
        self.set_show_confidential(self.window_actions.show_confidential.isChecked())
        self.navigator.select_key(ALL.key)  # the old file's regions and tags mean nothing here
        self._target = ALL
        self._apply_filter()
        self.details.reset()
        self._update_title()
        ui_settings.add_recent_file(self.settings, directory.path)
        if old is not directory:
            old.close()
        self.directoryChanged.emit(directory)
        if old is not directory:
            # Once this call has returned and nothing holds the old directory any more.
            QTimer.singleShot(0, forget_closed_objects)

    def _update_title(self) -> None:
        name = self.directory.path.name
        if self.directory.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(self.tr("%1 — NGO Directory").replace("%1", name))
        self.status_label.setText(str(self.directory.path))

    def show_notices(self, notices: list[str]) -> None:
        """Things the user should know about the file just opened (e.g. an index rebuilt)."""
        if notices:
            self.statusBar().showMessage(" ".join(notices), 15000)

    # -- dialogs ----------------------------------------------------------------------------------
    def show_preferences(self) -> None:
        from directory_app.ui.preferences import PreferencesDialog

        before = ui_settings.language(self.settings)
        PreferencesDialog(self.settings, self).exec()
        language = ui_settings.language(self.settings)
        if language != before:
            switch_language(QCoreApplication.instance(), language)

    def _user_guide_path(self) -> Path | None:
        readme = paths.resources_dir().parent / "README.md"
        return readme if readme.is_file() else None

    def show_user_guide(self) -> None:
        guide = self._user_guide_path()
        if guide is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About NGO Directory"), self.tr(
            "<h3>NGO Directory %1</h3><p>A local directory of NGOs, local groups, offices, "
            "people and partnerships, kept current by its coordinators.</p>"
            "<p>Licensed under the GNU GPL, version 3 or later.</p>").replace("%1", __version__))

    # -- settings ---------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        window_state.restore(self, self.settings)

    def save_settings(self) -> None:
        window_state.save(self, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.save_settings()
        # Nothing may still be reading when the file is closed: stop what can stop, then wait.
        self.tasks.cancel_all()
        self.tasks.wait(5000)
        super().closeEvent(event)

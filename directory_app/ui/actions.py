"""The window's actions, menus and toolbar: what a user can do, with shortcuts, in one place.

Actions are created here and connected by the main window. Editing actions (new, edit, delete,
merge, mark verified, history) start disabled: the editors connect to them and enable them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from directory_app.exchange.profiles import INTERNAL_FULL, PARTNERS, PUBLIC_HANDBOOK, Profile


class WindowActions(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        style = window.style()
        icon = style.standardIcon
        sp = QStyle.StandardPixmap
        std = QKeySequence.StandardKey

        # File
        self.new_directory = self._make("Ctrl+Shift+N", icon(sp.SP_FileIcon))
        self.new_encrypted_directory = self._make()
        self.open_directory = self._make(std.Open, icon(sp.SP_DialogOpenButton))
        self.clear_recent = self._make()
        self.import_file = self._make("Ctrl+I", enabled=False)
        self.export_file = self._make("Ctrl+E", enabled=False)
        self.print_draft = self._make(std.Print, enabled=False)
        self.backup_now = self._make()
        self.open_backups_folder = self._make()
        self.restore_backup = self._make(enabled=False)
        self.quit = self._make(std.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit: the editors connect these (see MainWindow docstring)
        self.new_organisation = self._make(std.New, icon(sp.SP_FileDialogNewFolder), enabled=False)
        self.new_person = self._make("Ctrl+Shift+P", enabled=False)
        self.edit_current = self._make("Ctrl+Return", icon(sp.SP_FileDialogDetailedView),
                                       enabled=False)
        self.delete_current = self._make(std.Delete, icon(sp.SP_TrashIcon), enabled=False)
        self.merge_selected = self._make("Ctrl+M", enabled=False)
        self.mark_verified = self._make("Ctrl+Shift+V", icon(sp.SP_DialogApplyButton),
                                        enabled=False)
        self.show_history = self._make("Ctrl+H", enabled=False)
        self.copy_emails = self._make("Ctrl+Shift+E")
        self.copy_handbook = self._make("Ctrl+Shift+C")
        self.copy_vcard = self._make("Ctrl+Shift+K")
        self.find = self._make(std.Find)
        self.preferences = self._make(std.Preferences)
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        # Which profile copying goes through
        self.profile_group = QActionGroup(self)
        self.profile_actions: dict[str, QAction] = {}
        for profile in (PUBLIC_HANDBOOK, PARTNERS, INTERNAL_FULL):
            action = self._make()
            action.setCheckable(True)
            action.setData(profile.key)
            self.profile_group.addAction(action)
            self.profile_actions[profile.key] = action
        self.profile_actions[PUBLIC_HANDBOOK.key].setChecked(True)

        # View
        self.back = self._make("Alt+Left", icon(sp.SP_ArrowBack), enabled=False)
        self.forward = self._make("Alt+Right", icon(sp.SP_ArrowForward), enabled=False)
        self.show_confidential = self._make()
        self.show_confidential.setCheckable(True)
        self.refresh = self._make(std.Refresh)

        # Help
        self.user_guide = self._make(std.HelpContents)
        self.about = self._make()
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._make()
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and on a language change)."""
        texts = {
            self.new_directory: self.tr("&New Directory…"),
            self.new_encrypted_directory: self.tr("New &Encrypted Directory…"),
            self.open_directory: self.tr("&Open…"),
            self.clear_recent: self.tr("Clear Recent Files"),
            self.import_file: self.tr("&Import…"),
            self.export_file: self.tr("&Export…"),
            self.print_draft: self.tr("&Print Draft…"),
            self.backup_now: self.tr("&Back Up Now"),
            self.open_backups_folder: self.tr("Open Backups &Folder"),
            self.restore_backup: self.tr("&Restore a Backup…"),
            self.quit: self.tr("&Quit"),
            self.new_organisation: self.tr("&New Organisation…"),
            self.new_person: self.tr("New &Person…"),
            self.edit_current: self.tr("&Edit Entry…"),
            self.delete_current: self.tr("&Delete Entry…"),
            self.merge_selected: self.tr("&Merge Selected…"),
            self.mark_verified: self.tr("Mark as &Verified Today"),
            self.show_history: self.tr("&History…"),
            self.copy_emails: self.tr("Copy E-mail Addresses (for Bcc)"),
            self.copy_handbook: self.tr("Copy as Handbook Text"),
            self.copy_vcard: self.tr("Copy as vCard"),
            self.find: self.tr("&Find"),
            self.preferences: self.tr("Pre&ferences…"),
            self.back: self.tr("&Back"),
            self.forward: self.tr("&Forward"),
            self.show_confidential: self.tr("Show &Confidential Items"),
            self.refresh: self.tr("&Refresh"),
            self.user_guide: self.tr("&User Guide"),
            self.about: self.tr("&About NGO Directory"),
            self.about_qt: self.tr("About &Qt"),
            self.profile_actions[PUBLIC_HANDBOOK.key]: self.tr("Public Items Only"),
            self.profile_actions[PARTNERS.key]: self.tr("Public and Internal"),
            self.profile_actions[INTERNAL_FULL.key]: self.tr("Everything, Including Confidential"),
        }
        for action, text in texts.items():
            action.setText(text)
        # The toolbar shows a shorter label than the menu, so the search field keeps its room
        # in a 1280-pixel window in every language; the tooltip says it in full.
        self.mark_verified.setIconText(self.tr("Verified Today"))
        self.mark_verified.setToolTip(
            self.tr("Mark the selected organisations as verified today (%1)").replace(
                "%1", self.mark_verified.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText)))

    def copy_profile(self) -> Profile:
        checked = self.profile_group.checkedAction()
        key = checked.data() if checked else PUBLIC_HANDBOOK.key
        return {p.key: p for p in (PUBLIC_HANDBOOK, PARTNERS, INTERNAL_FULL)}[key]

    def _make(self, shortcut=None, icon=None, *, enabled: bool = True) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            action.setIcon(icon)
        action.setEnabled(enabled)
        return action


class WindowMenus(QObject):
    """Builds the menu bar and the toolbar from `WindowActions`."""

    def __init__(self, window: QMainWindow, actions: WindowActions, undo: QAction,
                 redo: QAction, search: QWidget):
        super().__init__(window)
        a = actions
        bar = window.menuBar()

        file_menu = bar.addMenu("")
        file_menu.addActions([a.new_directory, a.new_encrypted_directory, a.open_directory])
        file_menu.setToolTipsVisible(True)   # says why encryption is not offered, if it is not
        self.recent_menu = QMenu(window)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a.import_file, a.export_file, a.print_draft])
        file_menu.addSeparator()
        backups = file_menu.addMenu("")
        self.backups_menu = backups
        backups.addActions([a.backup_now, a.restore_backup, a.open_backups_folder])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)

        edit_menu = bar.addMenu("")
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.new_organisation, a.new_person, a.edit_current,
                              a.delete_current, a.merge_selected, a.mark_verified,
                              a.show_history])
        edit_menu.addSeparator()
        edit_menu.addActions([a.copy_emails, a.copy_handbook, a.copy_vcard])
        profiles = edit_menu.addMenu("")
        profiles.addActions(list(a.profile_actions.values()))
        self.copy_includes_menu = profiles
        edit_menu.addSeparator()
        edit_menu.addActions([a.find, a.preferences])

        view_menu = bar.addMenu("")
        view_menu.addActions([a.back, a.forward])
        view_menu.addSeparator()
        view_menu.addAction(a.show_confidential)
        self.panels_menu = view_menu.addMenu("")
        view_menu.addSeparator()
        view_menu.addAction(a.refresh)

        help_menu = bar.addMenu("")
        help_menu.addActions([a.user_guide])
        help_menu.addSeparator()
        help_menu.addActions([a.about, a.about_qt])

        self.file_menu, self.edit_menu = file_menu, edit_menu
        self._actions = a
        self.view_menu, self.help_menu = view_menu, help_menu

        toolbar = QToolBar(window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([a.back, a.forward])
        toolbar.addSeparator()
        toolbar.addActions([a.new_organisation, a.edit_current, a.mark_verified])
        toolbar.addSeparator()
        toolbar.addWidget(search)
        window.addToolBar(toolbar)
        self.toolbar = toolbar
        self.panels_menu.addAction(toolbar.toggleViewAction())
        self.retranslate()

    def retranslate(self) -> None:
        """Set the menu titles in the current language."""
        for menu, title in ((self.file_menu, self.tr("&File")),
                            (self.recent_menu, self.tr("Open &Recent")),
                            (self.backups_menu, self.tr("Bac&kups")),
                            (self.edit_menu, self.tr("&Edit")),
                            (self.copy_includes_menu, self.tr("Copy &Includes")),
                            (self.view_menu, self.tr("&View")),
                            (self.panels_menu, self.tr("&Panels")),
                            (self.help_menu, self.tr("&Help"))):
            menu.setTitle(title)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))

    def results_menu(self, parent: QWidget) -> QMenu:
        """The context menu of the results table: open, edit, copy in each way, the profile."""
        a = self._actions
        menu = QMenu(parent)
        menu.addActions([a.edit_current, a.show_history, a.mark_verified])
        menu.addSeparator()
        menu.addActions([a.copy_emails, a.copy_handbook, a.copy_vcard])
        includes = menu.addMenu(self.tr("Copy &Includes"))
        includes.addActions(list(a.profile_actions.values()))
        menu.addSeparator()
        menu.addActions([a.merge_selected, a.delete_current])
        return menu

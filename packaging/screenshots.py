"""Screenshots of the app on the sample handbook, for the README.

Run under a display (or Xvfb):
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python packaging/screenshots.py
Writes into resources/screenshots/: the main window in English and Russian, the organisation
editor in English and Russian, the import wizard's column mapping page, the export dialog and the
print dialog with its preview (English).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SELECT = "Amnesty International - Russia"
# A volunteer's contact list as spreadsheets save it (semicolons, Russian headers).
SPREADSHEET = ("Организация;Город;Телефон;E-mail;Контактное лицо;Должность\n"
               "Мемориал;Москва;+7 495 225-31-17;info@memo.example;Ирина Щербакова;"
               "Координатор\n"
               "Гражданское содействие;Москва;+7 495 681-18-23;mail@refugee.example;"
               "Светлана Ганнушкина;Председатель\n")


def pump(app, until=None, seconds: float = 10.0) -> None:
    """Let Qt paint (and, with `until`, wait for a worker to finish)."""
    deadline = time.monotonic() + seconds
    while True:
        app.processEvents()
        if until is None or until() or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()


def save(app, widget, target: Path) -> None:
    widget.show()
    pump(app)
    widget.grab().save(str(target))
    print(f"wrote {target}")


def shoot_main(app, window, target: Path) -> None:
    model = window.org_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).name == SELECT)
    window.org_view.selectRow(row)
    save(app, window, target)


def shoot_editor(app, window, target: Path) -> None:
    from directory_app.ui.editors.org_editor import OrgEditor

    org_id = window.selected_org_ids()[0]
    editor = OrgEditor(window.entries, window.undo_stack, org_id, window)
    editor.tabs.setCurrentIndex(1)      # offices and contact points: the busiest tab
    save(app, editor, target)
    editor.close()


def shoot_import(app, window, folder: Path, target: Path) -> None:
    from directory_app.ui.import_wizard import ImportWizard

    path = folder / "volunteers.csv"
    path.write_text(SPREADSHEET, encoding="utf-8")
    wizard = ImportWizard(window.directory, path, window)
    wizard.show()
    wizard.next()
    wizard.next()                       # the column mapping page
    save(app, wizard, target)
    wizard.close()


def shoot_export(app, window, target: Path) -> None:
    from directory_app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.directory, None, window)
    save(app, dialog, target)
    dialog.close()


def shoot_print(app, window, target: Path) -> None:
    from directory_app.ui.print_dialog import PrintDialog

    dialog = PrintDialog(window.directory, None, window)
    dialog.show()
    pump(app, until=lambda: dialog.draft is not None)
    dialog.preview.setCurrentPage(3)
    save(app, dialog, target)
    dialog.close()


def shoot(language: str, out: Path) -> None:
    from directory_app.ui import settings as ui_settings
    from directory_app.ui.application import application, build_window
    from directory_app.ui.translations import install_translators, remove_translators

    app = application()
    ui_settings.set_language(ui_settings.app_settings(), language)
    translators = install_translators(app, language)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        window = build_window(folder / "sample.sqlite", load_sample_first=True)
        window.resize(1280, 800)
        window.show()
        shoot_main(app, window, out / f"main-window-{language}.png")
        shoot_editor(app, window, out / f"editor-{language}.png")
        if language == "en":
            shoot_import(app, window, folder, out / "import-mapping.png")
            shoot_export(app, window, out / "export-dialog.png")
            shoot_print(app, window, out / "print-dialog.png")
        window.close()
        window.directory.close()
        window.deleteLater()
        app.processEvents()
    remove_translators(app, translators)


def main() -> int:
    # Settings of this run go to a throw-away folder, never the user's.
    os.environ["NGO_DIRECTORY_HOME"] = tempfile.mkdtemp(prefix="ngo-screens-")
    out = ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ru"):
        shoot(language, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

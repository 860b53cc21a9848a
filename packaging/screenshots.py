"""Screenshots of the main window on the sample handbook, in English and in Russian.

Run under a display (or Xvfb):
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python packaging/screenshots.py
Writes resources/screenshots/main-window-en.png and main-window-ru.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SELECT = "Amnesty International - Russia"


def shoot(language: str, target: Path) -> None:

    from directory_app.ui import settings as ui_settings
    from directory_app.ui.application import application, build_window
    from directory_app.ui.translations import install_translators, remove_translators

    app = application()
    ui_settings.set_language(ui_settings.app_settings(), language)
    translators = install_translators(app, language)
    with tempfile.TemporaryDirectory() as folder:
        window = build_window(Path(folder) / "sample.sqlite", load_sample_first=True)
        window.resize(1400, 860)
        window.show()
        model = window.org_model
        row = next(r for r in range(model.rowCount()) if model.row_at(r).name == SELECT)
        window.org_view.selectRow(row)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(target))
        window.close()
        window.directory.close()
        window.deleteLater()
        app.processEvents()
    remove_translators(app, translators)
    print(f"wrote {target}")


def main() -> int:
    # Settings of this run go to a throw-away folder, never the user's.
    os.environ["NGO_DIRECTORY_HOME"] = tempfile.mkdtemp(prefix="ngo-screens-")
    out = ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ru"):
        shoot(language, out / f"main-window-{language}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

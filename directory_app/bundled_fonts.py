"""The DejaVu fonts shipped in resources/fonts, registered with Qt.

A machine (or a frozen app) without system fonts would show and print every glyph as an empty
box; the bundled Sans and Serif families cover Latin and Cyrillic, so drafts look the same
everywhere. QtGui only: usable by the print core and the window alike.
"""

from __future__ import annotations

from functools import lru_cache

from directory_app.paths import resources_dir


@lru_cache(maxsize=1)
def register_bundled_fonts() -> tuple[str, ...]:
    """Add the bundled fonts to Qt's font database (once); returns the families added.

    Needs a QGuiApplication.
    """
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(sorted(families))

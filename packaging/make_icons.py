"""Render resources/icons/ngo-directory.svg to the PNG sizes, the Windows .ico and macOS .icns.

    python packaging/make_icons.py

Uses Qt's own SVG renderer, so no image tool is needed. Run it after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "ngo-directory.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    for size in SIZES:
        render(size).save(str(ICONS / f"ngo-directory-{size}.png"))
    # Qt's ico plugin writes one size per file; 256 px is what Windows scales from.
    render(256).save(str(ICONS / "ngo-directory.ico"))
    # Qt's icns plugin stores the 512 px image; macOS derives the Dock and Finder sizes.
    render(512).save(str(ICONS / "ngo-directory.icns"))
    print(f"wrote {len(SIZES)} PNG sizes, ngo-directory.ico and ngo-directory.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fonts for print drafts: families that cover Cyrillic, found through Qt's font database.

Without fonts Qt prints every glyph as an empty box and says nothing, so a missing font is an
error the user sees, naming what to install.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase

from directory_app.exchange.errors import ExchangeError

SERIF_CHOICES = ("DejaVu Serif", "Noto Serif", "Liberation Serif", "PT Serif", "FreeSerif")
SANS_CHOICES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "PT Sans", "FreeSans")


@dataclass(frozen=True)
class Fonts:
    serif: str
    sans: str


def _has_cyrillic(family: str) -> bool:
    return QFontDatabase.WritingSystem.Cyrillic in QFontDatabase.writingSystems(family)


def print_fonts() -> Fonts:
    """Serif for text and sans for headings, both with Cyrillic letters."""
    families = set(QFontDatabase.families())
    cyrillic = sorted(f for f in families if _has_cyrillic(f))
    if not cyrillic:
        raise ExchangeError("no font with Cyrillic letters is installed, so the draft would "
                            "print empty boxes; install one (e.g. fonts-dejavu-core)")
    serif = next((f for f in SERIF_CHOICES if f in families and _has_cyrillic(f)), cyrillic[0])
    sans = next((f for f in SANS_CHOICES if f in families and _has_cyrillic(f)), serif)
    return Fonts(serif, sans)

"""Sorting names the way readers of a Russian-and-English handbook expect.

QCollator (QtCore, backed by ICU in the Qt wheels) gives dictionary order: case and ё/е are
secondary differences, numbers compare as numbers, Latin comes before Cyrillic under an English
locale and after it under a Russian one. When QtCore cannot be loaded the fallback key
(`domain.text.sort_key`: case-folded, ё read as е, code-point order) gives the same order for
names in one script, and Latin before Cyrillic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from directory_app.domain.text import sort_key as plain_sort_key


def collation_key(locale: str = "en") -> Callable[[str], Any]:
    """A sort key function for names under `locale` ("en", "ru", ...)."""
    try:
        from PySide6.QtCore import QCollator, QLocale
    except ImportError:  # pragma: no cover - QtCore ships with the app
        return plain_sort_key
    collator = QCollator(QLocale(locale))
    collator.setNumericMode(True)
    # Quotes and dashes in names («Мемориал», "AI - Russia") must not decide the order.
    collator.setIgnorePunctuation(True)

    def key(text: str) -> Any:
        # The plain key breaks ties so that the order is total and repeatable.
        return (collator.sortKey(text), plain_sort_key(text))
    return key

"""The window's settings (QSettings in an INI file in `paths.config_dir()`) and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from directory_app import paths

LANGUAGE_KEY = "ui/language"
RECENT_KEY = "files/recent"
MAX_RECENT = 8
LANGUAGES = ("system", "en", "ru")


def app_settings() -> QSettings:
    """Settings in `<config dir>/settings.ini`, so tests (NGO_DIRECTORY_HOME) stay isolated."""
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "system") or "system")
    return value if value in LANGUAGES else "system"


def set_language(settings: QSettings, value: str) -> None:
    settings.setValue(LANGUAGE_KEY, value if value in LANGUAGES else "system")


IDLE_LOCK_KEY = "security/idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 15


def idle_lock_minutes(settings: QSettings) -> int:
    """Minutes without input before an encrypted directory locks (1 to 240)."""
    try:
        value = int(settings.value(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES))
    except (TypeError, ValueError):
        value = DEFAULT_IDLE_LOCK_MINUTES
    return min(max(value, 1), 240)


def set_idle_lock_minutes(settings: QSettings, minutes: int) -> None:
    settings.setValue(IDLE_LOCK_KEY, min(max(int(minutes), 1), 240))


def recent_files(settings: QSettings) -> list[Path]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [Path(v) for v in value or [] if v]


def add_recent_file(settings: QSettings, path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [path] + [p for p in recent_files(settings) if p != path]
    files = files[:MAX_RECENT]
    settings.setValue(RECENT_KEY, [str(p) for p in files])
    return files


def clear_recent_files(settings: QSettings) -> None:
    settings.remove(RECENT_KEY)

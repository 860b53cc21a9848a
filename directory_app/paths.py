"""Every folder and file location the app uses, in one place.

Locations come from platformdirs; tests and the command line override them through
`NGO_DIRECTORY_HOME` (one folder holding data and config) or `--db`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "NGO Directory"
APP_AUTHOR = "ngo-directory"
DB_FILE_NAME = "directory.sqlite"


def _home_override() -> Path | None:
    value = os.environ.get("NGO_DIRECTORY_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """Folder for the default directory file and its backups."""
    home = _home_override()
    if home:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Folder for settings, presets and export profiles."""
    home = _home_override()
    if home:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    """The directory file opened when no `--db` is given."""
    return data_dir() / DB_FILE_NAME


def backups_dir_for(db_path: Path) -> Path:
    """Backups of a directory file live beside it, in `<name>.backups/`."""
    return db_path.with_name(db_path.name + ".backups")


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_path() -> Path:
    """The sample handbook shipped with the app."""
    return resources_dir() / "sample" / "handbook.json"


def translations_dir() -> Path:
    return resources_dir() / "translations"

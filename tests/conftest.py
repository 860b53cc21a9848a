"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and directory file."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Settings, default directory and backups go to a temporary folder, never the user's."""
    monkeypatch.setenv("NGO_DIRECTORY_HOME", str(tmp_path / "home"))


@pytest.fixture(autouse=True)
def _nothing_left_frozen():
    """A test that starts the window (which freezes start-up objects out of garbage
    collection, see directory_app.memory) does not keep the next tests' garbage alive."""
    yield
    gc.unfreeze()


@pytest.fixture
def directory(tmp_path):
    from directory_app.store.database import open_directory

    d = open_directory(tmp_path / "directory.sqlite")
    yield d
    d.close()


@pytest.fixture
def entries(directory):
    from directory_app.services.entries import Entries

    return Entries(directory)


@pytest.fixture
def queries(directory):
    from directory_app.services.queries import Queries

    return Queries(directory)


@pytest.fixture
def sample(directory, entries):
    """The directory with the sample handbook loaded; returns {key: organisation id}."""
    from directory_app.services.sample import load_sample

    return load_sample(entries)


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def _widgets_application(qapp):
    """Create the QApplication first: core code (printing) would otherwise create a bare
    QGuiApplication, and widget tests cannot run on one."""
    yield qapp


@pytest.fixture(autouse=True)
def _english(qapp):
    """Every test sees the window as an English user does: with the English catalogue, which
    holds the plural forms ("1 organisation", "2 organisations"). A test may install another
    language on top, or switch languages (which takes this one out)."""
    from directory_app.ui.translations import (
        install_translators,
        installed_translators,
        remove_translators,
    )

    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, [t for t in translators if t in installed_translators()])


def _hypothesis_profile() -> None:
    """In CI, hypothesis draws the same examples every run: a red CI then means a change broke
    something, not that a new random example was drawn. Locally it keeps exploring."""
    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_hypothesis_profile()

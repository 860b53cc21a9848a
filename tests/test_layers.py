"""The architecture's arrows: the core never imports Qt widgets, domain imports nothing of ours
above it, and widgets hold no SQL."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "directory_app"


def _sources(*parts):
    for folder in parts:
        yield from (PACKAGE / folder).rglob("*.py")


def test_core_imports_no_widgets():
    for path in _sources("domain", "store", "services", "exchange"):
        assert "QtWidgets" not in path.read_text(encoding="utf-8"), path


def test_domain_depends_on_nothing_above_it():
    for path in _sources("domain"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"directory_app\.(store|services|exchange|ui)", text), path


def test_widgets_hold_no_sql():
    pattern = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|exec_driver_sql")
    for path in _sources("ui"):
        assert not pattern.search(path.read_text(encoding="utf-8")), path

"""`ngo-directory --self-test`: prove an installation works, frozen or not, without a screen.

Each step prints one line (PASS/FAIL, what, how long); the exit code is 0 only if all passed.
"""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Context:
    folder: Path
    state: dict = field(default_factory=dict)


Step = Callable[[Context], str]


def _open(ctx: Context) -> str:
    from directory_app.store import migrate
    from directory_app.store.database import open_directory

    directory = open_directory(ctx.folder / "selftest.sqlite")
    ctx.state["directory"] = directory
    revision = migrate.current_revision(directory)
    assert revision == migrate.HEAD_REVISION, revision
    return f"migrated a new directory to {revision}"


def _sample(ctx: Context) -> str:
    from directory_app.services.entries import Entries
    from directory_app.services.sample import load_sample

    ids = load_sample(Entries(ctx.state["directory"]))
    assert len(ids) == 15, ids
    return f"loaded the sample handbook ({len(ids)} organisations)"


def _search(ctx: Context) -> str:
    from directory_app.services.queries import Queries

    queries = Queries(ctx.state["directory"])
    for query in ("memorial", "мемориал"):
        names = [r["name"] for r in queries.search(query)]
        assert names == ["Memorial Human Rights Centre"], (query, names)
    return "search finds Memorial in Latin and Cyrillic"


def _integrity(ctx: Context) -> str:
    from directory_app.store import integrity

    problems = integrity.check(ctx.state["directory"])
    assert not problems, problems
    return "integrity and search index consistent"


def _qt(ctx: Context) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    ctx.state["qt_app"] = app
    families = QFontDatabase.families()
    assert families, "no fonts: every glyph would be an empty box"
    return f"Qt {app.platformName()} platform with {len(families)} font families"


STEPS: list[tuple[str, Step]] = [
    ("migrations", _open),
    ("sample", _sample),
    ("search", _search),
    ("integrity", _integrity),
    ("qt", _qt),
]


def run_self_test(print_line: Callable[[str], None] = print) -> int:
    failed = 0
    with tempfile.TemporaryDirectory(prefix="ngo-selftest-") as tmp:
        ctx = Context(Path(tmp))
        try:
            for name, step in STEPS:
                start = time.perf_counter()
                try:
                    detail = step(ctx)
                    status = "PASS"
                except Exception as exc:  # a self-test reports every failure and goes on
                    failed += 1
                    status = "FAIL"
                    detail = f"{type(exc).__name__}: {exc}"
                    if os.environ.get("NGO_SELFTEST_DEBUG"):
                        traceback.print_exc()
                print_line(f"{status}  {name:<12} {detail} ({time.perf_counter() - start:.2f} s)")
        finally:
            directory = ctx.state.get("directory")
            if directory is not None:
                directory.close()
    print_line(f"self-test: {len(STEPS) - failed} of {len(STEPS)} steps passed")
    return 1 if failed else 0

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
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from directory_app.bundled_fonts import register_bundled_fonts

    app = QApplication.instance() or QApplication(["ngo-directory"])
    ctx.state["qt_app"] = app
    bundled = register_bundled_fonts()
    assert "DejaVu Serif" in bundled, f"bundled fonts missing: {bundled}"
    families = QFontDatabase.families()
    return f"Qt {app.platformName()} platform, {len(families)} font families, bundled {bundled}"


def _csv(ctx: Context) -> str:
    from directory_app.exchange.csv_export import ExportOptions, export_csv

    out = ctx.folder / "directory.csv"
    result = export_csv(ctx.state["directory"], out, options=ExportOptions(rows="organisations"))
    text = out.read_text(encoding="utf-8")
    assert result is not None and result.rows >= 15, result
    assert "Amnesty International - Russia" in text and "095-291-29-04" in text
    return f"CSV export: {result.rows} rows, {out.stat().st_size} bytes"


def _vcard(ctx: Context) -> str:
    import vobject

    from directory_app.exchange.profiles import PUBLIC_HANDBOOK
    from directory_app.exchange.vcard_export import export_vcard

    out = ctx.folder / "directory.vcf"
    result = export_vcard(ctx.state["directory"], out, profile=PUBLIC_HANDBOOK)
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) == result.cards and any(
        "Memorial Human Rights Centre" in c.fn.value for c in cards), result
    return f"vCard export: {len(cards)} cards, each read back by vobject"


def _pdf(ctx: Context) -> str:
    from directory_app.exchange.printing.build import build_draft
    from directory_app.exchange.printing.writers import write_draft
    from directory_app.exchange.profiles import PUBLIC_HANDBOOK
    from directory_app.exchange.scope import Scope

    out = ctx.folder / "draft.pdf"
    draft = build_draft(ctx.state["directory"], Scope(), PUBLIC_HANDBOOK)
    pages = write_draft(draft, out, "pdf")
    head = out.read_bytes()[:5]
    assert head == b"%PDF-" and pages and pages > 2, (head, pages)
    return f"PDF draft: {pages} pages, {out.stat().st_size // 1024} KB"


def _window(ctx: Context) -> str:
    from directory_app.ui.main_window import MainWindow
    from directory_app.ui.settings import app_settings

    window = MainWindow(ctx.state["directory"], app_settings())
    try:
        window.show()
        ctx.state["qt_app"].processEvents()
        rows = window.org_model.rowCount()
        assert rows >= 15, rows
        return f"main window shown with {rows} organisations"
    finally:
        window.close()
        window.deleteLater()


STEPS: list[tuple[str, Step]] = [
    ("migrations", _open),
    ("sample", _sample),
    ("search", _search),
    ("integrity", _integrity),
    ("qt", _qt),
    ("window", _window),
    ("csv", _csv),
    ("vcard", _vcard),
    ("pdf", _pdf),
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

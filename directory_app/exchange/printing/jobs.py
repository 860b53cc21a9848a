"""Whole print jobs as plain functions (build the draft, write it, audit it), so the command
line and the GUI's worker thread run exactly the same steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from directory_app.exchange.audit import record_export
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.printing.build import DraftOptions, build_draft
from directory_app.exchange.printing.model import Draft
from directory_app.exchange.printing.writers import write_draft
from directory_app.exchange.profiles import Profile
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DraftRequest:
    scope: Scope
    profile: Profile
    options: DraftOptions = DraftOptions()
    page_size: str = "A4"


@dataclass(frozen=True)
class DraftWritten:
    out: Path
    format: str
    organisations: int
    pages: int | None
    internal: bool


def make_draft(directory: Directory, request: DraftRequest, *, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> Draft:
    draft = build_draft(directory, request.scope, request.profile, request.options,
                        progress=progress, cancelled=cancelled)
    if not draft.entries():
        raise ExchangeError("nothing to print: no organisations in scope "
                            f"({request.scope.describe()})")
    return draft


def export_draft(directory: Directory, request: DraftRequest, out: Path, fmt: str, *,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                 draft: Draft | None = None) -> DraftWritten:
    """Build (unless given) and write the draft, then record it in the export audit."""
    if draft is None:
        # Building is the first tenth of the bar, writing the rest.
        build_progress = None if progress is None else \
            (lambda done, total: progress(100 * done // max(total, 1), 1000))
        draft = make_draft(directory, request, progress=build_progress, cancelled=cancelled)
        write_progress = None if progress is None else \
            (lambda done, total: progress(100 + 900 * done // max(total, 1), 1000))
    else:
        write_progress = progress
    pages = write_draft(draft, out, fmt, page_size=request.page_size,
                        collation=request.options.collation, progress=write_progress,
                        cancelled=cancelled)
    count = len(draft.entries())
    record_export(directory, format=f"print-{fmt}", target=str(out), profile=request.profile,
                  scope=request.scope, count=count)
    return DraftWritten(Path(out), fmt, count, pages, draft.internal)


@dataclass(frozen=True)
class LabelsWritten:
    out: Path
    sheet: str
    labels: int
    pages: int
    without_address: int


def export_labels(directory: Directory, scope: Scope, profile: Profile, sheet_key: str,
                  out: Path, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> LabelsWritten:
    """Address labels (or envelopes) for the organisations in scope, audited like a draft."""
    from directory_app.exchange.printing.labels import SHEETS, label_addresses, write_labels

    sheet = SHEETS[sheet_key]
    blocks, missing = label_addresses(directory, scope, profile, cancelled)
    if not blocks:
        raise ExchangeError(f"no addresses to print: none of the organisations in scope "
                            f"({scope.describe()}) has a printable postal address")
    pages = write_labels(blocks, out, sheet, progress=progress, cancelled=cancelled)
    record_export(directory, format=f"labels-{sheet.key}", target=str(out), profile=profile,
                  scope=scope, count=len(blocks))
    return LabelsWritten(Path(out), sheet.key, len(blocks), pages, missing)

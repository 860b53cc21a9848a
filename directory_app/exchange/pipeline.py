"""The import pipeline every format shares: plan (dry run), commit, report, rejects.

A format reader gives an `ImportSource` (a name, a format, and its records streamed); the
pipeline matches each record against the directory and decides new / update / duplicate /
error. The dry run stops there. The commit first backs the directory up, then writes every
record in ONE transaction recorded as one `importbatch` row with the change-log batch id, so
the whole import can be undone later; a cancel or an error rolls it all back.
"""

from __future__ import annotations

import csv
import functools
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import insert, update

from directory_app.domain.models import ImportBatch, utcnow
from directory_app.domain.validation import ValidationError
from directory_app.exchange.choices import DUPLICATE_CHOICES
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.importer import Importer, PlanItem
from directory_app.exchange.records import Record, RecordProblem
from directory_app.memory import collector_paused
from directory_app.services.changelog import new_batch
from directory_app.store import search
from directory_app.store.backup import make_backup
from directory_app.store.database import Directory, page_cache

IMPORT_BATCH = ImportBatch.__table__  # type: ignore[attr-defined]
PROGRESS_EVERY = 500
KEEP_AT_MOST = 10_000     # problem rows kept for the report; the counts stay exact
# A file this big imports with a 16 MB SQLite page cache instead of the window's 64 MB: a 1 GB
# CSV then peaks ~50 MB lower, and a 150 MB one imports as fast. Smaller files keep the big
# cache, which a 40,000-card vCard import uses (~10 % faster).
BIG_FILE_BYTES = 256 * 1024 * 1024
BIG_FILE_CACHE_KIB = 16 * 1024
KEEP_RECORDS = 1_000      # of those, the first carry their record (a row can be kilobytes)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportSource(Protocol):
    """What a format reader hands the pipeline."""

    name: str          # file name, for messages
    format: str        # "csv", "vcard", ...

    def records(self) -> Iterator[Record]: ...


class ImportCancelled(Exception):
    """Raised inside the transaction when the user cancels; nothing is written."""


@dataclass
class ImportOptions:
    on_duplicate: str = "skip"
    country: str = "RU"
    choices: dict[int, str] = field(default_factory=dict)   # record position → choice
    preview: int = 20                                        # first items kept in the report
    total: int = 0                                           # records expected, for progress

    def __post_init__(self) -> None:
        for choice in (self.on_duplicate, *self.choices.values()):
            if choice not in DUPLICATE_CHOICES:
                raise ExchangeError(f"“{choice}” is not a duplicate choice "
                                    f"({', '.join(DUPLICATE_CHOICES)})")


@dataclass
class ImportReport:
    source: str
    format: str
    dry_run: bool
    batch: str = ""
    counts: Counter = field(default_factory=Counter)
    created: dict[str, int] = field(default_factory=dict)
    items: list[PlanItem] = field(default_factory=list)
    late_warnings: list[tuple[int, RecordProblem]] = field(default_factory=list)
    backup: str = ""
    import_batch_id: int | None = None
    cancelled: bool = False
    seconds: float = 0.0
    unlisted: int = 0             # records the report would list beyond KEEP_AT_MOST

    @property
    def rejected(self) -> list[PlanItem]:
        return [i for i in self.items if i.status == "error"]

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "format": self.format, "dry_run": self.dry_run,
                "batch": self.batch, "counts": dict(self.counts), "created": self.created,
                "backup": self.backup, "cancelled": self.cancelled,
                "seconds": round(self.seconds, 3), "unlisted": self.unlisted,
                "items": [i.to_dict() for i in self.items],
                "warnings": [f"record {pos}: {p.column}: {p.reason}"
                             for pos, p in self.late_warnings]}

    def summary(self) -> str:
        c = self.counts
        verb = "Would import" if self.dry_run else "Imported"
        if self.cancelled:
            return f"Import of {self.source} cancelled: nothing was changed."
        return (f"{verb} {self.source}: {c['records']} records — {c['new']} new, "
                f"{c['updated']} updated, {c['duplicates']} likely duplicates "
                f"({c['skipped']} skipped), {c['errors']} with errors, "
                f"{c['warnings']} warnings."
                + (f" The first {len(self.items):,} are listed." if self.unlisted else ""))


def run_import(directory: Directory, source: ImportSource, options: ImportOptions | None = None,
               *, dry_run: bool = False, progress: Progress | None = None,
               cancelled: Cancelled | None = None, keep_records: bool = False
               ) -> ImportReport:
    """Plan (dry run) or commit the import of `source`; see the module docstring."""
    options = options or ImportOptions()
    report = ImportReport(source.name, source.format, dry_run)
    started = time.perf_counter()
    if not dry_run:
        if directory.read_only:
            raise ValidationError("directory", "this directory is open read-only")
        report.backup = str(make_backup(directory, reason="before-import").path)
    report.batch = new_batch()
    try:
        with directory.begin() as conn, page_cache(conn, _cache_for(source)):
            if not dry_run:
                report.import_batch_id = conn.execute(insert(IMPORT_BATCH).values(
                    batch=report.batch, source=source.name, format=source.format)
                ).inserted_primary_key[0]
            importer = Importer(conn, report.batch, country=options.country,
                                on_duplicate=options.on_duplicate, choices=options.choices,
                                dry=dry_run)
            with collector_paused():
                _feed(importer, source, options, report, progress, cancelled, keep_records)
            _check_cancel(cancelled)
            importer.finish()
            report.late_warnings = importer.late_warnings
            report.counts["warnings"] += len(importer.late_warnings)
            report.created = dict(importer.writer.created)
            if not dry_run:
                check = functools.partial(_check_cancel, cancelled)
                search.reindex_orgs(conn, importer.touched_orgs, check)
                search.reindex_people(conn, importer.touched_people, check)
                _check_cancel(cancelled)
                conn.execute(update(IMPORT_BATCH)
                             .where(IMPORT_BATCH.c.id == report.import_batch_id)
                             .values(finished_at=utcnow(), summary=json.dumps(
                                 {"counts": dict(report.counts), "created": report.created})))
    except ImportCancelled:
        report.cancelled = True
        report.created = {}
        report.import_batch_id = None
    report.seconds = time.perf_counter() - started
    return report


def _cache_for(source: ImportSource) -> int | None:
    """The page cache (KiB) for importing `source`: smaller for a big file, else unchanged."""
    path = getattr(source, "path", None)
    try:
        big = path is not None and path.is_file() and path.stat().st_size >= BIG_FILE_BYTES
    except OSError:
        big = False
    return BIG_FILE_CACHE_KIB if big else None


def _check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled


def _feed(importer: Importer, source: ImportSource, options: ImportOptions,
          report: ImportReport, progress: Progress | None, cancelled: Cancelled | None,
          keep_records: bool) -> None:
    counts = report.counts
    for number, record in enumerate(source.records(), start=1):
        item = importer.process(record)
        counts["records"] += 1
        counts["warnings"] += len(item.warnings)
        if item.status == "error":
            counts["errors"] += 1
        elif item.status == "new" or item.action == "new":
            counts["new"] += 1
        if item.status in ("update", "duplicate"):
            counts["duplicates" if item.status == "duplicate" else "matched"] += 1
            if item.action in ("update", "merge"):
                counts["updated"] += 1
            elif item.action == "skip":
                counts["skipped"] += 1
        # However large the file, the report lists at most KEEP_AT_MOST records (the first
        # ones, or the first with something to say); the counts above stay exact.
        if keep_records or number <= options.preview or item.status != "new" or item.warnings:
            if len(report.items) < KEEP_AT_MOST:
                if keep_records and len(report.items) < KEEP_RECORDS:
                    item.record = record
                report.items.append(item)
            else:
                report.unlisted += 1
        if number % PROGRESS_EVERY == 0:
            # Rows of a spreadsheet with long texts are kilobytes each: write what is buffered
            # every PROGRESS_EVERY records, so the buffer stays a few MB (a 1 GB import then
            # peaks ~60 MB lower at the same speed; bench_bigcsv).
            importer.writer.flush()
            _check_cancel(cancelled)
            if progress is not None:
                progress(number, options.total)
    if progress is not None:
        progress(counts["records"], options.total or counts["records"])


def plan(directory: Directory, source: ImportSource, options: ImportOptions | None = None,
         **kwargs: Any) -> ImportReport:
    """The dry run: what the import would do, the first records kept for the preview (at most
    KEEP_RECORDS records and KEEP_AT_MOST items: a 1 GB file plans in bounded memory)."""
    return run_import(directory, source, options, dry_run=True, keep_records=True, **kwargs)


def write_rejects(report: ImportReport, path: Path | str) -> int:
    """Save the rejected records as CSV: their original cells plus a "Reason" column."""
    rejected = report.rejected
    header: list[str] = []
    for item in rejected:
        header.extend(k for k in item.raw if k not in header)
    try:
        with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["Record", *header, "Reason"])
            for item in rejected:
                reason = "; ".join(f"{p.column}: {p.reason}" if p.column else p.reason
                                   for p in item.errors)
                writer.writerow([item.position, *(item.raw.get(h, "") for h in header),
                                 reason])
    except OSError as exc:
        raise ExchangeError(f"cannot write the rejects file {path}: "
                            f"{exc.strerror or exc}") from None
    return len(rejected)

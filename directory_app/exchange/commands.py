"""`ngo-directory import` and `ngo-directory export`, dispatching on the file format.

A format adds itself with one line in `READERS` (file suffix → reader) or `WRITERS`
(`--format` → writer); the pipeline, the options and the report are shared. The readers,
writers and the pipeline are imported when a command runs (see `choices`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from directory_app.exchange.choices import DUPLICATE_CHOICES, ENCODINGS, ROW_KINDS, VCARD_LAYOUTS
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.profiles import profile_for_privacy
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory

if TYPE_CHECKING:
    from directory_app.exchange.pipeline import ImportReport, ImportSource


def _csv_reader(path: Path, args: argparse.Namespace) -> ImportSource:
    from directory_app.exchange.csv_import import CsvImport

    return CsvImport(path, encoding=args.encoding, delimiter=_delimiter(args.delimiter),
                     preset=args.preset)


def _csv_writer(directory: Directory, args: argparse.Namespace) -> dict[str, Any]:
    from directory_app.exchange.csv_export import ExportOptions, export_csv

    options = ExportOptions(rows=args.rows, encoding=args.encoding or "utf-8",
                            delimiter=_delimiter(args.delimiter) or ",",
                            columns=[c.strip() for c in args.columns.split(",") if c.strip()]
                            if args.columns else None,
                            profile=profile_for_privacy(args.privacy))
    result = export_csv(directory, args.out, _scope(args), options)
    return {"path": result.path, "rows": result.rows, "columns": result.columns,
            "profile": options.profile.name}


def _vcard_reader(path: Path, args: argparse.Namespace) -> ImportSource:
    from directory_app.exchange.vcard_import import VcardImport

    return VcardImport(path)


def _vcard_writer(directory: Directory, args: argparse.Namespace) -> dict[str, Any]:
    from directory_app.exchange.vcard_export import export_vcard

    layout = args.vcard_layout or ("zip" if args.out.suffix.lower() == ".zip" else "file")
    profile = profile_for_privacy(args.privacy)
    result = export_vcard(directory, args.out, profile=profile, scope=_scope(args),
                          version=args.vcard_version, layout=layout)
    return {"path": result.target, "rows": result.cards, "organisations": result.organisations,
            "people": result.people, "profile": profile.name}


# File suffix ("/" for a folder) → reader; `--format` → writer. One line per format.
READERS: dict[str, Callable[[Path, argparse.Namespace], ImportSource]] = {
    ".csv": _csv_reader, ".tsv": _csv_reader, ".txt": _csv_reader,
    ".vcf": _vcard_reader, ".vcard": _vcard_reader, ".zip": _vcard_reader, "/": _vcard_reader,
}
WRITERS: dict[str, Callable[[Directory, argparse.Namespace], dict[str, Any]]] = {
    "csv": _csv_writer, "vcard": _vcard_writer,
}

_DELIMITER_WORDS = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


def _delimiter(value: str | None) -> str | None:
    if value is None:
        return None
    return _DELIMITER_WORDS.get(value.lower(), value)


def _scope(args: argparse.Namespace) -> Scope:
    return Scope(region=args.region, query=args.query or "", kind=args.kind, tag=args.tag)


def cmd_import(args: argparse.Namespace, directory: Directory) -> int:
    from directory_app.exchange.pipeline import ImportOptions, run_import, write_rejects

    path = Path(args.file)
    reader = READERS.get("/" if path.is_dir() else path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise ExchangeError(f"{path.name}: cannot import “{path.suffix or 'no suffix'}” files "
                            f"(known: {known})")
    source = reader(path, args)
    options = ImportOptions(on_duplicate=args.on_duplicate, country=args.country.upper())
    report = run_import(directory, source, options, dry_run=args.dry_run)
    rejects = 0
    if args.rejects and report.rejected:
        rejects = write_rejects(report, args.rejects)
    data = report.to_dict()
    data["rejects_file"] = str(args.rejects) if rejects else None
    _emit(args, data, _report_text(report, args, rejects))
    return 0


def _report_text(report: ImportReport, args: argparse.Namespace, rejects: int) -> str:
    lines = [report.summary()]
    for item in report.items:
        if item.status == "error":
            lines.append(f"  record {item.position}: rejected: " + "; ".join(
                f"{p.column}: {p.reason}" if p.column else p.reason for p in item.errors))
        elif item.status == "duplicate":
            lines.append(f"  record {item.position}: {item.match} → {item.action}")
    for position, problem in report.late_warnings:
        lines.append(f"  record {position}: {problem.column}: {problem.reason}")
    if report.items and args.dry_run:
        lines.append("First records:")
        lines.extend(f"  {i.position}: {i.summary or i.status}" for i in report.items[:10]
                     if i.status != "error")
    if rejects:
        lines.append(f"{rejects} rejected records saved to {args.rejects}")
    if report.backup:
        lines.append(f"Backup before the import: {report.backup}")
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace, directory: Directory) -> int:
    writer = WRITERS.get(args.format)
    if writer is None:
        raise ExchangeError(f"“{args.format}” is not an export format "
                            f"({', '.join(sorted(WRITERS))})")
    data = writer(directory, args)
    _emit(args, data, f"Exported {data['rows']} rows to {data['path']} "
                      f"(profile: {data['profile']}).")
    return 0


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    from directory_app.cli import emit

    emit(args, data, text)


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import a CSV (or other) file")
    p.add_argument("file", help="the file to import (.csv, .tsv, .txt, .vcf; a folder or .zip "
                   "of .vcf cards)")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument("--on-duplicate", choices=DUPLICATE_CHOICES, default="skip",
                   help="what to do with likely duplicates (default: skip)")
    p.add_argument("--encoding", help="the file's encoding (default: detected)")
    p.add_argument("--delimiter", help="the delimiter: , ; tab | (default: detected)")
    p.add_argument("--preset", help="a saved column-mapping preset")
    p.add_argument("--country", default="RU", help="default phone country (default: RU)")
    p.add_argument("--rejects", type=Path, help="save rejected records here as CSV")
    p.set_defaults(command=cmd_import)

    p = sub.add_parser("export", parents=[common], help="export entries to a file")
    p.add_argument("--format", default="csv", help="file format (default: csv)")
    p.add_argument("--out", type=Path, required=True, help="the file to write")
    p.add_argument("--rows", choices=ROW_KINDS, default="affiliations",
                   help="one row per affiliation (the full own format), organisation or person")
    p.add_argument("--region", help="only this region (name or path “NIS > Russia”)")
    p.add_argument("--query", help="only the organisations this search finds")
    p.add_argument("--kind", help="only organisations of this kind")
    p.add_argument("--tag", help="only organisations with this focus area")
    p.add_argument("--privacy", choices=("public", "internal", "confidential"),
                   default="public", help="privacy ceiling (default: public)")
    p.add_argument("--encoding", choices=sorted(ENCODINGS), help="utf-8 (default), utf-8-sig "
                   "(with BOM, for Excel) or cp1251")
    p.add_argument("--delimiter", help="the delimiter (default: ,)")
    p.add_argument("--columns", help="comma-separated column names (default: all)")
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0",
                   help="vCard version (default: 3.0, the widest support)")
    p.add_argument("--vcard-layout", choices=VCARD_LAYOUTS,
                   help="vCard: all cards in one .vcf (file), one file per card in the folder "
                   "--out (folder) or in the zip --out (zip); default: file, or zip for .zip")
    p.set_defaults(command=cmd_export)

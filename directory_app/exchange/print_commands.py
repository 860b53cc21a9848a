"""`ngo-directory print`: handbook drafts (PDF, ODT, DOCX, HTML) and mailing labels."""

from __future__ import annotations

import argparse
from pathlib import Path

from directory_app.exchange.audit import record_export
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.printing.build import DraftOptions, build_draft
from directory_app.exchange.printing.labels import SHEETS
from directory_app.exchange.printing.writers import FORMATS
from directory_app.exchange.profiles import profile_for_privacy
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("print", parents=[common],
                       help="print a handbook draft (pdf, odt, docx, html) or mailing labels")
    p.add_argument("--format", choices=FORMATS, default="pdf")
    p.add_argument("--out", type=Path, required=True, help="the file to write")
    p.add_argument("--region", help="a region subtree, by name or path (“NIS > Russia”)")
    p.add_argument("--kind", help="only organisations of this kind")
    p.add_argument("--tag", help="only organisations with this focus area")
    p.add_argument("--query", default="", help="only organisations matching this search")
    p.add_argument("--privacy", choices=("public", "internal"), default="public",
                   help="public fields only (default), or internal fields too (marked)")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    p.add_argument("--title", default=DraftOptions.title)
    p.add_argument("--subtitle", default="")
    p.add_argument("--collation", default="en",
                   help="locale whose alphabetical order sorts names (en, ru, ...)")
    p.add_argument("--labels", choices=sorted(SHEETS),
                   help="mailing labels (3x8 on A4, Avery 5160 on Letter) or DL envelopes "
                        "instead of a draft; always PDF")
    p.set_defaults(command=cmd_print)


def cmd_print(args, directory: Directory) -> int:
    from directory_app.cli import emit
    from directory_app.exchange.printing.qt_app import ensure_gui_application

    ensure_gui_application()
    scope = Scope(region=args.region, query=args.query, kind=args.kind, tag=args.tag)
    profile = profile_for_privacy(args.privacy)
    if args.labels:
        return _labels(args, directory, scope, profile, emit)
    from directory_app.exchange.printing.writers import write_draft

    draft = build_draft(directory, scope, profile,
                        DraftOptions(title=args.title, subtitle=args.subtitle,
                                     collation=args.collation))
    count = len(draft.entries())
    if not count:
        raise ExchangeError(f"nothing to print: no organisations in scope ({scope.describe()})")
    pages = write_draft(draft, args.out, args.format, page_size=args.page_size,
                        collation=args.collation)
    record_export(directory, format=f"print-{args.format}", target=str(args.out),
                  profile=profile, scope=scope, count=count)
    summary = f"Wrote {args.out}: {count} organisations" + (f", {pages} pages" if pages else "")
    if draft.internal:
        summary += f" (marked “{draft.INTERNAL_MARK}”)"
    emit(args, {"out": args.out, "format": args.format, "organisations": count,
                "pages": pages, "internal": draft.internal}, summary + ".")
    return 0


def _labels(args, directory, scope, profile, emit) -> int:
    from directory_app.exchange.printing.labels import label_addresses, write_labels

    blocks, missing = label_addresses(directory, scope, profile)
    if not blocks:
        raise ExchangeError(f"no addresses to print: none of the organisations in scope "
                            f"({scope.describe()}) has a printable postal address")
    sheet = SHEETS[args.labels]
    pages = write_labels(blocks, args.out, sheet)
    record_export(directory, format=f"labels-{sheet.key}", target=str(args.out),
                  profile=profile, scope=scope, count=len(blocks))
    emit(args, {"out": args.out, "labels": len(blocks), "pages": pages,
                "without_address": missing},
         f"Wrote {args.out}: {len(blocks)} labels on {pages} page{'s' * (pages != 1)} "
         f"({sheet.title}); "
         f"{missing} organisations have no postal address.")
    return 0

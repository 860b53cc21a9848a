"""`ngo-directory print`: handbook drafts (PDF, ODT, DOCX, HTML) and mailing labels."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from directory_app.exchange.choices import DRAFT_FORMATS, DRAFT_TITLE, LABEL_SHEETS
from directory_app.exchange.profiles import profile_for_privacy
from directory_app.exchange.scope import Scope
from directory_app.store.database import Directory


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("print", parents=[common],
                       help="print a handbook draft (pdf, odt, docx, html) or mailing labels")
    p.add_argument("--format", choices=DRAFT_FORMATS, default="pdf")
    p.add_argument("--out", type=Path, required=True, help="the file to write")
    p.add_argument("--region", help="a region subtree, by name or path (“NIS > Russia”)")
    p.add_argument("--kind", help="only organisations of this kind")
    p.add_argument("--tag", help="only organisations with this focus area")
    p.add_argument("--query", default="", help="only organisations matching this search")
    p.add_argument("--ids", type=_id_list, help="only these organisations (a selection): 1,5,9")
    p.add_argument("--privacy", choices=("public", "internal"), default="public",
                   help="public fields only (default), or internal fields too (marked)")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    p.add_argument("--title", default=DRAFT_TITLE)
    p.add_argument("--subtitle", default="")
    p.add_argument("--edition", type=date.fromisoformat, help="edition date (default: today)")
    p.add_argument("--collation", default="en",
                   help="locale whose alphabetical order sorts names (en, ru, ...)")
    p.add_argument("--labels", choices=sorted(LABEL_SHEETS),
                   help="mailing labels (3x8 on A4, Avery 5160 on Letter) or DL envelopes "
                        "instead of a draft; always PDF")
    p.set_defaults(command=cmd_print)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _id_list(value: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a list of ids such as 1,5,9") from None


def _progress_printer():
    """Progress on the terminal ("Printing… 42%"), only when stderr is one."""
    if sys.stderr is None or not sys.stderr.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if percent >= 100 else ""
            print(f"\rPrinting… {percent}%", end=end, file=sys.stderr, flush=True)
    return progress


def cmd_print(args, directory: Directory) -> int:
    from directory_app.cli import emit
    from directory_app.exchange.printing.qt_app import ensure_gui_application

    ensure_gui_application()
    scope = Scope(region=args.region, query=args.query, kind=args.kind, tag=args.tag,
                  ids=args.ids)
    profile = profile_for_privacy(args.privacy)
    if args.labels:
        return _labels(args, directory, scope, profile, emit)
    from directory_app.exchange.printing.build import DraftOptions
    from directory_app.exchange.printing.jobs import DraftRequest, export_draft

    options = DraftOptions(title=args.title, subtitle=args.subtitle, edition=args.edition,
                           collation=args.collation)
    request = DraftRequest(scope, profile, options, args.page_size)
    done = export_draft(directory, request, args.out, args.format,
                        progress=_progress_printer() if not args.json else None)
    summary = f"Wrote {args.out}: {_n(done.organisations, 'organisation')}"
    if done.pages:
        summary += f", {_n(done.pages, 'page')}"
    if done.internal:
        summary += " (marked “INTERNAL - not for distribution”)"
    emit(args, {"out": args.out, "format": args.format, "organisations": done.organisations,
                "pages": done.pages, "internal": done.internal}, summary + ".")
    return 0


def _labels(args, directory, scope, profile, emit) -> int:
    from directory_app.exchange.printing.jobs import export_labels
    from directory_app.exchange.printing.labels import SHEETS

    done = export_labels(directory, scope, profile, args.labels, args.out)
    emit(args, {"out": args.out, "labels": done.labels, "pages": done.pages,
                "without_address": done.without_address},
         f"Wrote {args.out}: {_n(done.labels, 'label')} on {_n(done.pages, 'page')} "
         f"({SHEETS[args.labels].title}); {_n(done.without_address, 'organisation')} "
         "without a postal address.")
    return 0

"""Headless sub-commands. Each prints readable text, or JSON with `--json`.

User errors (a missing entry, a bad file, invalid input) end with one line on stderr and exit
code 1; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from directory_app.domain.validation import ValidationError
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.scope import ScopeError
from directory_app.services.entries import Entries
from directory_app.services.formatting import handbook_text
from directory_app.services.queries import Queries
from directory_app.services.sample import load_sample
from directory_app.store import backup, integrity
from directory_app.store.database import Directory, StoreError, open_directory


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(type(value).__name__)


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))
    else:
        print(text)


def cmd_load_sample(args, directory: Directory) -> int:
    ids = load_sample(Entries(directory))
    stats = Queries(directory).stats()
    emit(args, {"loaded": len(ids), "stats": stats},
         f"Loaded the sample handbook: {len(ids)} organisations "
         f"({stats['organisation']} in the directory, {stats['person']} people).")
    return 0


def cmd_search(args, directory: Directory) -> int:
    rows = Queries(directory).search(args.query, limit=args.limit)
    lines = [f"{r['id']:>6}  {r['name']}" + (f"  ({r['city']})" if r["city"] else "")
             for r in rows]
    emit(args, rows, "\n".join(lines) if lines else f"No organisations match “{args.query}”.")
    return 0


def _find_org(queries: Queries, ref: str) -> dict[str, Any]:
    if ref.isdigit():
        detail = queries.org_detail(int(ref))
        if detail:
            return detail
    rows = queries.search(ref, limit=2)
    exact = [r for r in rows if r["name"].casefold() == ref.casefold()]
    if exact or len(rows) == 1:
        return queries.org_detail((exact or rows)[0]["id"])
    raise UserError(f"no organisation with id or name “{ref}”")


def cmd_show(args, directory: Directory) -> int:
    detail = _find_org(Queries(directory), args.id)
    emit(args, detail, handbook_text(detail))
    return 0


def cmd_stats(args, directory: Directory) -> int:
    stats = Queries(directory).stats()
    width = max(len(k) for k in stats)
    emit(args, stats, "\n".join(f"{k:<{width}}  {v}" for k, v in stats.items()))
    return 0


def cmd_check(args, directory: Directory) -> int:
    problems = integrity.check(directory)
    emit(args, {"ok": not problems, "problems": problems},
         "\n".join(problems) if problems else f"{directory.path}: no problems found.")
    return 1 if problems else 0


def cmd_backups(args, directory: Directory) -> int:
    infos = backup.list_backups(directory.path, directory.key)
    data = [{"path": i.path, "created": i.created, "reason": i.reason,
             "organisations": i.organisations, "people": i.people} for i in infos]
    lines = [f"{i.created:%Y-%m-%d %H:%M}  {i.organisations:>7} orgs {i.people:>7} people  "
             f"{i.reason:<22} {i.path.name}" for i in infos]
    emit(args, data, "\n".join(lines) if lines else "No backups yet.")
    return 0


def cmd_restore(args, directory: Directory) -> int:
    source = args.backup
    if not source.exists():
        candidates = [i.path for i in backup.list_backups(directory.path, directory.key)
                      if i.path.name == source.name]
        if not candidates:
            raise UserError(f"there is no backup {source} (see `ngo-directory backups`)")
        source = candidates[0]
    before = backup.make_backup(directory, reason="before-restore")
    directory.close()
    try:
        aside = backup.restore_backup(directory.path, source, directory.key)
    except (ValueError, FileNotFoundError) as exc:
        raise UserError(str(exc)) from exc
    emit(args, {"restored": source, "previous_state": before.path, "replaced_file": aside},
         f"Restored {source.name}. The state before it is backed up as {before.path.name}.")
    return 0


def cmd_profiles(args, directory: Directory) -> int:
    from directory_app.exchange.profiles import load_profiles

    profiles = list(load_profiles().values())
    data = [{"key": p.key, "name": p.name, "ceiling": p.ceiling.value,
             "home_addresses": p.home_addresses} for p in profiles]
    lines = [f"{p.key:<12} {p.name:<20} up to {p.ceiling.value}"
             + (", with home addresses" if p.home_addresses else "") for p in profiles]
    emit(args, data, "\n".join(lines))
    return 0


def cmd_exports(args, directory: Directory) -> int:
    from directory_app.exchange.audit import list_exports

    rows = list_exports(directory)
    lines = [f"{r['at']:%Y-%m-%d %H:%M}  {r['format']:<6} {r['count']:>7}  {r['profile']:<16} "
             f"{r['scope']:<24} {r['target']}" for r in rows]
    emit(args, rows, "\n".join(lines) if lines else "Nothing has been exported yet.")
    return 0


def cmd_encrypt(args, directory: Directory) -> int:
    from directory_app.store import crypto
    from directory_app.store.connect import encryption_available

    available, why = encryption_available()
    if not available:
        raise UserError(why)
    if directory.encrypted:
        raise UserError(f"{directory.path.name} is already encrypted")
    passphrase = _new_passphrase()
    directory.close()
    try:
        converted = crypto.encrypt_directory_file(directory.path, passphrase)
    except crypto.EncryptionError as exc:
        raise UserError(str(exc)) from exc
    emit(args, {"encrypted": directory.path, "backups_encrypted": converted},
         f"{directory.path.name} is now encrypted, and so are its {converted} backups. "
         "Keep the passphrase safe: without it the directory cannot be opened.")
    return 0


def _new_passphrase() -> str:
    env = os.environ.get("NGO_DIRECTORY_NEW_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserError("give the new passphrase in NGO_DIRECTORY_NEW_PASSPHRASE "
                        "or run the command in a terminal")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UserError("the two passphrases differ; nothing was changed")
    return first


def passphrase_for(db_path: Path) -> str | None:
    """The passphrase of an encrypted file: from NGO_DIRECTORY_PASSPHRASE or asked for."""
    from directory_app.store.connect import looks_encrypted

    if not looks_encrypted(db_path):
        return None
    env = os.environ.get("NGO_DIRECTORY_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserError(f"{db_path.name} is encrypted: give its passphrase in "
                        "NGO_DIRECTORY_PASSPHRASE or run the command in a terminal")
    return getpass.getpass(f"Passphrase for {db_path.name}: ")


def cmd_imports(args, directory: Directory) -> int:
    from directory_app.services.imports import list_imports

    infos = list_imports(Entries(directory))
    data = [{"id": i.id, "source": i.source, "format": i.format, "finished_at": i.finished_at,
             "undone_at": i.undone_at, "counts": i.counts} for i in infos]
    lines = [f"{i.id:>4}  {i.finished_at:%Y-%m-%d %H:%M}  {i.format:<6} {i.source:<30} "
             f"{i.counts.get('new', 0):>6} new {i.counts.get('updated', 0):>6} updated"
             + (f"  (undone {i.undone_at:%Y-%m-%d})" if i.undone_at else "") for i in infos]
    emit(args, data, "\n".join(lines) if lines else "Nothing has been imported yet.")
    return 0


def cmd_undo_import(args, directory: Directory) -> int:
    from directory_app.services.history import RevertConflict
    from directory_app.services.imports import undo_import

    try:
        batch = undo_import(Entries(directory), args.id)
    except RevertConflict as exc:
        raise UserError(f"import {args.id} cannot be undone: {exc}") from exc
    emit(args, {"undone": args.id, "batch": batch},
         f"Import {args.id} was undone (a backup was made first).")
    return 0


def cmd_backup(args, directory: Directory) -> int:
    try:
        info = backup.make_backup(directory, reason="manual", to=args.to)
    except OSError as exc:
        raise UserError(f"cannot write the backup: {exc.strerror or exc}") from exc
    emit(args, {"path": info.path, "organisations": info.organisations, "people": info.people},
         f"Backed up to {info.path} ({info.organisations} organisations, {info.people} people).")
    return 0


Command = Callable[[argparse.Namespace, Directory], int]

# Modules that add more sub-commands; each has `add_commands(sub, common)`.
COMMAND_MODULES: list[str] = [
    "directory_app.exchange.commands",
    "directory_app.exchange.print_commands",
]


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the headless sub-commands on the main parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print JSON for scripts")
    _add_core_commands(sub, common)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(sub, common)


def _add_core_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:

    p = sub.add_parser("load-sample", parents=[common], help="add the sample handbook")
    p.set_defaults(command=cmd_load_sample, writes=True)
    p = sub.add_parser("search", parents=[common], help="full-text search (both scripts)")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(command=cmd_search)
    p = sub.add_parser("show", parents=[common], help="show one organisation")
    p.add_argument("id", help="id (from search) or exact name")
    p.set_defaults(command=cmd_show)
    p = sub.add_parser("stats", parents=[common], help="count entries")
    p.set_defaults(command=cmd_stats)
    p = sub.add_parser("check", parents=[common], help="check the file and its search index")
    p.set_defaults(command=cmd_check)
    p = sub.add_parser("backup", parents=[common], help="back up the directory")
    p.add_argument("--to", type=Path, help="file or folder (default: the backups folder)")
    p.set_defaults(command=cmd_backup)
    p = sub.add_parser("encrypt", parents=[common],
                       help="encrypt the directory and its backups with a passphrase (SQLCipher)")
    p.set_defaults(command=cmd_encrypt, writes=True)
    p = sub.add_parser("imports", parents=[common], help="list the imports, newest first")
    p.set_defaults(command=cmd_imports)
    p = sub.add_parser("undo-import", parents=[common],
                       help="roll back one whole import (see `imports` for its number)")
    p.add_argument("id", type=int)
    p.set_defaults(command=cmd_undo_import, writes=True)
    p = sub.add_parser("profiles", parents=[common], help="list the export profiles")
    p.set_defaults(command=cmd_profiles)
    p = sub.add_parser("exports", parents=[common],
                       help="the export audit log: what left the machine, when, how")
    p.set_defaults(command=cmd_exports)
    p = sub.add_parser("backups", parents=[common], help="list the backups, newest first")
    p.set_defaults(command=cmd_backups)
    p = sub.add_parser("restore", parents=[common],
                       help="put a backup in place (the current state is backed up first)")
    p.add_argument("backup", type=Path, help="a backup file or its name from `backups`")
    p.set_defaults(command=cmd_restore, writes=True)


def run(args: argparse.Namespace, db_path: Path) -> int:
    """Open the directory, run the chosen command, turn user errors into one line.

    Commands that write (`writes=True`) take the file's lock, so they cannot run while a window
    edits the same file; reading commands work beside an open window.
    """
    try:
        directory = open_directory(db_path, exclusive=getattr(args, "writes", False),
                                   key=passphrase_for(db_path))
    except UserError as exc:
        print(f"ngo-directory: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"ngo-directory: {exc}", file=sys.stderr)
        return 2
    try:
        for message in directory.messages:
            print(message, file=sys.stderr)
        return args.command(args, directory)
    except (UserError, ValidationError, StoreError, ExchangeError, ScopeError) as exc:
        print(f"ngo-directory: {exc}", file=sys.stderr)
        return 1
    finally:
        directory.close()

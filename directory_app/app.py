"""Start-up: parse the command line, then run a headless command or open the window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from directory_app import __version__, cli, paths
from directory_app.console import ensure_streams


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ngo-directory",
        description="A directory of NGOs, local groups, offices, people and partnerships. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=Path, help="the directory file (default: %(default)s)",
                        default=None)
    parser.add_argument("--sample", action="store_true",
                        help="open the window on a fresh temporary copy of the sample handbook")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation without a screen and exit")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    cli.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    ensure_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path = args.db or paths.default_db_path()
    if args.self_test:
        from directory_app.selftest import run_self_test

        return run_self_test()
    if getattr(args, "command", None):
        return cli.run(args, db_path)
    if args.sample:
        return _run_gui_on_sample()
    return _run_gui(db_path)


def _run_gui(db_path: Path, *, sample: bool = False) -> int:
    from directory_app.ui.application import run_gui

    return run_gui(db_path, load_sample=sample)


def _run_gui_on_sample() -> int:
    folder = Path(tempfile.mkdtemp(prefix="ngo-directory-sample-"))
    try:
        return _run_gui(folder / "sample.sqlite", sample=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

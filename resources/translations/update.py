"""Refresh the translation sources from the code and compile them.

    .venv/bin/python resources/translations/update.py

Runs `pyside6-lupdate` over `directory_app/ui` (adding new strings to each `.ts`, keeping the
translations already made) and `pyside6-lrelease` to write the `.qm` files loaded at run time.
English is the source language: its catalogue holds only the strings with plural forms
(`tr("%n organisation(s)", "", n)` → "1 organisation", "2 organisations"). lrelease reports how
many strings are still unfinished in each catalogue.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CATALOGUE = "ngo_directory"
LANGUAGES = ("en", "ru")


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv's bin/Scripts), else on PATH."""
    for folder in (Path(sys.executable).parent,):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "directory_app" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = HERE / f"{CATALOGUE}_{language}.ts"
        only_plurals = ["-pluralonly"] if language == "en" else []
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", *only_plurals,
                        "-target-language", language, "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

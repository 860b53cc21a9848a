"""The command line names its choices without importing the code behind them."""

from __future__ import annotations

import subprocess
import sys

from directory_app.exchange import choices


def test_the_choices_are_those_of_the_code_behind_them():
    from directory_app.exchange.printing.labels import SHEETS

    assert tuple(SHEETS) == choices.LABEL_SHEETS
    assert all(choices.ENCODINGS[name] in ("utf-8", "utf-8-sig", "cp1251")
               for name in choices.ENCODINGS)


def test_building_the_parser_imports_no_exporter_importer_or_printer():
    heavy = ["directory_app.exchange.csv_export", "directory_app.exchange.csv_import",
             "directory_app.exchange.pipeline", "directory_app.exchange.vcard_import",
             "directory_app.exchange.vcard_export", "directory_app.exchange.printing.labels",
             "directory_app.exchange.printing.build", "rapidfuzz"]
    code = ("import sys\n"
            "from directory_app.app import build_parser\n"
            "args = build_parser().parse_args(['export', '--out', 'x.csv', '--rows', 'people'])\n"
            "assert args.rows == 'people'\n"
            f"print([m for m in {heavy!r} if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"

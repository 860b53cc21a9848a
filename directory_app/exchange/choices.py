"""The choices that import, export and printing offer, without the code behind them.

The command line's parser is built on every start, the window's too, and importing the
exporters and printers only to name their options took 0.06 s of it; they are imported when a
command runs. The modules behind the choices take them from here.
"""

from __future__ import annotations

# One row per affiliation (the app's own format), per organisation or per person.
ROW_KINDS = ("affiliations", "organisations", "people")
# What a CSV export may be written in → the codec that writes it.
ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp1251": "cp1251",
             "windows-1251": "cp1251", "utf8": "utf-8"}
# What an import does with a likely duplicate.
DUPLICATE_CHOICES = ("skip", "update", "new", "merge")
# A vCard export: one file, a file per card in a folder, or in a zip.
VCARD_LAYOUTS = ("file", "folder", "zip")
# Handbook drafts; label sheets (`printing.labels.SHEETS` has one of each).
DRAFT_FORMATS = ("pdf", "odt", "docx", "html")
LABEL_SHEETS = ("3x8", "5160", "dl")
DRAFT_TITLE = "Directory of organisations"

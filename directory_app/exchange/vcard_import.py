"""vCard files as an import source for the shared pipeline (`pipeline.run_import`).

One .vcf, a folder of .vcf files, or a zip of them. Cards are read as a stream and mapped to
records one by one (see `vcard_map.py`); matching, duplicates, the transaction, the backup and
the rejects report are the pipeline's, as for CSV. In one file, an organisation's own card
should come before the cards of its people (our exports do that): a person's ORG that comes
first creates the organisation by name.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from directory_app.exchange import parallel_read
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.records import Record, RecordProblem
from directory_app.exchange.vcard_map import card_to_records
from directory_app.exchange.vcard_parse import Card, read_bytes, read_path, read_stream

SUFFIXES = (".vcf", ".vcard")
# The same ceiling as a CSV cell (csv_read.MAX_CELL): a longer text value is almost always a
# broken file, and the directory would carry it into every export and print.
MAX_VALUE = 1024 * 1024


class VcardImport:
    """`ImportSource` for vCard 2.1/3.0/4.0: a file, a folder of cards or a zip of cards."""

    format = "vcard"

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.name = self.path.name
        if not self.path.exists():
            raise ExchangeError(f"{self.path}: no such file or folder")
        if self.path.is_file() and not zipfile.is_zipfile(self.path):
            with self.path.open("rb") as fh:
                head = fh.read(4096)
            if b"BEGIN" not in head.upper().replace(b"\x00", b""):
                raise ExchangeError(f"{self.name}: not a vCard file (no BEGIN:VCARD at the "
                                    "start)")

    def records(self) -> Iterator[Record]:
        if self.path.is_file() and not zipfile.is_zipfile(self.path):
            if parallel_read.worth_a_child(self.path):
                cards = yield from parallel_read.read_in_child(self.path, self.name,
                                                               _file_records)
            else:
                cards = 0
                for records in _file_records(self.path, self.name):
                    cards += 1
                    yield from records
            if not cards:
                raise ExchangeError(f"{self.name}: no card found: no line of the file is "
                                    "BEGIN:VCARD on its own (is it a vCard file?)")
            return
        # Card files come in name order, people before their organisation's own card: read
        # them twice, organisations' cards first, so that a person's ORG finds the
        # organisation with its UID instead of creating a bare one by name.
        for want_orgs in (True, False):
            for record in self._records_of_all_files():
                if (record.org is not None and not record.people) == want_orgs:
                    yield record

    def _records_of_all_files(self) -> Iterator[Record]:
        position = 0
        for name, cards in self._sources():
            for card in cards:
                position += 1
                card.number = position
                yield from _checked_records(card, name)

    def _sources(self):
        if self.path.is_dir():
            files = sorted(p for p in self.path.rglob("*")
                           if p.is_file() and p.suffix.lower() in SUFFIXES)
            for file in files:
                yield str(file.relative_to(self.path)), read_path(file)
            return
        with zipfile.ZipFile(self.path) as archive:
            for info in archive.infolist():
                if info.is_dir() or not info.filename.lower().endswith(SUFFIXES):
                    continue
                with archive.open(info) as member:
                    data = member.read()
                yield f"{self.name}/{info.filename}", read_bytes(data)


def read_records_from_bytes(data: bytes, name: str = "cards.vcf") -> Iterator[Record]:
    """Records from vCard bytes already in memory (the clipboard, a dropped file)."""
    for card in read_stream(io.BytesIO(data)):
        yield from _checked_records(card, name)


def _file_records(path: Path | str, source: str) -> Iterator[list[Record]]:
    """Each card's records of one .vcf file, in file order."""
    for card in read_path(path):
        yield _checked_records(card, source)


def _checked_records(card: Card, source: str) -> list[Record]:
    """The card's records, rejected when a text value is longer than `MAX_VALUE`."""
    records = card_to_records(card, source)
    for prop in card.properties:
        if len(prop.value) > MAX_VALUE and not prop.is_binary:
            problem = RecordProblem(prop.name, f"is {len(prop.value):,} characters long (at "
                                               f"most {MAX_VALUE:,}): is the file broken?")
            for record in records:
                record.errors.append(problem)
    return records

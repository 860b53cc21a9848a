"""A CSV file as an import source: the reader, the column mapping, and records streamed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from directory_app.exchange.csv_mapping import (
    Mapping,
    guess_mapping,
    load_preset,
    mapping_from_preset,
)
from directory_app.exchange.csv_read import CsvSource
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.records import Record


class CsvImport:
    """`ImportSource` for CSV and TSV files."""

    format = "csv"

    def __init__(self, path: Path | str, *, encoding: str | None = None,
                 delimiter: str | None = None, preset: str | None = None,
                 mapping: Mapping | None = None):
        self.path = Path(path)
        self.name = self.path.name
        saved = load_preset(preset) if preset else {}
        self.csv = CsvSource(self.path, encoding=encoding or saved.get("encoding"),
                             delimiter=delimiter or saved.get("delimiter"))
        header = self.csv.header
        if mapping is None:
            mapping = mapping_from_preset(header, saved) if preset else guess_mapping(header)
        if mapping.header != header:
            raise ExchangeError(f"the mapping was made for other columns than those of "
                                f"{self.name}")
        if not any(mapping.columns):
            raise ExchangeError(
                f"{self.name}: none of its columns ({', '.join(header[:6])}"
                f"{', ...' if len(header) > 6 else ''}) is known; map them by hand in the "
                "import wizard and save a preset, then use --preset")
        self.mapping = mapping

    def records(self) -> Iterator[Record]:
        build = self.mapping.build
        for row in self.csv.rows():
            yield build(row, self.name)

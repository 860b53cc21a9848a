"""Reading CSV and TSV files as spreadsheets and address books write them.

`sniff` looks at the first 64 KiB only: byte-order marks, then strict UTF-8, then
charset-normalizer for the legacy code pages (Windows-1251, KOI8-R, Windows-1252, Shift_JIS, ...),
and the delimiter that gives the most consistent rows. `CsvSource.rows` then streams the file
through Python's `csv` module, so memory stays bounded however large the file is: there is no
size limit (a 1 GB file imports; `tests/benchmarks/bench_bigcsv.py` measures it). Bytes that do
not fit the chosen encoding become an error of their row, never an exception.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from directory_app.exchange.errors import ExchangeError

SAMPLE_BYTES = 64 * 1024
# The csv module's own limit on one cell; a longer "cell" is almost always an unclosed quote or a
# file that is not CSV at all.
MAX_CELL = 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
# Legacy encodings charset-normalizer may choose between when a file is not UTF-8 or UTF-16.
LEGACY = ["cp1251", "koi8_r", "cp1252", "shift_jis", "cp866", "mac_cyrillic", "iso8859_5",
          "cp1250", "iso8859_2", "euc_jp", "gb18030", "big5", "euc_kr", "cp1253", "cp1254",
          "cp1257", "iso8859_15", "latin_1"]
PREFERRED = ("utf-8", "cp1252", "cp1251")
_HIGH = re.compile(rb"[\x80-\xff]")
_SURROGATE = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class CsvFormat:
    """How a file is to be read; each part detected, or chosen by the user."""

    encoding: str
    delimiter: str

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))


@dataclass
class CsvRow:
    number: int                     # 1 = first data row (the header is row 0)
    cells: list[str]
    errors: list[tuple[str, str]] = field(default_factory=list)   # (column, reason)


def csv_field_limit() -> None:
    if csv.field_size_limit() != MAX_CELL:
        csv.field_size_limit(MAX_CELL)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise ExchangeError(f"{path}: there is no such file") from None
    except IsADirectoryError:
        raise ExchangeError(f"{path} is a folder, not a CSV file") from None
    except OSError as exc:
        raise ExchangeError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def detect_encoding(head: bytes, name: str = "the file") -> str:
    """The codec name for a file that starts with `head` (at most 64 KiB of it)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(head)
    if utf16:
        return utf16
    if b"\x00" in head:
        raise ExchangeError(f"{name} is a binary file, not a CSV or text file")
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the end of the sample is still UTF-8.
        if exc.start >= len(head) - 3 and len(head) >= SAMPLE_BYTES - 3:
            return "utf-8"
    # Only the lines with non-ASCII bytes tell encodings apart; long ASCII headers dilute them.
    telling = b"\n".join(line for line in head.splitlines() if _HIGH.search(line))
    best = from_bytes(telling, cp_isolation=LEGACY).best()
    if best is None:
        raise ExchangeError(f"{name} is not a text file in any encoding this import knows "
                            "(is it a spreadsheet in .xlsx or .ods format? save it as CSV first)")
    return _commonest_equivalent(telling, codecs.lookup(best.encoding).name)


def _commonest_equivalent(data: bytes, encoding: str) -> str:
    """Windows-1252 or -1251 when they decode the bytes exactly as the detector's choice does.

    German text decodes the same in Windows-1250 and -1252; the report should name the one the
    file was most probably written in.
    """
    text = data.decode(encoding, errors="replace")
    for common in PREFERRED:
        if common != encoding and data.decode(common, errors="replace") == text:
            return common
    return encoding


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the byte order whose decoding reads as text.

    ASCII and Cyrillic in UTF-16 put zero bytes in one lane; decoded in the wrong order they
    turn into CJK ideographs and private-use characters, so the order with more ordinary
    characters wins.
    """
    sample = head[: len(head) - len(head) % 2][:8192]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    best, best_score = None, 0.0
    for encoding in ("utf-16-le", "utf-16-be"):
        text = sample.decode(encoding, errors="replace")
        # NUL is no text: a run of zero bytes (a sparse or binary file) must not read as UTF-16.
        plain = sum(1 for ch in text
                    if "\x00" < ch < "\u0530" or ch in "\u2013\u2014\u2116\u00ab\u00bb")
        score = plain / len(text)
        if score > best_score:
            best, best_score = encoding, score
    return best if best_score >= 0.9 else None


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the sample's rows most consistently (comma when in doubt)."""
    lines = text.splitlines(keepends=True)
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]          # the sample may end inside a row
    sample = "".join(lines[:200])
    best, best_score = ",", (0, 0)
    for delim in DELIMITERS:
        try:
            rows = [r for r in csv.reader(sample.splitlines(keepends=True), delimiter=delim)
                    if r]
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        consistent = sum(1 for r in rows if len(r) == width)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delim, score
    return best


def _decode_sample(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(head, final=False)


def _not_csv(text: str) -> str | None:
    first = text.lstrip("\ufeff").lstrip()[:200].lower()
    if first.startswith("begin:vcard"):
        return "looks like a vCard file (.vcf), not CSV"
    if first.startswith(("dn:", "version: 1\n", "version:1")):
        return "looks like an LDIF address book, not CSV; export it from the address book as CSV"
    if first.startswith(("<?xml", "<html", "<!doctype")):
        return "is an XML or HTML file, not CSV"
    if first.startswith("{") or first.startswith("[{"):
        return "looks like a JSON file, not CSV"
    return None


class CsvSource:
    """One CSV file: its detected format and header, and its rows, streamed."""

    def __init__(self, path: Path | str, *, encoding: str | None = None,
                 delimiter: str | None = None):
        self.path = Path(path)
        self.name = self.path.name
        head = _head(self.path)
        size = self.path.stat().st_size
        if size == 0 or not head.strip(b"\r\n\t \x00\xef\xbb\xbf\xff\xfe"):
            raise ExchangeError(f"{self.name} is empty")
        if encoding:
            try:
                encoding = codecs.lookup(encoding).name
            except LookupError:
                raise ExchangeError(f"“{encoding}” is not an encoding this import knows") from None
        enc = encoding or detect_encoding(head, self.name)
        text = _decode_sample(head, enc)
        problem = _not_csv(text)
        if problem:
            raise ExchangeError(f"{self.name} {problem}")
        if delimiter is not None and len(delimiter) != 1:
            raise ExchangeError(f"the delimiter must be one character, not “{delimiter}”")
        self.format = CsvFormat(enc, delimiter or detect_delimiter(text))
        self.size = size
        self.header = self._read_header()

    def _open(self):
        return self.path.open(encoding=self.format.encoding, errors="surrogateescape", newline="")

    def _reader(self, fh):
        csv_field_limit()
        # NUL is no text (see `rules._strip_text`); a NUL inside a cell is dropped.
        lines = (line.replace("\x00", "") for line in fh)
        return csv.reader(lines, delimiter=self.format.delimiter, strict=False)

    def _read_header(self) -> list[str]:
        with self._open() as fh:
            reader = self._reader(fh)
            try:
                for cells in reader:
                    if any(c.strip() for c in cells):
                        return [c.strip().lstrip("\ufeff").strip() for c in cells]
            except csv.Error as exc:
                raise ExchangeError(f"{self.name}, header: {_csv_reason(exc)}") from None
        raise ExchangeError(f"{self.name} is empty")

    def rows(self) -> Iterator[CsvRow]:
        """Data rows after the header, blank lines skipped; bad cells reported in `errors`."""
        width = len(self.header)
        with self._open() as fh:
            reader = self._reader(fh)
            seen_header = False
            number = 0
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise ExchangeError(
                        f"{self.name}, row {number + 1}: {_csv_reason(exc)}") from None
                if not seen_header:
                    seen_header = any(c.strip() for c in cells)
                    continue
                if not any(cells):
                    continue
                number += 1
                yield self._check(number, cells, width)

    def _check(self, number: int, cells: list[str], width: int) -> CsvRow:
        row = CsvRow(number, cells)
        if len(cells) > width:
            extra = cells[width:]
            if any(c.strip() for c in extra):
                row.errors.append(("", f"has {len(cells)} cells but the header has {width} "
                                       "columns (a delimiter inside an unquoted cell?)"))
            del cells[width:]
        elif len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        for index, cell in enumerate(cells):
            if not cell.isascii() and _SURROGATE.search(cell):
                column = self.header[index] or f"column {index + 1}"
                row.errors.append((column, f"has bytes that are not valid "
                                           f"{self.format.encoding} (choose another encoding)"))
                cells[index] = cell.encode("utf-8", "surrogateescape").decode(
                    "utf-8", "replace")
        return row

    def preview(self, limit: int = 20) -> list[list[str]]:
        """The header and the first rows, for the wizard's live preview."""
        out = [self.header]
        for row in self.rows():
            out.append(row.cells)
            if len(out) > limit:
                break
        return out


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return (f"a cell is longer than {MAX_CELL // 1024} KiB (an unclosed quote, or not a CSV "
                "file at all)")
    return f"cannot be read as CSV ({text})"

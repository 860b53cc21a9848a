"""A streaming reader of vCard 2.1, 3.0 and 4.0 files as phones and mail clients write them.

Why not vobject: it reads about 3,400 cards a second here and rejects much of what real devices
write (soft line breaks of QUOTED-PRINTABLE unless asked, CR CR LF, lower-case `begin:vcard `,
lines it cannot parse). This reader does one pass over the text with C-level string operations
and gives, for each card, the same properties, parameters and values as vobject's
`readComponents(..., transform=False, allowQP=True)` (tests/test_vcard_parse.py checks that on
every corpus file and on generated cards; tests/benchmarks/bench_vcard.py measures the rates).

Where it is deliberately more lenient than vobject (each covered by a test):
- bytes are decoded per value: the file may be UTF-16/32 (with or without BOM), UTF-8, or hold
  raw 8-bit values in the charset of their CHARSET parameter; values in no declared charset that
  are not UTF-8 are decoded with a charset guessed from the card (charset-normalizer);
- line folds are undone before decoding, so a fold inside a UTF-8 sequence does no harm;
- CR CR LF, CR and LF line ends, mixed; blank lines are skipped;
- `BEGIN:VCARD` and `END:VCARD` in any case and with trailing blanks;
- a line without a colon, a parameter name vobject would refuse, a card never closed, and a
  nested card (2.1 AGENT) are reported as problems of the card instead of failing the file;
- 2.1 bare parameters (`TEL;WORK;VOICE`) are TYPE values; bare `QUOTED-PRINTABLE`, `BASE64`,
  `8BIT` and `7BIT` are ENCODING values (vobject keeps both as "singleton" parameters);
- QUOTED-PRINTABLE values are decoded and CHARSET is consumed (both removed from the parameters,
  the value is text); base64 values (ENCODING=b / BASE64) stay base64 text without blanks.
And in the text helpers (`Property.text`, `unescape`), compared with vobject's decoding:
- an unescaped comma in a single text value (NOTE:a, b) is kept; vobject keeps only "a";
- `\\:` becomes ":" (Apple writes URL:http\\://...); vobject leaves the backslash.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

CHUNK = 1 << 20
_SURROGATE = re.compile("[\udc80-\udcff]")
_CARD_END = re.compile(r"\n[ \t]*END:VCARD[^\n]*\n", re.IGNORECASE)
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"}
_UTF8_NAMES = {"UTF-8", "UTF8"}


class Property:
    """One content line: `group.NAME;PARAM=value:value`.

    `name` and parameter names are upper case; parameter values are as written (without
    quotes); `value` is text with the vCard escapes (\\n, \\,, \\;) still in place, so that
    structured values can be split; base64 data stays base64.
    """

    __slots__ = ("group", "name", "params", "value")

    def __init__(self, group: str, name: str, params: dict[str, list[str]], value: str):
        self.group = group
        self.name = name
        self.params = params
        self.value = value

    def param(self, name: str) -> list[str]:
        return self.params.get(name, [])

    @property
    def types(self) -> list[str]:
        """TYPE values in lower case, commas inside one value split (TYPE="work,voice")."""
        values = self.params.get("TYPE")
        if not values:
            return []
        joined = (values[0] if len(values) == 1 else ",".join(values)).lower()
        if " " not in joined and ",," not in joined and not joined.endswith(","):
            return joined.split(",")
        return [v for v in (t.strip() for t in joined.split(",")) if v]

    @property
    def pref(self) -> bool:
        """Preferred: TYPE=pref (2.1/3.0) or PREF=1 (4.0)."""
        if "TYPE" in self.params and "pref" in self.types:
            return True
        return any(v.strip() == "1" for v in self.params.get("PREF", ()))

    @property
    def is_binary(self) -> bool:
        return any(v.upper() in ("B", "BASE64") for v in self.params.get("ENCODING", ()))

    @property
    def text(self) -> str:
        """The value with escapes undone (a single text value)."""
        return unescape(self.value)

    @property
    def parts(self) -> list[str]:
        """The `;`-separated components of a structured value (N, ADR, ORG), unescaped."""
        return [unescape(p) for p in split_escaped(self.value, ";")]

    def __repr__(self) -> str:
        group = f"{self.group}." if self.group else ""
        return f"Property({group}{self.name} {self.params!r} {self.value[:40]!r})"


class Card:
    """One vCard: its properties in file order, its number in the file, and reading problems."""

    __slots__ = ("number", "properties", "problems")

    def __init__(self, number: int):
        self.number = number
        self.properties: list[Property] = []
        self.problems: list[str] = []

    @property
    def version(self) -> str:
        prop = self.first("VERSION")
        return prop.value.strip() if prop else ""

    def first(self, name: str) -> Property | None:
        for prop in self.properties:
            if prop.name == name:
                return prop
        return None

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def group(self, group: str) -> list[Property]:
        """The properties of one group (item1.TEL, item1.X-ABLabel), groups compared caselessly."""
        key = group.casefold()
        return [p for p in self.properties if p.group and p.group.casefold() == key]


# -- text helpers ---------------------------------------------------------------------------
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n"}


def unescape(value: str) -> str:
    """Undo vCard text escapes: \\n \\N → newline, \\, \\; \\\\ \\: → the character."""
    if "\\" not in value:
        return value.replace("\r\n", "\n")
    return _UNESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)),
                         value).replace("\r\n", "\n")


def split_escaped(value: str, sep: str) -> list[str]:
    """Split at `sep` where it is not escaped with a backslash; the parts keep their escapes."""
    if "\\" not in value:
        return value.split(sep)
    parts: list[str] = []
    start = 0
    i = 0
    n = len(value)
    while i < n:
        c = value[i]
        if c == "\\":
            i += 2
            continue
        if c == sep:
            parts.append(value[start:i])
            start = i + 1
        i += 1
    parts.append(value[start:])
    return parts


def split_list(value: str) -> list[str]:
    """A comma-separated text list (CATEGORIES, NICKNAME), unescaped, empty items dropped."""
    return [t for t in (unescape(p).strip() for p in split_escaped(value, ",")) if t]


# -- reading --------------------------------------------------------------------------------
def read_path(path: str | Path) -> Iterator[Card]:
    with open(path, "rb") as stream:
        yield from read_stream(stream)


def read_bytes(data: bytes) -> Iterator[Card]:
    yield from _cards(_decode_chunks([data]))


def read_text(text: str) -> Iterator[Card]:
    yield from _cards(iter([text]), legacy=False)


def read_stream(stream: BinaryIO, chunk_size: int = CHUNK) -> Iterator[Card]:
    """Cards from a binary stream, read in chunks: memory stays bounded by the largest card."""
    yield from _cards(_decode_chunks(iter(lambda: stream.read(chunk_size), b"")))


def sniff_encoding(head: bytes) -> tuple[str, int]:
    """The text encoding of a vCard file from its first bytes, and the length of its BOM."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return name, len(bom)
    sample = head[:64]
    # UTF-16/32 without a BOM: "BEGIN:VCARD" puts a NUL beside every letter. A stray NUL in
    # UTF-8 text is damage to report with its card, not a reason to read the file as UTF-16.
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):
        if sample[:3] == b"\x00\x00\x00":
            return "utf-32-be", 0
        if sample[1:4] == b"\x00\x00\x00":
            return "utf-32-le", 0
        if sample[0] == 0:
            return "utf-16-be", 0
        return "utf-16-le", 0
    return "utf-8", 0


def _decode_chunks(chunks: Iterable[bytes]) -> Iterator[str]:
    """Text chunks. UTF-8 is decoded with surrogateescape so that bytes of other charsets survive
    to the value they belong to (see `_fix_bytes`); the first chunk carries a flag for that."""
    decoder = None
    for chunk in chunks:
        if decoder is None:
            if not chunk:
                continue
            encoding, bom = sniff_encoding(chunk[:64])
            errors = "surrogateescape" if encoding == "utf-8" else "replace"
            decoder = codecs.getincrementaldecoder(encoding)(errors)
            chunk = chunk[bom:]
        # NUL is no text (see `rules._strip_text`): dropped wherever it stands.
        yield decoder.decode(chunk).replace("\x00", "")
    if decoder is not None:
        yield decoder.decode(b"", final=True).replace("\x00", "")


def _cards(chunks: Iterator[str], legacy: bool = True) -> Iterator[Card]:
    buf = ""
    number = 0
    for chunk in chunks:
        buf += chunk
        cut = _last_card_end(buf)
        if cut:
            for card in _parse_block(buf[:cut], number, legacy):
                number = card.number
                yield card
            buf = buf[cut:]
    if buf.strip():
        yield from _parse_block(buf, number, legacy)


def _last_card_end(buf: str) -> int:
    """The offset just after the last complete END:VCARD line of the buffer, or 0."""
    for window in (65536, len(buf)):
        start = max(0, len(buf) - window)
        ends = [m.end() for m in _CARD_END.finditer(buf, start)]
        if ends:
            return ends[-1]
        if start == 0:
            break
    return 0


_BLANK_LINE = re.compile(r"\n[^\S\n]+(?=\n|\Z)")


def _logical_lines(text: str) -> list[str]:
    """Unfolded lines. QUOTED-PRINTABLE soft line breaks join lines as vobject's allowQP does."""
    if "\r" in text:
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    # Like vobject, a line of nothing but blanks is an empty line, not a fold of one space.
    text = _BLANK_LINE.sub("\n", text)
    if "quoted-printable" not in text.lower():
        return text.replace("\n ", "").replace("\n\t", "").split("\n")
    out: list[str] = []
    current: list[str] = []
    in_qp = False
    for raw in text.split("\n"):
        if in_qp:
            # A soft line break: the '=' ends the previous piece; the next line is taken whole.
            current[-1] = current[-1][:-1]
            current.append(raw)
            in_qp = raw.endswith("=")
            continue
        if not raw:
            if current:
                out.append("".join(current))
                current = []
            continue
        if raw[0] in " \t" and current:
            current.append(raw[1:])
        else:
            if current:
                out.append("".join(current))
            current = [raw]
        if raw.endswith("="):
            line = "".join(current)
            colon = line.find(":")
            in_qp = colon > 0 and "quoted-printable" in line[:colon].lower()
    if current:
        if in_qp:
            current[-1] = current[-1][:-1]
        out.append("".join(current))
    return out


class _Fallback:
    """The charset guessed for the values of a block that are in no declared charset and not
    UTF-8: guessed once from all such bytes together, because one short value says too little."""

    def __init__(self, text: str):
        lines = [line for line in text.split("\n") if _SURROGATE.search(line)]
        self.sample = "\n".join(line.partition(":")[2] for line in lines).encode(
            "utf-8", "surrogateescape")
        self.charset: str | None = None

    def decode(self, data: bytes) -> str:
        if self.charset is None:
            best = charset_normalizer.from_bytes(self.sample or data).best()
            self.charset = best.encoding if best is not None else "latin-1"
        try:
            return data.decode(self.charset)
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _parse_block(text: str, number: int, legacy: bool) -> Iterator[Card]:
    dirty = legacy and _SURROGATE.search(text) is not None
    fallback = _Fallback(text if dirty else "")
    card: Card | None = None
    depth = 0
    for line in _logical_lines(text):
        if not line:
            continue
        colon = line.find(":")
        if colon < 0:
            if card is not None and line.strip():
                card.problems.append(f"line without a colon: {line[:60]!r}")
            continue
        head = line[:colon]
        if '"' in head:
            head, value = _split_quoted(line)
        else:
            value = line[colon + 1:]
        semi = head.find(";")
        namepart = head if semi < 0 else head[:semi]
        split = _NAMES.get(namepart)
        if split is None:
            split = _split_name(namepart)
        group, name = split
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is None:
                number += 1
                card = Card(number)
            else:
                depth += 1
                card.problems.append("a card inside a card (AGENT) was skipped")
            continue
        if name == "END" and value.strip().upper() == "VCARD":
            if depth:
                depth -= 1
            elif card is not None:
                yield card
                card = None
            continue
        if card is None or depth:
            continue
        params: dict[str, list[str]] = {} if semi < 0 else _params(head[semi + 1:])
        if params:
            value = _decode_value(params, value, dirty, card, fallback)
        elif dirty and _SURROGATE.search(value):
            value = _fix_bytes(value.encode("utf-8", "surrogateescape"), None, card, fallback)
        card.properties.append(Property(group, name, params, value))
    if card is not None:
        card.problems.append("the card has no END:VCARD line")
        yield card


_NAMES: dict[str, tuple[str, str]] = {}


def _split_name(namepart: str) -> tuple[str, str]:
    """Group and upper-case name of `group.name`; remembered, since few names recur."""
    dot = namepart.find(".")
    split = (namepart[:dot] if dot >= 0 else "",
             namepart[dot + 1:].strip().upper().replace("_", "-"))
    if len(_NAMES) < 4096:
        _NAMES[namepart] = split
    return split


def _split_quoted(line: str) -> tuple[str, str]:
    """Head and value of a line whose parameters hold quotes (which may hide ':' and ';')."""
    quoted = False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == ":" and not quoted:
            return line[:i], line[i + 1:]
    return line, ""


def _params(text: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    if '"' in text:
        items = _split_outside_quotes(text, ";")
    else:
        items = text.split(";")
    for item in items:
        key, eq, values = item.partition("=")
        if not eq:
            bare = item.strip()
            if not bare:
                continue
            upper = bare.upper()
            params.setdefault("ENCODING" if upper in _ENCODINGS else "TYPE", []).append(bare)
            continue
        key = key.strip().upper()
        if '"' in values:
            parsed = [v[1:-1] if v.startswith('"') and v.endswith('"') and len(v) > 1 else v
                      for v in _split_outside_quotes(values, ",")]
        else:
            parsed = values.split(",")
        params.setdefault(key, []).extend(v for v in parsed if v)
    return params


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    out: list[str] = []
    quoted = False
    start = 0
    for i, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


def _decode_value(params: dict[str, list[str]], value: str, dirty: bool, card: Card,
                  fallback: _Fallback) -> str:
    charset = None
    if "CHARSET" in params:
        names = params.pop("CHARSET")
        charset = names[0].strip() if names else None
    encoding = params.get("ENCODING")
    if encoding:
        upper = [e.upper() for e in encoding]
        if "QUOTED-PRINTABLE" in upper:
            kept = [e for e, u in zip(encoding, upper, strict=True) if u != "QUOTED-PRINTABLE"]
            if kept:
                params["ENCODING"] = kept
            else:
                del params["ENCODING"]
            data = binascii.a2b_qp(value.encode("utf-8", "surrogateescape"))
            return _fix_bytes(data, charset, card, fallback).replace("\x00", "")
        if "B" in upper or "BASE64" in upper:
            return "".join(value.split())
    if charset and charset.upper() not in _UTF8_NAMES and dirty:
        return _fix_bytes(value.encode("utf-8", "surrogateescape"), charset, card, fallback)
    if dirty and _SURROGATE.search(value):
        return _fix_bytes(value.encode("utf-8", "surrogateescape"), charset, card, fallback)
    return value


def _fix_bytes(data: bytes, charset: str | None, card: Card, fallback: _Fallback) -> str:
    """Text from the bytes of one value: its CHARSET, else UTF-8, else the block's guess."""
    if charset:
        try:
            return data.decode(charset)
        except LookupError:
            card.problems.append(f"unknown charset {charset}")
        except UnicodeDecodeError:
            card.problems.append(f"a value is not in its declared charset {charset}")
            return data.decode(charset, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return fallback.decode(data)

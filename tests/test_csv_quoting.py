"""The export's own CSV line maker gives exactly what csv.writer gives for neutralised cells."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from directory_app.exchange.csv_format import neutralise
from directory_app.exchange.csv_quoting import ChunkFormat

# Text that stored values may hold (no NUL, no surrogates), rich in what matters here:
# delimiters, quotes, line breaks and the characters that start a formula.
TRICKY = ",;\t|\"'\r\n=+-@ xé№\u2028"
cell = st.one_of(
    st.text(alphabet=TRICKY, max_size=8),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            max_size=12),
)


def writer_text(rows: list[list[str]], delimiter: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        [[neutralise(c) for c in row] for row in rows])
    return buffer.getvalue().encode()


def ours(rows: list[list[str]], delimiter: str) -> list[bytes]:
    packed = [b"\xff".join(c.encode() for c in row) for row in rows]
    return ChunkFormat(delimiter, len(rows[0]) if rows else 1).lines(packed)


@settings(max_examples=400, deadline=None)
@given(width=st.integers(1, 6), data=st.data(),
       delimiter=st.sampled_from([",", ";", "\t", "|", "x", "é", "-", "'"]))
def test_lines_are_csv_writers(width, data, delimiter):
    rows = data.draw(st.lists(st.lists(cell, min_size=width, max_size=width), max_size=6))
    got = b"".join(line + b"\r\n" for line in ours(rows, delimiter))
    assert got == writer_text(rows, delimiter)


def test_examples_by_hand():
    rows = [["a,b", "", "=1+1", "+7 495", 'say "hi"'], ["", "line\nbreak", "-", "@x", "\tt"]]
    assert ours(rows, ",") == [b'"a,b",,\'=1+1,\'+7 495,"say ""hi"""',
                               b",\"line\nbreak\",'-,'@x,'\tt"]
    # A row of one empty cell is quoted, as csv.writer does, so that it is not a blank line.
    assert ours([[""], ["x"]], ",") == [b'""', b"x"]
    # The delimiter is quoted only where it is the delimiter.
    assert ours([["a,b", "a;b"]], ";") == [b'a,b;"a;b"']

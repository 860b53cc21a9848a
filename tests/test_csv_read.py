"""Reading CSV files: encodings, delimiters, quoting, and clear messages for bad input."""

from __future__ import annotations

import codecs
import os
import tracemalloc

import pytest

from directory_app.exchange.csv_read import CsvSource
from directory_app.exchange.errors import ExchangeError

RUSSIAN = ("Название;Телефон;Город;Контактное лицо\r\n"
           "Правозащитный центр Мемориал;+7 495 225-31-18;Москва;Орлов Олег Петрович\r\n"
           "Гражданское содействие;(495) 251-53-19;Москва;Ганнушкина Светлана\r\n")
GERMAN = "Name,Stadt,Notiz\nMüller Straße GmbH,Köln,für Flüchtlinge\nÄrzte e.V.,Düsseldorf,ß\n"


def write(tmp_path, text: str, encoding: str, name: str = "f.csv", bom: bytes = b""):
    path = tmp_path / name
    path.write_bytes(bom + text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding, bom, expected", [
    ("cp1251", b"", "cp1251"),
    ("koi8_r", b"", "koi8-r"),
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
])
def test_russian_file_detected_in_every_encoding(tmp_path, encoding, bom, expected):
    source = CsvSource(write(tmp_path, RUSSIAN, encoding, bom=bom))
    assert source.format.encoding == expected
    assert source.format.delimiter == ";"
    assert source.header == ["Название", "Телефон", "Город", "Контактное лицо"]
    rows = list(source.rows())
    assert [r.cells[0] for r in rows] == ["Правозащитный центр Мемориал",
                                          "Гражданское содействие"]
    assert not any(r.errors for r in rows)


def test_windows_1252_german_detected(tmp_path):
    source = CsvSource(write(tmp_path, GERMAN, "cp1252"))
    assert source.format.encoding == "cp1252"
    assert list(source.rows())[0].cells == ["Müller Straße GmbH", "Köln", "für Flüchtlinge"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiter_sniffed(tmp_path, delimiter):
    text = delimiter.join(["Name", "Phone", "City"]) + "\n" + delimiter.join(
        ["A, B and C", "123", "Moscow"]).replace("A, B and C", '"A, B and C"') + "\n"
    source = CsvSource(write(tmp_path, text, "utf-8"))
    assert source.format.delimiter == delimiter
    assert list(source.rows())[0].cells == ["A, B and C", "123", "Moscow"]


def test_quoted_newlines_quotes_and_line_endings(tmp_path):
    text = ('Name,Notes,City\r\n"Memorial","line one\nline two\r\nline ""three""",Moscow\r\n'
            'Agora,plain,Kazan\n')
    rows = list(CsvSource(write(tmp_path, text, "utf-8")).rows())
    assert rows[0].cells[1] == 'line one\nline two\r\nline "three"'
    assert [r.number for r in rows] == [1, 2]


def test_encoding_override_and_undecodable_bytes_are_row_errors(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"Name,City\nMemorial,Moscow\n" + b"Bad \xff\xfe name,X\n")
    rows = list(CsvSource(path, encoding="utf-8").rows())
    assert rows[0].errors == []
    assert rows[1].errors and rows[1].errors[0][0] == "Name"
    assert "not valid utf-8" in rows[1].errors[0][1]


def test_empty_file(tmp_path):
    with pytest.raises(ExchangeError, match="empty.csv is empty"):
        CsvSource(write(tmp_path, "", "utf-8", "empty.csv"))
    with pytest.raises(ExchangeError, match="is empty"):
        CsvSource(write(tmp_path, "\r\n\r\n", "utf-8", "blank.csv"))


def test_binary_file_with_csv_name(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(ExchangeError, match="photo.csv is a binary file"):
        CsvSource(path)


@pytest.mark.parametrize("text, reason", [
    ("BEGIN:VCARD\nVERSION:3.0\nFN:X\nEND:VCARD\n", "vCard"),
    ("dn: cn=x\nobjectclass: top\n", "LDIF"),
    ("<?xml version='1.0'?><a/>", "XML"),
])
def test_other_formats_named(tmp_path, text, reason):
    with pytest.raises(ExchangeError, match=reason):
        CsvSource(write(tmp_path, text, "utf-8", "other.csv"))


def test_ragged_row_with_extra_cells_is_a_row_error(tmp_path):
    text = "Name,City\nMemorial,Moscow\nAgora,Kazan,Tatarstan,Russia\nShort\n"
    rows = list(CsvSource(write(tmp_path, text, "utf-8")).rows())
    assert rows[0].errors == []
    assert "has 4 cells but the header has 2 columns" in rows[1].errors[0][1]
    assert rows[2].cells == ["Short", ""] and rows[2].errors == []


def test_very_long_line_or_unclosed_quote(tmp_path):
    text = 'Name,City\n"Memorial,Moscow\n' + ("x" * 1000 + "\n") * 1200
    source = CsvSource(write(tmp_path, text, "utf-8", "broken.csv"))
    with pytest.raises(ExchangeError, match=r"broken.csv, row 1: a cell is longer than"):
        list(source.rows())


def test_sparse_gigabyte_of_zeros_is_named_binary_quickly(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as fh:
        fh.write(b"Name,City\nMemorial,Moscow\n")
        fh.truncate(1024 ** 3)          # sparse: 1 GB on paper, nothing on disk
    with pytest.raises(ExchangeError, match=r"huge.csv is a binary file"):
        CsvSource(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ExchangeError, match="no such file"):
        CsvSource(tmp_path / "nope.csv")
    with pytest.raises(ExchangeError, match="is a folder"):
        CsvSource(tmp_path)


def test_reading_streams_in_bounded_memory(tmp_path):
    path = tmp_path / "big.csv"
    line = "Правозащитная организация номер {n};+7 495 123-45-67;Москва;" + "x" * 100 + "\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Название;Телефон;Город;Примечание\n")
        for n in range(60_000):
            fh.write(line.format(n=n))
    assert os.path.getsize(path) > 10 * 2 ** 20
    source = CsvSource(path)
    tracemalloc.start()
    try:
        count = sum(1 for _ in source.rows())
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 60_000
    assert peak < 2 * 2 ** 20, f"reading took {peak / 2 ** 20:.1f} MB"

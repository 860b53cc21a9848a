"""The vCard reader against vobject's own line reader, on the corpus and on generated cards."""

from __future__ import annotations

import io
import logging
import quopri

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vobject.base import getLogicalLines, textLineToContentLine

from directory_app.exchange.vcard_parse import (
    read_bytes,
    read_stream,
    read_text,
    sniff_encoding,
    split_escaped,
    split_list,
    unescape,
)

_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"}

# Corpus files vobject's reader cannot read, and why; ours reads them (checked below).
VOBJECT_REFUSES = {
    # QUOTED-PRINTABLE bytes that are not UTF-8 (a stray =80; ISO-8859-2 without CHARSET):
    # vobject raises UnicodeDecodeError, we decode what we can and report the card.
    "ezvcard__John_Doe_ANDROID.vcf",
    "roundcube__thebat.vcf",
}
# Files where vobject reads something else than the file means (the lines are listed).
VOBJECT_DIFFERS = {
    # "adr;quoted-printable:": vobject takes the lower-case bare QP parameter for a
    # singleton and leaves =0D=0A undecoded; we decode it.
    "turba__dimitris.vcf": {"ADR"},
}


def file_text(data: bytes) -> str:
    encoding, bom = sniff_encoding(data[:64])
    errors = "surrogateescape" if encoding == "utf-8" else "replace"
    return data[bom:].decode(encoding, errors)


def vobject_lines(text: str) -> list[list[tuple]]:
    """Cards as vobject's line reader sees them, with parameters in our normal form."""
    cards: list[list[tuple]] = []
    current: list[tuple] | None = None
    for line, number in getLogicalLines(io.StringIO(text), True):
        content = textLineToContentLine(line, number)
        if content.name == "BEGIN":
            current = []
            continue
        if content.name == "END":
            cards.append(current)
            current = None
            continue
        params = {k: list(v) for k, v in content.params.items() if k != "CHARSET"}
        for single in content.singletonparams:
            key = "ENCODING" if single.upper() in _ENCODINGS else "TYPE"
            params.setdefault(key, []).append(single)
        params = {k: v for k, v in params.items() if v}
        value = content.value
        if any(e.upper() in ("B", "BASE64") for e in params.get("ENCODING", [])):
            value = "".join(value.split())
        current.append((content.group or "", content.name, params, value))
    return cards


def our_lines(text: str) -> list[list[tuple]]:
    return [[(p.group, p.name, p.params, p.value) for p in card.properties]
            for card in read_text(text)]


@pytest.fixture
def corpus(shared_dir):
    return sorted((shared_dir / "corpus" / "vcard").glob("*.vcf"))


def test_same_as_vobject_on_every_corpus_file(corpus):
    logging.disable(logging.CRITICAL)
    try:
        assert len(corpus) >= 26
        for path in corpus:
            text = file_text(path.read_bytes())
            ours = our_lines(text)
            assert ours and all(card for card in ours), path.name
            if path.name in VOBJECT_REFUSES:
                with pytest.raises(UnicodeDecodeError):
                    vobject_lines(text)
                continue
            theirs = vobject_lines(text)
            assert len(theirs) == len(ours), path.name
            differs = VOBJECT_DIFFERS.get(path.name, set())
            for their_card, our_card in zip(theirs, ours, strict=True):
                assert len(their_card) == len(our_card), path.name
                for their, our in zip(their_card, our_card, strict=True):
                    if our[1] in differs:
                        assert their[1] == our[1]
                        continue
                    assert their == our, path.name
    finally:
        logging.disable(logging.NOTSET)


def test_streaming_in_small_chunks_gives_the_same_cards(corpus):
    for path in corpus:
        data = path.read_bytes()
        whole = [[(p.group, p.name, p.params, p.value) for p in c.properties]
                 for c in read_bytes(data)]
        streamed = [[(p.group, p.name, p.params, p.value) for p in c.properties]
                    for c in read_stream(io.BytesIO(data), chunk_size=97)]
        assert streamed == whole, path.name


# -- generated cards --------------------------------------------------------------------------
_names = st.sampled_from(["FN", "NOTE", "TEL", "EMAIL", "ORG", "TITLE", "X-ABLABEL", "X-CUSTOM",
                          "ADR", "N", "URL", "ROLE"])
_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=60)
_param_values = st.lists(st.text("abcdefghijklmnopqrstuvwxyzHOMEWORK-", min_size=1, max_size=8),
                         min_size=1, max_size=3)
_params = st.dictionaries(st.sampled_from(["TYPE", "LANGUAGE", "X-SERVICE", "PREF"]),
                          _param_values, max_size=3)


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str, width: int) -> str:
    return "\r\n ".join(line[i:i + width] for i in range(0, len(line), width)) or line


_bare = st.lists(st.sampled_from(["WORK", "HOME", "VOICE", "FAX", "CELL", "PREF", "INTERNET"]),
                 max_size=3)


@st.composite
def cards(draw):
    props = draw(st.lists(st.tuples(st.sampled_from(["", "item1", "g2"]), _names, _params,
                                    _text, st.booleans(), _bare, st.booleans()),
                          min_size=1, max_size=8))
    width = draw(st.integers(20, 120))
    version = draw(st.sampled_from(["2.1", "3.0", "4.0"]))
    lines = ["BEGIN:VCARD", f"VERSION:{version}"]
    for group, name, params, value, qp, bare, lower in props:
        head = (f"{group}." if group else "") + (name.lower() if lower else name)
        head += "".join(f";{k}={','.join(v)}" for k, v in params.items())
        head += "".join(f";{b}" for b in bare)
        if qp and value:
            encoded = quopri.encodestring(value.encode("utf-8")).decode("ascii")
            lines.append(f"{head};ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:{encoded}")
        else:
            lines.append(_fold(f"{head}:{_escape(value)}", width))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(cards(), min_size=1, max_size=3))
def test_same_as_vobject_on_generated_cards(generated):
    text = "".join(generated)
    assert our_lines(text) == vobject_lines(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash(data):
    for card in read_bytes(b"BEGIN:VCARD\r\n" + data + b"\r\nEND:VCARD\r\n"):
        for prop in card.properties:
            assert isinstance(prop.value, str)
            prop.text, prop.parts, prop.types  # noqa: B018 - the accessors must not raise
    list(read_bytes(data))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text):
    list(read_text(text))
    list(read_bytes(text.encode("utf-8")))


# -- where we are more lenient than vobject ----------------------------------------------------
def _one(data: bytes):
    cards = list(read_bytes(data))
    assert len(cards) == 1
    return cards[0]


def test_cr_cr_lf_and_mixed_line_ends():
    card = _one(b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:A\r\r\n B\nNOTE:x\rEND:VCARD\r\r\n")
    assert [(p.name, p.value) for p in card.properties] == [
        ("VERSION", "3.0"), ("FN", "AB"), ("NOTE", "x")]


def test_utf16_with_and_without_bom():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ǽgean Perú\r\nEND:VCARD\r\n"
    for data in (text.encode("utf-16"), text.encode("utf-16-be"), text.encode("utf-16-le"),
                 codecs_bom_utf8() + text.encode("utf-8")):
        assert _one(data).first("FN").value == "Ǽgean Perú"


def codecs_bom_utf8() -> bytes:
    return b"\xef\xbb\xbf"


def test_legacy_charsets_raw_and_quoted_printable():
    card = _one("BEGIN:VCARD\nVERSION:2.1\nFN:Віталій Кличко\nN:Кличко;Віталій\n"
                "ADR:;;;Київ;;;\nEND:VCARD\n".encode("cp1251"))
    assert card.first("FN").value == "Віталій Кличко"
    assert card.first("ADR").parts[3] == "Київ"
    card = _one(b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=SHIFT_JIS:" + "安藤".encode("shift_jis")
                + b"\nNOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=83=81=83=82\nEND:VCARD\n")
    assert card.first("FN").value == "安藤"
    assert card.first("NOTE").value == "メモ"
    assert "CHARSET" not in card.first("NOTE").params


def test_fold_inside_a_utf8_sequence():
    data = "FN:βγδ".encode() + b"\xce\r\n \xb5" + "ζ".encode()
    card = _one(b"BEGIN:VCARD\r\n" + data + b"\r\nEND:VCARD\r\n")
    assert card.first("FN").value == "βγδεζ"


def test_soft_line_breaks_and_lower_case_names():
    card = _one(b"begin:vcard \nversion:2.1\nn:Doe;Jo\nnote;quoted-printable:a=0D=0Ab=\nc\n"
                b"tel;work;voice:123\nend:vcard\n")
    assert card.version == "2.1"
    assert card.first("NOTE").value == "a\r\nbc"
    assert card.first("TEL").types == ["work", "voice"]


def test_broken_cards_are_reported_not_fatal():
    cards = list(read_bytes(b"BEGIN:VCARD\nFN:A\nno colon here\nAGENT:\nBEGIN:VCARD\nFN:B\n"
                            b"END:VCARD\nEND:VCARD\nBEGIN:VCARD\nFN:C\n"))
    assert [c.first("FN").value for c in cards] == ["A", "C"]
    assert any("colon" in p for p in cards[0].problems)
    assert any("AGENT" in p for p in cards[0].problems)
    assert any("END:VCARD" in p for p in cards[1].problems)


def test_parameters_in_every_spelling():
    card = _one(b'BEGIN:VCARD\nVERSION:4.0\nTEL;TYPE=HOME,WORK:1\nTEL;TYPE=HOME;TYPE=FAX:2\n'
                b'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-3\n'
                b'X-A;X-ID="a:b;c":v:w\nitem1.TEL;type=pref:4\nitem1.X-ABLabel:Mobile\n'
                b"END:VCARD\n")
    tels = card.all("TEL")
    assert [t.types for t in tels] == [["home", "work"], ["home", "fax"], ["work", "voice"],
                                       ["pref"]]
    assert [t.pref for t in tels] == [False, False, True, True]
    assert tels[2].value == "tel:+1-3"
    assert card.first("X-A").params == {"X-ID": ["a:b;c"]} and card.first("X-A").value == "v:w"
    assert [p.name for p in card.group("ITEM1")] == ["TEL", "X-ABLABEL"]


def test_base64_stays_data():
    card = _one(b"BEGIN:VCARD\nVERSION:2.1\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\n SkZJ\n\n"
                b"FN:A\nEND:VCARD\n")
    assert card.first("PHOTO").value == "/9j/4AAQSkZJ"
    assert card.first("PHOTO").is_binary


def test_text_helpers():
    assert unescape(r"a\, b\; c\n d\\e\:f") == "a, b; c\n d\\e:f"
    assert split_escaped(r"a\;b;c;;d", ";") == [r"a\;b", "c", "", "d"]
    assert split_list(r"Foo,Foo\;Bar, Bar ,") == ["Foo", "Foo;Bar", "Bar"]


def test_text_values_where_vobject_loses_text():
    import vobject

    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:one, two\r\nURL:http\\://x.org\r\nEND:VCARD\r\n"
    theirs = vobject.readOne(text)
    assert theirs.note.value == "one" and theirs.url.value == "http\\://x.org"
    ours = _one(text.encode())
    assert ours.first("NOTE").text == "one, two" and ours.first("URL").text == "http://x.org"

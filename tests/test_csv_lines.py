"""CSV export internals: orders that SQLite must keep, the parts done in child processes, and
what the export relies on in stored text (no NUL, extra properties in one form)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from alembic import command

from directory_app.exchange import csv_lines, csv_pieces, export_parts
from directory_app.exchange.csv_export import ExportOptions, export_csv
from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.pipeline import ImportOptions, run_import
from directory_app.exchange.profiles import BUILT_IN, INTERNAL_FULL
from directory_app.exchange.scope import Scope
from directory_app.exchange.vcard_import import VcardImport
from directory_app.store import migrate
from directory_app.store.database import open_directory


def rows_of(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def export_rows(directory, tmp_path, rows="affiliations", name="out.csv", **options):
    path = tmp_path / name
    export_csv(directory, path, options=ExportOptions(rows=rows, profile=INTERNAL_FULL,
                                                      **options))
    return rows_of(path)


@pytest.fixture
def against_ids(directory, entries):
    """An organisation whose contact points, publications, tags, regions and people were
    stored in an order other than the one the export must give."""
    org = entries.create_org(name="Order Test").id
    for n, value in enumerate(["+7 495 000-00-03", "+7 495 000-00-02", "+7 495 000-00-01"]):
        entries.add_contact(org_id=org, kind="phone", value=value, sort_order=2 - n)
    for street in ("Third street", "Second street", "First street"):
        entries.add_contact(org_id=org, kind="address", street=street, city="Moscow")
    entries.set_publications(org, [{"title": "Zeta Bulletin"}, {"title": "Alpha Review"}])
    entries.set_tags(org, ["zebras", "apples", "mango"])
    regions = [entries.ensure_region_path(["NIS", name]) for name in ("Tver", "Altai", "Perm")]
    entries.set_regions(org, regions)
    late = entries.create_person(display_name="Late Primary", consent="given").id
    early = entries.create_person(display_name="Early Member", consent="given").id
    entries.affiliate(early, org, "member")
    entries.affiliate(late, org, "chair", is_primary=True)
    with directory.begin() as conn:
        run = conn.exec_driver_sql
        # The addresses' order runs against their ids; so do the publications'.
        ids = [r[0] for r in run("SELECT id FROM contactpoint WHERE org_id = ? "
                                 "AND kind = 'address' ORDER BY id", (org,))]
        for order, contact_id in enumerate(reversed(ids)):
            run("UPDATE contactpoint SET sort_order = ? WHERE id = ?", (order, contact_id))
        run("UPDATE publication SET sort_order = 1 - sort_order WHERE org_id = ?", (org,))
    return org


def test_lists_come_in_their_order_not_the_ids(directory, against_ids, tmp_path):
    (row,) = [r for r in export_rows(directory, tmp_path) if r["Person"] == "Late Primary"]
    # (the cell starts with "+", so it carries the apostrophe against formulas)
    assert row["Phone"].split("\n") == ["'+7 495 000-00-01", "+7 495 000-00-02",
                                        "+7 495 000-00-03"]
    assert row["Street"] == "First street"
    assert row["More addresses"].split("\n") == ["Second street |  |  | Moscow",
                                                 "Third street |  |  | Moscow"]
    assert [p.split(" | ")[0] for p in row["Publications"].split("\n")] == [
        "Alpha Review", "Zeta Bulletin"]
    assert row["Focus areas"].split("\n") == ["apples", "mango", "zebras"]
    assert row["Regions"].split("\n") == ["NIS > Altai", "NIS > Perm", "NIS > Tver"]


def test_people_come_primary_first_then_as_affiliated(directory, against_ids, tmp_path):
    people = [r["Person"] for r in export_rows(directory, tmp_path)
              if r["Organisation"] == "Order Test"]
    assert people == ["Late Primary", "Early Member"]


@pytest.mark.parametrize("rows", ["affiliations", "people"])
def test_every_primary_comes_before_the_rest_and_each_side_keeps_its_order(directory, entries,
                                                                           tmp_path, rows):
    org = entries.create_org(name="Many Hands").id
    for name, primary in [("Member One", False), ("Primary One", True), ("Member Two", False),
                          ("Primary Two", True), ("Member Three", False)]:
        person = entries.create_person(display_name=name, consent="given").id
        entries.affiliate(person, org, "member", is_primary=primary)
    people = [r["Person"] for r in export_rows(directory, tmp_path, rows=rows)]
    assert people == ["Primary One", "Primary Two", "Member One", "Member Two", "Member Three"]


@pytest.mark.parametrize("rows", ["affiliations", "organisations", "people"])
def test_grouping_statements_do_not_sort_what_must_keep_its_order(directory, sample, rows):
    """Contact points, publications, other names and relations are grouped along an index,
    so SQLite hands them to group_concat in index order; a sort for the grouping would not
    promise that order."""
    with directory.begin() as conn:
        raw = conn.connection.driver_connection
        reader = csv_pieces.Job(rows, INTERNAL_FULL, True, None, None).reader(raw)
        statements = [s for s in (reader.org_sql, reader.contacts_sql, reader.people_sql) if s]
        for sql in statements:
            plan = [r[3] for r in raw.execute(
                "EXPLAIN QUERY PLAN " + sql.replace("{of}", "BETWEEN 1 AND 10"))]
            grouped = [step for step in plan if "USING INDEX ix_contactpoint" in step
                       or "ix_publication_org_order" in step or "ix_othername" in step
                       or "ix_relation_from" in step]
            assert all("TEMP B-TREE" not in step for step in grouped)
            # (the tags' and regions' names are sorted in Python: no grouping sorts)
            assert not any("TEMP B-TREE FOR GROUP BY" in step for step in plan)


def test_named_cells_sort_names_and_leave_out_ids_without_one():
    cells = csv_lines._NamedCells({3: "zebras", 12: "apples", 7: "Éclair", 5: "mango"})
    assert cells.cell(b"3,12,5") == b"apples\nmango\nzebras"
    assert cells.cell(b"5,12,3") == b"apples\nmango\nzebras"
    # code point order, as SQLite's binary ORDER BY: capitals before small letters, "É" last
    assert cells.cell(b"7,12") == "apples\nÉclair".encode()
    assert cells.cell(b"99,3") == b"zebras"         # (a region outside every path)
    assert cells.cell(b"") == b""


@pytest.mark.parametrize("count", [0, 1, 4_999, 5_000, 12_345, 100_000])
def test_chunks_hold_every_id_once_and_end_smaller_when_shared(count):
    ids = list(range(7, 7 + count))
    alone = csv_pieces.chunked(ids, shared=False)
    shared = csv_pieces.chunked(ids, shared=True)
    assert sum(alone, []) == ids and sum(shared, []) == ids
    assert all(len(c) == csv_lines.CHUNK for c in alone[:-1])
    small = csv_lines.CHUNK // 5
    # shared: whole chunks, then what is left (two to three chunks' worth) in fifths
    assert sum(len(c) for c in shared if len(c) <= small) < 3 * csv_lines.CHUNK
    assert all(len(c) == small for c in shared[:-1] if len(c) < csv_lines.CHUNK)
    if count >= 3 * csv_lines.CHUNK:
        assert len(shared[0]) == csv_lines.CHUNK and len(shared[-2]) == small


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_each_piece_ends_where_its_last_line_does(encoding):
    """Pieces of one, three and two rows, added in two calls: each piece's bytes in the spill
    are its rows' CSV lines, whatever was added before it."""
    spill = io.BytesIO()
    lines = csv_pieces.Lines([0, 1], 2, encoding, ",", spill)
    cell = csv_lines.CELL
    lines.add([10, 11], [1, 3], [b"a" + cell + b"1", b"b" + cell + b"x,y", b"=c" + cell + b"",
                                  b"d" + cell + "ж".encode()])
    lines.add([12], [2], [b"e" + cell + b'say "hi"', b"f" + cell + b"\n"])
    part, data = lines.part, spill.getvalue()
    starts = part.starts()
    pieces = [data[a:b].decode(encoding) for a, b in zip(starts, part.ends, strict=True)]
    assert part.keys == [10, 11, 12] and part.rows == [1, 3, 2]
    assert pieces == ["a,1\r\n", 'b,"x,y"\r\n\'=c,\r\nd,ж\r\n', 'e,"say ""hi"""\r\nf,"\n"\r\n']
    assert part.ends[-1] == len(data)


@pytest.fixture
def crowd(directory, sample, entries):
    """The sample handbook and people with contact points, refusals and no organisation."""
    org_ids = list(sample.values())
    for n in range(30):
        person = entries.create_person(
            display_name=f"Person {n}", consent=["given", "refused", "unknown"][n % 3],
            privacy=["public", "internal", "confidential"][n % 3]).id
        entries.add_contact(person_id=person, kind="email", value=f"p{n}@example.org",
                            privacy=["public", "internal"][n % 2])
        if n % 4:
            entries.affiliate(person, org_ids[n % len(org_ids)], f"role {n}")
            entries.affiliate(person, org_ids[(n * 7) % len(org_ids)], "volunteer")
    return org_ids


@pytest.fixture
def two_cores(monkeypatch):
    """Exports shared between two processes (the parent and one child) whatever the machine."""
    monkeypatch.setattr(export_parts.os, "cpu_count", lambda: 2)


@pytest.fixture
def parent_reads(monkeypatch):
    """The parent process's `read_part` calls. Chunks go to whichever process asks first: the
    parent waits a little before its first chunk and every process a little after taking one,
    so that each child takes some. (A child runs its own copy of this wrapper, which records
    nothing here.)"""
    import os
    import time

    parent, reads = os.getpid(), []
    real_read = csv_pieces.read_part

    def read_part(raw, chunks, claim, *args, **kwargs):
        if os.getpid() == parent:
            if not reads:
                time.sleep(0.3)
            reads.append(claim)

        def slow_claim():
            number = claim()
            time.sleep(0.05)
            return number

        return real_read(raw, chunks, slow_claim, *args, **kwargs)

    monkeypatch.setattr(csv_pieces, "read_part", read_part)
    monkeypatch.setattr(csv_lines, "CHUNK", 3)
    return reads


@pytest.fixture
def parts_written(monkeypatch):
    """The parts each export put together (`csv_pieces.Read.parts`)."""
    from directory_app.exchange import csv_export

    seen = []
    real_write = csv_export._write

    def write(target, columns, head, encoding, spills, read):
        seen.append(read.parts)
        return real_write(target, columns, head, encoding, spills, read)

    monkeypatch.setattr(csv_export, "_write", write)
    return seen


@pytest.mark.parametrize("rows", ["affiliations", "organisations", "people"])
@pytest.mark.parametrize("profile", ["public", "partners", "internal"])
def test_parts_in_child_processes_give_the_same_file(directory, crowd, tmp_path, monkeypatch,
                                                      parent_reads, parts_written, rows,
                                                      profile):
    options = ExportOptions(rows=rows, profile=BUILT_IN[profile])
    monkeypatch.setenv(export_parts.ENV_SWITCH, "0")
    export_csv(directory, tmp_path / "alone.csv", options=options)
    monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
    monkeypatch.setattr(export_parts, "MAX_PARTS", 3)
    monkeypatch.setattr(export_parts.os, "cpu_count", lambda: 3)
    parent_reads.clear()
    export_csv(directory, tmp_path / "parts.csv", options=options)
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "alone.csv").read_bytes()
    # the parent read once; the children's chunks came from them, not read again here
    assert len(parent_reads) == 1
    parts = parts_written[-1]
    assert len(parts) == 3 and all(part.chunks for part in parts[1:])
    chunks = sorted(n for part in parts for n in part.chunks)
    assert chunks == list(range(len(chunks)))     # every chunk read once


def test_a_failing_child_has_its_chunks_read_again(directory, crowd, tmp_path, monkeypatch,
                                                   two_cores, parent_reads, parts_written):
    monkeypatch.setenv(export_parts.ENV_SWITCH, "0")
    export_csv(directory, tmp_path / "alone.csv", options=ExportOptions(profile=INTERNAL_FULL))

    def broken(directory, chunks, claims, *args, **kwargs):
        claims.claim()
        claims.claim()
        raise RuntimeError("the child fails")

    monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
    monkeypatch.setattr(csv_pieces, "_child", broken)
    parent_reads.clear()
    export_csv(directory, tmp_path / "parts.csv", options=ExportOptions(profile=INTERNAL_FULL))
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "alone.csv").read_bytes()
    assert len(parent_reads) == 2           # its own chunks, then the two the child took
    assert sorted(parts_written[-1][0].chunks)[:2] == [0, 1]


def test_a_child_that_cannot_start_leaves_its_part_to_the_parent(directory, crowd, tmp_path,
                                                                 monkeypatch, two_cores):
    monkeypatch.setenv(export_parts.ENV_SWITCH, "0")
    export_csv(directory, tmp_path / "alone.csv", options=ExportOptions(profile=INTERNAL_FULL))

    def no_process(self):
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
    monkeypatch.setattr(export_parts.multiprocessing.process.BaseProcess, "start", no_process)
    export_csv(directory, tmp_path / "parts.csv", options=ExportOptions(profile=INTERNAL_FULL))
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "alone.csv").read_bytes()


def test_without_shared_memory_the_parent_reads_alone(directory, crowd, tmp_path, monkeypatch,
                                                      two_cores, parts_written):
    """Where no shared counter can be made (no /dev/shm or semaphores in a sandbox), no child
    is started and the parent reads every chunk."""
    monkeypatch.setenv(export_parts.ENV_SWITCH, "0")
    export_csv(directory, tmp_path / "alone.csv", options=ExportOptions(profile=INTERNAL_FULL))

    def no_shared_memory(*args, **kwargs):
        raise OSError("Function not implemented")

    monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
    monkeypatch.setattr(export_parts.multiprocessing.context.BaseContext, "Value",
                        no_shared_memory)
    monkeypatch.setattr(csv_lines, "CHUNK", 3)
    export_csv(directory, tmp_path / "parts.csv", options=ExportOptions(profile=INTERNAL_FULL))
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "alone.csv").read_bytes()
    assert len(parts_written[-1]) == 1


def test_the_warning_of_a_fork_among_threads_does_not_stop_an_export(
        directory, crowd, tmp_path, monkeypatch, two_cores, parent_reads, parts_written):
    """Python 3.12 and newer warn when a process with other threads forks (this suite turns
    warnings into errors, and the window exports from a worker thread)."""
    import warnings

    real_start = export_parts.multiprocessing.process.BaseProcess.start

    def start(self):
        warnings.warn("This process (pid=1) is multi-threaded, use of fork() may lead to "
                      "deadlocks in the child.", DeprecationWarning, stacklevel=2)
        return real_start(self)

    monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
    monkeypatch.setattr(export_parts.multiprocessing.process.BaseProcess, "start", start)
    result = export_csv(directory, tmp_path / "out.csv",
                        options=ExportOptions(profile=INTERNAL_FULL))
    assert result is not None and result.rows > 0
    assert len(parent_reads) == 1           # nothing read again: the child did its chunks
    assert parts_written[-1][1].chunks


def test_a_child_that_saw_another_state_has_its_chunks_read_again(
        directory, crowd, tmp_path, monkeypatch, two_cores, parent_reads, parts_written):
    """A child whose transaction saw another state of the directory (a change committed
    between the parent's start and the child's) would mix two states in one file: its chunks
    are read again in the parent's transaction."""
    monkeypatch.setenv(export_parts.ENV_SWITCH, "0")
    export_csv(directory, tmp_path / "alone.csv", options=ExportOptions(profile=INTERNAL_FULL))
    real_child = csv_pieces._child

    def child_of_another_state(*args, report):
        stamp, part = real_child(*args, report=report)
        return ("another state", stamp), part

    monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
    monkeypatch.setattr(csv_pieces, "_child", child_of_another_state)
    parent_reads.clear()
    export_csv(directory, tmp_path / "parts.csv", options=ExportOptions(profile=INTERNAL_FULL))
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "alone.csv").read_bytes()
    # the parent read its own chunks, then the child's again
    assert len(parent_reads) == 2
    assert len(parts_written[-1]) == 1      # the child's part was not used


def test_cancel_stops_the_children_and_leaves_nothing(directory, crowd, tmp_path, monkeypatch,
        two_cores):
    monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
    monkeypatch.setattr(csv_lines, "CHUNK", 2)
    started = []
    real_child = export_parts.Child

    def child(*args, **kwargs):
        started.append(real_child(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(export_parts, "Child", child)
    asked = []

    def cancelled():
        # The parent asks before each chunk it takes and once the children are done; a fast
        # child can take every chunk, so the first question is the only one sure to come.
        asked.append(1)
        return True

    result = export_csv(directory, tmp_path / "out.csv", cancelled=cancelled,
                        options=ExportOptions(profile=INTERNAL_FULL))
    assert result is None and asked
    assert started and all(not c.process.is_alive() for c in started)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".part")) == []


def test_progress_counts_every_organisation_once(directory, crowd, tmp_path, monkeypatch,
        two_cores):
    monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
    monkeypatch.setattr(csv_lines, "CHUNK", 3)
    seen = []
    export_csv(directory, tmp_path / "out.csv", options=ExportOptions(profile=INTERNAL_FULL),
               progress=lambda done, total: seen.append((done, total)))
    total = len(Scope().org_ids(directory))
    assert seen[-1] == (total, total)
    assert all(done <= total for done, _ in seen)


# -- what the export relies on in stored text ----------------------------------------------------
def test_nul_is_dropped_from_values(directory, entries, tmp_path):
    org = entries.create_org(name="Null\x00 Group", notes="a\x00b").id
    entries.add_contact(org_id=org, kind="phone", value="+7 495 000-00-00", label="of\x00fice")
    (row,) = export_rows(directory, tmp_path, rows="organisations")
    assert (row["Organisation"], row["Notes"], row["Phone"]) == (
        "Null Group", "ab", "'+7 495 000-00-00 | office")


def test_imports_drop_nul(directory, tmp_path):
    source = tmp_path / "nul.csv"
    # (a NUL near the start makes the file binary, which the import refuses; further on it is
    # a stray byte in a cell)
    filler = "".join(f"Группа {n},+7 495 111-22-{n % 100:02d},\r\n" for n in range(3000))
    source.write_bytes(("Название,Телефон,Примечание\r\n" + filler
                        + "Группа\x00 А,+7 495 111-22-33,до\x00 и после\r\n").encode("utf-8"))
    run_import(directory, CsvImport(source), ImportOptions())
    cards = tmp_path / "nul.vcf"
    cards.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nul\x00 Person\r\nNOTE:x\x00y\r\n"
                      b"END:VCARD\r\n")
    run_import(directory, VcardImport(cards), ImportOptions())
    with directory.begin() as conn:
        texts = conn.exec_driver_sql(
            "SELECT name || notes FROM organisation UNION ALL "
            "SELECT display_name || notes FROM person").scalars().all()
    assert texts and not any("\x00" in t for t in texts)
    assert "Nul Personxy" in texts and "Группа Адо и после" in texts


def test_extra_properties_are_stored_sorted(directory, entries, tmp_path):
    entries.create_org(name="Extra", extra='{"b": 1, "a": [1,2]}')
    entries.create_org(name="Empty extra", extra="{}")
    rows = {r["Organisation"]: r for r in export_rows(directory, tmp_path, rows="organisations")}
    assert rows["Extra"]["Organisation extra"] == '{"a": [1, 2], "b": 1}'
    assert rows["Empty extra"]["Organisation extra"] == ""


def test_migration_0004_cleans_what_was_stored_before(tmp_path):
    path = tmp_path / "old.sqlite"
    directory = open_directory(path)
    config = migrate.alembic_config(directory)
    directory.close()
    command.downgrade(config, "0003_batches_and_audit")
    con = sqlite3.connect(path)
    con.execute("INSERT INTO organisation (uid, name, sort_name, kind, status, size, "
                "meeting_rhythm, languages, description, mission, history, activities, notes, "
                "source, extra, created_at, updated_at) VALUES ('u1', 'Old' || char(0) || "
                "' Name', 'old name', 'ngo', 'active', '', '', '', '', '', '', '', '', '', "
                "'{\"z\": 1, \"a\": 2}', '2026-01-01', '2026-01-01')")
    con.commit()
    con.close()
    directory = open_directory(path)
    try:
        with directory.begin() as conn:
            name, extra = conn.exec_driver_sql(
                "SELECT name, extra FROM organisation WHERE uid = 'u1'").one()
            indexes = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index'").scalars().all()
    finally:
        directory.close()
    assert name == "Old Name"
    assert json.loads(extra) == {"a": 2, "z": 1} and extra == '{"a": 2, "z": 1}'
    assert "ix_contactpoint_org_order" in indexes and "ix_contactpoint_org_id" not in indexes


def test_an_encrypted_directory_is_read_in_parts_too(tmp_path, monkeypatch, two_cores,
                                                      parent_reads, parts_written):
    from directory_app.services.entries import Entries
    from directory_app.services.sample import load_sample
    from directory_app.store.connect import encryption_available

    if not encryption_available()[0]:
        pytest.skip("sqlcipher3 missing")
    directory = open_directory(tmp_path / "secret.sqlite", key="correct horse battery")
    try:
        load_sample(Entries(directory))
        options = ExportOptions(profile=INTERNAL_FULL)
        monkeypatch.setenv(export_parts.ENV_SWITCH, "0")
        export_csv(directory, tmp_path / "alone.csv", options=options)
        monkeypatch.setenv(export_parts.ENV_SWITCH, "force")
        parent_reads.clear()
        export_csv(directory, tmp_path / "parts.csv", options=options)
    finally:
        directory.close()
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "alone.csv").read_bytes()
    assert len(parent_reads) == 1   # the child's chunks came from the child, not read again
    assert parts_written[-1][1].chunks

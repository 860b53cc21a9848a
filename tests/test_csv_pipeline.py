"""The import pipeline: plan, duplicates, one transaction, backup, batch, cancel, rejects."""

from __future__ import annotations

import csv
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directory_app.domain.validation import check_url
from directory_app.exchange import cleaning
from directory_app.exchange.csv_import import CsvImport
from directory_app.exchange.csv_mapping import (
    ColumnMap,
    Mapping,
    guess_mapping,
    list_presets,
    load_preset,
    save_preset,
)
from directory_app.exchange.errors import ExchangeError
from directory_app.exchange.pipeline import ImportOptions, plan, run_import, write_rejects
from directory_app.store import integrity
from directory_app.store.backup import list_backups

RUSSIAN = "".join(line + "\n" for line in [
    "Название;Телефон;Факс;Адрес;Город;Контактное лицо;Должность;E-mail;Направления",
    "Правозащитный центр «Мемориал»;(095) 225-31-18;8 495 225-31-19;"
    "Малый Каретный пер., 12;Москва;Орлов Олег Петрович;председатель;info@memo.ru;"
    '"права человека; беженцы"',
    "Комитет «Гражданское содействие»;+7 495 251-53-19;;ул. Олимпийский пр., 22;Москва;"
    "Ганнушкина Светлана Алексеевна;председатель;;беженцы",
    "Комитет «Гражданское содействие»;+7 495 251-53-19;;;Москва;Бурцев Иван;юрист;;",
    "Пермская гражданская палата;тел. по запросу;;;Пермь;;;perm@example.org;",
])


def write(tmp_path, text, name="list.csv", encoding="cp1251"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def stats(directory):
    with directory.begin() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
                for t in ("organisation", "person", "affiliation", "contactpoint", "changelog",
                          "importbatch", "orgtag", "tag")}


def test_russian_list_with_contact_people(directory, queries, tmp_path):
    report = run_import(directory, CsvImport(write(tmp_path, RUSSIAN)), ImportOptions())
    assert report.counts["records"] == 4 and report.counts["errors"] == 0
    s = stats(directory)
    assert (s["organisation"], s["person"], s["affiliation"]) == (3, 3, 3)
    memo = queries.org_detail(queries.search("мемориал")[0]["id"])
    phones = {c["value"]: c["e164"] for c in memo["contacts"] if c["kind"] == "phone"}
    assert phones == {"(095) 225-31-18": "+74952253118"}          # Moscow's old 095
    assert [c["e164"] for c in memo["contacts"] if c["kind"] == "fax"] == ["+74952253119"]
    address = next(c for c in memo["contacts"] if c["kind"] == "address")
    assert (address["street"], address["city"]) == ("Малый Каретный пер., 12", "Москва")
    assert [(p["display_name"], p["role"]) for p in memo["people"]] == [
        ("Орлов Олег Петрович", "председатель")]
    assert memo["tags"] == ["беженцы", "права человека"]
    assert queries.search("memorial")[0]["id"] == memo["id"]       # indexed, both scripts
    committee = queries.org_detail(queries.search("grazhdanskoe")[0]["id"])
    assert sorted(p["display_name"] for p in committee["people"]) == [
        "Бурцев Иван", "Ганнушкина Светлана Алексеевна"]
    assert len([c for c in committee["contacts"] if c["kind"] == "phone"]) == 1
    perm = queries.org_detail(queries.search("perm")[0]["id"])
    assert [c["value"] for c in perm["contacts"] if c["kind"] == "phone"] == ["тел. по запросу"]
    assert any("тел. по запросу" in w.reason for i in report.items for w in i.warnings)
    assert integrity.check(directory) == []


def test_commit_is_one_batch_with_backup_and_change_log(directory, tmp_path):
    report = run_import(directory, CsvImport(write(tmp_path, RUSSIAN)), ImportOptions())
    assert [b.reason for b in list_backups(directory.path)] == ["before-import"]
    with directory.begin() as conn:
        batch = conn.exec_driver_sql("SELECT batch, source, format, finished_at, summary "
                                     "FROM importbatch").one()
        created = dict(conn.exec_driver_sql(
            "SELECT entity, count(*) FROM changelog WHERE op = 'create' AND batch = ? "
            "GROUP BY entity", (report.batch,)).all())
        batches = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT batch FROM changelog")}
    assert batch[0] == report.batch and batch[1:3] == ("list.csv", "csv") and batch[3]
    assert json.loads(batch[4])["counts"]["records"] == 4
    assert batches == {report.batch}
    s = stats(directory)
    assert created["organisation"] == s["organisation"] and created["person"] == s["person"]
    assert created["contactpoint"] == s["contactpoint"]
    assert created["affiliation"] == s["affiliation"]


def test_dry_run_writes_nothing(directory, tmp_path):
    before = stats(directory)
    report = plan(directory, CsvImport(write(tmp_path, RUSSIAN)))
    assert report.dry_run and report.counts["new"] == 4
    assert [i.status for i in report.items] == ["new"] * 4
    assert report.items[2].summary.endswith("(same as above) + Бурцев Иван (new person)")
    assert stats(directory) == before
    assert list_backups(directory.path) == []


def _one_row(tmp_path, text, name="dup.csv"):
    return CsvImport(write(tmp_path, text, name, "utf-8"))


DUP = ("Organisation,Description,Phone\n"
       "Memorial Human Rights Centre,Updated description,+7 495 225-31-18\n")


@pytest.mark.parametrize("choice", ["skip", "update", "merge", "new"])
def test_duplicate_choices(directory, sample, entries, queries, tmp_path, choice):
    memorial = sample["memorial"]
    entries.update_org(memorial, description="Original description")
    before = queries.org_detail(memorial)
    report = run_import(directory, _one_row(tmp_path, DUP), ImportOptions(on_duplicate=choice))
    item = report.items[0]
    assert item.status == "duplicate" and "same name" in item.match and item.action == choice
    after = queries.org_detail(memorial)
    count = queries.stats()["organisation"]
    phones = [c["value"] for c in after["contacts"] if c["kind"] == "phone"]
    if choice == "skip":
        assert after["description"] == before["description"] and count == 15
    elif choice == "update":
        assert after["description"] == "Updated description" and count == 15
        assert "+7 495 225-31-18" in phones
    elif choice == "merge":
        assert after["description"] == before["description"] and count == 15
        assert "+7 495 225-31-18" in phones
    else:
        assert count == 16 and after["description"] == before["description"]


def test_per_record_choice_overrides_the_default(directory, sample, queries, tmp_path):
    text = DUP + "Moscow Helsinki Group,Changed,\n"
    report = run_import(directory, _one_row(tmp_path, text),
                        ImportOptions(on_duplicate="skip", choices={2: "update"}))
    assert [i.action for i in report.items] == ["skip", "update"]
    assert queries.org_detail(sample["mhg"])["description"] == "Changed"
    assert queries.org_detail(sample["memorial"])["description"] != "Updated description"


def test_fuzzy_match_across_scripts(directory, entries, tmp_path):
    entries.create_org(name="Правозащитный центр Мемориал")
    text = "Organisation,City\nPravozashchitnyy tsentr Memorial,Moscow\n"
    report = plan(directory, _one_row(tmp_path, text))
    assert report.items[0].status == "duplicate"
    assert "similar name as “Правозащитный центр Мемориал”" in report.items[0].match


def test_match_on_email_and_phone(directory, entries, tmp_path):
    org = entries.create_org(name="Agora").id
    entries.add_contact(org_id=org, kind="email", value="info@agora.example.org")
    person = entries.create_person(display_name="Иван Петров").id
    entries.add_contact(person_id=person, kind="phone", value="8 (812) 315-98-36")
    text = ("Organisation,E-mail,Contact person,Person phone\n"
            "Association Agora Kazan,INFO@agora.example.org,Ivan Petrov,+7 812 315 98 36\n")
    mapping = guess_mapping(["Organisation", "E-mail", "Contact person", "Person phone"])
    report = plan(directory, CsvImport(write(tmp_path, text, "m.csv", "utf-8"),
                                       mapping=mapping))
    match = report.items[0].match
    assert "same e-mail as “Agora”" in match and "same phone as “Иван Петров”" in match


def test_cancel_leaves_the_directory_untouched(directory, tmp_path):
    rows = "".join(f"Org {n};+7 495 123-{n % 90 + 10:02d}-11\n" for n in range(1200))
    path = write(tmp_path, "Название;Телефон\n" + rows, "big.csv", "utf-8")
    before = stats(directory)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) >= 2            # cancel at the second check (record 1000)

    report = run_import(directory, CsvImport(path), ImportOptions(), cancelled=cancelled)
    assert report.cancelled and "nothing was changed" in report.summary()
    assert stats(directory) == before


def test_rejects_file_has_a_reason_column(directory, tmp_path):
    text = ("Organisation,Founded,Kind,Phone\n"
            "Good NGO,1995,ngo,\n"
            "Bad year,3024,ngo,\n"
            ",,,+7 495 000-00-00\n"
            "Bad kind,,charity,\n")
    report = run_import(directory, _one_row(tmp_path, text), ImportOptions())
    assert report.counts["errors"] == 3 and report.counts["new"] == 1
    out = tmp_path / "rejects.csv"
    assert write_rejects(report, out) == 3
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["Record", "Organisation", "Founded", "Kind", "Phone", "Reason"]
    assert rows[0]["Organisation"] == "Bad year" and rows[0]["Record"] == "2"
    assert "Founded: 3024 is not a plausible founding year" in rows[0]["Reason"]
    assert "has no name" in rows[1]["Reason"]
    assert "Kind: “charity” is not one of" in rows[2]["Reason"]


def test_presets_saved_loaded_and_applied(directory, tmp_path):
    header = ["Org", "Tel", "Who"]
    mapping = Mapping(header, [ColumnMap.parse("org.name"), ColumnMap.parse("org.phone@office"),
                               ColumnMap.parse("person.display_name")])
    path = save_preset("My NGO list", mapping, delimiter=";")
    assert path.parent.name == "presets" and list_presets() == ["My NGO list"]
    assert load_preset("My NGO list")["columns"]["Tel"] == "org.phone@office"
    csv_path = write(tmp_path, "Org;Tel;Who\nAgora;+7 843 123-45-67;Павел Чиков\n", "p.csv",
                     "utf-8")
    report = run_import(directory, CsvImport(csv_path, preset="My NGO list"), ImportOptions())
    assert report.counts["new"] == 1
    with directory.begin() as conn:
        label = conn.exec_driver_sql("SELECT label FROM contactpoint").scalar_one()
    assert label == "office"
    with pytest.raises(ExchangeError, match="no mapping preset “Other”"):
        load_preset("Other")


def test_unknown_columns_need_a_mapping(tmp_path):
    path = write(tmp_path, "Foo,Bar\n1,2\n", "x.csv", "utf-8")
    with pytest.raises(ExchangeError, match="none of its columns"):
        CsvImport(path)


@settings(max_examples=400, deadline=None)
@given(st.from_regex(cleaning._PLAIN_URL, fullmatch=True))
def test_plain_web_addresses_are_ones_check_url_accepts(url):
    """The shortcut that skips parsing a web address only skips ones `check_url` accepts."""
    check_url(url)


class _WatchingSource(CsvImport):
    """A CSV source that notes, record by record, whether the garbage collector is on, and
    fails after `fail_after` records when told to."""

    def __init__(self, path, fail_after=None):
        super().__init__(path)
        self.collector = []
        self.fail_after = fail_after

    def records(self):
        import gc

        for record in super().records():
            if len(self.collector) == self.fail_after:
                raise ExchangeError("list.csv: the disk went away")
            self.collector.append(gc.isenabled())
            yield record


def test_the_collector_is_paused_while_records_are_imported_and_on_again_after(
        directory, tmp_path):
    import gc

    assert gc.isenabled()
    source = _WatchingSource(write(tmp_path, RUSSIAN))
    report = run_import(directory, source, ImportOptions())
    assert source.collector == [False] * 4 and report.counts["new"] > 0
    assert gc.isenabled()
    failing = _WatchingSource(write(tmp_path, RUSSIAN, name="other.csv"), fail_after=2)
    with pytest.raises(ExchangeError, match="disk went away"):
        run_import(directory, failing, ImportOptions())
    assert failing.collector == [False, False] and gc.isenabled()

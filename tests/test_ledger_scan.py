"""The three ways an import reads rows agree: the general row reader, the fast reader of
single-amount tables, and stretches read by worker processes and merged."""

from __future__ import annotations

import csv
import random
from dataclasses import asdict
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pytest

from bizaudit.io import ledger
from bizaudit.io.errors import InputError
from bizaudit.io.ledger import Imported, parallel, read_ledger, scan
from bizaudit.io.ledger.layouts import Columns

AMOUNTS = [
    "12.50", "-40.00", "0", "7", ".5", "1200.", "-0.01", "  15.00 ", "1,234.56", "(150.00)",
    "$19.99", "-89,90", "45.00 CR", "--12", "+5", "1e3", "", "lots", "1_000", "١٢", "120,00",
    "1234,56", "1,234", "12,5", ",50", "-,50", "1.234,56", "12,345,00", "-0,01", "1-2,00",
]  # fmt: skip
DATES = ["2026-01-05", "2026-02-28", "2026-13-01", "05/03/2026", "someday", "", " 2026-03-01"]
ACCOUNTS = ["Advertising", "Rent", "Income", " Income ", "", "Misc stuff 7", "Google Ads"]
DESCRIPTIONS = ["GOOGLE *ADS 4412", "Rent March", "", "  Mailchimp  ", "Client payment 17"]


def messy_rows(count: int, seed: int) -> list[list[str]]:
    """Plain-layout rows with everything a real export can throw at us, quotes aside."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    for _ in range(count):
        shape = rng.random()
        if shape < 0.03:
            rows.append([])
        elif shape < 0.05:
            rows.append(["", "", "", ""])
        elif shape < 0.07:
            rows.append([rng.choice(DATES), rng.choice(DESCRIPTIONS)])  # too short
        else:
            amount = rng.choice(AMOUNTS) if rng.random() < 0.3 else f"{rng.randint(-50, 900)}.25"
            date = rng.choice(DATES) if rng.random() < 0.2 else f"2026-01-{rng.randint(1, 28):02d}"
            row = [date, rng.choice(DESCRIPTIONS), amount, rng.choice(ACCOUNTS)]
            rows.append([*row, "extra"] if rng.random() < 0.05 else row)
    return rows


def write(
    path: Path,
    header: list[str],
    rows: list[list[str]],
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        out = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        out.writerow(header)
        out.writerows(rows)
    return path


def summary(imported: Imported) -> dict[str, Any]:
    """Everything an import found, as plain data to compare."""
    found = asdict(imported)
    found["activities"] = [asdict(a) for a in imported.activities.values()]  # in order
    return found


def read_every_way(path: Path, monkeypatch: pytest.MonkeyPatch, **options: Any) -> list[Any]:
    """The same file read by the general reader, the fast reader, and in stretches."""
    fast = summary(read_ledger(path, workers=1, **options))
    with monkeypatch.context() as patch:
        patch.setattr(scan, "_fast", lambda layout: False)
        general = summary(read_ledger(path, workers=1, **options))
    cuts: list[list[parallel.Stretch]] = []
    with monkeypatch.context() as patch:  # tiny stretches, so even a small file is cut up
        patch.setattr(parallel, "PARALLEL_BYTES", 0)
        patch.setattr(parallel, "STRETCH_BYTES", 300)
        cut = parallel.cut

        def recording_cut(*args: Any) -> list[parallel.Stretch]:
            cuts.append(cut(*args))
            return cuts[-1]

        patch.setattr(parallel, "cut", recording_cut)
        one_pass = spy_on_one_pass(patch)
        stretched = summary(read_ledger(path, workers=2, **options))
    assert cuts, "the file was not cut into stretches"
    assert len(cuts[0]) > 3
    assert not one_pass, "the stretches were sent back to one pass"
    return [general, fast, stretched]


def spy_on_one_pass(patch: pytest.MonkeyPatch) -> list[Path]:
    """The files read in one pass from now on (by the main process)."""
    calls: list[Path] = []
    original = ledger._read_serial

    def spy(path: Path, *args: Any) -> Any:
        calls.append(path)
        return original(path, *args)

    patch.setattr(ledger, "_read_serial", spy)
    return calls


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("group_by", ["account", "payee"])
def test_every_way_of_reading_agrees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, group_by: str
) -> None:
    delimiter = ";" if seed % 2 else ","  # with ',', amounts like "1,234.56" come quoted
    path = write(tmp_path / "messy.csv", ["date", "description", "amount", "category"],
                 messy_rows(400, seed), delimiter)  # fmt: skip
    general, fast, stretched = read_every_way(path, monkeypatch, group_by=group_by)
    assert general["unreadable_count"] > 0  # the mess is really there...
    assert general["blank_rows"] > 0
    assert general == fast  # ...and every way reads it alike
    assert general == stretched


def test_bank_export_every_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    ascii_amounts = [a for a in AMOUNTS if a.isascii()]
    rows = [
        [f"{rng.randint(1, 28):02d}.01.2026", rng.choice(DESCRIPTIONS),
         rng.choice(ascii_amounts) if rng.random() < 0.2 else f"{rng.randint(-900, 900)},00"]
        for _ in range(300)
    ]  # fmt: skip
    rows[150][1] = "KARTENZAHLUNG CAFÉ MÜLLER 4412"  # Windows-1252 bytes for a worker to decode
    path = write(tmp_path / "bank.csv", ["Buchungstag", "Verwendungszweck", "Betrag"], rows, ";",
                 "cp1252")  # fmt: skip
    general, fast, stretched = read_every_way(path, monkeypatch)
    assert general["encoding"] == "cp1252"
    assert general["income_lines"] > 0
    assert general == fast == stretched


PAYEES = ["Google Ads", "Eigenes Tagesgeldkonto", "Chase Credit Crd", "", "  Yelp Inc ",
          "Cedar Row Properties", "SQ *MAIN STREET PRINT"]  # fmt: skip
MEMOS = ["Invoice 5521", "Umbuchung auf Tagesgeld", "Autopay 0325", "Kartenzahlung", "", "rent"]


@pytest.mark.parametrize("group_by", ["payee", None])
def test_a_payee_column_is_read_alike_every_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group_by: str | None
) -> None:
    """The fast reader looks at a payee column once per payee (own accounts, blank payees):
    it must find what the general reader finds on every row."""
    rng = random.Random(11)
    rows = [
        [f"2026-01-{rng.randint(1, 28):02d}", rng.choice(PAYEES), rng.choice(MEMOS),
         rng.choice(AMOUNTS[:12]) if rng.random() < 0.2 else f"{rng.randint(-900, 400)}.50"]
        for _ in range(400)
    ]  # fmt: skip
    path = write(tmp_path / "bank.csv", ["Date", "Payee", "Memo", "Amount"], rows)
    general, fast, stretched = read_every_way(path, monkeypatch, group_by=group_by)
    assert general["transfer_count"] > 0  # own accounts, by payee or by memo
    assert "Kartenzahlung" in {a["name"] for a in general["activities"]}  # no payee: the memo
    assert general == fast == stretched


def test_xero_stretches_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    types = [("Advertising", "Overhead"), ("Sales", "Revenue"), ("Rent", "Expense"),
             ("Savings", "Bank")]  # fmt: skip
    rows = []
    for i in range(300):
        account, kind = rng.choice(types)
        debit, credit = (f"{rng.randint(1, 500)}.00", "") if i % 4 else ("", "90.00")
        rows.append([f"{1 + i % 28:02d} Jan 2026", "Spend Money", f"line {i}", f"R{i}", debit,
                     credit, "400", account, kind])  # fmt: skip
    header = ["Date", "Source", "Description", "Reference", "Debit", "Credit", "Account Code",
              "Account", "Account Type"]  # fmt: skip
    general, fast, stretched = read_every_way(write(tmp_path / "x.csv", header, rows), monkeypatch)
    assert general["other_rows"] > 0  # the bank account's lines are neither income nor expense
    assert general == fast == stretched


def test_stretches_start_and_end_at_line_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "STRETCH_BYTES", 100)
    path = tmp_path / "l.csv"
    path.write_bytes(b"h\n" + b"".join(b"row %d\r\n" % i for i in range(1000)))
    size = path.stat().st_size
    stretches = parallel.cut(path, 2, size)
    assert (stretches[0].start, stretches[-1].end) == (2, size)
    data = path.read_bytes()
    for before, after in pairwise(stretches):
        assert before.end == after.start
        assert data[after.start - 2 : after.start] == b"\r\n"
        assert 100 <= after.start - before.start < 110


def test_quoted_fields_over_several_lines_read_the_same_in_stretches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [f'2026-01-{1 + i % 28:02d},"Ads, online",{i}.00,Advertising' for i in range(4000)]
    rows[3000] = '2026-01-01,"Ads,\nJanuary",5.00,Advertising'  # a row over two lines
    rows[3500] = "2026-01-01,Ads,lots,Advertising"  # line 3503: after the header and the break
    path = tmp_path / "l.csv"
    path.write_text("date,description,amount,category\n" + "\n".join(rows) + "\n")
    one_pass = summary(read_ledger(path, workers=1))
    # 'lots' is the third cell, at column 16 of line 3503 (found past the row over two lines)
    assert one_pass["unreadable"] == [
        {"row": 3503, "message": ANY, "amount": None, "cell": 2, "column": 16}
    ]
    assert one_pass["activities"][0]["lines"] == 3999
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "STRETCH_BYTES", 4096)
    assert summary(read_ledger(path, workers=2)) == one_pass


def test_a_cut_inside_a_quoted_field_sends_the_file_back_to_one_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [f"2026-01-{1 + i % 28:02d},Ads,{i}.00,Advertising" for i in range(400)]
    memo = "\n".join(f"line {i} of a long memo" for i in range(300))  # longer than a stretch
    rows[100] = f'2026-01-01,"{memo}",5.00,Advertising'
    path = tmp_path / "l.csv"
    path.write_text("date,description,amount,category\n" + "\n".join(rows) + "\n")
    expected = summary(read_ledger(path, workers=1))
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "STRETCH_BYTES", 2048)
    one_pass = spy_on_one_pass(monkeypatch)
    assert summary(read_ledger(path, workers=2)) == expected
    assert one_pass == [path]  # a worker's stretch ended inside the memo: read in one pass


def test_unreadable_rows_keep_their_file_line_in_stretches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ["date,description,amount,category"]
    lines += [f"2026-01-{1 + i % 28:02d},Ads,{i}.00,Advertising" for i in range(200)]
    lines[150] = "2026-01-01,Ads,lots,Advertising"  # file line 151
    path = tmp_path / "l.csv"
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "STRETCH_BYTES", 500)
    done: list[int] = []
    imported = read_ledger(path, workers=2, progress=done.append)
    assert [u.row for u in imported.unreadable] == [151]
    assert imported.expense_lines == 199
    assert len(done) > 3  # the progress bar moves as each stretch comes back...
    assert done == sorted(done)
    assert done[-1] == path.stat().st_size  # ...and ends full


def test_slashed_dates_day_first_from_the_first_row(tmp_path: Path) -> None:
    path = tmp_path / "uk.csv"
    path.write_text("Date,Description,Amount\n13/01/2026,GOOGLE ADS,-50.00\n14/02/2026,Rent,-900\n")
    imported = read_ledger(path)
    assert imported.unreadable_count == 0
    assert (str(imported.first_date), str(imported.last_date)) == ("2026-01-13", "2026-02-14")


def test_slashed_dates_month_first_when_nothing_says_otherwise(tmp_path: Path) -> None:
    path = tmp_path / "us.csv"
    path.write_text("Date,Description,Amount\n01/02/2026,Ads,-5\n12/31/2026,Rent,-9\n")
    imported = read_ledger(path)
    assert (str(imported.first_date), str(imported.last_date)) == ("2026-01-02", "2026-12-31")


def test_a_doubled_minus_is_an_unreadable_row_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text("date,description,amount,category\n2026-01-01,Ads,--12,Advertising\n"
                    "2026-01-02,Ads,30,Advertising\n")  # fmt: skip
    imported = read_ledger(path)
    assert [u.row for u in imported.unreadable] == [2]
    assert imported.spend == 30


def test_the_fast_reader_takes_the_plain_and_bank_layouts() -> None:
    assert scan._fast(Columns(0, 1, amount=2))
    assert not scan._fast(Columns(0, 1, out_col=2, in_col=3))  # two money columns
    assert not scan._fast(Columns(0, 1, amount=2, income_accounts=frozenset({"sales"})))


def test_a_row_csv_cannot_read_stops_the_import_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [f"2026-01-0{1 + i % 9},Ads,10,Advertising" for i in range(300)]
    rows[250] = "2026-01-01," + "x" * 200_000 + ",10,Advertising"  # over csv's field limit
    path = tmp_path / "l.csv"
    path.write_text("date,description,amount,category\n" + "\n".join(rows) + "\n")
    with pytest.raises(InputError, match="field larger than field limit") as one_pass:
        read_ledger(path, workers=1)
    assert one_pass.value.line == 252
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "STRETCH_BYTES", 2000)
    with pytest.raises(InputError, match="field larger than field limit") as stretched:
        read_ledger(path, workers=2)  # the stretch's worker gives up; one pass says where
    assert stretched.value.line == 252


def test_the_month_of_an_activity_s_lines_is_found_alike_every_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which activities are one-offs (all lines in one month) must not depend on how the file
    was read. Over January to March: Print Shop is one charge (February), Trade Fair two (both
    February), Mailchimp monthly, Hardware Store bought in January and refunded in March, and
    Courier has 60 lines in March: too many to be a one-off, whatever their month."""
    rows = [
        ["2026-01-05", "MAILCHIMP", "-15.00"],
        ["2026-02-05", "MAILCHIMP", "-15.00"],
        ["2026-03-05", "MAILCHIMP", "-15.00"],
        ["2026-02-11", "PRINT SHOP", "-265.00"],
        ["2026-02-12", "TRADE FAIR", "-400.00"],
        ["2026-02-20", "TRADE FAIR", "-80.00"],
        ["2026-01-09", "HARDWARE STORE", "-120.00"],
        ["2026-03-02", "HARDWARE STORE", "20.00"],
    ]
    rows += [[f"2026-03-{1 + i % 28:02d}", "COURIER", f"-{i + 1}.00"] for i in range(60)]
    rows += [[f"2026-01-{1 + i % 28:02d}", f"CLIENT {i}", "100.00"] for i in range(40)]  # bulk
    path = write(tmp_path / "bank.csv", ["Date", "Description", "Amount"], rows)
    general, fast, stretched = read_every_way(path, monkeypatch)
    assert general == fast == stretched
    months = {a["name"]: a["month"] for a in general["activities"]}
    february = scan.month_of(date(2026, 2, 1))
    assert months == {
        "Mailchimp": scan.SEVERAL_MONTHS,
        "Print Shop": february,
        "Trade Fair": february,
        "Hardware Store": scan.SEVERAL_MONTHS,
        "Courier": scan.SEVERAL_MONTHS,
    }


def test_a_transaction_list_by_date_reads_alike_in_stretches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list by date names each line's account on the line (its Split column), so unlike
    the other QuickBooks reports it can be read in stretches: the same totals, rows not read
    and transfers as one pass."""
    fixture = Path(__file__).parent / "fixtures" / "exports" / "qbo-transaction-list-by-date.csv"
    path = tmp_path / "list.csv"
    path.write_bytes(fixture.read_bytes())
    general, fast, stretched = read_every_way(path, monkeypatch)
    assert general["layout"] == "QuickBooks Transaction List by Date"
    assert (general["unreadable_count"], general["transfer_count"]) == (1, 2)
    assert general == fast == stretched


def test_a_signal_as_the_workers_start_leaves_none_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM between the forking of the workers and the start of the thread that feeds
    them: it used to leave them waiting for work, and the process waiting at exit for them
    (a CI run's `bizaudit import` still alive a minute after SIGTERM)."""
    import multiprocessing
    import os
    import signal
    from concurrent.futures import process

    from bizaudit.io import output

    path = write(tmp_path / "messy.csv", ["date", "description", "amount", "category"],
                 messy_rows(400, 1))  # fmt: skip
    monkeypatch.setattr(parallel, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "STRETCH_BYTES", 300)
    monkeypatch.setattr(output, "_SIGNALLED", [])
    start_feeding = process._ExecutorManagerThread.__init__

    def signalled_first(self: Any, executor: Any) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        start_feeding(self, executor)

    monkeypatch.setattr(process._ExecutorManagerThread, "__init__", signalled_first)
    previous = signal.getsignal(signal.SIGTERM)
    output.exit_cleanly_on_sigterm()
    try:
        with pytest.raises(output.Terminated):
            read_ledger(path, workers=2)
        left = multiprocessing.active_children()
    finally:
        signal.signal(signal.SIGTERM, previous)
        for worker in multiprocessing.active_children():  # so that a failure does not hang
            worker.kill()
    assert left == []

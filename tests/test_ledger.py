"""bizaudit import: every example export against totals worked out by hand."""

from __future__ import annotations

import tracemalloc
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from bizaudit.io.errors import InputError
from bizaudit.io.ledger import payee_name, read_ledger
from bizaudit.io.ledger.parsing import RowError, detect_encoding, parse_date, parse_signed
from bizaudit.model.profile import Profile

from .conftest import EXAMPLES, RunCli

LEDGERS = EXAMPLES / "ledgers"


def spends(path: Path, **kwargs: object) -> dict[str, Decimal]:
    imported = read_ledger(path, **kwargs)  # type: ignore[arg-type]
    return {name: a.spend for name, a in imported.activities.items()}


def test_quickbooks_profit_and_loss_detail() -> None:
    imported = read_ledger(LEDGERS / "quickbooks-pl-detail.csv")
    assert imported.layout == "QuickBooks Profit and Loss Detail"
    assert imported.title == "Brightside Plumbing LLC"
    assert imported.income == Decimal("10400.00")  # 1,850 + 6,400 + 2,150
    assert {n: a.spend for n, a in imported.activities.items()} == {
        "Advertising & Marketing": Decimal("1950.00"),  # 450 + 450 + 1,200 - 150 refund
        "Job Materials": Decimal("3000.00"),  # 2,310.40 + 689.60
        "Vehicle Expenses": Decimal("600.00"),  # 312.18 + 287.82
        "Ask My Accountant": Decimal("84.99"),
        "Insurance": Decimal("1100.00"),
    }
    assert imported.spend == Decimal("6734.99")  # the export's own "Total Expenses"
    assert imported.activities["Advertising & Marketing"].refunds == Decimal("150.00")
    assert [(u.row, u.amount) for u in imported.unreadable] == [(33, None)]
    assert "'oops'" in imported.unreadable[0].message
    asked = imported.activities["Ask My Accountant"].classification
    assert asked is not None
    assert asked.confidence == "low"  # a catch-all account is a guess


def test_xero_account_transactions() -> None:
    imported = read_ledger(LEDGERS / "xero-account-transactions.csv")
    assert imported.income == Decimal("16250.00")  # 4,500 + 4,500 + 7,250
    assert spends(LEDGERS / "xero-account-transactions.csv") == {
        "Subscriptions": Decimal("130.00"),
        "Advertising": Decimal("1630.00"),  # 800 + 950 - 120 refund
        "Email Newsletter": Decimal("90.00"),
        "Rent": Decimal("3600.00"),
        "Sales Commissions": Decimal("725.00"),
    }
    assert imported.other_rows == 1  # the transfer to savings is not income or expense


def test_wave_transactions() -> None:
    imported = read_ledger(LEDGERS / "wave-transactions.csv")
    assert imported.income == Decimal("4400.55")  # 850 + 2,430.55 + 1,120
    assert spends(LEDGERS / "wave-transactions.csv") == {
        "Ingredients": Decimal("400.00"),  # 212.40 + 187.60
        "Instagram Ads": Decimal("120.00"),
        "Loyalty Program": Decimal("95.00"),
        "Rent Expense": Decimal("1450.00"),
    }
    assert imported.other_rows == 1  # the owner's draw is equity


def test_bank_export_in_windows_1252_with_semicolons() -> None:
    imported = read_ledger(LEDGERS / "bank-export-de.csv")
    assert (imported.encoding, imported.delimiter, imported.group_by) == ("cp1252", ";", "payee")
    assert imported.income == Decimal("1500.00")
    assert spends(LEDGERS / "bank-export-de.csv") == {
        "Google Ads": Decimal("240.00"),  # two card payments of 120,00
        "Stromversorger": Decimal("89.90"),
        "Miete Buero": Decimal("650.00"),
        "Café Roma": Decimal("12.50"),
    }


def test_a_delimiter_the_sniffer_cannot_tell(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"  # uneven rows and commas in amounts: csv.Sniffer gives up
    path.write_text(
        "date;description;amount;category\n\n2026-01-02;Ads;1,234.56;Advertising;extra\n"
        "2026-01-03;Rent\n;;;\n2026-01-04;Ads, online;-0,01;Advertising\n"
    )
    imported = read_ledger(path)
    assert imported.delimiter == ";"
    assert imported.activities["Advertising"].spend == Decimal("1234.55")  # 1,234.56 - 0.01
    assert [u.row for u in imported.unreadable] == [4]  # the short row


def test_plain_layout() -> None:
    imported = read_ledger(LEDGERS / "plain.csv")
    assert imported.income == Decimal("9000.00")
    assert spends(LEDGERS / "plain.csv") == {
        "Advertising": Decimal("550.00"),  # 300 + 300 - 50 refund
        "Email marketing": Decimal("29.00"),
        "Rent": Decimal("2400.00"),
    }


def test_group_by_payee(tmp_path: Path) -> None:
    found = spends(LEDGERS / "plain.csv", group_by="payee")
    assert found["Google Ads"] == Decimal("600.00")
    assert found["Google"] == Decimal("-50.00")  # "Refund from Google": the payee refunded


@pytest.mark.parametrize("ledger", sorted(LEDGERS.glob("*.csv")), ids=lambda p: p.name)
def test_every_import_passes_check(run_cli: RunCli, ledger: Path, tmp_path: Path) -> None:
    out = tmp_path / "profile.yaml"
    currency = "EUR" if ledger.name.endswith("-de.csv") else "USD"  # the file does not say
    result = run_cli("import", ledger, "-o", out, "--currency", currency)
    assert result.exit_code == 0, result
    assert f"bizaudit check {out}" in result.stderr
    assert run_cli("check", out).exit_code in (0, 1)  # a valid profile; the policy may fail
    Profile.model_validate(yaml.safe_load(out.read_text()))


def test_output_dash_is_standard_output(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bookkeeper's ``-o -`` had written a file named "-"; as for init, it is the screen."""
    monkeypatch.chdir(tmp_path)
    result = run_cli("import", LEDGERS / "quickbooks-pl-detail.csv", "-o", "-")
    assert result.exit_code == 0
    assert "# 31 rows: 10 expense lines" in result.stdout
    assert not (tmp_path / "-").exists()


def test_profile_comments_reasons_totals_and_review(run_cli: RunCli) -> None:
    result = run_cli("import", LEDGERS / "quickbooks-pl-detail.csv")
    text = result.stdout
    assert "# 31 rows: 10 expense lines ($6,734.99) in 5 activities," in text
    assert "# 3 income lines ($10,400)" in text
    assert "# 1 row could not be read" in text
    assert (
        "# marketing/acquire: 'advertising' → marketing/acquire (4 lines, after $150 of refunds)"
        in text
    )
    assert "# REVIEW: operations: 'ask my accountant' → operations" in text
    assert "# 1 activity is marked REVIEW: check the kind before relying on it." in text
    assert "revenue: 10400" in text
    assert "quickbooks-pl-detail.csv:33: warning: row not read:" in result.stderr


def test_revenue_flag_and_options(run_cli: RunCli) -> None:
    result = run_cli(
        "import", LEDGERS / "bank-export-de.csv", "--revenue", "48k", "--currency", "eur",
        "--period", "Q1", "--name", "Studio Lindner",
    )  # fmt: skip
    profile = Profile.model_validate(yaml.safe_load(result.stdout))
    assert profile.revenue == Decimal(48000)
    assert (profile.business.name, profile.business.currency, profile.business.period) == (
        "Studio Lindner",
        "EUR",
        "Q1",
    )


def test_lines_decide_when_the_name_says_nothing(tmp_path: Path) -> None:
    path = tmp_path / "l.csv"
    path.write_text(
        "date,description,amount,category\n"
        "2026-01-01,Google Ads,100,Misc stuff 7\n2026-01-02,Facebook ads,50,Misc stuff 7\n"
    )
    activity = read_ledger(path).activities["Misc stuff 7"]
    assert activity.decided_by_lines
    assert activity.classification is not None
    assert (activity.classification.category, activity.classification.purpose) == (
        "marketing",
        "acquire",
    )


def test_map_file_for_an_unusual_export(run_cli: RunCli, tmp_path: Path) -> None:
    ledger = tmp_path / "odd.csv"
    ledger.write_text(
        "Posted|Details|Out|In|Bucket\n2026-01-03|Flyers|80.00||Promo\n2026-01-04|Client|0|900|Sales\n"
    )
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "columns:\n  date: Posted\n  description: Details\n  money_out: Out\n  money_in: In\n"
        "  account: Bucket\nincome_accounts: [Sales]\ncurrency: chf\n"
    )
    result = run_cli("import", ledger, "--map", mapping)
    assert result.exit_code == 0, result
    assert "# Currency CHF, from the map file." in result.stdout
    profile = Profile.model_validate(yaml.safe_load(result.stdout))
    assert profile.business.currency == "CHF"
    assert profile.revenue == Decimal(900)
    assert [(a.name, a.spend) for a in profile.activities] == [("Promo", Decimal(80))]


def test_map_naming_a_missing_column(run_cli: RunCli, tmp_path: Path) -> None:
    ledger = tmp_path / "odd.csv"
    ledger.write_text("A,B\n1,2\n")
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns: {date: Posted, description: B, amount: A}\n")
    result = run_cli("import", ledger, "--map", mapping)
    assert result.exit_code == 2
    assert "map.yaml:1:17: error: odd.csv has no column 'Posted' (it has: A, B)" in result.stderr


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("columns: {date: D, descripton: B, amount: A}\n", "1:20",
         "unknown field 'descripton' in columns — did you mean 'description'?"),
        ("columns: {date: D, description: B}\n", "1:10",
         "name an 'amount' column, or both 'money_out' and 'money_in'"),
        ("columns: {date: D, description: B, amount: A}\nincome_accounts: [Sales]\n", "2:18",
         "income accounts need an 'account' column in 'columns'"),
        ("columns: {date: D, description: B, amount: A}\nmoney_out_sign: postive\n", "2:17",
         "'postive' is not one of negative, positive — did you mean 'positive'?"),
        ("columns: {date: [1, 2], description: B, amount: A}\n", "1:17", "expected text"),
        ("- date\n", "1:1", "a map file is a mapping of fields, but this file holds a list"),
    ],
)  # fmt: skip
def test_map_file_mistakes_point_at_their_line(
    run_cli: RunCli, tmp_path: Path, text: str, where: str, message: str
) -> None:
    ledger = tmp_path / "odd.csv"
    ledger.write_text("D,B,A\n2026-01-01,x,1\n")
    mapping = tmp_path / "map.yaml"
    mapping.write_text(text)
    result = run_cli("import", ledger, "--map", mapping)
    assert result.exit_code == 2
    assert f"map.yaml:{where}: error: " in result.stderr
    assert message in result.stderr


def test_unknown_layout_names_its_columns(run_cli: RunCli, tmp_path: Path) -> None:
    ledger = tmp_path / "weird.csv"
    ledger.write_text("foo,bar,baz\n1,2,3\n")
    result = run_cli("import", ledger)
    assert result.exit_code == 2
    assert "cannot tell which export this is from its columns (foo, bar, baz)" in result.stderr
    assert "--map" in result.stderr


def test_bom_and_no_expenses(run_cli: RunCli, tmp_path: Path) -> None:
    ledger = tmp_path / "bom.csv"
    ledger.write_bytes(
        b"\xef\xbb\xbfdate,description,amount,category\n2026-01-01,Invoice,10,Income\n"
    )
    result = run_cli("import", ledger)
    assert result.exit_code == 2
    assert "no expense lines found" in result.stderr


def test_never_overwrites_without_force(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "p.yaml"
    out.write_text("mine\n")
    assert run_cli("import", LEDGERS / "plain.csv", "-o", out, "--currency", "USD").exit_code == 2
    assert out.read_text() == "mine\n"
    forced = run_cli("import", LEDGERS / "plain.csv", "-o", out, "--force", "--currency", "USD")
    assert forced.exit_code == 0


def test_unreadable_rows_hold_money_when_it_can_be_read(tmp_path: Path) -> None:
    ledger = tmp_path / "l.csv"
    ledger.write_text(
        "date,description,amount,category\n2026-01-01,Ads,100,Advertising\n"
        "someday,Ads,250.50,Advertising\n2026-01-02,Ads,lots,Advertising\n"
    )
    imported = read_ledger(ledger)
    assert imported.unreadable_count == 2
    assert imported.unreadable_money == Decimal("250.50")
    assert [u.row for u in imported.unreadable] == [3, 4]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.56", "1234.56"),
        ("(150.00)", "-150.00"),
        ("-89,90", "-89.90"),
        ("1.500,00", "1500.00"),
        ("$12.00-", "-12.00"),
        ("45.00 CR", "-45.00"),
        ("$-12.00", "-12.00"),
        ("€1,200.00", "1200.00"),
    ],
)
def test_signed_amounts(text: str, value: str) -> None:
    assert parse_signed(text) == Decimal(value)


def test_bad_amounts_and_dates() -> None:
    with pytest.raises(RowError):
        parse_signed("oops")
    with pytest.raises(RowError):
        parse_signed("")
    with pytest.raises(RowError, match="not a date"):
        parse_date("13/45/2026")
    assert parse_date("03.01.2026").isoformat() == "2026-01-03"
    assert parse_date("02 Jan 2026").isoformat() == "2026-01-02"
    assert parse_date("01/02/2026", True).isoformat() == "2026-02-01"


def test_encodings() -> None:
    assert detect_encoding(b"\xef\xbb\xbfa,b") == "utf-8-sig"
    assert detect_encoding("café".encode()) == "utf-8"
    assert detect_encoding("café,naïve,x".encode("cp1252")) == "cp1252"
    assert detect_encoding("a\tb".encode("utf-16")) == "utf-16"


def test_excel_unicode_text_export(tmp_path: Path) -> None:
    path = tmp_path / "excel.txt"
    text = (
        "Date\tDescription\tAmount\n2026-01-02\tGOOGLE ADS\t-50.00\n2026-01-03\tCafé Roma\t-12.50\n"
    )
    path.write_bytes(text.encode("utf-16"))  # UTF-16 with a byte order mark, tab-separated
    imported = read_ledger(path)
    assert (imported.encoding, imported.delimiter) == ("utf-16", "\t")
    assert spends(path) == {"Google Ads": Decimal("50.00"), "Café Roma": Decimal("12.50")}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", ": error: the file is empty"),
        (b"\n\n  \n", ": error: the file is empty"),
        (
            b"\x7fELF\x02\x01\x01\x00\x00\x00",
            ": error: this is not a CSV file (it holds binary data)",
        ),
        (  # at the header row, which every row below was read against
            b"date,description,amount,category\n2026-01-01,Ads,lots,Advertising\n",
            ":1:1: error: no expense lines found in this plain date,description,amount,category, "
            "in the rows below its header (this row); 1 could not be read (the first: row 2 "
            "column 16, 'lots' is not an amount",
        ),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", ": error: this is a PDF document, not a CSV"),
        (
            b"PK\x03\x04\x14\x00\x00\x00[Content_Types].xml<Types/>PK\x03\x04xl/workbook.xml",
            ": error: this is an Excel workbook, not a CSV file — save or export it as CSV",
        ),
    ],
)
def test_files_that_are_not_exports(run_cli: RunCli, tmp_path: Path, content: bytes,
                                    message: str) -> None:  # fmt: skip
    path = tmp_path / "l.csv"
    path.write_bytes(content)
    result = run_cli("import", path)
    assert result.exit_code == 2
    assert f"l.csv{message}" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_header_is_shown_short(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"column {i}" for i in range(12)) + "\n" + "1," * 11 + "1\n")
    result = run_cli("import", path)
    assert (
        "(column 0, column 1, column 2, column 3, column 4, column 5, column 6, column 7, "
        "and 4 more)" in result.stderr
    )


def test_payee_names() -> None:
    assert payee_name("KARTENZAHLUNG GOOGLE *ADS 4412") == "Google Ads"
    assert payee_name("POS 1234 SHELL OIL 5678") == "Shell"
    assert payee_name("4412 0099") == "4412 0099"  # nothing but codes: kept as they are
    assert payee_name("  ") == "(no description)"  # a profile's activity needs a name


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_ledger(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="cannot read the file: Is a directory"):
        read_ledger(tmp_path)


def test_memory_does_not_grow_with_rows(tmp_path: Path) -> None:
    def peak(rows: int) -> int:
        path = tmp_path / f"{rows}.csv"
        with path.open("w") as f:
            f.write("date,description,amount,category\n")
            for i in range(rows):
                f.write(f"2026-01-{1 + i % 28:02d},Vendor {i},{i % 500}.25,Account {i % 7}\n")
        tracemalloc.start()
        read_ledger(path)
        top = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return top

    assert peak(40_000) < 2 * peak(4_000)  # ten times the rows, not ten times the memory


def test_amounts_in_several_currencies_are_an_error_not_a_sum(
    run_cli: RunCli, tmp_path: Path
) -> None:
    # $10 + €1,000 + £5 had been imported as $1,015.
    ledger = tmp_path / "mix.csv"
    ledger.write_text(
        "date,description,amount,category\n"
        "2026-01-01,a,$10.00,Rent\n2026-01-02,b,€1000.00,Ads\n2026-01-03,c,£5.00,Rent\n",
        encoding="utf-8",
    )
    result = run_cli("import", ledger, "--revenue", "1", "-o", tmp_path / "p.yaml")
    assert result.exit_code == 2
    # the first amount in the second currency to show: "€1000.00", line 3, column 14
    assert (
        "mix.csv:3:14: error: the export's amounts are in more than one currency (EUR, GBP, "
        "USD; the first in EUR is on line 3)" in result.stderr
    )
    assert not (tmp_path / "p.yaml").exists()


def test_one_impossible_date_does_not_turn_the_others_round(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """ "13/45/2026" is no date either way; it had made every slashed date day-first, so
    01/15/2026 (January 15th) was not read, nor the income on it."""
    ledger = tmp_path / "flip.csv"
    ledger.write_text(
        "date,description,amount,category\n01/15/2026,Client,5000,Income\n"
        "01/20/2026,Google Ads,300,Advertising\n13/45/2026,typo,10,Rent\n"
        "02/18/2026,Rent,1200,Rent\n"
    )
    result = run_cli("import", ledger, "--currency", "USD", "-o", tmp_path / "p.yaml")
    assert result.exit_code == 0, result
    assert (
        "flip.csv:4: warning: row not read: column 1 (date): '13/45/2026' is not a date"
        in result.stderr
    )
    assert "1 row could not be read" in result.stderr
    profile = Profile.model_validate(yaml.safe_load((tmp_path / "p.yaml").read_text()))
    assert profile.revenue == Decimal(5000)
    assert sum(a.spend for a in profile.activities) == Decimal(1500)  # 300 + 1,200


@pytest.mark.parametrize(
    ("samples", "expected"),
    [
        (["25/12/2026", "01/02/2026"], True),  # 25 can only be a day
        (["12/25/2026", "01/02/2026"], False),  # 25 can only be a day, second
        (["13/45/2026", "01/15/2026"], False),  # the typo decides nothing; 15 is a day
        (["13/45/2026"], False),
        (["01/02/2026"], False),  # undecided: month first, as QuickBooks writes
    ],
)
def test_day_first_is_decided_by_dates_that_can_be_read(samples: list[str], expected: bool) -> None:
    from bizaudit.io.ledger.parsing import day_first

    assert day_first(samples) is expected


@pytest.mark.parametrize(
    ("description", "own"),
    [
        # card payments as issuers write them on a checking statement
        ("CHASE CREDIT CRD AUTOPAY                   PPD ID: 4760039224", True),
        ("WF Credit Card   AUTO PAY   260326 4465000123", True),
        ("BK OF AMER VISA  ONLINE PMT CKF123456789POS", True),
        ("CAPITAL ONE       MOBILE PMT 260328 ID:9541719318", True),
        ("CAPITAL ONE AUTOPAY PYMT", True),
        ("AMEX EPAYMENT    ACH PMT    W5512", True),
        ("DISCOVER         E-PAYMENT  260322 1234", True),
        # German transfers between the business's own accounts
        ("Umbuchung auf Tagesgeld", True),
        ("Übertrag auf Sparkonto", True),
        ("Uebertrag auf Tagesgeld", True),
        # purchases and bills that only look alike
        ("CARD PAYMENT TO GOOGLE *ADS5521", False),
        ("VISA PAYMENT TO SHELL OIL 5744", False),
        ("Online Payment 1234567 To Next Insurance 03/02", False),
        ("Zelle payment to Lopez Excavation JPM99a1b2c3", False),
        ("Kartenzahlung", False),
        ("Miete Januar Ladenlokal", False),
    ],
)
def test_money_between_own_accounts_by_its_words(description: str, own: bool) -> None:
    from bizaudit.io.ledger.movements import movement

    assert (movement("", description, card=False) == "transfer") is own


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("January - June, 2026", ("2026-01-01", "2026-06-30")),
        ("April - June, 2026", ("2026-04-01", "2026-06-30")),
        ("March 1-31, 2026", ("2026-03-01", "2026-03-31")),
        ("October 1 - November 30, 2025", ("2025-10-01", "2025-11-30")),
        ("December 1, 2025 - January 31, 2026", ("2025-12-01", "2026-01-31")),
        ("January - December 2026", ("2026-01-01", "2026-12-31")),
        ("February 2028", ("2028-02-01", "2028-02-29")),
        ("All Dates", None),
        ("As of March 31, 2026", None),
        ("February 1-30, 2026", None),
        ("June - January, 2026", None),
        ("Rivera Plumbing & Drain LLC", None),
    ],
)
def test_the_period_a_report_title_states(title: str, period: tuple[str, str] | None) -> None:
    from bizaudit.io.ledger.parsing import report_period

    found = report_period(title)
    assert (None if found is None else (str(found.first), str(found.last))) == period


def test_quickbooks_accounts_without_numbers_are_read_by_name(tmp_path: Path) -> None:
    """No account numbers: the name says income or expense, and an expense word wins
    ("Income Tax Expense", "Sales Commissions"). QuickBooks' own "Cost of Goods Sold" account
    holds cost of sales, and the accounts after it do not."""
    ledger = tmp_path / "tdba.csv"
    ledger.write_text(
        "Juniper Street Cafe,,,,,,,,\nTransaction Detail by Account,,,,,,,,\n"
        '"January - March, 2026",,,,,,,,\n\n'
        ",Date,Transaction Type,Num,Name,Memo/Description,Split,Amount,Balance\n"
        "Sales,,,,,,,,\n,01/15/2026,Sales Receipt,1,Square,Sales,Undeposited Funds,900.00,900.00\n"
        "Total for Sales,,,,,,,$900.00,\n"
        "Cost of Goods Sold,,,,,,,,\n,01/20/2026,Bill,2,Sysco,Food,Accounts Payable,300.00,300.00\n"
        "Total for Cost of Goods Sold,,,,,,,$300.00,\n"
        "Sales Commissions,,,,,,,,\n,02/01/2026,Check,3,Ana,Commission,Checking,90.00,90.00\n"
        "Total for Sales Commissions,,,,,,,$90.00,\n"
        "Interest Income,,,,,,,,\n,02/28/2026,Deposit,,Chase,Interest,Checking,1.25,1.25\n"
        "Total for Interest Income,,,,,,,$1.25,\n"
        "Gain on Sale of Van,,,,,,,,\n,03/02/2026,Deposit,,Bay Auto,Van,Checking,2500.00,2500.00\n"
        'Total for Gain on Sale of Van,,,,,,,"$2,500.00",\n'
        "Income Tax Expense,,,,,,,,\n,03/31/2026,Journal Entry,,,Tax,Tax Payable,400.00,400.00\n"
        "Total for Income Tax Expense,,,,,,,$400.00,\n"
    )
    found = read_ledger(ledger)
    assert found.income_by == {
        "Sales": Decimal("900.00"),
        "Interest Income": Decimal("1.25"),
        "Gain on Sale of Van": Decimal("2500.00"),
    }
    assert {n: a.spend for n, a in found.activities.items()} == {
        "Cost of Goods Sold": Decimal("300.00"),
        "Sales Commissions": Decimal("90.00"),
        "Income Tax Expense": Decimal("400.00"),
    }
    assert [n for n, a in found.activities.items() if a.cost_of_sales] == ["Cost of Goods Sold"]


@pytest.mark.parametrize(
    ("account", "kind"),
    [
        ("4900 Discounts Given", "income"),
        ("5020 Food & Bakery", "cost"),  # 5xxx: cost of goods sold, whatever the name
        ("6010 Google Ads", "expense"),
        ("6500 Sales & Marketing", "expense"),  # "sales" alone does not make income
        ("6040 Professional Services", "expense"),
        ("7010 Interest Income", "income"),  # 7xxx: other income
        ("7020 Gain on Sale of Equipment", "income"),
        ("7100 Other Expense", "expense"),  # ...unless the name says expense
        ("7500 Loss on Sale of Assets", "expense"),
        ("8000 Interest Income", "income"),  # a name that plainly says income wins
        ("8900 Income Tax Expense", "expense"),  # and an expense word wins over it
        ("1000 Checking", None),
        ("Cost of Goods Sold - Food", "cost"),
    ],
)
def test_a_quickbooks_account_is_read_by_its_number_and_name(
    account: str, kind: str | None
) -> None:
    from bizaudit.io.ledger.layouts import _account_kind

    assert _account_kind(account) == kind

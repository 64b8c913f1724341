"""Real-layout exports import to the totals a bookkeeper computes by hand.

``tests/fixtures/exports/expected.json`` was written and added up by hand (its README says
how, and how it was checked); nothing here was copied from bizaudit's output. Where bizaudit
names a group differently from the bookkeeper, ``NAMES`` says which of its activities make
up the bookkeeper's group: a person read each pairing.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from bizaudit.explain.numbers import format_money
from bizaudit.io.ledger import read_ledger

from .conftest import EXAMPLES, RunCli

EXPORTS = Path(__file__).parent / "fixtures" / "exports"
LEDGERS = EXAMPLES / "ledgers"
EXPECTED = {f["file"]: f for f in json.loads((EXPORTS / "expected.json").read_text())["fixtures"]}
EXPECTED_COGS = EXPECTED["qbo-transaction-detail-by-account.csv"]["cogs_total"]

#: The bookkeeper's group → bizaudit's activities (or payers) in it, where they differ.
NAMES: dict[str, dict[str, list[str]]] = {
    "card-chase.csv": {
        "Zafu Workshop": ["Zafu Workshop Amsterdam"],
        "Chase card fees": ["Foreign Transaction Fee", "Late Fee"],  # the late fee nets to 0
    },
    "card-amex.csv": {"Amex annual fee": ["Annual Membership Fee"]},
    "bank-with-type.csv": {
        "Gusto payroll (net pay)": ["Gusto Net"],
        "Gusto payroll taxes": ["Gusto Tax"],
        "Austin Energy": ["Austin Energy Util"],
        "Chase monthly service fee": ["Monthly Service Fee"],
        "Check deposit": ["Remote Online Deposit"],
    },
    "statement-bank.ofx": {
        "Hartford Insurance": ["Hartford Ins"],
        "Home Depot": ["The Home Depot"],
        "City of Austin Utilities": ["City Of Austin Util"],
        "Pecan Valley FCU monthly fee": ["Monthly Maintenance Fee"],
    },
    "statement-card.qfx": {
        "Easons": ["Easons Grafton St"],
        "Moo Print": ["Moo Print Ltd"],
        "Card fees": ["Non-euro Transaction Fee"],
    },
}
STATEMENTS = [name for name in EXPECTED if not name.startswith("qbo-")]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_totals_rows_and_dates(name: str) -> None:
    expected = EXPECTED[name]
    found = read_ledger(EXPORTS / name)
    assert found.income == Decimal(expected["income_total"])
    assert found.spend == Decimal(expected["expense_total"])
    assert found.income_lines + found.expense_lines == expected["counted_rows"]
    assert str(found.first_date) == expected["first_date"]
    assert str(found.last_date) == expected["last_date"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_group_adds_up(name: str) -> None:
    """Each of the bookkeeper's groups holds the money bizaudit puts in the activities (or,
    for income, the payers and accounts) it names, and nothing is left over."""
    expected = EXPECTED[name]
    found = read_ledger(EXPORTS / name)
    ours = {a.name: a.spend for a in found.activities.values()} | found.income_by
    names = NAMES.get(name, {})
    for group, total in expected["by_account_or_payee"].items():
        members = names.get(group, [group])
        assert sum(ours.pop(m) for m in members) == Decimal(total), group
    assert ours == {}


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_payments_and_transfers_between_own_accounts_are_left_out(name: str) -> None:
    expected = EXPECTED[name]
    found = read_ledger(EXPORTS / name)
    assert found.transfer_count == len(expected["excluded"])
    rows = {str(moved.row) for moved in found.transfers}
    for excluded in expected["excluded"]:
        if excluded["row_or_fitid"].isdigit() and len(excluded["row_or_fitid"]) < 6:
            assert excluded["row_or_fitid"] in rows  # a CSV line number (OFX: a FITID)


@pytest.mark.parametrize(
    ("name", "currency", "certain"),
    [
        ("statement-bank.ofx", "USD", True),  # CURDEF
        ("statement-card.qfx", "EUR", True),  # CURDEF: never reported as dollars
        ("qbo-general-ledger.csv", "USD", False),  # "$" on the totals: dollars, but whose?
        ("card-chase.csv", None, None),  # a card CSV does not say: the user is asked
    ],
)
def test_currency_is_read_from_the_file(name: str, currency: str | None, certain: bool) -> None:
    said = read_ledger(EXPORTS / name).currency
    assert (said.code, said.certain) == (currency, certain) if said else currency is None


def test_the_sign_of_spending_is_read_from_the_file() -> None:
    """Chase card purchases are negative, Amex purchases positive: the same import, no flag."""
    chase = read_ledger(EXPORTS / "card-chase.csv")
    amex = read_ledger(EXPORTS / "card-amex.csv")
    assert "negative" in chase.sign_note
    assert "positive" in amex.sign_note
    assert chase.layout == amex.layout == "card export"
    # a credit from a merchant is netted, never income: Vistaprint 186.40 - 32.00
    assert amex.activities["Vistaprint"].spend == Decimal("154.40")
    assert amex.activities["Vistaprint"].refunds == Decimal("32.00")
    assert amex.income == 0


def test_a_merchant_refund_on_a_bank_statement_nets_against_the_merchant() -> None:
    """OFX CREDIT from SQ *MAIN STREET PRINT (+75) is money in but not income: the same payee
    was paid 1,065.00, so it is their refund (1,065.00 - 75.00)."""
    found = read_ledger(EXPORTS / "statement-bank.ofx")
    assert found.activities["Main Street Print"].spend == Decimal("990.00")
    assert "Main Street Print" not in found.income_by


def test_quickbooks_reports_are_named_after_their_title() -> None:
    assert read_ledger(EXPORTS / "qbo-general-ledger.csv").layout == "QuickBooks General Ledger"
    found = read_ledger(EXPORTS / "qbo-transaction-detail-by-account.csv")
    assert found.layout == "QuickBooks Transaction Detail by Account"


def test_import_asks_for_a_currency_the_file_does_not_say(run_cli: RunCli) -> None:
    chase = EXPORTS / "card-chase.csv"
    result = run_cli("import", chase)
    assert result.exit_code == 2
    assert "does not say which currency" in result.stderr
    assert "--currency USD" in result.stderr
    # ...and, in the same run, the revenue a card statement cannot say (a newcomer had met
    # the second only after fixing the first)
    assert "the export holds no income, so the period's revenue is unknown" in result.stderr
    result = run_cli("import", chase, "--currency", "usd")
    assert result.exit_code == 2  # a card statement holds no income: the revenue is asked for
    assert "the export holds no income, so the period's revenue is unknown" in result.stderr
    result = run_cli("import", chase, "--currency", "usd", "--revenue", "80k")
    assert result.exit_code == 0
    assert "# Currency USD, as given with --currency." in result.stdout
    # a file that says its currency: --currency may not contradict it
    result = run_cli("import", EXPORTS / "statement-card.qfx", "--currency", "USD")
    assert result.exit_code == 2
    assert "amounts are in EUR (the statement's CURDEF), not USD" in result.stderr
    result = run_cli("import", EXPORTS / "statement-card.qfx", "--revenue", "90000")
    assert "currency: EUR" in result.stdout
    # a bare $ may be Canadian: --currency settles it
    result = run_cli("import", EXPORTS / "qbo-general-ledger.csv", "--currency", "CAD")
    assert result.exit_code == 0
    assert "currency: CAD" in result.stdout


def test_an_ofx_file_that_is_not_valid_is_an_input_error(run_cli: RunCli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ofx"
    text = (EXPORTS / "statement-bank.ofx").read_text()
    broken.write_text(text.replace("<TRNAMT>-86.42", "<TRNAMT>eighty"))
    result = run_cli("import", broken)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{broken}:54:1: error: ")  # the line of that <TRNAMT>
    assert "<TRNAMT> 'eighty' is not an amount" in result.stderr
    assert "Traceback" not in result.stderr
    cut = tmp_path / "cut.ofx"
    cut.write_text(text[:300])  # the header and no statement
    result = run_cli("import", cut)
    assert result.exit_code == 2
    assert "holds no bank or card statement" in result.stderr


@pytest.mark.parametrize(
    ("change", "located", "said"),
    [
        # ofxtools had said "Can't set STMTTRN.dtposted ... <class 'datetime.datetime'>"
        (("<DTPOSTED>20251002", "<DTPOSTED>20259999"), ":53:1:",
         "<DTPOSTED> '20259999120000.000[-5:CDT]' is not a date"),
        # ...and listed its 180 currency codes
        (("<CURDEF>USD", "<CURDEF>ZZZ"), ":34:1:", "<CURDEF> 'ZZZ' is not a value OFX allows"),
        (("<CURDEF>USD", "<CURDEF>us dollars"), ":34:1:",
         "<CURDEF> 'us dollars' is not a currency code"),
    ],
)  # fmt: skip
def test_an_ofx_value_that_is_wrong_is_named_at_its_line(
    run_cli: RunCli, tmp_path: Path, change: tuple[str, str], located: str, said: str
) -> None:
    broken = tmp_path / "broken.ofx"
    broken.write_text((EXPORTS / "statement-bank.ofx").read_text().replace(*change, 1))
    result = run_cli("import", broken, "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{broken}{located} error: "), result.stderr
    assert said in result.stderr


def test_an_ofx_file_cut_short_says_so(run_cli: RunCli, tmp_path: Path) -> None:
    text = (EXPORTS / "statement-bank.ofx").read_text()
    header = tmp_path / "header.ofx"
    header.write_text(
        "\n".join(text.splitlines()[:12]) + "\n"
    )  # ofxtools: "Must first call parse()"
    result = run_cli("import", header, "--revenue", "1")
    assert result.exit_code == 2
    assert "Must first call" not in result.stderr
    assert "(is the file cut short?)" in result.stderr


def test_answers_typed_at_the_prompt_are_said_to_be_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # A newcomer typed the currency when asked; the profile said "as given with --currency".
    from typer.testing import CliRunner

    from bizaudit.cli import app, ledger

    monkeypatch.setattr(ledger, "_at_a_terminal", lambda: True)
    result = CliRunner().invoke(
        app, ["import", str(EXPORTS / "card-chase.csv")], input="usd\n80k\n"
    )
    assert result.exit_code == 0, result.output
    assert "# Currency USD, as answered for --currency." in result.stdout
    assert "# Revenue as answered for --revenue." in result.stdout
    assert "revenue: 80000" in result.stdout


# From a bookkeeper's review of `import`: each fixture below is a small export in a real
# layout, and each total in a comment was added up by hand from the fixture's rows.


def activities_of(profile_text: str) -> dict[str, Decimal]:
    """An imported profile's activities, name → spend, as check reads them."""
    written = yaml.safe_load(profile_text)["activities"]
    return {a["name"]: Decimal(str(a["spend"])) for a in written}


def test_cr_and_dr_marks_are_read_as_a_bank_writes_them(run_cli: RunCli) -> None:
    """A bank that writes no minus signs marks money in CR and money out DR: CR is income
    here, not a card's payment."""
    found = read_ledger(EXPORTS / "bank-drcr-suffix.csv")
    assert found.income == Decimal("8025.50")  # Stripe payouts 4,150.00 + 3,875.50
    assert {n: a.spend for n, a in found.activities.items()} == {
        "Google Ads": Decimal("620.00"),  # 310.00 DR twice
        "Newtown Property Rent": Decimal("2600.00"),
        "Officeworks Newtown": Decimal("150.00"),  # 186.45 DR, then a 36.45 CR refund
    }
    assert found.spend == Decimal("3370.00")  # 620 + 2,600 + 150
    assert "marked CR is money in" in found.sign_note
    result = run_cli("import", EXPORTS / "bank-drcr-suffix.csv", "--currency", "AUD")
    assert result.exit_code == 0, result
    assert "revenue: 8025.5" in result.stdout


def test_a_stray_cr_in_a_file_with_minus_signs_turns_nothing_round(tmp_path: Path) -> None:
    ledger = tmp_path / "bank.csv"
    ledger.write_text(
        "Date,Description,Amount\n2026-01-05,GOOGLE *ADS1234,-120.00\n"
        "2026-01-06,STRIPE PAYOUT,500.00\n2026-01-07,GOOGLE *ADS1234,20.00 CR\n"
    )
    found = read_ledger(ledger)
    assert found.income == Decimal("500.00")
    # a CR in a signed file is read as before (negative: money out, by the minus sign rule)
    assert found.activities["Google Ads"].spend == Decimal("140.00")  # 120 + 20


def test_a_payee_column_groups_the_lines_not_the_memo(run_cli: RunCli) -> None:
    found = read_ledger(EXPORTS / "bank-payee-memo.csv")
    assert {n: a.spend for n, a in found.activities.items()} == {
        "Google Ads": Decimal("550.00"),  # 275.00 + 275.00
        "Cedar Row Properties": Decimal("3900.00"),
        "Yelp": Decimal("199.00"),
        "Ridgeline Coffee Roasters": Decimal("2475.00"),  # 1,284.60 + 1,190.40
        "Monthly Service Fee": Decimal("15.00"),  # no payee: the memo stands in
    }
    assert found.income == Decimal("6018.25")  # Square 2,915.40 + 3,102.85
    assert found.income_by == {"Square": Decimal("6018.25")}
    # the card's bill: payee "Chase Credit Crd", memo "Autopay 0325"
    assert (found.transfer_count, found.transfer_money) == (1, Decimal("1450.00"))
    assert [moved.row for moved in found.transfers] == [10]


def test_a_german_bank_export_is_grouped_by_its_payee_column() -> None:
    """Sparkasse CSV-CAMT: Windows-1252, every field quoted, two-digit years, and the payee in
    "Beguenstigter/Zahlungspflichtiger" beside the memo in "Verwendungszweck"."""
    found = read_ledger(EXPORTS / "bank-de-sparkasse-camt.csv")
    assert found.encoding == "cp1252"
    assert {n: a.spend for n, a in found.activities.items()} == {
        "Hausverwaltung Brandt GmbH": Decimal("1980.00"),
        "Google Ads": Decimal("300.00"),  # 150,00 twice, each "Kartenzahlung"
        "Roesterei Hafenkante": Decimal("821.40"),  # 864,20 less a 42,80 credit
        "Metro Grosshandel": Decimal("412.35"),
        "Jana Vogel": Decimal("2350.00"),
    }
    assert found.spend == Decimal("5863.75")  # 1,980 + 300 + 821.40 + 412.35 + 2,350
    assert found.income == Decimal("6712.75")  # SumUp 3.214,60 + 3.498,15
    # "Umbuchung auf Tagesgeld" 2.500,00 and "Übertrag auf Sparkonto" 1.000,00
    assert (found.transfer_count, found.transfer_money) == (2, Decimal("3500.00"))
    assert [moved.row for moved in found.transfers] == [6, 12]
    assert (str(found.first_date), str(found.last_date)) == ("2026-03-02", "2026-03-31")


def test_card_payments_seen_from_checking_are_left_out() -> None:
    found = read_ledger(EXPORTS / "bank-checking-card-payments.csv")
    # Chase 1,325.40 + Wells Fargo 610.00 + Bank of America 385.25 + Capital One 900.00
    # + Discover 240.00 + Amex 1,980.00
    assert (found.transfer_count, found.transfer_money) == (6, Decimal("5440.65"))
    assert [moved.row for moved in found.transfers] == [2, 3, 4, 5, 6, 7]
    assert {n: a.spend for n, a in found.activities.items()} == {
        "Gusto Net": Decimal("5200.00"),
        "Harbor Insurance": Decimal("212.00"),
        "Check 2207": Decimal("1650.00"),
    }
    assert found.income == Decimal("7450.00")  # the Stripe payout


def test_capital_one_payments_are_left_out_and_the_header_adds_up(run_cli: RunCli) -> None:
    """Capital One: Debit and Credit columns, no type column; its Category says
    "Payment/Credit" on a payment, which had been netted as a refund."""
    found = read_ledger(EXPORTS / "card-capitalone.csv")
    assert found.layout == "card export"
    assert (found.transfer_count, found.transfer_money) == (2, Decimal("2750.00"))  # 1,800 + 950
    assert [moved.row for moved in found.transfers] == [4, 8]
    result = run_cli(
        "import", EXPORTS / "card-capitalone.csv", "--currency", "USD", "--revenue", "40000"
    )
    assert result.exit_code == 0, result
    assert activities_of(result.stdout) == {
        "Maple Leaf Print": Decimal("348.75"),  # 212.40 + 168.75 - 32.40
        "Google Ads": Decimal("800.00"),  # 400.00 twice
        "Shell": Decimal("136.10"),  # 64.18 + 71.92
    }
    assert "# 9 rows: 7 expense lines ($1,284.85) in 3 activities," in result.stdout


def test_the_header_total_is_what_the_activities_add_up_to(run_cli: RunCli) -> None:
    """Refunds beyond an activity's spending are written as 0, so the header counts them as
    0 too: plain.csv by payee has "Refund from Google" -50 with no Google spending."""
    result = run_cli("import", LEDGERS / "plain.csv", "--currency", "USD", "--group-by", "payee")
    assert result.exit_code == 0, result
    written = activities_of(result.stdout)
    assert written["Google"] == 0
    total = format_money(sum(written.values(), Decimal(0)), "USD")
    assert f"expense lines ({total}) in" in result.stdout
    assert "# Refunds exceeded spending on 1 activity by $50: each is counted as 0." in (
        result.stdout
    )


def test_other_income_accounts_are_income_not_spending() -> None:
    found = read_ledger(EXPORTS / "qbo-tdba-other-income.csv")
    assert found.income_by == {
        "4000 Food & Beverage Sales": Decimal("23255.75"),  # 11,240.50 + 12,015.25
        "7010 Interest Income": Decimal("6.08"),  # 3.12 + 2.96
        "7020 Gain on Sale of Equipment": Decimal("1800.00"),
    }
    assert {n: a.spend for n, a in found.activities.items()} == {
        "5010 Coffee Beans": Decimal("1995.00"),  # 980.00 + 1,015.00
        "5020 Bakery Goods": Decimal("600.00"),  # 645.30 - 45.30
        "6010 Advertising": Decimal("360.00"),
        "8010 Depreciation Expense": Decimal("750.00"),
        "8900 Income Tax Expense": Decimal("1200.00"),  # "Income" beside "Expense": expense
    }
    assert found.spend == Decimal("4905.00")  # 1,995 + 600 + 360 + 750 + 1,200


def test_other_income_under_its_heading_is_income() -> None:
    found = read_ledger(EXPORTS / "qbo-pl-detail-cogs-heading.csv")
    assert found.income_by == {
        "Food & Beverage Sales": Decimal("21400.00"),  # 10,412.80 + 10,987.20
        "Interest Earned": Decimal("4.85"),  # under "Other Income"
    }


@pytest.mark.parametrize(
    ("name", "cost_of_sales"),
    [
        # under the "Cost of Goods Sold" heading: QuickBooks' own account of that name 960.00,
        # Food & Bakery 2,140.15 + 2,205.85 and Packaging & Cups 418.60
        ("qbo-pl-detail-cogs-heading.csv", "5724.60"),
        # numbered 5xxx: 5010 Coffee Beans 1,995.00 and 5020 Bakery Goods 600.00
        ("qbo-tdba-other-income.csv", "2595.00"),
        ("qbo-transaction-detail-by-account.csv", EXPECTED_COGS),
    ],
)
def test_cost_of_goods_sold_is_stated_so_that_check_reads_it(
    run_cli: RunCli, tmp_path: Path, name: str, cost_of_sales: str
) -> None:
    out = tmp_path / "profile.yaml"
    assert run_cli("import", EXPORTS / name, "-o", out, "--currency", "USD").exit_code == 0
    assert "kind: cost-of-sales" in out.read_text()
    report = json.loads(run_cli("check", out, "--format", "json").stdout)
    assert Decimal(str(report["profiles"][0]["spend"]["cost-of-sales"])) == Decimal(cost_of_sales)


def test_the_header_says_where_every_row_went(run_cli: RunCli) -> None:
    """The Cedar Lane report's 64 rows after its header (lines 6-69): 34 transactions (25
    expense lines in 9 accounts, 9 income lines in 3), 13 headings, 12 totals, 2 rollups,
    TOTAL and the footer (29 other rows), and 1 blank line (68); 34 + 29 + 1 = 64."""
    result = run_cli("import", EXPORTS / "qbo-transaction-detail-by-account.csv")
    text = " ".join(line.removeprefix("# ") for line in result.stdout.splitlines()[:6])
    assert "64 rows: 25 expense lines ($7,583.63) in 9 activities," in text
    assert "9 income lines ($11,831.90), 29 other rows" in text
    assert "balance-sheet accounts), 1 blank row." in text
    # a card statement: 25 rows, 23 purchases, fees and returns and 2 payments (its README)
    found = read_ledger(EXPORTS / "card-chase.csv")
    assert (found.rows, found.expense_lines, found.transfer_count) == (25, 23, 2)


def test_group_by_account_on_a_statement_is_refused(run_cli: RunCli) -> None:
    chase = EXPORTS / "card-chase.csv"
    result = run_cli("import", chase, "--currency", "USD", "--revenue", "9000",
                     "--group-by", "account")  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{chase}:1:1: error: --group-by account: this card export")
    assert "can only be grouped by payee" in result.stderr
    assert result.stdout == ""
    qfx = EXPORTS / "statement-card.qfx"
    result = run_cli("import", qfx, "--revenue", "9000", "--group-by", "account")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{qfx}: error: --group-by account")
    assert "Traceback" not in result.stderr


def test_months_come_from_the_period_the_report_states(run_cli: RunCli, tmp_path: Path) -> None:
    """ "April - June, 2026" is 91 days, 3 months, though the lines run from 04/03 to 05/31
    (59 days, 2 months)."""
    result = run_cli("import", EXPORTS / "qbo-tdba-other-income.csv")
    profile = yaml.safe_load(result.stdout)["business"]
    assert (profile["period"], profile["months"]) == ("2026-04-01 to 2026-06-30", 3)
    assert "# 91 days in the report's period (April - June, 2026)" in result.stdout
    # a title that does not hold the lines is not believed
    odd = tmp_path / "odd.csv"
    text = (EXPORTS / "qbo-tdba-other-income.csv").read_text()
    odd.write_text(text.replace('"April - June, 2026"', '"April 1-30, 2026"'))
    profile = yaml.safe_load(run_cli("import", odd).stdout)["business"]
    assert (profile["period"], profile["months"]) == ("2026-04-03 to 2026-05-31", 2)


def test_a_marketplace_purchase_on_a_card_stays_a_purchase_in_check(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """A bookkeeper's review: import called $147.45 of Amazon supplies operations, but the
    profile did not say so and check read "Amazon" as fees out of revenue. By hand: 64.99 +
    112.45 − 29.99 = 147.45 of operations; revenue stays 41,220.50."""
    card = tmp_path / "card.csv"
    card.write_text(
        "Transaction Date,Post Date,Description,Category,Type,Amount\n"
        "01/05/2026,01/06/2026,AMZN Mktp US*2K3LP0,Shopping,Sale,-64.99\n"
        "01/19/2026,01/20/2026,AMZN Mktp US*7Q1ZX2,Shopping,Sale,-112.45\n"
        "01/25/2026,01/26/2026,AMZN Mktp US*7Q1ZX2,Shopping,Return,29.99\n"
        "01/28/2026,01/29/2026,GOOGLE *ADS1234,Advertising,Sale,-250.00\n"
    )
    profile = tmp_path / "p.yaml"
    made = run_cli("import", card, "--currency", "USD", "--revenue", "41220.50", "-o", profile)
    assert made.exit_code == 0, made.stderr
    data = json.loads(run_cli("check", "-f", "json", "--exit-zero", profile).stdout)
    [report] = data["profiles"]
    [amazon] = [a for a in report["activities"] if a["name"] == "Amazon"]
    assert (amazon["spend"], amazon["category"]) == ("147.45", "operations")
    assert report["spend"]["contra-revenue"] == "0"


# From a bookkeeper's review of `import` (items 6, 9, 12, 13 and 14): every user error at its
# place, the wrong report named as such, one-off charges, multicurrency and newer headers.


def test_two_currencies_point_at_the_first_row_in_the_second(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """Rows 2-4 are in EUR, line 5 is the first in USD: its Currency cell starts at column 47
    ("09.01.2026;SHOPIFY* 12345;Subscription;-39,00;" is 46 characters)."""
    column = tmp_path / "column.csv"
    column.write_text(
        "Booking date;Payee;Description;Amount;Currency\n"
        "02.01.2026;Hausverwaltung Schulz;Miete Januar;-2.150,00;EUR\n"
        "05.01.2026;SumUp Payments Limited;Auszahlung;4.812,40;EUR\n"
        "07.01.2026;GOOGLE *ADS 9932;Kartenzahlung;-180,00;EUR\n"
        "09.01.2026;SHOPIFY* 12345;Subscription;-39,00;USD\n"
    )
    result = run_cli("import", column, "--revenue", "1", "-o", tmp_path / "p.yaml")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{column}:5:47: error: the export's amounts are in more than one currency (EUR, USD; "
        "the first in USD is on line 5)"
    )
    assert "    5 | 09.01.2026;SHOPIFY* 12345;Subscription;-39,00;USD" in result.stderr
    assert not (tmp_path / "p.yaml").exists()
    # codes beside the amounts: the CAD amount is the third cell of line 4, at column 27
    # ("01/09/2026,FACEBK *ABC123," is 26 characters)
    codes = tmp_path / "codes.csv"
    codes.write_text(
        "Date,Description,Amount\n01/05/2026,GOOGLE *ADS7781234,-250.00 USD\n"
        '01/07/2026,SQUARE INC DEPOSIT,"4,812.40 USD"\n01/09/2026,FACEBK *ABC123,-95.00 CAD\n'
    )
    result = run_cli("import", codes, "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{codes}:4:27: error: ")
    assert "(CAD, USD; the first in CAD is on line 4)" in result.stderr


def test_a_currency_option_the_file_contradicts_points_where_the_file_says_it(
    run_cli: RunCli, tmp_path: Path
) -> None:
    qfx = EXPORTS / "statement-card.qfx"  # "        <CURDEF>EUR</CURDEF>" on line 27
    result = run_cli("import", qfx, "--currency", "USD", "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{qfx}:27:9: error: the export's amounts are in EUR (the statement's CURDEF), not USD"
    )
    # a CSV's € signs: the first is the amount of line 2, after "2026-01-05,Metro," (17)
    euros = tmp_path / "euros.csv"
    euros.write_text(
        "date,description,amount\n2026-01-05,Metro,-€876.35\n2026-01-07,Google,-€180.00\n"
    )
    result = run_cli("import", euros, "--currency", "USD", "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{euros}:2:18: error: the export's amounts are in EUR")
    # a map file's currency: at the map's line
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  date: date\n  description: description\n  amount: amount\n"
                       "currency: EUR\n")  # fmt: skip
    plain = tmp_path / "plain.csv"
    plain.write_text("date,description,amount\n2026-01-05,Metro,-876.35\n")
    result = run_cli("import", plain, "--map", mapping, "--currency", "USD", "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{mapping}:5:11: error: the export's amounts are in EUR")


def test_statements_in_two_currencies_point_at_the_second(run_cli: RunCli, tmp_path: Path) -> None:
    """The checking statement (lines 27-221) again, in CAD: its <CURDEF> is 8 lines into it,
    on line 221 + 8 = 229."""
    lines = (EXPORTS / "statement-bank.ofx").read_text().splitlines()
    again = [line.replace("<CURDEF>USD", "<CURDEF>CAD") for line in lines[26:221]]
    two = tmp_path / "two.ofx"
    two.write_text("\n".join([*lines[:221], *again, *lines[221:]]) + "\n")
    result = run_cli("import", two, "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{two}:229:1: error: this file holds statements in USD and CAD"
    )


def test_an_unknown_header_is_named_at_its_row(run_cli: RunCli, tmp_path: Path) -> None:
    ledger = tmp_path / "bank.csv"  # two title lines and a blank one: the header is line 4
    ledger.write_text("Acme Bank\nStatement March\n\nWhen,What,How much\n03/01/2026,x,1\n")
    result = run_cli("import", ledger)
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{ledger}:4:1: error: cannot tell which export this is from its columns (When, What, "
        "How much), the row taken as its header"
    )
    assert "    4 | When,What,How much" in result.stderr


def test_no_expense_lines_is_said_at_the_header_or_of_the_whole_file(
    run_cli: RunCli, tmp_path: Path
) -> None:
    header_only = tmp_path / "card.csv"
    header_only.write_text("Transaction Date,Post Date,Description,Category,Type,Amount,Memo\r\n")
    result = run_cli("import", header_only, "--currency", "USD", "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{header_only}:1:1: error: no expense lines found in this card export: its header row "
        "has nothing below it"
    )
    # an OFX statement has no header row: the whole file is meant (every amount made money in)
    money_in = tmp_path / "in.ofx"
    money_in.write_text(
        (EXPORTS / "statement-bank.ofx").read_text().replace("<TRNAMT>-", "<TRNAMT>")
    )
    result = run_cli("import", money_in, "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{money_in}: error: no expense lines found anywhere in this OFX bank statement"
    )


def test_a_row_warning_names_the_cell_at_fault(run_cli: RunCli, tmp_path: Path) -> None:
    """Excel's total row has no date (column 1); a typed amount is the sixth cell, at column
    42 of line 3 ("01/06/2026,01/07/2026,SHELL OIL,Gas,Sale," is 11 + 11 + 10 + 4 + 5 = 41
    characters)."""
    card = tmp_path / "card.csv"
    card.write_text(
        "Transaction Date,Post Date,Description,Category,Type,Amount\n"
        "01/05/2026,01/06/2026,GOOGLE *ADS1234,Advertising,Sale,-250.00\n"
        "01/06/2026,01/07/2026,SHELL OIL,Gas,Sale,about 40\n"
        ",,,,TOTAL,-250.00\n"
    )
    result = run_cli("import", card, "--currency", "USD", "--revenue", "1000")
    assert result.exit_code == 0, result
    assert f"{card}:3: warning: row not read: column 42 (Amount): " in result.stderr
    assert (
        f"{card}:4: warning: row not read: column 1 (Transaction Date): '' is not a date "
        "(it held $250)" in result.stderr
    )


@pytest.mark.parametrize(
    ("title", "header", "row"),
    [
        ("Profit and Loss", ",Total", '4000 Service Income,"92,370.75"'),
        ("Profit and Loss", ",Jan 2026,Feb 2026,Total", "6010 Google Ads,412.37,389.90,802.27"),
    ],
)
def test_a_summary_of_totals_says_which_report_to_export(
    run_cli: RunCli, tmp_path: Path, title: str, header: str, row: str
) -> None:
    summary = tmp_path / "pl.csv"
    summary.write_text(
        f'Rivera Plumbing & Drain LLC\n{title}\n"January - June, 2026"\n\n{header}\nIncome,\n'
        f'{row}\nTotal Income,"$92,370.75"\nNet Income,"$21,827.25"\n'
    )
    result = run_cli("import", summary)
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{summary}:2:1: error: this is a summary of totals, not transactions (a "
        f"'{title}' report: one total per account) — export 'Profit and Loss Detail' or "
        "'Transaction Detail by Account' instead"
    )
    assert "--map" not in result.stderr
    # without its title block, its totals give it away
    untitled = tmp_path / "untitled.csv"
    untitled.write_text(f'{header}\nIncome,\n{row}\nTotal Income,"$92,370.75"\n')
    result = run_cli("import", untitled)
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{untitled}:4:1: error: this is a summary of totals, not transactions (its rows are "
        "account totals)"
    )


def test_a_transaction_list_by_date_is_read_by_its_split_column(run_cli: RunCli) -> None:
    """By hand, from the list's 16 transactions (see review-fixtures.md): expenses 3,900.00
    rent + (1,284.60 − 62.40 refund deposited) coffee + (275.00 − 40.00 card credit) ads +
    12.99 = 5,370.19 in 6 lines; income 5,212.40 + 1,650.00 − 75.00 credit memo + 14,890.10
    = 21,677.50 in 4 lines; the card payment 235.00 and the transfer 1,000.00 left out; the
    estimate (not posting), the customer's payment and the bill payment are other rows, with
    the footer (4); the payroll check split over several accounts is not read."""
    path = EXPORTS / "qbo-transaction-list-by-date.csv"
    found = read_ledger(path)
    assert found.layout == "QuickBooks Transaction List by Date"
    assert {n: a.spend for n, a in found.activities.items()} == {
        "6200 Rent": Decimal("3900.00"),
        "5010 Coffee Beans": Decimal("1222.20"),
        "6010 Advertising": Decimal("235.00"),
        "6030 Design Software": Decimal("12.99"),
    }
    assert (found.spend, found.expense_lines) == (Decimal("5370.19"), 6)
    assert found.income_by == {"4000 Food & Beverage Sales": Decimal("21677.50")}
    assert found.income_lines == 4
    assert (found.transfer_money, found.transfer_count) == (Decimal("1235.00"), 2)
    assert (found.other_rows, found.blank_rows, found.rows) == (4, 2, 19)
    [split] = found.unreadable
    # ",03/16/2026,Payroll Check,,Yes,Gusto,March payroll,1010 Business Checking," is 74
    assert (split.row, split.column) == (15, 75)
    result = run_cli("import", path, "--currency", "USD")
    assert result.exit_code == 0, result
    assert f"{path}:15: warning: row not read: column 75 (Split): " in result.stderr
    assert "export Transaction Detail by Account" in result.stderr
    assert "kind: cost-of-sales" in result.stdout  # 5010: cost of goods sold by its number


def test_a_transaction_list_without_its_split_column_says_which_report_to_export(
    run_cli: RunCli, tmp_path: Path
) -> None:
    text = (EXPORTS / "qbo-transaction-list-by-date.csv").read_text()
    no_split = tmp_path / "list.csv"
    no_split.write_text(text.replace(",Account,Split,Amount", ",Account,Other,Amount"))
    result = run_cli("import", no_split, "--currency", "USD")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{no_split}:2:1: error: this QuickBooks Transaction List by Date has no Split column"
    )
    assert "export 'Transaction Detail by Account'" in result.stderr


def test_a_quickbooks_report_without_account_headings_says_which_to_export(
    run_cli: RunCli, tmp_path: Path
) -> None:
    flat = tmp_path / "report.csv"
    flat.write_text(
        'Harbor Cafe LLC\nTransaction Report\n"March 1-31, 2026"\n\n'
        ",Date,Transaction Type,Num,Name,Memo/Description,Amount\n"
        ',03/01/2026,Check,2201,Pier 9 Properties,March rent,"-3,900.00"\n'
    )
    result = run_cli("import", flat, "--currency", "USD")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{flat}:5:1: error: no expense lines found")
    assert "none of its lines sits under an income or expense account heading" in result.stderr


def test_a_multicurrency_report_is_read_in_its_home_currency(run_cli: RunCli) -> None:
    """By hand (review-fixtures.md): the Amount column, in USD, the currency of the lines at
    an exchange rate of 1. Income 2,400.00 + 3,700.00 − 148.00 = 5,952.00; cost of goods sold
    925.00 + 318.40 = 1,243.40; Google Ads 275.00 + 275.00 = 550.00; trade show 1,080.00;
    spend 2,873.40. The foreign amounts (5,000 CAD...) are not added up."""
    path = EXPORTS / "qbo-tdba-multicurrency.csv"
    found = read_ledger(path)
    assert found.income == Decimal("5952.00")
    assert {n: a.spend for n, a in found.activities.items()} == {
        "5010 Plants & Soil": Decimal("1243.40"),
        "6010 Google Ads": Decimal("550.00"),
        "6020 Trade Shows": Decimal("1080.00"),
    }
    assert found.currency is not None
    assert (found.currency.code, found.currency.certain, found.currency.mixed) == ("USD", True, ())
    result = run_cli("import", path)
    assert result.exit_code == 0, result
    assert "# Currency USD, from its Currency column at an exchange rate of 1" in result.stdout
    # --currency CAD contradicts it: at the first USD cell, line 7, column 57
    # (",01/12/2026,Invoice,1101,Maple Court HOA,Winter cleanup," is 56 characters)
    result = run_cli("import", path, "--currency", "CAD")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:7:57: error: the export's amounts are in USD")


def test_a_one_off_charge_is_not_a_recurring_channel(run_cli: RunCli, tmp_path: Path) -> None:
    """The multicurrency report covers January - February (2 months): the trade show is one
    charge, in February; Google Ads ran both months; plants and soil were bought in both."""
    out = tmp_path / "p.yaml"
    made = run_cli("import", EXPORTS / "qbo-tdba-multicurrency.csv", "-o", out)
    assert made.exit_code == 0, made
    profile = yaml.safe_load(out.read_text())
    recurring = {a["name"]: a.get("recurring", True) for a in profile["activities"]}
    assert recurring == {
        "5010 Plants & Soil": True,
        "6010 Google Ads": True,
        "6020 Trade Shows": False,
    }
    assert "# one charge in 2 months (February 2026): a one-off, not a recurring channel" in (
        out.read_text()
    )
    report = json.loads(run_cli("check", out, "--format", "json", "--exit-zero").stdout)
    [shown] = [a for a in report["profiles"][0]["activities"] if a["name"] == "6020 Trade Shows"]
    assert shown["recurring"] is False
    # an export of one month says nothing of the kind
    one_month = run_cli("import", EXPORTS / "qbo-transaction-list-by-date.csv", "--currency",
                        "USD")  # fmt: skip
    assert "recurring" not in one_month.stdout
    # two lines, both in February, of a bank export from January 1 to March 31 (90 days)
    bank = tmp_path / "bank.csv"
    bank.write_text(
        "Date,Description,Amount\n2026-01-01,MAILCHIMP,-15.00\n2026-02-12,TRADE FAIR,-400.00\n"
        "2026-02-20,TRADE FAIR,-80.00\n2026-03-31,MAILCHIMP,-15.00\n"
    )
    made = run_cli("import", bank, "--currency", "USD", "--revenue", "1000")
    assert "# 2 lines in 3 months, all in February 2026: a one-off" in made.stdout
    recurring = {a["name"]: a.get("recurring", True) for a in yaml.safe_load(made.stdout)[
        "activities"]}  # fmt: skip
    assert recurring == {"Trade Fair": False, "Mailchimp": True}


NEWER_HEADER = (
    ",Transaction date,Transaction type,Num,Name,Memo/Description,Split account,Amount,Balance"
)


def test_newer_quickbooks_headers_are_read_as_the_same_report(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """QuickBooks' newer report view writes "Transaction date", "Transaction type" and "Split
    account": the same report, the same totals as the classic header's (income 25,061.83,
    spend 4,905.00: see test_other_income_accounts_are_income_not_spending)."""
    classic = EXPORTS / "qbo-tdba-other-income.csv"
    newer = tmp_path / "newer.csv"
    newer.write_text(
        classic.read_text().replace(
            ",Date,Transaction Type,Num,Name,Memo/Description,Split,Amount,Balance", NEWER_HEADER
        )
    )
    found, expected = read_ledger(newer), read_ledger(classic)
    assert found.layout == "QuickBooks Transaction Detail by Account"
    assert (found.income, found.spend) == (Decimal("25061.83"), Decimal("4905.00"))
    assert {n: a.spend for n, a in found.activities.items()} == {
        n: a.spend for n, a in expected.activities.items()
    }
    # a title that names a QuickBooks report is never read as a bank statement
    odd = tmp_path / "odd.csv"
    odd.write_text(
        classic.read_text().replace(
            ",Date,Transaction Type,Num,Name,Memo/Description,Split,Amount,Balance",
            ",Posting date,Kind,Num,Name,Memo/Description,Split,Amount,Balance",
        )
    )
    result = run_cli("import", odd, "--currency", "USD", "--revenue", "1")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"{odd}:5:1: error: the title says this is a QuickBooks Transaction Detail by Account, "
        "but its header does not have the columns such a report is read by"
    )
    # a bank's own "Transaction Date" and "Transaction Type" are still a bank's
    bank = tmp_path / "bank.csv"
    bank.write_text(
        "Transaction Date,Transaction Type,Description,Amount\n"
        "03/02/2026,DEBIT,GOOGLE *ADS1234,-250.00\n03/05/2026,CREDIT,STRIPE PAYOUT,900.00\n"
    )
    assert read_ledger(bank).layout == "bank export"


@pytest.mark.parametrize(
    ("rows", "months"),
    [
        # 5 January to 20 December: 350 days, 11.5 months rounded to 11; the first line early
        # in its month and the last on the 20th of its own, so the 12 months they span
        (["01/05/2026,Google Ads,-500.00", "12/20/2026,Google Ads,-450.00"], 12),
        # 15 March to 14 April: 31 days, one month, not the two it touches
        (["03/15/2026,Google Ads,-500.00", "04/14/2026,Google Ads,-450.00"], 1),
        # 10 January to 31 March: a quarter either way
        (["01/10/2026,Google Ads,-500.00", "03/31/2026,Google Ads,-450.00"], 3),
    ],
)
def test_a_ledgers_months_are_the_months_its_lines_span(
    run_cli: RunCli, tmp_path: Path, rows: list[str], months: int
) -> None:
    """The forty-third round's re-review (2026-12-06): a ledger from 5 January to 20 December
    was given 11 months (350 days rounded), which shortens every payback by about 8%. By
    hand: 350 ÷ 30.44 = 11.5; Jan-Dec spans 12; 31 ÷ 30.44 = 1.02; 81 ÷ 30.44 = 2.66."""
    ledger = tmp_path / "ledger.csv"
    ledger.write_text("Date,Description,Amount\n" + "\n".join(rows) + "\n")
    result = run_cli("import", ledger, "--revenue", "100000", "--currency", "USD")
    assert yaml.safe_load(result.stdout)["business"]["months"] == months

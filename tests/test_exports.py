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

from bizaudit.io.ledger import read_ledger

from .conftest import RunCli

EXPORTS = Path(__file__).parent / "fixtures" / "exports"
EXPECTED = {f["file"]: f for f in json.loads((EXPORTS / "expected.json").read_text())["fixtures"]}

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

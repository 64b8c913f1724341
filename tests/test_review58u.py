"""The fifty-eighth round's review (a fractional CFO, 2026-12-07), findings AZ6, AZ7 and AZ8.
The reviewer's profiles are copied unchanged into tests/fixtures/review58u (msp.yaml, a managed
IT provider; cpa.yaml, a two-partner CPA firm); every expected figure is worked out by hand
below, and the near names that must not move are tried beside each mend."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bizaudit.core.channels import OUTBOUND, pays_a_closer_too
from bizaudit.core.plan import left_alone
from bizaudit.explain.economics import channel_notes
from bizaudit.explain.left_alone import left_alone_text
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ProfileReport

from .conftest import COST, OVERHEAD, answer_in, finding_words, report_of
from .test_rules import _facts

_HERE = Path(__file__).parent / "fixtures" / "review58u"
_SHARED = "6110 Payroll:BDR + AE (base + comm)"


def _data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((_HERE / name).read_text(encoding="utf-8"))
    return data


def _renamed(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """The profile with one line's name changed."""
    lines = [{**line, "name": new} if line["name"] == old else line for line in data["activities"]]
    assert lines != data["activities"], old
    return {**data, "activities": lines}


def _read(name: str) -> ProfileReport:
    """A fixture's report, read from its file (with the line numbers the channels name)."""
    report, _ = check([_HERE / name], Options())
    return report.profiles[0]


def _findings(report: ProfileReport, rule: str) -> list[str]:
    return [finding_words(f) for f in report.findings if f.rule == rule]


# -- AZ6: a line for the BDR and the AE together is the whole sales force's ---------------------


def test_az6_a_line_paying_a_bdr_and_an_ae_prices_no_channel_on_the_ae() -> None:
    """AZ6: "6110 Payroll:BDR + AE (base + comm)" ($165,000) had joined Outbound by 'bdr', and
    with "6200 Mktg:LinkedIn Sales Navigator" ($3,200) priced its 3 cold-outbound deals at
    (165,000 + 3,200) ÷ 3 = $56,066.67, though the AE closes all 14 deals. A line for the AE
    alone joins no channel (a closer works every channel's leads), and `plan`'s rule is that "a
    channel's CAC counts its own lines, not the sales costs that serve every channel". The
    BDR's share of the line is Outbound's, but the line does not say how much, so the line
    joins no channel and Outbound is worked by it: not priced (neither on the tool alone,
    $3,200 ÷ 3 = $1,066.67, nor on the whole line). Organic search is priced on its own line,
    $24,000 ÷ 1 = $24,000. The blended CAC keeps all the
    selling: ($55,600 acquisition marketing + $168,200 sales) ÷ 14 = $15,985.71."""
    report = _read("msp.yaml")
    channels = {c.name.split(" (")[0]: c for c in report.channels}
    outbound = channels["Outbound"]
    assert outbound.customers == 3
    assert outbound.spend == Decimal(3200)
    assert outbound.cac is None
    [shared] = [a for a in report.activities if a.name == _SHARED]
    assert outbound.worked_by == [shared.line]
    assert shared.line not in outbound.activities
    priced = sorted((c.cac, c.name) for c in report.channels if c.cac is not None)
    # (reworked by hand after part r of the round joined the bounty to its referrals: the
    # referral channel, $9,000 bounty + $6,000 CPA fee over its 8 customers, is $1,875 each;
    # Organic search stays priced on its own line, $24,000 for 1)
    assert priced[0] == (Decimal(1875), channels["Referrals and word of mouth"].name)
    assert (Decimal(24000), channels["Organic search"].name) in priced
    assert report.economics.cac.value is not None
    assert round(report.economics.cac.value, 2) == Decimal("15985.71")
    # the table's note says why, and how to price it: split the BDR's pay off
    [note] = [n for n in channel_notes(outbound, report.activities, "USD") if "no one's pay" in n]
    said = " ".join(note.split())
    assert "pays an account executive too, who closes the deals of every channel" in said
    assert f"'channel: {OUTBOUND}'" in said
    # `plan` leaves it alone for the same reason, and says so
    facts = _facts(_data("msp.yaml"))
    [channel] = [c for c in facts.by_channel if c.key == OUTBOUND]
    reason = left_alone(channel, 1)
    assert reason is not None
    assert reason.why == "worked-by"
    words = left_alone_text(reason)
    assert words is not None
    assert "split off from an account executive's" in words


def test_az6_near_lines_keep_their_channels() -> None:
    """AZ6's near names: a BDR's or an SDR's line alone is Outbound's whole (the prospectors'
    pay: (165,000 + 3,200) ÷ 3 = $56,066.67 on the MSP's books), and an AE's alone joins no
    channel, as before. Only a selling line the outbound vocabulary places that names an
    account executive too is held apart; "AE" inside another word, and an executive who is no
    seller, are not one."""
    for name in (
        "6110 Payroll:BDR + AE (base + comm)",
        "SDR/AE salaries",
        "SDRs & Account Executives - base + commission",
        "BDR and acct exec OTE",
    ):
        assert pays_a_closer_too(name), name
    for name in ("6110 Payroll:BDR (base + comm)", "SDR salaries", "Aerial photos", "Paella"):
        assert not pays_a_closer_too(name), name
    alone = report_of(_renamed(_data("msp.yaml"), _SHARED, "6110 Payroll:BDR (base + comm)"))
    [outbound] = [c for c in alone.channels if c.name.startswith("Outbound")]
    assert outbound.cac is not None
    assert round(outbound.cac, 2) == Decimal("56066.67")
    assert not outbound.worked_by


def test_az6_ba101_and_ba202_never_advise_opposite_ways_on_the_msp() -> None:
    """AZ6: BA101 said "grow the budget once a new one costs under a third of their worth"
    (don't grow it now) of Outbound at $56,066.67, where BA202 said "there may be room to
    spend more ... test more budget on" Outbound. Now neither names Outbound at $56,066.67,
    and both send a first test to the seminars (Events, trade shows and webinars: $14,000 ÷ 2 =
    $7,000 a customer, under the $38,864.71 a third of their worth allows; $14,000 is the
    quarter of the gap, (9% × 3,200,000 − 64,100) × 0.25 = $55,975, held to that channel's own
    spend). Each report is read for the two directions: a finding that holds the budget back
    and one that asks for more may not stand together, whether the payroll line is the BDR's
    and the AE's or the BDR's alone."""
    for data in (
        _data("msp.yaml"),
        _renamed(_data("msp.yaml"), _SHARED, "6110 Payroll:BDR (base + comm)"),
    ):
        report = report_of(data)
        [ba101] = _findings(report, "BA101")
        [ba202] = _findings(report, "BA202")
        holds = "grow the budget once" in ba101
        grows = "room to spend more" in ba202 or "test more budget" in ba202
        assert not (holds and grows), (ba101, ba202)
        assert "most cheaply" not in ba101
        # (reworked by hand after part r of the round joined the "lunch & learn" seminars'
        # $14,000 to their 2 customers: Events costs $7,000 a customer, under the $38,864.71
        # a third of their worth allows, a channel too small to judge but worth testing; both
        # findings now send the test there, in either reading of the payroll line)
        assert "test more budget on those" in ba202
        assert "Events, trade shows and webinars (2 customers)" in ba202
        assert (
            "test first, with $14,000 (a quarter of the gap, at most half the profit, keeping "
            "a 5% margin, and no more than that channel's own spend"
        ) in ba101
        assert "(Events, trade shows and webinars: $7,000 a customer" in ba101
        assert "$56,066.67" not in ba101


# -- AZ7: two readings, both marketing, decide no check -----------------------------------------


def test_az7_a_purpose_only_ambiguity_decides_no_check() -> None:
    """AZ7: "6340 Mktg:Client appreciation - holiday gift boxes" ($3,800) reads 'client
    appreciation' → marketing/retain, but also 'gift box' → marketing/acquire. Marketing is
    9,600 + 4,800 + 1,100 + 3,000 + 3,800 + 1,900 = $24,200 of $1,120,000 = 2.16%, over
    accounting's 2% minimum ($22,400); without the line it would be $20,400, under it, but
    no reading takes the line out of marketing, so the check does not rest on it. BA107 is
    information, with no claim that the check passes only on this reading. Its weight,
    3,800 ÷ 24,200 = 15.7% of marketing, is under the fifth that makes a reading weighty."""
    report = report_of(_data("cpa.yaml"))
    [ba107] = [f for f in report.findings if f.rule == "BA107"]
    assert ba107.subject == "6340 Mktg:Client appreciation - holiday gift boxes"
    assert ba107.severity == "info"
    said = finding_words(ba107)
    assert "marketing/retain" in said
    assert "marketing/acquire" in said
    assert "only on this reading" not in said
    assert not [f for f in report.findings if f.rule == "BA101"]


def test_az7_a_reading_out_of_marketing_still_decides_the_check() -> None:
    """AZ7's near name: "Client QBR dinners & holiday party" reads 'client qbrs' →
    marketing/retain, but also 'holiday party' → operations (H8 of the twenty-fifth round's
    re-review). Put for the gift boxes ($3,800), the share is the same 2.16%, and read as
    operations the line would take it to 20,400 ÷ 1,120,000 = 1.82%, under the 2% minimum: the
    check passes only on this reading, a warning that says so."""
    data = _renamed(
        _data("cpa.yaml"),
        "6340 Mktg:Client appreciation - holiday gift boxes",
        "6340 Mktg:Client QBR dinners & holiday party",
    )
    report = report_of(data)
    [ba107] = [f for f in report.findings if f.rule == "BA107"]
    assert ba107.severity == "warning"
    assert "passes only on this reading" in finding_words(ba107)


# -- AZ8: "COS:" files a line under cost of sales, as "COGS:" does -------------------------------


def test_az8_cos_as_a_parent_account_is_cost_of_sales() -> None:
    """AZ8: "5200 COS:Tech payroll - help desk & field" ($880,000) read as operations by
    'help desk', where "5200 COGS:..." reads as cost of sales by the account it is filed
    under. "COS" is QuickBooks' and Xero's Cost of Sales: read so, cost of sales is 610,000 +
    140,000 + 96,000 + 880,000 + 310,000 = $2,036,000, and the listed margin (3,200,000 −
    2,036,000) ÷ 3,200,000 = 36.4%, within the 10 points BA117 allows of the owner's 38%:
    BA117 is silent (it had said 63.9%, on $1,156,000)."""
    for name in (
        "5200 COS:Tech payroll - help desk & field",
        "COS - Tech payroll - help desk",
        "Tech payroll - help desk (COS)",
        "Tech payroll - help desk - COS",
    ):
        assert answer_in("consulting", name) == COST, name
        assert answer_in(None, name) == COST, name
    report = report_of(_data("msp.yaml"))
    assert report.profit.cost_of_sales == Decimal(2036000)
    assert not [f for f in report.findings if f.rule == "BA117"]


def test_az8_cos_in_other_words_moves_nothing() -> None:
    """AZ8's near names: "cos" as a plural of "co" (the build corpus's "Referral fees paid -
    relocation cos.", marketing), a company's name ending "& Cos", cosmetics, and "co-op"
    keep their readings; a help desk's line of no account stays operations."""
    assert answer_in(None, "Referral fees paid - relocation cos.") == ("marketing", "acquire")
    assert answer_in(None, "Cosmetics samples") == ("marketing", "acquire")
    assert answer_in(None, "Co-op ads") == ("marketing", "acquire")
    assert answer_in(None, "Help desk software") == OVERHEAD
    assert answer_in(None, "Cosmetology license renewal") != COST

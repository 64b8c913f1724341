"""The sixty-second round's second re-review (2026-12-08), BI3 and BI4, and two leftovers.

1. BI4. A fab shop's reps' channel (tests/fixtures/review62f/cmfg.yaml) showed a spend of
   $118,000, "56.3% → 50%", beside a CAC of $6,000, which counts only the $36,000 of commission
   on the new accounts' sales: spend ÷ customers (118,000 ÷ 6 = 19,666.67) was not the CAC
   beside it, while an adviser's CPA channel (review62g/ria.yaml), mended the same way, showed
   its spend less what its CAC leaves out ($22,180). Now both kinds are one: the channel's
   spend is what its CAC divides, and what is left out is said beside it with its reason, in
   the table ("$36,000 ($82,000 left out)" and one note), the JSON (`left_out`,
   `left_out_why`), the plan and the HTML.
2. BI3. A Canadian cannabis store (review62e/cannabis.yaml), where BA101 calls the US 3% only
   a reference and asks no budget, still had `metrics.marketing_short` 66,960 (3% × 3,112,000
   − 26,400) in its JSON: now null there.
3. The client report said a CPA fee share's clause twice in the channel's cell.
4. "Internet lead manager", a person who answers internet leads, read as leads bought.

Every expected figure is worked out by hand in the comments and docstrings.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from html import unescape
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.explain.economics import channel_notes, spend_shown
from bizaudit.explain.numbers import format_money
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ChannelResult, ProfileReport, Report
from bizaudit.render import html, json_report, markdown

from .conftest import RunCli, read_in, report_of

_FIXTURES = Path(__file__).parent / "fixtures"
CMFG = _FIXTURES / "review62f" / "cmfg.yaml"
CMFG_H = _FIXTURES / "review62h" / "cmfg.yaml"
RIA = _FIXTURES / "review62g" / "ria.yaml"
CANNABIS = _FIXTURES / "review62e" / "cannabis.yaml"
REPS = "Sales reps and rep agencies (on commission)"
CPA = "CPA solicitor fees - 20% of advisory fee (Marketing Rule agreements)"
CENT = Decimal("0.01")


def _full(path: Path) -> Report:
    report, _ = check([path], Options())
    return report


def _channel(report: ProfileReport, name: str) -> ChannelResult:
    [channel] = [c for c in report.channels if c.name == name]
    return channel


def _words(text: str) -> str:
    return " ".join(text.split())


def _page_text(page: str) -> str:
    """The client report's text, without its tags."""
    return _words(unescape(re.sub(r"<[^>]+>", " ", page)))


# 1. BI4: the spend column is what the CAC divides ---------------------------------------------


def test_bi4_the_reps_spend_is_what_their_cac_divides() -> None:
    """Before: spend $118,000, CAC $6,000, share of spend 118,000 ÷ (118,000 + 52,000 + 21,600
    + 18,000) = 118,000 ÷ 209,600 = 56.3%. After: the commission on the new accounts' sales,
    5% × $120,000 × 6 = $36,000, is the spend; 118,000 − 36,000 = $82,000 is left out beside
    it; CAC 36,000 ÷ 6 = $6,000 (unchanged); share 36,000 ÷ (36,000 + 52,000 + 21,600 +
    18,000) = 36,000 ÷ 127,600 = 28.2% (the reviewer's), and the others' of the same 127,600:
    events 52,000 ÷ 127,600 = 40.8% (was 24.8%), Thomasnet 21,600 ÷ 127,600 = 16.9% (was
    10.3%), the website 18,000 ÷ 127,600 = 14.1% (was 8.6%). Both copies of the profile."""
    for path in (CMFG, CMFG_H):
        report = _full(path).profiles[0]
        reps = _channel(report, REPS)
        assert reps.spend == Decimal(36_000), path  # 5% × 120,000 × 6
        assert reps.left_out == Decimal(82_000), path  # 118,000 − 36,000
        assert reps.commission_left_out == Decimal(82_000), path
        assert reps.customers == 6
        assert reps.cac == Decimal(6_000)  # 36,000 ÷ 6: spend ÷ customers
        assert reps.cac == reps.spend / reps.customers
        assert reps.left_out_why is not None
        assert reps.left_out_why.startswith(
            "the commission on the repeat orders of accounts the reps already had"
        )
        shares = {c.name: c.share_of_spend for c in report.channels}
        assert round(float(shares[REPS] or 0), 3) == 0.282  # 36,000 ÷ 127,600 = 0.2821
        assert round(float(shares["Events, trade shows and webinars"] or 0), 3) == 0.408
        assert round(float(shares["Directories and review sites (generic)"] or 0), 3) == 0.169
        assert round(float(shares["Website refresh (one-time)"] or 0), 3) == 0.141
        # the headline CAC is unchanged: (91,600 + 36,000 + 17,263.16) ÷ 12 = 12,071.93
        assert report.economics.cac.value is not None
        assert report.economics.cac.value.quantize(CENT) == Decimal("12071.93")
        # no other channel leaves anything out
        assert [c.name for c in report.channels if c.left_out] == [REPS]


def test_bi4_the_cpa_channel_says_what_it_leaves_out_the_same_way() -> None:
    """The CPA channel's spend was already what its CAC divides: 20% × $9,800 × 8 = $15,680 of
    the $31,000 line, with the $6,500 of lunches, 15,680 + 6,500 = $22,180, and 22,180 ÷ 8 =
    $2,772.50; the other 31,000 − 15,680 = $15,320 had been said only in a note. Now it is
    `left_out` too, with its reason; `commission_left_out` stays the reps' alone (null)."""
    report = _full(RIA).profiles[0]
    cpa = _channel(report, CPA)
    assert cpa.spend == Decimal(22_180)  # 15,680 + 6,500
    assert cpa.left_out == Decimal(15_320)  # 31,000 − 15,680
    assert cpa.commission_left_out is None
    assert cpa.cac == Decimal("2772.50")  # 22,180 ÷ 8
    assert cpa.left_out_why is not None
    assert cpa.left_out_why.startswith(
        "the share of the fees of clients it brought in earlier years"
    )


def test_bi4_the_table_shows_what_is_left_out_beside_the_spend_with_one_note() -> None:
    """The spend cell reads "$36,000 ($82,000 left out)" (was "$118,000"), "$22,180 ($15,320
    left out)" (was "$22,180"); one note each, worded alike: what the spend counts of its
    lines, as the key figures' CAC counts it, and why the rest is left out."""
    cmfg = _full(CMFG)
    reps = _channel(cmfg.profiles[0], REPS)
    money = lambda amount: format_money(amount, "USD")  # noqa: E731
    assert spend_shown(reps, cmfg.profiles[0].activities, money) == "$36,000 ($82,000 left out)"
    md = markdown.render(cmfg)
    assert f"| {REPS} | $36,000 ($82,000 left out) | 6 | $6,000 | 28.2% → 50% |" in md
    assert "$118,000 |" not in md
    notes = [
        _words(n)
        for n in channel_notes(reps, cmfg.profiles[0].activities, "USD", cmfg.profiles[0].findings)
    ]
    [note] = [n for n in notes if "left out" in n]
    assert note.startswith(
        "its spend, what its CAC divides, is $36,000 of its line's $118,000: the commission on "
        "the 6 new customers' sales, as the key figures' CAC counts it; the other $82,000 is "
        "left out: the commission on the repeat orders"
    )
    ria = _full(RIA)
    cpa = _channel(ria.profiles[0], CPA)
    assert spend_shown(cpa, ria.profiles[0].activities, money) == "$22,180 ($15,320 left out)"
    notes = [
        _words(n)
        for n in channel_notes(cpa, ria.profiles[0].activities, "USD", ria.profiles[0].findings)
    ]
    [note] = [n for n in notes if "left out" in n]
    assert note.startswith(
        "its spend, what its CAC divides, is $22,180 of its lines' $37,500: the first year's "
        "share on the 8 clients it brought this year, at most"
    )
    assert "the other $15,320 is left out: the share of the fees of clients" in note


def test_bi4_the_json_says_it_and_the_schema_describes_it(run_cli: RunCli) -> None:
    """`spend` "36000", `cac` "6000", `left_out` "82000" (was `spend` "118000" beside `cac`
    "6000"); the schema describes both new fields and that `spend` leaves `left_out` out."""
    data = json.loads(json_report.render(_full(CMFG)))
    [reps] = [c for c in data["profiles"][0]["channels"] if c["name"] == REPS]
    assert (reps["spend"], reps["cac"], reps["left_out"]) == ("36000", "6000", "82000")
    assert reps["commission_left_out"] == "82000"
    schema = json.loads(run_cli("schema", "--report").stdout)
    text = json.dumps(schema)
    assert "spend + left_out is its lines' spend" in text
    assert "why it is left out, in words" in text


def test_bi4_the_plan_prices_the_reps_as_the_check_does(run_cli: RunCli) -> None:
    """Before: the plan's reps read spend $118,000 and CAC 118,000 ÷ 6 = $19,666.67 beside the
    check's $6,000, and today's budget 118,000 + 52,000 + 21,600 + 18,000 = $209,600. After:
    $36,000, 36,000 ÷ 6 = $6,000, `left_out` 82,000, today's budget 36,000 + 52,000 + 21,600 +
    18,000 = $127,600; the assumptions say what is left out and why."""
    data: dict[str, Any] = json.loads(run_cli("plan", CMFG, "-f", "json").stdout)
    assert data["current_budget"] == "127600"
    [reps] = [c for c in data["channels"] if c["name"] == REPS]
    assert (reps["spend"], reps["cac"], reps["left_out"]) == ("36000", "6000", "82000")
    assert reps["left_out_why"].startswith("the commission on the repeat orders")
    others = [c for c in data["channels"] if c["name"] != REPS]
    assert all(c["left_out"] is None and c["left_out_why"] is None for c in others)
    said = _words(" ".join(data["assumptions"]))
    assert (
        f"{REPS}: its spend, what its CAC divides, is $36,000 of its line's $118,000, as the "
        "check's CAC counts it; the other $82,000 is left out"
    ) in said
    text = _words(run_cli("plan", CMFG).stdout)
    assert "is $36,000 of its line's $118,000" in text
    # the CPA channel's plan says its own: $22,180 of its lines' 31,000 + 6,500 = $37,500
    ria: dict[str, Any] = json.loads(run_cli("plan", RIA, "-f", "json").stdout)
    [cpa] = [c for c in ria["channels"] if c["name"] == CPA]
    assert (cpa["spend"], cpa["left_out"]) == ("22180", "15320")
    assert "is $22,180 of its lines' $37,500" in _words(" ".join(ria["assumptions"]))


def test_bi4_the_html_shows_the_spend_and_what_is_left_out() -> None:
    """The client report's row: "$36,000 ($82,000 left out)", "28.2%" (was "$118,000",
    "56.3%")."""
    text = _page_text(html.render(_full(CMFG)))
    assert "$36,000 ($82,000 left out)" in text
    assert "28.2%" in text
    assert "$118,000 6" not in text
    assert "56.3%" not in text


# 3. the fee share's clause once in the client report ------------------------------------------


def test_the_cpa_fee_share_is_said_once_in_the_html_and_the_markdown() -> None:
    """Before: the cell said "its line pays a share of its clients' fees for as long as they
    stay" in how the channel was joined and again in its note: 2 times. Now once, in the note;
    the markdown, which shows no `joined_by`, says it once too."""
    report = _full(RIA)
    clause = "pays a share of its clients' fees for as long as they stay"
    assert _page_text(html.render(report)).count(clause) == 1
    assert _words(markdown.render(report)).count(clause) == 1


def test_a_fee_share_counted_whole_is_said_once_in_the_html() -> None:
    """Without customers.average_revenue the trail is counted whole, (31,000 + 6,500) ÷ 8 =
    $4,687.50, a ceiling: the cell had said "its trail on its clients' fees is counted whole"
    beside the note's "its CAC charges this year's whole payment ...: a ceiling"; now the note
    alone. Nothing is left out then."""
    data = yaml.safe_load(RIA.read_text(encoding="utf-8"))
    del data["customers"]["average_revenue"]
    profile = report_of(data)
    cpa = _channel(profile, CPA)
    assert cpa.cac == Decimal("4687.50")  # 37,500 ÷ 8
    assert cpa.left_out is None
    text = _page_text(html.render(Report(passed=profile.passed, profiles=[profile])))
    assert "its trail on its clients' fees is counted whole" not in text
    assert text.count("for as long as they stay, and its CAC charges this year's whole") == 1


# 2. BI3: no gap owed to a range that is only a reference --------------------------------------


def test_bi3_no_gap_is_owed_to_a_reference_range() -> None:
    """Before: `metrics.marketing_short` {"amount": "66960", "leaves_out": ["flagged"]}: 3% ×
    3,112,000 = 93,360, less the 60,200 − 33,800 = 26,400 of marketing the rules allow, 93,360
    − 26,400 = 66,960, beside BA101's "no budget is asked to reach the range". After: null, as
    `industry.range_reference` says why; BA101 still fires (a warning), and the client report
    tags it with no money."""
    report = _full(CANNABIS)
    profile = report.profiles[0]
    assert profile.industry is not None
    assert profile.industry.range_reference.startswith("Canada's Cannabis Act")
    assert [f.severity for f in profile.findings if f.rule == "BA101"] == ["warning"]
    assert profile.metrics.marketing_short is None
    data = json.loads(json_report.render(report))
    assert data["profiles"][0]["metrics"]["marketing_short"] is None
    text = _page_text(html.render(report))
    assert "$66,960" not in text
    assert "a period under the minimum" not in text


def test_bi3_the_same_store_in_dollars_still_owes_its_gap() -> None:
    """Kept in US dollars the US range is a floor, not a reference, and BA101 asks for the gap:
    the JSON keeps it, so the guard is the reference, not the trade. Read as a US store, BA120
    warns about Google Ads ($9,000) and the free pre-roll ($6,800), 9,000 + 6,800 = $15,800:
    3% × 3,112,000 = 93,360, less the 60,200 − 15,800 = 44,400 the rules allow, = 48,960."""
    data = yaml.safe_load(CANNABIS.read_text(encoding="utf-8"))
    data["business"]["currency"] = "USD"
    profile = report_of(data)
    assert profile.industry is not None
    assert profile.industry.range_reference == ""
    [ba101] = [f for f in profile.findings if f.rule == "BA101"]
    assert "$15,800 of it pays for what BA120 warns about" in _words(ba101.message)
    assert profile.metrics.marketing_short is not None
    assert profile.metrics.marketing_short.amount == Decimal(48_960)  # 93,360 − 44,400
    assert profile.metrics.marketing_short.leaves_out == ["flagged"]


# 4. the person who answers internet leads sells -----------------------------------------------

SELL = ("sales", "convert")
ACQUIRE = ("marketing", "acquire")


@pytest.mark.parametrize(
    "name",
    [
        "Internet lead manager",
        "Internet lead manager - salary + bonus",
        "Internet leads manager",
        "Internet lead mgr",
        "Internet lead coordinator",
        "Internet lead specialist",
        "Internet lead responder",
        "BDC / internet lead manager",
    ],
)
@pytest.mark.parametrize("vertical", [None, "auto-dealer", "mortgage"])
def test_the_person_who_answers_internet_leads_sells(vertical: str | None, name: str) -> None:
    """Before: marketing/acquire by 'internet lead', as leads bought. After: sales/convert, a
    confident answer, as "Internet sales manager" is."""
    reading = read_in(vertical, name)
    assert (reading.category, reading.purpose) == SELL, reading
    assert reading.confidence == "high", reading


@pytest.mark.parametrize(
    "name", ["Internet leads", "Aged internet leads (bulk)", "Internet leads - Autotrader"]
)
@pytest.mark.parametrize("vertical", [None, "auto-dealer", "mortgage"])
def test_the_internet_leads_themselves_stay_acquisition(vertical: str | None, name: str) -> None:
    """The leads bought stay what winning customers costs (the sixty-second round, part j)."""
    reading = read_in(vertical, name)
    assert (reading.category, reading.purpose) == ACQUIRE, reading

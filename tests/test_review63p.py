"""Round 63, part p (2026-12-08): one revenue base for revenue given up (BJ1 of the sixty-second
round's second re-review), and the med spa's two shares (BJ3).

The lead's decision: a line the tool only reads as revenue given up (BA116: a discount, a free or
waived service, member credits, a move-in special; not marked by the owner) is read as a line
marked ``kind: contra-revenue`` is, everywhere: out of the marketing, out of the costs and out of
net revenue, so the operating profit is the same as listed. The other premise (the revenue
figure is already what customers paid, so the line counts it twice) is stated once, in BA116,
with its own figures.

Before, on one page, the salon's BA101 read "$103,600 → $84,628" of net revenue $624,300, and
its BA116 "$107,100 without it, $185,100 without every such line", of $635,800; the med spa's key
figure read 7.2% against a 5% minimum beside a score basis of 5.6%, its BA107 said "the check
passes only on this reading" of free treatments for influencers, which its CAC counted as money
while the members' free treatments were revenue given up.

The profiles are the reviewer's: tests/fixtures/review61r/salon.yaml, and
tests/fixtures/review62h/medspa.yaml and storage.yaml. Every expected figure is worked out by
hand in the comment beside it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from .conftest import RunCli, findings_in, profile_json, report_of

FIXTURES = Path(__file__).parent / "fixtures"
SALON = FIXTURES / "review61r" / "salon.yaml"
MEDSPA = FIXTURES / "review62h" / "medspa.yaml"
STORAGE = FIXTURES / "review62h" / "storage.yaml"


def _words(finding: dict[str, Any]) -> str:
    return " ".join(f"{finding['message']} {finding['advice']}".split())


def _text(run_cli: RunCli, path: Path) -> str:
    """The terminal report, its whitespace collapsed (lines wrap at 80 columns)."""
    return " ".join(run_cli("check", path, "--exit-zero").stdout.split())


def _money(text: str) -> list[int]:
    return [int(found.replace(",", "")) for found in re.findall(r"\$(\d[\d,]*)(?!\.\d)", text)]


#: Where a page states an operating profit: "operating profit $103,600", "the operating profit,
#: $103,600", "the operating profit is then $115,100", BA101's "... $103,600 → $84,628", and
#: BA116's "$103,600 (16.6% of net revenue) with it, $173,600 (27.8%) without it"
_PROFITS = (
    r"operating profit(?: is then|,)? \$([\d,]+)",
    r"\) \$([\d,]+) → \$([\d,]+)",
    r"\$([\d,]+) \([\d.]+%(?: of net revenue)?\) (?:with|without) it",
)


def _profits(text: str) -> list[int]:
    """Every operating profit a page states (as :data:`_PROFITS` finds them)."""
    found: list[int] = []
    for pattern in _PROFITS:
        for match in re.finditer(pattern, text):
            found += [int(g.replace(",", "")) for g in match.groups()]
    return found


def _by_subject(profile: dict[str, Any], rule: str) -> dict[str, dict[str, Any]]:
    return {f["subject"]: f for f in findings_in(profile, rule)}


# --- the salon --------------------------------------------------------------------------------
# revenue 640,000; 'Loyalty points redeemed' 4,200 read as contra-revenue: 635,800 as listed.
# Revenue given up (BA116): 'Refer-a-friend $25 service credit' 3,500 + 'New client 20% off first
# visit' 8,000 = 11,500, both listed as marketing. Spend as listed 532,200 (without the 4,200).
# One premise: net revenue 635,800 − 11,500 = 624,300; spend 532,200 − 11,500 = 520,700;
# profit 624,300 − 520,700 = 103,600, as listed.


def test_the_salons_profit_and_net_revenue_are_one_figure_each(run_cli: RunCli) -> None:
    p = profile_json(run_cli, SALON)
    profit = p["profit"]
    # before: net 635,800, margin 103,600 ÷ 635,800 = 16.29%; after: net 624,300
    assert Decimal(profit["net_revenue"]) == 624300
    assert Decimal(profit["operating_profit"]) == 103600
    assert Decimal(profit["revenue_given_up"]) == 11500  # 3,500 + 8,000
    assert profit["revenue_given_up_lines"] == [25, 27]
    # 103,600 ÷ 624,300 = 0.16595
    assert round(profit["operating_margin"], 4) == 0.1659
    # spend 532,200 − 11,500 = 520,700; marketing 17,500 − 11,500 = 6,000
    assert Decimal(p["spend"]["total"]) == 520700
    assert Decimal(p["spend"]["marketing"]) == 6000
    assert Decimal(p["marketing_by_purpose"]["acquire"]) == 6000
    # the key figure as listed stays (17,500 ÷ 635,800 = 2.75%), and beside it the share BA101
    # counts: 6,000 ÷ 624,300 = 0.961%
    assert round(p["metrics"]["marketing_share_of_revenue"], 4) == 0.0275
    assert round(p["metrics"]["marketing_counted"], 5) == 0.00961
    assert Decimal(p["metrics"]["marketing_given_up"]) == 11500
    # marketing ÷ all spend: 6,000 ÷ 520,700 = 1.15% (before 17,500 ÷ 532,200 = 3.29%)
    assert round(p["metrics"]["marketing_share_of_spend"], 4) == 0.0115
    # BA101's gap: 4% × 624,300 = 24,972; − 6,000 = 18,972 (unchanged: it was on this premise)
    assert Decimal(p["metrics"]["marketing_short"]["amount"]) == 18972
    lines = {a["line"]: a for a in p["activities"]}
    assert lines[25]["given_up"]
    assert lines[27]["given_up"]
    assert not lines[23]["given_up"]  # the boosted posts are money


def test_the_salons_ba116_keeps_the_profit_and_states_the_other_premise_once(
    run_cli: RunCli,
) -> None:
    p = profile_json(run_cli, SALON)
    ba116 = _by_subject(p, "BA116")
    credit = _words(ba116["Refer-a-friend $25 service credit"])
    offer = _words(ba116["New client 20% off first visit"])
    draw = _words(ba116["Owner draw"])
    # before: "$103,600 (16.3% of net revenue) with it, $107,100 (16.8%) without it, $185,100
    # (29.1%) without every such line"; now the profit is the same either way
    for words in (credit, offer):
        assert "out of net revenue ($624,300)" in words
        assert "$103,600 (16.6% of net revenue), is the same either way" in words
        assert "$107,100" not in words
        assert "$111,600" not in words
    # the other premise, once, on the first line: profit 103,600 + 11,500 = 115,100; BA101's
    # gap 4% × 635,800 = 25,432; − 6,000 = 19,432
    assert "if your $635,800 is already after these" in credit
    assert "the operating profit is then $115,100" in credit
    assert "BA101's gap $19,432 (4% × $635,800 − $6,000)" in credit
    assert "$115,100" not in offer
    assert "BA116 on 'Refer-a-friend $25 service credit' gives the profit then" in offer
    # the draw: 103,600 + 70,000 = 173,600; 173,600 ÷ 624,300 = 27.8%; no "without every such
    # line" (before 103,600 + 70,000 + 11,500 = $185,100): the lines given up move no profit
    assert "$103,600 (16.6% of net revenue) with it, $173,600 (27.8%) without it" in draw
    assert "$185,100" not in draw
    assert "without every such line" not in draw


def test_the_salons_page_shows_one_profit_and_one_base(run_cli: RunCli) -> None:
    text = _text(run_cli, SALON)
    # every operating profit the page states: 103,600 as listed; 84,628 after BA101's gap
    # (103,600 − 18,972); 173,600 without the draw (BA116's draw line); 115,100 only in BA116's
    # one conditional
    stated = _profits(text)
    assert set(stated) == {103600, 84628, 173600, 115100}, stated
    amounts = _money(text)
    assert amounts.count(115100) == 1  # the other premise, stated once
    for old in (107100, 111600, 185100):  # the add-back premise's profits
        assert old not in amounts
    # the breakdown: 520,700 of 640,000, net 624,300 after 4,200 + 11,500 = 15,700
    assert "Spend $520,700 of $640,000 revenue (net $624,300 after $15,700 taken out" in text
    assert "operating profit $103,600 (16.6%)" in text
    assert "marketing $6,000 (acquire $6,000, retain $0, grow $0)" in text
    # the base as listed, 635,800, appears only in BA101 ("as listed") and twice in BA116's
    # conditional ("if your $635,800 ...", "4% × $635,800 − $6,000")
    assert amounts.count(635800) == 3
    assert "marketing is 2.75% of net revenue as listed ($17,500 of $635,800)" in text


# --- the med spa ------------------------------------------------------------------------------
# revenue 1,840,000; Botox Tuesdays 41,000 and Groupon's cut 14,800 read as contra-revenue:
# 1,784,200 as listed. Marketing as listed 127,700 (38,000 + 26,000 + 18,500 + 7,200 + 22,000 +
# 6,400 + 9,600). Revenue given up: influencer comps 18,500 (now read so, as the members' free
# treatments are), Glow Club 22,000, refer-a-friend credit 6,400 = 46,900.
# Net revenue 1,784,200 − 46,900 = 1,737,300; marketing in money 127,700 − 46,900 = 80,800.


def test_the_med_spas_key_figure_and_breakdown_agree_with_ba101_and_the_score(
    run_cli: RunCli,
) -> None:
    p = profile_json(run_cli, MEDSPA)
    m = p["metrics"]
    # as listed 127,700 ÷ 1,784,200 = 7.16%; as BA101 counts it 80,800 ÷ 1,737,300 = 4.651%
    assert round(m["marketing_share_of_revenue"], 4) == 0.0716
    assert round(m["marketing_counted"], 5) == 0.04651
    assert Decimal(m["marketing_given_up"]) == 46900
    # under 5%, made up by Groupon's 14,800: 80,800 + 14,800 = 95,600 ≥ 5% × (1,737,300 +
    # 14,800) = 87,605
    assert Decimal(m["marketing_counted_commissions"]) == 14800
    assert not findings_in(p, "BA101")
    (part,) = [c for c in p["score_components"] if c["name"] == "marketing investment"]
    assert part["earned"] is None
    assert "met only through the marketplaces" in part["basis"]
    # the breakdown: retain 31,600 − 22,000 = 9,600 (the text reminders); acquire 96,100 −
    # 18,500 − 6,400 = 71,200; marketing 80,800
    assert Decimal(p["marketing_by_purpose"]["retain"]) == 9600
    assert Decimal(p["marketing_by_purpose"]["acquire"]) == 71200
    assert Decimal(p["spend"]["marketing"]) == 80800
    assert Decimal(p["profit"]["net_revenue"]) == 1737300
    assert Decimal(p["profit"]["operating_profit"]) == 444400  # as listed
    lines = {a["line"]: a for a in p["activities"]}
    assert [n for n in (15, 17, 19, 21) if lines[n]["given_up"]] == [15, 19, 21]
    text = _text(run_cli, MEDSPA)
    assert (
        "7.2% as listed; 4.7% as BA101 counts it, without $46,900 of revenue given up (BA116), "
        "and the minimum met with the $14,800 of commissions marketplaces kept"
    ) in text
    assert "retain $31,600" not in text
    assert "marketing/retain 'club membership'" not in text
    assert "marketing $80,800 (acquire $71,200, retain $9,600, grow $0)" in text


def test_the_med_spas_free_treatments_are_read_alike_and_the_cac_counts_money(
    run_cli: RunCli,
) -> None:
    p = profile_json(run_cli, MEDSPA)
    cac = p["economics"]["cac"]
    # (38,000 + 26,000 + 7,200) ÷ 910 = 71,200 ÷ 910 = 78.2417 (before 89,700 ÷ 910 = 98.57)
    assert Decimal(cac["value"]).quantize(Decimal("0.01")) == Decimal("78.24")
    basis = " ".join(cac["basis"].split())
    assert "$71,200 acquisition marketing in money, without $24,900 of revenue given up" in basis
    # with the comps and the credit counted: (71,200 + 18,500 + 6,400) ÷ 910 = 105.60
    assert "with the $24,900 of revenue given up counted as spent, $105.60 a customer" in basis
    ba116 = _by_subject(p, "BA116")
    assert "Influencer comps - free filler/HydraFacial for posts" in ba116
    # the influencer's fee in money stays money
    assert "Influencer flat fees (Venmo)" not in ba116
    # the other premise once: profit 444,400 + 46,900 = 491,300; marketing in money 80,800 ÷
    # 1,784,200 = 4.53%, under 5%, made up by the commissions
    first = _words(ba116["Influencer comps - free filler/HydraFacial for posts"])
    assert "the operating profit is then $491,300" in first
    assert "the marketing in money 4.5% of it ($80,800)" in first
    assert "made up by the commissions marketplaces kept" in first
    text = _text(run_cli, MEDSPA)
    assert _money(text).count(491300) == 1
    # every operating profit the page states: 444,400 as listed, 491,300 in the conditional
    assert set(_profits(text)) == {444400, 491300}, _profits(text)
    for old in (466400, 450800, 472800, 462900):  # the add-back premise's profits
        assert old not in _money(text)


def test_the_med_spas_ba107_says_what_is_true_of_the_other_reading(run_cli: RunCli) -> None:
    """Read as cost of sales, the comps leave the marketing in money at 80,800 and net revenue
    at 1,737,300 + 18,500 = 1,755,800: 80,800 ÷ 1,755,800 = 4.60%, under 5% (87,790), but with
    Groupon's 14,800, 95,600 ≥ 5% × (1,755,800 + 14,800) = 88,530: BA101 passes either way, so
    BA107 is information, not "the check passes only on this reading"."""
    p = profile_json(run_cli, MEDSPA)
    ba107 = _by_subject(p, "BA107")["Influencer comps - free filler/HydraFacial for posts"]
    assert ba107["severity"] == "info"
    words = _words(ba107)
    assert "passes only on this reading" not in words
    assert "read either way, BA101 passes on the $14,800 of commissions marketplaces kept" in words
    # and it is so: marked cost of sales, the profile has no BA101 finding
    data = yaml.safe_load(MEDSPA.read_text(encoding="utf-8"))
    for activity in data["activities"]:
        if activity["name"].startswith("Influencer comps"):
            activity["kind"] = "cost-of-sales"
    report = report_of(data)
    assert not [f for f in report.findings if f.rule == "BA101"]


# --- storage ----------------------------------------------------------------------------------
# revenue 1,135,000, nothing marked contra-revenue; 'First month $1 move-in special' 31,000 is
# revenue given up. Net revenue 1,135,000 − 31,000 = 1,104,000; profit 661,600 as listed.


def test_storage_has_one_profit_and_its_key_figure_says_both_shares(run_cli: RunCli) -> None:
    p = profile_json(run_cli, STORAGE)
    assert Decimal(p["profit"]["net_revenue"]) == 1104000
    assert Decimal(p["profit"]["operating_profit"]) == 661600
    # 661,600 ÷ 1,104,000 = 0.59928 (before ÷ 1,135,000 = 58.3%)
    assert round(p["profit"]["operating_margin"], 4) == 0.5993
    # 49,200 ÷ 1,104,000 = 0.04457; 49,200 ÷ 656,400 = 0.07495
    assert round(p["metrics"]["marketing_counted"], 5) == 0.04457
    assert round(p["metrics"]["marketing_share_of_spend"], 4) == 0.0750
    text = _text(run_cli, STORAGE)
    # before: "$692,600 without the lines BA116 names as no cost, $478,600 after it"
    assert "operating profit $661,600 (59.9%) before $214,000 of interest (line 34): $447,600" in (
        text
    )  # 661,600 − 214,000 = 447,600
    assert 478600 not in _money(text)
    amounts = _money(text)
    assert amounts.count(692600) == 1  # 661,600 + 31,000, in BA116's conditional only
    assert set(_profits(text)) == {661600, 692600}, _profits(text)
    assert "7.1% as listed; 4.5% as BA101 counts it, without $31,000 of revenue given up" in text
    assert "above the range only as listed, within it as BA110 counts it" in text

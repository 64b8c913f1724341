"""Findings of the fifty-second review round (2026-12-07) mended in the verdict's words, BA101,
BA128 and the key figures: AO9 (the verdict on a referral-fed business, one referrer's
concentration, a walk-in store) and AO10's HTML item (why a share over the minimum is under it
as BA101 counts it). Each expected figure is worked by hand in the test's docstring."""

from __future__ import annotations

from typing import Any

from bizaudit.explain.score import REFERRED, SENT, VERDICTS, WALKED_IN_NOT_KEPT

from .conftest import RunCli, WriteProfile
from .test_round47 import _json


def _found(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


def _sober(industry: str = "medical", classify: str = "") -> str:
    """A 36-bed sober home fed by drug courts and treatment centres (the reviewer's
    sober-referral profile). Classify states the two sources' kind, as helper D's vocabulary
    will read them (referrals by a professional referrer), so the test stands on its own."""
    return f"""
        version: 1
        business: {{name: Serenity Path Sober Living, industry: {industry}, period: "2026"}}
        revenue: 324000
        activities:
          - {{name: House managers stipends and room, spend: 43000}}
          - {{name: Rent and mortgage on 3 houses, spend: 118000}}
          - {{name: Utilities, spend: 22000}}
          - {{name: Furniture and household supplies, spend: 9000}}
          - {{name: Insurance, spend: 8000}}
          - {{name: NARR certification, spend: 2500}}
          - {{name: Bookkeeping, spend: 4800}}
        customers:
          new: 130
          sources: {{drug court: 60, treatment center: 55, alumni: 15}}
          average_revenue: 5100
          gross_margin: 55%
          retention_rate: 30%
        owner_hours: {{delivery: 30, marketing: 0, sales: 2, admin: 10}}
        {classify}
        """


_REFERRALS_STATED = """classify:
          sources:
            - {term: drug court, kind: referral}
            - {term: treatment center, kind: referral}"""


def test_a_sober_home_fed_by_referrers_is_told_the_investment_its_rules_allow(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO9 (a): 60 + 55 + 15 = 130 of 130 new residents by referral (100%, over BA128's half),
    in the medical vertical, whose rule (the Anti-Kickback Statute, EKRA) restricts paying
    those who refer. The score stays low and BA101 still fails the run (0% of $324,000 under
    the 1% floor, a $3,240 gap: the gate, rounds 50 and 51), but the banner is REFERRED's
    "Critical" band, not "marketing is an afterthought; ... by referral or by chance", and
    BA101's advice leads with the investment the rules allow (time with referrers, events, a
    second channel), that the share measures investment, not standing, and the same words of
    what the rules allow that BA102 quotes ("build relationships with referring physicians
    without payment"), so no finding contradicts another."""
    report = _json(run_cli, write_profile, _sober(classify=_REFERRALS_STATED))
    assert report["verdict"] == REFERRED[1][1]
    assert "afterthought" not in report["verdict"]
    (gate,) = _found(report, "BA101")
    assert gate["severity"] == "error"
    assert gate["advice"].startswith(
        "all 130 new customers came by referral, and your profession's rules restrict paying "
        "those who refer: this share measures what is invested in winning customers, not "
        "whether the business is sound or lawful"
    )
    assert "a liaison's on a salary that does not vary with the referrals" in gate["advice"]
    assert "the gap to the minimum is $3,240" in gate["advice"]
    allowed = "uild relationships with referring physicians without payment"
    assert allowed in gate["advice"]
    (referrals,) = _found(report, "BA102")
    assert allowed in referrals["advice"]
    # ...and BA103 says "fund" as BA101 does: not payments to those who refer
    (channel,) = _found(report, "BA103")
    assert "not payments to them, but a liaison's salary or the owner's hours" in channel["advice"]


def test_referrals_a_trade_may_pay_for_or_few_of_them_keep_the_words(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO9 (a), near: sources the vocabulary cannot read (two plain names in place of the drug
    court and the treatment centre, which round 52's vocabulary reads as referrals: only
    alumni's 15 of 130 = 11.5% referrals, the rest "other") keep the afterthought's words and
    BA101's advice its budget; and all 130 by referral in retail, whose rules do not restrict
    paying for referrals, keep them too (100% referrals, so "by referral or by chance",
    VERDICTS' lowest band)."""
    plain = _sober().replace("drug court: 60, treatment center: 55", "harbor row: 60, eastgate: 55")
    unread = _json(run_cli, write_profile, plain)
    assert unread["verdict"] == VERDICTS[3][1]
    assert "restrict paying" not in _found(unread, "BA101")[0]["advice"]
    retail = _json(run_cli, write_profile, _sober("retail", _REFERRALS_STATED))
    assert retail["verdict"] == VERDICTS[3][1]
    assert "restrict paying" not in _found(retail, "BA101")[0]["advice"]
    assert "restrict paying" not in _found(retail, "BA103")[0]["advice"]


def _billing(sources: str, classify: str = "") -> str:
    """A medical billing company of 40 practices (the reviewer's mbill-referral profile)."""
    return f"""
        version: 1
        business: {{name: ClearClaim Billing Services, industry: consulting, period: "2026"}}
        revenue: 1200000
        activities:
          - {{name: Billers and coders wages, spend: 480000}}
          - {{name: Clearinghouse fees, spend: 36000}}
          - {{name: Office rent, spend: 60000}}
          - {{name: Practice management software, spend: 60000}}
        customers:
          new: 8
          sources: {sources}
          average_revenue: 30000
          gross_margin: 45%
          retention_rate: 90%
        owner_hours: {{delivery: 35, marketing: 0, sales: 3, admin: 12}}
        {classify}
        """


_CONSULTANT = """classify:
          sources:
            - {term: practice management consultant, kind: referral}"""


def test_one_consultant_sending_most_clients_is_a_concentration_bA128_names(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO9 (b): 7 of 8 new clients from one practice-management consultant, read as a
    referral: 7 / 8 = 87.5%, over BA128's 50%. BA128 had left referrals to BA102 ("100% of new
    customers came from referrals"); now it names the one referrer, on the condition that it
    is one person or firm, and the banner is SENT's lowest band (the score under 40)."""
    report = _json(
        run_cli,
        write_profile,
        _billing("{practice management consultant: 7, word of mouth: 1}", _CONSULTANT),
    )
    (one,) = _found(report, "BA128")
    assert one["severity"] == "warning"
    assert one["message"].startswith(
        "87.5% of new customers (7 of 8) came from one referral source, 'practice management "
        "consultant', over 50%: if that is one person or firm"
    )
    assert "grow a second source you run yourself" in one["advice"]
    assert one["line"] is not None
    assert report["verdict"] == SENT[-1][1]
    assert _found(report, "BA102")  # the referral share still has its own finding


def test_word_of_mouth_a_crowd_or_half_is_no_one_referrer(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO9 (b), near: word of mouth's 7 of 8 (no one referrer: customers' word), hospital
    discharge planners' 7 of 8 (a plural: many people), and the consultant's 4 of 8 (50%,
    not more than half) raise no BA128."""
    for sources, classify in (
        ("{word of mouth: 7, practice management consultant: 1}", _CONSULTANT),
        ("{hospital discharge planners: 7, word of mouth: 1}", ""),
        ("{practice management consultant: 4, word of mouth: 4}", _CONSULTANT),
    ):
        report = _json(run_cli, write_profile, _billing(sources, classify))
        assert not _found(report, "BA128"), sources


def _liquor(sources: str) -> str:
    """A walk-in liquor store (the reviewer's liq-onechannel profile)."""
    return f"""
        version: 1
        business: {{name: Bottle Shop on Main, industry: retail, period: "2026"}}
        revenue: 2400000
        activities:
          - {{name: "Beer, wine and spirits inventory purchases", spend: 1800000}}
          - {{name: Clerk wages, spend: 190000}}
          - {{name: Rent, spend: 84000}}
          - {{name: Utilities, spend: 30000}}
          - {{name: Card processing fees, spend: 48000}}
        customers:
          new: 4000
          sources: {sources}
          average_revenue: 600
          gross_margin: 25%
          retention_rate: 60%
        owner_hours: {{delivery: 50, marketing: 0, sales: 0, admin: 10}}
        """


def test_a_walk_in_store_reads_walked_in_not_by_chance(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO9 (c): all 4,000 new customers walk in (4,000 of 4,000, over half); costs 1,800,000 +
    190,000 + 84,000 + 30,000 + 48,000 = 2,152,000, an operating profit of 248,000 (10.3%).
    BA101 still fails it (0% under retail's 2% floor: a $48,000 gap) and the score stays
    under 40; the banner says the customers walk in and nothing is spent on bringing them back
    (BA104 warns), not "new customers arrive by chance". Near: 2,000 walk-ins of 4,000 (50%,
    not more than half) keep the afterthought's words."""
    report = _json(run_cli, write_profile, _liquor("{walk-ins: 4000}"))
    assert report["verdict"] == WALKED_IN_NOT_KEPT
    assert "by chance" not in report["verdict"]
    (gate,) = _found(report, "BA101")
    assert gate["severity"] == "error"
    assert "$48,000" in gate["advice"]
    assert _found(report, "BA104")
    half = _json(run_cli, write_profile, _liquor("{walk-ins: 2000, google maps: 2000}"))
    assert "afterthought" in half["verdict"]


_FRANCHISE = """
    version: 1
    business: {name: Summit Burgers LLC, industry: restaurant, period: "2026"}
    revenue: 3300000
    activities:
      - {name: Food and paper, spend: 990000}
      - {name: Crew labor, spend: 860000}
      - {name: Advertising fund contribution 4% of sales, spend: 132000}
      - {name: Local store marketing, spend: 33000}
      - {name: Rent, spend: 270000}
    customers:
      new: 60000
      sources: {walk-ins: 42000, google maps: 18000}
      average_revenue: 55
      gross_margin: 70%
      retention_rate: 45%
    owner_hours: {delivery: 45, marketing: 3, sales: 0, admin: 15}
    """


def test_the_key_figure_says_why_a_share_over_the_minimum_is_under_it(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AO10: (132,000 + 33,000) / 3,300,000 = 5% over the restaurant's 3% minimum, but only
    with the $132,000 brand fund an agreement sets (33,000 / 3,300,000 = 1% the business
    decides). The key figure had said "under it as BA101 counts it" with no why; every format
    now adds BA101's own clause, "over it only with $132,000 that an agreement sets", without
    the line's name (the finding gives it)."""
    # since AU14 of the fifty-fourth round (2026-12-07), in BA101's own figures, by hand as
    # above: 5% listed, 1% counted without the fund, under the 3% minimum
    why = "5% as listed; 1% without the $132,000 an agreement sets (under the 3% minimum)"
    markdown = run_cli("check", path := write_profile(_FRANCHISE), "-f", "markdown").stdout
    assert f"min 3%; {why} |" in markdown
    terminal = " ".join(run_cli("check", path).stdout.split())
    assert why in terminal
    html = run_cli("check", path, "-f", "html").stdout
    assert why in html
    assert "Advertising fund contribution" not in why

"""Findings of the forty-ninth review round (2026-12-06) mended in the verdict and the numbers.
Each expected figure is worked by hand in the test's docstring."""

from __future__ import annotations

from typing import Any

from .conftest import RunCli, WriteProfile
from .test_round47 import _json
from .test_rules import _report


def _home(name: str, lines: dict[str, int], revenue: int = 1000000) -> dict[str, Any]:
    """A home-services business named ``name`` with ``lines`` beside $60,000 of rent."""
    return {
        "business": {"name": name, "industry": "home-services"},
        "revenue": revenue,
        "activities": [
            *({"name": line, "spend": spend} for line, spend in lines.items()),
            {"name": "Rent", "spend": 60000},
        ],
    }


def _ba101(profile: dict[str, Any]) -> list[tuple[str, str]]:
    report = _report(profile)
    return [(f.severity, f.message) for f in report.findings if f.rule == "BA101"]


def test_a_landscaper_is_held_to_landscapers_figures_not_an_hvac_floor() -> None:
    """G7: a landscaper at 32,000 / 1,000,000 = 3.2% failed the HVAC contractor's 5% floor.
    Held by its name to landscapers' 3-10% of marketing and sales (two practitioners who
    disagree: no floor), 3.2% is
    within it; at 20,000 / 1,000,000 = 2% it is warned, with a gap of 3% x 1,000,000 - 20,000 =
    $10,000, and the same books under a plumber's name still fail at 5%."""
    assert _ba101(_home("Green Acres Lawn Care", {"Google Ads": 32000})) == []
    [(severity, message)] = _ba101(_home("Green Acres Lawn Care", {"Google Ads": 20000}))
    assert severity == "warning"
    assert "landscaping or lawn care company" in message
    report = _report(_home("Green Acres Lawn Care", {"Google Ads": 20000}))
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert "$10,000" in ba101.advice
    [(severity, _)] = _ba101(_home("Acme Plumbing", {"Google Ads": 32000}))
    assert severity == "error"
    # D11 of the round's re-review: one of the two sources counts sales too, so the range does:
    # (20,000 + 15,000) / 1,000,000 = 3.5%, within it
    both = {"Google Ads": 20000, "Sales estimator salary": 15000}
    assert _ba101(_home("Green Acres Lawn Care", both)) == []


def test_a_solar_installer_is_held_to_its_acquisition_cost_with_its_sales() -> None:
    """G10: an installer's customer acquisition is published as sales and marketing together
    (8-23% of the price). Marketing 40,000 and sales consultants 60,000 on 1,000,000 are
    100,000 / 1,000,000 = 10%: within it, where marketing alone, 4%, failed the HVAC floor.
    At 30,000 + 20,000 = 5% it is warned (the low end is no floor)."""
    lines = {"Google Ads": 40000, "Sales consultant salaries": 60000}
    assert _ba101(_home("Bright Path Solar", lines)) == []
    [(severity, _)] = _ba101(_home("Acme Heating and Air", lines))
    assert severity == "error"
    low = {"Google Ads": 30000, "Sales consultant salaries": 20000}
    [(severity, message)] = _ba101(_home("Bright Path Solar", low))
    assert severity == "warning"
    assert "marketing and sales" in message
    assert "5%" in message


def test_a_laboratory_is_not_failed_on_a_survey_of_practices(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """G8 and D4 of the round's re-review: a clinical laboratory wins physicians with salaried
    account managers ($180,000, sales in the medical vertical's words) and spends $14,000 on
    marketing: 14,000 / 3,200,000 = 0.44% of revenue, under the 1% of a survey of private
    practices, which win patients without a sales force. By its name it is held to that range
    as no floor, counting its marketing and sales together, as a practice's marketing wins what
    a laboratory's sales force does: (14,000 + 180,000) / 3,200,000 = 6.06%, within it; without
    the account managers, 0.44% is warned, the label saying whose range it is; a practice with
    the same books fails."""

    def ba101(name: str, sales: int = 180000) -> list[tuple[str, str]]:
        report = _json(
            run_cli,
            write_profile,
            f"""
            version: 1
            business: {{name: "{name}", industry: medical, period: "2026"}}
            revenue: 3200000
            activities:
              - {{name: Website and SEO, spend: 14000}}
              - {{name: "Account managers (W-2 salary)", spend: {sales}}}
              - {{name: Rent, spend: 90000}}
            """,
        )
        return [(f["severity"], f["message"]) for f in report["findings"] if f["rule"] == "BA101"]

    assert ba101("Valley Clinical Laboratory") == []
    [(severity, message)] = ba101("Valley Clinical Laboratory", sales=0)
    assert severity == "warning"
    assert "marketing and sales is 0.44% of revenue" in message
    assert "clinical laboratory (held to a survey of medical practices)" in message
    [(severity, _)] = ba101("Valley Family Medicine")
    assert severity == "error"


def test_a_florists_wire_commissions_say_what_a_one_off_customer_cost(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """G9: a florist whose wire services kept $70,000 of commissions on 1,100 new customers
    (950 of them theirs) read "$0 CAC: no cost to pay back". Most of its customers buy once
    (80% churn), so the payback is not counted month by month; it says what a customer cost with
    the commissions, 70,000 / 1,100 = $63.64, against the first order's margin, $80 x 55% = $44,
    which does not cover it; the wire services' channel counts them, 70,000 / 950 = $73.68."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Corner Bouquet, industry: retail, period: "2026"}
        revenue: 380000
        activities:
          - {name: "Wire service commissions withheld on incoming orders (27%)", spend: 70000}
          - {name: Fresh flowers, spend: 110000}
          - {name: Rent, spend: 30000}
        customers: {new: 1100, sources: {FTD: 950, walk-in: 150}, average_revenue: 80,
                    gross_margin: 55%, retention_rate: 20%}
        """,
    )
    basis = report["economics"]["payback_months"]["basis"]
    # AZ2 of the fifty-eighth round (2026-12-07), reworked by hand: the stated 55% is the
    # margin after the commissions, (380,000 - 70,000 - 110,000) / 380,000 = 52.6%, against
    # (380,000 - 110,000) / 380,000 = 71.1% before them (nearer after by 13.7 points): the $44
    # is each order's margin with the wire services' commission already out, so setting the
    # $63.64 with them against it counted them twice; the basis says they are in it
    assert basis.startswith("$0 CAC: nothing spent to pay back; $70,000 of commissions")
    assert "are in the stated 55% margin already: not counted again here" in basis
    assert "$63.64" not in basis
    # BA2 of the fifty-eighth round's re-review (2026-12-07), reworked by hand: the channel
    # table follows the same rule, so the wire services' channel no longer adds the $70,000
    # the 55% carries; with nothing else spent there it has no price (was 70,000 / 950 =
    # $73.68), and its JSON says why
    [wire] = [c for c in report["channels"] if c["name"].startswith("Floral wire services")]
    assert wire["cac"] is None
    assert (wire["fees"], wire["fees_netted"]) == ("70000", "after")


def test_a_weak_score_with_a_forbidden_line_does_not_blame_the_budget() -> None:
    """G3: a solar installer whose door-to-door closers, "free solar" ads and leads bought
    without consent won most of its customers read "Weak: too little goes into getting and
    keeping customers". Where BA114, BA119, BA120 or BA121 warns, the Weak band says what the
    Fair band says since D6 of the forty-eighth round; "Critical" keeps its words, and without
    a forbidden line "Weak" says what it says."""
    from bizaudit.explain.score import (
        CRITICAL_UNLAWFUL,
        UNDER_AVERAGE,
        VERDICTS,
        WEAK_UNLAWFUL,
        verdict,
    )

    assert verdict(45, unlawful=True) == WEAK_UNLAWFUL
    assert verdict(45, under_minimum=True, unlawful=True) == WEAK_UNLAWFUL
    assert verdict(45, under_minimum=True, under_average=True, unlawful=True) == WEAK_UNLAWFUL
    assert verdict(45, under_minimum=True, under_average=True) == UNDER_AVERAGE[2][1]
    assert verdict(45) == VERDICTS[2][1]
    # "Critical" names the law too since AM1 of the fifty-first round's re-review
    assert verdict(30, unlawful=True) == CRITICAL_UNLAWFUL
    assert verdict(30) == VERDICTS[3][1]
    profile = _home(
        "SunPeak Energy",
        {"Ads - 'Free solar, no cost to you - government program'": 20000, "Google Ads": 15000},
    )
    profile["customers"] = {
        "new": 40, "sources": {"google ads": 15, "referral": 25}, "average_revenue": 25000,
        "gross_margin": "25%", "retention_rate": "5%",
    }  # fmt: skip
    profile["owner_hours"] = {"delivery": 40, "marketing": 0, "sales": 5, "admin": 10}
    report = _report(profile)
    assert any(f.rule == "BA120" for f in report.findings)
    assert 40 <= report.score < 60
    assert report.verdict == WEAK_UNLAWFUL


def test_a_forbidden_door_to_door_line_gets_no_cooling_off_note(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """G1: a hospice's "Recruiting patients who are not terminally ill (door-to-door in senior
    housing)", which BA120 warns about, was told, as a channel, to come with the buyer's notice
    of a three-day right to cancel, as if a sale to grow; a pest company's door-to-door reps
    still are."""

    def notes(name: str, industry: str, line: str) -> str:
        result = run_cli(
            "check",
            write_profile(
                f"""
                version: 1
                business: {{name: "{name}", industry: {industry}, period: "2026"}}
                revenue: 2000000
                activities:
                  - {{name: "{line}", spend: 12000, channel: outbound}}
                  - {{name: Rent, spend: 60000}}
                customers: {{new: 40, sources: {{outbound: 10, referral: 30}}}}
                """
            ),
        )
        return " ".join(result.stdout.split())

    hospice = notes(
        "Sunrise Hospice Care",
        "medical",
        "Recruiting patients who are not terminally ill (door-to-door in senior housing)",
    )
    assert "BA120" in hospice
    assert "its sales are made at customers' homes" not in hospice
    pest = notes("Bugs Away Pest Control", "home-services", "Door-to-door sales reps")
    assert "its sales are made at customers' homes: a sale of $25 or more" in pest


def test_the_html_report_names_the_range_a_trade_is_held_to_by_its_name(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """A landscaper's HTML report said "home-services range 3–10% of revenue" of its own
    trade's range (the round's look at its report): it names whose range it is; a plumber's
    still says its vertical's."""

    def page(name: str) -> str:
        path = write_profile(
            f"""
            version: 1
            business: {{name: "{name}", industry: home-services, period: "2026"}}
            revenue: 1000000
            activities:
              - {{name: Google Ads, spend: 40000}}
            """
        )
        return run_cli("check", path, "-f", "html").stdout

    lawn = page("Green Acres Lawn Care")
    assert "landscaping or lawn care company range 3–10% of revenue" in lawn
    assert "home-services range" not in lawn
    assert "home-services range 5–10% of revenue" in page("Acme Plumbing")


def test_bail_for_a_share_with_no_filed_rate_is_asked_not_warned() -> None:
    """E6 of the forty-eighth round's second re-review: "Ads - 'Bail for 5%'" names no filed
    rate: a premium cut below it is an unlawful rebate, a down payment on the full premium is
    not. BA114 asks which, as information (a warning would cap a lawful payment-plan ad); a
    line that names a down payment or the filed rate is not asked, and one that names a lower
    charge than the filed rate is still warned about."""
    from .test_rules import _found

    lines = {
        "Ads - 'Bail for 5%'": "info",
        "Billboard - bail for 1% down, payment plans": None,
        "Ads - 'bail for 10%' (our filed rate)": None,
        "Ads - bail for 5% (filed rate 10%)": "warning",
    }
    profile = {
        "business": {"name": "Liberty Bail Bonds", "industry": "insurance-agency"},
        "revenue": 720000,
        "activities": [
            *({"name": line, "spend": 5000} for line in lines),
            {"name": "Google Ads", "spend": 30000},
        ],
    }
    found = {f.subject: f for f in _found("BA114", profile)}
    assert {line: (found[line].severity if line in found else None) for line in lines} == lines
    asked = found["Ads - 'Bail for 5%'"]
    assert "names no filed rate: is it the premium charged or a down payment on it?" in (
        asked.message
    )
    # the same words from an insurance agency's own name are nobody's question
    other = profile | {"business": {"name": "Harbor Point Insurance Agency",
                                    "industry": "insurance-agency"}}  # fmt: skip
    assert "Ads - 'Bail for 5%'" not in {f.subject for f in _found("BA114", other)}


def test_a_solar_installer_by_its_lines_is_told_which_range_its_name_held() -> None:
    """D5 of the round's re-review: "SunPeak Energy", a solar installer by every line, was held
    to home services' 5-10% of marketing alone, where "SunPeak Solar" with the same books is
    held to installers' 8-23% of marketing and sales, with no word of why. BA109 says so where
    two lines say solar; one inverter line, or a name that already says solar, is not told."""
    from .test_rules import _found

    def told(profile: dict[str, Any]) -> list[Any]:
        return [f for f in _found("BA109", profile) if f.subject == "industry"]

    lines = {"Panels, inverters and racking": 900000, "Dealer fees on solar loans": 150000}
    [said] = told(_home("SunPeak Energy", lines, revenue=3000000))
    assert said.severity == "info"
    assert "held to its own range, 8–23% of marketing and sales together" in said.message
    assert "held to the home-services range, 5–10% of marketing alone" in said.message
    assert told(_home("SunPeak Solar", lines, revenue=3000000)) == []
    one = {"Inverter repair parts": 20000, "Google Ads": 60000}
    assert told(_home("Acme Heating and Air", one)) == []


def test_what_the_law_may_forbid_comes_before_what_customers_cost() -> None:
    """D3 of the round's re-review: a hospice whose marketer was paid per admission read "Fair
    overall, but customers cost too much for what they bring back; fix that first". Where a
    forbidden line is warned about, the Fair and Weak bands of costly or slow-paying customers
    say that first; without one they say what they said."""
    from bizaudit.explain.score import (
        COSTS_TOO_MUCH,
        FAIR_UNLAWFUL,
        SLOW_PAYBACK,
        WEAK_UNLAWFUL,
        verdict,
    )

    assert verdict(71, costs_too_much=True, unlawful=True) == FAIR_UNLAWFUL
    assert verdict(45, costs_too_much=True, unlawful=True) == WEAK_UNLAWFUL
    assert verdict(71, costs_too_much=True, slow_payback=True, unlawful=True) == FAIR_UNLAWFUL
    assert verdict(71, costs_too_much=True) == COSTS_TOO_MUCH[1][1]
    assert verdict(45, costs_too_much=True, slow_payback=True) == SLOW_PAYBACK[2][1]


def test_customers_a_flagged_ad_does_not_name_best_still_look_free() -> None:
    """D12 of the round's re-review: a tax office's 300 customers from "refund advance ads"
    were taken for those of its BA120 ad "Maximum refund guaranteed" (both say 'refund'), so
    BA207 said nothing, beside its "Refund advance promo", which names them better. They look
    free, and no flagged line is offered as where their spend may be; customers a flagged line
    names best are still that line's (R16 of the fortieth round)."""
    from .test_rules import _found

    profile: dict[str, Any] = {
        "business": {"name": "Main Street Tax Service", "industry": "accounting"},
        "revenue": 600000,
        "activities": [
            {"name": "Ads - 'Maximum refund guaranteed or your prep is free'", "spend": 12000},
            {"name": "Refund advance promo - 'get $6,000 today, no fees'", "spend": 20000},
            {"name": "Google Ads", "spend": 10000},
            {"name": "Rent", "spend": 30000},
        ],
        "customers": {"new": 500, "sources": {"refund advance ads": 300, "google ads": 200}},
    }
    assert any(f.rule == "BA120" for f in _report(profile).findings)
    [free] = _found("BA207", profile)
    assert free.message.startswith("300 new customers came from refund advance ads")
    assert "Maximum refund" not in free.message + free.advice
    # the ad alone, nearest to them: its customers are its own, which BA120 speaks of
    alone = profile | {"activities": profile["activities"][:1] + profile["activities"][2:]}
    assert _found("BA207", alone) == []


#: A laboratory whose 1099 reps are paid 15% of collections (BA114, EKRA), beside $10,000 of
#: marketing, on $5,000,000 of revenue (E2 and F4 of the round's re-reviews)
_LAB_WITH_1099_REPS = """
version: 1
business: {name: Apex Clinical Laboratory, industry: medical, period: "2026"}
revenue: 5000000
activities:
  - {name: "1099 sales reps - 15% commission on collections", spend: 520000}
  - {name: Website and SEO, spend: 10000}
  - {name: Rent, spend: 90000}
"""


def test_flagged_sales_are_left_out_where_the_range_counts_sales(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """E2 of the round's second re-review: with a laboratory's range counting marketing and
    sales, its 1099 reps paid 15% of collections (BA114, EKRA) earned it the score's full marks.
    Flagged sales lines are left out as flagged marketing is: (520,000 + 10,000) / 5,000,000 =
    10.6%, over the 1% only with the $520,000 BA114 warns about; without it, 10,000 / 5,000,000
    = 0.2%."""
    report = _json(
        run_cli,
        write_profile,
        _LAB_WITH_1099_REPS,
    )
    [ba101] = [f for f in report["findings"] if f["rule"] == "BA101"]
    assert ba101["message"].startswith("marketing and sales is 10.6% of revenue, over the 1%")
    assert "only with $520,000 that BA114 warns about; without it, 0.2%" in ba101["message"]


def test_a_laboratory_is_told_whose_figure_its_range_is() -> None:
    """E10 of the round's second re-review: a laboratory held to a survey of practices was
    told "under the 1% its source says the trade spends"; it says whose spending it is."""
    from bizaudit.model import verticals

    held = verticals.held_to("medical", "Valley Clinical Laboratory")
    assert held is not None
    assert held.spent_by == "medical practices spend on marketing alone"
    assert verticals.held_to("medical", "Valley Family Medicine").spent_by is None  # type: ignore[union-attr]


def test_an_hvac_companys_inverter_heat_pumps_are_no_solar_lines() -> None:
    """E4 of the round's second re-review: "Inverter heat pumps" and "Inverter mini-split
    condensers" were read as a solar installer's; with solar named, they still are."""
    from bizaudit.model.verticals import solar_lines

    assert solar_lines(["Inverter heat pumps", "Inverter mini-split condensers"]) == ()
    both = ["Solar panel repair and inverter replacement", "Racking hardware for solar jobs"]
    assert solar_lines(both) == tuple(both)


def test_phone_sales_owe_no_cooling_off_notice() -> None:
    """E7 of the round's second re-review: the Cooling-Off Rule reaches a sale at the buyer's
    home or a place the seller rents for a short time, not one made by phone (16 CFR
    §429.0(a)); a home show's booth is such a place."""
    from .test_rules import _found

    def ba120(line: str) -> list[Any]:
        return _found("BA120", _home("Bugs Away Pest Control", {line: 0, "Google Ads": 50000}))

    assert ba120("Phone sales - no 3-day cancellation notice") == []
    [show] = ba120("Home show booth sales - no 3-day cancellation notice")
    assert "$130 or more at a place the seller rents for a short time" in show.message


def test_a_forbidden_operations_line_does_not_say_what_wins_customers() -> None:
    """E8 of the round's second re-review: a lawn company whose only flagged line was its crew
    spraying without an applicator's licence read "part of what wins customers is what the law
    ... may forbid"; BA120 still says so of the line, and the headline says what it says
    without it."""
    lawn: dict[str, Any] = _home(
        "Green Turf Co",
        {
            "Google Ads": 90000,
            "Crew spraying without applicator license": 200000,
            "Fertilizer and herbicide": 150000,
        },
    )
    lawn["customers"] = {
        "new": 300, "sources": {"google ads": 250, "referral": 50}, "average_revenue": 600,
        "gross_margin": "40%", "retention_rate": "40%",
    }  # fmt: skip
    lawn["owner_hours"] = {"delivery": 30, "marketing": 5, "sales": 5, "admin": 10}
    report = _report(lawn)
    assert any(f.rule == "BA120" for f in report.findings)
    assert "what the law" not in report.verdict


def test_a_hospices_payments_to_facility_staff_and_a_labs_reps_on_collections_are_ba114() -> None:
    """F1 and F2 of the round's third re-review: "Referral payments to ALF staff ($50 per
    admission)" passed as marketing (a facility's staff are its employees, not the hospice's),
    and "Sales reps - commission on collections (15%, 1099)" passed where the same pay with the
    rate first was BA114's. Both pay a non-employee per patient or on collections (42 U.S.C.
    §1320a-7b(b)); the hospice's own W-2 staff and a billing company's share of collections are
    not."""
    from bizaudit.core.metrics import pays_per_order

    assert pays_per_order("Referral payments to ALF staff ($50 per admission)")
    assert pays_per_order("Sales reps - commission on collections (15%, 1099)")
    assert not pays_per_order("W-2 sales reps - commission on collections (5%)")
    assert not pays_per_order("Billing company - 6% of collections")
    assert not pays_per_order("ALF staff appreciation lunch")


def test_a_payment_for_customers_on_any_line_sets_the_forbidden_line_headline() -> None:
    """F3 of the round's third re-review: after E8, a hospice whose BA114 lines were read as
    operations or cost of sales (a free phlebotomist, free aide hours for families who elect
    it) read "Fair: a real marketing effort". A payment or gift for customers (BA114, BA119,
    BA121) sets the headline whatever its line is read as; BA120 on an operations line alone
    does not (E8)."""
    hospice: dict[str, Any] = {
        "business": {"name": "Harbor Hospice", "industry": "medical"},
        "revenue": 3000000,
        "activities": [
            {"name": "Google Ads", "spend": 60000},
            {"name": "Community liaison salary", "spend": 70000},
            {
                "name": "Free home health aide hours to families who elect hospice",
                "spend": 25000,
                "kind": "cost-of-sales",
            },
            {"name": "Rent", "spend": 90000},
        ],
        "customers": {
            "new": 200,
            "sources": {"google ads": 120, "referral": 80},
            "average_revenue": 12000,
            "gross_margin": "40%",
            "retention_rate": "5%",
        },
        "owner_hours": {"delivery": 30, "marketing": 6, "sales": 4, "admin": 10},
    }
    report = _report(hospice)
    assert any(f.rule == "BA114" for f in report.findings)
    assert "what the law or a platform's rules may forbid" in report.verdict


def test_a_line_at_no_cost_that_says_its_practice_ended_is_not_asked_about() -> None:
    """F5 of the round's third re-review: "Contracts signed without the 3-day cancellation
    notice (fixed in March)" at $0, left alone by BA120 since E3, was asked its kind by BA106:
    it moves no figure and says what it was."""
    from .test_rules import _found

    line = "Contracts signed without the 3-day cancellation notice (fixed in March)"
    pest = _home("Bugs Away Pest Control", {line: 0, "Google Ads": 50000})
    assert [f for f in _found("BA106", pest) if f.subject == line] == []


def test_the_json_says_what_flagged_spend_the_share_is_held_without(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """F4 of the round's third re-review: a laboratory's JSON industry block read 19.2% with
    nothing left out, where BA101 and the score judge 0.2% without the flagged spend. It says
    that spend and its lines: $520,000 on line 6, the 1099 reps BA114 warns about; (520,000 +
    10,000) / 5,000,000 = 10.6% compared, 0.2% without."""
    report = _json(
        run_cli,
        write_profile,
        _LAB_WITH_1099_REPS,
    )
    industry = report["industry"]
    assert industry["compared_share"] == 0.106
    assert (industry["flagged_left_out"], industry["flagged_lines"]) == ("520000", [6])

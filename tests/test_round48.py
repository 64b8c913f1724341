"""Findings of the forty-eighth stop's work (2026-12-06) mended in the verdict and the numbers.
Each expected figure is worked by hand in the test's docstring."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bizaudit.model import verticals

from .conftest import RunCli, WriteProfile
from .test_round47 import _json
from .test_rules import _report


@pytest.mark.parametrize(
    ("industry", "name", "label", "low"),
    [
        ("fitness", "Pinecrest Country Club", "Golf or country club", "0.01"),
        ("fitness", "Heron Lake Golf Course", "Golf or country club", "0.01"),
        ("fitness", "Iron Works Gym", "Gym / fitness studio", "0.06"),
        ("fitness", "Sweat Club", "Gym / fitness studio", "0.06"),
        ("fitness", None, "Gym / fitness studio", "0.06"),
    ],
)
def test_a_club_declared_fitness_is_held_to_clubs_figures(
    industry: str, name: str | None, label: str, low: str
) -> None:
    """B8 of the forty-seventh round's re-review: a golf or country club declares `fitness`,
    its nearest vertical, and was held to a gym's 6-12%. By its name it is held to clubs' own
    figures (1-2%: a median and a minimum advised, neither a floor nor a ceiling); a gym that
    calls itself a club keeps a gym's."""
    held = verticals.held_to(industry, name)
    assert held is not None
    assert (held.label, str(held.marketing.low)) == (label, low)
    club = label != "Gym / fitness studio"
    assert held.low_is_floor is not club
    assert held.high_is_ceiling is not club


def test_a_club_of_another_vertical_keeps_its_range() -> None:
    """Only fitness carries clubs' figures: a club declared hospitality keeps hospitality's."""
    assert verticals.held_to("hospitality", "Pinecrest Country Club") == verticals.get(
        "hospitality"
    )


def _ba101(run_cli: RunCli, write_profile: WriteProfile, name: str, ads: int) -> list[str]:
    """BA101's severity and message for a fitness business named ``name`` with ``ads`` of
    Google Ads on $3,000,000 of revenue."""
    report = _json(
        run_cli,
        write_profile,
        f"""
        version: 1
        business: {{name: "{name}", industry: fitness, period: FY2026}}
        revenue: 3000000
        activities:
          - {{name: Google Ads, spend: {ads}}}
          - {{name: Course maintenance crew, spend: 1200000}}
        customers:
          new: 40
          sources: {{google ads: 40}}
          average_revenue: 9000
          gross_margin: 40%
          retention_rate: 90%
        """,
    )
    return [
        f"{f['severity']}: {f['message']} → {f['advice']}"
        for f in report["findings"]
        if f["rule"] == "BA101"
    ]


def test_a_country_club_is_not_asked_for_a_gyms_budget(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """B8: at $54,000 of $3,000,000 (1.8%) a country club is within clubs' 1-2%, with no
    BA101; a gym spending the same is under its 6% floor, $180,000 - $54,000 = $126,000 short,
    a failed check."""
    assert _ba101(run_cli, write_profile, "Pinecrest Country Club", 54000) == []
    [gym] = _ba101(run_cli, write_profile, "Iron Works Gym", 54000)
    assert gym.startswith("error: marketing is 1.8% of revenue ($54,000 of $3,000,000)")
    assert "$126,000" in gym


def test_a_club_under_clubs_median_is_warned_not_failed(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """At $8,000 of $3,000,000 (0.27%) a club is under the clubs' median of 1%, which is no
    floor: a warning, and the gap is 1% x 3,000,000 - 8,000 = $22,000."""
    [club] = _ba101(run_cli, write_profile, "Pinecrest Country Club", 8000)
    assert club.startswith("warning: marketing is 0.27% of revenue ($8,000 of $3,000,000)")
    assert "not a floor" in club
    assert "budget $30,000 a period for attracting and keeping customers ($22,000 more" in club


def _kennel(*more: dict[str, object]) -> dict[str, object]:
    """A kennel on $300,000 of revenue whose Rover commissions ($40,000, 20%) are taken out of
    revenue: 260 new clients, 220 through Rover, 25 by referral, 15 by search, worth $900 a
    year at a 45% margin ($33.75 a month)."""
    return {
        "business": {"name": "Cozy Paws Boarding", "industry": "veterinary", "period": "2026"},
        "revenue": 300000,
        "activities": [
            {"name": "Rover service fees (20%)", "spend": 40000},
            {"name": "Attendants", "spend": 110000},
            *more,
        ],
        "customers": {
            "new": 260,
            "sources": {"rover": 220, "client referral": 25, "google search": 15},
            "average_revenue": 900,
            "gross_margin": "45%",
            "retention_rate": "55%",
        },
    }


def test_a_cac_of_zero_says_what_the_marketplaces_kept() -> None:
    """C11 of the forty-eighth review round: a kennel on Rover read "CAC $0 ... no cost to pay
    back" beside BA123's "$40,000 spent". With the commissions: 40,000 / 260 = $153.85 a client
    (4.56 months at $33.75 a month), and 40,000 / 235 = $170.21 a client who did not come by
    referral (5.04 months)."""
    e = _report(_kennel()).economics
    assert e.cac.value == 0
    assert "with them, $153.85 a customer (a ceiling" in e.cac.basis
    assert "with them, $170.21 a customer (a ceiling" in e.non_referral_cac.basis
    assert e.payback_months.basis == (
        # (whom they were paid to named: AV6 of the fifty-fourth round's second re-review)
        "$0 CAC: nothing spent to pay back; with the $40,000 of commissions to Pet-care "
        "marketplaces (Rover, Wag) on these customers, 4.6 months (a ceiling)"
    )
    assert e.non_referral_payback_months.basis.endswith(", 5.0 months (a ceiling)")
    # the blended ratio too, where the judged one is the other (D10 of the round's re-review):
    # 854.70 / 153.85 = 5.6
    # (AZ2 of the fifty-eighth round, 2026-12-07: the kennel lists no cost of sales, so
    # whether its stated 45% margin carries the commissions cannot be told, and says so)
    assert e.ltv_to_cac.basis.endswith(
        "with them, 5.6× (a floor, as they are charged on repeat customers too; and only if the "
        "stated 45% margin is before them, which the listed costs cannot tell)"
    )


def test_a_cac_above_zero_says_it_too() -> None:
    """With $10,000 of Google Ads the CAC is 10,000 / 260 = $38.46; with the commissions,
    50,000 / 260 = $192.31 a client, and 192.31 / 33.75 = 5.7 months to earn it back."""
    e = _report(_kennel({"name": "Google Ads", "spend": 10000})).economics
    assert e.cac.value == Decimal("38.46")
    assert "with them, $192.31 a customer" in e.cac.basis
    assert e.payback_months.basis.endswith(
        "; with the $40,000 of commissions to Pet-care marketplaces (Rover, Wag) on these "
        "customers, 5.7 months (a ceiling)"
    )


def test_no_commissions_no_words() -> None:
    """A profile with no marketplace keeps its CAC's words: $0 is no cost to pay back."""
    profile = _kennel()
    profile["activities"] = [{"name": "Attendants", "spend": 110000}]
    e = _report(profile).economics
    assert "marketplaces kept" not in e.cac.basis
    assert e.payback_months.basis == "$0 CAC: no cost to pay back"


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Metro Auto Body", "Collision repair shop"),
        ("Precision Collision", "Collision repair shop"),
        ("Main St Body & Paint", "Collision repair shop"),
        ("Lakeside Body Shop", "Collision repair shop"),
        ("Joe's Auto Repair", "Auto repair shop"),
        ("Somebody's Garage", "Auto repair shop"),
        ("Everybody Tire & Brake", "Auto repair shop"),
        # D3 of the round's re-review: no collision trade, or a mechanic's too
        ("Collision Avoidance Auto Repair", "Auto repair shop"),
        # ...and one that repairs engines too is a collision shop all the same (E2)
        ("Main Street Auto Body & Mechanical", "Collision repair shop"),
    ],
)
def test_a_collision_shop_is_held_to_collision_shops_figures(name: str, label: str) -> None:
    """C6 of the forty-eighth review round: a collision shop declares `auto-repair`, its
    nearest vertical, and was held to a mechanical shop's 4-5.5%. By its name it is held to
    collision shops' 3-6% (FenderBender's industry standard, where spending "has hovered": no
    floor); a mechanic keeps its own."""
    held = verticals.held_to("auto-repair", name)
    assert held is not None
    assert held.label == label
    collision = label == "Collision repair shop"
    assert str(held.marketing.low) == ("0.03" if collision else "0.04")
    # where the trade's spending "has hovered", no floor (D3 of the round's re-review)
    assert held.low_is_floor is not collision


def _collision(name: str, *more: dict[str, object]) -> dict[str, object]:
    """A collision shop on $1,500,000 of sales: $45,000 of DRP concessions and fees given to
    insurers, 500 of its 620 new customers sent by one insurer's programme."""
    return {
        "business": {"name": name, "industry": "auto-repair", "period": "2026"},
        "revenue": 1500000,
        "activities": [
            {"name": "Parts purchased", "spend": 520000},
            {"name": "DRP labor rate discount and program fees (insurer)", "spend": 45000},
            {"name": "Rent", "spend": 90000},
            *more,
        ],
        "customers": {
            "new": 620,
            "sources": {"insurer drp": 500, "google search": 50, "customer referral": 70},
            "average_revenue": 2420,
            "gross_margin": "40%",
            "retention_rate": "10%",
            "churn_period": "year",
        },
    }


def test_a_drp_concession_is_what_its_customers_cost() -> None:
    """C6: the DRP's concession is that channel's price, counted as a marketplace's commission:
    45,000 / 1,500,000 = 3% of the sales before it, which meets collision shops' 3% minimum, so
    BA101 warns that more budget is not the gap, and the words under 80 name the one insurer
    that sends most customers (BA128: 500 of 620), not "too little goes into" marketing."""
    report = _report(_collision("Metro Auto Body"))
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"
    assert "marketplaces kept $45,000 of commissions" in ba101.message
    # 45,000 / 1,500,000 is the 3% itself: "at", not "over" (D10 of the round's re-review);
    # the low end is where the trade's spending hovers (D3)
    assert "winning customers took 3% of revenue before them, at what the trade spends" in (
        ba101.message
    )
    [drp] = [c for c in report.channels if "direct repair" in c.name]
    assert (drp.customers, drp.cac) == (500, Decimal(90))  # 45,000 / 500
    assert "one source someone else runs" in report.verdict
    assert "too little goes into" not in report.verdict


def test_a_mechanic_with_the_same_books_is_held_to_its_own_floor() -> None:
    """The same books under a mechanic's name: 3% is under the mechanical shop's 4% floor
    even with the concession. Since AM3 of the fifty-first round's re-review, where the
    insurer's programme, priced by its rate, sends most new customers (500 of 620, 80.6%), the
    floor is a warning that says so (tests/test_round51_channels.py); it was an error."""
    report = _report(_collision("Joe's Auto Repair"))
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"
    assert "500 of the 620 new customers (80.6%)" in ba101.message


def test_a_ledgers_drp_discount_joins_the_programmes_customers() -> None:
    """C6 (body-messy): "6020 DRP disc given" and the sources "DRP-SF" and "DRP-Prog" join one
    channel: 60,000 / (300 + 140) = $136.36 a customer, and no BA207 "they look free"."""
    profile = _collision("Metro Auto Body")
    profile["activities"] = [
        {"name": "5000 Parts - OEM", "spend": 520000},
        {"name": "6020 DRP disc given (labor rate conc)", "spend": 60000},
    ]
    profile["customers"]["sources"] = {"DRP-SF": 300, "DRP-Prog": 140, "google search": 60}  # type: ignore[index]
    profile["customers"]["new"] = 500  # type: ignore[index]
    report = _report(profile)
    [drp] = [c for c in report.channels if "direct repair" in c.name]
    assert drp.customers == 440
    assert drp.cac == Decimal("136.36")
    assert "BA207" not in {f.rule for f in report.findings}


def test_a_bail_agencys_share_is_held_to_its_premium_net_of_the_surety(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """C8 of the forty-eighth review round: a bail agency's surety's share of the premium is
    premium passed on, so marketing is held to what the agency keeps: 48,000 / (900,000 -
    180,000) = 6.67%, not 48,000 / 900,000 = 5.33%."""
    share = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Liberty Bail Bonds, industry: insurance-agency}
        revenue: 900000
        activities:
          - {name: 5000 Surety prem remit, spend: 180000}
          - {name: Google Ads, spend: 36000}
          - {name: SEO and website, spend: 12000}
          - {name: Office rent, spend: 36000}
        """,
    )["metrics"]["marketing_share_of_revenue"]
    assert round(Decimal(share), 4) == Decimal("0.0667")


def test_a_practices_payer_networks_are_channels_not_unknown(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """C7 of the forty-eighth review round: a counselling practice's clients from Headway and
    an insurer's panel had read as "other"; they are channels whose price is the rate the
    network sets (BA207 is information, not a warning to add a budget), and Alma's membership
    is joined to the networks' clients ("Alma" alone is the network among a health practice's
    sources): 1,500 / (40 + 15) = $27.27 a client in fees (the rate they set is the rest)."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Quiet Oaks Counseling, industry: medical}
        revenue: 900000
        activities:
          - {name: 6045 Alma membrshp, spend: 1500}
          - {name: Rent, spend: 48000}
        customers:
          new: 100
          sources: {headway: 40, insurance panel: 30, alma: 15, client referral: 15}
        """,
    )
    kinds = {s["name"]: s["kind"] for s in report["customer_sources"]}
    assert kinds == {
        "headway": "paid",
        "insurance panel": "paid",
        "alma": "paid",
        "client referral": "referral",
    }
    channels = {c["name"]: c for c in report["channels"]}
    networks = channels["Therapy networks (Headway, Alma, Rula, Grow Therapy)"]
    assert networks["customers"] == 55  # Headway's 40 and Alma's 15
    assert networks["cac"] == "27.27"
    assert "Insurance panels (in-network directories)" in channels
    ba207 = [f for f in report["findings"] if f["rule"] == "BA207"]
    assert ba207
    assert all(f["severity"] == "info" for f in ba207)


def test_no_gap_is_tagged_where_the_commissions_meet_the_minimum() -> None:
    """The HTML report tagged BA101 "$43,650 a period under the minimum" beside BA101's own
    "with them, ... over the minimum" (the collision shop of C6). Where the marketplaces'
    commissions meet the minimum, no gap is tagged; a shop under the minimum even with them
    keeps its gap: a mechanic's 4% of $1,455,000 of net sales = $58,200."""
    from bizaudit.render.html.view import money_at_stake

    covered = _report(_collision("Metro Auto Body"))
    [ba101] = [f for f in covered.findings if f.rule == "BA101"]
    assert money_at_stake(ba101, covered) is None
    # Joe's shop is under a mechanic's 4% even with them, but its insurer's programme sends
    # 500 of 620 at the rates it sets: the range is no floor (BA101) and the score's share is
    # not scored, so no gap is tagged either (AN3 and AN4 of the fifty-first round's second
    # re-review, 2026-12-07; before, 4% of $1,455,000 of net sales = $58,200)
    short = _report(_collision("Joe's Auto Repair"))
    [ba101] = [f for f in short.findings if f.rule == "BA101"]
    assert money_at_stake(ba101, short) is None


def test_the_html_cards_say_the_commissions_are_not_in_the_cac(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """C11 on the HTML page: the CAC card's "$0" and the payback card's "no cost to pay back"
    sat beside BA123's $40,000 of commissions; the cards say the commissions are not in it."""
    result = run_cli(
        "check",
        write_profile(
            """
            version: 1
            business: {name: Cozy Paws Boarding, industry: veterinary}
            revenue: 300000
            activities:
              - {name: Rover service fees (20%), spend: 40000}
              - {name: Attendants, spend: 110000}
            customers:
              new: 260
              sources: {rover: 220, client referral: 25, google search: 15}
              average_revenue: 900
              gross_margin: 45%
              retention_rate: 55%
            """
        ),
        "-f",
        "html",
    )
    assert "the commissions marketplaces kept are not in it (see LTV ÷ CAC)" in result.stdout
    assert "nothing spent to pay back" in result.stdout
    assert "no cost to pay back" not in result.stdout


def _findings(run_cli: RunCli, write_profile: WriteProfile, name: str, industry: str,
              lines: list[tuple[str, int]]) -> dict[str, set[str]]:  # fmt: skip
    """The rules that name each line of a small profile, by line name (CLI, JSON)."""
    activities = "\n".join(f"  - {{name: {n!r}, spend: {s}}}" for n, s in lines)
    text = (
        f"version: 1\nbusiness: {{name: {name!r}, industry: {industry}}}\nrevenue: 900000\n"
        f"activities:\n{activities}\n  - {{name: Google Ads, spend: 30000}}\n"
    )
    report = _json(run_cli, write_profile, text)
    found: dict[str, set[str]] = {n: set() for n, _ in lines}
    for f in report["findings"]:
        for n in found:
            if f["message"].startswith(f"{n!r}") or f["message"].startswith(f'"{n}"'):
                found[n].add(f["rule"])
    return found


def test_a_practice_at_no_cost_is_read_as_one_at_a_cost(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """D1 of the forty-eighth round's re-review: holding goods hostage, cold calls to Medicare
    beneficiaries or paying jail trusties cost no ledger line's money, and a $0 line that names
    them is the owner saying they happen; the readings skipped every $0 line."""
    mover = _findings(
        run_cli, write_profile, "Swift Movers", "home-services",
        [("Lowball estimates, then hold goods until extra paid (hostage loads)", 0)],
    )  # fmt: skip
    assert mover == {
        "Lowball estimates, then hold goods until extra paid (hostage loads)": {"BA120"}
    }
    dme = _findings(
        run_cli, write_profile, "Home Medical Supply", "pharmacy",
        [("Cold calls to Medicare beneficiaries offering free back braces", 0)],
    )  # fmt: skip
    assert "BA120" in dme["Cold calls to Medicare beneficiaries offering free back braces"]
    bail = _findings(
        run_cli, write_profile, "Liberty Bail Bonds", "insurance-agency",
        [("Payments to jail trustees for referring inmates", 0)],
    )  # fmt: skip
    assert "BA114" in bail["Payments to jail trustees for referring inmates"]


@pytest.mark.parametrize(
    ("line", "rebate"),
    [
        ("Premium discounts - 'bail for 5%' (filed rate 10%)", True),
        ("Ads - bail for 8% (10% filed)", True),
        ("Cosigner cash-back", True),
        ("Bail below filed rate promo", True),
        ("Premium financing (payment plans at filed rate)", False),
        ("Ads - 'bail for 10%' (our filed rate)", False),
        ("Payment plan processing (premium at filed rate)", False),
    ],
)
def test_a_bail_premium_is_cut_only_where_the_line_says_so(line: str, rebate: bool) -> None:
    """D2 of the forty-eighth round's re-review: "filed rate" alone, or "bail for 10%" at the
    filed rate, was called an unlawful rebate; a price is cut where the line says it is below
    the filed rate (5% against 10% filed), or a premium is given back (cash-back)."""
    from bizaudit.core.metrics import cuts_bail_premium

    assert cuts_bail_premium(line) is rebate


def test_a_collision_shop_under_the_trades_spending_is_warned_not_failed() -> None:
    """D3 of the forty-eighth round's re-review: a DRP shop at 27,000 / 2,200,000 = 1.23%
    failed the check on an undated columnist's 3%; as where the trade's spending has hovered,
    it is a warning, and the gap is 3% x 2,200,000 - 27,000 = $39,000."""
    report = _report(
        {
            "business": {"name": "Precision Collision", "industry": "auto-repair"},
            "revenue": 2200000,
            "activities": [
                {"name": "Google Ads", "spend": 18000},
                {"name": "Website and SEO", "spend": 9000},
                {"name": "Rent", "spend": 120000},
            ],
        }
    )
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"
    assert "$39,000" in ba101.advice
    assert report.passed
    # ...and it says which range the name holds it to (F4 of the round's third re-review)
    assert "the low end of the range for a collision repair shop, as the business's name" in (
        ba101.message
    )


def test_a_bail_agencys_payments_for_business_buy_customers() -> None:
    """D6 of the forty-eighth round's re-review: what a bail agency pays jail staff or runners
    for bail business is acquisition (which BA114 says the bail laws forbid), not overhead; D5:
    its build-up fund is its own deposit, no cost of sales."""
    from bizaudit.model import verticals as v

    from .conftest import ACQUIRE, answer_in

    assert v.get("insurance-agency") is not None
    for name in (
        "Payments to jail trustees for referring inmates",
        "Gift cards to jailers and deputies",
        "Runners soliciting in jail lobby and courthouse",
    ):
        assert answer_in("insurance-agency", name) == ACQUIRE
    assert answer_in("insurance-agency", "5010 BUF contrib")[0] != "cost-of-sales"


def test_a_channel_priced_by_its_rate_is_asked_for_no_share(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """D4 of the forty-eighth round's re-review: BA207 told a counselling practice that
    Headway and an insurer's panel cost "a fee or a share per client" to list as revenue given
    up; Headway and a panel take none, and their price is the rate they set."""
    report = _json(
        run_cli,
        write_profile,
        """
        version: 1
        business: {name: Quiet Oaks Counseling, industry: medical}
        revenue: 900000
        activities:
          - {name: Rent, spend: 48000}
        customers:
          new: 100
          sources: {headway: 60, insurance panel: 40}
        """,
    )
    ba207 = [f for f in report["findings"] if f["rule"] == "BA207"]
    assert len(ba207) == 2
    for f in ba207:
        assert "a channel whose price is the rate it sets, not a budget" in f["message"]
        assert "a fee or a share per client" not in f["advice"]
        assert f["advice"].endswith("if not, nothing needs adding")


def test_an_insurance_agencys_medicare_gift_is_held_to_cms_rules(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """D8 of the forty-eighth round's re-review: a Medicare supplement agency's "Free gift card
    with every Medicare enrollment" was quoted the beneficiary-inducement law, which reaches
    providers and suppliers; an agent is held to CMS's nominal-gift rule and the state's
    anti-rebating law. A supplier keeps the inducement law."""

    def ba120(name: str, industry: str) -> str:
        found = _findings(
            run_cli, write_profile, name, industry,
            [("Free gift card with every Medicare enrollment", 2000)],
        )  # fmt: skip
        assert found == {"Free gift card with every Medicare enrollment": {"BA120"}}
        report = _json(
            run_cli,
            write_profile,
            f"version: 1\nbusiness: {{name: {name!r}, industry: {industry}}}\nrevenue: 900000\n"
            "activities:\n  - {name: Free gift card with every Medicare enrollment, spend: 2000}\n",
        )
        [f] = [f for f in report["findings"] if f["rule"] == "BA120"]
        return str(f["message"])

    agency = ba120("Sunrise Medicare Supplement Insurance Agency", "insurance-agency")
    assert "42 CFR Part 422, subpart V" in agency
    assert "1320a-7a" not in agency
    supplier = ba120("Home Medical Supply", "pharmacy")
    assert "1320a-7a(a)(5)" in supplier


def test_a_fair_score_with_a_forbidden_line_does_not_call_it_a_real_effort() -> None:
    """D6 of the forty-eighth round's re-review: a bail agency paying jail trusties and
    runners read "Fair: a real marketing effort, with gaps to close"; where BA114 (or BA119 to
    BA121) warns, the Fair band says part of it is what the law may forbid."""
    from bizaudit.explain.score import FAIR_UNLAWFUL, VERDICTS, verdict

    assert verdict(66, unlawful=True) == FAIR_UNLAWFUL
    assert verdict(66) == VERDICTS[1][1]
    # "Weak" says so too since G3 of the forty-ninth round (tests/test_round49.py)
    assert verdict(45) == VERDICTS[2][1]


@pytest.mark.parametrize(
    ("name", "industry", "line"),
    [
        ("Swift Movers", "home-services", "Hostage loads - never"),
        ("Home Medical Supply", "pharmacy", "No cold calls to Medicare beneficiaries (policy)"),
        ("Liberty Bail Bonds", "insurance-agency", "Jail trustees - none paid"),
        ("Metro Auto Body", "auto-repair", "Tow referral payments (stopped 2023)"),
    ],
)
def test_a_line_at_no_cost_that_says_it_is_not_done_is_not_flagged(
    run_cli: RunCli, write_profile: WriteProfile, name: str, industry: str, line: str
) -> None:
    """E1 of the forty-eighth round's second re-review: once a $0 line was read (D1), one that
    says the practice is not done, or no longer, was warned about as done."""
    found = _findings(run_cli, write_profile, name, industry, [(line, 0)])[line]
    assert not found & {"BA114", "BA116", "BA120", "BA121"}


@pytest.mark.parametrize(
    "line", ["Rebate from surety (BUF refund)", "Premium refunds (bond not posted)"]
)
def test_money_back_from_the_surety_is_no_rebate(line: str) -> None:
    """E3 of the forty-eighth round's second re-review: money the surety pays back to the agent,
    and a premium refunded for a bond never posted, were called rebates to clients (BA114)."""
    from bizaudit.core.metrics import pays_for_bail_business

    assert not pays_for_bail_business(line)
    assert pays_for_bail_business("Rebate to cosigners for referring friends")


def test_a_gift_card_of_a_stated_value_with_an_enrollment_is_read() -> None:
    """E5 of the forty-eighth round's second re-review: "$50 Visa gift card with every Medicare
    Advantage enrollment" needed the word "free"; a nominal item or free delivery stays clear."""
    from bizaudit.core.ad_claims import claim, setting

    agency = setting("Sunrise Medicare Agency", None, "USD", False, "insurance-agency")
    supplier = setting("Home Medical Supply", None, "USD", False, "pharmacy")
    line = "$50 Visa gift card with every Medicare Advantage enrollment"
    assert claim(line, False, agency) == "medicare plan gift"
    assert claim(line, False, supplier) == "medicare gift"
    assert claim("Free delivery with every Medicare order", False, supplier) is None
    assert claim("$15 pen with every Medicare order (nominal)", False, supplier) is None


@pytest.mark.parametrize(
    ("line", "not_done"),
    [
        ("Hostage loads - never", True),
        ("No cold calls to Medicare beneficiaries (policy)", True),
        ("Testimonials from current clients - not used", True),
        ("We never ask current clients for reviews", True),
        ("Tow referral payments (stopped 2023)", True),
        # F1 of the round's third re-review: the line's own account of the wrong
        ("No consent texting", False),
        ("Ads - 'never a hidden fee' (fees added at delivery)", False),
        ("Paid 5-star reviews (never disclosed)", False),
        ("Free glucometer with every Medicare order (never billed)", False),
        ("Runners at courthouse - none on payroll, paid cash per bond", False),
    ],
)
def test_only_a_line_that_says_its_practice_is_not_done_is_left(line: str, not_done: bool) -> None:
    """E1 and F1 of the forty-eighth round's re-reviews: a $0 line that says the practice is
    not done, or ended, is left; "never" or "no" inside the line's account of the wrong is not
    such a word."""
    from bizaudit.core.negation import says_not_done

    assert says_not_done(line) is not_done


@pytest.mark.parametrize(
    "line", ["Premium rebate to cosigners (paid from BUF)", "Cosigner cash-back from surety"]
)
def test_a_rebate_paid_from_the_fund_is_still_a_rebate(line: str) -> None:
    """F2 of the forty-eighth round's third re-review: the exemption for money back from the
    surety had let a rebate paid from the build-up fund pass."""
    from bizaudit.core.metrics import pays_for_bail_business

    assert pays_for_bail_business(line)


def test_the_fair_words_under_the_minimum_yield_to_a_forbidden_line() -> None:
    """F3 of the forty-eighth round's third re-review: a mover holding goods hostage read
    "Fair overall, but too little goes into marketing"."""
    from bizaudit.explain.score import FAIR_UNLAWFUL, verdict

    assert verdict(66, under_minimum=True, unlawful=True) == FAIR_UNLAWFUL
    assert verdict(66, under_minimum=True, under_average=True, unlawful=True) == FAIR_UNLAWFUL


def test_calls_asked_for_by_phone_are_not_said_to_be_unasked(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """E7 of the forty-eighth round's second re-review: calls the line says were requested were
    told they were made "unasked"; the statute wants written permission (42 U.S.C.
    §1395m(a)(17)), which a call-back asked for by phone is not, and the finding says that."""
    report = _json(
        run_cli,
        write_profile,
        "version: 1\nbusiness: {name: Home Medical Supply, industry: pharmacy}\nrevenue: 900000\n"
        "activities:\n  - {name: 'Calls to Medicare beneficiaries who asked about braces "
        "(call-back requests)', spend: 5000}\n",
    )
    [f] = [f for f in report["findings"] if f["rule"] == "BA120"]
    assert "unasked" not in f["message"]
    assert "only with their written permission" in f["message"]
    assert "a call-back asked for by phone is not it" in f["advice"]


def test_an_inflated_bill_is_given_no_profit_with_and_without_it() -> None:
    """D11 of the forty-eighth round's re-review: "Inflated supplement billing to cover
    deductible" was given a discount's profit with and without it; it is revenue billed
    falsely, not a cost the business paid, and BA116 says so."""
    [ba116] = [
        f
        for f in _report(
            {
                "business": {"name": "Precision Collision", "industry": "auto-repair"},
                "revenue": 1000000,
                "activities": [
                    {"name": "Inflated supplement billing to cover deductible", "spend": 10000},
                    {"name": "Google Ads", "spend": 30000},
                ],
            }
        ).findings
        if f.rule == "BA116"
    ]
    assert "its amount is in revenue, not a cost the business paid" in ba116.message
    assert "with it" not in ba116.message

"""The forty-third review round's law findings (N1-N4, 2026-12-06): lines the law may forbid
that the audit had priced as channels, with no word said, and the controls that must stay
silent."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
import yaml

from bizaudit.core.ad_claims import first_year
from bizaudit.core.commercial_bribery import deciders_named, pays_for_referring, sells_to_stores
from bizaudit.model.report import ProfileReport

from .conftest import RunCli, WriteProfile
from .test_rules import _found, _law_rules_on, _report

# -- N1: teachers and counsellors who refer or send students ----------------------------------

#: The review's tutoring office (profiles/tutor-2-referrals.yaml), its own figures
_TUTOR: dict[str, Any] = {
    "business": {
        "name": "Carter Academic Tutoring",
        "industry": "b2c-services",
        "currency": "USD",
        "period": "FY2026",
    },
    "revenue": 240000,
    "activities": [
        {"name": "Wyzant profile (commission on first lessons)", "spend": 2600,
         "kind": "contra-revenue"},
        {"name": "Thank-you gift cards to teachers who refer students", "spend": 900},
        {"name": "Tutors (1099)", "spend": 96000},
        {"name": "Office rent", "spend": 21600},
        {"name": "Zoom & TutorBird", "spend": 900},
        {"name": "Insurance", "spend": 1900},
        {"name": "Owner draw", "spend": 90000},
    ],
    "customers": {
        "new": 58,
        "sources": {
            "parent referral": 30, "teacher recommendation": 17, "wyzant": 6, "google": 5,
        },
        "average_revenue": 2800,
        "gross_margin": "60%",
        "retention_rate": "40%",
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        # the review's two wordings, and the verb forms the brief names
        ("Thank-you gift cards to teachers who refer students", "BA121"),
        ("Gift cards to teachers who refer students", "BA121"),
        ("Gift cards to teachers referring students", "BA121"),
        ("Visa cards to the teacher who refers", "BA121"),
        ("Starbucks cards - teachers who send students", "BA121"),
        ("Gift cards for teachers for sending students", "BA121"),
        ("Amazon cards - referring teachers", "BA121"),
        ("Gift cards to counselors who refer students", "BA121"),
        ("Counselor gift cards for sending students", "BA121"),
        # the noun form, warned about before (the control the review compared with)
        ("Teacher referral gift cards", "BA121"),
        # ...not the business's own or independent teachers, a counsellor who refers clients
        # (a therapist's, BA114's where a profession's rules apply), a discount to teachers as
        # customers, nor a newsletter, which carries no value
        ("Gift cards for our teachers who refer students", None),
        ("Independent teachers who refer students - gift cards", None),
        ("Gift cards to counselors who refer clients", None),
        ("Teacher appreciation week flyers (10% off for teachers)", None),
        ("Teacher newsletter sent to parents", None),
        # ...nor parents who refer students, who are customers and decide for themselves
        ("Gift cards to parents who refer students", None),
    ],
)  # fmt: skip
def test_ba121_reads_teachers_who_refer_or_send_students(name: str, rule: str | None) -> None:
    """N1 of the forty-third round (2026-12-06): "Gift cards to teachers who refer students"
    raised no BA121, where "Teacher referral gift cards" did; word order decided it. A public
    school's teachers and counsellors are public employees under their state's gift rules
    (Fla. Stat. §112.313(4)), and a gift card is a cash equivalent. Each row is a small
    profile of a b2c service with the line ($900) beside a $30,000 website: the rule fires on
    the line or not, as the row says; the controls (the business's own or independent
    teachers, a counsellor who refers clients, a discount offered to teachers, parents who
    refer) stay silent."""
    assert _law_rules_on("b2c-services", name, 900, 240000) == ({rule} if rule else set())


def test_teachers_who_refer_are_read_as_a_school_s_staff() -> None:
    """N1: the verb form names the same deciders as the noun form, a school's (so BA121
    quotes the public employees' gift rules, Fla. Stat. §112.313(4), not commercial bribery
    alone). By hand: "teachers" is what deciders_named reads as a school's."""
    assert deciders_named("Gift cards to teachers who refer students") == {"school"}
    [found] = _found("BA121", _TUTOR)
    assert "§112.313(4)" in found.message
    assert found.subject == "Thank-you gift cards to teachers who refer students"


def test_referrals_from_teachers_given_gift_cards_are_not_paid_for() -> None:
    """N1: the referrals that came through the teachers' gift cards are not counted as
    cultivated by a lawful line, nor the line as a funded channel. By hand, from the review's
    profile: before, the $900 "brought" the 17 teacher referrals, so the CAC excluding
    referrals was $900 ÷ (58 − 30) = $32.14 and the line was the one funded channel. Now all 47
    referrals (30 + 17) came on their own: the CAC excluding referrals is ($900 − $900 spent on
    referrals) ÷ (58 − 47 = 11) = $0, no channel is funded, the referral channel is restricted
    by BA121, and BA102 names no funded referral line."""
    report = _report(_TUTOR)
    assert report.economics.non_referral_cac is not None
    assert report.economics.non_referral_cac.value == Decimal(0)
    assert report.predictability.acquisition_channels == 0
    [referrals] = [c for c in report.channels if c.name.startswith("Referrals")]
    assert referrals.restricted_by == "BA121"
    [ba102] = [f for f in report.findings if f.rule == "BA102"]
    assert "funded" not in ba102.message
    assert "47 of 58" in ba102.message


# -- N2: a grocery customer's buyer --------------------------------------------------------------


def _bakery(industry: str, name: str, wholesale_lines: bool = True) -> ProfileReport:
    """A bakery's report, the review's lines cut down (profiles/bakery-3-messy.yaml): declared
    ``industry``, with the line ``name`` ($1,200) and, where ``wholesale_lines``, the review's
    slotting fees, free fills and food broker's commission, which only a supplier to stores
    pays."""
    activities: list[dict[str, Any]] = [
        {"name": name, "spend": 1200},
        {"name": "Instagram ads", "spend": 7200},
        {"name": "Ingredients", "spend": 430000},
        {"name": "Rent", "spend": 96000},
    ]
    if wholesale_lines:
        activities += [
            {"name": "Slotting fees - Harvest Market (6 SKUs)", "spend": 36000},
            {"name": "Free fills - new store openings", "spend": 14000},
            {"name": "Food broker commission (5% of grocery sales)", "spend": 28000},
        ]
    return _report({
        "business": {"name": "Golden Crust Artisan Bakery", "industry": industry,
                     "currency": "USD", "period": "FY2026"},
        "revenue": 1650000,
        "activities": activities,
    })  # fmt: skip


_GROCERY_BUYERS = (
    "Gift cards to Harvest Market bakery buyer",
    "Gift card - grocery buyer",
    "Gift baskets for grocery buyers",
    "Grocery buyer gift baskets",
)


@pytest.mark.parametrize("industry", ["wholesale", "restaurant"])
@pytest.mark.parametrize("name", [*_GROCERY_BUYERS, "Gift cards for store buyers"])
def test_ba121_reads_a_grocery_customer_s_buyer(industry: str, name: str) -> None:
    """N2 of the forty-third round (2026-12-06): a bakery's gift cards to its grocery
    customer's buyer passed, under `wholesale` and under `restaurant` (the review's profile),
    where "Gift cards for store buyers" was warned about. A customer's buyer buys for their
    employer: a gift to win its orders without the employer's knowledge is commercial bribery
    (N.Y. Penal Law §180.00; Cal. Penal Code §641.3). The restaurant-declared bakery lists
    slotting fees, free fills and a food broker's commission, which only a supplier to stores
    pays, so it sells to businesses for this rule. By hand: one BA121, on the line, quoting both
    statutes."""
    [found] = [f for f in _bakery(industry, name).findings if f.rule == "BA121"]
    assert found.subject == name
    assert "N.Y. Penal Law §180.00" in found.message
    assert "Cal. Penal Code §641.3" in found.message


@pytest.mark.parametrize("name", _GROCERY_BUYERS)
def test_ba106_does_not_ask_the_kind_of_gifts_to_a_customer_s_buyer(name: str) -> None:
    """N2: BA106 had asked for the kind of "Gift cards to Harvest Market bakery buyer" ("if it
    wins or keeps customers, 'kind: marketing' with its purpose"), inviting a bribe to be filed
    as marketing; a line a rule of law flags is not asked for its kind (AA2 of the eighteenth
    round). By hand: the line has BA121 and no BA106, under either vertical."""
    for industry in ("restaurant", "wholesale"):
        findings = _bakery(industry, name).findings
        assert [f.rule for f in findings if f.subject == name and f.rule in ("BA106", "BA121")] == [
            "BA121"
        ]


@pytest.mark.parametrize(
    ("name", "wholesale_lines"),
    [
        # a restaurant that sells to diners: a grocery's buyer is not read for it, nor are
        # "buyers" alone, who are its customers
        ("Gift cards to Harvest Market bakery buyer", False),
        ("Holiday gifts for buyers", False),
        # ...and a bakery selling to stores still has customers who buy at its counter, and
        # its own kitchen: consumers who buy, and its chefs, are not a customer's agents
        ("Gift cards for buyers of our holiday pies", True),
        ("Cake buyer gift cards", True),
        ("Gift cards - top buyers (loyalty)", True),
        ("Gift cards for our buyers", True),
        ("Holiday gift cards to chefs", True),
        ("Gift cards for first-time home buyers", True),
        # ...nor a closing's buyers, a real-estate line's (found in the classifier corpus once
        # a buyer could be named after a dash)
        ("Settlement thank-you gifts - buyers & vendors", True),
    ],
)
def test_a_restaurant_s_own_buyers_and_chefs_stay_silent(name: str, wholesale_lines: bool) -> None:
    """N2's controls: a restaurant is read as selling to stores only where it pays what a
    supplier to stores pays (slotting, free fills, a food broker's commission), and then only
    a store's buyers are read, not its own kitchen's chefs (L1 of the forty-second round's
    re-review: a restaurant's chefs are its own employees), nor consumers who buy at the
    counter. By hand: no BA121 on any of these lines."""
    report = _bakery("restaurant", name, wholesale_lines)
    assert not [f for f in report.findings if f.rule == "BA121"]


@pytest.mark.parametrize(
    ("names", "stores"),
    [
        (["Slotting fees - Harvest Market (6 SKUs)"], True),
        (["Free fills - new store openings"], True),
        (["Food broker commission (5% of grocery sales)"], True),
        # a restaurant's lines: free refills, a business broker, a food broker named for
        # nothing it is paid
        (["Free refills (soda)", "Rent"], False),
        (["Business broker fee (sale of second location)"], False),
        (["Food broker meeting (sourcing)"], False),
    ],
)
def test_what_only_a_supplier_to_stores_pays(names: list[str], stores: bool) -> None:
    """N2: sells_to_stores reads a profile's lines for slotting, free fills or a food broker's
    commission (what a supplier pays a store or its broker); a restaurant's free refills and a
    business broker's fee are none of these. By hand, from each name."""
    assert sells_to_stores(names) is stores


# -- N3: planners paid for the bookings they bring ----------------------------------------------


def _venue(line: str, currency: str = "USD") -> ProfileReport:
    """The report of the review's venue, cut down (_venue_data)."""
    return _report(_venue_data(line, currency))


def _venue_data(line: str, currency: str = "USD") -> dict[str, Any]:
    """The review's venue (profiles/venue-3-messy.yaml), its lines cut to what N3 needs: the
    planners' line ``line`` ($38,000) beside The Knot ($26,000), open house nights ($11,000)
    and Meta ads ($12,000), 140 new customers (52 The Knot, 38 planner, 16 Instagram, 14 open
    house, 20 referral), $11,800 a wedding at 62%, none coming back."""
    return {
        "business": {"name": "Lakeview Manor Weddings & Events", "industry": "hospitality",
                     "currency": currency, "period": "FY2026"},
        "revenue": 1650000,
        "activities": [
            {"name": "The Knot / WeddingWire listings", "spend": 26000},
            {"name": line, "spend": 38000},
            {"name": "Open house tasting nights", "spend": 11000},
            {"name": "Facebook & Instagram ads", "spend": 12000},
            {"name": "Sales manager salary", "spend": 62000},
            {"name": "Event staff wages", "spend": 190000},
            {"name": "Food & beverage cost", "spend": 240000, "kind": "cost-of-sales"},
            {"name": "Utilities & repairs", "spend": 88000},
            {"name": "GM salary", "spend": 85000},
        ],
        "customers": {
            "new": 140,
            "sources": {
                "the knot": 52, "planner": 38, "instagram": 16, "open house": 14, "referral": 20,
            },
            "average_revenue": 11800,
            "gross_margin": "62%",
            "retention_rate": "0%",
        },
    }  # fmt: skip


_PLANNERS_PAID = "Planner commissions (10% of venue fee, paid to planners)"
_PLANNERS_CARDS = "Gift cards for planners who book us ($100 per booking)"


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        # the review's two lines, and the other ways a venue pays planners per booking, a share
        # of the fee or a card for booking
        (_PLANNERS_PAID, "BA121"),
        (_PLANNERS_CARDS, "BA121"),
        ("Commissions to wedding planners", "BA121"),
        ("Planner referral fee ($500 per wedding)", "BA121"),
        ("Visa gift card for the planner who booked us", "BA121"),
        ("Wedding planners' commissions (10%)", "BA121"),
        # ...not the venue's own planners and coordinators, their pay or bonus
        ("Event planner salary", None),
        ("Event planner commission (5% of bookings)", None),
        ("Event planner commissions (staff, 3% of bookings)", None),
        ("Our event planners - booking bonus ($100 per wedding)", None),
        ("Wedding planner (freelance, hired for our events) - $500 per event", None),
        # ...nor a fee the client is told of
        ("Planner commissions (10% of venue fee, disclosed to the couple)", None),
        ("Planner commissions (10%, told to couple)", None),
        # ...nor a gift tied to no booking, a meal alone, a tool, or a planner who is no
        # client's agent in a wedding (a media planner works for the business)
        ("Holiday gifts for planners on our preferred list", None),
        ("Planners' lunch & tour (per event)", None),
        ("Wedding planner software", None),
        ("Aisle Planner subscription", None),
        ("Media planner fee (10% of ad spend)", None),
    ],
)  # fmt: skip
def test_ba121_reads_planners_paid_for_the_bookings_they_bring(name: str, rule: str | None) -> None:
    """N3 of the forty-third round (2026-12-06): a venue's "Planner commissions (10% of venue
    fee, paid to planners)" and "Gift cards for planners who book us ($100 per booking)" were
    funded channels with a footnote only. A planner the couple hires is their agent: a benefit
    from the venue for the booking, not disclosed, breaches the agent's duty (Restatement
    (Third) of Agency §8.02, 2006) and falls under the states' commercial-bribery laws (N.Y.
    Penal Law §180.00; Cal. Penal Code §641.3). Each row is a small hospitality profile with
    the line ($38,000) beside a $30,000 website: BA121 fires on it or not, as the row says.
    The controls are the venue's own planners' pay (lawful), a fee the line says the couple is
    told of (§8.06: disclosure and consent), and gifts, meals and tools tied to no booking."""
    assert _law_rules_on("hospitality", name, 38000, 1650000) == ({rule} if rule else set())


@pytest.mark.parametrize("line", [_PLANNERS_PAID, _PLANNERS_CARDS])
def test_a_venue_s_pay_to_planners_is_warned_about_and_funds_no_channel(line: str) -> None:
    """N3: the review's venue scored 88 "Strong" with the planners' line one of its 4 funded,
    recurring acquisition channels. By hand: BA121 on the line, quoting the agent's duty
    (Restatement (Third) of Agency §§8.02 and 8.06) and New York's and California's statutes;
    the score stops at 79 (BA121's cap); 3 funded channels are left (The Knot, the open house
    nights, Meta's ads); the planners' channel has no CAC (it was $38,000 ÷ 38 = $1,000) and is
    restricted by BA121; `plan` grows none of it, and BA202's advice names it as a channel more
    budget should not go to."""
    report = _venue(line)
    [found] = [f for f in report.findings if f.rule == "BA121"]
    assert found.subject == line
    assert "Restatement (Third) of Agency §§8.02 and 8.06, 2006" in found.message
    assert "N.Y. Penal Law §180.00" in found.message
    assert "Cal. Penal Code §641.3" in found.message
    assert "a secret commission" in found.message
    assert "disclosed to the couple" in found.advice
    assert report.score <= 79
    assert report.predictability.acquisition_channels == 3
    assert line not in report.predictability.channels
    # (the couples who name a planner are referrals, and the line paying planners joins them
    # in the referral channel, as the vocabulary's round-43 reading of "planner" has it)
    [planners] = [c for c in report.channels if c.restricted_by == "BA121"]
    assert (planners.name, planners.customers, planners.cac) == (
        "Referrals and word of mouth",
        38 + 20,
        None,
    )
    # ...and BA202 names the line, not the whole referral channel (P5 of the round's second
    # re-review)
    [ba202] = [f for f in report.findings if f.rule == "BA202"]
    assert f"except {line}, which BA121 warns about" in ba202.advice
    assert "Referrals and word of mouth" not in ba202.advice


def test_plan_names_the_planners_line_not_the_referral_channel(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """P5 of the round's second re-review, its rest: `plan` left "Referrals and word of mouth"
    alone because "its spend gives those who award work for others something of value",
    where the planners' line that joined it is what BA121 warns about, not asking past
    couples for referrals; it now names the line."""
    path = write_profile(yaml.safe_dump({"version": 1, **_venue_data(_PLANNERS_PAID)}))
    plan = json.loads(run_cli("plan", path, "-f", "json").stdout)
    reasons = [c["left_alone"] for c in plan["channels"] if c.get("left_alone")]
    assert (
        f"its spend on '{_PLANNERS_PAID}' gives those who award work for others something of "
        "value (BA121)"
    ) in reasons
    assert not any(r.startswith("its spend gives those who award") for r in reasons)


def test_the_planners_note_gives_way_to_the_finding(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """N3: the channel table's note on planners ("a fee from you they are not told of is a
    secret commission") was the only word said; where BA121 now says it, the note is not
    repeated under the table, and the channel's note says its spend pays for what BA121 warns
    about. Where the line names no share, booking or card ("Planner commissions", which a
    venue's own planner may be paid), no finding is made and the note stays. By hand, from
    the report as printed (the notes need the profile's line numbers)."""

    def shown(line: str) -> str:
        data = {"version": 1, **_venue_data(line)}
        profile = write_profile(yaml.safe_dump(data, sort_keys=False))
        return " ".join(run_cli("check", profile, "--exit-zero").stdout.split())

    flagged = shown(_PLANNERS_PAID)
    assert "BA121" in flagged
    assert "its spend pays for what BA121 warns about" in flagged
    assert "secret commission, which the law of agency forbids (in the US" not in flagged
    bare = shown("Planner commissions")
    assert "BA121" not in bare
    assert "secret commission, which the law of agency forbids (in the US" in bare


def test_a_disclosed_planner_fee_is_a_channel() -> None:
    """N3's control: a fee the line says is disclosed to the couple is lawful (Restatement
    (Third) of Agency §8.06: the principal's consent after disclosure). By hand: no BA121, the
    4 funded channels stay, and the line funds the referral channel, its 38 planner couples
    with the 20 other referrals, unrestricted and not priced (some referrals come on their
    own, so its spend is no price per customer)."""
    line = "Planner commissions (10% of venue fee, disclosed to the couple)"
    report = _venue(line)
    assert not [f for f in report.findings if f.rule == "BA121"]
    assert report.predictability.acquisition_channels == 4
    assert line in report.predictability.channels
    [planners] = [c for c in report.channels if c.spend == Decimal(38000)]
    assert (planners.name, planners.customers, planners.cac, planners.restricted_by) == (
        "Referrals and word of mouth",
        58,
        None,
        None,
    )


def test_planners_as_a_customer_source_are_no_finding() -> None:
    """N3's control: couples who came through a planner are a source, not a payment. By hand:
    a venue with a lawful event coordinator's salary and 38 customers from "planner" has no
    BA121."""
    report = _venue("Event coordinator salary (our staff)")
    assert not [f for f in report.findings if f.rule == "BA121"]


@pytest.mark.parametrize(
    ("currency", "law"),
    [
        ("GBP", "FHR European Ventures v Cedar Capital [2014] UKSC 45"),
        ("CAD", "Criminal Code (R.S.C. 1985, c. C-46, s. 426)"),
    ],
)
def test_the_planners_finding_quotes_the_law_of_the_profile_s_country(
    currency: str, law: str
) -> None:
    """N3: outside the US the finding quotes the law the planners' note quoted by currency
    (Q9 of the thirty-fourth round's re-review: England and Wales' FHR European Ventures v
    Cedar Capital) or BA121's own by currency (Canada's secret commissions), not the
    Restatement, an American text. By hand, from the message."""
    [found] = [f for f in _venue(_PLANNERS_PAID, currency).findings if f.rule == "BA121"]
    assert law in found.message
    assert "Restatement" not in found.message


# -- N4: the homeowner's solar credit promised after it ended -----------------------------------

_SOLAR_AD = 'Facebook ads - "30% federal tax credit" homeowner campaign'


def _solar(
    line: str = _SOLAR_AD,
    period: str | None = "2026",
    currency: str = "USD",
    industry: str | None = "home-services",
    name: str = "Brightline Energy Solutions",
) -> ProfileReport:
    """The review's solar installer (profiles/solar-3-messy.yaml), cut down: the ad line
    ``line`` ($120,000) beside the lead vendor ($260,000) and the canvassers ($410,000), in the
    period ``period``, kept in ``currency``; 240 new customers (120 door to door, 52 lead
    vendor, 28 Facebook, 30 referral, 10 aged leads)."""
    business: dict[str, Any] = {"name": name, "currency": currency}
    if period is not None:
        business["period"] = period
    if industry is not None:
        business["industry"] = industry
    return _report({
        "business": business,
        "revenue": 7400000,
        "activities": [
            {"name": "D2D canvassers - $75 per set appointment (1099)", "spend": 410000},
            {"name": "Pay-per-appointment lead vendor (SolarQuotes Pro)", "spend": 260000},
            {"name": line, "spend": 120000},
            {"name": "Modules, inverters, batteries", "spend": 2200000, "kind": "cost-of-sales"},
            {"name": "Install subs", "spend": 980000, "kind": "cost-of-sales"},
            {"name": "Office staff", "spend": 420000},
        ],
        "customers": {
            "new": 240,
            "sources": {"door to door": 120, "lead vendor": 52, "facebook": 28, "referral": 30,
                        "aged leads": 10},
            "average_revenue": 30800,
            "gross_margin": "30%",
            "retention_rate": "2%",
        },
    })  # fmt: skip


def _ba120_on(report: ProfileReport, line: str) -> list[str]:
    return [f.message for f in report.findings if f.rule == "BA120" and f.subject == line]


def test_ba120_reads_the_homeowner_s_solar_credit_promised_in_2026() -> None:
    """N4 of the forty-third round (2026-12-06): a solar installer's FY2026 'Facebook ads -
    "30% federal tax credit" homeowner campaign' was priced as a channel ($120,000 ÷ 28 =
    $4,285.71), with no finding. The residential clean energy credit (IRC §25D) is not allowed
    for expenditures made after 31 December 2025 (Pub. L. 119-21, §70506, signed 4 July 2025;
    IRS FS-2025-05, August 2025): promising it to a homeowner who buys in 2026 is a deceptive
    claim (FTC Act §5, 15 U.S.C. §45). By hand: one BA120 on the line, quoting the termination
    date and its sources; the Meta channel has no CAC and is restricted by BA120; the score
    stops at 79 (BA120's cap)."""
    report = _solar()
    [message] = _ba120_on(report, _SOLAR_AD)
    for cited in (
        "31 December 2025",
        "Pub. L. 119-21, §70506",
        "FS-2025-05",
        "FTC Act §5, 15 U.S.C. §45",
        "§48E",
    ):
        assert cited in message
    [meta] = [c for c in report.channels if c.name.startswith("Facebook and Instagram")]
    assert (meta.cac, meta.restricted_by) == (None, "BA120")
    assert report.score <= 79


@pytest.mark.parametrize(
    "line",
    [
        "Google ads - federal solar tax credit",
        "Door hangers - claim the 30% tax credit",
        "Mailers - 25D credit explained",
        "Solar ITC webinar for homeowners",
        "D2D script - 30% federal tax credit",
        "Ads - geothermal heat pump 30% federal tax credit",
    ],
)
def test_ba120_reads_each_way_an_ad_names_the_homeowner_s_credit(line: str) -> None:
    """N4: the credit as ads name it ("30% (federal) tax credit", "federal solar tax credit",
    "25D", "ITC"), in an ad, a mailer, a door hanger, a webinar or a canvasser's script; a
    geothermal heat pump's credit was §25D's too. By hand: one BA120 on the line, in the
    review's FY2026 home-services profile."""
    assert len(_ba120_on(_solar(line), line)) == 1


@pytest.mark.parametrize(
    "line",
    [
        # a third-party owner's credit (§48E) can still apply, and a business's own
        "Facebook ads - 30% federal tax credit (lease/PPA)",
        "Ads - solar lease, 30% ITC to owner",
        "Commercial solar ads - 30% ITC",
        # ...a line that says the credit ended
        "Ads - the 30% tax credit ended: ask about leases",
        # ...§25C's home improvements, not this reading's (the finding would name the wrong
        # section)
        "Ads - 30% tax credit on replacement windows",
        # ...no ad, and a word that only holds the letters
        "Tax credit paperwork (customer service)",
        "Kitchen remodel ads",
    ],
)
def test_ba120_leaves_lawful_credit_lines_alone(line: str) -> None:
    """N4's controls, in the review's FY2026 home-services profile: a lease or a PPA (whose
    owner may still claim §48E for systems begun by 4 July 2026), a commercial customer's
    credit, a line saying the credit ended, §25C's windows, paperwork that advertises nothing.
    By hand: no BA120 on the line."""
    assert _ba120_on(_solar(line), line) == []


@pytest.mark.parametrize(
    ("period", "currency", "industry", "name"),
    [
        # a period before 2026, when the credit still held
        ("FY2025", "USD", "home-services", "Brightline Energy Solutions"),
        # a period whose year is not known: not guessed
        (None, "USD", "home-services", "Brightline Energy Solutions"),
        ("Year one", "USD", "home-services", "Brightline Energy Solutions"),
        # a credit of the US, not of Canada's profiles
        ("2026", "CAD", "home-services", "Brightline Energy Solutions"),
        # a business that neither contracts nor says solar (a tax preparer's ad for 2025's
        # returns)
        ("2026", "USD", "accounting", "Case Tax Services"),
    ],
)
def test_the_credit_is_read_only_after_2025_in_us_solar_profiles(
    period: str | None, currency: str, industry: str, name: str
) -> None:
    """N4: the reading needs a US profile (the credit is the Internal Revenue Code's), a period
    whose every named year is after 2025 ("2026", "Jan-Dec 2026"; not "FY25/26" nor "Jul 2025 -
    Jun 2026", part of which the credit held, nor "FY2026", which may have begun in 2025), and
    a business that sells solar (a contractor, or a name or a line that says solar). A period
    whose year is not given is not read: the credit was lawful to promise through 2025, and a
    warning that stops the score and withdraws a channel is not made on a guess. By hand: no
    BA120 on the ad."""
    report = _solar(period=period, currency=currency, industry=industry, name=name)
    assert _ba120_on(report, _SOLAR_AD) == []


def test_a_solar_name_is_enough_without_a_contracting_industry() -> None:
    """N4: a business whose name says solar sells it, whatever it declared (here only a sector,
    b2c-services), and so does a line that names solar. By hand: one BA120 each."""
    assert len(_ba120_on(_solar(industry="b2c-services", name="SunPro Solar LLC"), _SOLAR_AD)) == 1
    line = "Google ads - federal solar tax credit"
    assert len(_ba120_on(_solar(line, industry="b2c-services", name="Case"), line)) == 1


@pytest.mark.parametrize(
    ("period", "year"),
    [("FY2026", 2025), ("2026-H1", 2026), ("FY26", 2025), ("FY25/26", 2025),
     ("Jul 2025 - Jun 2026", 2025), ("Year one", None), (None, None), ("2026", 2026),
     ("Year ended 30 June 2026", 2025), ("FY 2025-26", 2025), ("Calendar 2026", 2026)],
)  # fmt: skip
def test_the_first_year_a_period_names(period: str | None, year: int | None) -> None:
    """N4: a period's label is free text; the earliest year it names decides, by hand from
    each label (a fiscal year's two digits are this century's). O7 of the round's re-review:
    a fiscal year, or a year named by its end, may have begun the year before."""
    assert first_year(period) == year


# -- O1 of the round's re-review: disclosure cures nothing for public employees ---------------


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        # the review's line and its comparison, and the other public employees BA121 names
        ("Gift cards to teachers who refer students (disclosed to school)", "BA121"),
        ("Teacher referral gift cards (disclosed to principal)", "BA121"),
        ("Gift cards to counselors who refer students (disclosed)", "BA121"),
        ("Gift cards - county subsidy caseworkers (disclosed to agency)", "BA121"),
        ("Holiday gift cards - city inspectors (disclosed)", "BA121"),
        ("Gift cards - DCMA contracting team (disclosed)", "BA121"),
        # ...while an association's board, a private business's agent and a private school's
        # teachers may be cured by their principal's knowledge, and the business's own
        # teachers are no one's agents
        ("HOA board holiday gift cards (disclosed to the board)", None),
        ("Property manager referral fees (disclosed to owners)", None),
        ("Gift cards to private school teachers who refer students (disclosed to school)", None),
        ("Gift cards for our teachers who refer students (disclosed)", None),
    ],
)  # fmt: skip
def test_disclosure_cures_nothing_for_public_employees(name: str, rule: str | None) -> None:
    """O1 of the forty-third round's re-review (2026-12-06): "(disclosed to school)" silenced
    BA121 on a tutoring office's gift cards to the teachers who refer students, though its own
    message says public employees' gift rules hold whether or not their employer is told (Fla.
    Stat. §112.313(4); N.C. Gen. Stat. §133-32 forbids a contractor's gift to a public
    employee whatever the employer knows), as it had said of federal employees (5 CFR
    §2635.204(a)). Commercial bribery turns on the principal's knowledge (N.Y. Penal Law
    §180.00; Cal. Penal Code §641.3), so disclosure still cures a gift to an association's
    board, a property manager or a private school's teachers. Each row is a small b2c profile
    with the line ($900) beside a $30,000 website: BA121 fires on the line or not, as the row
    says."""
    assert _law_rules_on("b2c-services", name, 900, 240000) == ({rule} if rule else set())


def test_a_disclosed_gift_to_teachers_is_warned_about_as_the_undisclosed_one() -> None:
    """O1: the review's profile (tutor-2) with "(disclosed to school)" scored 45 with the line
    a funded channel, against 10 without the word. By hand: the same figures as the undisclosed
    line (test_referrals_from_teachers_given_gift_cards_are_not_paid_for): BA121 on the line,
    in the public employees' words; CAC excluding referrals ($900 - $900) / 11 = $0; no funded
    channel; the referral channel restricted by BA121."""
    line = "Gift cards to teachers who refer students (disclosed to school)"
    profile = {**_TUTOR, "activities": [{**a, "name": line} if "teachers" in a["name"] else a
                                        for a in _TUTOR["activities"]]}  # fmt: skip
    report = _report(profile)
    [found] = [f for f in report.findings if f.rule == "BA121"]
    assert found.subject == line
    assert "public employees, whose gift rules hold whether or not their employer is told" in (
        found.message
    )
    assert report.economics.non_referral_cac is not None
    assert report.economics.non_referral_cac.value == Decimal(0)
    assert report.predictability.acquisition_channels == 0
    [referrals] = [c for c in report.channels if c.name.startswith("Referrals")]
    assert referrals.restricted_by == "BA121"


# -- O10 of the round's re-review: teachers who act for no school ------------------------------


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        # teachers who act for no school: a referral fee to them is lawful
        ("Gift cards to yoga teachers who refer students", None),
        ("Referral fee to private music teachers who refer students", None),
        ("Gift cards to retired teachers who refer students", None),
        ("Gift cards to dance teachers who refer students", None),
        ("Gift cards to swim teachers who refer students", None),
        ("Piano teacher referral fees ($25 per student)", None),
        ("Gift cards to art teachers who refer students", None),
        ("Gift cards to tutors who refer students", None),
        # ...a school's still are: a teacher with no word of independence, an art teacher who
        # hands out flyers in class (K6 of the forty-second round), a high school's music
        # teacher, and a private school's teachers, its agents
        ("Gift cards to teachers who refer students", "BA121"),
        ("Gift cards to art teachers for flyers", "BA121"),
        ("Gift cards to HS music teachers who refer students", "BA121"),
        ("Gift cards to private school teachers who refer students", "BA121"),
    ],
)  # fmt: skip
def test_independent_teachers_are_no_one_s_agents(name: str, rule: str | None) -> None:
    """O10 of the forty-third round's re-review (2026-12-06): N1's verb pattern called a yoga,
    a private music or a retired teacher a public employee, and withdrew the line as a channel
    (score 45 -> 10). They act for no principal: a referral fee to them is lawful (the README
    excludes "independent teachers"). Each row is a small b2c profile with the line ($900)
    beside a $30,000 website: BA121 fires on the line or not, as the row says."""
    assert _law_rules_on("b2c-services", name, 900, 240000) == ({rule} if rule else set())


def test_a_private_school_s_teachers_are_its_agents() -> None:
    """O10: a private school's teachers are not public employees; what reaches them is
    commercial bribery, which their employer's knowledge cures (N.Y. Penal Law §180.00; Cal.
    Penal Code §641.3). By hand: deciders_named reads no school's public staff but "other",
    and BA121 says the commercial-bribery words, not the public employees' ones."""
    line = "Gift cards to private school teachers who refer students"
    assert deciders_named(line) == {"other"}
    assert deciders_named("Gift cards to yoga teachers and HOA board") == {"association"}
    [found] = [
        f
        for f in _report({
            "business": {"name": "Case", "industry": "b2c-services", "currency": "USD"},
            "revenue": 240000,
            "activities": [{"name": line, "spend": 900}, {"name": "Website", "spend": 30000}],
        }).findings
        if f.rule == "BA121"
    ]  # fmt: skip
    assert "without their principal's knowledge" in found.message
    assert "N.Y. Penal Law §180.00" in found.message
    assert "public employees" not in found.message


# -- O11 of the round's re-review: the same gift, worded differently, in the same channel -------


@pytest.mark.parametrize(
    "line",
    [
        "Gift cards for teachers referring students",
        "Gift cards to teachers who refer students",
        "Teacher referral gift cards",
        "Counselor gift cards for sending students",
    ],
)
def test_a_gift_to_teachers_who_refer_joins_the_referrals_whatever_its_wording(line: str) -> None:
    """O11 of the forty-third round's re-review (2026-12-06): "Gift cards for teachers
    referring students" was a channel of its own with 0 customers, its $900 charged to the 11
    Wyzant and Google customers (CAC excluding referrals $900 / 11 = $81.82, score 28), where
    "... who refer students" joined the referral channel. By hand, as for the review's line:
    the $900 joins the 47 referrals (30 + 17) in the referral channel, restricted by BA121; CAC
    excluding referrals ($900 - $900) / 11 = $0; no channel with the line's name."""
    profile = {**_TUTOR, "activities": [{**a, "name": line} if "teachers" in a["name"] else a
                                        for a in _TUTOR["activities"]]}  # fmt: skip
    report = _report(profile)
    assert report.economics.non_referral_cac is not None
    assert report.economics.non_referral_cac.value == Decimal(0)
    [referrals] = [c for c in report.channels if c.name.startswith("Referrals")]
    assert (referrals.spend, referrals.customers, referrals.restricted_by) == (
        Decimal(900),
        47,
        "BA121",
    )
    assert not [c for c in report.channels if c.name == line]


@pytest.mark.parametrize(
    ("name", "paying"),
    [
        ("Gift cards for teachers referring students", True),
        ("Visa cards to the teacher who refers", True),
        ("Finder's fee - community manager (5% of first-year contract)", True),
        # ...not a gift to deciders that names no referring, nor a lawful one
        ("Gift cards - customer's purchasing manager", False),
        ("Gift cards to yoga teachers who refer students", False),
        ("Gift cards to parents who refer students", False),
    ],
)
def test_what_pays_deciders_for_referring(name: str, paying: bool) -> None:
    """O11: pays_for_referring reads a line BA121 flags (with no profile's setting) that says
    those given something refer or send customers; by hand, from each name."""
    assert pays_for_referring(name) is paying


# -- O8 of the round's re-review: a grocery customer's buyer, in more words ---------------------

_STORE_DECIDERS = (
    "Visa cards to Harvest Market bakery buyer",
    "Starbucks cards - Kroger buyer",
    "Amex gift cards - grocery buyers",
    "Holiday gift cards for Whole Foods category manager",
    "Category manager holiday gift baskets",
    "Gift cards to store managers for shelf placement",
    "Gift cards to grocery store department managers",
    "Gift cards to Kroger store managers",
)


@pytest.mark.parametrize("industry", ["wholesale", "restaurant"])
@pytest.mark.parametrize("name", _STORE_DECIDERS)
def test_ba121_reads_a_store_s_buyers_and_managers_in_more_words(industry: str, name: str) -> None:
    """O8 of the forty-third round's re-review (2026-12-06): a Visa or Starbucks card to a
    grocery customer's buyer got BA106, which asked its kind; a gift to a "category manager",
    the grocery trade's buyer, read as keeping customers; and a store manager paid for shelf
    placement, the standard facts of commercial bribery (N.Y. Penal Law §180.00; Cal. Penal
    Code §641.3), got BA106. A Visa, Amex, Mastercard, Starbucks, Amazon or prepaid card is a
    gift card. By hand, in the review's bakery (its slotting fees, free fills and broker's
    commission say it sells to stores): one BA121, on the line, quoting both statutes, and no
    BA106."""
    findings = _bakery(industry, name).findings
    assert [f.rule for f in findings if f.subject == name and f.rule in ("BA106", "BA121")] == [
        "BA121"
    ]
    [found] = [f for f in findings if f.rule == "BA121"]
    assert "N.Y. Penal Law §180.00" in found.message
    assert "Cal. Penal Code §641.3" in found.message


@pytest.mark.parametrize(
    "name",
    [
        # the business's own store managers and category managers, their pay, and gifts tied to
        # no shelf; mystery shoppers it pays to buy
        "Holiday gift cards to store managers",
        "Store manager bonus (shelf resets)",
        "Gift cards for our store managers (holiday display contest)",
        "Category manager salary",
        "Gift cards for buyers (mystery shoppers)",
        # ...and consumers who buy, as before
        "Amazon cards for top buyers (loyalty)",
        "Visa gift cards for buyers of our holiday pies",
    ],
)
def test_a_supplier_s_own_managers_stay_silent(name: str) -> None:
    """O8's controls, in the review's bakery that sells to stores: its own store and category
    managers' pay or a gift with no shelf or store named, mystery shoppers and consumers are no
    customer's agents. By hand: no BA121."""
    assert not [f for f in _bakery("restaurant", name).findings if f.rule == "BA121"]


def _restaurant(line: str, others: list[str], sources: dict[str, int]) -> ProfileReport:
    """A restaurant-declared business with the line ``line`` ($1,200), the lines ``others``
    ($5,000 each) and a rent, and the customer ``sources``, none of them slotting, free fills
    or a broker's commission."""
    return _report({
        "business": {"name": "Hearth & Crumb Bakery", "industry": "restaurant",
                     "currency": "USD", "period": "FY2026"},
        "revenue": 1180000,
        "activities": [{"name": line, "spend": 1200},
                       *({"name": other, "spend": 5000} for other in others),
                       {"name": "Rent", "spend": 78000}],
        "customers": {"new": 9, "sources": sources},
    })  # fmt: skip


_BAKERY_BUYER = "Gift cards to Harvest Market bakery buyer"


@pytest.mark.parametrize(
    ("others", "sources", "rule"),
    [
        # bakery-1 of the review: its wholesale account manager and samples for cafés say it
        # sells wholesale, as a customer source naming a grocery chain does
        (["Wholesale account manager (salary)"], {"walk-in": 9}, "BA121"),
        (["Wholesale samples & tasting boxes for cafés"], {"walk-in": 9}, "BA121"),
        (["Instagram ads"], {"kroger": 3, "walk-in": 6}, "BA121"),
        # ...not an ordinary restaurant that buys wholesale, or whose customers saw it at a
        # farmers market or a grocery store's board
        (["Restaurant Depot wholesale account", "Wholesale produce purchases"], {"walk-in": 9},
         None),
        (["Wholesale club membership (Costco)"], {"farmers market": 5,
                                                  "grocery store bulletin board": 4}, None),
    ],
)  # fmt: skip
def test_a_restaurant_that_sells_wholesale_sells_to_stores(
    others: list[str], sources: dict[str, int], rule: str | None
) -> None:
    """O8: bakery-1 (declared a restaurant) with "Gift cards to Harvest Market bakery buyer"
    got BA106: only slotting, free fills or a broker had counted as selling to stores. A line
    that sells wholesale (an account manager, samples for the accounts), or a customer source
    naming a grocery chain, says the business sells to stores, whose buyers buy for their
    employer (N.Y. Penal Law §180.00; Cal. Penal Code §641.3); a restaurant's wholesale
    purchases do not. By hand: BA121 on the line or not, as the row says."""
    found = _restaurant(_BAKERY_BUYER, others, sources).findings
    assert {f.rule for f in found if f.subject == _BAKERY_BUYER} & {"BA121"} == (
        {rule} if rule else set()
    )


@pytest.mark.parametrize(
    ("names", "sources", "stores"),
    [
        (["Wholesale account manager (salary)"], [], True),
        (["Wholesale samples & tasting boxes for cafés"], [], True),
        (["Rent"], ["Kroger"], True),
        (["Rent"], ["whole foods market"], True),
        (["Rent"], ["grocery chain account"], True),
        (["Restaurant Depot wholesale account"], [], False),
        (["Wholesale produce purchases", "Wholesale flowers"], [], False),
        (["Wholesale order - Sysco"], [], False),
        (["Rent"], ["farmers market", "grocery store bulletin board"], False),
    ],
)
def test_what_says_a_business_sells_to_stores(
    names: list[str], sources: list[str], stores: bool
) -> None:
    """O8: sells_to_stores reads a line that sells wholesale and a source naming a grocery chain
    too; a restaurant's wholesale purchases and a farmers market do not. By hand, from each
    name."""
    assert sells_to_stores(names, sources) is stores


# -- O9 of the round's re-review: planners without "paid to planners", and coordinators ---------


@pytest.mark.parametrize(
    "line",
    [
        # the review's lines, in its venue whose sources name planners (38 couples)
        "Planner commissions (10% of venue fee)",
        "Wedding coordinator referral fees ($250 per booking)",
        "Day-of coordinators: $250 per booking",
        "Finder's fee to wedding coordinators",
        "Planners: $500 per signed contract",
    ],
)
def test_ba121_reads_planners_and_coordinators_paid_for_bookings(line: str) -> None:
    """O9 of the forty-third round's re-review (2026-12-06): the venue's 10% to outside planners
    passed once "paid to planners" was dropped, though its sources say planners sent 38
    couples; coordinators paid a referral or finder's fee or per booking gave no BA121, and
    "$500 per signed contract" got BA106. A planner or coordinator the couple hires is their
    agent: a benefit from the venue for the booking, not disclosed, breaches the agent's duty
    (Restatement (Third) of Agency §8.02, 2006). By hand: one BA121 on the line, in the
    planners' words (a secret commission, §§8.02 and 8.06), naming coordinators where the line
    does; the score stops at 79; no BA106 on the line."""
    report = _venue(line)
    [found] = [f for f in report.findings if f.rule == "BA121"]
    assert found.subject == line
    assert "a secret commission" in found.message
    assert "Restatement (Third) of Agency §§8.02 and 8.06, 2006" in found.message
    assert ("planners or coordinators" in found.message) is ("coordinator" in line)
    assert report.score <= 79
    assert not [f for f in report.findings if f.rule == "BA106" and f.subject == line]


@pytest.mark.parametrize(
    "line",
    [
        # the venue's own coordinators and planners: their commission on its event sales, pay,
        # salary, bonus; a share of its bookings; a fee the couple is told of
        "Commissions - event coordinator",
        "Sales commissions - event coordinator",
        "Event coordinator salary (our staff)",
        "Event coordinator bonus ($100 per booking)",
        "Event coordinator commission (3% of event sales)",
        "Event planner commission (5% of bookings)",
        "Wedding coordinator referral fees (disclosed to the couple)",
        "Planner commissions (10% of venue fee, disclosed to the couple)",
        "Planner commissions",
    ],
)
def test_a_venue_s_own_coordinators_stay_silent(line: str) -> None:
    """O9's controls, in the same venue whose sources name planners: the venue's own
    coordinator's commission on its event sales (the round's vocabulary reads "Commissions -
    event coordinator" as its sales pay), pay, salary or bonus, and a fee the line says the
    couple is told of (Restatement (Third) of Agency §8.06). By hand: no BA121."""
    assert not [f for f in _venue(line).findings if f.rule == "BA121"]


def test_a_share_of_the_fee_to_a_planner_is_read_outside_only_where_planners_send_couples() -> None:
    """O9: "Planner commissions (10% of venue fee)" is an outside planner's where a source names
    planners; without such a source, a venue's own planner may be paid a share. By hand: the
    venue with its 38 "planner" couples renamed "wedding fair" has no BA121 on the line."""
    line = "Planner commissions (10% of venue fee)"
    data = _venue_data(line)
    sources = dict(data["customers"]["sources"])
    sources["wedding fair"] = sources.pop("planner")
    data["customers"] = {**data["customers"], "sources": sources}
    assert not [f for f in _report(data).findings if f.rule == "BA121"]
    assert [f.subject for f in _venue(line).findings if f.rule == "BA121"] == [line]


@pytest.mark.parametrize(
    ("period", "began_after"),
    [
        # a fiscal year named by the year it ends in, or one that names both years, may have
        # begun in 2025 (O7 of the round's re-review: the US government's FY2026 began on 1
        # October 2025), but runs past the credit's end: the ads that ran after it are said
        # to promise what a homeowner cannot get (P1 of its second re-review)
        ("FY2026", False),
        ("Year ended 30 June 2026", False),
        ("Jul 2025 - Jun 2026", False),
        ("FY25/26", False),
        # ...and a label that says it is the calendar year began after it (P1)
        ("FY2026 (calendar year)", True),
        ("Year ended 31 December 2026", True),
        ("2026", True),
    ],
)
def test_a_period_that_runs_past_the_credits_end_is_read_for_the_ads_after_it(
    period: str, began_after: bool
) -> None:
    """P1 of the forty-third round's second re-review (2026-12-06): O7's mend had silenced the
    warning for every "FY2026" profile, the review's own solar profiles among them. A period
    that began after 2025 gets the finding as it was; one that may have begun before but runs
    past 31 December 2025 gets it said of the ads that ran after that date. By hand: one
    BA120 on the ad either way."""
    [message] = _ba120_on(_solar(period=period), _SOLAR_AD)
    said = (
        "in a period that began after it ended"
        if began_after
        else "in a period that runs past 31 December 2025, when it ended: an ad that ran after "
        "that date promises a credit a homeowner who installs then cannot get"
    )
    assert said in message

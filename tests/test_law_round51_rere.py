"""The fifty-first review round's re-review, part f (AM5, AM6 and the rest of AL3, 2026-12-06):
the same wrongs the round mended, in wordings the reports never used. A tow company paying a
lot's guard per impound, and its per-tow payments read as buying the tows; an NEMT company's
bonus per ride booked to a facility's scheduler; the notario's titles anywhere in a
non-lawyer's ad; a monthly rate offered to servicemembers; a pool builder's deposit in any
wording; a locksmith's bait trip charge and unlicensed technicians; a bare lifetime warranty;
and a notary's commission, which is a state appointment, not sales pay. Each expectation is
worked out by hand from the law the mends quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.classify import classify

from .conftest import small_case
from .test_rules import _report


def _case(name: str, industry: str, lines: list[str]) -> dict[str, Any]:
    """A small profile of ``industry``, each line $10,000, beside Google Ads that brought its
    customers."""
    activities: list[dict[str, object]] = [{"name": n, "spend": 10000} for n in lines]
    activities.append({"name": "Google Ads", "spend": 10000})
    return small_case(name, industry, activities, {"google ads": 100})


def _law(report: Any, rule: str) -> dict[str, Any]:
    """One rule's findings by the line they name."""
    return {f.subject: f for f in report.findings if f.rule == rule}


# -- AM5 (towing) and AL3's rest: those who call in the tows, paid by the tow --


def test_a_tow_company_paying_a_lots_guard_per_impound_pays_for_referrals() -> None:
    """AM5: a tow company paying a lot's security guard, a doorman or a parking attendant by the
    impound or the tow pays a person for requesting tows, which Cal. Vehicle Code §12110(a)
    forbids "any person" to accept, and which Texas's §2308.402(a) forbids the company to give
    a parking facility's owner "directly or indirectly". Before the mend "$20 per impound to
    security guard" read operations by 'security' with no finding. Each now gets BA114 with the
    tow trade's law (§2308.402). The company's own yard guard's wages and a guard contract for
    its storage yard are not payments for tows: no BA114."""
    paid = [
        "$20 per impound to security guard",
        "Doorman tip per tow",
        "Parking attendant $10 each car towed",
    ]
    own = ["Security guard wages - impound yard", "Security guard contract for storage yard (tows)"]
    report = _report(_case("Ace Towing & Recovery", "auto-repair", paid + own))
    found = _law(report, "BA114")
    for line in paid:
        assert "§2308.402" in found[line].message, line
    assert not set(own) & set(found)


def test_a_per_tow_payment_to_those_who_send_the_tows_is_marketing_not_cost_of_sales() -> None:
    """AL3's rest (the re-review's AL3 row and AM4): "$25 per tow paid to apartment complex
    managers (private property tows)" got BA114 but still read cost of sales by 'per tow', so
    the $36,000 that buys the tows sat in the margin and not in the cost of winning them. A
    payment by the tow to those who send the tows buys them: marketing/acquire. "$20 per impound
    to security guard" (operations by 'security' before) likewise. The tow company's own tow
    truck fuel stays operations, and "Tow driver wages" cost of sales."""
    for line in (
        "$25 per tow paid to apartment complex managers (private property tows)",
        "$20 per impound to security guard",
    ):
        got = classify(line)
        assert (got.category, got.purpose) == ("marketing", "acquire"), line
    assert classify("Tow truck fuel").category == "operations"
    assert classify("Tow driver wages").category == "cost-of-sales"


# -- AM5 (NEMT): a facility's scheduler or a discharge planner paid by the trip --

_PER_TRIP = "a price for each trip they book with you"


def test_a_facilitys_scheduler_or_planner_paid_per_ride_gets_the_firm_per_trip_text() -> None:
    """AM5: "Bonus to SNF scheduler for each ride booked" read as nothing (no finding), and
    "Discharge planner appreciation per transport" got the asked text for meals ("may pay for
    referrals"), though both are priced per trip: a nursing home's scheduler and a hospital's
    discharge planner are not the company's employees, and a price per trip they book is
    remuneration for referring (42 U.S.C. §1320a-7b(b)(2)(A); the safe harbours exclude pay by
    the volume of referrals, 42 CFR §1001.952(d)). Both now get the firm per-trip text, as
    "$20 per Medicaid trip paid to nursing home staff" did. "Lunches for discharge planners",
    no price per trip, keeps the asked meals text; "Dispatcher wages" (its own staff) nothing."""
    per_trip = [
        "Bonus to SNF scheduler for each ride booked",
        "Discharge planner appreciation per transport",
    ]
    lines = [*per_trip, "Lunches for discharge planners", "Dispatcher wages"]
    found = _law(_report(_case("CareRide Medical Transportation", "medical", lines)), "BA114")
    for line in per_trip:
        assert _PER_TRIP in found[line].message, line
        assert "may pay" not in found[line].message
    assert _PER_TRIP not in found["Lunches for discharge planners"].message
    assert "Dispatcher wages" not in found


# -- AM5 (immigration): the notario's titles anywhere in a non-lawyer's line --


def test_the_notario_title_anywhere_in_a_non_lawyers_line_and_legal_advice_in_spanish() -> None:
    """AM5: Cal. Bus. & Prof. Code §22442.3(a) forbids an immigration consultant to translate
    "notary public" as "notario" in any document, not only an ad. "Notario - consultas" (read as
    selling by 'consult') and "Radio - licenciado en inmigracion" (no ad word the tool knew)
    got no BA120. Both now get BA120's notario title. "Ads - 'Asesoria legal migratoria' (no
    attorney on staff)" offers legal advice by one the line says is no attorney, in Spanish
    (§22441(a)(1), §6125): BA120's non-lawyer legal advice, which it missed. Near names that stay
    silent: "Notary public services" (English), "Licenciado en contabilidad - bookkeeping" (a
    graduate's title, no immigration matter), "Forms preparation fees"."""
    lines = [
        "Notario - consultas",
        "Radio - licenciado en inmigracion",
        "Ads - 'Asesoria legal migratoria' (no attorney on staff)",
        "Notary public services",
        "Licenciado en contabilidad - bookkeeping",
        "Forms preparation fees",
    ]
    found = _law(_report(_case("Servicios Migratorios Esperanza", "b2c-services", lines)), "BA120")
    assert "notario" in found["Notario - consultas"].message
    assert "notario" in found["Radio - licenciado en inmigracion"].message
    assert "legal advice" in found[lines[2]].message
    assert not set(lines[3:]) & set(found)
    # a business whose name calls it a law firm ("Garcia Immigration Law Office") may pay a
    # Mexican notario for a client's papers; and the consultant's notario text (§22442.3, "say
    # you are not an attorney") does not fit a law firm even in an ad (AN2 of the fifty-first
    # round's second re-review: tests/test_round51_rere2_words.py)
    lines = ["Notario fees - Mexican documents", "Radio ads - 'Notario publico'"]
    found = _law(_report(_case("Garcia Immigration Law Office", "legal", lines)), "BA120")
    assert "Notario fees - Mexican documents" not in found
    assert "Radio ads - 'Notario publico'" not in found


# -- AM5 (military lending): a monthly rate offered to servicemembers, in any wording --


def test_a_monthly_rate_to_servicemembers_is_read_in_a_ledgers_words_too() -> None:
    """AM5: the Military Lending Act caps the military APR at 36% (10 U.S.C. §987(b)); a
    monthly rate is twelve times over a year. "Military: 20%/mo" at a pawn shop is 20 x 12 =
    240%, "Military loans 15% a month" 15 x 12 = 180% and "Army/Navy payday loans (30% per
    month)" 360%: all above 36%, but none named an ad (and the services by name were no
    military words), so none got BA120. Each now gets the MLA reading. Near names that stay
    silent: a discount for servicemembers ("Military discount 10%/mo off storage", no rate of
    finance charge) and a rate within the cap ("Military loans 2% a month": 24%)."""
    lines = [
        "Military: 20%/mo",
        "Military loans 15% a month",
        "Army/Navy payday loans (30% per month)",
        "Military discount 10%/mo off storage",
        "Military loans 2% a month",
    ]
    found = _law(_report(_case("QuickCash Pawn & Gold", "b2c-services", lines)), "BA120")
    for line in lines[:3]:
        assert "Military Lending Act" in found[line].message, line
    assert not set(lines[3:]) & set(found)


# -- AM5 (home services): a deposit, a lifetime warranty, a bait price, unlicensed techs --


def test_a_pool_builders_deposit_over_the_cap_and_a_bare_lifetime_warranty() -> None:
    """AM5: Cal. Bus. & Prof. Code §7159.5(a)(3) caps a home improvement down payment at 10%
    of the contract (or $1,000, whichever is less), pools included (§7151). "Pool deposits
    (35%)" (35 > 10), "Deposit: 40 percent" (40 > 10) and "Spa deposits ~25%" (25 > 10) were
    unknown names with no finding; only "Pool deposits 35% at contract" was read. Each now gets
    BA120's deposit cap. "Lifetime warranty!", a bare slogan, says no whose life (16 CFR
    §239.4): BA120's lifetime warranty, which only an ad's line got. Near names that stay
    silent: "Deposit 10%" (at the cap, not over), "Refunded deposits (40%)" (given back),
    "Lifetime warranty claims - parts" (the cost of honouring one, no claim to a customer)."""
    over = ["Pool deposits (35%)", "Deposit: 40 percent", "Spa deposits ~25%"]
    silent = ["Deposit 10%", "Refunded deposits (40%)", "Lifetime warranty claims - parts"]
    lines = [*over, "Lifetime warranty!", *silent]
    found = _law(_report(_case("Blue Lagoon Pools", "home-services", lines)), "BA120")
    for line in over:
        assert "§7159.5(a)(3)" in found[line].message, line
    assert "lifetime" in found["Lifetime warranty!"].message
    assert not set(silent) & set(found)


def test_a_locksmiths_bait_trip_charge_and_unlicensed_techs_in_other_words() -> None:
    """AM5: "Ads - '$19 trip charge' (most jobs $250)" advertises a call at $19 beside jobs at
    $250, 13 times it (the reading's ratio is 3), "Ads - '$29 dispatch fee' (typical job
    $300)" $29 beside $300, 10 times, and "Ads - '$15 service call' - jobs typically $200+" $15
    beside $200, 13 times: each BA120's bait price, missed for want of a verb ("billed"). At a
    locksmith by its name, "Techs (unlicensed)", "Unlicensed techs" and
    "Technicians without BSIS registration" have its work done by those who hold no licence or
    registration (Cal. Bus. & Prof. Code §6980.10(a)): BA120's unlicensed locksmith, missed as
    they name no locksmith. Near names that stay silent: "$49 service call (applied to the
    job)" (no billed figure), "Ads - '$99 service call' (most jobs $250)" (250 < 3 x 99 = 297),
    "Technician registration fees - BSIS" (the registration paid for), and at a plumber's,
    "Unlicensed techs" (no locksmith: no trade whose licence the tool knows)."""
    bait = [
        "Ads - '$19 trip charge' (most jobs $250)",
        "Ads - '$29 dispatch fee' (typical job $300)",
        "Ads - '$15 service call' - jobs typically $200+",
    ]
    techs = ["Techs (unlicensed)", "Unlicensed techs", "Technicians without BSIS registration"]
    silent = [
        "$49 service call (applied to the job)",
        "Ads - '$99 service call' (most jobs $250)",
        "Technician registration fees - BSIS",
    ]
    found = _law(
        _report(_case("KeyFast Locksmith", "home-services", bait + techs + silent)), "BA120"
    )
    for line in bait:
        assert "far below" in found[line].message, line
    for line in techs:
        assert "locksmith licence" in found[line].message, line
    assert not set(silent) & set(found)
    plumber = _law(
        _report(_case("Flow Right Plumbing", "home-services", ["Unlicensed techs"])), "BA120"
    )
    assert "Unlicensed techs" not in plumber


# -- AM6: a notary's commission is the state's appointment, not sales pay --


def test_a_notarys_commission_and_bond_are_overhead_not_sales_pay() -> None:
    """AM6: "Notary public bond and commission" read as sales/convert by 'commission'; a
    notary's commission is the state's appointment to act (in California the Secretary of
    State commissions notaries, Gov. Code §8200, and §8212 requires a bond), paid for as a
    licence is: operations. "Notary commission renewal" likewise. Near names that must not
    move: "Sales commission" stays sales/convert, "Referral commission" marketing/acquire and a
    bare "Commissions" sales/convert."""
    for line in ("Notary public bond and commission", "Notary commission renewal", "Notary bond"):
        assert classify(line).category == "operations", line
    assert (classify("Sales commission").category, classify("Sales commission").purpose) == (
        "sales",
        "convert",
    )
    assert classify("Referral commission").purpose == "acquire"
    assert classify("Commissions").category == "sales"

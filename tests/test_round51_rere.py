"""The fifty-first round's re-review (2026-12-06): AM1, AM2, AM7 and the rest of AL10 and AL15."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from .conftest import RunCli, WriteProfile
from .test_rules import _report


def _cli(run_cli: RunCli, write_profile: WriteProfile, profile: dict[str, Any]) -> Any:
    """The JSON report of one profile as the CLI gives it (a vertical's terms applied)."""
    text = yaml.safe_dump({"version": 1, **profile}, sort_keys=False, allow_unicode=True)
    result = run_cli("check", write_profile(text), "-f", "json")
    return json.loads(result.stdout)["profiles"][0]


#: A locksmith as lock-edge of the re-review reads it: a $19 bait ad, unlicensed technicians,
#: listings at virtual addresses (BA120) and $50 per referral to property managers (BA121)
LOCK_EDGE: dict[str, Any] = {
    "business": {"name": "KeyRight Locksmith", "industry": "home-services", "period": "2026"},
    "revenue": 520000,
    "activities": [
        {"name": "Lead network call center - 40% of each job dispatched", "spend": 90000},
        {"name": "Google Maps listings at virtual addresses in 12 towns", "spend": 6000},
        {"name": "Ads - '$19 service call' (jobs billed $150-$350)", "spend": 12000},
        {"name": "Unlicensed technicians (no locksmith license)", "spend": 60000},
        {"name": "$50 per referral to property managers", "spend": 12500},
        {"name": "Ads - 'Licensed, bonded, insured - 15 minute arrival guaranteed'", "spend": 4000},
        {"name": "Technician wages", "spend": 110000},
        {"name": "Key blanks and hardware", "spend": 60000},
        {"name": "Van leases and fuel", "spend": 45000},
    ],
    "customers": {
        "new": 1900,
        "sources": {
            "lead network": 900,
            "property manager": 250,
            "google maps": 600,
            "repeat": 150,
        },
        "average_revenue": 260,
        "gross_margin": "55%",
        "retention_rate": "20%",
    },
    "owner_hours": {"delivery": 35, "marketing": 3, "sales": 3, "admin": 10},
}

#: An NEMT company paying nursing-home staff per trip on five lines (s02c-nemt of the review)
NEMT_KICKBACKS: dict[str, Any] = {
    "business": {
        "name": "CareRide Medical Transportation",
        "industry": "medical",
        "period": "2026",
    },
    "revenue": 1000000,
    "activities": [
        {"name": "Rent", "spend": 10000},
        {"name": "Referral fee per Medicaid trip to nursing home staff", "spend": 10000},
        {"name": "$20 per patient referred to nursing home staff", "spend": 10000},
        {"name": "Gift cards to nursing home staff who book trips", "spend": 10000},
        {"name": "Cash to discharge planners per Medicare ambulance trip", "spend": 10000},
        {"name": "Nursing home staff kickback per trip", "spend": 10000},
    ],
    "customers": {
        "new": 100,
        "sources": {"referral": 50, "google search": 50},
        "average_revenue": 10000,
        "gross_margin": "40%",
        "retention_rate": "10%",
    },
    "owner_hours": {"delivery": 30, "marketing": 5, "sales": 5, "admin": 5},
}


# --- AM1: every band under "Strong" names what the law may forbid --------------------------

#: Each band's flags, as verdict() takes them (the reasons a band is chosen)
_BANDS: dict[str, dict[str, Any]] = {
    "plain": {},
    "over the range, paying back": {"over_range": "info"},
    "over the range, slow": {"over_range": "warning", "over_range_slow": True},
    "over the range": {"over_range": "warning"},
    "under the minimum": {"under_minimum": True},
    "under the trade's average": {"under_minimum": True, "under_average": True},
    "under the sector's average": {
        "under_minimum": True,
        "under_average": True,
        "sector_average": True,
    },
    "marketplaces": {"rented": True},
    "one sender": {"one_sender": True},
    "costs too much": {"costs_too_much": True},
    "costs more": {"costs_too_much": True, "costs_more": True},
    "slow payback": {"costs_too_much": True, "slow_payback": True},
    "at capacity": {"at_capacity": True},
    "no referrals": {"no_referrals": True},
}


@pytest.mark.parametrize("band", sorted(_BANDS))
@pytest.mark.parametrize("value", [77, 63, 50, 40, 31, 5])
def test_every_band_names_what_the_law_may_forbid(band: str, value: int) -> None:
    """AM1: the override replaced only some bands' words, so "Fair: marketing is well funded
    and pays back; the gaps are elsewhere" (over the range, paying back), "one source someone
    else runs", "marketplaces you rent" and every Critical band said nothing of BA114, BA119,
    BA120 or BA121. By hand: 60 to 79 is "Fair", 40 to 59 "Weak", under 40 "Critical"; each
    says "what the law or a platform's rules may forbid; stop that first", whatever the band's
    reason; without a forbidden line the band's own words stay (none of them names the law)."""
    from bizaudit.explain.score import (
        CRITICAL_UNLAWFUL,
        FAIR_UNLAWFUL,
        WEAK_UNLAWFUL,
        verdict,
    )

    flags = _BANDS[band]
    expected = FAIR_UNLAWFUL if value >= 60 else WEAK_UNLAWFUL if value >= 40 else CRITICAL_UNLAWFUL
    assert verdict(value, unlawful=True, **flags) == expected
    assert expected.startswith(("Fair", "Weak", "Critical")[(value < 60) + (value < 40)])
    assert "may forbid; stop that first" in expected
    assert "law" not in verdict(value, **flags)


def test_the_law_is_named_beside_a_deep_loss_and_strong_keeps_its_words() -> None:
    """AM1: under "Fair", a loss of more than 5% is the band's reason; the law is said after
    it, not instead. "Strong" (80 and up) cannot stand beside these findings (the score stops
    at 79 for them), so its words are the band's own."""
    from bizaudit.explain.score import DEEP_LOSS, DEEP_LOSS_UNLAWFUL, VERDICTS, verdict

    assert verdict(45, deep_loss=True, unlawful=True) == DEEP_LOSS[0][1] + DEEP_LOSS_UNLAWFUL
    assert verdict(20, deep_loss=True, unlawful=True) == DEEP_LOSS[1][1] + DEEP_LOSS_UNLAWFUL
    assert verdict(45, deep_loss=True) == DEEP_LOSS[0][1]
    assert verdict(85, unlawful=True) == VERDICTS[0][1]


def test_lock_edge_and_the_nemt_kickbacks_name_the_law_with_score_and_pass_unchanged() -> None:
    """AM1 end to end: lock-edge (three BA120 and a BA121) scored 77 and PASSED before the mend
    and read "Fair: marketing is well funded and pays back; the gaps are elsewhere"; now
    "Fair overall, but part of what wins customers is what the law ... may forbid", 77 and
    PASSED all the same (warnings do not fail a run). The NEMT company with five BA114 lines
    scored 31 and FAILED, "Critical: marketing is an afterthought; new customers arrive by
    referral or by chance"; now the Critical band names the law, 31 and FAILED all the same."""
    from bizaudit.explain.score import CRITICAL_UNLAWFUL, FAIR_UNLAWFUL

    lock = _report(LOCK_EDGE)
    assert {"BA120", "BA121"} <= {f.rule for f in lock.findings}
    assert lock.verdict == FAIR_UNLAWFUL
    # 77 until AV3 of the fifty-fourth round's second re-review (2026-12-07): 80% of its
    # customers do not come back (retention 20%), they are worth 2.2× their cost and it keeps
    # 23.2%, so BA201 calls the ratio information and the customer economics part earns full
    # marks at 1.5× (it had earned (2.15 − 1) ÷ 2 = 0.58): 30 + 20 + 15 + 15 + 0 + 10 × 0.588
    # = 85.9, held at 79 by the BA120 and BA121 caps (warnings, so PASSED all the same)
    assert (lock.score, lock.passed) == (79, True)
    nemt = _report(NEMT_KICKBACKS)
    assert sum(f.rule == "BA114" for f in nemt.findings) >= 4
    assert nemt.verdict == CRITICAL_UNLAWFUL
    assert (nemt.score, nemt.passed) == (31, False)


# --- AM2: BA117 leaves out what BA116 takes out, and never names a payment for referrals ----

#: immig-healthy of the review: a non-lawyer immigration consultant
IMMIGRATION: dict[str, Any] = {
    "business": {
        "name": "Puente Immigration Forms Services",
        "industry": "b2c-services",
        "period": "2026",
    },
    "revenue": 260000,
    "activities": [
        {"name": "Spanish radio ads (La Raza 97.9)", "spend": 9000},
        {"name": "Facebook ads in Spanish", "spend": 6000},
        {"name": "Booth at church community fair", "spend": 1500},
        {"name": "Immigration consultant bond ($100,000) and registration", "spend": 1200},
        {"name": "Form preparers wages", "spend": 90000},
        {"name": "Translation and interpreter services", "spend": 12000},
        {"name": "USCIS filing fees paid on behalf of clients", "spend": 45000},
        {"name": "Office rent", "spend": 30000},
        {"name": "Case management software", "spend": 3000},
    ],
    "customers": {
        "new": 420,
        "sources": {"church referral": 120, "radio": 90, "facebook ads": 60},
        "average_revenue": 600,
        "gross_margin": "60%",
        "retention_rate": "30%",
    },
    "owner_hours": {"delivery": 30, "marketing": 4, "sales": 6, "admin": 10},
}


def _with(profile: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of ``profile`` with ``customers`` fields or ``activities`` changed."""
    copy = {**profile, "customers": {**profile["customers"]}}
    for key, value in changes.items():
        if key == "activities":
            copy["activities"] = value
        else:
            copy["customers"][key] = value
    return copy


def test_ba117_leaves_out_the_clients_filing_fees_that_ba116_takes_out() -> None:
    """AM2: BA117 set the stated 60% against ($260,000 − $147,000) ÷ $260,000 = 43.5%, with
    "USCIS filing fees paid on behalf of clients" ($45,000) among the cost of sales to look at,
    beside BA116 calling it the clients' money. Without it the cost of sales is $90,000 +
    $12,000 = $102,000: ($260,000 − $102,000) ÷ $260,000 = 60.8%, within 10 points of 60%, so
    no BA117. Stated at 75% (14.2 points above 60.8%) BA117 warns, with 60.8% and without the
    fees among the lines to look at."""
    report = _report(IMMIGRATION)
    assert not [f for f in report.findings if f.rule == "BA117"]
    assert [f for f in report.findings if f.rule == "BA116"]
    (found,) = [f for f in _report(_with(IMMIGRATION, gross_margin="75%")).findings
                if f.rule == "BA117"]  # fmt: skip
    assert found.severity == "warning"
    assert "$102,000 cost of sales" in found.message
    assert "60.8%" in found.message
    assert "USCIS" not in found.advice
    assert "'Form preparers wages' ($90,000)" in found.advice


def test_ba116_calls_fees_paid_for_clients_a_disbursement_and_fees_held_trust_money() -> None:
    """AM2: fees already paid to USCIS for clients are not money "put in trust ... until the
    service is performed": a disbursement passed through for the client, neither revenue nor
    cost. Fees held until filed keep the trust words (AL4 of the round)."""
    (paid,) = [f for f in _report(IMMIGRATION).findings if f.rule == "BA116"]
    assert "a disbursement passed through for the client" in paid.message
    assert "neither revenue nor cost" in paid.message
    assert "in trust" not in paid.message
    held = _with(
        IMMIGRATION,
        activities=[
            *IMMIGRATION["activities"][:6],
            {"name": "Fees held for USCIS not yet filed", "spend": 45000},
            *IMMIGRATION["activities"][7:],
        ],
    )
    (kept,) = [f for f in _report(held).findings if f.rule == "BA116"]
    assert "put in trust or escrow" in kept.message
    assert "disbursement" not in kept.message


def test_ba117_names_no_payment_for_referrals_among_the_lines_to_look_at(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AM2 and AM4: nemt-edge's "$20 per Medicaid trip paid to nursing home staff who book us"
    (BA114) was among the operations lines "to look at first" as a direct cost. Net revenue
    is $1,200,000 − $40,000 (the Part A discount) − $18,000 (copays waived) = $1,142,000; the
    cost of sales, drivers and EMTs, $570,000: 50.1% against a stated 30%, information. The
    lines to look at are the vans and the fuel, not the payment. Marked cost of sales, and
    the margin stated above what is listed, the payment is no line to look at either."""
    nemt: dict[str, Any] = {
        "business": {
            "name": "CareRide Ambulance & Medical Transportation",
            "industry": "medical",
            "period": "2026",
        },
        "revenue": 1200000,
        "activities": [
            {"name": "$20 per Medicaid trip paid to nursing home staff who book us",
             "spend": 24000},
            {"name": "Lunches for discharge planners at the hospital", "spend": 9000},
            {"name": "Discount on Part A ambulance trips to nursing home in exchange for its "
             "Part B referrals", "spend": 40000},
            {"name": "$25 Walmart gift card to Medicaid riders for each trip booked",
             "spend": 15000},
            {"name": "Copays waived for Medicare ambulance patients", "spend": 18000},
            {"name": "Ads - 'Medicare pays 100%, no cost to you'", "spend": 5000},
            {"name": "Drivers wages", "spend": 480000},
            {"name": "EMT wages", "spend": 90000},
            {"name": "Van leases", "spend": 120000},
            {"name": "Fuel", "spend": 90000},
        ],
        "customers": {
            "new": 400,
            "sources": {"nursing home staff": 150, "discharge planner": 100, "google ads": 30},
            "average_revenue": 3000,
            "gross_margin": "30%",
            "retention_rate": "60%",
        },
        "owner_hours": {"delivery": 20, "marketing": 3, "sales": 5, "admin": 20},
    }  # fmt: skip
    report = _cli(run_cli, write_profile, nemt)
    assert any(f["rule"] == "BA114" and "$20 per Medicaid" in (f.get("subject") or "")
               for f in report["findings"])  # fmt: skip
    (found,) = [f for f in report["findings"] if f["rule"] == "BA117"]
    assert "50.1%" in found["message"]
    assert "'Van leases' ($120,000), 'Fuel' ($90,000)" in found["advice"]
    assert "Medicaid" not in found["advice"]
    # as cost of sales, with a stated margin above the listed: (1,142,000 − 594,000) ÷
    # 1,142,000 = 48.0% against 70%
    marked = _with(nemt, gross_margin="70%")
    marked["activities"] = [
        {**a, "kind": "cost-of-sales"} if a["name"].startswith("$20 per") else a
        for a in nemt["activities"]
    ]
    (high,) = [f for f in _cli(run_cli, write_profile, marked)["findings"]
               if f["rule"] == "BA117"]  # fmt: skip
    assert "$594,000 cost of sales) ÷ $1,142,000 = 48%" in high["message"]
    assert "Medicaid" not in high["advice"]
    assert "'Drivers wages' ($480,000)" in high["advice"]


# --- AM7: money lent to employees, and money lent read as taken off revenue -----------------

#: p17 of the re-review: a hardware store that lends to its employees and its customers
HARDWARE: dict[str, Any] = {
    "business": {"name": "Corner Hardware", "industry": "retail", "period": "2026"},
    "revenue": 1000000,
    "activities": [
        {"name": "Rent", "spend": 100000},
        {"name": "Cost of goods sold", "spend": 600000},
        {"name": "Loans to employees", "spend": 200000},
        {"name": "Advances to customers (store credit loans)", "spend": 100000},
        {"name": "Google Ads", "spend": 30000},
    ],
    "customers": {
        "new": 1000,
        "sources": {"google ads": 500, "referral": 500},
        "average_revenue": 1000,
        "gross_margin": "40%",
        "retention_rate": "50%",
    },
    "owner_hours": {"delivery": 30, "marketing": 5, "sales": 5, "admin": 5},
}


@pytest.mark.parametrize(
    ("name", "lent"),
    [
        ("Loans to employees", True),
        ("Employee loans", True),
        ("Salary advances", True),
        ("Payroll advances to staff", True),
        # near names that must not move: a loan forgiven is pay, loans from employees and a
        # loan for the staff's van are the business's debt, interest is a cost
        ("Employee loan forgiveness", False),
        ("Loans from employees", False),
        ("Loan to buy staff van", False),
        ("Staff loan interest", False),
        ("Equipment loan", False),
    ],
)
def test_money_lent_to_employees_is_lent(name: str, lent: bool) -> None:
    """AM7: AL9's "lent" reading covered customers only; a loan to employees, a salary or
    payroll advance, is a receivable too (ASC 310-10), not a loan the business repays."""
    from bizaudit.core.financing import lent_out

    assert lent_out(name) is lent


def test_ba116_loans_to_employees_and_store_credit_loans_are_lent() -> None:
    """AM7: "Loans to employees" read "a loan being repaid ... list the loan's interest
    instead"; now money lent to employees, "take it out; what they repay is not revenue".
    "Advances to customers (store credit loans)" had read as contra-revenue by 'store credit',
    taken off revenue and called a receivable in the same report; the vocabulary now reads
    store credit loans as money lent (operations), so BA116's reading is the only one and
    revenue stays $1,000,000. By hand: costs $100,000 + $600,000 + $200,000 + $100,000 +
    $30,000 = $1,030,000 against $1,000,000, a loss of $30,000. Without the employees' loans:
    $170,000, 17%. Without the store credit loans: $70,000, 7%. Without both: $270,000, 27%."""
    report = _report(HARDWARE)
    assert report.profit.net_revenue == 1000000
    found = {f.subject: f for f in report.findings if f.rule == "BA116"}
    staff = found["Loans to employees"]
    assert "money lent to employees: a receivable" in staff.message
    assert "$170,000 (17%) without it" in staff.message
    assert "$270,000 (27%) without every such line" in staff.message
    assert "interest" not in staff.message
    assert staff.advice == "take it out; what they repay is not revenue"
    store = found["Advances to customers (store credit loans)"]
    assert "money lent to customers" in store.message
    assert "taken off revenue" not in store.message
    assert "$70,000 (7%) without it" in store.message


# --- AL15, the rest: the Markdown and HTML pass lines say why, as the terminal does ---------


def test_markdown_and_html_say_why_a_low_score_held_to_an_average_passes(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AL15: the terminal reads "PASSED (no error: the sector's average is a warning only, not
    a floor)" beside a score under 40 for a forms office declaring only its sector ($0 of
    $200,000 on marketing, under the sector's 6% average, which BA101 only warns of); the
    Markdown's heading and the HTML's pass line said a bare "passed". Near: the same office
    declaring retail fails (under its floor BA101 errs), and no output says "no error:"."""
    from .test_round51 import _FORMS_OFFICE

    why = "no error: the sector's average is a warning only, not a floor"
    path = write_profile(_FORMS_OFFICE)
    markdown = run_cli("check", path, "-f", "markdown").stdout
    assert f"✅ passed ({why}), score" in markdown
    html = run_cli("check", path, "-f", "html").stdout
    escaped = why.replace("'", "&#39;")
    assert f'<span class="result passed">Passed</span> ({escaped})' in html
    retail = write_profile(
        _FORMS_OFFICE.replace("industry: b2c-services", "industry: retail"), name="retail.yaml"
    )
    for form in ("markdown", "html"):
        said = run_cli("check", retail, "-f", form).stdout
        assert "no error:" not in said


# --- AL10, the rest: the business-or-hobby headline where one source sends most -------------

NEMT_BROKER: dict[str, Any] = {
    "business": {
        "name": "CareRide Medical Transportation",
        "industry": "medical",
        "period": "2026",
    },
    "revenue": 900000,
    "activities": [
        {"name": "Drivers wages", "spend": 380000},
        {"name": "Van leases", "spend": 100000},
        {"name": "Fuel", "spend": 70000},
        {"name": "Insurance", "spend": 55000},
    ],
    "customers": {
        "new": 300,
        "sources": {"ModivCare": 250, "discharge planner": 40, "word of mouth": 10},
        "average_revenue": 3000,
        "gross_margin": "30%",
        "retention_rate": "60%",
    },
    "owner_hours": {"delivery": 35, "marketing": 0, "sales": 2, "admin": 20},
}


def test_the_at_risk_headline_names_the_one_source_someone_else_runs(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AL10: an NEMT company with 250 of 300 new riders (83.3%) from ModivCare, a Medicaid
    broker (BA128 warns), read "At risk: part of winning customers is planned, part is left to
    chance"; none of it is left to chance, the risk is the one source. The label stays "at
    risk" (the renderers' styles are keyed by it). Near: with $10,000 of Google Ads bringing
    20, the broker 100 of 300 (33.3%, under BA128's line) and 180 by word of mouth (60%, over
    the referral maximum), it is at risk for the referrals, and the headline is the label's
    own."""
    report = _cli(run_cli, write_profile, NEMT_BROKER)
    assert any(f["rule"] == "BA128" and f["severity"] == "warning" for f in report["findings"])
    assert report["predictability"]["verdict"] == "at risk"
    assert report["predictability"]["headline"] == (
        "At risk: most new customers come through one source someone else runs."
    )
    text = " ".join(run_cli("check", write_profile(yaml.safe_dump(
        {"version": 1, **NEMT_BROKER}, sort_keys=False))).stdout.split())  # fmt: skip
    assert "Business or hobby? At risk: most new customers come through one source" in text
    spread = _with(
        NEMT_BROKER,
        activities=[*NEMT_BROKER["activities"], {"name": "Google Ads", "spend": 10000}],
    )
    spread["customers"]["sources"] = {"ModivCare": 100, "google ads": 20, "word of mouth": 180}
    other = _cli(run_cli, write_profile, spread)
    assert not any(f["rule"] == "BA128" and f["severity"] != "info" for f in other["findings"])
    assert other["predictability"]["verdict"] == "at risk"
    assert other["predictability"]["headline"] == (
        "At risk: part of winning customers is planned, part is left to chance."
    )


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Advances to customers (store credit loans)", "operations"),
        ("Store credit loans", "operations"),
        ("Customer loans", "operations"),
        # near names: store credit given as a price cut or for a return stays revenue given up
        ("Store credit issued", "contra-revenue"),
        ("Store credit for returns", "contra-revenue"),
    ],
)
def test_store_credit_lent_is_money_lent_not_a_price_cut(name: str, category: str) -> None:
    """AM7: credit lent to customers is a receivable (BA116 reads it as lent), not revenue
    given up; store credit in place of a refund is."""
    from bizaudit.core.classify import Classifier

    assert Classifier().classify(name).category == category

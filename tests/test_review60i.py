"""The sixtieth review round, part i (2026-12-07): names real books write, read as they mean.

A fractional CFO reviewed seven businesses. Five findings were lines or sources the vocabulary
did not read as the owner meant them:

BD1 (carwash.yaml, high): "6110 Advertising:Geofenced mobile ads" read by 'ad' alone, so its
$18,000 stood with no customers (BA206) beside the 450 "geofence ads" customers said to cost
nothing (BA207); "Geofencing ads" joined them. The ledger's form of the word now reads as the
term's.

BD6 (pest.yaml): "6070 PestPac CRM/routing (WorkWave)", pest control's field-service system
(routes, service tickets, billing), read as sales by 'crm'.

BD7 (bike.yaml): "6130 Free 30-day tune-up program", the after-sale care a bike buyer is given,
read as nothing and counted as overhead, beside BA104's "nothing is spent on keeping existing
customers".

BD5 (physio.yaml), its reading: "7320 GP surgery lunches & CPD talks", lunches and talks for the
family doctors who refer patients, read as overhead. (Its law is left to another part.)

BD8 (funeral.yaml), its reading: the source "preneed contracts maturing", at-need calls from
pre-need contracts sold in earlier years, read as nothing, and BA113 capped the score at 79.

Every figure is worked out by hand in the docstrings; near cases that must not move are named.
The profiles are the reviewer's, unchanged (tests/fixtures/review60i/)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bizaudit.core.classify import classify, classify_source

from .conftest import RunCli, findings_in, profile_json

_FIXTURES = Path(__file__).parent / "fixtures" / "review60i"
_GEOFENCE = "Geofencing and programmatic display"


def _profile(run_cli: RunCli, name: str) -> dict[str, Any]:
    return profile_json(run_cli, _FIXTURES / name)


def _activity(profile: dict[str, Any], starts: str) -> dict[str, Any]:
    [found] = [a for a in profile["activities"] if a["name"].startswith(starts)]
    return found  # type: ignore[no-any-return]


def _answer(name: str) -> tuple[str, str | None, str]:
    got = classify(name)
    return got.category, got.purpose, got.confidence


# -- BD1: "Geofenced", as a ledger writes it -------------------------------------------------


def test_geofenced_ads_join_the_geofence_customers(run_cli: RunCli) -> None:
    """By hand: the geofence channel is the line's $18,000 for the 450 who said "geofence ads":
    18,000 ÷ 450 = $40 a member. LTV $275.06 (the reviewer's, BA101's figure); 275.06 ÷ 40 =
    6.88, shown 6.9×, the reviewer's figure when he renamed the line "Geofencing ads". BA202's
    customers from channels nothing is spent on are the drive-by/sign's 2,600 alone, not 3,050
    (those and the 450). Neither BA206 (the spend with no customers) nor BA207 (the customers
    with no spend) speaks of the geofence any more."""
    profile = _profile(run_cli, "carwash.yaml")
    [geofence] = [c for c in profile["channels"] if c["name"] == _GEOFENCE]
    assert (geofence["spend"], geofence["customers"], geofence["cac"]) == ("18000", 450, "40")
    assert round(geofence["ltv_to_cac"], 1) == 6.9
    assert not [c for c in profile["channels"] if c["name"].startswith("Geofenced")]
    [ba202] = findings_in(profile, "BA202")
    assert "2,600 of the 3,750 came through channels nothing is spent on" in ba202["message"]
    for rule in ("BA206", "BA207"):
        assert not [f for f in findings_in(profile, rule) if "eofenc" in f["message"]], rule


@pytest.mark.parametrize(
    "name", ["Geofenced mobile ads", "Geo-fenced display", "Geofenced ads - DSP", "Geofencing ads"]
)
def test_the_forms_of_geofence_read_as_its_term(name: str) -> None:
    """Each form names the geofence, not only 'ad': marketing/acquire, and the term that read it
    is the geofence's own, which the channel vocabulary joins."""
    got = classify(name)
    assert (got.category, got.purpose, got.confidence) == ("marketing", "acquire", "high")
    assert got.term is not None
    assert "geo" in got.term


def test_a_geofenced_source_is_paid() -> None:
    """A source written in the ledger's form is the paid channel, as "geofence ads" is."""
    assert classify_source("geofenced mobile ads").kind == "paid"
    assert classify_source("geofence ads").kind == "paid"


# -- BD6: a field-service system that says CRM ---------------------------------------------


def test_pestpac_is_operations_and_the_cac_falls(run_cli: RunCli) -> None:
    """By hand: without PestPac's $14,400, sales is $110,400 − 14,400 = $96,000; CAC = ($91,500
    + $96,000) ÷ 1,250 = $150 (the reviewer's figure, where it was $161.52); LTV ÷ CAC =
    1,012.61 ÷ 150 = 6.75 (the reviewer's 6.75×); sales ÷ all spend = 96,000 ÷ 987,700 =
    9.72% (the reviewer's 9.7%, from 11.2%). The line is operations, with confidence."""
    profile = _profile(run_cli, "pest.yaml")
    line = _activity(profile, "6070 PestPac")
    assert (line["category"], line["purpose"]) == ("operations", None)
    cac = profile["economics"]["cac"]
    assert cac["value"] == "150"
    assert "$96,000 sales" in cac["basis"]
    assert round(profile["economics"]["ltv_to_cac"]["value"], 2) == 6.75
    assert round(profile["metrics"]["sales_share_of_spend"], 4) == 0.0972


@pytest.mark.parametrize(
    "name",
    [
        "6070 PestPac CRM/routing (WorkWave)",
        "PestPac",
        "ServiceTitan CRM",
        "Jobber CRM",
        "Housecall Pro CRM",
        "FieldRoutes CRM",
        "GorillaDesk CRM",
    ],
)
def test_field_service_systems_are_operations_beside_crm(name: str) -> None:
    """Each routes, schedules and bills the work: operations, with confidence, "CRM" or not."""
    assert _answer(name) == ("operations", None, "high")


def test_a_real_crm_stays_sales_and_a_mixed_line_is_asked() -> None:
    """Near cases: HubSpot, Salesforce and Pipedrive are sales CRMs, and "CRM" alone too; a
    line naming a field-service system beside a sales CRM or a selling word, and a roofer's
    AccuLynx (sold as a CRM that also runs jobs; the build corpus labels "AccuLynx CRM" sales),
    keep the low confidence that asks (BA107): never operations with confidence."""
    for name in ("HubSpot CRM", "Salesforce", "Pipedrive CRM", "CRM", "CRM subscription"):
        assert _answer(name) == ("sales", "convert", "high"), name
    for name in (
        "Jobber + HubSpot CRM",
        "Jobber CRM - sales pipeline",
        "AccuLynx CRM",
        # a sales CRM beside a route planner: two tools on one line, asked (BE5 of the round's
        # re-review, 2026-12-07: read as operations by its longer term alone, high)
        "Salesforce CRM + route optimization",
        "HubSpot CRM + route planning",
    ):
        assert classify(name).confidence == "low", name


def test_outing_is_no_routing() -> None:
    """Near case: "routing" alone is not a term (a close spelling of it had read a golf club's
    "Prospect golf outing" and "Samples sent ... for routine testing" as operations)."""
    assert _answer("Prospect golf outing - Bayhill") == ("sales", "convert", "high")
    assert classify("Tournament & outings sales mgr").category == "sales"


# -- BD7: a free tune-up given to buyers -----------------------------------------------------


def test_a_free_tune_up_programme_is_retention(run_cli: RunCli) -> None:
    """By hand: marketing is $21,000 (counted) + $8,000 = $29,000 of $1,320,000 = 2.197%, over
    the 2% minimum (the reviewer's 2.2%) as listed; retain is $8,000, so BA104 ("nothing is
    spent on keeping existing customers") is silent; the line is read, so BA106 is too.
    Reworked by hand in the sixty-first round, part o (2026-12-07; BE2 of the sixtieth round's
    re-review): free tune-ups given to buyers are a free service, which BA116 reads as revenue
    given up as it reads a free wash week, so BA101 is no longer silent but warns that the 2%
    is reached only with them: in money $21,000 ÷ $1,320,000 = 1.59%, shown 1.6%, and the gap
    is 2% × $1,320,000 - $21,000 = $26,400 - $21,000 = $5,400 (tests/test_review61o.py). Since
    BG6 of the sixty-first round's re-review the $8,000 is out of the revenue too, as it is out
    of the marketing: $21,000 ÷ ($1,320,000 - $8,000 = $1,312,000) = 1.60%, and the gap 2% ×
    $1,312,000 - $21,000 = $26,240 - $21,000 = $5,240."""
    profile = _profile(run_cli, "bike.yaml")
    line = _activity(profile, "6130 Free 30-day")
    assert (line["category"], line["purpose"]) == ("marketing", "retain")
    # (out of the breakdown's marketing since round 63, read as a line marked contra-revenue
    # is: 8,000 − 8,000 = 0 of retention in money; the line keeps its reading, retain)
    assert profile["marketing_by_purpose"]["retain"] == "0"
    assert round(profile["metrics"]["marketing_share_of_revenue"], 4) == 0.0220
    for rule in ("BA104", "BA106"):
        assert not findings_in(profile, rule), rule
    (ba101,) = findings_in(profile, "BA101")
    assert ba101["severity"] == "warning"
    assert (
        "without it, in the marketing and in revenue, 1.6% ($21,000 of $1,312,000)"
        in (ba101["message"])
    )
    assert "$5,240 short of the 2% minimum" in ba101["advice"]


@pytest.mark.parametrize(
    "name",
    [
        "Free 30-day tune-up program",
        "30-day check",
        "Lifetime tune-ups",
        "Free tune-ups for bike buyers",  # unread before BE2 of the round's re-review
        "Complimentary first tune-up with purchase",
    ],
)
def test_after_sale_tune_ups_are_retention(name: str) -> None:
    assert _answer(name) == ("marketing", "retain", "high")


@pytest.mark.parametrize(
    "name",
    [
        "Tune-up program tech labor",
        "Tune-up program parts & filters",
        "Same-day tune-up labor",
        "Tune-up programme",
        "Free AC tune-up for new customers",
    ],
)
def test_the_work_of_paid_tune_ups_is_no_retention(name: str) -> None:
    """BE2 of the round's re-review (2026-12-07): "tune-up program" and "day tune-up" alone had
    read the labour and parts of a shop's paid tune-ups as retention marketing, lifting a pest
    firm's marketing share from 8.9% to 10.8% with no question asked; only a free tune-up
    given after the sale is retention ("Tune-up programme" alone, reworked here by hand: it
    names no gift and no buyer), and one offered to new customers wins them or is asked."""
    assert _answer(name)[:2] != ("marketing", "retain"), name


def test_tune_ups_that_are_no_after_sale_care_stay_as_they_were() -> None:
    """Near cases: a tune-up offered to strangers wins them (as the build corpus's "Tune-up
    special" reads); a mechanic's own tune-up supplies and parts are operations, "free" or not;
    a free trial is no tune-up; "Free tune-up" alone says nothing of buyers and stays unread."""
    assert _answer("Tune-up special")[:2] == ("marketing", "acquire")
    for name in ("Tune-up supplies", "Free tune-up supplies", "Tune-up parts"):
        assert _answer(name)[:2] == ("operations", None), name
    assert classify("Free 30-day trial").purpose != "retain"
    assert classify("Free tune-up").purpose != "retain"


# -- BD5: lunches and talks for the GPs who refer --------------------------------------------


def test_gp_lunches_are_referral_cultivation(run_cli: RunCli) -> None:
    """By hand: acquisition is £18,300 + £2,200 = £20,500, and, since BD3 of this round (part
    k), the insurers' network fees, £8,500, the price of the 620 patients Bupa, AXA and
    Vitality sent: £29,000; CAC = 29,000 ÷ 1,460 = £19.86 (reworked by hand from £14.04 when
    part k read those patients as the insurers' channel, not referrals). The line joins the
    referrals its words share ("GP referral", 180: 2,200 ÷ 180 = £12.22 in the channel table),
    so with the running club's 40, the 220 referrals all came through funded lines and none
    on their own (was 620 of 1,460 = 42.47%, the insurers' patients); 220 ÷ 1,460 = 15.07%
    is within the 50% maximum, so BA102 is silent (was information); BA106 no longer asks
    about the line."""
    profile = _profile(run_cli, "physio.yaml")
    line = _activity(profile, "7320 GP surgery")
    assert (line["category"], line["purpose"]) == ("marketing", "acquire")
    assert profile["marketing_by_purpose"]["acquire"] == "29000"
    assert profile["economics"]["cac"]["value"] == "19.86"
    assert round(profile["metrics"]["referral_share"], 4) == 0.1507
    assert profile["metrics"]["referral_share_on_their_own"] == 0
    [referrals] = [c for c in profile["channels"] if c["name"] == "Referrals and word of mouth"]
    assert (referrals["spend"], referrals["customers"], referrals["cac"]) == ("2200", 180, "12.22")
    assert findings_in(profile, "BA102") == []
    assert not findings_in(profile, "BA106")


def test_cpd_alone_stays_the_business_own_training() -> None:
    """Near cases: CPD (continuing professional development) without the GPs it is for is the
    staff's own training: never marketing."""
    for name in ("CPD courses", "Staff CPD talks", "CPD - physio team"):
        assert classify(name).category != "marketing", name
    assert _answer("GP lunches")[:2] == ("marketing", "acquire")


# -- BD8: pre-need contracts maturing ---------------------------------------------------------


def test_maturing_preneed_contracts_are_customers_won_before(run_cli: RunCli) -> None:
    """By hand: the 30 calls are repeat, as "matured" reads, so the new customers are 410 − 190
    − 30 = 190, and CAC = ($47,700 + $68,000) ÷ 190 = $608.95 (from $525.91 ÷ 220); no source
    is left unread, so BA113 and its score cap are gone. Reworked by hand in part m of the
    sixty-first round (BE1, 2026-12-07): the 40 'preneed seminars' contracts and the $68,000 +
    $11,000 that sold them are priced apart, so ($47,700 − $11,000) ÷ (190 − 40) = $36,700 ÷
    150 = $244.67 (tests/test_review61m.py)."""
    profile = _profile(run_cli, "funeral.yaml")
    [source] = [s for s in profile["customer_sources"] if s["name"].startswith("preneed contr")]
    assert source["kind"] == "repeat"
    assert profile["economics"]["cac"]["value"] == "244.67"
    assert not findings_in(profile, "BA113")
    assert not [c for c in profile["score_caps"] if "BA113" in c["reason"]]


def test_the_forms_of_a_maturing_contract_are_repeat() -> None:
    """Each names a pre-need contract sold before: repeat. Near case: pre-need seminars and
    mailers win new families and stay paid."""
    for name in ("preneed contracts maturing", "Preneed maturing", "PN at-need conversions",
                 "pre-need contract matured"):  # fmt: skip
        assert classify_source(name).kind == "repeat", name
    assert classify_source("preneed seminars").kind == "paid"

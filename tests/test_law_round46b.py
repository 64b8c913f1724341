"""The forty-sixth review round, law part b (X3, X4 and X5, 2026-12-06): false coverage,
approval, efficacy, guarantee, affiliation and registration claims; door-to-door contracts
without the notice of the right to cancel and pesticides called safe; fake-review services and
gift cards to a public body's staff. Each expectation worked out from the rules the mends quote,
with the controls that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.ad_claims import claim
from bizaudit.core.commercial_bribery import gives_deciders
from bizaudit.core.plan import left_alone
from bizaudit.core.review_incentives import fakes_reviews

from .conftest import small_case
from .test_rules import _facts, _found

# -- X3: what an ad claims that is false, or leaves out ---------------------------------------


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("Direct mail - 'Medicare covers your hearing aids' mailer", "coverage claim"),
        ("Google Ads - 'Medicare pays for memory care' campaign", "coverage claim"),
        ("Mailer - hearing aids covered by Medicare", "coverage claim"),
        ("Ads - 'FDA approved, restores hearing to normal'", "fda approval"),
        ("Ads - 'restores hearing to normal'", "efficacy claim"),
        ("Ads - 'cures hearing loss' campaign", "efficacy claim"),
        (
            "Ads - 'Guaranteed 200-point SAT increase' (guarantee terms not shown)",
            "guarantee terms",
        ),
        ("Ads - 'Official College Board partner' (we are not)", "false affiliation"),
        (
            "Facebook ads without CST registration number (California seller of travel)",
            "travel registration",
        ),
    ],
)
def test_a_false_or_incomplete_claim_is_read(line: str, what: str) -> None:
    """X3: Original Medicare excludes hearing aids (42 U.S.C. §1395y(a)(7)) and custodial
    care (§1395y(a)(9)); a hearing aid is cleared or exempt, never "approved" (21 CFR
    §807.97); no evidence shows a hearing aid restores hearing to normal (FTC Act §5); the
    line says the guarantee's terms are left out (16 CFR §239.3(b)), that the partnership is
    not had (Lanham Act §43(a)), and that the CST number is missing (Cal. Bus. & Prof. Code
    §17550.20). The line in the FDA case names both claims; the approval is read first."""
    assert claim(line, False) == what


@pytest.mark.parametrize(
    "line",
    [
        "Seminar ads - Does Medicare cover hearing aids?",  # a question
        "Direct mail - Medicare Advantage covers hearing aids",  # a plan that may pay
        "Ads - Medicare does not cover hearing aids, we finance",  # the truth
        "Google Ads - memory care (Medicaid waiver accepted)",
        "Ads - FDA approved cochlear implants",  # approved (PMA)
        "Ads - FDA-cleared hearing aids (not FDA approved)",
        "Ads - non-FDA approved hearing aids",
        "Pharmacy ads - FDA approved generics",  # drugs are approved
        "Ads - SAT prep (not affiliated with College Board)",  # a disclaimer
        "Ads - not an official College Board partner",
        "Ads - Official Google Partner badge",  # a claim the line does not deny
        "Ads - money-back guarantee (no fine print)",  # a boast, no terms said missing
        "Ads - satisfaction guarantee",
        "Facebook ads (CST #2099999)",
        "Facebook ads with CST registration number",
        "Ads - hearing restored?",
    ],
)
def test_what_the_claims_law_does_not_reach_is_left(line: str) -> None:
    """X3 controls: a question, a Medicare Advantage plan or a Medicaid waiver (which may
    pay), a line that tells the truth or denies the claim, a cochlear implant (approved under
    a PMA), a drug, a disclaimer of affiliation, a claim the line does not say is false, a
    guarantee whose terms the line does not say are missing, an ad with its CST number."""
    assert claim(line, False) is None


_HEARING = {
    "Direct mail - 'Medicare covers your hearing aids' mailer": 22000,
    "Ads - 'FDA approved, restores hearing to normal'": 18000,
}


def _clinic(lines: dict[str, int] = _HEARING) -> dict[str, Any]:
    """The review's hearing clinic (scratch/s03b-hear-claim.yaml), without its referral gift
    cards: the two ads (:func:`_case`); 100 new patients, 50 by direct mail, 40 walk-ins and 10
    referred."""
    return small_case(
        "Test Hearing",
        "medical",
        [{"name": name, "spend": spend} for name, spend in lines.items()],
        {"direct mail": 50, "pt ref": 10, "walk-in": 40},
    )


def test_the_hearing_clinic_s_false_claims_are_no_channel_to_grow() -> None:
    """X3 (UL): each ad gets BA120, quoting §1395y(a)(7) and §807.97; neither is a funded
    channel, and `plan` leaves every channel holding one alone. The copy is cured by
    rewording it, so BA101 takes none of the $40,000 out of the marketing it defends (it says
    nothing of what BA120 warns about)."""
    profile = _clinic()
    facts = _facts(profile)
    assert not [i for i in facts.channels if i.activity.name in _HEARING]
    found = _found("BA120", profile)
    assert {f.subject for f in found} == set(_HEARING)
    medicare = next(f for f in found if "Medicare" in (f.subject or ""))
    assert "§1395y(a)(7)" in medicare.message
    fda = next(f for f in found if "FDA" in (f.subject or ""))
    assert "§807.97" in fda.message
    held = [c for c in facts.by_channel if any(i.activity.name in _HEARING for i in c.activities)]
    assert held
    assert all(left_alone(c, 1) for c in held)
    assert not any("pays for what BA120 warns about" in f.message for f in _found("BA101", profile))


def test_the_memory_care_and_travel_claims_cite_their_law() -> None:
    """X3: the memory-care line quotes custodial care's exclusion, §1395y(a)(9); the travel
    agency's ad quotes §17550.20 with no subsection (not verified); the tutoring centre's
    guarantee quotes 16 CFR §239.3(b), its affiliation the Lanham Act."""
    lines = {
        "Google Ads - 'Medicare pays for memory care' campaign": "§1395y(a)(9)",
        "Facebook ads without CST registration number (California seller of travel)": (
            "§17550.20;"
        ),
        "Ads - 'Guaranteed 200-point SAT increase' (guarantee terms not shown)": "§239.3(b)",
        "Ads - 'Official College Board partner' (we are not)": "§1125(a)(1)(A)",
    }
    for line, cite in lines.items():
        (found,) = _found("BA120", _clinic({line: 12000}))
        assert cite in found.message, line


# -- X4: door-to-door contracts without the cancellation notice; pesticides called safe -------


@pytest.mark.parametrize(
    ("line", "what"),
    [
        (
            "D2D summer reps - contracts signed without 3-day cancellation notice",
            "cooling-off notice",
        ),
        ("Door-to-door sales - no cooling-off notice given", "cooling-off notice"),
        ("Ads - '100% non-toxic, safe for kids and pets' pesticide treatments", "pesticide safety"),
        ("Pest control ads - kid-safe treatments", "pesticide safety"),
        ("Mosquito spray flyers - 'harmless to people'", "pesticide safety"),
    ],
)
def test_a_home_sale_without_notice_and_a_safe_pesticide_are_read(line: str, what: str) -> None:
    """X4: a home solicitation the line says was signed without the notice of the 3-day right
    to cancel (16 CFR §429.1); a pesticide or its treatment called non-toxic, safe for
    children or pets, or harmless in an ad (40 CFR §156.10(a)(5)(ix))."""
    assert claim(line, True) == what


@pytest.mark.parametrize(
    "line",
    [
        "D2D reps - contracts with 3-day cancellation notice",
        "Door-to-door reps (3-day cancellation notice given)",
        "Cancellation fees - door to door",
        "Ads - pesticide safety training",
        "Cleaning ads - non-toxic products",  # no pesticide
        "Pest control ads - not safe for pets until dry",
        "Pest control ads - same-day service",
    ],
)
def test_what_the_cooling_off_and_pesticide_law_do_not_reach_is_left(line: str) -> None:
    """X4 controls: contracts with the notice, a fee, a safety course, a cleaner's non-toxic
    products (no pesticide named), a warning, an ad that claims no safety."""
    assert claim(line, True) is None


def test_the_pest_company_s_lines_are_warned_about_and_not_grown() -> None:
    """X4 (UL): the review's pest company (scratch/s03c-pest-claim.yaml): both lines get
    BA120, quoting §429.1 and §156.10(a)(5)(ix); neither's channel is priced or grown."""
    lines = {
        "Ads - '100% non-toxic, safe for kids and pets' pesticide treatments": 20000,
        "D2D summer reps - contracts signed without 3-day cancellation notice": 120000,
    }
    profile = small_case(
        "Test Pest",
        "home-services",
        [{"name": name, "spend": spend} for name, spend in lines.items()],
        {"door to door": 60, "google": 40},
    )
    found = _found("BA120", profile)
    assert {f.subject for f in found} == set(lines)
    assert any("16 CFR §429.1" in f.message for f in found)
    assert any("§156.10(a)(5)(ix)" in f.message for f in found)
    facts = _facts(profile)
    held = [c for c in facts.by_channel if any(i.activity.name in lines for i in c.activities)]
    assert len(held) == 2
    assert all(left_alone(c, 1) for c in held)


# -- X5: a fake-review service; gift cards to a public body's staff ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Fake Google reviews service",
        "Fake reviews service",
        "Google review writing service (fake)",
        "Fake reviews writers (Fiverr)",
    ],
)
def test_a_fake_review_service_is_read(line: str) -> None:
    """X5: a service that sells fake reviews, or writes reviews the line calls fake, procures
    fake reviews (16 CFR §465.2, in force from 21 October 2024)."""
    assert fakes_reviews(line)


@pytest.mark.parametrize(
    "line",
    [
        "Fake review removal service",
        "Fake review monitoring service",
        "Fake review detection software",
        "Protection from fake reviews service",
        "Review writing service",  # no word says fake: a response writer, say
        "Google review request service",
        "Reviews service - fake review alerts",
    ],
)
def test_a_service_against_fake_reviews_is_left(line: str) -> None:
    """X5 controls: removal, monitoring, detection and protection fight fakes; a writing or a
    request service the line does not call fake is not read as one."""
    assert not fakes_reviews(line)


def _msp(lines: dict[str, Any]) -> dict[str, Any]:
    """The review's MSP (scratch/s03e-msp-claim.yaml), shortened: the lines beside $15,000 of
    Google Ads (:func:`_case`); 100 new clients, 10 by Google Ads, 20 by Google reviews, 70
    walk-ins."""
    return small_case(
        "Test MSP",
        "consulting",
        [*lines.values(), {"name": "Google Ads", "spend": 15000}],
        {"google ads": 10, "google reviews": 20, "walk-in": 70},
    )


def test_the_fake_review_service_is_no_funded_channel() -> None:
    """X5 (UL): "Fake reviews service" ($1,200) gets BA120 quoting §465.2, and the funded
    channels are Google Ads alone (it had been "3 funded, recurring acquisition channels")."""
    line = {"name": "Fake reviews service", "spend": 1200}
    profile = _msp({"fake": line})
    (found,) = _found("BA120", profile)
    assert found.subject == "Fake reviews service"
    assert "16 CFR §465.2" in found.message
    assert [i.activity.name for i in _facts(profile).channels] == ["Google Ads"]


@pytest.mark.parametrize("kind", [None, "operations"])
def test_gift_cards_to_a_school_district_s_it_directors_are_read_whatever_the_class(
    kind: str | None,
) -> None:
    """X5 (UL): a school district's IT directors are public employees; gift cards to them get
    BA121 naming public employees' gift rules (N.C. Gen. Stat. §133-32), whether the line is
    read as operations (by "IT", as the review saw; forced here with ``kind``) or otherwise."""
    line: dict[str, Any] = {"name": "Gift cards to school district IT directors", "spend": 3000}
    if kind is not None:
        line["kind"] = kind
    (found,) = _found("BA121", _msp({"gifts": line}))
    assert found.subject == "Gift cards to school district IT directors"
    assert "§133-32" in found.message


@pytest.mark.parametrize(
    "line",
    [
        "County IT manager holiday basket",
        "City purchasing director gift cards",
        "Holiday gift cards for county IT managers (disclosed)",  # disclosure cures nothing
        # a meal given to a public body's staff is a gift under their rules (BB1 of the
        # fifty-ninth round, 2026-12-07: 5 CFR §2635.203(b); N.C. Gen. Stat. §133-32); it had
        # been a control below, "a meal alone is not flagged", moved here by hand
        "School district IT director lunch-and-learn",
    ],
)
def test_gifts_to_a_public_body_s_staff_named_by_role_are_read(line: str) -> None:
    """X5: a county's or a city's staff named by their role are a public body's."""
    assert gives_deciders(line)


@pytest.mark.parametrize(
    "line",
    [
        "District manager bonus",  # a chain's own
        "Gift cards for our school district account managers",  # the business's own
        "County sales director bonus",
        "Kansas City Chiefs tickets - client directors",  # a team's name (left as it was)
        "City permit fees",
        # (a meal to a private client's directors: not flagged, as a meal alone is not but
        # for a board or public employees, BB1 of the fifty-ninth round)
        "Client IT director lunch-and-learn",
    ],
)
def test_a_business_s_own_district_managers_and_a_team_s_name_are_left(line: str) -> None:
    """X5 controls: the business's own district, account or sales managers, a sports team's
    name, a permit fee, and a lunch-and-learn for a private client (a meal alone is not
    flagged but for a board or public employees)."""
    assert not gives_deciders(line)

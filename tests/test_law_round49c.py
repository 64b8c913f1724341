"""The forty-ninth review round's re-review (2026-12-06), on paying for referrals and
inducements in health care (BA114), channels and the plan: D1 (a laboratory's free genetic kits
for seniors and its patient recruiter paid per cheek swab), D2 (free aide hours for families who
elect hospice, which lost its BA114 when the aides were read as cost of sales), D7 (a hospice
told EKRA's addiction-treatment law), D10 (lunches for an assisted living facility's staff), D3
(the per-admission marketer's customers priced as free) and G5's rest (the plan kept the
door-to-door closers whose contracts come without the cooling-off notice). Each expectation is
worked out from the law the mends quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core.patient_inducements import gives_for_choosing
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

from .conftest import finding_words, small_case
from .test_rules import _facts, _found


def _case(name: str, lines: tuple[str, ...], industry: str = "medical") -> dict[str, Any]:
    """Each line at $10,000 beside $30,000 of Google Ads."""
    return small_case(
        name,
        industry,
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 10000} for n in lines)],
        {"google ads": 60, "referral": 40},
    )


# -- D2: free care for families who elect hospice ---------------------------------------------


@pytest.mark.parametrize("industry", ["medical", "home-care"])
def test_free_aide_hours_for_families_who_elect_hospice_are_ba114(industry: str) -> None:
    """D2 (UL, regression): "Free home health aide hours to families who elect hospice" is
    read as cost of sales by its 'home health aides', and lost the BA114 it had: $10,000 of
    free care is far above the OIG's nominal value ($15 an item, $75 a year, 2016), given for
    electing this hospice, so the beneficiary-inducement law (42 U.S.C. §1320a-7a(a)(5)) is
    quoted whatever the category, and no EKRA (a hospice is no laboratory)."""
    line = "Free home health aide hours to families who elect hospice"
    (found,) = _found("BA114", _case("Sunrise Hospice", (line,), industry))
    assert found.subject == line
    said = finding_words(found)
    assert "§1320a-7a(a)(5)" in said
    assert "$15 an item" in said
    assert "EKRA" not in said


def test_near_free_lines_of_a_hospice_stay_silent() -> None:
    """D2: the aides themselves, a local ride to appointments (the local transportation safe
    harbour, 42 CFR §1001.952(bb)), free parking for visiting families and bereavement support
    after a death (not for choosing anyone) are not inducements to choose the provider."""
    lines = (
        "Home health aides",
        "Free rides for patients who come to appointments (local, under 25 miles)",
        "Free parking for visiting families",
        "Free bereavement support groups",
        "Hospice aides (free to Medicare patients' families, no Medicare patients)",
    )
    assert _found("BA114", _case("Sunrise Hospice", lines)) == []
    assert not gives_for_choosing("Free parking for visiting families")


# -- D1: a laboratory's free genetic kits and its patient recruiter ----------------------------


def test_free_genetic_kits_at_senior_health_fairs_are_ba114_and_no_channel() -> None:
    """D1 (UL): "Free cancer genetic screening kits at senior health fairs (Medicare)" is the
    scheme the HHS OIG's 2019 fraud alert on genetic testing describes (free cheek swabs offered
    to Medicare beneficiaries at health fairs), a free item above nominal value to choose the
    laboratory (42 U.S.C. §1320a-7a(a)(5)); it was the lab's only funded channel. Flagged, it
    is among the paid referrals, so no channel holding it is funded."""
    line = "Free cancer genetic screening kits at senior health fairs (Medicare)"
    profile = _case("Precision Clinical Laboratory", (line,))
    (found,) = _found("BA114", profile)
    said = finding_words(found)
    assert "§1320a-7a(a)(5)" in said
    assert "Genetic Testing Scam" in said
    assert "§410.32(a)" in said
    facts = _facts(profile)
    assert line in [i.activity.name for i in facts.paid_referrals]


def test_a_patient_recruiter_paid_per_cheek_swab_is_ba114_with_ekra() -> None:
    """D1: "Patient recruiter - $50 per cheek swab" was an unknown name. A recruiter of
    patients paid per swab is paid per specimen: the Anti-Kickback Statute's per-patient text
    (§1320a-7b(b)(2)(A)), and, a laboratory's, EKRA (18 U.S.C. §220(b)(2))."""
    line = "Patient recruiter - $50 per cheek swab"
    (found,) = _found("BA114", _case("Precision Clinical Laboratory", (line,)))
    said = finding_words(found)
    assert "§1320a-7b(b)(2)(A)" in said
    assert "EKRA" in said


def test_near_lab_lines_stay_silent() -> None:
    """D1: a genetic counselor's salary, a nurse recruiter's fee per hire, free flu-shot
    clinics for the lab's own staff and a free genetic test billed to no one but paid for by a
    research grant are not read so (the last names no senior, Medicare or health fair)."""
    lines = (
        "Genetic counselor salary",
        "Nurse recruiter - $2,000 per hire",
        "Free blood pressure checks at senior health fairs",
        "Free genetic testing for research study participants (grant funded)",
    )
    assert _found("BA114", _case("Precision Clinical Laboratory", lines)) == []


# -- D7: a hospice is no treatment provider EKRA reaches ----------------------------------------


def test_a_hospices_bonus_per_admit_is_not_told_ekras_addiction_law() -> None:
    """D7 (MW): EKRA (18 U.S.C. §220(a)) reaches recovery homes, clinical treatment
    facilities and laboratories; a hospice is none of them, yet its "admit" made it a
    treatment provider. The contractor's bonus per admit is told the Anti-Kickback Statute's
    per-patient text (§1320a-7b(b)(2)(A), outside the personal-services safe harbour,
    §1001.952(d)), with no word of EKRA or addiction; the W-2 liaison's bonus is left to the
    bona fide employee safe harbour (§1001.952(i)), as the round's G1 tests leave a W-2
    liaison's bonus per admission: not flagged, and never "not exempt even on the payroll"."""
    contractor = "Contract community educator bonus per admit"
    liaison = "Liaison bonus per admit (W-2)"
    found = {
        f.subject: finding_words(f)
        for f in _found("BA114", _case("Harbor Hospice", (contractor, liaison)))
    }
    assert set(found) == {contractor}
    said = found[contractor]
    assert "§1320a-7b(b)(2)(A)" in said
    assert "EKRA" not in said
    assert "addiction" not in said
    facts = _facts(_case("Harbor Hospice", (contractor, liaison)))
    assert not facts.brokering


def test_a_treatment_centres_bonus_per_admit_is_still_patient_brokering() -> None:
    """D7, near: an addiction treatment centre's W-2 rep paid per admit stays EKRA's patient
    brokering (its employee exception excludes pay varying by the individuals referred,
    §220(b)(2)); and a profile whose only cue is "admit", naming no hospice, is still read as
    a treatment provider, as before."""
    line = "Admissions rep bonus per admit (W-2)"
    for business in ("Serenity Recovery Center", "Harbor Admissions Group"):
        (found,) = _found("BA114", _case(business, (line,)))
        assert "EKRA" in finding_words(found)


# -- D10: meals for the staff of the facilities that send a hospice patients -------------------


@pytest.mark.parametrize(
    ("business", "industry"),
    [("Evergreen Hospice LLC", "medical"), ("Evergreen Home Care", "home-care")],
)
def test_alf_staff_lunches_of_a_hospice_are_ba114_asked(business: str, industry: str) -> None:
    """D10 (MW): "6410 ALF staff apprec lunches" was an acquisition line with no word said.
    Meals for the staff of an assisted living facility that sends a hospice its patients are
    remuneration to a referral source (42 U.S.C. §1320a-7b(b)); the OIG's 1998 fraud alert
    on hospices names free goods to induce a nursing home's referrals (63 Fed. Reg. 20415).
    How often, how much and whether tied to referrals the profile cannot show: BA114 asks
    ("may pay for referrals"), and the line funds no channel."""
    lines = ("6410 ALF staff apprec lunches", "Lunch for assisted living staff")
    profile = _case(business, lines, industry)
    found = {f.subject: finding_words(f) for f in _found("BA114", profile)}
    assert set(found) == set(lines)
    for said in found.values():
        assert "may pay for referrals" in said
        assert "63 Fed. Reg. 20415" in said


def test_near_staff_lines_stay_silent() -> None:
    """D10, near: a hospice's own staff lunches and nursing staff, and a tour lunch for
    families at an assisted living facility, give no referring facility's staff anything; a
    physician practice's 'ALF staff lunches' is not a hospice's (its referral sources differ),
    so left as before."""
    own = ("Staff lunches", "Nursing staff", "Assisted living tour lunches for families")
    assert _found("BA114", _case("Evergreen Hospice LLC", own)) == []
    assert _found("BA114", _case("Riverside Family Medicine", ("ALF staff apprec lunches",))) == []


# -- D3: the per-admission marketer's customers are BA114's, not a free channel ----------------


def _marketer_case() -> dict[str, Any]:
    """A hospice whose 1099 marketer paid $500 per admission (read as operations, so no
    channel joins it) brought 70 of 100 new customers; $100,000 of Google Ads brought 30.

    Worked by hand: the CAC counts the $100,000 of ads over all 100 new customers, $1,000; the
    LTV is the small case's $3,000 × 50% valued at 60% retention, $3,458.40 (the tool's own
    lifetime, as every small case's), so 3.46×; on the 30 whose cost is listed the same spend
    buys 30, so 3.46 × 30 ÷ 100 = 1.04×, under 3×."""
    profile = small_case(
        "Sunrise Hospice",
        "medical",
        [
            {"name": "Google Ads", "spend": 100000},
            {"name": "Independent marketers (1099) - $500 per hospice admission", "spend": 35000},
        ],
        {"google ads": 30, "independent marketer": 70},
    )
    return profile


def test_ba201_does_not_ask_to_list_what_a_flagged_lines_customers_cost() -> None:
    """D3 (WV): the 70 customers the BA114 line bought were "paid channels with nothing spent
    on them (BA207) ... list what those channels cost". They are left out of the ratio as
    before (1.04× on the 30 whose cost is listed, see _marketer_case), but said to be BA114's,
    and the advice is to stop the line, not to list a cost; BA207 says nothing of them."""
    profile = _marketer_case()
    (found,) = _found("BA201", profile)
    said = finding_words(found)
    assert "BA114" in said
    assert "'independent marketer'" in said
    assert "1.04×" in said
    assert "list what those channels cost" not in said
    assert "nothing spent on them" not in said
    assert _found("BA207", profile) == []


def test_a_free_channel_without_a_flagged_line_is_still_ba207s() -> None:
    """D3, near: 70 customers from a 'lead vendor' no line pays, beside $60,000 of Google Ads
    that brought 30: CAC $600, 3,458.40 ÷ 600 = 5.76×; on the 30, 5.76 × 0.3 = 1.73×, "1.7×".
    BA201 still asks to list what that channel costs (BA207), and names no rule of law."""
    profile = small_case(
        "Sunrise Hospice",
        "medical",
        [{"name": "Google Ads", "spend": 60000}],
        {"google ads": 30, "lead vendor": 70},
    )
    (found,) = _found("BA201", profile)
    said = finding_words(found)
    assert "1.7×" in said
    assert "list what those channels cost" in said
    assert "BA114" not in said


# -- G5's rest: the plan and door-to-door sales signed without the cooling-off notice ----------


def _door_to_door(notice_line: str) -> dict[str, Any]:
    """A home-services business whose door-to-door closers ($60,000) brought 60 of 100 new
    customers and Google Ads ($30,000) 40, beside a $0 line on its contracts."""
    return small_case(
        "SunPeak Energy",
        "home-services",
        [
            {
                "name": "Door-to-door setters and closers (1099, $2,000 per signed deal)",
                "spend": 60000,
            },
            {"name": "Google Ads", "spend": 30000},
            {"name": notice_line, "spend": 0},
        ],
        {"door to door": 60, "google ads": 40},
    )


def test_plan_leaves_alone_the_closers_whose_contracts_come_without_the_notice() -> None:
    """G5 (UL), as the re-review found it: BA120 warns that "Same-day contracts - no 3-day
    cancellation notice" are signed without the notice the FTC's Cooling-Off Rule requires for
    a sale at the buyer's home (16 CFR §429.1(a), (b)), yet `plan` kept (and could grow) the
    door-to-door closers who sign them. The line is a separate $0 line, so the channel holds
    no flagged line: it is left alone all the same, naming that line and BA120."""
    facts = _facts(_door_to_door("Same-day contracts - no 3-day cancellation notice"))
    (closers,) = [
        c for c in facts.by_channel if any("Door-to-door" in i.activity.name for i in c.activities)
    ]
    why = left_alone_text(left_alone(closers, 1))
    assert why is not None
    assert "Same-day contracts - no 3-day cancellation notice" in why
    assert "(BA120)" in why
    # Google Ads sells at no one's home: still the plan's to move
    (ads,) = [
        c for c in facts.by_channel if any(i.activity.name == "Google Ads" for i in c.activities)
    ]
    assert left_alone(ads, 1) is None


def test_plan_moves_the_closers_where_the_notice_is_given() -> None:
    """G5, near: "Same-day contracts - 3-day cancellation notice given" is what the rule asks
    (no BA120), so the closers stay the plan's to weigh."""
    facts = _facts(_door_to_door("Same-day contracts - 3-day cancellation notice given"))
    (closers,) = [
        c for c in facts.by_channel if any("Door-to-door" in i.activity.name for i in c.activities)
    ]
    assert closers.unnoticed is None
    assert left_alone(closers, 1) is None

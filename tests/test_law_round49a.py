"""The forty-ninth review round's findings on paying for referrals in health care (2026-12-06:
G1, G2, G5): a hospice's 1099 marketers paid per admission, room and board paid to nursing
facilities above the Medicaid rate and a medical director paid per patient certified; a
laboratory's per-specimen marketer, per-specimen fees to physician practices, a free
phlebotomist in a doctor's office, a sham lease and returns to physician-investors; and `plan`,
which funded the per-specimen marketer and priced the lab's 1099 reps at $0. Each expectation is
worked out from the rules the mends quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from bizaudit.core import metrics
from bizaudit.core.patient_inducements import pays_referral_sources, runs_a_laboratory
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

from .conftest import finding_words, small_case
from .test_rules import _facts, _found

# -- G1: a hospice ----------------------------------------------------------------------------

_HOSPICE_PAID = (
    "Independent marketers (1099) - $500 per hospice admission",
    "Free room and board paid to nursing facility for hospice patients (above Medicaid rate)",
    "Medical director paid per patient certified",
)
#: near names a hospice pays on its own account, or lawfully, which must not move
_HOSPICE_OWN = (
    "Community liaison (W-2 salary)",
    "Hospice liaison bonus $100 per admission (W-2)",
    "Room and board pass-through to nursing homes (Medicaid)",
    "Medical director fee ($3,000/month)",
    "Ads - 'Hospice is 100% free, no cost ever'",
)


def _hospice(lines: tuple[str, ...], industry: str = "medical") -> dict[str, Any]:
    """The review's s01 isolation in short: each line at $10,000 beside $30,000 of Google Ads."""
    return small_case(
        "Sunrise Hospice",
        industry,
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 10000} for n in lines)],
        {"google ads": 60, "independent marketer": 40},
    )


@pytest.mark.parametrize("industry", ["medical", "home-care"])
def test_a_hospices_payments_to_those_who_send_patients_are_ba114(industry: str) -> None:
    """G1 (UL): a 1099 marketer paid $500 per admission is outside the bona fide employee safe
    harbour (42 CFR §1001.952(i)) and the personal-services one, whose pay may not be set by
    the volume of referrals (§1001.952(d)); room and board above what Medicaid would pay the
    facility is a red flag of the OIG's 1998 fraud alert on nursing-home arrangements with
    hospices (63 Fed. Reg. 20415); a medical director paid per patient certified is paid for
    the certifications Medicare pays on (42 CFR §418.22(c)). Each was "operations" with no
    word said, in `medical` and in `home-care` alike, so each of the three gets BA114, quoting
    the law named here."""
    found = {
        f.subject: finding_words(f) for f in _found("BA114", _hospice(_HOSPICE_PAID, industry))
    }
    assert set(found) == set(_HOSPICE_PAID)
    marketer, board, director = (found[line] for line in _HOSPICE_PAID)
    assert "§1001.952(i)" in marketer
    assert "§1001.952(d)" in marketer
    assert "63 Fed. Reg. 20415" in board
    assert "§418.22(c)" in director
    assert "§1001.952(d)" in director
    # not a laboratory: EKRA is not quoted
    assert all("EKRA" not in said for said in (marketer, board, director))


@pytest.mark.parametrize("industry", ["medical", "home-care"])
def test_a_hospices_own_pay_and_lawful_payments_are_not_ba114(industry: str) -> None:
    """G1: a W-2 liaison's salary and bonus are the employee safe harbour's (§1001.952(i));
    room and board passed through at the Medicaid rate is what the fraud alert allows; a
    medical director's monthly fee is not set per patient; and an advertisement's quoted copy
    that names a hospice pays no hospice (it had been BA114's "pays for referrals")."""
    assert _found("BA114", _hospice(_HOSPICE_OWN, industry)) == []


def test_the_per_admission_marketer_is_no_channel_to_price_or_grow() -> None:
    """G1: the marketer's $10,000 was a line BA106 asked to be made 'kind: marketing' and
    BA207 'channel: independent marketer', i.e. a priced channel. Flagged, it is among the
    paid referrals and BA106 no longer names it; any channel holding it is left alone."""
    profile = _hospice((_HOSPICE_PAID[0],))
    facts = _facts(profile)
    assert [i.activity.name for i in facts.paid_referrals] == [_HOSPICE_PAID[0]]
    assert all(f.subject != _HOSPICE_PAID[0] for f in _found("BA106", profile))
    held = [c for c in facts.by_channel if any(i in facts.paid_referrals for i in c.activities)]
    assert all(left_alone(c, 1) for c in held)
    # the 40 customers who answered "independent marketer", joined to no line (it was read as
    # operations), were "no spend on it is listed, though it is paid for (BA207)" in `plan`,
    # where BA207 leaves them to BA114: bought by the flagged line, their channel is BA114's
    (marketer,) = [c for c in facts.by_channel if c.name == "independent marketer"]
    assert marketer.restricted == "BA114"
    why = left_alone_text(left_alone(marketer, 1))
    assert why is not None
    assert _HOSPICE_PAID[0] in why
    assert "(BA114)" in why


# -- G2: a clinical laboratory ----------------------------------------------------------------

_LAB_PAID = {
    "Independent marketing company - $40 per specimen (commercial payers only)": None,
    "Processing and handling fee paid to physician practices ($20 per specimen)": "specimen-fee",
    "Free phlebotomist placed in Dr. Patel's office": "free-staff",
    "Lease of space in referring physician's office ($3,000/mo, no space used)": "lease",
    "Dividends to physician-investors (referring)": "investors",
    "1099 sales reps - 15% commission on collections": None,
}
#: near names a laboratory pays lawfully or on its own account
_LAB_OWN = (
    "Account managers (W-2 salary, no per-specimen pay)",
    "Courier company - $8 per specimen pickup",
    "Reference lab sendouts ($30 per test)",
    "Billing company - 6% of collections",
    "Specimen collection supplies",
    "Phlebotomist wages",
    "Lease of draw station in Dr. Lee's building (fair market value, written lease)",
    "Dividends to owners",
)


def _lab(lines: tuple[str, ...] | list[str], name: str = "Apex Toxicology Lab") -> dict[str, Any]:
    return small_case(
        name,
        "medical",
        [{"name": "Google Ads", "spend": 30000}, *({"name": n, "spend": 10000} for n in lines)],
        {"google ads": 60, "sales rep": 40},
    )


@pytest.mark.parametrize(("line", "kind"), list(_LAB_PAID.items()))
def test_what_a_lab_pays_those_who_send_specimens_is_read(line: str, kind: str | None) -> None:
    """G2: the four payments to physicians in the forms the OIG's alerts name (per-specimen
    processing fees, 2014; free staff, 1994; rent for space not used, §1001.952(b); returns to
    referring investors, Stark) are read as such; the marketer paid per specimen and the 1099
    reps on a share of collections are pay per volume to non-employees (pays_per_order)."""
    assert pays_referral_sources(line) == kind
    assert metrics.pays_per_order(line) is (kind is None)


def test_a_labs_own_costs_near_those_words_are_not_ba114() -> None:
    """G2: a W-2 sales force (salary, or a commission under the employee safe harbour), a
    courier, a reference laboratory, a billing company, supplies, its own phlebotomists, a
    written lease at fair market value and dividends to owners who are not said to refer pay
    no one for referrals: beside them, exactly the six lines above are BA114 (before the mend,
    none was)."""
    found = {f.subject for f in _found("BA114", _lab([*_LAB_PAID, *_LAB_OWN]))}
    assert found == set(_LAB_PAID)
    assert all(pays_referral_sources(line) is None for line in _LAB_OWN)
    assert not any(metrics.pays_per_order(line) for line in _LAB_OWN)


def test_a_labs_payments_are_ba114_with_ekra_and_two_are_asked() -> None:
    """G2 (UL): each of the six lines gets BA114 (none had: the marketer was the lab's
    cheapest channel, 79/100 "Fair"). At a laboratory each quotes EKRA (18 U.S.C. §220),
    which reaches every payer, so "commercial payers only" is no defence; the free
    phlebotomist (lawful when they only collect the lab's own specimens, 1994 alert) and
    the physician-investors (Stark's ownership exceptions) are asked, not asserted."""
    found = {f.subject: f for f in _found("BA114", _lab(list(_LAB_PAID)))}
    assert set(found) == set(_LAB_PAID)
    said = {str(line): finding_words(f) for line, f in found.items()}
    for line, words in said.items():
        assert "18 U.S.C. §220" in words, line
    assert (
        "79 Fed. Reg. 40115"
        in said["Processing and handling fee paid to physician practices ($20 per specimen)"]
    )
    assert "59 Fed. Reg. 65372" in said["Free phlebotomist placed in Dr. Patel's office"]
    assert (
        "§1001.952(b)"
        in said["Lease of space in referring physician's office ($3,000/mo, no space used)"]
    )
    assert "§1395nn(a)(1)" in said["Dividends to physician-investors (referring)"]
    assert "§220(b)(2)" in said["1099 sales reps - 15% commission on collections"]
    asked = {line for line, f in found.items() if "may pay for referrals" in f.message}
    assert asked == {
        "Free phlebotomist placed in Dr. Patel's office",
        "Dividends to physician-investors (referring)",
    }


def test_ekra_is_quoted_only_where_the_business_is_a_laboratory() -> None:
    """G2: EKRA reaches recovery homes, clinical treatment facilities and laboratories (18
    U.S.C. §220(a)); a family practice's marketer paid per patient answers to the
    Anti-Kickback Statute, not EKRA, and "Lab fees - Quest" (a practice buying laboratory
    work) does not make it a laboratory; a profile whose lines price specimens is one."""
    assert runs_a_laboratory("Apex Toxicology Lab", ())
    assert not runs_a_laboratory("Family Practice", ("Lab fees - Quest", "Rent"))
    assert runs_a_laboratory("Mobile Draw Co", ("Courier - $8 per specimen",))
    found = _found(
        "BA114", _lab(["Independent marketing company - $40 per patient"], "Family Practice")
    )
    assert [f.subject for f in found] == ["Independent marketing company - $40 per patient"]
    assert "EKRA" not in finding_words(found[0])
    assert "§1001.952(d)" in finding_words(found[0])


# -- G5: `plan` and the lab's 1099 reps ---------------------------------------------------------


def _lab_edge() -> dict[str, Any]:
    """lab-edge in short: the marketer ($400,000, 70 customers from 'marketing company'), the
    1099 reps ($520,000, 40 from 'sales rep'), and ten from physicians."""
    return {
        "business": {"name": "Apex Toxicology and Genetics Lab", "industry": "medical"},
        "revenue": 5200000,
        "activities": [
            {
                "name": "Independent marketing company - $40 per specimen (commercial payers only)",
                "spend": 400000,
            },
            {"name": "1099 sales reps - 15% commission on collections", "spend": 520000},
            {"name": "Reagents and test kits", "spend": 900000},
            {"name": "Rent", "spend": 100000},
        ],
        "customers": {
            "new": 120,
            "sources": {"marketing company": 70, "sales rep": 40, "physician referral": 10},
            "average_revenue": 40000,
            "gross_margin": "55%",
            "retention_rate": "70%",
        },
    }


def test_plan_leaves_the_per_specimen_marketer_and_the_commissioned_reps_alone() -> None:
    """G5 (UL): `plan --budget 120000` moved the marketer's $400,000 to $280,000 and funded
    it, and called the reps "no spend to move: its customers cost nothing today". Both lines
    are BA114 now, so every channel holding one is left alone, as BA114's lines are
    (left_alone names BA114)."""
    facts = _facts(_lab_edge())
    flagged = {i.activity.name for i in facts.paid_referrals}
    assert flagged == {
        "Independent marketing company - $40 per specimen (commercial payers only)",
        "1099 sales reps - 15% commission on collections",
    }
    held = [c for c in facts.by_channel if any(i.activity.name in flagged for i in c.activities)]
    assert len(held) == 2
    for channel in held:
        why = left_alone_text(left_alone(channel, 1))
        assert why is not None
        assert "BA114" in why


def test_the_reps_commissions_join_the_customers_the_reps_brought() -> None:
    """G5: "1099 sales reps - 15% commission on collections" named the reps and their pay
    apart, so no activity term ("sales rep commission") found it, and the 40 customers who
    answered "sales rep" made a $0 channel. Joined, the channel's spend is $520,000 for 40
    customers, 520,000 ÷ 40 = $13,000 each (by hand). A rep's salary names no commission and
    stays the sales force's."""
    facts = _facts(_lab_edge())
    reps = [c for c in facts.by_channel if c.key == "sales-reps"]
    assert len(reps) == 1
    assert reps[0].spend == 520000
    assert reps[0].customers == 40
    assert reps[0].spend / reps[0].customers == 13000
    salaried = _lab_edge()
    salaried["activities"][1] = {"name": "Sales reps (salary)", "spend": 520000}
    reps = [c for c in _facts(salaried).by_channel if c.key == "sales-reps"]
    assert all(c.spend == 0 for c in reps)


def test_a_labs_w2_reps_on_commission_are_asked_under_ekra() -> None:
    """G2: a laboratory's own W-2 reps on a commission on collections are within the
    Anti-Kickback Statute's employee safe harbour (§1001.952(i)), but EKRA's exception for
    employees excludes pay varying with the amount billed or received (18 U.S.C. §220(b)(2)):
    BA114 asks, not asserts. A W-2 salary is not asked about, and outside a laboratory (a
    family practice) the W-2 commission is left to the employee harbour."""
    line = "W-2 sales reps - 5% commission on collections"
    near = (
        "Account managers (W-2 salary)",
        "Account managers (W-2 salary, no per specimen pay)",
        "Billing staff (W-2) 2% of collections",
    )
    found = _found("BA114", _lab([line, *near]))
    assert [f.subject for f in found] == [line]
    assert "may pay for referrals" in found[0].message
    assert "§220(b)(2)" in finding_words(found[0])
    assert "§1001.952(i)" in finding_words(found[0])
    assert _found("BA114", _lab([line], "Family Practice")) == []

"""The forty-ninth review round's second re-review, part e (E1, E3, E5, E6, E9, E11,
2026-12-06): a hospice's gifts for choosing it, a meal-less in-service for a facility's staff,
a W-2 liaison's bonus, a door-to-door channel frozen by another line, and the score's words for
customers BA114's lines brought. Each expectation worked out by hand from the rules the mends
quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.patient_inducements import gives_for_choosing
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text
from bizaudit.io.checker import Options, audit_of
from bizaudit.model.profile import Profile

from .conftest import ACQUIRE, OVERHEAD, answer_in, small_case
from .test_law_round49c import _marketer_case
from .test_rules import _facts, _found, _report

_GIVEN = "something of value for choosing"
_CASH = "Cash or a cash equivalent"


def _hospice(lines: list[str]) -> dict[str, Any]:
    """A hospice, each line $10,000, beside Google Ads that brought its customers."""
    activities: list[dict[str, object]] = [{"name": n, "spend": 10000} for n in lines]
    activities.append({"name": "Google Ads", "spend": 10000})
    return small_case("Harbor Hospice", "medical", activities, {"google ads": 100})


# -- E1: gifts for choosing the hospice, worded "who start care", "sign on", "new admission" --


def test_a_cash_equivalent_or_a_costly_item_for_starting_care_is_for_choosing() -> None:
    """E1: a gift card or a Visa card is a cash equivalent, never of nominal value (HHS OIG
    Policy Statement, 7 December 2016), and a TV is far above the $15 an item it allows; given
    to patients who start care, sign on, or to each new admission's family, it sways the
    choice of provider (42 U.S.C. §1320a-7a(a)(5)). Before the mend "who start" and "sign on"
    were not read, and each of these was BA106's or BA107's only."""
    lines = [
        "Gift cards for patients who start care with us",
        "$100 Visa card to each new admission's family",
        "Free TV for patients who sign on with us",
    ]
    for line in lines:
        assert gives_for_choosing(line), line
    found = {f.subject: f.message for f in _found("BA114", _hospice(lines))}
    assert set(found) == set(lines)
    for line in lines:
        assert _GIVEN in found[line]
    # ...the two cash equivalents say so first (E9's wording)
    assert _CASH in found[lines[0]]
    assert _CASH in found[lines[1]]
    assert _CASH not in found[lines[2]]
    # ...not a $10 basket (within the $15 an item), a local ride (which may be safe-harboured,
    # 42 CFR §1001.952(bb)), bereavement support (no choice named), a toothbrush for starting
    # treatment (nothing above nominal), nor a bonus to staff for each new admission (it pays
    # staff; the referral readings are theirs)
    near = [
        "Welcome basket for new patients ($10)",
        "Free rides to medical appointments for patients (local, vans)",
        "Bereavement support for families (13 months, free)",
        "Free toothbrush for patients who start treatment",
        "Free rides for patients who come to our clinic (local)",
        "$10 welcome gift for patients who start care",
        "Cash bonus to staff for each new admission",
        "Gift cards for nursing home staff who refer",
    ]
    for line in near:
        assert not gives_for_choosing(line), line


# -- E9: the choosing reading wins over the referral-reward reading --


def test_a_gift_to_families_who_elect_the_hospice_is_for_choosing_not_referring() -> None:
    """E9: "$50 gift cards for families who elect hospice" and "Free respite weekend for
    families who come to our hospice" reward the family's own choice (§1320a-7a(a)(5)), not a
    referral of others; before the mend both got "A reward to a patient for referring others".
    The gift card is cash's equivalent, so its text says so; the weekend is a service far above
    $15, with the general text."""
    lines = [
        "$50 gift cards for families who elect hospice",
        "Free respite weekend for families who come to our hospice",
    ]
    found = {f.subject: f.message for f in _found("BA114", _hospice(lines))}
    assert set(found) == set(lines)
    for line in lines:
        assert _GIVEN in found[line]
        assert "referring others" not in found[line]
    assert _CASH in found[lines[0]]
    assert _CASH not in found[lines[1]]


# -- E6: an in-service that says it gives no meals is no treat --


def test_an_in_service_with_no_meals_is_not_asked_about_meals() -> None:
    """E6: "In-service education for ALF staff (open to all facilities, no meals)" names its
    only treat word to deny it, so no meal, gift or outing reaches the facility's staff (42
    U.S.C. §1320a-7b(b) asks about remuneration, and there is none named); before the mend it
    was asked about "Meals, gifts or outings". The lunches, the holiday gifts and the pizza
    party are still asked: four of the five lines."""
    lines = [
        "In-service education for ALF staff (open to all facilities, no meals)",
        "In-service for nursing home staff - without gifts",
        "ALF staff appreciation lunches",
        "Lunch-and-learn in-service for nursing home staff",
        "Nursing home staff holiday gifts",
        "Memory care staff pizza party",
    ]
    found = {f.subject for f in _found("BA114", _hospice(lines))}
    assert found == set(lines[2:])


# -- E11: a W-2 liaison's bonus per admit is the liaison's pay, read as the salary is --


def test_a_liaisons_bonus_per_admit_is_read_as_the_salary_and_not_a_kickback() -> None:
    """E11: a bonus on the patients a hospice's liaison signs is the liaison's pay, read as the
    liaison's salary is (marketing/acquire, review11; a home care agency's liaison bonus reads
    so too): the same person's pay had split between sales and marketing. On the payroll (W-2)
    it is left to the bona fide employee safe harbour (42 CFR §1001.952(i)), so BA114 stays
    silent as D7 left it. Before E11's mend the line was unread (BA106, "could not tell what it
    is for"). Rent and liaison-less bonuses are not moved."""
    line = "Liaison bonus per admit (W-2)"
    assert answer_in("medical", line) == ACQUIRE
    assert answer_in("medical", "Liaison commission") == ACQUIRE
    assert answer_in("medical", "Hospice liaison salary") == ACQUIRE
    assert answer_in("home-care", "Community liaison bonus ($100 per start of care)") == ACQUIRE
    assert answer_in("medical", "Staff holiday bonus") == OVERHEAD
    profile = Profile.model_validate({"version": 1, **_hospice([line])})
    named = {(f.rule.id, f.hit.subject) for f in audit_of(profile, Options()).found}
    assert ("BA106", line) not in named
    assert ("BA114", line) not in named


# -- E3: the plan freezes a door-to-door channel only for a practised, uncontradicted line --


def _reps(reps: str, other: str, spend: int = 0) -> dict[str, Any]:
    """A pest-control business whose door-to-door reps ($120,000) brought 60 of 100 new
    customers and Google Ads ($30,000) 40, beside another line on its contracts."""
    return small_case(
        "Bug Busters Pest Control",
        "home-services",
        [
            {"name": reps, "spend": 120000},
            {"name": "Google Ads", "spend": 30000},
            {"name": other, "spend": spend},
        ],
        {"door to door": 60, "google ads": 40},
    )


def _reps_channel(profile: dict[str, Any]) -> Any:
    (reps,) = [
        c
        for c in _facts(profile).by_channel
        if any("Door-to-door" in i.activity.name for i in c.activities)
    ]
    return reps


def test_a_fixed_practice_a_phone_sale_or_a_notice_given_freezes_no_door_channel() -> None:
    """E3: a $0 line that says the contracts without the notice were "fixed in March" is
    history (core.negation.says_not_done), no practice, so neither BA120 nor the plan reads it;
    the Cooling-Off Rule reaches sales the seller personally solicits away from its place of
    business, at the buyer's home or a room rented for a while (16 CFR §429.0(a)), not a phone
    sale; and where the channel's own line says "3-day notice given", another line's missing
    notice does not freeze it. Before the mend each of the three left the reps alone."""
    given = "Door-to-door summer sales reps (W-2, 3-day notice given)"
    fixed = "Contracts signed without the 3-day cancellation notice (fixed in March)"
    profile = _reps(given, fixed)
    assert left_alone(_reps_channel(profile), 1) is None
    assert not [f for f in _found("BA120", profile) if f.subject == fixed]
    phone = "Phone sales - no 3-day cancellation notice"
    assert (
        left_alone(_reps_channel(_reps("Door-to-door summer sales reps (W-2)", phone)), 1) is None
    )
    unsaid = "Contracts signed without the 3-day cancellation notice"
    assert left_alone(_reps_channel(_reps(given, unsaid)), 1) is None
    # ...but the reps whose own line says nothing of the notice are still left alone for a
    # practised line without it, and so are reps whose own line says the notice is not given
    why = left_alone_text(
        left_alone(_reps_channel(_reps("Door-to-door summer sales reps (W-2)", unsaid)), 1)
    )
    assert why is not None
    assert unsaid in why
    own = "Door-to-door summer sales reps - no 3-day cancellation notice"
    assert left_alone(_reps_channel(_reps(own, "Rent", 40000)), 1) is not None


# -- E5: the score's customer economics part says what BA201 says of BA114's customers --


def _economics_basis(profile: dict[str, Any]) -> str:
    (part,) = [c for c in _report(profile).score_components if c.name == "customer economics"]
    return part.basis


def test_the_score_part_names_the_customers_a_flagged_line_bought() -> None:
    """E5: BA201 says the 70 customers the 1099 marketer paid per admission brought are BA114's,
    not free (D3); the score's part still called them "paid channels with nothing spent on
    them, BA207". Worked by hand in test_law_round49c._marketer_case: 3,458.40 ÷ 1,000 = 3.46×,
    "3.5×", counting them; on the 30 whose cost is listed, 1.04×. Near: a lead vendor no line
    pays (no rule of law) keeps BA207's words (5.76×, "5.8×", counting its 70)."""
    said = _economics_basis(_marketer_case())
    assert "(3.5× counting the 70 new customers that lines BA114 warns about brought)" in said
    assert "1.04×" in said
    assert "BA207" not in said
    near = small_case(
        "Sunrise Hospice",
        "medical",
        [{"name": "Google Ads", "spend": 60000}],
        {"google ads": 30, "lead vendor": 70},
    )
    assert (
        "(5.8× counting the 70 new customers from paid channels no spend is joined to, BA207)"
        in (_economics_basis(near))
    )

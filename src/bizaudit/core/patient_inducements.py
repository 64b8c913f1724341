"""What a pharmacy may not give a patient to choose it: a gift card, a coupon or points for
the prescriptions federal programmes pay for.

Anything of value likely to influence a Medicare or Medicaid beneficiary to choose a provider
or supplier of items the programmes pay for is forbidden by the beneficiary-inducement law (42
U.S.C. §1320a-7a(a)(5)); the HHS OIG allows only items of nominal value, never cash or a cash
equivalent such as a gift card (Policy Statement Regarding Gifts of Nominal Value to Medicare
and Medicaid Beneficiaries, 7 December 2016), and the retailer-rewards exception does not reach
rewards tied to items the programmes pay for (§1320a-7a(i)(6)(G)). A CFO's review (2026-12-05,
twenty-eighth round) saw a community pharmacy's "Rx transfer coupons ($25 gift card per new Rx
transferred)" priced as its cheapest channel, and `plan` double it. BA120 warns about such lines
where the pharmacy vertical reads the profile, or the business's name says it is one; no channel
holding one is priced or grown (docs/domain.md).
"""

from __future__ import annotations

import re
from decimal import Decimal

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "books_patients",
    "feeds_beneficiaries",
    "gives_free_care",
    "induces_patients",
    "names_vaccine",
]

#: A prescription, as pharmacies write it
_RX = LazyPattern(r"\b(?:rx|rxs|prescriptions?|scripts?|refills?)\b", re.IGNORECASE)
#: Something of value: a gift card, cash, a coupon, points, a reward, a dollar amount
_VALUE = LazyPattern(
    r"\b(?:gift\s*cards?|cash|coupons?|vouchers?|points?|rewards?|bonus(?:es)?|credits?"
    r"|incentives?|free)\b|\$\s*\d",
    re.IGNORECASE,
)
#: Given for moving a prescription in, for a first or new one, or earned on prescriptions
#: (loyalty), or off what the patient's insurance leaves them to pay
_FOR_CHOOSING = LazyPattern(
    r"\b(?:transfer(?:s|red|ring)?|switch(?:es|ed|ing)?|loyalty|rewards?\s+(?:program|club)"
    r"|points?|co-?pays?|co-?payments?)\b"
    # R2 of the round's re-review: "$10 gift card with first prescription" had passed
    r"|\b(?:first|new|1st)\s+(?:rx|rxs|prescriptions?|scripts?|fills?)\b",
    re.IGNORECASE,
)


def induces_patients(text: str) -> bool:
    """Whether a line's name (or note) gives patients something of value for a prescription
    moved to the pharmacy, points or rewards earned on prescriptions, or a coupon, a card or
    cash with a vaccine Medicare pays for."""
    lowered = text.lower()
    # a grocery coupon with a flu shot: Part B and Part D pay for vaccines, and the
    # retailer-rewards exception leaves out what they pay for (§1320a-7a(i)(6)(G); H2 of the
    # fortieth round, 2026-12-06: "$10 grocery coupon with flu shot" was the cheapest channel,
    # which `plan` doubled)
    if (
        (
            "flu" in lowered
            or "vaccin" in lowered
            or "immuni" in lowered
            or "shot" in lowered
            or "shingl" in lowered
            or "shingrix" in lowered
            or "covid" in lowered
        )
        and _VACCINE.search(text)
        and _VALUE.search(text)
        and not _NOT_VALUE.search(text)
        and not _leaves_out(text)
    ):
        return True
    if not ("rx" in lowered or "prescri" in lowered or "script" in lowered or "refill" in lowered):
        return False
    return bool(_RX.search(text) and _VALUE.search(text) and _FOR_CHOOSING.search(text))


#: A vaccine, as a pharmacy's line names one
_VACCINE = LazyPattern(
    r"\b(?:flu\s+(?:shots?|vaccines?|clinics?)|vaccines?|vaccinations?|immuni[sz]ations?|shingles"
    r"|shingrix|covid\s+(?:shots?|boosters?)|pneumonia\s+shots?)\b",
    re.IGNORECASE,
)


def names_vaccine(text: str) -> bool:
    """Whether a line names a vaccine (a flu shot, shingles): BA120 then speaks of vaccines, not
    prescriptions (R17 of the fortieth round's re-review)."""
    return _VACCINE.search(text) is not None


#: ...not a vaccine given free, the pharmacy's own service, nor its supplies
_NOT_VALUE = LazyPattern(
    r"\b(?:free\s+(?:flu\s+)?(?:shots?|vaccines?)|supplies|inventory)\b", re.IGNORECASE
)


#: Cash or a cash equivalent: a gift card, a store's or a card network's card, a dollar card
_CASH_LIKE = LazyPattern(
    # (not a price paid in cash: "Cash-pay new patient exam special ($79)", R6 of the round's
    # re-review)
    r"\bgift\s*cards?\b|\bcash\b(?![- ]?(?:pay|price|patients?|only|discount))"
    r"|\b(?:visa|mastercard|amex|amazon|publix|target|walmart"
    r"|starbucks|kroger|costco|prepaid|store)\s+(?:gift\s+)?cards?\b"
    r"|\$\s*\d+\s+(?:\w+\s+)?cards?\b",
    re.IGNORECASE,
)
#: Given for coming in: booking a visit, a test or an exam, or being a new patient
_FOR_COMING_IN = LazyPattern(
    r"\b(?:book(?:s|ed|ing)?|book-a|schedul\w*|appointments?|appts?|visits?|exams?|tests?"
    r"|screenings?|consults?|consultations?|evaluations?|evals?|new\s+patients?"
    r"|vaccinations?|vaccines?|(?:flu\s+)?shots?)\b",
    re.IGNORECASE,
)
#: Paid to the business's own staff for the bookings they make: pay, not a patient's reward
_STAFF = LazyPattern(
    r"\b(?:staff|front\s+desk|employees?|team|receptionists?|coordinators?|csrs?"
    r"|schedulers?)\b",
    re.IGNORECASE,
)
#: A reward for sending others is a referral payment, BA114's
_REFERRING = LazyPattern(r"\brefer\w*|\bfriends?\b", re.IGNORECASE)


def books_patients(text: str) -> bool:
    """Whether a line's name (or note) gives patients cash or a cash equivalent (a gift card,
    a store's card) for booking a visit, a test or an exam, or for being a new patient: what
    the beneficiary-inducement law forbids where Medicare or Medicaid pays for the care (42
    U.S.C. §1320a-7a(a)(5); the HHS OIG allows nominal non-cash items only, 2016). F1 of the
    twenty-ninth round (2026-12-05): a hearing clinic's "Book-a-test bonus - $25 Publix card"
    had been its cheapest channel, and `plan` had grown it."""
    lowered = text.lower()
    if "card" not in lowered and "cash" not in lowered:
        return False  # most lines
    return bool(
        _CASH_LIKE.search(text)
        and _FOR_COMING_IN.search(text)
        and not _REFERRING.search(text)
        and not _STAFF.search(text)
        # (nor where the line leaves the programmes' patients out: S6 of the fortieth round's
        # second re-review, "Flu shot $10 gift card promo (not valid for Medicare/Medicaid)")
        and not _leaves_out(text)
    )


#: Care given free or its charge waived
_FREE = LazyPattern(
    r"\b(?:free|no[\s-]+charge|no[\s-]+cost|complimentary|comp(?:ed|'d)|waived?|at\s+no\s+cost)\b",
    re.IGNORECASE,
)
#: ...care itself, by the hour, the visit or the week: not an assessment or a consultation,
#: which is how care begins
_CARE = LazyPattern(
    r"\b(?:hours?|care|visits?|services?|sessions?|shifts?|days?|weeks?|months?|respite"
    # an exam and x-rays, a chiropractor's first visit (H7 of the fortieth round, 2026-12-06:
    # "Free exam & x-rays - new patients (Medicare incl.)" was read as an x-ray cost)
    r"|exams?|examinations?|x-?rays?"
    # ...and a test or an evaluation, as audiology names the exam Medicare Part B pays for (I4
    # of the forty-first round, 2026-12-06: "Free hearing test - Medicare patients welcome"
    # passed where "exam" was flagged); not a screening, which Medicare does not pay for and
    # BA120's advice calls the business's own service
    # (not a hearing aid's "test drive", a trial of the device: J11 of the round's re-review)
    r"|tests?(?!\s+drives?)|testing|evaluations?|evals?)\b",
    re.IGNORECASE,
)
#: ...to clients a federal programme pays for
_PROGRAMME_CLIENTS = LazyPattern(
    r"\b(?:medicaid|medicare|medi-cal|mco)[\s-]+(?:[\w-]+\s+)?(?:clients?|patients?|members?"
    r"|beneficiar(?:y|ies)|families|seniors|kids|children|residents?)\b"
    r"|\bwaiver\s+(?:clients?|patients?|participants?)\b|\bdual[\s-]+eligibles?\b"
    # "seniors on Medicare", "patients with Medicaid"
    r"|\b(?:seniors?|patients?|members?|clients?|beneficiar(?:y|ies)|families|kids|children)"
    r"\s+(?:on|with|in)\s+(?:medicare|medicaid|medi-cal)\b"
    # "(Medicare incl.)", "including Medicare": the programme's patients among them
    r"|\b(?:medicare|medicaid)\s+(?:incl\w*|included|too|also)\b"
    r"|\bincl(?:uding|udes|\.)?\s+(?:medicare|medicaid)\b",
    re.IGNORECASE,
)
#: ...not what the programme itself pays in full (a wellness visit with no cost-sharing by
#: statute, a child's covered visit) nor a vendor's fee waived (R4 of the round's re-review)
_PROGRAMME_PAYS = LazyPattern(
    # (covered by the programme, not "not covered by the waiver" nor "covered by us": S2 of the
    # round's second re-review; a billing service, not "billing starts week 2")
    r"\bcovered\s+by\s+(?:medicaid|medicare|medi-cal|(?:the|their|its|your)\s+(?:programme"
    r"|program|plan|state)"
    r"|insurance)\b|\bwellness\b|\bawv\b|\bno\s+cost[\s-]+sharing\b|\$0\s+copay\b"
    r"|\bbilling\s+(?:service|software|vendor|company|setup)s?\b|\bsoftware\b|\bvendors?\b"
    r"|\bclearinghouse\b",
    re.IGNORECASE,
)


def gives_free_care(text: str) -> bool:
    """Whether a line's name (or note) gives clients a federal programme pays for free care,
    by the hour, the visit or the week: more than the nominal value the beneficiary-inducement
    law allows (42 U.S.C. §1320a-7a(a)(5); HHS OIG, 2016). G4 of the thirty-ninth round
    (2026-12-05): a home-care agency's "Free first 8 hours of care for Medicaid clients" was
    read as overhead, with no word said."""
    lowered = text.lower()
    if "medic" not in lowered and "waiver" not in lowered and "mco" not in lowered:
        return False  # most lines
    return bool(
        _PROGRAMME_CLIENTS.search(text)
        and _FREE.search(text)
        and _CARE.search(text)
        and not _PROGRAMME_PAYS.search(text)
        and not _leaves_out(text)
    )


def _leaves_out(text: str) -> bool:
    """Whether a line leaves the programmes' patients out ("no Medicare patients", "cash-pay
    only"), and does not name them among those it serves ("Medicare & non-Medicare": S6 of the
    fortieth round's second re-review)."""
    return bool(_PROGRAMME_LEFT_OUT.search(text)) and not _PROGRAMME_TOO.search(text)


_PROGRAMME_TOO = LazyPattern(
    r"\b(?:medicare|medicaid)\s*(?:&|and|\+|/|or)\s*non[-\s]?(?:medicare|medicaid)\b"
    r"|\ball\s+patients\b|\bincl(?:uding|udes|\.)?\s+(?:medicare|medicaid)\b",
    re.IGNORECASE,
)
#: ...and not a line that leaves the programme's patients out ("no Medicare patients")
_PROGRAMME_LEFT_OUT = LazyPattern(
    r"\b(?:no|not\s+for|not\s+valid\s+for|except|excl\w*\.?|excluding|non)[\s-]+"
    r"(?:medicare|medicaid|medi-cal)\b(?!\s+(?:co-?pays?|cost|deductibles?))"
    # (S6 of the round's second re-review: "commercial insurance only", "not valid for
    # Medicare"; but "no Medicare copay" waives what a beneficiary pays, and stays flagged)
    r"|\bcommercial(?:ly)?[\s-]+(?:insurance|insured|plans?)\s+only\b"
    # ...or pays for none of them: "cash-pay patients only" (R4 of the round's re-review)
    r"|\b(?:cash|self)[\s-]+pay(?:ing)?\s+(?:patients?\s+|customers?\s+)?only\b"
    r"|\b(?:medicare|medicaid|medi-cal)\s+(?:patients?\s+|clients?\s+)?(?:excluded|not\s+eligible"
    r"|ineligible)\b",
    re.IGNORECASE,
)


#: Those Medicare pays for, as a practice's seminar lines name them
_SENIORS = LazyPattern(
    r"\b(?:seniors?|medicare|retirees?|65\+|over\s+65|older\s+adults?)\b", re.IGNORECASE
)
#: A meal, as those lines give one
_A_MEAL = LazyPattern(
    r"\b(?:lunch(?:es)?|dinners?|meals?|breakfasts?|brunch(?:es)?|catered|catering|luncheons?)\b",
    re.IGNORECASE,
)
#: A value stated for each guest: "~$30 a guest", "($25/person)", "$40 per head"
_PER_GUEST = LazyPattern(
    r"\$\s?(\d+(?:\.\d\d)?)\s*(?:a|an|per|each|/)\s*(?:guest|person|head|attendee|plate"
    r"|senior|patient)s?\b|\$\s?(\d+(?:\.\d\d)?)\s*(?:pp|ea|each)\b",
    re.IGNORECASE,
)
#: What the OIG counts as nominal value: $15 an item (HHS OIG, Policy Statement Regarding Gifts
#: of Nominal Value to Medicare and Medicaid Beneficiaries, 7 December 2016)
NOMINAL_ITEM = 15


def feeds_beneficiaries(text: str) -> bool:
    """Whether a line gives seniors, or those Medicare pays for, a meal worth more than the
    nominal value the beneficiary-inducement law allows ($15 an item: 42 U.S.C.
    §1320a-7a(a)(5); HHS OIG, 2016): a value stated per guest over it, or a catered meal.
    I4 of the forty-first round (2026-12-06): a hearing clinic's "Lunch & learn seminars for
    seniors (catered lunch, ~$30 a guest)" was its cheapest channel, and `plan` doubled it;
    coffee and cookies are left alone."""
    lowered = text.lower()
    if (
        "senior" not in lowered
        and "medicare" not in lowered
        and "retire" not in lowered
        and "65" not in lowered
        and "older" not in lowered
    ):
        return False  # most lines
    if _SENIORS.search(text) is None or _A_MEAL.search(text) is None:
        return False
    if _STAFF.search(text) is not None or _leaves_out(text):
        return False
    stated = [Decimal(found) for pair in _PER_GUEST.findall(text) for found in pair if found]
    if stated:
        return max(stated) > NOMINAL_ITEM
    return "catered" in lowered or "catering" in lowered

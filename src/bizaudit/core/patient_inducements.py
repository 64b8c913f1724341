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
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

from bizaudit.core.negation import said_not_denied
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.verticals import names_a_laboratory

__all__ = [
    "FREE_BUT_BILLED_RULE",
    "PHYSICIAN_GROUP",
    "SERVICES_FEE",
    "SERVICES_FEE_STARK",
    "bills_what_is_free",
    "books_patients",
    "brokers_patients",
    "cares_in_facilities",
    "carries_patients",
    "draws_patients",
    "feeds_beneficiaries",
    "gives_cash",
    "gives_for_choosing",
    "gives_free_care",
    "induces_patients",
    "names_hospital",
    "names_referrers_staff",
    "names_vaccine",
    "pays_per_admit",
    "pays_physicians_for_services",
    "pays_physicians_per_referral",
    "pays_referral_sources",
    "prize_for_choosing",
    "runs_a_laboratory",
    "swaps_discounts",
    "treats_addiction",
    "treats_facility_staff",
    "treats_referrers_staff",
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
    # (a waiver's residents, as a senior living community names them: X13 of the forty-sixth
    # round, 2026-12-06, "Move-in special - first month free for waiver residents" was only
    # BA116's, where the beneficiary-inducement law, 42 U.S.C. §1320a-7a(a)(5), reaches it)
    r"|\bwaiver\s+(?:clients?|patients?|participants?|residents?|members?|beneficiar(?:y|ies)"
    r"|seniors|move[\s-]?ins?)\b|\bdual[\s-]+eligibles?\b"
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


#: A prize drawing, a raffle, a contest or a sweepstakes, as a practice's lines name one
_DRAWING = LazyPattern(
    r"\b(?:drawings?|raffles?|contests?|sweepstakes|sweeps|giveaways?|prize\s+draws?"
    r"|lotter(?:y|ies)|win\s+an?\s+\w+)\b",
    re.IGNORECASE,
)
#: ...whose entrants are patients (a ledger's "Pt"), or those who start or book treatment, or
#: who refer
_ENTRANTS = LazyPattern(
    r"\b(?:patients?|pts?|families|parents|kids|children|teens?|members?|start(?:s|ing)?"
    r"|begin(?:s|ning)?|treatment|tx|braces|aligners?|invisalign|consults?|consultations?"
    r"|appointments?|appts?|visits?|exams?|refer\w*|refs?|referr\w*)\b",
    re.IGNORECASE,
)
#: ...not the practice's own staff's, nor a drawing the practice enters or runs for a charity,
#: nor its architect's or its lab's drawings
_NOT_PATIENTS_DRAWING = LazyPattern(
    r"\b(?:staff|employees?|team|hygienists?|assistants?|charit\w*|fundrais\w*|donat\w*"
    r"|architect\w*|plans?|blueprints?|lab|cad|technical|engineering)\b",
    re.IGNORECASE,
)
#: ...entered by referring others: a reward for referrals, BA114's customers' rule
_FOR_REFERRING = LazyPattern(r"\brefer\w*|\breferr?al\w*|\brefs?\b|\bfriends?\b", re.IGNORECASE)


def draws_patients(text: str) -> bool:
    """Whether a line offers patients a chance at a prize: a drawing, a raffle, a contest or a
    sweepstakes open to patients, to those who start treatment, or to those who refer (A2 of
    the forty-seventh review round, 2026-12-06: an orthodontist's "Free Xbox drawing for
    patients who start treatment" and "6050 Pt Ref Contest - iPad drawing" were read as
    overhead by 'drawings', with no word said, where a gift card for referring was BA114's).
    A chance at a prize is something of value offered to influence the patient's choice, which
    the beneficiary-inducement law reaches where Medicare or Medicaid pays (42 U.S.C.
    §1320a-7a(a)(5)); not the staff's raffle, nor a charity's."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _DRAWING_CUES):
        return False  # most lines
    return bool(
        _DRAWING.search(text)
        and _ENTRANTS.search(text)
        and not _NOT_PATIENTS_DRAWING.search(text)
        and not _leaves_out(text)
    )


_DRAWING_CUES = ("draw", "raffle", "contest", "sweep", "giveaway", "lotter", "win a", "win an")


def prize_for_choosing(text: str) -> bool:
    """Whether a line's prize drawing is offered for choosing the practice (starting or booking
    treatment), not for referring others (:func:`draws_patients`): its rule is the
    beneficiary-inducement law's, not the one on paying for referrals."""
    return draws_patients(text) and _FOR_REFERRING.search(text) is None


#: Something advertised free that the line says is billed to a health programme or an insurer
#: ("Free consultation and free X-rays (billed to Medicaid)")
_BILLED = LazyPattern(
    r"\b(?:billed|bill(?:s|ing)?|charged|claimed|submitted)\s+(?:to\s+)?(?:the\s+)?"
    r"(?:medicaid|medicare|medi-cal|chip|mco|insurance|insurers?|plans?|payers?|tricare)\b",
    re.IGNORECASE,
)
#: What the law says of it, asked: where the practice bills Medicaid or Medicare for what it
#: gives others free, its claim may exceed its usual charge, which the programmes pay no more
#: than (the OIG may exclude a provider that bills substantially more than its usual charges,
#: 42 U.S.C. §1320a-7(b)(6)(A)), and a claim known to be false is the False Claims Act's (31
#: U.S.C. §3729(a)(1)) and the civil monetary penalties law's (42 U.S.C. §1320a-7a(a)(1));
#: calling free what a programme pays for misleads the public (FTC Act §5, 15 U.S.C. §45; the
#: FTC's guide to the word "free", 16 CFR §251.1). A2 of the forty-seventh round, 2026-12-06:
#: read as "ambiguous" only. For BA120, whose module reads the lines this module finds.
FREE_BUT_BILLED_RULE = (
    "is it free? A service advertised as free but billed to Medicaid, Medicare or an insurer "
    "is a question for a health-care lawyer: where the practice gives it others free, a claim "
    "for it may be more than its usual charge, which the programmes pay no more than (the OIG "
    "may exclude a provider that bills substantially more than its usual charges, 42 U.S.C. "
    "§1320a-7(b)(6)(A)), and a claim known to be false is a false claim (31 U.S.C. "
    "§3729(a)(1); 42 U.S.C. §1320a-7a(a)(1)); and calling free what a programme pays for may "
    "mislead those who read the ad (FTC Act §5, 15 U.S.C. §45; the FTC's guide to the word "
    "'free', 16 CFR §251.1)"
)


def bills_what_is_free(text: str) -> bool:
    """Whether a line advertises something free that it says is billed to a health programme
    or an insurer ("Free consultation and free X-rays (billed to Medicaid)"):
    :data:`FREE_BUT_BILLED_RULE` asks about it."""
    lowered = text.lower()
    if "free" not in lowered and "complimentary" not in lowered and "no charge" not in lowered:
        return False  # most lines
    # (not "not billed to insurance", which says it is free)
    return bool(_FREE.search(text) and said_not_denied(_BILLED, text))


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


# ---------------------------------------------------------------------------------------------
# Patient brokering: paying for admissions to addiction treatment (T1 of the forty-fifth review
# round, 2026-12-06: a Florida IOP's "$1,500 per admit" call centre, free sober-home rent for its
# clients, a W-2 admissions rep's "$300 per admit" and patients' flights passed, and `plan` grew
# the call centre). EKRA (18 U.S.C. §220(a), enacted by the SUPPORT for Patients and Communities
# Act §8122, Pub. L. 115-271, 2018) forbids paying or offering remuneration to induce a referral
# to a recovery home or a clinical treatment facility, or in exchange for an individual using
# its services, whoever pays for the care (any "health care benefit program", 18 U.S.C. §24(b));
# its employee exception (§220(b)(2)) does not cover pay that varies by the number of
# individuals referred or the number of tests or procedures performed. State patient-brokering
# acts reach a benefit in kind too (Fla. Stat. §817.505(1)(a)).

#: Where a medical profile is a treatment provider: the words of addiction and behavioural
#: health treatment, its levels of care and its housing (the substrings first)
_TREATMENT_CUES = (
    "detox", "rehab", "iop", "php", "sober", "recovery", "addiction", "substance", "behavior",
    "behaviour", "intensive outpatient", "partial hospital", "interventionist", "suboxone",
    "methadone", "admit",
)  # fmt: skip
_TREATMENT = LazyPattern(
    r"\b(?:detox\w*|rehabs?|iops?|phps?|sober|recovery\s+(?:centers?|centres?|homes?|residences?"
    r"|programs?|programmes?|houses?|housing)|addiction|substance\s+(?:use|abuse)"
    r"|behaviou?ral\s+health|intensive\s+outpatient|partial\s+hospitali[sz]ation"
    r"|interventionists?|suboxone|methadone|admits?)\b",
    re.IGNORECASE,
)


#: A provider EKRA does not reach, whose lines say "admit" as a treatment provider's do: a
#: hospice, a home health agency, palliative care. EKRA reaches recovery homes, clinical
#: treatment facilities and laboratories only (18 U.S.C. §220(a), (e)); D7 of the forty-ninth
#: round's re-review, 2026-12-06: a hospice's "bonus per admit" was told the addiction
#: treatment law, and its W-2 liaison that the bonus was "not exempt even on the payroll"
_NOT_TREATMENT = LazyPattern(
    r"\bhospices?\b|\bhome\s+health\b|\bpalliative\b|\bhospitalists?\b", re.IGNORECASE
)


def treats_addiction(texts: Iterable[str]) -> bool:
    """Whether a medical profile is a treatment provider EKRA reaches: its business's, a line's
    or a source's name names addiction or behavioural-health treatment, its levels of care
    (detox, IOP, PHP) or its housing (sober living), or an admit, unless an admit is all it
    names and a name says it is a hospice or a home health agency (D7 of the forty-ninth
    round's re-review)."""
    admits = False
    other = False
    for text in texts:
        lowered = text.lower()
        if any(cue in lowered for cue in _TREATMENT_CUES) and _TREATMENT.search(text):
            if all(m.group(0).lower().startswith("admit") for m in _TREATMENT.finditer(text)):
                admits = True  # an admit alone: a hospice's lines say it too
            else:
                return True
        if not other and ("hospice" in lowered or "home health" in lowered
                          or "palliative" in lowered or "hospitalist" in lowered):  # fmt: skip
            other = _NOT_TREATMENT.search(text) is not None
    return admits and not other


#: A business whose name says it is a hospital ("Riverside General Hospital", "Riverside Behavioral
#: Hospital"): no clinical treatment facility EKRA reaches, which is "a medical setting, other than
#: a hospital" that treats substance use (18 U.S.C. §220(e)(2), as the reviewer quotes it: the
#: search tool found no copy of §220(e) to check it against); a recovery home it runs, named on a
#: line ("sober living"), still is one (EKRA names recovery homes apart, §220(a)), and its
#: laboratory is read apart (runs_a_laboratory). AQ2 of the fifty-second round's second re-review,
#: 2026-12-07: a general hospital's "Admissions bonus per admit" was told the sober home's patient-
#: brokering text because "admit" made it a treatment provider. ("partial hospitalization", a level
#: of addiction care, says no hospital: \bhospitals?\b)
_HOSPITAL = LazyPattern(r"\bhospitals?\b", re.IGNORECASE)
_RECOVERY_HOME = LazyPattern(
    r"\b(?:sober|recovery)[\s-]+(?:living|homes?|houses?|housing|residences?)\b", re.IGNORECASE
)


def names_hospital(business: str, texts: Iterable[str]) -> bool:
    """Whether a medical profile is a hospital EKRA does not reach as a treatment facility:
    its business's name says hospital, and neither it nor ``texts`` (its lines' and sources'
    names) names a recovery home (AQ2 of the fifty-second round's second re-review)."""
    if "hospital" not in business.lower() or _HOSPITAL.search(business) is None:
        return False  # most profiles
    return not any(
        ("sober" in (lowered := text.lower()) or "recovery" in lowered)
        and _RECOVERY_HOME.search(text) is not None
        for text in (business, *texts)
    )


#: A price for each admission: "$1,500 per admit", "per admission", "per admitted patient",
#: "$2,500 per placement", "per new patient who starts care", "$300/admit"
#: (a qualifier of whom the admit is may stand between, "per insured admit", "per Medicaid
#: admission": AP3 of the fifty-second round's re-review, 2026-12-07, as _PER_HEAD has it)
_PER_ADMIT = LazyPattern(
    r"\b(?:per|for\s+each|for\s+every|each)\s+(?:(?:new|referred|insured|medicaid|medicare|ppo"
    r"|commercial(?:ly)?|privately)\s+)*(?:admits?|admissions?"
    r"|admitted\s+(?:patients?|clients?|pts?)|placements?"
    r"|(?:patients?|clients?|pts?)\s+(?:admitted|placed)"
    r"|(?:patients?|clients?|pts?)\s+(?:who|that)\s+(?:starts?|begins?|enters?|admits?)"
    r"|(?:new\s+)?(?:patients?|clients?|pts?)\s+(?:who|that)\s+(?:starts?|begins?|enters?))\b"
    r"|\$\s?\d[\d.,]*\s*/\s*(?:admits?|admissions?|placements?)\b",
    re.IGNORECASE,
)

#: ...not a hiring's: a recruiter's or a staffing agency's fee per placement, a nurse's
#: referral bonus for a hire (S4 of the forty-fourth round: a hiring bonus is no payment for
#: patients)
_HIRING = LazyPattern(
    r"\b(?:hir\w*|recruit\w*|staffing|candidates?|locums?|job|jobs|nurses?|therapists?"
    r"|clinicians?|employment|new\s+staff|sign[\s-]?on)\b",
    re.IGNORECASE,
)
#: One who sells patients to a practice: a call centre, a lead or marketing vendor, an outside
#: rep ("Call center fee per new patient who starts care", which docs/domain.md says is caught)
_SELLS_PATIENTS = LazyPattern(
    r"\b(?:call\s+cent(?:er|re)s?|leads?|lead\s+gen\w*|marketing|marketers?|agency|agencies"
    r"|vendors?|1099|partners?|outreach|reps?|representatives?|brokers?|helplines?|hotlines?"
    r"|referr\w*)\b",
    re.IGNORECASE,
)
#: A price for each resident, head or body brought to a recovery home or a treatment
#: provider, paid to one who sells them: "$500 per resident paid to marketer who places
#: them", "Marketer paid per resident placed", "Per-head fee to patient recruiter", "Body
#: broker fee per insured resident" (AO1 of the fifty-second review round, 2026-12-07: a
#: sober living home's four lines passed, one as an unknown name, two as fees, and `plan`
#: grew the marketer). EKRA §220(a)(2)(A) forbids paying anything "to induce a referral of an
#: individual to a recovery home, clinical treatment facility, or laboratory", whoever pays
#: for the care; §220(b)(2) excludes pay that varies by the number of individuals referred
#: from its employee exception, and a marketer or a recruiter paid per head is none. Unlike a
#: price per admit (_PER_ADMIT), "per resident" alone may price the home's own costs (food or
#: supplies per resident), so these units are read only with a seller of patients named.
#: AP3 of the fifty-second round's re-review, 2026-12-07: a sober home's "Recruiter bonus per
#: insured admit" and "$300 per intake to outreach rep" passed (an unknown name, no finding),
#: so an admit, an admission, an intake or a placement is a unit here too, paid to a seller
#: or a recruiter named (a bonus per admit is §220(a)(2)(A), and no employee exception,
#: §220(b)(2)); an intake alone may price the home's own costs ("Drug test cups per intake").
_PER_HEAD = LazyPattern(
    r"\b(?:per|for\s+each|for\s+every|each)[\s-]+(?:(?:new|insured|referred|placed|medicaid"
    r"|medicare|ppo|commercial(?:ly)?|privately)\s+)*(?:residents?|heads?|bod(?:y|ies)"
    r"|patients?|clients?|pts?|admits?|admissions?|intakes?|placements?)\b"
    r"|\$\s?\d[\d.,]*\s*/\s*(?:residents?|heads?|bod(?:y|ies)|intakes?)\b",
    re.IGNORECASE,
)
#: ...to one who recruits patients or brokers them: a patient recruiter, a "body broker" (the
#: trade's own word for one paid per insured patient delivered), besides _SELLS_PATIENTS
_RECRUITS_PATIENTS = LazyPattern(
    r"\b(?:patient|resident|client)s?\s+recruit\w*|\bbody[\s-]+brok\w*",
    re.IGNORECASE,
)
#: ...or a recruiter named alone ("Recruiter bonus per insured admit"), who recruits patients
#: where the line names no hire besides (no nurse, candidate or "hired": _HIRING without the
#: recruiter) and the unit is a patient's admit, admission or intake, not a "placement" alone,
#: which a staffing recruiter's fee also counts (AP3 of the fifty-second round's re-review,
#: 2026-12-07)
_RECRUITER = LazyPattern(r"\brecruit(?:ers?|ing|ment)?\b", re.IGNORECASE)
#: A call bought for treatment: "Pay-per-call leads (addiction hotline)"
_PAY_PER_CALL = LazyPattern(
    r"\bpay[\s-]+per[\s-]+(?:call|lead|admit|admission|inbound\s+call)s?\b"
    r"|\bper[\s-]+(?:billable\s+|qualified\s+|inbound\s+)?calls?\b",
    re.IGNORECASE,
)
#: An interventionist, paid: they place those they reach in treatment
_INTERVENTIONIST = LazyPattern(r"\binterventionists?\b", re.IGNORECASE)
#: Housing given to patients: sober-home or recovery-residence rent, beds, housing
_HOUSING = LazyPattern(
    r"\b(?:sober|recovery)[\s-]+(?:living|homes?|houses?|housing|residences?|beds?)\b"
    r"|\b(?:housing|rent|beds?|lodging|hotel\s+stays?)\s+(?:paid\s+)?(?:for|of)\s+"
    r"(?:(?:our|iop|php|new|referred|incoming)\s+)*(?:patients?|clients?|residents?|pts?)\b",
    re.IGNORECASE,
)
#: ...given, not the provider's own: free, paid for or covered for patients or clients
_GIVEN = LazyPattern(
    r"\b(?:free|complimentary|no[\s-]+cost|scholarships?|paid\s+for|covered|subsidi[sz]\w*"
    r"|(?:rent|housing|beds?)\s+(?:for|of)\s+(?:\w+\s+)?(?:patients?|clients?|residents?))\b",
    re.IGNORECASE,
)
#: Patients' flights or long-distance travel, paid for them: more than the local
#: transportation the safe harbour allows (42 CFR §1001.952(bb): local, within 25 miles, or 75
#: in a rural area)
_PATIENT = LazyPattern(r"\b(?:patients?|clients?|pts?|residents?)['’]?\b", re.IGNORECASE)
_FLIGHTS = LazyPattern(
    r"\b(?:flights?|airfare|air\s+fare|air\s+travel|plane\s+tickets?|airline\s+tickets?"
    r"|bus\s+tickets?|out[\s-]+of[\s-]+state\s+(?:travel|transport\w*))\b",
    re.IGNORECASE,
)


def brokers_patients(name: str, treatment: bool, employed: bool) -> bool:
    """Whether a medical line pays for patients as EKRA and the state patient-brokering acts
    see it (T1 of the forty-fifth round): a price for each admission, admitted patient,
    placement or patient who starts care; pay-per-call leads; an interventionist's fees;
    sober-home rent or housing given to patients; patients' flights. ``treatment``: whether the
    profile is a treatment provider (:func:`treats_addiction`), without which only a price per
    admission or per patient who starts care paid to someone not employed is flagged (the
    Anti-Kickback Statute's own reading; its bona fide employee exception, 42 CFR
    §1001.952(i)); ``employed``: whether the business's referral_exempt reads the line as its
    own employees' pay, which EKRA's employee exception (§220(b)(2)) does not cover where it
    varies by the number of patients."""
    lowered = name.lower()
    if (
        ("per" in lowered or "each" in lowered or "/" in lowered)
        # (not where the line says it is not: "not per admit", EKRA's employee exception,
        # 18 U.S.C. §220(b)(2); U1 of the forty-fifth round's re-review)
        and said_not_denied(_PER_ADMIT, name)
        and not _HIRING.search(name)
    ):
        if treatment:
            return True
        # elsewhere, the Anti-Kickback Statute's reading: one who sells patients, not employed
        # (not a hospitalist's fee per admission they perform)
        return not employed and _SELLS_PATIENTS.search(name) is not None
    if not treatment:
        return False
    if (
        ("per" in lowered or "each" in lowered or "/" in lowered)
        and said_not_denied(_PER_HEAD, name)
        and (
            # (a patient recruiter recruits patients, not staff, whatever _HIRING reads)
            _RECRUITS_PATIENTS.search(name) is not None
            or (_SELLS_PATIENTS.search(name) is not None and not _HIRING.search(name))
            # ...and a recruiter alone, paid per admit, admission or intake, where nothing
            # else on the line is a hire (AP3 of the fifty-second round's re-review)
            or (
                "recruit" in lowered
                and not _HIRING.search(_RECRUITER.sub(" ", name))
                and any(
                    not found.group(0).lower().endswith(("placement", "placements"))
                    for found in _PER_HEAD.finditer(name)
                )
            )
        )
    ):  # a seller paid per resident, head or admit brought (AO1 of the fifty-second round)
        return True
    if "call" in lowered and _PAY_PER_CALL.search(name):
        return True
    if "interventionist" in lowered and _INTERVENTIONIST.search(name):
        return True
    if (
        (
            "sober" in lowered
            or "recovery" in lowered
            or "housing" in lowered
            or "rent" in lowered
            or "bed" in lowered
            or "lodging" in lowered
            or "hotel" in lowered
        )
        and _HOUSING.search(name)
        and _GIVEN.search(name)
    ):
        return True
    return bool(
        ("flight" in lowered or "air" in lowered or "ticket" in lowered or "state" in lowered)
        and _FLIGHTS.search(name)
        and _PATIENT.search(name)
    )


#: A bonus, commission or incentive: pay that rewards whoever earns it per admit (not a cost
#: priced per admission, "Linen cost per admission", nor a hospitalist's fee for the
#: admissions they perform)
_REWARD = LazyPattern(r"\b(?:bonus(?:es)?|commissions?|incentives?|spiffs?)\b", re.IGNORECASE)


def pays_per_admit(name: str) -> bool:
    """Whether a medical line pays a bonus, a commission or an incentive for each admit,
    admission or placement, to no one it says is hired (AQ2 of the fifty-second round's second
    re-review, 2026-12-07). Where the profile is no provider EKRA reaches (a hospital, a
    clinic), whether it is lawful turns on the payee: the Anti-Kickback Statute excepts any
    amount paid by an employer to a bona fide employee for employment in furnishing covered
    items or services (42 U.S.C. §1320a-7b(b)(3)(B); the safe harbour, 42 CFR §1001.952(i)), not
    a contractor paid per patient; so the line is asked, not condemned. The caller leaves out
    lines the vertical reads as its employees' pay ("(W-2)") and those already flagged."""
    lowered = name.lower()
    if not ("per" in lowered or "each" in lowered or "/" in lowered):
        return False  # most lines
    return bool(
        (
            "bonus" in lowered
            or "commission" in lowered
            or "incentive" in lowered
            or "spiff" in lowered
        )
        and _REWARD.search(name)
        and said_not_denied(_PER_ADMIT, name)
        and not _HIRING.search(name)
        and "hospitalist" not in lowered
    )


# Remuneration RECEIVED for referring a resident or a specimen (AO1 of the fifty-second review
# round, 2026-12-07: a sober living home's "Payments received from Coastal IOP per resident
# referred" and "Lab revenue share from toxicology lab per specimen" passed, one as an unknown
# name, one as contra-revenue). EKRA reaches both sides: whoever knowingly and willfully
# "solicits or receives any remuneration ... in return for referring a patient or patronage to
# a recovery home, clinical treatment facility, or laboratory" (18 U.S.C. §220(a)(1)), as
# Florida's patient-brokering act reaches one who solicits or receives a commission, bonus,
# rebate, kickback or bribe (Fla. Stat. §817.505(1)(c)). Where the profile is a treatment
# provider (:func:`treats_addiction`) only.

#: Money the business receives: received, a revenue share, income, payments or fees from...
_RECEIVES = LazyPattern(
    r"\b(?:receiv\w*|rev(?:enue)?\s+shar\w*|income|kickbacks?\s+from|(?:payments?|fees?"
    r"|commissions?|rebates?|bonus(?:es)?|cash|money)\s+(?:received\s+)?from|paid\s+(?:to\s+us"
    r"|by))\b",
    re.IGNORECASE,
)
#: ...from a laboratory or a treatment provider ("from toxicology lab", "from Coastal IOP")
_FROM_PROVIDER = LazyPattern(
    r"\b(?:labs?|laborator(?:y|ies)|toxicology|tox|iops?|phps?|detox\w*|rehabs?|treatment"
    r"|outpatient|clinics?|providers?|facilit(?:y|ies))\b",
    re.IGNORECASE,
)
#: ...for each resident, patient or specimen sent, or for referring them
_FOR_SENDING = LazyPattern(
    r"\b(?:per|for\s+each|for\s+every|each)[\s-]+(?:(?:new|insured|referred|placed)\s+)?"
    r"(?:residents?|heads?|patients?|clients?|pts?|specimens?|samples?|tests?|referrals?"
    r"|admits?|admissions?)\b|\breferr\w*|\brev(?:enue)?\s+shar\w*|\bkickbacks?\b",
    re.IGNORECASE,
)
#: Residents' drug tests billed through a laboratory the home is tied to ("Urine drug tests
#: billed to insurance through affiliated lab"): the arrangement at the centre of the sober-home
#: prosecutions the reviewer names (not re-read here), lawful only if the home takes nothing
#: for the specimens it sends; asked, not asserted
_TESTS_BILLED = LazyPattern(
    r"\b(?:urine|uds|drug\s+(?:tests?|screens?|testing)|tox\w*|specimens?)\b"
    r"(?=[^;]*\bbill\w*)(?=[^;]*\b(?:affiliated|partner\w*|our\s+own|owned|related|sister)"
    r"\s+(?:labs?|laborator\w*)\b)",
    re.IGNORECASE,
)


def receives_for_patients(name: str) -> str | None:
    """Whether a treatment provider's line receives remuneration for referring residents or
    specimens to a laboratory or another treatment provider (``"received"``: EKRA
    §220(a)(1)), or bills its residents' drug tests through a laboratory it is tied to
    (``"asked"``), or neither (None). AO1 of the fifty-second review round, 2026-12-07."""
    lowered = name.lower()
    if "bill" in lowered and _TESTS_BILLED.search(name):
        return "asked"
    if not (
        "rec" in lowered
        or "rev" in lowered
        or "from" in lowered
        or "income" in lowered
        or "paid" in lowered
        or "kick" in lowered
    ):
        return None  # most lines
    if (
        _RECEIVES.search(name)
        and _FROM_PROVIDER.search(name)
        and said_not_denied(_FOR_SENDING, name)
    ):
        return "received"
    return None


#: A bonus, a commission or an incentive for each resident a recovery home admits: "House
#: manager bonus per resident admitted", "Bonus per new resident", "$200 incentive for each
#: resident placed" (AR3 of the fifty-second round's third re-review, 2026-12-07: a sober
#: living home's two lines passed, one as cost of sales, one as an unknown name, while "Bonus
#: per admitted client" was warned). A recovery home's patients are its residents; pay that
#: varies with the number admitted is outside EKRA's employee exception (18 U.S.C. §220(b)(2),
#: the case AP3 mended), whoever earns it. Read only at a recovery home (_RECOVERY_HOME named
#: by the business, a line or a source), and only with a reward named (_REWARD), since "per
#: resident" alone prices the home's own costs ("Food per resident", "Linens per new
#: resident"), and a resident elsewhere may be a physician in training.
_PER_RESIDENT_ADMITTED = LazyPattern(
    r"\b(?:per|for\s+each|for\s+every|each)[\s-]+(?:(?:new|admitted|referred|placed)\s+"
    r"(?:(?:insured|medicaid|medicare|ppo|commercial(?:ly)?|privately)\s+)*residents?"
    r"|(?:(?:insured|medicaid|medicare|ppo|commercial(?:ly)?|privately)\s+)*residents?\s+"
    r"(?:admitted|placed|referred|moved\s+in|who\s+(?:moves?|moved)\s+in))\b",
    re.IGNORECASE,
)


def pays_per_resident_admitted(name: str) -> bool:
    """Whether a recovery home's line pays a bonus, a commission or an incentive for each
    resident admitted or new (AR3 of the fifty-second round's third re-review, 2026-12-07;
    EKRA, 18 U.S.C. §220(a)(2)(A) and (b)(2)), to no one it says is hired."""
    lowered = name.lower()
    if "resident" not in lowered or not ("per" in lowered or "each" in lowered):
        return False  # most lines
    return bool(
        (
            "bonus" in lowered
            or "commission" in lowered
            or "incentive" in lowered
            or "spiff" in lowered
        )
        and _REWARD.search(name)
        and said_not_denied(_PER_RESIDENT_ADMITTED, name)
        and not _HIRING.search(name)
    )


def names_recovery_home(texts: Iterable[str]) -> bool:
    """Whether a business's, a line's or a source's name names a recovery home ("Serenity
    Sober Living", "Recovery residence rent"): AR3 of the fifty-second round's third
    re-review."""
    return any(
        ("sober" in (lowered := text.lower()) or "recovery" in lowered)
        and _RECOVERY_HOME.search(text) is not None
        for text in texts
    )


def brokered(
    names: Sequence[str],
    context: Iterable[str],
    employed: Callable[[str], bool],
    hospital: bool = False,
) -> tuple[list[int], bool]:
    """The positions, in ``names``, of a medical profile's lines that pay for patients
    (:func:`brokers_patients`), and whether the profile is a treatment provider, where they are
    patient brokering (EKRA); ``context``: the business's, the lines' and the sources' names,
    which say whether it is one; ``employed``: whether the vertical's referral_exempt reads a
    line as its own employees' pay; ``hospital``: whether the business is a hospital
    (:func:`names_hospital`), which EKRA's clinical treatment facility is not (§220(e)(2);
    AQ2 of the fifty-second round's second re-review)."""
    context = tuple(context)
    if not hospital and treats_addiction(context):
        # (a recovery home's bonus per resident admitted or new: AR3 of the fifty-second
        # round's third re-review, pays_per_resident_admitted)
        home = names_recovery_home(context)
        return [
            i
            for i, name in enumerate(names)
            # (money received for referring is no payment for patients: AO1 of the 52nd round)
            if (brokers_patients(name, True, True) or (home and pays_per_resident_admitted(name)))
            and receives_for_patients(name) is None
        ], True
    return [
        i
        for i, name in enumerate(names)
        if ("per" in (lowered := name.lower()) or "each" in lowered or "/" in lowered)
        and brokers_patients(name, False, employed(name))
    ], False


#: Something given free: free, complimentary, at no cost or charge
_FREE_GIVEN = LazyPattern(
    r"\b(?:free|complimentary|no[\s-]+charge|no[\s-]+cost|at\s+no\s+cost)\b", re.IGNORECASE
)
#: ...to patients or their families who choose, elect or sign up with the provider ("to
#: families who elect hospice": a beneficiary elects the hospice benefit, 42 CFR §418.24)
_WHO_CHOOSE = LazyPattern(
    r"\b(?:patients?|pts|families|family|seniors?|beneficiar(?:y|ies)|members?|residents?"
    r"|clients?|caregivers?)\s+(?:who|that)\s+(?:elect|choose|chose|select|pick|switch|transfer"
    # (not "who start treatment" nor "who come to appointments": a toothbrush or a local ride
    # may be nominal or safe-harboured, 42 CFR §1001.952(bb); the choice itself is what is read)
    r"|enrol+|sign\s+up)\w*\b",
    re.IGNORECASE,
)
#: ...or a genetic test, a DNA test or a cheek swab offered free to seniors, Medicare's
#: beneficiaries or at a health fair: the scheme the HHS OIG's fraud alert describes (Fraud
#: Alert: Genetic Testing Scam, 2019, updated 3 June 2019: "free" cheek swabs offered to
#: Medicare beneficiaries at health fairs, booths at public events and door to door; checked
#: with the search tool, pages corpus, 2026-12-06)
_GENETIC_KIT = LazyPattern(
    r"\b(?:genetic|genomic|dna|hereditary|pharmacogenomic|pgx)\b|\bcheek\s+swabs?\b",
    re.IGNORECASE,
)
_TO_SENIORS = LazyPattern(
    r"\b(?:medicare|medicaid|seniors?|senior\s+centers?|beneficiar(?:y|ies)|health\s+fairs?"
    r"|community\s+events?|door[\s-]+to[\s-]+door)\b",
    re.IGNORECASE,
)


#: ...or to those who start care or service with the provider, sign on with it, come to it,
#: or to each new admission (or its family) — read only where what is given is cash, a cash
#: equivalent or an item plainly above nominal value (_CASH_LIKE, _COSTLY), since a toothbrush
#: may be nominal and a local ride safe-harboured (42 CFR §1001.952(bb)); E1 of the forty-ninth
#: round's second re-review, 2026-12-06: "Gift cards for patients who start care with us",
#: "$100 Visa card to each new admission's family", "Free TV for patients who sign on with us"
#: were read as nothing
_WHO_START = LazyPattern(
    r"\b(?:patients?|pts|families|family|seniors?|beneficiar(?:y|ies)|members?|residents?"
    r"|clients?|caregivers?)\s+(?:who|that)\s+(?:start(?:s|ed)?\s+(?:care|services?|hospice"
    r"|treatment|with\s+us)|sign(?:s|ed)?\s+on|(?:come|came|comes)\s+to\s+(?:us|our)\b"
    r"|join(?:s|ed)?\s+us)"
    r"|\bto\s+(?:each|every|all)\s+new\s+(?:admissions?|admits?|patients?)\b"
    r"|\bnew\s+(?:admissions?|admits?|patients?)['’]s?\s+famil",
    re.IGNORECASE,
)
#: ...unless the line pays someone who refers, or staff (the referral readings are theirs)
_NOT_THE_PATIENT = LazyPattern(
    r"\b(?:refer\w*|staff|employees?|reps?|liaisons?|physicians?|doctors?|facilit(?:y|ies))\b",
    re.IGNORECASE,
)
#: Cash or a cash equivalent (_CASH_LIKE above) is never of nominal value (HHS OIG Policy
#: Statement Regarding Gifts of Nominal Value to Medicare and Medicaid Beneficiaries, 7
#: December 2016: "not cash or cash equivalents"; checked with the search tool, pages corpus,
#: 2026-12-06); nor an item or a service plainly worth more than the $15 an item it allows:
#: a TV, a tablet, a trip, a weekend of respite, a spa day (E1 and E9 of the same re-review)
_COSTLY = LazyPattern(
    r"\b(?:tvs?|televisions?|ipads?|tablets?|laptops?|computers?|smart\s*phones?|iphones?"
    r"|recliners?|furniture|cruises?|vacations?|trips?|getaways?|weekends?|spa\s+days?"
    r"|respite|massages?|massage\s+therapy)\b",
    re.IGNORECASE,
)
#: ...or a dollar amount above it
_AMOUNT = LazyPattern(r"\$\s*(\d[\d,]*)")
_VALUE_CUES = ("card", "cash", "$", "tv", "tele", "ipad", "tablet", "laptop", "phone",
               "recliner", "furniture", "cruise", "vacation", "trip", "getaway", "weekend",
               "spa", "respite", "massage")  # fmt: skip


def _above_nominal(text: str) -> bool:
    """Whether a line gives cash or a cash equivalent (never nominal), an item plainly worth
    more than $15, or names an amount above $15 (HHS OIG, 7 December 2016)."""
    if _CASH_LIKE.search(text) or _COSTLY.search(text):
        return True
    return any(int(found.group(1).replace(",", "")) > 15 for found in _AMOUNT.finditer(text))


def gives_cash(text: str) -> bool:
    """Whether a line gives cash or a cash equivalent: a gift card, a Visa card,
    which the HHS OIG never reads as nominal (E9 of the forty-ninth round's second re-review)."""
    lowered = text.lower()
    if not ("card" in lowered or "cash" in lowered):
        return False
    return _CASH_LIKE.search(text) is not None


def gives_for_choosing(text: str) -> bool:
    """Whether a health-care line gives patients or their families something free for choosing
    the provider ("Free home health aide hours to families who elect hospice"), or offers free
    genetic tests, DNA tests or cheek swabs to seniors or Medicare's beneficiaries ("Free
    cancer genetic screening kits at senior health fairs (Medicare)"), whatever the line was
    read as: anything of value likely to influence a Medicare or Medicaid beneficiary to choose
    a provider is forbidden by the beneficiary-inducement law beyond nominal value (42 U.S.C.
    §1320a-7a(a)(5); HHS OIG Policy Statement Regarding Gifts of Nominal Value, 7 December
    2016: $15 an item, $75 a year). D2 of the forty-ninth round's re-review, 2026-12-06: once
    the vocabulary read 'home health aides' as cost of sales, the hospice's line lost the
    BA114 it had; D1 of the same re-review: the laboratory's free genetic kits were its only
    funded channel. A line that leaves the programmes' patients out is not read so."""
    lowered = text.lower()
    free = ("free" in lowered or "complimentary" in lowered or "no c" in lowered
            or "no-c" in lowered)  # fmt: skip
    chooses = "who" in lowered or "that" in lowered or "new " in lowered
    valued = chooses and any(cue in lowered for cue in _VALUE_CUES)
    if not (free or valued):
        return False  # most lines
    if _leaves_out(text):
        return False
    given = free and _FREE_GIVEN.search(text) is not None
    worth = valued and _above_nominal(text)
    if (given or worth) and _WHO_CHOOSE.search(text):
        # (E9 of the forty-ninth round's second re-review, 2026-12-06: "$50 gift cards for
        # families who elect hospice" names nothing free, and got the text for rewarding
        # patients who refer others)
        return True
    if worth and _WHO_START.search(text) and not _NOT_THE_PATIENT.search(text):
        return True  # (E1 of the same re-review)
    return bool(given and _GENETIC_KIT.search(text) and _TO_SENIORS.search(text))


#: The staff of a referral source who send patients to treatment, named as such: a hospital's
#: or a detox's social workers and case managers, discharge planners (T20 and T15 of the
#: forty-fifth review round, 2026-12-06: "Lunch-and-learns for hospital social workers and case
#: managers" was an IOP's one funded channel, and its $6,000 was charged to 15 patients who came
#: from Google); not the practice's own case managers, whose pay runs it
_REFERRING_STAFF = LazyPattern(
    r"\bdischarge\s+(?:planners?|planning|nurses?|coordinators?)\b"
    r"|\b(?:hospitals?|hospitals'|detox(?:es)?|er|ed|inpatient|referring|referral|psych(?:iatric)?"
    r"(?:\s+(?:unit|hospital)s?)?|units?|icu|snf"
    # ...and a dialysis centre's, whose patients' trips an ambulance or NEMT company is booked
    # for ("Per-trip fee to dialysis center social worker": AL1 of the fifty-first review
    # round, 2026-12-06)
    r"|dialysis(?:\s+(?:cent(?:er|re)s?|clinics?|units?|facilit(?:y|ies)))?)"
    r"\s+(?:social\s+workers?|case\s+managers?|sws?|cms?)\b"
    r"|\b(?:social\s+workers?|case\s+managers?)\s+(?:at|from|of|in)\s+(?:the\s+|local\s+|area\s+)?"
    r"(?:hospitals?|detox\w*|er|ed|inpatient|referring|psych|dialysis)\b"
    r"|\b(?:social\s+workers?|case\s+managers?)\s+(?:who|that)\s+refer\b",
    re.IGNORECASE,
)
#: A meal, a gift or an outing for them: what the Anti-Kickback Statute calls remuneration in
#: kind where it buys referrals (42 U.S.C. §1320a-7b(b))
_A_TREAT = LazyPattern(
    r"\b(?:lunch(?:es)?|dinners?|meals?|breakfasts?|brunch(?:es)?|cater\w*|happy\s+hours?"
    r"|drinks|golf|outings?|gifts?|baskets?|coffee|treats?|appreciation|thank[\s-]?yous?"
    # ...as a ledger abbreviates an appreciation ("ALF staff apprec lunches": D10 of the
    # forty-ninth round's re-review)
    r"|apprec\.?|pizza|donuts?|doughnuts?)\b",
    re.IGNORECASE,
)


def names_referrers_staff(name: str) -> bool:
    """Whether a line names the social workers, case managers or discharge planners of those
    who send patients (a hospital, a detox, a dialysis centre): someone else's employees, who
    may refer (AL1 of the fifty-first review round, 2026-12-06: paid per trip)."""
    lowered = name.lower()
    if not ("social" in lowered or "case" in lowered or "discharge" in lowered
            or " sw" in lowered or " cm" in lowered):  # fmt: skip
        return False  # most lines
    return _REFERRING_STAFF.search(name) is not None


def treats_referrers_staff(name: str) -> bool:
    """Whether a line gives the social workers, case managers or discharge planners of those
    who send patients (a hospital, a detox) a meal, a gift or an outing: where the
    Anti-Kickback Statute reaches the trade, referral cultivation that buys no referrals, as a
    lunch for referring physicians is (Q2 and R1 of the forty-fourth round)."""
    return names_referrers_staff(name) and _A_TREAT.search(name) is not None


#: The staff of a facility whose residents a hospice or a home-care agency serves, and which
#: sends it patients: an assisted living facility's, a nursing home's, a memory care's
_FACILITY_STAFF = LazyPattern(
    r"\b(?:alfs?|assisted\s+living(?:\s+(?:facilit(?:y|ies)|communit(?:y|ies)))?|nursing\s+homes?"
    r"|nursing\s+facilit(?:y|ies)|snfs?|skilled\s+nursing|memory\s+care|group\s+homes?"
    r"|senior\s+living)['’]?s?\s+(?:staff|nurses?|aides?|employees?|teams?|dons?|administrators?"
    r"|execs?|executive\s+directors?|directors?|cnas?|caregivers?|personnel"
    # ...and those there who book the residents' trips and appointments: a scheduler, a
    # coordinator, a discharge planner, a social worker or case manager, a clerk at the desk
    # ("Bonus to SNF scheduler for each ride booked": AM5 of the fifty-first round's
    # re-review, 2026-12-06; paid per trip, what 42 U.S.C. §1320a-7b(b)(2) reaches)
    r"|schedulers?|coordinators?|(?:discharge\s+)?planners?|social\s+workers?|case\s+managers?"
    r"|receptionists?|clerks?|front\s+desk)\b"
    r"|\b(?:staff|nurses?|aides?|employees?|teams?|cnas?|schedulers?|coordinators?|planners?"
    r"|receptionists?|clerks?)\s+(?:at|of|from|in)\s+(?:the\s+|local\s+"
    r"|area\s+)?(?:alfs?|assisted\s+living|nursing\s+homes?|snfs?|memory\s+care|senior\s+living)\b",
    re.IGNORECASE,
)
#: A hospice, a home health or home-care agency, palliative care: whose referrals come from the
#: facilities where its patients live
_IN_FACILITIES = LazyPattern(
    r"\bhospices?\b|\bhome\s+(?:health|care)\b|\bhomecare\b|\bpalliative\b", re.IGNORECASE
)


def cares_in_facilities(business: str, vertical: str | None) -> bool:
    """Whether a business is a hospice or a home-care agency, by its vertical or its name,
    whose referral sources include the facilities its patients live in (D10 of the forty-ninth
    round's re-review)."""
    if vertical == "home-care":
        return True
    lowered = business.lower()
    if not ("hospice" in lowered or "home" in lowered or "palliative" in lowered):
        return False
    return _IN_FACILITIES.search(business) is not None


#: A company that carries patients: an ambulance service, a non-emergency medical
#: transportation (NEMT) or wheelchair-van company, whose trips the staff of nursing homes,
#: hospitals and dialysis centres book (AL1 of the fifty-first review round, 2026-12-06)
_CARRIES_PATIENTS = LazyPattern(
    r"\b(?:ambulances?|nemt|medical\s+(?:transport\w*|transit|rides?)|wheelchair\s+(?:vans?"
    r"|transport\w*)|stretcher\s+(?:vans?|transport\w*)|para[\s-]?transit|medicab|medi[\s-]?vans?"
    r"|non[\s-]?emergency\s+(?:medical\s+)?transport\w*)\b",
    re.IGNORECASE,
)


def carries_patients(business: str) -> bool:
    """Whether a business's name says it is an ambulance or a non-emergency medical
    transportation company (AL1 of the fifty-first review round, 2026-12-06), whose referral
    sources are the staff of the facilities its riders live in or are treated at: the HHS OIG's
    Compliance Program Guidance for Ambulance Suppliers (2003) names gifts and payments to
    them among the ambulance risk areas."""
    lowered = business.lower()
    if not ("amb" in lowered or "nemt" in lowered or "transp" in lowered or "transit" in lowered
            or "van" in lowered or "ride" in lowered or "medicab" in lowered):  # fmt: skip
        return False
    return _CARRIES_PATIENTS.search(business) is not None


#: A discount, a rebate or a price below cost or market (AL2 of the fifty-first review round,
#: 2026-12-06)...
_A_DISCOUNT = LazyPattern(
    r"\b(?:discount\w*|rebates?|reduced\s+(?:rates?|prices?|fees?)|below[\s-](?:cost|market)"
    r"|cut[\s-]rates?|free)\b",
    re.IGNORECASE,
)
#: ...given in exchange for referrals or for the business a federal programme pays ("its Part
#: B referrals"), or on Part A trips beside Part B ones
_FOR_REFERRALS = LazyPattern(
    r"\b(?:in\s+exchange\s+for|in\s+return\s+for|tied\s+to|conditioned\s+on|to\s+(?:win|get"
    r"|secure|keep))\b[^;]*\b(?:referrals?|part\s+b|medicare|medicaid)\b"
    r"|\bpart\s+a\b[^;]*\bpart\s+b\b",
    re.IGNORECASE,
)


def swaps_discounts(name: str) -> bool:
    """Whether a health-care line gives a facility a discount on the business it pays for
    itself in exchange for referrals, or for the business Medicare or Medicaid pays: the
    "swapping" the HHS OIG has called remuneration under the Anti-Kickback Statute (42 U.S.C.
    §1320a-7b(b)). AL2 of the fifty-first review round, 2026-12-06: an ambulance company's
    "Discount on Part A ambulance trips to nursing home in exchange for its Part B referrals"
    was contra-revenue, and BA107 asked that it be split. The OIG's Advisory Opinion 99-2 (26
    February 1999: discounted ambulance services to skilled nursing facilities' Part A
    residents might be prohibited remuneration where one purpose is to induce the referral of
    federal business), Advisory Opinion 10-26 (28 December 2010: below-cost rates to nursing
    facilities), and its Supplemental Compliance Program Guidance for Nursing Facilities (73 Fed.
    Reg. 56832, 30 September 2008: no link, explicit or implicit, between a discount on business
    the facility pays for and its referral of federal business); checked with the search tool,
    pages corpus (the OIG's own copy of 99-2; summaries by JEMS, Page Wolfberg & Wirth and
    HealthBlawg), 2026-12-06. The discount safe harbour is 42 CFR §1001.952(h); the subparagraph
    the reviewer recalled for swapping was not verified, so none is cited."""
    lowered = name.lower()
    if not ("disc" in lowered or "rebate" in lowered or "reduced" in lowered
            or "below" in lowered or "cut" in lowered or "free" in lowered):  # fmt: skip
        return False  # most lines
    if not ("refer" in lowered or "part" in lowered or "medic" in lowered):
        return False
    return _A_DISCOUNT.search(name) is not None and _FOR_REFERRALS.search(name) is not None


_FACILITY_CUES = ("alf", "assisted", "nursing", "snf", "memory", "group home", "senior living")


def names_facility_staff(name: str) -> bool:
    """Whether a line names the staff of an assisted living facility, a nursing home or a memory
    care ("ALF staff", "nurses at the nursing home"): someone else's employees, who may refer."""
    lowered = name.lower()
    if not any(cue in lowered for cue in _FACILITY_CUES):
        return False  # most lines
    return _FACILITY_STAFF.search(name) is not None


def treats_facility_staff(name: str) -> bool:
    """Whether a line gives the staff of an assisted living facility, a nursing home or a
    memory care a meal, a gift or an outing ("6410 ALF staff apprec lunches"): for a hospice
    or a home-care agency, remuneration to a referral source, which the Anti-Kickback Statute
    reaches (42 U.S.C. §1320a-7b(b)) and the HHS OIG's fraud alert on hospices names ("free
    goods or goods at below fair market value to induce a nursing home to refer patients":
    Special Fraud Alert, Fraud and Abuse in Nursing Home Arrangements with Hospices, March
    1998, 63 Fed. Reg. 20415; checked with the search tool, pages corpus). D10 of the
    forty-ninth round's re-review, 2026-12-06: the line was an acquisition line with no word
    said, where "Gift cards for nursing home staff who refer" was BA114's."""
    if not names_facility_staff(name):
        return False
    # ...a treat the line names, not one it denies: "In-service education for ALF staff (open
    # to all facilities, no meals)" gives none (E6 of the forty-ninth round's second
    # re-review, 2026-12-06; read as "no 7216 consent" is, core.negation)
    return any(
        _TREAT_DENIED.search(name[max(0, found.start() - 12) : found.start()]) is None
        for found in _A_TREAT.finditer(name)
    )


#: A negation just before a treat: "no meals", "without gifts", "w/o food"
_TREAT_DENIED = LazyPattern(r"\b(?:no|not|never|without|w/o)(?:\s+any)?[\s-]*$", re.IGNORECASE)


# Payments a hospice or a laboratory makes to those who send it patients or specimens, in the
# forms the HHS OIG's fraud alerts name (G1 and G2 of the forty-ninth review round, 2026-12-06:
# a hospice's room and board paid to nursing facilities above the Medicaid rate and its medical
# director paid per patient certified; a laboratory's per-specimen fee to physician practices,
# a free phlebotomist in a doctor's office, rent for a referring physician's space it does not
# use, and dividends to physicians who invest and refer, all passed). BA114 says which law.

#: Where a medical profile is a clinical laboratory: its business's name says so
#: (``model.verticals.names_a_laboratory``), or its lines or sources name specimens or
#: toxicology (a practice that buys laboratory work names a lab, not its specimens' price)
_LAB_LINES = LazyPattern(r"\b(?:specimens?|toxicology|laborator(?:y|ies))\b", re.IGNORECASE)


def runs_a_laboratory(business: str, texts: Iterable[str]) -> bool:
    """Whether a medical profile is a clinical laboratory, which EKRA reaches whoever pays for
    the test (18 U.S.C. §220(a); a laboratory as 42 U.S.C. §263a defines it, §220(e)(4)):
    ``business``, its name; ``texts``, its lines' and sources' names."""
    if names_a_laboratory(business):
        return True
    return any(
        ("specimen" in (low := text.lower()) or "toxicolog" in low or "laborator" in low)
        and _LAB_LINES.search(text)
        for text in texts
    )


#: Room and board paid to a nursing facility for a hospice's patients...
_ROOM_AND_BOARD = LazyPattern(r"\broom\s*(?:and|&|n|\+)\s*board\b|\br\s*&\s*b\b", re.IGNORECASE)
#: ...above what Medicaid would have paid it ("above Medicaid rate", "over the state rate")
_ABOVE_MEDICAID = LazyPattern(
    r"\b(?:above|over|exceed\w*|in\s+excess\s+of|more\s+than|higher\s+than|on\s+top\s+of"
    r"|plus)\s+(?:the\s+)?(?:state(?:'s)?\s+)?(?:medicaid|state)\b",
    re.IGNORECASE,
)
#: A medical director, paid per patient certified, admitted or referred ("Medical director
#: paid per patient certified", "Med dir fee $100 per certification")
_DIRECTOR = LazyPattern(r"\b(?:medical|med\.?)\s+dir(?:ectors?|s)?\b", re.IGNORECASE)
_PER_CERTIFIED = LazyPattern(
    r"\b(?:per|each|every|for\s+each|for\s+every)\s+(?:\w+\s+){0,2}?(?:certifications?"
    r"|re-?certifications?|certified|admissions?|admits?|admitted|referrals?|referred|elections?"
    r"|patients?\s+(?:certified|admitted|referred|enrolled))\b",
    re.IGNORECASE,
)
#: The one paid is a referring physician or practice: a physician, a doctor, their practice or
#: office, named ("Dr. Patel's office")
_PHYSICIANS = LazyPattern(
    r"\b(?:physicians?|physicians'|doctors?|doctors'|practices?|dr\.?\s+\w+|drs?\.?"
    r"|referring|referral\s+sources?|ordering\s+(?:providers?|physicians?))\b",
    re.IGNORECASE,
)
#: ...paid to collect, process, handle or package specimens, or per specimen (HHS OIG, Special
#: Fraud Alert: Laboratory Payments to Referring Physicians, 25 June 2014, 79 Fed. Reg. 40115:
#: "specimen processing arrangements", paid per specimen or per patient encounter)
_SPECIMEN_FEE = LazyPattern(
    r"\b(?:processing|handling|collection|draw|packag\w*|specimen)\s+(?:and\s+\w+\s+)?"
    r"(?:fees?|payments?|stipends?|reimbursements?)\b"
    r"|\b(?:per|each|every|for\s+each)\s+(?:\w+\s+)?(?:specimens?|samples?|draws?|swabs?)\b",
    re.IGNORECASE,
)
#: ...or given staff free, in their office (the OIG's Special Fraud Alert on Arrangements for
#: the Provision of Clinical Laboratory Services, December 1994, reprinted 59 Fed. Reg. 65372).
#: Its own name: as a second `_FREE` it had replaced, for the whole module, the pattern of care
#: given free or waived that gives_free_care and bills_what_is_free read
_STAFF_FREE = LazyPattern(
    r"\b(?:free|complimentary|no[\s-]+(?:cost|charge)|at\s+no\s+(?:cost|charge)|donated)\b",
    re.IGNORECASE,
)
_STAFF_PLACED = LazyPattern(
    r"\b(?:phlebotomists?|phlebotomy|specimen\s+collectors?|medical\s+assistants?|nurses?"
    r"|staff(?:ing)?|employees?|technicians?|techs?|mas?)\b",
    re.IGNORECASE,
)
_IN_OFFICE = LazyPattern(
    r"\b(?:in|at|to|inside)\s+(?:[\w.]+['’]?s?\s+){0,3}?(?:offices?|practices?|clinics?)\b",
    re.IGNORECASE,
)
#: ...or rent for a referring physician's space the business does not use, or above its value
_RENT = LazyPattern(r"\b(?:leases?|leased|rent(?:al|s)?|space|sublease)\b", re.IGNORECASE)
_SHAM = LazyPattern(
    r"\b(?:no\s+space\s+used|not\s+used|unused|never\s+used|no\s+use|not\s+occupied"
    r"|unoccupied|above\s+(?:fair\s+)?market(?:\s+value)?|above\s+fmv|over\s+fmv"
    r"|per\s+(?:specimen|referral|test|patient))\b",
    re.IGNORECASE,
)
#: ...or returns to physicians who invest and refer ("Dividends to physician-investors
#: (referring)")
_RETURNS = LazyPattern(
    r"\b(?:dividends?|distributions?|returns?\s+(?:to|on)|profit[\s-]+shar\w*|profits?\s+(?:to|paid))\b",
    re.IGNORECASE,
)
_INVESTORS = LazyPattern(
    r"\b(?:physicians?|doctors?|drs?\.?)[\s-]+(?:investors?|owners?|shareholders?|partners?"
    r"|members?)\b|\b(?:investors?|owners?|shareholders?)\b(?=[^;]*\b(?:physicians?|doctors?"
    r"|referr\w*|prescrib\w*)\b)",
    re.IGNORECASE,
)
#: ...and the business's own employees' pay is none of these
_OWN_STAFF = LazyPattern(r"\bw-?2\b|\bemployees?\b|\bon\s+payroll\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of medical lines only, whose names recur across a batch
def pays_referral_sources(name: str) -> str | None:
    """What a medical line pays those who send the business patients or specimens, in a form
    the HHS OIG names, or None (G1 and G2 of the forty-ninth review round, 2026-12-06):
    - ``"room-and-board"``: room and board paid to a nursing facility above what Medicaid
      would pay it (Special Fraud Alert: Fraud and Abuse in Nursing Home Arrangements with
      Hospices, March 1998, reprinted 63 Fed. Reg. 20415, 24 April 1998);
    - ``"director"``: a medical director paid per patient certified, admitted or referred
      (the certification of terminal illness Medicare pays hospice care on, 42 CFR §418.22(c);
      not set by volume or value of referrals, 42 CFR §1001.952(d));
    - ``"specimen-fee"``: a fee to referring physicians or their practices for collecting,
      processing or handling specimens, or per specimen (Special Fraud Alert: Laboratory
      Payments to Referring Physicians, 25 June 2014, 79 Fed. Reg. 40115);
    - ``"free-staff"``: a phlebotomist or other staff placed free in a physician's office
      (Special Fraud Alert on Arrangements for the Provision of Clinical Laboratory Services,
      December 1994, reprinted 59 Fed. Reg. 65372: not unlawful in itself, but a benefit to
      the physician where they do more than collect the laboratory's own specimens; asked);
    - ``"lease"``: rent for a referring physician's space not used or above its value (the
      space rental safe harbour, 42 CFR §1001.952(b); Stark's rental exception, 42 CFR
      §411.357(a));
    - ``"investors"``: dividends or returns to physicians who invest and refer (the Stark
      Law's ownership rule, 42 U.S.C. §1395nn(a)(1), where the business furnishes designated
      health services; asked);
    - ``"services"``: a fee for marketing or other services paid to a physicians' group
      (:func:`pays_physicians_for_services`: AX2 of the fifty-sixth round's review)."""
    lowered = name.lower()
    if pays_physicians_for_services(name):
        return "services"
    if (
        ("board" in lowered or "r&b" in lowered or "r & b" in lowered)
        and _ROOM_AND_BOARD.search(name)
        and _ABOVE_MEDICAID.search(name)
    ):
        return "room-and-board"
    if "dir" in lowered and _DIRECTOR.search(name) and _PER_CERTIFIED.search(name):
        return None if _OWN_STAFF.search(name) else "director"
    if not ("phys" in lowered or "doc" in lowered or "dr" in lowered or "practic" in lowered
            or "referr" in lowered or "ordering" in lowered):  # fmt: skip
        return None  # most lines
    if _PHYSICIANS.search(name) is None:
        return None
    if _SPECIMEN_FEE.search(name):
        return "specimen-fee"
    if _STAFF_FREE.search(name) and _STAFF_PLACED.search(name) and _IN_OFFICE.search(name):
        return "free-staff"
    if _RENT.search(name) and _SHAM.search(name):
        return "lease"
    # (...or who prescribe: "Distributions to physician-owners who prescribe" passed at a
    # compounding pharmacy, K1 of the fiftieth review round, 2026-12-06; outpatient
    # prescription drugs are a designated health service, 42 U.S.C. §1395nn(h)(6)(J))
    if (
        _RETURNS.search(name)
        and _INVESTORS.search(name)
        and ("refer" in lowered or "prescrib" in lowered)
    ):
        return "investors"
    return None


#: A physicians' group by its name, as a practice's ledger names the one it pays: "Ortho
#: Associates", "Orthopedic Group", "Valley Medical Group", "Physicians Partners", "Spine
#: Specialists" (AW7 of the fifty-fifth round's review, 2026-12-07: a physical-therapy
#: clinic's "6015 Marketing fee to Ortho Associates ($40/referred patient)" was read as a
#: reward to patients, BA114 quoted their $15 nominal value, and the line was a channel of its
#: own beside the 620 "orthopedic referrals" it pays for). Not "physician associates", who are
#: a practice's own staff. A regular expression's text, searched case-insensitively
PHYSICIAN_GROUP = (
    r"\b(?:ortho(?:pa?edics?)?|orthopa?edic|medical|surgical|spine|sports\s+medicine"
    r"|primary\s+care|family\s+(?:medicine|practice)|internal\s+medicine|multi-?specialty"
    r"|cardiology|neurology|pcp)\s+(?:associates|groups?|partners|specialists|physicians"
    r"|surgeons|institute)\b"
    r"|\bphysicians?\s+(?:groups?|partners)\b"
)
#: ...or a physician by title or specialty ("Dr. Lee ENT", "referring PCPs"; not "MD", which
#: is Maryland as often: J11 of the forty-first round's re-review)
_PHYSICIAN_PAYEE = LazyPattern(
    r"\b(?:physicians?|doctors?|dr|drs|pcps?|surgeons?|ent|orthopa?edists?|cardiologists?"
    r"|dermatologists?|neurologists?|podiatrists?|ophthalmologists?|otolaryngologists?"
    r"|rheumatologists?|physiatrists?)\b|" + PHYSICIAN_GROUP,
    re.IGNORECASE,
)
#: ...paid a price for each patient or referral: "$40/referred patient", "$100 per patient
#: referred", "per referral"
_PER_REFERRED = LazyPattern(
    r"(?:[$]\s?\d[\d.,]*\s*(?:/|per\s+|a\s+|an\s+|each\s+)|\b(?:per|each|every|for\s+each"
    r"|for\s+every)\s+)(?:new\s+)?(?:referred\s+)?(?:patients?|pts?|referrals?)\b",
    re.IGNORECASE,
)
#: ...where the one paid is the physician, not a liaison, a marketer or a company that sends
#: them, nor the practice's own staff (their pay is the employee exception's), nor a patient
#: who refers
_NOT_THE_PHYSICIAN = LazyPattern(
    r"\b(?:liaisons?|marketers?|marketing\s+(?:compan(?:y|ies)|firms?|agenc(?:y|ies))|reps?"
    r"|representatives?|recruiters?|coordinators?|staff|employees?|w-?2|payroll|1099"
    r"|contractors?|our|own|patients?\s+who|friends?|famil(?:y|ies))\b",
    re.IGNORECASE,
)


def pays_physicians_per_referral(name: str) -> bool:
    """Whether a line pays a physician or a physicians' group a price for each patient they
    refer ("Marketing fee to Ortho Associates ($40/referred patient)", "Dr. Lee ENT - $100 per
    patient referred"): set by the volume of referrals, which no safe harbour of the
    Anti-Kickback Statute covers (42 CFR §1001.952(d)) and, where the practice furnishes
    designated health services, no compensation exception of the Stark Law (42 CFR §411.357);
    BA114 quotes the rule on paying those who refer, never a patient's nominal value (AW7 of
    the fifty-fifth round's review, 2026-12-07)."""
    lowered = name.lower()
    if "refer" not in lowered:
        return False  # most lines
    return bool(
        _PER_REFERRED.search(name)
        and _PHYSICIAN_PAYEE.search(name)
        and not _NOT_THE_PHYSICIAN.search(name)
    )


#: An agreement or a fee for marketing or other services, as a practice's ledger names what it
#: pays a physicians' group: "Marketing services agreement", "co-marketing agreement",
#: "marketing fee", "consulting agreement", "management services agreement", "services
#: agreement", "MSA" (AX2 of the fifty-sixth round's review, 2026-12-07)
_SERVICES_PAID = LazyPattern(
    r"\bco-?\s?marketing\b"
    r"|\bmarketing\s+(?:services?|agreements?|fees?|support|partnerships?|stipends?"
    r"|arrangements?|contracts?|retainers?)\b"
    r"|\b(?:(?:professional|personal|consulting|administrative|management)\s+)?"
    r"services?\s+(?:agreements?|fees?|contracts?|arrangements?)\b"
    r"|\bconsulting\s+(?:fees?|agreements?|contracts?|arrangements?)\b|\bmsa\b",
    re.IGNORECASE,
)
#: ...paid to a physicians' group by its name ("Lakeside Orthopedic Group", "Valley Medical
#: Group") or to the physicians who refer
_SERVICES_PAYEE = LazyPattern(
    PHYSICIAN_GROUP
    + r"|\breferring\s+(?:physicians?|doctors?|surgeons?|practices?|providers?|groups?)\b",
    re.IGNORECASE,
)
#: ...not the practice's own agency, consultant or vendor that markets it to physicians
#: ("Marketing services - agency", "Physician marketing agency - Orthopedic Group campaign"),
#: nor its liaison or own staff
_SERVICES_NOT_PHYSICIANS = LazyPattern(
    r"\b(?:agency|agencies|vendors?|consultants?|freelancers?|liaisons?|staff|employees?"
    r"|w-?2|payroll|our|own|seo|website|software|subscription|received|income|from)\b",
    re.IGNORECASE,
)


def pays_physicians_for_services(name: str) -> bool:
    """Whether a line pays a physicians' group, or the physicians who refer, a fee for
    marketing or other services ("Marketing services agreement - Lakeside Orthopedic Group",
    "Co-marketing agreement - Valley Medical Group"): a financial relationship with those
    who refer, which only a written arrangement at fair market value for services actually
    rendered, not set by the volume or value of referrals, may leave lawful (the Anti-Kickback
    Statute's personal services safe harbour, 42 CFR §1001.952(d); where the practice furnishes
    designated health services, the Stark Law's personal service arrangements exception, 42
    CFR §411.357(d)). A physical-therapy practice's $36,000 "marketing services agreement"
    with the orthopaedic group that sent 650 of its 1,570 new patients raised nothing, and was
    a channel of its own (AX2 of the fifty-sixth round's review, 2026-12-07). Not the
    practice's own marketing agency or a plain "Marketing services - agency" retainer."""
    lowered = name.lower()
    if not any(cue in lowered for cue in ("servic", "marketing", "consult", "msa")):
        return False  # most lines
    return bool(
        _SERVICES_PAID.search(name)
        and _SERVICES_PAYEE.search(name)
        and not _SERVICES_NOT_PHYSICIANS.search(name)
        # (a price per referred patient is the per-referral fee's, whatever it is called:
        # "Marketing fee to Ortho Associates ($40/referred patient)", AW7 of the fifty-fifth
        # round's review)
        and not _PER_REFERRED.search(name)
    )


#: What the rules say besides of a fee for marketing or other services paid to a physicians'
#: group that refers patients (pays_physicians_for_services; AX2 of the fifty-sixth round's
#: review). Checked with the search tool on 2026-12-07: the personal services and management
#: contracts safe harbour (42 CFR §1001.952(d)): a written agreement for at least a year, the
#: services specified, pay at fair market value not varying with the volume or value of
#: referrals, and, since the OIG's rule of 20 November 2020 (effective 19 January 2021), the
#: method of pay set in advance rather than the aggregate (the OIG's 1991-1994 safe harbour
#: texts and a law firm's note on the 2020 rule, pages corpus). The Stark Law's personal
#: service arrangements exception: in writing, signed, the services specified, pay set in
#: advance, consistent with fair market value and not determined in any manner that takes
#: into account the volume or value of referrals (a health-law firm's page on the exception,
#: and the CFR's §411.357 as Cornell's LII prints it; the paragraph's letter, (d), is the one
#: this module has quoted since the twenty-third round, not read again in the rule's own text
#: today). Stark's sanctions, read in 42 U.S.C. §1395nn as Cornell's LII prints it: no
#: payment may be made for a designated health service provided in violation of subsection
#: (a)(1) (§1395nn(g)(1)), and a person who collected amounts billed in violation must refund
#: them on a timely basis (§1395nn(g)(2)). The 60-day rule: an overpayment must be reported
#: and returned within 60 days after it is identified (42 U.S.C. §1320a-7k(d), section
#: 1128J(d) of the Social Security Act, added by §6402(a) of the Affordable Care Act, 2010;
#: the Statutes at Large and CMS's final rule, 81 Fed. Reg. 7653, 12 February 2016)
SERVICES_FEE = (
    " A fee for marketing or other services paid to those who refer, or to their group, is "
    "remuneration to a referral source: the Anti-Kickback Statute's safe harbour for personal "
    "services protects it only in a written agreement of at least a year, for services "
    "actually needed and rendered, its method of pay set in advance, at fair market value, "
    "and not determined by the volume or value of referrals (42 CFR §1001.952(d)); marketing "
    "a practice by those who send it patients is hard to tell apart from paying for the "
    "patients."
)
SERVICES_FEE_STARK = SERVICES_FEE + (
    " Paid to a physicians' group, it is also a compensation arrangement under the Stark "
    "Law, which forbids their referrals for designated health services unless an exception "
    "is met in full, whatever was intended: the personal service arrangements exception (42 "
    "CFR §411.357(d)) asks for a signed writing that specifies the services, pay set in "
    "advance, no more than fair market value, and not determined in any manner that takes "
    "into account the volume or value of referrals. Where it is not met, no payment may be "
    "made for the services so referred (42 U.S.C. §1395nn(g)(1)), amounts collected must be "
    "refunded (§1395nn(g)(2)), and an overpayment must be reported and returned within 60 "
    "days of being identified (42 U.S.C. §1320a-7k(d)): claims already billed for the "
    "group's patients may be owed back, not only the next payment stopped."
)

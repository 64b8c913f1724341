"""The business's own people, named as another trade's referrers are (the fifty-seventh round,
part k, 2026-12-07).

The classifier reads a gift to those who send customers as cultivating referrals, and
``core.metrics`` reads a gift, a bonus or a price paid to them as what BA114 warns about. Some
of the words that name referrers in one trade name the business's own people in another:

- "chiropractic office staff" send a personal-injury firm or a physical-therapy clinic its
  patients (AX1 of the fifty-sixth round's review); in a chiropractor's own books they are its
  own front desk and assistants, and "Holiday gift cards - chiropractic office staff" is a
  thank-you to its staff, a staff cost (operations);
- "insurance agents" send a collision shop their insureds' claims (AX6); an insurance
  agency's agents and producers are its own salespeople, so its "Gift cards - insurance
  agents" is a staff gift (operations) and its "Agent incentive trips" and "Producer
  bonuses" are what it pays them to sell (sales/convert), as the build part labels "Top
  producer trip - Cancun";
- "tow drivers" send a repair shop the cars they tow (Cal. Vehicle Code §12110(c)); a towing
  company's drivers are its own crew, whose wages are the tows' job labour (AL8 of the
  fifty-first round), so its "Driver holiday gift cards" is a staff gift (operations) and its
  "Driver safety bonus" is their pay (cost of sales, as their wages are). The law a towing
  company's payments are read by says as much: §12110(a) forbids a towing service to give
  anything for arranging or requesting a tow, and "'arranging' does not include the
  activities of employees or principals of a provider of towing services in responding to a
  request for towing services" (the text read with the search tool, pages corpus, in the
  copies of §12110 on defend-me.com and statutes.laws-info.com, 2026-12-07). What it pays
  another business's people for the tows (an apartment complex's manager, a lot's guard) or
  takes from body shops stays what core.towing reads it as.

Each reading is the declared trade's (a towing company's by its name: ``core.towing``), and
each gives way to a word that says the people are another business's: "referring", "other",
"partner", a possessive, a price per referral or per patient (not a tow crew's pay per tow),
or a trade that refers (a realtor, a lender, a body shop, an apartment manager). A line whose
kind the profile states is left as stated (``core.metrics``).
"""

from __future__ import annotations

import re
from typing import Literal

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "LENDERS_SEND",
    "OWN_TRADES",
    "Own",
    "lenders_people",
    "own_people",
    "referrers_staff_paid",
    "why",
]

#: The trades whose own people a referrer's word may name: the verticals' ids, and "towing"
#: for a towing company (declared `auto-repair`, told by its name: core.towing)
OWN_TRADES = frozenset({"chiropractic", "insurance-agency", "towing"})

#: A reading of a line that names the business's own people: (category, purpose, whom), the
#: words that name them
Own = tuple[Literal["operations", "sales", "cost-of-sales"], Literal["convert"] | None, str]

#: Words that say the people are another business's, or paid for what they send: the line
#: keeps the referrers' reading
_ANOTHERS = LazyPattern(
    r"\b(?:referr\w*|refer|refers|who\s+send|other|outside|partner\w*|independent|area|local"
    r"|neighbou?ring|nearby|their|third[\s-]party|kickbacks?|for\s+referrals?"
    # ...or a line that names those the business serves or those who send them, whom its
    # people give the gift to ("Agent holiday cards to clients", "Producer client gifts" keep
    # clients; "Chiropractic staff lunch with PI attorneys" cultivates them)
    r"|clients?|customers?|patients?|prospects?|policy\s*holders?|insureds?|households?"
    r"|homeowners?|families|members?|attorneys?|lawyers?|physicians?|doctors?|realtors?"
    r"|lenders?|vendors?)\b",
    re.IGNORECASE,
)
#: ...or a price for each customer sent, a referrer's price (not a tow crew's pay per tow)
_PER_SENT = LazyPattern(
    r"\bper\s+(?:new\s+)?(?:referrals?|patients?|clients?|leads?|cases?|cars?|vehicles?|calls?"
    r"|households?|policy\s+referred)\b|\beach\s+(?:referral|patient|client|lead|case)\b",
    re.IGNORECASE,
)

# -- a chiropractor's own staff ----------------------------------------------------------------

#: The staff of a chiropractic office, clinic or practice, as AX1's referrer words name them
#: ("chiropractic office staff", "chiropractic staff", "chiro clinic team")
_CHIRO_STAFF = LazyPattern(
    r"\b(?:chiropractic|chiro)\s+(?:(?:front\s+)?(?:office|clinic|practice)\s+)?(?:staff|team"
    r"|employees?|crew|assistants?)\b",
    re.IGNORECASE,
)
#: ...the staff of several offices, or of one the line names as someone's, is others' ("staff
#: at chiropractic offices", "Dr. Lee's chiropractic office staff")
_OFFICES = LazyPattern(
    r"\b(?:offices|clinics|practices)\b|\b(?:at|of|from)\s+|[a-z](?:'s|s')(?=\s)", re.IGNORECASE
)

# -- an insurance agency's own agents and producers --------------------------------------------

#: Its agents and producers: "insurance agents", "agent", "producers", "top producer"
_AGENTS = LazyPattern(
    r"\b(?:(?:insurance\s+)?agents?|agt|agts|producers?)\b",
    re.IGNORECASE,
)
#: ...not the agents of a trade that refers to an agency, nor those who sell for another
_OTHER_AGENTS = LazyPattern(
    r"\b(?:real[\s-]?estate|realtors?|listing|buyers?|mortgage|lenders?|loan|title|escrow"
    r"|dealers?|dealerships?|travel|sub-?producers?|sub-?agents?|captive|1099"
    r"|contract(?:ed|ors?)?|carriers?|mga|wholesal\w*|leasing|rental|booking)\b",
    re.IGNORECASE,
)
#: What an agency pays its agents to sell: a bonus, an incentive, a trip, a contest, an award
_SELLING_PAY = LazyPattern(
    r"\b(?:bonus(?:es)?|incentives?|trips?|contests?|awards?|prizes?|spiffs?|commissions?"
    r"|comp|compensation|quota|draws?|club|cruise)\b",
    re.IGNORECASE,
)

# -- a towing company's own drivers ------------------------------------------------------------

#: Its drivers and wrecker operators: "driver", "tow drivers", "wrecker operators", "drvrs"
#: (an operator alone may be a dispatcher's, overhead)
_DRIVERS = LazyPattern(
    r"\b(?:(?:tow(?:[\s-]?truck)?|wrecker|rollback|flatbed)\s+(?:drivers?|drvrs?|operators?)"
    r"|drivers?|drvrs?)\b",
    re.IGNORECASE,
)
#: ...not another business's staff who call in the tows or take the wrecks, nor money from
#: body shops to the drivers (``core.towing.paid_by_repair_shops``, asked), nor a driver paid
#: for something else than its own work (a repair shop's tow driver)
_OTHER_DRIVERS = LazyPattern(
    r"\b(?:body|repair|collision|auto)\s+shops?\b|\b(?:apartments?|property|properties|lots?"
    r"|hoas?|managers?|landlords?|owners?|guards?|attendants?|police|dealers?|dealerships?"
    r"|from)\b",
    re.IGNORECASE,
)
#: Their pay: a bonus, an incentive or a spiff ("Driver safety bonus", "Wrecker operator
#: bonuses", "Tow driver spiffs": the fifty-seventh round, part k2, 2026-12-07, read as a repair
#: shop's spiffs to the tow drivers who bring it cars, and BA114 warned)
_DRIVER_PAY = LazyPattern(
    r"\b(?:bonus(?:es)?|incentives?|commissions?|spiffs?|spifs?)\b", re.IGNORECASE
)

#: A gift, as a staff gift is named: a gift or a gift card, a card by its brand, baskets, a
#: lunch, a party, appreciation; not a card alone (business cards, holiday cards sent out)
_GIFTED = LazyPattern(
    r"\b(?:gifts?|baskets?|hampers?|thank[\s-]?you|appreciation|lunch(?:es)?|dinners?"
    r"|breakfasts?|parties|party|celebrations?|treats?|bbq|cookout|pizza|turkeys?|hams?)\b"
    r"|\b(?:visa|amex|mastercard|starbucks|amazon|target|walmart|prepaid|restaurant|dining"
    r"|coffee|gas|home\s+depot|lowe'?s|costco)\s+cards?\b",
    re.IGNORECASE,
)


# -- a lender's loan officers, who send an insurance agency or a real-estate brokerage buyers -----

#: The trades to which lenders send their borrowers, in whose books a loan officer is another
#: business's: an insurance agency, which writes the homeowner's policy a loan needs (the
#: fifty-seventh round, part k2, 2026-12-07: its "Gift cards - loan officers" read as its own
#: selling by 'loan officer'); not a mortgage business's, whose loan officers are its own
#: sellers, nor a real-estate team's, which may have its own (test_review56i: a team's gift
#: reads as cultivating them where the line says they refer)
LENDERS_SEND = frozenset({"insurance-agency"})

#: A lender's loan officers, as a line names them
_LOAN_OFFICERS = LazyPattern(
    r"\b(?:(?:mortgage\s+)?loan\s+(?:officers?|originators?)|mortgage\s+(?:los?|officers?"
    r"|originators?|consultants?|reps?)|lo\s+partners?)\b",
    re.IGNORECASE,
)
#: ...unless the line says they are the business's own (an affiliated lender's loan officer on
#: its payroll), or pays them as its staff are paid
_OURS = LazyPattern(
    r"\b(?:our|own|in[\s-]?house|affiliated|salar(?:y|ies)|wages?|payroll|w-?2|commissions?"
    r"|comp|compensation|draws?|bonus(?:es)?|licens\w*|recruit\w*|hiring)\b",
    re.IGNORECASE,
)


def lenders_people(trade: str, name: str) -> str | None:
    """The words that name a lender's loan officers where a line of a business of ``trade``
    gives them a gift, a meal or a thank-you (one of :data:`LENDERS_SEND`): they send it the
    borrowers whose homes it insures, so the line cultivates referrals, however the
    general vocabulary reads "loan officer" (a mortgage business's own sellers); None where
    the line names none, gives them nothing, or says they are the business's own."""
    if trade not in LENDERS_SEND:
        return None
    lowered = name.lower()
    if "loan" not in lowered and "mortgage" not in lowered and "lo partner" not in lowered:
        return None  # most lines
    officers = _LOAN_OFFICERS.search(name)
    if officers is None or _OURS.search(name) or not _GIFTED.search(name):
        return None
    return officers.group(0)


# -- another practice's staff, paid for each patient they send ---------------------------------

#: The staff of an office that sends patients, as a line names them: of a "referring" office,
#: of an office named by the practice that refers ("chiropractic office staff", "PCP office
#: staff", "ortho office MAs"), or of a doctor named as someone ("Dr. Smith's front desk")
_OFFICE_KINDS = (
    r"chiropractic|chiro|chiropractors?'?|ortho|orthopa?edic|orthopedists?'?|pcp|pcps'?"
    r"|primary\s+care|physicians?'?|doctors?'?|drs?\.?|pediatric|pediatricians?'?"
    r"|podiatry|podiatrists?'?|ob[\s/-]?gyn|family\s+(?:practice|medicine)|internal\s+medicine"
    r"|urgent\s+care|sports\s+med(?:icine)?|pain\s+(?:management|clinic)|neuro(?:logy)?"
    r"|surgeons?'?|surgical|ent|gp|gps'?|dental|dentists?'?|optometr\w*|md|mds'?"
    # (not "medical" alone: a practice's own "medical office staff")
)
#: ...whom the line names: their staff by any title an office gives them
_OFFICE_PEOPLE = (
    r"(?:staff|front\s+desk|desk|receptionists?|mas|medical\s+assistants?|schedulers?|team"
    r"|employees?|nurses?|coordinators?|office\s+managers?|referral\s+coordinators?)"
)
_REFERRERS_STAFF = LazyPattern(
    r"\breferring\s+(?:[a-z'&/-]+\s+){0,2}?" + _OFFICE_PEOPLE + r"\b"
    r"|\b(?:"
    + _OFFICE_KINDS
    + r")\s+(?:(?:front\s+)?(?:office|clinic|practice)s?\s+)?"
    + _OFFICE_PEOPLE
    + r"(?![\w'])"
    r"|\bdr\.?\s+[a-z]+(?:'s|s')\s+(?:(?:front\s+)?(?:office|clinic|practice)\s+)?"
    + _OFFICE_PEOPLE
    + r"\b"
    r"|\b"
    + _OFFICE_PEOPLE
    + r"\s+(?:at|of|from)\s+(?:the\s+)?(?:referring\s+|(?:"
    + _OFFICE_KINDS
    + r")\s+)(?:offices?|clinics?|practices?)\b",
    re.IGNORECASE,
)
#: ...paid a price for each patient or referral: "$25 per new patient", "$50/referral",
#: "per-patient", "$20 per referred patient", "for each patient sent"
_PRICE_PER_PATIENT = LazyPattern(
    r"\b(?:per|for\s+each|for\s+every|each)[\s-]+(?:new\s+|referred\s+|booked\s+)?"
    r"(?:patients?|pts?|referrals?|evals?|evaluations?)\b"
    r"|[$]\s?\d[\d.,]*\s*/\s*(?:new\s+)?(?:patients?|pts?|referrals?|evals?)\b",
    re.IGNORECASE,
)
#: ...or cash itself, not petty cash or a cash register (a leftover of part k3)
_CASH = LazyPattern(r"(?<!petty )\bcash\b(?!\s+(?:register|drawer|box|flow|basis|back|out))", re.I)
#: ...not the business's own people, however the line names them
_OUR_PEOPLE = LazyPattern(r"\b(?:our|own|in[\s-]?house|w-?2|payroll|wages?|salar(?:y|ies))\b", re.I)
#: The declared trade's own office, whose staff a practice of that trade names as its own (a
#: chiropractor's "chiropractic office staff": the part k reading above)
_OWN_OFFICE = {
    "chiropractic": LazyPattern(r"\bchiro\w*", re.IGNORECASE),
    "dental": LazyPattern(r"\bdent\w*", re.IGNORECASE),
}


def referrers_staff_paid(trade: str | None, name: str) -> str | None:
    """The words that name another practice's staff where a line pays them a price for each
    patient or referral they send ("$25 per new patient - chiropractic office staff", "$50/
    referral - Dr. Smith's front desk", "Per-patient thank-you cash - ortho office MAs", "$20
    per referred patient - PCP office staff": the fifty-seventh round, part k3, 2026-12-07),
    in the books of a business of the declared ``trade``; None where the line names no such
    staff, no price per patient, or says they are the business's own ("$25 per new patient -
    our front desk bonus", "Front desk bonus per new patient"). The office of the trade's own
    profession is its own (a chiropractor's "chiropractic office staff"), unless the line
    says it refers or names whose it is."""
    lowered = name.lower()
    if "cash" in lowered and _CASH.search(name):
        # cash itself, priced or not ("Thank-you cash - ortho office MAs": a leftover of part
        # k3, 2026-12-07; cash to those who send patients is what the AKS names, "any
        # remuneration ... in cash or in kind", whatever it is called)
        if _OUR_PEOPLE.search(name):
            return None
    elif "per" not in lowered and "/" not in lowered and "each" not in lowered:
        return None  # most lines
    elif not ("pat" in lowered or "pt" in lowered or "ref" in lowered or "eval" in lowered):
        return None  # (every price _PRICE_PER_PATIENT reads holds one)
    elif not _PRICE_PER_PATIENT.search(name) or _OUR_PEOPLE.search(name):
        return None
    staff = _REFERRERS_STAFF.search(name)
    if staff is None:
        return None
    whom = staff.group(0)
    own = _OWN_OFFICE.get(trade or "")
    if (
        own is not None
        and own.search(whom)
        and "referring" not in lowered
        and not _OFFICES.search(name)
    ):
        return None
    return whom


def own_people(trade: str, name: str) -> Own | None:
    """How a line of a business of ``trade`` (one of :data:`OWN_TRADES`) reads where it gives
    its own people what the referrer's reading would have it give another business's: a gift
    as a staff cost (operations), pay to sell as selling, a tow crew's bonus as cost of sales;
    None where the line names none of its own people, or says they are another's."""
    lowered = name.lower()
    if trade == "chiropractic":
        if "chiro" not in lowered:
            return None  # most lines
        staff = _CHIRO_STAFF.search(name)
        if (
            staff is None
            or _ANOTHERS.search(name)
            or _PER_SENT.search(name)
            or _OFFICES.search(name)
        ):
            return None
        return "operations", None, staff.group(0)
    if trade == "insurance-agency":
        if "agent" not in lowered and "producer" not in lowered and "agt" not in lowered:
            return None  # most lines
        agents = _AGENTS.search(name)
        if (
            agents is None
            or _ANOTHERS.search(name)
            or _PER_SENT.search(name)
            or _OTHER_AGENTS.search(name)
        ):
            return None
        if _SELLING_PAY.search(name):
            return "sales", "convert", agents.group(0)
        if _GIFTED.search(name):
            return "operations", None, agents.group(0)
        return None
    if trade == "towing":
        if "driver" not in lowered and "drvr" not in lowered and "operator" not in lowered:
            return None  # most lines
        drivers = _DRIVERS.search(name)
        if drivers is None or _ANOTHERS.search(name) or _OTHER_DRIVERS.search(name):
            return None
        if _DRIVER_PAY.search(name):
            return "cost-of-sales", None, drivers.group(0)
        if _GIFTED.search(name):
            return "operations", None, drivers.group(0)
        return None
    return None


def why(trade: str, own: Own) -> str:
    """The reason a line reads as the business's own people's, in the classifier's words."""
    category, purpose, whom = own
    label = f"{category}/{purpose}" if purpose else category
    books, people = {
        "chiropractic": ("a chiropractor's", "staff"),
        "insurance-agency": ("an insurance agency's", "agents and producers"),
        "towing": ("a towing company's", "drivers"),
    }[trade]
    kind = {
        "operations": "a thank-you to its staff",
        "sales": "what it pays them to sell",
        "cost-of-sales": "the pay of the crew who perform the tows",
    }[category]
    return f"{whom.lower()!r} in {books} own books: its own {people}, {kind} → {label}"

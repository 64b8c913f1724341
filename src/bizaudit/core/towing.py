"""A towing company's payments to those who give it vehicles to tow (AL3 and AL15 of the
fifty-first review round, 2026-12-06).

A towing company declared `auto-repair` (the nearest motor-vehicle trade) was read by the
repair shop's rows: "$25 per tow paid to apartment complex managers (private property tows)"
was cost of sales 'per tow' with no finding, "Gratuity to parking lot owner per vehicle towed"
overhead, and where BA114 did fire ("Kickback to apartment manager per tow") it quoted the
repair shop's law (Cal. Vehicle Code §12110(c): a repair shop paying a towing service) the
wrong way round. Here the towing company is the payer and the owner or manager of the property
it tows from is paid:

- Texas: "A towing company or booting company may not directly or indirectly give anything of
  value to a parking facility owner in connection with ... the removal of a vehicle from a
  parking facility" (Tex. Occ. Code §2308.402(a)(1), the Texas Towing and Booting Act, ch.
  2308, added 2007); it may have no monetary interest in a facility it tows from (b); only the
  signs §2308.301 requires are exempt (c). The Attorney General read "anything of value"
  broadly under the predecessor statute (Op. DM-330, 1995). Text checked with the search tool
  (pages corpus: a copy of §2308.402 quoted on texasparkingfacilityfraud.blogspot.com, and
  DM-330 itself), 2026-12-06.
- California: "no towing service shall provide and no person or public entity shall accept any
  direct or indirect commission, gift, or any compensation whatever from a towing service in
  consideration of arranging or requesting the services of a tow truck" (Cal. Vehicle Code
  §12110(a); text checked with the search tool, pages corpus, defend-me.com's copy of
  §12110-12111), which reaches the property manager who requests the tows. The reviewer's
  §22658(l) (private-property towing) could not be re-read in the time: not cited.

A tow company's storage fees waived for a police official's friends are a gift to one who
controls the rotation list: the states' bribery and gratuity laws (not cited by section: none
verified in the time), asked under BA121.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "POLICE_FAVOUR_RULE",
    "PROPERTY_OWNER_RULE",
    "REPAIR_SHOP_CASH_RULE",
    "favours_police",
    "paid_by_repair_shops",
    "pays_property_owners",
    "tows_for_a_living",
]

#: A towing company by its name: towing, a wrecker or recovery service, an impound
_TOW_COMPANY = LazyPattern(
    r"\b(?:towing|tow(?:\s+(?:co|company|service|services|truck|trucks))?|wreckers?|wrecker\s+"
    r"service|roadside\s+recovery|impound\w*)\b",
    re.IGNORECASE,
)


def tows_for_a_living(business: str) -> bool:
    """Whether a business's name says it is a towing company ("Ridgeline Towing")."""
    lowered = business.lower()
    if "tow" not in lowered and "wreck" not in lowered and "impound" not in lowered:
        return False
    return _TOW_COMPANY.search(business) is not None


#: A tow or a vehicle towed or removed, as a tow company's ledger names the work
_A_TOW = LazyPattern(
    r"\b(?:tows?|towed|towing|impounds?|impounded|patrol\s+tow\w*|(?:vehicles?|cars?)\s+"
    r"(?:towed|removed|impounded))\b",
    re.IGNORECASE,
)
#: The owner or manager of a property vehicles are towed from: an apartment complex's
#: manager, a property manager, a parking lot's owner, an HOA
_PROPERTY_PEOPLE = LazyPattern(
    r"\b(?:apartments?|apt|complex(?:es)?|property|properties|parking\s+(?:lots?|facilit(?:y|ies)"
    r"|garages?)|lots?|hoas?|condos?|shopping\s+cent(?:er|re)s?|plazas?|buildings?|retail)\s+"
    r"(?:complex\s+)?(?:property\s+)?(?:owners?|managers?|mgrs?|management|mgmt|staff|landlords?"
    r"|leasing\s+(?:agents?|offices?)|associations?|boards?)\b"
    r"|\b(?:property\s+managers?|landlords?|hoa\s+boards?|hoas)\b",
    re.IGNORECASE,
)
#: ...given something of value: a price per tow, cash, a gift, a fee, a free service
_VALUE = LazyPattern(
    r"\b(?:per\s+(?:tow|car|vehicle|impound)|each\s+(?:tow|car|vehicle)|cash|gifts?|gift\s+cards?"
    r"|gratuit(?:y|ies)|kickbacks?|referrals?|fees?|rebates?|commissions?|bonus(?:es)?|spiffs?"
    r"|free|paid|pays?|payments?|in\s+exchange|compensation|cut|shares?|tickets?|dinners?"
    r"|lunches?)\b|\$\s?\d",
    re.IGNORECASE,
)
#: ...not the signs the law requires, nor rent or a lease the tow company pays for its own lot
_NOT_VALUE = LazyPattern(
    r"\b(?:signs?|signage|rent|lease|leases|storage\s+yard|yard\s+rent)\b", re.IGNORECASE
)

PROPERTY_OWNER_RULE = (
    "A towing company may not pay or give anything of value to the owner or manager of the "
    "property it tows from, or to those there who call in the tows (a guard, an attendant), "
    "for the vehicles it removes. Texas forbids a towing company to "
    "give, directly or indirectly, anything of value to a parking facility owner in connection "
    "with the removal of a vehicle from a parking facility, the required signs alone excepted "
    "(Tex. Occ. Code §2308.402(a), (c)); free services given for the towing contract are "
    "something of value too. California forbids a towing service to provide, and anyone to "
    "accept, any commission, gift or compensation for arranging or requesting the services of "
    "a tow truck (Vehicle Code §12110(a), a misdemeanour). Other states and many cities' "
    "tow-permit rules say the same. Which state are you in?"
)


@lru_cache(maxsize=4096)  # asked of a towing company's lines only
def pays_property_owners(name: str) -> bool:
    """Whether a towing company's line gives the owner or manager of a property it tows from
    something of value for the tows: "$25 per tow paid to apartment complex managers", "Free
    patrol towing service to property managers in exchange for exclusive contract", "Gratuity
    to parking lot owner per vehicle towed" (AL3 of the fifty-first review round, 2026-12-06;
    the law above). Not the signs the law exempts, nor rent for the company's own lot."""
    lowered = name.lower()
    if (
        "guard" in lowered
        or "secur" in lowered
        or "attendant" in lowered
        or "door" in lowered
        or "concierge" in lowered
        or "super" in lowered
        or "valet" in lowered
    ) and _sends_tows_for_each(name):
        return True
    if not (
        "manag" in lowered
        or "owner" in lowered
        or "landlord" in lowered
        or "hoa" in lowered
        or "mgr" in lowered
        or "mgmt" in lowered
        or "leasing" in lowered
    ):
        return False  # most lines
    return bool(
        _PROPERTY_PEOPLE.search(name)
        and (_A_TOW.search(name) or "contract" in lowered)
        and _VALUE.search(name)
        and not _NOT_VALUE.search(name)
    )


#: AM5 of the fifty-first round's re-review (2026-12-06): those at a property who call in the
#: tows without owning or managing it, a lot's security guard, a parking attendant, a doorman,
#: a concierge, a building's superintendent or a valet ("$20 per impound to security guard").
#: California's §12110(a) forbids "any person" to accept compensation from a towing service
#: for arranging or requesting a tow; Texas's §2308.402(a) reaches the owner "directly or
#: indirectly", through those the owner has call the tows (the law above)
_CALLERS = LazyPattern(
    r"\b(?:security\s+(?:guards?|officers?|staff|personnel|company|companies|firms?|desk)"
    r"|guards?|(?:parking|lot|garage|gate)\s+attendants?|attendants?|door\s?(?:man|men)"
    r"|concierges?|(?:building\s+)?super(?:intendent)?s?|valets?)\b",
    re.IGNORECASE,
)
#: ...paid by the tow, or in a referrer's coin: a guard the company employs for its own yard
#: is paid wages, not so much a car
_BY_THE_TOW = LazyPattern(
    r"\b(?:per|each|every|a|for\s+every)\s+(?:tow|car|vehicle|impound)\w*"
    r"|\b(?:per|each|every)\b[^;]*\b(?:towed|impounded|removed)\b"
    r"|\b(?:kickbacks?|tips?|gratuit(?:y|ies)|bonus(?:es)?|spiffs?|referrals?|commissions?)\b"
    r"[^;]*\b(?:tows?|towed|impounds?|impounded)\b"
    r"|\b(?:tows?|towed|impounds?|impounded)\b[^;]*\b(?:kickbacks?|tips?|gratuit(?:y|ies)"
    r"|bonus(?:es)?|spiffs?|referrals?|commissions?)\b",
    re.IGNORECASE,
)
#: ...not the company's own yard's guard, its wages or its contract for guarding
_OWN_GUARD = LazyPattern(
    r"\b(?:our|own|yard|storage|wages?|payroll|salar(?:y|ies)|hourly|monthly|contract)\b",
    re.IGNORECASE,
)


def _sends_tows_for_each(name: str) -> bool:
    """Whether a line pays one at a property who calls in the tows (a guard, an attendant, a
    doorman) by the tow or in a referrer's coin (AM5 of the fifty-first round's re-review)."""
    return bool(
        _CALLERS.search(name)
        and _A_TOW.search(name)
        and _BY_THE_TOW.search(name)
        and not _OWN_GUARD.search(name)
    )


#: Money from a repair or body shop for the wrecks the company's drivers bring it
_FROM_SHOPS = LazyPattern(
    r"\b(?:from|by|paid\s+by)\s+(?:the\s+)?(?:body|repair|collision|auto)\s+shops?\b"
    r"|\b(?:body|repair|collision)\s+shops?\b[^;]*\b(?:paid\s+to|to)\s+(?:our\s+)?drivers?\b",
    re.IGNORECASE,
)

REPAIR_SHOP_CASH_RULE = (
    "Money a repair or body shop pays your company or its drivers for the wrecks they bring "
    "it is the other side of the repair shop's kickback: California makes it a misdemeanour "
    "for a towing service or its employee to accept any money or thing of value from a "
    "repair shop as a commission, referral fee or inducement for delivering a vehicle for "
    "storage or repair (Vehicle Code §12110(c)), and many cities' tow-permit rules forbid it. "
    "Is it paid, to whom, and does your state allow it?"
)


def paid_by_repair_shops(name: str) -> bool:
    """Whether a towing company's line records money a body or repair shop pays its drivers
    for the wrecks they bring ("Cash from body shops to drivers per wreck brought in"): asked,
    under Cal. Vehicle Code §12110(c), which reaches the towing service that accepts it (AL3
    of the fifty-first review round, 2026-12-06)."""
    lowered = name.lower()
    if "shop" not in lowered:
        return False
    return _FROM_SHOPS.search(name) is not None


#: A police official or officer, who controls a rotation or a call list
_POLICE = LazyPattern(
    r"\b(?:police|sheriff\w*|troopers?|cops?|highway\s+patrol|rotation\s+(?:list|tows?))\b",
    re.IGNORECASE,
)
#: ...or their friends and family, given fees waived, free tows or storage, gifts
_FAVOUR = LazyPattern(
    r"\b(?:waiv\w*|free|comp(?:ed|ing)?|complimentary|gifts?|no\s+charge|discount\w*|tickets?"
    r"|cash)\b",
    re.IGNORECASE,
)

POLICE_FAVOUR_RULE = (
    "Fees waived, free tows or storage, or gifts for a police official, or for the friends "
    "and family of one, who controls the rotation or call list that sends you tows are "
    "something of value to a public official for an official act: the states' bribery and "
    "gratuity laws reach it, and rotation-list rules commonly bar a company that gives it. "
    "Who receives it, and does your city's or state's law allow any of it?"
)


def favours_police(name: str) -> bool:
    """Whether a towing company's line gives a police official, or the official's friends or
    family, fees waived, free tows or storage or a gift ("Storage fees waived for police chief's
    friends": AL15 of the fifty-first review round, 2026-12-06): asked under BA121; the
    bribery and gratuity statutes are the states' (18 U.S.C. §201 reaches federal officials
    only), none cited by section."""
    lowered = name.lower()
    if not (
        "police" in lowered
        or "sheriff" in lowered
        or "trooper" in lowered
        or "cop" in lowered
        or "patrol" in lowered
        or "rotation" in lowered
    ):
        return False  # most lines
    return _POLICE.search(name) is not None and _FAVOUR.search(name) is not None

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
    "CUSTOMERS_THANKED",
    "CUSTOMER_REFERRAL_ALLOWED",
    "CUSTOMER_REFERRAL_RULE",
    "POLICE_FAVOUR_RULE",
    "PROPERTY_OWNER_RULE",
    "REPAIR_SHOP_CASH_RULE",
    "favours_police",
    "paid_by_repair_shops",
    "pays_property_owners",
    "rewards_customers",
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


# -- a repair shop's reward to its own customers who send friends ----------------------------
#
# The sixty-first review round, part o (2026-12-07): a mechanical repair shop's "Refer-a-friend
# credit ($25 off next service)" drew BA114's warning quoting the tow-operator rule, beside the
# same rule's own advice to "thank customers who refer friends". Checked with the search tool
# on 2026-12-07 (pages corpus):
# - Cal. Vehicle Code §12110(c) (copies on defend-me.com and statutes.laws-info.com) makes it a
#   misdemeanour for "any towing service or any employee of a towing service" to accept
#   anything of value "from a repair shop", and for "any repair shop or any employee of a
#   repair shop" to pay one, "as a commission, referral fee, inducement, or in any manner a
#   consideration, for the delivery or the arranging of a delivery of a vehicle ... for the
#   purpose of storage or repair". The Legislative Counsel's digest of AB 2729 (2000), which
#   set its penalties, reads it as forbidding "a repair shop from paying anything of value to
#   a tow truck service for delivery of a vehicle". A customer who tells a friend about the
#   shop tows nothing: the section does not reach them.
# - Cal. Penal Code §551(a) reaches an automotive repair dealer's payment to "an insurance
#   agent, broker or adjuster" for referring an insured for repairs a policy covers (its
#   elements as two defence lawyers' pages set them out): not a customer.
# - Cal. Insurance Code §754 (a copy on lawserver.com) makes it unlawful for "any person to
#   solicit, receive, offer, or pay any referral fee for the referral of an individual for the
#   furnishing of services or goods for which ... reimbursement is or may be made ... by any
#   insurer", a fee "in cash or in kind", discounts and like reductions in price excepted
#   ((a)(1)); it applies to every form of motor-vehicle insurance ((b)), a misdemeanour with a
#   fine of up to $1,000 for each violation ((c)). A reward to a customer for sending a friend
#   whose repair an insurer pays is such a fee.
# So a customer's reward for referring a friend is no BA114 finding at a mechanical repair
# shop, and is one, quoting §754, where the work is an insurer's to pay: at a collision shop
# (its name: model.verticals.repairs_collisions) or where the line names insurance, a claim or
# a deductible. A towing company's own customers are left as they were (§12110(a) reaches "any
# person" who accepts compensation for arranging a tow: not decided here).

#: Whom a reward to the shop's own customers names: a friend, a customer, a client, a member
_CUSTOMERS_WORDS = r"friends?|customers?|clients?|members?|neighbou?rs?"
_CUSTOMERS = LazyPattern(rf"\b(?:{_CUSTOMERS_WORDS})\b", re.IGNORECASE)
#: ...and those a line may pay who are no customer of the shop: a tow operator or its driver,
#: an insurance agent, broker or adjuster, a dealer, another shop's or the shop's own staff, a
#: property manager, police; or a payment that names itself as one to a trade
_NOT_CUSTOMERS = (
    r"tow\w*|wreckers?|drivers?|agents?|agency|agencies|brokers?|adjusters?|dealers?"
    r"|dealerships?|dlrs?|(?:body|repair|collision|other)\s+shops?|advisors?|managers?|mgrs?"
    r"|mechanics?|techs?|technicians?|employees?|staff|police|officers?|apartments?|property"
    r"|guards?|spiffs?|kickbacks?"
)
_TO_OTHERS = LazyPattern(rf"\b(?:{_NOT_CUSTOMERS})\b", re.IGNORECASE)
#: What says the friend's repair is an insurer's to pay
_INSURED = r"insur\w*|claims?|deductibles?|collision|drp|adjust\w*"
#: A reward to customers for referring friends that names no insurer's work: the lines a
#: mechanical repair shop's rule does not reach (metrics reads it as the vertical's
#: ``referral_exempt`` is read)
CUSTOMERS_THANKED = LazyPattern(
    rf"^(?![^\n]*\b(?:{_NOT_CUSTOMERS}|{_INSURED})\b)[^\n]*\b(?:{_CUSTOMERS_WORDS})\b",
    re.IGNORECASE,
)

CUSTOMER_REFERRAL_RULE = (
    "California's Insurance Code §754 makes it a misdemeanour (a fine of up to $1,000 each "
    "time) for anyone to offer or pay a referral fee, in cash or in kind, for referring a "
    "person for goods or services an insurer pays or may pay for, and it reaches every kind of "
    "motor-vehicle cover (collision, comprehensive, property damage, liability); discounts and "
    "like reductions in price are left out (§754(a)(1)). A reward to a customer for sending a "
    "friend whose repair an auto insurer pays may be such a fee. The tow-operator rule "
    "(Vehicle Code §12110(c)) and the rule on paying insurance agents, brokers and adjusters "
    "(Penal Code §551) do not reach a customer. Do insurers pay for the repairs of the "
    "friends it rewards, and is the reward money or a reduction of the customer's own price?"
)
CUSTOMER_REFERRAL_ALLOWED = (
    "Thank customers who refer friends for the work they pay for themselves; for repairs an "
    "insurer pays, ask before rewarding the referral, and win that work through your own "
    "channels and insurers' direct-repair programmes on their terms."
)


def rewards_customers(name: str) -> bool:
    """Whether a repair shop's line rewards its own customers for sending friends ("Refer-a-
    friend credit ($25 off next service)", "Customer referral program - $50 per friend"), not
    a tow operator, an insurance agent or adjuster, a dealer or anyone's staff."""
    lowered = name.lower()
    if not (
        "friend" in lowered
        or "customer" in lowered
        or "client" in lowered
        or "member" in lowered
        or "neighb" in lowered
    ):
        return False  # most names: no pattern searched
    return _CUSTOMERS.search(name) is not None and _TO_OTHERS.search(name) is None

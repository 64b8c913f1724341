"""A senior placement or referral agency, read as the placement service it is (AO4 of the
fifty-second review round, 2026-12-07).

A senior placement agency declared `home-care` (the nearest vertical, whose rules are written
from the side of the community or agency that pays a placement service) had its own placement
advisors' commissions read as a payment to a placement service (BA114) and counted in the CAC
as sales, on top of a margin that already nets them (65% of $675,000 is what is left after the
$230,000 the advisors take: 230,000 ÷ 675,000 = 34%), so a customer "cost" $2,957.95 against a
$2,925 lifetime value and BA204 failed it. The advisors deliver the agency's service: the
domain's cost of sales ("job labour", docs/domain.md). Its income account "4000 Ref fee inc -
ALFs" was read as a payment for referrals: income the business receives is no payment it
makes. The legal question is the other side: a fee the agency RECEIVES from a community for a
resident whose care Medicaid pays (a waiver) is remuneration received for referring an
individual for a service a federal health care programme pays for (42 U.S.C.
§1320a-7b(b)(1)(A); the referral-services safe harbour, 42 CFR §1001.952(f), does not cover a
fee set per resident placed), asked, since whether the fee covers Medicaid-paid care at all
depends on the state's waiver and the community's billing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bizaudit.model.lazy import LazyPattern

#: Cheap words most business names and lines lack: the pattern is searched only after one
_AGENCY_CUES = ("placement", "advisor", "referral agenc", "locator")
#: ...as the business's own name says it: "Golden Years Senior Placement", "X Placement
#: Services", "Y Senior Advisors" (a business's name names what it is; not "care advisors",
#: which a home-care agency may call itself)
_AGENCY_NAME = LazyPattern(
    r"\b(?:senior|elder|eldercare)\s+(?:living\s+)?(?:placements?|advisors?)\b"
    r"|\bplacement\s+(?:agenc(?:y|ies)|services?|group)\b|\breferral\s+agenc(?:y|ies)\b"
    r"|\bassisted\s+living\s+locators?\b",
    re.IGNORECASE,
)
#: A directory or lead service a placement agency competes with or buys leads from, never the
#: business itself (A Place for Mom, Caring.com)
_DIRECTORIES = LazyPattern(
    r"\b(?:a\s+place\s+for\s+mom|apfm|caring\.?\s?com|seniorly|senioradvisor\.com)\b",
    re.IGNORECASE,
)

#: A line that says the business is the agency: its placement fees received from communities,
#: "our placement advisors", or the agency's name in a line
_OWN_PLACEMENT_BUSINESS = LazyPattern(
    r"\b(?:our|own)\s+(?:senior\s+)?placement\s+advisors?\b"
    r"|\bplacement\s+fees?\s+(?:received|income|from\s+communities)\b",
    re.IGNORECASE,
)


def is_placement_agency(business: str, lines: Iterable[str] = ()) -> bool:
    """Whether a home-care profile is a senior placement or referral agency: its business's
    name says so ("Golden Years Senior Placement"), or a line names the agency's own placement
    advisors or its placement fees as a placement agency's (not a directory it buys leads
    from). AO4 of the fifty-second review round, 2026-12-07."""
    lowered = business.lower()
    if any(cue in lowered for cue in _AGENCY_CUES) and _AGENCY_NAME.search(business):
        return True
    return any(
        any(cue in (low := line.lower()) for cue in _AGENCY_CUES)
        and _OWN_PLACEMENT_BUSINESS.search(line) is not None
        and not _DIRECTORIES.search(low)
        for line in lines
    )


#: The agency's own placement advisors, their commissions or pay: "Placement advisors
#: commissions", "5000 Advsr comm", "Senior living advisors (W-2) pay"
_ADVISORS = LazyPattern(
    r"\b(?:placement\s+|senior\s+living\s+|family\s+|care\s+)?(?:advisors?|advsrs?|advisers?"
    r"|counsel(?:l)?ors?)\b",
    re.IGNORECASE,
)
#: ...paid: a commission, a salary, wages, pay, a bonus per move-in
_ADVISORS_PAID = LazyPattern(
    r"\b(?:comm|comms|commissions?|salar(?:y|ies)|wages?|pay|payroll|bonus(?:es)?|comp"
    r"|compensation|split)\b",
    re.IGNORECASE,
)
#: ...not someone outside paid for referrals: a hospital's or a community's staff, social
#: workers, discharge planners, a directory
_OTHERS = LazyPattern(
    r"\b(?:discharge|planners?|social\s+workers?|case\s+managers?|hospitals?|referr\w*"
    r"|gift|cards?|cash)\b",
    re.IGNORECASE,
)


def own_advisors(name: str) -> bool:
    """Whether a placement agency's line pays its own placement advisors, who deliver its
    service ("Placement advisors commissions", "5000 Advsr comm"): the agency's cost of sales,
    not a payment to a placement service for referrals (AO4 of the fifty-second round). Not
    a directory's fee, nor a payment to a hospital's staff or others who refer."""
    lowered = name.lower()
    if not ("advis" in lowered or "advsr" in lowered or "counsel" in lowered):
        return False  # most lines
    return bool(
        _ADVISORS.search(name)
        and _ADVISORS_PAID.search(name)
        and not _OTHERS.search(name)
        and not _DIRECTORIES.search(name)
    )


#: Income the business receives, by the line's own words or a ledger's income account (4000s
#: by the usual chart of accounts): "4000 Ref fee inc - ALFs", "Referral fee income",
#: "Placement fees received"
_INCOME = LazyPattern(
    r"^\s*4\d{3}\b[^;]*\b(?:inc|income|rev|revenue)\b(?!\s+shar)"
    r"|\b(?:income|received|receipts)\b|\brevenue\b(?!\s+shar)",
    re.IGNORECASE,
)
#: ...not a line that says it is paid out ("Revenue share paid to partner")
_PAID_OUT = LazyPattern(r"\bpaid\b(?!\s+(?:to\s+us|by))|\bpayments?\s+to\b", re.IGNORECASE)


def is_income(name: str) -> bool:
    """Whether a line's name says it is money the business receives (an income account):
    no payment it makes, for referrals or anything else (AO4 of the fifty-second round:
    "4000 Ref fee inc - ALFs" was read as one)."""
    lowered = name.lower()
    if not (
        lowered.lstrip().startswith("4")
        or "inc" in lowered
        or "rev" in lowered
        or "receiv" in lowered
        or "receipt" in lowered
    ):
        return False  # most lines
    return _INCOME.search(name) is not None and _PAID_OUT.search(name) is None


#: A fee received from a community, for residents whose care Medicaid pays: "Fees from
#: communities for Medicaid waiver residents placed"
_FEE_RECEIVED = LazyPattern(
    r"\b(?:fees?|commissions?|payments?|income|revenue)\s+(?:received\s+)?from\b"
    r"|\b(?:fees?|commissions?)\s+(?:received|income)\b|\b(?:received|income|revenue)\b",
    re.IGNORECASE,
)
_MEDICAID = LazyPattern(r"\b(?:medicaid|waiver|medi-cal|va\s+(?:pays|paid|benefits?))\b", re.I)


def takes_medicaid_fees(name: str) -> bool:
    """Whether a placement agency's line receives a fee for residents whose care Medicaid (a
    waiver) pays: remuneration received for a referral under 42 U.S.C. §1320a-7b(b)(1)(A),
    asked (AO4 of the fifty-second round)."""
    lowered = name.lower()
    if "medicaid" not in lowered and "waiver" not in lowered and "medi-cal" not in lowered:
        return False  # most lines
    return bool(_MEDICAID.search(name) and _FEE_RECEIVED.search(name))


# A price concession to the customer (AP8 of the fifty-second round's re-review, 2026-12-07:
# a placement agency's "Placement fee rebate to family" was read as a payment to a placement
# service for referrals, BA114's "pays for referrals ... such as hospital discharge
# planners"). A rebate, a discount or a refund of the fee to the family, the client, the
# resident or the customer gives part of the price back to the one the service is for: no
# payment to one who refers. What may reach it is the other law: where Medicaid (a waiver)
# pays for the resident's care, remuneration likely to influence a Medicaid beneficiary to
# receive care from a particular provider is a beneficiary inducement (42 U.S.C.
# §1320a-7a(a)(5), as the project's medical rules already quote it; not re-read here), and a
# state that regulates placement agencies requires a written disclosure of the fees before a
# referral (Washington, RCW 18.330.050, read with the search tool). Asked, only where Medicaid
# is named or the business is read as a placement agency.

#: Cheap words a concession's line holds; the patterns are searched only after one
_CONCESSION_CUES = ("rebate", "discount", "refund", "credit", "cash back", "cashback")
#: A rebate, a discount, a credit or cash back, or a refund
_CONCESSION = LazyPattern(
    r"\b(?:(?P<refund>refunds?|refunded)|rebates?|rebated|discounts?|discounted|credits?"
    r"|credited|cash[\s-]?back)\b",
    re.IGNORECASE,
)
#: ...to the one the service is for: "to family", "to Medicaid waiver families", "client
#: discount"
_TO_CUSTOMER = LazyPattern(
    r"\b(?:to|for)\s+(?:[\w-]+\s+){0,2}(?:famil(?:y|ies)|clients?|residents?"
    r"|customers?|seniors?|consumers?)\b"
    r"|\b(?:family|families|client|resident|customer|senior|consumer)s?['’]?\s+(?:fee\s+)?"
    r"(?:rebates?|discounts?|refunds?|credits?|cash[\s-]?back)\b",
    re.IGNORECASE,
)
#: ...not a reward for referring others, nor a line that names one who refers besides
_REFERRERS = LazyPattern(
    r"\breferr\w*|\b(?:discharge|planners?|social\s+workers?|case\s+managers?|hospitals?"
    r"|agents?|realtors?|gift\s+cards?)\b",
    re.IGNORECASE,
)


def concedes_to_customer(name: str) -> str | None:
    """Whether a line gives part of the price back to the family, client, resident or
    customer: ``"refund"`` (money returned), ``"rebate"`` (a rebate, discount, credit or cash
    back), or None. No payment for referrals (AP8 of the fifty-second round's re-review,
    2026-12-07); a reward for referring others, or a line naming one who refers, is None."""
    lowered = name.lower()
    if not any(cue in lowered for cue in _CONCESSION_CUES):
        return None  # most lines
    found = _CONCESSION.search(name)
    if found is None or not _TO_CUSTOMER.search(name) or _REFERRERS.search(name):
        return None
    return "refund" if found.group("refund") else "rebate"


def names_medicaid(name: str) -> bool:
    """Whether a line names Medicaid, a waiver, Medi-Cal or the VA as the payer (AP8)."""
    lowered = name.lower()
    if not ("medicaid" in lowered or "waiver" in lowered or "medi-cal" in lowered
            or "va " in f"{lowered} "):  # fmt: skip
        return False
    return _MEDICAID.search(name) is not None

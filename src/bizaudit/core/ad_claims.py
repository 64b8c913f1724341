"""What an ad or a promotion says that the law forbids a business in any trade to say, where
the line's own name says it: a credit ad's payment with no annual percentage rate, ads aimed
at children under 13, a raffle one pays to enter, a price whose fee is added at checkout, an ad
without the licence number a contractor must show, a claim of an accreditation that lapsed.

A CFO's review (I1 of the forty-first round, 2026-12-06) saw such lines priced as funded
channels, and `plan` grow two of them: a dealer's "Facebook ads - '$0 down, $249/mo' specials
(no APR shown)", a day camp's "Instagram ads targeting kids 10-13". Only what the name states is
read: an ad that names a payment but says nothing of its rate is not judged, as the ad may show
it. BA120 warns about such lines, and their channel is neither priced nor grown
(docs/domain.md)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from bizaudit.model.lazy import LazyPattern

__all__ = ["RULES", "Claim", "claim"]

Claim = Literal[
    "credit terms", "children", "raffle", "hidden fee", "licence number", "lapsed claim"
]

#: What the law says of each, as BA120 quotes it (US law; elsewhere BA120 says to check the
#: country's own)
RULES: dict[Claim, str] = {
    "credit terms": (
        'an ad that states a payment or a down payment for credit ("$0 down", "$249/mo") '
        "must also state the down payment, the terms of repayment and the annual percentage "
        "rate (Regulation Z, 12 CFR §1026.24(d); for a lease, Regulation M, 12 CFR §1013.7)"
    ),
    "children": (
        "Instagram, Facebook and TikTok take no users under 13, and Meta lets advertisers aim "
        "at teenagers by age and place only (since 2023); collecting data from children under "
        "13 needs their parents' verifiable consent (COPPA, 16 CFR Part 312): aim at parents"
    ),
    "raffle": (
        "a raffle people pay to enter (a ticket, a purchase) is a lottery, which most states "
        "allow only to charities and other eligible non-profits (Cal. Penal Code §§319 and "
        "320.5, for one); a sweepstakes is lawful with a free way to enter"
    ),
    "hidden fee": (
        'a price or a "free" offer advertised without a fee every buyer pays is deceptive (FTC '
        "Act §5, 15 U.S.C. §45); California forbids advertising a price without its mandatory "
        "fees (Civ. Code §1770(a)(29), from 1 July 2024)"
    ),
    "licence number": (
        "most states require a licensed contractor's licence number in its ads (California: "
        "Bus. & Prof. Code §7030.5)"
    ),
    "lapsed claim": (
        "claiming an accreditation, a certification or a licence the business no longer holds "
        "is a deceptive claim (FTC Act §5, 15 U.S.C. §45)"
    ),
}

#: A payment or a down payment for credit, as an ad states it
_TRIGGER = LazyPattern(
    r"\$\s?\d[\d,]*\s*(?:down|/\s*mo(?:nth)?\b|a\s+month|per\s+month|monthly)"
    r"|\b(?:zero|no)\s+down\b|\b\d+\s+(?:monthly\s+)?payments\s+of\b",
    re.IGNORECASE,
)
#: ...with no annual percentage rate, as the line says
_NO_APR = LazyPattern(
    r"\b(?:no|without|missing|omits?|omitted)\s+(?:the\s+)?apr\b"
    r"|\bapr\s+(?:not|never)\s+(?:shown|stated|disclosed|listed|included)\b",
    re.IGNORECASE,
)
#: Ads on a platform for teenagers and adults, aimed at children under 13
_PLATFORM = LazyPattern(
    r"\b(?:instagram|ig|facebook|fb|meta|tiktok|snapchat|snap|youtube)\b", re.IGNORECASE
)
_CHILDREN = LazyPattern(
    r"\b(?:kids|children|child|tweens?|boys|girls)\b[^;]*?\b(?:ages?\s+)?"
    r"(?P<low>\d{1,2})\s*(?:-|–|to)\s*(?P<high>\d{1,2})\b"
    r"|\b(?:kids|children|tweens?)\s+(?:under|below)\s+1[0-3]\b"
    r"|\bunder[\s-]?13s?\b",
    re.IGNORECASE,
)
#: ...not their parents, whom a camp's or a school's ads are for
_PARENTS = LazyPattern(
    r"\b(?:parents?|moms?|mums?|dads?|famil(?:y|ies)|caregivers?|guardians?)\b", re.IGNORECASE
)
#: A raffle one pays to enter: a ticket's price, a purchase, "to enter"
_RAFFLE = LazyPattern(r"\braffles?\b", re.IGNORECASE)
_PAID_ENTRY = LazyPattern(
    r"\$\s?\d|\btickets?\b|\bbuy\b[^;]*\bto\s+enter\b|\bpurchase\s+(?:required|to\s+enter)\b"
    r"|\bwith\s+(?:every|each|any)\s+purchase\b",
    re.IGNORECASE,
)
_FREE_ENTRY = LazyPattern(
    r"\bno\s+purchase\s+(?:necessary|required)\b|\bfree\s+(?:to\s+enter|entry)\b"
    r"|\b(?:charity|charitable|non-?profit|501\(c\)|pta|school)\b",
    re.IGNORECASE,
)
#: A fee added to a price or a "free" offer the ad names
_ADDED_FEE = LazyPattern(
    r"\bfees?\b[^;]*\b(?:added|charged|applied)\s+at\s+checkout\b"
    # (not "undisclosed fee amounts" paid to creators, whose pay is no buyer's fee)
    r"|\b(?:hidden|surprise)\s+fees?\b(?!\s+amounts?)"
    r"|\bfree\b[^;]*\bfees?\s+added\b",
    re.IGNORECASE,
)
#: An ad that says it shows no licence number
_NO_LICENCE = LazyPattern(
    r"\b(?:no|without|missing|omits?)\s+(?:\w+\s+)?licen[cs]e\s*(?:number|no\.?|#)"
    r"|\blicen[cs]e\s*(?:number|no\.?|#)\s+(?:not|never)\s+(?:shown|listed|displayed|included)\b",
    re.IGNORECASE,
)
#: A claim of an accreditation, a certification or a licence the line says lapsed
_LAPSED = LazyPattern(
    r"\b(?:accredit\w*|certif\w*|licen[cs]ed|board[- ]certified|award[- ]winning)\b[^;]*"
    r"\b(?:lapsed|expired|revoked|suspended|withdrawn|not\s+renewed)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # asked of every line of every profile: the same names recur
def claim(text: str) -> Claim | None:
    """What an ad or a promotion says that the law forbids, as a line's name (and note) states
    it; None for most lines, which hold none of the words looked for first."""
    lowered = text.lower()
    if ("apr" in lowered or "down" in lowered) and _NO_APR.search(text) and _TRIGGER.search(text):
        return "credit terms"
    if (
        ("kid" in lowered or "child" in lowered or "tween" in lowered or "13" in lowered)
        and _PLATFORM.search(text)
        and _under_13(text)
        and _PARENTS.search(text) is None  # "parents of kids 6-12" are the ads' audience
    ):
        return "children"
    if "raffle" in lowered and _RAFFLE.search(text) and _PAID_ENTRY.search(text):
        return None if _FREE_ENTRY.search(text) else "raffle"
    if "fee" in lowered and _ADDED_FEE.search(text):
        return "hidden fee"
    if ("licen" in lowered) and _NO_LICENCE.search(text):
        return "licence number"
    if _may_lapse(lowered) and _LAPSED.search(text):
        return "lapsed claim"
    return None


def _under_13(text: str) -> bool:
    """Whether a line aims at children under 13: an age range that starts under 13 ("kids
    10-13"), or "under 13"."""
    for found in _CHILDREN.compiled.finditer(text):
        low = found.group("low")
        if low is None or int(low) < 13:
            return True
    return False


def _may_lapse(lowered: str) -> bool:
    return (
        "lapsed" in lowered
        or "expired" in lowered
        or "revoked" in lowered
        or "suspended" in lowered
        or "withdrawn" in lowered
        or "not renewed" in lowered
    )

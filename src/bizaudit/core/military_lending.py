"""What a lender's ad (a pawn shop's, a title or payday lender's) may not offer or leave out,
where the line's own name states a rate (AL6 of the fifty-first review round, 2026-12-06):
credit offered to servicemembers at more than the Military Lending Act's 36%, and a rate of
finance charge stated as a monthly (or weekly) rate without the annual percentage rate. The
reviewer saw a pawn shop's "Ads - 'Military welcome! 25% a month, no credit check'" pass as an
ad with "no customers attributed"; 25% a month is 300% a year. BA120 warns about each
(core.ad_claims asks these questions; its RULES carry the texts below)."""

from __future__ import annotations

import re
from typing import Literal

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "MILITARY_CAP",
    "MILITARY_RATE_RULE",
    "PERIODIC_RATE_RULE",
    "LendingClaim",
    "discounts",
    "lending_claim",
]

LendingClaim = Literal["military rate", "periodic rate"]

#: The Military Lending Act's cap on the military annual percentage rate, in percent (10
#: U.S.C. §987(b))
MILITARY_CAP = 36

# 10 U.S.C. §987(b) (no creditor may impose a military annual percentage rate above 36% on
# consumer credit to a covered member or dependant) and §987(f)(3) (a credit agreement that
# violates the section is void from its inception, as the reviewer read it; the paragraph was
# not re-read here). The Department of Defense's final rule of 22 July 2015 (80 Fed. Reg.
# 43560, 32 CFR Part 232; effective 1 October 2015, compliance required by 3 October 2016, as
# the notice's DATES read) extended the Act to a broader range of credit, and the National
# Pawnbrokers Association's FAQ on it (read 2026-12-06) says it applies to pawns by active
# duty members and their dependants from 3 October 2016 and requires the MAPR disclosed orally
# and in writing before the transaction
MILITARY_RATE_RULE = (
    "a creditor may not charge an active-duty servicemember or a dependant a military annual "
    "percentage rate above 36% on consumer credit, pawn transactions included since 3 "
    "October 2016 (the Military Lending Act, 10 U.S.C. §987(b); the Department of Defense's "
    "rule, 32 CFR Part 232, 80 Fed. Reg. 43560, 22 July 2015), must disclose that rate "
    "orally and in writing before the transaction, and an agreement that breaks the Act is "
    "void; a monthly rate is a yearly one twelve times over (25% a month is 300% a year), "
    "and an ad that states a rate of finance charge must state it as an annual percentage "
    "rate (Regulation Z, 12 CFR §1026.24(c))"
)
# Regulation Z, 12 CFR §1026.24(c) (read 2026-12-06 in copies of the text): "If an
# advertisement states a rate of finance charge, it shall state the rate as an 'annual
# percentage rate,' using that term"; for credit not secured by a dwelling, a simple annual or
# periodic rate may be stated only with the APR and not more prominently. State pawnbroker
# laws cap the monthly charge too (the reviewer's Texas and Florida figures were not verified:
# not cited)
PERIODIC_RATE_RULE = (
    "an ad that states a rate of finance charge must state it as an annual percentage rate, "
    "using that term; a monthly or weekly rate may appear only beside the APR and not more "
    "prominently (Regulation Z, 12 CFR §1026.24(c)); most states' pawnbroker and small-loan "
    "laws also cap the monthly charge: check your state's"
)

#: A rate stated by the month or the week: "25% a month", "20%/mo", "3% per week"
_PERIODIC = LazyPattern(
    r"(?P<rate>\d{1,3}(?:\.\d+)?)\s*%\s*(?:a|per|/|each|every|monthly\b)?\s*"
    r"(?P<period>months?|mo\b|mos\b|weeks?|wk\b|wks\b|monthly|weekly)",
    re.IGNORECASE,
)
#: ...or by the year: "300% APR", "an APR of 60%"
_ANNUAL = LazyPattern(
    r"(?P<a>\d{1,3}(?:\.\d+)?)\s*%\s*(?:apr|mapr|a\s+year|per\s+year|annual\w*|/\s*yr|yearly)\b"
    r"|\b(?:m?apr)\s+(?:of\s+)?(?P<b>\d{1,3}(?:\.\d+)?)\s*%",
    re.IGNORECASE,
)
#: The APR named at all
_APR = LazyPattern(r"\bm?apr\b|\bannual\s+percentage\s+rate\b", re.IGNORECASE)
#: Credit: a loan, a pawn, interest, finance, "no credit check"
_CREDIT = LazyPattern(
    r"\b(?:loans?|pawn\w*|interest|financ\w*|credit|borrow\w*|lend\w*|payday|cash\s+advances?"
    r"|title\s+loans?)\b",
    re.IGNORECASE,
)
#: Servicemembers: "military", "service members", "troops", "active duty", "soldiers";
#: veterans left out (the Act covers active duty members and their dependants), and a base
#: or a camp too (a "base rate", a summer camp)
_MILITARY = LazyPattern(
    r"\b(?:military|service\s*members?|servicemen|troops|active[\s-]duty|soldiers?|sailors?"
    r"|marines|airmen|dod\s+id"
    # ...and the services by name ("Army/Navy payday loans (30% per month)", a held-out wording
    # of AM5 of the fifty-first round's re-review, 2026-12-06, missed at first)
    r"|army|navy|air\s+force|coast\s+guard|national\s+guard|marine\s+corps|usmc|enlisted)\b",
    re.IGNORECASE,
)


#: A discount or a saving for servicemembers, which is no rate of finance charge ("Military
#: discount 10%/mo off storage"): AM5 of the fifty-first round's re-review, 2026-12-06
_DISCOUNT = LazyPattern(
    r"\b(?:discounts?|off|save|savings|rebates?|cash\s?back|coupons?)\b", re.IGNORECASE
)


def discounts(text: str) -> bool:
    """Whether a line's rate is a discount or a saving, not a charge (AM5 of the fifty-first
    round's re-review): asked only of a line already read as a rate to servicemembers."""
    return _DISCOUNT.search(text) is not None


def _yearly(text: str) -> float | None:
    """The highest yearly rate a line states, in percent: a monthly rate twelve times over, a
    weekly one 52 times (a simple rate, as the APR of a pawn renewed each period is at least
    that); None where it states none."""
    rates: list[float] = []
    for found in _PERIODIC.finditer(text):
        period = found.group("period").lower()
        rates.append(float(found.group("rate")) * (52 if period.startswith("w") else 12))
    for found in _ANNUAL.finditer(text):
        rates.append(float(found.group("a") or found.group("b")))
    return max(rates) if rates else None


def lending_claim(text: str, lowered: str, lends: bool = False) -> LendingClaim | None:
    """What a credit ad states that the law forbids (AL6 of the fifty-first round,
    2026-12-06): credit offered to servicemembers at a yearly rate above 36% (a monthly rate
    counted twelve times), and a monthly or weekly rate of finance charge stated without the
    APR. Asked only of a line that names an ad (core.ad_claims) and holds a "%", and that names
    credit or whose business's name says it lends (``lends``); None for most."""
    if "%" not in lowered:
        return None
    credit = _CREDIT.search(text) is not None
    if not (credit or lends):
        return None
    yearly = _yearly(text)
    if yearly is None:
        return None
    if yearly > MILITARY_CAP and _MILITARY.search(text) is not None:
        return "military rate"
    # (a periodic rate only where the line names the credit: a lender's "save 15% a month" on
    # its storage or jewellery is no rate of finance charge)
    if credit and _PERIODIC.search(text) is not None and _APR.search(text) is None:
        return "periodic rate"
    return None

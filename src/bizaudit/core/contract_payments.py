"""What a home improvement contractor may take before the work (AL7 of the fifty-first review
round, 2026-12-06): a down payment over 10% of the contract price, or over the cap the line
names, where the business contracts (home services, construction). The reviewer saw a pool
builder's "Deposits over 10% or $1,000 taken at signing" and "Down payment 30% at signing"
read as unknown names, and "Deposit of 25% collected before permit" as operations 'permit',
with no word said. BA120 asks about each, as California's rule: where the business's state
caps the down payment, such a line breaks it (core.ad_claims asks the question; its RULES
carry the text below)."""

from __future__ import annotations

import re

from bizaudit.model.lazy import LazyPattern

__all__ = ["DEPOSIT_CAP_PERCENT", "DEPOSIT_RULE", "over_deposit_cap"]

#: California's cap on a home improvement contract's down payment, in percent of the contract
#: price (and at most $1,000, whichever is less: Bus. & Prof. Code §7159.5(a)(3))
DEPOSIT_CAP_PERCENT = 10

# Cal. Bus. & Prof. Code §7159.5(a)(3) ("If a downpayment will be charged, the downpayment
# shall not exceed one thousand dollars ($1,000) or 10 percent of the contract amount, whichever
# amount is less") and (a)(5) ("Except for a downpayment, the contractor shall neither request
# nor accept payment that exceeds the value of the work performed or material delivered"), as
# the section's text reads (2026-12-06); swimming pools are home improvement (§7151), and the
# CSLB's swimming-pool page says the same cap applies (as the reviewer read it). Arizona's 15%
# for pools (A.R.S. §32-1158.01) was the reviewer's, unverified: not cited
DEPOSIT_RULE = (
    "California caps the down payment on a home improvement contract, a swimming pool's "
    "included, at $1,000 or 10% of the contract price, whichever is less (Bus. & Prof. Code "
    "§7159.5(a)(3)), and after it no payment may exceed the value of the work done or the "
    "materials delivered (§7159.5(a)(5)); taking more is cause for discipline of the "
    "licence; several other states cap deposits too: where yours does, such a deposit "
    "breaks it"
)

#: A down payment or a deposit at a stated share: "Down payment 30% at signing", "Deposit of
#: 25% collected before permit", "30% deposit"
_SHARE = LazyPattern(
    # (in any wording: a bracket, a colon, a tilde, "percent" or "pct" for the sign, "Pool
    # deposits (35%)", "Deposit: 40 percent", "Spa deposits ~25%": AM5 of the fifty-first
    # round's re-review, 2026-12-06, where only "Pool deposits 35% at contract" was read)
    r"\b(?:deposits?|down\s*-?\s*payments?|downpayments?|retainers?)\b[\s:=(~,-]*"
    r"(?:(?:of|is|at|was|were|collected|taken|required|approx\.?|about)\s+)?"
    r"(?:\w+\s+){0,2}?[(~]?\s*(?P<a>\d{1,3})\s*(?:%|percent\b|pct\b|per\s+cent\b)"
    r"|(?P<b>\d{1,3})\s*(?:%|percent\b|pct\b|per\s+cent\b)\s+(?:deposits?"
    r"|down(?:\s*-?\s*payments?)?\b|up[\s-]?front)",
    re.IGNORECASE,
)
#: ...or over the cap, as the line says it: "Deposits over 10% or $1,000", "down payments
#: above the legal limit"
_OVER_CAP = LazyPattern(
    r"\b(?:deposits?|down\s*-?\s*payments?|downpayments?)\b[^;]*?\b(?:over|above|more\s+than"
    r"|exceed\w*|greater\s+than|in\s+excess\s+of)\s+(?:the\s+)?(?:10\s*%|\$\s?1,?000\b"
    r"|(?:legal\s+|state\s+)?(?:cap|limit|maximum))",
    re.IGNORECASE,
)
#: ...not a deposit given back, held for the customer, or a rental's security deposit
_NOT_TAKEN = LazyPattern(
    r"\b(?:refund\w*|returned|security\s+deposits?|deposit\s+insurance|bank\s+deposits?"
    r"|direct\s+deposits?|deposit\s+slips?)\b",
    re.IGNORECASE,
)


def over_deposit_cap(text: str, lowered: str) -> bool:
    """Whether a contracting trade's line takes a down payment or a deposit over 10% of the
    contract (a share above it), or over the cap the line names (AL7 of the fifty-first
    round, 2026-12-06). After substring tests most lines fail."""
    if "deposit" not in lowered and "down" not in lowered and "retainer" not in lowered:
        return False
    if _NOT_TAKEN.search(text) is not None:
        return False
    if _OVER_CAP.search(text) is not None:
        return True
    return any(
        int(found.group("a") or found.group("b")) > DEPOSIT_CAP_PERCENT
        for found in _SHARE.finditer(text)
    )

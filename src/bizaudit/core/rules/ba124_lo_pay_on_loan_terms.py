"""BA124: a loan originator is paid on a term of the loan (its rate or its pricing)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule, lines_in_trade
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy

__all__ = ["LoPayOnLoanTerms", "pays_on_terms"]

#: Who originates a loan: a loan officer, an originator, a mortgage broker's own people
_ORIGINATORS = LazyPattern(
    r"\b(?:loan\s+officers?|los?|mlos?|originators?|loan\s+originators?|producers?)\b",
    re.IGNORECASE,
)
#: Pay that rises with a term of the loan or a proxy for one: pricing above par, an overage, a
#: yield spread premium, the rate or the margin the borrower is charged; not a fixed share of
#: the amount lent ("bps on funded loans"), which the rule allows, nor a flat rate
_ON_TERMS = LazyPattern(
    r"\babove\s+par\b|\bover(?:ages?|-?par)\b|\byield\s+spread\b|\bysp\b"
    r"|\bprice\s+exceptions?\b|\b(?:on|by|for|tied\s+to)\s+(?:the\s+)?(?:loan\s+)?"
    r"(?:pricing|(?:interest\s+)?rates?|rate\s+margin)\b"
    r"|\brate\s+(?:spread|bonus|premium|split|margin)\b|\bpoints\s+(?:charged|earned)\b"
    r"|\bon\s+(?:the\s+)?loan\s+terms?\b|\bproduct\s+mix\b",
    re.IGNORECASE,
)
#: Pay words: what the line gives the originator (an overage or a YSP paid to them is pay)
_PAY = LazyPattern(
    r"\b(?:bonus(?:es)?|comp(?:ensation)?|commissions?|pay|paid|splits?|incentives?|spiffs?"
    r"|overages?|ysp)\b",
    re.IGNORECASE,
)
#: A line that says its pay does not follow the loan's terms, or that buys a tool, not pay
#: (S1 of the thirty-fifth round's second re-review: "flat 100 bps, no pricing-based pay" and
#: "Pricing engine (Optimal Blue)" had been warned about)
_NOT_ON_TERMS = LazyPattern(
    r"\b(?:no|not|without|regardless\s+of|same\s+(?:on|for)\s+(?:any|every)|flat)\b"
    r"|\b(?:software|engine|subscription|license|licence|module)\b",
    re.IGNORECASE,
)


def pays_on_terms(name: str) -> bool:
    """Whether a line pays a loan originator by a term of the loan or a proxy for one."""
    return bool(
        _ON_TERMS.search(name)
        and _ORIGINATORS.search(name)
        and _PAY.search(name)
        and not _NOT_ON_TERMS.search(name)
    )


class LoPayOnLoanTerms(Rule):
    """A mortgage lender's or broker's line pays its loan officers on a term of the loan: its
    rate, its pricing above par, an overage, a yield spread premium.

    Why it matters: Regulation Z forbids paying a loan originator an amount based on a term of
    the transaction or a proxy for one (12 CFR §1026.36(d)(1)(i); Truth in Lending Act §129B(c),
    added by Dodd-Frank §1403; in force since April 2011): pay that rises with the rate a
    borrower is charged is what the rule was written to end. Pay as a fixed share of the amount
    lent ("25 bps on funded loans") is allowed (§1026.36(d)(1)(ii)). F17 of the thirty-fifth
    review round (2026-12-05): a broker's "LO bonus - 25 bps on loans priced above par" was read
    as a cost of the loans, with no word said.

    How it is computed: in a profile read by the mortgage vertical (declared, or its name says
    mortgage or home loans), a line, whatever it was read as, whose name or note names loan
    officers or originators, pay (a bonus, compensation, commission, split) and a term of the
    loan or a proxy for one (above par, an overage, a yield spread premium, price exceptions,
    pay on the pricing, the rate or the rate's margin), unless it says its pay does not follow
    them ("flat", "not based on rate") or buys a tool (pricing software). It is a warning,
    and the score stops at 79, below "Strong", as for BA114.

    How to fix: pay loan officers a fixed percentage of the amount lent, or per loan, the same
    whatever the rate; check the compensation plan with a lawyer who advises lenders. If the
    line does not pay on the loan's terms, say so in its name or skip this rule with the reason.
    """

    id = "BA124"
    name = "lo-pay-on-loan-terms"
    severity = "warning"
    summary = "A loan officer is paid on a term of the loan"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        return lines_in_trade(facts, "mortgage", pays_on_terms)

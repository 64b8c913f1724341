"""BA126: what the business earns before its loan payments falls short of the cover lenders ask."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.financing import DEBT_SERVICE_COVERAGE, uncovered_debt
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple

__all__ = ["DEBT_SERVICE_COVERAGE", "Coverage", "DebtServiceUncovered"]


class Coverage(NamedTuple):
    earned: Decimal  # operating profit before the loan payments and the other money moved
    payments: Decimal  # the loan payments BA116 names
    lines: tuple[str, ...]  # their names
    ratio: Decimal  # earned ÷ payments
    one_off: tuple[str, ...] = ()  # loan lines left out: payoffs, balloons, owners' loans
    one_off_spend: Decimal = Decimal(0)  # what they come to


class DebtServiceUncovered(Rule):
    """What the business earns before its loan payments falls short of the cover lenders ask.

    Why it matters: the operating profit is before interest by definition, so a loan's
    payments (principal and interest) come out of it: BA116 takes them out of the costs, and
    the margin without them can look sound while the payments take all of it. A lender asks
    that the cash a business earns cover its debt payments with room to spare; the SBA asks
    1.15 times for its standard 7(a) loans (SOP 50 10 8, 2025, as since SOP 50 10 5(F), 2014).
    Below that, more spending to grow is paid for with cash the loan needs (G7 of the
    thirty-ninth review round, 2026-12-05: a wedding venue whose $96,000 of loan payments took
    all but $3,400 of what it earned passed at 77, "Fair", with room to spend more). The score
    stops at 79, as it does for an operating loss (BA111): a shortfall after the loan is cash
    going out as a loss is, and is not held lower than a loss.

    How it is computed: the operating profit as listed, plus what the lines BA116 names that
    are surely no cost add back (loan payments, transfers, revenue given up), plus depreciation
    and amortisation listed (no cash leaves for them), divided by the debt service: the loan
    payments BA116 names and the interest listed apart (interest alone, on a line of credit, is
    debt service too). A payoff, a balloon, a refinancing or a prepayment, paid once from savings
    or a new loan, and a loan from the owners, which lenders put on standby, are no scheduled
    payment: they are left out of the debt service and named. Owners' draws that may be their
    only pay are not added back: the ratio is a floor.

    How to fix: plan the cash before spending more to grow: ask the lender about a longer term
    or months of interest only, and list the interest apart so the margin can be judged.
    """

    id = "BA126"
    name = "debt-service-uncovered"
    severity = "warning"
    summary = "What the business earns falls short of the cover lenders ask of its loan payments"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        found = uncovered_debt(facts)
        if found is None:
            return  # most profiles: no loan payment listed, or it is covered
        earned, payments, loans, one_off = found
        yield Hit(
            Coverage(
                earned,
                payments,
                tuple(item.activity.name for item in loans),
                earned / payments,
                tuple(item.activity.name for item in one_off),
                sum((item.activity.spend for item in one_off), Decimal(0)),
            ),
            at=("activities", loans[0].position),
        )

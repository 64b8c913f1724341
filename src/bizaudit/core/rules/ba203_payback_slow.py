"""BA203: the cost of winning a customer takes longer than the norm to earn back."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.channels import sold_on_commission
from bizaudit.core.economics import Payback
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class SlowPayback(NamedTuple):
    figure: Payback
    norm: Decimal  # months
    industry: str | None  # the vertical whose norm it is; None: the 12-month rule of thumb
    customers: int = 0  # the new customers the judged CAC is divided by
    contract: int | None = None  # the months customers sign for, when the payback is within
    #: why the CAC is a ceiling, where it counts reps paid on every sale: so is the payback
    ceiling: str | None = None


class PaybackSlow(Rule):
    """The cost of winning a customer takes longer than the norm to earn back.

    Why it matters: until a customer has paid back what it cost to win them, growth consumes
    cash. A small business that waits too long for that money can run short while growing.

    How it is computed: CAC ÷ (`average_revenue` × `gross_margin` ÷ months in the period),
    with the cost of the customers the business paid for when the sources say who came by
    referral. The norm is the industry's published figure where there is one (SaaS: 16
    months, Aleph × Benchmarkit 2026), else the 12-month rule of thumb (David Skok). On fewer
    than 20 customers the finding gives the range the payback could as well be in, as BA201
    does for its ratio.

    When customers sign for a term (`customers.contract_months`: a 36-month managed-services
    agreement) that the payback falls within, the finding is information: the contract earns
    the cost back unless customers leave early.

    How to fix: ask for more up front (deposits, annual plans), raise margins, or win
    customers more cheaply.
    """

    id = "BA203"
    name = "cac-payback-slow"
    severity = "warning"
    summary = "Acquisition cost takes longer than the norm to earn back"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        economics = facts.economics
        months = economics.judged_payback.value
        if months is None or months <= economics.payback_norm:
            return
        vertical = facts.vertical
        industry = vertical.label if vertical and vertical.payback else None
        term = facts.profile.customers.contract_months if facts.profile.customers else None
        signed = term if term is not None and months <= term else None
        yield Hit(
            SlowPayback(
                economics.judged_payback,
                economics.payback_norm,
                industry,
                economics.judged_cac.new_customers,
                signed,
                sold_on_commission(facts.by_channel),
            ),
            at=("customers", "average_revenue"),
            # earned back under contract, unless customers leave early (a CFO's review,
            # 2026-12-03: an MSP's 12.3 months against its 36-month agreements)
            severity="info" if signed is not None else None,
        )

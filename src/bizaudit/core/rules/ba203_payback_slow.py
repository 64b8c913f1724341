"""BA203: the cost of winning a customer takes longer than the norm to earn back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.channels import sold_on_commission
from bizaudit.core.economics import Payback
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class GuestSide(NamedTuple):
    """Acquisition lines that buy a manager's guests or tenants, not the owners it counts as
    its new customers (:func:`guest_side`)."""

    names: tuple[str, ...]
    spend: Decimal
    cac: Decimal  # what a customer costs without them
    months: Decimal  # the payback without them


class SlowPayback(NamedTuple):
    figure: Payback
    norm: Decimal  # months
    industry: str | None  # the vertical whose norm it is; None: the 12-month rule of thumb
    customers: int = 0  # the new customers the judged CAC is divided by
    contract: int | None = None  # the months customers sign for, when the payback is within
    #: why the CAC is a ceiling, where it counts reps paid on every sale: so is the payback
    ceiling: str | None = None
    #: a property manager's guest- or tenant-side acquisition counted in the cost of an owner
    #: (AO8 of the fifty-second review round): what the payback is without it
    guests: GuestSide | None = None


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
        guests = guest_side(facts, months)
        yield Hit(
            SlowPayback(
                economics.judged_payback,
                economics.payback_norm,
                industry,
                economics.judged_cac.new_customers,
                signed,
                sold_on_commission(
                    facts.by_channel,
                    # (not where the CAC counts only the new accounts' commission: BH11)
                    paid.line
                    if (paid := facts.economics.cac.repeat_commission) is not None
                    else None,
                ),
                guests,
            ),
            at=("customers", "average_revenue"),
            # earned back under contract, unless customers leave early (a CFO's review,
            # 2026-12-03: an MSP's 12.3 months against its 36-month agreements); or within the
            # norm without a manager's guest-side lines, which the tool cannot place itself:
            # it asks (AO8 of the fifty-second round)
            severity="info"
            if signed is not None
            or (guests is not None and guests.months <= economics.payback_norm)
            else None,
        )


#: The other side of a property manager's two markets: guests, travellers and tenants, whose
#: bookings or rents the manager's fee is a share of, where its customers are the owners (AO8
#: of the fifty-second review round, 2026-12-07: a vacation rental manager's "Guest Google
#: Ads" counted in the cost of winning an owner, $13,750 and 15.9 months to earn back, where
#: the owners' mailers alone cost $25,000 ÷ 4 = $6,250 and 7.2 months; docs/verticals.md's
#: residential property management row: "the owners are the customers: state kind:
#: cost-of-sales on tenant-side lines"). Asked, not assumed: a line may buy both.
_GUEST_SIDE = LazyPattern(
    r"\b(?:guests?|travell?ers?|vacationers?|holiday\s*makers?|renters?|tenants?)\b", re.I
)
_GUEST_WORDS = ("guest", "travel", "vacationer", "holiday", "renter", "tenant")
#: ...and the words that say the business's customers are the owners of what it manages
_OWNER_WORDS = ("owner", "landlord")


def guest_side(facts: Facts, months: Decimal) -> GuestSide | None:
    """The acquisition lines of a real-estate business that buy guests or tenants where its
    lines or sources name owners, and the CAC and payback (``months``) without them; None
    elsewhere (most profiles: the vertical's id, no pattern)."""
    vertical = facts.vertical
    cac = facts.economics.judged_cac
    if (
        vertical is None
        or vertical.id != "real-estate"
        or cac.value is None
        or cac.value <= 0
        or not cac.new_customers
    ):
        return None
    lines = [
        item
        for item in facts.activities
        if item.classification.category == "marketing"
        and item.classification.purpose == "acquire"
        and any(word in item.activity.name.lower() for word in _GUEST_WORDS)
        and _GUEST_SIDE.search(item.activity.name)
    ]
    if not lines:
        return None
    customers = facts.profile.customers
    named = [item.activity.name for item in facts.activities]
    named += list(customers.sources) if customers is not None else []
    if not any(word in name.lower() for name in named for word in _OWNER_WORDS):
        return None
    spend = sum((item.activity.spend for item in lines), Decimal(0))
    without = cac.value - spend / cac.new_customers
    if without <= 0:
        return None
    return GuestSide(
        tuple(item.activity.name for item in lines),
        spend,
        without,
        months * without / cac.value,
    )

"""BA108: the customer sources do not add up to the new customers."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.metrics import Facts
from bizaudit.core.predictability import preneed_apart
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class Mismatch(NamedTuple):
    listed: int  # new customers the sources account for (repeat ones excluded)
    new: int
    repeat: int = 0  # customers listed under sources read as repeat: not new
    repeat_sources: tuple[str, ...] = ()  # those sources' names
    #: a funeral home's pre-need contracts, which the CAC prices apart (Cac.preneed): what a
    #: customer costs is computed from the others (BG2 of round 61b, 2026-12-07)
    preneed: int = 0
    #: the referral share on the sources' basis, and on the CAC's (without the contracts),
    #: where the two lie on either side of the maximum (``most``); else None
    referral: int = 0
    most: Decimal | None = None


class CustomerCounts(Rule):
    """The customers listed under `customers.sources` do not add up to `customers.new`.

    Why it matters: referral dependence is computed from the sources, so sources that count
    more customers than were won (a typo, or one customer counted twice) give a wrong figure.
    Fewer is common (some customers' source is unknown) and is reported as information.
    Where the sources list more than 5% more customers than were won, the score stops at 79,
    below "Strong" (the auditors' 5% rule of thumb for what is material, as for unread
    sources; a CFO's review, 2026-12-03: a pest company scored 100 with its sources 10% over).

    Customers under a source read as repeat ("repeat customers", "returning", "former
    client") are not new and are not counted; when they make up the difference, the finding
    says so: if they are new customers a former client sent, write the source's kind as
    `referral`.

    How to fix: make the sources add up to the number of new customers, or add an
    `unknown` source for customers whose source you do not know.
    """

    id = "BA108"
    name = "customer-counts-mismatch"
    severity = "warning"
    summary = "Customer sources do not add up to the new customers"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        customers = facts.profile.customers
        if customers is None or customers.new is None or not customers.sources:
            return
        listed, new = facts.sourced_customers, customers.new
        if listed == new:
            return
        repeat = tuple(s.name for s in facts.sources if s.classification.kind == "repeat")
        # a funeral home's pre-need contracts: the referral share is read on all the sources
        # (BA102, the key figure, the verdict); the CAC's basis leaves the contracts out, said
        # where the two fall either side of the maximum (95 ÷ 190 = 50%, within; 95 ÷ 150 =
        # 63%, over), as the verdict says it (core.predictability.preneed_apart)
        preneed, most = preneed_apart(facts, policy.max_referral_share.value)
        if not preneed:  # (0 but for a funeral home selling pre-need)
            preneed = facts.economics.cac.preneed
        found = Mismatch(
            listed, new, facts.repeat_customers, repeat, preneed, facts.referral_customers, most
        )
        if listed > new:
            yield Hit(found, at=("customers", "new"))
        elif listed < new:
            yield Hit(found, at=("customers", "new"), severity="info")

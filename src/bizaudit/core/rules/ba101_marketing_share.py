"""BA101: marketing spend is under the minimum share of revenue."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class BelowMinimum(NamedTuple):
    marketing: Decimal
    revenue: Decimal
    share: Decimal
    minimum: Decimal


class MarketingShare(Rule):
    """Marketing spend is under the minimum share of revenue.

    Why it matters: a business exists to create and keep customers, and marketing is how it
    does that on purpose. Published surveys put marketing budgets at roughly 6-11% of revenue
    (Gartner CMO Spend Survey 2025: 7.7%; The CMO Survey 2025: 9.4%). Owners who spend far less
    are usually doing the work and hoping new customers turn up.

    How it is computed: marketing spend (every activity classified as marketing: acquire,
    retain and grow) divided by revenue. The comparison is exact: 9.99% fails a 10% minimum.
    A business with no revenue yet is not checked by this rule.

    How to fix: budget more for attracting and keeping customers, or, if some spending is
    marketing but was classified otherwise, say so with `kind: marketing` on the activity.

    Configure: `policy: {min_marketing_share: 8%}` in the profile, `--min-marketing-share 8%`
    on the command line (the flag wins). Default 10%. Skip it with
    `skip: [{rule: BA101, reason: "..."}]`.
    """

    id = "BA101"
    name = "marketing-below-minimum"
    severity = "error"
    summary = "Marketing spend is under the minimum share of revenue"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        minimum = policy.min_marketing_share.value
        marketing = facts.spend["marketing"]
        if facts.revenue == 0 or marketing >= minimum * facts.revenue:
            return
        yield Hit(
            BelowMinimum(
                marketing=marketing,
                revenue=facts.revenue,
                share=marketing / facts.revenue,
                minimum=minimum,
            ),
            at=("revenue",),
        )

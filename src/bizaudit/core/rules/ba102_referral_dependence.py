"""BA102: too many new customers come from referrals."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class OverMaximum(NamedTuple):
    share: Decimal
    referral: int
    sourced: int
    maximum: Decimal


class ReferralDependence(Rule):
    """Too many new customers come from referrals and word of mouth.

    Why it matters: owners who say they "rely on referrals" usually mean they hope for them.
    Referrals are welcome, but they come when others choose, not when the business needs them,
    so a business that depends on them cannot plan its growth. 85% of small-business owners
    name word of mouth as their best source of customers (Alignable, 2017).

    How it is computed: new customers from sources that read as referrals ("referrals",
    "word of mouth", "friend", "recommendation"...) divided by all new customers listed under
    `customers.sources`. Each source's reading is shown in the report.

    How to fix: fund at least one channel you control and can repeat (ads, content, events,
    outbound, or a referral programme with a real budget), and track the customers it brings.

    Configure: `policy: {max_referral_share: 60%}` or `--max-referral-share 60%`. Default 50%.
    This is a warning when the default applies and an error when you set the maximum yourself.
    """

    id = "BA102"
    name = "referral-dependence"
    severity = "warning"
    summary = "Too many new customers come from referrals"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        limit = policy.max_referral_share
        referral = facts.referral_share
        if referral is None or referral <= limit.value:
            return
        yield Hit(
            OverMaximum(
                share=referral,
                referral=facts.referral_customers,
                sourced=facts.sourced_customers,
                maximum=limit.value,
            ),
            at=("customers", "sources"),
            severity="warning" if limit.is_default else "error",
        )

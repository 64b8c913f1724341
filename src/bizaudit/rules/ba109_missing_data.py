"""BA109: the profile leaves out data the audit could use."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.metrics import Facts
from bizaudit.policy import EffectivePolicy
from bizaudit.rules.base import Hit, Rule


class MissingData(Rule):
    """The profile leaves out data that the audit could use.

    Why it matters: without `customers.sources` the audit cannot measure referral dependence;
    without `owner_hours` it cannot see whether the owner makes time for marketing. Those
    parts of the score are then left out rather than guessed.

    How to fix: add the sections the message names (see the README's profile reference).
    """

    id = "BA109"
    name = "missing-data"
    severity = "info"
    summary = "The profile leaves out data the audit could use"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        profile = facts.profile
        if profile.revenue > 0 and (profile.customers is None or not profile.customers.sources):
            yield Hit(
                "no customer sources, so referral dependence cannot be measured",
                "add 'customers: {new: N, sources: {referrals: N, ...}}'",
                facts.locate(("customers",)),
                subject="customers",
            )
        if profile.owner_hours is None:
            yield Hit(
                "no owner hours, so the owner's time on marketing cannot be measured",
                "add 'owner_hours: {delivery: N, marketing: N, sales: N, admin: N}'",
                subject="owner_hours",
            )

"""The rule registry: every rule by its stable ID, in the order they run and are documented."""

from __future__ import annotations

from bizaudit.rules.ba101_marketing_share import MarketingShare
from bizaudit.rules.ba102_referral_dependence import ReferralDependence
from bizaudit.rules.ba103_no_acquisition_channel import NoAcquisitionChannel
from bizaudit.rules.ba104_no_retention import NoRetention
from bizaudit.rules.ba105_owner_time import OwnerTime
from bizaudit.rules.ba106_unclassified import Unclassified
from bizaudit.rules.ba107_ambiguous import Ambiguous
from bizaudit.rules.ba108_customer_counts import CustomerCounts
from bizaudit.rules.ba109_missing_data import MissingData
from bizaudit.rules.ba201_ltv_cac_low import LtvCacLow
from bizaudit.rules.ba202_ltv_cac_high import LtvCacHigh
from bizaudit.rules.ba203_payback_slow import PaybackSlow
from bizaudit.rules.base import Hit, Rule

__all__ = ["RULES", "Hit", "Rule", "UnknownRuleError", "get", "reference_markdown"]

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        MarketingShare(),
        ReferralDependence(),
        NoAcquisitionChannel(),
        NoRetention(),
        OwnerTime(),
        Unclassified(),
        Ambiguous(),
        CustomerCounts(),
        MissingData(),
        LtvCacLow(),
        LtvCacHigh(),
        PaybackSlow(),
    )
}


class UnknownRuleError(KeyError):
    """No rule has that ID."""

    def __str__(self) -> str:
        return f"no rule {self.args[0]!r}; the rules are {', '.join(RULES)}"


def get(rule_id: str) -> Rule:
    """The rule with this ID or name (``BA101``, ``ba101``, ``marketing-below-minimum``), or
    :class:`UnknownRuleError`."""
    wanted = rule_id.strip()
    by_name = {rule.name: rule for rule in RULES.values()}
    found = RULES.get(wanted.upper()) or by_name.get(wanted.lower())
    if found is None:
        raise UnknownRuleError(rule_id)
    return found


def reference_markdown() -> str:
    """The rules reference for the README, generated from the rules' own documentation."""
    parts = []
    for rule in RULES.values():
        parts.append(f"### {rule.id} `{rule.name}` ({rule.severity})\n\n{rule.documentation()}\n")
    return "\n".join(parts)

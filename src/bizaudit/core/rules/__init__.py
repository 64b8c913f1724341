"""The rule registry: every rule by its stable ID, in the order they run and are documented."""

from __future__ import annotations

from bizaudit.core.rules.ba101_marketing_share import MarketingShare
from bizaudit.core.rules.ba102_referral_dependence import ReferralDependence
from bizaudit.core.rules.ba103_no_acquisition_channel import NoAcquisitionChannel
from bizaudit.core.rules.ba104_no_retention import NoRetention
from bizaudit.core.rules.ba105_owner_time import OwnerTime
from bizaudit.core.rules.ba106_unclassified import Unclassified
from bizaudit.core.rules.ba107_ambiguous import Ambiguous
from bizaudit.core.rules.ba108_customer_counts import CustomerCounts
from bizaudit.core.rules.ba109_missing_data import MissingData
from bizaudit.core.rules.ba110_marketing_above_range import MarketingAboveRange
from bizaudit.core.rules.ba111_spend_exceeds_revenue import SpendExceedsRevenue
from bizaudit.core.rules.ba112_churn_looks_monthly import ChurnLooksMonthly
from bizaudit.core.rules.ba113_unclassified_source import UnclassifiedSource
from bizaudit.core.rules.ba114_paying_for_referrals import PayingForReferrals
from bizaudit.core.rules.ba115_thin_margin import ThinOperatingMargin
from bizaudit.core.rules.ba116_financing_line import FinancingLine
from bizaudit.core.rules.ba117_gross_margin_mismatch import GrossMarginMismatch
from bizaudit.core.rules.ba118_owner_pay_not_listed import OwnerPayNotListed
from bizaudit.core.rules.ba119_retailer_inducement import RetailerInducement
from bizaudit.core.rules.ba120_unlawful_advertising import UnlawfulAdvertising
from bizaudit.core.rules.ba121_gifts_to_deciders import GiftsToDeciders
from bizaudit.core.rules.ba122_channel_named_nowhere import ChannelNamedNowhere
from bizaudit.core.rules.ba123_marketplace_dependence import MarketplaceDependence
from bizaudit.core.rules.ba124_lo_pay_on_loan_terms import LoPayOnLoanTerms
from bizaudit.core.rules.ba125_new_exceed_served import NewExceedServed
from bizaudit.core.rules.ba126_debt_service import DebtServiceUncovered
from bizaudit.core.rules.ba127_attest_client_commission import AttestClientCommission
from bizaudit.core.rules.ba128_one_source_dependence import OneSourceDependence
from bizaudit.core.rules.ba129_customer_concentration import CustomerConcentration
from bizaudit.core.rules.ba201_ltv_cac_low import LtvCacLow
from bizaudit.core.rules.ba202_ltv_cac_high import LtvCacHigh
from bizaudit.core.rules.ba203_payback_slow import PaybackSlow
from bizaudit.core.rules.ba204_customer_costs_more_than_worth import CustomerCostsMoreThanWorth
from bizaudit.core.rules.ba205_channel_cac_above_ltv import ChannelCacAboveLtv
from bizaudit.core.rules.ba206_channel_without_customers import ChannelWithoutCustomers
from bizaudit.core.rules.ba207_paid_customers_without_spend import PaidCustomersWithoutSpend
from bizaudit.core.rules.base import Hit, Rule

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
        MarketingAboveRange(),
        SpendExceedsRevenue(),
        ChurnLooksMonthly(),
        UnclassifiedSource(),
        PayingForReferrals(),
        ThinOperatingMargin(),
        FinancingLine(),
        GrossMarginMismatch(),
        OwnerPayNotListed(),
        RetailerInducement(),
        UnlawfulAdvertising(),
        GiftsToDeciders(),
        ChannelNamedNowhere(),
        MarketplaceDependence(),
        LoPayOnLoanTerms(),
        NewExceedServed(),
        DebtServiceUncovered(),
        AttestClientCommission(),
        OneSourceDependence(),
        CustomerConcentration(),
        LtvCacLow(),
        LtvCacHigh(),
        PaybackSlow(),
        CustomerCostsMoreThanWorth(),
        ChannelCacAboveLtv(),
        ChannelWithoutCustomers(),
        PaidCustomersWithoutSpend(),
    )
}


class UnknownRuleError(KeyError):
    """No rule has that ID."""

    def __str__(self) -> str:
        import difflib

        names = [*RULES, *(rule.name for rule in RULES.values())]
        close = difflib.get_close_matches(str(self.args[0]), names, n=1, cutoff=0.7)
        meant = f"did you mean {close[0]}? " if close else ""
        return f"no rule {self.args[0]!r}; {meant}the rules are {', '.join(RULES)}"


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

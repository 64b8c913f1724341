"""What each rule found, in words: a message that states the figures and an advice that says
what to do. One function a rule, registered by its ID; every output format shows these."""

from __future__ import annotations

from collections.abc import Callable

from bizaudit.core.economics import (
    LTV_TO_CAC_CEILING,
    LTV_TO_CAC_MINIMUM,
    PAYBACK_MONTHS_MAXIMUM,
)
from bizaudit.core.rules import Hit
from bizaudit.core.rules.ba101_marketing_share import BelowMinimum
from bizaudit.core.rules.ba102_referral_dependence import OverMaximum
from bizaudit.core.rules.ba103_no_acquisition_channel import NoChannel
from bizaudit.core.rules.ba105_owner_time import TooLittleTime
from bizaudit.core.rules.ba107_ambiguous import Ambiguity
from bizaudit.core.rules.ba108_customer_counts import Mismatch
from bizaudit.core.rules.ba201_ltv_cac_low import LowRatio
from bizaudit.core.rules.ba202_ltv_cac_high import HighRatio
from bizaudit.core.rules.ba203_payback_slow import SlowPayback
from bizaudit.explain.economics import Basis
from bizaudit.explain.numbers import (
    at_least,
    format_hours,
    format_limit,
    format_money,
    format_number_beside,
    format_percent_beside,
)

__all__ = ["WORDS", "Words", "words"]

Words = tuple[str, str]  # (message, advice)


def _ba101(hit: Hit, currency: str) -> Words:
    f: BelowMinimum = hit.figures
    needed = at_least(f.minimum * f.revenue, "0.01")
    return (
        f"marketing is {format_percent_beside(f.share, f.minimum, 2)} of revenue "
        f"({format_money(f.marketing, currency)} of {format_money(f.revenue, currency)}), "
        f"under the {format_limit(f.minimum)} minimum",
        f"budget at least {format_money(needed, currency)} a period for attracting and "
        f"keeping customers ({format_money(needed - f.marketing, currency)} more)",
    )


def _ba102(hit: Hit, currency: str) -> Words:
    f: OverMaximum = hit.figures
    return (
        f"{format_percent_beside(f.share, f.maximum)} of new customers came from referrals "
        f"({f.referral:,} of {f.sourced:,}), over the {format_limit(f.maximum)} maximum",
        "fund a channel you control and can repeat, so growth does not wait on others",
    )


def _ba103(hit: Hit, currency: str) -> Words:
    f: NoChannel = hit.figures
    detail = f" ({', '.join(f.one_offs)} ran only once)" if f.one_offs else ""
    return (
        f"no funded, recurring acquisition activity{detail}",
        "fund one repeatable way of winning customers every period and track what it brings",
    )


def _ba104(hit: Hit, currency: str) -> Words:
    return (
        "nothing is spent on keeping existing customers",
        "add a retention activity such as a newsletter, a loyalty scheme or client check-ins",
    )


def _ba105(hit: Hit, currency: str) -> Words:
    f: TooLittleTime = hit.figures
    return (
        f"the owner spends {format_percent_beside(f.share, f.minimum)} of their week "
        f"on marketing ({format_hours(f.marketing)} of {format_hours(f.total)} hours), "
        f"under the {format_limit(f.minimum)} minimum",
        f"block at least {format_hours(at_least(f.minimum * f.total, '0.1'))} hours a week "
        "for marketing",
    )


def _ba106(hit: Hit, currency: str) -> Words:
    return (
        f"could not tell what {hit.subject!r} is for; counted as operations",
        "state its kind, e.g. 'kind: marketing' with 'purpose: acquire'",
    )


def _ba107(hit: Hit, currency: str) -> Words:
    f: Ambiguity = hit.figures
    return (
        f"{hit.subject!r} is ambiguous: {f.reason}",
        "state its kind and purpose, or split it into two activities",
    )


def _ba108(hit: Hit, currency: str) -> Words:
    f: Mismatch = hit.figures
    if f.listed > f.new:
        return (
            f"the sources list {f.listed} customers but only {f.new} new customers were won",
            "correct the counts so the sources add up to customers.new",
        )
    return (
        f"the sources account for {f.listed} of {f.new} new customers; "
        f"referral share is computed from those {f.listed}",
        "add the missing customers' sources, or list them as 'unknown'",
    )


def _ba109(hit: Hit, currency: str) -> Words:
    if hit.subject == "customers":
        return (
            "no customer sources, so referral dependence cannot be measured",
            "add 'customers: {new: N, sources: {referrals: N, ...}}'",
        )
    return (
        "no owner hours, so the owner's time on marketing cannot be measured",
        "add 'owner_hours: {delivery: N, marketing: N, sales: N, admin: N}'",
    )


def _ba201(hit: Hit, currency: str) -> Words:
    f: LowRatio = hit.figures
    assert f.figure.value is not None
    shown = format_number_beside(f.figure.value, LTV_TO_CAC_MINIMUM)
    return (
        f"a customer is worth {shown}× what it costs to win one "
        f"({Basis(currency).ratio(f.figure)}); "
        f"the rule of thumb is at least {LTV_TO_CAC_MINIMUM}×",
        "keep customers longer or sell them more, or win them more cheaply",
    )


def _ba202(hit: Hit, currency: str) -> Words:
    f: HighRatio = hit.figures
    assert f.figure.value is not None
    shown = format_number_beside(f.figure.value, LTV_TO_CAC_CEILING)
    return (
        f"a customer is worth {shown}× what it costs to win one; "
        "there is room to spend more on acquisition",
        "try more budget on the channels that bring customers and watch the ratio",
    )


def _ba203(hit: Hit, currency: str) -> Words:
    f: SlowPayback = hit.figures
    assert f.figure.value is not None
    shown = format_number_beside(f.figure.value, PAYBACK_MONTHS_MAXIMUM)
    return (
        f"winning a customer takes {shown} months to earn back "
        f"({Basis(currency).payback(f.figure)}), more than {PAYBACK_MONTHS_MAXIMUM}",
        "ask for more up front, raise margins, or win customers more cheaply",
    )


#: rule ID → the words for what it found (a test checks every rule has them)
WORDS: dict[str, Callable[[Hit, str], Words]] = {
    "BA101": _ba101,
    "BA102": _ba102,
    "BA103": _ba103,
    "BA104": _ba104,
    "BA105": _ba105,
    "BA106": _ba106,
    "BA107": _ba107,
    "BA108": _ba108,
    "BA109": _ba109,
    "BA201": _ba201,
    "BA202": _ba202,
    "BA203": _ba203,
}


def words(rule_id: str, hit: Hit, currency: str) -> Words:
    """The message and advice for what rule ``rule_id`` found."""
    return WORDS[rule_id](hit, currency)

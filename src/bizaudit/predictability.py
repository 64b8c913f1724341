"""Business or hobby: does the business have a predictable, repeatable way to win customers?

* **business**: at least one funded, recurring acquisition channel, and referrals within the
  maximum (or no customer data to say otherwise);
* **hobby**: no funded, recurring channel, and new customers mostly by referral (or unknown);
* **at risk**: one of the two holds but not the other.

A funded referral programme is a channel (it has a budget and runs every period); referrals
that merely happen are not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bizaudit.amounts import format_limit, format_percent, format_percent_beside, plural
from bizaudit.metrics import Facts
from bizaudit.policy import EffectivePolicy

__all__ = ["HEADLINES", "Verdict", "assess"]

Label = Literal["business", "at risk", "hobby"]

HEADLINES: dict[Label, str] = {
    "business": "A business: it has a funded, repeatable way to win customers.",
    "at risk": "At risk: part of winning customers is planned, part is left to chance.",
    "hobby": "Closer to a hobby: new customers arrive by chance, not by a plan.",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    label: Label
    headline: str
    reasons: list[str]


def assess(facts: Facts, policy: EffectivePolicy) -> Verdict:
    channels = [c.activity.name for c in facts.channels]
    referral = facts.referral_share
    maximum = policy.max_referral_share.value
    reasons: list[str] = []
    if channels:
        count = plural(len(channels), "funded, recurring acquisition channel")
        reasons.append(f"{count}: {', '.join(channels)}")
    else:
        reasons.append("no funded, recurring acquisition channel")
    if referral is None:
        reasons.append("no customer sources, so referral dependence is unknown")
        referral_ok = True
    else:
        referral_ok = referral <= maximum
        reasons.append(
            f"{format_percent_beside(referral, maximum)} of new customers came from referrals "
            f"({'within' if referral_ok else 'over'} the {format_limit(maximum)} maximum)"
        )
        own = facts.non_referral_share
        reasons.append(f"{format_percent(own)} came from sources other than referrals")
    label: Label
    if channels and referral_ok:
        label = "business"
    elif not channels and (not referral_ok or referral is None):
        label = "hobby"
    else:
        label = "at risk"
    return Verdict(label, HEADLINES[label], reasons)

"""Business or hobby, in words: the headline and the reasons it rests on."""

from __future__ import annotations

from bizaudit.core.predictability import Label, Verdict
from bizaudit.explain.numbers import format_limit, format_percent, format_percent_beside, plural

__all__ = ["HEADLINES", "reasons"]

HEADLINES: dict[Label, str] = {
    "business": "A business: it has a funded, repeatable way to win customers.",
    "at risk": "At risk: part of winning customers is planned, part is left to chance.",
    "hobby": "Closer to a hobby: new customers arrive by chance, not by a plan.",
}


def reasons(verdict: Verdict) -> list[str]:
    said: list[str] = []
    if verdict.channels:
        count = plural(len(verdict.channels), "funded, recurring acquisition channel")
        said.append(f"{count}: {', '.join(verdict.channels)}")
    else:
        said.append("no funded, recurring acquisition channel")
    referral = verdict.referral_share
    if referral is None:
        said.append("no customer sources, so referral dependence is unknown")
        return said
    where = "within" if verdict.referrals_within else "over"
    said.append(
        f"{format_percent_beside(referral, verdict.maximum)} of new customers came from "
        f"referrals ({where} the {format_limit(verdict.maximum)} maximum)"
        + (
            f", cultivated on purpose: {', '.join(verdict.cultivated)}"
            if verdict.cultivated and referral > verdict.maximum
            else ""
        )
    )
    said.append(
        f"{format_percent(verdict.non_referral_share)} came from sources other than referrals"
    )
    return said

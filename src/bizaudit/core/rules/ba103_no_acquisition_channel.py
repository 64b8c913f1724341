"""BA103: no funded, recurring way of acquiring customers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class NoChannel(NamedTuple):
    one_offs: list[str]  # acquisition activities that ran only once


class NoAcquisitionChannel(Rule):
    """No funded, recurring way of acquiring customers.

    Why it matters: without a predictable, repeatable way of acquiring customers a business is
    closer to a hobby than a business: new work arrives by chance.

    How it is computed: activities classified as marketing with purpose `acquire`, with spend
    above zero and `recurring` not set to false. A funded referral programme counts; referrals
    that merely happen do not (they have no spend).

    How to fix: choose one acquisition channel that suits your customers, give it a budget for
    every period, and measure what it brings. If you already have one that was not recognised,
    set `kind: marketing` and `purpose: acquire` on it.
    """

    id = "BA103"
    name = "no-acquisition-channel"
    severity = "warning"
    summary = "No funded, recurring way of acquiring customers"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        if facts.channels:
            return
        one_offs = [
            a.activity.name
            for a in facts.activities
            if a.classification.purpose == "acquire" and not a.activity.repeats
        ]
        yield Hit(
            NoChannel(one_offs=one_offs),
            at=("activities",),
        )

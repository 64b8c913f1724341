"""BA103: no funded, recurring way of acquiring customers."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.capacity import full
from bizaudit.core.metrics import Facts
from bizaudit.core.predictability import HeldBack, asked_back, held_back
from bizaudit.core.referrers import restricted_referrers
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class NoChannel(NamedTuple):
    one_offs: list[str]  # acquisition activities that ran only once
    #: how full the business is, at or above core.capacity's line: no channel is needed
    #: while more customers could not be served (H2 of the twenty-fifth round's re-review)
    full: Decimal | None = None
    #: more than half the new customers came by referral in a trade whose rules restrict
    #: paying those who refer (core.referrers): "fund" names what those rules allow, as BA101's
    #: advice does, not a payment to referrers (AO9 of the fifty-second review round,
    #: 2026-12-07: a sober home fed by drug courts and treatment centres)
    referrers: bool = False
    #: the funded, recurring acquisition a rule of law warns about, which is why none counts:
    #: said beside it, so that "no funded acquisition" does not deny money the report shows
    #: (AT5 of the fifty-third round's re-review, 2026-12-07)
    held: HeldBack | None = None
    #: whose rules restrict paying those who refer, where they bind the referrers and not the
    #: business's own profession (core.referrers.RestrictedReferrers.whose: a pet crematory's,
    #: "the clinics' rules"), else None (BA103 of the fifty-fourth round's part j, 2026-12-07)
    whose: str | None = None
    #: the funded, recurring acquisition left out while a rule of law asks about it, as
    #: information (a Canadian cannabis store's paid creator, BA120): named beside "no funded
    #: acquisition", as the verdict names it (BI2 of the sixty-second round's second re-review)
    asked: HeldBack | None = None


class NoAcquisitionChannel(Rule):
    """No funded, recurring way of acquiring customers.

    Why it matters: without a predictable, repeatable way of acquiring customers a business is
    closer to a hobby than a business: new work arrives by chance.

    How it is computed: activities classified as marketing with purpose `acquire`, with spend
    above zero and `recurring` not set to false. A funded referral programme counts; referrals
    that merely happen do not (they have no spend).

    A business at least 90% full (`business.capacity_used`) could serve no more customers:
    the finding is information, and the business-or-hobby verdict reads "at capacity" (H2 of
    the twenty-fifth round's re-review, 2026-12-04: a centre 96% full was told to fund a
    channel and read "At risk", part of winning customers "planned").

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
        used = full(facts.profile)
        restricted = restricted_referrers(facts) if used is None else None
        yield Hit(
            NoChannel(
                one_offs=one_offs,
                full=used,
                referrers=restricted is not None,
                held=held_back(facts),
                whose=restricted.whose if restricted is not None else None,
                asked=asked_back(facts),
            ),
            at=("activities",),
            severity="info" if used is not None else None,
        )

"""BA128: most new customers come through one partner, or one company's lead platform."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.channels import DEPENDENCE, OneSource
from bizaudit.core.metrics import Facts
from bizaudit.core.referrers import OneReferrer, one_referrer
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy

__all__ = ["DEPENDENCE", "OneReferrer", "OneSource", "OneSourceDependence"]


class OneSourceDependence(Rule):
    """More than half of the new customers came through one source that someone else
    controls: a partner the profile names (a school, a builder, a hospital, a venue), or one
    company's lead platform or directory (Angi, Thumbtack, Zillow, Avvo, Healthgrades, a home
    warranty company's dispatch).

    Why it matters: such a source is a relationship or a ranking, not a channel the business
    runs. The partner's staff change, its priorities move, the platform raises its price per
    lead or drops the listing, and most new customers stop at once, with nothing of the
    business's own to take their place. Advisers draw the line for one customer at 25% of
    revenue and call 40-50% a threat to the business (Yari Solutions, undated); the same
    holds for one referral source (AG Management, undated). A summer camp with 45 of its 72
    new families from one school's fair had been called "a business: it has a funded,
    repeatable way to win customers" with no word of it (J14 of the forty-first round's
    re-review, 2026-12-06).

    How it is computed: against all the new customers the sources name (returning customers
    left out), the new customers each company sends through the lead platforms and directories
    the vocabulary marks (`one_sender`), adding up its sources and its channels (Angi and
    HomeAdvisor are Angi Inc.'s; The Knot and WeddingWire, The Knot Worldwide's; The Knot and
    Zola are two companies under one label); else those of the largest channel, where it is a
    partner the profile names (a channel the channel vocabulary does not know), one source of
    it at a time. Over 50%, it is reported, with what the profile lists as spent on the
    channels. A reservation network (OpenTable), whose guests mostly found the restaurant
    elsewhere, is no such sender. Referrals and word of mouth (BA102) and marketplaces that
    keep their customers (BA123) have rules of their own, but one referral source named as one
    referrer (a consultant, an accountant, a physician; not word of mouth, friends, past
    clients or a plural such as "social workers") that sends more than half is reported too,
    on the condition that it is one person or firm (AO9 of the fifty-second review round,
    2026-12-07: a billing company with 7 of its 8 new clients from one practice-management
    consultant read only "100% from referrals"). The score is not capped: this is
    about control, not cost.

    How to fix: keep the source for the customers it sends, and grow a second one the
    business runs itself (its own site and search listing, email to past customers, the
    channels of its own the table prices) until no one source sends more than half. Count
    what the partner or the platform sends each month, so that a slowdown shows early.
    """

    id = "BA128"
    name = "one-source-dependence"
    severity = "warning"
    summary = "Most new customers come through one partner or one company's platform"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        # the search is core.channels.one_source, made once in core.metrics, whose answer
        # BA101's advice reads too (AL10 of the fifty-first review round, 2026-12-06)
        if (found := facts.one_source) is not None:
            sent, top = found
            yield Hit(sent, at=("customers", "sources", top))
        elif (referrer := one_referrer(facts)) is not None:
            # one referrer the profile names (core.referrers, AO9 of round 52)
            yield Hit(referrer, at=("customers", "sources", referrer.name))

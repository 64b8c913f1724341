"""BA128: most new customers come through one partner, or one company's lead platform; or many
through the networks that set their rates."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from bizaudit.core.channels import DEPENDENCE, Channel, OneSource, priced_by_rate
from bizaudit.core.metrics import Facts
from bizaudit.core.referrers import OneReferrer, one_referrer
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple

__all__ = [
    "DEPENDENCE", "RATE_SETTERS", "OneReferrer", "OneSource", "OneSourceDependence",
    "RateSetters",
]  # fmt: skip


#: More than this share of new customers through the networks that send work at the rates
#: they set (``by_rate`` in the channel vocabulary: private medical insurers' networks and
#: panels, vision plans, insurers' direct repair programmes, therapy networks, motor clubs,
#: police rotation lists, Medicaid transport brokers, home-warranty companies), together, is
#: dependence on them as a group. A practitioner reading, not a published rule: no source
#: read sets a line for such networks together. It is the low end of the customer-
#: concentration line BA128 reads, "at 40% or 50%, a single client departure can threaten the
#: business entirely" (Yari Solutions, "Client concentration risk", undated, read 2026-12-06
#: and again with the search tool 2026-12-07). BA128 takes the high end for one source, which
#: sends new customers and no more; such a network sets, besides how many it sends, the rate
#: paid for each of them, visit after visit, and networks of one kind move together: as
#: private health cover fell (2009-2012), private medical insurers, Bupa among them, cut the
#: fees they paid physiotherapists, and practitioners who relied on them lost up to a fifth of
#: their income (the CSP's Frontline, "A changing marketplace", undated, of 2013 by what it
#: reports; read with the search tool 2026-12-07); Bupa's network was a tender on price
#: (2009). Dominant payers' "take it or leave it" fee schedules are a practice's risk
#: (Glenwood Systems, "Payor Mix", 2022, read 2026-12-07). The sixty-first round, part p
#: (2026-12-07): a physiotherapy clinic with 620 of its 1,460 new patients (42.5%) through
#: three insurers' networks had no finding that said so.
RATE_SETTERS = Decimal("0.40")


class RateSetters(NamedTuple):
    """The networks that send work at the rates they set, where together they send more than
    :data:`RATE_SETTERS` of the new customers and no one of them more than half (BA128)."""

    share: Decimal  # of the new customers the sources name (returning customers left out)
    customers: int  # through them
    of: int  # all new customers the sources name
    #: each network's channel: (name, customers, what the profile lists as spent there)
    networks: tuple[tuple[str, int, Decimal], ...]
    cost: Decimal  # all of it


def rate_setters(by_channel: Sequence[Channel]) -> tuple[RateSetters, str] | None:
    """The networks that send work at the rates they set, with the name of their largest
    source (where BA128 points), where together they send more than :data:`RATE_SETTERS` of
    the new customers the sources name; else None."""
    rated = [channel for channel in by_channel if channel.customers and priced_by_rate(channel)]
    if not rated:
        return None  # most profiles: no such network sends anyone
    of = sum(channel.customers for channel in by_channel)
    customers = sum(channel.customers for channel in rated)
    if customers <= RATE_SETTERS * of:
        return None
    networks = tuple(
        (channel.name, channel.customers, channel.spend + channel.fees) for channel in rated
    )
    top = max(
        (source for channel in rated for source in channel.sources),
        key=lambda source: source.customers,
    )
    return (
        RateSetters(
            Decimal(customers) / of,
            customers,
            of,
            networks,
            sum((cost for _, _, cost in networks), Decimal(0)),
        ),
        top.name,
    )


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

    Where no one source sends more than half, the networks that send work at the rates they
    set (private medical insurers' networks and panels, vision plans, direct repair
    programmes, motor clubs, police rotation lists, Medicaid transport brokers, home-warranty
    companies) are added up: more than 40% of the new customers through them together is
    reported too. Each sets its contract's terms and its rates, can cut them or drop the
    business, and networks of one kind move together (UK private medical insurers cut what
    they paid physiotherapists as cover fell: the CSP's Frontline, 2013). The line is a
    practitioner reading, the low end of the advisers' "40% or 50%" (Yari Solutions,
    undated): such a network sets the price of each customer it sends as well as how many it
    sends (the sixty-first round, part p, 2026-12-07: a physiotherapy clinic with 620 of its
    1,460 new patients through Bupa's, AXA Health's and Vitality's networks had no word of
    it). The score's words do not call it one source.

    How to fix: keep the source for the customers it sends, and grow a second one the
    business runs itself (its own site and search listing, email to past customers, the
    channels of its own the table prices) until no one source sends more than half. Count
    what the partner or the platform sends each month, so that a slowdown shows early. For
    the networks, grow the customers who come direct, at the business's own prices, until
    the networks send 40% or less, and read each contract's term, notice and next rate
    review.
    """

    id = "BA128"
    name = "one-source-dependence"
    severity = "warning"
    summary = (
        "Most new customers come through one partner or one company's platform, or over 40% "
        "through networks that set their rates"
    )

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        # the search is core.channels.one_source, made once in core.metrics, whose answer
        # BA101's advice reads too (AL10 of the fifty-first review round, 2026-12-06)
        if (found := facts.one_source) is not None:
            sent, top = found
            yield Hit(sent, at=("customers", "sources", top))
        elif (referrer := one_referrer(facts)) is not None:
            # one referrer the profile names (core.referrers, AO9 of round 52)
            yield Hit(referrer, at=("customers", "sources", referrer.name))
        elif (networks := rate_setters(facts.by_channel)) is not None:
            # the networks that set the rates, together (the sixty-first round, part p)
            setters, top = networks
            yield Hit(setters, at=("customers", "sources", top))

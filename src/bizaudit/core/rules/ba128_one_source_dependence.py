"""BA128: most new customers come through one partner, or one company's lead platform."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core.channels import Channel, lead_platforms, names_several, sender, sent_by_one
from bizaudit.core.metrics import ClassifiedSource, Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class OneSource(NamedTuple):
    share: Decimal  # of the new customers the sources name (returning customers left out)
    customers: int  # through the one source
    of: int  # all new customers the sources name
    channels: tuple[str, ...]  # its channels' names, as the channel table shows them
    #: the sources it sent, where they are some of a channel's (a label naming several
    #: companies, a partner's channel naming several), else none
    sources: tuple[str, ...]
    company: str | None  # the company's name, where the vocabulary gives one
    cost: Decimal  # its spend and commissions listed
    platform: bool  # a lead platform or directory the vocabulary knows, not a partner named
    #: most customers buy once: past customers bring the next by reviews and referrals, not
    #: by coming back (N22 of the forty-third round, 2026-12-06)
    once: bool = False


#: More than this share of new customers through one partner or one company's platform is
#: dependence on it. A practitioner rule taken from customer concentration, where advisers
#: hold that no single client should be more than 25% of revenue, and "at 40% or 50%, a single
#: client departure can threaten the business entirely" (Yari Solutions, "Client concentration
#: risk", undated, read 2026-12-06); the same reasoning is applied to a single referral source
#: (AG Management, "One referral source should never control your growth", undated, read
#: 2026-12-06). A source sends new customers, not all the revenue, so the high end is taken:
#: past half, losing it would halve the intake.
DEPENDENCE = Decimal("0.50")


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
    keep their customers (BA123) have rules of their own. The score is not capped: this is
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
        if (found := _one_source(facts)) is not None:
            yield found


def one_source(facts: Facts) -> OneSource | None:
    """What BA128 finds: the one source someone else runs that sends more than half the new
    customers, or None (BA101 asks, where it advises a budget: AL10 of the fifty-first review
    round, 2026-12-06)."""
    found = _one_source(facts)
    return None if found is None or not isinstance(found.figures, OneSource) else found.figures


def _one_source(facts: Facts) -> Hit | None:
    """BA128's finding, if any (``OneSourceDependence.check``)."""
    of, largest, most, platforms, on_platforms = 0, None, 0, [], 0
    known = lead_platforms()
    for channel in facts.by_channel:  # one pass: every profile asks
        of += channel.customers
        if channel.customers > most:
            largest, most = channel, channel.customers
        if channel.customers and channel.key in known:
            platforms.append(channel)
            on_platforms += channel.customers
    half = DEPENDENCE * of
    once = facts.economics.judged_payback.one_off is not None
    if on_platforms > half and (found := _largest_sender(platforms)).customers > half:
        return _hit(found, of, once)
    if largest is None or most <= half or sent_by_one(largest) is not False:
        return None
    # a partner the profile names: one source of it, as a label may name several (L6 of
    # the round's re-review, 2026-12-06: 30 from The Knot and 25 from Zola had been "one
    # source" of 55%)
    source = max(largest.sources, key=_customers)
    if source.customers > half:
        sender = _Sender(source.customers, [largest], [source], None)
        return _hit(sender, of, once, platform=False)
    return None


class _Sender(NamedTuple):
    """What one company or partner sends: its new customers, through which channels and
    sources, and the company's name where the vocabulary gives one."""

    customers: int
    channels: list[Channel]
    sources: list[ClassifiedSource]
    company: str | None


def _largest_sender(platforms: list[Channel]) -> _Sender:
    """The company that sends the most new customers through the lead platforms, adding up
    its sources and channels (Angi and HomeAdvisor are Angi Inc.'s; The Knot and WeddingWire
    The Knot Worldwide's; The Knot and Zola are two)."""
    found: dict[str, _Sender] = {}
    for channel in platforms:
        for source in channel.sources:
            if source.customers:
                key, company = sender(channel, source.name)
                was = found.get(key) or _Sender(0, [], [], company)
                if channel not in was.channels:
                    was.channels.append(channel)
                was.sources.append(source)
                found[key] = was._replace(customers=was.customers + source.customers)
    return max(found.values(), key=_sent)


def _hit(found: _Sender, of: int, once: bool, *, platform: bool = True) -> Hit:
    """The finding for a sender: its share, its channels and, where it sent only some of a
    channel's, its sources, with what the profile lists as spent on its channels."""
    [channel, *more] = found.channels
    sources = found.sources
    # (a company of a label naming several is named with its sources, all of them though
    # they be: "Wedding marketplaces (The Knot, WeddingWire, Zola)" had named Zola beside The
    # Knot Worldwide's two, O15 of the forty-third round's re-review)
    whole = bool(more) or (
        len(sources) == len([s for s in channel.sources if s.customers])
        and not (found.company and len(sources) > 1 and names_several(channel))
    )
    return Hit(
        OneSource(
            Decimal(found.customers) / of,
            found.customers,
            of,
            tuple(c.name for c in found.channels),
            () if whole else tuple(s.name for s in sources),
            found.company,
            sum((c.spend + c.fees for c in found.channels), Decimal(0)),
            platform,
            once,
        ),
        at=("customers", "sources", max(sources, key=_customers).name),
    )


def _sent(found: _Sender) -> int:
    return found.customers


def _customers(source: ClassifiedSource) -> int:
    return source.customers

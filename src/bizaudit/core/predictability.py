"""Business or hobby: does the business have a predictable, repeatable way to win customers?

* **business**: at least one funded, recurring acquisition channel, and referrals within the
  maximum (or no customer data to say otherwise, or the business at capacity: more customers
  could not be served);
* **hobby**: no funded, recurring channel, and new customers mostly by referral (or unknown);
* **at risk**: one of the two holds but not the other;
* **at capacity**: no funded channel, but the business is at least 90% full, so more customers
  could not be served and none is needed yet.

Funded channels none of which has brought a customer yet, and that together spend less than
what is material (5%) of the marketing minimum, are too little yet to count as a plan: $300 of
yard signs beside $640,000 of revenue is no way to win customers on purpose.

A funded referral programme is a channel (it has a budget and runs every period); referrals
that merely happen are not. Referrals that came through a channel cultivated on purpose
(referral-partner lunches, seminars for referrers) count as planned: only the others are held
to the maximum.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Literal

from bizaudit.core.capacity import full
from bizaudit.core.channels import paid_lines
from bizaudit.core.metrics import (
    UNREAD_MATERIAL,
    ClassifiedActivity,
    Facts,
    cultivating_lines,
    share,
)
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple

__all__ = [
    "HeldBack",
    "Label",
    "Token",
    "Verdict",
    "asked_back",
    "assess",
    "held_back",
    "token_channels",
]

Label = Literal["business", "at risk", "hobby", "at capacity"]


class Token(NamedTuple):
    """Funded channels too small yet to count as a plan: what they spend, and the marketing
    minimum it is under 5% of."""

    spend: Decimal
    minimum: Decimal
    currency: str
    several: bool = False  # more than one channel


class HeldBack(NamedTuple):
    """The funded, recurring acquisition a rule of law warns about (BA114, BA116, BA119, BA120,
    BA121), which is why it counts as no channel: what it spends, its lines' names and the
    rules, and whether every one of them is cured by rewording what it says (BA120's copy: an
    earnings claim taken out), after which it counts."""

    spend: Decimal
    names: tuple[str, ...]
    rules: tuple[str, ...]
    reworded: bool
    currency: str
    #: the rules only ask about the lines, as information (BA120 of a Canadian cannabis
    #: store's paid creator): they count once a lawyer has checked them (asked_back)
    asked: bool = False


def asked_back(facts: Facts) -> HeldBack | None:
    """The funded, recurring acquisition lines no channel counts while a rule of law asks
    about them, as information (``Channel.asked_by``: BA120 of a Canadian cannabis store's
    paid creator, whose posts may be an endorsement the Cannabis Act forbids), for the
    verdict, the score and BA103 to name beside the channels they count, so that the words do
    not deny money the report shows (BI2 of the sixty-second round's second re-review,
    2026-12-08: "2 funded, recurring acquisition channels", the creator one of them). The lines
    are those spent on every period and read as acquisition marketing, as the channels the
    verdict counts are. None for most profiles (no channel is asked about)."""
    asked = [c for c in facts.by_channel if c.asked_by is not None]
    if not asked:
        return None
    found: dict[int, tuple[ClassifiedActivity, str]] = {}
    for channel in asked:
        for item in channel.activities:
            if (
                item.activity.name in channel.asked_lines
                and item.activity.spend > 0
                and item.activity.repeats
                and item.classification.category == "marketing"
                and item.classification.purpose == "acquire"
            ):
                found.setdefault(id(item), (item, channel.asked_by or ""))
    if not found:
        return None
    items = [item for item, _ in found.values()]
    return _held(items, (rule for _, rule in found.values()), facts, reworded=False, asked=True)


def held_back(facts: Facts) -> HeldBack | None:
    """What BA103, the verdict and the score say beside "no funded, recurring acquisition"
    where the only such spend is on lines a rule of law warns about, so that the words do not
    deny money the report shows (AT5 of the fifty-third round's re-review, 2026-12-07: an
    online course creator's only acquisition, $96,000 of Facebook ads promising "make
    $10k/month", which BA120 warns about, sat beside "no funded, recurring acquisition
    activity"). The lines are those spent on every period and either read as acquisition
    marketing or joined to a channel (a commission to those who send customers, read as
    revenue given up, is one: a charter company's to corporate travel managers, BA121). None
    where the profile has a funded channel besides, or no such line."""
    if facts.channels or not facts.law_flagged:  # most profiles
        return None
    joined = {id(item) for channel in facts.by_channel for item in paid_lines(channel)}
    found: dict[int, tuple[ClassifiedActivity, set[str]]] = {}
    for rule, lines in facts.law_flagged:
        for item in lines:
            if (
                item.activity.spend > 0
                and item.activity.repeats
                and (
                    id(item) in joined
                    or (
                        item.classification.category == "marketing"
                        and item.classification.purpose == "acquire"
                    )
                )
            ):
                found.setdefault(id(item), (item, set()))[1].add(rule)
    if not found:
        return None
    items = [item for item, _ in found.values()]
    rules = (rule for _, rules in found.values() for rule in rules)
    return _held(items, rules, facts, reworded=all(id(item) in facts.reworded for item in items))


def _held(
    items: list[ClassifiedActivity],
    rules: Iterable[str],
    facts: Facts,
    *,
    reworded: bool,
    asked: bool = False,
) -> HeldBack:
    """What :func:`held_back` and :func:`asked_back` say of the lines they found: their spend,
    their names once each in order, and the rules in order."""
    return HeldBack(
        sum((item.activity.spend for item in items), Decimal(0)),
        tuple(dict.fromkeys(item.activity.name for item in items)),
        tuple(sorted(set(rules))),
        reworded,
        facts.profile.business.currency,
        asked=asked,
    )


class Verdict(NamedTuple):
    label: Label
    channels: list[str]  # the funded, recurring acquisition activities, by name
    referral_share: Decimal | None  # None: no customer sources
    maximum: Decimal  # the referral share allowed
    non_referral_share: Decimal | None
    cultivated: list[str]  # funded lines that cultivate referrals on purpose
    hoped_share: Decimal | None = None  # referrals no funded channel brought, of all sourced
    referrals: int = 0  # the referral customers, and the customers with a source: the counts
    sourced: int = 0  # the shares rest on (a share of 11 customers is not yet known)
    #: how full the business is, at or above core.capacity's line: referrals over the maximum
    #: leave nothing to chance then, as more customers could not be served
    full: Decimal | None = None
    #: of ``cultivated``, the lines that brought some of the referrals (a chamber's dues that
    #: reached none are not said to bring some: K7 of the twenty-sixth round)
    brought: tuple[str, ...] = ()
    #: of ``channels``, those no customer source was joined to (BA206): funded and recurring,
    #: but not yet shown to win anyone (K11 of the twenty-sixth round)
    idle: tuple[str, ...] = ()
    #: the rules that warn about lines paying those who refer (BA114, BA121), where the
    #: referrals' channel holds such a line: those referrals did not all come on their own
    #: (R14 of the thirty-second round's re-review: a termite company's realtor referrals
    #: "all came on their own" beside BA114 on its $50 per referral)
    paid_by: tuple[str, ...] = ()
    #: the channels are too small yet to count as a plan (token_channels)
    token: Token | None = None
    #: the lines left out of ``channels``: the fees, memberships and permits of channels that
    #: assign work at the rates they set (motor clubs, rotation lists, Medicaid brokers), where
    #: those send most new customers, with the channels' names: no budget that wins customers
    #: (AM3 of the fifty-first round's re-review, 2026-12-06: a tow company's $1,500 Agero
    #: membership made it "a business with a funded, repeatable way to win customers")
    by_rate: tuple[str, ...] = ()
    by_rate_channels: tuple[str, ...] = ()
    #: with no funded channel, the funded acquisition a rule of law warns about (held_back)
    held: HeldBack | None = None
    #: of the referrals funded lines cultivate, those that came through a channel a line a
    #: rule of law warns about pays as well, and those rules (core.score.cultivated_warned):
    #: counted in ``hoped_share`` as BA102 and the score count them, as no channel of the
    #: business's own (AX2 of the fifty-sixth round's review, 2026-12-07)
    warned: int = 0
    warned_rules: tuple[str, ...] = ()
    #: of the referrals that came otherwise than through the funded lines (``hoped_share``),
    #: those from referrers a line a rule of law warns about pays, and those rules
    #: (``paid_alone``): not come on their own either (a chiropractor's 150 patients' referrals
    #: beside its patient gift cards: AY2 of the fifty-seventh round's review, 2026-12-07)
    paid_alone: int = 0
    paid_alone_rules: tuple[str, ...] = ()
    #: a funeral home's pre-need contracts, which what a customer costs prices apart while the
    #: referral share counts them (:func:`preneed_apart`), and the maximum where the share on the
    #: at-need calls alone falls on the other side of it, else None: the verdict names both
    #: bases in BA108's words (part d of the sixty-second round, 2026-12-07)
    preneed: int = 0
    preneed_most: Decimal | None = None
    #: where the maximum is the trade's own referral share (``Vertical.referral_max``), its
    #: source in words, which the verdict says beside it (BH14 of the sixty-second round)
    maximum_source: str | None = None
    #: the funded acquisition left out of ``channels`` while a rule asks about it (asked_back:
    #: a Canadian cannabis store's paid creator, BI2 of the sixty-second round's second
    #: re-review), which the verdict and the score name
    asked: HeldBack | None = None

    @property
    def referrals_within(self) -> bool:
        """Within the maximum, counting only the referrals that came on their own."""
        share = self.referral_share if self.hoped_share is None else self.hoped_share
        return share is None or share <= self.maximum


def preneed_apart(facts: Facts, limit: Decimal) -> tuple[int, Decimal | None]:
    """A funeral home's pre-need contracts among the customers with a source, which what a
    customer costs prices apart (``Cac.preneed``) while the referral share counts them, as a
    pre-need buyer is a new customer won this year; and ``limit`` where the referral share on
    the at-need calls alone falls on the other side of it (95 ÷ 190 = 50%, within 50%;
    95 ÷ 150 = 63.3%, over), else None. (0, None) but for such a home. BA108 and the verdict
    both say the two bases from it (BG2 of round 61b; part d of the sixty-second round)."""
    preneed = facts.economics.cac.preneed
    listed = facts.sourced_customers
    if not 0 < preneed < listed:
        return 0, None
    referrals = facts.referral_customers
    if referrals and (referrals / listed <= limit) != (referrals / (listed - preneed) <= limit):
        return preneed, limit
    return preneed, None


def assess(
    facts: Facts, policy: EffectivePolicy, warned: tuple[int, tuple[str, ...]] = (0, ())
) -> Verdict:
    """The verdict; ``warned``: core.score.cultivated_warned's count and rules, which the
    audit finds once for the score, the verdict and BA102."""
    lines: Sequence[ClassifiedActivity] = facts.channels
    rated = facts.rate_priced if lines else None
    left_out: tuple[str, ...] = ()
    if rated is not None and len(kept := [i for i in lines if id(i) not in rated.lines]) < len(
        lines
    ):
        # a contract channel's fee is no funded way to win customers (AM3 of round 51's
        # re-review): what it sends, it sends at its rate, whatever the budget
        left_out = tuple(i.activity.name for i in lines if id(i) in rated.lines)
        lines = kept
    channels = _named_channels(facts, lines)
    cultivated = [c.activity.name for c in facts.cultivation]
    referral = facts.referral_share
    maximum = policy.max_referral_share.value
    # Referrals cultivated on purpose are planned, not hoped for: only the others count...
    hoped = facts.hoped_referral_share
    # ...less those that came through a channel a line a rule of law warns about pays as well,
    # as BA102 and the score count them: a physical-therapy clinic's verdict read "the 45.9%
    # that came on their own is within the 50% maximum" beside the key figure's and BA102's
    # 87.3% over it (AX2 of the fifty-sixth round's review, 2026-12-07)
    held, held_rules = warned
    if held and hoped is not None:
        hoped = share(
            facts.referral_customers - facts.cultivated_customers + held,
            facts.sourced_customers,
        )
    within = referral is None or referral <= maximum or (hoped is not None and hoped <= maximum)
    # At capacity, referrals fill the places that come free: dependence on them leaves no growth
    # to chance, since more customers could not be served (G3 of the twenty-fifth round,
    # 2026-12-04: a child care centre 95% full, 38 families waiting, read "At risk" and was
    # told to fund a channel so that growth does not wait on others)
    used = full(facts.profile)
    if used is not None:
        within = True
    label: Label
    token = token_channels(facts, policy) if lines else None
    planned = bool(channels) and token is None
    if planned and within:
        label = "business"
    elif used is not None:
        # full, with no funded channel: more customers could not be served, so none is needed
        # yet (H2 of the twenty-fifth round's re-review: "At risk: part ... is planned")
        label = "at capacity"
    elif not planned and (not within or referral is None):
        label = "hobby"
    else:
        label = "at risk"
    return Verdict(
        label,
        channels,
        referral,
        maximum,
        facts.non_referral_share,
        cultivated,
        hoped,
        facts.referral_customers,
        facts.sourced_customers,
        used,
        (tuple(cultivating_lines(facts)) or tuple(cultivated)) if cultivated else (),
        _idle(channels, facts),
        _paid_by(facts) if facts.law_flagged else (),
        token,
        left_out,
        rated.channels if left_out and rated is not None else (),
        held_back(facts) if not channels else None,
        held if hoped is not None else 0,
        held_rules if held and hoped is not None else (),
        *(paid_alone(facts) if hoped and facts.warned_sources else (0, ())),
        *(preneed_apart(facts, maximum) if referral is not None else (0, None)),
        facts.vertical.referral_max_source
        if facts.vertical is not None and policy.max_referral_share.source == "industry"
        else None,
        asked_back(facts),
    )


def paid_alone(facts: Facts) -> tuple[int, tuple[str, ...]]:
    """The referral customers of the sources a line a rule of law warns about pays
    (``Facts.warned_sources``) that no lawful line reached, and those rules: they came through
    that line, not on their own, and not through a channel of the business's own. (0, ()) for
    most profiles."""
    count = 0
    rules: set[str] = set()
    for channel in facts.by_channel:
        found = facts.channels_warned.get(channel.key)
        if not found:
            continue
        came = sum(
            source.customers
            for source in channel.sources
            if id(source) in facts.warned_sources and source.classification.kind == "referral"
        ) - facts.reached_warned.get(channel.key, 0)
        if came > 0:
            count += came
            rules |= found
    return count, tuple(sorted(rules))


def token_channels(facts: Facts, policy: EffectivePolicy) -> Token | None:
    """What the funded, recurring acquisition channels spend, and the marketing minimum,
    where none of them has brought a customer yet (BA206 names them all) and together they
    spend less than what is material of that minimum (the auditors' 5%, SEC Staff Accounting
    Bulletin No. 99, 1999): too little yet to count as a plan, in the verdict and the score
    alike (F19 of the thirty-eighth review round, 2026-12-05: $300 of yard signs with no
    customer had turned a landscaper's "closer to a hobby" into "at risk", and seven points).
    None otherwise."""
    # No sources, no channel BA206 names; and a channel that brought customers is a plan,
    # however small: both asked first, as they cost least (most profiles end here)
    if not facts.channels or facts.sourced_customers <= 0:
        return None
    brought = {
        id(item) for channel in facts.by_channel if channel.customers for item in channel.activities
    }
    if any(id(item) in brought for item in facts.channels):
        return None
    spend = sum((item.activity.spend for item in facts.channels), Decimal(0))
    _, revenue = facts.held_to_minimum(policy.min_marketing_share.source == "industry")
    minimum = policy.min_marketing_share.value * revenue
    if spend >= UNREAD_MATERIAL * minimum:
        return None
    idle = {id(item) for channel in facts.idle_channels for item in channel.activities}
    if any(id(item) not in idle for item in facts.channels):
        return None
    return Token(spend, minimum, facts.profile.business.currency, len(facts.channels) > 1)


def _named_channels(facts: Facts, lines: Sequence[ClassifiedActivity]) -> list[str]:
    """The funded, recurring acquisition lines by name, but once by its channel's name where
    the channel table joins several of them: "The Knot" and "WeddingWire" lines are one
    channel, "Wedding marketplaces (The Knot, WeddingWire, Zola)", as the table shows (R13 of
    the forty-fourth round's re-review, 2026-12-06: the headline counted 7 channels beside a
    table of 6 rows, named after the first line)."""
    if len(lines) < 2:  # most profiles' few lines: nothing to join
        return [item.activity.name for item in lines]
    funded = {id(item) for item in lines}
    holder: dict[int, str] = {}
    for channel in facts.by_channel:
        held = [item for item in channel.activities if id(item) in funded]
        if len({item.activity.name for item in held}) >= 2:
            holder.update((id(item), channel.name) for item in held)
    if not holder:
        return [item.activity.name for item in lines]
    return list(dict.fromkeys(holder.get(id(item), item.activity.name) for item in lines))


def _idle(channels: list[str], facts: Facts) -> tuple[str, ...]:
    """The channels no customer source was joined to, where the profile lists sources."""
    if not channels or not facts.idle_channels:
        return ()
    idle = {item.activity.name for channel in facts.idle_channels for item in channel.activities}
    idle.update(channel.name for channel in facts.idle_channels)  # joined, by its own name
    return tuple(name for name in channels if name in idle)


def _paid_by(facts: Facts) -> tuple[str, ...]:
    """The rules (BA114, BA121) whose flagged lines sit in a referral channel: they pay or
    give something to those who refer."""
    # a channel of referrals, or one a referral source joined (a flagged gift card's own
    # channel, that the counsellors' referrals came through: Q10 of the round's second
    # re-review)
    referring = {
        id(item)
        for channel in facts.by_channel
        if channel.kind == "referral"
        or any(source.classification.kind == "referral" for source in channel.sources)
        for item in channel.activities
    }
    return tuple(
        rule
        for rule, lines in facts.law_flagged
        if rule in ("BA114", "BA121") and any(id(item) in referring for item in lines)
    )

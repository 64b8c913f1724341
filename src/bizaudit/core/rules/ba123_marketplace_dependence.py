"""BA123: most new customers come through marketplaces that keep them and a commission."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.channels import keeps_its_customers, marketplace_customers
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class Dependent(NamedTuple):
    share: Decimal  # of the new customers the sources name (returning customers left out)
    customers: int  # through the marketplaces
    of: int  # all new customers the sources name
    #: each marketplace: (name, customers, what it cost: spend and commissions listed)
    marketplaces: tuple[tuple[str, int, Decimal], ...]
    cost: Decimal  # all of it
    hotel: bool  # online travel agencies among them: the book-direct advice names hotels' tools
    #: all of them sellers of record (a manufacturing marketplace), whose buyers are theirs and
    #: whose terms forbid going round them: no book-direct advice (S13 of the fortieth round's
    #: second re-review)
    seller_of_record: bool = False


#: More than this share of new customers through marketplaces is dependence on them: a
#: practitioner rule for hotels, "more than 60-70% of reservations through OTAs is structural
#: dependence" (KPIbara, "Hotel OTA vs direct booking", undated, read 2026-12-04), taken at its
#: low end. Independent hotels' OTA share averaged 63.4% in 2025 (Cloudbeds, "State of
#: Independent Hotels 2026", as summarised by Sotpay): the average independent hotel is there.
DEPENDENCE = Decimal("0.60")


class MarketplaceDependence(Rule):
    """More than 60% of new customers came through marketplaces that keep the customer and a
    commission on each sale: online travel agencies, delivery apps, Amazon, Etsy, booking
    and deal marketplaces, freelance, pet-care and tutoring marketplaces, floral wire services
    and hearing benefit networks (I8 of the forty-first round, 2026-12-06: 62% of a florist's
    orders and 64% of a clinic's patients through them had drawn no word).

    Why it matters: such a marketplace is a channel the business rents, not one it owns. Its
    ranking, its commission and its terms decide how many customers come, it keeps their
    contact details, and a customer who returns through it pays the commission again. Where
    most new customers come that way, growth waits on someone else's algorithm: a hotel's
    Booking.com ranking, a restaurant's place in a delivery app. For hotels, more than 60-70%
    of reservations through OTAs is called structural dependence by practitioners (KPIbara,
    undated); independent hotels averaged 63.4% in 2025 (Cloudbeds, State of Independent Hotels
    2026). The economics may still be sound (the channel table prices the commissions): this
    is about control, not cost, and the score is not capped for it (AI10 of the twenty-second
    round, 2026-12-04: a hotel with 63% of its first-time guests through OTAs scored 95,
    "Strong", with no word on it).

    How it is computed: the new customers of the channels the channel vocabulary marks as such
    marketplaces, against all the new customers the sources name (returning customers left
    out); more than 60% is reported, with each marketplace's customers and what the profile
    lists as spent on it and its commissions.

    How to fix: keep the marketplaces for the reach they bring, and turn their customers into
    your own: ask for a way to reach them again at the visit, give past customers a reason to
    come back directly (a perk or a better price for booking or ordering direct, where the
    marketplace's terms allow it), and grow a channel you own (email to past customers, your
    own site and search listing). A hotel has Google's free booking links and metasearch.
    Where the customers are the marketplace's on terms that forbid going round it (a
    manufacturing marketplace, a florist's wire service, a hearing benefit network), the advice
    is to grow customers of one's own beside it, with no perk or price for coming direct.
    """

    id = "BA123"
    name = "marketplace-dependence"
    severity = "warning"
    summary = "Most new customers come through marketplaces that keep them"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        channels = facts.by_channel
        of = sum(channel.customers for channel in channels)
        if of <= 0:
            return
        through = [(c, marketplace_customers(c)) for c in channels if c.customers]
        rented = [(channel, count) for channel, count in through if count]
        customers = sum(count for _, count in rented)
        if customers <= DEPENDENCE * of:
            return
        each = tuple(
            (channel.name, count, channel.spend + channel.fees) for channel, count in rented
        )
        yield Hit(
            Dependent(
                Decimal(customers) / of,
                customers,
                of,
                each,
                sum((cost for _, _, cost in each), Decimal(0)),
                any(channel.key == "online-travel-agencies" for channel, _ in rented),
                all(keeps_its_customers(channel) for channel, _ in rented),
            ),
            at=("customers", "sources", rented[0][0].sources[0].name),
        )

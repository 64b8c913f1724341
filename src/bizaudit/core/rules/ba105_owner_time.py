"""BA105: the owner spends too little of their week on marketing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.capacity import full
from bizaudit.core.economics import LTV_TO_CAC_MINIMUM
from bizaudit.core.metrics import Facts
from bizaudit.core.overspend import owner_time_ratio
from bizaudit.core.owner_pay import owner_hour_value, with_owner_time
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.core.strain import Strain, strained
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class TooLittleTime(NamedTuple):
    share: Decimal
    marketing: Decimal  # hours a week
    total: Decimal
    minimum: Decimal
    rate: Decimal | None = None  # what an hour of the owner's is worth, when the profile says
    full: Decimal | None = None  # how full the business is, at or above core.capacity's line
    #: the owner's selling hours a week, when with them winning customers meets the minimum:
    #: the owner sells the customers in; the finding is information
    selling: Decimal = Decimal(0)
    #: a marketing line already pays someone to do marketing (a coordinator, a manager): the
    #: advice does not offer hiring one (AC9 of the eighteenth round's re-review)
    staffed: bool = False
    #: how many owners the hours are for (partners' weeks added together): a long week is
    #: each one's (AE14 of the nineteenth round: three architects' 150 hours read as one's)
    owners: int = 1
    #: LTV ÷ CAC with the owner's marketing and sales hours counted, where it is under 3×
    #: (BA201 says so): more of those hours would make customers dearer still, so the advice
    #: hands the hours to someone paid less first (AF6 of the twentieth round: a law firm was
    #: asked for 5 more partner hours while BA201 said their hours made a client too dear)
    dear: Decimal | None = None
    #: the business is a licensed professional firm (LICENSED_FIRMS), where an associate can
    #: take first consultations in the partners' place
    associates: bool = False
    #: why the business cannot pay for help yet: an operating loss, a loss after the interest
    #: and tax it lists ("loss"), or loan payments its profit does not cover (BA126, "debt");
    #: the advice then hires no one (I16 of the forty-first round, 2026-12-06: a florist at
    #: $3.28 an hour of the owner's week, beside BA126, was told to hire a manager)
    strained: Strain | None = None
    admin: Decimal = Decimal(0)  # the owners' admin hours a week, where hours can come from


#: Verticals of licensed professional firms, where associates of the same licence take first
#: consultations and intake calls that partners would otherwise (the reviewer's proposal, AF6
#: of the twentieth round; a practitioner's rule of leverage in professional firms)
LICENSED_FIRMS = frozenset(
    {
        "accounting", "architecture", "chiropractic", "dental", "legal", "medical",
        "physical-therapy", "veterinary",
    }
)  # fmt: skip


#: A marketing line that pays a person to do marketing
_MARKETER = LazyPattern(
    r"\bmarketing\s+(?:coordinator|manager|assistant|director|specialist|lead|hire)s?\b"
    r"|\b(?:cmo|marketer)s?\b",
    re.IGNORECASE,
)


class OwnerTime(Rule):
    """The owner spends too little of their working week on marketing.

    Why it matters: in a small business the owner's time is the scarcest resource. An owner who
    spends the week delivering the work and gives marketing what is left ends up with an empty
    pipeline when the current jobs finish.

    How it is computed: `owner_hours.marketing` divided by all the hours listed under
    `owner_hours`. Not checked when the profile has no `owner_hours`. The 10% minimum is the
    project's rule, set just above what owners report: 8% of their time on marketing and
    promotion (Constant Contact's survey of UK small businesses, November 2013), and five
    hours a week or less for 58% of US owners (OutboundEngine, "Stress, Time & Growth", 2019),
    about a tenth of the 50-hour week owners work (NFIB Research Foundation, National Small
    Business Poll, 2012).

    How to fix: block regular time for marketing in the calendar, and hand some delivery or
    admin to others to make room for it. When the profile values the owner's hour
    (`owner_hours.rate`), the advice says what the extra hours cost a year (hours × rate × 52),
    and, where that hour is worth more than a part-time marketing coordinator's (the US median
    for marketing specialists, $35.90 an hour: BLS, Occupational Outlook Handbook, May 2023),
    that handing the marketing over does as well: a dentist's three more hours at $400 are
    about $62,400 a year of chair time. Fewer than 4 more hours a week are no part-time job: a
    freelancer billing by the hour takes them (the project's rule; F22 of the twenty-ninth
    round: a funeral home was told to hire a coordinator for 1.7 hours a week). An owner
    already working 60 hours a week or more is offered handing the hours to a manager or a
    coordinator (a coach's review, 2026-12-03: a
    restaurant owner at 71 hours had been told only to block more). Where the hours are
    partners' weeks added together (`owner_hours.owners`), the long week is each partner's
    (a coach's review, 2026-12-04: three architects' 150 hours had read as one owner's).
    Where BA201 finds that the owner's marketing and selling hours, at that value, already make
    a customer worth less than 3× what it costs to win, the advice hands the hours to someone
    paid less instead of adding them to the owner's week, and, in a licensed professional firm
    (accounting, architecture, chiropractic, dental, legal, medical, physical therapy,
    veterinary), first consultations to an associate (AF6 of the twentieth round, 2026-12-04:
    three law partners were asked for 5 more hours while BA201 said their hours made a client
    too dear). With no rate given, the hours are valued there as BA201 values them, as a share
    of the lines that pay the owners (Q8 of the twenty-eighth round, 2026-12-05: two architects
    paid $300,000 of guaranteed payments were asked for 11 hours beside BA201's warning), but
    never from draws alone, which are profit taken out, not a price for the hour.

    A business that cannot pay for help yet (an operating loss, a loss after the interest and
    tax it lists, or loan payments its profit does not cover, BA126) is offered no hire: the
    hours come from its admin or from delivery others can take (I16 of the forty-first round,
    2026-12-06: a florist making $3.28 an hour of the owner's week was told to hire a manager).

    A business at least 90% full (`business.capacity_used`) is told so, as information: more
    hours of marketing would bring customers it could not serve.

    An owner whose marketing and selling hours together meet the minimum (a B2B firm whose
    owner sells every client in) is told so, as information, unless more of the new customers
    come by referral than BA102 allows: winning customers has the owner's time, and only the
    marketing that fills the pipeline is short (a CFO's review, 2026-12-03: an IT provider's
    owner selling 15 hours a week was told to block more time). Where referrals bring most
    customers, what fills the pipeline is what the week lacks, and the warning stays.

    Configure: `policy: {min_owner_marketing_time: 15%}`. Default 10%.
    """

    id = "BA105"
    name = "owner-marketing-time-low"
    severity = "warning"
    summary = "The owner spends too little time on marketing"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        hours = facts.profile.owner_hours
        minimum = policy.min_owner_marketing_time.value
        share = facts.owner_marketing_time_share
        if hours is None or share is None or hours.marketing >= minimum * hours.total:
            return
        # Selling that wins the customers in (a B2B owner's), unless they come mostly by
        # referral (BA102): then what fills the pipeline is what the week lacks
        hoped = facts.hoped_referral_share
        selling = (
            hours.sales
            if hours.marketing + hours.sales >= minimum * hours.total
            and (hoped is None or hoped <= policy.max_referral_share.value)
            else 0
        )
        # BA201's word that the owners' hours already make a customer too dear
        loaded = with_owner_time(facts)
        valued = loaded is not None and loaded[2] < LTV_TO_CAC_MINIMUM
        # ...quoted only where BA201 gives that figure, so that both name one number (AY8 of
        # the fifty-seventh round's review, 2026-12-07: "only 2.4× ... (BA201)" beside a BA201
        # that said 2.6× and that one sale pays for winning a patient)
        dear = (
            stated
            if valued
            and (stated := owner_time_ratio(facts, policy)) is not None
            and stated < LTV_TO_CAC_MINIMUM
            else None
        )
        yield Hit(
            TooLittleTime(
                share=share,
                marketing=hours.marketing,
                total=hours.total,
                minimum=minimum,
                # where BA201 valued the hours from the pay, so are those asked for (Q8)
                rate=owner_hour_value(facts, from_pay=valued),
                full=(used := full(facts.profile)),
                selling=Decimal(selling),
                staffed=any(
                    item.classification.category == "marketing"
                    and _MARKETER.search(item.activity.name) is not None
                    for item in facts.activities
                ),
                owners=hours.owners,
                dear=dear,
                associates=facts.vertical is not None and facts.vertical.id in LICENSED_FIRMS,
                strained=strained(facts),
                admin=hours.admin,
            ),
            at=("owner_hours", "marketing"),
            severity="info" if used is not None or selling else None,
        )

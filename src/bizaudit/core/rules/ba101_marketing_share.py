"""BA101: marketing spend is under the minimum share of revenue."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Literal

from bizaudit.core.capacity import full, nearly_full
from bizaudit.core.channels import OneSource, RatePriced, elsewhere, rated_no_floor
from bizaudit.core.economics import LTV_TO_CAC_WEAK, Ratio, WonOtherwise, won_otherwise
from bizaudit.core.financing import (
    advance_moved,
    given_up_marketing,
    loss_below,
    moved_in,
    only_pay_draws,
    stand_in_for_depreciation,
    uncovered_debt,
)
from bizaudit.core.margins import HIGH_MARGIN, THIN_MARGIN, given_up_base, unsplit_draws
from bizaudit.core.metrics import Facts
from bizaudit.core.overspend import above_range, first_sale_covers
from bizaudit.core.own_marketing import (
    commissions_covering,
    not_own_parts,
    own_minimum,
    restricted_lines,
    restricted_marketing,
)
from bizaudit.core.owner_pay import owner_hours_in_period, owner_marketing_value, owner_unpaid
from bizaudit.core.plan import (
    DEFAULT_MAX_GROWTH,
    DEFAULT_MIN_CUSTOMERS,
    AtAPrice,
    PaysButHeld,
    could_reach,
    dearer_than_worth,
    left_alone,
    paying_at_a_price,
    paying_but_held,
    takes_no_more,
)
from bizaudit.core.referrers import RestrictedReferrers, asked_lines, restricted_referrers
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.core.shares import no_floor, reference_here
from bizaudit.model import verticals
from bizaudit.model.policy import EffectivePolicy, Source, Threshold
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import Vertical

#: The first step of a staged test: a quarter of the gap, at most half the operating profit and
#: never below BA115's 5% margin (a practitioner's way to test a channel without betting the
#: profit on it; docs/domain.md).
TEST_SHARE_OF_GAP = Decimal("0.25")
TEST_SHARE_OF_PROFIT = Decimal("0.5")

Plan = Literal["add", "test", "fix-economics", "unsure-economics", "move", "split", "commissions"]
#: Which of the staged test's bounds set its size: a quarter of the gap, half the profit, the
#: 5% margin, or twice what the cheapest channel spends (a CFO's re-review, 2026-12-03: the
#: advice listed the bounds without saying which one applied)
Bound = Literal["gap", "profit", "margin", "channel", "payback"]
#: A thin margin does not stop a staged test where a new customer pays back within this share
#: of the period (a quarter: three months of a year), so the money comes back within it
QUICK_PAYBACK_SHARE = Decimal("0.25")


class BelowMinimum(NamedTuple):
    measured: Decimal  # marketing (or marketing and sales) spend
    revenue: Decimal  # net revenue
    share: Decimal
    minimum: Decimal
    minimum_source: Source
    needed: Decimal  # the minimum in money
    with_sales: bool  # the industry's range counts marketing and sales together
    net: bool  # revenue is net of contra-revenue
    profit: Decimal | None  # operating profit today; None when only part of the spending is listed
    plan: Plan
    test: Decimal  # the first step of a staged test (plan "test")
    target_cac: Decimal | None  # what a new customer should cost at most (plan "test")
    ratio: Ratio  # the judged LTV ÷ CAC
    owner_time: Decimal | None  # the owner's marketing hours in money, when a rate is given
    confidence: str = ""  # of the industry's range, when the minimum is its low end
    gross: bool = False  # held against gross revenue (an agent's range is on GCI)
    left_out: Decimal = Decimal(0)  # marketing the range does not count (an agent's referral fees)
    left_out_why: str = ""
    net_revenue: Decimal = Decimal(0)  # what the operating margin is of
    #: Sales spend in channels that brought new customers (canvassers, SDRs, reps), when the
    #: range counts marketing only: money spent winning customers in the other column.
    selling: Decimal = Decimal(0)
    selling_lines: tuple[str, ...] = ()  # the profile's names of those sales lines
    #: the channel a customer costs least in, of those `plan` would move money into (plans
    #: "move" and "test"), and that cost: where "a channel that does" is (a re-review)
    cheapest: tuple[str, Decimal] | None = None
    #: What the profit comes to an hour of the owner's week, today and after the money the
    #: advice adds, where no line pays an owner who works in the business (BA118): the money
    #: comes out of the owner's pay (a CFO's review: a yoga teacher's $22.96 an hour, $17.65)
    owner_pay: tuple[Decimal, Decimal] | None = None
    #: Which bound set the staged test (plan "test"); "channel" where it was held to what the
    #: cheapest channel can take: `plan` trusts its curve only up to DEFAULT_MAX_GROWTH more
    #: than a channel's spend (doubling it)
    test_bound: Bound = "gap"
    #: With only the default minimum: the vertical the business's name gives away and the low
    #: end of its range, when the share meets it (the finding is then a warning)
    named: tuple[str, Decimal] | None = None
    #: What the lines BA116 names that are surely no operating cost add to the costs (a loan's
    #: payments, a transfer, revenue given up); ``profit`` is then the profit without them,
    #: which the advice weighs
    moved: Decimal = Decimal(0)
    #: How full the business is (``business.capacity_used``), when at or above core.capacity's
    #: line: more customers could not be served, and the finding is information
    full: Decimal | None = None
    #: How full it is, from core.capacity's NEARLY_FULL to under FULL: a warning that says so
    nearly: Decimal | None = None
    #: The cheapest channel's customers, where no channel had `plan`'s minimum and so it was
    #: chosen from fewer (else 0): its cost per customer is a small sample.
    few: int = 0
    #: Of the marketing measured, what lines BA114, BA119 or BA116 (a deductible offset) flag
    #: spend, and their rules: money the findings say to stop, so the lawful gap is that much
    #: wider
    restricted: tuple[Decimal, tuple[str, ...]] | None = None
    #: The judged payback in months, where it let a staged test go ahead under a thin margin
    #: (test_bound "payback"): within a quarter of the period
    quick: Decimal | None = None
    #: Of the marketing measured, what lines BA116 reads as revenue given up (a free trial day,
    #: punch-card visits): not money spent, so the gap without them is that much wider (a
    #: CFO's re-review, 2026-12-03: a pet resort's $8,812 gap was $21,112 without them)
    given_up: Decimal = Decimal(0)
    #: With only the default minimum and a share under the low end of the vertical the
    #: business's name gives away: that vertical and its low end, so that the finding gives
    #: the gap to it too (W23 of the sixteenth round's re-review: a landscaper was asked for
    #: $88,790 against the default, where its trade's 5% asked $21,245)
    named_below: tuple[str, Decimal] | None = None
    #: Where the advice is to move money (plan "move"): the channels BA206 names, dearest
    #: first (at most three), as the costs that bring no customers (V22 of the sixteenth round)
    idle: tuple[tuple[str, Decimal], ...] = ()
    #: Of the marketing measured, what an agreement sets (a franchise's brand fund): the
    #: finding gives what the business decides itself (V28 of the sixteenth round: with no
    #: industry declared, a tutoring franchisee's caveat had disappeared)
    agreed: Decimal = Decimal(0)
    #: Where ``owner_time`` is the marketing hours' share of what the lines paying the owner
    #: pay, not hours at the rate: that pay (X7 of the seventeenth round)
    owner_paid: Decimal | None = None
    #: What the lines BA116 names that may be a cost add (a draw that may be the owner's only
    #: pay): kept in ``profit``, and the advice says so (AB17 of the eighteenth round)
    kept: Decimal = Decimal(0)
    #: Costs billed to clients at cost, left out of the revenue the share is of (net service
    #: revenue: AE9 of the nineteenth round)
    base_left_out: Decimal = Decimal(0)
    #: Marketing listed as spent on lines BA116 reads as money received (a vendor's co-op
    #: reimbursement), left out of ``measured`` (Facts.marketing_received)
    received: Decimal = Decimal(0)
    #: Plan "split": the draws that are the owners' only pay, counted in the costs ``profit``
    #: is after, and how many owners they pay
    draws: Decimal = Decimal(0)
    owners: int = 1
    #: Plan "add": the channels `plan` may move whose next customer already costs more than
    #: a customer is worth, where the money should not go (B8 of the twenty-third round: a
    #: repair shop asked for $1,700 more beside `plan`'s "the last dollars there lose money")
    dearer: tuple[str, ...] = ()
    #: Plan "add", "test" or "split": no channel takes more budget at a profit, by `plan`'s reasons
    #: (core.plan.takes_no_more): the gap is its size, not money to spend on ads (D4 of the
    #: twenty-third round's last check)
    nowhere: bool = False
    #: ...and, there, the channels that sell leads at a price each and already pay back at it
    #: (core.plan.paying_at_a_price: AZQ2 of the fifty-eighth round)
    at_a_price: tuple[AtAPrice, ...] = ()
    #: ...and the other channels whose customers already pay back as listed, each with the
    #: reason `plan` leaves it alone (core.plan.paying_but_held: AZQ2 of the fifty-eighth
    #: round, as its re-review left it)
    held: tuple[PaysButHeld, ...] = ()
    #: the range's kind where ``confidence`` is given: a survey's figure is no rule of thumb
    #: (S10 of the twenty-eighth round's last check: a pharmacy's survey floor was called one)
    kind: str = ""
    #: of ``kept``, the draws that may be the owner's pay (the rest, sales tax that US books may
    #: count in revenue: F18 of the thirty-third round called both "the owner's pay")
    kept_pay: Decimal = Decimal(0)
    #: the industry's low end is an average its source quotes, not a floor: a warning (F10)
    average: bool = False
    #: plan "commissions": the commissions marketplaces kept on the customers they brought
    #: (contra-revenue, out of ``revenue``), which with ``measured`` meet the minimum of the
    #: revenue before them: winning customers is paid for there, and the finding is a warning
    #: (F4 of the thirty-fourth review round, 2026-12-05: a tour operator whose OTAs kept
    #: $130,000, 17% of its gross, was asked for $51,840 more marketing)
    commissions: Decimal = Decimal(0)
    #: Plan "add", "test" or "split", where what the business earns covers its scheduled loan
    #: payments less than lenders ask (BA126): that coverage; money added to marketing is cash
    #: the loan needs, and the advice says so (S12 of the thirty-ninth round's second
    #: re-review: a food truck whose earnings did not cover its truck loan was asked for
    #: $1,260 more "first")
    debt_cover: Decimal | None = None
    #: Plan "add", "test" or "split", where the interest and tax on income listed after the
    #: operating profit turn it into a loss: that loss (R10 of the fortieth round's re-review:
    #: a dispensary under water after its tax was asked for $10,000 more, "operating profit
    #: $200,000 → $190,000")
    loss_after: Decimal | None = None
    #: a merchant cash advance's remittances are among the lines taken out of the profit the
    #: advice weighs: it is before the advance's fee (M8 of the forty-second round's second
    #: re-review, 2026-12-06)
    advance: bool = False
    #: Where the minimum is the low end of a range the business's name holds it to, not its
    #: declared vertical's own (a collision shop declared auto-repair, a golf club declared
    #: fitness): that range's label, which the finding names (F4 of the forty-eighth round's
    #: third re-review, 2026-12-06: no message said which range a shop was held to)
    held_as: str = ""
    #: ...and whose spending that range measures, where not the trade's (Vertical.spent_by)
    spent_by: str = ""
    #: ...held so by the trade the profile declares (``business.trade``), not by its name
    declared_trade: bool = False
    #: Plan "add", "test" or "split", where more than half the new customers come through one
    #: source someone else runs (BA128: a Medicaid broker's trips, a police rotation list, an
    #: insurer's programme): what it sends, and the advice leads with a second source of the
    #: business's own (AL10 of the fifty-first review round,
    #: 2026-12-06: an NEMT company with 250 of 300 riders from one broker was told only "the
    #: gap to the minimum is $9,000")
    sent: OneSource | None = None
    #: More than half the new customers come through channels that assign work at the rates
    #: they set (motor clubs, police rotation lists, Medicaid brokers, insurers' programmes):
    #: what they send. The minimum, a range published for businesses that win customers by
    #: marketing, is then no floor for the business, and the finding is a warning that names
    #: them (AM3 of the fifty-first round's re-review, 2026-12-06; AL8, AL10)
    rated: RatePriced | None = None
    #: ...and then what a customer won otherwise cost (the CAC without those channels and
    #: their fees): the advice judges that, not a budget to reach a range that is no floor
    #: (AN3 of the fifty-first round's second re-review, 2026-12-07)
    otherwise: WonOtherwise | None = None
    #: More than half the new customers came by referral, in a trade whose rules restrict
    #: paying those who refer (core.referrers): the advice names the investment those rules
    #: allow (time and usefulness to referrers, events that teach, a second channel) and that
    #: the share measures investment, not the business's standing, rather than a budget alone
    #: beside BA114's "without payment" (AO9 of the fifty-second review round, 2026-12-07: a
    #: sober home fed by drug courts and treatment centres)
    referrers: RestrictedReferrers | None = None
    #: Money BA116 reads as collected for others and paid over to them, left out of the
    #: revenue the share is of (Facts.collected: AO5 and AO6 of the fifty-second round)
    collected: Decimal = Decimal(0)
    #: ...the part of it listed as marketing, which ``received`` counts too: named once, as
    #: collected for others (Facts.marketing_collected; the review of AS7, round 53)
    collected_marketing: Decimal = Decimal(0)
    #: Of the marketing measured, the ads BA120 asks to reword (an ad's claim, cured by a new
    #: wording): kept in ``measured``, and the message says so beside ``restricted`` (AP6 of
    #: the fifty-second round's re-review, 2026-12-07: a liquor store's "$15,000 of it pays for
    #: what BA119 and BA120 warn about" left its $4,000 "Below cost!" ad out unexplained)
    reworded: Decimal = Decimal(0)
    #: of ``restricted``, the spend on lines BA114 only asks about, as BA114 decides
    #: (core.referrers.asked_lines: a home inspector's fee to agents, a pet crematory's bare
    #: handling fee): the words say "asks about" of it, not "warns about" (part j of the
    #: fifty-fourth round, 2026-12-07)
    asked: Decimal = Decimal(0)
    #: Plan "add" or "test", where BA201 judges customers by their one sale (they buy once,
    #: are worth 1.5× or more what winning one costs, and the business keeps at least 5% of
    #: revenue: core.overspend.one_sale_margin): the first sale's margin and that operating
    #: margin. The advice then holds what a customer costs to the first sale, as BA201 does,
    #: not to a third of their worth (AX7 of the fifty-sixth round, 2026-12-07: an agent team
    #: told to grow its budget only once a client cost under a third of their worth, beside
    #: BA201's "their one sale pays for winning them")
    one_sale: tuple[Decimal, Decimal] | None = None
    #: Where the minimum is the low end of a range whose sources describe another country's
    #: businesses than the one the profile's currency names: that country ("US"), which the
    #: finding names beside the range, with ``confidence`` one step lower
    #: (model.verticals.range_abroad; the closing note of the fifty-eighth round, 2026-12-07)
    abroad: str = ""
    #: Of ``moved``, the payments on loans for vehicles or equipment kept in ``profit`` in
    #: place of the depreciation no line lists (financing.stand_in_for_depreciation), as
    #: BA115 and BA202 count them: the profit after the budget is judged so, and the words
    #: give it without them too (CK3 of a quick check of the fifty-eighth round's late
    #: changes, 2026-12-07: a landscaper's "$84,400 → $75,000", 5.6%, beside BA115's 4.3%
    #: "not known")
    stand_in: Decimal = Decimal(0)
    #: Where ``abroad``, why the country's own law makes the range no floor, as the vertical's
    #: ``abroad`` table gives it (``Vertical.range_reference``): the finding says so and asks
    #: for no budget to reach it (BH3 of the sixty-second round, 2026-12-07: an Ottawa
    #: dispensary was told to "budget at least $93,360" to reach a US magazine's 3%, where
    #: Canada's Cannabis Act closes most of the channels that figure assumes)
    reference: str = ""

    #: revenue the range's base adds back: the delivery apps' commissions on a restaurant's
    #: own sales, its range being "of sales" (Facts.base_added; BK11 of the sixty-third round)
    added_back: Decimal = Decimal(0)

    @property
    def warned(self) -> Decimal:
        """Of ``restricted``, the spend on lines a rule of law warns about (not those BA114
        only asks about, which stay as BA114 decides them): no way to the minimum, with the
        selling or without it (BC1 of the fifty-ninth round's re-review, 2026-12-07: an
        architecture firm's $4,500 lunch for school-district facilities directors, which
        BA121 warns about, took it from 4.80% to 5.07% with its selling, and passed)."""
        return Decimal(0) if self.restricted is None else self.restricted[0] - self.asked

    @property
    def met_with_selling(self) -> bool:
        """Whether the selling that brought new customers makes up the minimum beside the
        marketing the rules allow, in money (the finding is then about comparing it, not
        adding marketing). Revenue given up is no money spent beside the selling either (a
        leftover of the sixtieth round, 2026-12-07: a car wash's "marketing and that selling
        come to 6.1%" counted the $15,000 free wash week the same finding had just left out)."""
        spent = self.measured - self.warned - self.given_up
        return self.selling > 0 and spent + self.selling >= self.needed_in_money

    @property
    def given_floor(self) -> Decimal:
        """Of ``needed``, the minimum's part on the revenue given up: out of the marketing,
        it is out of net revenue too, so the minimum in money is that much lower (BG6 of the
        sixty-first round's re-review, 2026-12-07: a salon's first-visit discount, $8,000, was
        out of its marketing in money but back in the net revenue the minimum is a share of,
        $635,800 where it had been $627,800, and the floor $320 higher)."""
        return self.minimum * self.given_up

    @property
    def needed_in_money(self) -> Decimal:
        """The minimum in money: of net revenue without the revenue given up, as the marketing
        it is compared with is without it (``given_floor``)."""
        return self.needed - self.given_floor


class RangeCaveat(NamedTuple):
    """How firm the industry's range is, where BA101 holds the share to its low end: its
    confidence for the business's country, its kind (a survey's figure, or a rule of thumb)
    and the country its sources describe where another's (model.verticals.range_abroad):
    said on every branch of BA101 alike (BG1 and BG5 of the sixty-first round's re-review)."""

    confidence: str = ""
    kind: str = ""
    abroad: str = ""


class OnlyByAgreement(NamedTuple):
    """The minimum is met only with spend an agreement sets (a franchise's brand fund): what
    the business itself decides is under it."""

    measured: Decimal  # marketing (or marketing and sales) spend, the fund included
    contractual: Decimal  # of it, what the agreement sets
    lines: tuple[str, ...]  # those lines
    revenue: Decimal  # what the share is of
    minimum: Decimal
    source: Source
    #: the operating margin is under BA115's 5%: money is moved into it, not added
    thin: bool = False
    #: what the business's own marketing is held to, in money, where the range's top (``top``)
    #: leaves less than the minimum beside the fund (own_marketing.own_minimum); else None
    reach: Decimal | None = None
    top: Decimal | None = None
    #: the business runs at an operating loss (BA111 says so, not BA115)
    loss: bool = False
    #: the share counts marketing and sales together (the industry's range does)
    with_sales: bool = False


class OnlyWithNotSpent(NamedTuple):
    """The minimum is met only with marketing BA116 reads as revenue given up, not spent (a
    coach's review, 2026-12-03: a studio's 6.001% against a 6% minimum held $1,500 of tuition
    credits; without them, 5.69%). Money received is never in the share measured."""

    measured: Decimal
    not_spent: Decimal
    revenue: Decimal
    minimum: Decimal
    source: Source
    #: the operating profit without the lines BA116 names that are surely no cost of the
    #: period (as BelowMinimum's), where under BA115's margin: money is then moved, not added
    #: (F5 of the twenty-fourth round's re-review: a restaurant at a $141,300 loss was told
    #: only that it was "$23,970 short")
    thin: Decimal | None = None
    net_revenue: Decimal = Decimal(0)
    moved: bool = False  # ``thin`` is without lines BA116 names
    #: funded lines that brought no customers (BA206), the three dearest: money to move first
    idle: tuple[tuple[str, Decimal], ...] = ()
    #: the share counts marketing and sales together (the industry's range does)
    with_sales: bool = False
    #: of the lines BA116 names, the loan payments kept in ``thin`` in place of the
    #: depreciation no line lists (as BelowMinimum's ``stand_in``)
    stand_in: Decimal = Decimal(0)
    #: the range's confidence, kind and country where another's (as BelowMinimum's): the
    #: finding says how firm the limit is on this branch too (BG5 of the sixty-first round's
    #: re-review, 2026-12-07: a bike shop's low-confidence label was lost here)
    caveat: RangeCaveat | None = None
    #: sales spend in the channels that brought new customers, and its lines (as
    #: BelowMinimum's), where the range counts marketing alone (BG5: a bike shop's demo days)
    selling: Decimal = Decimal(0)
    selling_lines: tuple[str, ...] = ()
    #: what the profit comes to an hour of the owner's week today and after the gap in money,
    #: where no line pays an owner who works in the business (BA118; as BelowMinimum's)
    owner_pay: tuple[Decimal, Decimal] | None = None

    @property
    def met_with_selling(self) -> bool:
        """Whether the selling that brought new customers makes up the minimum beside the
        marketing spent in money, as BelowMinimum's says."""
        spent = self.measured - self.not_spent
        return self.selling > 0 and spent + self.selling >= self.needed_in_money

    @property
    def base_in_money(self) -> Decimal:
        """What the share in money is of: net revenue without the revenue given up, as the
        marketing is without it (BG6 of the sixty-first round's re-review, 2026-12-07)."""
        return self.revenue - self.not_spent

    @property
    def needed_in_money(self) -> Decimal:
        """The minimum in money, of ``base_in_money``."""
        return self.minimum * self.base_in_money


class OnlyTogether(NamedTuple):
    """The minimum is met only with what an agreement sets, what BA114, BA116 or BA119 warn
    about and the revenue given up, taken together, though with each one alone (AG2 of the
    twenty-first round)."""

    measured: Decimal
    #: each part and what it comes to: "agreed", "restricted", "given up"
    parts: tuple[tuple[str, Decimal], ...]
    revenue: Decimal
    minimum: Decimal
    source: Source
    agreed_lines: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    #: as OnlyByAgreement's: what its own is held to where the range's top sets it, and the top
    reach: Decimal | None = None
    top: Decimal | None = None
    #: the share counts marketing and sales together (the industry's range does)
    with_sales: bool = False
    #: of the "restricted" part, the spend on lines BA114 only asks about, as BA114 decides
    #: (core.referrers.asked_lines): the words say "asks about" of it, as BA101's other
    #: messages do (a leftover of the fifty-fourth round, 2026-12-07)
    asked: Decimal = Decimal(0)
    #: how firm the range is (BG1 of the sixty-first round's re-review)
    caveat: RangeCaveat | None = None

    @property
    def base_in_money(self) -> Decimal:
        """What the business's own share is of: net revenue without the revenue given up among
        the parts, as its own marketing is without it (BG6 of the sixty-first round's
        re-review, 2026-12-07)."""
        return self.revenue - sum(
            (amount for kind, amount in self.parts if kind == "given up"), Decimal(0)
        )


class OnlyWithRestricted(NamedTuple):
    """The minimum is met only with spend BA114 or BA119 warns about: lawful marketing is
    under it (a CFO's re-review, 2026-12-03: $30,000 of a lender's realtor gifts had made up a
    5.9% share against a 5% minimum; without them, 4.0%)."""

    measured: Decimal
    restricted: Decimal
    rules: tuple[str, ...]
    revenue: Decimal
    minimum: Decimal
    source: Source
    #: sales spend in the channels that brought new customers, and its lines, where the range
    #: counts marketing alone: with it, the lawful share may meet the minimum (a distributor's
    #: reps; M6 of the forty-second round's second re-review, 2026-12-06)
    selling: Decimal = Decimal(0)
    selling_lines: tuple[str, ...] = ()
    #: spend on ads BA120 faults only for their words, kept in the share: lawful once the copy
    #: is corrected (U5 of the forty-fifth round's re-review, 2026-12-06: "only with $69,000
    #: that BA120 warns about" read as all it warns about, $153,000)
    reworded: Decimal = Decimal(0)

    #: the share counts marketing and sales together (the industry's range does)
    with_sales: bool = False
    #: of ``restricted``, the fees BA114 only asks about (a pet crematory's bare handling fees
    #: to the vet clinics that send it pets, which may pay for a service at its value): out of
    #: the share all the same, and named as asked, not forbidden (AT8 of the fifty-third
    #: round's re-review, 2026-12-07)
    asked: Decimal = Decimal(0)
    #: of ``restricted``, all the spend on lines BA114 only asks about, as BA114 decides
    #: (core.referrers.asked_lines), ``asked`` included: the words say "asks about" of it
    #: (part j of the fifty-fourth round, 2026-12-07)
    questions: Decimal = Decimal(0)
    #: how firm the range is (BG1 of the sixty-first round's re-review, 2026-12-07: a UK
    #: physio clinic failed on a US range here, where without the voucher it was warned)
    caveat: RangeCaveat | None = None

    @property
    def lawful(self) -> Decimal:
        """Marketing without the spend the rules warn about."""
        return self.measured - self.restricted

    @property
    def met_with_selling(self) -> bool:
        """Whether the selling that brought new customers makes up the minimum beside the
        lawful marketing, as it does where nothing is flagged."""
        return self.selling > 0 and self.lawful + self.selling >= self.minimum * self.revenue


class MarketingShare(Rule):
    """Marketing spend is under the minimum share of revenue.

    Why it matters: a business exists to create and keep customers, and marketing is how it
    does that on purpose. Each industry has its own norm: dental practices spend 3-5% of
    collections, restaurants 3-6% of sales, SaaS companies 15-45% of revenue on sales and
    marketing together (each with its source in docs/verticals.md). Owners who spend far less
    are usually doing the work and hoping new customers turn up.

    When the profile values the owner's time (`owner_hours.rate`) and the owner's marketing
    hours make up the difference, the finding is a warning rather than an error, and says so.
    So it is when sales spend in channels that brought new customers (canvassers, SDRs, reps
    on commission) makes it up, where the range counts marketing alone: the business does
    spend on winning customers, in the other column (a roofer's canvassers, 2026-12-02).

    How it is computed: marketing spend (every activity classified as marketing: acquire,
    retain and grow) divided by revenue, net of contra-revenue (refunds, discounts, platform
    commissions) when there is any. Where the industry's published range counts sales and
    marketing together (SaaS), sales spend is added. The comparison is exact: 9.99% fails a
    10% minimum. A business with no revenue yet is not checked by this rule.

    Where marketplaces keep commissions on the customers they bring (an OTA's, a cruise
    line's, a moving marketplace's: contra-revenue, out of the revenue the share is of), and
    with them what winning customers costs meets the minimum of the revenue before them, the
    finding is a warning that says so, and its advice is to weigh the commissions (BA201), not
    to add budget (F4 of the thirty-fourth review round, 2026-12-05: a tour operator whose
    OTAs kept 17% of its gross was asked for $51,840 more). A delivery app's commission pays a
    courier too, and is not counted so. The score's marketing part is then not scored, and a
    minimum met only with lines a rule flags is met without them where the commissions meet it
    (Q1 and Q3 of the round's re-review).

    How to fix: budget more for attracting and keeping customers, or, if some spending is
    marketing but was classified otherwise, say so with `kind: marketing` on the activity.
    The advice respects profit: it says what the gap costs in operating profit and how many
    more customers, at the lifetime value, would pay it back; when the whole gap would turn an
    operating profit into a loss, or leave a margin under 5% (the thin margin of BA115),
    it proposes a staged test that keeps a 5% margin, with a cost per customer to aim for, and
    no more than the cheapest channel's own spend (`plan` trusts its curve only to twice a
    channel's spend; where no channel has the 20 customers `plan` needs, the cheapest with
    any, named with its count as a small sample), unless a new customer already costs more
    than that (BA201), or the cheapest channel a test may go to does (the fifteenth round's
    re-review, 2026-12-03), when it says to make a customer worth more, or cost less, first, as it
    does, rather than ask for the whole gap, wherever a customer costs more than a third of
    their worth (where customers buy once and BA201 judges them by their one sale, as it says,
    the first sale's margin covering what winning one costs, the advice says so instead, and
    holds a test to two thirds of their worth, the 1.5× BA201 holds them to: AX7 of the
    fifty-sixth round, 2026-12-07, an agent team told to grow its budget only under a third
    of its clients' worth beside BA201's "their one sale pays for winning them");
    when customers already cost more than they are worth (BA204), it says to fix that first;
    when the business runs at a loss or its margin is already under 5%, to move money rather
    than add it, unless, at a profit, a new customer pays back within a quarter of the period
    (three months of a year): what is added then comes back within the period, and the advice
    is a staged test of a quarter of the gap (a CFO's review, 2026-12-03: a child care centre
    whose families paid back in 1.7 months was told to move money out of teachers' wages
    that state ratios fix). The lines BA116 names that are surely no operating cost (a loan's
    payments, a transfer, a draw beside the owner's salary) are left out of the profit this
    advice weighs, as BA115 leaves them out of the margin, and it says so; revenue given up in
    the marketing is out of net revenue as well as out of the costs, the base the minimum is a
    share of, which leaves the profit as listed, and the margins are of that base (the
    sixty-second round, 2026-12-07: a salon's advice had weighed $103,600 + $11,500 =
    $115,100 beside a floor of 4% of $624,300; now $103,600 → $84,628): a
    loss or a thin margin they alone make is none to it (Z3 of the seventeenth round's
    re-review: a cleaning company at 6.7% without its loan payment was told its margin was
    "already thin"). Where the margin is thin only with draws that are the owners' only pay
    counted as a cost, it is not known, as BA115 says: the advice is to split the draws into a
    fair wage and profit first, then add in steps, a quarter of the gap first (AF8 of the
    twentieth round, 2026-12-04: a law firm's partners' draws made 60.1% read 3.4%, and the
    test had been sized on the 3.4%). It never names, as where money goes, a channel whose only
    lines BA116 names. What the gap
    must bring back is said twice: the customers that pay it back at their lifetime value,
    and the customers it takes to meet the 3× LTV ÷ CAC rule of thumb that BA201 holds.

    A business that says it is at least 90% full (`business.capacity_used`: children enrolled
    of licensed places, rooms occupied, hours booked) could not serve more customers: the
    finding is then information, and its advice is about price and capacity, not budget; from
    85% (the enrolment a child care centre's budget is built on) it is a warning that says
    how full the business is.

    A share that meets the minimum only with spend an agreement sets (a franchise's brand fund,
    fixed as a share of sales and disclosed in Item 11 of the franchise disclosure document, 16
    CFR §436.5(k)) is a warning that says what the business decides itself: the fund buys the
    brand's marketing, not the owner's (a CFO's review, 2026-12-02). The industry's range is of
    all marketing, the fund's too, so what the business decides itself is held to the minimum or,
    if less, to what the range's top leaves beside the fund: a franchisee paying 4% of sales into
    brand funds in restaurant's 3–6% is asked for 2% of its own, not 3%, which BA110 would then
    call too much, and one paying 5% needs 1% (M1 and M2 of the twenty-seventh round; the score
    holds it the same way). A share
    that meets the minimum only with spend BA114, BA116, BA119, BA120 or BA121 warns about gives
    the share without it (a CFO's re-review, 2026-12-03: a lender's realtor gifts), and is
    judged as that share would be: an error, unless what makes up a gap under the minimum makes
    it up (S3 of the twenty-eighth round's last check, 2026-12-05: a pharmacy passed with its
    gift cards for prescriptions and its prescriber lunches, and failed without them); one under it
    says how much of it pays for what they warn about, and the gap without it; so too of the
    marketing BA116 reads as revenue given up, not money spent (a free trial day, punch-card
    visits: a CFO's re-review, 2026-12-03). A share that meets the minimum only with such
    lines gives the share without them (a coach's review, 2026-12-03: a studio's 6.001%
    against a 6% minimum held $1,500 of tuition credits; without them, 5.69%), and is judged
    as that share would be: an error, unless what makes up a gap under the minimum makes it
    up (E2 of the twenty-fourth round, 2026-12-04: a restaurant at 1.24% in money against a 3%
    minimum passed with a warning, and listing discounts as marketing is no way past the gate).
    Where two or more of these (the agreement's spend, what those rules warn about, revenue
    given up) are listed and together take the share under the minimum, one warning gives what
    the business spends itself, in money, on marketing it may run, and the score holds that
    share to the minimum (AG2 of the twenty-first round, 2026-12-04: a fitness franchisee's
    8.2% was 4.95% without its brand fund and a free month given to friends, and scored 100;
    AH3 of its re-review: where each alone took it under too, two warnings had each left one
    in).
    Money BA116 reads as received (a vendor's co-op reimbursement) is no part of the share at
    all, here, in BA110, the score and the key figures alike, and the finding says how much was
    left out (CFO reviews, 2026-12-04: a store's $27,000 co-op reimbursement took its 1.92% of
    sales over a 2% minimum and passed the gate; another's key figure showed 6.5% against
    retail's 2-5% where BA110 judged 4.5%).

    Configure: the default minimum is the low end of your industry's range
    (`business.industry`), or 10% when no industry is declared. A golf or country club that
    declares `fitness`, its nearest vertical, is held by its name to clubs' own 1–2% (a median
    and a minimum advised, so under it is a warning), not a gym's 6–12% (B8 of the forty-
    seventh round's re-review, 2026-12-06: a country club at 1.8% was asked for $193,000
    more). Most ranges are practitioners'
    rules of thumb; when the project's review of a range's sources judged it of low or
    low-to-medium confidence (coaching, freelance, retail, legal...), the finding says so, so
    that whoever signs the report knows how firm the limit is. Override it with
    `policy: {min_marketing_share: 8%}` in the profile or `--min-marketing-share 8%` on the
    command line (the flag wins). With only the 10% default, a share that meets the low end of
    the vertical the business's name gives away (as BA109 reads it: "Summit Physical Therapy")
    is a warning that says so, not an error; a share under that low end is still an error
    against the default, and the finding gives the gap to the trade's low end too. Skip it
    with `skip: [{rule: BA101, reason: "..."}]`.
    """

    id = "BA101"
    name = "marketing-below-minimum"
    severity = "error"
    summary = "Marketing spend is under the minimum share of revenue"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        threshold = policy.min_marketing_share
        # The industry's low end is held against what its range is a share of (gross
        # commission income for an agent), as BA110 holds its high end.
        industry = threshold.source == "industry"
        vertical = facts.vertical
        currency = facts.profile.business.currency
        # an industry's low end that its source gives as what the trade spends, not a floor (F10
        # of the thirty-third round, 2026-12-05: a guesthouse failed €320 under STR's "less than
        # 2.5%", which most hotels spend): under it is a warning, not a failed check
        # ...and so is a sector's published figure, The CMO Survey's average of mostly large
        # companies (I11 of the forty-first round, 2026-12-06: a healthy day camp, which no
        # vertical fits, failed the check at 4.5% under b2c services' 6%)
        average = no_floor(threshold.source, vertical) is not None
        with_sales = industry and vertical is not None and vertical.scope == "marketing and sales"
        measured, revenue = facts.held_to_minimum(industry)
        if revenue <= 0:
            return
        needed = threshold.value * revenue
        if measured >= needed:
            # how firm the range is, said on every branch as on the one under it, and a range
            # another country's sources publish is no floor on any of them (BG1 of the
            # sixty-first round's re-review, 2026-12-07: a UK physio clinic failed on a US
            # range only where a voucher BA114 flags took it over the minimum)
            caveat = _caveat(vertical, currency) if industry else None
            average = average or (caveat is not None and bool(caveat.abroad))
            # met without what rules warn about and revenue given up once the marketplaces'
            # commissions are counted: nothing to say (Q1 of the thirty-fourth round's re-review)
            if (
                facts.contra_revenue  # most profiles: no commission kept, nothing to weigh
                and (own := _own(facts, measured, with_sales)) < needed
                # (of net revenue without the revenue given up, the one premise: round 63)
                and commissions_covering(
                    facts, threshold.value, own, revenue - given_up_base(facts)
                )
            ):
                return
            # not above the range's top, with the fund: more would be advised where BA110
            # may say there is too much
            top = vertical.marketing.high * revenue if vertical is not None else None
            within = above_range(facts, policy) is None and (
                top is None or measured <= top or bool(facts.agreed_marketing)
            )
            restricted = restricted_marketing(facts, with_sales)
            not_spent = given_up_marketing(facts)
            if within:
                # above the top only with a fund an agreement sets, the business's own
                # marketing is held to what the top leaves beside it (M1 of the twenty-seventh
                # round)
                own_target = own_minimum(facts, threshold.value, industry, revenue)
                # what an agreement sets, what rules warn about and revenue given up, taken out
                # together where there are two or more (AH3 of the twenty-first round's
                # re-review: two warnings each gave the share without one of them, and the
                # share without both, 3.7%, $18,320 short, was never said)
                together = list(
                    _only_together(
                        facts,
                        measured,
                        revenue,
                        threshold,
                        restricted,
                        not_spent,
                        with_sales,
                        own_target,
                        no_floor=average,
                        caveat=caveat,
                    )
                )
                if together:
                    yield from together
                    return
                yield from _only_by_agreement(
                    facts,
                    measured,
                    revenue,
                    threshold.value,
                    threshold.source,
                    own_target,
                    with_sales,
                )
            # judged in money where revenue given up takes the share under the minimum, whatever
            # else is listed (F1 of the twenty-fourth round's re-review: one flagged gift line
            # beside the discounts had made the error a warning again)
            # ...of net revenue without it too: given up, it is out of both (BG6 of the
            # sixty-first round's re-review)
            needed_money = needed - threshold.value * not_spent
            in_money = bool(not_spent) and measured - not_spent < needed_money
            # a low end its source gives as an average warns here too (R9 of the fortieth
            # round's re-review: a pharmacy under its 0.5% failed only beside a flagged line,
            # which BA120 and the score's cap already weigh)
            severity = (
                _not_spent_severity(facts, measured - not_spent, needed_money, with_sales, average)
                if in_money
                else "warning"
            )
            if restricted is not None and measured - restricted[0] < needed:
                # judged as the share without it would be, as revenue given up is: spending
                # what the rules forbid is no way past the gate either (S3 of the twenty-eighth
                # round's last check: a pharmacy's flagged gift cards and lunches had made its
                # error a warning, and its check passed)
                severity = _not_spent_severity(
                    facts,
                    measured - restricted[0] - not_spent,
                    needed_money,
                    with_sales,
                    average,
                )
                selling, selling_lines = (Decimal(0), ()) if with_sales else _selling(facts)
                yield Hit(
                    OnlyWithRestricted(
                        measured,
                        *restricted,
                        revenue,
                        threshold.value,
                        threshold.source,
                        selling,
                        selling_lines,
                        _reworded(facts),
                        with_sales=with_sales,
                        asked=_asked(facts, with_sales),
                        questions=_questions(facts, with_sales),
                        caveat=caveat,
                    ),
                    at=("revenue",),
                    severity=severity,
                )
            elif in_money:
                yield Hit(
                    OnlyWithNotSpent(
                        measured,
                        not_spent,
                        revenue,
                        threshold.value,
                        threshold.source,
                        *(thinned := _thin(facts))[:4],
                        with_sales=with_sales,
                        stand_in=thinned[4],
                        caveat=caveat,
                        selling=(sold := _selling_of(facts, with_sales))[0],
                        selling_lines=sold[1],
                        owner_pay=_owner_pay(facts, needed_money - measured + not_spent)
                        if thinned[0] is None
                        else None,
                    ),
                    at=("revenue",),
                    severity=severity,
                )
            return
        # ...counted in money spent, as the words count it: revenue given up is no budget (a
        # staged test had been a quarter of $5,400 beside "the full $9,400": a quick check of
        # the fifty-eighth round's late changes, 2026-12-07)
        # ...of net revenue without it too, as the marketing is: given up, it is out of both
        # (BG6 of the sixty-first round's re-review, 2026-12-07: a salon's floor stood $320
        # higher on a first-visit discount back in net revenue)
        given = given_up_marketing(facts)
        gap = needed - threshold.value * given - (measured - given)
        profit = facts.operating_profit
        # The lines BA116 names that are surely no cost of the period's operations (a loan's
        # payments, a transfer, revenue given up): the advice weighs the profit without them,
        # as BA111 and BA115 do (a CFO's review, 2026-12-03, at a loss; Z3 of the seventeenth
        # round's re-review, a cleaning company told its 6.7% margin was "already thin")
        moved, kept = moved_in(facts) if profit is not None else (Decimal(0), Decimal(0))
        # ...but for the payments on loans for what wears out, kept in as the stand-in for the
        # depreciation no line lists, as BA115 and BA202 count them (CK3 of a quick check of
        # the fifty-eighth round's late changes, 2026-12-07)
        stand_in = stand_in_for_depreciation(facts) if moved else Decimal(0)
        if moved and profit is not None:
            profit += moved - stand_in
        # (not the revenue given up, which ``moved_in`` no longer adds back: read as a marked
        # contra-revenue line is, out of net revenue and out of the costs, the profit on that
        # base is the listed one; added back, the advice had weighed $103,600 + $11,500 =
        # $115,100 beside a floor of a share of $624,300: the sixty-second round, 2026-12-07;
        # round 63, BJ1 of its second re-review)
        base = facts.margin_base - given_up_base(facts)
        owner = None if (valued := owner_marketing_value(facts)) is None else valued[0]
        ratio = facts.economics.judged_ratio
        plan: Plan = "add"
        test, target = Decimal(0), None
        bound: Bound = "gap"
        quick: Decimal | None = None
        thin = THIN_MARGIN * base
        # with the commissions, in money, on marketing the business may run: not with a line a
        # rule flags (S2 of the thirty-fourth round's second re-review)
        fees = (
            commissions_covering(
                facts,
                threshold.value,
                _own(facts, measured, with_sales),
                revenue - given_up_base(facts),
            )
            if facts.contra_revenue  # most profiles: no commission kept, nothing to weigh
            else Decimal(0)
        )
        if ratio.value is not None and ratio.value < 1:
            # ...unless on so few customers that it could as well be 1x or more, as BA204 then
            # says (O6 of the forty-third round's re-review, 2026-12-06)
            plan = (
                "unsure-economics"
                if could_reach(ratio.value, facts.economics.judged_cac.new_customers, Decimal(1))
                else "fix-economics"
            )
        elif fees:
            plan = "commissions"  # winning customers is paid for in the marketplaces' share
        elif profit is None:  # part of the spending only: the profit it would cost is unknown
            pass
        elif unsplit_draws(facts, profit, base, THIN_MARGIN):
            # Thin only with draws that are the owners' only pay counted as a cost: the margin
            # is not known until they are split into a fair wage and profit, as BA115 says, so
            # the advice is to split them first, then add in steps (AF8 of the twentieth
            # round: a law firm's partners' draws made 60.1% read 3.4%, and BA101 sized a test
            # on the 3.4%)
            plan, test = "split", gap * TEST_SHARE_OF_GAP
        elif profit < thin and (quick := _quick_payback(facts, profit)) is not None:
            # Under BA115's 5% margin, but a new customer pays back within a quarter of the
            # period: what is added comes back within it, as BA115 asks, so a staged test of a
            # quarter of the gap, not a move (a CFO's review, 2026-12-03: a child care centre
            # 87% full, at 4.7%, with a 1-2 month payback, was told to move money out of costs
            # that state ratios fix)
            plan, test, bound = "test", gap * TEST_SHARE_OF_GAP, "payback"
            ltv = facts.economics.ltv.value
            target = ltv / 3 if ltv is not None else facts.economics.judged_cac.value
        elif profit < thin:
            # At a loss, or already under BA115's 5% margin: money is moved, not added (a
            # CFO's review: a distributor at 1.7% had been told to test with half its profit).
            plan = "move"
        elif profit - gap < thin:
            # The whole gap would make a loss, or leave under a 5% margin (BA115's line): a
            # staged test that keeps the margin, so BA101 and BA115 never pull opposite ways.
            plan = "test"
            test, bound = _staged(gap, profit, thin)
            ltv = facts.economics.ltv.value
            target = ltv / 3 if ltv is not None else facts.economics.judged_cac.value
        # customers who buy once, judged by their first sale, as BA201 judges them (AX7)
        one_sale = first_sale_covers(facts, policy) if plan in ("add", "test") else None
        if one_sale is not None and plan == "test" and (ltv := facts.economics.ltv.value):
            # the test keeps going while a customer pays back 1.5×, BA201's line for them
            target = ltv / LTV_TO_CAC_WEAK
        selling, selling_lines = (Decimal(0), ()) if with_sales else _selling(facts)
        # what a rule of law warns about meets no minimum, alone or beside the selling (BC1)
        flagged = restricted_marketing(facts, with_sales)
        questions = _questions(facts, with_sales)
        warned = flagged[0] - questions if flagged is not None else Decimal(0)
        rated = _rated(facts, threshold.source)
        found = _cheapest(facts) if plan in ("move", "test", "split") else None
        cheapest = None if found is None else found[:2]
        few = 0 if found is None else found[3]
        # A CFO's re-review (2026-12-02): a clinic's first test, $20,512.50, was 3.85 times the
        # $7,200 its cheapest channel took, where `plan` trusts its curve to twice the spend.
        if plan == "test" and found is not None and found[2] > 0:
            room = found[2] * DEFAULT_MAX_GROWTH
            if room < test:
                test, bound = room, "channel"
        named = _named_vertical(facts, threshold.source, measured / revenue)
        used = full(facts.profile)  # at capacity, more customers could not be served
        owner_pay = None
        if plan in ("add", "test") and (unpaid := owner_unpaid(facts, HIGH_MARGIN)) is not None:
            added = test if plan == "test" else gap
            # on the profit the advice weighs: without the lines BA116 names, where it is (F4
            # of the thirty-third round)
            weighed = unpaid.profit + unpaid.moved
            in_period = owner_hours_in_period(facts)
            owner_pay = (weighed / in_period, (weighed - added) / in_period)
        yield Hit(
            BelowMinimum(
                measured,
                revenue,
                measured / revenue,
                threshold.value,
                threshold.source,
                needed,
                with_sales,
                revenue != facts.revenue,
                profit,
                plan,
                test,
                target,
                ratio,
                owner,
                verticals.confidence_in(vertical.marketing, currency)
                if vertical is not None and industry
                else "",
                vertical is not None and vertical.on_gross and facts.contra_revenue > 0,
                facts.range_excluded if vertical is not None else Decimal(0),
                vertical.range_excludes_why if vertical is not None else "",
                base,
                selling,
                selling_lines,
                cheapest,
                owner_pay,
                bound,
                named,
                moved,
                used,
                near := nearly_full(facts.profile),
                few,
                flagged,
                quick,
                given,
                _named_below(facts, threshold.source, measured / revenue) if not named else None,
                _idle(facts) if plan == "move" else (),
                facts.agreed_marketing,
                None if valued is None else valued[1],
                kept,
                facts.base_excluded if vertical is not None else Decimal(0),
                facts.marketing_received,
                only_pay_draws(facts) if plan == "split" else Decimal(0),
                hours.owners if (hours := facts.profile.owner_hours) is not None else 1,
                *(moves := _room(facts, plan)),
                kind=vertical.marketing.kind if vertical is not None and industry else "",
                # the draws kept in are those that are the owners' only pay: beside a salary a
                # draw is profit, taken out with the lines surely no cost
                kept_pay=only_pay_draws(facts) if kept else Decimal(0),
                average=average,
                commissions=fees if plan == "commissions" else Decimal(0),
                debt_cover=_debt_cover(facts) if plan in ("add", "test", "split") else None,
                loss_after=loss_below(facts) if plan in ("add", "test", "split") else None,
                advance=bool(moved) and advance_moved(facts.moves),
                held_as=_held_as(vertical) if industry else "",
                spent_by=(vertical.spent_by or "") if industry and vertical is not None else "",
                declared_trade=facts.profile.business.trade is not None,
                sent=_sent(facts) if plan in ("add", "test", "split") else None,
                rated=rated,
                otherwise=None if rated is None else won_otherwise(facts.economics.cac, rated),
                referrers=restricted_referrers(facts) if used is None else None,
                collected=facts.collected,
                added_back=facts.base_added if vertical is not None else Decimal(0),
                collected_marketing=facts.marketing_collected,
                reworded=_reworded(facts),
                asked=questions,
                one_sale=one_sale,
                abroad=(
                    abroad := verticals.range_abroad(vertical.marketing, currency)
                    if vertical is not None and industry
                    else ""
                ),
                stand_in=stand_in if profit is not None else Decimal(0),
                # (asked as the score asks it: core.shares.reference_here)
                reference=reference_here(threshold.source, vertical, currency, facts.read_by)
                if abroad
                else "",
                at_a_price=paying_at_a_price(
                    facts.by_channel, facts.economics.ltv.value, facts.priced
                )
                if plan in ("add", "test", "split")
                else (),
                # asked only where no channel takes more (a few profiles)
                held=paying_but_held(facts.by_channel, facts.economics.ltv.value, facts.priced)
                if moves[1]
                else (),
            ),
            at=("revenue",),
            pulls="more" if plan in ("add", "test", "split") else None,
            # Cash under the minimum, but the owner's own hours, valued, make it up: a
            # freelancer's real investment is time; the gap in cash is worth a warning.
            # So does sales spend that brings customers (canvassers, reps): the money is spent
            # winning customers, in the other column (an owner's review: a roofer spending
            # 10.4% on canvassing and ads was told it under-spent at 3.85%). Each on its own:
            # hours valued are not money spent (a CFO's re-review: an IT firm passed only on
            # the sum of the two, which the sentence had called "spent").
            # And with only the 10% default, a share that meets the range of the vertical the
            # business's own name gives away (a CFO's re-review, 2026-12-02: a physical-therapy
            # clinic at 5.5% failed the default while BA109 named its vertical, 5-8%).
            # ...each held without the spend a rule of law warns about, as the share
            # without it is (BC1 of the fifty-ninth round's re-review, 2026-12-07)
            severity=_made_up(
                used is not None,
                near is not None or named is not None,
                owner,
                selling,
                measured - warned,
                needed,
            )
            # ...and where contracts at set rates bring most new customers, the range (a
            # marketing-won business's) is no floor: a warning naming them (AM3 of the
            # fifty-first round's re-review)
            or ("warning" if average or plan == "commissions" or rated is not None else None)
            # ...and a range its sources publish for another country's businesses is no floor
            # to fail this one on (BA8 of the fifty-eighth round's re-review, 2026-12-07: a
            # Bristol boiler installer failed against a US trade magazine's rule of thumb,
            # which the finding itself called of low-medium confidence outside the US)
            or ("warning" if abroad else None),
        )


def _caveat(vertical: Vertical | None, currency: str) -> RangeCaveat | None:
    """How firm the industry's range is for a business kept in ``currency``: its confidence
    (one step lower abroad), its kind and the country its sources describe where another's;
    None where there is no range or nothing to say."""
    if vertical is None:
        return None
    norm = vertical.marketing
    found = RangeCaveat(
        verticals.confidence_in(norm, currency), norm.kind, verticals.range_abroad(norm, currency)
    )
    return found if found.confidence or found.abroad else None


def _selling_of(facts: Facts, with_sales: bool) -> tuple[Decimal, tuple[str, ...]]:
    """The selling that brought new customers, where the range counts marketing alone."""
    return (Decimal(0), ()) if with_sales else _selling(facts)


def _owner_pay(facts: Facts, added: Decimal) -> tuple[Decimal, Decimal] | None:
    """What the profit BA101's advice weighs comes to an hour of the owner's week, today and
    after ``added``, where no line pays an owner who works in the business (BA118), as the
    finding under the minimum gives it."""
    unpaid = owner_unpaid(facts, HIGH_MARGIN)
    if unpaid is None:
        return None
    weighed = unpaid.profit + unpaid.moved
    in_period = owner_hours_in_period(facts)
    return weighed / in_period, (weighed - added) / in_period


def _debt_cover(facts: Facts) -> Decimal | None:
    """How many times what the business earns covers its scheduled loan payments, where under
    what lenders ask (BA126 warns); None otherwise."""
    found = uncovered_debt(facts)
    return None if found is None else found.earned / found.payments


def _own(facts: Facts, measured: Decimal, with_sales: bool) -> Decimal:
    """The marketing measured, in money, on marketing the business may run: without revenue
    given up and lines a rule flags (what the marketplaces' commissions are weighed beside)."""
    flagged = restricted_marketing(facts, with_sales)
    return measured - given_up_marketing(facts) - (flagged[0] if flagged else Decimal(0))


def _thin(
    facts: Facts,
) -> tuple[Decimal | None, Decimal, bool, tuple[tuple[str, Decimal], ...], Decimal]:
    """The operating profit without the lines BA116 names that are surely no cost of the period,
    where it is under BA115's margin (None otherwise), the net revenue, and the three dearest
    funded lines that brought no customers (BA206): what a gap under a thin margin is moved
    from, as BA101's own plan "move" weighs it; and the loan payments kept in that profit in
    place of the depreciation no line lists, as BA115 counts them (CK3 of a quick check of the
    fifty-eighth round's late changes)."""
    profit = facts.operating_profit
    if profit is None:
        return None, facts.margin_base, False, (), Decimal(0)
    moved = moved_in(facts)[0]
    stand_in = stand_in_for_depreciation(facts) if moved else Decimal(0)
    # revenue given up out of net revenue and out of the costs, as the minimum's base is
    # (the sixty-second round, part h): ``moved_in`` adds none of it back (round 63)
    profit += moved - stand_in
    base = facts.margin_base - given_up_base(facts)
    if profit >= THIN_MARGIN * base or unsplit_draws(facts, profit, base, THIN_MARGIN):
        return None, base, False, (), Decimal(0)
    return profit, base, bool(moved), _idle(facts), stand_in


def _idle(facts: Facts) -> tuple[tuple[str, Decimal], ...]:
    """The costs that bring no customers, to move money from: the three dearest channels BA206
    names, but not one whose customers a source of another channel may hold (BA206 asks to
    join them first). F9 of the thirty-seventh review round (2026-12-05): a janitorial
    contractor was told to move money from its BOMA dues and its lead vendor "as bringing
    no customers" beside BA206's "the 2 customers from 'BOMA networking' ... if some came
    through this spend"."""
    channels = facts.by_channel
    idle = [channel for channel in facts.idle_channels if not elsewhere(channel, channels)]
    return tuple((c.name, c.spend) for c in sorted(idle, key=lambda c: -c.spend)[:3])


def _not_spent_severity(
    facts: Facts, spent: Decimal, needed: Decimal, with_sales: bool, average: bool = False
) -> Literal["error", "warning", "info"]:
    """How a share over the minimum only with revenue given up is judged: as the share in
    money would be under the minimum (E2 of the twenty-fourth round, 2026-12-04: a restaurant
    at 1.24% in money against a 3% minimum passed with a warning, failing once its discounts
    were left out: listing discounts as marketing is no way past the gate)."""
    owner = None if (valued := owner_marketing_value(facts)) is None else valued[0]
    selling = Decimal(0) if with_sales else _selling(facts)[0]
    return _made_up(
        full(facts.profile) is not None, nearly_full(facts.profile) is not None, owner,
        selling, spent, needed,
    ) or ("warning" if average else "error")  # fmt: skip


def _made_up(
    full_: bool,
    otherwise: bool,
    owner: Decimal | None,
    selling: Decimal,
    spent: Decimal,
    needed: Decimal,
) -> Literal["warning", "info"] | None:
    """How a share under the minimum in money is judged where something makes it up: the
    information where the business is full, a warning where it is nearly full (or the caller
    says so otherwise), where the owner's hours valued or selling that brings customers make
    up the rest; None where nothing does (an error)."""
    if full_:
        return "info"
    if otherwise or (owner is not None and spent + owner >= needed) or spent + selling >= needed:
        return "warning"
    return None


def _named_vertical(facts: Facts, source: Source, share: Decimal) -> tuple[str, Decimal] | None:
    """The vertical the business's name says (as BA109 suggests it) and its range's low end,
    when only the default minimum applies and the share of revenue meets that low end."""
    vertical = facts.named_minimum(source == "default", share)
    return None if vertical is None else (vertical.id, vertical.marketing.low)


def _named_below(facts: Facts, source: Source, share: Decimal) -> tuple[str, Decimal] | None:
    """The vertical the business's name says and its range's low end, when only the default
    minimum applies, no industry is declared and the share is under that low end."""
    if source != "default" or facts.profile.business.industry is not None:
        return None
    vertical = facts.named_vertical
    if vertical is None or share >= vertical.marketing.low:
        return None
    return vertical.id, vertical.marketing.low


def _quick_payback(facts: Facts, profit: Decimal | None) -> Decimal | None:
    """The judged payback in months, at a profit, where a new customer pays back within a
    quarter of the period; None otherwise (at a loss the money is moved, not added)."""
    payback = facts.economics.judged_payback.value
    months = facts.profile.business.months
    if profit is None or profit < 0 or payback is None or payback > months * QUICK_PAYBACK_SHARE:
        return None
    return payback


def _staged(gap: Decimal, profit: Decimal, thin: Decimal) -> tuple[Decimal, Bound]:
    """The staged test's first step and the bound that set it: the smallest of a quarter of
    the gap, half the profit and what keeps the 5% margin (the first of them on a tie)."""
    bounds: list[tuple[Decimal, Bound]] = [
        (gap * TEST_SHARE_OF_GAP, "gap"),
        (profit * TEST_SHARE_OF_PROFIT, "profit"),
        (profit - thin, "margin"),
    ]
    return min(bounds, key=lambda bound: bound[0])


def _cheapest(facts: Facts) -> tuple[str, Decimal, Decimal, int] | None:
    """The channel whose customers cost least, among those `plan` would move money into (its
    own test, at its default minimum of customers): where added or moved money goes; its name,
    CAC, spend and, where no channel has that minimum, its few customers (else 0).

    A firm that wins eleven clients a year never has a channel of twenty: the cheapest channel
    with any customers is named then, with its count, so the staged test is still held to that
    channel's own spend (a CFO's re-review, 2026-12-03: an MSP was told to test $49,000, 3.5
    times its cheapest channel's $14,200, on no channel named). Where one has the minimum, a
    cheaper channel of fewer is not preferred: one customer is no cost per customer, and `plan`
    would not move money there (a second re-review the same day: a $40 "test" on a one-customer
    mailer, for a $110,000 gap). Nor is a channel whose customers cost more than they are
    worth, which BA205 says of it (N13 of the forty-third round, 2026-12-06: a tutoring firm
    was told to move money into RFP pursuits at $18,000 a customer worth $2,820.82)."""
    blended = facts.economics.ltv.value
    ltvs = facts.channel_ltvs() if blended is not None else {}
    for minimum in (DEFAULT_MIN_CUSTOMERS, 1):
        found = [
            (cac, channel.name, channel.spend, channel.customers)
            for channel in facts.by_channel
            if left_alone(channel, minimum) is None
            and (cac := channel.cac) is not None
            and (blended is None or cac <= ltvs.get(channel.key, blended))
        ]
        if found:
            cac, name, spend, customers = min(found)
            return name, cac, spend, customers if minimum < DEFAULT_MIN_CUSTOMERS else 0
    return None


def _only_by_agreement(
    facts: Facts,
    measured: Decimal,
    revenue: Decimal,
    minimum: Decimal,
    source: Source,
    target: tuple[Decimal, Decimal | None],
    with_sales: bool = False,
) -> Iterator[Hit]:
    """A warning where the minimum is met only with the spend an agreement sets: a
    franchisee's brand fund, fixed by the franchise agreement (disclosed in Item 11 of the
    FTC Franchise Rule's disclosure document, 16 CFR §436.5(k)), is not marketing the owner
    decides (a CFO's review, 2026-12-02: a franchisee met the restaurant minimum only with its
    2% brand fund; what it ran itself was 1.6% of gross sales)."""
    lines = facts.agreed_lines
    fixed = sum((item.activity.spend for item in lines), Decimal(0))
    reach, top = target
    if not fixed or measured - fixed >= reach:
        return
    names = tuple(item.activity.name for item in lines)
    profit = facts.operating_profit
    thin = profit is not None and profit < THIN_MARGIN * facts.margin_base
    yield Hit(
        OnlyByAgreement(
            measured,
            fixed,
            names,
            revenue,
            minimum,
            source,
            thin,
            None if top is None else reach,
            top,
            profit is not None and profit < 0,
            with_sales=with_sales,
        ),
        at=("activities", lines[0].position),
        severity="warning",
    )


def _only_together(
    facts: Facts,
    measured: Decimal,
    revenue: Decimal,
    threshold: Threshold,
    restricted: tuple[Decimal, tuple[str, ...]] | None,
    given: Decimal,
    with_sales: bool = False,
    target: tuple[Decimal, Decimal | None] | None = None,
    *,
    no_floor: bool = False,
    caveat: RangeCaveat | None = None,
) -> Iterator[Hit]:
    """A warning where two or more of what an agreement sets, what BA114, BA116 or BA119 warn
    about and the revenue given up are listed, and without them all what the business spends
    itself, in money, on marketing it may run is under the minimum (AG2 of the twenty-first
    round: a fitness franchisee's 8.2% was 6.19% without its brand fund and 6.95% without a
    free month given to friends, but 4.95% without both, and scored 100)."""
    parts = not_own_parts(facts, restricted, given)
    if len(parts) < 2:
        return
    own = measured - sum((amount for _, amount in parts), Decimal(0))
    # revenue given up out of net revenue too, as it is out of the marketing (BG6)
    given_part = sum((amount for kind, amount in parts if kind == "given up"), Decimal(0))
    reach, top = target if target is not None else (threshold.value * revenue, None)
    if top is None:
        reach -= threshold.value * given_part
    if own >= reach:
        return
    yield Hit(
        OnlyTogether(
            measured,
            tuple(parts),
            revenue,
            threshold.value,
            threshold.source,
            tuple(item.activity.name for item in facts.agreed_lines),
            restricted[1] if restricted is not None else (),
            None if top is None else reach,
            top,
            with_sales=with_sales,
            asked=_questions(facts, with_sales) if restricted is not None else Decimal(0),
            caveat=caveat,
        ),
        at=("revenue",),
        # in money, revenue given up under the minimum is judged as that share is (F1), and
        # without what the rules forbid too, as the share with one of them alone is (S3; R2
        # of the thirty-ninth round's re-review: a food truck with a gift BA121 warns about
        # and a punch card's free taco passed, where with either alone it failed)
        # ...and a range that is no floor (an average, or another country's) warns here too,
        # as under it (BG1 of the sixty-first round's re-review)
        severity=_not_spent_severity(facts, bare, needed, with_sales, no_floor)
        if (given or restricted is not None)
        and (bare := measured - given - (restricted[0] if restricted is not None else 0))
        < (needed := threshold.value * (revenue - given))
        else "warning",
    )


def _selling(facts: Facts) -> tuple[Decimal, tuple[str, ...]]:
    """Sales spend in the channels that brought new customers, and its lines: the sales lines
    of a channel with customers (canvassers, SDRs, reps). Not what the rules warn about (a
    repair shop's tow spiffs, BA114): it counts toward nothing the rules allow (F15 of the
    thirty-eighth review round, 2026-12-05)."""
    flagged = (
        {id(item) for _, lines in facts.law_flagged for item in lines}
        if facts.law_flagged
        else frozenset()
    )
    lines = [
        item
        for channel in facts.by_channel
        if channel.customers > 0
        for item in channel.activities
        if item.classification.category == "sales" and id(item) not in flagged
    ]
    spent = sum((item.activity.spend for item in lines), Decimal(0))
    return spent, tuple(item.activity.name for item in lines)


def _room(facts: Facts, plan: str) -> tuple[tuple[str, ...], bool]:
    """Where more budget should not go, for plan "add": the channels `plan` may move whose
    next customer already costs more than a customer is worth (none where the lifetime value
    is unknown); and, for plans "add", "test" and "split", whether no channel takes more
    budget at a profit (core.plan.takes_no_more). The channels are weighed once."""
    if plan not in ("add", "test", "split"):
        return (), False
    ltv, ltvs = facts.economics.ltv.value, facts.channel_ltvs()
    found = dearer_than_worth(facts.by_channel, ltv, ltvs=ltvs) if ltv is not None else None
    dearer = tuple(c.name for c in found[0]) if plan == "add" and found is not None else ()
    # weighed for every reason, as BA202 weighs it: "test on the cheapest channel more money
    # can buy" had stood beside BA202's "no channel today takes more budget" and `plan`'s
    # "no channel can be moved" (F14 of the thirty-seventh review round, 2026-12-05: a
    # janitorial contractor's only small channels were left alone for other reasons)
    return dearer, takes_no_more(facts.by_channel, ltv, found, thorough=True, ltvs=ltvs)


def _asked(facts: Facts, with_sales: bool) -> Decimal:
    """Of the marketing the share leaves out as BA114's, the fees it only asks about: a pet
    crematory's bare handling fees to the vet clinics that send it pets ("Handling fees to
    vet clinics"), which pay for referrals, forbidden by the clinics' rule (Cal. Bus. & Prof.
    Code §650(a)), or for storing and handling the body, at its value a cost of each
    cremation (§650(b)): marketing that meets the minimum in neither case (AT8 of the
    fifty-third round's re-review, 2026-12-07, where such a fee had met it). As BA114 reads
    them (Facts.asked_fees)."""
    if not facts.asked_fees:
        return Decimal(0)  # most profiles
    return sum(
        (
            item.activity.spend
            for item, rule in restricted_lines(facts, with_sales)
            if rule == "BA114" and id(item) in facts.asked_fees
        ),
        Decimal(0),
    )


def _questions(facts: Facts, with_sales: bool) -> Decimal:
    """Of the marketing the share leaves out as BA114's, the spend on lines BA114 only asks
    about, as BA114's rule decides them (core.referrers.asked_lines, which it fills): a home
    inspector's fee to the agents RESPA may not reach, a pet crematory's bare handling fee.
    BA101's words follow BA114's ("asks about", not "warns about"); the figures are the same
    (part j of the fifty-fourth round, 2026-12-07)."""
    if not facts.law_flagged:
        return Decimal(0)  # most profiles
    asked = asked_lines(facts)
    if not asked:
        return Decimal(0)
    return sum(
        (
            item.activity.spend
            for item, rule in restricted_lines(facts, with_sales)
            if rule == "BA114" and item.position in asked
        ),
        Decimal(0),
    )


def _reworded(facts: Facts) -> Decimal:
    """Marketing spent on ads BA120 faults only for their words (``Facts.reworded``), which
    the share keeps: lawful once the copy is corrected."""
    if not facts.reworded:
        return Decimal(0)
    return sum(
        (
            item.activity.spend
            for item in facts.activities
            if id(item) in facts.reworded and item.classification.category == "marketing"
        ),
        Decimal(0),
    )


def _held_as(vertical: Vertical | None) -> str:
    """The label of the range a business's name holds it to, where it is not its declared
    vertical's own ("Collision repair shop"); else empty."""
    if vertical is None or not vertical.named:
        return ""
    declared = verticals.get(vertical.id)
    return vertical.label if declared is not None and declared.label != vertical.label else ""


def _sent(facts: Facts) -> OneSource | None:
    """What one source someone else runs sends, where it is more than half the new customers
    (BA128's search, core.channels.one_source), else None."""
    found = facts.one_source
    return None if found is None else found[0]


def _rated(facts: Facts, source: Source) -> RatePriced | None:
    """What the channels that assign work at the rates they set send, where that is more than
    half the new customers and the minimum is a published one, else None (core.channels.
    rated_no_floor, which the score asks too: the finding stays, as a warning that names them)."""
    return rated_no_floor(facts.rate_priced, source)

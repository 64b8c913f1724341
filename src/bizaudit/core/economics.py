"""Customer economics: CAC, lifetime value, LTV:CAC and CAC payback, when the profile has the data.

* CAC (cost to acquire a customer) = (marketing spend on acquire + sales spend) ÷ new
  customers, the blended figure; and the same spend ÷ the new customers who did *not* come by
  referral, the cost of a customer the business actually paid for. Rules judge by the second
  when the sources say who came by referral: customers who came free make the blended CAC
  look cheaper than any channel is.
* Margin per customer per period = ``average_revenue`` × ``gross_margin``. Without a gross
  margin there is no LTV or payback: revenue is not profit.
* LTV (lifetime value) = ``lifetime_value`` when given; otherwise margin per period × the
  periods a customer is expected to stay within the horizon (five years unless the policy
  says otherwise): with churn c per period and H periods in the horizon, 1 + (1−c) + … +
  (1−c)^(H−1) = (1 − (1−c)^H) ÷ c. Never 1 ÷ c unbounded: a 0.1% churn does not make a
  customer worth a thousand periods of margin.
* LTV:CAC = LTV ÷ CAC. Rules of thumb (David Skok): at least 3; far above 5 often means
  under-spending on acquisition.
* CAC payback (months) = CAC ÷ (margin per period ÷ months in the period); its norm is the
  industry's published figure where there is one, else 12 months.

Every figure keeps its operands, so the explain layer can show the formula with the profile's
own numbers; a figure is ``None`` when its inputs are missing, and ``missing`` says which.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from itertools import chain
from typing import TYPE_CHECKING, Any, Literal

from bizaudit.model import verticals
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.profile import Profile
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import ChurnNorm, Vertical
from bizaudit.model.vocab import CHURN_PERIOD_MONTHS

if TYPE_CHECKING:
    from bizaudit.core.channels import RatePriced

__all__ = [
    "LTV_TO_CAC_CEILING",
    "LTV_TO_CAC_MINIMUM",
    "LTV_TO_CAC_WEAK",
    "PAYBACK_MONTHS_MAXIMUM",
    "Accounts",
    "Cac",
    "Economics",
    "HeldOut",
    "InMargin",
    "Later",
    "Ltv",
    "Margin",
    "Missing",
    "Payback",
    "Ratio",
    "RepeatCommission",
    "churn_months",
    "compute",
]

# The rules of thumb above, used by the rules (BA201-BA204) and the score, shown beside the
# figures. LTV_TO_CAC_WEAK: under 1.5× a profile cannot read "Strong" (docs/domain.md).
LTV_TO_CAC_MINIMUM = Decimal(3)
LTV_TO_CAC_CEILING = Decimal(5)
LTV_TO_CAC_WEAK = Decimal("1.5")
PAYBACK_MONTHS_MAXIMUM = Decimal(12)

Missing = Literal[
    "new-customers",  # no new customers in the profile
    "paid-customers",  # every new customer came by referral: no customer was paid for
    "average-revenue",  # LTV needs customers.average_revenue
    "gross-margin",  # LTV and payback need customers.gross_margin
    "churn",  # LTV needs churn_rate or retention_rate
    "churn-looks-monthly",  # a churn BA112 doubts is not built on
    "ltv-and-cac",  # the ratio needs both
    "cac-and-margin",  # payback needs a CAC and a margin
]


#: New customers more than this many times revenue ÷ average revenue: a count the revenue
#: hardly served (BA125). New customers who joined evenly through the period bring half a
#: period's revenue each, so a business whose every customer is new shows 2×; 4× needs most
#: of them to have joined in the last part of the period (a launch, a season), and past it
#: visitors, leads or trials counted as new are likelier (the project's line, from that
#: arithmetic: F21 of the thirty-sixth review round and its re-review, R7).
NEW_OVER_SERVED = 4
#: ...where 20 customers or more were won: a few large customers won late in the period (one
#: client worth $1,000,000 a year, won in its last month) bring little of it yet
NEW_OVER_SERVED_FROM = 20


def customers_served(profile: Profile) -> Decimal | None:
    """About how many customers the period's revenue served: revenue ÷ average revenue."""
    customers = profile.customers
    if customers is None or not customers.average_revenue or profile.revenue <= 0:
        return None
    return profile.revenue / customers.average_revenue


def exceeds_served(profile: Profile) -> Decimal | None:
    """The customers the revenue served, where the profile counts more new customers than it
    can have served them (BA125); None otherwise."""
    customers = profile.customers
    if customers is None or customers.new is None or customers.new < NEW_OVER_SERVED_FROM:
        return None
    served = customers_served(profile)
    return served if served is not None and customers.new > NEW_OVER_SERVED * served else None


#: A churn under this per period of at least LOOKS_MONTHLY_MONTHS looks like a monthly rate:
#: fewer than 3 in 100 customers lost in six months or a year is rare outside long contracts
#: (practitioner heuristic; SaaS benchmarks put small-business churn at 3-7% a month). BA112
#: says so, and lifetime value is not built on it.
LOOKS_MONTHLY = Decimal("0.03")
LOOKS_MONTHLY_MONTHS = 6


def monthly_line(months: int, norm: ChurnNorm | None = None) -> Decimal:
    """The churn per period of ``months`` under which a rate looks monthly: LOOKS_MONTHLY, or
    higher in a vertical whose churn is published (``norm``). There it is the point midway, on
    a ratio scale, between the share of customers its businesses lose in a month and the share
    its best-run ones still lose in the period: their geometric mean, √(monthly × best). A gym
    loses 3.36% of members a month and the best clubs 27.5% a year, so a yearly churn under
    √(0.0336 × 0.275) = 9.6% is nearer a month's than any year's (docs/domain.md)."""
    if norm is None:
        return LOOKS_MONTHLY
    best = 1 - (1 - norm.yearly_best) ** (Decimal(months) / 12)
    return max(LOOKS_MONTHLY, (norm.monthly * best).sqrt())


def looks_monthly(churn: Decimal, months: int, norm: ChurnNorm | None = None) -> bool:
    return months >= LOOKS_MONTHLY_MONTHS and 0 < churn < monthly_line(months, norm)


#: Words in a customer source or a marketing line that name a consumer membership billed by
#: the month: an unlimited wash club's members, a membership sign-up (Q9 of the forty-fourth
#: round, 2026-12-06: a car wash's 6% monthly churn, typed without its period, was read as a
#: year's, and its members as staying 16.7 years). A team's or staff's members are no customers.
_MEMBERSHIP = LazyPattern(
    r"(?<!team )(?<!staff )(?<!board )\b(?:unlimited|members?)\b"
    r"|\bmemberships?\s+(?:sales|sign[- ]?ups?|drives?|promos?|conversions?|plans?)\b"
    r"|\bclub (?:members?|sign|sales|plans?)\b"
)
#: ...but not a membership the business pays for: a chamber's, an association's, a networking
#: group's dues (R4 of the round's re-review: a CPA firm's "Chamber of commerce membership"
#: had its 7% a year doubted as a month's)
_DUES = LazyPattern(
    r"\b(?:chamber|associations?|bni|rotary|lions|kiwanis|society|dues|networking|professional"
    # ...nor a lead site's fee for the business's own listing ("Angi member fee": S8 of the
    # round's second re-review)
    r"|trade group|guild|fees?|angi|homeadvisor|thumbtack|listings?)\b"
)


def churn_norm(
    profile: Profile, vertical: Vertical | None, marketing: Iterable[str] = ()
) -> tuple[ChurnNorm | None, bool]:
    """The published churn a rate given without its period is read against (`monthly_line`):
    the vertical's, else, where the customer sources or the ``marketing`` lines' names name a
    consumer membership, a gym's, the best-documented one (the project's rule: a member who
    pays by the month leaves as a gym's members do, at least); with whether it came from the
    membership words. Asked only of a rate a gym's figures would doubt and the 3% line does
    not: most profiles stop at the first tests."""
    if verticals.runs_members_club(profile.business.name or ""):
        # a golf or country club declared fitness, the nearest vertical: the gym's figures
        # (IHRSA's, of health clubs whose members pay by the month) doubted a club's 9% yearly
        # attrition as monthly and left its lifetime value out (A5 of the forty-seventh review
        # round, 2026-12-06; no published figure for private clubs was read, so only the 3%
        # line, which no vertical sets, applies to it)
        return None, False
    if vertical is not None and vertical.churn is not None:
        return vertical.churn, False
    customers = profile.customers
    if customers is None or customers.churn_period is not None:
        return None, False
    # a consumer's membership: a business's contracts (a SaaS's, an IT firm's) may really
    # lose only 5-7% a year
    trade = vertical.sector if vertical is not None else profile.business.industry
    if trade is not None and trade.startswith("b2b"):
        return None, False
    churn = customers.churn_rate
    if churn is None and customers.retention_rate is not None:
        churn = 1 - customers.retention_rate
    if churn is None or churn < LOOKS_MONTHLY:
        return None, False  # none given, or doubted at 3% already
    step = churn_months(profile)
    if step < LOOKS_MONTHLY_MONTHS:
        return None, False
    gym = verticals.get("fitness")
    norm = gym.churn if gym is not None else None
    if norm is None or churn >= monthly_line(step, norm):
        return None, False
    names = chain(customers.sources, marketing)
    if any(
        _MEMBERSHIP.search(lowered := name.lower()) and not _DUES.search(lowered) for name in names
    ):
        return norm, True
    return None, False


class Margin(NamedTuple):
    """Gross profit from one customer in one period."""

    average_revenue: Decimal
    gross_margin: Decimal

    @property
    def value(self) -> Decimal:
        return self.average_revenue * self.gross_margin


class Serving(NamedTuple):
    """Sales spend on staff who sell to every customer, new and returning (service advisors,
    account managers), with the sales function's on-costs that go with their pay."""

    spend: Decimal = Decimal(0)  # their pay, with ``on_costs``
    on_costs: Decimal = Decimal(0)  # their share of the function's payroll taxes and benefits
    roles: tuple[str, ...] = ()  # as the lines name them, in the plural ("service advisors")
    #: new customers came through their channel (a distributor's reps' cold calls): they
    #: prospect too, which takes more of their time than their count of new customers, so the
    #: share is a floor and their whole pay the ceiling (L11 of the forty-second round's
    #: re-review, 2026-12-06)
    prospects: bool = False


class Served(NamedTuple):
    """``Serving`` and about how many customers were served (revenue ÷ average revenue): the
    new ones carry their share."""

    serving: Serving
    customers: int


class Cac(NamedTuple):
    value: Decimal | None
    acquire: Decimal  # marketing spend on acquire
    sales: Decimal
    new_customers: int  # the customers it is divided by
    missing: Missing | None = None
    referral: int = 0  # customers left out because they came by referral (non-referral CAC)
    referral_spend: Decimal = Decimal(0)  # and the spend that brought them, left out with them
    #: of that spend, what was sales spend (referral spiffs paid as selling): left out of the
    #: sales before the others' share of it, not of ``acquire`` (F15 of the thirty-eighth
    #: review round, 2026-12-05); ``referral_spend`` is then the rest
    referral_sales: Decimal = Decimal(0)
    repeat: int = 0  # customers.new less these: listed under sources read as repeat, not new
    cultivated: int = 0  # referral customers counted as paid for: they came through funded lines
    #: all sales spend, when these customers carry only their share of it (the CAC excluding
    #: referrals): a salesperson closes the referred customers too
    sales_of: Decimal | None = None
    #: sales spend on staff who sell to every customer (service advisors), about how many
    #: customers were served (revenue ÷ average revenue), and of the spend, the sales
    #: function's on-costs (payroll taxes, benefits) that go with their pay: the new customers
    #: carry their share
    served: Served | None = None
    #: of ``cultivated``, those counted from a line's stated price per referral, as (the
    #: line, its spend, the price): its spend ÷ its price is how many it paid for (B15 of the
    #: twenty-third round: "112" had been a salon's $2,800 ÷ $25, said nowhere)
    priced: tuple[tuple[str, Decimal, Decimal], ...] = ()
    #: of ``acquire``, what BA116 reads as revenue given up (a priced special, a credit): in
    #: the CAC as listed, and the basis says so (C11 of the twenty-third round's re-review:
    #: a shop's $11,000 oil special was in its CAC with no word)
    given_up: Decimal = Decimal(0)
    #: sales spend on staff who sell to every customer, all of it counted, as no average
    #: revenue says how many customers were served: the CAC is then a ceiling, and the basis
    #: says so (R10 of the thirty-eighth round's re-review, 2026-12-05: a repair shop's
    #: $110,000 of advisors' pay put $216.61 on each new customer, $103.67 with the average)
    unshared: Serving | None = None
    #: ...and, where the average revenue is given, about how many customers it says were
    #: served (revenue ÷ average revenue), no more than the new ones: why their share cannot be
    #: split, said as that, not as a missing average (AV8 of the fifty-fourth round's second
    #: re-review, 2026-12-07: a charter company's $876,000 ÷ $1,800 ≈ 487 served beside 500
    #: new had read "without customers.average_revenue", which its profile gave)
    unshared_served: int | None = None
    #: of ``acquire`` in the blended CAC, or of ``referral_spend`` in the CAC excluding
    #: referrals, a law firm's fee divided with the referring lawyers (Rule 1.5(e)): their
    #: share of the fee on the cases they referred, a cost of those cases, which the basis
    #: names (AW5 of the fifty-fifth round's review, 2026-12-07)
    divided: Decimal = Decimal(0)
    #: ...and the referred cases it was paid on, by the sources that name the referring
    #: lawyers (0 where none does): the blended basis gives what each cost
    divided_cases: int = 0
    #: ...and its lines' names: no line through which referrals came "counted as paid for"
    #: in the CAC excluding referrals, though BA102 counts them as cultivated
    divided_names: tuple[str, ...] = ()
    #: of the CAC excluding referrals, the customers left out beside the referrals because
    #: lines a rule of law warns about paying for (BA114, BA121) brought them: the figure is
    #: what a customer costs through lines the business may keep funding, so a line held out
    #: of its cost takes its customers out of its count (part p of the fifty-eighth round,
    #: 2026-12-07: a PI firm's runners' $72,000 stayed beside their 88 cases and its per-case
    #: consultant's 85 cases beside no cost, and its LTV ÷ CAC read 2.8× for 1.4×)
    held: int = 0
    #: ...their lines' spend the CAC counts (acquisition marketing and sales), left out with
    #: them, and of it the sales
    held_spend: Decimal = Decimal(0)
    held_sales: Decimal = Decimal(0)
    #: ...and the lines' names, the rules that warn about them, and the keys of the channels
    #: whose customers are left out (their commissions kept out of revenue go with them)
    held_names: tuple[str, ...] = ()
    held_rules: tuple[str, ...] = ()
    held_channels: tuple[str, ...] = ()
    #: of the blended CAC's ``held``, the spend of those lines it does not count (read as
    #: operations): their customers are left out as their cost is (HeldOut.apart)
    held_apart: Decimal = Decimal(0)
    #: lines a rule of law warns about whose spend the CAC does not count and to which no
    #: customers are joined: none could be left out (HeldOut.unjoined), with their spend and rules
    unjoined: tuple[str, ...] = ()
    unjoined_spend: Decimal = Decimal(0)
    unjoined_rules: tuple[str, ...] = ()
    #: ...where the profile says which customers theirs are: the referral sources no line
    #: reaches, the only ones left (HeldOut.unjoined_among), and how many came from them
    unjoined_among: tuple[str, ...] = ()
    unjoined_among_customers: int = 0
    #: customers.new less these too: trade or business accounts of a channel of their own (a
    #: car wash's fleet accounts, a taproom's wholesale accounts), with its spend, left out
    #: with them, and the channels' sources and lines (:class:`Accounts`)
    accounts: int = 0
    accounts_spend: Decimal = Decimal(0)
    accounts_sources: tuple[str, ...] = ()
    accounts_lines: tuple[str, ...] = ()
    #: ...and a funeral home's pre-need contracts, with the spend that sold them: calls of
    #: later years, whose money waits in a trust or a policy until the death, priced apart
    #: (core.metrics._preneed_apart: BE1 of the sixtieth round's re-review, 2026-12-07); the
    #: spend is set apart even where no source names the contracts (``preneed`` 0)
    preneed: int = 0
    preneed_spend: Decimal = Decimal(0)
    preneed_sales: Decimal = Decimal(0)
    preneed_sources: tuple[str, ...] = ()
    preneed_lines: tuple[str, ...] = ()
    #: selling that wins customers no source counts, left out with its spend: a consumer
    #: business's distributor paid on its sales to the trade, a restaurant's private-event
    #: coordinator where no source names the events (:class:`Uncounted`: part s of the
    #: sixty-first review round, 2026-12-07)
    uncounted_spend: Decimal = Decimal(0)
    uncounted_lines: tuple[str, ...] = ()
    #: ...and what each line sells, in the same order: "trade" (a distributor's sales to bars
    #: and stores), else the service its role names ("event", "catering")
    uncounted_sold: tuple[str, ...] = ()
    #: selling paid on each sale that the stated gross margin carries already, left out
    #: (:class:`InMargin`: BH4 of the sixty-second round); None for most profiles
    in_margin: InMargin | None = None
    #: selling paid on each unit sold, the repeat buyers' share left out (:class:`RepeatSold`:
    #: BK5 of the sixty-third round); None for most profiles
    repeat_sold: RepeatSold | None = None
    #: a rep's commission on the repeat orders of the accounts the rep already had, left out
    #: (:class:`RepeatCommission`: BH11 of the sixty-second round); None for most profiles
    repeat_commission: RepeatCommission | None = None
    #: lines that pay a share of the clients' fees for as long as they stay, counted whole
    #: because the profile does not give what splits them (a rate, an average revenue): this
    #: year's payment on clients of earlier years too, so the CAC is a ceiling (BI6 of the
    #: sixty-second round's re-review, 2026-12-07); () for most profiles
    trail_whole: tuple[str, ...] = ()
    #: of the CAC excluding referrals' sales, the reps' commission on the new accounts they
    #: won themselves (``RepeatCommission.counted``), counted whole on these customers and not
    #: shared with the referrals: the reps win their own accounts, not the referred ones (BJ6
    #: of the sixty-second round's second re-review, 2026-12-08: a fab shop's $36,000 had been
    #: spread 10 of 12, $13,598.60 for (91,600 + 36,000 + 17,263.16 × 10/12) ÷ 10 =
    #: $14,198.60); 0 for most profiles
    own_commission: Decimal = Decimal(0)

    @property
    def with_given_up(self) -> Decimal | None:
        """The CAC with the revenue given up to win customers (``given_up``: a move-in special,
        a first-visit offer, a referral credit) counted as if spent, which the blended CAC's
        basis sets beside the CAC in money (BH13 of the sixty-second review round,
        2026-12-07: a self-storage facility's $1 first months, $31,000, beside $49,200 of
        ads: (49,200 + 31,000) ÷ 620 = $129.35 beside $79.35); None without any."""
        if self.value is None or not self.given_up or self.new_customers <= 0:
            return None
        return self.value + self.given_up / self.new_customers

    @property
    def marketing(self) -> Decimal:
        """The acquisition marketing the CAC counts: less what was spent on referrals and on
        the lines held out with their customers (``held``)."""
        return self.acquire - self.referral_spend - (self.held_spend - self.held_sales)


class HeldOut(NamedTuple):
    """What lines a rule of law warns about paying for brought (core.metrics): the customers
    of the sources joined to them, those lines' spend the CAC counts (acquisition marketing
    and sales, and of it the sales) and their names."""

    customers: int
    spend: Decimal
    sales: Decimal
    names: tuple[str, ...]
    rules: tuple[str, ...]
    channels: tuple[str, ...]
    #: of them, those whose lines' spend the CAC does not all count (a per-case consultant
    #: read as operations), held out of the blended CAC too, with the spend it counts of those
    #: lines, of it the sales, what it does not count, and the lines' names and rules (p's
    #: leftover of the fifty-eighth round, 2026-12-07: a PI firm's blended CAC divided no cost
    #: of its consultant's by its 85 cases)
    apart: int = 0
    apart_spend: Decimal = Decimal(0)
    apart_sales: Decimal = Decimal(0)
    apart_out: Decimal = Decimal(0)
    apart_names: tuple[str, ...] = ()
    apart_rules: tuple[str, ...] = ()
    #: warned lines whose spend the CAC does not count and to which no source's customers are
    #: joined: nothing of theirs could be held out, which both bases say; their spend and rules
    unjoined: tuple[str, ...] = ()
    unjoined_spend: Decimal = Decimal(0)
    unjoined_rules: tuple[str, ...] = ()
    #: ...and, where the profile lists every new customer and the only sources no line reaches
    #: are referrals, those sources and their customers: the unjoined lines' customers are
    #: among them (the round 59 helpers' note, 2026-12-07)
    unjoined_among: tuple[str, ...] = ()
    unjoined_among_customers: int = 0


class Accounts(NamedTuple):
    """Trade or business accounts won through a channel of their own, another kind of customer
    than most of the business's (core.channels.accounts_named): how many, what of that
    channel's spend the CAC counts (acquisition marketing, sales), and the channels' sources and
    lines. The CAC is a customer's of the kind the lifetime value describes, so they and that
    spend are left out of it, and the channel table prices them apart (BD2 of the sixtieth
    review round, 2026-12-07: a car wash's fleet rep, $55,000 ÷ 50 accounts = $1,100, had been
    $13.25 of a retail member's $28.43)."""

    customers: int
    acquire: Decimal
    sales: Decimal
    sources: tuple[str, ...]
    lines: tuple[str, ...]


class Uncounted(NamedTuple):
    """Selling lines whose customers no source counts, another kind than the lifetime value
    describes (core.metrics._uncounted_selling): the sales spend, the lines, and what each
    sells ("trade", or the service its role names)."""

    sales: Decimal
    lines: tuple[str, ...]
    sold: tuple[str, ...]


class InMargin(NamedTuple):
    """Selling paid on each sale (a loan officer's basis points on each funded loan) that the
    stated gross margin carries already (core.metrics.pay_in_margin): the books give the
    stated margin only with that pay as a cost of each sale, so the CAC leaves it out, as the
    lifetime value counts it once, in the margin (BH4 of the sixty-second review round,
    2026-12-07: a mortgage broker's $486,000 of loan-officer pay was in its stated 55% and in
    its CAC, $2,842.52 and 1.6× for $571.50 and 8.1×). The spend, the lines, the stated margin
    and the books' margins with that pay as a cost of sale and without it."""

    spend: Decimal
    lines: tuple[str, ...]
    stated: Decimal
    with_pay: Decimal  # (net revenue − cost of sales − the pay) ÷ net revenue
    without: Decimal  # (net revenue − cost of sales) ÷ net revenue


class RepeatSold(NamedTuple):
    """Selling paid on each unit sold (a car dealer's salespeople's commissions and spiffs),
    shared between the new customers and the repeat ones listed among customers.new, whom the
    CAC does not count (core.metrics.paid_per_unit): the repeat buyers' share, spend × repeat ÷
    sold, is left out. BK5 of the sixty-third review round, 2026-12-08: a dealer's $205,000 of
    commissions and $22,000 of spiffs on all 520 cars were charged to the 472 new buyers alone,
    as a plumber's estimators' pay, shared by the customers served, was not."""

    spend: Decimal  # paid on each unit sold
    lines: tuple[str, ...]
    repeat: int  # repeat customers among customers.new
    sold: int  # customers.new, the repeat ones among them
    left_out: Decimal  # spend × repeat ÷ sold


class FeesInMargin(NamedTuple):
    """Referral fees the stated gross margin is after, where the CAC counts them as what the
    customers they bought cost (core.metrics.fees_in_margin). BK4 of the sixty-third review
    round, 2026-12-08: a real-estate team's stated 55% is exactly the MREA margin after its
    $186,000 of referral fees (Zillow Flex, out-of-area agents), (1,420,000 − 408,000 − 45,000 −
    186,000) ÷ 1,420,000 = 55.0%, and those fees were in its CAC too: counted twice. A referral
    fee is paid only on the closings it bought, so it stays in the CAC and the lifetime value is
    built on the margin before it, (1,420,000 − 408,000 − 45,000) ÷ 1,420,000 = 68.1%. The fees,
    their lines, the stated margin and the books' margins before and after them."""

    spend: Decimal
    lines: tuple[str, ...]
    stated: Decimal
    before: Decimal  # (revenue − taken out − cost of sales) ÷ revenue
    after: Decimal  # (revenue − taken out − cost of sales − the fees) ÷ revenue


class RepeatCommission(NamedTuple):
    """A rep's commission, at the rate its line states, on the sales of the accounts the rep
    already had (core.metrics.repeat_commission): the CAC counts the commission on the new
    accounts' first period, rate × average revenue × the new customers the reps brought, and
    leaves the rest out, a variable cost of the repeat orders that lowers those accounts'
    margin (BH11 of the sixty-second review round, 2026-12-07: a fab shop's $118,000 at 5% of
    rep-sourced sales, about $2.36M of mostly repeat orders, was all charged to 12 new
    customers: $18,905.26 and 6.0× for $12,071.93 and 9.4×)."""

    left_out: Decimal  # the line's spend less the commission counted
    line: str
    paid: Decimal  # the line's spend
    rate: Decimal  # as the line states it
    average: Decimal  # customers.average_revenue
    customers: int  # the new customers of the reps' channel
    #: "commission": reps paid on every order of their accounts, a selling line; "fee share":
    #: a referrer paid a share of the referred clients' fees for as long as they stay, an
    #: acquisition line (an adviser's "CPA solicitor fees - 20% of advisory fee": BI6 of the
    #: sixty-second round's re-review, 2026-12-07)
    kind: str = "commission"

    @property
    def counted(self) -> Decimal:
        """The commission on the new accounts' first period: rate × average × customers."""
        return self.rate * self.average * self.customers


class Later(NamedTuple):
    """The commission or fee share a channel's new customers go on paying after their first
    period (:class:`RepeatCommission`), taken off the lifetime value: rate × average revenue ×
    the periods they stay after the first, for each of them, and, on the lifetime value of a
    new customer, at their share of the new customers (BI6, BI7 of the sixty-second round's
    re-review, 2026-12-07: a fab shop's CAC left out the reps' $82,000 on repeat orders "as a
    cost that lowers those accounts' margin" while the lifetime value, $113,344.34, lowered
    nothing; 113,344.34 − 6,000 × 2.94 × 6 ÷ 12 = $104,537.64, 8.7× where it read 9.4×). The
    stated gross margin is read as before it, as the project reads selling pay (docs/domain.md,
    "sales"), unless the books tell it carries it (:class:`InMargin`, then not counted here)."""

    paid: RepeatCommission
    periods: Decimal  # the periods a customer stays within the horizon, after the first
    new: int  # the new customers the lifetime value describes
    before: Decimal  # the lifetime value before it

    @property
    def each(self) -> Decimal:
        """What each of the channel's new customers pays on after the first period."""
        return self.paid.rate * self.paid.average * self.periods

    @property
    def taken(self) -> Decimal:
        """Taken off a new customer's lifetime value: each × the channel's share of them."""
        return self.each * self.paid.customers / self.new


class Ltv(NamedTuple):
    value: Decimal | None
    stated: bool  # customers.lifetime_value was given
    margin: Margin | None
    churn: Decimal | None
    periods: Decimal | None = None  # expected periods a customer stays, within the horizon
    horizon: int = 5  # years
    months: int = 12  # in a period: the churn's (churn_period), else the profile's
    missing: Missing | None = None
    period_months: int = 12  # in the profile's period, which average_revenue is for
    #: the churn was assumed (100%: the vertical's customers buy once), not given
    assumed: bool = False
    #: a commission or fee share paid on after the first period, taken off (:class:`Later`)
    later: Later | None = None
    #: the stated margin was after referral fees the CAC counts: built on the margin before
    #: them (:class:`FeesInMargin`); None for most profiles
    before_fees: FeesInMargin | None = None

    @property
    def step_margin(self) -> Margin | None:
        """The margin a customer brings in one period of the churn (a month's, when the churn
        is a month's and average revenue a year's)."""
        return (
            None if self.margin is None else _per_step(self.margin, self.months, self.period_months)
        )


def _per_step(margin: Margin, step: int, months: int) -> Margin:
    """A period's margin as that of ``step`` months of the ``months`` it is for."""
    if step == months:
        return margin
    return Margin(margin.average_revenue * step / months, margin.gross_margin)


class Ratio(NamedTuple):
    value: Decimal | None
    ltv: Decimal | None
    cac: Decimal | None
    missing: Missing | None = None


#: A yearly churn at or above this means most customers buy once (a roof, a wedding, a
#: lockout): the project's own line, not a published norm. Their payback is the first sale's
#: margin, earned when the job is paid, not a year's margin spread over months (an owner's
#: review of a roofer, 2026-12-02). Three in four, not nine in ten (F15 of the thirty-third
#: round, 2026-12-05: a locksmith whose 88% of customers never come back was told of payback
#: in months and to start a newsletter and a loyalty scheme, and one at 92% was not).
ONE_OFF_CHURN = Decimal("0.75")


class Payback(NamedTuple):
    value: Decimal | None
    cac: Decimal | None
    margin: Margin | None
    months: int
    missing: Missing | None = None
    #: the yearly churn, when at or above ONE_OFF_CHURN: most customers buy once
    one_off: Decimal | None = None
    #: ... and when that one sale is paid, where the trade says it is long after the customer
    #: is won (a contingency fee, a commission at closing: the vertical's ``paid_when``):
    #: months of payback are then no measure of cash (AI7 and AJ3 of the twenty-second round)
    paid_when: str | None = None


def cac_with_commissions(cac: Cac, fees: Decimal) -> Decimal | None:
    """What a customer cost with ``fees``, the commissions marketplaces kept on these
    customers (contra-revenue, which the CAC does not count); None without them."""
    if not fees or cac.value is None or not cac.new_customers:
        return None
    return cac.value + fees / cac.new_customers


def ratio_with_commissions(ltv: Decimal | None, cac: Cac, fees: Decimal) -> Decimal | None:
    """LTV ÷ what a customer cost with ``fees``, the commissions marketplaces kept on these
    customers (a floor, as they are charged on repeat customers too); None without them."""
    each = cac_with_commissions(cac, fees)
    if ltv is None or each is None or each <= 0:
        return None
    return ltv / each


def payback_with_commissions(payback: Payback, cac: Cac, fees: Decimal) -> Decimal | None:
    """The months a customer takes to earn back that cost with the commissions, where the
    payback is counted month by month (not a trade whose customers buy once); None without
    them."""
    each = cac_with_commissions(cac, fees)
    if each is None or payback.margin is None or payback.one_off is not None:
        return None
    monthly = payback.margin.value / payback.months
    return each / monthly if monthly > 0 else None


class Economics(NamedTuple):
    cac: Cac  # blended: every new customer
    non_referral_cac: Cac  # the customers the business paid for
    ltv: Ltv
    ltv_to_cac: Ratio  # blended
    ltv_to_non_referral_cac: Ratio
    payback_months: Payback  # blended
    non_referral_payback_months: Payback
    payback_norm: Decimal  # months: the industry's, else 12
    judged_by_non_referral: bool  # the rules judge by the non-referral figures
    #: the lifetime value of a customer who did not come by referral, where it differs from
    #: the blended one (a reps' later commission at their share of those customers: BJ6 of the
    #: sixty-second round's second re-review); None for most profiles
    non_referral_ltv: Ltv | None = None

    @property
    def judged_cac(self) -> Cac:
        return self.non_referral_cac if self.judged_by_non_referral else self.cac

    @property
    def judged_ratio(self) -> Ratio:
        return self.ltv_to_non_referral_cac if self.judged_by_non_referral else self.ltv_to_cac

    @property
    def judged_payback(self) -> Payback:
        if self.judged_by_non_referral:
            return self.non_referral_payback_months
        return self.payback_months


def _served(profile: Profile, new: int) -> int | None:
    """About how many customers were served in the period (revenue ÷ average revenue per
    customer), where that is more than the new ones; None without an average revenue."""
    about = customers_served(profile)
    if about is None or new <= 0:
        return None
    served = int(about.to_integral_value())
    return served if served > new else None  # (never where the average is not positive)


def _cac(
    acquire: Decimal, sales: Decimal, customers: int, missing: Missing, referral: int, **more: Any
) -> Cac:
    """A CAC, with ``more`` of its fields made at once: each ``_replace`` after copies all 47
    of them (two had cost 0.6% of a batch's instructions, 2026-12-08)."""
    if customers <= 0:
        return Cac(None, acquire, sales, customers, missing, referral, **more)
    return Cac((acquire + sales) / customers, acquire, sales, customers, None, referral, **more)


def _apart(cac: Cac, apart: HeldOut, new: int) -> Cac:
    """The blended CAC without the customers lines a rule of law warns about brought where it
    does not count those lines' spend (``HeldOut.apart``), and without the spend of theirs it
    counts: cost and count from the same lines, as the CAC excluding referrals has them (p's
    leftover of the fifty-eighth round, 2026-12-07). The sales close every new customer: those
    counted carry their share of them."""
    counted = new - apart.apart
    held_sales = min(apart.apart_sales, cac.sales)
    sales = cac.sales - held_sales
    shared = sales * counted / new
    marketing = cac.acquire - (apart.apart_spend - apart.apart_sales)
    return cac._replace(
        value=(marketing + shared) / counted,
        sales=shared,
        new_customers=counted,
        sales_of=cac.sales if sales else None,
        held=apart.apart,
        held_spend=apart.apart_spend,
        held_sales=held_sales,
        held_names=apart.apart_names,
        held_rules=apart.apart_rules,
        held_apart=apart.apart_out,
    )


def _ratio(ltv: Ltv, cac: Cac) -> Ratio:
    if ltv.value is not None and cac.value:
        return Ratio(ltv.value / cac.value, ltv.value, cac.value)
    return Ratio(None, ltv.value, cac.value, "ltv-and-cac")


def _payback(
    cac: Cac, margin: Margin | None, months: int, ltv: Ltv, paid_when: str | None = None
) -> Payback:
    if cac.value is not None and margin is not None and margin.value:
        one_off = None
        if ltv.churn is not None and ltv.missing is None:
            yearly = 1 - (1 - ltv.churn) ** (Decimal(12) / ltv.months)
            one_off = yearly if yearly >= ONE_OFF_CHURN else None
        value = cac.value / (margin.value / months)
        return Payback(
            value, cac.value, margin, months, None, one_off, paid_when if one_off else None
        )
    return Payback(None, cac.value, margin, months, "cac-and-margin")


def _ltv(
    profile: Profile,
    horizon_years: int,
    norm: ChurnNorm | None,
    buy_once: bool = False,
    before_fees: FeesInMargin | None = None,
) -> Ltv:
    customers = profile.customers
    months = profile.business.months
    margin = None
    if customers and customers.average_revenue is not None and customers.gross_margin is not None:
        # the margin before referral fees the CAC counts, where the stated one is after them
        # (BK4 of the sixty-third round; most profiles: the stated margin)
        rate = customers.gross_margin if before_fees is None else before_fees.before
        margin = Margin(customers.average_revenue, rate)
    if customers is not None and customers.lifetime_value is not None:
        return Ltv(customers.lifetime_value, True, margin, None, horizon=horizon_years)
    if customers is None or customers.average_revenue is None:
        return Ltv(None, False, None, None, missing="average-revenue", horizon=horizon_years)
    if margin is None:
        return Ltv(None, False, None, None, missing="gross-margin", horizon=horizon_years)
    churn: Decimal | None = customers.churn_rate
    if churn is None and customers.retention_rate is not None:
        churn = 1 - customers.retention_rate
    assumed = churn is None and buy_once  # one sale's margin (a funeral home's at-need call)
    if assumed:
        churn = Decimal(1)
    if churn is None:
        return Ltv(None, False, margin, None, missing="churn", horizon=horizon_years)
    # A month's churn is worked out month by month: 6% a month is not 52.4% a year of
    # customers who each pay the whole year (an owner's review, 2026-12-02: 37% too much).
    step = churn_months(profile)
    # a period the profile states is taken at its word (F8 of the twenty-ninth round: an
    # adviser's 97.5% retention a year, said to be a year's, was still doubted as a month's)
    if customers.churn_period is None and looks_monthly(churn, step, norm):
        return Ltv(None, False, margin, churn, missing="churn-looks-monthly", horizon=horizon_years)
    periods = _stay(churn, Decimal(horizon_years * 12) / step)
    value = _per_step(margin, step, months).value * periods  # each period of the churn's margin
    return Ltv(
        value,
        False,
        margin,
        churn,
        periods,
        horizon_years,
        step,
        None,
        months,
        assumed,
        before_fees=before_fees,
    )


def _later(ltv: Ltv, paid: RepeatCommission, new: int) -> Ltv:
    """The lifetime value less what the channel's new customers pay on after their first
    period (:class:`Later`), where it was built here, period by period of the profile's own
    length, and they are among the new customers it describes; else as it is."""
    if (
        ltv.value is None
        or ltv.stated
        or ltv.periods is None
        or ltv.periods <= 1
        or ltv.months != ltv.period_months
        or not 0 < paid.customers <= new
    ):
        return ltv
    later = Later(paid, ltv.periods - 1, new, ltv.value)
    return ltv._replace(value=ltv.value - later.taken, later=later)


def ltv_at(ltv: Ltv, retention: Decimal) -> Decimal | None:
    """The lifetime value built as ``ltv`` is, at another retention for the same period (a
    channel's own customers'); None where the lifetime value was stated or not built."""
    margin = ltv.step_margin
    if ltv.value is None or ltv.stated or ltv.periods is None or margin is None:
        return None
    return margin.value * _stay(1 - retention, Decimal(ltv.horizon * 12) / ltv.months)


def _stay(churn: Decimal, in_horizon: Decimal) -> Decimal:
    """The periods a customer stays within the horizon's ``in_horizon`` periods, at ``churn``
    a period: (1 − (1 − churn)^n) ÷ churn, at most n (docs/domain.md)."""
    if churn == 0:
        return in_horizon
    return min((1 - (1 - churn) ** in_horizon) / churn, in_horizon)


def churn_months(profile: Profile) -> int:
    """The months a profile's churn or retention rate is measured over: its churn_period's,
    else the profile's period."""
    customers = profile.customers
    if customers is not None and customers.churn_period is not None:
        return CHURN_PERIOD_MONTHS[customers.churn_period]
    return profile.business.months


def compute(
    profile: Profile,
    *,
    acquire: Decimal,
    sales: Decimal,
    sourced: int,
    serving: Serving = Serving(),
    referral: int = 0,
    referral_spend: Decimal = Decimal(0),
    referral_sales: Decimal = Decimal(0),
    repeat: int = 0,
    cultivated: int = 0,
    priced: tuple[tuple[str, Decimal, Decimal], ...] = (),
    given_up: Decimal = Decimal(0),
    divided: Decimal = Decimal(0),
    divided_cases: int = 0,
    divided_out: Decimal = Decimal(0),
    divided_names: tuple[str, ...] = (),
    held: HeldOut | None = None,
    apart: HeldOut | None = None,
    accounts: Accounts | None = None,
    preneed: Accounts | None = None,
    uncounted: Uncounted | None = None,
    in_margin: InMargin | None = None,
    fees_in_margin: FeesInMargin | None = None,
    per_unit: tuple[Decimal, tuple[str, ...]] | None = None,
    repeat_commission: RepeatCommission | None = None,
    trail_whole: tuple[str, ...] = (),
    horizon_years: int = 5,
    payback_norm: Decimal | None = None,
    churn_norm: ChurnNorm | None = None,
    buy_once: bool = False,
    paid_when: str | None = None,
) -> Economics:
    """The economics of a profile, given its acquisition and sales spend, the new customers
    its sources account for (used when ``customers.new`` is not given), how many of them
    came by referral and what was spent on referrals (left out of what the others cost; of
    it, ``referral_sales`` was sales spend, left out of the sales they share).
    When the sources add up to ``customers.new`` only with the ``repeat`` customers among
    them, those were counted as new by mistake: what customers cost is divided by the rest.
    Of ``serving``, sales spend on staff who sell to every customer (with the on-costs of their
    pay, also given apart), the new customers carry their share where the average revenue
    tells how many were served. A law firm's fee divided with the referring lawyers
    (``divided``, paid on ``divided_cases`` referred cases) is named in the blended CAC's basis,
    and the part of ``referral_spend`` that is that fee (``divided_out``) in the other's.
    Where some came by referral, the customers lines a rule of law warns about brought
    (``held``) are left out of the CAC excluding referrals with those lines' spend (Cac.held);
    and, of the blended CAC, those of such lines whose spend it does not count (``apart``:
    HeldOut.apart), with what it counts of those lines' spend, the sales shared as the CAC
    excluding referrals shares them."""
    customers = profile.customers
    new = customers.new if customers and customers.new is not None else sourced
    counted_repeat = repeat if repeat and sourced + repeat == new else 0
    sold = new
    new -= counted_repeat
    # trade or business accounts with a channel of their own, and what it spent, out of what
    # a customer of the kind the lifetime value describes costs (most profiles have none)
    if accounts is not None and 0 < accounts.customers < new:
        new -= accounts.customers
        acquire -= min(accounts.acquire, acquire)
        sales -= min(accounts.sales, sales)
    else:
        accounts = None
    # a funeral home's pre-need selling, and the contracts it sold: calls of later years, out
    # of what this year's calls cost (most profiles sell none)
    if preneed is not None and preneed.customers < new:
        new -= preneed.customers
        preneed = preneed._replace(
            acquire=min(preneed.acquire, acquire), sales=min(preneed.sales, sales)
        )
        acquire -= preneed.acquire
        sales -= preneed.sales
    else:
        preneed = None
    # selling that wins customers no source counts (a brewery's distributor), out of what a
    # counted customer costs (most profiles have none)
    if uncounted is not None and uncounted.sales and sales:
        uncounted = uncounted._replace(sales=min(uncounted.sales, sales))
        sales -= uncounted.sales
    else:
        uncounted = None
    # selling paid on each sale that the stated margin carries already, and a rep's commission
    # on the repeat orders of the accounts the rep had: out of what a new customer costs, so
    # that each is counted once (BH4, BH11 of the sixty-second round; most profiles have none)
    if in_margin is not None and in_margin.spend and sales:
        in_margin = in_margin._replace(spend=min(in_margin.spend, sales))
        sales -= in_margin.spend
    else:
        in_margin = None
    # selling paid on each unit sold, shared with the repeat buyers the CAC does not count (BK5
    # of the sixty-third round; most profiles list no repeat buyers among customers.new)
    repeat_sold = None
    if per_unit is not None and counted_repeat and sales and sold > 0:
        per_sale = min(per_unit[0], sales)
        left = per_sale * counted_repeat / sold
        repeat_sold = RepeatSold(per_sale, per_unit[1], counted_repeat, sold, left)
        sales -= left
    # (a referrer's share of the clients' fees is acquisition marketing: BI6 of the round's
    # re-review)
    fee_share = repeat_commission is not None and repeat_commission.kind == "fee share"
    if repeat_commission is not None and 0 < repeat_commission.left_out <= (
        acquire - referral_spend if fee_share else sales
    ):
        if fee_share:
            acquire -= repeat_commission.left_out
        else:
            sales -= repeat_commission.left_out
    else:
        repeat_commission = None
    served = _served(profile, new) if serving.spend else None
    if served is not None:
        sales -= serving.spend - serving.spend * new / served
    shared_out = Served(serving, served) if served is not None else None
    cac = _cac(
        acquire,
        sales,
        new,
        "new-customers",
        0,
        repeat=counted_repeat,
        served=shared_out,
        given_up=given_up,
    )
    if divided:  # (most profiles divide no fee)
        cac = cac._replace(divided=divided, divided_cases=divided_cases)
    if apart is not None and 0 < apart.apart < new:  # (most profiles hold none out)
        cac = _apart(cac, apart, new)
    # Sales spend closes every new customer, referred or not: those won other than by referral
    # carry their share of it, not all of it (a CFO's review, 2026-12-02: an agency's
    # salespeople, who closed its referrals too, had put $1,701.89 on each customer it paid
    # for, where their share gave about $970).
    # ...and those lines a rule of law warns about brought, with those lines' spend, where the
    # CAC excluding referrals is the one judged (most profiles hold none out)
    if held is not None and not (referral and 0 < held.customers < new - referral):
        held = None
    out = held.customers if held is not None else 0
    paid_for = new - referral - out
    sharing = bool(sales and referral and 0 < paid_for < new)
    # (most profiles have no referral spend paid as selling: the figures as they are)
    in_sales = min(referral_sales, sales, referral_spend) if referral_sales and referral else None
    sales_of = sales  # all of it, as the basis names it
    if in_sales:
        sales, referral_spend = sales - in_sales, referral_spend - in_sales
    held_sales = min(held.sales, sales) if held is not None else Decimal(0)
    held_spend = held_sales + (held.spend - held.sales if held is not None else Decimal(0))
    if held_sales:
        sales -= held_sales
    # a reps' commission on the accounts they won is theirs alone: not shared with the referred
    # customers, whom the reps did not win (BJ6 of the round's second re-review; most profiles
    # have none)
    own = (
        min(repeat_commission.counted, sales)
        if sharing
        and repeat_commission is not None
        and repeat_commission.kind == "commission"
        and held is None
        and repeat_commission.customers <= paid_for
        else Decimal(0)
    )
    shared = (sales - own) * paid_for / new + own if sharing else sales
    # With no new customers at all, none came by referral either: say what is missing.
    paid = _cac(
        acquire - referral_spend - (held_spend - held_sales),
        shared,
        paid_for,
        "paid-customers" if new > 0 else "new-customers",
        referral,
        repeat=counted_repeat,
        given_up=given_up,
        cultivated=cultivated,
        priced=priced if cultivated else (),
        sales_of=sales_of if sharing else None,
        served=shared_out,
    )
    if referral and (referral_spend or in_sales):
        paid = paid._replace(acquire=acquire, referral_spend=referral_spend)
        if in_sales:
            paid = paid._replace(referral_sales=in_sales)
        if divided_out:
            paid = paid._replace(divided=min(divided_out, referral_spend))
    if divided_names:
        paid = paid._replace(divided_names=divided_names)
    if own:
        paid = paid._replace(own_commission=own)
    if held is not None:
        paid = paid._replace(
            acquire=acquire,
            held=out,
            held_spend=held_spend,
            held_sales=held_sales,
            held_names=held.names,
            held_rules=held.rules,
            held_channels=held.channels,
        )
    # what the CAC and the CAC excluding referrals both carry, set on both at once
    both: dict[str, Any] = {}
    if apart is not None and apart.unjoined:  # nothing of theirs could be held out
        both.update(
            unjoined=apart.unjoined,
            unjoined_spend=apart.unjoined_spend,
            unjoined_rules=apart.unjoined_rules,
            unjoined_among=apart.unjoined_among,
            unjoined_among_customers=apart.unjoined_among_customers,
        )
    if accounts is not None:
        both.update(
            accounts=accounts.customers,
            accounts_spend=accounts.acquire + accounts.sales,
            accounts_sources=accounts.sources,
            accounts_lines=accounts.lines,
        )
    if preneed is not None:
        both.update(
            preneed=preneed.customers,
            preneed_spend=preneed.acquire + preneed.sales,
            preneed_sales=preneed.sales,
            preneed_sources=preneed.sources,
            preneed_lines=preneed.lines,
        )
    if uncounted is not None:
        both.update(
            uncounted_spend=uncounted.sales,
            uncounted_lines=uncounted.lines,
            uncounted_sold=uncounted.sold,
        )
    if in_margin is not None:
        both.update(in_margin=in_margin)
    if repeat_sold is not None:
        both.update(repeat_sold=repeat_sold)
    if repeat_commission is not None:
        both.update(repeat_commission=repeat_commission)
    if trail_whole:
        both.update(trail_whole=trail_whole)
    if serving.spend and served is None:  # their share is not known: all of it counted
        about = customers_served(profile)
        said = int(about.to_integral_value()) if about is not None and about > 0 else None
        both.update(unshared=serving, unshared_served=said)
    if both:
        cac, paid = cac._replace(**both), paid._replace(**both)
    ltv = _ltv(profile, horizon_years, churn_norm, buy_once, fees_in_margin)
    # the lifetime value of a customer who did not come by referral: the reps' later commission
    # at their share of those customers, 6 of 10, not 6 of 12 (BJ6 of the round's second
    # re-review); None where it is the same as the blended one (most profiles)
    paid_ltv = _later(ltv, repeat_commission, paid_for) if own and repeat_commission else None
    if repeat_commission is not None:  # (most profiles have none)
        ltv = _later(ltv, repeat_commission, new)
    if paid_ltv is not None and (paid_ltv.later is None or paid_ltv.value == ltv.value):
        paid_ltv = None
    margin = ltv.margin
    months = profile.business.months
    return Economics(
        cac=cac,
        non_referral_cac=paid,
        ltv=ltv,
        ltv_to_cac=_ratio(ltv, cac),
        ltv_to_non_referral_cac=_ratio(paid_ltv if paid_ltv is not None else ltv, paid),
        payback_months=_payback(cac, margin, months, ltv, paid_when),
        non_referral_payback_months=_payback(paid, margin, months, ltv, paid_when),
        payback_norm=payback_norm if payback_norm is not None else PAYBACK_MONTHS_MAXIMUM,
        judged_by_non_referral=referral > 0 and paid.value is not None,
        non_referral_ltv=paid_ltv,
    )


class WonOtherwise(NamedTuple):
    """A CAC without the channels that assign work at the rates they set (motor clubs, police
    rotation lists, Medicaid brokers: core.channels.rate_priced): what was spent on them, the
    customers left, and what each of those cost (None where none is left)."""

    spent: Decimal  # on the rate-priced channels, at most what the CAC counts
    others: int  # the CAC's customers less theirs
    cac: Decimal | None  # (the CAC's spend less ``spent``) ÷ ``others``


def won_otherwise(cac: Cac, rated: RatePriced) -> WonOtherwise | None:
    """What a customer won otherwise than through the rate-priced channels cost: the CAC's
    spend less those channels' fees, over its customers less theirs; None where the CAC is not
    known. Where most customers came at a contract's rate the blended CAC is no cost of winning
    one, and BA101's advice and BA202's room are judged on this instead (AN3 and AN4 of the
    fifty-first round's second re-review, 2026-12-07: a tow company's $0.75 CAC over 1,850
    motor-club calls headlined "a customer is worth 110.5× what it costs to win")."""
    if cac.value is None or not rated.customers:
        return None
    spent = min(rated.spend, cac.marketing + cac.sales)
    others = cac.new_customers - rated.customers
    if others <= 0:
        return WonOtherwise(spent, 0, None)
    return WonOtherwise(spent, others, (cac.marketing + cac.sales - spent) / others)

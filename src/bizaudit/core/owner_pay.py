"""Lines that pay the owner for their work: a salary, officer compensation, a partnership's
guaranteed payments, or a draw. BA118 asks for one where an owner works in the business and
no line pays them; see docs/domain.md ("The owner's pay")."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from bizaudit.core.financing import moved_in, movement
from bizaudit.core.metrics import WEEKS_IN_A_MONTH, names_a_doctor
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.vocab import TRADE_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from bizaudit.core.metrics import ClassifiedActivity, Facts

__all__ = [
    "FEDERAL_MINIMUM_WAGE",
    "BeforePay",
    "OwnerSelling",
    "OwnerUnpaid",
    "before_pay",
    "owner_marketing_value",
    "owner_paid",
    "owner_selling",
    "owner_unpaid",
    "paid_besides_draws",
    "pays_owner",
    "with_owner_time",
]

#: Words that name the owner, and words that name pay for work (or, for a draw, profit taken
#: as pay): a line that names both pays the owner. Every line of every profile is looked at,
#: so most are let go by a few substring checks first (a batch of 500 profiles counts them).
_HINTS = (
    "guaranteed",  # "Guaranteed pmts - partners" (K2 of the twenty-sixth round)
    "sal",  # "Officer Sal-PIC", a QuickBooks account's short name (H14 of the fortieth round)
    "wage",
    "pay",
    "comp",
    "remun",
    "stipend",
    "draw",
    "distrib",
    "dividend",
    "myself",
    "w-2",
    "w2",
)
_DRAW_HINTS = ("draw", "distrib", "dividend", "myself")
#: An officer, as US corporations' books name the owner's pay ("Officer compensation"), not
#: one a role names before it ("Payroll officer wages", "Client service officers", "Admin
#: officer": F10 of the thirty-fourth review round and R8 of its re-review) (or after "of":
#: "Compensation of officers", the IRS Form 1120 line: S4 of the second re-review)
_OFFICER = LazyPattern(r"(?:(?<![a-z]\s)|(?<=\bof\s))\bofficers?\b", re.IGNORECASE)
_OWNER = LazyPattern(
    r"\b(?:owners?|partners?|principals?|(?:co-?)?founders?|shareholders?"
    r"|proprietors?|ceo|president|my|myself|me)\b|\bdirectors'"
    # a company's directors, first on the line as UK charts name their pay ("7003 Directors
    # salaries": F13 of the thirty-second round, BA118 had said no line paid the owner); not
    # a clinic's or a programme's director, whose role comes first, nor one hired director
    # ("Director's salary", a US child-care centre's: R9 of the round's re-review)
    r"|^(?:[\d.]+\s*[-·:]?\s*)?directors(?=\s)",
    re.IGNORECASE,
)
#: The words a line pays someone with
_PAY_WORDS = (
    r"salary|salaries|sal|wages?|pay|payroll|compensation|comp|remuneration|draws?|drawings"
    r"|distributions?|stipends?|w-?2"
)
_PAY = LazyPattern(
    rf"\b(?:{_PAY_WORDS})\b|\bguaranteed\s+(?:payments?|pmts?|pymts?)\b", re.IGNORECASE
)


#: The US federal minimum wage, an hour (Fair Labor Standards Act, 29 U.S.C. §206(a)(1)(C),
#: $7.25 since 24 July 2009): the floor a profit an hour of the owner's week is set beside
#: (BA116 says so of a draw that is the only pay; BA105 then hires no one)
FEDERAL_MINIMUM_WAGE = Decimal("7.25")


def pays_owner(name: str, term: str | None = None, *, officers: bool = True) -> bool:
    """Whether a line's name says it pays the owner: "Owner's salary", "6200 Officer
    Compensation", "Guaranteed payments to partners", "Salary (me)", "Owner draws", "Paid
    myself" (a draw, as BA116 reads it), "Directors' remuneration". "Payroll" alone may or
    may not include the owner, and does not count; neither do staff's pay ("Team member
    wages", "Clinic director salary", "Dr. Chen associate wages": a re-review saw them taken
    for the owner's) or a "Partner referral payout". `officers`: whether an officer names the
    owner, as in US books (not in UK or Commonwealth ones, where it is a staff title)."""
    lowered = name.lower()
    for hint in _HINTS:
        if hint in lowered:
            break
    else:
        return False
    pay = _PAY.search(lowered)
    if pay is not None and (
        pay.group().startswith("guaranteed")
        or _OWNER.search(lowered)
        or (officers and _OFFICER.search(lowered))
    ):
        return True
    return _a_draw(name, lowered, term)


def _a_draw(name: str, lowered: str, term: str | None) -> bool:
    """Whether a line is an owner's draw, as BA116 reads one (a few substring checks first)."""
    return any(hint in lowered for hint in _DRAW_HINTS) and movement(name, term) == "draw"


class OwnerUnpaid(NamedTuple):
    hours: Decimal  # the owner's week in the business
    profit: Decimal  # operating profit, with no pay for those hours in it
    revenue: Decimal  # net revenue without the money collected for others (Facts.margin_base)
    per_hour: Decimal  # profit ÷ the owner's hours in the period
    net: bool  # revenue is net of contra-revenue
    owners: int = 1  # how many owners the hours are for (partners' weeks added together)
    #: A line that pays a doctor by name ("Dr. Alvarez salary"), which may be the owner's pay
    #: though its name does not say so (B16 of the twenty-third round: BA118 said as a fact
    #: that no line pays a chiropractor beside her own salary line)
    maybe: str | None = None
    #: Of the costs, lines BA116 names that are no cost of the period (a mortgage's payments,
    #: tax remitted): the profit without them is ``profit + moved``, which BA101 weighs (F4 of
    #: the thirty-third round, 2026-12-05: BA101 weighed a guesthouse's €100,770 without them
    #: and, in the same sentence, its owners' pay an hour on the €29,270 with them)
    moved: Decimal = Decimal(0)
    #: Interest (and tax on income) listed after the operating profit: paid before the
    #: owners are (F11 of the thirty-third round: a guesthouse's owners were paid "€3.03 an
    #: hour" out of €14,800, beside €31,000 of mortgage interest and a loss after it)
    after_operating: Decimal = Decimal(0)
    income_tax: Decimal = Decimal(0)  # the part of it that is tax on income
    #: the money collected for others (Facts.collected) left out of ``revenue`` (AP5 of the
    #: fifty-second round's re-review, 2026-12-07), 0 where none is
    collected: Decimal = Decimal(0)


#: Staff roles: a pay line that names a doctor and one of these is not the owner's.
_STAFF_ROLE = LazyPattern(
    r"\b(?:associates?|staff|team|employees?|hygienists?|assistants?|nurses?|locums?"
    r"|contract(?:ors?)?|per\s+diem|fill[- ]in|relief)\b",
    re.IGNORECASE,
)


def _maybe_owners(facts: Facts) -> str | None:
    """The first line read as operations or cost of sales that pays a doctor by name, not a
    staff role: perhaps the owner's pay, which BA118 asks about rather than deny."""
    for item in facts.activities:
        name = item.activity.name
        if (
            item.classification.category in _PAY_READ_AS
            and _PAY.search(name)
            and names_a_doctor(name)
            and not _STAFF_ROLE.search(name)
        ):
            return name
    return None


#: How a line that pays the owner is read: operations, or cost of sales where the owner's hours
#: are the work sold (a re-review: "Owner salary" marked cost of sales, as BA117 suggested).
_PAY_READ_AS = frozenset({"operations", "cost-of-sales"})


def _pay_lines(facts: Facts) -> Iterator[ClassifiedActivity]:
    """The lines that pay the owner, read as operations or cost of sales, as found (lazily:
    BA118 stops at the first): by their words, or by the owner's name the business bears
    ("Dr. Ortiz salary" at "Ortiz Family Chiropractic")."""
    business = facts.profile.business
    named = _names_in(business.name or "")
    company = _a_company(business.name or "", business.currency)
    # an officer is a staff title in UK, Irish and Commonwealth books ("Officer wages - admin",
    # an Australian bureau's admin officers: R8 of the thirty-fourth round's second re-review)
    commonwealth = business.currency in _DIRECTORS_CURRENCIES
    for item in facts.activities:
        if item.classification.category in _PAY_READ_AS and (
            pays_owner(item.activity.name, item.classification.term, officers=not commonwealth)
            or (company and _DIRECTOR.match(item.activity.name) is not None)
            or (named and _pays_named(item.activity.name, named))
        ):
            yield item


#: One director's pay, first on the line ("Director's salary"), in a company whose director is
#: its owner-manager: a UK, Irish or Commonwealth company by its name or its currency (Q4 of the
#: thirty-second round's second re-review; a US child-care centre's hired director is not,
#: R9 of its first)
_DIRECTOR = LazyPattern(
    r"(?:[\d.]+\s*[-·:]?\s*)?(?:managing\s+)?director(?:'s|s'|s)?\s+(?:salar|remuneration|pay"
    r"|fees?|wages?)"
    # a German GmbH's or UG's managing director, its owner-manager ("4127
    # Geschäftsführergehälter", SKR03), and a Dutch B.V.'s director-major shareholder, paid a
    # salary or a management fee (F18 of the thirty-fifth review round, 2026-12-05: BA118 had
    # said no line paid the owner)
    # (with a pay word, in either order: "Gehalt Geschäftsführer", "Geschäftsführerlohn", not
    # "Geschäftsführer Reisekosten" nor "Auto DGA": R14 of the round's re-review), and a UK
    # company's "MD salary"
    # (not a service about that pay: "MD pay benchmarking fee", "Lohnbuchhaltung
    # Geschäftsführer", "Beratung Geschäftsführer-Gehaltsverhandlung": S7 of the second
    # re-review)
    r"|(?!.*(?:benchmark|legal|advice|beratung|buchhaltung|administratie|recruit|verhandlung))"
    r"(?=.*(?:geh(?:ä|ae|a)lt|l(?:ö|oe|o)hn|bez(?:ü|ue|u)ge|verg(?:ü|ue|u)tung|salar|salaris"
    r"|loon|management\s*(?:fee|vergoeding)|remuneration|\bpay\b))"
    r".*(?:gesch(?:ä|ae|a)ftsf(?:ü|ue|u)hrer|\bgf[-\s]?geh(?:ä|ae|a)lt|\bdga\b)"
    r"|(?:[\d.]+\s*[-·:]?\s*)?md'?s?\s+(?:salar|remuneration|pay|fees?)"
    r"(?!.*(?:benchmark|legal|advice|recruit))",
    re.IGNORECASE,
)
_COMPANY = LazyPattern(r"\b(?:ltd|limited|plc|pty|llp|gmbh|ug|ag|b\.?v)\b\.?", re.IGNORECASE)
_DIRECTORS_CURRENCIES = frozenset({"GBP", "EUR", "AUD", "NZD", "ZAR", "SGD", "HKD", "CHF"})


def _a_company(name: str, currency: str) -> bool:
    """Whether the business is a company whose directors are its owners, as UK, Irish and
    Commonwealth books name them."""
    return currency in _DIRECTORS_CURRENCIES or _COMPANY.search(name) is not None


#: Words of a business's name that name no person ("Family", "Chiropractic", "Group")
_NOT_A_NAME = frozenset(
    "the and of a an family home group studio studios company co llc inc ltd pllc pc pa llp "
    "services service clinic center centre practice partners associates dental chiropractic "
    "medical law firm design designs architects realty team shop bakery cafe kitchen house "
    "care health wellness fitness salon spa auto repair plumbing electric roofing landscaping "
    "cleaning consulting agency brothers sons daughters storage sales wealth financial "
    "advisors advisory capital motors cars "
    # the trade's people, as a business names itself ("Blue Ox Movers": "Movers wages" are the
    # crews', not the owner's; F10 of the thirty-fourth review round)
    "movers moving painters cleaners roofers plumbers electricians builders landscapers "
    "bookkeepers accountants lawyers solicitors brokers tutors caterers florists groomers "
    "outfitters haulers couriers installers contractors".split()
)
#: A line's words that say it pays someone other than the owner
_STAFF = LazyPattern(
    r"\b(?:associates?|staff|team|employees?|assistants?|hygienists?|techs?|technicians?"
    r"|receptionists?|managers?|crew|nanny|contractors?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)  # asked each time the pay lines are looked for
def _names_in(business: str) -> frozenset[str]:
    """The capitalised words of a business's name that may be its owner's name: not the words
    that say its trade ("Whitfield & Sons Funeral Home": "Funeral directors + apprentice wages"
    had paid the owner, F5 of the twenty-ninth round, 2026-12-05), but a first word may be the
    family's though a trade's too ("Dave Barber - salary" at Barber Plumbing & Heating: R8 of
    its re-review)."""
    words = [w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}\b", business.replace("'s", ""))]
    return frozenset(
        word
        for i, word in enumerate(words)
        if word not in _NOT_A_NAME
        # a trade's word after the first names the trade ("Clearwater Hearing & Audiology"); the
        # first may be the family's ("Barber Plumbing & Heating")
        and (i == 0 or (word not in TRADE_WORDS and word.removesuffix("s") not in TRADE_WORDS))
    )


#: A capitalised word beside a pay word or after a title: how a line names a person it pays
_PAY_WORD = rf"(?i:{_PAY_WORDS}|guaranteed)"
_PERSON_NAMED = LazyPattern(
    # "Ortiz salary", "Kelly, M. - salary", "Rivera - director's salary" (R14 of the
    # thirty-third round's re-review: payroll exports write "Surname, I.")
    rf"\b([A-Z][a-z]{{2,}})\b(?=(?:[,]?\s*[A-Z]\.?(?=\s))?\s*[-–,:]?\s*(?:\([^)]*\)\s*)?"
    rf"(?:(?i:director|owner|officer|principal|founder)'?s?\s+)?{_PAY_WORD}\b)"
    r"|(?i:\b(?:dr|mr|ms|mrs)\.?\s+)([A-Z][a-z]{2,})\b"
    rf"|\b{_PAY_WORD}\s*[-–,:(]\s*(?:[A-Z][a-z]*\.?\s+)?([A-Z][a-z]{{2,}})\b"
)


def _pays_named(name: str, named: frozenset[str]) -> bool:
    """Whether a pay line names the person the business is named after: "Dr. Ortiz salary"
    at Ortiz Family Chiropractic (AE5 of the nineteenth round: the report said the profit was
    "before the owner's pay" beside a $130,000 salary), not "Dr. Chen associate wages"."""
    lowered = name.lower()
    if not any(word in lowered for word in named):
        return False  # most lines: no word of the business's name
    if _PAY.search(name) is None or _STAFF.search(name) is not None:
        return False
    # the name as a person's: beside the pay ("Ortiz salary", "Dave Barber - salary", "Salary
    # - Ortiz") or a title ("Dr. Ortiz"), not a word of the trade's name before what it is
    # ("Wash attendants wages", "Express lane wages" at Suds City Express Car Wash: F6 of the
    # thirty-third round, 2026-12-05, a dozen attendants' $265,000 had paid the owner)
    return any(
        word.lower() in named
        for match in _PERSON_NAMED.finditer(name)
        for word in match.groups()
        if word is not None
    )


def owner_unpaid(facts: Facts, high_margin: Decimal) -> OwnerUnpaid | None:
    """The owner's hours and what the profit comes to an hour of them, when the owner works
    in the business, the profile lists every cost and a profit under ``high_margin`` of its
    revenue (BA115's high mark), and no line pays the owner."""
    # At a high margin the owner's pay leaves a healthy one: no verdict turns on it.
    found = _unpaid(facts, lambda profit, revenue: 0 < profit < high_margin * revenue)
    if found is None:
        return None
    moved, _ = moved_in(facts)
    return found._replace(
        per_hour=found.profit / owner_hours_in_period(facts),
        moved=moved,
        after_operating=facts.below_operating,
        income_tax=facts.income_tax,
    )


def owner_unpaid_at_a_loss(facts: Facts) -> OwnerUnpaid | None:
    """The owner's hours, when the owner works in a business with revenue that runs at an
    operating loss (or breaks even) and no line pays the owner: the loss leaves out their pay,
    and with a wage for those hours it would be larger (AI9 of the twenty-second round: a
    start-up's founders worked 110 hours a week unpaid, and nothing said so). ``per_hour``
    is 0: the profit comes to nothing an hour."""
    if facts.revenue <= 0:
        return None
    return _unpaid(facts, lambda profit, revenue: profit <= 0)


def _unpaid(facts: Facts, judged: Callable[[Decimal, Decimal], bool]) -> OwnerUnpaid | None:
    """The owner's week and the operating profit, when the owner works in the business, the
    profile lists every cost, ``judged`` holds of the profit and net revenue, and no line pays
    the owner (looked for last: it reads every line); ``per_hour`` 0."""
    hours = facts.profile.owner_hours
    profit = facts.operating_profit  # None when only part of the spending is listed
    if hours is None or profit is None:
        return None
    # the margin of the report's own base: revenue without the money collected for others
    # (Facts.margin_base), not of net revenue beside it (AP5 of the fifty-second round's
    # re-review, 2026-12-07: "$79,000 (2% of net revenue)" beside the summary's 6.6%)
    revenue, worked = facts.margin_base, hours.total
    if worked <= 0 or revenue <= 0 or not judged(profit, revenue):
        return None
    if next(_pay_lines(facts), None) is not None:
        return None
    return OwnerUnpaid(
        worked,
        profit,
        revenue,
        Decimal(0),
        bool(facts.contra_revenue),
        hours.owners,
        _maybe_owners(facts),
        collected=facts.net_revenue - revenue,
    )


def owner_hours_in_period(facts: Facts) -> Decimal:
    """The owner's hours in the profile's period: hours a week × 52 ÷ 12 × months."""
    hours = facts.profile.owner_hours
    worked = hours.total if hours is not None else Decimal(0)
    return worked * WEEKS_IN_A_MONTH * facts.profile.business.months


#: Words that say a pay line pays others too: the owner's share of it is not known.
_SHARED = LazyPattern(r"\b(?:staff|team|employees?|crew|includ\w*|incl|and\s+staff)\b", re.I)


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
_OWNERS = LazyPattern(
    r"\b(\d+|two|both|three|four)\s+(?:partners|principals|owners|founders|members"
    r"|shareholders)\b|\b(?:partners|principals|owners|founders)\s*\((\d+)\)"
    # "Founders' salaries (2)" (X19 of the seventeenth round: both founders' pay had been put
    # on one's hours, a fully loaded CAC of $65,322 where by hand it is $32,661)
    # and "Founder salaries (2)" (AA11 of the eighteenth round: the same, one word short)
    r"|\b(?:partner|principal|owner|founder|member|shareholder|officer)s?'?\s+\w+\s*"
    r"(?:\((\d+|two|three|four)\)|x\s?(\d+))",
    re.IGNORECASE,
)


class BeforePay(NamedTuple):
    """What a business made before paying the owner whose only pay is draws."""

    made: Decimal  # the operating profit without those draws and the lines surely no cost
    per_hour: Decimal | None  # that, an hour of the owner's week (None without hours)
    under: bool  # per hour under the federal minimum wage, where the business counts in USD


def before_pay(facts: Facts, draws: Decimal) -> BeforePay | None:
    """What the business made before paying the owner ``draws`` (the operating profit without
    them and without the lines BA116 names as surely no cost), that an hour of the owner's
    week, and whether that is under the federal minimum wage: what BA116 says of a draw that
    is the only pay, and what keeps BA105 from advising a hire (J18 of the forty-first round's
    re-review); None without an operating profit or revenue."""
    profit = facts.operating_profit
    if profit is None or facts.revenue <= 0:
        return None
    made = profit + draws + moved_in(facts)[0]
    worked = owner_hours_in_period(facts)
    per_hour = made / worked if worked > 0 else None
    under = (
        per_hour is not None
        and facts.profile.business.currency == "USD"
        and per_hour < FEDERAL_MINIMUM_WAGE
    )
    return BeforePay(made, per_hour, under)


def _owners(name: str) -> int:
    """How many owners a pay line says it pays: "(2 partners)", "both owners"; else 1."""
    found = _OWNERS.search(name)
    if found is None:
        return 1
    said = next(group for group in found.groups() if group).lower()
    count = _COUNTS.get(said) or (int(said) if said.isdigit() else 1)
    return max(count, 1)


class OwnerSelling(NamedTuple):
    """The owner's hours of marketing and sales, in money: what a "fully loaded" cost of a
    customer adds to the spend."""

    hours: Decimal  # marketing and sales, a week
    of_week: Decimal  # all the owner's hours, a week
    value: Decimal  # over the period
    paid: Decimal | None  # the lines that pay the owner, when the value is their share
    rate: Decimal | None  # the hour's value, when it is the owner's rate instead
    owners: int = 1  # whose weeks the hours are (`owner_hours.owners`), paid by ``paid``


def owner_selling(facts: Facts) -> OwnerSelling | None:
    """The owner's marketing and sales hours in money over the period: their share of the
    lines that pay the owner (a salary on payroll: "Officer Salary" × 16 of 50 hours), else
    the hours at the owner's rate (as the marketing share counts them); None when neither is
    known or the owner neither markets nor sells. A CFO's review (2026-12-02): an IT firm's
    owner sold 12 hours and marketed 4 a week, paid by a $130,000 officer salary, and his
    clients' cost left that time out (3.9× what they cost; 2.35× with it)."""
    hours = facts.profile.owner_hours
    if hours is None or hours.total <= 0 or hours.marketing + hours.sales <= 0:
        return None
    selling = hours.marketing + hours.sales
    if (paid := _paid_for_hours(facts)) is not None:
        return OwnerSelling(
            selling, hours.total, paid * selling / hours.total, paid, None, hours.owners
        )
    rate = facts.owner_hour_rate
    if rate is None:
        return None
    value = selling * rate[0] * WEEKS_IN_A_MONTH * facts.profile.business.months
    return OwnerSelling(selling, hours.total, value, None, rate[0])


def owner_paid(facts: Facts) -> Decimal | None:
    """What the lines that pay the owner pay this owner over the period, or None where none
    does or one pays others too. A line that pays several owners ("Principal salaries (2
    partners)") pays this one, whose week `owner_hours` describes, a share of it (a CFO's
    review, 2026-12-03, fourteenth round: both partners' pay had been put on one's hours), or
    all of it where `owner_hours.owners` says the week is theirs together; a
    payroll the owner is only part of ("Delivery staff payroll (founder included)") says
    nothing of what the owner is paid."""
    pay = list(_pay_lines(facts))
    # A draw beside a salary or guaranteed payments is profit distributed, not pay (Z5 of the
    # seventeenth round's re-review: a cleaning owner's $36,000 draw was added to his salary)
    wages = [item for item in pay if not _is_draw(item)]
    pay = wages or pay
    # the owners `owner_hours` describes: one, or partners' weeks added together (`owners`),
    # whose pay is that many owners' shares (a CFO's review, 2026-12-04: three partners' 11
    # hours had been set against one partner's third of "(3 partners)")
    hours = facts.profile.owner_hours
    week_of = hours.owners if hours is not None else 1
    paid = sum(
        (
            item.activity.spend * min(week_of, count) / count
            for item in pay
            for count in (_owners(item.activity.name),)
        ),
        Decimal(0),
    )
    if paid > 0 and not any(_SHARED.search(item.activity.name) for item in pay):
        return paid
    return None


def _paid_for_hours(facts: Facts) -> Decimal | None:
    """What the owner's hours are a share of: ``owner_paid``, unless only draws pay the owner
    and the profile gives a rate. A draw is profit taken out, not a price for the hour (BA116
    asks to take it out of costs), so the hour is worth the rate, as it is once the draw is
    taken out (AB11 of the eighteenth round: a studio owner who bills $75 an hour was valued
    at $20.07 from her draw, and at $75 after following BA116's advice)."""
    paid = owner_paid(facts)
    if paid is None:
        return None  # most profiles: no line pays the owner
    hours = facts.profile.owner_hours
    if (
        hours is not None
        and hours.rate is not None
        and (not paid_besides_draws(facts) or _mostly_drawn(facts))
    ):
        return None
    return paid


def _mostly_drawn(facts: Facts) -> bool:
    """Whether draws or dividends pay the owner more than the salary beside them: the salary
    is then the smaller part of the owner's pay, often the tax-free allowance, and no price for
    the hour (F9 of the thirty-third round, 2026-12-05: a UK director's £12,570 beside £120,000
    of dividends valued her selling at £4.40 an hour where she stated £60); a salary larger
    than the draw beside it is the owner's wage, and the draw profit (Z5 of the seventeenth
    round's re-review: a CPA's $180,000 beside $60,000 of draws)."""
    drawn = salary = Decimal(0)
    counted = set()
    for item in _pay_lines(facts):
        counted.add(id(item))
        if _is_draw(item):
            drawn += item.activity.spend
        else:
            salary += item.activity.spend
    # ...and the draws BA116 reads that name no owner ("Director's loan account": Q9 of the
    # thirty-third round's second re-review priced a director's hour on her £12,570 beside it)
    drawn += sum(
        (
            item.activity.spend
            for item, kind in facts.moves
            if kind == "draw" and id(item) not in counted
        ),
        Decimal(0),
    )
    return drawn > salary


def paid_besides_draws(facts: Facts) -> bool:
    """Whether a line other than a draw pays the owner (a salary, guaranteed payments)."""
    return any(not _is_draw(item) for item in _pay_lines(facts))


def _is_draw(item: ClassifiedActivity) -> bool:
    name = item.activity.name
    return _a_draw(name, name.lower(), item.classification.term)


def owner_hour_value(facts: Facts, *, from_pay: bool = False) -> Decimal | None:
    """What an hour of the owner's time is counted at where the profile values it
    (``owner_hours.rate``): the pay of the lines that pay the owner ÷ the owner's hours in the
    period where one does, else the rate (``Facts.owner_hour_rate``). BA105 costs the hours it
    asks for at it, as BA101 values the hours given (Z5 of the seventeenth round's re-review:
    BA105 still said $325 an hour where BA101 valued the hours as a share of the pay). With
    ``from_pay``, the pay's share is the hour's worth without a rate too, as BA201 counts the
    hours in what a customer costs (Q8 of the twenty-eighth round: BA105 asked two partners
    for 11 more hours where BA201 said their hours already made a client too dear)."""
    rate = facts.owner_hour_rate
    hours = facts.profile.owner_hours
    if rate is None:
        # not from draws alone: a draw is profit taken out, not a price for the hour (S7 of
        # the round's last check: an owner's hour was priced at $5.77 from her draws)
        if not from_pay or hours is None or hours.total <= 0 or not paid_besides_draws(facts):
            return None
        paid = _paid_for_hours(facts)
        return (
            None
            if paid is None
            else (paid / owner_hours_in_period(facts)).quantize(Decimal("0.01"))
        )
    if hours is not None and hours.total > 0 and (paid := _paid_for_hours(facts)) is not None:
        return (paid / owner_hours_in_period(facts)).quantize(Decimal("0.01"))
    return rate[0]


def owner_marketing_value(facts: Facts) -> tuple[Decimal, Decimal | None] | None:
    """The owner's marketing hours in money over the period, where the profile values the
    owner's time (``owner_hours.rate``), and the pay it is a share of: the hours' share of
    the lines that pay the owner where one does, as ``owner_selling`` counts it, else the
    hours at the rate (``Facts.owner_marketing_value``). X7 of the seventeenth round: a CPA
    firm's managing partner's 3 hours a week were valued at his $325 billing rate ($50,700)
    beside a line paying him $180,000, whose share is $9,818, and the check passed on it."""
    hours = facts.profile.owner_hours
    at_rate = facts.owner_marketing_value
    if hours is None or at_rate is None:
        return None
    if hours.total > 0 and (paid := _paid_for_hours(facts)) is not None:
        return paid * hours.marketing / hours.total, paid
    return at_rate, None


def with_owner_time(facts: Facts) -> tuple[OwnerSelling, Decimal, Decimal, int] | None:
    """The judged CAC and LTV ÷ CAC with the owner's marketing and sales time counted (see
    ``owner_selling``), as (that time, the CAC, the ratio, the new customers the time is
    shared over); None when the economics or the time's value are not known. BA201 gives it;
    BA202 says no "room to spend more" while it is under 3×. The owner's hours win and close
    referred customers too: the CAC excluding referrals carries its customers' share of them,
    as it does of sales spend."""
    economics = facts.economics
    cac, ltv = economics.judged_cac, economics.ltv.value
    if cac.value is None or not cac.new_customers or ltv is None:
        return None
    selling = owner_selling(facts)
    if selling is None:
        return None
    over = cac.new_customers + cac.referral + cac.held
    loaded = cac.value + selling.value / over
    return selling, loaded, ltv / loaded, over

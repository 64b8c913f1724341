"""BA116: a line that moves money without costing it: loan principal, an owner's draw, a
transfer between the business's own accounts."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.financing import (
    Bought,
    Movement,
    added_back,
    bought_a_book,
    bought_with,
    collects,
    given_up_lines,
    inflates_for_deductible,
    manages_property,
    offsets_deductible,
    paid_otherwise,
    rebates_premium,
    received_spend,
    revenue_given_up,
    trade_revenue,
    waives_unexcepted,
)
from bizaudit.core.margins import given_up_base
from bizaudit.core.metrics import ClassifiedActivity, Facts
from bizaudit.core.own_marketing import commissions_covering, in_money
from bizaudit.core.owner_pay import before_pay
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model import verticals
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple


class Financing(NamedTuple):
    name: str
    spend: Decimal
    kind: Movement
    profit: Decimal | None  # the operating profit, with every such line counted
    revenue: Decimal  # net revenue
    without: Decimal  # every such line of the profile added up
    net: bool  # revenue is net of contra-revenue
    #: where the trade is paid from insurance claims and the line offsets a customer's
    #: deductible (a roofer's sign credits to homeowners): why that is unlawful
    deductible_rule: str | None = None
    #: what every line of a value never billed took out of revenue (contra-revenue lines that
    #: say "waived"): without them, revenue is that much higher
    restored: Decimal = Decimal(0)
    #: where an insurance agency sells and the line pays, credits or waives a client's
    #: premium: why that is a rebate the law forbids or limits (AD3 of the nineteenth round)
    premium_rule: str | None = None
    #: a draw that is the owner's only pay (no other line pays the owner): the owner's hours
    #: a week, when the profile gives them (0 when it does not), else None
    only_pay_hours: Decimal | None = None
    owners: int = 1  # how many owners those hours are for (``owner_hours.owners``)
    #: a draw that is the only pay and more than the business made before paying the owner,
    #: or where what it made comes to less than the federal minimum wage an hour: what it made
    #: (the operating profit without the draw and without the lines surely no cost), else None
    #: (AI16 of the twenty-second round: a bookseller was told to "take out only the rest" of
    #: a profit smaller than her draw; AJ7 of its re-review: the figure had counted a line
    #: BA116 itself takes out, and an owner under the minimum who drew less was not told)
    before_pay: Decimal | None = None
    #: ... and that, an hour of the owner's week over the period (None without hours)
    per_hour: Decimal | None = None
    #: ... under the federal minimum wage, where the business counts in US dollars
    under_minimum: bool = False
    #: ... and the draw is more than that
    more_than_made: bool = False
    #: what a loan bought, where its name says (its depreciation or amortisation is the cost
    #: to list in place of the payments), and "book" for a capital purchase of customers (a
    #: route, a customer list: amortised, K12 of the forty-second round), else None
    bought: Bought | None = None
    #: where the trade bills insurers and the line waives or covers what a patient owes (a
    #: copay, coinsurance, a deductible): why that is an inducement the law forbids
    waiver_rule: str | None = None
    #: what to do first of ``premium_rule``'s line, where the trade's advice differs from an
    #: insurance agency's (Vertical.rebate_first: a bail premium has no rebating schedule)
    premium_first: str | None = None
    #: money lent (``kind`` "lent") on a line read as contra-revenue ("Advances to customers
    #: (store credit loans)", read as store credit): taken off revenue as listed, where a loan
    #: receivable is neither a discount nor a cost; BA116's reading wins, its figures give the
    #: revenue back as for a value never billed (AM7 of the fifty-first round's re-review,
    #: 2026-12-06: the line was netted off revenue and called a receivable in one report)
    netted: bool = False
    #: the money collected for others (Facts.collected) that the report's margin leaves out
    #: of ``revenue``: every margin the finding states is of ``revenue - collected``, the
    #: report's own base (AP5 of the fifty-second round's re-review, 2026-12-07: "$79,000
    #: (2% of net revenue)" beside the summary's "operating profit $79,000 (6.6%)")
    collected: Decimal = Decimal(0)
    #: tax collected from customers and remitted, counted in ``collected``: out of revenue
    #: and costs both, as money collected for others is (core.financing.collected_tax, AP5)
    collected_tax: bool = False
    #: a commission or fee earned where earning them is the trade (a real-estate agent's
    #: commissions, a staffing agency's placement fees): its operating revenue, not other
    #: income (core.financing.trade_revenue; AQ1 of the fifty-second round's second
    #: re-review, 2026-12-07)
    trade_revenue: bool = False
    #: of ``without``, what lines of money received add twice (out of the costs and in as
    #: income): "without every such line" then says they are counted as money in (AR4 of the
    #: fifty-second round's third re-review, 2026-12-07: "$960,000 without every such line"
    #: was $940,000 without them and $20,000 more counted as money received)
    received_twice: Decimal = Decimal(0)
    #: a draw named "owner ..." at a business whose name says it manages others' property:
    #: the words may mean the rents paid over to the property owners instead, which the
    #: advice says how to state (core.financing.manages_property)
    owners_property: bool = False
    #: of a line of revenue given up, read as a contra-revenue line (the one premise, round
    #: 63): the other premise, that revenue is already after such lines, stated once, on the
    #: first of them (None on the others and on every other kind)
    already_net: AlreadyNet | None = None
    #: ...and on the others, the first one's name, where the other premise is stated
    stated_on: str = ""


class AlreadyNet(NamedTuple):
    """The other premise about revenue given up, stated once (on BA116's first such line):
    that the revenue figure is already what customers paid, the discount never rung up, so the
    lines count it twice. Its own figures: the profit and BA101's share then (BJ1 of the
    sixty-second round's second re-review, 2026-12-08: a salon's BA101 read $103,600 →
    $84,628 while BA116 read $115,100 on the same $11,500)."""

    given_up: Decimal  # every line of revenue given up, added up
    lines: tuple[str, ...]  # their names
    revenue: Decimal  # net revenue as listed, with them (what the owner's figure would be)
    profit: Decimal  # the operating profit without them: the listed one plus ``given_up``
    minimum: Decimal  # BA101's minimum
    spent: Decimal  # the marketing BA101 counts, in money (its lines of revenue given up out)
    #: the minimum in money less ``spent`` where the marketplaces' commissions do not make it
    #: up (BA101's "commissions"), else 0: the gap BA101 gives on this premise
    gap: Decimal
    covered: bool  # under the minimum, but the marketplaces' commissions make it up


class FinancingLine(Rule):
    """A line that moves money rather than costing it: loan principal repaid, an owner's draw
    or distribution, a transfer between the business's own accounts (a hotel's FF&E reserve
    transfer) or a card bill paid.

    Why it matters: the operating profit and margin count every activity as a cost of the
    period, and BA111 (loss), BA115 (thin margin) and BA101's advice read them. Repaying a
    loan's principal, the owner taking profit out and moving money between accounts are not
    costs: only a loan's interest is (and, for equipment bought with it, depreciation; IRS
    Publication 535, 2022: principal repaid is not deductible), a draw is profit the owner
    takes, and a transfer or a card bill pays for costs listed elsewhere. A machine shop's
    $162,000 of equipment loan payments made its margin read 3.4%, thin; 8.7% without them,
    before the interest and depreciation that belong there instead (a CFO's review,
    2026-12-02).

    How it is computed: a line read as operations through a loan, draw, distribution,
    dividend or card-payment term, or one nothing placed, whose name says loan, note payable
    or principal (and not interest or fees, nor equipment lent out on loan to customers, nor
    depreciation, nor a lease) or a truck's, van's, vehicle's or equipment's payments, a fleet's
    payments to a carmaker's finance company ("Training cars - payments (Toyota Financial)":
    F3 of the thirtieth round, 2026-12-05, a driving school's 5.5% margin read 1%), an
    owner's, partner's, member's or shareholder's draw or distribution, "paid myself",
    dividends, a transfer to or from, or a credit card payment. The finding gives
    the operating profit with the line, without it, and without every such line when there
    are several. A line whose words say it is a loan's payment ("(principal)", "note payment",
    "loan pmt") is found whatever it was read as (AD5 of the nineteenth round: a note on a
    bought book of business, read as cost of sales by 'purchase'). Money that came in, listed
    as if spent ("Vendor rebates received", "MDF reimbursement" from a vendor co-funding
    marketing, "Scrap metal sales"), is found whatever it was read as, and the finding adds
    the profit with it counted as received, the margin BA115 weighs. So is money held, not
    spent: a deposit on goods not yet received (an asset until they are sold, ASC 330) and
    tax collected and remitted: sales tax, and VAT or GST as UK, Canadian, Australian and
    New Zealand books name what they pay the tax office ("VAT paid to HMRC", "GST/HST
    remitted"; owed to the government, ASC 606-10-32-2A, FRS 102 23.4), and as the EU's
    One-Stop-Shop and German and Dutch books do ("OSS VAT payments", "USt-Zahllast", "BTW
    afdracht": F15 of the thirty-fifth round). Whether revenue
    counts sales tax the line does not say, so it is not taken out of the margin (AD7 of the
    nineteenth round); VAT and GST, which accounts keep out of revenue wherever they apply
    (FRS 102 23.4, IFRS 15 ¶47), are (F4 of the thirty-second round). So is Australia's PAYG
    withholding ("ATO - PAYGW") and the UK's, Ireland's and New Zealand's PAYE, the
    employees' tax withheld from the gross wages a profile lists, paid to the tax office: not
    taken out of the margin, as the wages may be listed net (F11 of the thirty-fourth round and
    R9 of its re-review; not with the employer's National Insurance, PRSI or KiwiSaver, costs of
    their own). So is a pre-need seller's trust or escrow deposit of its customers' payments,
    held under the state's pre-need law until the service is performed (a liability beside
    deferred revenue; F3 of the thirty-fifth round), and a law firm's clients' money put in its
    client trust account (IOLTA; ABA Model Rule 1.15; R12 of the round's re-review). So is
    revenue given up, listed as spent ("New patient special", noted "what we give up",
    "waived", "comped"; a free month's, a tuition or an account credit; a punch card's free
    visit, "11th day free",
    "free 10th drink": F6 of the thirtieth round). So is a purchase a line says is capital
    ("(capex)", "(capital)", "capitalized", "fixed asset", "bought outright" or "(purchased)"
    beside a vehicle or machine, a product's mould and tooling:
    an asset that serves for years, whose depreciation is the period's cost, ASC 360; F9 of the
    thirty-first round, F3 of the thirty-second), and a bought customer list or route (an
    intangible, amortised: 15 years for US tax, IRC §197).
    Revenue given up is read as a line marked contra-revenue is, everywhere in the report (the
    one premise of round 63, BJ1 of the sixty-second round's second re-review): out of the
    marketing, out of the costs and out of net revenue, so the finding says the operating
    profit is the same either way, and advises marking it contra-revenue where revenue counts
    the full price. The other premise, that revenue is already what customers paid (the full
    price never rung up), so the line counts the discount twice, is stated once, on the first
    such line, with its own figures: the profile's revenue then, the operating profit without
    the lines, and BA101's gap or share on it (a salon's "$115,100, and BA101's gap $19,432 (4%
    × $635,800 − $6,000)"); the other such lines refer to it. So is a line read as
    contra-revenue that says its value was never billed ("value waived", "not charged",
    "comped", or a price set beside the value it stands for: "$49 vs $180 value"): taken out
    of revenue, it is taken out twice, and the finding gives the margin of the revenue without
    it, as BA111 does (a CFO's review, 2026-12-03, fifteenth round: an orthodontist's "$250
    value waived" consults had taken $62,500 off its collections with no word said; G8 of the
    thirty-ninth round: a studio's intro offer made a 13% margin a loss). So
    is a line that pays,
    waives or credits a customer's deductible, or credits homeowners for a sign. Where such a
    line says the money was paid out (a bonus, a payment, a cheque), it is money paid to
    customers, which reduces revenue (consideration paid to a customer, ASC 606-10-32-25): no
    marketing, and the profit is the same either way, so the advice is to mark it
    contra-revenue, not to take it out (a coach's review, 2026-12-03, seventeenth round: a
    roofer's $21,000 of sign bonuses had been added back to its profit). Where the
    trade is paid from property insurance claims (home services, construction, declared or
    in the business's name) the finding adds that offsetting the deductible is unlawful in
    Texas (Bus. & Com. Code §27.02, HB 2102, 2019) and in states with similar laws, and the
    advice is to stop it for insured jobs (a CFO's review, 2026-12-03: a roofer's "Yard Sign
    Placement Credits to Homeowners ($250/ea)" had counted as a marketing channel). There, as
    with BA114 and BA119, the line's channel shows no cost per customer and counts as no way
    of winning customers, `plan` and BA101 leave it alone, and the score stops at 79 (the
    next round: a "Homeowner Sign Program" paying $500 to each homeowner who keeps a sign had
    scored 90 "Strong"). Where an insurance agency sells, a line that pays, credits or waives a
    client's premium is a rebate: the finding says it is an unfair trade practice in most
    states (NAIC Model 880, §4H), allowed in Florida only under a filed, uniform schedule
    (Fla. Stat. §626.572), and the score stops at 79 (AD3 of the nineteenth round: "First
    month premium paid for new clients (switch special)" had raised nothing). Where a
    clinic bills insurers (physical therapy, chiropractic, medical), a line that waives or
    covers what patients owe (a copay, coinsurance, a deductible) is an inducement: routine
    or advertised waivers fall outside the beneficiary-inducement law's exception (42 U.S.C.
    §1320a-7a(i)(6)(A)) and the OIG's Special Fraud Alert (1994) warns of the Anti-Kickback
    Statute; in a dental practice the ADA's code calls it overbilling (Advisory Opinion
    5.B.1). The finding says so, the advice is to waive only case by case for a documented
    financial need, and the score stops at 79 (K3 of the twenty-sixth round, 2026-12-04:
    "Copay waivers - new pts (1st 3 visits)" was read as a discount beside a PASSED banner).
    A line that says it is made that way (hardship, need-based) raises none of it.

    How to fix: take the line out and list what is a cost instead (money received comes off
    the cost it pays back, or goes to revenue): the loan's interest, the
    equipment's depreciation, the costs the card paid for. An owner's salary on payroll is a
    cost and stays. A draw that is the owner's only pay (no other line pays the owner) is said
    to be so, and the advice leads with listing a fair wage for the owner's hours (named when
    the profile gives them) and taking out only the rest (a coach's review, 2026-12-04: a gift
    shop's owner, paid only by draws, had been told first to take them out). Where such a
    draw is more than the business made before paying the owner (it makes the loss), the
    finding says what it made, an hour of the owner's week (in US dollars, beside the federal
    minimum wage of $7.25, 29 U.S.C. §206), that the rest came from savings, debt or the
    business's cash, and the advice is the wage and the loss to fix, with nothing to take out
    (AI16 of the twenty-second round, 2026-12-04: a bookseller made $5.53 an hour before her
    draw). If the line is a cost after all (a lease paid as a loan), skip this rule for it
    with the reason.
    """

    id = "BA116"
    name = "financing-line"
    severity = "warning"
    summary = "A line moves money (loan principal, a draw, a transfer) rather than costing it"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        yield from self._moved(facts, policy)
        yield from _offsets(facts)

    def _moved(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        found = facts.moves
        if not found:
            return
        if facts.retailer_inducements:
            # what a seller of alcohol took from a supplier is BA119's: money the tied-house
            # laws forbid, not a rebate to book off a cost, as this rule would advise (the rest
            # of AO2 of the fifty-second review round, 2026-12-07: the two findings had said both)
            held = {id(item) for item in facts.retailer_inducements}
            found = [(item, kind) for item, kind in found if id(item) not in held]
            if not found:
                return
        total = sum(
            (
                Decimal(0)  # tax collected and remitted: out of revenue too, AP5
                if (kind == "pass-through" and collects(item.activity.name, kind))
                # revenue given up, read as contra-revenue: the profit is the same (round 63)
                or kind == "given up"
                else added_back(item.activity.spend, kind)
                for item, kind in found
            ),
            Decimal(0),
        )
        restored = sum(
            (
                item.activity.spend
                for item, kind in found
                if kind == "never billed" or _netted(item, kind)
            ),
            Decimal(0),
        )
        vertical = facts.read_by
        rule = None if vertical is None else vertical.deductible_rule
        # a draw with no other line paying the owner is the owner's only pay: part of it is
        # the wage for the owner's work (AE15 of the nineteenth round)
        hours = facts.profile.owner_hours
        only_pay = (
            None if paid_otherwise(facts) else (hours.total if hours is not None else Decimal(0))
        )
        rebates = None if vertical is None else vertical.rebate_rule
        waivers = None if vertical is None else vertical.waiver_rule
        # the trade read by and the one the name gives away ("Apex Staffing Agency" declared
        # consulting): where earning commissions is the trade (AQ1, round 52's re-review)
        named = verticals.read_by(None, facts.profile.business.name or "")
        trades = (
            None if vertical is None else vertical.id,
            None if named is None else named.id,
        )
        # the one premise: net revenue without the revenue given up, as every margin is of it
        # (round 63); the other premise stated once, on the first such line
        out = given_up_base(facts)
        first = next((item for item, kind in found if kind == "given up"), None)
        already = _already_net(facts, policy) if first is not None else None
        for item, kind in found:
            premium = (
                rebates
                if rebates is not None
                and kind in ("given up", "paid out")
                and rebates_premium(item.activity.name)
                else None
            )
            deductible = (
                rule
                if rule is not None
                # ...or a value never billed ("Deductible waived on insurance jobs", read as
                # contra-revenue, had got no law: K5 of the fiftieth review round, 2026-12-06)
                and kind in ("given up", "paid out", "never billed")
                and (
                    offsets_deductible(item.activity.name, item.activity.note)
                    # a bill raised to cover a deductible, whatever it was read as moving (C4
                    # of the forty-eighth review round, 2026-12-06)
                    or inflates_for_deductible(item.activity.name)
                )
                else None
            )
            before, per_hour, under = (
                _before_pay(facts, item.activity.spend)
                if (kind == "draw" and only_pay is not None)
                else (None, None, False)
            )
            yield Hit(
                Financing(item.activity.name, item.activity.spend, kind,
                          facts.operating_profit, facts.net_revenue - out, total,
                          bool(facts.contra_revenue) or out > 0, deductible, restored, premium,
                          only_pay if kind == "draw" else None,
                          hours.owners if hours is not None else 1, before, per_hour, under,
                          before is not None and before < item.activity.spend,
                          bought_with(item.activity.name)
                          if kind == "loan"
                          else "book"
                          if kind == "capital" and bought_a_book(item.activity.name)
                          else None,
                          waivers
                          if waivers is not None
                          and kind in ("given up", "never billed", "paid out")
                          and waives_unexcepted(item.activity.name, item.activity.note)
                          else None,
                          None if premium is None or vertical is None else vertical.rebate_first,
                          _netted(item, kind), facts.collected,
                          kind == "pass-through" and collects(item.activity.name, kind),
                          kind == "received" and trade_revenue(item.activity.name, trades),
                          received_spend(found),
                          kind == "draw"
                          and "owner" in item.activity.name.lower()
                          and manages_property(facts.profile.business.name or ""),
                          already if item is first else None,
                          first.activity.name
                          if first is not None and kind == "given up" and item is not first
                          else ""),
                at=("activities", item.position),
                subject=item.activity.name,
            )  # fmt: skip


def _netted(item: ClassifiedActivity, kind: Movement) -> bool:
    """Whether a line of money lent was read as taken off revenue (AM7 of round 51's
    re-review): ``Financing.netted``."""
    return kind == "lent" and item.classification.category == "contra-revenue"


def _offsets(facts: Facts) -> Iterator[Hit]:
    """A line read as contra-revenue, on its own words, that offsets a customer's insurance
    deductible where the trade's law forbids it ("We absorb the deductible", "Deductible
    credit on insurance roofs": Tex. Bus. & Com. Code §27.02; B1 of the fiftieth round's
    re-review, 2026-12-06, where "Credit toward your deductible", read as nothing, got the law
    and these did not), or that waives what insured patients owe where the trade bills
    insurers ("4900 Copay assist w/o": 42 U.S.C. §1320a-7a(a)(5), (i)(6)(A); B4 of the same
    re-review). Counted as contra-revenue, it is out of revenue already: the finding is the
    law's alone. A line BA116 names for what it moves is left to that finding."""
    vertical = facts.read_by
    if vertical is None or (vertical.deductible_rule is None and vertical.waiver_rule is None):
        return
    if not facts.contra_revenue:  # most profiles: nothing read as contra-revenue
        return
    moved = {id(item) for item, _ in facts.moves}
    for item in facts.activities:
        if (
            item.activity.spend <= 0
            or item.classification.category != "contra-revenue"
            or id(item) in moved
        ):
            continue
        name, note = item.activity.name, item.activity.note
        deductible = (
            vertical.deductible_rule
            if vertical.deductible_rule is not None and offsets_deductible(name, note)
            else None
        )
        waiver = (
            vertical.waiver_rule
            if vertical.waiver_rule is not None and waives_unexcepted(name, note)
            else None
        )
        if deductible is None and waiver is None:
            continue
        yield Hit(
            Financing(name, item.activity.spend, "offset", facts.operating_profit,
                      facts.net_revenue, Decimal(0), True, deductible, waiver_rule=waiver),
            at=("activities", item.position),
            subject=name,
        )  # fmt: skip


def _before_pay(facts: Facts, draw: Decimal) -> tuple[Decimal | None, Decimal | None, bool]:
    """What the business made before paying the owner (core.owner_pay.before_pay), that an
    hour of the owner's week, and whether that is under the federal minimum wage (in US
    dollars): where the draw is more than it made, or it comes to less than that minimum;
    (None, None, False) otherwise."""
    made = before_pay(facts, draw)
    if made is None or (made.made >= draw and not made.under):
        return None, None, False
    return made.made, made.per_hour, made.under


def _already_net(facts: Facts, policy: EffectivePolicy) -> AlreadyNet | None:
    """The other premise about the revenue given up, with its own figures: the revenue figure
    already after it, so the lines are deleted, not moved; the profit and BA101's share then.
    None where the profit is not known (only part of the spending listed)."""
    profit = facts.operating_profit
    if profit is None:
        return None
    given = revenue_given_up(facts)
    threshold = policy.min_marketing_share
    spent, of = in_money(facts, threshold.source == "industry")
    # of the revenue as listed: nothing of it given up is taken out on this premise; what else
    # BA101 leaves out of its base (money paid out to customers) stays out
    base = of - (given_up_base(facts) - given)
    needed = threshold.value * base
    covered = bool(
        spent < needed
        and facts.contra_revenue
        and commissions_covering(facts, threshold.value, spent, base)
    )
    return AlreadyNet(
        given,
        tuple(item.activity.name for item in given_up_lines(facts)),
        base,
        profit + given,
        threshold.value,
        spent,
        max(needed - spent, Decimal(0)) if not covered else Decimal(0),
        covered,
    )

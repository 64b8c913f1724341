"""What each rule found, in words: a message that states the figures and an advice that says
what to do. One function a rule, registered by its ID; every output format shows these."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from bizaudit.core.capacity import FULL
from bizaudit.core.classify import words as name_words
from bizaudit.core.commercial_bribery import treats_public_employees
from bizaudit.core.economics import LTV_TO_CAC_MINIMUM, FeesInMargin, Ratio
from bizaudit.core.financing import (
    STAFF_LENT_WORDS,
    after_sale_tune_up,
    cash_advance,
    contract_liability,
    deposit_given_back,
    earned_income,
    earnest_money,
    inflates_for_deductible,
    paid_for_client,
    tax_debt,
)
from bizaudit.core.margins import THIN_MARGIN
from bizaudit.core.overspend import AboveRange, NextPays, Stopped, WithinOnceStopped
from bizaudit.core.owner_pay import FEDERAL_MINIMUM_WAGE
from bizaudit.core.patient_inducements import names_vaccine
from bizaudit.core.plan import (
    DEFAULT_MAX_SHIFT,
    DEFAULT_MIN_CUSTOMERS,
    AtAPrice,
    PaysButHeld,
    count_range,
)
from bizaudit.core.predictability import HeldBack
from bizaudit.core.referrers import RestrictedReferrers
from bizaudit.core.rules import Hit
from bizaudit.core.rules.ba101_marketing_share import (
    BelowMinimum,
    OnlyByAgreement,
    OnlyTogether,
    OnlyWithNotSpent,
    OnlyWithRestricted,
    RangeCaveat,
)
from bizaudit.core.rules.ba102_referral_dependence import OverMaximum, relationship_partners
from bizaudit.core.rules.ba103_no_acquisition_channel import NoChannel
from bizaudit.core.rules.ba104_no_retention import MaybeRetention
from bizaudit.core.rules.ba105_owner_time import TooLittleTime
from bizaudit.core.rules.ba107_ambiguous import Ambiguity, GivenUpReadings
from bizaudit.core.rules.ba108_customer_counts import Mismatch
from bizaudit.core.rules.ba109_missing_data import (
    NamedByLines,
    NamedOtherwise,
    NoIncomeTax,
    SectorOnly,
)
from bizaudit.core.rules.ba111_spend_exceeds_revenue import Loss
from bizaudit.core.rules.ba112_churn_looks_monthly import LooksMonthly
from bizaudit.core.rules.ba114_paying_for_referrals import MealJoined, PaysForReferrals
from bizaudit.core.rules.ba115_thin_margin import ThinMargin
from bizaudit.core.rules.ba116_financing_line import AlreadyNet, Financing
from bizaudit.core.rules.ba117_gross_margin_mismatch import MarginMismatch
from bizaudit.core.rules.ba118_owner_pay_not_listed import OwnerUnpaid
from bizaudit.core.rules.ba120_unlawful_advertising import Forbidden
from bizaudit.core.rules.ba122_channel_named_nowhere import NamedNowhere
from bizaudit.core.rules.ba123_marketplace_dependence import DEPENDENCE, Dependent
from bizaudit.core.rules.ba125_new_exceed_served import TooManyNew
from bizaudit.core.rules.ba126_debt_service import DEBT_SERVICE_COVERAGE, Coverage
from bizaudit.core.rules.ba128_one_source_dependence import DEPENDENCE as ONE_SOURCE
from bizaudit.core.rules.ba128_one_source_dependence import (
    RATE_SETTERS,
    OneReferrer,
    OneSource,
    RateSetters,
)
from bizaudit.core.rules.ba129_customer_concentration import CONCENTRATION, Concentrated
from bizaudit.core.rules.ba201_ltv_cac_low import LowRatio
from bizaudit.core.rules.ba202_ltv_cac_high import HighRatio
from bizaudit.core.rules.ba203_payback_slow import SlowPayback
from bizaudit.core.rules.ba204_customer_costs_more_than_worth import CostsMore
from bizaudit.core.rules.ba205_channel_cac_above_ltv import (
    ChannelCostsMore,
    NextCostsMore,
    OtherKind,
)
from bizaudit.core.rules.ba206_channel_without_customers import NoCustomers
from bizaudit.core.rules.ba207_paid_customers_without_spend import Unpriced
from bizaudit.core.towing import POLICE_FAVOUR_RULE
from bizaudit.explain.consumer_law import fake_review_law, review_law
from bizaudit.explain.economics import Basis, cents, format_ratio
from bizaudit.explain.left_alone import before_commissions, left_alone_words, per_result_words
from bizaudit.explain.numbers import (
    and_list,
    at_least,
    at_most,
    format_count,
    format_hours,
    format_limit,
    format_margin,
    format_money,
    format_number,
    format_number_beside,
    format_percent,
    format_percent_among,
    format_percent_beside,
    in_sentence,
    percent_range,
    plural,
)
from bizaudit.explain.predictability import (
    NOT_OWN,
    held_back_words,
    preneed_bases,
    share_caveat,
)
from bizaudit.explain.summary import (
    COVERS_NONE,
    COVERS_NOT,
    DEDUCTIBLE_CLAUSE,
    PREMIUM_CLAUSE,
    TRADE_REPORTS,
    WAIVER_CLAUSE,
    WAIVER_CLAUSE_ABROAD,
    cited_as,
    owners_of,
    owners_paid,
    revenue_of,
)
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.vocab import CHURN_PERIOD_MONTHS, SECTORS, VERTICALS

__all__ = ["WORDS", "Words", "allowed_for", "american_rule", "quoted_from_us", "words"]

Words = tuple[str, str]  # (message, advice)

_SOURCE = {
    "industry": "your industry's low end",
    "sector": "your sector's published figure, from a survey of mostly large companies",
    "default": "the default",
}


#: How BA101 says the profit it weighs leaves out the lines BA116 names (at a loss only as
#: listed, which they make)
_WITHOUT_MOVED = " (without the lines BA116 names)"
_WITHOUT_ADVANCE = " (without the lines BA116 names, and before the advance's fee)"


def _without_moved(f: BelowMinimum, money: Callable[[object], str]) -> str:
    """What the profit BA101's advice weighs leaves out (:func:`_without_lines`), and where
    revenue given up is in the marketing, that it is out of net revenue as well as out of the
    costs, the base the minimum is a share of: the profit on that base is the one listed, as it
    is where the line is marked contra-revenue (the sixty-second round, 2026-12-07: the
    salon's advice had weighed $103,600 + $11,500 = $115,100 beside a floor of 4% of
    $624,300)."""
    said = _without_lines(f, money)
    if not f.given_up:
        return said
    given = (
        f"the {money(f.given_up)} of revenue given up out of net revenue "
        f"({money(f.net_revenue)}, the base the minimum is a share of) as well as out of the costs"
    )
    return f" ({given})" if not said else f"{said[:-1]}; {given})"


def _without_lines(f: BelowMinimum, money: Callable[[object], str]) -> str:
    """What the profit BA101's advice weighs leaves out: the lines BA116 names, but for those
    that may be a cost, kept in (AB17 of the eighteenth round: "without the lines BA116 names"
    beside a profit that still counted the owners' $72,000 of draws)."""
    if not f.moved:
        return ""
    if f.stand_in:
        # the loans for what wears out are counted in place of the depreciation no line lists,
        # as BA115 counts them (CK3 of a quick check of the fifty-eighth round's late changes)
        rest = f.moved - f.stand_in - f.kept
        return (
            f" ({_standing_in(f.stand_in, money)}"
            + (f", without the other {money(rest)} BA116 names as no cost" if rest > 0 else "")
            + (f", with the {money(f.kept)} it names that may be a cost kept in" if f.kept else "")
            + ")"
        )
    if not f.kept:
        # ...and before a merchant cash advance's fee, a cost its remittances hold (M8)
        return _WITHOUT_ADVANCE if f.advance else _WITHOUT_MOVED
    # what may be a cost in part: an owner's draw that may be the owner's pay, sales tax that
    # US books may count in revenue (F18 of the thirty-third round: a salon's $72,000 draw and
    # $6,700 of sales tax were "$78,700 ... that may be the owner's pay")
    what = (
        "the owner's pay"
        if f.kept_pay >= f.kept
        else "costs in part"
        if not f.kept_pay
        else f"the owner's pay ({money(f.kept_pay)} of draws) or costs in part"
    )
    return (
        f" (without the lines BA116 names as no cost; the {money(f.kept)} it names that may be "
        f"{what} kept in)"
    )


def _standing_in(stand_in: Decimal, money: Callable[[object], str]) -> str:
    """ "counting $26,800 of payments on loans for vehicles or equipment in place of the
    depreciation no line lists", as BA115 says it."""
    return (
        f"counting {money(stand_in)} of payments on loans for vehicles or equipment in place "
        "of the depreciation no line lists"
    )


def _not_known_thin(profit: Decimal, after: Decimal, stand_in: Decimal, revenue: Decimal) -> str:
    """ "(6.3% to 5.6% without them: whether the margin is thin is not known until the
    depreciation is listed, BA115)": a margin under BA115's line only with the loans' payments
    standing in for depreciation, as BA115 calls it (CK3 of a quick check of the fifty-eighth
    round's late changes, 2026-12-07)."""
    now, then = (profit + stand_in) / revenue, (after + stand_in) / revenue
    span = (
        format_percent_among(now, [then, THIN_MARGIN])
        if now == then
        else f"{format_percent_among(now, [then, THIN_MARGIN])} to "
        f"{format_percent_among(then, [now, THIN_MARGIN])}"
    )
    if profit + stand_in < THIN_MARGIN * revenue:
        return f"{span} without them: thin either way, BA115"
    if profit >= THIN_MARGIN * revenue:  # not thin today: BA115 says nothing yet
        return (
            f"{span} without them: whether it would be thin is not known until the "
            "depreciation is listed"
        )
    return (
        f"{span} without them: whether the margin is thin is not known until the depreciation "
        "is listed, BA115"
    )


#: what an owner does where `plan` cannot move a channel's money: a test by hand, in the step
#: `plan` itself takes (Y7 of the seventeenth round)
def _by_hand(whose: str) -> str:
    return (
        f"cut by hand, at most {format_percent(DEFAULT_MAX_SHIFT)} of {whose} spend in a period "
        "(the step `plan` takes), and watch whether its new customers fall: where they hold, "
        "the money cut bought none"
    )


def _ba101(hit: Hit, currency: str) -> Words:
    if isinstance(hit.figures, OnlyByAgreement):
        return _ba101_by_agreement(hit.figures, currency)
    if isinstance(hit.figures, OnlyWithRestricted):
        return _ba101_with_restricted(hit.figures, currency)
    if isinstance(hit.figures, OnlyWithNotSpent):
        return _ba101_with_not_spent(hit.figures, currency)
    if isinstance(hit.figures, OnlyTogether):
        return _ba101_together(hit.figures, currency)
    f: BelowMinimum = hit.figures
    # what the share is held to: a floor, or what the trade's source says it spends (the
    # pharmacy's, a manufacturer's), which no advice calls a minimum (S13 of the fortieth
    # round's second re-review: "under the 0.5% minimum ...; not a floor", "budget at least")
    spends = (
        "companies in the sector spend"
        if f.minimum_source == "sector"
        else f.spent_by or "the trade spends"
    )
    # a range no floor where contracts at set rates bring most customers (AM3 of round 51's
    # re-review): what the advice asks is to reach the range, not a minimum
    the_minimum = (
        f"what {spends}"
        if f.average
        else "the range's low end"
        if f.rated is not None
        else "the minimum"
    )
    budget = (
        f"to spend {the_minimum}, budget "
        if f.average
        else f"to reach {the_minimum}, budget "
        if f.rated is not None
        else "budget at least "
    )

    def money(amount: object) -> str:
        return format_money(amount, currency)  # type: ignore[arg-type]

    what = "marketing and sales" if f.with_sales else "marketing"
    # revenue without what BA116 reads as collected for others is the business's own, as the
    # key figures name it ("Marketing ÷ own revenue"); the words after the figures say what
    # was left out (AU2 of the fifty-fourth round, 2026-12-07: "of net revenue" beside them)
    revenue = (
        "net service revenue"
        if f.base_left_out
        else "gross revenue"
        if f.gross
        else "own revenue"
        if f.collected
        else "sales"
        if f.added_back
        else "net revenue"
        if f.net
        else "revenue"
    )
    needed = at_least(f.needed, "0.01")
    gap = needed - f.measured
    left = f"; {money(f.left_out)} of {f.left_out_why}, left out" if f.left_out else ""
    if f.added_back:  # BK11 of the sixty-third round (core.metrics._sales_base_added)
        left += (
            f"; net revenue with the {money(f.added_back)} the delivery apps kept added back, "
            "as the range is of sales: the sale is yours, the apps' commissions a cost of making "
            "it"
        )
    if f.base_left_out:  # AE9 of the nineteenth round
        # costs billed on at cost, and goods resold at their cost (Y7 of the forty-sixth
        # round's re-review: an MSP's hardware resold at a margin read "billed at cost")
        left += (
            f"; {money(f.base_left_out)} of costs billed to clients at cost or goods resold, "
            "at their cost, left out of fees"
        )
    # each dollar named once: what is collected for others and listed as marketing is not
    # money received too (the review of AS7 of the fifty-third round, 2026-12-07)
    if received := f.received - f.collected_marketing:  # AF3 of the twentieth round
        left += f"; {money(received)} BA116 reads as money received, left out"
    if f.collected:  # AO5 and AO6 of the fifty-second round
        left += (
            f"; {money(f.collected)} BA116 reads as collected for others and paid over to "
            "them, left out of revenue"
            + (
                ""
                if not f.collected_marketing
                else " and marketing"
                if f.collected_marketing == f.collected
                else f", {money(f.collected_marketing)} of it out of marketing too"
            )
        )
    # as listed, where revenue given up is in the marketing: the figures the finding judges
    # are without it, in the marketing and in net revenue, as every figure of the report is
    # (the one premise: round 63, BJ1 of the sixty-second round's second re-review)
    listed = " as listed" if f.given_up else ""
    message = (
        f"{what} is {format_percent_beside(f.share, f.minimum, 2)} of {revenue}{listed} "
        f"({money(f.measured)} of {money(f.revenue)}{left}), under the {format_limit(f.minimum)} "
        + (f"its source says {spends}" if f.average else "reference" if f.reference else "minimum")
        + (
            # the range the business's name holds it to (F4 of the forty-eighth round's third
            # re-review: no message said which)
            f" (the low end of the range for a {f.held_as.lower()}, as "
            + (
                "the profile's 'trade' declares)"
                if f.declared_trade
                else "the business's name reads)"
            )
            if f.held_as and f.minimum_source == "industry"
            else f" ({_SOURCE[f.minimum_source]})"
            if f.minimum_source in _SOURCE
            else ""
        )
    )
    if said := _range_caveat(RangeCaveat(f.confidence, f.kind, f.abroad)):
        message = message[:-1] + f"{said})"
    if f.reference:  # the country's law closes the range's channels (BH3 of the 62nd round)
        message += f"; {f.reference}, so the range is a reference here, not a floor"
    if f.average:  # what its source says the trade spends, so a warning (F10 of the 33rd round)
        # (an average for hotels, the best quarter's spend for pharmacies: R18 of the fortieth
        # round's re-review had "an average" said of the latter)
        message = message[:-1] + "; not a floor)"
    if f.rated is not None:  # AM3 of the fifty-first round's re-review (AL8, AL10)
        rated = f.rated
        message += (
            f"; but {format_count(rated.customers)} of the {format_count(rated.of)} new "
            f"customers ({format_percent(rated.share)}) came through "
            f"{and_list(list(rated.channels))}, which assign work at the rates they set: the "
            "range was published for businesses that win their customers by marketing, so it "
            "is no floor for yours"
        )
    if f.named is not None:
        vertical, low = f.named
        message += (
            f"; your business's name says {vertical}, whose range starts at "
            f"{format_limit(low)}, which this share meets: declare 'industry: {vertical}' if "
            "it is one"
        )
    out = Decimal(0)  # what the findings say is no marketing to count, as listed
    if f.restricted is not None:  # money the findings say to stop (a CFO's review)
        spent, rules = f.restricted
        out += spent
        message += (
            (
                # lines BA114 only asks about, as it says (part j of the fifty-fourth round)
                f"; {money(spent)} of it is on lines {and_list(list(rules))} "
                f"{'asks' if len(rules) == 1 else 'ask'} about (they may pay for referrals)"
                if f.asked >= spent
                else f"; {money(spent)} of it pays for what {_about(rules, spent, f.asked, money)}"
            )
            + (
                # ads BA120 asks to reword stay in: a new wording cures them (AP6, round 52)
                f" (its {money(f.reworded)} of ads BA120 asks to reword stays in: a new wording "
                "cures them)"
                if f.reworded
                else ""
            )
            + (
                # no gap where the range is no floor (AN3 of round 51's second re-review)
                ""
                if f.rated is not None or f.reference
                else f", so without it the gap is {money(gap + out)}"
            )
        )
    if f.given_up:  # not money spent (a CFO's re-review, 2026-12-03)
        # each gap without what it names, then without both (H14 of the twenty-fifth round's
        # re-review: "without it" had given the gap without the BA121 lunch too)
        # ...out of net revenue too, as it is out of the marketing: the minimum in money is
        # of the revenue without it (BG6 of the sixty-first round's re-review, 2026-12-07)
        given_net = f.given_up - f.given_floor
        both = f"; without both, {money(gap + out + given_net)}" if out else ""
        out += f.given_up
        message += f"; {money(f.given_up)} of it is revenue given up, not money spent (BA116)" + (
            ""
            if f.rated is not None or f.reference
            else f", so without it, in the marketing and in {revenue} "
            f"({money(f.revenue - f.given_up)}), the gap is {money(gap + given_net)}{both}"
        )
    if f.profit is None:  # a card or bank export: marketing paid from elsewhere is missing
        message += (
            "; the profile lists only part of the spending (spending: partial), so marketing "
            "paid from other accounts is not counted"
        )
    if f.owner_time is not None:
        with_time = (f.measured + f.owner_time) / f.revenue
        valued = (
            f"valued as their share of {owners_of(f.owners, counted=False)} "
            f"{money(f.owner_paid)} of pay"
            if f.owner_paid is not None
            else "valued"
        )
        message += (
            f"; with {owners_of(f.owners)} marketing hours {valued} ({money(f.owner_time)}) "
            "it is "
            f"{format_percent_beside(with_time, f.minimum, 2)}"
        )
    if f.selling:  # cash only: the owner's hours valued are not spent
        # ...nor is what a rule of law warns about counted beside the selling (BC1 of the
        # fifty-ninth round's re-review, 2026-12-07)
        # ...nor revenue given up, which the gap is "without" too: in money (a leftover of the
        # sixtieth round, 2026-12-07: a car wash's 6.1% counted its $15,000 free wash week)
        message += _with_selling(
            money(f.selling),
            _names(f.selling_lines),
            (f.measured - f.warned - f.given_up + f.selling) / (f.revenue - f.given_up),
            (" without it" if f.warned else "") + (" in money" if f.given_up else ""),
        )
    if f.agreed:  # a brand fund is in the share, but it is not the owner's to decide
        # in money, where revenue given up is in the share too (N10 of the twenty-seventh
        # round's re-review: 1.5% with the $14,200 given up, 1.1% in money)
        own = f.measured - f.agreed - f.given_up
        message += (
            f"; {money(f.agreed)} of it an agreement sets (a franchise's brand fund): what the "
            f"business decides itself is {format_percent(own / (f.revenue - f.given_up))}"
            + (" in money" if f.given_up else "")
        )
    if f.named_below is not None:  # the trade the name gives away, and the gap to its floor
        vertical, low = f.named_below
        to_low = low * f.revenue - f.measured
        message += (
            f"; your business's name says {vertical}, whose range starts at "
            f"{format_limit(low)}: declared, the gap would be {money(at_least(to_low, '1'))}"
        )
    if f.full is not None:  # at capacity: a budget would buy customers it could not serve
        message += f"; the business is {format_percent(f.full)} full (business.capacity_used)"
        return message, _FULL_ADVICE
    if f.nearly is not None:
        message += (
            f"; the business is {format_percent(f.nearly)} full (business.capacity_used): only "
            "the places still free need filling"
        )
    profit = f.profit if f.profit is not None else Decimal(0)  # known under "move" and "test"
    # Counted in money spent: lines BA116 reads as revenue given up are no budget (Y5 of the
    # seventeenth round: a salon's credits made "$1,038 more" of a $6,998 gap; G19 of the
    # twenty-fifth round: a roofer's "$112,300 more" beside "the gap is $140,300")
    gap += f.given_up - f.given_floor
    # ...of net revenue without it, as the marketing is (BG6 of the sixty-first round's
    # re-review): the budget in money is the minimum of that revenue
    needed -= f.given_floor
    # ...and on what the rules allow: the lawful gap the message gives (BC1 of round 59b)
    more = _lawful_more(f, gap, money)
    # the range is no floor: no budget to reach it (AN3); where marketplaces' commissions (an
    # insurer's DRP concessions) meet it, their own words say more budget is not the gap
    if f.reference and f.plan != "commissions":  # no floor: no budget (BH3 of round 62)
        advice = (
            "no budget is asked to reach the range: grow only what your country's rules "
            "allow, where a customer pays back what winning them costs"
        )
    elif f.rated is not None and f.plan != "commissions":
        advice = _won_otherwise_advice(f, money)
    elif f.plan == "commissions":  # F4 of the thirty-fourth review round
        before = f.revenue + f.commissions if f.net else f.revenue
        took = (f.measured + f.commissions) / before
        # "at" where it meets it exactly (D10 of the forty-eighth round's re-review: 3% read
        # "over the minimum" of 3%)
        where = "at" if took == f.minimum else "over"
        message += (
            f"; marketplaces kept {money(f.commissions)} of commissions on the customers they "
            f"brought, taken out of revenue: with them, winning customers took "
            f"{format_percent_beside(took, f.minimum)} of revenue before them, "
            f"{where} {the_minimum}"
        )
        advice = (
            "most of what winning customers costs is the marketplaces' share, so more budget is "
            "not the gap: weigh each one's commission against what its customers are worth "
            "(BA201 where it is under 3×), and grow the channels you own, where a customer "
            "costs no commission"
        )
    elif f.plan == "fix-economics":
        advice = (
            f"{more} would reach {the_minimum}, but a customer already costs more to "
            "win than they are worth (BA204): fix that first, then grow the budget"
        )
    elif f.plan == "unsure-economics":  # O6 of the forty-third round's re-review
        advice = (
            f"{more} would reach {the_minimum}, but whether a customer pays back "
            "what winning them costs is not yet known, on so few customers (BA204): track "
            "another period before growing the budget"
        )
    elif f.met_with_selling and f.plan in ("add", "test", "move"):
        # the money to win customers is spent, in the sales column (the finding is a warning),
        # whatever the margin would allow (F11 of the thirty-sixth review round, 2026-12-05: a
        # pest company's door-to-door team at 20% of revenue, beside 2.1% of marketing, was
        # told "$104,000 more would reach {the_minimum}")
        # ...and the gap it names is the lawful one, as the message gives it (BC1 of the
        # fifty-ninth round's re-review: "without it the gap is $3,700", then "$1,100 more")
        advice = f"{more} would bring marketing alone to {the_minimum}, but " + (
            _compare_selling(money(f.selling), _names(f.selling_lines), "adding marketing")
        )
    elif f.plan == "split":  # AF8 of the twentieth round
        whose = owners_of(f.owners)
        advice = (
            f"{more} would reach {the_minimum}, but what the business can afford is "
            f"not known until the {money(f.draws)} of draws, {whose} only pay, are split into a "
            f"fair wage and profit (BA115, BA116): the operating margin{_without_moved(f, money)} "
            f"is {format_percent(profit / f.net_revenue)} with all of them counted as costs, "
            f"{format_percent((profit + f.draws) / f.net_revenue)} with none; split them, then "
            f"add what the true margin allows in steps, {money(at_least(f.test, '0.01'))} (a "
            "quarter of the gap) first, "
            + (
                f"into {_elsewhere(f.at_a_price)}, since {_no_channel(f.at_a_price, money, f.held)}"
                if f.nowhere
                else f"on the cheapest channel more money can buy{_cheapest(f, currency)}"
            )
        )
    elif f.plan == "move":
        advice = _move(profit, f.net_revenue, bool(f.moved), f.idle, gap, money, f.stand_in)
        advice += _cheapest(f, currency)
    elif f.plan == "test" and (
        dear := _dearer_than_a_third(f, currency) or _cheapest_too_dear(f, currency)
    ):
        # A test kept "while a customer costs under a third of their worth" cannot start when
        # they already cost more (a CFO's review, 2026-12-02: a tutoring centre told to test
        # $5,050 under a $396.51 ceiling, beside BA201 and channels at $428 and $667).
        advice = (
            f"{more} would reach {the_minimum}, but {dear}: make a customer worth "
            "more first (keep them longer, raise the margin) or win them for less, and grow "
            f"the budget once a new one costs under {_share_of_worth(f)} of their worth"
        )
    elif f.plan == "test":
        if f.target_cac is not None and f.ratio.ltv is not None:
            most = money(at_most(f.target_cac, "0.01"))  # a ceiling: never a cent over it
            target = (
                f" and keep going only while a new customer costs under {most} ("
                + (
                    # customers who buy once: BA201's 1.5× (AX7 of the fifty-sixth round)
                    "two thirds of what a customer is worth: customers who buy once pay for "
                    "winning them on their first sale, and BA201 holds them to 1.5×"
                    if f.one_sale is not None
                    else "a third of what a customer is worth"
                )
                + ")"
            )
        elif f.target_cac is not None:
            most = money(at_least(f.target_cac, "0.01"))
            target = f" and keep going only while a new customer costs no more than today's {most}"
        else:
            target = " and track what each new customer costs"
        if gap > profit:
            effect = (
                f"would turn the {money(profit)} operating profit"
                f"{_without_moved(f, money)} into a {money(gap - profit)} loss"
            )
        else:  # a profit still, but under BA115's 5% margin
            margin_now, margin_after = profit / f.net_revenue, (profit - gap) / f.net_revenue
            effect = (
                f"would take the operating margin{_without_moved(f, money)} from "
                # each apart from the other and from the 5% line (H21 of the fortieth round:
                # "from 2% to 2%" for 2.03% and 1.98%)
                f"{format_percent_among(margin_now, [margin_after, THIN_MARGIN])} "
                f"to {format_percent_among(margin_after, [margin_now, THIN_MARGIN])}, under "
                f"{format_percent(THIN_MARGIN)} "
                + (
                    f"({_not_known_thin(profit, profit - gap, f.stand_in, f.net_revenue)})"
                    if f.stand_in
                    else "(a thin margin, BA115)"
                )
            )
        channel = (
            ", and no more than that channel's own spend: `plan` trusts what more money buys "
            "only up to twice what a channel has"
        )
        if f.quick is not None:  # under a thin margin, but what is added comes back in time
            bounds = (
                f"a quarter of the gap: a new customer pays back in "
                f"{format_number(f.quick, 1)} months, within a quarter of the period, so what is "
                f"added comes back within it{channel if f.test_bound == 'channel' else ''}"
            )
        else:
            held = (
                channel if f.test_bound == "channel" else f"; {_BOUND[f.test_bound]} sets it here"
            )
            bounds = (
                "a quarter of the gap, at most half the profit, keeping a "
                f"{format_percent(THIN_MARGIN)} margin{held}"
            )
        advice = (
            f"the full {money(gap)} {effect}: test first, with {money(at_least(f.test, '0.01'))} "
            # "most cheaply" read against the channel table named a dearer channel than some
            # there: the test goes to channels more money can buy, priced on enough customers
            # (AF9 of the twentieth round)
            f"({bounds}) "
            + (
                f"in {_elsewhere(f.at_a_price)}, since {_no_channel(f.at_a_price, money, f.held)},"
                if f.nowhere
                else "on the cheapest channel more money can buy"
                f"{'' if f.few or f.cheapest is None else ', judged on 20 or more customers'}"
                f"{_cheapest(f, currency)}"
            )
            + f" for a period{target}"
        )
    elif f.plan == "add" and (dear := _dearer_than_a_third(f, currency, f.ratio)):
        # More budget at today's cost per customer is more customers bought too dearly: BA201's
        # advice comes first (a CFO's review, 2026-12-03, fourteenth round: an architecture
        # firm was asked for $79,300 more beside BA201 and BA203)
        advice = (
            f"{more} would reach {the_minimum}, but {dear}: make a customer worth "
            "more first (keep them longer, raise the margin) or win them for less, and grow "
            "the budget once a new one costs under a third of their worth"
        )
    else:
        ltv = f.ratio.ltv
        back = ""
        if ltv is not None and ltv > 0:  # what has to come back for the money to pay
            count = math.ceil(gap / ltv)
            each = " each" if count != 1 else ""  # "1 more customer worth $X", no "each"
            # ...and at the 3× BA201 holds, so the pitch and BA201 ask the same (a CFO's
            # review: "pays for itself" at 1× had sat beside a payback warning)
            sound = math.ceil(gap * LTV_TO_CAC_MINIMUM / ltv)
            back = (
                f"; it pays for itself once it brings {plural(count, 'more customer')} worth "
                f"{money(cents(ltv))}{each} (the lifetime value), and meets the "
                f"{LTV_TO_CAC_MINIMUM}× LTV ÷ CAC rule of thumb at {format_count(sound)}"
                if f.one_sale is None
                else f"; it pays for itself once it brings {plural(count, 'more customer')} "
                f"worth {money(cents(ltv))}{each} (the lifetime value){_first_sale(f, money)}"
            )
        change = (
            ""
            if f.profit is None
            else f"; operating profit{_without_moved(f, money)} {money(f.profit)} → "
            f"{money(f.profit - gap)}"
        )
        in_money = " of money spent" if f.given_up else ""
        if f.nowhere:  # the gap is a size, not money for the channels there are (D4)
            advice = (
                f"the gap to {the_minimum} is {money(gap)} (a budget of {money(needed)}"
                f"{in_money} a period{change}), but "
                f"{_no_channel(f.at_a_price, money, f.held)}: put it first into "
                f"{_elsewhere(f.at_a_price)}{back}"
            )
        elif f.restricted is not None:
            # the lawful gap first: what the rules warn about does not meet the minimum (L10 of
            # the forty-second round's re-review, 2026-12-06: "$5,200 more" had led, counting
            # fake reviews and robocalls toward it, and the $19,400 came last)
            spent, rules = f.restricted
            advice = (
                budget
                + f"{money(needed)} a period{in_money} for attracting and keeping customers, on "
                f"what the rules allow ({money(gap + spent)} on new lines: {money(spent)} in "
                f"place of what {_about(rules, spent, f.asked, money)}, and {money(gap)} added to "
                f"the budget{change}){back}"
            )
        else:
            advice = (
                budget + f"{money(needed)} a period{in_money} for attracting and "
                f"keeping customers ({money(gap)} more{change}){back}"
            )
        if f.restricted is not None and f.nowhere:  # the gap once the flagged lines stop (D5)
            spent, rules = f.restricted
            advice += (
                f"; once what {_about(rules, spent, f.asked, money)} stops, "
                f"{money(gap + spent)} more, its {money(spent)} replaced by spend the rules allow"
            )
        if f.dearer and not f.nowhere:  # where `plan` says the last dollars lose money (B8)
            advice += f"; not in {_dearer_clause(f.dearer)}"
    if (
        f.owner_pay is not None
        and f.plan in ("add", "test")
        and f.rated is None
        and not f.reference
    ):
        now, after = (money(cents(each)) for each in f.owner_pay)
        advice += (
            f"; no line pays the owner, so it comes out of the owner's pay: the profit comes "
            f"to {'at most ' if f.moved else ''}{now} an hour of the owner's week today, "
            f"{after} after (BA118)"
        )
    if (
        f.loss_after is not None and f.rated is None and not f.reference
    ):  # R10 of the fortieth round's re-review
        advice += (
            f"; but what is listed after the operating profit{_without_moved(f, money)} "
            f"(interest, tax on income) already leaves a loss of {money(f.loss_after)}: every "
            "dollar added deepens that loss "
            "until the new customers pay it back"
        )
    if (
        f.debt_cover is not None and f.rated is None and not f.reference
    ):  # the loan's first (S12 of the 39th round)
        times = format_number_beside(f.debt_cover, DEBT_SERVICE_COVERAGE, Decimal(1))
        covered = f"covers them {times} times" if f.debt_cover >= 1 else "does not cover them"
        advice += (
            f"; only once the loan payments are covered: what the business earns {covered}, "
            f"under the {format_number(DEBT_SERVICE_COVERAGE, 2)} lenders ask (BA126)"
        )
    if f.sent is not None:  # one source someone else runs sends most (AL10 of round 51)
        sent = f.sent
        name = sent.company or (sent.sources[0] if sent.sources else sent.channels[0])
        advice = (
            f"most new customers ({format_count(sent.customers)} of {format_count(sent.of)}) "
            f"come through {name}, one source someone else runs (BA128): the risk is "
            "depending on it, so whatever goes into marketing goes first into a second source "
            f"you run yourself; {advice}"
        )
    if f.referrers is not None and f.rated is None and not f.reference:
        advice = f"{_referrers_first(f.referrers, currency)}; {advice}"
    if f.named is not None:  # the message asks to declare the trade the name gives away
        advice = f"if it is not {f.named[0]}, {advice}"
    return message, advice


def _lawful_more(f: BelowMinimum, gap: Decimal, money: Callable[[Decimal], str]) -> str:
    """ "$2,600 more", or, where a rule of law warns about part of the marketing, the lawful
    gap the message gives: "$7,100 more, $4,500 of it in place of what BA121 warns about," (BC1
    of the fifty-ninth round's re-review, 2026-12-07: a cleaning company told "without it the
    gap is $3,700" was then asked for "$1,100 more")."""
    if not f.warned or f.restricted is None:
        return f"{money(gap)} more"
    what = (
        "the lines warned about (not those BA114 asks about)"
        if f.asked
        else f"what {_about(f.restricted[1], f.warned, Decimal(0), money)}"
    )
    return f"{money(gap + f.warned)} more, {money(f.warned)} of it in place of {what},"


def _referrers_first(r: RestrictedReferrers, currency: str) -> str:
    """BA101's advice first where most new customers came by referral in a trade whose rules
    restrict paying those who refer (core.referrers): the investment those rules allow, in
    the words BA114 quotes, and that the share measures investment, not the business's
    standing. AO9 of the fifty-second review round, 2026-12-07: a sober home fed by drug
    courts and treatment centres was sent to "spend money to close the gap" beside BA114's
    "build relationships ... without payment". A liaison's pay is said as a salary that does
    not vary with the referrals: the Anti-Kickback Statute's employee safe harbour (42 CFR
    §1001.952(i)) allows more, but EKRA's exception for employees does not cover pay that
    varies by the number of individuals referred (18 U.S.C. §220(b)(2)), as the rule the
    medical vertical quotes says; the safe words hold under both."""
    where = " in the US" if quoted_from_us(currency, r.own) else ""
    allowed = r.allowed.rstrip(".")
    how_many = (
        f"all {format_count(r.of)} new customers"
        if r.customers == r.of
        else f"most new customers ({format_count(r.customers)} of {format_count(r.of)})"
    )
    # the rules that bind those who refer where they are not the business's own profession's
    # (a pet crematory's: the clinics'; AU3 of the fifty-fourth round, 2026-12-07)
    whose = r.whose or "your profession's rules"
    return (
        f"{how_many} came by referral, and {whose} restrict paying those "
        "who refer: this share measures what is invested in winning customers, not whether "
        "the business is sound or lawful, and the investment the rules allow is time and "
        "usefulness, not payment: the owner's hours, or a liaison's on a salary that does "
        "not vary with the referrals, spent with those who refer, events that teach them, "
        "and a second channel you run yourself "
        f"(what the rules allow{where}: {allowed[:1].lower()}{allowed[1:]})"
    )


def _won_otherwise_advice(f: BelowMinimum, money: Callable[[Decimal], str]) -> str:
    """BA101's advice where most new customers come at the rates contracts set and the range
    is no floor: no budget to reach it, but what the customers won otherwise cost (the CAC
    without those channels and their fees) against what a customer is worth, and whether that
    pays back by the 3× rule of thumb BA201 holds (AN3 of the fifty-first round's second
    re-review, 2026-12-07: tow-healthy was told the range is "no floor for yours", then to
    "budget $56,000 a period" to reach it; a kickback-paying probe read two gaps, $30,000 and
    $20,000, in one finding)."""
    head = (
        "the range does not measure a business whose work comes at contract rates, so no "
        "budget is set to reach it"
    )
    other = f.otherwise
    if other is None or other.cac is None:
        advice = (
            f"{head}; no customer was won otherwise, so what matters is the contracts' terms "
            "and a second source of your own"
        )
    elif not other.cac:
        advice = (
            f"{head}: judge instead what the other customers cost: the "
            f"{plural(other.others, 'customer')} won otherwise cost no budget (nothing is spent "
            "beside those channels); does what brings them (search, referrals, a listing) have "
            "room to bring more?"
        )
    else:
        spent = money(other.cac * other.others)
        cost = (
            f"{head}: judge instead what the other customers cost: the "
            f"{plural(other.others, 'customer')} won otherwise cost {money(other.cac)} each "
            f"({spent} ÷ {format_count(other.others)}, the CAC without those channels)"
        )
        ltv = f.ratio.ltv
        if ltv is None or ltv <= 0:
            advice = (
                f"{cost}; does that pay back? With no lifetime value given (average revenue, "
                "margin, retention), it is not known"
            )
        else:
            times = ltv / other.cac
            verdict = (
                f"over the {LTV_TO_CAC_MINIMUM}× rule of thumb: it pays back"
                # never "grow it" where part of that spend is what a rule warns about
                + ("" if f.restricted is not None else "; grow it while it stays there")
                if times >= LTV_TO_CAC_MINIMUM
                else f"under the {LTV_TO_CAC_MINIMUM}× rule of thumb (BA201): win them for "
                "less or make them worth more before spending more on them"
            )
            advice = (
                f"{cost}, against {money(cents(ltv))} a customer is worth (the lifetime "
                f"value): {format_ratio(times)}×, {verdict}"
            )
    if f.restricted is not None:  # the lawful spend first (L10 of the 42nd round)
        spent_on, rules = f.restricted
        advice += (
            f"; but {money(spent_on)} of that spend pays for what "
            f"{_about(rules, spent_on, f.asked, money)}: replace it with spend the rules allow "
            "before growing anything"
        )
    return advice


def _about(
    rules: tuple[str, ...], spent: Decimal, asked: Decimal, money: Callable[[Decimal], str]
) -> str:
    """ "BA114 warns about", "BA114 asks about" or "BA114 warns or asks about ($9,600 of it on
    lines it asks about)": what BA101 says the rules do of the spend it leaves out, following
    the severity BA114 gives each line (``asked``: the spend on lines BA114 only asks about,
    core.referrers.asked_lines; part j of the fifty-fourth round, 2026-12-07)."""
    named = and_list(list(rules))
    one = len(rules) == 1
    if asked <= 0:
        return f"{named} {'warns' if one else 'warn'} about"
    if asked >= spent:
        return f"{named} {'asks' if one else 'ask'} about"
    return (
        f"{named} {'warns' if one else 'warn'} or {'asks' if one else 'ask'} about "
        f"({money(asked)} of it on lines BA114 asks about)"
    )


def _few(customers: int, value: Decimal, unit: str, *, per_customer: bool) -> str:
    """ "; on 3 customers it is not yet known: a count of 3 could as well be 0.6 or 8.8, which
    would put it anywhere from 0.6× to 8.2×", for a figure judged on fewer customers than
    `plan` acts on (a CFO's review, 2026-12-02: an agency's 2.8× rested on 3 clients). A
    ratio grows with the count (the CAC is divided by it); a payback shrinks."""
    if not 0 < customers < DEFAULT_MIN_CUSTOMERS:
        return ""
    if customers == 1:  # the range's approximation does not hold at 1, and says nothing
        return "; on 1 customer it is not known at all"
    low, high = count_range(customers)
    ends = [Decimal(str(low)) / customers, Decimal(str(high)) / customers]
    if not per_customer:  # payback: the CAC falls as the count rises
        ends = [1 / end for end in reversed(ends) if end > 0]
    if len(ends) < 2:
        return ""
    least, most = (format_number(value * end) for end in ends)
    return (
        f"; on {plural(customers, 'customer')} it is not yet known: a count of "
        f"{format_count(customers)} "
        f"could as well be {low:,.1f} or {high:,.1f}, which would put it anywhere from "
        f"{least}{unit} to {most}{unit}"
    )


def _range_caveat(caveat: RangeCaveat | None) -> str:
    """ "; a rule of thumb from US sources, of low confidence outside the US": how firm the
    range BA101 holds the share to is, said inside its parenthesis on every branch (a CFO
    signs a hard limit only knowing how weak it is; the closing note of the fifty-eighth round,
    2026-12-07, for a range published for another country's businesses; BG1 and BG5 of the
    sixty-first round's re-review for the branches over the minimum only with a part)."""
    if caveat is None:
        return ""
    what_kind = "a survey's figure" if caveat.kind == "survey" else "a rule of thumb"
    if caveat.confidence.startswith("low"):
        origin = f" from {caveat.abroad} sources," if caveat.abroad else ""
        here = f" outside the {caveat.abroad}" if caveat.abroad else ""
        return f"; {what_kind}{origin} of {caveat.confidence} confidence{here}"
    if caveat.abroad:  # (still medium or better, read abroad)
        return f"; {what_kind} from {caveat.abroad} sources"
    return ""


def _met_only_with(
    measured: Decimal,
    part: Decimal,
    revenue: Decimal,
    minimum: Decimal,
    source: str,
    currency: str,
    with_sales: bool = False,
    caveat: RangeCaveat | None = None,
) -> str:
    """ "marketing is 3.6% of revenue, over the 3% minimum (your industry's low end) only with
    $20,000": the opening of BA101's warnings where a part of the share meets the minimum
    ("marketing and sales" where the range counts both: E2 of the forty-ninth round's second
    re-review, 2026-12-06)."""
    said = f" ({_SOURCE[source]}{_range_caveat(caveat)})" if source in _SOURCE else ""
    what = "marketing and sales" if with_sales else "marketing"
    return (
        f"{what} is {format_percent_beside(measured / revenue, minimum)} of revenue, over the "
        f"{format_limit(minimum)} minimum{said} only with {format_money(part, currency)}"
    )


def _up_to(f: OnlyByAgreement | OnlyTogether) -> str:
    """ "the 3% minimum", or, where the range's top leaves less beside a fund (M1 and M2 of the
    twenty-seventh round), "1.8%, what the 6% top of the industry's range leaves beside the
    fund": what BA101 asks the business's own marketing to reach."""
    if f.reach is None or f.top is None:
        return f"the {format_limit(f.minimum)} minimum"
    return (
        f"{format_percent_beside(f.reach / f.revenue, f.minimum)}, what the "
        f"{format_limit(f.top)} top of the industry's range leaves beside the fund"
    )


def _held(f: OnlyByAgreement | OnlyTogether) -> tuple[Decimal, Decimal]:
    """What the business's own marketing is held to, as a share (beside which its own is
    shown) and in money (what the advice asks it to reach): the minimum, or the reach core
    gives beside a fund."""
    if f.reach is None:
        # of net revenue without the revenue given up, as the marketing is (BG6)
        base = f.base_in_money if isinstance(f, OnlyTogether) else f.revenue
        return f.minimum, at_least(f.minimum * base, "0.01")
    return f.reach / f.revenue, f.reach


def _ba101_by_agreement(f: OnlyByAgreement, currency: str) -> Words:
    own = f.measured - f.contractual
    held, reach = _held(f)
    return (
        _met_only_with(
            f.measured, f.contractual, f.revenue, f.minimum, f.source, currency, f.with_sales
        )
        + f" that an agreement sets ({_names(f.lines)}); what the business decides itself is "
        f"{format_percent_beside(own / f.revenue, held)} ({format_money(own, currency)})",
        "the fund buys the brand's marketing, which you do not steer: "
        + (
            "move money from costs that bring no customers into local marketing of your own, "
            + (
                # BA111 speaks of a loss, not BA115 (F23 of the thirty-fifth review round)
                "as the business runs at an operating loss (BA111)"
                if f.loss
                else f"as the margin is under {format_percent(THIN_MARGIN)} (BA115)"
            )
            if f.thin
            else f"budget local marketing of your own up to {_up_to(f)}: "
            f"{format_money(reach - own, currency)} more"
        )
        + ", and check the agreement, which often sets a local marketing minimum of its own "
        "(its Item 11 disclosure)",
    )


def _ba101_together(f: OnlyTogether, currency: str) -> Words:
    """AG2 of the twenty-first round: each part alone left the share over the minimum."""
    restricted = dict(f.parts).get("restricted", Decimal(0))
    about = _about(f.rules, restricted, f.asked, lambda amount: format_money(amount, currency))
    what = {
        "agreed": f"that an agreement sets ({_names(f.agreed_lines)})",
        "restricted": f"that {about}",
        "given up": "that BA116 reads as revenue given up",
    }
    together = sum((amount for _, amount in f.parts), Decimal(0))
    own = f.measured - together
    listed = and_list(
        [f"{format_money(amount, currency)} {what[kind]}" for kind, amount in f.parts]
    )
    held, reach = _held(f)
    short = reach - own
    one = len(f.rules) == 1
    warned = f"stop the spend {and_list(list(f.rules))} {'warns' if one else 'warn'} about"
    asked = f"have what {and_list(list(f.rules))} {'asks' if one else 'ask'} about checked"
    # BA114's questions are answered, not stopped (the spend may be lawful)
    do = asked if f.asked >= restricted else warned if f.asked <= 0 else f"{warned} and {asked}"
    return (
        _met_only_with(
            f.measured, together, f.revenue, f.minimum, f.source, currency, f.with_sales, f.caveat
        )
        + f": {listed}; without them, what the business spends itself, in money, on marketing "
        f"it may run is {format_percent_beside(own / f.base_in_money, held)} "
        f"({format_money(own, currency)})",
        f"budget marketing of your own, spent in money, up to "
        f"{_up_to(f)}: {format_money(short, currency)} more"
        + (f"; {do}, as {'it says' if one else 'they say'}" if f.rules else "")
        + (
            "; the fund buys the brand's marketing, which you do not steer: check the "
            "agreement, which often sets a local marketing minimum of its own (its Item 11 "
            "disclosure)"
            if f.agreed_lines
            else ""
        ),
    )


def _with_selling(
    selling: str, names: str, share: Decimal, without: str = "", beside: Decimal | None = None
) -> str:
    """BA101's words for the selling that brought new customers, beside marketing (``without``
    what a rule warns about, where the share leaves it out: " without it"), the share told
    apart from the minimum ``beside`` where given (2.05%, not 2%, beside a 2% minimum)."""
    said = format_percent(share) if beside is None else format_percent_beside(share, beside)
    return (
        f"; with the {selling} of sales spend in channels that brought new customers ({names}), "
        f"marketing{without} and that selling come to {said}"
    )


def _compare_selling(selling: str, names: str, before: str) -> str:
    """BA101's advice where that selling makes up the minimum: compare it first."""
    return (
        f"{selling} of sales spend already wins customers ({names}): compare what a customer "
        f"costs through it (the channel table) with the other channels before {before}"
    )


def _ba101_with_restricted(f: OnlyWithRestricted, currency: str) -> Words:
    lawful = f.lawful
    rules = and_list(list(f.rules))
    one = len(f.rules) == 1
    # fees BA114 only asks about (a pet crematory's bare handling fees to vet clinics) are
    # named as asked, not forbidden: out of the share all the same (AT8 of the fifty-third
    # round's re-review, 2026-12-07)
    all_asked = f.asked == f.restricted
    # ...and so of every line BA114 only asks about, as it decides them (part j of the
    # fifty-fourth round, 2026-12-07: a home inspector's fee to agents read "warns about")
    questions = max(f.questions, f.asked)
    all_questions = questions >= f.restricted
    about = (
        "of handling fees to vet clinics that BA114 asks about"
        if all_asked and one
        else f"that {rules} {'warns' if one else 'warn'} or asks about "
        f"({format_money(f.asked, currency)} of it handling fees to vet clinics BA114 asks about)"
        if f.asked
        else "that "
        + _about(f.rules, f.restricted, questions, partial(format_money, currency=currency))
    )
    message = (
        _met_only_with(
            f.measured,
            f.restricted,
            f.revenue,
            f.minimum,
            f.source,
            currency,
            f.with_sales,
            f.caveat,
        )
        + f" {about}; without {'them' if all_asked and f.asked else 'it'}, "
        + ("marketing is " if f.asked else "")
        + f"{format_percent_beside(lawful / f.revenue, f.minimum)} "
        + ("of revenue " if f.asked else "")
        + f"({format_money(lawful, currency)})"
        + (f", under the {format_limit(f.minimum)} minimum" if f.asked else "")
        + (
            f"; the {format_money(f.reworded, currency)} of ads BA120 faults only for their "
            "words stays in it, lawful once the copy is corrected"
            if f.reworded
            else ""
        )
    )
    stop = (
        # lines BA114 only asks about: checked as it asks, not stopped on its word alone
        f"have what {rules} {'asks' if one else 'ask'} about checked, as "
        f"{'its finding says' if one else 'their findings say'}, before funding it again"
        if all_questions and not f.asked
        # ...and where only part of it is asked about, that part checked and the rest stopped
        # (the fifty-seventh round, part j2, 2026-12-07: a roofer was told to stop its gift
        # cards to listing agents "as BA114 and BA116 say", where BA114 only asks about them)
        else _stop_the_rest(f.rules, questions, currency)
        if questions > 0 and not f.asked
        else f"stop that spend, as {rules} {'says' if one else 'say'}"
    )
    if f.asked:
        # whichever BA114's question finds, the fees meet no minimum: paying for the pets
        # sent is what the clinics' rule forbids, and a fee for a service at its value is a
        # cost of each cremation, not marketing (Cal. Bus. & Prof. Code §650(a)-(b))
        asked = (
            "whatever BA114's question finds, the handling fees do not meet the minimum: a fee "
            "for the pets the clinics send is what their rule forbids (stop it), and a flat fee "
            "for storing and handling the body, at what that work is worth, is a cost of each "
            "cremation (state it as 'kind: cost-of-sales'), not marketing"
        )
        stop = (
            asked
            if all_asked
            else f"stop what {rules} {'warns' if one else 'warn'} about, as "
            f"{'it says' if one else 'they say'}; {asked}"
        )
    if f.met_with_selling:
        # the selling that brings customers makes up the rest, as BA101 says without the
        # flagged spend (M6 of the forty-second round's second re-review, 2026-12-06)
        named = and_list([repr(name) for name in f.selling_lines])
        selling = format_money(f.selling, currency)
        return (
            message + _with_selling(selling, named, (lawful + f.selling) / f.revenue),
            f"{stop}; " + _compare_selling(selling, named, "putting marketing in its place"),
        )
    return (
        message,
        f"{stop}{'; ' if f.asked else ', and '}put what the rules allow in its place up to the "
        f"{format_limit(f.minimum)} minimum",
    )


def _move(
    profit: Decimal,
    net_revenue: Decimal,
    moved: bool,
    idle: Sequence[tuple[str, Decimal]],
    gap: Decimal,
    money: Callable[[object], str],
    stand_in: Decimal = Decimal(0),
) -> str:
    """BA101's advice where the margin is already under BA115's line: move money, do not add
    it; ``moved`` says the profit is without the lines BA116 names, ``stand_in`` what of them
    it counts in place of the depreciation no line lists (CK3)."""
    already = (
        f"{_standing_in(stand_in, money)}, the operating margin is "
        f"{format_percent(profit / net_revenue)}, under {format_percent(THIN_MARGIN)} ("
        f"{_not_known_thin(profit, profit, stand_in, net_revenue)})"
        if stand_in
        else f"the business already runs at a loss ({money(-profit)})"
        if profit < 0
        else f"without the lines BA116 names the operating margin is only "
        f"{format_percent(profit / net_revenue)}, under {format_percent(THIN_MARGIN)}"
        if moved
        else f"the operating margin is already thin ({format_percent(profit / net_revenue)}"
        f", under {format_percent(THIN_MARGIN)}: BA115)"
    )
    listed = "; ".join(f"{money(spend)} on {name}" for name, spend in idle)
    return (
        f"{already}: rather than adding {money(gap)}, move money from costs that bring no "
        f"customers{f' (BA206: {listed})' if idle else ''} into a channel that does"
    )


def _ba101_with_not_spent(f: OnlyWithNotSpent, currency: str) -> Words:
    spent = f.measured - f.not_spent
    # of net revenue without the revenue given up, as the marketing is (BG6)
    needed = at_least(f.needed_in_money, "0.01")
    short = format_money(needed - spent, currency)
    advice = (
        f"take those lines out of the spending (BA116); what is spent in money is {short} short "
        f"of the {format_limit(f.minimum)} minimum"
    )
    if f.thin is not None:  # money is moved, not added, as BA101's "move" (F5)
        advice += ", but " + _move(
            f.thin,
            f.net_revenue,
            f.moved,
            f.idle,
            needed - spent,
            lambda amount: format_money(amount, currency),  # type: ignore[arg-type]
            f.stand_in,
        )
    elif f.met_with_selling:  # the money to win customers is spent, in the sales column,
        # as the finding under the minimum says (BG5 of the sixty-first round's re-review,
        # 2026-12-07: a bike shop's demo days were dropped here, and $5,400 asked flatly)
        advice += ", but " + _compare_selling(
            format_money(f.selling, currency), _names(f.selling_lines), "adding marketing"
        )
    else:  # what closes the gap (L8 of the twenty-sixth round's re-review: the advice said
        # only to take the lines out, which closes nothing)
        advice += f": spend {short} more on a channel that brings customers"
    if f.owner_pay is not None and f.thin is None:  # the owner's pay pays for it (BA118)
        now, after = (format_money(cents(each), currency) for each in f.owner_pay)
        advice += (
            f"; no line pays the owner, so it comes out of the owner's pay: the profit comes "
            f"to at most {now} an hour of the owner's week today, {after} after (BA118)"
        )
    message = (
        _met_only_with(
            f.measured,
            f.not_spent,
            f.revenue,
            f.minimum,
            f.source,
            currency,
            f.with_sales,
            f.caveat,
        )
        + " that BA116 reads as revenue given up, not spent; without it, in the marketing and "
        f"in revenue, {format_percent_beside(spent / f.base_in_money, f.minimum)} "
        f"({format_money(spent, currency)} of {format_money(f.base_in_money, currency)})"
    )
    if f.selling:  # cash only, as under the minimum
        message += _with_selling(
            format_money(f.selling, currency),
            _names(f.selling_lines),
            (spent + f.selling) / f.base_in_money,
            " in money",
            f.minimum,
        )
    return message, advice


def _share_of_worth(f: BelowMinimum) -> str:
    """What share of a customer's worth the advice lets winning one cost: a third (BA201's 3×),
    or two thirds where customers buy once and BA201 judges them by their one sale (1.5×)."""
    return "a third" if f.one_sale is None else "two thirds"


def _first_sale(f: BelowMinimum, money: Callable[[Decimal], str]) -> str:
    """ "; a new customer costs $3,013.33 to win, which the first sale's $7,150 margin covers
    2.4 times: customers who buy once pay for winning them on that sale (BA201), ..." where
    BA201 judges customers by their one sale (AX7 of the fifty-sixth round, 2026-12-07), else
    ""."""
    if f.one_sale is None or f.ratio.cac is None or not f.ratio.cac:
        return ""
    first, margin = f.one_sale
    return (
        f"; a new customer costs {money(cents(f.ratio.cac))} to win, which the first sale's "
        f"{money(cents(first))} margin covers {format_number(first / f.ratio.cac, 1)} times: "
        "customers who buy once pay for winning them on that sale, and the business keeps "
        f"{format_percent(margin)} of its revenue after all its costs (BA201), so the 3× rule of "
        "thumb, made for customers who keep paying, is no bar to the gap"
    )


def _dearer_than_a_third(f: BelowMinimum, currency: str, ratio: Ratio | None = None) -> str:
    """ "a new customer already costs $844.90 to win, more than the $396.51 a third of their
    worth allows (BA201)", or "" when they cost less (or either figure is unknown). The third
    is the staged test's target, or, given the judged ``ratio``, a third of its LTV. Never
    where BA201 judges customers by their one sale, which covers what winning one costs
    (AX7 of the fifty-sixth round, 2026-12-07: BA201 said an agent team's one sale paid for
    winning its clients, and BA101 cited it for "more than a third of their worth")."""
    if f.one_sale is not None:
        return ""
    cac, target = f.ratio.cac, f.target_cac
    if ratio is not None and ratio.ltv is not None:
        target = ratio.ltv / 3
    if cac is None or target is None or f.ratio.ltv is None or cac <= target:
        return ""
    return (
        f"a new customer already costs {format_money(cents(cac), currency)} to win, more than "
        f"the {format_money(at_least(target, '0.01'), currency)} a third of their worth allows "
        "(BA201)"
    )


def _cheapest_too_dear(f: BelowMinimum, currency: str) -> str:
    """ "the cheapest channel more money can buy, 'Outbound', already costs $16,328.57 a
    customer, more than the $10,169.28 a third of their worth allows", or "": a staged test
    there would stop as it began (the fifteenth round's re-review, 2026-12-03: a staffing
    firm was told to test $119,900 on such a channel). The channel is the cheapest `plan`
    would move money into, as the staged test's advice names it, not the channel table's
    cheapest, which may be one more money does not buy (AZ6 of the fifty-eighth round,
    2026-12-07: "the channel that brings customers most cheaply, Outbound, ... $56,066.67"
    stood beside a table whose Organic search cost $24,000); on fewer customers than `plan`
    judges by, the count is said."""
    if f.cheapest is None or f.target_cac is None or f.ratio.ltv is None:
        return ""
    name, cac = f.cheapest
    if cac <= f.target_cac:
        return ""
    few = f" (from {plural(f.few, 'customer')} only: a small sample)" if f.few else ""
    return (
        f"the cheapest channel more money can buy, {name}, already costs "
        f"{format_money(cents(cac), currency)} a customer{few}, more than the "
        f"{format_money(at_least(f.target_cac, '0.01'), currency)} {_share_of_worth(f)} of "
        "their worth allows"
    )


#: The staged test's bounds, as its advice names the one that set it
_BOUND = {
    "gap": "the quarter",
    "profit": "half the profit",
    "margin": "the margin",
}


def _cheapest(f: BelowMinimum, currency: str) -> str:
    """ " (Google Local Services Ads: $731.71 a customer)": where the money would go."""
    if f.cheapest is None:
        return ""
    name, cac = f.cheapest
    few = f", from {plural(f.few, 'customer')} only: a small sample" if f.few else ""
    return f" ({name}: {format_money(cents(cac), currency)} a customer{few})"


def _stop_the_rest(rules: tuple[str, ...], questions: Decimal, currency: str) -> str:
    """BA101's advice where part of the spend it leaves out is on lines BA114 only asks
    about: that part checked as BA114's finding says, the rest stopped as the rules that warn
    say (BA114 itself where it is the only rule)."""
    others = [rule for rule in rules if rule != "BA114"] or ["BA114"]
    one = len(others) == 1
    return (
        f"stop the rest of that spend, as {and_list(others)} {'says' if one else 'say'}, and "
        f"have the {format_money(questions, currency)} BA114 asks about checked, as its "
        "finding says, before funding it again"
    )


def _names(names: tuple[str, ...], most: int = 2) -> str:
    """ "'Canvasser commissions', 'SDR salary' and 1 other": a finding's lines by name."""
    shown = [f"'{name}'" for name in names[:most]]
    if len(names) > most:
        shown.append(plural(len(names) - most, "other"))
    return and_list(shown)


def _bound(f: OverMaximum) -> str:
    """What BA102's limit is: the "maximum", or the share "your trade's customers report"
    where it is the trade's own, no ceiling (BI8 of the sixty-second round's second
    re-review, 2026-12-08)."""
    return TRADE_REPORTS if f.reported else "maximum"


def _ba102(hit: Hit, currency: str) -> Words:
    f: OverMaximum = hit.figures
    message = (
        f"{format_percent_beside(f.share, f.maximum)} of new customers came from referrals "
        f"({format_count(f.referral)} of {format_count(f.sourced)}), over the "
        f"{format_limit(f.maximum)} {_bound(f)}"
    )
    whose = f.whose or "your profession's rules"
    if f.warned and hit.severity != "info":  # BA102 of the fifty-fourth round's part j
        return _ba102_warned(f, message, whose, currency)
    if f.cultivated and hit.severity == "info":
        own = f.referral - f.cultivated_customers
        came = f.cultivated_customers
        reached = _liaisons(f, came)
        rest = (
            f"; {format_count(came)} came through them{reached}, and the "
            f"{format_count(own)} that came on "
            + (
                f"their own are under the {format_limit(f.maximum)} {TRADE_REPORTS}"
                if f.reported
                else "their own are within the maximum"
            )
            if own
            else f"; {format_count(came)} came through them{reached}"
            if reached
            else ""
        )
        # A CFO's review (2026-12-03): a home care agency read as medical was told to keep
        # buying discharge planners lunch beside BA114 quoting the Anti-Kickback Statute
        # ...and where that rule allows no meal or gift at all, none (G19 of the thirty-ninth
        # round: a home-care agency was told "keep it modest" under a rule that allows none)
        within = (
            f" within {whose} (the rule this report quotes allows no meal or "
            "gift for those who refer: fund only education, such as an in-service or a "
            f"seminar, never tied to referrals, and have {f.ask or 'your regulator'} look at it "
            "once)"
            if f.gifts_none
            else f" within {whose} (a meal or gift for those who refer is a thing "
            "of value under the rule this report quotes: keep it modest, educational and never "
            f"tied to referrals, and have {f.ask or 'your regulator'} look at it once)"
            if f.gifts_restricted
            else ""
        )
        # a line that pays for referrals on the profession's condition (an adviser's promoter:
        # Q13 of the forty-fourth round) is funded only once the condition is shown
        keep = (
            f"before funding it further, {f.conditioned.rstrip('.')}; track which referrers send "
            "customers so you know what it brings"
            if f.conditioned
            else f"keep funding it{within}, and track which referrers send customers so you "
            "know what it brings"
        )
        # some came through a channel a line a rule of law warns about pays as well: told
        # apart, as the score leaves them out of the funded channels (core.score)
        also = (
            f"; {format_count(f.warned)} more came through a channel that lines "
            f"{and_list(list(f.warned_rules))} warns about pay as well, and are no channel of "
            "your own"
            if f.warned
            else ""
        )
        return (
            f"{message}, cultivated on purpose ({', '.join(f.cultivated)}): a channel, not "
            f"hope{rest}{also}",
            keep,
        )
    if f.cultivated:
        own = f.referral - f.cultivated_customers
        brought = (
            f"{format_count(f.cultivated_customers)} of them" if f.cultivated_customers else "none"
        )
        if f.tied and f.hoped is not None:  # F16 of the twenty-ninth round
            # the paid referrers' customers told apart from those who came on their own (R12
            # of the fortieth round's re-review)
            paid = min(f.tied_customers, own)
            # (none on their own said as none, not as "and 0 on their own": AY2 of the
            # fifty-seventh round's review, 2026-12-07)
            alone = (
                f", and {format_count(own - paid)} on their own"
                if own > paid
                else ", and none on their own"
            )
            message += (
                f"; the referral lines funded ({', '.join(f.cultivated)}) brought {brought}"
                f"{_liaisons(f, f.cultivated_customers)}, and "
                f"{format_count(own)} came otherwise ({format_percent(f.hoped)}, within the "
                f"maximum): {format_count(paid)} from {and_list([repr(n) for n in f.tied])}, "
                f"whom lines BA114 warns about pay, so their referrals are no channel to keep "
                f"funding{alone}"
            )
        else:
            message += (
                f"; the referral lines funded ({', '.join(f.cultivated)}) brought {brought}"
                f"{_liaisons(f, f.cultivated_customers)}, and {format_count(own)} came on their "
                "own"
            )
    message += share_caveat(f.referral, f.sourced)
    if f.full is not None and hit.severity == "info":  # at capacity (G3)
        return (
            f"{message}; the business is {format_percent(f.full)} full "
            "(business.capacity_used): more customers could not be served",
            "referrals fill the places that come free: keep asking for them, and "
            "keep a channel you control ready (a listing, the waitlist's own sign-ups) for when "
            "demand falls below capacity",
        )
    if f.allowed and quoted_from_us(currency, f.own):  # R12 of the thirty-fourth round's
        # re-review: the US rules were given to a firm outside the US as its own
        return (
            message,
            "build a channel you control and can repeat; professions' rules limit paying for "
            f"referrals (in the US, what they allow: {f.allowed} {_YOUR_OWN_RULES}) "
            + _INVESTED_RELATIONSHIPS,
        )
    if f.allowed:
        return (
            message,
            f"build a channel you control and can repeat; {whose} limit paying "
            f"for referrals, so use what they allow: {_allowed_unfunded(f, currency)} "
            + (
                _OWN_PEOPLE_JOINED.format(", ".join(f.own_people), f.meals_buy_none)
                if f.meals_buy_none is not None and f.own_people
                else _OWN_PEOPLE.format(f.meals_buy_none)
                if f.meals_buy_none is not None
                # a bail agent's "relationships" are the jailers and attorneys the bail laws
                # forbid it to treat (C1 of the forty-eighth review round, 2026-12-06)
                else ""
                if f.no_relationships
                else _INVESTED_RELATIONSHIPS
            ),
            # AG13 of the twenty-first round: a CPA firm advised to build relationships with
            # bankers and lawyers saw their clients count as hoped-for referrals all the same
        )
    return message, "fund a channel you control and can repeat, so growth does not wait on others"


def _allowed_unfunded(f: OverMaximum, currency: str) -> str:
    """What the profession's rules allow (``f.allowed``), its advice to build relationships
    with those who refer kept to the ones no line funds yet, and those a line funds named with
    what it brought (``OverMaximum.partners``): a vet funding shelter vouchers is not told to
    start building relationships with shelters (r59z, 2026-12-07)."""
    allowed = f.allowed or ""
    if not f.partners or (listed := relationship_partners(allowed)) is None:
        return allowed
    parts, words_listed, rest = listed
    funded = {partner.partner for partner in f.partners}
    left = [part for part in parts if part not in funded]
    notes = []
    for partner in f.partners:
        lines = and_list([repr(name) for name in partner.lines])
        came = (
            f"{format_count(partner.customers)} new customers"
            if partner.customers
            else "no new customer listed as theirs"
        )
        if partner.rules:
            rules = and_list(list(partner.rules))
            notes.append(
                f"the {partner.partner} are paid through {lines}, which {rules} "
                f"warn{'s' if len(partner.rules) == 1 else ''} about ({came})"
            )
        else:
            each = (
                f", {format_money(partner.cac, currency)} each"
                if partner.cac is not None and partner.customers
                else ""
            )
            notes.append(f"you fund the {partner.partner} already ({lines}: {came}{each})")
    said = "; ".join(notes)
    clause = f"build relationships with {and_list(left)}{rest}; {said}" if left else said
    return allowed.replace(f"build relationships with {words_listed}{rest}", clause, 1)


def allowed_for(allowed: str, names: Sequence[str]) -> str:
    """What the profession's rules allow (``allowed``), its list of those to build
    relationships with kept to the ones the lines ``names`` pay, the others counted: a vet's
    groomer gift cards read "build relationships with groomers and the two other kinds of
    referral partner the rules name", not the whole list of shelters, groomers and boarding
    kennels (the round 59 helpers' note on vet.yaml, 2026-12-07). Unchanged where the rules
    list no such partners, list one, or the lines name none of them."""
    listed = relationship_partners(allowed) if allowed and names else None
    if listed is None or len(listed[0]) < 2:
        return allowed
    parts, words_listed, rest = listed
    said = {word for name in names for word in name_words(name)}
    named = [part for part in parts if (heads := name_words(part)) and heads[-1] in said]
    if not named:
        return allowed
    others = len(parts) - len(named)
    count = _SMALL_COUNTS.get(others, str(others))
    kinds = f"{'kind' if others == 1 else 'kinds'} of referral partner"
    clause = and_list([*named, f"the {count} other {kinds} the rules name"] if others else named)
    return allowed.replace(
        f"build relationships with {words_listed}{rest}",
        f"build relationships with {clause}{rest}",
        1,
    )


#: Counts said in words where a list is named by count
_SMALL_COUNTS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def _liaisons(f: OverMaximum, brought: int) -> str:
    """ ", 320 from 'orthopedic surgeons' and 'primary care', which 'Physician liaison salary'
    reaches", for each cultivating line that pays a liaison, whose title does not say whom
    they call on (the fifty-seventh round, 2026-12-07); "all from" where the liaison reached
    every one of the ``brought`` just counted."""
    return "".join(
        f", {'all' if reach.customers == brought else format_count(reach.customers)} from "
        f"{and_list([repr(name) for name in reach.sources])}, which {reach.line!r} reaches"
        for reach in f.liaisons
        if reach.customers
    )


def _ba102_warned(f: OverMaximum, message: str, whose: str, currency: str) -> Words:
    """BA102 where referrals that the lines the business funds cultivate came through a channel
    a line a rule of law warns about pays as well (a pet crematory's fee per pet to the clinics
    its lunch-and-learns reach, a dental practice's fee per patient to the chiropractors it
    teaches, a funeral home's gift cards to the nursing homes' staff): they are no channel of
    the business's own, as the score's referral-independence part counts them, and the advice
    names what the law allows instead (BA102 of the fifty-fourth round's part j, 2026-12-07:
    "cultivated on purpose ...: a channel, not hope" beside the score's "not counted as a
    funded, independent channel")."""
    rules = and_list(list(f.warned_rules))
    one = len(f.warned_rules) == 1
    lines = ", ".join(f.cultivated) if f.cultivated else "the referral lines funded"
    held = (
        f"{message}; {format_count(f.warned)} of them came through the referral lines funded "
        f"({lines}){_liaisons(f, f.warned)}, but from referrers that lines {rules} "
        f"warn{'s' if one else ''} about pay as well: not counted as a channel of your own"
        # ...and those a warned line's own channel bought, named apart (AX2 of the fifty-sixth
        # round's review, 2026-12-07: the liaison's 650 were read as the orthopaedic group's)
        + "".join(
            f"; {format_count(paid.customers)} more came from "
            f"{and_list([repr(name) for name in paid.sources])} through "
            f"{and_list([repr(name) for name in paid.lines])}, which "
            + (
                # (lines BA114 only asks about, as its finding, the channel table and `plan`
                # say: BA6 of the fifty-eighth round's re-review, 2026-12-07)
                "BA114 asks about"
                if paid.asked
                else f"{and_list(list(paid.rules))} warn{'s' if len(paid.rules) == 1 else ''} about"
            )
            for paid in f.paid_through
        )
        # ...and the share held to the maximum, in the key figure's and the verdict's words
        + (
            ""
            if f.hoped is None
            else f"; the {format_percent(f.hoped)} that {NOT_OWN} is "
            f"{'within' if f.hoped <= f.maximum else 'over'} the {format_limit(f.maximum)} "
            f"{_bound(f)}"
        )
        + share_caveat(f.referral, f.sourced)
    )
    stop = f"stop the payments {rules} warn{'s' if one else ''} about"
    if asked := [name for paid in f.paid_through if paid.asked for name in paid.lines]:
        # ...and have the lines BA114 only asks about checked, not stopped on its word (BA6)
        stop += (
            f", have {and_list([repr(name) for name in asked])} checked, as BA114's finding asks"
        )
    if f.allowed and not quoted_from_us(currency, f.own):
        return (
            held,
            f"{stop}, and build the relationship only with what {whose} allow: "
            f"{_allowed_unfunded(f, currency).rstrip('.')}; once no payment the law may "
            "forbid reaches those referrers, the referrals the lines you fund bring count as a "
            "channel, not hope",
        )
    return (
        held,
        f"{stop}; once none reaches those referrers, the referrals the lines you fund bring "
        "count as a channel, not hope; and fund a channel you control and can repeat, so growth "
        "does not wait on others",
    )


#: How referrals from relationships the business invests in stop counting as hope (BA102)
_INVESTED_RELATIONSHIPS = (
    "Referrals from relationships you invest in (a lunch programme or seminars for those who "
    "refer, as a line of its own) count as a channel, not hope, once that line and the "
    "sources it brings share a 'channel:'."
)
#: ... and where the trade's rules say meals and gifts for those who refer buy none (physicians
#: under the Anti-Kickback Statute, RESPA's settlement-service providers): only the business's
#: own people count, never what is given to the referrers (F6 of the thirty-eighth review
#: round, 2026-12-05: a clinic that joined a lunch programme to its physicians' referrals, as
#: the words above advised, saw nothing change, as the rules mean; R15 and residue a of its
#: re-review: a dentist's study club still counts, an insurance agency's realtor lunches not)
_OWN_PEOPLE = (
    "Referrals your own people cultivate (a liaison, a business-development rep) count as a "
    "channel, not hope, once their line and the sources it brings share a 'channel:'; meals "
    "and gifts for {} who refer do not, whatever they bring."
)

#: ...and where a line of the business's own people already reaches the referral sources it
#: names (core.metrics.own_people_reach), not "once their line ... share a 'channel:'", which
#: it does (part n of the fifty-seventh round, 2026-12-07: a chiropractor's outreach rep,
#: joined to the attorneys' and primary care's referrals it brought)
_OWN_PEOPLE_JOINED = (
    "The referrals your own people cultivate ({}) count as a channel, not hope; meals and "
    "gifts for {} who refer do not, whatever they bring."
)


def _ba103(hit: Hit, currency: str) -> Words:
    f: NoChannel = hit.figures
    detail = f" ({', '.join(f.one_offs)} ran only once)" if f.one_offs else ""
    if f.asked is not None:  # BI2 of the sixty-second round's second re-review
        detail += f"; not counted: {held_back_words(f.asked)}"
    if f.full is not None:  # at capacity: no channel is needed yet (H2)
        return (
            f"no funded, recurring acquisition activity{detail}; the business is "
            f"{format_percent(f.full)} full (business.capacity_used): more customers could not "
            "be served",
            "none is needed while the business is full: keep a waiting list, and have one "
            "repeatable way of winning customers ready (a listing, a referral programme) for "
            "when places come free",
        )
    if f.held is not None:  # AT5 of the fifty-third round's re-review
        return _ba103_held(f.held, detail, f.referrers)
    if f.referrers:  # AO9 of the fifty-second review round: as BA101's advice says it
        whose = f.whose or "your profession's rules"  # the clinics' (part j of round 54)
        return (
            f"no funded, recurring acquisition activity{detail}",
            "fund one repeatable way of winning customers every period and track what it "
            f"brings: with referrers {whose} restrict paying, not payments to "
            "them, but a liaison's salary or the owner's hours with them on a calendar, or a "
            "second channel of your own (BA101)",
        )
    return (
        f"no funded, recurring acquisition activity{detail}",
        "fund one repeatable way of winning customers every period and track what it brings",
    )


def _ba103_held(held: HeldBack, detail: str, referrers: bool) -> Words:
    """BA103 where the only funded, recurring acquisition is on lines a rule of law warns
    about: the money is named, and what would count in its place (AT5 of the fifty-third
    round's re-review, 2026-12-07: "no funded, recurring acquisition activity" beside $96,000
    of ads BA120 warns about read as if the ads were not there)."""
    message = (
        "no funded, recurring acquisition activity you may keep running as it is: "
        f"{held_back_words(held)}{detail}"
    )
    instead = (
        "a liaison's salary or the owner's hours with referrers on a calendar, or a second "
        "channel of your own, not payments to those who refer (BA101)"
        if referrers
        else f"{'ads that claim only what you can show' if 'BA120' in held.rules else 'ads'}, "
        "a listing, content, or a referral programme your trade's rules allow"
    )
    if held.reworded:  # the copy cures it: reworded, the same spend is a channel
        one = len(held.names) == 1
        advice = (
            f"a channel you may keep running would be the same {'line' if one else 'lines'}, "
            f"reworded as {and_list(list(held.rules))} "
            f"{'says' if len(held.rules) == 1 else 'say'}: fund {'it' if one else 'them'} "
            "every period and track what it brings; until then it is no channel to grow"
        )
    else:
        advice = (
            f"stop {'it' if len(held.names) == 1 else 'them'} as {and_list(list(held.rules))} "
            f"{'says' if len(held.rules) == 1 else 'say'}; a channel you may keep running in "
            f"{'its' if len(held.names) == 1 else 'their'} place would be {instead}, funded "
            "every period and tracked for what it brings"
        )
    return message, advice


#: Why the business cannot pay for more now, as BA104's advice says it
_STRAINED: dict[str, str] = {
    "loss": "the business runs at a loss",
    "debt": "the loan payments take most of what the business earns, or more",
    "unpaid": "the business pays its owner less than the minimum wage",
}


def _ba104(hit: Hit, currency: str) -> Words:
    f: MaybeRetention = hit.figures
    add = "add a retention activity such as a newsletter, a loyalty scheme or client check-ins"
    if f.clients:
        add = (
            "add a retention activity such as client check-ins on a calendar, a retainer or "
            "maintenance offer to past clients, or a newsletter"
        )
    if f.caution is not None:
        add = (
            "add a retention activity such as a newsletter or client check-ins, not a loyalty "
            f"scheme that rewards them: {f.caution}"
        )
    if f.one_off is not None and f.one_off >= 1:  # none comes back (a wedding: F18)
        basis = (
            "as the trade's customers do, the report assumes; give a churn or retention rate if "
            "some come back"
            if f.assumed
            else "none comes back, by the profile's own figure"
        )
        add = (
            f"customers buy once ({basis}), so what is left "
            "to keep is what they bring: a review and a referral request when the work is done, "
            "and a way to stay in touch with those who recommend you"
        )
        if f.advice is not None:
            add = f"customers buy once ({basis}); what keeps them is {f.advice}"
    elif f.advice is not None:  # the trade's own way (a funeral home's aftercare: F16)
        came = (
            f"{format_count(f.returning)} of the customers listed came back, so keeping them pays: "
            if f.returning
            else ""
        )
        add = f"{came}{f.advice}"
    elif f.one_off is not None:  # most buy once: past customers bring the next by word of mouth
        add = (
            f"most customers buy once ({format_percent(f.one_off)} do not come back within a "
            "year), so keep in touch for what they bring: a review and a referral request when "
            "the work is done, and a follow-up when they may need you again (a warranty or "
            "inspection visit where your trade has one)"
        )
    if f.asked and f.caution is not None and not f.rewards and f.one_off is None and not f.names:
        # the programme exists, but a rule asks about it (BI9 of the sixty-second round's
        # re-review, 2026-12-07: "nothing is spent on keeping existing customers" beside an
        # Ontario store's C$38,000 of points BA120 asks about)
        one = len(f.asked) == 1
        listed = and_list(
            [
                f"{name!r} ({format_money(spend, currency)} of revenue given up)"
                for name, spend, _ in f.asked
            ]
        )
        rules = and_list(sorted({rule for _, _, rule in f.asked}))
        return (
            f"nothing is spent in money on keeping existing customers; the only "
            f"{'programme' if one else 'programmes'} that keep{'s' if one else ''} them, "
            f"{listed}, {'is one' if one else 'are ones'} {rules} "
            f"{'asks' if ' and ' not in rules else 'ask'} about",
            f"while {'it is' if one else 'they are'} checked, keep customers with a newsletter "
            f"or a text list, not a loyalty scheme that rewards them: {f.caution}",
        )
    if f.stays is not None and f.advice is not None and not f.names and not f.withheld:
        # the trade keeps its customers by the service itself, as their own retention shows:
        # no newsletter or loyalty scheme (BH12 of the sixty-second review round, 2026-12-07);
        # the trade's norm is the advice's to cite, not asserted here ("as the trade's
        # customers do" had no source: BJ4 of its second re-review, 2026-12-08)
        return (
            f"nothing is spent on keeping existing customers, and little needs to be: "
            f"{format_percent(f.stays)} of them stay a year (by the profile's churn or "
            "retention)",
            f.advice,
        )
    if f.rewards and f.caution is None and f.one_off is None and not f.names:
        # AG9 of the twenty-first round: the reward is there; what it cannot do is reach
        # those who stopped coming
        said = ", ".join(repr(name) for name in f.rewards)
        return (
            f"nothing is spent in money on keeping existing customers: {said} rewards those "
            "who come back, as revenue given up",
            "keep it, and add a way to reach customers between visits, which a reward cannot: "
            "a newsletter or a text list, or check-ins with those who stopped coming",
        )
    # listed as keeping customers, but warned about (N6 of the twenty-seventh round's re-review)
    withheld = (
        f"; {and_list([f'{name!r} ({rule})' for name, rule in f.withheld])} "
        f"{'is' if len(f.withheld) == 1 else 'are'} listed for it, but a rule warns about what "
        "it gives, so it earns no credit"
        if f.withheld
        else ""
    )
    if f.kept is not None:  # P7 of the twenty-seventh round: staff who call on them keep them
        kept = f.kept
        maybe = (
            f"; {', '.join(repr(name) for name in f.names)} may be marketing for it too (BA107)"
            if f.names
            else ""
        )
        return (
            f"no marketing is spent on keeping existing customers, but the "
            f"{and_list(kept.roles)} who sell to every customer keep them: "
            f"{format_money(kept.spend, currency)} of their pay is the share of the about "
            f"{format_count(kept.returning)} returning customers (of about "
            f"{format_count(kept.served)} served)"
            f"{maybe}{withheld}",
            "if their calls are how customers are kept, nothing needs doing; a newsletter or "
            "check-ins on a calendar would reach the customers they do not call on",
        )
    if f.strained is not None and f.one_off is None and f.advice is None:
        # what costs time, not money, while the business cannot pay for more (K17 of the
        # forty-second round, 2026-12-06: a studio behind on its loan was told to add a
        # loyalty scheme)
        add = (
            f"while {_STRAINED[f.strained]}, keep clients with what costs time, not money: "
            "a review of each account on a calendar (what it uses, what it will need, when "
            "its contract renews), and a call to those whose work has slowed"
            # a firm's clients on contracts are kept by their reviews and renewals, not won
            # back by a text (N22 of the forty-third round, 2026-12-06: an MSP on 36-month
            # contracts was told to text those who stopped coming)
            if f.clients
            else f"while {_STRAINED[f.strained]}, keep customers with what costs time, not "
            "money: check-ins on a calendar, a thank-you when the work is done, a call or a "
            "text to those who stopped coming; not a loyalty scheme that gives revenue away"
        )
    full = (
        f"; at {format_percent(f.full)} of capacity, demand the business turns away can "
        "replace who leaves, so this is less pressing"
        if f.full is not None
        else ""
    )
    if not f.names:
        return (
            f"nothing is {'counted as ' if withheld else ''}spent on keeping existing "
            f"customers{withheld}{full}",
            add,
        )
    names = ", ".join(repr(name) for name in f.names)
    return (
        f"nothing is counted as spent on keeping existing customers, though {names} may be "
        f"(BA107){withheld}{full}",
        "if it is, say so with 'kind: marketing' and 'purpose: retain' on the line; "
        f"otherwise {add}",
    )


def _ba105(hit: Hit, currency: str) -> Words:
    f: TooLittleTime = hit.figures
    who = "the owner spends" if f.owners == 1 else f"the {f.owners} owners spend"
    message = (
        f"{who} {format_percent_beside(f.share, f.minimum)} of their week "
        f"on marketing ({format_hours(f.marketing)} of {format_hours(f.total)} hours), "
        f"under the {format_limit(f.minimum)} minimum"
    )
    if f.full is not None:
        return f"{message}; the business is {format_percent(f.full)} full", _FULL_ADVICE
    if f.selling:  # the owner sells the customers in: winning them has the owner's time
        winning = (f.marketing + f.selling) / f.total
        return (
            # "1 hour of selling", not "1 hours" (AZQ9 of the fifty-eighth round)
            f"{message}; with {format_hours(f.selling)} {'hour' if f.selling == 1 else 'hours'}"
            " of selling, winning customers "
            f"takes {format_percent(winning)} of it",
            "selling closes the leads marketing brings, so keep time for what fills the "
            f"pipeline: {_time_advice(f, currency)}",
        )
    return message, _time_advice(f, currency)


#: What an hour of a marketing specialist costs, as the owner's alternative: the US median
#: wage of market research analysts and marketing specialists, $74,680 a year or $35.90 an hour
#: (U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, May 2023 figures). Handing
#: the work over is offered only where the owner's hour is worth more (AB11 of the eighteenth
#: round: an owner valued at $26.22 an hour was told to hand marketing to "an agency").
SPECIALIST_HOUR = Decimal("35.90")
#: Fewer hours a week than this are no part-time job to hire for: a freelancer billing by the
#: hour takes them (the project's rule; F22 of the twenty-ninth round: a funeral home was told
#: to hire a coordinator for 1.7 hours a week)
SMALL_HAND_OVER = Decimal(4)
#: A week this long leaves no room to add hours: the advice offers handing them over (AB21 of
#: the eighteenth round: a restaurant owner at 71 hours was told only to block 7.1 more)
LONG_WEEK = Decimal(60)


def _helper(hours: Decimal) -> str:
    """Who takes the marketing hours an owner hands over: a few a week are no part-time job."""
    if hours < SMALL_HAND_OVER:
        return "a freelancer billing by the hour"
    return "a part-time marketing coordinator"


def _time_advice(f: TooLittleTime, currency: str) -> str:
    needed = at_least(f.minimum * f.total, "0.1")
    advice = f"block at least {format_hours(needed)} hours a week for marketing"
    if f.owners > 1:  # the partners' hours together and each one's (AF10, twentieth round)
        share_each = at_least(f.minimum * f.total / f.owners, "0.1")
        advice += f" between the {f.owners} owners (about {format_hours(share_each)} each)"
    more = needed - f.marketing
    each = f.total / f.owners  # a long week is each owner's, not the partners' together
    long_week = each >= LONG_WEEK and more >= 1
    already = f", or, at {format_hours(each)} hours a week {'each ' * (f.owners > 1)}already, "
    hand_over = (
        f"{already}give them to a manager or a part-time marketing coordinator"
        if not f.staffed
        else f"{already}give more of them to the marketing help the budget already pays for"
    )
    if f.strained is not None and more > 0:
        # no hire while the business cannot pay for one: the hours come out of the week's
        # others (I16 of the forty-first round: "give them to a manager" beside BA126)
        why = {
            "loss": "a loss",
            "debt": "loan payments that take most of what it earns, or more (BA126)",
            "unpaid": "less than the minimum wage made an hour of the owner's week (BA116)",
        }[f.strained]
        source = (
            f"the {format_hours(f.admin)} hours of admin (the books, scheduling, errands) or "
            "delivery others can take"
            if f.admin >= 1
            else "delivery others can take"
        )
        return (
            f"{advice}: with {why}, the business cannot pay for help yet, so take them from "
            f"{source}, rather than "
            + ("add them to an already long week or hire" if long_week else "hire")
        )
    if f.rate is None or not f.rate or more <= 0:
        return advice + hand_over * long_week
    # An owner whose hour is dear (a dentist at $400) pays for those hours in lost work.
    cost = format_money((more * f.rate * 52).quantize(Decimal(1)), currency)  # "about"
    whose = owners_of(f.owners, counted=False)
    priced = (
        f"{advice} ({format_hours(more)} more: about {cost} a year of {whose} time at "
        f"{format_money(f.rate, currency)} an hour)"
    )
    if more < 1:  # 24 minutes a week is not a hire (a CFO's review of a one-person firm)
        return priced
    if f.dear is not None and f.rate > SPECIALIST_HOUR:
        # BA201: the owners' hours already make a customer too dear (AF6, twentieth round)
        helper = (
            "the marketing help the budget already pays for"
            if f.staffed
            else f"{_helper(more)} (about "
            f"{format_money(SPECIALIST_HOUR, 'USD')} an hour, the US median for marketing "
            "specialists: BLS, 2023)"
        )
        associate = "; first consultations can go to an associate too" if f.associates else ""
        return (
            f"hand the {format_hours(more)} more hours a week to {helper} rather than adding "
            f"them to {whose} week: at {format_money(f.rate, currency)} an hour ({cost} a "
            f"year), {whose} time already makes a customer worth only {format_ratio(f.dear)}× "
            f"what it costs to win (BA201){associate}"
        )
    if f.rate <= SPECIALIST_HOUR or f.staffed:
        return priced + hand_over * long_week
    return (
        f"{priced}, or hand that work to {_helper(more)}, whose hour costs "
        f"less (about {format_money(SPECIALIST_HOUR, 'USD')} an hour, the US median for "
        "marketing specialists: BLS, 2023)"
    )


def _ba106(hit: Hit, currency: str) -> Words:
    said = f"could not tell what {hit.subject!r} is for; counted as operations"
    # How often each kind is right for such a line: measured on the build corpus (BA106).
    likely = "'kind: operations' if it runs the business (6 in 10 names it cannot read do)"
    others = (
        "'kind: cost-of-sales' if it is part of what you sell (2 in 10); if it wins or keeps "
        "customers, 'kind: marketing' with its purpose"
    )
    if hit.figures is None:
        return said, f"state its kind: {likely}, {others}"
    term, category, purpose = hit.figures
    if category == "operations":
        return said, (
            f"it reads like the known term {term!r}, which is operations: state "
            f"'kind: operations' to confirm it; else {others}"
        )
    stated = f"'kind: {category}'" + (f" with 'purpose: {purpose}'" if purpose else "")
    return said, f"it reads like the known term {term!r}: if so, state {stated}; else {likely}"


def _ba107(hit: Hit, currency: str) -> Words:
    f: Ambiguity = hit.figures
    one_word = hit.subject is not None and len(hit.subject.split()) == 1  # "Zoom": no halves
    if f.spelling:  # one reading, through a word spelled like a known one: not two readings
        return (
            f"{hit.subject!r} has no known term; it was {f.reason}",
            "if that reading is wrong, state its kind and purpose",
        )
    weight = (
        f"; it is {format_percent(f.weight)} of what is counted as {f.category}, so the report's "
        "figures rest on this reading"
        if f.weight is not None
        else ""
    )
    if f.in_margin and f.weight is not None:  # the CAC counts it in the margin (BI10)
        weight = (
            f"; it is {format_percent(f.weight)} of what is counted as {f.category}, but it is "
            "pay on each sale, which the stated margin carries: the CAC leaves it out, counting "
            "it once, in what a customer is worth, so read either way the CAC, the lifetime "
            "value and the score stay as they are; only 'Sales ÷ all spend' counts it"
        )
        return (
            f"{hit.subject!r} is ambiguous: {f.reason}{weight}",
            "state its kind, 'kind: cost-of-sales' if it is paid on each sale, as the CAC "
            "already reads it",
        )
    if f.given_up is not None:  # revenue given up, or a cost (BJ3 of round 62's 2nd re-review)
        return _ba107_given_up(hit.subject or "", f, f.given_up, currency)
    if f.decides and f.category == "sales":  # the check fails only on this reading (R1)
        weight += (
            "; read as marketing it would bring marketing to the minimum BA101 holds it to, so "
            "the check fails only on this reading"
        )
    elif f.decides:  # the check passes only on this reading (H8)
        weight += (
            "; without it marketing would be under the minimum BA101 holds it to, so the check "
            "passes only on this reading"
        )
    return (
        f"{hit.subject!r} is ambiguous: {f.reason}{weight}",
        "state its kind and purpose" + ("" if one_word else ", or split it into two activities"),
    )


#: BA101's share on a reading of a line of revenue given up, as BA107 says it
_BA101_ON_IT = {
    "passes": "BA101 passes",
    "commissions": "BA101 passes on the {fees} of commissions marketplaces kept",
    "under": "BA101 finds the marketing under its minimum",
}


def _ba107_given_up(name: str, f: Ambiguity, g: GivenUpReadings, currency: str) -> Words:
    """BA107 on a line BA116 reads as revenue given up that may be a cost instead (a med spa's
    free treatments for influencers' posts): no money spent on marketing on either reading,
    and what BA101 says of the share on each, as it works it out (BJ3 of the sixty-second
    round's second re-review, 2026-12-08: "the check passes only on this reading" was untrue
    where Groupon's commissions met the minimum on the other)."""
    money = partial(format_money, currency=currency)
    fees = money(g.commissions)
    given = _BA101_ON_IT[g.as_given_up].format(fees=fees)
    other = _BA101_ON_IT[g.as_other].format(fees=fees)
    if g.as_given_up == g.as_other:
        judged = f"; read either way, {given}"
    else:
        judged = f"; read as revenue given up, {given}; read as {g.other} at cost, {other}"
    return (
        f"{name!r} is ambiguous: {f.reason}; it is no money spent on marketing either way: at "
        f"its retail value it is revenue given up (BA116), out of the marketing and out of net "
        f"revenue, and at what it cost, {g.other} (its product and time), out of the marketing "
        f"too{judged}",
        f"say which the {money(g.spend)} is: the retail value given (kind: contra-revenue, as "
        f"it is read here), or what it cost where that is not already in the lines of goods "
        f"and wages (kind: {g.other})",
    )


def _ba108_preneed(f: Mismatch) -> str:
    """The two bases of a funeral home that sells pre-need plans (BG2 of round 61b,
    2026-12-07: "computed from those 190" beside a CAC ÷ 150), in the words the verdict gives
    them too (explain.predictability.preneed_bases)."""
    return preneed_bases(f.listed, f.preneed, f.referral, f.most)


def _ba108(hit: Hit, currency: str) -> Words:
    f: Mismatch = hit.figures
    if f.listed > f.new:
        return (
            f"the sources list {f.listed} customers but only {f.new} new customers were won",
            "correct the counts so the sources add up to customers.new",
        )
    names = ", ".join(repr(name) for name in f.repeat_sources)
    if f.repeat and f.listed + f.repeat > f.new:
        # More returning customers than customers.new leaves room for: they are outside it,
        # and what a customer costs counts all of customers.new (economics.compute); an auto
        # shop's 1,860 returning customers had been called "the other" of 8 (a CFO's review).
        return (
            f"the sources account for {f.listed} of {f.new} new customers; "
            f"{format_count(f.repeat)} more {_are(f.repeat)} listed under {names}, read as repeat "
            "customers, who are not new and are not counted; the referral share is computed "
            f"from the {f.listed} with a source, and what a customer costs from all {f.new}"
            + (
                f" but the {format_count(f.preneed)} pre-need contracts, priced apart"
                if f.preneed
                else ""
            ),
            f"add the sources of the other {f.new - f.listed}, or list them as 'unknown'; if "
            "some customers read as repeat are new customers a former client sent, write the "
            "source as 'NAME: {customers: N, kind: referral}'",
        )
    if f.repeat and f.listed + f.repeat == f.new:
        return (
            f"the sources account for {f.listed} of {f.new} new customers; the other "
            f"{f.repeat} {_are(f.repeat)} listed under {names}, read as repeat customers, who "
            "are not new; "
            + (
                _ba108_preneed(f)
                if f.preneed
                else "what a customer costs and the referral share are computed from those "
                f"{f.listed}"
            ),
            "if they are new customers a former client sent, write the source as "
            "'NAME: {customers: N, kind: referral}'; if they are returning customers, "
            "leave them out of customers.new",
        )
    return (
        f"the sources account for {f.listed} of {f.new} new customers; "
        f"referral share is computed from those {f.listed}",
        "add the missing customers' sources, or list them as 'unknown'",
    )


_MISSING_DATA: dict[str | None, Words] = {
    "customers": (
        "no customer sources, so referral dependence cannot be measured",
        "add 'customers: {new: N, sources: {referrals: N, ...}}'",
    ),
    "owner_hours": (
        "no owner hours, so the owner's time on marketing cannot be measured",
        "add 'owner_hours: {delivery: N, marketing: N, sales: N, admin: N}'",
    ),
    "gross_margin": (
        "no gross margin, so a customer's lifetime value and payback cannot be computed "
        "(revenue is not profit)",
        "add 'gross_margin: 60%' (revenue less the direct cost of serving a customer) under "
        "customers",
    ),
    "industry": (
        "no industry declared, so the 10% default minimum applies to marketing",
        "declare business.industry to be held to your industry's own range: one of "
        + ", ".join(VERTICALS)
        # AG7 of the twenty-first round: a wedding venue none of them fits failed the default
        # at 9.8%, and was never told a sector could be declared instead
        + "; where none fits, your sector (one of "
        + ", ".join(SECTORS)
        + "), held to its figure in The CMO Survey (2025)",
    ),
}


def _ba109(hit: Hit, currency: str) -> Words:
    if isinstance(hit.figures, NoIncomeTax):
        return (
            "no tax on income is listed, so the operating profit is before it: " + hit.figures.why,
            "add the federal and state income tax paid or set aside for the period as a line "
            "('Federal income tax (280E)'), so the verdict counts what is left after it; if no "
            "such tax falls on the business, nothing needs doing",
        )
    if hit.subject != "industry":
        return _MISSING_DATA[hit.subject]
    if isinstance(hit.figures, NamedByLines):  # D5 of the forty-ninth round's re-review
        by: NamedByLines = hit.figures
        trade, held = by.trade, by.held

        def what(scope: str) -> str:
            return (
                "marketing and sales together"
                if scope == "marketing and sales"
                else ("marketing alone")
            )

        return (
            f"the business's lines read as a {trade.label.lower()}'s "
            f"({and_list([repr(line) for line in by.lines[:3]])}), which is held to its own "
            f"range, {percent_range(trade.marketing.low, trade.marketing.high)} of "
            f"{what(trade.scope)}, where the business's name says so; this one's does not, so "
            f"it is held to the {by.declared} range, "
            f"{percent_range(held.marketing.low, held.marketing.high)} of {what(held.scope)}",
            f"if it is a {trade.label.lower()}, declare 'business: {{trade: {by.trade_id}}}' to be "
            "held to that range; if not, nothing needs doing",
        )
    if isinstance(hit.figures, NamedOtherwise):
        other: NamedOtherwise = hit.figures
        says = (
            f"its lines name an investment adviser's registrations or tools "
            f"({and_list([repr(line) for line in other.lines[:3]])})"
            if other.lines
            else f"the business's name says {other.word!r}"
        )
        if (read := other.read_as) is not None:  # part b of the fifty-fifth round
            trade_said = read.label.split(" / ")[0].lower()
            floor = f", {format_limit(read.marketing.low)} a minimum" if read.low_is_floor else ""
            range_held = (
                ""
                if other.held is None
                else f", {percent_range(other.held.marketing.low, other.held.marketing.high)}"
            )
            return (
                f"the industry declared is {other.declared}, but {says}: its lines, sources and "
                f"rules on paying for referrals are read as a {trade_said}'s (in the {other.named} "
                f"vertical), while its marketing is held to the {other.declared} range"
                f"{range_held}",
                f"if that is its trade, declare 'industry: {other.named}' to be held to a "
                f"{trade_said}'s range too "
                f"({percent_range(read.marketing.low, read.marketing.high)}{floor}); if it "
                f"is a {other.declared} business after all, nothing needs doing",
            )
        return (
            f"the industry declared is {other.declared}, but {says}, which the {other.named} "
            "vertical covers, with its own range and rules",
            f"if that is its trade, declare 'industry: {other.named}' to be held to that "
            "range and those rules; if the declared industry is right, nothing needs doing",
        )
    f: SectorOnly = hit.figures
    message, advice = _MISSING_DATA["industry"]
    if f.sector is not None:  # a sector, not a vertical
        minimum = f.minimum
        if minimum.source == "sector":
            # an average, under which BA101 warns (I11 of the forty-first round)
            applies = (
                f"marketing is compared with its published figure, "
                f"{format_percent(minimum.value)} of revenue (The CMO Survey, 2025, an average "
                "of mostly large companies, so at most a warning under it, never a failed check)"
            )
        elif minimum.source == "default":
            applies = "the 10% default minimum applies to marketing"
        else:
            applies = "no industry's range applies"
        message = f"only a sector ({f.sector}) is declared, so {applies}"
        advice = (
            "declare your industry instead to be held to its own range: one of "
            + ", ".join(VERTICALS)
            + "; where none fits, a minimum of your own in 'policy: {min_marketing_share: N%}' "
            "is a floor the check fails under"
        )
    if f.named is not None:  # the business's name says its trade: say which vertical
        advice = (
            f"your business's name says {f.word!r}, which the {f.named} vertical covers: "
            f"declare 'industry: {f.named}' (or the "
            "vertical that fits better) to be held to its own range"
        )
    return message, advice


def _dearest(dearest: tuple[str, Decimal, int], currency: str) -> str:
    """The channel whose customers cost the most: its name, their cost and how many."""
    name, cac, customers = dearest
    return f"{name}, {format_money(cents(cac), currency)} a customer on {format_count(customers)}"


def _ba110_stop_first(f: AboveRange | WithinOnceStopped, what: str, of: str, currency: str) -> str:
    """What stopping the lines a rule of law warns about takes out of the share, named first:
    "stopping the $93,000 the runner payments take, which BA114 says to stop, brings marketing
    to 14.6% of revenue" (part j4 of the fifty-seventh round, 2026-12-07: a personal-injury
    firm was told to cut its billboards first, beside BA114's "stop" on its runner payments);
    "" without such lines. Where they are not all runner payments, the words defer to the
    findings that name them, which may ask for a check before the lines are funded again (a
    lawyer's or a health-care lawyer's) rather than say to stop."""
    stopped: Stopped | None = f.stopped
    if stopped is None:
        return ""
    money = format_money(cents(stopped.spend), currency)
    after = format_percent_beside(stopped.after, f.vertical.marketing.high)
    if stopped.runners:
        return (
            f"stopping the {money} the runner payments take, which BA114 says to stop, brings "
            f"{what} to {after} of {of}"
        )
    on = "the line" if stopped.lines == 1 else f"the {stopped.lines} lines"
    rules = and_list(list(stopped.rules))
    # named, and told apart from the lines BA114 only asks about, which stay in the share
    # until answered (BA6 of the fifty-eighth round's re-review, 2026-12-07: "the 2 lines
    # BA114 warns about" beside four BA114 warnings)
    named = f" ({and_list([repr(name) for name in stopped.names])})" if stopped.names else ""
    # ...said plainly as in the share, with the share without them beside it (x's leftover
    # of the fifty-eighth round, 2026-12-07: "stay in it until answered" read as if the
    # figure before it were the share without them)
    one = len(stopped.asked) == 1
    kept = (
        f" (that {after} counts the "
        f"{format_money(cents(stopped.asked_spend), currency)} on "
        f"{and_list([repr(name) for name in stopped.asked])}, which BA114 only asks about, "
        f"until {'it is' if one else 'they are'} answered; without {'it' if one else 'them'} "
        f"too, {format_percent_beside(stopped.after_asked, f.vertical.marketing.low)})"
        if stopped.asked
        else ""
    )
    return (
        f"without the {money} spent on {on} {rules} "
        f"{'warns' if len(stopped.rules) == 1 else 'warn'} about{named}, which the law may "
        f"forbid, {what} is {after} of {of}{kept}"
    )


def _ba110_first(f: AboveRange, n: NextPays, stop: str, cut: str) -> tuple[str, str]:
    """BA110's cut where every channel's next customer still pays, with the warned lines'
    stopping put first (part j4 of the fifty-seventh round, 2026-12-07), and the count to check
    first where `plan` leaves the nearest channel alone."""
    if stop:
        cut = f": {stop} ({_ba110_step(f)}){cut.replace(': ', '; ', 1)}"
    check = (
        f"; check the count for {n.name} first: {left_alone_words(n.alone)}"
        if n.alone is not None
        else ""
    )
    return cut, check


def _ba110_step(f: AboveRange | WithinOnceStopped, alone: bool = False) -> str:
    """What to do first with the lines ``_ba110_stop_first`` names: stop the runner payments
    (BA114 says so), or settle the lines as the findings that name them say; ``alone``
    where the words stand by themselves (not after the figures)."""
    stopped = f.stopped
    if stopped is not None and stopped.runners:
        return "stop the runner payments, as BA114 says" if alone else "do that first"
    one = stopped is not None and stopped.lines == 1
    said = (
        "their findings say"
        if stopped is None or len(stopped.rules) != 1
        else f"{stopped.rules[0]}'s finding says"
        if one
        else f"{stopped.rules[0]}'s findings say"
    )
    lines = ("that line" if one else "those lines") if alone else ("it" if one else "them")
    return f"settle {lines}{'' if alone else ' first'}, as {said}"


def _ba110_within(f: WithinOnceStopped, currency: str) -> Words:
    """BA110's information where the share is above the range only with the spend on lines a
    rule of law warns about, and stopping them brings it within: no lawful channel to cut
    (part j4 of the fifty-seventh round, 2026-12-07)."""
    v = f.vertical
    what = "marketing and sales" if v.scope == "marketing and sales" else "marketing"
    low, high = format_limit(v.marketing.low), format_limit(v.marketing.high)
    of = "gross revenue" if v.on_gross else "net revenue" if f.net else "revenue"
    left = (
        f" ({format_money(f.left_out, currency)} of {v.range_excludes_why}, left out)"
        if f.left_out
        else ""
    )
    stop = _ba110_stop_first(f, what, of, currency)
    return (
        f"{what} is {format_percent_beside(f.share, v.marketing.high)} of {of}{left}, above "
        f"the {low.removesuffix('%')}–{high} range for {in_sentence(v.label)} "
        f"({cited_as(v.marketing.source, v.marketing.year)}) only as listed: {stop}, within "
        "the range",
        f"{_ba110_step(f, alone=True)}; no lawful channel needs cutting for the range: judge "
        "each by what a new customer costs (the channel table)",
    )


def _ba110(hit: Hit, currency: str) -> Words:
    if isinstance(hit.figures, WithinOnceStopped):
        return _ba110_within(hit.figures, currency)
    f: AboveRange = hit.figures
    v = f.vertical
    what = "marketing and sales" if v.scope == "marketing and sales" else "marketing"
    low, high = format_limit(v.marketing.low), format_limit(v.marketing.high)
    why = []
    if f.with_fees is not None and f.ratio.value is not None:  # F11, thirty-third round
        why.append(
            f"a customer is worth {format_ratio(f.with_fees)}× what it costs to win with the "
            f"commissions marketplaces kept on them ({format_ratio(f.ratio.value)}× without; "
            f"under 3×{Basis(currency, netted=f.netted).untold()})"
        )
    elif f.weak_ratio and f.ratio.value is not None:
        shown = format_ratio(f.ratio.value)
        why.append(f"a customer is worth {shown}× what it costs to win (under 3×)")
    if f.slow_payback and f.payback.value is not None:
        why.append(
            f"it takes {format_number_beside(f.payback.value, f.norm)} months to earn that cost "
            f"back (the norm is {format_number(f.norm, 0)})"
        )
    of = "gross revenue" if v.on_gross else "net revenue" if f.net else "revenue"
    left = (
        f" ({format_money(f.left_out, currency)} of {v.range_excludes_why}, left out)"
        if f.left_out
        else ""
    )
    # each dollar named once, as what it is: money received (AD9 of the nineteenth round), or
    # money collected for others, out of revenue too (the review of AS7 of the fifty-third
    # round, 2026-12-07: competition fees passed through had been called money received)
    without = [
        f"the {format_money(amount, currency)} BA116 reads as {what}"
        for amount, what in (
            (f.received - f.collected, "money received"),
            (f.collected, "collected for others, out of revenue too"),
        )
        if amount
    ]
    if without:
        left += f" (without {' and '.join(without)})"
    if f.given is not None:  # judged in money (N1 of the twenty-seventh round's re-review)
        given, in_money = f.given
        left += (
            f" ({format_money(given, currency)} of it revenue given up, BA116: "
            f"{format_percent_beside(in_money, v.marketing.high)} in money)"
        )
    above = (
        f"{what} is {format_percent_beside(f.share, v.marketing.high)} of {of}{left}, above the "
        f"{low.removesuffix('%')}–{high} range for {in_sentence(v.label)} "
        f"({cited_as(v.marketing.source, v.marketing.year)})"
    )
    # ...and, where it warns about none of its lines, those BA114 only asks about, said as in
    # the share, with the share without them (x's leftover of the fifty-eighth round)
    if (asked := f.asked_only) is not None:
        one = len(asked.asked) == 1
        above += (
            f" (a share that counts the {format_money(cents(asked.asked_spend), currency)} on "
            f"{and_list([repr(name) for name in asked.asked])}, which BA114 only asks about, "
            f"until {'it is' if one else 'they are'} answered; without "
            f"{'it' if one else 'them'}, "
            f"{format_percent_beside(asked.after_asked, v.marketing.high)})"
        )
    # the lines a rule of law warns about are stopped first, before any lawful channel is cut
    # (part j4 of the fifty-seventh round, 2026-12-07)
    stop = _ba110_stop_first(f, what, of, currency)
    if (info := _ba110_info(f, above, currency)) is not None:
        if not stop:
            return info
        return info[0], f"{stop}: {_ba110_step(f)}; beyond that, {info[1]}"
    return _ba110_words(f, above, why, high, stop, currency)


def _ba110_info(f: AboveRange, above: str, currency: str) -> Words | None:
    """BA110's information where the spend above the range pays, or whether it does turns on
    something else than cutting (draws, an agreement's fund, selling); None otherwise."""
    v = f.vertical
    if f.margin is not None and f.payback.value is not None:  # above the range, and it pays
        return (
            f"{above}, but the business keeps {format_percent(f.margin)} of revenue as operating "
            f"profit and a customer pays back in {format_number(f.payback.value, 1)} months "
            f"(the norm is {format_number(f.norm, 0)})",
            "the range is no reason to cut spending that pays: judge each channel by what a new "
            "customer costs (the channel table) and move money from the most expensive to the "
            "cheapest",
        )
    if f.unsplit and f.margin_without is not None and f.payback.value is not None:
        # whether it pays turns on the draws, the owners' only pay (AI6, twenty-second round)
        return (
            f"{above}; a customer pays back in {format_number(f.payback.value, 1)} months (the "
            f"norm is {format_number(f.norm, 0)}), and whether the business keeps 20% of revenue "
            f"turns on the {format_money(f.unsplit, currency)} of draws, the owners' only pay: "
            f"{format_percent(f.margin_without)} without them, less with a wage for the owners' "
            "hours in their place",
            "split the draws first (a fair wage for the owners' hours as a cost, the rest as "
            "profit taken out: BA116); if the business then keeps 20% or more, the range is no "
            "reason to cut spending that pays; either way, judge each channel by what a new "
            "customer costs (the channel table) and move money from the most expensive to the "
            "cheapest",
        )
    if f.fund is not None:  # the agreement's fund alone is above the top (N3)
        fund, fund_share = f.fund
        return (
            f"{above}, and the spend an agreement sets alone is "
            f"{format_percent_beside(fund_share, v.marketing.high)} "
            f"({format_money(fund, currency)}), at or above the range's top by itself: all "
            "that the business decides itself is above it",
            "judge what you run yourself channel by channel (the channel table), keeping what "
            "pays back; the fund's size is set by the agreement: a matter for its renewal or "
            "the franchisee association, not a cut to make",
        )
    if f.marketing_cac is not None and f.ltv is not None and f.ratio.value is not None:
        part = format_money(cents(f.marketing_cac), currency)
        return (
            f"{above}, and a customer is worth {format_ratio(f.ratio.value)}× what it costs to "
            f"win, but marketing's part of that cost, {part} a customer, pays back "
            f"{format_ratio(f.ltv / f.marketing_cac)}×: selling makes the ratio weak (BA201)",
            "the range is no reason to cut marketing that pays: look at the commission plan and "
            "the close rate first (BA201), and judge each channel by what a new customer costs "
            "(the channel table)",
        )
    return None


def _ba110_words(
    f: AboveRange, above: str, why: list[str], high: str, stop: str, currency: str
) -> Words:
    """BA110's warning (or information where every channel's next customer pays), with what
    stopping the lines a rule of law warns about takes out first (``stop``), where it has
    any."""
    said = f"{above}, while {' and '.join(why)}"
    if (n := f.next_pays) is not None and n.unpriced:
        # every priced channel still buys its next customer at a profit, and spend no
        # customer prices is beside them: that spend is named, not a priced channel (the
        # fifty-seventh round, 2026-12-07)
        return _ba110_unpriced(f, n, said, (high, stop), currency)
    if (
        n is not None
        and f.weak_ratio
        and (ratio := f.ratio.value) is not None
        and (months := f.payback.value) is not None
    ):
        if not f.slow_payback:
            # every channel still buys its next customer at a profit: no cut (AX5 of the
            # fifty-sixth round, 2026-12-07)
            return _ba110_next_pays(f, n, (ratio, months), above, (high, stop), currency)
        # ...and where customers pay back slowly: the cash, not a cut (the fifty-seventh
        # round, 2026-12-07)
        return _ba110_slow_pays(f, n, months, said, (high, stop), currency)
    # Cut by channel, not to the range: a CFO's review saw "bring it back towards 12%" ask a
    # skincare brand at 36.4% to cut $546,160 (two thirds of its marketing) to reach a
    # tutorial's figure, where the channels say which dollars do not pay back.
    first = ""
    if f.dearest is not None:
        worth = (
            f" against the {format_money(cents(f.ltv), currency)} a customer is worth"
            if f.ltv is not None
            else ""
        )
        first = f"; start with the most expensive channel: {_dearest(f.dearest, currency)}{worth}"
        if f.dearest_alone is not None:  # plan does not move it: cut it by hand
            first += f", which `bizaudit plan` leaves alone: {left_alone_words(f.dearest_alone)}"
    to_range = (
        f"; the range is a reference, not a target: reaching {high} would take out "
        f"{format_money(cents(f.over), currency)}"
        if f.over > 0
        else ""
    )
    then = ""
    if stop:
        # what stopping the warned lines takes out comes first; the rest, from the lawful
        # channels (part j4 of the fifty-seventh round, 2026-12-07)
        then = f"{stop}: {_ba110_step(f)}; then "
        first = first.replace(
            "start with the most expensive channel:",
            "start with the most expensive lawful channel:",
        )
        to_range = (
            f"; the range is a reference, not a target: reaching {high} would take "
            f"{format_money(cents(f.from_lawful), currency)} more out of the lawful channels"
            if f.from_lawful > 0
            else ""
        )
    steps = (
        " (`bizaudit plan` works out each step)"
        if f.plan_moves
        else ". `bizaudit plan` has no two channels it can move money between here, so "
        + _by_hand("a channel's")
    )
    if not f.weak_ratio and f.ratio.value is not None:
        # worth 3× or more, only slow: customers do pay back, so no "until a customer's cost
        # pays back" (Q7 of the forty-fourth round, 2026-12-06: an adviser's clients at 7.3×)
        return (
            f"{said}, though a customer is worth {format_ratio(f.ratio.value)}× what it costs "
            "to win",
            f"{then}customers pay back, but slowly, which ties up cash: ask for more up front, "
            "or win them more cheaply channel by channel, moving money from the most expensive "
            f"channels to the cheapest{steps}{first}{to_range}",
        )
    return (
        said,
        f"{then}cut channel by channel until a customer's cost pays back, and move what is "
        f"saved to the channels that do{steps}{first}{to_range}",
    )


def _ba110_next_pays(
    f: AboveRange,
    n: NextPays,
    figures: tuple[Decimal, Decimal],
    above: str,
    limit: tuple[str, str],
    currency: str,
) -> Words:
    """BA110's information where every channel the share holds still buys its next customer
    for less than one is worth, by `plan`'s curve: the channel nearest its worth, the payback,
    and what reaching the range's top would lose (AX5 of the fifty-sixth round, 2026-12-07: a
    personal-injury firm told to cut $42,250 of ads whose next case cost $4,500 against the
    $6,185.57 one is worth)."""
    ratio, months = figures  # LTV ÷ CAC, and the payback in months
    high, stop = limit  # the range's top, and what stopping the warned lines takes out
    paid = f", paid {f.payback.paid_when}" if f.payback.paid_when else ""
    message = (
        f"{above}, and a customer is worth {format_ratio(ratio)}× what it costs to win "
        "(under 3×), but each channel you buy customers in (referrals aside) still wins its next "
        "one for less than a customer is worth: "
        f"the nearest to it, {_dearest((n.name, n.cac, n.customers), currency)}, wins its next "
        f"for about {format_money(cents(n.marginal), currency)} by `bizaudit plan`'s curve "
        f"(its average ÷ the curve's exponent, {format_number(n.exponent, 1)}), against the "
        f"{format_money(cents(n.worth), currency)} a customer is worth; a customer pays back in "
        f"{format_number(months, 1)} months (the norm is {format_number(f.norm, 0)}){paid}"
    )
    cut = ""
    over, more = f.from_lawful, " more" if stop else ""
    if over > 0:
        cut = (
            f": reaching {high} would take{' out' if not more else ''} "
            f"{format_money(cents(over), currency)}{more}"
            if n.lost is None
            else f": taking out the {format_money(cents(over), currency)}{more} that reaching "
            f"{high} asks, in proportion from each of those channels, would lose about "
            f"{format_number(n.lost[0], 1)} customers worth "
            f"{format_money(cents(n.lost[1]), currency)}, "
            f"{format_money(cents(n.lost[1] - over), currency)} more than it saves"
        )
    cut, check = _ba110_first(f, n, stop, cut)
    return (
        message,
        "the range is a reference, not a reason to cut spending whose next customer still "
        f"pays{cut}; judge each channel by what its next customer costs (the channel table, "
        "`bizaudit plan`), and stop adding where that nears what a customer is worth" + check,
    )


def _next_one(n: NextPays, currency: str) -> str:
    """The channel nearest its worth, and what its next customer costs by `plan`'s curve."""
    return (
        f"the nearest to it, {_dearest((n.name, n.cac, n.customers), currency)}, wins its next "
        f"for about {format_money(cents(n.marginal), currency)} by `bizaudit plan`'s curve "
        f"(its average ÷ the curve's exponent, {format_number(n.exponent, 1)}), against the "
        f"{format_money(cents(n.worth), currency)} a customer is worth"
    )


def _lose(n: NextPays, amount: Decimal, currency: str) -> str:
    """What taking ``amount`` out of the priced channels in proportion would lose."""
    assert n.lost is not None
    count, worth = n.lost
    return (
        f"would lose about {format_number(count, 1)} customers worth "
        f"{format_money(cents(worth), currency)}, "
        f"{format_money(cents(worth - amount), currency)} more than it saves"
    )


def _ba110_slow_pays(
    f: AboveRange, n: NextPays, months: Decimal, said: str, limit: tuple[str, str], currency: str
) -> Words:
    """BA110 where customers pay back more slowly than the norm, but every channel the share
    holds still buys its next customer for less than one is worth over the years it is
    counted, by `plan`'s curve: a warning of the cash a customer ties up, never a cut that
    `plan` would not make (the fifty-seventh round, 2026-12-07: a gym at 14.4% of revenue
    was told to "cut channel by channel", starting with Meta ads whose next member cost about
    $2,640 against the $3,140.62 one is worth, while `plan` kept the split)."""
    message = (
        f"{said}; but each channel you buy customers in (referrals aside) still wins its next "
        f"one for less than a customer is worth over {plural(n.horizon, 'year')}: "
        + _next_one(n, currency)
    )
    high, stop = limit  # the range's top, and what stopping the warned lines takes out
    cut = ""
    over, more = f.from_lawful, " more" if stop else ""
    if over > 0 and n.lost is not None:
        cut = (
            f": taking out the {format_money(cents(over), currency)}{more} that reaching {high} "
            "asks, in proportion from each of those channels, " + _lose(n, over, currency)
        )
    cut, check = _ba110_first(f, n, stop, cut)
    return (
        message,
        "the range is no reason to cut spending whose next customer still pays"
        f"{cut}; what the slow payback costs is cash, as each new customer takes "
        f"{format_number(months, 1)} months to pay back: ask for more up front (a deposit, a "
        "plan paid in advance: BA203), add spend only as fast as cash allows, and judge each "
        "channel by what its next customer costs (the channel table, `bizaudit plan`)" + check,
    )


def _ba110_unpriced(
    f: AboveRange, n: NextPays, said: str, limit: tuple[str, str], currency: str
) -> Words:
    """BA110 where every channel priced on `plan`'s minimum of customers still buys its next
    customer for less than one is worth, and the share also holds spend no customers price
    (none joined, or too few to tell): that spend, whose return the owner cannot see, is named
    as what to look at first, not the dearest priced channel (the fifty-seventh round,
    2026-12-07: an injury firm's $20,000 billboard, which no case named, left BA110 pointing
    at Meta ads whose next case still paid)."""
    spent = n.unpriced_spend
    each = and_list(
        [
            f"{format_money(cents(spend), currency)} on {name}, "
            + (
                "which no new customer named"
                if not customers
                else f"with only {plural(customers, 'new customer')}, too few to tell what one "
                "costs"
            )
            for name, spend, customers in n.unpriced
        ]
    )
    message = (
        f"{said}; {format_money(cents(spent), currency)} of it is spend no customers price, so "
        f"what it brings cannot be seen: {each}; each channel priced on its customers still "
        "wins its next one for less than a customer is worth: " + _next_one(n, currency)
    )
    find = (
        "find out what that spend brings first (ask every new customer how they heard of "
        "you, or join a source to it with 'channel:'), and cut it where nothing comes of it"
    )
    high, stop = limit  # the range's top, and what stopping the warned lines takes out
    # (beyond what stopping the lines a rule of law warns about takes out: part j4 of the
    # fifty-seventh round, 2026-12-07)
    over, more = f.from_lawful, " more" if stop else ""
    if over <= 0:
        advice = f"{find}; judge each priced channel by what its next customer costs"
    elif n.from_priced <= 0:  # what is above the top is no more than the unpriced spend
        advice = (
            f"the {format_money(cents(over), currency)}{more} above {high} is no more than the "
            f"{format_money(cents(spent), currency)} whose return you cannot see: {find}; the "
            "priced channels' next customers still pay, so cutting them would lose more than "
            "it saves"
        )
    else:
        priced = (
            "which, in proportion, " + _lose(n, n.from_priced, currency)
            if n.lost is not None
            else "whose next customers still pay"
        )
        advice = (
            f"reaching {high} would take{' out' if not more else ''} "
            f"{format_money(cents(over), currency)}{more}: the "
            f"{format_money(cents(spent), currency)} whose return you cannot see, and "
            f"{format_money(cents(n.from_priced), currency)} from the priced channels, "
            f"{priced}; {find}, and do not cut the priced channels for the range"
        )
    if stop:
        advice = f"{stop}: {_ba110_step(f)}; then {advice}"
    if f.slow_payback and f.payback.value is not None:
        advice += (
            f"; a customer takes {format_number(f.payback.value, 1)} months to pay back, which "
            "ties up cash: ask for more up front (BA203)"
        )
    if n.alone is not None:
        advice += f"; check the count for {n.name}: {left_alone_words(n.alone)}"
    return message, advice


def _ba111(hit: Hit, currency: str) -> Words:
    f: Loss = hit.figures
    revenue = "net revenue" if f.net else "revenue"
    share = format_percent(f.loss / f.revenue) if f.revenue > 0 else None
    loss = (
        f"costs of {format_money(f.costs, currency)} exceed {revenue} of "
        f"{format_money(f.revenue, currency)}: an operating loss of "
        f"{format_money(f.loss, currency)}" + (f" ({share} of {revenue})" if share else "")
    )
    before = (
        f", before {format_money(f.after, currency)} of interest and income tax" if f.after else ""
    )
    if f.moved:  # the lines that move money make the loss (a CFO's review, 2026-12-03)
        kept = f.moved - f.loss
        margin = kept / (f.revenue + f.restored)  # of the revenue never billed values restore
        thin = margin < THIN_MARGIN
        return (
            f"{loss} as listed{before}; {format_money(f.moved - f.received, currency)} of "
            "those costs are no cost of the period (BA116: money moved, or revenue given up)"
            + (
                f", {format_money(f.received, currency)} of them money received, which counts "
                "once more as income"
                if f.received
                else ""
            )
            + f": without them, an operating profit of {format_money(kept, currency)} "
            f"({format_margin(margin)} of {revenue})"
            + (
                ", before the fee in the merchant cash advance's remittances, a cost not yet "
                "listed apart"
                if f.advance
                else ""
            ),
            "take out the lines BA116 names"
            + (", list the advance's fee as a cost," if f.advance else "")
            + " and judge the profit then"
            + (
                f": {format_percent(margin)} is under {format_percent(THIN_MARGIN)}, and a slow "
                "month would turn it into a loss"
                if thin
                else ""
            ),
        )
    out = (
        f"; {format_money(f.out, currency)} of the costs are no cost of the period (BA116: "
        f"money moved, or revenue given up): without them, a loss of "
        f"{format_money(f.loss - f.out, currency)} ({format_margin((f.out - f.loss) / f.revenue)}"
        f" of {revenue})"
        if f.out
        else ""
    )
    maybe = (
        f"; {format_money(f.maybe, currency)} of the costs are lines BA116 names that may be "
        "costs only in part (an owner's draw that may be the owner's only pay, or a line partly "
        "given up)"
        if f.maybe and not f.resold
        # a double close's purchase price (AS5 of the fifty-third review round, 2026-12-07)
        else f"; {format_money(f.maybe, currency)} of the costs are lines BA116 names that may "
        f"be no cost, {format_money(f.resold, currency)} of them a property's purchase price in "
        "a double close, a cost only if revenue counts its resale"
        if f.maybe
        else ""
    )
    once = ""
    if f.one_off:  # set apart, as a review of earnings does (N10 of the forty-third round)
        left = f.loss - f.out - f.one_off
        without = (
            f"a loss of {format_money(left, currency)} "
            f"({format_percent_beside(left / f.revenue, THIN_MARGIN)} of {revenue})"
            if left > 0
            else f"an operating profit of {format_money(-left, currency)} "
            f"({format_margin(-left / f.revenue)} of {revenue})"
        )
        once = (
            f"; {format_money(f.one_off, currency)} of the costs are one-offs, as their names "
            f"say ({_names(f.one_off_lines)}): without them, {without}"
        )
    return (
        loss + before + out + maybe + once,
        (
            "split those lines first (a fair wage for the owner's hours in place of the draw, "
            "the fees from what was given up), then "
            if f.maybe and not f.resold
            else "answer BA116's question on the double close (the loss may be its "
            "purchase price counted against fees alone), then "
            if f.maybe
            else ""
        )
        + (
            _growth_advice(f.pays_back, f.saas)
            if f.pays_back is not None
            # a loss burns cash first (F22 of the thirty-fifth review round: a studio losing
            # half its revenue was told only what to cut)
            else "count the months of cash left at this loss first; then cut the costs that "
            "bring no customers and no delivery, and keep the marketing that pays back, as "
            "cutting it cuts next period's revenue"
        ),
    )


def _growth_advice(pays_back: tuple[Decimal, Decimal], saas: bool) -> str:
    """BA111's advice where customers pay back: the loss buys growth (AI9, twenty-second round)."""
    ratio, months = pays_back
    return (
        f"customers pay back (a customer is worth {format_ratio(ratio)}× what it costs to win, "
        f"paid back in {format_number(months, 1)} months): the loss buys growth, so plan the "
        "cash it needs (months of cash left at the monthly loss) rather than cut what wins "
        "customers; cut first what neither wins, serves nor builds what you sell"
        + (
            "; watch the burn multiple, net burn ÷ net new ARR (under 1.5 great, over 3 bad: "
            "David Sacks, 'The Burn Multiple', Craft Ventures, 2020)"
            if saas
            else ""
        )
    )


def _trade(label: str) -> str:
    """A vertical's label inside a sentence's brackets: "car dealer, new or used", not "car
    dealer (new or used)" (J21 of the forty-first round's re-review)."""
    return in_sentence(label).replace(" (", ", ").rstrip(")")


def _ba115(hit: Hit, currency: str) -> Words:
    f: ThinMargin = hit.figures
    revenue = "net revenue" if f.net else "revenue"
    without = (
        f", without the {format_money(f.left_out, currency)} BA116 names as no cost of the period"
        if f.left_out
        else ""
    )
    if f.given:  # out of both, as BA101's minimum (the sixty-second round, part h)
        without += (
            f"{'; ' if without else ', '}the {format_money(f.given, currency)} of revenue given "
            f"up (BA116) out of {revenue} as well as out of the costs"
        )
    message = (
        f"operating profit is {format_percent_beside(f.margin, f.threshold)} of {revenue} "
        f"({format_money(f.profit, currency)} of {format_money(f.revenue, currency)}{without}), "
        f"under {format_limit(f.threshold)}"
    )
    advice = (
        "look at prices and the largest costs before adding spend; marketing that is added "
        "should pay for itself within the period"
    )
    if f.stand_in and not f.draws:  # a loan for what wears out stands in (AZ10, 58th round)
        without = format_margin((f.profit + f.stand_in) / f.revenue)
        # the payoffs beside them, left out of it (CK5 of a quick check of the round's changes)
        once = (
            f" (leaving out {_quoted_lines(f.unscheduled, currency)}: a payoff, a balloon, a "
            "refinancing or a loan from the owners follows no schedule of the asset's wear, so "
            "it is no measure of a year's depreciation)"
            if f.unscheduled
            else ""
        )
        return (
            f"{message}, counting {format_money(f.stand_in, currency)} of payments on loans for "
            "vehicles or equipment in place of the depreciation of what they bought, which no "
            f"line lists{once}; {without} without them: whether the margin is thin is not known "
            "until it is listed",
            "list the period's depreciation of what the loans bought (its cost spread over its "
            "useful life) as a line of its own, and the loans' interest if it is not listed "
            "apart (BA116); until then, make added marketing pay for itself within the period",
        )
    if not f.draws and f.usual is not None:  # usual in the trade (M12)
        label, source = f.usual
        return (
            f"{message}, as is usual in the trade ({_trade(label)}): {source}; a slow month would "
            "still turn it into a loss",
            "keep the cash to carry a slow month, and make added marketing pay for itself "
            "within the period; where this margin is the plan, skip BA115 with that reason",
        )
    if not f.draws and f.under_usual is not None:  # J13 of the 41st round's re-review
        label, low = f.under_usual
        return (
            f"{message}, and under the {format_limit(low)} the trade usually makes "
            f"({_trade(label)}): a "
            "slow month would turn it into a loss",
            advice,
        )
    if not f.draws:
        return f"{message}: a slow month would turn it into a loss", advice
    # the owners' only pay, a wage in part: the margin is not known (AF8 of the twentieth round)
    whose = owners_of(f.owners, counted=False)
    return (
        f"{message}, with {format_money(f.draws, currency)} of draws, {whose} only pay, counted "
        f"as a cost: without them it is {format_margin((f.profit + f.draws) / f.revenue)}, so "
        "the margin is not known until they are split into a fair wage and profit (BA116)",
        f"split the draws first (BA116), then judge the margin; {advice}",
    )


def _quoted_lines(lines: Sequence[tuple[str, Decimal]], currency: str) -> str:
    """ "'Equipment loan payoff - Kubota Credit' ($26,800)", each line quoted with its spend."""
    return and_list([f"{name!r} ({format_money(spend, currency)})" for name, spend in lines])


_MOVEMENTS = {
    "loan": (
        "a loan being repaid: the principal in it is not a cost of the period",
        "take it out and list the loan's interest (and the equipment's depreciation) instead",
    ),
    "draw": (
        "profit the owner takes out, not a cost of the period",
        # beside another line paying the owner; a draw that is the only pay asks for a wage
        # first (_ba116: an owner's review, a shop's 9.1% without the draw had left out the
        # 54 hours a week she runs it)
        "take it out: a draw is profit taken, not a cost (an owner's salary on payroll stays)",
    ),
    "transfer": (
        "money moved between the business's own accounts, not a cost of the period",
        "take it out: what it paid for is a cost on its own line",
    ),
    "given up": (
        "revenue given up (a discount, a free or waived service), not money spent",
        # read as a marked contra-revenue line is, everywhere (the one premise, round 63)
        "if your revenue counts the full price, mark the line kind: contra-revenue, as it is "
        "read here",
    ),
    "paid out": (
        "money paid to customers (a bonus, a payment for a sign), which reduces revenue rather "
        "than buying marketing (consideration paid to a customer: ASC 606-10-32-25)",
        "mark it kind: contra-revenue: the money left the business, so the operating profit "
        "stays as it is, but it is no marketing spend and no channel",
    ),
    # a deductible or copay offset read as contra-revenue (B1, B4 of the fiftieth round's
    # re-review, 2026-12-06): named for the law its clause quotes
    "offset": (
        "revenue given up on an insured customer's share (a deductible or a copay not "
        "collected), counted as contra-revenue, so already out of revenue and the operating "
        "profit",
        "keep it as contra-revenue",
    ),
    "part given up": (
        "revenue given up in part (free or comped services) and money spent in part (fees), "
        "so only part of it is a cost",
        "split it: keep the fees as a cost and take the comped part out (revenue counts what "
        "customers paid, so what they did not pay is already out of it)",
    ),
    "never billed": (
        "a value never billed (waived, not charged), taken out of revenue: the revenue "
        "collected never held it, so it is taken out twice",
        "take it out, unless revenue is counted at full price, the waived value included",
    ),
    "deposit": (
        "a deposit on goods not yet received, or on containers to be returned (kegs, "
        "pallets): an asset until the goods are sold or the deposit comes back (ASC 330), not a "
        "cost of the period",
        "take it out: the goods reach the cost of sales when they are sold",
    ),
    "capital": (
        "a capital purchase: an asset that serves for years, not a cost of this period alone",
        "take it out and list its depreciation instead, a year's share of its cost over its "
        "useful life (ASC 360; IRS Publication 946, 2023)",
    ),
    "pass-through": (
        "tax collected from customers and remitted (sales tax, VAT, GST): owed to the "
        "government, not a cost of the business (ASC 606-10-32-2A; FRS 102 23.4 and IFRS 15 "
        "¶47 leave it out of revenue)",
        "if revenue counts the tax collected, take it out of both revenue and costs (the "
        "profit is the same, the margin truer); if revenue leaves it out, take it out of costs",
    ),
    "withheld": (
        "employees' income tax withheld from their wages and paid to the tax office (PAYG "
        "withholding, PAYE): part of the gross wages, not a cost beside them",
        "take it out if the wages are listed gross, as payroll reports give them; keep it only "
        "if they are listed as the net pay",
    ),
    "in trust": (
        "customers' money put in trust or escrow, or passed to an insurer, until the service "
        "is performed or the matter closes (a pre-need seller's under its state's pre-need "
        "law, a law firm's in its client trust account under ABA Model Rule 1.15, a property "
        "manager's owners' rents and tenants' deposits under its state's licence law, a debt "
        "settlement client's savings in a dedicated account, the client's own under 16 CFR "
        "§310.4(a)(5)(ii), a consultant's clients' government filing fees held until filed, a "
        "seller's customers' deposits and layaway payments held until the goods are taken, and "
        "customers' deposits for trips or services not yet performed, ASC 606-10-45-2): "
        "a liability, or not the business's money at all, never a cost of the period",
        "take it out of the costs: what is earned is counted when the service is performed "
        "or the fee is earned (a property manager's, its fees, not the rents it collects)",
    ),
    # money collected for others as their agent and paid over to them (AO5 and AO6 of the
    # fifty-second review round, 2026-12-07: a rental manager's owners' rental proceeds, a
    # billing company's practices' collections, read as its own costs)
    "collected": (
        "money collected for others and paid over to them (a rental manager's owners' rental "
        "proceeds, a billing company's practices' collections, a payroll company's clients' "
        "payroll funds, a studio's competition entry fees collected from families and paid to "
        "the competitions): theirs, not the business's; "
        "amounts collected on behalf of third parties are no part of its revenue (ASC "
        "606-10-32-2), and as their agent its revenue is its fee (ASC 606-10-55-36 to 55-40)",
        "take it out of the costs, and out of revenue too where revenue counts what was "
        "collected for them (gross bookings, collections): the profit is the same, and the "
        "margin is of your fees",
    ),
    # a house bought and resold in a double close (AS5 of the fifty-third review round,
    # 2026-12-07: a wholesaler's purchase price read as a cost against its assignment fees)
    "resold": (
        "a property bought and resold in a double close: its purchase price is a cost of "
        "sales only if revenue counts the resale price, and the margin is the spread between "
        "them; against revenue of fees or spreads alone it is counted on one side only",
        "does your revenue count the resale prices of the houses you double-closed? If so, "
        "keep the purchase price as cost of sales; if revenue counts only your spreads and "
        "assignment fees, take it out of the costs (it is in neither side)",
    ),
    # money the business lends: a loan receivable (AL9 of the fifty-first review round,
    # 2026-12-06: a pawn shop told to "list the loan's interest" on loans it made)
    "lent": (
        "money lent to customers: a loan receivable, an asset until it is repaid or redeemed, "
        "not a cost of the period",
        "take it out: money lent to customers is an asset, not a cost; the interest and "
        "service charges you collect on it are the revenue, and principal repaid is not revenue "
        "either",
    ),
    "received": (
        "money the business received, not a cost of the period",
        # a vendor's money for a cost the business bore comes off that cost, not into revenue
        # (ASC 705-20-25-1; AF5 of the twentieth round: an accountant would not add a co-op
        # reimbursement to revenue); money for something sold (scrap) is income
        # ...and a fee from a business the business buys nothing from (a venue's preferred
        # vendors paying for their place on its list) is revenue for a service it sells (ASC
        # 606), not a cost off anything (N12 of the forty-third round, 2026-12-06)
        "take it out of the costs: money a supplier pays back for a cost (co-op advertising, "
        "market development funds) comes off that cost, otherwise off the cost of the "
        "supplier's goods (ASC 705-20); a fee from a business you buy nothing from (a "
        "preferred-vendor listing) is revenue for what you sell it (ASC 606), and money for "
        "something sold (scrap) is income",
    ),
}


#: BA116's words for clients' money already paid to an agency for them, not held (a
#: consultant's USCIS filing fees paid on behalf of clients): a disbursement passed through,
#: not money "put in trust ... until the service is performed" (AM2 of the fifty-first
#: round's re-review, 2026-12-06; ASC 606-10-32-2, and 606-10-55-36 to 55-40 for an agent)
_DISBURSED = (
    "a disbursement passed through for the client (a fee paid to a government agency on the "
    "client's behalf): neither revenue nor cost",
    "take it out of the costs; if revenue counts what clients paid you for it, take it out "
    "of revenue too: as their agent for the payment, your revenue is your own fee (ASC "
    "606-10-55-36 to 55-40), and the margin is truer without it",
)


#: BA116's words for a customer's deposit given back ("Customer deposits refunded"): money held
#: for the customer returned, a liability settled (ASC 606-10-45-2), not revenue given up nor a
#: cost; revenue reduced only if it counted the deposit when it was taken, which the tool cannot
#: see, so it asks (AN6 of the fifty-first round's second re-review, 2026-12-06)
_GIVEN_BACK = (
    "customers' deposits given back: money held for them returned, a liability settled (a "
    "deposit taken before delivery is a contract liability, ASC 606-10-45-2), not revenue "
    "given up and never a cost of the period",
    "take it out of the costs; did the revenue you gave count these deposits when they were "
    "taken? If so, take them out of revenue too (a deposit never earned was never revenue); "
    "if not, revenue is right as it is",
)


#: BA116's words for a customer's payment before the business performs ("2300 Cust deposits -
#: future trips", "Deferred revenue", "Layaway deposits"): a contract liability (ASC
#: 606-10-45-2, its text checked on 2026-12-07), and only that: no trust, IOLTA, pre-need or
#: telemarketing law, which AU14 of the fifty-fourth round's re-review (2026-12-07) found told
#: to a charter company about its trip deposits
_CONTRACT_LIABILITY_WORDS = (
    "customers' payments before the service is performed or the goods are taken (deposits "
    "for trips, events or services to come, layaway payments): a contract liability, an "
    "obligation to perform for money already received (ASC 606-10-45-2), not revenue yet and "
    "never a cost of the period",
    "take it out of the costs: it becomes revenue when the trip, service or sale it pays for "
    "is performed; a deposit given back is never revenue",
)


#: BA116's words for earnest money on a property under contract ("Earnest money deposits",
#: "1210 EMD out"): held in escrow, credited to the price at closing or returned, an asset
#: until then, and a cost only if forfeited; not "a deposit on goods" (AS5 of the fifty-third
#: review round, 2026-12-07: a wholesaler's $40,000 read as operations)
_EARNEST_WORDS = (
    "earnest money put down on a property under contract: held in escrow, credited to the "
    "price at closing or returned if the contract falls through, an asset until then, not a "
    "cost of the period",
    "take it out of the costs; count as a cost only earnest money forfeited, when a contract "
    "you could not close keeps it",
)


#: What a loan's payments are replaced by, by what the loan bought
_REPLACED: dict[str | None, str] = {
    "asset": "interest and depreciation",
    "building": "interest and depreciation",
    "book": "interest and amortisation",
}


#: A tax debt of withheld payroll taxes (S12 of the fortieth round's second re-review)
_PAYROLL_TAX = LazyPattern(r"\bpayroll|\b941\b|\bwithholding|\btrust[-\s]fund", re.IGNORECASE)


#: BA116's words for a commission or fee the business earns as an agent (a lottery's
#: commission, an ATM's surcharge, commissions earned): other income, not a supplier's rebate
#: off a cost (AP7 of the fifty-second round's re-review, 2026-12-07; an agent's revenue is its
#: commission or fee, ASC 606-10-55-36 to 55-40)
_EARNED_AS_AGENT = (
    "money the business received, not a cost of the period: a commission or fee it earns as "
    "an agent for another's goods or services (a lottery's commission on tickets sold, an "
    "ATM's surcharge, commissions or fees earned), other income",
    "take it out of the costs and list it as other income, the commission or fee itself: as "
    "an agent, the business's revenue is what it keeps (ASC 606-10-55-36 to 55-40), not the "
    "tickets or cash it passes on, and no cost nor a supplier's rebate to take off a cost",
)


#: ...and where earning them is the trade (a real-estate agent's commissions, an insurance
#: agency's, a staffing agency's placement fees): its operating revenue, not other income
#: (AQ1 of the fifty-second round's second re-review, 2026-12-07: a real-estate agent was told
#: to list its "Commissions earned" as other income; an agent's revenue is its commission or
#: fee, ASC 606-10-55-36 to 55-40)
_TRADE_REVENUE = (
    "money the business received, not a cost of the period: a commission or fee it earns as "
    "an agent, which is what its trade earns (a real-estate agent's commissions, an insurance "
    "agency's, a staffing agency's placement fees), its operating revenue",
    "take it out of the costs; it is your revenue: check that revenue counts it (as an agent, "
    "the business's revenue is its commission or fee, ASC 606-10-55-36 to 55-40), not as "
    "other income nor a supplier's rebate to take off a cost",
)


def _ba116(hit: Hit, currency: str) -> Words:
    f: Financing = hit.figures
    what, advice = _MOVEMENTS[f.kind]
    if f.kind == "in trust" and paid_for_client(f.name):  # paid, not held (AM2, round 51)
        what, advice = _DISBURSED
    elif f.kind == "in trust" and deposit_given_back(f.name):  # AN6, round 51's re-review
        what, advice = _GIVEN_BACK
    elif f.kind == "in trust" and contract_liability(f.name):  # AU14, round 54's re-review
        what, advice = _CONTRACT_LIABILITY_WORDS
    elif f.kind == "deposit" and earnest_money(f.name):  # AS5, round 53
        what, advice = _EARNEST_WORDS
    elif f.kind == "received" and f.trade_revenue:  # AQ1, round 52's second re-review
        what, advice = _TRADE_REVENUE
    elif f.kind == "received" and earned_income(f.name):  # AP7, round 52's re-review
        what, advice = _EARNED_AS_AGENT
    if f.kind == "capital" and f.bought == "book":  # K12 of the forty-second round
        advice = (
            "take it out and list its amortisation instead: customers bought (a route, a book "
            "of business, a customer list) are an intangible, amortised over 15 years for US "
            "tax (IRC §197) and over their useful life in the books (ASC 350-30)"
        )
    elif f.bought == "book":
        advice = (
            "take it out and list the loan's interest instead, and the amortisation of what "
            "was bought (clients and goodwill: 15 years for US tax, IRC §197)"
        )
    elif f.bought == "building":
        advice = (
            "take it out and list the loan's interest instead, and the building's depreciation "
            "(not the land's: land does not wear out)"
        )
    elif f.kind == "loan" and cash_advance(f.name):
        # a merchant cash advance: its cost is the factor, what is repaid beyond the advance,
        # not an interest rate (K12 of the forty-second round, 2026-12-06)
        what = (
            "a merchant cash advance being repaid: the advance in it is not a cost of the "
            "period, but its fee is"
        )
        advice = (
            "take it out and list the advance's fee apart, what is repaid beyond what was "
            "advanced (at a factor of 1.3, $13,000 is repaid for $10,000), as interest is "
            "listed: it is a cost of the money, as interest is"
        )
    elif f.kind == "loan" and tax_debt(f.name):
        # a tax debt of earlier years, paid to the IRS in instalments (S12 of the fortieth
        # round's second re-review: "list the loan's interest", "ask the lender")
        agreement = "install" in f.name.lower()
        what = (
            "a tax debt of earlier years paid in instalments: not a cost of the period"
            if agreement
            else "a tax of earlier years: not a cost of the period"
        )
        advice = (
            "take it out and list the interest and the failure-to-pay penalty that run on it "
            "as costs; keep every current deposit and return on time, or the agreement "
            "defaults (26 U.S.C. §6159(b))"
            if agreement
            else "take it out, and list any interest and penalty on it as costs"
        ) + (
            "; withheld payroll taxes are trust-fund taxes, for which the owners who decide "
            "what is paid are personally liable (26 U.S.C. §6672)"
            if _PAYROLL_TAX.search(f.name)
            else ""
        )
    elif f.kind == "loan" and f.bought != "asset":
        advice = "take it out and list the loan's interest instead"
    elif f.kind == "lent" and any(word in f.name.lower() for word in STAFF_LENT_WORDS):
        # money lent to the business's own people: a receivable too, and no interest to list
        # (AM7 of the fifty-first round's re-review, 2026-12-06: "Loans to employees")
        what = (
            "money lent to employees: a receivable, an asset until they repay it, not a cost "
            "of the period"
        )
        advice = "take it out; what they repay is not revenue"
    elif f.kind == "lent" and "pawn" in f.name.lower():  # a pawnbroker's words (AL9)
        advice = (
            "take it out: money lent to customers is an asset, not a cost; the pawn service "
            "charges you collect are the revenue, and principal repaid or redeemed is not "
            "revenue either"
        )
    elif f.only_pay_hours is not None:
        # the owner's only pay: the wage for the owner's work comes first (AE15 of the
        # nineteenth round: "take it out" led, for a gift-shop owner paid only by draws)
        whose = owners_of(f.owners)
        week = f" {format_hours(f.only_pay_hours)} hours a week" if f.only_pay_hours else " hours"
        advice = (
            f"no other line pays the owner{'s' * (f.owners > 1)}, so part of it is the wage for "
            f"{whose}{week}: "
            "list a fair wage for those hours as a cost (a salary, or what it would cost to "
            "hire a manager to do them) and take out only the rest, or the profit reads better "
            "than the business earns"
        )
    if f.kind == "given up" and after_sale_tune_up(f.name.lower()) == "given":
        # free tune-ups given to buyers: the value given away, or the parts and labour bought
        # for them, which the line can say (BE2 of the sixtieth round's re-review)
        advice += (
            "; if it is the parts and labour bought for the tune-ups, not their value, name "
            "them in the line ('... - parts & labor') and it counts as money spent on keeping "
            "buyers"
        )
    if f.owners_property:  # a property manager's owners may be its clients (round 52)
        advice += (
            "; if these are the rents paid over to the property owners you manage for, they "
            "are theirs, not a draw: name the line so ('Rents paid over to property owners') "
            "and it is read as their money, not a cost"
        )
    if f.before_pay is not None and f.more_than_made:  # no profit to take out of (AI16)
        what = (
            "the owner's pay, taken as a draw, and the only line that pays the owner"
            if f.owners == 1
            else "the owners' pay, taken as draws, and the only line that pays them"
        )
    elif f.only_pay_hours is not None:
        what = (
            "profit the owner takes out, and the only line that pays the owner"
            if f.owners == 1
            else "profit the owners take out, and the only line that pays them"
        )
    inflated = f.deductible_rule is not None and inflates_for_deductible(f.name)
    if inflated:  # a bill raised to cover a deductible (C4 of the forty-eighth round)
        what = _INFLATED_WHAT
    if f.netted:  # read as taken off revenue, lent all the same (AM7 of round 51's re-review)
        what += ", nor a discount: read as taken off revenue, it is no contra-revenue"
        advice = (
            "take it out of what is taken off revenue, and out of the profile: "
            + advice.removeprefix("take it out: ")
        )
    message = f"'{f.name}' ({format_money(f.spend, currency)}) looks like {what}"
    if inflated:
        # no profit with it and without it: it is no cost the business paid but revenue
        # billed falsely (D11 of the forty-eighth round's re-review, 2026-12-06)
        message += "; its amount is in revenue, not a cost the business paid"
    elif f.kind == "offset":  # out of revenue already: the profit is the same (B1)
        pass
    elif (
        (f.kind == "collected" or f.collected_tax)
        and f.profit is not None
        and 0 < f.spend < f.revenue
    ):
        # out of revenue and costs both: the profit is the same, the margin of the fees (AO5
        # of the fifty-second round); with more such lines, the margin without them all is
        # the report's own (AP5 of its re-review, 2026-12-07)
        fees = f.revenue - f.spend
        message += (
            f"; the operating profit, {format_money(f.profit, currency)}, is the same either "
            f"way: {format_margin(f.profit / f.revenue)} of "
            f"{'net revenue' if f.net else 'revenue'} with it, "
            f"{format_margin(f.profit / fees)} of {format_money(fees, currency)} without it"
        )
        base = f.revenue - f.collected
        if f.collected > f.spend and base > 0:
            message += (
                f", {format_margin(f.profit / base)} of {format_money(base, currency)} without "
                "every such line, as the report gives it"
            )
    elif f.kind == "given up" and f.profit is not None and f.revenue > 0:
        # read as a marked contra-revenue line is: out of the marketing and out of net
        # revenue, the profit the same (the one premise: round 63, BJ1 of the sixty-second
        # round's second re-review, where "without it" here read $115,100 beside BA101's
        # $103,600)
        base = f.revenue - f.collected if 0 < f.collected < f.revenue else f.revenue
        message += (
            "; read here as a line marked contra-revenue, as every line of revenue given up "
            f"is: out of the marketing and out of net revenue "
            f"({format_money(base, currency)}), so the operating profit, "
            f"{format_money(f.profit, currency)} ({format_margin(f.profit / base)} of "
            f"{revenue_of(True, f.revenue - base)}), is the same either way"
        )
        if f.already_net is not None:
            advice += _already_net_words(f.already_net, currency)
        elif f.stated_on:
            advice += (
                "; if your revenue is already after it, delete it instead (BA116 on "
                f"{f.stated_on!r} gives the profit then)"
            )
    elif f.kind == "paid out" and f.profit is not None:  # a cost either way
        message += (
            f"; the operating profit, {format_money(f.profit, currency)}, is the same either way"
        )
    elif f.profit is not None and f.revenue > 0:
        # every margin of the report's own base: revenue without the money collected for
        # others (AP5 of the fifty-second round's re-review, 2026-12-07)
        base = f.revenue - f.collected if 0 < f.collected < f.revenue else f.revenue

        def profit(amount: Decimal, revenue: Decimal = base) -> str:
            return f"{format_money(amount, currency)} ({format_margin(amount / revenue)})"

        of = revenue_of(f.net, f.revenue - base)
        # a value never billed, taken out, is revenue back: the margin is of that revenue
        back = f.spend if f.kind == "never billed" or f.netted else Decimal(0)
        message += (
            f"; the operating profit counts it: {format_money(f.profit, currency)} "
            f"({format_margin(f.profit / base)} of {of}) with it, "
            f"{profit(f.profit + f.spend, base + back)} without it"
        )
        alone = 2 * f.spend if f.kind == "received" else f.spend  # AG12: received comes twice
        if f.without != alone:  # each line its own effect, then all of them (a re-review)
            message += (
                f", {profit(f.profit + f.without, base + f.restored)} without every such line"
                # the money received among them counted in as well (AR4 of round 52)
                + (
                    ", the money received among them counted as money in"
                    if f.received_twice
                    else ""
                )
            )
        if f.kind == "loan":  # what replaces it is not listed yet
            replaced = (
                "advance's fee" if cash_advance(f.name) else _REPLACED.get(f.bought, "interest")
            )
            message += f", before the {replaced} to list instead"
        if f.kind == "capital":
            cost = "amortisation" if f.bought == "book" else "depreciation"
            message += f", before the {cost} to list instead"
        if f.kind == "received":  # counted as money in, it adds to the profit twice over
            message += f", {profit(f.profit + 2 * f.spend)} counted as money received"
    if f.before_pay is not None:  # more than the business made before paying the owner (AI16)
        message, advice = _made_before_pay(f, message, currency)
    # the law a line may break, each with its clause (which the pass banner looks for) and
    # what to do first: a roofer's sign credits to homeowners (2026-12-03), an agency's
    # premium paid for new clients (AD3), a clinic's copays waived for new patients (K3)
    for rule, clause, first in (
        (f.deductible_rule, DEDUCTIBLE_CLAUSE, _DEDUCTIBLE_FIRST),
        (
            f.premium_rule,
            PREMIUM_CLAUSE,
            # a bail premium has no rebating schedule to file (C1 of the 48th round)
            f.premium_first or _PREMIUM_FIRST,
        ),
        # (the US law and its exception, or, outside the US, the country's words, which
        # name no exception: the sixty-first round, part n, 2026-12-07)
        (f.waiver_rule, *_waiver_words(f.waiver_rule)),
    ):
        if rule is not None:
            message += f"{clause}{rule}"
            advice = f"{first}; otherwise {advice}"
    if inflated:  # never "take it out" alone: the law may forbid it (C4 of the 48th round)
        advice = _INFLATED_FIRST
    return message, advice


def _already_net_words(a: AlreadyNet, currency: str) -> str:
    """The other premise about revenue given up, stated once with its own figures: "; if your
    $635,800 is already after these (lines ...: $11,500), delete the lines instead: the
    profit is then $115,100, and BA101's gap $19,432 (4% × $635,800 − $6,000)"."""
    money = partial(format_money, currency=currency)
    these = (
        f"this ({money(a.given_up)})"
        if len(a.lines) == 1
        else f"these ({and_list([repr(name) for name in a.lines])}: {money(a.given_up)})"
    )
    said = (
        f"; if your {money(a.revenue)} is already after {these}, the full price never rung up, "
        f"delete {'the line' if len(a.lines) == 1 else 'the lines'} instead: the operating "
        f"profit is then {money(a.profit)}"
    )
    if a.gap > 0:
        return said + (
            f", and BA101's gap {money(a.gap)} ({format_limit(a.minimum)} × {money(a.revenue)} "
            f"− {money(a.spent)})"
        )
    share = format_percent(a.spent / a.revenue)
    if a.covered:
        return said + (
            f", and the marketing in money {share} of it ({money(a.spent)}), under BA101's "
            f"{format_limit(a.minimum)} minimum, made up by the commissions marketplaces kept, "
            "as BA101 counts them"
        )
    return said + f", and the marketing in money {share} of it ({money(a.spent)})"


#: What BA116 advises first where a line may break the law it quotes
_DEDUCTIBLE_FIRST = (
    "stop it where a customer's job is paid from an insurance claim, and ask a lawyer who "
    "knows your state's insurance law about those already paid"
)
_INFLATED_WHAT = (
    "a bill to the insurer raised to recover a customer's deductible, which is no discount: "
    "the insurer is billed more than the repair cost"
)
_INFLATED_FIRST = (
    "stop it, and ask a lawyer who knows your state's insurance fraud law about the claims "
    "already billed so; say how the insurer was billed for each"
)
_PREMIUM_FIRST = (
    "stop it unless your state allows rebates and you follow its rules (in Florida, a schedule "
    "filed with the insurer and applied alike to every insured), and ask your state's "
    "insurance department"
)
_WAIVER_FIRST = (
    "stop routine or advertised waivers: waive only case by case, for a financial need you "
    "document and tell the insurer of, and ask a health-care lawyer about those already given"
)
#: ...outside the US, where the country's terms were not read: ask before waiving again
_WAIVER_FIRST_ABROAD = (
    "stop waiving it until the insurer or payer confirms that its terms allow it, and ask your "
    "professional body about those already given"
)


def _waiver_words(rule: str | None) -> tuple[str, str]:
    """The clause BA116 opens a rule on waiving what patients owe with, and what it advises
    first: the US law's (42 U.S.C. §1320a-7a), with its exception for a documented financial
    need, or a country's own, which the data quotes without one (a UK clinic's waived excess:
    the sixty-first round, part n, 2026-12-07)."""
    if rule is None or "1320a-7a" in rule:
        return WAIVER_CLAUSE, _WAIVER_FIRST
    return WAIVER_CLAUSE_ABROAD, _WAIVER_FIRST_ABROAD


def _made_before_pay(f: Financing, message: str, currency: str) -> Words:
    """BA116 for a draw that is the owner's only pay where what the business made before
    paying the owner is less than the draw, or than the federal minimum wage an hour: there
    is no profit to take out of (AI16 and AJ7 of the twenty-second round)."""
    assert f.before_pay is not None
    whose, owners = owners_paid(f.owners, counted=False), owners_of(f.owners, counted=False)
    week, work = f"{owners} week", f"{owners} work"
    made = (
        f"made {format_money(f.before_pay, currency)}"
        if f.before_pay > 0
        else f"lost {format_money(-f.before_pay, currency)}"
    )
    if f.per_hour is not None and f.before_pay > 0:
        made += f", {format_money(cents(f.per_hour), currency)} an hour of {week}"
        if f.under_minimum:
            wage = format_money(FEDERAL_MINIMUM_WAGE, "USD")
            made += f" (under the federal minimum wage of {wage} an hour)"
    message += f"; before paying {whose}, the business {made}" + (
        f": the draw is {format_money(f.spend - f.before_pay, currency)} more than it earned, "
        "paid from savings, debt or the business's cash"
        if f.more_than_made
        else ""
    )
    advice = (
        f"the draw is the only pay for {work}, and the business does not earn "
        + ("it yet" if f.more_than_made else "a wage for those hours yet")
        + ": list a "
        "fair wage for those hours as a cost (a salary, or what a manager doing them would "
        "cost), and fix the loss that leaves first: prices, the costs that bring no customers "
        "and no delivery, or more customers from the channels that pay back"
    )
    return message, advice


def _ba117(hit: Hit, currency: str) -> Words:
    f: MarginMismatch = hit.figures
    revenue = "net revenue" if f.net else "revenue"
    stated = format_percent(f.stated)
    if f.fees is not None:  # the stated margin is after referral fees the CAC counts (BK4)
        return _ba117_fees(f, f.fees, currency)
    message = (
        f"the stated gross margin, {stated}, is not what the listed costs give: "
        f"({format_money(f.revenue, currency)} {revenue} − "
        + (f"{format_money(f.taken_out, currency)} taken out − " if f.taken_out else "")
        + f"{format_money(f.cost_of_sales, currency)} cost of sales) ÷ "
        f"{format_money(f.revenue, currency)} = {format_percent(f.listed)}; the lifetime value "
        f"and payback are built on the {stated}"
    )
    if f.stated > f.listed:  # every LTV figure is flattered
        return message, (
            "check the stated margin against the costs of delivering: if some cost of sales is "
            "missing from the profile, add it; if a line read as cost of sales is not, "
            "correct its kind" + _look_first(f, "read as cost of sales", currency)
        )
    if f.pay and f.with_pay is not None:  # pay on each sale in the stated margin (BH4)
        paid = sum((spend for _, spend in f.pay), Decimal(0))
        names = and_list([repr(name) for name, _ in f.pay])
        return (
            message
            + f"; with {names} ({format_money(paid, currency)}), paid on each sale, as a cost of "
            f"sale it is ({format_money(f.revenue, currency)} − "
            + (f"{format_money(f.taken_out, currency)} taken out − " if f.taken_out else "")
            + f"{format_money(f.cost_of_sales, currency)} − {format_money(paid, currency)}) ÷ "
            f"{format_money(f.revenue, currency)} = {format_percent(f.with_pay)}, near the "
            f"stated {stated}: the stated margin carries that pay already, so the cost to win a "
            "customer leaves it out and counts it once, in the margin",
            f"mark {names} kind: cost-of-sales, and the listed margin will be "
            f"{format_percent(f.with_pay)} beside the stated {stated}; if the {stated} is "
            f"before that pay, restate it as the margin without it ({format_percent(f.listed)} "
            "as listed), and the cost to win a customer will count the pay instead",
        )
    if f.unread:  # lines no term placed may be the direct costs (BF5 of the sixty-first round)
        spent = f.cost_of_sales + f.unread
        with_them = (f.revenue - f.taken_out - spent) / f.revenue
        return message, (
            "the lines it could not read (BA106) are counted as operations: if they are direct "
            "costs (job labour, materials), mark them kind: cost-of-sales; if they are not, the "
            "stated margin cannot be reconciled with the books: restate it"
            + _look_first(f, "it could not read", currency)
            + f"; as cost of sales, all {format_money(f.unread, currency)} of them would give ("
            f"{format_money(f.revenue, currency)} − "
            + (f"{format_money(f.taken_out, currency)} taken out − " if f.taken_out else "")
            + f"{format_money(spent, currency)}) ÷ {format_money(f.revenue, currency)} = "
            f"{format_percent(with_them)}"
        )
    return message, (
        "if direct costs (job labour, materials, tooling) are listed as operations, mark them "
        "kind: cost-of-sales, and the two will agree; if the stated margin is out of date, "
        "restate it" + _look_first(f, "read as operations", currency)
    )


def _ba117_fees(f: MarginMismatch, fees: FeesInMargin, currency: str) -> Words:
    """BA117 where the stated margin is the books' margin after referral fees the CAC counts
    (BK4 of the sixty-third review round, 2026-12-08: a real-estate team's 55% had been set
    against 68.1% and 'Car & mileage' named as the cost to look at, while the gap was its
    $186,000 of referral fees, counted in the margin and in the CAC)."""
    stated, fee = format_percent(f.stated), format_money(fees.spend, currency)
    taken = f"{format_money(f.taken_out, currency)} taken out − " if f.taken_out else ""
    return (
        f"the stated gross margin, {stated}, looks like the margin after the {fee} of referral "
        f"fees ({and_list([repr(name) for name in fees.lines])}): "
        f"({format_money(f.revenue, currency)} − {taken}"
        f"{format_money(f.cost_of_sales, currency)} cost of sales − {fee}) ÷ "
        f"{format_money(f.revenue, currency)} = {format_percent(fees.after)}; a referral fee is "
        "paid on the closings it bought, so it is counted in what a customer costs, and the "
        f"lifetime value and payback are built on the margin before it, "
        f"{format_percent(fees.before)}, so that the fees are not counted twice",
        f"state the margin before referral fees ({format_percent(fees.before)} as listed) and "
        "the two will agree; if the fees are not paid only on the closings they bought, say so "
        "in the lines' names",
    )


def _ba118(hit: Hit, currency: str) -> Words:
    f: OwnerUnpaid = hit.figures
    revenue = revenue_of(f.net, f.collected)
    owner, works, week = (
        ("the owner", "who works", "the owner's week")
        if f.owners == 1
        else (f"the {f.owners} owners", "who work", "their weeks")
    )
    whose = owners_of(f.owners)
    # a line that pays a doctor by name may be the owner's pay: asked, not denied (B16)
    says = "says it pays" if f.maybe else "pays"
    maybe = (
        f"; if {f.maybe!r} pays {owner}, say so in its name ('{f.maybe} (owner)') and BA118 "
        "reads it"
        if f.maybe
        else ""
    )
    if f.profit <= 0:  # at a loss, nothing is left for the owner's pay (AI9, twenty-second round)
        return (
            f"no line {says} {owner}, {works} {format_hours(f.hours)} hours a week: the operating "
            f"{'loss' if f.profit < 0 else 'result'} of {format_money(-f.profit, currency)} "
            f"({format_percent(-f.profit / f.revenue)} of {revenue}) leaves nothing for {whose} "
            "pay, and with a wage for those hours it would be that much worse",
            "list a fair wage for those hours as an operations line (what it would cost to hire "
            "someone to do that work), even if it is not paid yet: the loss with it is what the "
            "business must earn, or fund, before it pays its owners; if a line such as payroll "
            "already pays the owner, skip BA118 with that reason" + maybe,
        )
    without = ""
    if f.moved > 0:  # lines BA116 names that are no cost of the period (F4, thirty-third round)
        clear = f.profit + f.moved
        # at most: a loan's interest and its asset's depreciation, listed in their place,
        # and tax remitted that revenue may count, would take some back (R3 of the round's
        # re-review)
        without = (
            f" (at most {format_money(clear, currency)} without the lines BA116 names, before "
            "the interest and depreciation to list in their place: at most "
            f"{format_money(cents(f.per_hour * clear / f.profit), currency)} an hour)"
        )
    if f.after_operating > 0:  # interest comes before the owners' pay (F11, thirty-third round)
        left = f.profit - f.after_operating
        listed = format_money(f.after_operating, currency)
        what = (  # only what the profile lists, as the report's profit line says it
            "interest"
            if not f.income_tax
            else "income tax"
            if f.income_tax == f.after_operating
            else "interest and income tax"
        )
        without += f"; after the {listed} of {what} listed below it, " + (
            f"{format_money(cents(f.per_hour * left / f.profit), currency)} an hour"
            if left > 0
            else f"nothing: a loss of {format_money(-left, currency)}"
            if left < 0
            else "nothing"
        )
    return (
        f"no line {says} {owner}, {works} {format_hours(f.hours)} hours a week: the operating "
        f"profit of {format_money(f.profit, currency)} ({format_percent(f.profit / f.revenue)} "
        f"of {revenue}) is also {whose} pay, {format_money(cents(f.per_hour), currency)} an "
        f"hour of {week}{without}",
        "list the owner's pay as an operations line (a salary, officer compensation), or, if "
        "paid by draws, a fair wage for those hours; if a line such as payroll already pays "
        "the owner, skip BA118 with that reason" + maybe,
    )


#: What BA120 says a line's ad or promotion does, and what to do, by what core.ad_claims read
_AD_CLAIMS: dict[str, tuple[str, str]] = {
    "credit terms": (
        "advertises a payment or a down payment for credit without the annual percentage rate",
        "stop it until the ad shows the down payment, the terms of repayment and the APR as "
        "plainly as the payment; until then it is no channel to grow",
    ),
    "children": (
        "aims its ads at children under 13",
        "aim the ads at their parents instead (the parents buy), by age and place as the "
        "platform allows; until then it is no channel to grow",
    ),
    "raffle": (
        "runs a raffle that people pay to enter",
        "make entry free ('no purchase necessary', with a free way to enter as good as the "
        "paid one) or run it with a charity under its licence; until then it is no channel to "
        "grow",
    ),
    "hidden fee": (
        "advertises a price or a free offer without a fee every buyer pays",
        "advertise the price with every mandatory fee in it (or drop the fee), and check the "
        "ads that named it; until then it is no channel to grow",
    ),
    "licence number": (
        "runs ads without the contractor's licence number",
        "put the licence number in every ad, on the vehicles and on the site; until then it is "
        "no channel to grow",
    ),
    "negative equity": (
        "promises to pay off a trade-in whatever is owed on it",
        "stop the promise, or say plainly in the ad that what is owed over the trade's worth is "
        "added to the new loan; until then it is no channel to grow",
    ),
    "fsa overnight": (
        "advertises an overnight camp as eligible for a dependent care FSA",
        "drop the claim for the overnight weeks (the day camp may make it), and correct the ads "
        "that made it; until then it is no channel to grow",
    ),
    "minors": (
        "advertises or offers tattoos or piercings to people under 18",
        "stop it: aim the ads at adults (18 and over, or 21 and over where the platform's "
        "own policy asks), check a government ID for every client, and keep a parent's "
        "consent on file for any piercing your state allows; until then it is no channel to "
        "grow",
    ),
    "unheld claim": (
        "advertises a certification, an accreditation or a licence the line says the "
        "business does not hold",
        "stop the claim (or the service the licence does not cover) until it is true, and "
        "correct the ads that made it; until then it is no channel to grow",
    ),
    "unlicensed contractor": (
        "advertises contracting under a licence the line says the business does not hold",
        "take the claim off the vehicles, signs and ads, and get the state's contractor's "
        "licence before advertising the work; until then it is no channel to grow",
    ),
    "robocalls": (
        "makes robocalls to a bought list or to cell phones",
        "stop it: call or text only those who gave prior express written consent, scrub "
        "against the Do-Not-Call registry, and keep the proof of consent; until then it is "
        "no channel to grow",
    ),
    "bought list": (
        "sends marketing texts to a bought list",
        "stop it: text only customers who opted in (with a record of their consent and a way "
        "to stop), and reach others through ads or mail; until then it is no channel to grow",
    ),
    # A4 of the forty-seventh round (2026-12-06)
    "pending credential": (
        "claims an accreditation, a certification or a licence the line says is not yet granted",
        "take the claim out of every ad until it is granted (say 'candidate for accreditation' "
        "only where the accreditor allows it), and correct the ads that made it; until then it "
        "is no channel to grow",
    ),
    "dental specialty": (
        "claims a board certification or a specialty the line says the dentist does not hold",
        "take the claim out of every ad and page until it is true (name the board and the "
        "specialty where it is held), and correct the ads that made it; until then it is no "
        "channel to grow",
    ),
    "false scarcity": (
        "claims a scarcity the line says is false (only a few left when many are)",
        "say how many remain, truly, or say nothing of it, and correct the ads that made the "
        "claim; until then it is no channel to grow",
    ),
    "charity claim": (
        "says its proceeds go to a charity the line says is paid nothing",
        "pay the charity what the ads promised (with a written agreement), or take the claim "
        "out and tell those who paid; until then it is no channel to grow",
    ),
    # A3 of the forty-seventh round (2026-12-06)
    "unconsented texts": (
        "sends marketing texts the line says went without the recipients' consent",
        "stop it: text only those who gave prior express written consent (keep the record of "
        "it and a way to stop), scrub against the Do-Not-Call registry, and reach the others "
        "through ads or mail; until then it is no channel to grow",
    ),
    # C2 of the forty-eighth round (2026-12-06): a DME supplier's
    "dme telephone": (
        # (not "unasked": one who asked by phone has not given the written permission the
        # statute wants, E7 of the forty-eighth round's second re-review, 2026-12-06)
        "calls Medicare beneficiaries about equipment or supplies, which a supplier may do "
        "only with their written permission, or about what it furnished them",
        "stop the calls, and the vendor's, unless each person called gave written permission "
        "(a call-back asked for by phone is not it): call only those who asked in writing, or "
        "your own customers about what you furnished them (or within 15 months of it); reach "
        "others through their prescribers' orders, ads and mail; until then it is no channel "
        "to grow",
    ),
    "medicare full coverage": (
        "says Medicare pays all of an item or that it costs the beneficiary nothing, where "
        "Part B pays 80% and the beneficiary owes 20% after the deductible",
        "take the claim out of every ad; say what Medicare pays and that a supplement or "
        "Medicaid may pay the rest; until then it is no channel to grow",
    ),
    "medicare gift": (
        "gives Medicare or Medicaid customers something free with an order, worth more than "
        "the nominal value the law allows ($15 an item, $75 a year)",
        "stop it for those customers, or keep to what is of nominal value and no cash "
        "equivalent; win them on service and delivery, and check with a health-care lawyer; "
        "until then it is no channel to grow",
    ),
    # D8 of the round's re-review: an insurance agency's gift for a Medicare enrollment
    "medicare plan gift": (
        "gives Medicare customers something for enrolling, where an agent may give only a "
        "nominal gift offered whether or not they enrol",
        "stop it, or offer only a nominal gift to all who attend or ask, whether or not they "
        "enrol; check with your state's department of insurance; until then it is no channel "
        "to grow",
    ),
    # C5 of the forty-eighth round (2026-12-06): a household-goods mover's
    "hostage goods": (
        "holds customers' goods until more is paid than the estimate allows",
        "stop it: release every shipment on payment of the binding estimate, or of 110% of a "
        "non-binding one, and bill the rest after delivery; estimate from a survey of the "
        "goods so the estimate holds; until then it is no channel to grow",
    ),
    "binding estimate": (
        "advertises binding estimates the line says it does not give (non-binding, by phone)",
        "give binding estimates in writing after a survey of the goods (in person or by "
        "video), or take the claim out of every ad; until then it is no channel to grow",
    ),
    # C3 of the forty-eighth round (2026-12-06): a counselling practice's
    "client testimonials": (
        "solicits testimonials from current clients, which the codes of ethics of "
        "psychologists and counsellors forbid",
        "take down the testimonials current clients gave, and ask for none from them (nor "
        "from former clients, under the ACA's code); show credentials, approaches and "
        "directory profiles instead; until then it is no channel to grow",
    ),
    "protected title": (
        "advertises psychologists the line says the staff are not",
        'name each clinician\'s own licence ("LPC Associate, supervised by ..."), and call '
        "psychologists only those your state's board licenses; correct the ads that made the "
        "claim; until then it is no channel to grow",
    ),
    "vulnerable solicitation": (
        "seems to sign up as clients, in person, people in a shelter or after a disaster or "
        "a crisis, whom the codes of ethics protect from uninvited solicitation",
        "if the outreach only provides disaster or community services, say so in the line "
        "(or skip BA120 for it with that reason); if it signs people up as paying clients, "
        "stop it and let them come to you by referral; until then it is no channel to grow",
    ),
    # C4 of the forty-eighth round (2026-12-06): a collision shop's
    "shop choice": (
        "says the customer's insurance requires them to use the shop, where the insured "
        "chooses the repairer",
        "take the claim out of every ad; say what is true (that the customer may choose any "
        "shop, and that you work with their insurer); until then it is no channel to grow",
    ),
    "mailbox": (
        "puts flyers in mailboxes",
        "mail them (Every Door Direct Mail costs a few cents more a piece), or hang them on "
        "doors, away from the mailbox; until then it is no channel to grow",
    ),
    "lapsed claim": (
        "claims an accreditation, a certification or a licence the line says has lapsed",
        "stop the claim until it is true again, and correct the ads that made it; until then "
        "it is no channel to grow",
    ),
    # T4 of the forty-fifth round (2026-12-06): a property manager's rental ads
    "familial status": (
        "states a preference against families with children in a rental ad",
        "take the words out of every ad and listing (describe the home, not who should live "
        "in it), rent to families on the same terms, and check the other ads that ran; until "
        "then it is no channel to grow",
    ),
    "source of income": (
        "refuses tenants who pay with a housing voucher in a rental ad",
        "take the words out of every ad and listing, and check whether your state or city "
        "forbids refusing vouchers (if it does, screen voucher holders as any applicant); "
        "until then it is no channel to grow",
    ),
    "familial status and income": (
        "states a preference against families with children, and refuses tenants who pay "
        "with a housing voucher, in a rental ad",
        "take the words out of every ad and listing (describe the home, not who should live "
        "in it), rent to families on the same terms, check whether your state or city forbids "
        "refusing vouchers, and check the other ads that ran; until then it is no channel to "
        "grow",
    ),
    # T3 of the forty-fifth round (2026-12-06): a cosmetic-surgery practice's ads
    "board claim": (
        "claims a board certification the line says the physician does not hold",
        "take the claim out of every ad and page until it is true (name the board and the "
        "specialty where it is an ABMS board or one your medical board recognises), and "
        "correct the ads that made it; until then it is no channel to grow",
    ),
    "altered photos": (
        "shows before-and-after images the line says are stock, another's patients or altered",
        "show only your own patients' unaltered photos, with their written consent, taken "
        "alike before and after; take down the others; until then it is no channel to grow",
    ),
    "cosmetic minors": (
        "aims ads for a cosmetic procedure at people under 18",
        "stop it: aim the ads at adults (18 and over), and speak to a minor's parents, whose "
        "consent the procedure needs; until then it is no channel to grow",
    ),
    # X3 of the forty-sixth round (2026-12-06): a hearing clinic's, a memory-care
    # community's, a tutoring centre's and a travel agency's ads
    "coverage claim": (
        "says Medicare pays for hearing aids or custodial care (assisted living, memory care), "
        "which Original Medicare does not cover",
        "take the claim out of every ad and mailer; if some plans pay (a Medicare Advantage "
        "plan, Medicaid or a waiver), name those plans and say the coverage varies; until then "
        "it is no channel to grow",
    ),
    "fda approval": (
        'calls a device "FDA approved" that is cleared or exempt, not approved',
        'say "FDA-cleared" or "FDA-registered" only where it is true, and correct the ads '
        "that made the claim; until then it is no channel to grow",
    ),
    "efficacy claim": (
        "claims a result no evidence supports (hearing restored to normal, hearing loss cured)",
        "take the claim out, and claim only what the evidence for the device shows (that it "
        "amplifies, that it helps in noise, as its trials found); until then it is no channel "
        "to grow",
    ),
    "guarantee terms": (
        "advertises a guarantee without its terms, as the line says",
        "state the guarantee's conditions and limits in the ad (or where the ad says they "
        "are), and honour it as advertised; until then it is no channel to grow",
    ),
    "false affiliation": (
        "claims a partnership, an affiliation or an endorsement the line says the business "
        "does not have",
        "take the claim out of every ad and page, and correct the ads that made it; until then "
        "it is no channel to grow",
    ),
    "travel registration": (
        "runs a California seller of travel's ads without its registration number",
        'register with the Attorney General if you have not, and put the number ("CST '
        '#...") in every ad, on the site and in e-mails that sell travel; until then it is no '
        "channel to grow",
    ),
    # X4 of the forty-sixth round (2026-12-06): a pest-control company's door-to-door sales
    # and its pesticide ads
    "cooling-off notice": (
        "signs door-to-door contracts without the notice of the buyer's 3-day right to cancel",
        "give every buyer at signing the contract with the notice of the right to cancel and "
        "two copies of the cancellation form, and send them now to those who signed without "
        "them (their right to cancel runs until they have them); count what those accounts "
        "may cancel; until then it is no channel to grow",
    ),
    "pesticide safety": (
        'calls a pesticide or its treatment safe ("non-toxic", "safe for kids and pets", '
        '"harmless")',
        "take the safety claims out of every ad, and say what the label lets you say (how "
        "long to keep children and pets off a treated area, for one); until then it is no "
        "channel to grow",
    ),
    # G3 of the forty-ninth round (2026-12-06): a residential solar installer's
    "free solar": (
        'calls solar "free" or "no cost" (or a "government program") in an ad, where the '
        "homeowner pays for the system in cash, through a loan, a lease or a power purchase "
        "agreement",
        "take the claim out of every ad and script: say what the homeowner pays (the price, "
        "or the loan's, lease's or agreement's payments) and what it may save; if the ad is "
        "for a state programme that pays for the system, name the programme in the line; "
        "until then it is no channel to grow",
    ),
    "unconsented leads": (
        "buys leads the line says came without the consent the TCPA asks for",
        "do not call or text them by autodialer or prerecorded voice, nor any whose number is "
        "on the Do-Not-Call registry; buy only leads that come with each person's written "
        "consent to calls from you, and keep the record of it; until then it is no channel to "
        "grow",
    ),
    # G4 of the same round: a tax preparation office's
    "return information": (
        "uses or discloses clients' tax return information (their names and addresses "
        "included) for something other than preparing their returns, without their written "
        "consent",
        "stop it: ask each client for the written consent the regulations set out, a "
        "separate one for each use or disclosure, before using or sharing their information "
        "(and only where they give it); until then it is no channel to grow",
    ),
    "irs credential": (
        'calls its preparers "IRS-approved" or "IRS-certified", where the IRS approves and '
        "certifies no preparer",
        "take the claim out of every ad and sign, and name what each preparer holds (a "
        'licence, "Enrolled Agent", the Annual Filing Season Program\'s record of '
        "completion); until then it is no channel to grow",
    ),
    "refund guarantee": (
        "guarantees the maximum refund, which no preparer controls, and the line does not "
        "say what the guarantee pays or on what terms",
        "state the guarantee's terms in the ad (what is paid back, to whom, and how the "
        'refund is judged the "maximum"), or guarantee the accuracy of the work instead; '
        "until then it is no channel to grow",
    ),
    # G1 of the same round: a hospice's
    "hospice cost": (
        'says hospice is "100% free" with "no cost ever", where Medicare leaves small '
        "copayments and room and board to the patient",
        "say what is true: that Medicare's hospice benefit pays for nearly all care for the "
        "terminal illness, and what a patient may still owe; until then it is no channel to "
        "grow",
    ),
    "hospice eligibility": (
        "recruits or enrolls patients the line says are not terminally ill, whom Medicare's "
        "hospice benefit does not cover",
        "stop it: admit only patients a physician certifies as terminally ill, review the "
        "patients already admitted this way with your medical director, and speak with a "
        "health-care lawyer about the claims billed for them; until then it is no channel to "
        "grow",
    ),
    "live discharge": (
        "discharges patients alive to stay under Medicare's cap, which is not a reason the "
        "rules allow a discharge",
        "if those patients were no longer terminally ill, or moved, say so in the line (or "
        "skip BA120 for it with that reason); if they were discharged for the cap, stop it, "
        "keep caring for patients who remain eligible, repay any amount over the cap, and "
        "speak with a health-care lawyer",
    ),
    # G2 of the same round: a laboratory's
    "test coverage": (
        "says Medicare pays for all genetic testing, where it pays only for a test reasonable "
        "and necessary for the patient, on a physician's order",
        "take the claim out of every ad; say which tests Medicare may cover and that the "
        "patient's physician orders them; until then it is no channel to grow",
    ),
    # G6 of the same round: a lawn-care company's
    "unlicensed applicator": (
        "applies pesticides by people the line says hold no applicator licence or certification",
        "stop their applications until each holds the licence your state's pesticide law "
        "requires for for-hire work (or works under one who does, where the state allows it); "
        "check with your state's pesticide regulator",
    ),
    # G13 of the same round: a florist's order gatherer's
    "false local listing": (
        "keeps business listings at addresses where the business has no staffed location, "
        "telling customers it is local where it is not",
        "take the listings down; list only where you have a staffed location, and say where "
        "orders are filled; until then it is no channel to grow",
    ),
    # G3 (the rest) of the same round: a solar installer's dealer fee hidden in its price
    "hidden finance charge": (
        "hides a lender's dealer fee in the price financed customers pay, or charges them "
        "more than cash customers for it",
        "charge cash and financed customers the same price, or tell the lender that the fee "
        "is in the price so that its Truth in Lending disclosures count it as a finance "
        "charge; show each customer the cash price beside the financed one, and ask your "
        "lender and counsel what your state adds",
    ),
    # K2 of the fiftieth round (2026-12-06): a debt relief or credit repair business's
    "debt relief advance fee": (
        "takes a debt relief fee before any of the customer's debts is settled",
        "stop it: charge nothing until a debt is settled under an agreement the customer "
        "signed and the customer has paid under it, then only the share of the fee the "
        "settled debt bears (or a percentage of what was saved); refund the fees taken "
        "early if counsel advises, and check your state's debt-settlement law; until then it "
        "is no channel to grow",
    ),
    "credit repair advance fee": (
        "charges for credit repair before the service is performed",
        "stop it: bill only for work fully performed, after it is done; give each customer "
        "the written disclosure and the 3-day right to cancel the Act requires; until then "
        "it is no channel to grow",
    ),
    "government debt programme": (
        "calls its debt relief a government programme, which it is not",
        "take the claim out of every ad and script; say who you are and what the service "
        "costs, how long it takes and what it does to the credit score; do not promise a "
        "share of the debt cut; until then it is no channel to grow",
    ),
    "credit removal claim": (
        "guarantees to remove negative items from credit reports, where only inaccurate or "
        "unverifiable ones may be removed",
        "take the guarantee out of every ad; say what is true (that you dispute items that "
        "are inaccurate or cannot be verified); until then it is no channel to grow",
    ),
    # K1 of the same round: a compounding pharmacy's
    "compounded drug claim": (
        'calls a compounded drug "FDA approved" or the same as an approved drug, which it is not',
        "take the claim out of every ad and page; say that the drug is compounded for the "
        "patient and not FDA-approved; and check with counsel that you still may compound it "
        "(semaglutide's shortage ended in 2025); until then it is no channel to grow",
    ),
    "hormone safety claim": (
        "calls compounded bioidentical hormones safer than approved hormone therapy (or free "
        "of its risks), which no evidence supports",
        "take the safety claims out of every ad and page; say that the hormones are "
        "compounded, not FDA-approved, and carry the risks of hormone therapy; until then it "
        "is no channel to grow",
    ),
    # K4 and K3 of the same round: a roofer's and an auto glass shop's
    "public adjusting": (
        "acts as its customers' public adjuster, negotiating their claims with the insurer, "
        "as a contractor or without the licence",
        "stop it, and take the offer out of every ad and script: give the homeowner your "
        "estimate and the damage's photos, and let the homeowner, or a licensed public "
        "adjuster you do not work with, deal with the insurer; until then it is no channel to "
        "grow",
    ),
    "benefits assignment": (
        "takes assignments of its customers' insurance benefits: are any of them in Florida, "
        "under a policy issued since 1 January 2023, where such assignments are invalid?",
        "if you work in Florida, stop taking them and have the homeowner claim and pay you; "
        "elsewhere, check your state's conditions (a written agreement, a right to rescind, "
        "what the insurer must be sent) with counsel",
    ),
    "billed not done": (
        "bills for work or parts the line says were not done or not installed",
        "stop it: bill only for the work done and the parts installed; correct the claims "
        "already sent (tell the insurer, refund the overpayment) and speak with a lawyer; it "
        "is no cost of the work, and no channel to grow",
    ),
    # K6 of the same round: a driving school's and a carrier's
    "pass guarantee": (
        "guarantees students will pass their test, which no school controls, and the line "
        "does not say what the guarantee gives",
        "state the guarantee's terms in the ad (a free retest lesson, a refund, and on what "
        "conditions), or guarantee what you control (lessons until the student is ready); "
        "until then it is no channel to grow",
    ),
    "unlicensed instructor": (
        "has students taught by instructors the line says hold no driving instructor licence",
        "stop their lessons until each holds your state's instructor licence, and ask your "
        "DMV whether the certificates they signed hold; until then it is no channel to grow",
    ),
    "double brokering": (
        "re-brokers loads to other carriers without broker authority (double brokering)",
        "stop it: haul the loads you accept yourself, or get broker authority (registration "
        "and the $75,000 bond or trust) and the shipper's or broker's written consent before "
        "arranging another carrier; until then it is no channel to grow",
    ),
    # AL4 of the fifty-first round (2026-12-06): an immigration consultant's
    "notario title": (
        # (in an ad, or anywhere in a non-law firm's line: AM5 of the round's re-review)
        'calls the business "notario" (or "licenciado") in an ad or in what it names its '
        "work, a title that tells Spanish-speaking clients it is a lawyer",
        'take "notario", "notario público" and "licenciado" out of every ad, sign and card, '
        'and say in each ad, clearly, that the consultant is not an attorney ("no soy '
        'abogado" in Spanish ads too); until then it is no channel to grow',
    ),
    "immigration guarantee": (
        "guarantees an immigration result (a green card, a visa, asylum, a work permit), "
        "which only the government decides",
        "take the guarantee out of every ad and script; say what you do (prepare and file "
        "the forms the client chooses) and what it costs; until then it is no channel to grow",
    ),
    "non-lawyer legal advice": (
        "gives legal advice or representation, where the line says those giving it are not "
        "attorneys",
        "stop it: advise on eligibility and represent clients only through an attorney or a "
        "DOJ-accredited representative; refer those who need advice to one (a consultant may "
        "make referrals), and speak with a lawyer about the clients already advised; it is "
        "no cost of the work, and no channel to grow",
    ),
    "government influence": (
        "claims inside contacts or influence at a government agency that decides the client's case",
        "take the claim out of every ad and script; no contact speeds a decision; mention "
        "USCIS's own premium processing, with its fee, where a form allows it; until then it "
        "is no channel to grow",
    ),
    # AL6 of the fifty-first round (2026-12-06): a pawn shop's
    "military rate": (
        "offers servicemembers credit at a yearly rate above the Military Lending Act's 36% "
        "(a monthly rate counts twelve times)",
        "stop it: to active-duty members and their dependants, lend at a military APR of 36% "
        "or less, disclosed orally and in writing before each loan (check each borrower "
        "against the Department of Defense's MLA database), and take the rate out of ads "
        "aimed at them; until then it is no channel to grow",
    ),
    "periodic rate": (
        "states a monthly or weekly rate of finance charge in an ad without the annual "
        "percentage rate",
        'state the rate as an "APR" (a monthly rate times twelve, at least), with the '
        "monthly rate no more prominent than it; until then it is no channel to grow",
    ),
    # AL5 and AL7 of the fifty-first round (2026-12-06): a locksmith's and a pool builder's
    "unlicensed locksmith": (
        "has locksmith work done by technicians the line says hold no locksmith licence or "
        "registration",
        "stop their jobs until each is licensed or registered as your state requires (in "
        "California, the company's locksmith licence and each employee's registration with "
        "the Bureau of Security and Investigative Services); until then it is no cost of the "
        "work to count, and no channel to grow",
    ),
    "unlicensed contracting": (
        "builds or contracts without the contractor's licence, as the line says",
        "stop contracting until the business (or its qualifier) holds the licence your state "
        "requires for the work, a swimming pool's in California; speak with a construction "
        "lawyer about the contracts already signed, which may not be enforceable; until then "
        "it is no channel to grow",
    ),
    "bait price": (
        "advertises a price for a call or a visit far below what the line says the jobs are billed",
        "advertise what customers pay: the service call with the usual price range of the "
        "jobs, or a firm price for each job; quote the full price before starting the work, "
        "and honour the advertised one; until then it is no channel to grow",
    ),
    "deposit cap": (
        "takes down payments over 10% of the contract price (or over the cap it names), more "
        "than California allows on a home improvement or pool contract: does your state cap "
        "them?",
        "where your state caps deposits (California: $1,000 or 10%, whichever is less), take "
        "no more at signing, and schedule the other payments by the work done and the "
        "materials delivered; elsewhere, say so in the line (or skip BA120 for it with that "
        "reason)",
    ),
    "lifetime warranty": (
        'calls a warranty "lifetime" without saying whose life it lasts or what it covers',
        "say in the ad whose life the warranty lasts (yours while you own the home, the "
        "shell's) and what it covers and leaves out, or point to where the written warranty "
        "says it; until then it is no channel to grow",
    ),
    # AL2 of the fifty-first round (2026-12-06): a medical transport company's
    "medicare transport": (
        "says Medicare pays all of a trip, or pays for wheelchair van rides, where Part B "
        "pays 80% of a covered ambulance trip and nothing for van rides",
        "take the claim out of every ad; say which trips Medicare may cover (an ambulance "
        "where the patient's condition requires one, 80% after the deductible) and that "
        "Medicaid, or some Medicare Advantage plans, may pay for van rides; until then it is "
        "no channel to grow",
    ),
    # AO1, AO3, AO4, AO5 and AO10 of the fifty-second round (2026-12-07): core.practice_claims
    "upcoding pay": (
        "pays coders or billers by the code level raised, which rewards billing higher codes "
        "than the records support",
        "stop it: pay coders by the hour, or by accuracy that an audit measures, never by "
        "code level or amount billed; audit a sample of the claims already coded under it "
        "and return any overpayment (within 60 days of identifying it, 42 U.S.C. "
        "§1320a-7k(d)); speak with a health-care lawyer",
    ),
    "no baa": (
        "has patients' records handled by people or a vendor the line says signed no "
        "business associate agreement",
        "stop sending them records until a business associate agreement is signed (with "
        "each subcontractor, offshore or not), and check what they have already received "
        "with your HIPAA privacy officer or a health-care lawyer; it is no cost of the work "
        "to count until then",
    ),
    "result guarantee": (
        "guarantees a result or an income in an ad (a rise in collections, a rental income) "
        "that it cannot show it achieves for every customer",
        "take the guarantee out, or keep only what you can show and will honour: state the "
        "basis (what results clients had, over what period) and the guarantee's terms (what "
        "the customer gets if it is not met) in the ad; until then it is no channel to grow",
    ),
    "recovery claim": (
        "claims a recovery or success rate for substance-use recovery in an ad",
        "take the rate out of every ad and page; say what the home provides (peer support, a "
        "drug-free residence, its certification) and, if you cite outcomes, only measured "
        "ones with how they were measured; until then it is no channel to grow",
    ),
    "undisclosed pay": (
        "calls its service free while, as the line says, the pay it receives from others is "
        "not disclosed to those it advises",
        "disclose, in every ad that says free and in writing before each referral, who pays "
        "you and how the fee is computed (in Washington, the disclosure statement of RCW "
        "18.330.050); until then it is no channel to grow",
    ),
    "paid recommendation": (
        "presents its recommendations as the best on merit, where the line says they go "
        "only to those who pay it",
        "say in the ad that you recommend from the providers you have agreements with and "
        "that they pay you, or recommend beyond them; until then it is no channel to grow",
    ),
    "unvoted ranking": (
        'says it was "voted" or "rated" best, where the line says no vote or survey was held',
        "take the claim out, or cite the vote, survey or award that made it (who ran it and "
        "when); plain praise of your own food is puffery, a claimed vote is not; until then "
        "it is no channel to grow",
    ),
    "unlicensed rental agent": (
        "has others' homes rented, leased or shown by agents the line says hold no licence",
        "have homes shown and rented only by licensed agents or under a licensed broker, as "
        "your state's broker licence law requires (check its exemptions for a rental "
        "manager's own employees); until then it is no cost of the work to count, and no "
        "channel to grow",
    ),
    # AO2 of the fifty-second round (2026-12-07): a liquor store's, asked
    "alcohol free goods": (
        "gives something free with a purchase of alcohol, which your state's rules may forbid",
        "ask your state's alcohol beverage control agency whether a free good or a tasting "
        "tied to a purchase is allowed (California forbids free goods with a sale unless a "
        "statute allows them); hold tastings open to every customer, with no "
        "purchase required, where the state allows them; if yours allows it, say so in the "
        "line (or skip BA120 for it with that reason)",
    ),
    "alcohol below cost": (
        "advertises alcohol below cost, which your state's pricing rules may forbid",
        "ask your state's alcohol beverage control agency whether it sets minimum prices or "
        "forbids sales below cost before the ad runs again, and say 'below cost' only where "
        "it is true; if your state has no such rule, say so in the line (or skip BA120 for "
        "it with that reason)",
    ),
    # AO10 of the same round: a liquor store's fines for sales to minors
    "minor sales": (
        "is a fine for selling alcohol to minors, which puts the store's licence at risk",
        "check ID for every buyer who looks under 30 (or 40), train every clerk in "
        "responsible sales (your state's programme, where it has one) and use an ID scanner; "
        "book the fine as a penalty, not a cost of selling, and ask your state's alcohol "
        "beverage control agency what a further violation would cost the licence",
    ),
    # AS2, AS3, AS5 and AS6 of the fifty-third round (2026-12-07): core.practice_claims
    "earnings claim": (
        "claims in an ad what buyers earn, without the line showing that it is typical",
        "take the figure out, or keep only what written records of all buyers' earnings "
        "support and say in the ad what buyers generally earn; until then it is no channel to "
        "grow, whatever it seems to bring",
    ),
    "paid testimonial": (
        "uses testimonials from customers who were paid, without the line saying the "
        "payment is disclosed",
        "say in each testimonial, clearly and where it is read, that the customer was paid, "
        "and use only testimonials that reflect what buyers generally achieve; if it is "
        "disclosed, say so in the line (or skip BA120 for it with that reason)",
    ),
    "place guarantee": (
        "guarantees a place (on a team, a solo, a role) in an ad, which depends on more than "
        "the business controls",
        "take the guarantee out, or state exactly what is promised, on what conditions, and "
        "what the family gets if it is not met; until then it is no channel to grow",
    ),
    "cancellation blocked": (
        "keeps charging after a withdrawal, or lets customers cancel only with difficulty",
        "stop charging anyone who has withdrawn and refund what was charged after it; let "
        "customers cancel the way they signed up (online if online), and check your state's "
        "automatic-renewal and health-studio laws with a lawyer",
    ),
    "pretexting": (
        "obtains bank records by pretext calls, a federal crime",
        "stop it now, and refuse clients' requests for it; obtain financial records only by "
        "subpoena, consent or a lawful exception, and speak with a lawyer about what was "
        "obtained",
    ),
    "covert tracking": (
        "places trackers on cars without their owners' consent",
        "stop it and remove the trackers; track a vehicle only with its registered owner's "
        "or lessee's consent, and check your state's law with a lawyer",
    ),
    "foreclosure government claim": (
        "tells homeowners facing foreclosure that its offer is a government programme",
        "take the words out of every letter and ad, say who you are and that you are not "
        "affiliated with any government programme; until then it is no channel to grow",
    ),
    "unlicensed investigator": (
        "has investigations done by investigators the line says hold no licence",
        "use only investigators licensed in the state where they work (or your own licensed "
        "staff), as your state's private investigator law requires; until then it is no cost "
        "of the work to count",
    ),
    "untrue claim": (
        "makes a claim in an ad that the line itself says is not true",
        "take the claim out of every ad, page and profile now, and say only what your staff's "
        "real backgrounds and credentials support; until then it is no channel to grow",
    ),
    # AT4 of the fifty-third round's re-review (2026-12-07): core.practice_claims
    "communal sold as private": (
        "sells or bills the remains of a communal cremation as a private or individual one",
        "stop it now: sell as private only a cremation with the pet alone in the chamber, "
        "return each family the ashes of the service it paid for, and refund those billed for "
        "a private cremation they did not get; say in every ad and on every invoice which "
        "service it is, and check your state's pet cremation law with a lawyer",
    ),
    "hours of service": (
        "says it pays or schedules drivers to drive past the hours-of-service limits",
        "stop it: schedule runs so each driver stays within 10 hours of driving and 15 on "
        "duty after 8 off, hire or subcontract drivers for the extra runs, and price them so; "
        "check which hours rules reach your vehicles (federal or your state's) with your "
        "insurer or a transport lawyer",
    ),
    # N4 of the forty-third round (2026-12-06): a solar installer's FY2026 ads
    # P1 of its second re-review: a fiscal year that may have begun before the end
    "ending credit": (
        "promises homeowners the 30% federal solar tax credit in a period that runs past 31 "
        "December 2025, when it ended: an ad that ran after that date promises a credit a "
        "homeowner who installs then cannot get",
        "correct the claim in every ad and script that runs after 31 December 2025: a homeowner "
        "who installs now gets no federal credit; if you offer a lease or a PPA, say that its "
        "owner's credit lowers the price, not that the homeowner gets one; until then it is no "
        "channel to grow",
    ),
    "ended credit": (
        "promises homeowners the 30% federal solar tax credit in a period that began after "
        "it ended",
        "stop the claim and correct the ads and scripts that made it: a homeowner who buys and "
        "installs now gets no federal credit; if you offer a lease or a PPA, say that its "
        "owner's credit lowers the price, not that the homeowner gets one; until then it is no "
        "channel to grow",
    ),
}


#: What to check outside the US, for the claims no consumer law of most countries reaches
_AD_LAW_ELSEWHERE = {
    "familial status": "housing and equality law",
    "source of income": "housing and equality law",
    "familial status and income": "housing and equality law",
    "cosmetic minors": "law on advertising cosmetic procedures, and the platform's policy",
}


def _ba120(hit: Hit, currency: str) -> Words:
    message, advice = _ba120_words(hit, currency)
    if hit.figures.adviser:  # R14 of the forty-fourth round's re-review
        message += (
            "; for a registered investment adviser a paid review is also a compensated "
            "testimonial, which the SEC's Marketing Rule allows only with clear and prominent "
            "disclosure that it was paid and of the conflict it makes (17 CFR "
            "275.206(4)-1(b)(1))"
        )
    return message, advice


def _coverage_claimed(subject: str) -> str | None:
    """What a line's ad says Medicare pays for, where it names one of the two kinds alone:
    hearing aids (42 U.S.C. §1395y(a)(7)) or custodial care, as assisted living and memory
    care are (§1395y(a)(9)); None where it names both or neither (the general words). Y10 of
    the forty-sixth round's re-review, 2026-12-06: a hearing clinic's mailer read "says Medicare
    pays for hearing aids or custodial care (assisted living, memory care)"."""
    lowered = subject.lower()
    hearing = "hearing" in lowered
    care = "memory care" in lowered or "assisted living" in lowered or "custodial" in lowered
    if hearing == care:
        return None
    claimed = "hearing aids" if hearing else "custodial care (assisted living, memory care)"
    return f"says Medicare pays for {claimed}, which Original Medicare does not cover"


def _ba120_words(hit: Hit, currency: str) -> Words:
    f: Forbidden = hit.figures
    if f.what in _AD_CLAIMS:  # what an ad says, in any trade (I1 of the forty-first round)
        does, advice = _AD_CLAIMS[f.what]
        if f.what == "coverage claim":
            does = _coverage_claimed(hit.subject or "") or does
        law = (
            f.rule
            if currency == "USD"
            # a US statute with no like in most countries (K5 of the forty-second round)
            else "in the US, " + f.rule + "; check your country's postal rules"
            if f.what == "mailbox"
            # housing law, and a platform's policy, are no consumer law (T3 and T4 of the
            # forty-fifth round, 2026-12-06)
            else "in the US, " + f.rule + "; check your country's " + _AD_LAW_ELSEWHERE[f.what]
            if f.what in _AD_LAW_ELSEWHERE
            else "consumer law forbids it in most countries; "
            + ("check your country's (in the US: " + f.rule + ")")
        )
        return f"{hit.subject!r} {does}: {law}", advice
    if f.what == "fake review":  # written or bought (K1 of the forty-second round)
        return (
            f"{hit.subject!r} fakes or buys reviews, which the law forbids: "
            f"{fake_review_law(currency, f.rule)}",
            "stop it, and have the reviews it bought or wrote taken down; ask every real "
            "customer for an honest review in the same words, with no reward; until then it is "
            "no channel to grow",
        )
    if f.what == "review":  # the FTC's rule, in any trade (AD1 of the nineteenth round)
        return (  # ...and the law of the profile's country elsewhere (F14 of the 35th round)
            f"{hit.subject!r} rewards reviews of a particular sentiment (five stars, positive), "
            f"which the law forbids: {review_law(currency, f.rule)}",
            "stop it, or make the reward the same whatever the review says and ask for honest "
            "reviews; Google, Yelp and Amazon allow no reward for a review at all",
        )
    if f.what == "marketplace review":  # a seller's on Amazon (F5 of the thirty-second round)
        return (
            f"{hit.subject!r} gives something of value for reviews, which Amazon forbids: {f.rule}",
            "stop it; ask every buyer for a review in the same words with Amazon's own "
            "'Request a Review', and enrol new products in Amazon Vine; the FTC's rules also "
            "ask that any reward for a review be disclosed (16 CFR Part 255, revised 2023)",
        )
    if f.what == "platform review":  # Google's, Yelp's (F8 of the thirty-seventh round)
        return (
            f"{hit.subject!r} gives something of value for reviews: {f.rule}",
            "stop it; ask every customer for a review in the same words, with no reward (a "
            "link on the receipt, a card at the counter, a message after the job)",
        )
    if f.what == "contingent fee":  # a tax practice's (R3 of the 39th round's re-review)
        return (
            f"{hit.subject!r} prices a return or a refund claim on its result, which your "
            f"profession's code forbids: {f.rule}",
            "stop selling it on contingency: price the work at a fixed or hourly fee, and ask "
            "your state board of accountancy before marketing it again; until then it is no "
            "marketing to count or grow",
        )
    if f.what == "endorsement":  # endorsers who hide what they are given (G6, round 39)
        return (
            f"{hit.subject!r} pays or gives endorsers something of value and says they do not "
            f"disclose it, which the law forbids: {f.rule}",
            "require a clear '#ad' or 'paid partnership' label in every post and story, put it "
            "in each creator's agreement and check their posts, or stop it; until then it is "
            "no channel to grow",
        )
    if f.what == "free care":  # a home-care agency's (G4 of the thirty-ninth round)
        return (
            f"{hit.subject!r} gives clients or patients whose care Medicare or Medicaid pays "
            f"free care, worth more than the nominal value the law allows, to choose the "
            f"business: {f.rule}",
            # (a home-care agency's and a clinic's alike: H7 of the fortieth round)
            "stop it for those clients or patients (it may stay for those who pay privately, "
            "where your state's law allows it); win them on how soon care can start and the "
            "care itself, and check with a health-care lawyer",
        )
    if f.what == "free billed":  # an orthodontist's "free" X-rays (A2 of the 47th round)
        return (
            f"{hit.subject!r} advertises as free what the line says is billed to a health "
            f"programme or an insurer: {f.rule}",
            "call free only what nobody is billed for, or stop billing for what the ad gives; "
            "have a health-care lawyer check the claims before the ad runs again",
        )
    if f.what == "meal":  # a hearing clinic's seminar lunches (I4 of the forty-first round)
        return (
            f"{hit.subject!r} gives seniors, most of whom Medicare pays for, a meal worth more "
            f"than the nominal value the law allows ($15 an item) to choose the business: "
            f"{f.rule}",
            "keep what the seminars serve to nominal value (coffee and light snacks, under $15 "
            "a guest), or check it with a health-care lawyer; win patients on what the seminar "
            "teaches and the care itself",
        )
    if f.what == "booking":  # a practice's (F1 of the twenty-ninth round)
        return (
            f"{hit.subject!r} gives patients cash or a cash equivalent for booking a visit or a "
            f"test, which the law forbids where Medicare or Medicaid pays: {f.rule}",
            "stop it, or keep to what is of nominal value and no cash equivalent (a pen, a "
            "tote; a free screening is your service, not a gift); win bookings with the offer "
            "itself and how easy booking is, and check with a health-care lawyer",
        )
    if f.what == "inducement" and f.country:  # the country's own rule (BG3, round 61)
        return (
            f"{hit.subject!r} gives patients something of value for their prescriptions (a "
            f"gift card, coupon or points for a transfer or a refill): {f.rule}",
            "stop it until your regulator confirms it is allowed, and keep any reward to what is "
            "not tied to prescriptions (a front-store discount, a free blood-pressure check); win "
            "transfers on service (delivery, synchronised refills, a pharmacist who answers)",
        )
    if f.what == "inducement" and names_vaccine(hit.subject or ""):
        # a coupon with a vaccine, not a prescription (R17 of the fortieth round's re-review)
        return (
            f"{hit.subject!r} gives patients something of value with a vaccine, which Medicare "
            f"Part B or Part D pays for: where Medicare or Medicaid pays, the law forbids it: "
            f"{f.rule}",
            "stop it for patients whose vaccine Medicare, Medicaid or TRICARE pays for (it may "
            "stay for those who pay in cash, where your state allows it; say so in the line's "
            "name); win vaccinations on convenience (walk-ins, reminders, a clinic day), and "
            "check with a health-care lawyer or your state board of pharmacy",
        )
    if f.what == "inducement":  # a pharmacy's (the twenty-eighth round)
        return (
            f"{hit.subject!r} gives patients something of value for their prescriptions (a "
            f"gift card, coupon or points for a transfer or a refill), which the law forbids "
            f"where Medicare or Medicaid pays: {f.rule}",
            "stop it, or keep to what is of nominal value and no cash equivalent, not tied to "
            "prescriptions (a front-end discount, a free blood-pressure check); win transfers on "
            "service (delivery, synchronised refills, a pharmacist who answers), and check with "
            "a health-care lawyer or your state board of pharmacy",
        )
    if f.what == "creator":  # a Canadian licensee's paid creator (part j of the 62nd round)
        return (
            f"{hit.subject!r} pays a creator to post for the store: {f.rule}",
            "have a cannabis lawyer check the creator's posts and your agreement with them: "
            "no testimonial or endorsement of the store or its products, no person shown with "
            "them, and only where young persons cannot see them; on Instagram or Facebook, "
            "check too whether Meta's branded content policies let such posts run at all; "
            "until then it is no channel to count on or grow; this is a question, not a "
            "finding that the posts break the Act",
        )
    if f.country and f.what in _LICENSEE_DID:  # outside the US (BH1 of the 62nd round)
        return _licensee_abroad(hit, f)
    if f.what in ("youth", "underage audience", "platform"):  # H4 of the fortieth round
        did = {
            "youth": "advertises on a sign near a school, a day care or a youth centre",
            "underage audience": "advertises to an audience mostly under 21",
            "platform": "buys ads on a platform whose policies forbid promoting cannabis",
        }[f.what]
        return (
            f"{hit.subject!r} {did}: {f.rule}",
            "stop it, and spend instead where the rules allow (a billboard away from schools "
            "and interstates with 71.6% of its audience 21 or older, a cannabis directory such "
            "as Weedmaps or Leafly, your own texts and emails to customers who opted in); check "
            "with your state's cannabis regulator or a cannabis lawyer",
        )
    what = (
        "advertises on a billboard on an interstate"
        if f.what == "billboard"
        else "gives away goods or accessories as a promotion"
    )
    # the clause of the rule that this line breaks, and what holds for both (a re-review)
    word = "billboard" if f.what == "billboard" else "give away"
    clauses = f.rule.split("; ")
    said = "; ".join(
        clause
        for clause in clauses
        if word in clause or ("billboard" not in clause and "give away" not in clause)
    )
    return (
        f"{hit.subject!r} {what}, which your trade's rules forbid: {said}",
        "stop it, and check what your state allows with its cannabis regulator or a cannabis "
        "lawyer before spending on it again: in California, a billboard away from interstates "
        "and border-crossing state highways, with 71.6% of its audience 21 or older "
        "(§26151(b)), and discounts rather than free goods",
    )


#: What a cannabis licensee's line does, outside the US (BH1 of the sixty-second round)
_LICENSEE_DID = {
    "billboard": "advertises on a billboard, which the public sees, young persons among them",
    "giveaway": "gives away goods or accessories as a promotion",
    "youth": "advertises on a sign near a school, a day care or a youth centre",
    "underage audience": "advertises to an audience of students or young people",
    "platform": "buys ads on a platform whose policies forbid promoting cannabis",
    "rewards": "runs a loyalty or rewards programme for customers",
    "producer": "says the store takes payments or other benefits from licensed producers",
}
#: ...the words of its country's rule that each breach reads by (a clause naming none of them
#: is said of every breach)
_CLAUSE_WORD = {
    "billboard": "billboard",
    "giveaway": "give away",
    "rewards": "rewards",
    "producer": "licensed producer",
}
#: ...and what a Canadian store is advised, checked as a warning, not ruled unlawful
_CANADA_ADVICE = {
    "billboard": "have a cannabis lawyer check what it says before it runs again: seen by "
    "young persons, it may give neither your prices nor where to buy, nor a testimonial, a "
    "person or a way of life; until then it is no channel to grow, and the money goes further "
    "where young persons cannot access it (your own texts and emails to adult customers who "
    "opted in), checked the same way",
    "giveaway": "stop it, and give customers no cannabis or accessories to win them; ask your "
    "province's cannabis regulator (in Ontario, the AGCO) or a cannabis lawyer before any "
    "offer",
    "youth": "stop it: the Cannabis Act keeps promotion where young persons cannot access it; "
    "check what you may put up with a cannabis lawyer or your province's cannabis regulator",
    "underage audience": "stop it unless those who see it are adults only: the Cannabis Act "
    "keeps promotion where young persons cannot access it; check it with a cannabis lawyer",
    "platform": "stop it, and spend instead where the Cannabis Act allows: informational or "
    "brand-preference promotion where young persons cannot access it (your own texts and "
    "emails to adult customers who opted in), not a billboard, which the public sees; check "
    "each with a cannabis lawyer or your province's cannabis regulator (in Ontario, the AGCO)",
    "rewards": "ask your province's cannabis regulator (in Ontario, the AGCO) or a cannabis "
    "lawyer whether the programme induces customers to buy as the Standards bar; until they "
    "confirm it may run, it is no channel to grow",
    # (BI1 of the sixty-second round's re-review, 2026-12-07: money in, not the store's spend)
    "producer": "stop accepting them, and ask the AGCO or a cannabis lawyer about those already "
    "received; say where they are booked: they are money received, not spend, and if they sit "
    "in revenue they are not retail sales",
}


def _licensee_abroad(hit: Hit, f: Forbidden) -> Words:
    """BA120 of a cannabis licensee kept in another country's currency: its country's rule,
    as the vertical's ``abroad`` table gives it (the clauses of the breach, and those said of
    every breach), never California's (BH1 of the sixty-second round, 2026-12-07: an Ottawa
    store was told §26151's "21 or older" and to ask "your state")."""
    did = _LICENSEE_DID[f.what]
    rule = f.rule
    if f.what != "platform":
        word = _CLAUSE_WORD.get(f.what)
        clauses = [
            clause
            for clause in f.rule.split("; ")
            if (word is not None and word in clause)
            or (
                not any(other in clause for other in _CLAUSE_WORD.values())
                # the Act's clause on promotion is no part of a producer's money: only the
                # Standards' clause, and which provinces were read (BI1)
                and (f.what != "producer" or "provinces" in clause)
            )
        ]
        rule = "; ".join(clauses) if clauses else f.rule
    if f.country == "Canada":
        return f"{hit.subject!r} {did}: {rule}", _CANADA_ADVICE[f.what]
    return (
        f"{hit.subject!r} {did}: {rule}",
        "stop it, whatever the US rules allow, until a lawyer who knows your country's cannabis "
        "law confirms it is allowed"
        if f.what != "platform"
        else "stop it: the platforms' policies apply whatever the law allows; ask a lawyer who "
        "knows your country's cannabis law where you may advertise",
    )


#: The law against giving an agent something to win their principal's work, by the country
#: the profile's currency names (F12 of the thirty-third round, 2026-12-05: a UK IT firm's and
#: an Ontario music school's gifts were told of New York's and California's penal codes)
_BRIBERY = {
    "USD": "it is commercial bribery in most states (N.Y. Penal Law §180.00; Cal. Penal Code "
    "§641.3)",
    "GBP": "it is bribery under the Bribery Act 2010 (s.1: an advantage given to induce a "
    "person to perform their function improperly; s.7: a company that fails to prevent it)",
    "CAD": "it is a secret commission under the Criminal Code (R.S.C. 1985, c. C-46, s. 426): "
    "a reward to an agent for favouring someone in their principal's affairs",
    # (the state's own law where the profile names the state: _BRIBERY_IN; BB7 of the
    # fifty-ninth round, 2026-12-07, where a Brisbane electrician was told of New South Wales's)
    "AUD": "it is a secret commission under the criminal law of every Australian state, which "
    "in most reaches the one who gives it as well as the agent who takes it",
    "EUR": "it is bribery in the private sector, an offence in every EU member state (Council "
    "Framework Decision 2003/568/JHA, art. 2)",
}
#: ...and by the state the profile names (core.commercial_bribery.owners_region): the secret
#: commissions offences of every state, and their reach to the giver in New South Wales,
#: Queensland, Tasmania and Victoria, as HWL Ebsworth's note "Referral arrangements and secret
#: commissions" (19 February 2019) gives them; New South Wales's as the Crimes Act 1900, Part
#: 4A, s. 249B (corrupt commissions or rewards, up to seven years), as Armstrong Legal's and
#: Bartier Perry's notes give it; Queensland's Criminal Code named without its sections, which
#: could not be read (the review gives ss 442A-442M), all checked with the search tool on
#: 2026-12-07
_BRIBERY_IN = {
    ("AUD", "QLD"): "it is a secret commission under Queensland's Criminal Code, whose secret "
    "commissions offences reach the one who gives it as well as the agent who takes it",
    ("AUD", "NSW"): "it is a corrupt commission under the NSW Crimes Act 1900 (s. 249B, "
    "corrupt commissions or rewards), which reaches the one who gives it as well as the agent "
    "who takes it",
}


def _bribery(currency: str, region: str | None = None) -> str:
    """The law against giving an agent something to win their principal's work, of the
    profile's state where it names one, else of its currency's country."""
    return _BRIBERY_IN.get((currency, region or "")) or _BRIBERY.get(currency, _BRIBERY_ELSEWHERE)


_BRIBERY_ELSEWHERE = (
    "most countries' laws make it bribery or a secret commission (in the US, commercial "
    "bribery: N.Y. Penal Law §180.00; in the UK, the Bribery Act 2010, s.1)"
)


def _ba124(hit: Hit, currency: str) -> Words:
    return (
        f"{hit.subject!r} pays loan officers on a term of the loan (its rate or its pricing), "
        "which Regulation Z forbids: a loan originator may not be paid an amount based on a "
        "term of the transaction or a proxy for one (12 CFR §1026.36(d)(1)(i); Truth in Lending "
        "Act §129B(c), added by Dodd-Frank §1403, in force since April 2011)",
        "pay loan officers a fixed percentage of the amount lent, or per loan, the same whatever "
        "the rate; check the plan with a lawyer who advises lenders, or skip BA124 with the "
        "reason if the line does not pay on the loan's terms",
    )


def _ba127(hit: Hit, currency: str) -> Words:
    return (
        f"{hit.subject!r} takes commissions on clients whose financial statements the firm "
        "audits, reviews or compiles, which the profession's code forbids: a member may not "
        "recommend a product or service to such a client for a commission, nor receive one, "
        "while the firm does that work (AICPA Code of Professional Conduct, Commissions and "
        "Referral Fees, ET 1.520.001, part A); state boards of accountancy enforce the same bar",
        "stop taking them: decline or return the commissions, or end the attest engagement; "
        "disclose any commission taken from other clients, and ask your state board of "
        "accountancy; if these clients get no audit, review or compilation, say so in the "
        "line's name ('non-attest clients') or skip BA127 with the reason",
    )


def _ba125(hit: Hit, currency: str) -> Words:
    f: TooManyNew = hit.figures
    served = int(f.served.to_integral_value(ROUND_HALF_UP))
    return (
        f"{format_count(f.new)} new customers, but revenue ÷ average revenue "
        f"({format_money(f.revenue, currency)} ÷ {format_money(f.average_revenue, currency)}) "
        f"says the period served about {format_count(served)}: more than four times as many won "
        "as served happens only where most joined late in the period; if visitors, leads or "
        "trial users are counted as new, what a customer costs and is worth read too well",
        "count as new only the customers who bought in the period (not visitors, leads or "
        "trial users who did not pay); if most did join late in the period, the figures stand: "
        "skip BA125 with that reason",
    )


def _ba126(hit: Hit, currency: str) -> Words:
    f: Coverage = hit.figures
    times = format_number_beside(f.ratio, DEBT_SERVICE_COVERAGE, Decimal(1))
    covers = (
        f"covers it {times} times" if f.ratio >= 1 else COVERS_NOT if f.ratio > 0 else COVERS_NONE
    )
    # payments made once, or owed to the owners, named as left out (S8 of the thirty-ninth
    # round's second re-review)
    left_out = (
        f" ({_names(f.one_off)}, {format_money(f.one_off_spend, currency)}, left out: paid "
        "once or owed to the owners, no scheduled payment)"
        if f.one_off
        else ""
    )
    return (
        f"what the business earns before its debt service, the loan payments and interest "
        f"listed ({format_money(f.earned, currency)}, before depreciation), {covers}: "
        f"{_names(f.lines)}, {format_money(f.payments, currency)}{left_out}; lenders commonly "
        f"ask at least {format_number(DEBT_SERVICE_COVERAGE, 2)} times (the SBA does for its "
        "standard 7(a) loans, SOP 50 10 8, 2025), so more spending to grow is paid for with "
        "cash the loan needs",
        (
            # an IRS agreement grants no months of interest only (S12 of the fortieth round's
            # second re-review)
            "plan the cash before spending more to grow: keep the tax agreement's payments and "
            "every current deposit on time (a missed one lets it default, 26 U.S.C. §6159(b)), "
            "ask the other lenders about a longer term, and list the interest apart so the "
            "margin can be judged"
            if any(tax_debt(name) for name in f.lines)
            # an advance has no term to lengthen nor interest-only months: its remittances are
            # a share of sales or a fixed daily sum (L8 of the 42nd round's re-review, seen after)
            else "plan the cash before spending more to grow: an advance's remittances leave "
            "little room; ask the funder for a reconciliation of the remittances to what sales "
            "allow, see whether a term loan could repay it at a lower cost, and list its fee "
            "apart so the margin can be judged"
            if all(cash_advance(name) for name in f.lines)
            else "plan the cash before spending more to grow: ask the lender about a longer "
            "term or months of interest only, and list the interest apart so the margin can be "
            "judged"
        ),
    )


def _ba121_planners(subject: str | None, currency: str, region: str | None = None) -> Words:
    """BA121's words for a line that pays the planners a couple or a client hires for the
    bookings they bring, in the words of the planners' note under the channel table (N3 of the
    forty-third round, 2026-12-06), with the law of the profile's country: in the US, the
    agent's duty (Restatement (Third) of Agency §8.02, 2006, no material benefit from a third
    party; §8.06, the principal's consent after disclosure) and the states' commercial-bribery
    laws (N.Y. Penal Law §180.00; Cal. Penal Code §641.3)."""
    # (a wedding or day-of coordinator the couple hires too: O9 of the round's re-review)
    who = "planners or coordinators" if "coordinator" in (subject or "").lower() else "planners"
    said = (
        f"{subject!r} pays {who} for the bookings they bring: a planner or coordinator the "
        "couple or client hires acts for them, and a fee from you they are not told of is a "
        "secret commission, which the law of agency forbids"
    )
    if currency == "USD":
        said += (
            " (an agent may take no benefit from a third party for what they do for their "
            "principal unless the principal is told and consents: Restatement (Third) of "
            "Agency §§8.02 and 8.06, 2006), and state commercial-bribery laws reach a benefit "
            "to an agent without the principal's consent (N.Y. Penal Law §180.00; Cal. Penal "
            "Code §641.3)"
        )
    elif currency == "GBP":  # as the note says it (Q9 of the thirty-fourth round's re-review)
        said += (
            " (in England and Wales, FHR European Ventures v Cedar Capital [2014] UKSC 45); "
            + _BRIBERY["GBP"]
        )
    else:
        said += "; " + _bribery(currency, region)
    return (
        said,
        "ask each planner to tell their client of the fee, in writing, or say it in your "
        "contract with the couple or client, and keep the proof; then say so in the line's "
        "name or note ('disclosed to the couple'); until then it is no channel to count or "
        "grow, or skip BA121 with the reason",
    )


def _ba121_letting_agents(subject: str | None, currency: str, region: str | None = None) -> Words:
    """BA121's words for a line that pays a letting or a managing agent for the landlords' work
    it sends (BA4 of the fifty-eighth round's re-review, 2026-12-07: a Bristol heating firm's
    "Letting agent referral fees (GBP 50 per landlord job)" was told to keep to "a modest
    token the board or employer is told of, never cash", as if the agent had a board, and to
    drop a channel that disclosure cures). The agent acts for the landlord, who pays for the
    work: a fee the landlord is not told of is a secret commission, which the agent holds for
    the landlord (FHR European Ventures v Cedar Capital [2014] UKSC 45, where the agent's
    breach was that it had not obtained its principal's fully informed consent); under the
    Bribery Act 2010 an advantage is a bribe where it is meant to induce or reward improper
    performance (s.1), that is, performance in breach of the good faith, impartiality or trust
    expected of the agent, as a reasonable person in the UK would expect it (ss.4 and 5).
    Checked with the search tool (pages corpus) on 2026-12-07: s.1's text as legislation.gov.uk
    gives it, ss.3 to 5 as law firms' notes summarise them, FHR as case notes report it. So the
    advice is the planners': have the fee told to the landlord in writing, keep the proof, and
    mark the line; not "never cash". What letting agents' codes of practice require of them
    was not verified, and is not quoted."""
    said = (
        f"{subject!r} pays the agents who let or manage landlords' property, for the jobs "
        "they send: the agent acts for the landlord, who pays for the work, and a fee from "
        "you the landlord is not told of is a secret commission"
    )
    if currency == "GBP":
        said += (
            " (in England and Wales, one the agent holds for the landlord: FHR European "
            "Ventures v Cedar Capital [2014] UKSC 45) and may be a bribe under the Bribery Act "
            "2010 (s.1: an advantage given to induce or reward improper performance, in breach "
            "of the good faith or trust expected of the agent, ss.4 and 5; s.7: a company that "
            "fails to prevent it); a fee the landlord is told of and agrees to is a lawful "
            "introducer's fee"
        )
    else:
        said += "; " + _bribery(currency, region)
    return (
        said,
        "ask each agent to tell its landlords of the fee, in writing (in its terms of business "
        "or on each quote the landlord approves), or say it on your own quotes and invoices to "
        "the landlord, and keep the proof; then say so in the line's name or note ('disclosed "
        "to landlords'); until then it is no channel to count or grow, or skip BA121 with the "
        "reason",
    )


def _ba121_consultants(subject: str | None, currency: str, region: str | None = None) -> Words:
    """BA121's words for a line that pays a consultant who may advise the clients it wins (a
    practice management consultant paid per practice referred), asked: where the consultant
    advises the client, a payment the client is not told of is a benefit to the client's agent
    from a third party, which state commercial-bribery laws reach (Cal. Penal Code §641.3; N.Y.
    Penal Law §180.00) and the law of agency forbids without the principal's consent
    (Restatement (Third) of Agency §§8.02, 8.06, 2006). Not the federal Anti-Kickback
    Statute: Medicare does not pay for billing services. AO3 of the fifty-second review round,
    2026-12-07; §641.3's text (its (a), (b) and (d)(1)) read with the search tool, pages
    corpus."""
    said = (
        f"{subject!r} pays a consultant for each client they send you: does the consultant "
        "advise those clients? If so, they act for them, and a fee from you the client is not "
        "told of is a secret commission"
    )
    if currency == "USD":
        said += (
            ": state commercial-bribery laws reach a benefit given to an agent or employee "
            "without the principal's knowledge and consent to influence their dealings for "
            "it (Cal. Penal Code §641.3, whose 'employee' includes an agent, §641.3(d)(1), "
            "above $250; N.Y. Penal Law §180.00), and an agent may take no "
            "benefit from a third party for what they do for their principal unless the "
            "principal is told and consents (Restatement (Third) of Agency §§8.02 and 8.06, "
            "2006)"
        )
    else:
        said += "; " + _bribery(currency, region)
    return (
        said,
        "ask the consultant to tell each client of the fee in writing, or tell the client "
        "yourself in your contract, and keep the proof; then say so in the line's name or "
        "note ('disclosed to the practice'); until then it is no channel to count or grow; if "
        "the consultant advises no client, skip BA121 with the reason",
    )


def _ba121_agents(subject: str | None, currency: str, region: str | None = None) -> Words:
    """BA121's words for a line that pays someone who steers their principal's business to the
    business (a company's travel manager or executive assistant who books for their employer,
    an insurer's adjuster who assigns claims, a law firm's paralegals or staff who send cases),
    as the planners' words say it (AS3 and AS4 of the fifty-third review round, 2026-12-07):
    a benefit from a third party for what an agent does for their principal, without the
    principal's knowledge and consent, breaches the agent's duty (Restatement (Third) of Agency
    §§8.02 and 8.06, 2006) and is commercial bribery in most states (N.Y. Penal Law §180.00;
    Cal. Penal Code §641.3, whose 'employee' includes an agent, §641.3(d)(1)). It is no
    channel to grow: `plan` leaves it alone."""
    said = (
        f"{subject!r} pays people for the bookings, claims or cases they steer to you from "
        "those they act for (their employer, an insurer, a law firm and its client): they "
        "decide for their principal, and a payment from you their principal is not told of is "
        "a secret commission, which the law of agency forbids"
    )
    if currency == "USD":
        said += (
            " (an agent may take no benefit from a third party for what they do for their "
            "principal unless the principal is told and consents: Restatement (Third) of "
            "Agency §§8.02 and 8.06, 2006), and state commercial-bribery laws reach a benefit "
            "given to an agent or employee without the principal's knowledge and consent to "
            "influence their dealings for it (N.Y. Penal Law §180.00; Cal. Penal Code §641.3)"
        )
    else:
        said += "; " + _bribery(currency, region)
    return (
        said,
        "stop it: pay no one for the work they send you from their employer or client unless "
        "that principal knows and agrees in writing; win the work from the company, the "
        "insurer or the firm itself on price and service; it is no channel to count or grow "
        "(recruit no more such payees); if the principal is told, say so in the line's name "
        "or note ('disclosed to employer'), or skip BA121 with the reason",
    )


def _ba121_attorneys(subject: str | None, currency: str, region: str | None = None) -> Words:
    """BA121's words for a referral fee or a share of the bill paid to attorneys for the
    matters they send a business that is no law firm, asked, as whether the client is told
    the line cannot say (AT1 of the fifty-third review round's re-review, 2026-12-07): the
    attorney acts for the client, and a benefit from a third party for what an agent does for
    their principal, without the principal's knowledge and consent, breaches the agent's duty
    (Restatement (Third) of Agency §§8.02 and 8.06, 2006) and is commercial bribery in most
    states (N.Y. Penal Law §180.00; Cal. Penal Code §641.3); bar opinions let a lawyer accept
    a referral fee from a non-lawyer provider only with the client's informed consent (Model
    Rule 1.7(a)(2) and (b); D.C. Bar Ethics Op. 361; Mass. Bar Ethics Op. 2024-4). It is no
    channel to grow: `plan` leaves it alone."""
    said = (
        f"Is the fee in {subject!r} told to the attorneys' clients? An attorney who sends you a "
        "client's matter acts for that client, and a fee from you for sending it, which the "
        "client is not told of, is a secret commission to the client's agent"
    )
    if currency == "USD":
        said += (
            " (an agent may take no benefit from a third party for what they do for their "
            "principal unless the principal is told and consents: Restatement (Third) of "
            "Agency §§8.02 and 8.06, 2006; state commercial-bribery laws reach it: N.Y. Penal "
            "Law §180.00, Cal. Penal Code §641.3), and bar opinions let a lawyer take a "
            "referral fee from a non-lawyer only with the client's informed consent, as a "
            "conflict of personal interest (ABA Model Rule 1.7(a)(2) and (b); D.C. Bar Ethics "
            "Op. 361; Mass. Bar Ethics Op. 2024-4), and some states forbid it even then"
        )
    else:
        said += "; " + _bribery(currency, region)
    return (
        said,
        "unless each client knows of the fee and agrees in writing, stop it: win the attorneys' "
        "work on the quality, speed and price of what you deliver; it is no channel to count "
        "or grow (recruit no more such payees); if the clients are told, say so in the line's "
        "name or note ('disclosed to clients'), or skip BA121 with the reason",
    )


def _ba121_examiners(subject: str | None, currency: str, region: str | None = None) -> Words:
    """BA121's words for money between a driving school and the examiner or testing site that
    tests its students (K6 of the fiftieth review round, 2026-12-06;
    core.commercial_bribery.pays_examiners, where the sources are given): the states'
    third-party testing rules were not verified in the time, so they are asked about; the CDL
    rule is said as FMCSA described it in 2019."""
    said = (
        f"{subject!r} passes money between your school and the examiner or testing site that "
        "tests your students: the examiner decides for the state whether a student passes, and "
        "a payment to them from the school, or to the school from the site for the students "
        "it sends, is a conflict that states' third-party testing rules forbid and may be "
        "commercial bribery"
    )
    if currency == "USD":
        said += (
            " (N.Y. Penal Law §180.00; Cal. Penal Code §641.3); for CDL skills tests, FMCSA "
            "has described a third-party examiner's testing of applicants they trained as "
            "prohibited under its rules (49 CFR §383.75; 84 Fed. Reg. 32689, 2019). Which "
            "rules does your state's testing programme set?"
        )
    else:
        said += "; " + _bribery(currency, region)
    return (
        said,
        "stop it: pay a testing site only its published test fee, take no fee for the students "
        "you send, and give examiners nothing; it is no cost of the lessons and no channel; "
        "check it with your state's licensing agency or a lawyer, or skip BA121 with the reason",
    )


def _ba121(hit: Hit, currency: str, region: str | None = None) -> Words:
    named: frozenset[str] = hit.figures
    if named == {"professional"}:  # a vet or a doctor paid per referral (F2 of the 37th round)
        law = (
            "California, for one, forbids any healing-arts licensee, veterinarians included, "
            "to take compensation for referring patients, clients or customers (Bus. & Prof. "
            "Code §650(a)), and the professions' codes ask them to avoid such conflicts of "
            "interest; check your state's"
            if currency == "USD"
            else "check what their profession's rules and your country's law allow"
        )
        return (
            f"{hit.subject!r} pays a licensed professional for the clients or patients they "
            f"send, which their licence's rules may forbid them to accept: {law}",
            "stop paying per referral; thank them without anything of value, keep them told "
            "how the clients they send are looked after, and win their recommendation on "
            "service; if the line pays no professional, rename it so it says what it buys, or "
            "skip BA121 with the reason",
        )
    if named == {"examiner"}:  # the examiner who tests the school's students (K6, 50th round)
        return _ba121_examiners(hit.subject, currency, region)
    if named == {"police"}:  # a tow company's favours to police officials (AL15, 51st round)
        return (
            f"{hit.subject!r}: {POLICE_FAVOUR_RULE}",
            "stop it: charge every customer the published fees, give police officials and their "
            "friends nothing, and win rotation work on the list's terms; check it with a lawyer "
            "or your city's towing authority, or skip BA121 with the reason",
        )
    if "planner" in named and named <= {"planner", "other"}:  # N3 of the 43rd round
        return _ba121_planners(hit.subject, currency, region)
    if named == {"consultant"}:  # the clients' own consultant (AO3 of the 52nd round)
        return _ba121_consultants(hit.subject, currency, region)
    if named == {"agent"}:  # an employer's, an insurer's or a firm's agent (AS3, AS4, 53rd)
        return _ba121_agents(hit.subject, currency, region)
    if named == {"attorney"}:  # the client's own attorney (AT1 of the 53rd round's re-review)
        return _ba121_attorneys(hit.subject, currency, region)
    # the landlord's letting agent (BA4 of the 58th round's re-review); in the US a "managing
    # agent" is a co-op's or a condominium's, which acts for its board: the words below
    if named == {"letting"} and currency != "USD":
        return _ba121_letting_agents(hit.subject, currency, region)
    # a meal or entertainment given to public employees (BB1 of the 59th round)
    treats = treats_public_employees(hit.subject or "")
    if currency == "USD" and named == {"federal"}:  # R6 of the 40th round's re-review
        return (
            f"{hit.subject!r} gives something of value to federal employees who award or "
            "administer the business's contracts: "
            + (
                "a meal or entertainment is a gift under their rules (only modest refreshments "
                "such as coffee and donuts, not part of a meal, are not: 5 CFR §2635.203(b)), "
                "and "
                if treats
                else ""
            )
            + "a federal employee may accept no gift over $20 an occasion or $50 a year from "
            "one source, and no cash or gift cards at all, whether or not the agency is told "
            "(5 CFR §2635.204(a)); those rules bind the employee who takes it, and what binds "
            "you, who give it, is the law that makes a gift for an official act a crime (18 "
            "U.S.C. §201(c)) and, in a contract that carries it, the Gratuities clause, under "
            "which the government may end the contract of a contractor who gave an official a "
            "gratuity (an entertainment or a gift) to win a contract or favourable treatment "
            "(FAR 52.203-3)",
            "stop it: no gift cards or cash, and nothing else over $20 an occasion or $50 a year "
            "to each employee; win the work on bids and performance, and ask the contracting "
            "officer or a government-contracts lawyer what their agency allows",
        )
    # the laws that reach whom the line names, not all of them (as BA120 quotes its clause)
    laws = [_bribery(currency, region)]
    if currency != "USD":  # the states' own rules below are American
        if named & {"association", "school", "public", "federal"}:
            laws.append(
                "those who act for an association, a school or a public body are also held to "
                "its own rules on gifts"
            )
    elif "association" in named:
        laws.append(
            "Florida forbids an association's officers, directors and managers to accept "
            "anything of value from those who provide or propose to provide it services (Fla. "
            "Stat. §720.3033(3); for a condominium's, §718.111(1)(a), a felony since 2024)"
        )
    if currency == "USD" and "school" in named:
        laws.append(
            "a public school's teachers and counsellors are public employees, held to their "
            "state's gift rules (Fla. Stat. §112.313(4))"
        )
    if currency == "USD" and "federal" in named:  # H5 of the fortieth round
        laws.append(
            "a federal employee may accept no gift over $20 an occasion or $50 a year from one "
            "source, and no cash or gift cards at all (5 CFR §2635.204(a)), and a gift given for "
            "an official act is a crime (18 U.S.C. §201(c))"
        )
    if currency == "USD" and "public" in named:  # AE3 of the nineteenth round
        # which rules bind the employee who takes, and which the contractor who gives (BB1 of
        # the fifty-ninth round, 2026-12-07: N.C. Gen. Stat. §133-32(a) binds both, read with
        # the search tool; Fla. Stat. §112.313(4) binds the public officer or employee)
        laws.append(
            "public employees who award, inspect or approve work are held to their state's "
            "gift rules, which bind the employee who takes a gift (Fla. Stat. §112.313(4)) and "
            "in some states the contractor who gives it (N.C. Gen. Stat. §133-32)"
        )
        if treats:  # a meal or entertainment: the rules differ, so asked (BB1, 59th round)
            laws.append(
                "is a meal or entertainment a gift under your state's rules and the public "
                "body's own policy? Under the federal rules it is (5 CFR §2635.203(b)), and "
                "North Carolina's reach meals except at a banquet (N.C. Gen. Stat. §133-32(d))"
            )
    # public employees may accept nothing of value, whether or not their employer is told
    # (N.C. Gen. Stat. §133-32), so no token is advised nor disclosure, and caseworkers and
    # teachers award no bids (L15 of the forty-second round's re-review, 2026-12-06)
    rename = "if the line gives them nothing, rename it so it says what it buys, or skip BA121"
    if "caseworker" in named:
        advice = (
            "give caseworkers nothing of value, whether or not their agency is told; keep the "
            "agency informed with materials anyone may have (a brochure, an open house), and "
            f"win families on the care; {rename} with the reason"
        )
    elif named == {"school"}:
        advice = (
            "give a school's staff nothing of value, whether or not the school is told; share "
            "flyers only as the school or district lets every business, and win students on "
            f"what you offer; {rename} with the reason"
        )
    elif named & {"public", "school"} and not named & {"association", "other"}:
        advice = (
            "give public employees nothing of value, whether or not their employer is told, "
            + (
                "no meal or entertainment unless their state's rules and the public body's "
                "policy allow it, "
                if treats
                else ""
            )
            + "and never cash or gift cards; win the work through the public body's own "
            f"process and on service; {rename} with the reason"
        )
    else:
        advice = (
            "keep thanks to what their principal knows of and allows (a modest token the "
            "board or employer is told of), never cash or gift cards, and win the work on bids "
            "and service; if it is disclosed, say so in its name or note, or skip BA121 with "
            "the reason"
        )
    if currency == "USD" and named <= _PUBLIC and len(laws) > 1:
        # a public employee may accept nothing whether or not the employer is told: the
        # principal's knowledge, which commercial bribery turns on, is beside the point (M13
        # of the forty-second round's second re-review, 2026-12-06)
        return (
            f"{hit.subject!r} gives something of value to public employees, whose gift rules "
            "hold whether or not their employer is told: " + "; ".join(laws[1:]),
            advice,
        )
    return (
        f"{hit.subject!r} gives something of value to those who award work on someone else's "
        "behalf: given to win that work without their principal's knowledge, " + "; ".join(laws),
        advice,
    )


#: Whom BA121 names that are public employees: a public body's, a public school's staff, a
#: public agency's caseworkers
_PUBLIC = frozenset({"public", "school", "caseworker"})


#: A retailer's own people, as a line names them
_RETAILERS_PEOPLE = LazyPattern(
    r"\b(?:buyers?|bartenders?|staff|employees?|managers?|owners?)\b", re.IGNORECASE
)


def _ba119(hit: Hit, currency: str) -> Words:
    if hit.figures.accepted:  # a retailer's side (AO2 of the fifty-second round, 2026-12-07)
        return (
            f"{hit.subject!r} is something of value a supplier of alcohol gave or paid your "
            "store, which the tied-house laws forbid the supplier to give (the Federal Alcohol "
            "Administration Act, 27 U.S.C. §205(b)(3)-(4): equipment, fixtures, signs, money or "
            "other things of value, or payment for advertising, display or distribution; 27 "
            "CFR §6.41, §6.51, §6.55, §6.56); your state's tied-house law may bind the retailer "
            "who accepts it too, and your licence is at risk: it is no supplier rebate to take "
            "off the cost of goods and no channel of your own to grow",
            "stop accepting it and check it with your state's alcohol beverage control agency "
            "or a beverage-alcohol lawyer; what a retailer may accept is narrow: product "
            "displays and point-of-sale materials within their limits (27 CFR §6.83, §6.84), "
            "outside signs worth $400 or less with no pay for showing them (§6.102), equipment "
            "bought at no less than its cost (§6.88), consumer tastings a supplier runs where "
            "your state allows them (§6.95); pay for your own advertising and shelf layout",
        )
    if hit.figures.wholesaler:  # a distributor's or wholesaler's staff, rewarded for selling
        return (
            f"{hit.subject!r} rewards a wholesaler's staff for selling your brand, which the "
            "Federal Alcohol Administration Act forbids a producer to do as commercial bribery "
            "(27 U.S.C. §205(c); 27 CFR §10.21, and §10.24 on sales contests), which for beer "
            "applies where the state has a similar law, as most states do",
            "check it with your state's alcohol beverage control agency or a beverage-alcohol "
            "lawyer before spending on it again; support the distributor's sales with product "
            "knowledge, samples and point-of-sale materials within the rules, not rewards to "
            "its staff",
        )
    # gifts to a retailer's own people are commercial bribery besides (X2 of the seventeenth
    # round's re-review: a distillery's gifts to a store's buyers drew the tied-house text only)
    staff = (
        "; a gift to a retailer's buyers or staff is commercial bribery besides (27 U.S.C. "
        "§205(c); 27 CFR §10.21)"
        if _RETAILERS_PEOPLE.search(hit.subject or "")
        else ""
    )
    return (
        f"{hit.subject!r} gives retailers something of value, which the tied-house laws "
        # (an importer or a wholesaler too: K4 of the forty-second round)
        "forbid a producer, an importer or a wholesaler of alcohol to do to win their orders: "
        "the Federal Alcohol Administration Act "
        "(27 U.S.C. §205(b)) and TTB's rules on furnishing things of value and paying for "
        "advertising, display or distribution (27 CFR §6.41, §6.51), which for beer apply "
        "where the state has a similar law, as nearly every state does in its own "
        f"trade-practice law{staff}",
        "check it with your state's alcohol beverage control agency or a beverage-alcohol "
        "lawyer before spending on it again; the federal rules allow product displays and "
        "point-of-sale materials within their limits (27 CFR §6.83, §6.84), and consumer "
        "tastings and promotions where your state does: win accounts with the product, events "
        "open to the public and your own or your distributor's sales work",
    )


def _look_first(f: MarginMismatch, read: str, currency: str) -> str:
    """ "; the lines read as operations to look at first: 'Instructor pay' ($84,000)"."""
    if not f.suspects:
        return ""
    lines = ", ".join(f"'{name}' ({format_money(spend, currency)})" for name, spend in f.suspects)
    return f"; the lines {read} to look at first: {lines}"


def _ba112(hit: Hit, currency: str) -> Words:
    f: LooksMonthly = hit.figures
    field = "retention_rate" if f.from_retention else "churn_rate"
    shown = format_percent(f.churn)
    period = format_percent(f.per_period_if_monthly)
    published = ""
    if f.vertical is not None and f.vertical.churn is not None:
        norm = f.vertical.churn
        span = "a year" if f.months == 12 else f"over {f.months} months"
        published = (
            f" ({f.vertical.label}: {format_percent(norm.monthly, 2)} of customers leave in a "
            f"month on average and the best-run still lose {format_percent(norm.yearly_best)} "
            f"a year, so under {format_percent(f.line)} {span} looks monthly)"
        )
    elif f.members and f.norm is not None:  # Q9 of the forty-fourth round
        span = "a year" if f.months == 12 else f"over {f.months} months"
        published = (
            f" (the profile names memberships, and members who pay by the month leave at least "
            f"as a gym's do: {format_percent(f.norm.monthly, 2)} a month on average, and the "
            f"best-run clubs still lose {format_percent(f.norm.yearly_best)} a year "
            f"({f.norm.source.split(',')[0]}, {f.norm.year}), so under "
            f"{format_percent(f.line)} {span} looks monthly)"
        )
    return (
        f"a churn of {shown} per {f.months}-month period means a customer stays "
        f"{format_number(1 / f.churn, 0)} periods on average; it looks like a monthly "
        f"rate{published}",
        f"if {shown} is monthly ({period} over {f.months} months), write churn_period: month "
        f"beside {field}, and the lifetime value is worked out month by month; "
        + (
            f"if it is the rate for the {f.months} months, say so with churn_period: "
            f"{_PERIOD_WORD[f.months]} and it is taken as given"
            if f.months in _PERIOD_WORD
            else f"otherwise give the rate for the {f.months} months"
        ),
    )


#: The churn_period that names a profile's period, by its months
_PERIOD_WORD = {months: word for word, months in CHURN_PERIOD_MONTHS.items()}


def _judged(non_referral: bool) -> str:
    """Who the economics are about: with referrals left out, the customers the business won
    by its own effort (free referrals would make any channel look cheap)."""
    return "customer won other than by referral" if non_referral else "customer"


def _ba113(hit: Hit, currency: str) -> Words:
    customers = plural(hit.figures, "customer")
    term = (hit.subject or "").lower()
    return (
        f"could not tell what kind of channel {hit.subject!r} is; its {customers} counted as "
        "'other', neither referral nor a channel you run",
        # no kind suggested: an owner who copied "referral" for a market stall's 380
        # customers moved them out of a paid channel (a coach's review, 2026-12-02)
        f"say its kind under classify.sources as '{{term: {term}, kind: KIND}}', where KIND is "
        "paid (a fee, a booth or a commission buys them), organic (they found you on their "
        "own), referral (someone sent them), outbound (you reached out) or repeat (they "
        "came back)",
    )


#: What BA114 says of a placement agency's lines it asks about, by whether the line gives part
#: of the fee back to the family (a price concession, AP8 of the fifty-second round's
#: re-review) or receives a fee for residents whose care Medicaid may pay (AO4 of that round):
#: what the line does, and what to check with whom (``{ask}``)
_PLACEMENT_ASKED = {
    True: (
        "gives part of your fee back to the family",
        "check with {ask} whether Medicaid pays for any of these residents' care.",
    ),
    False: (
        "receives a fee for residents whose care Medicaid may pay",
        "check the arrangement with {ask}.",
    ),
}


#: What the CPAs a business pays for referrals are bound by, their own code's rule (the AICPA
#: Code of Professional Conduct, Commissions and Referral Fees, ET 1.520.001 .01-.04, formerly
#: ET Section 503, adopted 1990; the AICPA's Personal Financial Planning page "Commissions and
#: Referral Fees", 2017; both read with the search tool, 2026-12-07), and what to confirm (BH8 of
#: the sixty-second round: an adviser paying CPAs 20% of its fee was quoted its own SEC rule only)
_CPAS_OWN_CODE = (
    "the CPAs it pays are bound by their own code too: the AICPA's Commissions and Referral Fees "
    "rule (ET 1.520.001, formerly Rule 503) bars a CPA in public practice from taking a "
    "commission for recommending a product or service to a client whose financial statements "
    "the CPA's firm audits or reviews, compiles for a third party's use without disclosing a "
    "lack of independence, or "
    "whose prospective financial information it examines, and requires any permitted commission "
    "or referral fee to be disclosed to the client"
)
_CPAS_CONFIRM = (
    "Confirm with each CPA that their firm does none of that attest work for the clients "
    "they refer, and that they disclose your fee to those clients in writing; their state board "
    "of accountancy may restrict commissions further (its rules not read here)."
)


def _ba114(hit: Hit, currency: str) -> Words:
    if isinstance(hit.figures, MealJoined):
        return _meal_joined(hit.figures)
    f: PaysForReferrals = hit.figures
    profession = (
        f.whose
        if f.whose is not None
        else "your profession's rules"
        if f.named is None
        else f"the rules of your profession (your business's name says {f.named.lower()}; "
        "declare the industry to confirm it)"
    )
    abroad = f.whose is None and quoted_from_us(currency, f.own)
    if f.condition is not None:
        if abroad:  # F15 of the thirty-fourth round: an Australian BAS agent was held to the
            # AICPA's rule and sent to a US state board
            return (
                f"{hit.subject!r} pays for referrals, which in the US {profession} allow only "
                f"when {f.condition}. {_YOUR_OWN_RULES}",
                f"check the arrangement with {_OWN_REGULATOR} and tell each client of the fee "
                "in writing.",
            )
        if f.cpas_paid:  # BH8 of the sixty-second round, 2026-12-07
            return (
                f"{hit.subject!r} pays for referrals, which {profession} allow only when "
                f"{f.condition}; {_CPAS_OWN_CODE}",
                f"{f.check} {_CPAS_CONFIRM}",
            )
        return (
            f"{hit.subject!r} pays for referrals, which {profession} allow only when {f.condition}",
            f.check,
        )
    # the partners the rules say to build relationships with: those the line pays, the rest
    # counted (the round 59 helpers' note on vet.yaml, 2026-12-07)
    allowed = (
        f" What they allow{' in the US' if abroad else ''}: "
        + allowed_for(f.allowed, [hit.subject] if hit.subject else [])
        if f.allowed
        else ""
    )
    if f.received:  # those who refer pay the line's cost (AE8 of the nineteenth round)
        return (
            f"{hit.subject!r} has part of its cost paid by a lender, title or escrow company, "
            f"which {profession} restricts: {f.rule}",
            f"check the arrangement with {f.ask or 'your broker'}: unless each party pays its "
            "fair share, name the shares in the line (e.g. 'fair share, 50/50 by ad space')."
            + allowed,
        )
    split = ""
    if f.unpaid:  # a mixed line: the part the rules may allow gets a line of its own
        parts = and_list([repr(part) for part in f.unpaid])
        split = (
            f" If {parts} {'is' if len(f.unpaid) == 1 else 'are'} open to all and not "
            f"conditioned on referrals, give {'it' if len(f.unpaid) == 1 else 'each'} a line of "
            "its own, so that only the rest is flagged."
        )
    rule, ask = f.rule, f.ask or "your board, bar or regulator"
    # a rebate of the fee to the family (AP8 of the 52nd round's re-review), or a placement
    # agency's Medicaid fee (AO4 of the 52nd round): asked alike, in their own words
    if f.concession or (f.takes and f.question and not f.brokering):
        did, check = _PLACEMENT_ASKED[f.concession]
        return f"{hit.subject!r} {did}: {rule}", check.format(ask=ask) + allowed
    if f.takes:  # money received for referring residents or specimens (AO1 of the 52nd round)
        if f.question:
            return (
                f"{hit.subject!r} bills residents' tests through a laboratory you are tied to: "
                f"{rule}",
                f"check the arrangement with {ask}: if the home takes anything for the "
                "specimens it sends, stop it." + allowed,
            )
        return (
            f"{hit.subject!r} receives money for referring residents, patients or specimens: "
            f"{rule}",
            f"stop taking it, and check what was received with {ask}; it is no revenue to "
            "grow." + allowed,
        )
    if f.accepts:  # a CPA firm's referral fee or commission received (AQ4 of the 52nd
        # round's second re-review, 2026-12-07): the code quoted is the AICPA's, said as the
        # US's outside it (F15 of the thirty-fourth round)
        said = american_rule(rule, "in") if abroad else rule
        whom = _OWN_REGULATOR if abroad else ask
        if not f.question:  # the line says it was not disclosed
            return (
                f"{hit.subject!r} receives a referral fee or commission it says was not "
                f"disclosed to the client: {said}",
                f"disclose it to each client in writing now, and check it with {whom}." + allowed,
            )
        return (
            f"{hit.subject!r} receives a referral fee or commission: {said}",
            f"check with {whom}: if it was disclosed, say so in the line's name; if any of "
            "these clients get an audit, a review or a compilation others may rely on from "
            "the firm, take no commission on them." + allowed,
        )
    if f.rebate and f.question:  # "bail for 5%" with no filed rate (E6 of the 48th round)
        return (
            f"{hit.subject!r} offers bail for a share of the bond and names no filed rate: is it "
            f"the premium charged or a down payment on it? {rule[0].upper()}{rule[1:]}",
            "say which in the line ('bail for 5% down, 10% filed rate'): a down payment on the "
            "full filed premium, the rest on a payment plan, is no rebate where your state's "
            f"bail law allows such plans; a premium cut below the filed rate is; ask {ask} if "
            "unsure.",
        )
    if f.finders and not abroad:
        # a wholesaler's bird dogs or finders: the state's licence law, asked (AW8 of the
        # fifty-fifth round's review, 2026-12-07; core.wholesaling)
        return (
            f"{hit.subject!r} pays those who bring you deals, which your state's licence law "
            f"may allow or forbid: {rule}",
            f"ask {ask}; until the answer is yes, it is no channel to grow." + split + allowed,
        )
    if f.question and f.check and not abroad:
        # a placement service's fee silent on who pays for the residents it brought: the
        # Anti-Kickback Statute reaches only those a federal programme pays for, so asked (Y1
        # of the forty-sixth round's re-review, 2026-12-06)
        return (
            f"{hit.subject!r} pays a placement service for referrals and does not say who pays "
            f"for the residents or clients it brought: {rule}",
            f"{f.check[0].upper()}{f.check[1:]}" + split + allowed,
        )
    if f.shared and currency == "USD":
        # a law firm pays a referral source's share of a seminar they hold together: asked,
        # naming the opinion whose facts had each pay an equal share; its facts were read, its
        # reasoning was not, so it is named for the arrangement only (BK8 of the sixty-third
        # round's review, 2026-12-08; core.lawyer_gifts.pays_a_cosponsors_share)
        return (
            f"{hit.subject!r} pays a co-sponsor's share of a seminar you hold together: "
            "does the firm pay costs the other sponsor, who may send you clients, would "
            "otherwise bear? The State Bar of Arizona's Ethics Opinion 87-23 (1987) was asked "
            "about seminars a lawyer presents with a non-lawyer financial planner, the two "
            "sharing the advertising and seminar costs equally; paying the other's share gives "
            f"something of value to someone who may recommend you: {rule}",
            f"check with {ask} what the share pays for and whether it is a reasonable cost of "
            "the firm's own advertising; a seminar where each sponsor pays its own share is the "
            "arrangement that opinion was asked about." + allowed,
        )
    if f.own_staff and not abroad:
        # a law firm's own staff paid by the case: its own pay, asked (part p of the
        # fifty-eighth round, 2026-12-07; core.barratry.pays_own_staff)
        return (
            f"{hit.subject!r} pays the firm's own staff by the case: {rule}",
            f"check it with {ask}: a bonus for intake work on the cases that come in "
            "(answering, screening and signing callers) is pay for the staff's work; keep it a "
            "set sum, not a share of any case's fee, and pay nothing for cases staff find, "
            "refer or solicit themselves, which the rule on paying for recommendations "
            "(Rule 7.2(b)) forbids.",
        )
    if f.runners and f.question and not abroad:
        # a law firm's plain hospital liaison, which may be a runner (part p of the
        # fifty-eighth round, 2026-12-07; core.barratry.asks_of_liaison)
        return (
            f"{hit.subject!r} may pay a runner: a personal-injury firm's hospital liaison who "
            "meets accident victims or their families at a hospital to sign them is one, "
            f"which {profession} forbid and the law may make a crime: {rule}",
            f"check with {ask} what the liaison does and how the pay is set: if the liaison "
            "approaches patients for the firm, or is paid by the case signed, stop it; if the "
            "work is records, bills or liens on clients' cases, say so in the line's name."
            + split
            + allowed,
        )
    if f.question and not abroad:  # what RESPA may not reach, asked (T22 of the 45th round)
        return (
            f"{hit.subject!r} may pay for referrals: {rule}",
            f"check it with {ask}." + split + allowed,
        )
    if abroad:
        # the rules quoted are American: said as such (R7 of the thirty-third round's
        # re-review, 2026-12-05: a Leeds solicitors' firm was told the ABA's Model Rules and
        # to ask "your state bar"); a country whose own rules the data gives has them instead
        # (``model.verticals.in_country``), and no profession is sent to another's regulator
        # (Q11 of its second re-review: a York dentist was sent to "the bar, law society")
        rule = american_rule(rule, "in")
        ask = _OWN_REGULATOR
    if f.choosing:  # a prize drawing for patients who start treatment (A2 of the 47th round)
        return (
            f"{hit.subject!r} offers patients a chance at a prize for choosing the practice: "
            f"{rule}",
            f"stop it for patients whose care Medicaid, CHIP or Medicare pays, or keep what is "
            f"offered to nominal value, and check it with {ask} before funding it again."
            + split
            + allowed,
        )
    if f.gives:  # something free for choosing the provider (D1, D2 of the 49th re-review)
        return (
            f"{hit.subject!r} gives patients or their families something of value for "
            f"choosing you: {rule}",
            "stop offering it to patients whose care Medicare or Medicaid pays, or keep what "
            f"is given to nominal value; it is no channel to fund, and check it with {ask}."
            + split
            + allowed,
        )
    if f.claims:  # a gift to a customer for filing an insurance claim (K3 of the 50th round)
        return (
            f"{hit.subject!r} gives customers something of value for making an insurance "
            f"claim with you: {rule}",
            "stop offering it; it is no channel to fund, and win insured customers by service, "
            f"speed and reviews instead; check what was given with {ask}." + allowed,
        )
    if f.rebate:  # a bail premium below the filed rate, or given back (C1 of the 48th round)
        return (
            f"{hit.subject!r} prices bail below the filed rate or gives part of the premium "
            f"back: {rule}",
            f"charge every client the filed rate, and check what was given with {ask}; it is "
            "no discount to take out of revenue." + allowed,
        )
    if f.runners:  # a law firm's runners (the fifty-seventh round, part j; core.barratry)
        return (
            f"{hit.subject!r} pays runners to steer accident victims to you, which {profession} "
            f"forbid and the law may make a crime: {rule}",
            f"stop paying them; check what was paid, and the cases it brought, with {ask}; it "
            "is no channel to fund." + split + allowed,
        )
    # a treatment provider's payment for patients' admissions, housing or travel (T1 of the
    # forty-fifth round, 2026-12-06)
    what = "pays for patients" if f.brokering else "pays for referrals"
    return (
        f"{hit.subject!r} {what}, which {profession} "
        f"{'restricts' if f.whose else 'restrict'}: {rule}",
        # (and the claims already billed under a physicians' group's services fee, which may
        # be owed back: AX2 of the fifty-sixth round's review, 2026-12-07)
        f"check the arrangement{', and the claims already billed under it,' if f.billed else ''}"
        f" with {ask} before funding it again." + split + allowed,
    )


def _meal_joined(f: MealJoined) -> Words:
    """Patients joined by 'channel:' to a treat for the physicians who send them (R1 of the
    forty-fourth round's re-review, 2026-12-06)."""
    return (
        f"{f.source!r} ({plural(f.customers, 'patient')}) is joined by 'channel:' to "
        f"{f.line!r}, a meal, drinks or an outing for the physicians who send patients: "
        "counting patients as bought by it records remuneration for referrals, which the "
        "federal Anti-Kickback Statute forbids (42 U.S.C. §1320a-7b(b)), so the report prices "
        "none of them against it and counts them with the referrals",
        "remove the 'channel:' from the source; keep such meals modest, never tied to the "
        "number or value of referrals, within the Stark Law's yearly limit for non-monetary "
        "compensation where it applies (42 CFR §411.357(k)), and check them with a health-care "
        "lawyer.",
    )


#: Said after a profession's rule the verticals' data quotes from US sources, outside the US
_YOUR_OWN_RULES = "Your own country's rules apply to you."
#: Whom to ask there, whatever the profession
_OWN_REGULATOR = "your own regulator (the professional body that licenses you)"


def quoted_from_us(currency: str, own: bool) -> bool:
    """Whether a profession's rules, as the report quotes them, are the US's for a business
    kept in another currency (``own``: the verticals' data gives its country's own,
    ``Vertical.rules_of``): BA114, BA102 and the report's note on the rules then say so."""
    return currency != "USD" and not own


def american_rule(rule: str, opening: str = "In") -> str:
    """A profession's rule on paying for referrals, which the verticals' data quotes from US
    sources, said as American for a business outside the US. BA114's message and the
    report's note on the profession's rule both say it so."""
    return f"{opening} the US: {rule} {_YOUR_OWN_RULES}"


def _ba122(hit: Hit, currency: str) -> Words:
    f: NamedNowhere = hit.figures
    message = (
        f"{and_list([repr(name) for name in f.sources])} names the channel {f.said!r}, which "
        f"no line names: its {plural(f.customers, 'new customer')} stand as a channel of "
        "their own, at no cost"
    )
    if f.nearest is not None:
        return (
            message,
            f"if {f.nearest!r} won them, write 'channel: {f.said}' on that line (or the "
            "source's channel: as that line's name); if no line paid for them, nothing is "
            "missing: skip BA122 with that reason",
        )
    return (
        message,
        f"write 'channel: {f.said}' on the line that paid for them; if none did, nothing is "
        "missing: skip BA122 with that reason, or say how the source is read in 'classify:'",
    )


def _ba123(hit: Hit, currency: str) -> Words:
    f: Dependent = hit.figures
    each = and_list(
        [
            f"{name}: {plural(customers, 'customer')}"
            + (f" at {format_money(cost, currency)} spent and paid in commissions" if cost else "")
            for name, customers, cost in f.marketplaces
        ]
    )
    spent = (
        f"; {format_money(f.cost, currency)} in all" if f.cost and len(f.marketplaces) > 1 else ""
    )
    hotel = (
        "; a hotel has Google's free booking links and metasearch to show its own rate"
        if f.hotel
        else ""
    )
    message = (
        f"{format_percent_beside(f.share, DEPENDENCE)} of new customers "
        f"({format_count(f.customers)} of "
        f"{format_count(f.of)}) came through "
        f"marketplaces that keep the customer and a commission on each sale ({each}){spent}, "
        f"over {format_percent(DEPENDENCE)}: growth waits on their ranking, commission and terms"
    )
    if f.seller_of_record:  # the buyer is the marketplace's (S13 of the 40th round's re-review)
        return (
            message,
            "keep them for the work they bring, but the customers are theirs and their terms "
            "forbid going round them: grow customers of your own beside them (your site and "
            "search listing, and the channels of your own the table prices) so that no one of "
            "them decides how much work you have",
        )
    return (
        message,
        "keep them for the reach they bring, and turn their customers into your own: a way to "
        "reach them again, a reason to come back directly (a perk or a better price for "
        "booking or ordering direct, where their terms allow it), and a channel you own "
        f"(email to past customers, your own site and search listing){hotel}",
    )


def _ba128(hit: Hit, currency: str) -> Words:
    if isinstance(hit.figures, OneReferrer):
        return _ba128_referrer(hit.figures)
    if isinstance(hit.figures, RateSetters):
        return _ba128_rate_setters(hit.figures, currency)
    f: OneSource = hit.figures
    # customers who buy once come back through those they tell, not by email (N22)
    past = (
        "reviews and referral requests from past customers" if f.once else "email to past customers"
    )
    spent = f" at {format_money(f.cost, currency)} spent" if f.cost else ""
    what = (
        "one source someone else runs, whose price and ranking decide what it sends"
        if f.platform
        else "one source someone else runs"
    )
    if len(f.channels) > 1:  # one company's channels the vocabulary keeps apart
        name = f"{f.company}, which runs {and_list(f.channels)}"
    elif not f.sources:
        name = f.channels[0]
    else:  # some of a label's companies, or of a partner's channel
        said = and_list([repr(source) for source in f.sources])
        name = f"{f.company} ({said})" if f.company and len(f.sources) > 1 else said
        name = f"{name}, of {f.channels[0]}"
    return (
        f"{format_percent_beside(f.share, ONE_SOURCE)} of new customers "
        f"({format_count(f.customers)} of {format_count(f.of)}) came through {what}: "
        f"{name}{spent}, over {format_percent(ONE_SOURCE)}: if it stopped sending them, most "
        "new customers would stop with it",
        "keep it for the customers it sends, and grow a second source you run yourself (your "
        f"own site and search listing, {past}, the channels of your own the table prices) until "
        "no one source sends more than half; count what it sends each month, so that a "
        "slowdown shows early",
    )


def _ba128_rate_setters(f: RateSetters, currency: str) -> Words:
    """BA128 where the networks that send work at the rates they set send more than 40% of the
    new customers together (the sixty-first round, part p, 2026-12-07: a physiotherapy clinic's
    620 of 1,460 new patients through three private medical insurers' networks)."""

    def spent(cost: Decimal) -> str:
        return f" at {format_money(cost, currency)} spent" if cost else ""

    if len(f.networks) == 1:
        [(name, _, cost)] = f.networks
        each = f"{name}{spent(cost)}"
    else:
        each = and_list(
            [
                f"{name}: {plural(customers, 'customer')}{spent(cost)}"
                for name, customers, cost in f.networks
            ]
        )
    return (
        f"{format_percent_beside(f.share, RATE_SETTERS)} of new customers "
        f"({format_count(f.customers)} of {format_count(f.of)}) came through networks that "
        f"send work at the rates they set: {each}; over {format_percent(RATE_SETTERS)}: each "
        "network sets its contract's terms and its rates and can cut them or drop the "
        "business, and networks of one kind tend to cut together",
        "keep the networks for the customers they send, and grow the customers who come to you "
        "directly, at your own prices (your own site and search listing, email to past "
        "customers, the channels of your own the table prices), until the networks send "
        f"{format_percent(RATE_SETTERS)} or less; read each network's contract for its term, "
        "its notice and when its rates are next reviewed, and count what each sends each "
        "month, so that a cut or a drop shows early",
    )


def _ba128_referrer(f: OneReferrer) -> Words:
    """BA128 where one referral source the profile names sends most new customers (AO9 of the
    fifty-second review round, 2026-12-07): said on the condition that it is one person or
    firm, which the profile cannot show."""
    past = (
        "reviews and introductions from past customers"
        if f.once
        else "introductions from the customers you serve now"
    )
    keep = (
        "keep the relationship, without paying for it (your profession's rules restrict paying "
        "for referrals: BA102 and BA114 say what they allow)"
        if f.restricted
        else "keep the relationship"
    )
    return (
        f"{format_percent_beside(f.share, ONE_SOURCE)} of new customers "
        f"({format_count(f.customers)} of {format_count(f.of)}) came from one referral source, "
        f"'{f.name}', over {format_percent(ONE_SOURCE)}: if that is one person or firm, most "
        "new customers would stop if they stopped referring (a concentration risk, as one "
        "customer's share of revenue is)",
        f"{keep}, and grow a second source you run yourself (your own site and search listing, "
        f"{past}, other referrers) until no one referrer sends more than half; count what each "
        "sends each month, so that a slowdown shows early; if the name stands for several "
        "referrers, list them apart",
    )


def _ba129(hit: Hit, currency: str) -> Words:
    f: Concentrated = hit.figures

    def money(amount: Decimal) -> str:
        return format_money(amount, currency)

    message = (
        f"the largest customer brings {format_percent_beside(f.share, CONCENTRATION)} of "
        f"revenue, over {format_percent(CONCENTRATION)}: losing it would take "
        f"{money(f.at_risk)} of {money(f.revenue)} in revenue"
    )
    if f.gross_margin is not None:
        message += (
            f", and {money(f.at_risk * f.gross_margin)} of gross profit at the "
            f"{format_percent(f.gross_margin)} gross margin"
        )
    if f.loss_without is not None and f.profit is not None:
        judged = " without the lines BA116 names as no cost" if f.moved else ""
        message += (
            f", more than the operating profit of {money(f.profit)}{judged}: without it the "
            f"business would run at a loss of about {money(-f.loss_without)} until the costs "
            "came down"
            if f.profit >= 0
            else f", on top of the operating loss of {money(-f.profit)}{judged}"
        )
    return (
        message,
        "keep the account, and win others before you need them: set a goal for new customers "
        "until no one customer brings more than a quarter of revenue; read the account's "
        "contract for its term and notice, so that the cash to bridge its loss is planned",
    )


def _on_commission(words: Words, ceiling: str | None, of: str) -> Words:
    """BA201's and BA203's words with, where the CAC counts reps paid on every sale, the
    caveat the channel table gives their channel (M6 of the twenty-seventh round): ``of``
    says what the ceiling makes of the figure."""
    if ceiling is None:
        return words
    message, advice = words
    return (
        f"{message}; {ceiling}, so the CAC also counts their pay for the customers the "
        f"business already has: it is a ceiling, {of}",
        advice,
    )


def _ba201(hit: Hit, currency: str) -> Words:
    f: LowRatio = hit.figures
    return _on_commission(_ba201_words(hit, currency), f.ceiling, "and this ratio a floor")


def _ba201_words(hit: Hit, currency: str) -> Words:
    f: LowRatio = hit.figures
    assert f.figure.value is not None
    shown = format_ratio(f.figure.value)
    label = "CAC excluding referrals" if f.non_referral else "CAC"
    few = _few(f.customers, f.figure.value, "×", per_customer=True)
    advice = "keep customers longer or sell them more, or win them more cheaply"
    if f.dearest is not None:
        advice += f", starting with the most expensive channel: {_dearest(f.dearest, currency)}"
    if f.selling is not None:  # most of a customer's cost is selling: that plan comes first
        sales, spent, lines = f.selling
        advice = (
            f"most of what a customer costs is selling ({format_money(cents(sales), currency)} "
            f"of {format_money(cents(spent), currency)}: {_names(lines)}), so look at the "
            f"commission plan and the close rate first; then {advice}"
        )
    if f.commissions is not None:  # 3× or more only without the marketplaces' commissions
        fees, floor = f.commissions
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win "
            f"({Basis(currency).ratio(f.figure, label)}), but marketplaces kept "
            f"{format_money(cents(fees), currency)} of commissions on these customers, taken "
            f"out of revenue: with them, {format_ratio(floor)}×, under the rule of thumb of at "
            f"least {LTV_TO_CAC_MINIMUM}× (a floor, as they are charged on repeat customers "
            f"too{Basis(currency, netted=f.netted).untold()})",
            "weigh each marketplace's commission against what its customers are worth: a "
            "higher price where it sells, fewer places on the costliest, and more customers won "
            "direct (your own site, email to past customers, a perk for booking direct where "
            "its terms allow)",
        )
    if f.unpriced is not None and f.restricted:
        # ...brought, all or some, by lines a rule of law warns about: not free, no cost to
        # list (D3 of the forty-ninth round's re-review, 2026-12-06)
        unpriced, priced, channels = f.unpriced
        held = tuple(name for name, _ in f.restricted)
        rules = and_list(sorted({rule for _, rule in f.restricted}))
        free = tuple(name for name in channels if name not in held)
        also = (
            f", and through paid channels no spend is joined to ({_names(free)}; BA207)"
            if free
            else ""
        )
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win "
            f"({Basis(currency).ratio(f.figure, label)}), but {format_count(unpriced)} of the "
            f"{format_count(f.customers)} came from sources lines {rules} warns about bought "
            f"({_names(held)}){also}, not free customers: left out, on the "
            f"{format_count(f.customers - unpriced)} others, {format_ratio(priced)}×, under "
            f"the rule of thumb of at least {LTV_TO_CAC_MINIMUM}×"
            + _few(f.customers - unpriced, priced, "×", per_customer=True),
            f"stop those lines first, as {rules} says"
            + (", list what the other channels cost (BA207)" if free else "")
            + f"; then {advice}",
        )
    if f.unpriced is not None:  # 3× or more only with customers whose cost is not listed
        unpriced, priced, channels = f.unpriced
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win "
            f"({Basis(currency).ratio(f.figure, label)}), but {format_count(unpriced)} of the "
            f"{format_count(f.customers)} came through paid channels no spend is joined to "
            f"({_names(channels)}; BA207), counted at no cost: on the "
            f"{format_count(f.customers - unpriced)} whose cost is listed, "
            f"{format_ratio(priced)}×, under the rule of thumb of at least "
            f"{LTV_TO_CAC_MINIMUM}×" + _few(f.customers - unpriced, priced, "×", per_customer=True),
            f"list what those channels cost, in fees or in lower prices (BA207), and {advice}",
        )
    if f.one_sale is not None:  # customers buy once, and the margin covers winning them (N9)
        return (
            f"a {_judged(f.non_referral)}, who buys once, is worth {shown}× what it costs to "
            f"win ({Basis(currency).ratio(f.figure, label)}): their one sale pays for winning "
            f"them, and the business keeps {format_margin(f.one_sale)} of its revenue after "
            f"all its costs; the rule of thumb of at least {LTV_TO_CAC_MINIMUM}× is for "
            "customers who keep paying" + few,
            "keep what a customer costs well under what one sale earns: watch it channel by "
            "channel (the channel table), and ask every customer for a review and a referral, "
            "which win the next one for little",
        )
    if f.owner is None:
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win "
            f"({Basis(currency).ratio(f.figure, label)}); "
            f"the rule of thumb is at least {LTV_TO_CAC_MINIMUM}×" + few,
            advice,
        )
    selling, cac, ratio, over = f.owner
    money = format_money(cents(selling.value), currency)
    if over != f.customers:  # shared with the referred customers it also won and closed
        money += f", shared over all {format_count(over)} new customers"
    if selling.paid is not None:  # their share of the lines that pay the owner
        how = (
            f"{format_hours(selling.hours)} of {format_hours(selling.of_week)} hours a week "
            f"of the {format_money(selling.paid, currency)} that pays "
            f"{owners_paid(selling.owners)}, {money}"
        )
    else:
        assert selling.rate is not None
        how = (
            f"{format_hours(selling.hours)} hours a week at "
            f"{format_money(selling.rate, currency)} an hour, {money}"
        )
    owner = (
        f"with {owners_of(selling.owners)} marketing and sales time counted ({how}), a "
        f"{_judged(f.non_referral)} costs {format_money(cents(cac), currency)} and is worth "
        f"{format_ratio(ratio)}×"
    )
    if hit.severity == "info":  # 3× or more in cash: the range is the loaded figure's
        return (
            f"{owner}, under the rule of thumb of at least {LTV_TO_CAC_MINIMUM}×"
            + _few(f.customers, ratio, "×", per_customer=True)
            + f"; in cash alone {shown}× ({Basis(currency).ratio(f.figure, label)})",
            "the owner's hours are what winning customers costs most: hand the selling to "
            "someone paid less an hour, or make each hour win more (a sharper offer, fewer "
            "unqualified meetings)",
        )
    return (
        f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win "
        f"({Basis(currency).ratio(f.figure, label)}); "
        f"the rule of thumb is at least {LTV_TO_CAC_MINIMUM}×; {owner}" + few,
        advice,
    )


def _ba202(hit: Hit, currency: str) -> Words:
    f: HighRatio = hit.figures
    assert f.figure.value is not None
    shown = format_ratio(f.figure.value)
    said = []
    if f.rated:  # the ratio without the channels priced by a contract's rate (AN4, round 51)
        said.append(
            f"judged on the {format_count(f.counted)} customers won otherwise: the "
            f"{format_count(f.rated)} who came at a contract's rate, and what was spent on "
            "those channels, left out"
        )
    if f.unpaid and f.counted:  # free customers make the average cheap
        said.append(
            f"an average: {format_count(f.unpaid)} of the {format_count(f.counted)} came through "
            f"channels nothing is "
            "spent on, so the next customer bought costs more"
            # with a larger budget: without one, `plan` keeps today's spend and says no price
            # (AE22 of the nineteenth round)
            + (
                "; 'bizaudit plan --budget' with a larger budget shows how much"
                if f.plan_moves
                else ""
            )
        )
    if f.beside and f.counted:
        # not "nothing is spent on": a line read as another kind names their channel, as BA207
        # says (AZQ1 of the fifty-eighth round's re-review, 2026-12-07)
        said.append(
            ("" if f.unpaid else f"of the {format_count(f.counted)}, ")
            + and_list(
                [
                    f"{format_count(count)} came through {channel}, a paid channel no spend is "
                    f"joined to, though {line!r}, read as {read}, shares its name"
                    for channel, count, line, read in f.beside
                ]
            )
            + " (BA207): counted here at no cost, which they may not be"
        )
    if f.by_reps and f.counted:
        # customers sales reps won, their pay in no line joined: not "nothing is spent on" (a
        # helper's note of the fifty-ninth round, 2026-12-07: a wholesale bakery's 22 accounts)
        said.append(
            ("" if f.unpaid or f.beside else f"of the {format_count(f.counted)}, ")
            + and_list(
                [
                    f"{format_count(count)} came through {channel}, whose pay no line is joined to"
                    for channel, count in f.by_reps
                ]
            )
            + ": counted here at no cost, which they are not; the reps' pay is not in this "
            "CAC"
        )
    if f.cultivated and f.counted:
        # X15 of the seventeenth round: a CPA firm read "a customer won other than by
        # referral" where 59 of the 103 were referrals its funded lines cultivate
        said.append(
            f"{format_count(min(f.cultivated, f.counted))} of the {format_count(f.counted)} are "
            f"referrals the "
            "business's funded referral lines brought, counted as paid for: only referrals "
            "that came on their own are left out"
        )
    average = f" ({'; '.join(said)})" if said else ""
    if f.with_fees is not None:  # the CAC leaves the marketplaces' commissions out
        # ...and names apart the part a rule of law flags, which no marketplace kept (the
        # fifty-fourth round's leftovers, part k: a charter company's $28,500 "marketplaces
        # kept" held $16,000 of commissions to travel managers, which BA121 warns about)
        average += (
            f"; the CAC leaves out {format_money(f.fees, currency)} of commissions"
            f"{Basis(currency).split(f.fees, f.flagged)}, taken out of revenue and charged on "
            f"repeat customers too: with them {format_ratio(f.with_fees)}×"
            if f.flagged
            else f"; the CAC leaves out {format_money(f.fees, currency)} of commissions "
            "marketplaces kept (taken out of revenue, charged on repeat customers too): with "
            f"them {format_ratio(f.with_fees)}×"
        )
    if f.full is not None:
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win{average}; "
            f"the business is {format_percent(f.full)} full, so the room is in price, not in "
            "more customers" + _few(f.counted, f.figure.value, "×", per_customer=True),
            _FULL_ADVICE,
        )
    if f.nearly is not None and f.nowhere:  # nearly full, and no channel takes more (F17)
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win{average}; "
            f"the business is {format_percent(f.nearly)} full (business.capacity_used), and no "
            "channel today takes more budget in proportion ('bizaudit plan' says why of each)"
            + (
                f", though {_paying_but_held(f.held, partial(format_money, currency=currency))}"
                if f.held
                else ""
            )
            + _few(f.counted, f.figure.value, "×", per_customer=True),
            f"fill the places still free through {_WITHOUT_BUDGET} or price, or a new channel "
            "tested with a small budget first",
        )
    if f.nearly is not None:  # room to spend, but only on the places still free
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win{average}; "
            f"there is room to spend more on acquisition, for the places still free: the "
            f"business is {format_percent(f.nearly)} full (business.capacity_used)"
            + _few(f.counted, f.figure.value, "×", per_customer=True),
            "size any more budget to filling the places still free, on the channels that bring "
            # (_not_there ends on its own comma: "warns about,, and" was X12's typo in the
            # forty-sixth round, 2026-12-06)
            "customers"
            + (_not_there(f.dearer, f.by_law, f.warned, f.asked) or ",")
            + " and watch the ratio",
        )
    if f.nowhere:  # no channel more budget would buy (D4)
        money = partial(format_money, currency=currency)
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win{average}; "
            "but no channel today takes more budget in proportion ('bizaudit plan' says why "
            "of each)"
            + (f", though {_at_a_price(f.at_a_price, money)}" if f.at_a_price else "")
            + (
                f"{', and' if f.at_a_price else ', though'} {_paying_but_held(f.held, money)}"
                if f.held
                else ""
            )
            + _few(f.counted, f.figure.value, "×", per_customer=True),
            (
                f"more leads from {and_list([a.channel for a in f.at_a_price])} pay while they "
                "come at that price; beyond them, the room"
                if f.at_a_price
                else "the room"
            )
            + f" is in {_WITHOUT_BUDGET} or in price, or in a new channel tested with a small "
            "budget first",
        )
    if f.untold and not f.nowhere:  # the room rests on channels too small to judge (Q13)
        named = ", ".join(f"{name} ({plural(count, 'customer')})" for name, count in f.untold)
        return (
            f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win{average}; "
            "there may be room to spend more, but 'bizaudit plan' moves no money today: the "
            f"room rests on channels too small to judge, {named}"
            + _few(f.counted, f.figure.value, "×", per_customer=True),
            "test more budget on those for a period and watch what a customer costs there; "
            "'bizaudit plan' says what each other channel needs before money is moved to it",
        )
    return (
        f"a {_judged(f.non_referral)} is worth {shown}× what it costs to win{average}; "
        "there is room to spend more on acquisition"
        + _few(f.counted, f.figure.value, "×", per_customer=True),
        "try more budget on the channels that bring customers"
        + _not_there(f.dearer, f.by_law, f.warned, f.asked, f.questioned)
        + " and watch the ratio"
        + (
            ""
            if f.capacity_known
            else "; if you are already booked as full as you can serve, the room is in price, "
            "not in more customers (say how full with business.capacity_used)"
        ),
    )


#: Where no channel would take more budget at a profit (core.plan.takes_no_more), as BA101 and
#: BA202 say it (D4 of the twenty-third round's last check)
#: ("can be shown": a channel may be left alone for how its customers are counted, not for
#: losing money: F10 of the twenty-fourth round's re-review)
_NO_CHANNEL = (
    "no channel today can be shown to take more budget at a profit ('bizaudit plan' says why "
    "of each)"
)
_WITHOUT_BUDGET = (
    "what brings customers without a budget (reviews and referrals asked for, search, a "
    "listing kept up)"
)
_ELSEWHERE = f"{_WITHOUT_BUDGET} or a new channel tested with a small budget"


def _no_channel(
    at_a_price: tuple[AtAPrice, ...],
    money: Callable[[Decimal], str],
    held: tuple[PaysButHeld, ...] = (),
) -> str:
    """BA101's "no channel takes more budget", naming the channels that sell leads at a price
    each and already pay back at it, which the plan's curve cannot weigh (AZQ2 of the fifty-
    eighth round: "no channel can be shown to take more budget at a profit" stood beside a
    plumber's Angi leads at $192 a customer, 3.3× their worth), and why each other channel
    that pays back as listed is held back (:func:`_paying_but_held`)."""
    if not at_a_price:
        return _NO_CHANNEL + (f", though {_paying_but_held(held, money)}" if held else "")
    return (
        "no channel today can be shown to take more budget in proportion ('bizaudit plan' says "
        f"why of each), though {_at_a_price(at_a_price, money)}"
        + (f", and {_paying_but_held(held, money)}" if held else "")
    )


def _paying_but_held(held: tuple[PaysButHeld, ...], money: Callable[[Decimal], str]) -> str:
    """The channels whose customers pay back as listed that `plan` leaves alone, each with the
    reason in the words `plan` gives it (explain.left_alone), so that the check report says it
    too: "Google Local Services Ads, whose customers pay back as listed ($150 a customer, who
    is worth 4.3 times that), is held back (customers who said only 'google' were counted in
    ...)" (AZQ2 of the fifty-eighth round, as its re-review left it, 2026-12-07: the reason
    was in `plan` alone, the check report saying "'bizaudit plan' says why of each")."""
    return and_list(
        [
            f"{h.channel}, whose customers pay back as listed ({money(cents(h.cac))} a "
            f"customer, who is worth {h.ratio.quantize(Decimal('0.1'))} times that), is held "
            f"back ({left_alone_words(h.alone)})"
            for h in held
        ]
    )


def _at_a_price(at_a_price: tuple[AtAPrice, ...], money: Callable[[Decimal], str]) -> str:
    """ "Angi (Angie's List) sells leads at a price each, and its customers already pay back
    at it ($192 a customer, 3.3× their worth)"."""
    one = len(at_a_price) == 1
    priced = and_list(
        [
            ("" if one else f"{a.channel} at ") + f"{money(cents(a.cac))} a customer, who is worth "
            f"{a.ratio.quantize(Decimal('0.1'))} times that"
            for a in at_a_price
        ]
    )
    return (
        f"{and_list([a.channel for a in at_a_price])} {'sells' if one else 'sell'} leads at a "
        f"price each and {'its' if one else 'their'} customers already pay back at it "
        f"({priced})"
    )


def _elsewhere(at_a_price: tuple[AtAPrice, ...]) -> str:
    """Where the money goes first where no channel takes more in proportion: more of the leads
    that pay at their price, while they come at it, then what needs no budget."""
    if not at_a_price:
        return _ELSEWHERE
    return (
        f"more leads from {and_list([a.channel for a in at_a_price])} while they come at that "
        f"price, then {_ELSEWHERE}"
    )


def _dearer_clause(dearer: tuple[str, ...]) -> str:
    """The channels whose next customer already costs more than one is worth, said as BA101
    and BA202 say them."""
    return (
        f"{and_list(list(dearer))}, where the next customer already costs more than a customer "
        "is worth ('bizaudit plan' shows it)"
    )


def _not_there(
    dearer: tuple[str, ...],
    by_law: tuple[str, ...] = (),
    warned: tuple[tuple[str, str], ...] = (),
    asked: tuple[str, ...] = (),
    questioned: tuple[tuple[str, str], ...] = (),
) -> str:
    """Where more budget should not go: the channels whose next customer already costs more
    than one is worth (B8 of the twenty-third round: `plan` said their last dollars lose
    money beside "room to spend more"), those the law restricts (trigger leads), and those
    whose spend a rule of law warns about (N3 of the forty-third round, 2026-12-06)."""
    why = [_dearer_clause(dearer)] if dearer else []
    if by_law:
        why.append(f"{and_list(list(by_law))}, which the law restricts (the channel table)")
    for rule in sorted({rule for name, rule in warned if name not in asked}):
        named = [name for name, by in warned if by == rule and name not in asked]
        why.append(f"{and_list(named)}, which {rule} warns about")
    if asked:  # lines BA114 only asks about, as its finding does (part j2 of the 57th round)
        why.append(f"{and_list(list(asked))}, which BA114 asks about")
    # ...and a paid creator a rule asks about (BA120 of a Canadian cannabis store's): not
    # grown until a lawyer has checked the posts, as `plan` says (BI2 of the sixty-second
    # round's second re-review, 2026-12-08)
    for rule in sorted({rule for _, rule in questioned}):
        named = [name for name, by in questioned if by == rule]
        why.append(
            f"{and_list(named)}, which {rule} asks about, until a lawyer has checked the posts"
        )
    return f", except {'; and '.join(why)}," if why else ""


#: What a business at capacity is told instead of spending more (core.capacity).
_FULL_ADVICE = (
    "more customers could not be served: look at price, at collecting every fee, and at "
    "adding capacity; keep the marketing that fills places as they free up (a waitlist, "
    f"tours, reviews), and check again when fewer than {format_percent(FULL)} of places are "
    "taken"
)


def _ba203(hit: Hit, currency: str) -> Words:
    f: SlowPayback = hit.figures
    return _on_commission(_ba203_words(hit, currency), f.ceiling, "and so is this payback")


def _ba203_words(hit: Hit, currency: str) -> Words:
    f: SlowPayback = hit.figures
    assert f.figure.value is not None
    shown = format_number_beside(f.figure.value, f.norm)
    months = format_number(f.norm, 0)
    norm = (
        f"the {in_sentence(f.industry)} norm ({months} months)"
        if f.industry
        else (f"the {months}-month rule of thumb")
    )
    message = (
        f"winning a customer takes {shown} months to earn back "
        f"({Basis(currency).payback(f.figure)}), more than {norm}"
    )
    few = _few(f.customers, f.figure.value, " months", per_customer=False)
    if f.guests is not None:
        # a manager's guest-side lines counted in the cost of an owner: asked, not assumed
        # (AO8 of the fifty-second review round, 2026-12-07)
        g = f.guests
        names = ", ".join(f"'{name}'" for name in g.names)
        one = len(g.names) == 1
        return (
            f"{message}{few}; it counts {names} ({format_money(g.spend, currency)}), which "
            f"buy{'s' if one else ''} guests or tenants, not the owners counted as new "
            f"customers: without {'it' if one else 'them'} a customer costs "
            f"{format_money(g.cac, currency)} and earns it back in "
            f"{format_number_beside(g.months, f.norm)} months",
            "if your fee is a share of the guests' bookings or the tenants' rents, state "
            "'kind: cost-of-sales' on the guest- and tenant-side lines (guest ads, booking "
            "sites' fees): a cost of the fee revenue, and the cost of winning an owner is the "
            "owner-side marketing alone; if a line wins owners too, split it",
        )
    if f.contract is not None:
        return (
            f"{message}, within the {f.contract}-month contracts customers sign{few}",
            "the contract earns it back unless customers leave early: watch early "
            "terminations, and ask for more up front on new contracts",
        )
    return message + few, "ask for more up front, raise margins, or win customers more cheaply"


def _ba204(hit: Hit, currency: str) -> Words:
    f: CostsMore = hit.figures
    assert f.ratio.value is not None
    assert f.ratio.cac is not None
    assert f.ratio.ltv is not None
    basis = Basis(currency)
    loss = basis.money(f.ratio.cac - f.ratio.ltv)
    return (
        f"a {_judged(f.non_referral)} costs {basis.money(f.ratio.cac)} to win and is worth "
        f"{basis.money(f.ratio.ltv)} ({format_number(f.ratio.value, 2)}×): each one loses {loss}"
        + _few(f.cac.new_customers, f.ratio.value, "×", per_customer=True),
        # not yet known (a warning: N8), the advice waits for the count (O6 of the re-review)
        "do not scale acquisition until a period more of customers shows whether one pays back; "
        "meanwhile raise price or margin where you can"
        if hit.severity == "warning"
        else "stop scaling acquisition until a customer pays back: raise price or margin, keep "
        "customers longer, or cut the channels that cost the most per customer",
    )


#: rule ID → the words for what it found (a test checks every rule has them)
def _ba205(hit: Hit, currency: str) -> Words:
    if isinstance(hit.figures, NextCostsMore):
        return _ba205_next(hit, hit.figures, currency)
    if isinstance(hit.figures, OtherKind):
        return _ba205_other_kind(hit, hit.figures, currency)
    f: ChannelCostsMore = hit.figures
    few = " (a small sample)" if f.customers < 3 else ""
    message = (
        f"a customer from {hit.subject} costs {format_money(f.cac, currency)} "
        f"({format_money(f.spend, currency)} ÷ {plural(f.customers, 'customer')}{few}"
        f"{_ba205_divided(f, currency)}) but is "
        f"worth {format_money(f.ltv, currency)} over their lifetime (the average customer's "
        "value: if this channel's customers spend more, as weddings or business accounts do, it "
        "may pay back)"
    )
    if f.elsewhere is not None and f.with_elsewhere is not None:  # "Google" (B7)
        source, count, other = f.elsewhere
        message += (
            f", counting only those who named it; {format_count(count)} who said only {source!r} "
            f"were "
            f"counted in {other}, and some may have come through it: with all of them a customer "
            f"costs {format_money(f.with_elsewhere, currency)}"
        )
        if f.with_elsewhere > f.ltv:  # dearer than worth either way: cut it
            return (
                message,
                f"even counting them a customer there costs more than one is worth, so "
                f"{_by_hand('its')}",
            )
        return (
            message,
            f"ask new customers whether they came by the ads or by search, and list the answers "
            f"as sources of their own ('{source} ad', '{source} search'), before cutting: which "
            "channel brought them decides whether it pays",
        )
    return message, _ba205_advice(f)


def _ba205_other_kind(hit: Hit, f: OtherKind, currency: str) -> Words:
    """A channel whose customers are another kind than the lifetime value is of (BC2 of the
    fifty-ninth round's re-review, 2026-12-07): its cost, and that whether it pays back is not
    known, not a loss on the other customers' value."""
    money = partial(format_money, currency=currency)
    named = and_list([repr(name) for name in f.sources])
    return (
        f"a customer from {hit.subject} costs {money(cents(f.cac))} ({money(f.spend)} ÷ "
        f"{plural(f.customers, 'customer')}), but {named} "
        f"{'names' if len(f.sources) == 1 else 'name'} accounts of another kind than most of "
        f"the {format_count(f.of)} new customers: the {money(cents(f.ltv))} lifetime value, "
        "from the profile's one average revenue, is theirs, so whether this channel pays back "
        "is not known here, and the channel table gives it no LTV ÷ CAC",
        "judge it on what an account is worth: what one buys in a period, at its margin, over "
        f"the periods accounts stay; it pays back once that is more than "
        f"{money(cents(f.cac))} an account, and is sound at 3× that (the LTV ÷ CAC rule of "
        "thumb BA201 holds); the profile values every customer at one average revenue, so "
        "audit the accounts in a profile of their own, with theirs",
    )


def _ba205_next(hit: Hit, f: NextCostsMore, currency: str) -> Words:
    """A channel whose next customer costs more than one is worth, by the plan's curve (BA3 of
    the fifty-eighth round's re-review)."""
    money = partial(format_money, currency=currency)
    if f.before is not None and f.worth_before is not None:
        # worth more at the margin before a marketplace's commissions its customers need not
        # pay: about break-even, not a loss, as `plan` says it (CK2 of a quick check of the
        # fifty-eighth round's late changes, 2026-12-07)
        return (
            f"a customer from {hit.subject} costs {money(cents(f.cac))} on average "
            f"({money(f.spend)} ÷ {plural(f.customers, 'customer')}), under the "
            f"{money(cents(f.ltv))} one is worth, and by the curve 'bizaudit plan' assumes the "
            f"next one costs about {money(cents(f.next_cost))}: "
            + before_commissions(f.before, money(cents(f.ltv)), money(cents(f.worth_before))),
            "grow it no further: at the next customer it earns about what it costs; if you "
            "trim it, take at most 30% in a period and watch whether its new customers fall "
            "(where they hold, the money taken bought none); 'bizaudit plan --budget' shows "
            "where a smaller budget would go, by a curve that is an assumption, not a measure",
        )
    return (
        f"a customer from {hit.subject} costs {money(cents(f.cac))} on average "
        f"({money(f.spend)} ÷ {plural(f.customers, 'customer')}), under the "
        f"{money(cents(f.ltv))} one is worth, but by the curve 'bizaudit plan' assumes the next "
        f"one costs about {money(cents(f.next_cost))}, more than that: the last dollars there "
        "lose money",
        "take at most 30% from it in a period and watch whether its new customers fall: where "
        "they hold, the money taken bought none; 'bizaudit plan --budget' shows where a "
        "smaller budget would go, by a curve that is an assumption, not a measure",
    )


def _ba205_divided(f: ChannelCostsMore, currency: str) -> str:
    """The fee divided with the referring lawyers that BA205 leaves out of a channel's cost,
    and why (AY7 of the fifty-seventh review round, 2026-12-07)."""
    if not f.divided:
        return ""
    return (
        f", leaving out {format_money(f.divided, currency)} of fees divided with the referring "
        "lawyers (Rule 1.5(e)): their share of each referred case's own fee, paid as it comes "
        "in, often on cases of earlier periods, no price per case"
    )


def _ba205_advice(f: ChannelCostsMore) -> str:
    """What BA205 advises, by why `plan` may or may not move the channel's money."""
    if f.per_result is not None:  # not a budget `plan` could move
        return (
            f"'bizaudit plan' leaves this channel alone, as {per_result_words(f.per_result)}; "
            "so cut or renegotiate what a customer costs there rather than move its money, and "
            "first check its customers are not listed under another source"
        )
    if f.customers < DEFAULT_MIN_CUSTOMERS:  # as `plan` judges a count: too few to move money
        low, high = count_range(f.customers)
        return (
            f"on {plural(f.customers, 'customer')} the cost is not yet known (a count of "
            f"{format_count(f.customers)} could as well be {format_count(round(low))} or "
            f"{format_count(round(high))}, so 'bizaudit plan' "
            f"leaves a channel with fewer than {DEFAULT_MIN_CUSTOMERS} alone): track this "
            "channel's customers for another period before moving its money, and check they are "
            "not listed under another source"
        )
    if f.alone is not None:  # `plan` will not move it: a test the owner runs by hand
        return (
            f"'bizaudit plan' leaves this channel alone: {left_alone_words(f.alone)}. Until then, "
            f"{_by_hand('its')}; first check its customers are not listed under another source"
        )
    if not f.plan_moves:
        return (
            "'bizaudit plan' has no other channel it can move this money to, so "
            f"{_by_hand('its')}; first check its customers are not listed under another source"
        )
    return (
        "move this channel's money to channels whose customers pay back ('bizaudit plan' shows "
        "where), or cut what a customer costs there; first check its customers are not listed "
        "under another source"
    )


def _are(count: int, one: str = "is") -> str:
    """The verb beside a count: "1 is" / "was", "2 are" / "were"."""
    many = {"is": "are", "was": "were"}[one]
    return one if count == 1 else many


def _ba206(hit: Hit, currency: str) -> Words:
    f: NoCustomers = hit.figures
    # the profile's own names too, where the channel has another (a CFO's re-review: "Google
    # Business Profile and maps" for a line called "Google Business Profile and SEO")
    named = [name for name in f.lines if name != hit.subject]
    own = f" ({', '.join(repr(name) for name in named)})" if named else ""
    message = (
        f"{format_money(f.spend, currency)} on {hit.subject}{own} with no customers attributed "
        "to it"
    )
    join = (
        "join them with 'channel:' on the line or write the source as "
        "'NAME: {customers: N, channel: NAME}'"
    )
    near = ""
    if f.near:  # a source of another channel that may hold its customers
        source, customers, other = f.near[0]
        near = (
            f"the {plural(customers, 'customer')} from {source!r} {_are(customers, 'was')} "
            f"counted as {other}: if some came through this spend, list them as a source of "
            f"their own with 'channel: {hit.subject}' (or give {source!r} that channel if all "
            "did); "
        )
    if f.sales:  # a sales tool has no retention purpose to state
        return message, (
            f"{near}if it works the leads of another channel (LinkedIn, referrals), put that "
            f"channel on the line with 'channel:'; if it finds customers of its own, {join}"
        )
    return message, (
        f"{near}if its customers are listed under another name, {join}; only if it is truly "
        "brand or retention work, say so with 'purpose: retain' or 'grow'"
    )


def _per_client_advice(channel: str | None) -> str:
    """What to list of a fee or share a marketplace takes per client (BA207)."""
    return (
        f"if billed, add it as an activity with 'channel: {channel}'; if kept and revenue "
        "counts the full price, list the share as kind: contra-revenue; if revenue is already "
        "what it paid you, its cost is in that lower revenue"
    )


def _ba207(hit: Hit, currency: str) -> Words:
    f: Unpriced = hit.figures
    # The owner's own words first, then how they were read (a coach's review, 2026-12-02:
    # "950 new customers came from Vehicle wraps" for a food truck's "saw the truck")
    said = [name for name in f.sources if name != hit.subject]
    came = (
        f"{and_list([repr(name) for name in said])}, read as {hit.subject}"
        if said
        else (hit.subject)
    )
    message = (
        f"{plural(f.customers, 'new customer')} came from {came}, a paid channel, but no spend "
        "on it is listed: they look free"
    )
    if f.nearest_read is not None:  # listed, but read as another kind (R6 of the 35th round)
        message = (
            f"{plural(f.customers, 'new customer')} came from {came}, a paid channel, but no "
            f"spend is joined to it: {f.nearest!r} shares its words and was read as "
            f"{f.nearest_read}, so they look free"
        )
        if f.per_client is not None:  # Booksy's fees: its software's, or its share of each
            return (
                message,
                f"if {f.nearest!r} is what it charges for these clients (a fee or a share of "
                f"each), say 'kind: marketing' and 'channel: {hit.subject}' on it; if it is "
                "only its software or subscription, what it keeps of each new client is "
                "missing or already out of revenue: " + _per_client_advice(hit.subject),
            )
        return (
            message,
            f"if {f.nearest!r} paid for them, say 'kind: marketing' and 'channel: "
            f"{hit.subject}' on it; if it did not (a place you sell at, not one that sends you "
            "customers), say how the source is read in 'classify:'",
        )
    if f.asset:  # a wrap bought in an earlier period still brings customers
        return (
            message,
            "a wrap bought in an earlier period keeps bringing customers: to see what they "
            f"cost, list this period's share of its price with 'channel: {hit.subject}' (its "
            "price spread over the years it is on the road)",
        )
    if f.billed:  # Zocdoc invoices the practice for each booking: the bill is missing
        return (
            message,
            f"it bills you a fee for each booking: add its invoices as an activity with "
            f"'channel: {hit.subject}', so that what its customers cost is counted",
        )
    if f.by_rate and f.per_client is not None:  # an insurer's panel: no share to list
        return (
            f"{plural(f.customers, 'new customer')} came from {came}, a channel whose price "
            "is the rate it sets, not a budget: nothing spent on it is listed",
            f"{f.per_client}; if it charges a membership or a fee, or you give it a discount "
            f"off your own rate (a labour-rate concession), list it as an activity with "
            f"'channel: {hit.subject}' (a discount as kind: contra-revenue), so that what its "
            "customers cost is counted; if not, nothing needs adding",
        )
    if f.per_client is not None:  # ClassPass pays the studio: there is no bill to add
        return (
            message,
            "it costs a fee or a share per client, often kept from what it pays you rather "
            "than billed: " + _per_client_advice(hit.subject),
        )
    if f.shared is not None:  # one line for two platforms (Z6 of round 46's second re-review)
        return (
            f"{plural(f.customers, 'new customer')} came from {came}, a paid channel, but no "
            f"spend is joined to it: {f.shared!r} names it beside another platform, and a line "
            "joins one channel only, so they look free",
            f"split {f.shared!r} into a line for each platform, with what each cost, and put "
            f"'channel: {hit.subject}' on this one's; until then both channels' customers are "
            "priced by the one they were joined to",
        )
    under = f" ({f.nearest!r} may be it)" if f.nearest is not None else ""
    return (
        message,
        f"if its spend is under another name{under}, put 'channel: {hit.subject}' on that "
        "line; if it is missing, add it as an activity; if they did not come from paying, say "
        "how the source is read in 'classify:'",
    )


WORDS: dict[str, Callable[[Hit, str], Words]] = {
    "BA101": _ba101,
    "BA102": _ba102,
    "BA103": _ba103,
    "BA104": _ba104,
    "BA105": _ba105,
    "BA106": _ba106,
    "BA107": _ba107,
    "BA108": _ba108,
    "BA109": _ba109,
    "BA110": _ba110,
    "BA111": _ba111,
    "BA112": _ba112,
    "BA113": _ba113,
    "BA114": _ba114,
    "BA115": _ba115,
    "BA116": _ba116,
    "BA117": _ba117,
    "BA118": _ba118,
    "BA119": _ba119,
    "BA120": _ba120,
    "BA121": _ba121,
    "BA124": _ba124,
    "BA125": _ba125,
    "BA126": _ba126,
    "BA127": _ba127,
    "BA122": _ba122,
    "BA123": _ba123,
    "BA128": _ba128,
    "BA129": _ba129,
    "BA201": _ba201,
    "BA202": _ba202,
    "BA203": _ba203,
    "BA204": _ba204,
    "BA205": _ba205,
    "BA206": _ba206,
    "BA207": _ba207,
}


#: What a Canadian cannabis store is told beside the AGCO's Standards where its profile does not
#: say it is in Ontario (no Ontario place in its name, lines or sources: ``region``, as
#: core.commercial_bribery.owners_region reads it): the Standards are Ontario's, and its own
#: province's were not read (the sixty-second round's second re-review, 2026-12-08, part r: one
#: province's rules had stood for all of Canada; the profile has no field for the province)
_NOT_ONTARIO = (
    "the Standards quoted are Ontario's, and the profile does not say the store is in Ontario "
    "(no Ontario place in its name, lines or sources): if it is in another province, that "
    "province's cannabis regulator's rules decide, and they were not read here"
)
#: ...and the advice on the licensed producers' money, which is not to stop on Ontario's
#: rule alone where the store may be elsewhere
_PRODUCER_ELSEWHERE = (
    "ask your province's cannabis regulator or a cannabis lawyer whether you may accept them "
    "(in Ontario the Standards above bar them), and about those already received; say where "
    "they are booked: they are money received, not spend, and if they sit in revenue they are "
    "not retail sales"
)


def _ontario_scoped(said: Words, region: str | None) -> Words:
    """A Canadian cannabis store's BA120 or BA104 that quotes the AGCO's Standards: as it is,
    where the profile says the store is in Ontario (``region`` "ON"); else with
    ``_NOT_ONTARIO`` beside the Standards, and the producers' advice not resting on them."""
    message, advice = said
    if region == "ON":
        return said
    if _quotes_ontario(message):
        if advice == _CANADA_ADVICE["producer"]:
            advice = _PRODUCER_ELSEWHERE
        return f"{message.rstrip('.')}; {_NOT_ONTARIO}.", advice
    if _quotes_ontario(advice):  # BA104's caution
        return message, f"{advice}; {_NOT_ONTARIO}"
    return said


def _quotes_ontario(said: str) -> bool:
    """Whether words quote Ontario's Standards (not only name the AGCO as whom to ask)."""
    return "Ontario" in said and "Standard" in said


def words(rule_id: str, hit: Hit, currency: str, region: str | None = None) -> Words:
    """The message and advice for what rule ``rule_id`` found; BA121 quotes the law of the
    state the profile names (``region``: core.commercial_bribery.owners_region), where it
    has one to quote; a Canadian store's BA120 and BA104 say the AGCO's Standards are
    Ontario's where the profile does not say it is in Ontario (``_ontario_scoped``)."""
    if region is not None and rule_id == "BA121":
        return _ba121(hit, currency, region)
    if currency == "CAD" and rule_id in _ONTARIO_QUOTED:
        return _ontario_scoped(WORDS[rule_id](hit, currency), region)
    return WORDS[rule_id](hit, currency)


#: The rules whose words quote Ontario's cannabis Standards to a store kept in Canadian dollars
_ONTARIO_QUOTED = frozenset({"BA120", "BA104"})

"""The audit's results: what every output format renders and what JSON readers rely on.

Money is a decimal string in JSON ("6600"), shares are numbers from 0 to 1 at full precision.

The report is built once, as typed objects, by the layers that compute and explain it:
dataclasses, checked by mypy where they are built and never validated again at run time.
:func:`json_bytes` writes them as JSON (money as decimal strings, figures as numbers,
serialised in C by orjson); :func:`adapter` describes them as a JSON Schema (``bizaudit
schema --report``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import field, fields, is_dataclass
from decimal import Decimal
from functools import cache
from types import UnionType
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Literal,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

import orjson
from pydantic import Field
from pydantic_core import core_schema

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, TypeAdapter

from bizaudit.model.policy import Source
from bizaudit.model.records import record
from bizaudit.model.vocab import SEVERITIES, Category, Confidence, Purpose, Severity, SourceKind

__all__ = [
    "LISTED_BETWEEN",
    "SEVERITIES",
    "ActivityResult",
    "BenchmarkOut",
    "BusinessInfo",
    "ChannelResult",
    "Chunk",
    "ComponentScore",
    "CustomerEconomics",
    "EconomicsFigure",
    "Finding",
    "IndustryRange",
    "InputErrorOut",
    "MarketingShort",
    "Metrics",
    "MoneyFigure",
    "MoneyOut",
    "Number",
    "OwnerTime",
    "Predictability",
    "ProfileReport",
    "Profit",
    "Report",
    "ScoreCap",
    "Severity",
    "ShareOut",
    "SkippedRule",
    "SourceResult",
    "ThresholdOut",
    "adapter",
    "json_bytes",
    "json_chunks",
    "json_listed",
    "json_text",
    "number",
    "plain_amount",
    "to_data",
]


def plain_amount(amount: Decimal) -> str:
    """ "6600", "3500.5"; never "6.6E+3". ``str`` first, which most amounts need no more
    than (a quarter fewer instructions than ``format``, for every amount a report writes)."""
    text = str(amount)
    if "E" in text:
        text = format(amount, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class Number(Decimal):
    """A figure the JSON report writes as a number (a share, a ratio, hours, months), where a
    plain ``Decimal`` in a report is money, written as a decimal string. Only its type differs:
    it is made where a record is built (``Number(facts.referral_share)``), and orjson hands it
    back to :func:`json_bytes` to write as a number, so no pass over the report converts
    figures before writing (measured in instructions on the benchmark's batch, 2026-12-04:
    that pass was 5% of auditing 500 small profiles)."""

    __slots__ = ()

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(cls, core_schema.decimal_schema())


def number(value: Decimal | None) -> Number | None:
    """A figure that may be missing, as a report holds it."""
    return None if value is None else Number(value)


class Serialised:
    """What a figure is written as, in a record's annotation: ``PlainSerializer(func,
    return_type=...)``, made as Pydantic's is (the function, called with the value alone, always;
    the schema of what it returns), without importing Pydantic's serializers' module, which
    cost every start-up 9.5 M instructions (2026-12-07) to describe the report only for
    ``schema --report``. orjson's writers (:func:`json_bytes`) call ``func`` too."""

    __slots__ = ("func", "return_type")

    def __init__(self, func: Callable[[Any], Any], return_type: type[Any]) -> None:
        self.func, self.return_type = func, return_type

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        schema = handler(source)
        cast("dict[str, Any]", schema)["serialization"] = (
            core_schema.plain_serializer_function_ser_schema(
                self.func, return_schema=handler.generate_schema(self.return_type)
            )
        )
        return schema


MoneyOut = Annotated[Decimal, Serialised(plain_amount, str)]
ShareOut = Annotated[Number, Serialised(float, float)]


@record
class BusinessInfo:
    """The business the report is about: its name, industry, currency and locale."""

    name: str
    industry: str | None
    currency: str
    locale: Annotated[
        str,
        Field(
            description="how money is written in the report's text: the profile's "
            "business.locale, else the currency's usual one (de_DE for EUR)"
        ),
    ]
    period: str | None
    capacity_used: Annotated[
        ShareOut | None,
        Field(
            description="how full the business says it is (business.capacity_used); at 90% or "
            "more, BA101, BA105 and BA202 say more customers could not be served"
        ),
    ] = None


@record
class ActivityResult:
    """A budget line as the audit read it: its spend, category, purpose and why."""

    name: str
    spend: MoneyOut
    category: Category
    purpose: Purpose | None
    source: Literal["explicit", "rule"]
    reason: str
    confidence: Confidence
    term: Annotated[str | None, Field(description="the known term that decided it, if any")]
    recurring: bool
    line: int | None
    given_up: Annotated[
        bool,
        Field(
            description="BA116 reads the line as revenue given up (a discount, a free or "
            "waived service, member credits, a move-in special), or as money paid to "
            "customers: counted as a line marked contra-revenue is, out of net revenue "
            "(profit.revenue_given_up) and out of spend, whatever category reads it "
            "(an addition of round 63)"
        ),
    ] = False


@record
class SourceResult:
    """A customer source and the kind of channel it was read as."""

    name: str
    customers: int
    kind: SourceKind
    reason: str
    line: int | None


@record
class MarketingShort:
    """The gap BA101 gives between the marketing it counts and the minimum it holds it to."""

    amount: Annotated[
        MoneyOut,
        Field(
            description="the money a period the marketing is short of the minimum, without "
            "what leaves_out names, as BA101's finding gives it (its widest gap)"
        ),
    ]
    leaves_out: Annotated[
        list[Literal["given up", "flagged", "agreed"]],
        Field(
            description="what that gap counts no marketing, as BA101 does: 'given up' (revenue "
            "BA116 reads as given up, not money spent), 'flagged' (spend a rule of law warns "
            "or asks about: BA114, BA116's deductible offsets, BA119, BA120, BA121), 'agreed' "
            "(a brand fund an agreement "
            "sets: the gap is then to what the business's own marketing is held to); empty "
            "where the gap is of all the marketing BA101 counts"
        ),
    ] = field(default_factory=list)


@record
class Metrics:
    """The key figures: shares of revenue and spend, the referral share, owner time."""

    marketing_share_of_revenue: Annotated[
        ShareOut | None, Field(description="marketing spend ÷ revenue")
    ]
    marketing_share_of_spend: Annotated[ShareOut | None, Field(description="marketing ÷ all spend")]
    sales_share_of_spend: Annotated[ShareOut | None, Field(description="sales ÷ all spend")]
    referral_share: Annotated[
        ShareOut | None,
        Field(
            description="referral customers ÷ all sourced; a referral source that names the "
            "promoters a line pays for referring is read as paid, not counted here (its "
            "customers came through that line's channel)"
        ),
    ]
    owner_marketing_time_share: Annotated[
        ShareOut | None, Field(description="marketing hours ÷ all hours")
    ]
    referral_share_on_their_own: Annotated[
        ShareOut | None,
        Field(
            description="referral customers no funded referral line brought ÷ all sourced, "
            "the share BA102, the score and the verdict hold to the maximum; null when no "
            "line cultivates referrals (then it is referral_share)"
        ),
    ] = None
    referral_share_warned_by: Annotated[
        list[str],
        Field(
            description="the rules (BA114, BA121, ...) that warn about a line paying referrers "
            "whose referrals came through the referral lines the business funds: those are "
            "counted in referral_share_on_their_own as not come through a channel of the "
            "business's own, as BA102 and the verdict say; empty for most profiles"
        ),
    ] = field(default_factory=list)
    marketing_received: Annotated[
        MoneyOut,
        Field(
            description="marketing listed as spent on lines BA116 reads as money received (a "
            "vendor's co-op reimbursement): not spent, so left out of "
            "marketing_share_of_revenue, the share held to the minimum and compared_share; "
            "with marketing_collected, the part of it that is money collected for others"
        ),
    ] = Decimal(0)
    marketing_collected: Annotated[
        MoneyOut,
        Field(
            description="the part of marketing_received on lines BA116 reads as money "
            "collected for others and paid over to them (a studio's competition entry fees "
            "passed through), which profit.collected_for_others counts too: the same "
            "money, left out of the marketing as of revenue; the money received proper is "
            "marketing_received − marketing_collected"
        ),
    ] = Decimal(0)
    spend_counted: Annotated[
        MoneyOut | None,
        Field(
            description="what marketing_share_of_spend is of: all spend, less the lines BA116 "
            "reads as money received or collected for others where marketing_received is "
            "above 0 (then the share is (spend.marketing − marketing_received) ÷ this); "
            "spend.total otherwise"
        ),
    ] = None
    marketing_counted: Annotated[
        ShareOut | None,
        Field(
            description="where lines BA116 reads as revenue given up are listed as marketing: "
            "the share BA101 and the score count, the marketing in money ÷ net revenue "
            "without the revenue given up (profit.net_revenue); marketing_share_of_revenue "
            "is the share as listed. Null where nothing of the marketing is revenue given up "
            "(round 63)"
        ),
    ] = None
    marketing_given_up: Annotated[
        MoneyOut,
        Field(
            description="the marketing listed on lines BA116 reads as revenue given up (or "
            "money paid to customers): what marketing_counted leaves out of the marketing"
        ),
    ] = Decimal(0)
    marketing_counted_commissions: Annotated[
        MoneyOut,
        Field(
            description="where marketing_counted is under the minimum and the commissions "
            "marketplaces kept on the customers they brought make it up, as BA101 counts them "
            "(it then gives no gap, and the score's part is not scored): those commissions; 0 "
            "elsewhere"
        ),
    ] = Decimal(0)
    marketing_short: Annotated[
        MarketingShort | None,
        Field(
            description="where BA101 finds the marketing under the minimum it holds it to: the "
            "gap its finding gives, in money a period (an addition, 2026-12-07); null where "
            "BA101 does not fire, and where its finding gives no gap in money (the business "
            "is full, the marketplaces' commissions meet the minimum, most customers come at "
            "rates contracts set, or a brand fund is met beside a thin margin); null too where "
            "the industry's range is only a reference in the business's country "
            "(`industry.range_reference` set): BA101 asks no budget to reach it, so no gap is "
            "owed (the gap to the reference's low end is the low end × the revenue it is a "
            "share of − the marketing, from `industry` and the figures above; since 2026-12-08)"
        ),
    ] = None
    marketing_excess: Annotated[
        MoneyOut | None,
        Field(
            description="where BA110 finds the marketing above the top of the industry's "
            "range: what reaching the top would take out, in money a period, as its finding "
            "works it out (of the money spent, without revenue given up; where stopping the "
            "spend a rule of law warns about brings it within the range, the excess as "
            "listed); null elsewhere (an addition, 2026-12-07)"
        ),
    ] = None
    sales_in_margin: Annotated[
        MoneyOut,
        Field(
            description="the part of spend.sales that is pay on each sale the stated gross "
            "margin carries already (a loan officer's basis points on each funded loan): the "
            "CAC leaves it out, counting it once, in what a customer is worth, while "
            "sales_share_of_spend counts it as listed; 0 for most profiles (BI10 of the "
            "sixty-second round's re-review, 2026-12-07)"
        ),
    ] = Decimal(0)


@record
class Predictability:
    """Business or hobby: whether customers are won by funded, repeatable channels."""

    verdict: Annotated[
        Literal["business", "at risk", "hobby", "at capacity"],
        Field(description="business or hobby, or at capacity (90% or more full, no channel)"),
    ]
    headline: Annotated[str, Field(description="the verdict in a sentence")]
    reasons: Annotated[list[str], Field(description="what the verdict rests on")]
    acquisition_channels: Annotated[
        int, Field(description="funded, recurring acquisition activities")
    ]
    channels: Annotated[list[str], Field(description="their names")]
    non_referral_share: Annotated[
        ShareOut | None, Field(description="new customers not from referrals")
    ]
    too_small: Annotated[
        bool,
        Field(
            description="none of the channels has brought a customer, and together they spend "
            "under 5% of the marketing minimum: too little yet to count as a plan"
        ),
    ] = False
    held_back: Annotated[
        str | None,
        Field(
            description="with no channel, the funded acquisition a rule of law warns about, "
            "which is why none counts: what is spent, on which lines, and the rule"
        ),
    ] = None
    asked_back: Annotated[
        str | None,
        Field(
            description="the funded acquisition left out of the channels while a rule of law "
            "asks about it, as information (a Canadian cannabis store's paid creator, BA120): "
            "what is spent, on which lines, and the rule; null for most profiles"
        ),
    ] = None


@record
class EconomicsFigure:
    """A customer-economics figure that is a ratio or a count of months, with its basis."""

    value: Annotated[
        ShareOut | None, Field(description="a number; null when the profile lacks the inputs")
    ]
    basis: Annotated[
        str, Field(description="the formula with the profile's numbers, or what is missing")
    ]


@record
class MoneyFigure:
    """A customer-economics figure in money (what a customer costs or is worth), with its basis."""

    value: Annotated[
        MoneyOut | None, Field(description="money, to the cent; null when inputs are missing")
    ]
    basis: Annotated[
        str, Field(description="the formula with the profile's numbers, or what is missing")
    ]


@record
class CustomerEconomics:
    """What a customer costs to win and is worth, and how long that cost takes to pay back."""

    cac: Annotated[
        MoneyFigure, Field(description="cost to acquire a customer (every new customer)")
    ]
    ltv: Annotated[MoneyFigure, Field(description="lifetime value of a customer, in the currency")]
    ltv_to_cac: Annotated[EconomicsFigure, Field(description="LTV ÷ CAC")]
    payback_months: Annotated[EconomicsFigure, Field(description="months to earn back the CAC")]
    non_referral_cac: Annotated[
        MoneyFigure,
        Field(description="the same spend ÷ the new customers who did not come by referral"),
    ]
    ltv_to_non_referral_cac: Annotated[EconomicsFigure, Field(description="LTV ÷ that CAC")]
    non_referral_payback_months: Annotated[
        EconomicsFigure, Field(description="months to earn back that CAC")
    ]
    payback_norm_months: Annotated[
        ShareOut, Field(description="the industry's published payback norm, else 12")
    ]
    judged_by: Annotated[
        Literal["non-referral", "all customers"],
        Field(description="which CAC the rules and the score judge by"),
    ]
    cac_lines: Annotated[
        list[int],
        Field(
            description="the profile lines of the spend CAC adds up (acquisition marketing "
            "and sales), so that an accountant can trace it"
        ),
    ]
    ltv_to_cac_with_commissions: Annotated[
        ShareOut | None,
        Field(
            description="the judged LTV ÷ CAC with the commissions marketplaces kept on those "
            "customers counted in what a customer cost (contra-revenue, not spend); a floor, as "
            "they are charged on repeat customers too; null without such commissions"
        ),
    ] = None
    ltv_to_listed_cac: Annotated[
        ShareOut | None,
        Field(
            description="the judged LTV ÷ CAC for a customer whose cost is listed: the same "
            "spend over the customers it counts less those of paid channels no spend is "
            "joined to (BA207), as the score judges it where they are more than what is "
            "material; null otherwise"
        ),
    ] = None


@record
class BenchmarkOut:
    """A published reference figure, always with its source and year."""

    source: str
    year: str
    figure: Annotated[ShareOut, Field(description="share of the basis, e.g. 0.077")]
    high: Annotated[ShareOut | None, Field(description="top of a range, if any")] = None
    scope: Annotated[str, Field(description="'all', an industry, or a size band")]
    basis: Annotated[
        str, Field(description="what the figure is a share of: revenue or company budget")
    ]
    note: str = ""


@record
class ThresholdOut:
    """A threshold the audit held the profile to, and where its value came from."""

    value: ShareOut
    source: Source


@record
class ComponentScore:
    """One part of the score: its weight, how much of it was earned, and why."""

    name: str
    weight: int
    earned: Annotated[
        ShareOut | None, Field(description="0..1 of the weight; null when there is no data")
    ]
    basis: str


@record
class Finding:
    """What a rule found: its severity, message, advice and the profile line it is about."""

    rule: str
    name: str
    severity: Severity
    message: str
    advice: str
    line: int | None = None
    column: int | None = None
    subject: Annotated[
        str | None,
        Field(description="the activity or section, when a rule can fire more than once"),
    ] = None


@record
class SkippedRule:
    """A rule the profile or the configuration skipped, and the reason given."""

    rule: str
    reason: str
    line: int | None = None


@record
class Profit:
    """Revenue net of what is taken out of it, and what is left after every cost."""

    net_revenue: Annotated[
        MoneyOut,
        Field(
            description="revenue − contra-revenue − revenue_given_up: the one base every "
            "margin and share of the report is of"
        ),
    ]
    cost_of_sales: MoneyOut
    contra_revenue: Annotated[
        MoneyOut, Field(description="refunds, discounts, platform commissions")
    ]
    operating_profit: Annotated[
        MoneyOut | None,
        Field(
            description="net revenue − every cost; null when the profile lists only part of "
            "the spending (business.spending: partial)"
        ),
    ]
    operating_margin: Annotated[
        ShareOut | None,
        Field(description="operating profit ÷ (net revenue − collected_for_others)"),
    ]
    interest_and_income_tax: Annotated[
        MoneyOut,
        Field(
            description="interest and taxes on income among the listed costs: they come "
            "after the operating profit, which leaves them out"
        ),
    ] = Decimal(0)
    interest_and_income_tax_lines: Annotated[
        list[int], Field(description="the profile lines of those costs")
    ] = field(default_factory=list)
    income_tax: Annotated[
        MoneyOut,
        Field(description="the part of interest_and_income_tax that is tax on income"),
    ] = Decimal(0)
    no_cost: Annotated[
        MoneyOut,
        Field(
            description="where interest or tax on income is listed: what the lines BA116 names "
            "as surely no cost of the period (a loan's principal, a tax debt of earlier years) "
            "add to the costs; what they leave after interest and tax is counted without them"
        ),
    ] = Decimal(0)
    profit_without_moved: Annotated[
        MoneyOut | None,
        Field(
            description="where only the lines BA116 names as surely no cost of the period "
            "(money held in trust, a loan's principal) make the operating loss: the operating "
            "profit without them, as BA111 gives it; null elsewhere"
        ),
    ] = None
    thin_margin_short: Annotated[
        MoneyOut | None,
        Field(
            description="where BA115 finds the margin thin: the profit a 5% margin would take "
            "more, of the profit and revenue BA115 judges (without the lines BA116 names as "
            "surely no cost of the period, of revenue without money collected for others); "
            "null elsewhere, and where the margin is thin only with loan payments standing in "
            "for depreciation (not known)"
        ),
    ] = None
    collected_for_others: Annotated[
        MoneyOut,
        Field(
            description="what the lines BA116 reads as money collected for others and paid "
            "over to them add up to (a rental manager's owners' proceeds, a billing company's "
            "practices' collections), where net revenue counts it: the operating margin and "
            "the marketing share are of revenue without it"
        ),
    ] = Decimal(0)
    revenue_given_up: Annotated[
        MoneyOut,
        Field(
            description="what the lines BA116 reads as revenue given up (and money paid to "
            "customers listed as marketing) add up to, not marked by the owner: read as lines "
            "marked contra-revenue are, out of net_revenue and out of spend, so "
            "operating_profit is the same as listed (round 63: one premise); 0 for most "
            "profiles"
        ),
    ] = Decimal(0)
    revenue_given_up_lines: Annotated[
        list[int], Field(description="the profile lines of revenue_given_up")
    ] = field(default_factory=list)


@record
class IndustryRange:
    """The declared vertical's published range of marketing ÷ revenue, and its norms."""

    id: str
    label: str
    sector: str
    low: ShareOut
    high: ShareOut
    low_is_floor: Annotated[
        bool,
        Field(
            description="whether BA101 fails a business under the low end; false where the "
            "source gives it as what the trade typically spends, under which BA101 warns"
        ),
    ]
    basis: Annotated[str, Field(description="what the range is a share of, as published")]
    scope: Annotated[
        Literal["marketing", "marketing and sales"],
        Field(description="what the range counts: marketing alone, or with sales (SaaS)"),
    ]
    compared_share: Annotated[
        ShareOut | None, Field(description="the business's own figure, in the range's scope")
    ]
    above_only_as_listed: Annotated[
        bool,
        Field(
            description="whether the business's share is above the range only with what BA110 "
            "leaves out of it (revenue given up, lines naming selling and marketing at once, "
            "lines a rule flags)"
        ),
    ]
    left_out: Annotated[
        MoneyOut,
        Field(
            description="marketing spend the range does not count, left out of compared_share "
            "(an agent's referral fees: cost of sale in the model the range comes from)"
        ),
    ]
    left_out_why: Annotated[str, Field(description="what that spend is and why it is left out")]
    left_out_lines: Annotated[
        list[int], Field(description="the profile lines of that spend, so it can be traced")
    ]
    base_left_out: Annotated[
        MoneyOut,
        Field(
            description="revenue the range's base leaves out: costs billed to clients at cost "
            "(an architecture firm's reimbursable consultants, which net service revenue nets "
            "out)"
        ),
    ]
    base_added: Annotated[
        MoneyOut,
        Field(
            description="revenue the range's base adds back where it is of sales: the "
            "commissions delivery apps kept on a restaurant's own sales, taken out of net "
            "revenue (compared_share is of net revenue with them)"
        ),
    ] = Decimal(0)
    source: str
    year: str
    kind: Annotated[str, Field(description="survey, practitioner rule or regulation")]
    note: str
    confidence: Annotated[
        str,
        Field(
            description="how far the range can be trusted: low, low–medium, medium, "
            "medium–high or high (the project's review of its sources)"
        ),
    ]
    sources_country: Annotated[
        str,
        Field(
            description="the country whose businesses the range's sources describe, where the "
            "business keeps its books in another's currency ('US' for a business kept in "
            "pounds), and ``confidence`` is then one step lower; empty otherwise (an addition, "
            "2026-12-07)"
        ),
    ]
    range_reference: Annotated[
        str,
        Field(
            description="where the range is held as the minimum and published for another "
            "country's businesses (``sources_country``), why the business's own country's law "
            "makes it only a reference there, not a floor, as BA101 says (a dispensary kept in "
            "Canadian dollars: the Cannabis Act closes most of the channels a US figure "
            "assumes); the key figures then call the low end what it is, and the score's "
            "marketing part is not scored under it; empty otherwise (an addition, 2026-12-07)"
        ),
    ] = ""
    payback_months: Annotated[
        ShareOut | None, Field(description="the published CAC payback norm, if any")
    ]
    referral_rule: Annotated[
        str | None,
        Field(
            description="what the profession's rules say about paying for referrals (quoted "
            "from US sources: outside dollars it opens 'In the US:', unless the country's own "
            "rules are known, as England and Wales' for a law firm in pounds, or a dental, "
            "medical, pharmacy or physical-therapy practice's in pounds, Canadian, Australian or "
            "New Zealand dollars or euros, where what was not read is said so)"
        ),
    ]
    referral_allowed: Annotated[
        str | None,
        Field(
            description="what those rules allow instead (opening 'In the US:' where the rule does)"
        ),
    ]
    flagged_left_out: Annotated[
        MoneyOut,
        Field(
            description="spend in the range's scope on lines a rule of law warns about (BA114, "
            "BA116's deductible offsets, BA119, BA120, BA121), which compared_share includes "
            "and BA101 and the score hold the share without (an addition, 2026-12-06)"
        ),
    ]
    flagged_lines: Annotated[
        list[int], Field(description="the profile lines of that spend, so it can be traced")
    ]
    referral_rules_whose: Annotated[
        str | None,
        Field(
            description="whose rules referral_rule quotes, where they bind those who refer and "
            "not the business's own profession (a pet crematory's: the clinics' rules); null "
            "where they are the business's own profession's (an addition, 2026-12-07)"
        ),
    ] = None
    high_is_ceiling: Annotated[
        bool,
        Field(
            description="whether BA110 warns above the high end; false where the range is a "
            "reference only, no ceiling (a real estate wholesaler shown an agent's range: an "
            "addition, 2026-12-07)"
        ),
    ] = True

    @property
    def on_gross(self) -> bool:
        """The range is a share of a gross figure: held against gross revenue (see
        ``model.verticals.Vertical.on_gross``)."""
        return self.basis.startswith("gross")


@record
class OwnerTime:
    """The owner's marketing hours counted as investment, when the profile gives a rate."""

    rate: Annotated[
        MoneyOut,
        Field(
            description="what an hour is counted at: owner_hours.rate, but no more than an hour "
            "of the owner's delivery brings in (net revenue ÷ delivery hours in the period)"
        ),
    ]
    marketing_hours_per_week: ShareOut
    weeks: ShareOut
    value: Annotated[
        MoneyOut,
        Field(
            description="hours a week × rate × weeks in the period; where a line pays the "
            "owner, the marketing hours' share of that pay (paid)"
        ),
    ]
    marketing_with_owner_time: Annotated[
        MoneyOut, Field(description="marketing spend + the owner's marketing time")
    ]
    share_of_revenue: Annotated[ShareOut | None, Field(description="that total ÷ (net) revenue")]
    stated_rate: Annotated[
        MoneyOut | None,
        Field(description="owner_hours.rate when rate is less (a delivery hour brings in less)"),
    ] = None
    paid: Annotated[
        MoneyOut | None,
        Field(
            description="what the lines that pay the owner pay this owner over the period, "
            "when value is the marketing hours' share of it (an addition)"
        ),
    ] = None
    hours_per_week: Annotated[
        ShareOut | None,
        Field(
            description="all the owner's hours a week, of which the marketing hours' share of "
            "paid is value (an addition; null when value is at the rate)"
        ),
    ] = None
    owners: Annotated[
        int,
        Field(
            description="how many owners' weeks the hours are, as owner_hours.owners says; "
            "paid is what the lines pay them together (an addition)"
        ),
    ] = 1


@record
class ScoreCap:
    """A ceiling on the score, and why: the verdict never reads better than the findings."""

    limit: int
    reason: str


@record
class ChannelResult:
    """One channel (Google Ads, referrals, organic search...): the spend lines and customer
    sources it joins, and what a customer won through it costs. A channel may have spend and
    no customers, or customers and no spend: neither is dropped."""

    name: str
    spend: Annotated[
        MoneyOut,
        Field(
            description="acquisition spend of its lines, what its `cac` divides: less "
            "`left_out`, where that is set (the spend of its lines is spend + left_out)"
        ),
    ]
    customers: Annotated[int, Field(description="new customers its sources brought")]
    cac: Annotated[
        MoneyOut | None,
        Field(
            description="(spend + fees) ÷ customers (spend ÷ customers where `fees_netted` is "
            "'after'; `spend` leaves out `left_out` already); null without "
            "customers, for a paid channel "
            "with no spend joined to it (BA207), for one whose spend pays for referrals "
            "where the profession restricts it (BA114), for a referral channel whose funded "
            "lines reach only some of its customers (the others came on their own), for "
            "customers whose source says nothing of how they came, with no line joined, for "
            "customers sales reps won with no line of the reps' pay joined (it may sit in a "
            "payroll line with others' pay: what they cost is not in the profile, not "
            "nothing), or for a network that sends work at the rates it sets (an insurer's "
            "panel, a vision plan) with nothing listed as spent there, or for a funeral home's "
            "pre-need contracts, priced apart with the selling that sold them (`joined_by` "
            "says at what a contract)"
        ),
    ]
    share_of_spend: Annotated[
        ShareOut | None, Field(description="its spend ÷ the spend of every channel")
    ]
    share_of_customers: Annotated[
        ShareOut | None, Field(description="its customers ÷ the customers of every channel")
    ]
    sources: Annotated[list[str], Field(description="the customer sources it joins")]
    activities: Annotated[
        list[int],
        Field(
            description="profile lines of its spend, then of a marketplace's commissions "
            "(contra-revenue lines, in its CAC but not its spend)"
        ),
    ]
    ltv_to_cac: Annotated[
        ShareOut | None, Field(description="LTV ÷ its CAC; null without LTV or customers")
    ]
    joined_by: Annotated[
        str, Field(description="how its lines and sources were joined (the vocabulary...)")
    ]
    restricted_by: Annotated[
        str | None,
        Field(
            description="the rule that warns about what its spend pays for: BA114 (payment for "
            "referrals a profession restricts), BA116 (an offset of customers' insurance "
            "deductibles), BA119 (what the tied-house laws forbid giving retailers), BA120 "
            "(cannabis advertising a state's law forbids, a pharmacy's rewards to patients for "
            "prescriptions) or BA121 (gifts to those who award "
            "work for others); such a channel has no CAC and no "
            "budget to grow (null otherwise; an addition)"
        ),
    ] = None
    asked: Annotated[
        list[int],
        Field(
            description="the profile lines of its spend that BA114 only asks about, as its "
            "finding does whatever its severity (a roofer's gift cards to the listing agents "
            "who order inspections, which RESPA §8 may or may not reach): the channel's note "
            "and `plan` say the rule asks about them, not that it warns (empty for most; an "
            "addition)"
        ),
    ] = field(default_factory=list)
    questions: Annotated[
        list[int],
        Field(
            description="of `asked`, the lines whose question is of a payment the law may "
            "forbid outright: information, as a question is, that holds the score under "
            "'Strong' until answered; the channel's note names them as asked beside the lines "
            "it warns about (empty for most; an addition)"
        ),
    ] = field(default_factory=list)
    retention: Annotated[
        ShareOut | None,
        Field(
            description="the retention its customers are valued with, where each of its sources "
            "gives its own (`retention_rate` on a source), weighted by their customers; null: "
            "the profile's one retention values it (an addition)"
        ),
    ] = None
    kept_by: Annotated[
        list[int],
        Field(
            description="where no acquisition line is joined but new customers name the "
            "channel: the profile lines of marketing counted as keeping or growing customers "
            "that read as it (a client newsletter), so its CAC is unknown, not zero (empty "
            "otherwise; an addition)"
        ),
    ] = field(default_factory=list)
    fees: Annotated[
        MoneyOut,
        Field(
            description="commissions marketplaces kept on its customers (its contra-revenue "
            "lines in `activities`), counted in its CAC but not in its spend: cac = (spend + "
            "fees) ÷ customers (0 otherwise; an addition)"
        ),
    ] = Decimal(0)
    worked_by: Annotated[
        list[int],
        Field(
            description="prospecting (cold calls, door to door) with new customers and no "
            "one's pay joined to it: the profile's selling lines that pay people and joined "
            "no channel, who may work it, so its CAC is unknown until a line says `channel:` "
            "(empty otherwise; an addition)"
        ),
    ] = field(default_factory=list)
    paid_sources: Annotated[
        list[str],
        Field(
            description="where `restricted_by` is set and its warned lines name whom they pay: "
            "the customer sources they pay, which no other line of it reaches (a "
            "chiropractor's patient gift cards: 'patient referral'); empty where they name "
            "nobody in particular or the other lines reach the same sources (an addition)"
        ),
    ] = field(default_factory=list)
    paid_customers: Annotated[
        int, Field(description="the new customers of `paid_sources` (0 otherwise; an addition)")
    ] = 0
    reached_sources: Annotated[
        list[str],
        Field(
            description="beside `paid_sources`: the customer sources its other lines reach, "
            "which no warned line pays (the attorneys' referrals a rep and its lunches "
            "cultivate); empty with `paid_sources` (an addition)"
        ),
    ] = field(default_factory=list)
    reached_customers: Annotated[
        int,
        Field(description="the new customers of `reached_sources` (0 otherwise; an addition)"),
    ] = 0
    fees_netted: Annotated[
        Literal["after", "before", "unknown"] | None,
        Field(
            description="where `fees` is set: whether the stated gross margin is after those "
            "commissions ('after': each customer's worth carries them already, so `cac` is "
            "spend ÷ customers and leaves them out, as the key figures do), before them, or "
            "cannot be told ('unknown': `cac` counts them, the worse of the two); null "
            "without fees or a stated margin (an addition)"
        ),
    ] = None
    reward_price: Annotated[
        MoneyOut | None,
        Field(
            description="where a line of it rewards each referral with one free service whose "
            "number a year its name states ('1 free quarterly svc': 4): that service's price, "
            "`customers.average_revenue` ÷ that number; null otherwise, and without an average "
            "revenue (an addition)"
        ),
    ] = None
    beyond_worth: Annotated[
        MoneyOut | None,
        Field(
            description="where BA205 finds its customers cost more than they are worth, on 20 "
            "or more of them: what it spent beyond their worth, its spend BA205 judges less "
            "its new customers × the lifetime value it holds them to (as its finding gives "
            "it, to the cent), in money a period; null elsewhere (an addition, 2026-12-07)"
        ),
    ] = None
    commission_left_out: Annotated[
        MoneyOut | None,
        Field(
            description="where a line of its reps' commission states its rate ('5% of "
            "rep-sourced sales') and the key figures' CAC counts only the commission on the new "
            "accounts' sales (rate × `customers.average_revenue` × its new customers): the rest "
            "of that line, paid on the repeat orders of accounts the reps already had; the same "
            "amount as `left_out`, which says it for every kind. Since 2026-12-08 `spend` "
            "leaves it out already, so `cac` = spend ÷ customers (it had been (spend − "
            "commission_left_out) ÷ customers, beside a `spend` that held it); null elsewhere "
            "(an addition, 2026-12-07)"
        ),
    ] = None
    left_out: Annotated[
        MoneyOut | None,
        Field(
            description="of its lines' spend, what the key figures' CAC leaves out as paid on "
            "customers of earlier periods, and so `spend` and `cac` leave out too: the rest of "
            "a reps' commission line that states its rate, paid on the repeat orders of "
            "accounts the reps already had (also in `commission_left_out`), or of a referrer's "
            "share of its clients' fees for as long as they stay ('20% of advisory fee'), paid "
            "on clients it brought in earlier years; spend + left_out is its lines' spend; "
            "null elsewhere (an addition, 2026-12-08)"
        ),
    ] = None
    left_out_why: Annotated[
        str | None,
        Field(
            description="where `left_out` is set: why it is left out, in words, as the "
            "channel's note says it beside its spend; null elsewhere (an addition, 2026-12-08)"
        ),
    ] = None


@record
class ProfileReport:
    """The audit of one profile: its figures, findings, score and verdict."""

    path: str
    passed: bool
    score: int
    verdict: str
    business: BusinessInfo
    revenue: MoneyOut
    spend: dict[str, MoneyOut]
    marketing_by_purpose: dict[str, MoneyOut]
    metrics: Metrics
    predictability: Predictability
    economics: CustomerEconomics
    benchmarks: list[BenchmarkOut]
    policy: dict[str, ThresholdOut]
    score_components: list[ComponentScore]
    activities: list[ActivityResult]
    customer_sources: list[SourceResult]
    findings: list[Finding]
    skipped: list[SkippedRule]
    profit: Profit
    industry: Annotated[
        IndustryRange | None, Field(description="null when no vertical is declared")
    ]
    owner_time: Annotated[OwnerTime | None, Field(description="null without owner_hours.rate")]
    score_caps: list[ScoreCap]
    channels: Annotated[
        list[ChannelResult],
        Field(description="spend and customers joined by channel, cheapest customers first"),
    ] = field(default_factory=list)


@record
class InputErrorOut:
    """An input error: the file, line and column, what is wrong and how to fix it."""

    path: str
    line: int | None
    column: int | None
    message: str
    hint: str | None


@record
class Report:
    """Everything one ``bizaudit check`` run found."""

    version: Literal[1] = 1
    passed: bool
    strict: Annotated[bool, Field(description="warnings fail the gate too")] = False
    profiles: list[ProfileReport]
    errors: list[InputErrorOut] = field(default_factory=list)


@cache
def adapter() -> TypeAdapter[Report]:
    """The report's JSON Schema (``bizaudit schema --report``) and a validator for readers of
    the JSON; built on first use, as building it costs more than a small audit."""
    from pydantic import TypeAdapter

    return TypeAdapter(Report)


def to_data(value: Any) -> Any:
    """A report (or any part of one) as the JSON report writes it: dicts, lists, strings and
    numbers, each field converted as its annotation says (money as a decimal string, shares as
    numbers). The same result as Pydantic's serialiser, without building a schema first."""
    return _DATA.of(type(value))(value)


def _money(value: Any) -> str | float:
    """What orjson cannot write itself: money, as a decimal string, and figures, as numbers."""
    kind = type(value)
    if kind is Decimal:  # plain_amount, written out: a batch's report has thousands of them
        text = str(value)
        if "E" in text:
            text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if kind is Number:
        return float(value)
    raise TypeError(f"{type(value).__name__} is not part of a report")


def json_bytes(data: Any) -> bytes:
    """Data as every JSON output writes it: indented by two spaces, serialised in C by orjson
    (the same bytes as Pydantic's ``to_json``, in a third of its instructions), money left in
    it written as a decimal string, figures as numbers; UTF-8, as it is written out (a batch's
    report is megabytes, and decoding its text cost 1.4% of auditing the benchmark's batch,
    and as much again to encode it on the way out, 2026-12-04).

    A report, a diff or a plan goes as it is: orjson writes a dataclass's fields in order as
    an object and a tuple as a list, as :func:`to_data` would, and hands each Decimal back to
    :func:`_money`. Those are the only conversions a record's annotations ask for
    (``MoneyOut`` and ``ShareOut``; a test holds every record to it), so nothing is converted
    first."""
    return orjson.dumps(data, default=_money, option=orjson.OPT_INDENT_2)


def json_listed(profiles: Sequence[ProfileReport]) -> bytes:
    """The JSON of ``profiles`` as a report lists them, without the brackets: each at the depth
    of the report's list, separated by :data:`LISTED_BETWEEN`, as :func:`json_chunks` sets
    them in a report (a batch's profiles are written where they are audited, in worker
    processes, one by one). Written in one call, already at that depth: indenting them after
    costs more than writing them."""
    if not profiles:
        return b""
    written = json_bytes({"profiles": profiles})
    return written[len(_LISTED_BEFORE) : -len(_LISTED_AFTER)]


#: Between two profiles as a report lists them
LISTED_BETWEEN = b",\n    "
_LISTED_BEFORE = b'{\n  "profiles": [\n    '
_LISTED_AFTER = b"\n  ]\n}"
_NONE_LISTED = b'\n  "profiles": [],\n'  # the report's own key: only numbers and flags precede

#: Bytes written already, as a batch's slices hand them on
Chunk = bytes | bytearray | memoryview


def json_chunks(head: Report, listed: Sequence[Sequence[Chunk]], after: bytes = b"") -> list[Chunk]:
    """:func:`json_bytes` of ``head`` with the profiles of ``listed`` (each slice of a batch
    as chunks whose concatenation is :func:`json_listed` of its profiles, in order) as its
    profiles, then ``after``, as the chunks whose concatenation is the same bytes as writing
    the whole report at once (a test holds it): written out one after the other, a batch's
    megabytes are not copied once more into one buffer, which the system would give the
    process a page at a time (7.8 MB for 500 small profiles). ``head`` has no profiles of its
    own."""
    written = json_bytes(head)
    slices = [chunks for chunks in listed if any(chunks)]
    if not slices:
        return [written, after]
    at = written.index(_NONE_LISTED)
    joined: list[Chunk] = [written[:at], b'\n  "profiles": [\n    ']
    for chunks in slices:
        joined += [*chunks, LISTED_BETWEEN]
    joined[-1] = b"\n  ],\n"
    joined += [written[at + len(_NONE_LISTED) :], after]
    return joined


def json_text(data: Any) -> str:
    """:func:`json_bytes` as text."""
    return json_bytes(data).decode()


Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


class _Writers:
    """How :func:`to_data` writes each record type, made once per type: a record as a dict
    and a list as a list, copied, with money as strings and figures as numbers."""

    def __init__(self) -> None:
        self.made: dict[type[Any], Convert] = {}

    def of(self, kind: type[Any]) -> Convert:
        convert = self.made.get(kind)
        if convert is None:
            convert = self.made[kind] = self._writer(kind)
        return convert

    def _writer(self, kind: type[Any]) -> Convert:
        """A copy of a record's attributes (in field order, as its ``__init__`` set them),
        with only the fields that need it converted in place (a report has hundreds of
        records; converting every field through a plan cost more than the JSON)."""
        converted = [(name, convert) for name, convert in self._plan(kind) if convert is not _same]

        def write(value: Any) -> dict[str, Any]:
            data = dict(value.__dict__)
            for name, convert in converted:
                data[name] = convert(data[name])
            return data

        return write

    def _plan(self, kind: type[Any]) -> list[tuple[str, Convert]]:
        # The records' annotations are strings (postponed), evaluated here once a type: only
        # to_data's readers pay for it, where evaluating them at import cost every start-up
        # 1.6% of a small check (measured in instructions, 2026-12-05).
        hints = get_type_hints(kind, include_extras=True)
        return [(f.name, self._converter(hints[f.name])) for f in fields(kind)]

    def _converter(self, hint: Any) -> Convert:
        origin, args = get_origin(hint), get_args(hint)
        if origin is Annotated:
            serializer = next((m for m in args[1:] if isinstance(m, Serialised)), None)
            if serializer is not None:
                return serializer.func
            return self._converter(args[0])
        if origin in (Union, UnionType):
            present = [a for a in args if a is not type(None)]
            inner = self._converter(present[0]) if len(present) == 1 else _same
            return _same if inner is _same else lambda v: None if v is None else inner(v)
        if origin is list:
            item = self._converter(args[0])
            if item is _same:
                return lambda v: list(v)
            return lambda v: [item(x) for x in v]
        if origin is dict:
            item = self._converter(args[1])
            if item is _same:
                return lambda v: dict(v)
            return lambda v: {k: item(x) for k, x in v.items()}
        if is_dataclass(hint) and isinstance(hint, type):
            return self.of(hint)  # its own writer, made now (a record never holds itself)
        return _same


_DATA = _Writers()

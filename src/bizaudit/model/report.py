"""The audit's results: what every output format renders and what JSON readers rely on.

Money is a decimal string in JSON ("6600"), shares are numbers from 0 to 1 at full precision.

The report is built once, as typed objects, by the layers that compute and explain it: plain
frozen dataclasses, checked by mypy where they are built and never validated again at run
time. Pydantic only serialises them (:func:`adapter`, in Rust) and describes them as a JSON
Schema (``bizaudit schema --report``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import Field, PlainSerializer, TypeAdapter

from bizaudit.model.policy import Source
from bizaudit.model.vocab import SEVERITIES, Category, Confidence, Purpose, Severity, SourceKind

__all__ = [
    "SEVERITIES",
    "ActivityResult",
    "BenchmarkOut",
    "BusinessInfo",
    "ComponentScore",
    "CustomerEconomics",
    "EconomicsFigure",
    "Finding",
    "InputErrorOut",
    "Metrics",
    "MoneyFigure",
    "MoneyOut",
    "Predictability",
    "ProfileReport",
    "Report",
    "Severity",
    "ShareOut",
    "SkippedRule",
    "SourceResult",
    "ThresholdOut",
    "adapter",
    "as_json_data",
    "plain_amount",
]


def plain_amount(amount: Decimal) -> str:
    """ "6600", "3500.5"; never "6.6E+3"."""
    text = format(amount, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


MoneyOut = Annotated[Decimal, PlainSerializer(plain_amount, return_type=str)]
ShareOut = Annotated[Decimal, PlainSerializer(float, return_type=float)]


@dataclass(frozen=True, slots=True, kw_only=True)
class BusinessInfo:
    name: str
    industry: str | None
    currency: str
    period: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActivityResult:
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


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceResult:
    """A customer source and the kind of channel it was read as."""

    name: str
    customers: int
    kind: SourceKind
    reason: str
    line: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Metrics:
    marketing_share_of_revenue: Annotated[
        ShareOut | None, Field(description="marketing spend ÷ revenue")
    ]
    marketing_share_of_spend: Annotated[ShareOut | None, Field(description="marketing ÷ all spend")]
    sales_share_of_spend: Annotated[ShareOut | None, Field(description="sales ÷ all spend")]
    referral_share: Annotated[
        ShareOut | None, Field(description="referral customers ÷ all sourced")
    ]
    owner_marketing_time_share: Annotated[
        ShareOut | None, Field(description="marketing hours ÷ all hours")
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class Predictability:
    verdict: Annotated[
        Literal["business", "at risk", "hobby"], Field(description="business or hobby")
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


@dataclass(frozen=True, slots=True, kw_only=True)
class EconomicsFigure:
    value: Annotated[
        ShareOut | None, Field(description="a number; null when the profile lacks the inputs")
    ]
    basis: Annotated[
        str, Field(description="the formula with the profile's numbers, or what is missing")
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class MoneyFigure:
    value: Annotated[
        MoneyOut | None, Field(description="money, to the cent; null when inputs are missing")
    ]
    basis: Annotated[
        str, Field(description="the formula with the profile's numbers, or what is missing")
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class CustomerEconomics:
    cac: Annotated[MoneyFigure, Field(description="cost to acquire a customer, in the currency")]
    ltv: Annotated[MoneyFigure, Field(description="lifetime value of a customer, in the currency")]
    ltv_to_cac: Annotated[EconomicsFigure, Field(description="LTV ÷ CAC")]
    payback_months: Annotated[EconomicsFigure, Field(description="months to earn back the CAC")]


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class ThresholdOut:
    value: ShareOut
    source: Source


@dataclass(frozen=True, slots=True, kw_only=True)
class ComponentScore:
    """One part of the score: its weight, how much of it was earned, and why."""

    name: str
    weight: int
    earned: Annotated[
        ShareOut | None, Field(description="0..1 of the weight; null when there is no data")
    ]
    basis: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
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


@dataclass(frozen=True, slots=True, kw_only=True)
class SkippedRule:
    rule: str
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ProfileReport:
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


@dataclass(frozen=True, slots=True, kw_only=True)
class InputErrorOut:
    path: str
    line: int | None
    column: int | None
    message: str
    hint: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything one ``bizaudit check`` run found."""

    version: Literal[1] = 1
    passed: bool
    strict: Annotated[bool, Field(description="warnings fail the gate too")] = False
    profiles: list[ProfileReport]
    errors: list[InputErrorOut] = field(default_factory=list)


@cache
def adapter() -> TypeAdapter[Report]:
    """Serialises a report to JSON and describes it as a JSON Schema (built on first use)."""
    return TypeAdapter(Report)


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def as_json_data(value: object) -> Any:
    """Any part of a report as the JSON report writes it (dicts, lists, strings, numbers)."""
    kind = type(value)
    if kind not in _ADAPTERS:
        _ADAPTERS[kind] = TypeAdapter(kind)
    return _ADAPTERS[kind].dump_python(value, mode="json")

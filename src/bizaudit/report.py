"""The audit's results: what every output format renders and what JSON readers rely on.

Money is a decimal string in JSON ("6600"), shares are numbers from 0 to 1 at full precision.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from bizaudit.classify import Confidence, SourceKind
from bizaudit.policy import Source
from bizaudit.profile import Category, Purpose

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
    "Predictability",
    "ProfileReport",
    "Report",
    "Severity",
    "SkippedRule",
    "SourceResult",
    "ThresholdOut",
    "headline_shares",
    "reference_line",
]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

MoneyOut = Annotated[Decimal, PlainSerializer(lambda d: plain_amount(d), return_type=str)]
ShareOut = Annotated[Decimal, PlainSerializer(float, return_type=float)]


def plain_amount(amount: Decimal) -> str:
    # "6600", "3500.5"; never "6.6E+3".
    text = format(amount, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


_CONFIG = ConfigDict(frozen=True)


class BusinessInfo(BaseModel):
    model_config = _CONFIG
    name: str
    industry: str | None
    currency: str
    period: str | None


class ActivityResult(BaseModel):
    model_config = _CONFIG
    name: str
    spend: MoneyOut
    category: Category
    purpose: Purpose | None
    source: Literal["explicit", "rule"]
    reason: str
    confidence: Confidence
    term: str | None = Field(description="the known term that decided it, if any")
    recurring: bool
    line: int | None


class SourceResult(BaseModel):
    """A customer source and the kind of channel it was read as."""

    model_config = _CONFIG
    name: str
    customers: int
    kind: SourceKind
    reason: str
    line: int | None


class Metrics(BaseModel):
    model_config = _CONFIG
    marketing_share_of_revenue: ShareOut | None = Field(description="marketing spend ÷ revenue")
    marketing_share_of_spend: ShareOut | None = Field(description="marketing ÷ all spend")
    sales_share_of_spend: ShareOut | None = Field(description="sales ÷ all spend")
    referral_share: ShareOut | None = Field(description="referral customers ÷ all sourced")
    owner_marketing_time_share: ShareOut | None = Field(description="marketing hours ÷ all hours")


class Predictability(BaseModel):
    model_config = _CONFIG
    verdict: Literal["business", "at risk", "hobby"] = Field(description="business or hobby")
    headline: str = Field(description="the verdict in a sentence")
    reasons: list[str] = Field(description="what the verdict rests on")
    acquisition_channels: int = Field(description="funded, recurring acquisition activities")
    channels: list[str] = Field(description="their names")
    non_referral_share: ShareOut | None = Field(description="new customers not from referrals")


class EconomicsFigure(BaseModel):
    model_config = _CONFIG
    value: ShareOut | None = Field(description="a number; null when the profile lacks the inputs")
    basis: str = Field(description="the formula with the profile's numbers, or what is missing")


class MoneyFigure(BaseModel):
    model_config = _CONFIG
    value: MoneyOut | None = Field(description="money, to the cent; null when inputs are missing")
    basis: str = Field(description="the formula with the profile's numbers, or what is missing")


class CustomerEconomics(BaseModel):
    model_config = _CONFIG
    cac: MoneyFigure = Field(description="cost to acquire a customer, in the currency")
    ltv: MoneyFigure = Field(description="lifetime value of a customer, in the currency")
    ltv_to_cac: EconomicsFigure = Field(description="LTV ÷ CAC")
    payback_months: EconomicsFigure = Field(description="months to earn back the CAC")


class BenchmarkOut(BaseModel):
    """A published reference figure, always with its source and year."""

    model_config = _CONFIG
    source: str
    year: str
    figure: ShareOut = Field(description="share of the basis, e.g. 0.077")
    high: ShareOut | None = Field(default=None, description="top of a range, if any")
    scope: str = Field(description="'all', an industry, or a size band")
    basis: str = Field(description="what the figure is a share of: revenue or company budget")
    note: str = ""


class ThresholdOut(BaseModel):
    model_config = _CONFIG
    value: ShareOut
    source: Source


class ComponentScore(BaseModel):
    """One part of the score: its weight, how much of it was earned, and why."""

    model_config = _CONFIG
    name: str
    weight: int
    earned: ShareOut | None = Field(description="0..1 of the weight; null when there is no data")
    basis: str


class Finding(BaseModel):
    model_config = _CONFIG
    rule: str
    name: str
    severity: Severity
    message: str
    advice: str
    line: int | None = None
    column: int | None = None
    subject: str | None = Field(
        default=None, description="the activity or section, when a rule can fire more than once"
    )


class SkippedRule(BaseModel):
    model_config = _CONFIG
    rule: str
    reason: str
    line: int | None = None


class ProfileReport(BaseModel):
    model_config = _CONFIG
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


def headline_shares(report: ProfileReport) -> tuple[str, str]:
    """Marketing ÷ revenue and the referral share as one-line summaries show them, each with
    the decimals it needs not to read as its threshold."""
    from bizaudit.amounts import format_percent_beside

    m, policy = report.metrics, report.policy
    return (
        format_percent_beside(m.marketing_share_of_revenue, policy["min_marketing_share"].value),
        format_percent_beside(m.referral_share, policy["max_referral_share"].value),
    )


def reference_line(report: ProfileReport) -> str:
    """ "marketing 2.6% of revenue; 6% in b2c-services (The CMO Survey, 2025)" for one-liners."""
    from bizaudit.amounts import format_percent

    own = format_percent(report.metrics.marketing_share_of_revenue)
    if not report.benchmarks:
        return f"marketing {own} of revenue"
    first = report.benchmarks[0]
    where = "overall" if first.scope == "all" else f"in {first.scope}"
    cited = f"({first.source}, {first.year})"
    return f"marketing {own} of revenue; {format_percent(first.figure)} {where} {cited}"


class InputErrorOut(BaseModel):
    model_config = _CONFIG
    path: str
    line: int | None
    column: int | None
    message: str
    hint: str | None


class Report(BaseModel):
    """Everything one ``bizaudit check`` run found."""

    model_config = _CONFIG
    version: Literal[1] = 1
    passed: bool
    strict: bool = Field(default=False, description="warnings fail the gate too")
    profiles: list[ProfileReport]
    errors: list[InputErrorOut] = Field(default_factory=list)

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
    "BusinessInfo",
    "ComponentScore",
    "Finding",
    "InputErrorOut",
    "Metrics",
    "Predictability",
    "ProfileReport",
    "Report",
    "Severity",
    "SkippedRule",
    "SourceResult",
    "ThresholdOut",
]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

MoneyOut = Annotated[Decimal, PlainSerializer(lambda d: _plain(d), return_type=str)]
ShareOut = Annotated[Decimal, PlainSerializer(float, return_type=float)]


def _plain(amount: Decimal) -> str:
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
    acquisition_channels: int = Field(description="funded, recurring acquisition activities")
    channels: list[str] = Field(description="their names")
    non_referral_share: ShareOut | None = Field(description="new customers not from referrals")


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
    policy: dict[str, ThresholdOut]
    score_components: list[ComponentScore]
    activities: list[ActivityResult]
    customer_sources: list[SourceResult]
    findings: list[Finding]
    skipped: list[SkippedRule]


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

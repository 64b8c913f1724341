"""The output of ``bizaudit diff``: every figure before and after, spend moved, findings
resolved and introduced (its JSON contract; ``core.diff`` computes it)."""

from __future__ import annotations

from dataclasses import field
from functools import cache
from typing import Annotated, Literal

from pydantic import Field, TypeAdapter

from bizaudit.model.records import record
from bizaudit.model.report import MoneyOut, ScoreCap, ShareOut

__all__ = ["Better", "Change", "ChannelChange", "Diff", "FindingRef", "MoneyChange", "adapter"]

#: which way a figure is better; "neither" for one no rule judges (sales ÷ all spend), which
#: never counts as worse
Better = Literal["higher", "lower", "neither"]


@record
class Change:
    metric: str
    before: ShareOut | None
    after: ShareOut | None
    change: Annotated[
        ShareOut | None, Field(description="after − before; null when either is missing")
    ]
    better: Better
    worse: Annotated[bool, Field(description="moved the wrong way")]
    #: the marketing share moving within the industry's range is neither better nor worse
    #: (AD21 and AE17 of the nineteenth round: a cut from 3.2% to 1.2% in a 1–5% range read
    #: "better")
    in_range: Annotated[
        bool,
        Field(
            description="the figure stayed within its norm, neither better nor worse: a "
            "marketing share within the industry's range, an LTV ÷ CAC at or above 3×, a payback "
            "within its norm"
        ),
    ] = False


@record
class MoneyChange:
    name: Annotated[
        str, Field(description="a category, or marketing/<purpose>; in results, the figure")
    ]
    before: MoneyOut
    after: MoneyOut
    change: MoneyOut


@record
class ChannelChange:
    """One channel's acquisition spend, new customers and cost per customer in both periods
    (a channel only one period has reads 0 spend and 0 customers in the other)."""

    name: str
    spend_before: MoneyOut
    spend_after: MoneyOut
    customers_before: int
    customers_after: int
    cac_before: Annotated[MoneyOut | None, Field(description="n/a without customers")] = None
    cac_after: Annotated[MoneyOut | None, Field(description="n/a without customers")] = None


@record
class FindingRef:
    rule: str
    severity: str
    subject: str | None
    message: str


@record
class Diff:
    """The JSON of ``bizaudit diff``."""

    version: Literal[1] = 1
    old: str
    new: str
    currency: str
    score_before: int
    score_after: int
    metrics: list[Change]
    spend: list[MoneyChange]
    resolved: Annotated[list[FindingRef], Field(description="findings in the old profile only")]
    introduced: Annotated[list[FindingRef], Field(description="findings in the new profile only")]
    verdict_before: str
    verdict_after: str
    marketing_share_of: Annotated[
        Literal["revenue", "gross revenue", "marketing and sales", "net service revenue"],
        Field(
            description="what marketing_share_of_revenue is a share of, as the check holds it "
            "to its minimum: revenue (net), gross revenue (an agent's, less referral fees), "
            "marketing and sales together ÷ revenue (SaaS), or net service revenue (an "
            "architecture firm's fees less costs billed to clients at cost)"
        ),
    ] = "revenue"
    customers_unchanged: Annotated[
        bool,
        Field(
            description="both profiles name the same new customers from the same sources: "
            "CAC, LTV ÷ CAC and payback moved with the spend alone"
        ),
    ] = False
    judged_by: Annotated[
        Literal["non-referral", "all customers"],
        Field(description="which CAC ltv_to_cac and payback_months are of, as the check judges"),
    ] = "all customers"
    results: Annotated[
        list[MoneyChange],
        Field(
            description="revenue, net revenue (when something was taken out of it) and "
            "operating profit (when both profiles list every cost) and CAC, every new "
            "customer's (when both count them), before and after"
        ),
    ] = field(default_factory=list)

    channels: Annotated[
        list[ChannelChange],
        Field(
            description="spend moved between channels: each channel's spend, new customers "
            "and cost per customer before and after (AB12 of the eighteenth review round)"
        ),
    ] = field(default_factory=list)
    caps_lifted: Annotated[
        list[ScoreCap],
        Field(description="the old profile's score caps the new one no longer has"),
    ] = field(default_factory=list)
    caps_added: Annotated[
        list[ScoreCap],
        Field(description="the new profile's score caps the old one did not have"),
    ] = field(default_factory=list)

    def worse(self, names: list[str]) -> list[Change]:
        return [c for c in self.metrics if c.metric in names and c.worse]


@cache
def adapter() -> TypeAdapter[Diff]:
    return TypeAdapter(Diff)

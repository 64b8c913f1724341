"""The plan ``bizaudit plan`` prints: moves between channels, with the model's assumptions.

Money is a decimal string in JSON, projected customers a number to one decimal place."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from bizaudit.model.records import record
from bizaudit.model.report import MoneyOut, ShareOut

__all__ = ["PlanChannel", "PlanMove", "PlanReport"]


@record
class PlanMove:
    source: Annotated[str | None, Field(description="the channel the money leaves; null: added")]
    target: Annotated[str | None, Field(description="the channel it goes to; null: cut")]
    amount: MoneyOut
    reason: str


@record
class PlanChannel:
    name: str
    spend: MoneyOut
    planned_spend: MoneyOut
    customers: int
    projected_customers: ShareOut
    cac: MoneyOut | None
    projected_cac: MoneyOut | None
    left_alone: Annotated[str | None, Field(description="why the plan does not move it")]
    left_out: Annotated[
        MoneyOut | None,
        Field(
            description="of its lines' spend, what `spend` leaves out as the check's CAC does "
            "(a reps' commission on repeat orders, a referrer's share of earlier clients' "
            "fees), as the check report's channel `left_out`; null elsewhere (an addition, "
            "2026-12-08)"
        ),
    ] = None
    left_out_why: Annotated[
        str | None,
        Field(
            description="why `left_out` is left out, in words; null elsewhere (an addition, "
            "2026-12-08)"
        ),
    ] = None


@record
class PlanReport:
    path: str
    business: str
    currency: str
    headline: Annotated[str, Field(description="the plan in one sentence, warnings first")]
    moves: list[PlanMove]
    current_budget: MoneyOut
    planned_budget: MoneyOut
    current_new_customers: int
    projected_new_customers: ShareOut
    operating_profit: Annotated[
        MoneyOut | None,
        Field(description="null when the profile lists only part of the spending"),
    ]
    planned_operating_profit: Annotated[
        MoneyOut | None,
        Field(description="less the budget added, before what new customers bring"),
    ]
    target_new_customers: int | None
    channels: list[PlanChannel]
    assumptions: list[str]


def one_decimal(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"))

"""The starter profile ``bizaudit init`` writes: commented, valid, and passing the default policy.

Text the user typed is written as a JSON string, which YAML reads as a double-quoted scalar,
so no name (``no``, ``on``, ``12: 30``, quotes, colons) can change meaning on the way back in.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal

from bizaudit.explain.text import yaml_comment
from bizaudit.model.amounts import profile_amount
from bizaudit.model.profile import OwnerHours
from bizaudit.model.vocab import VERTICALS

__all__ = ["Answers", "check_valid", "template", "to_yaml"]


@dataclass
class Answers:
    name: str = "My Business"
    industry: str | None = None
    currency: str = "USD"
    period: str | None = None
    revenue: Decimal = Decimal(0)
    activities: list[tuple[str, Decimal]] = field(default_factory=list)
    sources: list[tuple[str, int]] = field(default_factory=list)
    owner_hours: dict[str, Decimal] = field(default_factory=dict)
    #: what a customer is worth: a year's revenue from one, the gross margin, and the share
    #: who stay from one year to the next (each optional; without them there is no LTV)
    average_revenue: Decimal | None = None
    gross_margin: Decimal | None = None
    retention_rate: Decimal | None = None


def _share(value: Decimal) -> str:
    """0.4 as "40%"."""
    return f"{(value * 100).normalize():f}%"


def _text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


HEADER = """\
# A bizaudit business profile. Check it with:  bizaudit check {path}
# Every field is explained in the README ("The profile"); amounts may be written as
# 12000, "$12,000" or "12k", shares as 10% or 0.1.
# For editor completion, run `bizaudit schema > bizaudit.schema.json` and keep this line:
# yaml-language-server: $schema=./bizaudit.schema.json
"""


def to_yaml(answers: Answers, path: str = "profile.yaml") -> str:
    lines = [
        HEADER.format(path=yaml_comment(path)),
        "version: 1",
        "business:",
        f"  name: {_text(answers.name)}",
    ]
    if answers.industry in VERTICALS:
        lines.append(f"  industry: {answers.industry}  # sets the marketing range you are held to")
    elif answers.industry:
        lines.append(
            f"  industry: {answers.industry}  # a sector; a vertical (dental, restaurant, "
            "legal, ...) sets its own range"
        )
    lines.append(f"  currency: {answers.currency}")
    if answers.period:
        lines.append(f"  period: {_text(answers.period)}")
    lines += [
        "",
        "# Revenue for the period, and every cost in the same period, as the P&L lists them:",
        "# wages, rent and cost of goods too, or the operating profit reads too high. If you",
        "# list only some costs, add `spending: partial` under business.",
        f"revenue: {profile_amount(answers.revenue)}",
        "activities:" + ("" if answers.activities else " []"),
    ]
    for name, spend in answers.activities:
        lines += [f"  - name: {_text(name)}", f"    spend: {profile_amount(spend)}"]
    lines.append(
        "    # Add `kind:` (marketing | sales | innovation | operations | cost-of-sales |",
    )
    lines.append("    # contra-revenue, for commissions a platform keeps) where it guesses wrong,")
    lines.append("    # and `recurring: false` for one-off spending.")
    if answers.sources:
        total = sum(count for _, count in answers.sources)
        lines += [
            "",
            "# Where last period's new customers came from.",
            "customers:",
            f"  new: {total}",
            "  sources:",
        ]
        lines += [f"    {_text(name)}: {count}" for name, count in answers.sources]
        worth = (
            ("average_revenue", answers.average_revenue, "a year's revenue from one customer"),
            ("gross_margin", answers.gross_margin, "of each sale, after its direct costs"),
            ("retention_rate", answers.retention_rate, "customers who stay a year later"),
        )
        lines += [
            f"  {key}: {profile_amount(value) if key == 'average_revenue' else _share(value)}"
            f"  # {why}"
            for key, value, why in worth
            if value is not None
        ]
    if answers.owner_hours:
        whose = "owners'" if "owners" in answers.owner_hours else "owner's"
        lines += ["", f"# The {whose} typical week, in hours:"]
        for key in answers.owner_hours:
            lines += _comment(f"{key}: {hours_meaning(key)}", first="#   ", rest="#     ")
        lines.append("owner_hours:")
        lines += [f"  {key}: {profile_amount(value)}" for key, value in answers.owner_hours.items()]
    lines += [
        "",
        "# Thresholds for this profile; command-line flags override them. The minimum",
        "# marketing share defaults to your industry's low end (10% without one).",
        "# policy:",
        "#   min_marketing_share: 10%",
        "#   max_referral_share: 50%",
    ]
    return "\n".join(lines) + "\n"


def hours_meaning(part: str) -> str:
    """What one part of the owner's week holds, as the profile's schema says it."""
    description = OwnerHours.__pydantic_fields__[part].description or ""
    return description[:1].lower() + description[1:]


def _comment(text: str, first: str, rest: str) -> list[str]:
    """``text`` as YAML comment lines of at most 92 characters."""
    return textwrap.wrap(yaml_comment(text), width=92, initial_indent=first, subsequent_indent=rest)


def template() -> Answers:
    """The example `bizaudit init --no-input` writes: it passes the default policy."""
    return Answers(
        name="My Business",
        industry="consulting",
        currency="USD",
        period="FY2026",
        revenue=Decimal(200000),
        activities=[
            ("Google Ads", Decimal(12000)),
            ("Email newsletter", Decimal(2400)),
            ("Referral programme", Decimal(6000)),
            ("Sales commissions", Decimal(8000)),
            ("Rent", Decimal(36000)),
            ("Staff wages", Decimal(60000)),
            ("Owner's salary", Decimal(36000)),
            ("Bookkeeping", Decimal(3000)),
        ],
        sources=[("google ads", 12), ("referrals", 8), ("website", 6)],
        owner_hours={
            "delivery": Decimal(30),
            "marketing": Decimal(8),
            "sales": Decimal(6),
            "admin": Decimal(6),
        },
    )


def check_valid(text: str, path: str) -> None:
    """Raise RuntimeError (a bug, not the user's mistake) when ``text`` is not a valid profile."""
    from bizaudit.io import loading, validation
    from bizaudit.io.errors import InputError, InputErrors

    try:
        validation.parse_profile(loading.load_text(text, path))
    except (InputError, InputErrors) as exc:
        raise RuntimeError(f"the starter profile does not pass check: {exc}") from None

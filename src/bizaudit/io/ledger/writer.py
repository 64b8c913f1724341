"""An imported ledger as a commented profile: totals on top, each activity's reason above it,
and the ones to check marked REVIEW."""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable
from decimal import Decimal

from bizaudit.explain.numbers import format_money, plural
from bizaudit.explain.text import yaml_comment
from bizaudit.io.ledger import Activity, Imported
from bizaudit.model.amounts import profile_amount
from bizaudit.model.profile import TEXT_MAX

__all__ = ["check_valid", "to_yaml"]


def _q(text: str) -> str:
    """Text as a YAML double-quoted scalar (a JSON string is one), cut to the length a profile
    accepts; \\u escapes keep control characters out."""
    if len(text) > TEXT_MAX:
        text = text[: TEXT_MAX - 1] + "…"
    return json.dumps(text, ensure_ascii=not text.isprintable())


_comment = yaml_comment
_LISTED_TRANSFERS = 5
_WIDTH = 92  # header comment lines wrap here


def _months(days: int) -> int:
    return min(max(round(days / 30.44), 1), 120)


def _span(imported: Imported, label: str | None) -> tuple[list[str], int]:
    """The profile's period (``label``, from --period, else its dates) and months, as lines
    and as the number of months: the report's own period where its title block states one
    that holds every line, else the first date to the last (12 months with no dates)."""
    first, last, stated = imported.first_date, imported.last_date, imported.period
    if first is None or last is None:
        return [*([f"  period: {_q(label)}"] if label else []), "  months: 12"], 12
    said = "from the first date to the last"
    if stated is not None and stated.first <= first and last <= stated.last:
        first, last = stated.first, stated.last
        said = f"in the report's period ({_comment(stated.said)})"
    elif stated is not None:
        said += f" (the lines run outside the report's period, {_comment(stated.said)})"
    days = (last - first).days + 1
    months = _months(days)
    rounded = "rounded to whole months"
    # A ledger's first and last lines rarely fall on the period's first and last days: lines
    # from 5 January to 20 December are a year's, not 350 days' 11 months (a CFO's re-review
    # of the forty-third round, 2026-12-06: every payback came out about 8% short). Where the
    # first line falls in the first ten days of its month and the last on the 20th of its
    # own or later, the whole months they span are taken.
    spanned = (last.year - first.year) * 12 + last.month - first.month + 1
    if first.day <= 10 and last.day >= 20 and spanned > months:
        months = min(spanned, 120)
        rounded = "counted as the whole months they span"
    return [
        f"  period: {_q(label or f'{first} to {last}')}",
        f"  # {plural(days, 'day')} {said}, {rounded}",
        f"  months: {months}",
    ], months


def to_yaml(
    imported: Imported,
    *,
    revenue: Decimal | None = None,
    period: str | None = None,
    name: str | None = None,
    currency: str = "USD",
    given: str = "given with",  # or "answered for": how --currency and --revenue came
) -> str:

    def money(amount: Decimal) -> str:
        return format_money(amount, currency)

    review = [
        a
        for a in imported.activities.values()
        if a.classification and a.classification.confidence != "high"
    ]
    read_as = (
        imported.encoding
        if not imported.delimiter
        else f"{imported.encoding}, delimiter {imported.delimiter!r}"
    )
    lines = [
        f"# Imported by `bizaudit import` from {_comment(imported.path)} ({imported.layout}),",
        f"# grouped by {imported.group_by}; {read_as}.",
        *_rows(imported, money),
    ]
    said = imported.currency
    where = (
        f"from {_comment(said.where)}" if said is not None and said.code == currency
        else f"as {given} --currency"
    )  # fmt: skip
    lines.append(f"# Currency {currency}, {where}.")
    if imported.sign_note:
        lines.append(f"# Signs: {_comment(imported.sign_note)}.")
    lines += _transfers(imported, money)
    if imported.unreadable_count:
        held = (
            f" holding at least {money(imported.unreadable_money)}"
            if imported.unreadable_money
            else ""
        )
        lines.append(
            f"# {plural(imported.unreadable_count, 'row')} could not be read{held} "
            "(see the messages)."
        )
    if review:
        marked = plural(len(review), "activity is", "activities are")
        lines.append(f"# {marked} marked REVIEW: check the kind before relying on it.")
    lines += [
        "",
        "version: 1",
        "business:",
        f"  name: {_q(name or imported.title or 'My Business')}",
    ]
    lines.append(f"  currency: {currency}")
    span, months = _span(imported, period)
    lines += span
    if imported.statement:  # one account: rent, payroll and other cards are paid elsewhere
        lines += [
            "  # One account's statement holds only what that account paid, so `check` states",
            "  # no operating profit. Write `all` if this account pays every cost of the business.",
            "  spending: partial",
        ]
    if revenue is not None:
        span_note = (  # a year's revenue against two months of spending reads six times too low
            f" It is the revenue of the period above ({plural(months, 'month')}), not a year's."
            if months != 12
            else ""
        )
        lines += [
            "",
            f"# Revenue as {given} --revenue.{span_note}",
            f"revenue: {profile_amount(revenue)}",
        ]
    elif imported.income > 0:
        lines += [
            "",
            f"# Revenue: {plural(imported.income_lines, 'income line')} added up"
            f"{_largest(imported.income_by, money)}.",
            f"revenue: {profile_amount(imported.income)}",
        ]
    else:
        lines += [
            "",
            "# No income lines in the export: set the revenue here (or pass --revenue).",
            "revenue: 0",
        ]
    lines.append("activities:")
    ordered = sorted(imported.activities.values(), key=lambda a: (-a.spend, a.name))
    for activity in ordered:
        c = activity.classification
        assert c is not None
        label = c.category + (f"/{c.purpose}" if c.purpose else "")
        mark = "REVIEW: " if c.confidence != "high" else ""
        refunds = f", after {money(activity.refunds)} of refunds" if activity.refunds else ""
        count = plural(activity.lines, "line")
        lines.append(f"  # {mark}{label}: {c.reason} ({count}{refunds})")
        lines.append(f"  - name: {_q(activity.name)}")
        if activity.spend < 0:
            lines.append(
                f"    # refunds exceeded spending by {money(-activity.spend)}; counted as 0"
            )
        lines.append(f"    spend: {profile_amount(_written(activity.spend))}")
        if c.source == "explicit":  # what the ledger itself says, stated for check
            lines.append(f"    kind: {c.category}")
        if activity.decided_by_lines:  # a guess from the lines: said, never stated for you
            stated = f"kind: {c.category}" + (f", purpose: {c.purpose}" if c.purpose else "")
            lines.append(f"    # if the lines are right, add: {stated}")
        once = _one_off(activity, months)
        if once:
            lines += [
                f"    # {once}: a one-off, not a recurring channel",
                "    # (remove this line if it recurs beyond the export, as a yearly fee does)",
                "    recurring: false",
            ]
    return "\n".join(lines) + "\n"


def _one_off(activity: Activity, months: int) -> str | None:
    """Why an activity is written ``recurring: false``: its lines all fall in one month of an
    export of several (one $265 door-hanger order in six months), so ``check`` must not count
    it as a funded, recurring channel. None for anything else, and for an export of a month."""
    if months < 2 or activity.month <= 0:
        return None
    year, month = divmod(activity.month - 1, 12)
    when = f"{calendar.month_name[month + 1]} {year}"
    if activity.lines == 1:
        return f"one charge in {months} months ({when})"
    return f"{activity.lines} lines in {months} months, all in {when}"


def _written(spend: Decimal) -> Decimal:
    """What an activity's spend is written as: refunds beyond its spending count as 0."""
    return max(spend, Decimal(0))


def _rows(imported: Imported, money: Callable[[Decimal], str]) -> list[str]:
    """The header lines that say where every row went, so that they add up to the rows read
    (a bookkeeper ties them out); the expense total is what the activities below add up to."""
    written = sum((_written(a.spend) for a in imported.activities.values()), Decimal(0))
    parts = [
        f"{plural(imported.income_lines, 'income line')} ({money(imported.income)})",
        f"{plural(imported.other_rows, 'other row')} (headings, totals, balance-sheet accounts)",
    ]
    if imported.transfer_count:
        parts.append(f"{plural(imported.transfer_count, 'line')} between own accounts (below)")
    if imported.unreadable_count:
        parts.append(f"{plural(imported.unreadable_count, 'row')} not read")
    if imported.blank_rows:
        parts.append(plural(imported.blank_rows, "blank row"))
    lines = [
        f"# {plural(imported.rows, 'row')}: {plural(imported.expense_lines, 'expense line')} "
        f"({money(written)}) in {plural(len(imported.activities), 'activity', 'activities')},",
        *_wrapped(parts),
    ]
    over = [a for a in imported.activities.values() if a.spend < 0]
    if over:
        lines.append(
            f"# Refunds exceeded spending on {plural(len(over), 'activity', 'activities')} by "
            f"{money(-sum((a.spend for a in over), Decimal(0)))}: each is counted as 0."
        )
    return lines


def _wrapped(parts: list[str]) -> list[str]:
    """``parts`` as comment lines, each part whole, joined by commas and ended by a full stop."""
    lines: list[str] = []
    for number, part in enumerate(parts, 1):
        part += "." if number == len(parts) else ","
        if lines and len(lines[-1]) + 1 + len(part) <= _WIDTH:
            lines[-1] += f" {part}"
        else:
            lines.append(f"# {part}")
    return lines


def _largest(income_by: dict[str, Decimal], money: Callable[[Decimal], str]) -> str:
    """ ": Stripe $6,199.45, Check Deposit $650 and 2 more": where the revenue came from."""
    if not income_by:
        return ""
    ranked = sorted(income_by.items(), key=lambda item: (-item[1], item[0]))
    shown = ", ".join(f"{_comment(name[:40])} {money(amount)}" for name, amount in ranked[:3])
    more = f" and {len(ranked) - 3} more" if len(ranked) > 3 else ""
    return f": {shown}{more}"


def _transfers(imported: Imported, money: Callable[[Decimal], str]) -> list[str]:
    """The header lines on money moved between the business's own accounts, left out."""
    if not imported.transfer_count:
        return []
    lines = [
        f"# {plural(imported.transfer_count, 'line')} ({money(imported.transfer_money)}) left "
        "out as money between the business's own accounts (card payments, transfers):"
    ]
    for moved in imported.transfers[:_LISTED_TRANSFERS]:
        said = _comment(" ".join(moved.description.split())[:60])
        lines.append(f"#   line {moved.row}: {said} ({money(moved.amount)})")
    if imported.transfer_count > _LISTED_TRANSFERS:
        lines.append(f"#   and {imported.transfer_count - _LISTED_TRANSFERS} more")
    return lines


def check_valid(text: str, ledger: str) -> None:
    """Raise InputError, at the ledger, when the profile written from it would not pass
    ``check`` (an amount no profile can hold, say): import never writes such a profile."""
    from bizaudit.io import loading, validation
    from bizaudit.io.errors import InputError, InputErrors

    try:
        validation.parse_profile(loading.load_text(text, "<imported profile>"))
    except InputError as exc:
        problem = exc.message
    except InputErrors as exc:
        problem = exc.errors[0].message
    else:
        return
    raise InputError(
        ledger,
        f"the profile this export adds up to would not pass check: {problem}",
        "check the export's amounts (a total of a thousand trillion or more is a typo)",
    )

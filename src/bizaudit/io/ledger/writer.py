"""An imported ledger as a commented profile: totals on top, each activity's reason above it,
and the ones to check marked REVIEW."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal

from bizaudit.explain.numbers import format_money, plural
from bizaudit.explain.text import yaml_comment
from bizaudit.io.ledger import Imported
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


def _months(imported: Imported) -> int:
    if imported.first_date is None or imported.last_date is None:
        return 12
    days = (imported.last_date - imported.first_date).days + 1
    return min(max(round(days / 30.44), 1), 120)


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
        f"# {plural(imported.rows, 'row')}: {plural(imported.expense_lines, 'expense line')} "
        f"({money(imported.spend)}) in "
        f"{plural(len(imported.activities), 'activity', 'activities')},",
        f"# {plural(imported.income_lines, 'income line')} ({money(imported.income)}), "
        f"{plural(imported.other_rows, 'other row')} (headings, totals, balance-sheet accounts).",
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
    if period or (imported.first_date and imported.last_date):
        label = period or f"{imported.first_date} to {imported.last_date}"
        lines.append(f"  period: {_q(label)}")
    if imported.first_date and imported.last_date:
        days = (imported.last_date - imported.first_date).days + 1
        lines.append(
            f"  # {plural(days, 'day')} from the first date to the last, rounded to whole months"
        )
    lines.append(f"  months: {_months(imported)}")
    if revenue is not None:
        lines += ["", f"# Revenue as {given} --revenue.", f"revenue: {profile_amount(revenue)}"]
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
        spend = activity.spend
        if spend < 0:
            lines.append(f"    # refunds exceeded spending by {money(-spend)}; counted as 0")
            spend = Decimal(0)
        lines.append(f"    spend: {profile_amount(spend)}")
        if activity.decided_by_lines:  # a guess from the lines: said, never stated for you
            stated = f"kind: {c.category}" + (f", purpose: {c.purpose}" if c.purpose else "")
            lines.append(f"    # if the lines are right, add: {stated}")
    return "\n".join(lines) + "\n"


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

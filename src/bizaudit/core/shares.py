"""The marketing share a report holds to its minimum (BA101), worked out from the report
itself, so that ``diff`` and every renderer compare the same figure the check judged."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from bizaudit.model.report import ProfileReport
from bizaudit.model.verticals import Vertical, range_abroad

__all__ = ["HeldAs", "NoFloor", "held_share", "no_floor", "reference_here"]

#: What a marketing minimum that is no floor is: a sector's published average, or the low end
#: of a range its source gives as what the trade typically spends
NoFloor = Literal["average", "low end"]


def no_floor(source: str, vertical: Vertical | None) -> NoFloor | None:
    """What the marketing minimum is where BA101 only warns under it, from where it came
    (``source``) and the declared vertical: a sector's figure, an average of mostly large
    companies (I11 of the forty-first round), or a vertical's low end marked `low_is_floor =
    false` (F10 of the thirty-third round); None where it is a floor. BA101 and the score ask
    it alike."""
    if source == "sector":
        return "average"
    if source == "industry" and vertical is not None and not vertical.low_is_floor:
        return "low end"
    return None


def reference_here(
    source: str, vertical: Vertical | None, currency: str, read_by: Vertical | None
) -> str:
    """Why the industry's range, published for another country's businesses, is only a
    reference in the country the profile's currency names, as the vertical's ``abroad`` table
    gives it (``Vertical.range_reference`` of ``read_by``, the vertical read for that country),
    where the minimum is that range's low end (``source`` "industry"); "" elsewhere. BA101 says
    so and asks for no budget to reach it (BH3 of the sixty-second round), and the score's
    marketing part is then not scored (the sixty-second round, part i): both ask it here."""
    if source != "industry" or vertical is None or read_by is None:
        return ""
    if not read_by.range_reference or not range_abroad(vertical.marketing, currency):
        return ""
    return read_by.range_reference


#: What the share is of: revenue (net), gross revenue (an agent's commission income, less
#: referral fees), or marketing and sales together (SaaS).
HeldAs = Literal["revenue", "gross revenue", "marketing and sales", "net service revenue"]


def held_share(report: ProfileReport) -> tuple[HeldAs, Decimal | None]:
    """The share the minimum is held against (BA101), and what it is of: marketing ÷ revenue,
    or as the industry's range counts it when the minimum is the industry's (marketing and
    sales for SaaS; gross commission income less referral fees for an agent)."""
    industry = report.industry
    if (
        industry is not None
        and report.policy["min_marketing_share"].source == "industry"
        and industry.compared_share is not None
    ):
        if industry.scope == "marketing and sales":
            return "marketing and sales", industry.compared_share
        if industry.on_gross:  # held to its range on gross revenue (BA101)
            return "gross revenue", industry.compared_share
        if industry.base_left_out:  # fees less costs billed to clients at cost (AE9)
            return "net service revenue", industry.compared_share
    share = report.metrics.marketing_share_of_revenue
    if industry is not None and share is not None and (industry.on_gross or industry.left_out):
        # A minimum of one's own is of marketing, but still as the business's vertical counts
        # revenue and marketing (an agent's gross commission income, less referral fees).
        revenue = report.revenue if industry.on_gross else report.profit.net_revenue
        spent = report.spend["marketing"] - report.metrics.marketing_received
        held = (spent - industry.left_out) / revenue
        return ("gross revenue" if industry.on_gross else "revenue"), held
    return "revenue", share

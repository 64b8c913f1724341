"""The figures of an audit, computed once from a profile and its classifications.

Everything is exact (Decimal). A share whose denominator is zero or missing is ``None``: the
report says "n/a" rather than inventing a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from bizaudit.core import economics
from bizaudit.core.classify import Classification, Classifier, SourceClass, default
from bizaudit.core.economics import Economics
from bizaudit.model.profile import Activity, Profile
from bizaudit.model.vocab import CATEGORIES, MARKETING_PURPOSES

__all__ = ["ClassifiedActivity", "ClassifiedSource", "Facts", "compute", "share"]


def share(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part / whole``, or ``None`` when there is no whole to divide by."""
    if not whole:
        return None
    return Decimal(part) / Decimal(whole)


class ClassifiedActivity(NamedTuple):
    position: int  # its place in the profile's activities (the report finds its line by it)
    activity: Activity
    classification: Classification


class ClassifiedSource(NamedTuple):
    name: str
    customers: int
    classification: SourceClass


class Facts(NamedTuple):
    """What the rules and the score are computed from."""

    profile: Profile
    activities: Sequence[ClassifiedActivity]
    sources: Sequence[ClassifiedSource]
    spend: dict[str, Decimal]  # total and per category
    marketing_by_purpose: dict[str, Decimal]
    referral_customers: int
    sourced_customers: int
    channels: Sequence[ClassifiedActivity]  # funded, recurring acquisition activities
    economics: Economics

    @property
    def revenue(self) -> Decimal:
        return self.profile.revenue

    @property
    def marketing_share_of_revenue(self) -> Decimal | None:
        return share(self.spend["marketing"], self.revenue)

    @property
    def marketing_share_of_spend(self) -> Decimal | None:
        return share(self.spend["marketing"], self.spend["total"])

    @property
    def sales_share_of_spend(self) -> Decimal | None:
        return share(self.spend["sales"], self.spend["total"])

    @property
    def referral_share(self) -> Decimal | None:
        return share(self.referral_customers, self.sourced_customers)

    @property
    def non_referral_share(self) -> Decimal | None:
        return share(self.sourced_customers - self.referral_customers, self.sourced_customers)

    @property
    def owner_marketing_time_share(self) -> Decimal | None:
        hours = self.profile.owner_hours
        return share(hours.marketing, hours.total) if hours else None


def compute(profile: Profile, classifier: Classifier | None = None) -> Facts:
    """Classify every activity and customer source and add up the figures."""
    classifier = classifier or default()
    activities = [
        ClassifiedActivity(i, activity, classifier.classify_activity(activity))
        for i, activity in enumerate(profile.activities)
    ]
    spend = dict.fromkeys(("total", *CATEGORIES), Decimal(0))
    by_purpose: dict[str, Decimal] = dict.fromkeys(MARKETING_PURPOSES, Decimal(0))
    for item in activities:
        amount = item.activity.spend
        spend["total"] += amount
        spend[item.classification.category] += amount
        purpose = item.classification.purpose
        if item.classification.category == "marketing" and purpose in by_purpose:
            by_purpose[purpose] += amount

    customers = profile.customers
    sources = [
        ClassifiedSource(name, count, classifier.classify_source(name))
        for name, count in (customers.sources.items() if customers else ())
    ]
    channels = [
        item
        for item in activities
        if item.classification.category == "marketing"
        and item.classification.purpose == "acquire"
        and item.activity.recurring
        and item.activity.spend > 0
    ]
    sourced = sum(s.customers for s in sources)
    return Facts(
        profile=profile,
        activities=activities,
        sources=sources,
        spend=spend,
        marketing_by_purpose=by_purpose,
        referral_customers=sum(s.customers for s in sources if s.classification.kind == "referral"),
        sourced_customers=sourced,
        channels=channels,
        economics=economics.compute(
            profile, acquire=by_purpose["acquire"], sales=spend["sales"], sourced=sourced
        ),
    )

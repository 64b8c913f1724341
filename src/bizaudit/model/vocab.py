"""The shared vocabularies: the words every layer agrees on, as types and as tuples."""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "CATEGORIES",
    "INDUSTRIES",
    "MARKETING_PURPOSES",
    "PURPOSES_BY_CATEGORY",
    "SECTORS",
    "SEVERITIES",
    "SOURCE_KINDS",
    "SPENDING",
    "VERTICALS",
    "Category",
    "Confidence",
    "Industry",
    "Purpose",
    "Sector",
    "Severity",
    "SourceKind",
    "Vertical",
]

Category = Literal[
    "marketing", "sales", "innovation", "operations", "cost-of-sales", "contra-revenue"
]
Purpose = Literal["acquire", "retain", "grow", "convert"]
Sector = Literal["b2b-product", "b2b-services", "b2c-product", "b2c-services"]
Vertical = Literal[
    "accounting", "agency", "coaching", "construction", "consulting", "dental", "ecommerce",
    "fitness", "freelance", "home-services", "hospitality", "legal", "manufacturing",
    "medical", "real-estate", "restaurant", "retail", "saas", "salon", "wholesale",
]  # fmt: skip
#: A sector or a vertical, spelled out as one choice so that a mistake gets one message
#: (a union of two Literals gave two, one a line of Python).
Industry = Literal[
    "b2b-product", "b2b-services", "b2c-product", "b2c-services",
    "accounting", "agency", "coaching", "construction", "consulting", "dental", "ecommerce",
    "fitness", "freelance", "home-services", "hospitality", "legal", "manufacturing",
    "medical", "real-estate", "restaurant", "retail", "saas", "salon", "wholesale",
]  # fmt: skip
#: referral: someone recommended them; repeat: an existing customer, not a new one.
SourceKind = Literal["referral", "paid", "organic", "outbound", "repeat", "other"]
Severity = Literal["error", "warning", "info"]
Confidence = Literal["high", "low", "none"]

CATEGORIES: tuple[Category, ...] = (
    "marketing", "sales", "innovation", "operations", "cost-of-sales", "contra-revenue"
)  # fmt: skip
#: What the business spends (contra-revenue reduces revenue instead).
SPENDING: tuple[Category, ...] = CATEGORIES[:5]
SECTORS: tuple[Sector, ...] = ("b2b-product", "b2b-services", "b2c-product", "b2c-services")
VERTICALS: tuple[Vertical, ...] = get_args(Vertical)
INDUSTRIES: tuple[Industry, ...] = get_args(Industry)
MARKETING_PURPOSES: tuple[Purpose, ...] = ("acquire", "retain", "grow")
PURPOSES_BY_CATEGORY: dict[str, tuple[Purpose, ...]] = {
    "marketing": MARKETING_PURPOSES,
    "sales": ("convert",),
    "innovation": (),
    "operations": (),
    "cost-of-sales": (),
    "contra-revenue": (),
}
SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

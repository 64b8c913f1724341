"""The shared vocabularies: the words every layer agrees on, as types and as tuples."""

from __future__ import annotations

from typing import Literal

__all__ = [
    "CATEGORIES",
    "MARKETING_PURPOSES",
    "PURPOSES_BY_CATEGORY",
    "SECTORS",
    "SEVERITIES",
    "SOURCE_KINDS",
    "Category",
    "Confidence",
    "Purpose",
    "Sector",
    "Severity",
    "SourceKind",
]

Category = Literal["marketing", "sales", "innovation", "operations"]
Purpose = Literal["acquire", "retain", "grow", "convert"]
Sector = Literal["b2b-product", "b2b-services", "b2c-product", "b2c-services"]
SourceKind = Literal["referral", "paid", "organic", "outbound", "other"]
Severity = Literal["error", "warning", "info"]
Confidence = Literal["high", "low", "none"]

CATEGORIES: tuple[Category, ...] = ("marketing", "sales", "innovation", "operations")
SECTORS: tuple[Sector, ...] = ("b2b-product", "b2b-services", "b2c-product", "b2c-services")
MARKETING_PURPOSES: tuple[Purpose, ...] = ("acquire", "retain", "grow")
PURPOSES_BY_CATEGORY: dict[str, tuple[Purpose, ...]] = {
    "marketing": MARKETING_PURPOSES,
    "sales": ("convert",),
    "innovation": (),
    "operations": (),
}
SOURCE_KINDS: tuple[SourceKind, ...] = ("referral", "paid", "organic", "outbound", "other")
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

"""Published reference figures for marketing budgets, each with its source and year.

They are reference points, not rules: the report shows them next to the business's own
figure. Every figure here is quoted in docs/domain.md with its source; add a figure only with
one. A declared vertical's own range (data/verticals.toml) comes first.
"""

from __future__ import annotations

from decimal import Decimal

from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import Vertical

__all__ = ["BENCHMARKS", "Benchmark", "for_industry", "for_sector"]

Basis = str  # what the figure is a share of: revenue, company budget, collections, sales


class Benchmark(NamedTuple):
    source: str
    year: str
    figure: Decimal  # a share: 0.077 is 7.7%
    scope: str  # "all" or an industry such as "b2c-services", or a size band
    basis: Basis  # what the figure is a share of
    high: Decimal | None = None  # the top of a range, when the source gives one
    note: str = ""


def _d(text: str) -> Decimal:
    return Decimal(text)


BENCHMARKS: tuple[Benchmark, ...] = (
    Benchmark("The CMO Survey (Duke / Deloitte / AMA)", "2025", _d("0.094"), "all", "revenue"),
    Benchmark(
        "The CMO Survey (Duke / Deloitte / AMA)", "2025", _d("0.064"), "b2b-product", "revenue"
    ),
    Benchmark(
        "The CMO Survey (Duke / Deloitte / AMA)", "2025", _d("0.090"), "b2b-services", "revenue"
    ),
    Benchmark(
        "The CMO Survey (Duke / Deloitte / AMA)", "2025", _d("0.155"), "b2c-product", "revenue"
    ),
    Benchmark(
        "The CMO Survey (Duke / Deloitte / AMA)", "2025", _d("0.060"), "b2c-services", "revenue"
    ),
    Benchmark(
        "Gartner CMO Spend Survey",
        "2025",
        _d("0.077"),
        "all",
        "revenue",
        note="large companies; half of respondents at 6% or less",
    ),
    Benchmark(
        "Gartner CMO Spend Survey", "2024", _d("0.077"), "all", "revenue", note="large companies"
    ),
    Benchmark(
        "Gartner CMO Spend Survey",
        "2023",
        _d("0.091"),
        "all",
        "revenue",
        note="large companies; 9.5% in 2022",
    ),
    Benchmark(
        "The CMO Survey (Duke / Deloitte / AMA)",
        "Spring 2024",
        _d("0.102"),
        "all",
        "company budget",
    ),
    Benchmark(
        "The CMO Survey (Duke / Deloitte / AMA)",
        "Spring 2023",
        _d("0.109"),
        "all",
        "revenue",
        note="12.3% of company budget",
    ),
    Benchmark(
        "Rule of thumb attributed to the US SBA (no primary source found)",
        "—",
        _d("0.07"),
        "under $5M revenue",
        "revenue",
        high=_d("0.08"),
        note="for businesses with 10–12% net margin",
    ),
    Benchmark(
        "MarketingSherpa B2B benchmark",
        "2009–10",
        _d("0.11"),
        "small B2B organisations",
        "revenue",
        note="100–1,000 staff: 9%; larger: 6%",
    ),
)


SECTORS = frozenset({"b2b-product", "b2b-services", "b2c-product", "b2c-services"})


def for_industry(industry: str | None, vertical: Vertical | None = None) -> list[Benchmark]:
    """The vertical's own range (when one is declared), the figures for its sector, then
    those for all businesses, then the size bands."""
    sector = vertical.sector if vertical is not None else industry
    own = [b for b in BENCHMARKS if b.scope == sector]
    if vertical is not None:
        norm = vertical.marketing
        own.insert(
            0,
            Benchmark(norm.source, norm.year, norm.low, vertical.id, vertical.basis, norm.high,
                      norm.note),
        )  # fmt: skip
    overall = [b for b in BENCHMARKS if b.scope == "all"]
    bands = [b for b in BENCHMARKS if b.scope != "all" and b.scope not in SECTORS]
    return own + overall + bands


def for_sector(industry: str | None) -> Benchmark | None:
    """The published figure of a sector a profile declares instead of a vertical ("b2c-
    services": The CMO Survey's 6.0%, 2025), or None."""
    if industry is None:
        return None
    return next((b for b in BENCHMARKS if b.scope == industry and b.year == "2025"), None)

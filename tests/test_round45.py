"""Findings mended in the stop of 2026-12-06 that followed the forty-fourth review round: its
second re-review's residues and the forty-fifth round (six more trades). Each expected figure is
worked by hand in the test's docstring."""

from __future__ import annotations

from decimal import Decimal

from .test_rules import _report


def test_a_rep_agencys_commissions_price_the_accounts_its_reps_opened() -> None:
    """S13 of the forty-fourth round's second re-review: "Rep agency commissions (8% of sales)"
    joined no channel, so the reps' accounts were listed first, "cheapest", at $0. By hand:
    $120,000 over the 12 accounts the reps opened = $10,000 each (a ceiling: reps are paid on
    repeat orders too); the booth's 8 at $30,000 = $3,750."""
    report = _report(
        {
            "business": {"name": "Lakeshore Brewing", "industry": "manufacturing"},
            "revenue": 2000000,
            "activities": [
                {"name": "Rep agency commissions (8% of sales)", "spend": 120000},
                {"name": "Trade show booth", "spend": 30000},
                {"name": "Office salaries", "spend": 300000},
            ],
            "customers": {"new": 20, "sources": {"sales rep visit": 12, "trade show": 8}},
        }
    )
    reps = {c.name: c for c in report.channels}["Sales reps and rep agencies (on commission)"]
    assert (reps.spend, reps.customers, reps.cac) == (Decimal(120000), 12, Decimal(10000))
    assert report.channels[0].name == "Events, trade shows and webinars"  # cheapest first

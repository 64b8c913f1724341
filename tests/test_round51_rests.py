"""The rests of the fifty-first review round's re-review (2026-12-06) mended after its helpers'
branches were merged: the banner of a business whose customers mostly come at the rates
contracts set (AM3)."""

from __future__ import annotations

from .conftest import RunCli, WriteProfile
from .test_round47 import _json

#: A tow company (the re-review's tow-healthy, shortened): motor clubs and the police rotation
#: list send 1,200 + 600 + 500 = 2,300 of its 3,100 calls (74%)
_TOW = """
version: 1
business: {name: Ridgeline Towing & Recovery, industry: auto-repair, period: "2026"}
revenue: 1400000
activities:
  - {name: Google Ads - tow truck near me, spend: 24000}
  - {name: Google Business Profile and website SEO, spend: 9000}
  - {name: Motor club network fees (Agero dispatch software), spend: 6000}
  - {name: Police rotation list annual permit fee, spend: 2500}
  - {name: Tow drivers wages, spend: 420000}
  - {name: Fuel, spend: 150000}
  - {name: Truck payments (rollbacks and wreckers), spend: 180000}
  - {name: Commercial auto and on-hook insurance, spend: 110000}
  - {name: Impound lot lease, spend: 60000}
  - {name: Dispatcher wages, spend: 90000}
  - {name: Bookkeeping and CPA, spend: 12000}
customers:
  new: 3100
  sources: {SOURCES}
  average_revenue: 430
  gross_margin: 45%
  retention_rate: 10%
owner_hours: {delivery: 30, marketing: 2, sales: 4, admin: 15}
"""


def test_a_banner_beside_a_rate_priced_minimum_does_not_say_too_little_goes_in(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """AM3: with most calls from motor clubs and the rotation list, BA101 warns (the repair
    shop's 4% was published for businesses that win customers by marketing) where it had
    erred, and the banner read "Fair overall, but too little goes into marketing" beside it.
    Marketing is $24,000 + $9,000 + $6,000 + $2,500 = $41,500, 2.96% of $1,400,000, under
    4%. The banner now says where the customers come from. Near: the same books with those
    2,300 calls from "google search" keep the error and the band's words."""
    rated = _json(
        run_cli,
        write_profile,
        _TOW.replace(
            "{SOURCES}",
            "{AAA motor club: 1200, Agero: 600, police rotation: 500, google ads: 400, "
            "google search: 250, repeat fleet accounts: 150}",
        ),
    )
    (gate,) = [f for f in rated["findings"] if f["rule"] == "BA101"]
    assert gate["severity"] == "warning"
    assert "2.96% of revenue ($41,500 of $1,400,000)" in gate["message"]
    assert "most new customers come at the rates contracts set" in rated["verdict"]
    assert "too little goes into marketing" not in rated["verdict"]
    searched = _json(
        run_cli,
        write_profile,
        _TOW.replace(
            "{SOURCES}",
            "{google search: 2550, google ads: 400, repeat fleet accounts: 150}",
        ),
    )
    (gate,) = [f for f in searched["findings"] if f["rule"] == "BA101"]
    assert gate["severity"] == "error"
    assert "contracts set" not in searched["verdict"]

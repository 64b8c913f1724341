"""The sixtieth review round, part j (2026-12-07): a car wash is not an auto repair shop.

BD10 (carwash.yaml): "Sudz Express Car Wash", declared `auto-repair` as docs/verticals.md
advises for a car wash, was told "Paying for referrals in your profession: restricted; no line in
this budget pays for referrals", and its client report was headed "Auto repair shop" and charted
"against the auto repair shop range". The repair shops' rule is California's Vehicle Code
§12110(c), which reaches a repair shop paying a towing service for delivering a vehicle "for the
purpose of storage or repair" (statute text checked with the search tool on 2026-12-07), with
Penal Code §551 and Insurance Code §754 on repairs an insurer pays for: a car wash repairs and
stores no vehicle, and its refer-a-friend credit is lawful.

Now a business declared `auto-repair` whose name says it washes or details cars, and names no
repair, lube, oil, tyres, brakes, garage or body work beside it, is the `car-wash` trade
(`model.verticals.washes_cars`): no referral rule is quoted for it, and it is labelled "Car wash
or detailer (held to an auto repair shop's figures)". No survey of a car wash's marketing share
was found, so the repair shop's 4-5.5% of sales is borrowed and said so, with low confidence;
its 4% floor stays (a car wash software vendor quotes 5-8% as the trade's guideline, second-hand:
the floor asks no more than that), its 5.5% top is no ceiling (that guideline reaches 8%).

A repair shop, and a wash that also repairs or changes oil, keep the rule. Every figure is worked
out by hand in the docstrings. The profile is the reviewer's, unchanged
(tests/fixtures/review60j/)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bizaudit.explain.summary import referral_rule_said
from bizaudit.model import verticals
from bizaudit.model.profile import Profile

from .conftest import RunCli, findings_in, profile_json, small_case
from .test_rules import _report

_FIXTURES = Path(__file__).parent / "fixtures" / "review60j"
_LABEL = "Car wash or detailer (held to an auto repair shop's figures)"
_REPAIR = "Auto repair shop"


# -- BD10: the reviewer's car wash ----------------------------------------------------------


def test_the_car_wash_is_labelled_a_car_wash_and_quoted_no_repair_shops_rule(
    run_cli: RunCli,
) -> None:
    """carwash.yaml: the industry is still `auto-repair` (the range it borrows), but the label
    says whose figures they are and no rule on paying for referrals is quoted, neither in JSON
    nor in the banner (400 of its 4,150 new customers came by a friend, so the short line "the
    rule exists" had been said)."""
    profile = profile_json(run_cli, _FIXTURES / "carwash.yaml")
    industry = profile["industry"]
    assert industry["id"] == "auto-repair"
    assert industry["label"] == _LABEL
    assert industry["referral_rule"] is None
    assert industry["referral_allowed"] is None
    assert industry["confidence"] == "low"
    assert "borrowed for a car wash" in industry["source"]
    assert findings_in(profile, "BA114") == []
    text = run_cli("check", _FIXTURES / "carwash.yaml", "--exit-zero").stdout
    assert "Paying for referrals" not in text
    assert "restricted" not in text


def test_the_car_wash_keeps_the_borrowed_floor(run_cli: RunCli) -> None:
    """The floor is the repair shop's 4%, as before: 4% × $1,900,000 = $76,000; its marketing
    is $60,000 as listed (radio 24,000 + geofence 18,000 + grand opening 15,000 + win-back
    3,000), of which the $15,000 free wash week is revenue given up (BA116), so $45,000 is money
    spent and the gap is 76,000 - 45,000 = $31,000. BA101 says the range is the car wash's as
    its name reads, of low confidence. Since BD2 of this round (part k) the fleet rep's
    $55,000 wins the 50 fleet accounts, selling that wins customers, which BA101 counts as it
    counts a brewery's wholesale rep (BB9 of round 59), in money as its gap is: (45,000 +
    55,000) ÷ 1,900,000 = 5.26%, shown 5.3%, so it warns, not fails (reworked by hand from
    "error", and from 6.1% with the free wash week, 2026-12-07). Since BG6 of the sixty-first
    round's re-review the free wash week is out of the revenue too, as it is out of the
    marketing: 4% × (1,900,000 − 15,000 = 1,885,000) = 75,400, the gap 75,400 − 45,000 =
    $30,400, and with the rep (45,000 + 55,000) ÷ 1,885,000 = 5.31%, still shown 5.3%."""
    (ba101,) = findings_in(profile_json(run_cli, _FIXTURES / "carwash.yaml"), "BA101")
    assert ba101["severity"] == "warning"
    assert "marketing in money and that selling come to 5.3%" in ba101["message"]
    assert "under the 4% minimum" in ba101["message"]
    assert (
        "for a car wash or detailer (held to an auto repair shop's figures)" in (ba101["message"])
    )
    assert "in revenue ($1,885,000), the gap is $30,400" in ba101["message"]


def test_the_client_report_says_car_wash_not_auto_repair_shop(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The HTML header had read "Sudz Express Car Wash FY2025 · Auto repair shop · USD" and its
    gauge "against the auto repair shop range"."""
    out = tmp_path / "carwash.html"
    run_cli("check", _FIXTURES / "carwash.yaml", "-o", f"html:{out}", "--exit-zero")
    page = out.read_text(encoding="utf-8").replace("&#39;", "'")
    assert f"FY2025 · {_LABEL} · USD" in page
    assert "against the car wash or detailer (held to an auto repair shop's figures) range" in page
    assert _REPAIR not in page
    assert "auto repair shop range" not in page


# -- which names are a car wash --------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Sudz Express Car Wash",
        "Wiggy Wash",
        "Sparkle Carwash",
        "Precision Auto Detailing",
        "Glow Auto Spa",
        "Mobile Detail Co",
    ],
)
def test_a_wash_or_a_detailer_by_its_name(name: str) -> None:
    """A wash, a carwash in one word, a detailer and an auto spa: held to the borrowed range
    under the car wash's label and read with no referral rule."""
    assert verticals.washes_cars(name)
    held = verticals.held_to("auto-repair", name)
    read = verticals.read_by("auto-repair", name)
    assert held is not None
    assert held.label == _LABEL
    assert read is not None
    assert read.trade == "car-wash"
    assert read.referral_rule is None
    assert read.referral_things is None


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Miller's Auto Repair", _REPAIR),
        ("Joe's Garage & Car Wash", _REPAIR),
        ("Car Wash & Auto Repair", _REPAIR),
        ("Washington Motors", _REPAIR),
        ("Wash Tire & Brake", _REPAIR),
        ("Main St Auto Body & Car Wash", "Collision repair shop"),
    ],
)
def test_a_shop_that_repairs_keeps_the_repair_shops_rule(name: str, label: str) -> None:
    """Near names that must not move: a repair shop, a wash that names a garage, repairs or
    tyres and brakes beside it (it takes in vehicles for repair, which §12110(c) reaches), a
    name that only begins with "Wash" (Washington), and a body shop with a wash (the collision
    trade, first). A lube or an oil change with no repair beside it ("Express Lube & Wash",
    "Valvoline Instant Oil Change", once here) is the `quick-lube` trade since the sixty-first
    round, part o (2026-12-07): whether §12110(c)'s "repair shop" reaches a shop that only
    changes oil could not be verified (tests/test_review61o.py)."""
    assert not verticals.washes_cars(name)
    held = verticals.held_to("auto-repair", name)
    read = verticals.read_by("auto-repair", name)
    assert held is not None
    assert held.label == label
    assert read is not None
    assert read.trade in (None, "collision")
    assert "§12110(c)" in (read.referral_rule or "")


def test_a_real_repair_shop_is_still_told_the_rule() -> None:
    """A repair shop paying tow drivers $25 a car: BA114 warns with California's Vehicle Code
    §12110(c); the same line at a car wash is no repair shop's payment and is not read so (a
    wash takes in no towed car). With no line paying for referrals and 40 of 100 customers by
    referral, the repair shop's banner still says the rule exists; the car wash's says
    nothing."""
    line = [
        {"name": "Google Ads", "spend": 30000},
        {"name": "Tow driver spiffs ($25/car)", "spend": 4000},
    ]
    sources = {"google": 60, "friend referral": 40}
    shop = _report(small_case("Miller's Auto Repair", "auto-repair", line, sources))
    (ba114,) = [f for f in shop.findings if f.rule == "BA114"]
    assert ba114.severity == "warning"
    assert "Vehicle Code §12110(c)" in ba114.message
    wash = _report(small_case("Sudz Express Car Wash", "auto-repair", line, sources))
    assert [f for f in wash.findings if f.rule == "BA114"] == []
    ads = [{"name": "Google Ads", "spend": 30000}]
    shop = _report(small_case("Miller's Auto Repair", "auto-repair", ads, sources))
    wash = _report(small_case("Sudz Express Car Wash", "auto-repair", ads, sources))
    assert referral_rule_said(shop) == (
        "Paying for referrals in your profession",
        "restricted; no line in this budget pays for referrals.",
        "",
    )
    assert referral_rule_said(wash) is None


def test_a_car_washs_refer_a_friend_credit_is_not_restricted() -> None:
    """A member credit of $10 for each friend referred ($4,000): lawful for a car wash, so no
    BA114 finding."""
    lines = [
        {"name": "Google Ads", "spend": 30000},
        {"name": "Refer-a-friend credits ($10 per member referred)", "spend": 4000},
    ]
    report = _report(
        small_case("Sudz Express Car Wash", "auto-repair", lines, {"google": 60, "friend": 40})
    )
    assert [f for f in report.findings if f.rule == "BA114"] == []
    assert report.industry is not None
    assert report.industry.referral_rule is None


def test_the_borrowed_top_is_no_ceiling_for_a_car_wash() -> None:
    """$70,000 of Google Ads on $1,000,000 is 7%: above the repair shop's 5.5%, which BA110
    tells a repair shop of; a car wash, whose trade's guideline (quoted second-hand) reaches 8%,
    is not held to it."""
    ads = [{"name": "Google Ads", "spend": 70000}]
    sources = {"google": 60, "friend referral": 40}
    shop = _report(small_case("Miller's Auto Repair", "auto-repair", ads, sources))
    wash = _report(small_case("Sudz Express Car Wash", "auto-repair", ads, sources))
    assert [f.rule for f in shop.findings if f.rule == "BA110"] == ["BA110"]
    assert [f.rule for f in wash.findings if f.rule == "BA110"] == []
    assert wash.industry is not None
    assert not wash.industry.high_is_ceiling


def test_a_car_wash_whose_name_does_not_say_it_declares_its_trade(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """`trade: car-wash` with `industry: auto-repair`: "Sudz Express" (no wash in the name) is
    labelled and read as a car wash; undeclared, the same name is a repair shop's."""
    data = yaml.safe_load((_FIXTURES / "carwash.yaml").read_text(encoding="utf-8"))
    data["business"]["name"] = "Sudz Express"
    path = tmp_path / "undeclared.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert profile_json(run_cli, path)["industry"]["label"] == _REPAIR
    data["business"]["trade"] = "car-wash"
    assert Profile.model_validate(data).business.trade == "car-wash"
    path = tmp_path / "declared.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    industry = profile_json(run_cli, path)["industry"]
    assert industry["label"] == _LABEL
    assert industry["referral_rule"] is None

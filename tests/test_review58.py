"""Mends of the fifty-eighth review round and its leftovers (2026-12-07), each test saying what
a person checked.

1. A contractor's "supply house", the trade's word for the distributor its parts and units are
   bought from, is cost of sales in home services and construction ("Parts - supply house" had
   read as office supplies by 'supply', overhead).
2. AZQ1 (a coach's review): a salon's 50 clients from Booksy "look free, no spend on it is
   listed" a few rows below its own "Booksy booking fees" line (GBP 1,800, read as operations).
   BA207 names the line and asks which it is: what Booksy charges for these clients, or only its
   software; `plan` says no spend is joined, not that none is listed.
3. AZQ7 (the same review): a café's one-off "Instagram promo flyers" stood in "Social media
   (organic)" with EUR 1,900, 44% of its acquisition spend; printed matter that names the
   platform it points to is print.
4. AZQ2 (the same review): a plumber's BA101 error and BA202 said no channel "can be shown to
   take more budget at a profit" beside Angi's leads at $192 a customer, 3.3× their worth.
   `plan` leaves a lead seller alone (more budget buys more leads at about the same price,
   which its curve cannot weigh), and both findings now name it and send the money there first.
5. AZQ8 (the same review): the plumber's one-off $3,500 van wrap, priced on this period's 15
   customers ($233.33, 2.7×), read as its dearest channel with no word that a wrap brings
   customers for years: the channel table's note says its CAC is a ceiling.
6. BA8 of the round's re-review: a Bristol boiler installer failed the check (exit 1) against
   home services' 5% floor, a US trade magazine's rule of thumb that the finding itself calls
   of low-medium confidence outside the US; under a range from another country, BA101 warns.
7. AZQ3's leftover (the re-review): at 390 px a key figure's note broke a setting's name
   anywhere ("customers.average_re / venue"); it may now break only after the name's dots.
8. BA3 of the re-review: a skincare brand scored 100 with no finding while its Meta and Google
   ads, 68% of its acquisition spend at 1.8×, bought their next customers at more than one is
   worth (only `plan` said so); BA205 says so as information.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.channels import _read_channel
from bizaudit.explain.economics import channel_notes
from bizaudit.io.checker import Options, check

from .conftest import COST, OVERHEAD, answer_in, finding_words, findings_by_subject, report_of

FIXTURES = Path(__file__).parent / "fixtures" / "review58"

# -- 1. a contractor's supply house ----------------------------------------------------------


@pytest.mark.parametrize("industry", ["home-services", "construction"])
@pytest.mark.parametrize(
    "name", ["Parts - supply house", "5010 Parts & equipment - supply house", "Supply houses"]
)
def test_parts_from_the_supply_house_are_cost_of_sales(industry: str, name: str) -> None:
    """What each job uses up, bought where the trade buys it."""
    assert answer_in(industry, name) == COST, name


@pytest.mark.parametrize("industry", [None, "restaurant", "home-services"])
def test_office_supplies_stay_overhead(industry: str | None) -> None:
    """The word 'supply' alone, or the office's supplies, still read as overhead; outside the
    trades a supply house is no term at all."""
    assert answer_in(industry, "Office supplies") == OVERHEAD
    assert answer_in(industry, "Cleaning supplies") == OVERHEAD
    if industry != "home-services":
        assert answer_in(industry, "Parts - supply house") == OVERHEAD


# -- 2. AZQ1: a marketplace's clients beside a line that names it ---------------------------


def _salon() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / "salon.yaml").read_text(encoding="utf-8"))
    return data


def test_ba207_names_the_line_that_holds_the_marketplaces_name() -> None:
    """Checked by a person: line 'Booksy booking fees' is in the profile, read as operations
    (Booksy sells salon booking software as well as new clients), so the finding cannot say
    no spend is listed; it names the line and both readings of it."""
    found = [f for f in report_of(_salon()).findings if f.rule == "BA207"]
    assert len(found) == 1
    said = finding_words(found[0])
    assert "no spend on it is listed" not in said
    assert "'Booksy booking fees' shares its words and was read as operations" in said
    assert "say 'kind: marketing' and 'channel: " in said
    assert "only its software or subscription" in said


def test_without_such_a_line_ba207_still_says_none_is_listed() -> None:
    """The same salon with the Booksy line left out: nothing names the marketplace, so its
    clients' cost is not listed at all, as before."""
    data = _salon()
    data["activities"] = [a for a in data["activities"] if "Booksy" not in a["name"]]
    (finding,) = findings_by_subject(report_of(data), "BA207").values()
    said = finding_words(finding)
    assert "no spend on it is listed: they look free" in said
    assert "shares its words" not in said


# -- 3. AZQ7: printed matter that names a platform ------------------------------------------


@pytest.mark.parametrize(
    ("name", "channel"),
    [
        ("Instagram promo flyers", "print"),
        ("Facebook event flyers", "print"),
        ("Postcards - Instagram giveaway", "direct-mail"),
        ("Door hangers with QR to our Instagram", "door-hangers"),
        # not printed: the platform's own side, or its ads, as before
        ("Instagram promo", "social-organic"),
        ("Instagram content", "social-organic"),
        ("Instagram ads flyers", "meta-ads"),
    ],
)
def test_printed_matter_naming_a_platform_is_print(name: str, channel: str) -> None:
    """What was bought decides the channel: flyers from a printer, ads from the platform."""
    assert _read_channel(name, None) == channel, name


# -- 4. AZQ2: leads bought at a price that already pays ---------------------------------------


def _plumber() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / "plumber.yaml").read_text(encoding="utf-8"))
    return data


def test_ba101_and_ba202_name_the_lead_seller_that_pays_at_its_price() -> None:
    """By hand: Angi's CAC is $4,800 ÷ 25 = $192; a customer is worth $650 × 55% × (1 + 0.45 +
    0.45² + 0.45³ + 0.45⁴) = $357.50 × 1.78463125 = $638.01 over five years; $638.01 ÷ $192 =
    3.32, so 3.3×, at or over the 3× rule of thumb. Local Services Ads ($150) is not named so: it is
    no lead seller `plan` leaves alone for its price, but a channel some of whose customers said
    only 'google'."""
    report = report_of(_plumber())
    (ba101,) = findings_by_subject(report, "BA101").values()
    said = finding_words(ba101)
    assert "no channel today can be shown to take more budget in proportion" in said
    assert "though Angi (Angie's List) sells leads at a price each" in said
    assert "($192 a customer, who is worth 3.3 times that)" in said
    assert "put it first into more leads from Angi (Angie's List) while they come" in said
    # Local Services Ads is no lead seller: since the fifty-ninth round (part q) it is named
    # apart, as held back for `plan`'s reason ($9,000 ÷ 60 = $150, 638.01 ÷ 150 = 4.25, said
    # 4.3 times, reworked by hand), never among those that "sell leads at a price each"
    assert "Google Local Services Ads sells" not in said
    assert "Google Local Services Ads, whose customers pay back as listed ($150" in said
    (ba202,) = findings_by_subject(report, "BA202").values()
    said = finding_words(ba202)
    assert "though Angi (Angie's List) sells leads at a price each" in said
    assert "more leads from Angi (Angie's List) pay while they come at that price" in said


def test_a_lead_seller_under_three_times_is_not_named() -> None:
    """Angi at $6,000 for the same 25: $240 a customer, $638.01 ÷ $240 = 2.66×, under the rule
    of thumb: the findings say, as before, that no channel can be shown to take more."""
    data = _plumber()
    for line in data["activities"]:
        if line["name"] == "Angi leads":
            line["spend"] = 6000
    (ba101,) = findings_by_subject(report_of(data), "BA101").values()
    said = finding_words(ba101)
    assert "no channel today can be shown to take more budget at a profit" in said
    assert "sells leads at a price each" not in said


# -- 5. AZQ8: a wrap bought once --------------------------------------------------------------


def _wrap_notes(data: dict[str, Any], folder: Path) -> list[str]:
    path = folder / "plumber.yaml"  # from a file: the channel names its lines by number
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    report, _ = check([path], Options())
    [wraps] = [c for c in report.profiles[0].channels if c.name == "Vehicle wraps"]
    assert wraps.cac is not None
    assert round(wraps.cac, 2) == Decimal("233.33")
    activities = report.profiles[0].activities
    return [" ".join(n.split()) for n in channel_notes(wraps, activities, "USD")]


def test_a_one_off_wrap_is_priced_as_a_ceiling(tmp_path: Path) -> None:
    """By hand: $3,500 ÷ 15 = $233.33 a customer this period, the whole price of a wrap that
    stays on the van for years: the note says the figure is a ceiling."""
    notes = _wrap_notes(_plumber(), tmp_path)
    assert any("bought once, it keeps bringing customers for years" in n for n in notes)
    assert any("a ceiling" in n for n in notes)


def test_a_wrap_paid_every_period_gets_no_such_note(tmp_path: Path) -> None:
    """A wrap leased or renewed each period (recurring) is this period's cost: no note."""
    data = _plumber()
    for line in data["activities"]:
        if line["name"] == "Van wraps":
            line["recurring"] = True
    assert not any("bought once" in n for n in _wrap_notes(data, tmp_path))


# -- 6. BA8: a range from another country is no floor to fail on -----------------------------


def test_a_range_from_another_country_warns_and_does_not_fail() -> None:
    """The UK heating firm (part t's fixture): marketing £38,700 of £1,180,000 = 3.28%, under
    home services' 5%, whose sources are American: BA101 warns, and the check passes (no
    error); a US firm under the same range still fails (an error)."""
    data = yaml.safe_load(
        (Path(__file__).parent / "fixtures" / "review58t" / "uk-heating.yaml").read_text(
            encoding="utf-8"
        )
    )
    report = report_of(data)
    [ba101] = [f for f in report.findings if f.rule == "BA101"]
    assert ba101.severity == "warning"
    assert "a rule of thumb from US sources" in ba101.message
    assert "marketing is 3.28% of revenue" in ba101.message
    data["business"]["currency"] = "USD"
    data["business"].pop("locale", None)
    [ba101] = [f for f in report_of(data).findings if f.rule == "BA101"]
    assert ba101.severity == "error"


# -- 7. a setting's name in a key figure's note breaks after its dots ---------------------------


def test_a_settings_name_breaks_only_after_its_dots() -> None:
    """Looked at in headless Chromium at 390 px (the café): "customers. / average_revenue with
    / gross_margin", where the page had split "average_re / venue". The filter escapes what it
    is given first, so markup in a note stays text."""
    from bizaudit.render.html import _breakable

    assert str(_breakable("needs a CAC and customers.average_revenue with gross_margin")) == (
        "needs a CAC and customers.<wbr>average_revenue with gross_margin"
    )
    assert str(_breakable("<b>x.y</b> 4.300,50 €")) == "&lt;b&gt;x.<wbr>y&lt;/b&gt; 4.300,50 €"


# -- 8. BA3: a channel whose next customer costs more than one is worth ------------------------


def test_ba205_says_where_the_next_customer_costs_more_than_one_is_worth() -> None:
    """The skincare brand (part x's fixture). By hand: Meta $215,000 ÷ 7,400 = $29.05 a
    customer on average, under the $53.33 one is worth (1.8×); by the plan's curve (0.5) the
    next costs $29.05 ÷ 0.5 = $58.11, more than $53.33. Google $62,000 ÷ 2,100 = $29.52, next
    $59.05. Information: the curve is an assumption. A channel at 2× or more (its next at or
    under the worth) gets nothing."""
    data = yaml.safe_load(
        (Path(__file__).parent / "fixtures" / "review58x" / "dtc.yaml").read_text(encoding="utf-8")
    )
    found = findings_by_subject(report_of(data), "BA205")
    meta = found["Facebook and Instagram ads (Meta)"]
    assert meta.severity == "info"
    said = finding_words(meta)
    assert "costs $29.05 on average ($215,000 ÷ 7,400 customers), under the $53.33" in said
    # ...more than $53.33 at the stated 52%, after Amazon's commissions, but under the $60.48
    # one is worth at the books' 59% before them (68 × 0.5897 × 1.5083), which Meta's
    # customers who do not buy through Amazon do not pay: about break-even (CK2 of a quick
    # check of the round's late changes, worked by hand in tests/test_review59y.py)
    assert "the next one costs about $58.11: more than $53.33" in said
    assert "about break-even at the next customer" in said
    assert "the next one costs about $59.05" in finding_words(found["Google Ads"])
    assert set(found) == {"Facebook and Instagram ads (Meta)", "Google Ads"}

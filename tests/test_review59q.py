"""Mends of the fifty-ninth round, part q (2026-12-07): what the owner reads in `check` should
not need `plan`, and one ratio a label. Each test says what a person checked by hand.

1. AZQ1's leftover (the fifty-eighth round's re-review, a coach's reading of a salon): BA207
   names the "Booksy booking fees" line, but BA202 still counted Booksy's 50 clients among
   "80 of the 150 came through channels nothing is spent on", and the report gave 82.0× in the
   terminal, 47.3× on the HTML card and 31.5× in the HTML score table. BA202 now names the
   line as BA207 does; the ratio the score judges by, 31.5×, is said under the words the score
   gives it ("for a customer whose cost is listed") in every format: text, JSON, HTML and
   Markdown.
2. AZQ2's leftover (the same re-review, a plumber): why Google Local Services Ads is held back
   was said only in `plan`. BA101 and BA202 now give the reason in `plan`'s own words.
3. v's leftover: "dearest" in findings' advice is "most expensive" (or "costliest").
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from bizaudit.cli import app
from bizaudit.io.checker import Options, check
from bizaudit.render import markdown
from bizaudit.render.html import render as html_render

from .conftest import finding_words, findings_by_subject, report_of
from .test_rules import _found, _two_channel_brand

FIXTURES = Path(__file__).parent / "fixtures" / "review59q"
EXAMPLES = Path(__file__).parent.parent / "examples"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _words(data: dict[str, Any], rule: str) -> str:
    [finding] = findings_by_subject(report_of(data), rule).values()
    return finding_words(finding)


# -- 1. AZQ1: the salon's Booksy clients and its ratios ----------------------------------------


def test_ba202_does_not_count_booksy_among_the_channels_nothing_is_spent_on() -> None:
    """By hand, from salon.yaml: 260 new customers, 110 by word of mouth (referrals), so 150
    are judged: 70 from 'instagram' (joined to line 17, Instagram ads, GBP 2,400), 30 walk-ins
    (no spend) and 50 from 'booksy', whose channel has no spend joined though line 19, "Booksy
    booking fees" (GBP 1,800), read as operations, holds its name. So 30 of the 150, not 80,
    came through a channel nothing is spent on, and the 50 are named with the line, as BA207
    names it."""
    said = _words(_load("salon.yaml"), "BA202")
    assert "80 of the 150" not in said
    assert "an average: 30 of the 150 came through channels nothing is spent on" in said
    assert (
        "50 came through Booking and deal marketplaces (StyleSeat, ClassPass, Groupon), a paid "
        "channel no spend is joined to, though 'Booksy booking fees', read as operations, "
        "shares its name (BA207): counted here at no cost, which they may not be"
    ) in said
    # BA207 says the same of the line
    ba207 = _words(_load("salon.yaml"), "BA207")
    assert "'Booksy booking fees' shares its words and was read as operations" in ba207


def test_without_a_line_that_names_booksy_its_clients_stay_among_the_unpaid() -> None:
    """The near case: the same salon with line 19 named "Salon software subscription" (no
    word of Booksy's). No line names the channel, so its 50 clients are, as listed, of a
    channel nothing is spent on: 30 + 50 = 80 of the 150."""
    data = _load("salon.yaml")
    data["activities"][5]["name"] = "Salon software subscription"
    said = _words(data, "BA202")
    assert "an average: 80 of the 150 came through channels nothing is spent on" in said
    assert "shares its name" not in said


def _salon_report() -> Any:
    report, _ = check([FIXTURES / "salon.yaml"], Options())
    return report


def test_the_ratio_the_score_judges_by_has_one_label_in_every_format() -> None:
    """By hand: the lifetime value is GBP 420 × 65% × (1 + 0.7 + 0.49 + 0.343 + 0.2401) =
    273 × 2.7731 = 757.06. Over all 260 new customers the CAC is 2,400 ÷ 260 = 9.23 (82.0×);
    excluding the 110 referrals, 2,400 ÷ 150 = 16 (47.3×); leaving out the 50 from Booksy too,
    whose cost is not listed, 2,400 ÷ 100 = 24, and 757.06 ÷ 24 = 31.5×, the figure the score
    judges by. Each figure carries one label, in the terminal's basis and JSON, the HTML card
    and table, and Markdown; the score's part says 31.5× under the same words."""
    report = _salon_report()
    [p] = report.profiles
    e = p.economics
    assert round(e.ltv_to_cac.value, 1) == Decimal("82.0")
    assert round(e.ltv_to_non_referral_cac.value, 1) == Decimal("47.3")
    assert e.ltv_to_listed_cac is not None
    assert round(e.ltv_to_listed_cac, 1) == Decimal("31.5")
    listed = "31.5× for a customer whose cost is listed"
    assert (
        f"£757.06 LTV ÷ £16 CAC excluding referrals; {listed} (£757.06 LTV ÷ £24, the same "
        "spend over the 100 new customers left), as the score judges it: without the 50 new "
        "customers who came through paid channels no spend is joined to (BA207)"
    ) == e.ltv_to_non_referral_cac.basis
    # the all-customer ratio's basis does not carry it: one figure, one label
    assert "31.5" not in e.ltv_to_cac.basis
    [part] = [c for c in p.score_components if c.name == "customer economics"]
    assert part.basis.startswith("a customer whose cost is listed is worth 31.5× what it costs")
    assert "47.3× counting the 50 new customers from paid channels no spend is joined to" in (
        part.basis
    )
    # JSON
    data = json.loads(
        CliRunner().invoke(app, ["check", str(FIXTURES / "salon.yaml"), "-f", "json"]).stdout
    )
    economics = data["profiles"][0]["economics"] if "profiles" in data else data["economics"]
    assert round(economics["ltv_to_listed_cac"], 1) == 31.5
    assert listed in economics["ltv_to_non_referral_cac"]["basis"]
    # Markdown: its own row
    md = markdown.render(report)
    assert (
        "| LTV ÷ CAC for a customer whose cost is listed | 31.5× | at least 3×, as the score "
        "judges it (BA207) |"
    ) in md
    assert "| LTV ÷ CAC excluding referrals | 47.3× |" in md
    assert "| LTV ÷ CAC | 82.0× |" in md
    # HTML: the card's note and the basis table
    page = " ".join(str(html_render(report)).split())
    assert f"at least 3×; {listed}, as the score judges it (BA207); 82.0× over every new" in (page)
    assert f"{listed} (£757.06 LTV ÷ £24" in page


def test_no_ratio_for_a_customer_whose_cost_is_listed_where_every_cost_is() -> None:
    """The plumber's paid channels all have their spend joined (Google LSA, Angi, the wrap):
    no customer is set aside, so no third ratio is said anywhere."""
    report, _ = check([FIXTURES / "plumber.yaml"], Options())
    [p] = report.profiles
    assert p.economics.ltv_to_listed_cac is None
    assert "whose cost is listed" not in p.economics.ltv_to_non_referral_cac.basis
    assert "whose cost is listed" not in markdown.render(report)


# -- 2. AZQ2: why Google Local Services Ads is held back, in the check report -------------------


def _plan_reason(path: Path, channel: str) -> str:
    result = CliRunner().invoke(app, ["plan", str(path), "-f", "json"])
    [reason] = [
        c["left_alone"] for c in json.loads(result.stdout)["channels"] if c["name"] == channel
    ]
    assert isinstance(reason, str)
    return reason


def test_the_check_report_says_why_local_services_ads_is_held_back_as_plan_does() -> None:
    """By hand, from plumber.yaml: Google Local Services Ads, $9,000 over its 60 customers, is
    $150 a customer; the lifetime value is $650 × 55% × (1 + 0.45 + 0.2025 + 0.091125 +
    0.041006) = 357.50 × 1.784631 = $638.01, so it is worth 638.01 ÷ 150 = 4.25, said 4.3
    times that, over the 3× rule of thumb. `plan` leaves it alone because 90 customers said
    only 'google'. BA101 (the error) and BA202 now give that reason in `plan`'s own words;
    Angi ($4,800 ÷ 25 = $192, 3.3×) is named as before."""
    reason = _plan_reason(FIXTURES / "plumber.yaml", "Google Local Services Ads")
    assert reason.startswith("customers who said only 'google' were counted in Organic search")
    held = (
        "Google Local Services Ads, whose customers pay back as listed ($150 a customer, who is "
        f"worth 4.3 times that), is held back ({reason})"
    )
    data = _load("plumber.yaml")
    for rule in ("BA101", "BA202"):
        said = _words(data, rule)
        assert held in said, rule
        assert "Angi (Angie's List) sells leads at a price each" in said, rule
        assert "($192 a customer, who is worth 3.3 times that)" in said, rule


def test_a_held_back_channel_under_the_rule_of_thumb_is_not_named() -> None:
    """The near case: the same plumber with $13,000 on Local Services Ads, $216.67 a customer,
    worth 638.01 ÷ 216.67 = 2.94 times that, under 3×: it does not already pay back by the
    rule of thumb, so neither finding names it (plan still gives its reason)."""
    data = _load("plumber.yaml")
    [lsa] = [a for a in data["activities"] if a["name"] == "Google Local Services Ads"]
    lsa["spend"] = 13000
    report = report_of(data)
    for f in report.findings:
        assert "Google Local Services Ads, whose customers" not in finding_words(f), f.rule


# -- 3. v's leftover: "dearest" ---------------------------------------------------------------


def test_ba201_names_the_most_expensive_channel_in_plain_words() -> None:
    """A brand's Meta ads, 200,000 ÷ 4,000 = $50 a customer, against Google's 50,000 ÷ 2,000 =
    $25: BA201's advice starts with Meta, "the most expensive channel", not "the dearest"."""
    [ba201] = _found("BA201", _two_channel_brand())
    assert "starting with the most expensive channel: Facebook and Instagram ads (Meta), $50" in (
        ba201.advice
    )
    assert "dearest" not in ba201.advice


def test_no_finding_an_owner_reads_says_dearest() -> None:
    """Every example profile and this round's two: no finding's message or advice says
    "dearest"."""
    paths = sorted(EXAMPLES.glob("*.yaml")) + sorted(FIXTURES.glob("*.yaml"))
    report, _ = check(paths, Options())
    for p in report.profiles:
        for f in p.findings:
            assert "dearest" not in finding_words(f).lower(), (p.path, f.rule)

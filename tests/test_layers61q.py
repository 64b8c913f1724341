"""The sixty-first round, part q (2026-12-07): the words and the amounts in their layer.

Two places broke the layers (docs/architecture.md: core computes typed results with their
operands, explain turns them into words, render only lays them out):

1. The HTML report worked out the money a finding is about from the report's figures, redoing
   BA110's arithmetic (the marketing above the top of the industry's range) and BA205's (a
   channel's spend beyond what its customers are worth). The report now carries both, as it
   carries BA101's gap: ``metrics.marketing_excess`` and a channel's ``beyond_worth`` (a JSON
   addition), filled by explain from the findings' own figures; the page reads them.
2. ``core.channels.paid_per_result`` returned English sentences, and the join of the RFQ/RFP
   pursuits composed "'A' and 'B' pay for the proposals". The core now gives a code with its
   operands (``PerResult``; ``Channel.proposals``), and explain words them, in the same words.

Nothing a person reads changed: the outputs of every example and fixture were compared byte
for byte before and after (only the JSON's two new keys differ)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.core.channels import PerResult, paid_per_result
from bizaudit.core.metrics import compute
from bizaudit.core.plan import LeftAlone, left_alone
from bizaudit.explain.left_alone import left_alone_words, per_result_words
from bizaudit.io.checker import Options, check, load_profile
from bizaudit.render.html.view import money_at_stake

from .conftest import RunCli, findings_in, profile_json, small_case
from .test_plan import channel

FIXTURES = Path(__file__).parent / "fixtures"


def _bistro(google_customers: int) -> dict[str, object]:
    """A restaurant (range 3-6% of sales, data/verticals.toml) on $1,000,000 that spends
    $200,000 on Google Ads, whose customers name Google Ads or a referral."""
    profile = small_case(
        "Harbour Bistro",
        "restaurant",
        [{"name": "Google Ads", "spend": 200000}],
        {"Google Ads": google_customers, "Referral": 100 - google_customers},
    )
    profile["version"] = 1
    return profile


def _written(tmp_path: Path, profile: dict[str, object]) -> Path:
    path = tmp_path / "bistro.yaml"
    path.write_text(yaml.safe_dump(profile, sort_keys=False), encoding="utf-8")
    return path


def _stakes(path: Path) -> dict[str, tuple[Decimal, str] | None]:
    """The money the HTML tags each finding with, by rule (the last of a rule's)."""
    report, _ = check([path], Options())
    [p] = report.profiles
    return {f.rule: money_at_stake(f, p) for f in p.findings}


def test_ba110_excess_is_the_reports_and_the_page_reads_it(run_cli: RunCli, tmp_path: Path) -> None:
    """BA110: marketing $200,000 ÷ revenue $1,000,000 = 20%, above the restaurant range's 6%
    top; reaching it takes out 200,000 − 6% × 1,000,000 = $140,000 a period. The report
    carries it as ``metrics.marketing_excess`` and the page's tag is that figure."""
    path = _written(tmp_path, _bistro(40))
    profile = profile_json(run_cli, path)
    assert findings_in(profile, "BA110")
    assert profile["metrics"]["marketing_excess"] == "140000"
    assert _stakes(path)["BA110"] == (
        Decimal("140000"),
        "a period above the top of the industry's range",
    )


def test_ba110_excess_is_null_without_the_finding(run_cli: RunCli, tmp_path: Path) -> None:
    """Near: $50,000 of Google Ads is 5%, within 3-6%: no BA110, no excess (null)."""
    profile = _bistro(40)
    profile["activities"][0]["spend"] = 50000  # type: ignore[index]
    found = profile_json(run_cli, _written(tmp_path, profile))
    assert not findings_in(found, "BA110")
    assert found["metrics"]["marketing_excess"] is None


def test_ba205_beyond_worth_is_the_reports_and_the_page_reads_it(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """BA205: a customer is worth $3,000 × 50% × (1 + 0.6 + 0.36 + 0.216 + 0.1296 = 2.3056
    years within 5 at 60% retention) = $3,458.40; Google Ads' 40 customers are worth
    40 × 3,458.40 = $138,336, so it spent 200,000 − 138,336 = $61,664 beyond their worth. The
    report carries it on the channel (``beyond_worth``); the referrals' channel, which costs
    nothing, carries none, and the page's tag is the figure."""
    path = _written(tmp_path, _bistro(40))
    profile = profile_json(run_cli, path)
    assert profile["economics"]["ltv"]["value"] == "3458.4"
    assert findings_in(profile, "BA205")
    channels = {c["name"]: c for c in profile["channels"]}
    assert channels["Google Ads"]["beyond_worth"] == "61664"
    assert channels["Referrals and word of mouth"]["beyond_worth"] is None
    assert _stakes(path)["BA205"] == (
        Decimal("61664"),
        "spent beyond what its customers are worth",
    )


def test_ba205_under_twenty_customers_names_no_amount(run_cli: RunCli, tmp_path: Path) -> None:
    """Near: on 19 customers ($200,000 ÷ 19 = $10,526.32 each, dearer than $3,458.40) BA205
    says what one costs is not yet known (fewer than the 20 `plan` needs): no amount, in the
    report or on the page."""
    path = _written(tmp_path, _bistro(19))
    profile = profile_json(run_cli, path)
    assert findings_in(profile, "BA205")
    google = next(c for c in profile["channels"] if c["name"] == "Google Ads")
    assert google["beyond_worth"] is None
    assert _stakes(path)["BA205"] is None


# 2. The reasons of a price per result: a code in core, the same words from explain


def test_a_marketplaces_commission_is_a_code_with_the_same_words() -> None:
    """No spend of its own but $1,200 of commissions: core says "marketplace", and explain
    says what the core used to."""
    fees = channel("Etsy", 0, 40)._replace(fees=Decimal(1200))
    assert paid_per_result(fees) == PerResult("marketplace")
    assert per_result_words(PerResult("marketplace")) == (
        "a marketplace keeps a commission on each sale, and most of its customers find the "
        "listing on their own: its customers are not what its ad budget buys"
    )


@pytest.mark.parametrize(
    ("name", "expected", "words"),
    [
        (
            "Chamber membership dues",
            PerResult("fixed-fee"),
            "its spend is a fixed fee or dues (a programme's participation fee, a membership, "
            "a flat listing): it buys a place, not a budget that more money would stretch",
        ),
        (
            "Referral fees to partners",
            PerResult("per-result-fees"),
            "its spend is fees or commissions paid per referral, sale, closing or appointment: "
            "more budget does not bring more customers (recruit more, or change the rate, "
            "instead)",
        ),
        # near: an ordinary ad budget is no price per result
        ("Local radio spots", None, None),
    ],
)
def test_a_price_per_result_is_a_code(
    name: str, expected: PerResult | None, words: str | None
) -> None:
    """A fixed fee, fees paid per referral, and an ad budget (none): the code, then the words
    `plan` gives for it, through LeftAlone."""
    found = paid_per_result(channel(name, 6000, 30))
    assert found == expected
    why = left_alone(channel(name, 6000, 30), 20)
    if words is None:
        assert why is None or why.why != "per-result"
        return
    assert why == LeftAlone("per-result", per_result=expected)
    assert left_alone_words(why) == words


def test_most_of_the_spend_per_result_is_said_so() -> None:
    """$4,000 of commissions of $6,000 (two thirds, at least half): "most of its spend is"."""
    base = channel("Door-to-door commissions", 4000, 30)
    housing = channel("Door-to-door housing", 2000, 0).activities[0]._replace(position=1)
    both = base._replace(activities=(*base.activities, housing), spend=Decimal(6000))
    found = paid_per_result(both)
    assert found == PerResult("per-result-fees", most=True)
    assert per_result_words(found).startswith("most of its spend is fees or commissions paid")


def test_vocabulary_words_stay_data() -> None:
    """A reason the channel vocabulary gives (its ``per_result`` or ``not_bought``) is data
    from the TOML file: carried as the code's text and said as it is."""
    reason = PerResult("vocabulary", "a network sends patients at the tariff it sets")
    assert per_result_words(reason) == "a network sends patients at the tariff it sets"
    joined = PerResult("judged-with", "it charges per booking", "OpenTable")
    assert per_result_words(joined) == (
        "it is judged with OpenTable, which charges per booking: name each source apart to "
        "plan the rest"
    )


def test_the_proposals_note_is_worded_by_explain(run_cli: RunCli) -> None:
    """BB5 of the fifty-ninth round's architecture firm: its two proposal lines join the RFQ/RFP
    pursuits. The core channel keeps their names (``proposals``) and no sentence; the report
    says "'6010 ...' and '6130 ...' pay for the proposals" before the vocabulary's note, as the
    core's sorted notes had it (a quote sorts before a letter)."""
    path = FIXTURES / "review59a" / "architecture.yaml"
    _, parsed = load_profile(path, Options().limits)
    facts = compute(parsed)
    [pursuits] = [c for c in facts.by_channel if c.key == "rfp-pursuits"]
    assert pursuits.proposals == (
        "6010 Salaries:Marketing coordinator (proposals)",
        "6130 Proposal printing & interview boards",
    )
    assert "proposals" not in pursuits.joined_by
    profile: dict[str, Any] = profile_json(run_cli, path)
    [shown] = [c for c in profile["channels"] if c["name"].startswith("RFQ/RFP")]
    assert shown["joined_by"] == (
        "'6010 Salaries:Marketing coordinator (proposals)' and '6130 Proposal printing & "
        "interview boards' pay for the proposals; the channel vocabulary"
    )


def test_a_channel_of_another_kind_of_customer_is_tagged_with_no_loss(run_cli: RunCli) -> None:
    """BA205 on the sixtieth round's carwash (tests/fixtures/review60i): its fleet accounts,
    $55,000 ÷ 50 = $1,100 an account, are another kind of customer than the $275.06 lifetime
    value is of, so "whether this channel pays back is not known here" (information). The page
    had tagged it "$41,247 spent beyond what its customers are worth" (55,000 − 50 × 275.06 =
    41,247), the loss the finding says is not known; the report carries no amount for it, and
    the page names none."""
    path = FIXTURES / "review60i" / "carwash.yaml"
    profile = profile_json(run_cli, path)
    [ba205] = findings_in(profile, "BA205")
    assert "whether this channel pays back is not known here" in ba205["message"]
    fleet = next(c for c in profile["channels"] if c["name"] == "fleet accounts")
    assert (fleet["spend"], fleet["customers"]) == ("55000", 50)
    assert fleet["beyond_worth"] is None
    assert _stakes(path)["BA205"] is None

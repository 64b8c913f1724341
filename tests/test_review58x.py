"""The fifty-eighth round's re-review, part x (2026-12-07): one figure per channel, one word per
warned line.

BA2 (dtc.yaml): the key figures say Amazon's $124,000 of commissions are in the stated 52%
margin already and count them once, but the channel table still priced Amazon with them,
(89,800 + 124,000) ÷ 11,200 = $19.09, 2.8×, under the rule of thumb, a few lines away. Where
the stated margin is after the commissions a channel's CAC no longer adds them (nor `plan`'s);
where it cannot be told, the figure keeps them and its note says so.

BA6 (homecare.yaml): BA114 warns about lines 19 and 27 and only asks about lines 21 and 29 (its
words: "may pay for referrals", "does not say who pays"; core.referrers.asked_lines). BA102 had
said "warns about" of line 29, and BA110 "the 2 lines BA114 warns about" ($9,600) beside four
BA114 findings, naming none. BA102 now says "asks about" of line 29, as the channel table and
`plan` do, and BA110 names the two lines it leaves out and the two it keeps until answered.

Every figure is worked out by hand in the docstrings; near cases that must not move are named.
The profiles are the reviewer's, unchanged (tests/fixtures/review58x/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .conftest import RunCli, WriteProfile, channel_in

_FIXTURES = Path(__file__).parent / "fixtures" / "review58x"
_DTC = _FIXTURES / "dtc.yaml"
_HOMECARE = _FIXTURES / "homecare.yaml"

_LIAISON = "6010 Liaison mileage & lunches for case managers"
_PLACEMENT = "6020 A Place for Mom - placement fees"
_THANKS = "6050 Client referral thank-you - $100 Visa gift card"
_BASKETS = "6060 Holiday gift baskets - SNF social workers"


def _profile(run_cli: RunCli, path: Path | str) -> dict[str, Any]:
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    return report["profiles"][0]  # type: ignore[no-any-return]


def _words(text: str) -> str:
    return " ".join(text.split())


def _findings(profile: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in profile["findings"] if f["rule"] == rule]


def _variant(write_profile: WriteProfile, path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text
    return write_profile(text.replace(old, new))


# -- BA2: the channel table counts a commission once, as the key figures do ----------------


def test_amazons_cac_leaves_out_the_commissions_the_margin_carries(run_cli: RunCli) -> None:
    """By hand: Amazon's spend is the PPC $88,000 + Vine $1,800 = $89,800 for the 11,200 who
    named it: 89,800 ÷ 11,200 = $8.0179, "$8.02" (was (89,800 + 124,000) ÷ 11,200 = $19.09).
    The stated 52% is the margin after the commissions: (1,850,000 − 205,000 taken out − 678,000
    cost of sales) ÷ 1,850,000 = 52.3%, against 59% before them (the key figures' own words).
    LTV $53.33 ÷ $8.0179 = 6.65, "6.7×" (was 2.8×), over the 3× rule of thumb. The commissions
    stay in `fees`, with `fees_netted` "after"; the spend column no longer shows them."""
    profile = _profile(run_cli, _DTC)
    amazon = channel_in(profile, "Amazon")
    assert (amazon["spend"], amazon["customers"], amazon["cac"]) == ("89800", 11200, "8.02")
    assert round(amazon["ltv_to_cac"], 1) == 6.7
    assert (amazon["fees"], amazon["fees_netted"]) == ("124000", "after")
    # the key figures say the same of the same $124,000
    assert (
        "are in the stated 52% margin already: not counted again here"
        in (profile["economics"]["cac"]["basis"])
    )
    terminal = _words(run_cli("check", _DTC, "--exit-zero").stdout)
    assert "$19.09" not in terminal
    assert "$124,000 fees" not in terminal
    assert (
        "Amazon: its $124,000 of commissions (line 19), taken out of revenue, are in the stated "
        "margin already, as the key figures count them: not counted again in its CAC."
    ) in terminal
    # the marketplace's own caveat stays, now a floor alone: its buyers are all who named it
    assert "its CAC divides its spend by all of them, so it is a floor" in terminal
    assert "neither a ceiling nor a floor" not in terminal
    # ...and cheapest first among the priced: Amazon at $8.02, then the influencers at
    # 18,000 ÷ 1,500 = $12
    order = [c["name"] for c in profile["channels"] if c["cac"] not in (None, "0")]
    assert order[:2] == ["Amazon", "Influencers and creators"]


def test_plan_values_amazon_as_the_check_does(run_cli: RunCli) -> None:
    """`plan` leaves Amazon alone (a marketplace), and now gives it the check's price,
    89,800 ÷ 11,200 = $8.02, not $19.09; Meta and Google keep theirs, 215,000 ÷ 7,400 = $29.05
    and 62,000 ÷ 2,100 = $29.52 (no commissions of theirs)."""
    made = json.loads(run_cli("plan", _DTC, "-f", "json").stdout)
    channels = {c["name"]: c for c in made["channels"]}
    assert channels["Amazon"]["cac"] == "8.02"
    assert channels["Facebook and Instagram ads (Meta)"]["cac"] == "29.05"
    assert channels["Google Ads"]["cac"] == "29.52"


def test_where_it_cannot_be_told_the_cac_keeps_the_commissions_and_says_so(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The same books said to be only some accounts' spending (`spending: partial`): the
    listed costs cannot tell whether the 52% is after the commissions, so the table keeps
    today's figure, (89,800 + 124,000) ÷ 11,200 = $19.0893, "$19.09", and its note says why
    (the commission line is line 20 here, one line below the reviewer's, for the one added)."""
    path = _variant(write_profile, _DTC, "  months: 12\n", "  months: 12\n  spending: partial\n")
    amazon = channel_in(_profile(run_cli, path), "Amazon")
    assert (amazon["cac"], amazon["fees_netted"]) == ("19.09", "unknown")
    terminal = _words(run_cli("check", path, "--exit-zero").stdout)
    assert (
        "its CAC counts $124,000 of commissions (line 20) (whether the stated margin or lifetime "
        "value is after them cannot be told: counted here, the worse of the two)"
    ) in terminal


def test_a_margin_stated_before_the_commissions_keeps_them_in_the_cac(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Near case: a stated 63% is the books' margin before the commissions, (1,850,000 −
    678,000) ÷ 1,850,000 = 63.35%, against 52.27% and (1,645,000 − 678,000) ÷ 1,645,000 =
    58.78% after them, the nearest 4.2 points away: each customer's margin does not carry
    them, so Amazon's CAC adds them, (89,800 + 124,000) ÷ 11,200 = $19.09, with no word of
    doubt."""
    path = _variant(write_profile, _DTC, "gross_margin: 52%", "gross_margin: 63%")
    amazon = channel_in(_profile(run_cli, path), "Amazon")
    assert (amazon["cac"], amazon["fees_netted"]) == ("19.09", "before")
    terminal = _words(run_cli("check", path, "--exit-zero").stdout)
    assert "cannot be told" not in terminal
    assert "its CAC counts $124,000 of commissions (line 19), charged on every order" in terminal


# -- BA6: one word for each line BA114 names ------------------------------------------------


def test_each_ba114_line_is_warned_or_asked_alike_everywhere(run_cli: RunCli) -> None:
    """BA114 names four lines; its words warn about 19 ($7,200, meals for case managers) and
    27 ($2,400, Visa cards to clients who refer), and ask about 21 ($31,000, a placement fee
    silent on who pays) and 29 ($1,800, baskets for social workers: "may pay"). The channel
    table's `asked`, BA102, BA110 and `plan` now all say so of the same lines."""
    profile = _profile(run_cli, _HOMECARE)
    by_line = {f["line"]: f["message"] for f in _findings(profile, "BA114")}
    assert sorted(by_line) == [19, 21, 27, 29]
    assert "may pay for referrals" in by_line[29]
    assert "does not say who pays" in by_line[21]
    assert "' pays for referrals, which your profession's rules restrict" in by_line[19]
    assert "' pays for referrals, which your profession's rules restrict" in by_line[27]
    asked = sorted(line for c in profile["channels"] for line in c["asked"])
    assert asked == [21, 29]
    (ba102,) = _findings(profile, "BA102")
    assert f"through '{_BASKETS}', which BA114 asks about" in ba102["message"]
    assert f"through '{_THANKS}', which BA114 warns about" in ba102["message"]
    assert f"'{_BASKETS}', which BA114 warns about" not in ba102["message"]
    assert ba102["advice"].startswith(
        f"stop the payments BA114 warns about, have '{_BASKETS}' checked, as BA114's finding "
        "asks, and build the relationship only with"
    )
    made = json.loads(run_cli("plan", _HOMECARE, "-f", "json").stdout)
    why = {c["name"]: c["left_alone"] for c in made["channels"]}
    assert why["Holiday gift baskets - SNF social workers"].startswith(
        f"its spend on '{_BASKETS}' may pay, in whole or in part, for referrals, which BA114 "
        "asks about"
    )
    assert why["Referrals and word of mouth"].startswith(
        f"its spend on '{_THANKS}' pays, in whole or in part, for referrals your"
    )


def test_ba110_names_the_lines_it_leaves_out_and_those_it_keeps(run_cli: RunCli) -> None:
    """By hand: marketing and sales as listed 132,900 ÷ 2,600,000 = 5.11%, "5.1%", above the
    3–5% range. Without the two lines BA114 warns about, 7,200 + 2,400 = $9,600: 123,300 ÷
    2,600,000 = 4.74%, "4.7%", within it. The two it only asks about, 31,000 + 1,800 = $32,800,
    stay in the share until answered, and are named as such (the reviewer's 3.5% would take
    them out on a question).

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): the words say plainly
    that the 4.7% counts them, with the share without them beside it: (123,300 − 32,800) ÷
    2,600,000 = 90,500 ÷ 2,600,000 = 3.48%, "3.5%"."""
    (ba110,) = _findings(_profile(run_cli, _HOMECARE), "BA110")
    assert ba110["severity"] == "info"
    assert ba110["message"].startswith("marketing and sales is 5.1% of revenue, above the 3–5%")
    assert (
        f"only as listed: without the $9,600 spent on the 2 lines BA114 warns about "
        f"('{_LIAISON}' and '{_THANKS}'), which the law may forbid, marketing and sales is 4.7% "
        f"of revenue (that 4.7% counts the $32,800 on '{_PLACEMENT}' and '{_BASKETS}', which "
        "BA114 only asks about, until they are answered; without them too, 3.5%), within the "
        "range"
    ) in ba110["message"]


def test_a_gift_card_to_the_social_workers_is_warned_about_everywhere(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Near name: "Holiday gift cards - SNF social workers" is a gift card, which BA114 warns
    about (no question): BA102 says "warns about" of it, the channel table asks about only line
    21, and BA110 leaves it out too: 7,200 + 2,400 + 1,800 = $11,400; (132,900 − 11,400) ÷
    2,600,000 = 4.67%, "4.7%"; only the $31,000 placement fee stays in until answered.

    Reworked by hand in part w of the fifty-ninth round (2026-12-07): said plainly as in the
    4.7%, and without it too, (121,500 − 31,000) ÷ 2,600,000 = 90,500 ÷ 2,600,000 = 3.48%,
    "3.5%"."""
    cards = "6060 Holiday gift cards - SNF social workers"
    path = _variant(write_profile, _HOMECARE, _BASKETS, cards)
    profile = _profile(run_cli, path)
    assert sorted(line for c in profile["channels"] for line in c["asked"]) == [21]
    (ba102,) = _findings(profile, "BA102")
    assert f"through '{cards}', which BA114 warns about" in ba102["message"]
    assert "checked, as BA114's finding asks" not in ba102["advice"]
    (ba110,) = _findings(profile, "BA110")
    assert (
        f"without the $11,400 spent on the 3 lines BA114 warns about ('{_LIAISON}', '{_THANKS}' "
        f"and '{cards}'), which the law may forbid, marketing and sales is 4.7% of revenue "
        f"(that 4.7% counts the $31,000 on '{_PLACEMENT}', which BA114 only asks about, until "
        "it is answered; without it too, 3.5%)"
    ) in ba110["message"]

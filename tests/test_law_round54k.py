"""The fifty-fourth round's leftovers, part k (2026-12-07): channels and commissions.

1. BA202's message, the score's explanation and the HTML cards still called every commission
   taken out of revenue "commissions marketplaces kept" where part of them is a restricted
   commission BA121 warns about (a charter company's commissions to corporate travel
   managers). They now name the two parts apart, as the CAC's words do since part f.
2. AU11, a pet crematory: the 1,150 families the vet clinics sent were all credited to the
   forbidden fee per pet, and the lawful lunch-and-learns for the same clinics read "no
   customers" (BA206); the CAC excluding referrals took the fee out but not the lunches.

Every figure is worked out by hand in the docstrings; near names that stay silent are named."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .conftest import RunCli, WriteProfile
from .test_law_round54c import _CTM, _charter, _yaml

_FIXTURES = Path(__file__).parent / "fixtures" / "r54k"


def _profile(run_cli: RunCli, path: Path | str) -> dict[str, Any]:
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    return report["profiles"][0]  # type: ignore[no-any-return]


# -- 1: BA202, the score and the HTML cards name the restricted commission apart -----------


def test_ba202_names_the_restricted_commission_apart_from_the_marketplaces(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The charter of tests/test_law_round54c.py: LTV $6,489.05, CAC $357.73, so 6,489.05 ÷
    357.73 = 18.1× (over the ceiling: BA202). The commissions on those 280 customers are the
    travel agents' $38,000 and the corporate travel managers' $24,000 (BA121) = $62,000;
    62,000 ÷ 280 = $221.43, so with them $579.16 a customer and 6,489.05 ÷ 579.16 = 11.2×.
    Before: "the CAC leaves out $62,000 of commissions marketplaces kept"; now the $38,000 is
    the marketplaces' and the $24,000 is named as BA121's restricted commission. The score's
    part says the same, and the figures are unchanged."""
    profile = _profile(run_cli, write_profile(_yaml(_charter())))
    (ba202,) = [f["message"] for f in profile["findings"] if f["rule"] == "BA202"]
    assert "a customer is worth 18.1× what it costs to win" in ba202
    assert (
        "; the CAC leaves out $62,000 of commissions ($38,000 kept by marketplaces; $24,000 "
        f"paid as {_CTM!r}, a restricted commission BA121 warns about), taken out of revenue "
        "and charged on repeat customers too: with them 11.2×"
    ) in ba202
    assert "commissions marketplaces kept" not in ba202
    (part,) = [c["basis"] for c in profile["score_components"] if "commission" in c["basis"]]
    assert part.startswith(
        "a customer is worth 11.2× what it costs to win with the commissions taken out of "
        f"revenue on their customers (among them {_CTM!r}, a restricted commission BA121 "
        "warns about; 18.1× without)"
    )
    assert "marketplaces kept" not in part


def test_the_html_cards_do_not_call_a_restricted_commission_the_marketplaces(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The same charter's HTML: the CAC card and the LTV ÷ CAC card (11.2× with the
    commissions, worked out above) no longer say "the commissions marketplaces kept"."""
    html = run_cli("check", write_profile(_yaml(_charter())), "-f", "html", "--exit-zero")
    text = " ".join(re.sub(r"<[^>]+>", " ", html.stdout).split())
    assert "commissions marketplaces kept" not in text
    assert (
        "the commissions taken out of revenue on these customers, part of them a restricted "
        "commission (its basis names it), are not in it (see LTV ÷ CAC)"
    ) in text
    assert "11.2× with the commissions taken out of revenue, a restricted commission among " in text


def test_without_a_restricted_commission_the_words_stay_the_marketplaces(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Near miss: the charter without the travel managers' line and their 80 customers (200
    new customers, the $38,000 of travel agents' commissions alone): nothing is restricted, so
    the words stay "commissions marketplaces kept" wherever they were."""
    charter = _charter()
    charter["activities"] = [a for a in charter["activities"] if a["name"] != _CTM]
    sources = {k: v for k, v in charter["customers"]["sources"].items() if "manager" not in k}
    charter["customers"] = {
        **charter["customers"],
        "sources": sources,
        "new": sum(sources.values()),
    }
    profile = _profile(run_cli, write_profile(_yaml(charter)))
    said = json.dumps(profile)
    assert "a restricted commission" not in said
    assert "commissions marketplaces kept" in said


# -- 2: AU11, the crematory's clinics -----------------------------------------------------


def test_the_clinics_families_join_the_lawful_lunches_in_one_unpriced_channel(
    run_cli: RunCli,
) -> None:
    """AU11 (tests/fixtures/r54k/petcrem.yaml, the reviewer's profile unchanged).

    How a referral source's customers are shared between a restricted line and the lawful
    cultivation of the same referrers: they are not shared. The 1,150 families 'vet clinics'
    sent came from the clinics, which were paid two ways: $19,500 as a $15 fee per pet (BA114:
    Cal. Bus. & Prof. Code §650(a), as the report already cites) and $4,800 of lunch-and-learns
    ("Vet L&L", lawful). The profile cannot say for which of the two a clinic sent a family.
    Credited to the fee alone (before), the lunches read "no customers" (BA206) and the fee
    looked like the only thing that works; credited to the lunches alone, they would be priced
    at 4,800 ÷ 1,150 = $4.17 a family, a price they would not keep once the fee stops (as
    BA114 asks), and `plan` would grow them on it. So both lines and the clinics' families
    make one channel, named after the lawful line and the clinics ("Vet L&L (vet clinics)",
    $19,500 + $4,800 = $24,300, 1,150 customers), restricted while the fee is in it: no price
    per customer ("—"), no budget to grow, and no BA206 on the lunches.

    The CAC excluding referrals leaves out both lines, as both are spent on the clinics'
    referrals: acquisition marketing $19,500 + $4,800 + $9,000 (Google Ads) + $4,200 (website
    and SEO) = $37,500; less $24,300 = $13,200, over the 370 families who came otherwise
    (google 230 + website 90 + walk-in 50) = $35.68, the reviewer's figure (before: $48.65,
    with the lunches left in). The blended CAC is unchanged: 37,500 ÷ 1,700 = $22.06."""
    profile = _profile(run_cli, _FIXTURES / "petcrem.yaml")
    economics = profile["economics"]
    assert round(float(economics["non_referral_cac"]["value"]), 2) == 35.68
    assert (
        "($37,500 acquisition marketing − $24,300 spent on referrals) ÷ 370"
        in (economics["non_referral_cac"]["basis"])
    )
    assert round(float(economics["cac"]["value"]), 2) == 22.06
    rules = {f["rule"] for f in profile["findings"]}
    assert "BA206" not in rules  # the lunches have their clinics' families
    assert "BA114" in rules  # the fee per pet is still warned about
    channels = {c["name"]: c for c in profile["channels"]}
    clinics = channels["Vet L&L (vet clinics)"]
    assert (clinics["spend"], clinics["customers"], clinics["cac"]) == ("24300", 1150, None)
    assert not any("Handling fee" in name for name in channels)  # never a channel of its own


def test_plan_leaves_the_clinics_channel_alone(run_cli: RunCli) -> None:
    """`plan` on the same profile neither grows nor prices the clinics' channel (restricted
    while the fee per pet is in it), and says nothing of the lunches having no customers."""
    out = " ".join(run_cli("plan", _FIXTURES / "petcrem.yaml").stdout.split())
    assert (
        "Vet L&L (vet clinics) its spend on '6100 Handling fee to vet clinics ($15/pet)' pays, "
        "in whole or in part, for referrals your profession's rules restrict (BA114)"
    ) in out
    assert "no customers attributed" not in out.split("Assumptions")[0]

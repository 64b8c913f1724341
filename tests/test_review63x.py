"""The sixty-third review round, helper x (2026-12-08): findings BK8, BK11 and BK13 of a
fractional CFO's review (an estate-planning law firm and a Melbourne café).

The profiles are the reviewer's, copied unchanged into tests/fixtures/review63x/.
"""

from __future__ import annotations

from pathlib import Path

from .conftest import RunCli, findings_in, profile_json

FIXTURES = Path(__file__).parent / "fixtures" / "review63x"
ESTATE = FIXTURES / "estate.yaml"
CAFE = FIXTURES / "cafe.yaml"


# ---------------------------------------------------------------------------------------------
# BK13: "Trust maintenance program mailers" ($1,800) go to the clients the firm already has (a
# plan sold to them), as the "Client anniversary review letters" on line 21 do: marketing/retain,
# not a channel that wins clients.


def test_trust_maintenance_mailers_keep_clients_not_win_them(run_cli: RunCli) -> None:
    profile = profile_json(run_cli, ESTATE)
    (line,) = [a for a in profile["activities"] if a["line"] == 23]
    assert (line["category"], line["purpose"]) == ("marketing", "retain")  # was acquire
    # two acquisition channels, was three (the mailers were the third, with no customers)
    predictability = profile["predictability"]
    assert predictability["acquisition_channels"] == 2
    assert "Trust maintenance program mailers" not in predictability["channels"]
    assert not any(
        "Trust maintenance" in f["message"] for f in findings_in(profile, "BA206")
    )  # BA206 had said "$1,800 ... with no customers attributed to it"
    # acquisition marketing: seminar mailers 96,000 + venue 54,000 + Facebook 38,000 + lunch &
    # learns 9,600 + holiday gifts 4,200 + co-sponsored seminars 12,000 = 213,800 (was
    # 215,600 with the mailers' 1,800); sales: Lawmatics 7,800 + coordinator 52,000 = 59,800.
    # CAC = (213,800 + 59,800) ÷ 290 = 273,600 ÷ 290 = 943.448... → 943.45 (was 275,400 ÷ 290
    # = 949.66)
    assert profile["economics"]["cac"]["value"] == "943.45"
    # retain: anniversary letters 2,400 + mailers 1,800 = 4,200 (was 2,400)
    assert profile["marketing_by_purpose"]["retain"] == "4200"

"""The fifty-seventh review round, part l (a fractional CFO's review, 2026-12-07): three report
sentences that said less, or more, than the figures behind them.

1. BA110 still said "cut" where customers pay back more slowly than the norm although each
   channel's next customer, on `plan`'s own curve, is worth more than it costs over the five
   years a customer is counted (AX5 had mended only a payback within the norm); and where spend
   no customers price sat beside priced channels whose next customers pay, it named the dearest
   priced channel as the one to cut.
2. BA102 said how much of the business rests on referrals a liaison cultivates, but not which
   customer sources the liaison reaches.
3. The key figures' referral wording ran to four lines at 80 columns.

The profiles are in tests/fixtures/review57l; every expected figure is worked out by hand
below."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.model.report import ProfileReport

from .conftest import finding_words, small_case
from .test_law_round54h import _report, _rules

_HERE = Path(__file__).parent / "fixtures" / "review57l"
_56G = Path(__file__).parent / "fixtures" / "review56g"
_56F = Path(__file__).parent / "fixtures" / "review56f"


def _profile(name: str, folder: Path = _HERE) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
    return loaded


def _caps(report: ProfileReport) -> list[str]:
    return [cap.reason for cap in report.score_caps]


# -- 1: BA110 never says to cut spending whose next customer pays -------------------------------


def test_a_gym_slow_to_pay_back_is_warned_of_cash_not_told_to_cut() -> None:
    """The gym (gym.yaml), by hand:

    - marketing $66,000 Meta + $44,000 Google + $30,000 postcards (acquire, $140,000) + $4,000
      member events (retain) = $144,000 of $1,000,000 = 14.4%, above the 6-12% range for
      gyms; the top is $120,000, so $24,000 above it;
    - 145 new members, 30 by referral: CAC excluding referrals $140,000 ÷ 115 = $1,217.39;
      LTV $1,800 × 60% = $1,080 a year × (1 − 0.725⁵) ÷ 0.275 years within five (0.725² =
      0.525625, 0.725⁴ = 0.2762816, 0.725⁵ = 0.2003042; 0.7996958 ÷ 0.275 = 2.907985) =
      $3,140.62; 3,140.62 ÷ 1,217.39 = 2.58, "2.6×", under 3×; payback $1,217.39 ÷ ($1,080 ÷
      12 = $90) = 13.53, "13.5 months", beyond the 12-month norm: weak and slow;
    - by `plan`'s curve each channel's next member costs its average ÷ 0.5: Meta $66,000 ÷ 50
      = $1,320, next $2,640 (84% of $3,140.62, the nearest); Google $44,000 ÷ 40 = $1,100,
      next $2,200 (70%); postcards $30,000 ÷ 25 = $1,200, next $2,400 (76%). Every next member
      is worth more than they cost over five years, and `plan` keeps today's split;
    - taking the $24,000 out of the three in proportion (24,000 ÷ 140,000 = 17.14% each) keeps
      √0.828571 = 0.910259 of their 115 members: 115 × 0.089741 = 10.32 fewer, "10.3", worth
      10.3202 × $3,140.6235 = $32,411.91, $8,411.91 more than the $24,000 saved.

    So BA110 still warns (a payback of 13.5 months ties up cash; BA203 says so too), but says
    no "cut": the cap and the verdict say customers pay back slowly, not that the spending
    "does not pay back"."""
    report = _report(_profile("gym.yaml"))
    found = _rules(report)
    assert [f.severity for f in found["BA110"]] == ["warning"]
    said = finding_words(found["BA110"][0])
    assert "marketing is 14.4% of revenue" in said
    assert "2.6×" in said
    assert "13.5 months" in said
    assert "Facebook and Instagram ads (Meta), $1,320 a customer on 50" in said
    assert "about $2,640" in said
    assert "$3,140.62" in said
    assert "over 5 years" in said
    assert "$24,000" in said
    assert "10.3 customers worth $32,411.91, $8,411.91 more than it saves" in said
    assert "cut channel by channel" not in said
    assert "start with the most expensive" not in said
    assert "ask for more up front" in found["BA110"][0].advice
    assert any("take longer than the norm to pay it back (BA110)" in c for c in _caps(report))
    assert not any("barely pay back" in c for c in _caps(report))
    assert "does not pay back" not in report.verdict
    assert "pay it back slowly" in report.verdict
    assert [f.severity for f in found["BA203"]] == ["warning"]


def test_plan_keeps_the_gyms_split(run_cli: Any) -> None:
    """The same gym in `plan`: each next member costs under the $3,140.62 one is worth, so
    the plan moves nothing out of a channel, and says none of its last dollars lose money."""
    out = run_cli("plan", _HERE / "gym.yaml").stdout
    assert "Keep today's split" in " ".join(out.split())
    assert "lose money" not in out


def test_the_cut_stands_where_the_dearest_channels_next_member_does_not_pay() -> None:
    """Near case: the gym with 26 Meta members in place of 50 (121 new, 91 not by referral).
    By hand: Meta $66,000 ÷ 26 = $2,538.46 a member, next $5,076.92, more than the $3,140.62
    one is worth: cutting it saves more than it loses, so the cut advice stands and names it;
    CAC excluding referrals $140,000 ÷ 91 = $1,538.46, 3,140.62 ÷ 1,538.46 = 2.04, "2.0×";
    payback $1,538.46 ÷ $90 = 17.1 months. The cap says customers barely pay back."""
    profile = _profile("gym.yaml")
    profile["customers"]["sources"]["facebook ad"] = 26
    profile["customers"]["new"] = 121
    report = _report(profile)
    found = _rules(report)
    assert [f.severity for f in found["BA110"]] == ["warning"]
    said = finding_words(found["BA110"][0])
    assert "2.0×" in said
    assert "17.1 months" in said
    assert "cut channel by channel" in said
    assert (
        "start with the most expensive channel: Facebook and Instagram ads (Meta), $2,538.46"
        in said
    )
    assert any("barely pay back (BA110)" in c for c in _caps(report))


def test_spend_no_member_prices_is_named_not_a_priced_channel() -> None:
    """The gym with a $20,000 billboard no member named, and $40,000 on Meta ads
    (gym-billboard.yaml). By hand:

    - marketing $40,000 + $44,000 + $30,000 + $20,000 (acquire, $134,000) + $4,000 = $138,000
      of $1,000,000 = 13.8%, above 12%: $18,000 above the top, no more than the billboard's
      $20,000, whose return cannot be seen;
    - CAC excluding referrals $134,000 ÷ 115 = $1,165.22; 3,140.62 ÷ 1,165.22 = 2.70, "2.7×";
      payback $1,165.22 ÷ $90 = 12.947, "12.9 months", beyond 12;
    - the priced channels' next members: Meta $40,000 ÷ 50 = $800, next $1,600 (51%); Google
      $2,200 (70%); postcards $1,200, next $2,400 (76%, the nearest): each pays.

    BA110 warns (the billboard is not shown to pay) and names the billboard, not Meta or the
    postcards, as the spend to look at; the cap stays "barely pay back"."""
    report = _report(_profile("gym-billboard.yaml"))
    found = _rules(report)
    assert [f.severity for f in found["BA110"]] == ["warning"]
    said = finding_words(found["BA110"][0])
    assert "marketing is 13.8% of revenue" in said
    assert "2.7×" in said
    assert "12.9 months" in said
    assert "$20,000 of it is spend no customers price" in said
    assert "$20,000 on Out-of-home (billboards, transit), which no new customer named" in said
    assert "Direct mail, $1,200 a customer on 25, wins its next for about $2,400" in said
    assert "the $18,000 above 12% is no more than the $20,000 whose return you cannot see" in said
    assert "cutting them would lose more than it saves" in said
    assert "start with the most expensive" not in said
    assert "cut channel by channel" not in said
    assert any("barely pay back (BA110)" in c for c in _caps(report))


def test_the_injury_firms_billboard_is_named_and_the_priced_cut_costed() -> None:
    """AX5's near case (review56g's pi-law.yaml with a $20,000 billboard no case names), which
    had kept BA110's warning but named Meta, whose next case pays, as the dearest to cut. By
    hand (the AX5 figures of test_review56g, with the billboard):

    - marketing held to the range $312,600 + $20,000 = $332,600 of $2,600,000 = 12.79%,
      "12.8%"; the top is $260,000, so $72,600 above it: the billboard's $20,000, and $52,600
      from the priced channels (radio, Google, Meta: $300,000);
    - CAC excluding referrals ($300,000 + $20,000 + $28,000 of intake wages) ÷ 140 = $2,485.71;
      $6,185.57 ÷ $2,485.71 = 2.49, "2.5×"; payback $2,485.71 ÷ $500 = 5.0 months, within 12;
    - $52,600 ÷ $300,000 = 17.53% from each priced channel keeps √0.824667 = 0.908112 of their
      140 cases: 12.86 fewer, "12.9", worth $79,573.46, $26,973.46 more than the $52,600 (as
      AX5's own figures); Meta's next case $4,500 is the nearest to $6,185.57.

    Reworked by hand on part j4 of the fifty-seventh round (2026-12-07): the $12,600 on the
    three lines BA114 warns about comes out first, ($332,600 − $12,600) ÷ $2,600,000 =
    12.31%, "12.3%"; then $72,600 − $12,600 = $60,000 more: the billboard's $20,000 and
    $40,000 from the priced channels, $40,000 ÷ $300,000 = 13.33% each, keeping
    √0.866667 = 0.930949 of 140 cases: 9.667 fewer, "9.7", worth $59,796.45, $19,796.45 more
    than the $40,000 (as test_review56g's rework)."""
    profile = _profile("pi-law.yaml", _56G)
    profile["activities"].append({"name": "Billboard - I-45", "spend": 20000})
    found = _rules(_report(profile))
    assert [f.severity for f in found["BA110"]] == ["warning"]
    said = finding_words(found["BA110"][0])
    assert "12.8%" in said
    assert "2.5×" in said
    assert "$20,000 on Out-of-home (billboards, transit), which no new customer named" in said
    assert "Facebook and Instagram ads (Meta), $2,250 a customer on 40" in said
    assert "about $4,500" in said
    assert (
        "marketing is 12.3% of revenue: settle them first, as BA114's findings say; then reaching "
        "10% would take $60,000 more: the $20,000 whose return you cannot see, and $40,000 from "
        "the priced channels, which, in proportion, would lose about 9.7 customers worth "
        "$59,796.45, $19,796.45 more than it saves" in said
    )
    assert "do not cut the priced channels" in said
    assert "start with the most expensive" not in said


# -- 2: BA102 names the sources a liaison reaches -----------------------------------------------


def test_ba102_names_the_sources_the_liaison_reaches() -> None:
    """The clinic (pt-liaison.yaml), by hand: 530 new patients, all by source: 200 from
    'orthopedic surgeons', 120 from 'primary care', 150 from 'friends and family' (referrals)
    and 60 from 'google ads'. Referrals 200 + 120 + 150 = 470 of 530 = 88.68%, "88.7%", over
    the 50% maximum. The "Physician liaison salary", the practice's own employee, calls on
    those who refer: it reaches the sources that name professionals, 'orthopedic surgeons'
    (a surgeon) and 'primary care' (a primary-care office; not before this round), 200 + 120
    = 320, not the friends and family. The 150 that came on their own are 150 ÷ 530 = 28.3%,
    within 50%: information, saying which sources the liaison's 320 came from."""
    found = _rules(_report(_profile("pt-liaison.yaml")))
    assert [f.severity for f in found["BA102"]] == ["info"]
    message = " ".join(found["BA102"][0].message.split())
    assert "88.7% of new customers came from referrals (470 of 530)" in message
    assert (
        "cultivated on purpose (Physician liaison salary): a channel, not hope; 320 came "
        "through them, all from 'orthopedic surgeons' and 'primary care', which 'Physician "
        "liaison salary' reaches, and the 150 that came on their own are within the maximum"
    ) in message


def test_ba102_names_them_where_it_warns_and_under_another_title() -> None:
    """The clinic with 400 friends and family (780 new): referrals 720 of 780 = 92.3%; the
    liaison's 320 as above, and 400 on their own, 400 ÷ 780 = 51.3%, over 50%: a warning that
    still names the liaison's sources. Under the title "Community liaison" the same 320, from
    the same sources (the brief's second title)."""
    profile = _profile("pt-liaison.yaml")
    profile["customers"]["sources"]["friends and family"] = 400
    profile["customers"]["new"] = 780
    found = _rules(_report(profile))
    assert [f.severity for f in found["BA102"]] == ["warning"]
    assert (
        "92.3% of new customers came from referrals (720 of 780), over the 50% maximum; the "
        "referral lines funded (Physician liaison salary) brought 320 of them, all from "
        "'orthopedic surgeons' and 'primary care', which 'Physician liaison salary' reaches, "
        "and 400 came on their own"
    ) in " ".join(found["BA102"][0].message.split())
    profile = _profile("pt-liaison.yaml")
    profile["activities"][0]["name"] = "Community liaison"
    message = " ".join(_rules(_report(profile))["BA102"][0].message.split())
    assert "all from 'orthopedic surgeons' and 'primary care', which 'Community liaison'" in message


def test_ba102_counts_the_liaisons_part_beside_a_programme_that_reaches_all() -> None:
    """The clinic with a $3,000 "Refer-a-friend program", which names nobody and so reaches
    every referral source: all 470 came through the funded lines, none on their own; of them
    the liaison's 200 + 120 = 320 are named with its sources, not "all"."""
    profile = _profile("pt-liaison.yaml")
    profile["activities"].insert(1, {"name": "Refer-a-friend program", "spend": 3000})
    message = " ".join(_rules(_report(profile))["BA102"][0].message.split())
    assert (
        "470 came through them, 320 from 'orthopedic surgeons' and 'primary care', which "
        "'Physician liaison salary' reaches"
    ) in message


def test_a_line_that_is_no_liaison_names_no_sources() -> None:
    """Near case: a CPA firm's "Referral partner lunches - bankers" cultivates the bankers'
    40 referrals (of 70, 70 ÷ 100 = 70%; 30 ÷ 100 = 30% on their own, within 50%), but it is
    no liaison: its name already says whom it reaches, and no sources are added."""
    case = small_case(
        "Harbor CPA",
        "accounting",
        [
            {"name": "Referral partner lunches - bankers", "spend": 6000},
            {"name": "Google Ads", "spend": 30000},
        ],
        {"bankers": 40, "friends": 30, "google ads": 30},
    )
    message = " ".join(_rules(_report(case))["BA102"][0].message.split())
    assert "40 came through them, and the 30 that came on their own" in message
    assert "reaches" not in message


# -- 3: the key figure's referral wording fits in two lines at 80 columns -----------------------

_ROOT = Path(__file__).parent.parent
_EXAMPLES = sorted(
    [
        *(_ROOT / "examples").glob("*.yaml"),
        *(_ROOT / "tests" / "fixtures" / "verticals").glob("*.yaml"),
        # the profiles whose key figure says which referrals were not the business's own
        _ROOT / "tests" / "fixtures" / "review56b" / "physio.yaml",
        _ROOT / "tests" / "fixtures" / "review56f" / "pt-clinic.yaml",
        _HERE / "pt-liaison.yaml",
    ]
)


def _referral_row(text: str) -> list[str]:
    """The key figures' referral row, with the lines its limit wraps onto."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(" Referral customers"))
    row = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.startswith(" " * 20):  # the next row, or the end of the table
            break
        row.append(line)
    return row


@pytest.mark.parametrize("path", _EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_referral_key_figure_fits_in_two_lines_at_80_columns(
    path: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`COLUMNS=80 bizaudit check X`: the referral row of the key figures takes at most two
    lines (the limit column is 24 wide there: "max 50% (default); 87.3%" fills the first,
    "not your own, over it", 21, or "on their own, within it", 23, the second)."""
    monkeypatch.setenv("COLUMNS", "80")
    row = _referral_row(run_cli("check", path, "--exit-zero").stdout)
    assert len(row) <= 2, row
    assert all(len(line) <= 80 for line in row)


def test_the_short_key_figure_keeps_the_share_and_the_verdict_and_ba102_keep_the_words(
    run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review56f's clinic (AX2's case), by hand: referrals 1,370 of 1,570 sourced = 87.26%,
    none through a channel of the practice's own (the liaison's 650 come from physicians a
    BA114 line pays too; Lakeside's 650 through the marketing services agreement), so 87.3%
    held to the 50% maximum. The key figure says it short, "87.3% not your own, over it", on
    two lines; the verdict and BA102 keep "the 87.3% that did not come through a channel of
    your own is over the 50% maximum"."""
    monkeypatch.setenv("COLUMNS", "80")
    out = run_cli("check", _56F / "pt-clinic.yaml", "--exit-zero").stdout
    row = _referral_row(out)
    assert row[0].rstrip().endswith("max 50% (default); 87.3%")
    assert row[1].strip() == "not your own, over it"
    flat = " ".join(out.split())
    said = "the 87.3% that did not come through a channel of your own is over the 50% maximum"
    assert flat.count(said) == 2  # the verdict's reason and BA102's message

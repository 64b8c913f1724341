"""The fifty-seventh review round, part n (2026-12-07): three wordings of a chiropractor's report
that said less than its figures, left by part l2 (AY2, AY3) on the reviewer's profile
(tests/fixtures/review57l2/chiro.yaml: Bayview Spine & Injury; its lines are 12 the outreach
rep, 14 and 16 the attorney and PCP lunches, 18 the screenings, 20 Google Ads, 22 the patient
gift cards; its sources attorney referrals 260, primary care 60, patient referral 150, Google
55, screening events 40, walk-in 55).

- N1: the channel table's note for the referral channel said its 470 customers "may have come
  by either" the gift cards (BA114) or the lawful lines, where the report has known since AY2
  that the cards pay the patients who refer (150) and the rep and lunches reach the attorneys'
  260 and primary care's 60. It now says so, and the channel stays restricted.
- N2: BA102's advice told the owner that "referrals your own people cultivate (a liaison, a
  business-development rep) count as a channel ... once their line and the sources it brings
  share a 'channel:'" while the rep's line already counted, joined by its words.
- N3: BA107 called "Payroll:Marketing rep - attorney & PCP outreach" ambiguous ('marketing',
  but also 'attorney' → operations): the pay of a rep who calls on attorneys and physicians is
  one thing, marketing/acquire.

Every expected figure is worked out by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from bizaudit.explain.economics import channel_notes
from bizaudit.io.checker import Options, check
from bizaudit.model.report import ChannelResult, ProfileReport

from .conftest import ACQUIRE, OVERHEAD, answer_in, read_in
from .test_law_round54h import _report, _rules

_CHIRO = Path(__file__).parent / "fixtures" / "review57l2" / "chiro.yaml"
_GIFT_CARDS = "Patient referral $25 gift cards"
_REP = "Payroll:Marketing rep - attorney & PCP outreach"
_REFERRALS = "Referrals and word of mouth"


def _profile() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(_CHIRO.read_text(encoding="utf-8"))
    return loaded


def _checked(path: Path) -> tuple[ProfileReport, ChannelResult, str]:
    """The report of a profile file (with its line numbers), its referral channel and that
    channel's note, as the terminal shows them, in one line."""
    report, _ = check([path], Options())
    [profile] = report.profiles
    [channel] = [c for c in profile.channels if c.name == _REFERRALS]
    notes = channel_notes(
        channel, profile.activities, "USD", profile.findings, profile.business.industry
    )
    return profile, channel, " ".join(" ".join(notes).split())


def _written(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    """chiro.yaml with its text edited (each ``(old, new)`` once), so that its line numbers
    stay the reviewer's where the edit adds no line before them."""
    text = _CHIRO.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "chiro.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# -- N1: the referral channel's note says whom the warned line pays and whom the others reach ---


def test_n1_the_note_names_the_patients_the_cards_pay_and_the_attorneys_the_rep_reaches() -> None:
    """chiro.yaml as the reviewer wrote it. By hand: the referral channel joins lines 12 (the
    rep, $58,000), 14 and 16 (the lunches, $7,200 and $3,600) and 22 (the gift cards, $3,000):
    $71,800, and the sources attorney referrals 260, primary care 60, patient referral 150:
    470. The cards (BA114) name the patients who refer and pay 'patient referral' (150); the
    rep names attorneys and PCPs and reaches 'attorney referrals' (260) and 'primary care' (60,
    'PCP' → physicians), the attorney lunches 'attorney referrals', the PCP lunches 'primary
    care': 260 + 60 = 320, none of them the cards'. 150 + 320 = 470: none came on their own.
    The channel stays restricted by BA114, with no CAC, as long as line 22 is in it (it was:
    "the customers it lists may have come by either")."""
    _, channel, note = _checked(_CHIRO)
    assert channel.restricted_by == "BA114"
    assert channel.cac is None
    assert (channel.spend, channel.customers) == (Decimal(71800), 470)
    assert (channel.paid_sources, channel.paid_customers) == (["patient referral"], 150)
    assert (channel.reached_sources, channel.reached_customers) == (
        ["attorney referrals", "primary care"],
        320,
    )
    assert note == (
        "line 22 pays for what BA114 warns about: it pays those who sent the 150 from 'patient "
        "referral', and lines 12, 14 and 16 beside it reach the 320 from 'attorney referrals' "
        "and 'primary care'; as long as line 22 is in it, no price per customer, and no budget "
        "to grow; to price the rest, give its lines and the customers they brought a channel "
        "of their own, with 'channel:'"
    )
    assert "may have come by either" not in note


def test_n1_referrals_no_line_reaches_are_said_to_have_come_on_their_own(tmp_path: Path) -> None:
    """Near case: 30 more new patients by 'word of mouth' (650 new). By hand: the channel's
    customers 260 + 60 + 150 + 30 = 500; the cards pay the 150, the lawful lines reach the
    320, and 500 − 150 − 320 = 30 came on their own, said so."""
    path = _written(
        tmp_path,
        ("  new: 620", "  new: 650"),
        ("    walk-in: 55\n", "    walk-in: 55\n    word of mouth: 30\n"),
    )
    _, channel, note = _checked(path)
    assert channel.customers == 500
    assert (channel.paid_customers, channel.reached_customers) == (150, 320)
    assert (
        "and lines 12, 14 and 16 beside it reach the 320 from 'attorney referrals' and "
        "'primary care'; 30 came on their own; as long as line 22 is in it"
    ) in note


def test_n1_two_warned_lines_are_named_together(tmp_path: Path) -> None:
    """Near case: a second patient thank-you, "$10 Starbucks cards" ($500, line 40), pays the
    same patients: lines 22 and 40 pay them, and the rest reads the same."""
    owner = '  - name: "Owner salary"\n    spend: 180000\n'
    cards = '  - name: "Patient referral $10 Starbucks cards"\n    spend: 500\n'
    _, _, note = _checked(_written(tmp_path, (owner, owner + cards)))
    assert note.startswith(
        "lines 22 and 40 pay for what BA114 warns about: they pay those who sent the 150 from "
        "'patient referral', and lines 12, 14 and 16 beside them reach the 320"
    )
    assert "as long as lines 22 and 40 are in it, no price per customer" in note


@pytest.mark.parametrize(
    "cards",
    [
        # names nobody in particular: which referrals it paid the profile does not say
        "Referral rewards - gift cards",
        # pays the attorneys the rep and lunches reach too: those may have come by either
        "Attorney referral $100 gift cards",
    ],
)
def test_n1_where_the_lines_are_not_apart_the_note_says_what_it_said(
    tmp_path: Path, cards: str
) -> None:
    """Near cases that must not move: a warned line that names nobody holds back every
    referral source of its channel (AY2), and one that pays the attorneys pays a source the
    lawful lines reach: its customers may have come by either, as the note said."""
    _, channel, note = _checked(_written(tmp_path, (_GIFT_CARDS, cards)))
    assert channel.restricted_by == "BA114"
    assert (channel.paid_sources, channel.reached_sources) == ([], [])
    assert note.startswith(
        "line 22 pays for what BA114 warns about, beside lines 12, 14 and 16: the customers it "
        "lists may have come by either, so no price per customer, and no budget to grow"
    )


def test_n1_without_the_gift_cards_the_channel_is_not_restricted(tmp_path: Path) -> None:
    """Near case: the cards deleted. No line restricts the channel, nothing is split, and the
    note is the referral channel's own (its lines reach 320 of its 470: no price)."""
    gone = f'  - name: "{_GIFT_CARDS}"\n    spend: 3000\n'
    _, channel, note = _checked(_written(tmp_path, (gone, "")))
    assert channel.restricted_by is None
    assert (channel.paid_sources, channel.paid_customers) == ([], 0)
    assert note.startswith("$68,800 is spent on referrals, but its lines do not reach all")


# -- N2: BA102 does not tell the owner to join a rep who is joined already -----------------------


def test_n2_the_reps_referrals_are_said_to_count_already() -> None:
    """chiro.yaml: the rep (the practice's own, on the payroll) reaches the 260 + 60 = 320 it
    names; BA102 (a warning: the cards pay the patients' 150) no longer advises joining "their
    line and the sources it brings", which share a channel already; it names the rep and keeps
    what the Anti-Kickback Statute says of meals for physicians."""
    [found] = _rules(_report(_profile()))["BA102"]
    advice = " ".join(found.advice.split())
    assert advice.endswith(
        f"The referrals your own people cultivate ({_REP}) count as a channel, not hope; meals "
        "and gifts for physicians who refer do not, whatever they bring."
    )
    assert "once their line and the sources it brings share a 'channel:'" not in advice


@pytest.mark.parametrize(
    "rep",
    [
        # a contractor is no one of the business's own (AY3)
        "Payroll:Physician liaison (1099 contractor)",
        # meals for physicians: no cultivation under the statute
        "Gift cards - PCP offices",
    ],
)
def test_n2_with_no_own_people_joined_the_advice_stays(rep: str) -> None:
    """Near cases: the rep's line renamed to a contractor or a gift, the lunches and cards
    left out (as AY3's test has it): no line of the business's own people reaches the
    referrals, so the advice still says how theirs would count."""
    data = _profile()
    data["activities"] = [
        a
        for a in data["activities"]
        if a["name"] != _GIFT_CARDS and not a["name"].startswith("Meals:")
    ]
    data["activities"][0]["name"] = rep
    [found] = _rules(_report(data))["BA102"]
    advice = " ".join(found.advice.split())
    assert (
        "Referrals your own people cultivate (a liaison, a business-development rep) count as a "
        "channel, not hope, once their line and the sources it brings share a 'channel:'"
    ) in advice


def test_n2_lunches_alone_are_no_own_people() -> None:
    """Near case: the rep's line deleted; the attorney lunches still reach the attorneys' 260
    but are meals, no one's pay: the advice still says how the business's own people's
    referrals would count."""
    data = _profile()
    data["activities"] = [a for a in data["activities"] if a["name"] != _REP]
    [found] = _rules(_report(data))["BA102"]
    assert "once their line and the sources it brings share a 'channel:'" in " ".join(
        found.advice.split()
    )


# -- N3: a rep's pay who calls on attorneys is marketing, not legal costs -----------------------


@pytest.mark.parametrize("industry", [None, "chiropractic", "physical-therapy", "legal"])
@pytest.mark.parametrize(
    ("name", "answer"),
    [
        (_REP, ACQUIRE),
        ("Marketing rep - attorney outreach", ACQUIRE),
        ("Outreach rep - attorneys and physicians", ACQUIRE),
        ("Attorney outreach rep salary", ACQUIRE),
        ("Attorney liaison", ACQUIRE),
        # near names: the business's own legal costs stay operations
        ("Attorney fees", OVERHEAD),
        ("Legal - attorney", OVERHEAD),
        ("Payroll - staff attorney", OVERHEAD),
        ("Attorney fees - outreach rep contract", OVERHEAD),
        ("Attorney", OVERHEAD),
    ],
)
def test_n3_a_rep_who_calls_on_attorneys_is_marketing(
    industry: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    reading = read_in(industry, name)
    assert (reading.category, reading.purpose) == answer
    assert reading.confidence == "high"
    assert not reading.also


def test_n3_ba107_is_silent_and_the_figures_stand() -> None:
    """chiro.yaml: the rep's $58,000 was marketing/acquire already (low confidence); now high,
    so BA107 is silent, and marketing stays $58,000 + $7,200 + $3,600 + $9,000 + $18,000 +
    $3,000 = $98,800, 7.9% of $1,250,000."""
    report = _report(_profile())
    assert not _rules(report).get("BA107")
    assert report.marketing_by_purpose["acquire"] == Decimal(98800)
    [rep] = [a for a in report.activities if a.name == _REP]
    assert (rep.category, rep.purpose, rep.confidence) == ("marketing", "acquire", "high")


# -- Outreach to physicians, in a practice they send patients to (a leftover of this part) ----


@pytest.mark.parametrize("industry", ["physical-therapy", "chiropractic", "home-care", "medical"])
@pytest.mark.parametrize(
    "name", ["PCP outreach", "Physician outreach", "Doctor outreach", "Primary care outreach"]
)
def test_outreach_to_physicians_cultivates_their_referrals(industry: str, name: str) -> None:
    """'PCP outreach' had read as selling by 'outreach' where 'Attorney outreach' read as
    calling on those who refer: in a practice physicians send patients to, both cultivate
    referrals (marketing/acquire)."""
    assert answer_in(industry, name) == ("marketing", "acquire")


@pytest.mark.parametrize("industry", ["saas", "accounting", None])
def test_elsewhere_physicians_may_be_customers(industry: str | None) -> None:
    """A billing company's or a software firm's physicians are its customers: its outreach to
    them sells, as before."""
    assert answer_in(industry, "Physician outreach") == ("sales", "convert")


def test_outreach_alone_still_sells() -> None:
    assert answer_in("physical-therapy", "Outreach") == ("sales", "convert")

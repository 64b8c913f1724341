"""The sixty-first review round's second re-review, part x (2026-12-07): a salaried rep
labelled "on commission".

BG4 (cleaning.yaml, a commercial cleaner with one sales rep): the rep's $79,000 is "6100 Sales
Rep Salary:Base" $58,000 and "6105 Sales Rep Salary:Commission" $21,000, joined (part s of the
round) to the source "rep outbound / walk-ins", 6 contracts. The channel read "Sales reps and
rep agencies (on commission)"; one note called its CAC a ceiling (reps on commission are paid on
repeat orders too), another a floor (some of the 6 may have walked in); `plan` left it alone as
"reps on commission ... their pay follows their sales".

Now a reps' channel whose pay is mostly salary (the lines that name no commission pay its
sellers and come to more than half of it) is labelled "Sales reps (salary + commission)"; one
note says both things its CAC carries: the walk-ins make it a floor, and only the commission,
where some of it is paid on repeat work, could make it a ceiling, by at most the commission
over the customers; `plan` leaves it alone because one rep is a hire, a step cost. A channel
whose pay is mostly commission keeps its label and its reason, with the two caveats in one note.

Every figure is worked out by hand in the docstrings; near cases that must not move are named.
The profile is the reviewer's, unchanged (tests/fixtures/review61x/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bizaudit.core.channels import Channel, PerResult, paid_per_result, sold_on_commission
from bizaudit.core.metrics import Facts, compute
from bizaudit.explain.left_alone import per_result_words
from bizaudit.model import verticals
from bizaudit.model.profile import Profile

from .conftest import RunCli, profile_json

_FIXTURES = Path(__file__).parent / "fixtures" / "review61x"
_CLEANING = _FIXTURES / "cleaning.yaml"
_SALARIED = "Sales reps (salary + commission)"
_COMMISSIONED = "Sales reps and rep agencies (on commission)"
_BASE = "spend: 58000"


def _text(old: str | None = None, new: str = "") -> str:
    text = _CLEANING.read_text(encoding="utf-8")
    if old is not None:
        assert old in text, old
        text = text.replace(old, new)
    return text


def _facts(old: str | None = None, new: str = "") -> Facts:
    model = Profile.model_validate(yaml.safe_load(_text(old, new)))
    return compute(model, vertical=verticals.get(model.business.industry))


def _reps(facts: Facts) -> Channel:
    [reps] = [c for c in facts.by_channel if c.key == "sales-reps"]
    return reps


def _check(run_cli: RunCli, path: Path) -> str:
    return " ".join(run_cli("check", path, "--exit-zero").stdout.split())


def _written(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "cleaning.yaml"
    path.write_text(_text(old, new), encoding="utf-8")
    return path


def test_a_mostly_salaried_rep_is_labelled_for_what_it_is(run_cli: RunCli) -> None:
    """BG4. The rep's pay: $58,000 base + $21,000 commission = $79,000; the base is 58,000 ÷
    79,000 = 73.4% of it, more than half, so the channel is "Sales reps (salary +
    commission)", not "(on commission)". Its figures do not move: 79,000 ÷ 6 = $13,166.666… =
    $13,166.67 a contract; LTV 48,000 × 38% × 3.70863125 = $67,645.43 (worked in
    tests/test_review61s.py), 67,645.43 ÷ 13,166.67 = 5.14×."""
    profile = profile_json(run_cli, _CLEANING)
    names = [c["name"] for c in profile["channels"]]
    assert _SALARIED in names
    assert _COMMISSIONED not in names
    [reps] = [c for c in profile["channels"] if c["name"] == _SALARIED]
    assert (reps["spend"], reps["customers"], reps["cac"]) == ("79000", 6, "13166.67")
    assert round(reps["ltv_to_cac"], 2) == 5.14
    text = _check(run_cli, _CLEANING)
    assert "on commission" not in text  # neither the label nor "reps on commission"


def test_one_note_says_what_makes_the_reps_cac_a_floor_and_what_a_ceiling(
    run_cli: RunCli,
) -> None:
    """BG4. One note, no contradiction: the walk-ins the source names make $13,166.67 a floor
    (if some of the 6 walked in, the rep won fewer, each dearer); only the $21,000 commission,
    where some of it pays for repeat work, could make it a ceiling: 21,000 ÷ 6 = $3,500 a
    contract at most, leaving 58,000 ÷ 6 = $9,666.666… = $9,666.67 on the base alone
    (9,666.67 + 3,500 = 13,166.67 ✓). The old ceiling note ("counts all of it against the
    new customers: a ceiling") is gone."""
    text = _check(run_cli, _CLEANING)
    assert (
        "so its CAC is a floor on that count; only its commission ($21,000), where some of it "
        "is paid on repeat work, would make its CAC a ceiling: at most $3,500 of each one's "
        "$13,166.67 ($9,666.67 on the base pay alone); list them apart" in text
    )
    assert "counts all of it against the new customers" not in text
    assert text.count("a ceiling") == 1


def test_plan_leaves_the_salaried_rep_alone_as_a_hire(run_cli: RunCli) -> None:
    """BG4. `plan` leaves the $79,000 where it is, because one rep is a hire, a step cost,
    not because a commission follows the sales (that is $21,000 of it, 26.6%)."""
    plan = json.loads(run_cli("plan", _CLEANING, "-f", "json").stdout)
    [reps] = [c for c in plan["channels"] if c["name"] == _SALARIED]
    assert reps["planned_spend"] == "79000"
    assert "a step cost" in reps["left_alone"]
    assert "salaried rep's base pay" in reps["left_alone"]
    assert "follows their sales" not in reps["left_alone"]


def test_the_core_gives_the_reason_as_a_code() -> None:
    """BG4, core: paid_per_result gives a salaried rep with a commission beside the salary
    ("salaried-rep", most=True), whose words are explain's; sold_on_commission no longer says
    the blended CAC counts reps paid on every sale (most of this pay is a salary)."""
    facts = _facts()
    reason = paid_per_result(_reps(facts))
    assert reason == PerResult("salaried-rep", most=True)
    assert "a step cost" in per_result_words(reason)
    assert sold_on_commission(facts.by_channel) is None


@pytest.mark.parametrize(
    "base",
    [
        # the base under the commission: 15,000 < 21,000, mostly commission
        "spend: 15000",
        # the base equal to it: 21,000 = 21,000, half, not more than half
        "spend: 21000",
    ],
)
def test_a_rep_mostly_on_commission_keeps_its_label_in_one_note(
    run_cli: RunCli, tmp_path: Path, base: str
) -> None:
    """Near: where the commission is half the pay or more, the label stays "(on commission)"
    and `plan`'s reason the commission's; the walk-ins' floor and the commissions' ceiling
    are one note, not two. With a $15,000 base: (15,000 + 21,000) ÷ 6 = 36,000 ÷ 6 = $6,000
    a contract; with $21,000: 42,000 ÷ 6 = $7,000."""
    path = _written(tmp_path, _BASE, base)
    profile = profile_json(run_cli, path)
    [reps] = [c for c in profile["channels"] if c["name"] == _COMMISSIONED]
    assert reps["cac"] == ("6000" if base.endswith("15000") else "7000")
    text = _check(run_cli, path)
    assert (
        "so its CAC is a floor on that count; reps on commission are usually paid on every "
        "sale, repeat orders too, and its CAC counts all of it against the new customers, "
        "which would make it a ceiling; list them apart" in text
    )
    assert text.count("a ceiling") == 1
    plan = json.loads(run_cli("plan", path, "-f", "json").stdout)
    [planned] = [c for c in plan["channels"] if c["name"] == _COMMISSIONED]
    assert "their pay follows their sales" in planned["left_alone"]
    facts = _facts(_BASE, base)
    assert paid_per_result(_reps(facts)) == PerResult(
        "commission", "reps on commission are usually paid on every sale, repeat orders too"
    )


def test_a_salaried_reps_own_contracts_carry_the_commission_note_alone(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """Near: "rep outbound: 6" names no other way in, so no floor; the one note says the base
    is most of the pay and what the commission may add: at most 21,000 ÷ 6 = $3,500 of
    $13,166.67, $9,666.67 on the base alone."""
    path = _written(tmp_path, "rep outbound / walk-ins: 6", "rep outbound: 6")
    text = _check(run_cli, path)
    assert (
        f"{_SALARIED}: most of its spend is the rep's base pay; only its commission ($21,000), "
        "where some of it is paid on repeat work, would make its CAC a ceiling: at most $3,500 "
        "of each one's $13,166.67 ($9,666.67 on the base pay alone)" in text
    )
    assert "a floor" not in text.split(f"{_SALARIED}:", 1)[1].split("Findings", 1)[0]


def test_a_commission_alone_is_on_commission() -> None:
    """Near: a source that names the rep ("sales rep: 6") joins the commission alone (the
    base stays the sales force's, part s): $21,000, all of it commission, "(on commission)",
    21,000 ÷ 6 = $3,500 a contract."""
    reps = _reps(_facts("rep outbound / walk-ins: 6", "sales rep: 6"))
    assert reps.name == _COMMISSIONED
    assert reps.spend == 21000
    assert paid_per_result(reps) is not None
    assert paid_per_result(reps) != PerResult("salaried-rep", most=True)

"""The sixtieth round, part h (2026-12-07): BA114's questions and words, and one duplication.

D2: BA114's hits for a placement agency's fee received for Medicaid waiver residents (AO4 of
the fifty-second round) and for a rebate of its fee to the family (AP8 of its re-review) were
built by two loops alike but for the rule quoted, what is allowed, their flag and severity;
and their words by two branches alike. They are one construction now (the loop over the two
kinds in core.rules.ba114, ``_PLACEMENT_ASKED`` in explain.findings), with the same behaviour:
the JSON of every example, fixture and review profile was compared byte for byte before and
after.

The vet's list (the round 59 helpers' note on vet.yaml): BA114's advice and the "What is
allowed" block quoted the AVMA vertical's whole list of those to build relationships with
("shelters, groomers and boarding kennels") beside a finding about the groomers' gift cards.
They now quote the partners the lines BA114 names pay and count the rest.

"May be in this count" (the same note): where a warned line's spend is not in the CAC and no
source is joined to it, the bases hedged that its customers "may be in this count" even where
the profile says which they are: every new customer listed, and the only sources no line
reaches are referrals. The bases now say so plainly.

Every figure is worked out by hand in the docstrings; near cases that must not move are named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .conftest import RunCli, WriteProfile, finding_words, small_case
from .test_rules import _report

_FIXTURES = Path(__file__).parent / "fixtures"
_VET = _FIXTURES / "review59z" / "vet.yaml"
_PI_FIRM = _FIXTURES / "review59w" / "pi-firm.yaml"

_GROOMERS = "6260 Marketing:Groomer referral gift cards ($25/new client)"
_CONSULTANT = "6080 Case acquisition consultant - per signed case (1099)"


def _run(run_cli: RunCli, path: Path | str, *args: str) -> dict[str, Any]:
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero", *args).stdout)
    return report["profiles"][0]  # type: ignore[no-any-return]


def _words(text: str) -> str:
    return " ".join(text.split())


def _findings(profile: dict[str, Any], rule: str) -> dict[str, Any]:
    return {f["subject"]: f for f in profile["findings"] if f["rule"] == rule}


# -- D2: a placement agency's Medicaid fee and its rebate to the family, one construction ------

_AGENCY = "Golden Years Senior Placement"
_WAIVER = "Fees from communities for Medicaid waiver residents placed"
_REBATE = "Placement fee rebate to family"


def _agency(lines: list[tuple[str, int]]) -> dict[str, Any]:
    """The fifty-second round's placement agency: $675,000 of fees, 150 move-ins."""
    return {
        "business": {"name": _AGENCY, "industry": "home-care", "period": "2026"},
        "revenue": 675000,
        "activities": [{"name": n, "spend": s} for n, s in lines],
        "customers": {
            "new": 150,
            "sources": {"google ads": 60, "family referrals": 90},
            "average_revenue": 4500,
            "gross_margin": "65%",
            "retention_rate": "0%",
        },
    }


def test_a_medicaid_fee_and_a_rebate_are_asked_alike_each_in_its_words() -> None:
    """D2: one agency with both lines, both asked as information (a question is, since the
    fifty-ninth round). The fee received ($0 of spend: money received is booked at nothing),
    "receives a fee for residents whose care Medicaid may pay", quotes 42 U.S.C.
    §1320a-7b(b)(1)(A) and advises to check the arrangement; the rebate ($10,000), "gives part
    of your fee back to the family", quotes §1320a-7a(a)(5) and asks whether Medicaid pays for
    these residents' care. Both ask whom the vertical names ("check ... with"), as before the
    two loops became one."""
    report = _report(
        _agency([("Google Ads", 30000), (_WAIVER, 0), (_REBATE, 10000), ("Office rent", 24000)])
    )
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert set(found) == {_WAIVER, _REBATE}
    fee, rebate = found[_WAIVER], found[_REBATE]
    assert fee.severity == rebate.severity == "info"
    assert fee.message.startswith(
        f"{_WAIVER!r} receives a fee for residents whose care Medicaid may pay: "
    )
    assert "§1320a-7b(b)(1)(A)" in fee.message
    assert fee.advice.startswith("check the arrangement with ")
    assert rebate.message.startswith(f"{_REBATE!r} gives part of your fee back to the family: ")
    assert "§1320a-7a(a)(5)" in rebate.message
    assert rebate.advice.startswith("check with ")
    assert "whether Medicaid pays for any of these residents' care." in rebate.advice
    # near name: a fee received with no Medicaid named is neither asked nor warned about
    private = "Fees from communities for private-pay residents placed"
    report = _report(_agency([("Google Ads", 30000), (private, 0)]))
    assert not [f for f in report.findings if f.rule == "BA114"]


# -- the vet's list ---------------------------------------------------------------------------


def test_ba114_quotes_the_groomers_it_is_about_and_counts_the_other_partners(
    run_cli: RunCli,
) -> None:
    """The vet (vet.yaml): BA114 warns about '6260 Marketing:Groomer referral gift cards
    ($25/new client)'. The AVMA vertical's allowed text lists three partners to build
    relationships with: shelters, groomers, boarding kennels. The line's words hold "groomer"
    (the singular of "groomers"), so its advice quotes the groomers and counts the rest:
    3 − 1 = 2, "the two other kinds of referral partner the rules name". The "What is allowed"
    block (the JSON's industry range) reads the same, as the only line BA114 names is the
    groomers'. The rest of the allowed text (specialists, thanking clients, reviews, events)
    is quoted as before; BA102's advice, which already names what is funded, does not move
    ("build relationships with boarding kennels; you fund the shelters already ...")."""
    profile = _run(run_cli, _VET)
    said = _words(finding_words_of(_findings(profile, "BA114")[_GROOMERS]))
    narrowed = (
        "build relationships with groomers and the two other kinds of referral partner the "
        "rules name; ask for reviews; run wellness and education events."
    )
    assert narrowed in said
    assert "shelters, groomers and boarding kennels" not in said
    assert "Refer to and accept referrals from specialists" in said
    allowed = profile["industry"]["referral_allowed"]
    assert narrowed in _words(allowed)
    assert "shelters, groomers and boarding kennels" not in allowed
    ba102 = _words(finding_words_of(next(iter(_findings(profile, "BA102").values()))))
    assert "build relationships with boarding kennels; you fund the shelters already" in ba102


def finding_words_of(finding: dict[str, Any]) -> str:
    return f"{finding['message']} {finding['advice']}"


def test_the_whole_list_stays_where_the_line_names_no_partner_or_two(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Near cases. (1) The vet's groomer cards renamed "Trainer referral gift cards ($25/new
    client)": BA114 still warns (a trainer is among those the vertical's rules reach), but the
    line names none of the three partners listed, so BA114's advice and the block quote the
    list whole, as before. (2) Renamed "Groomer and kennel referral gift cards": two of the
    three named (groomer, kennel), 3 − 2 = 1 counted: "groomers, boarding kennels and the one
    other kind of referral partner the rules name"."""
    text = _VET.read_text(encoding="utf-8")
    assert text.count("Groomer referral gift cards") == 1
    whole = "build relationships with shelters, groomers and boarding kennels;"
    path = write_profile(
        text.replace("Groomer referral gift cards", "Trainer referral gift cards"), "vet1.yaml"
    )
    profile = _run(run_cli, path)
    (finding,) = _findings(profile, "BA114").values()
    assert whole in _words(finding_words_of(finding))
    assert whole in _words(profile["industry"]["referral_allowed"])
    path = write_profile(
        text.replace("Groomer referral gift cards", "Groomer and kennel referral gift cards"),
        "vet2.yaml",
    )
    profile = _run(run_cli, path)
    (finding,) = _findings(profile, "BA114").values()
    assert (
        "build relationships with groomers, boarding kennels and the one other kind of "
        "referral partner the rules name;"
    ) in _words(finding_words_of(finding))


def test_a_chiropractors_trainer_gifts_count_three_other_partners() -> None:
    """The chiropractic vertical lists four partners: "physicians, physical therapists,
    massage therapists and trainers without paying for referrals". A line of gift cards to
    personal trainers per referral names "trainer": 4 − 1 = 3 others, and the qualifier that
    follows the list stays: "build relationships with trainers and the three other kinds of
    referral partner the rules name without paying for referrals"."""
    report = _report(
        small_case(
            "Align Chiropractic",
            "chiropractic",
            [
                {"name": "Gift cards to personal trainers per referral", "spend": 2000},
                {"name": "Google Ads", "spend": 12000},
            ],
            {"google ads": 60, "trainer referrals": 20},
        )
    )
    (finding,) = [f for f in report.findings if f.rule == "BA114"]
    assert (
        "build relationships with trainers and the three other kinds of referral partner the "
        "rules name without paying for referrals"
    ) in _words(finding_words(finding))


# -- "may be in this count" -------------------------------------------------------------------


def _consultant_as(write_profile: WriteProfile, *sources: str) -> Path:
    text = _PI_FIRM.read_text(encoding="utf-8")
    assert "    case consultant: 85\n" in text
    return write_profile(text.replace("    case consultant: 85\n", "".join(sources)))


def test_a_consultants_cases_listed_as_referrals_are_said_plainly(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """The PI firm with the consultant's 85 cases listed as 'word of mouth' (a referral): the
    sources list 62 + 28 + 22 + 8 + 70 + 85 + 25 + 18 + 22 = 340, every new customer. The
    only source no line reaches is 'word of mouth' (the co-counsel split reaches the 22
    'attorney referral'; the ads, the runners' lines and the tow yards' payments reach their
    own), and it is a referral, so the consultant's cases are among its 85. The blended CAC
    keeps all 340, (756,000 + 72,000) ÷ 340 = $2,435.29, and says they are in it at no cost;
    the CAC excluding referrals, (756,000 − 231,000 − 72,000 + 72,000 × 120 ÷ 340) ÷ 120 =
    (453,000 + 25,411.76) ÷ 120 = $3,986.76, leaves out the 47 + 85 = 132 referrals, and says
    the consultant's are among them. Neither says "may be in this count"."""
    path = _consultant_as(write_profile, "    word of mouth: 85\n")
    economics = _run(run_cli, path)["economics"]
    assert economics["cac"]["value"] == "2435.29"
    assert economics["non_referral_cac"]["value"] == "3986.76"
    blended = _words(economics["cac"]["basis"])
    apart = _words(economics["non_referral_cac"]["basis"])
    head = (
        f"'{_CONSULTANT}', which BA114 warns about, is not counted here ($84,000), and no "
        "source's customers are joined to it: the customers it brought are among the 85 from "
        "'word of mouth', the only source no line reaches, listed as referrals, "
    )
    assert head + "so they are in this count at no cost" in blended
    assert head + "which this count leaves out" in apart
    assert "may be in this count" not in blended + apart
    assert "132 did" in apart


def test_the_hedge_stays_where_the_profile_does_not_say(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """Near cases that keep "they may be in this count at no cost". (1) The 85 split as 75
    'word of mouth' and 10 'other': 'other' is no referral, so the consultant's cases may be
    among the 10 the CAC excluding referrals counts: its count is 120 + 10 = 130 and the 132
    referrals become 122 (47 + 75). (2) The 85 not listed at all: the sources come to
    340 − 85 = 255 of the 340 new customers, so 85 are listed nowhere and the consultant's may
    be among them. The blended CAC is $2,435.29 both times (828,000 ÷ 340)."""
    path = _consultant_as(write_profile, "    word of mouth: 75\n", "    other: 10\n")
    economics = _run(run_cli, path)["economics"]
    assert economics["cac"]["value"] == "2435.29"
    assert "122 did" in economics["non_referral_cac"]["basis"]
    for basis in (economics["cac"]["basis"], economics["non_referral_cac"]["basis"]):
        assert "they may be in this count at no cost" in _words(basis)
    path = _consultant_as(write_profile)
    economics = _run(run_cli, path)["economics"]
    assert economics["cac"]["value"] == "2435.29"
    assert "they may be in this count at no cost" in _words(economics["cac"]["basis"])

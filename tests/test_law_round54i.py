"""The fifty-fourth round's re-review, part i (AU5, AU14's wording and AU15, 2026-12-07): a dance
studio's competition entry fees collected from parents or paid to the competitions, read as its
own cost or as acquisition marketing (AU5); a charter company's trip deposits told of pre-need,
IOLTA and telemarketing law, and a wholesaler's one marketing share printed twice (AU14); the
trades' common names left unread or misread (AU15). Each expectation is worked out by hand; the
reviewer's figures were a check, re-worked here. The near names that must not move are named
beside each."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bizaudit.core.financing import contract_liability, name_moves

from .conftest import ACQUIRE, COST, OVERHEAD, answer_in, small_case
from .test_rules import _report

_HERE = Path(__file__).parent / "fixtures" / "round54i"


def _law(report: Any, rule: str) -> dict[str, Any]:
    """One rule's findings by the line they name."""
    return {f.subject: f for f in report.findings if f.rule == rule}


# -- AU5: competition entry fees collected from parents are collected for others -------------


@pytest.mark.parametrize(
    "name",
    [
        "5020 Comp fees pd to competitions (collected from parents)",
        "Comp fees pd to competitions (collected from parents)",
        "Competition entry fees - collected from parents",
        "Competition fees collected from parents",
        "Competition entry fees collected from dancers",
        "Comp entry fees paid to competitions",
        # AS7 of round 53, which must keep its reading
        "Competition fees collected from families (passed through)",
    ],
)
def test_competition_fees_collected_from_parents_are_collected_for_others(name: str) -> None:
    """AU5: the entry is the dancer's and the competition provides it; the studio collects its
    price for the competition, as its agent (ASC 606-10-32-2; 606-10-55-36 to 55-40), whether
    the line says the parents paid it or the competitions got it. "Parents" and "dancers" are
    read as "families" is."""
    assert name_moves(name) == "collected"


@pytest.mark.parametrize(
    ("name", "moves"),
    [
        ("5030 Comp entry fees", None),  # no words say whose: the studio's own cost
        ("Workers comp fees paid to the state fund", None),
        ("Costume fees collected from parents", "received"),  # a costume sold is revenue
        ("Recital ticket sales", "received"),
        ("Competition team choreographer", None),
    ],
)
def test_near_names_of_competition_fees_keep_their_reading(name: str, moves: str | None) -> None:
    """AU5's near names: a bare "Comp entry fees", workers' comp, and what the studio sells
    itself (costumes, recital tickets: AS7 of round 53) are not collected for others."""
    assert name_moves(name) == moves


def test_a_dance_studios_competition_fees_come_out_of_revenue_and_costs(run_cli: Any) -> None:
    """AU5 on the reviewer's dance.yaml (Pointe & Play Dance Academy), worked by hand.

    Revenue $612,000. Lines: cost of sales 148,000 + 24,000 + 41,000 + 16,000 = 229,000 (and,
    since AU15, the trophies and jackets, 6,800); the competition fees 58,000; ShowTix4U 2,200;
    marketing 9,600 + 1,800 + 2,400 + 900 + 1,500 + 1,200 = 17,400; overhead 96,000 + 14,000 +
    2,400 + 1,100 + 38,000 + 6,200 + 70,000 + 4,800 = 232,500. All spend 229,000 + 6,800 +
    58,000 + 2,200 + 17,400 + 232,500 = 545,900; operating profit 612,000 - 545,900 = 66,100.

    The $58,000 of competition fees, collected from the parents and paid to the competitions,
    is no part of the studio's revenue: $612,000 - $58,000 = $554,000, and out of the costs
    too, so the profit is the same, $66,100: 10.8% of $612,000 (66.1 / 612 = 0.1080), 11.9% of
    $554,000 (66.1 / 554 = 0.1193).

    BA101: marketing 17,400 / 554,000 = 3.141%, "3.14%", under fitness's 6% minimum. The
    free trial week ($1,500) is revenue given up, not money spent: money spent 15,900. 6% of
    554,000 = 33,240; the gap 33,240 - 15,900 = 17,340 (the reviewer's $17,340 checks; before
    the mend 6% of 612,000 = 36,720 - 15,900 = 20,820). The profit without the lines BA116
    names: 66,100 + 1,500 (the trial week; the fees change no profit) = 67,600, and after the
    budget 67,600 - 17,340 = 50,260.

    Since BG6 of the sixty-first round's re-review the trial week is out of the revenue the
    minimum in money is of, as it is out of the marketing: 6% of (554,000 - 1,500 = 552,500)
    = 33,150; the gap 33,150 - 15,900 = 17,250; after the budget 67,600 - 17,250 = 50,350.
    Since the sixty-second round (part h) the profit the advice weighs is on that base too: the
    trial week out of revenue as well as out of the costs, (554,000 - 1,500) - (487,900 -
    1,500) = 66,100, the profit as listed, and after the budget 66,100 - 17,250 = 48,850."""
    result = run_cli("check", _HERE / "dance.yaml", "-f", "json")
    report = json.loads(result.stdout)["profiles"][0]
    collected = {f["subject"]: f["message"] for f in report["findings"] if f["rule"] == "BA116"}
    fees = " ".join(collected["5020 Comp fees pd to competitions (collected from parents)"].split())
    assert "money collected for others" in fees
    # (of net revenue without the trial week since round 63, one base for every margin:
    # 66,100 ÷ (612,000 − 58,000 − 1,500 = 552,500) = 12%; with the fees, 66,100 ÷ 610,500 =
    # 10.8%)
    assert "$66,100, is the same either way: 10.8% of net revenue with it, 12% of $552,500" in fees
    (ba101,) = (f for f in report["findings"] if f["rule"] == "BA101")
    text = " ".join(ba101["message"].split())
    advice = " ".join(ba101["advice"].split())
    assert "3.14% of own revenue as listed ($17,400 of $554,000" in text
    assert "in own revenue ($552,500), the gap is $17,250" in text
    assert "$33,150" in advice
    assert "$66,100 → $48,850" in advice
    assert "$67,600" not in advice


def test_the_variant_entry_fees_are_no_funded_channel() -> None:
    """AU5's variant: "Competition entry fees - collected from parents" had been read as
    acquisition marketing ('competition entries') and counted as the studio's one funded
    channel. Collected for others now, it is out of marketing (no money of the studio's spent)
    and out of the channels; the costume fees collected from parents stay money received."""
    lines = [
        "Competition entry fees - collected from parents",
        "Costume fees collected from parents",
    ]
    report = _report(
        small_case(
            "Pointe Dance Academy",
            "fitness",
            [{"name": n, "spend": 10000} for n in lines],
            {"friend": 10},
        )
    )
    found = _law(report, "BA116")
    assert "money collected for others" in found[lines[0]].message
    assert found[lines[1]].message.startswith(f"'{lines[1]}' ($10,000) looks like money the")
    assert lines[0] not in report.predictability.channels


# -- AU14: a charter company's trip deposits are a contract liability, nothing more --------


def test_a_charter_companys_trip_deposits_cite_only_the_contract_liability() -> None:
    """AU14: "2300 Cust deposits - future trips" is a customer's payment before the trip is
    run, a contract liability (ASC 606-10-45-2). It had been told of pre-need sellers, IOLTA
    (ABA Model Rule 1.15), property managers' licence law and the Telemarketing Sales Rule's
    dedicated accounts (16 CFR §310.4(a)(5)(ii)), none of which governs a bus company's
    deposits. The figures are the rule's own, unchanged: on $1,000,000 of revenue and
    $185,000 + $100,000 + $40,000 + $10,000 = $335,000 of spend (small_case's owner's
    salary and rent, and Google Ads), the profit is $665,000 with the deposits and
    $850,000 without them."""
    lines = [{"name": "2300 Cust deposits - future trips", "spend": 185000}]
    report = _report(
        small_case(
            "Summit Coach & Limousine",
            "hospitality",
            [*lines, {"name": "Google Ads", "spend": 10000}],
            {"google": 50},
        )
    )
    message = " ".join(_law(report, "BA116")["2300 Cust deposits - future trips"].message.split())
    assert "a contract liability" in message
    assert "(ASC 606-10-45-2)" in message
    for law in ("pre-need", "IOLTA", "Model Rule", "310.4", "licence law", "escrow"):
        assert law not in message, law
    assert "$665,000" in message
    assert "$850,000" in message


@pytest.mark.parametrize(
    ("name", "liability"),
    [
        ("2300 Cust deposits - future trips", True),
        ("Deposits for future trips", True),
        ("Customer deposits - weddings", True),
        ("Deferred revenue", True),
        ("Layaway deposits", True),
        # near names: held under a law, or given back, keep their own words
        ("Client trust account deposits (IOLTA)", False),
        ("Pre-need trust deposits", False),
        ("Tenant security deposits held", False),
        ("Customer deposits refunded", False),
        ("Client dedicated acct deposits", False),
    ],
)
def test_which_customer_money_is_a_contract_liability(name: str, liability: bool) -> None:
    """AU14's near names: money the words put in trust, escrow or a dedicated account, and
    tenants' deposits, keep the trust and licence words; a deposit given back keeps AN6's."""
    assert contract_liability(name) is liability


# -- AU14: one share is printed once ---------------------------------------------------------


def test_the_wholesalers_one_marketing_share_is_printed_once(
    run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """AU14: the wholesaler's key figures printed "Marketing ÷ gross revenue 22.4%" and "All
    marketing ÷ revenue 22.4%": one figure, $137,288 of marketing on $612,000 of revenue
    (137,288 / 612,000 = 22.43%), under two names. The second row is shown only when it
    differs."""
    monkeypatch.setenv("COLUMNS", "80")
    text = run_cli("check", str(_HERE / "wholesale.yaml")).stdout
    assert "22.4%" in text
    assert "All marketing ÷ revenue" not in text


# -- AU15: the trades' common names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        ("death-care", "5050 Retort maint & reline", COST),
        ("death-care", "Lunch for vet staff", ACQUIRE),
        ("death-care", "Lunches for vets", ACQUIRE),
        ("fitness", "6120 Jackrabbit Class", OVERHEAD),
        ("fitness", "Jackrabbit", OVERHEAD),
        ("fitness", "6060 Year-end trophies & team jackets", COST),
        ("hospitality", "5060 Driver gratuities paid out", COST),
        ("real-estate", "5010 Transactional funding fees", COST),
        ("consulting", "5025 LexisNexis Accurint", COST),
        ("consulting", "5020 TLO/IRB subs", COST),  # the same kind, read so before
    ],
)
def test_the_trades_common_names_are_read(vertical: str, name: str, answer: Any) -> None:
    """AU15: each had been unknown (BA106) or read as overhead. A retort is the cremation
    chamber, its upkeep a cost of each cremation, as "Crem fuel" is; Jackrabbit is a class
    studio's software; the year's trophies and team jackets are part of the season the
    families pay for; the drivers' gratuities are their pay for the trips, as "Drvr wgs" is;
    transactional funding pays for a double close's A-B purchase; Accurint is a database
    search, as TLO/IRB is; a lunch for the clinics' staff cultivates the clinics, as "Vet
    lunch" does."""
    assert answer_in(vertical, name) == answer


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        ("legal", "LexisNexis", OVERHEAD),  # a law office's research keeps its reading
        ("death-care", "Staff lunch", OVERHEAD),  # the crematory's own staff
        ("fitness", "Instructor pay", OVERHEAD),
    ],
)
def test_near_names_of_the_trades_words_keep_their_reading(
    vertical: str, name: str, answer: Any
) -> None:
    """AU15's near names: a bare "LexisNexis" stays overhead, and a crematory's own staff lunch
    and a gym's instructor pay read as they did (overhead, as before the mend)."""
    assert answer_in(vertical, name) == answer

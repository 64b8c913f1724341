"""The fifty-third review round, part a (AS1, AS3's payments and AS4, 2026-12-07): paying
those who send customers. A private investigator's gifts to insurance adjusters per claim
assigned and its fees to paralegals and attorneys' staff per case sent; a charter company's
secret commissions to corporate travel managers; a pet crematory's fees and rebates to the
vet clinics that send it pets. Each expectation worked out by hand from the rules the mends
quote, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.commercial_bribery import deciders_named, gives_deciders
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

from .conftest import finding_words, small_case
from .test_rules import _facts, _report

# -- AS3: a private investigator's payments to those who send it work -------------------------

_PI = "Keystone Investigations"
_PI_PAID = (
    "Gifts to insurance adjusters per claim assigned",
    "Referral fee to paralegals per case referred",
    "Per-case fee to attorneys' staff who send cases",
)
#: near names an agency pays its own people, or a principal is told of, which must not move
_PI_OWN = (
    "Investigators paid per case",
    "Adjuster fees per claim",
    "Adjuster commissions per claim",
    "Contract paralegal fees per case",
    "Paralegal wages",
    "Insurance adjuster lunch and learn",
    "Independent adjuster fees per claim",
    "Referral fee to paralegals per case referred (disclosed to firm)",
    "Database subscriptions (TLO, IRB)",
)


def _pi(lines: list[dict[str, object]]) -> dict[str, Any]:
    return small_case(_PI, "consulting", lines, {"attorneys": 50, "insurers": 30, "paralegals": 20})


def test_an_investigators_gifts_to_adjusters_and_fees_to_paralegals_are_ba121() -> None:
    """AS3: an insurer's adjuster assigns its claims and a law firm's paralegal sends its
    cases: each acts for a principal, and a benefit from the investigator for the work they
    steer, without the principal's knowledge, is commercial bribery (Cal. Penal Code §641.3;
    N.Y. Penal Law §180.00) and a secret commission the law of agency forbids (Restatement
    (Third) of Agency §§8.02, 8.06). Before the mend the three lines passed (operations
    'insurance', marketing 'referral fee', operations 'attorney'). Each is a BA121 warning
    naming them as agents; the agency's own pay per case or claim, a lunch alone, an
    independent adjuster's fee and a fee the firm is told of stay silent, and a body shop's
    gifts to adjusters stay BA114's alone."""
    for name in _PI_PAID:
        assert gives_deciders(name), name
        assert deciders_named(name) == {"agent"}, name
    for name in _PI_OWN:
        assert not gives_deciders(name), name
    report = _report(_pi([{"name": n, "spend": 5000} for n in (*_PI_PAID, *_PI_OWN)]))
    found = {f.subject: f for f in report.findings if f.rule == "BA121"}
    assert set(found) == set(_PI_PAID)
    for name in _PI_PAID:
        said = finding_words(found[name])
        assert "secret commission" in said
        assert "§§8.02 and 8.06" in said
        assert "§641.3" in said
        assert "§180.00" in said
        assert "stop it" in said
        assert found[name].severity == "warning"
    # a body shop's gifts to adjusters stay BA114's, under the auto-repair vertical's own rule
    # (Cal. Penal Code §551, D12 of the forty-eighth round's re-review): BA121 says nothing
    shop = _report(
        small_case(
            "Precision Collision",
            "auto-repair",
            [{"name": _PI_PAID[0], "spend": 5000}],
            {"insurers": 100},
        )
    )
    rules = {f.rule for f in shop.findings if f.subject == _PI_PAID[0]}
    assert "BA114" in rules
    assert "BA121" not in rules


def test_plan_never_grows_paralegals_paid_per_case() -> None:
    """AS3: `plan --budget 50000 pi-edge.yaml` said of "Referral fee to paralegals per case
    referred" ($12,000, 10 customers: $1,200 each) "recruit more, or change the rate".
    Once BA121 reads the line, its channel is restricted and left alone, naming BA121."""
    line = "Referral fee to paralegals per case referred"
    facts = _facts(_pi([{"name": line, "spend": 12000}, {"name": "Google Ads", "spend": 6000}]))
    (paralegals,) = [c for c in facts.by_channel if c.name == line]
    assert paralegals.restricted == "BA121"
    why = left_alone_text(left_alone(paralegals, 1))
    assert why is not None
    assert "BA121" in why
    assert "recruit more" not in why


# -- AS4: a charter company's secret commissions to travel managers ---------------------------

_CHARTER = "Summit Charter & Limousine"
_CHARTER_PAID = (
    "Secret commissions to corporate travel managers per booking (not disclosed to employer)",
    "Gift cards to executive assistants who book limos",
    "Travel coordinator kickbacks per trip",
)
_CHARTER_OWN = (
    "Travel agent commissions 10% per booking",
    "Travel manager commissions (disclosed to employer)",
    "Travel expenses",
    "Executive assistant salary",
    "Travel desk fees per booking",
    "Driver wages",
)


def test_secret_commissions_to_travel_managers_are_ba121_as_a_planners_are() -> None:
    """AS4: a corporate travel manager books charters for their employer, as an event planner
    books for a client; a per-booking payment "not disclosed to employer" is the secret
    commission BA121 already named for planners (Restatement (Third) of Agency §§8.02, 8.06;
    N.Y. Penal Law §180.00; Cal. Penal Code §641.3). Before the mend the line was
    contra-revenue 'commissions' with no finding. Each of the three is a BA121 warning; a
    travel agent's disclosed commission (the trade's ordinary one), a commission the employer
    is told of, the business's own assistant's salary and travel stay silent."""
    for name in _CHARTER_PAID:
        assert deciders_named(name) == {"agent"}, name
    lines = [{"name": n, "spend": 5000} for n in (*_CHARTER_PAID, *_CHARTER_OWN)]
    report = _report(
        small_case(_CHARTER, "hospitality", lines, {"travel managers": 60, "google": 40})
    )
    found = {f.subject: f for f in report.findings if f.rule == "BA121"}
    assert set(found) == set(_CHARTER_PAID)
    for name in _CHARTER_PAID:
        assert "secret commission" in found[name].message
        assert "§§8.02 and 8.06" in found[name].message


# -- AS1: a pet crematory's payments to the vet clinics that send it pets ---------------------

_PET = "Evergreen Pet Cremation"
_PET_PAID = (
    "Per-pet handling fee paid to referring vet clinics",
    "Rebate to vet clinics for each private cremation sold",
    "Gift cards to vet techs per pet referred",
)
_PET_ASKED = "Handling fees to vet clinics"
#: near names a crematory pays that pay no clinic, or that the clinic charges the owner
_PET_OWN = (
    "Vet clinic markup on cremation (clinic bills owner $300, we bill clinic $150)",
    "Cremation technicians",
    "Communal cremations sold as private (ashes not individually separated)",
    "Vet clinic lunch and learn",
    "Crematory fuel",
)


def _pet(industry: str, name: str = _PET) -> dict[str, Any]:
    lines = [{"name": n, "spend": 10000} for n in (*_PET_PAID, _PET_ASKED, *_PET_OWN)]
    return small_case(name, industry, lines, {"vet clinics": 80, "google": 20})


def test_a_pet_crematorys_payments_to_vet_clinics_quote_the_vets_rule() -> None:
    """AS1: a payment per pet, a rebate for each private cremation sold and gift cards to the
    vet techs pay the clinics for the pets they send. The rule that binds is the clinics':
    Cal. Bus. & Prof. Code §650(a) forbids any Division 2 licensee, veterinarians included,
    to offer, deliver, receive or accept consideration for referring clients; §650(b) allows
    payment for other services at their value (read with the search tool). Before the mend,
    under `death-care` the fee and the gift cards quoted human funeral-board law (49 Pa.
    Code §13.202(5)) and the rebate (cost of sales 'cremation') passed; under `veterinary`
    the fee quoted the OIG's laboratory alert. Now, under either vertical, the three are
    BA114 warnings quoting §650(a) and neither the funeral-board nor the laboratory text; a
    bare "Handling fees to vet clinics", which may pay for storing the body at its value, is
    asked (info); the clinic's own markup, the crematory's staff and a lunch stay silent; a
    human funeral home keeps the funeral board's text."""
    for industry in ("death-care", "veterinary"):
        report = _report(_pet(industry))
        found = {f.subject: f for f in report.findings if f.rule == "BA114"}
        assert set(found) == {*_PET_PAID, _PET_ASKED}, industry
        for name in (*_PET_PAID, _PET_ASKED):
            said = finding_words(found[name])
            assert "§650(a)" in said, (industry, name)
            assert "§650(b)" in said
            assert "13.202" not in said
            assert "Laboratory Payments" not in said
            assert "veterinary medical board" in said
        for name in _PET_PAID:
            assert found[name].severity == "warning", (industry, name)
        assert found[_PET_ASKED].severity == "info", industry

    # a funeral home (no pet in its name) keeps the death-care vertical's own text (49 Pa.
    # Code §13.202(5)), and a rebate to a vet clinic is not read as a crematory's
    report = _report(
        small_case(
            "Evergreen Funeral Home",
            "death-care",
            [
                {"name": "Per-pet handling fee paid to referring vet clinics", "spend": 10000},
                {"name": "Rebate to vet clinics for each private cremation sold", "spend": 10000},
            ],
            {"hospice": 100},
        )
    )
    found = {f.subject: f for f in report.findings if f.rule == "BA114"}
    assert "Rebate to vet clinics for each private cremation sold" not in found
    fee = found["Per-pet handling fee paid to referring vet clinics"]
    assert "13.202" in fee.message
    assert "§650(a)" not in fee.message

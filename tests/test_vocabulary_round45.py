"""The forty-fifth review round's words (a CFO's review of six trades with no vertical of their
own, 2026-12-06): outpatient addiction treatment (read as medical), a title and escrow agency
(mortgage), a freight broker (staffing), a marina (self-storage), a cosmetic surgeon (med-spa)
and a property manager (real-estate). Each expectation is worked out from the definitions in
docs/domain.md (marketing acquire/retain/grow, sales, cost of sales, contra-revenue,
operations), with the near names that must not move."""

from __future__ import annotations

import pytest

from .conftest import ACQUIRE, CONTRA, COST, OVERHEAD, SELLING, answer_in

# T9, T13, T17, T23, T24: activities


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        # T9: escrow and closing staff close the settlement sold, as the mortgage vertical's
        # closers do: cost of sales, not a sale's closing
        ("mortgage", "Escrow and closing staff salaries", COST),
        ("mortgage", "Escrow officers", COST),
        ("mortgage", "Closing staff", COST),
        ("mortgage", "6210 Closer Payroll", COST),
        # T13: insurers' authorisations and the facility's accreditation are operations
        ("medical", "Utilization review staff", OVERHEAD),
        ("medical", "6210 UR Nurse", OVERHEAD),
        ("medical", "Joint Commission accreditation and state licensure", OVERHEAD),
        # T17: an MSA is a payment for marketing, not a brokerage split taken off revenue
        ("mortgage", "Marketing services agreement - Keller Williams office", ACQUIRE),
        # ...a title agency's mobile notary is a cost of each file
        ("mortgage", "6310 Mobile Notary - Snapdocs", COST),
        # ...a consult fee credited against surgery is revenue given up
        ("med-spa", "6110 Consult Fee Credits", CONTRA),
        # ...vetting carriers is running the brokerage
        ("staffing", "Carrier onboarding and monitoring (Highway)", OVERHEAD),
        # T23: a freight brokerage's ledger
        ("staffing", "Carrier pay", COST),
        ("staffing", "5000 COGS:Carrier Pay", COST),
        ("staffing", "Freight agent commissions (1099 agent, 65% of margin)", SELLING),
        ("staffing", "6200 RMIS Carrier Setup", OVERHEAD),
        ("staffing", "6210 Carrier411", OVERHEAD),
        ("staffing", "6300 McLeod PowerBroker", OVERHEAD),
        ("staffing", "TMS (Rose Rocket)", OVERHEAD),
        ("staffing", "6400 Ins - Contingent Cargo", OVERHEAD),
        ("staffing", "6410 BMC-84 Bond", OVERHEAD),
        ("staffing", "6920 Claims Pd - OS&D", OVERHEAD),
        ("staffing", "6710 TIA Capital Ideas Conf", ACQUIRE),
        ("staffing", "6700 TIA Dues", OVERHEAD),
        # T24: the other trades' abbreviations and nouns
        ("medical", "6500 Ins - Prof Liab", OVERHEAD),
        ("med-spa", "6400 Ins - Med Mal", OVERHEAD),
        ("self-storage", "660 Ins - Marina Ops Liability (Markel)", OVERHEAD),
        ("medical", "6900 Bank Svc Chgs", OVERHEAD),
        ("medical", "RCM - 5.5% of coll.", OVERHEAD),
        ("medical", "Medical director", OVERHEAD),
        ("self-storage", "665 USL&H Work Comp", OVERHEAD),
        ("self-storage", "645 Pumpout Svc", OVERHEAD),
        ("mortgage", "6400 SoftPro", OVERHEAD),
        ("mortgage", "6410 Qualia", OVERHEAD),
        ("mortgage", "Wire fraud prevention (CertifID)", OVERHEAD),
        ("mortgage", "6510 Fidelity Bond", OVERHEAD),
        ("medical", "LegitScript cert", OVERHEAD),
        ("mortgage", "5020 Title Plant - DataTrace", COST),
        ("mortgage", "Title plant and search fees (DataTrace)", COST),
        ("med-spa", "Breast implants and surgical supplies", COST),
        ("med-spa", "Anesthesia (CRNA) fees", COST),
        ("med-spa", "Anesthesia", COST),
        ("med-spa", "Surgical facility fees (ASC)", COST),
        ("med-spa", "OR facility fees", COST),
        ("med-spa", "Post-op compression garments", COST),
        ("med-spa", "Surgeon pay (contract)", COST),
        ("medical", "Drug testing supplies (UA cups)", COST),
        ("med-spa", "Before/after photos - stock images and retouched", ACQUIRE),
        ("medical", "6120 Admissions Coord Payroll", SELLING),
        ("medical", "Admissions call center wages (in-house)", SELLING),
        ("medical", "Admissions coordinators (W-2 salaries)", SELLING),
        ("med-spa", "6050 Mktg - PatientNow CRM", SELLING),
    ],
)
def test_the_rounds_ledger_words(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        # a designer's stock photos for client projects are still bought for resale
        ("freelance", "Stock photos for client projects", COST),
        # a notary's own directory listing wins it work
        (None, "Mobile notary directory (123notary)", ACQUIRE),
        # a trucking carrier's load board finds its loads (the build part's label)
        (None, "DAT load board", SELLING),
        # a membership stays one; a sales commission stays selling
        (None, "Sales commissions", SELLING),
        # a sale's closing stays selling where no escrow or staff is named
        (None, "Closing bonus", SELLING),
        # reviews asked of customers stay marketing
        (None, "Review requests (Podium)", ("marketing", "retain")),
    ],
)
def test_near_names_that_must_not_move(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer

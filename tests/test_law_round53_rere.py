"""The fifty-third review round's re-review, AT1 (2026-12-07): a private investigator's
"Referral fee to attorneys 10% of invoice". Once the attorneys are read as the agency's clients
(AS9), the fee is paid to the client's own agent for steering the client's matter: BA121 asks
whether the client is told, and `plan` never grows it. Each expectation worked out by hand from
the sources the mend quotes, with the near names that must stay silent."""

from __future__ import annotations

from typing import Any

from bizaudit.core.commercial_bribery import deciders_named, gives_deciders
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

from .conftest import finding_words, small_case
from .test_rules import _facts, _report

_PI = "Keystone Investigations"
_FEE = "Referral fee to attorneys 10% of invoice"
#: fees or kickbacks to attorneys for the matters they send
_PAID = (
    _FEE,
    "Commission to attorneys per case sent",
    "Lawyer referral commissions 10% of fee",
)
#: near names that must not move: marketing to attorneys, their retention, the agency's own
#: paralegal's salary and lawyer's fees, money received, a fee the clients are told of
_NEAR = (
    "CLE seminar sponsorship for attorneys",
    "Attorney client appreciation dinner",
    "Paralegal salary",
    "Holiday gifts - referring attorneys",
    "Legal fees - attorney for collections",
    "Referral fees received from attorneys",
    "Referral fee to attorneys 10% of invoice (disclosed to clients)",
)


def _pi(lines: list[dict[str, object]]) -> dict[str, Any]:
    return small_case(_PI, "consulting", lines, {"attorneys": 50, "insurers": 30, "google": 20})


def test_a_referral_fee_to_attorneys_is_asked_by_ba121() -> None:
    """AT1: before the mend "Referral fee to attorneys 10% of invoice" ($30,000) had no
    finding. The attorney acts for the client who pays the agency's invoice; 10% of it paid
    back to the attorney, unknown to the client, is a benefit from a third party the agent may
    not take (Restatement (Third) of Agency §§8.02, 8.06), commercial bribery (N.Y. Penal Law
    §180.00; Cal. Penal Code §641.3), and the lawyer may take it only with the client's
    informed consent (Model Rule 1.7(a)(2); D.C. Bar Ethics Op. 361). So each of the three
    paid lines is one BA121 warning, worded as a question ("Is the fee ... told to the
    attorneys' clients?"); the six near names have none."""
    for name in _PAID:
        assert gives_deciders(name, attorneys_refer=True), name
        assert not gives_deciders(name), name  # a law firm's own fee division: not asked
        assert deciders_named(name) == {"attorney"}, name
    for name in _NEAR:
        assert not gives_deciders(name, attorneys_refer=True), name
    report = _report(_pi([{"name": n, "spend": 5000} for n in (*_PAID, *_NEAR)]))
    found = {f.subject: f for f in report.findings if f.rule == "BA121"}
    assert set(found) == set(_PAID)
    for name in _PAID:
        said = finding_words(found[name])
        assert said.startswith(f"Is the fee in {name!r} told to the attorneys' clients?")
        assert "secret commission" in said
        assert "§§8.02 and 8.06" in said
        assert "§180.00" in said
        assert "§641.3" in said
        assert "Model Rule 1.7(a)(2)" in said
        assert "recruit no more" in said
        assert found[name].severity == "warning"

    # A law firm may divide a fee with a lawyer of another firm (Model Rule 1.5(e)), and its
    # referral payments are BA114's under the legal vertical's rule: BA121 does not read the
    # fee there (``licensed``)
    firm = _report(
        small_case("Hale & Ortiz LLP", "legal", [{"name": _FEE, "spend": 5000}], {"attorneys": 100})
    )
    assert not [f for f in firm.findings if f.rule == "BA121" and f.subject == _FEE]


def test_plan_never_grows_the_attorneys_referral_fee() -> None:
    """AT1: `plan --budget 50000 pi-edge.yaml` said of the attorneys' fee ($30,000 for 30
    customers, $1,000 each) "recruit more, or change the rate, instead". With BA121 reading
    the line its channel is restricted and left alone, naming BA121, never "recruit more"."""
    facts = _facts(_pi([{"name": _FEE, "spend": 30000}, {"name": "Google Ads", "spend": 6000}]))
    # (without the consulting vertical's terms, which _facts does not apply, the attorneys'
    # source joins the referrals' channel, and the fee with it: the one channel BA121 restricts)
    (attorneys,) = [c for c in facts.by_channel if c.restricted == "BA121"]
    why = left_alone_text(left_alone(attorneys, 1))
    assert why is not None
    assert "BA121" in why
    assert "recruit more" not in why

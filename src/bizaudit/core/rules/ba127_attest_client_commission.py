"""BA127: a CPA firm takes a commission on a client whose financial statements it audits or
reviews."""

from __future__ import annotations

from collections.abc import Iterator

# (the reading lives in core.cpa_referrals, which BA114 reads too: rules import no rule; AQ4 of
# the fifty-second round's second re-review, 2026-12-07)
from bizaudit.core.cpa_referrals import takes_attest_commission
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule, lines_in_trade
from bizaudit.model.policy import EffectivePolicy

__all__ = ["AttestClientCommission", "takes_attest_commission"]


class AttestClientCommission(Rule):
    """A CPA firm takes a commission on clients whose financial statements it audits, reviews
    or compiles.

    Why it matters: the AICPA Code of Professional Conduct forbids a member in public practice
    to recommend or refer a product or service to a client for a commission, or to receive a
    commission, while the firm performs for that client an audit or a review of financial
    statements, a compilation that a third party may use and whose report does not disclose a
    lack of independence, or an examination of prospective financial information
    (Commissions and Referral Fees, ET 1.520.001, part A, formerly Rule 503); state boards of
    accountancy enforce the same bar. A commission taken on any other client is allowed only
    disclosed. G5 of the thirty-ninth review round (2026-12-05): a firm's "Commissions received
    - annuity referrals (audit clients)" was read as money received, with no word of the rule
    the report quoted elsewhere.

    How it is computed: in a profile read by the accounting vertical (declared, or its name
    says CPA or accounting), a line whose name or note names a commission, clients the firm
    performs attest work for (audit, review, compilation or attest clients), and the firm's
    taking it (received, earned, income, or an insurer's, a fund's, a vendor's product), unless
    it says the clients are none of those ("non-attest", "tax-only"). A commission the firm pays
    its own staff for winning audit work is not one. It is a warning, and the score stops at
    79, below "Strong", as for BA114.

    How to fix: stop taking commissions from clients the firm audits, reviews or compiles for:
    decline or return them, or end the attest engagement; disclose any commission taken from
    other clients, and ask the state board of accountancy. If the line's clients get no attest
    work, say so in its name ("non-attest clients") or skip this rule with the reason.
    """

    id = "BA127"
    name = "attest-client-commission"
    severity = "warning"
    summary = "A CPA firm takes a commission on a client it audits or reviews"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        return lines_in_trade(facts, "accounting", takes_attest_commission)

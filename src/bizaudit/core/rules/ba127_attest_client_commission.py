"""BA127: a CPA firm takes a commission on a client whose financial statements it audits or
reviews."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule, lines_in_trade
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy

__all__ = ["AttestClientCommission", "takes_attest_commission"]

#: A commission: what ET 1.520.001 part A bars (a referral fee is part B's, disclosed)
_COMMISSION = LazyPattern(r"\bcommissions?\b", re.IGNORECASE)
#: Clients the firm performs attest work for: an audit, a review, a compilation, an
#: examination of prospective financial information ("audit clients", "audit/review clients",
#: "clients we audit")
_ATTEST = LazyPattern(
    r"\b(?:audit|attest|review|compilation|assurance)(?:\s*(?:/|&|and|or|,)\s*"
    r"(?:audit|attest|review|compilation|assurance))*\s+(?:engagement\s+)?clients?\b"
    r"|\bclients?\s+(?:we|the\s+firm)\s+(?:audits?|reviews?|compiles?)\b"
    r"|\b(?:audited|reviewed)\s+clients?\b",
    re.IGNORECASE,
)
#: ...and not clients said to be none of those ("non-attest clients", "tax-only clients")
_NOT_ATTEST = LazyPattern(
    r"\bnon[-\s]?(?:attest|audit|assurance|review)\b|\bnot\s+(?:an?\s+)?(?:audit|attest|review)"
    r"|\btax[-\s]only\b",
    re.IGNORECASE,
)
#: The firm takes it: money received, or a product or service recommended to the client (an
#: insurer's, a fund's, a vendor's), not a commission it pays its own people for winning work
_TAKEN = LazyPattern(
    r"\b(?:received|receivable|earned|income|revenue|paid\s+to\s+(?:us|the\s+firm)"
    r"|insurance|insurers?|annuit(?:y|ies)|investments?|funds?|carriers?|brokers?|brokerage"
    r"|401\s?\(?k\)?|retirement\s+plans?|software|products?|vendors?|advisers?|advisors?|wealth)\b",
    re.IGNORECASE,
)


def takes_attest_commission(text: str) -> bool:
    """Whether a line records a commission the firm takes on clients it audits, reviews or
    compiles for."""
    if "commission" not in text.lower():  # most lines
        return False
    return bool(
        _COMMISSION.search(text)
        and _ATTEST.search(text)
        and _TAKEN.search(text)
        and not _NOT_ATTEST.search(text)
        # (the firm's own people's pay, unless the line says the firm receives it: S3 of the
        # round's second re-review, "Commissions received - insurance sold to audit clients'
        # employees")
        and not (_OWN_PEOPLE.search(text) and not _RECEIVED.search(text))
    )


_RECEIVED = LazyPattern(
    r"\b(?:received|receivable|earned|income|paid\s+to\s+(?:us|the\s+firm)|carriers?|insurers?"
    r"|insurance|annuit(?:y|ies)|investments?|funds?|wealth|401\s?\(?k\)?|retirement\s+plans?"
    r"|benefit\s+plans?|software|products?)\b",
    re.IGNORECASE,
)


#: ...not what the firm pays its own people for winning work (R7 of the fortieth round's
#: re-review: "Sales commissions - staff (5% of new audit client revenue)" was warned about)
_OWN_PEOPLE = LazyPattern(
    r"\b(?:staff|employees?|payroll|bonus(?:es)?|salespeople|sales\s+(?:commissions?|staff|team"
    r"|reps?)|partners'?\s+(?:pay|comp\w*|draws?))\b",
    re.IGNORECASE,
)


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

"""A CPA firm's referral fees and commissions RECEIVED (AQ4 of the fifty-second review round's
second re-review, 2026-12-07: an accounting firm's "Referral fee income" and "Referral fees
received from financial advisor" were read as BA116's other income, with no word of the
accountants' code, which BA114 quotes for the fees the firm pays).

The AICPA Code of Professional Conduct, Commissions and Referral Fees (ET 1.520.001, formerly
Rule 503; read with the search tool, pages corpus: the AICPA's own copy of Rule 503 and of its
practice-centre summary, and a copy of ET 1.520.001 .01-.04) bars a member in public practice
from recommending or referring a product or service to a client for a commission, or receiving
a commission, while the firm audits or reviews the client's financial statements, compiles
statements a third party may use without disclosing a lack of independence, or examines its
prospective financial information (part A, .01); a permitted commission must be disclosed to
whom the member recommends or refers the product or service (.03); a referral fee accepted for
recommending or referring a CPA's services must be disclosed to the client (.04). So a fee or
commission received is asked: disclosed to the client? any attest clients? BA127 holds a
commission the line says is taken on audit, review or compilation clients, and a line that says
it was disclosed is what the rule allows.
"""

from __future__ import annotations

import re

from bizaudit.core.negation import said_not_denied
from bizaudit.model.lazy import LazyPattern

__all__ = ["accepts_referral_fee", "pays_cpas", "says_undisclosed", "takes_attest_commission"]

#: A referral fee, a finder's fee or a commission ("Referral fee income", "Ref fees rec'd",
#: "Commission income - annuities", "Finder's fee from wealth manager")
_FEE = LazyPattern(
    r"\breferr?al\s+(?:fees?|income|commissions?|revenue|payments?)\b|\bref\.?\s+fees?\b"
    r"|\bcommissions?\b|\bfinder'?s?\s+fees?\b",
    re.IGNORECASE,
)
#: ...that the firm receives: received, earned, income, revenue, from a payee ("from financial
#: advisor")
_RECEIVED = LazyPattern(
    r"\b(?:received|rec'?d|receivable|earned|income|revenue|from)\b", re.IGNORECASE
)
#: ...not one it pays out ("Referral fees paid to advisors", "Commissions payable to staff"),
#: nor its own people's pay
_PAID_OUT = LazyPattern(
    r"\bpaid\s+(?:to|out)\b(?!\s+(?:us|the\s+firm))|\bpayable\b|\bstaff\b|\bemployees?\b"
    r"|\bsales\s+commissions?\b",
    re.IGNORECASE,
)
#: ...said disclosed to the client (the vertical's referral_exempt reads it so), or not
_DISCLOSED = LazyPattern(r"\bdisclosed\b", re.IGNORECASE)
_UNDISCLOSED = LazyPattern(r"\b(?:not|never|un)[ -]?disclosed\b|\bundisclosed\b", re.IGNORECASE)


def says_undisclosed(name: str) -> bool:
    """Whether a line says its fee was not disclosed ("not disclosed", "undisclosed")."""
    return "disclosed" in name.lower() and _UNDISCLOSED.search(name) is not None


def accepts_referral_fee(name: str) -> bool:
    """Whether a line of a CPA firm's records a referral fee, a finder's fee or a commission
    the firm receives, and does not say it was disclosed to the client (a line saying "not
    disclosed" is read: :func:`says_undisclosed`)."""
    lowered = name.lower()
    if not ("ref" in lowered or "commission" in lowered or "finder" in lowered):
        return False  # most lines
    return bool(
        _FEE.search(name)
        and _RECEIVED.search(name)
        and not _PAID_OUT.search(name)
        and not (said_not_denied(_DISCLOSED, name) and not says_undisclosed(name))
    )


# BA127's reading (G5 of the thirty-ninth round; moved here from core.rules.ba127 unchanged,
# so that BA114 reads it too: AQ4 of the fifty-second round's second re-review)
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
        and not (_OWN_PEOPLE.search(text) and not _ATTEST_RECEIVED.search(text))
    )


_ATTEST_RECEIVED = LazyPattern(
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


#: A line that pays CPAs or accountants (as promoters, solicitors, for referrals): "CPA
#: solicitor fees - 20% of advisory fee", "Accountant referral fees"
_CPAS = LazyPattern(r"\b(?:cpas?|accountants?|accounting\s+firms?)\b", re.IGNORECASE)


def pays_cpas(name: str) -> bool:
    """Whether a line that pays for referrals names CPAs or accountants as those it pays: the
    AICPA Code's commissions and referral fees rule (ET 1.520.001, above) binds them, so a
    business that pays them, an investment adviser's promoter agreement, is told it too (BH8 of
    the sixty-second round, 2026-12-07: an adviser paying CPAs 20% of the fee was quoted only its
    own SEC rule)."""
    lowered = name.lower()
    if "cpa" not in lowered and "accountant" not in lowered and "accounting" not in lowered:
        return False  # most lines
    return _CPAS.search(name) is not None

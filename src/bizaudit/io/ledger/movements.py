"""What a card or bank line is, beyond its sign: money moving between the business's own
accounts (a card payment, a transfer to savings), a refund from a merchant, or a purchase.

A statement's sign says only which way money went. Paying the business card from checking
shows up twice, as a debit in checking and a credit on the card, and neither is spending or
income: counted, it would double the card's purchases or read as revenue. A merchant's refund
is money in but not income: it lowers what was spent with that merchant. Statements say which
is which in a type column where they have one (Chase: ``Payment``, ``Return``, ``ACCT_XFER``,
``LOAN_PMT``; OFX: ``XFER``, ``PAYMENT``; Capital One's category ``Payment/Credit``), and
otherwise only in words ("AUTOPAY PAYMENT - THANK YOU", "Online Transfer ... to SAV ...4471",
"AMERICAN EXPRESS ACH PMT", "Umbuchung auf Tagesgeld"), in the description or, where a
statement has one, the payee column ("Eigenes Tagesgeldkonto").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from bizaudit.model.lazy import LazyPattern

__all__ = ["OUT_TYPES", "Movement", "movement", "names_own_account"]

Movement = Literal["transfer", "refund", "out"]

#: Type values of money moving between own accounts, on any statement.
_TRANSFER_TYPES = frozenset("xfer transfer acct_xfer loan_pmt".split())
#: Type values of a payment to the card, on a card statement (Capital One has no type column:
#: its Category column says "Payment/Credit").
_CARD_PAYMENT_TYPES = frozenset(("payment", "payment/credit"))
#: Type values of a refund or a credit that cancels a charge.
_REFUND_TYPES = frozenset("return refund refund_transaction adjustment".split())
#: Type values of money going out (purchases, fees): they show which sign spending has.
OUT_TYPES = frozenset(
    "sale purchase debit pos debit_card fee fee_transaction ach_debit billpay check_paid".split()
)

# Words of a payment to one of the business's own cards, or a transfer between its own
# accounts. A bill paid online ("Online Payment 123 To Riverside Commons LLC") or to a person
# ("Transfer to J Smith", as UK banks write it) is neither: the patterns name the card, the
# account kind or the issuer's own wording.
_OWN_ACCOUNTS = LazyPattern(
    r"""
      payment\s*-?\s*thank\s*you            # "AUTOPAY PAYMENT - THANK YOU", "... Thank You-Mobile"
    | \bautopay\s+payment | \bautomatic\s+payment
    | \bpayment\s+received\s*-?\s*thank
    | \bonline\s+transfer\b
    | \btransfer\s+(?:to|from)\s+(?:sav|savings|share|chk|checking|acct|account|\.\.\.)
    | \bpayment\s+to\s+.{0,40}\bcard\b        # "Payment to Chase card ending in 8841"
    | \bcrcardpmt\b | \bcard\s*pmt\b | \bcredit\s+card\s+payment\b
    | \bamerican\s+express\s+ach\s+pmt\b | \bamex\s+epayment\b
    | \b(?:capital\s+one|discover|citi|chase|barclaycard|synchrony|amex)\b
      .{0,20}\b(?:pmt|pymt|payment|e-?pay|autopay|auto\s+pay)\b   # "CAPITAL ONE MOBILE PYMT"
    | \b(?:credit\s+(?:card|crd)|visa|mastercard)\s+
      (?:online\s+|mobile\s+|auto\s*|e-?)?(?:pmt|pymt|payment|pay)\b(?!\s+to\b)
                                  # "CHASE CREDIT CRD AUTOPAY", "WF Credit Card AUTO PAY", "BK OF
                                  # AMER VISA ONLINE PMT"; not "VISA PAYMENT TO" a merchant
    | \bumbuchung\b                         # German: a booking between own accounts
    | \b(?:übertrag|uebertrag)\s+(?:auf|an|von)\s+(?:das\s+|mein\s+)?
      (?:tagesgeld|spar|festgeld|giro|eigene)  # "Übertrag auf Tagesgeld", "... auf Sparkonto"
    | \beigene[snm]?\s+\w*konto\b           # "Eigenes Tagesgeldkonto"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def movement(kind: str, description: str, *, card: bool) -> Movement | None:
    """What a line is by its type cell (``kind``, lower case, may be empty) and description:
    a transfer between own accounts, a refund, a purchase or fee ("out"), or None when only
    its sign can tell."""
    if kind in _TRANSFER_TYPES or (card and kind in _CARD_PAYMENT_TYPES):
        return "transfer"
    if _says_own_account(description):
        return "transfer"
    if kind in _REFUND_TYPES:
        return "refund"
    if kind in OUT_TYPES:
        return "out"
    return None


def _says_own_account(text: str) -> bool:
    """Whether ``text`` has the words of money between own accounts. Every pattern holds one
    of the words tested first: most lines hold none, and skip the search (tested one by one,
    as a chain of ``in``: this runs once a row, and a loop over the words cost twice as much)."""
    lowered = text.lower()
    hinted = (
        "pay" in lowered or "pmt" in lowered or "pymt" in lowered or "transfer" in lowered
        or "thank" in lowered or "umbuch" in lowered or "bertrag" in lowered  # (ü|ue)bertrag
        or "eigene" in lowered
    )  # fmt: skip
    return hinted and _OWN_ACCOUNTS.search(text) is not None


# A payee that is a credit card ("Chase Credit Crd", its memo "Autopay 0325"): what a bank
# account pays a card is the card's bill, paid from one own account to another.
_CARD_PAYEE = LazyPattern(r"\bcredit\s+(?:card|crd)\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def names_own_account(payee: str) -> bool:
    """Whether a payee column names one of the business's own accounts or cards ("Eigenes
    Tagesgeldkonto", "Chase Credit Crd"); kept per payee, as a statement pays the same few
    payees again and again."""
    return _says_own_account(payee) or _CARD_PAYEE.search(payee) is not None

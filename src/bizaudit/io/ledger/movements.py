"""What a card or bank line is, beyond its sign: money moving between the business's own
accounts (a card payment, a transfer to savings), a refund from a merchant, or a purchase.

A statement's sign says only which way money went. Paying the business card from checking
shows up twice, as a debit in checking and a credit on the card, and neither is spending or
income: counted, it would double the card's purchases or read as revenue. A merchant's refund
is money in but not income: it lowers what was spent with that merchant. Statements say which
is which in a type column where they have one (Chase: ``Payment``, ``Return``, ``ACCT_XFER``,
``LOAN_PMT``; OFX: ``XFER``, ``PAYMENT``), and otherwise only in words ("AUTOPAY PAYMENT -
THANK YOU", "Online Transfer ... to SAV ...4471", "AMERICAN EXPRESS ACH PMT").
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["OUT_TYPES", "Movement", "movement"]

Movement = Literal["transfer", "refund", "out"]

#: Type values of money moving between own accounts, on any statement.
_TRANSFER_TYPES = frozenset("xfer transfer acct_xfer loan_pmt".split())
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
_OWN_ACCOUNTS = re.compile(
    r"""
      payment\s*-?\s*thank\s*you            # "AUTOPAY PAYMENT - THANK YOU", "... Thank You-Mobile"
    | \bautopay\s+payment | \bautomatic\s+payment
    | \bpayment\s+received\s*-?\s*thank
    | \bonline\s+transfer\b
    | \btransfer\s+(?:to|from)\s+(?:sav|savings|share|chk|checking|acct|account|\.\.\.)
    | \bpayment\s+to\s+.{0,40}\bcard\b        # "Payment to Chase card ending in 8841"
    | \bcrcardpmt\b | \bcard\s*pmt\b | \bcredit\s+card\s+payment\b
    | \bamerican\s+express\s+ach\s+pmt\b | \bamex\s+epayment\b
    | \b(?:capital\s+one|discover|citi|chase|barclaycard|synchrony)\b.{0,20}\b(?:pmt|payment|epay)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Every pattern above holds one of these: most lines hold none, and skip the search.
_HINTS = ("pay", "pmt", "transfer", "thank")


def movement(kind: str, description: str, *, card: bool) -> Movement | None:
    """What a line is by its type cell (``kind``, lower case, may be empty) and description:
    a transfer between own accounts, a refund, a purchase or fee ("out"), or None when only
    its sign can tell."""
    if kind in _TRANSFER_TYPES or (card and kind == "payment"):
        return "transfer"
    lowered = description.lower()
    if any(word in lowered for word in _HINTS) and _OWN_ACCOUNTS.search(description):
        return "transfer"
    if kind in _REFUND_TYPES:
        return "refund"
    if kind in OUT_TYPES:
        return "out"
    return None

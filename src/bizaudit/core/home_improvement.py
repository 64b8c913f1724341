"""A home-improvement or pool contractor's payments to those who send it contracts (AL7 of the
fifty-first review round, 2026-12-06: a pool builder's "5% to landscapers per pool build
referred" was an unknown name and "$1,000 referral fee to realtors per pool sold" a referral
channel, with no word said of either).

California's Contractors' State License Law defines a home improvement salesperson as one
who solicits, sells, negotiates or executes contracts for home improvements, or of swimming
pools, spas or hot tubs, for a licensed contractor (Bus. & Prof. Code §7152(a)); engaging in
that occupation without a current registration is a misdemeanour (§7153(a)), and a contractor
who employs an unregistered one to sell contracts is subject to discipline (§7154(d)); texts
checked with the search tool, pages corpus (self-law.org's copies of §7153 and §7154,
gravel2gavel.com's summary of SB 561, 2015), 2026-12-06. Whether one who only refers a
customer, paid a share of each build, "solicits" contracts is for the board or a lawyer to
say: asked, not asserted. A real-estate licensee paid by a vendor for a client's purchase
owes the client disclosure under the states' licence laws (the reviewer's Cal. Bus. & Prof.
Code §10176(g) was not re-read, so no section is cited): an information asking for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "REALTOR_FEE_RULE",
    "SOLICITOR_FEE_RULE",
    "pays_for_contracts",
]

#: A share or a price for each build, pool, project or contract referred or sold
_PER_CONTRACT = LazyPattern(
    r"\b(?:per|each|every|for\s+each|for\s+every)\s+(?:\w+\s+){0,2}(?:builds?|pools?|projects?"
    r"|jobs?|remodels?|installs?|installations?|contracts?|kitchens?|decks?|roofs?|spas?)\b",
    re.IGNORECASE,
)
#: ...for a referral, a sale or a contract sent
_REFERRED = LazyPattern(
    r"\b(?:referr\w*|refs?|sent|sold|signed|closed|finders?|commissions?|kickbacks?|spiffs?)\b",
    re.IGNORECASE,
)
#: ...to another trade that sends them: a landscaper, a designer, an architect, a builder...
_TRADES = LazyPattern(
    r"\b(?:landscap\w*|designers?|architects?|builders?|hardscap\w*|interior\s+decorators?"
    r"|decorators?|electricians?|plumbers?|fence\s+compan(?:y|ies)|handym[ae]n|contractors?)\b",
    re.IGNORECASE,
)
#: ...or a real-estate agent, paid by the vendor for a client's purchase
_REALTORS = LazyPattern(
    r"\b(?:realtors?|real\s+estate\s+agents?|listing\s+agents?|buyer'?s?\s+agents?|brokers?)\b",
    re.IGNORECASE,
)
#: ...not the business's own sales staff, who register as salespersons themselves
_OWN_SALES = LazyPattern(
    r"\b(?:sales\s*(?:reps?|persons?|people|staff|team|consultants?)|salesperson\w*|w-?2"
    r"|employees?|payroll|in[\s-]house)\b",
    re.IGNORECASE,
)

SOLICITOR_FEE_RULE = (
    "Paying another trade a share or a price for each contract it sends you may pay it to "
    "solicit home-improvement contracts for you: California counts as a home improvement "
    "salesperson anyone who solicits, sells, negotiates or executes home-improvement or "
    "swimming-pool contracts for a licensed contractor (Bus. & Prof. Code §7152(a)); doing so "
    "without a current registration is a misdemeanour (§7153(a)), and a contractor who uses "
    "an unregistered one to sell is subject to discipline (§7154(d)). Does this payee only "
    "mention you, or does it sell for you, and is it registered? Your state's contractors' "
    "board can say whether a fee per referred contract is allowed."
)
REALTOR_FEE_RULE = (
    "A real-estate licensee paid by you for a client's purchase is paid by someone other "
    "than the client they act for; the states' licence laws ask the licensee to disclose such "
    "compensation to the client. Does the agent tell the client of this fee, in writing?"
)


@lru_cache(maxsize=4096)  # asked of home-services lines only
def pays_for_contracts(name: str) -> Literal["solicitor", "realtor"] | None:
    """Whether a home-improvement or pool contractor's line pays another trade ("solicitor")
    or a real-estate agent ("realtor") a share or a price for each contract they send:
    "5% to landscapers per pool build referred", "$1,000 referral fee to realtors per pool
    sold" (AL7 of the fifty-first review round, 2026-12-06; the law above). Not the
    business's own sales staff."""
    lowered = name.lower()
    if not ("per" in lowered or "each" in lowered or "every" in lowered):
        return None  # most lines
    if not (_PER_CONTRACT.search(name) and _REFERRED.search(name)) or _OWN_SALES.search(name):
        return None
    if _REALTORS.search(name):
        return "realtor"
    if _TRADES.search(name):
        return "solicitor"
    return None

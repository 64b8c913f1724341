"""What a pharmacy may not give a patient to choose it: a gift card, a coupon or points for
the prescriptions federal programmes pay for.

Anything of value likely to influence a Medicare or Medicaid beneficiary to choose a provider
or supplier of items the programmes pay for is forbidden by the beneficiary-inducement law (42
U.S.C. §1320a-7a(a)(5)); the HHS OIG allows only items of nominal value, never cash or a cash
equivalent such as a gift card (Policy Statement Regarding Gifts of Nominal Value to Medicare
and Medicaid Beneficiaries, 7 December 2016), and the retailer-rewards exception does not reach
rewards tied to items the programmes pay for (§1320a-7a(i)(6)(G)). A CFO's review (2026-12-05,
twenty-eighth round) saw a community pharmacy's "Rx transfer coupons ($25 gift card per new Rx
transferred)" priced as its cheapest channel, and `plan` double it. BA120 warns about such lines
where the pharmacy vertical reads the profile, or the business's name says it is one; no channel
holding one is priced or grown (docs/domain.md).
"""

from __future__ import annotations

import re

from bizaudit.model.lazy import LazyPattern

__all__ = ["induces_patients"]

#: A prescription, as pharmacies write it
_RX = LazyPattern(r"\b(?:rx|rxs|prescriptions?|scripts?|refills?)\b", re.IGNORECASE)
#: Something of value: a gift card, cash, a coupon, points, a reward, a dollar amount
_VALUE = LazyPattern(
    r"\b(?:gift\s*cards?|cash|coupons?|vouchers?|points?|rewards?|bonus(?:es)?|credits?"
    r"|incentives?|free)\b|\$\s*\d",
    re.IGNORECASE,
)
#: Given for moving a prescription in, for a first or new one, or earned on prescriptions
#: (loyalty), or off what the patient's insurance leaves them to pay
_FOR_CHOOSING = LazyPattern(
    r"\b(?:transfer(?:s|red|ring)?|switch(?:es|ed|ing)?|loyalty|rewards?\s+(?:program|club)"
    r"|points?|co-?pays?|co-?payments?)\b"
    # R2 of the round's re-review: "$10 gift card with first prescription" had passed
    r"|\b(?:first|new|1st)\s+(?:rx|rxs|prescriptions?|scripts?|fills?)\b",
    re.IGNORECASE,
)


def induces_patients(text: str) -> bool:
    """Whether a line's name (or note) gives patients something of value for a prescription
    moved to the pharmacy, or points or rewards earned on prescriptions."""
    lowered = text.lower()
    if not ("rx" in lowered or "prescri" in lowered or "script" in lowered or "refill" in lowered):
        return False
    return bool(_RX.search(text) and _VALUE.search(text) and _FOR_CHOOSING.search(text))

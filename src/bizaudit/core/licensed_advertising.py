"""What a licensed trade may not do to win customers, by the licence whose rules apply: a
cannabis licensee's highway billboard or goods given away (core.cannabis_ads), a pharmacy's
gift card or points for prescriptions (core.patient_inducements). BA120 warns about such
lines (docs/domain.md)."""

from __future__ import annotations

from typing import Literal

from bizaudit.core import cannabis_ads
from bizaudit.core.patient_inducements import induces_patients

__all__ = ["Breach", "breach"]

Breach = Literal["billboard", "giveaway", "inducement"]


def breach(text: str, licence: str | None) -> Breach | None:
    """What a line (its name or note) does that the rules of ``licence`` (a vertical's id)
    forbid; None where it does nothing of the kind, or no licence's rules apply."""
    if licence == "cannabis":
        return cannabis_ads.breach(text)
    if licence == "pharmacy":
        return "inducement" if induces_patients(text) else None
    return None

"""What a cannabis licensee may not do to win customers: advertise on a highway billboard, or
give its goods away.

California forbids a licensee to advertise on a billboard or similar device located on an
Interstate Highway or on a State Highway that crosses the California border (Bus. & Prof. Code
§26152(d)), and to give away any amount of cannabis, cannabis products or cannabis accessories
as part of a business promotion (§26153); other states' rules differ, and most are as strict
(the vertical's ``advertising_rule``). A coach's review (2026-12-03, fifteenth round) saw a
dispensary's "Billboard - I-80 eastbound" and "Free pre-roll w/ first visit" counted as funded
acquisition channels. BA120 warns about such lines; no channel holding one is priced or grown
(docs/domain.md).
"""

from __future__ import annotations

import re
from typing import Literal

from bizaudit.model.lazy import LazyPattern

__all__ = ["Breach", "breach"]

Breach = Literal["billboard", "giveaway"]

#: Outdoor advertising, and a highway named beside it ("I-80", "Interstate 5", "Hwy 99").
_BILLBOARD = LazyPattern(r"\b(?:billboards?|outdoor|ooh|bulletin)\b", re.IGNORECASE)
#: Only an interstate: which state highways cross the border the line does not say (Hwy 99
#: and Highway 1 do not; the fifteenth round's re-review)
_HIGHWAY = LazyPattern(r"\b(?:i-?\s?\d+|interstate(?:\s+\d+)?)\b", re.IGNORECASE)
#: Goods given away: free cannabis, cannabis products or accessories, or a giveaway of them.
_FREE = LazyPattern(r"\b(?:free|giveaways?|give-?aways?|freebies?|complimentary|comp'?d)\b", re.I)
_GOODS = LazyPattern(
    r"\b(?:pre-?rolls?|joints?|grams?|eighths?|flower|buds?|edibles?|gumm(?:y|ies)|carts?"
    r"|cartridges?|vapes?|concentrates?|dabs?|products?|samples?|lighters?|rolling\s+papers?"
    r"|papers|grinders?|pipes?|bongs?|accessories)\b",
    re.IGNORECASE,
)


def breach(text: str) -> Breach | None:
    """What a line (its name or note) does that the rules forbid: advertise on a highway
    billboard, or give away cannabis, cannabis products or accessories; None otherwise."""
    if _BILLBOARD.search(text) and _HIGHWAY.search(text):
        return "billboard"
    if _FREE.search(text) and _GOODS.search(text):
        return "giveaway"
    return None

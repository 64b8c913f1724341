"""The tied-house laws: what a producer of alcohol may not give the retailers it sells to.

A brewery, winery, distillery or cidery may not win a bar's, restaurant's or store's orders by
giving it things of value: free goods, money, credit, equipment, paid advertising or placement,
payments to its staff (Federal Alcohol Administration Act, 27 U.S.C. §205(b); TTB, 27 CFR Part
6: §6.41 things of value, §6.51 paying for advertising, display or distribution; for beer,
where the state has a similar law, and every state has trade-practice rules of its own). The
producer's own taproom, tasting room, visitors and staff are not other retailers. BA119 warns
about such lines; no channel holding one is priced or grown (docs/domain.md).
"""

from __future__ import annotations

import re

__all__ = ["alcohol_producer", "gives_retailers"]

#: A business whose name says it makes beer, wine, cider or spirits.
_PRODUCER = re.compile(
    r"\b(?:brewery|breweries|brewing|brewhouse|brewworks|brewers|brew co|beer co|beer company"
    r"|winery|wineries|vineyards?|cellars|wine co|wine company|distillery|distilleries"
    r"|distilling|distillers|spirits co|spirits company|cidery|cider house|cider works"
    r"|cider co|meadery)\b",
    re.IGNORECASE,
)
#: Retail licensees a producer sells to: bars, restaurants, stores, "accounts".
_RETAILERS = re.compile(
    r"\b(?:bars?|retailers?|retail|accounts?|on[- ]premises?|off[- ]premises?|taverns?|pubs?"
    r"|restaurants?|liquor stores?|package stores?|bottle shops?|bartenders?)\b",
    re.IGNORECASE,
)
#: Something of value given to them: free goods, rounds bought for the house, credits,
#: slotting, incentives, paid advertising or sponsorship, equipment lent, their staff's spiffs.
_VALUE = re.compile(
    r"\b(?:free|(?:buying|buy|bought) rounds|rounds|slotting|incentives?|rebates?|kickbacks?"
    r"|placement fees?|pay[- ]to[- ]play|credits? (?:to|for)|sponsorships?|sponsor(?:ing|ed)?"
    r"|co[- ]?op|advertising|spiffs?|coolers?|loaned|lent|equipment|line cleaning"
    r"|tap takeovers?)\b",
    re.IGNORECASE,
)
#: The producer's own premises, visitors and staff: not another retailer.
_OWN = re.compile(
    r"\b(?:our|own|taproom|tap room|tasting room|tasting bar|mug club|members?|visitors?"
    r"|guests?|staff|employees?|restaurant week)\b",
    re.IGNORECASE,
)


def alcohol_producer(name: str) -> bool:
    """Whether a business's name says it makes beer, wine, cider or spirits."""
    return bool(_PRODUCER.search(name))


def gives_retailers(text: str) -> bool:
    """Whether a line's name (or note) says it gives retailers something of value: it names
    retailers and a thing of value, and not the producer's own premises, visitors or staff."""
    return bool(_RETAILERS.search(text) and _VALUE.search(text) and not _OWN.search(text))

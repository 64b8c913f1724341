"""BA119: an alcohol producer's line gives retailers something of value."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy

__all__ = ["RetailerInducement", "alcohol_producer"]

#: A business whose name says it makes beer, wine, cider or spirits.
_PRODUCER = re.compile(
    r"\b(?:brewery|breweries|brewing|brewhouse|brewworks|beer co|beer company|winery|wineries"
    r"|vineyards?|distillery|distilleries|distilling|cidery|cider house|meadery|spirits co)\b",
    re.IGNORECASE,
)
#: Retail licensees a producer sells to: bars, restaurants, stores, "accounts".
_RETAILERS = re.compile(
    r"\b(?:bars?|retailers?|accounts?|on[- ]premises?|off[- ]premises?|taverns?|pubs?"
    r"|restaurants?|liquor stores?|package stores?|bottle shops?)\b",
    re.IGNORECASE,
)
#: Something of value given to them: free goods, rounds bought, credits, slotting, incentives.
_VALUE = re.compile(
    r"\b(?:free|(?:buying|buy|bought) rounds|rounds|slotting|incentives?|rebates?|kickbacks?"
    r"|placement fees?|pay[- ]to[- ]play|credits? (?:to|for))\b",
    re.IGNORECASE,
)


def alcohol_producer(facts: Facts) -> bool:
    """Whether the business's name says it makes beer, wine, cider or spirits."""
    return bool(_PRODUCER.search(facts.profile.business.name or ""))


class RetailerInducement(Rule):
    """A brewery's, winery's or distillery's line gives retailers something of value.

    Why it matters: the tied-house laws forbid a producer of alcohol to induce a retailer (a
    bar, a restaurant, a store) to buy its products by giving it things of value: free goods,
    money, credit, paid placement, rounds bought for the house. Federally, the Federal Alcohol
    Administration Act (27 U.S.C. §205(b)) and TTB's rules (27 CFR Part 6: furnishing things
    of value, §6.41; paying for advertising, display or distribution, §6.51); for beer, the
    federal rule applies where the state has a similar law, and nearly every state has its own
    trade-practice law as well. A breach puts the licence at risk; it is not a channel to
    fund. A CFO's review (2026-12-03) saw a brewery's "Buying Rounds & Free Kegs for Bars"
    read as cost of sales with no word said, and, marked as marketing, funded as a channel.

    How it is computed: where the business's name says it makes beer, wine, cider or spirits
    (brewery, brewing, winery, distillery, cidery, meadery), a line whose name names
    retailers (bars, accounts, retailers, on-premise, restaurants, liquor stores) and
    something given to them ("free", buying rounds, slotting, incentives, rebates, credits
    to them, placement fees). It is a warning, whatever the line was read as.

    How to fix: check the arrangement with your state's alcohol beverage control agency or a
    beverage-alcohol lawyer before spending on it again. What the federal rules allow instead
    is in the finding: product displays and point-of-sale materials within their limits
    (27 CFR §6.83, §6.84), consumer tastings and promotions where the state allows them,
    events open to the public, and the distributor's own sales work. If the line gives
    nothing to retailers, rename it so it says what it buys, or skip this rule with the reason.
    """

    id = "BA119"
    name = "retailer-inducement"
    severity = "warning"
    summary = "An alcohol producer's line gives retailers something of value"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        if not alcohol_producer(facts):
            return
        for item in facts.activities:
            name = item.activity.name
            if item.activity.spend > 0 and _RETAILERS.search(name) and _VALUE.search(name):
                yield Hit(at=("activities", item.position), subject=name)

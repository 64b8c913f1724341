"""BA119: an alcohol producer's or wholesaler's line gives retailers something of value."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.core.tied_house import pays_wholesalers_staff, retailer_side
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple

__all__ = ["Inducement", "RetailerInducement"]


class Inducement(NamedTuple):
    """Whose side of the tied-house law a BA119 line is on."""

    #: it rewards a wholesaler's staff for selling the brand (commercial bribery)
    wholesaler: bool = False
    #: the business sells alcohol at retail, and the line says a supplier gave or paid it
    #: something of value (AO2 of the fifty-second round, 2026-12-07)
    accepted: bool = False


class RetailerInducement(Rule):
    """A brewery's, winery's or distillery's line, or an alcohol importer's or wholesaler's,
    gives retailers something of value.

    Why it matters: the tied-house laws forbid a producer of alcohol to induce a retailer (a
    bar, a restaurant, a store) to buy its products by giving it things of value: free goods,
    money, credit, paid placement, rounds bought for the house. Federally, the Federal Alcohol
    Administration Act (27 U.S.C. §205(b)) and TTB's rules (27 CFR Part 6: furnishing things
    of value, §6.41; paying for advertising, display or distribution, §6.51); for beer, the
    federal rule applies where the state has a similar law, and nearly every state has its own
    trade-practice law as well. A breach puts the licence at risk; it is not a channel to
    fund. A CFO's review (2026-12-03) saw a brewery's "Buying Rounds & Free Kegs for Bars"
    read as cost of sales with no word said, and, marked as marketing, funded as a channel.
    The same section binds "an importer or wholesaler" (27 U.S.C. §205(b); 27 CFR §6.41 ff.):
    K4 of the forty-second round (2026-12-06) saw a beer-and-wine distributor's "Free
    kegerators for bar accounts (beer)" pass, as BA119 was asked of producers only; and a
    wholesaler's line shows what it sells whatever it is called (L3 of the round's re-review,
    2026-12-06: the same line under "Harborline Foods" passed).

    How it is computed: where the business's name says it makes beer, wine, cider or spirits
    (brewery, brewing, brew co, winery, cellars, distillery, cidery, meadery), or imports or
    wholesales them (beer, wine, spirits or liquor named with distributors, distributing,
    wholesale or importers: "Harborline Beer & Wine Distributors", the drink named as what is
    distributed, not "Cold Brew Coffee", "Kindred Spirits Pet Supply" nor "Wine Country
    Produce" Distributors; not root beer, nor a food distributor), a line whose
    name names retailers (bars, accounts, retailers, on-premise, restaurants, liquor stores,
    bartenders, bar owners) and something given to them ("free", buying rounds or the house a
    round, a bar tab treating them, tickets, slotting, incentives, rebates, credits to them,
    placement or menu feature fees, sponsorship or co-op advertising, coolers or equipment
    lent, spiffs, gifts to their buyers; 27 CFR §6.51 and §10.21), and not the producer's own
    taproom, tasting room, members, visitors or staff, nor a promotion offered to consumers, a
    sweepstakes (27 CFR §6.96), nor line or coil cleaning for a retailer of beer or wine, which
    27 CFR §6.97 allows (states may limit it), nor product bought back from a retailer, a
    return (core.tied_house; R7 of the forty-fourth round's re-review, 2026-12-06). It is a
    warning, whatever the line was read as; the score stops at 79, below "Strong", and a
    channel holding such a line is neither counted as a way of winning customers, priced, nor
    grown by `plan` or BA101. A wholesaler (the `wholesale` industry) whose name says no such
    thing is warned about a line that gives retailers something for beer, wine or spirits
    ("Free kegerators for bar accounts (beer)"): the line shows it wholesales alcohol, and it
    is held as the others are.

    How to fix: check the arrangement with your state's alcohol beverage control agency or a
    beverage-alcohol lawyer before spending on it again. What the federal rules allow instead
    is in the finding: product displays and point-of-sale materials within their limits
    (27 CFR §6.83, §6.84), consumer tastings and promotions where the state allows them,
    events open to the public, and the distributor's own sales work. If the line gives
    nothing to retailers, rename it so it says what it buys, or skip this rule with the reason.

    The retailer's side (AO2 of the fifty-second round, 2026-12-07: a liquor store's slotting
    fees, co-op advertising money, paid shelf placement, a free cooler and neon signs received
    from distributors were booked as supplier money that comes off the cost, or as its own
    funded channels): where the business's name says it sells alcohol at retail and neither
    makes nor wholesales it (a liquor store, a bottle shop, a package store, a wine shop, a
    tavern, a pub, a wine bar), a line that says a distributor, a wholesaler, a supplier, an
    importer or a producer gave or paid it slotting, shelf space or placement, a display, co-op
    or paid advertising, money, equipment (a cooler), fixtures, signs or something free is
    warned about the same way: §205(b)(3) and (4) forbid the supplier to give it (27 CFR §6.41,
    §6.51, §6.55, §6.56), state law may bind the retailer who accepts it too, and the licence
    is at risk; what a retailer may accept is narrow (27 CFR §6.83, §6.84, §6.88, §6.102).
    Not what the store buys from them, returns or deposits. Such money is no cost reduction
    to book and no channel of the store's own to grow.

    A contest, prizes, spiffs or a bonus for a distributor's or wholesaler's sales staff is
    flagged too: a producer may not give a trade buyer's employees anything of value to push
    its products (27 U.S.C. §205(c), commercial bribery; 27 CFR §10.21, and §10.24 on sales
    contests; a coach's review, 2026-12-03, fifteenth round: a brewery's "Distributor sales
    contest - Mutual Distributing reps" had counted as selling, with no word said).
    """

    id = "BA119"
    name = "retailer-inducement"
    severity = "warning"
    summary = "An alcohol producer's or wholesaler's line gives retailers something of value"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        if not facts.retailer_inducements:  # most profiles
            return
        accepted = retailer_side(facts.profile.business.name or "")
        for item in facts.retailer_inducements:
            # a wholesaler's staff rewarded (commercial bribery), not a retailer; or, at a
            # retailer of alcohol, a supplier's thing of value accepted
            wholesaler = not accepted and pays_wholesalers_staff(item.activity.name)
            yield Hit(
                Inducement(wholesaler, accepted),
                at=("activities", item.position),
                subject=item.activity.name,
            )

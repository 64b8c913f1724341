"""The tied-house laws: what a producer, an importer or a wholesaler of alcohol may not give the
retailers it sells to.

A brewery, winery, distillery or cidery, and an importer or a wholesaler of alcohol (a
beer-and-wine distributor: 27 U.S.C. §205(b) binds "a distiller, brewer, rectifier, blender, or
other producer, or ... an importer or wholesaler"; K4 of the forty-second round, 2026-12-06),
may not win a bar's, restaurant's or store's orders by
giving it things of value: free goods, money, credit, equipment, paid advertising or placement,
payments to its staff (Federal Alcohol Administration Act, 27 U.S.C. §205(b); TTB, 27 CFR Part
6: §6.41 things of value, §6.51 paying for advertising, display or distribution; for beer,
where the state has a similar law, and every state has trade-practice rules of its own). The
producer's own taproom, tasting room, visitors and staff are not other retailers. BA119 warns
about such lines; no channel holding one is priced or grown (docs/domain.md).
"""

from __future__ import annotations

import re

from bizaudit.model.lazy import LazyPattern
from bizaudit.model.verticals import makes_drink

__all__ = [
    "accepts_from_suppliers",
    "gives_retailers",
    "pays_wholesalers_staff",
    "retailer_side",
    "sells_alcohol_retail",
    "tied_house_party",
    "wholesales_drink_in",
]

#: Retail licensees a producer sells to: bars, restaurants, stores, "accounts".
_RETAILERS = LazyPattern(
    r"\b(?:bars?|retailers?|retail|accounts?|on[- ]premises?|off[- ]premises?|taverns?|pubs?"
    # as a rep's ledger abbreviates them ("Line cleaning - on-prem accts": Q5 of the
    # forty-fourth round, 2026-12-06)
    r"|accts?|on[- ]prem|off[- ]prem"
    r"|restaurants?|liquor stores?|package stores?|bottle shops?|bartenders?"
    # stores and chains as owners name them, by kind or by brand (F7 of the thirty-fifth review
    # round, 2026-12-05: "Slotting fees - Whole Foods" and "Co-op ads with Kroger" had passed)
    r"|grocery|grocers?|supermarkets?|(?:grocery|retail|store|restaurant|supermarket)\s+chains?"
    r"|chain\s+(?:stores?|accounts?|placements?)|c-stores?|convenience stores?|kroger|whole foods"
    r"|total wine|costco|walmart|publix|h-e-b|heb|bevmo|safeway|albertsons|wegmans"
    r"|trader joe'?s|sprouts|7-eleven|circle k|binny'?s|spec'?s)\b",
    re.IGNORECASE,
)
#: What is paid to a retailer by its nature, whoever the line names: shelf space, display
#: (27 CFR §6.51; F7 of the thirty-fifth review round: "Chain placement and slotting fees" had
#: been taken out of revenue with no word said)
_PAID_FOR_SHELF = LazyPattern(
    r"\b(?:slotting|end[- ]?caps?|placement\s+fees?|pay[- ]to[- ]play|shelf\s+(?:space|fees?))\b",
    re.IGNORECASE,
)
#: Something of value given to them: free goods, rounds bought for the house, credits,
#: slotting, incentives, paid advertising or sponsorship, equipment lent, their staff's spiffs.
_VALUE = LazyPattern(
    r"\b(?:free|(?:buying|buy|bought) rounds|rounds|slotting|incentives?|rebates?|kickbacks?"
    r"|placement fees?|pay[- ]to[- ]play|credits? (?:to|for)|sponsorships?|sponsor(?:ing|ed)?"
    # (not line or coil cleaning, which a producer may give a retailer of beer or wine, 27 CFR
    # §6.97; states may limit it, Iowa allows it, Iowa Admin. Code r. 185-16.6: R7 of the
    # forty-fourth round's re-review, 2026-12-06, where it had read as forbidden)
    r"|co[- ]?op|advertising|spiffs?|coolers?|loaned|lent|equipment"
    # tapping equipment, which a producer may sell a retailer at cost, not give (27 CFR §6.88;
    # "Line cleaning + new faucets for accounts": S12 of the round's second re-review)
    r"|faucets?|draft\s+systems?|couplers?|tap\s+towers?|kegerators?"
    r"|tap takeovers?"
    # a "buyback" night: the rep buys the bar's patrons a round on the producer (Q5 of the
    # forty-fourth round: "Buyback nights @ Elm St Tavern" passed where "Buying rounds at Elm
    # St Tavern" was flagged); not a keg's deposit bought back, nor shares
    # (nor product bought back from a retailer, a return for ordinary commercial reasons: 27 CFR
    # part 11, R7 of the round's re-review, "Buyback of expired beer from accounts")
    r"|(?<!keg\s)(?<!keg-)buy[- ]?backs?(?!\s+(?:of\s+)?(?:kegs?|cooperage|deposits?|shares?"
    r"|stock|equipment|expired|stale|out[- ]of[- ]code|old|outdated|damaged|returned|product))"
    # the seventeenth round (a CFO's review, 2026-12-03): a distillery's "Menu feature fees -
    # Louisville Bourbon Week bars" (paying for display, 27 CFR §6.51) and "Holiday gifts for
    # liquor store buyers" (gifts to a trade buyer's staff, 27 CFR §10.21) had passed
    r"|(?:menu\s+)?feature\s+fees?|menu\s+(?:placements?|features?|listings?)|gifts?"
    r"|gift\s+cards?"
    # the twenty-eighth round (Q4, a CFO's review, 2026-12-05): a brewery's "Durham Bulls
    # tickets - bar owners" and "Rep bar tab - buying the house a round at accounts" had
    # passed, where "rounds" was flagged (entertainment and drinks bought for a retailer are
    # things of value, 27 CFR §6.41)
    r"|tickets?|(?:buying|buy|bought)\s+(?:the\s+house\s+)?(?:a|another)\s+round"
    r"|house\s+rounds?|rounds?\s+for\s+the\s+house"
    # R7 of the round's re-review: "Rep bar tab - treating bar owners at accounts"
    r"|bar\s+tabs?|treating|(?<!or-)(?<!or\s)treats?|trips?|vacations?"
    # product given to a retailer's staff (F7 of the thirty-fifth round: "Beer for bartenders")
    r"|(?:beer|wine|spirits|drinks?|product|cases?|kegs?)\s+for\s+(?:the\s+)?(?:bartenders?"
    r"|bar\s+staff|servers?|buyers?)|end[- ]?caps?|shelf\s+(?:space|fees?))\b",
    re.IGNORECASE,
)
#: The producer's own premises, visitors and staff: not another retailer.
_OWN = LazyPattern(
    r"\b(?:our|own|taproom|tap room|tasting room|tasting bar|mug club|members?|visitors?"
    r"|guests?|staff|employees?|restaurant week)\b",
    re.IGNORECASE,
)


#: A retailer's own staff, or a bar named as the place ("at Tobacco Road Taproom"): the
#: producer's words ("our", "staff", "taproom") then excuse nothing (a coach's review,
#: 2026-12-03, fifteenth round: a bar's softball team and bartenders' spiffs per pint of "our
#: beer" had passed; 27 U.S.C. §205(b) and (c); 27 CFR §6.41, §10.21)
#: A retailer's own people, whom the lines below name
_RETAILERS_PEOPLE = r"bar\s+(?:owners?|managers?)|buyers?|account\s+staff"
_THEIRS = LazyPattern(
    rf"\b(?:{_RETAILERS_PEOPLE}"
    r"|(?:at|for)\s+(?:the\s+)?(?:accounts?|accts?|bars?|retailers?))\b|\(bar\)"
    r"|(?:\bat\s+|@\s*)(?!the\b|our\b)(?:[\w'&-]+\s+){1,3}(?:taproom|tap\s+room|tavern|pub"
    r"|saloon|grill|bar|bottle\s+shop)\b",
    re.IGNORECASE,
)


#: A wholesaler's (a distributor's) sales staff, and what rewards them for selling a brand: a
#: contest, prizes, spiffs, a bonus. A producer may not give a trade buyer's employees anything
#: of value to push its products (27 U.S.C. §205(c); 27 CFR §10.21, and §10.24 on sales
#: contests; a coach's review, 2026-12-03, fifteenth round: a brewery's "Distributor sales
#: contest - Mutual Distributing reps" was counted as selling, with no word said)
_WHOLESALERS_STAFF = LazyPattern(
    r"\b(?:distributor'?s?|distributing|wholesaler'?s?)\b(?:\W+\w+){0,3}?\W+"
    r"(?:sales\s+)?(?:reps?|representatives?|salespeople|sales\s+force|drivers?|staff)\b",
    re.IGNORECASE,
)
_REWARDS = LazyPattern(
    r"\b(?:contests?|prizes?|spiffs?|incentives?|bonus(?:es)?|rewards?|gift\s+cards?|trips?"
    r"|tickets?)\b",
    re.IGNORECASE,
)


def tied_house_party(name: str) -> bool:
    """Whether a business's name puts it on either side of the tied-house law: it makes beer,
    wine, cider or spirits (not kombucha or ginger beer: model.verticals.makes_drink), or
    imports or wholesales them ("Harborline Beer & Wine Distributors"), those 27 U.S.C.
    §205(b) binds; or it sells them at retail ("Bottle Shop on Main", a liquor store, a
    tavern), whose lines are read for what it accepts from them (sells_alcohol_retail,
    gives_retailers; AO2 of the fifty-second review round, 2026-12-07). core.metrics asks it
    of the business's name before it reads any line for BA119."""
    return makes_drink(name) or _wholesales_drink(name) or sells_alcohol_retail(name)


#: A business whose name says it imports or wholesales beer, wine or spirits: "Harborline Beer
#: & Wine Distributors", "Coastal Wine Imports", "Importers of Fine Wines" (K4 of the
#: forty-second round, 2026-12-06: a beer-and-wine distributor's "Free kegerators for bar
#: accounts (beer)" had passed, BA119 being asked of producers only); not a liquor store, nor
#: a distributor of food or of soft drinks
#: (the drink is what is distributed: the drink words, joined by "&" or "and", then the
#: trade, not "Cold Brew Coffee", "Kindred Spirits Pet Supply" nor "Wine Country Produce"
#: Distributors: L3 of the round's re-review, 2026-12-06)
_DRINKS = (
    r"(?:beers?|wines?|spirits|liquors?|alcohol(?:ic\s+beverages?)?|malt\s+beverages?|ales?"
    r"|(?<!cold\s)brews?)"
)
_ALCOHOL_WHOLESALER = LazyPattern(
    rf"\b{_DRINKS}(?:\s*(?:&|and|,|/|\+)\s*{_DRINKS})*\s+(?:distributors?|distributing"
    r"|distribution|wholesal\w*|importers?|imports|importing|merchants?\s+(?:co|company|inc"
    r"|llc)\b)"
    r"|\b(?:distributors?|wholesalers?|importers?)\s+of\s+(?:fine\s+|craft\s+)?"
    r"(?:beers?|wines?|spirits|liquors?)\b",
    re.IGNORECASE,
)
_NOT_ALCOHOL = LazyPattern(
    r"\b(?:root\s+beer|ginger\s+beer|birch\s+beer|ginger\s+ale|non-?alcoholic|kombucha"
    r"|zero[- ]proof"
    # food named after a drink (M2 of the forty-second round's second re-review, 2026-12-06)
    r"|beer[\s-]+batter(?:ed)?|beer\s+(?:cheese|bread|brats?|mustard)|wine\s+(?:vinegar|sauce)"
    r"|cooking\s+wine)\b",
    re.IGNORECASE,
)


def _wholesales_drink(name: str) -> bool:
    lowered = name.lower()
    if not any(word in lowered for word in ("distribut", "wholesal", "import", "merchant")):
        return False  # most names: four substring checks, no pattern
    return bool(_ALCOHOL_WHOLESALER.search(name)) and not _NOT_ALCOHOL.search(name)


#: Beer, wine or spirits, as a wholesaler's line names what it gives a bar's account for
#: (not root beer, a wine glass or a wine list)
_DRINK_IN_LINE = LazyPattern(
    r"\b(?:beers?|wines?|spirits|liquors?|lagers?|ales?|ipas?|draft\s+beer|draught)\b"
    r"(?!\s+(?:glass\w*|racks?|lists?|openers?|keys?|menus?|country|pairing))",
    re.IGNORECASE,
)


def wholesales_drink_in(text: str, own: str) -> bool:
    """Whether a wholesaler's line shows it wholesales alcohol by giving retailers something
    of value for beer, wine or spirits ("Free kegerators for bar accounts (beer)"), whatever
    the business is called (L3 of the forty-second round's re-review, 2026-12-06: "Harborline
    Foods" passed, the same line under a beer distributor's name did not); BA119 asks it of a
    wholesale profile whose name says no such thing. Most lines name no drink."""
    lowered = text.lower()
    if not any(word in lowered for word in ("beer", "wine", "spirit", "liquor", "lager", "ale")):
        return False  # most lines: a few substring checks, no pattern
    return (
        _DRINK_IN_LINE.search(text) is not None
        and _NOT_ALCOHOL.search(text) is None
        and _NOT_ALCOHOL.search(own) is None
        and gives_retailers(text, own)
    )


#: Bartenders are a bar's, unless the line names the producer's own bar or staff (the re-review:
#: "Taproom bartender spiffs" had been flagged)
_BARTENDERS = LazyPattern(r"\bbartenders?\b", re.IGNORECASE)
_OUR_BAR = LazyPattern(
    r"\b(?:taproom|tap\s+room|tasting\s+room|our\s+(?:own\s+)?(?:bartenders?|staff|team|bar))\b",
    re.IGNORECASE,
)
#: A bar named by its own name ("Tobacco Road Taproom"): someone else's where none of those
#: words is in the producer's own name
_NAMED_BAR = LazyPattern(
    r"((?:[A-Z][\w'&.-]*\s+){1,3})(?:Taproom|Tap Room|Tavern|Pub|Saloon|Bar)\b"
)
_NOT_A_NAME = frozenset(
    {
        "our", "the", "own", "sponsorship", "free", "brewery", "brewing", "winery", "tasting",
        "room", "taproom", "tap", "mug", "club", "wine", "beer", "cocktail", "new", "main",
    }
)  # fmt: skip


#: A promotion offered to consumers, with prizes for them, not the retailer: allowed federally
#: (27 CFR §6.96; R7 of the twenty-eighth round's re-review: "Consumer sweepstakes - concert
#: tickets, entry boxes at accounts" had been flagged)
_CONSUMERS = LazyPattern(r"\b(?:consumers?|sweepstakes)\b", re.IGNORECASE)


#: A retailer or its people named as who receives it, which no consumer promotion excuses (S6
#: of the twenty-eighth round's last check: "Bar owner sweepstakes - Vegas trip for top-selling
#: account", "Consumer promo kit for accounts - free kegerator")
_TO_RETAILERS = LazyPattern(
    r"\b(?:for|to)\s+(?:the\s+|our\s+|top[- ]selling\s+)?(?:accounts?|accts?|bars?|retailers?)\b"
    rf"|\b(?:{_RETAILERS_PEOPLE})\b",
    re.IGNORECASE,
)
#: The producer's own people at a meeting or an outing, who pay for their own drinks where they
#: meet (S6: "Team bar tab - sales meeting at Tobacco Road Taproom")
_OWN_OUTING = LazyPattern(
    r"\b(?:sales|staff|team)\s+meetings?\b|\bour\s+(?:team|reps?|staff)\b"
    r"|\bteam\s+(?:bar\s+tabs?|dinners?|drinks)\b",
    re.IGNORECASE,
)


#: A keg given free: consumers are not given kegs by the producer, a bar is, to win its tap
#: (Q5 of the forty-fourth round, 2026-12-06: "Promo - free keg for Pour House grand opening"
#: passed, the bar named by no word BA119 knew; 27 U.S.C. §205(b)(3), 27 CFR §6.41)
_FREE_KEG = LazyPattern(
    r"\b(?:free|comp(?:ed|'d|ped)?|complimentary|no[- ]charge)\s+(?:[\w/.-]+\s+){0,2}?kegs?\b"
    r"|\bkegs?\s+(?:on\s+(?:us|the\s+house)|(?:for\s+|at\s+)?no\s+charge)\b",
    re.IGNORECASE,
)
#: ...unless the line names a consumer who has it (a wedding, a customer's party), a raffle or
#: a charity's event, or the producer's own premises: then it is no retailer's
_KEG_NOT_A_RETAILERS = LazyPattern(
    r"\b(?:customers?|consumers?|weddings?|brides?|grooms?|couples?|birthdays?"
    r"|raffles?|sweepstakes|giveaways?|charit(?:y|ies|able)|fundrais\w*|nonprofits?|non-profits?"
    r"|our|own|taproom|tap\s+room|tasting\s+room|members?|staff|employees?|team)\b",
    re.IGNORECASE,
)


def _gives_a_keg(text: str) -> bool:
    """Whether a producer's line gives a keg free to someone it does not name as a consumer or
    as its own: a bar's, whatever the bar is called."""
    if "keg" not in text.lower():
        return False  # most lines
    return _FREE_KEG.search(text) is not None and _KEG_NOT_A_RETAILERS.search(text) is None


def gives_retailers(text: str, own: str = "") -> bool:
    """Whether a line's name (or note) says it gives retailers something of value: it names
    retailers and a thing of value, and not the producer's own premises, visitors or staff,
    unless it names a retailer's staff, a bar as the place, or a bar by a name that is not
    the producer's own (``own``); nor a promotion offered to consumers that names no retailer
    as who receives it, nor the producer's own team's outing. Where ``own`` names a retailer
    of alcohol and no producer, the same exchange read from the retailer's side: whether the
    line says it accepts such a thing from a supplier (accepts_from_suppliers; AO2 of the
    fifty-second round, 2026-12-07)."""
    if own and retailer_side(own):
        return accepts_from_suppliers(text)
    if _gives_a_keg(text):
        return True
    if not _VALUE.search(text):
        return False
    if (_CONSUMERS.search(text) or _OWN_OUTING.search(text)) and not _TO_RETAILERS.search(text):
        return False
    if _PAID_FOR_SHELF.search(text):
        return True
    if _THEIRS.search(text) or _named_bar(text, own):
        return True
    if _BARTENDERS.search(text) and not _OUR_BAR.search(text):
        return True  # a bar's bartenders, unless the line says they are the taproom's own
    return bool(_RETAILERS.search(text) and not _OWN.search(text))


def _named_bar(text: str, own: str) -> bool:
    mine = {word.lower() for word in re.findall(r"[\w']+", own)}
    for found in _NAMED_BAR.finditer(text):
        named = {word.lower() for word in re.findall(r"[\w']+", found.group(1))}
        if named - _NOT_A_NAME and not named & mine:
            return True
    return False


def pays_wholesalers_staff(text: str) -> bool:
    """Whether a line rewards a wholesaler's (a distributor's) staff for selling the brand."""
    return bool(_REWARDS.search(text) and _WHOLESALERS_STAFF.search(text))


# The retailer's side (AO2 of the fifty-second review round, 2026-12-07: a liquor store,
# declared `retail`, booked "Slotting fees received from distributor for shelf space" and
# "Co-op advertising money received from spirits supplier" as supplier money that "comes off
# the cost" (BA116, ASC 705-20), "Free neon signs from beer distributor" and "Distributor paid
# for our newspaper ad" as its own funded channels, and `plan` doubled the ad a distributor
# paid for). 27 U.S.C. §205(b)(3) forbids a producer, importer or wholesaler to induce a
# retailer by "furnishing, giving, renting, lending, or selling ... any equipment, fixtures,
# signs, supplies, money, services, or other thing of value", and §205(b)(4) "by paying or
# crediting the retailer for any advertising, display, or distribution service"; TTB's rules:
# 27 CFR §6.41 (things of value), §6.51 (paying for advertising, display or distribution),
# §6.55 (reimbursing a retailer for setting up displays is a display service), §6.56 (renting
# display space is one); the narrow exceptions: product displays (§6.83), point-of-sale
# materials (§6.84), equipment and supplies sold at no less than cost (§6.88), outside signs up
# to $400 with no pay to the retailer for showing them (§6.102), consumer tastings (§6.95)
# (the sections' headings and §6.55, §6.56, §6.102 as their texts read, 2026-12-07).
# Federally the duty is the supplier's; states' tied-house laws forbid the supplier to give
# and, in some, the retailer to take (California: Bus. & Prof. Code §25500 and §25502 forbid
# suppliers to furnish, give or lend money or things of value to retailers, as the ABC's
# industry advisory "Tied House Reminder: Payments Between Retailers and Suppliers" reads;
# that California sanctions the retailer who accepts, as the reviewer quotes the ABC's 2002
# advisory, was not re-read, so the finding says only that state law may bind the retailer).

#: A business whose name says it sells alcohol at retail: a liquor store, a bottle shop, a
#: package store, a wine shop or wine and spirits store, a beer store, a tavern, a pub, a
#: saloon, a bar and grill, a wine or cocktail bar
_ALCOHOL_RETAILER = LazyPattern(
    r"\b(?:liquors?|package\s+stores?|bottle\s+shops?|bottle\s+shoppe|party\s+stores?"
    r"|(?:wine|beer|spirits)\s+(?:shops?|shoppe|stores?|merchants?|cellar|depot|outlet|mart"
    r"|market|warehouse)|wine\s*(?:&|and)\s*spirits|beer\s*(?:&|and)\s*wine\s+(?:shop|store"
    r"|market|mart)|taverns?|saloons?|pubs?|bar\s*(?:&|and)\s*grill|(?:wine|cocktail|sports"
    r"|beer)\s+bars?|beer\s+gardens?|ale\s*house|alehouse)\b",
    re.IGNORECASE,
)
#: ...whose words a name holds first: one search of the lower-cased name, far cheaper than a
#: test of each word (it runs for every profile's name; 2026-12-07)
_RETAIL_WORDS = LazyPattern(
    "liquor|package|bottle|party store|wine|beer|spirits|tavern|saloon|pub|grill|bar|ale"
)


def sells_alcohol_retail(name: str) -> bool:
    """Whether a business's name says it sells beer, wine or spirits at retail (a liquor
    store, a bottle shop, a tavern; not a liquor distributor, a brewery, root beer nor a
    "Wine Country Produce" stand): the retailer whose lines are read for what a supplier gave
    it (AO2 of the fifty-second round, 2026-12-07). One search for its words first: most names
    hold none of them."""
    if _RETAIL_WORDS.search(name.lower()) is None:
        return False
    return _ALCOHOL_RETAILER.search(name) is not None and _NOT_ALCOHOL.search(name) is None


def retailer_side(name: str) -> bool:
    """Whether a business's name says it sells alcohol at retail and neither makes nor
    wholesales it (a brewpub is a producer): BA119 then reads its lines for what it accepts
    from suppliers, and says so from the retailer's side (AO2 of the fifty-second round)."""
    return sells_alcohol_retail(name) and not makes_drink(name) and not _wholesales_drink(name)


#: A supplier of alcohol, as a retailer's line names who gave: a distributor, a wholesaler, a
#: supplier, an importer, a brewery, a winery, a distillery, a brand's rep
_SUPPLIERS = LazyPattern(
    r"\b(?:distributors?'?s?|distributing|wholesalers?'?s?|suppliers?'?s?|importers?'?s?"
    r"|brewer(?:y|ies|s)?|winer(?:y|ies)|distiller(?:y|ies|s)?|(?:brand|supplier|distributor)"
    r"\s+reps?)\b",
    re.IGNORECASE,
)
#: What §205(b)(3) and (4) name, as a retailer's line names what it was given or paid for:
#: slotting, shelf space or placement, a display, co-op or paid advertising, money, equipment
#: (a cooler, a refrigerator, a kegerator), fixtures, signs, something free, gifts, trips
_ACCEPTED = LazyPattern(
    r"\b(?:slotting|shelf\s+(?:space|placements?|positions?|fees?)|placements?|end[- ]?caps?"
    r"|displays?|co[- ]?op|advertis\w*|ads?|newspaper|signs?|signage|neon|coolers?"
    r"|refrigerat\w*|fridges?|kegerators?|equipment|fixtures?|free|gifts?|trips?|tickets?"
    r"|money|cash|allowances?|featured?|paid\s+for|paid\s+by)\b",
    re.IGNORECASE,
)
#: ...received, not paid: what the store buys from them, returns, deposits, its own delivery
#: costs, and a line that says the supplier's item was bought or paid for at cost (§6.88)
_NOT_ACCEPTED = LazyPattern(
    r"\b(?:purchases?|purchased|inventory|invoices?|cogs|cost\s+of\s+goods|deposits?|returns?"
    r"|returned|breakage|damaged|spoil\w*|delivery\s+(?:fees?|charges?)|bought|at\s+cost"
    r"|we\s+paid|paid\s+(?:to|the)\s+(?:distributor|wholesaler|supplier))\b",
    re.IGNORECASE,
)


#: ...not a supplier of what is not alcohol: soft drinks, snacks, food, tobacco, ice, the
#: lottery, whose money and coolers the tied-house laws do not reach ("Free Coca-Cola cooler
#: from Coke distributor", "Frito-Lay display allowance from snack distributor")
_NOT_ALCOHOL_SUPPLIER = LazyPattern(
    r"\b(?:soda|soft\s+drinks?|coke|coca[\s-]?cola|pepsi|dr\s+pepper|red\s+bull|energy\s+drinks?"
    r"|bottled\s+water|water|juice|snacks?|chips|frito[\s-]?lay|candy|food|foods|sysco|grocery"
    r"|dairy|bread|produce|tobacco|cigarettes?|cigars?|vapes?|ice|lottery|lotto|atm"
    r"|kombucha|non[\s-]?alcoholic)\b",
    re.IGNORECASE,
)


def accepts_from_suppliers(text: str) -> bool:
    """Whether a retailer of alcohol's line says a supplier (a distributor, a wholesaler, a
    brewery) gave or paid it something §205(b)(3)-(4) forbids a supplier of alcohol to
    give: "Slotting fees received from distributor", "Co-op advertising money received from
    spirits supplier", "Free beer cooler from wholesaler", "Supplier rebates for featured
    display", "Distributor paid for our newspaper ad" (AO2 of the fifty-second round,
    2026-12-07); not what the store buys from them, returns or deposits, nor a supplier of
    soft drinks, snacks, food, tobacco or the lottery. A few substring checks first."""
    lowered = text.lower()
    if not any(
        word in lowered
        for word in ("distribut", "wholesal", "supplier", "import", "brewer", "winer", "distill")
    ):
        return False  # most lines
    return (
        _SUPPLIERS.search(text) is not None
        and _ACCEPTED.search(text) is not None
        and _NOT_ACCEPTED.search(text) is None
        and _NOT_ALCOHOL_SUPPLIER.search(text) is None
    )

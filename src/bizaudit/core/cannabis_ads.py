"""What a cannabis licensee may not do to win customers: advertise on a highway billboard or
on a sign near a school, advertise to an audience mostly under 21, give its goods away, or buy
ads on a platform whose policies forbid promoting cannabis.

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

__all__ = [
    "CREATOR_RULES",
    "PAID_CREATOR",
    "PAID_CREATOR_TOO",
    "RULES",
    "Breach",
    "breach",
    "pays_creator",
    "rule",
]

Breach = Literal[
    "billboard", "giveaway", "youth", "underage audience", "platform", "rewards", "producer"
]

#: What the rules say of the breaches the vertical's ``advertising_rule`` does not quote (H4 of
#: the fortieth round, 2026-12-06: a dispensary's billboard across from a high school, its
#: table at a university's welcome week and its Google and Instagram ads were funded channels
#: `plan` grew)
RULES: dict[str, str] = {
    "youth": (
        "California forbids a licensee to advertise on a sign within 1,000 feet of a day care "
        "centre, a school for kindergarten or grades 1 to 12, a playground or a youth centre "
        "(Bus. & Prof. Code §26152(g)); other states keep like distances, and a breach puts the "
        "licence at stake"
    ),
    "underage audience": (
        "California allows cannabis advertising only where at least 71.6% of the audience is "
        "reasonably expected to be 21 or older (Bus. & Prof. Code §26151(b)), and forbids "
        "advertising that appeals to those under 21 (§26152(e)); a school's or a university's "
        "first-year events are mostly under 21"
    ),
    "platform": (
        "Google's advertising policies (Dangerous products or services: recreational drugs) and "
        "Meta's Advertising Standards (drugs and drug-related products) forbid ads that promote "
        "the sale of cannabis; an account that runs them is suspended, whatever state law allows"
    ),
}

#: ...the platforms' policies, for a licensee outside the US: no state law to name
PLATFORM_ABROAD = (
    "Google's advertising policies (Dangerous products or services: recreational drugs) and "
    "Meta's Advertising Standards (drugs and drug-related products) forbid ads that promote "
    "the sale of cannabis; an account that runs them is suspended, whatever the law allows"
)


def rule(what: str, licence: str, country: str | None) -> str:
    """What the rules say of a breach: the vertical's ``advertising_rule`` (``licence``) for
    a billboard, goods given away and, outside the US, all but the platforms' policies, which
    apply everywhere; California's own clauses for the rest in the US. A licensee kept in
    another country's currency (``country``: the vertical's ``rules_of``) is never told
    California's law (BH1 of the sixty-second round, 2026-12-07: an Ottawa store was told
    §26151's "21 or older" and "your state")."""
    if country is None:
        return RULES.get(what, licence)
    return PLATFORM_ABROAD if what == "platform" else licence


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


#: A sign, and a place where children gather named beside it ("across from Sacramento High
#: School")
_SIGN = LazyPattern(
    r"\b(?:billboards?|outdoor|ooh|bulletin|signs?|signage|banners?|posters?|bus\s+benches?"
    r"|bench\s+ads?|bus\s+shelters?)\b",
    re.IGNORECASE,
)
_YOUTH_PLACE = LazyPattern(
    # (a school, not a street named after one: "corner of School St")
    r"\b(?:(?:high|middle|elementary|grade|primary)\s+schools?"
    r"|schools?(?!\s+(?:st|street|rd|road|ave|avenue|blvd|dr|drive|ln|lane|way)\b)"
    r"|elementary|day\s*cares?|preschools?"
    r"|playgrounds?|youth\s+cent(?:er|re)s?|k-?12|boys\s*(?:&|and)\s*girls\s+club)\b",
    re.IGNORECASE,
)
#: An event or a medium whose audience is mostly under 21: a school's, a university's first
#: weeks, a campus
_UNDER_21 = LazyPattern(
    r"\b(?:welcome\s+week|freshm[ae]n|frosh|(?:student|new\s+student)\s+orientation|campus"
    r"|universit(?:y|ies)|college|student\s+union|dorms?|high\s+schools?|prom|teens?"
    r"|fraternit(?:y|ies)|sororit(?:y|ies)|frat)\b",
    re.IGNORECASE,
)
_PROMOTES = LazyPattern(
    r"\b(?:sponsor\w*|tables?|tabling|booths?|events?|flyers?|ads?|advertising|promos?"
    r"|promotions?|giveaways?|merch)\b",
    re.IGNORECASE,
)
#: The ad platforms whose policies forbid promoting cannabis sales
_PLATFORM = LazyPattern(
    r"\b(?:google\s+(?:ads|adwords|search\s+ads|ppc)|adwords|(?:facebook|fb|instagram|ig|meta"
    r"|youtube|tiktok|snapchat)\s+(?:ads|advertising|boosts?|boosted\s+posts?|campaigns?)"
    r"|(?:facebook|instagram)\s*(?:/|&|and)\s*(?:facebook|instagram)\s+ads)\b",
    re.IGNORECASE,
)


def breach(text: str, country: str | None = None) -> Breach | None:
    """What a line (its name or note) does that the rules forbid: advertise on a highway
    billboard or on a sign near a school, advertise to an audience mostly under 21, give away
    cannabis, cannabis products or accessories, or buy ads on a platform whose policies forbid
    promoting cannabis; None otherwise. Outside the US (``country``, the vertical's
    ``rules_of``), no audience is held to California's 21; in Canada, any billboard or outdoor
    sign is seen by young persons, whom the Cannabis Act keeps promotion from, whatever road
    it stands on, and a loyalty or rewards programme is asked about under Ontario's
    Registrar's Standards on inducements (BH1 of the sixty-second round, 2026-12-07: an
    Ottawa store's "Billboard - Hwy 417 eastbound" was a funded channel, its points unread).
    A Canadian store that takes licensed producers' money or benefits is asked about under
    Ontario's Standards 6.4 and 6.5 (BI1 of the round's re-review, 2026-12-07: "LP trade
    marketing - shelf placement payments received" was read as the store's own acquisition
    marketing, with no finding)."""
    if country == "Canada" and _from_producers(text):  # BI1 of round 62's re-review
        return "producer"
    if _BILLBOARD.search(text) and (country == "Canada" or _HIGHWAY.search(text)):
        return "billboard"
    if _FREE.search(text) and _GOODS.search(text):
        return "giveaway"
    if _SIGN.search(text) and _YOUTH_PLACE.search(text) and not _KEEPS_AWAY.search(text):
        return "youth"
    if country is None and (
        _UNDER_21.search(text) and _PROMOTES.search(text) and not _OVER_21.search(text)
    ):
        return "underage audience"
    if country == "Canada" and _REWARDS.search(text):
        return "rewards"
    if _PLATFORM.search(text) and not (_HIRING.search(text) and not _SELLS.search(text)):
        return "platform"
    return None


#: A loyalty or rewards programme, or points given or redeemed: what a Canadian store is
#: asked about under Ontario's Standard 6.3 (inducing customers to buy; 6.4 is the producers' rule)
_REWARDS = LazyPattern(
    r"\bloyalty\b|\brewards?\s+(?:programs?|programmes?|club|points?|members?)\b"
    r"|\bpoints?\s+(?:redeemed|redemptions?|programs?|programmes?|earned)\b|\bcash-?back\b",
    re.IGNORECASE,
)
#: A line that says it keeps the distance ("no schools within 1,000 ft") (R5 of the fortieth
#: round's re-review)
_KEEPS_AWAY = LazyPattern(
    # (a distance, not "no youth imagery" nor "over 20 school events": S2 of the round's second
    # re-review)
    r"\bno\s+(?:schools?|day\s*cares?|playgrounds?|youth\s+cent(?:er|re)s?)\s+within\b"
    r"|\bnot\s+within\s+1,?000\b|\b(?:1,?000|\d,\d{3})\+?\s*(?:ft|feet)\+?\s+(?:from|away)\b"
    r"|\baway\s+from\s+(?:any\s+)?(?:schools?|day\s*cares?|playgrounds?)\b",
    re.IGNORECASE,
)
#: ...an audience the line says is 21 or older, or a cannabis school's alumni
_OVER_21 = LazyPattern(
    r"\b21\s*\+|\b21\s+(?:and|or)\s+(?:over|older|up)\b|\b(?:over|older\s+than)\s+21\b"
    r"|\b21-?plus\b|\balumni\b|\boaksterdam\b",
    re.IGNORECASE,
)
#: ...what a sale ad names beside a job ad (S2 of the round's second re-review)
_SELLS = LazyPattern(
    r"\b(?:deals?|sales?|specials?|menu|order\w*|discounts?|promos?|dispensary\s+near)\b",
    re.IGNORECASE,
)
#: ...a job advertised, which promotes no sale
_HIRING = LazyPattern(
    r"\b(?:hiring|recruit\w*|jobs?|careers?|indeed|job\s+posts?|wanted|applicants?)\b",
    re.IGNORECASE,
)


#: What a country's law says of a creator or an influencer paid to post for a cannabis
#: licensee, by the vertical's ``rules_of``: asked about as information, not ruled unlawful (a
#: post may be one the Act permits). Part j of the sixty-second round (2026-12-07): an Ottawa
#: store's "Instagram content creator" (C$12,000) was read only as organic social media. The
#: Act's words as read with the search tool (pages corpus, 2026-12-07): s. 17(1) opens "Unless
#: authorized under this Act, it is prohibited to promote cannabis or a cannabis accessory or
#: any service related to cannabis, including ..." (laws-lois.justice.gc.ca, Cannabis Act, S.C.
#: 2018, c. 16); its paragraph on testimonials, "by means of a testimonial or endorsement", as
#: Leafly (Harrison Jordan, 2018) quotes it and MLT Aikins ("The dos and don'ts of promoting and
#: advertising cannabis") lists it, and influencer marketing "apparently explicitly prohibited by
#: section 17(1)(c)" (Gowling WLG, "High risk alert: the promotion of cannabis on social media",
#: Mondaq, 2018); the paragraph's own text on the Justice Laws site was not read here (searched
#: again on 2026-12-08, pages corpus: the site's pages for s. 17 gave only the subsection's
#: opening words, and ss. 18 to 23, not paragraph (c)). Meta's own policy on paid posts, read
#: with the search tool (pages corpus, 2026-12-08; BI2 of the sixty-second round's second
#: re-review): "We define branded content as a creator or publisher's content that features or
#: is influenced by a business partner for an exchange of value, such as monetary payment or
#: free gifts", and among what "may not be promoted with branded content": "Drugs and
#: drug-related products, including illegal or recreational drugs" (Meta Business Help Centre,
#: "Branded Content Policies", undated); "Branded content posts that do not comply with the
#: above policies are subject to removal from Facebook or Instagram" (Instagram Help Centre,
#: "Branded Content Policies for Prohibited Content ...", undated). Meta's page does not name
#: cannabis: the words quoted are its own, and a cannabis store's products are recreational
#: drugs in their ordinary sense
CREATOR_RULES: dict[str, str] = {
    "Canada": (
        "Canada's Cannabis Act forbids promoting cannabis, a cannabis accessory or a service "
        "related to cannabis by means of a testimonial or an endorsement, or by depicting a "
        "person (s. 17(1)), and keeps the promotion it permits where young persons cannot "
        "access it; a creator paid to post for the store may be giving one (law firms read "
        "paid influencer posts as barred by s. 17(1)(c): Gowling WLG, 2018; MLT Aikins), and "
        "their followers are not age-checked; the Act's own words on testimonials were read "
        "here only as those firms and Leafly (2018) quote them; and on Instagram or Facebook a "
        "post a creator is paid for is branded content, and Meta's Branded Content Policies "
        "list 'drugs and drug-related products, including illegal or recreational drugs' among "
        "what branded content may not promote, and remove posts that do, whatever the Act "
        "allows (Meta's Business and Instagram Help Centres, 'Branded Content Policies')"
    ),
}

#: The label of a channel the vocabulary reads as organic (its lines' words: "Instagram content
#: creator" is organic social media's "instagram content") whose only spend pays a creator
#: BA120 asks about: a paid creator, not organic social media (BI2 of the sixty-second round's
#: second re-review, 2026-12-08: "Social media (organic)", $12,000, 300 customers, beside
#: BA120's question on the creator it pays). A channel with other lines besides keeps its
#: label, and says it holds a paid creator too (PAID_CREATOR_TOO)
PAID_CREATOR = "Paid creator (social media)"
PAID_CREATOR_TOO = " and a paid creator"

#: Words every line that pays a creator or an influencer holds (most lines hold none)
_CREATOR_WORDS = ("creator", "influencer", "ambassador")
#: A creator, an influencer or a brand ambassador paid to post ("Instagram content creator",
#: "Influencer posts", "Brand ambassador program")
_CREATOR = LazyPattern(
    r"\b(?:(?:content\s+)?creators?|influencers?|(?:brand\s+)?ambassadors?)\b", re.IGNORECASE
)


def pays_creator(text: str) -> bool:
    """Whether a line (its name or note) pays a creator, an influencer or a brand ambassador:
    what BA120 asks a Canadian licensee to have a lawyer check (:data:`CREATOR_RULES`)."""
    lowered = text.lower()
    return any(word in lowered for word in _CREATOR_WORDS) and _CREATOR.search(text) is not None


#: A licensed producer named ("LP", "LPs", "licensed producer"), and...
_PRODUCER = LazyPattern(r"\b(?:lps?|licen[cs]ed\s+producers?)\b", re.IGNORECASE)
#: ...money or a benefit that comes from one to the store: payments received, shelf placement
#: or listing fees, rebates, incentives, the producer's trade marketing (which the retailer
#: takes, as the Standards bar: "selling advertising space or product features to LPs", as
#: Fogler, Rubinoff LLP's summary of the 2022 update puts it). Not the store's purchases.
_FROM_PRODUCER = LazyPattern(
    r"\breceived\b|\bfrom\s+(?:the\s+)?(?:lps?|licen[cs]ed\s+producers?)\b"
    r"|\bshelf\s+(?:placement|space|positioning)\b|\bslotting\b|\b(?:listing|placement)\s+fees?\b"
    r"|\brebates?\b|\bincentives?\b|\binducements?\b|\bkickbacks?\b|\btrade\s+marketing\b"
    r"|\b(?:co-?op|mdf)\b|\bfeatured?\s+(?:brand|product)s?\b",
    re.IGNORECASE,
)


def _from_producers(text: str) -> bool:
    """Whether a Canadian cannabis store's line takes money or a benefit from licensed
    producers (``_PRODUCER`` and ``_FROM_PRODUCER``): "LP trade marketing - shelf placement
    payments received". A substring test first: most lines name no producer."""
    lowered = text.lower()
    if "lp" not in lowered and "producer" not in lowered:
        return False
    return _PRODUCER.search(text) is not None and _FROM_PRODUCER.search(text) is not None

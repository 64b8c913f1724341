"""Rewards for reviews of a particular sentiment: what the FTC's rule on consumer reviews and
testimonials forbids in every trade.

16 CFR §465.4 (89 FR 68077, 22 August 2024, in force from 21 October 2024) makes it unlawful
to give compensation or other incentives conditioned, expressly or by implication, on a
consumer review expressing a particular sentiment, whether positive or negative. A CFO's
review (2026-12-03, nineteenth round, AD1) saw a coffee brand's "Review insert cards - free bag
for 5-star review" counted as a funded acquisition channel that alone carried marketing past
its minimum. BA120 warns about such lines; no channel holding one is priced or grown
(docs/domain.md). A reward for any review, whatever it says, is not what the rule forbids;
the review platforms' own terms are stricter: a reward for a review on Amazon, Google, Yelp,
Tripadvisor or Trustpilot is warned about too (F5 of the thirty-second round, F8 of the
thirty-seventh).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bizaudit.core.commercial_bribery import SAYS_DISCLOSED
from bizaudit.model.lazy import LazyPattern

__all__ = [
    "ENDORSEMENT_RULE",
    "FAKE_RULE",
    "MARKETPLACE_RULE",
    "RULE",
    "buys_marketplace_reviews",
    "buys_platform_reviews",
    "buys_sentiment",
    "fakes_reviews",
    "hides_endorsement",
    "platform_rule",
]

#: What the rule says, with its citation, as BA120 quotes it.
RULE = (
    "the FTC's rule on consumer reviews and testimonials forbids any compensation or other "
    "incentive conditioned, expressly or by implication, on a review expressing a particular "
    "sentiment (16 CFR §465.4, in force from October 2024; civil penalties run per violation: "
    "$51,744 in 2024, a figure the FTC adjusts for inflation each year, 16 CFR §1.98)"
)

#: A review of a sentiment: "5-star review", "five star reviews", "positive reviews", "good
#: Google reviews", "5★ ratings"
_SENTIMENT = LazyPattern(
    r"\b(?:5|five|fünf|funf|vijf)[\s-]*(?:stars?|★|sterne|sterren)[\s-]+(?:\w+\s+)?(?:reviews?"
    r"|ratings?|testimonials?|bewertung(?:en)?|recensies?|beoordelingen?)\b"
    r"|\b5\s*★"
    r"|\b(?:positive|good|great|glowing|favou?rable|rave)\s+(?:\w+\s+)?(?:reviews?|ratings?"
    r"|testimonials?)\b",
    re.IGNORECASE,
)
#: Something of value given for it
_INCENTIVE = LazyPattern(
    r"\b(?:free|gifts?|gift\s+cards?|discounts?|off|credits?|rewards?|rebates?|cash|cards?"
    r"|entry|entries|raffle|drawing|giveaways?|coupons?|bonus|refunds?|paid|pay|payments?"
    r"|incentives?|swag|comp(?:ed|'d|ped)?|vouchers?|gutscheine?|cadeaubons?|tegoedbons?)\b"
    # money in any currency, before or after the figure (R13 of the thirty-fifth round's
    # re-review: "£20 voucher for a 5-star review" had passed)
    r"|[$£€]\s*\d|\d\s*(?:€|eur\b|euro)|\d+\s*%",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # pure, and asked of every line: the same names recur
def buys_sentiment(text: str) -> bool:
    """Whether a line (its name or note) gives something for a review of a particular
    sentiment: a five-star or a positive one."""
    lowered = text.lower()
    if (
        "review" not in lowered
        and "rating" not in lowered
        and "testimonial" not in lowered
        and "bewertung" not in lowered
        and "recensie" not in lowered
        and "beoordeling" not in lowered
        and "★" not in text
    ):
        return False  # most lines: a few substring checks, no pattern
    return _SENTIMENT.search(text) is not None and _INCENTIVE.search(text) is not None


#: What Amazon's rules say of any reward for a review, as BA120 quotes them.
MARKETPLACE_RULE = (
    "Amazon's Community Guidelines forbid offering anything of value for a review (free or "
    "discounted product, a refund or rebate, a gift card), whatever the review says and "
    "however honest, outside its own Vine programme (Amazon's policy on incentivised reviews, "
    "since October 2016); a seller who does so risks its listings and its selling account"
)

#: A review on Amazon, or the "verified" reviews rebate services buy for Amazon sellers (not an
#: Amazon gift card given for a Google review: R5 of the round's re-review)
_AMAZON_REVIEW = LazyPattern(
    r"\bverified\s+reviews?\b"
    # Amazon and a review on one line, where no other review site is named ("Full refund after
    # review (Amazon)": Q3 of the round's second re-review)
    r"|(?![^;]*\b(?:google|yelp|facebook|trustpilot|tripadvisor|g2|capterra)\b)"
    r"(?:[^;]*\bamazon\b[^;]*\breviews?\b|[^;]*\breviews?\b[^;]*\bamazon\b)",
    re.IGNORECASE,
)
#: Something of value given for the review itself: "free full size for an honest Amazon
#: review", "rebates for verified reviews" (not "insert cards asking for an Amazon review", nor
#: a review-request tool's "$19/mo")
_GIVEN_FOR_REVIEW = LazyPattern(
    r"\b(?:free|gifts?|gift\s+cards?|rebates?|refunds?|reimburse\w*|credits?|discounts?"
    r"|coupons?|cash|\$\s*\d[\d.,]*)\b[^;]{0,40}?\b(?:for|per|in\s+exchange\s+for|after|upon"
    r"|on)\s+(?:leaving\s+|writing\s+|posting\s+)?(?:an?\s+|each\s+|every\s+)?(?:honest\s+"
    r"|verified\s+|amazon\s+|product\s+|5-star\s+)*reviews?\b"
    # "Paid Amazon reviews" (Q3 of the round's second re-review)
    r"|\bpaid\s+(?:amazon\s+|verified\s+|product\s+)*reviews?\b",
    re.IGNORECASE,
)
#: What Amazon allows: its own programme, and asking without a reward
_ALLOWED = LazyPattern(
    r"\bvine\b|\brequests?\b|\basking\b|\bsoftware\b|\btools?\b|/\s*mo\b", re.IGNORECASE
)


@lru_cache(maxsize=8192)  # pure, and asked of every line: the same names recur
def buys_marketplace_reviews(text: str) -> bool:
    """Whether a line gives something of value for a review on Amazon ("Insert cards - free
    full size for an honest Amazon review") or a rebate for verified reviews ("Rebaid -
    rebates for verified reviews"): F5 of the thirty-second round (2026-12-05), a skincare
    brand with 65% of its customers on Amazon scored 100 on such lines, counted as a funded
    channel."""
    lowered = text.lower()
    if "review" not in lowered:
        return False  # most lines: one substring check, no pattern
    return (
        _AMAZON_REVIEW.search(text) is not None
        and _GIVEN_FOR_REVIEW.search(text) is not None
        and _ALLOWED.search(text) is None
    )


#: Where each review site says it, as BA120 quotes it
_SITE_TERMS = {
    "Google": "Google Maps' user-contributed content policy, on fake engagement",
    "Yelp": "Yelp's content guidelines",
    "Tripadvisor": "Tripadvisor's guidelines for businesses",
    "Trustpilot": "Trustpilot's guidelines for businesses",
}


def platform_rule(site: str) -> str:
    """What a review site's terms say of any reward for a review, as BA120 quotes them."""
    return (
        f"{site}'s terms forbid offering anything of value for a review, whatever it says "
        f"({_SITE_TERMS[site]}): reviews so bought may be removed and the business's listing "
        "flagged, and the FTC asks that a reviewer's reward be disclosed (16 CFR §255.5, "
        "revised 2023)"
    )


#: The review sites whose terms forbid any reward for a review (not G2's or Capterra's, whose
#: own programmes give reviewers gift cards)
_PLATFORMS = {
    "google": "Google",
    "yelp": "Yelp",
    "tripadvisor": "Tripadvisor",
    "trip advisor": "Tripadvisor",
    "trustpilot": "Trustpilot",
}
_PLATFORM = LazyPattern(
    r"\b(?:" + "|".join(name.replace(" ", r"\s?") for name in _PLATFORMS) + r")\b", re.IGNORECASE
)
#: Something of value given for a review there: "$10 Starbucks card for every Google review",
#: "Free dessert for a Yelp review", "Google review = $5 credit" (not a review-request tool's
#: "$29/mo", nor "Google reviews (asking at checkout)")
_GIVEN_FOR_A_REVIEW = LazyPattern(
    # (a gift card, not a card that asks: "NFC tap cards for Google reviews", R8 of the
    # round's re-review)
    r"(?:\b(?:free|gifts?|gift\s+cards?|rebates?|refunds?|credits?|discounts?|coupons?"
    r"|cash|entry|entries|raffle|drawing|vouchers?|points|complimentary|bogo|half\s+off)\b"
    r"|[$£€]\s*\d|\d+\s*(?:%|percent)\s*off\b)"
    r"[^;]{0,40}?\b(?:for|per"
    r"|in\s+exchange\s+for|after|upon|with)\s+(?:leaving\s+|writing\s+|posting\s+)?(?:an?\s+"
    r"|each\s+|every\s+|your\s+)?(?:honest\s+|online\s+|google\s+|yelp\s+|trip\s?advisor\s+"
    r"|trustpilot\s+)*reviews?\b"
    r"|\breviews?\s*(?:=|gets?|earns?)\s*(?:an?\s+)?(?:free|gift|\$\s*\d|£\s*\d|€\s*\d|\d+\s*%"
    r"|discount|credit|entry)"
    r"|\breview\s+(?:incentives?|rewards?|bonus(?:es)?|gift\s+cards?|raffles?|drawings?"
    r"|giveaways?|contests?|sweepstakes)\b"
    r"|\bpaid\s+(?:google\s+|yelp\s+)?reviews?\b"
    # ...given to those who review: "Gift cards for guests who review us on Google", "Monthly
    # $100 drawing among Google reviewers", "Free night raffle - guests who post a Tripadvisor
    # review" (R8 of the round's re-review)
    r"|(?:\b(?:free|gifts?|gift\s+cards?|cash|raffles?|drawings?|giveaways?|vouchers?|credits?"
    r"|discounts?|complimentary|bogo|half\s+off)\b|[$£€]\s*\d|\d+\s*(?:%|percent)\s*off\b)"
    r"[^;]*\b(?:(?:who|that)\s+(?:review|reviews|reviewed|leave|leaves|left|post|posts|posted"
    r"|write|writes|wrote)\b|(?:among|for|to)\s+(?:our\s+|all\s+)?(?:\w+\s+)?reviewers\b"
    # "Free dessert when you leave a Google review", "10 percent off if you post one" (S5 of
    # the round's second re-review)
    r"|(?:when|if|once|after)\s+(?:you|they|guests?|customers?|clients?|patients?)\s+(?:leave"
    r"|post|write|submit)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # pure, and asked of every line: the same names recur
def buys_platform_reviews(text: str) -> str | None:
    """The review site a line gives something of value for a review on ("$10 Starbucks card
    for every Google review": F8 of the thirty-seventh round, 2026-12-05, a funded
    acquisition channel with no word said), or None. Asking every customer alike, with no
    reward, is what the sites allow."""
    lowered = text.lower()
    if "review" not in lowered:
        return None  # most lines: one substring check, no pattern
    site = _PLATFORM.search(text)
    if site is None or _GIVEN_FOR_A_REVIEW.search(text) is None or _ALLOWED.search(text):
        return None
    return _PLATFORMS[" ".join(site.group(0).lower().split())]


#: What the FTC says of an endorser's material connection, as BA120 quotes it.
ENDORSEMENT_RULE = (
    "the FTC's Endorsement Guides ask that a material connection between an advertiser and "
    "an endorser (payment, free products or services, a commission) be disclosed clearly and "
    "conspicuously wherever the endorsement appears (16 CFR §255.5, revised 2023); an "
    "endorsement that hides it is a deceptive practice under section 5 of the FTC Act "
    "(15 U.S.C. §45)"
)
#: Those who endorse for a business, as lines name them
_ENDORSERS = LazyPattern(
    r"\b(?:influencers?|creators?|ugc|ambassadors?|bloggers?|tiktokers?|youtubers?"
    r"|instagrammers?|endorsers?|endorsements?|sponsored\s+posts?|styled\s+shoots?"
    # affiliates paid a commission endorse too (16 CFR §255.5; AS2 of the fifty-third round,
    # 2026-12-07: "Affiliate commissions 50% (affiliates not required to disclose)" passed)
    r"|affiliates?)\b",
    re.IGNORECASE,
)
#: "disclosed", not "undisclosed", "not", "non-", "not yet" or "never disclosed"
_SAYS_DISCLOSED = LazyPattern(SAYS_DISCLOSED, re.IGNORECASE)
#: ...that the line says go undisclosed: "(no #ad)", "undisclosed", "without disclosure"
_UNDISCLOSED = LazyPattern(
    r"\bno\s*#\s*(?:ad|ads|sponsored|spon)\b"
    # ("no #ad needed" says the posts go undisclosed: S1 of the round's second re-review)
    r"|\bno\s+(?:ad\s+)?disclosures?\b(?!\s+(?:issues?|problems?|concerns?))"
    # (not a fee's amount kept confidential: "undisclosed fee amounts", R9 of the round's
    # re-review)
    r"|(?<!not\s)\bundisclosed\b(?!\s+(?:fees?|amounts?|terms?|rates?|prices?|sums?))"
    r"|\bnot\s+disclosed\b|\bnon-?\s?disclosed\b"
    r"|\bwithout\s+(?:#\s*ad|disclosures?|disclosing)\b"
    # ...or are told they need not disclose (AS2 of the fifty-third round)
    r"|\b(?:not|never)\s+(?:required|asked|told|obliged)\s+to\s+disclose\b"
    r"|\b(?:need\s+not|no\s+need\s+to|(?:do|does|did)\s*(?:n't|\s+not)\s+(?:have\s+to\s+|need\s+to\s+)?)"
    r"\s*disclose\b"
    # (AT6 of the fifty-third round's re-review, 2026-12-07: "Affiliate comms 40% (disclosure
    # not required)", "Affiliates told not to disclose")
    r"|\bdisclosures?\s+(?:is\s+|are\s+)?(?:not|never)\s+(?:required|needed|asked\s+for)\b"
    r"|\btold\s+(?:not\s+to|to\s+not)\s+disclose\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # pure, and asked of every line: the same names recur
def hides_endorsement(text: str) -> bool:
    """Whether a line (its name or note) pays or comps endorsers and says they do not
    disclose it: "Influencer comp memberships (no #ad)" (G6 of the thirty-ninth review round,
    2026-12-05: priced as a channel, with no finding)."""
    lowered = text.lower()
    if "disclos" not in lowered and "#" not in lowered:
        return False  # most lines: two substring checks, no pattern
    return (
        _UNDISCLOSED.search(text) is not None
        and _ENDORSERS.search(text) is not None
        # not a line that says the posts are disclosed (R9: "Influencer posts - disclosed, no
        # #ad needed for reposts")
        and _SAYS_DISCLOSED.search(text) is None  # as BA121 and the planners' note read it
    )


#: What the rule says of reviews the business writes, buys or has written, as BA120 quotes it.
FAKE_RULE = (
    "the FTC's rule on consumer reviews and testimonials forbids writing, creating, buying or "
    "procuring consumer reviews that misrepresent that they are by a consumer or a real "
    "customer's experience (16 CFR §465.2, in force from 21 October 2024), and reviews by the "
    "business's own officers, managers or staff that do not say so (§465.5); civil penalties "
    "run per violation: $51,744 in 2024, a figure the FTC adjusts for inflation each year "
    "(16 CFR §1.98)"
)
#: Reviews the business fakes or buys: "Fake Google reviews (Fiverr)", "Purchased reviews",
#: "Bought 5-star reviews", "Review farm - 50 five-star reviews", "Fake WeddingWire reviews by
#: staff" (K1 of the forty-second round, 2026-12-06); reviews the object bought, not what buys
#: a tool about reviews ("Purchased review software", "Purchased Podium for Google reviews":
#: no "for" or "to" between), review copies, nor "fake review removal"; "Paid Fiverr gig - 40
#: Google reviews" (a count of reviews paid for) too (L2 and L4 of the round's re-review)
_FAKED = LazyPattern(
    r"\b(?:fake|faked|false|fabricated|bogus|sock[\s-]?puppet|purchased|bought|buy|buying)\s+"
    r"(?:(?!(?:for|to|from|with|via|on|and|by)\b)[\w.'-]+\s+){0,3}?reviews?\b"
    r"(?!\s*(?:software|tools?|platform|management|widgets?|requests?|invites?|invitations?"
    r"|cards?|apps?|system|services?|removal|monitoring|alerts?|responses?|site|sites|cop(?:y|ies)"
    r"|arcs?)\b)"
    r"|\breview\s+farms?\b"
    # a service that sells fake reviews, or writes reviews the line says are fake: "Fake Google
    # reviews service", "Fake reviews service", "Google review writing service (fake)" (X5 of
    # the forty-sixth round, 2026-12-06: each was a funded channel; 16 CFR §465.2 forbids
    # buying or procuring them); a service against fakes (removal, monitoring) is left out by
    # _AGAINST_FAKES before this is asked
    r"|\b(?:fake|faked|fabricated|bogus)\s+(?:(?!(?:for|to|from|with|via|on|and|by)\b)[\w.'-]+\s+)"
    r"{0,3}?reviews?\s+(?:(?:writing|writers?|posting)\s+)?(?:services?|vendors?|agenc(?:y|ies)"
    r"|gigs?|packages?|sellers?|providers?)\b"
    r"|\breviews?\s+(?:writing|writers?|ghost\s?writ\w*)\b(?=[^;]*\b(?:fake|faked|fabricated"
    r"|bogus)\b)"
    r"|\b(?:fake|faked|fabricated|bogus)\b[^;]*\breviews?\s+(?:writing|writers?|ghost\s?writ\w*)\b"
    # money paid for reviews by the dozen, or to a gig site for them
    r"|\bpaid\s+(?:for\s+)?(?:(?!(?:for|to|from|with|via|on|and|by)\b)[\w.'-]+\s+){0,4}?\d+\s+"
    r"(?:(?:google|yelp|facebook|five[\s-]star|5[\s-]star)\s+)?reviews?\b"
    r"|\bpaid\s+for\s+(?:google\s+|yelp\s+|facebook\s+|five[\s-]star\s+|5[\s-]star\s+)?reviews?\b"
    r"|\b(?:fiverr|seoclerks?)\b(?=[^;]*\breviews\b)|\breviews\b[^;]*\b(?:fiverr|seoclerks?)\b",
    re.IGNORECASE,
)
#: Reviews the business's own people write: flagged where they pose as customers' (on a review
#: site, "posted as customers", "undisclosed"), not a shelf talker or a staff pick, signed as
#: the staff's (16 CFR §465.5 forbids insider reviews that do not say who wrote them: L2 of
#: the forty-second round's re-review, 2026-12-06: a wine shop's "Staff-written reviews -
#: shelf talkers" was called fake), nor a staff member's performance review
_BY_STAFF = LazyPattern(
    r"(?<!performance\s)(?<!annual\s)(?<!peer\s)\breviews?\s+(?:written|posted|left|faked)\s+by\s+"
    r"(?:our\s+|the\s+)?(?:own\s+)?(?:staff|employees?|team|owners?|family|friends|managers?)\b"
    r"|\b(?:staff|employee|owner)[\s-]written\s+reviews?\b",
    re.IGNORECASE,
)
#: ...posing as a customer's: the line says so
_POSED = (
    r"\bundisclosed\b|\bnot\s+disclosed\b|\b(?:posted\s+|written\s+)?as\s+(?:real\s+)?"
    r"(?:customers?|clients?|guests?|patients?|consumers?)\b|\banonymous\w*\b"
    r"|\bfake\s+(?:names?|accounts?|profiles?)\b"
)
#: ...or on a review site, where anyone reads it as a customer's
_AS_CUSTOMERS = LazyPattern(
    r"\b(?:google|yelp|facebook|tripadvisor|trip\s?advisor|trustpilot|amazon|weddingwire"
    r"|the\s+knot|angi|houzz|thumbtack|bbb|nextdoor|zillow|healthgrades|zocdoc|avvo)\b|" + _POSED,
    re.IGNORECASE,
)
#: "Staff reviews", said to pose as customers' ("Staff reviews posted as customers",
#: "Undisclosed staff reviews on Google"), not "staff reviews" alone, which may be a verb
_STAFF_POSING = LazyPattern(
    r"(?=[^;]*(?:" + _POSED + r"))[^;]*\b(?:staff|employees?)\s+reviews\b", re.IGNORECASE
)
#: ...not a line that fights or removes fake reviews ("Fake review removal service", "Legal fees
#: - disputing fake Yelp reviews"), nor buys a review of the business's own work ("Bought
#: review copies" is no such line either way, so it is left alone)
_AGAINST_FAKES = LazyPattern(
    r"\b(?:remov\w*|report\w*|flag\w*|disput\w*|fight\w*|respond\w*|combat\w*|against"
    r"|detect\w*|monitor\w*|takedowns?|protection|defen[cs]e)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # pure, and asked of every line: the same names recur
def fakes_reviews(text: str) -> bool:
    """Whether a line (its name or note) says it buys, fakes or has its own staff write
    consumer reviews: "Fake Google reviews (Fiverr)", "Purchased reviews", "Review farm - 50
    five-star reviews" (K1 of the forty-second round, 2026-12-06: each was a funded acquisition
    channel, and raised one profile's score). A tool that asks customers for reviews, cards
    that ask, a widget that shows them, are not such lines; nor staff's reviews signed as
    theirs (a shelf talker, a staff pick), which say who wrote them (16 CFR §465.5), review
    copies, nor software bought "for" reviews (L2 of the forty-second round's re-review,
    2026-12-06)."""
    lowered = text.lower()
    if "review" not in lowered:
        return False  # most lines: one substring check, no pattern
    if (
        "fake" not in lowered
        and "false" not in lowered
        and "fabricat" not in lowered
        and "bogus" not in lowered
        and "puppet" not in lowered
        and "purchas" not in lowered
        and "bought" not in lowered
        and "buy" not in lowered
        and "farm" not in lowered
        and "paid" not in lowered
        and "fiverr" not in lowered
        and "seoclerk" not in lowered
        and " by " not in lowered
        and "written" not in lowered
        and "staff" not in lowered
        and "employee" not in lowered
    ):
        return False
    if _AGAINST_FAKES.search(text) is not None:
        return False
    if _FAKED.search(text) is not None:
        return True
    if "disclos" in lowered and "undisclos" not in lowered:
        # staff's reviews that say who wrote them ("(disclosed as staff)": M5 of the round's
        # second re-review, 2026-12-06; 16 CFR §465.5 asks for the connection to be disclosed)
        return False
    if _BY_STAFF.search(text) is not None:
        return _AS_CUSTOMERS.search(text) is not None
    return ("staff" in lowered or "employee" in lowered) and _STAFF_POSING.search(text) is not None

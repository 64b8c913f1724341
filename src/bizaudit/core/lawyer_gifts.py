"""A law firm's thank-you gifts to those who refer: asked about, not warned about.

ABA Model Rule 7.2(b) forbids a lawyer to give anything of value for recommending the lawyer's
services, except, among others, nominal gifts given as an expression of appreciation that are
neither intended nor reasonably expected to be a form of compensation (7.2(b)(5), added in
2018). Bar guidance reads holiday and thank-you gifts to referral sources as ordinarily
nominal, and a gift as a payment where it is tied in timing or value to the referrals
(Philadelphia Bar Association Ethics Opinion 93-26, 1994; the Washington State Bar News
"Ethics & the Law" column of 14 November 2025 on gifts to colleagues who refer work; both read
with the search tool, 2026-12-07). A ledger line "Holiday gifts to referral sources" cannot
show which it is: BA114 asks, as information, whether the gifts were token ones given
without regard to referrals, and no figure holds the referrers' customers back as bought.

A gift the line itself ties to the referrals (per case, per referral, a share, a fee) or that
is cash or its equivalent (a gift card, a store, prepaid or brand card such as Visa,
Starbucks or Amazon, a bonus, tickets, a trip) is no nominal thank-you and
keeps BA114's warning (AI2 of the twenty-second round: a PI firm's gift baskets to
chiropractors, $560 a case). A leftover of the fifty-fourth round, 2026-12-07: the law firm
fixture's $2,500 of holiday gifts had made its referrers' 120 clients "bought", and its CAC
excluding referrals $910 in place of $310.

A gift to the lawyers who refer is no fee division. The legal vertical keeps a line that pays
referring lawyers or co-counsel apart as a division of the fee under Rule 1.5(e), which a
lawyer of another firm may share only in proportion to the work each does or with joint
responsibility for the matter, with the client's written consent and a reasonable total fee
(ABA Model Rule 1.5(e); its text as the State Bar of Arizona's ER 1.5(e) and the Kentucky Bar's
E-366 quote it, read with the search tool, 2026-12-07). A thank-you gift, a basket, wine,
tickets or a card to "referring attorneys" is none of that: it is something of value given to
a person for recommending the lawyer, Rule 7.2(b)'s, a question where it is a nominal
thank-you (7.2(b)(5)) and a warning where it is priced per referral (AW2 of the fifty-fifth
round's review, 2026-12-07: "6045 Thank-you gifts to referring attorneys ($250/referral)",
$9,000, had been read as a fee division, with no finding). :data:`GIFT_NOT_A_DIVISION` says
which lines the vertical's division reading does not reach.

A seminar a law firm gives with a referral source, the firm paying the other's share of its
costs ("Co-sponsored seminars - advisor's share reimbursed"), may give something of value to
the person who refers: the State Bar of Arizona's Ethics Opinion 87-23 (October 1987) was asked
about seminars an attorney would present with a non-lawyer financial planner, the two sharing
"equally the advertising expenses and seminar costs" (its facts, read with the search tool on
tools.azbar.org, 2026-12-08; its reasoning was not read here). A line that says the firm pays
the partner's share is no longer that arrangement: BA114 asks, as information, as it does of a
nominal gift (BK8 of the sixty-third round's review, 2026-12-08: an estate firm's $12,000 of
it, beside 62 clients a year from financial advisers, had no finding). Read only as a question:
the line cannot show whether the share paid buys the firm's own advertising at its value.
"""

from __future__ import annotations

import re

from bizaudit.core.classify import CARD_BRANDS
from bizaudit.model.lazy import LazyPattern

__all__ = [
    "GIFT_NOT_A_DIVISION",
    "NOMINAL_MOST",
    "nominal_thanks",
    "not_a_division",
    "pays_a_cosponsors_share",
]

#: A gift or a thank-you of any kind (a basket, wine, tickets, a trip, a card, a voucher), in a
#: line that names no division of a fee (a split, a share, Rule 1.5(e), co-counsel): read by
#: metrics before the legal vertical's ``referral_exempt``, whose reading of a line that pays
#: lawyers as a Rule 1.5(e) division it keeps from such gifts (module docstring)
GIFT_NOT_A_DIVISION = (
    r"(?!.*(?:\bfee\s+(?:divisions?|splits?|shares?|sharing)\b|\bdivi(?:de|ded|sions?)\b"
    r"|\bsplits?\b|\bshares?\s+of\b|1\.5\s*\(e\)|\bco-?counsel\b))"
    r".*\b(?:gifts?|baskets?|hampers?|wine|champagne|bottles?|tickets?|trips?|thank[- ]?you"
    r"|thanks|appreciation|cards?|vouchers?|certificates?)\b"
)
_GIFT_NOT_A_DIVISION = LazyPattern(rf"^{GIFT_NOT_A_DIVISION}", re.IGNORECASE)


def not_a_division(name: str) -> bool:
    """Whether a line that may pay lawyers is a gift or a thank-you, not a division of a fee:
    "6045 Thank-you gifts to referring attorneys ($250/referral)" is one, "Referral fee
    division - co-counsel (Rule 1.5(e))" and "Co-counsel fee split" are not."""
    return _GIFT_NOT_A_DIVISION.search(name) is not None


#: A gift given as thanks: for the holidays, the season, the year's end, or a thank-you
_THANKS = LazyPattern(
    r"\b(?:holiday|christmas|xmas|seasonal|season'?s|year[- ]end|thank[- ]?you|thanks"
    r"|appreciation|token)\b",
    re.IGNORECASE,
)
#: ...tied to the referrals (priced per referral: "$250/referral"), or cash or its equivalent:
#: no nominal thank-you (AW2 of the fifty-fifth round's review, 2026-12-07: "Thank-you gifts
#: to referring chiropractors ($250/referral)" had read as a nominal gift)
_NOT_NOMINAL = LazyPattern(
    r"\b(?:per|each|every|for\s+each)\s+(?:case|referral|referred|client|matter|file|retainer"
    r"|signed|settlement)\b|/\s*(?:case|referral|client|matter|file|retainer|settlement)\b|\bcash\b|\bgift\s*cards?\b|\bvisa\b|\bamex\b|\btickets?\b|\btrips?\b"
    r"|\bvacations?\b|\bbonus(?:es)?\b|\bcommissions?\b|\bfees?\b|\bsplits?\b|%|\bper\s+cent\b"
    # a store, prepaid or brand card, a certificate or a voucher: spent like cash, whatever
    # the occasion (AW3 of the fifty-fifth round's review, 2026-12-07: "Year-end Starbucks cards -
    # referring CPAs' staff" had been asked about as a nominal year-end thank-you). Rule
    # 7.2(b)(5)'s comment speaks of no more than a token item, a holiday or hospitality gift (as
    # quoted by the ABA Litigation Journal, "Rewarding Referrals from Non-Lawyers", fall 2021);
    # reading a card spent like cash as no token is the project's, not the bar's: Arizona's
    # Ethics Op. 02-01 (2002) allowed restaurant gift certificates under $100 given after a
    # referral as thanks, so BA114 warns and names the state bar's ethics counsel to decide
    # (both read with the search tool, 2026-12-07)
    rf"|\b{CARD_BRANDS}\s+(?:gift\s+)?cards?\b"
    r"|\bgift\s+certificates?\b|\bvouchers?\b",
    re.IGNORECASE,
)


#: A gift's price each ("($500 each)", "$40 ea", "$75 apiece")
_PRICE_EACH = LazyPattern(
    r"\$\s?(\d[\d,]*(?:\.\d+)?)\s*(?:each|ea\.?|apiece)\b|\b(?:each|ea\.?)\s*\$\s?(\d[\d,]*)",
    re.IGNORECASE,
)
#: The most a gift each may be worth and still read as a token: $25, what the tax law lets a
#: business deduct for gifts to one person in a year (26 U.S.C. §274(b)(1); 26 CFR 1.274-3(a),
#: read with the search tool, 2026-12-07); the rules of
#: professional conduct set no figure, so this is the project's yardstick, not the bar's: a
#: $500 basket is no token by the law's own measure of a business gift (AW2)
NOMINAL_MOST = 25


def nominal_thanks(name: str) -> bool:
    """Whether a law firm's line to those who refer reads as a thank-you gift Rule 7.2(b)(5)
    may allow: a holiday or thank-you gift, not tied to referrals nor cash or its equivalent,
    and not priced above :data:`NOMINAL_MOST` each."""
    if _THANKS.search(name) is None or _NOT_NOMINAL.search(name) is not None:
        return False
    price = _PRICE_EACH.search(name)
    if price is None:
        return True
    each = float((price.group(1) or price.group(2)).replace(",", ""))
    return each <= NOMINAL_MOST


#: A seminar or event held with someone else (co-sponsored, co-hosted, joint, shared)...
_JOINT = LazyPattern(r"\b(?:co-?sponsor\w*|co-?host\w*|joint(?:ly)?|shared)\b", re.IGNORECASE)
#: ...whose other party's share the line says the firm pays ("advisor's share reimbursed",
#: "planner's half", "their share"); not the firm's own share, nor one paid by the partner
_THEIR_SHARE = LazyPattern(
    r"\b(?:advis[eo]rs?|planners?|partners?|cpas?|accountants?|realtors?|agents?|brokers?"
    r"|sponsors?|co-?hosts?|their|his|her)(?:'s|s'|')?\s+(?:share|half|portion|part)\b"
    r"(?!\s+(?:paid|reimbursed|covered)\s+by\b)",
    re.IGNORECASE,
)


def pays_a_cosponsors_share(name: str) -> bool:
    """Whether a line pays the other party's share of a seminar or event it holds with
    someone who may refer (module docstring, BK8): "Co-sponsored seminars - advisor's share
    reimbursed" does; "Co-sponsored seminars (each pays own share)", "Seminar venue" and
    "Advisor lunch & learns" do not. A substring test first: most lines name no share."""
    lowered = name.lower()
    if "share" not in lowered and "half" not in lowered and "portion" not in lowered:
        return False
    return _THEIR_SHARE.search(name) is not None and _JOINT.search(name) is not None

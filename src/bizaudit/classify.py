"""Activity name → category, purpose and the reason, in words a person can check.

Names are lower-cased, split into words and each word reduced to a simple singular ("ads" and
"ad" match alike). Every known term (one to three words) is looked up among the name's word
runs in a dictionary, so classifying is linear in the length of the name. The longest match wins;
generic words such as "software" or "salary" are *weak* and decide only when nothing more
specific matches ("Newsletter software" is marketing, "Accounting software" is operations).
Two equally strong matches that disagree give a low-confidence answer, which the audit reports.

Customer source names ("word of mouth", "Google ads") are mapped the same way to
referral, paid, organic, outbound or other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from bizaudit.profile import Activity, Category, Purpose

__all__ = [
    "Classification",
    "Confidence",
    "SourceClass",
    "SourceKind",
    "classify",
    "classify_activity",
    "classify_source",
]

Confidence = Literal["high", "low", "none"]
SourceKind = Literal["referral", "paid", "organic", "outbound", "other"]

# (category, purpose) → terms. Purposes follow DOMAIN.md: acquire, retain, grow; convert for sales.
_ACTIVITY_TERMS: dict[tuple[Category, Purpose | None], str] = {
    ("marketing", "acquire"): """
        ad, ads, advert, advertising, advertisement, adwords, google ads, facebook ads, meta ads,
        instagram ads, linkedin ads, tiktok ads, bing ads, ppc, pay per click, paid search,
        paid social, sponsored, sponsorship, seo, search engine optimization, content marketing,
        blog, blogging, copywriting, pr, public relations, press release, publicity, billboard,
        flyer, flyers, brochure, leaflet, direct mail, mailer, radio, tv spot, podcast ad,
        trade show, tradeshow, expo, exhibition, event booth, conference booth, networking event,
        lead generation, lead gen, leads, referral program, referral programme, referral bonus,
        referral reward, affiliate, affiliate program, influencer, marketing, marketing agency,
        digital marketing, social media, social media marketing, branding, brand, logo,
        website, landing page, content, content creation, webinar, workshop promotion,
        promotion, promotions,
        google business profile, yelp, yelp ads, directory listing, listing, signage, sign,
        video marketing, youtube, campaign, marketing campaign, free trial, sampling, open house
    """,
    ("marketing", "retain"): """
        newsletter, email newsletter, loyalty, loyalty program, loyalty card, rewards program,
        customer appreciation, client appreciation, client gift, customer gift, thank you card,
        check in, check ins, customer check in, win back, winback, reactivation, retention,
        customer retention, customer success, onboarding program, community, customer community,
        client event, member event, birthday offer, review request, follow up, follow ups,
        customer survey, satisfaction survey, nps, email marketing, email campaign, mailchimp,
        klaviyo, constant contact
    """,
    ("marketing", "grow"): """
        upsell, upselling, up sell, cross sell, cross selling, crosssell, bundle, bundles,
        upgrade campaign, upgrade offer, add on campaign, account expansion, expansion campaign,
        vip program, premium tier promotion
    """,
    ("sales", "convert"): """
        sales, sale, salesperson, sales rep, sales team, sales salary, sales salaries, sales pay,
        commission, commissions, sales commission, crm, pipedrive, salesforce, hubspot,
        proposal, proposals, demo, demos, discovery call, discovery calls, closing,
        negotiation, sales training, sales coaching, sdr, bdr, account executive, ae,
        quote, quotes, estimate software, sales software, sales tool, sales enablement,
        lead follow up, cold calling, cold call, cold email, outbound, prospecting
    """,
    ("innovation", None): """
        r and d, rnd, research, research and development, development of new, new product,
        new products, new service, new offer, product development, prototype, prototyping,
        innovation, experiment, experiments, pilot, mvp, new menu, recipe development,
        course creation, new course, product design, feasibility study, patent
    """,
    ("operations", None): """
        rent, lease, office, office rent, utilities, electricity, water, gas, internet, phone,
        insurance, tax, taxes, sales tax, vat, payroll tax, payroll, wages, salary, salaries,
        staff, staffing, contractor, contractors, subcontractor, bookkeeping, bookkeeper,
        accounting, accountant, audit fee, legal, lawyer, attorney, licence, license, permit,
        bank fee, bank fees, bank charge, interest, loan, depreciation, repairs, maintenance,
        cleaning, janitorial, supplies, office supplies, materials, raw materials, inventory,
        stock, ingredients, food cost, coffee, coffee beans, milk, produce, wholesale,
        cogs, cost of goods, packaging, shipping, postage,
        freight, delivery, vehicle, fuel, mileage, travel, equipment, tools, hardware,
        software, it, hosting, cloud, subscription, subscriptions, quickbooks, xero, payment
        processing, merchant fee, stripe fee, owner pay, owner salary, owner draw, drawings,
        training, professional development, hr, recruiting, hiring, benefits, pension, uniform,
        uniforms, fee, fees, service, services, admin, administration, overhead, misc,
        miscellaneous, general
    """,
}

# Generic words: they place a name only when nothing more specific does.
_WEAK = frozenset(
    {
        "software",
        "subscription",
        "subscriptions",
        "fee",
        "fees",
        "service",
        "services",
        "tool",
        "tools",
        "staff",
        "salary",
        "salaries",
        "wages",
        "payroll",
        "contractor",
        "contractors",
        "training",
        "admin",
        "administration",
        "overhead",
        "misc",
        "miscellaneous",
        "general",
        "office",
        "equipment",
        "it",
        "cloud",
        "hosting",
        "delivery",
        "promotion",
        "promotions",
        "listing",
        "sign",
        "brand",
        "campaign",
        "leads",
        "sale",
        "community",
    }
)

_SOURCE_TERMS: dict[SourceKind, str] = {
    "referral": """
        referral, referrals, referred, word of mouth, wom, friend, friends, family, recommendation,
        recommended, recommend, partner referral, client referral, customer referral,
        existing client, existing customer, colleague, told me, network, networking, repeat
    """,
    "paid": """
        ad, ads, advert, advertising, google ads, facebook ads, meta ads, instagram ads,
        linkedin ads, ppc, paid, sponsored, sponsorship, yelp ads, billboard, flyer, flyers,
        direct mail, radio, tv, trade show, tradeshow, expo, event, events, affiliate,
        influencer, groupon, marketplace
    """,
    "organic": """
        website, web, site, seo, google, search, organic, blog, content, social, social media,
        instagram, facebook, tiktok, youtube, linkedin, newsletter, email, podcast, walk in,
        walkin, walk ins, foot traffic, passing by, google maps, maps, yelp, reviews, directory,
        press, pr, article
    """,
    "outbound": """
        cold call, cold calling, cold email, outbound, outreach, linkedin outreach, prospecting,
        sdr, bdr, door to door, canvassing
    """,
}


@dataclass(frozen=True, slots=True)
class _Term:
    phrase: str
    category: Category
    purpose: Purpose | None
    strength: tuple[int, int]  # (not weak, number of words): bigger wins


@dataclass(frozen=True, slots=True)
class Classification:
    """Where an activity belongs, and why."""

    category: Category
    purpose: Purpose | None
    source: Literal["explicit", "rule"]
    reason: str
    confidence: Confidence
    term: str | None = None


@dataclass(frozen=True, slots=True)
class SourceClass:
    """What kind of channel a customer source is, and why."""

    kind: SourceKind
    reason: str
    term: str | None = None


_WORD = re.compile(r"[a-z0-9]+")
_ACCOUNT_CODE = re.compile(r"^\s*\d{3,6}(?:[.\-]\d+)?\s*[·:\-–—|]?\s*")
_MAX_WORDS = 3


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude singular: enough to make "ads"/"ad" and "taxes"/"tax" the same word."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(name: str) -> list[str]:
    text = _ACCOUNT_CODE.sub("", name.lower()).replace("&", " and ").replace("'", "")
    return [_stem(word) for word in _WORD.findall(text)]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(_words(phrase))


def _compile_activity_terms() -> dict[tuple[str, ...], _Term]:
    table: dict[tuple[str, ...], _Term] = {}
    for (category, purpose), terms in _ACTIVITY_TERMS.items():
        for phrase in (t.strip() for t in terms.split(",")):
            key = _key(phrase)
            weak = len(key) == 1 and key[0] in _WEAK_STEMS
            term = _Term(phrase, category, purpose, (0 if weak else 1, len(key)))
            if key in table and table[key].category != category:
                raise ValueError(f"term {phrase!r} is listed under two categories")
            table.setdefault(key, term)
    return table


def _compile_source_terms() -> dict[tuple[str, ...], tuple[SourceKind, str]]:
    table: dict[tuple[str, ...], tuple[SourceKind, str]] = {}
    for kind, terms in _SOURCE_TERMS.items():
        for phrase in (t.strip() for t in terms.split(",")):
            table.setdefault(_key(phrase), (kind, phrase))
    return table


_WEAK_STEMS = frozenset(_stem(w) for w in _WEAK)
_ACTIVITY_TABLE = _compile_activity_terms()
_SOURCE_TABLE = _compile_source_terms()


def _matches(words: list[str]) -> Iterable[tuple[int, tuple[str, ...]]]:
    for start in range(len(words)):
        for size in range(min(_MAX_WORDS, len(words) - start), 0, -1):
            yield start, tuple(words[start : start + size])


def classify(name: str) -> Classification:
    """Classify an activity by its name alone."""
    found: list[_Term] = []
    for _, key in _matches(_words(name)):
        term = _ACTIVITY_TABLE.get(key)
        if term is not None:
            found.append(term)
    if not found:
        return Classification(
            "operations",
            None,
            "rule",
            "no known term in the name; counted as operations until you state its kind",
            "none",
        )
    best = max(term.strength for term in found)
    strongest = [term for term in found if term.strength == best]
    winner = strongest[0]
    rivals = sorted(
        {
            f"{t.phrase!r} → {_label(t.category, t.purpose)}"
            for t in strongest
            if _differs(t, winner)
        }
    )
    reason = f"{winner.phrase!r} → {_label(winner.category, winner.purpose)}"
    if rivals:
        return Classification(
            winner.category,
            winner.purpose,
            "rule",
            f"{reason}, but also {'; '.join(rivals)}",
            "low",
            winner.phrase,
        )
    return Classification(winner.category, winner.purpose, "rule", reason, "high", winner.phrase)


def _differs(term: _Term, winner: _Term) -> bool:
    return (term.category, term.purpose) != (winner.category, winner.purpose)


def _label(category: Category, purpose: Purpose | None) -> str:
    return f"{category}/{purpose}" if purpose else category


_DEFAULT_PURPOSE: dict[Category, Purpose | None] = {
    "marketing": "acquire",
    "sales": "convert",
    "innovation": None,
    "operations": None,
}


def classify_activity(activity: Activity) -> Classification:
    """Classify one profile activity; an explicit ``kind``/``purpose`` always wins."""
    if activity.kind is None and activity.purpose is None:
        return classify(activity.name)
    if activity.kind is not None:
        category = activity.kind
        inferred = classify(activity.name)
        if activity.purpose is not None:
            purpose: Purpose | None = activity.purpose
            reason = f"stated in the profile: kind {category}, purpose {purpose}"
        elif inferred.category == category and inferred.purpose is not None:
            purpose = inferred.purpose
            reason = f"kind {category} stated in the profile; purpose from {inferred.reason}"
        else:
            purpose = _DEFAULT_PURPOSE[category]
            reason = f"kind {category} stated in the profile" + (
                f"; purpose {purpose} assumed" if purpose else ""
            )
        return Classification(category, purpose, "explicit", reason, "high")
    # Only a purpose: it implies the category.
    assert activity.purpose is not None
    category = "sales" if activity.purpose == "convert" else "marketing"
    return Classification(
        category,
        activity.purpose,
        "explicit",
        f"purpose {activity.purpose} stated in the profile, so {category}",
        "high",
    )


def classify_source(name: str) -> SourceClass:
    """Map a customer source ("word of mouth", "Google ads") to the kind of channel it is."""
    best: tuple[int, SourceKind, str] | None = None
    for _, key in _matches(_words(name)):
        hit = _SOURCE_TABLE.get(key)
        if hit is not None and (best is None or len(key) > best[0]):
            best = (len(key), *hit)
    if best is None:
        return SourceClass("other", "no known term in the name")
    _, kind, phrase = best
    return SourceClass(kind, f"{phrase!r} → {kind}", phrase)

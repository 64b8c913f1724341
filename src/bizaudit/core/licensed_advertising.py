"""What a licensed trade may not do to win customers, by the licence whose rules apply: a
cannabis licensee's highway billboard or goods given away (core.cannabis_ads), a pharmacy's
gift card or points for prescriptions (core.patient_inducements); and, in any trade, what the
law forbids a line to advertise with (reviews faked or bought, a reward for a review of a
sentiment, a patient's cash for booking a visit). BA120 warns about such lines (docs/domain.md)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from bizaudit.core import ad_claims, cannabis_ads
from bizaudit.core.patient_inducements import (
    FREE_BUT_BILLED_RULE,
    bills_what_is_free,
    books_patients,
    feeds_beneficiaries,
    gives_free_care,
    induces_patients,
)
from bizaudit.core.review_incentives import (
    ENDORSEMENT_RULE,
    FAKE_RULE,
    MARKETPLACE_RULE,
    buys_marketplace_reviews,
    buys_platform_reviews,
    buys_sentiment,
    fakes_reviews,
    hides_endorsement,
    platform_rule,
)
from bizaudit.core.review_incentives import RULE as REVIEW_RULE
from bizaudit.model.lazy import LazyPattern

if TYPE_CHECKING:
    from bizaudit.model.profile import Business
    from bizaudit.model.verticals import Vertical

__all__ = ["NO_SETTING", "REWORDED", "Breach", "Forbidding", "breach", "forbidden", "setting_of"]

Breach = Literal[
    "billboard",
    "giveaway",
    "youth",
    "underage audience",
    "platform",
    "rewards",
    "producer",
    "inducement",
    "contingent fee",
]
#: What a line does that BA120 warns about: a licence's breach, reviews faked or bought, a
#: reward for a review of a sentiment, a patient's cash for booking a visit, free care for a
#: programme's clients, or an endorsement whose material connection is hidden
Forbidding = (
    Breach
    | Literal[
        "review",
        "fake review",
        "marketplace review",
        "platform review",
        "booking",
        "endorsement",
        "free care",
        "meal",
        "free billed",
        # a creator paid to post for a Canadian cannabis licensee: asked, as information, not
        # found by :func:`forbidden` (part j of the sixty-second round, 2026-12-07)
        "creator",
    ]
    | ad_claims.Claim
)


#: What an ad says or leaves out, cured by rewording it (the ended credit, credit terms
#: without their APR, a fee not disclosed, a licence number left out): the spend is lawful once
#: the copy is, and stays the business's own marketing; not a practice or a placement (a
#: bought list, a robocall, an ad aimed at minors), whose spend is itself what the law forbids
#: (O2 of the forty-third round's re-review, 2026-12-06); a board certification not held and
#: before-and-after images not of the patient or altered are the copy too (T3 of the
#: forty-fifth round, 2026-12-06), but a rental ad's preference by familial status or refusal
#: of vouchers states a practice, refusing families or voucher holders, and an ad for a
#: cosmetic procedure aimed at minors is a placement: their spend is not the business's
#: marketing to grow (T3 and T4)
REWORDED: frozenset[Forbidding] = frozenset({
    "credit terms", "hidden fee", "licence number", "lapsed claim", "negative equity",
    "fsa overnight", "unheld claim", "ended credit", "ending credit", "board claim",
    "altered photos",
    # X3 and X4 of the forty-sixth round (2026-12-06): each is the copy, or a notice the
    # contract leaves out, cured by adding or taking out the words; the ads and the door-to-door
    # reps are the business's own marketing once they are
    "coverage claim", "fda approval", "efficacy claim", "guarantee terms", "false affiliation",
    "travel registration", "cooling-off notice", "pesticide safety",
    # A4 of the forty-seventh round (2026-12-06): the copy, cured by taking the false claim out
    "pending credential", "dental specialty", "false scarcity", "charity claim",
    # A2 of the same round: "free" said of what is billed, cured by the word or by the billing
    "free billed",
    # C2 of the forty-eighth round (2026-12-06): "Medicare pays 100%" is the copy; the calls
    # and the gifts are practices, whose spend is what the law forbids
    "medicare full coverage",
    # C5 of the same round: a binding estimate not given is the copy; goods held hostage are
    # a practice
    "binding estimate",
    # C3 of the same round: the title claimed is the copy; testimonials solicited and
    # sign-ups in a shelter are practices
    "protected title",
    # C4 of the same round: the copy
    "shop choice",
    # G1 to G4 of the forty-ninth round (2026-12-06): "free solar", "IRS-approved", the
    # maximum refund guaranteed, hospice "100% free" and Medicare said to pay for all genetic
    # testing are the copy; leads called without consent, return information sold or used,
    # patients enrolled who are not eligible, live discharges, unlicensed applicators and
    # listings at virtual addresses are practices, whose spend is what the law forbids
    "free solar", "irs credential", "refund guarantee", "hospice cost", "test coverage",
    # K1, K2 and K6 of the fiftieth round (2026-12-06): "government program", negative items'
    # removal guaranteed, a compounded drug called FDA-approved, bioidentical hormones called
    # safer and a pass guaranteed are the copy; fees taken before the work, a contractor's
    # public adjusting, assignments of benefits, work billed not done, unlicensed instructors
    # and double brokering are practices, whose spend is what the law forbids
    "government debt programme", "credit removal claim", "compounded drug claim",
    "hormone safety claim", "pass guarantee",
    # AL4 of the fifty-first round (2026-12-06): "notario", a result guaranteed and inside
    # contacts claimed are the copy; legal advice by a non-lawyer is a practice, whose spend is
    # what the law forbids
    "notario title", "immigration guarantee", "government influence",
    # AL6 of the same round: a monthly rate without its APR is the copy; credit offered to
    # servicemembers above 36% is an offer the lender may not make, whose spend is what the
    # law forbids
    "periodic rate",
    # AL7 of the same round: a lifetime warranty whose life is not said is the copy; a bait
    # price, deposits over the cap and unlicensed work are practices
    "lifetime warranty",
    # AL2 of the same round: "Medicare pays 100%" of a trip, or for van rides: the copy
    "medicare transport",
    # AO1, AO3, AO4 and AO10 of the fifty-second round (2026-12-07): a result or an income
    # guaranteed, a recovery rate, a fee not disclosed beside "free", recommendations called
    # the best that go to those who pay, and a vote claimed that was not held are the copy;
    # coders paid per code level raised, records handed to those who signed no business
    # associate agreement and unlicensed rental agents are practices
    "result guarantee", "recovery claim", "undisclosed pay", "paid recommendation",
    "unvoted ranking",
    # AO2 of the same round: "below cost" in an ad is the copy, asked; a free good given with
    # a purchase is a practice
    "alcohol below cost",
    # AS2, AS5 and AS6 of the fifty-third round (2026-12-07): an earnings claim, a paid
    # testimonial whose payment is not said, a place guaranteed and a foreclosure offer called
    # a government programme are the copy; charges after a withdrawal, pretexting, trackers
    # and unlicensed investigators are practices
    "earnings claim", "paid testimonial", "place guarantee", "foreclosure government claim",
    # AS3 of the same round: a claim the line says is untrue ("Former FBI agents" (none are))
    "untrue claim",
})  # fmt: skip


#: The setting of a profile none of whose lines names the credit: nothing to read it against
NO_SETTING = ad_claims.Setting()


def setting_of(business: Business, rules: Vertical | None) -> ad_claims.Setting:
    """What a profile's lines' claims are read against besides their words (its period's year
    and currency, whether it sells solar: ad_claims.setting), as core.metrics and BA120 both
    ask it."""
    contracting = rules is not None and rules.id in ad_claims.CONTRACTING
    return ad_claims.setting(
        business.name or "",
        business.period,
        business.currency,
        contracting,
        None if rules is None else rules.id,
    )


def forbidden(
    text: str, rules: Vertical | None, where: ad_claims.Setting = ad_claims.Setting()
) -> tuple[Forbidding, str] | None:
    """What a line (its name, with its note) does that the law or the rules of the vertical
    the profile is read by (``rules``) forbid, and what they say; None for most lines. The
    licence's rules first, then the FTC's on review rewards (R6 of the twenty-ninth round's
    re-review: the Medicare text had replaced them), then a patient's cash for booking where
    Medicare or Medicaid may pay (the vertical's ``inducement_rule``). What an ad says is read
    against the profile's ``where`` (setting_of: the homeowner's solar credit after 2025).
    core.metrics asks it of every line; BA120 asks it again of those it found, for the
    words. Remembered by the line's text and what of the rules it reads: the same names recur
    across a batch's profiles (a tenth of the bytecodes a batch's profile runs had gone to it,
    2026-12-06)."""
    if rules is None:
        return _forbidden(text, None, None, False, None, where)
    return _forbidden(
        text,
        rules.id,
        rules.advertising_rule,
        rules.body_art,
        rules.inducement_rule,
        where,
        rules.rules_of,
    )


@lru_cache(maxsize=8192)
def _forbidden(
    text: str,
    trade: str | None,
    licence: str | None,
    body_art: bool,
    inducement_rule: str | None,
    where: ad_claims.Setting,
    country: str | None = None,
) -> tuple[Forbidding, str] | None:
    """:func:`forbidden`, by what of the vertical's rules it reads (``trade``: its id;
    ``country``: whose rules they are, where not the US's)."""
    if licence is not None and (what := breach(text, trade, country)) is not None:
        # the clauses the vertical's rule does not quote have their own (H4 of the 40th
        # round), California's in the US only (BH1 of the sixty-second round)
        if trade == "cannabis":
            return what, cannabis_ads.rule(what, licence, country)
        return what, cannabis_ads.RULES.get(what, licence)
    if (review := _rewards_reviews(text)) is not None:
        return review
    # what an ad or a promotion says that the law forbids in any trade (I1 of the 41st round)
    contracting = trade is not None and trade in ad_claims.CONTRACTING
    if (said := ad_claims.claim(text, contracting, where)) is not None:
        return said, ad_claims.RULES[said]
    # a tattoo or a piercing offered to minors (K3 of the forty-second round)
    if ad_claims.offers_minors(text, body_art):
        return "minors", ad_claims.RULES["minors"]
    if inducement_rule is not None:
        if books_patients(text):
            return "booking", inducement_rule
        if gives_free_care(text):  # G4 of the thirty-ninth round
            return "free care", inducement_rule
        if feeds_beneficiaries(text):  # I4 of the forty-first round
            return "meal", inducement_rule
        if bills_what_is_free(text):  # A2 of the forty-seventh round: asked
            return "free billed", FREE_BUT_BILLED_RULE
    return None


@lru_cache(maxsize=8192)  # asked of every line of every profile: the same names recur
def _rewards_reviews(text: str) -> tuple[Forbidding, str] | None:
    """Reviews faked or bought, or a reward for a review, that the FTC's rule, Amazon's or a
    review site's terms forbid, and what they say."""
    if fakes_reviews(text):  # reviews written or bought (K1 of the forty-second round)
        return "fake review", FAKE_RULE
    if buys_sentiment(text):
        return "review", REVIEW_RULE
    if buys_marketplace_reviews(text):
        return "marketplace review", MARKETPLACE_RULE
    if (site := buys_platform_reviews(text)) is not None:
        return "platform review", platform_rule(site)
    if hides_endorsement(text):  # G6 of the thirty-ninth round
        return "endorsement", ENDORSEMENT_RULE
    return None


def breach(text: str, licence: str | None, country: str | None = None) -> Breach | None:
    """What a line (its name or note) does that the rules of ``licence`` (a vertical's id)
    forbid, as ``country`` has them (the vertical's ``rules_of``; None: the US); None where it
    does nothing of the kind, or no licence's rules apply."""
    if licence == "cannabis":
        return cannabis_ads.breach(text, country)
    if licence == "pharmacy":
        return "inducement" if induces_patients(text) else None
    if licence == "accounting":  # R3 of the thirty-ninth round's re-review
        return "contingent fee" if _contingent_return(text) else None
    return None


#: A fee that depends on the result ("20% contingent fee", "25% of the refund")...
_CONTINGENT = LazyPattern(
    r"\bcontingen(?:t|cy)(?:\s+|-)fees?\b|\bon\s+contingency\b"
    r"|\b\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+|each\s+)?(?:refunds?|credits?|recover(?:y|ies))\b",
    re.IGNORECASE,
)
#: ...for a return or a refund claim, as ET 1.510.001 names them
_RETURN_OR_CLAIM = LazyPattern(
    r"\b(?:returns?|amended|refunds?|claims?|erc|employee\s+retention|credits?)\b", re.IGNORECASE
)


def _contingent_return(text: str) -> bool:
    """Whether a line prices a return or a refund claim on its result."""
    lowered = text.lower()
    if "contingen" not in lowered and "%" not in lowered:
        return False  # most lines
    return bool(
        _CONTINGENT.search(text)
        and _RETURN_OR_CLAIM.search(text)
        and not _NOT_CONTINGENT.search(text)
    )


#: ...not a line that says its fee is not contingent, nor the exceptions the rule names: an
#: IRS examination, a court's or a public authority's fee (S4 of the round's second re-review)
_NOT_CONTINGENT = LazyPattern(
    r"\b(?:no|not|non)[\s-]+contingen\w*|\bflat[\s-]+fees?\b|\bexaminations?\b|\bexams?\b"
    r"|\baudit\s+(?:defen[cs]e|representation)\b|\bcourt[\s-]+(?:set|fixed|ordered)\b",
    re.IGNORECASE,
)

"""What a medical billing company, a sober home, a senior placement agency, a vacation rental
manager and a restaurant may not say or do, as their lines' names state it (AO1, AO3, AO4, AO5
and AO10 of the fifty-second review round, 2026-12-07): coders paid a bonus per code level
raised (upcoding), patients' records handled by subcontractors the line says signed no business
associate agreement, a result or an income guaranteed in an ad ("We increase your collections
by 30%, guaranteed", "Guaranteed $80,000 rental income for your home"), a substance-use
recovery success rate ("100% recovery success"), a service called free whose pay from others
the line says is not disclosed, recommendations called the best that the line says go only to
those who pay, a "voted best" claim the line says no vote backs, and homes rented or shown by
agents the line says hold no licence. The reviewer saw each pass with no finding, or BA206's
"no customers attributed" only. BA120 warns about each (core.ad_claims asks these questions;
its RULES carry the texts below). Only what the line itself says is read; each question after
substring tests most lines fail."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "ALCOHOL_BELOW_COST_RULE",
    "ALCOHOL_FREE_GOODS_RULE",
    "CANCELLATION_RULE",
    "COMMUNAL_AS_PRIVATE_RULE",
    "EARNINGS_CLAIM_RULE",
    "FORECLOSURE_GOVERNMENT_RULE",
    "HOURS_OF_SERVICE_RULE",
    "MINOR_SALES_RULE",
    "NO_BAA_RULE",
    "PAID_RECOMMENDATION_RULE",
    "PAID_TESTIMONIAL_RULE",
    "PRETEXTING_RULE",
    "RECOVERY_CLAIM_RULE",
    "RESULT_GUARANTEE_RULE",
    "TRACKING_RULE",
    "UNDISCLOSED_PAY_RULE",
    "UNLICENSED_INVESTIGATOR_RULE",
    "UNLICENSED_RENTAL_RULE",
    "UNTRUE_CLAIM_RULE",
    "UNVOTED_RANKING_RULE",
    "UPCODING_RULE",
    "AlcoholRetailClaim",
    "ConductClaim",
    "PracticeClaim",
    "alcohol_retail_claim",
    "conduct_claim",
    "practice_claim",
    "unlicensed_rental_agents",
]

PracticeClaim = Literal[
    "upcoding pay",
    "no baa",
    "result guarantee",
    "recovery claim",
    "undisclosed pay",
    "paid recommendation",
    "unvoted ranking",
]

# AO3 of the fifty-second round: a billing company's "Upcoding bonus to coders per E/M level
# raised" was an unknown operations line. A claim knowingly presented or caused to be presented
# for a higher code than the service documented is a false claim (31 U.S.C. §3729(a)(1)(A), a
# false record material to it §3729(a)(1)(B)); the OIG's Compliance Program Guidance for
# Third-Party Medical Billing Companies (63 Fed. Reg. 70138, 18 December 1998; its publication
# read 2026-12-07, its list of risk areas, upcoding among them, as the reviewer quotes it, not
# re-read) is the compliance programme such a company is asked to keep
UPCODING_RULE = (
    "paying coders or billers by the code level raised rewards billing higher than the record "
    "supports: a claim knowingly submitted, or caused to be, for a higher code than the "
    "service documented is a false claim, with treble damages and a penalty per claim (the "
    "False Claims Act, 31 U.S.C. §3729(a)(1)(A)-(B)); see the OIG's Compliance Program "
    "Guidance for Third-Party Medical Billing Companies (63 Fed. Reg. 70138, 1998)"
)
# AO3: "Offshore coders (no BAA signed)". A covered entity may let a business associate
# create or receive protected health information only with its satisfactory assurance, and a
# business associate may let a subcontractor do so only with the subcontractor's (45 CFR
# §164.502(e)(1)(ii)), documented in a written contract (§164.504(e); for electronic records
# §164.314(a)), as the reviewer quotes them (sections not re-read: the reviewer's reading,
# which is HHS's stated reading of the 2013 Omnibus Rule)
NO_BAA_RULE = (
    "a business associate may let a subcontractor create, receive, keep or send patients' "
    "health information only with the subcontractor's written assurance that it will "
    "safeguard it, a business associate agreement (HIPAA Privacy Rule, 45 CFR "
    "§164.502(e)(1)(ii) and §164.504(e); for electronic records, the Security Rule, "
    "§164.314(a)); without one, every record they touch is an impermissible disclosure"
)
# AO3's "Ads - 'We increase your collections by 30%, guaranteed'" and AO5's "Ads - 'Guaranteed
# $80,000 rental income for your home'": an objective claim of a result needs a reasonable
# basis before it is made (FTC Act §5, 15 U.S.C. §45; the FTC's Policy Statement Regarding
# Advertising Substantiation, 1984), and a guarantee's conditions must be disclosed (16 CFR
# §239.3(b), the Guides for the Advertising of Warranties and Guarantees, as RULES["guarantee
# terms"] quotes them)
RESULT_GUARANTEE_RULE = (
    "a guaranteed result or income is an objective claim that needs a reasonable basis before "
    "the ad runs (FTC Act §5, 15 U.S.C. §45; the FTC's Policy Statement Regarding Advertising "
    "Substantiation, 1984), and the guarantee's conditions and what the customer gets if it "
    "is not met must be stated clearly (16 CFR §239.3(b)); a promise the business cannot "
    "keep for every customer is deceptive"
)
# AO1: a sober home's "Ads - 'NARR certified, 100% recovery success'". It is unlawful to
# engage in an unfair or deceptive act or practice with respect to any substance use disorder
# treatment service or product, and a violation is treated as one of a rule under §18 of the
# FTC Act, with civil penalties (15 U.S.C. §45d(a)-(b), the Opioid Addiction Recovery Fraud
# Prevention Act of 2018, Pub. L. 115-271, §8023; the section's text read 2026-12-07)
RECOVERY_CLAIM_RULE = (
    "a recovery or success rate for substance-use treatment or recovery housing is an "
    "efficacy claim that needs competent and reliable evidence before it is made (FTC Act "
    "§5, 15 U.S.C. §45); a deceptive act or practice about a substance use disorder "
    "treatment service is unlawful, with civil penalties per violation (15 U.S.C. §45d, the "
    "Opioid Addiction Recovery Fraud Prevention Act of 2018)"
)
# AO4: a placement agency's "Ads - 'Free service - we are paid by the communities' (fee not
# disclosed to families)". An agency must give each client, before a referral, a disclosure
# statement stating, where the fee is received from the provider, the method of computation
# of the fee and the time and method of payment, and the fee's amount on request (RCW
# 18.330.050(1) and (2)(c), Washington's Elder and Vulnerable Adult Referral Agency Act, ch.
# 357 Laws of 2011; the section's text read 2026-12-07); other states' placement laws were not
# read. Hiding pay that shapes a recommendation is a material omission (FTC Act §5)
UNDISCLOSED_PAY_RULE = (
    "calling a service free while hiding who pays for it, and how, omits what a customer needs "
    "to judge its advice: a material omission (FTC Act §5, 15 U.S.C. §45); a senior "
    "placement agency in Washington must give each family, before a referral, a disclosure "
    "statement saying how the fee it receives from the provider is computed and paid (RCW "
    "18.330.050(1), (2)(c)), and other states' placement laws may ask the same"
)
# AO4: "Ads - 'We only recommend the best communities' (placed only with paying ones)": a
# recommendation presented as chosen on merit, where the line says it goes only to those who
# pay, misrepresents the basis of the choice (FTC Act §5; the Endorsement Guides' material
# connection, 16 CFR §255.5, where the recommendation is presented as independent)
PAID_RECOMMENDATION_RULE = (
    "presenting recommendations as chosen on merit ('only the best') when they go only to "
    "those who pay the business misrepresents why they are made (FTC Act §5, 15 U.S.C. §45), "
    "and the payment is a material connection to disclose (16 CFR §255.5)"
)
# AO10: a restaurant's "Ads - 'Voted best burger in America' (no survey)". "Best" alone may be
# puffery; "voted", "rated" or "ranked" says a vote or a survey took place, an objective claim
# that needs a basis before it is made (FTC Act §5; the Policy Statement Regarding Advertising
# Substantiation, 1984). Read only where the line says no such vote was had
UNVOTED_RANKING_RULE = (
    '"voted", "rated" or "ranked" best says a vote, a survey or an award took place: an '
    "objective claim that needs a basis before the ad runs (FTC Act §5, 15 U.S.C. §45; the "
    "FTC's Policy Statement Regarding Advertising Substantiation, 1984); a claim of a vote "
    "that was never held is deceptive"
)
# AO5: a vacation rental manager's "Unlicensed rental agents showing homes". Renting or
# leasing others' real property for a fee is a broker's act in most states, which needs the
# state's real estate licence or work under a licensed broker (e.g. Florida's ch. 475; the
# reviewer cites §475.42(1)(a), not re-read, so the text names the state's broker licence law)
UNLICENSED_RENTAL_RULE = (
    "renting, leasing or showing others' property for a fee is a real estate broker's act in "
    "most states, which needs the state's broker or sales licence, or work under a licensed "
    "broker (in Florida, ch. 475 of the Florida Statutes), and unlicensed activity is an "
    "offence; check your state's broker licence law and its exemptions (some exempt a "
    "vacation rental's own employees) before an unlicensed agent shows another home"
)


#: A bonus or pay per code level raised: "Upcoding bonus to coders per E/M level raised",
#: "Coder incentive per level upgraded", "bonus for higher E/M codes"
_UPCODING = LazyPattern(
    r"\bup[\s-]?cod\w*"
    r"|\b(?:bonus\w*|incentives?|spiffs?|commissions?|pay|paid)\b[^;]*?\b(?:per|for|by)\s+(?:each\s+)?"
    r"(?:e/?m\s+)?(?:code\s+|codes\s+)?(?:levels?|codes?)\s+(?:raised|increased|upgraded|bumped"
    r"|upped)\b"
    r"|\b(?:bonus\w*|incentives?)\b[^;]*?\bhigher\s+(?:e/?m\s+)?(?:codes?|levels?|billing)\b",
    re.IGNORECASE,
)
#: ...not a line against it: an audit, training, a review, its prevention or detection
_AGAINST_UPCODING = LazyPattern(
    r"\b(?:audit\w*|train\w*|reviews?|prevent\w*|detect\w*|compliance|monitor\w*|refunds?"
    r"|repay\w*|overpayments?|correct\w*|policy\s+against|no\s+upcod\w*|avoid\w*)\b",
    re.IGNORECASE,
)
#: Pay for codes: a coder's, a biller's
_CODERS = ("cod", "bill", "e/m", "level")


#: A business associate agreement the line says was not signed: "(no BAA signed)", "without a
#: business associate agreement", "BAA not signed"; not "BAA signed", nor "no BAA needed"
_NO_BAA = LazyPattern(
    r"\b(?:no|without|w/o|missing|unsigned|lacking|expired)\s+(?:an?\s+|the\s+|any\s+|signed\s+)?"
    r"(?:baas?|business\s+associate\s+(?:agreements?|contracts?))\b"
    r"(?!\s+(?:needed|required|necessary))"
    r"|\b(?:baas?|business\s+associate\s+agreements?)\s+(?:(?:is|are|was|were)\s+)?"
    r"(?:not|never)\s+(?:yet\s+)?(?:signed|in\s+place|executed)\b",
    re.IGNORECASE,
)


#: A result or an income guaranteed: "collections ... guaranteed", "guaranteed $80,000 rental
#: income", "double your revenue, guaranteed"
_RESULT = LazyPattern(
    r"\b(?:collections?|revenue|income|earnings?|profits?|returns?|bookings?|occupancy|payouts?"
    r"|reimbursements?|cash\s+flow|sales)\b",
    re.IGNORECASE,
)
_GUARANTEED = LazyPattern(r"\bguarant(?:ee|eed|ees)\b", re.IGNORECASE)
#: ...with a figure: a percentage or an amount
_FIGURE = LazyPattern(r"\d\s*%|\$\s*\d|\b\d+\s*(?:x|times|percent)\b|\bdoubl\w*|\btripl\w*")
#: ...not a money-back or a refund guarantee, a price guarantee, or terms the line says are given
_NOT_A_RESULT = LazyPattern(
    r"\bmoney[\s-]back\b|\brefunds?\b|\bprice\s+(?:match|guarant\w*)\b|\bsatisfaction\b"
    r"|\b(?:terms|conditions)\s+(?:shown|stated|apply|on|in|listed|disclosed)\b"
    r"|\bsee\s+terms\b|\bminimum\s+guarantee\s+(?:contract|agreement)\b",
    re.IGNORECASE,
)


#: A recovery or success rate: "100% recovery success", "95% success rate", "98% stay sober"
_RATE = LazyPattern(
    r"\b\d{2,3}(?:\.\d+)?\s*%\s+(?:(?:recovery|success|sobriety|cure|abstinence)\b"
    r"|(?:of\s+(?:our\s+)?(?:residents?|clients?|patients?|graduates?)\s+)?(?:stay|stays|remain"
    r"|remains)\s+(?:sober|clean)\b)",
    re.IGNORECASE,
)
#: ...of substance use: said by the line, or by the business being a sober home
_RECOVERY_WORDS = ("recover", "sober", "addict", "relapse", "rehab", "detox", "abstinen", "cure")


#: Pay the line says is hidden: "(fee not disclosed to families)", "undisclosed commission"
_UNDISCLOSED = LazyPattern(
    r"\b(?:fees?|commissions?|compensation|payments?|pay|referral\s+fees?)\s+(?:is\s+|are\s+)?"
    r"(?:not|never)\s+(?:disclosed|shown|told|revealed)\b|\bundisclosed\s+(?:fees?|commissions?"
    r"|compensation|payments?|pay)\b|\bwithout\s+disclos\w*\s+(?:the\s+|our\s+)?(?:fees?"
    r"|commissions?|compensation)\b",
    re.IGNORECASE,
)
_FREE = LazyPattern(r"\bfree\b|\bno\s+(?:cost|charge)\b|\bat\s+no\s+cost\b", re.IGNORECASE)


#: A recommendation on merit ("only the best", "we recommend", "unbiased")...
_MERIT = LazyPattern(
    r"\b(?:best|top[\s-]rated|unbiased|impartial|independent|objective|hand[\s-]picked"
    r"|vetted|recommend\w*)\b",
    re.IGNORECASE,
)
#: ...that the line says goes only to those who pay: "(placed only with paying ones)"
_ONLY_PAYING = LazyPattern(
    r"\bonly\s+(?:with|to|at|among)\s+(?:the\s+)?(?:paying|paid|partner|contracted|member)\b"
    r"|\b(?:only|just)\s+(?:paying|partner|contracted)\s+(?:ones|communities|facilities"
    r"|providers|vendors|companies|clients)\b|\bwho\s+pay\s+us\b",
    re.IGNORECASE,
)


#: A vote, a rating or a ranking claimed: "Voted best burger", "rated #1", "ranked number one"
_VOTED = LazyPattern(
    r"\b(?:voted|rated|ranked|named|awarded)\s+(?:the\s+)?(?:#\s*1|no\.?\s*1|number\s+one"
    r"|best|top|favou?rite)\b",
    re.IGNORECASE,
)
#: ...that the line says has no basis: "(no survey)", "no poll", "never held", "made up"
_NO_BASIS = LazyPattern(
    r"\b(?:no|without|w/o)\s+(?:an?\s+|any\s+)?(?:surveys?|polls?|votes?|voting|award|awards"
    r"|source|sources|evidence|basis|substantiation|data|study|studies)\b|\bmade[\s-]up\b"
    r"|\bnever\s+(?:held|voted|surveyed|polled)\b|\bunsubstantiated\b|\bself[\s-]awarded\b",
    re.IGNORECASE,
)


def practice_claim(text: str, lowered: str, in_ad: Callable[[str], bool]) -> PracticeClaim | None:
    """What a line (its name, with its note) says or does of these seven, or None; ``in_ad``
    is core.ad_claims' question whether it names an ad or quotes one (where the claims of
    copy are read). Each question after substring tests most lines fail."""
    if (
        any(word in lowered for word in _CODERS)
        and ("cod" in lowered or "level" in lowered)
        and _UPCODING.search(text) is not None
        and _AGAINST_UPCODING.search(text) is None
    ):
        return "upcoding pay"
    if ("baa" in lowered or "business associate" in lowered) and _NO_BAA.search(text):
        return "no baa"
    if (
        "guarant" in lowered
        and _GUARANTEED.search(text) is not None
        and _RESULT.search(text) is not None
        and _FIGURE.search(text) is not None
        and _NOT_A_RESULT.search(text) is None
        and in_ad(text)
    ):
        return "result guarantee"
    if (
        "%" in lowered
        and any(word in lowered for word in _RECOVERY_WORDS)
        and _RATE.search(text) is not None
        and in_ad(text)
    ):
        return "recovery claim"
    if (
        "disclos" in lowered
        and _UNDISCLOSED.search(text) is not None
        and _FREE.search(text) is not None
    ):
        return "undisclosed pay"
    if (
        ("only" in lowered or "pay us" in lowered)
        and _ONLY_PAYING.search(text) is not None
        and _MERIT.search(text) is not None
        and in_ad(text)
    ):
        return "paid recommendation"
    if (
        ("voted" in lowered or "rated" in lowered or "ranked" in lowered or "named" in lowered
         or "awarded" in lowered)
        and _VOTED.search(text) is not None
        and _NO_BASIS.search(text) is not None
    ):  # fmt: skip
        return "unvoted ranking"
    return None


#: Those who rent or show others' homes: rental, leasing or real estate agents, property
#: managers, showing agents, "showing homes" (AO5 of the fifty-second round)
_RENTAL_AGENTS = LazyPattern(
    r"\b(?:rental|leasing|letting|real\s+estate|realty|showing|property)\s+(?:agents?|staff"
    r"|reps?|managers?|assistants?)\b|\bshow(?:s|ing)?\s+(?:homes?|houses?|properties|units?"
    r"|rentals?|listings?)\b|\bleasing\s+(?:homes?|houses?|properties)\b",
    re.IGNORECASE,
)


def unlicensed_rental_agents(text: str) -> bool:
    """Whether a line, that core.ad_claims has found says its workers hold no licence, names
    them as renting, leasing or showing homes (AO5 of the fifty-second round, 2026-12-07:
    "Unlicensed rental agents showing homes" was operations 'rental' with no word said)."""
    return _RENTAL_AGENTS.search(text) is not None


AlcoholRetailClaim = Literal["alcohol free goods", "alcohol below cost", "minor sales"]

# AO2 of the fifty-second round (2026-12-07): a liquor store's "Free wine tasting with every
# purchase over $50" and "Ads - 'Below cost! Vodka cheaper than wholesale'" had BA206's words
# only. California "prohibits any licensee from giving premiums, gifts, or free goods in
# connection with the sale or distribution of alcoholic beverages, unless expressly
# authorized" (the ABC's industry advisory "Tied House Reminder: Payments Between Retailers
# and Suppliers", read 2026-12-07; Bus. & Prof. Code §25600 is the section the reviewer names,
# not re-read, so the text names the advisory only); other states' rules differ and were not
# read, so the finding asks
ALCOHOL_FREE_GOODS_RULE = (
    "some states forbid a licensee to give premiums, gifts or free goods in connection with "
    "the sale of alcoholic beverages unless a statute or rule allows it (California does, as "
    "its Department of Alcoholic Beverage Control's tied-house advisory says), and the "
    "tastings a retailer may hold are limited by state rules; which rule your state has was "
    "not checked"
)
# ...and several states set minimum prices or forbid selling alcohol below cost, the reviewer
# says without naming them; none was read, so the finding asks and cites none
ALCOHOL_BELOW_COST_RULE = (
    "several states set minimum prices for alcoholic beverages or forbid a retailer to sell "
    "them below cost (state alcohol trade-practice law; which states was not checked), and an "
    "ad's 'below cost' must be true (FTC Act §5)"
)
# AO10 of the fifty-second round (2026-12-07): a liquor store's "Sales to minors fines" was
# sales/convert 'sales' with no word said. Every state sets 21 as the minimum age to buy
# alcohol (the National Minimum Drinking Age Act, 23 U.S.C. §158, withholds highway funds from
# a state that does not), and a fine for a sale to a minor is a penalty on the licence; that
# most states suspend it after repeat sales is the reviewer's reading, not checked state by
# state, so the text says "can"
MINOR_SALES_RULE = (
    "every state forbids selling alcohol to anyone under 21 (the minimum age the National "
    "Minimum Drinking Age Act, 23 U.S.C. §158, holds the states to), and repeated sales can "
    "have the licence suspended or revoked; a fine for it is a penalty, no cost of selling"
)
#: A fine or penalty for a sale to a minor: "Sales to minors fines", "Underage sale penalty"
_MINOR_SALES = LazyPattern(
    r"\b(?:sales?|selling|sold|serving|served)\s+(?:alcohol\s+)?to\s+(?:a\s+)?minors?\b"
    r"|\bunderage\s+(?:sales?|service|buyers?|decoys?)\b|\bminor\s+(?:decoys?|stings?)\b",
    re.IGNORECASE,
)
_PENALTY = LazyPattern(
    r"\b(?:fines?|fined|penalt\w*|citations?|violations?|suspensions?)\b", re.IGNORECASE
)


#: Something free given with a purchase: "Free wine tasting with every purchase over $50",
#: "free glass with each bottle", "buy 2 get 1 free", "gift with purchase"
_FREE_WITH_SALE = LazyPattern(
    r"\bfree\b[^;]*?\bwith\s+(?:every|each|any|a|your|the)?\s*(?:purchases?|orders?|bottles?"
    r"|cases?|sales?)\b|\bbuy\s+\w+[^;]*?\bget\s+\w+\s+free\b|\bgifts?\s+with\s+purchase\b",
    re.IGNORECASE,
)
#: A price said to be below cost: "Below cost!", "cheaper than wholesale", "loss leader"
_BELOW_COST = LazyPattern(
    r"\bbelow\s+(?:our\s+|the\s+)?(?:cost|wholesale)\b|\bunder\s+cost\b"
    r"|\bcheaper\s+than\s+wholesale\b|\bloss[\s-]leaders?\b|\bat\s+a\s+loss\b",
    re.IGNORECASE,
)


def alcohol_retail_claim(text: str, lowered: str) -> AlcoholRetailClaim | None:
    """What a retailer of alcohol's line offers that its state's rules may forbid, asked: a
    free good given with a purchase, a price below cost (AO2 of the fifty-second round); None
    for most lines. Asked only where the business's name says it sells alcohol at retail."""
    if ("free" in lowered or "gift" in lowered) and _FREE_WITH_SALE.search(text) is not None:
        return "alcohol free goods"
    if ("cost" in lowered or "wholesale" in lowered or "loss" in lowered) and (
        _BELOW_COST.search(text) is not None
    ):
        return "alcohol below cost"
    if (
        ("minor" in lowered or "underage" in lowered)
        and _MINOR_SALES.search(text) is not None
        and _PENALTY.search(text) is not None
    ):
        return "minor sales"  # AO10
    return None


ConductClaim = Literal[
    "earnings claim",
    "paid testimonial",
    "place guarantee",
    "cancellation blocked",
    "pretexting",
    "covert tracking",
    "foreclosure government claim",
    "untrue claim",
    # AT4 of the fifty-third round's re-review (2026-12-07): a pet crematory's communal
    # cremations sold as private, and drivers pushed past the hours-of-service limits
    "communal sold as private",
    "hours of service",
]

# AS2 of the fifty-third review round (2026-12-07): an online course's "Ads - 'Students make
# $10k a month in 90 days'" had BA206's words only. An earnings claim is an objective claim that
# needs a reasonable basis before it is made, and one that implies typical results needs them
# to be typical (FTC Act §5, 15 U.S.C. §45; the Endorsement Guides, 16 CFR Part 255). Where the
# seller also helps buyers find customers or outlets, the FTC's Business Opportunity Rule (16
# CFR Part 437) may apply with its own earnings statement: whether a course is one was not
# checked, so the text says "may"; the reviewer's cases and the penalty notice were not verified
EARNINGS_CLAIM_RULE = (
    "an earnings claim ('students make $10k a month') is an objective claim that needs a "
    "reasonable basis, written evidence of what buyers actually earn, before the ad runs, and "
    "it is deceptive unless such results are typical of what buyers generally earn (FTC Act "
    "§5, 15 U.S.C. §45; the FTC's Endorsement Guides, 16 CFR Part 255); where the seller also "
    "helps buyers find customers or outlets, the FTC's Business Opportunity Rule (16 CFR Part "
    "437) may apply too"
)
# AS2: "Testimonials from students who were paid". A payment to an endorser is a material
# connection to disclose clearly and conspicuously (16 CFR §255.5, revised 2023, as
# review_incentives.ENDORSEMENT_RULE quotes it); asked, as the line does not say whether the
# testimonial says so
PAID_TESTIMONIAL_RULE = (
    "a payment to a customer who gives a testimonial is a material connection that the "
    "testimonial must disclose clearly and conspicuously (16 CFR §255.5, revised 2023), and a "
    "testimonial that misrepresents a buyer's experience is a fake one (16 CFR §465.2, in "
    "force from 21 October 2024)"
)
# AS6 of the same round: a dance studio's "Guaranteed to make the competition team", "Every
# student guaranteed a solo": the result guarantee's reading (RESULT_GUARANTEE_RULE) of a
# place promised rather than an income
# AS6: "Autopay tuition continues after withdrawal (no cancellation)", "Auto-renewing annual
# contract, cancel only in person". A seller by a negative option online must provide simple
# mechanisms to stop recurring charges (15 U.S.C. §8403(3), the Restore Online Shoppers'
# Confidence Act, 2010; its text read 2026-12-07). The FTC's 2024 "click-to-cancel"
# amendments to 16 CFR Part 425 were vacated by the Eighth Circuit on 8 July 2025 (the
# reviewer's check) and are not cited. State automatic-renewal and health-studio laws were not
# read, so the text names them without sections
CANCELLATION_RULE = (
    "charging a family after it has withdrawn or cancelled is a charge without its consent, "
    "and a business that signs customers up online to recurring charges must give a simple "
    "way to stop them (15 U.S.C. §8403(3), the Restore Online Shoppers' Confidence Act); many "
    "states' automatic-renewal and health-studio laws add cancellation rights (which bind "
    "your studio was not checked)"
)
# AS3 of the same round: a private investigator's "Pretext calls to banks to obtain bank
# account records". Obtaining customer information of a financial institution relating to
# another person by a false, fictitious or fraudulent statement to an officer, employee or
# agent of the institution is forbidden, and so is requesting it knowing it will be so
# obtained (15 U.S.C. §6821(a)-(b), the Gramm-Leach-Bliley Act, 1999; the reviewer's text
# check); the exceptions of §6821(c)-(g) are for law enforcement, the institution, insurers
# investigating fraud and the like, and the text asks rather than rules on them
PRETEXTING_RULE = (
    "obtaining a bank's customer information about another person by false pretences, or "
    "asking someone to, is a federal crime (15 U.S.C. §6821(a)-(b), the Gramm-Leach-Bliley "
    "Act), with narrow exceptions (§6821(c)-(g): law enforcement, the institution itself, an "
    "insurer investigating insurance fraud) that a private investigator hired by a litigant "
    "does not fit; the client who asks is exposed too"
)
# AS3: "GPS trackers placed on subjects' cars without consent". California forbids any person
# or entity to use an electronic tracking device to determine a person's location unless the
# vehicle's registered owner, lessor or lessee consented (Penal Code §637.7(a)-(b)), a
# misdemeanour (e) and grounds to revoke a licence under Division 3 of the Business and
# Professions Code (f), a private investigator's among them (the section's text read
# 2026-12-07); other states' laws were not read
TRACKING_RULE = (
    "placing a tracking device on someone's car without the owner's consent is a crime in "
    "several states: California forbids it (Penal Code §637.7(a)-(b), a misdemeanour, and "
    "grounds to revoke a private investigator's licence, §637.7(f)); check your state's law "
    "before any tracker goes on a vehicle the client does not own"
)
# AS5 of the same round: a wholesaler's "Pre-foreclosure letters 'Avoid foreclosure -
# government program'". Calling a foreclosure offer a government programme misrepresents an
# affiliation the Mortgage Assistance Relief Services rule forbids (Regulation O, 12 CFR Part
# 1015; the reviewer cites §1015.3(b)(3), not re-read, so the text names the Part) and is
# deceptive in any ad (FTC Act §5)
FORECLOSURE_GOVERNMENT_RULE = (
    "calling an offer to homeowners facing foreclosure a government programme misrepresents "
    "an affiliation with the government, which the Mortgage Assistance Relief Services rule "
    "forbids (Regulation O, 12 CFR Part 1015) and is deceptive in any ad (FTC Act §5, 15 "
    "U.S.C. §45)"
)
# AS3: investigation by those the line says hold no licence (ad_claims._unlicensed_work); every
# state with private investigator licensing requires it of those who investigate for hire (the
# reviewer's reading; the sections, e.g. California's Bus. & Prof. Code §7520, not re-read)
UNLICENSED_INVESTIGATOR_RULE = (
    "investigating for hire is licensed work in most states: an unlicensed investigator, or a "
    "licensee who uses one, breaks the state's private investigator licensing law (check your "
    "state's); the evidence they gather may be challenged too"
)


# AS3: 'Ads - "Former FBI agents" (none are)' had BA206's words only. A claim in an ad that the
# line itself says is untrue is deceptive (FTC Act §5, 15 U.S.C. §45); the state private
# investigator acts' own false-advertising sections the reviewer mentions were not read
UNTRUE_CLAIM_RULE = (
    "a claim in an ad that is not true (a background, a credential, an experience the staff "
    "do not have) is a deceptive claim (FTC Act §5, 15 U.S.C. §45), and a licensing board "
    "may discipline a licensee for false advertising"
)
#: A quoted claim the line says is untrue: '"Former FBI agents" (none are)', '"Award-winning"
#: (never won)'; not a claim true but for an exception ("(not true for Alaska)")
_SAID_UNTRUE = LazyPattern(
    r"['\"\u201c][^'\"\u201d]+['\"\u201d]\s*[-\u2013,:]*\s*\(?\s*(?:none\s+(?:are|is|were|was|of"
    r"\s+(?:us|them|our\s+\w+))|(?:nobody|no\s+one)\s+(?:is|was|here\s+is)"
    r"|not\s+true(?!\s+(?:for|in|on|at|of|except))|untrue|false"
    r"|never\s+(?:were|was|won|served|worked|held)|made[\s-]up|fabricated|invented|a\s+lie)\b",
    re.IGNORECASE,
)
# AT4 of the fifty-third round's re-review (2026-12-07): a pet crematory's "Communal cremations
# billed as private" had no finding. A family that pays for a private (individual) cremation
# buys its own pet's ashes back; communal remains sold or billed as that service are a false
# statement about the service sold, deceptive under the FTC Act (§5, 15 U.S.C. §45) and, in
# California, an untrue or misleading statement about services made to sell them, a
# misdemeanour (Bus. & Prof. Code §17500; its text read with the search tool, 2026-12-07). New
# York's pet crematorium law makes the disposal follow the pet disposal form the owner or the
# vet completed, and an individual cremation be confirmed in writing within ten days,
# attesting the method, date and place (N.Y. Gen. Bus. Law §750-t, Article 35-C; read the same
# day). Other states' pet cremation laws (the reviewer's Florida and California bills) were not
# found or read, and are not cited
COMMUNAL_AS_PRIVATE_RULE = (
    "a family that pays for a private or individual cremation pays for its own pet's ashes "
    "alone: communal remains given in their place are a false statement about the service it "
    "paid for, deceptive under the FTC Act (§5, "
    "15 U.S.C. §45) and, in California, an untrue or misleading statement made to sell a "
    "service, a misdemeanour (Bus. & Prof. Code §17500); New York requires a pet crematorium "
    "to cremate as the pet disposal form says and to confirm an individual cremation in "
    "writing, attesting its method (N.Y. Gen. Bus. Law §750-t); check your state's pet "
    "cremation law"
)
# AT4 of the same re-review: a charter company's "Driver bonus for extra runs past HOS limits".
# No motor carrier may permit or require a driver of a passenger-carrying commercial motor
# vehicle to drive more than 10 hours following 8 consecutive hours off duty, or after having
# been on duty 15 hours following 8 consecutive hours off duty (49 CFR §395.5(a), its text read
# with the search tool, 2026-12-07), nor after 60 or 70 hours on duty in 7 or 8 days
# (§395.5(b)). Whether Part 395 reaches a vehicle (a sedan or SUV limousine carrying fewer than
# nine for hire is no commercial motor vehicle under 49 CFR §390.5; intrastate carriers follow
# their state's rules) the line does not say, so the text says "where it applies". Only a line
# that says outright that drivers drive past the limits is read; docs/domain.md, "What the
# audit does not judge", says why drivers' hours are otherwise no question of this audit
HOURS_OF_SERVICE_RULE = (
    "where the federal hours-of-service rules apply (buses and vans that carry nine or more "
    "for hire, in interstate commerce; a state's rules otherwise), no carrier may permit or "
    "require a driver of a passenger vehicle to drive more than 10 hours after 8 consecutive "
    "hours off duty, or after 15 hours on duty (49 CFR §395.5(a)); paying drivers for runs "
    "past the limits requires what the rule forbids, and a crash on such a run puts the "
    "carrier's operating authority and insurance at stake"
)
#: Communal remains sold as private: "Communal cremations billed as private", "Mass cremation
#: ashes returned as individual", "Private cremations (actually communal)", "Ashes from group
#: cremations sold as private"
_COMMUNAL_AS_PRIVATE = LazyPattern(
    r"\b(?:communal|mass|group|shared|batch)\b[^;]*?\b(?:cremations?|burns?|remains|ashes"
    r"|cremains)\b[^;]*?\b(?:sold|billed|charged|priced|invoiced|passed\s+off|marketed"
    r"|labell?ed|returned|given\s+back|presented|upsold|upcharged)\s+(?:to\s+(?:\w+\s+){1,2})?as\s+"
    r"(?:a\s+|an\s+)?(?:private|individual|single)\b"
    r"|\b(?:private|individual)\s+cremations?\b[^;]*?\b(?:actually|really|in\s+fact|done"
    r"|performed|run|burned|cremated)\s+(?:as\s+|in\s+(?:a\s+)?)?(?:communal|mass|group|batch)"
    r"|\b(?:private|individual)\s+cremations?\b[^;]*?\b(?:pets\s+cremated\s+together"
    r"|commingled|co-?mingled)\b",
    re.IGNORECASE,
)
#: Drivers past the hours-of-service limits: "Driver bonus for extra runs past HOS limits",
#: "Overtime runs over DOT hours", "Drivers exceeding hours of service"
_PAST_HOS = LazyPattern(
    # (not "around" nor "within": "Scheduling around HOS limits" keeps them)
    r"\b(?:past|over|beyond|exceed\w*|above|ignor\w*|skip\w*|break(?:s|ing)?|bypass\w*"
    r"|violat\w*)\s+(?:the\s+)?(?:federal\s+|fmcsa\s+|dot\s+)?(?:hos|hours[\s-]of"
    r"[\s-]service|dot\s+hours|driving\s+(?:hour|time)\s+limits?)\b"
    r"|\b(?:hos|hours[\s-]of[\s-]service)\s+(?:limits?\s+)?(?:exceeded|ignored|waived|skipped"
    r"|broken|violated)\b",
    re.IGNORECASE,
)
#: ...not a fine or a citation for a past violation, nor training, logs or compliance
_HOS_AGAINST = LazyPattern(
    r"\b(?:fines?|penalt\w*|citations?|tickets?|eld|logs?|logbooks?|audits?)\b",
    re.IGNORECASE,
)


#: An income claimed in an ad: "make $10k a month", "earn $10,000/month", "$5,000 per week"
_EARNINGS = LazyPattern(
    r"\b(?:make|makes|making|earn|earns|earning|earnings|income|profit|profits|paid)\b[^;]*?"
    r"\$\s*\d[\d.,]*\s*k?\+?\s*(?:(?:/\s*|\ba\s+|\bper\s+|\beach\s+|\bevery\s+)"
    r"(?:month|mo|week|wk|day|year|yr)\b|(?:monthly|weekly|daily)\b)"
    # AT6 of the fifty-third round's re-review (2026-12-07): an income without a verb but
    # "from home" ('"$10,000 a month from home"'), and "six figures" claimed for buyers
    r"|\$\s*\d[\d.,]*\s*k?\+?\s*(?:/\s*|\ba\s+|\bper\s+)(?:month|mo|week|wk|day)\s+from\s+home\b"
    # (an income, not a price: "6 figures in 6 months", "make six figures", "a 7-figure income";
    # not "six-figure homes")
    r"|\b(?:6|7|six|seven)[\s-]figures?\s+(?:in|within)\s+(?:\d+|a|one|two|three|six|twelve)\s+"
    r"(?:days?|weeks?|months?|years?)\b|\b(?:make|makes|making|earn\w*|hit|hits|reach\w*)\s+"
    r"(?:a\s+)?(?:6|7|six|seven)[\s-]figures?\b|\b(?:6|7|six|seven)[\s-]figures?\s+(?:income"
    r"|incomes|earners?|a\s+year|per\s+year|business(?:es)?)\b",
    re.IGNORECASE,
)
#: ...not a discount, a reward, or a referral's pay
_NOT_EARNINGS = LazyPattern(
    r"\b(?:off|discount\w*|credits?|cashback|rewards?|points|referr\w*|budget|spend|salary"
    r"|wages?|hiring|job\s+ad\w*)\b",
    re.IGNORECASE,
)
#: A testimonial the line says was paid for: "Testimonials from students who were paid", "Paid
#: testimonials"
_PAID_TESTIMONIAL = LazyPattern(
    r"\btestimonials?\b[^;]*\b(?:who\s+(?:were|are|was|got)\s+paid|were\s+paid|paid\s+(?:\$|for\s+"
    r"(?:their|the|it|them))|compensated)\b|\bpaid\s+(?:customer\s+|student\s+|client\s+)?"
    r"testimonials?\b"
    # AT6 of the fifty-third round's re-review (2026-12-07): "Testimonials from paid students",
    # "Students paid for testimonials", "Testimonial payments to students", "$50 per
    # testimonial", "Paid reviews/testimonials"
    r"|\btestimonials?\b[^;]*?\bpaid\s+(?:students?|customers?|clients?|members?|buyers?)\b"
    r"|\bpaid\s+for\s+(?:their\s+|a\s+|the\s+)?testimonials?\b|\btestimonial\s+payments?\b"
    r"|\$\s*\d[\d.,]*\s*(?:per|/|a|each|for\s+(?:a|each))\s*(?:video\s+)?testimonials?\b"
    r"|\bpaid\s+reviews?\s*/\s*testimonials?\b"
    # AU3 of the fifty-fourth round's re-review (2026-12-07): the pay in a ledger's words,
    # "Student testimonial bonuses ($500 per video)", "Testimonial videos - paid to students",
    # "Testimonial rewards", "Bonus per video testimonial" (a bonus, reward, incentive or stipend
    # for a testimonial, or one paid to its givers; not a videographer's "$500 per video").
    # Checked 2026-12-07: 16 CFR §255.5(a), as revised in 2023, names "monetary payment" to an
    # endorser a material connection to disclose clearly and conspicuously
    r"|\btestimonials?\b[^;]*?\b(?:bonus(?:es)?|rewards?|incentives?|stipends?)\b"
    r"|\b(?:bonus(?:es)?|rewards?|incentives?|stipends?)\s+(?:for\s+|per\s+|on\s+)?(?:an?\s+"
    r"|each\s+|every\s+)?(?:student\s+|customer\s+|client\s+|video\s+)*testimonials?\b"
    r"|\btestimonials?\b[^;]*?(?:\bpaid|\$\s*\d[\d.,]*(?:\s+each)?)\s+to\s+(?:the\s+|our\s+)?"
    r"(?:students?|customers?|clients?|members?|buyers?|users?|graduates?|alumni)\b"
    # AU3's rest (the fifty-fourth round's second re-review, 2026-12-07): a gift card or a
    # sum given for each testimonial, "Video testimonials - $250 Amazon card each" (a gift
    # card is a payment to the endorser: the same 16 CFR §255.5 reading, checked that day)
    r"|\btestimonials?\b[^;]*?(?:\b(?:gift|amazon|visa|starbucks|target|walmart)\s*cards?\b"
    r"|\$\s*\d[\d.,]*\s+(?:\w+\s+){0,2}?(?:each|per\s+(?:video|testimonial|student"
    r"|customer|client))\b)"
    r"|\b(?:gift|amazon|visa)\s*cards?\b[^;]*?\btestimonials?\b",
    re.IGNORECASE,
)
_TESTIMONIAL_DISCLOSED = LazyPattern(
    r"(?<!not\s)(?<!un)\bdisclos\w*|\bvideo\s+product\w*|\bfilming\b|\bvideographer", re.IGNORECASE
)
#: A place promised: "Guaranteed to make the competition team", "guaranteed a solo"
_PLACE = LazyPattern(
    r"\bguarant\w*\b[^;]*?\b(?:team|solo|solos|lead\s+roles?|roles?|scholarships?|admission"
    r"|acceptance|callbacks?|job|jobs|placement)\b"
    # AT6 of the fifty-third round's re-review (2026-12-07): the place before the word ("Make
    # the team guaranteed", "Solo guaranteed for every dancer", "gets a solo, guaranteed")
    # (a team only as a place made: "our team, guaranteed on time" is the business's own)
    r"|(?:\b(?:make|makes|making|join|joins|on)\s+(?:the\s+|a\s+)?(?:competition\s+|comp\s+"
    r"|dance\s+|varsity\s+)?team|\b(?:solo|solos|lead\s+roles?|scholarships?|callbacks?))\b"
    r"[\s,-]*(?:\w+\s+){0,3}?guarant\w*",
    re.IGNORECASE,
)
#: Charges that go on after a withdrawal, or that cannot be cancelled, or only in person
_AUTOCHARGE = LazyPattern(
    r"\b(?:auto[\s-]?pay|auto[\s-]?renew\w*|automatic(?:ally)?\s+renew\w*|recurring"
    r"|auto[\s-]?draft|auto[\s-]?debit|auto[\s-]?bill\w*|eft)\b",
    re.IGNORECASE,
)
_NO_WAY_OUT = LazyPattern(
    r"\b(?:continu\w*|keeps?\s+charging|charg\w*|bill\w*)\s+after\s+(?:the\s+)?"
    # (AT6 of the fifty-third round's re-review, 2026-12-07: "billed after student quits",
    # "continues after drop", "no refunds or cancellations", "cancel in person only")
    r"(?:(?:student|dancer|family|member|child|kid)s?\s+)?(?:withdraw\w*|cancel\w*|quits?"
    r"|quitting|leav\w*|drops?|dropp\w*)\b|\bno\s+(?:way\s+to\s+|refunds?\s+or\s+)?cancel\w*\b"
    r"|\bcan(?:'t|not)\s+cancel\b|\bcancel\w*\s+only\s+(?:in\s+person|by\s+(?:mail|letter"
    r"|certified))\b|\bcancel\w*\s+in\s+person\s+only\b",
    re.IGNORECASE,
)
#: Pretexting a bank: "Pretext calls to banks to obtain bank account records"
_PRETEXT = LazyPattern(r"\bpretext\w*\b", re.IGNORECASE)
_FINANCIAL = LazyPattern(
    r"\b(?:banks?|bank\s+accounts?|financial|credit\s+unions?|account\s+records?|brokerage)\b",
    re.IGNORECASE,
)
#: A tracker put on a car without consent
_TRACKER = LazyPattern(
    r"\b(?:gps|trackers?|tracking\s+devices?|air\s?tags?)\b[^;]*(?:\b(?:without|w/o|no)\s+"
    r"(?:\w+\s+)?(?:consent|permission|knowledge)|\b(?:covert\w*|secret\w*|hidden))\b"
    # AT6 of the fifty-third round's re-review (2026-12-07): the secrecy first ("Covert GPS
    # trackers on subject cars", "Hidden trackers on vehicles")
    r"|\b(?:covert\w*|secret\w*|hidden)\s+(?:gps\s+)?(?:gps|trackers?|tracking\s+devices?"
    r"|air\s?tags?)\b",
    re.IGNORECASE,
)
_VEHICLES = LazyPattern(r"\b(?:cars?|vehicles?|trucks?|autos?)\b", re.IGNORECASE)
#: A foreclosure offer called a government programme
_GOVERNMENT_PROGRAM = LazyPattern(
    r"\b(?:government|govt|gov't|gov|federal|state|hud|fha)\.?\s+"
    # (AT6 of the fifty-third round's re-review, 2026-12-07: "govt program", "gov't
    # assistance program", "Federal foreclosure relief program")
    r"(?:(?:foreclosure|mortgage|homeowners?|hardship)\s+){0,2}"
    r"(?:program|programme|plan|assistance|relief)\b",
    re.IGNORECASE,
)
#: ...not a letter that says it is no government programme
_NOT_GOVERNMENT = LazyPattern(
    r"\b(?:not|no)\s+(?:a\s+|affiliated\s+with\s+(?:a\s+|any\s+)?)?(?:government|govt"
    r"|gov't|federal)\b"
    r"|\bunaffiliated\b",
    re.IGNORECASE,
)
#: ...against these: training about it, compliance, its avoidance
_AGAINST_CONDUCT = LazyPattern(
    r"\b(?:train\w*|compliance|avoid\w*|prevent\w*|policy\s+against|never|no\s+longer"
    r"|detect\w*|sweeps?|removal)\b",
    re.IGNORECASE,
)


def conduct_claim(text: str, lowered: str, in_ad: Callable[[str], bool]) -> ConductClaim | None:
    """What a line (its name, with its note) says or does of AS2, AS3, AS5 and AS6 of the
    fifty-third review round (2026-12-07): an earnings claim, a paid testimonial, a place
    guaranteed, charges that go on after a withdrawal or cannot be cancelled, a bank
    pretexted, a tracker on a car without consent, a foreclosure offer called a government
    programme; None for most lines, each question after substring tests most lines fail."""
    if (
        (
            ("$" in text
             and ("earn" in lowered or "make" in lowered or "income" in lowered
                  or "profit" in lowered or "paid" in lowered or "making" in lowered
                  or "from home" in lowered))
            or "figure" in lowered
        )
        and (in_ad(text) or "earnings claim" in lowered)
        and _EARNINGS.search(text) is not None
        and _NOT_EARNINGS.search(text) is None
    ):  # fmt: skip
        return "earnings claim"
    if (
        "testimonial" in lowered
        and (
            "paid" in lowered
            or "compensat" in lowered
            or "payment" in lowered
            or "$" in text
            or "bonus" in lowered
            or "reward" in lowered
            or "incentive" in lowered
            or "stipend" in lowered
            or "card" in lowered  # a gift card (AU3's rest)
        )
        and _PAID_TESTIMONIAL.search(text) is not None
        and _TESTIMONIAL_DISCLOSED.search(text) is None
    ):
        return "paid testimonial"
    if (
        "guarant" in lowered
        and _PLACE.search(text) is not None
        and _NOT_A_RESULT.search(text) is None
        and in_ad(text)
    ):
        return "place guarantee"
    if (
        ("cancel" in lowered or "after" in lowered)
        # ("eft" is in "left", "theft": the pattern's word bounds decide)
        and _AUTOCHARGE.search(text) is not None
        and _NO_WAY_OUT.search(text) is not None
    ):
        return "cancellation blocked"
    if (
        "pretext" in lowered
        and _PRETEXT.search(text) is not None
        and _FINANCIAL.search(text) is not None
        and _AGAINST_CONDUCT.search(text) is None
    ):
        return "pretexting"
    if (
        ("gps" in lowered or "track" in lowered or "tag" in lowered)
        and _TRACKER.search(text) is not None
        and _VEHICLES.search(text) is not None
        and _AGAINST_CONDUCT.search(text) is None
    ):
        return "covert tracking"
    if (
        "foreclos" in lowered
        and _GOVERNMENT_PROGRAM.search(text) is not None
        # ("Avoid foreclosure" is the letter's pitch; a disclaimer is not the claim)
        and _NOT_GOVERNMENT.search(text) is None
    ):
        return "foreclosure government claim"
    if (
        ("none" in lowered or "true" in lowered or "nobody" in lowered or "no one" in lowered
         or "false" in lowered or "never" in lowered
         or "made" in lowered or "fabricat" in lowered or "invent" in lowered or "lie" in lowered)
        and _SAID_UNTRUE.search(text) is not None
        and in_ad(text)
    ):  # fmt: skip
        return "untrue claim"  # AS3
    if (
        ("communal" in lowered or "mass" in lowered or "group" in lowered or "shared" in lowered
         or "batch" in lowered or "mingled" in lowered or "together" in lowered)
        and "cremat" in lowered
        and _COMMUNAL_AS_PRIVATE.search(text) is not None
        and _AGAINST_CONDUCT.search(text) is None
    ):  # fmt: skip
        return "communal sold as private"  # AT4 of the 53rd round's re-review
    if (
        ("hos" in lowered or "hours" in lowered or "driving" in lowered)
        and _PAST_HOS.search(text) is not None
        and _AGAINST_CONDUCT.search(text) is None
        and _HOS_AGAINST.search(text) is None
    ):
        return "hours of service"  # AT4 of the 53rd round's re-review
    return None

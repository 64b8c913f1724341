"""What a debt relief or a credit repair business may not charge or say (K2 of the fiftieth
review round, 2026-12-06): a debt settlement fee taken before any debt is settled, a credit
repair fee charged before the service is performed, a "government program" said of debt
relief, and the removal of negative credit items guaranteed. The reviewer saw a debt
settlement firm's "Advance enrollment fee collected by phone before any debt is settled" read
as operations 'phone', "Credit repair monthly fee charged before services are performed" as
operations 'repairs' (car repairs), "Ads - 'Cut your debt in half - government program'" as
BA206's only and "Ads - 'We remove negative items from your credit report, guaranteed'" as
cost of sales, with no word said. BA120 warns about each (core.ad_claims asks these
questions; its RULES carry the texts below)."""

from __future__ import annotations

import re

from bizaudit.core.negation import said_not_denied
from bizaudit.model.lazy import LazyPattern

__all__ = [
    "ADVANCE_FEE_RULE",
    "CREDIT_REPAIR_CLAIM_RULE",
    "CREDIT_REPAIR_FEE_RULE",
    "GOVERNMENT_PROGRAM_RULE",
    "credit_repair_claim",
    "credit_repair_fee_in_advance",
    "debt_fee_in_advance",
    "government_debt_programme",
    "sells_debt_relief",
]

# The Telemarketing Sales Rule's debt relief amendments (75 Fed. Reg. 48458, 10 August 2010;
# §310.4(a)(5) in force from 27 October 2010, as the notice's DATES say): no fee for a debt
# relief service may be requested or received until at least one debt has been settled under
# an agreement the customer signed and the customer has made a payment under it; the TSR
# covers inbound calls made in response to general media ads for debt relief (the same
# notice's summary). The subsection letters the reviewer recalled ((a)(5)(i)) were not read:
# the paragraph is cited alone. State debt-management and debt-settlement acts limit fees too
# (e.g. Colo. Rev. Stat. §5-19-228, as read 2026-12-06); the business is asked to check its own
ADVANCE_FEE_RULE = (
    "a debt relief business that sells by telephone (calls customers make in response to its "
    "ads included) may not request or receive any fee until it has settled, reduced or "
    "otherwise changed the terms of at least one of the customer's debts under an agreement "
    "the customer signed, and the customer has made at least one payment under it; the fee "
    "must then be a share of the fee for the whole service proportional to the debt settled, "
    "or a percentage of what the customer saved (the Telemarketing Sales Rule, 16 CFR "
    "§310.4(a)(5), in force since 27 October 2010); most states' debt-management or "
    "debt-settlement acts limit the fees too"
)
# The Credit Repair Organizations Act, 15 U.S.C. §1679b(b) ("No credit repair organization
# may charge or receive any money or other valuable consideration for the performance of any
# service which the credit repair organization has agreed to perform for any consumer before
# such service is fully performed", as the Act's text reads), and the right to cancel within 3
# business days (§1679e)
CREDIT_REPAIR_FEE_RULE = (
    "a credit repair organization may not charge or receive any money for a service it has "
    "agreed to perform before the service is fully performed (the Credit Repair "
    "Organizations Act, 15 U.S.C. §1679b(b)): a fee charged monthly or up front, before the "
    "work is done, is what the Act forbids; the customer may also cancel within 3 business "
    "days of signing (§1679e)"
)
# The TSR forbids misrepresenting, in a sale by telephone, any material aspect of a debt relief
# service (the amount of money or debt it may save, and its results) and an affiliation with
# or an endorsement by a government entity (16 CFR §310.3(a)(2), as the 2010 notice's summary
# describes its debt relief misrepresentations; the reviewer's subsection letters (vii) and
# (x) were not read, so the paragraph is cited alone); no federal programme settles
# consumers' unsecured debts; the FTC Act §5 reaches the ad itself
GOVERNMENT_PROGRAM_RULE = (
    "no government programme settles or halves consumers' credit card and other unsecured "
    "debts: calling a debt relief service a government programme misrepresents an "
    "affiliation with a government entity, and promising a result (debt cut in half) "
    "misrepresents what it will achieve, both deceptive acts under the Telemarketing Sales "
    "Rule in a sale by telephone (16 CFR §310.3(a)(2)) and deceptive claims in any ad (FTC "
    "Act §5, 15 U.S.C. §45); settled debts also cost fees, harm the credit score and may be "
    "taxed as forgiven debt"
)
# CROA §1679b(a)(3) (no untrue or misleading representation of a credit repair organization's
# services); the FCRA lets a consumer reporting agency delete only information that is
# inaccurate, incomplete or cannot be verified (15 U.S.C. §1681i(a)(5)), so accurate negative
# items stay for the periods §1681c allows
CREDIT_REPAIR_CLAIM_RULE = (
    "accurate negative information cannot be removed from a credit report before the time "
    "the law allows it to stay (seven years for most items: 15 U.S.C. §1681c); a credit "
    "bureau deletes only what is inaccurate, incomplete or cannot be verified (§1681i(a)(5)); "
    "promising or guaranteeing the removal of negative items is an untrue or misleading "
    "representation of a credit repair service (the Credit Repair Organizations Act, 15 "
    "U.S.C. §1679b(a)(3)) and a deceptive claim (FTC Act §5, 15 U.S.C. §45)"
)

#: A fee taken in advance: "advance enrollment fee", "upfront fee", "before any debt is
#: settled", "before services are performed"
_IN_ADVANCE = LazyPattern(
    r"\badvance\s+(?:\w+\s+)?fees?\b|\bup[\s-]?front\s+(?:\w+\s+)?fees?\b|\bfees?\s+(?:paid\s+|"
    r"charged\s+|collected\s+)?(?:in\s+advance|up[\s-]?front)\b"
    r"|\bbefore\s+(?:any\s+|the\s+|a\s+)?(?:debts?\s+(?:is|are|has\s+been|have\s+been)\s+)?"
    r"(?:settle\w*|services?\s+(?:is\s+|are\s+)?(?:performed|completed|rendered|done|delivered)"
    r"|(?:the\s+)?work\s+is\s+done|results?|performance|any\s+results?)\b"
    r"|\bbefore\s+any\s+debts?\b"
    # ...or "prior to" it ("Program fee prior to settlement": B5 of the fiftieth round's
    # re-review, 2026-12-06; 16 CFR §310.4(a)(5)(i), no fee until a debt is settled)
    r"|\bprior\s+to\s+(?:any\s+|the\s+|a\s+)?(?:debts?\s+(?:is|are|has\s+been|have\s+been)\s+)?"
    r"settle\w*",
    re.IGNORECASE,
)
#: ...and, where the business sells debt relief, a fee at enrolment or from the first month
#: ("Program setup fee at enrollment", "Monthly maintenance fee from month 1": the same
#: re-review's B5; enrolment comes before any settlement, so a fee then is one
#: §310.4(a)(5)(i) forbids; elsewhere a school's or a gym's enrolment fee is lawful)
_AT_ENROLMENT = LazyPattern(
    r"\b(?:at|on|upon)\s+(?:enrol+\w*|sign[\s-]?ups?|signing)\b"
    r"|\bfrom\s+(?:month\s+(?:1|one)|the\s+first\s+month|day\s+(?:1|one)|enrol+\w*)\b",
    re.IGNORECASE,
)
#: ...not the dedicated account's own fees, which a provider independent of the seller may
#: charge (16 CFR §310.4(a)(5)(ii)(C)-(D); the provider's fees are the client's)
_ACCOUNT_FEES = LazyPattern(
    r"\b(?:dedicated|escrow|trust|bank)\s+(?:acct|account|provider)s?\b|\bescrow\b",
    re.IGNORECASE,
)
#: ...not a fee the line says is earned on what was settled or after the work
_EARNED = LazyPattern(
    r"\bafter\s+(?:each\s+|the\s+|a\s+)?(?:settle\w*|results?|services?|deletions?|work)"
    r"|\bonce\s+(?:\w+\s+)?(?:settled|performed|completed)\b|\bon\s+settled\b"
    r"|\bearned\s+(?:on|after)\b|\bper\s+settled\b|\bfree\s+consult",
    re.IGNORECASE,
)
#: A debt relief service, as a line names it
_DEBT_RELIEF = LazyPattern(
    r"\bdebts?\b|\bsettlements?\b|\benrol+(?:ment|ed)?\b|\bdebt\s+relief\b", re.IGNORECASE
)


def debt_fee_in_advance(text: str, lowered: str, relieves_debt: bool = False) -> bool:
    """Whether a line takes a debt relief fee before any debt is settled: "Advance enrollment
    fee collected by phone before any debt is settled"; not a fee earned on settled debts
    ("Settlement fee earned after each settlement"), nor a free consultation. Where the
    business's name says it sells debt relief (``relieves_debt``), a fee named only with the
    settlement, the enrolment or the first month is one too: "Upfront fee before
    settlement", "Advance fee charged before settlement", "Program setup fee at enrollment",
    "Monthly maintenance fee from month 1" (B5 of the fiftieth round's re-review, 2026-12-06,
    read as operations 'fee'; 16 CFR §310.4(a)(5)(i)); elsewhere "settlement" is a closing's
    or a lawsuit's (a title company's settlement fee, a law firm's advance fee deposit) and an
    enrolment fee a school's, and such a line is left alone; never the dedicated account's
    own fees (§310.4(a)(5)(ii))."""
    return (
        ("fee" in lowered or "charge" in lowered)
        and (
            (("debt" in lowered or "enrol" in lowered) and _DEBT_RELIEF.search(text) is not None)
            # the seller's own: a fee before settlement, or from the first month (B5)
            or (
                relieves_debt
                and ("settle" in lowered or "from month" in lowered or "enrol" in lowered)
            )
        )
        and "credit repair" not in lowered  # (the credit repair reading's)
        and (
            _IN_ADVANCE.search(text) is not None
            or (relieves_debt and _AT_ENROLMENT.search(text) is not None)
        )
        and _EARNED.search(text) is None
        and _ACCOUNT_FEES.search(text) is None
    )


#: A debt relief seller's name: "Freedom Debt Relief", "National Debt Settlement", "Debt
#: Resolution Partners" (B5 of the fiftieth round's re-review, 2026-12-06); not a debt
#: collector's, whose settlements are the creditor's, nor a law firm's; and by what it sells for
#: debt, not "debt" alone (W2 of the round's second re-review, 2026-12-06: "First Community
#: Debt Bank", "Debt Capital Advisors" and "Northstar Debt Buyers" were read as sellers of debt
#: relief)
_DEBT_SELLER = LazyPattern(
    r"\bdebts?\s+(?:[\w&-]+\s+)?(?:relief|settlements?|settle|resolution|negotiat\w*"
    r"|consolidation|reduction|free|solutions?|help|management|counsel\w*|rescue|elimination)\b",
    re.IGNORECASE,
)
_NOT_DEBT_SELLER = LazyPattern(
    r"\bcollect\w*|\brecover\w*|\blaw\b|\blegal\b|\battorneys?\b|\blawyers?\b"
    r"|\besq\b|\bllp\b",
    re.IGNORECASE,
)


def sells_debt_relief(name: str) -> bool:
    """Whether a business's name says it sells debt relief (a substring test first: most
    names fail it)."""
    return (
        "debt" in name.lower()
        and _DEBT_SELLER.search(name) is not None
        and _NOT_DEBT_SELLER.search(name) is None
    )


#: A credit repair service's fee: "credit repair monthly fee", "credit repair retainer"
_CREDIT_REPAIR = LazyPattern(r"\bcredit[\s-]+(?:repair|restoration|fix\w*)\b", re.IGNORECASE)
_MONTHLY_OR_ADVANCE = LazyPattern(
    r"\bmonthly\b|\bretainers?\b|\bsubscriptions?\b|\bset[\s-]?up\s+fees?\b|\bfirst[\s-]+work\s+fees?\b",
    re.IGNORECASE,
)


def credit_repair_fee_in_advance(text: str, lowered: str) -> bool:
    """Whether a line charges for credit repair before the service is performed: "Credit
    repair monthly fee charged before services are performed", "credit repair setup fee
    (upfront)"; not a fee charged after the results ("after deletions"). A monthly fee alone
    is read only where the line says it comes before the work: a fee for the month's work
    done is what some lawyers read the Act to allow."""
    return (
        "credit" in lowered
        and ("fee" in lowered or "charge" in lowered or "retainer" in lowered)
        and _CREDIT_REPAIR.search(text) is not None
        and (
            _IN_ADVANCE.search(text) is not None
            or (
                _MONTHLY_OR_ADVANCE.search(text) is not None
                and ("before" in lowered or "advance" in lowered or "upfront" in lowered)
            )
        )
        and _EARNED.search(text) is None
    )


#: "Government program", "federal program", "government-backed debt relief"...
_GOVERNMENT = LazyPattern(
    r"\b(?:government|gov'?t|federal|state|stimulus|national)[\s-]+(?:debt\s+)?(?:relief\s+)?"
    r"(?:programs?|programmes?|plans?|backed|sponsored|approved|grants?|initiative)\b",
    re.IGNORECASE,
)
#: ...of debt relief, credit card or unsecured debt...
_DEBT_WORDS = LazyPattern(
    r"\bdebts?\b|\bcredit\s+cards?\b|\bsettle\w*\b|\bconsolidat\w*", re.IGNORECASE
)
#: ...not the programmes that exist: student loans (PSLF, income-driven repayment), mortgages
#: (FHA, VA, HUD), nor a nonprofit's counselling the line names as such
_REAL_PROGRAMME = LazyPattern(
    r"\bstudent\s+loans?\b|\bpslf\b|\bincome[\s-]driven\b|\bidr\b|\bfha\b|\bva\s+loans?\b"
    r"|\bhud\b|\bmortgages?\b|\bforeclosure\b|\btax\s+debt\b|\birs\b",
    re.IGNORECASE,
)


def government_debt_programme(text: str, lowered: str) -> bool:
    """Whether a line's ad calls debt relief a government programme: "Ads - 'Cut your debt in
    half - government program'"; not a student loan, mortgage or tax programme that exists,
    nor a line that denies it ("not a government program")."""
    return (
        (
            "government" in lowered
            or "federal" in lowered
            or "gov" in lowered
            or "stimulus" in lowered
        )
        and _DEBT_WORDS.search(text) is not None
        and said_not_denied(_GOVERNMENT, text, articles=True)
        and _REAL_PROGRAMME.search(text) is None
    )


#: Negative items removed from a credit report...
_REMOVES = LazyPattern(
    r"\b(?:remov\w*|delet\w*|eras\w*|wip\w*|clean\w*\s+up|get\s+rid\s+of)\b[^;]*?\b(?:negative"
    r"|derogatory|bad|late\s+payments?|collections?|charge[\s-]?offs?|bankruptc\w*|items?"
    r"|marks?)\b",
    re.IGNORECASE,
)
#: ...guaranteed, or all of them
_GUARANTEED = LazyPattern(
    r"\bguarant\w*|\b(?:all|any|every)\s+(?:negative|derogatory|bad)\b|\b100\s*%",
    re.IGNORECASE,
)
#: ...not the disputes of errors the law allows
_ERRORS_ONLY = LazyPattern(
    r"\binaccura\w*|\berrors?\b|\bunverifi\w*|\bmistakes?\b|\bidentity\s+theft\b", re.IGNORECASE
)


def credit_repair_claim(text: str, lowered: str) -> bool:
    """Whether a line's ad guarantees to remove negative items from a credit report: "Ads -
    'We remove negative items from your credit report, guaranteed'"; not the dispute of
    inaccurate items ("We dispute inaccurate items on your credit report")."""
    return (
        "credit" in lowered
        and ("guarant" in lowered or "all" in lowered or "any" in lowered or "100" in lowered)
        and _REMOVES.search(text) is not None
        and _GUARANTEED.search(text) is not None
        and _ERRORS_ONLY.search(text) is None
    )

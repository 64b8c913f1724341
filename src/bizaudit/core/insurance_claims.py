"""What a business paid from its customers' insurance claims may not do to the claim (K3 and
K4 of the fiftieth review round, 2026-12-06): a contractor acting as its customer's public
adjuster, a contractor taking assignments of the customers' property insurance benefits
(asked: Florida voided them for new policies), and work billed that the line says was not
done. The reviewer saw a roofer's "Public adjusting - we negotiate your claim with your
insurer (no PA license)" read as operations 'license', "Acting as public adjuster for
homeowners (unlicensed)" as unknown, "Assignment of benefits signed at the door" as operations
'benefits' and "Supplements billed to insurer for items not installed" as cost of sales, and an
auto glass shop's "ADAS recalibration billed but not performed" as unknown, with no word said.
BA120 warns about each (core.ad_claims asks these questions; its RULES carry the texts
below)."""

from __future__ import annotations

import re

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "ASSIGNMENT_RULE",
    "BILLED_NOT_DONE_RULE",
    "PUBLIC_ADJUSTING_RULE",
    "adjusts_claims",
    "bills_work_not_done",
    "takes_assignments",
]

# Tex. Ins. Code §4102.051(a) (a licence to act as a public insurance adjuster) and
# §4102.163(a) (a contractor may not act as a public adjuster or advertise to adjust claims for
# any property for which it provides or may provide contracting services, licensed or not), as
# the Texas Department of Insurance's "Roofing and insurance: Know the law" and Texas Dep't of
# Ins. v. Stonewater Roofing Co., No. 22-0427 (Tex. June 7, 2024) state them (read
# 2026-12-06). The reviewer's Colorado statute (C.R.S. §6-22-105) was not verified: not cited
PUBLIC_ADJUSTING_RULE = (
    "negotiating an insured's claim with the insurer for pay is acting as a public adjuster, "
    "which most states license (in Texas, Ins. Code §4102.051(a)); and a contractor may not "
    "act as the public adjuster, nor advertise to adjust claims, for a property it repairs or "
    "may repair, even with a licence (Tex. Ins. Code §4102.163(a), upheld by the Texas "
    "Supreme Court in Texas Dep't of Ins. v. Stonewater Roofing Co., 2024); a contractor may "
    "document the damage and give its estimate, and leave the claim to the homeowner or a "
    "licensed public adjuster it does not work with"
)
# Fla. Stat. §627.7152 (assignment agreements of post-loss benefits under residential and
# commercial property policies); that the 2022 special session's law (SB 2-A) made such
# assignments invalid under policies issued on or after 1 January 2023 is the reviewer's
# statement and widely reported, but its subsection (the reviewer's (13)) was not read, so
# the section is cited and the business is asked where it works
ASSIGNMENT_RULE = (
    "Florida made assignments of post-loss benefits under residential and commercial property "
    "policies issued on or after 1 January 2023 invalid (its 2022 special session's reform of "
    "Fla. Stat. §627.7152), so an assignment taken from a Florida homeowner under such a "
    "policy gives the contractor no claim on the insurer; other states allow assignments "
    "with conditions (a written agreement, a right to rescind), and some are moving to "
    "forbid them"
)
# Tex. Penal Code §35.02(a) (preparing or presenting to an insurer, in support of a claim, a
# statement known to contain false or misleading material information); Cal. Penal Code
# §550(a)(1) and (a)(5) (presenting a false or fraudulent claim for the payment of a loss, and
# preparing a writing to support one), as their texts read (2026-12-06)
BILLED_NOT_DONE_RULE = (
    "billing an insurer for work or parts the line says were not done or not installed is "
    "presenting a false claim: insurance fraud, a crime in every state (e.g. Tex. Penal Code "
    "§35.02(a); Cal. Penal Code §550(a)(1) and (a)(5)); billed to the customer, it is a "
    "charge for nothing (FTC Act §5, 15 U.S.C. §45, and the state's consumer law); it is "
    "never a cost of the work sold"
)

#: Acting as the insured's adjuster: "public adjusting", "acting as public adjuster", "we
#: negotiate your claim with your insurer", "negotiate homeowners' claims"
_ADJUSTS = LazyPattern(
    r"\bpublic\s+adjust(?:ing|ers?|ment)\b"
    r"|\bnegotiat\w*\s+(?:your\s+|the\s+|their\s+|homeowners?'?\s+|customers?'?\s+|clients?'?\s+)?"
    r"(?:insurance\s+)?claims?\b"
    r"|\b(?:adjust|settle)\w*\s+(?:your\s+|their\s+|homeowners?'?\s+|customers?'?\s+)(?:insurance\s+)?"
    r"claims?\b",
    re.IGNORECASE,
)
#: ...not a referral to one, a warning, nor working beside a licensed one
_NOT_ACTING = LazyPattern(
    r"\breferr\w*|\brefer\s+to\b|\bpartner\w*|\bnever\b|\bbeware\b|\bavoid\b|\bdo\s+not\b"
    r"|\bdon'?t\b|\bwe\s+do\s+not\b|\bhire\s+(?:a|your\s+own)\b|\bfees?\s+paid\s+to\b"
    r"|\b(?:homeowner|customer|client)'?s?\s+(?:own\s+)?public\s+adjust"
    # ...nor a line that sends customers to their own adjuster or says the business adjusts no
    # claim ("Flyer: call your own public adjuster if you need one", accused of acting as
    # one: B2 of the fiftieth round's re-review, 2026-12-06; the finding's own advice is to
    # leave the claim to the homeowner or a licensed public adjuster it does not work with)
    r"|(?<!\bas\s)\byour\s+own\s+(?:licen[sc]ed\s+)?(?:public\s+)?adjust"
    r"|\b(?:call|contact|hire|choose|pick|find|get)\s+(?:a|an|any)\s+licen[sc]ed\s+public\s+adjust"
    r"|\b(?:we|i)\s+(?:are\s+not|aren'?t|am\s+not|never\s+act\s+as)\s+(?:an?\s+|your\s+)?"
    r"(?:public\s+)?adjusters?\b|\bnot\s+(?:an?\s+)?public\s+adjusters?\b"
    r"|\b(?:does|do)\s+not\s+(?:adjust|negotiate)\b",
    re.IGNORECASE,
)


def adjusts_claims(text: str, lowered: str, contracting: bool) -> bool:
    """Whether a line says the business acts as its customers' public adjuster: a contractor
    (``contracting``) that adjusts or negotiates their claims, or any business that does so
    without the licence ("Public adjusting - we negotiate your claim with your insurer (no PA
    license)", "Acting as public adjuster for homeowners (unlicensed)"); not a referral to a
    public adjuster, nor a warning."""
    if "adjust" not in lowered and "negotiat" not in lowered:
        return False  # most lines
    if _ADJUSTS.search(text) is None or _NOT_ACTING.search(text) is not None:
        return False
    return contracting or (
        "licen" in lowered
        and (
            "unlicen" in lowered
            or "no " in lowered
            or "without" in lowered
            or "not licen" in lowered
        )
    )


#: An assignment of benefits taken: "assignment of benefits", "AOBs signed at the door"
_ASSIGNMENT = LazyPattern(
    r"\bassignments?\s+of\s+(?:insurance\s+)?benefits\b|\baobs?\b|\bpost[\s-]loss\s+assignments?\b",
    re.IGNORECASE,
)
#: ...not one refused, nor the law's explainer
_NO_ASSIGNMENT = LazyPattern(
    r"\b(?:no|not|never|without|stopped|ended|banned|void)\s+(?:an?\s+|any\s+)?(?:aobs?|assignm)"
    r"|\bno\s+longer\b|\blegacy\b|\bbefore\s+2023\b",
    re.IGNORECASE,
)


def takes_assignments(text: str, lowered: str, contracting: bool) -> bool:
    """Whether a contractor's line (``contracting``) takes assignments of its customers'
    property insurance benefits: "Assignment of benefits signed at the door", "AOB
    contracts"; not one the line says is not taken or was before 2023."""
    return (
        contracting
        and ("assign" in lowered or "aob" in lowered)
        and _ASSIGNMENT.search(text) is not None
        and _NO_ASSIGNMENT.search(text) is None
    )


#: Work billed that the line says was not done: "billed to insurer for items not installed",
#: "billed but not performed", "charged for parts never replaced"
_BILLED_NOT_DONE = LazyPattern(
    # ...or a supplement, a roofer's added claim to the insurer ("Supplement for items not
    # installed", cost of sales with no law: B2 of the fiftieth round's re-review, 2026-12-06;
    # the law is BILLED_NOT_DONE_RULE's)
    r"\b(?:bill(?:ed|ing|s)?|invoic\w*|charg(?:ed|ing)|claim(?:ed|ing)|supplement(?:s|ed|ing)?)\b"
    r"[^;]*?\b(?:not|never"
    r"|n't)\s+(?:been\s+|actually\s+|really\s+)?(?:installed|performed|done|completed|delivered"
    r"|provided|replaced|repaired|used|calibrated|recalibrated)\b",
    re.IGNORECASE,
)
#: ...not work billed ahead by agreement (a deposit, progress billing), nor a warning
_AHEAD = LazyPattern(
    r"\byet\b|\bdeposits?\b|\bprogress\b|\bdeferred\b|\bunearned\b|\bretainage\b|\bwip\b"
    r"|\bwork[\s-]in[\s-]progress\b|\baudit\w*|\bcatch\w*\b|\bdetect\w*|\bprevent\w*|\brefund\w*",
    re.IGNORECASE,
)


def bills_work_not_done(text: str, lowered: str) -> bool:
    """Whether a line bills for work or parts it says were not done: "Supplements billed to
    insurer for items not installed", "ADAS recalibration billed but not performed"; not
    work billed ahead ("billed, not yet performed"), nor an audit that finds it."""
    return (
        (
            "bill" in lowered
            or "invoic" in lowered
            or "charg" in lowered
            or "claim" in lowered
            or "supplement" in lowered
        )
        and ("not" in lowered or "never" in lowered or "n't" in lowered)
        and _BILLED_NOT_DONE.search(text) is not None
        and _AHEAD.search(text) is None
    )

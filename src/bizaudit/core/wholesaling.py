"""What a real-estate wholesaler pays those who bring it deals: a question of state licence law,
not of RESPA.

AW8 of the fifty-fifth round's review (2026-12-07): a wholesaler's "6060 Bird dog fees
($500/deal)" was judged under RESPA §8 and sent to "your broker", with "agent-to-agent referral
fees" as what is allowed. A bird dog who points a wholesaler to a distressed owner refers no
settlement service on a federally related mortgage loan (12 U.S.C. §2602(3), §2607(a)); the
wholesaler has no broker. What decides whether the fee is lawful is the state's licence law,
which the profile does not name: California lets a finder who only introduces the parties, and
takes no part in negotiating, be paid without a licence (Tyrone v. Kelley, 9 Cal. 3d 1, 1973;
Bus. & Prof. Code §10130-§10131); one who negotiates acts as a broker. Some states regulate
wholesaling itself: Illinois counts a pattern of business of dealing in assignable purchase
contracts (more than one in 12 months) as brokerage (Real Estate License Act of 2000 as
amended, 225 ILCS 454/1-10), Oklahoma forbids an unlicensed person to publicly market an
equitable interest in a purchase contract (Predatory Real Estate Wholesaler Prohibition Act,
HB 1148, in force 1 November 2021) and added written disclosures and a two-business-day
cancellation right for the seller from 1 November 2025 (SB 1075). Checked with the search tool
(pages corpus: the Illinois General Assembly's Public Acts and a Real Estate Journals article
on the amended Act; Huddleston Law, Crowe & Dunlevy, Jones Property Law and Avenue Legal Group
on Oklahoma's; a summary of Tyrone v. Kelley, First Tuesday and the California Attorney
General's opinion 94-909 of 1995 on finders), 2026-12-07. The year of the Illinois amendment
(the reviewer's "2019") was not found in the text read: the Act is cited as amended, with no
year. The texts BA114 quotes are in data/verticals.toml, [verticals.real-estate.named.wholesaling].

So a wholesaler's payment to those who bring it deals is asked, not warned about: the finding is
information that names the questions (which state, what the payee did, whether the wholesaler
needs a licence there), the channel it pays for gets no budget to grow until they are answered,
and no "cost to stop" is said of it; a payment that names a lender, a title or an escrow company
stays a warning, which RESPA §8 may reach.
"""

from __future__ import annotations

import re

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "SETTLEMENT_STAFF_ALLOWED",
    "SETTLEMENT_STAFF_ASK",
    "SETTLEMENT_STAFF_CLAUSE",
    "SETTLEMENT_STAFF_RULE",
    "asks_of_finders",
    "pays_title_or_escrow",
]

#: A settlement-service provider a line names: a lender, a mortgage broker or loan officer, a
#: title or escrow company (RESPA §8's, whoever pays them: 12 U.S.C. §2602(3))
_SETTLEMENT_PROVIDER = LazyPattern(
    r"\b(?:lenders?|mortgage|loans?|loan\s+officers?|title|escrow|settlement"
    r"|closing\s+(?:agents?|attorneys?))\b",
    re.IGNORECASE,
)


def asks_of_finders(name: str) -> bool:
    """Whether a wholesaler's line BA114 flags pays those who bring it deals (a bird dog, a
    finder, a past seller who refers another) and names no settlement-service provider: a
    question of the state's licence law, asked (module docstring). The caller asks it of
    lines BA114 flags in a profile read as the `wholesaling` trade only."""
    return _SETTLEMENT_PROVIDER.search(name) is None


#: A title or escrow company, its officers, agents or staff, or a settlement or closing agent:
#: settlement-service providers whose staff RESPA §8 forbids paying for the business they refer,
#: whoever pays (the fifty-seventh round, part j, 2026-12-07: a wholesaler's "Closing gifts -
#: title officers ($100 per closing)" was warned about with the bird dogs' text, which says RESPA
#: reaches none of it)
_TITLE_OR_ESCROW = LazyPattern(
    r"\b(?:title|escrow)\s+(?:officers?|agents?|agency|agencies|compan(?:y|ies)|cos?\.?|staff"
    r"|closers?|reps?|representatives?|processors?|employees?|underwriters?)\b"
    r"|\b(?:title|escrow)\s+co\b|\b(?:settlement|closing)\s+agents?\b",
    re.IGNORECASE,
)


def pays_title_or_escrow(name: str) -> bool:
    """Whether a line BA114 flags names a title or escrow company's officers, agents or staff,
    or a settlement or closing agent, as those it pays: "Closing gifts - title officers ($100 per
    closing)", "Title officer referral fee"; not "5000 Title & closing costs" (the closing's own
    charges, which BA114 does not flag)."""
    lowered = name.lower()
    if "title" not in lowered and "escrow" not in lowered and "agent" not in lowered:
        return False
    return _TITLE_OR_ESCROW.search(name) is not None


#: What the law says of a wholesaler paying a title or escrow company's officers or staff, as
#: BA114 quotes it in place of the wholesaler's own rule (the bird dogs'). AY6 of the
#: fifty-seventh review round (2026-12-07) read the text it replaced as saying more than RESPA
#: does: an officer who points a wholesaler to a house to buy (a probate lead) refers no
#: settlement service, since the wholesaler, the buyer, provides none; and most wholesale
#: purchases are for cash or with a business-purpose loan, which Regulation X exempts. The
#: nearer ground is paying another company's employee without the employer's consent, which the
#: states' commercial-bribery laws reach (N.Y. Penal Law §180.00; Cal. Penal Code §641.3, whose
#: text core's other readers of it quote, read with the search tool, 2026-12-07), and the
#: officer's duty to keep the escrow's clients' affairs confidential under the state's escrow and
#: title rules (named, no state's section cited). RESPA is kept for what it reaches: a payment for
#: settlement business steered on a federally related mortgage loan (12 U.S.C. §2607(a); 12 CFR
#: §1024.14(b), as the forty-fifth round's reading of lenders quotes them), with the exemption of
#: 12 CFR §1024.5(b)(2) (a loan primarily for a business purpose, as Regulation Z defines it),
#: read with the search tool (pages corpus: the regulation as frrsdigital.com reprints it),
#: 2026-12-07; title services among settlement services, 12 U.S.C. §2602(3)
SETTLEMENT_STAFF_RULE = (
    "Paying a title or escrow company's officers or staff for the deals they send you is paying "
    "another company's employees without their employer's consent, which the states' "
    "commercial-bribery laws forbid (N.Y. Penal Law §180.00; Cal. Penal Code §641.3), and an "
    "escrow's clients' affairs are confidential under the state's escrow and title rules. Where "
    "the payment is for settlement business they steer (a title order, an end buyer's closing "
    "financed with a federally related mortgage loan), RESPA §8 forbids it as well (12 U.S.C. "
    "§2607(a); Regulation X, 12 CFR §1024.14(b): a company may not pay another company's "
    "employees for referring settlement-service business); a purchase for cash or with a loan "
    "made primarily for a business purpose is outside RESPA (12 CFR §1024.5(b)(2))."
)
#: ...and, after another trade's own rule, what RESPA adds of such a line, only where what is
#: referred is a settlement service (AY6 of the fifty-seventh round: the business a title
#: officer sends is not one by being sent)
SETTLEMENT_STAFF_CLAUSE = (
    " A gift or a fee to a title or escrow company's officers or staff for the business they "
    "send you is also what RESPA §8 forbids where that business is a settlement service (a "
    "closing, a title order) on a sale financed with a federally related mortgage loan (12 "
    "U.S.C. §2607(a); Regulation X, 12 CFR §1024.14(b): a company may not pay another company "
    "or its employees for referring settlement-service business)."
)
#: What a wholesaler may do instead
SETTLEMENT_STAFF_ALLOWED = (
    "Choose a title or escrow company on its service and price, and pay it only its own "
    "charges for the work it does; give its officers and staff nothing for the deals or "
    "closings they send you; find deals through your own marketing, and pay finders only where "
    "your state's licence law allows it."
)
#: Whom a wholesaler asks about it: the ground is state law first (AY6 of the fifty-seventh round)
SETTLEMENT_STAFF_ASK = "a real-estate attorney in your state"

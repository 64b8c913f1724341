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

__all__ = ["asks_of_finders"]

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

"""BA109: the profile leaves out data the audit could use."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model import verticals
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy, Threshold
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import supplies_medical_goods
from bizaudit.model.vocab import Vertical, trade_named_in

_DEATH_CARE: Vertical = "death-care"


class SectorOnly(NamedTuple):
    sector: str | None  # the sector declared instead of a vertical; None: no industry at all
    minimum: Threshold  # the minimum marketing share that applies, and where it came from
    named: str | None = None  # the vertical the business's own name says, if any
    word: str | None = None  # the words of the name that say it ("brewing")


class NamedOtherwise(NamedTuple):
    declared: str  # the vertical declared
    named: str  # the other vertical the business's name gives away
    word: str  # the words of the name that say it ("brewing": a brewery, a restaurant's trade)
    #: the profile's lines say it, not the name: an adviser's registrations (R5 of the
    #: forty-fourth round's re-review, 2026-12-06)
    lines: tuple[str, ...] = ()
    #: the trade of the named vertical the profile is read as already, by its words and rules,
    #: held to the declared range all the same: a pet crematory declared `veterinary` (part b
    #: of the fifty-fifth round, 2026-12-07; model.verticals.as_pet_crematory); None otherwise
    read_as: verticals.Vertical | None = None
    held: verticals.Vertical | None = None  # ...and the declared vertical, whose range it is


class NamedByLines(NamedTuple):
    """A trade a vertical holds to its own range by the business's name, which the profile's
    lines give away and its name does not."""

    declared: str  # the vertical declared
    trade: verticals.Held  # the range the trade is held to where its name says it
    lines: tuple[str, ...]  # the lines that say it
    held: verticals.Vertical  # the vertical's own range, held instead
    trade_id: str = ""  # the trade, as ``business.trade`` declares it


class NoIncomeTax(NamedTuple):
    why: str  # why the trade's tax on income can exceed its operating profit (the vertical's)


class MissingData(Rule):
    """The profile leaves out data that the audit could use.

    Why it matters: without `customers.sources` the audit cannot measure referral dependence;
    without `owner_hours` it cannot see whether the owner makes time for marketing; without a
    gross margin it cannot value a customer (revenue is not profit); without an industry it
    holds every business to the same 10% minimum, and with only a sector, to the sector's
    published figure where it is lower (The CMO Survey, 2025: b2b products 6.4%, b2b services
    9.0%, b2c services 6.0%), a survey of mostly large companies. Those parts are then left
    out (or the default applies) rather than guessed.

    Where a vertical is declared and the business's name gives away another ("Harbor Light
    Home Care" declared `medical`, since `home-care` exists: W3 of the sixteenth round's
    re-review), it says so, as that vertical may fit better, with its own range and rules.
    A pet resort's name with a pet word of its own ("Happy Tails Resort", "Paws & Whiskers
    Inn") is no hotel's, and a supplier of medical goods ("Home Medical Supply", "Valley DME",
    "Medical Equipment Rentals") is no medical practice: neither is told to declare the
    vertical its name seems to say (C10 of the forty-eighth review round, 2026-12-06).
    A name gives a vertical away by the words owners call their trade (model.vocab), a word
    with one sense before one that is also a place or a surname, two words before one: not a
    kennel's "resort", "inn" or "spa" beside a pet word ("Barkside Pet Resort": F2 of the
    thirtieth round, 2026-12-05, had been told to declare hospitality and passed at 97), nor a
    dealer's or a storage site's words in the name of a business that serves that trade ("Car
    Lot Paving & Striping", "Self Storage Construction Co.": R3 of the round's re-review).
    Where the declared vertical holds a trade to its own range by the business's name (a solar
    installer declared home-services) and two or more lines say that trade (solar loans,
    panels, inverters, racking) while the name does not, it says which range was held and
    which the name would have held (D5 of the forty-ninth round's re-review, 2026-12-06).
    Where accounting or consulting is declared and two or more lines name an investment
    adviser's registrations or tools (FINRA, Form ADV, IARD, an IAR, CRD, a registered rep, a
    broker-dealer, Orion, eMoney, Redtail), not an audit of such a firm, it suggests the
    investment-adviser vertical, whose rules on paying promoters are the SEC's, not another
    profession's (R5 of the forty-fourth round's re-review, 2026-12-06).

    Where the trade's tax on income can exceed its operating profit (a cannabis business's,
    under IRC §280E, which allows only the cost of goods as a deduction) and the profile lists
    none, it says so: the operating profit would overstate what the business keeps, and the
    tax cannot be estimated without the entity's rate (H3 of the fortieth round, 2026-12-06: a
    dispensary scored on its pre-tax profit).

    How to fix: add the sections the message names (see the README's profile reference).
    """

    id = "BA109"
    name = "missing-data"
    severity = "info"
    summary = "The profile leaves out data the audit could use"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        profile = facts.profile
        if profile.revenue > 0 and (profile.customers is None or not profile.customers.sources):
            yield Hit(at=("customers",), subject="customers")
        if profile.owner_hours is None:
            yield Hit(subject="owner_hours")
        customers = profile.customers
        if customers and customers.average_revenue is not None and customers.gross_margin is None:
            yield Hit(at=("customers", "average_revenue"), subject="gross_margin")
        vertical = facts.vertical
        # (the note as the country the currency names has it: none of §280E for a dispensary
        # kept in Canadian dollars, BH2 of the sixty-second round, 2026-12-07)
        taxed = verticals.in_country(vertical, profile.business.currency)
        if (
            taxed is not None
            and taxed.income_tax_note is not None
            and profile.revenue > 0
            and not facts.income_tax
            and not facts.partial_spending
        ):
            yield Hit(NoIncomeTax(taxed.income_tax_note), at=("activities",), subject="income_tax")
        if facts.vertical is None:
            industry = profile.business.industry
            trade = trade_named_in(profile.business.name)
            named, word = (None, None) if trade is None else trade
            figures = SectorOnly(industry, policy.min_marketing_share, named, word)
            yield Hit(figures, at=("business",), subject="industry")
        elif (
            (trade := trade_named_in(profile.business.name) or _pet_crematory(facts))
            and trade[0] != facts.vertical.id
            and not _another_trade(trade[0], profile.business.name)
        ):
            # (read as the named vertical's trade already: only its range is the declared's)
            read_as = (
                verticals.held_to(trade[0], profile.business.name) if facts.pet_crematory else None
            )
            yield Hit(
                NamedOtherwise(facts.vertical.id, *trade, read_as=read_as, held=facts.vertical),
                at=("business", "industry"),
                subject="industry",
            )
        elif by_lines := _named_by_lines(facts):
            yield Hit(by_lines, at=("business", "name"), subject="industry")
        elif facts.vertical.id in _ADVISERS_NEAR and (lines := _adviser_lines(facts)):
            yield Hit(
                NamedOtherwise(facts.vertical.id, "investment-adviser", "", lines),
                at=("business", "industry"),
                subject="industry",
            )


def _pet_crematory(facts: Facts) -> tuple[Vertical, str] | None:
    """A pet crematory read as one, declared otherwise (`veterinary`), whose name says so by
    no word model.vocab reads ("Gentle Paws Aftercare"): the vertical and the word; None for
    most profiles (part b of the fifty-fifth round, 2026-12-07)."""
    if not facts.pet_crematory or facts.vertical is None or facts.vertical.id == "death-care":
        return None
    word = verticals.pet_crematory_word(facts.profile.business.name or "")
    return None if word is None else (_DEATH_CARE, word)


def _named_by_lines(facts: Facts) -> NamedByLines | None:
    """The trade of the declared vertical's ``named`` tables the profile's lines give away,
    where the business's name does not and the vertical's own range was held (D5 of the
    forty-ninth round's re-review, 2026-12-06); None for most profiles."""
    vertical = facts.vertical
    if vertical is None:
        return None
    declared = verticals.get(vertical.id)
    if (
        declared is None
        or not declared.named
        or vertical.label != declared.label
        or facts.profile.business.trade is not None
    ):
        return None  # no named trade, or one the name gave away or the profile declares
    for named in declared.named:
        says = verticals.NAMED_BY_LINES.get(named.trade)
        if named.held is not None and says is not None:
            lines = says([item.activity.name for item in facts.activities])
            if lines:
                return NamedByLines(declared.id, named.held, lines, declared, named.trade)
    return None


#: Pet words a kennel's name holds beside "resort", "inn" or "spa", besides those
#: model.vocab reads ("Happy Tails Resort": C10 of the forty-eighth review round, 2026-12-06,
#: was told to declare hospitality, whose rules are a hotel's: OTAs, RevPAR)
_MORE_PET_WORDS = frozenset(
    "tail tails paw pup pups pupper woof bark barks barking hound hounds kitty kitties "
    "whisker whiskers furry fur critter critters tabby pooch pooches".split()
)


def _another_trade(named: str, name: str) -> bool:
    """Whether the vertical a business's name seems to give away is not its trade after all: a
    pet resort's "resort" beside a pet word model.vocab does not read ("Happy Tails Resort"), or
    a supplier of medical goods' "medical" ("Home Medical Supply"). C10 of the forty-eighth
    review round, 2026-12-06."""
    if named in ("hospitality", "salon", "med-spa"):
        words = {word.strip(".,'&()!").removesuffix("'s") for word in name.casefold().split()}
        return bool(words & _MORE_PET_WORDS)
    if named == "medical":
        return supplies_medical_goods(name)
    return False


#: The verticals an investment adviser may declare for want of its own: held there to another
#: profession's rules on paying for referrals (an RIA and broker-dealer declared `accounting`
#: was told the AICPA's rule and "the engagement letter": R5 of the forty-fourth round's
#: re-review, 2026-12-06)
_ADVISERS_NEAR = frozenset({"accounting", "consulting"})
#: What only an investment adviser's or a broker-dealer's books name: its registrations, its
#: regulator, its custodians' and planning software
_ADVISER = LazyPattern(
    r"\b(?:finra|form adv|adv part 2|iard|iars?|crd|registered reps?|broker[- ]dealer|sipc"
    r"|orion|emoney|riskalyze|redtail|wealthbox|schwab advisor|fidelity institutional"
    r"|assets under management)\b",
    re.IGNORECASE,
)


def _adviser_lines(facts: Facts) -> tuple[str, ...]:
    """Two or more lines that name an adviser's registrations or tools (one may be chance);
    not an audit of a broker-dealer, a CPA firm's engagement (S7 of the round's second
    re-review, 2026-12-06, which also saw an insurance agency's variable-annuity reps told to
    declare an adviser: an agency is no longer asked)."""
    found = tuple(
        item.activity.name
        for item in facts.activities
        if _ADVISER.search(item.activity.name) and not _AUDITS.search(item.activity.name)
    )
    return found if len(found) >= 2 else ()


#: A line about auditing or examining the firms named, not being one
_AUDITS = LazyPattern(r"\b(?:audits?|auditing|examinations?|engagements?|clients?)\b", re.I)

"""BA102: too many new customers come from referrals."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bizaudit.core.capacity import full
from bizaudit.core.classify import words
from bizaudit.core.metrics import (
    Facts,
    LiaisonReach,
    cultivating_lines,
    liaison_reach,
    own_people_reach,
    paid_referrers_named,
    share,
)
from bizaudit.core.referrers import asked_lines
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.core.score import cultivated_warned
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.vocab import Severity


class PaidThrough(NamedTuple):
    """A referral channel bought by lines a rule of law warns about, which no cultivating line
    reaches: those lines, its referral sources and their customers (BA102's words)."""

    lines: tuple[str, ...]
    sources: tuple[str, ...]
    customers: int
    rules: tuple[str, ...]
    #: every one of those lines is one BA114 only asks about (core.referrers.asked_lines), as
    #: its finding, the channel table and `plan` say: "which BA114 asks about" (BA6 of the
    #: fifty-eighth round's re-review, 2026-12-07: a home-care agency's holiday baskets for
    #: the nursing homes' social workers were "warned about" here, "asked about" there)
    asked: bool = False


class FundedPartner(NamedTuple):
    """One of those the profession's rules say to build relationships with (``OverMaximum.
    allowed``: a vet's shelters, groomers and boarding kennels) whom a line of the profile
    funds already: the lines, the new customers from the sources that name them, what each
    cost where the channel has a price, and the rules that warn about those lines (none for
    a lawful line)."""

    partner: str  # as the rules' words name them: "shelters"
    lines: tuple[str, ...]
    customers: int
    cac: Decimal | None
    rules: tuple[str, ...] = ()


class OverMaximum(NamedTuple):
    share: Decimal
    referral: int
    sourced: int
    maximum: Decimal
    cultivated: list[str]  # funded lines that cultivate referrals on purpose
    cultivated_customers: int  # the referral customers that came through their channels
    allowed: str | None  # in a regulated profession: what its rules allow instead of paying
    #: health care: a meal or gift for those who refer is itself "anything of value" (BA114's
    #: rule), so funding the cultivation is advised only within it
    gifts_restricted: bool = False
    #: whom the profession's rules say to ask (a health-care lawyer, a RESPA lawyer)
    ask: str | None = None
    #: how full the business is, at or above core.capacity's line: more customers could not
    #: be served, so the finding is information (G3 of the twenty-fifth round)
    full: Decimal | None = None
    #: the referral sources a line BA114 flags pays, where they alone keep the referrals that
    #: came on their own (``hoped``, within the maximum) from counting as cultivated: the key
    #: figure says "within it", so the finding says why it still warns (F16 of the twenty-ninth
    #: round: a funeral home's hospices, thanked with $75 Visa cards)
    tied: tuple[str, ...] = ()
    hoped: Decimal | None = None
    #: the rules ``allowed`` quotes are the country's own (Vertical.rules_of), not the US's
    own: bool = False
    #: those whose meals and gifts buy no referrals the report counts, where the trade's rules
    #: say so (core.metrics._buys_none): physicians under the Anti-Kickback Statute, the
    #: settlement-service providers RESPA §8 reaches (F6 of the thirty-eighth review round and
    #: R15 and residue a of its re-review: the advice had said a lunch programme counts)
    meals_buy_none: str | None = None
    #: ``gifts_restricted``, and the rules allow no meal or gift at all (Vertical.
    #: referral_gifts_none: a home-care agency's)
    gifts_none: bool = False
    #: of those that came on their own, the referrals of ``tied``: paid by lines BA114 warns
    #: about, not on their own (R12 of the fortieth round's re-review: "310 came on their own"
    #: where 210 of them were a vet's paid referrers')
    tied_customers: int = 0
    #: what BA114 asks to be checked of a cultivated line that pays for referrals on a
    #: condition the profile cannot show (an adviser's promoter under the SEC's Marketing Rule,
    #: a CPA's fee under ET 1.520.001): the advice asks for that, not "keep funding it" (Q13 of
    #: the forty-fourth round, 2026-12-06)
    conditioned: str | None = None
    #: the trade's rules forbid any relationship of value with those who send it customers
    #: (Vertical.relationships_forbidden: a bail agent's jailers and attorneys), so the advice
    #: names none to invest in (C1 of the forty-eighth review round, 2026-12-06)
    no_relationships: bool = False
    #: of ``cultivated_customers``, those that came through a channel a line a rule of law
    #: warns about pays as well (a pet crematory's fee per pet to the same clinics its
    #: lunch-and-learns reach), and those rules: no channel of the business's own, as the
    #: score's referral-independence part counts them (core.score.cultivated_warned; BA102 of
    #: the fifty-fourth round's part j, 2026-12-07: "a channel, not hope" beside a score that
    #: counted them as hope)
    warned: int = 0
    warned_rules: tuple[str, ...] = ()
    #: whose rules restrict paying those who refer where they are not the business's own
    #: profession's (Vertical.referral_rules_whose: a pet crematory's, "the clinics' rules")
    whose: str | None = None
    #: beside ``warned``, the referrals of a channel no cultivating line reaches, bought by a
    #: line a rule of law warns about: its flagged lines, its referral sources and their
    #: customers, each (AX2 of the fifty-sixth round's review, 2026-12-07: a physical-therapy
    #: clinic's "650 of them came through the referral lines funded (Physician liaison)" read
    #: as the 650 patients of the orthopaedic group its "marketing services agreement" pays)
    paid_through: tuple[PaidThrough, ...] = ()
    #: of the cultivating lines, those that pay a liaison, each with the referral sources it
    #: reaches and their customers: a liaison's title does not say whom they call on, so the
    #: finding names them (the fifty-seventh round, 2026-12-07)
    liaisons: tuple[LiaisonReach, ...] = ()
    #: of the cultivating lines, those that pay the business's own people (a liaison, a rep
    #: on the payroll) and reach referral sources they name (core.metrics.own_people_reach):
    #: the advice does not tell them to join what is joined already (part n of the
    #: fifty-seventh round, 2026-12-07)
    own_people: tuple[str, ...] = ()
    #: of those ``allowed`` says to build relationships with, the ones a line funds already,
    #: and the words of that advice (``_funded_partners``): the advice names them and how they
    #: did, and advises only on the rest (r59z, 2026-12-07: a vet told to "build relationships
    #: with shelters, groomers and boarding kennels" beside its funded shelter vouchers, 150
    #: new clients, and the groomer gift cards BA114 warns about)
    partners: tuple[FundedPartner, ...] = ()
    #: the maximum is the trade's own referral share, what its customers report
    #: (Vertical.referral_max), not a ceiling: the words say so (BI8 of the sixty-second
    #: round's second re-review, 2026-12-08)
    reported: bool = False


class ReferralDependence(Rule):
    """Too many new customers come from referrals and word of mouth.

    Why it matters: owners who say they "rely on referrals" usually mean they hope for them.
    Referrals are welcome, but they come when others choose, not when the business needs them,
    so a business that depends on them cannot plan its growth. 85% of small-business owners
    name word of mouth as their best source of customers (Alignable, 2017). The 50% maximum is
    the project's rule, not a published norm: past half, most of the growth waits on others'
    choices. Where a profession lives on referrals from other professionals (an orthodontist's
    from general dentists), set the maximum that fits and say why in `policy`.

    How it is computed: new customers from sources that read as referrals ("referrals",
    "word of mouth", "friend", "recommendation"...) divided by all new customers listed under
    `customers.sources` (returning customers are not new and are left out). Each source's
    reading is shown in the report.

    A business that funds referral cultivation on purpose (referral-partner lunches, seminars
    for referrers, a referral programme where its profession allows one) has a channel, not
    hope, for the referrals that come through it: those are left out of the share held to
    the maximum. When the rest are within it, the finding is information and names those
    lines. A chamber membership cultivates the chamber's referrals, not a banker's: referral
    customers the channel table does not join to a funded line still came on their own. A
    referral source joined (`channel:`) to a marketing or sales line, or to revenue given up to
    the customers it brings, came through it, so that line counts as cultivation too (AG5 of
    the twenty-first round, 2026-12-04: a vet's shelter adopters); a line that pays the
    partners or the staff does not (AH2 of its re-review).

    How to fix: fund at least one channel you control and can repeat (ads, content, events,
    outbound, or deliberate referral cultivation), and track the customers it brings. In a
    profession whose rules restrict paying for referrals (lawyers, real estate, health care),
    the advice names what those rules allow instead.

    A business at least 90% full (`business.capacity_used`) could serve no more customers:
    referrals that fill the places coming free leave nothing to chance, so the finding is
    information, and the business-or-hobby verdict does not hold them against it (G3 of the
    twenty-fifth round, 2026-12-04: a child care centre 95% full, 38 families waiting, was
    told to fund a channel so that growth does not wait on others).

    Where the referrals that came on their own are within the maximum but some of the sources
    are paid by a line BA114 flags, it stays a warning and says so: their referrals are no
    cultivation to keep funding, whatever the key figure's share on their own (F16 of the
    twenty-ninth round, 2026-12-05: a funeral home's hospices, thanked with $75 Visa cards).

    Configure: `policy: {max_referral_share: 60%}` or `--max-referral-share 60%`. Default 50%,
    or the trade's own share where its vertical publishes one: a mortgage broker's 79% (of the
    recent home buyers STRATMOR asked, as Mike DelPrete quoted it in 2025, survey year not
    stated: 50% found their lender by a referral and 37% had a relationship with it already,
    which is no referral, so 50 ÷ 63 of those who had none; BH14 of the sixty-second round, and
    BI8 of its re-review, which took the 37% out of what had been 87%).
    This is a warning when the default applies and an error when you set the maximum yourself.
    """

    id = "BA102"
    name = "referral-dependence"
    severity = "warning"
    summary = "Too many new customers come from referrals"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        limit = policy.max_referral_share
        referral = facts.referral_share
        if referral is None or referral <= limit.value:
            return
        cultivated = cultivating_lines(facts)
        vertical = facts.read_by
        allowed = vertical.referral_allowed if vertical and vertical.referral_rule else None
        hoped = facts.hoped_referral_share
        # ...less those that came through a channel a line a rule of law warns about pays as
        # well, as the score counts them (core.score.cultivated_warned): findings and score
        # say the same of them
        warned, warned_rules = cultivated_warned(facts)
        if warned and hoped is not None:
            hoped = share(
                facts.referral_customers - facts.cultivated_customers + warned,
                facts.sourced_customers,
            )
        # referrals from those a flagged line pays are no plan to keep funding (D1 of the
        # twenty-third round's last check: "keep funding it" beside BA114 on their payee)
        tied = paid_referrers_named(facts)
        planned = bool(cultivated) and hoped is not None and hoped <= limit.value and not tied
        used = full(facts.profile)
        severity: Severity = (
            "info" if planned or used is not None else "warning" if limit.is_default else "error"
        )
        yield Hit(
            OverMaximum(
                referral,
                facts.referral_customers,
                facts.sourced_customers,
                limit.value,
                cultivated,
                facts.cultivated_customers,
                allowed,
                vertical is not None
                and vertical.referral_rule is not None
                and vertical.referral_gifts,
                vertical.referral_ask if vertical is not None else None,
                used,
                tuple(sorted(tied))
                if cultivated and tied and hoped is not None and hoped <= limit.value
                else (),
                hoped,
                vertical is not None and vertical.rules_of is not None,
                # the rules of those who refer (a pet crematory's clinics') name the
                # Anti-Kickback Statute only to say it does not reach the trade: no physicians
                # (AU14 of the fifty-fourth round, 2026-12-07)
                None
                if vertical is None or vertical.referral_rules_whose
                else _meals_buy_none(vertical.referral_rule, vertical.referral_gifts_none),
                vertical is not None and vertical.referral_gifts_none,
                sum(source.customers for source in facts.sources if source.name in tied),
                _conditioned(facts, cultivated)
                if cultivated and facts.conditional_referrals
                else None,
                vertical is not None and vertical.relationships_forbidden,
                warned,
                warned_rules,
                vertical.referral_rules_whose if vertical is not None else None,
                _paid_through(facts) if warned else (),
                liaison_reach(facts) if cultivated else (),
                own_people_reach(facts) if cultivated else (),
                _funded_partners(facts, allowed) if allowed else (),
                limit.source == "industry",
            ),
            at=("customers", "sources"),
            severity=severity,
        )


def _paid_through(facts: Facts) -> tuple[PaidThrough, ...]:
    """The referral channels a line a rule of law warns about pays, that no cultivating line
    reaches (the channel of "Marketing services agreement - Lakeside Orthopedic Group", 650
    patients, beside the liaison's 650 in the referrals channel): BA102 names them apart, so
    that the referrals the funded lines brought are not read as theirs (AX2 of the fifty-sixth
    round's review, 2026-12-07). Where BA102 names ``warned`` only."""
    marked = facts.channels_warned
    flagged = {id(item) for _, lines in facts.law_flagged for item in lines}
    asked = asked_lines(facts)
    found = []
    for channel in facts.by_channel:
        if channel.key not in marked or facts.reached.get(channel.key, 0):
            continue
        if channel.key in facts.bought_through:
            continue  # its referrals counted among the cultivated (warned) already
        sources = [s for s in channel.sources if s.classification.kind == "referral"]
        items = [i for i in channel.activities if id(i) in flagged]
        came = sum(s.customers for s in sources)
        if came and items:
            rules = tuple(sorted(marked[channel.key]))
            found.append(
                PaidThrough(
                    tuple(i.activity.name for i in items),
                    tuple(s.name for s in sources),
                    came,
                    rules,
                    rules == ("BA114",) and all(i.position in asked for i in items),
                )
            )
    return tuple(found)


def relationship_partners(allowed: str) -> tuple[tuple[str, ...], str, str] | None:
    """Those the rules' advice says to build relationships with, as it lists them ("build
    relationships with shelters, groomers and boarding kennels" → shelters, groomers,
    boarding kennels), the words listing them and what follows the list in the same clause
    ("without paying for referrals"); None where the advice says none, or lists more than a
    short name each."""
    start = allowed.find(_RELATIONSHIPS)
    if start < 0:
        return None
    start += len(_RELATIONSHIPS)
    end = min((i for i in (allowed.find(";", start), allowed.find(".", start)) if i >= 0),
              default=len(allowed))  # fmt: skip
    listed = allowed[start:end]
    rest = ""
    for qualifier in _QUALIFIERS:
        if (at := listed.find(qualifier)) >= 0:
            listed, rest = listed[:at], listed[at:]
            break
    parts = tuple(
        part.strip()
        for piece in listed.split(", ")
        for part in piece.split(" and ")
        if part.strip()
    )
    if not parts or any(len(part.split()) > 2 for part in parts):
        return None
    return parts, listed, rest


#: The words that begin the list of those to build relationships with
_RELATIONSHIPS = "build relationships with "
#: ...and those that end it, where a qualifier follows in the same clause
_QUALIFIERS = (" without ", " built ", " rather ")


def _funded_partners(facts: Facts, allowed: str) -> tuple[FundedPartner, ...]:
    """Of those the rules say to build relationships with (``relationship_partners``), the
    ones an acquisition line names ("6250 Marketing:Shelter adoption free exam vouchers" names
    the shelters), with the referral sources of its channel that name them too and what each
    of those customers cost, where the channel has a price. Most profiles have none."""
    listed = relationship_partners(allowed)
    if listed is None:
        return ()
    rule_of: dict[int, str] = {}
    for rule, flagged in facts.law_flagged:
        for item in flagged:
            rule_of.setdefault(id(item), rule)
    found = []
    for partner in listed[0]:
        said = words(partner)
        if not said:
            continue
        head = said[-1]
        names: list[str] = []
        rules: list[str] = []
        customers = 0
        cac = None
        for channel in facts.by_channel:
            lines = [item for item in channel.activities if head in words(item.activity.name)]
            if not lines:
                continue
            names += [item.activity.name for item in lines if item.activity.name not in names]
            rules += [
                rule_of[id(item)]
                for item in lines
                if id(item) in rule_of and rule_of[id(item)] not in rules
            ]
            came = [s for s in channel.sources if head in words(s.name)]
            customers += sum(s.customers for s in came)
            if came and len(came) == len(channel.sources) and len(lines) == len(channel.activities):
                cac = channel.cac
        if names:
            found.append(FundedPartner(partner, tuple(names), customers, cac, tuple(rules)))
    return tuple(found)


def _conditioned(facts: Facts, cultivated: list[str]) -> str | None:
    """What BA114 asks to be checked, where a cultivated line pays for referrals on the
    profession's condition (``Facts.conditional_referrals``); None for most profiles."""
    vertical = facts.read_by
    if not cultivated or not facts.conditional_referrals or vertical is None:
        return None
    named = set(cultivated)
    if any(item.activity.name in named for item in facts.conditional_referrals):
        return vertical.referral_condition_check or None
    return None


def _meals_buy_none(rule: str | None, none: bool = False) -> str | None:
    """Those whose meals and gifts buy no referrals under the trade's rule, as
    core.metrics._buys_none reads it; where the rule allows none at all (``none``), all who
    refer, as a home-care agency's are named (G19 of the thirty-ninth round: "physicians")."""
    if rule is None:
        return None
    if none and "Anti-Kickback" in rule:
        return "discharge planners, case managers, social workers or others"
    if none:  # a car dealer's buyers (J19 of the forty-first round's re-review)
        return "customers or others"
    if "Anti-Kickback" in rule:
        return "physicians"
    if "RESPA" in rule:
        return "realtors, lenders, loan officers, title and escrow companies"
    return None

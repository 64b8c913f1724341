"""Those who refer: where most new customers come from referrers the profession's rules restrict
paying (BA101's advice and the verdict's words), and where one referrer the profile names
sends most of them (BA128).

AO9 of the fifty-second review round, 2026-12-07: a sober home fed by drug courts and
treatment centres was "Critical: marketing is an afterthought" and told to spend to close a
gap beside BA114's "build relationships with those who refer ... without payment"; and a
billing company with 7 of its 8 new clients from one practice-management consultant had no
finding that named the concentration, the one a CFO would make.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from bizaudit.core.channels import DEPENDENCE
from bizaudit.core.metrics import ClassifiedSource, Facts
from bizaudit.model.tuples import NamedTuple

__all__ = [
    "OneReferrer",
    "RestrictedReferrers",
    "asked_lines",
    "asks_about",
    "one_referrer",
    "restricted_referrers",
]


#: Who decides which activities a rule on paying for referrals only asks about: BA114's rule
#: registers its own reading (rules may not import each other: the "rules-apart" contract), so
#: that BA101's words ("warns about" or "asks about") follow the severity BA114 gives each line
#: without a second copy of its reasons (part j of the fifty-fourth round, 2026-12-07)
_ASKED: list[Callable[[Facts], frozenset[int]]] = []


def asks_about(
    finder: Callable[[Facts], frozenset[int]],
) -> Callable[[Facts], frozenset[int]]:
    """Register ``finder``, which gives the positions of the activities a rule only asks
    about; returned as it is, to be used as a decorator."""
    _ASKED.append(finder)
    return finder


def asked_lines(facts: Facts) -> frozenset[int]:
    """The positions (``activities``) of the lines the rules on paying for referrals only ask
    about, as those rules decide (BA114's: a home inspector's fee to agents, a placement
    service's fee silent on who pays, a pet crematory's bare handling fee); empty for most
    profiles."""
    found: frozenset[int] = frozenset()
    for finder in _ASKED:
        found |= finder(facts)
    return found


class RestrictedReferrers(NamedTuple):
    """Most new customers came by referral in a trade whose rules restrict paying those who
    refer (Vertical.referral_rule): what the rules allow instead (Vertical.referral_allowed)."""

    customers: int  # new customers by referral
    of: int  # all new customers the sources name
    allowed: str  # what the profession's rules allow instead of paying (BA114's words)
    #: the rules are the country's own (Vertical.rules_of), not the US's
    own: bool = False
    #: whose rules they are, where they bind those who refer, not the business's own
    #: profession (Vertical.referral_rules_whose: a pet crematory's, the clinics'), else None
    whose: str | None = None


def restricted_referrers(facts: Facts) -> RestrictedReferrers | None:
    """Where more than half the new customers the sources name came by referral and the
    trade's rules restrict paying for referrals (the vertical quotes a rule and what it
    allows), what they allow, else None (most profiles: no such rule, or few referrals).

    The half is BA128's practitioner threshold (core.channels.DEPENDENCE), for the same
    reason: past it, most new customers come as others choose. The score is left as it is
    (rounds 50, K9, and 51, AL11, judged it right: it measures what is invested in winning
    customers); only the words change, so that BA101's advice and the banner name the
    investment the rules allow (time and usefulness to those who refer, events that teach,
    a second channel) instead of a budget alone (AO9 of the fifty-second review round,
    2026-12-07)."""
    vertical = facts.read_by
    if vertical is None or not vertical.referral_rule or not vertical.referral_allowed:
        return None
    if vertical.relationships_forbidden:  # a bail agent's jailers: no relationship to invest in
        return None
    of, referral = facts.sourced_customers, facts.referral_customers
    if of <= 0 or referral <= DEPENDENCE * of:
        return None
    return RestrictedReferrers(
        referral,
        of,
        vertical.referral_allowed,
        vertical.rules_of is not None,
        vertical.referral_rules_whose,
    )


class OneReferrer(NamedTuple):
    """One referral source the profile names that sends more than half the new customers."""

    name: str  # the source's name, as the profile gives it
    customers: int
    of: int  # all new customers the sources name
    #: the trade's rules restrict paying for referrals (Vertical.referral_rule): the advice
    #: keeps the relationship without payment, as BA114 says
    restricted: bool = False
    #: most customers buy once: past customers bring the next by reviews and referrals
    once: bool = False

    @property
    def share(self) -> Decimal:
        return Decimal(self.customers) / self.of


#: Words of a referral source that name no one referrer but customers' word of mouth or a
#: crowd (friends, past clients, a network): no concentration in one party to name. Matched
#: as substrings of the lowercased name, a handful on a few sources a profile.
_GENERIC = (
    "word of mouth", "referr", "friend", "famil", "neighbo", "recommend", "customer", "client",
    "patient", "alumn", "repeat", "past ", "previous", "former", "existing", "colleague",
    "network", "other", "review", "member", "people", "several", "various", "many", "misc",
)  # fmt: skip


def _one_party(source: ClassifiedSource) -> bool:
    """Whether a referral source's name reads as one referrer: not a generic word (word of
    mouth, friends, past clients), and its last word not a plural ("hospital discharge
    planners", "social workers": many people) unless capitalised, a proper name ("Dr Jones")."""
    name = source.name.strip()
    lowered = name.lower()
    if not lowered or any(word in lowered for word in _GENERIC):
        return False
    last = name.split()[-1]
    plural = last.lower().endswith("s") and not last.lower().endswith("ss")
    return not plural or last[:1].isupper()


def one_referrer(facts: Facts) -> OneReferrer | None:
    """The one referral source, named as one referrer (a consultant, an accountant, a
    physician), that sends more than half the new customers the sources name, else None.

    core.channels.one_source, BA128's search, leaves referrals to BA102, which holds their
    share together: "7 of 8 from one practice-management consultant" read only as "100% of new
    customers came from referrals" (AO9 of the fifty-second review round, 2026-12-07). A
    practitioner reading, not a published rule, with BA128's threshold (more than half,
    core.channels.DEPENDENCE: a single referral source's concentration, AG Management,
    undated); whether the name is one person or firm the profile cannot show, so the finding
    says it on that condition."""
    if facts.one_source is not None or facts.referral_customers <= 0:
        return None  # BA128 names its own source already; or no referral at all (most)
    of = facts.sourced_customers
    half = DEPENDENCE * of
    if facts.referral_customers <= half:
        return None
    largest: ClassifiedSource | None = None
    for source in facts.sources:
        if source.classification.kind == "referral" and (
            largest is None or source.customers > largest.customers
        ):
            largest = source
    if largest is None or largest.customers <= half or not _one_party(largest):
        return None
    vertical = facts.read_by
    return OneReferrer(
        largest.name,
        largest.customers,
        of,
        vertical is not None and bool(vertical.referral_rule),
        facts.economics.judged_payback.one_off is not None,
    )

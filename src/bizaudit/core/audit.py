"""Profile → audit: classify, compute the figures, run the rules, score. Pure: no I/O, no
exits, no words (the explain layer turns an :class:`Audit` into a report)."""

from __future__ import annotations

from bizaudit.core import channels, metrics, predictability, score
from bizaudit.core.classify import Classifier, default
from bizaudit.core.metrics import Facts
from bizaudit.core.predictability import Verdict
from bizaudit.core.rules import RULES, Hit, Rule
from bizaudit.core.rules.ba116_financing_line import Financing
from bizaudit.core.score import Cap, Component
from bizaudit.model import verticals
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.profile import Profile
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import Vertical
from bizaudit.model.vocab import Severity

__all__ = ["Audit", "Found", "load_vocabulary", "passed", "run"]


class Found(NamedTuple):
    """A rule and one thing it found, with the severity that applies."""

    rule: Rule
    hit: Hit

    @property
    def severity(self) -> Severity:
        return self.hit.severity or self.rule.severity


class Audit(NamedTuple):
    """Everything an audit of one profile computed, as numbers with their operands."""

    profile: Profile
    policy: EffectivePolicy
    facts: Facts
    found: list[Found]  # in registry order; the report sorts them for people
    components: list[Component]
    caps: list[Cap]
    score: int
    predictability: Verdict
    passed: bool


def load_vocabulary() -> None:
    """Read the vocabulary every audit reads (the classifier's tables, the channels' words)
    now, where it would otherwise be read with the first profile."""
    default()
    channels.load()


def passed(severities: list[Severity], *, strict: bool) -> bool:
    failing = {"error", "warning"} if strict else {"error"}
    return not any(severity in failing for severity in severities)


_FAILED_CEILING = 79  # below "Strong"


def _failing(item: Found) -> Found:
    """A warning as an error; information stays information (BA114's condition to check)."""
    if item.severity != "warning":
        return item
    return item._replace(hit=item.hit._replace(severity="error"))


def run(
    profile: Profile,
    policy: EffectivePolicy,
    classifier: Classifier | None = None,
    vertical: Vertical | None = None,
) -> Audit:
    """Audit one profile under the given policy (``vertical``: its declared industry's)."""
    facts = metrics.compute(
        profile,
        classifier,
        vertical=vertical,
        horizon_years=int(policy.ltv_horizon_years.value),
    )
    # (most profiles skip none: then no rule's id is looked up, 0.2% of a batch's audit)
    skipped = {s.rule for s in profile.skip}
    rules = RULES.values() if not skipped else [r for r in RULES.values() if r.id not in skipped]
    found = [Found(rule, hit) for rule in rules for hit in rule.check(facts, policy)]
    if policy.fail_on:  # the warnings of the rules the user fails on are errors (--fail-on)
        found = [_failing(item) if item.rule.id in policy.fail_on else item for item in found]
    # the referrals a warned line's channel brought, counted once for the verdict as for the
    # score and BA102 (AX2 of the fifty-sixth round's review, 2026-12-07)
    verdict = predictability.assess(facts, policy, score.cultivated_warned(facts))
    # the verdict's token channels earn no points either: found once, for both
    parts = score.components(facts, policy, verdict.token, len(verdict.channels))
    ok = passed([f.severity for f in found], strict=policy.strict)
    # The caps that hold the score down, each named, and only those: never "Strong" and
    # failing (a CFO's re-review: a thin margin's cap had hid the failing check's), and no cap
    # listed at 79 beside a score of 54 that it did not touch (a CFO's review, 2026-12-02).
    uncapped = score.score(parts)
    ceilings = [
        cap
        for cap in [*score.caps(facts, policy), *_caps_of(found, verdict, facts)]
        if cap.limit < uncapped
    ]
    if not ok and uncapped > _FAILED_CEILING:
        ceilings.append(score.Cap(_FAILED_CEILING, "failed"))
    return Audit(
        profile=profile,
        policy=policy,
        facts=facts,
        found=found,
        components=parts,
        caps=ceilings,
        # the capped score is the uncapped one held under its ceilings (score.score's last step)
        score=min([uncapped, *(cap.limit for cap in ceilings)]),
        predictability=verdict,
        passed=ok,
    )


#: The rules whose information is a question, which holds no score under "Strong" (but for a
#: BA114 question that weighs as the warning it was)
_ASKING = frozenset({"BA114", "BA120"})


def _caps_of(found: list[Found], verdict: predictability.Verdict, facts: Facts) -> list[score.Cap]:
    """The ceilings that findings and the business-or-hobby verdict put on the score, below
    "Strong", which says the business invests in winning customers *on purpose*: not beside a
    line that pays for referrals a profession's rules restrict (a coach's review, 2026-12-02:
    a chiropractor's 100 "Strong" above a kickback warning), nor beside a verdict that part of
    winning customers is left to chance (a CFO's review the same day: an agency's 85 "Strong"
    beside "At risk"), nor while no line pays an owner who works in a business under a 20%
    margin (BA118: paid, it could be thin; a re-review saw an unpaid owner score 99 and a paid
    one 79)."""
    caps = []
    # the rules found, in one pass over the findings (most reports have none of these)
    # (a line BA114 only asks about is information, but one whose question is of a payment the
    # law may forbid outright still holds the score under "Strong" until it is answered:
    # PaysForReferrals.weighs, x's leftover of the fifty-eighth round, 2026-12-07)
    # (nor does a question BA120 asks as information: a Canadian cannabis store's paid
    # creator, part j of the sixty-second round, 2026-12-07)
    ids = {
        f.rule.id
        for f in found
        if f.rule.id not in _ASKING
        or f.severity != "info"
        or getattr(f.hit.figures, "weighs", False)
    }
    if "BA114" in ids:
        caps.append(score.Cap(_FAILED_CEILING, "paid referrals"))
    if "BA119" in ids:  # a licence risk (a CFO's re-review)
        caps.append(score.Cap(_FAILED_CEILING, "retailer inducement"))
    if "BA120" in ids:  # a licence risk too (the fifteenth round)
        caps.append(score.Cap(_FAILED_CEILING, "unlawful advertising"))
    if "BA121" in ids:  # commercial bribery (the sixteenth round)
        caps.append(score.Cap(_FAILED_CEILING, "gifts to deciders"))
    if "BA126" in ids:  # the loan takes what the business earns (G7 of the 39th round)
        caps.append(score.Cap(_FAILED_CEILING, "debt service"))
    if "BA127" in ids:  # the profession's bar on commissions (G5 of the 39th round)
        caps.append(score.Cap(_FAILED_CEILING, "attest commission"))
    if "BA124" in ids:  # Regulation Z's rule on loan originators' pay (the thirty-fifth round)
        caps.append(score.Cap(_FAILED_CEILING, "pay on loan terms"))
    if "BA116" in ids:  # the lines it names that the law may forbid, in one pass
        moved = [f.hit.figures for f in found if isinstance(f.hit.figures, Financing)]
        # a rebate of the deductible, an offence in Texas (a CFO's review, 2026-12-03)
        if any(f.deductible_rule for f in moved):
            caps.append(score.Cap(_FAILED_CEILING, "deductible rebate"))
        # a client's premium rebated, forbidden in most states (AD3 of the nineteenth round)
        if any(f.premium_rule for f in moved):
            caps.append(score.Cap(_FAILED_CEILING, "premium rebate"))
        # a patient's copay waived as an offer (K3 of the twenty-sixth round), which US law
        # forbids; or outside the US, where the vertical's data gives the country's words, which
        # name no law forbidding it (a UK clinic's waived excess: round 61, part n)
        if any(f.waiver_rule for f in moved):
            currency = facts.profile.business.currency
            abroad = verticals.told_abroad(facts.read_by, currency, "waiver_rule")
            caps.append(
                score.Cap(
                    _FAILED_CEILING, "insured waiver abroad" if abroad else "cost-sharing waiver"
                )
            )
    if verdict.label != "business":
        caps.append(score.Cap(_FAILED_CEILING, "left to chance"))
    if any(  # paid, the margin could be thin (BA115); at a loss, BA111's cap says it already
        f.rule.id == "BA118" and f.hit.figures.profit > 0 for f in found
    ):
        caps.append(score.Cap(_FAILED_CEILING, "owner unpaid"))
    return caps

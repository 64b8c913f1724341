"""Audit → report: the core's numbers with the words every output format shows.

The report is built here once, as typed objects (``bizaudit.model.report``), and never
validated again: mypy checks every field where it is set.
"""

from __future__ import annotations

from functools import lru_cache

from bizaudit.core import audit as core_audit
from bizaudit.core import benchmarks
from bizaudit.core.audit import Audit
from bizaudit.core.classify import Classifier
from bizaudit.explain import predictability, score
from bizaudit.explain.economics import Basis, cents
from bizaudit.explain.findings import words
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.positions import Locate, nowhere
from bizaudit.model.profile import Profile
from bizaudit.model.report import (
    SEVERITIES,
    ActivityResult,
    BenchmarkOut,
    BusinessInfo,
    ComponentScore,
    CustomerEconomics,
    EconomicsFigure,
    Finding,
    Metrics,
    MoneyFigure,
    Predictability,
    ProfileReport,
    SkippedRule,
    SourceResult,
    ThresholdOut,
)

__all__ = ["audit_report", "profile_report"]

_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
_THRESHOLDS = ("min_marketing_share", "max_referral_share", "min_owner_marketing_time")


@lru_cache(maxsize=32)
def _benchmarks(industry: str | None) -> tuple[BenchmarkOut, ...]:
    """Built once per industry: the same frozen figures go into every report."""
    return tuple(
        BenchmarkOut(
            source=b.source,
            year=b.year,
            figure=b.figure,
            high=b.high,
            scope=b.scope,
            basis=b.basis,
            note=b.note,
        )
        for b in benchmarks.for_industry(industry)
    )


def _findings(audit: Audit, locate: Locate) -> list[Finding]:
    currency = audit.profile.business.currency
    found = []
    for item in audit.found:
        message, advice = words(item.rule.id, item.hit, currency)
        found.append(
            Finding(
                rule=item.rule.id,
                name=item.rule.name,
                severity=item.severity,
                message=message,
                advice=advice,
                line=locate(item.hit.at) if item.hit.at is not None else None,
                subject=item.hit.subject,
            )
        )
    # Deterministic: most severe first, then by rule, then by place in the file.
    return sorted(found, key=lambda f: (_SEVERITY_RANK[f.severity], f.rule, f.line or 0, f.message))


def _economics(audit: Audit) -> CustomerEconomics:
    e = audit.facts.economics
    cac, ltv, ratio, payback = Basis(audit.profile.business.currency).all(e)
    return CustomerEconomics(
        cac=MoneyFigure(value=None if e.cac.value is None else cents(e.cac.value), basis=cac),
        ltv=MoneyFigure(value=None if e.ltv.value is None else cents(e.ltv.value), basis=ltv),
        ltv_to_cac=EconomicsFigure(value=e.ltv_to_cac.value, basis=ratio),
        payback_months=EconomicsFigure(value=e.payback_months.value, basis=payback),
    )


def profile_report(
    audit: Audit, *, path: str = "<profile>", locate: Locate = nowhere
) -> ProfileReport:
    """The report of one audit; ``locate`` finds the line of a place in the profile."""
    profile, facts, policy = audit.profile, audit.facts, audit.policy
    business = profile.business
    verdict = audit.predictability
    return ProfileReport(
        path=path,
        passed=audit.passed,
        score=audit.score,
        verdict=score.verdict(audit.score),
        business=BusinessInfo(
            name=business.name,
            industry=business.industry,
            currency=business.currency,
            period=business.period,
        ),
        revenue=profile.revenue,
        spend=facts.spend,
        marketing_by_purpose=facts.marketing_by_purpose,
        metrics=Metrics(
            marketing_share_of_revenue=facts.marketing_share_of_revenue,
            marketing_share_of_spend=facts.marketing_share_of_spend,
            sales_share_of_spend=facts.sales_share_of_spend,
            referral_share=facts.referral_share,
            owner_marketing_time_share=facts.owner_marketing_time_share,
        ),
        predictability=Predictability(
            verdict=verdict.label,
            headline=predictability.HEADLINES[verdict.label],
            reasons=predictability.reasons(verdict),
            acquisition_channels=len(verdict.channels),
            channels=verdict.channels,
            non_referral_share=verdict.non_referral_share,
        ),
        economics=_economics(audit),
        benchmarks=list(_benchmarks(business.industry)),
        policy={
            name: ThresholdOut(value=t.value, source=t.source)
            for name in _THRESHOLDS
            for t in (getattr(policy, name),)
        },
        score_components=[
            ComponentScore(name=c.name, weight=c.weight, earned=c.earned, basis=score.basis(c))
            for c in audit.components
        ],
        activities=[
            ActivityResult(
                name=a.activity.name,
                spend=a.activity.spend,
                category=a.classification.category,
                purpose=a.classification.purpose,
                source=a.classification.source,
                reason=a.classification.reason,
                confidence=a.classification.confidence,
                term=a.classification.term,
                recurring=a.activity.recurring,
                line=locate(("activities", a.position)),
            )
            for a in facts.activities
        ],
        customer_sources=[
            SourceResult(
                name=s.name,
                customers=s.customers,
                kind=s.classification.kind,
                reason=s.classification.reason,
                line=locate(("customers", "sources", s.name)),
            )
            for s in facts.sources
        ],
        findings=_findings(audit, locate),
        skipped=[
            SkippedRule(rule=s.rule, reason=s.reason, line=locate(("skip", i)))
            for i, s in enumerate(profile.skip)
        ],
    )


def audit_report(
    profile: Profile,
    policy: EffectivePolicy,
    *,
    path: str = "<profile>",
    locate: Locate = nowhere,
    classifier: Classifier | None = None,
) -> ProfileReport:
    """Audit one profile and explain it: the report every output format renders."""
    return profile_report(core_audit.run(profile, policy, classifier), path=path, locate=locate)

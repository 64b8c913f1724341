"""Profile → report: classify, compute the figures, run the rules, score. Pure: no I/O, no exits.

The report is built as plain data and validated once, by pydantic-core, as a whole: far
cheaper than building each nested model in Python, and every report is checked against its
own contract on the way out.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any

from bizaudit import benchmarks, metrics, predictability, score
from bizaudit.classify import Classifier
from bizaudit.economics import Economics, Figure
from bizaudit.metrics import Facts, Locate
from bizaudit.policy import EffectivePolicy
from bizaudit.profile import Profile
from bizaudit.report import SEVERITIES, BenchmarkOut, ProfileReport
from bizaudit.rules import RULES

__all__ = ["report_data", "run"]

_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}
Data = dict[str, Any]


def _findings(facts: Facts, policy: EffectivePolicy, skipped: set[str]) -> list[Data]:
    found = [
        {
            "rule": rule.id,
            "name": rule.name,
            "severity": hit.severity or rule.severity,
            "message": hit.message,
            "advice": hit.advice,
            "line": hit.line,
            "subject": hit.subject,
        }
        for rule in RULES.values()
        if rule.id not in skipped
        for hit in rule.check(facts, policy)
    ]
    # Deterministic: most severe first, then by rule, then by place in the file.
    return sorted(
        found,
        key=lambda f: (_SEVERITY_RANK[f["severity"]], f["rule"], f["line"] or 0, f["message"]),
    )


def passed(severities: list[str], *, strict: bool) -> bool:
    failing = {"error", "warning"} if strict else {"error"}
    return not any(severity in failing for severity in severities)


def _economics(economics: Economics) -> Data:
    def money(figure: Figure) -> Data:
        cents = figure.value.quantize(Decimal("0.01")) if figure.value is not None else None
        return {"value": cents, "basis": figure.basis}

    def number(figure: Figure) -> Data:
        return {"value": figure.value, "basis": figure.basis}

    return {
        "cac": money(economics.cac),
        "ltv": money(economics.ltv),
        "ltv_to_cac": number(economics.ltv_to_cac),
        "payback_months": number(economics.payback_months),
    }


@lru_cache(maxsize=8)
def _benchmarks(industry: str | None) -> tuple[BenchmarkOut, ...]:
    """Validated once per industry: the same frozen figures go into every report."""
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


def run(
    profile: Profile,
    policy: EffectivePolicy,
    *,
    path: str = "<profile>",
    locate: Locate | None = None,
    classifier: Classifier | None = None,
) -> ProfileReport:
    """Audit one profile under the given policy."""
    data = report_data(profile, policy, path=path, locate=locate, classifier=classifier)
    return ProfileReport.model_validate(data)


def report_data(
    profile: Profile,
    policy: EffectivePolicy,
    *,
    path: str = "<profile>",
    locate: Locate | None = None,
    classifier: Classifier | None = None,
) -> Data:
    """The audit as plain data, in the shape of a ProfileReport (``run`` validates it)."""
    facts = metrics.compute(profile, locate or metrics.no_lines, classifier)
    skipped = [
        {"rule": s.rule, "reason": s.reason, "line": facts.locate(("skip", i))}
        for i, s in enumerate(profile.skip)
    ]
    findings = _findings(facts, policy, {s.rule for s in profile.skip})
    parts = score.components(facts, policy)
    verdict = predictability.assess(facts, policy)
    value = score.score(parts)
    business = profile.business
    thresholds = (
        ("min_marketing_share", policy.min_marketing_share),
        ("max_referral_share", policy.max_referral_share),
        ("min_owner_marketing_time", policy.min_owner_marketing_time),
    )
    return {
        "path": path,
        "passed": passed([f["severity"] for f in findings], strict=policy.strict),
        "score": value,
        "verdict": score.verdict(value),
        "business": {
            "name": business.name,
            "industry": business.industry,
            "currency": business.currency,
            "period": business.period,
        },
        "revenue": profile.revenue,
        "spend": facts.spend,
        "marketing_by_purpose": facts.marketing_by_purpose,
        "metrics": {
            "marketing_share_of_revenue": facts.marketing_share_of_revenue,
            "marketing_share_of_spend": facts.marketing_share_of_spend,
            "sales_share_of_spend": facts.sales_share_of_spend,
            "referral_share": facts.referral_share,
            "owner_marketing_time_share": facts.owner_marketing_time_share,
        },
        "predictability": {
            "verdict": verdict.label,
            "headline": verdict.headline,
            "reasons": verdict.reasons,
            "acquisition_channels": len(facts.channels),
            "channels": [c.activity.name for c in facts.channels],
            "non_referral_share": facts.non_referral_share,
        },
        "economics": _economics(facts.economics),
        "benchmarks": _benchmarks(business.industry),
        "policy": {name: {"value": t.value, "source": t.source} for name, t in thresholds},
        "score_components": [
            {"name": c.name, "weight": c.weight, "earned": c.earned, "basis": c.basis}
            for c in parts
        ],
        "activities": [
            {
                "name": a.activity.name,
                "spend": a.activity.spend,
                "category": a.classification.category,
                "purpose": a.classification.purpose,
                "source": a.classification.source,
                "reason": a.classification.reason,
                "confidence": a.classification.confidence,
                "term": a.classification.term,
                "recurring": a.activity.recurring,
                "line": a.line,
            }
            for a in facts.activities
        ],
        "customer_sources": [
            {
                "name": s.name,
                "customers": s.customers,
                "kind": s.classification.kind,
                "reason": s.classification.reason,
                "line": s.line,
            }
            for s in facts.sources
        ],
        "findings": findings,
        "skipped": skipped,
    }

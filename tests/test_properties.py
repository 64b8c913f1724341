"""Properties over many generated inputs: no input makes the CLI crash, and the figures hold.

Deterministic (derandomize) and bounded, so CI runs the same examples every time.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from bizaudit import audit, policy
from bizaudit.cli import app
from bizaudit.profile import Profile

from .conftest import MINIMAL

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
YAML_BITS = [
    ":",
    "- ",
    "  ",
    "\n",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a",
    "*a",
    "!!str",
    "!!python/name:x",
    "'",
    '"',
    "#",
    "---",
    "~",
    "%",
    "12k",
    "$1,000",
    "-5",
    "1e400",
    ".nan",
    "\t",
    "\\u0000",
    "revenue",
    "activities",
    "spend",
    "name",
    "version: 1",
    "\udcff",
    "é",
    "\x00",
]


def run(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder) / "p.yaml"
        profile.write_bytes(text.encode("utf-8", "surrogateescape"))
        report = Path(folder) / "out.json"
        result = CliRunner().invoke(
            app, ["check", str(profile), "-o", f"json:{report}"], catch_exceptions=False
        )
        output = result.stdout + result.stderr
        assert result.exit_code in (0, 1, 2), output
        assert "Traceback" not in output
        assert "internal error" not in output, output
        if result.exit_code == 2:
            assert not report.exists()
            assert ": error: " in result.stderr
        else:
            assert report.exists()
        assert profile.read_bytes() == text.encode("utf-8", "surrogateescape")


@SETTINGS
@given(st.data())
def test_mutated_profiles_never_crash(data: st.DataObject) -> None:
    text = MINIMAL
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["insert", "delete", "replace", "value"]))
        bit = data.draw(st.sampled_from(YAML_BITS))
        if action == "value":  # swap one field's value for something odd
            lines = text.split("\n")
            fields = [i for i, line in enumerate(lines) if ": " in line]
            i = data.draw(st.sampled_from(fields)) if fields else 0
            key = lines[i].partition(": ")[0]
            lines[i] = f"{key}: {bit}" if fields else bit
            text = "\n".join(lines)
        elif action == "insert":
            text = text[:at] + bit + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + data.draw(st.integers(1, 8)) :]
        else:
            text = text[:at] + bit + text[at + len(bit) :]
    run(text)


@SETTINGS
@given(st.lists(st.sampled_from(YAML_BITS) | st.text(max_size=5), max_size=30).map("".join))
def test_random_documents_never_crash(text: str) -> None:
    run(text)


money = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)
names = st.sampled_from(
    ["Google Ads", "Newsletter", "Rent", "Sales commissions", "R&D", "Zorblax", "Upsell campaign"]
)


@SETTINGS
@given(
    revenue=money,
    activities=st.lists(st.tuples(names, money, st.booleans()), max_size=12),
    sources=st.dictionaries(
        st.sampled_from(["referrals", "website", "ads", "other"]), st.integers(0, 1000), max_size=4
    ),
)
def test_figures_add_up_and_shares_stay_in_range(
    revenue: Decimal,
    activities: list[tuple[str, Decimal, bool]],
    sources: dict[str, int],
) -> None:
    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "P"},
            "revenue": revenue,
            "activities": [{"name": n, "spend": s, "recurring": r} for n, s, r in activities],
            "customers": {"sources": sources},
        }
    )
    report = audit.run(profile, policy.resolve([]))
    spend = report.spend
    assert spend["total"] == sum(s for _, s, _ in activities)
    assert (
        spend["total"]
        == spend["marketing"] + spend["sales"] + spend["innovation"] + spend["operations"]
    )
    assert spend["marketing"] == sum(report.marketing_by_purpose.values())
    m = report.metrics
    for share in (m.marketing_share_of_spend, m.sales_share_of_spend, m.referral_share):
        assert share is None or 0 <= share <= 1
    assert 0 <= report.score <= 100
    assert report.passed == all(f.severity != "error" for f in report.findings)

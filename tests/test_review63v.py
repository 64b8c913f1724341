"""Mends of the sixty-third review round, part v (2026-12-08): a digital agency's own SEO tools,
its partner programme and its content, read on the round's agency.yaml (Copperline Digital,
copied to tests/fixtures/review63v/).

BK3. "6300 Semrush / Ahrefs / AgencyAnalytics" ($19,200) was read as the agency's own SEO
     ('semrush' → marketing/acquire), and the check passed only because of it. Sakas's range,
     7–20% "of revenue, including labor costs", is of the agency's own self-marketing (his
     page, read with the search tool on 2026-12-08); an SEO/PPC agency's rank tracking, site
     audits and client-reporting dashboard (AgencyAnalytics is a client-reporting product) are
     its delivery, as its account managers are: operations in the `agency` vertical. Marketing
     is then $128,000 ÷ $1,870,000 = 6.84%, under the 7% minimum (BA101 fails). The owner's
     marketing hours are counted as BA101 already counts them, where `owner_hours.rate` is
     given; this owner is paid only in draws, which price no hour (no new rule here).
BK6. "6120 Partner program payouts (10% rev share, 12 mos)" ($41,000) stood apart, with no
     customers (BA206), beside the 8 "partner referrals" it paid for, which were left out of the
     CAC excluding referrals while its spend stayed in it. The line now joins the referrals
     channel ('partner program payout'), its terms name no referrer (it had named 'rev',
     'share' and 'mo', so reached no source), and it reaches the partners' referrals: they
     count as paid for, only the 2 word-of-mouth clients as come on their own.
BK10. "content / podcast" (4 clients) was read by 'podcast' as PR and media at $0, beside the
     $30,000 "6110 Agency content - blog, case studies, podcast" with none. A source naming
     content now joins the content line's channel.

Every expected figure is worked out by hand in its test's docstring.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bizaudit.core.metrics import _referrers
from bizaudit.model.report import ProfileReport

from .conftest import (
    ACQUIRE,
    OVERHEAD,
    answer_in,
    channels_by_name,
    facts_of,
    finding_words,
    findings_by_subject,
    report_of,
)

FIXTURE = Path(__file__).parent / "fixtures" / "review63v" / "agency.yaml"

TOOLS = "6300 Semrush / Ahrefs / AgencyAnalytics"
PARTNERS = "6120 Partner program payouts (10% rev share, 12 mos)"
CONTENT = "6110 Agency content - blog, case studies, podcast"


def _report() -> ProfileReport:
    import yaml

    return report_of(yaml.safe_load(FIXTURE.read_text(encoding="utf-8")))


# -- BK3: the agency's delivery tools are not its self-marketing -----------------------------


def test_the_agencys_seo_and_reporting_tools_are_operations() -> None:
    """In an agency the tools are its delivery; elsewhere Semrush stays marketing (a
    business's own SEO), and an agency's own ads stay marketing."""
    assert answer_in("agency", TOOLS) == OVERHEAD
    assert answer_in("agency", "AgencyAnalytics") == OVERHEAD
    assert answer_in("agency", "Ahrefs") == OVERHEAD
    assert answer_in("agency", "Rank tracking software") == OVERHEAD
    # near names that must not move
    assert answer_in(None, "Semrush subscription") == ACQUIRE
    assert answer_in("consulting", "SEO tools (Ahrefs)") == ACQUIRE
    assert answer_in("agency", "6100 Our own Google Ads") == ACQUIRE
    assert answer_in("agency", "MozCon conference sponsorship") == ACQUIRE


def test_without_the_tools_the_agency_is_under_sakass_minimum() -> None:
    """Marketing before: $36,000 + $30,000 + $41,000 + $9,000 + $12,000 + $19,200 = $147,200,
    ÷ ($3,100,000 − $820,000 − $410,000 media billed through = $1,870,000) = 7.87%, a pass.
    After: $147,200 − $19,200 = $128,000; $128,000 ÷ $1,870,000 = 6.845% → "6.84%", under
    7%; 7% × $1,870,000 = $130,900, $130,900 − $128,000 = $2,900 more; operating profit
    $332,400 − $2,900 = $329,500. CAC: ($128,000 + $137,400 sales) ÷ 22 = $12,063.64 (was
    ($147,200 + $137,400) ÷ 22 = $12,936.36)."""
    report = _report()
    [tools] = [a for a in report.activities if a.name == TOOLS]
    assert (tools.category, tools.purpose) == OVERHEAD
    assert report.marketing_by_purpose["acquire"] == Decimal("128000")
    words = finding_words(findings_by_subject(report, "BA101")[""])
    assert "marketing is 6.84% of net service revenue ($128,000 of $1,870,000;" in words
    assert "budget at least $130,900 a period" in words
    assert "($2,900 more; operating profit $332,400 → $329,500)" in words
    assert not report.passed
    assert report.economics.cac.value == Decimal("12063.64")


def test_the_owners_hours_count_where_a_rate_values_them() -> None:
    """BA101 already values the owner's marketing hours where `owner_hours.rate` is given (no
    new rule): 6 hours a week × 52 × $100 = $31,200; ($128,000 + $31,200) ÷ $1,870,000 =
    8.51%, over 7%, so the finding is a warning that says so. Without a rate (the profile as
    written: draws alone, which price no hour) it stays an error."""
    import yaml

    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    data["owner_hours"]["rate"] = 100
    ba101 = findings_by_subject(report_of(data), "BA101")[""]
    assert ba101.severity == "warning"
    assert "with the owner's marketing hours valued ($31,200) it is 8.51%" in finding_words(ba101)
    assert findings_by_subject(_report(), "BA101")[""].severity == "error"


# -- BK6: the partner programme joins the partner referrals it pays for ----------------------


def test_a_partner_programmes_terms_name_no_referrer() -> None:
    """'rev', 'share' and 'mo' are the payout's terms, not whom it pays; a line that names
    its referrers still names them."""
    assert _referrers(PARTNERS) == frozenset()
    assert _referrers("Partner revenue share (12 months)") == frozenset()
    assert _referrers("Lunch & learns - chiropractors") == frozenset({"chiropractor"})


def test_the_partner_programme_reaches_the_partner_referrals() -> None:
    """The referrals channel holds the payouts ($41,000) and both referral sources (8 partner
    referrals + 2 word of mouth = 10); the payouts reach the 8 partners' clients, not the 2
    friends': it is no price for all 10, and no channel stands apart with no customers."""
    facts = facts_of(FIXTURE.read_text(encoding="utf-8"))
    channels = channels_by_name(facts)
    referrals = channels["Referrals and word of mouth"]
    assert [item.activity.name for item in referrals.activities] == [PARTNERS]
    assert (referrals.spend, referrals.customers) == (Decimal("41000"), 10)
    assert facts.reached.get(referrals.key) == 8
    assert PARTNERS not in channels
    # the referrals that came on their own, which BA102, the score and the verdict hold to the
    # maximum: 2 of 22 = 9.1% (all referrals, the key figure's share: 10 of 22 = 45.5%)
    assert facts.hoped_referral_share == Decimal(2) / Decimal(22)
    assert facts.referral_share == Decimal(10) / Decimal(22)


def test_the_cac_excluding_referrals_counts_the_partners_clients_as_paid_for() -> None:
    """Before: ($147,200 + $137,400 × 12 ÷ 22 = $74,945.45) ÷ 12 = $18,512.12, the $41,000 in
    the numerator and its 8 clients out of the denominator. After (with BK3's $128,000):
    ($128,000 + $137,400 × 20 ÷ 22 = $124,909.09) ÷ 20 = $252,909.09 ÷ 20 = $12,645.45;
    LTV ÷ CAC $109,814.76 ÷ $12,645.45 = 8.68 → 8.7× (was 5.9×). BA107 (with 'rev share' →
    contra-revenue) and BA206 on the line are gone: a payout to the partners who refer is a
    referral fee, not a price cut."""
    report = _report()
    cac = report.economics.non_referral_cac
    assert cac is not None
    assert cac.value == Decimal("12645.45")
    assert "÷ 20 new customers who did not come by referral on their own (2 did;" in cac.basis
    assert "the 20 include 8 referrals that came through" in cac.basis
    assert PARTNERS not in findings_by_subject(report, "BA206")
    assert PARTNERS not in findings_by_subject(report, "BA107")
    [line] = [a for a in report.activities if a.name == PARTNERS]
    assert (line.category, line.purpose) == ACQUIRE


# -- BK10: the agency's content and the clients it brought -----------------------------------


def test_content_and_its_clients_are_one_channel() -> None:
    """Organic search (SEO and content): $30,000 of content (the $19,200 of tools are
    operations now) ÷ the 4 'content / podcast' clients = $7,500; LTV ÷ CAC $109,814.76 ÷
    $7,500 = 14.64 → 14.6×. No "PR and media" channel at $0 any more."""
    report = _report()
    [content] = [c for c in report.channels if c.name == "Organic search (SEO and content)"]
    assert (content.spend, content.customers, content.cac) == (
        Decimal("30000"),
        4,
        Decimal("7500.00"),
    )
    assert content.ltv_to_cac is not None
    assert round(float(content.ltv_to_cac), 1) == 14.6
    assert not [c for c in report.channels if c.name == "PR and media"]


@pytest.mark.parametrize(
    ("source", "channel"),
    [
        ("content / podcast", "organic-search"),
        ("podcast / content", "organic-search"),
        ("content", "organic-search"),
        # near names that must not move: a podcast alone, or a guest spot, is press
        ("podcast", "pr"),
        ("podcast interview", "pr"),
    ],
)
def test_which_channel_a_content_source_joins(source: str, channel: str) -> None:
    """A source naming content joins the content line's channel; "podcast" beside "content"
    is the firm's own show, "podcast" alone still PR and media."""
    from bizaudit.core.channels import _longest, _vocabulary

    assert _longest(source, _vocabulary().source_terms, "organic") == channel

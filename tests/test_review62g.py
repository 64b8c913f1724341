"""The sixty-second round (a fractional CFO's review, 2026-12-07), part g: the SaaS and the
investment adviser (BH5, BH9, BH10, BH7, BH8, BH15).

BH5 (high). Tallyflow's "Content - freelance writers (blog/SEO)", $60,000, was read as
operations by 'freelance' (a word for how the writers are engaged, not what they do), so the
organic channel read $7,200 over 62 customers, $116.13 and 335.9×, and "Ahrefs, Webflow", a tool
subscription, was a funded channel. 'freelance' is now generic, as 'contractor' is: the blog and
SEO words decide.

BH9 (medium). Its $180,000 "Customer success team" was read as retention marketing, inside the
"marketing and sales" ratio held to OpenView's S&M range (24.7%). Customer success without a
quota or upsell target is cost of revenue in a SaaS P&L, as support is (Kruze Consulting;
SaaSGrid; OPEXengine: read with the search tool, 2026-12-07; KeyBanc's own definition was not
found), and the saas vertical reads it so, with the product's hosting and the payment fees; the
team keeps the customers, so BA104 has nothing to add and the score's retention part is earned.

BH10 (medium). `plan` said the outbound channel's spend, a salaried SDR with a commission and
seats, was "fees or commissions paid per referral": it is a hire, a step cost.

BH7 (medium). Ridgeline's 8 "cpa referral" households came through "CPA solicitor fees - 20% of
advisory fee", not by free word of mouth: the source names those the line pays for referring.

BH8 (medium). That line's BA114 quoted the adviser's SEC rule only; the CPAs it pays are bound by
their own code (AICPA ET 1.520.001, formerly ET Section 503, adopted 1990; the AICPA's Personal
Financial Planning page, 2017: read with the search tool, 2026-12-07). BA114 stays information,
as the reviewer asked.

BH15 (low). "CPA lunch & CE seminars" and "Website/blog + FINRA-style compliance review (Twenty
Over Ten)" win clients: marketing, the lunch in the CPA channel.

The profiles and the outputs the reviewer saw are copied unchanged into
tests/fixtures/review62g/."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from bizaudit.core.channels import Channel, paid_per_result
from bizaudit.core.classify import Classification, SourceClass
from bizaudit.core.metrics import ClassifiedActivity, ClassifiedSource
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_words
from bizaudit.model.profile import Activity

from .conftest import (
    ACQUIRE,
    COST,
    OVERHEAD,
    RETAIN,
    RunCli,
    answer_in,
    channel_in,
    findings_in,
    fixture_text,
    profile_json,
)

FIXTURES = Path(__file__).parent / "fixtures" / "review62g"
SAAS = FIXTURES / "saas.yaml"
RIA = FIXTURES / "ria.yaml"


def _line(profile: dict[str, object], line: int) -> dict[str, object]:
    [found] = [a for a in profile["activities"] if a["line"] == line]  # type: ignore[attr-defined]
    return found  # type: ignore[no-any-return]


# ---------------------------------------------------------------- BH5: the content writers


def test_the_content_writers_carry_the_organic_channel(run_cli: RunCli) -> None:
    """BH5. Before: line 13 operations, organic $7,200 ÷ 62 = $116.13, LTV ÷ CAC 39,007.69 ÷
    116.13 = 335.9×. After: marketing/acquire by 'blog' (no BA107: 'freelance' yields), organic
    (60,000 + 7,200) ÷ 62 = 67,200 ÷ 62 = $1,083.87, 39,007.69 ÷ 1,083.87 = 35.99, "36.0×"."""
    profile = profile_json(run_cli, SAAS)
    line = _line(profile, 13)
    assert (line["category"], line["purpose"]) == ACQUIRE
    assert not [f for f in findings_in(profile, "BA107") if f["line"] == 13]
    organic = channel_in(profile, "Organic search (SEO and content)")
    assert Decimal(organic["spend"]) == Decimal(67200)
    assert organic["customers"] == 62
    assert Decimal(organic["cac"]).quantize(Decimal("0.01")) == Decimal("1083.87")
    assert round(organic["ltv_to_cac"], 1) == 36.0
    # the channel, not its tool subscription, is what the verdict counts
    result = run_cli("check", SAAS)
    assert "Ahrefs, Webflow, Outbound" not in result.stdout
    assert "Organic search (SEO and content)" in result.stdout.split("Business or hobby?")[1]


def test_freelance_is_how_people_are_engaged_not_what_for() -> None:
    """'freelance' yields to any specific word; alone it is still operations, and the build
    corpus's rows keep their readings (its aggregate unchanged: 93.3% category accuracy)."""
    assert answer_in(None, "Content - freelance writers (blog/SEO)") == ACQUIRE
    assert answer_in(None, "Blog posts (4/mo) - freelance writer") == ACQUIRE
    assert answer_in(None, "Freelance designers") == OVERHEAD
    assert answer_in(None, "Foundation grant proposals - freelance writer") == ("sales", "convert")
    assert answer_in(None, "freelance dev building the new scheduling feature (v2)") == (
        "innovation",
        None,
    )


# ---------------------------------------------------------------- BH9: customer success


def test_a_saas_customer_success_team_is_cost_of_revenue_not_marketing(run_cli: RunCli) -> None:
    """BH9. Before: marketing 325,200 (acquire 145,200, retain 180,000), marketing and sales
    (325,200 + 267,400) ÷ 2,400,000 = 24.7%. After: marketing 145,200 + 60,000 (BH5) = 205,200,
    retain 0; (205,200 + 267,400) ÷ 2,400,000 = 472,600 ÷ 2,400,000 = 19.69%, "19.7%", within
    OpenView's 15-45%. Listed cost of revenue: AWS 132,000 + Stripe 72,000 + customer success
    180,000 = 384,000, (2,400,000 − 384,000) ÷ 2,400,000 = 84.0%, beside the stated 82%: no
    BA117. The team keeps the customers: no BA104, and the score's retention part is earned."""
    profile = profile_json(run_cli, SAAS)
    assert (_line(profile, 23)["category"], _line(profile, 23)["purpose"]) == COST
    assert (_line(profile, 29)["category"], _line(profile, 31)["category"]) == (
        "cost-of-sales",
        "cost-of-sales",
    )
    assert profile["marketing_by_purpose"] == {"acquire": "205200", "retain": "0", "grow": "0"}
    assert Decimal(profile["spend"]["cost-of-sales"]) == Decimal(384000)
    said = " ".join(run_cli("check", SAAS).stdout.split())  # (80 columns: the label wraps)
    assert "Marketing and sales ÷ 19.7%" in said
    [invested] = [c for c in profile["score_components"] if c["name"] == "marketing investment"]
    assert invested["basis"] == "19.7% of revenue in marketing and sales against a 15% minimum"
    assert not findings_in(profile, "BA104")
    assert not findings_in(profile, "BA117")
    [retention] = [c for c in profile["score_components"] if c["name"] == "retention"]
    assert retention["earned"] == 1.0
    assert retention["basis"] == (
        "no marketing on keeping customers, but the Customer success team who serve returning "
        "customers keep them"
    )


def test_customer_success_elsewhere_still_keeps_customers_as_marketing() -> None:
    """The near names: outside a SaaS, "Customer success" reads as it did (marketing/retain); in
    a SaaS, an implementation team stays cost of revenue and sales engineers stay selling."""
    assert answer_in(None, "Customer success team") == RETAIN
    assert answer_in("saas", "Customer success team") == COST
    assert answer_in("saas", "Implementation team") == COST
    assert answer_in("saas", "Sales engineers") == ("sales", "convert")


def test_a_saas_with_nothing_keeping_its_customers_is_still_told_so(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """Without the customer success line, nothing keeps Tallyflow's customers: BA104 warns, as
    before, and the retention part is not earned."""
    written = tmp_path / "saas.yaml"
    written.write_text(
        fixture_text(SAAS, '  - name: "Customer success team"\n    spend: 180000\n'),
        encoding="utf-8",
    )
    profile = profile_json(run_cli, written)
    [ba104] = findings_in(profile, "BA104")
    assert ba104["severity"] == "warning"
    [retention] = [c for c in profile["score_components"] if c["name"] == "retention"]
    assert retention["earned"] == 0.0


# ---------------------------------------------------------------- BH10: the salaried SDR


def test_plan_leaves_the_salaried_sdr_alone_as_a_hire(run_cli: RunCli) -> None:
    """BH10. Outbound: "SDR salary + commission" 88,000 + seats 14,400 = 102,400; the salary
    with its commission is 88,000 of it, over half: a hire, a step cost, not fees per referral
    (most of its spend: 88,000 ≠ 102,400)."""
    plan = json.loads(run_cli("plan", SAAS, "-f", "json").stdout)
    [outbound] = [c for c in plan["channels"] if c["name"].startswith("Outbound")]
    assert outbound["left_alone"] == (
        "most of its spend is a seller's salary, with a commission on what they sell: one seller "
        "is a hire, a step cost, not a budget that more money would stretch; the test is a "
        "second hire, for a period, watching what a customer costs there"
    )
    assert "per referral" not in outbound["left_alone"]


def _selling(name: str, spend: int) -> ClassifiedActivity:
    return ClassifiedActivity(
        0,
        Activity(name=name, spend=Decimal(spend), recurring=True),
        Classification("sales", "convert", "rule", "", "high"),
    )


def _outbound(*lines: ClassifiedActivity) -> Channel:
    source = ClassifiedSource("sdr outbound", 30, SourceClass("outbound", ""))
    return Channel.of("outbound", "Outbound", "outbound", lines, (source,), "test")


def test_commissions_alone_are_still_paid_per_sale() -> None:
    """The near names: a commission with no salary named is paid per sale, as before; a salary
    with its commission, all of the channel, is "its spend is"."""
    per_sale = paid_per_result(_outbound(_selling("Closer commissions", 50000)))
    assert per_sale is not None
    assert per_sale.why == "per-result-fees"
    salaried = _outbound(_selling("BDR base + commission", 70000))
    why = left_alone(salaried, 20)
    assert why is not None
    assert why.per_result is not None
    assert why.per_result.why == "salaried-seller"
    assert not why.per_result.most
    assert left_alone_words(why).startswith("its spend is a seller's salary")


# ---------------------------------------------------------------- BH7, BH15: the CPA channel


def test_the_cpa_referrals_came_through_the_solicitor_fees(run_cli: RunCli) -> None:
    """BH7 and BH15. Before: referrals $0, 14; CPA solicitor fees $31,000, 0 customers (BA206);
    CAC excluding referrals (118,000 + 14,500 × 17/31 = 7,951.61) ÷ 17 = $7,408.92, 5.2×.
    After: the 8 'cpa referral' households join the line that pays the CPAs, with the lunches
    and seminars held for them: (31,000 + 6,500) ÷ 8 = 37,500 ÷ 8 = $4,687.50, 38,448.64 ÷
    4,687.50 = 8.2×; referrals on their own 6 of 31 = 19.4%, $0. Acquisition marketing 118,000
    + 6,500 + 9,000 (BH15) = 133,500; excluding referrals (133,500 + 14,500 × 25/31 =
    11,693.55) ÷ 25 = 145,193.55 ÷ 25 = $5,807.74, 38,448.64 ÷ 5,807.74 = 6.6×.
    BI6 of the round's re-review (tests/test_review62l.py) then counted only the first year's
    20% of the 8 households' fees, 20% × 9,800 × 8 = 15,680: the channel is (6,500 + 15,680)
    ÷ 8 = 22,180 ÷ 8 = $2,772.50, on those households' own LTV 38,448.64 − 1,960 × 3.6157 =
    31,361.90, 11.3×; excluding referrals (133,500 − 15,320 + 11,693.55) ÷ 25 = $5,194.94."""
    profile = profile_json(run_cli, RIA)
    cpa = channel_in(
        profile, "CPA solicitor fees - 20% of advisory fee (Marketing Rule agreements)"
    )
    assert cpa["customers"] == 8
    assert cpa["sources"] == ["cpa referral"]
    assert cpa["activities"] == [13, 15]
    assert Decimal(cpa["spend"]) == Decimal(22180)
    assert Decimal(cpa["cac"]) == Decimal("2772.5")
    assert round(cpa["ltv_to_cac"], 1) == 11.3
    referrals = channel_in(profile, "Referrals and word of mouth")
    assert referrals["customers"] == 6
    # (part i of the round: the 8 are read as paid, so the referral share itself is 6 ÷ 31,
    # and no line is left cultivating word of mouth: tests/test_review62i.py)
    assert round(profile["metrics"]["referral_share"], 3) == 0.194
    assert profile["metrics"]["referral_share_on_their_own"] is None
    assert not findings_in(profile, "BA206")
    economics = profile["economics"]
    assert Decimal(economics["non_referral_cac"]["value"]) == Decimal("5194.94")


def test_a_cpa_referral_with_no_line_paying_cpas_stays_word_of_mouth(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The near name: without the solicitor line, the CPAs are not paid, and their 8 households
    are free referrals: 8 + 6 = 14 in the referrals channel."""
    written = tmp_path / "ria.yaml"
    written.write_text(
        fixture_text(
            RIA,
            '  - name: "CPA solicitor fees - 20% of advisory fee (Marketing Rule agreements)"\n'
            "    spend: 31000\n",
        ),
        encoding="utf-8",
    )
    profile = profile_json(run_cli, written)
    assert channel_in(profile, "Referrals and word of mouth")["customers"] == 14


def test_the_lunches_and_the_website_win_clients(run_cli: RunCli) -> None:
    """BH15. Before: marketing 129,000, 129,000 ÷ 1,380,000 = 9.3%. After: + 6,500 (CPA lunch &
    CE seminars) + 9,000 (Twenty Over Ten) = 144,500, 144,500 ÷ 1,380,000 = 10.47%, "10.5%"."""
    profile = profile_json(run_cli, RIA)
    for line in (15, 19):
        assert (_line(profile, line)["category"], _line(profile, line)["purpose"]) == ACQUIRE
    assert profile["marketing_by_purpose"] == {"acquire": "133500", "retain": "11000", "grow": "0"}
    assert round(profile["metrics"]["marketing_share_of_revenue"], 4) == 0.1047
    said = " ".join(run_cli("check", RIA).stdout.split())
    assert "Marketing ÷ revenue 10.5%" in said
    # a dentist's CE seminars are still its own training
    assert answer_in(None, "CE seminars - Parker") == OVERHEAD


# ---------------------------------------------------------------- BH8: the CPAs' own code


def test_paying_cpas_names_their_own_code_and_stays_information(run_cli: RunCli) -> None:
    """BH8. The solicitor line's BA114 keeps the SEC Marketing Rule (what the reviewer said to
    keep, as information) and adds the CPAs' code: ET 1.520.001's bar on commissions from
    attest clients and its disclosure rule. SmartAsset's BA114 pays no CPA: unchanged."""
    profile = profile_json(run_cli, RIA)
    by_line = {f["line"]: f for f in findings_in(profile, "BA114")}
    cpa, smartasset = by_line[13], by_line[17]
    assert cpa["severity"] == smartasset["severity"] == "info"
    assert "17 CFR 275.206(4)-1(b)" in cpa["message"]
    assert cpa["message"].endswith(
        "the CPAs it pays are bound by their own code too: the AICPA's Commissions and Referral "
        "Fees rule (ET 1.520.001, formerly Rule 503) bars a CPA in public practice from taking "
        "a commission for recommending a product or service to a client whose financial "
        "statements the CPA's firm audits or reviews, compiles for a third party's use without "
        "disclosing a lack of independence, or whose prospective financial information it "
        "examines, and requires any permitted commission or referral fee to be disclosed to "
        "the client"
    )
    assert cpa["advice"].endswith(
        "Confirm with each CPA that their firm does none of that attest work for the clients "
        "they refer, and that they disclose your fee to those clients in writing; their state "
        "board of accountancy may restrict commissions further (its rules not read here)."
    )
    assert "ET 1.520" not in smartasset["message"] + smartasset["advice"]

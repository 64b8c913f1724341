"""The forty-fourth review round's verdict findings (2026-12-06) that the project's own rules,
not the law or the vocabulary, answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bizaudit.core.score import caps

from .conftest import RunCli, WriteProfile
from .test_rules import _facts, _policy, _report

#: Marketing above accounting's 2-6% range (7% of $1,000,000), 10 clients at $7,000 each, worth
#: $10,000 a year at 60% and kept at 95% a year
_SLOW: dict[str, Any] = {
    "business": {"name": "Harbor Wealth", "industry": "accounting"},
    "revenue": 1000000,
    "activities": [
        {"name": "Google Ads", "spend": 70000},
        {"name": "Staff salaries", "spend": 500000},
    ],
    "customers": {
        "new": 10,
        "sources": {"google ads": 10},
        "average_revenue": 10000,
        "gross_margin": "60%",
        "retention_rate": "95%",
    },
}


def test_above_the_range_and_slow_but_worth_3x_is_not_said_not_to_pay_back() -> None:
    """Q7: an adviser above its range whose clients were worth 7.3× their cost read "customers
    barely pay back" in its cap, "cut channel by channel until a customer's cost pays back",
    and could read "does not pay back" in its banner. By hand: CAC 70,000 ÷ 10 = $7,000;
    payback 7,000 ÷ (10,000 × 60% ÷ 12 = 500) = 14.0 months, over the 12-month norm; LTV
    6,000 × (1 + .95 + .9025 + .857375 + .81450625 = 4.52438125) = $27,146.29, 3.9× the CAC.
    Score: marketing 30, economics 20 × ½ (halved for the payback) = 10, referrals 15, one
    channel 7.5, retention 0, of 90 known = 62.5; the owner's week unstated caps it at
    (62.5 + 5) ÷ 100 = 67.5, so 68: "Fair"."""
    report = _report(_SLOW)
    [ba110] = [f for f in report.findings if f.rule == "BA110"]
    assert ba110.message.endswith(
        "while it takes 14.0 months to earn that cost back (the norm is 12), though a customer "
        "is worth 3.9× what it costs to win"
    )
    assert ba110.advice.startswith(
        "customers pay back, but slowly, which ties up cash: ask for more up front, or win them "
        "more cheaply channel by channel"
    )
    assert "until a customer's cost pays back" not in ba110.advice
    assert report.score == 68
    assert report.verdict == (
        "Fair: plenty goes into winning customers, who pay it back slowly; speed that up first."
    )
    # (under 79, the cap does not bind, and the report lists only those that do)
    assert {c.reason: c.limit for c in caps(_facts(_SLOW), _policy(_SLOW))} == {
        "above range, slow": 79
    }


def test_above_the_range_and_worth_under_3x_still_does_not_pay_back() -> None:
    """The control: at 20 clients for the same $70,000 but worth $2,500 a year at 60%, each
    is worth under 3× its $3,500 cost (1,500 × 4.52438125 = $6,786.57, 1.9×) and pays back in
    3,500 ÷ 125 = 28 months: the old words stand."""
    weak = dict(
        _SLOW,
        customers=dict(
            _SLOW["customers"], new=20, sources={"google ads": 20}, average_revenue=2500
        ),
    )
    report = _report(weak)
    [ba110] = [f for f in report.findings if f.rule == "BA110"]
    assert "a customer is worth 1.9× what it costs to win (under 3×)" in ba110.message
    assert ba110.advice.startswith("cut channel by channel until a customer's cost pays back")
    assert "above range" in {c.reason for c in caps(_facts(weak), _policy(weak))}


def _wash(**customers: Any) -> dict[str, Any]:
    """The review's express wash (profiles/cw-edge.yaml), cut down: $380 a member a year at 75%,
    a churn of 6% given without its period."""
    return {
        "business": {"name": "Ridge Road Express", "industry": "auto-repair"},
        "revenue": 3200000,
        "activities": [
            {"name": "Google Ads", "spend": 30000},
            {"name": "Member win-back emails", "spend": 6000},
            {"name": "Wages", "spend": 600000},
        ],
        "customers": {
            "new": 900,
            "sources": {"google ads": 600, "converted at pay station": 300},
            "average_revenue": 380,
            "gross_margin": "75%",
            "churn_rate": "6%",
            **customers,
        },
    }


def test_a_membership_churn_given_without_its_period_is_doubted_as_a_gyms_is() -> None:
    """Q9: a wash club's 6% a month, typed without `churn_period`, was taken as a year's (3% is
    the line outside fitness), and members stayed 16.7 years: LTV $1,263.96 where month by
    month gives $386.17. Where the sources or marketing lines name a membership, the gym's
    line holds: √(0.0336 × 0.275) = 9.61%, shown 9.6%; 6% is under it, so BA112 warns and no
    lifetime value is built on it."""
    report = _report(_wash())
    [ba112] = [f for f in report.findings if f.rule == "BA112"]
    assert "the profile names memberships" in ba112.message
    assert "so under 9.6% a year looks monthly" in ba112.message
    assert report.economics.ltv.value is None
    # stated as a month's, it is worked out month by month, and nothing is doubted
    monthly = _report(_wash(churn_period="month"))
    assert not [f for f in monthly.findings if f.rule == "BA112"]
    assert monthly.economics.ltv.value is not None


@pytest.mark.parametrize(
    ("sources", "line"),
    [
        # no membership named: the 3% line alone, under which 6% is not
        ({"google ads": 600, "drove by": 300}, "Loyalty punch cards"),
        # a team's members and a networking club are no customers' memberships
        ({"google ads": 600, "rotary club": 300}, "Team members referral bonus"),
        # dues the business pays: a chamber's membership (R4 of the round's re-review)
        ({"google ads": 600, "drove by": 300}, "Chamber of commerce membership"),
        ({"google ads": 600, "drove by": 300}, "BNI membership dues"),
        ({"google ads": 600, "drove by": 300}, "Chamber members mixer sponsorship"),
    ],
)
def test_a_churn_is_not_doubted_for_words_that_name_no_membership(
    sources: dict[str, int], line: str
) -> None:
    wash = _wash(sources=sources)
    wash["activities"][1]["name"] = line
    report = _report(wash)
    assert not [f for f in report.findings if f.rule == "BA112"]
    assert report.economics.ltv.value is not None


def test_a_business_customers_membership_is_not_read_as_a_consumers() -> None:
    """Q9's control: a SaaS's or a B2B firm's "member" accounts may really lose only 5-7% a
    year (docs/domain.md: SaaS is left at the 3% line), so its 6% stands."""
    for industry in ("saas", "b2b-services"):
        wash = _wash(sources={"google ads": 600, "member referrals": 300})
        wash["business"]["industry"] = industry
        report = _report(wash)
        assert not [f for f in report.findings if f.rule == "BA112"], industry


def test_customers_met_at_a_booth_read_as_operations_name_the_booth(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """N17 of the forty-third round: a bakery's 180 customers from 'farmers market', read as an
    events channel, "look free" beside "Farmers market booth fees", which a restaurant's words
    read as operations (a place it sells at). BA207 names the line and asks which it is, as
    it did only for channels of the sources' own name; a line that holds no source's whole
    name is not named."""
    text = """
        version: 1
        business: {name: Crumb Bakery, industry: restaurant}
        revenue: 400000
        activities:
          - {name: Farmers market booth fees, spend: 3600}
          - {name: Instagram ads, spend: 2400}
          - {name: Flour and butter, spend: 90000}
          - {name: Wages, spend: 150000}
        customers:
          new: 300
          sources: {farmers market: 180, instagram: 60, walk-in: 60}
        """

    def ba207(profile: str) -> str:
        result = run_cli("check", write_profile(profile), "-f", "json", "--exit-zero")
        [found] = [
            f["message"] for f in json.loads(result.stdout)["profiles"][0]["findings"]
            if f["rule"] == "BA207"
        ]  # fmt: skip
        return str(found)

    assert (
        "'Farmers market booth fees' shares its words and was read as operations, so they look free"
    ) in ba207(text)
    assert "no spend on it is listed" in ba207(text.replace("Farmers market booth fees", "Rent"))


#: A child care centre that spent nothing on winning its 12 families, whose profile gives their
#: average revenue, margin and retention (the review's profiles/cc-referrals.yaml, cut down)
_CENTRE: dict[str, Any] = {
    "business": {"name": "Sunny Days", "industry": "b2c-services"},
    "revenue": 520000,
    "activities": [{"name": "Teacher wages", "spend": 290000}],
    "customers": {
        "new": 12,
        "sources": {"parent referral": 11, "church": 1},
        "average_revenue": 13000,
        "gross_margin": "30%",
        "retention_rate": "75%",
    },
}


def test_economics_basis_says_why_a_known_ltv_gives_no_ratio() -> None:
    """Q8 of the forty-fourth round (2026-12-06): a full child care centre whose profile gives
    its families' average revenue, margin and retention read "not stated ... (give customers'
    average_revenue, gross_margin and churn or retention)", where its LTV was printed: it
    spent nothing on winning families. The part still counts at most half its 20 points (10),
    as one with no figure does; only the words change. With the data truly left out, the old
    words stay."""
    centre = _CENTRE
    report = _report(centre)
    [part] = [c for c in report.score_components if c.name == "customer economics"]
    assert part.earned is None
    assert part.basis == (
        "no LTV ÷ CAC to judge: nothing was spent on winning the new customers; it counts as "
        "at most 10 of its 20 points, as a part with no figure does"
    )
    bare = dict(centre, customers={"new": 12, "sources": {"parent referral": 12}})
    [part] = [c for c in _report(bare).score_components if c.name == "customer economics"]
    assert "not stated, so it counts as at most 10 of its 20 points (give customers' " \
        "average_revenue, gross_margin and churn or retention)" in part.basis  # fmt: skip


def test_a_full_business_is_spared_the_gaps_its_findings_call_information() -> None:
    """Q8 and R11 of the round and its re-review: a child care centre 100% full, with a
    waitlist, every finding information and the check passed, scored 0/100 "Critical" on its
    referrals, retention and owner's week, whose findings (BA102, BA104, BA105) say they do not
    bite while it is full. At capacity those parts hold no gap against it; full marks still
    count. By hand: with none of its parts scored, only the economics part is left, unstated
    (no spend, so no ratio), which counts at most half: 50."""
    centre = dict(
        _CENTRE,
        business={**_CENTRE["business"], "capacity_used": "100%"},
        owner_hours={"delivery": 35, "marketing": 0, "admin": 12},
    )
    report = _report(centre)
    assert report.passed
    assert report.score == 50
    parts = {c.name: c for c in report.score_components}
    for name in ("referral independence", "retention", "owner time"):
        assert parts[name].earned is None
        assert parts[name].basis.endswith("no gap held against it at 100% of capacity used")


def test_a_full_business_keeps_the_full_marks_it_earns() -> None:
    """R11's other side: a shop 95% full whose customers come by its ads (20 of 20, none by
    referral: full marks), with a loyalty email (full marks) and an owner at 5% of the week
    against 10% (half marks, a gap: not held against it). By hand: CAC 10,000 ÷ 20 = $500; LTV
    $1,200 × 50% = $600 a year × (1 + .5 + .25 + .125 + .0625 = 1.9375) = $1,162.50, 2.325×,
    earning (2.325 − 1) ÷ 2 = 0.6625 of 20; payback 500 ÷ 50 = 10 months, within 12; one
    funded channel of 2, 7.5 of 15 (a channel, so scored as before). Score: (13.25 + 15 + 7.5 +
    10) ÷ 60 = 76.25, 76 (72.5, 73, with the owner's half counted: (45.75 + 5) ÷ 70)."""
    shop: dict[str, Any] = {
        "business": {"name": "Full Shop", "capacity_used": "95%"},
        "revenue": 500000,
        "activities": [
            {"name": "Google Ads", "spend": 10000},
            {"name": "Loyalty emails", "spend": 2000},
            {"name": "Wages", "spend": 300000},
        ],
        "customers": {
            "new": 20,
            "sources": {"google ads": 16, "walk-in": 4},
            "average_revenue": 1200,
            "gross_margin": "50%",
            "retention_rate": "50%",
        },
        "owner_hours": {"delivery": 38, "marketing": 2},
    }
    report = _report(shop)
    parts = {c.name: c for c in report.score_components}
    assert parts["referral independence"].earned == 1
    assert parts["retention"].earned == 1
    assert parts["owner time"].earned is None
    assert report.score == 76


def test_a_share_met_only_with_revenue_given_up_says_so_beside_the_minimum(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """R8 of the round's re-review: a wash's key figure read 4.3% over its 4% minimum, a pass
    to the eye, beside BA101's error at 2.1% in money. By hand: (20,000 + 15,000) ÷ 1,000,000
    = 3.5%, over a restaurant's 3%; without the $15,000 token first months (BA116), 2%: since
    BG6 of the sixty-first round's re-review of the revenue without them too, 20,000 ÷
    (1,000,000 − 15,000 = 985,000) = 2.03%, still shown 2% beside the 3%."""
    path = write_profile(
        """
        version: 1
        business: {name: Corner Bistro, industry: restaurant}
        revenue: 1000000
        activities:
          - {name: Google Ads, spend: 20000}
          - {name: "1st month $1 promo - dinner club", spend: 15000}
          - {name: Wages, spend: 300000}
        """
    )
    text = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    # ...and why, in BA101's words (AO10 of the fifty-second round, 2026-12-07)
    # (since AU14 of the fifty-fourth round, 2026-12-07: the share BA101 counts beside the one
    # listed, by hand as above, 3.5% and 2%)
    why = (
        "3.5% as listed; 2% without the $15,000 BA116 reads as revenue given up, not spent "
        "(under the 3% minimum)"
    )
    assert f"min 3% (industry); range 3–6%; {why}" in text
    assert "without it, in the marketing and in revenue, 2% ($20,000 of $985,000)" in text
    markdown = run_cli("check", path, "-f", "markdown", "--exit-zero").stdout
    assert f"| 3.5% | min 3%; {why} |" in markdown
    # ...and the activity table says BA116 reads the line as revenue given up, counted as a
    # line marked contra-revenue is (round 63: one premise for every figure)
    assert "$15,000 contra-revenue 'promo'; revenue" in text
    html = run_cli("check", path, "-f", "html", "--exit-zero").stdout
    assert (
        "by &#39;promo&#39;; revenue given up, counted as a line marked contra-revenue is "
        "(BA116): see its finding"
    ) in html
    # (over it with money spent, nothing is said)
    plain = write_profile(
        """
        version: 1
        business: {name: Corner Bistro, industry: restaurant}
        revenue: 1000000
        activities:
          - {name: Google Ads, spend: 35000}
          - {name: Wages, spend: 300000}
        """
    )
    assert "as BA101 counts it" not in run_cli("check", plain).stdout


def test_an_advisers_lines_suggest_its_vertical_where_another_profession_is_declared() -> None:
    """R5 of the round's re-review: a hybrid adviser and broker-dealer, "Summit Ridge Financial
    Group", declared `accounting` for want of its own vertical, was held to the AICPA's rule
    on paying for referrals; its name gives nothing away, but its lines name its registrations.
    Two such lines are needed (one may be chance), and a declared investment adviser is not
    told."""
    profile: dict[str, Any] = {
        "business": {"name": "Summit Ridge Financial Group", "industry": "accounting"},
        "revenue": 950000,
        "activities": [
            {"name": "FINRA and state registration fees", "spend": 6000},
            {"name": "Broker-dealer platform and clearing fees", "spend": 40000},
            {"name": "Google Ads", "spend": 20000},
        ],
    }
    [found] = [f for f in _report(profile).findings if f.message.startswith("the industry")]
    assert found.rule == "BA109"
    assert "its lines name an investment adviser's registrations or tools" in found.message
    assert "declare 'industry: investment-adviser'" in found.advice
    one = dict(profile, activities=[*profile["activities"][:1], profile["activities"][2]])
    assert not [f for f in _report(one).findings if f.message.startswith("the industry")]
    declared = dict(profile, business={**profile["business"], "industry": "investment-adviser"})
    assert not [f for f in _report(declared).findings if f.message.startswith("the industry")]


def test_a_batch_freezes_what_it_made_and_thaws_it_at_the_end(tmp_path: Path) -> None:
    """A batch freezes the reports made so far every 16 profiles (the collector had walked
    them again and again: 1.25% of a batch's instructions, 2026-12-06; a batch of 2,000 made no
    cyclic garbage to collect), and leaves the collector as it found it; the reports are
    those of profiles audited one at a time."""
    import gc

    from bizaudit.io.checker import Options, check
    from bizaudit.model.report import json_bytes

    texts = [
        f"version: 1\nbusiness: {{name: Shop {i}}}\nrevenue: {100000 + i}\n"
        f"activities:\n  - {{name: Google Ads, spend: {1000 + i}}}\n"
        for i in range(20)
    ]
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"p{i:02}.yaml"
        path.write_text(text)
        paths.append(path)
    before = gc.get_threshold(), gc.get_freeze_count()
    batch, errors = check(paths, Options())
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
    assert not errors
    assert len(batch.profiles) == 20
    for path, report in zip(paths, batch.profiles, strict=True):
        alone = check([path], Options())[0].profiles[0]
        assert json_bytes(report) == json_bytes(alone)


def test_an_advisers_paid_review_is_also_a_compensated_testimonial() -> None:
    """R14 of the round's re-review (its rest): for a registered adviser, BA120 on a reward for
    five-star reviews cited only the FTC's rule (16 CFR §465.4); it is also a compensated
    testimonial under the SEC's Marketing Rule. An accounting firm's finding does not say so."""
    profile: dict[str, Any] = {
        "business": {"name": "Ruiz Wealth Advisors", "industry": "investment-adviser"},
        "revenue": 1350000,
        "activities": [
            {"name": "$50 Amazon card per 5-star review", "spend": 1500},
            {"name": "Google Ads", "spend": 30000},
        ],
    }
    [found] = [f for f in _report(profile).findings if f.rule == "BA120"]
    assert "compensated testimonial" in found.message
    assert "17 CFR 275.206(4)-1(b)(1)" in found.message
    profile["business"] = {"name": "Ruiz CPAs", "industry": "accounting"}
    [found] = [f for f in _report(profile).findings if f.rule == "BA120"]
    assert "compensated testimonial" not in found.message


def test_a_credit_for_referring_a_family_joins_the_referrals_it_pays_for(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """R8 of the round's re-review (its rest): a centre's "Tuition credit - refer a family
    ($200)" stood as a channel of its own with no families, beside 8 referrals at $0."""
    path = write_profile(
        """
        version: 1
        business: {name: Little Oaks, industry: b2c-services}
        revenue: 900000
        activities:
          - {name: "Tuition credit - refer a family ($200)", spend: 3000}
          - {name: Google Ads, spend: 12000}
          - {name: Teacher wages, spend: 500000}
        customers:
          new: 30
          sources: {parent referral: 8, google ads: 22}
        """
    )
    report = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)
    [referrals] = [
        c for c in report["profiles"][0]["channels"] if c["name"] == "Referrals and word of mouth"
    ]
    assert referrals["spend"] == "3000"
    assert referrals["customers"] == 8


def test_the_score_table_calls_a_limit_that_is_no_floor_what_it_is() -> None:
    """R6 of the round's re-review (its rest): the HTML's score table read "against a 1%
    minimum" beside "low end 1%". By hand: 52,000 ÷ 2,000,000 = 2.6% against consulting's 7%
    low end, Hinge's average; 1,000 ÷ 200,000 = 0.5% against coaching's 5%, a floor."""

    def basis(industry: str, revenue: int, spend: int) -> str:
        report = _report(
            {
                "business": {"name": "Case", "industry": industry},
                "revenue": revenue,
                "activities": [{"name": "Google Ads", "spend": spend}],
            }
        )
        return report.score_components[0].basis

    assert basis("consulting", 2000000, 52000) == (
        "2.6% of revenue against a 7% low end, no floor, scored as a minimum"
    )
    assert basis("coaching", 200000, 1000) == "0.5% of revenue against a 5% minimum"


@pytest.mark.parametrize(
    ("name", "treat"),
    [
        # S1 of the round's second re-review: the practice's own doctors dine too
        ("Drs' holiday dinner", False),
        ("Partner MDs retreat dinner", False),
        ("DOs dinner - CME night", False),
        ("Dinner with Dr. Smith", False),
        # S2: wine was not among the first test's words
        ("Wine for referring optometrists", True),
        # the re-review's own lines still are
        ("Referral dinners for cataract surgeons", True),
        ("Happy hour - referring MDs", True),
        ("Golf outing with referring surgeons", True),
    ],
)
def test_a_meal_for_doctors_is_for_those_who_send_patients_only_where_it_says_so(
    name: str, treat: bool
) -> None:
    from bizaudit.core.metrics import _MAY_TREAT, physician_treat

    assert physician_treat(name) is treat
    if treat:  # ...and the profile's first, cheap test lets it through
        assert _MAY_TREAT.search(name.lower()) is not None


def test_the_second_re_reviews_false_positives_are_gone() -> None:
    """S3, S7, S8 and S10 of the round's second re-review (2026-12-06): a firm's cybersecurity
    software named Paladin is no promoter; a CPA firm that audits broker-dealers is not told
    to declare an adviser, nor is an insurance agency; a lead site's member fee is no
    customers' membership; a banner that carries a 99¢ offer is money spent."""
    from bizaudit.core.financing import given_up

    assert given_up("Signage - 99¢ first wash banner", None) is False
    assert given_up("99¢ first wash coupon", None) is True
    assert given_up("Sign-up special: 1st month $1", None) is True

    adviser = {
        "business": {"name": "Ruiz Wealth Advisors", "industry": "investment-adviser"},
        "revenue": 1350000,
        "activities": [
            {"name": "Paladin cybersecurity software", "spend": 6000, "kind": "operations"},
            {"name": "Google Ads", "spend": 30000},
        ],
    }
    assert not [f for f in _report(adviser).findings if f.rule == "BA114"]

    def told_adviser(industry: str, lines: list[str]) -> bool:
        profile = {
            "business": {"name": "Case", "industry": industry},
            "revenue": 900000,
            "activities": [{"name": line, "spend": 5000} for line in lines],
        }
        return any("investment-adviser" in f.advice for f in _report(profile).findings)

    assert not told_adviser(
        "accounting", ["Broker-dealer audit engagements - travel", "FINRA audit CPE courses"]
    )
    assert not told_adviser(
        "insurance-agency", ["FINRA registration fees", "Broker-dealer platform fees"]
    )
    assert told_adviser("accounting", ["Form ADV filing", "IAR registration"])

    wash = _wash()
    wash["activities"][1]["name"] = "Angi member fee"
    assert not [f for f in _report(wash).findings if f.rule == "BA112"]


def test_the_score_counts_channels_as_the_verdict_does(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """S5 of the round's second re-review: the verdict counted The Knot's and WeddingWire's
    lines as one channel, as the table shows them, while the score's part gave full marks for
    2. By hand: one channel of the 2 that earn full marks, 7.5 of 15."""
    path = write_profile(
        """
        version: 1
        business: {name: Ashby Photo, industry: freelance}
        revenue: 112000
        activities:
          - {name: Knot Pro Spotlight, spend: 3600}
          - {name: WW Featured, spend: 1800}
          - {name: Camera gear, spend: 9000}
        customers:
          new: 14
          sources: {knot: 5, weddingwire: 2, past client referral: 7}
        """
    )
    [profile] = json.loads(run_cli("check", path, "-f", "json", "--exit-zero").stdout)["profiles"]
    assert profile["predictability"]["acquisition_channels"] == 1
    [part] = [c for c in profile["score_components"] if c["name"] == "predictable acquisition"]
    assert part["earned"] == 0.5


def test_a_staff_hiring_bonus_is_no_payment_for_patient_referrals() -> None:
    """S4 of the round's second re-review: a nurse's or an associate's referral bonus, a
    recruiting cost, was read as paying for patient referrals, with an Anti-Kickback warning
    (the statute excepts a bona fide employee's pay anyway, 42 CFR §1001.952(i)). A patient's
    referral bonus still is BA114's."""

    def found(line: str) -> list[str]:
        profile = {
            "business": {"name": "Case", "industry": "medical"},
            "revenue": 900000,
            "activities": [
                {"name": line, "spend": 1500},
                {"name": "Google Ads", "spend": 20000},
            ],
        }
        return [f.rule for f in _report(profile).findings if f.rule == "BA114"]

    assert found("Nurse referral bonus") == []
    assert found("Associate referral bonus") == []
    assert found("Patient referral bonus") == ["BA114"]


def test_a_line_a_rule_of_law_names_is_not_called_unknown(
    run_cli: RunCli, write_profile: WriteProfile
) -> None:
    """S11 of the round's second re-review: "Free frames for Medicare patients with exam",
    which BA120 names, read "unknown name: state its kind" in the activity table, where
    BA116's lines read "read by BA116"."""
    path = write_profile(
        """
        version: 1
        business: {name: Clear View Eye Care, industry: medical}
        revenue: 1400000
        activities:
          - {name: Free frames for Medicare patients with exam, spend: 12000}
          - {name: Google Ads, spend: 30000}
        """
    )
    text = " ".join(run_cli("check", path, "--exit-zero").stdout.split())
    assert "read by BA120: see" in text
    html = run_cli("check", path, "-f", "html", "--exit-zero").stdout
    assert "read by BA120: see its finding" in html


def test_an_advisers_matching_service_is_read_as_marketing_beside_ba114() -> None:
    """S11 of the round's second re-review (its rest): "WealthRamp", a paid matching service
    BA114 reads as a promoter under the SEC's Marketing Rule, was unread, counted as
    operations, and BA106 asked its kind beside BA114's finding."""
    profile: dict[str, Any] = {
        "business": {"name": "Ruiz Wealth Advisors", "industry": "investment-adviser"},
        "revenue": 1350000,
        "activities": [
            {"name": "WealthRamp", "spend": 12000},
            {"name": "Google Ads", "spend": 30000},
        ],
    }
    report = _report(profile)
    [line] = [a for a in report.activities if a.name == "WealthRamp"]
    assert (line.category, line.purpose) == ("marketing", "acquire")
    rules = [f.rule for f in report.findings]
    assert "BA114" in rules
    assert "BA106" not in rules

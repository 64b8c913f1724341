"""The sixty-second round, part a (2026-12-07): what a country's rules say of a payment for
referrals, read from the data, not from a phrase.

BA114 only asks (BA101 then says "asks about" and "have it checked", not "warns about" and
"stop") about a line outside the US whose country's rules, as the verticals' data reads them, do
not forbid it. That was decided by the phrase "not read here" inside the rule's text: a Canadian
physiotherapy clinic's fees to personal trainers were only asked, as the text said "not read
here" of the other provinces, although the Ontario standard it quotes forbids paying for
referrals. Each abroad table now says what its rules read say of the payment
(``referral_payment``, and ``referral_payment_customers`` for a reward to customers who refer):
"forbidden", "allowed" or "not read", checked when the data is loaded.

What was read with the search tool (pages corpus) on 2026-12-07, and is quoted in
src/bizaudit/data/verticals.toml beside the tables: the College of Physiotherapists of
Ontario's Conflict of Interest Standard (2025), "Paying for or providing other benefits to other
parties in return for referrals" among the activities a physiotherapist does not take part in,
and the College's resources page on it, which names "receiving or giving payment or gift cards
for patient referrals" as a conflict of interest; Quebec's Code of ethics of pharmacists, s.50;
and Community Pharmacy England's guidance on the NHS terms of service's inducements.

The physio profiles are the sixty-first round's (tests/fixtures/review61n/ and review61v/); the
two pharmacy profiles (tests/fixtures/review62a/) are made up for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import RunCli, findings_in, profile_json

FIXTURES = Path(__file__).parent / "fixtures"
PHYSIO = FIXTURES / "review61n"

#: The words BA101 gives physical therapy's range outside the US (as test_review61v's)
US_CAVEAT = "a rule of thumb from US sources, of low confidence outside the US"

# The review61n clinic, in every currency. Marketing: Google Ads 9,600 + SEO 7,200 + GP lunches
# and CPD talks 2,200 + running club 1,500 + refer-a-friend vouchers 900 + referral fees to
# personal trainers 1,000 + reactivation SMS 600 + insurer network fees 8,500 = 31,500. The
# copay waivers (waived excess) 3,000 are revenue given up: 640,000 − 3,000 = 637,000 net.
# 31,500 ÷ 637,000 = 4.945%, "4.95%"; the 5% minimum is 5% × 637,000 = 31,850. BA114 flags the
# vouchers and the fees: 900 + 1,000 = 1,900; without them 31,500 − 1,900 = 29,600, and the gap
# is 31,850 − 29,600 = 2,250.
_SHARE = "marketing is 4.95% of net revenue ({m}31,500 of {m}637,000), under the 5% minimum "


def _ba101(run_cli: RunCli, name: str) -> dict[str, str]:
    (ba101,) = findings_in(profile_json(run_cli, PHYSIO / name), "BA101")
    return ba101


def test_a_canadian_clinics_fees_and_vouchers_are_warned_about_under_ontarios_standard(
    run_cli: RunCli,
) -> None:
    """Both lines are payments for referrals the Ontario standard forbids, as the data reads
    it: BA101 says "warns about", where it said "asks about (they may pay for referrals)"."""
    ba101 = _ba101(run_cli, "physio-cad.yaml")
    assert ba101["message"] == (
        _SHARE.format(m="$") + f"(your industry's low end; {US_CAVEAT}); $1,900 of it pays "
        "for what BA114 warns about, so without it the gap is $2,250"
    )
    assert "$1,900 in place of what BA114 warns about" in ba101["advice"]
    assert "asks about" not in ba101["message"] + ba101["advice"]


@pytest.mark.parametrize(("name", "m"), [("physio-aud.yaml", "$"), ("physio-nzd.yaml", "$")])
def test_a_clinic_whose_rules_were_not_read_is_still_only_asked(
    run_cli: RunCli, name: str, m: str
) -> None:
    """Australia's and New Zealand's codes were not read: the same $1,900 is asked about."""
    ba101 = _ba101(run_cli, name)
    assert ba101["message"] == (
        _SHARE.format(m=m) + f"(your industry's low end; {US_CAVEAT}); {m}1,900 of it is on "
        f"lines BA114 asks about (they may pay for referrals), so without it the gap is {m}2,250"
    )
    assert f"{m}1,900 in place of what BA114 asks about" in ba101["advice"]


def test_a_euro_clinic_is_only_asked(run_cli: RunCli) -> None:
    """No euro country's rules were read (de_DE writes the figures its own way, so only the
    words are held here)."""
    ba101 = _ba101(run_cli, "physio-eur.yaml")
    assert "lines BA114 asks about (they may pay for referrals)" in ba101["message"]
    assert "warns about" not in ba101["message"]


def test_a_uk_clinics_fees_are_warned_about_and_its_vouchers_asked(run_cli: RunCli) -> None:
    """The Bribery Act and the HCPC's statement forbid the £1,000 of fees to trainers as read;
    what the HCPC says of rewards to patients was not read: the £900 of vouchers is asked."""
    ba101 = _ba101(run_cli, "physio-gbp-rewards.yaml")
    assert ba101["message"].endswith(
        "£1,900 of it pays for what BA114 warns or asks about (£900 of it on lines BA114 asks "
        "about), so without it the gap is £2,250"
    )


def test_the_canadian_clinic_over_the_minimum_only_with_a_voucher_is_told_to_stop(
    run_cli: RunCli,
) -> None:
    """The sixty-first round's Canadian clinic (review61v): marketing 32,000 with its $2,400
    voucher, on 640,000 − 6,000 waived co-pays = 634,000: 5.047%, "5.05%", over 5% × 634,000
    = 31,700; without the voucher 29,600 ÷ 634,000 = 4.669%, "4.7%". The voucher is what the
    Ontario standard forbids, so BA101 says "warns about" and "stop", as for a US clinic; and
    it stays a warning, not an error, as the range is another country's (no floor)."""
    profile = profile_json(run_cli, FIXTURES / "review61v" / "physio_ca.yaml")
    (ba101,) = findings_in(profile, "BA101")
    assert ba101["severity"] == "warning"
    assert ba101["message"] == (
        "marketing is 5.05% of revenue, over the 5% minimum (your industry's low end; "
        f"{US_CAVEAT}) only with $2,400 that BA114 warns about; without it, 4.7% ($29,600)"
    )
    assert ba101["advice"].startswith("stop that spend, as BA114 says")
    (ba114,) = findings_in(profile, "BA114")
    assert "names giving payment or gift cards for patient referrals" in ba114["message"]


@pytest.mark.parametrize(
    ("name", "verdict"),
    [
        # England's NHS terms of service forbid a gift or reward for recommending the pharmacy
        ("pharmacy-gbp.yaml", "may forbid; stop that first."),
        # what the Pharmacy Council of New Zealand's code says of it was not read
        ("pharmacy-nzd.yaml", "may be what the law forbids; have that checked first."),
    ],
)
def test_a_pharmacys_reward_to_patients_who_refer_follows_its_countrys_rules_as_read(
    run_cli: RunCli, name: str, verdict: str
) -> None:
    """A £10 (NZ$10) voucher for each patient referred, the same pharmacy in both countries:
    the banner's words follow BA114's reading (a "Refer-a-friend" line BA114 flags in both)."""
    profile = profile_json(run_cli, FIXTURES / "review62a" / name)
    assert len(findings_in(profile, "BA114")) == 1
    assert profile["verdict"].endswith(verdict)


def test_every_abroad_table_says_what_its_rules_read_say_of_the_payment() -> None:
    from bizaudit.model.verticals import REFERRAL_PAYMENT, verticals

    seen = 0
    for vertical in verticals().values():
        for _country, fields in vertical.abroad:
            said = dict(fields)
            if not any(field.startswith("referral_") for field in said):
                continue  # a table of other rules (a cannabis store's advertising and tax)
            assert said.get("referral_payment") in REFERRAL_PAYMENT
            if said.get("referral_rule_customers"):
                assert said.get("referral_payment_customers") in REFERRAL_PAYMENT
            seen += 1
    # legal GBP; pharmacy and physical therapy in CAD, GBP, AUD, NZD and EUR: 1 + 5 + 5
    assert seen >= 11


def test_an_abroad_tables_reading_is_checked_when_the_data_is_loaded() -> None:
    from bizaudit.model.verticals import _abroad

    with pytest.raises(ValueError, match="must set referral_payment"):
        _abroad({"rules_of": "Ruritania", "referral_rule": "x"})
    with pytest.raises(ValueError, match="must set referral_payment"):
        _abroad({"rules_of": "Ruritania", "referral_allowed": "x"})
    # a table that says nothing of referrals (a cannabis store's advertising and tax, part e
    # of the same round) need not say what its rules say of paying for them
    assert _abroad({"rules_of": "Ruritania", "advertising_rule": "x"}) == [
        ("rules_of", "Ruritania"),
        ("advertising_rule", "x"),
    ]
    with pytest.raises(ValueError, match="must set referral_payment_customers"):
        _abroad(
            {"referral_rule": "x", "referral_payment": "not read", "referral_rule_customers": "y"}
        )
    with pytest.raises(ValueError, match="is one of"):
        _abroad({"referral_rule": "x", "referral_payment": "banned"})


@pytest.mark.parametrize(
    ("own", "read", "asked"),
    [
        (True, "forbidden", False),  # the country's rules, read, forbid it: warned
        (True, "not read", True),  # what they say was not read: asked
        (True, "allowed", True),  # allowed on terms the finding names: asked
        (False, "", True),  # the US's rules, said as the US's: asked
    ],
)
def test_ba114_asks_abroad_by_what_the_data_reads(own: bool, read: str, asked: bool) -> None:
    from bizaudit.core.rules.ba114_paying_for_referrals import PaysForReferrals, _checked_abroad

    # a rule text that says "not read here" decides nothing now: only ``read`` does
    figures = PaysForReferrals(
        "Other provinces' rules were not read here.", None, own=own, read=read
    )
    assert _checked_abroad(figures) is asked


# Part 2: a dental or medical practice outside the US is told its own country's rules, or plainly
# that the US's do not apply and its regulator decides, where it had been told the US rules as
# "In the US: ...". The review61n clinic's lines, declared dental or medical in each currency.

#: What each country's text names, as verticals.toml gives it (read 2026-12-07)
_NAMED = {
    ("dental", "GBP"): "General Dental Council",
    ("medical", "GBP"): "General Medical Council",
    ("dental", "CAD"): "Royal College of Dental Surgeons of Ontario",
    ("medical", "CAD"): "New Brunswick",
    ("dental", "AUD"): "Dental Board of Australia",
    ("medical", "AUD"): "Medical Board of Australia",
    ("dental", "NZD"): "Dental Council of New Zealand",
    ("medical", "NZD"): "Medical Council of New Zealand",
    ("dental", "EUR"): "countries that use the euro",
    ("medical", "EUR"): "countries that use the euro",
}


def _practice(tmp_path: Path, industry: str, currency: str) -> Path:
    text = (PHYSIO / "physio-cad.yaml").read_text(encoding="utf-8")
    text = text.replace("industry: physical-therapy", f"industry: {industry}")
    text = text.replace("currency: CAD", f"currency: {currency}").replace("en_CA", "en_GB")
    path = tmp_path / f"{industry}-{currency}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _asked(path: Path) -> set[str]:
    """The names of the lines BA114 only asks about (core.referrers.asked_lines)."""
    from bizaudit.core.referrers import asked_lines

    from .conftest import facts_of

    facts = facts_of(path.read_text(encoding="utf-8"))
    return {facts.activities[i].activity.name for i in asked_lines(facts)}


_FLAGGED = {
    "7350 Refer-a-friend rewards - $20 voucher per patient referred",
    "7370 Referral fees - personal trainers ($25 per client referred)",
}


@pytest.mark.parametrize("industry", ["dental", "medical"])
@pytest.mark.parametrize("currency", ["GBP", "CAD", "AUD", "NZD", "EUR"])
def test_a_practice_abroad_is_told_its_own_countrys_rules_not_the_us(
    run_cli: RunCli, tmp_path: Path, industry: str, currency: str
) -> None:
    path = _practice(tmp_path, industry, currency)
    result = run_cli("check", path, "-f", "json", "--exit-zero")
    rule = profile_json(run_cli, path)["industry"]["referral_rule"]
    assert _NAMED[industry, currency] in rule
    assert not rule.startswith("In the US")
    # nothing of the US statutes anywhere in the report: BA114, BA104, BA116, BA120, the box
    assert "In the US" not in result.stdout
    assert "U.S.C" not in result.stdout
    # both lines are flagged; asked where the country's rules were not read, warned where
    # they forbid the payment as read (a Canadian medical practice: New Brunswick's college)
    ba114 = findings_in(profile_json(run_cli, path), "BA114")
    assert {f["subject"] for f in ba114} == _FLAGGED
    if currency == "GBP":  # the Bribery Act forbids the trainers' fee; the voucher: not read
        expected = {"7350 Refer-a-friend rewards - $20 voucher per patient referred"}
    elif (industry, currency) == ("medical", "CAD"):  # New Brunswick's college forbids both
        expected = set()
    else:
        expected = _FLAGGED
    assert _asked(path) == expected


@pytest.mark.parametrize(
    ("industry", "opening"),
    [("dental", "State dental boards prohibit"), ("medical", "The federal Anti-Kickback Statute")],
)
def test_a_us_practice_keeps_the_us_rules(
    run_cli: RunCli, tmp_path: Path, industry: str, opening: str
) -> None:
    """The near name: kept in dollars, the rules are the US's, said bare, and warned."""
    path = _practice(tmp_path, industry, "USD")
    assert profile_json(run_cli, path)["industry"]["referral_rule"].startswith(opening)
    assert _asked(path) == set()

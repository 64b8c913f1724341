"""Everyday activity names land in the right category and purpose, with a reason."""

from __future__ import annotations

import json
import marshal
from collections.abc import Callable
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from bizaudit.core.classify import (
    classify,
    classify_activity,
    classify_source,
    for_vertical,
)
from bizaudit.model import verticals
from bizaudit.model.profile import Activity

from .conftest import RunCli, WriteProfile, source_kind_in
from .conftest import read_in as _read

#: Channel terms the classifier reads by the words around them, and why
_LEFT_TO_CONTEXT = {
    "credible": "an adjective before it is a lender marketplace",
    "rover": "a Land Rover; 'Rover fees' is read, as the marketplace's share",
    "wag": "a word; 'Wag fees' is read",
    "ftd": "a wire service's fees are its share of an order, its membership a channel",
    "teleflora": "as FTD, and its point-of-sale software is operations",
    "bloomnet": "as FTD ('BloomNet clearinghouse fees' are contra-revenue)",
    "1-800-flowers": "as FTD",
    "1800flowers": "as FTD",
    "free discovery": "a free discovery call is a sales conversation, a free first visit not",
    "home warranty network": "its fee is a contractor's dues or a share of each job",
    "rfq": "a customer's request for a quote, found or sent, is read with its other words",
    "rfqs": "as 'rfq'",
    "isa": "an inside sales agent in real estate (that vertical's own term), else a savings plan",
    "drp": "an insurer's programme: its fees, its discounts given and its admin are read by them",
    "alma": "a name; 'Alma membership' and 'Alma fees' are read, and 'Alma' alone among a "
    "health practice's sources (the medical vertical's own words)",
    # the fifty-fourth round's leftovers, part k (2026-12-07): the travel agents' channel
    "ta comm": "a travel agent's commission in a hospitality ledger (that vertical's own "
    "term); 'TA' elsewhere may be a teaching assistant",
    "ta comms": "as 'ta comm'",
    "ta commission": "as 'ta comm'",
}


def test_every_channel_term_has_a_reading() -> None:
    """A channel is a channel whichever side names it: a spend line or a customer source
    named only by a channel's own term ("Door-to-door reps", "MediaAlpha") is read, not
    counted as operations or an unknown source, unless the term is left to its context
    (:data:`_LEFT_TO_CONTEXT`). A referral channel's spend terms are the words around a
    referral ("who referred", "for planners"), read with the name they are in."""
    from bizaudit.core.classify import default
    from bizaudit.model.vocabulary import vocabulary

    classifier = default()
    unread: list[str] = []
    for key, channel in vocabulary()["channels"].items():
        spend = () if channel.get("kind") == "referral" else channel.get("activity_terms", ())
        unread.extend(
            f"{key}: {term!r} (spend)" for term in spend
            if term not in _LEFT_TO_CONTEXT and classifier.classify(term).confidence == "none"
        )  # fmt: skip
        unread.extend(
            f"{key}: {term!r} (source)" for term in channel.get("source_terms", ())
            if term not in _LEFT_TO_CONTEXT and classifier.classify_source(term).term is None
        )  # fmt: skip
    assert unread == []


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        ("Facebook ads", "marketing", "acquire"),
        # named only by the channel vocabulary until 2026-12-04 (read as operations)
        ("Door-to-door reps (summer)", "sales", "convert"),
        ("BDM car allowance", "sales", "convert"),
        ("LegalMatch subscription", "marketing", "acquire"),
        ("Live transfers - final expense", "marketing", "acquire"),
        ("Preply fees", "contra-revenue", None),
        # the twenty-sixth round's words (2026-12-04)
        ("Guaranteed pmts - partners", "operations", None),
        ("IG content creator (freelance)", "marketing", "acquire"),
        ("Employer lunch n learns", "marketing", "acquire"),
        ("Door-to-door flyers", "marketing", "acquire"),  # printed matter, however delivered
        ("Staff lunch n learn - CPR recertification", "operations", None),  # own staff taught
        ("Lunch and learn - realtor team", "marketing", "acquire"),  # a referrer's team
        ("KINSTA", "operations", None),  # hosting, not a misspelt 'insta'
        ("Door-to-door sales reps", "sales", "convert"),
        ("Dental CPA newsletter (writer + Mailchimp)", "marketing", "retain"),
        # made for prospects: a cost of winning them, whatever the thing alone would be
        ("Free water testing for prospects", "sales", "convert"),
        ("Samples mailed to prospects", "sales", "convert"),
        ("Prospect Park studio rent", "operations", None),  # a place, not a prospect
        ("Seminar mailers - prospective families", "marketing", "acquire"),  # to many
        # from a fractional CFO's review of realistic budgets (2026-12-02)
        ("Referral Fees Paid - co-counsel (Rule 1.5(e))", "contra-revenue", None),
        ("Referral fees to other attorneys", "marketing", "acquire"),  # BA114's to judge
        # from an owner's and a CFO's review (2026-12-02, third round)
        ("Invisalign co-op marketing", "marketing", "acquire"),  # not the maker's cost of sales
        ("Bar association dinners and CLE sponsorships", "marketing", "acquire"),
        ("CareCredit fees", "operations", None),  # a merchant fee, as card fees are
        ("Wisetack financing fees", "operations", None),
        ("Partner revenue share", "marketing", "acquire"),  # paid per deal a partner brings
        ("Partner commissions", "marketing", "acquire"),
        ("Comfort Club member mailers & tune-up reminders", "marketing", "retain"),
        ("Coffee w/ former clients", "marketing", "retain"),
        # ...and its second round: "at" had been read as "ATS" (hiring software), with high
        # confidence, so $22,000 of a gym's retention calls vanished into operations
        ("Community mgr (p/t) - no-show & at-risk member calls", "marketing", "retain"),
        ("Greenhouse ATS", "operations", None),
        ("Google Ads", "marketing", "acquire"),
        ("SEO", "marketing", "acquire"),
        ("seo agency retainer", "marketing", "acquire"),
        ("Trade show booth", "marketing", "acquire"),
        ("Referral programme", "marketing", "acquire"),
        ("Email newsletter", "marketing", "retain"),
        ("Loyalty card", "marketing", "retain"),
        ("Mailchimp", "marketing", "retain"),
        ("Client check-ins", "marketing", "retain"),
        ("Upsell campaign", "marketing", "grow"),
        ("Cross-sell bundles", "marketing", "grow"),
        ("Sales commissions", "sales", "convert"),
        ("CRM subscription", "sales", "convert"),
        ("Sales team salaries", "sales", "convert"),
        ("Discovery calls", "sales", "convert"),
        ("Office rent", "operations", None),
        ("Rent", "operations", None),
        ("Bookkeeping", "operations", None),
        ("Sales tax", "operations", None),
        ("Accounting software", "operations", None),
        ("Owner draw", "operations", None),
        ("6100 · Insurance", "operations", None),
        ("R&D", "innovation", None),
        ("New product prototype", "innovation", None),
        ("Marketing salaries", "marketing", "acquire"),
        ("Newsletter software", "marketing", "retain"),
    ],
)
def test_everyday_names(name: str, category: str, purpose: str | None) -> None:
    result = classify(name)
    assert (result.category, result.purpose) == (category, purpose), result.reason
    assert result.source == "rule"
    assert result.confidence == "high"


def test_a_web_host_that_also_does_seo_is_a_line_to_split() -> None:
    """K9 of the twenty-sixth round (2026-12-04): "Website hosting + SEO (Beyond Indigo)" read
    as hosting alone, and a vet's organic search as free."""
    for name in ("Website hosting + SEO (Beyond Indigo)", "SEO + website hosting"):
        result = classify(name)  # in either order (L6 of the round's re-review)
        assert (result.category, result.purpose, result.confidence) == (
            "marketing",
            "acquire",
            "low",
        ), name
        assert result.reason.endswith("but it names two kinds at once: split it")


def test_reason_names_the_deciding_term() -> None:
    result = classify("Facebook ads")
    assert result.reason == "'facebook ads' → marketing/acquire"
    assert result.term == "facebook ads"


def test_unknown_name_is_operations_with_no_confidence() -> None:
    result = classify("Zorblax")
    assert (result.category, result.purpose, result.confidence) == ("operations", None, "none")
    assert "state its kind" in result.reason


def test_conflicting_terms_give_low_confidence_and_say_both() -> None:
    result = classify("CRM and newsletter")
    assert result.confidence == "low"
    assert "'crm' → sales/convert" in result.reason
    assert "'newsletter' → marketing/retain" in result.reason


def activity(**fields: object) -> Activity:
    return Activity.model_validate({"name": "Zorblax", "spend": Decimal(1), **fields})


def test_explicit_kind_and_purpose_win() -> None:
    result = classify_activity(activity(name="Office rent", kind="marketing", purpose="retain"))
    assert (result.category, result.purpose, result.source) == ("marketing", "retain", "explicit")


def test_explicit_kind_takes_purpose_from_the_name_when_it_agrees() -> None:
    result = classify_activity(activity(name="Newsletter", kind="marketing"))
    assert (result.category, result.purpose) == ("marketing", "retain")
    result = classify_activity(activity(name="Zorblax", kind="marketing"))
    assert (result.category, result.purpose) == ("marketing", "acquire")
    assert "assumed" in result.reason


def test_explicit_purpose_implies_the_category() -> None:
    assert classify_activity(activity(purpose="convert")).category == "sales"
    assert classify_activity(activity(purpose="grow")).category == "marketing"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("referrals", "referral"),
        ("MediaAlpha", "paid"),  # named only by the channel vocabulary until 2026-12-04
        ("Meta", "paid"),  # Meta's ads (the twenty-sixth round)
        ("Gusto partner directory", "organic"),  # a listing, not a partner's referral
        ("Dental CPA newsletter", "organic"),  # the medium says how, the trade for whom
        ("Referred by a CPA who reads our newsletter", "referral"),  # said referred
        ("EnergySage quote", "paid"),
        ("Word of mouth", "referral"),
        ("a friend told me", "referral"),
        ("partner referrals", "referral"),
        ("recommendation", "referral"),
        ("Google Ads", "paid"),
        ("facebook ads", "paid"),
        ("Google", "organic"),
        ("website", "organic"),
        ("walk-ins", "organic"),
        ("cold email", "outbound"),
        ("no idea", "other"),
        # an inquiry is how the customer got in touch; "Inquirly" (a paid lead service) had
        # been read for the plain word (an owner's review, 2026-12-02)
        ("inquiry", "other"),
        ("catering inquiry", "other"),
        ("Phone enquiry", "other"),
    ],
)
def test_customer_sources(name: str, kind: str) -> None:
    assert classify_source(name).kind == kind


def test_one_profiles_own_rules_never_leak_into_another_profiles_answers() -> None:
    from bizaudit.core.classify import Classifier, default
    from bizaudit.model.profile import ActivityRule

    assert default().classify("Zorblax services").category == "operations"
    taught = Classifier([("the profile", [ActivityRule(term="zorblax", kind="marketing")])])
    assert taught.classify("Zorblax services").category == "marketing"
    assert default().classify("Zorblax services").category == "operations"  # remembered apart
    assert taught.classify("Zorblax services") == taught.classify("Zorblax services")


def test_the_shipped_compiled_vocabulary_is_current() -> None:
    """data/vocabulary-compiled.marshal was made from the vocabulary file and the classifier's
    terms as they are now (else start-up reads the TOML file, and this fails until it is made
    again)."""
    from bizaudit.core.classify import terms_digest
    from bizaudit.model.vocabulary import precompiled

    shipped = precompiled()
    fix = "run: python -m bizaudit.io.precompute"
    assert shipped is not None, f"made from another version of the vocabulary file; {fix}"
    assert shipped["terms"] == terms_digest(), f"made from other classifier terms; {fix}"


def test_the_compiled_tables_are_the_tables_compiled_now() -> None:
    """What start-up loads is exactly what compiling the terms gives: every key, phrase,
    answer, tier and flag (a change to how terms compile must bump _ROWS_FORMAT)."""
    from bizaudit.core.classify import _builtin_tables, compile_tables
    from bizaudit.io.precompute import compiled_content
    from bizaudit.model.vocabulary import COMPILED, STAMP, parse_source

    assert _builtin_tables() == compile_tables(parse_source())
    shipped = resources.files("bizaudit").joinpath(COMPILED).read_bytes()
    assert shipped.startswith(STAMP)
    made = compiled_content()
    assert marshal.loads(shipped[len(STAMP) :]) == made, "run: python -m bizaudit.io.precompute"
    # every row is a term as the classifier holds it, and the first words are the tables'
    activities = made["activities"]
    row = ("google ads", "marketing", "acquire", (2, 2), None, False, False)
    assert activities[("google", "ad")] == row  # tier 2, two words; no user's rule; no flag
    assert made["activity_starts"] == {key[0] for key in activities if len(key) > 1}
    assert "google" in made["activity_starts"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-100],  # cut short
        lambda data: b"{" + data[1:],  # not this file's first line (an old JSON file, say)
        lambda data: data.replace(b"\n", b"\n\xff", 1),  # not marshal's
    ],
)
def test_a_compiled_vocabulary_that_cannot_be_read_is_not_used(
    damage: Callable[[bytes], bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged compiled file is no error and no different answer: it is not used."""
    from bizaudit.model import vocabulary

    good = resources.files("bizaudit").joinpath(vocabulary.COMPILED).read_bytes()
    assert vocabulary.precompiled.__wrapped__() is not None

    class Damaged:
        def joinpath(self, name: str) -> Damaged:
            return self

        def read_bytes(self) -> bytes:
            return damage(good)

    monkeypatch.setattr(resources, "files", lambda package: Damaged())
    assert vocabulary.precompiled.__wrapped__() is None


def test_without_the_compiled_file_every_table_is_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Answers never depend on the compiled file: read from the TOML file instead (as after an
    edit, until it is made again), the classifier's tables, the channels' words and the
    vocabulary's other tables are the ones shipped."""
    from bizaudit.core import channels, classify
    from bizaudit.model import vocabulary

    cached = (
        channels._vocabulary, classify._builtin_tables, classify.shipped,
        vocabulary.vocabulary, vocabulary.precompiled,
    )  # fmt: skip
    as_shipped = (channels._vocabulary(), classify._builtin_tables(), vocabulary.vocabulary())
    assert classify.shipped() is not None
    try:
        for function in cached:
            function.cache_clear()
        monkeypatch.setattr(classify, "precompiled", lambda: None)
        monkeypatch.setattr(vocabulary, "precompiled", lambda: None)
        assert classify.shipped() is None
        read_now = (channels._vocabulary(), classify._builtin_tables(), vocabulary.vocabulary())
        assert read_now == as_shipped
    finally:
        monkeypatch.undo()
        for function in cached:
            function.cache_clear()


@pytest.mark.parametrize(
    ("name", "read", "category"),
    [
        ("Advertisment", "'advertisment' as 'advertisement'", "marketing"),  # a letter dropped
        ("Bookeeping", "'bookeeping' as 'bookkeeping'", "operations"),
        ("Refferal fees", "'refferal' as 'referral'", "marketing"),  # past the generic "fee"
    ],
)
def test_a_misspelt_word_is_read_as_the_known_word_with_low_confidence(
    name: str, read: str, category: str
) -> None:
    answer = classify(name)
    assert (answer.category, answer.confidence) == (category, "low")
    assert answer.reason.startswith(f"read {read} (a close match): ")


@pytest.mark.parametrize(
    "name",
    [
        "Estate planning workshop",
        "Custom design CAD renders",
        "Summer Shred challenge",  # 'sred' (SR&ED) is too short to be read for a misspelling
    ],
)
def test_a_real_word_two_letters_away_is_not_a_typo(name: str) -> None:
    """ "estate" is 85 like "estimate" and "render" like "reminder", but a typo changes the
    length by one letter at most."""
    assert "close match" not in classify(name).reason


def test_a_reference_number_glued_to_a_word_is_not_part_of_it() -> None:
    assert classify("GOOGLE *ADS8841203355").term == "google ads"
    assert classify("401k match").term == "401k"  # fewer than four digits stay with the word


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("AdvertisingPromotional", "marketing"),  # QuickBooks writes detail types as one word
        # ...but "GmbH" is a German company, not "Gmb H": it had read as Google My Business
        ("Hausverwaltung Schulz GmbH", "operations"),
    ],
)
def test_one_word_detail_types_split_where_a_word_starts(name: str, category: str) -> None:
    assert classify(name).category == category


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("google / cpc", "paid"),
        ("facebook / paid_social", "paid"),
        ("newsletter / email", "organic"),
        ("x.com / referral", "organic"),  # another site linked here
        ("thumbtack.com / referral", "paid"),  # a marketplace paid per lead
        ("Word of mout", "referral"),  # a typo in a source
    ],
)
def test_analytics_source_medium_and_typos_in_sources(name: str, kind: str) -> None:
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "confidence"),
    [
        ("DOORDASH MERCHANT COMMISSION", "low"),  # DoorDash is also where one orders food
        ("Abound wholesale commission", "high"),
        ("Xometry marketplace jobs fee", "high"),
    ],
)
def test_a_fee_or_commission_beside_a_marketplace_is_contra_revenue(
    name: str, confidence: str
) -> None:
    answer = classify(name)
    assert (answer.category, answer.confidence) == ("contra-revenue", confidence)
    assert "(a marketplace) with" in answer.reason


def test_a_marketplace_alone_or_a_sales_commission_is_not_its_share() -> None:
    assert classify("Sales commission").category == "sales"
    assert classify("Steam cleaning fees").category == "operations"  # not the game store
    assert "marketplace" not in classify("eBay").reason


def test_only_so_many_unplaced_lines_are_compared_with_every_term(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A millisecond each: a generated profile of 150,000 unknown names took two minutes."""
    from bizaudit.core import metrics
    from bizaudit.model.profile import Profile

    profile = Profile.model_validate(
        {
            "version": 1,
            "business": {"name": "X"},
            "revenue": 1000,
            "activities": [
                {"name": "Book keeping", "spend": 1},
                {"name": "PIRATESHIP", "spend": 1},
            ],
        }
    )
    monkeypatch.setattr(metrics, "NEAREST_LOOKUPS", 1)
    first, second = metrics.compute(profile).activities
    assert first.classification.nearest == ("bookkeeping", "operations", None)
    assert second.classification.nearest is None
    monkeypatch.setattr(metrics, "NEAREST_LOOKUPS", 2)
    assert metrics.compute(profile).activities[1].classification.nearest == (
        "pirate ship",
        "operations",
        None,
    )


def test_an_everyday_word_is_never_read_as_the_acronym_it_is_the_singular_of() -> None:
    for name in ("Lunch at Rotary", "Its annual fee"):
        assert classify(name).term not in ("ats", "it"), name


@pytest.mark.parametrize(
    ("industry", "category"),
    [
        ("ecommerce", "cost-of-sales"),  # boxes and mailers are part of what is sold
        ("restaurant", "cost-of-sales"),  # to-go containers
        ("wholesale", "cost-of-sales"),
        ("coaching", "operations"),  # elsewhere packaging runs the business
    ],
)
def test_packaging_is_cost_of_sales_where_goods_are_sold(
    run_cli: RunCli, write_profile: WriteProfile, industry: str, category: str
) -> None:
    path = write_profile(
        f"""
        version: 1
        business: {{name: X, industry: {industry}}}
        revenue: 1000
        activities: [{{name: Packaging, spend: 100}}]
        """
    )
    result = run_cli("check", path, "-f", "json", "--exit-zero")
    assert json.loads(result.stdout)["profiles"][0]["activities"][0]["category"] == category


def test_a_thank_you_for_a_referral_wins_the_referred_customer() -> None:
    """An owner's review (2026-12-02): gift cards thanking patients who refer were filed as
    retention, out of the CAC and the referral channel. It is acquisition; a thank-you gift
    is also retention, so the answer says both and asks."""
    found = classify("Referral thank-you gift cards")
    assert (found.category, found.purpose, found.confidence) == ("marketing", "acquire", "low")
    assert "'thank you gift' → marketing/retain" in found.reason


def test_a_line_filed_under_cogs_is_cost_of_sales_whatever_vendor_it_names() -> None:
    """A CFO's review of an IT provider: "5020 COGS - Microsoft 365 / Azure Licenses (Pax8)",
    resold licences the bookkeeper filed under cost of goods sold, read as operations by the
    vendor's name; listed cost of sales came out $286,000 short."""
    found = classify("5020 COGS - Microsoft 365 / Azure Licenses (Pax8)")
    assert (found.category, found.confidence) == ("cost-of-sales", "high")
    assert "filed under" in found.reason
    assert classify("Microsoft 365 licenses").category == "operations"  # without the prefix


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # a CFO's review (2026-12-02): a landscaper's 48 "Referral - existing customer" new
        # customers were read as repeat ones and left out of every figure
        ("Referral - existing customer", "referral"),
        ("Existing customer (referred us)", "referral"),
        ("Existing customer", "repeat"),
        ("Returning client", "repeat"),
    ],
)
def test_a_new_customer_an_existing_one_referred_is_a_referral(source: str, kind: str) -> None:
    assert classify_source(source).kind == kind


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        # the child's own specific term decides: the parent only files it
        ("6200 Advertising & Marketing:6260 Client Newsletter (Mailchimp)", "marketing", "retain"),
        (
            "6100 Advertising & Promotion:6160 Birthday & Renewal Cards (Agency Revolution)",
            "marketing",
            "retain",
        ),
        # a child's term of two words or more outweighs a parent of another kind
        ("Marketing:Web Hosting", "operations", None),
        # one word of another kind is weighed with the parent, as in any name
        ("6100 Advertising:6160 AAA Approved Auto Repair Program Fee", "marketing", "acquire"),
        # ...but a parent that names two kinds at once files both: the child says which (E3 of
        # the twenty-fourth round: a SaaS's SDRs and AEs had read as marketing under "S&M:")
        ("6100 S&M:Payroll:SDRs (4)", "sales", "convert"),
        ("6110 S&M:Payroll:AEs (3) base", "sales", "convert"),
        ("S&M:Google Ads", "marketing", "acquire"),
        # a cost of whoever uses it, filed under a function, is the function's (F9 of its
        # re-review: payroll taxes under "Sales:" and "S&M:" had read as overhead)
        ("Sales:Payroll taxes", "sales", "convert"),
        ("Sales:Benefits", "sales", "convert"),
        ("Marketing:Payroll taxes", "marketing", "acquire"),
        ("Sales Tax:Payroll", "operations", None),
        # a child that says nothing specific is read with its parent
        ("Marketing:Salaries", "marketing", "acquire"),
        ("Taxes:Federal", "operations", None),
        # filed under cost of goods sold, whatever vendor the child names
        ("COGS:Microsoft 365", "cost-of-sales", None),
        # a colon followed by a space is not a parent account
        ("Lunch talks: 12:30 sessions", "operations", None),
    ],
)
def test_a_child_account_is_read_by_its_own_name_first(
    name: str, category: str, purpose: str | None
) -> None:
    """A CFO's review (2026-12-02): under "Advertising & Marketing:" a client newsletter and
    birthday and renewal cards were read as winning customers (the parent's "advertising"),
    though each alone reads as keeping them; an insurance agency then showed nothing spent on
    keeping clients, and an IT firm's newsletter a channel that brought none."""
    reading = classify(name)
    assert (reading.category, reading.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        # a hotel's department before the account, as USALI files them: the account decides
        ("S&M - Email Marketing (Revinate)", "marketing", "retain"),
        ("S&M - Return Guest Welcome Amenity", "marketing", "retain"),
        ("A&G - Credit Card Commissions", "operations", None),
        ("POM - Repairs & Maintenance", "operations", None),
        ("Sales & Marketing - Loyalty program", "marketing", "retain"),
        # a department whose account says nothing specific is read with it, as a whole name
        ("S&M - Salaries", "marketing", "acquire"),
        # a dash after any other word is one account, not a department
        ("Google Ads - Search", "marketing", "acquire"),
        ("Facebook Ads - coaching funnel", "marketing", "acquire"),
    ],
)
def test_a_department_before_a_dash_files_the_account_as_a_parent_does(
    name: str, category: str, purpose: str | None
) -> None:
    """A CFO's review (2026-12-03): a hotel's "S&M - " prefix was read as the term 's and m'
    (sales and marketing, mixed) ahead of every account, so its guest email and welcome
    amenity were winning guests and BA104 said nothing kept them."""
    reading = classify(name)
    assert (reading.category, reading.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Credit Card Commissions", "operations"),
        ("Bank card commissions", "operations"),
        ("Injector commissions (8% of treatment revenue)", "cost-of-sales"),
        ("Provider commissions", "cost-of-sales"),
        ("Sales commissions", "sales"),
    ],
)
def test_commissions_are_read_by_whom_they_pay(name: str, category: str) -> None:
    """A CFO's review (2026-12-03): a hotel's card fees ("Credit Card Commissions") and a med
    spa's clinicians' production pay ("Injector commissions") read as sales commissions, and
    raised what a guest or a patient cost to win by 30% and 57%."""
    assert classify(name).category == category


def test_a_source_a_cold_call_won_is_outbound_though_it_names_an_account() -> None:
    """A CFO's review (2026-12-02): "new fleet account (cold call)" read as a returning
    customer ('fleet account'), and its customers were left out of the new ones."""
    reading = classify_source("new fleet account (cold call)")
    assert (reading.kind, reading.term) == ("outbound", "cold call")
    assert classify_source("fleet account").kind == "repeat"


@pytest.mark.parametrize(
    ("name", "term"),
    [
        # (a teacher's wages since the forty-second review round, 2026-12-06: direct care)
        ("Pre-K Teacher Wages", "teacher wages"),
        ("401(k) match", "401 k"),
        ("401 K employer match", "401 k"),
        ("401k contributions", "401k"),
    ],
)
def test_a_retirement_plan_is_not_an_account_number(name: str, term: str) -> None:
    """A CFO's review (2026-12-03): "401 k" had been read as account 401 and the term "k",
    so "Pre-K Teacher Wages" read as a 401(k). The plan's name is kept whole."""
    assert classify(name).term == term


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Served family before", "repeat"),
        ("Repeat family", "repeat"),
        ("Returning families", "repeat"),
        ("Word of mouth - past client", "referral"),
        ("Pre-need on file", "repeat"),
        ("Referral - existing customer", "referral"),
        ("Clergy", "referral"),
        ("SmartFinancial", "paid"),
        ("Google search ads", "paid"),
        ("Wedding room blocks", "outbound"),
    ],
)
def test_sources_of_the_tenth_round(name: str, kind: str) -> None:
    """A CFO's review (2026-12-03): a funeral home's 92 families served before read as
    referrals by the word 'family' (61% referrals, "at risk"); a repeat source is taken for a
    referral only by a referral word of its own, as "Referral - existing customer" is."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("A Place for Mom", "paid"),
        ("Referred by my mom", "referral"),
        ("VSP doctor locator", "organic"),
        ("Referred by pediatrician", "referral"),
        ("HOA board RFP", "outbound"),
        ("Referred by HOA board member", "referral"),
        ("Distributor new retail accounts", "other"),
        ("Area Agency on Aging", "referral"),
        ("VA Community Care", "referral"),
        ("LTC insurance care manager", "referral"),
        # F1 of the tenth round: a pre-need contract that matured this year
        ("Pre-need contract matured", "repeat"),
    ],
)
def test_sources_of_the_eleventh_round(name: str, kind: str) -> None:
    """A CFO's review (2026-12-03): single words read sources as referrals ('mom' in a paid
    placement service, 'doctor' in a vision plan's locator, 'hoa' in a bid the estimators
    won: an optometry practice's referral share went from 20.8% to 51.3%, "at risk"), and a
    home care agency's usual referrers were unread. A referral word of the source's own still
    reads as one."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Caregiver Referral Bonuses", "operations"),
        ("Employee referral bonus - caregivers", "operations"),
        ("Client referral bonus", "marketing"),
        ("Community Liaison Salary", "marketing"),
        ("Physician liaison salary", "marketing"),
        ("VSP / EyeMed Credentialing & Clearinghouse", "operations"),
        # J14/J15 of the re-review: a bonus for new hires is recruiting whatever the word
        # order; a planner's commission is a referral's, not a salesperson's
        ("Referral Bonus - New Hires", "operations"),
        ("Planner Commissions (10%)", "marketing"),
    ],
)
def test_activities_of_the_eleventh_round(name: str, category: str) -> None:
    """A CFO's review (2026-12-03): a bonus to a caregiver who refers a new hire is
    recruiting, and had been read as paying for client referrals (a channel, and under
    `medical` an Anti-Kickback warning); a home care agency's community liaison, who calls on
    discharge planners, cultivates those who refer, as a physician liaison does, and is not
    overhead; vision-plan credentialing is not revenue given up."""
    assert classify(name).category == category


@pytest.mark.parametrize(
    ("name", "purpose"),
    [
        ("Thank-You Gifts to Planners & Venue Coordinators", "acquire"),
        ("Holiday gifts - realtors", "acquire"),
        ("Client thank you gifts", "retain"),
        ("Holiday gifts - clients", "retain"),
        # a realtor's own clients: the realtor is the business, not the one who sends them
        ("Client thank-you gifts (realtor)", "retain"),
        # J11 of the re-review: the clients a planner sent are not the gift's receivers; case
        # managers and those who refer send customers
        ("Thank-You Gifts to Planners Who Sent Clients", "acquire"),
        ("Holiday Gifts for Case Managers & Discharge Nurses", "acquire"),
        ("Thank-you gifts to patients who refer", "acquire"),
    ],
)
def test_a_gift_to_those_who_send_customers_cultivates_referrals(name: str, purpose: str) -> None:
    """H9 of a CFO's review (2026-12-03): a wedding photographer's thank-you gifts to planners
    and venue coordinators read as keeping customers, which earned the score's retention part
    for a business whose couples book once. A gift to a client still keeps the client."""
    found = classify(name)
    assert (found.category, found.purpose) == ("marketing", purpose)


def test_every_term_in_the_data_file_can_match() -> None:
    """Names are matched on runs of one to three words, so a longer term never matches: "a
    place for mom" had sat in the vocabulary while "A Place for Mom placement fees" read as
    operations, and seven other such terms with it (found 2026-12-03)."""
    from typing import Any

    from bizaudit.core.classify import _key
    from bizaudit.model.vocabulary import parse_source

    data = parse_source()
    dead: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            dead.extend(t for t in node if isinstance(t, str) and not 1 <= len(_key(t)) <= 3)

    walk(data)
    assert dead == []


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        ("Cost of Vehicles Sold", "cost-of-sales", None),
        ("Floor Plan Interest", "operations", None),
        ("Spring recital", "marketing", "retain"),
        ("BOMA membership & events", "marketing", "acquire"),
        ("Bird dog fees to mechanics & body shops", "marketing", "acquire"),
    ],
)
def test_activities_of_the_twelfth_round(name: str, category: str, purpose: str | None) -> None:
    """A CFO's review (2026-12-03): a used-car dealer's cost of vehicles sold read as running
    costs; a music school's recitals, which keep its families, read as rent; a contract
    cleaner's BOMA membership, where it meets property managers, and a dealer's bird-dog fees
    to those who send buyers, as running costs."""
    found = classify(name)
    assert (found.category, found.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Seminar - senior center", "organic"),
        ("Health fair at church", "paid"),
        ("Referred by senior center", "referral"),
        ("Senior center", "referral"),
        ("Seminar - Partner", "referral"),
        ("Met at chamber event", "referral"),
    ],
)
def test_an_event_the_business_held_wins_over_the_place_it_was_held(name: str, kind: str) -> None:
    """A CFO's review (2026-12-03): an audiology practice's "Seminar - senior center" patients
    were read as the centre's referrals, apart from the seminars they came to. A source that
    says the place referred them, or a partner's seminar, stays a referral."""
    assert classify_source(name).kind == kind


def test_a_newspapers_monthly_insert_is_advertising() -> None:
    """The same review: "Newspaper - Senior Living Monthly insert" went unread (BA106)."""
    got = classify("Newspaper - Senior Living Monthly insert")
    assert (got.category, got.purpose) == ("marketing", "acquire")


@pytest.mark.parametrize(
    ("industry", "category"),
    [
        ("retail", "marketing"),  # a dealer's own ads, part paid back by the brand
        ("home-services", "marketing"),
        ("wholesale", "contra-revenue"),  # an allowance a producer gives its retailers
        ("manufacturing", "contra-revenue"),
    ],
)
def test_co_op_advertising_is_read_by_the_side_of_the_business(
    run_cli: RunCli, write_profile: WriteProfile, industry: str, category: str
) -> None:
    """A CFO's re-review (2026-12-03): "Co-op advertising (Hunter Douglas)", a retailer's own
    ads half paid back by the brand, was read as revenue given to customers. It is that only
    for a producer paying its retailers (ASC 606-10-32-25)."""
    path = write_profile(
        f"""
        version: 1
        business: {{name: X, industry: {industry}}}
        revenue: 1000
        activities: [{{name: "Co-op advertising (Hunter Douglas)", spend: 100}}]
        """
    )
    result = run_cli("check", path, "-f", "json", "--exit-zero")
    assert json.loads(result.stdout)["profiles"][0]["activities"][0]["category"] == category


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Wholesale club membership (for resale)", "cost-of-sales"),
        ("Resale license", "operations"),  # a sales-tax form, not goods
        ("Seller's permit", "operations"),
        ("Land Rover service fee", "operations"),  # a car, not Rover the marketplace
        ("Rover service fee", "contra-revenue"),
    ],
)
def test_readings_of_the_thirteenth_rounds_re_review(name: str, category: str) -> None:
    """A CFO's re-review (2026-12-03): "(for resale)" lost to 'club membership' and lifted a
    pet salon's score by 10 points; a resale licence was read as goods; "Land Rover" joined
    Rover's pet-care clients."""
    assert classify(name).category == category


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Siblings (new patients, same family)", "referral"),
        ("New sibling patient", "referral"),
        ("Siblings", "repeat"),  # the family is the customer (child care)
        ("Sibling enrollment", "repeat"),
    ],
)
def test_a_sibling_who_is_a_new_customer_is_a_referral(name: str, kind: str) -> None:
    """A CFO's re-review (2026-12-03): a dental practice's "Siblings (new patients, same
    family)" were left out of new customers as repeat (BA108); in a practice a sibling is a
    new account a family member brought."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        ("6220 Mug Club - mugs, member-only releases, anniversary party", "marketing", "retain"),
        ("6215 Taproom events - trivia host, live music, run club", "marketing", "acquire"),
        ("6200 Untappd for Business", "marketing", "acquire"),
        ("Program Director - Sarah (base + $75 per enrollment)", "sales", "convert"),
        ("School demos & PTA fun nights (t-shirts, flyers)", "marketing", "acquire"),
        ("Tournament entry fees & demo team travel", "operations", None),
        ("Retention - Spark texts, birthday cards, Black Belt Club mailers", "marketing",
         "retain"),
        ("5020 Outer burial containers - Wilbert vaults", "cost-of-sales", None),
        ("5060 Memorial folders & prayer cards", "cost-of-sales", None),
        ("Officer comp - Master Kim", "operations", None),
        ("Cash handling - armored car (Brink's)", "operations", None),
        ("Community events - Memorial Day service, Blue Christmas", "marketing", "acquire"),
        ("Weedmaps - featured listing + deals placement", "marketing", "acquire"),
        ("Packing materials (Uline boxes, wrap, tape)", "cost-of-sales", None),
        ("Pre-roll cones", "cost-of-sales", None),  # a dispensary's goods, not a video ad
        ("YouTube pre-roll ads", "marketing", "acquire"),
        ("6280 CPA - Mountjoy Chilton", "operations", None),  # the accountant
        ("CPA directory listings", "marketing", "acquire"),
        ("Staff t-shirts & hats with logo (uniforms)", "operations", None),  # the re-review
        ("Brand-sponsored budtender education days (free lunch for our staff)", "operations",
         None),
    ],
)  # fmt: skip
def test_lines_of_the_fifteenth_round(name: str, category: str, purpose: str | None) -> None:
    """A CFO's and a coach's reviews (2026-12-03) of a funeral home, a pest company, an
    orthodontist, a staffing firm, a brewery, a martial-arts studio, a mover and a dispensary:
    a mug club (a brewery's loyalty scheme) was unread and BA104 asked for a loyalty scheme; a
    program director paid per enrolment was unread and the CAC halved; "service" read a
    funeral home's community events as operations; the Funeral Rule's outer burial containers
    were unread; a line the owner filed under "Retention" was read as growth."""
    found = classify(name)
    assert (found.category, found.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("past customer (moved again)", "repeat"),
        ("weedmaps", "paid"),
        ("leafly", "paid"),
        ("hireahelper", "paid"),
        ("untappd", "organic"),
        ("MSP / VMS program (Beeline)", "paid"),
        ("vendor day / brand event", "organic"),  # an event in the shop, not a referral
    ],
)
def test_sources_of_the_fifteenth_round(name: str, kind: str) -> None:
    """The same reviews: a mover's 60 returning customers were counted as new and unread
    (BA113), and the marketplaces of three trades were unread sources."""
    assert classify_source(name).kind == kind


def test_ads_a_name_says_it_does_not_buy_are_not_read() -> None:
    """A coach's review (2026-12-03, fifteenth round): "Instagram content creator (organic
    posts, no paid ads)" was read by 'ad'."""
    assert classify("Instagram content creator (organic posts, no paid ads)").term != "ad"
    assert classify("Content creator - no ads").term != "ad"


def test_staff_retention_bonuses_keep_staff_not_customers() -> None:
    """The fifteenth round's re-review (2026-12-03): a plumber's "Retention bonuses - techs"
    earned the score's retention part and silenced BA104."""
    for name in ("Employee retention bonuses", "Retention bonuses - techs", "Stay bonus"):
        assert classify(name).category == "operations", name


def test_a_filing_that_disagrees_with_the_lines_words_is_asked_about() -> None:
    """T33 of the fifteenth round's re-review (2026-12-03): "Retention - whitening & Invisalign
    upgrade offers to existing patients" was read as retention at high confidence, with no
    word that its own words say growth. The filing wins; the confidence is low, so BA107 asks
    for the purpose to be stated."""
    read = classify("Retention - whitening & Invisalign upgrade offers to existing patients")
    assert (read.category, read.purpose, read.confidence) == ("marketing", "retain", "low")
    assert "filed under 'retention'" in read.reason


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        # V1: "proctor" had been read as Procore, construction software
        ("Free practice SAT/ACT diagnostics (proctor pay, booklets)", "marketing", "acquire"),
        ("SAT strategy nights at Lincoln HS + Westview HS", "marketing", "acquire"),
        # V2: "follow-up" had made a venue's sales coordinator retention
        ("Sales & events coordinator (tours, follow-up, contracts)", "sales", "convert"),
        ("Tastings - booked couples", "cost-of-sales", None),  # V6: delivering the wedding
        # V7: child-care software's check-in is no loyalty scheme; family events keep families
        ("Brightwheel (billing, check-in, parent app)", "operations", None),
        ("Family events (Fall Fest, Donuts w/ Dads, pre-K graduation)", "marketing", "retain"),
        ("Quarterly client check-ins", "marketing", "retain"),  # as before
        # V21: core words of these trades
        # (a tutor delivers the lesson: cost of sales since X10 of the forty-sixth round)
        ("Tutor pay (part-time W-2)", "cost-of-sales", None),
        ("Apex Prep royalty (6%)", "operations", None),
        ("Teachworks scheduling/billing", "operations", None),
        ("Tour packets & goodie bags", "sales", "convert"),
        ("Uncollected tuition written off", "operations", None),
        ("Snow plow subs", "cost-of-sales", None),
        ("Plant warranty replacements", "cost-of-sales", None),
        ("Test prep books + official practice tests", "cost-of-sales", None),
        # W16 of the re-review: a deal site's share of each voucher is its commission, as a
        # tutoring marketplace's is; its promotion alone stays marketing
        ("Groupon deal - 50% off 2-hour lesson (Groupon's share)", "contra-revenue", None),
        ("Groupon fees", "contra-revenue", None),
        ("Groupon promotion", "marketing", "acquire"),
    ],
)  # fmt: skip
def test_lines_of_the_sixteenth_round(name: str, category: str, purpose: str | None) -> None:
    """A coach's review (2026-12-03, sixteenth round) of a child-care centre, a wedding venue,
    a landscaper and a tutoring centre: the centre's biggest channel was read as construction
    software, a venue's sales coordinator as retention (its CAC $782 where by hand it is
    $1,399), and child-care software as a loyalty scheme."""
    read = classify(name)
    assert (read.category, read.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("free diagnostic test", "paid"),  # V1: the centre's own free tests
        ("guest at a wedding here / past couple", "organic"),  # V5: no longer unread
        ("past couple", "referral"),
        ("sibling of enrolled child", "repeat"),  # V9: the family is enrolled already
        ("Sibling of current patient", "referral"),  # as before: an account of their own
        ("CCR&R subsidy referral list", "organic"),  # V25: a list of licensed providers
        ("snow customer added mowing", "repeat"),  # V16: an existing customer's new service
    ],
)
def test_sources_of_the_sixteenth_round(name: str, kind: str) -> None:
    """The sixteenth round's sources: siblings read by what the source says (domain.md: a
    sibling of a child already enrolled is repeat where the family is the customer), a
    county's referral list as a directory, an existing customer who added a service as
    repeat."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        ("5110 vCIO / account manager - QBRs & roadmaps", "operations", None),  # U8
        ("6610 Dry eye clinic launch - Lumenis IPL training & setup", "innovation", None),  # U14
        ("6700 CMMC compliance-as-a-service offering build-out", "innovation", None),  # U27
        ("5020 Rx lenses - VSP Optics lab", "cost-of-sales", None),  # U15: VSP's lens lab
        ("6100 AppFolio Property Manager", "operations", None),  # U33
        ("5130 Tenant screening - TransUnion SmartMove", "operations", None),
        ("5005 Caregiver overtime", "cost-of-sales", None),  # U28
        ("5040 Edging lab supplies & blanks", "cost-of-sales", None),
        ("VSP write-offs", "contra-revenue", None),  # the network's write-offs, as before
        # U21: spiffs on second pairs sold to patients already in the chair grow their worth
        ("6060 Optician spiffs - premium AR / 2nd pair sales", "marketing", "grow"),
    ],
)  # fmt: skip
def test_lines_of_the_sixteenth_rounds_cfo(name: str, category: str, purpose: str | None) -> None:
    """A CFO's review (2026-12-03, sixteenth round) of an optometry practice, a home-care
    agency, an IT managed service provider and a property manager: an MSP's $92,000 vCIO read
    as retention (7.04% of revenue, 2.66% by hand), VSP's lens lab taken out of revenue."""
    read = classify(name)
    assert (read.category, read.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("appointment setting (SalesRoads)", "outbound"),  # U10
        ("Dr. Hall's patients (retired 2025, charts transferred)", "other"),  # U20: bought
        ("franchise website / 800 number", "paid"),  # U16: the brand fund's
    ],
)
def test_sources_of_the_sixteenth_rounds_cfo(name: str, kind: str) -> None:
    """The CFO's sources: charts bought with a retiring doctor's practice were read as a
    referral by 'dr'."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        # a CFO's review: a distillery, a CPA firm, a hotel and a vet
        ("Tasting room and bar staff", "operations", None),  # not a tasting event
        ("Commerce7 tasting room and club software", "operations", None),
        ("Tasting room discounts (industry and locals 20%)", "contra-revenue", None),
        ("Kentucky Distillers' Association Craft Tour dues", "marketing", "acquire"),
        ("Grain (corn and rye, Weisenberger Mill)", "cost-of-sales", None),
        ("Federal excise tax (TTB)", "cost-of-sales", None),
        ("Gin botanical trials and new SKU development", "innovation", None),
        ("Guest email and CRM (Revinate)", "marketing", "retain"),
        ("Year-end tax planning seminar for business owners", "marketing", "acquire"),
        ("Thomson Reuters Checkpoint research", "operations", None),  # not innovation
        ("Puppy and kitten wellness plan discounts", "contra-revenue", None),
        ("Thank-you treats for groomers and boarding kennels that refer", "marketing", "acquire"),
        # a coach's review: a salon, a photographer, a roofer and a skincare brand
        ("Commissions - Stylists (3 W-2, 45%)", "cost-of-sales", None),  # Y1: either order
        ("Stylist commissions", "cost-of-sales", None),  # as before
        ("Sales commissions", "sales", "convert"),  # as before
        ("Packaging & Labels (Noissue, Sticker Mule)", "cost-of-sales", None),
        ("Sticker Mule stickers for events", "marketing", "acquire"),  # as before
        ("Discounts & promo codes (Shopify)", "contra-revenue", None),
        ("Insurance agent lunches & gift cards", "marketing", "acquire"),
        ("Camera gear (Sony A1 body, 50mm GM)", "operations", None),
        ("Client welcome boxes & anniversary prints", "marketing", "retain"),
    ],
)  # fmt: skip
def test_lines_of_the_seventeenth_round(name: str, category: str, purpose: str | None) -> None:
    """Two reviews (2026-12-03, seventeenth round): a distillery's tasting-room staff read as
    marketing on "tasting" (23% of revenue, a false BA204 error and a $346,430 cut), a salon's
    "Commissions - Stylists" as sales (CAC $309.06 where by hand it is $27.81), a skincare
    brand's packaging as a channel and its discount codes as operations."""
    got = classify(name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("kentucky bourbon trail craft tour", "paid"),
        ("shelter adoption (Hamilton County Humane Society)", "referral"),
        ("Guest at a wedding I shot", "organic"),  # as "wedding guest" is
        # X26: a provider who retired or closed is no referrer ("cpa" had read as one)
        ("previous CPA retired", "other"),
        ("previous vet retired", "other"),
        ("CPA referral", "referral"),  # as before
    ],
)
def test_sources_of_the_seventeenth_round(name: str, kind: str) -> None:
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        # a line headed by "discount" is a price cut, whatever it is on
        ("Discounts - wellness plans", "contra-revenue", None),
        ("Loyalty discounts", "contra-revenue", None),
        ("Fee discount - nonprofit and church clients (10%)", "contra-revenue", None),
        ("Valpak discount coupons", "marketing", "acquire"),  # a mailer of coupons
        # a commission to those who deliver the service, in either word order
        ("Commissions - Colorists", "cost-of-sales", None),
        ("Commission Expense - Barbers", "cost-of-sales", None),
        ("Sales commissions", "sales", "convert"),  # as before
        # words of the re-review's trades
        ("Tax seminar for business owners", "marketing", "acquire"),
        ("Tasting room manager", "operations", None),
        ("NC Board of Architecture renewals", "operations", None),
        ("Autodesk AEC Collection (12 seats)", "operations", None),
    ],
)  # fmt: skip
def test_rules_of_the_seventeenth_rounds_re_review(
    name: str, category: str, purpose: str | None
) -> None:
    """The re-review (2026-12-03) found the round's fixes matched the reviewers' exact lines,
    not the rule: "Commissions - Colorists" put a salon back at $309 a customer, and
    "Discounts - wellness plans" was marketing again. Two rules take the word lists' place."""
    got = classify(name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        # a CFO's review: a staffing agency, a SaaS, a mortgage broker and an auto shop
        ("mortgage", "Processor + closer salaries", "cost-of-sales", None),  # AA4: not selling
        ("mortgage", "Credit reports & verifs", "cost-of-sales", None),
        (None, "Processor + closer salaries", "sales", "convert"),  # a closer elsewhere sells
        (None, "$19.99 oil change special (loss leader)", "marketing", "acquire"),  # AA7
        (None, "$25 gift card per referred customer", "marketing", "acquire"),
        ("auto-repair", "Tech wages (flat rate, 4)", "cost-of-sales", None),  # AA8
        ("staffing", "Employer taxes + WC - temps", "cost-of-sales", None),  # AA9
        ("staffing", "FICA/FUTA/SUTA - temps", "cost-of-sales", None),
        ("saas", "Eng salaries (6)", "innovation", None),  # AA13
        (None, "Encompass LOS / Optimal Blue", "operations", None),  # AA19: known, no BA106
        (None, "Tekmetric + ProDemand", "operations", None),
        (None, "Garage liability ins", "operations", None),
        # a coach's review: a yoga studio, a landscaper, a restaurant and a designer
        (None, "Estimated income tax (1040-ES)", "operations", None),  # AB1: not 'estimate'
        (None, "Quarterly est. taxes", "operations", None),
        (None, "PT marketing coordinator (20 hrs/wk)", "marketing", "acquire"),  # AB20: not HR
        (None, "Bev / beer & wine", "cost-of-sales", None),  # AB16
        (None, "Liquor license", "operations", None),  # a licence, not drinks
        (None, "Menu printing", "marketing", "acquire"),
        (None, "Comp meals / mgr comps", "marketing", "retain"),  # AB4: as "comped meals"
    ],
)  # fmt: skip
def test_lines_of_the_eighteenth_round(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """Two reviews (2026-12-03, eighteenth round): a lender's "Processor + closer salaries"
    read as selling put a borrower's cost at $2,138.33 where by hand it is $846.67; an auto
    shop's flat-rate technicians read as operations by "rate" hid a 41.3% margin against the
    52% stated; a designer's estimated income tax read as selling by "estimate"."""
    got = _read(vertical, name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("referral - plant mgr moved to new co", "referral"),  # AA10: the move says why
        ("Moved to the area", "organic"),  # as before
        ("Nextdoor rec", "referral"),  # AA22: a neighbour's recommendation
        ("Nextdoor", "organic"),  # as before
        ("neighbor saw our trucks", "paid"),  # AB6: the trucks, as "saw your truck"
        ("Referred by neighbor", "referral"),  # as before
        ("HOA contract", "outbound"),  # AB6: won on a bid, as an HOA's RFP
    ],
)
def test_sources_of_the_eighteenth_round(name: str, kind: str) -> None:
    assert classify_source(name).kind == kind


def test_a_marketplaces_commission_is_its_share_whichever_term_wins() -> None:
    """AB23 of the eighteenth round: "DoorDash / UberEats commissions" read as contra-revenue
    but drew BA107 ("also 'commission' → sales/convert"): a delivery app's commission is never
    a sales commission."""
    got = classify("UberEats commissions")
    assert (got.category, got.confidence, got.also) == ("contra-revenue", "high", ())


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        (None, "DoorDash / UberEats commissions", "contra-revenue", None),  # AB23, high below
        (None, "Loss leader items (COGS)", "cost-of-sales", None),  # AC3: filed under COGS
        (None, "Employee holiday bonuses (gift cards)", "operations", None),  # AC2: staff's
        (None, "Tech bonus gift cards", "operations", None),
        (None, "Client happy hour - beer & wine", "marketing", "acquire"),  # AC8: not drinks sold
        (None, "Launch party - new studio", "marketing", "acquire"),  # AC11: an event
        ("auto-repair", "Tech support (IT)", "operations", None),  # AC10: not a technician
        ("auto-repair", "Mechanic wages", "cost-of-sales", None),
    ],
)  # fmt: skip
def test_readings_of_the_eighteenth_rounds_re_review(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """The re-review of the eighteenth round (2026-12-03) tried owners' other words for the
    round's fixes and found these read wrongly."""
    got = _read(vertical, name)
    assert (got.category, got.purpose) == (category, purpose), got.reason
    if name.startswith("DoorDash"):
        assert got.confidence == "high"


def test_words_of_the_eighteenth_rounds_re_review() -> None:
    """AA22 and AA19 of the eighteenth round's re-review: a Facebook group's recommendation is
    a referral; a lender's and a shop's standard software is known."""
    assert classify_source("FB group rec").kind == "referral"
    assert classify_source("Facebook group recommendation").kind == "referral"
    for name in ("Calyx Point LOS", "Byte LOS", "Shop-Ware"):
        assert (classify(name).category, classify(name).confidence) == ("operations", "high")


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        # a coach's and a CFO's review (2026-12-04, nineteenth round)
        ("real-estate", "Team lead comp (Ana)", "operations", None),  # AE1: pay, not leads
        (None, "Lead carpenter", "cost-of-sales", None),
        (None, "Buyer leads (Zillow)", "marketing", "acquire"),  # leads are still leads
        (None, "Paid media agency fee", "marketing", "acquire"),  # AD8: not a 'fee'
        (None, "Agency retainer - creative & media buying", "marketing", "acquire"),
        (None, "Smart Choice agency network fee (% of commissions)", "operations", None),  # AD11
        (None, "Amazon storage + long-term storage fees", "operations", None),  # AD16
        (None, "Amazon referral fees", "contra-revenue", None),  # as before
        (None, "First article samples (no charge)", "cost-of-sales", None),  # AD19
        (None, "Coffee Fest booth (wholesale)", "marketing", "acquire"),  # AD20
        (None, "Jane App - recall & reminder texts", "marketing", "retain"),  # AE13
        (None, "Billing co.", "operations", None),  # AE19: not 'cos'
        (None, "TruHearing network fees", "contra-revenue", None),  # a benefit network's, as before
    ],
)  # fmt: skip
def test_lines_of_the_nineteenth_round(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    got = _read(vertical, name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("FB leads", "paid"),  # AE16: lead ads, not organic
        ("Facebook", "organic"),  # as before
        ("Switched from Allstate", "other"),  # AD12: the carrier the household left
        ("Rewrite from State Farm captive", "other"),
        ("State Farm", "paid"),  # as before: a carrier that sends (a body shop's DRP)
    ],
)
def test_sources_of_the_nineteenth_round(name: str, kind: str) -> None:
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Branded tissue + shopping bags", "cost-of-sales"),  # AE7: packaging, logo or not
        ("Buyer closing cost credits from our commission", "contra-revenue"),  # AE11
        ("Commission rebate to buyers", "contra-revenue"),
    ],
)
def test_more_lines_of_the_nineteenth_round(name: str, category: str) -> None:
    assert classify(name).category == category


@pytest.mark.parametrize(
    ("name", "category"),
    [
        # a CFO's review, 2026-12-04 (AF4, AF7 of the twentieth round)
        ("Lunches with CPAs and financial advisors", "marketing"),
        ("Showroom rent (2 locations)", "operations"),
        ("CPA fees", "operations"),  # the firm's own accountant stays operations
        # AF14: a vendor's co-op money by its other names had matched the abbreviation "cos"
        ("Whirlpool co-op credit", "marketing"),
        ("Vendor co-op income", "marketing"),
    ],
)
def test_meals_with_referrers_and_a_showrooms_rent(name: str, category: str) -> None:
    assert classify(name).category == category


@pytest.mark.parametrize("name", ["Admin/Marketing Asst Wages", "Office & marketing assistant"])
def test_pay_for_a_role_that_is_part_admin_part_marketing_asks_to_be_split(name: str) -> None:
    """AI15 of the twenty-second round (2026-12-04): "Admin/Marketing Asst Wages", a mostly
    administrative role by its name, was counted whole as acquisition, with no word."""
    result = classify(name)
    assert (result.category, result.confidence) == ("marketing", "low")
    assert "split it" in result.reason


@pytest.mark.parametrize(
    ("name", "category", "purpose", "function"),
    [
        ("Payroll taxes - sales dept", "sales", "convert", "sales dept"),
        ("Travel - sales", "sales", "convert", "sales"),
        ("Sales mileage", "sales", "convert", "sales"),
        ("6520 · Payroll:Sales", "sales", "convert", "sales"),
        ("Selling Exp - travel", "sales", "convert", "selling"),
        ("Estimate mileage", "sales", "convert", "estimate"),
        ("Workers comp - sales", "sales", "convert", "sales"),
        ("Payroll taxes - marketing dept", "marketing", "acquire", "marketing"),
        # the benefits paid on the pay (the thirteenth round of build names, 2026-12-05)
        ("Health ins - sales staff", "sales", "convert", "sales staff"),
        ("Workers comp 8742 - outside salespersons", "sales", "convert", "outside salespersons"),
        ("Retention bonus - sales team", "sales", "convert", "sales team"),
        ("Pension - telesales team", "sales", "convert", "telesales"),
        # filed under the selling function's own account (the fourteenth round, 2026-12-05)
        ("Selling expenses-Employee salaries", "sales", "convert", "selling"),
        ("6601.16 Selling expenses_Depreciation expense", "sales", "convert", "selling"),
    ],
)
def test_a_cost_of_whoever_uses_it_goes_with_the_function_it_serves(
    name: str, category: str, purpose: str, function: str
) -> None:
    """Costs analysed by function (IAS 1 ¶103): the payroll taxes or the travel of the sales
    team are a cost of selling. The build part's "Payroll taxes - sales dept" and "Selling Exp
    - travel" had read as overhead by 'payroll tax' and 'travel' (2026-12-04)."""
    result = classify(name)
    assert (result.category, result.purpose, result.confidence) == (category, purpose, "high")
    assert result.term == function
    assert "a cost of the function it serves" in result.reason


@pytest.mark.parametrize(
    ("name", "term"),
    [
        ("Front desk sales bonus", "sales bonus"),
        ("Spa front desk package-conversion bonus", "conversion bonus"),
        ("Front desk supplement sales commission", "sales commission"),
        ("Front desk upsell incentive - room upgrades", "upsell incentive"),
    ],
)
def test_pay_for_selling_is_selling_whoever_earns_it(name: str, term: str) -> None:
    """The build part's sales lines of the first labelling (2026-12-05): a front desk's bonus
    for a sale had tied with 'front desk' and read as overhead at low confidence. What the
    money is for outweighs who earns it; the desk's own pay stays overhead, and a bare
    "commission" (a regulator's as often as a seller's) decides nothing."""
    result = classify(name)
    assert (result.category, result.purpose, result.confidence) == ("sales", "convert", "high")
    assert result.term == term
    assert "pay for selling, whoever earns it" in result.reason
    assert classify("Front desk wages").category == "operations"
    assert classify("PUC carrier permit - commission filing").category == "operations"


@pytest.mark.parametrize(
    "name", ["Selling expenses", "OtherSellingExpenses", "Selling expenses-Bidding expenses"]
)
def test_the_selling_functions_account_reads_as_sales_to_split(name: str) -> None:
    """The fourteenth round of build names (2026-12-05): "Selling expenses" (QBO's
    OtherSellingExpenses, a chart's selling-expense sub-accounts) holds selling first and
    marketing beside it; it had read as marketing to split. The build part labels it sales,
    marketing accepted."""
    result = classify(name)
    assert (result.category, result.confidence) == ("sales", "low")
    assert "split it" in result.reason


@pytest.mark.parametrize(
    "name", ["Retention bonus - kitchen staff", "Health insurance", "401k match"]
)
def test_the_benefits_of_no_selling_function_stay_overhead(name: str) -> None:
    assert classify(name).category == "operations"


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Travel", "operations"),  # no function named
        ("Payroll taxes", "operations"),
        ("Meals incl sales tax", "operations"),  # a tax, not a department
        ("Fuel - cost of sales trucks", "cost-of-sales"),
        ("Payroll taxes sales tax", "operations"),  # a tax, not a department
        ("Phone - sales invoices", "operations"),  # what was sold, not who sells
        ("Rent - sales office", "operations"),  # occupancy is not a cost of whoever uses it
        ("Delivery payroll", "operations"),
    ],
)
def test_a_cost_with_no_department_or_a_sales_tax_stays_where_it_was(
    name: str, category: str
) -> None:
    assert classify(name).category == category


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Other: church", "referral"),
        ("Other attorney referred", "referral"),
        ("Other - Google search", "organic"),
        ("Other", "other"),
        ("Other (please specify)", "other"),
    ],
)
def test_a_picklists_other_yields_to_the_words_typed_after_it(name: str, kind: str) -> None:
    """ "Other" says only that no listed choice fit: "Other attorney referred" had read as
    other by a tie with 'attorney' and 'referred' (the build part's sources, 2026-12-04)."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Chiropractor Lunches & Gift Baskets", "marketing"),
        ("Lunches", "operations"),  # for whom, unsaid
        ("Staff appreciation lunches - realtors' office", "operations"),  # the team's own
    ],
)
def test_a_gift_no_term_reads_given_to_those_who_refer_cultivates_them(
    name: str, category: str
) -> None:
    """AK4 (2026-12-04): a law firm's gifts and lunches for the chiropractors who send cases
    were unread (operations), beside BA114's warning that they pay for referrals."""
    result = classify(name)
    assert result.category == category
    if category == "marketing":
        assert (result.purpose, result.confidence) == ("acquire", "high")
        assert "'chiropractor', who send customers" in result.reason


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        ("PA/NP salaries", "operations", None),  # clinicians, not Net Promoter Score
        ("Nurse practitioner (NP)", "operations", None),
        ("NPS survey", "marketing", "retain"),
        ("Malpractice (NCMIC)", "operations", None),
        ("Travel - BD/non-billable", "operations", None),  # not billable cost of sales
        ("EPO clawbacks", "contra-revenue", None),
        ("Aesthetic coordinator (5% comm)", "sales", "convert"),
        ("Screener wages + $20/appt booked bonus", "marketing", "acquire"),  # B10
        ("Free skin cancer screening day", "marketing", "acquire"),
        ("PCP office lunches (liaison)", "marketing", "acquire"),
        ("Dinner with the Doc workshops", "marketing", "acquire"),
        # the re-review: the plural is the clinicians' too; gifts to the attorneys who send
        # cases, read as their fees, cultivate them
        ("Salaries - NPs", "operations", None),
        ("NPs/PAs", "operations", None),
        ("Delighted NPS", "marketing", "retain"),
        ("PI attorney gift baskets", "marketing", "acquire"),
        ("Gifts to referring lawyers", "marketing", "acquire"),
        ("Attorney fees", "operations", None),
        ("Account review lunches (law firms)", "marketing", "retain"),  # clients, not referrers
    ],
)
def test_lines_of_the_twenty_third_round(name: str, category: str, purpose: str | None) -> None:
    """A CFO's review (2026-12-04): "PA/NP salaries" had read as NPS surveys, and $310,000 of
    a dermatology practice's clinicians counted as retention marketing (B1); the rest B13."""
    result = classify(name)
    assert (result.category, result.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Booth renter's client", "repeat"),  # the renter's client: BA207 had asked for a cost
        ("Dealer too expensive", "other"),  # a reason, not a referrer
        ("Atty - Morgan & Pratt", "referral"),
        ("Tow-in", "referral"),
    ],
)
def test_sources_of_the_twenty_third_round(name: str, kind: str) -> None:
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        # E7: a class marketplace's commission withheld from its payouts reduces revenue, as a
        # delivery app's does; a booking system's marketing suite keeps members
        ("401 - ClassPass (commission withheld from payouts)", "contra-revenue", None),
        ("410 - Mindbody Marketing Suite (auto emails/texts)", "marketing", "retain"),
        ("Mindbody", "operations", None),  # the booking software alone runs the studio
        # the twenty-third round's last check: a word that alone is a guess gives way to the
        # referrers a gift names
        ("General Dentist Lunches & Gift Baskets", "marketing", "acquire"),
        # E3: under a parent that names sales and marketing at once, the child says which
        ("6115 S&M:Commissions - AE & SDR", "sales", "convert"),
    ],
)
def test_lines_of_the_twenty_fourth_round(name: str, category: str, purpose: str | None) -> None:
    """A CFO's review of eight new trades (2026-12-04): a studio's ClassPass commission had read
    as ad spend and its member emails as overhead (E7); a SaaS's SDRs as marketing (E3)."""
    result = classify(name)
    assert (result.category, result.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # E10: clients that came with a book the firm bought were bought, not referred
        ("Other: came with Smith CPA book purchase", "other"),
        ("Smith book purchase", "other"),
        ("Purchased client list", "other"),
        ("Came with a friend", "referral"),
        ("Groomer/Boarding", "referral"),  # E13: a vet's groomers who send clients
        ("EyeMed", "organic"),  # E14: the vision plan's network, as its doctor locator is
        ("Dealer quoted too much", "other"),  # a reason, not a dealer's referral (r23's last)
    ],
)
def test_sources_of_the_twenty_fourth_round(name: str, kind: str) -> None:
    assert classify_source(name).kind == kind


def test_a_cost_filed_under_a_parent_that_names_two_kinds_asks_to_split_it() -> None:
    """F9 of the twenty-fourth round's re-review (2026-12-04): "S&M:Payroll taxes & benefits"
    read as operations, so its $90,000 left the sales function's on-costs; filed under both
    kinds, it is read as the parent is, with low confidence, and the report asks to split it."""
    reading = classify("6120 S&M:Payroll taxes & benefits")
    assert (reading.category, reading.confidence) == ("marketing", "low")
    assert reading.reason == (
        "'payroll tax' filed under 's and m' → marketing/acquire (a cost of the function it "
        "serves), but it names two kinds at once: split it"
    )


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        # a name in brackets is not a word to correct: 'chris' is no 'hris' (G7)
        (None, "Living trust seminar venues & dinners (Ruth's Chris, Carrabba's)", "marketing",
         "acquire"),
        # gifts to those who refer cultivate referrals (G15)
        (None, "Holiday gifts to referring CPAs and advisors (wine, ~$75 ea)", "marketing",
         "acquire"),
        (None, "Holiday gifts (CPA firm clients)", "marketing", "retain"),
        # ...and an event held for them (H9 of the round's re-review), not the firm's accountant
        (None, "Estate-planning update seminar for CPAs (4 CE credits)", "marketing", "acquire"),
        (None, "CPA fees", "operations", None),
        # a gift to referrers priced per closing is no selling (H10 of the re-review)
        (None, "Realtor gift cards ($50 Visa per closing referred)", "marketing", "acquire"),
        # child-care software, whatever the order of its words (G16)
        (None, "Brightwheel (check-in, billing, parent messaging)", "operations", None),
        # an offer to past clients keeps them (G18)
        (None, "Anniversary session 50% off for past couples", "marketing", "retain"),
        # and in the re-review's other words (H16, H17)
        (None, "20% off for returning couples", "marketing", "retain"),
        (None, "First mow free for new customers", "marketing", "acquire"),
        ("real-estate", "HomeLight referral network fee (25% of commission per closed referral)",
         "marketing", "acquire"),
        # an agency network's share of all commissions is no cost of winning a household (G9)
        ("insurance-agency", "SIAA network fee (10% of commissions)", "operations", None),
        # ...but an affiliate network's fee pays for customers
        (None, "Affiliate network fees", "marketing", "acquire"),
    ],
)  # fmt: skip
def test_the_twenty_fifth_rounds_names(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """A CFO's review of eight more trades (2026-12-04, the twenty-fifth round)."""
    got = _read(vertical, name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


def test_a_subsidy_agencys_provider_list_is_no_familys_recommendation() -> None:
    """G5 of the twenty-fifth round: "Early Learning Coalition subsidy referral" read as word
    of mouth took a centre's referral share from 43.8% to 59.4%; a resource-and-referral
    agency gives parents a list of licensed providers, not a recommendation."""
    assert classify_source("Early Learning Coalition subsidy referral").kind == "organic"
    assert classify_source("Friend referral").kind == "referral"


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        # M9: a vendor with several products yields to the words that say which one was bought
        ("Home Care Pulse client satisfaction surveys", "marketing", "retain"),
        ("Home Care Pulse Certified Provider", "marketing", "acquire"),
        ("Home Care Pulse", "marketing", "acquire"),
        # M14: a gift given for referrals cultivates them, whoever is thanked
        ("Client thank-you gift cards for referrals ($50 Visa)", "marketing", "acquire"),
        ("Patient thank-you cards per referral", "marketing", "acquire"),
        ("Client thank-you gifts", "marketing", "retain"),
        # M8: a lead marketplace's fees buy leads; a selling or booking marketplace's are its
        # cut of each sale
        ("EnergySage marketplace fees", "marketing", "acquire"),
        ("Thumbtack marketplace fees", "marketing", "acquire"),
        ("Amazon marketplace fees", "contra-revenue", None),
        ("StyleSeat marketplace fee", "contra-revenue", None),
        ("Marketplace fees", "contra-revenue", None),
        ("App marketplace fees (Shopify App Store)", "contra-revenue", None),
        ("Lead marketplace fees", "marketing", "acquire"),  # N4 of the round's re-review
        # P6 of the round's final check: pricing leads, or naming a lead seller, buys leads
        # whatever the word order
        ("Marketplace fees - per lead", "marketing", "acquire"),
        ("Modernize marketplace fees", "marketing", "acquire"),
        ("Porch marketplace fees", "marketing", "acquire"),
        ("Bark marketplace fees", "marketing", "acquire"),
        ("Etsy marketplace fees", "contra-revenue", None),
        # N9: a gift to the business's own staff is a staff cost; a party host's reward wins
        # the guests who come to buy
        ("Chef holiday gifts (our staff)", "operations", None),
        ("Holiday gifts for our team", "operations", None),
        ("Client holiday gifts", "marketing", "retain"),
        ("Party host rewards (free product for host)", "marketing", "acquire"),
        ("School spirit nights", "marketing", "acquire"),  # M10: not liquor
    ],
)
def test_lines_of_the_twenty_seventh_round(name: str, category: str, purpose: str) -> None:
    """A CFO's review (2026-12-05): a home-care agency's satisfaction surveys read as winning
    clients by the vendor's name, and BA104 said nothing kept them; a law firm's gift cards to
    clients for referrals read as keeping clients, and earned the score's retention part."""
    got = classify(name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Manufacturer referral (GP/KCP rep)", "referral"),  # M13: not the business's outreach
        ("Senior living community referral (Brookdale)", "referral"),  # M4
        ("Assisted living referral", "referral"),
        # N5 and P10: a community's own prospects, who toured it, not referrals
        ("Senior living community tour", "organic"),
        ("Sales rep", "outbound"),
        ("Facebook/IG local boost", "paid"),  # M10: a boosted post is paid for
        ("Instagram boost", "paid"),
        ("Home party guest", "referral"),  # P8: came through the host
    ],
)
def test_sources_of_the_twenty_seventh_round(name: str, kind: str) -> None:
    """A CFO's review (2026-12-05): a distributor's accounts a manufacturer's rep sent read as
    its own outreach by 'rep'; a home-care agency's clients a senior living community referred
    read as nothing known. Its re-review: a community's own tours are no referrals."""
    assert classify_source(name).kind == kind


def test_a_verticals_own_words_for_sources() -> None:
    """P1 of the twenty-seventh round's last check (2026-12-05): a home-care agency's clients
    sent by a senior living community are referrals; a senior living business's own tours are
    not. The words are home care's (its `"sources/referral"` terms), not every trade's."""
    home_care = verticals.get("home-care")
    assert home_care is not None
    agency = for_vertical(home_care.id, home_care.terms)
    assert agency.classify_source("Senior living community (Brookdale, Sunrise)").kind == "referral"
    assert classify_source("Senior living community tour").kind == "organic"  # P10


@pytest.mark.parametrize(
    ("name", "category"),
    [
        # Q1: a number glued to a word is a vendor's name, not an account number and a word
        # (a crew's labour is the job's since BF5 of the sixty-first round, 2026-12-07, as the
        # build part labels "Moving crew labor": cost of sales, reworked by hand; never the
        # lead vendor)
        ("Mover wages (crew labor)", "cost-of-sales"),
        ("Movers payroll", "operations"),
        ("123Movers leads", "marketing"),
        # Q2: "merchandise" alone is stock for resale; given away or branded, marketing
        ("Front-end merchandise (OTC, gifts)", "cost-of-sales"),
        ("Gift shop merchandise", "cost-of-sales"),
        ("Promotional merchandise", "marketing"),
        ("Visual merchandiser", "marketing"),
        # Q12: a free practice test day wins students; a proctor is no construction software
        ("Free SAT practice test days (proctor pay)", "marketing"),
        ("Proctor wages", "operations"),
        # R4 of the re-review: a business's own office and overhead stay so
        ("Physician office lease", "operations"),
        ("Legal fees to close SBA loan", "operations"),
        ("Bookkeeper - month-end to close", "operations"),
        ("Practice test booklets (inventory)", "cost-of-sales"),
        ("Open day catering - staff", "operations"),
        ("Prescriber office lunches (Dr. offices)", "marketing"),
        # R8: promotional merchandise in either order
        ("Merchandise - promotional (tees, koozies)", "marketing"),
        # S9 of the round's last check: a shop's fixtures are fittings; an event's logo tees
        ("Merchandise display fixtures", "operations"),
        ("Event merchandise (5K race tees, our logo)", "marketing"),
        # Q14: a profile paid for on Care.com is a listing, not a marketplace's commission
        ("Wyzant / Care.com profile", "marketing"),
        ("Care.com premium membership", "marketing"),
        ("Wyzant fees (25% of lessons booked)", "contra-revenue"),
    ],
)
def test_lines_of_the_twenty_eighth_round(name: str, category: str) -> None:
    """A CFO's review (2026-12-05): a mover's $720,000 of crew wages read as the 123Movers lead
    vendor (the term had lost its "123" as if it were an account number), which failed a
    healthy business; a pharmacy's $150,000 of front-end stock read as marketing."""
    got = classify(name)
    assert got.category == category, got.reason


def test_a_number_that_begins_a_known_name_is_no_account_number() -> None:
    """S9 of the twenty-eighth round's last check (2026-12-05): "411 Locals", a directory,
    was shown and read as "Locals", its number taken for an account number. The numbers kept
    are those that begin a term of the vocabulary, and no others."""
    import re

    from bizaudit.core.classify import NAMED_NUMBERS, without_account_number
    from bizaudit.model.vocabulary import parse_source

    begun: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found = re.match(r"(\d{3,6})\b", value)
            if found:
                begun.add(found.group(1))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(parse_source())
    assert begun == NAMED_NUMBERS
    assert without_account_number("411 Locals") == "411 Locals"
    assert without_account_number("6100 · Google Ads") == "Google Ads"
    assert without_account_number("4110 Advertising") == "Advertising"
    got = classify("411 Locals - premium listing")
    assert (got.category, got.term) == ("marketing", "411 locals")
    assert classify_source("411 Locals").kind == "paid"


def test_a_wholesalers_reps_by_its_name_sell_for_the_producer() -> None:
    """Q9 of the twenty-eighth round (2026-12-05): a brewery's 28 accounts from "mutual
    distributing reps" read as word of mouth by "mutual", a referral share of 46.7% where it
    is 8.3%. A wholesaler's reps sell the brand on the producer's behalf."""
    assert classify_source("mutual distributing reps").kind == "outbound"
    assert classify_source("Mutual friend").kind == "referral"
    # the same profile's 5 accounts another bar's owner told about the beer
    assert classify_source("bar owner told them").kind == "referral"


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("FB/IG ads - Now Hiring $19/hr forklift", "operations"),
        ("La Mega 97.9 radio - hiring spots", "operations"),
        ("Recruitment marketing", "operations"),
        # those recruited are the customers: students, members, donors
        ("Student recruitment ads", "marketing"),
        ("Employer webinar - hiring trends (prospects)", "marketing"),
        ("Google Ads", "marketing"),
    ],
)
def test_advertising_for_staff_is_recruiting(name: str, category: str) -> None:
    """F10 of the twenty-ninth round (2026-12-05): a staffing firm's "Now Hiring" ads and
    hiring radio spots were read as winning clients: three of its eight channels, its CAC
    33.5% too high. Advertising for staff is a cost of running the business."""
    assert classify(name).category == category


def test_a_message_to_a_bought_list_wins_customers_it_does_not_keep() -> None:
    """F13 of the twenty-ninth round (2026-12-05): a storage site's "Text blast - purchased
    movers list (Leadzy)" was read as retention, its only one, and earned the score's part;
    a bought list's people are strangers. A text to the business's own customers keeps them.
    In a medical clinic, patient care coordinators run the front desk (F14)."""
    bought = classify("Text blast - purchased movers list (Leadzy)")
    assert (bought.category, bought.purpose) == ("marketing", "acquire")
    own = classify("Text blast - customer list")
    assert (own.category, own.purpose) == ("marketing", "retain")
    medical = verticals.get("medical")
    assert medical is not None
    clinic = for_vertical(medical.id, medical.terms)
    assert clinic.classify("Patient care coordinators (2)").category == "operations"
    for practice in ("physical-therapy", "chiropractic", "dental", "veterinary"):
        found = verticals.get(practice)
        assert found is not None
        reader = for_vertical(found.id, found.terms)
        assert reader.classify("Patient care coordinators (2)").category == "operations"
    spa = verticals.get("med-spa")
    assert spa is not None
    assert for_vertical(spa.id, spa.terms).classify("Patient care coordinator").category == "sales"
    # ...and its financing company's fee for 0% terms is a cost of the sale's financing
    assert classify("CareCredit promo fees (0% 12 mo)").category == "operations"
    assert classify("Patient care coordinator").category == "sales"


@pytest.mark.parametrize(
    ("name", "category"),
    [
        # made for a prospect: sales (the sixteenth round of build names, 2026-12-05)
        ("Banquet tastings - wedding prospects", "sales"),
        ("Respite trial stays - prospective residents (meals & care)", "sales"),
        ("Mock-ups & renders for quotes", "sales"),
        # ...and for a customer already won: part of delivering the sale
        ("Stain samples - sold jobs", "cost-of-sales"),
        ("Banquet tastings - contracted weddings", "cost-of-sales"),
        ("Mock-up panel per spec (awarded job)", "cost-of-sales"),
        # an estimator's costs are the sales function's
        ("Fuel - estimator truck", "sales"),
        # a prospect as an adjective, and a line nothing else placed (the eighteenth round)
        ("Sample bags - prospect farms", "sales"),
        ("Preliminary site walk for prospective developer (no charge)", "sales"),
        ("Prospect Park permit", "operations"),
    ],
)
def test_what_is_made_for_a_prospect_or_for_a_customer_won(name: str, category: str) -> None:
    assert classify(name).category == category


def test_the_twenty_ninth_rounds_sources_and_a_compliance_review() -> None:
    """F21 of the twenty-ninth round (2026-12-05): unread sources capped the score (BA113)
    and a former tenant counted as new made the sources outnumber the new customers (BA108);
    an adviser's compliance vendor's "ad review" read as advertising."""
    assert classify_source("Prior tenant").kind == "repeat"
    assert classify_source("Know the building").kind == "organic"
    assert classify_source("Phone up").kind == "other"
    assert classify("RIA in a Box - compliance + ad review").category == "operations"
    # F20: a dealer's paid postings on Craigslist (its Craigslist buyers had looked free)
    assert classify("Craigslist postings ($5 ea)").category == "marketing"


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Military/student 10% off", "contra-revenue"),
        # BF8 of the sixty-first review round (2026-12-07): money off a new customer's first
        # service is a first-visit offer, acquisition paid in revenue given up (BA116 names it),
        # as a referral credit is; a first month off a membership or a rent stays a price cut
        ("$20 off first service", "marketing"),
        ("First month 50% off", "contra-revenue"),
        # a write-off is no money off; a coupon mailer's cost is its printing and postage
        ("Bad debt write off", "operations"),
        ("Coupon mailer - $10 off", "marketing"),
    ],
)
def test_money_off_the_price_is_a_price_cut(name: str, category: str) -> None:
    """F15 of the twenty-ninth round (2026-12-05): a storage site's "Military/student 10% off"
    was read as an operating cost beside a "$1 first month" taken out of revenue."""
    assert classify(name).category == category


@pytest.mark.parametrize(
    ("name", "category"),
    [
        # R1: the sub-account filed under "Selling expenses" says what it is
        ("Selling expenses-Advertising expense", "marketing"),
        ("Selling expenses - Google Ads", "marketing"),
        ("Selling expenses-Employee salaries", "sales"),
        # R2: a place is no prospect
        ("Rent - Mount Prospect", "operations"),
        ("Office lease - Mount Prospect", "operations"),
        ("Travel - prospect visits", "sales"),
        # R4: hiring is what a staffing firm sells to employers
        ("Trade show booth - LV Expo (hiring help for plant mgrs)", "marketing"),
        ("Google Ads - recruitment agency", "marketing"),
        ("Franchisee recruitment ads (Facebook)", "marketing"),
        # R9: the arborists' society, a technician's training, a countertop
        ("ISA certified arborist dues", "operations"),
        ("Technician ride-along training", "operations"),
        ("DSR ride-alongs - new account calls", "sales"),
    ],
)
def test_the_twenty_ninth_rounds_re_review(name: str, category: str) -> None:
    """The re-review of the twenty-ninth round's fixes (2026-12-05) found the new terms and
    rules reading ordinary lines wrongly; each is held here as the review read it."""
    assert classify(name).category == category


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        # spent to pitch or close one deal: sales, whatever the thing alone reads as
        ("lunch w/ Baylor facilities director to pitch the cleaning contract", "sales/convert"),
        ("Trip to close distributor deal - Dallas", "sales/convert"),
        ("golf w/ the Lexus GM trying to land their detail work", "sales/convert"),
        # ...but a place to sell from, a ball thrown and a closing gift are not
        ("Market stall pitch fee - Saturday market", "sales/convert"),
        ("Pitching machine lease (batting cages)", "operations"),
        ("Cleaning supplies", "operations"),
        # an acquisition medium sent to customers the business has: it sells them more...
        ("mailer to existing lawn clients: add mosquito treatment", "marketing/grow"),
        ("Lighting retrofit campaign - current accounts", "marketing/grow"),
        # ...or wins them back; a referral programme still asks them for new customers
        ("Win-back postcards to past clients", "marketing/retain"),
        ("Referral program mailer - existing customers", "marketing/acquire"),
        ("Postcards - new movers", "marketing/acquire"),
        # a meal ordered through a delivery platform is a meal; its commission its share
        ("UBER *EATS - lunch for the crew on the long install day", "operations"),
        ("Uber Eats commission", "contra-revenue"),
        # a cost to start offering something new is innovation
        ("microblading training for Jess so we can start offering it", "innovation"),
        ("DJI drone so we can start offering roof inspections", "innovation"),
        ("Staff CPR training", "operations"),
        # "gas" for the selling function is the function's (it had never matched, stemmed)
        ("gas money driving around cedar park giving quotes", "sales/convert"),
        ("Gas - service vans", "operations"),
        # a gift to the business's own employees is a staff cost
        ("holiday gift cards for employees, $50 each x 9", "operations"),
        # the thirtieth round's re-review: a job closed out is finished, not won (R9); a
        # dispute is no deal; a marquee pitched is a tent
        ("Punch list crew to close out jobs", "cost-of-sales"),
        ("Attorney to win contract dispute with supplier", "operations"),
        ("Pitching marquees - crew wages", "cost-of-sales"),
        # a price cut and a referral campaign stay what they are (R6, R10)
        ("Promo discount for existing customers", "contra-revenue"),
        ("Testimonial video campaign with existing clients", "marketing/acquire"),
        ("case study pdf for current SEO clients about adding PPC", "marketing/grow"),
        # a meal for prospects or referring offices is read by its other words; a
        # restaurant's own platform orders stay the platform's share (R8)
        ("Uber Eats lunches for referring physicians' offices", "marketing/acquire"),
        ("Uber Eats - client lunch for prospects", "sales/convert"),
        ("DoorDash - dinner orders", "contra-revenue"),
        # a running cost is no development (R12); the store's heat is no salesperson's gas
        # (R13)
        ("Merchant fees to start offering financing (Affirm)", "operations"),
        ("Electrician to test a new panel", "operations"),
        ("Sales floor - natural gas heating", "operations"),
    ],
)
def test_the_context_an_owner_adds_decides_the_line(name: str, answer: str) -> None:
    """The twentieth and twenty-first rounds of build names (2026-12-05): owners add what a
    line was for ("to pitch the cleaning contract", "to existing lawn clients", "so we can
    start offering it"), and the thing alone ('cleaning', 'mailer', 'training') had decided."""
    got = classify(name)
    assert (f"{got.category}/{got.purpose}" if got.purpose else got.category) == answer


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        # a marketplace's share, however its charge is worded; the business's own seller's pay
        ("Allegro sales commission", "contra-revenue"),
        ("Talabat commission", "contra-revenue"),
        ("Sales commission - Amazon account rep", "sales/convert"),
        ("Amazon storage fees", "operations"),
        # a gift to customers, whatever the name calls them; not to those who refer
        ("Christmas hampers for key customers", "marketing/retain"),
        # (customers, no referrer named: keeping them, not cultivating referrals; it had read
        # as operations, held so by the test of gifts to those who refer)
        ("Gift baskets for clients", "marketing/retain"),
        ("Gift baskets for clients who refer", "marketing/acquire"),
        # the employer's social charges and the travel of a trade's representatives go with
        # the selling function a chart files them under
        ("Social security employer share - sales office", "sales/convert"),
        ("512 Travel expenses - trade representatives", "sales/convert"),
        ("Social security employer share - production", "operations"),
    ],
)
def test_charts_in_their_english_versions(name: str, answer: str) -> None:
    """The twenty-fourth round of build names (2026-12-05): charts of accounts of countries
    where English is not spoken, in their English versions, and their marketplaces."""
    got = classify(name)
    assert (f"{got.category}/{got.purpose}" if got.purpose else got.category) == answer


def test_a_tasting_for_a_couple_already_under_contract_delivers_the_sale() -> None:
    """The twenty-fifth round of build names (2026-12-05): "already under contract" says the
    customer is won, as "contracted weddings" does."""
    assert classify("Catering tasting for couples already under contract").category == (
        "cost-of-sales"
    )
    assert classify("GYG commission 25% - Lisbon walking tour").category == "contra-revenue"


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        # F2: a tattoo studio's artists deliver the service, in either word order
        ("Commissions - artists (60/40 split)", "cost-of-sales"),
        # F5: a customer's office staff taught over lunch are no staff of the business's own;
        # a carrier's outbound cases are shipping
        ("Lunch-and-learns for dental office staff", "marketing/acquire"),
        ("Staff lunch n learn - CPR recertification", "operations"),
        ("FedEx/UPS - outbound cases", "cost-of-sales"),
        # F15: freelance translators are a language agency's direct cost
        ("Freelance translators (1099)", "cost-of-sales"),
    ],
)
def test_the_thirty_first_rounds_readings(name: str, answer: str) -> None:
    """A CFO's review of six more trades (2026-12-05): lines read by the wrong word."""
    got = classify(name)
    assert (f"{got.category}/{got.purpose}" if got.purpose else got.category) == answer


def test_a_real_word_one_letter_from_a_known_one_is_no_misspelling() -> None:
    """F8 of the thirty-first round: "Venue preferred list" had read as 'venue referred
    list' by a close spelling; a preferred list is a referral by its own words now."""
    reading = classify_source("Venue preferred list")
    assert reading.kind == "referral"
    assert "close match" not in reading.reason


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        ("Instructor commission on package sales", "sales/convert"),
        ("Lunch & learn at Dell - handouts for their staff", "marketing/acquire"),
        ("401(k) match - sales team", "sales/convert"),
        ("Travel - pitch to hospital system (sleep lab contract)", "sales/convert"),
        ("Holiday gift cards - staff", "operations"),
        ("Pelvic floor OT program - training to launch", "innovation"),
    ],
)
def test_the_twenty_sixth_rounds_rules(name: str, answer: str) -> None:
    """The twenty-sixth round of build names (allied health practices, 2026-12-05)."""
    got = classify(name)
    assert (f"{got.category}/{got.purpose}" if got.purpose else got.category) == answer


@pytest.mark.parametrize(
    ("name", "answer"),
    [
        # R4 and R9 of the thirty-first round's re-review: the work sold is the work
        # delivered; reps, agents, affiliates and sales trainers are paid to sell
        ("Commissions - artists (60% of tattoos sold)", "cost-of-sales"),
        ("Commissions - reps calling on fitness trainers", "sales/convert"),
        ("Commissions - booking agents (artists)", "sales/convert"),
        ("Sales trainer commission (Sandler)", "sales/convert"),
        # R12: a commission to an agency that runs a marketplace account is its pay
        ("Amazon agency commission (8% of Amazon sales)", "sales/convert"),
        # R14, R15: raising money is no selling; a system's training starts no offering
        ("Travel - pitch to investors", "operations"),
        ("Training to launch new EHR system", "operations"),
    ],
)
def test_the_thirty_first_rounds_re_review(name: str, answer: str) -> None:
    """The re-review of the thirty-first round's fixes (2026-12-05): each line as it read it."""
    got = classify(name)
    assert (f"{got.category}/{got.purpose}" if got.purpose else got.category) == answer


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Promo codes (BFCM 30% off etc)", "contra-revenue"),  # F1: a discount off the sale
        ("Promo codes", "contra-revenue"),
        # R1 of the re-review: the payee or the medium a line names wins
        ("Influencer promo codes - creator payouts", "marketing"),
        ("Affiliate payouts (promo code sales)", "marketing"),
        ("Valpak mailers (promo codes)", "marketing"),
        # Q2 of the second re-review: codes the line says were redeemed name their audience
        ("Promo codes redeemed - Instagram followers (20% off)", "contra-revenue"),
        ("Radio ads w/ promo code", "marketing"),
        # R12: pay words read the function they pay for
        ("Agent remuneration (commission)", "sales"),
        ("Referral remuneration", "marketing"),
        ("CPP radio buys", "marketing"),
        ("Nic salts (inventory)", "cost-of-sales"),
        ("CPP/EI employer portion", "operations"),
    ],
)
def test_words_of_the_thirty_second_round_and_its_re_review(name: str, category: str) -> None:
    """F1, F13 of the thirty-second round (2026-12-05) and R1, R12 of its re-review: the words
    the fixes added yield to what a line pays or the medium it names."""
    assert classify(name).category == category


@pytest.mark.parametrize("name", ["broker", "customs broker", "food broker", "print broker"])
def test_a_broker_is_no_referral_of_its_own(name: str) -> None:
    """R4 of the thirty-second round's re-review: a bare "broker" read as a referral turned a
    printer's verdict to "closer to a hobby" and a food maker's paid brokers to "at risk"."""
    assert classify_source(name).kind != "referral"


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        (None, "Tech commissions (35%)", "cost-of-sales", None),  # a locksmith's technicians
        (None, "Teacher commissions (60/40 split)", "cost-of-sales", None),  # a music school's
        (None, "Instructor commissions", "cost-of-sales", None),
        ("salon", "Commissions", "cost-of-sales", None),  # a salon's bookkeeper's bare line
        ("salon", "Commission expense", "cost-of-sales", None),
        # not those who sell: as before
        (None, "Commissions", "sales", "convert"),
        (None, "Tech sales commissions", "sales", "convert"),
        (None, "Service tech commissions on sold jobs", "sales", "convert"),
        (None, "Teacher commissions on package sales", "sales", "convert"),
        # the re-review (R1): more trades, and a split of the work's fee whoever is paid; not
        # an agent's or a broker's split, which sells
        (None, "Locksmith commissions (35%)", "cost-of-sales", None),
        (None, "Faculty commissions (60/40 split)", "cost-of-sales", None),
        (None, "Commissions (60/40 split)", "cost-of-sales", None),
        (None, "Cleaner commissions", "cost-of-sales", None),
        (None, "Agent commissions (70/30 split)", "sales", "convert"),
        # the second re-review (Q2): a split or a share of the job however written; a
        # brokerage's split stays revenue given up
        (None, "Commissions (35% of job)", "cost-of-sales", None),
        (None, "Commissions - 60/40", "cost-of-sales", None),
        (None, "Teacher commission split (60/40)", "cost-of-sales", None),
        (None, "Realtor commission split 70/30", "contra-revenue", None),
        (None, "Sales commissions (5% of sales price)", "sales", "convert"),
    ],
)  # fmt: skip
def test_commissions_of_those_who_deliver_the_work_are_its_cost(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """F1 of the thirty-third round (2026-12-05): a salon's bare "Commissions" ($261,500), a
    locksmith's "Tech commissions (35%)" and a music school's "Teacher commissions" were read
    as selling, so each customer "lost money" (BA204) and two checks failed; stylists,
    technicians and teachers are paid a share of the work they deliver."""
    got = _read(vertical, name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("vertical", "name", "category"),
    [
        ("hospitality", "Booking.com", "contra-revenue"),  # a host's monthly OTA invoice
        ("hospitality", "Expedia", "contra-revenue"),
        ("hospitality", "Airbnb", "contra-revenue"),
        ("hospitality", "Booking.com commission", "contra-revenue"),  # as before
        # a stay booked on a card, in any other trade's books: travel, as before
        (None, "BOOKING.COM HOTEL RESERVATION", "operations"),
        (None, "EXPEDIA 7212345678", "operations"),
        (None, "Expedia TravelAds", "marketing"),  # an OTA's own advertising
        # the re-review (R12): an OTA's ads and a listing's photographs are marketing
        ("hospitality", "Booking.com Sponsored Ads", "marketing"),
        ("hospitality", "Airbnb photography", "marketing"),
        ("hospitality", "Hostelworld", "contra-revenue"),
    ],
)  # fmt: skip
def test_a_hosts_ota_invoices_under_the_otas_name_are_its_commission(
    vertical: str | None, name: str, category: str
) -> None:
    """F5 of the thirty-third round (2026-12-05): a guesthouse's bank feed booked its OTA
    invoices as "Booking.com" and "Expedia", €34,000 read as unknown operating costs, so its
    OTA guests cost "€2.30" each where by hand (27,900 + 6,100 + 1,450) ÷ 630 = €56.27. In a
    host's books the name alone is the commission; a card's "BOOKING.COM HOTEL RESERVATION"
    elsewhere is a stay booked (the build part's card descriptors)."""
    assert _read(vertical, name).category == category


@pytest.mark.parametrize(
    ("vertical", "name", "category"),
    [
        (None, "Electric (Duke Energy)", "operations"),
        (None, "6400 R&M", "operations"),
        (None, "Motor expenses (HP vans)", "operations"),
        (None, "Employer PRSI", "operations"),
        (None, "Employer PRSI - sales reps", "sales"),  # with the function it pays, as before
        (None, "Part-time housekeeper", "operations"),
        (None, "ESB / heating oil", "operations"),
        (None, "HST remitted", "operations"),
        (None, "GST/HST payable", "operations"),
        (None, "Labor - attendants", "operations"),
        (None, "Heating oil - supplier purchases", "cost-of-sales"),  # as before
        (None, "Locks & cores (Best, Medeco)", "cost-of-sales"),
        ("salon", "Product", "cost-of-sales"),
        ("hospitality", "Food - breakfast", "cost-of-sales"),
        # and two read as the wrong kind: a salon's education centre, lunches for the leasing
        # offices that send a locksmith work
        (None, "Education (Redken Exchange NYC)", "operations"),
        (None, "Leasing office lunches (apartment complexes)", "marketing"),
        # the re-review (R2, R5, R8, R15): a VAT return, a deal site's fee or deduction,
        # interest as charts name it, regional payroll and utility names
        (None, "VAT3 return payment", "operations"),
        (None, "Groupon merchant fee (50%)", "contra-revenue"),
        (None, "Groupon payout deduction", "contra-revenue"),
        (None, "Finance costs", "operations"),
        (None, "BOI mortgage int.", "operations"),
        (None, "Superannuation", "operations"),
        (None, "WSIB premiums", "operations"),
        (None, "Hydro (Toronto Hydro)", "operations"),
        (None, "Diesel", "operations"),
        (None, "Geotargeted mobile ads", "marketing"),
        (None, "Chair rental ads", "marketing"),
        (None, "Craigslist - suites for rent", "marketing"),
        # the second re-review (Q3, Q5, Q6): booths on offer, interest abbreviated, a deal
        # site's fees however written
        (None, "Booth rent available - IG ads", "marketing"),
        (None, "Booth rent", "operations"),
        (None, "Finance charges", "operations"),
        (None, "BOI loan int.", "operations"),
        (None, "Groupon - voucher fees", "contra-revenue"),
        (None, "Groupon payout adjustments", "contra-revenue"),
        # ...and what it still found unread (R15): Canada's and Australia's payroll costs, a
        # utility with an accent (its "é" had split "Québec" in two)
        (None, "WorkSafeBC", "operations"),
        (None, "WCB premiums", "operations"),
        (None, "EI premiums", "operations"),
        (None, "PAYG withholding", "operations"),
        (None, "Super guarantee", "operations"),
        (None, "Super guarantee - sales reps", "sales"),  # with the function it pays
        (None, "Workcover premium", "operations"),
        (None, "Hydro-Québec", "operations"),
        (None, "Café supplies", "operations"),
    ],
)  # fmt: skip
def test_everyday_ledger_names_of_the_thirty_third_round_are_read(
    vertical: str | None, name: str, category: str
) -> None:
    """F18 of the thirty-third round (2026-12-05): standard chart names read as unknown, each
    a BA106 warning, which fails a check under --strict; "HST remitted" was unknown in the
    table while BA116 named it as sales tax."""
    got = _read(vertical, name)
    assert got.category == category, got.reason
    assert got.confidence != "none"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("retail to member conversion", "organic"),  # a member won on site
        ("Converted to membership at pay station", "organic"),
        ("new fleet account", "other"),  # new, how they came not said
        ("New member", "other"),
        ("New fleet account (cold call)", "outbound"),  # the call won it, as before
        ("Returning customer - new location", "repeat"),  # "new" before something else
        ("Fleet account", "repeat"),
        ("upgraded at pay station", "organic"),  # a sign-up where they pay (R6 of the
        # re-review): a car wash's pay station is where a single-wash customer joins
        ("first-time member (pay station)", "organic"),
        ("new club members (lane)", "other"),  # "new" anywhere before (R6)
        ("first-time member", "other"),
        ("Upgraded plan", "repeat"),  # an upgrade, as before
    ],
)
def test_a_new_member_or_account_is_not_a_returning_customer(name: str, kind: str) -> None:
    """F3 of the thirty-third round (2026-12-05): a car wash's 1,120 single-wash customers
    converted to its unlimited membership, and 38 "new fleet account"s, were read as repeat
    and left out of the new customers, so a customer cost $114,300 ÷ 732 where by hand it is
    $114,300 ÷ 1,890 = $60.48, and BA201 told the owner to rework the commission plan."""
    got = classify_source(name)
    assert got.kind == kind, got.reason


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Facebook ads - booth renter recruitment", "marketing"),  # renters are its customers
        ("Tenant recruitment ads - Craigslist", "marketing"),
        ("Stylist recruiting ads", "operations"),  # staff, as before
    ],
)
def test_recruiting_those_who_rent_from_the_business_wins_customers(
    name: str, category: str
) -> None:
    """F14 of the thirty-third round (2026-12-05): a suite-rental salon sells chairs to
    stylists, so its ads to recruit booth renters win its customers; they were read as hiring,
    its marketing share read 0.5% and BA207 said its two Facebook renters looked free."""
    assert classify(name).category == category


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        # F2: the UK's wedding directories; a domain's ".co.uk" is no "cos"
        (None, "Bridebook", "marketing", "acquire"),
        (None, "Hitched - Premium Supplier package", "marketing", "acquire"),
        (None, "Hitched.co.uk", "marketing", "acquire"),
        (None, "Yell.co.uk", "marketing", "acquire"),
        # F3: the UK's name for a referral fee
        (None, "Introducer fees - wedding planners (10%)", "marketing", "acquire"),
        # F5: lunches with the accountants who refer, and what they are paid
        (None, "Lunches with accountants", "marketing", "acquire"),
        (None, "Trail commission to referring accountants (15% of fees)", "marketing", "acquire"),
        (None, "Accountant fees", "operations", None),  # the business's own accountant
        # F8 and F9: a climbing gym's route setters and party hosts
        ("fitness", "Setter wages", "operations", None),
        ("fitness", "Kids party hosts", "cost-of-sales", None),
        (None, "Appointment setter", "sales", "convert"),
        (None, "Birthday party host wages", "cost-of-sales", None),
        # F1, F6 and F14: the travel trade's commissions, an experience marketplace's ads, a
        # concession to operate on public land
        (None, "Cruise line shore excursion commission", "contra-revenue", None),
        (None, "i-SITE commissions", "contra-revenue", None),
        (None, "Viator promoted listings (ads)", "marketing", "acquire"),
        (None, "DOC concession fees", "cost-of-sales", None),
        # F12: QuickBooks Online's payroll parent files the estimator's pay, which is selling;
        # F1: a marketplace's commission filed under cost of sales is its share of each sale
        (None, "Payroll Expenses:Wages - Estimator", "sales", "convert"),
        (None, "Payroll Expenses:Wages - Movers", "operations", None),
        (None, "Cost of Sales:Viator commission", "contra-revenue", None),
        (None, "310 Cost of Sales - Agent Commissions (Viator, GYG)", "contra-revenue", None),
        (None, "311 Cost of Sales - Wholesale Commissions (ITOs)", "contra-revenue", None),
        (None, "Cost of sales - packaging (Amazon orders)", "cost-of-sales", None),
        # a hamper is a gift: to customers, to those who refer, or to the staff
        (None, "Christmas hampers for planners", "marketing", "acquire"),
        (None, "Client Christmas hampers", "marketing", "retain"),
        (None, "Christmas hampers for staff", "operations", None),
        (None, "Staff Christmas hampers", "operations", None),  # Q7 of the re-review
        (None, "Employee hampers", "operations", None),
        # the re-review's wordings (R1, R4, R5, R7, R9, R17)
        (None, "Direct Costs - Viator commission", "contra-revenue", None),
        (None, "Coco Wedding Venues", "marketing", "acquire"),
        (None, "Confetti.co.uk", "marketing", "acquire"),  # R4 of the second re-review
        (None, "Confetti and favours", "operations", None),  # confetti alone is a supply
        (None, "Introduction fees", "marketing", "acquire"),
        ("fitness", "Setter commissions (per trial booked)", "sales", "convert"),
        (None, "Company tax", "operations", None),
        (None, "Front desk membership commissions", "sales", "convert"),
        (None, "Front desk upsell bonus", "sales", "convert"),
        (None, "Payroll Expenses:Commissions", "sales", "convert"),  # R10
        (None, "Conveyancing panel marketing fees", "marketing", "acquire"),  # R16
        # F14: a check-in offer's money off; commissions received are income, not selling
        # (an offer to win customers, not a marketplace's share: S11 of the second re-review)
        (None, "$50 off first move (Yelp check-in offer)", "marketing", "acquire"),
        (None, "Christmas hampers for the team", "operations", None),  # S9
        (None, "Easy Weddings", "marketing", "acquire"),  # R4 residue
        (None, "Front desk retail commission", "sales", "convert"),  # R17 residue
        (None, "Client check-ins", "marketing", "retain"),
        (None, "U-Haul dealer commissions received", "operations", None),
        (None, "Cost of Sales:Freight", "cost-of-sales", None),
    ],
)  # fmt: skip
def test_the_thirty_fourth_rounds_trades_words_are_read(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """The thirty-fourth review round (2026-12-05): a climbing gym, a mover, a UK barn venue,
    a self-storage site, an Australian bookkeeping bureau and a New Zealand tour operator."""
    got = _read(vertical, name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Guest pass (brought by member)", "referral"),
        ("i-SITE", "paid"),
        ("ITO / inbound agent", "paid"),
        ("selfstorage.com", "paid"),
        ("Cruise ship", "paid"),
        ("Confetti.co.uk", "paid"),  # R4 of the second re-review: a UK wedding directory
        ("Guest of a member", "referral"),  # R11 of the re-review: with the article
        ("Brought by a member", "referral"),
        ("Day pass convert", "organic"),  # F13: a day pass bought, then a membership
    ],
)
def test_the_thirty_fourth_rounds_sources_are_read(name: str, kind: str) -> None:
    """F13 and F14 of the thirty-fourth review round: a member's guest had read as a returning
    member (40 new members dropped), visitor centres and inbound operators as organic."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        # F5: what a franchisee pays to keep operating keeps no customer; a regional
        # advertising co-op the agreement requires is advertising
        (None, "Franchise renewal fee", "operations", None),
        (None, "Brand standards remodel (required at renewal)", "operations", None),
        (None, "Renewal fee", "operations", None),
        (None, "Regional co-op dues (1.5%)", "marketing", "acquire"),
        (None, "Membership renewal campaign", "marketing", "retain"),
        # F6: a funeral home's aftercare keeps its families; in-service education for
        # hospices and nursing homes earns their referrals
        ("death-care", "6240 Aftercare", "marketing", "retain"),
        ("death-care", "Grief support group", "marketing", "retain"),
        ("death-care", "Annual candlelight memorial service", "marketing", "retain"),
        ("death-care", "Hospice in-service lunches", "marketing", "acquire"),
        ("death-care", "Staff in-service training", "operations", None),
        # R2 of the re-review: a family's memorial service is what the family buys, and the
        # home's own staff's training is overhead
        ("death-care", "Memorial service catering (family receptions)", "operations", None),
        ("death-care", "In-service education - OSHA formaldehyde (embalmers)", "operations", None),
        (None, "Aftercare products", "operations", None),  # a tattoo studio's, not a family's
        # F13: a brewery pours at a beer festival to build its name; a food truck's booth is
        # where it sells
        ("restaurant", "Event & festival booth fees", "operations", None),
        # G12 of the thirty-ninth round: in other words, and a quick-service kitchen's food
        # cost as its books name it; a festival the restaurant sponsors is still marketing
        ("restaurant", "Festival and event booth fees", "operations", None),
        ("restaurant", "7040 Event Fees:Festivals", "operations", None),
        ("restaurant", "Food and paper", "cost-of-sales", None),
        ("restaurant", "Meat (brisket, pork)", "cost-of-sales", None),
        ("restaurant", "Festival sponsorship", "marketing", "acquire"),
        # G9 of the thirty-ninth round: a tax practice's "return" is a tax return, not goods
        # given back; returns and allowances stay revenue given up
        ("accounting", "Per-return bonus - preparers", "cost-of-sales", None),
        ("accounting", "1040 returns e-file fees", "operations", None),
        ("accounting", "Tax return postcards (Drake marketing kit)", "marketing", "acquire"),
        ("accounting", "ERC / amended-return campaign (20% fee)", "marketing", "acquire"),
        ("accounting", "Amended return mailer", "marketing", "acquire"),
        (None, "Returns and allowances", "contra-revenue", None),
        # G13: books' names for keeping members and clients, a home-care agency's direct care,
        # a venue's liquor liability insurance
        (None, "6120 Marketing:Club Member Comms", "marketing", "retain"),
        (None, "615 Member Engagement", "marketing", "retain"),
        (None, "6360 Client Relations", "marketing", "retain"),
        (None, "5010 Direct Care Wages - HHA/PCA", "cost-of-sales", None),
        (None, "5030 CG Mileage Reimb", "cost-of-sales", None),
        (None, "6440 Ins & Lic:Liquor/GL", "operations", None),
        (None, "Liquor purchases", "cost-of-sales", None),
        # G17: an HVAC contractor's install crews cost each job; a promotion that names a heat
        # pump is still marketing; a lawn company's equipment and a firm's e-file software are
        # overhead (R10 of its re-review)
        ("home-services", "Lawn equipment and parts (mowers, trimmers)", "operations", None),
        (None, "Tax software (CCH Axcess) and e-file", "operations", None),
        ("home-services", "Install crew wages", "cost-of-sales", None),
        ("home-services", "Heat pump rebate promo ads", "marketing", "acquire"),
        # F23: a broker's rate alerts keep past borrowers; a funeral home's removal service is
        # part of the call it sells
        (None, "Rate alert emails", "marketing", "retain"),
        ("death-care", "Removal service (first call, contract)", "cost-of-sales", None),
    ],
)  # fmt: skip
def test_the_thirty_fifth_rounds_trades_words_are_read(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """The thirty-fifth review round (2026-12-05): a funeral home, a craft brewery, a
    franchisee, a mortgage broker, a storm roofer and a Dutch and a German web shop."""
    got = _read(vertical, name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("founding member presale", "paid"),  # F12: a presale wins a studio's first members
        ("Presale", "paid"),
        ("Member", "repeat"),
        ("Total Wine", "other"),  # F11: a retailer, not Toptal by a close spelling
        ("Coldwell Banker agents", "referral"),
    ],
)
def test_the_thirty_fifth_rounds_sources_are_read(name: str, kind: str) -> None:
    """F11, F12 and F23 of the thirty-fifth review round (2026-12-05)."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "category", "purpose"),
    [
        ("4600 Werbekosten", "marketing", "acquire"),
        ("6600 Werbekosten", "marketing", "acquire"),
        ("4605 Streuartikel", "marketing", "acquire"),
        ("4610 Messekosten", "marketing", "acquire"),
        ("4630 Geschenke abzugsfähig ohne § 37b EStG", "marketing", "retain"),
        ("6620 Geschenke nicht abzugsfähig ohne § 37b EStG", "marketing", "retain"),
        ("4650 Bewirtungskosten", "sales", "convert"),
        ("4760 Verkaufsprovisionen", "sales", "convert"),
        ("4661 Reisekosten Vertrieb", "sales", "convert"),
        ("4998 Vertriebskosten", "sales", "convert"),
        ("3400 Wareneingang 19 % Vorsteuer", "cost-of-sales", None),
        ("5100 Einkauf Roh-, Hilfs- und Betriebsstoffe", "cost-of-sales", None),
        ("5900 Fremdleistungen", "cost-of-sales", None),
        ("3736 Erhaltene Skonti 19 % Vorsteuer", "cost-of-sales", None),
        ("8700 Erlösschmälerungen (Retouren)", "contra-revenue", None),
        ("8736 Gewährte Skonti 19 % USt", "contra-revenue", None),
        ("4780 Kaufland Provision", "contra-revenue", None),
        ("4120 Gehälter", "operations", None),
        ("6027 Geschäftsführergehälter", "operations", None),
        ("4210 Miete (unbewegliche Wirtschaftsgüter)", "operations", None),
        ("4530 Laufende Kfz-Betriebskosten", "operations", None),
        ("6825 Rechts- und Beratungskosten", "operations", None),
        ("4970 Nebenkosten des Geldverkehrs", "operations", None),
        ("4830 Abschreibungen auf Sachanlagen (ohne AfA auf Kfz und Gebäude)", "operations", None),
        ("7310 Zinsaufwendungen für kurzfristige Verbindlichkeiten", "operations", None),
        ("4909 Entwicklungskosten Prototypen", "innovation", None),
        ("4520 Reclamekosten", "marketing", "acquire"),
        ("4525 Advertenties Google en Facebook", "marketing", "acquire"),
        ("4505 Relatiegeschenken", "marketing", "retain"),
        ("4530 Beurskosten", "marketing", "acquire"),
        ("4515 Representatiekosten", "sales", "convert"),
        ("7000 Inkoopwaarde van de omzet", "cost-of-sales", None),
        ("7040 Kosten uitbesteed werk", "cost-of-sales", None),
        ("8100 Verleende kortingen", "contra-revenue", None),
        ("4000 Lonen en salarissen", "operations", None),
        ("4010 Management fee DGA", "operations", None),
        ("4110 Huur bedrijfspand", "operations", None),
        ("4601 Accountantskosten", "operations", None),
        ("4720 Rente rekening-courant bank", "operations", None),
        ("4044 Wervingskosten personeel", "operations", None),
    ],
)  # fmt: skip
def test_german_and_dutch_account_names_are_read(
    name: str, category: str, purpose: str | None
) -> None:
    """F1 of the thirty-fifth review round (2026-12-05): DATEV (SKR03, SKR04) and Dutch
    (RGS, Exact) account names were read as nothing, and a German web shop scored 31 where the
    same books in English passed. The names and their categories were written by a helper
    from the charts and an accountant's reading, before the vocabulary was grown."""
    got = classify(name)
    assert (got.category, got.purpose) == (category, purpose), got.reason


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Empfehlung von Freunden", "referral"),
        ("Mund-zu-Mund-Propaganda", "referral"),
        ("Stammkunde", "repeat"),
        ("Google-Suche", "organic"),
        ("Laufkundschaft", "organic"),
        ("Zeitungsanzeige Lokalblatt", "paid"),
        ("Messe München 2025", "paid"),
        ("Kaltakquise Telefon", "outbound"),
        ("Kaufland.de", "paid"),
        ("aanbeveling via vrienden", "referral"),
        ("vaste klant", "repeat"),
        ("via zoekmachine", "organic"),
        ("advertentie in de krant", "paid"),
        ("bol.com", "paid"),
        ("koude acquisitie", "outbound"),
    ],
)
def test_german_and_dutch_customer_sources_are_read(name: str, kind: str) -> None:
    """F1 of the thirty-fifth review round (2026-12-05): "Empfehlung", "Stammkunde", "vaste
    klant" and the European marketplaces were read as "other"."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("business", "name", "category"),
    [
        ("Old Mill Brewing Co.", "Beer festival fees and travel", "marketing"),
        ("Old Mill Brewing Co.", "Beer festival booth fees", "marketing"),
        ("Taco Loco Food Truck", "Beer festival fees", "operations"),  # where it sells (AG4)
        ("Bright Leaf Kombucha Brewing Co.", "Festival booth fees", "operations"),
    ],
)
def test_a_maker_of_drink_pours_at_festivals_to_be_known(
    business: str, name: str, category: str
) -> None:
    """F13 of the thirty-fifth review round and R3 of its re-review (2026-12-05): a brewery's
    beer-festival fees are marketing; a food truck's festival booth is where it sells. Read by
    the business's name, whatever it declares (kombucha is no alcohol)."""
    from bizaudit.core.classify import for_vertical
    from bizaudit.model.verticals import read_by

    found = read_by("restaurant", business)
    assert found is not None
    assert for_vertical(found.id, found.terms).classify(name).category == category


def test_a_first_name_or_a_short_word_is_no_marketplace() -> None:
    """R9 and R10 of the thirty-fifth round's re-review (2026-12-05): "Otto" alone made a tax
    adviser's fee a marketplace's share, and "bol" read "Bolt Food" and "Bold Media" as
    Bol.com by a close spelling."""
    assert classify("Steuerberater Otto & Partner Gebühren").category == "operations"
    assert classify("Otto.de Provision").category == "contra-revenue"
    assert classify("OTTO Provision").category == "contra-revenue"  # S3 of the second re-review
    assert classify_source("Bold Media").kind == "other"
    assert classify_source("Bolt Food").term == "bolt food"  # a delivery app of its own


@pytest.mark.parametrize(
    ("vertical", "name", "category"),
    [
        (None, "Do it Best co-op dues", "operations"),  # R15: a buying co-op is no brand fund
        (None, "Policy renewal fee rebates to clients", "contra-revenue"),  # R17
        (None, "Porto trade fair trip (client prospecting)", "sales"),  # R19: not postage
        (None, "7000 Inkopen", "cost-of-sales"),
        ("ecommerce", "4710 Verpackungsmaterial", "cost-of-sales"),  # as "packaging" there
        ("ecommerce", "4610 Verzendkosten", "cost-of-sales"),
    ],
)
def test_the_thirty_fifth_rounds_re_review_words(
    vertical: str | None, name: str, category: str
) -> None:
    """R15, R17 and R19 of the thirty-fifth round's re-review (2026-12-05)."""
    assert _read(vertical, name).category == category


def test_founding_members_who_renew_come_back() -> None:
    """R16 of the thirty-fifth round's re-review (2026-12-05)."""
    assert classify_source("founding member renewals").kind == "repeat"
    assert classify_source("Founding member").kind == "paid"


@pytest.mark.parametrize(
    ("vertical", "name", "category"),
    [
        ("death-care", "Hospice staff lunches", "marketing"),  # S8 of the second re-review
        ("death-care", "Nursing home in-service education", "marketing"),
        ("death-care", "Holiday memorial service (families served)", "marketing"),
        ("death-care", "Memorial tribute video", "cost-of-sales"),  # S11: sold to the family
        (None, "Amazon advertenties", "marketing"),  # S10
    ],
)
def test_the_thirty_fifth_rounds_second_re_review_words(
    vertical: str | None, name: str, category: str
) -> None:
    """S8, S10 and S11 of the thirty-fifth round's second re-review (2026-12-05)."""
    assert _read(vertical, name).category == category
    assert classify_source("returning founding members").kind == "repeat"  # S9


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Payroll taxes - treatment coordinators", "treatment coordinator"),
        ("Benefits - AEs", "ae"),
        ("Payroll taxes - closers", "closer"),
        ("Payroll taxes - intake specialists", "intake specialist"),
    ],
)
def test_the_people_a_cost_is_paid_for_name_the_function_they_serve(name: str, role: str) -> None:
    """The build part's sales misses (2026-12-05): a selling role named after a cost any
    function has ("Payroll taxes - treatment coordinators") had read as overhead, or as a tie
    at low confidence; the role is the function, as "sales dept" is."""
    result = classify(name)
    assert (result.category, result.purpose, result.confidence) == ("sales", "convert", "high")
    assert result.term == role
    assert "a cost of the function it serves" in result.reason
    assert classify("Payroll taxes - kitchen staff").category == "operations"


def test_employees_health_cover_goes_with_the_function_its_people_serve() -> None:
    """The build part's sales misses (2026-12-05): "6250 · Sales:Health insurance - advisors"
    read 'insurance' as the business's own cover, overhead."""
    for name in ("Sales:Health insurance", "6250 · Sales:Health insurance - advisors"):
        result = classify(name)
        assert result.category == "sales"
        assert result.reason.startswith("'health insurance' filed under 'sales'")
    assert classify("Medical insurance - sales reps").category == "sales"
    assert classify("Health insurance").category == "operations"
    assert classify("Health insurance leads").category == "marketing"  # an agency's leads


@pytest.mark.parametrize(
    "name",
    [
        "Estimate follow-up calls - office mgr hours",
        "yesware for tracking follow ups on quotes",
        "Charter inquiry follow-up (VA, 10 hrs/wk)",
        "Be-back follow-up texting service",
    ],
)
def test_a_follow_up_of_a_deal_not_yet_won_is_selling(name: str) -> None:
    """The build part's misses (2026-12-05): a follow-up of an open quote, an enquiry or a
    shopper who said they would be back chases one deal; it had read as keeping customers."""
    result = classify(name)
    assert (result.category, result.purpose) == ("sales", "convert")
    assert "of a deal not yet won" in result.reason
    assert (
        classify("Customer follow-up calls").category,
        classify("Customer follow-up calls").purpose,
    ) == ("marketing", "retain")


@pytest.mark.parametrize(
    ("name", "category", "term"),
    [
        ("S&M - Sales Payroll", "sales", "sales"),
        ("S&M salaries - AE", "sales", "ae"),
        ("S&M Dept - Group Sales Manager Salary", "sales", "sales manager"),
        ("S&M - Google Ads", "marketing", "google ads"),
        ("S&M - Sales tax", "operations", "sales tax"),  # a tax, not the sales side
    ],
)
def test_a_line_under_selling_and_marketing_together_is_read_by_the_rest(
    name: str, category: str, term: str
) -> None:
    """The build part's misses (2026-12-05): "S&M - Sales Payroll" asked to be split though its
    own words say which of the two it is. Where the rest names neither, or only a cost every
    function has, the line still asks to be split."""
    result = classify(name)
    assert (result.category, result.term, result.confidence) == (category, term, "high")
    for mixed in ("Sales and marketing salaries", "Sales and Marketing - Entertainment"):
        assert classify(mixed).confidence == "low"
        assert "split it" in classify(mixed).reason


@pytest.mark.parametrize(
    "name",
    [
        "Grand opening - 30 days free Top wash (14,000 cars @ $25)",
        "First month $1 promo (members)",
        "$1 first month",
        "Member referral - 1 month free",
        "Free washes - new members",
    ],
)
def test_washes_and_months_given_free_or_for_a_token_are_revenue_given_up(name: str) -> None:
    """F3 of the thirty-sixth review round (2026-12-05): a car wash's month of free washes at
    menu price, its "$1 first month" and a coworking space's free month for a referral counted
    as marketing money (a BA101 pass rested on one)."""
    from bizaudit.core.financing import given_up

    assert given_up(name, None)
    assert not given_up("Podium - 30 days free trial", None)  # a supplier's offer
    assert not given_up("Car wash chemicals", None)


def test_a_grand_opening_is_a_one_off() -> None:
    """F3 of the thirty-sixth review round: a grand opening happens once, so it is no
    predictable channel for `plan` to hold every period."""
    assert not Activity(name="Grand opening - billboard", spend=Decimal(1000)).repeats
    assert not Activity(name="GRAND OPENING MAILER", spend=Decimal(1000)).repeats
    assert Activity(name="Billboard", spend=Decimal(1000)).repeats


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        ("med-spa", "Botox Day events (2x/yr)", "marketing", "acquire"),  # F13
        ("med-spa", "6000 Payroll:PCC", "sales", "convert"),  # F14
        (None, "Member events (happy hours, lunch & learns)", "marketing", "retain"),  # F20
        (None, "Pie giveaway (past clients)", "marketing", "retain"),  # brackets: audience
        (None, "OfficeRnD", "operations", None),  # F23
        (None, "Free day pass trial", "marketing", "acquire"),
        (None, "Broker appreciation breakfast", "marketing", "acquire"),
        (None, "Route techs payroll", "cost-of-sales", None),
        ("home-services", "Summer rep housing (apartments)", "sales", "convert"),
        ("home-services", "Summer Program:Technicians", "operations", None),  # R3: no selling
        (None, "LiquidSpace booking fees", "marketing", "acquire"),  # F18
    ],
)
def test_the_thirty_sixth_rounds_words(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """F13, F14, F18, F20 and F23 of the thirty-sixth review round (2026-12-05)."""
    reading = _read(vertical, name)
    assert (reading.category, reading.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Day pass -> member", "organic"),  # F19: a new member, not a repeat customer
        ("Trial to member", "organic"),
        ("Attendant sign-up in lane", "organic"),
        ("Tenant rep broker (CBRE/JLL)", "referral"),  # F18: not outbound by 'rep'
        ("Broker - Upsuite", "referral"),
        ("LiquidSpace", "paid"),
        ("Coworker.com", "paid"),
        ("Coworker", "referral"),  # a colleague still refers
    ],
)
def test_the_thirty_sixth_rounds_sources(name: str, kind: str) -> None:
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        # R1: a salon's own campaigns to new and lapsed clients stay marketing
        ("salon", "Meta Ads - new & lapsed client campaigns", "marketing", "acquire"),
        (None, "Meta Ads - client campaigns", "marketing", "acquire"),  # S1: its own elsewhere
        ("agency", "Meta Ads - client campaigns", "cost-of-sales", None),
        (None, "Google Ads - divorce client campaigns", "marketing", "acquire"),
        (None, "Google Ads - client accounts (billed back)", "cost-of-sales", None),
        (None, "Co-op advertising (reimbursable by manufacturer)", "marketing", "acquire"),  # S7
        ("agency", "Client newsletter", "marketing", "retain"),  # S6: keeps its clients
        ("agency", "Holiday gifts - clients", "marketing", "retain"),
        (None, "Facebook ads - bartenders wanted", "operations", None),  # S8
        (None, "Quote follow-ups - prospects at renewal", "sales", "convert"),  # S5
        ("agency", "Google Ads (clients)", "cost-of-sales", None),  # R10: an agency's wordings
        ("agency", "Meta ads for clients", "cost-of-sales", None),
        ("agency", "Facebook ads - new client campaign", "marketing", "acquire"),
        (None, "Meta ads for clients", "marketing", "acquire"),  # outside an agency: its own
        # R2: a price per hour is what the business charges, outside a staffing firm
        ("home-services", "Google Ads - handyman $65/hr, 2 hr minimum", "marketing", "acquire"),
        ("staffing", "Facebook ads - forklift drivers $18/hr", "operations", None),
        (None, "FB ads now hiring lawn techs $18/hr", "operations", None),
        # R8: a cost of several functions, the selling one among them, asks to be split
        (None, "Payroll taxes & benefits - techs, comfort advisors, office", "operations", None),
        (None, "Payroll taxes - all staff incl. sales", "operations", None),
        # R9: a renewal re-quote keeps a customer
        (
            None,
            "Renewal quote follow-ups - CSR time (existing policyholders)",
            "marketing",
            "retain",
        ),
        # R10: a med spa's events by the product's name
        ("med-spa", "Filler Friday events (monthly)", "marketing", "acquire"),
        ("med-spa", "Dysport Day (2x/yr)", "marketing", "acquire"),
    ],
)
def test_the_thirty_sixth_rounds_re_review_words(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """R1, R2, R8, R9 and R10 of the thirty-sixth round's re-review (2026-12-05)."""
    reading = _read(vertical, name)
    assert (reading.category, reading.purpose) == (category, purpose)
    if name.startswith("Payroll taxes & benefits - techs"):
        assert reading.confidence == "low"  # BA107 asks for the split


def test_a_grand_opening_that_comes_back_is_no_one_off() -> None:
    """R10 of the thirty-sixth round's re-review: "Grand opening events (new studio each
    quarter)" said it recurs, and was read as a one-off."""
    for name in ("Grand opening events (new studio each quarter)", "Grand opening (annual)"):
        assert Activity(name=name, spend=Decimal(1000)).repeats
    # S11 of the second re-review: "each guest" says nothing of coming back
    assert not Activity(name="Grand opening - gift for each guest", spend=Decimal(1)).repeats


def test_an_ad_that_carries_a_token_price_is_money_spent() -> None:
    """R5 of the thirty-sixth round's re-review: "Facebook ads - $1 first month offer" is cash
    paid to Meta, not revenue given up; the offer itself is ("First month $1 promo")."""
    from bizaudit.core.financing import given_up

    assert not given_up("Facebook ads - $1 first month offer", None)
    assert not given_up("Radio ads - first month $1", None)  # S10
    assert not given_up("Paid social - $1 first month", None)
    assert given_up("First month $1 promo (members)", None)


@pytest.mark.parametrize(
    ("vertical", "name", "role"),
    [
        ("med-spa", "6000 Payroll:Front Desk & PCC", ("sales", "convert")),  # F14
        (None, "Front desk & treatment coordinator wages", ("sales", "convert")),
        (None, "Payroll taxes - sales, dispatch", ("sales", "convert")),  # S9
    ],
)
def test_a_line_for_staff_of_two_kinds_one_of_them_selling_asks_to_be_split(
    vertical: str | None, name: str, role: tuple[str, str]
) -> None:
    """F14 of the thirty-sixth review round and S9 of its second re-review (2026-12-05): a line
    for a front desk and a patient care coordinator, or the payroll taxes of sales and
    dispatch, had read as overhead at high confidence and said nothing; the reading stays the
    larger function's, at low confidence, with selling beside it, so BA107 asks for the split."""
    reading = _read(vertical, name)
    assert (reading.category, reading.confidence) == ("operations", "low")
    assert role in reading.also
    assert _read(None, "Front desk wages").confidence == "high"
    assert _read(None, "Rent & utilities").confidence == "high"


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        # F3: what families are billed for, or have passed through to them, is what they buy
        (None, "Recital costumes (re-billed to families)", "cost-of-sales", None),
        (None, "Competition entry fees (passed through to families)", "cost-of-sales", None),
        (None, "Competition entry fees", "marketing", "acquire"),  # not billed: the studio's
        # F16: a referral bonus for instructors hired recruits them; not customers "who hired
        # us" (R5 of the re-review)
        (None, "Referral bonuses - instructors hired", "operations", None),
        (None, "Referral bonus - new clients", "marketing", "acquire"),
        (None, "Roof referral program - homeowners who hired us ($250)", "marketing", "acquire"),
        (None, "Roof referral program - homeowners that hired our crew", "marketing", "acquire"),
        (None, "Referral bonus - clients who hire us", "marketing", "acquire"),  # S7
        # F3's billing words, not their negation (R4), and R1: a supplier's charge account
        (None, "Class passes (not billed to members)", "operations", None),
        (None, "Class passes (never re-billed to members)", "operations", None),  # S6
        (None, "Recital costumes (not re-billed to families)", "marketing", "retain"),
        (None, "Home Depot account purchases", "cost-of-sales", None),
        # S8 of the second re-review: the lead programme's accounts bought, without "fees"
        (
            None,
            "Account purchases - CleanNet-style lead program (3x monthly billing)",
            "marketing",
            "acquire",
        ),
        # F19: the people who deliver a service trade's work, as bookkeepers name their pay
        # (not a cleaner's or janitor's wages, any trade's own cleaning: R9 of the re-review)
        (None, "Night cleaner wages", "operations", None),
        (None, "Kennel Tech Wages", "cost-of-sales", None),
        (None, "Bather wages", "cost-of-sales", None),
        (None, "Flat rate tech pay", "cost-of-sales", None),
        (None, "Workers Compensation", "operations", None),
        # S11 of the second re-review: a janitorial crew is any trade's own cleaning, at a
        # dental office too, though a crew trade's "crew wages" are what it sells
        ("dental", "Janitorial crew wages", "operations", None),
        (None, "Janitorial wages", "operations", None),
        ("home-services", "Crew wages", "cost-of-sales", None),
        # F11: a janitorial franchisee's accounts bought from its franchisor's lead programme
        (
            None,
            "Account purchase fees - CleanNet-style lead program (3x monthly billing)",
            "marketing",
            "acquire",
        ),
    ],
)
def test_the_thirty_seventh_rounds_words(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """F3, F11, F16 and F19 of the thirty-seventh review round (2026-12-05): a dance studio passed
    at 14.5% on costumes and entry fees its families pay for (its own marketing was 3.9%), a
    janitorial contractor's $45,000 of accounts bought read as cost of sales, so its 10
    accounts looked free, a driving school's bonuses for instructors hired were a funded
    referral channel, and the trades' delivery staff read as overhead, so BA117's gross
    margin fired on the difference."""
    reading = _read(vertical, name)
    assert (reading.category, reading.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Veterinarian", "referral"),
        # a clinic or a hospital is as often the one a practice's own patients left (S9)
        ("Animal hospital", "other"),
        ("Previous animal hospital", "other"),
        ("transferred from other vet", "other"),  # a vet's own client, who left another vet
        ("Transferred from other vet clinic", "other"),  # R7 of the re-review
        ("Previous physician retired", "other"),
        ("Lead program", "other"),  # R10: as often a customers' or staff referral programme
    ],
)
def test_a_referring_profession_named_alone_refers(name: str, kind: str) -> None:
    """F10 of the thirty-seventh review round (2026-12-05): a kennel's clients sent by vets,
    written by the profession, read as nothing."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Little Sprouts on-site program", "other"),
        ("On-site events", "other"),
        ("Our site", "organic"),
        ("Website", "organic"),
    ],
)
def test_on_site_says_where_not_which_website(name: str, kind: str) -> None:
    """F17 of the thirty-seventh review round (2026-12-05): a dance studio's 36 students from
    its classes run on a preschool's premises read as organic search by 'site', and the SEO
    retainer was credited with them; where a programme runs names no channel, so BA113 asks."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("vertical", "name", "category", "purpose"),
    [
        # F11: renewal commissions service the book, as "Producer commissions - renewals" did
        ("insurance-agency", "6106 Commissions Paid:Renewal", "operations", None),
        ("insurance-agency", "Commissions Paid:New Business", "sales", "convert"),
        # F13: a shop's service advisors sell to every customer, however the payroll is named
        ("auto-repair", "Service advisor wages (2)", "sales", "convert"),
        ("auto-repair", "Payroll:Service Advisors", "sales", "convert"),
        ("auto-repair", "Service writer", "sales", "convert"),
        # (not "Parts" alone: as a vertical's word it beat every other, "Parts specials
        # flyer" and "Parts washer rental", R9 of the round's re-review; it stays unknown)
        ("auto-repair", "Service advisor software (Tekmetric, ALLDATA)", "operations", None),
        # F14: AAA's Approved Auto Repair programme is a paid referral network
        ("auto-repair", "AAA Approved Auto Repair program fee", "marketing", "acquire"),
        # F18: a vehicle loan's account, as bookkeepers name it
        (None, "5230 Equipment Costs:Truck Notes", "operations", None),
        # R9 of the re-review: the vertical's words do not outbid a better reading
        ("auto-repair", "Parts specials flyer", "marketing", "acquire"),
        # F7: an orthopaedic office's lunches are a referral source's
        ("physical-therapy", "Ortho office lunches", "marketing", "acquire"),
        # F10: an X-date campaign chases prospects' renewal dates
        ("insurance-agency", "X-date follow-up mailers and calls", "marketing", "acquire"),
        # F24, F25: a show's leads followed up, and prospects met over coffee, are sold to;
        # a patient re-engagement service keeps patients; a mentor's workshop trains the owner;
        # gifts to the vendors a wedding business works beside cultivate their referrals
        (None, "Wedding show follow-up emails (Flodesk)", "sales", "convert"),
        (None, "Consultation coffee meetings with couples", "sales", "convert"),
        (None, "Networking coffee meetings", "marketing", "acquire"),
        (None, "Follow-up emails to past clients", "marketing", "retain"),
        ("physical-therapy", "6800 Marketing:Email (WebPT Reach)", "marketing", "retain"),
        (None, "Education - workshop with mentor", "operations", None),
        (None, "Vendor collaboration gifts (florists, DJs)", "marketing", "acquire"),
    ],
)
def test_the_thirty_eighth_rounds_words(
    vertical: str | None, name: str, category: str, purpose: str | None
) -> None:
    """F7, F10, F11, F13, F14, F18, F24 and F25 of the thirty-eighth review round
    (2026-12-05): the same business's costs read two ways by how its books name them, and ten
    points of a score turned on such a reading."""
    reading = _read(vertical, name)
    assert (reading.category, reading.purpose) == (category, purpose)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("physicians", "referral"),
        ("other physicians", "referral"),
        ("PCP", "referral"),
        ("Summit Orthopedics", "referral"),
        # a physician left, or the plan's finder, sent no one (R7 of round 37's re-review)
        ("Previous physician retired", "other"),
        ("Transferred from other physician", "other"),
        ("Transferred from other doctor", "other"),
        ("assigned PCP", "other"),
        ("Physician finder (Aetna)", "organic"),
        # the channel named beside a profession wins (R7 of the round's re-review)
        ("Physicians (LinkedIn)", "organic"),
        ("primary care practices (outbound)", "outbound"),
        ("our physician's Instagram", "organic"),
        ("Dr. Reyes Instagram", "organic"),
        ("PCP office flyers", "paid"),
        ("referral - transferred from hospital PT", "referral"),
    ],
)
def test_physicians_named_as_a_source_sent_the_patient(name: str, kind: str) -> None:
    """F5 of the thirty-eighth review round (2026-12-05): a therapy clinic's 470 patients
    from "other physicians", "PCP" and "Summit Orthopedics" were unread, so its 91% referral
    share read as 7.1% and "A business"; "doctor" and "surgeon" were referrals already."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    "name",
    ["physician - email", "doctors (online form)", "Summit Orthopedics - web", "PCP (fax)"],
)
def test_how_a_physicians_referral_was_sent_does_not_say_who_sent_it(name: str) -> None:
    """S5 of the thirty-eighth round's second re-review (2026-12-05): the physicians' source
    words, made weak so that a channel named beside them wins, lost to how the referral came
    ("email", "online", "web"), and a therapy clinic's 91% referral share read 7.1% again."""
    assert classify_source(name).kind == "referral"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Houzz (free profile)", "organic"),
        ("radio interview", "organic"),
        ("Newspaper feature", "organic"),
        ("Dezeen feature", "organic"),
        ("Newspaper ad", "paid"),
        ("Feature ad", "paid"),
        ("Gift guide feature (paid)", "paid"),
    ],
)
def test_earned_coverage_is_no_paid_channel(name: str, kind: str) -> None:
    """R12 of the thirty-eighth round's re-review (2026-12-05): a remodeler's customers from
    "Houzz (free profile)" and a "radio interview" were read as paid with nothing spent, so
    the score judged them as customers whose cost is not listed."""
    assert classify_source(name).kind == kind


@pytest.mark.parametrize(
    ("industry", "source", "kind"),
    [
        # H17 of the fortieth round (2026-12-06): a gift-card promotion bought them, not a
        # friend's gift card
        ("pharmacy", "transferred Rx (gift card promo)", "paid"),
        (None, "Gift card from friend", "referral"),
        # ...a prescriber who sent the prescription chose the pharmacy with the patient
        ("pharmacy", "prescriber sent Rx (e-script)", "referral"),
        ("pharmacy", "eRx from MD", "referral"),
        (None, "Referral - Prescriber", "referral"),
        # ...a customer's buyer who moved and brought the shop along is a new account, referred
        ("manufacturing", "existing customer's buyer moved companies", "referral"),
        ("manufacturing", "Buyer moved cos", "referral"),
        ("manufacturing", "Existing customer", "repeat"),
        # ...and a customer's name is no roadside network by a close spelling
        ("manufacturing", "Acme Aero (new program)", "other"),
        (None, "Agero dispatch", "paid"),
    ],
)
def test_round40_h17_trade_sources(industry: str | None, source: str, kind: str) -> None:
    assert source_kind_in(industry, source) == kind


@pytest.mark.parametrize(
    ("name", "category"),
    [
        # a pharmacy's gift card for each prescription transferred in is spent to win the
        # patient (BA120 then warns of it), not an unread operating cost
        ("$25 gift card per transferred Rx", "marketing"),
        ("Rx transfer incentive ($10 gift card)", "marketing"),
    ],
)
def test_round40_h17_a_pharmacys_transfer_incentive_wins_patients(name: str, category: str) -> None:
    reading = _read("pharmacy", name)
    assert (reading.category, reading.purpose) == (category, "acquire")


@pytest.mark.parametrize(
    ("industry", "name", "category"),
    [
        # R11: a relief vet's share of production is no acquisition
        ("veterinary", "Relief vet - fee split (50% of production)", "contra-revenue"),
        # R15: a staff happy hour and a texting platform are no discount at the register
        ("cannabis", "Staff happy hour", "marketing"),
        ("cannabis", "Daily deals & happy hour discounts", "contra-revenue"),
    ],
)
def test_the_fortieth_rounds_trade_terms_stay_narrow(
    industry: str, name: str, category: str
) -> None:
    """R11 and R15 of the fortieth round's re-review (2026-12-06): the vet's "fee split" term
    made a relief vet's production pay an acquisition channel, and the dispensary's "happy
    hour" and "daily deals" took a staff party and a texting platform out of revenue."""
    found = verticals.get(industry)
    assert found is not None
    assert for_vertical(found.id, found.terms).classify(name).category == category


def _every_name() -> list[str]:
    """Every name the corpus holds (both parts: only whether a pattern matches them is
    compared here, never an answer) and the review rounds' names in the tests' own words."""
    import csv

    names: list[str] = []
    for part in ("build.csv", "frozen.csv", "sources-build.csv", "sources-frozen.csv"):
        with (Path(__file__).parent / "fixtures" / "corpus" / part).open(encoding="utf-8") as f:
            names += [row["name"] for row in csv.DictReader(f)]
    return [
        *names,
        "Holiday gift cards - staff", "Christmas hampers for staff", "Staff Christmas hampers",
        "Employee hampers", "Gifts for our team", "Team lunch (the staff)",
        "holiday gift cards for employees", "Thank-you baskets to referring vets",
        "Funeral home staff referral cash ($10 per sympathy order sent)",
        "Spiff to front desk staff", "Receptionist $25/referral", "Pet store employee funded",
    ]  # fmt: skip


def test_the_prefilters_never_skip_a_name_their_pattern_reads() -> None:
    """The substring tests asked before three patterns (to spare most names the patterns,
    2026-12-07) pass every name the pattern matches: they change how long a name takes, never
    its answer."""
    from bizaudit.core import classify, commercial_bribery

    for name in _every_name():
        lowered = name.lower()
        if classify._GIFT.search(lowered):
            assert classify._gift_word(lowered), name
        if classify._OWN_GIFTED.search(lowered):
            assert classify._own_gifted_word(lowered), name
    for cue in commercial_bribery._PER_CUSTOMER_CUES:
        assert commercial_bribery._per_customer_cue(f"x{cue}x"), cue
    assert not commercial_bribery._per_customer_cue("office rent")


def test_a_term_read_alone_gives_one_answer_however_often() -> None:
    """A term with no rival is answered once (``_answer_alone``): two names it reads get the
    same answer, which is what answering it afresh gives."""
    from bizaudit.core.classify import _answer_alone, _answer_of, default

    first, second = classify("Google Ads - spring"), classify("Google Ads 2026")
    assert first == second
    assert first.term == "google ads"
    table = default()._activities
    term = table[("google", "ad")]
    assert _answer_alone(term) == _answer_of(term, [])

"""Why `plan` leaves a channel alone, as the core gives it and as it is worded (issue #13, the
fifty-seventh round, part m, 2026-12-07): core.plan.left_alone returns a typed reason
(:class:`LeftAlone`: a code and its operands, no words), and explain.left_alone words it, as
`plan`, BA110 and BA205 say it. Each expected sentence below is written out by hand from the
words `plan` gave before the reasons were typed (unchanged: the examples' and fixtures' `plan`
and `check -f json` outputs compared byte for byte before and after)."""

from __future__ import annotations

from decimal import Decimal

import bizaudit.core.plan as core_plan
from bizaudit.core.plan import LeftAlone, left_alone
from bizaudit.explain.left_alone import (
    RESPA,
    asked_referrals,
    left_alone_text,
    left_alone_words,
    restricted_words,
)

from .test_plan import channel


def test_the_core_keeps_no_sentence_of_its_reasons() -> None:
    """The words live in explain: core.plan has none of the tables it worded them with."""
    for gone in ("_RESTRICTED", "_PLURAL", "restricted_words"):
        assert not hasattr(core_plan, gone), gone


def test_too_few_customers_is_a_count_worded_with_its_plural() -> None:
    """3 new customers against the default minimum of 20: the count, not a sentence; 1 is
    "customer", not "customers"."""
    few = left_alone(channel("Few", 5000, 3), 20)
    assert few == LeftAlone("too-few", customers=3)
    assert left_alone_words(few) == "only 3 new customers: too few to tell what one costs"
    one = LeftAlone("too-few", customers=1)
    assert left_alone_words(one) == "only 1 new customer: too few to tell what one costs"
    # 25 customers at a minimum of 20: nothing keeps it from the plan
    assert left_alone(channel("Enough", 5000, 25), 20) is None
    assert left_alone_text(None) is None


def test_a_referral_channel_and_a_channel_with_no_spend() -> None:
    """Codes with no operands: the sentence is the code's alone."""
    referrals = left_alone(channel("Referrals", 2000, 40, kind="referral"), 20)
    assert referrals == LeftAlone("referral")
    assert left_alone_words(referrals) == (
        "a referral channel: referrals also come on their own, so one period cannot tell what "
        "its spend adds, and some professions restrict paying for them"
    )
    free = left_alone(channel("Walk-ins", 0, 30, kind="organic"), 20)
    assert free == LeftAlone("no-spend")
    assert left_alone_words(free) == "no spend to move: its customers cost nothing today"


def test_lines_a_rule_of_law_restricts_are_named_with_the_verb_their_number_takes() -> None:
    """BA114 of two lines: "'A' and 'B' pay", under the business's own profession's rules by
    default, the clinics' where they bind those who refer, RESPA §8 ("restricts": one law)
    where the lines are things of value to those who order a settlement service; of no named
    line, "its spend pays"; BA119 of one line, "gives"."""
    two = LeftAlone("restricted", ("Referral fee - Dr. Lee", "Lunch for MAs"), rule="BA114")
    assert left_alone_words(two) == (
        "its spend on 'Referral fee - Dr. Lee' and 'Lunch for MAs' pay, in whole or in part, "
        "for referrals your profession's rules restrict (BA114)"
    )
    assert left_alone_words(two, "the clinics' rules") == (
        "its spend on 'Referral fee - Dr. Lee' and 'Lunch for MAs' pay, in whole or in part, "
        "for referrals the clinics' rules restrict (BA114)"
    )
    assert left_alone_words(LeftAlone("restricted", rule="BA114"), RESPA) == (
        "its spend pays, in whole or in part, for referrals RESPA §8 restricts (BA114)"
    )
    kegs = LeftAlone("restricted", ("Free kegs for bars",), rule="BA119")
    assert left_alone_words(kegs) == (
        "its spend on 'Free kegs for bars' gives, in whole or in part, retailers something of "
        "value the tied-house laws forbid (BA119)"
    )
    assert restricted_words("BA121", 3) == (
        "give those who award work for others something of value (BA121)"
    )
    assert asked_referrals(RESPA) == (
        "referrals, which BA114 asks about: whether RESPA §8 reaches it is to be answered first"
    )


def test_lines_and_sources_are_named_as_each_reason_names_them() -> None:
    """Kept-by and worked-by lines bare, with "pays" for one; tooling and organic answers
    quoted; the vocabulary's words for a marketplace's own search followed by what to do."""
    assert left_alone_words(LeftAlone("worked-by", ("SDR salaries",))) == (
        "no one's pay is joined to it, though SDR salaries pays people to sell: what its "
        "customers cost is not known until a line says which channel they work ('channel:')"
    )
    assert left_alone_words(LeftAlone("kept-by", ("Newsletter", "Loyalty app"))) == (
        "its lines are counted as keeping customers (Newsletter, Loyalty app), so what its new "
        "customers cost is not known: say so with 'purpose: acquire', or split them"
    )
    assert left_alone_words(LeftAlone("organic-by-words", ("FB Marketplace",))) == (
        "its customers include answers read as organic ('FB Marketplace'), joined to its spend "
        "only by the words they share: how many the spend brought is unknown. Take the count "
        "from the platform's reporting, or state the source's kind, before moving money"
    )
    said = "buyers who name a marketplace found the listing in its search"
    assert left_alone_words(LeftAlone("unattributed", text=said)) == (
        "buyers who name a marketplace found the listing in its search. Take the count from "
        "there, or join the sources with 'channel', before moving money"
    )
    assert left_alone_words(LeftAlone("named-elsewhere", ("tiktok",), other="TikTok ads")) == (
        "customers who said only 'tiktok' were counted in TikTok ads, and some may have come "
        "through its ads: what a customer costs here is not known until the sources name them "
        "apart"
    )


def test_a_marketplaces_commissions_are_a_price_per_result_in_core_channels_words() -> None:
    """No spend of its own but $1,200 of commissions (fees): not "no spend to move" (spend <= 0
    and fees), but a price per result whose words core.channels.paid_per_result gives (its
    commission is not a budget), carried as the reason's text and said as it is."""
    fees = channel("Etsy", 0, 40)._replace(fees=Decimal(1200))
    why = left_alone(fees, 20)
    assert why is not None
    assert why.why == "per-result"
    assert left_alone_words(why) == (
        "a marketplace keeps a commission on each sale, and most of its customers find the "
        "listing on their own: its customers are not what its ad budget buys"
    )

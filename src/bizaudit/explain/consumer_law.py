"""The law on reviews and endorsements, by the country whose currency a profile counts in.

The FTC's rules are the United States'. Reviews faked or bought, a review rewarded only when
it is positive, or an endorsement that hides that it is paid are forbidden elsewhere too, by
each country's own law, which the report quotes instead (F14 of the thirty-fifth review round,
2026-12-05: a German and a Dutch web shop were quoted the FTC's rule and a penalty in
dollars). Sources and years are in docs/domain.md ("Reviews and endorsements").
"""

from __future__ import annotations

__all__ = ["endorsement_law", "fake_review_law", "review_law", "review_reward_law"]

#: A reward for a review of a particular sentiment, by currency (the US's in core, as BA120's
#: figures carry it)
_REVIEWS = {
    "GBP": "the UK's Digital Markets, Competition and Consumers Act 2024 bans commissioning or "
    "incentivising fake consumer reviews and publishing reviews in a misleading way, "
    "incentivised reviews not shown as such among them (Schedule 20, in force from 6 April "
    "2025; the CMA may fine up to 10% of global turnover)",
    "EUR": "EU law forbids submitting or commissioning false consumer reviews, or "
    "misrepresenting them, to promote products (the Unfair Commercial Practices Directive "
    "2005/29/EC, Annex I point 23c, added by Directive (EU) 2019/2161 and in force since 28 May "
    "2022; in Germany the UWG's annex, no. 23c), and a review bought only when it is positive "
    "misrepresents what customers think; fines for breaches across member states reach at "
    "least 4% of annual turnover (article 13(3))",
    "AUD": "the Australian Consumer Law forbids misleading conduct and false or misleading "
    "testimonials (Competition and Consumer Act 2010, schedule 2, ss 18 and 29(1)(e)-(f)), and "
    "the ACCC treats reviews rewarded only when positive as misleading (its guidance for "
    "businesses on online reviews)",
    "NZD": "the Fair Trading Act 1986 forbids misleading conduct and false or misleading "
    "representations that goods or services have a sponsorship or approval they do not "
    "(ss 9 and 13), which reviews rewarded only when positive are",
    "CAD": "Canada's Competition Act forbids materially false or misleading representations, "
    "testimonials among them (ss 52, 74.01 and 74.02), and the Competition Bureau treats "
    "reviews rewarded only when positive as such (its guidance on online reviews)",
}
_REVIEWS_ELSEWHERE = (
    "the FTC's rule on it (16 CFR §465.4) is the United States', but the law on misleading "
    "advertising where you trade most likely reaches it too"
)

#: Reviews faked or bought, by currency (K1 of the forty-second round, 2026-12-06; the US's in
#: core, 16 CFR §465.2, as BA120's figures carry it)
_FAKES = {
    "GBP": "the UK's Digital Markets, Competition and Consumers Act 2024 bans submitting, "
    "commissioning or publishing fake consumer reviews (Schedule 20, in force from 6 April "
    "2025; the CMA may fine up to 10% of global turnover)",
    "EUR": "EU law forbids submitting or commissioning false consumer reviews to promote "
    "products (the Unfair Commercial Practices Directive 2005/29/EC, Annex I point 23c, added "
    "by Directive (EU) 2019/2161 and in force since 28 May 2022; in Germany the UWG's annex, "
    "no. 23c); fines for breaches across member states reach at least 4% of annual turnover "
    "(article 13(3))",
    "AUD": "the Australian Consumer Law forbids misleading conduct and false or misleading "
    "testimonials (Competition and Consumer Act 2010, schedule 2, ss 18 and 29(1)(e)-(f)), "
    "which fake reviews are (the ACCC's guidance for businesses on online reviews)",
    "NZD": "the Fair Trading Act 1986 forbids misleading conduct and false or misleading "
    "representations (ss 9 and 13), which fake reviews are",
    "CAD": "Canada's Competition Act forbids materially false or misleading representations, "
    "testimonials among them (ss 52, 74.01 and 74.02), which fake reviews are (the "
    "Competition Bureau's guidance on online reviews)",
}
_FAKES_ELSEWHERE = (
    "the FTC's rule on it (16 CFR §465.2) is the United States', but the law on misleading "
    "advertising where you trade most likely reaches it too"
)

#: Endorsers who must say they are paid or given product, by currency
_ENDORSEMENTS = {
    "USD": "a material connection under the FTC's Endorsement Guides, 16 CFR Part 255, "
    "revised 2023",
    "GBP": "the CAP Code, rule 2.1: marketing must be obviously identifiable as such, as the "
    "ASA's and the CMA's guidance for influencers applies it",
    "EUR": "hidden advertising is an unfair commercial practice in the EU: the Unfair "
    "Commercial Practices Directive 2005/29/EC, article 7(2) and Annex I point 11; in Germany "
    "UWG §5a(4)",
    "AUD": "the Australian Consumer Law forbids misleading conduct (s 18), and the AANA Code of "
    "Ethics (2.7) asks that advertising be clearly distinguishable as such",
    "NZD": "the Advertising Standards Authority's rules ask that advertising be obviously "
    "identifiable as such (Advertising Standards Code, rule 2(a))",
    "CAD": "Ad Standards' influencer disclosure guidelines and the Competition Act's rules on "
    "misleading representations",
}
_ENDORSEMENTS_ELSEWHERE = "your country's law on hidden or misleading advertising"

#: A reward for any review, which should be disclosed and may not depend on what it says
_REVIEW_REWARDS = {
    "USD": "the FTC's rule on consumer reviews and testimonials, 16 CFR Part 465, 2024; its "
    "Endorsement Guides, 16 CFR Part 255, revised 2023",
}


def review_law(currency: str, us_rule: str) -> str:
    """What forbids a reward for a review of a particular sentiment where the profile counts
    in ``currency``: ``us_rule`` (the FTC's, as core carries it) in dollars."""
    if currency == "USD":
        return us_rule
    return _REVIEWS.get(currency, _REVIEWS_ELSEWHERE)


def fake_review_law(currency: str, us_rule: str) -> str:
    """What forbids reviews faked or bought where the profile counts in ``currency``:
    ``us_rule`` (the FTC's, as core carries it) in dollars."""
    if currency == "USD":
        return us_rule
    return _FAKES.get(currency, _FAKES_ELSEWHERE)


def endorsement_law(currency: str) -> str:
    """What makes an endorser say they are paid or given product, by ``currency``."""
    return _ENDORSEMENTS.get(currency, _ENDORSEMENTS_ELSEWHERE)


def review_reward_law(currency: str) -> str:
    """What a reward for any review answers to, by ``currency``."""
    found = _REVIEW_REWARDS.get(currency)
    if found is not None:
        return found
    return f"{endorsement_law(currency)}; {review_law(currency, '')}"

"""BA120: a line advertises as the law or the trade's rules forbid (a reward for five-star
reviews; a cannabis licensee's billboard on an interstate)."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.cannabis_ads import CREATOR_RULES, pays_creator
from bizaudit.core.licensed_advertising import Forbidding, forbidden, setting_of
from bizaudit.core.metrics import Facts, line_text
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple

__all__ = ["Forbidden", "UnlawfulAdvertising"]


class Forbidden(NamedTuple):
    #: a highway billboard, goods given away, a patient's reward for a prescription, cash or a
    #: gift card for booking a visit, or a reward for a review of a sentiment
    what: Forbidding
    rule: str  # what the law or the trade's rules say, with their citations
    #: a registered investment adviser's: a paid review is also a compensated testimonial
    #: under the SEC's Marketing Rule (R14 of the forty-fourth round's re-review, 2026-12-06)
    adviser: bool = False
    #: where a pharmacy's rule on rewards for prescriptions is its country's own, not the US
    #: law (``Vertical.rules_of``, ``[verticals.pharmacy.abroad.CAD]``): the country (BG3 of
    #: the sixty-first round's re-review, 2026-12-07: a Canadian pharmacy was told of Medicare);
    #: so too a cannabis licensee's rules (``[verticals.cannabis.abroad.CAD]``: BH1 of the
    #: sixty-second round, 2026-12-07: an Ottawa store was told California's)
    country: str = ""


#: A cannabis licensee's breaches, told as its country has them outside the US (BH1 of the
#: sixty-second round, 2026-12-07)
_LICENSEE = frozenset(
    {"billboard", "giveaway", "youth", "underage audience", "platform", "rewards", "producer"}
)

#: What a paid review is, for a registered investment adviser: a testimonial
_TESTIMONIALS = frozenset({"review", "marketplace review", "platform review", "endorsement"})


class UnlawfulAdvertising(Rule):
    """A line advertises as the law or the trade's rules forbid: reviews faked or bought, or a
    reward for reviews of a particular sentiment, in any trade; a cannabis licensee's billboard
    on a highway, or its goods given away; a pharmacy's gift card, coupon or points for
    prescriptions.

    Why it matters: a cannabis licence comes with advertising rules. California forbids a
    licensee to advertise on a billboard or similar device located on an Interstate Highway or
    on a State Highway that crosses the California border (Bus. & Prof. Code §26152(d); the
    regulation that allowed such billboards away from the border was struck down in 2021),
    and to give away any amount of cannabis, cannabis products or cannabis accessories as part
    of a business promotion (§26153), to advertise on a sign within 1,000 feet of a school,
    a day care, a playground or a youth centre (§26152(g)), or to an audience less than 71.6%
    of which is 21 or older (§26151(b)); Google's and Meta's advertising policies forbid ads
    that promote cannabis sales (H4 of the fortieth round, 2026-12-06: a billboard across from
    a high school, a university welcome-week table and Google and Instagram ads were funded
    channels); other states' rules differ, and most are as strict. A
    breach puts the licence at stake; it is not a channel to fund. A coach's review
    (2026-12-03, fifteenth round) saw a dispensary's "Billboard - I-80 eastbound" and "Free
    pre-roll w/ first visit" counted among its funded acquisition channels, with no word said.

    In every trade, the FTC's rule on consumer reviews and testimonials forbids writing,
    buying or procuring fake consumer reviews (16 CFR §465.2), and reviews by the business's
    own staff that do not say so (§465.5): "Fake Google reviews (Fiverr)", "Purchased
    reviews", a review farm (K1 of the forty-second round, 2026-12-06: each was a funded
    acquisition channel); not the tools, cards and widgets that ask real customers or show what
    they wrote, nor staff's reviews shown as theirs (a shelf talker, a staff pick: L2 of the
    round's re-review). The same rule forbids giving
    compensation or any other incentive conditioned, expressly or by implication, on a review
    expressing a particular sentiment (16 CFR §465.4, in force from October 2024): "a free bag
    for a 5-star review" buys praise, and its penalties run per violation. A CFO's review
    (2026-12-03, nineteenth round) saw a coffee brand's review insert cards counted as a
    funded acquisition channel that alone carried its marketing past the minimum. Amazon's
    rules go further: its Community Guidelines forbid anything of value for a review, whatever
    it says and however honest (free or discounted product, a refund or rebate, a gift card),
    outside its Vine programme (since October 2016), at the risk of the selling account (F5
    of the thirty-second round, 2026-12-05: a skincare brand with 65% of its customers on
    Amazon scored 100 on "free full size for an honest Amazon review" cards and a rebate
    service's "rebates for verified reviews").
    In every trade too, what an ad or a promotion says, where the line's own name states it
    (I1 of the forty-first round, 2026-12-06: a dealer's "'$0 down, $249/mo' specials (no APR
    shown)" and a day camp's "Instagram ads targeting kids 10-13" were funded channels that
    `plan` grew): a credit ad's payment or down payment without the annual percentage rate
    (Regulation Z, 12 CFR §1026.24(d)); ads on Instagram, Facebook or TikTok aimed at children
    under 13, whom those platforms do not take (COPPA, 16 CFR Part 312), not at their parents,
    whether a verb states the audience or the ages follow the ad ("Instagram ads - kids 8-12",
    K3 of the forty-second round, 2026-12-06); where the business's name says it tattoos or
    pierces, or the line names a tattoo or a piercing, an ad or an offer aimed at people under
    18 (minors, teens, "16-17 year olds", "no ID check"), which Cal. Penal Code §653 makes a
    misdemeanour (tattooing or offering to tattoo a minor), unless the line names a parent's
    presence or consent (piercing, §652); not an ad for a children's programme ("kids 6-12
    karate"), a size or a time ("under 15 minutes"), an ear piercing (§652(c)) nor a temporary
    tattoo (L2 of the forty-second round's re-review, 2026-12-06);
    a raffle people pay to enter, a lottery most states allow only to charities (Cal. Penal
    Code §§319 and 320.5); a price or a "free" offer with a fee added at checkout (FTC Act §5;
    Cal. Civ. Code §1770(a)(29)); ads without a contractor's licence number (Cal. Bus. & Prof.
    Code §7030.5); an accreditation or a licence claimed that the line says has lapsed (FTC Act
    §5), or that it says is not held ("(staff not certified)", "(not licensed for infants)",
    "(no license)": FTC Act §5, Cal. Bus. & Prof. Code §17500, and for a contractor §7027.1;
    K7 of the forty-second round, 2026-12-06; not one said of customers, of others in a
    warning, or of goods: "CPR classes for non-certified staff", "Never hire an unlicensed
    contractor", "non-certified used inventory"); robocalls to a bought list or to cell phones
    (not appointment reminders to the business's own patients),
    and marketing texts to a bought list (TCPA, 47 U.S.C. §227(b)(1)(A)(iii); 47 CFR
    §64.1200(a)(2) and (c)), not texts to those who opted in; flyers put in mailboxes (18
    U.S.C. §1725), not mailed ones nor door hangers (K5 of the forty-second round: a pool
    company's robocalls were read as phone overhead); a trade-in paid off "no matter what you
    owe" (the FTC's orders against five dealers, March 2012); an overnight camp called
    FSA-eligible (IRS Publication 503); in a US profile whose period names no year before
    2026 (a fiscal year, "FY2026", may have begun in 2025, and is said to, of the ads that ran
    after 2025: O7 and P1 of the round's re-reviews), the homeowner's 30% federal solar credit
    ("30% federal tax credit", "federal solar tax credit", "25D", "ITC") in an ad or a pitch
    by a business that sells solar, which is not
    allowed for expenditures made after 31 December 2025 (IRC §25D, as Pub. L. 119-21, §70506,
    2025, ended it; IRS FS-2025-05; FTC Act §5), not where the line names a lease or a PPA,
    whose owner may still claim §48E, nor a business customer (N4 of the forty-third round,
    2026-12-06: a solar installer's FY2026 "30% federal tax credit" homeowner campaign was
    priced as a channel; a period whose year is not given is not read, as the credit was lawful
    through 2025); a rental ad that states a preference by familial status ("adults only", "no
    kids", "no families": 42 U.S.C. §3604(c), 24 CFR §100.75), not housing for older persons
    ("55+", §3607(b)), or refuses housing vouchers ("no Section 8": unlawful in many states and
    cities, Cal. Gov. Code §12955, N.Y. Exec. Law §296(5)); a physician's "board certified"
    claim the line says is not held (Fla. Stat. §458.3312; Cal. Bus. & Prof. Code
    §651(h)(5)(B)), before-and-after images it says are stock, retouched or of another's
    patients (FTC Act §5; §651(b)(3)), and ads for a cosmetic procedure aimed at people under 18
    (Meta's advertising standards, a platform's policy: T3 and T4 of the forty-fifth round,
    2026-12-06); Medicare said to pay for hearing aids or for custodial care (assisted living,
    memory care), which Original Medicare excludes (42 U.S.C. §1395y(a)(7) and (a)(9); not a
    line that names Medicare Advantage, Medicaid or a waiver, nor a question), a device called
    "FDA approved" that is cleared or exempt (a hearing aid, not a cochlear implant: 21 CFR
    §807.97), "restores hearing to normal" (an efficacy claim no evidence supports, FTC Act
    §5), a guarantee advertised without the terms the line says it leaves out (16 CFR
    §239.3(b)), a partnership or an affiliation claimed that the line says the business does
    not have ("Official College Board partner (we are not)": FTC Act §5, Lanham Act §43(a);
    not a disclaimer, "not affiliated with"), a California seller of travel's ads without its
    registration number (Cal. Bus. & Prof. Code §17550.20) (X3 of the forty-sixth round,
    2026-12-06: a hearing clinic's Medicare mailer was its cheapest channel, and `plan` grew
    it); door-to-door contracts the line says were signed without the notice of the 3-day
    right to cancel (the FTC's Cooling-Off Rule, 16 CFR §429.1), and a pesticide or its
    treatment called "non-toxic", "safe for kids and pets" or "harmless" in an ad (40 CFR
    §156.10(a)(5)(ix); FIFRA §12(a)(1)(B), 7 U.S.C. §136j) (X4). A payment named with nothing
    said of its rate is not judged: the ad may show it.
    A pharmacy may not give a Medicare or Medicaid patient anything of value likely to make
    them choose it for prescriptions those programmes pay for (42 U.S.C. §1320a-7a(a)(5)): the
    HHS OIG allows items of nominal value only, never cash or a gift card (policy statement, 7
    December 2016), and the retailer-rewards exception does not reach rewards on such items
    (§1320a-7a(i)(6)(G)). A CFO's review (2026-12-05, twenty-eighth round) saw a community
    pharmacy's "$25 gift card per new Rx transferred" priced as its cheapest channel, and
    `plan` double it.
    Free care for a client Medicare or Medicaid pays for (a home-care agency's "Free first 8
    hours of care for Medicaid clients") is worth more than that nominal value too (G4 of the
    thirty-ninth round, 2026-12-05: read as overhead, with no word said); a free assessment,
    which is how care begins, is not flagged.
    A CPA firm may not prepare an original or amended return or a refund claim for a
    contingent fee (AICPA Code, Contingent Fees, ET 1.510.001): a line that markets one so
    priced ("ERC / amended-return campaign - 20% contingent fee") is warned about, and is no
    marketing the firm may count (R3 of the thirty-ninth round's re-review, 2026-12-05: it had
    carried a firm past BA101's minimum, and BA202 said to test more budget on it).
    In every trade, an endorser paid or given something free must disclose it wherever they
    endorse (16 CFR §255.5, revised 2023): a line that pays or comps influencers, creators or
    ambassadors and says they do not ("no #ad", "undisclosed") is warned about (G6 of the
    thirty-ninth round, 2026-12-05: a studio's "Influencer comp memberships (no #ad)" was
    priced as a channel, with no finding). Quote such a name in YAML: an unquoted " #" starts a
    comment.

    How it is computed: a line whose name or note says its reviews are fake, false, bought,
    purchased or paid for by the count, from a review farm, or written by the business's staff
    on a review site or posing as customers' (not a tool, a request,
    cards or a widget, nor a service that removes fake reviews), or gives something of value
    (free, a gift, a
    discount, a credit, an entry, cash, "$10", "20%") for a five-star, positive or good review
    or rating (core.review_incentives), in any trade, or for any review on Amazon, or a
    rebate or refund for "verified" reviews (not Amazon Vine, nor asking); and, where the
    business's vertical names a licence's rules (`cannabis`, declared, or given away by the
    name, "dispensary", whatever industry is declared: a dispensary declared as retail is
    licensed all the same), a line
    whose name or note names a billboard or outdoor advertising and an interstate ("I-80",
    "Interstate 5"; which state highways cross the border a line does not say, so they are not
    flagged), or something given free or as a giveaway and cannabis goods or accessories
    (pre-rolls, flower, edibles, vapes, samples, lighters, rolling papers, grinders)
    (core.cannabis_ads); where the vertical is `pharmacy` (declared, or "pharmacy", "drug
    store" or "apothecary" in the name), a line that gives a gift card, coupon, cash, points or
    a reward for a prescription transferred or switched in, or points or rewards earned on
    prescriptions (core.patient_inducements). It is a warning, whatever the line was read as;
    the score stops at 79, below "Strong", and a channel holding such a line is neither priced
    nor grown (`plan` leaves it alone). Where a health-care vertical reads the profile
    (chiropractic, dental, home care, medical, pharmacy, physical therapy), a line that gives
    patients cash or a cash equivalent (a gift card, a store's card) for booking a visit, a test
    or an exam, or for becoming a new patient, is warned about too: the beneficiary-inducement
    law forbids it where Medicare or Medicaid pays (42 U.S.C. §1320a-7a(a)(5); the HHS OIG
    allows nominal non-cash items only, 2016). A reward for sending others is BA114's (F1 of the
    twenty-ninth round, 2026-12-05: a hearing clinic's "Book-a-test bonus - $25 Publix card"
    had been its cheapest channel, and `plan` had grown it). There too, a line that calls free
    what it says is billed to Medicaid, Medicare or an insurer is asked about: a claim above the
    usual charge, or a false one (42 U.S.C. §1320a-7(b)(6)(A); 31 U.S.C. §3729(a)(1)), and
    "free" said of what a programme pays for (16 CFR §251.1; A2 of the forty-seventh round,
    2026-12-06: an orthodontist's "free X-rays (billed to Medicaid)"). For a registered investment
    adviser, a paid review or endorsement is also a compensated testimonial, which the SEC's
    Marketing Rule allows only with clear and prominent disclosure (17 CFR
    275.206(4)-1(b)(1)), and the finding says so (R14 of the forty-fourth round's re-review).
    Trades' own rules are read the same way, each listed in docs/domain.md with its source: among
    them (the forty-eighth round, 2026-12-06) a medical-equipment supplier's calls to Medicare
    beneficiaries (42 U.S.C. §1395m(a)(17)), "Medicare pays 100%" of what Part B pays 80% of,
    and something free with a Medicare order; a counselling practice's testimonials from
    current clients (APA Ethics Code 5.05; ACA Code of Ethics C.3.b) and "psychologists" the
    line says the staff are not; a mover's goods held for more than the estimate allows (49
    CFR §375.407); and an ad telling drivers their insurer requires the shop.

    How to fix: for a review reward, stop it, or make the reward the same whatever the review
    says (the review platforms forbid even that: Google, Yelp and Amazon allow no reward for a
    review at all, and a reward for a review on Amazon, Google, Yelp, Tripadvisor or
    Trustpilot, whatever it says, is warned about as their terms forbid it: F8 of the
    thirty-seventh round). For a licensee's advertising, stop the line, and check what your state
    allows with its cannabis regulator or a cannabis lawyer: in California, a billboard away
    from interstates and border-crossing state highways, with the audience rules of §26151(b)
    (71.6% of it 21 or older), and discounts rather than free goods. A licensee kept in
    Canadian dollars is told Canada's rules instead (the Cannabis Act, ss. 16-24: no price or
    distribution, testimonial, person or way of life in a promotion young persons can see;
    in Ontario, the Registrar's Standard 6.3 on inducing customers to buy): any
    billboard is warned about, to have its words checked by a cannabis lawyer, and a loyalty
    or rewards programme is asked about, as is a line that takes licensed producers' money or
    benefits ("LP trade marketing - shelf placement payments received": Standards 6.4 and 6.5,
    in force 30 June 2022, as the AGCO's bulletin of 24 June 2022 gives them; BI1 of the
    round's re-review); one kept in pounds, euros, Australian or New Zealand
    dollars is told that the US rules do not apply and its own country's law decides (BH1 of
    the sixty-second round, 2026-12-07: an Ottawa store had been told California's law). A
    Canadian licensee's line that pays a creator, an influencer or a brand ambassador is asked
    about, as information: the Cannabis Act forbids promotion by a testimonial or an endorsement
    (s. 17(1)), which a paid creator's posts may be, so a cannabis lawyer should check them
    (part j of the same round); while the question stands the line is no funded channel the
    verdict and the score count, and Meta's Branded Content Policies, which bar branded content
    promoting "drugs and drug-related products, including illegal or recreational drugs", are
    quoted beside it (BI2 of the round's second re-review). The profile has no field for the
    province: where its name, lines and sources do not say Ontario, the findings add that the
    Standards quoted are Ontario's and that another province's rules were not read here.
    Google's and Meta's policies apply everywhere. If the line does neither,
    rename it so it says what it buys, or skip this rule with the reason.
    """

    id = "BA120"
    name = "unlawful-advertising"
    severity = "warning"
    summary = "A line advertises as the law or the trade's rules forbid"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        rules = facts.read_by
        # a cannabis licensee in a country whose law on paid creators core.cannabis_ads gives (a
        # Canadian store's): its paid creators' posts are asked about (part j of the
        # sixty-second round)
        country = (rules.rules_of if rules is not None and rules.id == "cannabis" else None) or ""
        if (creators := CREATOR_RULES.get(country)) is not None:
            yield from _creators(facts, creators, country)
        if not facts.unlawful_advertising:  # most profiles
            return
        where = setting_of(facts.profile.business, rules)
        adviser = rules is not None and rules.id == "investment-adviser"
        for item in facts.unlawful_advertising:
            # core.metrics found it so, by the same question
            said = forbidden(line_text(item.activity), rules, where)
            assert said is not None
            country = (
                rules.rules_of or ""
                if rules is not None and (said[0] == "inducement" or said[0] in _LICENSEE)
                else ""
            )
            yield Hit(
                Forbidden(*said, adviser and said[0] in _TESTIMONIALS, country),
                at=("activities", item.position),
                subject=item.activity.name,
            )


def _creators(facts: Facts, rule: str, country: str) -> Iterator[Hit]:
    """A creator, an influencer or a brand ambassador paid to post for a cannabis licensee
    whose country's law forbids promotion by testimonial or endorsement (``CREATOR_RULES``):
    information, asking that a lawyer check the posts, not a warning (a post may be one the law
    permits), so its channel stays priced and the score is not held for it. Part j of the
    sixty-second round (2026-12-07): an Ottawa store's "Instagram content creator", C$12,000,
    was read as organic social media and nothing asked of it."""
    warned = {id(item) for item in facts.unlawful_advertising}
    for item in facts.activities:
        if (
            item.activity.spend > 0
            and id(item) not in warned
            and pays_creator(line_text(item.activity))
        ):
            yield Hit(
                Forbidden("creator", rule, False, country),
                at=("activities", item.position),
                subject=item.activity.name,
                severity="info",
            )

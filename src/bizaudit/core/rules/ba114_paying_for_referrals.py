"""BA114: a line that pays for referrals, in a profession whose rules restrict it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bizaudit.core.barratry import OWN_STAFF_RULE, pays_runners
from bizaudit.core.cpa_referrals import (
    accepts_referral_fee,
    pays_cpas,
    says_undisclosed,
    takes_attest_commission,
)
from bizaudit.core.home_improvement import (
    REALTOR_FEE_RULE,
    SOLICITOR_FEE_RULE,
    pays_for_contracts,
)
from bizaudit.core.metrics import (
    PRESCRIPTION_WORDS,
    TRIP_WORDS,
    Facts,
    cuts_bail_premium,
    line_text,
    names_a_physician,
    pays_a_person,
    pays_per_order,
    pays_staff_by_volume,
    prices_client_secured,
    rewards_claims,
    shares_the_fee,
    unpaid_parts,
)
from bizaudit.core.non_lawyers import (
    NOT_A_LAWYER_ALLOWED,
    NOT_A_LAWYER_RULE,
    says_not_a_lawyer,
)
from bizaudit.core.own_people import referrers_staff_paid
from bizaudit.core.patient_inducements import (
    PHYSICIAN_GROUP,
    SERVICES_FEE,
    SERVICES_FEE_STARK,
    carries_patients,
    gives_cash,
    gives_for_choosing,
    pays_physicians_per_referral,
    pays_referral_sources,
    prize_for_choosing,
    swaps_discounts,
    treats_facility_staff,
    treats_referrers_staff,
)
from bizaudit.core.pet_aftercare import (
    PET_CLINIC_ALLOWED,
    PET_CLINIC_ASK,
    PET_CLINIC_RULE,
)
from bizaudit.core.referrers import asks_about
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.core.towing import (
    CUSTOMER_REFERRAL_ALLOWED,
    CUSTOMER_REFERRAL_RULE,
    PROPERTY_OWNER_RULE,
    REPAIR_SHOP_CASH_RULE,
    paid_by_repair_shops,
    pays_property_owners,
    rewards_customers,
    tows_for_a_living,
)
from bizaudit.core.wholesaling import (
    SETTLEMENT_STAFF_ALLOWED,
    SETTLEMENT_STAFF_ASK,
    SETTLEMENT_STAFF_CLAUSE,
    SETTLEMENT_STAFF_RULE,
    pays_title_or_escrow,
)
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.policy import EffectivePolicy
from bizaudit.model.tuples import NamedTuple
from bizaudit.model.verticals import Vertical


class PaysForReferrals(NamedTuple):
    rule: str  # what the profession's rules say, with their citations
    allowed: str | None  # and what they allow instead
    condition: str | None = None  # what makes it allowed, where the rules allow it on one
    ask: str | None = None  # whom to ask, where the vertical names them
    named: str | None = None  # the trade the business's name gives away, when none is declared
    check: str = ""  # what to check, where a line is held to the condition
    #: Parts of the line's name that pay no one by their own words and name what the rules may
    #: allow (an educational event): a mixed line, which the advice asks to split
    unpaid: tuple[str, ...] = ()
    #: whose rules restrict it, where they are not the business's own profession's (the
    #: insurers' adjusters' code of ethics)
    whose: str | None = None
    #: the line's cost is paid in part by those who refer (a lender paying half an agent's
    #: ads), not paid to them (AE8 of the nineteenth round)
    received: bool = False
    #: the rules quoted are the country's own (``Vertical.rules_of``), not the US's
    own: bool = False
    #: the line pays for patients' admissions, housing or travel at a treatment provider
    #: (patient brokering: EKRA, 18 U.S.C. §220; T1 of the forty-fifth round)
    brokering: bool = False
    #: what the rules quoted may not reach, said as a question (a lease's referral under
    #: RESPA, a sponsorship of an association: T22 of the forty-fifth round, 2026-12-06)
    question: bool = False
    #: the line offers patients a chance at a prize for choosing the practice (starting
    #: treatment), not for referring others: the beneficiary-inducement law's (A2 of the
    #: forty-seventh round, 2026-12-06)
    choosing: bool = False
    #: a bail agency's line prices bail below the filed rate or gives part of the premium
    #: back: an unlawful rebate under the bail laws (C1 of the forty-eighth round, 2026-12-06)
    rebate: bool = False
    #: the line gives patients or their families something free for choosing the provider,
    #: or free genetic tests to seniors (D1 and D2 of the forty-ninth round's re-review,
    #: 2026-12-06): the beneficiary-inducement law's
    gives: bool = False
    #: the line gives customers something of value for filing an insurance claim with the
    #: shop (K3 of the fiftieth review round, 2026-12-06; core.metrics.rewards_claims)
    claims: bool = False
    #: the line receives money for referring residents or specimens to a laboratory or a
    #: treatment provider (EKRA §220(a)(1); AO1 of the fifty-second round, 2026-12-07)
    takes: bool = False
    #: the line gives part of the fee back to the family or client: a price concession to the
    #: customer, no payment for referrals, asked under the beneficiary-inducement law where
    #: Medicaid pays (AP8 of the fifty-second round's re-review, 2026-12-07)
    concession: bool = False
    #: the line records a referral fee or a commission a CPA firm receives: asked whether it
    #: was disclosed to the client and whether the firm does attest work for the client (AICPA
    #: ET 1.520.001; AQ4 of the fifty-second round's second re-review, 2026-12-07)
    accepts: bool = False
    #: the line is a real-estate wholesaler's payment to bird dogs or finders for the deals
    #: they bring: asked under the state's licence law, which may allow a finder's fee (AW8 of
    #: the fifty-fifth round's review, 2026-12-07; core.wholesaling)
    finders: bool = False
    #: the line pays a physicians' group for marketing or other services where the practice
    #: furnishes designated health services: the claims already billed for the patients they
    #: referred may be owed back (AX2 of the fifty-sixth round's review, 2026-12-07)
    billed: bool = False
    #: the line pays runners, those paid to find accident victims and steer them to a law firm:
    #: a crime where a state makes it one, as the rule quoted says (the fifty-seventh round,
    #: part j, 2026-12-07; core.barratry)
    runners: bool = False
    #: the line pays a law firm's own staff by the case signed or for the clients they bring
    #: in: the firm's own pay, asked (part p of the fifty-eighth round, 2026-12-07;
    #: core.barratry.pays_own_staff)
    own_staff: bool = False
    #: a question of a payment the law may forbid outright, said as information (its finding
    #: asks, it does not warn) that still holds the score under "Strong" until it is answered
    #: (core.audit's cap, "a line may pay for referrals", and the verdict's "have that checked
    #: first"): x's leftover of the fifty-eighth round (2026-12-07), where "warning" stood
    #: beside "How often, how much, and is any of it tied to the residents they send you?"
    weighs: bool = False
    #: where the rules quoted are the country's own (``own``), what they say of this payment
    #: as the data reads them (``Vertical.referral_payment``, or ``referral_payment_customers``
    #: for a reward to customers who refer): "forbidden", "allowed" or "not read"; outside the
    #: US, BA114 only asks about a line its country's rules do not forbid as read (the
    #: sixty-second round, part a, 2026-12-07)
    read: str = ""
    #: the promoters the line pays are CPAs or accountants, whose own code limits what they may
    #: take (AICPA ET 1.520.001): the adviser's finding names it too (BH8 of the sixty-second
    #: round, 2026-12-07)
    cpas_paid: bool = False
    #: the line pays the share of a seminar's costs that a referral source holding it with the
    #: law firm would bear ("advisor's share reimbursed"): asked, naming the opinion whose
    #: facts had each pay an equal share (BK8 of the sixty-third round's review, 2026-12-08;
    #: core.lawyer_gifts.pays_a_cosponsors_share)
    shared: bool = False


class MealJoined(NamedTuple):
    """A customer source an owner's 'channel:' joins to a meal, drinks or an outing for the
    physicians who send patients."""

    source: str
    customers: int
    line: str


class PayingForReferrals(Rule):
    """A line pays for referrals (a reward, bonus or fee per referral) in a profession whose
    rules restrict paying for them.

    Why it matters: dental boards, medical and legal ethics rules, RESPA and state real-estate
    licence laws restrict or forbid paying for referrals, and the penalties reach the licence.
    bizaudit never advises funding such a line: it is neither referral cultivation nor a
    channel, and what it spent is left out with the referred customers when the CAC excluding
    referrals is worked out, except its share for customers a funded line (a liaison's lunches)
    also reaches: those are counted as paid for, and it stays in their cost, so a flag never
    makes a customer look cheaper.

    How it is computed: in a vertical whose rules restrict paying for referrals (dental,
    medical, legal, real estate...), a line in the referral channel, or any marketing line or
    line nothing placed that names referrals (or a finder's fee, a kickback), whose name says it
    pays for them ("reward", "bonus", "fee", "commission", "gift card", "cash", "credit", "per
    referral"); and, whatever it is called or was read as, a line that pays those who send
    business (hospices, clergy, lenders, loan officers, title companies, physicians...) a price
    for each piece of it ("$150 per call", "for each family", "per closing").
    Relationship-building (referral-partner lunches, a physician liaison, networking groups,
    thank-you notes) is not payment and is not flagged, except that in a medical practice a gift
    to a referrer (gifts, gift baskets) is: the Anti-Kickback Statute's "anything of value", and
    the Stark Law's non-monetary compensation, allowed only within a yearly limit per physician
    (42 CFR §411.357(k)); so is, there, a gift to discharge planners, case managers or social
    workers whatever the line was read as, a sponsorship of those who refer or of their events
    (a home-care agency's "Senior living community event sponsorships"), and a party host's
    rewards for the guests who come as patients (a CFO's review, 2026-12-05); and, in every
    restricted profession, a gift to
    lenders, title or escrow companies (RESPA §8). Nor is flagged, in real estate, a referral
    fee paid to another agent or broker, or to a referral network a licensed brokerage runs
    (Zillow Flex, Redfin, HomeLight...): cooperative brokerage, which RESPA §8(c)(3) exempts. A
    line that names a lender, a mortgage broker, a title, escrow or insurance agent, a client or
    cash is never taken for cooperative brokerage. In real estate, a marketing line whose cost a
    lender, title or escrow company pays in part ("Zillow ads - Guaranteed Rate pays half",
    "Open house food (First American Title covers most)") is flagged too, unless it says each
    pays its fair share: defraying the agent's costs is a thing of value (12 CFR
    §1024.14(g)(1)(vi), (g)(2); AE8 of the nineteenth round). For a CPA firm, a referral fee the
    line says is disclosed is what the AICPA's rule allows, and one it does not is information:
    the rule allows a fee disclosed to the client (its bar on attest clients is for
    commissions), so the line stays a channel and the finding asks that the disclosure be
    checked; one whose name says it was not disclosed is a warning. For an insurance agency, a
    reward the line says goes to every referrer whether or not the friend buys is information
    that asks for the state's cap to be checked (Florida allows one, §626.112(8)); unless it
    names a lender, real-estate agent, title or escrow company, whom RESPA §8 forbids paying at
    all, or is cash, a cash-like card, more than $100 or a reward when the policy binds. For a
    law firm, a lead service paid a price for each lead that becomes a client ("pay per signed
    case") or a share of the fee is a warning that quotes what the rules say of paying to
    obtain a client: a lead generator may be paid only if it recommends no lawyer and its pay
    is consistent with Rules 1.5(e) and 5.4 (ABA Model Rule 7.2 comment [5]; NYSBA Ethics Op.
    1131, 2017), New York forbids paying anyone to obtain employment by a client (its Rule
    7.2(a)) while the D.C. Bar allows a flat fee for each client a referral service secures
    (Ethics Op. 342), and a share of the fee to a non-lawyer is fee sharing (Model Rule 5.4(a)).
    AI1 of the twenty-second round, 2026-12-04: such a line had read as advertising; its
    re-review (AJ1, AJ2): information at first, it let the firm score "Strong", and a share
    of the fee was missed. Gift baskets,
    gift cards, tickets, trips, cash or bonuses to someone the line names as sending cases (a
    chiropractor, a doctor) are a payment there too, beyond the nominal thank-you Rule
    7.2(b)(5) allows (AI2 of the same round: a PI firm's gift baskets to chiropractors, $560 a
    case, were not read at all). The
    advice names whom to ask where the vertical does (a health-care lawyer, the state bar's
    ethics counsel, the state board of accountancy).

    A business that declares no industry is held to the rules of the trade its name gives
    away ("Harbor Point Insurance Agency"), and the finding says so.

    A bail agency declared an insurance agency ("Liberty Bail Bonds") is held to the bail
    laws, not to the insurance codes' caps on gifts: any line that gives jail or court staff,
    officers, trusties or inmates something of value, pays attorneys or cosigners for sending
    bail business, pays runners or solicits at a jail or a court, or prices bail below the
    filed rate or gives part of the premium back, whatever it was read as (Fla. Stat. §648.44;
    Cal. Penal Code §160; Cal. Code Regs. tit. 10, §2079.1 and §2081(a); C1 of the
    forty-eighth review round, 2026-12-06).

    The rules quoted are American, and said so outside the US, except where the vertical
    gives a country's own: a law firm kept in pounds is held to England and Wales' (referral
    fees banned in personal-injury work by LASPO 2012 s.56; for other work allowed when the
    client is told of them and the agreement is in writing, SRA Code of Conduct for
    Solicitors, 2019, para 5.1): a fee the line says was disclosed, for no personal-injury,
    criminal or publicly funded work, is information that asks for those terms to be checked
    (Q11 of the thirty-third round's second re-review, 2026-12-05).

    A reward to customers or patients who refer is answered with what the rules say of it
    where the vertical says it apart: in health care, the beneficiary-inducement law and the
    OIG's nominal value ($15 an item, $75 a year, never cash or a cash equivalent; 2016), not
    the Stark exception for gifts to physicians (a CFO's review, 2026-12-03, fourteenth round:
    an audiology practice's "$50 Visa" cards to patients).

    Where the line's name joins two things and one of them pays no one by its own words and
    names what the rules may allow (an educational event, advertising, co-marketing), the
    advice asks to give that part a line of its own, so that only the rest is flagged.

    In a trade paid from insurance claims (home services, construction), a line that gives
    the insurers' adjusters a gift, a card, cash or a price per claim is flagged too: an
    adjuster may not steer a claimant to anyone who compensates them for it (Fla. Admin. Code
    R. 69B-220.201(3)(a), binding on every adjuster in Florida; other states' codes say the
    same; a CFO's review, 2026-12-03: a roofer's "Adjuster Appreciation - Lunches & Gift
    Cards" had read as retention, then as a referral channel to grow). In home services, a
    line that gives real-estate agents, lenders or title companies a gift, a card, cash or a
    fee and names a pest (WDO) inspection or an appraisal is flagged under RESPA §8: the
    statute names them among settlement services (12 U.S.C. §2602(3)), which no one may be
    given anything of value for referring where the home is bought with a federally related
    mortgage loan (a CFO's review, 2026-12-03, fifteenth round: a pest company's realtor gift
    cards for termite inspections scored as a channel). One that names another inspection (a
    home's, a pool's, a price per inspection) is flagged too, and asked about: Regulation X
    counts inspections among settlement services (12 CFR §1024.2(b)), but whether RESPA
    reaches an inspection the buyer orders is for a lawyer to say, and it does not reach a
    cash purchase. A home inspector, by its name (declared home services, real estate or
    nothing), is read so: any line that gives the agents who send it buyers (a buyer's or
    listing agent, an agent, a broker or brokerage, a Realtor, a brokerage by its brand, "KW",
    "Coldwell Bnkr"), lenders, title or escrow companies a gift, a card, cash, a fee, a price
    per inspection or per closing, a paid place on a preferred-vendor list or a marketing
    services agreement is flagged and asked about, naming the states' home-inspector licence
    laws that forbid it whoever lends (California's Bus. & Prof. Code §7197(a)(3); Texas's 22
    TAC §535.220, which names a place on a list of preferred providers) and what RESPA allows
    of a marketing agreement: payment, at their value, for services actually performed
    (§8(c)(2)); never real estate's exemption for referral fees between agents and brokers
    (§8(c)(3)), which is not an inspector's (A1 of the forty-seventh round, 2026-12-06: a home
    inspector's $50 per inspection to buyer's agents was its cheapest channel, its score 90,
    and under real estate the fees read as cooperative brokerage). A lunch or a class for
    agents alone is not flagged.

    Where the beneficiary-inducement law is the trade's (chiropractic, dental, home care,
    medical, pharmacy, physical therapy), a drawing, a raffle or a contest open to patients is
    flagged whatever it was read as: for referring others, as a reward to patients who refer;
    for starting treatment, as something of value offered to choose the practice, far above
    the OIG's nominal value for a prize such as a game console or a tablet, and asking how a
    chance at one is valued (A2 of the forty-seventh round: an orthodontist's "Free Xbox
    drawing for patients who start treatment" and "Pt Ref Contest - iPad drawing" had read as
    overhead). "Ref Dr" and "Ref DDS" in a ledger are the dentists who refer, whose gifts are
    flagged as gifts to referring dentists are.

    Where the Anti-Kickback Statute reaches the trade, a meal, drinks or an outing for the
    physicians who send patients (dinners, breakfasts, happy hours, golf) is read as a lunch
    for them is: referral cultivation, in the referral channel, that buys no referrals. Where
    the profile joins patients to such a line by 'channel:', the report prices none of them
    against it and this rule warns: counting patients as bought by meals for those who send
    them records remuneration for referrals (42 U.S.C. §1320a-7b(b); R1 of the forty-fourth
    round's re-review, 2026-12-06).

    How to fix: check the arrangement with your board, bar or regulator before you fund it
    again; what those rules allow instead is in the finding. If the line does not pay for
    referrals, rename it so it says what it buys, or skip this rule with the reason.
    """

    id = "BA114"
    name = "paying-for-referrals"
    severity = "warning"
    summary = "A line pays for referrals where the profession's rules restrict it"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        yield from self.hits(facts)

    @staticmethod
    def hits(facts: Facts) -> Iterator[Hit]:
        """The rule's hits: they depend on the profile's facts alone (no policy), so that
        :func:`_asked_lines` reads the same ones. A line it only asks about (``question``) is
        information, as a question is: one that would otherwise warn keeps its weight on the
        score (``weighs``), not the word "warning" beside "ask whether..." (x's leftover of
        the fifty-eighth round, 2026-12-07), nor a failed check under --fail-on BA114."""
        for hit in _found(facts):
            figures = hit.figures
            if hit.severity is None and isinstance(figures, PaysForReferrals) and figures.question:
                yield hit._replace(severity="info", figures=figures._replace(weighs=True))
            else:
                yield hit


def _found(facts: Facts) -> Iterator[Hit]:
    """BA114's hits at the severity each reading gives (PayingForReferrals.hits)."""
    vertical = facts.read_by
    if vertical is None:
        return
    named = vertical.label if facts.vertical is None else None  # given away by the name
    # Codes of those who send the business customers, not its own profession's: the
    # insurers' adjusters (a trade paid from claims), the agents who order inspections
    # for a sale (RESPA); the second with the split advice for CE classes
    for rule, lines, allowed, ask, whose, split, received in (
        (
            vertical.adjuster_rule,
            facts.adjuster_payments,
            "Thank adjusters without anything of value, ask insured customers for reviews "
            "and referrals, and win claims work through your own channels.",
            "your state's department of insurance or a lawyer",
            "the adjusters' code of ethics",
            False,
            False,
        ),
        (
            vertical.settlement_rule,
            facts.settlement_payments,
            "Market to home buyers and sellers directly, and run classes open to all "
            "agents that are not conditioned on referrals.",
            "a lawyer who knows RESPA",
            "RESPA",
            True,
            False,
        ),
        (
            vertical.defrayed_rule,
            facts.defrayed_marketing,
            "Share marketing with a lender, title or escrow company only in proportion to "
            "its use of the advertising, each paying its own share, in writing; pay your own "
            "open houses and portal ads.",
            "a lawyer who knows RESPA",
            "RESPA",
            False,
            True,
        ),
    ):
        if rule is None:
            continue
        for item in lines:
            unpaid = unpaid_parts(item.activity.name, vertical) if split else ()
            # an inspection the statute does not name (a home, a pool, or any an inspector
            # is paid for), asked: RESPA may not reach it, the state's inspector law may
            # (A1 of the forty-seventh round, 2026-12-06)
            asked = split and _STATUTE_NAMES.search(line_text(item.activity)) is None
            yield Hit(
                PaysForReferrals(
                    (
                        _INSPECTION_RULE
                        + (
                            _AGREEMENT_CLAUSE
                            if _LIST_OR_AGREEMENT.search(item.activity.name)
                            else ""
                        )
                    )
                    if asked
                    else rule,
                    _INSPECTION_ALLOWED if asked else allowed,
                    None,
                    _INSPECTION_ASK if asked else ask,
                    whose=whose,
                    unpaid=unpaid,
                    received=received,
                    question=asked,
                ),
                at=("activities", item.position),
                subject=item.activity.name,
            )
    # a share or a price per contract paid to another trade or a real-estate agent who
    # sends a home-improvement or pool contractor its work: asked (AL7 of the fifty-first
    # round; core.home_improvement, with the law); a realtor's, as information
    for item in facts.contract_fees:
        realtor = pays_for_contracts(item.activity.name) == "realtor"
        yield Hit(
            PaysForReferrals(
                REALTOR_FEE_RULE if realtor else SOLICITOR_FEE_RULE,
                "Pay a referral source nothing per contract unless your state allows it to "
                "the payee; market to homeowners directly, and let those who recommend you "
                "do so for the work's sake.",
                None,
                "your state's contractors' board or a lawyer",
                named,
                question=True,
            ),
            at=("activities", item.position),
            severity="info" if realtor else None,
            subject=item.activity.name,
        )
    if vertical.referral_rule is None:
        return
    # a business declared a law firm that says it is none (an immigration consultant, a
    # notaria): no lawyers' rule quoted to it, its payment asked in general terms (AL4 of
    # the fifty-first review round; core.non_lawyers)
    lay = (
        vertical.id == "legal"
        and bool(facts.paid_referrals)
        and says_not_a_lawyer(
            facts.profile.business.name or "",
            (item.activity.name for item in facts.activities),
        )
    )
    # an ambulance or NEMT company, whose meals for discharge planners are asked in its
    # terms (AL1 of the fifty-first review round; core.patient_inducements)
    carries = bool(facts.paid_referrals) and carries_patients(facts.profile.business.name or "")
    # a towing company declared auto-repair, whose customers' rewards keep its reading
    tows = (
        vertical.id == "auto-repair"
        and bool(facts.paid_referrals)
        and tows_for_a_living(facts.profile.business.name or "")
    )
    # a pet crematory declared death-care or veterinary: the clinics' rule, not a funeral
    # board's nor the Anti-Kickback Statute (AS1 of the fifty-third review round,
    # 2026-12-07; core.pet_aftercare, with Cal. Bus. & Prof. Code §650)
    pets = (
        bool(facts.paid_referrals)
        and facts.pet_crematory
        # (California's §650 is quoted: a US business's; elsewhere the vertical's own)
        and facts.profile.business.currency == "USD"
    )
    for item in facts.paid_referrals:
        # a treatment provider's payment for patients is patient brokering (T1 of the
        # forty-fifth round: core.metrics reads them once, core.patient_inducements)
        brokering = id(item) in facts.brokering
        said = (
            _PATIENT_BROKERING
            if brokering
            else PET_CLINIC_RULE
            if pets
            else NOT_A_LAWYER_RULE
            if lay
            else _rule_for(vertical, item.activity.name, facts.laboratory, carries, tows)
        )
        if (
            vertical.id == "death-care"
            and not pets
            and not brokering
            and facts.profile.business.currency == "USD"
            and said is vertical.referral_rule
            and gives_institution_staff(item.activity.name)
        ):  # a gift to another institution's staff: commercial bribery too (part e, r56)
            said += _STAFF_BRIBERY
        # a placement service's fee silent on who pays for the residents it brought: still
        # a warning, asking the payer to be confirmed, as the condition's check says (Y1 of
        # the forty-sixth round's re-review, 2026-12-06; core.metrics.Facts.payer_unstated)
        unstated = id(item) in facts.payer_unstated
        # a prize drawing for patients who start treatment (A2 of the 47th round)
        choosing = said is _PRIZE_RULE
        # a bail agency's premium cut below the filed rate or given back (C1 of the
        # forty-eighth round, 2026-12-06)
        rebate = vertical.trade == "bail" and cuts_bail_premium(item.activity.name)
        if rebate and vertical.rebate_rule is not None:
            said = vertical.rebate_rule
        # (D1 and D2 of the 49th round's re-review; E9 of its second re-review)
        gives = said.startswith(_GIVEN_RULE) or said is _GIVEN_CASH_RULE
        claims = said is _CLAIMS_RULE  # (K3 of the fiftieth round)
        # a towing company's payment to a lot's owner or manager, or its drivers' money from
        # body shops: the tow trade's advice, not the repair shop's (AL3 of the 51st round)
        towing = said is PROPERTY_OWNER_RULE or said is REPAIR_SHOP_CASH_RULE
        instead = (
            _BROKERING_ALLOWED
            if brokering
            else _TOWING_ALLOWED
            if towing
            else CUSTOMER_REFERRAL_ALLOWED
            if said is CUSTOMER_REFERRAL_RULE
            else NOT_A_LAWYER_ALLOWED
            if lay
            else PET_CLINIC_ALLOWED
            if pets
            else vertical.referral_allowed
        )
        # a bare fee to the clinics, which may pay for a service at its value, asked (AS1)
        pet_fee = id(item) in facts.asked_fees
        # a law firm's holiday or thank-you gifts, which Rule 7.2(b)(5) allows where
        # nominal, asked (core.lawyer_gifts; a leftover of the fifty-fourth round)
        thanks = id(item) in facts.nominal_gifts
        # (of them, a referral source's share of a joint seminar the firm pays: BK8 of the
        # sixty-third round's review, 2026-12-08; core.lawyer_gifts)
        shared = id(item) in facts.shared_costs
        # a wholesaler's fee to bird dogs or finders, which the state's licence law may
        # allow: asked (AW8 of the fifty-fifth round's review; core.wholesaling)
        finders = id(item) in facts.asked_finders
        # a law firm's payment to runners: Rule 7.2(b), and the states' laws that make it a
        # crime (the fifty-seventh round, part j, 2026-12-07; core.barratry), whatever else
        # the line was read as (a price per signed case is no lead generator's here)
        # (a plain hospital liaison, which may be one, asked: part p of the fifty-eighth
        # round, 2026-12-07; core.barratry.asks_of_liaison)
        liaison = id(item) in facts.asked_liaisons
        # a law firm's own staff paid by the case: its own pay, asked in those words, not a
        # lead generator's (the same part; core.barratry.pays_own_staff)
        own_staff = id(item) in facts.own_staff_bonuses
        if own_staff:
            said = OWN_STAFF_RULE
        runners = (
            bool(vertical.referral_rule_runners)
            and not (brokering or pets or lay or thanks or own_staff)
            and (liaison or pays_runners(item.activity.name))
        )
        if runners:
            said = f"{vertical.referral_rule} {vertical.referral_rule_runners}"
        # a gift or a fee to a title or escrow company's staff, where the rule quoted is not
        # RESPA's: a wholesaler's bird-dog text said RESPA reaches none of it (the
        # fifty-seventh round, part j, 2026-12-07; core.wholesaling, with the law)
        settlement = (
            not (brokering or pets or lay or runners or finders)
            and facts.profile.business.currency == "USD"
            and pays_title_or_escrow(item.activity.name)
            # (the wholesaler's text names RESPA only to say it does not reach bird dogs)
            and (vertical.trade == "wholesaling" or "RESPA" not in said)
        )
        wholesaler = settlement and vertical.trade == "wholesaling"
        if settlement:
            said = SETTLEMENT_STAFF_RULE if wholesaler else said + SETTLEMENT_STAFF_CLAUSE
        yield Hit(
            PaysForReferrals(
                said,
                SETTLEMENT_STAFF_ALLOWED if wholesaler else instead,
                None,
                _TOWING_ASK
                if towing
                else _RUNNERS_ASK
                if runners
                else SETTLEMENT_STAFF_ASK
                if wholesaler
                else "a lawyer"
                if lay
                else PET_CLINIC_ASK
                if pets
                else vertical.referral_ask,
                named,
                (vertical.referral_condition_check or "") if unstated else "",
                unpaid=unpaid_parts(item.activity.name, vertical),
                # the clinics' rules, not the crematory's own profession's (AS1)
                whose="the veterinarians' practice law"
                if pets and not brokering
                else "state law"  # commercial bribery first, RESPA where it reaches (AY6)
                if wholesaler
                else None,
                own=vertical.rules_of is not None,
                # what the country's rules read say of it: of a reward to customers who
                # refer where that is the text quoted, else of paying those who refer
                read=(
                    vertical.referral_payment_customers
                    if said is vertical.referral_rule_customers
                    else vertical.referral_payment
                )
                or "",
                brokering=brokering,
                # (a price per prescription for privately insured patients only, asked:
                # K1 of the fiftieth review round)
                question=said in _QUESTIONS
                or pet_fee
                or thanks
                or finders
                or unstated
                or said.endswith(_COMMERCIAL_ONLY)
                or lay
                or (runners and liaison)
                or own_staff,
                choosing=choosing,
                rebate=rebate,
                gives=gives,
                claims=claims,
                finders=finders,
                billed=SERVICES_FEE_STARK in said,
                runners=runners,
                own_staff=own_staff,
                shared=shared,
            ),
            at=("activities", item.position),
            severity="info" if pet_fee or thanks or finders or own_staff else None,
            subject=item.activity.name,
        )
    # money a treatment provider receives for referring residents or specimens, or its
    # residents' drug tests billed through a laboratory it is tied to, asked (AO1 of the
    # fifty-second review round, 2026-12-07; core.patient_inducements)
    for item, asked in facts.brokering_received:
        yield Hit(
            PaysForReferrals(
                _TESTS_BILLED_RULE if asked else _BROKERING_RECEIVED_RULE,
                _RECEIVED_ALLOWED,
                None,
                vertical.referral_ask,
                named,
                question=asked,
                brokering=True,
                takes=True,
            ),
            at=("activities", item.position),
            severity="info" if asked else None,
            subject=item.activity.name,
        )
    # a placement agency's fee received for Medicaid waiver residents (AO4 of the fifty-second
    # review round), a question of what the law may forbid outright (its severity left to
    # ``hits``, which keeps its weight on the score), and a rebate of a home-care or placement
    # agency's fee to the family, where Medicaid is named or the business is a placement
    # agency: a price concession, information only (AP8 of the fifty-second round's re-review,
    # 2026-12-07); both asked, and built alike (core.placement_agency)
    for lines, rule, allowed, takes in (
        (facts.medicaid_fees_received, _MEDICAID_FEE_RULE, _MEDICAID_FEE_ALLOWED, True),
        (facts.customer_rebates, _CUSTOMER_REBATE_RULE, _CUSTOMER_REBATE_ALLOWED, False),
    ):
        for item in lines:
            yield Hit(
                PaysForReferrals(
                    rule,
                    allowed,
                    None,
                    vertical.referral_ask,
                    named,
                    question=True,
                    takes=takes,
                    concession=not takes,
                ),
                at=("activities", item.position),
                severity=None if takes else "info",
                subject=item.activity.name,
            )
    # a CPA firm's referral fee or commission received, not said disclosed: asked whether
    # it was disclosed and whether any of these clients get attest work (AICPA ET
    # 1.520.001; AQ4 of the fifty-second round's second re-review, 2026-12-07;
    # core.cpa_referrals); one said not disclosed is a warning; BA127 holds a commission
    # on clients the line says the firm audits, reviews or compiles for
    if vertical.id == "accounting":
        flagged = {id(item) for item in facts.paid_referrals}
        for item in facts.activities:
            name = item.activity.name
            if (
                id(item) not in flagged
                and accepts_referral_fee(name)
                and not takes_attest_commission(line_text(item.activity))
            ):
                undisclosed = says_undisclosed(name)
                yield Hit(
                    PaysForReferrals(
                        _ACCEPTED_RULE,
                        _ACCEPTED_ALLOWED,
                        None,
                        vertical.referral_ask,
                        named,
                        own=vertical.rules_of is not None,
                        question=not undisclosed,
                        accepts=True,
                    ),
                    at=("activities", item.position),
                    severity=None if undisclosed else "info",
                    subject=name,
                )
    # a bonus per admit where EKRA does not reach (a hospital, a clinic), its payee not said
    # to be employed: asked (AQ2 of the fifty-second round's second re-review, 2026-12-07;
    # core.patient_inducements.pays_per_admit)
    for item in facts.admits_asked:
        yield Hit(
            PaysForReferrals(
                _PER_ADMIT_ASKED_RULE,
                _PER_ADMIT_ASKED_ALLOWED,
                None,
                vertical.referral_ask,
                named,
                question=True,
            ),
            at=("activities", item.position),
            severity="info",
            subject=item.activity.name,
        )
    # patients an owner joined by 'channel:' to a treat for the physicians who send them:
    # priced against nothing, and said why (R1 of the forty-fourth round's re-review)
    for source, customers, line in facts.meals_joined:
        yield Hit(
            MealJoined(source, customers, line),
            at=("customers", "sources", source),
            subject=line,
        )
    for item in facts.bail_rates_asked:
        # "bail for 5%" with no filed rate named: asked, as information (E6 of the
        # forty-eighth round's second re-review, 2026-12-06)
        yield Hit(
            PaysForReferrals(
                vertical.rebate_rule or "",
                vertical.referral_allowed,
                None,
                vertical.referral_ask,
                named,
                question=True,
                rebate=True,
            ),
            at=("activities", item.position),
            severity="info",
            subject=item.activity.name,
        )
    for item in facts.conditional_referrals:
        yield Hit(
            PaysForReferrals(
                vertical.referral_rule,
                vertical.referral_allowed,
                vertical.referral_condition,
                vertical.referral_ask,
                named,
                vertical.referral_condition_check,
                own=vertical.rules_of is not None,
                read=vertical.referral_payment or "",
                # CPAs paid by a business that is no CPA firm (whose own rule, the same code,
                # is the one quoted): BH8 of the sixty-second round, 2026-12-07
                cpas_paid=pays_cpas(item.activity.name)
                and vertical.rules_of is None
                and "ET 1.520" not in vertical.referral_rule,
            ),
            at=("activities", item.position),
            severity="info",
            subject=item.activity.name,
        )


#: What a towing company may do instead, and whom to ask (AL3 of the fifty-first review round,
#: 2026-12-06; core.towing): win the property's contract on service and price, with the
#: required signs only (Tex. Occ. Code §2308.402(c) exempts them)
_TOWING_ALLOWED = (
    "Win a property's towing contract on service, response time and a written authorization "
    "agreement; provide only the signs the law requires; pay no owner, manager or staff "
    "anything per tow or for the contract, in cash, gifts or free services; and take nothing "
    "from body shops for the wrecks your drivers bring."
)
_TOWING_ASK = "a lawyer who advises towing companies, or your state's towing regulator"
#: Whom a law firm that paid runners asks (the fifty-seventh round, part j; core.barratry)
_RUNNERS_ASK = (
    "your state bar's ethics counsel and a lawyer who knows your state's barratry and "
    "solicitation laws"
)


#: The settlement services RESPA's own list names (12 U.S.C. §2602(3): "pest and fungus
#: inspections", "appraisals"): a line paid for referring one of them is told the statute's rule
_STATUTE_NAMES = LazyPattern(
    r"\b(?:wdo|wdi|wood[- ]destroying|termites?|pest|fungus|appraisals?|clearance\s+letters?)\b",
    re.IGNORECASE,
)
#: What the law says of paying those who send a home inspector its inspections, or who order
#: one the statute does not name (a home or a pool inspection), said as a question: Regulation
#: X's definition of a settlement service lists inspections (12 CFR §1024.2(b)), but RESPA
#: reaches only a settlement on a federally related mortgage loan (not a cash purchase), and no
#: CFPB ruling we found says a buyer's own inspection is one; the states' home-inspector
#: licence laws forbid it whoever lends: California's (Bus. & Prof. Code §7197(a)(3)) and
#: Texas's rules for its licensed inspectors (22 TAC §535.220(e)), which name a place on a list
#: of preferred providers too. A marketing services agreement is lawful under RESPA only as
#: payment for services actually performed, at their value (§8(c)(2); 12 CFR
#: §1024.14(g)(1)(iv)); the CFPB's Compliance Bulletin 2015-05, which had called most of them
#: kickbacks, was withdrawn for its RESPA Section 8 FAQs (October 2020). A1 of the forty-seventh
#: review round, 2026-12-06: a home inspector's $50 per inspection to buyer's agents was its
#: cheapest channel, and "realtor" the only word read
_INSPECTION_RULE = (
    "RESPA §8(a) forbids giving or accepting anything of value for referring "
    "settlement-service business on a home bought or refinanced with a federally related "
    "mortgage loan (12 U.S.C. §2607(a)), and Regulation X counts inspections among settlement "
    "services (12 CFR §1024.2(b)); whether it reaches an inspection the buyer orders, and it "
    "does not reach a cash purchase, is a question for a lawyer. The exemption for referral "
    "fees between real-estate agents and brokers (§8(c)(3)) is not an inspector's. Does your "
    "state's home-inspector licence law forbid it? Several do whoever lends: California makes "
    "it an unfair business practice for a home inspector to give a broker or agent any "
    "compensation, inducement or reward for referring business (Bus. & Prof. Code "
    "§7197(a)(3)), and Texas forbids its inspectors to pay any settlement service provider for "
    "referring inspections or for a place on a list of preferred providers (22 TAC §535.220)."
)
#: ...and, of a place on a brokerage's list or a marketing services agreement, what RESPA allows
_AGREEMENT_CLAUSE = (
    " A fee for a brokerage's preferred-vendor list or under a marketing services agreement is "
    "lawful under RESPA only as payment, at their value, for services the brokerage actually "
    "performs, not for referrals (§8(c)(2); 12 CFR §1024.14(g)(1)(iv); CFPB RESPA Section 8 "
    "FAQs, October 2020): what did it perform?"
)
_LIST_OR_AGREEMENT = LazyPattern(
    r"\b(?:lists?|placements?|pref(?:erred|\.)?|vendors?|programs?|prgms?|agreements?|agmts?"
    r"|msas?)\b",
    re.IGNORECASE,
)
_INSPECTION_ALLOWED = (
    "Market to home buyers directly (search, reviews, a sample report), and to agents with "
    "classes open to all of them that are not conditioned on referrals; pay a brokerage only "
    "for services it performs, at their market value, in writing, never by the inspection, "
    "the closing or a place on its list."
)
_INSPECTION_ASK = "a lawyer who knows RESPA and your state's home-inspector licensing board"


#: A line whose reward goes to customers or patients who refer, not to a trade that does
_TO_CUSTOMERS = LazyPattern(r"\b(?:patients?|clients?|customers?|members?|families)\b", re.I)
#: ...and patients as a ledger writes them, "Pt" or "pts" (X2 of the forty-sixth round,
#: 2026-12-06: "6050 Mktg - Pt Referal Gift Cards"); not "PT", a physical therapist
_TO_PATIENTS_SHORT = LazyPattern(r"\b[Pp]ts?\b")
_TO_TRADES = LazyPattern(
    r"\b(?:physicians?|doctors?|providers?|practices?|clinics?|planners?|nurses?|agents?"
    r"|realtors?|attorneys?|lawyers?|chiropractors?|dentists?|specialists?"
    # a physician named by specialty: "Dr. Lee ENT - $100 per patient referred" had been read
    # as a reward to patients, and quoted their $15 nominal value (I5 of the forty-first round)
    # (not "md", which is Maryland as often: J11 of the round's re-review)
    r"|dr|ent|pcps?|surgeons?|audiologists?|optometrists?|ophthalmologists?|podiatrists?"
    r"|otolaryngologists?|cardiologists?|dermatologists?|orthopa?edists?"
    # ...or trainers who send a physiotherapy clinic their clients ("Referral fees - personal
    # trainers (£25 per client referred)" had been told of rewards to patients: the sixty-
    # first round, part n, 2026-12-07)
    r"|(?:personal|athletic|fitness)\s+trainers?)\b"
    # ...or a physicians' group by its name (AW7 of the fifty-fifth round's review)
    rf"|{PHYSICIAN_GROUP}",
    re.I,
)


#: What the law says of a chance at a prize offered to patients for starting treatment (A2 of
#: the forty-seventh review round, 2026-12-06: an orthodontist with Medicaid and CHIP children
#: offered a drawing for an Xbox to those who start treatment). The beneficiary-inducement law
#: reaches those Medicare or a State health care programme pays for (42 U.S.C.
#: §1320a-7a(a)(5), §1320a-7(h): Medicaid and CHIP among them); the OIG's nominal value is of
#: 2016; the Anti-Kickback Statute's "to purchase" clause is §1320a-7b(b)(2)(B). How a chance
#: at a prize is valued was not found in the OIG's guidance, so it is asked.
_PRIZE_RULE = (
    "A drawing, a raffle or a contest open to patients who start treatment offers them "
    "something of value to choose the practice. Where Medicaid, CHIP or Medicare pays for "
    "their care, the beneficiary-inducement law forbids offering anything of value likely to "
    "influence that choice (42 U.S.C. §1320a-7a(a)(5)) beyond items of nominal value, which "
    "the HHS OIG reads as no more than $15 an item and $75 a year for each patient, never "
    "cash or a cash equivalent (OIG Policy Statement Regarding Gifts of Nominal Value to "
    "Medicare and Medicaid Beneficiaries, 7 December 2016); a prize such as a game console or "
    "a tablet is far above it, and whether a chance at one is valued at the prize is a "
    "question for a health-care lawyer. The federal Anti-Kickback Statute reaches "
    "remuneration offered to induce anyone to purchase a service a federal health care "
    "programme pays for (42 U.S.C. §1320a-7b(b)(2)(B)); state laws and boards often reach "
    "privately paid care too."
)


#: What the law says of something free given to patients or their families for choosing the
#: provider (D2 of the forty-ninth round's re-review, 2026-12-06: "Free home health aide hours
#: to families who elect hospice" lost its BA114 when the aides were read as cost of sales).
#: 42 U.S.C. §1320a-7a(a)(5); the nominal value: OIG Policy Statement Regarding Gifts of
#: Nominal Value to Medicare and Medicaid Beneficiaries, 7 December 2016
_GIVEN_RULE = (
    "Something given free to patients or their families for choosing you is something of value "
    "likely to influence a Medicare or Medicaid beneficiary's choice of provider, which the "
    "beneficiary-inducement law forbids (42 U.S.C. §1320a-7a(a)(5)) beyond items of nominal "
    "value: the HHS OIG reads that as no more than $15 an item and $75 a year for each patient, "
    "never cash or a cash equivalent (OIG Policy Statement Regarding Gifts of Nominal Value to "
    "Medicare and Medicaid Beneficiaries, 7 December 2016); care or services given free are far "
    "above it. State laws and boards often reach privately paid care too."
)
#: ...and of cash or a cash equivalent given for choosing you, which is never of nominal
#: value (HHS OIG Policy Statement Regarding Gifts of Nominal Value, 7 December 2016; checked
#: with the search tool, pages corpus): E9 of the forty-ninth round's second re-review,
#: 2026-12-06, "$50 gift cards for families who elect hospice" got the text for rewarding
#: patients who refer others
_GIVEN_CASH_RULE = (
    "Cash or a cash equivalent, such as a gift card, given to patients or their families for "
    "choosing you is never of nominal value: it is something of value likely to influence a "
    "Medicare or Medicaid beneficiary's choice of provider, which the beneficiary-inducement law "
    "forbids (42 U.S.C. §1320a-7a(a)(5)); the HHS OIG allows only items of nominal value, no "
    "more than $15 an item and $75 a year for each patient, and never cash or a cash equivalent "
    "(OIG Policy Statement Regarding Gifts of Nominal Value to Medicare and Medicaid "
    "Beneficiaries, 7 December 2016). State laws and boards often reach privately paid care too."
)
#: ...and, of free genetic tests offered to seniors, what the HHS OIG's fraud alert describes
#: (D1 of the same re-review: "Free cancer genetic screening kits at senior health fairs
#: (Medicare)" was a laboratory's only funded channel). The alert: HHS OIG, Fraud Alert:
#: Genetic Testing Scam (2019, updated 3 June 2019), checked with the search tool (pages
#: corpus: its reprints by Becker's, Frier Levitt, G2 Intelligence); the treating physician's
#: order: 42 CFR §410.32(a)
_GENETIC_CLAUSE = (
    " Genetic tests or cheek swabs offered free to Medicare beneficiaries at health fairs, "
    "public events or door to door are the scheme the HHS OIG's fraud alert on genetic testing "
    "scams describes (Fraud Alert: Genetic Testing Scam, 2019); and Medicare pays for a "
    "diagnostic test only when the physician treating the beneficiary orders it (42 CFR "
    "§410.32(a)), so a test billed to Medicare is not free."
)
_GENETIC = LazyPattern(
    r"\b(?:genetic|genomic|dna|hereditary|pharmacogenomic|pgx)\b|\bcheek\s+swabs?\b",
    re.IGNORECASE,
)


#: What the rules say besides of a fee paid to a physician or a physicians' group for each
#: patient they refer (AW7 of the fifty-fifth round's review, 2026-12-07: a physical-therapy
#: clinic's "Marketing fee to Ortho Associates ($40/referred patient)" was quoted the patients'
#: $15/$75 nominal value, which suggests a small fee could be fine; core.patient_inducements.
#: pays_physicians_per_referral). The personal services safe harbour: compensation not
#: determined by the volume or value of referrals or business generated (42 CFR
#: §1001.952(d)(1)(iv), as revised in 2020, quoted elsewhere in this module). Stark's
#: compensation exceptions: each asks for pay not determined in a manner that takes into
#: account the volume or value of referrals; the text of the office-space exception, 42 CFR
#: §411.357(a)(5)(i), read with the search tool (pages corpus, the CFR as laws9.com and
#: lawstack reprint it), 2026-12-07
_PHYSICIAN_FEE = (
    " A fee paid to those who refer, or to their practice, for each patient they refer is set "
    "by the volume of referrals, which the Anti-Kickback Statute's safe harbour for personal "
    "services excludes (compensation not determined by the volume or value of referrals or "
    "business generated, 42 CFR §1001.952(d)): no fee per referral is small enough to be safe."
)
_PHYSICIAN_FEE_STARK = _PHYSICIAN_FEE + (
    " Paid to a physician or a physicians' group, it is a compensation arrangement under the "
    "Stark Law too, whose exceptions ask for pay that does not take into account the volume "
    "or value of referrals (42 CFR §411.357; the office-space rental exception, "
    "§411.357(a)(5), for one): none covers a price per referred patient."
)


#: What the rules say of a fee for a referring physician's services (B6 of the twenty-third
#: round, 2026-12-04: a dermatology practice's stipend to a doctor who sent it 60 patients)
_PERSONAL_SERVICES = (
    "A stipend or a fee for services paid to a physician who sends patients is remuneration "
    "under the federal Anti-Kickback Statute (42 U.S.C. §1320a-7b(b)) unless it meets the "
    "personal services safe harbour: in writing, for at least a year, at fair market value for "
    "services actually needed, and not set by the volume or value of referrals (42 CFR "
    "§1001.952(d)); the OIG warned of such arrangements in its fraud alert on physician "
    "compensation (9 June 2015). Where the practice bills designated health services (a "
    "laboratory, imaging), the Stark Law's personal service exception asks the same (42 CFR "
    "§411.357(d))."
)


#: What the law says of something of value given to a customer for filing an insurance claim
#: with the shop (K3 of the fiftieth review round, 2026-12-06; core.metrics.rewards_claims,
#: where the source is given: Fla. Stat. §559.920 as amended by CS/SB 1002, ch. 2023-136).
#: Outside Florida no statute was verified in the time: asked, under the state's insurance
#: fraud and repair-shop laws, not asserted.
_CLAIMS_RULE = (
    "Florida's Motor Vehicle Repair Act, as amended in "
    "2023, makes it unlawful for a repair shop or its employees to offer a customer a rebate, "
    "gift, gift card, cash, coupon or other item of value in exchange for making an insurance "
    "claim for motor vehicle glass replacement or repair (Fla. Stat. §559.920, amended by "
    "ch. 2023-136, Laws of Florida). Elsewhere the value comes out of what the insurer pays "
    "and may be an inducement your state's insurance fraud or repair-shop law forbids; which "
    "state are you in, and does its law allow it?"
)


#: What the law says of paying a non-employee per order of an item a federal health care
#: programme pays for (C2 of the forty-eighth review round, 2026-12-06: a DME supplier's
#: marketer at "$75 per CPAP order" and 1099 reps "per Medicare order"; core.metrics.
#: pays_per_order, where the sources are given)
_PER_ORDER_RULE = (
    "Paying someone who is not your employee a price for each order of an item Medicare or "
    "Medicaid pays for is remuneration for arranging for or recommending its purchase, which "
    "the federal Anti-Kickback Statute forbids (42 U.S.C. §1320a-7b(b)(2)(B)). Its safe "
    "harbour for bona fide employees covers only your own W-2 staff (42 CFR §1001.952(i)), "
    "and the one for independent contractors' personal services requires compensation set in "
    "advance, at fair market value, and not determined by the volume or value of referrals or "
    "business generated (42 CFR §1001.952(d), as revised in 2020), which a price per order "
    "is. The HHS OIG has long named independent marketers of medical equipment paid per order "
    "a fraud risk; many states' anti-kickback laws reach privately paid orders too."
)


#: ...and of a price for each prescription, script or Rx, or a share of what the business is
#: paid for it (K1 of the fiftieth review round, 2026-12-06: a compounding pharmacy's "1099
#: marketers paid per prescription" and "Telemedicine partner - $75 per prescription written"
#: passed). TRICARE is a federal health care program (42 U.S.C. §1320a-7b(f)(1)); the purchase
#: and referral clauses, §1320a-7b(b)(2)(A) and (B); the safe harbours, 42 CFR §1001.952(d)
#: and (i). EKRA (18 U.S.C. §220) reaches laboratories, recovery homes and clinical treatment
#: facilities, not pharmacies: not cited here.
_PER_PRESCRIPTION_RULE = (
    "Paying someone who is not your employee a price for each prescription, or a share of "
    "what you are paid for it, is remuneration for referring patients or for arranging for or "
    "recommending the drugs they buy, which the federal Anti-Kickback Statute forbids where "
    "Medicare, Medicaid, TRICARE or another federal health care program pays (42 U.S.C. "
    "§1320a-7b(b)(2), (f)). Its safe harbour for bona fide employees covers only your own "
    "W-2 staff (42 CFR §1001.952(i)), and the one for independent contractors' personal "
    "services requires compensation set in advance, at fair market value, and not determined "
    "by the volume or value of referrals or business generated (42 CFR §1001.952(d)), which "
    "a price per prescription is. Many states' anti-kickback and patient-brokering laws reach "
    "privately paid prescriptions too."
)
#: ...and of a telemedicine company paid per prescription or order written: the HHS OIG's
#: Special Fraud Alert of 20 July 2022 on arrangements with telemedicine companies (its
#: suspect characteristics checked with the search tool, pages corpus, 2026-12-06)
_TELEMEDICINE_CLAUSE = (
    " The HHS OIG's Special Fraud Alert on arrangements with telemedicine companies (20 July "
    "2022) names pay based on the volume of items or services ordered or prescribed among "
    "the suspect characteristics of the fraud schemes it investigated."
)
#: ...and, where the line says its patients are privately insured only, asked: the federal
#: statute reaches federal health care programs only, but state laws reach all payers. Fla.
#: Stat. §817.505(1)(a) (any commission, bonus or kickback to induce the referral of patients
#: or patronage to or from a health care provider, which includes any licensed by the
#: Department of Health, §817.505(2)(a): its words checked with the search tool, pages corpus,
#: 2026-12-06); Cal. Bus. & Prof. Code §650 (a licensee's compensation for referring patients,
#: recalled, not re-read). K1 of the fiftieth review round: a question, not a crime asserted.
_COMMERCIAL_ONLY = (
    " Paid for privately insured patients only, the federal statute may not reach it, but "
    "state laws reach every payer: Florida's Patient Brokering Act forbids any commission, "
    "bonus or kickback to induce the referral of patients or patronage to a licensed health "
    "care provider (Fla. Stat. §817.505(1)(a)), and California forbids its licensees to pay "
    "for referring patients (Bus. & Prof. Code §650). Which states are your patients and "
    "these payees in, and does their law allow pay per prescription? A health-care lawyer "
    "can say; keep such payments away from any claim a federal programme pays."
)
#: A line that says its patients are privately insured only ("(commercial payers only)")
_SAYS_COMMERCIAL = LazyPattern(
    r"\b(?:commercial(?:ly)?|private(?:ly)?|non[\s-]?(?:federal|medicare|government\w*))\s+"
    r"(?:payers?|payors?|insur\w*|plans?|patients?|pay|only)\b",
    re.IGNORECASE,
)
_SAYS_FEDERAL = LazyPattern(
    r"\b(?:medicare|medicaid|tricare|federal\s+(?:health|payers?|programs?)|champva|va)\b",
    re.IGNORECASE,
)
#: A prescription named, in the words core.metrics.pays_per_order reads (one list: this copy
#: had lacked its "fill")
_SCRIPT_WORDS = LazyPattern(rf"\b(?:{PRESCRIPTION_WORDS})\b", re.IGNORECASE)


#: ...and of a price for each trip paid to a referral source's staff or to one who sells
#: (AL1 of the fifty-first review round, 2026-12-06: an NEMT and ambulance company's "$20 per
#: Medicaid trip paid to nursing home staff who book us", "Cash to discharge planners per
#: Medicare ambulance trip" and "Per-trip fee to dialysis center social worker" passed; core.
#: metrics.pays_per_order). The referral clause, 42 U.S.C. §1320a-7b(b)(2)(A); the safe
#: harbours, 42 CFR §1001.952(i) (bona fide employees) and (d) (personal services, not set by
#: the volume or value of referrals); the OIG's Compliance Program Guidance for Ambulance
#: Suppliers, 68 Fed. Reg. 14245 (24 March 2003), its section on kickbacks and inducements
#: (checked with the search tool, pages corpus: the Federal Register's text as vLex and
#: whistleblowerfirm.com reprint it, 2026-12-06)
_PER_TRIP_RULE = (
    "Paying the staff of a nursing home, a hospital or a dialysis centre, a discharge planner "
    "or anyone else who is not your employee a price for each trip they book with you is "
    "remuneration for referring patients, which the federal Anti-Kickback Statute forbids "
    "where Medicare or Medicaid pays for the trip (42 U.S.C. §1320a-7b(b)(2)(A)); the "
    "facility's staff are not your employees, so the bona fide employee safe harbour does not "
    "cover them (42 CFR §1001.952(i)), and a price per trip is set by the volume of referrals, "
    "which the personal services safe harbour excludes (42 CFR §1001.952(d)). The HHS OIG's "
    "Compliance Program Guidance for Ambulance Suppliers (68 Fed. Reg. 14245, 2003) warns "
    "ambulance suppliers against paying, or giving anything of value to, those who are in a "
    "position to refer federal health care program business. Many states' anti-kickback laws "
    "reach privately paid trips too."
)
#: A trip named, in the words core.metrics.pays_per_order reads (one list)
_TRIP_NAMED = LazyPattern(rf"\b(?:{TRIP_WORDS})\b", re.IGNORECASE)


def _per_order_rule(name: str) -> str:
    """What BA114 says of a non-employee paid per order, admission, patient, prescription or
    on collections (core.metrics.pays_per_order), by what the line names: a prescription and
    a telemedicine company (K1 of the fiftieth round), and privately insured patients only,
    asked."""
    lowered = name.lower()
    scripts = _SCRIPT_WORDS.search(name) is not None
    if "order" in lowered and not scripts:
        said = _PER_ORDER_RULE
    elif not scripts and _TRIP_NAMED.search(name):  # a price per trip (AL1 of the 51st round)
        said = _PER_TRIP_RULE
    elif scripts:
        said = _PER_PRESCRIPTION_RULE
        if "tele" in lowered:
            said += _TELEMEDICINE_CLAUSE
    else:
        said = _PER_PATIENT_RULE
    if (
        ("commerc" in lowered or "privat" in lowered or "non" in lowered)
        and _SAYS_COMMERCIAL.search(name)
        and not _SAYS_FEDERAL.search(name)
    ):
        said += _COMMERCIAL_ONLY
    return said


#: ...and, of a funeral home's gift or payment to the staff of another institution that sends it
#: families (a nursing home's, a hospice's, a hospital's), commercial bribery besides the state
#: funeral rules: the staff act for their employer, which the gift may not be told of (the
#: fifty-sixth round, part e, 2026-12-07: "Nursing home staff appreciation gift cards per call"
#: was quoted the funeral rules alone). Not a payment to a referrer that is its own business (a
#: hospice paid a fee), which the funeral rules alone govern. Read with the search tool, pages
#: corpus, 2026-12-07: N.Y. Penal Law §180.00 (conferring any benefit on an employee, agent or
#: fiduciary without the consent of the employer or principal, with intent to influence their
#: conduct in its affairs, a class A misdemeanour; the statute's text as reprinted); Cal. Penal
#: Code §641.3(a) (offering or giving an employee anything of value, corruptly and without the
#: employer's knowledge or consent, in return for using their position for the giver), (b) (not
#: where the thing is worth $250 or less) and (d)(1) (an employee includes an agent), its text
#: as criminal-defence firms reprint it.
_STAFF_BRIBERY = (
    " A gift or payment to the staff of a nursing home, hospice or hospital who steer families "
    "to you may also be commercial bribery, as the staff act for their employer: New York makes "
    "it a crime to confer any benefit on another's employee or agent without the employer's "
    "consent, intending to influence their conduct in its affairs (N.Y. Penal Law §180.00), and "
    "California to give another's employee anything worth more than $250, corruptly and without "
    "the employer's knowledge or consent, for using their position for you (Cal. Penal Code "
    "§641.3); the facility's consent would not answer the funeral rules above."
)
#: The staff of an institution that refers families to a funeral home, named by the line: "Nursing
#: home staff", "hospice nurses", "staff at the assisted living"; not the institution alone
#: ("Referral fee to Oakwood Hospice"), nor the business's own staff ("our hospice liaison")
_INSTITUTION = (
    r"(?:nursing\s+homes?|hospices?|hospitals?|assisted\s+living(?:\s+(?:facility|facilities"
    r"|communit(?:y|ies)))?|alfs?|snfs?|skilled\s+nursing(?:\s+facilit(?:y|ies))?|care\s+homes?"
    r"|memory\s+care|senior\s+living|retirement\s+(?:homes?|communit(?:y|ies)))"
)
_INSTITUTION_STAFF_WORDS = (
    r"(?:staff|employees?|nurses?|aides?|cnas?|social\s+workers?|chaplains?|discharge\s+planners?"
    r"|administrators?|directors?|coordinators?|managers?)"
)
_GIVES_INSTITUTION_STAFF = LazyPattern(
    rf"(?<!our\s)(?<!own\s)\b{_INSTITUTION}(?:'s|s')?\s+(?:[\w&'-]+\s+){{0,2}}?"
    rf"{_INSTITUTION_STAFF_WORDS}\b"
    rf"|\b{_INSTITUTION_STAFF_WORDS}\s+(?:at|of|from)\s+(?:the\s+|local\s+)?(?:[\w&'-]+\s+){{0,3}}?"
    rf"{_INSTITUTION}\b",
    re.IGNORECASE,
)
#: Cheap words one of which a line _GIVES_INSTITUTION_STAFF matches holds
_INSTITUTION_CUES = (
    "nursing", "hospice", "hospital", "assisted", "alf", "snf", "care home", "memory care",
    "senior living", "retirement",
)  # fmt: skip


def gives_institution_staff(name: str) -> bool:
    """Whether a line gives to the staff of an institution that sends a funeral home families
    (``_GIVES_INSTITUTION_STAFF``), which commercial bribery reaches besides the funeral rules
    (``_STAFF_BRIBERY``)."""
    lowered = name.lower()
    if not any(cue in lowered for cue in _INSTITUTION_CUES):
        return False  # most lines
    return _GIVES_INSTITUTION_STAFF.search(name) is not None


#: ...and of a price for each admission, patient, specimen, test or referral, or a share of
#: what the business collects for them (G1, G2 and G5 of the forty-ninth review round,
#: 2026-12-06: a hospice's 1099 marketers "$500 per hospice admission", a laboratory's 1099
#: reps on "15% commission on collections"; core.metrics.pays_per_order)
_PER_PATIENT_RULE = (
    "Paying someone who is not your employee a price for each admission, patient, test or "
    "referral, or a commission on what you collect for the patients they bring, is "
    "remuneration for referring patients, which the federal Anti-Kickback Statute forbids "
    "where Medicare or Medicaid pays for their care (42 U.S.C. §1320a-7b(b)(2)(A)). Its safe "
    "harbour for bona fide employees covers only your own W-2 staff (42 CFR §1001.952(i)), "
    "and the one for independent contractors' personal services requires compensation set in "
    "advance, at fair market value, and not determined by the volume or value of referrals or "
    "business generated (42 CFR §1001.952(d), as revised in 2020), which a price per admission "
    "or a share of collections is. Many states' anti-kickback and patient-brokering laws reach "
    "privately paid patients too."
)
#: ...and what a laboratory's payment for referrals answers to besides: EKRA, whoever pays
#: (G2 of the forty-ninth review round, 2026-12-06: "Independent marketing company - $40 per
#: specimen (commercial payers only)" was the lab's cheapest channel). 18 U.S.C. §220(a)
#: (a referral to a recovery home, clinical treatment facility or laboratory), §220(b)(2) (the
#: employee and contractor exception excludes pay varying with the individuals referred, the
#: tests performed or the amount billed or received), §24(b) (a health care benefit program is
#: any public or private plan); carving out federal payers does not cure it: HHS OIG, Special
#: Fraud Alert: Laboratory Payments to Referring Physicians, 25 June 2014, 79 Fed. Reg. 40115
_LABORATORY = (
    " A laboratory answers also to EKRA (18 U.S.C. §220, Pub. L. 115-271, 2018), which makes "
    "it a crime to pay or offer anything of value to induce a referral to a laboratory "
    "whoever pays for the test (commercial insurance included: any health care benefit "
    "program, 18 U.S.C. §24(b)), so paying for privately insured patients only is no "
    "defence; its exception for employees and contractors does not cover pay that varies with "
    "the number of individuals referred, the number of tests performed or the amount billed "
    "or received (§220(b)(2)). The HHS OIG has warned that carving federal programmes out of "
    "a laboratory's payments to those who refer does not make them lawful (Special Fraud "
    "Alert: Laboratory Payments to Referring Physicians, 25 June 2014, 79 Fed. Reg. 40115)."
)
#: What the law says of what a hospice or a laboratory pays those who send it patients or
#: specimens, in the forms the HHS OIG's fraud alerts name (G1 and G2 of the forty-ninth
#: review round, 2026-12-06; core.patient_inducements.pays_referral_sources, with the sources)
_ROOM_AND_BOARD_RULE = (
    "A hospice may pay a nursing facility for a dually eligible patient's room and board what "
    "Medicaid would have paid the facility directly; paying it more, or paying for "
    "'additional' services Medicaid counts as part of room and board, is remuneration to "
    "induce the facility's referrals, which the HHS OIG names among the kickbacks between "
    "hospices and nursing homes (Special Fraud Alert: Fraud and Abuse in Nursing Home "
    "Arrangements with Hospices, March 1998, reprinted 63 Fed. Reg. 20415) and the federal "
    "Anti-Kickback Statute forbids (42 U.S.C. §1320a-7b(b)(2))."
)
_DIRECTOR_RULE = (
    "A hospice's medical director certifies the terminal illness Medicare pays hospice care "
    "on (42 CFR §418.22(c)); paying a physician per patient certified, admitted or referred "
    "ties the pay to the business it generates. A physician's fee fits the personal services "
    "safe harbour only if set in advance, at fair market value for services actually needed, "
    "and not determined by the volume or value of referrals (42 CFR §1001.952(d)); otherwise "
    "it is remuneration the federal Anti-Kickback Statute forbids (42 U.S.C. §1320a-7b(b))."
)
_SPECIMEN_FEE_RULE = (
    "A laboratory's fee to referring physicians or their practices for collecting, "
    "processing, handling or packaging specimens, above all one paid per specimen, is "
    "remuneration the HHS OIG names a substantial risk under the federal Anti-Kickback Statute "
    "(42 U.S.C. §1320a-7b(b); Special Fraud Alert: Laboratory Payments to Referring "
    "Physicians, 25 June 2014, 79 Fed. Reg. 40115): it varies with the tests they order, and "
    "they may already be paid for collecting the specimen."
)
_FREE_STAFF_RULE = (
    "A phlebotomist a laboratory places in a physician's office is not remuneration in "
    "itself, but one who does anything for the office beyond collecting and processing the "
    "laboratory's own specimens (vital signs, the office's own tests, clerical work) is a "
    "benefit given to the physician who refers, which the HHS OIG names a kickback under the "
    "federal Anti-Kickback Statute (42 U.S.C. §1320a-7b(b); Special Fraud Alert on "
    "Arrangements for the Provision of Clinical Laboratory Services, December 1994, reprinted "
    "59 Fed. Reg. 65372), and some states forbid placing one at all. Does this one collect "
    "only your specimens, and does your state allow it?"
)
_LEASE_RULE = (
    "Rent paid to a physician who refers is remuneration unless it fits the space rental "
    "safe harbour: a written lease of at least a year for the space actually used, at a rent "
    "set in advance at fair market value and not determined by the volume or value of "
    "referrals (42 CFR §1001.952(b)); the Stark Law's rental exception asks the same where the "
    "payer furnishes designated health services such as laboratory tests (42 CFR "
    "§411.357(a)). Rent for space not used, or above its value, pays for the referrals."
)
#: (outpatient prescription drugs, §1395nn(h)(6)(J), named beside a laboratory's services: a
#: compounding pharmacy's "Distributions to physician-owners who prescribe", K1 of the
#: fiftieth review round, 2026-12-06)
_INVESTORS_RULE = (
    "Where the business furnishes designated health services (clinical laboratory services "
    "and outpatient prescription drugs among them, 42 U.S.C. §1395nn(h)(6)(A), (J)), the "
    "Stark Law forbids a physician who owns part of "
    "it to refer Medicare patients to it unless an exception applies (42 U.S.C. "
    "§1395nn(a)(1)), and the ownership exceptions are narrow; the Anti-Kickback Statute's "
    "safe harbour for small investments asks, among other tests, that returns be directly "
    "proportional to the capital invested (42 CFR §1001.952(a)(2)). Does an exception cover "
    "these physicians? Ask a health-care lawyer before paying them returns."
)
#: ...and of a laboratory's own sales staff paid on commission or per specimen: asked, the
#: employee safe harbour covering it under the Anti-Kickback Statute and EKRA's exception not
#: (G2 of the forty-ninth round, 2026-12-06; core.metrics.pays_staff_by_volume)
_STAFF_VOLUME_RULE = (
    "Your own employees' pay is covered by the Anti-Kickback Statute's bona fide employee safe "
    "harbour (42 CFR §1001.952(i)), but a laboratory answers also to EKRA (18 U.S.C. §220, "
    "Pub. L. 115-271, 2018), whose exception for employees does not cover pay that varies with "
    "the number of individuals referred, the number of tests performed or the amount billed "
    "or received (§220(b)(2)), whoever pays for the test. Does this pay vary so? A "
    "health-care lawyer can say whether a salary, or a bonus not tied to tests or "
    "collections, should replace it."
)
#: ...and of a hospice's or a home-care agency's meals or gifts for the staff of the facilities
#: that send it patients, asked: how often, how much and whether tied to referrals is what the
#: profile cannot show (D10 of the forty-ninth round's re-review, 2026-12-06; the fraud alert's
#: words checked with the search tool, pages corpus: the Federal Register's reprint and Relias
#: Media's summary)
_FACILITY_STAFF_RULE = (
    "Meals, gifts or outings for the staff of an assisted living facility or a nursing home "
    "that sends you patients are remuneration to a referral source, which the federal "
    "Anti-Kickback Statute forbids where one purpose is to induce referrals (42 U.S.C. "
    "§1320a-7b(b)); the HHS OIG names among the red flags of hospices' arrangements with "
    "nursing homes free goods, or goods below fair market value, offered to induce the "
    "facility to refer patients (Special Fraud Alert: Fraud and Abuse in Nursing Home "
    "Arrangements with Hospices, March 1998, reprinted 63 Fed. Reg. 20415). The OIG's nominal "
    "value ($15 an item, $75 a year, 2016) is for patients, not for those who refer. How often, "
    "how much, and is any of it tied to the residents they send you?"
)
#: ...and of an ambulance or NEMT company's meals for a hospital's discharge planners, social
#: workers or case managers, asked as the facility staff's are (AL1 of the fifty-first review
#: round, 2026-12-06: "Lunches for discharge planners at the hospital" was a funded channel
#: `plan` called "a referral channel"); the OIG's Compliance Program Guidance for Ambulance
#: Suppliers, 68 Fed. Reg. 14245 (2003), checked as above; its particular words on meals were
#: not re-read, so the guidance is named for its warning against giving referral sources
#: anything of value, not quoted
_PLANNERS_MEAL_RULE = (
    "Meals or gifts for a hospital's discharge planners, case managers or social workers, "
    "who choose or book the transport of patients Medicare or Medicaid pays for, are "
    "remuneration to a referral source, which the federal Anti-Kickback Statute forbids where "
    "one purpose is to induce referrals (42 U.S.C. §1320a-7b(b)); the HHS OIG's Compliance "
    "Program Guidance for Ambulance Suppliers (68 Fed. Reg. 14245, 2003) warns ambulance "
    "suppliers against giving anything of value to those in a position to refer. How often, "
    "how much, and is any of it tied to the trips they book with you?"
)
#: ...and of a discount on the business a facility pays for itself, given in exchange for the
#: referrals of business Medicare or Medicaid pays ("swapping": AL2 of the fifty-first review
#: round, 2026-12-06; core.patient_inducements.swaps_discounts, with the sources checked)
_SWAPPING_RULE = (
    "A discount on the services a nursing home or a hospital pays for itself (a Part A "
    "resident's trips or tests, which its Medicare payment covers), given in exchange for "
    "its referral of the business Medicare Part B or Medicaid pays you for, is remuneration"
    " for those referrals, which the federal Anti-Kickback Statute forbids (42 U.S.C. "
    "§1320a-7b(b)); the HHS OIG calls this 'swapping' and has said so of ambulance "
    "discounts to skilled nursing facilities (Advisory Opinion 99-2, 1999; Advisory Opinion"
    " 10-26, 2010) and in its Supplemental Compliance Program Guidance for Nursing "
    "Facilities (73 Fed. Reg. 56832, 2008): there may be no link, explicit or implicit, "
    "between a discount on business the facility pays for and its referral of federal "
    "business. The discount safe harbour (42 CFR §1001.952(h)) does not protect a price cut"
    " tied to other business. Price the facility's own services at no less than their cost "
    "and fair market value, with no tie to its referrals."
)
_PAID_TO_SOURCES = {
    "room-and-board": _ROOM_AND_BOARD_RULE,
    "director": _DIRECTOR_RULE,
    "specimen-fee": _SPECIMEN_FEE_RULE,
    "free-staff": _FREE_STAFF_RULE,
    "lease": _LEASE_RULE,
    "investors": _INVESTORS_RULE,
}


#: What the law says of paying for patients at an addiction treatment provider: a price per
#: admission, pay-per-call leads, an interventionist's fees, patients' housing or flights (T1
#: of the forty-fifth review round, 2026-12-06). EKRA: 18 U.S.C. §220(a)(2), (b)(2), enacted by
#: the SUPPORT for Patients and Communities Act §8122, Pub. L. 115-271 (24 October 2018); a
#: "health care benefit program" is any public or private plan (18 U.S.C. §24(b)); the local
#: transportation safe harbour: 42 CFR §1001.952(bb); Florida: Fla. Stat. §817.505(1)(a).
_PATIENT_BROKERING = (
    "Paying for patients to come to addiction treatment is patient brokering: EKRA (18 U.S.C. "
    "§220, enacted by the SUPPORT for Patients and Communities Act §8122, Pub. L. 115-271, "
    "2018) makes it a crime to pay or offer anything of value to induce a referral to a "
    "recovery home or a clinical treatment facility, or in exchange for a person's using its "
    "services, whoever pays for the care (commercial insurance included: any health care "
    "benefit program, 18 U.S.C. §24(b)), with up to $200,000 and 10 years for each occurrence; "
    "its exception for employees and contractors does not cover pay that varies by the number "
    "of individuals referred (§220(b)(2)), unlike the Anti-Kickback Statute's bona fide "
    "employee safe harbour (42 CFR §1001.952(i)), so a bonus per admit is not exempt even on "
    "the payroll. Where Medicare or Medicaid pays, the Anti-Kickback Statute (42 U.S.C. "
    "§1320a-7b(b)) reaches the same payments, and housing or flights given to patients are "
    "inducements to them (42 U.S.C. §1320a-7a(a)(5); only local transportation fits a safe "
    "harbour, 42 CFR §1001.952(bb)). State patient-brokering acts forbid any commission, "
    "bonus or benefit, in cash or in kind, to induce a patient's referral, whoever pays "
    "(Florida's, Fla. Stat. §817.505(1)(a), is a felony)."
)
#: What the law says of money a recovery home or a treatment provider RECEIVES for referring
#: residents, patients or specimens (AO1 of the fifty-second review round, 2026-12-07: a sober
#: living home's payments from an IOP per resident referred and a toxicology laboratory's
#: revenue share per specimen passed). EKRA, 18 U.S.C. §220(a)(1) (whoever "solicits or
#: receives any remuneration (including any kickback, bribe, or rebate) directly or
#: indirectly, overtly or covertly, in cash or in kind, in return for referring a patient or
#: patronage to a recovery home, clinical treatment facility, or laboratory"); the Anti-
#: Kickback Statute's receiving clause, 42 U.S.C. §1320a-7b(b)(1); Florida: Fla. Stat.
#: §817.505(1)(b) (solicit or receive a commission, bonus, rebate, kickback or bribe in return
#: for referring a patient to or from a health care provider or facility). All three read
#: with the search tool, pages corpus (public.law's and a defence firm's copies of the text).
_BROKERING_RECEIVED_RULE = (
    "Taking money for sending residents, patients or specimens to a laboratory or a "
    "treatment provider is patient brokering from the other side: EKRA (18 U.S.C. §220(a)(1), "
    "enacted by the SUPPORT for Patients and Communities Act §8122, Pub. L. 115-271, 2018) "
    "makes it a crime to solicit or receive any remuneration, directly or indirectly, in cash "
    "or in kind, in return for referring a patient or patronage to a recovery home, a clinical "
    "treatment facility or a laboratory, whoever pays for the care (any health care benefit "
    "program, 18 U.S.C. §24(b)), with up to $200,000 and 10 years for each occurrence. Where "
    "Medicare or Medicaid pays, the Anti-Kickback Statute reaches receiving too (42 U.S.C. "
    "§1320a-7b(b)(1)); state patient-brokering acts forbid soliciting or receiving a "
    "commission, bonus, rebate or kickback in return for referring a patient (Fla. Stat. "
    "§817.505(1)(b))."
)
#: ...and residents' drug tests billed through a laboratory the home is tied to: asked, since
#: it is lawful where the home takes nothing for the specimens it sends and the tests are
#: ordered for each resident's care (the same sources)
_TESTS_BILLED_RULE = (
    "Residents' drug tests billed through a laboratory you are tied to are lawful only if you "
    "take nothing for the specimens you send (no share of what the laboratory bills, no fee "
    "or rent per specimen, no free staff or supplies) and each test is ordered for the "
    "resident's care: EKRA (18 U.S.C. §220(a)(1)) makes receiving any remuneration in return "
    "for referring patronage to a laboratory a crime whoever pays, the Anti-Kickback Statute "
    "reaches it where Medicare or Medicaid pays (42 U.S.C. §1320a-7b(b)(1)), and state "
    "patient-brokering acts reach any split-fee arrangement (Fla. Stat. §817.505(1)(b)). Does "
    "the home, its owner or a related company receive anything from this laboratory?"
)
_RECEIVED_ALLOWED = (
    "Charge residents a fair rent for the housing you provide, and let them choose their "
    "treatment provider and laboratory; take nothing from either for the residents or "
    "specimens you send."
)
#: What the law says of a fee a senior placement agency RECEIVES from a community for a
#: resident whose care Medicaid (a waiver) pays (AO4 of the fifty-second review round,
#: 2026-12-07: "Fees from communities for Medicaid waiver residents placed" passed as
#: operations 'fee'). The Anti-Kickback Statute's receiving clause, 42 U.S.C.
#: §1320a-7b(b)(1)(A) (read with the search tool: the Seventh Circuit's United States v.
#: Patel, No. 14-2607, 2015, quotes it); the referral services safe harbour, 42 CFR
#: §1001.952(f), asks among other things that a participant's fees be assessed equally, on the
#: service's operating costs, and not tied to referrals (its four standards, as a compliance
#: summary gives them, read with the search tool). Asked: whether Medicaid pays for the part
#: of the care the community bills (assisted living's room and board is not a waiver service
#: in most states: this round's understanding, not checked) the profile cannot show.
_MEDICAID_FEE_RULE = (
    "A fee received for placing a resident whose care Medicaid (a waiver) pays may be "
    "remuneration received in return for referring an individual for a service a federal "
    "health care programme pays for, which the Anti-Kickback Statute forbids "
    "(42 U.S.C. §1320a-7b(b)(1)(A)); the referral services safe harbour (42 CFR §1001.952(f)) "
    "does not cover a fee set by the residents placed. Does Medicaid pay for any of the care "
    "the community bills these residents, and is the fee the same whoever pays?"
)
_MEDICAID_FEE_ALLOWED = (
    "Take no fee for residents whose care Medicaid pays unless a health-care lawyer confirms "
    "the arrangement, and tell each family in writing, before you refer them, who pays you "
    "and how much, as the states' placement-agency laws require."
)
#: A rebate of the fee to the family, the client or the resident (AP8 of the fifty-second
#: round's re-review, 2026-12-07: a placement agency's "Placement fee rebate to family" was told
#: it paid for referrals "such as hospital discharge planners"). It gives part of the price
#: back to the customer, which no referral-payment law reaches as such. Where Medicaid pays
#: for the resident's care, remuneration to a beneficiary likely to influence the choice of a
#: particular provider is the beneficiary-inducement law's (42 U.S.C. §1320a-7a(a)(5), with the
#: HHS OIG's nominal-value reading, Policy Statement of 7 December 2016: both as the medical
#: rules in data/verticals.toml quote them, not re-read in this round); whether a rebate from a
#: placement agency, which is no provider, "influences" the choice of the community is not
#: settled in what was read, so it is asked. Washington's Elder and Vulnerable Adult Referral
#: Agency Act requires a written disclosure to each client, before a referral, of the fee the
#: agency receives (RCW 18.330.050(2)(c), read with the search tool, pages corpus); other
#: states' rules were not read, so the text names Washington "for one".
_CUSTOMER_REBATE_RULE = (
    "A rebate of your fee to the family gives part of your price back to your customer: it is "
    "no payment for referrals. Where Medicaid (a waiver) pays for the resident's care, "
    "anything of value likely to influence a Medicaid beneficiary to choose a particular "
    "provider may be a beneficiary inducement (42 U.S.C. §1320a-7a(a)(5); the HHS OIG allows "
    "only items of nominal value, $15 an item and $75 a year, never cash: Policy Statement of "
    "7 December 2016), and states that regulate placement agencies require a written "
    "disclosure of the fees you receive before you refer (Washington, for one: RCW "
    "18.330.050). Is the rebate offered to families whose care Medicaid pays, and does it "
    "depend on the community they choose?"
)
_CUSTOMER_REBATE_ALLOWED = (
    "Offer the same rebate to every family in writing, whatever community they choose; "
    "disclose it with your fees before you refer; give no cash rebate to families whose care "
    "Medicaid pays unless a health-care lawyer confirms it."
)
#: A bonus, commission or incentive per admit where the profile is no provider EKRA reaches
#: (AQ2 of the fifty-second round's second re-review, 2026-12-07: a general hospital's
#: "Admissions bonus per admit" was told the sober home's EKRA text). EKRA reaches a recovery
#: home, a clinical treatment facility ("a medical setting, other than a hospital", 18 U.S.C.
#: §220(e)(2), as the reviewer quotes it; the search tool found no copy of §220(e) to check it
#: against) or a laboratory. Elsewhere the test is the Anti-Kickback Statute, whose statutory
#: exception covers any amount an employer pays a bona fide employee for employment in
#: furnishing covered items or services (42 U.S.C. §1320a-7b(b)(3)(B); the safe harbour, 42 CFR
#: §1001.952(i)), and a contractor paid per patient is outside it, as BA114's per-patient text
#: says; so the payee is asked. Stark (a physician's pay varying with referrals) and the states'
#: patient-brokering acts that reach hospitals (Fla. Stat. §817.505) are named as what may
#: apply, not asserted: the reviewer did not re-read the Florida act's exceptions, nor did this
#: round.
_PER_ADMIT_ASKED_RULE = (
    "A bonus or commission paid for each admission may be remuneration to induce referrals of "
    "patients whose care Medicare or Medicaid pays, which the Anti-Kickback Statute forbids "
    "(42 U.S.C. §1320a-7b(b)(2)), unless it is paid to a bona fide employee for employment in "
    "furnishing covered services (the employee exception, 42 U.S.C. §1320a-7b(b)(3)(B); "
    "42 CFR §1001.952(i)); a contractor paid per admit is outside it, a physician's pay that "
    "varies with referrals answers to the Stark law too, and some states' patient-brokering "
    "acts reach hospitals. Is everyone paid this bonus your W-2 employee, and is any of them a "
    "physician?"
)
_PER_ADMIT_ASKED_ALLOWED = (
    "Pay your own W-2 staff for their work, and a contractor a fee set in advance at fair "
    "market value in a written agreement, not one that varies with admissions (the personal "
    "services safe harbour, 42 CFR §1001.952(d)); say '(W-2)' in the line's name where its "
    "payees are employees."
)
#: What the accountants' code says of a referral fee or a commission a CPA firm accepts (AQ4 of
#: the fifty-second round's second re-review, 2026-12-07; the sources in core.cpa_referrals:
#: AICPA Code of Professional Conduct, ET 1.520.001 .01, .03 and .04, read with the search tool)
_ACCEPTED_RULE = (
    "A CPA firm may accept a referral fee or a commission only if it discloses it to the "
    "client, and may take no commission for recommending or referring a product or service to "
    "a client, or one a client supplies, while it audits or reviews that client's financial "
    "statements, compiles statements a third party may use without disclosing a lack of "
    "independence, or examines its prospective financial information (AICPA Code of "
    "Professional Conduct, Commissions and Referral Fees, ET 1.520.001); state boards of "
    "accountancy may go further. Was each fee or commission disclosed to the client, and does "
    "the firm perform attest work for any of the clients it was earned on?"
)
_ACCEPTED_ALLOWED = (
    "Tell each client in writing of any fee or commission you receive for a referral (the "
    "engagement letter is the usual place), take no commission on a client you audit, review "
    "or compile for, and say '(disclosed)' in the line's name once it is."
)
_BROKERING_ALLOWED = (
    "Pay for advertising at a flat, fair-market price not set per call, admission or patient; "
    "pay admissions staff a salary and bonuses that do not vary with the number admitted; let "
    "patients choose and pay their own housing and travel; build relationships with those "
    "who refer by being useful to them, without payment."
)


#: What RESPA does not reach in a real-estate business: a reward for referring a tenant, a
#: lease or an owner for management. RESPA's settlement services are those provided in
#: connection with a real-estate settlement on a federally related mortgage loan (12 U.S.C.
#: §2602(1) and (3)); a lease or a management contract is none (T22 of the forty-fifth round,
#: 2026-12-06: a property manager's "Tenant referral bonus ($200 cash to current tenants)" and
#: "Gift cards to owners who refer another owner" were quoted RESPA §8). What may apply is the
#: state's licence law on paying unlicensed persons, which differs by state: asked, not said.
_LEASING_RULE = (
    "RESPA §8 (12 U.S.C. §2607) does not reach it: it forbids paying for referrals of "
    "settlement services on a federally related mortgage loan (12 U.S.C. §2602(3)), and a "
    "lease or a management contract is not one. What may apply is your state's licence law: "
    "many states forbid a licensee to pay a referral fee or a commission to someone "
    "unlicensed, and some allow a small reward to a tenant who refers a tenant; does yours "
    "allow this one, to this person, in this form (cash or a gift card)?"
)
#: A reward for referring a tenant, a lease or a management client, not a sale or a loan
_LEASING = LazyPattern(
    r"\b(?:tenants?|renters?|residents?|leases?|leasing|move[\s-]?ins?|management\s+(?:clients?"
    r"|contracts?|accounts?|agreements?)|(?:owners?|landlords?|investors?)\s+(?:who|that)\s+"
    r"refers?\s+(?:another|an?|new|other)\s+(?:owners?|landlords?|investors?))\b",
    re.IGNORECASE,
)
#: ...unless the line names a sale, a loan or a settlement service besides
_SETTLEMENT = LazyPattern(
    r"\b(?:buyers?|sellers?|listings?|home\s+sales?|sales?|purchases?|mortgages?|loans?"
    r"|lenders?|title|escrow|closings?|closed|inspect\w*|apprais\w*)\b",
    re.IGNORECASE,
)
#: A sponsorship of an association of those who refer (a board or an association of
#: Realtors, an MLS), which is no referral fee by itself: one at fair value, open to the whole
#: association and not tied to referrals, can be a normal promotional activity (12 CFR
#: §1024.14(g)(1)(vi)); T22(d) of the forty-fifth round, 2026-12-06: "6140 Sponsorships -
#: Board of Realtors" was said to pay for referrals
_SPONSORSHIP_RULE = (
    "a sponsorship of an association of those who refer is no referral fee by itself: one "
    "paid at the sponsorship's fair value, open to the whole association and not tied to "
    "referrals, can be a normal promotional activity (12 CFR §1024.14(g)(1)(vi)); is this one? "
    "Paid above that value, or tied to referrals from its members, it is a thing of value for "
    "referrals, which RESPA §8 forbids (12 U.S.C. §2607; 12 CFR §1024.14(g)(2))"
)
_SPONSORS_ASSOCIATION = LazyPattern(
    r"\bsponsor(?:s|ed|ing|ships?)?\b(?=[^;]*\b(?:boards?\s+of\s+realtors|associations?"
    r"|association\s+of\s+realtors|mls|chapters?|councils?|nar|ywn|realtor\s+(?:boards?"
    r"|associations?)|(?:boards?|associations?)\s+of\s+realtors?)\b)"
    r"|\b(?:boards?\s+of\s+realtors|associations?\s+of\s+realtors|mls|realtor\s+(?:boards?"
    r"|associations?))\b[^;]*\bsponsor(?:s|ed|ing|ships?)?\b",
    re.IGNORECASE,
)
#: ...nor tied to referrals or a closed file, by the line's own words
_TIED = LazyPattern(
    r"\b(?:per\s+(?:referral|closing|file|deal|loan)|referrals?|closed|exclusive|in\s+exchange)\b",
    re.IGNORECASE,
)
#: The rules said as questions
_QUESTIONS = frozenset(
    {
        _LEASING_RULE,
        _SPONSORSHIP_RULE,
        # a laboratory's phlebotomist placed in a physician's office, and returns to
        # physician-investors: lawful on conditions the profile cannot show (G2 of the
        # forty-ninth round, 2026-12-06)
        _FREE_STAFF_RULE,
        _INVESTORS_RULE,
        _FREE_STAFF_RULE + _LABORATORY,
        _INVESTORS_RULE + _LABORATORY,
        _STAFF_VOLUME_RULE,
        # meals for a referring facility's staff (D10 of the forty-ninth round's re-review)
        _FACILITY_STAFF_RULE,
        # ...and for a hospital's discharge planners (AL1 of the fifty-first round)
        _PLANNERS_MEAL_RULE,
        # a towing company's drivers paid by body shops: whether it is paid, asked (AL3)
        REPAIR_SHOP_CASH_RULE,
        # a repair shop's reward to customers who send friends, where an insurer may pay
        # for the friend's repair: whether it does, asked (the sixty-first round, part o)
        CUSTOMER_REFERRAL_RULE,
    }
)


def _rule_for(
    vertical: Vertical,
    name: str,
    laboratory: bool = False,
    carries: bool = False,
    tows: bool = False,
) -> str:
    """What the rules say of a line's payment: of a reward to a customer or patient who
    refers, where the vertical says it apart, else of paying those who refer; where RESPA is
    the rule, a lease's referral or a sponsorship of an association, asked (T22 of the
    forty-fifth round); at a laboratory, EKRA besides (G2 of the forty-ninth round)."""
    rule = vertical.referral_rule
    assert rule is not None  # the rule runs only where the vertical has one
    if "RESPA" in rule:
        lowered = name.lower()
        if (
            vertical.id == "real-estate"
            and (
                "ten" in lowered
                or "rent" in lowered
                or "leas" in lowered
                or "resident" in lowered
                or "move" in lowered
                or "manag" in lowered
                or "refer" in lowered
            )
            and _LEASING.search(name)
            and _SETTLEMENT.search(name) is None
        ):
            return _LEASING_RULE
        if (
            "sponsor" in lowered
            and _SPONSORS_ASSOCIATION.search(name)
            and _TIED.search(name) is None
        ):
            return _SPONSORSHIP_RULE
    if vertical.inducement_rule is not None and prize_for_choosing(name):
        return _PRIZE_RULE  # a drawing for patients who start treatment (A2 of the 47th round)
    if vertical.inducement_rule is not None and gives_for_choosing(name):
        # something free for choosing the provider, or free genetic tests offered to seniors
        # (D1 and D2 of the forty-ninth round's re-review, 2026-12-06)
        if _GENETIC.search(name):
            return _GIVEN_RULE + _GENETIC_CLAUSE
        if gives_cash(name):
            return _GIVEN_CASH_RULE  # (E9 of the 49th round's second re-review)
        return _GIVEN_RULE
    per_client = vertical.referral_rule_per_client
    if per_client and (prices_client_secured(name) or shares_the_fee(name)):
        return per_client  # a law firm's lead service paid per signed case (AI1, AJ2)
    if vertical.id == "auto-repair" and pays_property_owners(name):
        # a towing company paying the owner or manager of a lot it tows from: the tow trade's
        # law, not the repair shop's §12110(c) (AL3 of the 51st round; core.towing)
        return PROPERTY_OWNER_RULE
    if vertical.id == "auto-repair" and paid_by_repair_shops(name):
        return REPAIR_SHOP_CASH_RULE  # money a body shop pays a tow company's drivers, asked
    if vertical.id == "auto-repair" and rewards_claims(name):
        return _CLAIMS_RULE  # a gift for filing an insurance claim (K3 of the 50th round)
    if vertical.id == "auto-repair" and not tows and rewards_customers(name):
        # a reward to customers for sending friends, at a collision shop or for insured
        # work: Insurance Code §754's, not the tow-operator rule (the sixty-first round, part
        # o, 2026-12-07; core.towing, with the law)
        return CUSTOMER_REFERRAL_RULE
    if "Anti-Kickback" in rule:
        if swaps_discounts(name):  # a discount for referrals (AL2 of the 51st round)
            return _SWAPPING_RULE
        # what a hospice or a laboratory pays those who send it patients or specimens, in
        # the forms the OIG's fraud alerts name (G1 and G2 of the 49th round)
        lowered = name.lower()
        if (
            treats_facility_staff(name)
            and "refer" not in lowered
            and "card" not in lowered
            and "cash" not in lowered
        ):  # a meal for a referring facility's staff, asked (D10 of the 49th re-review)
            return _FACILITY_STAFF_RULE
        if (
            carries  # an ambulance or NEMT company, by its name (AL1 of the 51st round)
            and treats_referrers_staff(name)
            and "refer" not in lowered
            and "card" not in lowered
            and "cash" not in lowered
            and "gift" not in lowered
            # (not when it is priced per trip, whatever the payment is called: "Discharge
            # planner appreciation per transport" pays for the trips they book, the firm
            # per-trip reading below; AM5 of the 51st round's re-review, 2026-12-06)
            and not pays_per_order(name)
        ):  # a meal for a hospital's discharge planners, asked (AL1 of the 51st round)
            return _PLANNERS_MEAL_RULE
        paid = pays_referral_sources(name)
        if paid == "services":  # a physicians' group paid for "marketing services" (AX2, r56)
            return (
                rule
                + (SERVICES_FEE_STARK if "Stark" in rule else SERVICES_FEE)
                + (_LABORATORY if laboratory else "")
            )
        if paid is not None:
            return _PAID_TO_SOURCES[paid] + (_LABORATORY if laboratory else "")
        if laboratory and pays_staff_by_volume(name):  # (G2 of the 49th round)
            return _STAFF_VOLUME_RULE
        if pays_physicians_per_referral(name):
            # a physician or their group paid per patient they refer: the rule on paying
            # physicians, no patient's nominal value (AW7 of the fifty-fifth round's review)
            return (
                rule
                + (_PHYSICIAN_FEE_STARK if "Stark" in rule else _PHYSICIAN_FEE)
                + (_LABORATORY if laboratory else "")
            )
        if pays_per_order(name):  # a non-employee paid per order (C2 of the 48th round)...
            # ...or per admission, patient, specimen or referral, or on collections (G1, G2)
            if laboratory:
                said = _PER_ORDER_RULE if "order" in name.lower() else _PER_PATIENT_RULE
                return said + _LABORATORY
            return _per_order_rule(name)
    if "Anti-Kickback" in rule and pays_a_person(name) and names_a_physician(name):
        return _PERSONAL_SERVICES
    customers = vertical.referral_rule_customers
    if (
        customers
        and (
            _TO_CUSTOMERS.search(name) or ("pt" in name.lower() and _TO_PATIENTS_SHORT.search(name))
        )
        and not _TO_TRADES.search(name)
        # (a price per patient paid to a referring office's staff, "$25 per new patient -
        # chiropractic office staff", is the trade's rule on paying those who refer, not a
        # reward to patients: the fifty-seventh round, part k3, 2026-12-07)
        and referrers_staff_paid(vertical.id, name) is None
    ):
        return customers
    return rule


def _checked_abroad(f: PaysForReferrals) -> bool:
    """Whether, for a business outside the US, this rule's finding only asks that the line be
    checked, forbidding nothing it has read for the business's country: the US's rules said as
    the US's ("Your own country's rules apply to you": check with your own regulator), or a
    country's own rules that, as the data reads them, do not forbid the payment (what they say
    of it was not read, or they allow it on terms: ``Vertical.referral_payment``). Not a
    line whose finding says to stop (a gift for choosing the provider or filing a claim, a
    rebate, runners, money taken for referrals), nor one read under others' rules (RESPA, the
    adjusters' code). BA101 words these as asked, "check", not "stop" (BG1 of the sixty-first
    round's re-review, 2026-12-07: a UK physio clinic was told to "stop that spend, as BA114
    says" of a patient voucher BA114 had only asked to be checked). The data says which, not a
    phrase in the rule's text (the sixty-second round, part a, 2026-12-07: "not read here",
    said of other provinces, had a Canadian physio clinic's fees to personal trainers only
    asked, where the Ontario standard it quotes forbids paying for referrals)."""
    if f.whose is not None or f.takes or f.claims or f.rebate or f.runners:
        return False
    if f.choosing or f.gives or f.brokering or f.received or f.accepts:
        return False
    return not f.own or f.read != "forbidden"


@asks_about
def _asked_lines(facts: Facts) -> frozenset[int]:
    """The positions of the activities this rule only asks about (its hits said as a
    question, or given as information: a home inspector's fee to agents, which RESPA may not
    reach; a placement service's fee silent on who pays; a pet crematory's bare handling fee),
    decided here, where the rule decides them, and read by BA101, whose words follow them
    (core.referrers.asked_lines; part j of the fifty-fourth round, 2026-12-07: BA101 said
    "warns about" of the lines BA114 asks about)."""
    currency = facts.profile.business.currency
    return frozenset(
        hit.at[1]
        for hit in PayingForReferrals.hits(facts)
        if isinstance(hit.figures, PaysForReferrals)
        and (
            hit.figures.question
            or hit.severity == "info"
            or (currency != "USD" and _checked_abroad(hit.figures))
        )
        and hit.at is not None
        and len(hit.at) == 2
        and hit.at[0] == "activities"
        and isinstance(hit.at[1], int)
    )

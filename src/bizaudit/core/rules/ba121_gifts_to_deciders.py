"""BA121: a line gives something of value to those who award work on someone else's behalf."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.commercial_bribery import deciders_named
from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy

__all__ = ["GiftsToDeciders"]


class GiftsToDeciders(Rule):
    """A line gives something of value to those who award work on someone else's behalf: an
    association's board members, officers, committee chair or manager, a property manager, a
    client's purchasing staff, buyers, chefs, kitchen or catering managers or contacts, a
    customer's supplier-quality engineer, a school's counsellors or teachers paid for each
    student they send or for handing out flyers, public employees who award or approve work
    or place clients (caseworkers), federal contracting staff.

    Why it matters: they decide for a principal (the association, the owners they manage for,
    their employer, the school) which provider gets the work. Something of value given to them
    to win it, without their principal's knowledge, is commercial bribery in most states (N.Y.
    Penal Law §180.00, commercial bribing; Cal. Penal Code §641.3; the Model Penal Code §224.8);
    Florida forbids an association's officers, directors and managers to accept anything of
    value from those who provide or propose to provide services to it (Fla. Stat. §720.3033(3);
    for a condominium's, §718.111(1)(a), a third-degree felony since July 2024, House Bill 1021;
    F17 of the thirty-eighth review round, 2026-12-05, where a community manager's 5% finder's
    fee had passed); and a public school's teachers and counsellors are public employees, held
    to their state's gift rules (Fla. Stat. §112.313(4), a gift given to influence official
    action), as are a city's plan reviewers and a school district's facilities staff (North
    Carolina forbids those who contract with a public body to give its employees gifts, N.C.
    Gen. Stat. §133-32); a federal employee may accept no gift over $20 an occasion or $50 a
    year from one source, and no cash or gift cards (5 CFR §2635.204(a); H5 of the fortieth
    round, 2026-12-06: a job shop's gift cards for a federal agency's contracting team); a
    non-cash gift to them alone stated at $20 or less a person, or coffee and donuts that are
    no meal (§2635.203(b)(1)), is within those rules and not flagged. A
    teacher paid for each student sent to a paid service is paid to set
    aside the judgement the code of their profession protects (Texas 19 TAC §247.2, Standards
    1.4 and 1.5: no gratuity that impairs professional judgement; a CFO's review, 2026-12-05: a
    tutoring centre's "$100 per enrolled student" to teachers was a funded referral programme).
    It is not a channel to fund. The reviews of 2026-12-03 saw a landscaper's "HOA board +
    property mgr appreciation (gift cards, holiday baskets)" and a tutoring centre's "Counselor
    appreciation (coffee, Starbucks cards)" read as keeping customers, and a staffing firm's
    bonus to client contacts pass, with no word said; the forty-second round's (K2 and K6,
    2026-12-06) saw a food distributor's "Kitchen manager spiffs" read as selling, a DJ's
    "Catering manager tips for referrals" and a child-care centre's "Gift cards - county
    subsidy caseworkers" as overhead, a pool company's "Cash to HOA pool committee chair for
    contract renewal" as keeping customers, and a studio's "Gift cards to PE teachers for
    flyers" as a channel. A licensed professional who recommends a
    provider to clients or patients (a vet, a doctor, a dentist) and is paid for each one sent
    is in the same place: California forbids any healing-arts licensee, veterinarians included,
    to accept compensation for referring (Bus. & Prof. Code §650(a)); a CFO's review,
    2026-12-05, F2 of the thirty-seventh round, saw a kennel's "$15/new boarder" to an animal
    hospital priced as its cheapest channel, and `plan` said to recruit more such payees. Where
    the business's own profession restricts paying for referrals, BA114 flags the line first.

    How it is computed: a line, whatever it was read as and in any trade, whose name or note
    names such a decider (an HOA, condo or association board or manager, board members, a
    community association manager, an association's officers or a committee's chair or
    members, a property manager or a strata (body-corporate) manager, purchasing or
    procurement staff, a customer's buyers, a customer's chefs, kitchen, catering or
    food-and-beverage managers paid cash, a spiff, a card, a rebate to them, or tips for
    referrals or orders (chefs and kitchen managers only where the business sells to
    businesses; not the business's own kitchen's pay, bonus,
    pooled tips, petty cash, company card or cash-out, a chef-owner, a contest's prize, nor a
    rebate to the customer under contract: L1 of the forty-second round's re-review), a
    facilities manager, a school or guidance counsellor, a teacher named beside a referral, a
    finder's fee or a stipend or paid per student, a teacher or a school's office staff named beside
    flyers or handouts (not flyers offering teachers a discount or a free trial as
    customers), a public agency's caseworkers, a counsellor paid per
    student, a school's coach or band director named with the school, before or after it, or a
    band, choir or orchestra director paid per rental or student sent or for referrals (not the
    business's own teachers or ensemble directors, nor independent ones, who act for no
    principal: the twenty-eighth and thirtieth rounds' re-reviews), a school's driver-education
    or programme coordinator, a building's engineer paid per account or a finder's fee (not the
    business's own chief engineer's bonus), a general contractor's project managers,
    superintendents or employees, a client's employees, another business's staff named as those
    who book or send it work, a venue's or a hospital's staff given cards or cash, a hotel's
    concierges, who steer its guests (F16 of the thirty-fourth round), the planners a couple
    or a client hires, paid per booking, a share of the fee, a commission or a card for
    booking, unless the line says the client is told (an agent may take no benefit from a third
    party for what they do for their principal without the principal's consent after
    disclosure: Restatement (Third) of Agency §§8.02 and 8.06, 2006; N3 of the forty-third
    round, 2026-12-06: a venue's "Planner commissions (10% of venue fee, paid to planners)"
    was a funded channel; not the business's own planners' pay, nor a holiday gift tied to no
    booking), anyone paid a
    kickback or a commission their principal is not told of (F1 and F10 of the thirty-first
    round: a rental company's Visa cards to venue coordinators and a dental lab's Starbucks
    cards to the office managers who send cases had been priced as referral channels) (F1 of the
    thirtieth round, 2026-12-05: each paid per account or student had been priced as the
    cheapest channel), client contacts, decision makers, a public body's staff, inspectors or
    plan reviewers, a vet, an animal hospital, a doctor, a dentist or another licensed
    professional named beside a referral, a finder's fee or a price per client or patient;
    where the business sells to businesses, "buyers" and "chefs" alone, who buy
    for their employer, though not a home's buyers: a CFO's review, 2026-12-05) and something of
    value (gifts, gift cards, cash, a bonus, tickets, trips, baskets, appreciation, a finder's
    fee, a price per rental, student or referral; not a greeting card or a business card, nor a
    meal called an appreciation: R11 of the thirtieth round's re-review), unless it says it is
    for the business's own staff or disclosed (core.commercial_bribery). A meal or a lunch-and-learn
    alone is not flagged, except to an association's board, whose directors may accept nothing
    of value from its vendors (Fla. Stat. §720.3033(3); G17 of the twenty-fifth round,
    2026-12-04), and to public employees or federal contracting staff, whose gift rules count
    a meal, entertainment or hospitality as a gift (5 CFR §2635.203(b); N.C. Gen. Stat.
    §133-32; BB1 of the fifty-ninth round, 2026-12-07). It is a warning; the score stops at
    79, below "Strong", and a channel holding such a line is neither priced nor grown (`plan`
    leaves it alone).

    How to fix: keep thanks to what the principal knows of and allows (a modest token the
    board is told of), never cash or gift cards; win the work on bids and service. Give public
    employees, a school's staff and a public agency's caseworkers nothing of value, whether or
    not their employer is told (N.C. Gen. Stat. §133-32 allows no token): keep an agency
    informed with materials anyone may have and win families on the care (L15 of the
    forty-second round's re-review, 2026-12-06). If the
    line is disclosed to the principal, say so in its name or note ("disclosed to the board"),
    or skip this rule with the reason.
    """

    id = "BA121"
    name = "gifts-to-deciders"
    severity = "warning"
    summary = "A line gives something of value to those who award work for others"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        for item in facts.decider_gifts:
            named = deciders_named(f"{item.activity.name} {item.activity.note or ''}")
            yield Hit(named, at=("activities", item.position), subject=item.activity.name)

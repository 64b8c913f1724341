"""Gifts to those who award work on someone else's behalf: commercial bribery's ground.

An association's board members and its manager, a property manager, a client's purchasing staff
and buyers, a public school's teachers and counsellors, public employees who award or approve
work decide for a principal (the association, the owners, the employer, the school, the public
body) which provider gets the work. Something of value given to them to win it, without their
principal's knowledge, is commercial bribery in most states (N.Y. Penal Law §180.00; Cal. Penal
Code §641.3; Model Penal Code §224.8); Florida forbids an association's officers, directors and
managers to accept anything of value from those who provide or propose to provide services to
it (Fla. Stat. §720.3033(3)); public employees are held to their state's gift rules
(Fla. Stat. §112.313(4); North Carolina forbids those who contract with a public body to give
its employees gifts, N.C. Gen. Stat. §133-32). A landscaper's "HOA board + property mgr
appreciation (gift cards, holiday baskets)" and a tutoring centre's "Counselor appreciation
(coffee, Starbucks cards)" had read as keeping customers, with no word said (the sixteenth
round, 2026-12-03). BA121 warns about such lines; no channel holding one is priced or grown
(docs/domain.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from bizaudit.core.patient_inducements import pays_physicians_per_referral
from bizaudit.core.towing import favours_police
from bizaudit.model.lazy import LazyPattern

__all__ = [
    "MEALS",
    "SAYS_DISCLOSED",
    "SAYS_TOLD",
    "Decider",
    "deciders_named",
    "gives_deciders",
    "owners_region",
    "pays_examiners",
    "pays_for_referring",
    "sells_to_stores",
    "treats_public_employees",
]

Decider = Literal[
    "association",
    "school",
    "public",
    "caseworker",
    "federal",
    "professional",
    "planner",
    "examiner",
    "police",
    "consultant",
    "agent",
    "attorney",
    "letting",
    "other",
]

#: Federal employees who award or administer a contract: a contracting officer, the Defense
#: Contract Management Agency's staff (H5 of the fortieth round, 2026-12-06: a job shop's
#: "Lunches & gift cards - DCMA contracting team" got only BA106)
_FEDERAL = (
    r"\bdcma\b|\bfederal\s+(?:employees?|staff|buyers?|contracting\s+\w+|officials?)\b"
    r"|\bcontracting\s+(?:officers?|officials?|teams?|staff|specialists?)\b"
    r"|\b(?:government|gsa|va|dod)\s+buyers?\b"
)
#: Public employees who award, inspect or approve a business's work
_PUBLIC = (
    _FEDERAL
    + "|"
    + (
        r"\b(?:city|county|state|town|township|municipal|district|school\s+district|public|permit"
        r"|planning|zoning|building\s+department|government|agency)\s+(?:staff|employees?"
        r"|officials?|inspectors?|plan\s+reviewers?|reviewers?|clerks?|facilities\s+staff)\b"
        r"|\bplan\s+reviewers?\b|\b(?:building|bldg|city|county|code)\s+inspectors?\b"
        r"|\bfire\s+marshals?\b"
        # the inspectors who license a kitchen, a bar or a building's systems ("Health inspector
        # holiday gift basket": G3 of the thirty-ninth review round, 2026-12-05, a food truck's
        # gift to its regulator read as keeping customers; Tex. Penal Code §36.08-36.09)
        r"|\b(?:health|fire|food\s+safety|sanitation|liquor|abc|elevator|plumbing|electrical"
        r"|mechanical|permit)\s+inspectors?\b"
        # "Holiday gifts - bldg dept (inspectors)", "Inspector appreciation baskets" (B5 of the
        # twenty-third round, a remodeler's: read as keeping customers)
        r"|\b(?:bldg|building)\s+(?:dept|department)\b|\binspectors?\s+(?:appreciation|gifts?|thank)"
        r"|\bdistrict\s+facilities\b|\bfacilities\s+staff\b"
        # a public agency's caseworkers, who place its clients with a provider its subsidy
        # pays ("Gift cards - county subsidy caseworkers": K6 of the forty-second round,
        # 2026-12-06, a child-care centre's, read as overhead with no word said); not the
        # business's own
        r"|(?<!our\s)(?<!own\s)\bcase\s?workers?\b"
        # a public body's staff named by their role: "Gift cards to school district IT
        # directors", "County IT manager holiday basket", "City purchasing director" (X5 of
        # the forty-sixth round, 2026-12-06: a managed-service provider's gift cards to a
        # school district's IT directors were read as its own operations by "IT"; a public
        # school district's staff are public employees, held to their state's gift rules, as
        # the docstring's Fla. Stat. §112.313(4) and N.C. Gen. Stat. §133-32 are for one; the
        # reviewer names Ohio R.C. §102.03 and §2921.43 for that MSP's state, subsections
        # not checked, so they are not quoted); not a business's own district managers, nor a
        # sports team's name ("Kansas City Royals tickets")
        # (nor the business's own people who serve such accounts: "our school district account
        # managers", "county sales director")
        r"|(?<!our\s)\b(?:school\s+district|public\s+schools?|county|city|municipal(?:ity)?|isd)"
        r"(?:'s)?\s+(?:(?!(?:tickets?|games?|suites?|seats?|royals|chiefs|fc|accounts?|sales"
        r"|territory|regional|region)\b)[\w&/-]+\s+){0,2}?"
        r"(?:directors?|managers?|mgrs?|administrators?|admins?|superintendents?|coordinators?"
        r"|cios?|ctos?|buyers?|purchasing\s+agents?|procurement\s+officers?)\b"
        # a public body's procurement or purchasing staff ("Client entertainment - county
        # procurement staff": BB1 of the fifty-ninth round, 2026-12-07, read as a client's
        # purchasing staff, whose employer's consent would cure it, not as public employees)
        r"|(?<!our\s)\b(?:school\s+district|county|city|state|town|township|municipal(?:ity)?"
        r"|public|government|agency|isd)(?:'s)?\s+(?:purchasing|procurement|contracting"
        r"|contracts)\s+(?:staff|teams?|officers?|officials?|agents?|managers?|mgrs?|directors?"
        r"|departments?|employees|buyers?|specialists?)\b"
    )
)
#: Licensed professionals who recommend a provider to their clients or patients, paid for
#: each one sent: a kennel's "Vet referral fee - Cherry Creek Animal Hospital ($15/new
#: boarder)" (F2 of the thirty-seventh review round, 2026-12-05) was its cheapest channel, and
#: `plan` said to recruit more such payees; California forbids any healing-arts licensee,
#: veterinarians included, to accept compensation for referring (Bus. & Prof. Code §650(a)).
#: (Where the business's own profession restricts paying for referrals, BA114 flags the line
#: first, with its own rules.)
_PROFESSIONALS = (
    r"(?<!associate\s)(?<!our\s)(?<!staff\s)(?<!on-call\s)(?<!relief\s)"
    r"\b(?:vets?|veterinar(?:y|ians?)|animal\s+(?:hospitals?|clinics?)|physicians?|doctors?"
    r"|dentists?|pediatricians?|chiropractors?|optometrists?|ophthalmologists?|pharmacists?"
    r"|physical\s+therapists?|physiotherapists?"
    r"|(?:medical|dental|vet|veterinary)\s+(?:clinics?|offices?|practices?))\b"
    # not the business's own staff or their pay ("Vet tech bonus", "Physician liaison")
    r"(?![-\s]+(?:techs?|technicians?|assistants?|staff|nurses?|liaisons?|production|salary"
    r"|wages?|pay\b|payroll|bonus|stipend|associates?))"
    # nor a clinic's front desk, who hold no licence: what reaches them is commercial bribery
    # (I17 of the forty-first round, 2026-12-06: "Vet clinic front desk referral cash" was
    # said to pay "a licensed professional")
    r"(?![-\s]+(?:(?:clinics?|hospitals?|offices?|practices?)\s+)?(?:front\s+desk|desk"
    r"|receptionists?|office\s+(?:staff|managers?)|csrs?)\b)"
)
#: ...paid for each one sent: a fee for the referral itself, or a price per client, patient,
#: pet or boarder sent, not the printing of referral pads nor a bonus named for new clients
#: (R2 of the round's re-review)
_PAID_PER_REFERRAL = (
    r"(?=[^;]*(?:\breferral\s+(?:fees?|pay|payments?|commissions?|kickbacks?|rewards?"
    r"|gift\s+cards?|cash)\b|\bfinder'?s?\s+fees?\b|\bkickbacks?\b"
    r"|\b(?:fees?|commissions?|cash|gift\s+cards?)\b[^;]*\bper\s+(?:new\s+)?(?:clients?|patients?"
    r"|referrals?|boarders?|pets?)\s+(?:sent|referred)\b"
    # (a price per new client or referral, not per pet seen: an exam or a rabies tag, S3 of
    # the round's second re-review)
    r"|[$£€]\s?\d+(?:\.\d\d)?\s*(?:/|per\s+)(?:new\s+(?:boarders?|pets?|clients?|patients?"
    # a gym's or a studio's new members (G2 of the thirty-ninth round, 2026-12-05:
    # "Chiropractor partner - $20 per new member sent" was read as overhead)
    r"|members?|customers?|students?)|referrals?)\b))"
)
#: ...or the payment named first: "Referral fees - Cherry Creek Animal Hospital ($15 per new
#: client)" (S2 of the round's second re-review)
_PAYMENT_FIRST = (
    r"\b(?:referral\s+(?:fees?|pay|payments?|commissions?|kickbacks?|rewards?)|finder'?s?\s+fees?"
    r"|kickbacks?)\b[^;]*" + _PROFESSIONALS
)
_PROFESSIONAL_PAID = LazyPattern(
    f"{_PROFESSIONALS}{_PAID_PER_REFERRAL}|{_PAYMENT_FIRST}", re.IGNORECASE
)
#: Professionals recruited, not paid for patients: a locum agency's "Physician referral fees
#: ($2,000 per physician placed)" (S4 of the round's second re-review)
_RECRUITED = LazyPattern(r"\b(?:placed|placements?|hired|hires?|recruit\w*|candidates?)\b", re.I)
#: An owners' association, as lines name it
_ASSOCIATIONS = r"hoa|poa|coa|condo|condominium|association"
#: Another business's staff, named by the business they work for
_OUTSIDE_STAFF = (
    r"\b(?:funeral\s+homes?|mortuar(?:y|ies)|pet\s+(?:stores?|shops?|supply)|vet(?:erinary)?"
    r"(?:\s+(?:clinics?|hospitals?|offices?))?|animal\s+hospitals?|credit\s+unions?|banks?"
    r"|dealerships?|hotels?|lowe'?s(?:\s+pro)?|home\s+depot(?:\s+pro)?|pro\s+desk"
    r"|(?:hardware|supply|furniture|appliance|paint|lumber)\s+(?:stores?|houses?|yards?)"
    r"|(?:doctors?'?|medical|dental)\s+offices?|leasing\s+offices?|apartment\s+complex(?:es)?"
    r"|nursing\s+homes?|hospices?)"
    r"(?:'s)?\s+(?:(?:pro\s+)?desk\s+)?(?:staff|employees?|front\s+desk|desk|receptionists?"
    r"|associates?|loan\s+officers?|managers?|clerks?|reps?|agents?|coordinators?)\b"
    # a home centre's pro desk, its staff by name
    r"|\b(?:lowe'?s\s+|home\s+depot\s+)?pro\s+desk\b"
)
#: ...paid for each customer they send: a price per client, order or deal, or "sent"
_PER_CUSTOMER = (
    r"(?:\b(?:per|each|every)\s+(?:new\s+|funded\s+|sympathy\s+|booked\s+|first\s+|death\s+)?"
    r"(?:clients?|customers?|orders?|installs?|installations?|deals?|sales?|jobs?|referrals?"
    r"|patients?|pets?|famil(?:y|ies)|campers?|leads?|buyers?|accounts?|calls?)\b"
    r"|/\s*(?:client|customer|order|install|deal|sale|job|referral|pet|call)\b"
    r"|\b(?:sent|referred|funded)\b|\bspiffs?\b"
    r"|\bfor\s+referrals?\b)"
)
#: ...not the business's own staff's bonus or a hiring bonus, which is payroll ("Hotel staff
#: referral bonus ($200 per hire referred)": J6 of the forty-first round's re-review); what
#: BA121's deciders and the classifier's question (``pays_others_staff``) both read
_STEERED_STAFF = (
    rf"(?:{_OUTSIDE_STAFF})(?=[^;]*{_PER_CUSTOMER})"
    r"(?![^;]*\b(?:bonus(?:es)?|incentives?|pay|wages?|salar(?:y|ies)|payroll|hires?|hired"
    r"|hiring|candidates?|recruit\w*)\b)"
)
#: Students referred or sent, as a line says it in a verb: "who refer students", "referring
#: students", "for sending students", "sends us kids" (N1 of the forty-third round,
#: 2026-12-06)
_SENDS_STUDENTS = (
    r"\b(?:refer|refers|referred|referring|recommend|recommends|recommending|send|sends|sent"
    r"|sending)\s+(?:us\s+)?(?:their\s+|new\s+|more\s+)?(?:students?|pupils?|kids|tutees)\b"
)
#: ...or, of a teacher, referring or recommending with no object ("teachers who refer us",
#: "teachers who refer"), and the students sent
_REFERS = (
    r"\b(?:refer|refers|referred|referring|recommend|recommends|recommending)\b|" + _SENDS_STUDENTS
)
#: What a shipper's shipping or traffic manager is given for loads: cash, a card, a spiff
#: (not a bonus or a commission, which a shipper pays its own: T5 of the forty-fifth round)
_FREIGHT_GIFT = (
    r"\b(?:spiffs?|cash|gifts?|gift\s+cards?|cards?|visa|amazon|starbucks|kickbacks?|tips?"
    r"|tickets?)\b"
)
#: What a letting or a managing agent is given for the work it sends (AZ3 of the fifty-eighth
#: round): a referral, finder's or introducer's fee, a kickback, a gift, or a price per job or
#: work order; not a commission or a fee alone, which a landlord pays its own agent
_FOR_AGENTS_WORK = (
    r"\b(?:referr\w*|refers?|finder'?s?|introducers?|kickbacks?|spiffs?|gifts?|hampers?"
    r"|vouchers?|cash|thank[- ]?you|appreciation"
    r"|per\s+(?:[\w-]+\s+)?(?:jobs?|work\s+orders?|installs?|repairs?|call[- ]?outs?))\b"
)
#: A letting or a managing agent, named: the landlord's (or a block's freeholder's) agent,
#: whose principal, not a board or an employer, is the one to be told of a fee (BA4 of the
#: fifty-eighth round's re-review, 2026-12-07); and a property manager the line says works
#: for landlords ("Property manager referral fees (GBP 50 per landlord job)", the round's
#: variant), not one an association's board may employ
_LETTING_AGENT = LazyPattern(
    r"\b(?:lettings?|managing)\s+agen(?:ts?|cy|cies)\b"
    r"|\bproperty\s+(?:managers?|mgrs?)\b(?=[^;]*\blandlords?'?s?\b)"
    r"|\blandlords?'?s?\b[^;]*\bproperty\s+(?:managers?|mgrs?)\b",
    re.IGNORECASE,
)
#: Those who award work for a principal.
_DECIDERS = LazyPattern(
    rf"\b(?:{_ASSOCIATIONS})\s+(?:board|directors?|managers?)\b"
    r"|\bboard\s+members?\b|\bcommunity\s+association\s+managers?\b"
    # an association's officers and the chair or members of a committee that awards its
    # contracts for the board ("Cash to HOA pool committee chair for contract renewal": K6 of
    # the forty-second round, 2026-12-06, read as keeping customers; Fla. Stat.
    # §720.3033(3) names officers, directors and managers)
    rf"|\b(?:{_ASSOCIATIONS})\s+(?:[\w-]+\s+){{0,2}}?(?:committee\s+(?:chairs?|chairman"
    r"|chairwoman|chairperson|heads?|members?)|(?:chairs?|chairman|chairwoman|chairperson"
    r"|presidents?|treasurers?|secretar(?:y|ies)|officers?))\b"
    # an association's community manager, paid for the contracts it awards (F17 of the
    # thirty-eighth review round, 2026-12-05: "Finder's fee - community manager (5% of
    # first-year contract)" passed); not a business's own community manager's bonus
    # (not a business's own community manager's bonus, incentive or pay, a SaaS's or an
    # apartment operator's: R8 of its re-review)
    r"|\bcommunity\s+managers?\b(?=[^;]*(?:\bfinder'?s?\b|\breferral\s+fees?\b|\bkickbacks?\b"
    r"|\bper\s+(?:signed\s+|new\s+)?(?:accounts?|contracts?|jobs?)\b))"
    r"(?![^;]*\b(?:bonus(?:es)?|incentives?|salar(?:y|ies)|wages?|mrr|members?)\b)"
    r"|\b(?:finder'?s?|referral)\s+fees?\b[^;]*\bcommunity\s+managers?\b"
    # an association's management company, abbreviated as owners write it (E5 of the
    # twenty-fourth round: "HOA mgmt co. holiday gift cards" read as keeping customers)
    rf"|\b(?:{_ASSOCIATIONS})\s+(?:mgmt|management)\b"
    # a client's office staff who place its orders, thanked per order (E5: a caterer's
    # "office admin thank-you Visa cards ($25/order)" read as overhead); not the business's
    # own office manager's bonus, which names no order
    # (with a gift or a card, not pay: the business's own "Office manager bonus ($2 per order
    # processed)" is its payroll, F7 of the round's re-review)
    r"|\b(?:office\s+(?:admins?|administrators?|managers?|mgrs?|assistants?)|receptionists?"
    r"|executive\s+assistants?)\b"
    # (a gift, not a card alone: an office manager's company card for supply orders is the
    # business's own purchasing, S5 of the thirty-ninth round's second re-review)
    r"(?=[^;]*\b(?:thank[- ]?you|gifts?|gift\s+cards?|visa|starbucks|amazon)\b)"
    r"(?=[^;]*(?:\bper\s+(?:\w+\s+)?order\b|/\s*order\b|\b(?:each|every)\s+order\b"
    r"|\borders?\s+placed\b|\bfor\s+(?:their\s+|the\s+)?(?:\w+\s+)?orders\b))"
    # a client's office staff, named as the client's (G3 of the thirty-ninth round: "Client
    # office manager gift cards"; Cal. Penal Code §641.3)
    r"|\b(?:client|customer|account)s?'?\s+office\s+(?:managers?|mgrs?|admins?|administrators?"
    r"|staff|assistants?)\b"
    r"|\bproperty\s+(?:managers?|mgrs?|management\s+companies)\b"
    # a strata or body-corporate manager, Australia's property manager for an owners
    # corporation, who chooses its trades for the owners ("Strata managers Christmas hampers":
    # BB7 of the fifty-ninth round, 2026-12-07, earned the retention points where "property
    # managers" were warned about), and an owners corporation's manager, as Victoria names it
    r"|\b(?:strata|body\s+corporate|owners'?\s+corporation)\s+(?:managers?|mgrs?"
    r"|management(?:\s+(?:companies|company|firms?))?|mgmt)\b|\bbcms?\b"
    # a letting or a managing agent: in the UK the landlord's (or a block's freeholder's)
    # agent, who orders repairs and boiler work with the landlord's money as a property
    # manager does with the owners' (AZ3 of the fifty-eighth review round, 2026-12-07: a
    # Bristol heating firm's "Letting agent referral fees (GBP 50 per landlord job)" was its
    # cheapest channel, offered more budget, where "Property manager referral fees" got
    # BA121); paid or given something for the work it sends, not the business's own letting
    # costs ("Letting agent commission - flat above shop" and "Letting agent fee - staff
    # accommodation" are its operations in the build corpus); for a business kept in pounds
    # BA121 quotes the Bribery Act 2010, s.1 (bribing another person) and s.7 (a commercial
    # organisation's failure to prevent it), read on legislation.gov.uk with the search tool,
    # 2026-12-07
    rf"|\b(?:lettings?|managing)\s+agen(?:ts?|cy|cies)\b(?=[^;]*{_FOR_AGENTS_WORK})"
    rf"|{_FOR_AGENTS_WORK}[^;]*\b(?:lettings?|managing)\s+agen(?:ts?|cy|cies)\b"
    # another business's staff paid for each customer they steer to this one: a funeral
    # home's staff per sympathy order, a pet store's per client, a home centre's pro desk per
    # install, a credit union's loan officers per deal (I3 of the forty-first round,
    # 2026-12-06: read as the business's own staff, and the customers looked free; Cal. Penal
    # Code §641.3)
    # (not the business's own staff's bonus or a hiring bonus, which is payroll: "Hotel staff
    # referral bonus ($200 per hire referred)", J6 of the round's re-review)
    rf"|{_STEERED_STAFF}"
    # a car dealer's service manager or advisors, who send the dealer's customers' glass or
    # repair work to a shop, given spiffs for it (W1 of the fiftieth round's second re-review,
    # 2026-12-06: a glass shop's "Dealer service manager spiffs ($20 per windshield)", read as
    # buying the dealers' customers, had no word of the law that "Spiffs to fleet managers"
    # gets; Cal. Penal Code §641.3, N.Y. Penal Law §180.00: asked, as the dealer may know)
    r"|\bdealer(?:ship)?s?'?\s+(?:service\s+)?(?:managers?|mgrs?|advisors?|advisers?"
    r"|writers?)\b(?=[^;]*\b(?:spiffs?|gifts?|gift\s+cards?|cash|kickbacks?|bonus(?:es)?"
    r"|per\s+(?:windshield|car|vehicle|job|referral)s?)\b)"
    r"|\b(?:spiffs?|gifts?|gift\s+cards?|cash|kickbacks?|bonus(?:es)?)\b[^;]*\bdealer(?:ship)?s?'?"
    r"\s+(?:service\s+)?(?:managers?|mgrs?|advisors?|advisers?|writers?)\b"
    r"|\b(?:purchasing|procurement)\s+(?:agents?|managers?|officers?|staff|departments?"
    r"|employees)\b"
    # a client's employees, as a line names them ("Holiday gifts for employees of our property
    # management clients": R7 of the thirtieth round's re-review)
    r"|\bemployees\s+(?:at|of)\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:clients?|customers?"
    r"|accounts?)\b"
    # "facility manager", the usual US title (the trade body is IFMA): Z1 of the seventeenth
    # round's re-review, a cleaning company's gift cards to them had passed
    r"|\bfacilit(?:y|ies)\s+(?:managers?|mgrs?|directors?)\b"
    # a shipper's shipping, logistics or traffic staff, who award its freight to a carrier or
    # a broker for their employer (T5 of the forty-fifth round, 2026-12-06: a freight broker's
    # "Shipping manager spiffs ($25 per load tendered)" was read as overhead and "Cash to
    # traffic managers per load" as nothing; N.Y. Penal Law §180.00, Cal. Penal Code §641.3,
    # MPC §224.8): named as a shipper's or a customer's...
    r"|\b(?:shippers?|customers?|clients?|accounts?)(?:'s?|s')?\s+(?:[\w-]+\s+)?(?:shipping"
    r"|logistics|traffic|transportation|freight|dock)\s+(?:managers?|mgrs?|coordinators?"
    r"|clerks?|supervisors?|directors?|staff|teams?|leads?)\b"
    # ...or a shipping or traffic manager (not a broker's or a carrier's title) given cash, a
    # card or a spiff per load, per shipment or for loads (not a bonus or a commission, which
    # may be a shipper's own shipping manager's pay per load shipped)...
    # (the gift named before the title or after it)
    rf"|(?P<gift>{_FREIGHT_GIFT}[^;]*)?\b(?:shipping|traffic)\s+(?:managers?|mgrs?|coordinators?"
    r"|clerks?|supervisors?|directors?|staff|departments?)\b"
    r"(?=[^;]*(?:\bper\s+(?:\w+\s+)?(?:loads?|shipments?|trucks?|pallets?)\b|/\s*loads?\b"
    r"|\bloads?\s+(?:tendered|given|awarded|booked|sent)\b|\bfor\s+(?:their\s+|the\s+)?"
    r"(?:loads?|freight|shipments?)\b))"
    rf"(?(gift)|(?=[^;]*{_FREIGHT_GIFT}))"
    # ...or a logistics or transportation manager given something for the loads they tender,
    # the shipper's act
    r"|\b(?:logistics|transportation|freight)\s+(?:managers?|mgrs?|coordinators?|clerks?"
    r"|supervisors?|directors?|staff)\b(?=[^;]*\btender(?:s|ed|ing)?\b)"
    # a property's maintenance supervisors and superintendents, who choose its locksmith or
    # plumber for their employer (F2 of the thirty-third round, 2026-12-05: "Maintenance
    # supervisor referral bonus ($50 per rekey job)" was the cheapest channel, which `plan`
    # doubled)
    r"|\bmaintenance\s+(?:supervisors?|supv|managers?|mgrs?|directors?|leads?)\b"
    # ...and its maintenance staff, techs and engineers, paid for sending the work (not their
    # own staff's bonus)
    # (a building's engineers only where paid for referrals, as above: a business's own
    # engineers' holiday cards are no bribe, R2 of the thirtieth round's re-review)
    r"|\bmaintenance\s+(?:staff|techs?|technicians?|teams?|crews?|engineers?)\b"
    r"(?=[^;]*\b(?:referrals?|per\s+(?:\w+\s+)?(?:jobs?|calls?)|cash|gifts?"
    r"|cards?|visa|tips?|kickbacks?|spiffs?|christmas|holiday)\b)"
    r"|\b(?:building\s+)?superintendents?\b"
    # a hotel's concierges, who steer its guests to a tour or a restaurant for the hotel (F16
    # of the thirty-fourth review round, 2026-12-05: "Hotel concierge commissions (cash,
    # $10/head)" was a channel `plan` said to recruit more of)
    r"|\bconcierges?\b"
    # "supers", as a building's superintendent is called, and its chief or building engineer
    # (R4 of the round's re-review: "Building super referral fees ($50 per rekey job)")
    r"|\b(?:building|apartment|property|bldg)\s+supers?\b|\bsupers'?(?=\s)"
    # a high or middle school's, as owners abbreviate it, and thanked in brackets ("Starbucks
    # cards - HS counselors (thank you for referrals)": F12 of the thirty-second round, it had
    # been the cheapest channel, "keep funding it")
    r"|\b(?:school|guidance|college|hs|high\s+school|middle\s+school)\s+counsel+ors?\b"
    r"|\bcounsel+ors?\s+\(?\s*(?:appreciation|gifts?|thank)"
    # a teacher or counsellor paid for each student sent (Q5 of the twenty-eighth round,
    # 2026-12-05: a tutoring centre's "Teacher referral bonus ($100 per enrolled student)" was
    # a funded referral programme; educators' codes bar gratuities that sway their judgement,
    # Texas 19 TAC §247.2 Standards 1.4 and 1.5); not a school's own teachers' bonus, which
    # names no referral
    r"|\b(?:school\s+)?teachers?(?:'|\b)(?=[^;]*(?:\b(?:referrals?|finder'?s?|stipends?"
    r"|per\s+(?:enrolled\s+|new\s+)?students?)\b|/\s*students?\b))"
    r"|\b(?:referrals?|finder'?s?)\b[^;]*\bteachers?\b"
    # ...or named as those who refer or send students, in a verb ("Gift cards to teachers
    # who refer students", "Thank-you gift cards to teachers referring students": N1 of the
    # forty-third round, 2026-12-06, a tutoring office's only funded channel, where "Teacher
    # referral gift cards" was warned about; Fla. Stat. §112.313(4))
    rf"|\b(?:school\s+)?teachers?(?:'|\b)(?=[^;]*(?:{_REFERS}))"
    r"|\b(?:referring|recommending)\s+(?:[\w-]+\s+)?teachers?\b"
    # ...or given something for handing the business's flyers to their students ("Gift cards
    # to PE teachers for flyers": K6 of the forty-second round, 2026-12-06, a martial-arts
    # studio's funded channel; Fla. Stat. §112.313(4)), as are a school's office staff
    r"|\b(?:(?:school|pe|gym|classroom|art|music)\s+)?(?:teachers?(?:'|\b)|(?:school|front)\s+"
    r"office(?:\s+staff)?\b|school\s+(?:staff|secretar(?:y|ies)|principals?|admins?)\b)"
    r"(?=[^;]*\b(?:flyers?|fliers?|brochures?|handouts?|take[- ]home\s+folders?)\b)"
    # (not flyers offering teachers a price as customers: "Teacher appreciation week flyers
    # (10% off for teachers)", L1 of the round's re-review, 2026-12-06)
    r"(?![^;]*(?:\b\d+\s*%\s*off\b|\bdiscounts?\b|\boff\s+for\b|\bfree\s+(?:trials?|class\w*"
    r"|weeks?|sessions?|lessons?)\b))"
    # a counsellor paid for each student (not a therapist's referral: BA114's, in health care)
    r"|\bcounsel+ors?\b(?=[^;]*(?:\bper\s+(?:enrolled\s+|new\s+)?students?\b|/\s*students?\b))"
    # ...or named as referring or sending students, not clients or patients (N1 of the
    # forty-third round, 2026-12-06)
    rf"|\bcounsel+ors?\b(?=[^;]*(?:{_SENDS_STUDENTS}))"
    # a school's coach or band director named by the school (R5 of the round's re-review:
    # "Finder's fee - PE coach, Lincoln HS ($100/student)", "Band director referral fees ($25
    # per rental, Lincoln HS)")
    r"|\b(?:(?:pe|athletic|band|choir|music|orchestra)\s+(?:coach(?:es)?|directors?|teachers?)"
    r"|coach(?:es)?)\b(?=[^;]*\b(?:hs|ms|high|middle\s+school|jr\.?\s+high|junior\s+high"
    r"|elementary|school|district)\b)"
    # ...or named after the school ("Lamar MS band director stipend", "Lamar Middle School
    # band director referral stipend": F1 of the thirtieth round, four wordings escaped)
    r"|\b(?:hs|ms|high\s+school|middle\s+school|jr\.?\s+high|junior\s+high|elementary"
    r"|district)\b[^;]*\b(?:pe|athletic|band|choir|music|orchestra)\s+(?:coach(?:es)?"
    r"|directors?|teachers?)\b"
    # the staff of another business who book it or send it work, named by what they do ("Gift
    # cards - office managers who send cases", "Visa gift cards - client employees who book":
    # F1 of the thirty-first round, 2026-12-05, priced as referral channels), a venue's or a
    # hospital's staff given cards or cash ("Venue coordinator thank-you Visa gift cards",
    # "Client holiday gifts - hospital language access coordinators"), and anyone paid a
    # kickback, or a commission their principal is not told of ("Planner kickbacks - 10% of
    # order, undisclosed")
    # (sending or referring work, not booking it: a clinic's own coordinators "who book" its
    # consults are its staff, R1 of the round's re-review; another business's staff who book
    # it are named as the client's or the corporate office's, or paid per case or booking)
    r"|\b(?:coordinators?|managers?|mgrs?|admins?|administrators?|staff|employees"
    r"|receptionists?|assistants?)\b(?=[^;]*\b(?:who|that)\s+(?:send|sends|sent|refer|refers"
    r"|referred|choose|chooses|pick|picks)\b)"
    r"|\b(?:client|clients'?|corporate|customer|customers'?)\s+(?:[\w-]+\s+){0,2}?(?:coordinators?"
    r"|managers?|mgrs?|admins?|staff|employees|receptionists?|assistants?)\b(?=[^;]*\b(?:who|that)"
    r"\s+(?:book|books|booked|order|orders)\b)"
    r"|\b(?:managers?|mgrs?|admins?|staff|receptionists?)\b(?=[^;]*\bper\s+(?:case|booking"
    r"|referral|order)s?\s+(?:sent|referred|booked)\b)"
    # (thanked, or paid per booking: a venue's or an animal hospital's own staff are given
    # holiday cards too, R6 of the round's re-review)
    r"|\b(?:venue|hospital|health\s+system)s?'?\s+(?:[\w-]+\s+){0,3}?(?:coordinators?|managers?"
    r"|staff|employees|buyers?)\b(?=[^;]*\b(?:thank[- ]?you|kickbacks?"
    r"|per\s+(?:booking|referral|case|order)s?)\b)"
    r"|\bclients?'?\s+(?:holiday\s+)?gifts?\b[^;]*\b(?:coordinators?|managers?|staff"
    r"|employees)\b"
    # a kickback paid, not a saw's anti-kickback pawl (R5 of the round's re-review)
    r"|(?<!anti-)(?<!anti\s)\bkickbacks?\b(?!\s+(?:pawls?|protection|guard|brake))"
    r"|\b(?:planners?|agents?|brokers?|consultants?)\b(?=[^;]*\b(?:undisclosed|non-?\s?disclosed"
    r"|not\s+yet\s+disclosed|never\s+disclosed|not\s+disclosed"
    r"|secret)\b)"
    # a band director paid for the rentals or students sent, with no school named: a band's
    # director is a school's ("Band director referral stipend ($25 per rental signed)")
    r"|\b(?:band|orchestra|choir)\s+directors?\b(?=[^;]*\b(?:referrals?|referred|finder'?s?"
    r"|per\s+(?:rental|student|enrolled)s?)\b)"
    # a school's driver-education or programme coordinator paid per student sent ("HS driver
    # ed coordinator stipend ($40 per enrolled student)": F1 of the thirtieth round)
    r"|\b(?:driver'?s?\s+ed(?:ucation)?|school|district|hs|high\s+school|middle\s+school)\s+"
    r"(?:[\w-]+\s+)?coordinators?\b"
    # a building's engineer, who chooses its vendors for the owner ("Building engineer
    # finder's fee ($500 per signed account)": F1 of the thirtieth round), and a general
    # contractor's project managers, who choose its subcontractors ("GC project manager
    # appreciation - gift cards")
    # (paid per account or for finding it: the business's own chief or building engineers'
    # bonuses are its payroll, R1 of the round's re-review)
    r"|\b(?:building|bldg|chief|property)\s+engineers?\b(?=[^;]*(?:\bfinder'?s?\b|\breferral"
    r"|\bkickbacks?\b|\bspiffs?\b|\bper\s+(?:signed\s+|new\s+)?(?:accounts?|contracts?|jobs?"
    r"|buildings?)\b))"
    r"|\b(?:gcs?|(?:general\s+)?contractor(?:'s|s'?)?|builder(?:'s|s'?)?)\s+(?:project\s+managers?"
    r"|pms?|superintendents?|supers|estimators?|employees)\b"
    r"|\bclient\s+contacts?\b|\bdecision[- ]makers?\b"
    # a home inspector, who acts for the buyer and whose codes forbid taking pay for
    # recommending contractors (ASHI Code of Ethics 1.E; G2 of the thirty-ninth round,
    # 2026-12-05: "Home inspector referral fees ($50/job)" was an HVAC contractor's funded
    # channel); not a home-inspection business's own inspectors' bonus, spiffs or pay per job
    # (R5 of the round's re-review: "Home inspector spiffs - radon test add-ons" was flagged)
    r"|\bhome\s+inspectors?\b(?=[^;]*\b(?:referrals?|finder'?s?|kickbacks?|gifts?|visa|cash)\b)"
    # a customer's supplier quality engineer, who approves its suppliers (H5 of the fortieth
    # round: "Consulting fee - J. Ruiz (Acme Aero supplier quality engineer)" was overhead)
    # (not the business's own, on its payroll)
    r"|\bsupplier\s+quality\s+(?:engineers?|managers?|leads?)\b"
    # (not the shop's own, on its payroll or hired for its own certification: R20 of the
    # round's re-review, "Consulting fees - supplier quality manager (fractional, our AS9100
    # prep)")
    r"(?![^;]*\b(?:salar(?:y|ies)|wages?|payroll|bonus(?:es)?|fractional|our|in-house"
    r"|as9100|iso\s*9001|certification)\b)"
    # a fleet's manager chooses its repair shop; a client's executive, its consultants (B5 of
    # the twenty-third round: "Fleet mgr holiday gift cards" and "Finder's fee - D. Moreno (VP
    # Ops, Hartwell Mfg)", the client's own VP, had read as marketing)
    r"|\bfleet\s+(?:managers?|mgrs?|buyers?|directors?)\b"
    # a customer's fleet coordinators given gifts, not the shop's own fleet desk's bonus (D2
    # of the twenty-third round's last check)
    r"|\b(?:gifts?|gift\s+cards?|baskets?|tickets?)\b.*\bfleet\s+(?:coordinators?|accounts?)\b"
    r"|\bfleet\s+(?:coordinators?|accounts?)\b.*\b(?:gifts?|gift\s+cards?|baskets?|tickets?)\b"
    r"|\b(?:client|customer)'?s\s+(?:vp|svp|evp|vice\s+president|directors?|managers?|executives?"
    r"|cfo|coo|ceo|cio|head|contacts?|staff)\b"
    # an executive at a named company, paid a finder's or success fee: not the firm's own
    # director's bonus ("Bonus - K. Patel (Director, Business Development)": C3 of the
    # re-review)
    r"|\b(?:finder'?s?|success)\s+fees?\b.*\((?:vp|svp|evp|vice\s+president|director|cfo|coo|ceo"
    r"|cio)\b[^)]*,\s*[a-z][^)]*\)"
    # a staffing firm's clients' plant supervisors and HR, who choose the agency (AA3 of the
    # eighteenth round: "Holiday gift cards - plant supervisors & HR" earned retention, 98)
    r"|\b(?:plant|client|site|warehouse)\s+(?:managers?|mgrs?|supervisors?|hr)\b"
    r"|\bhr\s+(?:contacts?|managers?\s+at\s+clients?)\b"
    # ...and a client's supervisors paid per hour the agency bills there (F2 of the
    # twenty-ninth round: "Shift supv spiff - Ridgeline Foods ($0.25/hr billed)" read as a
    # sales cost); not the business's own supervisors' bonus, which bills no hours
    r"|\b(?:shift\s+)?(?:supv|supvrs?|supervisors?|leads?|foreman|foremen|managers?|mgrs?)\b"
    r"(?=[^;]*(?:\bper\s+(?:hours?|hrs?)\s+billed\b|/\s*(?:hours?|hrs?)\s+billed\b))"
    # ...given as a spiff, a kickback, a card or cash, not the business's own staff's bonus
    # ("Onsite supervisor bonus ($0.20 per hour billed)": R3 of the round's re-review)
    r"(?=[^;]*\b(?:spiffs?|kickbacks?|gift\s*cards?|cards?|cash|visa|amazon|tips?)\b)"
    r"|\b(?:spiffs?|kickbacks?|gift\s*cards?|cash|visa|amazon)\b[^;]*"
    r"\b(?:shift\s+)?(?:supv|supvrs?|supervisors?|leads?|foreman|foremen|managers?|mgrs?)\b"
    r"(?=[^;]*(?:\bper\s+(?:hours?|hrs?)\s+billed\b|/\s*(?:hours?|hrs?)\s+billed\b))"
    # a customer's buyers, who place its orders (AD4 of the nineteenth round: "Golf outing &
    # Cleveland Browns tickets - customer buyers" read as keeping customers, 99 Strong); not a
    # home's buyers, who are the clients
    r"|\b(?:customer|client|store|retail|category|chain|distributor|oem)\s+buyers?\b"
    # a customer's buyers written as theirs, and the chefs who choose a kitchen's suppliers
    # beside them (M7 of the twenty-seventh round, 2026-12-05: a food distributor's "holiday
    # gifts to buyers & chefs" read as keeping customers; "customer buyers" was warned about)
    r"|\b(?:customer|client|account)s?'\s*buyers?\b"
    r"|\bbuyers?\s*(?:&|and|/|\+)\s*(?:chefs?|kitchen\s+managers?)\b"
    r"|\b(?:chefs?|kitchen\s+managers?)\s*(?:&|and|/|\+)\s*buyers?\b"
    r"|\bbuyers?\s+(?:at|from)\s+(?!closing|settlement|the\s+closing|open\s+house)[a-z]"
    # public employees who award or approve work (AE3 of the nineteenth round: a school
    # district's facilities staff and a city's plan reviewers were given gift cards)
    f"|{_PUBLIC}",
    re.IGNORECASE,
)
#: Something of value given to them.
_VALUE = LazyPattern(
    r"\b(?:gifts?|gift\s+cards?|cards?|cash|bonus(?:es)?|kickbacks?|spiffs?|tickets?|trips?|tips|gratuit(?:y|ies)"
    r"|baskets?|hampers?|appreciation|thank[- ]?you|finder'?s?\s+fees?|rebates?|vouchers?"
    # "Referral fees - property managers ($500 per signed contract)" (Z1): a fee per contract
    # paid to the owner's agent for choosing the vendor
    r"|referral\s+fees?|commissions?|per\s+signed|success\s+fees?|stipends?"
    r"|consult(?:ing|ancy)\s+fees?"
    # a price per rental, student or referral sent ("Westlake HS band director - $25 per
    # rental": R2 of the thirtieth round's re-review)
    # (not a teacher's pay rate "per student lesson": S10 of the round's second re-review)
    r"|per\s+(?:rentals?|students?|enrolled|referrals?|referred)"
    r"(?!\s+(?:lessons?|hours?|class(?:es)?|sessions?|per|a\s+week|weekly|monthly))"
    # pay for the referral, or a price per piece of work sent, however a line writes it
    # ("Property manager referral pay ($25 per work order)", "Referral pay - HS driver ed
    # coordinators ($25/student)": F1 of the thirty-seventh review round, 2026-12-05, were
    # the cheapest channels, which `plan` grew, while "referral fees" was warned about)
    # (not a pay rate per student, which is a school's own teachers' pay, nor "lunch/referral
    # mixer": R6 of the round's re-review)
    r"|referral\s+(?:pay|payments?|payouts?|rewards?|credits?)"
    r"|per\s+(?:work\s+orders?|service\s+calls?|jobs?\s+sent|tickets?|calls?\s+sent)"
    r"|/\s*(?:work\s+orders?|signed\s+accounts?)"
    # a price per contract the association signs, or a share of its first year's (F17 of the
    # thirty-eighth review round: "$250 per contract signed"; S4 of its second re-review:
    # "HOA manager - 5% of first-year contract"); not a share of a contract's value or
    # renewals, which a business's own site and maintenance managers are paid on its own (R8)
    r"|per\s+(?:contracts?|accounts?)\s+(?:signed|won|closed|awarded)"
    r"|\d+(?:\.\d+)?\s*%\s+of\s+(?:the\s+)?(?:first[\s-]year\s+|new\s+)contracts?)\b"
    # ...and an amount for each referral or student sent ("Property managers ($25/referral)",
    # "$25/student" to a high school's staff: S1 of the round's second re-review), not a pay
    # rate per student lesson
    r"|[$£€]\s?\d+(?:\.\d\d)?\s*/\s*(?:new\s+|enrolled\s+)?(?:referrals?|students?)\b"
    # ...or for each of anything sent or referred ("$50 per move-in referred": J7 of the
    # forty-first round's re-review)
    r"|[$£€]\s?\d+(?:\.\d\d)?\s*(?:per|/)\s*[\w-]+\s+(?:referred|sent)\b"
    r"(?!\s+(?:lessons?|hours?|class(?:es)?|sessions?|per|a\s+week|weekly|monthly))"
    # ...or for each job, as a UK line writes it ("£25 per job", "GBP 50 per landlord job") and
    # an introducer's fee, the UK's word for a referral fee (AZ3 of the fifty-eighth round)
    r"|(?:[$£€]\s?|\bgbp\s?)\d+(?:\.\d\d)?\s*(?:per|/)\s*(?:[\w-]+\s+)?(?:jobs?|work\s+orders?)\b"
    r"|\bintroducer'?s?\s+(?:fees?|commissions?|payments?)\b",
    re.IGNORECASE,
)
#: A line that says it is disclosed, not "non-disclosed", "not yet" or "never disclosed" (S1 of
#: the thirty-fourth round's second re-review): what BA121 and the planners' note both read
SAYS_DISCLOSED = r"(?<!not\s)(?<!non-)(?<!non\s)(?<!yet\s)(?<!never\s)\bdisclosed\b"
#: ...or told to the client ("told to couple"): what the planners' note and BA121's reading of
#: planners both take for a fee the planner's client knows of
SAYS_TOLD = rf"{SAYS_DISCLOSED}|\btold\s+to\b"
#: The business's own people, or what its principal is told of: not this.
_OWN = LazyPattern(
    r"\b(?:our\s+own|our\s+staff|own\s+staff|in-house)\b"
    rf"|{SAYS_DISCLOSED}"
    # the business's own teachers, and independent ones who act for no principal (R6 of the
    # twenty-eighth round's re-review: a music school's "per new student our instructors
    # bring" and "independent teachers" were flagged as public employees' gifts)
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:instructors?|teachers?|tutors?|coaches|team)\b"
    r"|\bindependent\b|\bw-?2\b"
    # paid to the principal itself: a concierge's commission invoiced by the hotel (Q8 of the
    # thirty-fourth round's re-review)
    r"|\b(?:paid\s+to|invoiced\s+by|to)\s+(?:the\s+)?hotels?\b(?!\s+(?:concierge|staff))"
    r"|\binvoiced\b"
    r"|\bprivate\s+(?:teachers?|tutors?|instructors?)\b"
    r"|(?<!county\s)(?<!city\s)(?<!state\s)(?<!town\s)(?<!public\s)(?<!district\s)"
    r"(?<!purchasing\s)(?<!procurement\s)(?<!gc\s)(?<!facilities\s)(?<!client\s)(?<!customer\s)"
    r"(?<!company\s)(?<!manager\s)\bemployees?\b(?!\s+(?:at|of)\b)",
    re.IGNORECASE,
)


#: Another business's staff paid for each customer they send, alone (what the classifier asks)
_STEERED = LazyPattern(
    _STEERED_STAFF,
    re.IGNORECASE,
)
#: The words every match of _STEERED holds one of (most lines hold none)
_STEERED_WORDS = (
    "staff", "employee", "desk", "receptionist", "associate", "officer", "manager", "clerk",
    "rep", "agent", "coordinator",
)  # fmt: skip


def pays_others_staff(text: str) -> bool:
    """Whether a line pays another business's staff for each customer they send it (a funeral
    home's staff per sympathy order, a pet store's per client): money spent to win customers,
    however the line reads otherwise ("staff referral" is the business's own hiring bonus
    elsewhere), and a bribe BA121 names (J17 of the forty-first round's re-review)."""
    lowered = text.lower()
    if not _per_customer_cue(lowered):
        return False  # most lines: a few substring checks, no pattern
    if not any(word in lowered for word in _STEERED_WORDS):
        return False
    return _STEERED.search(lowered) is not None


#: The words every match of _PER_CUSTOMER holds one of
_PER_CUSTOMER_CUES = ("per ", "each ", "every ", "/", "sent", "referr", "funded", "spiff")


def _per_customer_cue(lowered: str) -> bool:
    """Whether a line holds one of _PER_CUSTOMER_CUES, written out: a generator over them cost
    four times as much, asked of every line an operating term read (2026-12-07)."""
    return (
        "per " in lowered
        or "each " in lowered
        or "every " in lowered
        or "/" in lowered
        or "sent" in lowered
        or "referr" in lowered
        or "funded" in lowered
        or "spiff" in lowered
    )


@lru_cache(maxsize=4096)  # pure, and asked of every line: the same names recur in a batch
def gives_deciders(
    text: str,
    to_businesses: bool = False,
    licensed: bool = False,
    to_stores: bool = False,
    planners_refer: bool = False,
    attorneys_refer: bool = False,
) -> bool:
    """Whether a line's name (and note) gives something of value to those who award work on a
    principal's behalf. Most lines name none of them, and skip the patterns. A business that
    sells to businesses (``to_businesses``) gives its customers' buyers and chefs a gift when a
    line says it gives "buyers" one: they buy for their employer (N6 of the twenty-seventh
    round's re-review: "holiday gifts to buyers" escaped); a home's or a shop's buyers are the
    customers themselves, and a real-estate line's closing gift is theirs. A business that
    sells to stores whatever it declared (``to_stores``: sells_to_stores, a restaurant-declared
    bakery's slotting fees) gives its customers' buyers one too, but its chefs are its own (N2
    of the forty-third round, 2026-12-06). A licensed professional paid for each client sent
    (a vet, a doctor) is one too, unless the business is itself in a trade whose rules on
    paying for referrals BA114 applies (``licensed``). Where a customer source names planners
    or coordinators (``planners_refer``), a share of the fee or a price per booking paid to a
    planner is an outside one's (O9 of the forty-third round's re-review, 2026-12-06). Where
    the business is in no trade whose referral rules BA114 applies (``attorneys_refer``: not a
    law firm, which may divide a fee with another lawyer under Model Rule 1.5(e)), a referral
    fee paid to attorneys for the matters they send is one too (AT1 of the fifty-third round's
    re-review, :func:`_pays_attorneys`)."""
    if not licensed and _pays_professionals(text):
        return True
    if _pays_kitchen_staff(text, to_businesses):  # K2 of the 42nd round, and L1 of its re-review
        return True
    if _pays_planners(text, planners_refer):  # N3 of the 43rd round, O9 of its re-review
        return True
    if _pays_consultants(text):  # AO3 of the 52nd round
        return True
    if _pays_steering_agents(text):  # AS3 and AS4 of the 53rd round
        return True
    if attorneys_refer and _pays_attorneys(text):  # AT1 of the 53rd round's re-review
        return True
    if (
        (to_businesses and _TO_BUYERS.search(text))
        or ((to_businesses or to_stores) and _TO_STORE_BUYERS.search(text))
    ) and not _HOME_BUYERS.search(text):
        return _OWN.search(text) is None and _VALUE.search(text) is not None
    lowered = text.lower()
    if not (
        "board" in lowered
        or "manager" in lowered
        or "mgr" in lowered
        or "mgmt" in lowered
        or "management" in lowered
        or "admin" in lowered
        or "receptionist" in lowered
        or "assistant" in lowered
        or "purchasing" in lowered
        or "procurement" in lowered
        or "counsel" in lowered
        or "teacher" in lowered
        or "school" in lowered
        or "coach" in lowered
        or "caseworker" in lowered
        or "case worker" in lowered
        or "chair" in lowered
        or "committee" in lowered
        or "president" in lowered
        or "treasurer" in lowered
        or "secretar" in lowered
        or "officer" in lowered
        or "who " in lowered
        or "that " in lowered
        or "venue" in lowered
        or "hospital" in lowered
        or "kickback" in lowered
        or "disclosed" in lowered
        or "secret" in lowered
        or "coordinator" in lowered
        or "engineer" in lowered
        or "gc" in lowered
        or "contractor" in lowered
        or "client contact" in lowered
        or "decision" in lowered
        or "facilit" in lowered
        or "supervisor" in lowered
        or "superintendent" in lowered
        or "concierge" in lowered
        or "super" in lowered
        or "maintenance" in lowered
        or "supv" in lowered
        or "lead" in lowered
        or "forem" in lowered
        or "hr " in lowered
        or lowered.endswith("hr")
        or "buyer" in lowered
        or "dealer" in lowered  # a car dealer's service advisors (W1 of round 50's re-review)
        or "letting" in lowered  # a landlord's letting agent (AZ3 of the 58th round)
        or "managing agent" in lowered
        or "staff" in lowered
        or "associate" in lowered
        or "desk" in lowered
        or "loan officer" in lowered
        or "employee" in lowered
        or "official" in lowered
        or "dcma" in lowered
        or "contracting" in lowered
        or "federal" in lowered
        or "inspector" in lowered
        or "reviewer" in lowered
        or "clerk" in lowered
        or "marshal" in lowered
        or "facilities" in lowered
        or "fleet" in lowered
        or "bldg" in lowered
        or "building" in lowered
        or "client" in lowered
        or "customer" in lowered
        or "vp" in lowered
        or "vice president" in lowered
        or "director" in lowered
        or "cfo" in lowered
        or "coo" in lowered
        or "ceo" in lowered
        or "cio" in lowered
        or "strata" in lowered  # an owners corporation's manager (BB7 of the 59th round)
        or "corporat" in lowered
        or "bcm" in lowered
    ):
        return False
    # teachers who act for no school (a yoga or a private music teacher, a retired one) are
    # no one's agents: a referral fee to them is lawful (O10 of the forty-third round's
    # re-review, 2026-12-06)
    if _DECIDERS.search(text) is None or (
        "teacher" in lowered and _DECIDERS.search(_no_independent_teachers(text)) is None
    ):
        return False
    if _OWN.search(text) is not None and not _told_in_vain(text):
        return False
    # a pay rate is the business's own people's pay, unless it says it is for referrals
    # ("College counselor pay ($150/student)" at an admissions consultancy: R6 and S10 of the
    # thirty-seventh round's re-reviews)
    if "referr" not in lowered and _PAY_RATE.search(text) is not None:
        return False
    # a meal given to an association's board is a thing of value too: Florida's statute has
    # no exception for it (G17 of the twenty-fifth round, 2026-12-04: a lawn company's "HOA
    # board holiday lunch" was a funded acquisition channel, with no word said)
    given = (
        _gives_value(text)
        or (_BOARD.search(text) is not None and _MEAL.search(text) is not None)
        or treats_public_employees(text)
    )
    return given and not _federal_exception(text)


#: A public body or its officers, as a line names them beside its staff: not a business's own
#: "facilities staff", which the public patterns also read
_PUBLIC_BODY = LazyPattern(
    r"\b(?:school\s+district|district|county|city|state|town|township|municipal\w*|public"
    r"|government|agency|isd|inspectors?|plan\s+reviewers?|fire\s+marshals?|case\s?workers?"
    r"|bldg|building\s+department)\b",
    re.IGNORECASE,
)


def treats_public_employees(text: str) -> bool:
    """Whether a line gives a meal, drinks, golf, entertainment or hospitality to public
    employees who award, inspect or approve work, or to federal contracting staff (BB1 of the
    fifty-ninth round, 2026-12-07: an architect's "Client entertainment - school district
    facilities directors", and "Lunches - GSA contracting officers", got no word, where tickets
    to the same directors were warned about). A meal is a gift under the public employees'
    rules: the federal definition names "entertainment, hospitality ... meals" and leaves out
    only modest refreshments such as coffee and donuts offered other than as part of a meal (5
    CFR §2635.203(b) and (b)(1), read with the search tool on 2026-12-07), which
    :func:`_federal_exception` lets pass, with a meal stated at $20 or less a person
    (§2635.204(a)); North Carolina forbids a contractor to give gifts or favours to the public
    employees who award, administer or inspect its contracts, and the state's Attorney
    General read that to bar meals to a school system's employees who administer the
    contracts, except in limited cases such as meals at banquets (N.C. Gen. Stat. §133-32(a)
    and (d); N.C. Attorney General's opinion of 13 May 1993, both read with the search tool on
    2026-12-07). A meal to a private client's people is still not flagged (R11 of the thirtieth
    round's re-review). Most lines name no meal, and skip the patterns."""
    if _HOSPITALITY.search(text) is None:
        return False
    if _FEDERAL_NAMED.search(text) is not None:
        return True
    return _PUBLIC_NAMED.search(text) is not None and _PUBLIC_BODY.search(text) is not None


#: The examiner who tests a driving school's students, by the words a school uses: a road
#: tester, a driving or skills-test examiner, a third-party (or DMV) tester or examiner (K6 of
#: the fiftieth review round, 2026-12-06: "Cash to third-party road tester per student tested"
#: was read as cost of sales 'per student')
_EXAMINER = LazyPattern(
    r"\b(?:(?:road|driving|drive|drivers?|skills?|cdl|dmv|state|third[\s-]part(?:y|ies))[\s-]+"
    r"(?:road[\s-]+)?(?:tests?[\s-]+|testing[\s-]+)?(?:testers?|examiners?))\b",
    re.IGNORECASE,
)
#: ...given cash, a gift, a tip, a bonus, or paid per student or per pass (not a wage alone)
_TO_EXAMINER = LazyPattern(
    r"\b(?:cash|gifts?|gift\s*cards?|tips?|bonus(?:es)?|kickbacks?|bribes?|spiffs?"
    r"|per\s+(?:student|pass|test|applicant)\w*|each\s+(?:student|pass|applicant)\w*"
    r"|for\s+(?:each|every)\s+(?:student|pass|applicant)\w*)\b",
    re.IGNORECASE,
)
#: ...a treat or a present, as a school words it (B7 of the fiftieth round's re-review)
_EXAMINER_TREAT = LazyPattern(
    r"\b(?:drinks?|coffees?|presents?|tickets?|treats?|baskets?|wine|bottles?)\b", re.IGNORECASE
)
#: ...or a testing site that pays the school for the students it sends ("Referral fee received
#: from third-party testing site per student sent"): the other side of the same conflict
_TESTING_SITE = LazyPattern(
    r"\b(?:testing|test)\s+(?:sites?|centers?|centres?|facilit(?:y|ies)|compan(?:y|ies)"
    r"|locations?|providers?)\b",
    re.IGNORECASE,
)
_FROM_SITE = LazyPattern(
    r"\b(?:referral\s+fees?|finder'?s?\s+fees?|kickbacks?|commissions?|rebates?|bonus(?:es)?"
    r"|per\s+student\s+(?:sent|referred)|received|from)\b",
    re.IGNORECASE,
)
#: ...where the line is a driving school's (a software tester paid per test is none)
_DRIVING_CUES = ("driv", "road", "student", "cdl", "permit", "licen", "dmv", "behind")


@lru_cache(maxsize=4096)
def pays_examiners(text: str) -> bool:
    """Whether a line pays the examiner who tests the business's students, or is paid by a
    testing site for the students it sends: K6 of the fiftieth review round, 2026-12-06. An
    examiner, a state's or a third party's licensed to test for it, decides for the state
    whether a student passes; money between the school and the one who tests its students is
    a benefit to one who acts for a principal (commercial bribery, N.Y. Penal Law §180.00, Cal.
    Penal Code §641.3) and a conflict states' third-party testing programmes forbid (their
    sections not verified in the time: asked). For CDL skills tests, FMCSA described a
    third-party examiner's testing of applicants they had trained as prohibited under its rules
    (49 CFR §383.75; its proposal to let states allow it, 84 Fed. Reg. 32689, 9 July 2019, checked
    with the search tool). A testing site's own fee for a test is not this, nor an examiner's
    wage alone."""
    lowered = text.lower()
    if not ("test" in lowered or "examin" in lowered):
        return False  # most lines
    if not any(cue in lowered for cue in _DRIVING_CUES):
        return False
    if _EXAMINER.search(text) and (
        _TO_EXAMINER.search(text)
        # ...or a meal, drinks or a present ("Lunch for the DMV examiner": B7 of the fiftieth
        # round's re-review, 2026-12-06, got no BA121; anything of value given to one who
        # acts for a principal, N.Y. Penal Law §180.00, not cash alone)
        or _MEAL.search(text)
        or _EXAMINER_TREAT.search(text)
    ):
        return True
    return bool(
        _TESTING_SITE.search(text)
        and _FROM_SITE.search(text)
        and ("referr" in lowered or "received" in lowered or "kickback" in lowered
             or "commission" in lowered or "rebate" in lowered or "finder" in lowered)
    )  # fmt: skip


#: Words that say those given something refer or send customers
_REFERRING = LazyPattern(
    r"\b(?:refer|refers|referred|referring|referrals?|recommend|recommends|recommended"
    r"|recommending|send|sends|sent|sending|finder'?s?)\b",
    re.IGNORECASE,
)


def pays_for_referring(name: str) -> bool:
    """Whether a line BA121 reads (with no profile's setting) gives those who award work
    for another something for referring or sending customers: "Gift cards for teachers
    referring students" buys the referrals it names, as "Gift cards to teachers who refer
    students", which the channel vocabulary's "who refer" joins to the referrals, does (O11 of
    the forty-third round's re-review, 2026-12-06: the verb form had been a channel of its own,
    with no customers, its $900 charged to the CAC of customers it did not bring). Most lines
    name no referring, and skip the deciders' patterns."""
    lowered = name.lower()
    if not any(cue in lowered for cue in ("refer", "recommend", "send", "sent", "finder")):
        return False
    # ...and so does a fee to a physician or a physicians' group for each patient they refer,
    # whatever rule warns about it: "Marketing fee to Ortho Associates ($40/referred patient)"
    # had been a channel of its own with no customers, beside the 620 "orthopedic referrals"
    # it pays for (AW7 of the fifty-fifth round's review, 2026-12-07)
    return (
        gives_deciders(name, licensed=True) and _REFERRING.search(name) is not None
    ) or pays_physicians_per_referral(name)


#: Cash and its equivalents, which no exception of the federal gift rules allows
_CASH = LazyPattern(
    r"\b(?:cash|gift\s*cards?|visa|amex|mastercard|prepaid|starbucks|amazon|checks?|venmo"
    r"|zelle)\b",
    re.IGNORECASE,
)
#: A value stated for each person: "$15 each", "($18/person)", "$12 pp", "$20 per employee"
_EACH = LazyPattern(
    r"\$\s?(\d+(?:\.\d\d)?)\s*(?:each|ea\b|pp\b|/\s*(?:person|employee|head)"
    r"|per\s+(?:person|employee|head|inspector|officer))",
    re.IGNORECASE,
)
#: Modest food and drink that is no meal: the federal rules do not count it as a gift
_REFRESHMENTS = LazyPattern(
    r"\b(?:coffee|donuts?|doughnuts?|bagels?|pastr(?:y|ies)|cookies?|refreshments?|soft\s+drinks?"
    r"|water|snacks?|muffins?)\b",
    re.IGNORECASE,
)


def _federal_exception(text: str) -> bool:
    """Whether a gift to federal employees, and to no one else, is one their rules allow: a
    non-cash gift stated at $20 or less a person (5 CFR §2635.204(a), which also caps a year's
    gifts from one source at $50), or modest refreshments that are no meal, which are no gift
    at all (§2635.203(b)(1): "soft drinks, coffee and donuts, offered other than as part of a
    meal"). A job shop's "$15 holiday tins - DCMA QAR ($15 each)" had been told "stop it"
    (S13 of the fortieth round's second re-review, 2026-12-06)."""
    if "$" not in text and _REFRESHMENTS.search(text) is None:
        return False
    if deciders_named(text) != {"federal"} or _CASH.search(text) is not None:
        return False
    if _PUBLIC_NAMED.search(_FEDERAL_NAMED.sub(" ", text)) is not None:
        return False  # a state's or a city's staff too, whose gift rules are their state's
    stated = [Decimal(found) for found in _EACH.findall(text)]
    if stated:
        # $20 an occasion, and $50 a year from one source: a gift the line says recurs is
        # held to the year too (J8 of the forty-first round's re-review: "Quarterly gifts to
        # DCMA inspectors ($20 each, 4 times a year)" had been let pass)
        return max(stated) <= 20 and max(stated) * _times_a_year(text) <= 50
    return (
        _REFRESHMENTS.search(text) is not None
        and _MEAL.search(text) is None
        and _A_GIFT.search(text) is None
    )


#: How often a line says a gift recurs
_TIMES = LazyPattern(
    r"\b(?P<n>\d+|twice|two|three|four)\s+times\s+a\s+year\b|\b(?P<word>quarterly|monthly"
    r"|weekly|bi-?weekly|twice\s+a\s+year|semi-?annual(?:ly)?|every\s+month|each\s+month"
    r"|every\s+quarter|each\s+quarter)\b",
    re.IGNORECASE,
)
_EVERY = {
    "quarterly": 4, "monthly": 12, "weekly": 52, "biweekly": 26, "bi-weekly": 26,
    "twice a year": 2, "semiannual": 2, "semi-annual": 2, "semiannually": 2,
    "semi-annually": 2, "every month": 12, "each month": 12, "every quarter": 4,
    "each quarter": 4,
}  # fmt: skip
_NUMBERS = {"twice": 2, "two": 2, "three": 3, "four": 4}


def _times_a_year(text: str) -> int:
    """How many times a year a line says its gift is given (1 where it says nothing)."""
    found = _TIMES.search(text)
    if found is None:
        return 1
    if found.group("n") is not None:
        n = found.group("n").lower()
        return int(n) if n.isdigit() else _NUMBERS[n]
    return _EVERY.get(" ".join(found.group("word").lower().split()), 1)


#: A gift other than food and drink, which refreshments beside it do not excuse
_A_GIFT = LazyPattern(r"\b(?:gifts?|baskets?|tickets?|trips?|tins?|bottles?|wine)\b", re.I)


def _pays_professionals(text: str) -> bool:
    """Whether a line pays a licensed professional for each client or patient sent (F2 of
    the thirty-seventh round); most lines name none, and skip the pattern."""
    lowered = text.lower()
    if not any(word in lowered for word in _PROFESSION_WORDS):
        return False
    return (
        _OWN.search(text) is None
        and _PROFESSIONAL_PAID.search(text) is not None
        and _RECRUITED.search(text) is None
    )


#: A planner the couple or the client hires (an event, a wedding or a party planner), not a
#: tool or a role that acts for the business (a media planner, a day planner, planner software)
_PLANNER = (
    r"(?<!financial\s)(?<!estate\s)(?<!retirement\s)(?<!media\s)(?<!production\s)"
    r"(?<!menu\s)(?<!meal\s)(?<!route\s)(?<!aisle\s)(?<!seating\s)(?<!floor\s)(?<!day\s)"
    r"\bplanners?(?:'s|s')?"
)
#: ...named as another's: planners in the plural ("paid to planners"), one the line pays or
#: thanks ("for the planner who booked us"), the couple's or client's, an outside or a
#: preferred one, or one paid a referral fee, a kickback or a finder's fee
_OUTSIDE_PLANNER = LazyPattern(
    r"\bplanners(?:')?\b"
    r"|\b(?:to|for|paid\s+to)\s+(?:the\s+|a\s+|each\s+|every\s+|any\s+)?(?:wedding\s+|event\s+"
    r"|party\s+)?planner\b"
    r"|\b(?:couples?'?|clients?'?|brides?'?|customers?'?)(?:'s)?\s+(?:wedding\s+|event\s+)?planner\b"
    r"|\b(?:outside|independent|third[\s-]party|external|referring|preferred|partner)\s+"
    r"(?:wedding\s+|event\s+|party\s+)?planner\b"
    r"|\b(?:referral\s+(?:fees?|commissions?|pay|payments?|rewards?)|kickbacks?|finder'?s?\s+fees?"
    r"|introducer\s+(?:fees?|commissions?))\b"
    # ...or paid what the line says the client is not told of
    r"|\b(?:undisclosed|non-?\s?disclosed|not\s+(?:yet\s+)?disclosed|never\s+disclosed|secret)\b",
    re.IGNORECASE,
)
#: ...paid for the booking: per booking, wedding or event, a share of the fee, a commission,
#: a referral fee or a kickback, or a card, cash or a gift for booking, referring or sending
_PAID_FOR_BOOKING = LazyPattern(
    # (and per signed contract: "Planners: $500 per signed contract", O9 of the round's
    # re-review, 2026-12-06, got BA106)
    r"\bper\s+(?:new\s+|signed\s+)?(?:bookings?|weddings?|events?|couples?|clients?|referrals?"
    r"|contracts?|date)\b|/\s*(?:booking|wedding|event|couple|referral)\b"
    r"|\b\d+(?:\.\d+)?\s*(?:%|percent)|\bcommissions?\b|\bkickbacks?\b|\bfinder'?s?\s+fees?\b"
    r"|\breferral\s+(?:fees?|commissions?|pay|payments?|rewards?)\b|\bintroducer\s+fees?\b"
    r"|\b(?:gifts?|gift\s*cards?|cash|visa|amex|mastercard|prepaid|starbucks|amazon|tickets?|spiffs?"
    r"|bonus(?:es)?|rewards?)\b(?=[^;]*(?:\b(?:who|that)\s+(?:book|books|booked|refer|refers"
    r"|referred|send|sends|sent|bring|brings|brought)\b|\bfor\s+(?:each\s+|every\s+|their\s+)?"
    r"(?:bookings?|booking\s+us|referrals?|referring|sending|weddings?\s+booked|events?\s+booked)\b"
    r"|\b(?:bookings?|weddings?|events?)\s+(?:they\s+)?(?:booked|referred|sent)\b))",
    re.IGNORECASE,
)
#: ...not the business's own planners or coordinators, on its payroll, nor pay a line says
#: the client is told of
_OWN_PLANNER = LazyPattern(
    r"\b(?:our|own|in-house|on-staff|staff|salar(?:y|ies)|wages?|payroll|w-?2|employees?"
    r"|hourly|hired\s+by\s+us)\b"
    rf"|{SAYS_TOLD}",
    re.IGNORECASE,
)
_PLANNER_NAMED = LazyPattern(_PLANNER, re.IGNORECASE)


#: A consultant who advises the clients the business wins: a practice management consultant,
#: a client's or a practice's consultant or adviser (AO3 of the fifty-second review round,
#: 2026-12-07: a medical billing company's "$2,000 per practice referred paid to practice
#: management consultant" passed as an unknown name)
_CONSULTANT = LazyPattern(
    r"\b(?:clients?|customers?|practices?)(?:'s?|s')?\s+(?:[\w-]+\s+)?"
    r"(?:consultants?|advis[eo]rs?)\b",
    re.IGNORECASE,
)
#: ...paid for each client, practice or account referred, or a referral or finder's fee
_PAID_PER_CLIENT = LazyPattern(
    r"\b(?:per|for\s+each|for\s+every|each)\s+(?:new\s+|referred\s+|signed\s+)?(?:practices?"
    r"|clients?|accounts?|physicians?|doctors?|providers?|groups?|referrals?)\b"
    r"|[$£€]\s?\d[\d.,]*\s*/\s*(?:practices?|clients?|accounts?|referrals?)\b"
    r"|\b(?:referral|finder'?s?)\s+(?:fees?|commissions?|bonus(?:es)?)\b|\bkickbacks?\b",
    re.IGNORECASE,
)
_SAYS_DISCLOSED_TO = LazyPattern(rf"{SAYS_TOLD}", re.IGNORECASE)


def _pays_consultants(text: str) -> bool:
    """Whether a line pays a consultant who advises the clients it wins (a practice management
    consultant) for each one referred, or a referral or finder's fee: where the consultant
    advises the client, an agent's benefit from a third party for the business it steers,
    without the principal's knowledge and consent, is commercial bribery (Cal. Penal Code
    §641.3; N.Y. Penal Law §180.00; Restatement (Third) of Agency §§8.02, 8.06, 2006). AO3 of
    the fifty-second review round, 2026-12-07: a billing company's fee per practice referred
    to the practices' consultant. Not the federal Anti-Kickback Statute's (Medicare does not
    pay for billing services); whether the consultant advises the client the line cannot say,
    so BA121 asks. Not a line that says the client is told."""
    lowered = text.lower()
    if "consult" not in lowered and "advis" not in lowered:
        return False  # most lines
    return bool(
        _CONSULTANT.search(text)
        and _PAID_PER_CLIENT.search(text)
        and not _SAYS_DISCLOSED_TO.search(text)
        and _OWN.search(text) is None
        # (not the business's own consultants: "Our practice consultants' commission per client")
        and _OURS.search(text) is None
    )


#: Those who steer their principal's business to a provider and are not planners: a company's
#: travel managers, coordinators or bookers and the executive or personal assistants who book
#: for their employer (AS4 of the fifty-third review round, 2026-12-07: a charter company's
#: "Secret commissions to corporate travel managers per booking (not disclosed to employer)"
#: had no finding while an event planner's 10% had BA121's); an insurer's adjusters, who
#: assign its claims, and a law firm's paralegals, legal assistants or attorneys' staff, who
#: send its cases (AS3 of the round: a private investigator's "Gifts to insurance adjusters
#: per claim assigned" and "Referral fee to paralegals per case referred" passed, and `plan`
#: said to recruit more paralegals)
_TRAVEL_BOOKERS = LazyPattern(
    r"\btravel\s+(?:managers?|mgrs?|coordinators?|bookers?|arrangers?|admins?)\b"
    r"|\b(?:executive|personal)\s+assistants?\b"
    # (AT6 of the fifty-third round's re-review, 2026-12-07: "Gift cards for EAs who book", in
    # capitals only: "ea" is also "each")
    r"|(?-i:\bEAs?\b)",
    re.IGNORECASE,
)
_ADJUSTERS = LazyPattern(
    r"\b(?:insurance\s+|claims?\s+|insurers?'?\s+)?adjusters?\b", re.IGNORECASE
)
_LEGAL_STAFF = LazyPattern(
    r"\bparalegals?\b|\blegal\s+(?:assistants?|secretar(?:y|ies))\b"
    r"|\b(?:law\s+firms?|attorneys?|lawyers?)(?:'s?|s')?\s+(?:staff|employees|assistants?"
    r"|secretar(?:y|ies)|paralegals?|office\s+staff)\b",
    re.IGNORECASE,
)
#: ...for the bookings, claims or cases they send, or in secret
_STEERED_FOR = LazyPattern(
    r"\b(?:per|each|every|for\s+each|for\s+every)\s+(?:new\s+)?(?:bookings?|trips?"
    r"|reservations?|claims?|cases?|referrals?|files?|assignments?)\b"
    # (AT6: "Gift cards - insurance adjusters w/ claim assignments")
    r"|\b(?:w/|with|for)\s*claims?\s+(?:assignments?|assigned|sent)\b"
    r"|\b(?:who|that)\s+(?:book|books|booked|send|sends|sent|refer|refers|referred|assign"
    r"|assigns|assigned|steer|steers)\b",
    re.IGNORECASE,
)
#: ...cues that the payment is for sending the work, or kept from the principal (a fee per
#: case alone may be a law firm's own paralegal's pay)
_FOR_SENDING_WORK = LazyPattern(
    r"\b(?:referr\w*|refers?|sent|send|sends|finder'?s?|kickbacks?|secret|undisclosed"
    r"|non-?\s?disclosed)\b|\bnot\s+(?:yet\s+)?disclosed\b|\bnever\s+disclosed\b",
    re.IGNORECASE,
)
#: Something of value given as a gift (what an adjuster is given: not a fee or a commission,
#: which a public adjusting firm pays its own adjusters per claim)
_GIFT_LIKE = LazyPattern(
    r"\b(?:gifts?|gift\s+cards?|cash|visa|amazon|starbucks|cards?|kickbacks?|tickets?"
    r"|spiffs?|tips?|rebates?|(?:referral|finder'?s?)\s+(?:fees?|pay|commissions?))\b",
    re.IGNORECASE,
)
#: ...or a fee or a commission (not a bonus or pay, which is the business's own people's)
_FEE_LIKE = LazyPattern(r"\b(?:fees?|commissions?)\b|[$£€]\s?\d", re.IGNORECASE)
#: ...not the business's own people, their pay, or a payment the principal is told of
_OWN_AGENTS = LazyPattern(
    r"\b(?:our|own|in-house|payroll|salar(?:y|ies)|wages?|w-?2|independent|staffing"
    r"|travel\s+desk)\b"
    rf"|{SAYS_TOLD}",
    re.IGNORECASE,
)
#: A company's travel managers (or a corporate client's travel coordinators, bookers or
#: arrangers), paid a commission however the line words it: "Commissions to corporate travel
#: managers", "Travel manager commissions", "Corp travel mgr comm." (the fifty-fourth round's
#: leftovers, part f, 2026-12-07: only "... per booking" had been flagged). A commission from
#: a supplier to a customer's agent is the secret commission of AS4 whatever its wording,
#: unless the line says the employer is told. Not a travel agent or agency, a reseller whose
#: commission is the trade's ordinary, disclosed pay ("Travel agent commissions"), nor the
#: business's own sales manager or sales team ("Commissions - corporate accounts (sales team)")
_TRAVEL_MANAGERS = LazyPattern(
    r"\btravel\s+(?:managers?|mgrs?)\b"
    r"|\b(?:corporate|corp|client|customer)s?'?\.?\s+travel\s+(?:coordinators?|bookers?"
    r"|arrangers?|admins?)\b",
    re.IGNORECASE,
)
#: ...a commission, as owners abbreviate it
_COMMISSION = LazyPattern(r"\bcommissions?\b|\bcomms?\b|\bcomm\.", re.IGNORECASE)
#: The words every match of the three patterns holds one of (most lines hold none)
_AGENT_WORDS = ("travel", "assistant", "adjuster", "paralegal", "legal", "attorney", "lawyer",
                "law firm")  # fmt: skip


def _pays_steering_agents(text: str) -> bool:
    """Whether a line pays an agent who steers their principal's business to the business (a
    company's travel manager or executive assistant who books for their employer, an insurer's
    adjuster who assigns claims, a law firm's paralegals or staff who send cases) for what
    they send: a benefit from a third party for what an agent does for their principal,
    without the principal's knowledge and consent, breaches the agent's duty (Restatement
    (Third) of Agency §§8.02 and 8.06, 2006) and is commercial bribery in most states (N.Y.
    Penal Law §180.00; Cal. Penal Code §641.3, whose 'employee' includes an agent,
    §641.3(d)(1)). AS3 and AS4 of the fifty-third review round, 2026-12-07, the reading of
    planners (:func:`_pays_planners`) extended to them. Where the business repairs cars, BA114
    already flags gifts to adjusters under Cal. Penal Code §551 (core.metrics.gives_adjusters)
    and takes the line first. Not the business's own assistants', paralegals' or adjusters'
    pay (a fee per claim or per case alone), nor a payment the line says the principal is
    told of."""
    lowered = text.lower()
    if not any(word in lowered for word in _AGENT_WORDS) and "EA" not in text:
        return False  # most lines: a few substring checks, no pattern
    if _OWN_AGENTS.search(text) is not None:
        return False
    # a commission to a company's travel manager, however worded (not only "per booking")
    if _TRAVEL_MANAGERS.search(text) and _COMMISSION.search(text):
        return True
    steered = _STEERED_FOR.search(text) or _FOR_SENDING_WORK.search(text)
    given = _GIFT_LIKE.search(text) is not None
    # AS4: per booking, or kept from the employer, a gift, a fee or a commission
    if steered and _TRAVEL_BOOKERS.search(text) and (given or _FEE_LIKE.search(text)):
        return True
    if steered and given and _ADJUSTERS.search(text):  # AS3: a gift per claim assigned
        return True
    if _LEGAL_STAFF.search(text):  # AS3: a fee for the cases they send
        return bool(_FOR_SENDING_WORK.search(text) and (given or _FEE_LIKE.search(text)))
    return False


#: Attorneys, lawyers or law firms named as the payee (AT1 of the fifty-third review round's
#: re-review, 2026-12-07)
_ATTORNEYS = LazyPattern(
    # (AT6 of the fifty-third round's re-review, 2026-12-07: "Atty referral fee - 10% of bill")
    r"\b(?:attorneys?|lawyers?|law\s+firms?|attys?|att'ys?)\b",
    re.IGNORECASE,
)
#: ...a share of what the client is billed ("10% of invoice")
_SHARE_OF_BILL = LazyPattern(
    r"\d\s?%\s*(?:of\s+)?(?:the\s+)?(?:invoices?|fees?|bills?|billings?|cases?|matters?)\b",
    re.IGNORECASE,
)
#: ...not money received from attorneys, nor the business's own lawyer's fees for its matters
_FROM_ATTORNEYS = LazyPattern(
    r"\b(?:from|received|receipts?|income|legal\s+fees?|retainers?|collections?)\b",
    re.IGNORECASE,
)
#: ...a bare share paid to them: "10% to referring attorneys"
_SHARE_TO = LazyPattern(r"\d\s?%\s+(?:paid\s+)?to\b", re.IGNORECASE)
#: The words every match of _ATTORNEYS holds one of (most lines hold none)
_ATTORNEY_WORDS = ("attorney", "lawyer", "law firm", "atty", "att'y")


def _pays_attorneys(text: str) -> bool:
    """Whether a line pays attorneys a referral fee, a finder's fee, a kickback or a share of
    the bill for the matters they send: a business that is no law firm (a private
    investigator, whose clients are attorneys who hire it for their own clients' matters) then
    pays the client's own agent for steering the client's work. An agent may take no benefit
    from a third party for what they do for their principal unless the principal is told and
    consents (Restatement (Third) of Agency §§8.02 and 8.06, 2006), and state commercial-bribery
    laws reach a benefit given to an agent without the principal's knowledge and consent (N.Y.
    Penal Law §180.00; Cal. Penal Code §641.3, §641.3(d)(1)). The lawyer's own rules agree:
    bar opinions let a lawyer accept a fee from a non-lawyer provider for referring a client
    only with the client's informed consent, a personal-interest conflict under Model Rule
    1.7(a)(2) and (b) (D.C. Bar Ethics Op. 361; Mass. Bar Ethics Op. 2024-4; Mo. Informal Op.
    2015-04; Va. LEO 1581, 1994), and some forbid it even then (Ohio Op. 2000-1 and Ariz. Op.
    98-09, as Phila. Bar Joint Op. 2000-100 reports them; not read here). Whether the client
    was told, the line does not say: BA121 asks. AT1 of the fifty-third review round's
    re-review, 2026-12-07: a PI agency's "Referral fee to attorneys 10% of invoice" had no
    finding, was its one funded channel, and `plan` said to recruit more. Not a line that says
    the client is told, nor a sponsorship, a dinner or a gift with no fee for sending work
    ("CLE seminar sponsorship for attorneys", "Attorney client appreciation dinner",
    "Holiday gifts - referring attorneys", which tests/test_rules.py keeps a referral
    channel's), nor money from attorneys or the business's own legal fees."""
    lowered = text.lower()
    if not any(word in lowered for word in _ATTORNEY_WORDS):
        return False  # most lines: a few substring checks, no pattern
    if _ATTORNEYS.search(text) is None or _LEGAL_STAFF.search(text) is not None:
        return False  # (a firm's paralegals or staff: _pays_steering_agents, AS3)
    if _OWN_AGENTS.search(text) is not None or _FROM_ATTORNEYS.search(text) is not None:
        return False
    if _FOR_SENDING_WORK.search(text) is None:
        return False
    # a fee, a commission, a kickback or a share of the bill, not a gift tied to no matter
    # ("Holiday gifts - referring attorneys", a thank-you, as the planners' reading leaves it)
    if "gift" in lowered or "holiday" in lowered:
        return False
    return bool(
        _FEE_LIKE.search(text)
        or "kickback" in lowered
        or _SHARE_OF_BILL.search(text)
        # a bare share to the attorneys who refer ("10% to referring attorneys"; AT6 of the
        # fifty-third round's re-review, 2026-12-07), not a discount to their clients
        or (
            _SHARE_TO.search(text) is not None
            and "off" not in lowered
            and "discount" not in lowered
        )
    )


#: ...the business's own people or their pay ("Client success advisor bonus per account")
_OURS = LazyPattern(
    r"\bour\b|\bemployees?\b|\bstaff\b|\bpayroll\b|\bbonus(?:es)?\b|\bsalar(?:y|ies)\b"
    r"|\bwages?\b|\bsuccess\b",
    re.IGNORECASE,
)


def _pays_planners(text: str, planners_refer: bool = False) -> bool:
    """Whether a line pays the planners a couple or a client hires for the bookings they
    bring: per booking, a share of the fee, a commission or a referral fee, or a card, cash or
    a gift for booking (N3 of the forty-third round, 2026-12-06: a venue's "Planner
    commissions (10% of venue fee, paid to planners)" and "Gift cards for planners who book us
    ($100 per booking)" were funded channels, with a footnote only). A planner the couple
    hires is their agent: a benefit from the venue for the booking that the couple is not told
    of breaches the agent's duty (Restatement (Third) of Agency §8.02, 2006; §8.06 on
    disclosure and consent) and falls under the states' commercial-bribery laws (N.Y. Penal
    Law §180.00; Cal. Penal Code §641.3). Not the business's own planners' pay or bonus, nor a
    fee the line says the client is told of; a holiday gift to planners, tied to no booking,
    is not read. Most lines name no planner, and skip the patterns.

    Where the profile's customer sources name planners (``planners_refer``), a share of the
    fee or a price per booking or contract paid to a planner is an outside planner's, whose
    couples the sources say they sent ("Planner commissions (10% of venue fee)": O9 of the
    round's re-review, 2026-12-06, passed once "paid to planners" was dropped); and a wedding
    or day-of coordinator paid a referral or finder's fee, or per booking, is the couple's
    agent as a planner is (Restatement (Third) of Agency §8.02, 2006): see
    :func:`_pays_coordinators`."""
    lowered = text.lower()
    if "planner" not in lowered:
        return "coordinator" in lowered and _pays_coordinators(text, planners_refer)
    return (
        _PLANNER_NAMED.search(text) is not None
        and _PAID_FOR_BOOKING.search(text) is not None
        and (
            _OUTSIDE_PLANNER.search(text) is not None
            or (
                planners_refer
                and ("%" in lowered or "percent" in lowered or "per " in lowered or "/" in lowered)
                and _SHARE_OR_RATE.search(text) is not None
            )
        )
        and _OWN_PLANNER.search(text) is None
        # a bonus is the business's own planners' pay, unless it is for referrals
        and ("bonus" not in text.lower() or "referr" in text.lower())
        # a meal alone is not flagged, as for other deciders (R11 of the thirtieth round's
        # re-review): "Planners' lunch & tour (per event)"
        and (_MEAL.search(text) is None or _MONEY.search(text) is not None)
    )


#: A share of a fee or a contract, or a price per booking, contract or referral: what a venue
#: pays an outside planner, not its own planner's commission on its bookings ("5% of
#: bookings"); the fee as venues name it, the rental, the hire, the invoice, the package or
#: its price (BA1 of the fifty-eighth round's re-review, 2026-12-07: "Planner commissions (10%
#: of rental)" was a funded channel and scored 90 "Strong" where "(10% of venue fee)" got
#: BA121), singular as "booking" is: "5% of rentals", like "of bookings", stays a venue's own
#: planner's commission on its sales
_SHARE_OR_RATE = LazyPattern(
    r"\b\d+(?:\.\d+)?\s*(?:%|percent)\s+of\s+(?:the\s+|each\s+)?(?:[\w-]+\s+)?(?:fees?"
    r"|contracts?|booking|rental|hire|invoice|package|price)\b(?!s)"
    r"|\bper\s+(?:new\s+|signed\s+)?(?:bookings?|contracts?|referrals?)\b"
    r"|/\s*(?:booking|contract|referral)\b",
    re.IGNORECASE,
)
#: A coordinator a couple or a client hires, or one outside the venue (a wedding, day-of,
#: event or party coordinator; not a venue's, a catering or a sales coordinator)
_COORDINATOR = LazyPattern(
    r"\b(?:wedding|day[\s-]of|event|party|independent|outside|third[\s-]party|external"
    r"|referring|preferred|couples?'?|clients?'?|brides?'?)\s+(?:(?:&|and)\s+(?:event|wedding)"
    r"\s+)?coordinators?\b",
    re.IGNORECASE,
)
#: ...whom the name says is the couple's, not the venue's: day-of, independent, outside
_COUPLE_S_COORDINATOR = LazyPattern(
    r"\b(?:day[\s-]of|independent|outside|third[\s-]party|external|referring|preferred"
    r"|couples?'?|clients?'?|brides?'?)\s+(?:[\w&-]+\s+){0,2}?coordinators?\b",
    re.IGNORECASE,
)
#: ...paid for sending the couple: a referral, finder's or introducer's fee, a kickback
_FOR_SENDING = LazyPattern(
    r"\b(?:referral\s+(?:fees?|commissions?|pay|payments?|rewards?)|finder'?s?\s+fees?"
    r"|kickbacks?|introducer\s+(?:fees?|commissions?))\b",
    re.IGNORECASE,
)
#: ...or for the booking itself
_FOR_BOOKING = LazyPattern(
    r"\bper\s+(?:new\s+|signed\s+)?(?:bookings?|referrals?|contracts?)\b"
    r"|/\s*(?:booking|referral|contract)\b"
    r"|\b(?:who|that)\s+(?:book|books|booked|refer|refers|referred|send|sends|sent)\b"
    r"|\bfor\s+(?:each\s+|every\s+)?(?:bookings?|referrals?|referring|sending)\b",
    re.IGNORECASE,
)


#: The words every match of _FOR_SENDING or _FOR_BOOKING holds one of
_PAID_CUES = ("referr", "finder", "kickback", "introducer", "per ", "/", "who ", "that ", "for ")


def _pays_coordinators(text: str, planners_refer: bool) -> bool:
    """Whether a line pays a wedding or an event coordinator a couple hires for sending the
    couple: a referral or finder's fee ("Wedding coordinator referral fees ($250 per
    booking)", "Finder's fee to wedding coordinators"), or per booking where the name says
    the coordinator is the couple's ("Day-of coordinators: $250 per booking") or the
    profile's sources name planners or coordinators (O9 of the forty-third round's re-review,
    2026-12-06). A coordinator the couple hires is their agent, as a planner is
    (Restatement (Third) of Agency §8.02, 2006). Not the venue's own coordinator's salary,
    wages, bonus or commission on its event sales ("Sales commissions - event
    coordinator"), nor a fee the line says the couple is told of."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _PAID_CUES):  # "Sales commissions - event coordinator"
        return False
    if _OWN_PLANNER.search(text) is not None or _COORDINATOR.search(text) is None:
        return False
    if "bonus" in lowered and "referr" not in lowered:
        return False  # the venue's own coordinators' pay
    if _FOR_SENDING.search(text) is not None:
        return True
    return _FOR_BOOKING.search(text) is not None and (
        planners_refer or _COUPLE_S_COORDINATOR.search(text) is not None
    )


#: Money or its equivalents, a share or a fee: what makes a planner's meal more than a meal
_MONEY = LazyPattern(
    r"[$£€%]|\b(?:cash|gift\s*cards?|visa|amex|prepaid|commissions?|fees?|kickbacks?|percent)\b",
    re.IGNORECASE,
)


_VENUE_FOOD_STAFF = (
    r"\bcatering\s+(?:managers?|mgrs?|directors?|coordinators?)\b"
    r"|\b(?:f\s?&\s?b|food\s+(?:and|&)\s+beverage)\s+(?:managers?|mgrs?|directors?)\b"
)
#: A customer's chefs, kitchen managers and catering managers, who choose the distributor a
#: kitchen buys from, or the DJ, florist or rental company a venue recommends (K2 of the
#: forty-second round, 2026-12-06: a food distributor's "Chef rebate - cash to kitchen managers
#: (2% of purchases)" was read as a rebate to the customer, its "Kitchen manager spiffs" as
#: selling, and a DJ's "Catering manager tips for referrals" as overhead, with no word said)
_KITCHEN_STAFF = LazyPattern(
    r"\b(?:(?:executive|head|sous)\s+)?chefs?\b|\bkitchen\s+(?:managers?|mgrs?)\b|"
    + _VENUE_FOOD_STAFF,
    re.IGNORECASE,
)
#: ...of whom a venue's catering and food-and-beverage managers, who recommend a DJ, a florist
#: or a rental company to its clients, are asked of every business; a kitchen's chefs and
#: kitchen managers only of one that sells to kitchens (L1 of the forty-second round's
#: re-review, 2026-12-06: a restaurant's own "Petty cash - kitchen manager" and "Chef vacation
#: cash-out" were called commercial bribery; the law needs another's employee or agent, Cal.
#: Penal Code §641.3, N.Y. Penal Law §180.00)
_VENUE_KITCHEN_STAFF = LazyPattern(_VENUE_FOOD_STAFF, re.IGNORECASE)
#: ...paid themselves: cash or its equivalents, a spiff, a kickback, a rebate to them, a fee;
#: a tip only where it is for referrals or orders (a kitchen's pooled tips are its own staff's)
_PAID_TO_KITCHEN = LazyPattern(
    r"\b(?:cash|spiffs?|kickbacks?|gift\s*cards?|visa|amex|prepaid\s+cards?|rebates?"
    r"|finder'?s?\s+fees?|referral\s+fees?)\b"
    r"|\b(?:tips?|gratuit(?:y|ies))\b(?=[^;]*\b(?:referrals?|referred|purchases?|orders?"
    r"|steer\w*|sent|sends?)\b)",
    re.IGNORECASE,
)
#: ...not the business's own kitchen's pay, tips or hiring, nor a distributor or a store named
#: for chefs (Chefs' Warehouse), nor a guest chef's fee
_OWN_KITCHEN = LazyPattern(
    r"\b(?:bonus(?:es)?|salar(?:y|ies)|wages?|payroll|pay|our|own|in-house|pooled|tip\s+pool"
    r"|staff|hiring|hires?|recruit\w*|warehouse|guest|uniforms?|knives|coats?"
    # the business's own money in its kitchen's hands, paid leave (L1 of the forty-second
    # round's re-review, 2026-12-06)
    r"|petty\s+cash|cash[\s-]?outs?|company\s+(?:cards?|amex|visa)|corporate\s+cards?"
    r"|p-?cards?|vacations?|pto)\b"
    r"|\bamex\b(?!\s+gift)",
    re.IGNORECASE,
)


#: An owner who is paid (the principal: "Rebates to chef-owner accounts"), a prize in an open
#: contest, a customers' loyalty scheme (L1 of the forty-second round's re-review)...
_OWNER_OR_OPEN = LazyPattern(
    r"\b(?:owners?|owned|prizes?|contests?|cook[\s-]?offs?|competitions?|loyalty)\b",
    re.IGNORECASE,
)
#: ...but not where the line pays per case, per order or a share of purchases: that is the
#: payment the statutes describe, whatever it is called ("Chef loyalty program - Visa cards
#: per case ordered": M1 of the round's second re-review, 2026-12-06)
_PER_PURCHASE = LazyPattern(
    r"\bper\s+(?:case|order|delivery|invoice)s?\b|\bcases?\s+ordered\b|\bof\s+purchases\b",
    re.IGNORECASE,
)


def _pays_kitchen_staff(text: str, to_kitchens: bool) -> bool:
    """Whether a line pays a customer's chefs, kitchen or catering managers themselves (cash,
    a spiff, a card, a rebate to them), not the customer under contract ("Volume rebates to
    restaurant groups (contract)") nor the business's own kitchen ("Chef salary", "Kitchen
    manager wages", "Staff tips (pooled)", "Petty cash - kitchen manager"), nor a chef-owner,
    who is the principal; most lines name none, and skip the patterns. Chefs and kitchen
    managers are a customer's only where the business sells to kitchens (``to_kitchens``: it
    sells to businesses): a restaurant's are its own (L1 of the forty-second round's
    re-review, 2026-12-06)."""
    lowered = text.lower()
    if not any(
        word in lowered
        for word in (
            ("chef", "kitchen", "catering", "f&b", "f & b", "beverage")
            if to_kitchens
            else ("catering", "f&b", "f & b", "beverage")
        )
    ):
        return False
    staff = _KITCHEN_STAFF if to_kitchens else _VENUE_KITCHEN_STAFF
    return (
        staff.search(text) is not None
        and _PAID_TO_KITCHEN.search(text) is not None
        and _OWN_KITCHEN.search(text) is None
        and (_OWNER_OR_OPEN.search(text) is None or _PER_PURCHASE.search(text) is not None)
        and _OWN.search(text) is None
    )


#: The words every licensed professional's name above holds one of
_PROFESSION_WORDS = (
    "vet", "physician", "doctor", "dentist", "pediatric", "chiropract", "optometr", "ophthalm",
    "pharmacist", "animal", "medical", "dental", "therapist",
)  # fmt: skip


#: Words of a pay rate: what a business pays its own people
_PAY_RATE = LazyPattern(r"\b(?:pay|wages?|salary|salaries|payroll)\b", re.IGNORECASE)


#: Cards that carry no value: a greeting is no gift card (R11 of the thirtieth round's
#: re-review: "Holiday greeting cards to GC project managers" was flagged, 100 → 79)
_NO_VALUE = LazyPattern(
    r"\b(?:greeting|thank[- ]?you|holiday|christmas|xmas|birthday|season'?s\s+greetings"
    # nor a business card (L1 of the forty-second round's re-review, 2026-12-06: "Brochures
    # and business cards for county caseworkers" was called a gift)
    r"|business)"
    r"\s+(?:cards?|notes?|letters?|e-?mails?)\b"
    # ...unless they carry money: "Hotel concierge thank-you cards (Visa)" (G3 of the
    # thirty-ninth round, 2026-12-05: passed, where "thank-you notes" had been flagged)
    r"(?![^;]*\b(?:visa|amex|mastercard|prepaid|gift\s+cards?|cash|starbucks|amazon|\$\s?\d))",
    re.IGNORECASE,
)
#: Words of thanks, which alone say no more than the meal they come with
_THANKS = LazyPattern(r"appreciation|thank[- ]?you", re.IGNORECASE)


def _gives_value(text: str) -> bool:
    """Whether a line gives something of value: not a greeting card, and not a meal only
    called an appreciation ("GC project manager appreciation lunch": a meal alone is not
    flagged, R11 of the thirtieth round's re-review)."""
    found = [m.group(0) for m in _VALUE.finditer(_NO_VALUE.sub(" ", text))]
    if not found:
        return False
    return not (_MEAL.search(text) and all(_THANKS.fullmatch(word) for word in found))


#: Grocery chains as lines and sources name them (N21 of the forty-third round read grocers
#: named "... Market" as stores; not checked beyond their names)
_CHAINS = (
    r"kroger|whole\s+foods|safeway|publix|wegmans|albertsons|sprouts|new\s+seasons"
    r"|fred\s+meyer|trader\s+joe'?s|h-e-b|harvest\s+market|central\s+market|fresh\s+market"
    r"|market\s+basket|natural\s+grocers|fresh\s+thyme"
)
#: Gifts to buyers or chefs, as a business that sells to businesses gives its customers' ones
_TO_BUYERS = LazyPattern(
    r"\b(?:gifts?|gift\s+cards?|baskets?|tickets?|appreciation)\s+(?:to|for)\s+(?:the\s+|their\s+)?"
    r"(?:buyers?|chefs?|kitchen\s+managers?|purchasers?)\b",
    re.IGNORECASE,
)
#: ...and a store's buyers, which a business that sells to stores gives (not its chefs, who
#: may be its own)
_TO_STORE_BUYERS = LazyPattern(
    # a buyer named by the store, the chain or the department they buy for, or after a dash
    # ("Gift cards to Harvest Market bakery buyer", "Gift card - grocery buyer", "Gift baskets
    # for grocery buyers": N2 of the forty-third round, 2026-12-06, a bakery's gift cards to
    # its grocery customer's buyer passed, and BA106 asked for their kind); not the business's
    # own buyers, nor consumers who buy ("gifts for our buyers", "online buyers", "top buyers
    # (loyalty)")
    # (a Visa, Amex, Mastercard, Starbucks, Amazon or prepaid card is a gift card: "Visa cards
    # to Harvest Market bakery buyer", "Starbucks cards - Kroger buyer", O8 of the round's
    # re-review, 2026-12-06, had BA106 ask their kind; and a category manager is the grocery
    # trade's buyer: "Holiday gift cards for Whole Foods category manager" read as keeping
    # customers)
    r"\b(?:gifts?|gift\s*cards?|baskets?|tickets?|appreciation|(?:visa|amex|mastercard|starbucks"
    r"|amazon|prepaid)(?:\s+gift)?\s*cards?)\s*(?:\bto\b|\bfor\b|-|\u2013"
    r"|\u2014|:)\s*(?:the\s+|their\s+)?(?:(?!(?:our|own|in-house|online|repeat|individual"
    r"|private|end|consumers?|top|loyal|vip|frequent|regular|bulk|holiday|walk-in"
    r"|cake|bread)\b)[\w'&.]+\s+){0,4}?(?:buyers?|category\s+(?:managers?|mgrs?))\b"
    # (nor mystery shoppers, whom the business pays to buy for it)
    r"(?!\s+of\b)(?![^;]*\b(?:loyal|mystery\s+shop))"
    # ...or before the gift, named by the store or its department ("Grocery buyer gift
    # baskets"; not "cake buyer gift cards", consumers)
    r"|\b(?:grocery|grocers?'?|supermarkets?|chain|category|deli|bakery|produce|dairy|frozen"
    r"|department|account)\s+buyers?'?\s+(?:holiday\s+|christmas\s+|xmas\s+|appreciation\s+)?(?:gifts?|gift\s*cards?"
    r"|baskets?|tickets?)\b"
    r"|\bcategory\s+(?:managers?|mgrs?)'?\s+(?:holiday\s+|christmas\s+|xmas\s+|appreciation\s+)?"
    r"(?:gifts?|gift\s*cards?|baskets?|tickets?)\b"
    # a store's or a department's managers paid for shelf space or placement, the standard
    # facts of commercial bribery (N.Y. Penal Law §180.00; Cal. Penal Code §641.3): "Gift
    # cards to store managers for shelf placement" (O8 of the round's re-review); not the
    # business's own store managers' pay
    r"|(?<!our\s)(?<!own\s)\b(?:store|department|dept|grocery|produce|bakery|deli)\s+"
    r"(?:managers?|mgrs?)\b(?=[^;]*\b(?:shelf|shelves|shelving|placements?|facings?"
    r"|end[\s-]?caps?|displays?|planograms?)\b)"
    r"(?![^;]*\b(?:bonus(?:es)?|salar(?:y|ies)|wages?|payroll|commissions?|incentives?)\b)"
    # ...and a grocery's managers, named by the store ("Gift cards to grocery store department
    # managers")
    rf"|\b(?:grocery|supermarket|grocer'?s?|{_CHAINS})\s+(?:stores?\s+)?(?:(?:department|dept)\s+)?"
    r"(?:managers?|mgrs?)\b"
    r"(?![^;]*\b(?:bonus(?:es)?|salar(?:y|ies)|wages?|payroll|commissions?|incentives?)\b)",
    re.IGNORECASE,
)
#: What only a supplier to stores pays: a store's slotting fees or allowances, free fills for
#: its shelves, a food broker's commission on the business's sales to grocers (N2 of the
#: forty-third round, 2026-12-06: a bakery declared a restaurant, selling to a grocery chain)
_SELLS_TO_STORES = LazyPattern(
    r"\bslotting\b|\bfree[\s-]+fills?\b"
    r"|\bfood\s+brok(?:ers?|erage)\b(?=[^;]*(?:\bcommissions?\b|\bfees?\b|%))",
    re.IGNORECASE,
)


#: A line that sells wholesale: its account manager, reps, samples or tastings for the
#: accounts, its accounts themselves (O8 of the forty-third round's re-review, 2026-12-06:
#: "Wholesale account manager", "Wholesale samples & tasting boxes for cafés"); not what a
#: restaurant buys wholesale (its club, its depot, its produce and supplies)
_SELLS_WHOLESALE = LazyPattern(
    r"^(?!.*\b(?:club|depot|costco|sysco|purchases?|supplies|supplier|ingredients?|produce"
    r"|inventory)\b)"
    r".*?\bwholesale\s+(?:[\w&]+\s+){0,2}?(?:accounts?|sales|samples?|reps?|representatives?"
    r"|tastings?|customers?|clients?|catalog(?:ue)?s?|line\s+sheets?|prospect\w*|buyers?"
    r"|trade\s+shows?)\b",
    re.IGNORECASE,
)
#: A customer source that names a grocery chain or a store account (O8 of the round's
#: re-review), as bakeries that sell to them write it; "farmers market" is a stall, no store
_CHAIN_SOURCE = LazyPattern(
    rf"\b(?:{_CHAINS}"
    r"|(?:grocery|supermarket|store|retail)\s+(?:chains?|accounts?|buyers?)"
    r"|chain\s+(?:stores?|accounts?)|grocers?'?\s+(?:accounts?|buyers?))\b",
    re.IGNORECASE,
)


def sells_to_stores(names: Iterable[str], sources: Iterable[str] = ()) -> bool:
    """Whether a profile's lines (``names``) pay what only a business that sells to stores
    pays: slotting fees, free fills, a food broker's commission; or sell wholesale (an
    account manager, samples for the accounts), or a customer source (``sources``) names a
    grocery chain. Such a business's customers' buyers buy for their employer, whatever
    industry it declared (a bakery declared a restaurant that sells to a grocery chain: N2 of
    the forty-third round, 2026-12-06, and O8 of its re-review); a restaurant that sells to
    diners pays none of them, and buys wholesale, not sells. Most lines name none, and skip
    the patterns."""
    return any(
        (
            ("slotting" in lowered or "fill" in lowered or "broker" in lowered)
            and _SELLS_TO_STORES.search(name) is not None
        )
        or ("wholesale" in lowered and _SELLS_WHOLESALE.search(name) is not None)
        for name in names
        if (lowered := name.lower())
    ) or any(
        any(cue in (lowered := source.lower()) for cue in _CHAIN_CUES)
        and _CHAIN_SOURCE.search(lowered) is not None
        for source in sources
    )


#: The words every match of _CHAIN_SOURCE holds one of (most sources hold none)
_CHAIN_CUES = (
    "kroger", "foods", "safeway", "publix", "wegmans", "albertsons", "sprouts", "seasons",
    "meyer", "trader", "h-e-b", "market", "grocer", "thyme", "chain", "store", "retail",
    "supermarket",
)  # fmt: skip


#: The buyers of a home, who are a real-estate business's clients
_HOME_BUYERS = LazyPattern(
    # (not "home" alone: "gift baskets for buyers (Home Depot, Lowe's)" are a maker's
    # customers' buyers, P4 of the twenty-seventh round's last check)
    # (nor a settlement's or a conveyance's: "Settlement thank-you gifts - buyers & vendors",
    # a closing gift read once a buyer could be named after a dash, N2 of the forty-third round)
    r"\b(?:closing|home\s*buyers?|house|first[- ]time|realtors?|listings?|move[- ]in|escrow"
    r"|settlements?|conveyanc\w*)\b",
    re.IGNORECASE,
)
#: An association's board, whose members may accept nothing of value from its vendors
_BOARD = LazyPattern(
    rf"\b(?:{_ASSOCIATIONS})\s+(?:board|directors?)\b",
    re.IGNORECASE,
)
#: A meal, a drink or a round, as lines name them: what a gift's patterns leave out (and what
#: core.metrics reads, with gifts, as a treat for those who refer)
MEALS = (
    r"lunch(?:es)?|dinners?|meals?|breakfasts?|brunch(?:es)?|catering|happy\s+hours?|drinks|golf"
    r"|outings?"
)
_MEAL = LazyPattern(rf"\b(?:{MEALS})\b", re.IGNORECASE)
#: A meal, a drink, a round of golf or an outing, entertainment or hospitality
_HOSPITALITY = LazyPattern(
    rf"\b(?:{MEALS}|entertain(?:ment|ing)|hospitality|receptions?)\b", re.IGNORECASE
)
#: (an association's community manager, flagged only where paid for the work: F17 of the
#: thirty-eighth review round and its re-review)
_ASSOCIATION = LazyPattern(
    r"\b(?:hoa|poa|coa|condo\w*|association|board\s+members?|community\s+managers?)\b", re.I
)
_SCHOOL = LazyPattern(
    r"\b(?:counsel+ors?|teachers?|hs|high(?!-rise)|middle\s+school|elementary)\b", re.IGNORECASE
)
#: A school that is no public body: its teachers are a private employer's agents, whom
#: commercial bribery's laws reach and their employer's consent cures (N.Y. Penal Law
#: §180.00; Cal. Penal Code §641.3), not public employees (O10 of the forty-third round's
#: re-review, 2026-12-06: "Gift cards to private school teachers who refer students" was
#: told public employees' gift rules)
_PRIVATE_SCHOOL = LazyPattern(
    r"\b(?:private|parochial|catholic|christian|montessori|waldorf|prep(?:aratory)?)\s+"
    r"(?:[\w-]+\s+)?(?:schools?|academy|academies|hs|high\s+schools?|day\s+schools?)\b",
    re.IGNORECASE,
)
#: Teachers who act for no school: a private or an independent teacher, a retired or a
#: former one, a yoga, dance, swim or piano teacher (O10 of the forty-third round's
#: re-review, 2026-12-06: "Gift cards to yoga teachers who refer students" was told public
#: employees' gift rules, and the line withdrawn as a channel; the README excludes
#: "independent teachers"); not a private school's, who are read above
_INDEPENDENT_TEACHERS = LazyPattern(
    r"\b(?:private(?!\s+(?:schools?|academy|academies|hs|high|middle|elementary|day)\b)"
    r"|independent|retired|former|freelance|self-employed|yoga|pilates|barre|piano|guitar"
    r"|violin|cello|drums?|voice|vocal|singing|dance|ballet|swim(?:ming)?|martial[\s-]arts?"
    r"|karate|taekwondo|tennis|golf|ski|surf|riding|cooking|meditation)\s+(?:[\w-]+\s+)?"
    r"teachers?(?:'|\b)",
    re.IGNORECASE,
)
#: ...and an art teacher, unless the line names a school or its classroom's flyers (K6 of the
#: forty-second round: "Gift cards to art teachers for flyers" hand them to their pupils)
_ART_TEACHERS = LazyPattern(r"\bart\s+teachers?(?:'|\b)", re.IGNORECASE)
_A_SCHOOL = LazyPattern(
    r"\b(?:schools?|hs|ms|high|middle|elementary|district|isd|classroom|flyers?|fliers?"
    r"|brochures?|handouts?)\b",
    re.IGNORECASE,
)


def _no_independent_teachers(text: str) -> str:
    """A line's text without the teachers who act for no school (O10 of the forty-third
    round's re-review), so that only a school's are read as deciders."""
    lowered = text.lower()
    if any(cue in lowered for cue in _INDEPENDENT_CUES):  # most teachers are named by none
        text = _INDEPENDENT_TEACHERS.sub(" ", text)
    if "art " not in lowered or _A_SCHOOL.search(text):
        return text
    return _ART_TEACHERS.sub(" ", text)


#: The words every match of _INDEPENDENT_TEACHERS holds one of
_INDEPENDENT_CUES = (
    "private", "independent", "retired", "former", "freelance", "self-employed", "yoga",
    "pilates", "barre", "piano", "guitar", "violin", "cello", "drum", "voice", "vocal", "singing",
    "dance", "ballet", "swim", "martial", "karate", "taekwondo", "tennis", "golf", "ski", "surf",
    "riding", "cooking", "meditation",
)  # fmt: skip
#: ...and of _PRIVATE_SCHOOL
_PRIVATE_CUES = (
    "private", "parochial", "catholic", "christian", "montessori", "waldorf", "prep",
)  # fmt: skip


def _private_school(text: str) -> bool:
    """Whether a line names a private school (most name none, and skip the pattern)."""
    lowered = text.lower()
    return any(cue in lowered for cue in _PRIVATE_CUES) and _PRIVATE_SCHOOL.search(text) is not None


#: Public employees named by their school's work: a public school's teachers, counsellors,
#: principals, coaches and band directors
_SCHOOL_STAFF = LazyPattern(
    r"\b(?:teachers?|counsel+ors?|principals?|school|hs|district|coach(?:es)?"
    r"|band\s+directors?)\b",
    re.IGNORECASE,
)
_DISCLOSED = LazyPattern(SAYS_DISCLOSED, re.IGNORECASE)


def _told_in_vain(text: str) -> bool:
    """Whether all that would cure a line is that it says it is disclosed, to public
    employees whose gift rules hold whether or not their employer is told: a federal
    employee's (5 CFR §2635.204(a); R6 of the fortieth round's re-review), a public school's
    teachers and counsellors, a public body's staff and a public agency's caseworkers (Fla.
    Stat. §112.313(4); N.C. Gen. Stat. §133-32, which forbids a contractor's gift to a public
    employee whatever the employer knows; O1 of the forty-third round's re-review,
    2026-12-06: "Gift cards to teachers who refer students (disclosed to school)" was
    silent). An association's board, a private school's teachers or a business's agent may
    still be cured by their principal's knowledge (N.Y. Penal Law §180.00 and Cal. Penal Code
    §641.3 reach a benefit given without it)."""
    if "disclosed" not in text.lower() or _OWN.search(_DISCLOSED.sub(" ", text)) is not None:
        return False  # not disclosed, or the business's own or independent people besides
    if _FEDERAL_NAMED.search(text) is not None or _PUBLIC_NAMED.search(text) is not None:
        return True
    return _SCHOOL_STAFF.search(_no_independent_teachers(text)) is not None and not _private_school(
        text
    )


_PUBLIC_NAMED = LazyPattern(_PUBLIC, re.IGNORECASE)
_CASEWORKERS = LazyPattern(r"\bcase\s?workers?\b", re.IGNORECASE)
_FEDERAL_NAMED = LazyPattern(_FEDERAL, re.IGNORECASE)


def deciders_named(text: str) -> frozenset[Decider]:
    """Which deciders a flagged line names, so that BA121 quotes the laws that reach them: an
    association's board (Florida's HOA statute), a school's counsellors (public employees'
    gift rules), a licensed professional paid for referring (California's §650), or others
    (commercial bribery alone); a public agency's caseworkers are public employees named
    apart, as they place families and award no bids (L15 of the forty-second round's
    re-review, 2026-12-06); a letting or a managing agent is named apart too, as the landlord,
    its principal, is the one to be told (BA4 of the fifty-eighth round's re-review,
    2026-12-07)."""
    found: set[Decider] = set()
    if _ASSOCIATION.search(text):
        found.add("association")
    if _SCHOOL.search(
        _no_independent_teachers(text) if "teacher" in text.lower() else text
    ) and not _private_school(text):  # a private school's are its agents (O10)
        found.add("school")
    if _FEDERAL_NAMED.search(text):
        found.add("federal")
    elif _PUBLIC_NAMED.search(text):
        found.add("public")
        if _CASEWORKERS.search(text):  # who place families, and award no bids (L15)
            found.add("caseworker")
    if _PROFESSIONAL_PAID.search(text):
        found.add("professional")
    # (the line is flagged: a planner paid for bookings is an outside one, as a profile whose
    # sources name planners reads it, O9 of the round's re-review)
    if _pays_planners(text, True):  # the couple's or the client's agent (N3 of the 43rd round)
        found.add("planner")
    # a letting or a managing agent, the landlord's agent (BA4 of the 58th round's re-review)
    if ("agen" in text.lower() or "landlord" in text.lower()) and _LETTING_AGENT.search(text):
        found.add("letting")
    if pays_examiners(text):  # the examiner who tests the school's students (K6, 50th round)
        return frozenset({"examiner"})
    if _pays_consultants(text):  # the clients' own consultant (AO3 of the 52nd round)
        return frozenset({"consultant"})
    if _pays_steering_agents(text):  # an employer's or an insurer's agent (AS3, AS4, 53rd)
        return frozenset({"agent"})
    if _pays_attorneys(text):  # the client's own attorney (AT1 of the 53rd round's re-review)
        return frozenset({"attorney"})
    if favours_police(text):  # a tow company's favours to police officials (AL15, 51st round)
        return frozenset({"police"})
    return frozenset(found or {"other"})


#: The Australian states and the Canadian province whose own law the findings quote, as a
#: profile's lines, sources or name give them away (a state's workers' compensation scheme or
#: building regulator, its abbreviation or its capital): BB6 and BB7 of the fifty-ninth round,
#: 2026-12-07, where a Brisbane electrician ("WorkCover QLD", "Licences - QBCC") was told of
#: New South Wales's Crimes Act and an Ottawa mover ("WSIB premiums") of the US realtors' code
_REGIONS: dict[str, tuple[tuple[str, LazyPattern], ...]] = {
    "AUD": (
        (
            "QLD",
            LazyPattern(
                r"\b(?:qld|queensland|qbcc|brisbane|gold\s+coast|sunshine\s+coast|townsville"
                r"|cairns|toowoomba|ipswich)\b",
                re.IGNORECASE,
            ),
        ),
        (
            "NSW",
            LazyPattern(
                r"\b(?:nsw|new\s+south\s+wales|sydney|safework\s+nsw|icare\s+nsw)\b", re.IGNORECASE
            ),
        ),
        (
            "other",
            LazyPattern(
                r"\b(?:vic|victoria|melbourne|worksafe|tasmania|hobart|adelaide|perth|canberra"
                r"|darwin|south\s+australia|western\s+australia|northern\s+territory)\b",
                re.IGNORECASE,
            ),
        ),
    ),
    "CAD": (
        (
            "ON",
            LazyPattern(
                r"\b(?:ontario|ont\.|ottawa|toronto|mississauga|brampton|wsib|tarion)\b",
                re.IGNORECASE,
            ),
        ),
        (
            "other",
            LazyPattern(
                r"\b(?:bc|british\s+columbia|worksafebc|vancouver|victoria|alberta|calgary"
                r"|edmonton|quebec|québec|montr[eé]al|cnesst|manitoba|winnipeg|saskatchewan"
                r"|regina|saskatoon|nova\s+scotia|halifax|new\s+brunswick|newfoundland|pei)\b",
                re.IGNORECASE,
            ),
        ),
    ),
}


def owners_region(names: Iterable[str], currency: str) -> str | None:
    """The Australian state ("QLD", "NSW") or the Canadian province ("ON") a profile kept in
    ``currency`` names in ``names`` (its lines, their notes, its sources, its name), where it
    names that one and no other; None for another currency, for none named, or for more than
    one (BB6 and BB7 of the fifty-ninth round, 2026-12-07). Asked once a profile, and only of
    one kept in dollars of Australia or Canada."""
    regions = _REGIONS.get(currency)
    if regions is None:
        return None
    text = " ; ".join(names)
    found = [region for region, pattern in regions if pattern.search(text) is not None]
    return found[0] if len(found) == 1 and found[0] != "other" else None

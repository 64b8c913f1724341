"""A law firm's payments to runners: those paid to find accident victims and steer them to it.

ABA Model Rule 7.2(b) forbids a lawyer to give anything of value to a person for recommending
the lawyer's services, and BA114 quotes it of any line that pays those who send cases. A
payment to a runner (a tow-truck driver, a body shop's manager or staff, a hospital's or an
emergency room's staff, anyone paid to bring the firm accident victims) is more than a breach
of the rules of conduct where a state makes it a crime. Texas does: its barratry statute makes
it an offence, with intent to obtain an economic benefit, to pay or give or offer to pay or
give a person money or anything of value to solicit employment (Tex. Penal Code §38.12(a)(4)),
and for a professional knowingly to accept employment that results from such solicitation
(§38.12(b)(3)); conduct the Texas Disciplinary Rules of Professional Conduct authorise is
excepted (§38.12(c)). The section's text was read with the search tool (pages corpus: the
statute as lawserver.com and saputo.law reprint it, and H.B. 3194 of the 79th Legislature,
which quotes subsections (a) to (d)), 2026-12-07; saputo.law's page says the section has not
been amended since 2013 (a 2025 bill, H.B. 2733 of the 89th Legislature, proposed amending
(a)(2) and (d), not (a)(4); whether it passed was not checked). California makes it unlawful to
act as a runner or capper for a lawyer, a runner or capper being anyone acting for
consideration as a lawyer's agent in soliciting or procuring business (Bus. & Prof. Code
§§6151-6152; read the same day in the statutes' reprint on statutes.laws.com, and described as
existing law by a summary of a 2025-26 California bill). No other state's statute was read:
the text says "other states" only as "such as California".

Which lines: one that names a runner, a capper or a steerer, with a payment or the cases it is
for (not a court runner who files papers); or one that pays money, a cash equivalent (a gift
card, a store or brand card), a fee, a bonus or a price per case to those who meet accident
victims first (tow-truck and wrecker drivers, a body shop's managers or staff, a hospital's, an
emergency room's or an ambulance's staff, EMTs and paramedics, police officers). A holiday
basket or a lunch for them is no payment to a runner, and Rule 7.2(b)'s reading of it stands
(a nominal thank-you, asked); a division of a fee with a referring lawyer (Rule 1.5(e)) and the
firm's own intake staff's pay name no runner. The leftover of the fifty-sixth round this
mends (the fifty-seventh round, part j, 2026-12-07): "Cash to tow truck drivers per signed
case" was quoted the rules on lead generators, and "Runner fees - body shop managers" and "ER
staff referral cash" were read as overhead with no finding at all.

The places as well as the people (AY1 of the same round, part j3, 2026-12-07): a payment to a
tow yard, a towing company or a tow truck, a wrecker service, a body shop or collision centre,
a hospital or its emergency room, or an ambulance company, where the line says it is for the
cases they send (a referral, a kickback, cash or a cash-like card, a price per case or per
lead); an "ER liaison", or a "hospital liaison" the line places in the ER or pays by the case;
and "wreck leads" bought from those at an accident's scene. "Tow yard referral payments" and
"Hospital liaison - Memorial Hermann ER" had had no finding, and had been priced as the firm's
cheapest channels, and "Tow truck referral fees" and "Body shop referral fees" had been
quoted Rule 7.2(b) without the runners' laws. What a firm buys from those places on a case
stays as it was: a client's car towed or stored, a body shop's estimate (evidence), a
hospital's records or the negotiation of its lien. That runners work through tow-truck and
wrecker drivers, EMTs, hospital workers and body shop mechanics, and pose as investigators, is
how Texas lawyers describe barratry (flemingattorneys.com, "Illegal Solicitation of Accident
Victims"; thomasjhenrylaw.com on a body shop's mechanic; a 2012 New York Times report quoted by
pissd.com on runners approaching victims at hospitals: read with the search tool, pages corpus,
2026-12-07); they are practitioners' and a newspaper's accounts of practice, not law, and no
new law is cited here.

A plain "Hospital liaison" (no ER named, no pay by the case) is asked (``asks_of_liaison``; the
fifty-eighth round, part p, 2026-12-07): in a personal-injury firm, one who works the hospitals
for it is there to meet accident victims, which is what a runner does, but the line does not
say how it works or is paid, so BA114 quotes the runners' laws as a question to check, not a
stop. One who fetches records or negotiates liens says so ("Hospital liaison - records") and
is not asked. In a health-care trade a hospital liaison cultivates referrals lawfully, and none
of this is read there (only a law firm's lines are put to it). "A&E" is read as "ER" is, and a
firm kept in pounds has the same lines read as referral fees for personal-injury work under
LASPO 2012, s.56 (core.metrics; the rule is the vertical's, data/verticals.toml).

The firm's own staff paid by the case ("Intake staff bonus per signed case") are no third party,
no lead generator and no runner (``pays_own_staff``; the same part). ABA Model Rule 5.4(a)(3)
lets a lawyer or law firm include nonlawyer employees in a compensation or retirement plan,
even though the plan is based in whole or in part on a profit-sharing arrangement (its text as
the Philadelphia Bar Association's Ethics Opinion 2004-3 and the ABA's "Bonuses and nonlawyer
employees", 2017, quote it; that page also cites ABA Informal Opinion 1440, 1979: an
administrator's pay tied to the firm's profits, not to particular fees, is allowed). What the
rules watch is pay that rewards staff for bringing in clients: NYSBA Ethics Opinion 917 (2012)
lets a firm pay a nonlawyer marketer a bonus by the number of clients advertising brought, not
calculated from their fees, and no fee for the referral or recommendation of a specific client;
Florida's Rule 4-5.4(a)(4) allows bonuses to nonlawyer employees but not based on the
generation of clients or cases the employee brought in. Read with the search tool (pages
corpus: philabar.org, americanbar.org, nysba.org, jac-law.com and jaxdailyrecord.com's reprint
of Florida Bar Ethics Opinion 02-1), 2026-12-07. So BA114 asks, in those words, where the line
pays its own staff by the case signed or for the clients they bring in; an outside intake
centre or a 1099 consultant paid by the case keeps the lead generator's text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bizaudit.model.lazy import LazyPattern

__all__ = ["OWN_STAFF_RULE", "asks_of_liaison", "pays_own_staff", "pays_runners"]

#: Words one of which a line paying runners names: most lines name none (cheap to test first)
_HINTS = (
    "runner",
    "capper",
    "steerer",
    "tow",
    "wrecker",
    "body",
    "hospital",
    "er ",
    "e.r.",
    "emergency",
    "a&e",
    "ambulance",
    "emt",
    "paramedic",
    "police",
    "liaison",
    "scene",
    "collision",
)

#: A runner by name: one paid to solicit cases
_RUNNER = LazyPattern(r"\b(?:runners?|cappers?|steerers?)\b", re.IGNORECASE)
#: ...not a court runner who files and fetches papers, nor a race's runners
_ERRANDS = LazyPattern(
    r"\b(?:court|courthouse|filings?|file|couriers?|process|service\s+of\s+process"
    r"|documents?|papers?|deliver\w*|errands?|records?|marathon|race|5k|10k|fun\s+run)\b",
    re.IGNORECASE,
)
#: Those who meet accident victims first and are paid to steer them to a firm
_STEERS = LazyPattern(
    r"\b(?:tow(?:[\s-]?truck)?\s+(?:drivers?|operators?|guys?)"
    r"|wreckers?(?:\s+(?:drivers?|operators?))?"
    r"|body\s*shops?\s+(?:managers?|mgrs?|owners?|staff|estimators?|employees?|techs?"
    r"|workers?|writers?)"
    r"|(?:hospital|er|e\.r\.|a&e|emergency\s+room|ambulance|ems)\s+(?:staff|nurses?|employees?"
    r"|orderl(?:y|ies)|workers?|techs?|clerks?|registrars?|personnel|attendants?)"
    r"|emts?|paramedics?|police\s+officers?|(?:police|911)\s+dispatchers?)\b",
    re.IGNORECASE,
)
#: Money or its equivalent, a fee, a bonus or a price for the cases: a payment, not a token
_PAID = LazyPattern(
    r"\b(?:cash|fees?|pay|paid|payments?|pmts?|commissions?|bonus(?:es)?|spiffs?|kickbacks?"
    r"|stipends?|bount(?:y|ies)|money|gift\s*cards?|gift\s+certificates?|vouchers?"
    r"|(?:visa|amex|american\s+express|master\s?card|discover|prepaid|amazon|starbucks|target"
    r"|walmart|home\s+depot|lowe'?s|costco|gas|fuel|store|restaurant)\s+(?:gift\s+)?cards?)\b"
    r"|\b(?:per|each|every|for\s+each)\s+(?:\w+\s+)?(?:case|cases|client|clients|referral"
    r"|referrals|wreck|wrecks|crash|crashes|accident|accidents|victim|victims|lead|leads"
    r"|signup|sign-up)\b|\$\s?\d|/\s*(?:case|client|referral|wreck|lead)\b",
    re.IGNORECASE,
)
#: The places, not the people, that meet accident victims first: a tow yard or towing company, a
#: wrecker service, a body shop or collision centre, a hospital or its emergency room, an
#: ambulance company. A firm may buy their services on a case (a client's car towed or stored,
#: a repair estimate as evidence, a hospital's records or lien), so a payment to them is a
#: runner's only where the line says it is for the cases they send (_FOR_CASES)
_PLACES = LazyPattern(
    r"\b(?:tow(?:ing)?(?:[\s-]?truck)?\s*(?:yards?|lots?|compan(?:y|ies)|services?|firms?"
    r"|operators?|businesses)|towing|tow[\s-]?trucks?|wreckers?|body\s*shops?|auto\s+body"
    r"|collision\s+(?:centers?|centres?|shops?)|hospitals?|er|e\.r\.|a&e|emergency\s+rooms?"
    r"|ambulances?(?:\s+(?:compan(?:y|ies)|services?))?|ems)\b",
    re.IGNORECASE,
)
#: ...paid for the cases they send: a referral's price, a kickback, cash or a cash-like card,
#: a price per case or per lead (not a bare "fee", which a tow, storage or estimate has too)
_FOR_CASES = LazyPattern(
    r"\b(?:referr\w*|kickbacks?|bount(?:y|ies)|spiffs?|finder'?s?\s+fees?|commissions?|cash"
    r"|leads?|sign-?ups?|signed\s+(?:cases?|clients?)|gift\s*cards?|gift\s+certificates?"
    r"|(?:visa|amex|american\s+express|master\s?card|prepaid|amazon|starbucks|target|walmart"
    r"|gas|fuel|store|restaurant)\s+(?:gift\s+)?cards?)\b"
    r"|\b(?:per|each|every|for\s+each)\s+(?:\w+\s+)?(?:case|cases|client|clients|referral"
    r"|referrals|wreck|wrecks|crash|crashes|accident|accidents|victim|victims|lead|leads"
    r"|signup|sign-up)\b|/\s*(?:case|client|referral|wreck|lead)\b",
    re.IGNORECASE,
)
#: ...unless what is given is a token (a basket, a lunch, a thank-you gift): Rule 7.2(b)(5)'s
#: nominal gift, which BA114 asks about, as it does of one to a runner's staff above
_TOKEN = LazyPattern(
    r"\b(?:gifts?(?!\s*(?:cards?|certificates?))|baskets?|lunch\w*|meals?|dinners?|breakfasts?"
    r"|thank[\s-]?you|holiday|cookies|flowers|appreciation|donuts?|pizza)\b",
    re.IGNORECASE,
)
#: One who works a hospital's emergency room or trauma bay for the firm: an "ER liaison", or a
#: "hospital liaison" where the line names the ER, or pays by the case
_LIAISON = LazyPattern(
    r"\b(?:er|e\.r\.|a&e|emergency(?:\s+room)?|trauma|hospital|ambulance|ems)\s+liaisons?\b",
    re.IGNORECASE,
)
_ER_LIAISON = LazyPattern(
    r"\b(?:er|e\.r|a&e|emergency(?:\s+room)?|trauma)\s*\.?\s+liaisons?\b"
    r"|\bliaisons?\b.*\b(?:er|e\.r|a&e|emergency|trauma)\b",
    re.IGNORECASE,
)
#: Those paid at the scene of a crash for the victims they bring: "wreck leads" bought from
#: "accident scene investigators" (a scene's photographs or an investigator's report on one
#: case are evidence, and say no leads)
_SCENE = LazyPattern(r"\b(?:accident|crash|wreck|collision)\s+scenes?\b", re.IGNORECASE)

#: ...or, with a runner named, the cases it brings
_CASES = LazyPattern(
    r"\b(?:cases?|clients?|accidents?|wrecks?|crash(?:es)?|victims?|scenes?|referr\w*|leads?"
    r"|signed|signups?|intakes?|hospitals?|er|tow\w*|body\s*shops?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # asked of a law firm's lines only, whose names recur in a batch
def pays_runners(name: str) -> bool:
    """Whether a law firm's line pays runners (module docstring): "Runner fees - body shop
    managers", "Cash to tow truck drivers per signed case", "ER staff referral cash", "Thank
    you Visa cards - body shop managers", "Tow yard referral payments", "Hospital liaison -
    Memorial Hermann ER", "Accident scene investigators - wreck leads"; not "Court runner
    service", "Holiday gift basket - body shop managers", "Lunch & learn - ER nurses",
    "Intake staff bonus per signed case", "Tow yard storage fees", "Body shop estimate" nor
    "Hospital lien negotiation"."""
    lowered = name.lower()
    if not any(hint in lowered for hint in _HINTS):
        return False
    if _RUNNER.search(name) is not None and _ERRANDS.search(name) is None:
        return _PAID.search(name) is not None or _CASES.search(name) is not None
    if _STEERS.search(name) is not None and _PAID.search(name) is not None:
        return True
    if _LIAISON.search(name) is not None:
        return (
            _ER_LIAISON.search(name) is not None
            or _PAID.search(name) is not None
            or _FOR_CASES.search(name) is not None
        )
    if _PLACES.search(name) is None and _SCENE.search(name) is None:
        return False
    if _FOR_CASES.search(name) is None:
        return False
    return _TOKEN.search(name) is None or _PAID.search(name) is not None


#: ...what a liaison does on a client's case, which names no runner: records, bills, liens
_CASE_WORK = LazyPattern(
    r"\b(?:records?|liens?|bill(?:s|ing)?|subrogation|medical\s+records?|chart\w*|billing)\b",
    re.IGNORECASE,
)
#: A hospital's liaison by name, whatever else the line says
_HOSPITAL_LIAISON = LazyPattern(r"\bhospitals?\s+liaisons?\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # asked of a law firm's lines only
def asks_of_liaison(name: str) -> bool:
    """Whether a law firm's line names a hospital liaison without what makes it a runner's pay
    (module docstring): "Hospital liaison", "Hospital liaison program"; not "Hospital liaison
    - Memorial Hermann ER" nor "Hospital liaison - $200 per signed case" (runners:
    ``pays_runners``), nor "Hospital liaison - medical records" (case work)."""
    if "liaison" not in name.lower():
        return False  # most lines
    if _HOSPITAL_LIAISON.search(name) is None or pays_runners(name):
        return False
    return _CASE_WORK.search(name) is None


#: What BA114 quotes of a law firm's own staff paid by the case (module docstring, with the
#: sources read)
OWN_STAFF_RULE = (
    "A firm's own employees are no third party: ABA Model Rule 5.4(a)(3) lets a lawyer or law "
    "firm include nonlawyer employees in a compensation or retirement plan, even one based in "
    "whole or in part on profit sharing (ABA Informal Opinion 1440, 1979: pay tied to the "
    "firm's profits, not to particular fees). What the rules watch is pay that rewards staff "
    "for bringing in clients: NYSBA Ethics Opinion 917 (2012) allows a bonus by the number of "
    "clients advertising brought, not calculated from their fees, and no payment for the "
    "referral or recommendation of a specific client; Florida's Rule 4-5.4(a)(4) allows "
    "bonuses to nonlawyer employees, but not based on the clients or cases they generate."
)


#: Words one of which a line paying the firm's own staff names (cheap to test first)
_STAFF_HINTS = ("staff", "employee", "paralegal", "intake", "team", "w-2", "w2", "in-house",
                "receptionist", "assistant", "case manager")  # fmt: skip
#: The firm's own people by name
_OWN_STAFF = LazyPattern(
    r"\b(?:staff|employees?|in-house|w-?2|paralegals?|case\s+managers?|legal\s+assistants?"
    r"|receptionists?|team\s+members?|intake\s+(?:specialists?|coordinators?|team|reps?"
    r"|representatives?|agents?|clerks?))\b",
    re.IGNORECASE,
)
#: ...not an outside vendor's or a contractor's
_OUTSIDE = LazyPattern(
    r"\b(?:call\s+cent(?:er|re)s?|services?|vendors?|agenc(?:y|ies)|compan(?:y|ies)|1099"
    r"|contractors?|consultants?|outsourced|answering|firms?|llc|inc)\b",
    re.IGNORECASE,
)
#: ...not another's staff: a referring firm's ("referring CPAs' staff"), a practice's or an
#: office's ("chiropractic office staff"), anyone's by the possessive
_OTHERS_STAFF = LazyPattern(
    r"\b\w+(?:'s|s'|’s|s’)\s+(?:staff|employees?|team)\b|\breferring\b"
    r"|\b(?:office|clinic|hospital|practice|shop|agency|dealership)\s+(?:staff|employees?)\b",
    re.IGNORECASE,
)
#: ...paid by the case signed, or for the clients they bring in
_BY_THE_CASE = LazyPattern(
    r"\b(?:per|each|every|for\s+each)\s+(?:\w+\s+)?(?:case|cases|client|clients|referral"
    r"|referrals|signup|sign-up|retainer|retainers)\b|/\s*(?:case|client|signup)\b"
    r"|\b(?:signed\s+(?:cases?|clients?)|sign-?ups?|referr\w*|bring\s+in|brought\s+in"
    r"|cases?\s+(?:they|he|she)\s+(?:bring|brought|find|found|refer|referred))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)  # asked of a law firm's lines only
def pays_own_staff(name: str) -> bool:
    """Whether a law firm's line pays its own staff by the case signed or for the clients they
    bring in (module docstring): "Intake staff bonus per signed case", "Paralegal bonus -
    $100 per signed case", "Employee bonus for each client referred"; not "Intake specialists
    (in-house) pay", "Intake call center - $150 per signed case" (an outside vendor: the lead
    generator's text) nor a runner's pay (``pays_runners``)."""
    lowered = name.lower()
    if not any(hint in lowered for hint in _STAFF_HINTS):
        return False  # most lines
    if _OWN_STAFF.search(name) is None or _OUTSIDE.search(name) is not None:
        return False
    if _OTHERS_STAFF.search(name) is not None:
        return False
    return _BY_THE_CASE.search(name) is not None and not pays_runners(name)

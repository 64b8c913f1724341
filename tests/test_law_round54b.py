"""The fifty-third round's re-review, AT4 and AT6 (2026-12-07): what round 53 left unread.

AT4: a pet crematory's communal cremations sold or billed as private, and a charter company's
drivers paid to drive past the hours-of-service limits. AT6: other wordings of the wrongs
round 53 mended (tests/test_law_round53a.py, test_law_round53b.py, test_law_round53_rere.py),
each with near names that must stay silent. Each expectation worked out by hand from the
rules the mends quote.

What was tried for AT6, and what each reading does now (the wordings that read right before
the mend are kept below too, so that a later change that loses them is seen):

- earnings claim: 'Ads - "Students earn $10K/mo"', 'FB ads: "make $5k per week w/ our
  system"', "YouTube ads - students making $10k/mo" read before. Mended: "$10k+/month" (the
  plus), "$10k monthly", '"$10,000 a month from home"' (no verb, but "from home"), '"6
  figures in 6 months"', "make six figures", "a 6-figure income". Silent: an ad budget by the
  month or week, payroll by the month, a tax preparer's fee per year, cash back per month, a
  "6-figure salary" job ad, "six-figure homes" (a price, not an income).
- paid testimonial: "Paid student testimonials", "Testimonials (students paid $100 each)"
  read before. Mended: "Testimonials from paid students", "Students paid for testimonials",
  "Testimonial payments to students", "$50 per testimonial to students", "Paid
  reviews/testimonials from students". Silent: paid ads or paid social that show
  testimonials, a testimonial video's shoot, a payment disclosed.
- place guarantee: "Guaranteed spot on competition team" read before. Mended: the place
  before the word ("Make the team guaranteed", "Solo guaranteed for every dancer", "Every
  dancer gets a solo, guaranteed"), a team only as a place made ("our team, guaranteed on
  time" is the business's own, and stays silent). Left: '"100% make the comp team"' (no
  guarantee word: a percentage alone may be a record, as "100% recovery" is read only in its
  own trade).
- cancellation blocked: "Autopay continues after withdrawal", "Auto-renewal, no
  cancellation" read before. Mended: "Auto-draft tuition, no refunds or cancellations",
  "Recurring tuition billed after student quits", "Auto renew contracts - cancel in person
  only", "EFT tuition continues after drop". Silent: autopay alone, "cancel online anytime",
  refunds after a withdrawal, cancellation fees received.
- pretexting: six wordings ("Pretexting banks for acct records", "Bank records obtained by
  pretext", ...) read before; nothing to mend.
- covert tracking: "GPS devices on cars without owner consent" read before. Mended: "w/o
  consent", "(no consent)", the secrecy first ("Covert GPS trackers on subject cars",
  "Hidden trackers on vehicles", "AirTags on subjects' cars (no consent)"). Silent: the
  business's own fleet's trackers, a tracker sweep.
- unlicensed investigator: five wordings read before. Mended: "Subcontractor PIs
  (unlicensed)". Silent: licensed investigators, investigators' salaries.
- untrue claim: five wordings read before. Mended: '"Former FBI" (nobody is)'. Silent: the
  claim with nothing said of it.
- foreclosure government claim: "HUD program" read before. Mended: "govt program", "gov't
  assistance program", "Federal foreclosure relief program", "State foreclosure assistance
  program". Silent: a foreclosure defence ad, a letter that says it is no government
  programme ("not a govt program"), grant writing for a government programme.
- undisclosed affiliates (core.review_incentives): "(no disclosure required)", "no #ad
  required", "don't disclose" read before. Mended: "(disclosure not required)", "told not
  to disclose". Silent: a commission alone, disclosed, or "disclosure required".
- BA121's agents (round 53's AS3, AS4): eleven wordings read before. Mended: "Gift cards -
  insurance adjusters w/ claim assignments", "$100 per case to paralegals who refer" ("refer"
  was not read, only "referr..."), "Gift cards for EAs who book" (in capitals only: "ea" is
  also "each"). Left: "Admin assistants - $50 per booking", which is as likely the business's
  own receptionist's bonus per booking taken.
- BA121's attorneys (round 53's AT1): five wordings read before. Mended: "Atty referral fee -
  10% of bill", "10% to referring attorneys". Silent: attorney fees, money from attorneys, a
  discount for their clients.
- BA114's vet clinics (round 53's AS1, core.pet_aftercare, another helper's): seven wordings
  ("6120 Vet referral rebates", "Vet clinic kickbacks", ...) read "paid"; "Clinic rebates per
  cremation" (no "vet") reads nothing, left to that module's owner."""

from __future__ import annotations

from bizaudit.core.ad_claims import claim
from bizaudit.core.commercial_bribery import deciders_named, gives_deciders
from bizaudit.core.licensed_advertising import forbidden
from bizaudit.core.plan import left_alone
from bizaudit.explain.left_alone import left_alone_text

from .conftest import finding_words, small_case
from .test_rules import _facts, _report

# -- AT4 (1): communal cremations sold as private ----------------------------------------------

_CREMATORY = "Evergreen Pet Cremation"
_COMMUNAL_AS_PRIVATE = (
    "Communal cremations billed as private",
    "Communal cremations sold as private (ashes not individually separated)",
    "Mass cremation ashes returned as individual",
    "Private cremations (actually communal)",
    "Ashes from group cremations sold as private",
    "Communal cremations billed to vet clinics as private",
    "Private cremation - pets cremated together",
)
#: an honest crematory's own lines and ads, which must stay silent
_CREMATORY_NEAR = (
    "Ad - '100% individual cremation, guaranteed'",
    "Google Ads: private cremation, your pet's ashes only",
    "Communal cremation",
    "Private cremation",
    "Communal and private cremations",
    "Private cremation upgrade from communal",
    "Communal cremation retort",
    "Communal cremations (ashes scattered, not returned)",
    "Communal cremations billed as communal",
    "Group cremation pricing vs private",
    "Private cremations (separate chamber, never communal)",
    "Communal cremations sold as private - never",
)


def test_communal_cremations_sold_as_private_are_ba120() -> None:
    """AT4 (1): a family that pays for a private (individual) cremation buys its own pet's
    ashes back. A line that says communal remains are sold, billed or returned as private is a
    false statement about the service paid for: FTC Act §5 (15 U.S.C. §45); Cal. Bus. & Prof.
    Code §17500 (an untrue or misleading statement made to sell a service, a misdemeanour);
    N.Y. Gen. Bus. Law §750-t (cremation as the pet disposal form says, an individual one
    confirmed in writing). Before the mend "Communal cremations billed as private" had no
    finding. Each of the seven is one BA120 warning quoting the three.

    Not read: an ad that promises an individual or a private cremation ("100% individual
    cremation, guaranteed", "private cremation, your pet's ashes only"). That is what an
    honest crematory sells, and most do; the name alone cannot tell the promise kept from the
    promise broken, and a ledger that names only a communal retort does not show it either (a
    single-chamber retort cremates one pet at a time as well as many). Asked of every
    crematory, a question would be noise on its main product, and BA120, whatever its
    severity, caps the score and keeps the channel from `plan`: so the ad is left silent, and
    only a line that says the communal remains are sold as private is read."""
    for line in _COMMUNAL_AS_PRIVATE:
        assert claim(line, False) == "communal sold as private", line
    for line in _CREMATORY_NEAR:
        assert claim(line, False) is None, line
        assert forbidden(line, None) is None, line
    lines = [{"name": n, "spend": 5000} for n in (*_COMMUNAL_AS_PRIVATE, *_CREMATORY_NEAR)]
    report = _report(small_case(_CREMATORY, "death-care", lines, {"vet clinics": 80}))
    found = {f.subject: f for f in report.findings if f.rule == "BA120"}
    assert set(found) == set(_COMMUNAL_AS_PRIVATE)
    for name in _COMMUNAL_AS_PRIVATE:
        said = finding_words(found[name])
        assert "communal cremation as a private or individual one" in said
        assert "15 U.S.C. §45" in said
        assert "§17500" in said
        assert "§750-t" in said
        assert "refund" in said
        assert found[name].severity == "warning"


# -- AT4 (2): drivers past the hours-of-service limits -----------------------------------------

_CHARTER = "Summit Charter & Limousine"
_PAST_LIMITS = (
    "Driver bonus for extra runs past HOS limits",
    "Overtime runs over DOT hours",
    "Drivers exceeding hours of service",
    "Driver pay - runs beyond HOS",
    "Drivers paid to ignore hours-of-service",
)
#: near names: the line does not say the limits are passed, or is about keeping them, or is a
#: fine for a past violation (a penalty, not a practice the line pays for)
_HOURS_NEAR = (
    "Double shifts - drivers (no 8 hr break)",
    "Driver overtime",
    "HOS compliance training",
    "ELD subscription (HOS logs)",
    "DOT fines - HOS violations",
    "Hours of service audit",
    "Drivers over hours (bonus)",
    "Ads - 'we never say no: 24/7 charters'",
    "Scheduling around HOS limits",
    "Dispatch software - HOS within limits",
)


def test_drivers_paid_past_the_hours_of_service_limits_are_ba120() -> None:
    """AT4 (2): no motor carrier may permit or require a passenger-vehicle driver to drive
    more than 10 hours after 8 consecutive hours off duty, or after 15 hours on duty (49 CFR
    §395.5(a), read 2026-12-07). The audit judges no driver's hours (docs/domain.md, "What the
    audit does not judge": a ledger cannot count them, and whether Part 395 reaches a vehicle
    it does not say); a line that says outright that drivers are paid or scheduled past the
    limits states the practice, as "Pretext calls to banks" does, and is read. Each of the
    five is one BA120 warning quoting §395.5(a).

    Silent: "Double shifts - drivers (no 8 hr break)" (two shifts may end inside the 15-hour
    window: 7 + 7 = 14 hours on duty breaks no limit, and a limousine seating fewer than nine
    is no commercial motor vehicle), overtime, compliance, logs, an audit, a fine for a past
    violation, and an ad for round-the-clock service (many drivers may give it)."""
    for line in _PAST_LIMITS:
        assert claim(line, False) == "hours of service", line
    for line in _HOURS_NEAR:
        assert claim(line, False) is None, line
    lines = [{"name": n, "spend": 5000} for n in (*_PAST_LIMITS, *_HOURS_NEAR)]
    report = _report(small_case(_CHARTER, "hospitality", lines, {"google": 100}))
    found = {f.subject: f for f in report.findings if f.rule == "BA120"}
    assert set(found) == set(_PAST_LIMITS)
    for name in _PAST_LIMITS:
        said = finding_words(found[name])
        assert "past the hours-of-service limits" in said
        assert "§395.5(a)" in said
        assert "10 hours" in said
        assert found[name].severity == "warning"


# -- AT6: round 53's BA120 readings, other wordings --------------------------------------------

#: each reading, the wordings that read before the mend and those the mend reads
_WORDINGS = {
    "earnings claim": (
        'Ads - "Students earn $10K/mo"',
        'FB ads: "make $5k per week w/ our system"',
        "YouTube ads - students making $10k/mo",
        'Webinar ads "Our students make $10k+/month"',
        'Ads - "Replace your income: $10k monthly"',
        'Ads - "$10,000 a month from home"',
        'Ads - "6 figures in 6 months"',
        'Ads - "Students make six figures"',
        'Ads - "6-figure income from home"',
    ),
    "paid testimonial": (
        "Paid student testimonials",
        "Testimonials (students paid $100 each)",
        "Testimonials from paid students",
        "Students paid for testimonials",
        "Testimonial payments to students",
        "$50 per testimonial to students",
        "Paid reviews/testimonials from students",
    ),
    "place guarantee": (
        'Ads - "Guaranteed spot on competition team"',
        'Ads - "Make the team guaranteed"',
        'Ads - "Solo guaranteed for every dancer"',
        'Ads - "Every dancer gets a solo, guaranteed"',
        'Ads - "Make the comp team - guaranteed!"',
    ),
    "cancellation blocked": (
        "Autopay continues after withdrawal",
        "Auto-renewal, no cancellation",
        "Auto-draft tuition, no refunds or cancellations",
        "Recurring tuition billed after student quits",
        "Auto renew contracts - cancel in person only",
        "EFT tuition continues after drop",
    ),
    "pretexting": (
        "Pretexting banks for acct records",
        "Bank records obtained by pretext",
        "Pretext calls - bank acct info",
        "Pretext calls to credit unions",
        "Bank account searches (pretext)",
    ),
    "covert tracking": (
        "GPS devices on cars without owner consent",
        "GPS tracking of subjects vehicles w/o consent",
        "Covert GPS trackers on subject cars",
        "Hidden trackers on vehicles",
        "AirTags on subjects' cars (no consent)",
    ),
    "unlicensed investigator": (
        "Investigators w/o PI license",
        "Field investigators (no license)",
        "Subcontractor PIs (unlicensed)",
    ),
    "untrue claim": (
        'Ads - "Ex-FBI agents" (none are)',
        'Website "ex-FBI team" (false)',
        'Ads - "Former FBI" (nobody is)',
    ),
    "foreclosure government claim": (
        'Pre-foreclosure mailers "government program"',
        'Foreclosure letters - "govt program"',
        'Pre-foreclosure postcards "gov\'t assistance program"',
        'Mailers to pre-foreclosures: "Federal foreclosure relief program"',
        'Yellow letters "State foreclosure assistance program"',
    ),
}
#: near names of the same trades, which must stay silent
_NEAR = (
    "Google Ads $2,000/mo",
    "Facebook ads $500/week",
    "Payroll $10k/month",
    "Income tax prep $300/yr",
    'Ads - "earn 10% cash back per month"',
    'Job ad - "6-figure salary for senior instructors"',
    'Ads - "Six-figure homes in Austin"',
    'Ads - "Homes from the low six figures"',
    'Ads - "Our team, guaranteed on time"',
    'Ads - "Team cleaning, results guaranteed"',
    "Paid ads - testimonials",
    "Paid social - testimonial ads",
    "Testimonial video shoot",
    "Testimonials from students who were paid (payment disclosed)",
    'Ads - "100% make the comp team"',
    "Dance team uniforms",
    "Guaranteed rate",
    "Autopay tuition",
    "Autopay tuition - cancel online anytime",
    "Tuition refunds after withdrawal",
    "Cancellation fees received",
    "EFT processing fees",
    "Fleet GPS tracking",
    "Covert tracker sweeps for clients",
    "Licensed investigators (subcontract)",
    "Investigator salaries",
    'Ads - "Former FBI agents"',
    "Foreclosure defense ads",
    "Foreclosure letters (not a govt program)",
    "Government program grant writing",
)


def test_round53s_practices_read_in_other_wordings() -> None:
    """AT6: each wording above is the same wrong as round 53's reading of it (the reviewer's
    five natural ledger or ad wordings a reading, abbreviations, order, "w/", "per", "/",
    plurals); each now reads so, and is a BA120 warning in a consulting profile (the private
    investigator's declaration, as tests/test_law_round53b.py reads them). The near names
    read nothing."""
    for what, lines in _WORDINGS.items():
        for line in lines:
            assert claim(line, False) == what, line
    for line in _NEAR:
        assert claim(line, False) is None, line
        assert forbidden(line, None) is None, line
    every = [line for lines in _WORDINGS.values() for line in lines]
    activities: list[dict[str, object]] = [{"name": n, "spend": 1000} for n in (*every, *_NEAR)]
    report = _report(small_case("Keyhole Investigations", "consulting", activities, {"google": 1}))
    assert {f.subject for f in report.findings if f.rule == "BA120"} == set(every)


# -- AT6: round 53's BA121 readings, other wordings --------------------------------------------

_AGENTS_PAID = (
    # read before the mend
    "Adjuster gifts per claim assigned",
    "6120 Adjuster gifts per assignment",
    "Paralegals - referral fee per file",
    "Referral fees - paralegals/legal assistants",
    "Travel mgr commissions (undisclosed)",
    "Kickbacks to travel managers per booking",
    # the mend's
    "Gift cards - insurance adjusters w/ claim assignments",
    "$100 per case to paralegals who refer",
    "Gift cards for EAs who book",
)
_ATTORNEYS_PAID = (
    "Attorney referral fees 10%",
    "6120 Attorney referral fees",
    "Lawyers' referral fees per case",
    "Atty referral fee - 10% of bill",
    "10% to referring attorneys",
)
_AGENTS_NEAR = (
    "Adjuster fees",
    "Independent adjusters per claim",
    "Paralegal salaries",
    "Paralegal contract labor per case",
    "Travel agent commissions",
    "Travel mgr commissions (disclosed)",
    "EA salary",
    "Gift cards $25 ea - customer appreciation",
    "Admin assistants - $50 per booking",
    "Attorney fees",
    "Atty fees - collections",
    "Referral fees from attorneys",
    "10% off for clients of referring attorneys",
)


def test_an_affiliate_told_not_to_disclose_in_other_wordings() -> None:
    """AT6: round 53 read "Affiliate commissions 50% (affiliates not required to disclose)" as
    the undisclosed endorsement (16 CFR §255.5). "(no disclosure required)", "no #ad
    required", "don't disclose" and "(undisclosed)" read so before the mend; "(disclosure not
    required)" and "told not to disclose" now do. A commission alone, or one disclosed, is
    not read."""
    for line in (
        "Affiliate payouts (no disclosure required)",
        "Affiliates - no #ad required",
        "Affiliate program 50% - affiliates don't disclose",
        "Affiliate commissions (undisclosed)",
        "Affiliate comms 40% (disclosure not required)",
        "Affiliates told not to disclose",
    ):
        said = forbidden(line, None)
        assert said is not None, line
        assert said[0] == "endorsement", line
        assert "§255.5" in said[1]
    for line in (
        "Affiliate commissions 30%",
        "Affiliate commissions 30% (disclosed)",
        "Affiliate commissions - disclosure required in every post",
    ):
        assert forbidden(line, None) is None, line


def test_round53s_agents_and_attorneys_read_in_other_wordings() -> None:
    """AT6: an adjuster given gift cards "w/ claim assignments", paralegals paid per case
    "who refer", executive assistants written "EAs", an attorney written "Atty" and a bare
    share "to referring attorneys" are the same secret commissions round 53 read (Restatement
    (Third) of Agency §§8.02, 8.06; N.Y. Penal Law §180.00; Cal. Penal Code §641.3). Each is
    read so; the near names (the business's own people and their pay, money received, a
    discount for the attorneys' clients, "ea" for each, an admin assistant per booking that
    may be the business's own) are not."""
    for name in _AGENTS_PAID:
        assert gives_deciders(name), name
        assert deciders_named(name) == {"agent"}, name
    for name in _ATTORNEYS_PAID:
        assert gives_deciders(name, attorneys_refer=True), name
        assert deciders_named(name) == {"attorney"}, name
    for name in _AGENTS_NEAR:
        assert not gives_deciders(name, attorneys_refer=True), name


def test_plan_never_grows_the_new_wordings() -> None:
    """AT6: "$100 per case to paralegals who refer" ($12,000 for 10 customers, $1,200 each)
    had been a channel `plan` could grow. Read by BA121, its channel is restricted and left
    alone, naming BA121."""
    line = "$100 per case to paralegals who refer"
    profile = small_case(
        "Keystone Investigations",
        "consulting",
        [{"name": line, "spend": 12000}, {"name": "Google Ads", "spend": 6000}],
        {"paralegals": 10, "google": 90},
    )
    facts = _facts(profile)
    (paralegals,) = [c for c in facts.by_channel if c.restricted == "BA121"]
    why = left_alone_text(left_alone(paralegals, 1))
    assert why is not None
    assert "BA121" in why

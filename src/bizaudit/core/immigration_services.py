"""What an immigration consultant (a non-lawyer who helps with immigration forms) may not say
or do (AL4 of the fifty-first review round, 2026-12-06): "notario" or "notario público" in an
ad, an immigration result guaranteed (a green card, a visa, asylum), legal advice or
representation by one the line says is not an attorney, and inside contacts or influence at
USCIS claimed. The reviewer saw an immigration consultant's "Radio ads - 'Notario publico,
tramites de inmigracion'", "Ads - 'We guarantee your green card or your money back'", "Legal
advice on asylum eligibility (consultant, not attorney)" and "Ads - 'Fast-track your work
permit, inside contacts at USCIS'" pass at 79/100 (sector `b2c-services`; under `legal` the
notario and guarantee ads still passed). BA120 warns about each (core.ad_claims asks these
questions; its RULES carry the texts below). Only what the line itself says is read: a law
firm's "Immigration attorney - consultation ads", a notary's "Notary public services (loan
signings)" in English and "Forms preparation fees" are none of these."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from bizaudit.core.negation import said_not_denied
from bizaudit.core.non_lawyers import names_lawyer
from bizaudit.model.lazy import LazyPattern

__all__ = [
    "GUARANTEE_RULE",
    "INFLUENCE_RULE",
    "LEGAL_ADVICE_RULE",
    "NOTARIO_RULE",
    "ImmigrationClaim",
    "immigration_claim",
]

ImmigrationClaim = Literal[
    "notario title", "immigration guarantee", "non-lawyer legal advice", "government influence"
]

# Cal. Bus. & Prof. Code §22442.3(a) (read 2026-12-06 on ca.elaws.us, as of 2014): an
# immigration consultant shall not, with the intent to mislead, literally translate "notary
# public", "notary", "licensed", "attorney" or "lawyer" into another language in any document,
# an advertisement included; "the literal translation of the phrase 'notary public' into Spanish
# as 'notario publico' or 'notario' is expressly prohibited"; a violation is a violation of
# §6126(a) (§22442.3(d)) and carries a civil penalty of up to $1,000 a day (§22442.3(e)).
# §22442.2(c)(1) (read on FindLaw, current as of 1 January 2025): every advertisement for
# services as an immigration consultant shall include a clear and conspicuous statement that
# the consultant is not an attorney. A notary public is barred from the same translation by
# Gov. Code §8219.5 (as a California notary study guide summarises it; the section's text was
# not read, so it is named, not quoted)
NOTARIO_RULE = (
    'calling an immigration consultant or a notary a "notario" or "notario público" in an '
    "ad implies a lawyer, as it means one in much of Latin America: California forbids an "
    'immigration consultant to translate "notary public" so, expressly (Bus. & Prof. Code '
    "§22442.3(a); a violation is also the unauthorised practice of law, §22442.3(d), with a "
    "civil penalty of up to $1,000 a day), and forbids notaries the same (Gov. Code §8219.5); "
    "every ad for a consultant's services must say, clearly and conspicuously, that the "
    "consultant is not an attorney (§22442.2(c)(1)); other states' notario laws are alike"
)
# FTC Act §5 (15 U.S.C. §45): no one but the government decides an application, so a result
# guaranteed misrepresents the service; a refund offered does not make the promise true. The
# reviewer's §22444 (false or misleading statements by a consultant) was not read: not cited
GUARANTEE_RULE = (
    "only the government (USCIS, an immigration judge, a consulate) decides whether a green "
    "card, a visa, asylum, a work permit or citizenship is granted: guaranteeing the result, "
    "a refund offered or not, is a deceptive claim (FTC Act §5, 15 U.S.C. §45), and the kind "
    "of promise the FTC and state attorneys general name in their warnings on immigration "
    "services fraud"
)
# Cal. Bus. & Prof. Code §22441(a)(1) and (d) (read 2026-12-06 in the 2005 text on Justia): a
# consultant gives only "nonlegal assistance or advice", completing a form "but not advising a
# person as to their answers on those forms"; §6125 (no one may practise law in California
# unless an active licensee of the State Bar) and §6126 (a misdemeanour); federally, only
# attorneys, accredited representatives of recognised organisations and the few others 8 CFR
# §292.1 lists may represent others before DHS and the immigration courts
LEGAL_ADVICE_RULE = (
    "a non-lawyer may not give legal advice or represent others: California lets an "
    "immigration consultant give only nonlegal assistance, completing forms but not advising "
    "a person on their answers (Bus. & Prof. Code §22441(a)(1) and (d)); advising on "
    "eligibility for asylum or any other status is the practice of law, which only a member "
    "of the State Bar may do (§6125; a misdemeanour, §6126); before USCIS and the immigration "
    "courts only attorneys and accredited representatives of recognised organisations may "
    "represent others (8 CFR §292.1); bad advice here can cost a client the case or lead to "
    "removal"
)
# FTC Act §5 (15 U.S.C. §45): a claim of special access to a government agency that decides the
# client's case is a material misrepresentation; USCIS has no paid fast track but its own
# premium processing, for some forms, at a published fee
INFLUENCE_RULE = (
    "no one can buy a faster or surer decision from USCIS through inside contacts: claiming "
    "connections or influence at a government agency that decides the client's case is a "
    "deceptive claim (FTC Act §5, 15 U.S.C. §45), and one that state attorneys general and "
    "the FTC name as a sign of immigration services fraud; the only paid speed is USCIS's "
    "own premium processing, for some forms, at its published fee"
)

#: "Notario", "notario público", "notaria publica" (Spanish for a lawyer-notary); not the
#: English "notary", "notarial" nor "notarized"
_NOTARIO = LazyPattern(r"\bnotari[oa]s?\b(?!\w)", re.IGNORECASE)
#: ...or "licenciado" (a lawyer's title in Spanish), the same literal translation §22442.3(a)
#: names ("licensed")
_LICENCIADO = LazyPattern(r"\blicenciad[oa]s?\b", re.IGNORECASE)
#: An immigration result: a green card, a visa, asylum, a work permit, citizenship, DACA
_RESULT = LazyPattern(
    r"\b(?:green\s+cards?|asylum|work\s+permits?|citizenship|naturali[sz]ation|daca"
    r"|permanent\s+residen\w*|residence\s+cards?|deportation\s+(?:stopped|cancell?ed|defen\w*)"
    r"|h-?1b)\b"
    # (a visa, not a Visa card: "guaranteed $50 Visa gift card" is no immigration result)
    r"|\bvisas?\b(?!\s+(?:gift|cards?|prepaid|debit|credit|signature|rewards?|checkout))",
    re.IGNORECASE,
)
#: ...guaranteed: "we guarantee your green card", "visa guaranteed", "guaranteed approval"
_GUARANTEED = LazyPattern(r"\bguarant(?:ee|eed|ees|eeing)\b|\b100\s*%\s+approv", re.IGNORECASE)
#: Legal advice or representation...
_LEGAL_ADVICE = LazyPattern(
    r"\blegal\s+(?:advice|counsel\w*|consultations?|representation|opinions?|strategy)\b"
    r"|\brepresent\w*\s+(?:clients?\s+|you\s+)?(?:before|at|in)\s+(?:the\s+)?(?:uscis|immigration"
    r"|court|ice|bia|eoir|interviews?|hearings?)\b"
    r"|\badvi[cs]\w*\s+(?:on|about)\s+(?:\w+\s+){0,2}?(?:eligibility|cases?|options)\b"
    # ...in Spanish: "asesoría legal", "consejo legal", "consulta legal", "representación
    # legal", "asesoramiento jurídico" (AM5 of the fifty-first round's re-review, 2026-12-06:
    # "Ads - 'Asesoria legal migratoria' (no attorney on staff)" was read as an ad only)
    r"|\b(?:asesor[ií]as?|asesoramiento|consejos?|consultas?|representaci[oó]n|orientaci[oó]n)"
    r"\s+(?:legal(?:es)?|jur[ií]dic[oa]s?)\b",
    re.IGNORECASE,
)
#: ...by one the line says is not a lawyer: "(consultant, not attorney)", "non-attorney",
#: "not a lawyer", "no attorney"
_NOT_A_LAWYER = LazyPattern(
    r"\bnot\s+(?:an?\s+)?(?:licensed\s+)?(?:attorneys?|lawyers?|abogad[oa]s?)\b"
    r"|\bnon[\s-]?(?:attorneys?|lawyers?)\b|\bno\s+(?:attorneys?|lawyers?)\b"
    # ...or in Spanish: "sin abogado", "no somos abogados", "no es abogado" (AM5)
    r"|\bsin\s+abogad[oa]s?\b|\bno\s+(?:somos|es|soy|son)\s+abogad[oa]s?\b"
    r"|\bunlicensed\s+(?:to\s+practi[cs]e\s+law|attorneys?|lawyers?)\b",
    re.IGNORECASE,
)
#: ...not a disclaimer that none is given: "we do not give legal advice", "no legal advice"
_NO_ADVICE = LazyPattern(
    r"\b(?:not|never|no|cannot|can'?t|don'?t|doesn'?t|won'?t)\s+(?:\w+\s+)?(?:give|offer"
    r"|provide|giving|offering|providing)?\s*legal\s+(?:advice|representation)\b",
    re.IGNORECASE,
)
#: Inside contacts or influence at an agency: "inside contacts at USCIS", "friends at
#: immigration", "connections in the consulate"
_INFLUENCE = LazyPattern(
    r"\b(?:inside\s+)?(?:contacts?|connections?|friends?|insiders?|influence)\s+"
    r"(?:at|in|inside|with|within)\s+(?:the\s+)?(?:uscis|immigration|ice|cbp|consulates?"
    r"|embassy|embassies|state\s+department|government|dhs|eoir)\b"
    r"|\binside\s+(?:contacts?|connections?|track)\b",
    re.IGNORECASE,
)
#: An immigration matter, in Spanish or English: where "licenciado" (which also names a
#: graduate in any subject, "licenciado en contabilidad") is read without an ad's words
_IMMIGRATION = LazyPattern(
    r"\b(?:inmigraci[oó]n|migratori[oa]s?|immigration|tr[aá]mites|papeles|visas?|residencias?"
    r"|ciudadan[ií]a|asilo|uscis|green\s+cards?|permisos?\s+de\s+trabajo|deportaci[oó]n)\b",
    re.IGNORECASE,
)
#: The words every line the patterns above read holds one of (a cheap test first)
_WORDS = ("notari", "licenciad", "guarant", "approv", "legal", "represent", "advi", "contact",
          "connection", "friend", "insider", "inside", "influence")  # fmt: skip


def immigration_claim(
    text: str, lowered: str, in_ad: Callable[[str], bool], lawyer: bool = False
) -> ImmigrationClaim | None:
    """What a line says of an immigration service that the law forbids (AL4 of the
    fifty-first round, 2026-12-06): "notario" (or "licenciado") in an ad; an immigration
    result guaranteed in an ad; legal advice or representation by one the line says is not an
    attorney; inside contacts or influence at a government agency, in an ad. ``in_ad``: whether
    the line names an ad or quotes a claim (core.ad_claims's, asked only of a line that holds
    the words). None for most lines, which hold none of the words looked for first."""
    if not any(word in lowered for word in _WORDS):
        return None
    if (
        ("notari" in lowered or "licenciad" in lowered)
        # ...not of a lawyer: §22442.3(a) binds an immigration consultant and Gov. Code
        # §8219.5 a notary public; a law firm ("Garcia Abogados", ``lawyer``) or a line that
        # names lawyers ("Ads - 'Abogados y notarios'", "licenciados en derecho") is neither,
        # and the consultant's "say you are not an attorney" would be false of it (AN2 of the
        # fifty-first round's second re-review, 2026-12-06). Nothing is said instead: the
        # reviewer's reading that "notario" may still mislead under a lawyers' advertising
        # rule (Cal. RPC 7.1) was not verified here, so no rule is encoded for it
        and not lawyer
        and not names_lawyer(text)
        and (
            # in an ad's words...
            (
                (_NOTARIO.search(text) is not None or _LICENCIADO.search(text) is not None)
                and in_ad(text)
            )
            # ...or anywhere in the line of a business whose name does not say it is a law firm
            # (``lawyer``): a consultant or a notary who names its work "Notario - consultas"
            # holds itself out by the title all the same, which §22442.3(a) forbids "in any
            # document", not only an ad (AM5 of the fifty-first round's re-review, 2026-12-06);
            # "licenciado" so only beside an immigration matter ("Radio - licenciado en
            # inmigracion"), since it names any graduate too
            or _NOTARIO.search(text) is not None
            or (_LICENCIADO.search(text) is not None and _IMMIGRATION.search(text) is not None)
        )
    ):
        return "notario title"
    if (
        ("guarant" in lowered or "approv" in lowered)
        and said_not_denied(_GUARANTEED, text)
        and _RESULT.search(text) is not None
        and in_ad(text)
    ):
        return "immigration guarantee"
    if (
        ("legal" in lowered or "represent" in lowered or "advi" in lowered)
        and ("attorney" in lowered or "lawyer" in lowered or "abogad" in lowered)
        and _LEGAL_ADVICE.search(text) is not None
        and _NOT_A_LAWYER.search(text) is not None
        and _NO_ADVICE.search(text) is None
    ):
        return "non-lawyer legal advice"
    if _INFLUENCE.search(text) is not None and in_ad(text):
        return "government influence"
    return None

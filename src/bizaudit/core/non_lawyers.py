"""Whether a business declared a law firm says it is none (AL4 of the fifty-first review round,
2026-12-06): an immigration consultant declared `legal` ("consultant, not attorney", "Notaria
Publica Puente") was told that ABA Model Rule 7.2(b) restricts its "$50 per client referred
paid to pastors", a lawyers' rule quoted to one who must not hold itself out as a lawyer. Its
payment is asked about in general terms instead (BA114): no section of the states' immigration
consultant laws was verified in the time, so none is cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bizaudit.model.lazy import LazyPattern

__all__ = [
    "NOT_A_LAWYER_ALLOWED",
    "NOT_A_LAWYER_RULE",
    "names_law_firm",
    "names_lawyer",
    "says_not_a_lawyer",
]

#: A business that says it is no lawyer: "not an attorney", "non-attorney", an immigration
#: consultant, a notario or notaria, a document or form preparer
_NOT_A_LAWYER = LazyPattern(
    r"\bnot\s+(?:an?\s+)?(?:attorneys?|lawyers?|law\s+firm)\b|\bnon[\s-]?(?:attorneys?|lawyers?)\b"
    r"|\bimmigration\s+consult\w*|\bnotari[ao]s?\b|\bconsultor(?:es|a)?\b"
    r"|\b(?:legal\s+)?(?:document|form)s?\s+prepar\w*",
    re.IGNORECASE,
)
#: ...and, of a line, the same but a form preparer (a law firm may employ those)
_NOT_A_LAWYER_LINE = LazyPattern(
    r"\bnot\s+(?:an?\s+)?(?:attorneys?|lawyers?|law\s+firm)\b|\bnon[\s-]?(?:attorneys?|lawyers?)\b"
    r"|\bimmigration\s+consult\w*|\bnotari[ao]s?\b|\bconsultor(?:es|a)?\b",
    re.IGNORECASE,
)
#: ...unless it names itself a law firm as well
_LAW_FIRM = LazyPattern(
    r"\b(?:law\s+(?:firm|office|offices|group)|attorneys?\s+at\s+law|esq\.?|llp|pllc|p\.?c\.?"
    r"|abogad[oa]s?)\b",
    re.IGNORECASE,
)

#: ...or names a lawyer in other words (AN2 of the fifty-first round's second re-review,
#: 2026-12-06): "attorney(s)", "law firm", "law office", "licenciados en derecho" (graduates in
#: law), "bufete" and "despacho jurídico" (a law office, in Spanish); read only where nothing
#: in the text says it is no lawyer ("not an attorney", "no somos abogados")
_LAWYER = LazyPattern(
    r"\b(?:attorneys?|lawyers?|law\s+(?:firm|office|offices|group)s?|abogad[oa]s?|bufetes?"
    r"|despachos?\s+jur[ií]dicos?|licenciad[oa]s?\s+en\s+derecho)\b",
    re.IGNORECASE,
)
#: ...but not where it says it is none ("not an attorney", "non-attorney", "no soy abogado",
#: "sin abogado", "no attorney on staff")
_DENIES_LAWYER = LazyPattern(
    r"\bnot\s+(?:an?\s+)?(?:licensed\s+)?(?:attorneys?|lawyers?|abogad[oa]s?|law\s+firm)\b"
    r"|\bnon[\s-]?(?:attorneys?|lawyers?)\b|\bno\s+(?:attorneys?|lawyers?|abogad[oa]s?)\b"
    r"|\bsin\s+abogad[oa]s?\b|\bno\s+(?:somos|es|soy|son)\s+abogad[oa]s?\b",
    re.IGNORECASE,
)
_LAWYER_CUES = ("attorney", "lawyer", "law ", "abogad", "bufete", "despacho", "derecho")

NOT_A_LAWYER_RULE = (
    "Your business says it is not a law firm, so the lawyers' rules on paying for referrals "
    "(ABA Model Rule 7.2(b)) are not the ones that bind it, and it may not give legal advice "
    "or hold itself out as a lawyer. Paying those who send you clients a price for each one "
    "may still be restricted: some states' laws on immigration consultants and on unfair "
    "business practices reach it, and a pastor or community leader paid for each person they "
    "recommend you to, without telling them, trades on their trust. Are the clients told "
    "who is paid and how much, and does your state's law allow it?"
)
NOT_A_LAWYER_ALLOWED = (
    "Tell each client who referred them and what that person is paid, or pay no one per "
    "client; win clients on plain, honest advertising of the services you may lawfully give."
)


def says_not_a_lawyer(business: str, texts: Iterable[str]) -> bool:
    """Whether a business declared `legal` says, by its name or a line, that it is no lawyer
    (AL4 of the fifty-first review round, 2026-12-06): ``business``, its name; ``texts``, its
    lines' names. A name that calls it a law firm too keeps the lawyers' rules."""
    if _LAW_FIRM.search(business):
        return False
    if _NOT_A_LAWYER.search(business):
        return True
    return any(_mentions_it(text) and _NOT_A_LAWYER_LINE.search(text) is not None for text in texts)


def _mentions_it(text: str) -> bool:
    """A cheap test most lines fail, before the pattern."""
    lowered = text.lower()
    return "not" in lowered or "non" in lowered or "consult" in lowered or "notari" in lowered


_LAW_FIRM_CUES = ("law", "attorney", "esq", "abogad", "llp", "pllc", "p.c", " pc")


def names_law_firm(business: str) -> bool:
    """Whether a business's name calls it a law firm ("Garcia Law Office", "Ruiz & Ruiz,
    Abogados", "... PLLC"): where core.immigration_services reads the notario's titles only in
    an ad's words (AM5 of the fifty-first round's re-review, 2026-12-06)."""
    lowered = business.lower()
    if not any(cue in lowered for cue in _LAW_FIRM_CUES):
        return False  # most names
    return _LAW_FIRM.search(business) is not None or names_lawyer(business)


def names_lawyer(text: str) -> bool:
    """Whether a name (a business's or a line's) says a lawyer is who it is or speaks of: "Ruiz
    Attorneys", "Abogados y notarios", "licenciados en derecho", "Bufete Ruiz" (AN2 of the
    fifty-first round's second re-review, 2026-12-06), and nothing in it denies it ("not an
    attorney", "no somos abogados")."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _LAWYER_CUES):
        return False  # most names
    return _LAWYER.search(text) is not None and _DENIES_LAWYER.search(text) is None

"""A pet crematory's payments to the veterinary clinics that send it pets (AS1 of the
fifty-third review round, 2026-12-07).

A pet cremation business declared `death-care` (the tool itself steers a name saying
"cremation" there from `veterinary`, BA109) was read by the funeral home's rows: "Per-pet
handling fee paid to referring vet clinics" got BA114 with human funeral-board law (49 Pa. Code
§13.202(5), S.C. Code §40-19-110), which governs those who handle human remains, and "Rebate to
vet clinics for each private cremation sold" was cost of sales 'cremation' with no finding.
Declared `veterinary`, the same fee got the HHS OIG's laboratory fraud alert under the federal
Anti-Kickback Statute, which reaches federal health care programmes for people, not pet care
(docs/verticals.md, veterinary section, says so). The rule that binds here is the clinics':

- California makes unlawful "the offer, delivery, receipt, or acceptance by any person
  licensed under this division ... of any rebate, refund, commission, preference, patronage
  dividend, discount, or other consideration, whether in the form of money or otherwise, as
  compensation or inducement for referring patients, clients, or customers to any person"
  (Cal. Bus. & Prof. Code §650(a)); "this division" is Division 2 (§§500-4999.9), whose
  Chapter 11 (§4800 ff.) licenses veterinarians. Payment "for services other than the
  referral" is not unlawful if "commensurate with the value of the services furnished"
  (§650(b)). Text checked with the search tool, pages corpus (the 2009 code on
  law.justia.com; Cal. Att'y Gen. Op. 00-1002, 2001, on "this division"), 2026-12-07. The
  offer is unlawful too, so the crematory that pays is within §650(a) only where it is itself
  a Division 2 licensee; the clinic that accepts is, which is why the rule is the clinics'.
- The AVMA's Principles of Veterinary Medical Ethics ask a veterinarian to avoid conflicts of
  interest or the appearance thereof (Principle I; the AVMA's page, checked with the search
  tool). Its fee-splitting rule (JAVMA News, 15 January 2011) is about fees between
  veterinarians and is not cited here. The reviewer's §4883 was not verified: not cited.

Other states' practice acts were not checked: the tool asks whether the clinic's state says
the same. Selling a communal cremation as private, and the clinic's undisclosed markup, are
others' findings (not read here).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from bizaudit.model.lazy import LazyPattern
from bizaudit.model.verticals import cremates_pets as _names_pet_crematory

__all__ = [
    "PET_CLINIC_ALLOWED",
    "PET_CLINIC_ASK",
    "PET_CLINIC_RULE",
    "cremates_pets",
    "names_clinics",
    "pays_clinics",
]


@lru_cache(maxsize=256)  # asked once a profile
def cremates_pets(business_name: str) -> bool:
    """Whether the business's name says it cremates pets or cares for them after death: the
    `pet-cremation` trade's name test (``model.verticals.cremates_pets``: a pet, an animal, a
    paw or the Rainbow Bridge beside cremation, a crematory, aftercare or a memorial)."""
    return _names_pet_crematory(business_name)


#: The clinics that send a pet crematory its pets, or their staff; in a pet crematory's books
#: a bare "clinic" is a veterinary clinic ("Clinic rebates per cremation", "Rebate - clinics":
#: AU4 of the fifty-fourth round, 2026-12-07, had read nothing), and this module is asked only
#: of a business named as a pet crematory (core.metrics, BA101, BA114 ask ``cremates_pets``
#: first): a funeral home's "Clinic" is never read here
_CLINICS = LazyPattern(
    r"\b(?:vets?|veterinar(?:y|ians?)|animal\s+(?:hospitals?|clinics?)|clinics?"
    r"|(?:vet|veterinary)\s+(?:clinics?|hospitals?|offices?|practices?|techs?|technicians?"
    r"|staff))\b",
    re.IGNORECASE,
)
#: ...paid something: a rebate, a commission, a fee, a gift, cash or a card, or a price per
#: pet, cremation or referral
_PAID = LazyPattern(
    r"\b(?:rebates?|refunds?\s+to|commissions?|kickbacks?|fees?|gifts?|gift\s+cards?|cash"
    r"|visa|amazon|starbucks|bonus(?:es)?|spiffs?|revenue\s+share|credits?(?!\s+cards?))\b"
    r"|\b(?:per|each|every|for\s+each|for\s+every)\s+(?:\w+\s+)?(?:pets?|cremations?"
    r"|referrals?|cases?|bodies|remains|privates?)\b|\bper[\s-]pet\b"
    r"|[$£€]\s?\d[\d.,]*\s*/\s*(?:pet|cremation|referral)\b",
    re.IGNORECASE,
)
#: ...not the clinic's own markup to the owner (no payment by the crematory: the clinic's
#: disclosure question, not read here), the crematory's own vet, nor a line said to be
#: a flat fee for a service at its value
_NOT_PAID = LazyPattern(
    r"\bmark[\s-]?ups?\b|\bour\s+(?:own\s+)?(?:vet|veterinarian)\b|\bfair\s+market\s+value\b"
    r"|\bfmv\b|\bbills?\s+(?:the\s+)?owners?\b",
    re.IGNORECASE,
)


#: ...of which a bare fee may be one for a service the clinic does (storing and handling the
#: body), lawful at its value under §650(b): asked, unless priced per pet or for referrals
_FOR_REFERRALS = LazyPattern(
    r"\b(?:rebates?|refunds?\s+to|commissions?|kickbacks?|gifts?|gift\s+cards?|cash|visa"
    r"|amazon|starbucks|bonus(?:es)?|spiffs?|revenue\s+share|referr\w*|credits?(?!\s+cards?))\b"
    r"|\b(?:per|each|every|for\s+each|for\s+every)\s+(?:\w+\s+)?(?:pets?|cremations?"
    r"|referrals?|cases?|bodies|remains|privates?)\b|\bper[\s-]pet\b"
    r"|[$£€]\s?\d[\d.,]*\s*/\s*(?:pet|cremation|referral)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def pays_clinics(name: str) -> Literal["paid", "asked"] | None:
    """Whether a pet crematory's line pays the veterinary clinics that send it pets, or their
    staff: "paid" for a rebate for each private cremation sold, a fee per pet, a gift card to
    the vet techs; "asked" for a bare fee to the clinics ("Handling fees to vet clinics"),
    which may pay for a service at its value (§650(b)). Not the clinic's own markup to the
    owner, nor a fee the line says is at fair market value; None for most lines."""
    lowered = name.lower()
    if "vet" not in lowered and "animal" not in lowered and "clinic" not in lowered:
        return None  # most lines
    if not _CLINICS.search(name) or not _PAID.search(name) or _NOT_PAID.search(name):
        return None
    return "paid" if _FOR_REFERRALS.search(name) else "asked"


def names_clinics(name: str) -> bool:
    """Whether a customer source names the veterinary clinics that send a pet crematory its
    pets: "vet clinics", "animal hospitals", "veterinarians". In a pet crematory's books an
    animal hospital is a clinic like any other, and a payment to "clinics" per pet reaches its
    families as much as a vet clinic's (AU11's rest of the fifty-fourth round's second
    re-review, 2026-12-07)."""
    return bool(_CLINICS.search(name))


#: What BA114 says of it (AS1 of the fifty-third review round, 2026-12-07; the sources above)
PET_CLINIC_RULE = (
    "The rule here is the clinics', not a funeral board's for human remains nor the federal "
    "Anti-Kickback Statute, which reaches health care programmes for people: California, for "
    "one, makes it unlawful for any person licensed under Division 2 of its Business and "
    "Professions Code, veterinarians included (§4800 ff.), to offer, deliver, receive or "
    "accept any rebate, refund, commission, discount or other consideration as compensation "
    "or inducement for referring patients, clients or customers (Cal. Bus. & Prof. Code "
    "§650(a)); payment for services other than the referral is lawful only if commensurate "
    "with the value of the services furnished (§650(b)). A flat fee for storing and handling "
    "the body, at what that work is worth, may stand; a fee per pet sent, or a rebate for each "
    "private cremation sold, pays for the referral. The AVMA's Principles of Veterinary "
    "Medical Ethics ask veterinarians to avoid conflicts of interest or their appearance. Does "
    "your clinics' state practice act say the same?"
)
PET_CLINIC_ALLOWED = (
    "Pay a clinic only for what it does for you (storing and handling the body), at a flat fee "
    "set in advance at what that work is worth, never per pet sent or per private cremation "
    "sold; win clinics on service, and let owners see your prices."
)
PET_CLINIC_ASK = "your state's veterinary medical board, the clinics, or a lawyer"

"""Who was paid, from what a card or bank statement writes: "SQ *MAIN STREET PRINT" is Main
Street Print, "GOOGLE *ADS1234567" is Google Ads, "FACEBK *A1B2C3D4E5" is Facebook Ads.

A statement line is a descriptor the card network or the bank assembled: a payment
processor's prefix, the merchant's name cut to a field's width, a reference code that changes
with every charge, a store number, a phone number or web address, a city and a state, a date.
Grouping by the raw text would make every charge its own activity and leave the classifier
nothing to read, so the name is cleaned in steps, each with its reason:

1. Shapes that say who the money went to or came from in words: an ACH entry's
   ``ORIG CO NAME:`` (and, when it says more than "transfer", its ``CO ENTRY DESCR:``), "Zelle
   payment from X", "Online Payment 123 To X", a check number.
2. A processor's prefix goes (Square's ``SQ *``, Toast's ``TST*``, ``PAYPAL *``...): the
   merchant follows it. A brand's own prefix stays (``GOOGLE *``, ``FACEBK *``): what follows
   is the product or a reference.
3. Codes, store and phone numbers, web addresses, trailing dates, states and countries,
   and words that only say how the money moved (POS, ACH, DEBIT CARD...) go, and so do the
   words that mark a refund (REVERSAL, RETURN), so that a refund groups with its purchase.
4. What is left is looked up in a short table of services whose descriptors are
   abbreviations (WHOLEFDS, AMZN MKTP, INTUIT QBOOKS), and otherwise title-cased.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bizaudit.model.lazy import LazyPattern

__all__ = ["activity_name", "payee_name"]

NO_NAME = "(no description)"  # the activity of lines that name no payee


@lru_cache(maxsize=65536)
def activity_name(text: str) -> str:
    """The name an activity goes by: printable characters, single spaces; NO_NAME when
    nothing is left (a profile's activities need a name)."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split()) or NO_NAME


# Words that say how money moved, not who was paid.
_BANK_WORDS = frozenset(
    """pos debit credit card purchase purchases checkcard ach transfer payment pmt pymt direct
    dd so sto bacs contactless visa mastercard recurring
    kartenzahlung lastschrift ueberweisung überweisung gutschrift sepa""".split()
)
# Words that mark a refund or a reversal: dropped so the refund groups with its purchase.
_REFUND_WORDS = frozenset("reversal reversed refund refunded return returned".split())
_MONTHS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
    july august september october november december""".split()
)
# US states, Canadian provinces and common country codes written at a descriptor's end.
_PLACES = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
    NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS ON PE
    QC SK US USA GB UK IE NL DE FR ES IT BE AT EE AU NZ""".split()
)
# Payment processors whose prefix is followed by the merchant's name.
_PROCESSORS = frozenset("sq tst paypal pp sp in py cke zettle izettle sumup".split())

_ACH = LazyPattern(r"ORIG CO NAME:\s*(?P<name>.+?)(?:\s{2,}|\s+ORIG ID|\s+CO ENTRY|$)", re.I)
_ACH_PURPOSE = LazyPattern(r"CO ENTRY DESCR:\s*(?P<descr>\S+)", re.I)
_ACH_GENERIC = frozenset("transfer payment payments purchase ach settlement deposit".split())
_PERSON = LazyPattern(
    r"^(?:zelle|venmo|quickpay)(?: payment)? (?:from|to) (?P<who>.+?)(?: \w*\d\w*)*$", re.I
)
_PAID_TO = LazyPattern(r"^online payment \d* ?to (?P<who>.+?)(?: \d\d/\d\d)?$", re.I)
_CHECK = LazyPattern(r"^check(?: no\.?| #)? *(?P<number>\d+)$", re.I)
_PHONE = LazyPattern(r"\b\d{3}[-. ]?\d{3}[-. ]?\d{4}\b")
_CHECK_NUMBER = LazyPattern(r"\bcheck *#? *\d+\b", re.I)  # "HILLCREST HOA CHECK 5531"
_REFUND_FROM = LazyPattern(r"^\s*(?:refund|return|credit|reversal)s?\s+(?:from|by|of)\s+", re.I)
_ACH_IDS = LazyPattern(r"\b(?:web|ppd|ccd|tel|ind|orig) id:? *\S+", re.I)  # "WEB ID: 1746000104"
_CODE_TAIL = LazyPattern(r"^(?P<word>[A-Za-z]{2,})\d{3,}$")  # "ADS1234567": ADS and a code

# Services whose descriptors are abbreviations or carry words that are not the name. The
# key is the start of the cleaned descriptor, in capitals; the longest match wins.
_SERVICES: dict[tuple[str, ...], str] = {
    tuple(key.split()): name
    for key, name in {
        "GOOGLE ADS": "Google Ads",
        "GOOGLE ADWORDS": "Google Ads",
        "GOOGLE CLOUD": "Google Cloud",
        "GOOGLE GSUITE": "Google Workspace",
        "GOOGLE WORKSPACE": "Google Workspace",
        "GOOGLE YOUTUBE": "YouTube",
        "GOOGLE": "Google",
        "FACEBK": "Facebook Ads",
        "FB ADS": "Facebook Ads",
        "FACEBOOK": "Facebook Ads",
        "META ADS": "Facebook Ads",
        "META PLATFORMS": "Facebook Ads",
        "INSTAGRAM ADS": "Instagram Ads",
        "INTUIT QBOOKS": "Intuit QuickBooks",
        "INTUIT QUICKBOOKS": "Intuit QuickBooks",
        "QBOOKS": "Intuit QuickBooks",
        "INTUIT MAILCHIMP": "Mailchimp",
        "AMAZON MKTPL": "Amazon",
        "AMAZON MKTPLACE": "Amazon",
        "AMAZON MARKETPLACE": "Amazon",
        "AMZN MKTP": "Amazon",
        "AMZN": "Amazon",
        "AMAZON COM": "Amazon",
        "AMAZON WEB SERVICES": "Amazon Web Services",
        "AWS": "Amazon Web Services",
        "AMAZON ADVERTISING": "Amazon Ads",
        "AMAZON ADS": "Amazon Ads",
        "MSFT": "Microsoft",
        "MICROSOFT ADS": "Microsoft Ads",
        "BING ADS": "Microsoft Ads",
        "APPLE COM BILL": "Apple",
        "LINKEDIN": "LinkedIn",
        "TIKTOK": "TikTok Ads",
        "PINTEREST": "Pinterest Ads",
        "NEXTDOOR": "Nextdoor",
        "YELP": "Yelp",
        "ANGI": "Angi",
        "ANGIES LIST": "Angi",
        "HOMEADVISOR": "Angi",
        "THUMBTACK": "Thumbtack",
        "MAILCHIMP": "Mailchimp",
        "CONSTANT CONTACT": "Constant Contact",
        "HUBSPOT": "HubSpot",
        "SQUARESPACE": "Squarespace",
        "SQSP": "Squarespace",
        "GODADDY": "GoDaddy",
        "DNH GODADDY": "GoDaddy",
        "SHOPIFY": "Shopify",
        "ZOOM": "Zoom",
        "ZOOM US": "Zoom",
        "UBER TRIP": "Uber",
        "UBER EATS": "Uber Eats",
        "UBER": "Uber",
        "DOORDASH": "DoorDash",
        "GRUBHUB": "Grubhub",
        "ADOBE": "Adobe",
        "CANVA": "Canva",
        "VISTAPRINT": "Vistaprint",
        "SPOTIFY": "Spotify",
        "DROPBOX": "Dropbox",
        "WHOLEFDS": "Whole Foods",
        "WHOLE FOODS": "Whole Foods",
        "TRADER JOE S": "Trader Joe's",
        "COSTCO WHSE": "Costco",
        "COSTCO": "Costco",
        "THE HOME DEPOT": "The Home Depot",
        "HOME DEPOT": "The Home Depot",
        "SHELL OIL": "Shell",
        "STAPLES": "Staples",
        "WAL MART": "Walmart",
        "WM SUPERCENTER": "Walmart",
        "DELTA AIR": "Delta Air Lines",
        "HILTON GARDEN INN": "Hilton Garden Inn",
        "JOBBER": "Jobber",
        "GETJOBBER": "Jobber",
        "MINDBODY": "Mindbody",
        "SQUARE INC": "Square",
        "STATE FARM": "State Farm",
        "KLM": "KLM",
        "IKEA": "IKEA",
        "BOLT": "Bolt",
    }.items()
}
_LONGEST_SERVICE = max(len(key) for key in _SERVICES)
_KEEP_CAPITALS = frozenset("LLC LLP PLLC INC HOA CPA DDS USA UK EU KLM IKEA CVS BP".split())


@lru_cache(maxsize=65536)
def payee_name(text: str) -> str:
    """The payee a statement line names, cleaned for grouping and classifying; the text
    itself (printable, single-spaced) when nothing but codes is left."""
    said = _said_in_words(text)
    if said is not None:
        return said
    words = _words(text)
    if not words:
        return activity_name(text)
    upper = tuple(w.upper() for w in words)
    for size in range(min(_LONGEST_SERVICE, len(upper)), 0, -1):
        service = _SERVICES.get(upper[:size])
        if service is not None:
            return service
    return " ".join(w if w.upper() in _KEEP_CAPITALS else _title(w) for w in words)


def _said_in_words(text: str) -> str | None:
    """The payee of an ACH entry, a person-to-person payment, a bill payment or a check."""
    ach = _ACH.search(text)
    if ach is not None:
        name = payee_name(ach.group("name"))
        purpose = _ACH_PURPOSE.search(text)
        if purpose is not None and purpose.group("descr").lower() not in _ACH_GENERIC:
            return f"{name} {_title(purpose.group('descr'))}"
        return name
    plain = " ".join(text.split())
    for shape in (_PERSON, _PAID_TO):
        found = shape.match(plain)
        if found is not None:
            return payee_name(found.group("who"))
    check = _CHECK.match(plain)
    if check is not None:
        return f"Check {check.group('number')}"
    return None


def _words(text: str) -> list[str]:
    """The words of a descriptor that may name the payee, in order."""
    text = _REFUND_FROM.sub("", _ACH_IDS.sub(" ", _CHECK_NUMBER.sub(" ", _PHONE.sub(" ", text))))
    raw = text.replace("*", " * ").replace("'", " ").split()
    if len(raw) >= 2 and raw[0].lower().rstrip("*") in _PROCESSORS and raw[1] == "*":
        raw = raw[2:]  # "SQ * MAIN STREET PRINT": the merchant follows the processor
    words: list[str] = []
    for position, word in enumerate(raw):
        if word == "*" or word.startswith("#"):
            continue
        if "." in word.strip(".") or "/" in word:  # a web address: its name, when it leads
            if position == 0 and not words:
                name = re.split(r"[./]", word)[0]
                if name.isalpha():
                    words.append(name)
            continue
        tail = _CODE_TAIL.match(word)
        if tail is not None and position > 0 and raw[position - 1] == "*":
            word = tail.group("word")  # "GOOGLE *ADS1234567": the product, without its code
        word = word.strip(".,:;-_()")
        lowered = word.lower()
        if (
            not word
            or any(c.isdigit() for c in word)
            or lowered in _BANK_WORDS
            or lowered in _REFUND_WORDS
            or lowered in _MONTHS
        ):
            continue
        words.append(word)
    while len(words) > 1 and words[-1].isupper() and words[-1] in _PLACES:
        words.pop()  # "STAPLES AUSTIN TX": the state goes (the city is left: it may be a name)
    return words


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word.isupper() or word.islower() else word

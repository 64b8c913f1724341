"""The business profile: the input contract, schema version 1.

Field names here are a contract that users' files and other tools depend on; change them only
with a new schema version. Values arrive as the text the user wrote (see ``loading``) or as
Python numbers, and are parsed exactly by ``amounts``.
"""

# Annotations are evaluated as the module runs (no ``from __future__ import annotations``):
# postponed, Pydantic compiled and evaluated each field's text as it collected the parts'
# fields, 7 M instructions of every start-up (2026-12-07). A class named before it is
# defined is written in quotes.

import copy
import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, ClassVar, TypeVar, cast

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic.dataclasses import dataclass
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError, SchemaValidator
from typing_extensions import Self, dataclass_transform

from bizaudit.model import amounts, shipped_schemas
from bizaudit.model.lazy import LazyPattern
from bizaudit.model.vocab import (
    CATEGORIES,
    INDUSTRIES,
    MARKETING_PURPOSES,
    PURPOSES_BY_CATEGORY,
    Category,
    ChurnPeriod,
    Industry,
    NamedTrade,
    Purpose,
    SourceKind,
    Spending,
)

__all__ = [
    "CATEGORIES",
    "CURRENCY_CODE",
    "INDUSTRIES",
    "MARKETING_PURPOSES",
    "PARTS",
    "TEXT_MAX",
    "Activity",
    "ActivityRule",
    "Business",
    "Category",
    "ClassifyRules",
    "Customers",
    "OwnerHours",
    "Policy",
    "Profile",
    "Purpose",
    "Skip",
    "SourceKind",
    "SourceRule",
    "build_parts",
    "known_rule",
]


class _Parsed:
    """Runs an ``amounts`` parser, turning its message into a clean Pydantic error. A class,
    not a closure, so that a validator's schema holding it can be shipped built
    (:mod:`bizaudit.model.built`)."""

    __slots__ = ("kind", "parse")

    def __init__(self, parse: Callable[[object], object], kind: str) -> None:
        self.parse, self.kind = parse, kind

    def __call__(self, value: object) -> object:
        try:
            return self.parse(value)
        except amounts.AmountError as exc:
            raise PydanticCustomError(self.kind, str(exc)) from None

    def __reduce__(self) -> "tuple[type[_Parsed], tuple[Callable[[object], object], str]]":
        return _Parsed, (self.parse, self.kind)

    def __repr__(self) -> str:  # as a schema is compared with the one shipped (in the tests)
        return f"_Parsed({self.parse.__qualname__}, {self.kind!r})"


def _parsed_by(parse: Callable[[object], object], kind: str) -> BeforeValidator:
    """Run an ``amounts`` parser, turning its message into a clean Pydantic error."""
    return BeforeValidator(_Parsed(parse, kind))


TEXT_MAX = 500  # characters in a name, label or note
MAX_OWNERS = 100  # owners whose weeks `owner_hours` may add together
MAX_RULES = 1000  # classify rules of each kind: every name is matched against them all
CURRENCY_CODE = LazyPattern(r"[A-Za-z]{3}")  # an ISO 4217 code, in any case


def _text(value: object, lines: bool = False) -> object:
    # Most values are plain text, printable, short and not empty: asked first, in a few
    # operations (0.2% of a batch's audit went to the checks in the general order, 2026-12-06)
    if type(value) is str:
        text = value.strip()
        if text and len(text) <= TEXT_MAX and text.isprintable():
            return text
    # Text fields accept what YAML hands us as text; numbers a user typed (name: 2024) stay text.
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        text = value.strip()
        # "\x1b[31m" would reach terminals, XML and annotations: names are plain text. (Most
        # text is printable throughout, which str.isprintable says without a loop.)
        bad = (
            ""
            if text.isprintable()
            else next((c for c in text if not c.isprintable() and not (lines and c in "\n\t")), "")
        )
        if bad:
            raise PydanticCustomError(
                "text_control",
                "contains a control character ({character}); write plain text"
                + ("" if lines else " on one line"),
                {"character": repr(bad)},
            )
        if not text:
            raise PydanticCustomError("text_empty", "is empty")
        if len(text) > TEXT_MAX:  # here, not as a Field: a dict key's limit reads "items"
            raise PydanticCustomError(
                "text_too_long", "is too long (at most {most} characters)", {"most": TEXT_MAX}
            )
        return text
    return value


# A language, an optional script and an optional country or region: de_DE, fr-CA, zh_Hant_TW.
LOCALE_ID = LazyPattern(r"([A-Za-z]{2,3})(?:[_-][A-Za-z]{4})?(?:[_-](?:[A-Za-z]{2}|[0-9]{3}))?")
_LOCALE_EXAMPLE = "write a language and a country, such as de_DE, en_US or fr-CA"
_LOCALE_SCHEMA = WithJsonSchema(
    {"type": "string", "pattern": f"^{LOCALE_ID.pattern}$", "examples": ["de_DE", "en_US", "fr-CA"]}
)


def _locale_id(value: object) -> str:
    """A locale identifier Babel has data for, written as Babel writes it (``fr-ca`` →
    ``fr_CA``). Babel is imported only for a profile that names a locale."""
    text = value.strip() if isinstance(value, str) else ""
    if not LOCALE_ID.fullmatch(text):
        raise PydanticCustomError(
            "locale", "expected a locale such as de_DE, en_US or fr-CA", {"hint": _LOCALE_EXAMPLE}
        )
    from babel import localedata
    from babel.core import Locale, UnknownLocaleError

    language = re.split("[_-]", text)[0].lower()
    try:
        parsed = Locale.parse(text.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        parsed = None
    if parsed is not None and parsed.language == language:  # "und" would be read as en_US
        return str(parsed)
    known = sorted(
        name for name in localedata.locale_identifiers() if name.split("_")[0] == language
    )
    countries = [name for name in known if name.count("_") == 1][:8]
    raise PydanticCustomError(
        "locale",
        "'{locale}' is not a locale bizaudit knows",
        {
            "locale": text,
            "hint": f"for {language}, one of {', '.join(countries)}"
            if countries
            else _LOCALE_EXAMPLE,
        },
    )


def _lines(value: object) -> object:
    return _text(value, lines=True)


def _choice(value: object) -> object:
    # "Marketing" and " marketing " mean marketing; the choices themselves stay lowercase.
    return value.strip().lower() if isinstance(value, str) else value


# The JSON Schema (``bizaudit schema``) describes what people may type, not the parsed value:
# editors validate the YAML as written, so "$12,000" and "10%" must pass there too.
_MONEY_SCHEMA = WithJsonSchema(
    {
        "anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "minLength": 1}],
        "examples": [12000, "$12,000", "12k", "2.5M"],
    }
)
_SHARE_SCHEMA = WithJsonSchema(
    {
        "anyOf": [
            {"type": "number", "minimum": 0, "exclusiveMaximum": 1},
            {"type": "string", "pattern": r"^\s*(\d+(\.\d+)?\s*%|0?\.\d+|0)\s*$"},
        ],
        "examples": ["10%", 0.1],
    }
)
_COUNT_SCHEMA = WithJsonSchema(
    {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": r"^\s*\d+\s*$"}]}
)
_HOURS_SCHEMA = WithJsonSchema(
    {
        "anyOf": [
            {"type": "number", "minimum": 0, "maximum": 168},
            {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*$"},
        ]
    }
)
_TEXT_SCHEMA = WithJsonSchema(
    {"anyOf": [{"type": "string", "minLength": 1, "maxLength": TEXT_MAX}, {"type": "number"}]}
)

Money = Annotated[Decimal, _parsed_by(amounts.parse_money, "money"), _MONEY_SCHEMA]
Share = Annotated[Decimal, _parsed_by(amounts.parse_percent, "percent"), _SHARE_SCHEMA]
Count = Annotated[int, _parsed_by(amounts.parse_count, "count"), _COUNT_SCHEMA]
Hours = Annotated[Decimal, _parsed_by(amounts.parse_hours, "hours"), _HOURS_SCHEMA]
Text = Annotated[str, BeforeValidator(_text), _TEXT_SCHEMA]
Lines = Annotated[str, BeforeValidator(_lines), _TEXT_SCHEMA]
CategoryChoice = Annotated[Category, BeforeValidator(_choice)]
PurposeChoice = Annotated[Purpose, BeforeValidator(_choice)]
IndustryChoice = Annotated[Industry, BeforeValidator(_choice)]
NamedTradeChoice = Annotated[NamedTrade, BeforeValidator(_choice)]
SourceKindChoice = Annotated[SourceKind, BeforeValidator(_choice)]
SpendingChoice = Annotated[Spending, BeforeValidator(_choice)]
Pattern = Annotated[str, BeforeValidator(_text), Field(min_length=1, max_length=100)]


def _none() -> list[Any]:
    """An empty list for a field left out. A function, not ``list``: Pydantic reads a default
    factory's signature, and a built-in's is parsed from text by the tokenizer, whose one
    pattern took 2.5% of a small check's start-up to compile (measured 2026-12-05)."""
    return []


def _nothing() -> dict[Any, Any]:
    """An empty mapping for a field left out; a function for the reason :func:`_none` is."""
    return {}


#: The parts' core schemas as shipped, when they were made from this code (else None, and
#: Pydantic builds each part as usual): each part's build is then deferred, and its validator
#: compiled from the shipped schema at the end of this module (model.shipped_schemas)
_SHIPPED = shipped_schemas.shipped()
_DEFERRED = ConfigDict(defer_build=True) if _SHIPPED is not None else ConfigDict()

_MODEL_CONFIG = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True, **_DEFERRED)
#: The profile's parts are Pydantic dataclasses, not models: validated by the same schema, with
#: the same errors (io.validation reads a dataclass's two names for them) and the same JSON
#: Schema, but read as plain objects. A model's class has a ``__getattr__`` (for private
#: attributes, which a profile has none of), so every read of a field took Python's slow
#: path: 2% of auditing a batch of small profiles (docs/architecture.md).
_RECORD = ConfigDict(extra="forbid", hide_input_in_errors=True, **_DEFERRED)
_T = TypeVar("_T")


@dataclass_transform(
    frozen_default=True, kw_only_default=True, field_specifiers=(dataclasses.field, Field)
)
def _record(*, title: str | None = None) -> Callable[[type[_T]], type[_T]]:
    """A part of the profile: a Pydantic dataclass with keyword fields, immutable as far as
    mypy is concerned. At run time it has no frozen ``__setattr__``, ``__eq__`` or ``repr`` of
    its own: each is a function compiled for every class at start-up, and together they made
    the dataclasses cost 46 M instructions more to create than the models (2026-12-07)."""
    config = _RECORD if title is None else ConfigDict(**_RECORD, title=title)

    def make(cls: type[_T]) -> type[_T]:
        made = dataclass(cls, config=config, init=False, kw_only=True, eq=False, repr=False)
        return cast("type[_T]", made)

    return make


class _Record:
    """What every part of a profile shares: validated as a Pydantic model is."""

    __pydantic_validator__: ClassVar[SchemaValidator]  # set by the dataclass decorator
    __pydantic_fields__: ClassVar[dict[str, FieldInfo]]

    @classmethod
    def model_validate(cls, data: object, *, context: dict[str, Any] | None = None) -> Self:
        """Validate parsed YAML (or a dict) as this part; Pydantic's name for it on a model."""
        made: Self = cls.__pydantic_validator__.validate_python(data, context=context)
        return made

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__pydantic_fields__)
        return f"{type(self).__name__}({shown})"


@_record()
class Business(_Record):
    """Who the profile is about."""

    name: Text = Field(description="The business's name.")
    industry: IndustryChoice | None = Field(
        default=None,
        description="Your industry: a vertical (dental, restaurant, saas, legal, ...) sets the "
        "marketing range the audit holds you to; a sector (b2b-product, b2c-services, ...) "
        "picks benchmarks.",
    )
    trade: NamedTradeChoice | None = Field(
        default=None,
        description="A trade without a vertical of its own that the industry declared holds "
        "to its own range or reads by its own rules: members-club (fitness), collision "
        "(auto-repair), travel and bail (insurance-agency), senior-living (home-care), "
        "landscaping and solar (home-services), laboratory (medical). Default: read from the "
        "business's name; declared, the name is not read for it.",
    )
    currency: str = Field(
        default="USD", description="ISO 4217 code of every amount, e.g. USD, EUR."
    )
    locale: Annotated[str | None, _LOCALE_SCHEMA] = Field(
        default=None,
        description="How the reports write money, as a locale: de_DE writes 31.000 €, en_IE "
        "€31,000, fr-CA 31 000 $. Default: the currency's usual one (EUR: de_DE, USD: en_US).",
    )
    period: Text | None = Field(default=None, description="Free label for the period, e.g. FY2026.")
    months: Count = Field(
        default=12, description="How many months the period covers (for payback), default 12."
    )
    capacity_used: Share | None = Field(
        default=None,
        description="How full the business is, when its customers are limited by places: "
        "children enrolled ÷ licensed places, rooms occupied, hours booked ÷ hours open. At "
        "90% or more, more customers could not be served: a marketing share under the minimum "
        "is information, not a failure.",
    )
    spending: SpendingChoice = Field(
        default="all",
        description="all (default): the activities are every cost of the period. partial: only "
        "what some accounts paid (one card or bank export), so no operating profit is stated "
        "and marketing paid from elsewhere is not counted.",
    )

    @field_validator("trade")
    @classmethod
    def _trade(cls, value: str | None, info: ValidationInfo) -> str | None:
        """A trade is declared within the industry whose data holds it (a solar installer
        within home-services): elsewhere it would hold nothing, silently."""
        if value is None:
            return value
        from bizaudit.model import verticals  # the verticals' data, read only for a trade

        holds = verticals.trade_of(value)
        industry = info.data.get("industry")
        if industry != holds:
            raise PydanticCustomError(
                "trade_industry",
                "'{trade}' is a trade of the {holds} industry"
                + (", not of {industry}" if industry else ", which is not declared")
                + ": declare 'industry: {holds}' with it, or leave 'trade' out",
                {"trade": value, "holds": holds, "industry": industry},
            )
        return value

    @field_validator("months")
    @classmethod
    def _months(cls, value: int) -> int:
        if not 1 <= value <= 120:
            raise PydanticCustomError("months", "a period covers 1 to 120 months")
        return value

    @field_validator("currency", mode="before")
    @classmethod
    def _currency(cls, value: object) -> object:
        if isinstance(value, str) and CURRENCY_CODE.fullmatch(value.strip()):
            return value.strip().upper()
        raise PydanticCustomError(
            "currency", "expected a three-letter ISO 4217 currency code such as USD, EUR or GBP"
        )

    @field_validator("locale", mode="before")
    @classmethod
    def _locale(cls, value: object) -> object:
        return None if value is None else _locale_id(value)


def _stated(value: object) -> object:
    """A ``recurring`` written empty is an error, as a boolean field's is (only one left out
    is None: not stated)."""
    if value is None:
        raise PydanticCustomError("bool_type", "Input should be a valid boolean")
    return value


def _true_when_left_out(schema: dict[str, Any]) -> None:
    """What the schema says a ``recurring`` left out means: the line runs every period,
    unless its name says it ran once (:attr:`Activity.repeats`)."""
    schema["default"] = True


#: A boolean the profile may leave out: None where it does not state it (a dataclass keeps no
#: set of the fields given, as a model's ``model_fields_set`` did; a validator noting it on
#: each line cost 1% of auditing a batch, 2026-12-07). Described as a boolean.
Stated = Annotated[bool | None, BeforeValidator(_stated), WithJsonSchema({"type": "boolean"})]


#: A name that says the line ran once: "(one time)", "one-time", "one-off", "onetime", and a
#: grand opening, which a business has once (F3 of the thirty-sixth review round, 2026-12-05:
#: a car wash's opening month of free washes was a recurring channel `plan` held every period)
_ONE_OFF = LazyPattern(r"\bone[\s-]?(?:time|off)\b|\bgrand\s+opening\b", re.IGNORECASE)
#: ...unless it says it comes back: "each quarter", "(annual)", "monthly", "every spring"
_RECURS = LazyPattern(
    r"\b(?:each|every)\s+(?:month|week|quarter|year|season|spring|summer|fall|autumn|winter)\b"
    r"|\bannual(?:ly)?\b|\bmonthly\b|\bweekly\b|\bquarterly\b"
    r"|\byearly\b|\brecurring\b|\banniversary\b|\bper\s+(?:year|month|quarter)\b",
    re.IGNORECASE,
)


@_record()
class Activity(_Record):
    """One line of the budget: something the business spends money on in the period."""

    name: Text = Field(description="What the money is spent on, in the owner's words.")
    spend: Money = Field(description="Amount spent in the period, in the profile's currency.")
    kind: CategoryChoice | None = Field(
        default=None,
        description="Override the classifier: marketing, sales, innovation, operations, "
        "cost-of-sales (the direct cost of what is sold) or contra-revenue (refunds, discounts, "
        "marketplace and delivery-platform commissions: they reduce revenue).",
    )
    purpose: PurposeChoice | None = Field(
        default=None,
        description="Override the purpose: acquire, retain or grow (marketing); convert (sales).",
    )
    channel: Text | None = Field(
        default=None,
        description="The channel this spend wins customers through (e.g. zillow, google ads, "
        "referrals): joins it to that channel's customer sources. Usually found from the name.",
    )
    recurring: Stated = Field(
        default=None,
        json_schema_extra=_true_when_left_out,
        description="Runs every period; a one-off is not a predictable channel. Left out, a "
        'name that says one-time or one-off ("LED sign (one time)"), or a grand opening, is '
        "read as a one-off.",
    )
    note: Lines | None = Field(default=None, description="Free note, shown nowhere in the score.")

    def with_spend(self, spend: Decimal) -> "Activity":
        """This line with another amount (its share of a channel), as it was validated."""
        made = copy.copy(self)
        object.__setattr__(made, "spend", spend)  # frozen: set on the copy, before anyone reads it
        return made

    @property
    def repeats(self) -> bool:
        """Whether the line runs every period: `recurring` where the profile states it, else
        not where its name says it ran once ("LED marquee sign (one time)", "one-off": AD14 of
        the nineteenth round, counted as a recurring channel). Asked only of the lines that
        may be channels, so the name is read only for them."""
        if self.recurring is not None:
            return self.recurring
        name = self.name
        if "one" in name or "One" in name or "ONE" in name or "pening" in name or "PENING" in name:
            # (a name that says it comes back is no one-off: "Grand opening events (new studio
            # each quarter)", R10 of the thirty-sixth round's re-review)
            return _ONE_OFF.search(name) is None or _RECURS.search(name) is not None
        return True

    @field_validator("purpose")
    @classmethod
    def _purpose_fits_kind(cls, value: Purpose | None, info: ValidationInfo) -> Purpose | None:
        kind = info.data.get("kind")
        if value is None or kind is None:
            return value
        allowed = PURPOSES_BY_CATEGORY[kind]
        if value not in allowed:
            fits = " or ".join(allowed) if allowed else "none: leave purpose out"
            raise PydanticCustomError(
                "purpose_kind",
                "purpose {purpose} does not fit kind {kind}; a {kind} purpose is {fits}",
                {"purpose": value, "kind": kind, "fits": fits},
            )
        return value


@_record()
class Source(_Record):
    """A customer source written out: its count, and what the name alone may not say."""

    customers: Count = Field(description="How many of the new customers came through it.")
    kind: SourceKindChoice | None = Field(
        default=None,
        description="Override the reading: referral, paid, organic, outbound, repeat or other.",
    )
    channel: Text | None = Field(
        default=None,
        description="The channel it belongs to (e.g. zillow, google ads), joining it to that "
        "channel's spend. Usually found from the name.",
    )
    retention_rate: Share | None = Field(
        default=None,
        description="The share of this source's customers who stay from one period to the "
        "next, where it differs from customers.retention_rate (door-to-door accounts that "
        "cancel sooner): the channel it joins is valued with it. Same period as the profile's "
        "rate (churn_period).",
    )


@_record()
class Customers(_Record):
    """Where the period's new customers came from."""

    new: Count | None = Field(default=None, description="New customers won in the period.")
    sources: dict[Text, Count | Source] = Field(
        default_factory=_nothing,
        description="Source name → how many of the new customers came through it, or "
        "{customers: N, kind: ..., channel: ...}.",
    )

    def counts(self) -> dict[str, int]:
        """Each source's number of customers, whichever way it was written."""
        return {
            name: value if isinstance(value, int) else value.customers
            for name, value in self.sources.items()
        }

    average_revenue: Money | None = Field(
        default=None, description="Average revenue per customer per period."
    )
    gross_margin: Share | None = Field(
        default=None, description="Gross margin on that revenue, e.g. 60%."
    )
    retention_rate: Share | None = Field(
        default=None, description="Share of customers who stay from one period to the next."
    )
    churn_rate: Share | None = Field(
        default=None, description="Share of customers lost per period (1 − retention)."
    )
    churn_period: ChurnPeriod | None = Field(
        default=None,
        description="What retention_rate or churn_rate is measured over, when not the profile's "
        "period: month, quarter or year (6% a month: churn_rate: 6% and churn_period: month).",
    )
    lifetime_value: Money | None = Field(
        default=None, description="Gross profit from a customer over their whole relationship."
    )
    contract_months: Count | None = Field(
        default=None,
        description="How many months new customers sign for (a 36-month managed-services "
        "agreement): a payback within the term is earned back under contract.",
    )
    largest_share: Share | None = Field(
        default=None,
        description="The largest customer's (or contract's) share of revenue, e.g. 40%: over "
        "a quarter, losing that one account is a risk of its own (BA129).",
    )

    @field_validator("contract_months")
    @classmethod
    def _contract(cls, value: int | None) -> int | None:
        if value is not None and not 1 <= value <= 120:
            raise PydanticCustomError("contract", "a contract runs 1 to 120 months")
        return value

    @model_validator(mode="after")
    def _one_churn_figure(self) -> "Customers":
        retention, churn = self.retention_rate, self.churn_rate
        if retention is not None and churn is not None and retention + churn != 1:
            raise PydanticCustomError(
                "churn", "retention_rate and churn_rate must add up to 100%; give only one of them"
            )
        return self


@_record()
class OwnerHours(_Record):
    """The owner's typical working week, in hours, by function."""

    # The descriptions are what `bizaudit init` asks and writes beside each figure: an owner
    # who is not told where quoting a job goes cannot split the week (a coach's review,
    # 2026-12-04: "what counts as sales hours?").
    delivery: Hours = Field(default=Decimal(0), description="Doing the work customers pay for.")
    marketing: Hours = Field(
        default=Decimal(0),
        description="Attracting and keeping customers: ads, posts, networking, talks, "
        "keeping in touch with past customers, asking for reviews and referrals.",
    )
    sales: Hours = Field(
        default=Decimal(0),
        description="Turning an enquiry into a paying customer: calls and meetings with "
        "prospects, consultations, site visits to quote, estimates, proposals, follow-ups.",
    )
    innovation: Hours = Field(default=Decimal(0), description="Building new products or services.")
    admin: Hours = Field(
        default=Decimal(0),
        description="Running the business: books, invoicing, hiring, suppliers, IT.",
    )
    rate: Money | None = Field(
        default=None,
        description="What an hour of the owner's time is worth (what they bill, or would pay "
        "someone to do the work): the report then counts marketing hours as investment too, "
        "at no more than an hour of the owner's delivery brings in.",
    )

    owners: Annotated[Count, Field(ge=1, le=MAX_OWNERS)] = Field(
        default=1,
        description="How many owners these hours are for, when partners' weeks are added "
        "together: a week's 168 hours and a long week are then each owner's.",
    )

    @model_validator(mode="after")
    def _fits_in_a_week(self) -> "OwnerHours":
        if self.total > 168 * self.owners:
            whose = (
                "the 168 hours in a week"
                if self.owners == 1
                else f"{self.owners} owners' 168 hours a week"
            )
            raise PydanticCustomError(
                "hours_total",
                "these hours add up to {total} a week, more than {whose}",
                {"total": str(self.total), "whose": whose},
            )
        return self

    @property
    def total(self) -> Decimal:
        return self.delivery + self.marketing + self.sales + self.innovation + self.admin


class Policy(BaseModel):
    """Thresholds for this profile; command-line flags override them."""

    model_config = _MODEL_CONFIG

    min_marketing_share: Share | None = Field(
        default=None, description="Least marketing spend as a share of revenue (default 10%)."
    )
    max_referral_share: Share | None = Field(
        default=None, description="Most new customers that may come from referrals (default 50%)."
    )
    min_owner_marketing_time: Share | None = Field(
        default=None,
        description="Least share of the owner's hours spent on marketing (default 10%).",
    )
    ltv_horizon_years: Annotated[Count, Field(ge=1, le=30)] | None = Field(
        default=None,
        description="Years over which a customer's lifetime value is counted (default 5).",
    )


@_record()
class Skip(_Record):
    """A rule this profile opts out of, and why. Skipped rules are reported as skipped."""

    rule: str = Field(description="The rule's ID, e.g. BA104.")
    reason: Text = Field(description="Why the rule does not apply to this business.")

    @field_validator("rule", mode="before")
    @classmethod
    def _known_rule(cls, value: object, info: ValidationInfo) -> object:
        return known_rule(value, info)


def known_rule(value: object, info: ValidationInfo) -> object:
    """A rule's ID, upper-cased, checked against the rules. The rules live above this layer:
    whoever validates passes their IDs in the context ({"rules": [...]}), as the loaders do,
    so a typo is caught at its line."""
    text = value.strip().upper() if isinstance(value, str) else value
    known = (info.context or {}).get("rules")
    if known is not None and text not in known:
        raise PydanticCustomError(
            "rule_id",
            "unknown rule {rule}; the rules are {known}",
            {"rule": str(value), "known": ", ".join(known)},
        )
    return text


@_record()
class _Match(_Record):
    """A user's classification rule matches by ``term`` or by ``pattern``, never both."""

    term: Text | None = Field(
        default=None,
        description="Words matched like the built-in terms (any case, plural or punctuation).",
    )
    pattern: Pattern | None = Field(
        default=None,
        description="A shell-style wildcard over the whole name, e.g. '6100 *' or '*promo*'.",
    )

    @model_validator(mode="after")
    def _one_way_to_match(self) -> "_Match":
        if (self.term is None) == (self.pattern is None):
            raise PydanticCustomError("rule_match", "give either 'term' or 'pattern' (one of them)")
        return self


@_record()
class ActivityRule(_Match):
    """Classify activities that match as this kind and purpose (wins over the built-in terms)."""

    kind: CategoryChoice = Field(description="marketing, sales, innovation or operations.")
    purpose: PurposeChoice | None = Field(
        default=None, description="acquire, retain or grow (marketing); convert (sales)."
    )

    @field_validator("purpose")
    @classmethod
    def _purpose_fits_kind(cls, value: Purpose | None, info: ValidationInfo) -> Purpose | None:
        return Activity._purpose_fits_kind(value, info)


@_record()
class SourceRule(_Match):
    """Read customer sources that match as this kind of channel."""

    kind: SourceKindChoice = Field(description="referral, paid, organic, outbound or other.")


@_record()
class ClassifyRules(_Record):
    """Your own terms and patterns; they win over the built-in ones."""

    activities: list[ActivityRule] = Field(
        default_factory=_none, max_length=MAX_RULES, description="Activity rules."
    )
    sources: list[SourceRule] = Field(
        default_factory=_none, max_length=MAX_RULES, description="Customer-source rules."
    )


@_record(title="bizaudit business profile")
class Profile(_Record):
    """A business profile for one period."""

    version: Annotated[
        int, _parsed_by(amounts.parse_count, "count"), WithJsonSchema({"enum": [1, "1"]})
    ] = Field(description="Schema version of this file; always 1.")
    business: Business = Field(description="Who the profile is about.")
    revenue: Money = Field(
        description="Revenue for the period, in the profile's currency, as the books show it. "
        "A line marked kind: contra-revenue (refunds, discounts, commissions kept) comes out of "
        "it: net revenue is revenue less those lines. A line the audit reads as revenue given "
        "up (a discount, a free or waived service, member credits, a move-in special; BA116) is "
        "read the same way, out of net revenue and out of the costs, so the operating profit is "
        "the same; if this revenue is already after such discounts, delete those lines instead."
    )
    activities: list[Activity] = Field(description="Everything the business spends money on.")
    customers: Customers | None = Field(default=None, description="Where new customers came from.")
    owner_hours: OwnerHours | None = Field(
        default=None, description="The owner's working hours per week, by function."
    )
    policy: Policy = Field(default_factory=Policy, description="Thresholds for this profile.")
    skip: list[Skip] = Field(default_factory=_none, description="Rules this profile opts out of.")
    classify: ClassifyRules = Field(
        default_factory=ClassifyRules, description="Your own classification terms and patterns."
    )

    @field_validator("version")
    @classmethod
    def _supported(cls, value: int) -> int:
        if value != 1:
            raise PydanticCustomError(
                "version",
                "profile version {version} is not supported; this bizaudit reads version 1",
                {"version": value},
            )
        return value


#: Every part, each after the parts it holds (the order Pydantic builds them in)
PARTS: tuple[type[Any], ...] = (
    Business,
    Activity,
    Source,
    Customers,
    OwnerHours,
    Policy,
    Skip,
    _Match,
    ActivityRule,
    SourceRule,
    ClassifyRules,
    Profile,
)


def build_parts() -> None:
    """Let Pydantic build every part from its annotations, as it does without a shipped file
    (what ``python -m bizaudit.io.precompute`` ships)."""
    from pydantic.dataclasses import rebuild_dataclass

    for part in PARTS:
        if isinstance(part, type) and issubclass(part, BaseModel):
            part.model_rebuild(force=True)
        else:
            rebuild_dataclass(part, force=True)


if _SHIPPED is not None and not shipped_schemas.install(globals(), _SHIPPED):
    build_parts()

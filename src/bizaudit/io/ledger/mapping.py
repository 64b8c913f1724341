"""The ``--map`` file: which columns of an unusual export hold what.

.. code-block:: yaml

    columns:
      date: Posted
      description: Details
      amount: Value           # one signed column, or money_out: and money_in: columns
      account: Category       # optional; payee: optional
    money_out_sign: negative  # is spending negative (a bank) or positive (a ledger)?
    income_accounts: [Sales]  # rows in these accounts are revenue
    currency: EUR             # optional: the export's currency

It is read like a profile: every mistake is reported at its line and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from bizaudit.io import loading, validation
from bizaudit.io.errors import InputError
from bizaudit.io.ledger import layouts
from bizaudit.model.profile import CURRENCY_CODE, Text

__all__ = ["ColumnMap", "MapFile", "load"]

_CONFIG = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class MapColumns(BaseModel):
    """Our fields, each with the name of the export's column that holds it."""

    model_config = _CONFIG

    date: Text
    description: Text
    amount: Text | None = None  # one signed column, or money_out and money_in
    money_out: Text | None = None
    money_in: Text | None = None
    account: Text | None = None
    payee: Text | None = None

    @model_validator(mode="after")
    def _money(self) -> MapColumns:
        if self.amount is None and (self.money_out is None or self.money_in is None):
            raise PydanticCustomError(
                "map_money", "name an 'amount' column, or both 'money_out' and 'money_in'"
            )
        return self


class ColumnMap(BaseModel):
    """A whole map file."""

    model_config = _CONFIG

    columns: MapColumns
    money_out_sign: Literal["negative", "positive"] = "negative"
    income_accounts: list[Text] = []
    currency: str | None = None  # the export's currency, when it does not say

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str | None) -> str | None:
        if value is not None and not CURRENCY_CODE.fullmatch(value.strip()):
            raise PydanticCustomError(
                "currency", "expected a three-letter ISO 4217 code such as USD, EUR or GBP"
            )
        return None if value is None else value.strip().upper()

    @field_validator("income_accounts")
    @classmethod
    def _needs_accounts(cls, value: list[str], info: ValidationInfo) -> list[str]:
        columns = info.data.get("columns")
        if value and columns is not None and columns.account is None:
            raise PydanticCustomError(
                "map_income", "income accounts need an 'account' column in 'columns'"
            )
        return value


@dataclass(frozen=True)
class MapFile:
    """A map file as read: its fields, and where each stood, for messages."""

    columns: ColumnMap
    document: loading.Document

    def missing(self, exc: layouts.MissingColumn, header: list[str], export: str) -> InputError:
        """The error for a column the map names and the export's header lacks, at the map's
        line."""
        shown = ", ".join(layouts.header_names(header))
        return self.document.error(
            ("columns", exc.field),
            f"{export} has no column {exc.wanted!r}" + (f" (it has: {shown})" if shown else ""),
            "write the column's name as the export's header does",
        )


def load(path: Path) -> MapFile:
    """Read a map file; InputError or InputErrors say what to fix, with line and column."""
    document = loading.load_file(path)
    columns = validation.parse_document(
        document,
        ColumnMap,
        "map file",
        empty="describe the export's columns under 'columns:' (see the README)",
        start="start the file with 'columns:'",
    )
    return MapFile(columns, document)

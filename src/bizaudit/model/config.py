"""What ``[tool.bizaudit]`` in pyproject.toml may hold (finding and reading it is ``io.config``)."""

from __future__ import annotations

from pydantic import ConfigDict, Field, ValidationInfo, field_validator

from bizaudit.model.profile import ClassifyRules, Policy, known_rule

__all__ = ["ProjectConfig"]


class ProjectConfig(Policy):
    """What ``[tool.bizaudit]`` may hold: the policy thresholds, ``strict``, ``fail_on`` and
    ``classify``."""

    # Built on first use: most runs have no [tool.bizaudit] to read, and building a model costs
    # start-up time.
    model_config = ConfigDict(
        extra="forbid", frozen=True, hide_input_in_errors=True, defer_build=True
    )

    strict: bool = Field(
        default=False,
        strict=True,  # TOML writes true or false; "yes" or "maybe" is a mistake to report
        description="Fail on warnings as well as errors.",
    )
    fail_on: list[str] = Field(
        default_factory=list,
        description='Rules whose warnings fail the check, reported as errors, e.g. ["BA114"].',
    )
    classify: ClassifyRules = Field(
        default_factory=ClassifyRules, description="Your own classification terms and patterns."
    )

    @field_validator("fail_on", mode="before")
    @classmethod
    def _known_rules(cls, value: object, info: ValidationInfo) -> object:
        if not isinstance(value, list):
            return value  # Pydantic says a list is expected
        return [known_rule(item, info) for item in value]

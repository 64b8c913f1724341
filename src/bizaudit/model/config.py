"""What ``[tool.bizaudit]`` in pyproject.toml may hold (finding and reading it is ``io.config``)."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from bizaudit.model.profile import ClassifyRules, Policy

__all__ = ["ProjectConfig"]


class ProjectConfig(Policy):
    """What ``[tool.bizaudit]`` may hold: the policy thresholds, ``strict`` and ``classify``."""

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
    classify: ClassifyRules = Field(
        default_factory=ClassifyRules, description="Your own classification terms and patterns."
    )

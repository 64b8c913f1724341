"""The forty-third review round's words (a CFO's review of six trades, 2026-12-06): an IT
managed-services provider (read as consulting), an event venue (hospitality), a residential
mover and a solar installer (home-services), a tutoring centre (coaching) and an artisan bakery
that sells to grocers (restaurant). Each finding is read as the CFO expects where the project's
definitions agree, and the near names that must not move are read as before."""

from __future__ import annotations

import pytest

from .conftest import (
    ACQUIRE,
    CONTRA,
    answer_in,
)


@pytest.mark.parametrize(
    ("vertical", "name", "answer"),
    [
        # N7: a co-op ad a bakery pays its grocer is a price given to a customer
        ("restaurant", "Co-op ad in Harvest Market weekly circular", CONTRA),
        ("restaurant", "Co-op circular ad - grocer", CONTRA),
        ("restaurant", "Co-op ads - grocery stores", CONTRA),
        ("restaurant", "Co-op advertising - retailers", CONTRA),
        ("wholesale", "Co-op circular ad - grocer", CONTRA),
        ("manufacturing", "Co-op circular ad - grocer", CONTRA),
        # controls: a franchisee's co-op fund stays marketing, and so does a retailer's own
        # co-op advertising, which its brands pay back in part
        ("restaurant", "Co-op advertising fund", ACQUIRE),
        ("restaurant", "Co-op fund", ACQUIRE),
        ("restaurant", "Co-op advertising", ACQUIRE),
        ("restaurant", "Regional co-op advertising (store 4512)", ACQUIRE),
        ("retail", "Co-op advertising", ACQUIRE),
        (None, "Co-op advertising", ACQUIRE),
        ("wholesale", "Co-op advertising", CONTRA),
    ],
)
def test_n7_a_co_op_ad_paid_to_a_grocer(
    vertical: str | None, name: str, answer: tuple[str, str | None]
) -> None:
    assert answer_in(vertical, name) == answer

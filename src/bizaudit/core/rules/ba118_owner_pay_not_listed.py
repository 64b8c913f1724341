"""BA118: the owner works in the business, and no line pays them."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.margins import HIGH_MARGIN
from bizaudit.core.metrics import Facts
from bizaudit.core.owner_pay import OwnerUnpaid, owner_unpaid, owner_unpaid_at_a_loss
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy

__all__ = ["OwnerPayNotListed", "OwnerUnpaid", "owner_unpaid"]


class OwnerPayNotListed(Rule):
    """The owner works in the business, and no line pays them: the profit is also their pay.

    Why it matters: the operating profit and margin, BA115's thin margin, the score and every
    "room to spend" read the profile's costs. Where the owner's own work is in none of them,
    the profit is not what the business earns after paying for its work: it is also the
    owner's wage. A gift shop that made 8% with no pay for the owner's 54 hours a week made
    0.6% once a $48,000 wage was counted (an owner's coach's re-review, 2026-12-02); deleting
    a draw that was her only pay had scored 100. Business valuers make the same adjustment
    when they replace what an owner takes with a market wage for the work (normalised
    earnings; see docs/domain.md).

    How it is computed: the profile states the owner's hours (`owner_hours`), lists all its
    spending, makes an operating profit under 20% of its revenue (the high mark of the rule
    of thumb BA115 quotes: above it a fair wage still leaves a healthy margin, and no
    verdict turns on it), and no line read as operations or cost of sales pays the owner by
    its name: a salary, wage, pay or compensation of the owner, an officer, a partner, a
    member, a principal, a founder or a director ("Officer compensation", "Salary (me)"),
    guaranteed payments, or a draw (BA116). "Payroll" alone may include the owner or not,
    and does not count. The finding gives what the profit comes to an hour of the owner's
    week: operating profit ÷ (hours a week × 52 ÷ 12 × months in the period). It is
    information, not a failure; the score stops at 79, below "Strong": the margin is not
    known until the owner's pay is, and a business that pays its owner and makes a thin
    margin is held there too (BA115), so leaving the pay out scores no better than listing
    it (a CFO's re-review, 2026-12-02).

    At an operating loss (or breaking even), with revenue, the finding says the loss leaves
    nothing for the owner's pay and would be worse with a wage for those hours: what the
    business must earn, or fund, before it pays its owners. The loss caps the score already
    (BA111), and this adds no cap (AI9 of the twenty-second round, 2026-12-04: a start-up's
    two founders worked 110 hours a week unpaid at a loss, and nothing said so).

    Where a line pays a doctor by name and no staff role ("Dr. Alvarez salary"), it may be
    the owner's pay though its name does not say so: the finding says no line *says* it pays
    the owner, and asks for that line to say so (B16 of the twenty-third round, 2026-12-04).

    How to fix: list what the owner is paid as an operations line (a salary on payroll,
    officer compensation, guaranteed payments); an owner paid only by draws lists a fair wage
    for the hours worked, what it would cost to hire someone to do that work. If the owner's
    pay is inside a line such as "Payroll", skip this rule with that reason.
    """

    id = "BA118"
    name = "owner-pay-not-listed"
    severity = "info"
    summary = "The owner works in the business, and no line pays them"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        found = owner_unpaid(facts, HIGH_MARGIN) or owner_unpaid_at_a_loss(facts)
        if found is not None:
            yield Hit(found, at=("owner_hours",))

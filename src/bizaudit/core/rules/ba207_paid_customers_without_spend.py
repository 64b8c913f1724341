"""BA207: customers from a paid channel with no spend joined to it."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.metrics import Facts
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class PaidCustomersWithoutSpend(Rule):
    """New customers from a paid channel, with nothing spent on that channel in the profile.

    Why it matters: customers who came from ads, a lead marketplace or a paid listing were
    not free. With no spend joined to their channel it shows a cost per customer of 0, the
    cheapest channel of all, and `bizaudit plan` cannot weigh it; if the spend is missing from
    the profile altogether, every CAC is too low as well.

    How it is computed: the channel table joins spend lines and customer sources; a channel
    with new customers and no spend is reported when every source in it is read as paid
    ("Google Ads", "Angi lead", "Zillow"; `bizaudit classify --source` shows how a source is
    read). Its CAC is left out of the report (null) rather than shown as 0.

    How to fix: if the spend is in the profile under another name, join it with `channel:`
    on that line (or on the source: `NAME: {customers: N, channel: NAME}`); if it is missing,
    add it as an activity; if these customers did not come from paying, correct how the
    source is read (`classify: sources: [{term: NAME, kind: organic}]`).
    """

    id = "BA207"
    name = "paid-customers-without-spend"
    severity = "warning"
    summary = "Customers from a paid channel with no spend on it"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        for channel in facts.by_channel:
            if channel.paid_without_spend:
                yield Hit(
                    channel.customers,
                    at=("customers", "sources", channel.sources[0].name),
                    subject=channel.name,
                )

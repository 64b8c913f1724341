"""BA106: an activity the classifier could not place."""

from __future__ import annotations

from collections.abc import Iterator

from bizaudit.core.financing import given_up, movement, name_moves
from bizaudit.core.metrics import Facts
from bizaudit.core.negation import says_not_done
from bizaudit.core.rules.base import Hit, Rule
from bizaudit.model.policy import EffectivePolicy


class Unclassified(Rule):
    """An activity whose name the classifier could not place.

    Why it matters: the audit counts it as operations, which is wrong if it is really
    marketing or sales, and every share in the report depends on it. A line BA116 names (a
    draw, a loan, a transfer, revenue given up, money received) is left to it, and so is a line
    BA114 flags as paying for referrals: asking for its kind beside that had invited a lender to
    file "Starbucks cards for realtors" as marketing (AA2 of the eighteenth round). So, too, is
    a line another rule of law flags (BA116's waivers, BA119, BA120, BA121): filed as
    marketing, a brewery's tickets for bar owners had become its cheapest channel (Q4 of the
    twenty-eighth round, 2026-12-05).

    How to fix: state its kind on the activity, e.g. `kind: operations`, or `kind: marketing`
    and `purpose: acquire`. The finding gives the odds: of the 1,544 names of the build part
    (15,409 names) that no term placed, 968 are operations (6 in 10) and 277 cost of sales
    (2 in 10); marketing, sales, innovation and contra-revenue share the other 299 (measured
    2026-12-05, after the twenty-third round of names; four earlier rounds aimed at the other kinds
    had moved operations from 7 in 10; a test holds the figures). When the name is spelled
    almost as a known term, in any word order (rapidfuzz's token_sort_ratio, 90 or more; looked
    for in a profile's first 500 unplaced lines, as each takes a millisecond), the finding names
    it: all 10 such names had that term's kind. It no longer suggests the term a looser match finds
    (WRatio, 85): that kind was right for 162 of 606 names (27%), with suggestions such as
    'check in' for "Malpractice ins". `bizaudit classify "NAME"` shows how a name is read.
    """

    id = "BA106"
    name = "unclassified-activity"
    severity = "warning"
    summary = "An activity could not be classified"

    def check(self, facts: Facts, policy: EffectivePolicy) -> Iterator[Hit]:
        # BA114 says what such a line is and what to do: asking for its kind beside that
        # invited the owner to file a kickback as marketing (AA2 of the eighteenth round); so
        # do the other rules of law (BA116's deductible offsets, BA119, BA120, BA121): a brewery
        # told to file tickets for bar owners as marketing made them its cheapest channel (Q4
        # of the twenty-eighth round). ``law_flagged`` holds BA114's lines too.
        flagged = (
            *facts.adjuster_payments,
            *facts.settlement_payments,
            *(item for _, lines in facts.law_flagged for item in lines),
        )
        paying = {id(item) for item in flagged}
        for item in facts.activities:
            if item.classification.confidence == "none" and id(item) not in paying:
                if movement(item.activity.name, None) is not None:
                    continue  # BA116 says what it is: a draw, a loan, a transfer (a re-review)
                # ...or revenue given up, or money received: BA106 had asked for a kind beside
                # BA116's "contra-revenue" (a CFO's re-review, 2026-12-03)
                name, note = item.activity.name, item.activity.note
                # ...or money held: VAT remitted, a deposit, pre-need trust (R11 of the
                # thirty-fifth round's re-review: BA106 asked what 'Umsatzsteuer-Zahllast' was
                # beside BA116 saying so); remembered per name
                if name_moves(name) is not None or given_up(name, note):
                    continue
                # ...or a line at no cost that says its practice is no longer done ("Contracts
                # signed without the 3-day cancellation notice (fixed in March)"): it moves no
                # figure and says what it was (F5 of the forty-ninth round's third re-review)
                if not item.activity.spend and says_not_done(name):
                    continue
                yield Hit(
                    figures=item.classification.nearest,
                    at=("activities", item.position),
                    subject=item.activity.name,
                )

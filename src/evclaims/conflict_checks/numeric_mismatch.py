"""Find different numbers given for the same quantity of the same thing.

Rule `conflict.numeric_mismatch`: percentages, sums of money and counts are
paired across articles by `amount_pairs` (same cluster or same subject, same
kind and unit, shared anchor words); a thing measured with different values is
one conflict, the most widely given value on one side and the others on the
other, both values shown. Bounds ("more than 100") disagree only when 50%
apart. It is an `update` when one side is dated after the other and comes from
firmer sources (the party itself after a report). Severity: high when the
values differ by RELATIVE_HIGH or more, else medium; low for an update.
"""

from __future__ import annotations

from ..models import Conflict, ConflictKind, Severity
from .amount_pairs import Readings, Sides, claims_of, disagreements, split_sides
from .amounts import Amount, differ
from .context import ConflictContext, content_text, make_conflict
from .text import gist

KIND: ConflictKind = "numeric_mismatch"
KINDS = frozenset({"percent", "money", "count"})
RELATIVE_HIGH = 0.1


def find(ctx: ConflictContext) -> list[Conflict]:
    """Return one conflict per thing that articles give different numbers for.

    When a later, firmer figure updates earlier ones that already disagreed among
    themselves ("$410 million" against "$430 million", then "$395 million" announced),
    the earlier disagreement is a conflict of its own besides the update.
    """
    out: list[Conflict] = []
    for found in disagreements(ctx, KINDS):
        groups = found.values(lambda a, b: not differ(a, b))
        sides = split_sides(ctx, groups)
        out.append(_conflict(ctx, sides, found.readings))
        if sides.update and len(sides.groups) > 2:
            earlier = sides.groups[:-1]
            rest = [r for g in earlier[1:] for r in g]
            before = Sides(earlier, claims_of(earlier[0]), claims_of(rest), False)
            out.append(_conflict(ctx, before, [r for g in earlier for r in g]))
    return out


def _conflict(ctx: ConflictContext, sides: Sides, readings: Readings) -> Conflict:
    """Return the conflict of one thing's differing numbers, split into `sides`."""
    groups, update = sides.groups, sides.update
    example = min((c for c, _ in readings), key=lambda c: len(content_text(c)))
    lead = "Update on a figure" if update else "Accounts differ on a figure"
    summary = f"{lead}: {sides.values(ctx)}, as in “{gist(content_text(example), 80)}”."
    severity: Severity = "low" if update else _severity(groups[0][0][1], groups[1][0][1])
    return make_conflict(KIND, [sides.side_a, sides.side_b], summary, severity, update)


def _severity(a: Amount, b: Amount) -> Severity:
    """Return high when two values are RELATIVE_HIGH apart or more, else medium."""
    gap = abs(a.value - b.value) / max(abs(a.value), abs(b.value), 1e-9)
    return "high" if gap >= RELATIVE_HIGH else "medium"

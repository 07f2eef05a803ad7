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
from .amount_pairs import Disagreement, disagreements, split_sides
from .amounts import Amount, differ
from .context import ConflictContext, content_text, make_conflict
from .text import gist

KIND: ConflictKind = "numeric_mismatch"
KINDS = frozenset({"percent", "money", "count"})
RELATIVE_HIGH = 0.1


def find(ctx: ConflictContext) -> list[Conflict]:
    """Return one conflict per thing that articles give different numbers for."""
    return [_conflict(ctx, d) for d in disagreements(ctx, KINDS)]


def _conflict(ctx: ConflictContext, found: Disagreement) -> Conflict:
    """Return the conflict of one thing's differing numbers."""
    groups = found.values(lambda a, b: not differ(a, b))
    sides = split_sides(ctx, groups)
    side_a, side_b, update = sides.side_a, sides.side_b, sides.update
    example = min((c for c, _ in found.readings), key=lambda c: len(content_text(c)))
    lead = "Update on a figure" if update else "Accounts differ on a figure"
    summary = f"{lead}: {sides.values(ctx)}, as in “{gist(content_text(example), 80)}”."
    severity: Severity = "low" if update else _severity(groups[0][0][1], groups[1][0][1])
    return make_conflict(KIND, [side_a, side_b], summary, severity, update)


def _severity(a: Amount, b: Amount) -> Severity:
    """Return high when two values are RELATIVE_HIGH apart or more, else medium."""
    gap = abs(a.value - b.value) / max(abs(a.value), abs(b.value), 1e-9)
    return "high" if gap >= RELATIVE_HIGH else "medium"

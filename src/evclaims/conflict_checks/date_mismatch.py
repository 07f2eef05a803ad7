"""Find different dates given for the same event.

Rule `conflict.date_mismatch`: years and month-day dates in claims are paired
across articles by `amount_pairs` (same cluster or same subject, shared anchor
words, or the only date of each claim in one cluster); an event dated
differently is one conflict, the most widely given date on one side. It is an
`update` when one side is dated after the other and comes from firmer sources
(an announcement after a report). Severity: high when the years differ, else
medium; low for an update.
"""

from __future__ import annotations

from ..models import Conflict, ConflictKind, Severity
from .amount_pairs import Disagreement, disagreements, split_sides
from .amounts import Amount, differ
from .context import ConflictContext, content_text, make_conflict
from .text import gist

KIND: ConflictKind = "date_mismatch"
KINDS = frozenset({"year", "date"})


def find(ctx: ConflictContext) -> list[Conflict]:
    """Return one conflict per event that articles date differently."""
    return [_conflict(ctx, d) for d in disagreements(ctx, KINDS)]


def _conflict(ctx: ConflictContext, found: Disagreement) -> Conflict:
    """Return the conflict of one event's differing dates."""
    groups = found.values(lambda a, b: a.kind == b.kind and not differ(a, b))
    sides = split_sides(ctx, groups)
    side_a, side_b, update = sides.side_a, sides.side_b, sides.update
    example = min((c for c, _ in found.readings), key=lambda c: len(content_text(c)))
    lead = "Update on the date of an event" if update else "Accounts date one event differently"
    summary = f"{lead}: {sides.values(ctx)}, as in “{gist(content_text(example), 80)}”."
    years = {_year(a) for g in groups for _, a in g} - {0}
    severity: Severity = "low" if update else ("high" if len(years) > 1 else "medium")
    return make_conflict(KIND, [side_a, side_b], summary, severity, update)


def _year(amount: Amount) -> int:
    """Return the year an amount names, or 0."""
    return int(amount.value) if amount.kind == "year" else int(amount.value) // 10000

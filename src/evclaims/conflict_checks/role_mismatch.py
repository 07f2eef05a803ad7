"""Find one speaker given titles in different articles that cannot both be true at once.

Rule `conflict.role_mismatch`: the roles of one party's claims are parsed by
`evclaims.roles`; claims in different articles whose roles are incompatible
(former against current holder of an office, exclusive offices of one body,
different parties) make one conflict per pair of role readings. Different
phrasings of one role never conflict. It is an `update` when both sides are
dated and more than UPDATE_DAYS apart (the title may have changed between
them). Severity: medium, low for an update.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import combinations

from ..models import Claim, Conflict, ConflictKind
from ..roles import Role, incompatibility, parse_role
from .context import ConflictContext, make_conflict
from .text import join_names

KIND: ConflictKind = "role_mismatch"

UPDATE_DAYS = 30


def find(ctx: ConflictContext) -> list[Conflict]:
    """Return one conflict per speaker and pair of incompatible role readings."""
    readings: dict[str, dict[Role, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in ctx.claims:
        party = ctx.party_of(claim)
        if party and claim.role and claim.role.strip():
            role = parse_role(claim.role.strip())
            if role.offices or role.party:
                readings[party][role].append(claim)
    conflicts = []
    for _party, by_role in sorted(readings.items()):
        roles = sorted(by_role, key=lambda r: (r.raw.lower(), r.raw))
        for a, b in combinations(roles, 2):
            reason = incompatibility(a, b)
            side_a, side_b = by_role[a], by_role[b]
            articles_a = {c.article for c in side_a}
            articles_b = {c.article for c in side_b}
            if reason is None or articles_a == articles_b and len(articles_a) == 1:
                continue
            conflicts.append(_conflict(ctx, a, b, side_a, side_b, reason))
    return conflicts


def _conflict(
    ctx: ConflictContext, a: Role, b: Role, side_a: list[Claim], side_b: list[Claim], why: str
) -> Conflict:
    """Return the conflict of one speaker's two incompatible titles."""
    speaker = next((c.speaker for c in side_a + side_b if c.speaker), "The speaker")
    update = _apart(ctx, side_a, side_b)
    lead = "Update: " if update else ""
    tail = (
        "; the articles are far enough apart for the title to have changed"
        if update
        else "; both cannot be true at once"
    )
    summary = (
        f"{lead}{speaker} is called “{a.raw}” in {join_names(ctx.labels(side_a))} "
        f"but “{b.raw}” in {join_names(ctx.labels(side_b))} ({why}){tail}."
    )
    return make_conflict(KIND, [side_a, side_b], summary, "low" if update else "medium", update)


def _apart(ctx: ConflictContext, side_a: list[Claim], side_b: list[Claim]) -> bool:
    """Tell whether every date of one side is more than UPDATE_DAYS from the other side's."""
    dates_a = [ctx.date(c) for c in side_a]
    dates_b = [ctx.date(c) for c in side_b]
    if not dates_a or not dates_b or None in dates_a or None in dates_b:
        return False
    try:
        da = [date.fromisoformat(d or "") for d in dates_a]
        db = [date.fromisoformat(d or "") for d in dates_b]
    except ValueError:
        return False
    gap = min(abs((x - y).days) for x in da for y in db)
    return gap > UPDATE_DAYS

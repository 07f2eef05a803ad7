"""Keep cluster and conflict ids, and their reviews, stable across re-ingests.

Ids are derived from content, so a cluster or conflict that gains a member, or
whose speaker a user renamed, can get a new id. A reviewer's decision must not be
lost when that happens: a new group that keeps at least half of an old group's
members takes over the old id and its review. Members are compared by where they
stand (article, span, status), not by claim id, so renaming a speaker keeps them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from .models import Claim, Cluster, ClusterOverride, Conflict

Group = TypeVar("Group", Cluster, Conflict)


Place = tuple[str, int, int, str]


def places(claims: Sequence[Claim]) -> dict[str, Place]:
    """Map claim ids to where the claim stands: article, span and status."""
    return {c.id: (c.article, c.span[0], c.span[1], c.status) for c in claims}


def successor_ids(
    new: Sequence[Group],
    old: Sequence[Group],
    same_kind: Callable[[Group, Group], bool],
    new_places: Mapping[str, Place] | None = None,
    old_places: Mapping[str, Place] | None = None,
) -> dict[str, str]:
    """Map each new group id to the old id it continues (itself when unchanged)."""

    def members(group: Group, where: Mapping[str, Place] | None) -> set[object]:
        return {where.get(c, c) if where else c for c in group.claims}

    old_ids = {g.id for g in old}
    mapping = {g.id: g.id for g in new if g.id in old_ids}
    taken = set(mapping.values())
    candidates: list[tuple[int, str, str]] = []
    for group in new:
        if group.id in mapping:
            continue
        mine = members(group, new_places)
        for before in old:
            if before.id in taken or not same_kind(group, before):
                continue
            theirs = members(before, old_places)
            shared = len(mine & theirs)
            if shared and 2 * shared >= len(theirs):
                candidates.append((-shared, group.id, before.id))
    for _, new_id, old_id in sorted(candidates):
        if new_id not in mapping and old_id not in taken:
            mapping[new_id] = old_id
            taken.add(old_id)
    return mapping


def carry_clusters(
    clusters: list[Cluster],
    claims: list[Claim],
    previous: Sequence[Cluster],
    overrides: Sequence[ClusterOverride],
    previous_claims: Sequence[Claim] = (),
) -> tuple[list[Cluster], list[Claim]]:
    """Give continuing clusters their old id, review and user label."""
    mapping = successor_ids(
        clusters, previous, lambda a, b: True, places(claims), places(previous_claims)
    )
    reviews = {c.id: c.review for c in previous}
    labels = {o.cluster: o.label for o in overrides if o.cluster and o.label}
    carried = []
    for cluster in clusters:
        cid = mapping.get(cluster.id, cluster.id)
        carried.append(
            cluster.model_copy(
                update={
                    "id": cid,
                    "review": reviews.get(cid, cluster.review),
                    "label": labels.get(cid, cluster.label),
                }
            )
        )
    renamed = [
        c.model_copy(update={"cluster": mapping.get(c.cluster, c.cluster)}) if c.cluster else c
        for c in claims
    ]
    return sorted(carried, key=lambda c: c.id), renamed


def carry_conflicts(
    conflicts: list[Conflict],
    previous: Sequence[Conflict],
    claims: Sequence[Claim] = (),
    previous_claims: Sequence[Claim] = (),
) -> list[Conflict]:
    """Give continuing conflicts of the same kind their old id and review."""
    mapping = successor_ids(
        conflicts,
        previous,
        lambda a, b: a.kind == b.kind,
        places(claims),
        places(previous_claims),
    )
    reviews = {c.id: c.review for c in previous}
    carried = []
    for conflict in conflicts:
        cid = mapping.get(conflict.id, conflict.id)
        carried.append(
            conflict.model_copy(update={"id": cid, "review": reviews.get(cid, conflict.review)})
        )
    return sorted(carried, key=lambda c: c.id)

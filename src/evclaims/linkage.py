"""Group items by average linkage over a sparse similarity graph, with cannot-links."""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass
class Constraint:
    """What may not mix inside one group: stance group, speaker, split tags."""

    group: str
    principals: frozenset[str] = frozenset()
    tags: frozenset[int] = field(default_factory=frozenset)

    def allows(self, other: Constraint) -> bool:
        """Tell whether two groups may be merged."""
        if self.group != other.group or self.tags & other.tags:
            return False
        return len(self.principals | other.principals) <= 1

    def join(self, other: Constraint) -> Constraint:
        """Return the constraint of the merged group."""
        return Constraint(self.group, self.principals | other.principals, self.tags | other.tags)


def average_linkage(
    constraints: Sequence[Constraint],
    edges: Mapping[tuple[int, int], float],
    threshold: float,
) -> list[list[int]]:
    """Return groups of item indices merged while their mean pairwise score ≥ threshold.

    Pairs missing from `edges` score 0, so a group cannot grow through a chain
    of weak links; an edge of -inf forbids the two items from ever sharing a group.
    """
    n = len(constraints)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    state: dict[int, Constraint] = dict(enumerate(constraints))
    nbr: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    heap: list[tuple[float, int, int]] = []
    for (i, j), s in sorted(edges.items()):
        nbr[i][j] = s
        nbr[j][i] = s
        if s >= threshold:
            heap.append((-s, i, j))
    heapq.heapify(heap)
    next_id = n
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if not state[a].allows(state[b]):
            continue
        c = next_id
        next_id += 1
        members[c] = members.pop(a) + members.pop(b)
        state[c] = state.pop(a).join(state.pop(b))
        acc: dict[int, float] = {}
        for old, other in ((a, b), (b, a)):
            for x, s in nbr.pop(old).items():
                if x != other:
                    acc[x] = acc.get(x, 0.0) + s
        size = len(members[c])
        for x in sorted(acc):
            row = nbr[x]
            row.pop(a, None)
            row.pop(b, None)
            row[c] = acc[x]
            avg = acc[x] / (size * len(members[x]))
            if avg >= threshold:
                heapq.heappush(heap, (-avg, x, c))
        nbr[c] = acc
    return [sorted(m) for _, m in sorted(members.items())]

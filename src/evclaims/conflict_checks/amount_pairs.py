"""Pair the numbers (or dates) that two accounts give for one thing, and group the disagreements.

Two claims in different articles are compared when they share a cluster, or
when they are about the same subject: their topic terms (numbers aside) overlap
by at least SAME_SUBJECT and they name a common capitalised word. Amounts of
one kind pair up when `amounts.same_thing` holds; connected pairs form one
thing, and a thing whose pairs disagree (`amounts.differ`) is a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from ..models import Claim
from .amounts import Amount, amounts, differ, same_thing
from .context import ConflictContext, content_text
from .text import jaccard, join_names, topic_terms
from .union import Union

SAME_SUBJECT = 0.4
"""Topic overlap (Jaccard) at which two unclustered claims are about the same subject."""
MAX_NAME_BLOCK = 150
"""A capitalised word held by more claims than this is too common to pair claims by."""


@dataclass
class Disagreement:
    """One thing measured differently: each claim with the amount it gives."""

    readings: list[tuple[Claim, Amount]]

    def values(self, same: Callable[[Amount, Amount], bool]) -> list[list[tuple[Claim, Amount]]]:
        """Return the readings grouped by value, most common first (then in text order)."""
        groups: list[list[tuple[Claim, Amount]]] = []
        for reading in sorted(self.readings, key=lambda r: (r[0].article, r[0].span)):
            for group in groups:
                if same(group[0][1], reading[1]):
                    group.append(reading)
                    break
            else:
                groups.append([reading])
        return sorted(groups, key=lambda g: -len({c.article for c, _ in g}))


def _names(text: str) -> set[str]:
    """Return the capitalised words of a text other than its first."""
    tokens = text.split()
    return {t.strip(".,;:!?\"'()“”‘’") for t in tokens[1:] if t[:1].isupper()} - {""}


@dataclass
class Subject:
    """What a claim is about: its topic terms and capitalised words, computed once."""

    terms: set[str]
    names: set[str]

    @classmethod
    def of(cls, claim: Claim) -> Subject:
        """Return the subject of a claim's content."""
        text = content_text(claim)
        return cls(topic_terms(text), _names(text))


def comparable(a: Claim, b: Claim, subjects: dict[str, Subject] | None = None) -> bool:
    """Tell whether two claims of different articles may give one thing's amounts."""
    if a.article == b.article:
        return False
    if a.cluster is not None and a.cluster == b.cluster:
        return True
    sa = subjects[a.id] if subjects else Subject.of(a)
    sb = subjects[b.id] if subjects else Subject.of(b)
    return jaccard(sa.terms, sb.terms) >= SAME_SUBJECT and bool(sa.names & sb.names)


def candidate_pairs(claims: list[Claim], subjects: dict[str, Subject]) -> list[tuple[Claim, Claim]]:
    """Return the pairs that `comparable` may accept: sharing a cluster or a capitalised word.

    Blocking on these keys keeps the check near-linear: a word held by more than
    MAX_NAME_BLOCK claims is dropped as a key; `comparable` decides.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for n, claim in enumerate(claims):
        if claim.cluster is not None:
            blocks["k:" + claim.cluster].append(n)
        for name in subjects[claim.id].names:
            blocks["n:" + name].append(n)
    seen: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if key.startswith("n:") and len(members) > MAX_NAME_BLOCK:
            continue
        for i, j in combinations(members, 2):
            if claims[i].article != claims[j].article:
                seen.add((i, j))
    return [(claims[i], claims[j]) for i, j in sorted(seen)]


def disagreements(ctx: ConflictContext, kinds: frozenset[str]) -> list[Disagreement]:
    """Return the things of the given amount kinds that different articles measure differently."""
    found: dict[str, list[Amount]] = {}
    for claim in ctx.claims:
        mine = [a for a in amounts(claim) if a.kind in kinds]
        if mine:
            found[claim.id] = mine
    claims = [c for c in ctx.claims if c.id in found]
    subjects = {c.id: Subject.of(c) for c in claims}
    union = Union()
    clash: set[str] = set()
    nodes: dict[str, tuple[Claim, Amount]] = {}
    for a, b in candidate_pairs(claims, subjects):
        if not comparable(a, b, subjects):
            continue
        same_cluster = a.cluster is not None and a.cluster == b.cluster
        pairs = [
            (i, j)
            for i, x in enumerate(found[a.id])
            for j, y in enumerate(found[b.id])
            if same_thing(x, y, same_cluster and _only(found[a.id], x) and _only(found[b.id], y))
        ]
        for i, j in best_pairs(pairs, found[a.id], found[b.id]):
            x, y = found[a.id][i], found[b.id][j]
            nx, ny = f"{a.id}#{i}", f"{b.id}#{j}"
            nodes[nx], nodes[ny] = (a, x), (b, y)
            union.join(nx, ny)
            if differ(x, y):
                clash.add(nx)
    groups: dict[str, list[tuple[Claim, Amount]]] = defaultdict(list)
    for node, reading in sorted(nodes.items()):
        groups[union.find(node)].append(reading)
    flagged = {union.find(n) for n in clash}
    return [Disagreement(readings) for root, readings in groups.items() if root in flagged]


def best_pairs(
    pairs: list[tuple[int, int]], xs: list[Amount], ys: list[Amount]
) -> list[tuple[int, int]]:
    """Keep the pairs where each amount is the other's closest match by its nearby words.

    "lead levels of 24 ppb, above the action level of 15 ppb" against "lead levels of
    34 ppb": 34 answers 24, whose words around it are most alike, not 15.
    """

    def likeness(pair: tuple[int, int]) -> int:
        return len(xs[pair[0]].context & ys[pair[1]].context)

    best_x: dict[int, int] = {}
    best_y: dict[int, int] = {}
    for pair in pairs:
        best_x[pair[0]] = max(best_x.get(pair[0], -1), likeness(pair))
        best_y[pair[1]] = max(best_y.get(pair[1], -1), likeness(pair))
    return [p for p in pairs if likeness(p) == best_x[p[0]] == best_y[p[1]]]


def _only(mine: list[Amount], amount: Amount) -> bool:
    """Tell whether `amount` is the only one of its kind among a claim's amounts."""
    return sum(a.kind == amount.kind for a in mine) == 1


Readings = list[tuple[Claim, Amount]]


@dataclass
class Sides:
    """A disagreement split for a conflict: the groups of readings by value, and the sides."""

    groups: list[Readings]
    side_a: list[Claim]
    side_b: list[Claim]
    update: bool

    def values(self, ctx: ConflictContext) -> str:
        """Return the values with the articles giving them, in words."""
        shown = [
            f"{' / '.join(dict.fromkeys(a.text for _, a in g))} "
            f"({join_names(ctx.labels(claims_of(g)))})"
            for g in self.groups
        ]
        if self.update:
            earlier = join_names(shown[:-1])
            return f"earlier accounts give {earlier}, the later one {shown[-1]}"
        return " against ".join(shown)


def claims_of(readings: Readings) -> list[Claim]:
    """Return the distinct claims of some readings."""
    return list({c.id: c for c, _ in readings}.values())


def split_sides(ctx: ConflictContext, groups: list[Readings]) -> Sides:
    """Put the latest value on side B as an update when it supersedes all others, else the
    most widely given value on side A and the rest on side B."""
    for i, group in enumerate(groups):
        others = [r for j, g in enumerate(groups) if j != i for r in g]
        if ctx.supersedes(claims_of(group), claims_of(others)):
            ordered = [g for j, g in enumerate(groups) if j != i] + [group]
            return Sides(ordered, claims_of(others), claims_of(group), True)
    rest = [r for g in groups[1:] for r in g]
    return Sides(groups, claims_of(groups[0]), claims_of(rest), False)

"""Find one statement by one speaker quoted with different words in different articles.

Rule `conflict.quote_variant`: two quoted claims by the same party in different
articles are the same statement when they share a cluster and a quoted term (or
SAME_CLUSTER_SENTENCE of their sentences), or their quotes share enough topic terms (Jaccard ≥ SAME_STATEMENT), or share a quoted term in
sentences that overlap (Jaccard ≥ SAME_SENTENCE); they are variants when their
quotes differ after normalising quote marks, case and punctuation, and neither
quote contains the other (a shorter excerpt is not a variant). Connected
variants make one conflict, split by article into the first article's wording
and the rest. Severity: low (not a lie, but a fact-checker must see it), medium
when the wordings differ in a number or a negation.
"""

from __future__ import annotations

from itertools import combinations

from ..models import Claim, Conflict, ConflictKind, Severity
from .context import ConflictContext, make_conflict
from .text import clip, jaccard, join_names, normalise_quote, topic_terms, word_set, words
from .union import Union

KIND: ConflictKind = "quote_variant"

SAME_STATEMENT = 0.3
"""Quotes outside a shared cluster must share this share of topic terms to be one statement."""

SAME_SENTENCE = 0.2
"""...or share a quoted term while their sentences share this share of topic terms."""

SAME_CLUSTER_SENTENCE = 0.1
"""In one cluster, quotes with no shared term need this much sentence overlap."""

NEGATIONS = word_set("not no never nothing none neither nor without n't")


def same_statement(a: Claim, b: Claim, party: str) -> bool:
    """Tell whether two quoted claims of one party report the same statement."""
    drop = frozenset(words(party))
    qa, qb = topic_terms(a.quote or "", drop), topic_terms(b.quote or "", drop)
    sentences = jaccard(topic_terms(a.text, drop), topic_terms(b.text, drop))
    if a.cluster is not None and a.cluster == b.cluster:
        return bool(qa & qb) or sentences >= SAME_CLUSTER_SENTENCE
    if jaccard(qa, qb) >= SAME_STATEMENT:
        return True
    return bool(qa & qb) and sentences >= SAME_SENTENCE


def worded_differently(a: Claim, b: Claim) -> bool:
    """Tell whether two quotes differ beyond marks and case, and neither excerpts the other."""
    x, y = normalise_quote(a.quote or ""), normalise_quote(b.quote or "")
    if not x or not y or x == y:
        return False
    return x not in y and y not in x


def find(ctx: ConflictContext) -> list[Conflict]:
    """Return one conflict per party and statement quoted with different words."""
    by_party: dict[str, list[Claim]] = {}
    for c in ctx.claims:
        party = ctx.party_of(c)
        if c.quote and party:
            by_party.setdefault(party, []).append(c)
    union = Union()
    joined: dict[str, Claim] = {}
    for party, quoted in sorted(by_party.items()):
        for a, b in combinations(quoted, 2):
            if a.article == b.article:
                continue
            if same_statement(a, b, party) and worded_differently(a, b):
                union.join(a.id, b.id)
                joined[a.id], joined[b.id] = a, b
    groups: dict[str, list[Claim]] = {}
    for claim_id, claim in sorted(joined.items()):
        groups.setdefault(union.find(claim_id), []).append(claim)
    return [_conflict(ctx, members) for members in groups.values()]


def _conflict(ctx: ConflictContext, members: list[Claim]) -> Conflict:
    """Return the conflict of one statement's differently worded quotes."""
    ordered = sorted(members, key=lambda c: (ctx.date(c) or "9999", c.article, c.span))
    first = ordered[0].article
    side_a = [c for c in ordered if c.article == first]
    side_b = [c for c in ordered if c.article != first]
    speaker = next((c.speaker for c in ordered if c.speaker_kind == "organization"), None)
    speaker = speaker or ordered[0].speaker or "The speaker"
    versions = []
    for side in (side_a, side_b):
        quotes = " / ".join(dict.fromkeys(f"“{clip(c.quote or '', 70)}”" for c in side))
        versions.append(f"{quotes} ({join_names(ctx.labels(side))})")
    summary = f"{speaker} is quoted with different words: {versions[0]} against {versions[1]}."
    severity: Severity = "medium" if _meaning_markers_differ(side_a, side_b) else "low"
    return make_conflict(KIND, [side_a, side_b], summary, severity)


def _meaning_markers_differ(side_a: list[Claim], side_b: list[Claim]) -> bool:
    """Tell whether the two wordings differ in their numbers or in negation."""

    def markers(side: list[Claim]) -> tuple[frozenset[str], bool]:
        tokens = [w for c in side for w in words(c.quote or "")]
        numbers = frozenset(w for w in tokens if w.isdigit())
        return numbers, any(w in NEGATIONS or w.endswith("n't") for w in tokens)

    return markers(side_a) != markers(side_b)

"""Point each claim in a copied passage at its counterpart in the original passage."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .models import Claim, Duplicate

MIN_TEXT_SIMILARITY = 0.6
"""A counterpart's sentence is at least this similar to the copy's (after normalising)."""

SPAN_SLACK = 40
"""A claim counts as inside a passage when it sticks out by at most this many characters."""


_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _Match:
    """A candidate counterpart with how well it matches."""

    similarity: float
    distance: float
    target: str


def _normalised(text: str) -> str:
    """Return the words of `text`, case-folded and joined by single spaces."""
    return " ".join(word.casefold() for word in _WORD.findall(text))


def _figures(normalised: str) -> list[str]:
    """Return the numbers of a normalised sentence, in order."""
    return [word for word in normalised.split() if word.isdigit()]


def _inside(span: tuple[int, int], passage: tuple[int, int]) -> bool:
    """Tell whether a claim span lies inside a passage (give or take SPAN_SLACK)."""
    return span[0] >= passage[0] - SPAN_SLACK and span[1] <= passage[1] + SPAN_SLACK


def _expected_start(claim: Claim, duplicate: Duplicate) -> float:
    """Return where the claim's counterpart should start, scaled from copy to original."""
    copy_start, copy_end = duplicate.other_span
    original_start, original_end = duplicate.span
    scale = (original_end - original_start) / max(copy_end - copy_start, 1)
    return original_start + (claim.span[0] - copy_start) * scale


def _best_counterpart(claim: Claim, duplicate: Duplicate, candidates: list[Claim]) -> _Match | None:
    """Return the best-matching claim of the original passage for a copied claim."""
    text = _normalised(claim.text)
    expected = _expected_start(claim, duplicate)
    length = max(duplicate.span[1] - duplicate.span[0], 1)
    best: _Match | None = None
    for candidate in candidates:
        if candidate.id == claim.id or not _inside(candidate.span, duplicate.span):
            continue
        if candidate.speaker != claim.speaker or candidate.speaker_kind != claim.speaker_kind:
            continue
        if duplicate.article == claim.article and candidate.span[0] >= claim.span[0]:
            continue
        other = _normalised(candidate.text)
        similarity = Indel.normalized_similarity(text, other)
        if similarity < MIN_TEXT_SIMILARITY:
            continue
        if _figures(text) != _figures(other):
            return None
        match = _Match(similarity, abs(candidate.span[0] - expected) / length, candidate.id)
        if best is None or (-match.similarity, match.distance, match.target) < (
            -best.similarity,
            best.distance,
            best.target,
        ):
            best = match
    return best


def mark_duplicate_claims(claims: list[Claim], duplicates: list[Duplicate]) -> list[Claim]:
    """Return the claims with `duplicate_of` set for those inside a copied passage.

    A claim in the copy side (`other_article`, `other_span`) of a duplicate points
    to the claim of the original side with the same speaker and the most similar
    sentence, nearest the same relative position. A copied sentence whose figures
    changed (an updated death toll, a corrected amount) is a new statement, not a
    copy: it keeps no pointer, so the conflict checks can compare its figures. Chains (a copy of a copy)
    resolve to the first original. Claims without a counterpart are unchanged.
    """
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article].append(claim)
    pointer: dict[str, _Match] = {}
    for duplicate in duplicates:
        originals = by_article.get(duplicate.article, [])
        for claim in by_article.get(duplicate.other_article, []):
            if not _inside(claim.span, duplicate.other_span):
                continue
            match = _best_counterpart(claim, duplicate, originals)
            if match is None:
                continue
            current = pointer.get(claim.id)
            if current is None or (-match.similarity, match.distance, match.target) < (
                -current.similarity,
                current.distance,
                current.target,
            ):
                pointer[claim.id] = match
    targets = {claim_id: match.target for claim_id, match in pointer.items()}
    marked: list[Claim] = []
    for claim in claims:
        target = _root(claim.id, targets)
        if target is None:
            marked.append(claim)
        else:
            marked.append(claim.model_copy(update={"duplicate_of": target}))
    return marked


def _root(claim_id: str, targets: dict[str, str]) -> str | None:
    """Follow duplicate pointers from a claim to the first original (None if not a copy)."""
    seen = {claim_id}
    current = targets.get(claim_id)
    if current is None:
        return None
    while current in targets and targets[current] not in seen:
        seen.add(current)
        current = targets[current]
    return current

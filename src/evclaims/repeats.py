"""Find runs of words repeated inside one article (a body pasted twice, a repeated paragraph).

A repeat keeps its words in step: word i of the first copy equals word i + d of
the later copy, for one distance d. Hits (a sampled shingle at positions p < q)
propose distances; each run grows from its hits along that diagonal, bridging
small substitutions, and never runs into its own later copy. rapidfuzz's Indel
similarity of the two copies confirms the run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from .passages import MAX_GAP_WORDS, MIN_BLOCK_WORDS, Hit, Passage
from .shingles import SHINGLE_WORDS

MIN_REPEAT_SIMILARITY = 0.8
"""The two copies of a repeat are at least this similar (Indel, over words)."""


def repeated_runs(ids: Sequence[int], hits: Sequence[Hit], min_words: int) -> list[Passage]:
    """Return the repeated runs of an article: first copy [x0, x1), later copy [y0, y1).

    Each later copy is paired with its earliest source only, so a run repeated
    three times gives (first, second) and (first, third).
    """
    by_distance: dict[int, list[int]] = defaultdict(list)
    for p, q in hits:
        by_distance[q - p].append(p)
    found: list[Passage] = []
    for distance in sorted(by_distance):
        covered_to = -1
        for start in sorted(set(by_distance[distance])):
            if start < covered_to:
                continue
            run = _grow(ids, distance, start)
            covered_to = run[1]
            matched = sum(ids[i] == ids[i + distance] for i in range(*run))
            if matched < min_words:
                continue
            x, y = ids[run[0] : run[1]], ids[run[0] + distance : run[1] + distance]
            if Indel.normalized_similarity(x, y) < MIN_REPEAT_SIMILARITY:
                continue
            found.append(Passage(run[0], run[1], run[0] + distance, run[1] + distance, matched))
    return _earliest_sources(found)


def _grow(ids: Sequence[int], distance: int, start: int) -> tuple[int, int]:
    """Grow a run along one diagonal from a hit, bridging gaps of up to MAX_GAP_WORDS."""
    limit = len(ids) - distance
    first = start
    last = min(start + SHINGLE_WORDS, limit)
    streak = 0
    i = first - 1
    while i >= 0 and first - i <= MAX_GAP_WORDS + MIN_BLOCK_WORDS:
        streak = streak + 1 if ids[i] == ids[i + distance] else 0
        if streak >= MIN_BLOCK_WORDS or (streak and i == first - 1):
            first = i
        i -= 1
    streak = 0
    i = last
    while i < limit and i < first + distance and i - last < MAX_GAP_WORDS + MIN_BLOCK_WORDS:
        streak = streak + 1 if ids[i] == ids[i + distance] else 0
        if streak >= MIN_BLOCK_WORDS or (streak and i == last):
            last = i + 1
        i += 1
    return first, min(last, first + distance)


def _earliest_sources(passages: list[Passage]) -> list[Passage]:
    """Keep, for each later copy, only the pairing with the earliest first copy."""
    kept: list[Passage] = []
    for passage in sorted(passages, key=lambda p: (p.x0, p.y0)):
        half = (passage.y1 - passage.y0) / 2
        if any(min(passage.y1, o.y1) - max(passage.y0, o.y0) > half for o in kept):
            continue
        kept.append(passage)
    return kept

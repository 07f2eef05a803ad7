"""Align two word sequences with rapidfuzz and cut the shared passages out of them.

Shared sampled shingles ("hits") locate where two texts agree; hits on about
the same diagonal form a region; each region's windows are aligned with
`rapidfuzz.distance.Indel` and the equal blocks, merged across small copy-edit
gaps, become passages. Offsets here are word positions; `snap_span` turns them
into character spans that start and end on sentence or line boundaries.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from .shingles import SHINGLE_WORDS

MIN_BLOCK_WORDS = 3
"""Equal runs shorter than this are chance agreement (common words), not copying."""

MAX_GAP_WORDS = 10
"""Equal runs this close on both sides belong to one passage (a copy-edit between)."""

DIAGONAL_SLACK = 60
"""Hits whose offsets differ by at most this many words share a region."""

REGION_GAP = 200
"""Hits further apart than this along a diagonal start a new region."""

WINDOW_MARGIN = 40
"""Words aligned beyond the first and last hit of a region, to find the passage's ends."""

SNAP_WORDS = 12
"""Grow a passage to its sentence start or end when that is at most this many words away."""

Hit = tuple[int, int]


@dataclass(frozen=True)
class Passage:
    """A shared passage as word ranges [x0, x1) and [y0, y1) and its matched word count."""

    x0: int
    x1: int
    y0: int
    y1: int
    matched: int


def regions(hits: Sequence[Hit]) -> list[list[Hit]]:
    """Group hits that lie on about the same diagonal and close together."""
    if not hits:
        return []
    ordered = sorted(hits, key=lambda h: (h[1] - h[0], h[0], h[1]))
    bands: list[list[Hit]] = [[ordered[0]]]
    for hit in ordered[1:]:
        last = bands[-1][-1]
        if (hit[1] - hit[0]) - (last[1] - last[0]) <= DIAGONAL_SLACK:
            bands[-1].append(hit)
        else:
            bands.append([hit])
    groups: list[list[Hit]] = []
    for band in bands:
        band.sort()
        group = [band[0]]
        for hit in band[1:]:
            if hit[0] - group[-1][0] > REGION_GAP:
                groups.append(group)
                group = []
            group.append(hit)
        groups.append(group)
    groups.sort()
    return groups


def align_window(
    x: Sequence[int], y: Sequence[int], x_range: tuple[int, int], y_range: tuple[int, int]
) -> list[Passage]:
    """Align x[x_range] with y[y_range] and return the merged passages (absolute positions)."""
    xs, xe = x_range
    ys, ye = y_range
    if xe <= xs or ye <= ys:
        return []
    blocks = [
        (block.a + xs, block.b + ys, block.size)
        for block in Indel.opcodes(x[xs:xe], y[ys:ye]).as_matching_blocks()
        if block.size >= MIN_BLOCK_WORDS
    ]
    passages: list[Passage] = []
    current: list[int] | None = None
    for a, b, size in blocks:
        if (
            current is not None
            and a - current[1] <= MAX_GAP_WORDS
            and b - current[3] <= MAX_GAP_WORDS
        ):
            current[1], current[3], current[4] = a + size, b + size, current[4] + size
            continue
        if current is not None:
            passages.append(Passage(*current))
        current = [a, a + size, b, b + size, size]
    if current is not None:
        passages.append(Passage(*current))
    return passages


def region_windows(
    group: Sequence[Hit], x_len: int, y_len: int
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Return the word windows on both sides to align for one region of hits."""
    xs = [h[0] for h in group]
    ys = [h[1] for h in group]
    x_range = (max(0, min(xs) - WINDOW_MARGIN), min(x_len, max(xs) + SHINGLE_WORDS + WINDOW_MARGIN))
    y_range = (max(0, min(ys) - WINDOW_MARGIN), min(y_len, max(ys) + SHINGLE_WORDS + WINDOW_MARGIN))
    return x_range, y_range


def merge_passages(x: Sequence[int], y: Sequence[int], found: list[Passage]) -> list[Passage]:
    """Merge passages that overlap on both sides; drop those inside another."""
    merged: list[Passage] = []
    for passage in sorted(found, key=lambda p: (p.x0, p.y0, -p.x1)):
        if merged:
            last = merged[-1]
            if passage.x0 < last.x1 and passage.y0 < last.y1:
                x0, x1 = last.x0, max(last.x1, passage.x1)
                y0, y1 = min(last.y0, passage.y0), max(last.y1, passage.y1)
                lcs = int(Indel.similarity(x[x0:x1], y[y0:y1])) // 2
                merged[-1] = Passage(x0, x1, y0, y1, lcs)
                continue
        merged.append(passage)
    return merged


def find_passages(x: Sequence[int], y: Sequence[int], hits: Sequence[Hit]) -> list[Passage]:
    """Return the passages that x and y share around the given hits, ordered by x."""
    found: list[Passage] = []
    for group in regions(hits):
        x_range, y_range = region_windows(group, len(x), len(y))
        found.extend(align_window(x, y, x_range, y_range))
    return merge_passages(x, y, found)


def passage_similarity(x: Sequence[int], y: Sequence[int], passage: Passage) -> float:
    """Return the Indel similarity of the two sides of a passage, rounded for a stable ledger."""
    value = Indel.normalized_similarity(x[passage.x0 : passage.x1], y[passage.y0 : passage.y1])
    return round(float(value), 4)


SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)|\n")
OPENERS = "\"'“‘([«"
CLOSERS = ".!?,;:\"'”’)]»"


def snap_span(
    text: str, starts: Sequence[int], ends: Sequence[int], first: int, last: int
) -> tuple[int, int]:
    """Return the character span of words [first, last), grown to sentence boundaries nearby."""
    start, end = starts[first], ends[last - 1]
    boundary = _sentence_start(text, start)
    words_before = bisect.bisect_left(starts, start) - bisect.bisect_left(starts, boundary)
    if words_before <= SNAP_WORDS:
        start = boundary
    else:
        while start > 0 and text[start - 1] in OPENERS:
            start -= 1
    stop = _sentence_end(text, end)
    words_after = bisect.bisect_left(starts, stop) - bisect.bisect_left(starts, end)
    if words_after <= SNAP_WORDS:
        end = stop
    else:
        while end < len(text) and text[end] in CLOSERS:
            end += 1
    return start, end


def _sentence_start(text: str, pos: int) -> int:
    """Return where the sentence holding `pos` starts: after a line break or sentence end."""
    window_start = max(0, pos - 2000)
    boundary = 0 if window_start == 0 else window_start
    for match in SENTENCE_END.finditer(text, window_start, pos):
        boundary = match.end()
    while boundary < pos and text[boundary].isspace():
        boundary += 1
    return boundary


def _sentence_end(text: str, pos: int) -> int:
    """Return where the sentence holding `pos` ends, after its closing punctuation."""
    match = SENTENCE_END.search(text, pos)
    if match is None:
        return len(text.rstrip())
    end = match.end()
    while end > pos and text[end - 1].isspace():
        end -= 1
    return end


QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»")


def quoted_intervals(text: str) -> list[tuple[int, int]]:
    """Return the character intervals of the text that lie inside quotation marks."""
    return [(m.start(), m.end()) for m in QUOTED.finditer(text)]


def words_in_quotes(
    starts: Sequence[int], quotes: Sequence[tuple[int, int]], first: int, last: int
) -> int:
    """Count the words in [first, last) that start inside a quoted interval."""
    count = 0
    for q_start, q_end in quotes:
        lo = max(first, bisect.bisect_left(starts, q_start))
        hi = min(last, bisect.bisect_left(starts, q_end))
        if hi > lo:
            count += hi - lo
    return count

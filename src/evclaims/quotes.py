"""Pair quotation marks by type, tolerating marks that are never closed."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

OPEN_CURLY = "“"
CLOSE_CURLY = "”"
STRAIGHT = '"'
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"
DOUBLE_MARKS = frozenset({OPEN_CURLY, CLOSE_CURLY, STRAIGHT, "«", "»", "„"})
OPENING = frozenset({OPEN_CURLY, "«", "„"})
CLOSING = frozenset({CLOSE_CURLY, "»"})


@dataclass(frozen=True, slots=True)
class QuotePair:
    """A closed quotation: `start` is the opening mark, `end` is just after the closing mark."""

    start: int
    end: int

    @property
    def inner(self) -> tuple[int, int]:
        """Return the span of the quoted words, without the marks."""
        return (self.start + 1, self.end - 1)


def _straight_opens(text: str, i: int, lo: int) -> bool:
    """Tell whether a straight double mark at `i` looks like an opening mark."""
    before = text[i - 1] if i > lo else " "
    return before.isspace() or before in "([{—–-:;,/" or i == lo


def _single_opens(text: str, i: int, lo: int) -> bool:
    """Tell whether a single mark at `i` opens a quotation (not an apostrophe)."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in '(“"—') and not after.isspace()


def _single_closes(text: str, i: int) -> bool:
    """Tell whether a single mark at `i` closes a quotation (not an apostrophe)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def pair_quotes(text: str, lo: int = 0, hi: int | None = None) -> list[QuotePair]:
    """Return the closed double-quote pairs of text[lo:hi], outermost only, in order.

    Curly marks pair by type; a straight mark opens after a space or punctuation and
    closes otherwise. An opening mark that is never closed is dropped, so one stray
    mark loses nothing after it: a new opening mark restarts the search.
    """
    hi = len(text) if hi is None else hi
    pairs: list[QuotePair] = []
    open_at = -1
    for i in range(lo, hi):
        ch = text[i]
        if ch not in DOUBLE_MARKS:
            continue
        if ch in OPENING:
            open_at = i
        elif ch in CLOSING:
            if open_at >= 0:
                pairs.append(QuotePair(open_at, i + 1))
                open_at = -1
        else:
            after = text[i + 1] if i + 1 < hi else " "
            opener = _straight_opens(text, i, lo) and not after.isspace()
            if open_at >= 0 and not (opener and text[i - 1].isspace()):
                pairs.append(QuotePair(open_at, i + 1))
                open_at = -1
            elif opener:
                open_at = i
    return pairs


def pair_single_quotes(text: str, lo: int, hi: int) -> list[QuotePair]:
    """Return the single-quote pairs of text[lo:hi] (nested quotes), skipping apostrophes."""
    pairs: list[QuotePair] = []
    open_at = -1
    for i in range(lo, hi):
        ch = text[i]
        if ch not in "‘’'":
            continue
        if open_at < 0:
            if (
                ch != CLOSE_SINGLE
                and _single_opens(text, i, lo)
                or ch == CLOSE_SINGLE
                and _single_opens(text, i, lo)
                and not text[i - 1].isalnum()
            ):
                open_at = i
        elif ch != OPEN_SINGLE and _single_closes(text, i) and i > open_at + 1:
            pairs.append(QuotePair(open_at, i + 1))
            open_at = -1
    return pairs


def opens_quote(text: str, i: int) -> bool:
    """Tell whether text[i:] starts with an opening mark: “, " or a doubled apostrophe ''."""
    return i < len(text) and (text[i] in '“"«„' or text.startswith("''", i))


def closes_quote(text: str, end: int) -> bool:
    """Tell whether text[:end] ends with a closing mark: ”, " or a doubled apostrophe ''."""
    return end > 0 and (text[end - 1] in '”"»' or text.endswith("''", 0, end))


class QuoteIndex:
    """Answer whether an offset lies inside a quotation, in O(log n)."""

    def __init__(self, pairs: list[QuotePair]) -> None:
        self.pairs = pairs
        self._starts = [p.start for p in pairs]

    def covering(self, pos: int) -> QuotePair | None:
        """Return the pair whose marks enclose `pos`, if any."""
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and self.pairs[k].start <= pos < self.pairs[k].end:
            return self.pairs[k]
        return None

    def inside(self, pos: int) -> bool:
        """Tell whether `pos` lies within a quotation (marks included)."""
        return self.covering(pos) is not None

    def within(self, lo: int, hi: int) -> list[QuotePair]:
        """Return the pairs that lie wholly inside [lo, hi)."""
        k = bisect_right(self._starts, lo - 1)
        out: list[QuotePair] = []
        while k < len(self.pairs) and self.pairs[k].start < hi:
            if self.pairs[k].end <= hi:
                out.append(self.pairs[k])
            k += 1
        return out

"""Find repeated and copied text within and across articles, and mark copied claims.

Candidates come from an inverted index of sampled word shingles (never all
pairs); rapidfuzz alignment confirms them and yields exact spans. Boilerplate
(shingles shared by too many articles, or by several articles of one outlet)
links nothing, and a passage that is mostly a shared quotation is not a copy:
independent outlets quote the same people.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from .duplicate_claims import mark_duplicate_claims
from .models import Article, ArticleText, Duplicate
from .passages import (
    Hit,
    Passage,
    find_passages,
    passage_similarity,
    quoted_intervals,
    snap_span,
    words_in_quotes,
)
from .repeats import repeated_runs
from .shingles import (
    SAMPLE_EVERY,
    SHINGLE_WORDS,
    ShingleIndex,
    Tokens,
    Vocabulary,
    sampled_positions,
    sampled_shingles,
    word_ids,
    word_offsets,
)

__all__ = ["find_duplicates", "mark_duplicate_claims"]

MIN_SHARED_SHINGLES = 2
"""Two articles become a candidate pair when they share this many sampled shingles."""

MIN_SHARED_SHARE = 0.3
"""...or when their shared shingles, boilerplate included, are this share of the smaller."""

MIN_PASSAGE_WORDS = 25
"""A copied passage across articles has at least this many matching words."""

MIN_UNQUOTED_WORDS = 15
"""...of which this many lie outside quotation marks (shared quotes are not copying)."""

MIN_REPEAT_WORDS = 20
"""A run repeated inside one article has at least this many matching words."""

MIN_REPEAT_HITS = 2
"""Look for repeats in an article only when this many sampled shingles recur in it."""

MAX_POSITIONS = 4
"""Use at most this many occurrences of one shingle in one article as hits."""

BOILERPLATE_SHARE = 0.5
"""A passage whose sampled shingles are at least this share boilerplate is boilerplate..."""

BOILERPLATE_MAX_COVER = 0.5
"""...unless the pair's shared passages together cover at least this share of all the words
of the shorter article: then they are the story itself, run several times by one outlet."""

WHOLE_COPY_MEAN = 0.5
WHOLE_COPY_MIN = 0.3
"""A pair is a whole copy when the shared words are on average at least WHOLE_COPY_MEAN of
the two articles' own words, and at least WHOLE_COPY_MIN of each."""

EDGE_WORDS = 3
"""A passage ending this close to the end of both articles is a footer when the two
articles may share an outlet..."""

EDGE_MAX_WORDS = 100
"""...and is no longer than this: longer shared endings are the story itself."""

BOILERPLATE_GAP = 2 * SAMPLE_EVERY
"""Boilerplate shingles this close (in words) mark the words between them as boilerplate."""


def order_key(article: Article) -> tuple[bool, str, str]:
    """Return the sort key that puts the original first: by published date, then id."""
    return (article.published is None, article.published or "", article.id)


CREDIT_RE = re.compile(
    r"^\W*(?:(?:additional\s+)?reporting|writing|editing|distributed|syndicated|supplied"
    r"|provided|republished)\s+by\b|^\W*originally\s+(?:published|appeared)\b",
    re.IGNORECASE,
)
"""A closing line that credits another newsroom: the mark of a syndicated copy."""

CREDIT_TAIL = 3
"""Look for a credit line among this many last non-empty lines."""


def has_credit_line(text: str) -> bool:
    """Tell whether an article closes with a line crediting the wire or outlet it copies."""
    lines = [line for line in text.splitlines() if line.strip()]
    return any(CREDIT_RE.match(line) for line in lines[-CREDIT_TAIL:])


def copies_backwards(first: ArticleText, second: ArticleText) -> bool:
    """Tell whether the later-sorted article of a whole-copy pair is really the original.

    Dates decide when both are known and differ; otherwise an article that credits
    another newsroom in its closing lines is the copy of one that does not.
    """
    a, b = first.article.published, second.article.published
    if a and b and a != b:
        return False
    return has_credit_line(first.text) and not has_credit_line(second.text)


def _position(item: tuple[int, int]) -> int:
    """Return the word position of a (position, shingle) pair."""
    return item[0]


@dataclass
class _Analysed:
    """The word-level view of one article, built only for articles that need aligning."""

    tokens: Tokens
    positions: dict[int, list[int]]
    sampled: list[tuple[int, int]]
    quotes: list[tuple[int, int]]
    repeated_words: int = 0
    boilerplate_words: int = -1

    def shingles_between(self, first: int, last: int) -> list[int]:
        """Return the sampled shingles that start in words [first, last - SHINGLE_WORDS]."""
        lo = bisect.bisect_left(self.sampled, first, key=_position)
        hi = bisect.bisect_left(self.sampled, max(first, last - SHINGLE_WORDS + 1), key=_position)
        return [h for _, h in self.sampled[lo:hi]]


class _Finder:
    """Hold the index and per-article analyses while duplicates are found."""

    def __init__(self, docs: Sequence[ArticleText]) -> None:
        self.docs = sorted(docs, key=lambda d: order_key(d.article))
        self.vocab = Vocabulary()
        self.index = ShingleIndex()
        self.repeat_candidates: list[int] = []
        self.sizes: list[int] = []
        self.cache: dict[int, _Analysed] = {}
        self.ids: list[list[int]] = []
        for number, doc in enumerate(self.docs):
            ids = word_ids(doc.text, self.vocab)
            self.ids.append(ids)
            sampled = sampled_shingles(ids)
            distinct = set(sampled)
            self.index.add(number, distinct)
            self.sizes.append(len(distinct))
            if len(sampled) - len(distinct) >= MIN_REPEAT_HITS:
                self.repeat_candidates.append(number)
        outlets = [_outlet(d.article) for d in self.docs]
        self.boilerplate = self.index.boilerplate(outlets)

    def analysed(self, number: int) -> _Analysed:
        """Return (and cache) the word-level view of article `number`."""
        found = self.cache.get(number)
        if found is None:
            text = self.docs[number].text
            starts, ends = word_offsets(text)
            tokens = Tokens(self.ids[number], starts, ends)
            positions = sampled_positions(tokens.ids)
            sampled = sorted((p, h) for h, ps in positions.items() for p in ps)
            found = _Analysed(tokens, positions, sampled, quoted_intervals(text))
            self.cache[number] = found
        return found

    def span(self, number: int, first: int, last: int) -> tuple[int, int]:
        """Return the snapped character span of words [first, last) of article `number`."""
        tokens = self.analysed(number).tokens
        return snap_span(self.docs[number].text, tokens.starts, tokens.ends, first, last)

    def self_repeats(self) -> list[Duplicate]:
        """Return the runs repeated inside single articles."""
        found: list[Duplicate] = []
        for number in self.repeat_candidates:
            doc = self.analysed(number)
            hits: list[Hit] = []
            for positions in doc.positions.values():
                occurrences = positions[:MAX_POSITIONS]
                hits.extend((p, q) for i, p in enumerate(occurrences) for q in occurrences[i + 1 :])
            ids = doc.tokens.ids
            article = self.docs[number].article.id
            for passage in repeated_runs(ids, hits, MIN_REPEAT_WORDS):
                first = self.span(number, passage.x0, passage.x1)
                second = self.span(number, passage.y0, passage.y1)
                # Snapping to sentences can stretch the first copy into the second
                # in a text that repeats itself; the copies must not overlap.
                first = (first[0], min(first[1], second[0]))
                if first[0] >= first[1]:
                    continue
                doc.repeated_words += passage.y1 - passage.y0
                found.append(
                    Duplicate(
                        kind="self_repeat",
                        article=article,
                        span=first,
                        other_article=article,
                        other_span=second,
                        similarity=passage_similarity(ids, ids, passage),
                    )
                )
        return found

    def pair_passages(self, first: int, second: int) -> list[Passage]:
        """Return the copied (non-boilerplate, not just quoted) passages of a pair."""
        x, y = self.analysed(first), self.analysed(second)
        hits: list[Hit] = []
        for h, xs in x.positions.items():
            ys = y.positions.get(h)
            if ys is None:
                continue
            hits.extend((p, q) for p in xs[:MAX_POSITIONS] for q in ys[:MAX_POSITIONS])
        shorter = min(len(x.tokens.ids) - x.repeated_words, len(y.tokens.ids) - y.repeated_words)
        found: list[Passage] = []
        for passage in find_passages(x.tokens.ids, y.tokens.ids, hits):
            if passage.matched < MIN_PASSAGE_WORDS:
                continue
            quoted = max(
                words_in_quotes(x.tokens.starts, x.quotes, passage.x0, passage.x1),
                words_in_quotes(y.tokens.starts, y.quotes, passage.y0, passage.y1),
            )
            if passage.matched - quoted >= MIN_UNQUOTED_WORDS:
                found.append(passage)
        shared_outlet = _may_share_outlet(self.docs[first].article, self.docs[second].article)
        plain = [
            p
            for p in found
            if not self.is_boilerplate(x, p)
            and not (shared_outlet and _at_edges(p, len(x.tokens.ids), len(y.tokens.ids)))
        ]
        needed = BOILERPLATE_MAX_COVER * shorter
        if sum(p.x1 - p.x0 for p in plain) < needed <= sum(p.x1 - p.x0 for p in found):
            return found
        return plain

    def is_boilerplate(self, x: _Analysed, passage: Passage) -> bool:
        """Tell whether a passage's sampled shingles are mostly boilerplate."""
        shingles = x.shingles_between(passage.x0, passage.x1)
        if not shingles:
            return False
        share = sum(h in self.boilerplate for h in shingles) / len(shingles)
        return share >= BOILERPLATE_SHARE

    def effective_words(self, number: int) -> int:
        """Return an article's own word count: without repeats' later copies and boilerplate."""
        doc = self.analysed(number)
        if doc.boilerplate_words < 0:
            doc.boilerplate_words = _boilerplate_words(doc.sampled, self.boilerplate)
        return max(len(doc.tokens.ids) - doc.repeated_words - doc.boilerplate_words, 1)

    def copies(self) -> tuple[list[Duplicate], list[tuple[int, int]]]:
        """Return the cross-article passages and the pairs that are whole copies."""
        found: list[Duplicate] = []
        whole: list[tuple[int, int]] = []
        for first, second in self.index.candidate_pairs(
            self.boilerplate, self.sizes, MIN_SHARED_SHINGLES, MIN_SHARED_SHARE
        ):
            passages = self.pair_passages(first, second)
            if not passages:
                continue
            cover_x = sum(p.x1 - p.x0 for p in passages) / self.effective_words(first)
            cover_y = sum(p.y1 - p.y0 for p in passages) / self.effective_words(second)
            is_whole = _is_whole_copy(min(cover_x, 1.0), min(cover_y, 1.0))
            backwards = is_whole and copies_backwards(self.docs[first], self.docs[second])
            if is_whole:
                whole.append((second, first) if backwards else (first, second))
            x, y = self.analysed(first), self.analysed(second)
            for passage in passages:
                spans = [
                    (self.docs[first].article.id, self.span(first, passage.x0, passage.x1)),
                    (self.docs[second].article.id, self.span(second, passage.y0, passage.y1)),
                ]
                if backwards:
                    spans.reverse()
                found.append(
                    Duplicate(
                        kind="copy" if is_whole else "partial_copy",
                        article=spans[0][0],
                        span=spans[0][1],
                        other_article=spans[1][0],
                        other_span=spans[1][1],
                        similarity=passage_similarity(x.tokens.ids, y.tokens.ids, passage),
                    )
                )
        return found, whole

    def originals(self, whole: list[tuple[int, int]]) -> dict[str, str]:
        """Map each whole copy to the earliest article it copies directly."""
        earliest: dict[int, int] = {}
        for first, second in whole:
            if second not in earliest or first < earliest[second]:
                earliest[second] = first
        return {
            self.docs[copy].article.id: self.docs[original].article.id
            for copy, original in earliest.items()
        }


def _outlet(article: Article) -> str | None:
    """Return the outlet an article belongs to: its outlet name, else its URL's host."""
    if article.outlet:
        return article.outlet.strip().casefold()
    if article.url and "//" in article.url:
        host = article.url.split("//", 1)[1].split("/", 1)[0].casefold()
        return host.removeprefix("www.") or None
    return None


def _may_share_outlet(a: Article, b: Article) -> bool:
    """Tell whether two articles may come from one outlet: the same, or one unknown."""
    first, second = _outlet(a), _outlet(b)
    return first is None or second is None or first == second


def _at_edges(passage: Passage, x_len: int, y_len: int) -> bool:
    """Tell whether a short passage closes both articles (a footer).

    Shared openings are not treated alike: an updated story keeps its first paragraphs.
    """
    if passage.x1 - passage.x0 > EDGE_MAX_WORDS:
        return False
    return passage.x1 >= x_len - EDGE_WORDS and passage.y1 >= y_len - EDGE_WORDS


def _boilerplate_words(sampled: list[tuple[int, int]], boilerplate: set[int]) -> int:
    """Count the words covered by boilerplate shingles, bridging small gaps between them."""
    covered = 0
    run_start = run_end = -1
    for position, h in sampled:
        if h not in boilerplate:
            continue
        if run_end >= 0 and position - run_end <= BOILERPLATE_GAP:
            run_end = position + SHINGLE_WORDS
            continue
        covered += run_end - run_start
        run_start, run_end = position, position + SHINGLE_WORDS
    return covered + run_end - run_start


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the index makes millions of acyclic objects."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _is_whole_copy(cover_x: float, cover_y: float) -> bool:
    """Tell whether shares of both articles this large make one a copy of the other."""
    return min(cover_x, cover_y) >= WHOLE_COPY_MIN and (cover_x + cover_y) / 2 >= WHOLE_COPY_MEAN


def _duplicate_key(d: Duplicate) -> tuple[str, int, int, str, int, int, str]:
    """Return the stable sort key of a duplicate record."""
    return (
        d.article,
        d.span[0],
        d.span[1],
        d.other_article,
        d.other_span[0],
        d.other_span[1],
        d.kind,
    )


def find_duplicates(docs: Sequence[ArticleText]) -> tuple[list[Duplicate], dict[str, str]]:
    """Return the duplicate passages and a map of whole-copy article id to its original.

    Kinds: `self_repeat` (a run repeated inside one article; `span` is the first
    copy), `copy` (passages of a pair where one article copies the other as a
    whole), `partial_copy` (shared passages only). `article`/`span` is always the
    original side: the earlier article by `published`, then the one without a closing
    credit to another newsroom, then by id.
    """
    with _collector_paused():
        finder = _Finder(docs)
        repeats = finder.self_repeats()
        copies, whole = finder.copies()
    duplicates = sorted(repeats + copies, key=_duplicate_key)
    return duplicates, dict(sorted(finder.originals(whole).items()))

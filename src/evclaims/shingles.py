"""Turn article text into normalised word tokens, sampled shingles and a capped index.

Normalisation folds what copy-editing changes and a copy keeps: letter case,
accents, quote marks and apostrophes, dashes, "third-largest" versus "third
largest", paragraph breaks and other whitespace. Tokens are runs of letters and
digits; everything else separates them, so punctuation never matters.
"""

from __future__ import annotations

import hashlib
import operator
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations, compress
from typing import cast

WORD = re.compile(r"[^\W_]+")

SHINGLE_WORDS = 5
"""Words per shingle."""

SAMPLE_EVERY = 6
"""Keep a shingle when its hash is divisible by this: about one in SAMPLE_EVERY."""

MAX_DOCS_PER_SHINGLE = 64
"""A shingle found in more documents than this is boilerplate or a stock phrase."""

OUTLET_BOILERPLATE_DOCS = 3
"""A shingle in this many articles of one outlet is that outlet's boilerplate."""

UNKNOWN_OUTLET_BOILERPLATE_DOCS = 4
"""A shingle in this many articles of unknown outlet (and no others) is boilerplate."""


def _fold(word: str) -> int:
    """Return a stable 64-bit id of a word after folding case and accents."""
    folded = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return int.from_bytes(hashlib.blake2b(plain.encode("utf-8"), digest_size=8).digest(), "big")


class Vocabulary(dict[str, int]):
    """Cache word ids: each distinct surface form is folded and hashed once."""

    def __missing__(self, word: str) -> int:
        value = _fold(word)
        self[word] = value
        return value


@dataclass(frozen=True)
class Tokens:
    """An article's word ids with the character offsets of each word."""

    ids: list[int]
    starts: list[int]
    ends: list[int]


def word_ids(text: str, vocab: Vocabulary) -> list[int]:
    """Return the ids of the words of `text` in order (no offsets: the fast path)."""
    words = WORD.findall(text)
    ids = list(map(vocab.get, words))
    if None in ids:
        return [vocab[word] for word in words]
    return cast(list[int], ids)


def word_offsets(text: str) -> tuple[list[int], list[int]]:
    """Return the start and end offsets of the words of `text` (the words of `word_ids`)."""
    matches = list(WORD.finditer(text))
    return list(map(re.Match.start, matches)), list(map(re.Match.end, matches))


def tokenize(text: str, vocab: Vocabulary) -> Tokens:
    """Return the ids of the words of `text` with their [start, end) offsets."""
    starts, ends = word_offsets(text)
    return Tokens(word_ids(text, vocab), starts, ends)


def shingle_hashes(ids: Sequence[int], size: int = SHINGLE_WORDS) -> Iterator[int]:
    """Yield the hash of every run of `size` consecutive word ids, in order."""
    return map(hash, zip(*(ids[offset:] for offset in range(size)), strict=False))


def _is_sampled(hashes: list[int], every: int) -> Iterator[bool]:
    """Yield, for each hash, whether it is kept by sampling (at C speed)."""
    return map(operator.not_, map(every.__rmod__, hashes))


def sampled_shingles(
    ids: Sequence[int], size: int = SHINGLE_WORDS, every: int = SAMPLE_EVERY
) -> list[int]:
    """Return the sampled shingles of a word sequence in text order (repeats kept)."""
    hashes = list(shingle_hashes(ids, size))
    return list(compress(hashes, _is_sampled(hashes, every)))


def sampled_positions(
    ids: Sequence[int], size: int = SHINGLE_WORDS, every: int = SAMPLE_EVERY
) -> dict[int, list[int]]:
    """Map each sampled shingle to the word positions where it starts."""
    hashes = list(shingle_hashes(ids, size))
    positions: dict[int, list[int]] = {}
    for position in compress(range(len(hashes)), _is_sampled(hashes, every)):
        positions.setdefault(hashes[position], []).append(position)
    return positions


@dataclass
class ShingleIndex:
    """An inverted index from sampled shingle to the documents that hold it."""

    max_docs: int = MAX_DOCS_PER_SHINGLE
    outlet_docs: int = OUTLET_BOILERPLATE_DOCS
    unknown_outlet_docs: int = UNKNOWN_OUTLET_BOILERPLATE_DOCS
    postings: dict[int, list[int]] = field(default_factory=dict)

    def add(self, doc: int, shingles: set[int]) -> None:
        """Record that document number `doc` holds these shingles."""
        postings = self.postings
        for h in shingles:
            docs = postings.get(h)
            if docs is None:
                postings[h] = [doc]
            elif len(docs) <= self.max_docs:
                docs.append(doc)

    def boilerplate(self, outlets: Sequence[str | None]) -> set[int]:
        """Return the boilerplate shingles: in too many articles, or only in one outlet's.

        A shingle is an outlet's boilerplate when at least `outlet_docs` articles of
        that outlet hold it and no article of another outlet does (a story copied
        by other outlets is not boilerplate, however often one outlet runs it).
        Articles of unknown outlet count as one outlet, with the higher threshold
        `unknown_outlet_docs`.
        """
        found: set[int] = set()
        for h, docs in self.postings.items():
            if len(docs) > self.max_docs:
                found.add(h)
            elif len(docs) >= self.outlet_docs:
                first = outlets[docs[0]]
                needed = self.outlet_docs if first else self.unknown_outlet_docs
                if len(docs) >= needed and all(outlets[doc] == first for doc in docs):
                    found.add(h)
        return found

    def candidate_pairs(
        self, boilerplate: set[int], sizes: Sequence[int], min_shared: int, min_share: float
    ) -> list[tuple[int, int]]:
        """Return document pairs (i < j) worth aligning.

        A pair qualifies when it shares at least `min_shared` shingles that are not
        boilerplate, or when its shared shingles (boilerplate included) are at least
        `min_share` of the smaller document's: versions of one story on one outlet
        share most of their text, not just the footer.
        """
        shared: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
        for h, docs in self.postings.items():
            if len(docs) < 2 or len(docs) > self.max_docs:
                continue
            slot = 1 if h in boilerplate else 0
            for pair in combinations(sorted(docs), 2):
                shared[pair][slot] += 1
        return sorted(
            pair
            for pair, (plain, boiler) in shared.items()
            if plain >= min_shared
            or plain + boiler >= max(min_shared, min_share * min(sizes[pair[0]], sizes[pair[1]]))
        )

    def frequency(self, h: int) -> int:
        """Return how many documents hold shingle `h` (capped just above max_docs)."""
        return len(self.postings.get(h, ()))

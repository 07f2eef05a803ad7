"""Normalise claim text for matching: tokens, synonyms, numbers and entity names."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .wordlists import (
    ANAPHORIC_WORDS,
    BUILTIN_SYNONYMS,
    QUANTITY_WORDS,
    REPORTING_WORDS,
    STOP_WORDS,
)

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")
_NUMBER_RE = re.compile(
    r"(?P<cur>[$€£¥])?\s?(?P<num>\d+(?:[,.]\d{3})*(?:\.\d+)?)"
    r"\s?(?P<scale>%|percent\b|per cent\b|billion\b|million\b|thousand\b|bn\b|m\b|k\b)?",
    re.IGNORECASE,
)
_SCALES = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}
_CAP_RE = re.compile(r"\b([A-Z][A-Za-z0-9&\-]*[A-Za-z0-9]|[A-Z])\b")


@functools.lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """Strip common English suffixes so inflections compare equal."""
    w = word.lower().replace("’", "'").strip("'.-")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed") or len(w) > 4 and w.endswith("es") and w[-3] in "sxz":
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


def words(text: str) -> list[str]:
    """Return the raw word and number tokens of `text`, in order."""
    return _WORD_RE.findall(text)


@dataclass(frozen=True)
class NumberValue:
    """A number found in text, in a comparable form."""

    kind: str
    value: float


def numbers(text: str) -> set[NumberValue]:
    """Return the numbers of `text` as (kind, value): percent, money, year or count."""
    found: set[NumberValue] = set()
    for m in _NUMBER_RE.finditer(text):
        raw = m.group("num")
        cleaned = raw.replace(",", "")
        if raw.count(".") == 1 and "," not in raw and len(raw.split(".")[1]) == 3:
            cleaned = raw.replace(".", "")
        try:
            value = float(cleaned)
        except ValueError:
            continue
        scale = (m.group("scale") or "").lower()
        if scale in ("%", "percent", "per cent"):
            found.add(NumberValue("percent", value))
            continue
        value *= _SCALES.get(scale, 1.0)
        if m.group("cur"):
            found.add(NumberValue("money", value))
        elif not scale and 1900 <= value <= 2100 and "." not in raw and "," not in raw:
            found.add(NumberValue("year", value))
        else:
            found.add(NumberValue("count", value))
    return found


class Normalizer:
    """Turn text into canonical content tokens using the built-in and user synonyms."""

    def __init__(self, synonyms: Mapping[str, Iterable[str]] | None = None) -> None:
        self.single: dict[str, str] = {}
        self.phrases: dict[tuple[str, ...], str] = {}
        for canon in sorted(BUILTIN_SYNONYMS):
            self._add(canon, BUILTIN_SYNONYMS[canon], override=False)
        for canon, variants in sorted((synonyms or {}).items()):
            self._add(canon, list(variants), override=True)
        self.max_phrase = max((len(p) for p in self.phrases), default=1)

    def _add(self, canon: str, variants: list[str], override: bool) -> None:
        """Map `canon` and its variants to one token; a user entry joins an existing group."""
        head = tuple(self._key(p) for p in words(canon.lower()))
        if not head:
            return
        target = (
            self.single.get(head[0], head[0]) if len(head) == 1 else self.phrases.get(head, head[0])
        )
        for variant in [canon, *variants]:
            parts = tuple(self._key(p) for p in words(variant.lower()))
            if not parts:
                continue
            if len(parts) == 1:
                if override or parts[0] not in self.single:
                    self.single[parts[0]] = target
            elif override or parts not in self.phrases:
                self.phrases[parts] = target

    @staticmethod
    def _key(word: str) -> str:
        return stem(word.replace(".", "")) if not word[:1].isdigit() else word

    def tokens(self, text: str) -> list[str]:
        """Return canonical content tokens: no stop or reporting words, no numbers."""
        raw = [w for w in words(text) if not w[:1].isdigit()]
        keys = [self._key(w) for w in raw]
        lowered = [w.lower().replace("’", "'") for w in raw]
        out: list[str] = []
        i = 0
        while i < len(keys):
            matched = False
            for size in range(min(self.max_phrase, len(keys) - i), 1, -1):
                canon = self.phrases.get(tuple(keys[i : i + size]))
                if canon is not None:
                    out.append(canon)
                    i += size
                    matched = True
                    break
            if matched:
                continue
            low = lowered[i].strip("'.-")
            if low.endswith("'s"):
                low = low[:-2]
            if (
                low
                and low not in STOP_WORDS
                and low not in REPORTING_WORDS
                and low not in QUANTITY_WORDS
            ):
                key = keys[i]
                if key and key not in REPORTING_WORDS:
                    out.append(self.single.get(key, key))
            i += 1
        return out

    def canonical(self, word: str) -> str:
        """Return the canonical token of one word."""
        key = self._key(word)
        return self.single.get(key, key)


def informative(tokens: Iterable[str]) -> bool:
    """Tell whether tokens say something beyond a reference to another claim."""
    return sum(1 for t in tokens if t not in ANAPHORIC_WORDS) >= 2


def _sentence_start(text: str, position: int) -> bool:
    """Tell whether a word at `position` opens its sentence."""
    before = text[max(0, position - 3) : position].rstrip()
    return not before or before[-1] in ".!?:\"“”‘'"


def mid_sentence_capitals(texts: Iterable[str]) -> frozenset[str]:
    """Return the lower-cased words written with a capital inside a sentence somewhere."""
    found: set[str] = set()
    for text in texts:
        for m in _CAP_RE.finditer(text):
            if not _sentence_start(text, m.start()):
                found.add(m.group(1).lower())
    return frozenset(found)


def capitalised_runs(
    text: str, known: Iterable[str] = (), proper: frozenset[str] | None = None
) -> list[str]:
    """Return runs of capitalised words (names) of `text`, skipping sentence-initial adverbs.

    With `proper` (words seen capitalised inside sentences), a lone word that opens a
    sentence ("Shares fell", "Hackers stole") is a name only when it is known or proper.
    """
    known_set = known if isinstance(known, frozenset) else frozenset(k.lower() for k in known)
    runs: list[str] = []
    start = end = -1
    for m in _CAP_RE.finditer(text):
        word = m.group(1)
        low = word.lower()
        sentence_start = _sentence_start(text, m.start())
        skip = low in STOP_WORDS
        if sentence_start and not word.isupper() and low not in known_set:
            skip = skip or low in REPORTING_WORDS or low.endswith("ly") or len(low) < 3
            lone = not re.match(r"\s+[A-Z]", text[m.end() :])
            skip = skip or (proper is not None and lone and low not in proper)
        joined = start >= 0 and text[end : m.start()].strip(" .-") == "" and not skip
        if start >= 0 and not joined:
            runs.append(text[start:end])
            start = -1
        if not skip:
            if start < 0:
                start = m.start()
            end = m.end()
    if start >= 0:
        runs.append(text[start:end])
    return runs

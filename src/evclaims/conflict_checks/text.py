"""Normalise words for the conflict checks: tokens, crude stems, topic words, quotes."""

from __future__ import annotations

import functools
import re
import unicodedata


def word_set(text: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in a lexicon string."""
    return frozenset(text.split())


WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")

STOPWORDS = word_set("""
    a an the and or but nor of to in on at for with by from as is are was were be been being
    has have had do does did doing this that these those it its they them their theirs he him
    his she her hers we our ours us you your i me my not no any all both also than then there
    here which who whom whose what when where while would could should will may might can
    about into over after before under up out more most such only other some so if because
    per via just very much many one said says say saying told tell according
    """)

SYNONYMS: dict[str, str] = {
    # general news vocabulary: words that name the same thing in different reports
    "negotiation": "talk",
    "negotiate": "talk",
    "discussion": "talk",
    "discuss": "talk",
    "conversation": "talk",
    "venture": "partnership",
    "collaboration": "partnership",
    "cooperation": "partnership",
    "alliance": "partnership",
    "tie": "partnership",
    "ally": "ally",
    "allied": "ally",
    "carmaker": "automaker",
    "manufacturer": "automaker",
    "purchase": "buy",
    "acquire": "buy",
    "acquisition": "buy",
    "employee": "worker",
    "staff": "worker",
}

_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))

QUOTE_CHARS = str.maketrans({c: '"' for c in "“”„‟«»\u2033"} | {c: "'" for c in "‘’‚‛′`"})


def words(text: str) -> list[str]:
    """Return the lower-case words of `text`, without possessive endings."""
    return list(_words(text))


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    """Return (and cache) the words of `text`."""
    return tuple(
        match.group(0).lower().replace("’", "'").removesuffix("'s") for match in WORD.finditer(text)
    )


@functools.lru_cache(maxsize=65536)
def word_bag(text: str) -> frozenset[str]:
    """Return (and cache) the set of words of `text`."""
    return frozenset(_words(text))


def stem(word: str) -> str:
    """Return a crude stem: strip one common English inflection."""
    w = word.lower()
    for suffix, replacement in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + replacement
    return w


def term(word: str) -> str:
    """Return the comparable form of a word: its stem, mapped through the synonyms."""
    stemmed = stem(word)
    return SYNONYMS.get(stemmed, SYNONYMS.get(word.lower(), stemmed))


def topic_terms(text: str, drop: frozenset[str] = frozenset()) -> set[str]:
    """Return the content terms of `text`: no stop words, numbers or words in `drop`."""
    return set(_topic_terms(text, drop))


@functools.lru_cache(maxsize=65536)
def _topic_terms(text: str, drop: frozenset[str]) -> frozenset[str]:
    """Return (and cache) the content terms of `text`."""
    return frozenset(
        term(w)
        for w in words(text)
        if w not in STOPWORDS and not w.isdigit() and len(w) > 1 and w not in drop
    )


def jaccard(a: set[str], b: set[str]) -> float:
    """Return |a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def normalise_quote(text: str) -> str:
    """Return quote text compared loosely: unified quote marks, case, punctuation, spaces."""
    folded = unicodedata.normalize("NFKC", text).translate(QUOTE_CHARS).casefold()
    folded = re.sub(r"[^\w\s]", " ", folded)
    return " ".join(folded.split())


def shorten(text: str, limit: int = 90) -> str:
    """Return `text` on one line, cut at a word boundary to at most `limit` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:… ") + "…"


def join_names(names: list[str], limit: int = 4) -> str:
    """Return 'A', 'A and B' or 'A, B and C' (with 'and N more' past `limit`)."""
    if len(names) > limit:
        names = [*names[:limit], f"{len(names) - limit} more"]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def clip(text: str, limit: int = 90) -> str:
    """Return `text` shortened for a summary, without trailing punctuation."""
    return shorten(text, limit).rstrip(" ,;:.")


def gist(text: str, limit: int = 90) -> str:
    """Return what a sentence says, for a summary: no leading 'that', no final stop."""
    flat = " ".join(text.split())
    flat = re.sub(r"^(?:that|whether)\s+", "", flat, flags=re.IGNORECASE)
    return clip(flat, limit)

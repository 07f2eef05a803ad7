"""Read the numbers and dates of a claim, each with the words it measures (its anchor).

The parser's `Claim.quantities` are used when present; otherwise numbers are
read from the claim's content here. Dates (years, month-day) are kept apart
from other numbers: they feed the date check, the rest the numeric check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Claim
from .context import content_offset, content_text
from .text import STOPWORDS, term, word_set, words

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ]
    )
    for m in names.split()
}
DATE = re.compile(
    r"\b(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
NUMBER = re.compile(
    r"(?<![\w.,])(?P<cur>US\$|[$€£¥])?\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<pct>%|percent\b|per cent\b))?"
    r"(?:\s(?P<mult>thousand|million|billion|trillion|bn)\b)?"
)
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
    if i >= 2
}
WORD_NUMBER = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
BOUNDS = word_set("over under above below more less least most up than fewer")
"""Words of a bound ("more than 100", "up to 50"): far apart values only disagree."""

ROUGHLY = word_set("about around nearly almost roughly approximately some estimated")
"""Words of a round figure ("about 12,000"): it allows ROUGH_GAP, not any bigger gap."""

FLOORS = word_set("over above more least")
"""Bound words of a floor ("more than 100", "at least 12"): the rest are ceilings."""

ROUGH_GAP = 0.15
ROUND_FLOOR = 0.02
BOUND_GAP = 0.5
ANCHOR_SKIP = (
    STOPWORDS | frozenset(MULTIPLIERS) | BOUNDS | ROUGHLY | {"percent", "cent", "dollar", "dollars"}
)


@dataclass(frozen=True)
class Amount:
    """A number or date in a claim, with the words it measures."""

    kind: str
    value: float
    unit: str | None
    text: str
    anchor: frozenset[str]
    approximate: bool
    bound: bool = False
    context: frozenset[str] = frozenset()
    floor: bool = False


_PHRASE_END = re.compile(r"[,;:.!?()]|\b(?:and|or|but|while|whereas)\b|\d")
"""Where the phrase around an amount ends: punctuation, a conjunction, another number."""


def anchor_terms(text: str, start: int, end: int, kind: str) -> frozenset[str]:
    """Return the words an amount measures, from its own phrase only: two content words
    after a count, else one each side.

    "500 jobs at its plant" → {job, plant}; "a 24% stake" → {stake}; "founded in 2015" →
    {found}; "1,900 people and 240 beds" → {people} for 1,900, {bed} for 240.
    """
    tail = text[end:]
    cut = _PHRASE_END.search(tail)
    tail = tail[: cut.start()] if cut else tail
    after = [w for w in words(tail) if w not in ANCHOR_SKIP and not w.isdigit()]
    if kind == "count":
        return frozenset(term(w) for w in after[:2])
    head = text[:start]
    cuts = list(_PHRASE_END.finditer(head))
    head = head[cuts[-1].end() :] if cuts else head
    before = [w for w in words(head) if w not in ANCHOR_SKIP and not w.isdigit()]
    return frozenset(term(w) for w in before[-1:] + after[:1])


CONTEXT_WORDS = 3


def context_terms(text: str, start: int, end: int) -> frozenset[str]:
    """Return the content terms of the few words on each side of an amount."""
    before = [w for w in words(text[:start]) if w not in STOPWORDS and not w.isdigit()]
    after = [w for w in words(text[end:]) if w not in STOPWORDS and not w.isdigit()]
    return frozenset(term(w) for w in before[-CONTEXT_WORDS:] + after[:CONTEXT_WORDS])


BOUND_PARTICLES = word_set("than to least most")
"""Second words of two-word bounds: "more than", "up to", "at least", "at most"."""


def _hedge(text: str, start: int) -> list[str]:
    """Return the hedge or bound words right before a number: its last word, or its last
    two when they form a two-word bound ("more than"); "talks over a $430 million" has none."""
    previous = words(text[:start])[-2:]
    if previous[-1:] and previous[-1] in BOUND_PARTICLES:
        return previous
    return previous[-1:]


def _approximate(text: str, start: int) -> bool:
    """Tell whether a hedge ('about', 'more than', 'up to') comes right before a number."""
    return any(w in BOUNDS or w in ROUGHLY for w in _hedge(text, start))


def _floor(text: str, start: int) -> bool:
    """Tell whether a floor such as 'more than' or 'at least' comes right before a number."""
    return any(w in FLOORS for w in _hedge(text, start))


def _bound(text: str, start: int) -> bool:
    """Tell whether a bound such as 'more than' or 'up to' comes right before a number."""
    return any(w in BOUNDS for w in _hedge(text, start))


def amounts(claim: Claim) -> list[Amount]:
    """Return the numbers and dates of a claim's content, in text order."""
    text = content_text(claim)
    offset = content_offset(claim)
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []
    for match in DATE.finditer(text):
        month = MONTHS.get(match.group("month").lower())
        if month is None:
            continue
        day = int(match.group("day"))
        year = int(match.group("year") or 0)
        anchor = anchor_terms(text, match.start(), match.end(), "date")
        found.append(
            Amount("date", year * 10000 + month * 100 + day, None, match.group(0), anchor, False)
        )
        taken.append(match.span())
    if claim.quantities:
        for q in claim.quantities:
            start, end = q.span[0] - offset, q.span[1] - offset
            if not 0 <= start < end <= len(text) or _inside(taken, start):
                continue
            anchor = anchor_terms(text, start, end, q.kind)
            approx, bound = _approximate(text, start), _bound(text, start)
            context = context_terms(text, start, end)
            found.append(
                Amount(
                    q.kind,
                    q.value,
                    q.unit,
                    q.text,
                    anchor,
                    approx,
                    bound,
                    context,
                    _floor(text, start),
                )
            )
        return found
    for match in re.finditer(r"\(\s*\d{4,}\s*\)", text):
        taken.append(match.span())
    for match in NUMBER.finditer(text):
        if _inside(taken, match.start("num")):
            continue
        found.extend(_number(text, match))
    for match in WORD_NUMBER.finditer(text):
        value = NUMBER_WORDS[match.group(1).lower()]
        anchor = anchor_terms(text, match.start(), match.end(), "count")
        if anchor:
            found.append(Amount("count", value, None, match.group(0), anchor, False))
    return found


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Tell whether `position` lies in one of `spans`."""
    return any(s <= position < e for s, e in spans)


def _number(text: str, match: re.Match[str]) -> list[Amount]:
    """Return the amount a NUMBER match denotes (nothing for model names like 'Model 3')."""
    raw = match.group("num").replace(",", "")
    value = float(raw)
    if match.group("mult"):
        value *= MULTIPLIERS[match.group("mult").lower()]
    start, end = match.start(), match.end()
    if match.group("pct"):
        kind, unit = "percent", "%"
    elif match.group("cur"):
        kind, unit = "money", match.group("cur").replace("US$", "$")
    elif re.fullmatch(r"(?:19|20)\d\d", match.group("num")):
        kind, unit = "year", None
    else:
        before = text[:start].rstrip()
        previous = before.rsplit(None, 1)[-1] if before else ""
        if previous[:1].isupper() and not before.endswith((".", "!", "?")) and " " in before:
            return []
        kind, unit = "count", None
    anchor = anchor_terms(text, start, end, kind)
    approx, bound = _approximate(text, start), _bound(text, start)
    context = context_terms(text, start, end)
    floor = _floor(text, start)
    return [
        Amount(kind, value, unit, match.group(0).strip(), anchor, approx, bound, context, floor)
    ]


PRICE_RATIO = 3.0
"""Two sums of money, each its claim's only one in one cluster, within this ratio are one price."""


def same_thing(a: Amount, b: Amount, only_ones: bool) -> bool:
    """Tell whether two amounts measure one thing: same kind and unit, shared anchor words.

    `only_ones` (each claim has just this one amount of its kind, in one cluster)
    also accepts an amount whose anchor is empty, and two sums of money within
    PRICE_RATIO of each other (the price of the thing the cluster is about).
    """
    if a.kind != b.kind or (a.unit and b.unit and a.unit != b.unit):
        return False
    if a.anchor & b.anchor:
        return True
    if not only_ones:
        return False
    if not a.anchor or not b.anchor:
        return True
    low, high = sorted((abs(a.value), abs(b.value)))
    if a.kind == "count" and a.context & b.context:
        return low > 0 and high / low < PRICE_RATIO  # "recall about 48,000" ~ "recalling 51,000"
    return a.kind == "money" and low > 0 and high / low < PRICE_RATIO


def differ(a: Amount, b: Amount) -> bool:
    """Tell whether two amounts of one thing disagree (bounds must be far apart)."""
    if a.kind == "date":
        ya, yb = int(a.value) // 10000, int(b.value) // 10000
        if int(a.value) % 10000 != int(b.value) % 10000:
            return True
        return bool(ya and yb and ya != yb)
    if a.value == b.value:
        return False
    gap = abs(a.value - b.value) / max(abs(a.value), abs(b.value))
    if a.bound and b.bound and a.floor == b.floor:
        return True  # "at least 12" against "at least 17": two figures for one bound
    if a.bound or b.bound:
        return gap >= BOUND_GAP
    if a.approximate or b.approximate:
        slack = max(rounding(x.value) for x in (a, b) if x.approximate)
        return gap > ROUGH_GAP or abs(a.value - b.value) > slack
    return gap > 1e-9


def rounding(value: float) -> float:
    """Return the slack a round figure allows: its last significant place, at least 2%.

    "about 410 million" is rounded to tens of millions, so 430 million is another figure;
    "about 12,000" allows a thousand either way.
    """
    whole = abs(round(value))
    place = 1
    while whole and whole % (place * 10) == 0:
        place *= 10
    return max(float(place), ROUND_FLOOR * abs(value))

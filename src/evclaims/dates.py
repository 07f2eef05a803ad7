"""Find date expressions and resolve them against the article's published date.

Values are ISO 8601 at the precision the text gives: "February 1, 2026" → 2026-02-01,
"last month" → 2026-01, "last year" or "in 2024" → 2025 / 2024. A relative expression
without a published date, and week-relative ones ("last week"), stay None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTH_NAMES = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DATE_RE = re.compile(
    r"\b(?:"
    + MONTH
    + r"\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"
    r"|(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})\b"
    r"|(?P<rel>last|this|next) (?P<unit>week|month|year)\b"
    r"|(?P<yesterday>yesterday|today)\b"
    r"|(?P<in_year>(?:in|during|since|by|until|early|late) (?:(?:early|late|mid-?)\s*)?"
    r"(?P<year2>(?:19|20)\d{2}))\b"
    r"|(?:on |last |early |late )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
    r"|(?:in |last |this )(?P<month_only>January|February|March|April|June|July|August|"
    r"September|October|November|December)\b)"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text with its resolved ISO value (None when unknown)."""

    start: int
    end: int
    value: str | None


def parse_published(value: str | None) -> dt.date | None:
    """Return the published date as a date, or None when absent or malformed."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_number(name: str) -> int:
    """Return the month number of an English month name or abbreviation."""
    return _MONTH_NAMES[name[:3].lower()]


def _safe_date(year: int, month: int, day: int) -> str | None:
    """Return an ISO date, or None when the day does not exist."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _resolve(m: re.Match[str], published: dt.date | None) -> str | None:
    """Return the ISO value of one date match, never guessing a missing anchor."""
    if m.group("month") and m.group("day"):
        month = _month_number(m.group("month"))
        day = int(m.group("day"))
        if m.group("year"):
            return _safe_date(int(m.group("year")), month, day)
        if published is None:
            return None
        year = published.year
        if (month, day) > (published.month, published.day):
            year -= 1
        return _safe_date(year, month, day)
    if m.group("iso"):
        return m.group("iso")
    if m.group("year2"):
        return m.group("year2")
    if published is None:
        return None
    if m.group("rel"):
        step = {"last": -1, "this": 0, "next": 1}[m.group("rel")]
        unit = m.group("unit")
        if unit == "year":
            return str(published.year + step)
        if unit == "month":
            month_index = published.year * 12 + published.month - 1 + step
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
        return None  # a week has no ISO form that sorts with dates; leave it unknown
    if m.group("yesterday"):
        delta = 1 if m.group("yesterday") == "yesterday" else 0
        return (published - dt.timedelta(days=delta)).isoformat()
    if m.group("weekday"):
        back = (published.weekday() - _WEEKDAYS[m.group("weekday").lower()]) % 7
        if m.group(0).lower().startswith("last ") and back == 0:
            back = 7
        return (published - dt.timedelta(days=back)).isoformat()
    if m.group("month_only"):
        month = _month_number(m.group("month_only"))
        year = published.year
        if m.group(0).lower().startswith("last ") and month >= published.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    return None


def find_dates(text: str, lo: int, hi: int, published: str | None) -> list[DateMention]:
    """Return the date expressions of text[lo:hi], resolved against `published`."""
    anchor = parse_published(published)
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text, lo, hi):
        out.append(DateMention(m.start(), m.end(), _resolve(m, anchor)))
    return out


GAP_STOP_RE = re.compile(r"[.;:!?()“”\"]|\bthat\b")
LEAD_TAIL_RE = re.compile(r"[^,;“”\"]{0,60},\s*")


def _short_gap(gap: str, words: int) -> bool:
    """Tell whether `gap` is at most `words` words with no clause punctuation or "that"."""
    return not GAP_STOP_RE.search(gap) and len(gap.replace(",", " ").split()) <= words


def _attached(
    text: str,
    d: DateMention,
    cue: tuple[int, int],
    speakers: list[tuple[int, int]],
    seg_start: int,
) -> bool:
    """Tell whether a date belongs to the attribution rather than to the reported words.

    Attached: right after the cue or the speaker that follows it ("said on Monday",
    "told reporters Tuesday", "said in a statement on March 3"); between speaker and cue
    ("Ford on Monday denied"); or in a lead adverbial before the speaker ("On Monday,
    X said", "In a statement on March 3, X said").
    """
    after_cue = [e for s, e in speakers if s >= cue[0]]
    attr_end = max([cue[1], *after_cue])
    attr_start = min([cue[0], *(s for s, _ in speakers)])
    if d.start >= attr_end:
        return _short_gap(text[attr_end : d.start], 6)
    if d.end <= attr_start:
        return not GAP_STOP_RE.search(text[seg_start : d.start].replace("that", "")) and bool(
            LEAD_TAIL_RE.fullmatch(text, d.end, attr_start)
        )
    before_cue = [e for s, e in speakers if e <= d.start]
    if before_cue and d.end <= cue[0]:
        return _short_gap(text[max(before_cue) : d.start], 2) and _short_gap(
            text[d.end : cue[0]], 2
        )
    return False


def statement_date(
    text: str,
    mentions: list[DateMention],
    cue: tuple[int, int] | None,
    content: tuple[int, int],
    speakers: list[tuple[int, int]],
    seg_start: int,
) -> str | None:
    """Return the date of a statement: a resolved date attached to its cue, else None.

    A date inside the reported words (`content`) dates the event reported, never the
    statement: "The city said the bridge would reopen on Friday" has no statement date.
    """
    if cue is None:
        return None
    best: tuple[int, str] | None = None
    for d in mentions:
        if d.value is None or content[0] <= d.start < content[1]:
            continue
        if not _attached(text, d, cue, speakers, seg_start):
            continue
        distance = min(abs(d.start - cue[1]), abs(cue[0] - d.end))
        if best is None or distance < best[0]:
            best = (distance, d.value)
    return best[1] if best else None

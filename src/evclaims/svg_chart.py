"""Draw claims per day by status as a small inline SVG bar chart, by hand."""

from __future__ import annotations

import math
from datetime import date, timedelta
from html import escape

from .models import Ledger
from .timeline import STATUSES, statement_date

STATUS_COLOURS = {
    "asserted": "#4e79a7",
    "confirmed": "#59a14f",
    "denied": "#e15759",
    "declined_comment": "#f28e2b",
    "no_response": "#9c9c9c",
}
WIDTH = 720
HEIGHT = 240
LEFT, RIGHT, TOP, BOTTOM = 40, 12, 34, 40
MAX_FILLED_DAYS = 92
LABEL_WIDTH = 44

DayCounts = list[tuple[str, dict[str, int]]]


def parse_day(text: str) -> date | None:
    """Return the date of an ISO `YYYY-MM-DD` string, or None if it is not one."""
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None


def day_counts(ledger: Ledger) -> tuple[DayCounts, int]:
    """Count non-duplicate claims per day and status; also return how many lack a day.

    A claim without a date, or with only a year or month, has no day to count.
    Days between the first and last are filled with zeros when the range is short
    enough to draw day by day; otherwise only days with claims are listed.
    """
    articles = {a.id: a for a in ledger.articles}
    counts: dict[date, dict[str, int]] = {}
    undated = 0
    for claim in ledger.claims:
        if claim.duplicate_of is not None:
            continue
        text, _ = statement_date(claim, articles)
        day = parse_day(text) if text else None
        if day is None:
            undated += 1
            continue
        per_status = counts.setdefault(day, dict.fromkeys(STATUSES, 0))
        per_status[claim.status] += 1
    if not counts:
        return [], undated
    first, last = min(counts), max(counts)
    if (last - first).days < MAX_FILLED_DAYS:
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    else:
        days = sorted(counts)
    return [(d.isoformat(), counts.get(d, dict.fromkeys(STATUSES, 0))) for d in days], undated


def legend(parts: list[str]) -> None:
    """Append the colour legend along the top edge."""
    x = LEFT
    for status in STATUSES:
        parts.append(
            f'<rect x="{x}" y="8" width="10" height="10" fill="{STATUS_COLOURS[status]}"/>'
            f'<text x="{x + 14}" y="17">{escape(status)}</text>'
        )
        x += 14 + 8 * len(status) + 14


def axis(parts: list[str], peak: int, plot_h: float) -> None:
    """Append the y axis with ticks at zero, the middle and the peak."""
    bottom = TOP + plot_h
    parts.append(f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{bottom}" stroke="#555"/>')
    parts.append(
        f'<line x1="{LEFT}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}" stroke="#555"/>'
    )
    for tick in sorted({0, peak // 2, peak}):
        y = bottom - plot_h * tick / peak
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
            f'<line x1="{LEFT - 3}" y1="{y:.1f}" x2="{LEFT}" y2="{y:.1f}" stroke="#555"/>'
        )


def bars(parts: list[str], days: DayCounts, peak: int, plot_h: float) -> None:
    """Append one stacked bar per day, with a label on every day that has room."""
    plot_w = WIDTH - LEFT - RIGHT
    slot = plot_w / len(days)
    bar = max(slot * 0.7, 1.0)
    every = max(1, math.ceil(LABEL_WIDTH / slot))
    bottom = TOP + plot_h
    for index, (day, per_status) in enumerate(days):
        x = LEFT + index * slot + (slot - bar) / 2
        y = bottom
        for status in STATUSES:
            count = per_status[status]
            if not count:
                continue
            height = plot_h * count / peak
            y -= height
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" '
                f'fill="{STATUS_COLOURS[status]}"><title>{escape(day)}: {count} '
                f"{escape(status)}</title></rect>"
            )
        if index % every == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{bottom + 16}" '
                f'text-anchor="middle">{escape(day[5:])}</text>'
            )
    parts.append(
        f'<text x="{LEFT}" y="{HEIGHT - 6}">{escape(days[0][0])} to {escape(days[-1][0])}</text>'
    )


def claims_per_day_svg(ledger: Ledger) -> str:
    """Return an inline `<svg>` of claims per day stacked by status, or "" if none is dated."""
    days, _ = day_counts(ledger)
    if not days:
        return ""
    peak = max(sum(per_status.values()) for _, per_status in days) or 1
    plot_h = HEIGHT - TOP - BOTTOM
    parts = [
        f'<svg width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="Claims per day by status" '
        'font-family="sans-serif" font-size="11" fill="#222">'
    ]
    legend(parts)
    axis(parts, peak, plot_h)
    bars(parts, days, peak, plot_h)
    parts.append("</svg>")
    return "".join(parts)

"""Dates: explicit, relative to the published date, and null when unknown."""

import pytest

from evclaims.dates import find_dates


def values(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, 0, len(text), published)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("February 1, 2026", "2026-02-01"),
        ("Dec. 18", "2025-12-18"),
        ("on Monday", "2026-02-02"),
        ("Wednesday", "2026-01-28"),
        ("last month", "2026-01"),
        ("last year", "2025"),
        ("in 2024", "2024"),
        ("yesterday", "2026-02-01"),
    ],
)
def test_resolves_against_published(phrase: str, expected: str) -> None:
    assert values(f"He spoke {phrase} to us.", "2026-02-02") == [(phrase, expected)]


def test_relative_date_without_published_is_null() -> None:
    assert values("He spoke on Monday and on Dec. 18.", None) == [
        ("on Monday", None),
        ("Dec. 18", None),
    ]


def test_explicit_full_date_needs_no_anchor() -> None:
    assert values("Filed March 3, 2021.", None) == [("March 3, 2021", "2021-03-03")]

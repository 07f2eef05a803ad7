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


def claim_date(body: str, published: str = "2025-06-04") -> str | None:
    from evclaims.models import Article, ArticleText
    from evclaims.parser import parse_article

    text = "Headline Of The Story\n\n" + body
    doc = ArticleText(
        article=Article(id="t", path="t.txt", sha256="", published=published), text=text
    )
    [c] = [c for c in parse_article(doc, []) if c.speaker_kind != "unattributed"]
    return c.date


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The city said the bridge would reopen on Friday.", None),
        ("The bridge will reopen on Friday, the mayor said.", None),
        ("Jane Roe, who joined Acme in 2019, said prices would rise.", None),
        ("The ministry said on Monday that fares would rise.", "2025-06-02"),
        ("The regulator told reporters Tuesday that fees would fall.", "2025-06-03"),
        ('"Fees will fall," Jane Roe said Tuesday.', "2025-06-03"),
        ("In a statement on March 3, the agency said the dam was safe.", "2025-03-03"),
        ("On Monday, the court said the trial would resume next week.", "2025-06-02"),
        ("Acme on Monday denied the report.", "2025-06-02"),
        ("Jane Roe said in a statement released on May 30 that the plan was sound.", "2025-05-30"),
    ],
)
def test_statement_date_comes_from_the_attribution_not_the_content(
    body: str, expected: str | None
) -> None:
    assert claim_date(body) == expected


def test_unattributed_fact_has_no_statement_date() -> None:
    from evclaims.models import Article, ArticleText
    from evclaims.parser import parse_article

    text = "Headline Of The Story\n\nAcme shares fell 5% on Monday."
    doc = ArticleText(
        article=Article(id="t", path="t.txt", sha256="", published="2025-06-04"), text=text
    )
    [c] = parse_article(doc, [])
    assert (c.speaker_kind, c.date) == ("unattributed", None)

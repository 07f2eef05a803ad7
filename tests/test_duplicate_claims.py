"""Point claims in copied passages at their counterparts in the original passage."""

from __future__ import annotations

from evclaims.duplicates import find_duplicates, mark_duplicate_claims
from evclaims.ids import claim_id
from evclaims.models import Article, ArticleText, Claim, Duplicate, SpeakerKind

BODY = (
    "Ferry operator weighs sale\n"
    "Harbourline is considering a sale of its ferry unit, three people familiar with the plans "
    "said. The unit lost 14 million euros last year as fuel costs rose and commuters moved to "
    "the new tunnel under the estuary.\n"
    "“We do not comment on market speculation,” a Harbourline spokeswoman said.\n"
    "Martina Oyelaran, a union organiser, said crews would oppose any deal that put jobs at risk "
    "and called for an urgent meeting with the board before the summer timetable is set.\n"
)


def claim(article: str, text: str, sentence: str, speaker: str | None, kind: SpeakerKind) -> Claim:
    """Build a claim over the first occurrence of `sentence` in `text`."""
    start = text.index(sentence)
    return make_claim(article, text, start, len(sentence), speaker, kind)


def make_claim(
    article: str, text: str, start: int, length: int, speaker: str | None, kind: SpeakerKind
) -> Claim:
    """Build a claim over text[start:start + length]."""
    span = (start, start + length)
    return Claim(
        id=claim_id(article, span, speaker),
        article=article,
        speaker=speaker,
        speaker_kind=kind,
        text=text[span[0] : span[1]],
        span=span,
        content_span=span,
        rule="test.hand_made",
    )


SPOKESWOMAN = "“We do not comment on market speculation,” a Harbourline spokeswoman said."
UNION = "Martina Oyelaran, a union organiser, said crews would oppose any deal"
SOURCES = "Harbourline is considering a sale of its ferry unit, three people familiar"


def doubled_page() -> tuple[str, list[Claim]]:
    """Return a page carrying BODY twice and the claims a parser would find in both copies."""
    text = BODY + "View original\n" + BODY
    second = len(BODY) + len("View original\n")
    claims = []
    spoken: list[tuple[str, str | None, SpeakerKind]] = [
        (SOURCES, None, "anonymous"),
        (SPOKESWOMAN, "Harbourline", "organization"),
        (UNION, "Martina Oyelaran", "person"),
    ]
    for offset in (0, second):
        for sentence, speaker, kind in spoken:
            start = text.index(sentence, offset)
            claims.append(make_claim("page", text, start, len(sentence), speaker, kind))
    return text, claims


def test_later_copy_claims_point_to_the_first_copy() -> None:
    text, claims = doubled_page()
    duplicates, _ = find_duplicates(
        [ArticleText(article=Article(id="page", path="page.txt", sha256="0" * 64), text=text)]
    )
    marked = mark_duplicate_claims(claims, duplicates)
    assert [c.duplicate_of for c in marked[:3]] == [None, None, None]
    assert [c.duplicate_of for c in marked[3:]] == [c.id for c in claims[:3]]
    assert [c.id for c in marked] == [c.id for c in claims]


def test_claim_without_same_speaker_counterpart_stays_unmarked() -> None:
    text, claims = doubled_page()
    second_union = claims[5]
    renamed = second_union.model_copy(update={"speaker": "Someone Else"})
    duplicate = Duplicate(
        kind="self_repeat",
        article="page",
        span=(0, len(BODY) - 1),
        other_article="page",
        other_span=(len(BODY) + 14, len(text) - 1),
        similarity=1.0,
    )
    marked = mark_duplicate_claims([*claims[:5], renamed], [duplicate])
    assert marked[5].duplicate_of is None
    assert marked[4].duplicate_of == claims[1].id


def test_copy_edited_claim_tolerates_shifted_offsets() -> None:
    original = BODY
    copy = "LONDON (Wire) - " + BODY.replace("“", '"').replace("”", '"').replace("\n", " ")
    wire_quote = SPOKESWOMAN.replace("“", '"').replace("”", '"')
    claims = [
        claim("orig", original, SPOKESWOMAN, "Harbourline", "organization"),
        claim("orig", original, UNION, "Martina Oyelaran", "person"),
        claim("copy", copy, wire_quote, "Harbourline", "organization"),
        claim("copy", copy, UNION, "Martina Oyelaran", "person"),
    ]
    duplicate = Duplicate(
        kind="copy",
        article="orig",
        span=(0, len(original) - 1),
        other_article="copy",
        other_span=(0, len(copy) - 1),
        similarity=0.97,
    )
    marked = mark_duplicate_claims(claims, [duplicate])
    assert [c.duplicate_of for c in marked] == [None, None, claims[0].id, claims[1].id]


def test_copy_of_a_copy_points_to_the_first_original() -> None:
    claims = [
        claim(name, BODY, SPOKESWOMAN, "Harbourline", "organization") for name in ("a", "b", "c")
    ]
    whole = (0, len(BODY) - 1)

    def copy(first: str, second: str) -> Duplicate:
        return Duplicate(
            kind="copy",
            article=first,
            span=whole,
            other_article=second,
            other_span=whole,
            similarity=1.0,
        )

    marked = mark_duplicate_claims(claims, [copy("b", "c"), copy("a", "b")])
    assert [c.duplicate_of for c in marked] == [None, claims[0].id, claims[0].id]


def test_claims_outside_the_copied_passage_are_untouched() -> None:
    claims = [
        claim("a", BODY, SPOKESWOMAN, "Harbourline", "organization"),
        claim("b", BODY, SPOKESWOMAN, "Harbourline", "organization"),
    ]
    first_paragraph = (0, BODY.index("“We do not"))
    duplicate = Duplicate(
        kind="partial_copy",
        article="a",
        span=first_paragraph,
        other_article="b",
        other_span=first_paragraph,
        similarity=1.0,
    )
    assert mark_duplicate_claims(claims, [duplicate]) == claims


def test_copied_sentence_with_a_changed_figure_is_a_new_statement() -> None:
    updated = BODY.replace("14 million euros", "19 million euros")
    sentence = "The unit lost 14 million euros last year"
    changed = "The unit lost 19 million euros last year"
    claims = [
        claim("first", BODY, sentence, None, "unattributed"),
        claim("first", BODY, SPOKESWOMAN, "Harbourline", "organization"),
        claim("update", updated, changed, None, "unattributed"),
        claim("update", updated, SPOKESWOMAN, "Harbourline", "organization"),
    ]
    whole = Duplicate(
        kind="copy",
        article="first",
        span=(0, len(BODY)),
        other_article="update",
        other_span=(0, len(updated)),
        similarity=0.99,
    )
    marked = {c.id: c for c in mark_duplicate_claims(claims, [whole])}
    assert marked[claims[2].id].duplicate_of is None
    assert marked[claims[3].id].duplicate_of == claims[1].id

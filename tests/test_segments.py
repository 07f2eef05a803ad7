"""Segmentation: sentences, abbreviations, quotes, bullets, datelines, boilerplate."""

import pytest

from evclaims.quotes import pair_quotes
from evclaims.segments import segment_article


def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in segment_article(text)]


def test_abbreviations_and_initials_do_not_split() -> None:
    text = (
        "Title line\n\nRep. Jane Roe (R-OH) met Dr. A. B. Smith in the U.S. on Jan. 5. They talked."
    )
    assert kinds_and_texts(text)[1:] == [
        ("sentence", "Rep. Jane Roe (R-OH) met Dr. A. B. Smith in the U.S. on Jan. 5."),
        ("sentence", "They talked."),
    ]


def test_us_at_sentence_end_splits_before_a_sentence_starter() -> None:
    text = "Title\n\nThe plant is in the U.S. The firm said so."
    assert [t for _, t in kinds_and_texts(text)[1:]] == [
        "The plant is in the U.S.",
        "The firm said so.",
    ]


def test_no_split_inside_a_closed_quote() -> None:
    text = 'Title\n\n"It is false. There is nothing," a spokesman said. Next one.'
    assert [t for _, t in kinds_and_texts(text)[1:]] == [
        '"It is false. There is nothing," a spokesman said.',
        "Next one.",
    ]


def test_unclosed_quote_does_not_swallow_the_rest() -> None:
    text = "Title\n\nHe said “it is over. The rest stands. Another sentence."
    assert len(kinds_and_texts(text)[1:]) == 3


def test_bullets_headings_meta_and_boilerplate() -> None:
    text = (
        "Big News Today\n\nBy Ann Lee\n\nMarch 3, 2025\n\nKey Points\n\n• One point here\n"
        "- Another point\n\nA sentence of text.\n\nThis Post Has 0 Comments\n\nSubscribe\n"
    )
    assert [k for k, _ in kinds_and_texts(text)] == [
        "headline",
        "meta",
        "meta",
        "heading",
        "bullet",
        "bullet",
        "sentence",
        "boilerplate",
        "boilerplate",
    ]


def test_disclaimer_heading_makes_the_footer_boilerplate() -> None:
    text = "Title\n\nA fact.\n\nDisclaimer\n\nThe site is for informational purposes only.\n\nMore text."
    assert [k for k, _ in kinds_and_texts(text)] == [
        "headline",
        "sentence",
        "boilerplate",
        "boilerplate",
        "boilerplate",
    ]


def test_dateline_is_its_own_segment() -> None:
    text = "Title\n\nDaily Wire March 3 News, The Daily Star reported that the deal is done."
    segs = kinds_and_texts(text)
    assert segs[1] == ("dateline", "Daily Wire March 3 News, ")
    assert segs[2] == ("sentence", "The Daily Star reported that the deal is done.")


def test_embedded_post_and_signature() -> None:
    text = "Title\n\nBank merges with rival: report https://t.co/x\n— Metro Wire (@metrowire) May 1, 2025\n"
    segs = segment_article(text)
    assert [s.kind for s in segs] == ["headline", "post", "signature"]
    assert segs[1].source == "Metro Wire"


def test_question_kind() -> None:
    text = "Title\n\nWill the deal close? It will."
    assert [k for k, _ in kinds_and_texts(text)] == ["headline", "question", "sentence"]


def test_pair_quotes_by_type_and_tolerate_stray_marks() -> None:
    text = '“a” then "b" and a stray “ then “c”'
    pairs = [text[p.start : p.end] for p in pair_quotes(text)]
    assert pairs == ["“a”", '"b"', "“c”"]


def test_question_quote_followed_by_its_attribution_stays_one_sentence() -> None:
    text = 'Title\n\n"Why now?" Dana Roe asked. "Nobody knows." Is it over? Nobody said.'
    assert [t for _, t in kinds_and_texts(text)[1:]] == [
        '"Why now?" Dana Roe asked.',
        '"Nobody knows."',
        "Is it over?",
        "Nobody said.",
    ]


def test_state_abbreviation_does_not_split() -> None:
    text = "Title\n\nState Del. Mara Price of Richmond, Calif. spoke. Then she left."
    assert [t for _, t in kinds_and_texts(text)[1:]] == [
        "State Del. Mara Price of Richmond, Calif. spoke.",
        "Then she left.",
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "The Dunmore Courant is a member-supported newsroom covering the valley since 1971.",
        "The Quay Gazette is read by more than 12,000 shipping professionals.",
        "This article is part of the Gazette’s Harbour Futures series, supported by the Tarrow Trust.",
    ],
)
def test_outlet_self_descriptions_and_series_sponsors_are_boilerplate(footer: str) -> None:
    text = f"Council Votes\n\nThe council voted 5-2 on Monday, the clerk said.\n\n{footer}\n"
    kinds = [(text[s.start : s.end], s.kind) for s in segment_article(text)]
    assert (footer, "boilerplate") in kinds

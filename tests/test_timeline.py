"""Test the timeline and speaker views over the hand-written story ledger."""

from __future__ import annotations

import pytest
from story_fixtures import (
    ACME_DENIAL,
    ANALYSTS,
    BOREALIS_DENIAL,
    BOREALIS_SILENT,
    COST_HARBOR,
    COST_LEDGER,
    RESPONSE_MISMATCH,
    TALKS_HARBOR,
    TALKS_LEDGER,
    WHITFIELD_BLOG,
    WHITFIELD_DECLINES,
    make_claim,
    story_ledger,
)

from evclaims.speaker_view import WHO_COLUMNS, who_rows
from evclaims.timeline import (
    TIMELINE_COLUMNS,
    UnknownSpeakerError,
    excerpt,
    resolve_speaker,
    timeline_rows,
)


def test_timeline_orders_by_statement_date_then_article_date_with_undated_last() -> None:
    rows = timeline_rows(story_ledger())
    assert [r["claim"] for r in rows] == [
        WHITFIELD_DECLINES.id,  # stated 2026-03-01, published 2026-03-03
        TALKS_LEDGER.id,
        ACME_DENIAL.id,
        BOREALIS_SILENT.id,
        COST_LEDGER.id,
        TALKS_HARBOR.id,
        BOREALIS_DENIAL.id,
        COST_HARBOR.id,
        ANALYSTS.id,
        WHITFIELD_BLOG.id,
    ]
    assert rows[0]["date"] == "2026-03-01" and rows[0]["date_source"] == "statement"
    assert rows[1]["date"] == "2026-03-02" and rows[1]["date_source"] == "article"
    assert [(r["date"], r["date_source"]) for r in rows[-2:]] == [(None, "undated")] * 2


def test_timeline_rows_have_the_documented_columns_and_leave_out_duplicates() -> None:
    rows = timeline_rows(story_ledger())
    assert all(tuple(r) == TIMELINE_COLUMNS for r in rows)
    assert "Wire Copy" not in {r["outlet"] for r in rows}
    assert rows[0] == {
        "date": "2026-03-01",
        "date_source": "statement",
        "speaker": "Dana Whitfield",
        "status": "declined_comment",
        "excerpt": 'On March 1, Acme chief executive Dana Whitfield said "we never comment on'
        " <rumours>…",
        "outlet": "Harbor & Bay Post",
        "claim": WHITFIELD_DECLINES.id,
    }
    assert rows[-1]["outlet"] == "blog"  # no outlet: the article id stands in


@pytest.mark.parametrize("query", ["Whitfield", "whitfield", "DANA", "Dana  Whitfield"])
def test_speaker_filter_resolves_aliases_and_words_ignoring_case(query: str) -> None:
    rows = timeline_rows(story_ledger(), speaker=query)
    assert [r["claim"] for r in rows] == [WHITFIELD_DECLINES.id, WHITFIELD_BLOG.id]


def test_alias_beats_word_match() -> None:
    # "Acme" is an alias of Acme Motors, even though other names hold the word.
    assert resolve_speaker(story_ledger(), "acme") == "Acme Motors"


def test_claims_filed_under_an_alias_belong_to_the_canonical_speaker() -> None:
    ledger = story_ledger()
    aliased = make_claim(
        "daily-ledger",
        "Borealis did not respond to requests for comment.",
        "Borealis",
        "organization",
        "no_response",
    )
    ledger.claims.append(aliased)
    rows = timeline_rows(ledger, speaker="Borealis Energy")
    assert aliased.id in [r["claim"] for r in rows]


def test_unknown_and_ambiguous_speakers_raise_a_clear_error() -> None:
    with pytest.raises(UnknownSpeakerError, match="no speaker matches 'Farley'"):
        timeline_rows(story_ledger(), speaker="Farley")
    with pytest.raises(UnknownSpeakerError, match="ambiguous: .*Daily Ledger"):
        resolve_speaker(story_ledger(), "the")


def test_status_filter_keeps_only_that_status() -> None:
    rows = timeline_rows(story_ledger(), status="denied")
    assert [(r["speaker"], r["outlet"]) for r in rows] == [
        ("Acme Motors", "Daily Ledger"),
        ("Borealis Energy", "Harbor & Bay Post"),
    ]
    assert timeline_rows(story_ledger(), speaker="Borealis", status="confirmed") == []
    with pytest.raises(ValueError, match="unknown status 'refuted'"):
        timeline_rows(story_ledger(), status="refuted")


def test_excerpt_is_one_short_line_cut_at_a_word() -> None:
    assert excerpt("A  short\nline.") == "A short line."
    long = "word " * 40
    cut = excerpt(long, 30)
    assert len(cut) <= 30 and cut.endswith("word…")


def test_who_covers_statements_roles_and_conflicts_of_one_speaker() -> None:
    rows = who_rows(story_ledger(), "borealis")
    assert all(tuple(r) == WHO_COLUMNS for r in rows)
    assert [(r["section"], r["ref"]) for r in rows] == [
        ("denied", BOREALIS_DENIAL.id),
        ("no_response", BOREALIS_SILENT.id),
        ("conflict", RESPONSE_MISMATCH.id),
    ]
    assert rows[-1]["status"] == "explained"
    assert str(rows[-1]["detail"]).startswith("[response_mismatch] Daily Ledger says")


def test_who_lists_each_role_the_articles_gave() -> None:
    rows = who_rows(story_ledger(), "Whitfield")
    assert {r["speaker"] for r in rows} == {"Dana Whitfield"}
    assert [(r["section"], r["detail"], r["outlet"]) for r in rows if r["section"] == "role"] == [
        ("role", "Acme chief executive", "Harbor & Bay Post"),
        ("role", "the company's boss", "blog"),
    ]
    assert [r["section"] for r in rows] == [
        "asserted", "declined_comment", "role", "role"
    ]  # fmt: skip


def test_who_raises_for_unknown_speaker() -> None:
    with pytest.raises(UnknownSpeakerError):
        who_rows(story_ledger(), "Nobody Known")

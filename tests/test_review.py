"""Review workflow: decisions are recorded on one conflict, open conflicts are listed."""

from __future__ import annotations

import pytest

from evclaims.models import Conflict, Ledger, Review
from evclaims.review import open_conflicts, record_review


def ledger() -> Ledger:
    """Return a ledger with three conflicts, one already dismissed."""
    return Ledger(
        conflicts=[
            Conflict(id="x-1111aaaa", kind="quote_variant", claims=["c-1", "c-2"], summary="A"),
            Conflict(id="x-1111bbbb", kind="role_mismatch", claims=["c-3", "c-4"], summary="B"),
            Conflict(
                id="x-2222cccc",
                kind="numeric_mismatch",
                claims=["c-5", "c-6"],
                summary="C",
                review=Review(status="dismissed", note="same figure, rounded"),
            ),
        ]
    )


def test_record_review_sets_status_and_note_on_one_conflict() -> None:
    before = ledger()
    after = record_review(before, "x-1111bbbb", "confirmed", "checked with the outlet")
    assert [c.review for c in after.conflicts] == [
        Review(),
        Review(status="confirmed", note="checked with the outlet"),
        Review(status="dismissed", note="same figure, rounded"),
    ]
    assert before.conflicts[1].review == Review()


def test_record_review_without_note_keeps_the_note() -> None:
    after = record_review(ledger(), "x-2222cccc", "explained", None)
    assert after.conflicts[2].review == Review(status="explained", note="same figure, rounded")


def test_record_review_accepts_a_unique_prefix() -> None:
    after = record_review(ledger(), "x-2222", "confirmed", "ok")
    assert after.conflicts[2].review == Review(status="confirmed", note="ok")


def test_unknown_status_is_a_value_error() -> None:
    with pytest.raises(
        ValueError,
        match="unknown review status 'approved': use one of open, confirmed, explained, dismissed",
    ):
        record_review(ledger(), "x-1111aaaa", "approved", None)


def test_unknown_or_ambiguous_id_is_a_key_error() -> None:
    with pytest.raises(LookupError, match="no conflict with id 'x-9999'"):
        record_review(ledger(), "x-9999", "confirmed", None)
    with pytest.raises(LookupError, match="matches 2 conflicts"):
        record_review(ledger(), "x-1111", "confirmed", None)


def test_open_conflicts_lists_only_unreviewed_ones() -> None:
    assert [c.id for c in open_conflicts(ledger())] == ["x-1111aaaa", "x-1111bbbb"]
    reviewed = record_review(ledger(), "x-1111aaaa", "dismissed", "not a conflict")
    assert [c.id for c in open_conflicts(reviewed)] == ["x-1111bbbb"]
    reopened = record_review(reviewed, "x-1111aaaa", "open", None)
    assert [c.id for c in open_conflicts(reopened)] == ["x-1111aaaa", "x-1111bbbb"]

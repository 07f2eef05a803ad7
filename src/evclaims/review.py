"""Record reviewers' decisions on conflicts, and list the conflicts nobody has reviewed.

The decision lives in the conflict's `review` in the ledger; the pipeline
carries it over by conflict id on every re-ingest, so a decision survives as
long as the conflict's claims do.
"""

from __future__ import annotations

from typing import get_args

from .errors import EvclaimsError
from .models import Conflict, Ledger, Review, ReviewStatus

REVIEW_STATUSES: tuple[str, ...] = get_args(ReviewStatus)


class UnknownConflictError(EvclaimsError, LookupError):
    """No conflict, or more than one, matches the id given."""


class ReviewStatusError(EvclaimsError, ValueError):
    """The review status is not one the ledger knows."""


def find_conflict(ledger: Ledger, conflict_id: str) -> Conflict:
    """Return the conflict with this id, or with this unique id prefix (at least 4 characters).

    Raise UnknownConflictError with a one-line message when no conflict, or more than one, matches.
    """
    wanted = conflict_id.strip()
    for conflict in ledger.conflicts:
        if conflict.id == wanted:
            return conflict
    matches = [c for c in ledger.conflicts if len(wanted) >= 4 and c.id.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UnknownConflictError(
            f"conflict id prefix {wanted!r} matches {len(matches)} conflicts"
        )
    raise UnknownConflictError(f"no conflict with id {wanted!r} in the ledger")


def record_review(ledger: Ledger, conflict_id: str, status: str, note: str | None = None) -> Ledger:
    """Return a copy of the ledger with a reviewer's decision recorded on one conflict.

    `status` is one of open, confirmed, explained, dismissed. `note` replaces the
    conflict's note; None keeps the note it has. Raise ReviewStatusError for an unknown
    status and UnknownConflictError for an unknown conflict id (see `find_conflict`).
    """
    if status not in REVIEW_STATUSES:
        allowed = ", ".join(REVIEW_STATUSES)
        raise ReviewStatusError(f"unknown review status {status!r}: use one of {allowed}")
    target = find_conflict(ledger, conflict_id)
    kept_note = target.review.note if note is None else (note.strip() or None)
    review = Review.model_validate({"status": status, "note": kept_note})
    conflicts = [
        c.model_copy(update={"review": review}) if c.id == target.id else c
        for c in ledger.conflicts
    ]
    return ledger.model_copy(update={"conflicts": conflicts})


def open_conflicts(ledger: Ledger) -> list[Conflict]:
    """Return the conflicts whose review is still open, in ledger order."""
    return [c for c in ledger.conflicts if c.review.status == "open"]

"""open-conflicts: a conflict has not been reviewed (only with --fail-on-open-conflicts)."""

from __future__ import annotations

from collections.abc import Iterator

from .base import CheckContext, Problem, Rule


def run(ctx: CheckContext) -> Iterator[Problem]:
    """Report each conflict whose review status is still open."""
    ledger = ctx.ledger
    assert ledger is not None
    for i, conflict in enumerate(ledger.conflicts):
        if conflict.review.status == "open":
            yield ctx.problem(
                "open-conflicts",
                f"conflict {conflict.id} ({conflict.kind}) is not reviewed; "
                f"run `evclaims review {conflict.id} --status …`",
                ("conflicts", i, "review", "status"),
            )


RULE = Rule("open-conflicts", __doc__.split(": ", 1)[1].strip(), run, optional=True)

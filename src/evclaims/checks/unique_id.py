"""unique-id: every article, claim, cluster and conflict id is unique."""

from __future__ import annotations

from collections.abc import Iterator

from .base import CheckContext, Problem, Rule

SECTIONS = ("articles", "claims", "clusters", "conflicts")


def run(ctx: CheckContext) -> Iterator[Problem]:
    """Report the second and later use of each id within its section."""
    assert ctx.ledger is not None
    for section in SECTIONS:
        seen: set[str] = set()
        for index, item in enumerate(getattr(ctx.ledger, section)):
            if item.id in seen:
                yield ctx.problem(
                    "unique-id",
                    f"{section[:-1]} id {item.id!r} is used twice",
                    (section, index, "id"),
                )
            seen.add(item.id)


RULE = Rule("unique-id", __doc__.split(": ", 1)[1].strip(), run)

"""reference: every id that one entry names exists in the ledger."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..yaml_nodes import Path as NodePath
from .base import CheckContext, Problem, Rule


def missing(
    ctx: CheckContext, names: Iterable[tuple[str | None, NodePath]], known: set[str], what: str
) -> Iterator[Problem]:
    """Report each named id that is not in `known`."""
    for name, at in names:
        if name is not None and name not in known:
            yield ctx.problem("reference", f"unknown {what} {name!r}", at)


def run(ctx: CheckContext) -> Iterator[Problem]:
    """Check the links between articles, claims, clusters, conflicts and duplicates."""
    ledger = ctx.ledger
    assert ledger is not None
    articles = {a.id for a in ledger.articles}
    claims = {c.id: c for c in ledger.claims}
    clusters = {c.id for c in ledger.clusters}
    for i, a in enumerate(ledger.articles):
        yield from missing(
            ctx, [(a.duplicate_of, ("articles", i, "duplicate_of"))], articles, "article"
        )
    for i, c in enumerate(ledger.claims):
        yield from missing(ctx, [(c.article, ("claims", i, "article"))], articles, "article")
        yield from missing(ctx, [(c.cluster, ("claims", i, "cluster"))], clusters, "cluster")
        yield from missing(
            ctx, [(c.duplicate_of, ("claims", i, "duplicate_of"))], set(claims), "claim"
        )
    for i, k in enumerate(ledger.clusters):
        yield from missing(
            ctx,
            [(m, ("clusters", i, "claims", j)) for j, m in enumerate(k.claims)],
            set(claims),
            "claim",
        )
        yield from missing(
            ctx,
            [(a, ("clusters", i, "articles", j)) for j, a in enumerate(k.articles)],
            articles,
            "article",
        )
        for j, member in enumerate(k.claims):
            if member in claims and claims[member].cluster != k.id:
                yield ctx.problem(
                    "reference",
                    f"claim {member!r} is listed in cluster {k.id!r} but names cluster "
                    f"{claims[member].cluster!r}",
                    ("clusters", i, "claims", j),
                )
    for i, x in enumerate(ledger.conflicts):
        yield from missing(
            ctx,
            [(m, ("conflicts", i, "claims", j)) for j, m in enumerate(x.claims)],
            set(claims),
            "claim",
        )
        for s, side in enumerate(x.sides):
            for j, member in enumerate(side):
                if member not in x.claims:
                    yield ctx.problem(
                        "reference",
                        f"side member {member!r} is not among the conflict's claims",
                        ("conflicts", i, "sides", s, j),
                    )
    for i, o in enumerate(ledger.overrides):
        stale: list[tuple[str | None, NodePath]] = (
            [(o.cluster, ("overrides", i, "cluster"))] if o.cluster not in clusters else []
        )
        stale += [
            (m, ("overrides", i, field, j))
            for field in ("merge", "split")
            for j, m in enumerate(getattr(o, field))
            if m not in claims
        ]
        for name, at in stale:
            if name is not None:
                yield ctx.problem(
                    "reference",
                    f"override names {name!r}, which is no longer in the ledger; it has no effect",
                    at,
                    level="warning",
                )
    for i, d in enumerate(ledger.duplicates):
        yield from missing(
            ctx,
            [
                (d.article, ("duplicates", i, "article")),
                (d.other_article, ("duplicates", i, "other_article")),
            ],
            articles,
            "article",
        )


RULE = Rule("reference", __doc__.split(": ", 1)[1].strip(), run)

"""stale: an article file in the articles folder is missing from the ledger (warning)."""

from __future__ import annotations

from collections.abc import Iterator

from ..articles import ARTICLE_SUFFIXES
from .base import CheckContext, Problem, Rule


def run(ctx: CheckContext) -> Iterator[Problem]:
    """Warn about article files beside ledger articles that were never ingested."""
    ledger = ctx.ledger
    assert ledger is not None
    known = {(ctx.base / a.path).resolve() for a in ledger.articles}
    folders = sorted({path.parent for path in known})
    for folder in folders:
        if not folder.is_dir():
            continue
        for file in sorted(folder.iterdir()):
            if (
                file.is_file()
                and file.suffix.lower() in ARTICLE_SUFFIXES
                and file.resolve() not in known
            ):
                yield ctx.problem(
                    "stale",
                    f"{file} is not in the ledger; run `evclaims ingest {folder}`",
                    ("articles",),
                    level="warning",
                )


RULE = Rule("stale", __doc__.split(": ", 1)[1].strip(), run)

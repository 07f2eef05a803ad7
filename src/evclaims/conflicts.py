"""Find where the coverage disagrees, by explicit checks over the parsed claims.

Each kind has its own check in `evclaims.conflict_checks` (see `CHECKS`):
report_vs_denial, response_mismatch, quote_variant, role_mismatch,
numeric_mismatch and date_mismatch. Claims marked `duplicate_of` are copies, not
separate accounts, and are ignored. Review state is not set here: the pipeline
merges it by conflict id.
"""

from __future__ import annotations

from .conflict_checks import CHECKS, ConflictContext
from .models import Article, Claim, Cluster, Conflict


def find_conflicts(
    claims: list[Claim], clusters: list[Cluster], articles: list[Article]
) -> list[Conflict]:
    """Return the conflicts between claims, each explained in plain words, sorted by id."""
    ctx = ConflictContext.build(claims, clusters, articles)
    found: dict[str, Conflict] = {}
    for _kind, _rule, check in CHECKS:
        for conflict in check(ctx):
            found.setdefault(conflict.id, conflict)
    return [found[key] for key in sorted(found)]

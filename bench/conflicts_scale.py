"""Time `find_conflicts` on a gold file's claims replicated into many stories.

Usage: python bench/conflicts_scale.py GOLD.yaml ARTICLES_DIR [COPIES ...]

Each copy renames every article, claim and cluster, so the copies are separate
stories of the same shape; the script prints claims, conflicts and seconds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml
from conflicts_gold import build

from evclaims.conflicts import find_conflicts
from evclaims.models import Article, Claim, Cluster


def replicate(
    claims: list[Claim], clusters: list[Cluster], articles: list[Article], copies: int
) -> tuple[list[Claim], list[Cluster], list[Article]]:
    """Return `copies` renamed copies of one story."""
    out_claims, out_clusters, out_articles = [], [], []
    for n in range(copies):
        tag = f"{n}-"
        out_articles += [a.model_copy(update={"id": tag + a.id}) for a in articles]
        out_claims += [
            c.model_copy(
                update={
                    "id": tag + c.id,
                    "article": tag + c.article,
                    "cluster": tag + c.cluster if c.cluster else None,
                }
            )
            for c in claims
        ]
        out_clusters += [
            k.model_copy(update={"id": tag + k.id, "claims": [tag + i for i in k.claims]})
            for k in clusters
        ]
    return out_claims, out_clusters, out_articles


def main(argv: list[str]) -> int:
    """Print the time find_conflicts takes for each number of copies."""
    if len(argv) < 2:
        print(__doc__)
        return 2
    gold = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    base = build(gold, Path(argv[1]), True)
    for copies in [int(a) for a in argv[2:]] or [1, 10, 40]:
        claims, clusters, articles = replicate(*base, copies)
        start = time.perf_counter()
        conflicts = find_conflicts(claims, clusters, articles)
        seconds = time.perf_counter() - start
        print(
            f"{copies:4} stories  {len(claims):6} claims  {len(conflicts):5} conflicts  "
            f"{seconds:7.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

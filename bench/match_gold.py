"""Measure the matcher's cluster pairwise F1 on hand-annotated gold claims.

Usage: python bench/match_gold.py GOLD_YAML [--verbose]

Builds Claim objects from the gold spans, speakers, kinds and statuses (text =
the gold quote, article id = file stem), clusters them with `cluster_claims`,
and scores pairs over the gold claims that belong to gold clusters.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from evclaims.ids import claim_id
from evclaims.matcher import cluster_claims
from evclaims.models import Article, Claim


def gold_claims(gold: dict[str, Any]) -> tuple[list[Claim], list[Article], dict[str, str]]:
    """Return claims, articles and a map claim id -> gold id."""
    claims: list[Claim] = []
    names: dict[str, str] = {}
    for g in gold["claims"]:
        article = Path(g["article"]).stem
        span = (int(g["span"][0]), int(g["span"][1]))
        cid = claim_id(article, span, g.get("speaker"), g["status"])
        names[cid] = g["id"]
        claims.append(
            Claim(
                id=cid,
                article=article,
                speaker=g.get("speaker"),
                speaker_kind=g["speaker_kind"],
                role=g.get("role"),
                cue=g.get("cue"),
                status=g["status"],
                text=g["quote"],
                span=span,
                content_span=span,
                rule="gold",
            )
        )
    articles = [
        Article(id=Path(a["file"]).stem, path=a["file"], sha256="-", outlet=a.get("outlet"))
        for a in gold["articles"]
    ]
    return claims, articles, names


def pair_set(groups: list[list[str]], keep: set[str]) -> set[tuple[str, str]]:
    """Return the unordered within-group pairs of the kept items."""
    out: set[tuple[str, str]] = set()
    for g in groups:
        members = sorted(x for x in g if x in keep)
        out.update(combinations(members, 2))
    return out


def main(argv: list[str]) -> int:
    """Print pairwise precision, recall and F1 of the matcher against the gold clusters."""
    gold = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    claims, articles, names = gold_claims(gold)
    clusters, out = cluster_claims(claims, articles, {}, [])
    gold_groups = [list(c["claims"]) for c in gold["clusters"]]
    keep = {x for g in gold_groups for x in g}
    predicted = [[names[m] for m in k.claims] for k in clusters]
    gp, pp = pair_set(gold_groups, keep), pair_set(predicted, keep)
    tp = len(gp & pp)
    precision = tp / len(pp) if pp else 0.0
    recall = tp / len(gp) if gp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    if "--verbose" in argv:
        for k in clusters:
            members = " ".join(names[m] for m in k.claims)
            print(f"{k.id} src={k.independent_sources} {k.origins}\n  [{members}] {k.label}")
        print("missed:", sorted(gp - pp))
        print("wrong:", sorted(pp - gp))
    print(f"clusters={len(clusters)} gold_pairs={len(gp)} predicted_pairs={len(pp)} tp={tp}")
    print(f"pairwise precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

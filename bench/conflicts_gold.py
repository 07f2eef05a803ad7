"""Run the conflict checks on claims built from a gold file and print recall and precision.

Usage: python bench/conflicts_gold.py GOLD.yaml ARTICLES_DIR [--no-clusters]

The gold claims become `Claim` objects (text = the gold sentence, quote = the
words inside its quotation marks, cluster = the gold cluster), so the checks
are measured apart from the parser and the matcher. A gold conflict is found
when a reported conflict of the same kind holds claims from each of its sides.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from evclaims.conflicts import find_conflicts
from evclaims.models import Article, Claim, Cluster, Conflict

QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
HEDGE_CUES = {"reportedly", "allegedly"}


def quote_of(sentence: str) -> str | None:
    """Return the words inside the sentence's quotation marks, parts joined by ' … '."""
    parts = [a or b for a, b in QUOTED.findall(sentence)]
    return " … ".join(p.strip() for p in parts) or None


def build(
    gold: dict[str, Any], folder: Path, clustered: bool
) -> tuple[list[Claim], list[Cluster], list[Article]]:
    """Return the gold claims, clusters and articles as models."""
    articles = []
    for entry in gold["articles"]:
        path = folder / entry["file"]
        articles.append(
            Article(
                id=Path(entry["file"]).stem,
                path=str(path),
                sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                outlet=entry.get("outlet"),
                author=entry.get("author"),
                published=entry.get("published"),
            )
        )
    cluster_of = {c: k["id"] for k in gold["clusters"] for c in k["claims"]}
    claims = []
    for g in gold["claims"]:
        span = (g["span"][0], g["span"][1])
        claims.append(
            Claim(
                id=g["id"],
                article=Path(g["article"]).stem,
                speaker=g["speaker"],
                speaker_kind=g["speaker_kind"],
                role=g.get("role"),
                cue=g.get("cue"),
                status=g["status"],
                text=g["quote"],
                quote=quote_of(g["quote"]),
                span=span,
                content_span=span,
                hedged=(g.get("cue") or "") in HEDGE_CUES,
                cluster=cluster_of.get(g["id"]) if clustered else None,
                rule="gold",
            )
        )
    by_id = {c.id: c for c in claims}
    clusters = []
    if clustered:
        for k in gold["clusters"]:
            members = sorted(k["claims"])
            arts = sorted({by_id[m].article for m in members})
            clusters.append(
                Cluster(
                    id=k["id"],
                    label=k["proposition"],
                    claims=members,
                    articles=arts,
                    independent_sources=len(arts),
                )
            )
    return claims, clusters, articles


def gold_sides(gold: dict[str, Any], entry: dict[str, Any]) -> list[set[str]]:
    """Return the claim-id sets of a gold conflict's two sides."""
    if "claims" in entry:
        return [{entry["claims"][0]}, {entry["claims"][1]}]
    members = {k["id"]: set(k["claims"]) for k in gold["clusters"]}
    return [members[entry["cluster_a"]], members[entry["cluster_b"]]]


def matches(found: Conflict, kind: str, sides: list[set[str]]) -> bool:
    """Tell whether a found conflict has the gold kind and claims from both gold sides."""
    ids = set(found.claims)
    return found.kind == kind and all(ids & side for side in sides)


def main(argv: list[str]) -> int:
    """Print each found conflict, then recall over the gold and the share outside it."""
    if len(argv) < 2:
        print(__doc__)
        return 2
    gold = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    claims, clusters, articles = build(gold, Path(argv[1]), "--no-clusters" not in argv)
    conflicts = find_conflicts(claims, clusters, articles)
    golds = [(g["kind"], gold_sides(gold, g)) for g in gold["conflicts"]]
    outside = 0
    for c in conflicts:
        hit = any(matches(c, kind, sides) for kind, sides in golds)
        outside += not hit
        mark = "gold " if hit else "EXTRA"
        print(f"{mark} {c.id} {c.kind:18} {c.severity:6} sides={c.sides}")
        print(f"      {c.summary}")
    found = sum(any(matches(c, kind, sides) for c in conflicts) for kind, sides in golds)
    for kind, sides in golds:
        if not any(matches(c, kind, sides) for c in conflicts):
            print(f"MISSED {kind} {sorted(sides[0])[:3]} vs {sorted(sides[1])[:3]}")
    share = outside / len(conflicts) if conflicts else 0.0
    print(
        f"gold found: {found}/{len(golds)}  reported: {len(conflicts)}  outside gold: {outside}"
        f" ({share:.0%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

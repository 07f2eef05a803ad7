"""Score the parser on PolNeAR attributions: content and content+speaker P/R/F1.

Usage: python bench/polnear_eval.py PATH/TO/polnear-dev.jsonl

Protocol (the corpus README): a predicted attribution matches a gold one when
|pred content ∩ gold content| / |gold content| ≥ τ (τ = 0.3, 0.5, 0.8); matching is
one-to-one and greedy (largest overlap first); the speaker is right when the predicted
speaker span overlaps the gold source span. Recall counts gold attributions whose
cue_class is speech or according_to; precision is measured against all gold
attributions. The parser's `unattributed` claims are not attributions and are left out.

Claims → attributions. The ledger's unit is the sentence, PolNeAR's is the attribution
relation, whose content runs on over a quote continued in the next sentence(s). The parser
already folds a quote continued within its paragraph into one claim; a claim made by rule
`quote-continuation` (a quote continued in the next paragraph) extends the content of the attribution just
before it (same speaker) instead of counting as an attribution of its own. Pass
`--per-claim` to score every claim as its own attribution instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from evclaims.models import Article, ArticleText
from evclaims.parser import parse_article

RECALL_CLASSES = {"speech", "according_to"}
Span = tuple[int, int]


def overlap(a: Span, b: Span) -> int:
    """Return the length of the intersection of two spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy(
    preds: list[tuple[Span, Span | None]],
    golds: list[tuple[Span, Span | None, bool]],
    tau: float,
    need_speaker: bool,
) -> list[tuple[int, int]]:
    """Return one-to-one (pred, gold) matches, largest content overlap first."""
    pairs: list[tuple[float, int, int]] = []
    for i, (pc, ps) in enumerate(preds):
        for j, (gc, gs, _) in enumerate(golds):
            score = overlap(pc, gc) / max(1, gc[1] - gc[0])
            if score < tau:
                continue
            if need_speaker and (ps is None or gs is None or overlap(ps, gs) == 0):
                continue
            pairs.append((score, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def main(path: str, merge: bool = True) -> None:
    """Print the score table."""
    docs = [
        json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line
    ]
    taus = (0.3, 0.5, 0.8)
    totals = {(t, s): [0, 0, 0] for t in taus for s in (False, True)}
    for doc in docs:
        article = Article(
            id=str(doc["doc_id"]),
            path=f"{doc['doc_id']}.txt",
            sha256="",
            published=(doc.get("publication_date") or None),
        )
        claims = parse_article(ArticleText(article=article, text=doc["text"]), [])
        preds: list[tuple[Span, Span | None]] = []
        last_speaker: str | None = None
        for c in claims:
            if c.speaker_kind == "unattributed":
                continue
            cont = (c.content_span[0], c.content_span[1])
            spk = (c.speaker_span[0], c.speaker_span[1]) if c.speaker_span else None
            if merge and c.rule == "quote-continuation" and preds and c.speaker == last_speaker:
                prev_content, prev_speaker = preds[-1]
                preds[-1] = ((prev_content[0], max(prev_content[1], cont[1])), prev_speaker)
                continue
            preds.append((cont, spk))
            last_speaker = c.speaker
        golds: list[tuple[Span, Span | None, bool]] = [
            (
                (a["content_span"][0], a["content_span"][1]),
                (a["source_span"][0], a["source_span"][1]) if a.get("source_span") else None,
                a.get("cue_class") in RECALL_CLASSES,
            )
            for a in doc["attributions"]
            if a.get("content_span")
        ]
        n_recall = sum(1 for g in golds if g[2])
        for tau in taus:
            for need in (False, True):
                matches = greedy(preds, golds, tau, need)
                tot = totals[(tau, need)]
                tot[0] += len(matches)
                tot[1] += len(preds)
                tot[2] += n_recall
                tot.append(sum(1 for _, j in matches if golds[j][2]))
    mode = "one attribution per claim" if not merge else "quote continuations merged"
    print(f"PolNeAR: {len(docs)} documents ({mode})")
    print(f"{'tau':>5} {'measure':<16} {'P':>6} {'R':>6} {'F1':>6}")
    for tau in taus:
        for need in (False, True):
            tot = totals[(tau, need)]
            matched, predicted, gold_recall = tot[0], tot[1], tot[2]
            recalled = sum(tot[3:])
            p = matched / predicted if predicted else 0.0
            r = recalled / gold_recall if gold_recall else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            label = "content+speaker" if need else "content"
            print(f"{tau:>5} {label:<16} {p:6.3f} {r:6.3f} {f:6.3f}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit("usage: polnear_eval.py PATH.jsonl [--per-claim]")
    main(args[0], merge="--per-claim" not in sys.argv)

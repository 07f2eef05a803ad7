"""Build a corpus's gold.yaml from excerpts, and score the pipeline against it.

The corpus scripts (`tests/corpus*/make_gold.py`) hold only their annotations and
call `write_gold`. Each claim names its sentence by an exact excerpt that must
occur once in its article; the span is where it occurs. The corpus tests call
`ingest_and_score` and `matched_claims`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evclaims.evaluate import Evaluation, evaluate_ledger, load_gold, match_claims
from evclaims.ingest import ingest
from evclaims.models import Claim, Ledger

ArticleMeta = tuple[str, str | None, str | None, str | None]
ClaimRow = tuple[str, str, str, str | None, str, str | None, str, str | None]
DuplicateRow = tuple[str, str, str, str, str, str, str]


@dataclass(frozen=True)
class Corpus:
    """A corpus's folder and annotations, in the rows its script writes by hand."""

    folder: Path
    story: str
    articles: list[ArticleMeta]
    claims: list[ClaimRow]
    clusters: list[tuple[str, str, list[str]]]
    conflicts: list[dict[str, Any]]
    duplicates: list[DuplicateRow]
    boilerplate: list[tuple[str, str]]

    def text_of(self, name: str) -> str:
        """Return an article's text as the tool decodes it."""
        return (self.folder / "articles" / name).read_bytes().decode("utf-8-sig")

    def file_of(self, prefix: str) -> str:
        """Return the file name of the article with this prefix."""
        (name,) = [a[0] for a in self.articles if a[0].startswith(prefix + "-")]
        return name


def find_once(text: str, excerpt: str, name: str) -> int:
    """Return where `excerpt` occurs in `text`; it must occur exactly once."""
    start = text.find(excerpt)
    if start < 0 or text.find(excerpt, start + 1) >= 0:
        raise SystemExit(f"{name}: excerpt not found exactly once: {excerpt[:60]!r}")
    return start


def block(text: str, first: str, last: str, name: str) -> list[int]:
    """Return the span from the start of `first` to the end of `last` after it."""
    start = find_once(text, first, name)
    end = text.find(last, start)
    if end < 0:
        raise SystemExit(f"{name}: {last!r} not found after {first!r}")
    return [start, end + len(last)]


def build(corpus: Corpus) -> dict[str, Any]:
    """Return the gold file's content."""
    claims = []
    for cid, prefix, excerpt, speaker, kind, cue, status, role in corpus.claims:
        name = corpus.file_of(prefix)
        start = find_once(corpus.text_of(name), excerpt, name)
        entry: dict[str, Any] = {
            "id": cid,
            "article": name,
            "speaker": speaker,
            "speaker_kind": kind,
            "cue": cue,
            "status": status,
            "span": [start, start + len(excerpt)],
            "quote": excerpt,
        }
        if role:
            entry["role"] = role
        claims.append(entry)
    duplicates = []
    for orig, copy, kind, f0, f1, s0, s1 in corpus.duplicates:
        a, b = corpus.file_of(orig), corpus.file_of(copy)
        duplicates.append(
            {
                "article": a,
                "other_article": b,
                "kind": kind,
                "first": block(corpus.text_of(a), f0, f1, a),
                "second": block(corpus.text_of(b), s0, s1, b),
            }
        )
    return {
        "story": corpus.story,
        "articles": [
            {"file": f, "outlet": o, "author": au, "published": p}
            for f, o, au, p in corpus.articles
        ],
        "claims": claims,
        "clusters": [{"id": k, "proposition": p, "claims": m} for k, p, m in corpus.clusters],
        "conflicts": corpus.conflicts,
        "duplicates": duplicates,
        "boilerplate": [{"article": corpus.file_of(p), "text": t} for p, t in corpus.boilerplate],
    }


def write_gold(corpus: Corpus) -> None:
    """Write gold.yaml into the corpus folder."""
    out = yaml.safe_dump(build(corpus), sort_keys=False, allow_unicode=True, width=100)
    (corpus.folder / "gold.yaml").write_text(out, encoding="utf-8")


def ingest_and_score(folder: Path, root: Path) -> tuple[Ledger, Evaluation]:
    """Ingest a copy of the corpus's articles into a fresh ledger under `root` and score it."""
    shutil.copytree(folder / "articles", root / "articles")
    result = ingest([root / "articles"], root / "claims.yaml")
    return result.ledger, evaluate_ledger(result.ledger, folder / "gold.yaml", root=root)


def matched_claims(ledger: Ledger, gold_path: Path) -> dict[str, Claim]:
    """Return gold claim id → the predicted claim it matched."""
    ids = {Path(a.path).name: a.id for a in ledger.articles}
    gold = load_gold(gold_path)
    preds = [c for c in ledger.claims if c.duplicate_of is None]
    pairs, _ = match_claims(preds, [g for g in gold.claims if g.article in ids], ids)
    return pairs

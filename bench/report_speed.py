"""Time the dossier of a synthetic 1,000-article ledger (target: under 5 s).

Usage: .venv/bin/python bench/report_speed.py [ARTICLES]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from evclaims.claimreview import claimreview_export
from evclaims.export import export_csv, export_jsonl
from evclaims.ids import claim_id, cluster_id, conflict_id
from evclaims.models import Article, Claim, Cluster, Conflict, Duplicate, Entity, Ledger
from evclaims.report_html import render_html
from evclaims.report_markdown import render_markdown
from evclaims.story import story_summary
from evclaims.timeline import timeline_rows

CLAIMS_PER_ARTICLE = 10
STATUSES = ("asserted", "asserted", "asserted", "denied", "declined_comment", "no_response")
SPEAKERS = [f"Speaker {n}" for n in range(60)]


def sentence(article: int, index: int) -> str:
    """Return a made-up claim sentence."""
    return (
        f"{SPEAKERS[(article + index) % len(SPEAKERS)]} said that plan {index % 40} "
        f"would cost {article % 9 + 1} billion and begin in year {2020 + index % 7}."
    )


def synthetic_ledger(count: int) -> tuple[Ledger, dict[str, str]]:
    """Build a ledger of `count` articles, ten claims each, with clusters and conflicts."""
    articles: list[Article] = []
    claims: list[Claim] = []
    texts: dict[str, str] = {}
    members: dict[int, list[str]] = {}
    for a in range(count):
        article_id = f"a{a:05d}"
        lines = [f"Headline number {a}", "", f"By Writer {a % 50}", ""]
        spans = []
        offset = sum(len(line) + 1 for line in lines)
        for i in range(CLAIMS_PER_ARTICLE):
            text = sentence(a, i)
            lines.append(text + " Some filler context follows the claim here.")
            spans.append((offset, offset + len(text), text))
            offset += len(lines[-1]) + 1
        texts[article_id] = "\n".join(lines) + "\n"
        articles.append(
            Article(
                id=article_id,
                path=f"articles/{article_id}.txt",
                sha256="0" * 64,
                title=f"Headline number {a}",
                outlet=f"Outlet {a % 40}",
                author=f"Writer {a % 50}",
                published=f"2026-{1 + a % 3:02d}-{1 + a % 28:02d}" if a % 17 else None,
            )
        )
        for i, (start, end, text) in enumerate(spans):
            speaker = SPEAKERS[(a + i) % len(SPEAKERS)]
            cid = claim_id(article_id, (start, end), speaker)
            members.setdefault(i % 40 * 100 + a % 9, []).append(cid)
            claims.append(
                Claim(
                    id=cid, article=article_id, speaker=speaker, speaker_kind="person",
                    status=STATUSES[(a + i) % len(STATUSES)],
                    text=text, span=(start, end), content_span=(start, end), rule="bench",
                    role=f"role {a % 3}",
                )
            )  # fmt: skip
    article_of = {c.id: c.article for c in claims}
    clusters = []
    cluster_of: dict[str, str] = {}
    for key, ids in sorted(members.items()):
        kid = cluster_id(ids)
        clusters.append(
            Cluster(id=kid, label=f"Plan {key} claim", claims=ids,
                    articles=sorted({article_of[i] for i in ids}),
                    independent_sources=min(len(ids), 9))
        )  # fmt: skip
        cluster_of.update(dict.fromkeys(ids, kid))
    claims = [c.model_copy(update={"cluster": cluster_of.get(c.id)}) for c in claims]
    conflicts = [
        Conflict(
            id=conflict_id("numeric_mismatch", [claims[n].id, claims[n + 11].id]),
            kind="numeric_mismatch", claims=[claims[n].id, claims[n + 11].id],
            sides=[[claims[n].id], [claims[n + 11].id]], summary=f"Costs differ ({n}).",
        )
        for n in range(0, len(claims) - 11, 37)
    ]  # fmt: skip
    duplicates = [
        Duplicate(kind="partial_copy", article=f"a{a:05d}", span=(30, 300),
                  other_article=f"a{a - 1:05d}", other_span=(30, 300), similarity=0.97)
        for a in range(1, count, 10)
    ]  # fmt: skip
    entities = [Entity(name=s, kind="person", aliases=[s.split()[-1]]) for s in SPEAKERS]
    ledger = Ledger(
        articles=articles, entities=entities, duplicates=duplicates, claims=claims,
        clusters=clusters, conflicts=conflicts,
    )  # fmt: skip
    return ledger, texts


def timed(label: str, job: Callable[[], object]) -> float:
    """Run `job`, print how long it took and return the seconds."""
    start = time.perf_counter()
    result = job()
    seconds = time.perf_counter() - start
    size = f"{len(result):>10,} chars" if isinstance(result, str) else ""
    print(f"{label:<28} {seconds:6.3f} s {size}")
    return seconds


def main() -> None:
    """Build the synthetic ledger and time every writer."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    ledger, texts = synthetic_ledger(count)
    print(
        f"ledger: {len(ledger.articles)} articles, {len(ledger.claims)} claims, "
        f"{len(ledger.clusters)} clusters, {len(ledger.conflicts)} conflicts, "
        f"{len(ledger.duplicates)} duplicates"
    )
    markdown = timed("dossier markdown", lambda: render_markdown(ledger, texts))
    html = timed("dossier html", lambda: render_html(ledger, texts))
    timed("timeline rows", lambda: timeline_rows(ledger))
    timed("story summary", lambda: story_summary(ledger))
    timed("claimreview export", lambda: claimreview_export(ledger, "Bench"))
    timed("csv claims", lambda: export_csv(ledger, "claims"))
    timed("jsonl all tables", lambda: export_jsonl(ledger))
    verdict = "OK" if max(markdown, html) < 5 else "TOO SLOW"
    print(f"dossier: markdown {markdown:.2f} s, html {html:.2f} s (target < 5 s each): {verdict}")


if __name__ == "__main__":
    main()

"""Time the whole pipeline, stage by stage, on N synthetic articles.

Usage: python bench/ingest_scale.py [N ...]   (default: 250 500 1000)

Articles are generated from templates over many invented stories, so that the
parser, the duplicate finder, the matcher and the conflict checks all have work.
Prints seconds per stage, claims per second and peak memory.
"""

from __future__ import annotations

import hashlib
import random
import resource
import sys
import time

from evclaims.conflicts import find_conflicts
from evclaims.duplicates import find_duplicates, mark_duplicate_claims
from evclaims.matcher import cluster_claims
from evclaims.models import Article, ArticleText, Claim
from evclaims.parser import collect_entities, parse_article

FIRST = ["Dana", "Lee", "Priya", "Omar", "Greta", "Tomas", "Ines", "Kofi", "Mara", "Yuki"]
LAST = ["Reyes", "Park", "Nand", "Haddad", "Lind", "Novak", "Costa", "Mensah", "Ilic", "Sato"]
FIRMS = ["Harbor Transit", "Northwind Power", "Calder Mining", "Vesta Foods", "Orion Rail"]
TOPICS = ["a merger", "layoffs", "a plant closure", "a price rise", "a data breach"]
OUTLETS = ["Daily Ledger", "Coastal Herald", "Metro Wire", "Valley Post", "River Times"]


def story_sentences(rng: random.Random, story: int) -> list[str]:
    """Return sentences of one invented story, with a report, a denial and numbers."""
    firm = f"{FIRMS[story % len(FIRMS)]} {story}"
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    topic = rng.choice(TOPICS)
    number = rng.randint(2, 90)
    return [
        f"{firm} is planning {topic} affecting {number * 100} workers, sources said.",
        f"{firm} denied the report on Monday.",
        f"“There is no truth to it,” said {person}, a spokesperson for {firm}.",
        f"Shares of {firm} fell {number % 12 + 1}% after the report.",
        f"Analyst {rng.choice(FIRST)} {rng.choice(LAST)} said the plan could cost ${number}.{story % 10} million.",
        f"The regulator declined to comment on {topic} at {firm}.",
    ]


def make_docs(n: int, seed: int = 7) -> list[ArticleText]:
    """Return n articles over n // 4 stories, every tenth one a copy of another."""
    rng = random.Random(seed)
    docs: list[ArticleText] = []
    stories = max(1, n // 4)
    for index in range(n):
        story = rng.randrange(stories)
        sentences = story_sentences(random.Random(story), story)
        rng.shuffle(sentences)
        body = " ".join(sentences[: rng.randint(3, len(sentences))])
        if index % 10 == 9 and docs:
            body = docs[rng.randrange(len(docs))].text.split("\n\n", 2)[-1]
        text = f"Story {story} update\n\nMarch {1 + index % 27}, 2025\n\n{body}\n"
        sha = hashlib.sha256(text.encode()).hexdigest()
        article = Article(
            id=f"a{index:05d}",
            path=f"articles/a{index:05d}.txt",
            sha256=sha,
            outlet=OUTLETS[index % len(OUTLETS)],
            published=f"2025-03-{1 + index % 27:02d}",
        )
        docs.append(ArticleText(article=article, text=text))
    return docs


def run(n: int) -> None:
    """Run every stage on n articles and print the timings."""
    docs = make_docs(n)
    words = sum(len(d.text.split()) for d in docs)
    times: dict[str, float] = {}
    start = time.perf_counter()
    claims: list[Claim] = [c for d in docs for c in parse_article(d, [])]
    collect_entities(claims, [])
    times["parse"] = time.perf_counter() - start
    start = time.perf_counter()
    duplicates, copies = find_duplicates(docs)
    claims = mark_duplicate_claims(claims, duplicates)
    times["duplicates"] = time.perf_counter() - start
    articles = [
        d.article.model_copy(update={"duplicate_of": copies.get(d.article.id)}) for d in docs
    ]
    start = time.perf_counter()
    clusters, claims = cluster_claims(claims, articles, {}, [])
    times["match"] = time.perf_counter() - start
    start = time.perf_counter()
    conflicts = find_conflicts(claims, clusters, articles)
    times["conflicts"] = time.perf_counter() - start
    total = sum(times.values())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = "  ".join(f"{name} {secs:.2f}s" for name, secs in times.items())
    print(
        f"articles={n} words={words} claims={len(claims)} clusters={len(clusters)} "
        f"conflicts={len(conflicts)} duplicates={len(duplicates)}  {stages}  "
        f"total {total:.2f}s  {words / total:,.0f} words/s  peak_rss {peak_mb:.0f} MB"
    )


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [250, 500, 1000]:
        run(size)

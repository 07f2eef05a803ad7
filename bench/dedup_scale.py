"""Benchmark duplicate finding on synthetic articles with planted copies.

Usage: python bench/dedup_scale.py [--sizes 1000 10000] [--seed 7] [--no-trace]

Each size runs in a fresh subprocess. For each it prints the time of
`find_duplicates`, its peak traced memory (tracemalloc, in a second run) and the
growth of the process's peak RSS, the recall of the planted copies by kind, the
unplanted pairs reported, and the time growth factor between sizes.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import string
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from itertools import accumulate

from evclaims.duplicates import find_duplicates
from evclaims.models import Article, ArticleText, Duplicate

VOCABULARY = 20_000
OUTLETS = 60


@dataclass
class Corpus:
    """Synthetic articles and the copy relations planted among them."""

    docs: list[ArticleText] = field(default_factory=list)
    whole: dict[str, str] = field(default_factory=dict)
    updates: dict[str, str] = field(default_factory=dict)
    partial: set[tuple[str, str]] = field(default_factory=set)
    doubled: set[str] = field(default_factory=set)
    families: dict[str, str] = field(default_factory=dict)


class Writer:
    """Write random news-like text from a Zipf-weighted invented vocabulary."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        letters = string.ascii_lowercase
        words: set[str] = set()
        while len(words) < VOCABULARY:
            words.add("".join(rng.choices(letters, k=rng.randint(2, 10))))
        self.words = sorted(words)
        rng.shuffle(self.words)
        self.cum = list(accumulate(1.0 / rank for rank in range(1, VOCABULARY + 1)))
        self.names = [w.capitalize() for w in self.words[500:800]]

    def sentence(self) -> str:
        """Return one sentence, sometimes with a quotation or a hyphenated compound."""
        rng = self.rng
        words = rng.choices(self.words, cum_weights=self.cum, k=rng.randint(8, 28))
        if rng.random() < 0.15:
            words[1] = f"{words[1]}-{words[2]}"
            del words[2]
        text = " ".join(words)
        if rng.random() < 0.2:
            speaker = rng.choice(self.names)
            return f"“{text.capitalize()},” {speaker} said."
        return text.capitalize() + "."

    def paragraph(self) -> str:
        """Return a paragraph of two to five sentences."""
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def body(self, paragraphs: int) -> list[str]:
        """Return the paragraphs of an article body."""
        return [self.paragraph() for _ in range(paragraphs)]


def copy_edit(paragraphs: list[str], rng: random.Random, writer: Writer) -> list[str]:
    """Return a syndicated copy: dateline, straight quotes, hyphens, merges, edits, credit."""
    edited = []
    for text in paragraphs:
        text = text.replace("“", '"').replace("”", '"').replace("-", " ")
        words = text.split(" ")
        for _ in range(max(1, len(words) // 60)):
            words[rng.randrange(len(words))] = rng.choice(writer.words[:3000])
        edited.append(" ".join(words))
    edited[0] = f"{rng.choice(writer.names).upper()} (Wire) — {edited[0]}"
    if len(edited) > 3:
        edited[1:3] = [edited[1] + " " + edited[2]]
    edited.append(f"Reporting by {rng.choice(writer.names)}; editing by {rng.choice(writer.names)}")
    return edited


def make_corpus(n: int, seed: int) -> Corpus:
    """Return n articles: about 83% originals, 8% copies, 3% updates (same outlet), 5% partial
    copies, 1% bodies pasted twice; every article ends with its outlet's footer (boilerplate)."""
    rng = random.Random(seed)
    writer = Writer(rng)
    footers = [writer.paragraph() for _ in range(OUTLETS)]
    corpus = Corpus()
    bodies: list[tuple[str, int, list[str]]] = []

    def add(article_id: str, outlet: int, day: int, paragraphs: list[str]) -> None:
        text = "\n\n".join([*paragraphs, footers[outlet]]) + "\n"
        article = Article(
            id=article_id,
            path=f"{article_id}.txt",
            sha256="0" * 64,
            outlet=f"Outlet {outlet}",
            published=f"2026-{1 + day // 28:02d}-{1 + day % 28:02d}",
        )
        corpus.docs.append(ArticleText(article=article, text=text))

    for number in range(n):
        article_id = f"a{number:06d}"
        outlet = rng.randrange(OUTLETS)
        roll = rng.random()
        if bodies and roll < 0.08:
            original, _, paragraphs = rng.choice(bodies)
            add(article_id, outlet, 200, copy_edit(paragraphs, rng, writer))
            corpus.whole[article_id] = original
        elif bodies and roll < 0.11:
            original, outlet, paragraphs = rng.choice(bodies)
            updated = paragraphs[:2] + writer.body(2) + paragraphs[2:]
            updated[-1] = writer.paragraph()
            add(article_id, outlet, 250, updated)
            corpus.updates[article_id] = original
        elif bodies and roll < 0.16:
            original, _, paragraphs = rng.choice(bodies)
            start = rng.randrange(max(1, len(paragraphs) - 1))
            shared = paragraphs[start : start + 2]
            own = writer.body(rng.randint(5, 9))
            add(article_id, outlet, 300, own[:2] + shared + own[2:])
            corpus.partial.add((original, article_id))
        elif roll < 0.17:
            paragraphs = writer.body(rng.randint(5, 11))
            add(article_id, outlet, rng.randrange(150), [*paragraphs, "View original", *paragraphs])
            corpus.doubled.add(article_id)
        else:
            paragraphs = writer.body(rng.randint(5, 11))
            add(article_id, outlet, rng.randrange(150), paragraphs)
            bodies.append((article_id, outlet, paragraphs))
    for copy, original in {**corpus.whole, **corpus.updates}.items():
        corpus.families[copy] = original
    for original, copy in corpus.partial:
        corpus.families[copy] = original
    return corpus


def score(corpus: Corpus, duplicates: list[Duplicate], copies: dict[str, str]) -> dict[str, object]:
    """Return the recall of each planted kind and the count of unplanted pairs."""
    pairs = {(d.article, d.other_article) for d in duplicates if d.kind != "self_repeat"}
    whole_hits = sum(copies.get(c) == o for c, o in corpus.whole.items())
    update_hits = sum(copies.get(c) == o for c, o in corpus.updates.items())
    partial_hits = sum(pair in pairs for pair in corpus.partial)
    repeats = {d.article for d in duplicates if d.kind == "self_repeat"}
    doubled_hits = len(corpus.doubled & repeats)

    def family(article: str) -> str:
        return corpus.families.get(article, article)

    planted = set(corpus.partial)
    unplanted = {p for p in pairs if p not in planted and family(p[0]) != family(p[1])}
    return {
        "whole": f"{whole_hits}/{len(corpus.whole)}",
        "updated": f"{update_hits}/{len(corpus.updates)}",
        "partial": f"{partial_hits}/{len(corpus.partial)}",
        "doubled": f"{doubled_hits}/{len(corpus.doubled)}",
        "recall": round(
            (whole_hits + update_hits + partial_hits + doubled_hits)
            / max(
                1,
                len(corpus.whole) + len(corpus.updates) + len(corpus.partial) + len(corpus.doubled),
            ),
            4,
        ),
        "unplanted_repeats": len(repeats - corpus.doubled),
        "unplanted_pairs": len(unplanted),
    }


def measure(n: int, seed: int, trace: bool) -> dict[str, object]:
    """Generate n articles, time find_duplicates and measure its memory."""
    corpus = make_corpus(n, seed)
    words = sum(len(d.text.split()) for d in corpus.docs)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    duplicates, copies = find_duplicates(corpus.docs)
    elapsed = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result: dict[str, object] = {
        "n": n,
        "words": words,
        "seconds": round(elapsed, 2),
        "peak_rss_mb": round(rss_after / 1024, 1),
        "rss_growth_mb": round((rss_after - rss_before) / 1024, 1),
        "duplicates": len(duplicates),
        **score(corpus, duplicates, copies),
    }
    if trace:
        tracemalloc.start()
        find_duplicates(corpus.docs)
        result["traced_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    return result


def main() -> None:
    """Run each size in a fresh process and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-trace", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.seed, not args.no_trace)))
        return
    results: list[dict[str, float]] = []
    for n in args.sizes:
        command = [sys.executable, __file__, "--child", str(n), "--seed", str(args.seed)]
        if args.no_trace:
            command.append("--no-trace")
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result: dict[str, float] = json.loads(output)
        results.append(result)
        print(" ".join(f"{key}={value}" for key, value in result.items()))
    for before, after in zip(results, results[1:], strict=False):
        size = after["n"] / before["n"]
        growth = after["seconds"] / max(before["seconds"], 1e-9)
        print(f"growth n x{size:g}: time x{growth:.2f} (linear would be x{size:g})")


if __name__ == "__main__":
    main()

"""Print the parser's speed in words per second, end to end, over a corpus.

Usage: python bench/parse_speed.py CORPUS [--repeat N]
CORPUS is a folder of .txt files or a .jsonl file with a `text` field per line.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from evclaims.models import Article, ArticleText
from evclaims.parser import parse_article


def load(corpus: Path) -> list[str]:
    """Return the texts of the corpus."""
    if corpus.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts: list[str] = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    return texts


def main() -> None:
    """Parse the corpus (several times if asked) and print words per second."""
    if len(sys.argv) < 2:
        sys.exit("usage: parse_speed.py CORPUS [--repeat N]")
    corpus = Path(sys.argv[1])
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--repeat" else 3
    texts = load(corpus)
    docs = [
        ArticleText(article=Article(id=f"a{n}", path=f"a{n}.txt", sha256=""), text=t)
        for n, t in enumerate(texts)
    ]
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    claims = 0
    for _ in range(repeat):
        start = time.perf_counter()
        claims = sum(len(parse_article(d, [])) for d in docs)
        best = min(best, time.perf_counter() - start)
    print(f"{len(docs)} documents, {words} words, {claims} claims")
    print(f"best of {repeat}: {best:.3f} s, {words / best:,.0f} words/s")


if __name__ == "__main__":
    main()

"""Read articles into the ledger: the library side of `evclaims ingest`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .articles import LoadedArticle, article_id, complete_years, discover, read_article
from .errors import InputError
from .ledger_io import ledger_lock, load_ledger, save_ledger
from .models import ArticleText, Ledger
from .pipeline import Progress, build_ledger


@dataclass
class IngestResult:
    """What an ingest did: the new ledger, whether it changed, and warnings."""

    ledger: Ledger
    changed: bool
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def summary(ledger: Ledger) -> dict[str, int]:
    """Return the counts shown after an ingest."""
    return {
        "articles": len(ledger.articles),
        "claims": len(ledger.claims),
        "clusters": len(ledger.clusters),
        "conflicts": len(ledger.conflicts),
        "duplicates": len(ledger.duplicates),
    }


def with_unique_ids(loaded: list[LoadedArticle], previous: Ledger) -> list[LoadedArticle]:
    """Give articles whose file stems collide an id that includes their path.

    An article already in the ledger under the plain id keeps it, so adding a
    file with the same name never renames an article that was there first.
    """
    counts = Counter(item.doc.article.id for item in loaded if item.doc)
    holders = {(a.id, a.path) for a in previous.articles}
    fixed: list[LoadedArticle] = []
    for item in loaded:
        if item.doc and counts[item.doc.article.id] > 1:
            if (item.doc.article.id, item.doc.article.path) in holders:
                fixed.append(item)
                continue
            article = item.doc.article
            new = article.model_copy(update={"id": article_id(article.path, unique=False)})
            item = LoadedArticle(
                doc=ArticleText(article=new, text=item.doc.text), year_unknown=item.year_unknown
            )
        fixed.append(item)
    return fixed


def load_articles(
    paths: list[Path], base: Path, previous: Ledger, on_read: Progress | None = None
) -> tuple[list[ArticleText], list[str], list[str]]:
    """Read the named articles plus the ones already in the ledger.

    Returns the articles, the warnings, and the errors of files that were refused
    (binary, not UTF-8); the other files are still read.
    """
    files = discover(paths)
    named = {f.resolve() for f in files}
    warnings: list[str] = []
    for article in previous.articles:
        stored = (base / article.path).resolve()
        if stored in named:
            continue
        if stored.is_file():
            files.append(stored)
        else:
            warnings.append(f"{article.path}: file is gone; dropped from the ledger")
    loaded: list[LoadedArticle] = []
    errors: list[str] = []
    for done, path in enumerate(files):
        if on_read:
            on_read(f"reading {path}", done, len(files))
        try:
            item = read_article(path, base)
        except InputError as exc:
            errors.append(str(exc))
            continue
        if item.warning:
            warnings.append(item.warning)
        loaded.append(item)
    return complete_years(with_unique_ids(loaded, previous)), warnings, errors


def ingest(
    paths: list[Path],
    ledger_path: Path,
    on_read: Progress | None = None,
    on_parse: Progress | None = None,
) -> IngestResult:
    """Parse the articles at `paths` into the ledger at `ledger_path` and save it."""
    with ledger_lock(ledger_path):
        previous = load_ledger(ledger_path, missing_ok=True)
        docs, warnings, errors = load_articles(paths, ledger_path.parent, previous, on_read)
        ledger = build_ledger(docs, previous, on_parse)
        changed = save_ledger(ledger_path, ledger)
    return IngestResult(ledger=ledger, changed=changed, warnings=warnings, errors=errors)

"""provenance: article files exist and match, and every span points at its text."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from ..articles import decode
from ..errors import InputError
from .base import CheckContext, Problem, Rule


def run(ctx: CheckContext) -> Iterator[Problem]:
    """Compare the ledger with the article files it cites."""
    ledger = ctx.ledger
    assert ledger is not None
    texts: dict[str, str] = {}
    for i, article in enumerate(ledger.articles):
        file = ctx.base / article.path
        if not file.is_file():
            yield ctx.problem(
                "provenance", f"article file {article.path} does not exist", ("articles", i, "path")
            )
            continue
        raw = file.read_bytes()
        if hashlib.sha256(raw).hexdigest() != article.sha256:
            yield ctx.problem(
                "provenance",
                f"{article.path} has changed since it was ingested (sha256 differs)",
                ("articles", i, "sha256"),
            )
            continue
        try:
            texts[article.id] = decode(raw, file)
        except InputError as exc:
            yield ctx.problem("provenance", str(exc), ("articles", i, "path"))
    for i, claim in enumerate(ledger.claims):
        text = texts.get(claim.article)
        if text is None:
            continue
        start, end = claim.span
        if not 0 <= start <= end <= len(text):
            yield ctx.problem(
                "provenance",
                f"span {list(claim.span)} is outside the article",
                ("claims", i, "span"),
            )
            continue
        if text[start:end] != claim.text:
            yield ctx.problem(
                "provenance",
                f"text differs from the article at span {list(claim.span)}: "
                f"the article has {text[start:end][:60]!r}",
                ("claims", i, "text"),
            )
        for name in ("content_span", "speaker_span", "quote_span"):
            span = getattr(claim, name)
            if span is not None and not 0 <= span[0] <= span[1] <= len(text):
                yield ctx.problem(
                    "provenance", f"{name} {list(span)} is outside the article", ("claims", i, name)
                )
        if claim.quote is not None:
            if claim.quote_span is not None:
                qs, qe = claim.quote_span
                inside = start <= qs <= qe <= end and text[qs:qe] == claim.quote
            else:
                inside = claim.quote in claim.text
            if not inside:
                yield ctx.problem(
                    "provenance", "quote does not lie inside the claim text", ("claims", i, "quote")
                )
    for i, dup in enumerate(ledger.duplicates):
        for name, art, span in (
            ("span", dup.article, dup.span),
            ("other_span", dup.other_article, dup.other_span),
        ):
            text = texts.get(art)
            if text is not None and not 0 <= span[0] <= span[1] <= len(text):
                yield ctx.problem(
                    "provenance",
                    f"{name} {list(span)} is outside article {art}",
                    ("duplicates", i, name),
                )


RULE = Rule("provenance", __doc__.split(": ", 1)[1].strip(), run)

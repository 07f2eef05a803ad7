"""Commands that show the ledger: listings, story views, the dossier and exports."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .articles import load_texts
from .claimreview import claimreview_json
from .cli_app import (
    ExportFormat,
    Format,
    FormatOpt,
    OutputOpt,
    ReportFormat,
    StatusChoice,
    Table,
    app,
    emit,
    ledger_path,
    read,
    show,
    stdout,
)
from .export import export_csv, export_jsonl
from .render import View, default_format
from .report_html import render_html
from .report_markdown import link_base_for, render_markdown
from .speaker_view import who_rows
from .story import STORY_COLUMNS, story_summary
from .timeline import TIMELINE_COLUMNS, timeline_rows
from .views import (
    agreement_view,
    article_view,
    claim_view,
    cluster_view,
    conflict_view,
    duplicate_view,
)


@app.command()
def articles(ctx: typer.Context, fmt: FormatOpt = None) -> None:
    """List the ingested articles.

    Example: evclaims articles --format csv
    """
    show(article_view(read(ctx)), fmt)


@app.command()
def claims(
    ctx: typer.Context,
    article: Annotated[str | None, typer.Option(help="Only this article id.")] = None,
    speaker: Annotated[str | None, typer.Option(help="Only this speaker (aliases work).")] = None,
    status: Annotated[StatusChoice | None, typer.Option(help="Only this status.")] = None,
    fmt: FormatOpt = None,
) -> None:
    """List claims: who said what, with status and date.

    Example: evclaims claims --speaker Farley --status denied
    """
    view = claim_view(read(ctx), article, speaker, status.value if status else None)
    show(view, fmt)


@app.command()
def clusters(ctx: typer.Context, fmt: FormatOpt = None) -> None:
    """List clusters of equivalent claims across articles.

    Example: evclaims clusters --format json
    """
    show(cluster_view(read(ctx)), fmt)


@app.command()
def agreements(
    ctx: typer.Context,
    min_sources: Annotated[
        int, typer.Option("--min-sources", min=1, help="Least independent sources.")
    ] = 2,
    fmt: FormatOpt = None,
) -> None:
    """List claims corroborated by independent sources.

    Example: evclaims agreements --min-sources 3
    """
    show(agreement_view(read(ctx), min_sources), fmt)


@app.command()
def conflicts(
    ctx: typer.Context,
    open_only: Annotated[bool, typer.Option("--open", help="Only unreviewed conflicts.")] = False,
    fmt: FormatOpt = None,
) -> None:
    """List where the coverage disagrees.

    Example: evclaims conflicts --open --format markdown
    """
    show(conflict_view(read(ctx), open_only), fmt)


@app.command()
def duplicates(ctx: typer.Context, fmt: FormatOpt = None) -> None:
    """List repeated and copied passages, with spans on both sides.

    Example: evclaims duplicates --format json
    """
    show(duplicate_view(read(ctx)), fmt)


@app.command()
def timeline(
    ctx: typer.Context,
    speaker: Annotated[str | None, typer.Option(help="Only this speaker (aliases work).")] = None,
    status: Annotated[StatusChoice | None, typer.Option(help="Only this status.")] = None,
    fmt: FormatOpt = None,
) -> None:
    """List claims by statement date (else article date); undated last.

    Example: evclaims timeline --speaker Farley
    """
    rows = timeline_rows(read(ctx), speaker, status.value if status else None)
    show(View(rows, list(TIMELINE_COLUMNS), "Timeline", "no claims"), fmt)


@app.command()
def who(
    ctx: typer.Context,
    speaker: Annotated[str, typer.Argument(help="A speaker name or alias.")],
    fmt: FormatOpt = None,
) -> None:
    """Show one speaker across all articles: statements, roles, conflicts.

    Example: evclaims who Farley
    """
    rows = who_rows(read(ctx), speaker)
    columns = list(rows[0]) if rows else ["speaker", "section", "detail"]
    show(View(rows, columns, f"Who: {speaker}", "nothing recorded"), fmt)


@app.command()
def story(ctx: typer.Context, fmt: FormatOpt = None) -> None:
    """Summarise the story on one screen.

    Example: evclaims story --format markdown
    """
    summary_ = story_summary(read(ctx))
    chosen = fmt.value if fmt else default_format(stdout().is_terminal)
    if chosen == "json":
        sys.stdout.write(json.dumps(summary_.model_dump(), ensure_ascii=False, indent=2) + "\n")
        return
    if chosen in ("csv", "jsonl"):
        show(View(summary_.rows(), list(STORY_COLUMNS)), fmt or Format(chosen))
        return
    for name, rows in summary_.sections().items():
        title = name.replace("_", " ").capitalize()
        columns = list(rows[0]) if rows else ["none"]
        if chosen == "markdown":
            sys.stdout.write(f"\n## {title}\n\n")
        show(View(rows, columns, title, f"{title}: none"), Format(chosen))


@app.command()
def report(
    ctx: typer.Context,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.markdown,
    output: OutputOpt = None,
) -> None:
    """Write the story dossier: one self-contained Markdown or HTML document.

    Example: evclaims report --format html -o story.html
    """
    path = ledger_path(ctx)
    ledger = read(ctx)
    texts = load_texts(ledger.articles, path.parent)
    base = link_base_for(path.parent, output.parent if output else Path.cwd())
    render = render_html if fmt is ReportFormat.html else render_markdown
    emit(render(ledger, texts, base), output)


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    table: Annotated[Table | None, typer.Option(help="One flat table (csv, jsonl).")] = None,
    organisation: Annotated[
        str | None, typer.Option(help="ClaimReview author: who runs the review.")
    ] = None,
    output: OutputOpt = None,
) -> None:
    """Export ClaimReview JSON-LD, or flat CSV/JSON Lines tables.

    Example: evclaims export --format claimreview --organisation "Desk" -o review.jsonld
    """
    ledger = read(ctx)
    name = table.value if table else None
    if fmt is ExportFormat.claimreview:
        text = claimreview_json(ledger, organisation)
    elif fmt is ExportFormat.csv:
        text = export_csv(ledger, name or "claims")
    else:
        text = export_jsonl(ledger, name)
    emit(text, output)

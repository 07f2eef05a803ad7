"""Parse command-line arguments, call the library and render the result."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from typer.core import TyperGroup

from . import __version__
from .articles import load_texts
from .checks import RULES, check_ledger
from .claimreview import claimreview_json
from .errors import EvclaimsError
from .evaluate import evaluate_ledger, format_evaluation
from .explain import explain_article
from .export import export_csv, export_jsonl
from .ingest import ingest as run_ingest
from .ingest import summary
from .ledger_io import ledger_lock, load_ledger, save_ledger, write_text_atomic
from .models import ArticleText, Ledger
from .render import View, default_format, render_text, to_table
from .report_html import render_html
from .report_markdown import link_base_for, render_markdown
from .review import record_review
from .schema_export import schema_text
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
    find_article,
)

DEFAULT_LEDGER = Path("data/claims.yaml")


class Format(StrEnum):
    """Output formats shared by every listing command."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class CheckFormat(StrEnum):
    """Output formats of `check`."""

    text = "text"
    json = "json"
    github = "github"


class StatusChoice(StrEnum):
    """Claim statuses."""

    asserted = "asserted"
    denied = "denied"
    declined_comment = "declined_comment"
    no_response = "no_response"
    confirmed = "confirmed"


class ReportFormat(StrEnum):
    """Formats of the story dossier."""

    markdown = "markdown"
    html = "html"


class ExportFormat(StrEnum):
    """Formats of `export`."""

    claimreview = "claimreview"
    csv = "csv"
    jsonl = "jsonl"


class Table(StrEnum):
    """Flat tables of `export`."""

    claims = "claims"
    clusters = "clusters"
    conflicts = "conflicts"


class Group(TyperGroup):
    """Turn library errors into one clean line on stderr, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except EvclaimsError as exc:
            typer.echo(f"evclaims: error: {exc}", err=True)
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            typer.echo("evclaims: interrupted", err=True)
            raise typer.Exit(130) from None
        except Exception as exc:  # the promise: no tracebacks, ever
            if type(exc).__module__.split(".")[0] in {"typer", "click"}:
                raise  # usage errors: the CLI framework prints them
            typer.echo(f"evclaims: internal error: {type(exc).__name__}: {exc}", err=True)
            raise typer.Exit(2) from None


app = typer.Typer(
    cls=Group,
    help="Follow a news story across outlets: who said what, when, who denied it, what is copied.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)

FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="Output format (default: table on a terminal, else jsonl)."
    ),
]


def ledger_path(ctx: typer.Context) -> Path:
    """Return the ledger path chosen by --ledger, EVCLAIMS_LEDGER or the default."""
    obj = ctx.find_root().obj
    return obj["ledger"] if obj else DEFAULT_LEDGER


def stdout() -> Console:
    """Return a console for standard output."""
    return Console(soft_wrap=False)


def show(view: View, fmt: Format | None) -> None:
    """Print a view in the chosen format."""
    console = stdout()
    chosen = fmt.value if fmt else default_format(console.is_terminal)
    if chosen == "table":
        if view.records:
            console.print(to_table(view))
        else:
            console.print(f"[dim]{view.empty}[/dim]")
        return
    sys.stdout.write(render_text(view, chosen))


def read(ctx: typer.Context) -> Ledger:
    """Load the ledger for a listing command."""
    return load_ledger(ledger_path(ctx))


def version_callback(value: bool) -> None:
    """Print the version and stop."""
    if value:
        typer.echo(f"evclaims {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    ledger: Annotated[
        Path | None,
        typer.Option(
            "--ledger",
            envvar="EVCLAIMS_LEDGER",
            help="The claims ledger (default data/claims.yaml).",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True)
    ] = False,
) -> None:
    """Follow a news story across outlets.

    Example: evclaims ingest data/articles && evclaims conflicts
    """
    ctx.obj = {"ledger": ledger or DEFAULT_LEDGER}


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt, .md).")],
) -> None:
    """Parse articles into the ledger and print a summary.

    Example: evclaims ingest data/articles
    """
    path = ledger_path(ctx)
    err = Console(stderr=True)
    if err.is_terminal:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("reading", total=None)

            def step(what: str, done: int, total: int) -> None:
                bar.update(task, description=what, completed=done, total=total)

            result = run_ingest(paths, path, on_read=step, on_parse=step)
    else:
        result = run_ingest(paths, path)
    for warning in result.warnings:
        err.print(f"evclaims: warning: {warning}", markup=False, highlight=False)
    counts = summary(result.ledger)
    state = "updated" if result.changed else "unchanged"
    line = ", ".join(f"{n} {name}" for name, n in counts.items())
    typer.echo(f"{path}: {state}: {line}")


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
def check(
    ctx: typer.Context,
    ledgers: Annotated[
        list[Path] | None, typer.Argument(help="Ledgers to check (default: --ledger).")
    ] = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.text,
    fail_on_open_conflicts: Annotated[
        bool, typer.Option(help="Also fail when a conflict is not reviewed.")
    ] = False,
) -> None:
    """Check the ledger (CI gate): exit 0 clean, 1 problems found, 2 error.

    Rules: duplicate-key, schema, unique-id, reference, provenance, stale
    (warning), open-conflicts (with --fail-on-open-conflicts).

    Example: evclaims check data/claims.yaml --format github
    """
    paths = ledgers or [ledger_path(ctx)]
    for path in paths:
        if not path.is_file():
            typer.echo(f"evclaims: error: {path}: no ledger here", err=True)
            raise typer.Exit(2)
    enable = frozenset({"open-conflicts"} if fail_on_open_conflicts else ())
    problems = [p for path in paths for p in check_ledger(path, enable)]
    if fmt is CheckFormat.json:
        typer.echo(json.dumps([asdict(p) for p in problems], indent=2))
    for p in problems:
        if fmt is CheckFormat.text:
            note = "(warning) " if p.level == "warning" else ""
            typer.echo(f"{p.path}:{p.line}:{p.col}: {p.rule} {note}{p.message}")
        elif fmt is CheckFormat.github:
            typer.echo(
                f"::{p.level} file={p.path},line={p.line},col={p.col},title={p.rule}::{p.message}"
            )
    errors = sum(p.level == "error" for p in problems)
    if fmt is CheckFormat.text:
        where = ", ".join(str(p) for p in paths)
        typer.echo(f"{where}: {errors} error(s), {len(problems) - errors} warning(s)", err=True)
    raise typer.Exit(1 if errors else 0)


class ReviewChoice(StrEnum):
    """Review decisions."""

    open = "open"
    confirmed = "confirmed"
    explained = "explained"
    dismissed = "dismissed"


@app.command()
def review(
    ctx: typer.Context,
    conflict_id: Annotated[str, typer.Argument(help="Conflict id (or a unique prefix).")],
    status: Annotated[ReviewChoice, typer.Option(help="The decision.")],
    note: Annotated[str | None, typer.Option(help="Why; kept across re-ingests.")] = None,
) -> None:
    """Record a review decision on a conflict in the ledger.

    Example: evclaims review x-1a2b3c --status explained --note "Wording differs in translation"
    """
    path = ledger_path(ctx)
    with ledger_lock(path):
        ledger = record_review(load_ledger(path), conflict_id, status.value, note)
        save_ledger(path, ledger)
    typer.echo(f"{path}: {conflict_id}: {status.value}")


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


def emit(text: str, output: Path | None) -> None:
    """Write `text` to a file atomically, or to standard output."""
    if output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(output, text)
        typer.echo(f"wrote {output}", err=True)


OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]


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


@app.command()
def explain(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="Article id, ledger path or file name.")],
) -> None:
    """Show an article with each claim highlighted: speaker, status and rule.

    Example: evclaims explain 003_77bf3107c6e65f8b.txt | less -R
    """
    path = ledger_path(ctx)
    ledger = read(ctx)
    found = find_article(ledger, article)
    text = load_texts([found], path.parent).get(found.id)
    if text is None:
        raise EvclaimsError(f"{path.parent / found.path}: article file is missing")
    claims_ = [c for c in ledger.claims if c.article == found.id]
    stdout().print(explain_article(ArticleText(article=found, text=text), claims_), soft_wrap=True)


@app.command()
def evaluate(
    ctx: typer.Context,
    gold: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help="Gold annotations (seeds.yaml format)."),
    ],
) -> None:
    """Score the ledger against hand annotations: speakers, status, clusters, conflicts.

    Example: evclaims evaluate --gold ../shared/gold/seeds.yaml
    """
    path = ledger_path(ctx)
    result = evaluate_ledger(read(ctx), gold, root=path.parent)
    sys.stdout.write(format_evaluation(result).rstrip("\n") + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the ledger.

    Example: evclaims schema > schema/claims.schema.json
    """
    sys.stdout.write(schema_text())


@app.command()
def rules() -> None:
    """List the rules that `check` runs.

    Example: evclaims rules
    """
    for rule in RULES:
        typer.echo(f"{rule.id}: {rule.description}")


def run() -> None:
    """Run the CLI with a clean exit on a closed pipe."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None

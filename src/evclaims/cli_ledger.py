"""Commands that write or check the ledger: ingest, check, review, evaluate, explain."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from .articles import load_texts
from .checks import RULES, check_ledger
from .cli_app import (
    CheckFormat,
    ReviewChoice,
    app,
    ledger_path,
    read,
    stdout,
)
from .errors import EvclaimsError
from .evaluate import evaluate_ledger, format_evaluation
from .explain import explain_article
from .ingest import ingest as run_ingest
from .ingest import summary
from .ledger_io import ledger_lock, load_ledger, save_ledger
from .models import ArticleText
from .review import record_review
from .schema_export import schema_text
from .views import (
    find_article,
)


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
    for error in result.errors:
        err.print(f"evclaims: error: {error} (skipped)", markup=False, highlight=False)
    counts = summary(result.ledger)
    state = "updated" if result.changed else "unchanged"
    line = ", ".join(f"{n} {name}" for name, n in counts.items())
    typer.echo(f"{path}: {state}: {line}")
    if result.errors:
        raise typer.Exit(1)


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

"""The CLI application, its shared options and how views are printed."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from . import __version__
from .errors import EvclaimsError
from .ledger_io import load_ledger, write_text_atomic
from .models import Ledger
from .render import View, default_format, render_text, to_table

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


class ReviewChoice(StrEnum):
    """Review decisions."""

    open = "open"
    confirmed = "confirmed"
    explained = "explained"
    dismissed = "dismissed"


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


OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
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


def emit(text: str, output: Path | None) -> None:
    """Write `text` to a file atomically, or to standard output."""
    if output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(output, text)
        typer.echo(f"wrote {output}", err=True)


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

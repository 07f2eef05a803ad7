"""The CLI contract: help with examples, formats, schema drift."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evclaims.cli import app
from evclaims.schema_export import schema_text

ROOT = Path(__file__).resolve().parents[1]


def command_names() -> list[str]:
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    names = command_names()
    assert {"ingest", "claims", "agreements", "conflicts", "duplicates", "check"} <= set(names)
    for name in names:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example: evclaims" in result.output, f"{name} --help has no example"


def test_committed_schema_matches_the_models() -> None:
    committed = (ROOT / "schema" / "claims.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: evclaims schema > schema/claims.schema.json"


def test_schema_command_prints_the_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert json.loads(result.output)["title"] == "evclaims claims ledger"


@pytest.fixture
def ingested(runner: CliRunner, workspace: Path) -> Path:
    assert runner.invoke(app, ["ingest", "data/articles"]).exit_code == 0
    return workspace


GOLDEN_ARTICLES = {
    "json": '"id": "bridge-reopens",\n    "path": "articles/bridge-reopens.txt",',
    "jsonl": '{"id": "bridge-reopens", "path": "articles/bridge-reopens.txt", ',
    "csv": "id,path,sha256,title,outlet,author,published,url,duplicate_of\n"
    "bridge-reopens,articles/bridge-reopens.txt,",
    "markdown": "| id | outlet | published | author | title | duplicate_of |\n"
    "|---|---|---|---|---|---|\n"
    "| bridge-reopens |  | 2025-03-03 | Dana Whitfield | Harbor Bridge Reopens After Repairs |  |\n"
    "| council-costs |  |  |  | Council Questions Bridge Costs |  |\n",
}


@pytest.mark.parametrize("fmt", sorted(GOLDEN_ARTICLES))
def test_article_listing_in_each_format(runner: CliRunner, ingested: Path, fmt: str) -> None:
    result = runner.invoke(app, ["articles", "--format", fmt])
    assert result.exit_code == 0
    assert GOLDEN_ARTICLES[fmt] in result.output


def test_table_format_shows_the_columns(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(app, ["articles", "--format", "table"], env={"COLUMNS": "200"})
    assert "Dana Whitfield" in result.output and "outlet" in result.output


def test_piped_default_is_jsonl(runner: CliRunner, ingested: Path) -> None:
    lines = runner.invoke(app, ["articles"]).output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["bridge-reopens", "council-costs"]


@pytest.mark.parametrize("command", ["clusters", "agreements", "conflicts", "duplicates"])
def test_empty_views_print_an_empty_json_list(
    runner: CliRunner, ingested: Path, command: str
) -> None:
    result = runner.invoke(app, [command, "--format", "json", "--help"])
    assert result.exit_code == 0
    result = runner.invoke(app, [command, "--format", "json"])
    assert result.exit_code == 0
    assert isinstance(json.loads(result.output), list)

"""The story commands as a user runs them: files written, formats, clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evclaims.cli import app


@pytest.fixture
def ingested(runner: CliRunner, workspace: Path) -> Path:
    assert runner.invoke(app, ["ingest", "data/articles"]).exit_code == 0
    return workspace


def test_report_html_is_written_atomically_to_the_output_file(
    runner: CliRunner, ingested: Path
) -> None:
    result = runner.invoke(app, ["report", "--format", "html", "-o", "out/story.html"])
    assert result.exit_code == 0, result.output
    html = Path("out/story.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert not list(Path("out").glob(".*tmp"))


def test_report_markdown_links_point_at_the_article_from_the_output_folder(
    runner: CliRunner, ingested: Path
) -> None:
    result = runner.invoke(app, ["report", "-o", "story.md"])
    assert result.exit_code == 0
    assert "data/articles/bridge-reopens.txt#L" in Path("story.md").read_text(encoding="utf-8")


def test_export_claimreview_is_json(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "claimreview", "--organisation", "Desk"])
    assert result.exit_code == 0
    assert isinstance(json.loads(result.output), list)


def test_export_csv_has_a_header(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--table", "claims"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].startswith("id,")


def test_unknown_speaker_is_one_clean_line(runner: CliRunner, ingested: Path) -> None:
    result = runner.invoke(app, ["who", "Nobody Atall"])
    assert result.exit_code == 1
    assert result.output.strip() == "evclaims: error: no speaker matches 'Nobody Atall'"


@pytest.mark.parametrize("command", [["timeline"], ["story"], ["claims"], ["agreements"]])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown", "table"])
def test_every_view_takes_every_format(
    runner: CliRunner, ingested: Path, command: list[str], fmt: str
) -> None:
    result = runner.invoke(app, [*command, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        json.loads(result.output)


def test_claims_of_an_article_by_id_or_file_name_and_an_unknown_article(
    runner: CliRunner, ingested: Path
) -> None:
    by_id = runner.invoke(app, ["claims", "--article", "bridge-reopens", "-f", "json"])
    by_name = runner.invoke(app, ["claims", "--article", "bridge-reopens.txt", "-f", "json"])
    assert by_id.exit_code == 0 and by_id.output == by_name.output
    assert json.loads(by_id.output)
    unknown = runner.invoke(app, ["claims", "--article", "nope"])
    assert unknown.exit_code == 1
    assert "evclaims: error: no article 'nope' in the ledger" in unknown.output

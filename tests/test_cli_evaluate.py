"""`evclaims evaluate`: bad gold files get one clean line naming the file and place."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from evclaims.cli import app


@pytest.fixture
def ingested(runner: CliRunner, workspace: Path) -> Path:
    assert runner.invoke(app, ["ingest", "data/articles"]).exit_code == 0
    return workspace


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ("claims: [\n", "gold.yaml:2:1: YAML syntax error"),
        ("claims:\n- id: 1\n", "gold.yaml:2:7: claims.0.id: Input should be a valid string"),
    ],
)
def test_bad_gold_file(runner: CliRunner, ingested: Path, gold: str, message: str) -> None:
    Path("gold.yaml").write_text(gold, encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", "gold.yaml"])
    assert result.exit_code == 1
    assert result.output.startswith("evclaims: error: ") and message in result.output
    assert "Traceback" not in result.output


def test_gold_file_about_other_articles(runner: CliRunner, ingested: Path) -> None:
    Path("gold.yaml").write_text(
        "claims:\n- id: g1\n  article: elsewhere.txt\n  speaker: X\n  speaker_kind: person\n"
        "  status: asserted\n  span: [0, 5]\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["evaluate", "--gold", "gold.yaml"])
    assert result.exit_code == 1
    assert "none of its 1 articles is in the ledger" in result.output

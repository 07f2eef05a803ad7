"""Review workflow: a decision survives re-ingest; CI can require reviews."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evclaims.cli import app

REPORT = """Ferry Sale Planned

May 2, 2024

Harbor Transit is planning to sell its ferry fleet to a private operator, according to a report by the Coastal Herald.
"""
DENIAL = """Transit Agency Denies Ferry Sale Report

May 3, 2024

Harbor Transit denied the report that it plans to sell its ferry fleet.
"""


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runner: CliRunner) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "articles" / "denial.txt").write_text(DENIAL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVCLAIMS_LEDGER", "claims.yaml")
    assert runner.invoke(app, ["ingest", "articles"]).exit_code == 0
    return tmp_path


def conflicts(runner: CliRunner, *extra: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["conflicts", "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    found: list[dict[str, object]] = json.loads(result.output)
    return found


def test_report_and_denial_conflict_is_reviewed_and_the_review_survives(
    runner: CliRunner, story: Path
) -> None:
    found = conflicts(runner)
    assert [c["kind"] for c in found] == ["report_vs_denial"]
    conflict_id = str(found[0]["id"])
    assert runner.invoke(app, ["check", "--fail-on-open-conflicts"]).exit_code == 1

    result = runner.invoke(
        app, ["review", conflict_id, "--status", "explained", "--note", "Agency denial stands"]
    )
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["ingest", "articles"]).exit_code == 0

    after = conflicts(runner)
    assert after[0]["review"] == {"status": "explained", "note": "Agency denial stands"}
    assert conflicts(runner, "--open") == []
    assert runner.invoke(app, ["check", "--fail-on-open-conflicts"]).exit_code == 0


def test_review_of_an_unknown_conflict_is_one_clean_line(runner: CliRunner, story: Path) -> None:
    before = Path("claims.yaml").read_bytes()
    result = runner.invoke(app, ["review", "x-nothing", "--status", "dismissed"])
    assert result.exit_code == 1
    assert result.output.strip() == "evclaims: error: no conflict with id 'x-nothing' in the ledger"
    assert Path("claims.yaml").read_bytes() == before


SECOND_DENIAL = """Agency Repeats Denial

May 4, 2024

Harbor Transit again denied the report that it plans to sell its ferry fleet.
"""


def test_review_survives_when_a_new_article_joins_the_conflict(
    runner: CliRunner, story: Path
) -> None:
    conflict_id = str(conflicts(runner)[0]["id"])
    runner.invoke(app, ["review", conflict_id, "--status", "confirmed", "--note", "Checked"])
    Path("articles/denial-2.txt").write_text(SECOND_DENIAL, encoding="utf-8")
    assert runner.invoke(app, ["ingest", "articles"]).exit_code == 0
    after = conflicts(runner)
    assert len(after) == 1
    assert len(after[0]["claims"]) == 3  # type: ignore[arg-type]
    assert after[0]["id"] == conflict_id
    assert after[0]["review"] == {"status": "confirmed", "note": "Checked"}


def test_review_survives_renaming_the_speaker_in_the_entity_table(
    runner: CliRunner, story: Path
) -> None:
    conflict_id = str(conflicts(runner)[0]["id"])
    runner.invoke(app, ["review", conflict_id, "--status", "dismissed", "--note", "Same paper"])
    ledger = Path("claims.yaml")
    text = ledger.read_text(encoding="utf-8")
    renamed = re.sub(
        r"- name: Coastal Herald\n  kind: (\w+)\n  aliases: \[\]\n",
        r"- name: The Coastal Herald\n  kind: \1\n  aliases:\n  - Coastal Herald\n",
        text,
    )
    assert renamed != text
    ledger.write_text(renamed, encoding="utf-8")
    assert runner.invoke(app, ["ingest", "articles"]).exit_code == 0
    after = conflicts(runner)
    assert "The Coastal Herald" in json.dumps(after)
    assert after[0]["id"] == conflict_id
    assert after[0]["review"] == {"status": "dismissed", "note": "Same paper"}

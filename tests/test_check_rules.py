"""`evclaims check`: every rule reports the exact (line, column, rule id)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evclaims.checks import check_text
from evclaims.cli import app

ARTICLE = "Ford denied it. Xiaomi said nothing.\n"
SHA = hashlib.sha256(ARTICLE.encode()).hexdigest()

GOOD = f"""version: 1
articles:
- id: a
  path: articles/a.txt
  sha256: {SHA}
claims:
- id: c-1
  article: a
  speaker: Ford
  speaker_kind: organization
  status: denied
  text: Ford denied it.
  quote: null
  span: [0, 15]
  content_span: [0, 15]
  rule: test
conflicts:
- id: x-1
  kind: response_mismatch
  claims: [c-1]
  summary: One side only.
"""


@pytest.fixture
def ledger_dir(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def found(
    ledger_dir: Path, text: str, enable: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.rule) for p in check_text(text, ledger_dir / "claims.yaml", enable)]


def test_clean_ledger_has_no_problems(ledger_dir: Path) -> None:
    assert found(ledger_dir, GOOD) == []


def test_syntax(ledger_dir: Path) -> None:
    assert found(ledger_dir, "version: 1\nclaims: [\n") == [(3, 1, "syntax")]


def test_duplicate_key(ledger_dir: Path) -> None:
    text = GOOD.replace("  status: denied\n", "  status: denied\n  status: asserted\n")
    assert found(ledger_dir, text) == [(12, 3, "duplicate-key")]


def test_schema_unknown_key_and_bad_value(ledger_dir: Path) -> None:
    text = GOOD.replace("  rule: test\n", "  rule: test\n  colour: red\n").replace(
        "status: denied", "status: maybe"
    )
    assert found(ledger_dir, text) == [(11, 11, "schema"), (17, 11, "schema")]


def test_schema_newer_format_version(ledger_dir: Path) -> None:
    assert found(ledger_dir, GOOD.replace("version: 1", "version: 2")) == [(1, 10, "schema")]


def test_reference_warns_about_overrides_naming_gone_claims(ledger_dir: Path) -> None:
    text = GOOD + "overrides:\n- merge: [c-1, c-gone]\n"
    problems = check_text(text, ledger_dir / "claims.yaml")
    assert [(p.line, p.col, p.rule, p.level) for p in problems] == [
        (23, 16, "reference", "warning")
    ]


def test_unique_id(ledger_dir: Path) -> None:
    text = GOOD.replace(
        "conflicts:\n",
        "- id: c-1\n  article: a\n  speaker: null\n"
        "  speaker_kind: unattributed\n  text: Ford denied it.\n  span: [0, 15]\n"
        "  content_span: [0, 15]\n  rule: test\nconflicts:\n",
    )
    assert found(ledger_dir, text) == [(17, 7, "unique-id")]


def test_reference(ledger_dir: Path) -> None:
    text = GOOD.replace("  article: a\n", "  article: b\n").replace(
        "claims: [c-1]", "claims: [c-9]"
    )
    assert found(ledger_dir, text) == [(8, 12, "reference"), (20, 12, "reference")]


def test_provenance_text_changed_by_one_character(ledger_dir: Path) -> None:
    text = GOOD.replace("text: Ford denied it.", "text: Ford denied it!")
    assert found(ledger_dir, text) == [(12, 9, "provenance")]


def test_provenance_sha_and_missing_file(ledger_dir: Path) -> None:
    assert found(ledger_dir, GOOD.replace(SHA, "f" * 64)) == [(5, 11, "provenance")]
    assert found(ledger_dir, GOOD.replace("articles/a.txt", "articles/gone.txt")) == [
        (3, 1, "stale"),
        (4, 9, "provenance"),
    ]


def test_provenance_quote_outside_text(ledger_dir: Path) -> None:
    text = GOOD.replace("quote: null", "quote: nothing")
    assert found(ledger_dir, text) == [(13, 10, "provenance")]


def test_stale_file_is_a_warning(ledger_dir: Path) -> None:
    (ledger_dir / "articles" / "new.txt").write_text("New.\n", encoding="utf-8")
    problems = check_text(GOOD, ledger_dir / "claims.yaml")
    assert [(p.line, p.col, p.rule, p.level) for p in problems] == [(3, 1, "stale", "warning")]


def test_open_conflicts_only_when_asked(ledger_dir: Path) -> None:
    assert found(ledger_dir, GOOD) == []
    assert found(ledger_dir, GOOD, frozenset({"open-conflicts"})) == [(18, 3, "open-conflicts")]


def test_cli_exit_codes_and_formats(ledger_dir: Path, runner: CliRunner) -> None:
    ledger = ledger_dir / "claims.yaml"
    ledger.write_text(GOOD.replace("Ford denied it.\n  quote", "Ford denied it!\n  quote"), "utf-8")
    text = runner.invoke(app, ["check", str(ledger)])
    assert text.exit_code == 1
    assert f"{ledger}:12:9: provenance text differs from the article" in text.output
    github = runner.invoke(app, ["check", str(ledger), "--format", "github"])
    assert f"::error file={ledger},line=12,col=9,title=provenance::text differs" in github.output
    ledger.write_text(GOOD, encoding="utf-8")
    assert runner.invoke(app, ["check", str(ledger)]).exit_code == 0
    assert runner.invoke(app, ["check", str(ledger), "--fail-on-open-conflicts"]).exit_code == 1
    assert runner.invoke(app, ["check", str(ledger_dir / "none.yaml")]).exit_code == 2
    assert runner.invoke(app, ["check", "--format", "xml"]).exit_code == 2

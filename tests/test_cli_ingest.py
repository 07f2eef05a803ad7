"""`evclaims ingest` and the bad-input contract: one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from evclaims.cli import app
from evclaims.ledger_io import load_ledger

LEDGER = Path("data/claims.yaml")


def test_ingest_writes_a_ledger_and_a_second_run_is_byte_identical(
    runner: CliRunner, workspace: Path
) -> None:
    first = runner.invoke(app, ["ingest", "data/articles"])
    assert first.exit_code == 0, first.output
    assert "data/claims.yaml: updated: 2 articles" in first.output
    before = LEDGER.read_bytes()
    second = runner.invoke(app, ["ingest", "data/articles"])
    assert second.exit_code == 0
    assert "unchanged" in second.output
    assert LEDGER.read_bytes() == before
    assert before.startswith(b"# yaml-language-server: $schema=")


def test_adding_one_article_keeps_the_others(runner: CliRunner, workspace: Path) -> None:
    runner.invoke(app, ["ingest", "data/articles/bridge-reopens.txt"])
    result = runner.invoke(app, ["ingest", "data/articles/council-costs.md"])
    assert result.exit_code == 0
    assert "2 articles" in result.output


def test_ledger_option_and_environment_variable(
    runner: CliRunner, workspace: Path, monkeypatch: object
) -> None:
    result = runner.invoke(app, ["--ledger", "other.yaml", "ingest", "data/articles"])
    assert result.exit_code == 0
    assert Path("other.yaml").is_file() and not LEDGER.exists()
    env = runner.invoke(app, ["articles", "-f", "json"], env={"EVCLAIMS_LEDGER": "other.yaml"})
    assert env.exit_code == 0 and '"bridge-reopens"' in env.output


def test_user_edits_to_article_metadata_survive_a_reingest(
    runner: CliRunner, workspace: Path
) -> None:
    runner.invoke(app, ["ingest", "data/articles"])
    text = LEDGER.read_text(encoding="utf-8").replace("outlet: null", "outlet: Harbor Times", 1)
    LEDGER.write_text(text, encoding="utf-8")
    runner.invoke(app, ["ingest", "data/articles"])
    assert "outlet: Harbor Times" in LEDGER.read_text(encoding="utf-8")


def test_missing_path(runner: CliRunner, workspace: Path) -> None:
    result = runner.invoke(app, ["ingest", "nowhere"])
    assert result.exit_code == 1
    assert result.output.strip() == "evclaims: error: nowhere: no such file or directory"


def test_folder_without_articles(runner: CliRunner, workspace: Path) -> None:
    Path("empty").mkdir()
    result = runner.invoke(app, ["ingest", "empty"])
    assert result.exit_code == 1
    assert "empty: no .txt or .md articles in this folder" in result.output


def test_empty_file_is_skipped_with_a_warning(runner: CliRunner, workspace: Path) -> None:
    Path("data/articles/blank.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "data/articles"])
    assert result.exit_code == 0
    assert "warning:" in result.output and "blank.txt: empty file skipped" in result.output
    assert "2 articles" in result.output


def test_binary_file_is_refused_and_the_others_are_ingested(
    runner: CliRunner, workspace: Path
) -> None:
    Path("data/articles/image.txt").write_bytes(b"GIF89a\x00\x01")
    result = runner.invoke(app, ["ingest", "data/articles"])
    assert result.exit_code == 1
    assert "evclaims: error: data/articles/image.txt: binary file refused" in result.output
    assert "(skipped)" in result.output and "2 articles" in result.output
    assert "Traceback" not in result.output
    assert [a.id for a in load_ledger(LEDGER).articles] == ["bridge-reopens", "council-costs"]


def test_non_utf8_file_names_the_byte_offset(runner: CliRunner, workspace: Path) -> None:
    Path("data/articles/latin.txt").write_bytes("Caf\xe9 opens".encode("latin-1"))
    result = runner.invoke(app, ["ingest", "data/articles"])
    assert result.exit_code == 1
    assert "latin.txt: not UTF-8: byte 0xe9 at byte offset 3" in result.output


def test_utf16_and_bom_files_are_decoded(runner: CliRunner, workspace: Path) -> None:
    Path("data/articles/wide.txt").write_bytes("Wide Title\nBody text.\n".encode("utf-16"))
    Path("data/articles/bom.txt").write_bytes("\ufeffBom Title\nBody.\n".encode())
    result = runner.invoke(app, ["ingest", "data/articles"])
    assert result.exit_code == 0, result.output
    listing = runner.invoke(app, ["articles", "-f", "jsonl"]).output
    assert '"title": "Wide Title"' in listing and '"title": "Bom Title"' in listing


def test_malformed_ledger_is_reported_with_line_and_column_and_kept(
    runner: CliRunner, workspace: Path
) -> None:
    LEDGER.write_text("version: 1\narticles: [\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "data/articles"])
    assert result.exit_code == 1
    assert result.output.startswith("evclaims: error: data/claims.yaml:3:1: YAML syntax error")
    assert LEDGER.read_text(encoding="utf-8") == "version: 1\narticles: [\n"


def test_ledger_from_a_newer_format_version(runner: CliRunner, workspace: Path) -> None:
    LEDGER.write_text("version: 99\n", encoding="utf-8")
    result = runner.invoke(app, ["claims"])
    assert result.exit_code == 1
    assert "data/claims.yaml:1:10: ledger format 99 is newer" in result.output


def test_duplicated_key_in_the_ledger_stops_ingest_before_it_drops_an_edit(
    runner: CliRunner, workspace: Path
) -> None:
    runner.invoke(app, ["ingest", "data/articles"])
    text = LEDGER.read_text(encoding="utf-8").replace(
        "  outlet: null\n", "  outlet: null\n  outlet: Harbor Times\n", 1
    )
    LEDGER.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["ingest", "data/articles"])
    assert result.exit_code == 1
    assert "key 'outlet' appears twice" in result.output
    assert LEDGER.read_text(encoding="utf-8") == text


def test_a_second_file_with_the_same_name_does_not_rename_the_first(
    runner: CliRunner, workspace: Path
) -> None:
    runner.invoke(app, ["ingest", "data/articles"])
    before = load_ledger(LEDGER)
    other = Path("more/bridge-reopens.txt")
    other.parent.mkdir()
    other.write_text("Other Bridge\n\nThe county said the ferry would run late.\n", "utf-8")
    assert runner.invoke(app, ["ingest", "more"]).exit_code == 0
    after = load_ledger(LEDGER)
    ids = [a.id for a in after.articles]
    assert "bridge-reopens" in ids and len(ids) == 3
    kept = [c for c in after.claims if c.article == "bridge-reopens"]
    assert kept == [c for c in before.claims if c.article == "bridge-reopens"]


def test_lock_stops_a_second_writer(runner: CliRunner, workspace: Path) -> None:
    Path("data/claims.yaml.lock").write_text("123", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "data/articles"])
    assert result.exit_code == 1
    assert "another evclaims is writing this ledger" in result.output


def test_views_need_a_ledger(runner: CliRunner, workspace: Path) -> None:
    result = runner.invoke(app, ["claims"])
    assert result.exit_code == 1
    assert "data/claims.yaml: no ledger here; run `evclaims ingest` first" in result.output


def test_user_edits_to_the_entity_table_win_on_the_next_ingest(
    runner: CliRunner, workspace: Path
) -> None:
    runner.invoke(app, ["ingest", "data/articles"])
    text = LEDGER.read_text(encoding="utf-8")
    edited = text.replace(
        "- name: Ellen Ruiz\n  kind: person\n  aliases: []\n",
        "- name: Ellen M. Ruiz\n  kind: person\n  aliases:\n  - Ellen Ruiz\n",
    )
    assert edited != text
    LEDGER.write_text(edited, encoding="utf-8")
    assert runner.invoke(app, ["ingest", "data/articles"]).exit_code == 0
    speakers = runner.invoke(app, ["claims", "--speaker", "Ruiz", "-f", "jsonl"]).output
    assert '"speaker": "Ellen M. Ruiz"' in speakers
    assert "- name: Ellen M. Ruiz\n  kind: person\n  aliases:\n  - Ellen Ruiz\n" in (
        LEDGER.read_text(encoding="utf-8")
    )


UNRELATED = """Library Extends Weekend Hours

June 1, 2025

The county library will open on Sundays starting next month, director Priya Nand said.
"""


def test_adding_an_unrelated_article_leaves_the_other_entries_untouched(
    runner: CliRunner, workspace: Path
) -> None:
    runner.invoke(app, ["ingest", "data/articles"])
    before = load_ledger(LEDGER)
    Path("data/articles/library.txt").write_text(UNRELATED, encoding="utf-8")
    runner.invoke(app, ["ingest", "data/articles"])
    after = load_ledger(LEDGER)
    assert [c for c in after.claims if c.article != "library"] == before.claims
    assert [a for a in after.articles if a.id != "library"] == before.articles
    assert after.clusters == before.clusters and after.conflicts == before.conflicts
    assert any(c.article == "library" for c in after.claims)


def test_windows_line_endings_keep_offsets_exact(runner: CliRunner, workspace: Path) -> None:
    crlf = "Ferry Fares Rise\r\n\r\nThe agency said on Monday that fares will rise 5% in July.\r\n"
    Path("data/articles/crlf.txt").write_bytes(crlf.encode())
    assert runner.invoke(app, ["ingest", "data/articles"]).exit_code == 0
    claims = [c for c in load_ledger(LEDGER).claims if c.article == "crlf"]
    assert claims and all(crlf[c.span[0] : c.span[1]] == c.text for c in claims)
    assert runner.invoke(app, ["check"]).exit_code == 0

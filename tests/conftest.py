"""Shared fixtures: a small workspace of articles written for these tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# CI runs the property tests with a fixed seed, so a green run is repeatable.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ARTICLE_ONE = """Harbor Bridge Reopens After Repairs

By Dana Whitfield

March 3, 2025

The city said the bridge would reopen on Friday. "We are confident it is safe," Mayor Ellen Ruiz said.
"""

ARTICLE_TWO = """Council Questions Bridge Costs

Budget officials declined to comment on the repair bill, which reportedly reached $4.2 million.
"""


@pytest.fixture
def runner() -> CliRunner:
    """Return typer's CLI runner."""
    return CliRunner()


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a folder with data/articles holding two articles; cwd is set to it."""
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    (articles / "bridge-reopens.txt").write_text(ARTICLE_ONE, encoding="utf-8")
    (articles / "council-costs.md").write_text(ARTICLE_TWO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVCLAIMS_LEDGER", raising=False)
    return tmp_path

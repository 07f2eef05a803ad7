"""Check the ledger: an explicit registry of rules, one module each."""

from __future__ import annotations

from pathlib import Path

import yaml

from ..ledger_io import Loader
from ..yaml_nodes import compose
from . import duplicate_key, open_conflicts, provenance, reference, schema, stale, unique_id
from .base import CheckContext, Problem, Rule

RULES: tuple[Rule, ...] = (
    duplicate_key.RULE,
    schema.RULE,
    unique_id.RULE,
    reference.RULE,
    provenance.RULE,
    stale.RULE,
    open_conflicts.RULE,
)

__all__ = ["RULES", "Problem", "Rule", "check_ledger", "check_text"]


def check_text(text: str, path: Path, enable: frozenset[str] = frozenset()) -> list[Problem]:
    """Run every rule on ledger text; optional rules run only when named in `enable`."""
    try:
        data = yaml.load(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return [Problem(str(path), line, col, "syntax", f"YAML syntax error: {exc.problem}")]
    ctx = CheckContext(path=path, text=text, root=compose(text), data=data)
    problems: list[Problem] = []
    for rule in RULES:
        if rule.optional and rule.id not in enable:
            continue
        if rule.needs_models and ctx.ledger is None:
            continue
        problems.extend(rule.run(ctx))
    return sorted(problems)


def check_ledger(path: Path, enable: frozenset[str] = frozenset()) -> list[Problem]:
    """Read the ledger at `path` and check it."""
    return check_text(path.read_text(encoding="utf-8"), path, enable)

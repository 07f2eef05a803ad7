"""duplicate-key: a mapping repeats a key (PyYAML would silently keep the last)."""

from __future__ import annotations

from collections.abc import Iterator

from ..yaml_nodes import duplicate_keys
from .base import CheckContext, Problem, Rule


def run(ctx: CheckContext) -> Iterator[Problem]:
    """Report every repeated key at the position of the repeat."""
    for key, node in duplicate_keys(ctx.root):
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        yield Problem(str(ctx.path), line, col, "duplicate-key", f"key {key!r} appears twice")


RULE = Rule("duplicate-key", __doc__.split(": ", 1)[1].strip(), run, needs_models=False)

"""Define what a check rule sees and what it reports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from ..models import Ledger
from ..yaml_nodes import Path as NodePath
from ..yaml_nodes import node_at, position

Level = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding, located at a YAML node of the ledger."""

    path: str
    line: int
    col: int
    rule: str
    message: str
    level: Level = "error"


@dataclass
class CheckContext:
    """The ledger as text, node tree, plain data and (when valid) models."""

    path: Path
    text: str
    root: yaml.Node | None
    data: Any
    ledger: Ledger | None = None
    options: dict[str, bool] = field(default_factory=dict)

    @property
    def base(self) -> Path:
        """Return the folder that article paths are relative to."""
        return self.path.parent

    def problem(
        self, rule: str, message: str, at: NodePath = (), level: Level = "error"
    ) -> Problem:
        """Return a problem located at the node under `at`."""
        line, col = position(node_at(self.root, at))
        return Problem(str(self.path), line, col, rule, message, level)


@dataclass(frozen=True)
class Rule:
    """A check: an id, a one-line description and the function that runs it."""

    id: str
    description: str
    run: Callable[[CheckContext], Iterator[Problem]]
    needs_models: bool = True
    optional: bool = False

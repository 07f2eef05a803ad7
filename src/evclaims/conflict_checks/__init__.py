"""The conflict checks, one module per kind, in an explicit registry."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Conflict, ConflictKind
from . import (
    date_mismatch,
    numeric_mismatch,
    quote_variant,
    report_vs_denial,
    response_mismatch,
    role_mismatch,
)
from .context import ConflictContext

Check = Callable[[ConflictContext], list[Conflict]]

CHECKS: tuple[tuple[ConflictKind, str, Check], ...] = (
    ("report_vs_denial", "conflict.report_vs_denial", report_vs_denial.find),
    ("response_mismatch", "conflict.response_mismatch", response_mismatch.find),
    ("quote_variant", "conflict.quote_variant", quote_variant.find),
    ("role_mismatch", "conflict.role_mismatch", role_mismatch.find),
    ("numeric_mismatch", "conflict.numeric_mismatch", numeric_mismatch.find),
    ("date_mismatch", "conflict.date_mismatch", date_mismatch.find),
)
"""Each check: the kind it reports, its rule id, and the function that runs it."""

__all__ = ["CHECKS", "Check", "ConflictContext"]

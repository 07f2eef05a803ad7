"""schema: the format version is known, every field has the right type, no unknown key."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import ValidationError

from ..models import LEDGER_VERSION, Ledger
from .base import CheckContext, Problem, Rule


def run(ctx: CheckContext) -> Iterator[Problem]:
    """Validate the data against the pydantic models, one problem per error."""
    if not isinstance(ctx.data, dict):
        yield ctx.problem("schema", "the ledger must be a mapping")
        return
    version = ctx.data.get("version")
    if isinstance(version, int) and version > LEDGER_VERSION:
        yield ctx.problem(
            "schema",
            f"ledger format {version} is newer than this evclaims understands "
            f"({LEDGER_VERSION}); upgrade evclaims",
            ("version",),
        )
        return
    try:
        ctx.ledger = Ledger.model_validate(ctx.data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            where = ".".join(str(part) for part in loc)
            yield ctx.problem("schema", f"{where}: {error['msg']}", loc)


RULE = Rule("schema", __doc__.split(": ", 1)[1].strip(), run, needs_models=False)

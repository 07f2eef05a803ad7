"""schema: every field has the right type and no unknown key is present."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import ValidationError

from ..models import Ledger
from .base import CheckContext, Problem, Rule


def run(ctx: CheckContext) -> Iterator[Problem]:
    """Validate the data against the pydantic models, one problem per error."""
    if not isinstance(ctx.data, dict):
        yield ctx.problem("schema", "the ledger must be a mapping")
        return
    try:
        ctx.ledger = Ledger.model_validate(ctx.data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            where = ".".join(str(part) for part in loc)
            yield ctx.problem("schema", f"{where}: {error['msg']}", loc)


RULE = Rule("schema", __doc__.split(": ", 1)[1].strip(), run, needs_models=False)

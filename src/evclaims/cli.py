"""Entry point: the `evclaims` application with every command registered."""

from __future__ import annotations

import os
import sys

from . import cli_ledger, cli_views
from .cli_app import app

__all__ = ["app", "cli_ledger", "cli_views", "run"]


def run() -> None:
    """Run the CLI with a clean exit on a closed pipe."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None

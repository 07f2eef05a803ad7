"""Run the CLI as `python -m evclaims`."""

from .cli import run

run()

"""Define the one error type the CLI turns into a clean one-line message."""

from __future__ import annotations


class EvclaimsError(Exception):
    """A user-facing error: its message names the file and what is wrong."""


class LedgerError(EvclaimsError):
    """The ledger cannot be read, parsed or written."""


class InputError(EvclaimsError):
    """An input path or article cannot be used."""

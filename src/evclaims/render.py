"""Render view records as a rich table, JSON, JSON Lines, CSV or Markdown."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.table import Table

FORMATS = ("table", "json", "jsonl", "csv", "markdown")
PIPED_FORMAT = "jsonl"


@dataclass
class View:
    """Records to show, and which of their keys a table displays."""

    records: list[dict[str, Any]]
    columns: list[str]
    title: str = ""
    empty: str = "nothing to show"
    notes: list[str] = field(default_factory=list)


def default_format(is_terminal: bool) -> str:
    """Return the format used when none is given: a table on a terminal."""
    return "table" if is_terminal else PIPED_FORMAT


def cell(value: Any) -> str:
    """Return one value as flat text for a table, CSV or Markdown cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        if all(isinstance(v, int) for v in value) and len(value) == 2:
            return f"{value[0]}-{value[1]}"
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def to_json(records: Sequence[dict[str, Any]]) -> str:
    """Return the records as one indented JSON array."""
    return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"


def to_jsonl(records: Sequence[dict[str, Any]]) -> str:
    """Return one JSON object per line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def csv_cell(value: Any) -> str:
    """Return one value as CSV text: lower-case booleans, lists joined."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return cell(value)


def to_csv(records: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    """Return CSV with a header of `columns` (default: every key of the records)."""
    keys = list(columns) if columns is not None else (list(records[0]) if records else [])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(keys)
    for record in records:
        writer.writerow([csv_cell(record.get(k)) for k in keys])
    return out.getvalue()


def to_markdown(records: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """Return a GitHub-flavoured Markdown table of the chosen columns."""

    def md(value: Any) -> str:
        return cell(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(md(r.get(c)) for c in columns) + " |" for r in records]
    return "\n".join(lines) + "\n"


def to_table(view: View) -> Table:
    """Return a rich table of the view's columns."""
    table = Table(title=view.title or None, show_lines=False)
    for column in view.columns:
        table.add_column(column, overflow="fold")
    for record in view.records:
        table.add_row(*(cell(record.get(c)) for c in view.columns))
    return table


def render_text(view: View, fmt: str) -> str:
    """Return the view in a text format (every format but `table`)."""
    if fmt == "json":
        return to_json(view.records)
    if fmt == "jsonl":
        return to_jsonl(view.records)
    if fmt == "csv":
        return to_csv(view.records, None if view.records else view.columns)
    if fmt == "markdown":
        return to_markdown(view.records, view.columns)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

"""Load, dump and atomically write the YAML claims ledger."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .errors import LedgerError
from .models import LEDGER_VERSION, Ledger
from .yaml_nodes import compose, duplicate_keys, locate

try:
    Loader: type[Any] = yaml.CSafeLoader
    Dumper: type[Any] = yaml.CSafeDumper
except AttributeError:  # PyYAML built without libyaml
    Loader = yaml.SafeLoader
    Dumper = yaml.SafeDumper

SCHEMA_FILE = Path("schema") / "claims.schema.json"
LINE_WIDTH = 4096


class FlowList(list[Any]):
    """A short list (a span) written inline: `[12, 40]`."""


def represent_flow_list(dumper: Any, data: FlowList) -> Any:
    """Write a FlowList in YAML flow style."""
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


Dumper.add_representer(FlowList, represent_flow_list)


def inline_spans(data: Any) -> Any:
    """Return `data` with every `*span` pair marked for inline output."""
    if isinstance(data, dict):
        return {
            key: FlowList(value)
            if key.endswith("span") and isinstance(value, list)
            else inline_spans(value)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [inline_spans(item) for item in data]
    return data


SCHEMA_HEADER = "# yaml-language-server: $schema="


def schema_reference(ledger_path: Path) -> str:
    """Return the schema path for the editor header, relative to the ledger."""
    folder = ledger_path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / SCHEMA_FILE).is_file():
            return Path(os.path.relpath(candidate / SCHEMA_FILE, folder)).as_posix()
    return SCHEMA_FILE.as_posix()


def parse_yaml(text: str, path: Path) -> Any:
    """Parse YAML text, turning syntax errors into a `file:line:col` message."""
    try:
        return yaml.load(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise LedgerError(f"{where}: YAML syntax error: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise LedgerError(f"{path}: YAML error: {exc}") from None


def validation_message(exc: ValidationError, text: str, path: Path) -> str:
    """Return the first validation error as `file:line:col: message`."""
    first = exc.errors()[0]
    line, col = locate(text, tuple(first["loc"]))
    where = ".".join(str(part) for part in first["loc"])
    return f"{path}:{line}:{col}: {where}: {first['msg']}"


def load_ledger(path: Path, missing_ok: bool = False) -> Ledger:
    """Read and validate the ledger at `path`."""
    if not path.exists():
        if missing_ok:
            return Ledger()
        raise LedgerError(f"{path}: no ledger here; run `evclaims ingest` first")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(f"{path}: cannot read ledger: {exc}") from None
    return ledger_from_text(text, path)


def ledger_from_text(text: str, path: Path) -> Ledger:
    """Validate ledger YAML text; errors name the file, line and column."""
    data = parse_yaml(text, path)
    if data is None:
        return Ledger()
    for key, node in duplicate_keys(compose(text)):
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        raise LedgerError(
            f"{path}:{line}:{col}: key {key!r} appears twice; keep one (run `evclaims check`)"
        )
    if not isinstance(data, dict):
        raise LedgerError(f"{path}:1:1: the ledger must be a mapping")
    version = data.get("version")
    if isinstance(version, int) and version > LEDGER_VERSION:
        line, col = locate(text, ("version",))
        raise LedgerError(
            f"{path}:{line}:{col}: ledger format {version} is newer than this evclaims "
            f"understands ({LEDGER_VERSION}); upgrade evclaims"
        )
    try:
        return Ledger.model_validate(data)
    except ValidationError as exc:
        raise LedgerError(validation_message(exc, text, path)) from None


def dump_ledger(ledger: Ledger, schema_ref: str = SCHEMA_FILE.as_posix()) -> str:
    """Return the ledger as YAML text in its fixed order, with the schema header."""
    data = inline_spans(ledger.model_dump(mode="json"))
    body = yaml.dump(
        data,
        Dumper=Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=LINE_WIDTH,
        default_flow_style=False,
    )
    return f"{SCHEMA_HEADER}{schema_ref}\n{body}"


@contextlib.contextmanager
def ledger_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock file beside the ledger while writing."""
    lock = path.with_name(path.name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        raise LedgerError(
            f"{path}: another evclaims is writing this ledger (lock {lock}); "
            "remove the lock file if no other run is active"
        ) from None
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()


def file_mode(path: Path) -> int:
    """Return the mode to write `path` with: its current mode, else what the umask allows."""
    if path.exists():
        return stat.S_IMODE(path.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path` and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def save_ledger(path: Path, ledger: Ledger) -> bool:
    """Write the ledger atomically; return False when the file was already identical."""
    text = dump_ledger(ledger, schema_reference(path))
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    write_text_atomic(path, text)
    return True

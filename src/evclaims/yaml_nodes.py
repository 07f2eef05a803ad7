"""Map paths in a YAML document to the line and column of their nodes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

try:
    NodeLoader: type[Any] = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    NodeLoader = yaml.SafeLoader

Path = tuple[int | str, ...]


def compose(text: str) -> yaml.Node | None:
    """Return the node tree of a YAML document, or None when it cannot be parsed."""
    try:
        return yaml.compose(text, Loader=NodeLoader)
    except yaml.YAMLError:
        return None


def child(node: yaml.Node, key: int | str) -> yaml.Node | None:
    """Return the value node under `key` (a mapping key or a sequence index)."""
    if isinstance(node, yaml.MappingNode):
        found = None
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(key):
                found = value_node  # the last one wins, as in the loaded data
        return found
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        value: yaml.Node = node.value[key]
        return value
    return None


def node_at(root: yaml.Node | None, path: Path) -> yaml.Node | None:
    """Return the deepest node along `path` that exists."""
    node = root
    for key in path:
        if node is None:
            return None
        nxt = child(node, key)
        if nxt is None:
            return node
        node = nxt
    return node


def position(node: yaml.Node | None) -> tuple[int, int]:
    """Return the 1-based (line, column) of a node, or (1, 1)."""
    if node is None:
        return 1, 1
    return node.start_mark.line + 1, node.start_mark.column + 1


def locate(text: str, path: Path, root: yaml.Node | None = None) -> tuple[int, int]:
    """Return the 1-based (line, column) of the node at `path` in `text`."""
    return position(node_at(root if root is not None else compose(text), path))


def duplicate_keys(node: yaml.Node | None) -> Iterator[tuple[str, yaml.Node]]:
    """Yield every mapping key that repeats an earlier key in the same mapping."""
    if node is None:
        return
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    yield key_node.value, key_node
                seen.add(key_node.value)
            yield from duplicate_keys(value_node)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from duplicate_keys(item)

"""Choose which claim pairs to compare: only those that share a rare key."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

MAX_BLOCK = 120
KEYS_PER_ITEM = 6


def usable_keys(
    keys: Sequence[Sequence[str]], max_block: int = MAX_BLOCK, per_item: int = KEYS_PER_ITEM
) -> list[list[str]]:
    """Return, per item, its rarest keys shared with another item and no more common than the cap.

    An item whose keys are all too common is blocked on the pair of its two
    rarest keys instead, so it still meets its close neighbours.
    """
    df: Counter[str] = Counter()
    for ks in keys:
        df.update(set(ks))
    chosen: list[list[str]] = []
    fallback: dict[int, str] = {}
    for i, ks in enumerate(keys):
        ranked = sorted(set(ks), key=lambda k: (df[k], k))
        good = [k for k in ranked if 2 <= df[k] <= max_block][:per_item]
        chosen.append(good)
        common = [k for k in ranked if df[k] > max_block]
        if len(good) < 2 and len(common) >= 2:
            fallback[i] = common[0] + "&" + common[1]
    if fallback:
        pair_df = Counter(fallback.values())
        for i, key in fallback.items():
            if 2 <= pair_df[key] <= max_block:
                chosen[i].append(key)
    return chosen


def candidate_pairs(
    keys: Sequence[Sequence[str]], max_block: int = MAX_BLOCK, per_item: int = KEYS_PER_ITEM
) -> Iterator[tuple[int, int]]:
    """Yield each pair (i < j) of items sharing a usable key, once, in a fixed order."""
    blocks: dict[str, list[int]] = {}
    for i, ks in enumerate(usable_keys(keys, max_block, per_item)):
        for k in ks:
            blocks.setdefault(k, []).append(i)
    n = len(keys)
    seen: set[int] = set()
    for key in sorted(blocks):
        members = blocks[key]
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                code = i * n + j
                if code in seen:
                    continue
                seen.add(code)
                yield i, j

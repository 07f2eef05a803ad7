"""Find percentages, money, counts and years and normalise them into `Quantity`."""

from __future__ import annotations

import re

from .models import Quantity

_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_CURRENCY = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "C$": "CAD"}
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
}
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kKmMbB])\b)?"
QUANTITY_RE = re.compile(
    r"(?P<cur>US\$|C\$|[$€£¥])\s?(?P<mnum>"
    + NUMBER
    + r")"
    + SCALE.replace("scale", "mscale")
    + r"|(?<![\w.])(?P<num>"
    + NUMBER
    + r")(?P<pct>\s?(?:%|percent\b|per cent\b))?"
    + SCALE
    + r"(?:\s+(?P<curword>dollars?|euros?|pounds|yuan|renminbi|yen)\b)?"
)
YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
MONTH_BEFORE_RE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$"
)
"""A month name just before a small number: the number is a day ("March 3"), no count."""


def _value(number: str, scale: str | None) -> float:
    """Return the numeric value of a number with an optional scale word."""
    value = float(number.replace(",", ""))
    if scale:
        value *= _SCALE[scale.lower()]
    return value


def find_quantities(text: str, lo: int, hi: int) -> list[Quantity]:
    """Return the quantities of text[lo:hi] in text order.

    Money carries its currency as unit, percentages the unit "%", counts their scale
    applied (50,000 → 50000.0), and a bare 4-digit number from 1900 to 2099 is a year.
    Numbers in parentheses with five or more digits (stock codes) and the day of a date
    ("Jan. 5") are skipped.
    """
    out: list[Quantity] = []
    for m in QUANTITY_RE.finditer(text, lo, hi):
        span = (m.start(), m.end())
        raw = m.group(0)
        if m.group("cur"):
            unit = _CURRENCY[m.group("cur")]
            value = _value(m.group("mnum"), m.group("mscale"))
            out.append(Quantity(kind="money", value=value, unit=unit, text=raw, span=span))
            continue
        number = m.group("num")
        before = text[m.start() - 1] if m.start() > 0 else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before == "(" and after == ")" and len(number) >= 5:
            continue
        if before.isalpha() or (after.isalpha() and not m.group("scale")):
            continue
        plain = not (m.group("pct") or m.group("scale") or m.group("curword"))
        if (
            plain
            and len(number) <= 2
            and MONTH_BEFORE_RE.search(text, max(0, m.start() - 11), m.start())
        ):
            continue
        if m.group("pct"):
            value = _value(number, None)
            out.append(Quantity(kind="percent", value=value, unit="%", text=raw, span=span))
        elif m.group("curword"):
            value = _value(number, m.group("scale"))
            unit = _CURRENCY_WORDS[m.group("curword").lower()]
            out.append(Quantity(kind="money", value=value, unit=unit, text=raw, span=span))
        elif YEAR_RE.match(number) and not m.group("scale"):
            out.append(Quantity(kind="year", value=float(number), unit=None, text=raw, span=span))
        else:
            value = _value(number, m.group("scale"))
            out.append(Quantity(kind="count", value=value, unit=None, text=raw, span=span))
    return out

"""Find, decode and describe article files."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from .errors import InputError
from .ids import digest, slug
from .models import Article, ArticleText

ARTICLE_SUFFIXES = (".txt", ".md")
HEAD_LINES = 12

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
FULL_DATE = re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b")
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
DATELINE = re.compile(
    r"^(?P<source>[A-Z][\w&.' ]{1,40}?)\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\s+News\b"
)
WIRE_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'-]{1,40},\s+)?" + _MONTH + r"\s+(?P<day>\d{1,2})\s+\((?P<source>[^)]{2,40})\)"
)
BYLINE = re.compile(r"^\s*By\s+(?P<name>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})\s*(?:[|,(—-]|$)")
NAME_LINE = re.compile(r"^\s*(?P<name>[A-Z][a-z.'-]+(?:\s+[A-Z][a-z.'-]+){1,2})\s*$")
_OUTLET = r"(?P<outlet>[A-Z][\w&.']*(?: [A-Z][\w&.']*){0,4})"
OUTLET_PATTERNS = (
    re.compile(r"Back to (?P<outlet>[A-Z][\w&.' ]{1,40}?) Homepage"),
    re.compile(
        r"^" + _OUTLET + r" is an? (?:[\w-]+ ){0,3}(?:(?:media|news) "
        r"(?:platform|site|outlet|organization|organisation|company|service|agency)"
        r"|newsroom|newspaper|magazine|publication|wire service)\b",
        re.MULTILINE,
    ),
    re.compile(r"endorsement of its views by (?P<outlet>[A-Z][\w&.']{1,40})"),
    re.compile(r"(?:©|\(c\)|Copyright)\s*(?:19|20)\d\d,?\s+" + _OUTLET + r"\.? All rights"),
)
HEAD_OUTLET = (
    re.compile(r"^" + _OUTLET + r"\s*[|·]\s*(?:Published|Updated)?\s*" + _MONTH),
    re.compile(_MONTH + r"\s+\d{1,2},?\s+(?:19|20)\d\d\s*[|·–—-]\s*" + _OUTLET + r"\s*$"),
)
URL_LINE = re.compile(r"^\s*(?:URL|Source|Link)\s*:\s*(?P<url>https?://\S+)\s*$", re.I | re.M)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass(frozen=True)
class LoadedArticle:
    """An article read from disk, or the reason it was skipped."""

    doc: ArticleText | None
    warning: str | None = None
    year_unknown: tuple[int, int] | None = None


def discover(paths: list[Path]) -> list[Path]:
    """Return the article files named by `paths`, expanding folders, sorted."""
    found: set[Path] = set()
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            inside = [
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            ]
            if not inside:
                raise InputError(f"{path}: no .txt or .md articles in this folder")
            found.update(inside)
        else:
            found.add(path)
    return sorted(found)


def decode(raw: bytes, path: Path) -> str:
    """Decode article bytes: UTF-8 (with or without BOM) or UTF-16 with BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: invalid UTF-16 at byte offset {exc.start}") from None
    if b"\x00" in raw:
        raise InputError(f"{path}: binary file refused (NUL byte at offset {raw.index(0)})")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start]
        raise InputError(
            f"{path}: not UTF-8: byte 0x{bad:02x} at byte offset {exc.start}"
        ) from None


def relative_path(path: Path, base: Path) -> str:
    """Return `path` relative to `base` in POSIX form."""
    return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()


def article_id(rel_path: str, unique: bool = True) -> str:
    """Return a readable id derived from the article's path.

    When another article has the same file stem, pass `unique=False` to add a
    digest of the whole path.
    """
    stem = slug(Path(rel_path).stem)
    return stem if unique else f"{stem}-{digest(rel_path, length=6)}"


def split_front_matter(text: str) -> tuple[dict[str, object], int, str | None]:
    """Return the YAML front matter, the offset where the body starts, and a problem.

    Front matter that is not a YAML mapping is skipped (never read as prose) and
    the problem says why, with its line.
    """
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0, None
    try:
        data = yaml.safe_load(match.group("body"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 2}: " if mark else ""
        return {}, match.end(), f"front matter is not valid YAML ({line}ignored)"
    if not isinstance(data, dict):
        return {}, match.end(), "front matter is not a mapping of fields (ignored)"
    return data, match.end(), None


def iso(year: int, month: int, day: int) -> str | None:
    """Return an ISO date or None when the parts are not a real date."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def detect_metadata(body: str) -> tuple[dict[str, str | None], tuple[int, int] | None]:
    """Guess title, author, outlet, published and url from the article body.

    Returns the fields and, when only a month and day were found, that pair.
    """
    lines = [line.strip() for line in body.splitlines()]
    nonempty = [line for line in lines if line]
    head = nonempty[:HEAD_LINES]
    found: dict[str, str | None] = dict.fromkeys(("title", "author", "outlet", "published", "url"))
    if nonempty:
        found["title"] = nonempty[0]
    for line in head[1:]:
        by = BYLINE.match(line)
        if by:
            found["author"] = by.group("name")
            break
    if found["author"] is None and len(head) > 1:
        name = NAME_LINE.match(head[1])
        if name and not FULL_DATE.search(head[1]):
            found["author"] = name.group("name")
    partial: tuple[int, int] | None = None
    for line in head:
        full = FULL_DATE.search(line) or ISO_DATE.search(line)
        if full:
            month = full.group("month")
            number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
            found["published"] = iso(int(full.group("year")), number, int(full.group("day")))
            break
        dateline = DATELINE.match(line) or WIRE_DATELINE.match(line)
        if dateline:
            partial = (
                MONTHS[dateline.group("month").lower().rstrip(".")],
                int(dateline.group("day")),
            )
            break
    for line in head:
        for pattern in HEAD_OUTLET:
            outlet = pattern.search(line)
            if outlet:
                found["outlet"] = outlet.group("outlet").strip().rstrip(".")
                break
        if found["outlet"]:
            break
    for pattern in OUTLET_PATTERNS:
        if found["outlet"]:
            break
        outlet = pattern.search(body)
        if outlet:
            found["outlet"] = outlet.group("outlet").strip().rstrip(".")
    url = URL_LINE.search(body)
    if url:
        found["url"] = url.group("url")
    return found, (partial if found["published"] is None else None)


def front_matter_fields(meta: dict[str, object]) -> dict[str, str | None]:
    """Return the known metadata fields of a front matter block as strings."""
    fields: dict[str, str | None] = {}
    for key in ("title", "outlet", "author", "published", "url"):
        value = meta.get(key)
        if value is not None:
            fields[key] = value.isoformat() if isinstance(value, date) else str(value)
    return fields


def read_article(path: Path, base: Path) -> LoadedArticle:
    """Read one article file; `base` is the ledger's folder that paths are relative to."""
    raw = path.read_bytes()
    text = decode(raw, path)
    if not text.strip():
        return LoadedArticle(doc=None, warning=f"{path}: empty file skipped")
    meta, body_start, problem = split_front_matter(text)
    detected, partial = detect_metadata(text[body_start:])
    detected.update(front_matter_fields(meta))
    if "published" in meta:
        partial = None
    rel = relative_path(path, base)
    article = Article(
        id=article_id(rel), path=rel, sha256=hashlib.sha256(raw).hexdigest(), **detected
    )
    # Blank the front matter so no stage reads it as prose; offsets are unchanged.
    masked = re.sub(r"[^\r\n]", " ", text[:body_start]) + text[body_start:]
    warning = f"{path}: {problem}" if problem else None
    return LoadedArticle(
        doc=ArticleText(article=article, text=masked), warning=warning, year_unknown=partial
    )


def complete_years(loaded: list[LoadedArticle]) -> list[ArticleText]:
    """Give dateline dates without a year the most common year of the other articles."""
    years = [int(x.doc.article.published[:4]) for x in loaded if x.doc and x.doc.article.published]
    story_year = max(set(years), key=lambda y: (years.count(y), y)) if years else None
    docs: list[ArticleText] = []
    for item in loaded:
        if item.doc is None:
            continue
        if item.year_unknown and story_year is not None:
            published = iso(story_year, *item.year_unknown)
            item = LoadedArticle(
                doc=item.doc.model_copy(
                    update={"article": item.doc.article.model_copy(update={"published": published})}
                )
            )
        assert item.doc is not None
        docs.append(item.doc)
    return docs


def load_texts(articles: list[Article], base: Path) -> dict[str, str]:
    """Return the decoded text of each ledger article that is still on disk."""
    texts: dict[str, str] = {}
    for article in articles:
        file = base / article.path
        if file.is_file():
            texts[article.id] = decode(file.read_bytes(), file)
    return texts

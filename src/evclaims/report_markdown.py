"""Write the story dossier as one Markdown document whose quotes link to `path#L<line>`."""

from __future__ import annotations

import bisect
import os
import posixpath
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import quote as url_quote

from .models import Article, Claim, Cluster, Conflict, Duplicate, Ledger, Span
from .story import cluster_outlets, copy_direction, is_open, passage_sides, ranked_clusters
from .svg_chart import day_counts
from .timeline import (
    STATUSES,
    chronological,
    name_table,
    normalise_name,
    outlet_of,
    statement_date,
    timeline_rows,
)

PASSAGE_LIMIT = 600
MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
SECTIONS = (
    ("articles", "Articles"),
    ("corroborated", "Corroborated claims"),
    ("conflicts", "Conflicts"),
    ("who", "Who said what"),
    ("timeline", "Timeline"),
    ("duplicates", "Copied passages"),
)


class SourceIndex:
    """Answer line numbers and passages of the article texts, computing each index once."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self.starts: dict[str, list[int]] = {}

    def line(self, article_id: str, offset: int) -> int | None:
        """Return the 1-based line holding `offset`, or None without the article text."""
        text = self.texts.get(article_id)
        if text is None:
            return None
        starts = self.starts.get(article_id)
        if starts is None:
            starts = [0] + [m.end() for m in re.finditer("\n", text)]
            self.starts[article_id] = starts
        return bisect.bisect_right(starts, offset)

    def passage(self, article_id: str, span: tuple[int, int]) -> str | None:
        """Return the article text at `span`, or None without the article text."""
        text = self.texts.get(article_id)
        return None if text is None else text[span[0] : span[1]]


def flat(text: str) -> str:
    """Return `text` on one line with whitespace collapsed."""
    return " ".join(text.split())


def clip(text: str, limit: int = PASSAGE_LIMIT) -> str:
    """Return `text` flattened and cut to `limit` characters with an ellipsis."""
    text = flat(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def md(text: object) -> str:
    """Escape `text` for inline Markdown (table cells included); None becomes a dash."""
    if text is None or text == "":
        return "—"
    return MD_SPECIAL.sub(r"\\\1", flat(str(text)))


def copy_marks(ledger: Ledger) -> dict[str, list[tuple[str, str | None]]]:
    """Return, per article id, what its duplicates say: (label, other article id or None)."""
    articles = {a.id: a for a in ledger.articles}
    marks: dict[str, list[tuple[str, str | None]]] = {a.id: [] for a in ledger.articles}
    for d in ledger.duplicates:
        if d.article == d.other_article:
            found: list[tuple[str, str, str | None]] = [(d.article, "repeats its own text", None)]
        elif (direction := copy_direction(d, articles)) is not None:
            copy, original = direction
            found = [
                (copy, "has text copied from", original),
                (original, "text copied by", copy),
            ]
        else:
            found = [
                (d.article, "shares text with", d.other_article),
                (d.other_article, "shares text with", d.article),
            ]
        for article, label, other in found:
            if (label, other) not in marks.setdefault(article, []):
                marks[article].append((label, other))
    return marks


def duplicate_title(
    d: Duplicate, sides: list[tuple[str, str, Span]], name: Callable[[str], str]
) -> str:
    """Return "kind: copy ← original · similarity s" (↔ when the direction is unknown)."""
    if d.article == d.other_article:
        where = f"{name(d.article)} repeats its own text"
    else:
        arrow = "←" if sides[0][0] == "Copy" else "↔"
        where = f"{name(sides[0][1])} {arrow} {name(sides[1][1])}"
    return f"{d.kind}: {where} · similarity {d.similarity:.2f}"


def heading_slug(title: str) -> str:
    """Return the anchor GitHub-style renderers give a heading."""
    return re.sub(r"[^a-z0-9 -]", "", title.lower()).replace(" ", "-")


def corroborated_clusters(ledger: Ledger) -> list[Cluster]:
    """Return clusters backed by two or more independent sources, best first."""
    return [k for k in ranked_clusters(ledger) if k.independent_sources >= 2]


def conflict_sides(conflict: Conflict) -> list[list[str]]:
    """Return the conflict's sides, or one side per claim when none were recorded."""
    return conflict.sides or [[c] for c in conflict.claims]


def speaker_groups(ledger: Ledger) -> list[tuple[str, list[Claim]]]:
    """Return non-duplicate claims grouped by canonical speaker: busiest speaker first."""
    articles = {a.id: a for a in ledger.articles}
    names = name_table(ledger)
    groups: dict[str, list[Claim]] = {}
    for claim in ledger.claims:
        if claim.duplicate_of is None:
            name = names[normalise_name(claim.speaker)] if claim.speaker else "(unattributed)"
            groups.setdefault(name, []).append(claim)
    return sorted(
        ((name, chronological(claims, articles)) for name, claims in groups.items()),
        key=lambda item: (-len(item[1]), item[0].casefold()),
    )


def status_counts(claims: list[Claim]) -> list[int]:
    """Return how many of `claims` have each status, in `STATUSES` order."""
    return [sum(1 for c in claims if c.status == status) for status in STATUSES]


def link_base_for(ledger_dir: Path, output_dir: Path) -> str:
    """Return the ledger's folder relative to the report's folder, POSIX-style ("" if same)."""
    relative = os.path.relpath(ledger_dir.resolve(), output_dir.resolve())
    return "" if relative == "." else Path(relative).as_posix()


def headline(ledger: Ledger) -> str:
    """Return a one-line count of what the ledger holds."""
    copies = sum(1 for c in ledger.claims if c.duplicate_of is not None)
    open_count = sum(1 for c in ledger.conflicts if is_open(c))
    return (
        f"{len(ledger.articles)} articles · {len(ledger.claims) - copies} claims "
        f"({copies} duplicate claims left out) · {len(ledger.clusters)} clusters · "
        f"{len(ledger.conflicts)} conflicts ({open_count} open) · "
        f"{len(ledger.duplicates)} copied passage(s)"
    )


class DossierBase:
    """Hold the lookups every section of either dossier format shares."""

    def __init__(self, ledger: Ledger, texts: Mapping[str, str], link_base: str) -> None:
        self.ledger = ledger
        self.sources = SourceIndex(texts)
        self.link_base = link_base
        self.articles = {a.id: a for a in ledger.articles}
        self.claims = {c.id: c for c in ledger.claims}


class MarkdownDossier(DossierBase):
    """Render one ledger as Markdown."""

    def __init__(self, ledger: Ledger, texts: Mapping[str, str], link_base: str) -> None:
        super().__init__(ledger, texts, link_base)
        self.lines: list[str] = []

    def out(self, *lines: str) -> None:
        """Append lines to the document."""
        self.lines.extend(lines)

    def href(self, article_id: str, offset: int | None) -> tuple[str, str]:
        """Return (label, target) of a link to the article file at the line of `offset`."""
        article = self.articles.get(article_id)
        path = article.path if article else article_id
        target = url_quote(posixpath.join(self.link_base, path) if self.link_base else path)
        line = None if offset is None else self.sources.line(article_id, offset)
        if line is None:
            return path, target
        return f"{path}#L{line}", f"{target}#L{line}"

    def link(self, article_id: str, offset: int | None) -> str:
        """Return a Markdown link to the article file at the line of `offset`."""
        label, target = self.href(article_id, offset)
        return f"[{md(label)}]({target})"

    def quote_item(self, claim: Claim) -> str:
        """Return a list item quoting a claim with its speaker, outlet, date and source link."""
        date, _ = statement_date(claim, self.articles)
        outlet = outlet_of(self.articles.get(claim.article), claim.article)
        copy = f" · copy of `{claim.duplicate_of}`" if claim.duplicate_of else ""
        return (
            f"- “{md(claim.text)}” — {md(claim.speaker or '(unattributed)')} "
            f"({claim.status}), *{md(outlet)}*, {md(date or 'undated')}{copy} · "
            f"{self.link(claim.article, claim.span[0])} · `{claim.id}`"
        )

    def table(self, header: tuple[str, ...], rows: list[list[str]]) -> None:
        """Append a Markdown table."""
        self.out("| " + " | ".join(header) + " |", "|" + "---|" * len(header))
        self.out(*("| " + " | ".join(row) + " |" for row in rows))
        self.out("")

    def section_articles(self) -> None:
        """List the articles with outlet, date, author and copies marked."""
        marks_of = copy_marks(self.ledger)
        rows = []
        for a in sorted(
            self.ledger.articles, key=lambda a: (a.published is None, a.published or "", a.id)
        ):
            marks = [f"**copy of** `{a.duplicate_of}`"] if a.duplicate_of else []
            marks += [f"{label} `{other}`" if other else label for label, other in marks_of[a.id]]
            rows.append(
                [
                    f"[{md(a.id)}]({self.href(a.id, None)[1]})",
                    md(a.outlet),
                    md(a.published),
                    md(a.author),
                    md(a.title),
                    "; ".join(marks) or "—",
                ]
            )
        self.table(("Article", "Outlet", "Date", "Author", "Title", "Copies"), rows)

    def section_corroborated(self) -> None:
        """Group corroborated claims by cluster with source counts and outlets."""
        clusters = corroborated_clusters(self.ledger)
        if not clusters:
            self.out("No claim is backed by two independent sources.", "")
        for k in clusters:
            outlets = cluster_outlets(k, self.articles)
            self.out(
                f"### {md(k.label)}",
                "",
                f"**{k.independent_sources} independent sources** · "
                f"{'; '.join(md(o) for o in outlets)} · `{k.id}` · review: {k.review.status}",
                "",
            )
            members = [self.claims[c] for c in k.claims if c in self.claims]
            self.out(*(self.quote_item(c) for c in chronological(members, self.articles)), "")
        singles = len(self.ledger.clusters) - len(clusters)
        if singles:
            self.out(f"{singles} other cluster(s) rest on a single source.", "")

    def section_conflicts(self) -> None:
        """Quote both sides of each conflict with its summary and review state."""
        if not self.ledger.conflicts:
            self.out("No conflicts found.", "")
        rank = {"high": 0, "medium": 1, "low": 2}
        for c in sorted(self.ledger.conflicts, key=lambda c: (rank[c.severity], c.kind, c.id)):
            self.out(f"### {c.kind} · {c.severity} · {c.review.status} · `{c.id}`", "")
            self.out(md(c.summary), "")
            if c.update:
                self.out("*Update: the later side supersedes the earlier one.*", "")
            for number, side in enumerate(conflict_sides(c), start=1):
                self.out(f"**Side {number}**", "")
                self.out(*(self.quote_item(self.claims[i]) for i in side if i in self.claims), "")
            if c.review.note:
                self.out(f"Review note: {md(c.review.note)}", "")

    def section_who(self) -> None:
        """Count statuses per speaker, then tabulate each speaker's claims and roles."""
        groups = speaker_groups(self.ledger)
        if groups:
            self.table(
                ("Speaker", *STATUSES, "Outlets"),
                [
                    [md(name), *(str(n) for n in status_counts(claims)),
                     md("; ".join(self.outlets(claims)))]
                    for name, claims in groups
                ],
            )  # fmt: skip
        for name, claims in groups:
            self.out(f"### {md(name)}", "")
            roles = list(dict.fromkeys(c.role for c in claims if c.role))
            if roles:
                self.out("Roles given: " + "; ".join(md(r) for r in roles), "")
            rows = []
            for c in claims:
                date, _ = statement_date(c, self.articles)
                outlet = outlet_of(self.articles.get(c.article), c.article)
                rows.append(
                    [
                        md(date or "undated"),
                        c.status,
                        md(clip(c.text, 160)),
                        md(outlet),
                        self.link(c.article, c.span[0]),
                    ]
                )
            self.table(("Date", "Status", "What", "Outlet", "Source"), rows)

    def section_timeline(self) -> None:
        """Count claims per day by status, then list every claim in date order."""
        days, undated = day_counts(self.ledger)
        if days:
            self.table(
                ("Day", *STATUSES, "total"),
                [
                    [day, *(str(n[s]) for s in STATUSES), str(sum(n.values()))]
                    for day, n in days
                    if sum(n.values())
                ],
            )
        if undated:
            self.out(f"{undated} claim(s) have no day-precise date and are not counted here.", "")
        rows = []
        for row in timeline_rows(self.ledger):
            claim = self.claims[str(row["claim"])]
            rows.append(
                [
                    md(row["date"] or "undated"),
                    md(row["speaker"]),
                    str(row["status"]),
                    md(row["excerpt"]),
                    md(row["outlet"]),
                    self.link(claim.article, claim.span[0]),
                ]
            )
        self.table(("Date", "Speaker", "Status", "Excerpt", "Outlet", "Source"), rows)

    def section_duplicates(self) -> None:
        """Quote each copied passage and the passage it copies, with links to both."""
        if not self.ledger.duplicates:
            self.out("No copied text found.", "")
        for d in self.ledger.duplicates:
            sides = passage_sides(d, self.articles)
            self.out(f"### {duplicate_title(d, sides, lambda a: md(self.name(a)))}", "")
            for label, article_id, span in sides:
                text = self.sources.passage(article_id, span)
                shown = md(clip(text)) if text is not None else "(text not loaded)"
                self.out(
                    f"- {label}, characters {span[0]}–{span[1]} "
                    f"({self.link(article_id, span[0])}):",
                    f"  > {shown}",
                )
            self.out("")

    def outlets(self, claims: list[Claim]) -> list[str]:
        """Return the distinct outlets of some claims, in first-seen order."""
        return list(
            dict.fromkeys(outlet_of(self.articles.get(c.article), c.article) for c in claims)
        )

    def name(self, article_id: str) -> str:
        """Return "Outlet (id)" for an article, or its id."""
        article: Article | None = self.articles.get(article_id)
        return f"{article.outlet} ({article_id})" if article and article.outlet else article_id

    def render(self) -> str:
        """Return the whole document."""
        self.out("# Story dossier", "", headline(self.ledger), "", "## Contents", "")
        self.out(*(f"- [{title}](#{heading_slug(title)})" for _, title in SECTIONS), "")
        for name, title in SECTIONS:
            self.out(f"## {title}", "")
            getattr(self, f"section_{name}")()
        return "\n".join(self.lines).rstrip("\n") + "\n"


def render_markdown(ledger: Ledger, texts: Mapping[str, str], link_base: str = "") -> str:
    """Return the story dossier as Markdown.

    `texts` maps article id → decoded text (for line numbers and copied passages).
    Links are `link_base/path#L<line>`; pass as `link_base` the ledger's folder
    relative to where the document is written ("" when they are the same).
    """
    return MarkdownDossier(ledger, texts, link_base).render()

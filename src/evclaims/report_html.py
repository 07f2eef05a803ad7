"""Write the story dossier as one self-contained HTML file: inline CSS, no scripts, no network."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from html import escape
from urllib.parse import quote as url_quote

from .models import Article, Claim, Ledger
from .report_markdown import (
    SECTIONS,
    DossierBase,
    clip,
    conflict_sides,
    copy_marks,
    corroborated_clusters,
    duplicate_title,
    headline,
    speaker_groups,
    status_counts,
)
from .story import cluster_outlets, passage_sides
from .svg_chart import STATUS_COLOURS, claims_per_day_svg, day_counts
from .timeline import STATUSES, chronological, outlet_of, statement_date, timeline_rows

HTML_SECTIONS = (*SECTIONS, ("sources", "Sources: articles and their claims"))

CSS = """
body{font:15px/1.45 system-ui,sans-serif;color:#222;margin:0;background:#fafafa}
main{max-width:1120px;margin:0 auto;padding:16px 24px;background:#fff}
h1{margin:.2em 0}h2{border-bottom:2px solid #ddd;margin-top:1.6em}h3{margin-bottom:.3em}
nav a{margin-right:1em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em}
th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0}
blockquote{margin:.4em 0 .4em 1em;padding:.2em .8em;border-left:4px solid #ccc;background:#f7f7f7}
.meta,.where,.id{color:#666;font-size:.9em}
.status{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;font-size:.85em}
.copy{background:#fff3cd;padding:0 4px}
.side{margin-left:1em}
.review-open{color:#b00}.review-confirmed{color:#b00}
.review-explained,.review-dismissed{color:#080}
li.claim{margin:.3em 0}
""" + "".join(f".s-{status}{{background:{colour}}}\n" for status, colour in STATUS_COLOURS.items())


def h(text: object) -> str:
    """Escape any value for HTML text or attributes; None becomes a dash."""
    if text is None or text == "":
        return "—"
    return escape(str(text), quote=True)


def badge(status: str) -> str:
    """Return a coloured status label."""
    return f'<span class="status s-{h(status)}">{h(status)}</span>'


class HtmlDossier(DossierBase):
    """Render one ledger as one self-contained HTML document."""

    def __init__(self, ledger: Ledger, texts: Mapping[str, str], link_base: str) -> None:
        super().__init__(ledger, texts, link_base)
        self.parts: list[str] = []

    def out(self, *parts: str) -> None:
        """Append markup to the document."""
        self.parts.extend(parts)

    def article_link(self, article_id: str) -> str:
        """Return a link to the article's section in this document."""
        article = self.articles.get(article_id)
        label = f"{article.outlet} ({article_id})" if article and article.outlet else article_id
        return f'<a href="#article-{h(article_id)}">{h(label)}</a>'

    def where(self, article_id: str, span: tuple[int, int]) -> str:
        """Return "line N, characters a–b" for a span, line only when the text is loaded."""
        line = self.sources.line(article_id, span[0])
        at = f"line {line}, " if line is not None else ""
        return f"{at}characters {span[0]}–{span[1]}"

    def quote(self, claim: Claim) -> str:
        """Return a quoted claim linked to its anchor in the sources section."""
        date, _ = statement_date(claim, self.articles)
        outlet = outlet_of(self.articles.get(claim.article), claim.article)
        copy = ' <span class="copy">copy</span>' if claim.duplicate_of else ""
        return (
            f"<blockquote>{h(claim.text)}<br>{badge(claim.status)} "
            f"<b>{h(claim.speaker or '(unattributed)')}</b> · {h(outlet)} · "
            f"{h(date or 'undated')}{copy} · "
            f'<a href="#claim-{h(claim.id)}">source: {self.where(claim.article, claim.span)}</a>'
            "</blockquote>"
        )

    def table(self, header: tuple[str, ...], rows: list[list[str]]) -> None:
        """Append a table; cells are markup already escaped."""
        self.out("<table><thead><tr>", *(f"<th>{h(x)}</th>" for x in header), "</tr></thead>")
        self.out("<tbody>", *("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows))
        self.out("</tbody></table>")

    def section_articles(self) -> None:
        """Tabulate the articles with outlet, date, author and copies marked."""
        marks_of = copy_marks(self.ledger)
        rows = []
        for a in self.ordered_articles():
            marks = []
            if a.duplicate_of:
                marks.append(
                    f'<span class="copy">copy of</span> {self.article_link(a.duplicate_of)}'
                )
            marks += [
                f"{h(label)} {self.article_link(other)}" if other else h(label)
                for label, other in marks_of[a.id]
            ]
            rows.append(
                [
                    self.article_link(a.id),
                    h(a.outlet),
                    h(a.published),
                    h(a.author),
                    h(a.title),
                    "; ".join(marks) or "—",
                ]
            )
        self.table(("Article", "Outlet", "Date", "Author", "Title", "Copies"), rows)

    def section_corroborated(self) -> None:
        """Group corroborated claims by cluster with source counts and outlets."""
        clusters = corroborated_clusters(self.ledger)
        if not clusters:
            self.out("<p>No claim is backed by two independent sources.</p>")
        for k in clusters:
            outlets = "; ".join(cluster_outlets(k, self.articles))
            self.out(
                f'<h3 id="cluster-{h(k.id)}">{h(k.label)}</h3>',
                f"<p><b>{k.independent_sources} independent sources</b> · {h(outlets)} · "
                f'<span class="id">{h(k.id)}</span> · review: {h(k.review.status)}</p>',
            )
            members = [self.claims[c] for c in k.claims if c in self.claims]
            self.out(*(self.quote(c) for c in chronological(members, self.articles)))
        singles = len(self.ledger.clusters) - len(clusters)
        if singles:
            self.out(f"<p>{singles} other cluster(s) rest on a single source.</p>")

    def section_conflicts(self) -> None:
        """Quote both sides of each conflict with its summary and review state."""
        if not self.ledger.conflicts:
            self.out("<p>No conflicts found.</p>")
        rank = {"high": 0, "medium": 1, "low": 2}
        for c in sorted(self.ledger.conflicts, key=lambda c: (rank[c.severity], c.kind, c.id)):
            self.out(
                f'<h3 id="conflict-{h(c.id)}">{h(c.kind)} · {h(c.severity)} · '
                f'<span class="review-{h(c.review.status)}">{h(c.review.status)}</span></h3>',
                f'<p>{h(c.summary)} <span class="id">{h(c.id)}</span></p>',
            )
            if c.update:
                self.out("<p><i>Update: the later side supersedes the earlier one.</i></p>")
            for number, side in enumerate(conflict_sides(c), start=1):
                self.out(f'<div class="side"><b>Side {number}</b>')
                self.out(*(self.quote(self.claims[i]) for i in side if i in self.claims), "</div>")
            if c.review.note:
                self.out(f"<p>Review note: {h(c.review.note)}</p>")

    def section_who(self) -> None:
        """Count statuses per speaker, then tabulate each speaker's claims and roles."""
        groups = speaker_groups(self.ledger)
        if groups:
            self.table(
                ("Speaker", *STATUSES, "Outlets"),
                [
                    [f'<a href="#speaker-{number}">{h(name)}</a>',
                     *(str(n) for n in status_counts(claims)),
                     h("; ".join(dict.fromkeys(
                         outlet_of(self.articles.get(c.article), c.article) for c in claims
                     )))]
                    for number, (name, claims) in enumerate(groups, start=1)
                ],
            )  # fmt: skip
        for number, (name, claims) in enumerate(groups, start=1):
            self.out(f'<h3 id="speaker-{number}">{h(name)}</h3>')
            roles = list(dict.fromkeys(c.role for c in claims if c.role))
            if roles:
                self.out("<p>Roles given: " + "; ".join(h(r) for r in roles) + "</p>")
            rows = []
            for c in claims:
                date, _ = statement_date(c, self.articles)
                rows.append(
                    [
                        h(date or "undated"),
                        badge(c.status),
                        h(clip(c.text, 200)),
                        h(outlet_of(self.articles.get(c.article), c.article)),
                        f'<a href="#claim-{h(c.id)}">{self.where(c.article, c.span)}</a>',
                    ]
                )
            self.table(("Date", "Status", "What", "Outlet", "Source"), rows)

    def section_timeline(self) -> None:
        """Draw claims per day by status, then list every claim in date order."""
        svg = claims_per_day_svg(self.ledger)
        self.out(
            f"<figure>{svg}<figcaption>Claims per day by status</figcaption></figure>"
            if svg
            else "<p>No dated claims to chart.</p>"
        )
        _, undated = day_counts(self.ledger)
        if undated:
            self.out(f"<p>{undated} claim(s) have no day-precise date and are not charted.</p>")
        rows = []
        for row in timeline_rows(self.ledger):
            claim = self.claims[str(row["claim"])]
            rows.append(
                [
                    h(row["date"] or "undated"),
                    h(row["speaker"]),
                    badge(str(row["status"])),
                    h(row["excerpt"]),
                    h(row["outlet"]),
                    f'<a href="#claim-{h(claim.id)}">{self.where(claim.article, claim.span)}</a>',
                ]
            )
        self.table(("Date", "Speaker", "Status", "Excerpt", "Outlet", "Source"), rows)

    def section_duplicates(self) -> None:
        """Quote each copied passage and the passage it copies, linked to both articles."""
        if not self.ledger.duplicates:
            self.out("<p>No copied text found.</p>")
        for number, d in enumerate(self.ledger.duplicates, start=1):
            sides = passage_sides(d, self.articles)
            title = duplicate_title(d, sides, self.article_link)
            self.out(f'<h3 id="duplicate-{number}">{title}</h3>')
            for label, article_id, span in sides:
                text = self.sources.passage(article_id, span)
                shown = h(clip(text)) if text is not None else "(text not loaded)"
                self.out(
                    f"<blockquote>{shown}<br><b>{label}</b> · "
                    f'<a href="#article-{h(article_id)}">{h(article_id)}</a>, '
                    f"{self.where(article_id, span)}</blockquote>"
                )

    def section_sources(self) -> None:
        """List each article with its metadata and its claims, each claim an anchor."""
        by_article: dict[str, list[Claim]] = {}
        for claim in self.ledger.claims:
            by_article.setdefault(claim.article, []).append(claim)
        for a in self.ordered_articles():
            path = posixpath.join(self.link_base, a.path) if self.link_base else a.path
            self.out(
                f'<section id="article-{h(a.id)}"><h3>{h(a.title or a.id)}</h3>',
                f'<p class="meta">{h(a.outlet or "outlet unknown")} · '
                f"{h(a.published or 'undated')} · {h(a.author or 'author unknown')} · "
                f'file <a href="{h(url_quote(path))}">{h(a.path)}</a>'
                + (f" · {h(a.url)}" if a.url else "")
                + "</p>",
            )
            if a.duplicate_of:
                self.out(
                    f'<p><span class="copy">Copy of</span> {self.article_link(a.duplicate_of)}</p>'
                )
            self.claim_list(by_article.get(a.id, []))
            self.out("</section>")
        orphans = [c for c in self.ledger.claims if c.article not in self.articles]
        if orphans:
            self.out("<h3>Claims whose article is not in the ledger</h3>")
            self.claim_list(orphans)

    def claim_list(self, claims: list[Claim]) -> None:
        """Append claims in text order, each an element `id="claim-<id>"`."""
        self.out('<ol class="claims">')
        for c in sorted(claims, key=lambda c: (c.article, c.span[0], c.id)):
            copy = (
                f' <span class="copy">copy of <a href="#claim-{h(c.duplicate_of)}">'
                f"{h(c.duplicate_of)}</a></span>"
                if c.duplicate_of and c.duplicate_of in self.claims
                else ""
            )
            role = f" ({h(c.role)})" if c.role else ""
            self.out(
                f'<li class="claim" id="claim-{h(c.id)}">{badge(c.status)} '
                f"<b>{h(c.speaker or '(unattributed)')}</b>{role}: {h(c.text)} "
                f'<span class="where">{self.where(c.article, c.span)} · {h(c.id)}</span>'
                f"{copy}</li>"
            )
        self.out("</ol>")

    def ordered_articles(self) -> list[Article]:
        """Return the articles by date, undated last."""
        return sorted(
            self.ledger.articles, key=lambda a: (a.published is None, a.published or "", a.id)
        )

    def render(self) -> str:
        """Return the whole document."""
        self.out(
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
            "<title>Story dossier</title>",
            f"<style>{CSS}</style></head><body><main>",
            f'<h1>Story dossier</h1><p class="meta">{h(headline(self.ledger))}</p>',
            "<nav>",
            *(f'<a href="#{name}">{h(title)}</a>' for name, title in HTML_SECTIONS),
            "</nav>",
        )
        for name, title in HTML_SECTIONS:
            self.out(f'<section id="{name}"><h2>{h(title)}</h2>')
            getattr(self, f"section_{name}")()
            self.out("</section>")
        self.out("</main></body></html>")
        return "\n".join(self.parts) + "\n"


def render_html(ledger: Ledger, texts: Mapping[str, str], link_base: str = "") -> str:
    """Return the story dossier as one self-contained HTML document.

    `texts` maps article id → decoded text (for line numbers and copied passages).
    Each claim is an element `id="claim-<id>"`, each article `id="article-<id>"`;
    every quoted passage links to one of them. `link_base` prefixes the relative
    links to the article files, as in `render_markdown`.
    """
    return HtmlDossier(ledger, texts, link_base).render()

"""Test the Markdown and HTML dossiers and the inline SVG chart."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml
from story_fixtures import (
    ARTICLES,
    BLOG_TEXT,
    TEXTS,
    WHITFIELD_BLOG,
    WHITFIELD_DECLINES,
    make_claim,
    story_ledger,
)

from evclaims.articles import load_texts
from evclaims.models import Ledger
from evclaims.report_html import render_html
from evclaims.report_markdown import link_base_for, render_markdown
from evclaims.svg_chart import claims_per_day_svg, day_counts

GOLDEN = Path(__file__).parent / "golden"
SEED_LEDGER = Path(__file__).parents[1] / "data" / "claims.yaml"


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; rewrite it when EVCLAIMS_UPDATE_GOLDEN=1."""
    path = GOLDEN / name
    if os.environ.get("EVCLAIMS_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing {path}; run with EVCLAIMS_UPDATE_GOLDEN=1 to create it"
    assert actual == path.read_text(encoding="utf-8")


def test_markdown_report_matches_golden() -> None:
    check_golden("story_report.md", render_markdown(story_ledger(), TEXTS))


def test_seed_ledger_markdown_report_matches_golden() -> None:
    # Regenerate after re-ingesting the seeds: EVCLAIMS_UPDATE_GOLDEN=1 pytest tests/test_report.py
    ledger = Ledger.model_validate(yaml.safe_load(SEED_LEDGER.read_text(encoding="utf-8")))
    texts = load_texts(ledger.articles, SEED_LEDGER.parent)
    assert set(texts) == {a.id for a in ledger.articles}
    check_golden("seed_report.md", render_markdown(ledger, texts, link_base="../../data"))


def test_markdown_report_is_deterministic() -> None:
    assert render_markdown(story_ledger(), TEXTS) == render_markdown(story_ledger(), TEXTS)


def test_every_claim_links_to_the_line_of_its_span() -> None:
    report = render_markdown(story_ledger(), TEXTS)
    paths = {a.id: a.path for a in ARTICLES}
    for claim in story_ledger().claims:
        if claim.duplicate_of:
            continue
        text = TEXTS[claim.article]
        line = text[: claim.span[0]].count("\n") + 1
        assert claim.text in text.split("\n")[line - 1]
        assert f"]({paths[claim.article]}#L{line})" in report


def test_crlf_article_lines_count_each_crlf_once() -> None:
    report = render_markdown(story_ledger(), TEXTS)
    assert BLOG_TEXT.split("\r\n")[3].startswith("Whitfield said")
    assert "(articles/blog.txt#L4)" in report


def test_link_base_points_links_at_the_ledger_folder() -> None:
    report = render_markdown(story_ledger(), TEXTS, link_base="../data")
    assert "](../data/articles/blog.txt#L4)" in report
    assert "](articles/blog.txt" not in report


def test_markdown_without_texts_links_files_without_lines() -> None:
    report = render_markdown(story_ledger(), {})
    assert "#L" not in report
    assert "(articles/blog.txt)" in report
    assert "(text not loaded)" in report


def test_markdown_escapes_text_that_would_break_tables() -> None:
    report = render_markdown(story_ledger(), TEXTS)
    assert r"comment on \<rumours\> \| speculation" in report
    assert "<rumours>" not in report


def test_markdown_report_has_every_section_and_quotes_both_sides() -> None:
    report = render_markdown(story_ledger(), TEXTS)
    headings = re.findall(r"^## (.+)$", report, flags=re.M)
    assert headings == [
        "Contents", "Articles", "Corroborated claims", "Conflicts", "Who said what",
        "Timeline", "Copied passages",
    ]  # fmt: skip
    assert "**2 independent sources** · Daily Ledger; Harbor & Bay Post" in report
    assert "### report_vs_denial · high · open" in report
    assert "Review note: Borealis replied after the first story ran." in report
    assert "**copy of** `harbor-post`" in report
    assert "Roles given: Acme chief executive; the company's boss" in report


def test_empty_ledger_renders_without_sections_failing() -> None:
    report = render_markdown(Ledger(), {})
    assert "No conflicts found." in report and "No copied text found." in report
    assert "<!DOCTYPE html>" in render_html(Ledger(), {})


class Collector(HTMLParser):
    """Collect ids, links, tag names and style text of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.tags: set[str] = set()
        self.style = ""
        self.in_style = False
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.in_style = tag == "style"
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            elif name == "href" and value is not None:
                self.hrefs.append(value)
            elif name == "src" and value is not None:
                self.srcs.append(value)

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.style += data
        self.text.append(data)


def parse(document: str) -> Collector:
    collector = Collector()
    collector.feed(document)
    collector.close()
    return collector


def test_html_claim_links_resolve_and_every_claim_has_an_anchor() -> None:
    doc = parse(render_html(story_ledger(), TEXTS))
    ids = set(doc.ids)
    assert len(ids) == len(doc.ids), "ids must be unique"
    claim_links = [h for h in doc.hrefs if h.startswith("#claim-")]
    assert len(claim_links) > 20
    assert {h[1:] for h in doc.hrefs if h.startswith("#")} <= ids
    assert {f"claim-{c.id}" for c in story_ledger().claims} <= ids
    assert {f"article-{a.id}" for a in ARTICLES} <= ids


def test_html_loads_nothing_from_outside() -> None:
    html = render_html(story_ledger(), TEXTS)
    doc = parse(html)
    assert not {"script", "link", "iframe", "img", "object", "embed"} & doc.tags
    assert doc.srcs == []
    assert not [h for h in doc.hrefs if re.match(r"(?i)\s*(https?:)?//", h)]
    assert "@import" not in doc.style and "url(" not in doc.style
    assert not re.search(r"(?i)(src|href)\s*=\s*[\"']?\s*https?:", html)
    # The article's URL is shown as text, not loaded or linked.
    assert "https://daily-ledger.example/acme-borealis" in "".join(doc.text)


def test_html_escapes_article_text() -> None:
    html = render_html(story_ledger(), TEXTS)
    doc = parse(html)
    assert "rumours" not in doc.tags
    assert "&lt;rumours&gt; | speculation" in html
    assert "Harbor &amp; Bay Post" in html


def test_html_links_each_article_file_relative_to_the_ledger() -> None:
    doc = parse(render_html(story_ledger(), TEXTS, link_base="../data"))
    assert "../data/articles/2026-03-02-daily-ledger.txt" in doc.hrefs


def test_html_contains_the_chart_and_source_lines() -> None:
    html = render_html(story_ledger(), TEXTS)
    assert "<svg" in html and "<title>2026-03-02: 2 asserted</title>" in html
    claim = WHITFIELD_BLOG
    assert f'<li class="claim" id="claim-{claim.id}">' in html
    assert "line 4, characters" in html


def test_day_counts_fill_gaps_and_count_undated_apart() -> None:
    days, undated = day_counts(story_ledger())
    assert undated == 2
    assert [(day, sum(n.values())) for day, n in days] == [
        ("2026-03-01", 1), ("2026-03-02", 4), ("2026-03-03", 3)
    ]  # fmt: skip
    assert days[0][1]["declined_comment"] == 1
    ledger = story_ledger()
    ledger.claims = [
        WHITFIELD_DECLINES,
        make_claim("blog", "Analysts say a joint battery plant would help Acme meet its targets.",
                   "analysts", "anonymous", date="2026-03-05"),
    ]  # fmt: skip
    days, undated = day_counts(ledger)
    assert [d for d, _ in days] == [f"2026-03-0{i}" for i in range(1, 6)]
    assert undated == 0


def test_chart_draws_one_segment_per_day_and_status() -> None:
    svg = claims_per_day_svg(story_ledger())
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    # 5 legend swatches + segments: 03-01 declined; 03-02 asserted, denied, no_response;
    # 03-03 asserted, denied.
    assert svg.count("<rect") == 5 + 1 + 3 + 2
    assert claims_per_day_svg(Ledger()) == ""


def test_dangling_references_render_without_broken_anchors() -> None:
    ledger = story_ledger()
    orphan = make_claim("blog", "Analysts say a joint battery plant would help Acme meet its targets.",
                        "analysts", "anonymous").model_copy(update={"article": "gone", "id": "c-orphan"})  # fmt: skip
    ledger.claims.append(orphan)
    ledger.clusters[0].claims.append("c-missing")
    ledger.conflicts[0].claims.append("c-missing")
    ledger.conflicts[0].sides.append(["c-missing"])
    report = render_markdown(ledger, TEXTS)
    assert "[gone](gone)" in report  # no article: the id stands in for the path
    doc = parse(render_html(ledger, TEXTS))
    assert {h[1:] for h in doc.hrefs if h.startswith("#")} <= set(doc.ids)
    assert "c-missing" not in "".join(doc.hrefs)


def test_claims_dated_only_by_year_are_not_charted_but_stay_in_the_timeline() -> None:
    ledger = story_ledger()
    ledger.claims = [
        c.model_copy(update={"date": "2025"}) if c.id == WHITFIELD_BLOG.id else c
        for c in ledger.claims
    ]
    days, uncounted = day_counts(ledger)
    assert uncounted == 2 and days[0][0] == "2026-03-01"  # the blog analyst has no date
    report = render_markdown(ledger, TEXTS)
    assert "2 claim(s) have no day-precise date" in report
    assert "| 2025 | Dana Whitfield | asserted |" in report


def test_who_said_what_counts_statuses_per_speaker() -> None:
    report = render_markdown(story_ledger(), TEXTS)
    assert "| Speaker | asserted | denied | declined_comment | no_response | confirmed |" in report
    assert "| Dana Whitfield | 1 | 0 | 1 | 0 | 0 | Harbor & Bay Post; blog |" in report
    assert "| Borealis Energy | 0 | 1 | 0 | 1 | 0 | Daily Ledger; Harbor & Bay Post |" in report
    doc = parse(render_html(story_ledger(), TEXTS))
    assert {f"speaker-{n}" for n in range(1, 8)} <= set(doc.ids)


def test_link_base_for_gives_the_ledger_folder_seen_from_the_report(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "out" / "site").mkdir(parents=True)
    assert link_base_for(tmp_path / "data", tmp_path / "out" / "site") == "../../data"
    assert link_base_for(tmp_path / "data", tmp_path / "data") == ""
    assert link_base_for(tmp_path, tmp_path / "out") == ".."

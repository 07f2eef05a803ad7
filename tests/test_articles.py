"""Reading articles: decoding, metadata heuristics, front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from evclaims.articles import complete_years, decode, detect_metadata, read_article
from evclaims.errors import InputError


def test_decode_utf8_bom_is_dropped() -> None:
    assert decode("\ufeffHello".encode(), Path("a.txt")) == "Hello"


def test_decode_utf16_with_bom() -> None:
    assert decode("Grüße".encode("utf-16"), Path("a.txt")) == "Grüße"


def test_decode_refuses_latin1_naming_the_byte_offset() -> None:
    with pytest.raises(InputError, match=r"a\.txt: not UTF-8: byte 0xe9 at byte offset 3"):
        decode("caf\xe9".encode("latin-1"), Path("a.txt"))


def test_decode_refuses_binary() -> None:
    with pytest.raises(InputError, match="binary file refused"):
        decode(b"\x89PNG\x00\x00", Path("x.txt"))


def test_metadata_from_byline_and_date() -> None:
    found, partial = detect_metadata(
        "A Title\n\nBy Jane Roe | Staff Writer\n\nMay 4, 2024\n\nBody."
    )
    assert found["title"] == "A Title"
    assert found["author"] == "Jane Roe"
    assert found["published"] == "2024-05-04"
    assert partial is None


def test_metadata_author_line_and_outlet_homepage_link() -> None:
    text = "Headline Here\n\nSam Ortiz\n\nJune 9, 2023\n\nText.\n\nBack to Metro Daily Homepage\n"
    found, _ = detect_metadata(text)
    assert (found["author"], found["outlet"], found["published"]) == (
        "Sam Ortiz",
        "Metro Daily",
        "2023-06-09",
    )


def test_dateline_without_year_takes_the_story_year(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One\nApril 2, 2022\nText.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Two\nWire Service March 30 News, text.\n", encoding="utf-8")
    docs = complete_years([read_article(tmp_path / n, tmp_path) for n in ("a.txt", "b.txt")])
    assert [d.article.published for d in docs] == ["2022-04-02", "2022-03-30"]


def test_missing_fields_stay_null() -> None:
    found, _ = detect_metadata("just one line of text without anything else\n")
    assert found["author"] is None and found["published"] is None and found["url"] is None


def test_front_matter_wins_and_is_blanked_without_moving_offsets(tmp_path: Path) -> None:
    text = "---\noutlet: Daily Planet\npublished: 2021-01-05\n---\nTitle line\nBody.\n"
    (tmp_path / "fm.md").write_text(text, encoding="utf-8")
    loaded = read_article(tmp_path / "fm.md", tmp_path)
    assert loaded.doc is not None
    assert loaded.doc.article.outlet == "Daily Planet"
    assert loaded.doc.article.published == "2021-01-05"
    assert loaded.doc.article.title == "Title line"
    assert len(loaded.doc.text) == len(text)
    assert loaded.doc.text.index("Title line") == text.index("Title line")


def test_crlf_text_is_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    raw = b"Title\r\nBody line.\r\n"
    (tmp_path / "w.txt").write_bytes(raw)
    loaded = read_article(tmp_path / "w.txt", tmp_path)
    assert loaded.doc is not None
    assert loaded.doc.text == raw.decode()


def test_empty_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("  \n", encoding="utf-8")
    loaded = read_article(tmp_path / "e.txt", tmp_path)
    assert loaded.doc is None
    assert loaded.warning is not None and "empty file skipped" in loaded.warning


@pytest.mark.parametrize(
    ("text", "outlet", "published"),
    [
        (
            "Title\n\nLakeshore Tribune | Published September 9, 2025\n\nBody.",
            "Lakeshore Tribune",
            "2025-09-09",
        ),
        ("Title\n\nNovember 4, 2025 - Pine Valley Post\n\nBody.", "Pine Valley Post", "2025-11-04"),
        (
            "T\nBody.\n\nHarbor Daily News is a reader-supported newsroom covering the region.",
            "Harbor Daily News",
            None,
        ),
        ("T\nBody.\n© 2025 TechWire Daily. All rights reserved.", "TechWire Daily", None),
    ],
)
def test_outlet_from_datelines_self_descriptions_and_copyright(
    text: str, outlet: str, published: str | None
) -> None:
    found, _ = detect_metadata(text)
    assert (found["outlet"], found["published"]) == (outlet, published)


def test_malformed_front_matter_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\nReal Title\nBody.\n", "utf-8")
    loaded = read_article(tmp_path / "bad.md", tmp_path)
    assert loaded.doc is not None and loaded.doc.article.title == "Real Title"
    assert loaded.warning is not None
    assert "front matter is not valid YAML (line 2: ignored)" in loaded.warning


def test_wire_dateline_gives_month_and_day_for_the_story_year() -> None:
    found, partial = detect_metadata("Headline\n\nDUNMORE, April 14 (Kessler News) — Text.\n")
    assert found["published"] is None and partial == (4, 14)

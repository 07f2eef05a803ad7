"""The ledger round-trips through dump and load unchanged (property tests)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from evclaims.ledger_io import dump_ledger, ledger_from_text
from evclaims.models import Article, Claim, Cluster, Conflict, Duplicate, Ledger, Review

text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)
maybe = st.none() | text
span = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))

articles = st.builds(
    Article,
    id=text,
    path=text,
    sha256=text,
    title=maybe,
    outlet=maybe,
    author=maybe,
    published=maybe,
    url=maybe,
    duplicate_of=maybe,
)
claims = st.builds(
    Claim,
    id=text,
    article=text,
    speaker=maybe,
    speaker_kind=st.sampled_from(
        ["person", "organization", "publication", "anonymous", "unattributed"]
    ),
    role=maybe,
    cue=maybe,
    status=st.sampled_from(["asserted", "denied", "declined_comment", "no_response", "confirmed"]),
    text=text,
    quote=maybe,
    span=span,
    content_span=span,
    speaker_span=st.none() | span,
    date=maybe,
    hedged=st.booleans(),
    cluster=maybe,
    duplicate_of=maybe,
    rule=text,
)
reviews = st.builds(
    Review, status=st.sampled_from(["open", "confirmed", "explained", "dismissed"]), note=maybe
)
clusters = st.builds(
    Cluster,
    id=text,
    label=text,
    claims=st.lists(text, max_size=3),
    articles=st.lists(text, max_size=3),
    independent_sources=st.integers(0, 50),
    review=reviews,
)
conflicts = st.builds(
    Conflict,
    id=text,
    kind=st.just("quote_variant"),
    claims=st.lists(text, max_size=3),
    summary=text,
    review=reviews,
)
duplicates = st.builds(
    Duplicate,
    kind=st.just("copy"),
    article=text,
    span=span,
    other_article=text,
    other_span=span,
    similarity=st.floats(0, 1),
)
ledgers = st.builds(
    Ledger,
    articles=st.lists(articles, max_size=3),
    claims=st.lists(claims, max_size=3),
    clusters=st.lists(clusters, max_size=2),
    conflicts=st.lists(conflicts, max_size=2),
    duplicates=st.lists(duplicates, max_size=2),
    synonyms=st.dictionaries(text, st.lists(text, max_size=2), max_size=2),
)


@settings(max_examples=150, deadline=None)
@given(ledgers)
def test_dump_then_load_gives_the_same_ledger_and_text(ledger: Ledger) -> None:
    dumped = dump_ledger(ledger)
    loaded = ledger_from_text(dumped, Path("claims.yaml"))
    assert loaded == ledger
    assert dump_ledger(loaded) == dumped

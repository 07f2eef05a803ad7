"""Normalise words, sample shingles and index them with a cap on boilerplate."""

from __future__ import annotations

from evclaims.shingles import ShingleIndex, Vocabulary, tokenize, word_ids


def test_copy_edits_normalise_to_the_same_words() -> None:
    vocab = Vocabulary()
    edited = word_ids("Ford’s “third-largest” plant —\n\nin Köln", vocab)
    plain = word_ids('FORD\'S "third largest" plant - in Koln', vocab)
    assert edited == plain
    assert len(plain) == 7


def test_tokens_carry_exact_offsets_into_the_raw_text() -> None:
    text = "Hello,\r\n“third-largest” maker"
    tokens = tokenize(text, Vocabulary())
    words = [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)]
    assert words == ["Hello", "third", "largest", "maker"]
    assert tokens.ids == word_ids(text, Vocabulary())


def test_shingle_linking_too_many_documents_is_boilerplate() -> None:
    index = ShingleIndex(max_docs=3)
    for doc in range(5):
        index.add(doc, {10, 20 + doc})
    index.add(0, {99})
    index.add(1, {99})
    assert index.frequency(10) == 4
    assert index.boilerplate([None] * 5) == {10}
    assert index.candidate_pairs({10}, [2] * 5, min_shared=1, min_share=1.0) == [(0, 1)]


def test_outlet_boilerplate_needs_one_outlet_only() -> None:
    index = ShingleIndex()
    for doc in range(3):
        index.add(doc, {7, 100 + doc})
    for doc in range(3, 6):
        index.add(doc, {8})
    outlets = ["Ledger", "Ledger", "Ledger", "Ledger", "Ledger", "Courier"]
    assert index.boilerplate(outlets) == {7}


def test_pairs_sharing_only_boilerplate_need_a_large_share() -> None:
    index = ShingleIndex()
    index.add(0, {1, 2, 3, 4})
    index.add(1, {1, 2, 3, 4})
    index.add(2, {1, 2, 50, 51, 52, 53, 54, 55})
    boiler = {1, 2, 3, 4}
    pairs = index.candidate_pairs(boiler, [4, 4, 8], min_shared=2, min_share=0.3)
    assert pairs == [(0, 1), (0, 2), (1, 2)]
    strict = index.candidate_pairs(boiler, [4, 4, 8], min_shared=2, min_share=0.6)
    assert strict == [(0, 1)]

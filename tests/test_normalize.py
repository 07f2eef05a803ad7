"""Tests for the text normalisation used by the matcher."""

from __future__ import annotations

from evclaims.normalize import (
    Normalizer,
    NumberValue,
    capitalised_runs,
    informative,
    numbers,
    stem,
)


def test_builtin_synonyms_make_paraphrases_equal() -> None:
    n = Normalizer()
    assert n.tokens("an existential threat") == n.tokens("a survival threat")
    assert n.canonical("negotiations") == n.canonical("talks") == n.canonical("discussions")
    assert n.canonical("imported") == n.canonical("imports")
    assert n.canonical("cars") == n.canonical("vehicles")


def test_multiword_synonyms_collapse_to_one_token() -> None:
    n = Normalizer()
    assert n.tokens("a joint venture in the United States") == ["partnership", "us"]


def test_user_synonyms_extend_the_table() -> None:
    plain = Normalizer()
    assert plain.canonical("gigafactory") != plain.canonical("plant")
    extended = Normalizer({"plant": ["gigafactory"]})
    assert extended.canonical("gigafactory") == extended.canonical("plant")


def test_stop_and_reporting_words_and_numbers_are_dropped() -> None:
    n = Normalizer()
    assert n.tokens("Acme said it will cut 1,000 jobs, sources reportedly told reporters") == [
        "acme",
        "cut",
        "job",
        "reporter",
    ]


def test_numbers_are_normalised_by_kind() -> None:
    assert numbers("a 100% tariff") == {NumberValue("percent", 100.0)}
    assert numbers("a $19.5 billion write-down") == {NumberValue("money", 19.5e9)}
    assert numbers("cut 1,000 jobs by 2027") == {
        NumberValue("count", 1000.0),
        NumberValue("year", 2027.0),
    }


def test_stem_folds_inflections() -> None:
    assert stem("batteries") == stem("battery")
    assert stem("licensed") == stem("licensing")


def test_capitalised_runs_skip_sentence_adverbs_and_join_names() -> None:
    runs = capitalised_runs("Meanwhile, Acme Motors met the United States Trade Office.")
    assert runs == ["Acme Motors", "United States Trade Office"]


def test_informative_tells_content_from_bare_references() -> None:
    n = Normalizer()
    assert not informative(n.tokens("Both companies denied the claim."))
    assert informative(n.tokens("Acme denied it plans to close the Ohio plant."))

"""Quantities: percent, money, counts and years, normalised."""

from evclaims.quantities import find_quantities


def quantities(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(q.kind, q.value, q.unit, q.text) for q in find_quantities(text, 0, len(text))]


def test_percent_money_count_year() -> None:
    text = "A 100% tariff, a $19.5 billion charge, 50,000 cars and a launch in 2027."
    assert quantities(text) == [
        ("percent", 100.0, "%", "100%"),
        ("money", 19.5e9, "USD", "$19.5 billion"),
        ("count", 50000.0, None, "50,000"),
        ("year", 2027.0, None, "2027"),
    ]


def test_words_and_scales() -> None:
    assert quantities("8 percent of 3 million dollars") == [
        ("percent", 8.0, "%", "8 percent"),
        ("money", 3e6, "USD", "3 million dollars"),
    ]


def test_stock_codes_and_model_names_are_skipped() -> None:
    assert quantities("BYD (002594) and the YU7 model") == []


def test_day_of_a_date_is_no_count() -> None:
    text = "On Jan. 5 and March 12, 2026 it sold 7 ships; the Mayor 3 cup ran in May."
    assert [(q.kind, q.text) for q in find_quantities(text, 0, len(text))] == [
        ("year", "2026"),
        ("count", "7"),
        ("count", "3"),
    ]

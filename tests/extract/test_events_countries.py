"""Country names to ISO codes outside the actor index (events_countries)."""

from newsledger.extract.events_countries import country_code, states


def test_demonyms_capitals_and_plurals() -> None:
    assert country_code("Filipino") == "PHL"
    assert country_code("Kigali") == "RWA"
    assert country_code("Koreans") == "KOR"


def test_no_partial_word_or_alpha_2_matches() -> None:
    assert country_code("Laurent Gbagbo") is None
    assert country_code("Am") is None
    assert country_code("senior") is None


def test_states_are_iso_codes() -> None:
    assert "FRA" in states() and "UNW" not in states()


def test_names_read_as_country_converter_reads_them() -> None:
    import country_converter as coco

    converter = coco.CountryConverter()
    for name in ("Federal Republic of Germany", "South Korea", "Ivory Coast", "Burma"):
        expected = converter.convert(name, to="ISO3", not_found=None)
        assert country_code(name) == expected


def test_the_pattern_index_tries_every_row_that_matches() -> None:
    from newsledger.extract.events_countries import _by_pattern, _pattern_rows

    names = [
        "Federal Republic of Germany",
        "Republic of China",
        "Democratic Republic of the Congo",
        "United Kingdom",
        "Great Britain",
        "the Taipei government",
        "Bosnia and Herzegovina",
        "Laurent Gbagbo",
        "Associated Press",
        "Côte d'Ivoire",
        "Sen. John McCain",
    ]
    for name in names:
        found = [iso for iso, pattern in _pattern_rows() if pattern.search(name)]
        assert _by_pattern(name) == (found[0] if len(found) == 1 else None), name


def test_short_capitals_read_as_country_converter_reads_them() -> None:
    from newsledger.extract.events_countries import _by_code, _converter

    for key in ("US", "UK", "UN", "EU", "GB", "USA", "RUS", "CNN", "AP", "X", "U.S", "ZZZ"):
        expected = _converter().convert(key, to="ISO3", not_found=None)
        assert (_by_code(key) or key) == expected, key

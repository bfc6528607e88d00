"""The words the search index keeps of a field, and the words a search looks for."""

from __future__ import annotations

from genera_desktop.store.search_index import (
    case_number_words,
    phone_words,
    query_words,
    record_words,
    text_words,
)


def test_names_fold_and_split_at_punctuation_and_count_whole_too() -> None:
    assert text_words("Nicolò") == ["nicolo"]
    assert text_words("D'Angelo", whole=True) == ["d", "angelo", "dangelo"]
    assert text_words("De Santis", whole=True) == ["de", "santis", "desantis"]
    assert text_words("Rossi-Bianchi Ștefania") == ["rossi", "bianchi", "rossibianchi",
                                                    "stefania"]
    # An address is not one word whole: "viaroma1" would find nothing anyone types.
    assert text_words("Via Roma, 1") == ["via", "roma", "1"]
    assert text_words(None) == [] and text_words("  ") == []


def test_a_case_number_is_one_word_and_its_number() -> None:
    # Its point and year alone would make "mo" or "20" match every household of a point.
    assert case_number_words("MON-2026-0042") == ["mon20260042", "0042"]
    assert case_number_words("X1") == ["x1"]


def test_a_phone_is_its_digits_and_again_without_its_country_code() -> None:
    assert phone_words("+39 333 123 4567") == ["393331234567", "3331234567"]
    assert phone_words("+393331234567") == ["393331234567", "3331234567"]
    assert phone_words("0039 030 9612210") == ["00390309612210", "0309612210"]
    assert phone_words("+40 721 123 456") == ["40721123456", "721123456"]
    assert phone_words("030 961 2210") == ["0309612210"]
    assert phone_words("０３０ ９６１") == ["030961"]  # full-width digits count
    assert phone_words("") == [] and phone_words("n/a") == []


def test_a_record_gives_each_word_once_with_its_field() -> None:
    words = record_words("person", ("Rossi", "Maria Rossi", None, "333 1234567"))
    assert words == [("rossi", 0), ("maria", 1), ("rossi", 1), ("mariarossi", 1),
                     ("3331234567", 3)]
    assert record_words("household", ("Via Brescia 7", "Calcinato", "CAL-2026-0001", None)) == [
        ("via", 4), ("brescia", 4), ("7", 4), ("calcinato", 5), ("cal20260001", 6),
        ("0001", 6)]


def test_typed_words_fold_keep_punctuated_words_whole_and_phones_as_digits() -> None:
    assert query_words("NICOLÒ  fer") == ["nicolo", "fer"]
    assert query_words("d'angelo") == ["dangelo"]
    assert query_words("MON-2026-00") == ["mon202600"]
    assert query_words("rossi rossi") == ["rossi"]
    assert query_words("333 123 4567") == ["3331234567"]
    assert query_words("+39 333 1234567") == ["393331234567"]
    assert query_words("100%") == ["100"]
    assert query_words(" -- ") == []


def test_the_triggers_words_are_valid_json_whatever_the_name() -> None:
    """The function the triggers call writes its JSON by hand: words hold letters and
    digits only, so quotes, backslashes and control characters never reach it."""
    import json

    from genera_desktop.store.search_index import PERSON, _words_json

    values = ('O"Brien\\', "Zoë\t\x00Ann", "RSSMRA80A01H501U", "+39 (333) 12-34-567")
    assert [tuple(p) for p in json.loads(_words_json(PERSON, *values))] == record_words(
        "person", values)
    assert json.loads(_words_json(PERSON, None, None, None, None)) == []

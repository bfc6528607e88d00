"""The codice fiscale: classify() against python-codicefiscale, encode(), homocodes."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from codicefiscale import codicefiscale as library
from hypothesis import assume, given
from hypothesis import strategies as st

from genera_desktop.domain.codice_fiscale import (
    InvalidTaxCode,
    classify,
    encode,
    homocode,
    provisional_check_digit,
)

TODAY = date(2026, 11, 25)
MARIO = "RSSMRA80A01F471V"  # Mario Rossi, born in Montichiari on 1 January 1980


@pytest.fixture(autouse=True, scope="module")
def tables_loaded() -> None:
    """Load the library's tables (~0.5 s) before a Hypothesis example, timed, would."""
    classify(MARIO)


def with_check(head: str) -> str:
    """A 15-character head completed by its right check letter."""
    return head + library.encode_cin(head)


def reason(code: str) -> str:
    with pytest.raises(InvalidTaxCode) as info:
        classify(code, today=TODAY)
    return info.value.reason


# -- classify: examples


def test_a_full_code() -> None:
    check = classify(MARIO, today=TODAY)
    assert check.kind == "full"
    assert check.normalized == check.base == MARIO
    assert (check.birth_date, check.sex, check.birthplace) == (date(1980, 1, 1), "M", "Montichiari")


def test_case_and_spaces_are_ignored() -> None:
    assert classify(" rss mra 80a01\tf471v ", today=TODAY).normalized == MARIO


def test_a_woman_born_abroad() -> None:
    code = with_check("PPSLNE85M52Z129")  # Elena Popescu, 12 August 1985, Romania
    check = classify(code, today=TODAY)
    assert (check.birth_date, check.sex, check.birthplace) == (date(1985, 8, 12), "F", "Romania")


def test_a_homocode_keeps_its_letters_and_names_its_base() -> None:
    variant = homocode(MARIO)  # last place digit 1 -> M
    assert variant[:15] == "RSSMRA80A01F47M"
    check = classify(variant, today=TODAY)
    assert check.kind == "homocode"
    assert check.normalized == variant
    assert check.base == MARIO
    assert (check.birth_date, check.birthplace) == (date(1980, 1, 1), "Montichiari")


@pytest.mark.parametrize("substitutions", range(1, 8))
def test_every_depth_of_homocode_goes_back_to_the_same_base(substitutions: int) -> None:
    variant = homocode(MARIO, substitutions)
    assert library.is_omocode(variant)
    assert classify(variant, today=TODAY).base == MARIO


def test_a_provisional_number() -> None:
    check = classify("12345678903", today=TODAY)
    assert (check.kind, check.normalized, check.base) == (
        "provisional",
        "12345678903",
        "12345678903",
    )
    assert (check.birth_date, check.sex, check.birthplace) == (None, None, None)


@pytest.mark.parametrize(
    ("code", "why"),
    [
        ("", "length"),
        ("RSSMRA80A01F471", "length"),
        ("RSSMRA80A01F471VV", "length"),
        ("RSSMRA80A01", "length"),  # a full code typed short, not a provisional one
        ("1234567890", "length"),
        ("RSS-MRA80A01F471V", "characters"),
        ("RSSMRÀ80A01F471V", "characters"),
        ("RSSMRA8AA01F471V", "characters"),  # A is no homocode letter
        ("RSSMRA80F01F471V", "characters"),  # F is no month
        ("1234567890A", "characters"),
        ("00000000000", "characters"),  # the placeholder for "none": tax_code_missing says that
        ("RSSMRA80A01F471X", "check_digit"),
        ("12345678901", "check_digit"),
        (with_check("RSSMRA80A32F471"), "date"),  # 32 January
        (with_check("RSSMRA80B30F471"), "date"),  # 30 February
        (with_check("RSSMRA80A00F471"), "date"),
        (with_check("RSSMRA80A72F471"), "date"),  # a woman born on the 32nd
        (with_check("RSSMRA05A01Z999"), "place"),
        (with_check("RSSMRA05A01F000"), "place"),
    ],
)
def test_invalid_codes_say_why(code: str, why: str) -> None:
    assert reason(code) == why


def test_the_century_is_the_latest_one_not_in_the_future() -> None:
    code = with_check("RSSMRA26T01F471")  # 1 December '26
    assert classify(code, today=TODAY).birth_date == date(1926, 12, 1)
    assert classify(code, today=date(2026, 12, 1)).birth_date == date(2026, 12, 1)
    assert classify(with_check("RSSMRA00B29F471"), today=TODAY).birth_date == date(2000, 2, 29)


def test_a_place_code_assigned_after_the_birth_is_accepted_as_the_library_does() -> None:
    code = with_check("RSSMRA80A01M316")  # Mappano, a comune since 2017
    check = classify(code, today=TODAY)
    assert (check.birth_date, check.birthplace) == (date(1980, 1, 1), "Mappano")


def test_agrees_with_ignores_the_century_and_what_is_not_given() -> None:
    check = classify(MARIO, today=TODAY)
    assert check.agrees_with(date(1980, 1, 1), "M")
    assert check.agrees_with(date(2080, 1, 1))
    assert check.agrees_with()
    assert not check.agrees_with(date(1980, 1, 2))
    assert not check.agrees_with(sex="F")
    assert classify("12345678903").agrees_with(date(1980, 1, 1), "F")


def test_importing_the_module_does_not_load_the_library() -> None:
    probe = (
        "import sys, genera_desktop.domain.codice_fiscale; print('codicefiscale' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- classify: against the library

PLACES = [
    "F471",
    "A034",
    "B394",
    "B450",
    "B817",
    "H230",
    "M070",
    "B157",
    "F205",
    "F839",
    "Z129",
    "Z100",
    "Z330",
    "Z222",
    "Z236",
    "Z138",
    "Z343",
    "Z210",
    "A001",
    "A022",
]
LETTERS = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=6, max_size=6)


@st.composite
def codes(draw: st.DrawFn) -> str:
    """Syntactically valid codes with a right check letter, homocode letters included."""
    day = draw(st.integers(1, 28)) + draw(st.sampled_from([0, 40]))
    head = (
        draw(LETTERS)
        + f"{draw(st.integers(0, 99)):02d}"
        + draw(st.sampled_from("ABCDEHLMPRST"))
        + f"{day:02d}"
        + draw(st.sampled_from(PLACES))
    )
    chars = list(head)
    for i in draw(st.sets(st.sampled_from([6, 7, 9, 10, 12, 13, 14]))):
        chars[i] = "LMNPQRSTUV"[int(chars[i])]
    return with_check("".join(chars))


@given(codes())
def test_classify_reads_codes_as_the_library_decodes_them(code: str) -> None:
    decoded = library.decode(code)
    # The library may read a date later this year as this year's; classify reads it a
    # century earlier. Those codes are compared in the test above.
    assume(decoded["birthdate"].date() <= date.today())
    check = classify(code)
    assert check.kind == ("full" if decoded["omocodes"][0] == code else "homocode")
    assert check.base == decoded["omocodes"][0]
    assert check.birth_date == decoded["birthdate"].date()
    assert check.sex == decoded["gender"]
    assert check.birthplace == decoded["birthplace"]["name"]


@given(st.text("0123456789", min_size=10, max_size=10), st.integers(1, 9))
def test_provisional_check_digit(head: str, shift: int) -> None:
    assume(head != "0" * 10)
    code = head + provisional_check_digit(head)
    assert classify(code).kind == "provisional"
    wrong = head + str((int(code[-1]) + shift) % 10)
    assert reason(wrong) == "check_digit"


# -- encode

NAMES = st.text("abcdefghijklmnopqrstuvwxyzàèéìòùçäöüëïßøłđışăâîțșñ' ", min_size=1, max_size=20)
BIRTHPLACES = [
    "Montichiari",
    "Acquafredda",
    "Calcinato",
    "Calvisano",
    "Carpenedolo",
    "Remedello",
    "Visano",
    "Brescia",
    "Milano",
    "Napoli",
    "Romania",
    "Albania",
    "Marocco",
    "India",
    "Pakistan",
    "Ucraina",
    "Senegal",
    "Polonia",
    "Turchia",
    "Francia",
]


@given(
    NAMES,
    NAMES,
    st.sampled_from("FM"),
    st.dates(date(1925, 1, 1), TODAY),
    st.sampled_from(BIRTHPLACES),
)
def test_encode_matches_the_library(
    last: str, first: str, sex: str, born: date, place: str
) -> None:
    expected = library.encode(last, first, "F" if sex == "F" else "M", born.isoformat(), place)
    assert encode(last, first, sex, born, place) == expected


@given(
    NAMES,
    NAMES,
    st.sampled_from("FM"),
    st.dates(date(1927, 1, 1), TODAY),
    st.sampled_from(BIRTHPLACES),
)
def test_encoded_codes_classify_back(
    last: str, first: str, sex: str, born: date, place: str
) -> None:
    check = classify(encode(last, first, sex, born, place), today=TODAY)
    assert check.kind == "full"
    assert (check.birth_date, check.sex, check.birthplace) == (born, sex, place)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("D'Angelo", "Nicolò", "M", date(2001, 3, 4), "Montichiari"), "DNGNCL01C04F471X"),
        (("Wang", "Li", "F", date(1988, 6, 30), "Cina"), "WNGLIX88H70Z210F"),
        (
            ("Hu", "Wei", "M", date(1990, 1, 1), "Repubblica Popolare Cinese"),
            with_check("HUXWEI90A01Z210"),
        ),
        (("Țurcanu", "Ștefan", "M", date(1979, 5, 5), "Moldavia"), with_check("TRCSFN79E05Z140")),
    ],
)
def test_encode_examples(args: tuple[str, str, str, date, str], code: str) -> None:
    assert encode(*args) == code


def test_encode_refuses_what_it_cannot_encode() -> None:
    with pytest.raises(ValueError):
        encode("Rossi", "Mario", "X", date(1980, 1, 1), "Montichiari")
    with pytest.raises(ValueError):
        encode("Rossi", "Mario", "M", date(1980, 1, 1), "Atlantide")

"""The codice fiscale: classify what was typed, and encode one for demo data.

The tax-code field accepts three cases (domain.md): a full 16-character code, a homocode
(the same with some digits replaced by letters, issued when two people would share a
code), or an 11-digit provisional number. ``classify`` says which, or raises
``InvalidTaxCode`` with a short machine reason the UI turns into words.

python-codicefiscale holds the cadastral and country tables (with the historical comuni)
and computes the check letter. Its ``decode`` builds all 128 homocodes of every code it
reads (about 2 ms each); an import of 150,000 persons cannot afford that, so the syntax,
the check letter and the date are checked here and the library's tables answer the
place, falling back to its ``decode`` only for the rare place code that was not active
on the birth date. The library is imported on first use: its import costs ~80 ms and its
tables ~0.4 s, which the app's start must not pay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Literal

from genera_desktop.domain.errors import GeneraError
from genera_desktop.domain.text import fold

Kind = Literal["full", "homocode", "provisional"]
Sex = Literal["F", "M"]

_MONTHS = "ABCDEHLMPRST"
# The positions of a 16-character code that hold digits, which homocodes replace with
# the letters below (0 -> L ... 9 -> V).
_HOMOCODE_POSITIONS = (6, 7, 9, 10, 12, 13, 14)
_TO_LETTERS = "LMNPQRSTUV"
_TO_DIGITS = str.maketrans(_TO_LETTERS, "0123456789")
_D = "[0-9LMNPQRSTUV]"
_FULL = re.compile(f"[A-Z]{{6}}{_D}{{2}}[{_MONTHS}]{_D}{{2}}[A-Z]{_D}{{3}}[A-Z]")
_PROVISIONAL = re.compile("[0-9]{11}")
_ALNUM = re.compile("[A-Z0-9]*")

# Everyday Italian names of countries that the library only knows by their official
# name; staff type "Cina", not "Repubblica Popolare Cinese". Keys are folded.
_PLACE_ALIASES = {
    "cina": "Repubblica Popolare Cinese",
    "moldavia": "Moldova",
    "repubblica di moldova": "Moldova",
    "russia": "Federazione Russa",
    "stati uniti": "Stati Uniti d'America",
    "usa": "Stati Uniti d'America",
    "macedonia": "Macedonia del Nord",
    "bosnia": "Bosnia-Erzegovina",
    "bosnia ed erzegovina": "Bosnia-Erzegovina",
    "corea del sud": "Repubblica di Corea",
    "gran bretagna": "Regno Unito",
    "inghilterra": "Regno Unito",
}


class InvalidTaxCode(GeneraError):
    """The text is not a tax code. ``reason`` is one of "length", "characters",
    "check_digit", "date", "place"."""

    code = "tax_code"

    def __init__(self, reason: str, value: str = "") -> None:
        super().__init__(f"invalid tax code ({reason}): {value!r}")
        self.reason = reason
        self.value = value


@dataclass(frozen=True, slots=True)
class TaxCodeCheck:
    """What a valid tax code is and what it says about its holder.

    ``base`` is the code with homocode letters turned back into digits (and its check
    letter recomputed): two people whose codes share a base may be the same person.
    For a provisional number ``base`` is the number; date, sex and place are unknown.

    ``birth_date`` has an ambiguous century (a code says "25", not 1925 or 2025): it is
    the most recent reading that is not in the future; compare with ``agrees_with``.
    """

    kind: Kind
    normalized: str
    base: str
    birth_date: date | None = None
    sex: Sex | None = None
    birthplace: str | None = None

    def agrees_with(self, birth_date: date | None = None, sex: str | None = None) -> bool:
        """Whether the given birth date and sex are the ones the code encodes (the
        century aside). Values not given, and provisional codes, always agree."""
        if sex is not None and self.sex is not None and sex != self.sex:
            return False
        if birth_date is None or self.birth_date is None:
            return True
        coded = self.birth_date
        same_day = (birth_date.month, birth_date.day) == (coded.month, coded.day)
        return same_day and birth_date.year % 100 == coded.year % 100


def classify(code: str, *, today: date | None = None) -> TaxCodeCheck:
    """Classify a typed tax code, or raise ``InvalidTaxCode``.

    Spaces anywhere and letter case are ignored; any other stray character is an error.
    Checks, in order: characters (letters and digits only), length (11 or 16), their
    places (digits where digits go), check digit or letter, birth date, birthplace (a
    comune or country code that existed). ``today`` only decides the century of the
    birth date.
    """
    normalized = "".join(code.split()).upper()
    if not _ALNUM.fullmatch(normalized):
        raise InvalidTaxCode("characters", code)
    if len(normalized) == 11 and normalized[0].isdigit():
        return _classify_provisional(normalized)
    # Eleven characters starting with a letter are a full code typed short.
    if len(normalized) != 16:
        raise InvalidTaxCode("length", code)
    if not _FULL.fullmatch(normalized):
        raise InvalidTaxCode("characters", code)
    if _check_letter(normalized) != normalized[15]:
        raise InvalidTaxCode("check_digit", code)

    chars = list(normalized)
    for i in _HOMOCODE_POSITIONS:
        chars[i] = chars[i].translate(_TO_DIGITS)
    root = "".join(chars[:15])
    base = root + _check_letter(root)
    kind: Kind = "full" if base == normalized else "homocode"

    day = int(base[9:11])
    sex: Sex = "F" if day > 40 else "M"
    if day > 40:
        day -= 40
    birth_date, birthplace = _date_and_place(
        int(base[6:8]), _MONTHS.index(base[8]) + 1, day, base, today or date.today()
    )
    if birth_date is None:
        raise InvalidTaxCode("date", code)
    if birthplace is None:
        raise InvalidTaxCode("place", code)
    return TaxCodeCheck(kind, normalized, base, birth_date, sex, birthplace)


def encode(last_name: str, first_name: str, sex: str, birth_date: date, birthplace: str) -> str:
    """Return the codice fiscale of a person (the one without homocode letters).

    ``birthplace`` is an Italian comune ("Montichiari") or a country in Italian
    ("Romania", "Cina"). Names are read in Latin script, accents ignored, as the Agenzia
    does. Raises ``ValueError`` for a sex other than F/M or an unknown place.
    """
    if sex not in ("F", "M"):
        raise ValueError(f"sex must be 'F' or 'M', not {sex!r}")
    day = birth_date.day + (40 if sex == "F" else 0)
    code = (
        _name_part(last_name, is_first_name=False)
        + _name_part(first_name, is_first_name=True)
        + f"{birth_date.year % 100:02d}{_MONTHS[birth_date.month - 1]}{day:02d}"
        + _place_code(birthplace, birth_date)
    )
    return code + _check_letter(code)


def homocode(code: str, substitutions: int = 1) -> str:
    """The homocode the Agenzia issues after ``substitutions`` clashes: that many digits,
    from the right, turned into letters, and the check letter recomputed."""
    if not 0 <= substitutions <= len(_HOMOCODE_POSITIONS):
        raise ValueError(f"a code has {len(_HOMOCODE_POSITIONS)} digits, not {substitutions}")
    chars = list(code[:15])
    for i in _HOMOCODE_POSITIONS[len(_HOMOCODE_POSITIONS) - substitutions :]:
        if chars[i].isdigit():
            chars[i] = _TO_LETTERS[int(chars[i])]
    head = "".join(chars)
    return head + _check_letter(head)


def provisional_check_digit(first_ten: str) -> str:
    """The check digit of an 11-digit provisional code (as for a partita IVA): digits in
    odd positions add up as they are, those in even positions doubled (minus 9 above 9)."""
    total = 0
    for i, ch in enumerate(first_ten):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def _classify_provisional(normalized: str) -> TaxCodeCheck:
    if not _PROVISIONAL.fullmatch(normalized) or normalized == "00000000000":
        # All zeros passes the check digit but is the placeholder people type for "none";
        # the record says that with tax_code_missing instead.
        raise InvalidTaxCode("characters", normalized)
    if provisional_check_digit(normalized[:10]) != normalized[10]:
        raise InvalidTaxCode("check_digit", normalized)
    return TaxCodeCheck("provisional", normalized, normalized)


# -- the library, loaded on first use ----------------------------------------------------


def _library() -> Any:
    from codicefiscale import codicefiscale

    return codicefiscale


# The check letter: characters in odd positions (1st, 3rd...) and in even ones have their
# own values; the sum modulo 26 is the letter. The library's encode_cin does the same
# in 6 us; this takes 1.5 (a test holds them equal).
# fmt: off
_ODD_VALUES = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
), strict=True))
# fmt: on
_EVEN_VALUES = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in _ODD_VALUES}


def _check_letter(code: str) -> str:
    odd, even = _ODD_VALUES, _EVEN_VALUES
    total = sum(odd[c] for c in code[0:15:2]) + sum(even[c] for c in code[1:15:2])
    return chr(65 + total % 26)


@lru_cache(maxsize=4096)
def _place_options(place_code: str) -> tuple[tuple[date, date, str], ...]:
    """(created, deleted, name) of every comune or country that has held the code."""
    from codicefiscale import data

    # The library's private loader caches the tables its decode uses too; the public
    # get_indexed_data() would load a second copy (~0.4 s and tens of MB).
    load = getattr(_library(), "_get_data", data.get_indexed_data)
    options = load()["codes"].get(place_code, [])
    return tuple(
        (
            date.fromisoformat(o["date_created"][:10]) if o["date_created"] else date.min,
            date.fromisoformat(o["date_deleted"][:10]) if o["date_deleted"] else date.max,
            str(o["name"]),
        )
        for o in options
    )


def _date_and_place(
    yy: int, month: int, day: int, base: str, today: date
) -> tuple[date | None, str | None]:
    """The birth date and place of a code as the library's ``decode`` reads them, except
    that a date later this year is read a century earlier (the library compares only
    years: in November it would read "26T01" as born next month)."""
    century = today.year // 100 * 100
    for year in (century + yy, century + yy - 100):
        born = _date_or_none(year, month, day)
        if born is None or born > today:
            continue
        options = _place_options(base[11:15])
        if not options:
            return born, None
        for created, deleted, name in options:
            if created <= born <= deleted:
                return born, name
        return _decode_slowly(base, born, today)
    return None, None


def _decode_slowly(base: str, born: date, today: date) -> tuple[date, str | None]:
    """Let the library decide when the place code was not active on the birth date: it
    accepts codes assigned after a birth, or reads the date a century earlier."""
    try:
        decoded = _library().decode(base)
    except ValueError:
        return born, None
    read = decoded["birthdate"].date()
    if read > today:
        read = _date_or_none(read.year - 100, read.month, read.day) or born
    return read, str(decoded["birthplace"]["name"])


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=8192)  # names repeat: the demo data draw from a few hundred
def _name_part(name: str, *, is_first_name: bool) -> str:
    letters = [c for c in fold(name) if "a" <= c <= "z"]
    consonants = [c for c in letters if c not in _VOWELS]
    vowels = [c for c in letters if c in _VOWELS]
    if is_first_name and len(consonants) > 3:
        # First names with four or more consonants take the 1st, 3rd and 4th.
        del consonants[1]
    return "".join((consonants + vowels + ["x", "x", "x"])[:3]).upper()


# What each place name was found to mean: (from, to, code) periods learnt from the
# library. One library call costs ~0.5 ms; the demo data encode 120,000 codes.
_LEARNT_PLACES: dict[str, list[tuple[date, date, str]]] = {}


def _place_code(birthplace: str, birth_date: date) -> str:
    learnt = _LEARNT_PLACES.get(birthplace)
    if learnt is None:
        learnt = _LEARNT_PLACES[birthplace] = []
    for start, end, code in learnt:
        if start <= birth_date <= end:
            return code
    place = _PLACE_ALIASES.get(fold(birthplace.replace("’", "'")), birthplace)
    born = datetime(birth_date.year, birth_date.month, birth_date.day)
    code = str(_library().encode_birthplace(place, born))
    # Any date in the same period of that code gets the same answer, unless two places
    # of the same name held different codes at once (the library picks either then).
    for start, end, _name in _place_options(code):
        if start <= birth_date <= end:
            learnt.append((start, end, code))
            break
    return code

"""Text keys for search and matching: names folded to plain lower case, phones to digits.

Both run on every write of a person (and on a whole import), so the common case, plain
ASCII, takes a fast path that never touches ``unicodedata``.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not split into a base letter plus a mark, so stripping marks
# alone would keep them. Lower-case only: the text is case-folded first.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ı": "i",
        "ł": "l",
        "ŀ": "l",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ƒ": "f",
        "ĸ": "k",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ʼ": "'",
        "’": "'",
        "‘": "'",
    }
)

# The combining marks of Latin, Greek and Cyrillic text (accents, cedillas, the Romanian
# comma below, Arabic short vowels) that NFKD leaves behind its base letters. Non-Latin
# letters themselves stay: a Chinese or Cyrillic name must still be searchable.
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)

_NOT_DIGIT = re.compile("[^0-9]")


def fold(s: str) -> str:
    """Return ``s`` as a search key: lower case, accents removed, whitespace collapsed.

    "Nicolò" -> "nicolo", "Ștefan" -> "stefan", "Łukasz" -> "lukasz", "Straße" ->
    "strasse". Idempotent: ``fold(fold(s)) == fold(s)``.
    """
    if s.isascii():
        return " ".join(s.lower().split())
    # Case-fold between two decompositions: casefold may produce letters that decompose
    # further (and "ß" becomes "ss" here), NFKD also flattens ligatures and full-width forms.
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", s).casefold())
    s = _MARKS.sub("", s.translate(_LETTERS))
    return " ".join(s.split())


def digits(s: str) -> str:
    """Return only the digits of ``s`` (ASCII 0-9), for matching phone numbers.

    Full-width digits count as digits; the international prefix is kept as typed, so
    the caller decides how to compare "+39 333..." with "333...".
    """
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s)
    return _NOT_DIGIT.sub("", s)


def full_name(last: object, first: object) -> str:
    """"Cognome Nome", as Italian lists and forms write a person; the parts there are."""
    return " ".join(str(p).strip() for p in (last, first) if p and str(p).strip())

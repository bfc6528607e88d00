"""Passwords nobody should pick: the commonest, and what they are made of.

A password here unlocks the store's key on a laptop that may be stolen: an attacker
tries the passwords people use most before anything else. ``is_common`` refuses them the
way NIST SP 800-63B asks (a list of commonly used passwords, repeated or sequential
characters, words of the service itself), without asking for symbol salads.

Source of the words: the top of two published lists of passwords seen in breaches,
read in 2026 and reduced by hand to the words they are made of (digits and symbols at
the ends dropped, so "password1" and "Password2024!" are both "password"): the UK
NCSC's 100,000 most used passwords (from Have I Been Pwned, 2019) and the
10k-most-common list of SecLists (Mark Burnett's data); with the Italian favourites
those lists rank high for Italy (football clubs, first names, amore, ciao) and the
words of this programme. A short list on purpose: the length rule (10 characters) has
already removed the bulk of every such list.
"""

from __future__ import annotations

import re

MIN_LENGTH = 10

# Whole passwords of 10 or more characters near the top of the lists: keyboard and
# digit patterns the rules below do not already catch.
COMMON_PASSWORDS = frozenset({
    "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "q1w2e3r4t5y6", "1qaz2wsx3edc",
    "1qazxsw23edc", "zaq12wsxcde3", "qazwsxedcrfv", "qweasdzxc123", "123qweasdzxc",
    "1234qwerasdf", "qwer1234asdf", "a1s2d3f4g5h6", "1a2b3c4d5e", "147258369",
    "1472583690", "7894561230", "1234512345", "1234554321", "1122334455", "1029384756",
    "0147258369", "9638527410", "123454321", "1234567890a", "a1234567890",
    "123456789a", "123456789q", "123456789z", "123456789m", "qwerty123456",
    "qwertyuiop123", "asdfghjkl123", "zxcvbnm123", "12345qwert", "12345qwerty",
    "qwert12345", "qwerty12345", "qwerty1234", "iloveyou12", "password12",
    "password123", "password1234", "passw0rd123", "p@ssw0rd123", "abc1234567",
    "abcd123456", "abcde12345", "123456abcd", "1234567abc", "asdfghjkl1",
    "1234567891", "12345678910", "1234567899", "0123456789", "9876543210",
    "1123581321", "3141592653", "31415926535", "4815162342",
})

# The words common passwords are made of. A password that is one of them (or one
# repeated), with at most digits and symbols around it, is refused.
COMMON_WORDS = frozenset({
    # The top of the lists.
    "password", "passwort", "motdepasse", "passw0rd", "qwerty", "qwertz", "azerty",
    "qwertyuiop", "azertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm", "qazwsx", "qweasd",
    "iloveyou", "iloveu", "loveyou", "princess", "monkey", "dragon", "football",
    "baseball", "basketball", "soccer", "sunshine", "superman", "batman", "spiderman",
    "welcome", "letmein", "admin", "administrator", "master", "shadow", "michael",
    "jessica", "charlie", "trustno1", "whatever", "starwars", "computer", "internet",
    "liverpool", "chelsea", "arsenal", "barcelona", "realmadrid", "manchester",
    "pokemon", "naruto", "minecraft", "butterfly", "chocolate", "flower", "freedom",
    "secret", "summer", "winter", "hello", "abc", "abcd", "test", "testing", "guest",
    "changeme", "default", "login", "user", "root", "access", "killer", "hunter",
    "tigger", "ginger", "pepper", "cookie", "banana", "samsung", "google", "facebook",
    "linkedin", "myspace", "blink182", "metallica", "slipknot", "eminem", "jordan",
    "jesus", "christ", "angel", "lovely", "love", "babygirl", "family", "forever",
    "friends", "matrix", "mustang", "ferrari", "mercedes", "porsche", "yamaha",
    "harley", "corvette", "thunder", "diamond", "silver", "golden", "rainbow",
    "purple", "orange", "yellow", "cheese", "pizza", "money", "lucky", "happy",
    "hockey", "tennis", "fishing", "player", "legend", "warrior", "phoenix", "merlin",
    "gandalf", "wizard", "zombie", "ninja", "qwer", "asdf", "zxcv",
    # Italian favourites.
    "amore", "amoremio", "tiamo", "tivogliobene", "ciao", "ciaociao", "ciaone",
    "juventus", "forzajuve", "juve", "milan", "forzamilan", "acmilan", "inter",
    "forzainter", "internazionale", "napoli", "forzanapoli", "roma", "forzaroma",
    "lazio", "fiorentina", "torino", "brescia", "italia", "forzaitalia", "azzurri",
    "francesco", "giuseppe", "alessandro", "alessandra", "andrea", "antonio", "marco",
    "matteo", "lorenzo", "luca", "giovanni", "stefano", "davide", "simone", "federico",
    "giulia", "chiara", "martina", "francesca", "valentina", "federica", "elena",
    "silvia", "sara", "laura", "giorgia", "alice", "sofia", "aurora", "principessa",
    "tesoro", "tesorino", "cucciolo", "stellina", "vittoria", "libero", "parola",
    "parolachiave", "parolasegreta", "passwordsegreta", "benvenuto", "benvenuti",
    "cambiami", "entrare", "accesso", "utente", "amministratore", "prova", "provaprova",
    # This programme's own words.
    "genera", "comunita", "puntodicomunita", "custode", "custodesociale", "operatore",
    "accoglienza", "coordinamento", "montichiari", "acquafredda", "calcinato",
    "calvisano", "carpenedolo", "remedello", "visano", "bassabresciana",
})

# Keyboard rows and runs: ten characters in a row of any of them are refused.
_RUNS = ("0123456789", "1234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
         "zxcvbnm", "qwertzuiop", "azertyuiop", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p")
_ENDS = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i"})


def is_common(password: str, *, also: tuple[str, ...] = ()) -> bool:
    """Whether a password is one people use most, or made like one: a common word (or
    one of ``also``: the user's names) with at most digits and symbols around it or in
    place of letters, one character or a short group repeated, a run of the keyboard
    or of the alphabet or digits."""
    folded = password.casefold()
    if folded in COMMON_PASSWORDS or _repeated(folded) or _run(folded):
        return True
    names = {_letters(a.casefold()) for a in also}
    words = COMMON_WORDS | {n for n in names if len(n) >= 3}
    core = _ENDS.sub("", folded)
    for candidate in {core, _ENDS.sub("", core.translate(_LEET))}:
        for form in {candidate, _letters(candidate)}:
            if len(form) < 3:
                continue
            if form in words or _repeated_word(form, words) or (len(form) >= 6 and _run(form)):
                return True
    return False


def _letters(text: str) -> str:
    """Text without spaces, dots, dashes and the like: "m.rossi" as "mrossi"."""
    return re.sub(r"[\W_]+", "", text)


def _repeated(text: str) -> bool:
    """One character or a group of up to five repeated: aaaaaaaaaa, 1212121212."""
    return any(len(text) % size == 0 and text == text[:size] * (len(text) // size)
               for size in range(1, 6) if len(text) > size)


def _repeated_word(core: str, words: frozenset[str] | set[str]) -> bool:
    """A common word twice or more: passwordpassword, ciaociaociao."""
    for size in range(3, len(core) // 2 + 1):
        if len(core) % size == 0 and core[:size] in words and core == core[:size] * (
                len(core) // size):
            return True
    return False


def _run(text: str) -> bool:
    """The whole text is consecutive characters of a keyboard row, the alphabet or the
    digits, forwards or backwards."""
    if len(text) < 4:
        return False
    return any(text in run or text in run[::-1] for run in _RUNS)

"""Field errors in plain Italian for the forms of the household pages.

``ui/messages.py`` holds the app's sentences for every error code; this module adds only
what a field-by-field form needs on top: the reason a codice fiscale is wrong, and the
short notes said under a tax-code field while it is typed. Everything else is delegated,
so there is still one sentence per code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genera_desktop.domain.codice_fiscale import TaxCodeCheck
from genera_desktop.domain.errors import FieldError
from genera_desktop.ui import messages

translate = QCoreApplication.translate


def _tax_code_reasons() -> dict[str, str]:
    return {
        "length": translate("errors", "servono 16 caratteri, o 11 cifre per un codice provvisorio"),
        "characters": translate("errors", "contiene caratteri non ammessi o fuori posto"),
        "check_digit": translate("errors", "carattere di controllo errato"),
        "check": translate("errors", "carattere di controllo errato"),
        "date": translate("errors", "la data di nascita non esiste"),
        "place": translate("errors", "il codice del luogo di nascita non esiste"),
    }


def field_message(err: FieldError) -> str:
    """What is wrong with one field, as said right under it."""
    if err.code == "tax_code":
        text = _tax_code_reasons().get(err.detail)
        if text is None:
            return translate("errors", "Codice fiscale non valido")
        return translate("errors", "Codice fiscale non valido: {reason}").format(reason=text)
    if err.code == "date_format":
        return translate("errors", "Data non valida: scrivere gg/mm/aaaa, es. 31/12/2025")
    if err.code == "unknown_reference":
        return translate("errors", "Il dato collegato non esiste più")
    return messages.field_message(err)


def tax_code_note(check: TaxCodeCheck) -> str:
    """What a valid code is, said under the field (not an error)."""
    if check.kind == "provisional":
        return translate("errors", "Codice provvisorio (11 cifre)")
    if check.kind == "homocode":
        return translate("errors", "Codice fiscale valido (omocodia)")
    return translate("errors", "Codice fiscale valido")


def birth_mismatch() -> str:
    """Under a birth date or sex that the codice fiscale contradicts."""
    return translate("errors", "Non corrisponde al codice fiscale")

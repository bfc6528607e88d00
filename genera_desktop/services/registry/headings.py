"""The headings of an import file: the importer's column names, or Italian ones.

Staff write «Cognome», «Codice fiscale», «Rif. nucleo» at the top of their sheets, not
``last_name``: both are read, compared without case, accents or punctuation. Which
column each heading was read as is said before anything is imported (the import
dialog shows it; the command line names the Italian ones it read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from genera_desktop.domain.text import fold
from genera_desktop.services.registry.tabular import BadFile, read_headings

# Italian headings, as heading_key writes them, and the column each one is.
ITALIAN: dict[str, str] = {
    # The household's reference: rows sharing it form one household.
    **dict.fromkeys((
        "nucleo", "rif_nucleo", "riferimento_nucleo", "riferimento_del_nucleo",
        "nucleo_familiare", "id_nucleo", "codice_nucleo", "n_nucleo", "no_nucleo",
        "numero_nucleo", "famiglia", "rif_famiglia", "id_famiglia",
    ), "household_ref"),
    **dict.fromkeys(("punto", "punto_di_comunita", "punto_comunita", "codice_punto"),
                    "point"),
    **dict.fromkeys(("comune", "comune_di_residenza", "comune_residenza"), "municipality"),
    **dict.fromkeys(("indirizzo", "via", "indirizzo_di_residenza"), "address"),
    **dict.fromkeys(("scala_interno", "interno", "scala"), "flat"),
    **dict.fromkeys(("telefono", "tel", "telefono_nucleo", "recapito_telefonico"),
                    "phone"),
    **dict.fromkeys(("e_mail", "mail", "posta_elettronica"), "email"),
    **dict.fromkeys(("contesto_abitativo", "contesto"), "housing_context"),
    "stato": "status",
    **dict.fromkeys(("pratica", "n_pratica", "numero_pratica", "no_pratica"), "case_number"),
    **dict.fromkeys(("data_registrazione", "data_di_registrazione", "registrato_il"),
                    "registered_on"),
    "note": "notes",
    "nome": "first_name",
    "cognome": "last_name",
    **dict.fromkeys(("codice_fiscale", "cod_fiscale", "cf", "c_f"), "tax_code"),
    "senza_codice_fiscale": "tax_code_missing",
    **dict.fromkeys(("data_di_nascita", "data_nascita", "nato_il", "nata_il", "nato_a_il"),
                    "birth_date"),
    **dict.fromkeys(("luogo_di_nascita", "luogo_nascita", "nato_a", "nata_a"),
                    "birth_place"),
    "sesso": "sex",
    **dict.fromkeys(("cittadinanza", "nazionalita"), "citizenship"),
    "permesso_di_soggiorno": "residence_permit",
    "stato_civile": "marital_status",
    **dict.fromkeys(("titolo_di_studio", "istruzione"), "education"),
    **dict.fromkeys(("condizione_lavorativa", "lavoro", "occupazione"), "work_status"),
    **dict.fromkeys(("cellulare", "telefono_persona", "cellulare_persona"), "person_phone"),
    **dict.fromkeys(("e_mail_persona", "email_persona", "mail_persona"), "person_email"),
    **dict.fromkeys(("parentela", "relazione", "relazione_con_la_persona_di_riferimento",
                     "grado_di_parentela"), "relation"),
    **dict.fromkeys(("persona_di_riferimento", "riferimento", "capofamiglia",
                     "intestatario"), "is_reference"),
    "note_persona": "person_notes",
}

_NOT_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Heading:
    """One heading of a file: as written there, and the column it is read as (None: not
    a column the importer knows)."""

    text: str
    column: str | None


def heading_key(text: object) -> str:
    """A heading compared without case, accents, spaces or punctuation:
    "Punto di Comunità" -> "punto_di_comunita", "Rif. nucleo" -> "rif_nucleo"."""
    return _NOT_WORD.sub("_", fold("" if text is None else str(text))).strip("_")


def column_for(heading: object, columns: tuple[str, ...]) -> str | None:
    """The importer's column a heading names (its own name, or an Italian one)."""
    key = heading_key(heading)
    if key in columns:
        return key
    return ITALIAN.get(key)


def recognise(headings: list[str], columns: tuple[str, ...]) -> list[Heading]:
    """Each heading with the column it is read as. Two headings read as one column are
    refused (``BadFile`` "duplicate_column", line 1): which one to believe?"""
    out = [Heading(h, column_for(h, columns)) for h in headings]
    seen: dict[str, str] = {}
    for heading in out:
        if heading.column is None:
            continue
        if heading.column in seen:
            raise BadFile("duplicate_column",
                          f"{seen[heading.column]} / {heading.text}", 1)
        seen[heading.column] = heading.text
    return out


def file_headings(path: Path, columns: tuple[str, ...]) -> list[Heading]:
    """The headings of an import file (the keys of a JSON Lines file) and what each is
    read as, from its first line alone: what to show before importing it."""
    return recognise(read_headings(path), columns)


def translated(headings: list[Heading]) -> list[Heading]:
    """The headings read as a column under another name (the Italian ones)."""
    return [h for h in headings if h.column is not None and h.text != h.column]

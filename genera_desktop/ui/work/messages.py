"""The work plan's refusals and field errors in the window's words (ui/messages.py asks
here first): the regional minimum with its amount, the months an internship may last,
the incentive and the days it is valid, so the operator sees the reason, not only that
the record was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from genera_desktop.domain.errors import FieldError, Refused
from genera_desktop.domain.money import euro_on_screen as _euro

translate = QCoreApplication.translate


def _day(iso: str) -> str:
    from genera_desktop.ui.common.rows import format_date

    return format_date(iso) if iso else ""


def refusal_text(err: Refused) -> str | None:
    """The sentence for a work-plan refusal, with its amounts and dates; None for
    another code."""
    parts = (err.detail.split("|") + ["", "", "", ""])[:4]
    if err.code == "allowance_below_minimum":
        return translate(
            "WorkMessages", "L'indennità mensile ({given}) è sotto il minimo regionale che "
                            "si applica a questo tirocinio ({least}).").format(
            given=_euro(parts[0]), least=_euro(parts[1]))
    if err.code == "month_outside_internship":
        return translate(
            "WorkMessages", "Il mese è fuori dal tirocinio (da {first} a {last}).").format(
            first=parts[0], last=parts[1])
    if err.code == "incentive_not_valid":
        return translate(
            "WorkMessages", "L'incentivo {code} non vale alla data dell'assunzione "
                            "({day}).").format(code=parts[0], day=_day(parts[3]))
    texts = {
        "profile_exists": translate(
            "WorkMessages", "Questa persona ha già un profilo lavoro: modificare quello."),
        "vacancy_host": translate(
            "WorkMessages", "Un'offerta di lavoro è di un'impresa o di un'agenzia per il "
                            "lavoro."),
        "already_candidate": translate(
            "WorkMessages", "Questa persona è già candidata a questa offerta."),
        "no_job_profile": translate(
            "WorkMessages", "Questa persona non ha un profilo lavoro: crearlo prima."),
        "internship_too_short": translate(
            "WorkMessages", "Un tirocinio dura almeno {detail} mesi."),
        "internship_too_long": translate(
            "WorkMessages", "Per questa persona un tirocinio dura al massimo {detail} mesi."),
        "incentive_unknown": translate(
            "WorkMessages", "L'incentivo {detail} non è nel catalogo degli incentivi."),
        "incentive_code_taken": translate(
            "WorkMessages", "Esiste già un incentivo con il codice {detail}."),
        "cv_consent_needed": translate(
            "WorkMessages", "Il profilo non registra il consenso della persona a condividere "
                            "il curriculum: la scheda non si stampa."),
        "month_exists": translate(
            "WorkMessages", "Questo mese del tirocinio è già registrato: modificare quello."),
        "course_not_completed": translate(
            "WorkMessages", "L'iscrizione al corso non è ancora completata."),
        "allowance_needed": translate(
            "WorkMessages", "Questo tirocinio ha un'indennità minima regionale ({detail}): "
                            "l'indennità non si può togliere."),
        "hiring_internship_other_person": translate(
            "WorkMessages", "Il tirocinio indicato è di un'altra persona."),
        "already_in_course": translate(
            "WorkMessages", "Questa persona è già iscritta a questo corso."),
    }
    text = texts.get(err.code)
    if text is None:
        return None
    detail = _euro(err.detail) if err.code == "allowance_needed" else err.detail
    return text.replace("{detail}", detail)


def field_text(err: FieldError) -> str | None:
    """What is wrong with a work-plan field, as shown under it; None for another code."""
    texts = {
        "occupations_code": translate(
            "WorkMessages", "Non è una professione del catalogo"),
        "skills_code": translate("WorkMessages", "Non è una competenza del catalogo"),
        "language_level": translate(
            "WorkMessages", "Scrivere la lingua con il livello, es. it:C1 o en:A2"),
        "before_field": translate("WorkMessages", "Non può essere prima dell'inizio"),
        "before_start": translate("WorkMessages", "Non può essere prima dell'inizio"),
        "hours_range": translate("WorkMessages", "Più di 0 e al massimo {detail} ore"),
        "at_least": translate("WorkMessages", "Almeno {detail}"),
        "month_format": translate("WorkMessages", "Scrivere il mese come AAAA-MM"),
        "days_count": translate(
            "WorkMessages", "Deve essere uguale al numero dei giorni segnati ({detail})"),
        "day_repeated": translate("WorkMessages", "Il giorno {detail} è segnato due volte"),
    }
    text = texts.get(err.code)
    return None if text is None else text.replace("{detail}", err.detail)

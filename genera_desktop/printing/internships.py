"""An internship's forms: the individual training project (progetto formativo) and the
month's attendance sheet to sign, one row per calendar day.

Pure functions of plain dicts, as services/work/prints.py reads them from the store.
Italian, A4 portrait, dd/mm/yyyy, the footer and signatures of every form (layout.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from genera_desktop.domain.days import month_text
from genera_desktop.domain.holidays import holidays, month_days
from genera_desktop.printing.flowables import SHADE
from genera_desktop.printing.layout import (
    CONTENT_WIDTH,
    Field,
    PrintContext,
    data_table,
    field_row,
    fmt_date,
    fmt_euro,
    gap,
    keep_together,
    person_name,
    qr_corner,
    render,
    section,
    signature_boxes,
    strut,
    text,
    title_block,
    write_box,
)

PROJECT_TITLE = "Progetto formativo individuale – tirocinio"
SHEET_TITLE = "Registro mensile delle presenze – tirocinio"
TYPES = {"extracurricular": "extracurriculare", "inclusion": "di inclusione"}
WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
# Why the minimum allowance is what it is (services/work/internship_rules.py codes).
MINIMUM_REASONS = {
    "standard": "minimo regionale",
    "meals": "minimo con pasti forniti",
    "short_day": "minimo per un impegno fino a 4 ore al giorno",
    "public_host": "minimo presso un ente pubblico",
    "inclusion": "tirocinio di inclusione: nessun minimo regionale",
}


def _hours(value: object) -> str:
    if value is None or value == "":
        return ""
    return f"{float(str(value)):g}".replace(".", ",")


def _organisation_fields(org: dict[str, Any] | None, tutor: object) -> list[Flowable]:
    org = org or {}
    place = ", ".join(str(p) for p in (org.get("address"), org.get("municipality")) if p)
    return [
        field_row([Field("Denominazione", org.get("name"), 2.2),
                   Field("Partita IVA / codice fiscale",
                         org.get("vat_number") or org.get("tax_code"), 1.2)]),
        field_row([Field("Sede", place, 2.2), Field("Codice ATECO", org.get("ateco"), 0.6),
                   Field("Addetti", org.get("employees"), 0.6)]),
        field_row([Field("Tutor", tutor, 2.2), Field("Telefono", org.get("phone"), 1.2)]),
    ]


def training_project(ctx: PrintContext, internship: dict[str, Any], person: dict[str, Any],
                     household: dict[str, Any] | None, host: dict[str, Any] | None,
                     promoter: dict[str, Any] | None, minimum: dict[str, Any]) -> bytes:
    """The progetto formativo of an internship as PDF bytes.

    ``minimum`` says the regional minimum that applied: ``amount`` (None for inclusion),
    ``reason`` (a MINIMUM_REASONS code) and ``rule`` (the act); ``months`` the length.
    """
    home = household or {}
    kind = TYPES.get(str(internship.get("internship_type") or ""), "")
    lines = [f"<b>{text(person_name(person))}</b>",
             f"Tirocinio {text(kind)} dal {fmt_date(internship.get('start_date'))} "
             f"al {fmt_date(internship.get('end_date'))}"]
    corner = qr_corner(f"genera:internship:{internship.get('id', '')}", "Tirocinio")
    residence = ", ".join(str(p) for p in (home.get("address"), home.get("municipality")) if p)
    amount = minimum.get("amount")
    why = MINIMUM_REASONS.get(str(minimum.get("reason") or ""), "")
    least = (f"{fmt_euro(amount)} al mese ({why})" if amount is not None else why)
    story: list[Flowable] = [
        title_block("Progetto formativo individuale", lines, corner), gap(3 * mm),
        section("Tirocinante"),
        field_row([Field("Cognome e nome", person_name(person), 2.2),
                   Field("Codice fiscale", person.get("tax_code"), 1.2)]),
        field_row([Field("Nato/a il", fmt_date(person.get("birth_date")), 0.8),
                   Field("a", person.get("birth_place"), 1.4),
                   Field("Residenza", residence, 2.0)]),
        gap(), section("Soggetto promotore"),
        *_organisation_fields(promoter, internship.get("promoter_tutor")),
        gap(), section("Soggetto ospitante"),
        *_organisation_fields(host, internship.get("host_tutor")),
        gap(), section("Periodo e impegno"),
        field_row([Field("Inizio", fmt_date(internship.get("start_date")), 1),
                   Field("Fine", fmt_date(internship.get("end_date")), 1),
                   Field("Durata (mesi)", _hours(round(float(minimum.get("months") or 0), 1)), 1),
                   Field("Ore al giorno", _hours(internship.get("hours_per_day")), 1),
                   Field("Tipo", kind, 1.2)]),
        gap(), section("Indennità di partecipazione"),
        field_row([Field("Indennità mensile", fmt_euro(internship.get("monthly_allowance")), 1),
                   Field("Pasti forniti", "sì" if internship.get("meals_provided") else "no",
                         0.6),
                   Field("Minimo che si applica", least, 2.4)]),
        field_row([Field("Regole applicate", minimum.get("rule"))]),
        write_box("L'indennità è dovuta per intero con una partecipazione di almeno l'80% "
                  "dei giorni previsti nel mese, in proporzione sotto.",
                  "Erogata mensilmente sulla base del registro presenze firmato."),
        gap(), section("Obiettivi e attività del tirocinio"),
        write_box("Obiettivi formativi", None, 4),
        write_box("Attività previste", None, 4),
        gap(4 * mm),
        keep_together([section("Firme"),
                       signature_boxes(["Il/la tirocinante", "Il soggetto promotore",
                                        "Il soggetto ospitante"])]),
    ]
    return render(ctx, story, title=PROJECT_TITLE, ref=person_name(person), filled=True)


DAY_ROW = 6.1 * mm
SHEET_WIDTHS = (24 * mm, 20 * mm, 16 * mm, 16 * mm, 13 * mm, 20 * mm,
                CONTENT_WIDTH - 109 * mm)
SHEET_HEADER = ("Data", "Giorno", "Entrata", "Uscita", "Ore", "Presente",
                "Firma del/la tirocinante")
TICK = "✓"  # DejaVu Sans has it (printing/fonts.py)


def _or_line(value: object) -> object:
    """A value, or one line's room to write it: a form's usual room would push a
    31-day month's signatures onto a second page."""
    return strut(LINE_ROOM) if value is None or value == "" else value


LINE_ROOM = 4.5 * mm


def month_sheet(ctx: PrintContext, internship: dict[str, Any], person: dict[str, Any],
                host: dict[str, Any] | None, month: str,
                recorded: dict[str, Any] | None) -> bytes:
    """The attendance sheet of one month of an internship as PDF bytes: the trainee and
    the host, one row per calendar day (dd/mm/yyyy) to fill and sign, the month's totals
    and the tutors' signatures. ``recorded`` is the month's record, if entered."""
    year, number = (int(x) for x in month.split("-"))
    title_month = month_text(month)
    lines = [f"<b>{text(person_name(person))}</b>",
             f"Ospitante: {text((host or {}).get('name'))} – mese di {title_month}"]
    corner = qr_corner(f"genera:internship:{internship.get('id', '')}:{month}", "Mese")
    recorded = recorded or {}
    # The days attended, when the days grid entered them, are ticked; else the column
    # is left for the tutor to fill by hand.
    attended = set(recorded.get("attended_days") or ())
    rows: list[list[object]] = []
    marks: list[tuple[Any, ...]] = []
    first, last = str(internship.get("start_date") or ""), str(internship.get("end_date") or "")
    public = holidays(year)
    for number, day in enumerate(month_days(month), start=1):
        row: list[object] = [fmt_date(day), WEEKDAYS[day.weekday()],
                             "festivo" if day in public else strut(DAY_ROW - 7), "", "",
                             TICK if day.day in attended else "", ""]
        # The tutor sees at a glance which days are not working days, and which fall
        # outside the internship (its first and last month).
        if day.weekday() >= 5 or day in public:
            marks.append(("BACKGROUND", (0, number), (-1, number), SHADE))
        if (first and day.isoformat() < first) or (last and day.isoformat() > last):
            row[2:6] = ["fuori dal tirocinio", "", "", ""]
            marks.append(("SPAN", (2, number), (5, number)))
        rows.append(row)
    story: list[Flowable] = [
        title_block("Registro mensile delle presenze", lines, corner), gap(2 * mm),
        field_row([Field("Tutor aziendale", _or_line(internship.get("host_tutor")), 1.5),
                   Field("Tutor del promotore", _or_line(internship.get("promoter_tutor")),
                         1.5),
                   Field("Ore al giorno", _or_line(_hours(internship.get("hours_per_day"))),
                         0.7)]),
        gap(2 * mm),
        data_table(SHEET_HEADER, rows, SHEET_WIDTHS,
                   [("TOPPADDING", (0, 1), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 1.2), *marks]),
        gap(3 * mm),
        keep_together([
            field_row([Field("Giorni previsti", _or_line(recorded.get("days_expected")), 1),
                       Field("Giorni di presenza", _or_line(recorded.get("days_attended")),
                             1),
                       Field("Ore totali", _or_line(None), 1)]),
            # Compact, so that the month, its totals and the signatures fit one page.
            field_row([Field("Firma del/la tirocinante", strut(9 * mm), 1),
                       Field("Firma del tutor aziendale", strut(9 * mm), 1),
                       Field("Firma del tutor del promotore", strut(9 * mm), 1)]),
        ]),
    ]
    return render(ctx, story, title=SHEET_TITLE,
                  ref=f"{person_name(person)} – {title_month}", filled=True)


CV_TITLE = "Scheda curriculum – piano lavoro"

# The languages a profile names by ISO 639 code (``it:C1``), as a company reads them: the
# commonest among the programme's families; another code is printed as it is.
LANGUAGE_NAMES = {
    "it": "italiano", "en": "inglese", "fr": "francese", "es": "spagnolo", "de": "tedesco",
    "pt": "portoghese", "ro": "romeno", "sq": "albanese", "ar": "arabo", "uk": "ucraino",
    "ru": "russo", "pl": "polacco", "zh": "cinese", "ur": "urdu", "hi": "hindi",
    "pa": "punjabi", "bn": "bengalese", "wo": "wolof", "tr": "turco", "sr": "serbo",
    "hr": "croato", "bg": "bulgaro", "mk": "macedone", "tl": "tagalog", "ff": "fula",
    "tw": "twi", "ha": "hausa", "ti": "tigrino", "so": "somalo", "am": "amarico",
    "fa": "persiano", "ps": "pashto", "ku": "curdo", "ml": "malayalam", "ta": "tamil",
    "si": "singalese", "nl": "olandese", "el": "greco",
}


def language_line(levels: list[str] | None) -> str:
    """``["it:C1", "en:A2"]`` as «italiano C1, inglese A2»."""
    shown = []
    for item in levels or ():
        code, _, level = str(item).partition(":")
        shown.append(f"{LANGUAGE_NAMES.get(code, code)} {level}".strip())
    return ", ".join(shown)


def _km(distance: float) -> str:
    return f"{distance:g}".replace(".", ",") + " km"


def cv_sheet(ctx: PrintContext, person: dict[str, Any], household: dict[str, Any] | None,
             profile: dict[str, Any], words: dict[str, Any]) -> bytes:
    """The CV sheet of a job profile, to hand to a company with the person's consent:
    no codice fiscale, no household, no health; only what the person agreed to share.
    ``words`` gives the Italian labels: ``occupations``, ``skills``, ``past_jobs``
    (lists of text), ``hours``, ``education``, ``licences``."""
    home = household or {}
    corner = qr_corner(f"genera:job_profile:{profile.get('id', '')}", "Profilo")
    lines = [f"<b>{text(person_name(person))}</b>",
             "Scheda condivisa con il consenso della persona"]
    contact = " · ".join(str(p) for p in (person.get("phone"), person.get("email")) if p)
    story: list[Flowable] = [
        title_block("Scheda curriculum", lines, corner), gap(3 * mm),
        section("Dati"),
        field_row([Field("Cognome e nome", person_name(person), 2),
                   Field("Comune", home.get("municipality"), 1.2),
                   Field("Recapiti", contact, 1.8)]),
        field_row([Field("Titolo di studio", words.get("education"), 1.5),
                   Field("Disponibile dal", fmt_date(profile.get("available_from")), 1),
                   Field("Orario", words.get("hours"), 1),
                   Field("Distanza massima", _km(profile["max_distance_km"])
                         if profile.get("max_distance_km") is not None else None, 1)]),
        field_row([Field("Patenti", words.get("licences"), 2),
                   Field("Mezzo proprio", "sì" if profile.get("own_vehicle") else "no", 1),
                   Field("Lingue", language_line(profile.get("languages")), 2)]),
        gap(), section("Professioni"),
        write_box("Professioni cercate o svolte", "\n".join(words.get("occupations") or ())
                  or None, 2),
        gap(), section("Competenze"),
        write_box("Competenze e attestati", "\n".join(words.get("skills") or ()) or None, 3),
        gap(), section("Esperienze di lavoro"),
        write_box("Esperienze", "\n".join(words.get("past_jobs") or ()) or None, 3),
    ]
    return render(ctx, story, title=CV_TITLE, ref=person_name(person), filled=True)

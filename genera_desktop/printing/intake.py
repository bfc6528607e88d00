"""The intake form (scheda di accoglienza), filled from the records or blank.

One story builder serves both: a blank form is the filled one with no data, plus write-in
rows, legends and a sticker slot instead of the QR code. Health and disability go on a
page of their own so that it can be left out or kept apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from genera_desktop.printing import labels as L
from genera_desktop.printing.layout import (
    FRAME_HEIGHT,
    PAGE_HEIGHT,
    Choices,
    CombBoxes,
    Field,
    FlowingBlock,
    PrintContext,
    RunningRef,
    StickerSlot,
    choices,
    data_table,
    field_row,
    field_rows,
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
    styles,
    text,
    title_block,
    write_box,
    yes_no,
)

TITLE = "Scheda di accoglienza"
HEALTH_TITLE = "Salute e disabilità"
PROGRAMME = "Punti di Comunità – Bassa Bresciana Orientale"
BLANK_ROWS = 10


def intake_form(
    ctx: PrintContext,
    household: dict[str, Any],
    persons: list[dict[str, Any]],
    intake: dict[str, Any] | None,
    health: list[dict[str, Any]] | None = None,
    point: dict[str, Any] | None = None,
) -> bytes:
    """Return the intake form of ``household`` filled from its records, as PDF bytes.

    ``persons`` are the household's members (merged duplicates are skipped), ``intake``
    its intake record if one exists, ``point`` the point record (for its name). The
    health page is printed only when ``health`` (the members' health records) is given.
    """
    data = _Data(
        household=household,
        members=_members(persons, intake),
        intake=intake or {},
        health=health,
        point=point,
        filled=True,
    )
    return render(ctx, _story(data), title=TITLE, ref=_running_ref(data), filled=True)


def blank_intake_form(ctx: PrintContext, include_health: bool = True) -> bytes:
    """Return the intake form empty, to fill by hand: no personal data at all.

    It has write-in rows for ten household members and, unless ``include_health`` is
    false, the separate health and disability page.
    """
    data = _Data(
        household={},
        members=[],
        intake={},
        health=[] if include_health else None,
        point=None,
        filled=False,
    )
    return render(ctx, _story(data), title=TITLE, ref=_running_ref(data), filled=False)


# Per household: the arguments of intake_form after ctx (household, persons, intake,
# health, point).
IntakeFormData = tuple[
    dict[str, Any],
    list[dict[str, Any]],
    dict[str, Any] | None,
    list[dict[str, Any]] | None,
    dict[str, Any] | None,
]


def intake_forms(ctx: PrintContext, forms: Iterable[IntakeFormData]) -> bytes:
    """Return the filled intake forms of many households in one PDF, as PDF bytes.

    Each household starts on a new page and its pages are numbered on their own
    ("Pagina 1 di 2" of that household), so the printed stack can be split into files.
    ``forms`` is consumed lazily while pages are laid out: a caller can load the data in
    batches, report progress and stop (by raising) between households.
    """

    def parts() -> Iterator[list[Flowable]]:
        for index, (household, persons, intake, health, point) in enumerate(forms):
            data = _Data(household=household, members=_members(persons, intake),
                         intake=intake or {}, health=health, point=point, filled=True)
            head: list[Flowable] = [PageBreak()] if index else []
            yield [*head, RunningRef(_running_ref(data), new_section=True), *_story(data)]

    story = _LazyStory(parts())
    if not len(story):
        story.append(Paragraph("Nessun nucleo familiare da stampare.", styles().body))
    return render(ctx, story, title=TITLE, ref="", filled=True)


class _LazyStory(list[Flowable]):
    """A story that pulls the next household's flowables when it runs short.

    ReportLab's build loop asks ``len(flowables)`` before each flowable and deletes from
    the front; topping the list up there keeps it short (a front delete on a list of
    100,000 flowables costs a copy of the list) and never holds every form in memory.
    """

    AHEAD = 64  # more than one household's top-level flowables: keep-with-next looks ahead

    def __init__(self, parts: Iterator[list[Flowable]]) -> None:
        super().__init__()
        self._parts: Iterator[list[Flowable]] | None = parts

    def __len__(self) -> int:
        while self._parts is not None and super().__len__() < self.AHEAD:
            part = next(self._parts, None)
            if part is None:
                self._parts = None
            else:
                self.extend(part)
        return super().__len__()


@dataclass
class _Data:
    household: dict[str, Any]
    members: list[dict[str, Any]]  # reference person first
    intake: dict[str, Any]
    health: list[dict[str, Any]] | None
    point: dict[str, Any] | None
    filled: bool
    reference: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.reference = self.members[0] if self.members else {}


def _members(persons: list[dict[str, Any]], intake: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Members still current (not merged into another record), reference person first."""
    current = [p for p in persons if not p.get("merged_into")]
    ref_id = (intake or {}).get("reference_person")
    if not any(p.get("id") == ref_id for p in current):
        ref_id = None  # the intake names no one (or someone since merged): use the flags

    def is_reference(p: dict[str, Any]) -> int:
        if ref_id:
            return 0 if p.get("id") == ref_id else 1
        return 0 if p.get("is_reference") or p.get("relation") == "reference" else 1

    return sorted(current, key=is_reference)  # stable: keeps the given order otherwise


def _running_ref(data: _Data) -> str:
    if not data.filled:
        return "Pratica n. ____________________"
    parts = []
    if data.household.get("case_number"):
        parts.append(f"Pratica {data.household['case_number']}")
    if data.reference:
        parts.append(person_name(data.reference))
    return " – ".join(parts)


def _story(data: _Data) -> list[Flowable]:
    story: list[Flowable] = [_title(data, TITLE)]
    story += _reception(data)
    story += _reference_person(data)
    story += _residence(data)
    story += _household_table(data)
    story += _income_and_housing(data)
    story += _needs_and_outcome(data)
    story += _privacy_and_signatures(data)
    if data.health is not None:
        story += _health_page(data)
    return story


def _title(data: _Data, title: str) -> Flowable:
    if not data.filled:
        lines = [PROGRAMME, "Compilare in stampatello. Barrare le caselle che interessano."]
        return title_block(title, lines, StickerSlot())
    lines = [PROGRAMME]
    case = data.household.get("case_number")
    if data.reference:
        lines.append(f"Nucleo: <b>{text(person_name(data.reference))}</b>")
    caption = f"Pratica {case}" if case else "Codice nucleo"
    return title_block(
        title, lines, qr_corner(f"genera:household:{data.household.get('id', '')}", caption)
    )


def _point_label(data: _Data) -> str:
    point = data.point or {}
    code = data.intake.get("point") or data.household.get("point") or point.get("code")
    name = point.get("name")
    if name and code:
        return f"{name} ({code})"
    return str(name or code or "")


def _reception(data: _Data) -> list[Flowable]:
    i = data.intake
    rows = field_rows(
        [
            [
                Field("Data dell'accoglienza", fmt_date(i.get("date"))),
                Field("Punto di Comunità", _point_label(data), 1.6),
                Field("Operatore / operatrice", i.get("operator"), 1.2),
                Field("N. pratica", data.household.get("case_number"), 1.1),
            ],
            [
                Field("Come è arrivata la famiglia", choices(L.CHANNEL, i.get("channel")), 1.1),
                Field(
                    "Se su invio: inviata da (servizio, ente, persona)", i.get("referred_by"), 1.4
                ),
            ],
        ]
    )
    return [keep_together([section("1. Accoglienza"), *rows])]


def _tax_code(person: dict[str, Any], filled: bool) -> object:
    if not filled:
        return [
            CombBoxes(16),
            gap(1.5 * mm),
            Choices([("provvisorio (11 cifre)", False), ("non posseduto", False)], size=9.5),
        ]
    if person.get("tax_code_missing"):
        return "Non posseduto"
    code = str(person.get("tax_code") or "")
    if len(code) == 11 and code.isdigit():
        return f"{code} (provvisorio)"
    return code


def _reference_person(data: _Data) -> list[Flowable]:
    p = data.reference
    phone = p.get("phone") or data.household.get("phone")
    email = p.get("email") or data.household.get("email")
    rows = field_rows(
        [
            [
                Field("Cognome", p.get("last_name"), 1.3),
                Field("Nome", p.get("first_name"), 1.3),
                Field("Sesso", choices(L.SEX, p.get("sex"))),
            ],
            [
                Field("Data di nascita", fmt_date(p.get("birth_date")), 0.8),
                Field("Luogo di nascita (comune o Stato)", p.get("birth_place"), 1.4),
                Field("Cittadinanza", p.get("citizenship"), 1.0),
            ],
            [Field("Codice fiscale", _tax_code(p, data.filled))],
            [Field("Telefono", phone), Field("E-mail", email, 1.4)],
            [Field("Stato civile", choices(L.MARITAL_STATUS, p.get("marital_status")))],
            [
                Field(
                    "Permesso di soggiorno (cittadini non UE)",
                    choices(L.RESIDENCE_PERMIT, p.get("residence_permit")),
                )
            ],
        ]
    )
    return [keep_together([section("2. Persona di riferimento"), *rows])]


def _residence(data: _Data) -> list[Flowable]:
    h = data.household
    rows = field_rows(
        [
            [
                Field("Indirizzo (via, numero civico)", h.get("address"), 2.0),
                Field("Scala / interno", h.get("flat"), 0.8),
                Field("Comune", h.get("municipality"), 1.2),
            ],
            [
                Field("Senza dimora", yes_no(data.intake.get("homeless"))),
                Field("Se senza dimora: dove dorme abitualmente", None, 3.0),
            ],
        ]
    )
    return [keep_together([section("3. Residenza o dimora abituale"), *rows])]


_MEMBER_WIDTHS = [8 * mm, 39 * mm, 26 * mm, 24 * mm, 39 * mm, 44 * mm]


def _household_table(data: _Data) -> list[Flowable]:
    header = [
        "N.",
        "Cognome e nome",
        "Relazione",
        "Nato/a il",
        "Titolo di studio",
        "Condizione lavorativa",
    ]
    rows: list[list[object]]
    if data.filled:
        rows = [
            [
                str(n),
                person_name(p),
                L.label(L.RELATION, p.get("relation")),
                fmt_date(p.get("birth_date")),
                L.label(L.EDUCATION, p.get("education")),
                L.label(L.WORK_STATUS, p.get("work_status")),
            ]
            for n, p in enumerate(data.members, start=1)
        ]
    else:
        rows = [[str(n), strut(), "", "", "", ""] for n in range(1, BLANK_ROWS + 1)]
    block: list[Flowable] = [
        section("4. Nucleo familiare: chi vive insieme", keep_with_next=False),
        data_table(header, rows, _MEMBER_WIDTHS),
    ]
    if data.filled:
        count = f"Componenti del nucleo: <b>{len(data.members)}</b>"
        block += [gap(1.5 * mm), Paragraph(count, styles().hint)]
    # A small family's table stays whole; a large one starts at once and flows on.
    limit = 95 * mm if data.filled else PAGE_HEIGHT
    story: list[Flowable] = [FlowingBlock(block, keep_limit=limit, min_start=45 * mm, page_height=FRAME_HEIGHT)]
    if not data.filled:
        story += [
            gap(),
            keep_together(
                field_rows(
                    [
                        [
                            Field(
                                "Titolo di studio (voci da usare)",
                                Choices([(v, False) for v in L.EDUCATION.values()], columns=3),
                            )
                        ],
                        [
                            Field(
                                "Condizione lavorativa (voci da usare)",
                                Choices([(v, False) for v in L.WORK_STATUS.values()], columns=3),
                            )
                        ],
                        [
                            Field(
                                "Relazione con la persona di riferimento (voci da usare)",
                                Choices(
                                    [(v, False) for v in list(L.RELATION.values())[1:]], columns=3
                                ),
                            )
                        ],
                    ]
                )
            ),
        ]
    return story


def _income_and_housing(data: _Data) -> list[Flowable]:
    i = data.intake
    income = [
        section("5. Reddito e ISEE"),
        *field_rows(
            [
                [
                    Field(
                        "Fonti di reddito del nucleo",
                        choices(L.INCOME_SOURCES, i.get("income_sources") or [], 3),
                    )
                ],
                [
                    Field("Valore ISEE", fmt_euro(i.get("isee_value"))),
                    Field("Data dell'attestazione ISEE", fmt_date(i.get("isee_date"))),
                ],
            ]
        ),
    ]
    housing = [
        section("6. Abitazione"),
        *field_rows(
            [
                [
                    Field(
                        "Titolo di godimento dell'alloggio",
                        choices(L.HOUSING_TENURE, i.get("housing_tenure"), 3),
                    )
                ],
                [
                    Field("Sovraffollamento", yes_no(i.get("overcrowding"))),
                    Field("Barriere architettoniche", yes_no(i.get("barriers"))),
                    Field("Morosità (affitto, utenze)", yes_no(i.get("arrears"))),
                    Field("Sfratto in corso", yes_no(i.get("eviction"))),
                ],
            ]
        ),
    ]
    return [keep_together(income), keep_together(housing)]


def _needs_and_outcome(data: _Data) -> list[Flowable]:
    i = data.intake
    needs = [
        section("7. Bisogni"),
        field_row(
            [
                Field(
                    "Bisogni espressi dalla persona",
                    choices(L.NEEDS, i.get("needs_stated") or [], 2),
                ),
                Field(
                    "Bisogni rilevati dall'operatore",
                    choices(L.NEEDS, i.get("needs_observed") or [], 2),
                ),
            ]
        ),
        write_box(
            "Servizi già coinvolti (servizi sociali, CPS, SerD, scuola, associazioni...)",
            i.get("services_involved"),
            lines=2,
        ),
    ]
    outcome = [
        section("8. Esito dell'accoglienza"),
        field_row([Field("Esito", choices(L.OUTCOME, i.get("outcome"), 2))]),
        write_box("Invio a (servizio, piano, ente) e note sull'esito", i.get("outcome_notes"), 2),
        field_row(
            [
                Field("Prossimo appuntamento", fmt_date(i.get("next_appointment"))),
                Field("Note", i.get("notes"), 3.0),
            ]
        ),
    ]
    return [keep_together(needs), keep_together(outcome)]


def _privacy_and_signatures(data: _Data) -> list[Flowable]:
    i = data.intake
    block = [
        section("9. Privacy: informativa (art. 13 GDPR) e consensi"),
        field_row(
            [
                Field(
                    "Informativa consegnata il",
                    fmt_date(i.get("privacy_notice_date")),
                ),
                Field(
                    "La persona acconsente a", choices(L.CONSENTS, i.get("consents") or [], 1), 1.8
                ),
            ]
        ),
        section("10. Firme"),
        signature_boxes(
            ["Firma della persona di riferimento", "Firma dell'operatore / operatrice"]
        ),
    ]
    return [keep_together(block)]


_HEALTH_WIDTHS = [44 * mm, 21 * mm, 21 * mm, 28 * mm, 25 * mm, 41 * mm]


def _health_page(data: _Data) -> list[Flowable]:
    notes = [
        "Allegato alla scheda di accoglienza.",
        "Dati relativi alla salute (art. 9 GDPR): foglio separabile, da conservare a parte "
        "con accesso riservato.",
    ]
    corner: Flowable
    if data.filled:
        caption = (
            f"Pratica {data.household['case_number']}"
            if data.household.get("case_number")
            else "Codice nucleo"
        )
        corner = qr_corner(f"genera:household:{data.household.get('id', '')}", caption)
    else:
        corner = StickerSlot()
    header = [
        "Componente",
        "Disabilità",
        "% invalidità",
        "Invalidità riconosciuta",
        "Non autosuffi\u00adcienza",
        "Patologie e note",
    ]
    rows: list[list[object]] = []
    if data.filled:
        by_person: dict[str, list[dict[str, Any]]] = {}
        for record in data.health or []:
            by_person.setdefault(str(record.get("person")), []).append(record)
        for member in data.members:
            records = by_person.pop(str(member.get("id")), None) or [{}]
            rows += [_health_row(person_name(member), r) for r in records]
        for records in by_person.values():  # health of someone not in the list: keep it
            rows += [_health_row("(componente non in elenco)", r) for r in records]
    else:
        rows = [[strut(11 * mm), "", "", "", "", ""] for _ in range(BLANK_ROWS)]
    return [
        PageBreak(),
        title_block(HEALTH_TITLE, notes, corner),
        gap(4 * mm),
        data_table(header, rows, _HEALTH_WIDTHS),
        gap(4 * mm),
        Paragraph(
            "Disabilità, invalidità riconosciuta e non autosufficienza: indicare Sì o No. "
            "Percentuale come da verbale di invalidità civile.",
            styles().hint,
        ),
    ]


def _yes_no_text(value: object) -> str:
    return "Sì" if value is True else "No" if value is False else ""


def _health_row(name: str, record: dict[str, Any]) -> list[object]:
    if not record:
        return [name, strut(), "", "", "", ""]
    percent = record.get("disability_percent")
    notes = "; ".join(str(v) for v in (record.get("conditions"), record.get("notes")) if v)
    return [
        name,
        _yes_no_text(record.get("disability")),
        f"{percent} %" if percent not in (None, "") else "",
        _yes_no_text(record.get("invalidity_recognised")),
        _yes_no_text(record.get("dependence")),
        notes,
    ]

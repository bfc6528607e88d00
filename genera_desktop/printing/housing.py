"""The housing plan's forms: the co-housing pact (patto abitativo), the repayment plan of
an arrears case (piano di rientro) and the application to a guarantee fund.

Each is signed by its parties: the pact by host and guest, the plan by the household and
the landlord, the application by the household and the landlord; the point's operator
countersigns. Pure functions of plain dicts, as services/housing/prints.py reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from genera_desktop.domain import vocab_housing as vh
from genera_desktop.printing.layout import (
    CONTENT_WIDTH,
    Field,
    PrintContext,
    choices,
    data_table,
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
)

PACT_TITLE = "Patto abitativo – coabitazione solidale"
PLAN_TITLE = "Piano di rientro dalla morosità"
APPLICATION_TITLE = "Domanda al fondo di garanzia per l'affitto"
MONITORING_ROWS = 6  # the monitoring visits written by hand through the pact's life


def _address(household: dict[str, Any] | None) -> str:
    if not household:
        return ""
    return ", ".join(str(p) for p in (household.get("address"), household.get("flat"),
                                      household.get("municipality")) if p)


def _party(person: dict[str, Any], household: dict[str, Any] | None) -> list[Field]:
    return [Field("Cognome e nome", person_name(person), 2),
            Field("Nato/a il", fmt_date(person.get("birth_date"))),
            Field("Codice fiscale", person.get("tax_code")),
            Field("Indirizzo", _address(household), 2),
            Field("Telefono", person.get("phone") or (household or {}).get("phone"))]


def cohousing_pact(ctx: PrintContext, pact: dict[str, Any], host: dict[str, Any],
                   guest: dict[str, Any], host_household: dict[str, Any] | None,
                   guest_household: dict[str, Any] | None) -> bytes:
    """Return the patto abitativo of a co-housing pact as PDF bytes (A4): the two
    parties, what each offers and asks, the trial month, the monitoring visits, and
    the signatures of both and of the point."""
    st = styles()
    corner = qr_corner(f"genera:cohousing_pact:{pact.get('id', '')}", "Patto")
    story: list[Flowable] = [
        title_block(PACT_TITLE, [
            f"<b>{text(person_name(host))}</b> ospita <b>{text(person_name(guest))}</b>",
            f"Dal {fmt_date(pact.get('start_date'))}"], corner),
        gap(),
        section("Chi ospita"),
        *field_rows([_party(host, host_household)[:3], _party(host, host_household)[3:]]),
        gap(),
        section("Chi è ospitato"),
        *field_rows([_party(guest, guest_household)[:3], _party(guest, guest_household)[3:]]),
        gap(),
        section("Il patto"),
        *field_rows([
            [Field("Inizio della coabitazione", fmt_date(pact.get("start_date"))),
             Field("Fine del mese di prova", fmt_date(pact.get("trial_end"))),
             Field("Contributo mensile", fmt_euro(pact.get("monthly_contribution")))],
            [Field("Fase", choices(dict(vh.PACT_PHASE.labels), pact.get("phase"), columns=3,
                                   size=9))],
        ]),
        write_box("Impegni reciproci: stanza, aiuto in casa, regole, orari", pact.get("duties"),
                  lines=5),
        write_box("Note", pact.get("notes"), lines=2),
        gap(),
        keep_together([
            section("Visite di monitoraggio"),
            data_table(("Data", "Chi ha fatto la visita", "Come va la coabitazione"),
                       [[strut(), "", ""] for _ in range(MONITORING_ROWS)],
                       (28 * mm, 50 * mm, CONTENT_WIDTH - 78 * mm)),
        ]),
        gap(),
        keep_together([
            section("Firme"),
            _paragraph("Le parti hanno letto il patto e si impegnano a rispettarlo. Il mese "
                       "di prova permette a ciascuna di ritirarsi con un preavviso di sette "
                       "giorni; il Punto di Comunità accompagna la coabitazione con le "
                       "visite di monitoraggio.", st.hint),
            gap(),
            signature_boxes(("Chi ospita", "Chi è ospitato", "Per il Punto di Comunità")),
        ]),
    ]
    ref = f"{person_name(host)} – {person_name(guest)}"
    return render(ctx, story, title=PACT_TITLE, ref=ref, filled=True)


def repayment_plan(ctx: PrintContext, case: dict[str, Any], household: dict[str, Any],
                   members: Sequence[dict[str, Any]], landlord: dict[str, Any] | None,
                   installments: Sequence[dict[str, Any]]) -> bytes:
    """Return the repayment plan of an arrears case as PDF bytes (A4): the household
    and its members, the landlord, each instalment's due date and amount, the total,
    and the signatures of the parties."""
    st = styles()
    names = ", ".join(person_name(m) for m in members) or "—"
    rows = sorted(installments, key=lambda i: (str(i.get("due_date") or ""), str(i["id"])))
    total = sum(float(i.get("amount") or 0) for i in rows)
    corner = qr_corner(f"genera:arrears_case:{case.get('id', '')}", "Morosità")
    table_rows: list[list[object]] = [
        [str(n), fmt_date(i.get("due_date")), fmt_euro(i.get("amount")),
         fmt_date(i.get("paid_on")) or strut(5 * mm)]
        for n, i in enumerate(rows, start=1)]
    table_rows.append(["", "Totale", fmt_euro(total), ""])
    widths = (14 * mm, 50 * mm, 50 * mm, CONTENT_WIDTH - 114 * mm)
    story: list[Flowable] = [
        title_block(PLAN_TITLE, [
            f"Pratica <b>{text(household.get('case_number'))}</b>",
            f"Debito di {fmt_euro(case.get('amount_owed'))}"], corner),
        gap(),
        section("Il nucleo familiare"),
        *field_rows([
            [Field("N. pratica", household.get("case_number")),
             Field("Indirizzo", _address(household), 3)],
            [Field("Componenti", names)],
        ]),
        gap(),
        section("Il proprietario"),
        *field_rows([[Field("Nome o ragione sociale", (landlord or {}).get("name"), 2),
                      Field("Comune", (landlord or {}).get("municipality")),
                      Field("Telefono", (landlord or {}).get("phone"))]]),
        gap(),
        section("La morosità"),
        *field_rows([[Field("Debito", fmt_euro(case.get("amount_owed"))),
                      Field("Mensilità non pagate", case.get("months_owed")),
                      Field("Aperta il", fmt_date(case.get("opened_on")))]]),
        gap(),
        section("Le rate"),
        data_table(("N.", "Scadenza", "Importo", "Pagata il"), table_rows, widths),
        gap(),
        _paragraph(f"Totale del piano: <b>{fmt_euro(total)}</b> in {len(rows)} rate.", st.body),
        gap(),
        keep_together([
            section("Firme"),
            _paragraph("Il nucleo si impegna a versare ogni rata entro la scadenza; il "
                       "proprietario, finché il piano è rispettato, sospende le azioni per "
                       "il recupero del debito.", st.hint),
            gap(),
            signature_boxes(("Per il nucleo familiare", "Il proprietario",
                             "Per il Punto di Comunità")),
        ]),
    ]
    return render(ctx, story, title=PLAN_TITLE, ref=str(household.get("case_number") or ""),
                  filled=True)


def decision_outcome(status: str | None) -> str | None:
    """The decision an application's status shows on its form: ``approved`` also once
    disbursed or closed (it was approved), ``rejected``, or None before a decision (the
    amount and date then stay blank, to fill in)."""
    if status in ("approved", "disbursed", "closed"):
        return "approved"
    return "rejected" if status == "rejected" else None


def guarantee_application(ctx: PrintContext, application: dict[str, Any],
                          fund: dict[str, Any], household: dict[str, Any],
                          members: Sequence[dict[str, Any]],
                          landlord: dict[str, Any] | None) -> bytes:
    """Return the application to a guarantee fund as PDF bytes (A4), for the family
    and the landlord to sign; the coordinator's decision is left to fill in."""
    names = ", ".join(person_name(m) for m in members) or "—"
    outcome = decision_outcome(application.get("status"))
    corner = qr_corner(f"genera:guarantee_application:{application.get('id', '')}",
                       "Domanda")
    story: list[Flowable] = [
        title_block(APPLICATION_TITLE, [
            f"<b>{text(fund.get('name'))}</b>",
            f"Presentata il {fmt_date(application.get('date'))}"], corner),
        gap(),
        section("Il nucleo familiare"),
        *field_rows([
            [Field("N. pratica", household.get("case_number")),
             Field("Indirizzo", _address(household), 3)],
            [Field("Componenti", names)],
        ]),
        gap(),
        section("Il proprietario"),
        *field_rows([[Field("Nome o ragione sociale", (landlord or {}).get("name"), 2),
                      Field("Codice fiscale o partita IVA", (landlord or {}).get("tax_code")),
                      Field("Telefono", (landlord or {}).get("phone"))]]),
        gap(),
        section("La domanda"),
        *field_rows([
            [Field("Importo richiesto", fmt_euro(application.get("amount_requested"))),
             Field("Valore ISEE", fmt_euro(application.get("isee_value"))),
             Field("ISEE massimo del fondo", fmt_euro(fund.get("isee_max")))],
            [Field("Causa della difficoltà",
                   choices(dict(vh.GUARANTEE_CAUSE.labels), application.get("cause"),
                           columns=3, size=9))],
        ]),
        write_box("Note", application.get("notes"), lines=3),
        gap(),
        section("Decisione del coordinamento"),
        *field_rows([[Field("Esito", choices({"approved": "Approvata", "rejected": "Respinta"},
                                             outcome)),
                      Field("Importo approvato", fmt_euro(application.get("amount_approved"))
                            if outcome == "approved" else None),
                      Field("Decisa il", fmt_date(application.get("decided_on"))
                            if outcome else None)]]),
        gap(),
        keep_together([
            section("Firme"),
            signature_boxes(("Per il nucleo familiare", "Il proprietario",
                             "Per il Punto di Comunità")),
        ]),
    ]
    return render(ctx, story, title=APPLICATION_TITLE,
                  ref=str(household.get("case_number") or ""), filled=True)


def _paragraph(markup: str, style: Any) -> Flowable:
    return Paragraph(markup, style)

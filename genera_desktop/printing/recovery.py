"""The recovery key sheet: one A4 page, printed once at setup and kept in a safe place."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from genera_desktop.printing.fonts import register_fonts


@dataclass(frozen=True)
class RecoverySheet:
    """What the sheet says: whose store, and the key."""

    recovery_key: str
    network_name: str
    site_name: str
    created_on: str  # a date already written for people, e.g. 25/11/2026


def recovery_pdf(sheet: RecoverySheet) -> bytes:
    """The sheet as PDF bytes: the key large, in groups, with what to do with it."""
    regular, bold = register_fonts()
    out = io.BytesIO()
    width, height = A4
    pdf = Canvas(out, pagesize=A4, pageCompression=1)
    pdf.setTitle("genera – chiave di recupero")
    pdf.setAuthor("genera")
    x = 20 * mm
    y = height - 30 * mm
    pdf.setFont(bold, 20)
    pdf.drawString(x, y, "Chiave di recupero dell'archivio genera")
    y -= 12 * mm
    pdf.setFont(regular, 12)
    for line in (
        f"Rete: {sheet.network_name}",
        f"Postazione: {sheet.site_name}",
        f"Creata il: {sheet.created_on}",
    ):
        pdf.drawString(x, y, line)
        y -= 7 * mm
    y -= 10 * mm
    groups = sheet.recovery_key.split("-")
    box_h = 34 * mm
    pdf.setLineWidth(1.2)
    pdf.rect(x, y - box_h, width - 2 * x, box_h)
    pdf.setFont("Courier-Bold", 22)
    half = (len(groups) + 1) // 2
    for row, chunk in enumerate((groups[:half], groups[half:])):
        pdf.drawCentredString(
            width / 2,
            y - 13 * mm - row * 12 * mm,
            "-".join(chunk) + ("-" if row == 0 and chunk and len(groups) > half else ""),
        )
    y -= box_h + 14 * mm
    pdf.setFont(regular, 11.5)
    advice = (
        "Questa chiave apre l'archivio cifrato se nessun amministratore ricorda più la",
        "propria password. Viene mostrata una sola volta: non è salvata da nessuna parte.",
        "",
        "• Conservate questo foglio in un luogo chiuso a chiave, lontano dal computer.",
        "• Non fotografatelo e non inviatelo per e-mail.",
        "• Chi possiede la chiave e il computer può leggere tutti i dati dell'archivio.",
    )
    for line in advice:
        pdf.drawString(x, y, line)
        y -= 6.5 * mm
    y -= 18 * mm
    pdf.setFont(regular, 11)
    pdf.drawString(x, y, "Conservata da: ______________________________   Firma: ________________")
    pdf.showPage()
    pdf.save()
    return out.getvalue()

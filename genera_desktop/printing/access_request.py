"""The answer to an access request, on paper: everything held about one person.

Takes the dict of services/coordination/access_request.py ``person_report`` and lays it out with the
forms' page template (layout.render: A4, header, footer with page, site and date):
the person, their household, each record about them, then the household's records and
the audit trail. Every field that holds a value is printed, with its Italian label and
the Italian reading of its code (the kinds' declarations, store/kinds.py, through
printing/labels.py); nothing is left out for brevity.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from genera_desktop.printing import labels as L
from genera_desktop.printing.layout import (
    CONTENT_WIDTH,
    PrintContext,
    data_table,
    fmt_date,
    fmt_euro,
    gap,
    person_name,
    render,
    section,
    styles,
    text,
)
from genera_desktop.store.base import BOOL, DATE, LIST, REF, field_info
from genera_desktop.store.models import MODELS

TITLE = "Accesso ai dati personali"

ACTION_LABELS = {
    "view": "consultazione",
    "create": "creazione",
    "update": "modifica",
    "delete": "eliminazione",
    "restore": "ripristino",
    "print": "stampa",
    "export": "esportazione",
    "import": "importazione",
    "merge": "unione di duplicati",
    "unmerge": "separazione di duplicati",
    "conflict": "decisione su un conflitto",
    "erase": "cancellazione",
}

_KEY_WIDTHS = (CONTENT_WIDTH * 0.36, CONTENT_WIDTH * 0.64)
_SKIP = frozenset({"kind", "about", "deleted"})


REQUESTER_RELATION = {"parent": "genitore", "guardian": "tutore"}


def _requester(report: dict[str, Any], st: Any) -> list[Flowable]:
    """Who requested the export (a minor's: a parent or guardian), when named."""
    asked = report.get("requested_by")
    if not asked:
        return []
    relation = REQUESTER_RELATION.get(asked.get("relation"), asked.get("relation") or "")
    return [Paragraph(text(f"Richiesta da {asked['name']} ({relation})"), st.body)]


def person_report_pdf(ctx: PrintContext, report: dict[str, Any]) -> bytes:
    """Return the access-request report of ``person_report`` as PDF bytes."""
    person = report["person"]
    name = person_name(person)
    # The organisations, workshops and places named, by name (services give them);
    # the person and their household as below, whatever else is known.
    refs = dict(report.get("names") or {})
    refs[person["id"]] = f"{name} (la persona stessa)"
    household = report.get("household")
    if household:
        refs[household["id"]] = "il suo nucleo familiare"
    context = report.get("housing_context")
    if context:
        refs[context["id"]] = str(context.get("name") or context["id"])
    st = styles()
    story: list[Flowable] = [
        Paragraph(text(TITLE), st.title),
        Paragraph(text(f"Dati conservati su {name}"), st.subtitle),
        *_requester(report, st),
        gap(),
        Paragraph(text(
            "Questo documento riporta tutti i dati che questa postazione conserva sulla "
            "persona (art. 15 del Regolamento UE 2016/679): i suoi dati anagrafici, quelli "
            "del suo nucleo familiare, ogni registrazione che la riguarda e il registro di "
            "chi ha consultato, modificato, stampato o esportato questi dati."), st.body),
        gap(),
        section("Dati della persona"),
        _record_table(person, refs),
    ]
    if household:
        story += [section("Nucleo familiare"), _record_table(household, refs)]
    own = [r for r in report["records"] if r.get("about") == "person"]
    shared = [r for r in report["records"] if r.get("about") != "person"]
    story += [section("Registrazioni che riguardano la persona"), *_records(own, refs)]
    withheld = report.get("withheld") or (["health"] if report.get("health_withheld") else [])
    if withheld:
        names = ", ".join(L.kind_name(k, plural=True) for k in withheld)
        story.append(Paragraph(text(
            f"Esistono altri dati ({names}): l'utente che ha prodotto il documento non ha "
            "accesso a questi dati, che vanno richiesti a chi è autorizzato."), st.hint))
    story += [section("Registrazioni del nucleo familiare"), *_records(shared, refs)]
    if report.get("merged_duplicates"):
        story += [section("Registrazioni doppie unite a questa"),
                  *_records(report["merged_duplicates"], refs)]
    if report.get("conflicts"):
        story += [section("Modifiche contemporanee dello stesso dato (registro dei conflitti)"),
                  _conflicts_table(report["conflicts"], refs)]
    story += [section("Registro degli accessi e delle modifiche"),
              _audit_table(report.get("audit", []), refs)]
    return render(ctx, story, title=TITLE, ref=name, filled=True)


def _conflicts_table(entries: list[dict[str, Any]], refs: dict[str, str]) -> Flowable:
    """Both values of each field two sites changed at once: the one kept is the record's,
    the other is still held in the log."""
    rows = []
    for e in entries:
        kind, key = str(e.get("kind")), str(e.get("field"))
        rules = field_info(MODELS[kind]).get(key, {}) if kind in MODELS else {}
        shown = [
            "" if value in (None, "", []) else _value(kind, key, value, rules, refs)
            for value in (e.get("winner_value"), e.get("loser_value"))
        ]
        what = L.kind_name(kind) if kind in MODELS else kind
        field = L.field_label(kind, key) if kind in MODELS else key
        rows.append((f"{fmt_date(str(e.get('detected_at') or ''))}", f"{what}: {field}",
                     *shown))
    widths = (CONTENT_WIDTH * 0.16, CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.27,
              CONTENT_WIDTH * 0.27)
    return data_table(("Rilevato il", "Dato", "Valore tenuto", "Valore scartato"), rows, widths)


def _records(items: list[dict[str, Any]], refs: dict[str, str]) -> list[Flowable]:
    if not items:
        return [Paragraph(text("Nessuna registrazione."), styles().body)]
    out: list[Flowable] = []
    for item in items:
        heading = L.kind_name(item["kind"])
        when = item.get("date") or item.get("due_date")
        if when:
            heading += f" del {fmt_date(when)}"
        if item.get("deleted"):
            heading += " (eliminata, ancora conservata)"
        out.append(KeepTogether([
            gap(2 * mm), Paragraph(f"<b>{text(heading)}</b>", styles().body), gap(1 * mm),
            _record_table(item, refs),
        ]))
    return out


def _record_table(record: dict[str, Any], refs: dict[str, str]) -> Flowable:
    kind = record.get("kind", "")
    info = field_info(MODELS[kind]) if kind in MODELS else {}
    rows = [
        (L.field_label(kind, key), _value(kind, key, value, info.get(key, {}), refs))
        for key, value in record.items()
        if key not in _SKIP and value not in (None, "", [])
    ]
    return data_table(("Dato", "Valore"), rows, _KEY_WIDTHS)


def _value(kind: str, key: str, value: Any, rules: dict[str, Any], refs: dict[str, str]) -> str:
    """A stored value as a person reads it: Italian labels, dates dd/mm/yyyy."""
    ftype = rules.get("type")
    codes = L.BY_FIELD.get((kind, key))
    if ftype == BOOL or isinstance(value, bool):
        return "Sì" if value else "No"
    if ftype == DATE:
        return fmt_date(value)
    if ftype == LIST or isinstance(value, list):
        return ", ".join(L.label(codes, v) if codes else str(v) for v in value)
    if key == "isee_value":
        return fmt_euro(value)
    if ftype == REF or key == "id":
        return refs.get(str(value), str(value))
    if codes:
        return L.label(codes, value)
    return str(value)


def _audit_table(entries: list[dict[str, Any]], refs: dict[str, str]) -> Flowable:
    if not entries:
        return Paragraph(text("Nessuna voce nel registro."), styles().body)
    rows = []
    for e in entries:
        at = str(e.get("at") or "")
        when = f"{fmt_date(at)} {at[11:16]}".strip()
        what = L.kind_name(str(e.get("kind"))) if e.get("kind") else ""
        target = refs.get(str(e.get("record_id")), str(e.get("record_id") or ""))
        rows.append((when, e.get("user") or "", ACTION_LABELS.get(e["action"], e["action"]),
                     f"{what}: {target}" if what else target))
    widths = (CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.14, CONTENT_WIDTH * 0.22,
              CONTENT_WIDTH * 0.44)
    return data_table(("Quando (UTC)", "Utente", "Azione", "Registrazione"), rows, widths)

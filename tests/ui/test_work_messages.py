"""The work plan's refusals in the window say why (issue 12: the allowance rules
"applied when an internship is made and shown with their reason"): before, every one of
them read «Operazione non consentita.»."""

from __future__ import annotations

from typing import Any

import pytest

from genera_desktop.domain.errors import FieldError, GeneraError, Refused, ValidationFailed
from genera_desktop.services import records
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text, field_message
from tests.ui.helpers import add


def _refusal(ctx: AppContext, kind: str, data: dict[str, Any]) -> GeneraError:
    with pytest.raises(GeneraError) as caught, ctx.store.unit_of_work() as uow:
        records.add(uow, kind, data)
    return caught.value


def test_work_refusals_are_said_with_their_reason(ctx: AppContext) -> None:
    store = ctx.store
    household = add(store, "household", {"point": "MON"})
    person = add(store, "person", {"household": household, "first_name": "Ida",
                                   "last_name": "Ferri"})
    host = add(store, "organisation", {"name": "Coop Il Ponte", "org_type": "cooperative"})
    internship = {"person": person, "host": host, "start_date": "2026-01-01",
                  "end_date": "2026-06-30"}
    low = _refusal(ctx, "internship", {**internship, "monthly_allowance": 450})
    assert isinstance(low, Refused)
    assert error_text(low) == ("L'indennità mensile (450,00 €) è sotto il minimo regionale "
                               "che si applica a questo tirocinio (500,00 €).")
    short = _refusal(ctx, "internship", {**internship, "end_date": "2026-02-10"})
    assert error_text(short) == "Un tirocinio dura almeno 2 mesi."
    assert "profilo lavoro" in error_text(_refusal(
        ctx, "candidacy", {"person": person, "vacancy": add(store, "vacancy", {
            "organisation": add(store, "organisation", {"name": "Garda srl",
                                                        "org_type": "company"}),
            "title": "Magazziniere"})}))
    zero = _refusal(ctx, "internship", {**internship, "hours_per_day": 0})
    assert isinstance(zero, ValidationFailed)
    assert [field_message(e) for e in zero.errors] == ["Più di 0 e al massimo 24 ore"]
    assert field_message(FieldError("skills", "skills_code", value="volare")) == (
        "Non è una competenza del catalogo")

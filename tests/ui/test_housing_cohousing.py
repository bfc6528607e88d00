"""Solidarity co-housing walked with real widgets: a host and a guest say what each
offers and asks, the pair appears with its reasons in plain Italian, the pact is started
from it, and its monitoring visits are recorded, the trial month's counted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genera_desktop.services import records
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.page import HousingPage
from tests.ui.helpers import add
from tests.ui.test_housing_walk import WAIT, choose, fill_and_save, in_dialog, type_in


def person(store: Store, first: str, last: str, born: str) -> str:
    hh = add(store, "household", {"point": "MON", "municipality": "Montichiari"})
    return add(store, "person", {"household": hh, "first_name": first, "last_name": last,
                                 "birth_date": born, "tax_code_missing": True})


def test_offers_make_a_pair_with_reasons_then_a_pact_and_its_visits(
        qtbot: QtBot, coordinator: Store, ctx: AppContext) -> None:
    anna = person(coordinator, "Anna", "Ferri", "1948-03-10")
    luca = person(coordinator, "Luca", "Galli", "2003-09-01")
    failures: list[BaseException] = []
    page = HousingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    tab: Any = page.show_tab("offers")
    assert "Nessun abbinamento" in tab.reasons.text()

    def host(dialog: Any) -> None:
        dialog.form.editors["help"].set_value(["company", "shopping"])
        dialog.form.editors["presence"].set_value(["evenings"])
        fill_and_save(qtbot, dialog, choices={"person": anna, "role": "host"},
                      typed={"room": "Singola con bagno", "contribution": "150"})

    def guest(dialog: Any) -> None:
        dialog.form.editors["help"].set_value(["company"])
        dialog.form.editors["presence"].set_value(["evenings", "weekends"])
        fill_and_save(qtbot, dialog, choices={"person": luca, "role": "guest"},
                      typed={"contribution": "200"})

    for fill in (host, guest):
        in_dialog(qtbot, fill, failures)
        tab.new_button.click()
        assert not failures, failures
    qtbot.waitUntil(lambda: tab.offers.model.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: tab.pairs.model.rowCount() == 1, timeout=WAIT)
    said = tab.reasons.text()
    assert "Ferri Anna e Galli Luca" in said
    assert "Chi ospita chiede 150,00 € al mese e l'ospite può dare fino a 200,00 €." in said
    assert "L'ospite offre l'aiuto che chi ospita chiede: compagnia." in said
    assert "Chi ospita chiede anche un aiuto che l'ospite non offre: spesa." in said
    assert "Vivono nello stesso comune, Montichiari." in said

    # The pact from the pair: its start and phase asked, the host's contribution offered.
    in_dialog(qtbot, lambda d: (d.form.editors["start_date"].set_value(None),
                                type_in(qtbot, d, "start_date", "01/07/2026"),
                                qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)),
              failures)
    tab.start_button.click()
    assert not failures, failures
    qtbot.waitUntil(lambda: tab.pairs.model.rowCount() == 0, timeout=WAIT)
    (pact,) = records.list_records(coordinator, "cohousing_pact")
    assert (pact["host"], pact["guest"], pact["monthly_contribution"]) == (anna, luca, 150)
    assert pact["duties"] == "compagnia"

    # Two visits: the custode's in the trial month, the point's after it.
    pacts: Any = page.show_tab("pacts")
    qtbot.waitUntil(lambda: pacts.model.rowCount() == 1, timeout=WAIT)
    for day, visitor in (("15/07/2026", "custode"), ("10/09/2026", "staff")):
        in_dialog(qtbot, lambda d, day=day, visitor=visitor: (
            d.form.editors["date"].set_value(None), choose(d, "visitor", visitor),
            choose(d, "outcome", "good"), type_in(qtbot, d, "date", day),
            qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)), failures)
        pacts.visit_button.click()
        assert not failures, failures
    qtbot.waitUntil(lambda: pacts.visits.model.rowCount() == 2, timeout=WAIT)
    assert [pacts.visits.model.index(r, 3).data() for r in range(2)] == ["", "sì"]
    assert "mese di prova dal 01/07/2026 al 01/08/2026; visite nel mese di prova: 1 su 2" in (
        pacts.trial.text())

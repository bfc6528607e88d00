"""A user without the adolescents' area sees none of the plan's records anywhere in the
window: no Adolescenti section (so no «Ragazzi», «Gruppi», «Settimana»), nothing of a
young person's consents or school-work on the household page, the persons page or the
households' search, while the child is still a member of the household. The services
behind the new tabs refuse such a user."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from genera_desktop.domain.errors import Refused
from genera_desktop.services import accounts
from genera_desktop.services.youth import groups, photos
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.main_window import MainWindow
from tests.ui.helpers import add
from tests.ui.test_workshop_season import active

WAIT = 20_000
SECRET = "tulipano-giallo-7"
PLAN_WORDS = ("Catalogazione", "Schedatura", "Madrina", "Fotografie")


@pytest.fixture
def desk(coordinator: Store) -> Iterator[AppContext]:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "front", SECRET)
        accounts.commit_accounts(uow)
    store = Store.open(coordinator.data_dir, "front", SECRET)
    yield AppContext(store)
    store.close()


def shown_texts(root: QWidget) -> str:
    """Every text the widgets under ``root`` show: labels, fields, and every cell and
    header of every table."""
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    texts += [w.text() for w in root.findChildren(QLineEdit) if w.isVisibleTo(root)]
    for view in root.findChildren(QAbstractItemView):
        model: QAbstractItemModel | None = view.model()
        if model is None or not view.isVisibleTo(root):
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                texts.append(str(model.data(model.index(row, column)) or ""))
    return "\n".join(texts)


def test_a_user_without_the_area_sees_nothing_of_the_plan(
        qtbot: QtBot, coordinator: Store, desk: AppContext) -> None:
    store = coordinator
    hh = add(store, "household", {"point": "MON", "address": "Via Zanardelli 77"})
    add(store, "person", {"household": hh, "first_name": "Anna", "last_name": "Quintavalle",
                          "is_reference": True, "birth_date": "1980-01-01"})
    teen = add(store, "person", {
        "household": hh, "first_name": "Ottavio", "last_name": "Quintavalle",
        "relation": "child", "birth_date": (date.today() - timedelta(days=15 * 365)).isoformat()})
    school = add(store, "organisation", {"name": "Liceo", "org_type": "school"})
    add(store, "consent", {"person": teen, "consent_type": "school_work",
                           "date": "2026-01-01", "given_by": "guardian",
                           "given_by_name": "Madrina Quintavalle"})
    add(store, "consent", {"person": teen, "consent_type": "images", "date": "2026-01-01",
                           "given_by": "guardian", "notes": "Fotografie ammesse"})
    sw = add(store, "school_work", {"person": teen, "school": school, "host": school,
                                    "school_type": "liceo",
                                    "title": "Catalogazione fondi antichi",
                                    "start_date": "2026-02-01",
                                    "safety_training_on": "2026-01-20"})
    add(store, "school_work_hours", {"school_work": sw, "date": "2026-02-02", "hours": 3,
                                     "activity": "Schedatura dei registri"})

    window = MainWindow(desk, lock_ms=0)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    active(qtbot, window)
    titles = [window.nav.item(n).text() for n in range(window.nav.count())]
    assert "Adolescenti" not in titles and "youth" not in window.pages
    # The persons page finds the child, and nothing of the plan beside him.
    persons = window.pages["persons"]
    window.nav.setCurrentRow(titles.index("Persone"))
    qtbot.keyClicks(persons.search, "Ottavio")
    qtbot.waitUntil(lambda: [r.id for r in persons.model.rows] == [teen], timeout=WAIT)
    assert "Quintavalle" in shown_texts(persons)  # the texts are read: the child's are
    assert not any(word in shown_texts(persons) for word in PLAN_WORDS)
    # The households' search knows nothing of the plan's words.
    households = window.pages["households"]
    window.nav.setCurrentRow(titles.index("Nuclei familiari"))
    for word in ("Schedatura", "Madrina", "Catalogazione"):
        households.search.setText(word)
        households.refresh()
        qtbot.waitUntil(lambda: households.model.rowCount() == 0, timeout=WAIT)
    # The household page: the child a member, nothing of his plan, on any tab.
    window.open_household(hh)
    page = window.household_page
    qtbot.waitUntil(lambda: "Ottavio" in shown_texts(page), timeout=WAIT)
    for tab_widget in page.findChildren(QTabWidget):
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            assert not any(word in shown_texts(page) for word in PLAN_WORDS), (
                tab_widget.tabText(index))
    window.close()


def test_the_new_tabs_services_refuse_a_user_without_the_area(
        coordinator: Store, desk: AppContext) -> None:
    monday = groups.monday_of(date.today())
    for call in (lambda: groups.youth_rows(desk.store, "MON"),
                 lambda: groups.week(desk.store, monday),
                 lambda: groups.add_group(desk.store, {"title": "X", "point": "MON"}),
                 lambda: photos.photo_consents(desk.store, [])):
        with pytest.raises(Refused) as refused:
            call()
        assert refused.value.code == "area_access"

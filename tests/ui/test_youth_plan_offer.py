"""Issue 14: what needs a parent's or guardian's consent is refused without it "with a
sentence that says which consent is missing and offers to record it". Starting a
minor's school-work experience from the plan: the offer accepted, the consent dialog
comes filled in (school-work, a parent, the experience's start), and once it is saved
the experience starts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genera_desktop.services import accounts, records
from genera_desktop.store.store import Store
from genera_desktop.ui.common import prompts
from genera_desktop.ui.community.record_dialog import RecordDialog
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.youth.plan_dialog import PlanDialog
from tests.ui.helpers import add
from tests.ui.test_workshop_season import in_dialog, raise_failures

SECRET = "tulipano-giallo-7"


@pytest.fixture
def facilitator(coordinator: Store) -> Iterator[AppContext]:
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "educ", SECRET, access_areas=["adolescents"])
        accounts.commit_accounts(uow)
    store = Store.open(coordinator.data_dir, "educ", SECRET)
    yield AppContext(store)
    store.close()


def test_a_missing_school_work_consent_is_offered_and_then_the_experience_starts(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    hh = add(coordinator, "household", {"point": "MON"})
    teen = add(coordinator, "person", {"household": hh, "first_name": "Ada",
                                       "last_name": "Zanetti", "birth_date": "2010-04-02"})
    school = add(coordinator, "organisation", {"name": "Liceo Bagatta", "org_type": "school"})
    host = add(coordinator, "organisation", {"name": "Forno Bertoni", "org_type": "company"})
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, accept, reject=None:
                        asked.append(text) or True)
    dialog = PlanDialog(facilitator, None, teen)
    qtbot.addWidget(dialog)
    dialog.show()
    failures: list[BaseException] = []
    seen: dict[str, object] = {}

    def record_consent(consent: RecordDialog) -> None:
        editors = consent.form.editors
        seen.update({n: editors[n].value() for n in ("consent_type", "date", "given_by")})
        editors["given_by_name"].setFocus()
        qtbot.keyClicks(QApplication.focusWidget(), "Anna Zanetti")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    in_dialog(qtbot, RecordDialog, record_consent, failures)
    started = dialog.start_with_consent({"school": school, "host": host,
                                         "school_type": "liceo",
                                         "start_date": "2026-10-05"})
    raise_failures(failures)
    assert len(asked) == 1 and "scuola-lavoro" in asked[0] and "05/10/2026" in asked[0]
    assert seen == {"consent_type": "school_work", "date": "2026-10-05",
                    "given_by": "parent"}
    (consent,) = records.list_records(coordinator, "consent")
    assert (consent["person"], consent["given_by_name"]) == (teen, "Anna Zanetti")
    assert records.show(coordinator, "school_work", started)["person"] == teen


def test_declining_the_offer_leaves_the_refusal_and_nothing_recorded(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from genera_desktop.domain.errors import Refused

    hh = add(coordinator, "household", {"point": "MON"})
    teen = add(coordinator, "person", {"household": hh, "first_name": "Ada",
                                       "last_name": "Zanetti", "birth_date": "2010-04-02"})
    school = add(coordinator, "organisation", {"name": "Liceo Bagatta", "org_type": "school"})
    monkeypatch.setattr(prompts, "confirm", lambda *args, **kw: False)
    dialog = PlanDialog(facilitator, None, teen)
    qtbot.addWidget(dialog)
    with pytest.raises(Refused):
        dialog.start_with_consent({"school": school, "host": school, "school_type": "liceo"})
    assert not records.list_records(coordinator, "consent")
    assert not records.list_records(coordinator, "school_work")


def test_the_plan_shows_the_groups_and_who_leads_them(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext) -> None:
    """Issue 14: each young person "with ... the facilitator who follows them, their
    groups": the plan lists their groups and workshops, groups first, each with who
    leads it (the user's full name) and the enrolment's day and state."""
    with coordinator.unit_of_work() as uow:
        accounts.add_account(uow, "gbodei", SECRET, display_name="Giulia Bodei")
        accounts.commit_accounts(uow)
    hh = add(coordinator, "household", {"point": "MON"})
    adult = add(coordinator, "person", {"household": hh, "first_name": "Luca",
                                        "last_name": "Zanetti", "birth_date": "2004-04-02"})
    radio = add(coordinator, "workshop", {"title": "Radio di quartiere", "point": "MON",
                                          "format": "group", "facilitator": "gbodei"})
    cooking = add(coordinator, "workshop", {"title": "Cucina", "point": "MON",
                                            "facilitator": "altro"})
    gone = add(coordinator, "workshop", {"title": "Annullato", "point": "MON"})
    for workshop in (cooking, radio, gone):
        add(coordinator, "enrolment", {"workshop": workshop, "person": adult,
                                       "enrolled_on": "2026-10-01"})
    records.delete(coordinator, "workshop", gone)
    dialog = PlanDialog(facilitator, None, adult)
    qtbot.addWidget(dialog)
    cells = [[dialog.groups.data(dialog.groups.index(r, c)) for c in range(5)]
             for r in range(dialog.groups.rowCount())]
    assert cells == [
        ["Radio di quartiere", "Gruppo di ragazzi", "Giulia Bodei", "01/10/2026", "Iscritto/a"],
        ["Cucina", "Laboratorio", "altro", "01/10/2026", "Iscritto/a"],
    ]


def test_hours_on_a_day_without_the_consent_offer_to_record_it(
        qtbot: QtBot, coordinator: Store, facilitator: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Hours of a minor on a day their parent's consent no longer covers (withdrawn):
    the register says which consent is missing and offers to record it, dated that
    day; once saved, the line is logged."""
    from genera_desktop.ui.youth.hours_dialog import HoursDialog

    hh = add(coordinator, "household", {"point": "MON"})
    teen = add(coordinator, "person", {"household": hh, "first_name": "Ada",
                                       "last_name": "Zanetti", "birth_date": "2010-04-02"})
    school = add(coordinator, "organisation", {"name": "Liceo Bagatta", "org_type": "school"})
    add(coordinator, "consent", {"person": teen, "consent_type": "school_work",
                                 "date": "2026-09-01", "given_by": "parent",
                                 "withdrawn_on": "2026-10-06"})
    sw = add(coordinator, "school_work", {"person": teen, "school": school, "host": school,
                                          "school_type": "liceo", "start_date": "2026-10-05",
                                          "safety_training_on": "2026-10-01"})
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, accept, reject=None:
                        asked.append(text) or True)
    dialog = HoursDialog(facilitator, None, sw)
    qtbot.addWidget(dialog)
    dialog.show()
    failures: list[BaseException] = []
    seen: dict[str, object] = {}

    def record_consent(consent: RecordDialog) -> None:
        editors = consent.form.editors
        seen.update({n: editors[n].value() for n in ("consent_type", "date", "given_by")})
        editors["given_by_name"].setFocus()
        qtbot.keyClicks(QApplication.focusWidget(), "Anna Zanetti")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    dialog.day.set_value("2026-10-07")
    dialog.hours.setFocus()
    qtbot.keyClicks(dialog.hours, "4")
    in_dialog(qtbot, RecordDialog, record_consent, failures)
    qtbot.keyClick(dialog.hours, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 or bool(failures), timeout=20_000)
    raise_failures(failures)
    assert len(asked) == 1 and "07/10/2026" in asked[0]
    assert seen == {"consent_type": "school_work", "date": "2026-10-07",
                    "given_by": "parent"}
    assert [h["date"] for h in dialog.model.rows] == ["2026-10-07"]

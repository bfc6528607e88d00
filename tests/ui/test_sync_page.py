"""Sincronizzazione: a point's bundle out, the coordinator's week in, refusals in words,
enrolment from the coordinator's page and joining from the first-run wizard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from genera_desktop.services.coordination.dump import dump_lines
from genera_desktop.services.network import membership as network
from genera_desktop.services.network import sync
from genera_desktop.store.store import Store
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.network.invite import InviteDialog
from genera_desktop.ui.network.sync import SyncPage, import_bundles, sequence_gaps, silent_days
from genera_desktop.ui.session import setup
from genera_desktop.ui.session.setup import SetupWizard
from tests.conftest import ADMIN, PASSWORD

WRONG_SITE = "Questo pacchetto è destinato a un'altra postazione."


def member(coordinator: Store, root: Path, name: str, role: str, point: str | None) -> Store:
    with coordinator.unit_of_work() as uow:
        invited = sync.invite(uow, site_name=name, role=role, point_code=point,
                              out=root / f"{role}-{point}.invite")
        uow.commit()
    return sync.join(root / f"{role}-{point}", invited.path, admin_user=ADMIN,
                     password=PASSWORD).store


@pytest.fixture
def members(coordinator: Store, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    point = member(coordinator, tmp_path, "Punto Montichiari", "point", "MON")
    laptop = member(coordinator, tmp_path, "Laptop Anna", "laptop", None)
    yield point, laptop
    point.close()
    laptop.close()


def page_for(qtbot: QtBot, store: Store) -> SyncPage:
    page = SyncPage(AppContext(store))
    qtbot.addWidget(page)
    return page


def dump(store: Store) -> list[str]:
    with store.unit_of_work() as uow:
        return list(dump_lines(uow))


def test_point_exports_and_the_coordinator_imports_the_week(
    qtbot: QtBot, sync_tasks: None, coordinator: Store, members: tuple[Store, Store],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    point, laptop = members
    week = tmp_path / "settimana"
    week.mkdir()
    point_page = page_for(qtbot, point)
    assert point_page.export_button.isVisibleTo(point_page)
    assert not point_page.sites.isVisibleTo(point_page)
    assert point_page.exchange.isVisibleTo(point_page)
    assert "ultimo preparato per il coordinamento: mai" in point_page.exchange.text()
    suggested: list[str] = []

    def choose(name: str) -> str:
        suggested.append(name)
        return str(week / "montichiari")

    monkeypatch.setattr(point_page, "choose_export_path", choose)
    point_page.export_button.click()
    # The site's name and the date: nothing personal.
    assert suggested[0].startswith("Punto_Montichiari-") and suggested[0].endswith(".genera")
    assert (week / "montichiari.genera").exists()
    assert "Pacchetto n. 1 per «Coordinamento»" in point_page.last_summary
    assert "ultimo preparato per il coordinamento: mai" not in point_page.exchange.text()
    with laptop.unit_of_work() as uow:
        sync.export(uow, week / "laptop.genera")

    coord_page = page_for(qtbot, coordinator)
    assert not coord_page.exchange.isVisibleTo(coord_page)
    assert coord_page.sites.rowCount() == 2
    assert "si attende il primo pacchetto" in coord_page.sites.item(0, 6).text()
    monkeypatch.setattr(coord_page, "choose_folder", lambda title: str(week))
    coord_page.folder_button.click()
    summary = coord_page.last_summary
    assert "Pacchetti importati: 2 di 2." in summary
    assert summary.count("iscrizione completata") == 2
    assert "da «Punto Montichiari»" in summary and "da «Laptop Anna»" in summary
    states = [coord_page.sites.item(r, 6).text() for r in range(2)]
    assert states == ["attiva", "attiva"]
    assert all(coord_page.sites.item(r, 2).text() for r in range(2))  # fingerprints

    out = tmp_path / "per-le-postazioni"
    monkeypatch.setattr(coord_page, "choose_folder", lambda title: str(out))
    coord_page.export_all_button.click()
    assert sorted(p.name for p in out.iterdir()) == ["Laptop_Anna.genera",
                                                     "Punto_Montichiari.genera"]
    assert coord_page.last_summary.count("Pacchetto n. 1 per") == 2

    with qtbot.waitSignal(point_page.bundles_imported, timeout=20_000):
        point_page.import_paths([out / "Punto_Montichiari.genera"])
    assert "Pacchetti importati: 1 di 1." in point_page.last_summary
    assert "ricevuto dal coordinamento: mai" not in point_page.exchange.text()
    assert "da «Coordinamento»" in point_page.last_summary
    # The same bundle again: applied once, said plainly.
    point_page.import_paths([out / "Punto_Montichiari.genera"])
    assert "già importato" in point_page.last_summary


def test_a_bundle_for_another_site_is_refused_in_words(
    qtbot: QtBot, sync_tasks: None, coordinator: Store, members: tuple[Store, Store],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    point, laptop = members
    for store, name in ((point, "p.genera"), (laptop, "l.genera")):
        with store.unit_of_work() as uow:
            sync.export(uow, tmp_path / name)
    assert [type(r).__name__ for r in sync.import_files(
        coordinator, [tmp_path / "p.genera", tmp_path / "l.genera"])] == ["ImportReport"] * 2
    with coordinator.unit_of_work() as uow:
        for_laptop = sync.export(uow, tmp_path / "for-laptop.genera",
                                 to=laptop.site_id).path
        for_point = sync.export(uow, tmp_path / "for-point.genera", to=point.site_id).path
    before = dump(point)
    page = page_for(qtbot, point)
    monkeypatch.setattr(page, "choose_import_files", lambda: [str(for_laptop)])
    page.import_button.click()
    assert WRONG_SITE in page.last_summary
    assert "Pacchetti importati: 0 di 1." in page.last_summary
    assert "Nulla è stato applicato." in page.last_summary
    assert dump(point) == before and for_laptop.exists()
    # The right one still goes, next to a refused one.
    page.import_paths([for_laptop, for_point])
    assert "Pacchetti importati: 1 di 2." in page.last_summary
    assert WRONG_SITE in page.last_summary


def test_coordinator_invites_and_revokes(
    qtbot: QtBot, coordinator: Store, members: tuple[Store, Store], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = AppContext(coordinator)
    dialog = InviteDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.site_name.setText("Punto Calcinato")
    dialog.point.setCurrentIndex(dialog.point.findData("CAL"))
    monkeypatch.setattr(dialog, "choose_path", lambda name: str(tmp_path / name))
    dialog.save()
    assert dialog.invited is not None and dialog.invited.point_code == "CAL"
    assert (tmp_path / "Punto_Calcinato.invito").exists()
    # The same name twice: refused in words, nothing written.
    again = InviteDialog(ctx)
    qtbot.addWidget(again)
    again.site_name.setText("Punto Calcinato")
    monkeypatch.setattr(again, "choose_path", lambda name: str(tmp_path / "due.invito"))
    again.save()
    assert again.invited is None and "già una postazione con questo nome" in again.failure.text()

    page = page_for(qtbot, coordinator)
    assert page.sites.rowCount() == 3
    names = [page.sites.item(r, 0).text() for r in range(3)]
    page.sites.selectRow(names.index("Laptop Anna"))
    monkeypatch.setattr(page, "confirm", lambda title, text: True)
    page.revoke_button.click()
    assert "esclusa dalla rete" in page.last_summary
    row = [page.sites.item(r, 0).text() for r in range(3)].index("Laptop Anna")
    assert page.sites.item(row, 6).text() == "esclusa dalla rete"


def test_a_lost_bundle_shows_as_a_gap_and_cancel_stops_between_bundles(
    qtbot: QtBot, sync_tasks: None, coordinator: Store, members: tuple[Store, Store],
    tmp_path: Path,
) -> None:
    point, _ = members
    paths = []
    for n in range(3):
        with point.unit_of_work() as uow:
            paths.append(sync.export(uow, tmp_path / f"{n}.genera").path)
    calls: list[int] = []

    def progress(done: int, total: int | None = None, text: str | None = None) -> bool:
        calls.append(done)
        return done < 1  # "Annulla" pressed while the first bundle was going in

    results, skipped = import_bundles(coordinator, [paths[0], paths[2]], progress)
    assert len(results) == 1 and skipped == 1
    sync.import_files(coordinator, [paths[2]])  # bundle 2 lost on the way
    page = page_for(qtbot, coordinator)
    row = [page.sites.item(r, 0).text() for r in range(2)].index("Punto Montichiari (MON)")
    assert page.sites.item(row, 5).text() == "2"
    assert sequence_gaps({"a": {1, 4}}) == {"a": [2, 3]}


def test_bundles_dropped_on_the_page_are_imported(
    qtbot: QtBot, coordinator: Store, members: tuple[Store, Store], tmp_path: Path,
) -> None:
    """Off the GUI thread, as in the app (no sync_tasks here)."""
    point, laptop = members
    drop = tmp_path / "chiavetta"
    drop.mkdir()
    for store, name in ((point, "p.genera"), (laptop, "l.genera")):
        with store.unit_of_work() as uow:
            sync.export(uow, drop / name)
    page = page_for(qtbot, coordinator)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(drop))])  # a folder: its .genera files
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert not page.import_button.isEnabled()  # busy until the worker reports back
    qtbot.waitUntil(lambda: "Pacchetti importati: 2 di 2." in page.last_summary,
                    timeout=30_000)
    assert page.import_button.isEnabled()


def test_silent_sites() -> None:
    now = datetime(2026, 11, 25, tzinfo=UTC)
    assert silent_days((now - timedelta(days=3)).isoformat(), now) is None
    assert silent_days((now - timedelta(days=12)).isoformat(), now) == 12
    assert silent_days(None, now) is None


def test_join_from_an_invitation_in_the_wizard(
    qtbot: QtBot, coordinator: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with coordinator.unit_of_work() as uow:
        invited = sync.invite(uow, site_name="Punto Montichiari", role="point",
                              point_code="MON", out=tmp_path / "mon.invito")
        uow.commit()
    wizard = SetupWizard(tmp_path / "store")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choice.choose("join")
    wizard.next()
    assert wizard.currentId() == setup.PAGE_INVITATION
    page = wizard.invitation_page
    assert not page.isComplete()
    garbage = tmp_path / "altro.invito"
    garbage.write_text("non è un invito")
    monkeypatch.setattr(page, "choose_file", lambda: str(garbage))
    page.pick_button.click()
    assert page.failure.text() == "Questo file non è un invito di genera."
    assert not page.isComplete()
    monkeypatch.setattr(page, "choose_file", lambda: str(invited.path))
    page.pick_button.click()
    details = page.details.text()
    assert "Rete: Bassa Bresciana" in details and "Punto di comunità: MON" in details
    assert invited.coordinator_fingerprint in details
    assert page.isComplete()
    wizard.next()
    assert wizard.currentId() == setup.PAGE_JOIN
    account = wizard.join_page
    account.username.setText("m.rossi")
    account.password.setText("segreta-123")
    account.password2.setText("segreta-123")
    assert account.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == setup.PAGE_RECOVERY, timeout=30_000)
    store = wizard.store
    assert store is not None
    with store.unit_of_work() as uow:
        status = network.status(uow)
    assert (status["role"], status["point"], status["site_id"]) == ("point", "MON",
                                                                    invited.site_id)
    store.close()


def test_a_new_site_is_told_its_first_bundle_must_reach_the_coordinator(
    qtbot: QtBot, sync_tasks: None, coordinator: Store, members: tuple[Store, Store],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    point, _ = members
    page = page_for(qtbot, point)
    # On the page before any folder is picked, and the way to do it.
    assert page.first_bundle.isVisibleTo(page)
    assert "Finché il coordinamento non l'ha importato" in page.first_bundle.text()
    assert "«Prepara il pacchetto per il coordinamento…»" in page.first_bundle.text()
    monkeypatch.setattr(page, "choose_export_path", lambda name: str(tmp_path / "primo"))
    page.export_button.click()
    # Prepared, not yet answered: still said, now "bring it there".
    assert page.first_bundle.isVisibleTo(page)
    assert "fatelo arrivare al coordinamento" in page.first_bundle.text()
    sync.import_file(coordinator, tmp_path / "primo.genera")
    with coordinator.unit_of_work() as uow:
        sync.export(uow, tmp_path / "risposta.genera", to=point.site_id)
    page.import_paths([tmp_path / "risposta.genera"])
    assert not page.first_bundle.isVisibleTo(page)  # enrolled: nothing more to say


def test_an_empty_sites_table_says_why(qtbot: QtBot, coordinator: Store,
                                       tmp_path: Path) -> None:
    page = page_for(qtbot, coordinator)
    assert not page.sites.isVisibleTo(page)
    assert page.no_sites.isVisibleTo(page)
    assert "Nessuna altra postazione nella rete" in page.no_sites.text()
    assert not page.revoke_button.isEnabled()
    assert not page.first_bundle.isVisibleTo(page)  # the coordinator enrols no one
    with coordinator.unit_of_work() as uow:
        sync.invite(uow, site_name="Punto Calcinato", role="point", point_code="CAL",
                    out=tmp_path / "cal.invito")
        uow.commit()
    page.refresh()
    assert page.sites.isVisibleTo(page) and page.sites.rowCount() == 1
    assert not page.no_sites.isVisibleTo(page) and page.revoke_button.isEnabled()

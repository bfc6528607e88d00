"""Regenerate the guide's screenshots (docs/img/*.png) from a demo network.

    .venv/bin/python scripts/screenshots.py [--out docs/img] [--households 300]

Builds, in a temporary folder that is removed at the end, a small network like the one
the guide describes: a coordinator filled with the demo families (services/demo.py,
seed 1), a community point (Montichiari) and a custode sociale's laptop covering the
Montichiari housing contexts, every site enrolled by exchanging real bundles. Then it
opens the real windows offscreen (QT_QPA_PLATFORM=offscreen: no display needed), puts
each in the state the guide talks about and saves it with QWidget.grab().

Deterministic: the seed is fixed and the app's clock is moved to a fixed morning
(TODAY), so the dates in the pictures do not change with the day the script runs.
The user's real data folder and settings are never touched: HOME and the XDG folders
point into the temporary folder before Qt or genera is imported.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.mkdtemp(prefix="genera-screenshots-"))
# Before any import that could read them: nothing of this run may reach the real
# user folders (QSettings, platformdirs) or a real display.
os.environ.update({
    "HOME": str(WORK / "home"),
    "XDG_CONFIG_HOME": str(WORK / "config"),
    "XDG_DATA_HOME": str(WORK / "data"),
    "XDG_CACHE_HOME": str(WORK / "cache"),
    "QT_QPA_PLATFORM": "offscreen",
    "GENERA_LANG": "it",
})
os.environ.pop("GENERA_DATA_DIR", None)
sys.path.insert(0, str(ROOT))

import importlib  # noqa: E402
import pkgutil  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402

import genera_desktop  # noqa: E402

SIZE = (1280, 760)
# A Wednesday morning: what "today" is in every picture.
TODAY = date(2026, 3, 11)
MORNING = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
PASSWORD = "password-di-prova-1"
HOUSEHOLDS = 300
SEED = 1

# -- a fixed clock ---------------------------------------------------------------------

_started = time.monotonic()


def _moment() -> datetime:
    """MORNING plus the time this run has taken: still ticks, so clock stamps grow."""
    return MORNING + timedelta(seconds=time.monotonic() - _started)


class FixedDate(date):
    @classmethod
    def today(cls) -> FixedDate:
        moment = _moment()
        return cls(moment.year, moment.month, moment.day)


class FixedDateTime(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> FixedDateTime:
        moment = _moment()
        local = moment.astimezone(tz) if tz is not None else moment.astimezone().replace(
            tzinfo=None)
        return cls.combine(local.date(), local.timetz())

    @classmethod
    def today(cls) -> FixedDateTime:
        return cls.now()


def fix_clock() -> None:
    """Every genera module reads the day through its own ``date``/``datetime`` name (and
    the sync clock through ``clock.wall_ms``): point those names at the fixed clock."""
    for info in pkgutil.walk_packages(genera_desktop.__path__, "genera_desktop."):
        if ".migrations." in info.name or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    for name, module in list(sys.modules.items()):
        if not name.startswith("genera_desktop"):
            continue
        if getattr(module, "date", None) is date:
            module.date = FixedDate  # type: ignore[attr-defined]
        if getattr(module, "datetime", None) is datetime:
            module.datetime = FixedDateTime  # type: ignore[attr-defined]
    from genera_desktop.sync import clock

    clock.wall_ms = lambda: int(_moment().timestamp() * 1000)


# -- the network -----------------------------------------------------------------------


class Network:
    """Three open stores: coordinator, point MON, the Montichiari custode's laptop."""

    def __init__(self, root: Path, households: int) -> None:
        from genera_desktop.services import demo, records
        from genera_desktop.services.network import membership as network
        from genera_desktop.services.network import sync
        from genera_desktop.services.network.site import set_setting
        from genera_desktop.store import keyring

        # A throwaway network: a cheap password hash keeps the run short (each key slot
        # records its own parameters, so these stores still open normally).
        keyring.KDF_PARAMS = {"memory_cost": 1024, "iterations": 1, "lanes": 1, "length": 32}
        self.root = root
        self.coord = network.create_network(
            root / "coordinamento", network_name="Rete dimostrativa",
            site_name="Coordinamento di prova", admin_user="m.rossi", password=PASSWORD,
            display_name="Maria Rossi").store
        with self.coord.unit_of_work() as uow:
            demo.fill(uow, households, seed=SEED, today=TODAY)
            set_setting(uow.session, "demo_network", True)
            uow.commit()
        invites = {}
        with self.coord.unit_of_work() as uow:
            invites["point"] = sync.invite(
                uow, site_name="Punto di Comunità Montichiari", role="point", point_code="MON",
                out=root / "montichiari.invito")
            invites["laptop"] = sync.invite(
                uow, site_name="Custode sociale Montichiari", role="laptop", point_code=None,
                out=root / "custode.invito")
            uow.commit()
        self.laptop_id = invites["laptop"].site_id
        with self.coord.unit_of_work() as uow:
            self.contexts = [c for c in records.list_records(uow, "housing_context")
                             if c.get("municipality") == "Montichiari"]
            for context in self.contexts:
                records.update(uow, "housing_context", context["id"],
                               {"custode_site": self.laptop_id})
            uow.commit()
        self.point = sync.join(root / "punto", invites["point"].path, admin_user="l.ferrari",
                               password=PASSWORD, display_name="Laura Ferrari").store
        self.laptop = sync.join(root / "custode", invites["laptop"].path,
                                admin_user="r.pasini", password=PASSWORD,
                                display_name="Roberto Pasini").store
        self.ids = {"coord": self.coord.site_id, "point": self.point.site_id,
                    "laptop": self.laptop.site_id}
        self.count = 0
        for _ in range(2):  # enrolment, then the acknowledgements
            for member in ("point", "laptop"):
                self.send(member, "coord")
                self.send("coord", member)

    def store(self, name: str) -> Any:
        return {"coord": self.coord, "point": self.point, "laptop": self.laptop}[name]

    def export(self, frm: str, to: str) -> Path:
        from genera_desktop.services.network import sync

        self.count += 1
        folder = self.root / "pacchetti"
        folder.mkdir(exist_ok=True)
        path = folder / f"{self.count:03d}-{frm}-{to}.genera"
        with self.store(frm).unit_of_work() as uow:
            sync.export(uow, path, to=self.ids[to])
        return path

    def send(self, frm: str, to: str) -> Any:
        from genera_desktop.services.network import sync

        return sync.import_file(self.store(to), self.export(frm, to))

    def close(self) -> None:
        for store in (self.coord, self.point, self.laptop):
            store.close()



# -- the pictures ----------------------------------------------------------------------


class Camera:
    """Saves what the windows show, every picture SIZE wide and high."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.names: list[str] = []
        out.mkdir(parents=True, exist_ok=True)

    def settle(self) -> None:
        from PySide6.QtTest import QTest

        for _ in range(3):
            QTest.qWait(30)

    def window(self, window: Any, name: str) -> None:
        """The main window as it is."""
        self.settle()
        self._save(window.grab(), name)

    def dialog(self, window: Any, dialog: Any, name: str) -> None:
        """A dialog over its window, the window dimmed behind it as the eye sees it."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QColor, QPainter

        dialog.show()
        self.settle()
        picture = window.grab()
        front = dialog.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
        at = QPoint(max((picture.width() - front.width()) // 2, 0),
                    max((picture.height() - front.height()) // 2, 0))
        painter.drawPixmap(at, front)
        painter.end()
        self._save(picture, name)

    def _save(self, pixmap: Any, name: str) -> None:
        path = self.out / f"{name}.png"
        if not pixmap.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        self.names.append(path.name)


def open_window(store: Any) -> Any:
    from genera_desktop.ui.context import AppContext
    from genera_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(store), lock_ms=0)
    for page in window.pages.values():
        # Pages that keep a "today" took date.today before the clock was fixed.
        if callable(getattr(page, "today", None)):
            setattr(page, "today", FixedDate.today)  # noqa: B010 - any page with one
    window.resize(*SIZE)
    window.show()
    return window


def close_window(window: Any) -> None:
    window.confirm_quit_while_busy = lambda: True
    window.close()
    window.deleteLater()


def go(window: Any, key: str) -> Any:
    window.show_page(key)
    page = window.pages[key]
    refresh = getattr(page, "refresh", None)
    if callable(refresh):
        refresh()
    return page


def select_row(view: Any, row: int = 0) -> None:
    view.setCurrentIndex(view.model().index(row, 0))
    view.scrollTo(view.currentIndex())


def pick_first(page: Any) -> None:
    """Select a list page's first row, when it has one (its details show below)."""
    model = getattr(page, "model", None)
    if model is not None and model.rowCount():
        select_row(page.view)


PREVIEWS: list[Any] = []


def keep_previews_open() -> None:
    """The print preview waits in exec() until closed: here it is opened, kept for the
    picture, and the flow that asked for it goes on."""
    from genera_desktop.ui.common.print_preview import PrintPreviewDialog

    def show_pdf(cls: Any, parent: Any, pdf: bytes, suggested_name: str,
                 title: str | None = None) -> None:
        dialog = cls(pdf, suggested_name, parent, title)
        dialog.resize(900, 700)
        PREVIEWS.append(dialog)

    setattr(PrintPreviewDialog, "show_pdf", classmethod(show_pdf))  # noqa: B010


def take_all(net: Network, out: Path, only: set[str] | None = None) -> list[str]:
    from genera_desktop.app import make_application
    from genera_desktop.ui.common import tasks

    app = make_application([sys.argv[0]])
    # A steady text cursor: a blinking one would be in some pictures and not others.
    app.setCursorFlashTime(0)
    # Background work inline: each page is complete when it is grabbed.
    tasks.SYNCHRONOUS = True
    keep_previews_open()
    camera = Camera(out)
    if only:  # some chapters' pictures (--only youth): those that need no week's work
        for name in sorted(only):
            {"community": shots_community, "housing": shots_housing, "work": shots_work,
             "youth": shots_youth}[name](net, camera)
        return camera.names
    work = prepare_week(net)
    shots_setup(net, camera)
    shots_front_desk(net, camera, work)
    shots_community(net, camera)
    shots_housing(net, camera)
    shots_work(net, camera)
    shots_custode(net, camera, work)
    shots_coordination(net, camera, work)
    # Last: it renames the point's minors (no minor is named in a picture of the guide).
    shots_youth(net, camera)
    return camera.names



# -- the week's work, so the pages have something to show -------------------------------


def _add(store: Any, kind: str, data: dict[str, Any]) -> str:
    from genera_desktop.services import records

    with store.unit_of_work() as uow:
        rid = records.add(uow, kind, data)
        uow.commit()
    return rid


def _update(store: Any, kind: str, rid: str, data: dict[str, Any]) -> None:
    from genera_desktop.services import records

    with store.unit_of_work() as uow:
        records.update(uow, kind, rid, data)
        uow.commit()


def prepare_week(net: Network) -> dict[str, Any]:
    """A morning at the point, a round of the custode, and their bundles for the
    coordinator (not imported yet: the coordinator's pictures import them)."""
    from genera_desktop.services import records
    from genera_desktop.services.custode import visits as custode

    day = TODAY.isoformat()
    # The point registers a family that came in today.
    family = _add(net.point, "household", {
        "point": "MON", "address": "Via Mazzini 5", "municipality": "Montichiari",
        "phone": "333 412 7788", "status": "new"})
    reference = _add(net.point, "person", {
        "household": family, "first_name": "Giulia", "last_name": "Bonetti",
        "is_reference": True, "relation": "reference", "birth_date": "1984-02-14",
        "sex": "F", "tax_code_missing": True, "phone": "333 412 7788"})
    _add(net.point, "intake", {
        "household": family, "date": day, "point": "MON", "operator": "l.ferrari",
        "channel": "referral", "referred_by": "Servizi sociali del Comune",
        "reference_person": reference, "housing_tenure": "rented", "arrears": True,
        "income_sources": ["work"], "needs_stated": ["economic", "housing"],
        "needs_observed": ["economic", "work"], "outcome": "taken_on",
        "privacy_notice_date": day, "consents": ["processing", "network_sharing", "contact"],
        "notes": "Affitto arretrato di due mensilità; lavoro part-time."})
    _add(net.point, "contact", {"household": family, "date": day,
                                "contact_type": "interview", "person": reference,
                                "operator": "l.ferrari", "notes": "Primo colloquio."})
    _add(net.point, "referral", {"household": family, "date": day, "direction": "out",
                                 "organisation": "Caritas – Centro di ascolto",
                                 "status": "sent"})
    _add(net.point, "follow_up", {
        "household": family, "operator": "l.ferrari", "note": "Richiamare per l'ISEE",
        "due_date": (TODAY + timedelta(days=2)).isoformat()})

    with net.coord.unit_of_work() as uow:
        persons = records.list_records(uow, "person")
        households = {h["id"]: h for h in records.list_records(uow, "household")}
    # A family the point registers again, under another spelling: the coordinator's
    # duplicates page finds the pair.
    twin = next(p for p in persons if p.get("birth_date") and p.get("is_reference")
                and households[p["household"]]["point"] != "MON")
    again = _add(net.point, "household", {"point": "MON", "address": "Via Brescia 21"})
    _add(net.point, "person", {
        "household": again, "first_name": twin["first_name"] + "a"
        if not twin["first_name"].endswith("a") else twin["first_name"][:-1] + "o",
        "last_name": twin["last_name"], "birth_date": twin["birth_date"],
        "is_reference": True, "tax_code_missing": True})
    # The same telephone changed at the point and at the coordinator: a conflict.
    shared = next(h for h in households.values() if h["point"] == "MON" and h.get("phone"))
    _update(net.point, "household", shared["id"], {"phone": "030 961 5521"})
    time.sleep(0.01)
    _update(net.coord, "household", shared["id"], {"phone": "030 961 5512"})

    # The custode's round: two visits this morning.
    with net.laptop.unit_of_work() as uow:
        contexts = custode.my_contexts(uow)
        busiest = max(contexts, key=lambda c: c.households)
        residents = custode.residents(uow, busiest.id, today=TODAY)
    with net.laptop.unit_of_work() as uow:
        custode.record_visit(uow, {
            "housing_context": busiest.id, "household": residents[0].household_id,
            "date": day, "time": "09:40", "flagged_by": "custode",
            "contact_type": "home_visit", "issues": ["loneliness", "maintenance"],
            "referrals": ["aler"], "actions": "Segnalata all'ALER la caldaia guasta.",
            "outcome": "Da rivedere dopo l'intervento",
            "next_visit": (TODAY + timedelta(days=7)).isoformat()})
        custode.record_visit(uow, {
            "housing_context": busiest.id, "date": day, "time": "10:15",
            "contact_type": "shared_spaces", "issues": ["vandalism"],
            "outcome": "Portone riparato, spazi comuni puliti"})
        uow.commit()

    # The week's folder as the coordinator gets it: each site's bundle named as the app
    # suggests, last week's one again (already imported) and one broken on the way.
    from genera_desktop.services.network import sync

    week = net.root / "settimana"
    week.mkdir()
    names = {"point": "Punto di Comunità Montichiari", "laptop": "Custode sociale Montichiari"}
    for member, name in names.items():
        shutil.copy(net.export(member, "coord"),
                    week / f"{sync.safe_file_name(name)}-{day}{sync.EXTENSION}")
    earlier = sorted((net.root / "pacchetti").glob("*-point-coord.genera"))[0]
    shutil.copy(earlier, week / f"{sync.safe_file_name(names['point'])}-2026-03-04"
                f"{sync.EXTENSION}")
    whole = earlier.read_bytes()
    (week / f"{sync.safe_file_name(names['laptop'])}-2026-03-04{sync.EXTENSION}").write_bytes(
        whole[: len(whole) // 2])
    return {"family": family, "context": busiest.id, "week": week}



def _backdrop() -> Any:
    """An empty desk behind the windows shown before the main one exists."""
    from PySide6.QtWidgets import QWidget

    desk = QWidget()
    desk.setObjectName("screenshotDesk")
    desk.setStyleSheet("#screenshotDesk { background: #dfe3e8; }")
    desk.resize(*SIZE)
    desk.show()
    return desk


def shots_setup(net: Network, camera: Camera) -> None:
    """The first start (setup wizard) and the login."""
    from genera_desktop.ui.session.login import LoginDialog
    from genera_desktop.ui.session.setup import SetupWizard

    desk = _backdrop()
    wizard = SetupWizard(WORK / "nuova-postazione")
    wizard.resize(720, 560)
    wizard.show()
    camera.dialog(desk, wizard, "01-primo-avvio")
    wizard.choice.choose("demo")
    wizard.next()
    page = wizard.demo_page
    page.username.setText("m.rossi")
    page.display_name.setText("Maria Rossi")
    page.password.setText(PASSWORD)
    page.password2.setText(PASSWORD)
    camera.dialog(desk, wizard, "02-rete-dimostrativa")
    wizard.back()
    wizard.choice.choose("join")
    wizard.next()
    wizard.invitation_page.load(net.root / "montichiari.invito")
    camera.dialog(desk, wizard, "03-unirsi-a-una-rete")
    wizard.hide()
    wizard.deleteLater()

    login = LoginDialog(net.point.data_dir)
    login.username.setText("l.ferrari")
    camera.dialog(desk, login, "04-accesso")
    login.hide()
    login.deleteLater()
    desk.close()
    desk.deleteLater()


def shots_front_desk(net: Network, camera: Camera, work: dict[str, Any]) -> None:
    """The point of Montichiari: agenda, households, one household, a person, a print."""
    from PySide6.QtTest import QTest

    from genera_desktop.domain.codice_fiscale import encode
    from genera_desktop.ui.registry.person_dialog import PersonDialog

    window = open_window(net.point)
    go(window, "agenda")
    camera.window(window, "10-agenda")
    go(window, "households")
    camera.window(window, "11-nuclei")
    page = window.pages["households"]
    page.search.setText("bonetti")
    page.apply_search()
    QTest.qWait(500)  # the field's clear button fades in
    camera.window(window, "12-ricerca")
    page.search.clear()
    page.apply_search()

    window.open_household(work["family"])
    household = window.household_page
    household.tabs.setCurrentWidget(household.members)
    camera.window(window, "13-nucleo-componenti")
    household.tabs.setCurrentWidget(household.intake)
    camera.window(window, "14-nucleo-accoglienza")
    bar = household.intake.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 5)
    camera.window(window, "15-accoglienza-bisogni")
    bar.setValue(0)
    household.tabs.setCurrentWidget(household.referrals)
    camera.window(window, "16-nucleo-invii")
    household.tabs.setCurrentWidget(household.follow_ups)
    camera.window(window, "17-nucleo-promemoria")

    household.tabs.setCurrentWidget(household.members)
    person = PersonDialog(window.ctx, window, work["family"])
    person.form.editors["last_name"].set_value("Bonetti")
    person.form.editors["first_name"].set_value("Marco")
    # A boy born in Brescia: typing his code fills birth date, sex and place.
    QTest.keyClicks(person.tax_code, encode("Bonetti", "Marco", "M", date(2015, 6, 3),
                                            "Brescia"))
    person.relation.set_value("child")
    camera.dialog(window, person, "18-nuovo-componente")
    person.hide()
    person.deleteLater()

    # "Stampa scheda…" on the household page: the family's own form, to sign.
    household.print_intake(include_health=False)
    preview = PREVIEWS.pop()
    camera.dialog(window, preview, "19-stampa-scheda")
    preview.hide()
    preview.deleteLater()

    # File › Impostazioni…: the backups tab, after "Crea copia ora".
    from genera_desktop.ui.session.settings import SettingsDialog

    settings = SettingsDialog(window.ctx, window, lock=window.lock)
    settings.backups.create_now()
    settings.backups.say("")  # its message names the temporary folder
    camera.dialog(window, settings, "06-impostazioni")
    settings.hide()
    settings.deleteLater()

    # Ctrl+L: the lock, its cover over the window and the password asked again.
    window.lock.lock()
    camera.dialog(window, window.lock.dialog, "05-blocco")
    window.lock.dialog.accept()
    close_window(window)


CAUGHT: list[Any] = []


def catch_dialogs(*classes: Any) -> None:
    """A dialog a page opens with exec() waits there until closed: here exec() keeps
    the dialog for the picture and answers "cancelled", so the page's own code (its
    arguments, its hint) builds what the picture shows."""
    from PySide6.QtWidgets import QDialog

    def keep(dialog: Any) -> int:
        CAUGHT.append(dialog)
        return int(QDialog.DialogCode.Rejected.value)

    for cls in classes:
        setattr(cls, "exec", keep)  # noqa: B010 - the screenshot run's own patch


def _showcase_workshop(store: Any) -> dict[str, Any]:
    """The point's workshop with the most to show: running, and the longest running
    (the most sessions marked)."""
    from genera_desktop.services.community import ui_queries

    rows = ui_queries.workshop_rows(store)
    return min(rows, key=lambda w: (w.get("status") != "running",
                                    w.get("start_date") or "9999", w["id"]))


def shots_community(net: Network, camera: Camera) -> None:
    """The point's community life: workshops (list, attendance grid, enrolling, the
    sign-in sheet), initiatives and the partner network."""
    from collections import Counter

    from genera_desktop.services import records
    from genera_desktop.services.community import organisations
    from genera_desktop.ui.community.enrol_dialog import PersonSearchDialog
    from genera_desktop.ui.community.initiative_dialog import InitiativeDialog
    from genera_desktop.ui.community.organisation_dialog import OrganisationDialog

    catch_dialogs(PersonSearchDialog, InitiativeDialog, OrganisationDialog)
    window = open_window(net.point)
    section = go(window, "workshops")
    # The workshop page and its grid took the real "today" when they were built.
    section.page.today = FixedDate.today
    section.page.grid.today = FixedDate.today
    pick_first(section.list)
    camera.window(window, "40-laboratori")

    workshop = _showcase_workshop(net.point)
    section.open_workshop(workshop["id"])
    page = section.page
    page.tabs.setCurrentWidget(page.grid_page)
    page.focus_tab()
    grid = page.grid
    # The cursor on the last session held, a row down: its person and date lit.
    current = grid.view.currentIndex()
    grid.go_to(grid.model.person_at(min(1, grid.model.guests_row - 1))["id"],
               grid.model.session_at(current.column())["id"])
    camera.window(window, "41-laboratorio-presenze")

    page.tabs.setCurrentWidget(page.participants_tab)
    page.enrol_person()  # Ins on «Partecipanti»: the search as at the front desk
    search = CAUGHT.pop()
    # The start of the point's commonest surname, as typed at the desk: a few found.
    enrolled = {e["person"] for e in page.participants}
    starts = Counter(p["last_name"][:3].lower()
                     for p in records.list_records(net.point, "person")
                     if p["id"] not in enrolled and len(p.get("last_name") or "") >= 3)
    search.search.setText(max(sorted(starts), key=lambda s: starts[s]))
    search.refresh()
    camera.dialog(window, search, "42-iscrivi-persona")
    search.hide()
    search.deleteLater()

    page.tabs.setCurrentWidget(page.grid_page)
    page.print_signin()  # Ctrl+P: the sheet of the grid's session
    preview = PREVIEWS.pop()
    camera.dialog(window, preview, "43-foglio-firme")
    preview.hide()
    preview.deleteLater()
    page.close_page()

    initiatives = go(window, "initiatives")
    pick_first(initiatives)
    camera.window(window, "44-iniziative")
    rows = initiatives.model.rows
    chosen = next((r for r in rows if r.get("status") == "evaluating"), rows[0])
    select_row(initiatives.view, rows.index(chosen))
    initiatives.row_activated(chosen)  # Enter on the row
    dialog = CAUGHT.pop()
    dialog.resize(760, 700)
    # «Accogli» without the decision's date: the refusal, in words, under the fields.
    dialog.apply_move("accepted")
    camera.dialog(window, dialog, "45-iniziativa")
    dialog.hide()
    dialog.deleteLater()

    network = go(window, "network")
    rows = network.model.rows
    agreed = [r for r in rows if organisations.agreements_of(net.point, r["id"])]
    chosen = next((r for r in agreed if r.get("org_type") == "cooperative"),
                  agreed[0] if agreed else rows[0])
    select_row(network.view, rows.index(chosen))
    camera.window(window, "46-rete")
    network.row_activated(chosen)
    dialog = CAUGHT.pop()
    camera.dialog(window, dialog, "47-ente")
    dialog.hide()
    dialog.deleteLater()
    close_window(window)


def shots_housing(net: Network, camera: Camera) -> None:
    """The point's Casa section: dwellings, guarantee funds, arrears and their plan,
    co-housing offers and pairs, pacts and their visits; a family's housing on its
    page; the printed pact."""
    from genera_desktop.services import records
    from genera_desktop.services.housing import pairs as pairing

    window = open_window(net.point)
    page = go(window, "housing")
    dwellings = page.show_tab("dwellings")
    pick_first(dwellings)
    camera.window(window, "60-casa-alloggi")
    offers = page.show_tab("offers")
    offers.refresh()
    if offers.pairs.model.rowCount():
        select_row(offers.pairs.view)
    offers.show_reasons()
    camera.window(window, "63-casa-ospitalita")
    # «Avvia la coabitazione» on the first pair, a month ago; the custode's visit in the
    # trial month and the point's a month later.
    pair = offers.current_pair()
    if pair is not None:
        begun = TODAY - timedelta(days=40)
        pact = pairing.start_pact(net.point, pair.host["id"], pair.guest["id"], {
            "start_date": begun.isoformat(), "phase": "monitoring",
            "monthly_contribution": pair.host.get("contribution"),
            "duties": "Compagnia la sera, spesa il sabato"})
        for days, visitor, outcome in ((12, "custode", "good"), (35, "staff", "attention")):
            _add(net.point, "cohousing_visit", {
                "pact": pact, "date": (begun + timedelta(days=days)).isoformat(),
                "visitor": visitor, "operator": "l.ferrari" if visitor == "staff"
                else "r.pasini", "outcome": outcome,
                "notes": "Convivenza serena." if outcome == "good"
                else "Da chiarire l'uso della cucina."})
    pacts = page.show_tab("pacts")
    pick_first(pacts)
    pacts.show_visits()
    camera.window(window, "64-casa-coabitazioni")
    pacts.print_pact()
    preview = PREVIEWS.pop()
    camera.dialog(window, preview, "66-patto-stampato")
    preview.hide()
    preview.deleteLater()

    # A family with a rent contract and an arrears case, on its page.
    contracts = {c["household"] for c in records.list_records(net.point, "rent_contract")}
    cases = {c["household"] for c in records.list_records(net.point, "arrears_case")}
    family = sorted(contracts & cases or contracts)[0]
    window.open_household(family)
    household = window.household_page
    household.tabs.setCurrentWidget(household.housing)
    camera.window(window, "65-nucleo-casa")
    household.close_page()
    agenda_deadlines(net.point)
    agenda = go(window, "agenda")
    # The housing part as a user reaches it with Tab: scrolled into sight under the
    # follow-ups, its first row current.
    from PySide6.QtWidgets import QScrollArea
    select_row(agenda.housing.view)
    camera.settle()  # laid out first: the scroll area then knows where the part is
    agenda.findChild(QScrollArea, "agendaUpper").ensureWidgetVisible(agenda.housing)
    camera.window(window, "67-agenda-casa")
    close_window(window)

    # The coordinator, who holds every application and decides the money.
    from genera_desktop.services.housing import ui_queries

    window = open_window(net.coord)
    page = go(window, "housing")
    funds = page.show_tab("funds")
    camera.window(window, "61-casa-fondi")
    arrears = page.show_tab("arrears")
    rows = arrears.cases.model.rows
    # The case with the longest repayment plan under way.
    chosen = max((r for r in rows if r.get("status") == "plan_agreed"),
                 key=lambda r: len(ui_queries.installments(net.coord, r["id"])),
                 default=rows[0])
    select_row(arrears.cases.view, rows.index(chosen))
    arrears.show_plan()
    camera.window(window, "62-casa-morosita")
    # The agreed-rent zones as shipped: empty, saying why and how to enter them.
    page.show_tab("zones")
    camera.window(window, "68-casa-zone")
    del funds
def agenda_deadlines(store: Any) -> None:
    """What the agenda's housing part shows at the point: two agreed contracts ending
    their first three years (in seven weeks, in five months), an instalment of a plan
    nine days late (the demo's few deadlines fall at other points)."""
    from genera_desktop.services import records

    dwellings = [d["id"] for d in records.list_records(store, "dwelling")]
    rented = {c["household"] for c in records.list_records(store, "rent_contract")}
    cases = [c for c in records.list_records(store, "arrears_case")
             if c.get("status") in ("open", "plan_agreed")]
    free = sorted(h["id"] for h in records.list_records(store, "household")
                  if h["id"] not in rented and h["id"] not in {c["household"] for c in cases})
    for n, start in enumerate(("2023-05-01", "2023-08-20")):
        _add(store, "rent_contract", {"dwelling": dwellings[n], "household": free[n],
                                      "start_date": start, "contract_type": "agreed",
                                      "monthly_rent": 430 + 40 * n})
    if cases:
        _add(store, "installment", {"arrears_case": sorted(cases, key=lambda c: c["id"])[0]["id"],
                                    "due_date": (TODAY - timedelta(days=9)).isoformat(),
                                    "amount": 150})


def shots_work(net: Network, camera: Camera) -> None:
    """The point's work plan: the vacancies, one with its ranked candidates, a person's
    work, the month grid of the point's internships, an allowance statement."""
    from genera_desktop.services import records
    from genera_desktop.services.work import attendance
    from genera_desktop.ui.work.month_grid import MonthGridDialog
    from genera_desktop.ui.work.person_dialog import PersonWorkDialog
    from genera_desktop.ui.work.vacancy_dialog import VacancyDialog

    window = open_window(net.point)
    page = go(window, "work")
    rows = page.model.rows
    # An open vacancy with candidates to rank: the one most profiles fit.
    chosen = next((r for r in rows if (r.get("status") or "open") == "open"
                   and r.get("required_skills")), rows[0])
    select_row(page.view, rows.index(chosen))
    camera.window(window, "50-lavoro")
    vacancy = VacancyDialog(window.ctx, chosen, window)
    vacancy.resize(1100, 640)
    camera.dialog(window, vacancy, "51-offerta")
    vacancy.hide()
    vacancy.deleteLater()

    month = f"{TODAY.year:04d}-{TODAY.month:02d}"
    # A trainee under way with months entered: the person with the most of them.
    counted: dict[str, int] = {}
    for entered in records.list_records(net.point, "internship_month"):
        counted[entered["internship"]] = counted.get(entered["internship"], 0) + 1
    internships = [i for i in records.list_records(net.point, "internship")
                   if i.get("status") == "active" and counted.get(i["id"])]
    internship = max(internships, key=lambda i: (counted[i["id"]], i["id"]))
    person = records.show(net.point, "person", internship["person"])
    name = f"{person['last_name']} {person['first_name']}"
    # A skill offered by this person and asked by a neighbour: the exchange's match.
    neighbour = next(p for p in records.list_records(net.point, "person")
                     if p["id"] != person["id"] and p.get("birth_date"))
    _add(net.point, "skill_exchange", {"person": person["id"], "skill": "haccp",
                                       "direction": "offer"})
    _add(net.point, "skill_exchange", {"person": neighbour["id"], "skill": "haccp",
                                       "direction": "ask"})
    work = PersonWorkDialog(window.ctx, person["id"], name, window)
    work.resize(1120, 740)
    select_row(work.internship_view, next(
        n for n, r in enumerate(work.internships.rows) if r["id"] == internship["id"]))
    camera.dialog(window, work, "52-lavoro-persona")
    work.hide()
    work.deleteLater()

    grid = MonthGridDialog(window.ctx, point="MON", month=month, parent=window)
    grid.resize(1080, 600)
    rows = grid.model.rows
    pending = next((n for n, r in enumerate(rows) if r["id"] is None), 0)
    grid.view.setCurrentIndex(grid.model.index(pending, grid.model.keys.index("days_attended")))
    camera.dialog(window, grid, "53-presenze-mese")
    grid.hide()
    grid.deleteLater()
    assert attendance.point_month(net.point, "MON", month), "no internship under way"

    # The trainee's month by days (Enter on a row, or Alt+M): present on the working
    # days up to yesterday but one, the cursor on today.
    from genera_desktop.domain.holidays import is_working_day, month_days
    from genera_desktop.ui.work.days_grid import DaysGridDialog

    present = [d.day for d in month_days(month) if d < TODAY and is_working_day(d)
               and internship["start_date"] <= d.isoformat()][:-2]
    present.append(TODAY.day - 2)
    attendance.save_days(net.point, internship["id"], month, present)
    days = DaysGridDialog(window.ctx, internship["id"], month, title=name, parent=window)
    days.resize(1240, 330)
    days.view.setCurrentIndex(days.model.index(0, TODAY.day - 1))
    camera.dialog(window, days, "55-presenze-giorni")
    days.hide()
    days.deleteLater()

    months = MonthGridDialog(window.ctx, internship=internship["id"], title=name,
                             parent=window)
    months.print_statement()  # Ctrl+P in the internship's grid
    preview = PREVIEWS.pop()
    camera.dialog(window, preview, "54-prospetto-indennita")
    preview.hide()
    preview.deleteLater()
    months.deleteLater()
    close_window(window)


def shots_custode(net: Network, camera: Camera, work: dict[str, Any]) -> None:
    """The custode's laptop: contexts and residents, a visit, the round sheet, sync."""
    from genera_desktop.ui.custode.visit import VisitDialog

    window = open_window(net.laptop)
    page = go(window, "my_contexts")
    row = next(r for r, c in enumerate(page.contexts.rows) if c.id == work["context"])
    select_row(page.context_view, row)
    select_row(page.resident_view, 1)
    page.resident_view.setFocus()
    camera.window(window, "20-miei-contesti")
    page.tabs.setCurrentIndex(1)
    camera.window(window, "21-visite-registrate")
    page.tabs.setCurrentIndex(0)

    visit = VisitDialog(window.ctx, window, work["context"],
                        page.residents.rows[1].household_id)
    visit.resize(1180, visit.sizeHint().height())
    visit.outcome.setText("Sta bene; chiede aiuto per le bollette")
    visit.issues.set_value(["rent_arrears", "digital_help"])
    camera.dialog(window, visit, "22-visita")
    visit.hide()
    visit.deleteLater()

    page.print_round()  # Ctrl+P on the context
    preview = PREVIEWS.pop()
    camera.dialog(window, preview, "23-giro-stampato")
    preview.hide()
    preview.deleteLater()

    sync_page = go(window, "sync")
    sync_page.choose_export_path = lambda suggested: str(WORK / suggested)
    sync_page.export_for_coordinator()
    camera.window(window, "24-pacchetto-custode")
    close_window(window)


def shots_coordination(net: Network, camera: Camera, work: dict[str, Any]) -> None:
    """The coordinator: the week's import, indicators, duplicates, conflicts, audit."""
    from genera_desktop.ui.network.invite import InviteDialog

    window = open_window(net.coord)
    sync_page = go(window, "sync")
    sync_page.choose_folder = lambda title: str(work["week"])
    sync_page.import_folder()
    camera.window(window, "30-importare-pacchetti")
    dashboard = go(window, "dashboard")
    camera.window(window, "31-cruscotto")
    if dashboard.work is not None:  # the work plan's part, at the foot of the page
        from PySide6.QtWidgets import QScrollArea

        scroll = dashboard.findChild(QScrollArea)
        camera.settle()
        from PySide6.QtCore import QPoint

        top = dashboard.work.mapTo(scroll.widget(), QPoint(0, 0)).y()
        scroll.verticalScrollBar().setValue(top - 8)
        camera.window(window, "37-cruscotto-lavoro")
        scroll.verticalScrollBar().setValue(0)
    pick_first(go(window, "duplicates"))
    camera.window(window, "32-duplicati")
    conflicts = go(window, "conflicts")
    # The open conflicts are a tab of the page, or the page itself.
    pick_first(getattr(conflicts, "conflicts", conflicts))
    camera.window(window, "33-conflitti")
    audit = go(window, "audit")
    # The period fields start from the real calendar (QDate): show the fixed month.
    from PySide6.QtCore import QDate

    audit.since.setDate(QDate(TODAY.year, TODAY.month - 1, TODAY.day))
    audit.until.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    camera.window(window, "34-registro-accessi")
    go(window, "users")
    camera.window(window, "36-utenti")
    go(window, "sync")
    invite = InviteDialog(window.ctx, window)
    invite.site_name.setText("Punto di Comunità Calcinato")
    invite.point.setCurrentIndex(max(invite.point.findData("CAL"), 0))
    camera.dialog(window, invite, "35-invito")
    invite.hide()
    invite.deleteLater()
    close_window(window)


def hide_minors(store: Any) -> None:
    """Rename every person under 18 on TODAY to their initials: the guide's pictures name
    no minor, even an invented one (issue 14)."""
    from genera_desktop.domain.ages import under_18_on
    from genera_desktop.services import records

    for person in records.list_records(store, "person"):
        if under_18_on(person.get("birth_date"), TODAY):
            first, last = person.get("first_name") or "?", person.get("last_name") or "?"
            _update(store, "person", person["id"],
                    {"first_name": f"{first[0]}.", "last_name": f"{last[0]}."})


def school_work_at_the_point(store: Any) -> None:
    """A student of 18 or 19 of the point in school-work for three weeks, with the hours
    of each working day so far and their own consent to images (the demo's few
    experiences may all be at other points)."""
    from genera_desktop.domain.ages import age_on
    from genera_desktop.services import records

    def adult_student(person: dict[str, Any]) -> bool:
        """18 already a month ago (no parent's consent needed), and 19 at most."""
        month_ago = age_on(person.get("birth_date"), TODAY - timedelta(days=30)) or 0
        return month_ago >= 18 and (age_on(person.get("birth_date"), TODAY) or 99) <= 19

    student = next(p for p in sorted(records.list_records(store, "person"),
                                     key=lambda p: p["id"]) if adult_student(p))
    organisations = records.list_records(store, "organisation")
    # An upper secondary school (a technical institute), not the first school listed,
    # which may be a nursery school.
    school = next((o for o in organisations if o.get("org_type") == "school"
                   and "tecnico" in (o.get("name") or "").lower()),
                  next(o for o in organisations if o.get("org_type") == "school"))
    host = next(o for o in organisations if o.get("org_type") != "school")
    start = TODAY - timedelta(days=TODAY.weekday() + 14)  # a Monday, two weeks ago
    experience = _add(store, "school_work", {
        "person": student["id"], "school": school["id"], "host": host["id"],
        "school_type": "tecnico", "title": "Accoglienza e segreteria",
        "start_date": start.isoformat(), "end_date": (start + timedelta(days=18)).isoformat(),
        "planned_hours": 60, "school_tutor": "prof.ssa Gatti", "host_tutor": "Marco Pini",
        "safety_training_on": (start - timedelta(days=5)).isoformat(),
        "pact_signed_on": (start - timedelta(days=7)).isoformat()})
    day = start
    activities = ("Accoglienza del pubblico", "Archivio delle pratiche",
                  "Agenda degli appuntamenti", "Posta e protocollo")
    while day < TODAY:
        if day.weekday() < 5:
            _add(store, "school_work_hours", {
                "school_work": experience, "date": day.isoformat(),
                "hours": 4 if day.weekday() < 4 else 3.5,
                "activity": activities[day.toordinal() % len(activities)]})
        day += timedelta(days=1)
    _add(store, "consent", {"person": student["id"], "consent_type": "images",
                            "date": (start - timedelta(days=7)).isoformat(),
                            "given_by": "self"})


def shots_youth(net: Network, camera: Camera) -> None:
    """The point's Adolescenti section: the young people (minors by their initials
    only), a young adult's plan with a school-work experience and its hours register,
    the groups, a group's attendance grid, the week."""
    from genera_desktop.services import records
    from genera_desktop.ui.youth.hours_dialog import HoursDialog
    from genera_desktop.ui.youth.plan_dialog import PlanDialog

    hide_minors(net.point)
    if not records.list_records(net.point, "school_work"):
        school_work_at_the_point(net.point)
    window = open_window(net.point)
    section = go(window, "youth")
    # The section's tabs that keep a "today" took date.today before the clock was fixed.
    section.week.today = FixedDate.today
    section.groups.page.today = FixedDate.today
    section.groups.page.grid.today = FixedDate.today
    people = section.people
    people.refresh()
    # A student of 18 or 19 with a school-work experience: an adult, named.
    experiences = sorted(records.list_records(net.point, "school_work"),
                         key=lambda e: (-(e.get("hours_done") or 0), e["id"]))
    student = experiences[0]["person"]
    rows = people.model.rows
    select_row(people.view, next(n for n, r in enumerate(rows) if r.id == student))
    camera.window(window, "70-adolescenti")
    plan = PlanDialog(window.ctx, window, student)
    plan.resize(1000, 720)  # consents, school-work, groups
    camera.dialog(window, plan, "71-adolescente-piano")
    hours = HoursDialog(window.ctx, plan, experiences[0]["id"])
    hours.resize(900, 620)
    camera.dialog(window, hours, "72-registro-ore")
    hours.hide()
    hours.deleteLater()
    plan.hide()
    plan.deleteLater()

    section.tabs.setCurrentWidget(section.groups)
    groups = section.groups
    groups.list.refresh()
    camera.window(window, "73-adolescenti-gruppi")
    # The group running with the most sessions, on its attendance grid.
    listed = groups.list.model.rows
    chosen = max((w for w in listed if w.get("format") == "group"),
                 key=lambda w: (w.get("status") == "running", w.get("sessions", 0),
                                w.get("participants", 0)), default=listed[0])
    groups.open_group(chosen["id"])
    page = groups.page
    page.tabs.setCurrentWidget(page.grid_page)
    camera.window(window, "74-gruppo-presenze")
    page.close_page()

    section.tabs.setCurrentWidget(section.week)
    week = section.week
    week.facilitator.setCurrentIndex(week.facilitator.findData(None))
    # The latest week with sessions, up to this one.
    week.go_to_today()
    for _ in range(8):
        if week.model.rowCount():
            break
        week.shift_week(-1)
    camera.window(window, "75-adolescenti-settimana")
    close_window(window)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--households", type=int, default=HOUSEHOLDS)
    parser.add_argument("--only", default="",
                        help="only these chapters' pictures, comma-separated: community, "
                             "housing, work, youth")
    args = parser.parse_args(argv)
    fix_clock()
    began = time.monotonic()
    try:
        net = Network(WORK / "rete", args.households)
        print(f"network ready in {time.monotonic() - began:.1f}s")
        names = take_all(net, args.out, {n for n in args.only.split(",") if n} or None)
        net.close()
        print(f"{len(names)} screenshots in {args.out} ({time.monotonic() - began:.1f}s)")
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

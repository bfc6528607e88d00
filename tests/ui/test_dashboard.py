"""The dashboard shows the indicators of the store, computed through run_task."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QToolTip
from pytestqt.qtbot import QtBot

from genera_desktop.store.local import Site
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.coordination.dashboard import (
    CategoryChartView,
    DashboardPage,
    axis_labels,
    nice_step,
    short_label,
    top_destinations,
)
from tests.ui.conftest import PLATFORM_NOISE
from tests.ui.helpers import add, family


def test_indicators_are_shown(qtbot: QtBot, ctx: AppContext, sync_tasks: None) -> None:
    family(ctx.store, "Rossi", "Maria")
    family(ctx.store, "Popa", "Ion", point="CAL")
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.data is not None and page.data["households_total"] == 2
    assert page.reached.text() == "2"
    assert page.progress.maximum() == 4500 and page.progress.value() == 2
    assert page.by_point.chart().title() == "Nuclei per punto di comunità"
    assert page.by_point.chart().series()[0].barSets()[0].count() == 2
    family(ctx.store, "Verdi", "Anna")
    page.refresh_button.click()
    assert page.reached.text() == "3"


def test_the_weekly_chart_has_52_weeks_with_this_weeks_families(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None
) -> None:
    today = date.today()
    family(ctx.store, "Rossi", "Maria", registered_on=today.isoformat())
    family(ctx.store, "Bianchi", "Anna", registered_on=(today - timedelta(weeks=3)).isoformat())
    family(ctx.store, "Neri", "Ugo", registered_on=(today - timedelta(weeks=60)).isoformat())
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    chart = page.weekly.chart()
    assert chart.title() == "Nuovi nuclei per settimana (ultime 52 settimane)"
    bars = chart.series()[0].barSets()[0]
    weekly = [bars.at(i) for i in range(bars.count())]
    assert len(weekly) == 52
    assert weekly[-1] == 1 and weekly[-4] == 1 and sum(weekly) == 2  # 60 weeks ago: out
    months = chart.axes()[0].categoriesLabels()
    assert 11 <= len(months) <= 13  # a label where each month begins
    # The year where the axis starts and in January only: short labels stay whole.
    assert all(len(m.split()) == 1 for m in months[1:] if not m.startswith("gen"))
    assert len(months[0].split()) == 2


def test_referrals_are_stacked_by_outcome_per_destination(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None
) -> None:
    hid = family(ctx.store, "Rossi", "Maria")
    for organisation, status in (("Caritas", "sent"), ("Caritas", "accepted"),
                                 ("CPS", "accepted"), ("Caritas", "sent")):
        add(ctx.store, "referral", {"household": hid, "date": "2026-01-10",
                                    "organisation": organisation, "status": status})
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    chart = page.referrals.chart()
    assert chart.title() == "Invii per destinazione ed esito"
    series = chart.series()[0]
    assert isinstance(series, QHorizontalStackedBarSeries)
    # The busiest destination is on top: Qt draws the first category at the bottom.
    assert chart.axes()[0].categories() == ["CPS", "Caritas"]
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in series.barSets()}
    assert sets["Inviato"] == [0, 2] and sets["Accolto"] == [1, 1]
    assert sets["Rifiutato"] == [0, 0]
    assert chart.legend().isVisible()


def test_issues_and_sites_are_shown(qtbot: QtBot, ctx: AppContext, sync_tasks: None) -> None:
    context = add(ctx.store, "housing_context", {"name": "ALER Via Prati"})
    with ctx.store.unit_of_work() as uow:
        now = datetime.now(UTC)
        uow.session.add(Site(site_id="00000000-0000-4000-8000-000000000001",
                             name="Punto Calcinato", role="point", point_code="CAL",
                             extra={"last_in": (now - timedelta(days=2)).isoformat()}))
        uow.session.add(Site(site_id="00000000-0000-4000-8000-000000000002",
                             name="Portatile", role="laptop",
                             extra={"last_in": (now - timedelta(days=20)).isoformat()}))
        uow.commit()
    add(ctx.store, "visit", {"housing_context": context, "date": "2026-01-10",
                             "issues": ["loneliness", "maintenance"]})
    add(ctx.store, "visit", {"housing_context": context, "date": "2026-01-11",
                             "issues": ["loneliness"]})
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    chart = page.by_issue.chart()
    labels = chart.axes()[0].categories()
    bars = chart.series()[0].barSets()[0]
    counts = dict(zip(labels, (bars.at(i) for i in range(bars.count())), strict=True))
    assert labels[-1] == "Solitudine"  # listed top down: the first issue at the top
    assert counts["Solitudine"] == 2 and counts["Guasto / manutenzione"] == 1
    assert counts["Vandalismo"] == 0 and len(counts) == 9
    table = page.sites
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [(r[0], r[2]) for r in rows] == [("Portatile", "20"), ("Punto Calcinato (CAL)", "2")]
    silent = table.item(0, 0).background().color().name()
    assert silent != table.item(1, 0).background().color().name()  # the silent one stands out


def test_it_recomputes_when_shown_again_and_on_data_changed(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None
) -> None:
    family(ctx.store, "Rossi", "Maria")
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    other = QLabel("Sincronizzazione")
    page = DashboardPage(ctx)
    stack.addWidget(other)
    stack.addWidget(page)
    stack.show()
    stack.setCurrentWidget(page)
    assert page.reached.text() == "1"
    stack.setCurrentWidget(other)  # as if the coordinator went to import bundles
    family(ctx.store, "Popa", "Ion", point="CAL")
    page.data_changed()  # not shown: nothing computed now
    assert page.reached.text() == "1"
    stack.setCurrentWidget(page)
    assert page.reached.text() == "2"
    family(ctx.store, "Verdi", "Anna")
    page.data_changed()  # shown: computed at once
    assert page.reached.text() == "3"


def test_refresh_runs_in_the_background(qtbot: QtBot, ctx: AppContext) -> None:
    family(ctx.store, "Rossi", "Maria")
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.status.text() == "Calcolo degli indicatori…"
    family(ctx.store, "Popa", "Ion")
    page.data_changed()  # while computing: once more when done, never lost
    qtbot.waitUntil(lambda: page.reached.text() == "2", timeout=30_000)
    assert page.data is not None and page.data["households_total"] == 2
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled(), timeout=30_000)


def test_axis_steps_and_the_busiest_destinations() -> None:
    assert [nice_step(x) for x in (0.2, 1.2, 3, 7, 13, 109)] == [1, 2, 5, 10, 20, 200]
    many = {f"Ente {i:02d}": {"sent": i} for i in range(1, 16)}
    shown = top_destinations(many, "altre destinazioni", "non indicato", top=12)
    assert [name for name, _ in shown[:2]] == ["Ente 15", "Ente 14"]
    assert shown[-1] == ("altre destinazioni", {"sent": 1 + 2 + 3})
    assert len(shown) == 13



LONG_CONTEXT = "Condominio sociale di Via Giuseppe Garibaldi 112, scala B e scala C"


def label_point(view: CategoryChartView, index: int) -> QPoint:
    """Where the axis label of category ``index`` (top down) is drawn, in view pixels:
    left of the plot, on the category's row."""
    chart = view.chart()
    row = len(view.tips) - 1 - index  # Qt draws the first category at the bottom
    on_bar = chart.mapToPosition(QPointF(0, row), chart.series()[0])
    at = QPointF(chart.plotArea().left() - 12, on_bar.y())
    return view.mapFromScene(chart.mapToScene(at))


# Showing a real tooltip, the offscreen platform says it cannot raise its window.
@pytest.mark.qt_log_ignore(*PLATFORM_NOISE, "This plugin does not support raise")
# The page beside the navigation (210 px) on a 1366 px screen, and at 125% scaling.
@pytest.mark.parametrize("width", [1366 - 210, 1093 - 210])
def test_category_labels_are_whole_at_1366_with_their_full_name_in_a_tooltip(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None, app_style: None, width: int
) -> None:
    names = [f"ALER Via Numero {n}" for n in range(1, 8)] + [LONG_CONTEXT]
    for n, name in enumerate(names):
        context = add(ctx.store, "housing_context", {"name": name})
        for day in range(n % 3 + 1):
            add(ctx.store, "visit", {"housing_context": context, "date": f"2026-01-1{day}",
                                     "issues": ["loneliness"] if n % 2 else ["maintenance"]})
    for n, comune in enumerate(("Montichiari", "Calcinato", "Calvisano", "Carpenedolo",
                                "Remedello", "Visano", "Acquafredda")):
        family(ctx.store, f"Rossi{n}", "Maria", municipality=comune)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(width, 768)
    page.show()
    views = {"contexts": page.by_context, "issues": page.by_issue,
             "comuni": page.by_municipality}
    # Laid out: the plot has its place beside the labels (before that, nothing is cut).
    qtbot.waitUntil(lambda: all(v.chart().plotArea().width() > 50 for v in views.values()), timeout=20_000)
    for what, view in views.items():
        axis = view.chart().axes()[0]
        assert isinstance(axis, QBarCategoryAxis)
        assert not axis.labelsTruncated(), f"{what}: Qt cut labels to «…»"
        assert len(view.tips) == axis.count() > 6
        for index in range(axis.count()):
            tip = view.tooltip_at(label_point(view, index))
            assert tip == view.tips[index], (what, index, tip)
    # The long name is shortened on the axis, whole in its tooltip.
    shown = page.by_context.chart().axes()[0].categories()
    assert LONG_CONTEXT not in shown
    assert [c for c in shown if c.endswith("…")] == ["Condominio sociale di Via Giuseppe…"]
    assert f"{LONG_CONTEXT}: 2" in page.by_context.tips
    assert all(not c.endswith("…") for c in page.by_issue.chart().axes()[0].categories())
    assert "Aiuto digitale (es. SPID): 0" in page.by_issue.tips
    # A real tooltip event over a label shows it.
    view = page.by_context
    where = label_point(view, view.tips.index(f"{LONG_CONTEXT}: 2"))
    QApplication.sendEvent(view.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where)))
    qtbot.waitUntil(lambda: QToolTip.text() == f"{LONG_CONTEXT}: 2", timeout=20_000)
    QToolTip.hideText()


def test_a_bars_count_is_written_past_its_end_with_room_for_it(
    qtbot: QtBot, ctx: AppContext, sync_tasks: None, app_style: None
) -> None:
    for n in range(3):
        family(ctx.store, f"Rossi{n}", "Maria", municipality="Montichiari")
    family(ctx.store, "Popa", "Ion", municipality="Calcinato")
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    chart = page.by_municipality.chart()
    qtbot.waitUntil(lambda: chart.plotArea().width() > 50, timeout=20_000)
    for view in (page.by_point, page.by_municipality, page.by_context, page.by_issue,
                 page.overdue):
        series = view.chart().series()[0]
        # Inside, a short bar cannot hold its number (white on blue over the white).
        assert series.labelsPosition() == QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd
    counts = chart.axes()[1]
    assert isinstance(counts, QValueAxis)
    top = 3
    room = (counts.max() - top) / counts.max() * chart.plotArea().width()
    label = QFontMetrics(chart.series()[0].barSets()[0].labelFont()).horizontalAdvance(str(top))
    assert room >= label + 4


def test_long_names_are_shortened_at_a_word_and_kept_apart() -> None:
    assert short_label("ALER Via Prati", 26) == "ALER Via Prati"
    assert short_label(LONG_CONTEXT, 26) == "Condominio sociale di Via…"
    assert short_label("Supercalifragilistichespiralidoso", 12) == "Supercalifr…"
    # Two names alike in their first words stay two categories.
    twins = ["Servizi sociali del Comune di Montichiari", "Servizi sociali del Comune di Calcinato"]
    shown = axis_labels(twins, 26)
    assert len(set(shown)) == 2 and all(len(s) <= 26 for s in shown)
    assert axis_labels(["Caritas", "Caritas"], 26) == ["Caritas", "Caritas (2)"]

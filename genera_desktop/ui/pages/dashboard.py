"""The coordination's dashboard: the programme's indicators (reports/indicators.py).

Computed on the worker thread (over the whole store it may take a while), drawn with
QtCharts: households reached against the target, by point and by comune, visits by
housing context, overdue follow-ups by point.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.reports import indicators
from genera_desktop.ui import tasks
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.models.rows import format_date

translate = QCoreApplication.translate

BAR_COLOR = "#2f6f9f"


def bar_chart(
    title: str, labels: list[str], values: list[int], *, horizontal: bool = False
) -> QChart:
    """A one-series bar chart with its counts as labels."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    bars = QBarSet(title)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(BAR_COLOR))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels or [translate("DashboardPage", "nessun dato")])
    counts = QValueAxis()
    # Whole-number ticks: a count of 0.5 families reads as a bug.
    step = max(1, math.ceil(max([*values, 1]) / 5))
    counts.setRange(0, step * (math.ceil(max([*values, 1]) * 1.1 / step) or 1))
    counts.setTickType(QValueAxis.TickType.TicksDynamic)
    counts.setTickAnchor(0)
    counts.setTickInterval(step)
    counts.setLabelFormat("%d")
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(counts)
    return chart


class DashboardPage(QWidget):
    """The indicators of the whole store, refreshed on "Aggiorna" and when shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] | None = None
        self.task: tasks.Task | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        top = QHBoxLayout()
        title = QLabel(self.tr("Coordinamento: indicatori"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.refresh_button = QPushButton(self.tr("A&ggiorna"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        outer.addLayout(top)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setSpacing(12)
        reached_box = QVBoxLayout()
        caption = QLabel(self.tr("Nuclei familiari raggiunti"))
        self.reached = QLabel("–")
        self.reached.setObjectName("bigNumber")
        font = self.reached.font()
        font.setPointSize(max(font.pointSize(), 9) * 3)
        font.setBold(True)
        self.reached.setFont(font)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMinimumHeight(24)
        self.target = QLabel()
        self.other = QLabel()
        self.other.setWordWrap(True)
        for widget in (caption, self.reached, self.progress, self.target, self.other):
            reached_box.addWidget(widget)
        reached_box.addStretch(1)
        grid.addLayout(reached_box, 0, 0)
        self.by_point = self._chart_view()
        self.by_municipality = self._chart_view()
        self.by_context = self._chart_view()
        self.overdue = self._chart_view()
        grid.addWidget(self.by_point, 0, 1)
        grid.addWidget(self.by_municipality, 1, 0)
        grid.addWidget(self.overdue, 1, 1)
        grid.addWidget(self.by_context, 2, 0, 1, 2)
        self.weekly_note = QLabel(
            self.tr(
                "Nuovi nuclei per settimana: non ancora disponibili negli indicatori "
                "(sono calcolati solo gli ultimi 7 e 30 giorni)."
            )
        )
        self.weekly_note.setObjectName("hint")
        self.weekly_note.setWordWrap(True)
        grid.addWidget(self.weekly_note, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(260)
        return view

    def focus_search(self) -> None:
        self.refresh_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        """Compute the indicators again, on the worker thread."""
        if self.task is not None and not self.task.done:
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Calcolo degli indicatori…"))
        store = self.ctx.store

        def work(progress: tasks.Progress) -> dict[str, Any]:
            with store.unit_of_work() as uow:
                return indicators.compute(uow.session)

        def failed(err: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.status.setText(error_text(err))

        self.task = tasks.run_task(
            self,
            work,
            on_done=self.show_indicators,
            on_failed=failed,
            label=self.tr("Calcolo degli indicatori…"),
            cancellable=False,
        )

    def show_indicators(self, data: dict[str, Any]) -> None:
        self.data = data
        self.refresh_button.setEnabled(True)
        total, target = data["households_total"], max(int(data["target"]), 1)
        self.reached.setText(f"{total:,}".replace(",", "."))
        self.progress.setRange(0, target)
        self.progress.setValue(min(total, target))
        self.progress.setFormat(f"{total * 100 / target:.1f}%".replace(".", ","))
        self.target.setText(
            self.tr("su un obiettivo di {target} famiglie").format(
                target=f"{target:,}".replace(",", ".")
            )
        )
        self.other.setText(
            self.tr(
                "Nuovi negli ultimi 7 giorni: {d7} · ultimi 30 giorni: {d30}\n"
                "Persone: {persons} · casi attivi: {active} · visite: {visits}"
            ).format(
                d7=data["new_7_days"],
                d30=data["new_30_days"],
                persons=data["persons_total"],
                active=data["active_cases"],
                visits=data["visits_total"],
            )
        )
        none = self.tr("non indicato")

        def named(counts: dict[str, int]) -> tuple[list[str], list[int]]:
            labels = [k or none for k in counts]
            return labels, list(counts.values())

        self.by_point.setChart(
            # Point codes (MON, CAL...): the names are too long for an axis label.
            bar_chart(self.tr("Nuclei per punto di comunità"), *named(data["by_point"]))
        )
        self.by_municipality.setChart(
            bar_chart(self.tr("Nuclei per comune"), *named(data["by_municipality"]))
        )
        contexts = data["visits_by_context"]
        self.by_context.setChart(
            bar_chart(
                self.tr("Visite per contesto abitativo"),
                [c["name"] or none for c in contexts],
                [c["visits"] for c in contexts],
                horizontal=True,
            )
        )
        self.by_context.setMinimumHeight(max(260, 40 + 28 * len(contexts)))
        self.overdue.setChart(
            bar_chart(
                self.tr("Promemoria scaduti per punto"),
                *named(data["follow_ups_overdue_by_point"]),
            )
        )
        self.status.setText(self.tr("Dati al {date}.").format(date=format_date(data["date"])))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

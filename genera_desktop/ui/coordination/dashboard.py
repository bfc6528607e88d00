"""The coordination's dashboard: the programme's indicators (reports/indicators.py).

Computed on the worker thread (over the whole store it may take a while), drawn with
QtCharts: households reached against the target, by point and by comune, new households
per week over the last year, referrals by destination and outcome, visits by housing
context and by observed issue, overdue follow-ups by point, and the sites with the age
of their last bundle. It is computed again each time the page is shown (a bundle import
happens on the Sincronizzazione page, so coming back here shows its effect) and on
``data_changed``, when a change committed anywhere (a bundle imported in the background)
touches a record while this page is up (ui/common/changes.py).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QMargins, QPoint, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from genera_desktop.domain import vocab
from genera_desktop.services import permissions
from genera_desktop.services.coordination import report
from genera_desktop.services.kinds import KINDS
from genera_desktop.ui.common import tasks
from genera_desktop.ui.common.changes import follow
from genera_desktop.ui.common.rows import format_date
from genera_desktop.ui.context import AppContext
from genera_desktop.ui.housing.dashboard import HousingIndicators
from genera_desktop.ui.labels import REFERRAL_STATUS, VISIT_ISSUES
from genera_desktop.ui.messages import error_text
from genera_desktop.ui.network.sync import SILENT_DAYS, role_label, when_label
from genera_desktop.ui.work.dashboard import WorkIndicators

translate = QCoreApplication.translate

BAR_COLOR = "#2f6f9f"
# One colour per referral outcome, told apart at a glance; refused is red.
STATUS_COLORS = {
    "sent": "#a6cee3",
    "accepted": "#33a02c",
    "in_progress": "#f0a830",
    "closed": "#1f5f9f",
    "refused": "#d7301f",
}
OTHER_COLOR = "#999999"
TOP_DESTINATIONS = 12  # more bars than this do not read: the rest are summed in one
LATE_COLOR = "#fbe3d6"
VALUE_COLOR = "#1f2933"  # a bar's count, written past its end in the page's ink
# Category names longer than this are shortened on the axis (the tooltip says them
# whole): a chart half the page wide, and one across the page.
HALF_LABEL_CHARS = 26
WIDE_LABEL_CHARS = 40


def short_label(name: str, limit: int) -> str:
    """``name`` whole if it has at most ``limit`` characters, else cut at a word
    boundary (or mid-word if one word is that long) and ended with «…»."""
    if len(name) <= limit:
        return name
    cut = name[: limit - 1]
    if not name[limit - 1].isspace():  # a word is cut: drop it, if that leaves enough
        space = cut.rfind(" ")
        if space >= limit // 2:
            cut = cut[:space]
    return cut.rstrip(" –-,·/") + "…"


def axis_labels(names: list[str], limit: int) -> list[str]:
    """The names as an axis shows them: shortened, and each one different (a category
    axis silently drops a repeated label, and every bar after it slides one place)."""
    seen: set[str] = set()
    shown = []
    for name in names:
        label = short_label(name, limit)
        number = 2
        while label in seen:
            label = f"{short_label(name, limit - 4)} ({number})"
            number += 1
        seen.add(label)
        shown.append(label)
    return shown


def count_axis(values: list[int], room: float = 0.1) -> QValueAxis:
    """An axis for counts with whole-number ticks (0.5 families reads as a bug), going
    ``room`` beyond the largest count: the counts are written past the bars' ends."""
    axis = QValueAxis()
    top = max([*values, 1])
    step = nice_step(top / 5)
    axis.setRange(0, step * (math.ceil(top * (1 + room) / step) or 1))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def nice_step(rough: float) -> int:
    """The whole 1, 2 or 5 times a power of ten at or above ``rough`` (ticks at 0, 50,
    100 read better than at 0, 53, 106)."""
    power = 10 ** max(0, math.floor(math.log10(max(rough, 1))))
    for factor in (1, 2, 5, 10):
        if factor * power >= rough:
            return factor * power
    return 10 * power


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def bar_chart(
    title: str, labels: list[str], values: list[int], *, horizontal: bool = False,
    limit: int = HALF_LABEL_CHARS,
) -> QChart:
    """A one-series bar chart with its counts past the bars' ends; horizontal bars read
    top down in the order given. Labels longer than ``limit`` are shortened (a
    :class:`CategoryChartView` shows them whole in a tooltip)."""
    if horizontal:  # Qt draws the first category at the bottom
        labels, values = labels[::-1], values[::-1]
    chart = _chart(title)
    bars = QBarSet(title)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(BAR_COLOR))
    bars.setLabelColor(QColor(VALUE_COLOR))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    # Inside the bar a count is white on blue, and a short bar cannot hold it.
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(axis_labels(labels, limit) or [translate("DashboardPage", "nessun dato")])
    counts = count_axis(values, room=0.2 if horizontal else 0.1)
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(counts)
    return chart


def weekly_chart(title: str, weeks: list[dict[str, Any]]) -> QChart:
    """52 weekly bars; the axis names the month where each one begins (52 week labels
    would overlap)."""
    chart = _chart(title)
    bars = QBarSet(title)
    bars.append([float(w["new"]) for w in weeks])
    bars.setColor(QColor(BAR_COLOR))
    series = QBarSeries()
    series.setBarWidth(0.8)
    series.append(bars)
    chart.addSeries(series)
    # Bars sit at 0, 1, 2...: a category axis over the same range labels month starts.
    months = QCategoryAxis()
    months.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    months.setRange(-0.5, len(weeks) - 0.5)
    months.setStartValue(-0.5)
    locale = QLocale()
    month = None
    for index, week in enumerate(weeks):
        start = date.fromisoformat(week["start"])
        # The first Monday of each month; the first bar only if its month begins there.
        # The year only where it starts and in January: «mag 25» did not fit at 125%.
        if start.month != month and (index or start.day <= 7):
            shape = "MMM yy" if start.month == 1 or not months.count() else "MMM"
            months.append(locale.toString(QDate(start.year, start.month, 1), shape), index)
        month = start.month
    counts = count_axis([int(w["new"]) for w in weeks])
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(months)
    series.attachAxis(counts)
    return chart


def top_destinations(
    destinations: dict[str, dict[str, int]], others: str, none: str, top: int = TOP_DESTINATIONS
) -> list[tuple[str, dict[str, int]]]:
    """The ``top`` busiest destinations, the rest summed under ``others``."""
    ranked = sorted(destinations.items(), key=lambda d: (-sum(d[1].values()), d[0].casefold()))
    shown = [(name or none, outcomes) for name, outcomes in ranked[:top]]
    rest: dict[str, int] = {}
    for _, outcomes in ranked[top:]:
        for status, n in outcomes.items():
            rest[status] = rest.get(status, 0) + n
    if rest:
        shown.append((others, rest))
    return shown


def referrals_chart(title: str, rows: list[tuple[str, dict[str, int]]], none: str,
                    limit: int = WIDE_LABEL_CHARS) -> QChart:
    """Destinations as horizontal bars, stacked by outcome (the referral's status)."""
    chart = _chart(title)
    chart.legend().show()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    statuses = list(vocab.REFERRAL_STATUS)
    statuses += sorted({s for _, o in rows for s in o} - set(statuses))
    rows = list(reversed(rows))  # the first category is drawn at the bottom
    series = QHorizontalStackedBarSeries()
    for status in statuses:
        bars = QBarSet(REFERRAL_STATUS.get(status, status or none))
        bars.append([float(outcomes.get(status, 0)) for _, outcomes in rows])
        bars.setColor(QColor(STATUS_COLORS.get(status, OTHER_COLOR)))
        series.append(bars)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(axis_labels([name for name, _ in rows], limit)
                      or [translate("DashboardPage", "nessun dato")])
    counts = count_axis([sum(o.values()) for _, o in rows])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(counts)
    return chart


class CategoryChartView(QChartView):
    """A bar chart whose categories say their whole name, and what their bars count,
    in a tooltip: over the axis label as over the bar.

    ``tips`` are in the order the chart was given its categories (top down for
    horizontal bars); ``rows_shown`` fits the view's height to that many categories, so
    that no axis label is cut to «…» for want of height."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_CHART_HEIGHT)
        self.tips: list[str] = []
        self.horizontal = False

    def show_chart(self, chart: QChart, tips: list[str], *, horizontal: bool,
                   legend: bool = False) -> None:
        self.setChart(chart)
        self.tips = list(tips)
        self.horizontal = horizontal
        if horizontal:
            self.setMinimumHeight(chart_height(chart, len(tips), legend=legend))

    def category_at(self, pos: QPoint) -> int | None:
        """The category under ``pos`` (view coordinates): its bar, or its axis label
        beside (or under) the plot; None elsewhere."""
        chart = self.chart()
        if not self.tips or not chart.series():
            return None
        point = chart.mapFromScene(self.mapToScene(pos))
        plot = chart.plotArea()
        value = chart.mapToValue(point, chart.series()[0])
        if self.horizontal:
            if not (plot.top() <= point.y() <= plot.bottom() and point.x() <= plot.right()):
                return None
            index = round(value.y())
            index = len(self.tips) - 1 - index  # drawn bottom up, given top down
        else:
            if not (plot.left() <= point.x() <= plot.right() and point.y() >= plot.top()):
                return None
            index = round(value.x())
        return index if 0 <= index < len(self.tips) else None

    def tooltip_at(self, pos: QPoint) -> str:
        index = self.category_at(pos)
        return "" if index is None else self.tips[index]

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


MIN_CHART_HEIGHT = 260


def chart_height(chart: QChart, rows: int, *, legend: bool = False) -> int:
    """The height a horizontal bar chart needs to write each of ``rows`` category labels
    whole: Qt cuts a label to «…» when its row is lower than the text and its padding.
    The rest is the title, the count axis below and the margins (and the legend)."""
    line = QFontMetrics(chart.axes()[0].labelsFont() if chart.axes() else chart.font()).height()
    title = QFontMetrics(chart.titleFont()).height()
    fixed = title + 3 * line + 40 + (2 * line if legend else 0)
    return max(MIN_CHART_HEIGHT, fixed + rows * (line + 14))


class DashboardPage(QWidget):
    """The indicators of the whole store, refreshed on "Aggiorna" and when shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Any record counts in some figure; the sites' table says who was last heard.
        follow(self, (*KINDS, "site"), self.data_changed)
        self.data: dict[str, Any] | None = None
        self.task: tasks.Task | None = None
        self.again = False  # asked to refresh while computing: compute once more after
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
        self.weekly = self._chart_view()
        self.referrals = self._chart_view()
        self.by_context = self._chart_view()
        self.by_issue = self._chart_view()
        self.overdue = self._chart_view()
        self.sites = self._sites_table()
        sites_box = QVBoxLayout()
        sites_title = QLabel(self.tr("Postazioni e ultimo pacchetto ricevuto"))
        sites_title.setObjectName("sectionTitle")
        sites_title.setBuddy(self.sites)
        sites_box.addWidget(sites_title)
        sites_box.addWidget(self.sites, 1)
        grid.addWidget(self.by_point, 0, 1)
        grid.addWidget(self.weekly, 1, 0, 1, 2)
        grid.addWidget(self.by_municipality, 2, 0)
        grid.addWidget(self.overdue, 2, 1)
        grid.addWidget(self.referrals, 3, 0, 1, 2)
        grid.addWidget(self.by_context, 4, 0, 1, 2)
        # Across the page: at 125% scaling half of it is too narrow for the issues'
        # names and the sites' (Qt would cut them to «…»).
        grid.addWidget(self.by_issue, 5, 0, 1, 2)
        grid.addLayout(sites_box, 6, 0, 1, 2)
        # The housing plan's indicators, to users with its area.
        self.housing: HousingIndicators | None = None
        if permissions.user_may_read(ctx.store, "rent_contract"):
            self.housing = HousingIndicators()
            grid.addWidget(self.housing, 7, 0, 1, 2)
        # The work plan's indicators, to users with its area.
        self.work: WorkIndicators | None = None
        if permissions.user_may_read(ctx.store, "job_profile"):
            self.work = WorkIndicators()
            grid.addWidget(self.work, 8, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    @staticmethod
    def _chart_view() -> CategoryChartView:
        return CategoryChartView()

    def _sites_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Postazione"), self.tr("Ultimo pacchetto"), self.tr("Giorni fa")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(260)
        return table

    def focus_search(self) -> None:
        self.refresh_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def data_changed(self) -> None:
        """Something was imported: compute again now if shown (else when next shown)."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Compute the indicators again, on the worker thread (once more after the
        running computation, if one is: it may have read the store before an import)."""
        if self.task is not None and not self.task.done:
            self.again = True
            return
        self.again = False
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Calcolo degli indicatori…"))
        store = self.ctx.store

        def work(progress: tasks.Progress) -> dict[str, Any]:
            return report.indicators(store)

        def failed(err: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.status.setText(error_text(err))
            self._run_again()

        self.task = tasks.run_task(
            self,
            work,
            on_done=self.show_indicators,
            on_failed=failed,
            label=self.tr("Calcolo degli indicatori…"),
            cancellable=False,
            show_dialog=False,  # the status line says it; a dialog on every visit is noise
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

        def show(view: CategoryChartView, title: str, labels: list[str], values: list[int],
                 *, horizontal: bool = False, limit: int = HALF_LABEL_CHARS) -> None:
            tips = [f"{label}: {value}" for label, value in zip(labels, values, strict=True)]
            view.show_chart(bar_chart(title, labels, values, horizontal=horizontal, limit=limit),
                            tips, horizontal=horizontal)

        # Point codes (MON, CAL...): the names are too long for an axis label.
        show(self.by_point, self.tr("Nuclei per punto di comunità"), *named(data["by_point"]))
        # Horizontal: the comuni's names are too long under a vertical bar.
        show(self.by_municipality, self.tr("Nuclei per comune"),
             *named(data["by_municipality"]), horizontal=True)
        self.weekly.setChart(
            weekly_chart(self.tr("Nuovi nuclei per settimana (ultime 52 settimane)"),
                         data["new_by_week"])
        )
        destinations = top_destinations(
            data["referrals_by_destination"], self.tr("altre destinazioni"), none
        )
        self.referrals.show_chart(
            referrals_chart(self.tr("Invii per destinazione ed esito"), destinations, none),
            [self.referral_tip(name, outcomes, none) for name, outcomes in destinations],
            horizontal=True, legend=True)
        contexts = data["visits_by_context"]
        show(self.by_context, self.tr("Visite per contesto abitativo"),
             [c["name"] or none for c in contexts], [c["visits"] for c in contexts],
             horizontal=True, limit=WIDE_LABEL_CHARS)
        issues = data["visits_by_issue"]
        show(self.by_issue, self.tr("Visite per problematica rilevata"),
             [VISIT_ISSUES.get(i, i or none) for i in issues], list(issues.values()),
             horizontal=True, limit=WIDE_LABEL_CHARS)
        show(self.overdue, self.tr("Promemoria scaduti per punto"),
             *named(data["follow_ups_overdue_by_point"]))
        self._show_sites(data["sites"])
        if self.housing is not None:
            self.housing.show_data(data)
        if self.work is not None:
            self.work.show_data(data)
        self.status.setText(self.tr("Dati al {date}.").format(date=format_date(data["date"])))
        self._run_again()

    def referral_tip(self, name: str, outcomes: dict[str, int], none: str) -> str:
        """«Caritas: 5 (Inviato 2, Accolto 3)»."""
        parts = [f"{REFERRAL_STATUS.get(status, status or none)} {n}"
                 for status, n in outcomes.items() if n]
        return f"{name}: {sum(outcomes.values())} ({', '.join(parts)})"

    def _run_again(self) -> None:
        if self.again:
            QTimer.singleShot(0, self.refresh)  # after the finished task is let go

    def _show_sites(self, sites: list[dict[str, Any]]) -> None:
        """Each site, its last bundle in and how many days ago: silent ones shaded."""
        self.sites.setRowCount(len(sites))
        for row, site in enumerate(sites):
            name = site["name"] or role_label(site["role"])
            if site["point"]:
                name += f" ({site['point']})"
            if site["revoked"]:
                name += " – " + self.tr("revocata")
            days = site["days_since_last_in"]
            values = [name, when_label(site["last_in"]), "–" if days is None else str(days)]
            late = not site["revoked"] and (days is None or days > SILENT_DAYS)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if late:
                    item.setBackground(QBrush(QColor(LATE_COLOR)))
                    item.setToolTip(self.tr("Nessun pacchetto da più di {n} giorni")
                                    .format(n=SILENT_DAYS))
                self.sites.setItem(row, column, item)
        self.sites.setMinimumHeight(max(260, 40 + 30 * len(sites)))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

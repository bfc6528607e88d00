"""The adolescents' plan's figures as tables of the XLSX and PDF reports (reports/
tables.py shows them after community life): aggregates, no names.

Every count goes through reports/suppression.py like the others: under 5 it is "<5",
and more are withheld where a hidden one could be worked out. The sums a reader can
form: the age bands add up to the young people reached, so do the comuni; the school
types add up to at most them (some have no school-work experience). Hours are not
counts of people and are shown as they are, with the Italian comma.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from genera_desktop.domain.vocab_youth import SCHOOL_TYPE
from genera_desktop.reports.suppression import Count, Relation, suppress

NOT_GIVEN = "non indicato"
BANDS = {"0-10": "fino a 10 anni", "11-13": "da 11 a 13 anni", "14-15": "da 14 a 15 anni",
         "16-17": "da 16 a 17 anni"}


def _hours(value: Any) -> str:
    return f"{round(float(value or 0), 2):g}".replace(".", ",")


class YouthCounts:
    """The plan's counts of one report, suppressed together."""

    def __init__(self, ind: Mapping[str, Any]) -> None:
        self.reached = Count(int(ind.get("youth_reached", 0)))
        self.experiences = Count(int(ind.get("school_work_experiences", 0)))
        # A band, comune or type row is there only when it counts one at least.
        self.bands = [(k, Count(int(n), 1)) for k, n in
                      ind.get("youth_by_age_band", {}).items() if int(n)]
        self.municipalities = [(k, Count(int(n), 1)) for k, n in
                               ind.get("youth_by_municipality", {}).items()]
        self.types = [(k, Count(int(n), 1)) for k, n in
                      ind.get("youth_by_school_type", {}).items()]
        counts = [self.reached, self.experiences]
        for rows in (self.bands, self.municipalities, self.types):
            counts += [n for _, n in rows]
        sums = [(self.reached, [n for _, n in rows])
                for rows in (self.bands, self.municipalities, self.types)]
        suppress(counts, [Relation(parts, total) for total, parts in sums
                          if parts and sum(p.value for p in parts) <= total.value])


def youth_tables(ind: Mapping[str, Any]) -> list[Any]:
    """The tables of the adolescents' plan, in reading order."""
    from genera_desktop.reports.tables import ReportTable

    if "youth_reached" not in ind:
        return []
    c = YouthCounts(ind)
    summary = ReportTable(
        "Piano integrato adolescenti",
        ("Indicatore", "Valore"),
        [
            ("Ragazze e ragazzi minorenni raggiunti (iscrizioni, consensi o scuola-lavoro)",
             c.reached.shown),
            ("Esperienze di formazione scuola-lavoro", c.experiences.shown),
            ("Ore di scuola-lavoro svolte", _hours(ind.get("school_work_hours_done"))),
            ("Ore di scuola-lavoro previste", _hours(ind.get("school_work_hours_planned"))),
            ("Ore di scuola-lavoro richieste nel triennio agli studenti seguiti",
             _hours(ind.get("school_work_hours_required"))),
        ],
        "Adolescenti",
        (0.75, 0.25),
    )
    bands = ReportTable(
        "Minorenni raggiunti per fascia d'età",
        ("Fascia d'età", "Minorenni"),
        [(BANDS.get(k, k), n.shown) for k, n in c.bands],
        "Adolescenti per età",
    )
    municipalities = ReportTable(
        "Minorenni raggiunti per comune",
        ("Comune", "Minorenni"),
        [(k or NOT_GIVEN, n.shown) for k, n in c.municipalities],
        "Adolescenti per comune",
    )
    types = ReportTable(
        "Minorenni in scuola-lavoro per tipo di scuola",
        ("Tipo di scuola", "Minorenni"),
        [(str(SCHOOL_TYPE.labels.get(k, k or NOT_GIVEN)), n.shown) for k, n in c.types],
        "Adolescenti per scuola",
    )
    return [summary, bands, municipalities, types]

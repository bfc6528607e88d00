"""Incentive codes and the shipped measures without a process (brief "incentives"):
a point's code is still upper-cased, another kind's code is kept as typed; the shipped
file reads whole; a record overrides a shipped measure by code in any case."""

from __future__ import annotations

import pytest

from genera_desktop.domain import incentives
from genera_desktop.domain.errors import Refused, ValidationFailed
from genera_desktop.services import records
from genera_desktop.services.validate import clean_fields
from genera_desktop.services.work import hirings, ui_queries
from genera_desktop.store.models import Point
from genera_desktop.store.models_work import Incentive
from genera_desktop.store.store import Store


def test_a_points_code_is_upper_cased_an_incentives_kept() -> None:
    assert clean_fields(Point, {"code": "mon", "name": "M"}, partial=False)["code"] == "MON"
    assert clean_fields(Incentive, {"code": "adi_Esonero-2", "name": "x"},
                        partial=False)["code"] == "adi_Esonero-2"
    for wrong in ("a di", "-adi", "a", "adì"):
        with pytest.raises(ValidationFailed) as failed:
            clean_fields(Incentive, {"code": wrong, "name": "x"}, partial=False)
        assert [e.code for e in failed.value.errors] == ["catalog_code_format"], wrong


def test_the_shipped_measures_read_whole() -> None:
    found = {m.code: m for m in incentives.measures()}
    assert set(found) == {"ADI-ESONERO", "BONUS-GIOVANI", "BONUS-DONNE", "DISABILI-L68",
                          "OVER50-L92"}
    for measure in found.values():
        assert measure.name and measure.legal_basis and measure.for_whom
        assert measure.description and measure.source_url.startswith("https://")
        assert measure.valid_from and (not measure.valid_to
                                       or measure.valid_from <= measure.valid_to)
        assert measure.valid_to or "scadenza" in measure.notes  # an open end is said
    assert found["ADI-ESONERO"].valid_on("2026-03-01")
    assert not found["ADI-ESONERO"].valid_on("2023-12-31")
    assert not found["BONUS-GIOVANI"].valid_on("2026-01-01")


def test_a_record_overrides_a_shipped_measure(coordinator: Store) -> None:
    on = [o["code"] for o in ui_queries.incentives_on(coordinator, "2026-03-01")]
    assert "ADI-ESONERO" in on and "BONUS-GIOVANI" not in on
    records.add(coordinator, "incentive", {"code": "bonus-giovani", "name": "Prorogato",
                                           "valid_from": "2024-09-01",
                                           "valid_to": "2026-12-31"})
    offered = {o["code"]: o for o in ui_queries.incentives_on(coordinator, "2026-03-01")}
    assert offered["bonus-giovani"]["shipped"] is False
    assert offered["ADI-ESONERO"]["shipped"] is True
    assert "BONUS-GIOVANI" not in offered
    assert "BONUS-GIOVANI" not in [m["code"] for m in
                                   ui_queries.shipped_incentives(coordinator)]
    with coordinator.unit_of_work(read_only=True) as uow:
        assert hirings.known_incentives(uow.session)["bonus-giovani"].name == "Prorogato"
    with pytest.raises(Refused) as refused:
        records.add(coordinator, "incentive", {"code": "Bonus-Giovani", "name": "Doppio"})
    assert (refused.value.code, refused.value.detail) == ("incentive_code_taken",
                                                          "bonus-giovani")

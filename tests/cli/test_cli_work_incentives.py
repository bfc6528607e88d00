"""Hiring incentives (issue 12, brief "incentives"): codes come out as they went in and
are compared case-insensitively; the measures shipped with the app are known to the
hiring check, a record with the same code overrides one; `genera catalog incentives`."""

from __future__ import annotations

import json
from typing import Any

from tests.cli.test_cli_work import add, env, genera, ok, refused, world  # noqa: F401


def _hiring(env: dict[str, str], world: dict[str, str], day: str,  # noqa: F811
            codes: list[str]) -> dict[str, Any]:
    return {"person": world["ida"], "organisation": world["firm"], "date": day,
            "incentives": codes}


def test_an_incentive_code_comes_out_as_typed(env: dict[str, str]) -> None:  # noqa: F811
    made = add(env, "incentive", code="adi-Locale_2", name="Esonero locale")
    shown = json.loads(ok(env, "incentive", "show", made, "--json"))
    assert shown["code"] == "adi-Locale_2"
    assert [r["code"] for r in json.loads(ok(env, "incentive", "list", "--json"))] == [
        "adi-Locale_2"]
    line = refused(env, "incentive", "add", "--json", json.dumps(
        {"code": "ADI-LOCALE_2", "name": "Doppio"}))
    assert "already exists" in line and "adi-Locale_2" in line
    line = refused(env, "incentive", "add", "--json", json.dumps(
        {"code": "a di", "name": "Con spazio"}))
    assert "letters, digits, '-' or '_'" in line


def test_a_hiring_names_a_code_in_any_case(env: dict[str, str],  # noqa: F811
                                           world: dict[str, str]) -> None:  # noqa: F811
    add(env, "incentive", code="ADI", name="Esonero ADI", valid_from="2024-01-01")
    hiring = add(env, "hiring", **_hiring(env, world, "2026-03-01", ["adi"]))
    assert json.loads(ok(env, "hiring", "show", hiring, "--json"))["incentives"] == ["adi"]


def test_a_shipped_measure_is_checked_on_the_hirings_date(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    hiring = add(env, "hiring", **_hiring(env, world, "2026-03-01", ["adi-esonero"]))
    assert json.loads(ok(env, "hiring", "show", hiring, "--json"))["incentives"] == [
        "adi-esonero"]
    add(env, "hiring", **_hiring(env, world, "2025-06-01", ["BONUS-GIOVANI"]))
    before = ok(env, "dump")
    line = refused(env, "hiring", "add", "--json", json.dumps(
        _hiring(env, world, "2026-03-01", ["bonus-giovani"])))
    assert "bonus-giovani is not valid on 2026-03-01 (valid from 2024-09-01 to 2025-12-31)" \
        in line
    line = refused(env, "hiring", "add", "--json", json.dumps(
        _hiring(env, world, "2023-06-01", ["ADI-ESONERO"])))
    assert "not valid on 2023-06-01" in line
    assert ok(env, "dump") == before


def test_a_record_with_a_shipped_code_overrides_it(
        env: dict[str, str], world: dict[str, str]) -> None:  # noqa: F811
    add(env, "incentive", code="bonus-giovani", name="Bonus giovani prorogato",
        valid_from="2024-09-01", valid_to="2026-12-31")
    add(env, "hiring", **_hiring(env, world, "2026-03-01", ["BONUS-GIOVANI"]))
    add(env, "incentive", code="ADI-ESONERO", name="Esonero ADI (fino al 2025)",
        valid_from="2024-01-01", valid_to="2025-12-31")
    line = refused(env, "hiring", "add", "--json", json.dumps(
        _hiring(env, world, "2026-03-01", ["adi-esonero"])))
    assert "not valid on 2026-03-01 (valid from 2024-01-01 to 2025-12-31)" in line


def test_catalog_incentives_lists_the_shipped_measures(env: dict[str, str]) -> None:  # noqa: F811
    found = json.loads(ok(env, "catalog", "incentives", "--json"))
    by_code = {m["code"]: m for m in found}
    assert {"ADI-ESONERO", "BONUS-GIOVANI", "BONUS-DONNE", "DISABILI-L68",
            "OVER50-L92"} <= set(by_code)
    assert set(found[0]) == {"code", "name", "legal_basis", "for_whom", "valid_from",
                             "valid_to", "description", "source_url", "notes"}
    adi = by_code["ADI-ESONERO"]
    assert adi["valid_from"] == "2024-01-01" and adi["valid_to"] is None
    assert "48" in adi["legal_basis"] and "art. 10" in adi["legal_basis"]
    assert adi["source_url"].startswith("https://www.normattiva.it/")
    assert by_code["BONUS-DONNE"]["valid_to"] == "2025-12-31"
    assert "ADI-ESONERO  from 2024-01-01  " in ok(env, "catalog", "incentives")
    # The shipped measures are not records: a fresh store lists and dumps none.
    assert json.loads(ok(env, "incentive", "list", "--json")) == []
    assert not [r for r in map(json.loads, filter(None, ok(env, "dump").splitlines()))
                if r.get("kind") == "incentive"]

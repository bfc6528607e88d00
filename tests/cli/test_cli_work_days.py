"""`internship_month.attended_days` from the command line (issue 12, work3): the days
go in and come out as written, a wrong list is refused with one `error:` line naming
the field and nothing changes, and the month's sheet ticks the days attended."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_work import _pdf_text, add, env, ok, refused, world  # noqa: F401


def test_attended_days_in_and_out_and_refused(env: dict[str, str],  # noqa: F811
                                              world: dict[str, str],  # noqa: F811
                                              tmp_path: Path) -> None:
    internship = add(env, "internship", person=world["ida"], host=world["firm"],
                     start_date="2026-02-02", end_date="2026-07-31")
    month = add(env, "internship_month", internship=internship, month="2026-03",
                days_expected=22, days_attended=3, attended_days=[4, 2, 3])
    shown = json.loads(ok(env, "internship_month", "show", month, "--json"))
    # As it went in (the order given), with its count and the allowance.
    assert (shown["attended_days"], shown["days_attended"], shown["allowance_due"]) == (
        [4, 2, 3], 3, round(500 * 3 / 22, 2))
    before = ok(env, "dump")
    for data, field in (
            ({"days_expected": 20, "days_attended": 2, "attended_days": [30, 31]},
             "attended_days"),  # April has 30 days
            ({"days_expected": 20, "days_attended": 5, "attended_days": [1, 2]},
             "days_attended"),
            ({"days_expected": 20, "days_attended": 1, "attended_days": ["primo"]},
             "attended_days"),
            ({"days_expected": 20, "days_attended": 1, "attended_days": [32]},
             "attended_days"),
            ({"days_expected": 20, "days_attended": 2, "attended_days": [5, 5]},
             "attended_days")):
        line = refused(env, "internship_month", "add", "--json", json.dumps(
            {"internship": internship, "month": "2026-04", **data}))
        assert field in line, line
    # A day before the internship starts (1 February; it starts on Monday 2nd).
    line = refused(env, "internship_month", "add", "--json", json.dumps(
        {"internship": internship, "month": "2026-02", "days_expected": 19,
         "days_attended": 2, "attended_days": [1, 2]}))
    assert "attended_days" in line and "2026-02-02" in line, line
    line = refused(env, "internship_month", "update", month, "--json",
                   json.dumps({"days_attended": 4}))
    assert "days_attended" in line and "attended_days" in line, line
    assert ok(env, "dump") == before
    # Without the days, a month is its counts, as before.
    counted = add(env, "internship_month", internship=internship, month="2026-04",
                  days_expected=20, days_attended=16)
    shown = json.loads(ok(env, "internship_month", "show", counted, "--json"))
    assert "attended_days" not in shown and shown["allowance_due"] == 500.0
    sheet = tmp_path / "march.pdf"
    ok(env, "print", "internship-month", "--id", internship, "--month", "2026-03", "--out",
       str(sheet))
    text, pages = _pdf_text(sheet)
    assert pages == 1 and "Presente" in text
    assert text.count("✓") == 3, text
    lines = text.splitlines()
    for day in ("02/03/2026", "03/03/2026", "04/03/2026"):
        assert any(day in line and "✓" in line for line in lines), day
    ok(env, "print", "internship-month", "--id", internship, "--month", "2026-04", "--out",
       str(tmp_path / "april.pdf"))
    assert "✓" not in _pdf_text(tmp_path / "april.pdf")[0]

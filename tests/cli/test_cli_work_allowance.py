"""`genera print allowance` (issue 12): an internship's allowance statement, every month
entered or one, in a real process; its refusals one `error:` line, no file written."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli_work import _pdf_text, add, env, ok, refused, world  # noqa: F401


def test_print_the_allowance_statement(env: dict[str, str],  # noqa: F811
                                       world: dict[str, str],  # noqa: F811
                                       tmp_path: Path) -> None:
    internship = add(env, "internship", person=world["ida"], host=world["firm"],
                     start_date="2026-02-02", end_date="2026-07-31")
    add(env, "internship_month", internship=internship, month="2026-02", days_expected=20,
        days_attended=20, project_contribution=150)
    add(env, "internship_month", internship=internship, month="2026-03", days_expected=22,
        days_attended=11)
    out = tmp_path / "allowance.pdf"
    assert ok(env, "print", "allowance", "--internship", internship, "--out", str(out)) \
        == str(out)
    text, pages = _pdf_text(out)
    assert pages == 1
    for words in ("Prospetto dell'indennità", "Ferri Ida", "Logistica Garda srl",
                  "febbraio 2026", "marzo 2026", "Totale", "€ 750,00", "€ 150,00",
                  "€ 600,00", "80%"):
        assert words in text, words
    one = tmp_path / "march.pdf"
    ok(env, "print", "allowance", "--internship", internship, "--month", "2026-03", "--out",
       str(one))
    text, _pages = _pdf_text(one)
    assert "marzo 2026" in text and "febbraio 2026" not in text and "€ 250,00" in text
    for argv, words in ((("--month", "2026-13"), "YYYY-MM"),
                        (("--month", "2026-09"), "outside")):
        line = refused(env, "print", "allowance", "--internship", internship, *argv,
                       "--out", str(tmp_path / "no.pdf"))
        assert words in line, line
    line = refused(env, "print", "allowance", "--internship", world["ida"], "--out",
                   str(tmp_path / "no.pdf"))
    assert world["ida"] in line
    assert not (tmp_path / "no.pdf").exists()


def test_match_skills_pairs_offers_and_requests(env: dict[str, str],  # noqa: F811
                                                world: dict[str, str]) -> None:  # noqa: F811
    offer = add(env, "skill_exchange", person=world["ida"], skill="haccp", direction="offer")
    ask = add(env, "skill_exchange", person=world["leo"], skill="haccp", direction="ask")
    add(env, "skill_exchange", person=world["far"], skill="servizio-sala", direction="ask")
    found = json.loads(ok(env, "match", "skills", "--point", "MON", "--json"))
    assert found == [{"skill": "haccp", "offer": offer, "ask": ask,
                      "offered_by": world["ida"], "asked_by": world["leo"]}]
    assert ok(env, "match", "skills").splitlines() == [
        f"haccp  {world['ida']} -> {world['leo']}  (applicare le regole di igiene "
        "alimentare (HACCP))"]
    before = ok(env, "dump")
    line = refused(env, "skill_exchange", "add", "--json", json.dumps(
        {"person": world["ida"], "skill": "volare", "direction": "offer"}))
    assert "skills catalogue" in line
    assert ok(env, "dump") == before

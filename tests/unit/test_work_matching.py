"""Matching (services/work/matching.py): every gate, the points, the ordering, and a
score that depends on the pair alone (spec/programme.md, "Matching")."""

from __future__ import annotations

from dataclasses import replace

from genera_desktop.services.work.matching import (
    WEIGHTS,
    Match,
    ProfileView,
    VacancyView,
    ranked,
    score_pair,
)

PROFILE = ProfileView(person="p1", status="active", licences=("B",),
                      skills=frozenset({"carrello-elevatore", "picking", "haccp"}),
                      occupations=frozenset({"4.3.1.2.0"}), max_distance_km=30,
                      municipality="Montichiari")
VACANCY = VacancyView(id="v1", occupation="4.3.1.2.0", municipality="Montichiari",
                      required_licences=("B",),
                      required_skills=("carrello-elevatore", "picking"),
                      nice_skills=("haccp",))


def test_a_profile_that_has_everything_next_door_scores_100() -> None:
    found = score_pair(PROFILE, VACANCY)
    assert (found.eligible, found.score) == (True, 100)
    assert "ha la patente B" in found.reasons and "0 km" in found.reasons
    assert "sa: condurre il carrello elevatore (muletto)" in found.reasons
    assert any(r.startswith("stessa professione: ") for r in found.reasons)


def test_a_missing_required_licence_is_a_gate() -> None:
    found = score_pair(PROFILE._replace(licences=()), VACANCY)
    assert found.eligible is False and found.reasons[0] == "manca la patente B"


def test_living_farther_than_accepted_is_a_gate() -> None:
    far = replace(VACANCY, municipality="Ponte di Legno")
    found = score_pair(PROFILE, far)
    assert found.eligible is False
    assert found.reasons[0].endswith("oltre i 30 km che accetta")
    assert score_pair(PROFILE._replace(max_distance_km=None), far).eligible is True


def test_a_profile_not_active_is_a_gate() -> None:
    for status in ("placed", "suspended", "closed", None):
        found = score_pair(PROFILE._replace(status=status), VACANCY)
        assert found.eligible is False and found.reasons[0] == "profilo non attivo"


def test_required_skills_weigh_most_and_missing_ones_are_said() -> None:
    assert WEIGHTS["required_skills"] == max(WEIGHTS.values())
    without_required = score_pair(PROFILE._replace(skills=frozenset({"haccp"})), VACANCY)
    without_nice = score_pair(PROFILE._replace(skills=frozenset(
        {"carrello-elevatore", "picking"})), VACANCY)
    assert without_required.eligible and without_required.score < without_nice.score < 100
    assert "manca: usare il transpallet" not in without_required.reasons
    assert "manca: preparare gli ordini (picking)" in without_required.reasons


def test_nearer_scores_more_and_the_distance_is_said_in_km() -> None:
    near = score_pair(PROFILE, replace(VACANCY, municipality="Calcinato"))
    farther = score_pair(PROFILE, replace(VACANCY, municipality="Brescia"))
    assert near.score > farther.score
    assert "5 km" in near.reasons and "20 km" in farther.reasons


def test_an_unknown_place_is_said_and_not_held_against_anyone() -> None:
    found = score_pair(PROFILE._replace(municipality="Atlantide"), VACANCY)
    assert found.eligible and "distanza non nota" in found.reasons and found.score == 100


def test_eligible_first_then_score_then_nearness_then_id() -> None:
    matches = [Match("z", 90, [], False, 1.0), Match("b", 70, [], True, 3.0),
               Match("a", 70, [], True, 3.0), Match("c", 70, [], True, 1.0),
               Match("d", 95, [], True, None)]
    assert [m.other for m in ranked(matches)] == ["d", "c", "a", "b", "z"]
    assert [m.other for m in ranked(matches, 2)] == ["d", "c"]


def test_a_score_depends_on_the_pair_alone() -> None:
    alone = score_pair(PROFILE, VACANCY).score
    others = [PROFILE._replace(person=f"p{n}", skills=frozenset()) for n in range(5)]
    for other in others:
        score_pair(other, VACANCY)
    assert score_pair(PROFILE, VACANCY).score == alone


def test_codes_read_from_their_json_text_as_the_decoder_would() -> None:
    import json

    from genera_desktop.services.work.matching import _codes

    for value in ([], ["B"], ["carrello-elevatore", "haccp"], ['odd "code"', "a, b"]):
        assert _codes(json.dumps(value)) == value
    assert _codes(None) == [] and _codes("null") == []

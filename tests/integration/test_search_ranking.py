"""Search as staff expect it (issue 15): every typed word starts a word of the same
person or household, the comune included, accents and case ignored, the best matches
first; on the household list, the persons page and `genera KIND list --search`."""

from __future__ import annotations

import pytest

from genera_desktop.services import records
from genera_desktop.services.registry import households, persons
from genera_desktop.store import search_query
from genera_desktop.store.store import Store
from tests.ui.families import MARIO_CF, add_family


@pytest.fixture
def people(coordinator: Store) -> dict[str, str]:
    """Households by a name to know them by (MON is Montichiari, CAL Calcinato)."""
    return {
        "mariangela": add_family(coordinator, [
            {"first_name": "Mariangela", "last_name": "Facchetti"}],
            address="Via Rossini 3", registered_on="2026-01-05"),
        "rossini": add_family(coordinator, [
            {"first_name": "Angelo", "last_name": "Rossini"},
            {"first_name": "Angelamaria", "last_name": "Rossini", "relation": "child"},
        ], registered_on="2026-01-04"),
        # Rossi and Angela, but two persons: not "rossi angela".
        "two": add_family(coordinator, [
            {"first_name": "Mario", "last_name": "Rossi", "tax_code": MARIO_CF},
            {"first_name": "Angela", "last_name": "Bianchi", "relation": "spouse"},
        ], phone="030 961 2210", registered_on="2026-01-03"),
        "angela": add_family(coordinator, [
            {"first_name": "Angela", "last_name": "Rossi"},
            {"first_name": "Nicolò", "last_name": "De Santis", "relation": "child"},
        ], point="CAL", address="Via Roma 12", registered_on="2026-01-02"),
        "dangelo": add_family(coordinator, [
            {"first_name": "Sara", "last_name": "D'Angelo"}], registered_on="2026-01-01"),
    }


def household_list(store: Store, search: str, **kwargs: object) -> list[str]:
    with store.unit_of_work() as uow:
        return households.household_ids(uow, search=search, **kwargs)  # type: ignore[arg-type]


def persons_page(store: Store, search: str) -> list[str]:
    with store.unit_of_work() as uow:
        return [f"{r.last_name} {r.first_name}" for r in persons.find_persons(uow, search).rows]


def listed(store: Store, kind: str, search: str) -> list[str]:
    with store.unit_of_work() as uow:
        return [o.id for o in records.find(uow.session, kind, search)]


def test_rossi_angela_is_rossi_angela_first(coordinator: Store, people: dict[str, str]) -> None:
    # Both words of one member (not Rossi and Angela of two members, not Facchetti
    # Mariangela of Via Rossini): Rossi Angela, whole words, above Rossini Angelamaria.
    assert household_list(coordinator, "rossi angela") == [people["angela"], people["rossini"]]
    assert persons_page(coordinator, "rossi angela") == ["Rossi Angela", "Rossini Angelamaria"]
    assert persons_page(coordinator, "angela rossi") == ["Rossi Angela", "Rossini Angelamaria"]
    with coordinator.unit_of_work() as uow:
        found = records.find(uow.session, "person", "rossi angela")
        assert [(p.last_name, p.first_name) for p in found] == [
            ("Rossi", "Angela"), ("Rossini", "Angelamaria")]
    assert listed(coordinator, "household", "rossi angela") == [people["angela"],
                                                               people["rossini"]]


def test_a_typed_word_starts_a_word_never_inside_one(coordinator: Store,
                                                     people: dict[str, str]) -> None:
    assert persons_page(coordinator, "angela") == ["Bianchi Angela", "Rossi Angela",
                                                   "Rossini Angelamaria"]
    assert "Facchetti Mariangela" not in persons_page(coordinator, "angel")
    assert persons_page(coordinator, "gela") == []
    assert persons_page(coordinator, "ngelo") == []


def test_whole_words_rank_above_starts_of_words(coordinator: Store,
                                                people: dict[str, str]) -> None:
    # "rossi" is the word Rossi whole, only the start of Rossini: the Rossis first (by
    # name), then the Rossinis; on the list, households of a Rossi before the others,
    # each group in the list's order (newest first).
    assert persons_page(coordinator, "rossi") == ["Rossi Angela", "Rossi Mario",
                                                  "Rossini Angelamaria", "Rossini Angelo"]
    assert household_list(coordinator, "rossi") == [
        people["two"], people["angela"], people["mariangela"], people["rossini"]]
    assert household_list(coordinator, "rossi", sort_key="registered_on",
                          descending=False) == [
        people["angela"], people["two"], people["rossini"], people["mariangela"]]


def test_more_words_matched_rank_higher(coordinator: Store, people: dict[str, str]) -> None:
    # "d": D'Angelo has two words starting with it ("d", "dangelo"), De Santis two
    # ("de", "desantis"): both above a household whose only "d" is elsewhere.
    add_family(coordinator, [{"first_name": "Dino", "last_name": "Zanola"}])
    assert persons_page(coordinator, "d")[-1] == "Zanola Dino"


def test_the_comune_is_searchable(coordinator: Store, people: dict[str, str]) -> None:
    assert household_list(coordinator, "calcinato") == [people["angela"]]
    assert household_list(coordinator, "calc") == [people["angela"]]
    assert household_list(coordinator, "rossi calci") == [people["angela"]]
    assert set(household_list(coordinator, "montichiari")) == set(people.values()) - {
        people["angela"]}
    assert listed(coordinator, "household", "Calcinato") == [people["angela"]]


def test_accents_case_punctuation_and_short_words(coordinator: Store,
                                                  people: dict[str, str]) -> None:
    assert persons_page(coordinator, "nicolo") == ["De Santis Nicolò"]
    assert persons_page(coordinator, "NICOLÒ de s") == ["De Santis Nicolò"]
    assert persons_page(coordinator, "De Sa") == ["De Santis Nicolò"]
    assert persons_page(coordinator, "desantis") == ["De Santis Nicolò"]
    assert persons_page(coordinator, "d'angelo") == ["D'Angelo Sara"]
    assert persons_page(coordinator, "dangelo") == ["D'Angelo Sara"]
    assert persons_page(coordinator, "d a") == ["D'Angelo Sara"]  # one letter each
    # "d" is a word of D'Angelo whole: hers first.
    assert household_list(coordinator, "s d") == [people["dangelo"], people["angela"]]


def test_tax_codes_phones_and_case_numbers_whole_or_their_start(
        coordinator: Store, people: dict[str, str]) -> None:
    assert persons_page(coordinator, MARIO_CF.lower()) == ["Rossi Mario"]
    assert persons_page(coordinator, MARIO_CF[:6]) == ["Rossi Mario"]
    assert household_list(coordinator, "030 961 2210") == [people["two"]]
    assert household_list(coordinator, "030961") == [people["two"]]
    assert household_list(coordinator, "961 2210") == []  # not its start
    with coordinator.unit_of_work() as uow:
        case = records.load(uow.session, "household", people["angela"]).case_number
    assert household_list(coordinator, case) == [people["angela"]]
    assert household_list(coordinator, case[:-1]) == [people["angela"]]


@pytest.mark.parametrize("sort_key", ["registered_on", "reference"])
@pytest.mark.parametrize("descending", [True, False])
def test_a_common_search_walks_to_the_same_first_screen(
        coordinator: Store, people: dict[str, str], monkeypatch: pytest.MonkeyPatch,
        sort_key: str, descending: bool) -> None:
    """A search that matches thousands walks the list's order for its first screen:
    the same households, in the same order, as ranking every match gives."""
    walked = []
    walk = households._first_screen_of_common_search
    monkeypatch.setattr(households, "_first_screen_of_common_search",
                        lambda *args: walked.append(args) or walk(*args))
    for search in ("rossi", "r", "angel", "a", "rossi angela", "via", "s d", "mo"):
        everything = household_list(coordinator, search, sort_key=sort_key,
                                    descending=descending)
        assert everything and not walked
        monkeypatch.setattr(search_query, "COMMON_ROWS", 0)
        for limit in (1, 2, 3, 10):
            assert household_list(coordinator, search, sort_key=sort_key,
                                  descending=descending, limit=limit) == everything[:limit]
        assert len(walked) == 4
        walked.clear()
        monkeypatch.setattr(search_query, "COMMON_ROWS", 5_000)


def test_filters_apply_to_a_search(coordinator: Store, people: dict[str, str]) -> None:
    assert household_list(coordinator, "rossi", point="CAL") == [people["angela"]]
    with coordinator.unit_of_work() as uow:
        assert households.household_count(uow, search="rossi") == 4
        assert households.household_count(uow, search="rossi", point="MON") == 3


@pytest.mark.parametrize("gather", [True, False])
def test_one_letter_words_read_once_or_looked_up_alike(
        coordinator: Store, people: dict[str, str], monkeypatch: pytest.MonkeyPatch,
        gather: bool) -> None:
    """A one-letter typed word beside a longer one is either read whole once or looked
    up for each candidate (by cost): the same matches, the same order."""
    monkeypatch.setattr(search_query.Typed, "gathered",
                        lambda self, i: gather and len(self.terms[i]) == 1)
    assert persons_page(coordinator, "rossi a") == ["Rossi Angela", "Rossini Angelamaria",
                                                    "Rossini Angelo"]
    assert persons_page(coordinator, "d a") == ["D'Angelo Sara"]
    assert household_list(coordinator, "s d") == [people["dangelo"], people["angela"]]
    assert household_list(coordinator, "rossi a") == [people["angela"], people["rossini"]]

"""The work plan's shipped catalogues (resources/catalogs/): hundreds of occupations and
skills with Italian labels, and coordinates for every comune of the province of Brescia."""

from __future__ import annotations

from genera_desktop.domain import catalogs_work as cat
from genera_desktop.domain import vocab
from genera_desktop.paths import resources_dir


def test_occupations_and_skills_are_hundreds_with_unique_codes_and_labels() -> None:
    for catalog in cat.CATALOGS:
        items = cat.entries(catalog)
        assert len(items) >= 200, catalog
        assert len({i.code for i in items}) == len(items), catalog
        assert all(i.label.strip() for i in items), catalog
    assert cat.label(cat.OCCUPATIONS, "5.2.2.1.0") == "Cuochi in alberghi e ristoranti"
    assert cat.unknown_codes(cat.SKILLS, ["haccp", "volare"]) == ["volare"]


def test_search_matches_code_prefixes_and_label_words() -> None:
    assert [i.code for i in cat.search(cat.OCCUPATIONS, "7.4.4")] == [
        "7.4.4.1.0", "7.4.4.3.0", "7.4.4.4.0"]
    assert [i.code for i in cat.search(cat.SKILLS, "carrello muletto")] == [
        "carrello-elevatore"]
    assert cat.search(cat.SKILLS, "") == list(cat.entries(cat.SKILLS))


def test_every_comune_of_the_province_has_coordinates_inside_it() -> None:
    comuni = cat.comuni()
    assert len(comuni) == 205
    for comune in comuni.values():
        assert 45.2 < comune.lat < 46.35 and 9.8 < comune.lon < 10.85, comune
    for name in vocab.MUNICIPALITIES:
        assert cat.comune(name) is not None, name
    assert round(cat.distance_km("Montichiari", "Brescia") or 0) == 20
    assert cat.distance_km("Montichiari", "Atlantide") is None


def test_the_licence_and_attribution_are_shipped() -> None:
    text = (resources_dir() / "catalogs" / "WORK-CATALOGS-LICENSE.md").read_text("utf-8")
    assert "CC BY 4.0" in text and "ISTAT" in text and "Open Data Sicilia" in text

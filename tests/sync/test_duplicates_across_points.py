"""One family registered at two points, found, merged and unmerged at the coordinator
(spec/sync.md rule 6), through real stores and real bundle files.

The flow: MON and CAL each register the same family; their bundles reach the
coordinator, whose duplicate list pairs the two families across the points; the
coordinator merges them and its bundles carry the merge to both points; then it
unmerges, and both points hold exactly what they held before the merge.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from genera_desktop.domain.codice_fiscale import encode
from genera_desktop.services.coordination import duplicates
from tests.sync.syncnet import Net

MOTHER_CODE = encode("Quintavalle", "Greta", "F", date(1980, 1, 1), "Montichiari")
SON_BIRTH = "2005-03-14"


def register_family(net: Net, site: str, point: str, son_last: str) -> dict[str, str]:
    """A household with a mother (full tax code), a son (no code yet, his surname as this
    point typed it, and a health record), an intake, a contact and a visit."""
    ids = {"household": net.household(site, point, phone="030 5550000")}
    ids["mother"] = net.person(site, ids["household"], "Greta", last_name="Quintavalle",
                               tax_code=MOTHER_CODE, birth_date="1980-01-01",
                               is_reference=True)
    ids["son"] = net.person(site, ids["household"], "Luca", last_name=son_last,
                            tax_code_missing=True, birth_date=SON_BIRTH)
    ids["intake"] = net.add(site, "intake", {"household": ids["household"],
                                             "date": "2026-02-10", "point": point,
                                             "reference_person": ids["mother"]})
    ids["contact"] = net.add(site, "contact", {"household": ids["household"],
                                               "date": "2026-02-12", "person": ids["mother"],
                                               "notes": f"telefonata da {point}"})
    ids["visit"] = net.add(site, "visit", {"housing_context": net.ctx["A"],
                                           "household": ids["household"],
                                           "person": ids["son"], "date": "2026-02-20"})
    ids["health"] = net.add(site, "health", {"person": ids["son"], "dependence": True})
    return ids


def held(net: Net, site: str, kind: str, rid: str) -> dict[str, Any]:
    """A record the site must hold."""
    got = net.get(site, kind, rid)
    assert got is not None, (site, kind, rid)
    return got


def candidates(net: Net) -> list[dict[str, Any]]:
    with net.stores["coord"].unit_of_work() as uow:
        return [c.as_dict() for c in duplicates.find_candidates(uow)]


def merge(net: Net, survivor: str, loser: str) -> list[list[str]]:
    with net.stores["coord"].unit_of_work() as uow:
        moves = duplicates.merge(uow, survivor, loser)
        uow.commit()
    return moves


def unmerge(net: Net, loser: str) -> tuple[int, int]:
    with net.stores["coord"].unit_of_work() as uow:
        result = duplicates.unmerge(uow, loser)
        uow.commit()
    return result


def exchange(net: Net) -> None:
    """The coordinator's bundles to both points, and their answers (acknowledgements)."""
    net.roundtrip("mon", "cal")


def test_one_family_at_two_points_is_found_merged_and_unmerged_everywhere(net: Net) -> None:
    mon = register_family(net, "mon", "MON", son_last="Quintavalle")
    cal = register_family(net, "cal", "CAL", son_last="Quintavale")  # a typo at CAL
    for point in ("mon", "cal"):
        net.send(point, "coord")
    # Each point holds its own family only; the coordinator holds both.
    assert net.get("mon", "household", cal["household"]) is None
    assert net.get("cal", "household", mon["household"]) is None
    exchange(net)
    before = {site: net.dump(site) for site in ("coord", "mon", "cal")}

    found = candidates(net)
    by_ids = {tuple(c["ids"]): c for c in found}
    mothers = tuple(sorted((mon["mother"], cal["mother"])))
    sons = tuple(sorted((mon["son"], cal["son"])))
    families = tuple(sorted((mon["household"], cal["household"])))
    assert by_ids[mothers]["reason"] == duplicates.SAME_TAX_CODE
    assert by_ids[mothers]["score"] == 1.0
    assert by_ids[sons]["reason"] == duplicates.SIMILAR_NAME
    assert 0.6 <= by_ids[sons]["score"] < 1.0
    assert by_ids[families]["reason"] == duplicates.SHARED_MEMBER
    assert by_ids[families]["members"] == 2
    assert set(by_ids) == {mothers, sons, families}

    # The coordinator keeps MON's family and MON's mother.
    household_moves = merge(net, mon["household"], cal["household"])
    assert {(kind, rid) for kind, rid, _ in household_moves} == {
        ("person", cal["mother"]), ("person", cal["son"]), ("intake", cal["intake"]),
        ("contact", cal["contact"]), ("visit", cal["visit"]), ("health", cal["health"])}
    person_moves = merge(net, mon["mother"], cal["mother"])
    assert {(kind, rid, name) for kind, rid, name in person_moves} == {
        ("intake", cal["intake"], "reference_person"),
        ("contact", cal["contact"], "person")}
    assert candidates(net) == [
        {"kind": "person", "ids": list(sons), "score": by_ids[sons]["score"],
         "reason": duplicates.SIMILAR_NAME}]  # the sons are for the coordinator to judge
    exchange(net)

    # CAL keeps the merged household, pointing to the survivor it does not hold; what
    # moved now belongs to a MON family, so it left CAL.
    assert held(net, "cal", "household", cal["household"])["merged_into"] == mon["household"]
    for name in ("mother", "son", "intake", "contact", "visit", "health"):
        kind = "person" if name in {"mother", "son"} else name
        assert net.get("cal", kind, cal[name]) is None, name
    # MON received what moved into its family, with the person merge applied too.
    for site in ("mon", "coord"):
        assert held(net, site, "person", cal["son"])["household"] == mon["household"], site
        moved_mother = held(net, site, "person", cal["mother"])
        assert moved_mother["household"] == mon["household"], site
        assert moved_mother["merged_into"] == mon["mother"], site
        intake = held(net, site, "intake", cal["intake"])
        assert intake["household"] == mon["household"], site
        assert intake["reference_person"] == mon["mother"], site
        contact = held(net, site, "contact", cal["contact"])
        assert (contact["household"], contact["person"]) == (mon["household"], mon["mother"])
        assert held(net, site, "visit", cal["visit"])["household"] == mon["household"], site
        health = held(net, site, "health", cal["health"])
        assert (health["household"], health["person"]) == (mon["household"], cal["son"])
    assert held(net, "coord", "household", cal["household"])["merged_into"] == mon["household"]
    assert "merged_into" not in held(net, "mon", "household", mon["household"])

    # Undone at the coordinator, person first, then the household.
    assert unmerge(net, cal["mother"]) == (2, 0)
    assert unmerge(net, cal["household"]) == (len(household_moves), 0)
    exchange(net)
    for site in ("coord", "mon", "cal"):
        assert net.dump(site) == before[site], site
    assert held(net, "cal", "person", cal["mother"])["household"] == cal["household"]
    assert "merged_into" not in held(net, "cal", "household", cal["household"])
    assert net.get("mon", "person", cal["son"]) is None
    assert {tuple(c["ids"]) for c in candidates(net)} == {mothers, sons, families}


def test_an_edit_made_at_the_point_while_the_coordinator_merges_is_kept(net: Net) -> None:
    mon = register_family(net, "mon", "MON", son_last="Quintavalle")
    cal = register_family(net, "cal", "CAL", son_last="Quintavale")
    exchange(net)
    # CAL goes on working on its family; the coordinator has not seen this edit yet.
    net.update("cal", "person", cal["son"], {"phone": "333 1234567"})
    merge(net, mon["household"], cal["household"])
    net.send("coord", "cal")
    # The son left CAL's scope, but CAL keeps him until its edit is acknowledged.
    assert held(net, "cal", "person", cal["son"])["phone"] == "333 1234567"
    report = net.send("cal", "coord")
    assert not report.refused  # made before the merge: in CAL's scope when it was made
    exchange(net)
    for site in ("coord", "mon"):
        son = held(net, site, "person", cal["son"])
        assert (son["household"], son["phone"]) == (mon["household"], "333 1234567"), site
    assert net.get("cal", "person", cal["son"]) is None
    unmerge(net, cal["household"])
    exchange(net)
    son = held(net, "cal", "person", cal["son"])
    assert (son["household"], son["phone"]) == (cal["household"], "333 1234567")
    assert net.get("mon", "person", cal["son"]) is None
    for site in ("coord", "cal"):
        assert "merged_into" not in held(net, site, "household", cal["household"]), site

"""The work plan across sites, as the audit of issue 12 found it: a person enrolled in
one course by two sites while apart ends with one enrolment (as for a workshop's), and a
laptop reads the vacancies' directory but does not write it."""

from __future__ import annotations

import pytest

from genera_desktop.domain.errors import Refused
from genera_desktop.services.work.courses import enrolment_id
from tests.sync.syncnet import Net
from tests.sync.test_work import held


def test_two_sites_enrolling_a_person_in_a_course_apart_end_with_one(net: Net) -> None:
    course = net.add("coord", "course", {"title": "Carrellisti", "hours": 12})
    person = net.person("coord", net.household("coord", point="MON"))
    net.roundtrip("mon")
    at_coord = net.add("coord", "course_enrolment", {"course": course, "person": person,
                                                     "status": "enrolled"})
    at_mon = net.add("mon", "course_enrolment", {"course": course, "person": person,
                                                 "hours_attended": 6})
    assert at_coord == at_mon == enrolment_id(course, person)
    net.roundtrip("mon")
    assert held(net, "coord", "course_enrolment") == held(net, "mon", "course_enrolment") == {
        at_coord}
    merged = net.get("mon", "course_enrolment", at_coord)
    assert (merged["status"], merged["hours_attended"]) == ("enrolled", 6)


def test_a_laptop_reads_vacancies_and_does_not_write_them(net: Net) -> None:
    firm = net.add("coord", "organisation", {"name": "Officine Rossi", "org_type": "company"})
    net.roundtrip("mon", "l1")
    vacancy = net.add("mon", "vacancy", {"organisation": firm, "title": "Magazziniere"})
    net.roundtrip("mon", "l1")
    assert held(net, "l1", "vacancy") == {vacancy}
    with pytest.raises(Refused):
        net.add("l1", "vacancy", {"organisation": firm, "title": "Autista"})

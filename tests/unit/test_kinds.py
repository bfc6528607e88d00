"""Every record kind is declared once, completely (store/kinds.py), and every layer that
used to keep its own list of kinds reads that declaration."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from genera_desktop.domain import vocab
from genera_desktop.store.base import Replicated, field_info
from genera_desktop.store.kind import (
    CATALOG,
    DIRECTORY,
    HOUSEHOLD,
    NOT_PERSONAL,
    NOTHING,
    PURGE,
    FieldText,
    KindSpec,
    problems,
)
from genera_desktop.store.kinds import HOUSEHOLD_CHILDREN, KINDS, PERSON_KIND, VISIT_KIND
from genera_desktop.store.models import MODELS

ROOT = Path(__file__).resolve().parents[2]


def every_model() -> list[type[Replicated]]:
    """Every replicated model there is, found by walking the class tree."""
    found: list[type[Replicated]] = []
    todo = list(Replicated.__subclasses__())
    while todo:
        model = todo.pop(0)
        if not model.__dict__.get("__abstract__"):
            found.append(model)
        todo += model.__subclasses__()
    return found


def test_every_replicated_model_has_a_complete_declaration() -> None:
    models = every_model()
    assert len(models) >= 10
    for model in models:
        assert model.KIND in KINDS, f"store/kinds.py declares no kind for {model.__name__}"
        spec = KINDS[model.KIND]
        assert spec.model is model
        assert problems(spec) == [], f"{model.KIND}: {problems(spec)}"
    assert list(KINDS) == list(MODELS)  # one order: the models'


def test_the_check_finds_what_a_declaration_leaves_out() -> None:
    # A visit whose author forgot a field's words, its part in the access export, its
    # erasure and its list: each is named.
    words = {k: v for k, v in VISIT_KIND.texts.items() if k != "flagged_by"}
    careless = dataclasses.replace(VISIT_KIND, texts=words, access_export=NOT_PERSONAL,
                                   erasure=NOTHING, columns=(), area="finance")
    found = "\n".join(problems(careless))
    assert "field flagged_by has no label" in found
    assert "access export" in found
    assert "columns" in found
    assert "area 'finance'" in found
    typo = dataclasses.replace(PERSON_KIND, texts={**PERSON_KIND.texts,
                                                   "frist_name": FieldText("Nome")})
    assert any("frist_name" in p for p in problems(typo))
    wrong_owner = dataclasses.replace(PERSON_KIND, owner=HOUSEHOLD, household_field="")
    assert any("household_field" in p for p in problems(wrong_owner))
    purged_anonymously = dataclasses.replace(VISIT_KIND, erasure=PURGE, access_export=dataclasses
                                             .replace(VISIT_KIND.access_export, person_fields=()))
    assert any("purged" in p for p in problems(purged_anonymously))


def test_every_enumeration_has_a_label_for_every_code() -> None:
    for kind, spec in KINDS.items():
        for name, rules in field_info(spec.model).items():
            choices = spec.choices(name)
            if rules["choices"]:
                assert choices is rules["choices"], (kind, name)
            if choices is not None:
                assert list(choices.labels) == list(choices), (kind, name)
                assert all(choices.labels.values()), (kind, name)


def test_catalogs_scopes_and_permissions_agree() -> None:
    from genera_desktop.sync.scopes import is_catalog, scope_fields

    catalogs = {k for k, s in KINDS.items() if s.owner == CATALOG}
    assert catalogs == {"point", "housing_context", "rent_zone", "guarantee_fund",
                        "course", "incentive", "internship_rule"}
    directory = {k for k, s in KINDS.items() if s.owner == DIRECTORY}
    assert directory == {"organisation", "agreement", "landlord", "dwelling", "vacancy"}
    assert {k for k in KINDS if is_catalog(k)} == catalogs | directory
    assert scope_fields("household") == ("point", "housing_context")
    assert scope_fields("visit") == ("household", "housing_context")
    assert scope_fields("health") == ("household",)
    assert scope_fields("housing_context") == ("custode_site",)
    # A session, an enrolment and an attendance are held by their workshop's point.
    for kind in ("place", "workshop", "workshop_session", "enrolment", "attendance",
                 "initiative"):
        assert scope_fields(kind) == ("point",), kind
    assert {m.KIND for m in HOUSEHOLD_CHILDREN} == {
        "person", "intake", "health", "contact", "referral", "follow_up", "visit",
        "enrolment", "attendance", "rent_contract", "guarantee_application", "disbursement",
        "arrears_case", "installment", "cohousing_pact", "cohousing_offer", "cohousing_visit",
        "job_profile", "candidacy", "course_enrolment", "internship", "internship_month", "hiring",
        "consent", "school_work", "school_work_hours", "skill_exchange", "youth_file"}
    # A pact is held with both its households (spec/programme.md, "Who holds what").
    assert scope_fields("cohousing_pact") == ("household", "guest_household")
    assert scope_fields("installment") == ("household",)


def test_search_text_is_made_of_the_declared_search_fields() -> None:
    from genera_desktop.store.capture import SEARCH_FIELDS, search_text
    from genera_desktop.sync.tables import TABLES

    assert {k: tuple(n for n, _ in fields) for k, fields in SEARCH_FIELDS.items()} == {
        "housing_context": KINDS["housing_context"].search,
        "household": KINDS["household"].search,
        "person": KINDS["person"].search,
    }
    person = {"first_name": "Nicolò", "last_name": "De Sa", "tax_code": None,
              "phone": "333 12 34 567"}
    assert search_text("person", person.get) == "nicolo de sa 3331234567"
    assert TABLES["person"].search_cols == frozenset(KINDS["person"].search)
    # The old per-field flag is gone: the declaration is the one source.
    assert all("search" not in rules for m in MODELS.values() for rules in field_info(m).values())


def test_the_command_line_lists_each_kind_by_its_declared_summary() -> None:
    from genera_desktop.cli.records import summary

    assert summary({"kind": "point", "code": "MON", "name": "Punto", "notes": "x"}) \
        == "MON  Punto"
    assert summary({"kind": "follow_up", "due_date": "2026-01-02", "household": "h1",
                    "note": "call"}) == "2026-01-02  h1"


def test_printed_and_screen_labels_read_the_same_declarations() -> None:
    from genera_desktop.printing import labels as printed

    assert printed.SEX == {"F": "Femmina", "M": "Maschio"}
    assert printed.BY_FIELD[("visit", "contact_type")] == dict(vocab.VISIT_CONTACT_TYPE.labels)
    assert printed.BY_FIELD[("household", "status")] == dict(vocab.HOUSEHOLD_STATUS.labels)
    assert printed.kind_name("intake") == "Accoglienza"
    assert printed.kind_name("contact", plural=True) == "Colloqui"
    assert printed.field_label("referral", "organisation") == "Ente o servizio"
    assert printed.field_label("contact", "notes") == "Note"  # a word shared by every kind


def test_each_kind_has_one_name_and_its_english_is_the_translation() -> None:
    names = [spec.names.singular for spec in KINDS.values()]
    assert len(set(names)) == len(names), "two kinds share a name"
    tree = ET.parse(ROOT / "resources" / "translations" / "genera_en.ts")
    english = {
        message.findtext("source"): message.findtext("translation")
        for context in tree.getroot().iter("context") if context.findtext("name") == "Kinds"
        for message in context.iter("message")
    }
    for kind, spec in KINDS.items():
        assert english.get(spec.names.singular) == spec.names.singular_en, kind
        if spec.names.plural != spec.names.singular:
            assert english.get(spec.names.plural) == spec.names.plural_en, kind


def test_defaults_apply_on_add_only_to_absent_fields() -> None:
    from datetime import date

    household = KINDS["household"]
    assert household.with_defaults({"point": "MON"}, date(2026, 3, 4)) == {
        "point": "MON", "registered_on": "2026-03-04"}
    assert household.with_defaults({"registered_on": "2025-01-01"})["registered_on"] \
        == "2025-01-01"


def test_a_computed_field_is_refused_on_input_and_shown_on_output(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from genera_desktop.domain.errors import ValidationFailed
    from genera_desktop.services import records
    from genera_desktop.services.validate import clean_fields
    from genera_desktop.store import kinds
    from genera_desktop.store.kind import Computed

    spec = KINDS["follow_up"]
    late = Computed(FieldText("In ritardo"), lambda r: r.get("due_date", "") < "2026-01-01")
    patched: KindSpec = dataclasses.replace(spec, computed={"late": late})
    monkeypatch.setitem(kinds.KINDS, "follow_up", patched)
    with pytest.raises(ValidationFailed) as failed:
        clean_fields(spec.model, {"due_date": "2026-02-01", "late": True}, partial=True)
    assert [(e.field, e.code) for e in failed.value.errors] == [("late", "read_only")]
    shown = records.with_computed({"kind": "follow_up", "id": "x", "due_date": "2025-12-01"})
    assert shown["late"] is True


def test_records_md_is_written_from_the_declarations() -> None:
    from genera_desktop.store import kinds_doc

    assert kinds_doc.PATH.read_text("utf-8") == kinds_doc.render(), (
        "docs/dev/records.md is out of date: run python -m genera_desktop.store.kinds_doc")

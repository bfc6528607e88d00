"""The screen's words (ui/labels.py) are the declarations' (domain/vocab.py,
store/kinds.py), extracted by lupdate, and in English when the app is."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from genera_desktop import app
from genera_desktop.domain import vocab, vocab_housing, vocab_work
from genera_desktop.printing import labels as printed
from genera_desktop.store.kind import COMMON_TEXTS
from genera_desktop.store.kinds import KINDS
from genera_desktop.store.store import Store
from genera_desktop.ui import labels as screen
from genera_desktop.ui.context import AppContext
from tests.ui.families import three_families

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

# The areas' enumerations are declared beside the core's (domain/vocab_AREA.py).
# Keyed by module and name: two areas may each have a CONTRACT_TYPE of their own.
ENUMERATIONS = {
    (module.__name__, name): value for module in (vocab, vocab_housing, vocab_work)
    for name, value in vars(module).items() if isinstance(value, vocab.Enumeration)
}


def test_every_choice_list_on_screen_is_an_enumeration_as_declared() -> None:
    assert len(ENUMERATIONS) >= 20
    declared = [list(e.labels.items()) for e in ENUMERATIONS.values()]
    shown = [v for v in vars(screen).values() if isinstance(v, screen.Choices)]
    assert len(shown) >= 20
    for choices in [*shown, *screen.BY_FIELD.values()]:
        # Same codes in the same order (combo boxes list them so), same Italian words.
        assert list(choices.sources.items()) in declared
    # Every enumeration a field takes or suggests is on screen by (kind, field).
    for kind, spec in KINDS.items():
        for name in [c.key for c in spec.model.__table__.columns]:
            if spec.choices(name) is not None:
                assert screen.choices(kind, name) is not None, (kind, name)


def test_by_field_maps_the_same_fields_on_paper_and_on_screen() -> None:
    assert screen.BY_FIELD.keys() == printed.BY_FIELD.keys()
    for key, italian in printed.BY_FIELD.items():
        assert screen.BY_FIELD[key].sources == italian, key
    assert ("visit", "contact_type") in printed.BY_FIELD  # free text, suggested codes


def test_in_italian_labels_read_as_printed(qapp: QApplication) -> None:
    assert dict(screen.SEX) == printed.SEX
    assert list(screen.SEX.values()) == ["Femmina", "Maschio"]
    assert screen.label(screen.HOUSEHOLD_STATUS, "taken_on") == "Preso in carico"
    assert screen.label(screen.HOUSEHOLD_STATUS, "in attesa di ISEE") == "in attesa di ISEE"
    assert screen.label(screen.RELATION, None) == ""
    assert screen.kind_name("intake") == "Accoglienza"
    assert screen.kind_name("contact", plural=True) == "Colloqui"
    assert screen.new_record_title("visit") == "Nuova visita"
    assert screen.field_label("person", "relation") == "Relazione con la persona di riferimento"
    assert screen.field_label("person", "relation", short=True) == "Relazione"
    assert screen.field_label("nonsense", "x") == "x"


def declared_words() -> set[str]:
    """Every Italian word the declarations give the screen."""
    words = {text for e in ENUMERATIONS.values() for text in e.labels.values()}
    for spec in KINDS.values():
        words |= {spec.names.singular, spec.names.plural, spec.names.new}
        for text in (*spec.texts.values(), *COMMON_TEXTS.values()):
            words |= {w for w in (text.label, text.help, text.short) if w}
    return words


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_lupdate_extracts_every_declared_word(tmp_path: Path) -> None:
    probe = tmp_path / "labels.ts"
    sources = [line.split(":=", 1)[1] for line in (ROOT / "Makefile").read_text().replace(
        "\\\n", " ").splitlines() if line.startswith("LUPDATE_SOURCES")][0].split()
    subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-source-language", "it",
         *sources, "-ts", str(probe)],
        cwd=ROOT, check=True, capture_output=True,
    )
    extracted = {
        message.findtext("source")
        for context in ET.parse(probe).getroot().iter("context")
        if context.findtext("name") in (screen.CONTEXT, screen.KINDS_CONTEXT)
        for message in context.iter("message")
    }
    assert len(declared_words()) > 150
    assert declared_words() - extracted == set()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app's English translators, removed afterwards."""
    saved = QLocale()
    app.install_translators(qapp, "en")
    yield
    QLocale.setDefault(saved)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def cell_texts(model: Any) -> set[str]:
    return {
        str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }


def combo_texts(combo: Any) -> list[str]:
    return [combo.itemText(n) for n in range(combo.count())]


def test_in_english_the_widgets_show_english_labels(
    qtbot: Any, ctx: AppContext, coordinator: Store, english: None
) -> None:
    from genera_desktop.ui.registry.household import HouseholdPage
    from genera_desktop.ui.registry.households import HouseholdsPage
    from genera_desktop.ui.registry.person_dialog import PersonDialog

    ids = three_families(coordinator)  # Ferrari: active, with a child
    households = HouseholdsPage(ctx)
    qtbot.addWidget(households)
    households.show()
    qtbot.waitUntil(lambda: households.model.rowCount() == 3, timeout=20_000)
    statuses = cell_texts(households.model)
    assert "Active" in statuses and "Attivo" not in statuses
    assert "Taken on" in combo_texts(households.status)

    household = HouseholdPage(ctx)
    qtbot.addWidget(household)
    household.load(ids["ferrari"])
    members = cell_texts(household.members.model)
    assert "Child" in members and "Figlio/a" not in members

    dialog = PersonDialog(ctx, None, ids["ferrari"])
    qtbot.addWidget(dialog)
    assert combo_texts(dialog.sex)[1:] == ["Female", "Male"]
    assert "Spouse" in combo_texts(dialog.relation)


def test_duplicates_compare_fields_by_name_and_choices_in_words(qapp: QApplication) -> None:
    from genera_desktop.ui.coordination.duplicates import comparison

    rows = comparison({"sex": "F", "relation": "child", "first_name": "Anna"},
                      {"sex": "F", "relation": "in affido", "first_name": "Anna"}, "person")
    assert ("Sesso", "Femmina", "Femmina") in rows
    assert ("Relazione con la persona di riferimento", "Figlio/a", "in affido") in rows
    assert ("Nome", "Anna", "Anna") in rows


def test_in_english_duplicates_compare_in_english(english: None) -> None:
    from genera_desktop.ui.coordination.duplicates import comparison

    rows = comparison({"sex": "M"}, {"sex": "F"}, "person")
    assert rows == [("Sex", "Male", "Female")]

"""The layers stay apart (DESIGN.md): no Qt below ui/, no raw writes outside store/sync."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "genera_desktop"
CORE = ("domain", "store", "sync", "services", "printing", "reports", "cli")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_pyside_below_ui() -> None:
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            if any(name.split(".")[0] == "PySide6" for name in imports_of(path)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_core_does_not_import_the_ui() -> None:
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            if any(name.startswith("genera_desktop.ui") for name in imports_of(path)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_the_faces_reach_the_store_only_through_services() -> None:
    """The GUI and the CLI import nothing of store/ or sync/ (DESIGN.md): their types,
    errors and the open store come from domain/ and services/."""
    offenders = []
    for face in ("ui", "cli"):
        for path in (PACKAGE / face).rglob("*.py"):
            for name in imports_of(path):
                if name.startswith(("genera_desktop.store", "genera_desktop.sync")):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_the_cli_opens_no_unit_of_work() -> None:
    """Commands call services with the store; the services open, commit and audit."""
    offenders = []
    for path in (PACKAGE / "cli").rglob("*.py"):
        text = path.read_text("utf-8")
        for needle in ("unit_of_work(", ".commit(", "UnitOfWork("):
            if needle in text:
                offenders.append(f"{path.relative_to(PACKAGE)}: {needle}")
    assert offenders == []

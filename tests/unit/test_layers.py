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


def faces_opening_a_unit_of_work(package: Path) -> list[str]:
    """The lines of ui/ and cli/ under ``package`` that open or commit a unit of work."""
    offenders = []
    for face in ("ui", "cli"):
        for path in sorted((package / face).rglob("*.py")):
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                for needle in (".uow(", "unit_of_work(", ".commit(", "UnitOfWork("):
                    if needle in line:
                        offenders.append(f"{path.relative_to(package)}:{number}: {needle}")
    return offenders


def test_the_faces_open_no_unit_of_work() -> None:
    """Commands and widgets call services with the store; the services open, commit,
    audit and announce (services/transaction.py)."""
    assert faces_opening_a_unit_of_work(PACKAGE) == []


def test_a_unit_of_work_opened_in_a_face_is_found(tmp_path: Path) -> None:
    """The check above fails on each way a face could open or commit one."""
    (tmp_path / "ui").mkdir()
    (tmp_path / "cli").mkdir()
    (tmp_path / "ui" / "page.py").write_text(
        "with self.ctx.uow(read_only=True) as uow:\n    pass\n"
        "with store.unit_of_work() as uow:\n    uow.commit()\n", "utf-8")
    (tmp_path / "cli" / "command.py").write_text("uow = UnitOfWork(store)\n", "utf-8")
    assert sorted(faces_opening_a_unit_of_work(tmp_path)) == [
        "cli/command.py:1: UnitOfWork(",
        "ui/page.py:1: .uow(",
        "ui/page.py:3: unit_of_work(",
        "ui/page.py:4: .commit(",
    ]

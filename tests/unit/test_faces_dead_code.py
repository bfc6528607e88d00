"""Code nothing called is gone (issue 16); it comes back only with a caller."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "genera_desktop"
GONE = {"next_case_number", "point_exists", "is_far_future", "is_uuid", "is_cancelled",
        "from_db", "has_user"}


def test_the_dead_functions_stay_gone() -> None:
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in GONE:
                found.append(f"{path.relative_to(PACKAGE)}: {node.name}")
    assert found == []

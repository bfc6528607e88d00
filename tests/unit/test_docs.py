"""The staff guide (docs/guida.md, docs/guide.md) against the app it describes.

Every picture a guide shows must exist in docs/img/ (scripts/screenshots.py makes them),
and every name it quotes in «…» must be a string of the interface: a menu, a button, a
section or a message renamed in the code then fails here until the guide follows.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDES = ("guida.md", "guide.md")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
QUOTED = re.compile(r"«([^«»]+)»")
# Adjacent literals ("…" "…" across lines) are one string to Python: join them.
ADJACENT = re.compile(r"\"\s*\n\s*(?:f|r)?\"")


# The words the kinds declare (names, field labels, enumerations) are the interface's
# too: every area's declarations and vocabularies (store/kind*.py, domain/vocab*.py).
DECLARATIONS = ("store/kind*.py", "domain/vocab*.py")


def ui_strings() -> str:
    """The text of every module of the interface and of the kinds' declarations,
    literals joined, accelerators (&) gone."""
    package = ROOT / "genera_desktop"
    modules = [*sorted((package / "ui").rglob("*.py")),
               *(p for pattern in DECLARATIONS for p in sorted(package.glob(pattern)))]
    text = "\n".join(p.read_text("utf-8") for p in modules)
    return ADJACENT.sub("", text).replace("&", "")


def quoted_names(guide: str) -> list[str]:
    """The names in «…», a line break inside one read as the space Markdown makes it."""
    return [" ".join(n.split()) for n in QUOTED.findall((DOCS / guide).read_text("utf-8"))]


def in_interface(name: str, source: str) -> bool:
    """The name as written; an ellipsis standing for a value ("… modifiche applicate")
    asks for each of the fixed parts around it instead."""
    if name in source:
        return True
    parts = [p.strip() for p in name.split("…") if p.strip()]
    return len(parts) > 0 and "…" in name and all(p in source for p in parts)


@pytest.mark.parametrize("guide", GUIDES)
def test_every_picture_exists(guide: str) -> None:
    images = IMAGE.findall((DOCS / guide).read_text("utf-8"))
    assert len(images) >= 20  # a guide with screenshots, not a stub
    missing = [i for i in images if not (DOCS / i).is_file()]
    assert not missing, f"{guide} shows pictures docs/img does not hold: {missing}"
    assert all(i.startswith("img/") and i.endswith(".png") for i in images)


@pytest.mark.parametrize("guide", GUIDES)
def test_every_quoted_name_is_in_the_interface(guide: str) -> None:
    names = quoted_names(guide)
    assert len(names) >= 40
    source = ui_strings()
    unknown = sorted({n for n in names if not in_interface(n, source)})
    assert not unknown, f"{guide} quotes names the interface does not have: {unknown}"


def test_the_check_sees_a_wrong_name() -> None:
    source = ui_strings()
    assert in_interface("Nuclei familiari", source)
    assert in_interface("Importa nuclei da file…", source)  # "&Importa nuclei da file…"
    assert not in_interface("Nuclei famigliari", source)
    assert not in_interface("… modifiche sparite", source)


def test_the_guides_show_the_same_pictures() -> None:
    shown = [set(IMAGE.findall((DOCS / g).read_text("utf-8"))) for g in GUIDES]
    assert shown[0] == shown[1]
    unused = {f"img/{p.name}" for p in (DOCS / "img").glob("*.png")} - shown[0]
    assert not unused, f"pictures no guide shows (drop them from screenshots.py): {unused}"

"""docs/dev/records.md, written from the models and the kinds' declarations.

``python -m genera_desktop.store.kinds_doc`` rewrites it; tests/unit/test_kinds.py fails
while it is out of date, so the list a developer reads is the one the app follows.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from genera_desktop.store import base as ft
from genera_desktop.store.base import field_info
from genera_desktop.store.kind import KindSpec
from genera_desktop.store.kinds import KINDS

PATH = Path(__file__).resolve().parents[2] / "docs" / "dev" / "records.md"

HEADER = """\
# Record kinds and their fields

Written from the models (store/models.py) and the kinds' declarations
(store/kinds.py) by `python -m genera_desktop.store.kinds_doc`: change those, then run
it (tests/unit/test_kinds.py fails while this file is out of date). The words, owners,
access areas, export and erasure of each kind are in its declaration.

JSON keys = model attribute names. `*` = required. Every record also has `id` (UUIDv7
string). Enumerated values are stored as the English codes below; the UI shows Italian.
Lists are JSON arrays of codes. Dates are ISO `YYYY-MM-DD`; times `HH:MM`. A kind with
an access area is read and written only by users granted it (and administrators).
"""

_TYPES = {
    ft.DATE: "date", ft.TIME: "time", ft.BOOL: "bool", ft.INT: "int", ft.NUMBER: "number",
    ft.POINT_CODE: "point code", ft.TAX_CODE: "codice fiscale", ft.PHONE: "phone",
    ft.EMAIL: "e-mail", ft.VAT_NUMBER: "partita IVA", ft.ATECO: "ATECO 2025 code",
    ft.DAY_NUMBERS: "list of day numbers 1-31",
}


def _field(spec: KindSpec, name: str, rules: dict[str, Any]) -> str:
    star = "*" if rules["required"] else ""
    choices = spec.choices(name)
    if choices is not None and rules["choices"]:
        codes = "/".join(choices)
        note = f"list: {codes}" if rules["type"] == ft.LIST else codes
        if name in spec.defaults:
            note += f"; default {spec.defaults[name]}"
    elif choices is not None:
        note = f"free text; GUI offers {'/'.join(choices)}"
    else:
        kind = f"id of a {rules['ref']}" if rules["type"] == ft.REF else _TYPES.get(
            rules["type"], "")
        parts = [kind] if kind else []
        if name in spec.defaults:
            parts.append(f"default {spec.defaults[name]!r}".replace("'", "").lower())
        note = "; ".join(parts)
    return f"{name}{star}" + (f" ({note})" if note else "")


def _kind(spec: KindSpec) -> str:
    head = spec.kind + (f" (access area {spec.area})" if spec.area else "")
    body = ", ".join(_field(spec, n, r) for n, r in field_info(spec.model).items())
    return textwrap.fill(f"{head}: {body}", width=88, subsequent_indent="  ",
                         break_long_words=False, break_on_hyphens=False)


def render() -> str:
    """The whole file, as it should read."""
    return HEADER + "\n" + "\n".join(_kind(spec) for spec in KINDS.values()) + "\n"


if __name__ == "__main__":  # pragma: no cover - developer tool
    PATH.write_text(render(), "utf-8")
    print(f"wrote {PATH}")

"""The programme's indicators for `genera report` and the dashboard's exports.

Reading them is a read (no writer waited for); writing the funders' files renders both
before writing either, writes each atomically, and records each in the audit trail,
committed once the files are there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from genera_desktop.files import write_atomically
from genera_desktop.reports import indicators as computed
from genera_desktop.services.coordination import audit
from genera_desktop.services.transaction import reads, writes
from genera_desktop.store.uow import UnitOfWork


@reads
def indicators(uow: UnitOfWork) -> dict[str, Any]:
    """The indicators on this site's data (spec/cli.md, Reports)."""
    return computed.compute(uow.session)


@writes
def save_report(uow: UnitOfWork, *, xlsx: Path | None = None,
                pdf: Path | None = None) -> dict[str, Any]:
    """Write the aggregate XLSX and/or PDF; return the indicators they hold."""
    ind = computed.compute(uow.session)
    outputs: list[tuple[Path, bytes]] = []
    if xlsx is not None:
        from genera_desktop.reports.xlsx import workbook_bytes

        outputs.append((xlsx, workbook_bytes(ind)))
    if pdf is not None:
        from genera_desktop.reports.pdf import report_pdf

        outputs.append((pdf, report_pdf(ind)))
    for path, data in outputs:
        write_atomically(path, data)
        audit.record(uow, "export", None, None, {"report": "indicators", "file": path.name})
    return ind

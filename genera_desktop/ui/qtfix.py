"""A guard against PySide6 6.12.0's signal refcount bug.

In PySide6-Essentials 6.12.0 (6.11.3 is fine) every ``signal.emit()`` made from Python
returns ``True`` without owning a reference to it, so each emit takes one reference
from ``True``. On Python 3.11, where ``True`` is not immortal, the process aborts
("Fatal Python error: bool_dealloc") after a few thousand emits: in the middle of a
working day. The fix is a PySide6 other than 6.12.0; until the installation has one,
``guard_emit_refcount`` detects the bug and gives ``True`` enough references for the
lifetime of any process, which is what Python 3.12 does for every bool anyway.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_SPARE = 1 << 40
_guarded = False


class _Probe(QObject):
    pinged = Signal()


def emit_leaks_true() -> bool:
    """True when this PySide6 drops a reference to True on every emit."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.pinged.emit()
    leaked = sys.getrefcount(True) < before
    if leaked:
        # Give back what the probe itself took.
        for _ in range(8):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return leaked


def guard_emit_refcount() -> bool:
    """Neutralise the bug if this PySide6 has it; True when it had to."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or not emit_leaks_true():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(True))
    refcount.value += _SPARE
    _guarded = True
    log.info("PySide6 emit refcount bug detected: guarded (upgrade or downgrade PySide6)")
    return True

"""Marking Italian text for translation below ui/, where Qt is not imported.

The record kinds' names, their fields' labels and the enumerations' labels are declared
in the core (domain/vocab.py, store/kinds.py) so that paper, the command line and the
screen read one declaration. Qt Linguist's ``lupdate`` finds a string by the name of the
call around it, whatever that call is: this ``QT_TRANSLATE_NOOP`` is Qt's namesake, the
text given back unchanged, and the Makefile's ``translations`` target scans these
modules. The screen translates each text when it shows it (ui/labels.py); printed forms
stay Italian and use it as written.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate reads this name
    """``text`` unchanged; ``lupdate`` files it under ``context``."""
    return text

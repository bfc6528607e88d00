"""Euro amounts, the one place they are rounded and written for people.

Stored and printed in JSON as numbers to the cent (a whole amount without decimals, so
``500`` stays ``500``); written for people the Italian way, ``1.234,50``, with the euro
sign before it on forms and reports (``€ 1.234,50``) and after it on screen
(``1.234,50 €``), as each has always shown it.
"""

from __future__ import annotations


def cents(value: float) -> float | int:
    """Euro to the cent, as JSON prints it: a whole amount as an integer."""
    rounded = round(float(value) * 100)
    return rounded // 100 if rounded % 100 == 0 else rounded / 100


def euro_digits(value: object) -> str:
    """``1.234,50`` for 1234.5; '' for nothing; the value as it is if not a number."""
    if value is None or value == "":
        return ""
    try:
        amount = float(str(value))
    except ValueError:
        return str(value)
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def euro_text(value: object) -> str:
    """``€ 1.234,50`` (forms, reports); '' for nothing."""
    digits = euro_digits(value)
    return f"€ {digits}" if digits else ""


def euro_on_screen(value: object) -> str:
    """``1.234,50 €`` (the pages' cells and sentences); '' for nothing."""
    digits = euro_digits(value)
    return f"{digits} €" if digits else ""

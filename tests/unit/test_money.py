"""Euro amounts (domain/money.py): rounded once, written once."""

from genera_desktop.domain.money import cents, euro_digits, euro_on_screen, euro_text


def test_cents_keep_whole_amounts_whole_and_round_to_the_cent() -> None:
    assert cents(500) == 500 and isinstance(cents(500.0), int)
    assert cents(350.505) in (350.5, 350.51)
    assert cents(0.1 + 0.2) == 0.3


def test_amounts_are_written_the_italian_way() -> None:
    assert euro_digits(1234.5) == "1.234,50"
    assert euro_text("12345.5") == "€ 12.345,50"
    assert euro_on_screen(1200) == "1.200,00 €"
    assert euro_text(None) == euro_on_screen("") == ""
    assert euro_digits("n/d") == "n/d"


"""The declarations' words on screen, in the UI's language.

The enumerations' labels (domain/vocab.py), the kinds' names and their fields' labels
and help (store/kinds.py) are declared once, in Italian, marked with QT_TRANSLATE_NOOP
so that ``make translations`` puts them in the .ts files (context "Labels", and "Kinds"
for the kinds' names). Here they are translated when read, not at import, so the
translator installed at start-up is the one that counts. Paper stays Italian
(printing/labels.py reads the same declarations untranslated).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication

from genera_desktop.domain import vocab
from genera_desktop.services.kinds import KINDS

CONTEXT = "Labels"
KINDS_CONTEXT = "Kinds"


class Choices(Mapping[str, str]):
    """Codes to labels, like an enumeration's ``labels``, but each label is translated
    when it is read."""

    def __init__(self, sources: Mapping[str, object]) -> None:
        # code -> the Italian source lupdate extracted
        self.sources = {code: str(text) for code, text in sources.items()}

    def __getitem__(self, code: str) -> str:
        return QCoreApplication.translate(CONTEXT, self.sources[code])

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)

    def __repr__(self) -> str:
        return f"Choices({self.sources!r})"


HOUSEHOLD_STATUS = Choices(vocab.HOUSEHOLD_STATUS.labels)
SEX = Choices(vocab.SEX.labels)
RESIDENCE_PERMIT = Choices(vocab.YES_NO_PENDING.labels)
MARITAL_STATUS = Choices(vocab.MARITAL_STATUS.labels)
EDUCATION = Choices(vocab.EDUCATION.labels)
WORK_STATUS = Choices(vocab.WORK_STATUS.labels)
RELATION = Choices(vocab.RELATION.labels)
CHANNEL = Choices(vocab.CHANNEL.labels)
HOUSING_TENURE = Choices(vocab.HOUSING_TENURE.labels)
INCOME_SOURCES = Choices(vocab.INCOME_SOURCES.labels)
NEEDS = Choices(vocab.NEEDS.labels)
OUTCOME = Choices(vocab.INTAKE_OUTCOME.labels)
CONSENTS = Choices(vocab.CONSENTS.labels)
CONTACT_TYPE = Choices(vocab.CONTACT_TYPE.labels)
REFERRAL_DIRECTION = Choices(vocab.REFERRAL_DIRECTION.labels)
REFERRAL_STATUS = Choices(vocab.REFERRAL_STATUS.labels)
MANAGER = Choices(vocab.CONTEXT_MANAGER.labels)
CONTEXT_TYPE = Choices(vocab.CONTEXT_TYPE.labels)
FLAGGED_BY = Choices(vocab.FLAGGED_BY.labels)
VISIT_CONTACT_TYPE = Choices(vocab.VISIT_CONTACT_TYPE.labels)
VISIT_ISSUES = Choices(vocab.VISIT_ISSUES.labels)
VISIT_REFERRALS = Choices(vocab.VISIT_REFERRALS.labels)
ACCESS_AREAS = Choices(vocab.ACCESS_AREAS.labels)


def _by_field() -> dict[tuple[str, str], Choices]:
    from genera_desktop.printing import labels as printed

    return {key: Choices(italian) for key, italian in printed.BY_FIELD.items()}


# (kind, field) to the labels of the field's enumeration, as printing/labels.BY_FIELD.
BY_FIELD: dict[tuple[str, str], Choices] = _by_field()


def choices(kind: str, name: str) -> Choices | None:
    """The labels of a field's enumeration (taken or suggested), or None."""
    return BY_FIELD.get((kind, name))


def label(labels: Mapping[str, str], code: object) -> str:
    """The label of ``code`` in the UI's language; unknown or free-text values (a
    household's status is free text with suggested codes) are shown as written."""
    if code is None or code == "":
        return ""
    text = str(code)
    return labels.get(text, text)


def kind_name(kind: str | None, plural: bool = False) -> str:
    """A kind's name in the UI's language (the code for a kind that does not exist)."""
    spec = KINDS.get(kind or "")
    if spec is None:
        return kind or ""
    names = spec.names
    return QCoreApplication.translate(KINDS_CONTEXT, names.plural if plural else names.singular)


def new_record_title(kind: str) -> str:
    """"Nuovo colloquio", "Nuova visita": adding one, as its declaration says it."""
    return QCoreApplication.translate(KINDS_CONTEXT, KINDS[kind].names.new)


def edit_record_title(kind: str) -> str:
    """"Modifica colloquio": the title of a dialog changing one."""
    return QCoreApplication.translate("Kinds", "Modifica {kind}").format(
        kind=kind_name(kind).lower())


def field_label(kind: str | None, name: str, *, short: bool = False) -> str:
    """A field's label in its kind, in the UI's language (``short``: a column's);
    its name for a field nobody declared."""
    text = None
    # A field its kind does not declare, or shown without its kind (the audit trail's
    # changed fields, an import column), takes the words of the first kind declaring it.
    specs = list(KINDS.values())
    if kind is not None and kind in KINDS:
        specs.insert(0, KINDS[kind])
    for spec in specs:
        try:
            text = spec.text(name)
            break
        except KeyError:
            continue
    if text is None:
        return name
    return QCoreApplication.translate(CONTEXT, text.column if short else text.label)


def field_help(kind: str, name: str) -> str:
    """A field's help line in the UI's language ("" when it has none)."""
    try:
        help_text = KINDS[kind].text(name).help
    except KeyError:
        return ""
    return QCoreApplication.translate(CONTEXT, help_text) if help_text else ""

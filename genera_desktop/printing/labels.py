"""Italian words on paper: the enumerations' labels (domain/vocab.py), the kinds' names
and their fields' labels (store/kinds.py). Printed forms stay Italian whatever the
screen's language; this module only reads the declarations, it says nothing of its own.

``BY_FIELD`` maps ``(record kind, field)`` to the labels of the field's enumeration
(the one it takes, or the codes a free-text field suggests).
"""

from __future__ import annotations

from collections.abc import Mapping

from genera_desktop.domain import vocab
from genera_desktop.store.kinds import KINDS

HOUSEHOLD_STATUS = dict(vocab.HOUSEHOLD_STATUS.labels)
SEX = dict(vocab.SEX.labels)
RESIDENCE_PERMIT = dict(vocab.YES_NO_PENDING.labels)
MARITAL_STATUS = dict(vocab.MARITAL_STATUS.labels)
EDUCATION = dict(vocab.EDUCATION.labels)
WORK_STATUS = dict(vocab.WORK_STATUS.labels)
RELATION = dict(vocab.RELATION.labels)
CHANNEL = dict(vocab.CHANNEL.labels)
HOUSING_TENURE = dict(vocab.HOUSING_TENURE.labels)
INCOME_SOURCES = dict(vocab.INCOME_SOURCES.labels)
NEEDS = dict(vocab.NEEDS.labels)
OUTCOME = dict(vocab.INTAKE_OUTCOME.labels)
CONSENTS = dict(vocab.CONSENTS.labels)
CONTACT_TYPE = dict(vocab.CONTACT_TYPE.labels)
REFERRAL_DIRECTION = dict(vocab.REFERRAL_DIRECTION.labels)
REFERRAL_STATUS = dict(vocab.REFERRAL_STATUS.labels)
MANAGER = dict(vocab.CONTEXT_MANAGER.labels)
CONTEXT_TYPE = dict(vocab.CONTEXT_TYPE.labels)
FLAGGED_BY = dict(vocab.FLAGGED_BY.labels)
VISIT_CONTACT_TYPE = dict(vocab.VISIT_CONTACT_TYPE.labels)
VISIT_ISSUES = dict(vocab.VISIT_ISSUES.labels)
VISIT_REFERRALS = dict(vocab.VISIT_REFERRALS.labels)


def _by_field() -> dict[tuple[str, str], dict[str, str]]:
    out: dict[tuple[str, str], dict[str, str]] = {}
    for kind, spec in KINDS.items():
        for name in (*spec.texts, *spec.model.__table__.columns.keys()):
            choices = spec.choices(name)
            if choices is not None:
                out[(kind, name)] = dict(choices.labels)
    return out


BY_FIELD: dict[tuple[str, str], dict[str, str]] = _by_field()


def label(labels: Mapping[str, str], code: object) -> str:
    """Return the Italian label of ``code``; unknown or free-text values pass through.

    Some fields (household status, visit contact type) are free text with suggested
    codes, so a value that is not a known code is shown as written.
    """
    if code is None or code == "":
        return ""
    text = str(code)
    return labels.get(text, text)


def kind_name(kind: str, plural: bool = False) -> str:
    """A kind's Italian name (the kind's code for one that does not exist)."""
    spec = KINDS.get(kind)
    if spec is None:
        return kind
    return spec.names.plural if plural else spec.names.singular


def field_label(kind: str, name: str) -> str:
    """A field's Italian label in its kind (its name for a field nobody declared)."""
    spec = KINDS.get(kind)
    return spec.label(name) if spec is not None else name

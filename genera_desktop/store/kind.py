"""What the declaration of a record kind says (store/kinds.py declares each kind).

A model (store/models.py) says how a record is stored: its fields, their types, which
are required, which enumeration a field takes. Its ``KindSpec`` says everything else the
layers need, once: the kind's names, each field's words, who owns a record and so which
sites hold it, who may write it, its access area, its part in a person's access export
and in erasure, its search fields, defaults, computed fields, and how a list shows it.
Permissions, sync scopes, capture, the access export, erasure, the command line, dump,
forms, lists and labels read it; ``problems`` is what the test of every kind checks.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from genera_desktop.domain import vocab
from genera_desktop.domain.i18n import QT_TRANSLATE_NOOP
from genera_desktop.domain.vocab import Enumeration
from genera_desktop.store import base as ft
from genera_desktop.store.base import Replicated, field_info

# Who owns a record, and so which sites hold it (spec/sync.md, "Scopes";
# spec/programme.md, "Who holds what").
HOUSEHOLD = "household"  # a household's: held where its household is (``household_field``)
PERSON = "person"  # about one person (``owner_field``), held where their household is
POINT = "point"  # a point's (its code in ``owner_field``): held by that point's sites
DIRECTORY = "directory"  # the network's shared directory: every site holds it
CATALOG = "catalog"  # the coordinator's catalog: every site holds it
OWNERS = (HOUSEHOLD, PERSON, POINT, DIRECTORY, CATALOG)

# Which sites may write a record (spec/cli.md, "Who may change what").
COORDINATOR = "coordinator"  # the coordinator only
NETWORK = "network"  # any point or the coordinator; laptops read
HOLDERS = "holders"  # a site whose scope holds it, and the coordinator
WRITERS = {CATALOG: COORDINATOR, DIRECTORY: NETWORK}

# What erasing a person (sync/erasure.py) does to a kind's records.
PURGE = "purge"  # its records about them (``AccessExport.person_fields``) go with them
KEEP = "keep"  # stay: they name the person by id only, or are their household's
NOTHING = "nothing"  # it holds nothing about a person
ERASURES = (PURGE, KEEP, NOTHING)


class _Today:
    """A default: the day the record is added."""

    def __repr__(self) -> str:
        return "TODAY"


TODAY = _Today()


@dataclass(frozen=True)
class Names:
    """A kind's names: Italian (the source, translated on screen through the .ts
    files, context "Kinds") and English (the command line's help, this documentation;
    a test checks genera_en.ts says the same)."""

    singular: str
    plural: str
    singular_en: str
    plural_en: str
    new: str  # the Italian action of adding one: "Nuovo colloquio", "Nuova visita"


@dataclass(frozen=True)
class FieldText:
    """A field's words: its label, a help line (a tooltip), a shorter label for a
    list's column, and, for free text that suggests codes, their enumeration."""

    label: str
    help: str = ""
    short: str = ""
    suggest: Enumeration | None = None

    @property
    def column(self) -> str:
        return self.short or self.label


@dataclass(frozen=True)
class Computed:
    """A field the app works out when a record is read: shown by ``show`` and ``list``,
    left out of ``dump``, refused on ``add`` and ``update``."""

    text: FieldText
    # (record) -> value; with ``store``, (record, session) -> value: a figure that reads
    # other records (a fund's committed money, a contract's rent against its zone's band).
    compute: Callable[..., Any]
    store: bool = False


@dataclass(frozen=True)
class AccessExport:
    """How a kind's records enter a person's access export (GDPR art. 15,
    services/coordination/access_request.py).

    A record naming the person in one of ``person_fields`` is about them; a record of
    their household (``household_field``) is about the whole family, unless
    ``unless_named`` and it names another member in ``person_fields`` (then it is that
    member's). ``subject``: the person, or their household, itself.
    """

    person_fields: tuple[str, ...] = ()
    household_field: str = ""
    unless_named: bool = False
    subject: bool = False
    personal: bool = True


NOT_PERSONAL = AccessExport(personal=False)
SUBJECT = AccessExport(subject=True)


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class KindSpec:
    """Everything about one record kind that is not how it is stored."""

    model: type[Replicated]
    names: Names
    owner: str
    texts: Mapping[str, FieldText]  # every stored field's words (COMMON_TEXTS fill in)
    access_export: AccessExport
    erasure: str
    owner_field: str = ""  # the reference to the owner (a point code for POINT)
    # A POINT kind whose point is its parent's (a session's is its workshop's): the
    # reference naming the parent. The app copies the parent's point into owner_field
    # (declare it set_by_app) on add and when the reference changes; a parent that
    # moves to another point takes these records along (services/records.py).
    owner_via: str = ""
    household_field: str = ""  # held, deleted and restored with this household
    # The person reference whose household the app puts in household_field (declare it
    # set_by_app); a PERSON kind's is its owner_field.
    household_via: str = ""
    # A record of two households (a co-housing pact: the host's and the guest's) is held,
    # deleted and restored with either: the second household reference (set_by_app) and
    # the person reference whose household the app puts in it.
    other_household_field: str = ""
    other_household_via: str = ""
    context_field: str = ""  # a laptop covering this housing context holds it too
    moves_scope: tuple[str, ...] = ()  # its fields that move other kinds' records
    area: str | None = None  # an access area (vocab.ACCESS_AREAS) needed to read or write
    role: str = "operator"  # the least user role that may write it
    search: tuple[str, ...] = ()  # fields a search matches (phones as digits)
    defaults: Mapping[str, Any] = field(default_factory=dict)  # a value, or TODAY
    computed: Mapping[str, Computed] = field(default_factory=dict)
    set_by_app: tuple[str, ...] = ()  # stored, but only the app sets them
    columns: tuple[str, ...] = ()  # what a list of these records shows, in order
    form: tuple[str, ...] = ()  # what its entry dialog asks, in order (): a page of its own)
    summary: tuple[str, ...] = ()  # the plain one-line listing of the command line
    # The fields a live record of this kind is unique by (one enrolment per workshop
    # and person): a merge of two persons that would make two keeps the survivor's and
    # deletes the loser's, which an unmerge brings back (services/coordination/duplicates.py).
    one_per: tuple[str, ...] = ()
    # (field, value, the record as held here or None) -> whether a member site's change
    # is the coordinator's alone to make (a money decision): sync refuses it on import.
    coordinator_decides: Callable[[str, Any, Mapping[str, Any] | None], bool] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", _frozen(self.texts))
        object.__setattr__(self, "defaults", _frozen(self.defaults))
        object.__setattr__(self, "computed", _frozen(self.computed))

    @property
    def kind(self) -> str:
        return self.model.KIND

    @property
    def everywhere(self) -> bool:
        """Held by every site (a catalog or the shared directory)."""
        return self.owner in (CATALOG, DIRECTORY)

    @property
    def writers(self) -> str:
        return WRITERS.get(self.owner, HOLDERS)

    @property
    def refused_on_input(self) -> frozenset[str]:
        return frozenset(self.computed) | frozenset(self.set_by_app)

    def text(self, name: str) -> FieldText:
        """A field's words (a computed one's too); KeyError for no such field."""
        if name in self.computed:
            return self.computed[name].text
        own = self.texts.get(name)
        return own if own is not None else COMMON_TEXTS[name]

    def label(self, name: str) -> str:
        """A field's Italian label; the name itself for a field nobody declared."""
        try:
            return self.text(name).label
        except KeyError:
            return name

    def choices(self, name: str) -> Enumeration | None:
        """The enumeration of a field: the one it takes, or the one it suggests."""
        rules = field_info(self.model).get(name)
        if rules is not None and isinstance(rules["choices"], Enumeration):
            return rules["choices"]
        own = self.texts.get(name)
        return own.suggest if own is not None else None

    def scope_fields(self) -> tuple[str, ...]:
        """The fields whose change can move a record (this or another kind's) in or
        out of a site's scope."""
        if self.everywhere:
            return self.moves_scope
        names = (self.owner_field if self.owner == POINT else self.household_field,
                 self.other_household_field, self.context_field, *self.moves_scope)
        return tuple(n for n in names if n)

    def with_defaults(self, values: dict[str, Any], today: date | None = None) -> dict[str, Any]:
        """``values`` with each absent field that has a default set to it (an add;
        an update never applies one). ``TODAY`` is ``today``, by default the day."""
        out = dict(values)
        for name, default in self.defaults.items():
            if out.get(name) is None:
                out[name] = ((today or date.today()).isoformat() if default is TODAY
                             else copy.deepcopy(default))
        return out

    def computed_values(self, record: Mapping[str, Any], session: Any = None) -> dict[str, Any]:
        """The computed fields of a record (as JSON), those that have a value; those
        that read other records (``store``) need the ``session``, and are left out
        without one."""
        out: dict[str, Any] = {}
        for name, computed in self.computed.items():
            if computed.store and session is None:
                continue
            value = (computed.compute(record, session) if computed.store
                     else computed.compute(record))
            if value is not None:
                out[name] = value
        return out


# Field words that mean the same in every kind that has the field; a kind says its own
# where they would not (``texts``), and must say every other field's.

COMMON_TEXTS: Mapping[str, FieldText] = MappingProxyType({
    "id": FieldText(QT_TRANSLATE_NOOP("Labels", "Identificativo")),
    "household": FieldText(QT_TRANSLATE_NOOP("Labels", "Nucleo familiare")),
    "person": FieldText(QT_TRANSLATE_NOOP("Labels", "Persona")),
    "point": FieldText(QT_TRANSLATE_NOOP("Labels", "Punto di Comunità")),
    "housing_context": FieldText(QT_TRANSLATE_NOOP("Labels", "Contesto abitativo")),
    "date": FieldText(QT_TRANSLATE_NOOP("Labels", "Data")),
    "operator": FieldText(QT_TRANSLATE_NOOP("Labels", "Operatore")),
    "municipality": FieldText(QT_TRANSLATE_NOOP("Labels", "Comune")),
    "address": FieldText(QT_TRANSLATE_NOOP("Labels", "Indirizzo")),
    "phone": FieldText(QT_TRANSLATE_NOOP("Labels", "Telefono")),
    "email": FieldText(QT_TRANSLATE_NOOP("Labels", "E-mail")),
    "status": FieldText(QT_TRANSLATE_NOOP("Labels", "Stato")),
    "outcome": FieldText(QT_TRANSLATE_NOOP("Labels", "Esito")),
    "notes": FieldText(QT_TRANSLATE_NOOP("Labels", "Note")),
    "title": FieldText(QT_TRANSLATE_NOOP("Labels", "Titolo")),
    "start_date": FieldText(QT_TRANSLATE_NOOP("Labels", "Inizio")),
    "end_date": FieldText(QT_TRANSLATE_NOOP("Labels", "Fine")),
    "merged_into": FieldText(QT_TRANSLATE_NOOP("Labels", "Unita a")),
})

TEXTUAL = (ft.TEXT, ft.PHONE, ft.EMAIL, ft.POINT_CODE, ft.TAX_CODE, ft.VAT_NUMBER, ft.ATECO)
REFERENCES = (ft.REF, ft.POINT_CODE)


def problems(spec: KindSpec) -> list[str]:
    """What a kind's declaration leaves out or gets wrong; empty when it is complete.

    The test of every kind (tests/unit/test_kinds.py) fails on any of these, so a kind
    added without its words, owner, export or erasure never reaches a user.
    """
    kind = spec.kind
    info = field_info(spec.model)
    out: list[str] = []

    def need(condition: bool, what: str) -> None:
        if not condition:
            out.append(f"{kind}: {what}")

    names = spec.names
    need(all((names.singular, names.plural, names.singular_en, names.plural_en, names.new)),
         "a name (Italian and English, singular and plural, or adding one) is empty")
    for name in info:
        try:
            text = spec.text(name)
        except KeyError:
            need(False, f"field {name} has no label")
            continue
        need(bool(text.label.strip()), f"field {name} has an empty label")
        need(text.help != text.label, f"field {name}: its help repeats its label")
    for name, text in spec.texts.items():
        need(name in info, f"words for {name}, which is no field of the model")
        if text.suggest is not None:
            need(info.get(name, {}).get("type") == ft.TEXT and not info[name]["choices"],
                 f"field {name} suggests codes but is not free text")
    for name, rules in info.items():
        if rules["choices"]:
            choices = rules["choices"]
            need(isinstance(choices, Enumeration)
                 and all(str(choices.labels.get(c, "")).strip() for c in choices),
                 f"field {name}: an enumeration without a label for every code")
    need(spec.owner in OWNERS, f"owner {spec.owner!r} is none of {OWNERS}")

    def ref(name: str, target: tuple[str, ...]) -> bool:
        rules = info.get(name)
        if rules is None or rules["type"] not in REFERENCES:
            return False
        return (rules["type"] == ft.POINT_CODE and "point" in target) or rules["ref"] in target

    if spec.owner == HOUSEHOLD:
        need(ref(spec.household_field, ("household",)),
             "owned by a household, but household_field names no household")
    if spec.owner == PERSON:
        need(ref(spec.owner_field, ("person",)), "owned by a person, but owner_field names none")
    if spec.owner == POINT:
        need(ref(spec.owner_field, ("point",)), "owned by a point, but owner_field names none")
    if spec.owner_via:
        from genera_desktop.store.models import MODELS

        parent = MODELS.get(info.get(spec.owner_via, {}).get("ref", ""))
        need(spec.owner == POINT and parent is not None
             and "point" in field_info(parent) and spec.owner_field in spec.set_by_app,
             "owner_via must name a reference to a record with a point, in a POINT kind "
             "whose owner_field is set_by_app")
    def has_household(name: str) -> bool:
        # A person, or a record that carries its household (an application's).
        from genera_desktop.store.models import MODELS

        target = info.get(name, {}).get("ref", "")
        return ref(name, ("person",)) or (
            target in MODELS and field_info(MODELS[target]).get("household", {}).get("ref")
            == "household")

    if spec.household_via:
        need(has_household(spec.household_via) and spec.household_field in spec.set_by_app,
             "household_via must name a person or a household's record, and household_field "
             "be set_by_app")
    if spec.other_household_field:
        need(ref(spec.other_household_field, ("household",))
             and spec.other_household_field in spec.set_by_app
             and has_household(spec.other_household_via),
             "other_household_field must name a household, set_by_app, from "
             "other_household_via")
    if spec.household_field:
        need(ref(spec.household_field, ("household",)), "household_field names no household")
    if spec.context_field:
        need(ref(spec.context_field, ("housing_context",)),
             "context_field names no housing context")
    need(all(n in info for n in spec.moves_scope), "moves_scope names an unknown field")
    need(spec.area is None or spec.area in vocab.ACCESS_AREAS,
         f"area {spec.area!r} is none of {tuple(vocab.ACCESS_AREAS)}")
    need(spec.role in vocab.USER_ROLES, f"role {spec.role!r} is none of {vocab.USER_ROLES}")

    export = spec.access_export
    personal = spec.owner in (HOUSEHOLD, PERSON) or kind in ("household", "person")
    if personal:
        need(export.personal, "holds personal data but says it takes no part in the "
                              "access export")
    if export.personal and not export.subject:
        need(bool(export.person_fields or export.household_field),
             "takes part in the access export through no field")
        need(all(ref(n, ("person",)) for n in export.person_fields),
             "access_export.person_fields names a field that names no person")
        need(not export.household_field or ref(export.household_field, ("household",)),
             "access_export.household_field names no household")
    need(spec.erasure in ERASURES, f"erasure {spec.erasure!r} is none of {ERASURES}")
    need(spec.erasure != PURGE or bool(export.person_fields) or export.subject,
         "purged with a person but names no person (access_export.person_fields)")
    need(spec.erasure != NOTHING or not export.personal,
         "takes part in the access export, so erasure must say purge or keep")

    textual = {n for n, r in info.items() if r["type"] in TEXTUAL}
    need(all(n in textual for n in spec.search), "a search field is not a text field")
    has_search_text = "search_text" in spec.model.__table__.columns
    need(bool(spec.search) or not has_search_text, "has search text but no search fields")
    need(all(n in info for n in spec.defaults), "a default for an unknown field")
    need(all(n not in info for n in spec.computed), "a computed field is also stored")
    need(all(n in info for n in spec.set_by_app), "set_by_app names an unknown field")
    shown = set(info) | set(spec.computed)
    need(bool(spec.columns) and all(n in shown for n in spec.columns),
         "columns empty or naming an unknown field")
    need(bool(spec.summary) and all(n in shown for n in spec.summary),
         "summary empty or naming an unknown field")
    need(all(n in info and n not in spec.refused_on_input for n in spec.form),
         "form names a field that is unknown or not for input")
    return out

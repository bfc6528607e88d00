"""Every table of the store, in one MetaData, and the schema version bundles carry."""

from __future__ import annotations

from sqlalchemy import MetaData

# The Alembic head this release writes. A test checks it against the migrations.
SCHEMA_HEAD = "0014"
# Bundles carry this number; an importer refuses a bundle with a higher one. It counts
# changes of what replicates only: a local table (0002's household_sort, 0003's user
# access areas) leaves it be, a new replicated field (0002's household.import_ref)
# raises it, since an older release would drop the field's values without a word (sync
# counts them as unknown).
# 6: workshop.format (0011); 7: internship_month.attended_days (0012); 8: youth_file
# (0013); 9: person.deleted_with (0014).
SCHEMA_VERSION = 9


def metadata() -> MetaData:
    """The metadata with every model module imported."""
    from genera_desktop.store import (  # noqa: F401  (registers tables)
        household_sort,
        ledger,
        local,
        models,
        search_index,
    )
    from genera_desktop.store.base import Base

    return Base.metadata

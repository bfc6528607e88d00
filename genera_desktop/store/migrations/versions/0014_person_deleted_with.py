"""a person's delete takes their records: what it took (person.deleted_with)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 14:40:00

One new replicated field (a JSON list of [kind, id] pairs, hidden): the bundles' schema
version goes up (store/schema.py). Persons deleted before took nothing, and restore
brings nothing back with them, as before.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN, not batch mode: batch mode copies the table, and
    # the household table's triggers that read person fail while it is away.
    op.add_column('person', sa.Column('deleted_with', sa.JSON(), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM field_clock WHERE kind = 'person' AND field = 'deleted_with'")
    # SQLite's own DROP COLUMN (3.35+), for the same reason as above.
    op.execute("ALTER TABLE person DROP COLUMN deleted_with")

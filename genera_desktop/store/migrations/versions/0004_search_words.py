"""search words

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 00:30:00

The local index of search words (store/search_index.py), filled here from the persons
and households held, in place of the FTS5 trigram index over ``person.search_text``
that opening a store made before (dropped with its triggers). Nothing of it replicates:
SCHEMA_VERSION stays.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from genera_desktop.store import search_index

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# What opening a store made before 0004: the trigram index and the triggers feeding it.
OLD_INDEX = "person_fts"
OLD_TRIGGERS = ("person_fts_ai", "person_fts_ad", "person_fts_au")


def upgrade() -> None:
    for name in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {OLD_INDEX}")
    op.create_table('search_word',
    sa.Column('kind', sa.Integer(), nullable=False),
    sa.Column('head', sa.Text(), nullable=False),
    sa.Column('record_rowid', sa.Integer(), nullable=False),
    sa.Column('word', sa.Text(), nullable=False),
    sa.Column('field', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'head', 'record_rowid', 'word', 'field',
                            name=op.f('pk_search_word')),
    sqlite_with_rowid=False,
    )
    search_index.install(op.get_bind())


def downgrade() -> None:
    # The release before 0004 makes its trigram index again when it opens the store.
    for name in search_index.TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('search_word')

"""household list sort keys; household.import_ref

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 22:40:00

A local table of the household list's sort keys by surname (kept by triggers, filled
here from the households held), the replicated field that remembers which import
file row made a household, and the covering indexes the dashboard reads.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from genera_desktop.store import household_sort

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('household', sa.Column('import_ref', sa.String(length=80), nullable=True))
    op.create_index('ix_household_import', 'household', ['point', 'import_ref'], unique=False)
    op.create_table('household_sort',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('reference_key', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('household_id', name=op.f('pk_household_sort'))
    )
    op.create_index('ix_household_sort_reference', 'household_sort',
                    ['reference_key', 'household_id'], unique=False)
    household_sort.install(op.get_bind())
    op.create_index('ix_household_reached', 'household',
                    ['merged_into', 'cl', 'point', 'municipality', 'status', 'registered_on',
                     'id'], unique=False)
    op.create_index('ix_person_live', 'person', ['merged_into', 'cl'], unique=False)
    op.create_index('ix_follow_up_open', 'follow_up', ['household', 'done', 'due_date', 'cl'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_follow_up_open', table_name='follow_up')
    op.drop_index('ix_person_live', table_name='person')
    op.drop_index('ix_household_reached', table_name='household')
    for name in household_sort.TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index('ix_household_sort_reference', table_name='household_sort')
    op.drop_table('household_sort')
    op.drop_index('ix_household_import', table_name='household')
    with op.batch_alter_table('household') as batch_op:
        batch_op.drop_column('import_ref')

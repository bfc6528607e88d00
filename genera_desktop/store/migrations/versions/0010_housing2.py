"""housing2: solidarity co-housing offers (hosts and guests, what each offers and asks)
and the monitoring visits of a pact

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-07 04:20:00

Two new replicated kinds of the Piano integrato casa (store/models_housing.py,
docs/dev/decisions.md "Housing: the rest"): the bundles' schema version goes up
(store/schema.py). The lead re-chains this revision after the youth plan's (0008) at
merge: in this branch it follows 0007, the head it was written on.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

TABLES = ('cohousing_visit', 'cohousing_offer')


def upgrade() -> None:
    op.create_table('cohousing_offer',
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('role', sa.String(length=10), nullable=True),
    sa.Column('room', sa.String(length=200), nullable=True),
    sa.Column('contribution', sa.JSON(), nullable=True),
    sa.Column('help', sa.JSON(), nullable=True),
    sa.Column('presence', sa.JSON(), nullable=True),
    sa.Column('smoking', sa.Boolean(), nullable=True),
    sa.Column('pets', sa.Boolean(), nullable=True),
    sa.Column('rules', sa.Text(), nullable=True),
    sa.Column('times', sa.String(length=200), nullable=True),
    sa.Column('available_from', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohousing_offer'))
    )
    with op.batch_alter_table('cohousing_offer') as batch_op:
        batch_op.create_index(batch_op.f('ix_cohousing_offer_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohousing_offer_household'), ['household'], unique=False)
    op.create_table('cohousing_visit',
    sa.Column('pact', sa.String(length=36), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('visitor', sa.String(length=10), nullable=True),
    sa.Column('operator', sa.String(length=60), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('guest_household', sa.String(length=36), nullable=True),
    sa.Column('host', sa.String(length=36), nullable=True),
    sa.Column('guest', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohousing_visit'))
    )
    with op.batch_alter_table('cohousing_visit') as batch_op:
        batch_op.create_index(batch_op.f('ix_cohousing_visit_pact'), ['pact'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohousing_visit_household'), ['household'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohousing_visit_guest_household'), ['guest_household'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohousing_visit_host'), ['host'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohousing_visit_guest'), ['guest'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DELETE FROM field_clock WHERE kind = '{table}'")
        op.drop_table(table)

"""skill_exchange: citizens' offers and requests of skills (issue 12)

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-07 04:40:00

One new replicated table (store/models_work.py ``SkillExchange``): the bundles' schema
version goes up (store/schema.py). Made on the work2 branch after 0007; the lead
re-chains it after the youth plan's 0008 at merge (``down_revision = "0008"``).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('skill_exchange',
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('skill', sa.String(length=80), nullable=True),
    sa.Column('direction', sa.String(length=8), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skill_exchange'))
    )
    with op.batch_alter_table('skill_exchange') as batch_op:
        batch_op.create_index(batch_op.f('ix_skill_exchange_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_skill_exchange_household'), ['household'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_skill_exchange_skill'), ['skill'], unique=False)


def downgrade() -> None:
    op.execute("DELETE FROM field_clock WHERE kind = 'skill_exchange'")
    op.drop_table('skill_exchange')

"""the adolescents' plan: a young person's file (school, class, who follows them)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 13:20:00

One new replicated table (store/models_youth.py YouthFile): the bundles' schema version
goes up (store/schema.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('youth_file',
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('school', sa.String(length=36), nullable=True),
    sa.Column('class_name', sa.String(length=20), nullable=True),
    sa.Column('school_year', sa.String(length=7), nullable=True),
    sa.Column('facilitator', sa.String(length=60), nullable=True),
    sa.Column('followed_since', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_youth_file'))
    )
    with op.batch_alter_table('youth_file') as batch_op:
        batch_op.create_index(batch_op.f('ix_youth_file_household'), ['household'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_youth_file_person'), ['person'],
                              unique=False)


def downgrade() -> None:
    op.execute("DELETE FROM field_clock WHERE kind = 'youth_file'")
    op.drop_table('youth_file')

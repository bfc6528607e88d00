"""work days: which days of a month an intern attended (internship_month.attended_days)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 06:40:00

One new replicated field (a JSON list of day numbers, optional): the bundles' schema
version goes up (store/schema.py). Months entered before keep their counts alone.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('internship_month') as batch_op:
        batch_op.add_column(sa.Column('attended_days', sa.JSON(), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM field_clock WHERE kind = 'internship_month' "
               "AND field = 'attended_days'")
    with op.batch_alter_table('internship_month') as batch_op:
        batch_op.drop_column('attended_days')

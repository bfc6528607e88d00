"""youth_groups: a workshop's format (a workshop, or a youth group)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 06:40:00

One new replicated field, ``workshop.format`` (``workshop`` | ``group``, no default:
absent is a workshop, so the workshops of older stores and bundles stay as they are;
docs/dev/decisions.md "Youth groups"). The bundles' schema version goes up
(store/schema.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('workshop') as batch_op:
        batch_op.add_column(sa.Column('format', sa.String(length=20), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM field_clock WHERE kind = 'workshop' AND field = 'format'")
    with op.batch_alter_table('workshop') as batch_op:
        batch_op.drop_column('format')

"""user.access_areas instead of user.health_access

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 10:00:00

A user holds a set of access areas (health, adolescents, work, housing: vocab.ACCESS_AREAS)
instead of one flag for health data; a kind declares its area (store/kinds.py). Users
who had the flag get the ``health`` area. The user table is local: nothing replicates,
so the bundles' schema version stays as it was.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('user') as batch_op:
        batch_op.add_column(sa.Column('access_areas', sa.JSON(), nullable=False,
                                      server_default='[]'))
    op.execute("""UPDATE "user" SET access_areas = '["health"]' WHERE health_access""")
    with op.batch_alter_table('user') as batch_op:
        batch_op.alter_column('access_areas', server_default=None)
        batch_op.drop_column('health_access')


def downgrade() -> None:
    with op.batch_alter_table('user') as batch_op:
        batch_op.add_column(sa.Column('health_access', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.execute("""UPDATE "user" SET health_access = 1 """
               """WHERE EXISTS (SELECT 1 FROM json_each("user".access_areas) """
               """WHERE value = 'health')""")
    with op.batch_alter_table('user') as batch_op:
        batch_op.alter_column('health_access', server_default=None)
        batch_op.drop_column('access_areas')

"""the adolescents' plan: consents, school-work experiences and their hours

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-07 03:30:00

The kinds of spec/programme.md's "Piano integrato adolescenti" (store/models_youth.py),
and two covering indexes for the Adolescenti list (a point's young people by birth date).
New replicated tables: the bundles' schema version goes up (store/schema.py). The lead
re-chains the plans' migrations at merge (work 0006, housing 0007, youth 0008).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

TABLES = ('school_work_hours', 'school_work', 'consent')


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('consent_type', sa.String(length=30), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('given_by', sa.String(length=10), nullable=True),
    sa.Column('given_by_name', sa.String(length=160), nullable=True),
    sa.Column('withdrawn_on', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent') as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_household'), ['household'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_consent_person'), ['person'],
                              unique=False)
    op.create_table('school_work',
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('school', sa.String(length=36), nullable=True),
    sa.Column('host', sa.String(length=36), nullable=True),
    sa.Column('school_type', sa.String(length=20), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('end_date', sa.String(length=10), nullable=True),
    sa.Column('planned_hours', sa.JSON(), nullable=True),
    sa.Column('school_tutor', sa.String(length=160), nullable=True),
    sa.Column('host_tutor', sa.String(length=160), nullable=True),
    sa.Column('safety_training_on', sa.String(length=10), nullable=True),
    sa.Column('pact_signed_on', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('deleted_with', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_work'))
    )
    with op.batch_alter_table('school_work') as batch_op:
        batch_op.create_index(batch_op.f('ix_school_work_household'), ['household'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_school_work_person'), ['person'],
                              unique=False)
    op.create_table('school_work_hours',
    sa.Column('school_work', sa.String(length=36), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('hours', sa.JSON(), nullable=True),
    sa.Column('activity', sa.String(length=300), nullable=True),
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_work_hours'))
    )
    with op.batch_alter_table('school_work_hours') as batch_op:
        batch_op.create_index(batch_op.f('ix_school_work_hours_household'), ['household'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_school_work_hours_person'), ['person'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_school_work_hours_school_work'), ['school_work'],
                              unique=False)
    with op.batch_alter_table('person') as batch_op:
        batch_op.create_index('ix_person_young', ['household', 'birth_date', 'cl',
                                                  'merged_into', 'last_name', 'first_name',
                                                  'id'], unique=False)
    with op.batch_alter_table('household') as batch_op:
        batch_op.create_index('ix_household_point_id', ['point', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('household') as batch_op:
        batch_op.drop_index('ix_household_point_id')
    with op.batch_alter_table('person') as batch_op:
        batch_op.drop_index('ix_person_young')
    for table in TABLES:
        op.execute(f"DELETE FROM field_clock WHERE kind = '{table}'")
        op.drop_table(table)

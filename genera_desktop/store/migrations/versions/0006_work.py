"""work plan: vacancies, job profiles, candidacies, courses and their enrolments,
internships and their months, hirings, incentives, internship rules

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 04:00:00

The kinds of spec/programme.md's "Piano integrato lavoro" (store/models_work.py). New
replicated tables: the bundles' schema version goes up (store/schema.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

TABLES = ('internship_rule', 'incentive', 'hiring', 'internship_month', 'internship',
          'course_enrolment', 'course', 'candidacy', 'job_profile', 'vacancy')


def upgrade() -> None:
    op.create_table('vacancy',
    sa.Column('organisation', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('occupation', sa.String(length=20), nullable=True),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('positions', sa.Integer(), nullable=True),
    sa.Column('hours', sa.String(length=12), nullable=True),
    sa.Column('contract_type', sa.String(length=20), nullable=True),
    sa.Column('required_licences', sa.JSON(), nullable=True),
    sa.Column('required_skills', sa.JSON(), nullable=True),
    sa.Column('nice_skills', sa.JSON(), nullable=True),
    sa.Column('opened_on', sa.String(length=10), nullable=True),
    sa.Column('closes_on', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacancy'))
    )
    with op.batch_alter_table('vacancy') as batch_op:
        batch_op.create_index(batch_op.f('ix_vacancy_organisation'), ['organisation'], unique=False)
        batch_op.create_index(batch_op.f('ix_vacancy_status'), ['status'], unique=False)
    op.create_table('job_profile',
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=True),
    sa.Column('available_from', sa.String(length=10), nullable=True),
    sa.Column('hours', sa.String(length=12), nullable=True),
    sa.Column('max_distance_km', sa.JSON(), nullable=True),
    sa.Column('driving_licences', sa.JSON(), nullable=True),
    sa.Column('own_vehicle', sa.Boolean(), nullable=True),
    sa.Column('occupations', sa.JSON(), nullable=True),
    sa.Column('skills', sa.JSON(), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=True),
    sa.Column('did_date', sa.String(length=10), nullable=True),
    sa.Column('past_jobs', sa.JSON(), nullable=True),
    sa.Column('cv_consent', sa.Boolean(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_profile'))
    )
    with op.batch_alter_table('job_profile') as batch_op:
        batch_op.create_index(batch_op.f('ix_job_profile_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_profile_household'), ['household'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_profile_status'), ['status'], unique=False)
    op.create_table('candidacy',
    sa.Column('vacancy', sa.String(length=36), nullable=True),
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=True),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=True),
    sa.Column('interview_on', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidacy'))
    )
    with op.batch_alter_table('candidacy') as batch_op:
        batch_op.create_index(batch_op.f('ix_candidacy_vacancy'), ['vacancy'], unique=False)
        batch_op.create_index(batch_op.f('ix_candidacy_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_candidacy_household'), ['household'], unique=False)
    op.create_table('course',
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('organisation', sa.String(length=36), nullable=True),
    sa.Column('hours', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('end_date', sa.String(length=10), nullable=True),
    sa.Column('skills', sa.JSON(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    op.create_table('course_enrolment',
    sa.Column('course', sa.String(length=36), nullable=True),
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=True),
    sa.Column('hours_attended', sa.JSON(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_enrolment'))
    )
    with op.batch_alter_table('course_enrolment') as batch_op:
        batch_op.create_index(batch_op.f('ix_course_enrolment_course'), ['course'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_enrolment_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_course_enrolment_household'), ['household'], unique=False)
    op.create_table('internship',
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('host', sa.String(length=36), nullable=True),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('end_date', sa.String(length=10), nullable=True),
    sa.Column('internship_type', sa.String(length=20), nullable=True),
    sa.Column('hours_per_day', sa.JSON(), nullable=True),
    sa.Column('meals_provided', sa.Boolean(), nullable=True),
    sa.Column('monthly_allowance', sa.JSON(), nullable=True),
    sa.Column('promoter', sa.String(length=36), nullable=True),
    sa.Column('host_tutor', sa.String(length=120), nullable=True),
    sa.Column('promoter_tutor', sa.String(length=120), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internship'))
    )
    with op.batch_alter_table('internship') as batch_op:
        batch_op.create_index(batch_op.f('ix_internship_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_household'), ['household'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_host'), ['host'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_status'), ['status'], unique=False)
    op.create_table('internship_month',
    sa.Column('internship', sa.String(length=36), nullable=True),
    sa.Column('month', sa.String(length=7), nullable=True),
    sa.Column('days_expected', sa.Integer(), nullable=True),
    sa.Column('days_attended', sa.Integer(), nullable=True),
    sa.Column('project_contribution', sa.JSON(), nullable=True),
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('monthly_allowance', sa.JSON(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internship_month'))
    )
    with op.batch_alter_table('internship_month') as batch_op:
        batch_op.create_index(batch_op.f('ix_internship_month_internship'), ['internship'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_month_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_internship_month_household'), ['household'], unique=False)
    op.create_table('hiring',
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('organisation', sa.String(length=36), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('contract_type', sa.String(length=20), nullable=True),
    sa.Column('hours_per_week', sa.JSON(), nullable=True),
    sa.Column('vacancy', sa.String(length=36), nullable=True),
    sa.Column('internship', sa.String(length=36), nullable=True),
    sa.Column('incentives', sa.JSON(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hiring'))
    )
    with op.batch_alter_table('hiring') as batch_op:
        batch_op.create_index(batch_op.f('ix_hiring_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_hiring_household'), ['household'], unique=False)
        batch_op.create_index(batch_op.f('ix_hiring_organisation'), ['organisation'], unique=False)
    op.create_table('incentive',
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('valid_from', sa.String(length=10), nullable=True),
    sa.Column('valid_to', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incentive'))
    )
    with op.batch_alter_table('incentive') as batch_op:
        batch_op.create_index(batch_op.f('ix_incentive_code'), ['code'], unique=False)
    op.create_table('internship_rule',
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('valid_from', sa.String(length=10), nullable=True),
    sa.Column('valid_to', sa.String(length=10), nullable=True),
    sa.Column('min_allowance', sa.JSON(), nullable=True),
    sa.Column('min_allowance_meals', sa.JSON(), nullable=True),
    sa.Column('min_allowance_short_day', sa.JSON(), nullable=True),
    sa.Column('short_day_hours', sa.JSON(), nullable=True),
    sa.Column('min_allowance_public_host', sa.JSON(), nullable=True),
    sa.Column('min_months', sa.Integer(), nullable=True),
    sa.Column('max_months', sa.Integer(), nullable=True),
    sa.Column('max_months_disability', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_internship_rule'))
    )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DELETE FROM field_clock WHERE kind = '{table}'")
        op.drop_table(table)

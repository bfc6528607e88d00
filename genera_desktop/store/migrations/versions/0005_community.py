"""community life: places, organisations, agreements, workshops, sessions, enrolments,
attendance, initiatives; referral.organisation_ref

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10 10:00:00

The kinds of spec/programme.md's "Community life" (store/models.py), and the referral's
link to the organisations' directory. A referral whose free text matches the name of an
organisation held here (case and accents aside) is linked; a store migrating from 0003
holds no organisation yet, so in practice the linking happens when an organisation is
added (services/community/organisations.py) and replicates from there. New replicated
tables and fields: the bundles' schema version goes up (store/schema.py).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TABLES = ('initiative', 'attendance', 'enrolment', 'workshop_session', 'workshop',
          'agreement', 'organisation', 'place')


def upgrade() -> None:
    op.create_table('place',
    sa.Column('name', sa.String(length=160), nullable=True),
    sa.Column('point', sa.String(length=12), nullable=True),
    sa.Column('place_type', sa.String(length=20), nullable=True),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_place'))
    )
    with op.batch_alter_table('place') as batch_op:
        batch_op.create_index(batch_op.f('ix_place_point'), ['point'], unique=False)
    op.create_table('organisation',
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('org_type', sa.String(length=30), nullable=True),
    sa.Column('vat_number', sa.String(length=20), nullable=True),
    sa.Column('tax_code', sa.String(length=16), nullable=True),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('is_partner', sa.Boolean(), nullable=True),
    sa.Column('ateco', sa.String(length=12), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('contact_name', sa.String(length=120), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation') as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_org_type'), ['org_type'], unique=False)
    op.create_table('agreement',
    sa.Column('organisation', sa.String(length=36), nullable=True),
    sa.Column('agreement_type', sa.String(length=20), nullable=True),
    sa.Column('subject', sa.String(length=300), nullable=True),
    sa.Column('signed_on', sa.String(length=10), nullable=True),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('end_date', sa.String(length=10), nullable=True),
    sa.Column('point', sa.String(length=12), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement'))
    )
    with op.batch_alter_table('agreement') as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_organisation'), ['organisation'], unique=False)
    op.create_table('workshop',
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('point', sa.String(length=12), nullable=True),
    sa.Column('theme', sa.String(length=20), nullable=True),
    sa.Column('audience', sa.String(length=20), nullable=True),
    sa.Column('place', sa.String(length=36), nullable=True),
    sa.Column('organisation', sa.String(length=36), nullable=True),
    sa.Column('facilitator', sa.String(length=60), nullable=True),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('end_date', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('deleted_with', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    with op.batch_alter_table('workshop') as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_point'), ['point'], unique=False)
    op.create_table('workshop_session',
    sa.Column('workshop', sa.String(length=36), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('end_time', sa.String(length=5), nullable=True),
    sa.Column('place', sa.String(length=36), nullable=True),
    sa.Column('topic', sa.String(length=200), nullable=True),
    sa.Column('guests', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('point', sa.String(length=12), nullable=True),
    sa.Column('deleted_with', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_session'))
    )
    with op.batch_alter_table('workshop_session') as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_session_workshop'), ['workshop'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_session_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_session_point'), ['point'], unique=False)
    op.create_table('enrolment',
    sa.Column('workshop', sa.String(length=36), nullable=True),
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('enrolled_on', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('point', sa.String(length=12), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment'))
    )
    with op.batch_alter_table('enrolment') as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_workshop'), ['workshop'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_point'), ['point'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_household'), ['household'], unique=False)
    op.create_table('attendance',
    sa.Column('session', sa.String(length=36), nullable=True),
    sa.Column('person', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('point', sa.String(length=12), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance') as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_session'), ['session'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_person'), ['person'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_point'), ['point'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_household'), ['household'], unique=False)
    op.create_table('initiative',
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('point', sa.String(length=12), nullable=True),
    sa.Column('proposed_on', sa.String(length=10), nullable=True),
    sa.Column('proposer_person', sa.String(length=36), nullable=True),
    sa.Column('proposer_organisation', sa.String(length=36), nullable=True),
    sa.Column('place', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('support_requested', sa.JSON(), nullable=True),
    sa.Column('support_granted', sa.JSON(), nullable=True),
    sa.Column('decided_on', sa.String(length=10), nullable=True),
    sa.Column('pact_signed_on', sa.String(length=10), nullable=True),
    sa.Column('report_due', sa.String(length=10), nullable=True),
    sa.Column('report_received', sa.String(length=10), nullable=True),
    sa.Column('participants', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative'))
    )
    with op.batch_alter_table('initiative') as batch_op:
        batch_op.create_index(batch_op.f('ix_initiative_point'), ['point'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiative_proposer_person'), ['proposer_person'], unique=False)
        batch_op.create_index(batch_op.f('ix_initiative_report_due'), ['report_due'], unique=False)
    with op.batch_alter_table('referral') as batch_op:
        batch_op.add_column(sa.Column('organisation_ref', sa.String(length=36), nullable=True))
    _link_referrals()


def _link_referrals() -> None:
    """Link each referral whose free text is an organisation's name (case and accents
    aside) to it. Not stamped for sync: every site runs the same migration on the same
    rule; the service that links on adding an organisation stamps its links."""
    from genera_desktop.domain.text import fold

    conn = op.get_bind()
    names: dict[str, str | None] = {}
    for oid, name in conn.exec_driver_sql(
            "SELECT id, name FROM organisation WHERE cl % 2 = 1 ORDER BY id"):
        key = fold(name or "")
        # Two organisations of one name: which one a text means is not known.
        names[key] = None if key in names else oid
    if not names:
        return
    for rid, text in list(conn.exec_driver_sql(
            "SELECT id, organisation FROM referral WHERE organisation IS NOT NULL")):
        oid = names.get(fold(text or ""))
        if oid:
            conn.exec_driver_sql("UPDATE referral SET organisation_ref = ? WHERE id = ?",
                                 (oid, rid))


def downgrade() -> None:
    with op.batch_alter_table('referral') as batch_op:
        batch_op.drop_column('organisation_ref')
    for table in TABLES:
        op.execute(f"DELETE FROM field_clock WHERE kind = '{table}'")
        op.drop_table(table)

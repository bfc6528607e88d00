"""housing: the Piano integrato casa's kinds (landlords, dwellings, agreed-rent zones,
rent contracts, guarantee funds, applications, disbursements, arrears cases,
instalments, co-housing pacts)

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-07 03:40:00

The kinds of spec/programme.md's "Piano integrato casa" (store/models_housing.py). The
table of agreed-rent zones is created empty: no local agreement was found for these
comuni (docs/dev/decisions.md, "Housing"). New replicated tables: the bundles' schema
version goes up (store/schema.py). The lead re-chains this revision after the other
plans' at merge.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ('cohousing_pact', 'installment', 'arrears_case', 'disbursement',
          'guarantee_application', 'guarantee_fund', 'rent_contract', 'dwelling', 'landlord',
          'rent_zone')


def upgrade() -> None:
    op.create_table('rent_zone',
    sa.Column('zone', sa.String(length=20), nullable=True),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('name', sa.String(length=160), nullable=True),
    sa.Column('band_min', sa.JSON(), nullable=True),
    sa.Column('band_max', sa.JSON(), nullable=True),
    sa.Column('agreement', sa.String(length=200), nullable=True),
    sa.Column('valid_from', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rent_zone'))
    )
    with op.batch_alter_table('rent_zone') as batch_op:
        batch_op.create_index(batch_op.f('ix_rent_zone_zone'), ['zone'], unique=False)
    op.create_table('landlord',
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('landlord_type', sa.String(length=20), nullable=True),
    sa.Column('tax_code', sa.String(length=16), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('agency', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_landlord'))
    )
    op.create_table('dwelling',
    sa.Column('landlord', sa.String(length=36), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('municipality', sa.String(length=80), nullable=True),
    sa.Column('rooms', sa.Integer(), nullable=True),
    sa.Column('area_m2', sa.JSON(), nullable=True),
    sa.Column('floor', sa.String(length=20), nullable=True),
    sa.Column('lift', sa.Boolean(), nullable=True),
    sa.Column('accessible', sa.Boolean(), nullable=True),
    sa.Column('rent_asked', sa.JSON(), nullable=True),
    sa.Column('zone', sa.String(length=20), nullable=True),
    sa.Column('available_from', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dwelling'))
    )
    with op.batch_alter_table('dwelling') as batch_op:
        batch_op.create_index(batch_op.f('ix_dwelling_landlord'), ['landlord'], unique=False)
        batch_op.create_index(batch_op.f('ix_dwelling_municipality'), ['municipality'], unique=False)
    op.create_table('rent_contract',
    sa.Column('dwelling', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('contract_type', sa.String(length=20), nullable=True),
    sa.Column('monthly_rent', sa.JSON(), nullable=True),
    sa.Column('registered_on', sa.String(length=10), nullable=True),
    sa.Column('flat_tax', sa.Boolean(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rent_contract'))
    )
    with op.batch_alter_table('rent_contract') as batch_op:
        batch_op.create_index(batch_op.f('ix_rent_contract_dwelling'), ['dwelling'], unique=False)
        batch_op.create_index(batch_op.f('ix_rent_contract_household'), ['household'], unique=False)
    op.create_table('guarantee_fund',
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('budget', sa.JSON(), nullable=True),
    sa.Column('isee_max', sa.JSON(), nullable=True),
    sa.Column('valid_from', sa.String(length=10), nullable=True),
    sa.Column('valid_to', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guarantee_fund'))
    )
    op.create_table('guarantee_application',
    sa.Column('fund', sa.String(length=36), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('landlord', sa.String(length=36), nullable=True),
    sa.Column('rent_contract', sa.String(length=36), nullable=True),
    sa.Column('amount_requested', sa.JSON(), nullable=True),
    sa.Column('cause', sa.String(length=20), nullable=True),
    sa.Column('isee_value', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('amount_approved', sa.JSON(), nullable=True),
    sa.Column('decided_on', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guarantee_application'))
    )
    with op.batch_alter_table('guarantee_application') as batch_op:
        batch_op.create_index(batch_op.f('ix_guarantee_application_fund'), ['fund'], unique=False)
        batch_op.create_index('ix_application_fund_status', ['fund', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_guarantee_application_household'), ['household'], unique=False)
    op.create_table('disbursement',
    sa.Column('application', sa.String(length=36), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('amount', sa.JSON(), nullable=True),
    sa.Column('payee', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disbursement'))
    )
    with op.batch_alter_table('disbursement') as batch_op:
        batch_op.create_index(batch_op.f('ix_disbursement_application'), ['application'], unique=False)
        batch_op.create_index(batch_op.f('ix_disbursement_household'), ['household'], unique=False)
    op.create_table('arrears_case',
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('landlord', sa.String(length=36), nullable=True),
    sa.Column('amount_owed', sa.JSON(), nullable=True),
    sa.Column('months_owed', sa.Integer(), nullable=True),
    sa.Column('opened_on', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('eviction_stage', sa.String(length=20), nullable=True),
    sa.Column('eviction_date', sa.String(length=10), nullable=True),
    sa.Column('closed_on', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrears_case'))
    )
    with op.batch_alter_table('arrears_case') as batch_op:
        batch_op.create_index(batch_op.f('ix_arrears_case_household'), ['household'], unique=False)
    op.create_table('installment',
    sa.Column('arrears_case', sa.String(length=36), nullable=True),
    sa.Column('due_date', sa.String(length=10), nullable=True),
    sa.Column('amount', sa.JSON(), nullable=True),
    sa.Column('paid_on', sa.String(length=10), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_installment'))
    )
    with op.batch_alter_table('installment') as batch_op:
        batch_op.create_index(batch_op.f('ix_installment_arrears_case'), ['arrears_case'], unique=False)
        batch_op.create_index(batch_op.f('ix_installment_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_installment_household'), ['household'], unique=False)
    op.create_table('cohousing_pact',
    sa.Column('host', sa.String(length=36), nullable=True),
    sa.Column('guest', sa.String(length=36), nullable=True),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('phase', sa.String(length=20), nullable=True),
    sa.Column('monthly_contribution', sa.JSON(), nullable=True),
    sa.Column('duties', sa.Text(), nullable=True),
    sa.Column('end_date', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('household', sa.String(length=36), nullable=True),
    sa.Column('guest_household', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('cl', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cohousing_pact'))
    )
    with op.batch_alter_table('cohousing_pact') as batch_op:
        batch_op.create_index(batch_op.f('ix_cohousing_pact_host'), ['host'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohousing_pact_guest'), ['guest'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohousing_pact_household'), ['household'], unique=False)
        batch_op.create_index(batch_op.f('ix_cohousing_pact_guest_household'), ['guest_household'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DELETE FROM field_clock WHERE kind = '{table}'")
        op.drop_table(table)

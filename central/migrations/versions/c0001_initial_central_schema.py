"""initial central schema

Revision ID: c0001
Revises: (none)
Create Date: 2026-11-22 02:02:25.311102
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('applied_ops',
    sa.Column('op_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(length=48), nullable=False),
    sa.Column('answer', sa.JSON(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_applied_ops'))
    )
    with op.batch_alter_table('applied_ops', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applied_ops_device_id'), ['device_id'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('target', sa.String(length=80), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)

    op.create_table('bundles',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('item_codes', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_bundles'))
    )
    op.create_table('calendar_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_workday', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_days'))
    )
    op.create_table('calendar_years',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_calendar_years'))
    )
    op.create_table('changes',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_changes'))
    )
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index('ix_changes_entity_key', ['entity', 'key'], unique=False)

    op.create_table('elicences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('holder_id', sa.String(length=18), nullable=False),
    sa.Column('holder_name', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('issued', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_elicences'))
    )
    with op.batch_alter_table('elicences', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_elicences_holder_id'), ['holder_id'], unique=False)

    op.create_table('feed_counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_counter'))
    )
    op.create_table('hall_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_hall_settings'))
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('window_id', sa.String(length=16), nullable=True),
    sa.Column('employee_no', sa.String(length=32), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_users'))
    )
    op.create_table('windows',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('zones', sa.JSON(), nullable=False),
    sa.Column('ticket_kinds', sa.JSON(), nullable=False),
    sa.Column('department', sa.String(length=64), nullable=True),
    sa.Column('evaluation_device', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_since', sa.DateTime(), nullable=True),
    sa.Column('pause_reason', sa.String(length=200), nullable=True),
    sa.Column('clerk', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_windows')),
    sa.UniqueConstraint('number', name=op.f('uq_windows_number'))
    )
    op.create_table('zones',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('ticket_prefix', sa.String(length=4), nullable=False),
    sa.Column('warn_level', sa.Integer(), nullable=True),
    sa.Column('daily_cap', sa.Integer(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_zones')),
    sa.UniqueConstraint('ticket_prefix', name=op.f('uq_zones_ticket_prefix'))
    )
    op.create_table('auth_tokens',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('revoked', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['username'], ['users.username'], name=op.f('fk_auth_tokens_username_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_auth_tokens'))
    )
    with op.batch_alter_table('auth_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_tokens_username'), ['username'], unique=False)

    op.create_table('service_items',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('zone_code', sa.String(length=8), nullable=False),
    sa.Column('departments', sa.JSON(), nullable=False),
    sa.Column('kind', sa.Integer(), nullable=False),
    sa.Column('legal_limit_days', sa.Integer(), nullable=False),
    sa.Column('promised_limit_days', sa.Integer(), nullable=False),
    sa.Column('fees', sa.Text(), nullable=False),
    sa.Column('commitment_allowed', sa.Boolean(), nullable=False),
    sa.Column('needs_project_code', sa.Boolean(), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=False),
    sa.Column('simple_guide', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('result', sa.String(length=200), nullable=False),
    sa.Column('result_kind', sa.String(length=16), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('materials', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['zone_code'], ['zones.code'], name=op.f('fk_service_items_zone_code_zones')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_service_items'))
    )


def downgrade() -> None:
    op.drop_table('service_items')
    with op.batch_alter_table('auth_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_tokens_username'))

    op.drop_table('auth_tokens')
    op.drop_table('zones')
    op.drop_table('windows')
    op.drop_table('users')
    op.drop_table('hall_settings')
    op.drop_table('feed_counter')
    with op.batch_alter_table('elicences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_elicences_holder_id'))

    op.drop_table('elicences')
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index('ix_changes_entity_key')

    op.drop_table('changes')
    op.drop_table('calendar_years')
    op.drop_table('calendar_days')
    op.drop_table('bundles')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))

    op.drop_table('audit_events')
    with op.batch_alter_table('applied_ops', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applied_ops_device_id'))

    op.drop_table('applied_ops')

"""queue: tickets, their events, daily counters, number leases, idempotency keys, window pauses

Revision ID: c0003
Revises: c0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0003'
down_revision: str | None = 'c0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('idempotency_keys',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('principal', sa.String(length=64), nullable=False),
    sa.Column('endpoint', sa.String(length=120), nullable=False),
    sa.Column('response', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_idempotency_keys'))
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_keys_created_at'), ['created_at'], unique=False)

    op.create_table('number_leases',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('prefix', sa.String(length=4), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('leased_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_leases'))
    )
    op.create_table('ticket_counters',
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('prefix', sa.String(length=4), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('leased_from', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('service_date', 'prefix', name=op.f('pk_ticket_counters'))
    )
    op.create_table('tickets',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('number', sa.String(length=8), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('zone_code', sa.String(length=8), nullable=True),
    sa.Column('item_code', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('priority', sa.Boolean(), nullable=False),
    sa.Column('priority_reason', sa.String(length=100), nullable=True),
    sa.Column('appointment_at', sa.DateTime(), nullable=True),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('case_number', sa.String(length=40), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('queue_at', sa.DateTime(), nullable=False),
    sa.Column('called_at', sa.DateTime(), nullable=True),
    sa.Column('last_called_at', sa.DateTime(), nullable=True),
    sa.Column('serving_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('window_id', sa.String(length=16), nullable=True),
    sa.Column('target_window_id', sa.String(length=16), nullable=True),
    sa.Column('clerk', sa.String(length=64), nullable=True),
    sa.Column('recall_count', sa.Integer(), nullable=False),
    sa.Column('reactivated', sa.Boolean(), nullable=False),
    sa.Column('transfer_reason', sa.String(length=200), nullable=True),
    sa.Column('offline', sa.Boolean(), nullable=False),
    sa.Column('lease_id', sa.String(length=36), nullable=True),
    sa.Column('lookup_id', sa.String(length=36), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tickets')),
    sa.UniqueConstraint('lookup_id', name=op.f('uq_tickets_lookup_id')),
    sa.UniqueConstraint('service_date', 'number', name=op.f('uq_tickets_service_date_number'))
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index('ix_tickets_appointments', ['service_date', 'status', 'appointment_at'], unique=False)
        batch_op.create_index('ix_tickets_queue', ['service_date', 'status', 'kind', 'zone_code'], unique=False)
        batch_op.create_index('ix_tickets_waiting', ['service_date', 'status', 'priority', 'queue_at'], unique=False)
        batch_op.create_index('ix_tickets_window', ['window_id', 'status'], unique=False)

    op.create_table('window_pauses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('window_id', sa.String(length=16), nullable=False),
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('clerk', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_window_pauses'))
    )
    with op.batch_alter_table('window_pauses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_window_pauses_window_id'), ['window_id'], unique=False)

    op.create_table('ticket_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.String(length=36), nullable=False),
    sa.Column('event', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('window_id', sa.String(length=16), nullable=True),
    sa.Column('clerk', sa.String(length=64), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_events_ticket_id_tickets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_events'))
    )
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_events_ticket_id'), ['ticket_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_events_ticket_id'))

    op.drop_table('ticket_events')
    with op.batch_alter_table('window_pauses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_window_pauses_window_id'))

    op.drop_table('window_pauses')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_window')
        batch_op.drop_index('ix_tickets_waiting')
        batch_op.drop_index('ix_tickets_queue')
        batch_op.drop_index('ix_tickets_appointments')

    op.drop_table('tickets')
    op.drop_table('ticket_counters')
    op.drop_table('number_leases')
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_created_at'))

    op.drop_table('idempotency_keys')

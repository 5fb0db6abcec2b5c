"""hand-out: pickups, signatures and mail deliveries of results

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('results', schema=None) as batch_op:
        batch_op.add_column(sa.Column('applicant_name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('id_number', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('item_codes', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('pickup_ticket_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('pickup_number', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('verified_by', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('document_verified', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('document_error', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('document_attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('document_retry_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_results_pickup_ticket_id'), ['pickup_ticket_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_results_pickup_ticket_id'))
        for name in ('document_retry_at', 'document_attempts', 'document_error', 'document_verified',
                     'verified_by', 'pickup_number', 'pickup_ticket_id', 'item_codes', 'id_number',
                     'applicant_name'):
            batch_op.drop_column(name)

"""hand-out: results' documents, notifications, pickups and mail deliveries

Revision ID: c0005
Revises: c0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0005'
down_revision: str | None = 'c0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


COLUMNS = ('applicant_name', 'id_number', 'item_codes', 'state', 'pickup_ticket_id', 'pickup_number',
           'handed_out_at', 'handed_out_window', 'handed_out_clerk', 'verified_by', 'signature_sha256', 'delivery')


def upgrade() -> None:
    with op.batch_alter_table('results', schema=None) as batch_op:
        batch_op.add_column(sa.Column('applicant_name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('id_number', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('item_codes', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('state', sa.String(length=16), nullable=False, server_default='waiting'))
        batch_op.add_column(sa.Column('pickup_ticket_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('pickup_number', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('handed_out_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('handed_out_window', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('handed_out_clerk', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('verified_by', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('signature_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('delivery', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('results', schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)

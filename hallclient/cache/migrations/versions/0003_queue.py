"""queue: ticket revision, last call time and the window a ticket was transferred to

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_called_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('target_window_id', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('target_window_id')
        batch_op.drop_column('last_called_at')

"""pauses: the windows' 暂停服务 intervals from the centre's feed, for the dashboard's paused time

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('window_pauses',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('window_id', sa.String(length=16), nullable=False),
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('clerk', sa.String(length=64), nullable=True),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_window_pauses'))
    )
    op.create_index('ix_window_pauses_day', 'window_pauses', ['service_date', 'window_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_window_pauses_day', table_name='window_pauses')
    op.drop_table('window_pauses')

"""cases: case numbers per window and day, the merged checklist's requirements, intake details

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('case_counters',
    sa.Column('window_id', sa.String(length=16), nullable=False),
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('window_id', 'service_date', name=op.f('pk_case_counters'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ticket_number', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('bundle_code', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('service_date', sa.Date(), nullable=False, server_default='1970-01-01'))
        batch_op.add_column(sa.Column('agent_id_type', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('commitment_signed', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_index('ix_cases_window_day', ['window_id', 'service_date'], unique=False)
    with op.batch_alter_table('case_materials', schema=None) as batch_op:
        batch_op.add_column(sa.Column('required_form', sa.String(length=16), nullable=False,
                                      server_default='original'))
        batch_op.add_column(sa.Column('copies', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('source', sa.String(length=16), nullable=False, server_default='self'))
        batch_op.add_column(sa.Column('elicence_type', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('item_codes', sa.JSON(), nullable=False, server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('case_materials', schema=None) as batch_op:
        batch_op.drop_column('item_codes')
        batch_op.drop_column('elicence_type')
        batch_op.drop_column('source')
        batch_op.drop_column('copies')
        batch_op.drop_column('required_form')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_window_day')
        batch_op.drop_column('commitment_signed')
        batch_op.drop_column('agent_id_type')
        batch_op.drop_column('service_date')
        batch_op.drop_column('bundle_code')
        batch_op.drop_column('ticket_number')
    op.drop_table('case_counters')

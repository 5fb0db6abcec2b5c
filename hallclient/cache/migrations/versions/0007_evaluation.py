"""evaluation: rating prompts, device state and bad-review follow-ups

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('evaluations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=16), nullable=False, server_default='prompted'))
        batch_op.add_column(sa.Column('closure', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('server_seq', sa.Integer(), nullable=False, server_default='0'))
        batch_op.create_index(batch_op.f('ix_evaluations_status'), ['status'], unique=False)
    op.create_table('evaluation_followups',
    sa.Column('evaluation_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('callback_due', sa.Date(), nullable=False),
    sa.Column('rectify_due', sa.Date(), nullable=False),
    sa.Column('due_provisional', sa.Boolean(), nullable=False),
    sa.Column('called_back_at', sa.DateTime(), nullable=True),
    sa.Column('callback_note', sa.Text(), nullable=True),
    sa.Column('verified', sa.Boolean(), nullable=True),
    sa.Column('verification_note', sa.Text(), nullable=True),
    sa.Column('rectification', sa.Text(), nullable=True),
    sa.Column('rectified_at', sa.DateTime(), nullable=True),
    sa.Column('applicant_satisfied', sa.Boolean(), nullable=True),
    sa.Column('updated_by', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluations.id'],
                            name=op.f('fk_evaluation_followups_evaluation_id_evaluations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('evaluation_id', name=op.f('pk_evaluation_followups'))
    )


def downgrade() -> None:
    op.drop_table('evaluation_followups')
    with op.batch_alter_table('evaluations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluations_status'))
        batch_op.drop_column('server_seq')
        batch_op.drop_column('closure')
        batch_op.drop_column('status')

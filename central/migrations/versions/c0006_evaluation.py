"""evaluation: ratings per service and bad-review follow-ups

Revision ID: c0006
Revises: c0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c0006'
down_revision: str | None = 'c0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('evaluations',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('service_ref', sa.String(length=80), nullable=False),
    sa.Column('service_kind', sa.String(length=16), nullable=False),
    sa.Column('case_number', sa.String(length=40), nullable=True),
    sa.Column('item_code', sa.String(length=64), nullable=True),
    sa.Column('window_id', sa.String(length=16), nullable=False),
    sa.Column('clerk', sa.String(length=64), nullable=False),
    sa.Column('level', sa.Integer(), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('reason_text', sa.Text(), nullable=True),
    sa.Column('dimensions', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('closure', sa.String(length=16), nullable=True),
    sa.Column('prompted_at', sa.DateTime(), nullable=False),
    sa.Column('rated_at', sa.DateTime(), nullable=True),
    sa.Column('device', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluations')),
    sa.UniqueConstraint('service_ref', name=op.f('uq_evaluations_service_ref'))
    )
    with op.batch_alter_table('evaluations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluations_case_number'), ['case_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluations_prompted_at'), ['prompted_at'], unique=False)

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
    op.create_table('rating_pads',
    sa.Column('window_id', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('prompt_id', sa.String(length=36), nullable=True),
    sa.Column('prompt', sa.JSON(), nullable=True),
    sa.Column('shown_at', sa.DateTime(), nullable=True),
    sa.Column('answer', sa.JSON(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('pad_seen_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('window_id', name=op.f('pk_rating_pads'))
    )


def downgrade() -> None:
    op.drop_table('rating_pads')
    op.drop_table('evaluation_followups')
    with op.batch_alter_table('evaluations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluations_prompted_at'))
        batch_op.drop_index(batch_op.f('ix_evaluations_case_number'))
    op.drop_table('evaluations')

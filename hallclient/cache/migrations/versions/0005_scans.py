"""scans: the pages of each case material, in order, with rotation and colour

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('scan_pages',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_material_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('frame', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('rotation', sa.Integer(), nullable=False),
    sa.Column('colour', sa.Boolean(), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_material_id'], ['case_materials.id'],
                            name=op.f('fk_scan_pages_case_material_id_case_materials'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_sha256'], ['stored_files.sha256'],
                            name=op.f('fk_scan_pages_source_sha256_stored_files')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_pages'))
    )
    with op.batch_alter_table('scan_pages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_pages_case_material_id'), ['case_material_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('scan_pages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_pages_case_material_id'))
    op.drop_table('scan_pages')

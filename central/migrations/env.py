"""Alembic environment of the central database (invoked by :func:`central.db.upgrade`)."""

from alembic import context

from central.models import Base
from hallclient.migrate import run_env

run_env(context, Base.metadata)

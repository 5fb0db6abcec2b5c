"""Alembic environment of the local cache (invoked by :func:`hallclient.migrate.upgrade`)."""

from alembic import context

from hallclient.cache.models import Base
from hallclient.migrate import run_env

run_env(context, Base.metadata)

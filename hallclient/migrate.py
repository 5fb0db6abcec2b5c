"""Running Alembic programmatically, for the local cache and for the central service alike.

The schema is only ever created by migrations (never ``metadata.create_all``), so a counter that
was installed a year ago upgrades along the same path as a new one.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData


def alembic_config(script_location: Path, engine: Engine) -> Config:
    """A Config that hands ``engine`` to env.py instead of reading a URL from an ini file."""
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(script_location: Path, engine: Engine) -> None:
    """Bring the database at ``engine`` to the newest revision."""
    command.upgrade(alembic_config(script_location, engine), "head")


def revisions(script_location: Path, engine: Engine) -> tuple[str | None, str | None]:
    """(current revision in the database, newest revision shipped with this program)."""
    head = ScriptDirectory(str(script_location)).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return current, head


def run_env(context, metadata: MetaData) -> None:  # type: ignore[no-untyped-def]
    """The body of both env.py files: online migrations on the engine the caller provided."""
    engine: Engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()

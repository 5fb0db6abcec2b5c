"""The local cache: one SQLite file per counter, schema owned by Alembic migrations."""

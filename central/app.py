"""Building the central service's FastAPI application for a database URL."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.orm import sessionmaker

from central import API_VERSION, errors, feed
from central.api import auth, cases, changes, elicences, evaluations, hall, handout, health, ops, queue, uploads
from central.api.deps import CentralState
from central.backoffice import BackOffice, BackOfficeConfig
from central.db import create_central_engine, session_factory, upgrade
from central.seed import ensure_base
from central.uploads import Store, files_dir
from hallclient import __version__

#: Environment variable through which ``--workers N`` processes learn the database URL.
DB_ENV = "HALLCENTRAL_DB"


def prepare_database(db_url: str) -> None:
    """Migrate and give a fresh database its base rows; done once, before any worker starts."""
    engine = create_central_engine(db_url)
    try:
        upgrade(engine)
        with session_factory(engine).begin() as session:
            ensure_base(session)
    finally:
        engine.dispose()


def _lifespan(backoffice: BackOffice | None) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Start the demo back office with the server (not when the app is only built, e.g. for OpenAPI);
    on shutdown, let the queue's writer threads go (uvicorn has let the requests under way finish)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if backoffice is not None:
            backoffice.start()
        try:
            yield
        finally:
            if backoffice is not None:
                backoffice.stop()
            app.state.central.close()

    return lifespan


def create_app(db_url: str, *, prepare: bool = True, backoffice: BackOfficeConfig | None = None) -> FastAPI:
    """``backoffice`` (default: from ``HALLCENTRAL_BACKOFFICE``, off) runs the demo back office."""
    backoffice = backoffice or BackOfficeConfig.from_env()
    if prepare:
        prepare_database(db_url)
    engine = create_central_engine(db_url)
    signal = feed.FeedSignal()
    sessions = session_factory(engine, signal)
    app = FastAPI(
        title="HallClient central approval service",
        version=__version__,
        summary=f"API v{API_VERSION}: hall configuration, catalog, queue, cases and sync for HallClient counters",
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
        lifespan=_lifespan(BackOffice(sessions, Store(files_dir(engine.url)), backoffice) if backoffice else None),
    )
    reader_engine = engine.execution_options(readonly=True)
    app.state.central = CentralState(sessions=sessions, readers=sessionmaker(reader_engine, expire_on_commit=False),
                                     reader_engine=reader_engine, signal=signal, dialect=engine.dialect.name)
    app.state.backoffice = backoffice
    errors.install(app)
    for module in (health, auth, hall, changes, ops, queue, uploads, cases, elicences, handout, evaluations):
        app.include_router(module.router, prefix="/api/v1")
    return app


def create_app_from_env() -> FastAPI:
    """Factory for uvicorn worker processes: the parent prepared the database already."""
    return create_app(os.environ[DB_ENV], prepare=False)

"""Stamping sync replies with the API version, so a counter never applies a reply meant for another one.

``/health`` says the version once; the sync routes (``/ops``, ``/changes``, ``/uploads``) repeat it
on every reply in ``Hall-Api-Version``, because a proxy or a half-upgraded cluster can put a
different server behind the same URL between two requests.
"""

from __future__ import annotations

from fastapi import Response

from central import API_VERSION

HEADER = "Hall-Api-Version"


async def stamp(response: Response) -> None:
    response.headers[HEADER] = str(API_VERSION)
